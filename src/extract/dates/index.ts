/**
 * Dates: Arabic (every regional month system, Hijri with Umm al-Qura
 * conversion, numeric, relative) and English (chrono-node), as
 * `DateMention`s with values resolved against the article's date.
 *
 * @module
 */
export { datesStage, type DatesStageOptions } from "./stage.js"
export {
  extractDates,
  findDates,
  granularityOf,
  resolveCandidate,
  resolveDates,
  writtenDay,
  type DateCandidate,
  type DateLanguage,
  type DateOptions,
  type FindDatesOptions
} from "./extract.js"
export { statedPublished } from "./published.js"
export { hasUmmAlQura, hijriMonthLength, hijriMonthStart, hijriOfDay, hijriToDay, hijriToGregorian, type HijriDate } from "../../calendar/hijri.js"
export { dayNumber, formatDay, fromDayNumber, parseDay, weekdayOf } from "../../calendar/gregorian.js"
export { resolveValue, isRelative, type Expr, type Granularity, type Clock } from "./expr.js"
