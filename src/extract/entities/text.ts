/**
 * The units the entity tagger labels, built from the project's tokenizer.
 *
 * A unit is one token of `tokenize` (src/normalize), with three adjustments
 * that make raw text and CoNLL-tokenized text (tokens joined by single
 * spaces) give the same units for the same words:
 *
 * - a Latin word that ends with a possessive `'s` (`Germany's`) is split into
 *   the word and `'s`, and an apostrophe followed by a glued `s` (`Germany 's`
 *   in CoNLL text) is one unit `'s`;
 * - letters joined by periods (`U.S.`, `U.N.`), an initial (`J.`) and a
 *   short abbreviation from a fixed list (`Mr.`, `Inc.`, `Gen.`) keep their
 *   period;
 * - words and numbers joined by hyphens with no space (`al-Assad`,
 *   `Saudi-led`, `1996-08-22`) are one unit.
 *
 * Spaces never make a feature: CoNLL text has a space between every two
 * tokens, news text does not.
 *
 * Arabic words keep their proclitics (`وبريطانيا` is one unit); the
 * tokenizer's split gives the unit's `core` (without the conjunction and
 * the preposition, with the article restored: `للأمم` → `الامم`) and `bare`
 * (without the article too), and `nameStart`, where an entity that opens
 * with this unit starts in the original text.
 *
 * @module
 */
import { lowerBound } from "../../internal/search.js"
import { sentences, type TokenKind } from "../../normalize/index.js"
import { foldPart, letterStart, tokensWith, type TokenizeOptions, type WordSplit } from "../../normalize/tokenize.js"

/** One unit to tag. */
export interface Unit {
  /** The original slice, `text.slice(start, end)`. */
  readonly text: string
  /** Search-normalized (folded Arabic, lowercased Latin, no diacritics). */
  readonly norm: string
  readonly start: number
  readonly end: number
  readonly kind: TokenKind
  /** `norm` without the conjunction and preposition clitics, with the article (`ال`) when the word has one. */
  readonly core: string
  /** `core` without the article. */
  readonly bare: string
  /** The word has the article `ال` (as a split clitic). */
  readonly article: boolean
  /** The word has a conjunction or preposition clitic. */
  readonly proclitic: boolean
  /** Where an entity opening with this unit starts: after the conjunction and preposition. */
  readonly nameStart: number
}

/** Abbreviations written with a period that belongs to them (lowercase, without the period). */
const PERIOD_ABBREVIATIONS = new Set(
  `mr mrs ms dr st jr sr inc corp co ltd plc gen lt col sgt capt maj gov sen rep prof rev mt ft no vs messrs
   jan feb mar apr jun jul aug sep sept oct nov dec ave blvd bros dept univ`.split(/\s+/)
)

const isLatinLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
const isUpperLatin = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019
const isHyphen = (s: string): boolean => s === "-" || s === "\u2010" || s === "\u2011"

const ALEF_LAM = "\u0627\u0644"

/**
 * The unit of one token of `tokenize` (offsets moved by `base`): the token's
 * text and fold, and for an Arabic word whose proclitics the tokenizer split,
 * its `core`, `bare`, flags and `nameStart` from the split.
 */
const unitOf = (
  text: string,
  norm: string,
  start: number,
  end: number,
  kind: TokenKind,
  w: WordSplit | undefined,
  base: number,
  isKnown: ((norm: string) => boolean) | undefined
): Unit => {
  if (w === undefined) {
    return { text, norm, start: start + base, end: end + base, kind, core: norm, bare: norm, article: false, proclitic: false, nameStart: start + base }
  }
  let article = false
  let proclitic = false
  let letter = 0
  const length = text.length
  const stemAt = letterStart(w, w.split.letters, length)
  let nameStart = stemAt
  // (an index loop: `for … of` over the parts made an iterator per word, a sixth of the bytes this function allocated)
  const parts = w.split.parts
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!
    const a = letterStart(w, letter, length)
    letter += part.letters
    if (part.kind === "article") {
      article = true
      // the full article starts the name; an article merged into the preposition (للأمم) is cut with it
      if (foldPart(w, text, norm, a, letterStart(w, letter, length)) === ALEF_LAM) nameStart = a
    } else proclitic = true
  }
  const bare = foldPart(w, text, norm, stemAt, length)
  const core = article ? ALEF_LAM + bare : bare
  // وانغ يي, ويلي كاباييرو: a name written with و for the foreign W keeps it (see `foreignWaw`)
  if (text.charCodeAt(0) === 0x0648 && isWLetter(text.charCodeAt(1)) && foreignWaw(w, bare, isKnown)) nameStart = 0
  // (ووفق فان ويلينبرغ, وأشار فان غال: `فان` as written is the Dutch particle of a family name where an entity opens
  // with it, not `ف` + `أن` written without its hamza; mentions.ts leaves the word out of a person's name after a comma,
  // `وبحسب X، فان بلاتر`, where it is `فإن`: see `soBeforeName`)
  else if (text === VAN) nameStart = 0
  return { text, norm, start: start + base, end: end + base, kind, core, bare, article, proclitic, nameStart: start + nameStart + base }
}

/**
 * `فان` as written: the Dutch particle `van` (`فان غال`), which the tokenizer reads as `ف` + `ان`, or `فإن` ("so")
 * written without its hamza (mentions.ts tells the two apart after a comma).
 */
export const VAN = "\u0641\u0627\u0646"

/** `ا`, `ي`, `و` as written (an alef without hamza): the letters after the `و` that writes a foreign W (`وانغ` Wang, `ويلي` Willy, `وودز` Woods). */
const isWLetter = (c: number): boolean => c === 0x0627 || c === 0x064a || c === 0x0648

/**
 * Whether the `و` the tokenizer split off a word as a conjunction is more likely the W of a foreign name (the caller
 * has checked that the letter after `و` is `ا` without hamza, `ي` or `و`): the conjunction alone was split (no
 * preposition, no article), what is left is no word the lists know, and it does not open with `ابـ`, `الـ`, `يو` or
 * `يا` (`وانغ` → `انغ`, `ويلي` → `يلي`, `وولتر` → `ولتر`; an Arabic name after a conjunction is written with its
 * hamza in edited news, `وأحمد`, `وإيران`). Only where an entity that opens with the word starts changes
 * (`nameStart`); the tagger's features read the split as before, and a word no entity opens with is untouched.
 * On SaudiNewsNet and BBC Arabic it moved about 230 mentions' start, about 160 of them to the right place and about 25
 * to a wrong one (a Western name written without its hamza after a conjunction: `وارنستو`, `وانجلترا`); the rest
 * were wrong either way (`ويبدو` taken for a place).
 */
const foreignWaw = (w: WordSplit, bare: string, isKnown: ((norm: string) => boolean) | undefined): boolean => {
  const parts = w.split.parts
  if (parts.length !== 1 || parts[0]!.kind !== "conjunction" || bare.length < 2) return false
  // (وابن بطوطة, وأبو بكر written وابوبكر: `ابن`, `ابو` and the article open Arabic names and words, not a W; and
  // `يو`, `يا` open loanwords and names after a conjunction, `ويوتيوب`, `وياماناشي`, where a W-name is rarely written so)
  const c0 = bare.charCodeAt(0)
  const c1 = bare.charCodeAt(1)
  if (c0 === 0x0627 && (c1 === 0x0628 || c1 === 0x0644)) return false
  if (c0 === 0x064a && (c1 === 0x0648 || c1 === 0x0627)) return false
  return isKnown !== undefined && !isKnown(bare)
}

/** A unit that covers `text.slice(start - base, end - base)` (offsets already moved by `base`), with a given normalized form. */
const plain = (text: string, start: number, end: number, norm: string, kind: TokenKind, base: number): Unit => ({
  text: text.slice(start - base, end - base),
  norm,
  start,
  end,
  kind,
  core: norm,
  bare: norm,
  article: false,
  proclitic: false,
  nameStart: start
})

const isWordish = (t: Unit): boolean => t.kind === "word" || t.kind === "number"

/**
 * The units of `tokens[from, to)`: the units of single tokens of `text`, in
 * order, with offsets moved by `base`, joined by the rules above (a joined
 * unit is new; the others are passed on). Linear in the number of tokens.
 */
const unitsOf = (text: string, tokens: ReadonlyArray<Unit>, from: number, to: number, base: number): Array<Unit> => {
  // (made on the first joined unit: until then the units are the tokens themselves, and a sentence without a join,
  // nearly every Arabic one, is one slice of the tokens instead of an array grown push by push)
  let out: Array<Unit> | null = null
  const n = to
  // (the token after one is read as `k < n ? tokens[k] : undefined`, written out: a closure made per sentence costs
  // an allocation, and with esbuild's keep-names, as tsx runs the code, a property definition too)
  let i = from
  while (i < n) {
    const t = tokens[i]!
    const c0 = t.text.charCodeAt(0)
    // letters joined by periods: U.S., U.N., D.C. (and an initial J.)
    if (t.kind === "word" && t.text.length === 1 && isLatinLetter(c0)) {
      let j = i
      let end = t.end
      let letters = 0
      while (j < n) {
        const a = tokens[j]!
        if (!(a.kind === "word" && a.text.length === 1 && isLatinLetter(a.text.charCodeAt(0)) && (j === i || a.start === end))) break
        const dot = j + 1 < n ? tokens[j + 1] : undefined
        if (dot === undefined || dot.text !== "." || dot.start !== a.end) {
          // U.S (no final period): the last letter joins when at least one period came before
          if (letters > 0) {
            end = a.end
            letters++
            j++
          }
          break
        }
        end = dot.end
        letters++
        j += 2
      }
      if (letters >= 2 || (letters === 1 && isUpperLatin(c0))) {
        let norm = ""
        for (let k = i; k < j; k++) norm += tokens[k]!.norm
        if (out === null) out = tokens.slice(from, i)
        out.push(plain(text, t.start, end, norm, "word", base))
        i = j
        continue
      }
    }
    // apostrophe + s glued (CoNLL "'s")
    if (t.kind === "punct" && isApostrophe(c0)) {
      const s = i + 1 < n ? tokens[i + 1] : undefined
      if (s !== undefined && s.start === t.end && s.kind === "word" && (s.text === "s" || s.text === "S")) {
        if (out === null) out = tokens.slice(from, i)
        out.push(plain(text, t.start, s.end, "'s", "word", base))
        i += 2
        continue
      }
    }
    if (isWordish(t)) {
      // hyphenated compounds: al-Assad, Saudi-led, 1996-08-22
      let j = i
      while (j + 2 < n) {
        const h = tokens[j + 1]!
        const b = tokens[j + 2]!
        // (offsets first: most words have a space after them, and comparing numbers costs less than strings)
        if (h.start === tokens[j]!.end && b.start === h.end && isHyphen(h.text) && isWordish(b)) j += 2
        else break
      }
      if (j > i) {
        let norm = ""
        for (let k = i; k <= j; k++) norm += tokens[k]!.norm
        if (out === null) out = tokens.slice(from, i)
        out.push(plain(text, t.start, tokens[j]!.end, norm, "word", base))
        i = j + 1
        continue
      }
      // abbreviation with its period: Mr. Inc. Gen.
      const dot = i + 1 < n ? tokens[i + 1] : undefined
      if (t.kind === "word" && dot !== undefined && dot.start === t.end && dot.text === "." && PERIOD_ABBREVIATIONS.has(t.norm)) {
        if (out === null) out = tokens.slice(from, i)
        out.push(plain(text, t.start, dot.end, t.norm + ".", "word", base))
        i += 2
        continue
      }
      // possessive: Germany's → Germany + 's
      const len = t.text.length
      if (t.kind === "word" && len > 2 && isApostrophe(t.text.charCodeAt(len - 2)) && (t.text.charCodeAt(len - 1) | 0x20) === 0x73 && isLatinLetter(c0)) {
        const cut = t.end - 2
        if (out === null) out = tokens.slice(from, i)
        out.push(plain(text, t.start, cut, t.norm.slice(0, -2), "word", base))
        out.push(plain(text, cut, t.end, "'s", "word", base))
        i++
        continue
      }
    }
    if (out !== null) out.push(t)
    i++
  }
  return out ?? tokens.slice(from, to)
}

/** Options of {@link segment}. */
export interface SegmentOptions {
  readonly lang: "ar" | "en"
  /** Search-normalized words of the gazetteers: the tokenizer splits a proclitic off a known word (`بسوريا`). */
  readonly isKnown?: ((norm: string) => boolean) | undefined
  /** The same words asked about `s[from, s.length)` in place (`Gazetteer.isKnownFrom`): the tokenizer slices no stem to ask. */
  readonly isKnownFrom?: ((s: string, from: number) => boolean) | undefined
}

/** Whether `text` between offsets `from` and `to` is spaces only (plain or no-break), or nothing. */
export const spacesOnly = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x20 && c !== 0xa0) return false
  }
  return true
}

/** The tokenizer's options for {@link segment}: the language, and the known words when given. */
const tokenOptions = (options: SegmentOptions): TokenizeOptions => {
  if (options.isKnown === undefined) return { lang: options.lang }
  return options.isKnownFrom === undefined
    ? { lang: options.lang, isKnown: options.isKnown }
    : { lang: options.lang, isKnown: options.isKnown, isKnownFrom: options.isKnownFrom }
}

/**
 * The tagging sequences of `text[from, to)`: one per sentence (see
 * `sentences` in src/normalize), each a list of units with offsets into `text`.
 */
export const segment = (text: string, from: number, to: number, options: SegmentOptions): Array<Array<Unit>> => {
  const region = from === 0 && to === text.length ? text : text.slice(from, to)
  const tokens = tokensWith(region, tokenOptions(options), (t, norm, start, end, kind, w) =>
    unitOf(t, norm, start, end, kind, w, from, options.isKnown)
  )
  const out: Array<Array<Unit>> = []
  let k = 0
  for (const s of sentences(region, { lang: options.lang })) {
    while (k < tokens.length && tokens[k]!.start - from < s.start) k++
    const first = k
    while (k < tokens.length && tokens[k]!.start - from < s.end) k++
    if (k > first) out.push(unitsOf(region, tokens, first, k, from))
  }
  return out
}

/** The unit that starts at an offset: the units of its sentence, its index among them and the sentence's index among the rows, or null. */
export type UnitFinder = (start: number) => { readonly units: ReadonlyArray<Unit>; readonly k: number; readonly row: number } | null

/** A {@link UnitFinder} over the units of the document's sentences, `rows` (a binary search for the sentence, then one for the unit). */
export const unitFinder = (rows: ReadonlyArray<{ readonly units: ReadonlyArray<Unit> }>): UnitFinder => {
  const starts = rows.map((x) => (x.units.length > 0 ? x.units[0]!.start : Number.MAX_SAFE_INTEGER))
  return (start) => {
    const s = lowerBound(starts, start + 1) - 1
    if (s < 0) return null
    const units = rows[s]!.units
    const k = unitAt(units, start)
    return k < 0 ? null : { units, k, row: s }
  }
}

/** The index of the unit of `units` (in text order) that starts at `start`, or -1. */
const unitAt = (units: ReadonlyArray<Unit>, start: number): number => {
  let lo = 0
  let hi = units.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (units[mid]!.start < start) lo = mid + 1
    else hi = mid
  }
  return lo < units.length && units[lo]!.start === start ? lo : -1
}
