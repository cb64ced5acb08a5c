/**
 * The glued-tail sieve (`gluedSieve` in src/parse/tail.ts) is a regex that
 * must match every window the exact scan (`gluedScan`) answers yes to: it only
 * exists to skip the scan, so a window it misses would lose a cut. The same
 * holds for the tail-phrase sieve (`tailSieve`): a window it does not match
 * is not tokenized, so it must match every window where some token's key
 * holds the first word of a tail phrase (whole, or at its end when the phrase
 * is glued to an address).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { lexicons } from "../../src/lexicons/lexicon.js"
import { tokenize } from "../../src/lexicons/key.js"
import { wordSieve } from "../../src/parse/sieve.js"
import { gluedScan, gluedSieve, tailSieve } from "../../src/parse/tail.js"

const lex = lexicons()
const sieve = gluedSieve(lex)
const scan = (s: string) => gluedScan(lex, s, 0, s.length)

// letters of the glued word and the ways of writing them (ک for ك, hamza forms for ا),
// marks the scan skips (harakat, tatweel, ZWNJ, soft hyphen), separators, other letters,
// a presentation form and İ (which folds to two units)
const pieces = [
  "ل", "ل", "ك", "ک", "ا", "أ", "إ", "آ", "ت", "ب", "ع", "ن", "و",
  "\u064e", "\u0651", "\u0640", "\u200c", "\u00ad", "\ufeff",
  " ", "\n", ".", "،", "-", "a", "Z", "7", "٣",
  "\ufedf", "\u0130", "للكاتب", "للكـاتب", "لِلكاتِب", "مقالات أخرى للكاتب"
]

describe("glued-tail sieve", () => {
  it("matches what the scan finds (table)", () => {
    const yes = [
      "مقالات أخرى للكاتبعنوان أول",
      "مقالات أخرى للكـاتبعنوان",
      "نص لِلكَاتِبٍِعنوان",
      "للکاتبعنوان", // Persian kaf
      "للكاتب\u200cعنوان", // a zero-width non-joiner between the word and the next letter
      "نص \ufedf نص", // a presentation form: the scan cannot fold it alone
      "\u0130stanbul"
    ]
    const no = ["مقالات أخرى للكاتب", "للكاتب عنوان", "للكاتب.عنوان", "نص عادي بلا شيء", "للكات بعنوان", ""]
    for (const s of yes) {
      expect(scan(s), s).toBe(true)
      expect(sieve.test(s), s).toBe(true)
    }
    for (const s of no) {
      expect(scan(s), s).toBe(false)
      expect(sieve.test(s), s).toBe(false)
    }
  })

  it("never rules out a window the scan answers yes to (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const s = parts.join("")
        if (scan(s)) expect(sieve.test(s)).toBe(true)
      }),
      { numRuns: 3000 }
    )
  })

  it("never rules out a window the scan answers yes to (any code unit)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...pieces), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), { maxLength: 30 }), (parts) => {
        const s = parts.join("")
        if (scan(s)) expect(sieve.test(s)).toBe(true)
      }),
      { numRuns: 3000 }
    )
  })
})

describe("tail-phrase sieve", () => {
  const sieve = tailSieve(lex)
  const firstWords = [...lex.tails.firstKeys()]
  const holdsFirstWord = (s: string) => tokenize(s, 0, s.length).keys.some((k) => firstWords.some((w) => k.includes(w)))
  const parts = [
    ...pieces, "للتواصل", "للتـواصل", "لِلتَّواصُل", "رابط", "رابـط", "سمات", "سِمات", "name@example.com", "x", "7",
    "\ufedf", "\ufeeb", "\u0640", "\u064b", "\u200f"
  ]

  it("matches the first words of the tail phrases however written (table)", () => {
    expect(firstWords.length).toBeGreaterThan(0)
    for (const s of ["للتواصل مع الكاتب", "للتـواصـل", "لِلتَّواصُل مع", "name@example.comللتواصل", "رابط الخبر", "سمات: اقتصاد"]) {
      expect(holdsFirstWord(s), s).toBe(true)
      expect(sieve.test(s), s).toBe(true)
    }
    for (const s of ["نص عادي بلا شيء", "للتو اصل", "رابطة"]) expect(holdsFirstWord(s) || !sieve.test(s), s).toBe(true)
    expect(sieve.test("نص عادي بلا شيء")).toBe(false)
  })

  it("never rules out a window with such a word (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), { maxLength: 30 }), (xs) => {
        const s = xs.join("")
        if (holdsFirstWord(s)) expect(sieve.test(s)).toBe(true)
      }),
      { numRuns: 4000 }
    )
  })
})

describe("word sieve of the line-suffix phrases", () => {
  // the sieve lineVerdict asks before it tokenizes the end of a body line
  const words = [...lex.lineSuffixesReversed.firstKeys()]
  const sieve = wordSieve(words)
  const holdsWord = (s: string) => tokenize(s, 0, s.length).keys.some((k) => words.some((w) => k.includes(w)))
  const parts = [...pieces, ...words, "IMAGES", "Photo", "REPORTing", "الأرشيف", "أرشيفية", "المحـرر", "ph\u00adoto", " (", ")", "/"]

  it("matches the words however written (table)", () => {
    expect(words.length).toBeGreaterThan(0)
    for (const s of ["صورة أرشيفية", "(الأرشيف)", "Getty IMAGES", "Photo: AP", "المحـرر"]) {
      expect(holdsWord(s), s).toBe(true)
      expect(sieve.test(s), s).toBe(true)
    }
    expect(sieve.test("نص عادي في آخر السطر")).toBe(false)
  })

  it("never rules out a window with such a word (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...parts), fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))), { maxLength: 30 }), (xs) => {
        const s = xs.join("")
        if (holdsWord(s)) expect(sieve.test(s)).toBe(true)
      }),
      { numRuns: 4000 }
    )
  })
})
