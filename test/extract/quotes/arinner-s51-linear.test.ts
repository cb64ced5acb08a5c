import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's quote read over its terms (docs/history/quotes.md, "Fifty-first session: arinner") reads at
 * most SPEECH_REACH tokens back and on from a mark, and passes over the marks it read when it succeeds, so a paragraph is
 * read a bounded number of times per mark. Texts with no full stop and no paragraph break: many terms and no closing
 * mark, many terms each followed by a closing mark, a quote with one term and a long tail, reversed curly terms.
 */
const cases: Record<string, (n: number) => string> = {
  "many terms after a colon, no closing mark": (n) => "وقال سامي الحداد: \"زرنا " + "مدينة \"الورود\" ثم ".repeat(n),
  "many terms, each followed by a closing mark": (n) => "وقال سامي الحداد: \"زرنا " + "مدينة \"الورود\" ثم عدنا\" و".repeat(n),
  "one term before a long tail": (n) => "وقال سامي الحداد: \"زرنا مدينة \"الورود\" " + "ثم عدنا ".repeat(n) + "\".",
  "reversed curly terms, no closing mark": (n) => "قال سامي الحداد: ” زرنا " + "مدينة “الورود” ثم ".repeat(n)
}

linearQuoteCases("fifty-first session, a quote read over its terms: the rule stays linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
