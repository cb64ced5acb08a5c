/**
 * Tokenization with offsets.
 *
 * Works on any text: an original or a normalized view. Offsets are UTF-16
 * code units into the text given, `text === input.slice(start, end)`.
 *
 * @module
 */
import { Cat, categories, Flag, flags } from "./chars.js"
import { splitClitics, type CliticKind, type KnownFrom, type Split } from "./clitics.js"
import { mapText, type Program } from "./engine.js"
import { programFor } from "./normalize.js"
import { referenceLength, referenceValue } from "./references.js"

export type TokenKind = "word" | "number" | "punct" | "symbol"

/** A proclitic split off an Arabic word: `و`, `ف`, `ب`, `ك`, `ل`, or the article `ال`. */
export interface Clitic {
  /** The original slice (with its diacritics). */
  readonly text: string
  /** Search-normalized. */
  readonly norm: string
  readonly start: number
  readonly end: number
  readonly kind: CliticKind
}

/** What remains of a word once its proclitics are split off. */
export interface Stem {
  readonly text: string
  readonly norm: string
  readonly start: number
  readonly end: number
}

export interface Token {
  /** The original slice: `input.slice(start, end)`. */
  readonly text: string
  /** The token normalized with the `search` preset. */
  readonly norm: string
  readonly start: number
  readonly end: number
  readonly kind: TokenKind
  /** Proclitics of an Arabic word, in order; absent when none was split. */
  readonly clitics?: ReadonlyArray<Clitic>
  /** The word without its proclitics; present exactly when `clitics` is. */
  readonly stem?: Stem
}

export interface TokenizeOptions {
  /** A hint; both Arabic and English rules apply to any text. */
  readonly lang?: "ar" | "en"
  /** Split Arabic proclitics (default `true`). */
  readonly clitics?: boolean
  /**
   * A lexicon of search-normalized words (for instance a gazetteer). When given,
   * a word that is known is never split, and a split whose remainder is known
   * is preferred to the built-in rules: `وبيروت` → `و` + `بيروت`, `بلبنان` →
   * `ب` + `لبنان`.
   */
  readonly isKnown?: (norm: string) => boolean
  /**
   * The same lexicon asked about a suffix in place: `isKnownFrom(s, k)` must answer `isKnown(s.slice(k))`. When
   * given with `isKnown`, the stems left by each candidate split are looked up without being sliced first.
   */
  readonly isKnownFrom?: (s: string, from: number) => boolean
}

const SKIP = 0
const WORD = 1
const DIGIT = 2
const PUNCT = 3
const SYMBOL = 4
const JOINER = 5
const SURROGATE = 6

let classes: Uint8Array | undefined

const tokenClasses = (): Uint8Array => {
  if (classes !== undefined) return classes
  const cat = categories()
  const t = new Uint8Array(0x10000)
  for (let c = 0; c < 0x10000; c++) {
    switch (cat[c]) {
      case Cat.Letter:
      case Cat.Mark:
        t[c] = WORD
        break
      case Cat.Digit:
      case Cat.OtherNumber:
        t[c] = DIGIT
        break
      case Cat.Punct:
        t[c] = PUNCT
        break
      case Cat.Space:
      case Cat.LineBreak:
      case Cat.Control:
        t[c] = SKIP
        break
      case Cat.Format:
        t[c] = c === 0x200c || c === 0x200d || c === 0x00ad || c === 0x2060 ? JOINER : SKIP
        break
      case Cat.Surrogate:
        t[c] = SURROGATE
        break
      default:
        t[c] = SYMBOL
    }
  }
  classes = t
  return t
}

const astral = new Map<number, number>()
/** Class of a supplementary code point. */
const astralClass = (cp: number): number => {
  let k = astral.get(cp)
  if (k === undefined) {
    const s = String.fromCodePoint(cp)
    k = /[\p{L}\p{M}]/u.test(s) ? WORD : /\p{N}/u.test(s) ? DIGIT : /\p{P}/u.test(s) ? PUNCT : SYMBOL
    if (astral.size < 4096) astral.set(cp, k)
  }
  return k
}

const isHigh = (u: number): boolean => u >= 0xd800 && u <= 0xdbff
const isLow = (u: number): boolean => u >= 0xdc00 && u <= 0xdfff

/** Class of the character at `i` (a surrogate pair is classed by its code point). */
const classAt = (text: string, i: number, cls: Uint8Array): number => {
  const u = text.charCodeAt(i)
  const k = cls[u]!
  if (k !== SURROGATE) return k
  if (isHigh(u) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) return astralClass(text.codePointAt(i)!)
  return SYMBOL
}

const isLatinLetter = (u: number): boolean => (flags()[u]! & Flag.Latin) !== 0 && categories()[u] === Cat.Letter
const isArabicChar = (u: number): boolean => (flags()[u]! & Flag.Arabic) !== 0 || u === 0x0640
const APOSTROPHE = (u: number): boolean => u === 0x27 || u === 0x2019
const NUMBER_SEPARATOR = (u: number): boolean => u === 0x2e || u === 0x2c || u === 0x066b || u === 0x066c

let search: Program | undefined
/** The `search` normalization of a token. */
const fold = (s: string): string => mapText((search ??= programFor("search")), s)

/** A letter other than the tatweel: what {@link lettersOf} keeps of a code unit outside the presentation forms. */
const isLetter = (u: number): boolean => categories()[u] === Cat.Letter && u !== 0x0640

const presentation = new Map<number, string>()
/** The letters a code unit stands for, without marks; presentation forms mapped. */
const lettersOf = (u: number): string => {
  if (u >= 0xfb50 && u <= 0xfeff) {
    let s = presentation.get(u)
    if (s === undefined) {
      s = String.fromCharCode(u)
        .normalize("NFKC")
        .replace(/[\p{M}\u0640\s]/gu, "")
      presentation.set(u, s)
    }
    return s
  }
  const k = categories()[u]
  if (k !== Cat.Letter || u === 0x0640) return ""
  return String.fromCharCode(u)
}

/** Where letter `k` of a word starts (`pos` undefined: letter k is code unit k). */
const posOf = (pos: ReadonlyArray<number> | undefined, k: number, length: number): number =>
  pos === undefined ? k : k < pos.length ? pos[k]! : length

/** Whether a first letter (search-normalized) may open a proclitic: و ف ب ك ل ا (compared, not a `Set`: asked of every Arabic word). */
const isProcliticStart = (c: number): boolean => c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0643 || c === 0x0644 || c === 0x0627

/** Words longer than this (in code units) are not analysed for clitics: no Arabic word is. */
const MAX_WORD = 64

/**
 * The `search` fold of `slice = text.slice(a, b)`, a part of a word whose fold
 * is `norm`: the slice itself when the word folds to itself, the same part of
 * `norm` when each letter folds on its own (`pos` undefined: a plain word),
 * else folded again.
 */
const foldSlice = (slice: string, text: string, norm: string, pos: ReadonlyArray<number> | undefined, a: number, b: number): string =>
  pos !== undefined ? fold(slice) : norm === text ? slice : norm.slice(a, b)

/**
 * The proclitic split of an Arabic word, as the tokenizer finds it: the split
 * (letters per part) and where each of the word's letters starts in it.
 *
 * @internal
 */
export interface WordSplit {
  readonly split: Split
  /** Where letter `k` starts in the word, in code units (`undefined`: letter `k` is code unit `k`). */
  readonly pos: ReadonlyArray<number> | undefined
}

/**
 * The proclitic split of an Arabic word `text` whose `search` fold is
 * `norm`, or `undefined` when nothing is split.
 */
const splitWord = (
  text: string,
  norm: string,
  isKnown: ((norm: string) => boolean) | undefined,
  knownFrom: KnownFrom | undefined
): WordSplit | undefined => {
  if (text.length > MAX_WORD || norm.length < 3 || !isProcliticStart(norm.charCodeAt(0))) return undefined
  // letters without marks, and where each starts in the word
  let raw = text
  let folded = norm
  let pos: ReadonlyArray<number> | undefined
  let plain = norm.length === text.length
  for (let k = 0; plain && k < text.length; k++) {
    const u = text.charCodeAt(k)
    if (u < 0x0621 || u > 0x064a || u === 0x0640) plain = false
  }
  let at: Int32Array | undefined
  if (!plain) {
    // (into scratch memory: most such words are not split, and their letters and positions are then dropped)
    let count = 0
    for (let k = 0; k < text.length; k++) {
      const u = text.charCodeAt(k)
      if (u >= 0xfb50 && u <= 0xfeff) {
        const l = lettersOf(u)
        for (let m = 0; m < l.length; m++) {
          LETTERS[count] = l.charCodeAt(m)
          AT[count++] = k
        }
      } else if (isLetter(u)) {
        LETTERS[count] = u
        AT[count++] = k
      }
    }
    if (count < 3) return undefined
    raw = String.fromCharCode.apply(null, LETTERS.subarray(0, count) as unknown as Array<number>)
    folded = fold(raw)
    if (folded.length !== raw.length) return undefined
    at = AT.subarray(0, count)
    pos = at as unknown as ReadonlyArray<number>
  }
  // A plain word's letters are its code units, each folded on its own (the
  // `search` table maps every letter of U+0621–U+064A to one code unit), so
  // the fold of a slice is the slice of `norm`: no string is folded again.
  const split = splitClitics(raw, folded, isKnown === undefined || pos === undefined ? undefined : foldedFrom(text, pos), isKnown, knownFrom)
  if (split === undefined) return undefined
  // a ligature (ﻻ) cannot be cut in the middle
  if (posOf(pos, split.letters, text.length) === posOf(pos, split.letters - 1, text.length)) return undefined
  return { split, pos: at === undefined ? undefined : Array.from(at) }
}

/**
 * The `search` fold of a word from letter `k` on, for {@link splitClitics}: made in a function of its own, as a
 * closure written inside {@link splitWord} would make V8 allocate a context for `text` and `pos` at every call of it
 * (every Arabic word), taken or not.
 */
const foldedFrom =
  (text: string, pos: ReadonlyArray<number>) =>
  (k: number): string =>
    fold(text.slice(posOf(pos, k, text.length)))

/**
 * Scratch memory of {@link splitWord}: a word's letters and where each starts. A presentation form gives up to 15
 * letters (U+FDFA, `صلى الله عليه وسلم`), and a word is at most {@link MAX_WORD} code units.
 */
const LETTERS = new Uint16Array(MAX_WORD * 15)
const AT = new Int32Array(MAX_WORD * 15)

/**
 * Where letter `k` of a word `length` code units long starts, under a split
 * of it (a part that ends the word ends at `length`).
 *
 * @internal
 */
export const letterStart = (w: WordSplit, k: number, length: number): number => (k === 0 ? 0 : posOf(w.pos, k, length))

/**
 * The `search` fold of `text.slice(a, b)`, a part of a split word `text`
 * whose fold is `norm`.
 *
 * @internal
 */
export const foldPart = (w: WordSplit, text: string, norm: string, a: number, b: number): string =>
  foldSlice(text.slice(a, b), text, norm, w.pos, a, b)

/** A token of `tokenize`, with its clitics and stem when the word was split. */
const makeToken = (text: string, norm: string, start: number, end: number, kind: TokenKind, w: WordSplit | undefined): Token => {
  if (w === undefined) return { text, norm, start, end, kind }
  const clitics: Array<Clitic> = []
  let letter = 0
  for (const part of w.split.parts) {
    const a = letterStart(w, letter, text.length)
    letter += part.letters
    const b = letterStart(w, letter, text.length)
    clitics.push({ text: text.slice(a, b), norm: foldPart(w, text, norm, a, b), start: start + a, end: start + b, kind: part.kind })
  }
  const a = letterStart(w, w.split.letters, text.length)
  const stem: Stem = { text: text.slice(a), norm: foldPart(w, text, norm, a, text.length), start: start + a, end: start + text.length }
  return { text, norm, start, end, kind, clitics, stem }
}

/**
 * Splits `text` into words, numbers, punctuation and symbols, with offsets.
 *
 * - Words are runs of letters and combining marks (with tatweel and in-word
 *   joiners); a Latin word also keeps digits (`G20`, `MP3`) and an apostrophe
 *   between two letters (`don't`). Arabic letters and digits are separated
 *   (`2015م` → `2015`, `م`). A run of tatweel alone is punctuation (a dash).
 * - Numbers are runs of digits of any script, with `.` `,` `٫` `٬` between two
 *   digits (`1,250.5`, `٣٫٥`).
 * - Every punctuation mark and every symbol is a token of its own; an emoji
 *   sequence (skin tone, flag, ZWJ sequence, keycap) is one symbol.
 * - Whitespace, control and format characters separate tokens.
 * - An HTML character reference (`&quot;`, `&#233;`, `&nbsp;`) reads as the
 *   character it names: inside its word for a letter, a separator for a space
 *   or a format character, else one token of its character's kind.
 *
 * Arabic words also get their proclitics split off (see {@link Clitic}).
 */
export function tokenize(text: string, options: TokenizeOptions = {}): ReadonlyArray<Token> {
  if (typeof text !== "string") throw new TypeError(`tokenize: expected a string, got ${typeof text}`)
  return tokensWith(text, options, makeToken)
}

/**
 * The tokens of `text` by the rules of {@link tokenize}, each built by
 * `make` from its original slice, its `search` fold, its offsets, its kind
 * and, for an Arabic word whose proclitics are split, the split. The entity
 * tagger builds its units with it directly, without the token, clitic and
 * stem objects in between (they were a third of the bytes its stage
 * allocated).
 *
 * @internal
 */
export const tokensWith = <T>(
  text: string,
  options: TokenizeOptions,
  make: (text: string, norm: string, start: number, end: number, kind: TokenKind, split: WordSplit | undefined) => T
): Array<T> => {
  const cls = tokenClasses()
  const split = options.clitics ?? true
  const isKnown = options.isKnown
  const knownFrom = options.isKnownFrom
  const tokens: Array<T> = []
  const n = text.length
  // (each token goes through `pushToken`: a closure made per call cost an allocation, and with esbuild's keep-names,
  // as tsx runs the code, a property definition too; the entity stage calls this once per region; fifty-ninth session)
  let i = 0
  while (i < n) {
    const k = classAt(text, i, cls)
    const width = isHigh(text.charCodeAt(i)) && i + 1 < n && isLow(text.charCodeAt(i + 1)) ? 2 : 1
    if (k === SKIP || k === JOINER) {
      i += width
      continue
    }
    if (k === PUNCT) {
      // `&quot;`, `&nbsp;`, `&#8221;`: an HTML character reference left by a scraper is one token of the kind of the
      // character it names (a space separates), never `&`, a word and `;` (a name tagged `quot`)
      const ref = text.charCodeAt(i) === 0x26 ? referenceLength(text, i, n) : 0
      if (ref > 0) {
        const rk = referenceValue <= 0xffff ? cls[referenceValue]! : astralClass(referenceValue)
        if (rk === WORD) {
          const start = i
          i = scanWord(text, i, cls, isLatinLetter(referenceValue))
          pushToken(tokens, text, start, i, "word", split, isKnown, knownFrom, make)
        } else {
          if (rk !== SKIP && rk !== JOINER) pushToken(tokens, text, i, i + ref, rk === PUNCT ? "punct" : rk === DIGIT ? "number" : "symbol", split, isKnown, knownFrom, make)
          i += ref
        }
        continue
      }
      pushToken(tokens, text, i, i + width, "punct", split, isKnown, knownFrom, make)
      i += width
      continue
    }
    if (k === SYMBOL) {
      const end = emojiEnd(text, i, i + width)
      pushToken(tokens, text, i, end, "symbol", split, isKnown, knownFrom, make)
      i = end
      continue
    }
    const start = i
    if (k === DIGIT) {
      i += width
      for (;;) {
        if (i >= n) break
        const c = classAt(text, i, cls)
        if (c === DIGIT) {
          i += isHigh(text.charCodeAt(i)) ? 2 : 1
          continue
        }
        if (NUMBER_SEPARATOR(text.charCodeAt(i)) && i + 1 < n && classAt(text, i + 1, cls) === DIGIT) {
          i += 1
          continue
        }
        break
      }
      if (i < n && isLatinLetter(text.charCodeAt(i))) {
        i = scanWord(text, i, cls, true)
        pushToken(tokens, text, start, i, "word", split, isKnown, knownFrom, make)
      } else pushToken(tokens, text, start, i, "number", split, isKnown, knownFrom, make)
      continue
    }
    // a word
    const latin = isLatinLetter(text.charCodeAt(i))
    i = scanWord(text, i, cls, latin)
    const cat = categories()
    let allTatweel = true
    for (let m = start; m < i; m++) {
      const u = text.charCodeAt(m)
      if (u !== 0x0640 && cat[u] !== Cat.Mark) {
        allTatweel = false
        break
      }
    }
    pushToken(tokens, text, start, i, allTatweel && text.slice(start, i).includes("\u0640") ? "punct" : "word", split, isKnown, knownFrom, make)
  }
  return tokens
}

/** Adds the token `text[start, end)` of `kind` to `tokens`, made by `make` with its fold and its clitic split ({@link tokensWith}). */
const pushToken = <T>(
  tokens: Array<T>,
  text: string,
  start: number,
  end: number,
  kind: TokenKind,
  split: boolean,
  isKnown: ((norm: string) => boolean) | undefined,
  knownFrom: KnownFrom | undefined,
  make: (text: string, norm: string, start: number, end: number, kind: TokenKind, split: WordSplit | undefined) => T
): void => {
  const t = text.slice(start, end)
  const norm = fold(t)
  const w = kind === "word" && split && isArabicChar(text.charCodeAt(start)) ? splitWord(t, norm, isKnown, knownFrom) : undefined
  tokens.push(make(t, norm, start, end, kind, w))
}

const isRegional = (cp: number): boolean => cp >= 0x1f1e6 && cp <= 0x1f1ff

/**
 * End of an emoji sequence whose first character is `[start, end)`: variation
 * selectors, skin tones, keycaps, tags, zero-width-joined emoji and a second
 * regional indicator (a flag) stay in the same token.
 */
const emojiEnd = (text: string, start: number, end: number): number => {
  const n = text.length
  let j = end
  let regional = isRegional(text.codePointAt(start)!)
  while (j < n) {
    const cp = text.codePointAt(j)!
    const w = cp > 0xffff ? 2 : 1
    if (cp === 0xfe0e || cp === 0xfe0f || cp === 0x20e3 || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) {
      j += w
      continue
    }
    if (regional && isRegional(cp)) {
      regional = false
      j += w
      continue
    }
    if (cp === 0x200d && j + 1 < n) {
      const next = text.codePointAt(j + 1)!
      if (astralClass(next) === SYMBOL) {
        j += 1 + (next > 0xffff ? 2 : 1)
        continue
      }
    }
    break
  }
  return j
}

const scanWord = (text: string, i: number, cls: Uint8Array, latin: boolean): number => {
  const n = text.length
  let j = i
  while (j < n) {
    const u = text.charCodeAt(j)
    const c = classAt(text, j, cls)
    if (c === WORD) {
      j += isHigh(u) ? 2 : 1
      continue
    }
    if (c === DIGIT && latin) {
      j += isHigh(u) ? 2 : 1
      continue
    }
    if (c === JOINER && j > i && j + 1 < n && classAt(text, j + 1, cls) === WORD) {
      j++
      continue
    }
    if (latin && APOSTROPHE(u) && j > i && j + 1 < n && isLatinLetter(text.charCodeAt(j + 1)) && isLatinLetter(text.charCodeAt(j - 1))) {
      j++
      continue
    }
    // `Jos&#233;`, `&Eacute;cole`, `Fran&ccedil;ois`: an HTML character reference to a letter, left by a scraper, is
    // part of the word (its fold reads it: see the `characterReferences` step), and one to an apostrophe between two
    // Latin letters joins them as the apostrophe does (`co&#8217;s`)
    if (u === 0x26) {
      const len = referenceLength(text, j, n)
      if (len > 0 && referenceValue <= 0xffff && categories()[referenceValue] === Cat.Letter) {
        j += len
        continue
      }
      if (len > 0 && latin && APOSTROPHE(referenceValue) && j > i && j + len < n && isLatinLetter(text.charCodeAt(j + len)) && isLatinLetter(text.charCodeAt(j - 1))) {
        j += len
        continue
      }
    }
    break
  }
  return j === i ? i + 1 : j
}
