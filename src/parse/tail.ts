/**
 * The end of the body: chrome glued to the last line (`… رابط الخبر بصحيفة
 * الوئام: <title>`, `… سمات <tags>`), and short trailing lines that are photo
 * captions, an author's bio or a signature rather than text.
 *
 * @module
 */
import { tokenize } from "../lexicons/key.js"
import type { Context } from "./context.js"
import { shapeVerdict } from "./boilerplate.js"
import { readCredit } from "./credit.js"
import { mostlyArabic } from "./language.js"
import type { LineState } from "./state.js"

const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x22, 0xbb, 0x201d, 0x29, 0x3a, 0x06d4])
const KEYWORD_BREAKERS = /[.!?؟،,:;؛"«»()]/

/** The last `count` states that still hold text, last first. */
const lastLive = (ctx: Context, count: number): Array<LineState> => {
  const out: Array<LineState> = []
  for (let k = ctx.states.length - 1; k >= ctx.bodyFrom && out.length < count; k--) {
    const st = ctx.states[k]!
    if (!st.empty) out.push(st)
  }
  return out
}

/** Cuts a tail phrase and everything after it off the end of the last line. */
const cutTailPhrase = (ctx: Context, st: LineState): boolean => {
  const text = ctx.text
  // a long last line that opens with the phrase (`رابط الخبر بصحيفة الوئام: <title> <teaser>`)
  if (st.hi - st.lo > 320) {
    const head = st.tokens(8)
    const m = ctx.lex.tails.longestAt(head.keys, 0)
    if (m !== null && !m.value.restIsKeywords) {
      st.cutAll("boilerplate", m.value.kind, m.value.rule)
      return true
    }
  }
  const from = Math.max(st.lo, st.hi - 320)
  const t = tokenize(text, from, st.hi)
  const first = from > st.lo ? 1 : 0 // a window cut mid-word drops its first token
  for (let j = first; j < t.keys.length; j++) {
    let m = ctx.lex.tails.longestAt(t.keys, j)
    let start = t.starts[j]!
    if (m === null) {
      // the phrase glued to an address before it (`name@example.comللتواصل مع الكاتب …`)
      const glue = latinGlue(text, t.starts[j]!, t.ends[j]!)
      if (glue === null) continue
      const keys = t.keys.slice(j, j + 8)
      keys[0] = keys[0]!.slice(keys[0]!.length - (t.ends[j]! - glue))
      const g = ctx.lex.tails.longestAt(keys, 0)
      if (g === null || g.value.restIsKeywords) continue
      m = g
      start = glue
    }
    const r = m.value
    const phraseEnd = t.ends[j + m.length - 1]!
    if (r.restIsKeywords) {
      const rest = text.slice(phraseEnd, st.hi)
      const restTokens = t.keys.length - j - m.length
      if (restTokens < 1 || restTokens > 20 || KEYWORD_BREAKERS.test(rest)) continue
      // the phrase must start the line or follow the end of a sentence
      let p = start - 1
      while (p >= st.lo && /\s/.test(text[p]!)) p--
      if (p >= st.lo && !SENTENCE_END.has(text.charCodeAt(p))) continue
    }
    st.cutBack(start, "boilerplate", r.kind, r.rule)
    cutContactRest(ctx, st)
    return true
  }
  return cutGluedTail(ctx, st)
}

/**
 * What a tail cut left of its line, when it is only an e-mail address or a
 * handle (`name@example.com` glued to `للتواصل مع الكاتب …`), is a contact line.
 */
const cutContactRest = (ctx: Context, st: LineState): void => {
  if (st.empty || st.hi - st.lo > 120) return
  const v = shapeVerdict(ctx.lex, ctx.text, st.lo, st.hi, (max) => st.tokens(max))
  if (v !== null && (v.rule === "heuristic:contact" || v.rule === "heuristic:link")) st.cutAll("boilerplate", v.kind, v.rule)
}

/**
 * Where an Arabic word starts right after Latin letters or digits inside the
 * token `[start, end)` (`example.comللتواصل`), when the rest of the token is
 * Arabic letters only, without tatweel (so its key is as long as its text); else null.
 */
const latinGlue = (text: string, start: number, end: number): number | null => {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i)
    const p = text.charCodeAt(i - 1)
    const latinBefore = (p >= 0x41 && p <= 0x5a) || (p >= 0x61 && p <= 0x7a) || (p >= 0x30 && p <= 0x39)
    if (!(c >= 0x0621 && c <= 0x064a) || !latinBefore) continue
    for (let k = i; k < end; k++) {
      const d = text.charCodeAt(k)
      if (!(d >= 0x0621 && d <= 0x064a) || d === 0x0640) return null
    }
    return i
  }
  return null
}

/** How far from the end of the last line a glued tail phrase is looked for (a box of a few link titles). */
const GLUED_WINDOW = 1200

/**
 * A tail phrase whose last word runs into the first link title after it
 * (`… إلى اللقاء. مقالات أخرى للكاتبعنوان أولعنوان ثان`): the page pasted its
 * box of links into the text without spaces. From the phrase to the end of
 * the line is cut.
 */
const cutGluedTail = (ctx: Context, st: LineState): boolean => {
  const glued = ctx.lex.gluedTails
  if (glued.length === 0) return false
  const from = Math.max(st.lo, st.hi - GLUED_WINDOW)
  const t = tokenize(ctx.text, from, st.hi)
  const keys = t.keys
  for (let j = from > st.lo ? 1 : 0; j < keys.length; j++) {
    for (const g of glued) {
      const n = g.head.length
      if (j + n >= keys.length) continue
      let same = true
      for (let i = 0; i < n && same; i++) same = keys[j + i] === g.head[i]
      if (!same) continue
      const k = keys[j + n]!
      if (k.length > g.last.length && k.startsWith(g.last)) {
        st.cutBack(t.starts[j]!, "boilerplate", g.rule.kind, `${g.rule.rule} (glued)`)
        return true
      }
    }
  }
  return false
}

const TERMINAL = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x3a, 0x22, 0xbb, 0x201d, 0x29, 0x06d4, 0x7d, 0x5d])

/** Short trailing lines after the last sentence: captions, bios, signatures. */
const cutTrailingShortLines = (ctx: Context): void => {
  const states = ctx.states
  const cands: Array<number> = []
  let k = states.length - 1
  for (; k >= ctx.bodyFrom; k--) {
    const st = states[k]!
    if (st.empty) continue
    const t = st.tokens(12)
    const text = ctx.text
    if (t.truncated || t.keys.length > 10 || TERMINAL.has(text.charCodeAt(st.hi - 1))) break
    // Arabic page layouts leave captions and bios at the end; English files end in text
    // (a list item, a line-up, a closing line without a full stop), so Latin lines stay
    if (!mostlyArabic(text, st.lo, st.hi)) break
    // prose goes on with و…; a caption or a name does not
    if (text.charCodeAt(st.lo) === 0x0648 && t.keys[0]!.length > 3) break
    cands.push(k)
    if (cands.length > 3) return
  }
  if (cands.length === 0) return
  // what precedes must be a finished paragraph
  let prev: LineState | undefined
  for (; k >= ctx.bodyFrom; k--) {
    if (!states[k]!.empty) {
      prev = states[k]
      break
    }
  }
  if (prev === undefined || !TERMINAL.has(ctx.text.charCodeAt(prev.hi - 1))) return
  if (prev.tokens(6).keys.length < 5) return
  for (const idx of cands.reverse()) {
    const st = states[idx]!
    const first = ctx.text.charCodeAt(st.lo)
    const marked = first === 0x2d || first === 0x2013 || first === 0x2a || first === 0x1a || first === 0x2022
    const c = readCredit(ctx.lex, ctx.text, st.lo, st.hi)
    const name = c !== null && c.unknown === 0 && c.persons.length >= 1 && c.agencies.length === 0 && c.tokenCount <= 6
    if (name && ctx.byline === null && marked) {
      const p = st.cutAll("byline")
      if (p !== null) ctx.byline = { names: [...c.persons], start: p.start, end: p.end }
    } else if (marked || (name && c.persons.length === 1 && c.tokenCount <= 4 && c.places.length <= 1)) {
      st.cutAll("boilerplate", "credit", marked ? "heuristic:signature" : "heuristic:trailing-name")
    } else {
      st.cutAll("boilerplate", "caption", "heuristic:trailing-caption")
    }
  }
}

export const readTail = (ctx: Context): void => {
  const live = lastLive(ctx, 2)
  for (const st of live) {
    if (cutTailPhrase(ctx, st)) break
  }
  cutTrailingShortLines(ctx)
}
