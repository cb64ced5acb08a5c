import { describe, expect, it } from "vitest"
import { gazetteer, type Lang } from "../../../src/extract/entities/gazetteer.js"
import { segment } from "../../../src/extract/entities/text.js"

// Twenty-eighth session: a sentence's units are made as one slice of its tokens until the first joined unit (U.S.,
// al-Assad, Mr., Germany's); the joins must come out the same wherever they stand in the sentence, and in a sentence
// after the first (whose tokens do not start at 0).
const unitTexts = (text: string, lang: Lang, from = 0): Array<Array<string>> =>
  segment(text, from, text.length, { lang, isKnown: gazetteer(lang).isKnown }).map((s) => s.map((u) => u.text))

const cases: ReadonlyArray<[string, Lang, string, ReadonlyArray<ReadonlyArray<string>>]> = [
  ["no join", "en", "Talks ended late on Friday.", [["Talks", "ended", "late", "on", "Friday", "."]]],
  ["a join first", "en", "U.S. envoys left.", [["U.S.", "envoys", "left", "."]]],
  ["a join last", "en", "The envoys flew to the U.S.", [["The", "envoys", "flew", "to", "the", "U.S."]]],
  ["a join in the middle", "en", "Aides of al-Assad met them.", [["Aides", "of", "al-Assad", "met", "them", "."]]],
  ["two joins and a possessive", "en", "Then Mr. Lee read Germany's note.", [["Then", "Mr.", "Lee", "read", "Germany", "'s", "note", "."]]],
  [
    "joins in the second sentence only",
    "en",
    "Talks ended. Then U.S. envoys met al-Assad aides.",
    [
      ["Talks", "ended", "."],
      ["Then", "U.S.", "envoys", "met", "al-Assad", "aides", "."]
    ]
  ],
  [
    "Arabic sentences without joins",
    "ar",
    "وصل الوفد إلى الرياض. وعقد اجتماعا مع المسؤولين.",
    [
      ["وصل", "الوفد", "إلى", "الرياض", "."],
      ["وعقد", "اجتماعا", "مع", "المسؤولين", "."]
    ]
  ],
  ["an Arabic sentence with a hyphenated date", "ar", "صدر القرار في 2015-08-22 بالرياض.", [["صدر", "القرار", "في", "2015-08-22", "بالرياض", "."]]]
]

describe("units of a sentence (twenty-eighth session)", () => {
  it.each(cases)("%s", (_name, lang, text, expected) => {
    expect(unitTexts(text, lang)).toEqual(expected)
    // every unit slices the text at its offsets
    for (const s of segment(text, 0, text.length, { lang, isKnown: gazetteer(lang).isKnown })) {
      for (const u of s) expect(text.slice(u.start, u.end)).toBe(u.text)
    }
  })

  it("a region that starts inside the text gives the units of that region, at the text's offsets", () => {
    const text = "Intro line.\nThen U.S. envoys met al-Assad aides."
    const from = text.indexOf("Then")
    const sentences = segment(text, from, text.length, { lang: "en" })
    expect(sentences.map((s) => s.map((u) => u.text))).toEqual([["Then", "U.S.", "envoys", "met", "al-Assad", "aides", "."]])
    for (const u of sentences.flat()) expect(text.slice(u.start, u.end)).toBe(u.text)
  })

  it("each sentence gets a list of its own", () => {
    const text = "Talks ended. Talks ended."
    const [a, b] = segment(text, 0, text.length, { lang: "en" })
    expect(a).not.toBe(b)
    a!.push(a![0]!)
    expect(b!.map((u) => u.text)).toEqual(["Talks", "ended", "."])
  })
})
