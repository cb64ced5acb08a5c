/**
 * The Umm al-Qura calendar (the official Hijri calendar of Saudi Arabia),
 * through the standard `Intl.DateTimeFormat` with `calendar: "islamic-umalqura"`
 * (Node with full ICU, and every current browser): Gregorian → Hijri is a
 * formatting call; Hijri → Gregorian is an estimate from the mean month
 * length, corrected by comparing the Hijri date of the estimate with the
 * target (at most a few formatting calls), and the first day of each Hijri
 * month is cached.
 *
 * ICU carries the Umm al-Qura tables for 1300–1600 AH (1882–2174 CE); outside
 * that range these functions return null. So do they when the runtime has no
 * Umm al-Qura calendar (a small-ICU build): callers get no value rather than
 * a date from another Hijri reckoning.
 *
 * @module
 */
import { dayNumber, formatDay } from "./gregorian.js"

/** A Hijri date. */
export interface HijriDate {
  readonly y: number
  readonly m: number
  readonly d: number
}

export const HIJRI_MIN_YEAR = 1300
export const HIJRI_MAX_YEAR = 1600

let format: Intl.DateTimeFormat | null | undefined

const formatter = (): Intl.DateTimeFormat | null => {
  if (format === undefined) {
    try {
      const f = new Intl.DateTimeFormat("en-u-ca-islamic-umalqura-nu-latn", {
        timeZone: "UTC",
        year: "numeric",
        month: "numeric",
        day: "numeric"
      })
      format = f.resolvedOptions().calendar === "islamic-umalqura" ? f : null
    } catch {
      format = null
    }
  }
  return format
}

/** True when the runtime can convert Umm al-Qura dates. */
export const hasUmmAlQura = (): boolean => formatter() !== null

const MS_PER_DAY = 86_400_000

/** The Umm al-Qura date of a Gregorian day number, or null when unsupported. */
export const hijriOfDay = (n: number): HijriDate | null => {
  const f = formatter()
  if (f === null) return null
  let y = 0
  let m = 0
  let d = 0
  for (const p of f.formatToParts(new Date(n * MS_PER_DAY))) {
    if (p.type === "year") y = Number.parseInt(p.value, 10)
    else if (p.type === "month") m = Number.parseInt(p.value, 10)
    else if (p.type === "day") d = Number.parseInt(p.value, 10)
  }
  return y > 0 && m > 0 && d > 0 ? { y, m, d } : null
}

/** 1 Muharram 1 AH, 16 July 622 (Julian) = 19 July 622 proleptic Gregorian. */
const EPOCH = dayNumber(622, 7, 19)
const MEAN_YEAR = 354.36707
const MEAN_MONTH = 29.530589

const monthStarts = new Map<number, number | null>()

/** The Gregorian day number of 1 `m` `y` AH, or null. */
export const hijriMonthStart = (y: number, m: number): number | null => {
  if (!Number.isInteger(y) || !Number.isInteger(m) || y < HIJRI_MIN_YEAR || y > HIJRI_MAX_YEAR + 1 || m < 1 || m > 12) return null
  const cacheKey = y * 13 + m
  const hit = monthStarts.get(cacheKey)
  if (hit !== undefined) return hit
  let n = EPOCH + Math.round((y - 1) * MEAN_YEAR + (m - 1) * MEAN_MONTH)
  let found: number | null = null
  for (let step = 0; step < 8; step++) {
    const h = hijriOfDay(n)
    if (h === null) break
    if (h.y === y && h.m === m && h.d === 1) {
      found = n
      break
    }
    // distance in days from the estimate's Hijri date to the target's first day
    const delta = (y - h.y) * 12 + (m - h.m)
    n += Math.round(delta * MEAN_MONTH) - (h.d - 1)
  }
  monthStarts.set(cacheKey, found)
  return found
}

/** Days in Hijri month `m` of `y` (29 or 30), or null. */
export const hijriMonthLength = (y: number, m: number): number | null => {
  const a = hijriMonthStart(y, m)
  const b = m === 12 ? hijriMonthStart(y + 1, 1) : hijriMonthStart(y, m + 1)
  return a === null || b === null ? null : b - a
}

/** The Gregorian day number of an Umm al-Qura date, or null when the date does not exist or cannot be converted. */
export const hijriToDay = (y: number, m: number, d: number): number | null => {
  if (y > HIJRI_MAX_YEAR) return null
  const start = hijriMonthStart(y, m)
  if (start === null || !Number.isInteger(d) || d < 1) return null
  const len = hijriMonthLength(y, m)
  if (len === null || d > len) return null
  return start + d - 1
}

/** `YYYY-MM-DD` of an Umm al-Qura date, or null. */
export const hijriToGregorian = (y: number, m: number, d: number): string | null => {
  const n = hijriToDay(y, m, d)
  return n === null ? null : formatDay(n)
}
