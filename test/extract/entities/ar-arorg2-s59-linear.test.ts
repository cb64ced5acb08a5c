/**
 * Fifty-ninth session (helper arorg2): `headedBodies` reads at most a few words after each head of a sentence and
 * `bodiesInMarks` at most a few words after each noun before a mark, so a sentence of many heads, genitives, nisbas and
 * marks is read in linear time. Ratios against a small input within the test, generous bounds.
 */
import { describe, expect, it } from "vitest"
import { bodiesInMarks, headedBodies, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"

describe("linear time", () => {
  it("is linear in a run of body heads, genitives, second genitives and nisbas", () => {
    const make = (n: number): string => `وقال ${"إن وزارة الشباب والرياضة الجزائرية والهيئة السعودية للتخصصات الصحية لجنة من جمعية البر ".repeat(n)}أمس.`
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, () => null)
      return headedBodies(units, tagged, mentionsOf(text, units, tagged, "ar", true)).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })

  it("is linear in a run of nouns and marks, closed or not", () => {
    const make = (n: number): string => `وقال ${"إن صحيفة \"الاقتصادية\" وشركة «أكوا باور ونور» قناة \" ".repeat(n)}أمس.`
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, () => null)
      return bodiesInMarks(units, tagged, mentionsOf(text, units, tagged, "ar", true)).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
