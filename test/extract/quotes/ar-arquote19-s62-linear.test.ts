import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-second session's rules (docs/history/quotes.md, "Sixty-second session: arquote19") read a few words before
 * each bare `بين`, at most 23 tokens after a verb of expressing, and five words after a noun of writings, however long
 * the text: every sentence relating two things before a verb with و, expressing before a colon, and writings before a
 * verb with `فيها`, and a sentence of `بين` with no full stop at all.
 */
const cases: Record<string, (n: number) => string> = {
  "relating, `بين` and a verb with و": (n) => "وربط الكاتب سليم ناصر في مقاله بين الهدنة وتنظيم القاعدة وقال إن الخطر قائم. وكتب “إن المنطقة تدفع الثمن”. ".repeat(n),
  "`بين` with no full stop": (n) => "ربط سليم ناصر بين الهدنة والحرب، ".repeat(n) + "وقال: \"الخطر قائم\".",
  "expressing before a colon": (n) => "عبر رئيس النادي سامي الحربي عن غضبه من التحكيم: «لن نسكت على هذا الظلم». ".repeat(n),
  "writings before `فيها`": (n) => "بطريقة تشبه أطروحات العملاق جاك بيرك عامة، ويعتبر فيها أنه «من المهم جدا مد التحليل إلى أشكاله». ".repeat(n)
}

linearQuoteCases(
  "sixty-second session, Arabic `بين` after relating, expressing before a colon, writings' authors: the rules stay linear",
  cases,
  taggedBy([["سليم ناصر", "PERSON"], ["سامي الحربي", "PERSON"], ["جاك بيرك", "PERSON"], ["تنظيم القاعدة", "ORGANIZATION"]]),
  200
)
