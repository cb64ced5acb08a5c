/**
 * Sixty-second session (helper arent6): `wholeNamesAfterRanks` reads a bounded number of words before and after each
 * person's mention (the rank's tail, two name words, the name after a tail) and finds each mention's first word with one
 * pointer over the sentence, so a sentence of many ranks and names is read in linear time. Ratios against a small input
 * within the test, generous bounds.
 */
import { describe, expect, it } from "vitest"
import { wholeNamesAfterRanks } from "../../../src/extract/entities/extract.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"

describe("linear time", () => {
  it("is linear in a run of ranks before names the tagger took in part", () => {
    const make = (n: number): string => `وحضر ${"اللواء أسعد محمد العثمان واللواء طيار عبد الحكيم شلبي واللواء ركن سعيد الغامدي ".repeat(n)}أمس.`
    const per = (w: string): "B-PER" | "I-PER" | null =>
      w === "محمد" || w === "طيار" || w === "ركن" ? "B-PER" : w === "العثمان" || w === "عبد" || w === "الحكيم" || w === "شلبي" ? "I-PER" : null
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, per)
      return wholeNamesAfterRanks(text, units, tagged, mentionsOf(text, units, tagged, "ar", true)).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
