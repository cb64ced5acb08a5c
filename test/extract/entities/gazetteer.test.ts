import fc from "fast-check"
import { describe, expect, it } from "vitest"
import {
  CATEGORIES,
  gazetteer,
  GazetteerError,
  loadGazetteerFiles,
  loadInstitutionHeads,
  loadWholeWords,
  validateGazetteerFiles,
  validateInstitutionHeads
} from "../../../src/extract/entities/gazetteer.js"
import { segment } from "../../../src/extract/entities/text.js"
import { normalizeText } from "../../../src/normalize/index.js"

describe("gazetteers", () => {
  it("every file validates and states its source", () => {
    const files = loadGazetteerFiles()
    for (const f of [...files.lists, files.triggers]) expect(f.source.length).toBeGreaterThan(40)
    const countries = files.lists.find((f) => f.id === "gazetteers/countries")!
    expect(countries.source).toMatch(/i18n-iso-countries/)
    expect(countries.entries.ar).toContain("سوريا")
    expect(countries.entries.en).toContain("Egypt")
  })

  it("titles and honorifics do not overlap (a word is one or the other)", () => {
    const t = loadGazetteerFiles().triggers
    for (const lang of ["ar", "en"] as const) {
      const hon = new Set(t.honorific[lang])
      expect(t.title[lang].filter((x) => hon.has(x))).toEqual([])
    }
  })

  it("no Arabic title or honorific folds to a preposition with a conjunction (والي would be وإلى)", () => {
    const t = loadGazetteerFiles().triggers
    const fold = (w: string) => normalizeText(w, "search")
    const small = new Set<string>()
    for (const p of ["إلى", "على", "في", "من", "عن", "مع", "لدى", "أن", "إن"]) for (const c of ["", "و", "ف"]) small.add(fold(c + p))
    const words = [...t.title.ar, ...t.honorific.ar].filter((w) => !/\s/.test(w.trim()))
    expect(words.filter((w) => small.has(fold(w)))).toEqual([])
    expect(small.has(fold("والي"))).toBe(true) // the check would catch it
  })

  it("a malformed file is refused with a clear error", () => {
    const files = loadGazetteerFiles()
    const bad = { lists: [{ ...files.lists[0]!, category: "PLACE" }], triggers: files.triggers }
    expect(() => validateGazetteerFiles(bad)).toThrow(GazetteerError)
    expect(() => validateGazetteerFiles(bad)).toThrow(/gazetteer gazetteers\/countries is invalid: category/)
    const empty = { lists: [], triggers: { ...files.triggers, title: { ar: [""], en: [] } } }
    expect(() => validateGazetteerFiles(empty)).toThrow(/title\.ar\.0/)
  })

  it("matches phrases through clitics, and lets the tokenizer split a known word", () => {
    const g = gazetteer("ar")
    expect(g.isKnown("سوريا")).toBe(true)
    expect(g.isKnown("السعوديه")).toBe(false) // words with the article are split by rule
    const text = "وصل الوفد بسوريا ثم والأمم المتحدة"
    const units = segment(text, 0, text.length, { lang: "ar", isKnown: g.isKnown }).flat()
    const loc = CATEGORIES.indexOf("LOC")
    const org = CATEGORIES.indexOf("ORG")
    const keys = units.map((u) => u.core)
    expect(keys).toContain("سوريا")
    const i = keys.indexOf("سوريا")
    expect(g.tries[loc]!.longestAt(keys, i)?.length).toBe(1)
    const j = keys.indexOf("الامم")
    expect(g.tries[org]!.longestAt(keys, j)?.length).toBe(2)
  })

  it("the institution heads validate, state their source, and name only heads that take a name", () => {
    const f = loadInstitutionHeads()
    expect(f.source).toMatch(/khabar authors/)
    expect(f.namedOrg).toContain("جامعة")
    expect(f.namedLoc).toContain("مطار")
    // a head that takes a name untitled, or a company head, is a head that takes a name at all
    const named = new Set([...f.namedOrg, ...f.namedLoc])
    expect([...f.untitled, ...f.company].filter((w) => !named.has(w))).toEqual([])
    // one head is an organisation's or a place's, not both
    expect(f.namedOrg.filter((w) => f.namedLoc.includes(w))).toEqual([])
  })

  it("a malformed institution-heads file is refused with a clear error", () => {
    const f = loadInstitutionHeads()
    expect(() => validateInstitutionHeads({ ...f, namedLoc: ["مطار", ""] })).toThrow(/gazetteers\/institution-heads is invalid: namedLoc\.1/)
    expect(() => validateInstitutionHeads({ ...f, category: "ORG" })).toThrow(GazetteerError)
    expect(() => validateInstitutionHeads({ ...f, extra: [] })).toThrow(GazetteerError)
  })

  it("isKnown (a bit sieve in front of a set) answers as the set of the lists' single words and the whole words would", () => {
    const files = loadGazetteerFiles()
    const whole = loadWholeWords()
    for (const lang of ["ar", "en"] as const) {
      const words = new Set<string>()
      const t = files.triggers
      for (const xs of [...files.lists.map((f) => f.entries[lang]), t.title[lang], t.honorific[lang], t.org[lang], t.loc[lang]]) {
        for (const x of xs) {
          if (/\s/.test(x.trim())) continue
          const norm = normalizeText(x.trim(), "search")
          if (lang === "ar" && norm.startsWith("\u0627\u0644")) continue
          words.add(norm)
        }
      }
      for (const x of whole[lang]) words.add(normalizeText(x.trim(), "search"))
      const g = gazetteer(lang)
      for (const w of words) expect(g.isKnown(w), w).toBe(true)
      // strings near the listed words (same first and last letters, same length: the sieve's own key) and any string
      const near = fc.constantFrom(...words).chain((w) => fc.string({ minLength: 0, maxLength: 3 }).map((mid) => w.slice(0, 2) + mid + w.slice(-1)))
      fc.assert(fc.property(fc.oneof(near, fc.string({ maxLength: 12 })), (x) => g.isKnown(x) === words.has(x)), { numRuns: 2000 })
    }
  })
})
