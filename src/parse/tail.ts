/**
 * The end of the body: chrome glued to the last line (`… رابط الخبر بصحيفة
 * الوئام: <title>`, `… سمات <tags>`), and short trailing lines that are photo
 * captions, an author's bio or a signature rather than text.
 *
 * @module
 */
import { isArabicBaseLetter } from "../internal/letters.js"
import { foldClass, tokenize, type Tokens } from "../lexicons/key.js"
import type { CompiledLexicons } from "../lexicons/lexicon.js"
import { cutAuthorBio } from "./bio.js"
import type { Context } from "./context.js"
import { shapeVerdict } from "./boilerplate.js"
import { readCredit } from "./credit.js"
import { mostlyArabic } from "./language.js"
import { ABOVE_TABLE, FOLD, F_MULTI, F_SEP, F_SKIP, SKIPPED, UNFOLDABLE, foldClassOf, foldedWord, wordSieve } from "./sieve.js"
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
  // The tail-phrase window is the last TAIL_WINDOW units of the line. When a
  // glued tail may lie in the wider GLUED_WINDOW, one scan of that window
  // serves both searches (see `phraseWindowStart`); most lines hold none.
  const from = Math.max(st.lo, st.hi - TAIL_WINDOW)
  const wideFrom = Math.max(st.lo, st.hi - GLUED_WINDOW)
  const glued = mayHoldGluedTail(ctx.lex, text, wideFrom, st.hi)
  // Every tail phrase (glued to an address before it or not) starts with a
  // word no other phrase needs, and few windows hold one: when the sieve finds
  // none, the window is not tokenized at all.
  if (!glued && !tailSieve(ctx.lex).test(text.slice(from, st.hi))) return false
  const t = tokenize(text, glued ? wideFrom : from, st.hi)
  const first = glued ? phraseWindowStart(text, t, wideFrom, from, st) : from > st.lo ? 1 : 0 // a window cut mid-word drops its first token
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
  return glued && cutGluedTail(ctx, st, t, wideFrom > st.lo ? 1 : 0)
}

/** How far from the end of the last line a tail phrase is looked for. */
const TAIL_WINDOW = 320

/**
 * Where the tokens of the tail-phrase window `text[from, st.hi)` begin among
 * `t`, the tokens of the wider window `text[wideFrom, st.hi)`: a window cut
 * mid-word drops its first token, so these are the tokens that a scan from
 * `from` finds after its first one. That first token ends between tokens (at
 * a separator, or where digits and letters meet), where the wider scan also
 * stands, so the rest are the wider scan's tokens from its end on: found
 * without scanning the window again.
 */
const phraseWindowStart = (text: string, t: Tokens, wideFrom: number, from: number, st: LineState): number => {
  if (from === wideFrom) return from > st.lo ? 1 : 0
  // from > wideFrom >= st.lo: the first token of the window is dropped
  const first = tokenize(text, from, st.hi, 1)
  if (first.keys.length === 0) return t.keys.length
  const end = first.ends[0]!
  let j = 0
  while (j < t.keys.length && t.starts[j]! < end) j++
  return j
}

/**
 * What a tail cut left of its line, when it is only an e-mail address or a
 * handle (`name@example.com` glued to `للتواصل مع الكاتب …`), is a contact line.
 */
const cutContactRest = (ctx: Context, st: LineState): void => {
  if (st.empty || st.hi - st.lo > 120) return
  const v = shapeVerdict(ctx.lex, ctx.text, st.lo, st.hi, st)
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
    if (!isArabicBaseLetter(c) || !latinBefore) continue
    for (let k = i; k < end; k++) {
      const d = text.charCodeAt(k)
      if (!isArabicBaseLetter(d) || d === 0x0640) return null
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
 * the line is cut. `t` holds the tokens of the last GLUED_WINDOW units of the
 * line, read from index `first` (a window cut mid-word drops its first token).
 */
const cutGluedTail = (ctx: Context, st: LineState, t: Tokens, first: number): boolean => {
  const glued = ctx.lex.gluedTails
  if (glued.length === 0) return false
  const keys = t.keys
  for (let j = first; j < keys.length; j++) {
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

/** A glued tail's last word as units, with its KMP failure table. */
interface GluedWord {
  readonly units: Uint16Array
  readonly fail: Int32Array
}

const gluedWordsOf = new WeakMap<CompiledLexicons, ReadonlyArray<GluedWord>>()

const gluedWords = (lex: CompiledLexicons): ReadonlyArray<GluedWord> => {
  let words = gluedWordsOf.get(lex)
  if (words === undefined) {
    words = lex.gluedTails.map((g) => {
      const units = Uint16Array.from(g.last, (ch) => ch.charCodeAt(0))
      // fail[i]: length of the longest proper border of units[0, i]
      const fail = new Int32Array(units.length)
      for (let i = 1, k = 0; i < units.length; i++) {
        while (k > 0 && units[i] !== units[k]) k = fail[k - 1]!
        if (units[i] === units[k]) k++
        fail[i] = k
      }
      return { units, fail }
    })
    gluedWordsOf.set(lex, words)
  }
  return words
}

/**
 * Could a glued tail lie in `text[from, to)`? It needs a word whose key starts
 * with the tail's last word and goes on (`…للكاتبعنوان`): the letters are
 * folded as the tokenizer folds them, without making tokens, and searched for
 * that word followed by one more letter (a string search, KMP). A letter that
 * cannot be folded here alone (a presentation form, a fold into several
 * letters) answers yes, and the full scan decides. Never false when
 * `cutGluedTail` would cut.
 */
const mayHoldGluedTail = (lex: CompiledLexicons, text: string, from: number, to: number): boolean =>
  // The scan reads up to GLUED_WINDOW units of the last two lines of every
  // article, and almost none holds a glued tail: a native regex search for a
  // superset of what the scan answers yes to rules most windows out first.
  gluedSieve(lex).test(text.slice(from, to)) && gluedScan(lex, text, from, to)

/** The scan of {@link mayHoldGluedTail} (exported for the test that checks the sieve against it). */
export const gluedScan = (lex: CompiledLexicons, text: string, from: number, to: number): boolean => {
  for (const { units, fail } of gluedWords(lex)) {
    const n = units.length
    let k = 0 // units of the word matched so far, in the current run of letters
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i)
      // from U+0800 up only the class is looked at: a letter there (a presentation form) answers yes
      const f = c < 0x800 ? FOLD[c]! : ABOVE_TABLE[foldClass(c) + 1]!
      if (f === F_SKIP) continue
      if (f === F_SEP) {
        k = 0
        continue
      }
      if (f === F_MULTI || k === n) return true
      while (k > 0 && f !== units[k]) k = fail[k - 1]!
      if (f === units[k]) k++
    }
  }
  return false
}

const sieves = new WeakMap<CompiledLexicons, RegExp>()

/**
 * A regex that matches every window {@link mayHoldGluedTail}'s scan answers
 * yes to (and a few more; the scan then decides): an unfoldable unit, or a
 * glued tail's last word followed by one more letter. Linear: each run of
 * marks is followed by a class disjoint from it, so nothing is tried twice.
 */
export const gluedSieve = (lex: CompiledLexicons): RegExp => {
  let re = sieves.get(lex)
  if (re === undefined) {
    const letter = `[${foldClassOf((f) => f !== F_SEP && f !== F_SKIP)}]`
    const words = gluedWords(lex).map(({ units }) => foldedWord(units) + SKIPPED() + letter)
    re = new RegExp([UNFOLDABLE(), ...words].join("|"))
    sieves.set(lex, re)
  }
  return re
}

const tailSieves = new WeakMap<CompiledLexicons, RegExp>()

/**
 * A regex that matches every window in which {@link cutTailPhrase} could find
 * a tail phrase: the first word of some phrase, as a token or at the end of
 * one (the phrase glued to an address before it), or an unfoldable unit.
 */
export const tailSieve = (lex: CompiledLexicons): RegExp => {
  let re = tailSieves.get(lex)
  if (re === undefined) {
    re = wordSieve(lex.tails.firstKeys())
    tailSieves.set(lex, re)
  }
  return re
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
  if (prev.tokenCount(6) < 5) return
  for (const idx of cands.reverse()) {
    const st = states[idx]!
    const first = ctx.text.charCodeAt(st.lo)
    const marked = first === 0x2d || first === 0x2013 || first === 0x2a || first === 0x1a || first === 0x2022
    const c = readCredit(ctx.lex, ctx.text, st.lo, st.hi)
    const name = c !== null && c.unknown === 0 && c.persons.length >= 1 && c.agencies.length === 0 && c.tokenCount <= 6
    if (name && ctx.byline === null && marked) {
      const p = st.cutAll("byline")
      if (p !== null) ctx.byline = { names: [...c.persons], start: p.start, end: p.end }
    } else if (marked || (name && c.persons.length === 1 && c.tokenCount <= 4 && c.places.length <= 1) || nameThenDash(ctx, st)) {
      st.cutAll("boilerplate", "credit", marked ? "heuristic:signature" : "heuristic:trailing-name")
    } else {
      st.cutAll("boilerplate", "caption", "heuristic:trailing-caption")
    }
  }
}

/**
 * A signature with what follows it after a dash: `سالم بن فهد الحربي - حريملاء`,
 * `نورة سعد - جامعة الأميرة نورة`. The place or post after the dash may be
 * unknown to the lexicons (a small town, a university), which makes the whole
 * line unreadable as a credit; the part before the dash is a name alone
 * (one person, no unknown word, at most five words), so the line is a credit, not a caption.
 */
const nameThenDash = (ctx: Context, st: LineState): boolean => {
  const text = ctx.text
  let dash = -1
  // a name is read from at most the first 120 units (a credit is never read on a long region)
  const limit = Math.min(st.hi - 1, st.lo + 120)
  for (let i = st.lo + 1; i < limit; i++) {
    const c = text.charCodeAt(i)
    // a dash with a blank on one side at least (not a hyphen inside a word)
    if ((c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x0640) && (/\s/.test(text[i - 1]!) || /\s/.test(text[i + 1]!))) {
      dash = i
      break
    }
  }
  if (dash < 0) return false
  const c = readCredit(ctx.lex, text, st.lo, dash)
  if (c === null || c.unknown > 0 || c.persons.length !== 1 || c.agencies.length > 0 || c.places.length > 0 || c.tokenCount > 5 || c.tokenCount < 2) return false
  const rest = tokenize(text, dash + 1, st.hi, 6)
  return !rest.truncated && rest.keys.length >= 1 && rest.keys.length <= 5
}

export const readTail = (ctx: Context): void => {
  const live = lastLive(ctx, 2)
  for (const st of live) {
    if (cutTailPhrase(ctx, st)) break
  }
  cutAuthorBio(ctx)
  cutTrailingShortLines(ctx)
}
