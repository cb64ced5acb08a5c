/**
 * Sixty-second session (helper tidy6): `arabicWordAfter` (evidence.ts) reads the spaces after an offset and at most 16
 * code units of a word, so reading the word after each word of a text is linear in the text, runs of spaces and long
 * words included. Ratios against a small input within the test, generous bounds.
 */
import { describe, expect, it } from "vitest"
import { arabicWordAfter } from "../../../src/extract/entities/evidence.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"

/** The count of words `arabicWordAfter` finds after each offset of `text` that ends a run of letters. */
const scan = (text: string): number => {
  let found = 0
  for (let at = 1; at < text.length; at++) if (text.charCodeAt(at) === 0x20 && text.charCodeAt(at - 1) !== 0x20 && arabicWordAfter(text, at) !== null) found++
  return found
}

describe("linear time", () => {
  it("is linear in a text of words, runs of spaces and words of more than 16 letters", () => {
    const make = (n: number): string => `وقال ${"يوهان فان دير   بيرغ\u00a0 ".repeat(n)}${"ب".repeat(40)} ${"     ".repeat(n)}أمس.`
    expect(growth(make, scan, 400)).toBeLessThan(LINEAR_BOUND)
  })
})
