import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fifth session's English rule for `called` in its evaluative shape (docs/history/quotes.md, "Forty-fifth
 * session (helper, called)") reads a bounded window at each mark however long the text: at most eight tokens back to the
 * verb, five more to a relative word, the sentence before a pronoun (sixty tokens at most). Texts with no full stop and
 * no paragraph break: many objects and marks after `called`, many relative clauses with a pronoun.
 */
const cases: Record<string, (n: number) => string> = {
  "objects and marks after called, no full stop": (n) => "Ana Ruiz called " + "the plan \"truly dire\" and called ".repeat(n),
  "relative clauses with a pronoun, no full stop": (n) => "Ana Ruiz spoke of cuts, " + "which she calls \"a blip\", ".repeat(n)
}

linearQuoteCases("forty-fifth session, English `called`: the rule stays linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
