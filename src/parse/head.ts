/**
 * The head of an article: the title, the author field, and the lines between
 * the title and the first paragraph (crawl time, time stamps, chrome, a
 * credit line, a name line), ending with a credit at the start of the first
 * paragraph.
 *
 * @module
 */
import { tokenize } from "../lexicons/key.js"
import type { Zone } from "../lexicons/lexicon.js"
import { clockTimeIn, dateTimeLine, lexiconVerdict } from "./boilerplate.js"
import { notePublished, type Context } from "./context.js"
import { readCredit, type Credit } from "./credit.js"
import { applyCredit, authorCredit, lineCredit, prefixCredit } from "./dateline.js"
import { trimSpan } from "./lines.js"
import type { LineState } from "./state.js"
import { cleanTitle } from "./title.js"

const HEAD: ReadonlySet<Zone> = new Set(["head", "any"])

/** Indexes of the lines that lie inside `[start, end)`. */
const lineAt = (ctx: Context, start: number, end: number): Array<number> => {
  const out: Array<number> = []
  for (let k = 0; k < ctx.states.length; k++) {
    const l = ctx.states[k]!.line
    if (l.start >= start && l.end <= end) out.push(k)
    if (l.start >= end) break
  }
  return out
}

/** A usable hint span: inside the text, non-blank, and aligned with whole lines. */
const hintLines = (ctx: Context, hint: { readonly start: number; readonly end: number } | undefined): Array<number> => {
  if (hint === undefined) return []
  const { start, end } = hint
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > ctx.text.length || start >= end) return []
  const t = trimSpan(ctx.text, start, end)
  if (t === null) return []
  return lineAt(ctx, t.start, t.end)
}

const TERMINAL = new Set([0x2e, 0x21, 0x3f, 0x061f, 0x2026])

/** Takes line `k` as the title (cleaning its chrome). */
const takeTitle = (ctx: Context, k: number, evidence: "hint" | "layout" | "guess"): void => {
  const st = ctx.states[k]!
  const t = cleanTitle(ctx.lex, ctx.text, st.lo, st.hi)
  for (const c of t.cuts) {
    if (c.kind !== "site-title") st.cutFront(c.end, "boilerplate", c.kind, c.rule)
  }
  for (const c of t.cuts) {
    if (c.kind === "site-title") st.cutBack(c.start, "boilerplate", c.kind, c.rule)
  }
  const p = st.cutAll("title")
  if (p === null) return
  ctx.title = { text: ctx.text.slice(p.start, p.end), start: p.start, end: p.end }
  ctx.titleEvidence = evidence
  ctx.titleIndex = k
  ctx.hadSiteSuffix = t.hadSiteSuffix
  ctx.titleKey = keyOfSpan(ctx, p.start, p.end)
  ctx.titleTokens = ctx.titleKey.split(" ").length
}

/** Finds the title: the hint, or the first title-shaped line. */
const readTitle = (ctx: Context): void => {
  const hinted = hintLines(ctx, ctx.hints.title)
  if (hinted.length > 0) {
    takeTitle(ctx, hinted[0]!, "hint")
    return
  }
  const states = ctx.states
  // leading chrome lines before the title (at most two)
  let k = 0
  while (k < Math.min(2, states.length - 1)) {
    const st = states[k]!
    const v = lexiconVerdict(ctx.lex, st.tokens(40), HEAD)
    if (v === null) break
    st.cutAll("boilerplate", v.kind, v.rule)
    k++
  }
  const st = states[k]
  if (st === undefined) return
  // shaped like a title (as `titleShaped` says): at most 300 characters and 40 words
  if (st.hi - st.lo > 300) return
  const shaped = st.tokens(41)
  if (shaped.keys.length === 0 || shaped.truncated) return
  if (k + 1 >= states.length) {
    // a single short line without a full stop is a title with no body
    if (!TERMINAL.has(ctx.text.charCodeAt(st.hi - 1)) && st.tokens(13).keys.length <= 12) takeTitle(ctx, k, "guess")
    return
  }
  // all the line's tokens (it has at most 40): the title checks below reuse them
  const tokens = st.tokens(41)
  const cleaned = cleanTitle(ctx.lex, ctx.text, st.lo, st.hi, tokens)
  if (!cleaned.hadSiteSuffix) {
    if (dateTimeLine(ctx.lex, ctx.text, tokens) !== null) return
    const c = lineCredit(ctx, st.lo, st.hi, tokens)
    if (c !== null && (c.agencies.length > 0 || c.hasRole)) return
    // prose, not a headline: a long line ending in a full stop
    const last = ctx.text.charCodeAt(st.hi - 1)
    const fullStop = last === 0x2e && ctx.text.charCodeAt(st.hi - 2) !== 0x2e
    if ((tokens.keys.length >= 12 && fullStop) || (tokens.keys.length >= 25 && TERMINAL.has(last))) return
  }
  const next = states[k + 1]!
  const evidence =
    cleaned.hadSiteSuffix || next.line.blankBefore || dateTimeLine(ctx.lex, ctx.text, next.tokens(20)) !== null ? "layout" : "guess"
  takeTitle(ctx, k, evidence)
}

/** The key of a span (at most 61 tokens: no lexicon phrase or title comparison needs more). */
const keyOfSpan = (ctx: Context, start: number, end: number): string => tokenize(ctx.text, start, end, 61).keys.join(" ")

type Segment =
  | { readonly kind: "empty"; readonly start: number; readonly end: number }
  | { readonly kind: "timestamp"; readonly start: number; readonly end: number; readonly ymd: string | null }
  | { readonly kind: "credit"; readonly start: number; readonly end: number; readonly credit: Credit; readonly keys: ReadonlyArray<string> }
  | { readonly kind: "other"; readonly start: number; readonly end: number; readonly short: boolean }

/**
 * Reads a line made of a credit and, after bars, time stamps
 * (`لندن - الرياضية | Tuesday, 11 August 2015 - 15:52 pm`). In the author
 * field any credit is taken and leftovers are cut as `credit`; on a line of
 * its own every segment must be a credit or a time stamp. Returns false (and
 * cuts nothing) when the line is not a credit line.
 */
const readCreditLine = (ctx: Context, st: LineState, mode: "author" | "line"): boolean => {
  const text = ctx.text
  const bounds: Array<number> = []
  for (let i = st.lo; i < st.hi; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x7c || c === 0xff5c || c === 0xa6) bounds.push(i)
  }
  bounds.push(st.hi)
  const segs: Array<Segment> = []
  let from = st.lo
  for (const b of bounds) {
    const tokens = tokensOf(ctx, from, b)
    if (tokens.keys.length === 0) segs.push({ kind: "empty", start: from, end: b })
    else {
      const dt = dateTimeLine(ctx.lex, text, tokens)
      const c = dt === null ? (mode === "author" ? authorCredit(ctx, from, b) : lineCredit(ctx, from, b)) : null
      if (dt !== null) segs.push({ kind: "timestamp", start: from, end: b, ymd: dt.ymd })
      else if (c !== null) segs.push({ kind: "credit", start: from, end: b, credit: c, keys: tokens.keys })
      else segs.push({ kind: "other", start: from, end: b, short: !tokens.truncated && tokens.keys.length <= 8 })
    }
    from = b + 1
  }
  const credits = segs.filter((g) => g.kind === "credit").length
  if (mode === "line" && (credits === 0 || segs.some((g) => g.kind === "other"))) return false
  if (mode === "author" && segs[0]!.kind === "other" && !segs[0]!.short) return false
  for (const g of segs) {
    if (st.empty) break
    const end = Math.min(g.end, st.hi)
    switch (g.kind) {
      case "empty":
        // a bar alone goes with the segment after it (`| Tuesday, 11 August 2015`)
        if (g.end >= st.hi) st.cutAll("boilerplate", "other", "heuristic:separator")
        break
      case "timestamp":
        st.cutFront(end, "boilerplate", "timestamp", mode === "author" ? "heuristic:author-time-stamp" : "heuristic:date-time-line")
        notePublished(ctx, g.ymd, "timestamp")
        break
      case "credit":
        if (st.lo < g.start) st.cutFront(g.start, "boilerplate", "other", "heuristic:separator")
        ctx.authorKeys ??= g.keys
        applyCredit(ctx, st, g.credit, end)
        break
      case "other":
        st.cutFront(end, "boilerplate", "credit", "heuristic:author-field")
        break
    }
  }
  return true
}

const tokensOf = (ctx: Context, start: number, end: number) => tokenize(ctx.text, start, end, 40)

/** Cuts lead chrome (`Next Previous`, `شارك من خلال …`) off the front of a line. */
const cutLeads = (ctx: Context, st: LineState): void => {
  for (let guard = 0; guard < 4 && !st.empty; guard++) {
    const t = st.tokens(24)
    const m = ctx.lex.leads.longestAt(t.keys, 0)
    if (m === null || (m.value.zone !== "head" && m.value.zone !== "any")) return
    st.cutFront(t.ends[m.length - 1]!, "boilerplate", m.value.kind, m.value.rule)
  }
}

/** The author field's credit repeated at the start of a line (`سبق` prints it twice). */
const cutRepeatedCredit = (ctx: Context, st: LineState): void => {
  const keys = ctx.authorKeys
  if (keys === null || keys.length === 0) return
  const t = st.tokens(keys.length + 1)
  if (t.keys.length < keys.length) return
  for (let i = 0; i < keys.length; i++) if (t.keys[i] !== keys[i]) return
  let end = t.ends[keys.length - 1]!
  // take the terminator (colon, dash, bracket) that follows
  const text = ctx.text
  while (end < st.hi && /[\s:\-–—ـ)»"']/.test(text[end]!)) {
    end++
    if (text[end - 1] === ":") break
  }
  st.cutFront(end, "boilerplate", "credit", "heuristic:repeated-credit")
}

/** Is this state a short name line (`سالم الحربي`) standing before a long paragraph? */
const nameLine = (ctx: Context, k: number): boolean => {
  const st = ctx.states[k]!
  const t = st.tokens(6)
  if (t.truncated || t.keys.length < 2 || t.keys.length > 4) return false
  if (TERMINAL.has(ctx.text.charCodeAt(st.hi - 1)) || ctx.text.charCodeAt(st.hi - 1) === 0x3a) return false
  const next = ctx.states[k + 1]
  if (next === undefined || next.tokens(13).keys.length < 12) return false
  const c = readCredit(ctx.lex, ctx.text, st.lo, st.hi)
  return c !== null && c.unknown === 0 && c.persons.length === 1 && c.places.length === 0 && c.agencies.length === 0
}

/** Reads the head; sets `ctx.bodyFrom`. */
export const readHead = (ctx: Context): void => {
  readTitle(ctx)
  const authorIdx = new Set(hintLines(ctx, ctx.hints.author).filter((k) => !ctx.states[k]!.empty))
  for (const k of authorIdx) readCreditLine(ctx, ctx.states[k]!, "author")
  const states = ctx.states
  let k = ctx.title === null ? 0 : ctx.titleIndex + 1
  while (k < states.length && states[k]!.empty) k++
  let seen = 0
  let bylineBefore = false
  for (; k < states.length && seen < 5; k++) {
    const st = states[k]!
    if (st.empty) continue
    if (authorIdx.has(k)) {
      // an author line that was not a credit: the body starts here
      break
    }
    seen++
    cutLeads(ctx, st)
    if (st.empty) continue
    const tokens = st.tokens(41)
    // the reporter's role under a byline: `Health Correspondent`, `مراسل الشؤون الاقتصادية`
    const afterByline = bylineBefore
    bylineBefore = false
    if (afterByline && !tokens.truncated && tokens.keys.length <= 5 && !TERMINAL.has(ctx.text.charCodeAt(st.hi - 1))) {
      const next = states[k + 1]
      if (next !== undefined && next.tokens(13).keys.length >= 12) {
        st.cutAll("boilerplate", "credit", "heuristic:byline-role")
        continue
      }
    }
    const v = lexiconVerdict(ctx.lex, tokens, HEAD)
    if (v !== null) {
      st.cutAll("boilerplate", v.kind, v.rule)
      if (v.kind === "timestamp") {
        const published = /publish|نشر/i.test(v.rule)
        notePublished(ctx, publishedFromLine(ctx, st), published ? "published-line" : "timestamp")
      }
      continue
    }
    const dt = dateTimeLine(ctx.lex, ctx.text, tokens)
    if (dt !== null) {
      // a crawl time right under the title (`Fri, 11 Aug 2017 15:20:50 GMT`) is when the page was saved
      const crawl = k === ctx.titleIndex + 1 && ctx.title !== null && clockTimeIn(ctx.text, st.lo, st.hi)
      st.cutAll("boilerplate", crawl ? "crawl-meta" : "timestamp", crawl ? "heuristic:crawl-time" : "heuristic:date-time-line")
      if (!crawl) notePublished(ctx, dt.ymd, "timestamp")
      continue
    }
    cutRepeatedCredit(ctx, st)
    if (st.empty) continue
    const t2 = st.tokens(30)
    if (!t2.truncated && t2.keys.length > 0 && t2.keys.length <= 28) {
      const c = ctx.dateline !== null && t2.keys.length <= 16 ? lineCredit(ctx, st.lo, st.hi) : null
      if (c !== null && ctx.dateline !== null && c.dateline !== null) {
        st.cutAll("boilerplate", "credit", sameCredit(ctx, c) ? "heuristic:repeated-credit" : "heuristic:second-credit")
        continue
      }
      const hadByline = ctx.byline !== null
      if (readCreditLine(ctx, st, "line")) {
        bylineBefore = !hadByline && ctx.byline !== null
        continue
      }
      if (ctx.byline === null && nameLine(ctx, k)) {
        const p = st.cutAll("byline")
        if (p !== null) ctx.byline = { names: [ctx.text.slice(p.start, p.end)], start: p.start, end: p.end }
        bylineBefore = true
        continue
      }
    }
    // the first paragraph: a credit may open it
    if (ctx.dateline === null) {
      const pc = prefixCredit(ctx, st)
      if (pc !== null) applyCredit(ctx, st, pc.credit, pc.end)
      else if (isBullet(ctx, st)) creditAfterHighlights(ctx, k)
    }
    break
  }
  ctx.bodyFrom = k
}

const BULLETS = new Set([0x2d, 0x2013, 0x2a, 0x2022, 0x25cf, 0x25aa])

/** Does the line open with a bullet (`- `, `* `, `• `)? */
const isBullet = (ctx: Context, st: LineState): boolean => BULLETS.has(ctx.text.charCodeAt(st.lo))

/**
 * Feature stories open with highlight bullets; the credit then opens the
 * first paragraph after them (`- …` `- …` `سالم أحمد- سبق- الرياض: …`).
 */
const creditAfterHighlights = (ctx: Context, from: number): void => {
  for (let k = from + 1; k < Math.min(ctx.states.length, from + 8); k++) {
    const st = ctx.states[k]!
    if (st.empty || isBullet(ctx, st)) continue
    const pc = prefixCredit(ctx, st)
    if (pc !== null && pc.credit.agencies.length > 0) applyCredit(ctx, st, pc.credit, pc.end)
    return
  }
}

const sameCredit = (ctx: Context, c: { readonly start: number; readonly end: number }): boolean => {
  const d = ctx.dateline
  if (d === null) return false
  return keyOfSpan(ctx, d.start, d.end) === keyOfSpan(ctx, c.start, c.end)
}

/** A `Published: 11 August 2015` line: the date it states. */
const publishedFromLine = (ctx: Context, st: LineState): string | null => {
  const p = st.pieces[st.pieces.length - 1]
  if (p === undefined) return null
  const t = tokenize(ctx.text, p.start, p.end, 24)
  for (let i = 0; i < t.keys.length; i++) {
    const dt = dateTimeLine(ctx.lex, ctx.text, tokenize(ctx.text, t.starts[i]!, p.end, 20))
    if (dt !== null && dt.ymd !== null) return dt.ymd
  }
  return null
}
