import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-sixth session's English rules of helper enquote6 (docs/history/quotes.md, "Fifty-sixth session: enquote6")
 * read a bounded window however long the text: the mentions of a document's noun within 600 tokens before a definite
 * document that speaks, each read within a few tokens; the role before a relative clause within twenty tokens; the
 * words between `came the` and the reply's noun, two at most. Texts with no paragraph break: many mentions of reports
 * before many quotes of `the report`, long roles before relatives, long runs of `came the`.
 */
const cases: Record<string, (n: number) => string> = {
  "many mentions of a report before many quotes of it": (n) => "A report by the Kestrel Group came out. " + "The report was read in its latest annual report in a report. \"Costs have doubled again,\" the report said. ".repeat(n),
  "publications mentioned and quoted in turn": (n) => "Italian daily Il Foglio was scathing. " + "Ben Hale of the daily wrote: \"They played like tourists.\" \"It was dull all night,\" the paper says. ".repeat(n),
  "roles before relative clauses": (n) => "Ana Ruiz, spokesman for " + "the body of the group, ".repeat(n) + "which imposed the bans, said: \"We were not told of it.\"",
  "runs of came the": (n) => "\"Not this year,\" " + "came the came the ".repeat(n) + "reply from Ben Hale."
}

linearQuoteCases("fifty-sixth session, English relatives, replies and documents' issuers: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Ben Hale", "PERSON"], ["Kestrel Group", "ORGANIZATION"], ["Il Foglio", "ORGANIZATION"]]), 200)
