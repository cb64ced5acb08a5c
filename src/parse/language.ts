/**
 * Language and script detection by letter counts.
 *
 * News text is overwhelmingly one script per article; counting letters per
 * script is fast, deterministic and right for Arabic vs English. Within the
 * Latin script, English is told from other languages by its function words.
 *
 * @module
 */
import { isArabicBaseLetter } from "../internal/letters.js"
import type { Language } from "../schema/record.js"

const EN_FUNCTION_WORDS = new Set([
  "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "was", "with", "he", "it", "as", "said", "by", "at", "from", "his", "has", "have", "be", "are", "were", "will"
])
const FR_FUNCTION_WORDS = new Set(["le", "la", "les", "des", "du", "et", "est", "une", "dans", "pour", "que", "qui", "au", "sur", "pas"])

const scriptOf = (c: number): "Arab" | "Latn" | "Cyrl" | "Hebr" | null => {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return "Latn"
  if ((c >= 0x620 && c <= 0x64a) || (c >= 0x671 && c <= 0x6d3) || (c >= 0x750 && c <= 0x77f) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return "Arab"
  if (c >= 0x400 && c <= 0x4ff) return "Cyrl"
  if (c >= 0x5d0 && c <= 0x5ea) return "Hebr"
  return null
}

/**
 * The words of `text[start, end)` lower-cased, as `/[a-zà-ÿ]+/g` finds them
 * after `toLowerCase()`: the reference definition, kept for the rare text
 * where a character outside Latin-1 lower-cases into that range.
 */
const wordsByRegex = (text: string, start: number, end: number): Array<string> => text.slice(start, end).toLowerCase().match(/[a-zà-ÿ]+/g) ?? []

/** The longest function word: longer words are counted without being read. */
const MAX_FUNCTION_WORD = Math.max(...[...EN_FUNCTION_WORDS, ...FR_FUNCTION_WORDS].map((w) => w.length))
// a word's code must stay an exact integer (below 2^53: six letters of base 256)
if (MAX_FUNCTION_WORD > 6) throw new Error(`language: function words of ${MAX_FUNCTION_WORD} letters do not fit a word code`)

/**
 * A word of at most six letters of Latin-1 as a number (base 256, one digit
 * per lower-cased letter; letters are never 0, so no two words share a code).
 */
const wordCode = (w: string): number => {
  let code = 0
  for (let i = 0; i < w.length; i++) code = code * 256 + w.charCodeAt(i)
  return code
}
const EN_CODES: ReadonlySet<number> = new Set([...EN_FUNCTION_WORDS].map(wordCode))
const FR_CODES: ReadonlySet<number> = new Set([...FR_FUNCTION_WORDS].map(wordCode))

/**
 * Code units below U+0100 whose lower case is in `[a-zà-ÿ]`: 1 for those,
 * with the lower-cased unit in the upper bits (`A-Z`, `À-Þ` but `×`, and the
 * lower-case ones themselves, `÷` included as the regex range has it).
 */
const LATIN_WORD = /* @__PURE__ */ (() => {
  const t = new Uint16Array(0x100)
  for (let c = 0; c < 0x100; c++) {
    const l = String.fromCharCode(c).toLowerCase().charCodeAt(0)
    if ((l >= 0x61 && l <= 0x7a) || (l >= 0xe0 && l <= 0xff)) t[c] = (l << 1) | 1
  }
  return t
})()

/**
 * Code units from U+0100 up whose lower case falls in `[a-zà-ÿ]` (İ, Ÿ, the
 * Kelvin sign, the Ångström sign; a test checks the whole BMP). A text that
 * holds one is read with {@link wordsByRegex}.
 */
const lowersIntoLatin1 = (c: number): boolean => c === 0x0130 || c === 0x0178 || c === 0x212a || c === 0x212b

/**
 * Counts English and French function words among the words of
 * `text[start, end)` (as {@link wordsByRegex} finds them) without making a
 * string per word: only words short enough to be a function word are looked
 * up, by their {@link wordCode}.
 */
export const functionWords = (text: string, start: number, end: number): { en: number; fr: number } => {
  let en = 0
  let fr = 0
  let len = 0
  let code = 0
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0
    if (c < 0x100) {
      const e = LATIN_WORD[c]!
      if (e !== 0) {
        len++
        if (len <= MAX_FUNCTION_WORD) code = code * 256 + (e >>> 1)
        continue
      }
    } else if (lowersIntoLatin1(c)) {
      en = 0
      fr = 0
      for (const w of wordsByRegex(text, start, end)) {
        if (EN_FUNCTION_WORDS.has(w)) en++
        if (FR_FUNCTION_WORDS.has(w)) fr++
      }
      return { en, fr }
    }
    // a word ends here
    if (len > 0 && len <= MAX_FUNCTION_WORD) {
      if (EN_CODES.has(code)) en++
      if (FR_CODES.has(code)) fr++
    }
    len = 0
    code = 0
  }
  return { en, fr }
}

/** Script of each code unit below U+0800, as counted: 0 none, 1 Arabic, 2 Latin, 3 Cyrillic, 4 Hebrew. */
const SCRIPT = /* @__PURE__ */ (() => {
  const t = new Uint8Array(0x800)
  for (let c = 0x41; c < 0x800; c++) {
    const s = scriptOf(c)
    t[c] = s === "Arab" ? 1 : s === "Latn" ? 2 : s === "Cyrl" ? 3 : s === "Hebr" ? 4 : 0
  }
  return t
})()

/** More Arabic letters than Latin ones in `text[start, end)` (a line's script, for rules that differ by it). */
export const mostlyArabic = (text: string, start: number, end: number): boolean => {
  let ar = 0
  let la = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (isArabicBaseLetter(c)) ar++
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) la++
  }
  return ar > la
}

/** Detects language, script and direction of `text` (looks at most at the first `limit` code units). */
export const detectLanguage = (text: string, limit = 20_000): Language => detectLanguageIn(text, 0, Math.min(text.length, limit))

/** {@link detectLanguage} of `text[start, end)`, without slicing it out. */
export const detectLanguageIn = (text: string, start: number, end: number): Language => {
  const counts = [0, 0, 0, 0, 0]
  const n = end - start
  const table = SCRIPT
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x800) counts[table[c]!]!++
    else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) counts[1]!++
  }
  const arab = counts[1]!
  const latn = counts[2]!
  const cyrl = counts[3]!
  const hebr = counts[4]!
  const total = arab + latn + cyrl + hebr
  if (total === 0) return { code: "und", script: "Zyyy", direction: "ltr", confidence: 0 }
  const max = Math.max(arab, latn, cyrl, hebr)
  const confidence = Math.round((max / total) * 1000) / 1000
  if (max === arab) return { code: "ar", script: "Arab", direction: "rtl", confidence }
  if (max === latn) {
    const { en, fr } = functionWords(text, start, start + Math.min(n, 4000))
    return { code: fr > en * 1.5 && fr > 3 ? "fr" : "en", script: "Latn", direction: "ltr", confidence }
  }
  if (max === hebr) return { code: "he", script: "Hebr", direction: "rtl", confidence }
  return { code: "ru", script: "Cyrl", direction: "ltr", confidence }
}
