import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { sentences } from "../../src/normalize/index.js"
import { someText } from "./arbitraries.js"

const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end))

describe("sentences", () => {
  it("ends Arabic sentences at . ؟ ! ؛ and at line breaks", () => {
    expect(split("انتهى الاجتماع. هل نجح؟ نعم! ثم غادروا؛ وبقي الوفد\nسطر ثان")).toEqual([
      "انتهى الاجتماع.",
      "هل نجح؟",
      "نعم!",
      "ثم غادروا؛",
      "وبقي الوفد",
      "سطر ثان"
    ])
  })

  it("knows Arabic abbreviations", () => {
    expect(split("التقى د. محمد بالأستاذ أ. علي و أ.د. سالم في ش. الملك فهد. ثم عادوا")).toEqual([
      "التقى د. محمد بالأستاذ أ. علي و أ.د. سالم في ش. الملك فهد.",
      "ثم عادوا"
    ])
  })

  it("ends a sentence after an era letter that follows a number", () => {
    expect(split("وقع ذلك عام 2015 م. وفي 1436 هـ. تغير الأمر")).toEqual(["وقع ذلك عام 2015 م.", "وفي 1436 هـ.", "تغير الأمر"])
  })

  it("keeps closing quotes and brackets with their sentence", () => {
    expect(split("قال: «لن نتراجع.» وأضاف (وهو غاضب!) أن الأمر انتهى.")).toEqual([
      "قال: «لن نتراجع.»",
      "وأضاف (وهو غاضب!)",
      "أن الأمر انتهى."
    ])
  })

  it("knows English abbreviations and initials", () => {
    expect(split("Mr. Smith met Dr. J. Doe in Jan. 2015 at 3 p.m. yesterday. Prices rose 3.5 percent. See www.spa.gov.sa now.")).toEqual([
      "Mr. Smith met Dr. J. Doe in Jan. 2015 at 3 p.m. yesterday.",
      "Prices rose 3.5 percent.",
      "See www.spa.gov.sa now."
    ])
  })

  it("ends a sentence after an abbreviation before a sentence opener", () => {
    expect(split("He moved to the U.S. The move was long. Shares of Acme Inc. rose.")).toEqual([
      "He moved to the U.S.",
      "The move was long.",
      "Shares of Acme Inc. rose."
    ])
  })

  it("treats an ellipsis as an end only before a line break or a capital", () => {
    expect(split("وقال ... إن الأمر انتهى...\nثم")).toEqual(["وقال ... إن الأمر انتهى...", "ثم"])
    expect(split("He paused… Then he left… and came back")).toEqual(["He paused…", "Then he left… and came back"])
  })

  it("trims whitespace and invisible marks around sentences", () => {
    const text = "  \u200fجملة أولى.   جملة ثانية  \n\n"
    expect(split(text)).toEqual(["جملة أولى.", "جملة ثانية"])
  })

  it("returns ordered, disjoint, non-empty ranges on any text", () => {
    fc.assert(
      fc.property(someText, (s) => {
        let last = 0
        for (const r of sentences(s)) {
          expect(r.start).toBeGreaterThanOrEqual(last)
          expect(r.end).toBeGreaterThan(r.start)
          expect(r.end).toBeLessThanOrEqual(s.length)
          expect(/^\s/u.test(s.slice(r.start, r.end))).toBe(false)
          last = r.end
        }
      }),
      { numRuns: 300 }
    )
  })
})
