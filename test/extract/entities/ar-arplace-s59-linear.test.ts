/**
 * The fifty-ninth session's rules (helper arplace; docs/history/entities.md, "Fifty-ninth session: arplace") read a
 * bounded window: `gluedPersonAt` (propagation) one word's glued proclitic and the few words of a key after it, in one
 * copy of the sentence's units made once; `isListedWhole` one mention's words; `listedPlacesAsPlaces` one pass over
 * the mentions. One long sentence of names behind glued prepositions stays linear.
 */
import { describe, expect, it } from "vitest"
import { propagate } from "../../../src/extract/entities/extract.js"
import { linkMentions } from "../../../src/extract/entities/link.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"

/** The mentions of one long sentence, those propagation adds and the linked entities: how many. */
const scan = (text: string): number => {
  const { units, tagged, sentence } = oneSentenceTaggedBy(text, (w) => (w === "دونالد" ? "B-PER" : w === "ترامب" ? "I-PER" : w === "بيونغ" ? "B-LOC" : w === "يانغ" ? "I-LOC" : null))
  const own = mentionsOf(text, units, tagged, "ar", true)
  const all = [...own, ...propagate(text, [sentence], own, "ar", true)].sort((a, b) => a.start - b.start)
  return linkMentions(text, all).length
}

describe("linear time", () => {
  it("is linear in a run of names behind glued prepositions", () => {
    const make = (n: number): string => `قال دونالد ترامب ${"إن مكالمة لترامب وبترامب مع بيونغ يانغ ولبيونغ يانغ لحسن الحظ ".repeat(n)}أمس.`
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
