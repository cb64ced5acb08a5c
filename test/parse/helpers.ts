/** Shared helpers for the parse tests. */
import { readdirSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { NotArticle } from "../../src/errors.js"
import type { DecodedInput, InputHints, KhabarDocument } from "../../src/model/document.js"
import { parseText } from "../../src/parse/parse.js"

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..")

/** A decoded input for a string. */
export const input = (text: string, hints: InputHints = {}, published: string | null = null): DecodedInput => ({
  id: "t",
  text,
  source: { path: null, index: null, bytes: text.length, encoding: "utf-16", encodingConfidence: null, hash: "" },
  meta: {},
  hints,
  published,
  reference: null,
  diagnostics: []
})

/** Parses a string and fails the test when it is not an article. */
export const doc = (text: string, hints: InputHints = {}, published: string | null = null): KhabarDocument => {
  const r = parseText(input(text, hints, published))
  if (r instanceof NotArticle) throw new Error(`expected an article, got NotArticle: ${r.detail}`)
  return r
}

/**
 * A short article (headline, two paragraphs) in each language, to put a
 * header line under its headline or before its first paragraph in the
 * table tests (stamps, datelines, bylines).
 */
export const FRAME = {
  ar: [
    "الصحة: 120 إصابة جديدة خلال أسبوع",
    "أعلنت وزارة الصحة في بيان أن عدد الإصابات الجديدة بلغ مئة وعشرين حالة خلال الأسبوع الماضي، مشيرة إلى أن الوضع تحت السيطرة.",
    "وقال المتحدث باسم الوزارة إن الفرق الطبية تعمل على مدار الساعة في المستشفيات الحكومية."
  ],
  en: [
    "Health ministry reports 120 new cases in a week",
    "The health ministry said in a statement that 120 new cases had been recorded over the past week, adding that the situation was under control.",
    "A spokesman said medical teams were working around the clock in state hospitals."
  ]
} as const

/** The frame of a language given as a string (`ar`, anything else English). */
export const frameOf = (lang: string): readonly [string, string, string] => (lang === "ar" ? FRAME.ar : FRAME.en)

/** Parses a string and fails the test when it is an article. */
export const reject = (text: string, hints: InputHints = {}): NotArticle => {
  const r = parseText(input(text, hints))
  if (!(r instanceof NotArticle)) throw new Error(`expected NotArticle, got an article titled ${JSON.stringify(r.title?.text)}`)
  return r
}

/** Composes a scraped record the way the node input reader does: title, author, content with hints. */
export const composed = (title: string, author: string, content: string): { text: string; hints: InputHints } => {
  let text = ""
  let hints: InputHints = {}
  if (title.trim().length > 0) {
    hints = { ...hints, title: { start: 0, end: title.length } }
    text = title
  }
  if (author.trim().length > 0) {
    if (text.length > 0) text += "\n\n"
    hints = { ...hints, author: { start: text.length, end: text.length + author.length } }
    text += author
  }
  if (content.trim().length > 0) {
    if (text.length > 0) text += "\n\n"
    text += content
  }
  return { text, hints }
}

/** Fixture files: name (unique) → path. */
export const fixtureFiles = (): Array<{ readonly name: string; readonly path: string }> => {
  const dirs = [join(ROOT, "examples", "data"), join(ROOT, "test", "fixtures", "articles"), join(ROOT, "test", "fixtures", "parse")]
  const out: Array<{ name: string; path: string }> = []
  for (const d of dirs) {
    let names: Array<string> = []
    try {
      names = readdirSync(d).filter((n) => n.endsWith(".txt"))
    } catch {
      continue
    }
    for (const n of names.sort()) out.push({ name: n.slice(0, -4), path: join(d, n) })
  }
  return out
}
