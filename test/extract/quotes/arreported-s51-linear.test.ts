import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's reported-speech checks (docs/history/quotes.md, "Fifty-first session: arreported") walk back
 * at most REPORTED_WINDOW tokens from a `من`/`عن` before marks, and reach at most CLAUSE_REACH tokens for a verb's
 * complementizer, however long the text: many reported clauses with marks after `من`, and one long phrase of commas.
 */
const cases: Record<string, (n: number) => string> = {
  "many reported clauses with marks after من": (n) => "وقال سالم داود إن الحملة كانت جزءا من «خطة شاملة لمكافحة التهريب». ".repeat(n),
  "one long clause of words before من and marks": (n) => "وقال سالم داود إن " + "الحملة ".repeat(n) + "كانت جزءا من «خطة شاملة لمكافحة التهريب».",
  "one long phrase of commas before a complementizer": (n) => "وأوضح سالم داود، " + "في المدينة، ".repeat(n) + "أن «موقف بلادنا لن يتغير أبدا»."
}

linearQuoteCases("fifty-first session, Arabic pieces in reported speech: the checks stay linear", cases, taggedBy([["سالم داود", "PERSON"]]), 200)
