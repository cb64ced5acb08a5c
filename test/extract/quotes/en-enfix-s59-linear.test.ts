import { linearQuoteCases, nameSuffix as suffix, personsByPattern } from "./linear/timing.js"

/**
 * The fifty-ninth session's English rules (helper enfix; docs/history/quotes.md, "Fifty-ninth session: enfix"): hostile
 * texts of many comma-set holders of one role (`writtenRole` reads back past a comma, `appositionRole` a bounded slice
 * after each name), many pronouns before `but` and a person who answers (`notTheAnswerer` reads at most forty tokens
 * ahead and twenty entities back), many hearsay frames and many predicates in marks after `but`.
 */
const NAMES = /(?:chief, |chief |, |but )(Jo Hill[a-z]+)/g

const cases: Record<string, (n: number) => string> = {
  "many regulator chiefs set off by commas, each quoted as `the regulator chief`": (n) =>
    Array.from({ length: n }, (_, i) => `Firms were criticised by regulator chief, Jo Hill${suffix(i)}, on Monday. The regulator chief said it was "not good enough for anyone".\n\n`).join(""),
  "many pronouns before `but` and a person who answers": (n) =>
    Array.from({ length: n }, (_, i) => `The bid was dropped by Jo Hill${suffix(i)}, who was tired. He accused the club of "stalling on the deal" again, but Jo Hill${suffix(i + 1)} said: "That is not so."\n\n`).join(""),
  "many hearsay frames and predicates after `but`": (n) =>
    Array.from({ length: n }, (_, i) => `In the book Jo Hill${suffix(i)} is alleged to have told them: "I will go." The report warns that the board should not be put off by the failure of the old scheme in the north, but "should learn from it".\n\n`).join("")
}

linearQuoteCases("fifty-ninth session, enfix: role across a comma, the answerer after `but`, hearsay and joined predicates stay linear", cases, personsByPattern(NAMES), 200)
