/**
 * Sixty-first session (helper arquote17): `ranIntoAdjective` and `speakerCutInTwo` (linking's corrections) read the
 * spaces around each person's mention and one word before it, and `titleSurnameBeforeNisba` two words after a
 * one-word person, so a document of many such names is read in linear time. Ratios against a small input within the
 * test, generous bounds.
 */
import { describe, expect, it } from "vitest"
import { linkMentions } from "../../../src/extract/entities/link.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"

const people = (w: string): "B-PER" | "I-PER" | null => (w === "محمد" || w === "عدنان" || w === "كرمانج" || w === "عزت" ? "B-PER" : w === "صلاح" || w === "سعيد" || w === "سليمان" ? "I-PER" : null)

describe("linear time", () => {
  it("is linear in a run of speakers' names cut short or run on", () => {
    const make = (n: number): string => `${"محمد صلاح سعيد بالظهور قال محمد صلاح و قال عدنان مفتي القيادي و قال كرمانج عزت سليمان، ثم ".repeat(n)}انتهى.`
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, people)
      return linkMentions(text, mentionsOf(text, units, tagged, "ar")).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
