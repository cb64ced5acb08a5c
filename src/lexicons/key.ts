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

/** Fold table for U+0000–U+07FF: -1 separator, -2 ignorable, otherwise the folded code unit (one unit). */
const TABLE_SIZE = 0x800
const SEP = -1
const IGN = -2
const foldTable = /* @__PURE__ */ (() => {
  const t = new Int32Array(TABLE_SIZE)
  for (let c = 0; c < TABLE_SIZE; c++) {
    const f = foldChar(c)
    t[c] = f === null ? SEP : f.length === 0 ? IGN : f.length === 1 ? f.charCodeAt(0) : -3
  }
  return t
})()

/** Longest key kept for one token: longer tokens never match a lexicon phrase. */
const MAX_KEY = 64

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
  // The key of the open token is text[curStart, curEnd) while no character
  // needed folding (`built === null`); from the first fold on it is built.
  let built: string | null = null
  let curStart = -1
  let curEnd = -1
  let curCls = 0
  let truncated = false
  const flush = () => {
    let key = built ?? text.slice(curStart, curEnd)
    if (key.length > MAX_KEY) key = key.slice(0, MAX_KEY)
    keys.push(key)
    starts.push(curStart)
    ends.push(curEnd)
    built = null
    curStart = -1
  }
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    let code: number
    let multi: string | null = null
    if (c === 0x26) {
      // an HTML entity left by a scraper (&quot; &ndash; &#8211;) separates like punctuation
      const len = entityLength(text, i, to)
      if (len > 0) i += len - 1
      code = SEP
    } else if (c < TABLE_SIZE) {
      code = foldTable[c]!
      if (code === -3) multi = foldChar(c)
    } else {
      const f = foldChar(c)
      code = f === null ? SEP : f.length === 0 ? IGN : f.length === 1 ? f.charCodeAt(0) : -3
      if (code === -3) multi = f
    }
    if (code === SEP) {
      if (curStart >= 0) flush()
      continue
    }
    if (code === IGN) {
      // an ignorable mark (tatweel, a haraka): part of the token's span, not of its key
      if (curStart >= 0) {
        if (built === null) built = text.slice(curStart, curEnd)
        curEnd = i + 1
      }
      continue
    }
    // an Arabic word glued to a number (الدمام25، 1436هـ) is two tokens
    const cls = (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9) ? 1 : c >= 0x0600 && c <= 0x06ff ? 2 : 0
    if (curStart >= 0 && cls !== 0 && curCls !== 0 && cls !== curCls) flush()
    if (curStart < 0) {
      if (keys.length >= maxTokens) {
        truncated = true
        break
      }
      curStart = i
      curEnd = i
    }
    if (built === null && (code !== c || curEnd !== i)) built = text.slice(curStart, curEnd)
    if (built !== null && built.length <= MAX_KEY) built += multi ?? String.fromCharCode(code)
    curEnd = i + 1
    curCls = cls
  }
  if (curStart >= 0) flush()
  return { keys, starts, ends, truncated }
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
