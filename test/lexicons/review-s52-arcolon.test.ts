/**
 * The fifty-second session's clean-up (helper arcolon): the English organisation nouns that `the <noun>` reads as the
 * body named before are one lexicon list, `bodyNouns` in `quotes/en.json` (docs/lexicons.md, "Lists moved in the
 * fifty-second session"): quotes/english.ts `EN_BODY_NOUNS` and the word `party`, which quotes/speakers.ts tested
 * apart beside it. Records are byte-identical on the three dumps; these rows check the data, that a file without the
 * list is refused, that the compiled set is the old words, and sentences (written for these tests in the style of the
 * wires) that the list decides.
 */
import { describe, expect, it } from "vitest"
import { quoteLexicons } from "../../src/extract/quotes/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "../extract/quotes/marked.js"
import { itChecksMovedLists } from "./moved-lists.js"

describe("the list the fifty-second session moved from the code (helper arcolon)", () => {
  itChecksMovedLists(/fifty-second session \(helper arcolon\) moved them here/, [], ["bodyNouns"])

  it("compiles to the words the code held, `party` among them", () => {
    expect(quoteLexicons().enBodyNouns).toEqual(new Set(["organisation", "organization", "company", "firm", "group", "party"]))
  })
})

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "bodyNouns: `the <noun>` is the body that opens the sentence before": [
    ['[[ORGANIZATION:Greenfield Energy]] has cut its forecast for a second time. The company said the winter "was far milder than anyone expected".', ["[Greenfield Energy | said] was far milder than anyone expected"]],
    ['[[ORGANIZATION:Plaid Cymru]] has chosen a new candidate for the seat. The party said the decision "was taken by local members alone".', ["[Plaid Cymru | said] was taken by local members alone"]]
  ]
}

describeQuoteTables("the fifty-second session's clean-up: bodyNouns read as before", tables)
