/**
 * Sixtieth session (helper arent4): `listedBodiesOverPlaces` reads the known bodies from each word and the sentence's
 * mentions in one pass, `clubsAfterClubNoun` one word before each word, and `bodiesNamedForNames` two words before each
 * mention, so a sentence of many airlines, places, clubs and institutions is read in linear time. Ratios against a
 * small input within the test, generous bounds.
 */
import { describe, expect, it } from "vitest"
import { bodiesNamedForNames } from "../../../src/extract/entities/extract.js"
import { clubsAfterClubNoun, listedBodiesOverPlaces, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"

const places = (w: string): "B-LOC" | null => (w === "دبي" || w === "مصر" || w === "جدة" || w === "أثينا" ? "B-LOC" : null)

describe("linear time", () => {
  it("is linear in a run of airlines, places and clubs", () => {
    const make = (n: number): string => `وقال ${"إن فلاي دبي ومصر للطيران ودبي نادي هجر لنادي ".repeat(n)}أمس.`
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, places)
      const own = listedBodiesOverPlaces(units, tagged, mentionsOf(text, units, tagged, "ar", true))
      return own.length + clubsAfterClubNoun(units, tagged, own).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })

  it("is linear in a run of institutions named after places", () => {
    const make = (n: number): string => `وقال ${"إن غرفة جدة وبورصة أثينا إمارة منطقة جدة ".repeat(n)}أمس.`
    const scan = (text: string): number => {
      const { units, tagged, sentence } = oneSentenceTaggedBy(text, places)
      return bodiesNamedForNames([sentence], mentionsOf(text, units, tagged, "ar", true)).length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
