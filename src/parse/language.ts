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

/** Detects language, script and direction of `text` (looks at most at the first `limit` code units). */
export const detectLanguage = (text: string, limit = 20_000): Language => {
  let arab = 0
  let latn = 0
  let cyrl = 0
  let hebr = 0
  const n = Math.min(text.length, limit)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x41) continue
    if (c <= 0x7a) {
      if (c <= 0x5a || c >= 0x61) latn++
    } else if (c >= 0x620 && c <= 0x64a) arab++
    else if (c < 0x620) {
      if (c >= 0x400 && c <= 0x4ff) cyrl++
      else if (c >= 0x5d0 && c <= 0x5ea) hebr++
      else if (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) latn++
    } else if (scriptOf(c) === "Arab") arab++
  }
  const total = arab + latn + cyrl + hebr
  if (total === 0) return { code: "und", script: "Zyyy", direction: "ltr", confidence: 0 }
  const max = Math.max(arab, latn, cyrl, hebr)
  const confidence = Math.round((max / total) * 1000) / 1000
  if (max === arab) return { code: "ar", script: "Arab", direction: "rtl", confidence }
  if (max === latn) {
    const words = text.slice(0, Math.min(n, 4000)).toLowerCase().match(/[a-zà-ÿ]+/g) ?? []
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
