/**
 * Adversarial inputs: the work must grow linearly with the input. Each case
 * is timed on a small input and on one 16 times larger, inside this test, and
 * the time per character may grow at most 8 times: a quadratic algorithm grows
 * 16 times, a linear one 1 to 4 times here (the large inputs leave the CPU
 * caches, and the machine is shared). No absolute timings are asserted.
 */
import { describe, expect, it } from "vitest"
import { normalize, sentences, tokenize } from "../../src/normalize/index.js"
import { growth } from "../util/growth.js"

const BOUND = 8

const CASES: ReadonlyArray<readonly [string, string]> = [
  ["tatweel", "\u0640"],
  ["tatweel and spaces", "\u0640 "],
  ["mixed diacritics", "\u064e\u0651\u064b\u0650\u0652\u0670\u064f"],
  ["letters and marks", "\u0628\u064e"],
  ["composing marks", "\u0654\u0655"],
  ["alef and hamza above", "\u0627\u0654"],
  ["spaces and invisibles", " \u200b\u00a0\u200f"],
  ["expansions", "\ufdfa\u2026\ufefb"],
  ["line breaks", "\r\n"],
  ["dots", "a."],
  ["digits and separators", "1."],
  ["clitic letters", "\u0648\u0628\u0627\u0644"],
  ["lone surrogates", "\ud800\u064e"],
  ["character references", "&quot;\u00a0"],
  ["references left as written", "&amp;quot;\u0301"],
  ["ampersands and semicolons", "&&#x;amp;"],
  ["letters and references to letters", "a&#233;"]
]

describe("linear time on adversarial input", () => {
  for (const [name, unit] of CASES) {
    it(`normalize: ${name}`, () => {
      for (const preset of ["display", "search", "camel"] as const) {
        const g = growth(unit, 1 << 15, (s) => normalize(s, preset))
        expect(g, `${preset}: time per character grew ${g.toFixed(2)} times`).toBeLessThan(BOUND)
      }
    })
    it(`tokenize and sentences: ${name}`, () => {
      const t = growth(unit, 1 << 13, (s) => tokenize(s))
      expect(t, `tokenize: time per character grew ${t.toFixed(2)} times`).toBeLessThan(BOUND)
      const s = growth(unit, 1 << 15, (x) => sentences(x))
      expect(s, `sentences: time per character grew ${s.toFixed(2)} times`).toBeLessThan(BOUND)
    })
  }

  it("normalizes 1 MB of tatweel, of diacritics and 200,000 letter-mark pairs", () => {
    expect(normalize("\u0640".repeat(1 << 20), "search").text).toBe("-")
    expect(normalize("\u064e\u0651".repeat(1 << 19), "search").text).toBe("")
    expect(normalize("\u0628\u064e".repeat(200_000), "search").text).toBe("\u0628".repeat(200_000))
  })
})
