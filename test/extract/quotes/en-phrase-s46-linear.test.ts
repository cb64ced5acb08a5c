import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-sixth session's English rules (helper enphrase; docs/history/quotes.md, "Forty-sixth session: enphrase")
 * read a bounded window however long the text: at most eight tokens back from a mark to a verb of `phraseVerbs`, the
 * chain's last eight entries for a pronoun, the phrase a subject walk already bounds for an article. Texts with no full
 * stop and no paragraph break: many verbs of thanking with marks, many pronouns after persons, many adverbials.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs of thanking and marks, no full stop": (n) => "Ana Ruiz thanked " + "fans for \"all the support they gave\" and thanked ".repeat(n),
  "persons and pronouns, sentence after sentence": (n) => "Ana Ruiz said she met Bo Lund, who told her \"the plan will work well\". ".repeat(n) + "She added: \"It is done.\"",
  "adverbials before articles, no full stop": (n) => "In a filing to the regulators the airline warned of " + "\"a shortage of cash\" and to the banks the airline warned of ".repeat(n)
}

linearQuoteCases("forty-sixth session, English phrase verbs and speaker phrases: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Bo Lund", "PERSON"]]), 200)
