/**
 * Sentence splitting for Arabic and English news text.
 *
 * @module
 */
import { Cat, categories, Flag, flags } from "./chars.js"

export interface Sentence {
  readonly start: number
  readonly end: number
}

export interface SentencesOptions {
  /** A hint; the Arabic and the English rules both apply to any text. */
  readonly lang?: "ar" | "en"
}

/** Ends a sentence wherever it stands (with the terminal marks and closers after it). */
const STRONG = new Set([0x3f, 0x21, 0x061f, 0x061b, 0x06d4, 0x203c, 0x2047, 0x2048, 0x2049, 0x3002, 0xff01, 0xff1f])
const DOT = 0x2e
const ELLIPSIS = 0x2026
/** Closing quotes and brackets that belong to the sentence they close. */
const CLOSERS = new Set([0x22, 0x27, 0xbb, 0x201d, 0x2019, 0x203a, 0x29, 0x5d, 0x7d, 0xfd3e, 0xfd3f, 0x300d, 0x300f])

/** Titles and abbreviations after which a period never ends a sentence. */
const TITLES = new Set(
  `mr mrs ms dr prof sr st mt gen gov sen rep lt col capt sgt maj adm cmdr rev hon pres supt insp no nos vol vols
   vs cf fig figs al approx dept univ ave blvd rd gen brig cpl pvt messrs mme mlle`.split(/\s+/)
)
/** Abbreviations that may also end a sentence: a period after them ends one only before a typical sentence opener. */
const AMBIGUOUS = new Set(
  `inc ltd co corp bros etc jr jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
   u.s u.k u.n e.u u.s.a a.m p.m e.g i.e d.c`.split(/\s+/)
)
const OPENERS = new Set(
  `the a an he she it they we i you but and in on at this that these those there his her their its our if when while
   after before as so yet however meanwhile mr mrs ms dr`.split(/\s+/)
)
/** Arabic single-letter abbreviations that also mark an era after a number (`2015 م.`, `1436 هـ.`). */
const ERA = new Set([0x0645, 0x0647])

/** `STRONG` as a table over the code units: the splitter tests every character of a text against it. */
const STRONG_UNIT = (() => {
  const t = new Uint8Array(0x10000)
  for (const c of STRONG) t[c] = 1
  return t
})()

const isBlank = (k: number): boolean => k === Cat.Space || k === Cat.LineBreak || k === Cat.Format || k === Cat.Control

/**
 * Splits `text` into sentences: `[start, end)` ranges without surrounding
 * whitespace, in order.
 *
 * A sentence ends at a line break, at `؟ ? ! ؛ ۔` (with any terminal marks and
 * closing quotes or brackets after them), and at a period followed by
 * whitespace, unless the period closes an abbreviation: a single Arabic letter
 * (`د.`, `أ.`, `م.`, `ش.`, and chains such as `أ.د.`, except an era letter
 * `م.` or `هـ.` right after a number), a title (`Mr.`, `Dr.`, `Gen.`), an
 * initial (`J.`), or an abbreviation such as `U.S.`, `Inc.` or `Jan.` that is
 * not followed by a typical sentence opener (`The`, `He`, …). A period
 * followed by a lowercase Latin letter never ends a sentence. An ellipsis ends
 * one only before a line break, the end of the text, or an uppercase Latin
 * letter.
 */
export function sentences(text: string, _options: SentencesOptions = {}): ReadonlyArray<Sentence> {
  if (typeof text !== "string") throw new TypeError(`sentences: expected a string, got ${typeof text}`)
  const cat = categories()
  const out: Array<Sentence> = []
  const n = text.length
  let start = -1
  let last = -1 // end of the last non-blank character of the open sentence
  // (a sentence is closed by `closeAt` and the two resets written out at each place: a closure made per call costs
  // an allocation, and with esbuild's keep-names, as tsx runs the code, a property definition too)
  let i = 0
  while (i < n) {
    const u = text.charCodeAt(i)
    const k = cat[u]!
    if (k === Cat.LineBreak) {
      closeAt(out, start, last)
      start = -1
      last = -1
      i++
      continue
    }
    if (isBlank(k)) {
      i++
      continue
    }
    if (start < 0) start = i
    if (STRONG_UNIT[u] === 1) {
      const end = closers(text, terminalRun(text, i + 1))
      closeAt(out, start, end)
      start = -1
      last = -1
      i = end
      continue
    }
    if (u === DOT || u === ELLIPSIS) {
      const runEnd = terminalRun(text, i + 1)
      let dots = 0
      let strong = false
      for (let m = i; m < runEnd; m++) {
        const c = text.charCodeAt(m)
        if (c === DOT) dots++
        else if (c === ELLIPSIS) dots += 3
        else strong = true
      }
      const end = closers(text, runEnd)
      if (strong || endsHere(text, i, end, dots > 1)) {
        closeAt(out, start, end)
        start = -1
        last = -1
        i = end
        continue
      }
      last = end
      i = end
      continue
    }
    last = i + 1
    i++
  }
  closeAt(out, start, last)
  return out
}

/** Adds the sentence `[start, end)` when one is open and not empty. */
const closeAt = (out: Array<Sentence>, start: number, end: number): void => {
  if (start >= 0 && end > start) out.push({ start, end })
}

/** End of a run of terminal marks starting at `i`. */
const terminalRun = (text: string, i: number): number => {
  let j = i
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (c === DOT || c === ELLIPSIS || STRONG.has(c)) j++
    else break
  }
  return j
}

/** End of a run of closing quotes and brackets starting at `i`. */
const closers = (text: string, i: number): number => {
  let j = i
  while (j < text.length) {
    const c = text.charCodeAt(j)
    if (CLOSERS.has(c) || (flags()[c]! & Flag.CloseBracket) !== 0) j++
    else break
  }
  return j
}

/** The next non-blank position at or after `i` (or `text.length`), and whether a line break came first. */
const nextVisible = (text: string, i: number): { at: number; lineBreak: boolean } => {
  const cat = categories()
  let j = i
  let lineBreak = false
  while (j < text.length) {
    const k = cat[text.charCodeAt(j)]!
    if (k === Cat.LineBreak) lineBreak = true
    else if (!isBlank(k)) break
    j++
  }
  return { at: j, lineBreak }
}

/** The word right after `i` (letters only), lowercased. */
const wordAt = (text: string, i: number): string => {
  const cat = categories()
  let j = i
  while (j < text.length && cat[text.charCodeAt(j)] === Cat.Letter && j - i < 24) j++
  return text.slice(i, j).toLowerCase()
}

/** Whether a period (or an ellipsis) at `dot`, whose marks and closers end at `end`, ends a sentence. */
const endsHere = (text: string, dot: number, end: number, ellipsis: boolean): boolean => {
  const cat = categories()
  const fl = flags()
  const { at, lineBreak } = nextVisible(text, end)
  if (at === end && at < text.length) return false // no space after: 3.5, www.spa.gov.sa, U.S.
  if (at >= text.length || lineBreak) return true
  const next = text.charCodeAt(at)
  if ((fl[next]! & Flag.Lower) !== 0) return false
  if (ellipsis) return (fl[next]! & Flag.Upper) !== 0
  // the word before the period, with inner periods (U.S, أ.د)
  let b = dot
  while (b > 0 && dot - b < 32) {
    const c = text.charCodeAt(b - 1)
    const k = cat[c]!
    if (k === Cat.Letter || k === Cat.Mark || c === DOT) b--
    else break
  }
  if (b === dot) return true // after a digit, a quote, a bracket
  const word = text.slice(b, dot)
  const letters = word.replace(/[\p{M}\u0640.]/gu, "")
  const arabic = (fl[letters.charCodeAt(0)]! & Flag.Arabic) !== 0
  if (arabic) {
    const single = word.split(".").every((p) => p.replace(/[\p{M}\u0640]/gu, "").length <= 1)
    if (!single) return true
    if (letters.length === 1 && ERA.has(letters.charCodeAt(0))) {
      // an era letter right after a number ends the sentence
      let p = b
      while (p > 0 && isBlank(cat[text.charCodeAt(p - 1)]!)) p--
      if (p > 0 && cat[text.charCodeAt(p - 1)] === Cat.Digit) return true
    }
    return false
  }
  const lower = word.toLowerCase()
  if (TITLES.has(lower)) return false
  if (letters.length === 1 && (fl[letters.charCodeAt(0)]! & Flag.Upper) !== 0) return false // an initial
  if (AMBIGUOUS.has(lower) || lower.includes(".")) return OPENERS.has(wordAt(text, at))
  return true
}
