import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fourth session's English speaker rules (docs/history/quotes.md, "Forty-fourth session (helper, english)")
 * read a bounded window at each cue however long the text: glued hyphens inside a subject at most sixteen tokens back,
 * the person a relative clause introduces in the last sixty tokens of the sentence before, a parenthetical `say` and its
 * subject of at most four words, a verb of manner right after a quote's closing comma, a sentence of at most sixty
 * tokens read for `he` with no person, a name and a full stop right after a quote, a relative clause after `, who` within
 * thirty tokens. Hostile texts: long runs with no full stop (people introduced with `who`, ages, parenthetical `say`,
 * pronouns, relative clauses, hyphenated compounds) and many quotes each followed by a name and a full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "one long sentence of people introduced, then many ages with no full stop": (n) =>
    "The guests came in the form of " + "Ana Ruiz, who sings, and ".repeat(n) + "others. " + "The 14-year-old said it was \"a fine night\" and the 15-year-old-star-to-be said ".repeat(n),
  "say and a subject between commas, verbs of manner after quotes, no full stop": (n) =>
    "Abroad, too, say economists, the mood has lifted and " + "\"it is a peace bonus,\" grins one dealer quoted by Ana Ruiz, and, say analysts, ".repeat(n),
  "a long sentence with he and no person, then many pronouns": (n) =>
    "Ana Ruiz spoke. The board ruled that he " + "could play and ".repeat(n) + "could stay. " + "\"It is fine,\" he said, and \"it is fine,\" she said, ".repeat(n),
  "quotes each followed by a name and a full stop": (n) => "\"It is fine for now,\" Mr Ana Ruiz. ".repeat(n),
  "relative clauses after who before many verbs, no full stop": (n) => "Ana Ruiz, who sits on the board, " + "who won 5% of the vote, said it was \"a fine night\", ".repeat(n),
  "hyphenated compounds before verbs, no full stop": (n) => "The " + "well-known-and-long-serving ".repeat(n) + "firm said it was \"a fine night\" and " + "the Leeds-based firm said it was \"a fine night\" and ".repeat(n)
}

linearQuoteCases("forty-fourth session, English speakers: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
