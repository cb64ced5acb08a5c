import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { fnv1a64 } from "../../src/internal/hash.js"

/** FNV-1a, 64-bit, over UTF-16 code units, in BigInt: the definition the fast version must give. */
const reference = (text: string): string => {
  let h = 0xcbf29ce484222325n
  for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * 0x100000001b3n) & 0xffffffffffffffffn
  return h.toString(16).padStart(16, "0")
}

describe("fnv1a64", () => {
  it("is FNV-1a over the code units, 64 bits, as 16 hex digits", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325")
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c")
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "binary", maxLength: 40 }), fc.string({ unit: fc.constantFrom("\uffff", "\u0000", "\ud800", "ي", "z"), maxLength: 60 })), (s) => {
        expect(fnv1a64(s)).toBe(reference(s))
      }),
      { numRuns: 3000 }
    )
  })
})
