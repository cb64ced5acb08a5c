import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The thirty-seventh session's rules (docs/history/quotes.md, "Thirty-seventh session (helper, marked pieces)") read a
 * bounded window at each mark however long the text: a later marked piece looks back thirty tokens at most to the quote
 * before it, and a verb of threatening after a relative or a verb of naming is read from the two or three tokens before
 * the marks. Texts with no full stop: many marked pieces after one speech verb, many relatives with a person before
 * them, many verbs of naming.
 */
const cases: Record<string, (n: number) => string> = {
  "marked pieces after one speech verb, no full stop": (n) => "وقال سامي الحداد إنه لا يوجد «أي خطر» على السكان، " + "لكن الإقليم «مستعد لكل الاحتمالات» ".repeat(n),
  "relatives after a person, no full stop": (n) => "عن الرئيس سامي الحداد، الذي هدد خصومه بـ «رد قاس» ".repeat(n),
  "verbs of naming in a reported clause, no full stop": (n) => "وقال سامي الحداد إن بلاده ترفض ما أسماه «التدخل السافر» " + "وما أسماه «الضغط» ".repeat(n)
}

linearQuoteCases("thirty-seventh session, Arabic marked pieces: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
