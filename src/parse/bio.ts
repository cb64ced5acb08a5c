/**
 * Author bios that close an article: a short last line about the writer
 * rather than the story.
 *
 * - Arabic opinion pages print the writer's bio after the last sentence, on a
 *   line of its own (`* كاتب وباحث سعودي`, `الكاتب أستاذ في جامعة …`) or
 *   glued to the end of the last paragraph (`… والله أعلم. أستاذ مشارك بجامعة …`).
 * - English guest columns end with a line naming the writer and his post
 *   (`Jane Doe is the editor of …`, `John Roe works for …`).
 *
 * Both are cut as `credit` with the rule `heuristic:author-bio`; an English
 * bio's name becomes the byline when the article has none (the line names its
 * writer, as a signature does).
 *
 * @module
 */
import { keyOf, tokenize } from "../lexicons/key.js"
import type { Context } from "./context.js"
import { mostlyArabic } from "./language.js"
import type { LineState } from "./state.js"

/** The second word of an Arabic bio that opens with `طالب`: `طالب دكتوراه`. */
const AR_STUDENT = keyOf("طالب")
const AR_STUDENT_OF = new Set(["دكتوراه", "دكتوراة", "ماجستير"].map(keyOf))

/** Words that make an Arabic line a sentence, not a bio (`الكاتب قال إن …`). */
const AR_SENTENCE_WORDS: ReadonlySet<string> = new Set(
  ["قال", "قالت", "يقول", "تقول", "أن", "إن", "أنه", "إنه", "كان", "كانت", "هو", "هي", "لا", "لم", "لن", "هذا", "هذه", "الذي", "التي"].map(keyOf)
)

/** English verbs that join a writer's name to his post in a bio line. */
const EN_BIO_VERBS: ReadonlySet<string> = new Set(["is", "works", "writes"])
/** Words after `is` that make a news sentence rather than a bio (`X is due to …`, `X is expected …`). */
const EN_NOT_A_POST: ReadonlySet<string> = new Set(["to", "due", "expected", "set", "likely", "not", "now", "still", "being", "also", "said", "thought", "believed", "understood", "scheduled", "in", "at", "on", "one", "among"])

/** A bio is short: at most this many words. */
const MAX_BIO_TOKENS = 20
const MAX_EN_BIO_TOKENS = 30
/** A glued bio after the last sentence: at most this many words. */
const MAX_GLUED_BIO_TOKENS = 10

const MARKERS = new Set([0x2a, 0x2d, 0x2013, 0x2014, 0x2022, 0x25cf])
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x06d4])

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a

/**
 * Does an Arabic bio open at token `i` of `keys` (a trade noun of the lexicon `ar/bio-openers`, or `طالب دكتوراه`),
 * with no sentence word in the rest?
 */
const arabicBioAt = (ctx: Context, keys: ReadonlyArray<string>, i: number): boolean => {
  const first = keys[i]
  if (first === undefined) return false
  const opens = ctx.lex.bioOpeners.has(first) || (first === AR_STUDENT && AR_STUDENT_OF.has(keys[i + 1] ?? ""))
  if (!opens) return false
  for (let j = i + 1; j < keys.length; j++) if (AR_SENTENCE_WORDS.has(keys[j]!)) return false
  return true
}

/** Is the line at `st` an Arabic bio of its own (`* كاتب وباحث سعودي`)? */
const arabicBioLine = (ctx: Context, st: LineState): boolean => {
  const t = st.tokens(MAX_BIO_TOKENS + 1)
  if (t.truncated || t.keys.length < 2 || !mostlyArabic(ctx.text, st.lo, st.hi)) return false
  // no sentence ends inside the line (a full stop may close it), and no comma: a bio is a
  // list of posts joined by و (`كاتب وباحث …`), a news line about a professor goes on in clauses
  for (let i = st.lo; i < st.hi - 1; i++) {
    const c = ctx.text.charCodeAt(i)
    if (SENTENCE_END.has(c) || c === 0x060c || c === 0x2c) return false
  }
  return arabicBioAt(ctx, t.keys, 0)
}

/**
 * An Arabic bio glued after the last sentence of the line: where it starts, or
 * null. Only the last MAX_GLUED_BIO_TOKENS words after the last sentence end
 * are read.
 */
const gluedArabicBio = (ctx: Context, st: LineState): number | null => {
  const text = ctx.text
  // the last sentence end before the end of the line, within a bounded window
  const floor = Math.max(st.lo, st.hi - 200)
  // a full stop closing the bio itself is passed over (`… أعلم. أستاذ مشارك بجامعة الدمام.`)
  let p = SENTENCE_END.has(text.charCodeAt(st.hi - 1)) ? st.hi - 2 : st.hi - 1
  while (p >= floor && !SENTENCE_END.has(text.charCodeAt(p))) p--
  if (p < floor) return null
  const t = tokenize(text, p + 1, st.hi, MAX_GLUED_BIO_TOKENS + 1)
  if (t.truncated || t.keys.length === 0) return null
  // a glued bio is Arabic, and the text before it is a sentence of some length
  if (!mostlyArabic(text, p + 1, st.hi) || tokenize(text, Math.max(st.lo, p - 80), p, 6).keys.length < 5) return null
  return arabicBioAt(ctx, t.keys, 0) ? t.starts[0]! : null
}

/**
 * An English bio line (`Jane Doe is the editor of …`): the end of the name
 * (two or three capitalised words, none of them a function word), or null.
 */
const englishBio = (ctx: Context, st: LineState): number | null => {
  const text = ctx.text
  const t = st.tokens(MAX_EN_BIO_TOKENS + 1)
  if (t.truncated || t.keys.length < 5 || mostlyArabic(text, st.lo, st.hi)) return null
  let n = 0
  while (n < 4 && n < t.keys.length && isUpper(text.charCodeAt(t.starts[n]!)) && !ctx.lex.nonNameWords.has(t.keys[n]!)) n++
  if (n < 2 || n > 3) return null
  // the name is one run of words: nothing but a blank between them (`Jane Doe`, not `Jane, Doe`)
  for (let i = 1; i < n; i++) if (!/^\s+$/.test(text.slice(t.ends[i - 1]!, t.starts[i]!))) return null
  const verb = t.keys[n]!
  if (!EN_BIO_VERBS.has(verb) || !/^\s+$/.test(text.slice(t.ends[n - 1]!, t.starts[n]!))) return null
  const next = t.keys[n + 1]!
  if (EN_NOT_A_POST.has(next)) return null
  // `works` / `writes` take `for`, `on`, `as`, `at`; `is` takes a post (`the editor of`, `technology correspondent for`)
  if (verb !== "is" && next !== "for" && next !== "on" && next !== "as" && next !== "at") return null
  return t.ends[n - 1]!
}

/** Is the paragraph before line `k` finished (it ends a sentence and has some words)? */
const finishedBefore = (ctx: Context, k: number): boolean => {
  for (let j = k - 1; j >= ctx.bodyFrom; j--) {
    const st = ctx.states[j]!
    if (st.empty) continue
    const c = ctx.text.charCodeAt(st.hi - 1)
    return (SENTENCE_END.has(c) || c === 0x22 || c === 0xbb || c === 0x201d || c === 0x29) && st.tokenCount(6) >= 5
  }
  return false
}

/**
 * Cuts an author bio off the end of the body: the last line that holds text,
 * when it is a bio (after a finished paragraph), or a bio glued after its
 * last sentence.
 */
export const cutAuthorBio = (ctx: Context): void => {
  let k = ctx.states.length - 1
  while (k >= ctx.bodyFrom && ctx.states[k]!.empty) k--
  if (k < ctx.bodyFrom) return
  const st = ctx.states[k]!
  const text = ctx.text
  const marked = MARKERS.has(text.charCodeAt(st.lo))
  if (arabicBioLine(ctx, st) && (marked || finishedBefore(ctx, k))) {
    st.cutAll("boilerplate", "credit", "heuristic:author-bio")
    return
  }
  const nameEnd = englishBio(ctx, st)
  if (nameEnd !== null && finishedBefore(ctx, k)) {
    if (ctx.byline === null) {
      const p = st.cutFront(nameEnd, "byline")
      if (p !== null) ctx.byline = { names: [text.slice(p.start, p.end)], start: p.start, end: p.end }
    }
    st.cutAll("boilerplate", "credit", "heuristic:author-bio")
    return
  }
  const glued = gluedArabicBio(ctx, st)
  if (glued !== null) st.cutBack(glued, "boilerplate", "credit", "heuristic:author-bio")
}
