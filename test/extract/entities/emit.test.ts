/**
 * The tagger's per-word cache (src/extract/entities/emit.ts) must change the
 * speed and nothing else: on every sentence, the scores it gives equal, to
 * the last bit, those of `featurize` + `emissions` (the reference path the
 * model was trained with), and so do the tags.
 */
import { readdirSync, readFileSync } from "node:fs"
import { join } from "node:path"
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { TAG_COUNT } from "../../../src/extract/entities/decode.js"
import { cacheState, hasQuanta, MAX_CACHED_SENTENCE, MAX_WORDS } from "../../../src/extract/entities/emit.js"
import { type Lang } from "../../../src/extract/entities/gazetteer.js"
import { hashString } from "../../../src/extract/entities/hash.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import { TagScratch, tagUnits, type Tagger } from "../../../src/extract/entities/tagger.js"
import { segment, type Unit } from "../../../src/extract/entities/text.js"

const root = join(import.meta.dirname, "..", "..", "..")

/** Scores and tags of one sentence by one path. */
const score = (tagger: Tagger, units: ReadonlyArray<Unit>, reference: boolean) => {
  const scratch = new TagScratch()
  const tagged = tagUnits(tagger, units, scratch, { reference })
  return { emit: Array.from(scratch.emit.subarray(0, units.length * TAG_COUNT)), tags: Array.from(tagged.tags), gaz: Array.from(tagged.gaz) }
}

const sentencesOf = (text: string, lang: Lang): Array<Array<Unit>> =>
  segment(text, 0, text.length, { lang, isKnown: bundledTagger(lang).gazetteer.isKnown })

/** Every sentence of a text: the cached path equals the reference path exactly. Returns the number of units checked. */
const checkText = (text: string, lang: Lang): number => {
  const tagger = bundledTagger(lang)
  let units = 0
  for (const s of sentencesOf(text, lang)) {
    const fast = score(tagger, s, false)
    const ref = score(tagger, s, true)
    expect(fast.emit).toEqual(ref.emit)
    expect(fast.tags).toEqual(ref.tags)
    expect(fast.gaz).toEqual(ref.gaz)
    units += s.length
  }
  return units
}

const files = (dir: string) =>
  readdirSync(join(root, dir))
    .filter((f) => f.endsWith(".txt"))
    .map((f) => ({ name: `${dir}/${f}`, lang: (f.startsWith("ar-") ? "ar" : "en") as Lang, path: join(root, dir, f) }))

describe("the per-word cache gives the reference scores", () => {
  it.each([...files("examples/data"), ...files("test/fixtures/articles")].filter((f) => !f.name.includes("cp1256")))(
    "$name",
    ({ path, lang }) => {
      checkText(readFileSync(path, "utf8"), lang)
    }
  )

  it("on the same text twice (the second time from the cache)", () => {
    const text = "قال الرئيس الروسي فلاديمير بوتين في سوتشي إن الأمم المتحدة ستجتمع. وأضاف بوتين أن الكرملين يرحب."
    expect(checkText(text, "ar")).toBeGreaterThan(10)
    expect(checkText(text, "ar")).toBeGreaterThan(10)
  })

  it.each(["ar", "en"] as const)("on generated text (%s)", (lang) => {
    const letters = lang === "ar" ? "ابتثجحخدسشعفقكلمنهوية" : "abcdefgHIJKLmnoPQRs"
    const word = fc.oneof(
      fc.string({ unit: fc.constantFrom(...letters.split("")), minLength: 1, maxLength: 9 }),
      fc.constantFrom("الرئيس", "وبوتين", "بسوريا", "President", "U.S.", "al-Assad", "Germany's", "2015", "،", ".", "«", ":")
    )
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 40 }), (words) => {
        checkText(words.join(" "), lang)
      }),
      { numRuns: 150 }
    )
  })

  it("when the cache fills up and starts again", () => {
    // more distinct words than the cache holds, in sentences of 50, then the first sentences again
    const tagger = bundledTagger("en")
    const distinct = MAX_WORDS + 5_000
    const words = Array.from({ length: distinct }, (_, i) => `W${i.toString(36)}x`)
    const sentences: Array<Array<Unit>> = []
    for (let i = 0; i < words.length; i += 50) sentences.push(...sentencesOf(words.slice(i, i + 50).join(" ") + ".", "en"))
    const first = sentences.slice(0, 3)
    for (const s of [...sentences, ...first]) {
      // the reference path only for a sample: the cached path runs on every sentence, so the cache really fills
      const fast = score(tagger, s, false)
      if (sentences.indexOf(s) % 97 === 0 || first.includes(s)) expect(fast.emit).toEqual(score(tagger, s, true).emit)
    }
  })

  it("a full cache keeps its most used half, moved down, with the right sums", () => {
    // words of odd sentences come back three times each, so the cache keeps them over the even ones, which came first
    const tagger = bundledTagger("ar")
    const model = tagger.model
    if (!hasQuanta(model)) throw new Error("a loaded model has integer weights")
    const letters = "بتثجحخدسشعفقكمنهي"
    const wordOf = (i: number) => {
      let w = "ز"
      for (let k = i + 1; k > 0; k = Math.floor(k / letters.length)) w += letters[k % letters.length]
      return w
    }
    const sentences: Array<Array<Unit>> = []
    for (let i = 0; i < MAX_WORDS + 2_000; i += 40) sentences.push(...sentencesOf(Array.from({ length: 40 }, (_, k) => wordOf(i + k)).join(" ") + ".", "ar"))
    const frequent = sentences.filter((_, k) => k % 2 === 1)
    const rare = sentences.filter((_, k) => k % 2 === 0)
    const probe = (s: ReadonlyArray<Unit>) => cacheState(model, tagger.gazetteer, s[3]!)
    let renewed = false
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!
      const before = probe(s).words
      score(tagger, s, false)
      if (k % 2 === 1) for (let r = 0; r < 3; r++) score(tagger, s, false)
      if (probe(s).words < before) renewed = true
    }
    expect(renewed).toBe(true)
    // after the renewal the frequent words of the early sentences are still there (moved down), the rare ones are not
    const early = (xs: Array<Array<Unit>>) => xs.slice(0, 200)
    expect(early(frequent).every((s) => probe(s).holds)).toBe(true)
    expect(early(rare).filter((s) => probe(s).holds).length).toBe(0)
    // and their cached sums are theirs: the cached path still equals the reference path
    for (const s of [...early(frequent).slice(0, 40), ...frequent.slice(-5)]) expect(score(tagger, s, false).emit).toEqual(score(tagger, s, true).emit)
  })

  it.each(["ar", "en"] as const)("sums too wide for the cache's 16 bits go the reference path, with the same scores (%s)", (lang) => {
    // the shipped models' sums fit in 16 bits; the same weights written as larger integers (and a smaller step) do not
    const tagger = bundledTagger(lang)
    const model = tagger.model
    if (!hasQuanta(model)) throw new Error("a loaded model has integer weights")
    const text =
      lang === "ar"
        ? "قال الرئيس الروسي فلاديمير بوتين في سوتشي إن الأمم المتحدة ستجتمع الأسبوع المقبل. وأضاف بوتين أن الكرملين يرحب بالمبادرة."
        : "Russian President Vladimir Putin said in Sochi that the United Nations would meet next week. Mr Putin added that the Kremlin welcomed it."
    const seen = { wide: 0, narrowWords: 0, wideBoundary: false }
    for (const factor of [8, 4096]) {
      const scaled = { ...model, quanta: Int32Array.from(model.quanta, (q) => q * factor), scale: model.scale / factor }
      const big: Tagger = { ...tagger, model: scaled }
      for (const s of sentencesOf(text, lang)) {
        const fast = score(big, s, false)
        expect(fast.emit).toEqual(score(big, s, true).emit)
        // the same weights: the same tags as the shipped model
        expect(fast.tags).toEqual(score(tagger, s, true).tags)
        for (const u of s) {
          const state = cacheState(scaled, tagger.gazetteer, u)
          if (state.wide) seen.wide++
          else if (state.holds) seen.narrowWords++
          if (!state.narrow) seen.wideBoundary = true
        }
      }
    }
    // both guards were used: words too wide beside words that fit (factor 8), and a boundary too wide (factor 4096)
    expect(seen.wide).toBeGreaterThan(0)
    expect(seen.narrowWords).toBeGreaterThan(0)
    expect(seen.wideBoundary).toBe(true)
  })

  it("two words with the same FNV-1a hash keep their own cached features", () => {
    // a 32-bit hash collides often enough in a big corpus: the cache keys on a second, independent hash too
    const tagger = bundledTagger("en")
    // found by a birthday search over random lowercase words (seeded): the same FNV-1a hash, and (lowercase) the same
    // search form, so any key built from FNV-1a of the text and of the form alone would take them for one word
    const [a, b] = ["lolqrvgd", "buadyxge"]
    expect(hashString(a)).toBe(hashString(b))
    for (const text of [`${a} met ${b} in Paris.`, `${b} met ${a} in Paris.`]) {
      const [units] = sentencesOf(text, "en")
      expect(score(tagger, units!, false).emit).toEqual(score(tagger, units!, true).emit)
    }
  })

  it("a sentence longer than the cache takes goes the reference path, with the same tags", () => {
    const tagger = bundledTagger("en")
    const text = "Reuters said ".repeat(Math.ceil((MAX_CACHED_SENTENCE + 10) / 2))
    const [units] = sentencesOf(text, "en")
    expect(units!.length).toBeGreaterThan(MAX_CACHED_SENTENCE)
    const fast = score(tagger, units!, false)
    const ref = score(tagger, units!, true)
    expect(fast.tags).toEqual(ref.tags)
  })
})
