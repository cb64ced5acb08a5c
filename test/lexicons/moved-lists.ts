/**
 * Checks shared by the tests of word lists moved from the code into the quote lexicons (the fiftieth session's move
 * and reviews): each list decodes with a description saying where it came from and no form twice, and a file without
 * it is refused with an error naming the file and the list.
 */
import { expect, it } from "vitest"
import arFile from "../../src/lexicons/quotes/ar.json" with { type: "json" }
import enFile from "../../src/lexicons/quotes/en.json" with { type: "json" }
import { ArabicQuotesFile, EnglishQuotesFile } from "../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../src/lexicons/lexicon.js"

export const decodeAr = decodeLexicon(ArabicQuotesFile, "quotes/ar")
export const decodeEn = decodeLexicon(EnglishQuotesFile, "quotes/en")

type ArList = keyof typeof arFile & keyof ReturnType<typeof decodeAr>
type EnList = keyof typeof enFile & keyof ReturnType<typeof decodeEn>

/**
 * Two `it` blocks for the lists `ar` of quotes/ar.json and `en` of quotes/en.json: decoded, each `description`
 * matches `described` and has no form twice; required, a file without one is refused naming the file and the list.
 */
export const itChecksMovedLists = (described: RegExp, ar: ReadonlyArray<ArList>, en: ReadonlyArray<EnList>): void => {
  it("decode, each described with where it came from, no form twice", () => {
    const a = decodeAr(arFile)
    const e = decodeEn(enFile)
    const lists = [...ar.map((n) => [n, a[n] as { description: string; forms: ReadonlyArray<string> }] as const), ...en.map((n) => [n, e[n] as { description: string; forms: ReadonlyArray<string> }] as const)]
    for (const [name, { description, forms }] of lists) {
      expect(description, name).toMatch(described)
      expect(forms.length, name).toBeGreaterThan(0)
      expect(new Set(forms).size, name).toBe(forms.length)
    }
  })

  it("are required: a file without one is refused, naming the file and the list", () => {
    for (const name of ar) {
      const { [name]: _dropped, ...rest } = arFile
      expect(() => decodeAr(rest), name).toThrow(LexiconError)
      expect(() => decodeAr(rest), name).toThrow(new RegExp(`quotes/ar.*${name}`))
    }
    for (const name of en) {
      const { [name]: _dropped, ...rest } = enFile
      expect(() => decodeEn(rest), name).toThrow(LexiconError)
      expect(() => decodeEn(rest), name).toThrow(new RegExp(`quotes/en.*${name}`))
    }
  })
}
