/**
 * What a date phrase means, before and after it meets a reference date.
 *
 * The scanners (Arabic, English) turn phrases into {@link Expr} values; the
 * resolver turns an expression and an optional reference day into the value
 * string of a `DateMention`:
 * - a day: `YYYY-MM-DD` (with `THH:MM` when a clock time was given);
 * - a month: `YYYY-MM`; a year: `YYYY`;
 * - a period that is no Gregorian month or year — a range (`يومي 22 و 23 نوفمبر`),
 *   a week (`الأسبوع المقبل`), a Hijri month or year (`رمضان 1436`) — as an ISO 8601
 *   interval of days or months or years: `2017-11-22/2017-11-23`, `2015-06-18/2015-07-16`.
 *
 * @module
 */
import {
  addMonths,
  dayNumber,
  daysInMonth,
  formatDay,
  formatMonth,
  formatTime,
  formatYear,
  fromDayNumber,
  isValidDate,
  weekStart,
  weekdayOf
} from "../../calendar/gregorian.js"
import { hijriMonthLength, hijriMonthStart, hijriOfDay, hijriToDay } from "../../calendar/hijri.js"
import type { Unit } from "./lexicon.js"

export type Dir = -1 | 0 | 1
export type Cal = "gregorian" | "hijri"

export type Expr =
  /** A calendar date; `y` null when the text gives no year. */
  /** `yearShift`: the year is given relative to the reference's (`20 أبريل من العام الماضي` = −1). */
  /** `side`: the clause's verb puts the day on or after the reference (1: `opens on 19 May`, `will meet on 3 March`) or on or before it (−1: `opened on 19 May`); without it, the nearest by `future`. */
  | { readonly t: "date"; readonly cal: Cal; readonly y: number | null; readonly m: number; readonly d: number; readonly future?: boolean; readonly dir?: Dir | null; readonly yearShift?: number; readonly side?: 1 | -1 }
  /** A month; `dir` from الماضي/الحالي/المقبل when the year is not given; `yearShift` from `من العام الماضي` and its kin; `side` as for a date (the reference's own month is on either side). */
  | { readonly t: "month"; readonly cal: Cal; readonly y: number | null; readonly m: number; readonly dir: Dir | null; readonly future?: boolean; readonly yearShift?: number; readonly side?: 1 | -1 }
  | { readonly t: "year"; readonly cal: Cal; readonly y: number }
  /** Day `d` of the month `monthShift` months from the reference's (`الثامن من الشهر المقبل` = d 8, +1). */
  | { readonly t: "dayOfMonth"; readonly d: number; readonly monthShift: number }
  /** `n` units from the reference (أمس = day −1, الشهر المقبل = month +1, قبل عامين = year −2). */
  /** `wd`: the weekday written beside a relative day (`اليوم الاثنين`, `أمس السبت`), which wins when the two disagree. */
  /** `weekEnd`: the end of that week, Friday to Sunday (`نهاية الأسبوع الماضي`: the Gulf's weekend and Europe's both). */
  | { readonly t: "shift"; readonly unit: Unit; readonly n: number; readonly wd?: number; readonly weekEnd?: boolean }
  /**
   * A weekday; `future` when the sentence speaks of the future (سيعقد الأربعاء). `weekend`: the weekend of that day
   * (`the weekend`, `last weekend`): the Saturday and the Sunday, from a Saturday (`wd` 6) or back from a Sunday (0);
   * from a Friday (5), Friday to Sunday (`نهاية الأسبوع`: the Gulf's weekend and Europe's both).
   */
  | { readonly t: "weekday"; readonly wd: number; readonly dir: Dir | null; readonly future: boolean; readonly weekend?: boolean }
  /**
   * A feast whose day moves from year to year (`Easter`: Western Easter Sunday, `offset` days from it: `Good Friday`
   * −2, `Easter Monday` 1; `thanksgiving`: the fourth Thursday of November, the US holiday), in year `y`, or without
   * one the occurrence a direction or the clause's tense picks, as for a date without a year (`dir`, `side`, `future`).
   */
  | { readonly t: "feast"; readonly f: "easter" | "thanksgiving"; readonly offset: number; readonly y: number | null; readonly dir: Dir | null; readonly future?: boolean; readonly side?: 1 | -1 }
  | { readonly t: "range"; readonly a: Expr; readonly b: Expr }
  /**
   * The day, month or year the text named last (`في اليوم نفسه`, `الشهر ذاته`, `نفس العام`, `the same year`), known only
   * in the text's order (`resolveDates`); `d`: a day of that month (`الـ13 من الشهر نفسه`); `yearShift`: that month or
   * day so many years away (`الشهر نفسه من العام الماضي` = −1); `n`: so many units of `unit` after it (before it when
   * negative: `the following year` = 1, `a year earlier` = −1, `two days later` = 2, `في اليوم التالي` = 1), and then
   * only when the text named it in the same paragraph. `week`: the week (Monday to Sunday) of that day, not the day
   * (`the following week` = 7 days on, that day's week).
   */
  | { readonly t: "same"; readonly unit: "day" | "month" | "year"; readonly d?: number; readonly yearShift?: number; readonly n?: number; readonly week?: boolean }
  /** A century (`القرن التاسع عشر` = 19: the years 1800–1899), or with `c` null the reference's century shifted by `shift` (`القرن الماضي` = −1). */
  | { readonly t: "century"; readonly c: number | null; readonly shift: number }
  /**
   * A season of three months from month `m` (3 spring, 6 summer, 9 autumn, 12 winter: the meteorological seasons of
   * the northern hemisphere, where the BBC writes); `y` the year of its first month when written (`summer of 2004`,
   * `winter 2004` = December 2004 to February 2005), else `dir`: `last summer` (−1), `this winter` (0), `next
   * spring` (1). `side`: for `this summer` outside the season, the clause's tense picks the last (−1: `moved here
   * this summer`) or the next (1).
   */
  | { readonly t: "season"; readonly y: number | null; readonly m: number; readonly dir: Dir; readonly side?: 1 | -1 }
  /**
   * Months `a` to `b` of a year left unnamed (`الربع الثاني`, `النصف الأول` with no year after them): of the reference's
   * year when month `a` has begun by the reference's month, else of the year before (a quarter's figures are
   * reported after it).
   */
  | { readonly t: "yearPart"; readonly a: number; readonly b: number }
  /**
   * The calendar quarter of the reference moved by `shift` quarters (`last quarter` = −1, `this quarter` = 0, `next
   * quarter` = 1): its three months.
   */
  | { readonly t: "quarter"; readonly shift: number }

export type Granularity = "year" | "month" | "day" | "time" | "weekday" | "part-of-day" | "range"

/** A clock time: `hh` 0–23, or 24 for the midnight that ends the day (`الساعة 12 ليلا`), written as the next day's 00. */
export interface Clock {
  readonly hh: number
  readonly mm: number
}

/** What a resolved expression points at. */
type Point =
  | { readonly k: "day"; readonly n: number }
  | { readonly k: "month"; readonly y: number; readonly m: number }
  | { readonly k: "year"; readonly y: number }
  /** Days `[a, b]`, inclusive. */
  | { readonly k: "days"; readonly a: number; readonly b: number }

/** True when the value of the expression depends on a reference date. */
export const isRelative = (e: Expr): boolean => {
  switch (e.t) {
    case "date":
    case "month":
      return e.y === null
    case "year":
      return false
    case "shift":
    case "weekday":
    case "dayOfMonth":
      return true
    case "feast":
      return e.y === null
    case "range":
      return isRelative(e.a) || isRelative(e.b)
    case "season":
      return e.y === null
    case "yearPart":
    case "quarter":
      return true
    case "same":
      return true
    case "century":
      return e.c === null
  }
}

/** The number of the century `e` names (21 for the years 2000–2099), or null with no reference for a relative one. */
const centuryOf = (e: { readonly c: number | null; readonly shift: number }, ref: number | null): number | null => {
  if (e.c !== null) return e.c
  if (ref === null) return null
  return Math.floor(fromDayNumber(ref).y / 100) + 1 + e.shift
}

/**
 * The day of feast `f` in year `y`: Western Easter Sunday (the anonymous Gregorian computus, as in Meeus, *Astronomical
 * Algorithms*), or the fourth Thursday of November.
 */
export const feastDay = (f: "easter" | "thanksgiving", y: number): number => {
  if (f === "thanksgiving") {
    const first = dayNumber(y, 11, 1)
    return first + ((4 - weekdayOf(first) + 7) % 7) + 21
  }
  const a = y % 19
  const b = Math.floor(y / 100)
  const c = y % 100
  const d = Math.floor(b / 4)
  const e = b % 4
  const f2 = Math.floor((b + 8) / 25)
  const g = Math.floor((b - f2 + 1) / 3)
  const h = (19 * a + b - d - g + 15) % 30
  const i = Math.floor(c / 4)
  const k = c % 4
  const l = (32 + 2 * e + 2 * i - h - k) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return dayNumber(y, month, day)
}

/** Months since year 0 (`y * 12 + m - 1`) of day `n`. */
const monthIndex = (n: number): number => {
  const r = fromDayNumber(n)
  return r.y * 12 + r.m - 1
}

/**
 * The year of the first month of season `e` against the reference month `r` (months since year 0, `y * 12 + m - 1`):
 * `last`: the last season that ended before the reference's month; `next`: the first that starts after it; `this`:
 * the one that holds the reference's month, else the last or the next by the clause's tense, else the nearer of the
 * two (the next on a tie: `this summer` in January is the coming one).
 */
const seasonYear = (e: { readonly y: number | null; readonly m: number; readonly dir: Dir; readonly side?: 1 | -1 }, r: number): number => {
  if (e.y !== null) return e.y
  const last = Math.floor((r - e.m - 2) / 12)
  const next = Math.floor((r - e.m + 1) / 12) + 1
  if (e.dir === -1) return last
  if (e.dir === 1) return next
  const lastEnd = last * 12 + e.m + 1
  const nextStart = next * 12 + e.m - 1
  // a season that holds the reference's month lies between the two (then they are 22 months apart, else 10)
  if (nextStart - lastEnd > 12) return last + 1
  if (e.side !== undefined) return e.side === -1 ? last : next
  return r - lastEnd < nextStart - r ? last : next
}

/**
 * The year of the candidates `[y-1, y, y+1]` for a date named without its year.
 * With a direction (الماضي, المقبل, الجاري) the last occurrence before the
 * reference, the next one after it, or the one in the reference's year.
 * Without one, the nearest occurrence, where news leans to the past: a day
 * ahead of the reference counts double, a day behind it counts double in a
 * sentence about the future (سيعقد, من المقرر).
 */
const yearFor = (y0: number, ref: number, future: boolean, dir: Dir | null, dayOf: (y: number) => number | null, side?: 1 | -1): number | null => {
  if (dir === 0) return dayOf(y0) === null ? null : y0
  let best: number | null = null
  let bestCost = Number.POSITIVE_INFINITY
  for (const y of [y0 - 1, y0, y0 + 1]) {
    const n = dayOf(y)
    if (n === null) continue
    if (dir === -1 && n >= ref) continue
    if (dir === 1 && n <= ref) continue
    // the tense of the clause: the reference's own day is on either side
    if (dir === null && side === 1 && n < ref) continue
    if (dir === null && side === -1 && n > ref) continue
    const ahead = n > ref
    const cost = Math.abs(n - ref) * (ahead !== future ? 2 : 1)
    if (cost < bestCost) {
      bestCost = cost
      best = y
    }
  }
  return best
}

/** The year of a month named without its year: by direction, else by tense (the last one, or the next one in a sentence about the future). */
const monthYear = (m: number, dir: Dir | null, future: boolean, refY: number, refM: number, side?: 1 | -1): number => {
  if (dir === 0) return refY
  if (dir === -1) return m < refM ? refY : refY - 1
  if (dir === 1) return m > refM ? refY : refY + 1
  // by the tense of the clause: `opens in May` is this May or the next, `opened in May` this May or the last
  if (side === 1) return m >= refM ? refY : refY + 1
  if (side === -1) return m <= refM ? refY : refY - 1
  // the nearest occurrence, months ahead counting double (or months behind, in a sentence about the future)
  let best = refY
  let bestCost = Number.POSITIVE_INFINITY
  for (const y of [refY - 1, refY, refY + 1]) {
    const diff = (y - refY) * 12 + (m - refM)
    const cost = Math.abs(diff) * (diff > 0 !== future && diff !== 0 ? 2 : 1)
    if (cost < bestCost) {
      bestCost = cost
      best = y
    }
  }
  return best
}

const resolvePoint = (e: Expr, ref: number | null): Point | null => {
  switch (e.t) {
    case "date": {
      if (e.cal === "gregorian") {
        let y = e.y
        if (y === null) {
          if (ref === null) return null
          y = e.yearShift !== undefined ? fromDayNumber(ref).y + e.yearShift : yearFor(fromDayNumber(ref).y, ref, e.future === true, e.dir ?? null, (yy) => (isValidDate(yy, e.m, e.d) ? dayNumber(yy, e.m, e.d) : null), e.side)
          if (y === null) return null
        }
        return isValidDate(y, e.m, e.d) ? { k: "day", n: dayNumber(y, e.m, e.d) } : null
      }
      let y = e.y
      if (y === null) {
        if (ref === null) return null
        const h = hijriOfDay(ref)
        if (h === null) return null
        y = e.yearShift !== undefined ? h.y + e.yearShift : yearFor(h.y, ref, e.future === true, e.dir ?? null, (yy) => hijriToDay(yy, e.m, e.d), e.side)
        if (y === null) return null
      }
      const n = hijriToDay(y, e.m, e.d)
      return n === null ? null : { k: "day", n }
    }
    case "month": {
      if (e.cal === "gregorian") {
        if (e.y !== null) return { k: "month", y: e.y, m: e.m }
        if (ref === null) return null
        const r = fromDayNumber(ref)
        return { k: "month", y: e.yearShift !== undefined ? r.y + e.yearShift : monthYear(e.m, e.dir, e.future === true, r.y, r.m, e.side), m: e.m }
      }
      let y = e.y
      if (y === null) {
        if (ref === null) return null
        const h = hijriOfDay(ref)
        if (h === null) return null
        y = e.yearShift !== undefined ? h.y + e.yearShift : monthYear(e.m, e.dir, e.future === true, h.y, h.m, e.side)
      }
      const a = hijriMonthStart(y, e.m)
      const len = hijriMonthLength(y, e.m)
      return a === null || len === null ? null : { k: "days", a, b: a + len - 1 }
    }
    case "year": {
      if (e.cal === "gregorian") return { k: "year", y: e.y }
      const a = hijriMonthStart(e.y, 1)
      const b = hijriMonthStart(e.y + 1, 1)
      return a === null || b === null ? null : { k: "days", a, b: b - 1 }
    }
    case "dayOfMonth": {
      if (ref === null) return null
      const r = fromDayNumber(ref)
      const months = r.y * 12 + (r.m - 1) + e.monthShift
      const y = Math.floor(months / 12)
      const m = months - y * 12 + 1
      return isValidDate(y, m, e.d) ? { k: "day", n: dayNumber(y, m, e.d) } : null
    }
    case "shift": {
      if (ref === null) return null
      const r = fromDayNumber(ref)
      switch (e.unit) {
        case "day": {
          const n = ref + e.n
          if (e.wd === undefined) return { k: "day", n }
          // `اليوم الاثنين` on a Tuesday reference: the reference is a crawl date, a day or more after the article was
          // written, while the weekday is what the writer saw. The named weekday wins: the last such day up to the
          // relative day (a crawl comes after the text), or the next day when the weekday is the day after (a
          // paper's next-day edition goes online the evening before, a day early in UTC).
          const back = (weekdayOf(n) - e.wd + 7) % 7
          return { k: "day", n: back <= 5 ? n - back : n + 1 }
        }
        case "week": {
          const a = weekStart(ref) + 7 * e.n
          return e.weekEnd === true ? { k: "days", a: a + 4, b: a + 6 } : { k: "days", a, b: a + 6 }
        }
        case "month": {
          const { y, m } = addMonths(r.y, r.m, e.n)
          return { k: "month", y, m }
        }
        case "year":
          return { k: "year", y: r.y + e.n }
      }
    }
    case "weekday": {
      if (ref === null) return null
      const today = weekdayOf(ref)
      const back = (today - e.wd + 7) % 7
      const ahead = (e.wd - today + 7) % 7
      const n = e.dir === -1 ? ref - (back === 0 ? 7 : back) : e.dir === 1 ? ref + (ahead === 0 ? 7 : ahead) : e.dir === 0 ? (back <= 3 ? ref - back : ref + ahead) : e.future ? ref + ahead : ref - back
      if (e.weekend === true) return e.wd === 0 ? { k: "days", a: n - 1, b: n } : e.wd === 5 ? { k: "days", a: n, b: n + 2 } : { k: "days", a: n, b: n + 1 }
      return { k: "day", n }
    }
    case "feast": {
      if (e.y !== null) return { k: "day", n: feastDay(e.f, e.y) + e.offset }
      if (ref === null) return null
      const y = yearFor(fromDayNumber(ref).y, ref, e.future === true, e.dir, (yy) => feastDay(e.f, yy) + e.offset, e.side)
      return y === null ? null : { k: "day", n: feastDay(e.f, y) + e.offset }
    }
    case "range": {
      const a = resolvePoint(e.a, ref)
      const b = resolvePoint(e.b, ref)
      if (a === null || b === null) return null
      let lo = a.k === "days" ? a.a : a.k === "day" ? a.n : null
      // `between now and 2007`: from the reference to the end of the year (none when the year is over)
      if (e.a.t === "shift" && a.k === "day" && b.k === "year") {
        const end = dayNumber(b.y, 12, 31)
        return end < a.n ? null : { k: "days", a: a.n, b: end }
      }
      let hi = b.k === "days" ? b.b : b.k === "day" ? b.n : null
      // `from 3 August to 24 December` resolved end by end can come out backwards (the nearest August ahead, the
      // nearest December behind): the start moves a year back, or in a sentence about the future the end a year on
      if (lo !== null && hi !== null && lo > hi && e.a.t === "date" && e.b.t === "date" && e.a.cal === "gregorian" && e.b.cal === "gregorian" && e.a.y === null && e.b.y === null && e.a.yearShift === undefined && e.b.yearShift === undefined) {
        if (e.a.future === true) {
          const y = fromDayNumber(hi).y + 1
          if (isValidDate(y, e.b.m, e.b.d)) hi = dayNumber(y, e.b.m, e.b.d)
        } else {
          const y = fromDayNumber(lo).y - 1
          if (isValidDate(y, e.a.m, e.a.d)) lo = dayNumber(y, e.a.m, e.a.d)
        }
      }
      if (lo !== null && hi !== null) return { k: "days", a: lo, b: hi }
      return null
    }
    case "same":
      return null
    case "century": {
      const c = centuryOf(e, ref)
      return c === null ? null : { k: "days", a: dayNumber((c - 1) * 100, 1, 1), b: dayNumber((c - 1) * 100 + 99, 12, 31) }
    }
    case "yearPart": {
      if (ref === null) return null
      const r = fromDayNumber(ref)
      const y = r.m >= e.a ? r.y : r.y - 1
      return { k: "days", a: dayNumber(y, e.a, 1), b: dayNumber(y, e.b, daysInMonth(y, e.b)) }
    }
    case "quarter": {
      const q = quarterMonths(e, ref)
      return q === null ? null : { k: "days", a: dayNumber(q.y, q.m, 1), b: dayNumber(q.end.y, q.end.m, daysInMonth(q.end.y, q.end.m)) }
    }
    case "season": {
      if (e.y === null && ref === null) return null
      const y = e.y !== null ? e.y : seasonYear(e, monthIndex(ref!))
      const end = addMonths(y, e.m, 2)
      return { k: "days", a: dayNumber(y, e.m, 1), b: dayNumber(end.y, end.m, daysInMonth(end.y, end.m)) }
    }
  }
}

/** A range of months or years has no day form: written as `a/b` of its ends. */
const rangeValue = (e: Expr & { t: "range" }, ref: number | null): string | null => {
  const a = resolvePoint(e.a, ref)
  const b = resolvePoint(e.b, ref)
  if (a === null || b === null) return null
  if (a.k === "month" && b.k === "month") {
    // `April-July` resolved month by month can come out backwards (the nearest April ahead, the nearest July behind)
    const swap = a.y * 12 + a.m > b.y * 12 + b.m && e.a.t === "month" && e.b.t === "month" && e.a.y === null && e.b.y === null && e.a.yearShift === undefined && e.a.dir === null && e.b.dir === null
    if (swap && e.a.future === true) return `${formatMonth(a.y, a.m)}/${formatMonth(b.y + 1, b.m)}`
    return `${formatMonth(swap ? a.y - 1 : a.y, a.m)}/${formatMonth(b.y, b.m)}`
  }
  if (a.k === "year" && b.k === "year") return `${formatYear(a.y)}/${formatYear(b.y)}`
  const p = resolvePoint(e, ref)
  return p === null ? null : pointValue(p, null)
}

const pointValue = (p: Point, time: Clock | null): string => {
  switch (p.k) {
    case "day":
      // (24: the midnight that ends the day, written as the next day's first hour)
      return time === null ? formatDay(p.n) : time.hh === 24 ? formatDay(p.n + 1) + formatTime(0, time.mm) : formatDay(p.n) + formatTime(time.hh, time.mm)
    case "month":
      return formatMonth(p.y, p.m)
    case "year":
      return formatYear(p.y)
    case "days":
      return p.a === p.b ? formatDay(p.a) : `${formatDay(p.a)}/${formatDay(p.b)}`
  }
}

/**
 * `a` with the year of `b` when `a` is a month or a day without a year (and no word of its own for it: `last April`,
 * `April this year`) and `b` one with a year: the same year, or the year before when `a` comes later in the year
 * (`December and January 2005`: December 2004). Else `a` itself.
 */
export const withYearOf = (a: Expr, b: Expr): Expr => {
  if ((a.t !== "date" && a.t !== "month") || a.y !== null || a.yearShift !== undefined || (a.t === "month" && a.dir !== null) || (a.t === "date" && a.dir != null)) return a
  if ((b.t !== "date" && b.t !== "month") || b.y === null || b.cal !== a.cal) return a
  const later = a.m > b.m || (a.m === b.m && a.t === "date" && b.t === "date" && a.d > b.d)
  const y = later ? b.y - 1 : b.y
  return a.t === "date" ? { t: "date", cal: a.cal, y, m: a.m, d: a.d } : { t: "month", cal: a.cal, y, m: a.m, dir: null }
}

/** The granularity a mention of `e` gets, before part-of-day and time are taken into account. */
export const baseGranularity = (e: Expr): Granularity => {
  switch (e.t) {
    case "date":
    case "dayOfMonth":
    case "feast":
      return "day"
    case "month":
      return "month"
    case "year":
      return "year"
    case "shift":
      return e.unit === "week" ? "range" : e.unit
    case "weekday":
      return e.weekend === true ? "range" : "weekday"
    case "range":
    case "season":
    case "yearPart":
    case "quarter":
      return "range"
    case "same":
      if (e.week === true) return "range"
      return e.unit === "day" || e.d !== undefined ? "day" : e.unit
    case "century":
      return "range"
  }
}

/** The value of the day `n` a `same` expression `e` counts to: the day, or with `week` its week (Monday to Sunday). */
export const sameDayValue = (e: Expr & { readonly t: "same" }, n: number): string => {
  if (e.week !== true) return formatDay(n)
  const a = weekStart(n)
  return `${formatDay(a)}/${formatDay(a + 6)}`
}

/** The first month (`y`, `m`) and the last (`end`) of the quarter `e` names, or null with no reference. */
const quarterMonths = (e: { readonly shift: number }, ref: number | null): { readonly y: number; readonly m: number; readonly end: { readonly y: number; readonly m: number } } | null => {
  if (ref === null) return null
  const r = fromDayNumber(ref)
  const first = addMonths(r.y, r.m - ((r.m - 1) % 3), 3 * e.shift)
  return { y: first.y, m: first.m, end: addMonths(first.y, first.m, 2) }
}

/** The value string of `e` against the reference day number (or null when it cannot be known). */
export const resolveValue = (e: Expr, ref: number | null, time: Clock | null = null): string | null => {
  if (e.t === "range") return rangeValue(e, ref)
  if (e.t === "century") {
    // a range of years, as a decade (`1800/1899`)
    const c = centuryOf(e, ref)
    return c === null ? null : `${formatYear((c - 1) * 100)}/${formatYear((c - 1) * 100 + 99)}`
  }
  if (e.t === "yearPart") {
    if (ref === null) return null
    const r = fromDayNumber(ref)
    const y = r.m >= e.a ? r.y : r.y - 1
    return `${formatMonth(y, e.a)}/${formatMonth(y, e.b)}`
  }
  if (e.t === "quarter") {
    const q = quarterMonths(e, ref)
    return q === null ? null : `${formatMonth(q.y, q.m)}/${formatMonth(q.end.y, q.end.m)}`
  }
  if (e.t === "season") {
    // a range of months, as a quarter of a year (`2004-06/2004-08`)
    if (e.y === null && ref === null) return null
    const y = seasonYear(e, e.y !== null ? 0 : monthIndex(ref!))
    const end = addMonths(y, e.m, 2)
    return `${formatMonth(y, e.m)}/${formatMonth(end.y, end.m)}`
  }
  const p = resolvePoint(e, ref)
  return p === null ? null : pointValue(p, time)
}

/** The first day of what `e` points at, when it is at least a day long (for `published`). */
export const resolveDay = (e: Expr, ref: number | null): number | null => {
  const p = resolvePoint(e, ref)
  return p !== null && p.k === "day" ? p.n : null
}
