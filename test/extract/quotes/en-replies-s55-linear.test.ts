import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fifth session's English rules of helper enquote5 (docs/history/quotes.md, "Fifty-fifth session: enquote5")
 * read a bounded window however long the text: the clause after `but` within forty tokens of the sentence's start and
 * its person within six tokens of `but`; the person after an opening phrase's comma within six tokens; the apposition
 * before a relative `who` within twenty tokens. Texts with no paragraph break: many such sentences before `he`, long
 * runs of `but` with no full stop, long appositions and relatives.
 */
const cases: Record<string, (n: number) => string> = {
  "but-clauses that answer reported words before he": (n) => "Ana Ruiz said: \"We need a change.\" " + "Ana Ruiz said the floor was \"too slow\" but Squash Wales's Ben Hale rejected her comments. \"We did ask for a quicker floor,\" he said. ".repeat(n),
  "runs of but with no full stop": (n) => "Ana Ruiz said the floor was slow " + "but the club and ".repeat(n) + "but Ben Hale rejected it. \"We did ask,\" he said.",
  "opening phrases with a person on each side of the comma": (n) => "Ana Ruiz said: \"We need a change.\" " + "On the edge of Brecon, 81-year-old Ben Hale walks the hills. \"It is the air,\" he said. ".repeat(n),
  "relatives after appositions": (n) => "The row grew after a comment from Ana Ruiz, " + "the eldest daughter of Ben Hale, who said, ".repeat(n) + "a marriage was \"duty, duty, duty\".",
  "relatives which after bodies": (n) => "The claims were rejected by " + "the Kestrel Group, which said, ".repeat(n) + "the report was \"baseless and false\"."
}

linearQuoteCases("fifty-fifth session, English replies and relatives: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Ben Hale", "PERSON"], ["Brecon", "PERSON"], ["Kestrel Group", "ORGANIZATION"]]), 200)
