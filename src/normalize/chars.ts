/**
 * Character data for the normalizer and the tokenizer.
 *
 * Everything here is derived once, lazily, from the Unicode tables the
 * JavaScript engine ships (ICU in Node): general categories through `\p{…}`
 * regular expressions and normalization through `String.prototype.normalize`.
 * Nothing is hand-copied from the Unicode Character Database, so the tables
 * follow the engine's Unicode version.
 *
 * Tables cover the Basic Multilingual Plane, one entry per UTF-16 code unit;
 * surrogate code units get category {@link Cat.Surrogate}.
 *
 * @module
 * @internal
 */

/** General category groups, one byte per code unit. */
export const Cat = {
  Other: 0,
  Letter: 1,
  Mark: 2,
  Digit: 3,
  OtherNumber: 4,
  Punct: 5,
  Symbol: 6,
  Space: 7,
  LineBreak: 8,
  Format: 9,
  Control: 10,
  Surrogate: 11
} as const
export type Cat = (typeof Cat)[keyof typeof Cat]

/** Bit flags, one byte per code unit. */
export const Flag = {
  Arabic: 1,
  Latin: 2,
  OpenBracket: 4,
  CloseBracket: 8,
  Upper: 16,
  Lower: 32
} as const

const BMP = 0x10000

/** All BMP code units as one string; surrogates are replaced by U+0000 so that index = code unit. */
const allUnits = (): string => {
  const parts: Array<string> = []
  const chunk: Array<number> = []
  for (let c = 0; c < BMP; c++) {
    chunk.push(c >= 0xd800 && c <= 0xdfff ? 0 : c)
    if (chunk.length === 4096) {
      parts.push(String.fromCharCode(...chunk))
      chunk.length = 0
    }
  }
  return parts.join("")
}

const mark = (table: Uint8Array, all: string, re: RegExp, value: number, or = false): void => {
  for (const m of all.matchAll(re)) {
    const i = m.index
    if (all.charCodeAt(i) === 0 && i !== 0) continue // surrogate placeholder
    if (or) table[i] = table[i]! | value
    else table[i] = value
  }
}

let catTable: Uint8Array | undefined
let flagTable: Uint8Array | undefined

const build = (): void => {
  const all = allUnits()
  const cat = new Uint8Array(BMP)
  mark(cat, all, /\p{L}/gu, Cat.Letter)
  mark(cat, all, /\p{M}/gu, Cat.Mark)
  mark(cat, all, /\p{Nd}/gu, Cat.Digit)
  mark(cat, all, /[\p{Nl}\p{No}]/gu, Cat.OtherNumber)
  mark(cat, all, /\p{P}/gu, Cat.Punct)
  mark(cat, all, /\p{S}/gu, Cat.Symbol)
  mark(cat, all, /[\p{Zs}\t]/gu, Cat.Space)
  mark(cat, all, /[\n\v\f\r\u0085\u2028\u2029]/gu, Cat.LineBreak)
  mark(cat, all, /\p{Cf}/gu, Cat.Format)
  mark(cat, all, /[\0-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]/gu, Cat.Control)
  cat[0] = Cat.Control
  for (let c = 0xd800; c <= 0xdfff; c++) cat[c] = Cat.Surrogate
  const flags = new Uint8Array(BMP)
  mark(flags, all, /\p{Script=Arabic}/gu, Flag.Arabic, true)
  mark(flags, all, /\p{Script=Latin}/gu, Flag.Latin, true)
  mark(flags, all, /\p{Ps}/gu, Flag.OpenBracket, true)
  mark(flags, all, /\p{Pe}/gu, Flag.CloseBracket, true)
  mark(flags, all, /\p{Lu}/gu, Flag.Upper, true)
  mark(flags, all, /\p{Ll}/gu, Flag.Lower, true)
  catTable = cat
  flagTable = flags
}

/** General category group of every BMP code unit. */
export const categories = (): Uint8Array => {
  if (catTable === undefined) build()
  return catTable!
}

/** Script and bracket flags of every BMP code unit. */
export const flags = (): Uint8Array => {
  if (flagTable === undefined) build()
  return flagTable!
}

export const isMark = (c: number): boolean => categories()[c] === Cat.Mark

const stableTables = new Map<string, Uint8Array>()

/**
 * 1 where the code unit, alone, is unchanged by `normalize(form)`.
 * Surrogates are 0 (a pair may change).
 */
export const stableAlone = (form: "NFC" | "NFKC"): Uint8Array => {
  let t = stableTables.get(form)
  if (t === undefined) {
    t = new Uint8Array(BMP)
    for (let c = 0; c < BMP; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const s = String.fromCharCode(c)
      if (s.normalize(form) === s) t[c] = 1
    }
    stableTables.set(form, t)
  }
  return t
}

let secondTable: Uint8Array | undefined

/**
 * 1 where the code unit can be absorbed by the character before it in
 * canonical composition: it appears after the first position in some
 * canonical decomposition (combining marks, Hangul vowels and trailing
 * consonants, a few spacing vowel signs).
 */
export const composesBackward = (): Uint8Array => {
  if (secondTable === undefined) {
    const t = new Uint8Array(BMP)
    for (let c = 0; c < BMP; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue
      const d = String.fromCharCode(c).normalize("NFD")
      for (let k = 1; k < d.length; k++) {
        const u = d.charCodeAt(k)
        if (u < 0xd800 || u > 0xdfff) t[u] = 1
      }
    }
    secondTable = t
  }
  return secondTable
}
