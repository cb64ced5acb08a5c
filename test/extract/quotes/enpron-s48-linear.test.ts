import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-eighth session's pronoun of the other sex (docs/history/quotes.md, "Forty-eighth session: enpron") reads
 * the sexes of the persons once per text and at most the twenty entities before the pronoun: many men quoted and many
 * `she said` with no woman named stay linear, as do many women named with a man's pronoun after each.
 */
const cases: Record<string, (n: number) => string> = {
  "men named and quoted, each quote given by she": (n) => "Graeme Hurst said the plan was sound. Derek Moss agreed. \"It will work well,\" she said. ".repeat(n),
  "women named, a man quoted, then she": (n) => "\"The plan is sound,\" said Graeme Hurst. " + "Wendy Lamb thinks so too. Shares fell. \"It will work,\" she told reporters. ".repeat(n)
}

linearQuoteCases("forty-eighth session, enpron: pronouns of the other sex stay linear", cases, taggedBy([["Graeme Hurst", "PERSON"], ["Derek Moss", "PERSON"], ["Wendy Lamb", "PERSON"]]), 200)
