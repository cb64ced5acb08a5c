import { describe, expect, it } from "vitest"
import { identityAlignment, normalize, tokenize } from "../../src/normalize/index.js"

const edits = (text: string, preset: "display" | "search" | "camel" = "search") =>
  [...normalize(text, preset).alignment.edits()].map((e) => [e.normStart, e.normEnd, e.origStart, e.origEnd])

describe("alignment", () => {
  it("stores nothing for one-to-one replacements", () => {
    const r = normalize("أحمد إلى مدينة ٢٠١٥", "search")
    expect(r.text).toBe("احمد الي مدينه 2015")
    expect(r.alignment.editCount).toBe(0)
    expect(r.toOriginal(9, 14)).toEqual({ start: 9, end: 14 })
  })

  it("gives a deleted diacritic to the letter before it", () => {
    const text = "كَتَبَ"
    expect(edits(text)).toEqual([
      [0, 1, 0, 2],
      [1, 2, 2, 4],
      [2, 3, 4, 6]
    ])
    const r = normalize(text)
    expect(r.toOriginal(0, 3)).toEqual({ start: 0, end: 6 })
    expect(r.toOriginal(1, 2)).toEqual({ start: 2, end: 4 })
  })

  it("gives a deleted bidi mark to no character", () => {
    const text = "\u200fالرياض\u200f جدة"
    const r = normalize(text)
    expect(r.text).toBe("الرياض جده")
    expect(r.toOriginal(0, 6)).toEqual({ start: 1, end: 7 })
    expect(text.slice(1, 7)).toBe("الرياض")
    expect(r.toOriginal(7, 10)).toEqual({ start: 9, end: 12 })
  })

  it("maps a collapsed run of spaces to the whole run", () => {
    const r = normalize("a \u00a0\u200b b")
    expect(r.text).toBe("a b")
    expect(r.toOriginal(1, 2)).toEqual({ start: 1, end: 5 })
    expect(r.toOriginal(2, 3)).toEqual({ start: 5, end: 6 })
  })

  it("maps every character of an expansion to the character it came from", () => {
    const r = normalize("قال… ﻻ")
    expect(r.text).toBe("قال... لا")
    expect(r.toOriginal(3, 6)).toEqual({ start: 3, end: 4 })
    expect(r.toOriginal(4, 5)).toEqual({ start: 3, end: 4 })
    expect(r.toOriginal(7, 9)).toEqual({ start: 5, end: 6 })
  })

  it("maps a free-standing tatweel to the dash it became", () => {
    const text = "عواصم ـــ وكالات"
    const r = normalize(text)
    expect(r.text).toBe("عواصم - وكالات")
    expect(r.toOriginal(6, 7)).toEqual({ start: 6, end: 9 })
  })

  it("maps back tokens found in the search view", () => {
    const text = "وقال الرئيسُ الفرنسيّ\u200f إيمانويل ماكرون في باريس"
    const view = normalize(text, "search")
    const found = tokenize(view.text).find((t) => t.norm === "ماكرون")!
    const o = view.toOriginal(found.start, found.end)
    expect(text.slice(o.start, o.end)).toBe("ماكرون")
    const president = tokenize(view.text).find((t) => t.stem?.norm === "رءيس")!
    const p = view.toOriginal(president.stem!.start, president.stem!.end)
    expect(text.slice(p.start, p.end)).toBe("رئيسُ")
  })

  it("maps empty ranges to points", () => {
    const r = normalize("\u200fab\u200f")
    expect(r.text).toBe("ab")
    expect(r.toOriginal(0, 0)).toEqual({ start: 1, end: 1 })
    expect(r.toOriginal(2, 2)).toEqual({ start: 4, end: 4 })
  })

  it("maps original ranges to the normalized text", () => {
    const r = normalize("كَتَبَ \u200fالدرس")
    expect(r.text).toBe("كتب الدرس")
    expect(r.toNormalized(0, 6)).toEqual({ start: 0, end: 3 })
    expect(r.toNormalized(1, 2)).toEqual({ start: 0, end: 1 }) // a diacritic maps to its letter
    expect(r.toNormalized(7, 8)).toEqual({ start: 4, end: 4 }) // the bidi mark was deleted there
    expect(r.toNormalized(8, 13)).toEqual({ start: 4, end: 9 })
    expect(r.toNormalized(13, 13)).toEqual({ start: 9, end: 9 })
  })

  it("rejects ranges outside the text", () => {
    const r = normalize("abc")
    expect(() => r.toOriginal(-1, 2)).toThrow(RangeError)
    expect(() => r.toOriginal(2, 1)).toThrow(RangeError)
    expect(() => r.toOriginal(0, 4)).toThrow(RangeError)
    expect(() => r.toOriginal(0.5, 1)).toThrow(RangeError)
    expect(() => r.toNormalized(0, 9)).toThrow(RangeError)
  })

  it("works detached from its object", () => {
    const { toOriginal } = normalize("كَتَبَ")
    expect(toOriginal(0, 1)).toEqual({ start: 0, end: 2 })
  })

  it("has an identity", () => {
    const a = identityAlignment(5)
    expect(a.toOriginal(1, 3)).toEqual({ start: 1, end: 3 })
    expect(a.toNormalized(0, 5)).toEqual({ start: 0, end: 5 })
    expect([...a.edits()]).toEqual([])
  })

  it("is compact: edits only where lengths change", () => {
    const line = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد في مدينة جدة. "
    const r = normalize(line.repeat(1000), "search")
    expect(r.alignment.editCount).toBe(0)
    const marked = normalize("شكراً جزيلاً. ".repeat(1000), "search")
    expect(marked.alignment.editCount).toBe(2000)
  })
})
