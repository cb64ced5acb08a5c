import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-third session's English speaker rules (docs/history/quotes.md, "Forty-third session (helper, english)")
 * read a bounded window at each cue however long the text: a role before a preposition at most ten tokens back to
 * the person's comma, an adverb between commas one step back, the sentence subject of a verb after `but` within
 * twenty tokens. Texts with no full stop and no paragraph break: many roles and employers after a person's comma, many
 * quotes followed by `but said`.
 */
const cases: Record<string, (n: number) => string> = {
  "roles and employers after a person's comma, no full stop": (n) => "Ana Ruiz, an analyst at Nomura told the BBC that " + "Ana Ruiz, an analyst at Nomura said the bid was \"a clear sign\" and ".repeat(n),
  "quotes followed by but said, no full stop": (n) => "Ana Ruiz called the plan " + "\"a fine way of wasting money\" but said it was ".repeat(n),
  "adverbs between commas, no full stop": (n) => "Others, however, who sold early, warned that " + "others, however, said it was \"a bubble\" and ".repeat(n)
}

linearQuoteCases("forty-third session, English speakers: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Nomura", "ORGANIZATION"]]), 200)
