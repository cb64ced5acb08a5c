import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { extractQuotes } from "../../../src/extract/quotes/extract.js"

/**
 * Session 27: the quote stage's word lists left in the code (`nameLikeStops`, `asIf`, `listPronouns`,
 * `adjacentPossessors`, `nameOpeningKin`) are lists of `ar.json`, described and validated.
 */
const LISTS = ["nameLikeStops", "asIf", "listPronouns", "adjacentPossessors", "nameOpeningKin"] as const

describe("the session's lists in ar.json", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("decode, each described, no form twice", () => {
    const file = decode(arFile)
    for (const name of LISTS) {
      expect(file[name].description.length, name).toBeGreaterThan(40)
      expect(new Set(file[name].forms).size, name).toBe(file[name].forms.length)
    }
  })

  it("are required: a file without one is rejected, naming the file", () => {
    for (const name of LISTS) {
      const { [name]: _dropped, ...rest } = arFile
      expect(() => decode(rest)).toThrow(LexiconError)
    }
  })

  it("are what the stage reads: a list after هي: is no quote, an imagined speech after كأنه is no cue", () => {
    const list = "وتتألف الموسوعة من ثلاثة أجزاء هي: التاريخ والجغرافيا والأدب، وقد صدرت العام الماضي."
    expect(extractQuotes(list).map((q) => q.text)).toEqual([])
    const asIf = "وبدا المسؤول كأنه يقول: لن نتراجع عن القرار مهما كلف الأمر."
    expect(extractQuotes(asIf).map((q) => q.text)).toEqual([])
    // the same words after a speech verb are a quote
    const said = "وقال المسؤول: لن نتراجع عن القرار مهما كلف الأمر."
    expect(extractQuotes(said).map((q) => q.text)).toEqual(["لن نتراجع عن القرار مهما كلف الأمر"])
  })
})
