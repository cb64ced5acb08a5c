import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-third session's carry rules (docs/history/quotes.md, "Fifty-third session: arcarry") read a bounded window
 * at each cue however long the text: thirty tokens back from a relative pronoun after a comma to the one it repeats and
 * eight before that to the person, six words of an apposition, the sentence before a bare verb and the one a number's
 * full stop cut off before it (sixty tokens each), ten tokens between `كان` and `قد`, two words before a verb after a
 * kin. Texts with and without full stops: many relatives after commas, many appositions, many years with full stops,
 * many `كان … قد`, many kin between verbs.
 */
const cases: Record<string, (n: number) => string> = {
  "relative pronouns after commas, one after another, no full stop": (n) => "بينهم سامي الحداد موظف البلدية الذي روى للوكالة ما تعرض له، الذي يقول: «ضربوني كل يوم طوال أشهر ولم أر الشمس»، و".repeat(n),
  "appositions between commas before a relative, no full stop": (n) => "ومن بين هؤلاء سامي الحداد، رجل أعمال، الذي قال: «التجار يخشون ما هو قادم ولذلك يراهنون بحذر»، و".repeat(n),
  "years with full stops before bare verbs": (n) => "وأمضى التاجر سامي الحداد خمسة أشهر في السجن في 1991. بتهمة أنه «جاسوس للخصوم» في تلك الفترة. وقال: «كانت الزنزانة ضيقة ومظلمة ولم نر فيها الشمس». ".repeat(n),
  "definite subjects between كان and قد": (n) => "وكان الدبلوماسي الكبير في الخارجية قد أوضح أن «الوزير سيلتقي مساء اليوم نظيره في العاصمة». ".repeat(n),
  "kin between two verbs, no full stop": (n) => "فقام أخوها وقال لأبيه: «لا تزوجوا أختي من رجل لا نعرف أهله»، و".repeat(n)
}

linearQuoteCases("fifty-third session, Arabic speakers carried over a newly named one: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
