import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-first session's mark rules (docs/history/quotes.md, "Forty-first session (helper, marks)") read a bounded
 * window at each mark however long the text: an unclosed mark before a cue reads five words back and the next two marks
 * (at most 160 tokens each), a colon quote split at a cue sixteen tokens back, a `«` before punctuation one token on, a
 * term four words back, a name in `“…”` inside a quote 24 tokens on and the next mark. Texts with no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "unclosed marks before a comma and a speech verb, no full stop": (n) => "وأضاف سامي الحداد " + "\"لاحظوا أن المعارضة خسرت كذلك، وقال منتقدا بشدة ".repeat(n),
  "colon quotes split at the next cue": (n) => "وقال سامي الحداد: " + "\"نقل المصاب إلى المستشفى بعد الحادث. وأضاف: ".repeat(n),
  "a « typed for » before a full stop": (n) => "وقال سامي الحداد " + "«إدانة لقصف المدنيين العزل في المدن«. ".repeat(n),
  "terms after ما يعرف, no full stop": (n) => "وقال سامي الحداد إن " + "ما يعرف في لغة السياسة \"التنقيب في ملفات المنافسين\" و".repeat(n),
  "names in “…” inside an open “": (n) => "وقال سامي الحداد “" + "نجح برنامج “الدار” في عامه الأول و".repeat(n) + "”"
}

linearQuoteCases("forty-first session, Arabic marks: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
