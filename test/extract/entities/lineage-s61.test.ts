/**
 * Session 61, helper tidy5 (review): the words of a name's lineage and kunya are written once as the mention rules'
 * lists (`NASAB_WORDS`, `KUNYA_WORDS`, `COMPOUND_OPENER_WORDS`, search form `NASAB`) and once as `lineageWords` of
 * gazetteers/name-cues.json (the quote stage's `isLineageWord`). These rows keep the two the same words, and assert
 * what the lists that read them give.
 */
import { describe, expect, it } from "vitest"
import nameCues from "../../../src/lexicons/gazetteers/name-cues.json" with { type: "json" }
import { isLineageWord } from "../../../src/extract/entities/evidence.js"
import { searchKey } from "../../../src/extract/entities/gazetteer.js"
import { COMPOUND_OPENER_WORDS, KUNYA_WORDS, NASAB, NASAB_WORDS } from "../../../src/extract/entities/mentions.js"

const keys = (ws: ReadonlyArray<string>) => [...new Set(ws.map(searchKey))].sort()

describe("lineage words: the mention rules' lists and name-cues.json's lineageWords agree (session 61, tidy5)", () => {
  it("lineageWords are the nasab and kunya words, `أبي` and `آل`", () => {
    expect(keys(nameCues.lineageWords.ar)).toEqual(keys([...NASAB_WORDS, ...KUNYA_WORDS, "أبي", "آل"]))
  })

  const rows: ReadonlyArray<readonly [string, { lineage: boolean; nasab: boolean }]> = [
    ["بن", { lineage: true, nasab: true }],
    ["ابن", { lineage: true, nasab: true }],
    ["بنت", { lineage: true, nasab: true }],
    ["أبو", { lineage: true, nasab: false }],
    ["ابو", { lineage: true, nasab: false }],
    ["أبي", { lineage: true, nasab: false }],
    ["آل", { lineage: true, nasab: false }],
    // (words that open or join a name but are no lineage word: they must not be read as one)
    ["عبد", { lineage: false, nasab: false }],
    ["بني", { lineage: false, nasab: false }],
    ["أم", { lineage: false, nasab: false }]
  ]
  for (const [word, { lineage, nasab }] of rows) {
    it(`${word}: lineage ${lineage}, nasab ${nasab}`, () => {
      expect(isLineageWord(searchKey(word))).toBe(lineage)
      expect(NASAB().has(searchKey(word))).toBe(nasab)
    })
  }

  it("the words that never end a person's name are the compound openers, as written", () => {
    expect([...COMPOUND_OPENER_WORDS].sort()).toEqual(["آل", "أبو", "ابن", "ابو", "بن", "بنت", "عبد"].sort())
  })
})
