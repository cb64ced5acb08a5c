/**
 * Language and script detection by letter counts.
 *
 * News text is overwhelmingly one script per article; counting letters per
 * script is fast, deterministic and right for Arabic vs English. Within the
 * Latin script, English is told from other languages by its function words.
 *
 * @module
 */
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
    if (c >= 0x0621 && c <= 0x064a) ar++
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
    const words = text.slice(start, start + Math.min(n, 4000)).toLowerCase().match(/[a-zà-ÿ]+/g) ?? []
    let en = 0
    let fr = 0
    for (const w of words) {
      if (EN_FUNCTION_WORDS.has(w)) en++
      if (FR_FUNCTION_WORDS.has(w)) fr++
    }
    return { code: fr > en * 1.5 && fr > 3 ? "fr" : "en", script: "Latn", direction: "ltr", confidence }
  }
  if (max === hebr) return { code: "he", script: "Hebr", direction: "rtl", confidence }
  return { code: "ru", script: "Cyrl", direction: "ltr", confidence }
}
