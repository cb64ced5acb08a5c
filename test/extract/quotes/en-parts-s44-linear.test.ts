import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fourth session's English rule for one or two words in marks (docs/history/quotes.md, "Forty-fourth session
 * (helper, enshort)") reads a bounded window at each mark however long the text: the words in the marks, one word on
 * each side, a term's lead at most three words back, the marks of a list of terms at most six tokens back. Texts with
 * no full stop and no paragraph break: many short predicates after one verb, many items of a list of terms.
 */
const cases: Record<string, (n: number) => string> = {
  "short predicates after a verb, no full stop": (n) => "Ana Ruiz said the figures were " + "\"truly dire\" and the outlook was ".repeat(n),
  "a list of terms, no full stop": (n) => "Ana Ruiz said groups dubbed " + "\"savers\" and ".repeat(n)
}

linearQuoteCases("forty-fourth session, English short partial quotes: the rule stays linear", cases, taggedBy([["Ana Ruiz", "PERSON"]]), 200)
