/**
 * Gregorian day arithmetic on day numbers (days since 1970-01-01, UTC), with
 * no time zones involved: a date mention is a calendar date, not an instant.
 *
 * @module
 */

const MS_PER_DAY = 86_400_000

/** A calendar date. */
export interface Ymd {
  readonly y: number
  readonly m: number
  readonly d: number
}

/** The day number of a Gregorian date (no validation). */
export const dayNumber = (y: number, m: number, d: number): number => Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY)

/** The Gregorian date of a day number. */
export const fromDayNumber = (n: number): Ymd => {
  const dt = new Date(n * MS_PER_DAY)
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() }
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (n: number): number => (((n + 4) % 7) + 7) % 7

/** Days in a Gregorian month. */
export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate()

/** True when the date exists (year 1–9999). */
export const isValidDate = (y: number, m: number, d: number): boolean =>
  Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) && y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)

const pad = (n: number, w = 2): string => String(n).padStart(w, "0")

export const formatYear = (y: number): string => pad(y, 4)
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m)}`
export const formatDay = (n: number): string => {
  const { y, m, d } = fromDayNumber(n)
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`
}
export const formatTime = (hh: number, mm: number): string => `T${pad(hh)}:${pad(mm)}`

/** Parses `YYYY-MM-DD` (optionally followed by a time, which is ignored) into a day number, or null. */
export const parseDay = (s: string): number | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s)
  if (m === null) return null
  const y = Number(m[1])
  const mo = Number(m[2])
  const d = Number(m[3])
  return isValidDate(y, mo, d) ? dayNumber(y, mo, d) : null
}

/** Adds months to a (year, month) pair. */
export const addMonths = (y: number, m: number, k: number): { readonly y: number; readonly m: number } => {
  const total = y * 12 + (m - 1) + k
  return { y: Math.floor(total / 12), m: (total % 12) + 1 }
}

/** The Monday that starts the ISO week of day `n`. */
export const weekStart = (n: number): number => n - ((weekdayOf(n) + 6) % 7)
