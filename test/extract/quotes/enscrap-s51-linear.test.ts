import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's English speakers (helper enscrap; docs/history/quotes.md, "Fifty-first session: enscrap")
 * read bounded windows however long the text: two adverbs back from a participle, four tokens after a subject's opening
 * for a verb in the present, an apposition's twenty tokens, a possessive voice's two words, an issuer's eight tokens.
 * Texts with no full stop and no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "passives over adverbs, no full stop": (n) => "Ana Ruiz said \"no\" and " + "the board was widely criticised for \"ignoring the staff\" and was very strongly condemned and ".repeat(n) + "Bo Lund said \"it is late\".",
  "present verbs before and has said, no full stop": (n) => "The union leader backs a fresh ballot over pay " + "and has said the offer is \"far too low\" and the union leader backs a deal ".repeat(n) + "and said \"yes\".",
  "names of address in apposition, no full stop": (n) => "Ana Ruiz said \"no\" and " + "the Bishop of Leeds, the Right Reverend Bo Lund, told the BBC that people should \"think hard\" and ".repeat(n) + "Bo Lund said \"it is fine\".",
  "possessive voices and letters from bodies, no full stop": (n) => "Ana Ruiz said \"no\" and " + "Mr Lund's official spokesman said: \"We will see\" and the letter, from the Home Office, says: \"appeal now\" and ".repeat(n) + "Bo Lund said \"it is fine\"."
}

linearQuoteCases(
  "fifty-first session, enscrap: English speakers named anew stay linear",
  cases,
  taggedBy([
    ["Ana Ruiz", "PERSON"],
    ["Bo Lund", "PERSON"],
    ["Lund", "PERSON"],
    ["Home Office", "ORGANIZATION"]
  ]),
  200
)
