import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fifth session's English referent rules (docs/history/quotes.md, "Forty-fifth session (helper, enref)") read a
 * bounded window at each cue however long the text: an age between commas and the apposition before it (two levels
 * deep), the names bound to a noun indexed once per document and found by binary search, at most six tokens back from a
 * reported clause's subject to its `said`, a role of at most fourteen tokens after a verb and the name after its comma.
 * Hostile texts: long runs of names bound to nouns and possessive speakers, ages in appositions, reported clauses and
 * roles after verbs with no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "many names bound to a noun, then many possessive speakers": (n) =>
    "The tapes went to Bo Hale's son Ana Ruiz and " + "his son Ana Ruiz, and ".repeat(n) + "the rest. " + "\"It is fine,\" his son said, and \"it is fine,\" her lawyer said, ".repeat(n),
  "ages in appositions before many verbs, no full stop": (n) => "Ana Ruiz, 26, from Wales, said it was \"a fine night\" and " + "Ana Ruiz, 26, from Leeds, said it was \"a fine night\", ".repeat(n),
  "reported clauses after said and that, no full stop": (n) =>
    "Ana Ruiz said talks with the producers revealed there was \"a fine night\" and " + "told MPs that the US had agreed to \"a fine night\" and said talks with them revealed \"a deal\" and ".repeat(n),
  "roles and names after verbs after quotes, no full stop": (n) => "\"It is fine for now,\" said the chairman of the long and old committee, Ana Ruiz, and ".repeat(n)
}

linearQuoteCases("forty-fifth session, English referents: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
