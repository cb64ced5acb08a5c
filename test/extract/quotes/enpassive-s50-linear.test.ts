import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fiftieth session's English rules (helper enpassive; docs/history/quotes.md, "Fiftieth session: enpassive") read a
 * bounded window however long the text: a passive's list of marks at most three marks each way, the words before the
 * marks two leads back, the agent eight tokens after `by`; a noun-verb's walk four words back; the `and` of a subject
 * phrase inside its eight tokens. Texts with no full stop and no paragraph break: many passives and lists of marks, many
 * noun-verbs after verbs and determiners, many subjects with `and` and relative words.
 */
const cases: Record<string, (n: number) => string> = {
  "passives and lists of marks before by, no full stop": (n) => "Depot plan attacked\n\nAna Ruiz spoke and " + "the plan was described as \"reckless\" and \"unworkable\" and \"costly\" and \"late\" by the Transport Union and branded a \"gamble\" by his friend and fellow broadcaster Bo Lund and \"severely reprimanded\" by ".repeat(n) + "the board.",
  "noun-verbs after verbs and determiners, no full stop": (n) => "Ana Ruiz said \"no\" and " + "a spokesperson dismissed the latest claims, saying \"it is fine\" and shrugged off claims amid fresh new claims over claims ".repeat(n) + "and Bo Lund said \"it is late\".",
  "subjects with and and relative words, no full stop": (n) => "Ana Ruiz said \"no\" and " + "initial discussions have begun and the defender said \"yes\" and exporter groups which stated \"it is late\" and the minister meanwhile said \"maybe\" and ".repeat(n) + "Bo Lund points out \"it is fine\"."
}

linearQuoteCases(
  "fiftieth session, English passive agents, noun-verbs and subject phrases: the rules stay linear",
  cases,
  taggedBy([
    ["Ana Ruiz", "PERSON"],
    ["Bo Lund", "PERSON"],
    ["Transport Union", "ORGANIZATION"]
  ]),
  200
)
