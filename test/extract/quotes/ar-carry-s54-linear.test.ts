import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fourth session's carry rules (docs/history/quotes.md, "Fifty-fourth session: arcarry2") read a bounded
 * window at each cue however long the text: one letter or two of a word for its hamza, six tokens past each mark of
 * the sentence before a bare `وأضاف` for a name in marks (the scan goes on past the closing mark), two words after a
 * lead phrase for `ما زال`, seven tokens of a lead phrase up to its comma. Texts with and without full stops: many
 * names in marks in one sentence, many `وألقى`, many long lead phrases, many `ما زال البعض`.
 */
const cases: Record<string, (n: number) => string> = {
  "names in marks in one long sentence before a bare وأضاف": (n) => `من جانبه، اتهم سامي الحداد ${"في تصريح لـ«الوطن» و".repeat(n)}الحكومة بتأخير المشروع. وأضاف: «لا يختلف من يؤخر المشروع عمن يريد إلغاءه». `,
  "names in marks, unclosed, no full stop": (n) => "في تصريح لـ«الوطن و".repeat(n) + ". وأضاف: «لا يختلف من يؤخر المشروع عمن يريد إلغاءه». ",
  "verbs with a hamza before bare verbs": (n) => "إلى ذلك، ألقى سامي الحداد كلمة أمام المشاركين. وقال: «إذا اشتدت المصاعب فلا سبيل إلا الصبر». ".repeat(n),
  "lead phrases of six words before bare verbs": (n) => "بعد مثل هذه الحادثة الشهر الماضي، انفجر سامي الحداد. قال: «وعد رئيس الوزراء بأنه سيقدم مقترحا ثانيا». ".repeat(n),
  "ما زال before a plural subject": (n) => "وفي المدينة، ما زال البعض يتحدث همسا أمام المقر. ويقولون: «لن نترك المكان قبل أن نعرف مصير أبنائنا». ".repeat(n)
}

linearQuoteCases("fifty-fourth session, Arabic speakers carried over a newly named one: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"], ["الوطن", "ORGANIZATION"]]), 200)
