import { linearQuoteCases, nameSuffix as suffix, personsByPattern } from "./linear/timing.js"

/**
 * The fifty-eighth session's role-phrase post-step (`linkRoleSpeakers` in role-link.ts; docs/history/quotes.md,
 * "Fifty-eighth session: rolelink"): hostile texts of many persons, each with a written role, and many quotes whose
 * speaker is a role phrase (every quote reads the persons of its post's noun, at most `HOLDERS_READ`, and a bounded
 * window of text around it).
 */
const NAMES = /(?:Minister|shadow minister|Judge) (Jo Hill[a-z]+)/g

const cases: Record<string, (n: number) => string> = {
  "many ministers, each quoted as `the minister` (two fit: none)": (n) =>
    Array.from({ length: n }, (_, i) => `Minister Jo Hill${suffix(i)} spoke in Leeds. "We will act on this now," the minister said.\n\n`).join(""),
  "many shadow ministers (no one fits) and quotes of `the minister`": (n) =>
    Array.from({ length: n }, (_, i) => `Then shadow minister Jo Hill${suffix(i)} spoke. "We will act on this now," the minister said.\n\n`).join(""),
  "many judges introduced after `a judge`": (n) =>
    Array.from({ length: n }, (_, i) => `A judge warned of "urban savages" in the town. Judge Jo Hill${suffix(i)} spoke at the court.\n\n`).join("")
}

linearQuoteCases("fifty-eighth session, rolelink: linking role phrases stays linear", cases, personsByPattern(NAMES), 200)
