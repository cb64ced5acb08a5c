/**
 * Sixty-first session (helper arent5): `namesAfterRanks` reads up to four words after each rank and moves past the
 * name it takes, and `wholeNamesAfterRanks` finds each mention's first word with one pointer over the sentence, so a
 * sentence of many ranks and names is read in linear time. Ratios against a small input within the test, generous
 * bounds.
 */
import { describe, expect, it } from "vitest"
import { namesAfterRanks, wholeNamesAfterRanks } from "../../../src/extract/entities/extract.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"

describe("linear time", () => {
  it("is linear in a run of ranks before names the tagger left out", () => {
    const make = (n: number): string => `وحضر ${"الفريق أول صدقي صبحي واللواء مسفر بن سعد الخثعمي والعميد دائما الفريق أول تدريباته ".repeat(n)}أمس.`
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, () => null)
      return namesAfterRanks(text, units, tagged, []).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })

  it("is linear in a run of people after a staff rank", () => {
    const make = (n: number): string => `وحضر ${"الفريق أول ركن عبدالرحمن البنيان و ".repeat(n)}أمس.`
    const per = (w: string): "B-PER" | "I-PER" | null => (w === "ركن" ? "B-PER" : w === "عبدالرحمن" || w === "البنيان" ? "I-PER" : null)
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, per)
      return wholeNamesAfterRanks(text, units, tagged, mentionsOf(text, units, tagged, "ar", true)).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
