import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-second session's English rules of helper enjudge (docs/history/quotes.md, "Fifty-second session: enjudge
 * (second round)") read a bounded window at each pronoun or mark however long the text: the clause that opens a
 * sentence is read at most 40 tokens to its comma; a verb of judging is looked for at most 12 tokens before the marks, `called` at most 14.
 * Texts with no paragraph break: many opening clauses before `he`, many long ones with no comma, many verbs of judging.
 */
const cases: Record<string, (n: number) => string> = {
  "opening clauses before he, one paragraph": (n) => "Ana Ruiz wrote: \"We need a change.\" " + "While saying he admired Ana Ruiz's \"steady\" handling of the economy, he criticised the plan. \"The party has lost its way,\" he wrote. ".repeat(n),
  "opening clauses with no comma, no full stop": (n) => "Ana Ruiz said \"we need a change\" and " + "while saying he admired the steady handling of the economy ".repeat(n),
  "verbs of judging before many marks, no full stop": (n) => "Ana Ruiz " + "attacked Labour's transport plans as \"hollow\" and attacked the party's \"unfair\" taxes and ".repeat(n),
  "called before many long objects, no full stop": (n) => "Ana Ruiz " + "called the UK's £2bn claim on the European Union budget \"unfair\" and ".repeat(n)
}

linearQuoteCases("fifty-second session, English opening clauses and verbs of judging: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
