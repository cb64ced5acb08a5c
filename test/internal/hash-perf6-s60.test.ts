import { describe, expect, it } from "vitest"
import { fnv1a64 } from "../../src/internal/hash.js"

/**
 * Sixtieth session, helper perf6 (a speed change): `fnv1a64` takes the carry of the low half times the prime's low
 * part (0x1b3) from the half's two 16-bit halves, in integers, instead of a double divided by 2^32 and floored. The
 * hashes must be FNV-1a's, as before (the values below are the BigInt definition's, see hash.test.ts): code units that
 * make the largest carries (U+FFFF), zeros, Arabic text, a long text, a surrogate pair.
 */
describe("fnv1a64 with the carry in integers (sixtieth session, helper perf6)", () => {
  const rows: ReadonlyArray<readonly [string, string]> = [
    ["", "cbf29ce484222325"],
    ["a", "af63dc4c8601ec8c"],
    ["\uffff", "b01d724c873d466e"],
    ["\uffff".repeat(64), "52bf91d3a2c57fe5"],
    ["\u0000".repeat(7), "778b1a14b6876aa7"],
    ["قال الوزير إن الاجتماع عقد أمس", "805f2608fbbe7213"],
    ["a".repeat(1000), "3c835852fbac676d"],
    ["\ud83d\ude00 emoji", "fbfd2376cf75bc36"]
  ]
  for (const [text, hash] of rows) {
    it(`${JSON.stringify(text.length > 40 ? `${text.slice(0, 3)}… (${text.length})` : text)}`, () => {
      expect(fnv1a64(text)).toBe(hash)
    })
  }
})
