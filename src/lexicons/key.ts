/**
 * Lookup keys: the one normalization under which lexicon phrases and text are compared.
 *
 * A key is a sequence of tokens. A token is a run of letters and digits after
 * folding; everything else (spaces, punctuation, dashes, brackets, quotes)
 * separates tokens, and marks that carry no letter (tatweel, harakat, bidi and
 * zero-width marks) are skipped inside a token. Folding:
 * - Arabic: أ إ آ ٱ → ا, ى → ي, ة → ه, Persian ک ی → ك ي, presentation forms → base letters;
 * - digits: Arabic-Indic and Eastern Arabic-Indic → ASCII;
 * - Latin: lower case.
 *
 * So `«الشرق الأوسط»`, `الشرق  الأوسط` and `الشـرق الاوسط` share the key
 * `الشرق الاوسط`, and `أ. ف. ب` and `ا ف ب` share `ا ف ب`. Every token keeps
 * the `[start, end)` of the original text it came from, so a match found on
 * keys is reported as a span of the original.
 *
 * Tokenizing is a single forward scan, linear in the scanned length.
 *
 * @module
 */

/** Tokens of a region of text, with their original spans. */
export interface Tokens {
  readonly keys: Array<string>
  readonly starts: Array<number>
  readonly ends: Array<number>
  /** True when the scan stopped at `maxTokens` before the end of the region. */
  truncated: boolean
}

/** Characters skipped inside tokens: tatweel, harakat, Quranic marks, bidi and zero-width marks, soft hyphen, BOM. */
export const isIgnorable = (c: number): boolean =>
  c === 0x0640 ||
  (c >= 0x064b && c <= 0x065f) ||
  c === 0x0670 ||
  (c >= 0x06d6 && c <= 0x06ed) ||
  (c >= 0x200b && c <= 0x200f) ||
  (c >= 0x202a && c <= 0x202e) ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0x00ad ||
  c === 0xfeff ||
  c === 0x061c

/** A digit of any script news uses: ASCII, Arabic-Indic (`٣`) or extended Arabic-Indic (`۳`). */
export const isAnyDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)

/** A haraka, the superscript alef or the tatweel: what may follow an Arabic letter inside its word. */
export const isArabicMark = (c: number): boolean => (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640

const presentationCache = new Map<number, string>()

const isPresentation = (c: number) => (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)

const foldPresentation = (c: number): string => {
  let v = presentationCache.get(c)
  if (v === undefined) {
    const nfkc = String.fromCharCode(c).normalize("NFKC")
    let out = ""
    for (let i = 0; i < nfkc.length; i++) {
      const d = nfkc.charCodeAt(i)
      // a form NFKC leaves alone (ligature signs, unassigned points) stays as it is
      const f = isPresentation(d) ? String.fromCharCode(d) : foldChar(d)
      if (f !== null) out += f
    }
    v = out
    presentationCache.set(c, v)
  }
  return v
}

/**
 * The folded form of one UTF-16 code unit: a string of letters or digits,
 * `""` for an ignorable mark, or `null` for a separator.
 */
export const foldChar = (c: number): string | null => {
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return String.fromCharCode(c)
    if (c >= 0x41 && c <= 0x5a) return String.fromCharCode(c + 32)
    if (c >= 0x30 && c <= 0x39) return String.fromCharCode(c)
    return null
  }
  if (c >= 0x0621 && c <= 0x064a) {
    switch (c) {
      case 0x0622:
      case 0x0623:
      case 0x0625:
        return "\u0627"
      case 0x0624: // hamza on waw and on yeh fold to the bare hamza, as the search preset does
      case 0x0626:
        return "\u0621"
      case 0x0649:
        return "\u064a"
      case 0x0629:
        return "\u0647"
      case 0x0640:
        return ""
      default:
        return String.fromCharCode(c)
    }
  }
  if (isIgnorable(c)) return ""
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(c - 0x0660 + 0x30)
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(c - 0x06f0 + 0x30)
  if (c === 0x0671) return "\u0627"
  if (c === 0x06a9) return "\u0643"
  if (c === 0x06cc || c === 0x06d2) return "\u064a"
  if (c === 0x06c1) return "\u0647"
  if (c >= 0x0671 && c <= 0x06d3) return String.fromCharCode(c)
  if (c >= 0x0750 && c <= 0x077f) return String.fromCharCode(c)
  if (isPresentation(c)) return foldPresentation(c)
  if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) return String.fromCharCode(c).toLowerCase()
  if (c >= 0x0370 && c <= 0x052f) return String.fromCharCode(c).toLowerCase()
  return null
}

/** Code units below this have a precomputed tokenizer entry. */
const TABLE_SIZE = 0x800

/** Longest key kept for one token: longer tokens never match a lexicon phrase. */
const MAX_KEY = 64

// The folded code units of the open token are collected in `KB`; a token whose
// characters needed no folding (and held no ignorable mark) takes its key
// straight from the text instead.
const KB = new Uint16Array(MAX_KEY)

/** The string of the first `len` code units of `KB` (explicit arguments: no array, no `apply`). */
const fromKB = (len: number): string => {
  const b = KB
  switch (len) {
    case 1:
      return String.fromCharCode(b[0]!)
    case 2:
      return String.fromCharCode(b[0]!, b[1]!)
    case 3:
      return String.fromCharCode(b[0]!, b[1]!, b[2]!)
    case 4:
      return String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!)
    case 5:
      return String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!, b[4]!)
    case 6:
      return String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!)
    case 7:
      return String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!, b[6]!)
    case 8:
      return String.fromCharCode(b[0]!, b[1]!, b[2]!, b[3]!, b[4]!, b[5]!, b[6]!, b[7]!)
    default:
      return String.fromCharCode.apply(null, b.subarray(0, len) as unknown as Array<number>)
  }
}

// One table entry per code unit below TABLE_SIZE for the tokenizer:
// bits 0-15 the folded code unit, bits 16-17 the class (1 digit, 2 Arabic, 0 other),
// and flags.
const E_SEP = 1 << 18
const E_IGN = 1 << 19
/** Folds to several code units (`foldChar` gives them). */
const E_MULTI = 1 << 20
/** `&`: may open an HTML entity. */
const E_AMP = 1 << 21
/** Folds to another code unit. */
const E_FOLDED = 1 << 22

const classOf = (c: number): number =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9) ? 1 : c >= 0x0600 && c <= 0x06ff ? 2 : 0

const entryOf = (c: number, f: string | null): number => {
  if (c === 0x26) return E_AMP
  if (f === null) return E_SEP
  if (f.length === 0) return E_IGN
  const cls = classOf(c) << 16
  if (f.length > 1) return cls | E_MULTI
  const u = f.charCodeAt(0)
  return cls | u | (u !== c ? E_FOLDED : 0)
}

const tokTable = /* @__PURE__ */ (() => {
  const t = new Int32Array(TABLE_SIZE)
  for (let c = 0; c < TABLE_SIZE; c++) t[c] = entryOf(c, foldChar(c))
  return t
})()

/**
 * What `foldChar(c)` would give, without making a string: -1 for a separator
 * (`null`), 0 for an ignorable mark (`""`), 1 for a letter or digit.
 */
export const foldClass = (c: number): -1 | 0 | 1 => {
  if (c < TABLE_SIZE) {
    const e = tokTable[c]!
    return (e & (E_SEP | E_AMP)) !== 0 ? -1 : (e & E_IGN) !== 0 ? 0 : 1
  }
  const f = foldChar(c)
  return f === null ? -1 : f.length === 0 ? 0 : 1
}

/**
 * Tokenizes `text[from, to)` into at most `maxTokens` tokens; `truncated`
 * says whether more tokens follow. When `from` falls inside a word, the
 * partial first word is still returned (callers that scan a tail window skip
 * it themselves when they need whole words). Linear in `to - from`.
 */
export const tokenize = (text: string, from: number, to: number, maxTokens = Number.POSITIVE_INFINITY): Tokens => {
  const keys: Array<string> = []
  const starts: Array<number> = []
  const ends: Array<number> = []
  // The key of the open token is the first MAX_KEY folded code units of its
  // letters and digits (ignorable marks add nothing). While `plain`, they are
  // exactly the text from `curStart` on, and nothing is written to KB: most
  // tokens fold to themselves and are sliced from the text. The first unit
  // that folds (or a mark) copies the plain units read so far into KB, and
  // from then on the folded units go there. An open token always runs up to
  // the unit being read, so it ends where it is closed.
  const table = tokTable
  const buf = KB
  let len = 0
  let plain = true
  let curStart = -1
  let curCls = 0
  let count = 0
  let truncated = false
  let i = from
  for (; i < to; i++) {
    const c = text.charCodeAt(i)
    let e = c < TABLE_SIZE ? table[c]! : entryOf(c, foldChar(c))
    // the common case: one more letter of the open token, of the same class
    if (curStart >= 0 && (e & (E_SEP | E_IGN | E_AMP | E_MULTI)) === 0) {
      const cls = (e >>> 16) & 3
      if (cls === curCls || cls === 0 || curCls === 0) {
        if (!plain) {
          if (len < MAX_KEY) buf[len++] = e & 0xffff
        } else if ((e & E_FOLDED) !== 0) {
          len = copyPlain(text, curStart, i)
          plain = false
          if (len < MAX_KEY) buf[len++] = e & 0xffff
        }
        curCls = cls
        continue
      }
    }
    if ((e & (E_SEP | E_AMP)) !== 0) {
      if (curStart >= 0) {
        keys.push(plain ? plainKey(text, curStart, i) : fromKB(len))
        starts.push(curStart)
        ends.push(i)
        count++
        curStart = -1
      }
      if ((e & E_AMP) !== 0) {
        // an HTML entity left by a scraper (&quot; &ndash; &#8211;) separates like punctuation
        const elen = entityLength(text, i, to)
        if (elen > 0) i += elen - 1
      }
      continue
    }
    if ((e & E_IGN) !== 0) {
      // an ignorable mark (tatweel, a haraka): part of the token's span, not of its key
      if (curStart >= 0 && plain) {
        len = copyPlain(text, curStart, i)
        plain = false
      }
      continue
    }
    // an Arabic word glued to a number (الدمام25، 1436هـ) is two tokens
    const cls = (e >>> 16) & 3
    if (curStart >= 0 && cls !== 0 && curCls !== 0 && cls !== curCls) {
      keys.push(plain ? plainKey(text, curStart, i) : fromKB(len))
      starts.push(curStart)
      ends.push(i)
      count++
      curStart = -1
    }
    if (curStart < 0) {
      if (count >= maxTokens) {
        truncated = true
        break
      }
      curStart = i
      len = 0
      plain = true
    }
    if ((e & E_MULTI) !== 0) {
      if (plain) {
        len = copyPlain(text, curStart, i)
        plain = false
      }
      const multi = foldChar(c)!
      for (let k = 0; k < multi.length && len < MAX_KEY; k++) buf[len++] = multi.charCodeAt(k)
    } else if (!plain) {
      if (len < MAX_KEY) buf[len++] = e & 0xffff
    } else if ((e & E_FOLDED) !== 0) {
      len = copyPlain(text, curStart, i)
      plain = false
      if (len < MAX_KEY) buf[len++] = e & 0xffff
    }
    curCls = cls
  }
  if (curStart >= 0) {
    keys.push(plain ? plainKey(text, curStart, i) : fromKB(len))
    starts.push(curStart)
    ends.push(i)
  }
  return { keys, starts, ends, truncated }
}

/** The key of a token that folds to itself: its text, at most MAX_KEY units. */
const plainKey = (text: string, start: number, end: number): string => text.slice(start, end - start > MAX_KEY ? start + MAX_KEY : end)

/** Copies the units of a plain token read so far (`text[start, end)`, at most MAX_KEY) into KB; returns how many. */
const copyPlain = (text: string, start: number, end: number): number => {
  const n = Math.min(end - start, MAX_KEY)
  for (let k = 0; k < n; k++) KB[k] = text.charCodeAt(start + k)
  return n
}

/** Length of an HTML entity (`&name;`, `&#123;`, `&#x1F;`) at `i`, or 0. */
export const entityLength = (text: string, i: number, to: number): number => {
  if (text.charCodeAt(i) !== 0x26) return 0
  const max = Math.min(to, i + 10)
  let j = i + 1
  if (j < max && text.charCodeAt(j) === 0x23) {
    j++
    if (j < max && (text.charCodeAt(j) === 0x78 || text.charCodeAt(j) === 0x58)) j++
  }
  const first = j
  while (j < max) {
    const c = text.charCodeAt(j)
    const alnum = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)
    if (!alnum) break
    j++
  }
  return j > first && j < max && text.charCodeAt(j) === 0x3b ? j - i + 1 : 0
}

/** The key of a whole string (tokens joined by one space). */
export const keyOf = (s: string): string => tokenize(s, 0, s.length).keys.join(" ")

/**
 * True when the code unit is white space or an invisible format mark (bidi
 * marks, zero-width characters, BOM, soft hyphen): what "blank" means when
 * spans are trimmed and when coverage is checked. Harakat and tatweel are not
 * blank: they belong to the text.
 */
export const isBlank = (c: number): boolean =>
  c === 0x20 ||
  (c >= 0x09 && c <= 0x0d) ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200f) ||
  (c >= 0x2028 && c <= 0x202f) ||
  c === 0x205f ||
  (c >= 0x2066 && c <= 0x2069) ||
  c === 0x3000 ||
  c === 0x0085 ||
  c === 0xfeff ||
  c === 0x061c ||
  c === 0x00ad
