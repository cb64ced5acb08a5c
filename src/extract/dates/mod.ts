/**
 * The part of its period a date names: `late January`, `the end of last year`, `mid-March`, `the early 1980s`,
 * `مطلع العام`, `منتصف يوليو`, `أواخر 2014`, `مطلع القرن العشرين`. TIMEX3 (the TimeML annotation standard) gives such
 * a phrase the value of the whole period and a `mod` of START, MID or END; a `DateMention` does the same with `mod`
 * `start`, `mid` or `end`, so that `late January` is told from `January` without a value finer than the text says.
 *
 * The words are `periodModifiers.parts` of `calendar-words.json`. The Arabic scanner already keeps them in its
 * phrases (`نهاية العام الجاري`); a word before a century or a decade (`مطلع القرن العشرين`, `أواسط الثمانينات`),
 * and the English words before a date chrono or the year readers found (`late` before `January`, `the end of` before
 * `last year`, `mid-` before `2004`), are taken into the mention's span here.
 *
 * Only mentions a period can have parts of get one: a year, a month or a range (week, decade, century) in both
 * languages, and in English a day (`late on Monday`, `early Tuesday`); not a clock time, not a weekend (`نهاية
 * الأسبوع` is the weekend itself, its value already those days).
 *
 * @module
 */
import type { DateMod } from "../../schema/record.js"
import { foldKey } from "../internal/tokens.js"
import { baseGranularity, type Expr } from "./expr.js"
import { dateLexicons } from "./lexicon.js"
import { escapeRegExp } from "../internal/regex.js"

/** What {@link withModifiers} reads and moves of a found date (a `DateCandidate`). */
interface Found {
  readonly start: number
  readonly end: number
  readonly expr: Expr | null
  readonly mod?: DateMod | undefined
}

/** How far before a date an English modifier may start (`the very beginning of ` is 24 characters). */
const REACH = 32

/** An Arabic letter: the mention is Arabic. */
const ARABIC = /[\u0621-\u064a]/
/** The first word of an Arabic mention, diacritics and tatweel kept for folding. */
const FIRST_WORD_AR = /^[\u0621-\u064a\u064b-\u0652\u0640]+/
/** The last word before an Arabic mention, then only white space (not a line break). */
const LAST_WORD_AR = /([\u0621-\u064a\u064b-\u0652\u0640]+)[ \t\u00a0]+$/
/** One-letter proclitics an Arabic modifier may carry (`وبداية`, `فبحلول`, `لنهاية`). */
const PROCLITICS = /^[\u0648\u0641\u0628\u0644]{1,2}/

/** The English patterns, built once from the lexicon. */
let english: { readonly head: RegExp; readonly before: RegExp } | null = null

const englishPatterns = (): { readonly head: RegExp; readonly before: RegExp } => {
  if (english !== null) return english
  const { enAdjectives, enNouns } = dateLexicons().periodParts
  const adj = [...enAdjectives.keys()].map(escapeRegExp).join("|")
  const noun = [...enNouns.keys()].map(escapeRegExp).join("|")
  english = {
    // a mention that opens with its modifier (chrono's `end of February`, the period edges' `end of the week`)
    head: new RegExp(`^(?:(${noun})\\s+of\\b|(${adj})\\b)`, "i"),
    // a modifier right before the mention: `the end of `, `the very start of the `, `late `, `late on `, `mid-` (`d`: where its word starts)
    before: new RegExp(`(?:\\b(?:the\\s+(?:very\\s+)?)?(${noun})\\s+of\\s+(?:the\\s+)?|\\b(${adj})(?:\\s+(?:in|on)\\s+(?:the\\s+)?|[ \\t]*-[ \\t]*|[ \\t]+))$`, "di")
  }
  return english
}

/** The part an Arabic word names, or null; with `clitics`, also after one or two proclitics (`ومطلع`). */
const arabicPart = (word: string, clitics: boolean): { readonly mod: DateMod; readonly skip: number } | null => {
  const parts = dateLexicons().periodParts.ar
  const k = foldKey(word)[0]
  if (k === undefined) return null
  const mod = parts.get(k)
  if (mod !== undefined) return { mod, skip: 0 }
  if (!clitics) return null
  const p = PROCLITICS.exec(word)
  if (p === null) return null
  const bare = foldKey(word.slice(p[0].length))[0]
  const m = bare === undefined ? undefined : parts.get(bare)
  return m === undefined ? null : { mod: m, skip: p[0].length }
}

/** Whether a period with parts: a year, month or range; in English a day too. Never a weekend. */
const hasParts = (e: Expr | null, arabic: boolean): boolean => {
  if (e === null) return false
  if (e.t === "weekday" && e.weekend === true) return false
  const g = baseGranularity(e)
  if (g === "year" || g === "month" || g === "range") return true
  return !arabic && (g === "day" || g === "weekday")
}

/**
 * The found dates of `text` (in order, without overlaps) with the part of their period they name: `mod` set, and the
 * span moved back over a modifier written before the mention (never into the mention before it, nor across a line).
 */
export const withModifiers = <C extends Found>(found: ReadonlyArray<C>, text: string): Array<C> => {
  const out: Array<C> = []
  let previousEnd = 0
  for (const c of found) {
    const head = text.slice(c.start, Math.min(c.end, c.start + REACH))
    const arabic = ARABIC.test(head)
    let next = c
    if (hasParts(c.expr, arabic)) {
      if (arabic) {
        // the scanner's phrases start at the modifier itself (`نهاية العام`), a word before is one it left out
        const first = FIRST_WORD_AR.exec(head)
        const own = first === null ? null : arabicPart(first[0], false)
        if (own !== null) next = { ...c, mod: own.mod }
        else {
          const last = LAST_WORD_AR.exec(text.slice(Math.max(previousEnd, c.start - REACH), c.start))
          const before = last === null ? null : arabicPart(last[1]!, true)
          if (before !== null) next = { ...c, start: c.start - last![0].length + before.skip, mod: before.mod }
        }
      } else {
        const p = englishPatterns()
        const h = p.head.exec(head)
        if (h !== null) next = { ...c, mod: partOf(h) }
        else {
          // the text before on the mention's own line (`By early 2005` opening a paragraph)
          const reach = text.slice(Math.max(previousEnd, c.start - REACH), c.start)
          const window = reach.slice(reach.lastIndexOf("\n") + 1)
          const b = p.before.exec(window)
          // the span starts at the modifier (`end of 2005`, as chrono's `end of February`), not at a `the` before it
          if (b !== null) next = { ...c, start: c.start - window.length + (b.indices![1] ?? b.indices![2])![0], mod: partOf(b) }
        }
      }
    }
    out.push(next)
    previousEnd = next.end
  }
  return out
}

/** The part a match of the English patterns names: group 1 a noun, group 2 an adjective. */
const partOf = (m: RegExpExecArray): DateMod => {
  const { enAdjectives, enNouns } = dateLexicons().periodParts
  return (m[1] !== undefined ? enNouns.get(m[1].toLowerCase()) : enAdjectives.get(m[2]!.toLowerCase()))!
}
