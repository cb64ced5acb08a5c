import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's rules for speakers that were no speakers (helper arobject; docs/history/quotes.md, "Fifty-first
 * session: arobject") read one word after a verb (`objectPlural`, `indefinitePredicate`), the first word of a sentence
 * (`opensWithSubject`) or two or three tokens before a cue (`someoneSpeaker`), however long the text: texts with no
 * full stop, or a cue after every phrase.
 */
const cases: Record<string, (n: number) => string> = {
  "plurals in -ين after verbs, no full stop": (n) => "وحذر المستهلكين في الأسواق من الشراء، وقال إن «السوق سيستقر» و".repeat(n),
  "يعتبر before indefinite predicates": (n) => "وأكد الوزير أن الاتفاق يعتبر خطوة كبيرة نحو الحل، وقال إن «الحوار مستمر بين الأطراف كلها»، و".repeat(n),
  "sentences opening with عما": (n) => "وعما لفتها في شخصية (نور)، قالت: «هي امرأة قوية».\n".repeat(n),
  "commenters one after another": (n) => 'هذا أحدهم يعلق على الخبر قائلا: "لا جديد" وآخر يقول: "ننتظر" '.repeat(n),
  "many هذا before a commenter": (n) => "هذا ".repeat(n) + 'أحدهم يعلق قائلا: "لا جديد".'
}

linearQuoteCases("fifty-first session, arobject: speakers that were no speakers stay linear", cases, taggedBy([["نور", "PERSON"]]), 200)
