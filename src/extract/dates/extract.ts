/**
 * Date mentions: `{ text, value, granularity, calendar, relative, start, end }`.
 *
 * Finding and resolving are two steps. {@link findDates} reads every date
 * phrase of a text into a {@link DateCandidate}, an expression that does not
 * depend on any reference date; {@link resolveCandidate} turns a candidate and
 * a reference day into a `DateMention`. The stage finds once, reads the
 * article's own date from the candidates in its dateline and head lines
 * (`published.ts`), then resolves everything against it.
 *
 * @module
 */
import type { TextView } from "../../model/view.js"
import type { DateMention } from "../../schema/record.js"
import { RangeFilter, type Range } from "../internal/ranges.js"
import { identityView, tokensOf } from "../internal/tokens.js"
import { ArabicDateScanner, isLoneTime } from "./arabic.js"
import { parseDay } from "../../calendar/gregorian.js"
import { chronoDates, englishYears, latinDateLines } from "./english.js"
import { baseGranularity, isRelative, resolveValue, type Clock, type Expr, type Granularity } from "./expr.js"

/** A date phrase, found but not yet resolved. Spans are into the original text. */
export interface DateCandidate {
  readonly start: number
  readonly end: number
  /** null for a clock time with no day in the phrase. */
  readonly expr: Expr | null
  readonly calendar: "gregorian" | "hijri" | "both"
  readonly partOfDay: boolean
  readonly time: Clock | null
}

export type DateLanguage = "ar" | "en" | "auto"

export interface FindDatesOptions {
  /** The view to scan (default: the text itself); the normalize stage's `search` view in the pipeline. */
  readonly view?: TextView | undefined
  /**
   * `ar` scans Arabic phrases (and English dates on lines that name an English month or weekday),
   * `en` runs the English parser on the whole text, `auto` (default) does both.
   */
  readonly language?: DateLanguage | undefined
}

export interface DateOptions extends FindDatesOptions {
  /** Reference date `YYYY-MM-DD` for relative dates and dates without a year (default: none). */
  readonly reference?: string | null | undefined
  /** Ranges of the original text to leave alone (boilerplate), in any order. */
  readonly exclude?: ReadonlyArray<Range> | undefined
}

/** Every date phrase of `text`, in text order, without overlaps. */
export const findDates = (text: string, options: FindDatesOptions = {}): Array<DateCandidate> => {
  const view = options.view ?? identityView(text)
  const t = tokensOf(view)
  const language = options.language ?? "auto"
  const found: Array<DateCandidate> = []
  let lines: ReadonlyArray<readonly [number, number]> = [[0, text.length]]
  if (language !== "en") {
    const scanner = new ArabicDateScanner(t)
    for (const f of scanner.scan()) {
      const span = view.toOriginal(f.startOffset, f.endOffset)
      found.push({ start: span.start, end: span.end, expr: f.expr, calendar: f.calendar, partOfDay: f.partOfDay, time: f.time })
    }
    // lines with an English month or weekday name go to chrono
    lines = latinDateLines(t, text, scanner.latinMonthWords)
  }
  if (lines.length > 0) {
    for (const f of chronoDates(text, lines)) found.push({ ...f, calendar: "gregorian" })
  }
  if (language !== "ar") {
    for (const y of englishYears(t)) {
      const span = view.toOriginal(y.startOffset, y.endOffset)
      found.push({ start: span.start, end: span.end, expr: y.expr, calendar: "gregorian", partOfDay: false, time: null })
    }
  }
  return attachLoneTimes(dropOverlaps(found), text)
}

/** Sorts by start and keeps the longer of two overlapping candidates (the earlier one on a tie). */
const dropOverlaps = (xs: Array<DateCandidate>): Array<DateCandidate> => {
  xs.sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Array<DateCandidate> = []
  for (const x of xs) {
    const last = out[out.length - 1]
    if (last !== undefined && x.start < last.end) {
      if (x.end - x.start > last.end - last.start) out[out.length - 1] = x
      continue
    }
    out.push(x)
  }
  return out
}

/**
 * A clock time with no day of its own (`حتى الساعة التاسعة مساء`) takes the
 * day of the date phrase just before it on the same line; with none, it is left out.
 */
const attachLoneTimes = (xs: Array<DateCandidate>, text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  for (const x of xs) {
    if (x.expr !== null && !isLoneTime(x.expr)) {
      out.push(x)
      continue
    }
    const prev = out[out.length - 1]
    if (prev === undefined || prev.expr === null || baseGranularity(prev.expr) !== "day" || x.start - prev.end > 80) continue
    if (/[\n\r.؟?!]/.test(text.slice(prev.end, x.start))) continue
    out.push({ ...x, expr: prev.expr, calendar: prev.calendar })
  }
  return out
}

/** The granularity of a candidate's mention. */
export const granularityOf = (c: DateCandidate): Granularity => {
  if (c.expr === null) return "time"
  const g = baseGranularity(c.expr)
  if (g === "range") return "range"
  if (c.time !== null && (g === "day" || g === "weekday")) return "time"
  if (c.partOfDay && (g === "day" || g === "weekday")) return "part-of-day"
  return g
}

/** A candidate as a `DateMention` of `text`, resolved against `reference` (a day number, or null). */
export const resolveCandidate = (text: string, c: DateCandidate, reference: number | null): DateMention => {
  const g = granularityOf(c)
  const time = g === "time" ? c.time : null
  return {
    text: text.slice(c.start, c.end),
    value: c.expr === null ? null : resolveValue(c.expr, reference, time),
    granularity: g,
    calendar: c.calendar,
    relative: c.expr === null || isRelative(c.expr),
    start: c.start,
    end: c.end
  }
}

/** The dates of `text`, resolved against `options.reference`. */
export const extractDates = (text: string, options: DateOptions = {}): Array<DateMention> => {
  const ref = options.reference == null ? null : parseDay(options.reference)
  const exclude = new RangeFilter(options.exclude ?? [])
  const out: Array<DateMention> = []
  for (const c of findDates(text, options)) {
    if (exclude.overlaps(c.start, c.end)) continue
    out.push(resolveCandidate(text, c, ref))
  }
  return out
}
