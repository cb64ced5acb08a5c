/**
 * The end of the body: chrome glued to the last line (`… رابط الخبر بصحيفة
 * الوئام: <title>`, `… سمات <tags>`), and short trailing lines that are photo
 * captions, an author's bio or a signature rather than text.
 *
 * @module
 */
import { tokenize } from "../lexicons/key.js"
import type { Context } from "./context.js"
import { readCredit } from "./credit.js"
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
    const m = ctx.lex.tails.longestAt(t.keys, j)
    if (m === null) continue
    const r = m.value
    const start = t.starts[j]!
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
    return true
  }
  return false
}

const TERMINAL = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026, 0x3a, 0x22, 0xbb, 0x201d, 0x29, 0x06d4, 0x7d, 0x5d])

/** More Arabic letters than Latin ones in `[start, end)`. */
const arabicLine = (text: string, start: number, end: number): boolean => {
  let ar = 0
  let la = 0
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x0621 && c <= 0x064a) ar++
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) la++
  }
  return ar > la
}

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
    if (!arabicLine(text, st.lo, st.hi)) break
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
