import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-eighth session's enquote8 rules (docs/history/quotes.md, "Fifty-eighth session: enquote8") read bounded
 * windows: a group's verb at most fourteen tokens before the marks and two words between it and its noun; a passive of
 * charging at most ten tokens back and five words of its agent; the doubled marks in one pass over the view; an English
 * piece left open read back to its opening mark once and on to the next two marks. Long runs of doubled marks, of
 * opening marks with no comma between, of group nouns and of participles of charging.
 */
const cases: Record<string, (n: number) => string> = {
  "doubled single marks": (n) => "He said ''We are late,'' and ".repeat(n),
  "doubled straight marks": (n) => 'an ""unfair" sum and '.repeat(n),
  "apostrophes alone": (n) => "''''".repeat(n * 20),
  "opening marks with no comma between": (n) => 'Tom Hale said "a ' + 'word "b '.repeat(n * 10),
  "English pieces left open before the next": (n) => 'Tom Hale said it was "bold, but it had not been "enough". '.repeat(n),
  "group nouns before a verb": (n) => "critics ".repeat(n * 10) + 'claim it is "unfair" and ' + 'Critics fear it could allow "harm by stealth". '.repeat(n),
  "participles of charging": (n) => 'Tom Hale was accused by Tom Hale of "lying" and is charged with "fraud" and '.repeat(n)
}

linearQuoteCases("fifty-eighth session, enquote8 rules: the rules stay linear", cases, taggedBy([["Tom Hale", "PERSON"]]), 200)
