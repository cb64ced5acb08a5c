import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { StringSieve } from "../../src/internal/sieve.js"

describe("StringSieve", () => {
  it("never turns away a (non-empty) string of the set, nor a suffix that is one", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 40 }), fc.string({ maxLength: 4 }), (words, prefix) => {
        const sieve = new StringSieve(words, 20)
        for (const w of words) {
          expect(sieve.mayHave(w)).toBe(true)
          expect(sieve.mayHave(prefix + w, prefix.length)).toBe(true)
        }
      }),
      { numRuns: 500 }
    )
  })

  it("turns away most strings that are not in a small set", () => {
    const sieve = new StringSieve(["قال", "قالت", "يقول", "وزير"], 16)
    const others = ["كتب", "رئيس", "الحكومة", "مدينة", "شارع", "بيان", "مؤتمر", "صحفي", "اليوم", "أمس"]
    expect(others.filter((w) => sieve.mayHave(w)).length).toBeLessThanOrEqual(1)
    expect(sieve.mayHave("وقال", 1)).toBe(true)
  })
})
