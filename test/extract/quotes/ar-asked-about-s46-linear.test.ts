import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-sixth session's asked-about check (docs/history/quotes.md, "Forty-sixth session: three fresh samples at
 * the start") reads at most five tokens before each name of a clause, however long the text: many questions about a
 * named person, each answered with a participle and marks.
 */
const cases: Record<string, (n: number) => string> = {
  "questions about a named person, each answered": (n) => "وحين يسأل عن الرئيس سالم داود يجيب مؤكدا «أنا من أوصله إلى الحكم». ".repeat(n),
  "one clause with many names after عن": (n) => "وعند سؤاله عن " + "سالم داود و".repeat(n) + "غيرهم أكد مبتسما «نحن على وفاق»."
}

linearQuoteCases("forty-sixth session, Arabic asked-about names: the check stays linear", cases, taggedBy([["سالم داود", "PERSON"]]), 200)
