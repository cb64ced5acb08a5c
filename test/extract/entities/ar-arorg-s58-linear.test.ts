/**
 * Fifty-eighth session (helper arorg): `placeEpithetsAlone` (mentions.ts) reads at most two words from each word of a
 * sentence, so a sentence of many epithets, some cut by a nisba or a company's head, is read in linear time. Ratios
 * against a small input within the test, generous bounds.
 */
import { describe, expect, it } from "vitest"
import { mentionsOf, placeEpithetsAlone } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"

describe("linear time", () => {
  it("is linear in a run of epithets, nisbas after them and companies' heads", () => {
    const make = (n: number): string => `وقال ${"إن المملكة والعاصمة المقدسة المملكة الأردنية شركة المملكة بالمملكة العاصمة ".repeat(n)}أمس.`
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, () => null)
      return placeEpithetsAlone(units, tagged, mentionsOf(text, units, tagged, "ar", true)).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
