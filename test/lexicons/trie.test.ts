import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { PhraseTrie } from "../../src/lexicons/trie.js"

/** The reference: every phrase in a map by its keys joined with a separator no key holds (the first value stays). */
const reference = (phrases: ReadonlyArray<readonly [ReadonlyArray<string>, number]>) => {
  const byText = new Map<string, number>()
  // (keys as JSON, not joined with a separator: ["", ""] and ["|"] are two phrases)
  for (const [keys, v] of phrases) if (!byText.has(JSON.stringify(keys))) byText.set(JSON.stringify(keys), v)
  return {
    longestAt: (keys: ReadonlyArray<string>, at: number, limit: number) => {
      for (let end = limit; end > at; end--) {
        const v = byText.get(JSON.stringify(keys.slice(at, end)))
        if (v !== undefined) return { value: v, length: end - at }
      }
      return null
    }
  }
}

const key = fc.constantFrom("في", "يوم", "الاثنين", "من", "العام", "الماضي", "x")
const phrase = fc.array(key, { minLength: 1, maxLength: 4 })

describe("PhraseTrie", () => {
  it("longestAt is the longest stored phrase starting at a key, within the limit, with the first value added", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.integer({ min: 0, max: 99 })), { maxLength: 12 }), fc.array(key, { maxLength: 10 }), fc.nat(), fc.nat(), (phrases, keys, a, b) => {
        const trie = new PhraseTrie<number>()
        for (const [p, v] of phrases) trie.add(p, v)
        const ref = reference(phrases)
        const at = keys.length === 0 ? 0 : a % (keys.length + 1)
        const limit = at + (keys.length - at === 0 ? 0 : b % (keys.length - at + 1))
        expect(trie.longestAt(keys, at, limit)).toEqual(ref.longestAt(keys, at, limit))
        expect(trie.longestAt(keys, at)).toEqual(ref.longestAt(keys, at, keys.length))
      }),
      { numRuns: 2000 }
    )
  })

  it("reports the shorter phrase when the longer one is cut by the limit", () => {
    const trie = new PhraseTrie<string>()
    trie.add(["يوم"], "day")
    trie.add(["يوم", "الاثنين"], "monday")
    const keys = ["يوم", "الاثنين"]
    expect(trie.longestAt(keys, 0)).toEqual({ value: "monday", length: 2 })
    expect(trie.longestAt(keys, 0, 1)).toEqual({ value: "day", length: 1 })
    expect(trie.longestAt(keys, 1)).toBeNull()
    expect(trie.startsWith("يوم")).toBe(true)
    expect(trie.maxLength).toBe(2)
  })

  it("one(key) is exact([key], 0, 1): a phrase of that one key, not the first key of a longer one", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(phrase, fc.integer({ min: 0, max: 99 })), { maxLength: 12 }), key, (phrases, k) => {
        const trie = new PhraseTrie<number>()
        for (const [p, v] of phrases) trie.add(p, v)
        expect(trie.one(k)).toBe(trie.exact([k], 0, 1))
      }),
      { numRuns: 1000 }
    )
    const trie = new PhraseTrie<string>()
    trie.add(["يوم", "الاثنين"], "monday")
    expect(trie.one("يوم")).toBeUndefined()
    trie.add(["يوم"], "day")
    expect(trie.one("يوم")).toBe("day")
    expect(trie.one("الاثنين")).toBeUndefined()
  })

  it("keeps phrases apart whose keys join to the same text (fast-check's counterexample, seed -1225929394)", () => {
    const trie = new PhraseTrie<number>()
    trie.add(["", ""], 0)
    expect(trie.longestAt(["|"], 0)).toBeNull()
    expect(trie.longestAt(["", ""], 0)).toEqual({ value: 0, length: 2 })
  })

  it("gives the same answers with its sieve of first keys, when phrases are added after the first look-up too", () => {
    // many distinct keys (the sieve turns most strangers away; one whose bit is set goes on to the map), the empty
    // key, and adds between look-ups (the sieve is made at the first look-up and takes the later first keys)
    const anyKey = fc.oneof(key, fc.string({ maxLength: 4 }), fc.string({ unit: fc.constantFrom("ا", "ل", "م", "ن", "ي", "و"), maxLength: 5 }))
    const step = fc.oneof(
      fc.tuple(fc.constant("add" as const), fc.array(anyKey, { minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 99 })),
      fc.tuple(fc.constant("ask" as const), fc.array(anyKey, { minLength: 1, maxLength: 3 }), fc.constant(0))
    )
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const trie = new PhraseTrie<number>()
        const added: Array<readonly [ReadonlyArray<string>, number]> = []
        for (const [op, keys, v] of steps) {
          if (op === "add") {
            trie.add(keys, v)
            added.push([keys, v])
            continue
          }
          const ref = reference(added)
          const firsts = new Set(added.map(([p]) => p[0]!))
          expect(trie.longestAt(keys, 0)).toEqual(ref.longestAt(keys, 0, keys.length))
          expect(trie.startsWith(keys[0]!)).toBe(firsts.has(keys[0]!))
          expect(trie.one(keys[0]!)).toBe(ref.longestAt([keys[0]!], 0, 1)?.value)
          expect(trie.exact(keys, 0, keys.length)).toBe(added.find(([p]) => JSON.stringify(p) === JSON.stringify(keys))?.[1])
        }
      }),
      { numRuns: 1000 }
    )
    // a trie of many first keys: each one is found, and look-ups of keys it does not hold say so
    const big = new PhraseTrie<number>()
    for (let i = 0; i < 5000; i++) big.add([`w${i}`], i)
    for (let i = 0; i < 5000; i++) expect(big.one(`w${i}`)).toBe(i)
    for (let i = 5000; i < 10000; i++) expect(big.startsWith(`w${i}`)).toBe(false)
    big.add(["w10000", "x"], 1)
    expect(big.startsWith("w10000")).toBe(true)
    expect(big.longestAt(["w10000", "x"], 0)).toEqual({ value: 1, length: 2 })
  })
})
