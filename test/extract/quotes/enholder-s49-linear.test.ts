import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-ninth session's English rules (helper enholder; docs/history/quotes.md, "Forty-ninth session: enholder")
 * read a bounded window however long the text: the roles tied to names are indexed once per document (80 characters
 * on each side of each person), the document's lead person and its title are found once, `the company` reads at most
 * fifty entities back, a name in the possessive at most forty tokens on, `the X boss` the chain's last three entries.
 * Texts with no full stop and no paragraph break: many roles and names, many role phrases, many possessives.
 */
const cases: Record<string, (n: number) => string> = {
  "roles before names and role phrases, no full stop": (n) => "Rail fares warning\n\nAna Ruiz has spoken " + "and regulator chief, Bo Lund, said \"it is late\" and the regulator chief said \"it is not good\" and the prime minister said \"no\" ".repeat(n),
  "possessives and clauses of and, no full stop": (n) => "Ana Ruiz praised him. " + "Bo Lund's strike helped the team and the side and the club and the town ".repeat(n) + "and Ana Ruiz smiled. \"It is fine,\" he said.",
  "the company and it after bodies, no full stop": (n) => "North Coal sinks\n\n" + "North Coal said \"it is late\" and the company said \"it is fine\" and it added \"no\" and Pit Group ".repeat(n),
  "a club's boss after bodies, no full stop": (n) => "Ana Ruiz said \"no\" and " + "The Herald said \"maybe\" and \"I have no contact with him,\" the Arsenal boss said and ".repeat(n)
}

linearQuoteCases(
  "forty-ninth session, English role phrases and their holders: the rules stay linear",
  cases,
  taggedBy([
    ["Ana Ruiz", "PERSON"],
    ["Bo Lund", "PERSON"],
    ["North Coal", "ORGANIZATION"],
    ["Pit Group", "ORGANIZATION"],
    ["The Herald", "ORGANIZATION"],
    ["Arsenal", "ORGANIZATION"]
  ]),
  200
)
