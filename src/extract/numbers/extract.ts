/**
 * Number mentions: `{ text, value, unit, start, end }` for digits in any
 * script, Arabic and English number words, percentages and money.
 *
 * Unit vocabulary (see `docs/numbers.md`): `percent`; an ISO 4217 code when the
 * currency is known (`USD`, `SAR`, `EGP`, `EUR`, `GBP`, `KWD`, …); a generic
 * currency name when only the family is known (`dinar`, `dirham`, `lira`);
 * `people` for counts of persons; null otherwise.
 *
 * @module
 */
import type { TextView } from "../../model/view.js"
import type { NumberMention } from "../../schema/record.js"
import { numberLexicons, type NumberLexicons } from "./lexicon.js"
import { BREAK, NUM, PUNCT, WORD, identityView, offsetAfterLetters, tokensOf, type Tokens } from "../internal/tokens.js"
import { readNumber } from "./words.js"
import { idsOf } from "../internal/keys.js"
import { RangeFilter, type Range } from "../internal/ranges.js"

export { RangeFilter, type Range }

export interface NumberOptions {
  /**
   * The view to scan (default: the text itself). Give the normalize stage's
   * `search` view to scan its folded text; spans are mapped back with its `toOriginal`.
   */
  readonly view?: TextView | undefined
  /** Ranges of the original text to leave alone (dates, boilerplate), in any order. */
  readonly exclude?: ReadonlyArray<Range> | undefined
}

const PERCENT_SIGNS = new Set(["%", "\u066a", "\u2030"])

/** A unit phrase right after token `j`: percent, currency or counted unit. */
const unitAfter = (lex: NumberLexicons, t: Tokens, j: number): { unit: string; to: number } | null => {
  if (j >= t.count) return null
  if (t.kinds[j] === PUNCT) {
    const k = t.keys[j]!
    if (PERCENT_SIGNS.has(k)) return { unit: "percent", to: j + 1 }
    const sym = lex.currencySymbols.get(k)
    if (sym !== undefined && t.spaced[j] === 0) return { unit: sym, to: j + 1 }
    return null
  }
  if (t.kinds[j] !== WORD) return null
  const p = lex.percent.longestAt(t.keys, j)
  if (p !== null) return { unit: "percent", to: j + p.length }
  const c = lex.currencies.longestAt(t.keys, j)
  if (c !== null) return { unit: c.value, to: j + c.length }
  const sym = lex.currencySymbols.get(t.keys[j]!)
  if (sym !== undefined) return { unit: sym, to: j + 1 }
  const n = lex.counts.longestAt(t.keys, j)
  if (n !== null) return { unit: n.value, to: j + n.length }
  return null
}

/** A currency symbol (or code such as `SR`, `US$`) right before token `i`. */
const currencyBefore = (lex: NumberLexicons, t: Tokens, i: number): { unit: string; from: number } | null => {
  const j = i - 1
  if (j < 0) return null
  const k = t.keys[j]!
  if (t.kinds[j] === PUNCT) {
    const sym = lex.currencySymbols.get(k)
    if (sym !== undefined) {
      // US$ 5
      if (k === "$" && j > 0 && t.kinds[j - 1] === WORD && t.keys[j - 1] === "us" && t.spaced[j] === 0) return { unit: "USD", from: j - 1 }
      return { unit: sym, from: j }
    }
    if (PERCENT_SIGNS.has(k) && t.spaced[i] === 0 && (j === 0 || t.kinds[j - 1] !== NUM)) return { unit: "percent", from: j }
    return null
  }
  if (t.kinds[j] === WORD) {
    const sym = lex.currencySymbols.get(k)
    if (sym !== undefined && k.length > 1) return { unit: sym, from: j }
  }
  return null
}

/**
 * Finds the numbers of `text` (or of `options.view`). Spans are `[start, end)`
 * of `text`; mentions never overlap and come in text order.
 */
export const extractNumbers = (text: string, options: NumberOptions = {}): Array<NumberMention> => {
  const view = options.view ?? identityView(text)
  return numbersOfTokens(tokensOf(view), text, new RangeFilter(options.exclude ?? []))
}

/** The number mentions of a token stream (the stage and {@link extractNumbers} share it). */
export const numbersOfTokens = (t: Tokens, original: string, exclude: RangeFilter): Array<NumberMention> => {
  const lex = numberLexicons()
  const { ids, tails } = idsOf(t)
  const out: Array<NumberMention> = []
  let i = 0
  /** Token after the last mention: a currency sign before a number may not reach back into it. */
  let taken = 0
  const kinds = t.kinds
  const count = t.count
  const wordKeys = lex.wordKeys
  while (i < count) {
    const kind = kinds[i]
    if (kind !== NUM && kind !== WORD) {
      i++
      continue
    }
    // a quick reject for words that start no number: neither the key nor the key without its first
    // letter (a proclitic) is a number word (a fraction of one word is a number word too)
    if (kind === WORD && !wordKeys.hasId(ids[i]!) && !wordKeys.hasId(tails[i]!)) {
      i++
      continue
    }
    const limit = lineEnd(t, i)
    const n = readNumber(lex, t, i, limit)
    if (n === null) {
      i++
      continue
    }
    let unit: string | null = null
    let fromOffset = n.strip > 0 ? offsetAfterLetters(t, i, n.strip) : t.starts[i]!
    let to = n.to
    const before = currencyBefore(lex, t, i)
    if (before !== null && before.from >= taken) {
      unit = before.unit
      fromOffset = t.starts[before.from]!
    }
    const after = unitAfter(lex, t, n.to)
    if (after !== null && (unit === null || unit === after.unit || after.unit === "percent")) {
      unit = after.unit
      to = after.to
    }
    // a glued suffix that is no scale (2015م, 3D) is left alone: the number ends at the digits
    const span = t.view.toOriginal(fromOffset, t.ends[to - 1]!)
    if (!exclude.overlaps(span.start, span.end)) {
      out.push({ text: original.slice(span.start, span.end), value: n.value, unit, start: span.start, end: span.end })
      taken = to
    }
    i = to
  }
  return out
}

/** The index of the first line break at or after token `i` (or the token count). */
const lineEnd = (t: Tokens, i: number): number => {
  let j = i
  const max = Math.min(t.count, i + 24)
  while (j < max && t.kinds[j] !== BREAK) j++
  return j
}
