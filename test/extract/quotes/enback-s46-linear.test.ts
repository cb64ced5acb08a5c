import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-sixth session's English speaker rules of helper enback (docs/history/quotes.md, "Forty-sixth session:
 * enback") read a bounded window at each cue however long the text: at most four tokens back from a name to a voice's
 * link, three more to its article; at most eight tokens of an adverbial phrase that opens the sentence before a
 * pronoun; at most sixty tokens of a pronoun's sentence and the chain's last eight for a person not of the other sex;
 * the persons written more than one way and the sexes titles give them indexed once per document. Hostile texts:
 * long runs of voices for persons and of names with no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "voices for persons before many verbs, no full stop": (n) => "Mr Ana Ruiz and Ana Ruiz met, and " + "a senior source close to Mr Ana Ruiz said \"it is fine\" and a spokesman for Ana Ruiz said \"it is fine\", ".repeat(n),
  "voice nouns and links with no article, no full stop": (n) => "Ana Ruiz said " + "spokesman for aide to source close to Ana Ruiz said \"it is fine\" ".repeat(n),
  "adverbial openers before pronoun speakers": (n) => "Ana Ruiz said \"it is fine\". " + "On Sunday in Leeds, the party leader Ana Ruiz spoke. \"It is fine,\" he said. In the end of the long day, \"it is fine,\" she said. ".repeat(n),
  "pronouns of the other sex than every title, no full stop": (n) =>
    "Mr Ana Ruiz said \"it is fine\" and " + "Mr Ana Ruiz's views were echoed by the long and old board and Mr Ana Ruiz, \"it is fine,\" she said, ".repeat(n)
}

linearQuoteCases("forty-sixth session, English speakers (enback): the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
