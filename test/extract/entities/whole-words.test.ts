/**
 * Common words that read as a proclitic and a listed name stay whole
 * (`src/lexicons/gazetteers/whole-words.json`): `لدينا` ("we have") is not
 * `ل` + `دينا`, `لجان` ("committees") is not `ل` + `جان`. Sentences written
 * for this test in wire style.
 */
import { describe, expect, it } from "vitest"
import { extractEntities } from "../../../src/extract/entities/extract.js"
import { gazetteer, GazetteerError, loadWholeWords, validateWholeWords } from "../../../src/extract/entities/gazetteer.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import { segment } from "../../../src/extract/entities/text.js"

const cores = (w: string): Array<string> => segment(w, 0, w.length, { lang: "ar", isKnown: gazetteer("ar").isKnown }).flat().map((u) => u.core)

describe("whole words", () => {
  it("the file validates and states its source; a malformed one is refused", () => {
    const f = loadWholeWords()
    expect(f.source.length).toBeGreaterThan(40)
    expect(f.ar).toContain("لدينا")
    expect(() => validateWholeWords({ ...f, category: "names" })).toThrow(GazetteerError)
    expect(() => validateWholeWords({ ...f, ar: [""] })).toThrow(/ar\.0/)
  })

  it.each([
    ["لدينا", ["لدينا"]],
    ["لجان", ["لجان"]],
    ["للجان", ["للجان"]],
    ["فشل", ["فشل"]],
    ["وفيات", ["وفيات"]],
    ["بليون", ["بليون"]],
    ["كسرت", ["كسرت"]],
    // foreign names that begin with the letter of the conjunction, alone and after a proclitic
    ["ويلسون", ["ويلسون"]],
    ["ويكيليكس", ["ويكيليكس"]],
    ["ووتش", ["ووتش"]],
    ["لويست", ["ويست"]],
    // a proclitic before a whole word is still cut off, and before a name it still is
    ["بلجان", ["لجان"]],
    ["لمحمد", ["محمد"]],
    ["ويقول", ["يقول"]],
    ["بويلسون", ["ويلسون"]]
  ] as const)("%s", (word, expected) => {
    expect(cores(word)).toEqual(expected)
  })

  it.each([
    "وقال المدير إن لدينا خطة واضحة لتطوير الخدمات.",
    "وعقدت لجان المهرجان اجتماعها الأول أمس بحضور المنظمين.",
    "وأكد أن فشل المفاوضات سيعيد الأزمة إلى نقطة الصفر.",
    "وارتفع عدد الوفيات إلى عشرة، فيما سجلت المستشفيات وفيات جديدة."
  ])("no name in: %s", (text) => {
    expect(extractEntities(text, bundledTagger("ar")).filter((e) => e.type === "PERSON" || e.type === "ORGANIZATION")).toEqual([])
  })
})
