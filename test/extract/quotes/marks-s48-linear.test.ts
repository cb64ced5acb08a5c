import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-eighth session's parentheses (`parenSpeech`) read from each `(` after a participle of saying to at most
 * 200 tokens on, and skip past the `)` they pair; a reversed opener after a complementizer reads to the next mark.
 * Texts with no full stop and no paragraph break: many participles and parentheses never closed, many closed ones,
 * many spaced `”` after complementizers.
 */
const cases: Record<string, (n: number) => string> = {
  "parentheses after participles never closed": (n) => "وقال سامي الحداد " + "قائلا (هذه الجائزة لكل من وقف معي ".repeat(n),
  "parentheses after participles each closed": (n) => "وقال سامي الحداد " + "قائلا (هذه الجائزة لكل من وقف معي) و".repeat(n),
  "spaced closing marks after complementizers": (n) => "وقال سامي الحداد " + "وأن ” الجماعات المسلحة أفشلت الجهود ".repeat(n)
}

linearQuoteCases("forty-eighth session, missing and mismatched marks: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
