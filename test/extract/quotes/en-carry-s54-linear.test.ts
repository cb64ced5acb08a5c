import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fourth session's English rules of helper enquote4 (docs/history/quotes.md, "Fifty-fourth session: enquote4")
 * read a bounded window however long the text: a role before the person set off by commas at most 8 tokens; the one
 * person of a sentence only in a sentence of at most 40 tokens; an apposition after an inverted `said` at most 16 tokens
 * to its full stop. Texts with no paragraph break: many such sentences before `he`, and long runs with no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "roles and persons set off by commas before he": (n) => "Ana Ruiz said: \"We need a change.\" " + "Chief scientist at the Met Office, Ana Ruiz, would like faster machines. \"We could model storms,\" he said. ".repeat(n),
  "one person past the first words before he": (n) => "Ana Ruiz said: \"We need a change.\" " + "However during the hearing on Monday Ana Ruiz denied the claims. \"Nobody told me,\" he said. But that was not enough for Ana Ruiz. \"It is wrong,\" he said. ".repeat(n),
  "inverted said and appositions with no full stop": (n) => "Traffic will matter " + "for gamers said Ana Ruiz, an analyst with research firm Kestrel Group and ".repeat(n) + ". \"Operators must adapt,\" she said.",
  "commas with no person after them": (n) => "Chief scientist at the office, " + "the team, ".repeat(n) + "would like faster machines. \"We could model storms,\" he said."
}

linearQuoteCases("fifty-fourth session, English carry-on: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Kestrel Group", "ORGANIZATION"]]), 200)
