/**
 * Just enough date reading for the parse stage: is a run of tokens a date or
 * a time stamp, and which `YYYY-MM-DD` does it state? (Full date extraction is
 * the dates stage's work; this reads datelines and time-stamp lines.)
 *
 * Recognised: `10 أغسطس 2015`, `25 شوال 1436 هـ` (Hijri, converted with the
 * Umm al-Qura calendar when the runtime's Intl supports it), `11 August 2015`,
 * `August 11, 2015`, `2015-08-10`, and weekdays, clock times and clock words
 * around them.
 *
 * @module
 */
import { hijriToGregorian } from "../calendar/hijri.js"
import type { Tokens } from "../lexicons/key.js"
import type { CompiledLexicons } from "../lexicons/lexicon.js"

/** What one token (or multi-token phrase) at a position is, for date reading. */
type DateToken =
  | { readonly t: "num"; readonly n: number; readonly digits: number; readonly length: 1; readonly clock: boolean }
  | { readonly t: "month"; readonly month: number; readonly length: number }
  | { readonly t: "hmonth"; readonly month: number; readonly length: number }
  | { readonly t: "weekday"; readonly length: number }
  | { readonly t: "marker"; readonly calendar: "hijri" | "gregorian"; readonly length: 1 }
  | { readonly t: "equiv"; readonly length: 1 }
  | { readonly t: "clock"; readonly length: number }

/**
 * A number key: digits, with a calendar letter (`2015م`, `1436ه`), an
 * English ordinal's letters (`30th`), or ISO 8601's `T` and the hour (`30t10`
 * of `2026-11-30T10:15`, which makes the run a time stamp).
 */
const NUM = /^(\d{1,4})(ه|م|h|st|nd|rd|th|t\d{2})?$/

const dateStartersOf = new WeakMap<CompiledLexicons, ReadonlySet<string>>()

/**
 * Every token that can start a date token other than a number: the first
 * tokens of month, weekday and clock phrases, and the marker and equivalence
 * words. A token outside it (and not starting with a digit) is no date token.
 */
export const dateStarters = (lex: CompiledLexicons): ReadonlySet<string> => {
  let s = dateStartersOf.get(lex)
  if (s === undefined) {
    const all = new Set<string>()
    for (const t of [lex.months, lex.hijriMonths, lex.weekdays, lex.clockWords]) for (const k of t.firstKeys()) all.add(k)
    for (const set of [lex.hijriMarkers, lex.gregorianMarkers, lex.equivalence]) for (const k of set) all.add(k)
    s = all
    dateStartersOf.set(lex, s)
  }
  return s
}

/** Classifies the date token at `keys[i]`, or null when it is not part of a date. */
export const dateTokenAt = (lex: CompiledLexicons, keys: ReadonlyArray<string>, i: number, limit: number): DateToken | null => {
  const k = keys[i]!
  const d = k.charCodeAt(0)
  if (d >= 0x30 && d <= 0x39) {
    const m = NUM.exec(k)
    if (m !== null) return { t: "num", n: Number(m[1]), digits: m[1]!.length, length: 1, clock: m[2] !== undefined && m[2].length === 3 && m[2][0] === "t" }
  } else if (!dateStarters(lex).has(k)) return null
  const month = lex.months.longestAt(keys, i, limit)
  const hmonth = lex.hijriMonths.longestAt(keys, i, limit)
  if (hmonth !== null && (month === null || hmonth.length >= month.length)) return { t: "hmonth", month: hmonth.value, length: hmonth.length }
  if (month !== null) return { t: "month", month: month.value, length: month.length }
  const wd = lex.weekdays.longestAt(keys, i, limit)
  if (wd !== null) return { t: "weekday", length: wd.length }
  if (lex.hijriMarkers.has(k)) return { t: "marker", calendar: "hijri", length: 1 }
  if (lex.gregorianMarkers.has(k)) return { t: "marker", calendar: "gregorian", length: 1 }
  if (lex.equivalence.has(k)) return { t: "equiv", length: 1 }
  const clock = lex.clockWords.longestAt(keys, i, limit)
  if (clock !== null) return { t: "clock", length: clock.length }
  return null
}

export interface DateRun {
  /** Token index range `[from, to)`. */
  readonly from: number
  readonly to: number
  /** `YYYY-MM-DD` when a full date could be read. */
  readonly ymd: string | null
  /** True when a month name, weekday or clock time anchors the run (digits alone are not a date). */
  readonly anchored: boolean
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0")

const validYmd = (y: number, m: number, d: number): string | null => {
  if (y < 1000 || y > 2999 || m < 1 || m > 12 || d < 1 || d > 31) return null
  const dt = new Date(Date.UTC(y, m - 1, d))
  if (dt.getUTCMonth() !== m - 1) return null
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`
}

/**
 * Reads the longest run of date tokens starting at token `from` (not past
 * `limit`). Returns null when `keys[from]` starts no date.
 */
export const readDateRun = (lex: CompiledLexicons, tokens: Tokens, text: string, from: number, limit: number): DateRun | null => {
  const keys = tokens.keys
  const items: Array<{ readonly at: number; readonly tok: DateToken }> = []
  let i = from
  let end = from
  while (i < limit) {
    const tok = dateTokenAt(lex, keys, i, limit)
    if (tok === null) break
    // a month named in two systems is one month (`نوفمبر/تشرين الثاني`): the second name is read past
    const last = items[items.length - 1]?.tok
    if (!(tok.t === "month" && last?.t === "month" && tok.month === last.month)) items.push({ at: i, tok })
    i += tok.length
    end = i
  }
  // do not end on a bare equivalence word
  while (items.length > 0 && items[items.length - 1]!.tok.t === "equiv") {
    end = items[items.length - 1]!.at
    items.pop()
  }
  if (items.length === 0) return null
  const to = end
  let anchored = false
  for (const { at, tok } of items) {
    if (tok.t === "month" || tok.t === "hmonth" || tok.t === "weekday" || tok.t === "clock" || (tok.t === "num" && tok.clock)) anchored = true
    // a clock time hh:mm
    if (tok.t === "num" && at + 1 < to && text.charCodeAt(tokens.ends[at]!) === 0x3a && /^\d{2}$/.test(keys[at + 1]!)) anchored = true
  }
  return { from, to, ymd: ymdOf(items, tokens, text), anchored }
}

const ymdOf = (
  items: ReadonlyArray<{ readonly at: number; readonly tok: DateToken }>,
  tokens: Tokens,
  text: string
): string | null => {
  let hijri: string | null = null
  for (let k = 0; k < items.length; k++) {
    const a = items[k]!.tok
    const b = items[k + 1]?.tok
    const c = items[k + 2]?.tok
    // D Month Y  (Gregorian wins over Hijri when both are stated)
    if (a.t === "num" && a.digits <= 2 && b !== undefined && c !== undefined && c.t === "num" && c.digits === 4) {
      if (b.t === "month") {
        const v = validYmd(c.n, b.month, a.n)
        if (v !== null) return v
      }
      if (b.t === "hmonth" && hijri === null) hijri = hijriToGregorian(c.n, b.month, a.n)
    }
    // Month D, Y
    if (a.t === "month" && b !== undefined && b.t === "num" && b.digits <= 2 && c !== undefined && c.t === "num" && c.digits === 4) {
      const v = validYmd(c.n, a.month, b.n)
      if (v !== null) return v
    }
    // Y-M-D or Y/M/D written with digits
    if (a.t === "num" && a.digits === 4 && b?.t === "num" && c?.t === "num" && b.digits <= 2 && c.digits <= 2) {
      const sep1 = text.slice(tokens.ends[items[k]!.at]!, tokens.starts[items[k + 1]!.at]!)
      if (sep1 === "-" || sep1 === "/" || sep1 === ".") {
        const v = validYmd(a.n, b.n, c.n)
        if (v !== null) return v
      }
    }
    // D/M/Y (`29/11/2026`) or M/D/Y, only when one of the two can only be the day (above 12)
    if (a.t === "num" && a.digits <= 2 && b?.t === "num" && b.digits <= 2 && c?.t === "num" && c.digits === 4 && (a.n > 12) !== (b.n > 12)) {
      const sep1 = text.slice(tokens.ends[items[k]!.at]!, tokens.starts[items[k + 1]!.at]!)
      const sep2 = text.slice(tokens.ends[items[k + 1]!.at]!, tokens.starts[items[k + 2]!.at]!)
      if (sep1 === sep2 && (sep1 === "/" || sep1 === "-" || sep1 === ".")) {
        const v = a.n > 12 ? validYmd(c.n, b.n, a.n) : validYmd(c.n, a.n, b.n)
        if (v !== null) return v
      }
    }
  }
  return hijri
}
