import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-third session's English rules of helper enquote3 (docs/history/quotes.md, "Fifty-third session: enquote3")
 * read a bounded window at each mark however long the text: the agent of a passive is looked for at most 8 tokens
 * before the `as` before the marks; an apposition is read at most 20 tokens before its comma, possessives in `s'`
 * included; the sentence before bare marks is read at most 60 tokens back, its role 7 tokens, its apposition 20. Texts with no paragraph break: many passives with their agent before `as`, many appositions made of
 * possessives, many present verbs of judging, many persons with a verb of stance before bare marks.
 */
const cases: Record<string, (n: number) => string> = {
  "passives with the agent before as, no full stop": (n) => "The plan " + "was described by Ana Ruiz as the \"most important step\" and ".repeat(n),
  "possessives in s' with no comma, no full stop": (n) => "Ana Ruiz, " + "the players' coaches' ".repeat(n) + "said: \"We need a change.\"",
  "appositions with possessives before many quotes": (n) => "Ana Ruiz, Wales' three-try winger on the night, called it \"the strangest match I have been part of\". ".repeat(n),
  "persons with a verb of stance before bare marks, one paragraph": (n) => "\"We played well,\" said Ana Ruiz. " + "US coach Ana Ruiz, who was born in Leeds, though, is keen to rest the players. \"There is nothing more they can do to impress me.\" ".repeat(n),
  "present verbs of judging before many marks, no full stop": (n) => "The Tory leader " + "brands such claims as \"complete nonsense\" and describes himself as an \"average family man\" and ".repeat(n)
}

linearQuoteCases("fifty-third session, English passives, appositions and verbs of judging: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
