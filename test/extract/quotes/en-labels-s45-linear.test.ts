import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fifth session's English label rule (docs/history/quotes.md, "Forty-fifth session (lead)") reads at most
 * eight words back from the colon before each mark, from its paragraph's start: texts with many label lines, and one
 * paragraph of many marks after colons with no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "many label lines": (n) => "- Leyton boss Paul Darby: \"We fear nobody at all.\"\n".repeat(n),
  "many colons and marks in one paragraph": (n) => "Leyton boss Paul Darby: " + "\"we fear nobody at all\" and then: ".repeat(n)
}

linearQuoteCases("forty-fifth session, English label lines: the rule stays linear", cases, taggedBy([["Paul Darby", "PERSON"]]), 200)
