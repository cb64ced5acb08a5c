import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-second session's term inside a quote never closed (docs/history/quotes.md, "Fifty-second session:
 * arreport") reads from a mark to at most the second mark after it, or to the paragraph's end after the last one, once
 * per quote left open. Texts with no full stop and no paragraph break: many marks each spaced before and glued after,
 * many terms in an open quote, one term before a long tail, a long quote before its term.
 */
const cases: Record<string, (n: number) => string> = {
  "marks all spaced before and glued after, no full stop": (n) => "وقال سامي الحداد إن " + "\"الخطة ناجحة جدا ".repeat(n),
  "terms in open quotes, no full stop": (n) => "وقال سامي الحداد إن " + "\"الخطة كانت \"خطوة ضرورية\" في البلاد و".repeat(n),
  "one term before a long tail": (n) => "وقال سامي الحداد إن \"الخطة كانت \"خطوة ضرورية\" " + "في البلاد ".repeat(n),
  "a long open quote before its term": (n) => "وقال سامي الحداد إن \"الخطة " + "كانت ناجحة ".repeat(n) + "\"خطوة ضرورية\" في البلاد كلها"
}

linearQuoteCases("fifty-second session, a term inside a quote never closed: the rule stays linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
