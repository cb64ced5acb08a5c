import { describe, expect, it } from "vitest"
import { normalize, normalizeText, presets } from "../../src/normalize/index.js"

describe("the display preset", () => {
  it("cleans what a reader sees and never folds letters", () => {
    const text = "\ufeffعواصم\u00a0ـ  وكالات:\u200f أعلنت ﺍﻟﻮﺯﺍﺭﺓ أنّ المدينة الأولى على الخريطة"
    expect(normalizeText(text, "display")).toBe("عواصم ـ وكالات: أعلنت الوزارة أنّ المدينة الأولى على الخريطة")
  })
  it("keeps digits, punctuation, quotes and case", () => {
    const text = "قال «نعم» في ٢٠١٥، Reuters…"
    expect(normalizeText(text, "display")).toBe(text)
  })
  it("keeps word ligatures and expands letter ligatures", () => {
    expect(normalizeText("محمد ﷺ ﻻ", "display")).toBe("محمد ﷺ لا")
  })
  it("returns the very same string when there is nothing to do", () => {
    const text = "نص عادي بلا تغيير"
    expect(normalize(text, "display").text).toBe(text)
    expect(normalize(text, "display").alignment.editCount).toBe(0)
  })
})

describe("the search preset", () => {
  it("folds everything", () => {
    expect(normalizeText("عواصم ـ وكالات: أعلنت الوزارةُ أنّ المسؤول في «جدة» زار ٣ مدن…", "search")).toBe(
      'عواصم - وكالات: اعلنت الوزاره ان المسءول في "جده" زار 3 مدن...'
    )
    expect(normalizeText("The CAFÉ’s “menu” — Zürich", "search")).toBe(`the cafe's "menu" - zurich`)
  })
  it("makes spelling variants meet", () => {
    const same = ["مسؤول", "مسئول", "مسـؤول", "مَسْؤُول", "ﻣﺴﺆﻭﻝ"]
    expect(new Set(same.map((w) => normalizeText(w, "search"))).size).toBe(1)
    const cities = ["الرياض", "الرّياض", "ﺍﻟﺮﻳﺎﺽ", "الريـــاض", "\u200fالرياض"]
    expect(new Set(cities.map((w) => normalizeText(w, "search"))).size).toBe(1)
  })
  it("turns a free-standing tatweel into a dash and removes it inside words", () => {
    expect(normalizeText("الريـــاض ـ واس", "search")).toBe("الرياض - واس")
  })
})

describe("the camel preset", () => {
  it("is CAMeL Tools' five functions composed", () => {
    expect(normalizeText("إلى المستشفى في مدينةِ جدة ﷽", "camel")).toBe("الي المستشفي في مدينه جده بسم الله الرحمن الرحيم")
  })
  it("keeps what CAMeL keeps: tatweel, Quranic marks, digits, punctuation", () => {
    expect(normalizeText("عواصم ـ وكالات «٣»", "camel")).toBe("عواصم ـ وكالات «٣»")
  })
})

describe("presets", () => {
  it("are frozen lists of steps", () => {
    expect(Object.isFrozen(presets)).toBe(true)
    expect(Object.isFrozen(presets.search)).toBe(true)
    expect(presets.display.map((s) => s.name)).toEqual(["characterReferences", "unicode", "presentationForms", "invisibles", "spaces"])
    expect(presets.camel.map((s) => s.name)).toEqual(["unicode", "diacritics", "alef", "yeh", "tehMarbuta"])
  })
  it("default to search", () => {
    expect(normalizeText("أحمد")).toBe("احمد")
  })
  it("reject an unknown preset name", () => {
    expect(() => normalize("x", "nope" as "search")).toThrow(TypeError)
  })
  it("reject what is not a string", () => {
    expect(() => normalize(undefined as unknown as string)).toThrow(TypeError)
  })
  it("handle the empty string and lone surrogates", () => {
    expect(normalize("").text).toBe("")
    expect(normalizeText("\ud800a\udc00", "search")).toBe("\ud800a\udc00")
    expect(normalizeText("a\ud83d", "display")).toBe("a\ud83d")
  })
})
