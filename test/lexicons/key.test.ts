/**
 * The lookup-key tokenizer: its table-driven scanner against a plain
 * reference written from the definition in `key.ts` (one `foldChar` per code
 * unit, keys built as strings), and the prefix property the parse stage's
 * line states rely on when they extend a truncated scan.
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { entityLength, foldChar, foldClass, tokenize, type Tokens } from "../../src/lexicons/key.js"

const MAX_KEY = 64

/** The tokenizer as `key.ts` defines it, written the slow, obvious way. */
const reference = (text: string, from: number, to: number, maxTokens = Number.POSITIVE_INFINITY): Tokens => {
  const keys: Array<string> = []
  const starts: Array<number> = []
  const ends: Array<number> = []
  let key = ""
  let start = -1
  let end = -1
  let prevClass = 0
  const flush = () => {
    keys.push(key.slice(0, MAX_KEY))
    starts.push(start)
    ends.push(end)
    start = -1
    key = ""
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x26) {
      const len = entityLength(text, i, to)
      if (len > 0) i += len - 1
      if (start >= 0) flush()
      continue
    }
    const f = foldChar(c)
    if (f === null) {
      if (start >= 0) flush()
      continue
    }
    if (f === "") {
      if (start >= 0) end = i + 1
      continue
    }
    const cls = (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9) ? 1 : c >= 0x0600 && c <= 0x06ff ? 2 : 0
    if (start >= 0 && cls !== 0 && prevClass !== 0 && cls !== prevClass) flush()
    if (start < 0) {
      if (keys.length >= maxTokens) return { keys, starts, ends, truncated: true }
      start = i
    }
    key += f
    end = i + 1
    prevClass = cls
  }
  if (start >= 0) flush()
  return { keys, starts, ends, truncated: false }
}

const PIECES = [
  "a", "Z", "é", "İ", "ß", "Ω", "ж", " ", "\n", "-", ".", "،", "&", "&quot;", "&#8211;", "&#x2013;", "&amp", "1", "٣", "۴",
  "ب", "أ", "إ", "آ", "ة", "ى", "ؤ", "ئ", "ک", "ی", "ٱ", "ہ", "ے", "\u064b", "\u0651", "\u0640", "\u200f", "\u00ad", "\ufeff",
  "\ufefb", "\ufdfa", "\ufe8d", "\ufb50", "\ufdf2", "\ufffd", "\ud83d\ude00", "\ud800", "x".repeat(70), "ب".repeat(70), "25الدمام"
]
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(""))

describe("foldClass", () => {
  it("says what foldChar gives (separator, ignorable, letter or digit) for every UTF-16 code unit", () => {
    const wrong: Array<string> = []
    for (let c = 0; c <= 0xffff; c++) {
      const f = foldChar(c)
      const want = f === null ? -1 : f.length === 0 ? 0 : 1
      if (foldClass(c) !== want) wrong.push(c.toString(16))
    }
    expect(wrong).toEqual([])
  })
})

describe("tokenize", () => {
  it("gives the keys and spans of the reference tokenizer, for any region and limit", () => {
    fc.assert(
      fc.property(text, fc.nat(40), fc.nat(40), fc.integer({ min: 0, max: 40 }), (s, a, b, max) => {
        const from = Math.min(a, s.length)
        const to = Math.max(from, s.length - b)
        expect(tokenize(s, from, to, max)).toEqual(reference(s, from, to, max))
        expect(tokenize(s, from, to)).toEqual(reference(s, from, to))
      }),
      { numRuns: 3000 }
    )
  })

  it("keys of unfolded and folded words: slices of the text or built from folds", () => {
    const s = "«الشـرق» الأوسط، Reuters 25الدمام"
    expect(tokenize(s, 0, s.length).keys).toEqual(["الشرق", "الاوسط", "reuters", "25", "الدمام"])
  })

  it("a limited scan is the prefix of the whole scan, and goes on from the end of its last token", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 12 }), (s, max) => {
        const all = tokenize(s, 0, s.length)
        const head = tokenize(s, 0, s.length, max)
        expect(head.keys).toEqual(all.keys.slice(0, max))
        expect(head.starts).toEqual(all.starts.slice(0, max))
        expect(head.truncated).toBe(all.keys.length > max)
        if (head.truncated) {
          const rest = tokenize(s, head.ends[head.ends.length - 1]!, s.length)
          expect([...head.keys, ...rest.keys]).toEqual(all.keys)
          expect([...head.ends, ...rest.ends]).toEqual(all.ends)
        }
      }),
      { numRuns: 2000 }
    )
  })
})
