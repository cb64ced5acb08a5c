import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fifth session's `the ministry` rule (`bodyNamedWithNoun`, docs/history/quotes.md, "Fifty-fifth session:
 * `the ministry` and `behind` (lead)") reads an index of the organisations built once per text and a binary search,
 * however many bodies and phrases the text holds: many ministries named and many `the ministry said`, and the phrase
 * with no body named before it.
 */
const cases: Record<string, (n: number) => string> = {
  "many bodies named, each followed by the ministry said": (n) => "The Finance Ministry announced cuts. \"Growth will slow,\" the ministry said. Norland Finanz welcomed the plan. ".repeat(n),
  "the ministry said with no body named": (n) => "\"Growth will slow this year,\" the ministry said. ".repeat(n),
  "inverted: said the commission": (n) => "The European Commission met. \"Deficits must fall,\" said the commission. ".repeat(n)
}

linearQuoteCases("fifty-fifth session, English bodies by their noun: the rule stays linear", cases, taggedBy([["Finance Ministry", "ORGANIZATION"], ["Norland Finanz", "ORGANIZATION"], ["European Commission", "ORGANIZATION"]]), 200)
