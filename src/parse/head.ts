/**
 * The head of an article: the title, the author field, and the lines between
 * the title and the first paragraph (crawl time, time stamps, chrome, a
 * credit line, a name line), ending with a credit at the start of the first
 * paragraph.
 *
 * @module
 */
import { keyOf, tokenize, type Tokens } from "../lexicons/key.js"
import type { Zone } from "../lexicons/lexicon.js"
import { clockTimeIn, dateTimeLine, lexiconVerdict } from "./boilerplate.js"
import { notePublished, type Context } from "./context.js"
import { readCredit, type Credit } from "./credit.js"
import { applyCredit, authorCredit, lineCredit, prefixCredit } from "./dateline.js"
import { readDateRun } from "./dates.js"
import { cutColumnLabel } from "./label.js"
import { mostlyArabic } from "./language.js"
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
  const lo = st.lo
  const hi = st.hi
  // the line's tokens, read once for the chrome check and, when nothing is cut, the title's key
  const all = st.tokens(TITLE_SCAN)
  const t = cleanTitle(ctx.lex, ctx.text, lo, hi, all)
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
  const keys = p.start === lo && p.end === hi ? all.keys.slice(0, KEY_TOKENS) : tokenize(ctx.text, p.start, p.end, KEY_TOKENS).keys
  ctx.titleKey = keys.join(" ")
  // the words of the key, as `titleKey.split(" ").length` counts them (a key
  // holds no space; an empty key is one word), without splitting it again
  ctx.titleTokens = Math.max(1, keys.length)
  if (t.kickerKeys !== null) {
    ctx.kickerKey = t.kickerKeys.join(" ")
    ctx.kickerTokens = t.kickerKeys.length
  }
}

/** Tokens `cleanTitle` reads of a title line (it reads its own when there are more). */
const TITLE_SCAN = 80

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
  let home = false
  while (k < Math.min(2, states.length - 1)) {
    const st = states[k]!
    const v = lexiconVerdict(ctx.lex, ctx.text, st.tokens(40), HEAD)
    // a caption hangs under a headline, never above it (`صورة …`, `من …` open headlines too)
    if (v === null || v.kind === "caption") break
    st.cutAll("boilerplate", v.kind, v.rule)
    home ||= v.kind === "navigation" && isHome(v.rule)
    k++
  }
  // a breadcrumb trail from the home page's link: the section labels under it (`الرئيسية` `أخبار عربية`)
  for (let crumbs = 0; home && crumbs < 2 && k + 1 < states.length; crumbs++) {
    const st = states[k]!
    const t = st.tokens(CRUMB_WORDS + 1)
    if (t.truncated || t.keys.length === 0 || TERMINAL.has(ctx.text.charCodeAt(st.hi - 1))) break
    // the headline is the first line longer than the label, and shaped like a headline (no full stop)
    const next = states[k + 1]!
    if (next.tokenCount(CRUMB_WORDS + 1) <= t.keys.length || next.tokenCount(41) > 40 || TERMINAL.has(ctx.text.charCodeAt(next.hi - 1))) break
    ;(ctx.crumbKeys ??= []).push(t.keys.join(" "))
    st.cutAll("boilerplate", "navigation", "heuristic:breadcrumb")
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
    if (!TERMINAL.has(ctx.text.charCodeAt(st.hi - 1)) && st.tokenCount(13) <= 12) takeTitle(ctx, k, "guess")
    return
  }
  // all the line's tokens (it has at most 40): the title checks below reuse them
  const tokens = st.tokens(41)
  const cleaned = cleanTitle(ctx.lex, ctx.text, st.lo, st.hi, tokens)
  // (a site suffix or a kicker, `عاجل | …`, shows the line to be a headline)
  if (!cleaned.hadSiteSuffix && cleaned.kickerKeys === null) {
    if (dateTimeLine(ctx.lex, ctx.text, tokens) !== null) return
    const c = lineCredit(ctx, st.lo, st.hi, tokens)
    // a headline can read like a credit (`… اليوم`, `تقرير …`); when the line
    // under it stands alone as a credit or a name, the first line is the title
    // (a role word counts when it leads: `بقلم …`, `By …`; `أخبار المحليات` is a headline)
    const roleLed = c !== null && c.items[0]?.cls === "role"
    if (c !== null && (c.agencies.length > 0 || roleLed) && !longGuessedName(c) && !creditFollows(ctx, k)) return
    // prose, not a headline: a long line ending in a full stop
    const last = ctx.text.charCodeAt(st.hi - 1)
    const fullStop = last === 0x2e && ctx.text.charCodeAt(st.hi - 2) !== 0x2e
    if ((tokens.keys.length >= 12 && fullStop) || (tokens.keys.length >= 25 && TERMINAL.has(last))) return
  }
  const next = states[k + 1]!
  const evidence =
    cleaned.hadSiteSuffix || cleaned.kickerKeys !== null || next.line.blankBefore || dateTimeLine(ctx.lex, ctx.text, next.tokens(20)) !== null ? "layout" : "guess"
  takeTitle(ctx, k, evidence)
}

/** Words of a breadcrumb's section label (`أخبار عربية`, `World`, `Middle East`). */
const CRUMB_WORDS = 3

/** The home page's link, where a breadcrumb trail starts (phrases of the navigation lexicons). */
const HOME_KEYS: ReadonlySet<string> = new Set(["الرئيسية", "الصفحة الرئيسية", "Home", "Homepage"].map(keyOf))

/** Is the navigation rule (`lexicon:…:line:<phrase>`) the home page's link? */
const isHome = (rule: string): boolean => HOME_KEYS.has(keyOf(rule.slice(rule.lastIndexOf(":") + 1)))

/**
 * A credit whose guessed name runs to five words or more without a name
 * particle (`بن`, `عبد`, `آل`, `أبو`) is a headline that happens to hold an
 * outlet or a role word (`جريدة الرياض تهنئ قراءها بحلول العيد المبارك`).
 */
const longGuessedName = (c: Credit): boolean =>
  c.persons.some((p) => {
    const words = p.split(/\s+/).filter((w) => w.length > 0)
    return words.length >= 5 && !words.some((w) => NAME_LINKS.has(w))
  })

// (the parse stage's own list, not `lineageWords` of gazetteers/name-cues.json: it runs before the entity stage, reads
// keys of both languages, and holds `عبد` and the article too)
const NAME_LINKS: ReadonlySet<string> = new Set(["بن", "ابن", "بنت", "عبد", "آل", "ال", "أبو", "ابو", "أبا", "ابا", "bin", "ibn", "al", "el", "de", "van", "von"])

/** Tokens in a key: no lexicon phrase or title comparison needs more. */
const KEY_TOKENS = 61

/** The key of a span (its first KEY_TOKENS tokens). */
const keyOfSpan = (ctx: Context, start: number, end: number): string => tokenize(ctx.text, start, end, KEY_TOKENS).keys.join(" ")

type Segment =
  | { readonly kind: "empty"; readonly start: number; readonly end: number }
  | { readonly kind: "timestamp"; readonly start: number; readonly end: number; readonly ymd: string | null }
  | { readonly kind: "credit"; readonly start: number; readonly end: number; readonly credit: Credit; readonly keys: ReadonlyArray<string> }
  | { readonly kind: "other"; readonly start: number; readonly end: number; readonly short: boolean }

/**
 * Reads a line made of a credit and, after bars, time stamps
 * (`لندن - الرياضية | Tuesday, 11 August 2015 - 15:52 pm`). In the author
 * field any credit is taken and leftovers are cut as `credit`; on a line of
 * its own every segment must be a credit or a time stamp, read as a header
 * credit (`line`: it needs an agency, a known place or a role word) or, in the
 * author slot of a raw article, as an author field would be (`slot`). Returns
 * false (and cuts nothing) when the line is not a credit line.
 */
const readCreditLine = (ctx: Context, st: LineState, mode: "author" | "line" | "slot"): boolean => {
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
    const tokens = from === st.lo && b === st.hi ? lineTokens(st) : tokensOf(ctx, from, b)
    if (tokens.keys.length === 0) segs.push({ kind: "empty", start: from, end: b })
    else {
      const dt = dateTimeLine(ctx.lex, text, tokens)
      const c = dt === null ? (mode === "line" ? lineCredit(ctx, from, b, tokens) : authorCredit(ctx, from, b, tokens)) : null
      if (dt !== null) segs.push({ kind: "timestamp", start: from, end: b, ymd: dt.ymd })
      else if (c !== null) segs.push({ kind: "credit", start: from, end: b, credit: c, keys: tokens.keys })
      else segs.push({ kind: "other", start: from, end: b, short: !tokens.truncated && tokens.keys.length <= 8 })
    }
    from = b + 1
  }
  const credits = segs.filter((g) => g.kind === "credit").length
  if (mode !== "author" && (credits === 0 || segs.some((g) => g.kind === "other"))) return false
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

/**
 * What {@link tokensOf} gives for the whole line, taken from the line's
 * tokens when they are already read (the head reads 41 of them first).
 */
const lineTokens = (st: LineState): Tokens => {
  const t = st.tokens(41)
  return !t.truncated && t.keys.length <= 40 ? t : tokenize(st.text, st.lo, st.hi, 40)
}

/** Words of a credit line standing alone under the title (`جدة: سالم الغامدي`, `د. منيرة العتيبي`). */
const SLOT_MAX_TOKENS = 12

/**
 * Is line `k` the author slot of a raw article: a short line standing alone
 * between blank lines under the title, with more text after it, that reads
 * wholly as a credit (`كابل: سالم أحمد`, `أبها - فهد سالم:`) or a name of two
 * words or more (`د. منيرة سعد العتيبي`), with time stamps after bars allowed
 * (`الرياض - الرياضية | Monday, 10 August 2015 - 18:04 pm`)? This is the
 * layout of an article composed as title, author, content: the line is read
 * as an author field would be.
 */
const authorSlot = (ctx: Context, k: number): boolean => {
  const st = ctx.states[k]
  const next = ctx.states[k + 1]
  if (st === undefined || next === undefined || st.empty) return false
  if (!st.line.blankBefore || !next.line.blankBefore) return false
  // English pages set venue and fixture lines under a headline (`Ewood Park`,
  // `Lansdowne Road, Dublin`); their bylines carry `By` and are read as header credits
  if (!mostlyArabic(ctx.text, st.lo, st.hi)) return false
  return slotReads(ctx, st, st.lo)
}


/**
 * Does `[from, st.hi)` read wholly as a short credit: at most 12 words, not a
 * question or an exclamation, every segment between bars a credit the author
 * field would accept (names of two words or more, a dateline, role words) or a
 * time stamp?
 */
const slotReads = (ctx: Context, st: LineState, from: number): boolean => {
  const all = tokenize(ctx.text, from, st.hi, SLOT_MAX_TOKENS + 1)
  if (all.truncated || all.keys.length === 0) return false
  const last = ctx.text.charCodeAt(st.hi - 1)
  if (TERMINAL.has(last) && last !== 0x2e) return false
  const text = ctx.text
  let credits = 0
  const start = from
  for (let i = from; i <= st.hi; i++) {
    const c = i < st.hi ? text.charCodeAt(i) : 0x7c
    if (c !== 0x7c && c !== 0xff5c && c !== 0xa6) continue
    // a line without bars is one segment, already read whole
    const tokens = from === start && i === st.hi ? all : tokensOf(ctx, from, i)
    from = i + 1
    if (tokens.keys.length === 0) continue
    if (dateTimeLine(ctx.lex, text, tokens) !== null) continue
    // (the segment's tokens are those of the span from its first word to its last)
    const cr = authorCredit(ctx, tokens.starts[0]!, tokens.ends[tokens.keys.length - 1]!, tokens)
    if (cr === null) return false
    // a lone word is a section label or a heading more often than a name
    // (a lone place, outlet or role word is not: `واس`, `(زائر)`)
    if (cr.dateline === null && cr.persons.length > 0 && tokens.keys.length < 2) return false
    credits++
  }
  return credits > 0
}

/**
 * Does a credit line follow line `k` (after at most two lines of chrome such
 * as `Next Previous`), with text after it? Then line `k` is a headline even
 * when it reads like a credit (`… الوطن`, `تقرير …: …`).
 */
const creditFollows = (ctx: Context, k: number): boolean => {
  const states = ctx.states
  for (let j = k + 1; j < Math.min(states.length - 1, k + 4); j++) {
    const st = states[j]!
    const t = st.tokens(SLOT_MAX_TOKENS + 1)
    if (t.truncated) return false
    if (lexiconVerdict(ctx.lex, ctx.text, t, HEAD) !== null) continue
    const lead = ctx.lex.leads.longestAt(t.keys, 0)
    const from = lead !== null && (lead.value.zone === "head" || lead.value.zone === "any") ? t.ends[lead.length - 1]! : st.lo
    return slotReads(ctx, st, from)
  }
  return false
}

/** Cuts lead chrome (`Next Previous`, `شارك من خلال …`) off the front of a line. */
const cutLeads = (ctx: Context, st: LineState): void => {
  for (let guard = 0; guard < 4 && !st.empty; guard++) {
    // the 41 tokens the head reads next (a lead is looked for in the first 24 of them)
    const t = st.tokens(41)
    const m = ctx.lex.leads.longestAt(t.keys, 0, Math.min(t.keys.length, 24))
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

/**
 * Does the line read as what a byline's name stands over: a time stamp
 * (`Monday 30 November 2026 07:00 GMT`) or an outlet and a place with no name
 * (`BBC News, Nairobi`)?
 */
const creditOrStamp = (ctx: Context, st: LineState): boolean => {
  const t = st.tokens(17)
  if (t.truncated || t.keys.length === 0) return false
  // a stamp with its year: a fixture's day and kick-off (`Tuesday, 1 March`, `2000 GMT`) are under a venue's name
  const dt = dateTimeLine(ctx.lex, ctx.text, t)
  if (dt !== null) return dt.ymd !== null
  const c = lineCredit(ctx, st.lo, st.hi, t)
  return c !== null && c.persons.length === 0 && c.agencies.length > 0
}

/**
 * A byline that prints the reporter's desk after the name, without `By`
 * (`<first> <last> Environment reporter`, `<first> <last> Chief political
 * correspondent`): three to seven words, the last a desk title of the lexicon,
 * the first two capitalized Latin words. The two words are the byline; the
 * desk is cut as `credit`.
 */
const deskByline = (ctx: Context, st: LineState, t: Tokens): boolean => {
  const n = t.keys.length
  // (`By <first> <last>, Middle East correspondent`: the name after `By`)
  const f = t.keys[0] === "by" ? 1 : 0
  if (t.truncated || n - f < 3 || n - f > 7 || !ctx.lex.deskTitles.has(t.keys[n - 1]!)) return false
  const text = ctx.text
  if (TERMINAL.has(text.charCodeAt(st.hi - 1))) return false
  // the two words of the name and the desk's first word are capitalized (`The Herald named a new editor` is a sentence)
  for (const w of n - f > 3 ? [f, f + 1, f + 2] : [f, f + 1]) {
    const c = text.charCodeAt(t.starts[w]!)
    if (c < 0x41 || c > 0x5a || t.ends[w]! - t.starts[w]! < 2) return false
  }
  if (ctx.lex.nonNameWords.has(t.keys[f]!) || ctx.lex.nonNameWords.has(t.keys[f + 1]!)) return false
  if (f === 1) st.cutFront(t.starts[1]!, "boilerplate", "credit", "heuristic:credit-role")
  const p = st.cutFront(t.ends[f + 1]!, "byline")
  if (p === null) return false
  ctx.byline = { names: [text.slice(p.start, p.end)], start: p.start, end: p.end }
  st.cutAll("boilerplate", "credit", "heuristic:byline-desk")
  return true
}

/** Letters of one script only (a name with page chrome inside, `محمد Next Previous`, is no byline). */
const oneScript = (text: string, start: number, end: number): boolean => {
  let arabic = false
  let latin = false
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0x0600 && c <= 0x06ff) arabic = true
    else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) latin = true
  }
  return !(arabic && latin)
}

/** Is this state a short name line (`سالم الحربي`) standing before a long paragraph? */
const nameLine = (ctx: Context, k: number): boolean => {
  const st = ctx.states[k]!
  const t = st.tokens(6)
  if (t.truncated || t.keys.length < 2 || t.keys.length > 4) return false
  if (TERMINAL.has(ctx.text.charCodeAt(st.hi - 1)) || ctx.text.charCodeAt(st.hi - 1) === 0x3a) return false
  const next = ctx.states[k + 1]
  if (next === undefined || (next.tokenCount(13) < 12 && !(oneScript(ctx.text, st.lo, st.hi) && creditOrStamp(ctx, next)))) return false
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
    // the breadcrumb's section label printed again under the title
    if (ctx.crumbKeys !== null) {
      const t = st.tokens(CRUMB_WORDS + 1)
      if (!t.truncated && ctx.crumbKeys.includes(t.keys.join(" "))) {
        st.cutAll("boilerplate", "navigation", "heuristic:breadcrumb")
        continue
      }
    }
    seen++
    cutLeads(ctx, st)
    // the author field's credit printed again (before the line under a byline is judged)
    cutRepeatedCredit(ctx, st)
    if (st.empty) continue
    const tokens = st.tokens(41)
    // the reporter's role under a byline: `Health Correspondent`, `مراسل الشؤون الاقتصادية`
    const afterByline = bylineBefore
    bylineBefore = false
    if (afterByline && !tokens.truncated && tokens.keys.length <= 5 && !TERMINAL.has(ctx.text.charCodeAt(st.hi - 1))) {
      const next = states[k + 1]
      if (next !== undefined && next.tokenCount(13) >= 12) {
        const cut = underByline(ctx, st)
        if (cut !== null) {
          st.cutAll("boilerplate", cut.kind, cut.rule)
          continue
        }
      }
    }
    const v = lexiconVerdict(ctx.lex, ctx.text, tokens, HEAD)
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
      // (a saved-at time carries seconds: `15:20:50`; a site's own time stamp under the title does not:
      // `| Tuesday, 11 August 2015 - 00:00 am` is when the story was published)
      const crawl = k === ctx.titleIndex + 1 && ctx.title !== null && clockTimeIn(ctx.text, st.lo, st.hi) && secondsIn(ctx.text, st.lo, st.hi)
      st.cutAll("boilerplate", crawl ? "crawl-meta" : "timestamp", crawl ? "heuristic:crawl-time" : "heuristic:date-time-line")
      if (!crawl) notePublished(ctx, dt.ymd, "timestamp")
      continue
    }
    cutRepeatedCredit(ctx, st)
    if (st.empty) continue
    // the author line of a raw article (title, author, content) given without hints
    // (with a title hint and no author hint, the input had no author: this line is content)
    if (seen === 1 && ctx.title !== null && ctx.hints.author === undefined && ctx.hints.title === undefined && ctx.byline === null && ctx.dateline === null && authorSlot(ctx, k)) {
      readCreditLine(ctx, st, "slot")
      bylineBefore = ctx.byline !== null
      if (st.empty) continue
    }
    // a line of at most 28 words (read as far as the 41 tokens above: no copy of fewer)
    const t2 = st.tokens(41)
    if (!t2.truncated && t2.keys.length > 0 && t2.keys.length <= 28) {
      const c = ctx.dateline !== null && t2.keys.length <= 16 ? lineCredit(ctx, st.lo, st.hi, t2) : null
      if (c !== null && ctx.dateline !== null && c.dateline !== null) {
        st.cutAll("boilerplate", "credit", sameCredit(ctx, c) ? "heuristic:repeated-credit" : "heuristic:second-credit")
        continue
      }
      const hadByline = ctx.byline !== null
      if (readCreditLine(ctx, st, "line")) {
        bylineBefore = !hadByline && ctx.byline !== null
        continue
      }
      if (ctx.byline === null && deskByline(ctx, st, t2)) {
        bylineBefore = false
        continue
      }
      if (ctx.byline === null && nameLine(ctx, k)) {
        const p = st.cutAll("byline")
        if (p !== null) ctx.byline = { names: [ctx.text.slice(p.start, p.end)], start: p.start, end: p.end }
        bylineBefore = true
        continue
      }
    }
    // a standfirst: a line under the headline with the time stamp still to come; it stays
    // text and the head goes on (`Protesters demand …` over `Published On 30 Nov 2026`)
    // (a sentence: a venue over a fixture's date and time, `Ewood Park`, is the match preview's text)
    if (seen <= 2 && ctx.title !== null && st.tokenCount(STANDFIRST_WORDS) >= STANDFIRST_WORDS && stampFollows(ctx, k)) continue
    // the first paragraph: a column label may open it, then a credit
    cutColumnLabel(ctx, st)
    if (st.empty) continue
    if (ctx.dateline === null) {
      const pc = prefixCredit(ctx, st)
      if (pc !== null) applyCredit(ctx, st, pc.credit, pc.end)
      else if (isBullet(ctx, st)) creditAfterHighlights(ctx, k)
    }
    break
  }
  ctx.bodyFrom = k
}

/** Words from which a line can be a standfirst. */
const STANDFIRST_WORDS = 6

/** Is one of the next two lines after line `k` a time stamp (a date-time line or a stamp's label over a date)? */
const stampFollows = (ctx: Context, k: number): boolean => {
  let lines = 0
  for (let j = k + 1; j < ctx.states.length && lines < 2; j++) {
    const st = ctx.states[j]!
    if (st.empty) continue
    lines++
    const t = st.tokens(41)
    if (t.truncated) return false
    if (dateTimeLine(ctx.lex, ctx.text, t) !== null) return true
    if (lexiconVerdict(ctx.lex, ctx.text, t, HEAD)?.kind === "timestamp") return true
  }
  return false
}

const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669)

/** `hh:mm:ss` somewhere in `[start, end)`. */
const secondsIn = (text: string, start: number, end: number): boolean => {
  for (let i = start + 1; i + 5 < end; i++) {
    if (text.charCodeAt(i) !== 0x3a || text.charCodeAt(i + 3) !== 0x3a) continue
    if (isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)) && isDigit(text.charCodeAt(i + 2)) && isDigit(text.charCodeAt(i + 4)) && isDigit(text.charCodeAt(i + 5))) return true
  }
  return false
}

/**
 * A short line between a byline and a long paragraph. In English it is the
 * reporter's role (`Health Correspondent`). Arabic pages put the photo's
 * caption there: a role or a credit (`تصوير: سالم أحمد`, `سالم أحمد ـ جدة`)
 * is a credit, a lone name of at most three words is the caption of a
 * portrait; anything else (`جانب من الحفل` is cut by the caption lexicon, a
 * subheading or the start of the text) stays for the body.
 */
const underByline = (ctx: Context, st: LineState): { readonly kind: "credit" | "caption"; readonly rule: string } | null => {
  if (!mostlyArabic(ctx.text, st.lo, st.hi)) return { kind: "credit", rule: "heuristic:byline-role" }
  const c = readCredit(ctx.lex, ctx.text, st.lo, st.hi)
  if (c === null || c.unknown > 0) return null
  if (c.hasRole || c.dateline !== null) return { kind: "credit", rule: "heuristic:byline-role" }
  if (c.persons.length === 1 && c.tokenCount <= 3) return { kind: "caption", rule: "heuristic:portrait-caption" }
  return null
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
    // the line is a stamp by its label: a run of date words with a full date is its date,
    // whatever follows it (`نشر في: 30 نوفمبر 2026 - 09:15 بتوقيت أبوظبي`)
    const run = readDateRun(ctx.lex, t, ctx.text, i, t.keys.length)
    if (run !== null && run.ymd !== null) return run.ymd
    if (run !== null) i = run.to - 1
  }
  return null
}
