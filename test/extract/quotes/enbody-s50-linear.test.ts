import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fiftieth session's English speaker rules of helper enbody (docs/history/quotes.md, "Fiftieth session: enbody")
 * read a bounded window at each cue however long the text: ten tokens back to the start of a body's name before a
 * person's `from`/`at`/`of`, two words between an inverted voice's article and its noun, one phrase after its link, and
 * three links and twelve tokens of a body's capitalized name before its voice noun. Hostile texts: long runs of persons
 * before bodies with long names, with no full stop; of inverted voices and their links, and of capitalized names joined by
 * `of` and `for` before voice nouns, each sentence closed so that the rules read it.
 */
const cases: Record<string, (n: number) => string> = {
  "persons before bodies with long names, no full stop": (n) =>
    "Ana Ruiz said \"it is fine\" and " + "Ana Ruiz from the Trade Office of Sea For Land Of Air told \"it is fine\", Mr Ana Ruiz at Norbank said \"it is fine\", officials of Norbank said \"it is fine\", ".repeat(n),
  "inverted voices and their links": (n) =>
    "Ana Ruiz said \"it is fine\" and " + "\"it is fine,\" said a spokesman for Norbank. \"it is fine,\" said an official at the ministry. \"it is fine,\" according to a spokesman for the author in a statement ".repeat(n),
  "capitalized names joined by of and for before voice nouns": (n) =>
    "Ana Ruiz said \"it is fine\" and " + "\"it is fine,\" said a Department of Rural Affairs For Norbank Of Trade And Sea spokeswoman. \"it is fine,\" said a Department of Norbank For Sea Of Land Of Air spokesman. ".repeat(n)
}

linearQuoteCases("fiftieth session, English speakers (enbody): the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Norbank", "ORGANIZATION"], ["Trade Office of Sea For Land Of Air", "ORGANIZATION"]]), 200)
