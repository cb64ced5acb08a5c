import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-ninth session's English rules (helper enquote; docs/history/quotes.md, "Forty-ninth session: enquote") read
 * a bounded window however long the text: at most four lower-case words back from a verb that is also a plural noun,
 * four capitalized words back from a role's comma, the last four tokens of the sentence before a pronoun. Texts with no
 * full stop and no paragraph break: many plural nouns after bare words, many names and roles, many closing pronouns.
 */
const cases: Record<string, (n: number) => string> = {
  "plural nouns after bare words and marks, no full stop": (n) => "He says " + "so-called rogue states and \"weak states\" tax claims and ".repeat(n),
  "names before roles' commas, no full stop": (n) => "The plan is sound, " + "Ana Ruiz, Labour's campaign chief told the BBC, and ".repeat(n),
  "sentences closed by a pronoun and a verb": (n) => "Ana Ruiz spoke. " + "Bo Lund has \"the same drive\", he said. ".repeat(n) + "He said: \"It is done.\""
}

linearQuoteCases("forty-ninth session, enquote: plural nouns, roles and closing pronouns stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Bo Lund", "PERSON"]]), 200)
