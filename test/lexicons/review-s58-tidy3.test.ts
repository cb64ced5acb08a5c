/**
 * The fifty-eighth session's clean-up (helper tidy3): the nouns after `its`/`their` that speak for a body (quotes/
 * speakers.ts `EN_DOCUMENTS`) are the lexicon's document nouns, `issuedDocuments` and `studyDocuments` (`documentNoun`),
 * and a new list, `ownedDocuments` in `quotes/en.json`, for the two words the code held that no definite document
 * takes up (`website`, `review`; docs/lexicons.md, "Lists moved in the fifty-eighth session"). Records are
 * byte-identical on the three dumps; these rows check the data, that a file without the list is refused, and that the
 * three lists hold every word the code's list held (the sentences are in test/extract/quotes/tidy3-s58.test.ts).
 */
import { describe, expect, it } from "vitest"
import { quoteLexicons } from "../../src/extract/quotes/lexicon.js"
import { itChecksMovedLists } from "./moved-lists.js"

/** speakers.ts's `EN_DOCUMENTS` before this session. */
const OLD = ["report", "statement", "study", "survey", "website", "letter", "document", "submission", "findings", "review"]

describe("the list the fifty-eighth session moved from the code (helper tidy3)", () => {
  itChecksMovedLists(/Fifty-eighth session \(helper tidy3\) moved them here/, [], ["ownedDocuments"])

  it("compiles to the two words no document list held", () => {
    expect(quoteLexicons().enOwnedDocuments).toEqual(new Set(["website", "review"]))
  })

  it("with issuedDocuments and studyDocuments, holds every word the code's list held", () => {
    const lex = quoteLexicons()
    for (const w of OLD) expect(lex.enIssuedDocuments.has(w) || lex.enStudyDocuments.has(w) || lex.enOwnedDocuments.has(w), w).toBe(true)
  })
})
