import { readdirSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { describe, expect, it } from "vitest"
import { keyOf, tokenize } from "../../src/lexicons/key.js"
import {
  BoilerplateFile,
  compileLexicons,
  decodeLexicon,
  LexiconError,
  lexicons,
  loadLexiconFiles,
  MonthsFile,
  NamedSourcesFile
} from "../../src/lexicons/lexicon.js"

const DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "src", "lexicons")

/** The parse stage's lexicon files on disk (the ar/ and en/ folders). */
const filesOnDisk = (): Array<string> => {
  const out: Array<string> = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name))
      else if (e.name.endsWith(".json")) out.push(relative(DIR, join(d, e.name)).replace(/\.json$/, "").split("\\").join("/"))
    }
  }
  walk(join(DIR, "ar"))
  walk(join(DIR, "en"))
  return out.sort()
}

describe("lexicon files", () => {
  const files = loadLexiconFiles()
  const all = [...files.namedSources, ...files.months, ...files.weekdays, ...files.datelineWords, ...files.phraseLists, ...files.boilerplate]

  it("every file validates, and every file on disk is loaded under its own path as id", () => {
    expect(all.map((f) => f.id).sort()).toEqual(filesOnDisk())
    for (const f of all) {
      const raw = JSON.parse(readFileSync(join(DIR, `${f.id}.json`), "utf8")) as { id: string }
      expect(raw.id).toBe(f.id)
    }
  })

  it("every file states its source and is written in raw form", () => {
    for (const f of all) {
      expect(f.source.length, f.id).toBeGreaterThan(30)
      expect(f.form).toBe("raw")
    }
  })

  it("compiles without contradictions, and the bundled lexicons are the same", () => {
    const c = compileLexicons(files)
    expect(c.lines.size).toBeGreaterThan(100)
    expect(lexicons().lines.size).toBe(c.lines.size)
  })

  it("rejects a file with a missing source, an unknown key or a bad kind", () => {
    const ok = JSON.parse(readFileSync(join(DIR, "ar", "agencies.json"), "utf8")) as Record<string, unknown>
    expect(() => decodeLexicon(NamedSourcesFile)(ok)).not.toThrow()
    const { source: _source, ...noSource } = ok
    expect(() => decodeLexicon(NamedSourcesFile)(noSource)).toThrow(LexiconError)
    expect(() => decodeLexicon(NamedSourcesFile)({ ...ok, extra: 1 })).toThrow(/extra|unexpected/i)
    const bp = JSON.parse(readFileSync(join(DIR, "ar", "boilerplate", "related.json"), "utf8")) as Record<string, unknown>
    expect(() => decodeLexicon(BoilerplateFile)({ ...bp, kind: "sidebar" })).toThrow(LexiconError)
    expect(() => decodeLexicon(BoilerplateFile)({ ...bp, entries: [{ match: "anywhere", phrase: "x" }] })).toThrow(LexiconError)
    const months = JSON.parse(readFileSync(join(DIR, "ar", "months.json"), "utf8")) as { entries: Array<unknown> }
    expect(() => decodeLexicon(MonthsFile)({ ...months, entries: months.entries.slice(1) })).toThrow(LexiconError)
  })

  it("refuses contradictions: a form that is both a place and an agency, or two kinds for one phrase", () => {
    const base = loadLexiconFiles()
    const places = base.phraseLists.map((f) => (f.id === "ar/places" ? { ...f, entries: [...f.entries, "رويترز"] } : f))
    expect(() => compileLexicons({ ...base, phraseLists: places })).toThrow(/رويترز/)
    const bp = base.boilerplate.map((f) =>
      f.id === "ar/boilerplate/advert" ? { ...f, entries: [...f.entries, { match: "line" as const, phrase: "مقالات ذات صلة" }] } : f
    )
    expect(() => compileLexicons({ ...base, boilerplate: bp })).toThrow(/both related and advert|both advert and related/)
  })
})

describe("months", () => {
  const lex = lexicons()
  const month = (s: string) => lex.months.exact(tokenize(s, 0, s.length).keys, 0, tokenize(s, 0, s.length).keys.length)
  const hmonth = (s: string) => lex.hijriMonths.exact(tokenize(s, 0, s.length).keys, 0, tokenize(s, 0, s.length).keys.length)

  it("knows the Gregorian months in every variety", () => {
    const table: ReadonlyArray<readonly [string, number]> = [
      ["يناير", 1], ["كانون الثاني", 1], ["جانفي", 1], ["فبراير", 2], ["شباط", 2], ["فيفري", 2], ["مارس", 3], ["آذار", 3],
      ["أبريل", 4], ["ابريل", 4], ["إبريل", 4], ["نيسان", 4], ["أفريل", 4], ["مايو", 5], ["أيار", 5], ["ماي", 5], ["مايس", 5],
      ["يونيو", 6], ["يونيه", 6], ["حزيران", 6], ["جوان", 6], ["يوليو", 7], ["يوليه", 7], ["تموز", 7], ["جويلية", 7], ["يوليوز", 7],
      ["أغسطس", 8], ["اغسطس", 8], ["آب", 8], ["أوت", 8], ["غشت", 8], ["سبتمبر", 9], ["أيلول", 9], ["شتنبر", 9],
      ["أكتوبر", 10], ["تشرين الأول", 10], ["نوفمبر", 11], ["تشرين الثاني", 11], ["نونبر", 11], ["ديسمبر", 12], ["كانون الأول", 12], ["دجنبر", 12],
      ["January", 1], ["Sept", 9], ["sep", 9], ["Dec", 12]
    ]
    for (const [s, m] of table) expect(month(s), s).toBe(m)
  })

  it("knows the Hijri months in their news spellings", () => {
    expect(hmonth("شوال")).toBe(10)
    expect(hmonth("ذو القعدة")).toBe(11)
    expect(hmonth("ذي الحجة")).toBe(12)
    expect(hmonth("ربيع الآخر")).toBe(4)
    expect(hmonth("جمادى الأولى")).toBe(5)
  })
})

describe("lookup keys", () => {
  it("fold Arabic letter variants, marks and punctuation", () => {
    expect(keyOf("«الشـرق  الأوسط»")).toBe("الشرق الاوسط")
    expect(keyOf("أ. ف. ب")).toBe("ا ف ب")
    expect(keyOf("مُدِيرَة")).toBe("مديره")
    expect(keyOf("ﻣﻦ")).toBe("من")
    expect(keyOf("Reuters")).toBe("reuters")
    expect(keyOf("١٤٣٦هـ")).toBe("1436 ه")
    expect(keyOf("&quot;سبق&quot;")).toBe("سبق")
  })

  it("keep the original span of every token", () => {
    const s = "  «واشنطن» : (أ ف ب)"
    const t = tokenize(s, 0, s.length)
    expect(t.keys).toEqual(["واشنطن", "ا", "ف", "ب"])
    expect(t.keys.map((_, i) => s.slice(t.starts[i], t.ends[i]))).toEqual(["واشنطن", "أ", "ف", "ب"])
  })

  it("stop at maxTokens and say so", () => {
    const t = tokenize("a b c d", 0, 7, 2)
    expect(t.keys).toEqual(["a", "b"])
    expect(t.truncated).toBe(true)
    expect(tokenize("a b.", 0, 4, 2).truncated).toBe(false)
  })
})
