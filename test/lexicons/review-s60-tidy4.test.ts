/**
 * The sixtieth session's clean-up (helper tidy4): the role-link step (quotes/role-link.ts) reads the entity stage's
 * `roleQualifiers` (gazetteers/english-name-parts.json) and the quote lexicon's `formerWords` instead of its own
 * `QUALIFIERS`, and the words of that list that neither holds moved to `linkQualifiers` in quotes/ar.json and
 * quotes/en.json; the quote lexicon's `lineageWords` moved to gazetteers/name-cues.json, out of the entity stage's
 * `nameConstructs`, which reads both lists as before, and `afterLineage` (quotes/scanner.ts) reads it there
 * (docs/lexicons.md, "Lists moved in the sixtieth session") Records are byte-identical on the three dumps; these rows check the data, that a file without
 * the new lists is refused, and that the lists read now hold every word the old ones held (the sentences are in
 * test/extract/quotes/tidy4-s60.test.ts).
 */
import { describe, expect, it } from "vitest"
import arFile from "../../src/lexicons/quotes/ar.json" with { type: "json" }
import { roleQualifierWords } from "../../src/extract/entities/english.js"
import { isLineageWord, isNameConstruct } from "../../src/extract/entities/evidence.js"
import { quoteLexicons } from "../../src/extract/quotes/lexicon.js"
import { foldKey } from "../../src/extract/internal/tokens.js"
import { itChecksMovedLists } from "./moved-lists.js"

/** role-link.ts's `QUALIFIERS` before this session. */
const OLD_QUALIFIERS = [
  "shadow", "former", "ex", "deputy", "vice", "assistant", "acting", "junior", "interim", "associate", "under", "outgoing",
  "incoming", "lord", "prime", "then", "late", "co", "pro", "السابق", "الاسبق", "المستقيل", "المخلوع", "الراحل", "المكلف"
]

/** quotes/ar.json's `lineageWords` before this session. */
const OLD_LINEAGE = ["بن", "ابن", "بنت", "أبو", "ابو", "أبي", "آل"]

describe("the lists the sixtieth session moved from the code (helper tidy4)", () => {
  itChecksMovedLists(/Sixtieth session \(helper tidy4\) moved them here/, ["linkQualifiers"], ["linkQualifiers"])

  it("the new lists hold only the words no list of the entity stage or the quote lexicon held", () => {
    const lex = quoteLexicons()
    expect(lex.enLinkQualifiers).toEqual(new Set(["associate", "under", "lord", "prime", "then", "late", "co", "pro"]))
    for (const w of lex.enLinkQualifiers) expect(roleQualifierWords().has(w), w).toBe(false)
    for (const w of lex.linkQualifiers) expect(lex.formerWords.has(w), w).toBe(false)
  })

  it("with roleQualifiers and formerWords, hold every word role-link.ts's list held", () => {
    const lex = quoteLexicons()
    for (const w of OLD_QUALIFIERS) {
      const k = foldKey(w)[0]!
      expect(roleQualifierWords().has(k) || lex.enLinkQualifiers.has(k) || lex.formerWords.has(k) || lex.linkQualifiers.has(k), w).toBe(true)
    }
  })

  it("lineageWords is gone from quotes/ar.json; the entity stage's lineageWords holds each of its words, and nameConstructs still does", () => {
    expect("lineageWords" in arFile).toBe(false)
    for (const w of OLD_LINEAGE) {
      expect(isLineageWord(foldKey(w)[0]!), w).toBe(true)
      expect(isNameConstruct(foldKey(w)[0]!), w).toBe(true)
    }
    // (the other nouns that take a name in construct are no lineage words: a name may end with one, `عبده خال`)
    expect(isLineageWord(foldKey("خال")[0]!)).toBe(false)
    expect(isNameConstruct(foldKey("خال")[0]!)).toBe(true)
  })
})
