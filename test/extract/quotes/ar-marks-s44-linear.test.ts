import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fourth session's stray mark (docs/history/quotes.md, "Forty-fourth session (lead): a stray mark inside a
 * quote") reads from a mark to at most the second mark after it, so a paragraph is read a bounded number of times
 * however many marks it holds. Texts with no full stop and no paragraph break: many marks each spaced before and glued
 * after, many stray marks each followed by a closer, a quote with one stray mark and a long tail.
 */
const cases: Record<string, (n: number) => string> = {
  "marks all spaced before and glued after, no full stop": (n) => "وقال سامي الحداد إن " + "\"الخطة ناجحة ".repeat(n),
  "stray marks each followed by a closer, no full stop": (n) => "وقال سامي الحداد إن " + "\"الخطة كانت \"خطوة ضرورية\" و".repeat(n),
  "one stray mark before a long tail": (n) => "وقال سامي الحداد إن \"الخطة كانت \"خطوة " + "ضرورية جدا ".repeat(n) + "\"."
}

linearQuoteCases("forty-fourth session, a stray mark inside a quote: the rule stays linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
