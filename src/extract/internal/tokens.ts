/**
 * The token stream the extract scanners (dates, numbers, quotes, keywords)
 * walk: one forward pass over a {@link TextView}'s text, cached per view, so
 * the four stages tokenize a document once. The ids of the token keys in the
 * stages' lexicons are computed once per stream too (`keys.ts`).
 *
 * Unlike the lexicon key tokenizer (`src/lexicons/key.ts`), which only keeps
 * runs of letters and digits, this stream keeps what the scanners need to
 * read dates and numbers: letters and digits are separate tokens (`2015م` is
 * `2015` + `م`, `و23` is `و` + `23`), every punctuation mark is a token of its
 * own, line breaks are tokens, and each token knows whether white space stood
 * before it. Word keys use the lexicon folding (`foldChar` from
 * `src/lexicons/key.ts`), which folds as the normalize stage's `search` preset
 * does (alef forms, `ى`, `ة`, `ؤ ئ` → `ء`); so keys are the same whether the
 * view is the `search` view or the original text, and lexicon phrases compiled
 * with {@link foldKey} match either.
 *
 * A number token is a run of digits (any script) with inner separators
 * followed by a digit: `1,500,000`, `35,5`, `1.13`, `٣٫٥`, `10.8.2015`.
 *
 * Tokenizing is linear in the length of the text: one table look-up per code unit.
 *
 * @module
 */
import { foldChar } from "../../lexicons/key.js"
import type { TextView } from "../../model/view.js"

/** Token kinds. */
export const WORD = 1
export const NUM = 2
export const PUNCT = 3
export const BREAK = 4

/** The tokens of one view's text. Offsets are into `view.text`. */
export interface Tokens {
  readonly view: TextView
  /** True when the view is the text itself (offsets need no mapping). */
  readonly identity: boolean
  readonly count: number
  readonly kinds: Uint8Array
  readonly starts: Int32Array
  readonly ends: Int32Array
  /** Folded word keys; ASCII digits and separators for numbers; the character for punctuation; `\n` for breaks. */
  readonly keys: Array<string>
  /** 1 when white space (not a line break) stands right before the token. */
  readonly spaced: Uint8Array
}

// character classes
const C_PUNCT = 0
const C_LETTER = 1
const C_DIGIT = 2
const C_IGNORE = 3
const C_SPACE = 4
const C_BREAK = 5
/** Harakat, tatweel, Quranic marks: folded away in keys, but part of the word's span. */
const C_MARK = 6

const classes = new Uint8Array(0x10000)
/** Folded form of a letter or digit when it differs from the character itself. */
const folded: Array<string | undefined> = new Array(0x10000)

const isBreak = (c: number) => c === 0x0a || c === 0x0d || c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029
const isSpace = (c: number) =>
  c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000

for (let c = 0; c < 0x10000; c++) {
  if (c >= 0xd800 && c <= 0xdfff) {
    classes[c] = C_PUNCT
    continue
  }
  if (isBreak(c)) {
    classes[c] = C_BREAK
    continue
  }
  if (isSpace(c)) {
    classes[c] = C_SPACE
    continue
  }
  const f = foldChar(c)
  if (f === null) classes[c] = C_PUNCT
  else if (f.length === 0) classes[c] = c === 0x0640 || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed) || (c >= 0x0300 && c <= 0x036f) ? C_MARK : C_IGNORE
  else {
    classes[c] = f.length === 1 && f >= "0" && f <= "9" ? C_DIGIT : C_LETTER
    if (f !== String.fromCharCode(c)) {
      folded[c] = f
    }
  }
}


/** 1 for the code units that continue a word: letters and the marks inside words. */
const IN_WORD = new Uint8Array(0x10000)
/** 1 for the code units that continue a number: digits and the marks inside them. */
const IN_NUMBER = new Uint8Array(0x10000)
/** 1 for the code units whose key differs from the text (folded, dropped, or a separator to map). */
const FOLDS = new Uint8Array(0x10000)
for (let c = 0; c < 0x10000; c++) {
  const cls = classes[c]
  IN_WORD[c] = cls === C_LETTER || cls === C_IGNORE || cls === C_MARK ? 1 : 0
  IN_NUMBER[c] = cls === C_DIGIT || cls === C_IGNORE || cls === C_MARK ? 1 : 0
  FOLDS[c] = folded[c] !== undefined || cls === C_IGNORE || cls === C_MARK || c === 0x066b || c === 0x066c ? 1 : 0
}

/** Decimal and thousands separators allowed inside a number token. */
const isNumberSeparator = (c: number) => c === 0x2e || c === 0x2c || c === 0x066b || c === 0x066c

/**
 * The folded key of `text[start, end)` (letters and digits folded, ignorable
 * marks dropped): unchanged runs are sliced, so a word with one hamza costs
 * two slices and a concatenation.
 */
const keyOfRange = (text: string, start: number, end: number): string => {
  let out = ""
  let run = start
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    const f = folded[c]
    const cls = classes[c]
    if (f === undefined && cls !== C_IGNORE && cls !== C_MARK && c !== 0x066b && c !== 0x066c) continue
    if (run < i) out += text.slice(run, i)
    if (cls !== C_IGNORE && cls !== C_MARK) out += c === 0x066b ? "." : c === 0x066c ? "," : f!
    run = i + 1
  }
  if (run === start) return text.slice(start, end)
  return run < end ? out + text.slice(run, end) : out
}

/**
 * The key of a lexicon phrase, word by word, under the same folding as the
 * token stream (so `أكَّد` and `اكد` share `اكد`). Digits and letters are
 * separate words, punctuation is dropped.
 */
export const foldKey = (phrase: string): Array<string> => {
  // (the rules ask it about the same few words again and again, a word before each date, each role, each mention of
  // God: a short phrase's key is kept, and a copy handed out, so that a caller may change its array. A whole
  // tokenization per call, with its buffer and its view, cost about 1.5% of the pipeline on Arabic news; forty-seventh
  // session)
  const short = phrase.length <= FOLDED_PHRASE_MAX
  let key = short ? foldedKeys.get(phrase) : undefined
  if (key === undefined) {
    const t = tokenizeText(phrase)
    const out: Array<string> = []
    for (let i = 0; i < t.count; i++) if (t.kinds[i] === WORD || t.kinds[i] === NUM) out.push(t.keys[i]!)
    if (!short) return out
    if (foldedKeys.size >= FOLDED_KEYS_MAX) foldedKeys.clear()
    foldedKeys.set(phrase, (key = out))
  }
  return key.slice()
}

/** The longest phrase (characters) whose key {@link foldKey} keeps. */
const FOLDED_PHRASE_MAX = 64

/** How many phrases {@link foldKey} keeps the key of (emptied when full: a bound on memory for any stream of text). */
const FOLDED_KEYS_MAX = 4096
/** The keys {@link foldKey} has computed, by phrase. */
const foldedKeys = new Map<string, ReadonlyArray<string>>()

const identities = new WeakSet<TextView>()

/** The offsets of an identity view's range: the range itself (one function for every identity view, no closure per view). */
const sameRange = (start: number, end: number): { start: number; end: number } => ({ start, end })

const identity = (text: string): TextView => {
  const v: TextView = { text, toOriginal: sameRange }
  identities.add(v)
  return v
}

/** A view of a text onto itself: for callers that have no normalized view. */
export const identityView = identity

const tokenizeText = (text: string): Tokens => tokenize(identity(text))

const cache = new WeakMap<TextView, Tokens>()

/** The tokens of a view's text (computed once per view object). */
export const tokensOf = (view: TextView): Tokens => {
  let t = cache.get(view)
  if (t === undefined) {
    t = tokenize(view)
    cache.set(view, t)
  }
  return t
}

/**
 * The four arrays of a stream, carved out of one buffer: `starts` and `ends`
 * (4 bytes a token) first, then `kinds` and `spaced`. An array of more than
 * a few dozen bytes has its memory allocated outside V8's heap, which costs
 * far more than filling it; one allocation instead of four per document.
 */
interface Columns {
  readonly starts: Int32Array
  readonly ends: Int32Array
  readonly kinds: Uint8Array
  readonly spaced: Uint8Array
}

const columns = (cap: number): Columns => {
  const buffer = new ArrayBuffer(cap * 10)
  return {
    starts: new Int32Array(buffer, 0, cap),
    ends: new Int32Array(buffer, cap * 4, cap),
    kinds: new Uint8Array(buffer, cap * 8, cap),
    spaced: new Uint8Array(buffer, cap * 9, cap)
  }
}

/** Columns of `cap` tokens holding the first `count` tokens of `old`. */
const grow = (old: Columns, cap: number, count: number): Columns => {
  const next = columns(cap)
  next.starts.set(old.starts.subarray(0, count))
  next.ends.set(old.ends.subarray(0, count))
  next.kinds.set(old.kinds.subarray(0, count))
  next.spaced.set(old.spaced.subarray(0, count))
  return next
}

const tokenize = (view: TextView): Tokens => {
  const text = view.text
  const n = text.length
  // a generous first guess; grown when needed
  let cap = Math.max(16, (n >> 2) + 16)
  let cols = columns(cap)
  let { kinds, starts, ends, spaced } = cols
  const keys: Array<string> = []
  let count = 0
  let space = 0
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const cls = classes[c]!
    if (cls === C_SPACE) {
      space = 1
      i++
      continue
    }
    if (cls === C_IGNORE || (cls === C_MARK && c !== 0x0640)) {
      // format marks, and harakat with no letter before them, are skipped
      i++
      continue
    }
    const s = i
    let kind: number
    let key: string
    if (cls === C_LETTER || cls === C_DIGIT) {
      const table = cls === C_LETTER ? IN_WORD : IN_NUMBER
      let fold = FOLDS[c]!
      i++
      for (;;) {
        let d = 0
        while (i < n && table[(d = text.charCodeAt(i))] === 1) {
          fold |= FOLDS[d]!
          i++
        }
        if (cls === C_LETTER) {
          // an apostrophe between two Latin letters stays inside the word (don't, O'Neill)
          if ((d === 0x27 || d === 0x2019) && i + 1 < n && isLatinLetter(text.charCodeAt(i + 1)) && isLatinLetter(text.charCodeAt(i - 1))) {
            i++
            continue
          }
        } else if (i + 1 < n && isNumberSeparator(d) && classes[text.charCodeAt(i + 1)] === C_DIGIT) {
          fold |= FOLDS[d]!
          i++
          continue
        }
        break
      }
      let e = i
      while (e > s && classes[text.charCodeAt(e - 1)] === C_IGNORE) e--
      kind = cls === C_LETTER ? WORD : NUM
      key = fold === 0 ? text.slice(s, e) : keyOfRange(text, s, e)
    } else if (cls === C_BREAK) {
      // a CR LF pair is one break
      i += c === 0x0d && text.charCodeAt(i + 1) === 0x0a ? 2 : 1
      kind = BREAK
      key = "\n"
    } else {
      // punctuation, or a mark with no letter before it (a free-standing tatweel used as a dash: keyed as the dash
      // the `search` view writes for it, so a scan of the text and of the view agree, `2005 ـ 2015`)
      i++
      kind = PUNCT
      key = c === 0x0640 ? "-" : text[s]!
    }
    if (count === cap) {
      cap *= 2
      cols = grow(cols, cap, count)
      ;({ kinds, starts, ends, spaced } = cols)
    }
    kinds[count] = kind
    starts[count] = s
    ends[count] = kind === BREAK ? i : kind === PUNCT ? s + 1 : endOf(text, s, i)
    spaced[count] = space
    keys.push(key)
    count++
    space = 0
  }
  return {
    view,
    identity: identities.has(view),
    count,
    kinds: kinds.subarray(0, count),
    starts: starts.subarray(0, count),
    ends: ends.subarray(0, count),
    keys,
    spaced: spaced.subarray(0, count)
  }
}

/** The end of a word or number token: trailing format marks (bidi, zero-width) are not part of it. */
const endOf = (text: string, s: number, i: number): number => {
  let e = i
  while (e > s && classes[text.charCodeAt(e - 1)] === C_IGNORE) e--
  return e
}

const isLatinLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0x24f)

/** True when the key is made of Arabic letters. */
export const isArabicKey = (key: string): boolean => {
  const c = key.charCodeAt(0)
  return c >= 0x0600 && c <= 0x06ff
}

/**
 * True when token `i` starts with a capital Latin letter in the original text
 * (`original`): a `search` view has folded case away, so the view cannot tell.
 */
export const isCapitalized = (t: Tokens, original: string, i: number): boolean => {
  const at = t.identity ? t.starts[i]! : t.view.toOriginal(t.starts[i]!, t.starts[i]! + 1).start
  const c = original.charCodeAt(at)
  return c >= 0x41 && c <= 0x5a
}

/**
 * The view offset after the first `letters` letters of token `i` (skipping
 * ignorable marks): where a word starts once a proclitic is left out.
 */
export const offsetAfterLetters = (t: Tokens, i: number, letters: number): number => {
  const text = t.view.text
  let at = t.starts[i]!
  const end = t.ends[i]!
  let seen = 0
  while (at < end && seen < letters) {
    const cls = classes[text.charCodeAt(at)]
    if (cls !== C_IGNORE && cls !== C_MARK) seen++
    at++
  }
  while (at < end && (classes[text.charCodeAt(at)] === C_IGNORE || classes[text.charCodeAt(at)] === C_MARK)) at++
  return at
}

/** The original offset where token `i` starts. */
export const originalStart = (t: Tokens, i: number): number => (t.identity ? t.starts[i]! : t.view.toOriginal(t.starts[i]!, t.starts[i]! + 1).start)

/**
 * A mask over the tokens: 1 for each token that starts inside one of the
 * original `ranges`. Costs two binary searches per range (the view's mapping
 * is monotone, so the covered tokens are those from the first starting at or
 * after `start` to the first starting at or after `end`); tokens are never
 * mapped one by one.
 */
export const tokenMask = (t: Tokens, ranges: ReadonlyArray<{ readonly start: number; readonly end: number }>): Uint8Array => {
  const mask = new Uint8Array(t.count)
  for (const r of ranges) {
    const from = firstTokenFrom(t, r.start)
    const to = firstTokenFrom(t, r.end)
    if (to > from) mask.fill(1, from, to)
  }
  return mask
}

/** The first token whose original start is at or after `offset` (binary search). */
export const firstTokenFrom = (t: Tokens, offset: number): number => {
  let lo = 0
  let hi = t.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (originalStart(t, mid) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

const WAW = "\u0648"
const FA = "\u0641"
const BA = "\u0628"
const LAM = "\u0644"
const KAF = "\u0643"
const ALEF = "\u0627"

/**
 * The readings of a word key with its proclitics left out, longest key first:
 * `والاثنين` → [`والاثنين`, `الاثنين`]; `وبالمئة` → [`وبالمئة`, `بالمئة`, `المئة`];
 * `للعام` → [`للعام`, `لعام`, `العام`]. Each reading gives how many letters
 * of the key were left out (`strip`; for `لل` the `ال` is restored, so strip is 1).
 */
export const cliticReadings = (key: string): Array<{ readonly key: string; readonly strip: number }> => {
  const out: Array<{ key: string; strip: number }> = [{ key, strip: 0 }]
  if (key.length < 3 || !isArabicKey(key)) return out
  let k = key
  let strip = 0
  if (k[0] === WAW || k[0] === FA) {
    k = k.slice(1)
    strip = 1
    out.push({ key: k, strip })
  }
  if (k.length >= 3 && (k[0] === BA || k[0] === LAM || k[0] === KAF)) {
    if (k[0] === LAM && k[1] === LAM) out.push({ key: ALEF + k.slice(1), strip: strip + 1 })
    else out.push({ key: k.slice(1), strip: strip + 1 })
  }
  return out
}
