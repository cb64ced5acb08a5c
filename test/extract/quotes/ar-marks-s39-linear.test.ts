import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The thirty-ninth session's mark rules (docs/history/quotes.md, "Thirty-ninth session (helper, marks)") read a bounded
 * window at each mark however long the text: a later clause of the same speaker reads at most 30 tokens back to the
 * quote before, a mark glued to `و` one token back, a name that is its own speaker's the entity over the quote. Texts
 * with no full stop and no paragraph break: many later pieces after a verb of describing, many marks glued to `و`,
 * many names in marks before their own verbs.
 */
const cases: Record<string, (n: number) => string> = {
  "later pieces after a verb of describing, no full stop": (n) => "ووصف سامي الحداد المشروع بـ \"الفاشل\"، " + "الذي \"أهدر أموالا طائلة على مقاولين\" و".repeat(n),
  "marks glued to a lone و, no full stop": (n) => "وقال سامي الحداد إن " + "الغلاء و\"الوضع المعيشي الصعب\" ".repeat(n),
  "names in marks before their own verbs, no full stop": (n) => "فـ\"سامي الحداد\" أكد أنه ".repeat(n)
}

linearQuoteCases("thirty-ninth session, Arabic marks: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
