import { describe, expect, it } from "vitest"
import yearsFile from "../../../src/lexicons/dates/english-years.json" with { type: "json" }
import calendarWordsFile from "../../../src/lexicons/dates/calendar-words.json" with { type: "json" }
import { EnglishYearsFile, englishYearWords } from "../../../src/extract/dates/english-years.js"
import { CalendarWordsFile, dateLexicons } from "../../../src/extract/dates/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"

/**
 * The date lexicons moved or reshaped in session 26: the English year readers' word lists (`english-years.json`, once
 * sets in `english.ts`) and the period modifiers grouped by the part they name (`periodModifiers.parts`).
 */
describe("english-years.json", () => {
  const decode = decodeLexicon(EnglishYearsFile, "dates/english-years")

  it("decodes, with no word twice in a list and every list described", () => {
    const file = decode(yearsFile)
    for (const [name, value] of Object.entries(file)) {
      if (typeof value !== "object") continue
      expect(value.description.length, name).toBeGreaterThan(20)
      expect(new Set(value.words).size, name).toBe(value.words.length)
    }
  })

  it("rejects a word the tokenizer's keys never are (capitals, spaces, digits) and a list it does not know", () => {
    for (const bad of ["GMT", "per cent", "4x4", ""]) {
      expect(() => decode({ ...yearsFile, clockAfter: { description: "Words after four digits.", words: [bad] } })).toThrow(LexiconError)
    }
    expect(() => decode({ ...yearsFile, extraList: { description: "Not a list of the file.", words: ["a"] } })).toThrow(/english-years/)
  })

  it("is what the year readers read", () => {
    const w = englishYearWords()
    expect(w.eventHeads.has("euro")).toBe(true)
    expect(w.quantityBefore.has("than")).toBe(true)
    expect(w.yearPrepositions.has("since")).toBe(true)
    expect(w.clockAfter.has("gmt")).toBe(true)
  })
})

describe("periodModifiers in calendar-words.json", () => {
  const decode = decodeLexicon(CalendarWordsFile, "dates/calendar-words")

  it("names each part once, and every Arabic modifier still opens a period phrase for the scanner", () => {
    const file = decode(calendarWordsFile)
    expect(file.periodModifiers.parts.map((p) => p.mod).sort()).toEqual(["end", "mid", "start"])
    const lex = dateLexicons()
    expect(lex.periodParts.ar.size).toBe(file.periodModifiers.parts.reduce((n, p) => n + p.ar.length, 0))
    for (const k of lex.periodParts.ar.keys()) expect(lex.periodModifiers.has(k), k).toBe(true)
    expect(lex.periodParts.enAdjectives.get("late")).toBe("end")
    expect(lex.periodParts.enNouns.get("beginning")).toBe("start")
  })

  it("rejects a part TIMEX3 does not have", () => {
    const parts = [{ mod: "sometime", ar: ["أحيانا"], enAdjectives: [], enNouns: [] }]
    expect(() => decode({ ...calendarWordsFile, periodModifiers: { ...calendarWordsFile.periodModifiers, parts } })).toThrow(LexiconError)
  })
})
