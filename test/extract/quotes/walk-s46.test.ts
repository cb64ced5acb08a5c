/**
 * The walks over an entity mention's tokens (forty-sixth session, helper walk): `walkPast` (forwards, to the token after a
 * mention or to a mention's first token) and `walkBack` (backwards, to the first token of the mention that ends at a
 * token), which replaced the loops the speaker rules wrote out by hand. Their offsets are original ones: a view whose
 * offsets map onto other original offsets is walked by the original ones. Sentences written for this test in the style
 * of the wires. Last, the bound on the English term in marks: its quote's closing mark (or the next quote's opening one)
 * read at most 64 tokens after the term (`TERM_AFTER`; two hundred before).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { EntityIndex, type TokenEdge } from "../../../src/extract/quotes/entity-index.js"
import { quotesOf } from "../../../src/extract/quotes/index.js"
import { RangeFilter } from "../../../src/extract/internal/ranges.js"
import { WORD, identityView, tokensOf } from "../../../src/extract/internal/tokens.js"
import type { TextView } from "../../../src/model/view.js"

/** An entity index over a text with no entities, its walks made public. */
class Walker extends EntityIndex {
  constructor(view: TextView) {
    super(tokensOf(view), view.text, [], new RangeFilter([]))
  }
  get count(): number {
    return this.t.count
  }
  /** The text walked (the view's). */
  get source(): string {
    return this.text
  }
  /** The token that holds the view offset of `needle`'s first character. */
  at(needle: string, from = 0): number {
    const o = this.text.indexOf(needle, from)
    for (let k = 0; k < this.t.count; k++) if (this.t.starts[k]! <= o && o < this.t.ends[k]!) return k
    throw new Error(`no token at ${needle}`)
  }
  word(k: number): string {
    return this.text.slice(this.t.starts[k]!, this.t.ends[k]!)
  }
  edge(k: number, edge: TokenEdge): number {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    return edge === "start" ? o.start : o.end
  }
  isWord(k: number): boolean {
    return this.t.kinds[k] === WORD
  }
  past(k: number, limit: number, offset: number, edge: TokenEdge, words = false): number {
    return this.walkPast(k, limit, offset, edge, words)
  }
  back(k: number, lo: number, offset: number, edge: TokenEdge, words = false): number {
    return this.walkBack(k, lo, offset, edge, words)
  }
}

const walker = (text: string): Walker => new Walker(identityView(text))

describe("walkPast: the token after a mention, or a mention's first token", () => {
  const text = "وقال وزير الخارجية عادل الجبير، إن المملكة ماضية في دعمها"
  const w = walker(text)
  const name = { start: text.indexOf("عادل"), end: text.indexOf("الجبير") + "الجبير".length }

  it.each<[string, TokenEdge, boolean, string]>([
    ["end", "end", false, "،"],
    ["start", "start", false, "،"],
    // (with words, the comma after the name stops the walk as it would anyway)
    ["end, words", "end", true, "،"]
  ])("from the name's first token by its %s: the comma after it", (_, edge, words, after) => {
    const k = w.past(w.at("عادل"), w.count, name.end, edge, words)
    expect(w.word(k)).toBe(after)
  })

  it("by the mention's start from the phrase's first token: the mention's first token", () => {
    expect(w.word(w.past(w.at("وزير"), w.count, name.start, "end"))).toBe("عادل")
  })

  it("stops at the limit (a bound in tokens), and at once when the first token is not before the offset", () => {
    const k = w.at("وزير")
    expect(w.past(k, k + 2, name.end, "end")).toBe(k + 2)
    expect(w.past(w.at("إن"), w.count, name.end, "end")).toBe(w.at("إن"))
    expect(w.past(k, k, name.end, "end")).toBe(k)
  })

  it("with words, stops at a token that is no word", () => {
    const u = walker("قال الوزير، عادل الجبير إن")
    expect(u.word(u.past(u.at("الوزير"), u.count, u.source.indexOf("إن"), "start", true))).toBe("،")
    expect(u.word(u.past(u.at("الوزير"), u.count, u.source.indexOf("إن"), "start"))).toBe("إن")
  })

  it("a token the offset falls inside stops the walk by the end, not by the start", () => {
    // (a mention that ends inside a token: `Ruiz` of `Ruizes`)
    const u = walker("Ana Ruizes said it")
    const end = u.source.indexOf("Ruizes") + 4
    expect(u.word(u.past(u.at("Ana"), u.count, end, "end"))).toBe("Ruizes")
    expect(u.word(u.past(u.at("Ana"), u.count, end, "start"))).toBe("said")
  })

  it("reads original offsets, not the view's", () => {
    // (a view whose every offset stands at twice its own in the original)
    const text = "Ana Ruiz said it"
    const u = new Walker({ text, toOriginal: (start, end) => ({ start: start * 2, end: end * 2 }) })
    const end = text.indexOf(" said")
    expect(u.word(u.past(u.at("Ana"), u.count, end, "end"))).toBe("Ruiz")
    expect(u.word(u.past(u.at("Ana"), u.count, end * 2, "end"))).toBe("said")
  })
})

describe("walkBack: the first token of the mention that ends at a token", () => {
  const text = "Prime Minister Theresa May said on Monday"
  const w = walker(text)
  const start = text.indexOf("Theresa")

  it.each<[TokenEdge, boolean]>([
    ["start", false],
    ["start", true],
    ["end", false],
    ["end", true]
  ])("by the %s edge (words: %s): the name's first token", (edge, words) => {
    expect(w.word(w.back(w.at("May"), 0, start, edge, words))).toBe("Theresa")
  })

  it("never below lo, and at once when the token before is not after the offset", () => {
    const k = w.at("May")
    expect(w.back(k, k, 0, "start")).toBe(k)
    expect(w.back(k, k - 1, 0, "start")).toBe(k - 1)
    expect(w.word(w.back(k, 0, 0, "start"))).toBe("Prime")
    expect(w.back(w.at("Theresa"), 0, start, "start")).toBe(w.at("Theresa"))
  })

  it("with words, stops at a token that is no word", () => {
    const u = walker("Mr. Ruiz said")
    expect(u.word(u.back(u.at("Ruiz"), 0, 0, "start", true))).toBe("Ruiz")
    expect(u.word(u.back(u.at("Ruiz"), 0, 0, "start"))).toBe("Mr")
  })

  it("a token the offset falls inside stops the walk by the start, not by the end", () => {
    // (a mention that starts inside a token: `الجبير` after the glued و of `والجبير`)
    const u = walker("قال والجبير إن")
    const from = u.source.indexOf("والجبير") + 1
    const k = u.at("والجبير")
    expect(u.back(k + 1, 0, from, "start")).toBe(k + 1)
    expect(u.back(k + 1, 0, from, "end")).toBe(k)
  })
})

describe("the walks against the loops they replaced", () => {
  const text = "Ana Ruiz, the club's chair, said: \"We did all we could.\" وقال الوزير عادل الجبير، إن المملكة"
  const w = walker(text)
  const n = w.count
  const index = fc.integer({ min: 0, max: n })
  const offset = fc.integer({ min: -1, max: text.length + 1 })
  const edge = fc.constantFrom<TokenEdge>("start", "end")

  it("walkPast is the first token from k below limit that is not before the offset", () => {
    fc.assert(
      fc.property(index, index, offset, edge, fc.boolean(), (k, limit, o, e, words) => {
        const before = (j: number): boolean => (!words || w.isWord(j)) && (e === "end" ? w.edge(j, "end") <= o : w.edge(j, "start") < o)
        let j = k
        while (j < limit && before(j)) j++
        expect(w.past(k, limit, o, e, words)).toBe(j)
      })
    )
  })

  it("walkBack is the first token of the run before k, down to lo, that is not before the offset", () => {
    fc.assert(
      fc.property(index, index, offset, edge, fc.boolean(), (k, lo, o, e, words) => {
        const after = (j: number): boolean => (!words || w.isWord(j)) && (e === "start" ? w.edge(j, "start") >= o : w.edge(j, "end") > o)
        let j = k
        while (j > lo && after(j - 1)) j--
        expect(w.back(k, lo, o, e, words)).toBe(j)
      })
    )
  })
})

describe("englishTerm: the mark after a term in marks within TERM_AFTER tokens", () => {
  const quotes = (text: string): Array<string> =>
    quotesOf(text, { entities: [{ text: "Ana Ruiz", type: "PERSON", canonical: "Ana Ruiz", entityId: "e-ana", role: null, confidence: 1, start: 0, end: 8 }] }).quotes.map(
      (q) => `[${q.speaker} | ${q.verb}] ${q.text}`
    )
  const tail = (n: number): string => "walk off the pitch and ".repeat(n)

  it("a close mark within the bound: the term nests, the quote runs to its close", () => {
    expect(quotes(`Ana Ruiz said: "He was going to "fake" an injury and then ${tail(8)}left." The club said nothing.`)).toEqual([
      `[Ana Ruiz | said] He was going to "fake" an injury and then ${tail(8)}left`
    ])
  })

  it("a close mark past the bound (about seventy-five tokens on): the quote ends at the term's mark", () => {
    expect(quotes(`Ana Ruiz said: "He was going to "fake" an injury and then ${tail(15)}left." The club said nothing.`)).toEqual(["[Ana Ruiz | said] He was going to"])
  })
})
