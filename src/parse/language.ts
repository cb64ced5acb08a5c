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
  const counts = { Arab: 0, Latn: 0, Cyrl: 0, Hebr: 0 }
  const n = Math.min(text.length, limit)
  for (let i = 0; i < n; i++) {
    const s = scriptOf(text.charCodeAt(i))
    if (s !== null) counts[s]++
  }
  const total = counts.Arab + counts.Latn + counts.Cyrl + counts.Hebr
  if (total === 0) return { code: "und", script: "Zyyy", direction: "ltr", confidence: 0 }
  const [script, count] = (Object.entries(counts) as Array<[keyof typeof counts, number]>).reduce((a, b) => (b[1] > a[1] ? b : a))
  const confidence = Math.round((count / total) * 1000) / 1000
  switch (script) {
    case "Arab":
      return { code: "ar", script, direction: "rtl", confidence }
    case "Hebr":
      return { code: "he", script, direction: "rtl", confidence }
    case "Cyrl":
      return { code: "ru", script, direction: "ltr", confidence }
    case "Latn": {
      const words = text.slice(0, n).toLowerCase().match(/[a-zà-ÿ]+/g) ?? []
      let en = 0
      let fr = 0
      for (const w of words) {
        if (EN_FUNCTION_WORDS.has(w)) en++
        if (FR_FUNCTION_WORDS.has(w)) fr++
      }
      return { code: fr > en * 1.5 && fr > 3 ? "fr" : "en", script, direction: "ltr", confidence }
    }
  }
}
