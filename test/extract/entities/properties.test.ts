import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { bundledTagger, extractEntities } from "../../../src/extract/entities/index.js"

const words = [
  "بوتين", "وبوتين", "فلاديمير", "الرئيس", "الروسي", "بسوريا", "سوريا", "للأمم", "الأمم", "المتحدة", "والأمم", "قال", "إن", "في",
  "الكرملين", "دمشق", "مُحَمَّد", "بن", "سلمان", "ولي", "العهد", "السعودي", "الشيخ", "تميم", "آل", "ثاني", "ـ", "أ.ف.ب",
  "Vladimir", "Putin", "Putin's", "President", "Russian", "U.S.", "al-Assad", "Reuters", "said", "the", "UN", "New", "York",
  "،", ",", ".", "(", ")", "«", "»", "-", "'s", "2017", "٢٠١٧", "\u200f", "\u0640"
]
const separators = [" ", " ", " ", "", "\n", "  ", "\u00a0", "\t"]

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators)), { minLength: 0, maxLength: 40 })
  .map((parts) => parts.map(([w, s]) => w + s).join(""))

describe("entity spans (property)", () => {
  it.each(["ar", "en"] as const)("%s: every entity slices the original text, in order, without overlap, and ids agree", (lang) => {
    const tagger = bundledTagger(lang)
    fc.assert(
      fc.property(textArb, fc.string({ maxLength: 8 }), (body, prefix) => {
        const text = prefix + body
        const entities = extractEntities(text, tagger, [{ start: prefix.length, end: text.length }])
        let last = prefix.length
        const byId = new Map<string, string>()
        for (const e of entities) {
          expect(e.start).toBeGreaterThanOrEqual(last)
          expect(e.end).toBeGreaterThan(e.start)
          expect(e.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(e.start, e.end)).toBe(e.text)
          expect(e.canonical.length).toBeGreaterThan(0)
          expect(e.confidence).toBeGreaterThanOrEqual(0)
          expect(e.confidence).toBeLessThanOrEqual(1)
          const seen = byId.get(e.entityId)
          if (seen !== undefined) expect(`${e.type}|${e.canonical}`).toBe(seen)
          byId.set(e.entityId, `${e.type}|${e.canonical}`)
          last = e.end
        }
      }),
      { numRuns: 300, seed: 20240611 }
    )
  })

  it("an empty region or a region of spaces has no entities", () => {
    expect(extractEntities("", bundledTagger("ar"))).toEqual([])
    expect(extractEntities("   \n  ", bundledTagger("en"))).toEqual([])
  })
})
