import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { KeySet, idOf, idOfRange, idsOf, registerKey } from "../../../src/extract/internal/keys.js"
import { WORD, identityView, tokenMask, tokensOf } from "../../../src/extract/internal/tokens.js"

const word = fc.string({ unit: fc.constantFrom(..."abcdeوقالفيمن ".split("")), minLength: 1, maxLength: 8 })

describe("KeySet", () => {
  it("answers like a Set of strings, for whole keys and for ranges of a longer string", () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { maxLength: 40 }), fc.array(word, { maxLength: 40 }), (members, probes) => {
        const set = new Set(members)
        const keys = new KeySet(members)
        for (const p of [...members, ...probes]) {
          expect(keys.hasId(idOf(p))).toBe(set.has(p))
          // the same key inside a longer string, read without slicing
          const padded = `xx${p}yy`
          expect(keys.hasRange(padded, 2, 2 + p.length)).toBe(set.has(p))
        }
      })
    )
  })

  it("keeps ids stable while the table grows past its first size", () => {
    const first = registerKey("keys-test-first")
    const many = Array.from({ length: 5000 }, (_, i) => `keys-test-${i}`)
    const set = new KeySet(many)
    expect(idOf("keys-test-first")).toBe(first)
    for (const k of many) expect(set.hasId(idOf(k))).toBe(true)
    expect(set.hasId(idOf("keys-test-absent"))).toBe(false)
    expect(idOfRange("..keys-test-42..", 2, 14)).toBe(idOf("keys-test-42"))
  })

  it("a set made before a key was registered does not contain it", () => {
    const before = new KeySet(["keys-test-a"])
    const id = registerKey("keys-test-late")
    expect(before.hasId(id)).toBe(false)
    expect(new KeySet(["keys-test-late"]).hasId(id)).toBe(true)
  })
})

describe("idsOf", () => {
  it("gives each token the id of its key, and of its key without the first letter", () => {
    const t = tokensOf(identityView("وقال الرئيس keys-probe انه"))
    const set = new KeySet(["قال", "الرئيس"])
    const { ids, tails } = idsOf(t)
    const keys = t.keys.slice(0, t.count)
    expect(keys.map((_, i) => set.hasId(ids[i]!))).toEqual(keys.map((k) => k === "قال" || k === "الرئيس"))
    expect(keys.map((_, i) => set.hasId(tails[i]!))).toEqual(keys.map((k, i) => t.kinds[i] === WORD && k.length > 2 && (k.slice(1) === "قال" || k.slice(1) === "الرئيس")))
  })

  it("reads a tail only for an Arabic word: no Latin letter is a proclitic", () => {
    const t = tokensOf(identityView("وقال xsaid band"))
    const set = new KeySet(["قال", "said", "and"])
    const { ids, tails } = idsOf(t)
    const keys = t.keys.slice(0, t.count)
    expect(keys).toEqual(["وقال", "xsaid", "band"])
    expect(keys.map((_, i) => set.hasId(tails[i]!))).toEqual([true, false, false])
    expect(keys.map((_, i) => set.hasId(ids[i]!))).toEqual([false, false, false])
  })

  it("recomputes the ids of a stream when keys were registered after they were read", () => {
    const t = tokensOf(identityView("one zqxlate two"))
    const early = idsOf(t).ids
    const w = t.keys.indexOf("zqxlate")
    expect(w).toBeGreaterThanOrEqual(0)
    const set = new KeySet(["zqxlate"])
    const late = idsOf(t).ids
    expect(late).not.toBe(early)
    expect(set.hasId(late[w]!)).toBe(true)
  })
})

describe("tokenMask", () => {
  it("marks exactly the tokens that start inside a range, like a token-by-token test", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."ab 1,.\n".split("")), maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(70), fc.nat(20)), { maxLength: 4 }),
        (text, spans) => {
          const t = tokensOf(identityView(text))
          const ranges = spans.map(([s, n]) => ({ start: s, end: s + n }))
          const mask = tokenMask(t, ranges)
          for (let i = 0; i < t.count; i++) {
            const inside = ranges.some((r) => t.starts[i]! >= r.start && t.starts[i]! < r.end)
            expect(mask[i]).toBe(inside ? 1 : 0)
          }
        }
      )
    )
  })
})
