/**
 * The article's own date, when its text states it: in the dateline
 * (`بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس`, Hijri-only datelines
 * converted), on a time-stamp line (`نشر في …`, `Published: …`), or on a short
 * line of the head that is mostly a date with its year (`Tuesday, 11 August 2015 - 16:10 pm`;
 * `Saturday, 26 February` over a match preview is the match's day).
 *
 * An HTTP date stamp (`Fri, 11 Aug 2017 15:22:08 GMT`) is what a crawler
 * records when it fetched the page, not when the article appeared, and is
 * never taken; neither is a line the parse stage marked as crawl metadata.
 *
 * @module
 */
import type { KhabarDocument } from "../../model/document.js"
import { formatDay } from "../../calendar/gregorian.js"
import { resolveDay } from "./expr.js"
import type { DateCandidate } from "./extract.js"

const HTTP_DATE = /^\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+(?:GMT|UTC|[+-]\d{4})\s*$/

/** How many lines after the title may hold a dated head line. */
const HEAD_LINES = 4
/** A head line longer than this (in code units) is body text, not a date line. */
const HEAD_LINE_MAX = 120

interface Line {
  readonly start: number
  readonly end: number
}

/** The code units `String.prototype.trim` removes (ECMAScript white space and line terminators). */
const isTrimmed = (c: number): boolean =>
  (c >= 0x09 && c <= 0x0d) ||
  c === 0x20 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff

/** True when `text[start, end)` has a character `trim` keeps (no slice: a line may be a whole article). */
const hasContent = (text: string, start: number, end: number): boolean => {
  for (let i = start; i < end; i++) if (!isTrimmed(text.charCodeAt(i))) return true
  return false
}

/** The first `count` non-blank lines of `text` from `from`. */
const linesOf = (text: string, from: number, count: number): Array<Line> => {
  const out: Array<Line> = []
  let s = from
  while (s <= text.length && out.length < count) {
    const nl = text.indexOf("\n", s)
    const e = nl < 0 ? text.length : nl
    if (hasContent(text, s, e)) out.push({ start: s, end: e })
    s = e + 1
  }
  return out
}

const letters = (s: string): number => {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c > 0x20 && c !== 0xa0) n++
  }
  return n
}

/**
 * The day the text states as the article's date (`YYYY-MM-DD`), or null.
 * `candidates` are the document's date phrases (`findDates`), `reference`
 * resolves a dateline date printed without its year.
 */
export const statedPublished = (doc: KhabarDocument, candidates: ReadonlyArray<DateCandidate>, reference: number | null): string | null => {
  const day = (c: DateCandidate): number | null => {
    if (c.expr === null) return null
    if (c.expr.t !== "date") return null
    return resolveDay(c.expr, reference)
  }
  const within = (a: number, b: number) => candidates.filter((c) => c.start >= a && c.end <= b)
  const isCrawl = (a: number, b: number) =>
    HTTP_DATE.test(doc.text.slice(a, b)) || doc.boilerplate.some((bp) => bp.kind === "crawl-meta" && bp.start < b && bp.end > a)

  // 1. the dateline
  if (doc.dateline !== null) {
    for (const c of within(doc.dateline.start, doc.dateline.end)) {
      const n = day(c)
      if (n !== null) return formatDay(n)
    }
  }
  // 2. time-stamp lines: "published" before "updated"
  const stamps = doc.boilerplate.filter((b) => b.kind === "timestamp")
  const ranked = [...stamps.filter((b) => /publish|نشر/i.test(b.rule + b.text)), ...stamps.filter((b) => !/publish|نشر/i.test(b.rule + b.text))]
  for (const b of ranked) {
    if (isCrawl(b.start, b.end)) continue
    // an unlabelled date line without its year (`Tuesday, 1 March` over a fixture) is an event's day
    const labelled = /publish|updat|posted|نشر|تحديث/i.test(b.rule + b.text)
    for (const c of within(b.start, b.end)) {
      if (!labelled && (c.expr === null || c.expr.t !== "date" || c.expr.y === null)) continue
      const n = day(c)
      if (n !== null) return formatDay(n)
    }
  }
  // 3. a short head line (after the title) that is mostly a date
  const from = doc.title === null ? 0 : doc.title.end
  for (const line of linesOf(doc.text, from, HEAD_LINES)) {
    const s = doc.text.slice(line.start, line.end)
    if (s.length > HEAD_LINE_MAX || isCrawl(line.start, line.end)) continue
    for (const c of within(line.start, line.end)) {
      // a head line's day without its year is an event's (a fixture line: `Saturday, 26 February`), not the article's
      if (c.expr === null || c.expr.t !== "date" || c.expr.y === null) continue
      const n = day(c)
      if (n === null) continue
      const dateLetters = letters(doc.text.slice(c.start, c.end))
      if (dateLetters * 2 >= letters(s)) return formatDay(n)
    }
  }
  return null
}
