import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-seventh session's English rules of helper enpieces (docs/history/quotes.md, "Fifty-seventh session:
 * enpieces") read a bounded window however long the text: a document's owner within five words before `'s` and the
 * noun; a possessor's person within eight words after `'s`; a verb of a finding within twenty-two tokens before the
 * marks, its subject within five words after them; a document's noun within thirty tokens before marks that hold its
 * predicate; the word after `went on`. Texts with no paragraph break: long runs of
 * possessives, of findings before marks, of `went on`, of statements to the exchange.
 */
const cases: Record<string, (n: number) => string> = {
  "statements to the exchange": (n) => "Rovers' statement to the stock exchange said: \"No offer has been made.\" ".repeat(n),
  "runs of possessors before roles": (n) => "Ben Hale's ex-wife Ana Ruiz's agent ".repeat(n) + "spoke. She said: \"It is over for good now.\"",
  "findings before marks": (n) => "The committee found that the board had made " + "a mistake in the plan and ".repeat(n) + "a \"serious and lasting error of judgement\".",
  "marks before findings": (n) => "\"It was far too much freedom for one body,\", the report found, the report found. ".repeat(n),
  "documents before marks that open with a verb": (n) => "The survey of the voters ".repeat(n) + "\"showed they care about the issues of the day\".",
  "runs of went on": (n) => "Some £9m went on building the site. ".repeat(n) + "\"It was a waste of money,\" Ben Hale said."
}

linearQuoteCases("fifty-seventh session, English possessors, findings and `went on`: the rules stay linear", cases, taggedBy([["Ana Ruiz", "PERSON"], ["Ben Hale", "PERSON"], ["Rovers", "ORGANIZATION"]]), 200)
