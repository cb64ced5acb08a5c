/**
 * Adversarial bodies: a signature must cost time linear in the body.
 * Each case is timed on a small body and on one 16 times larger, inside this
 * test; the time per character may grow at most 8 times (a quadratic
 * algorithm grows 16 times). No absolute timings are asserted.
 */
import { describe, expect, it } from "vitest"
import { makeSigner } from "../../src/dedupe/index.js"
import { growth } from "../util/growth.js"

const BOUND = 8

const CASES: ReadonlyArray<readonly [string, string]> = [
  ["one endless word", "x"],
  ["one-letter words", "a "],
  ["the same five words again and again", "one two three four five "],
  ["Arabic letters with vowel marks", "\u0628\u064e\u0651 "],
  ["tatweel", "\u0640"],
  ["vowel marks alone", "\u064e\u0651\u064b"],
  ["punctuation alone", ".,;!?\u060c"],
  ["lone surrogates and letters", "\ud800a\udc00 "],
  ["no-break spaces and invisibles", "w\u00a0\u200b"]
]

describe("linear time on adversarial bodies", () => {
  const sign = makeSigner()
  for (const [name, unit] of CASES) {
    it(`signature: ${name}`, () => {
      const g = growth(unit, 1 << 13, (s) => sign({ id: "x", paragraphs: [{ text: s }] }))
      expect(g, `time per character grew ${g.toFixed(2)} times`).toBeLessThan(BOUND)
    })
  }
})
