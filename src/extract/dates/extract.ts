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
import type { DateMention, DateMod } from "../../schema/record.js"
import { RangeFilter, type Range } from "../internal/ranges.js"
import { identityView, tokensOf } from "../internal/tokens.js"
import { ArabicDateScanner, isLoneTime } from "./arabic.js"
import { dayNumber, formatDay, formatMonth, fromDayNumber, isValidDate, parseDay, weekdayOf } from "../../calendar/gregorian.js"
import { arabicFeasts } from "./feasts.js"
import { arabicStoryDates, countOf, englishStoryDates } from "./story.js"
import { chronoDates, englishDecadeWords, englishShortYears, englishHolidays, englishLaterInPeriods, englishTimeAhead, englishCountsAhead, englishComingYear, englishPeriodEdges, englishSeasons, englishYears, latinDateLines, tenseAround } from "./english.js"
import { zoneTimes } from "./clock.js"
import { withModifiers } from "./mod.js"
import { gluedPeriods } from "./glued.js"
import { dateLexicons } from "./lexicon.js"
import { withYearOf, baseGranularity, isRelative, resolveValue, sameDayValue, type Clock, type Expr, type Granularity } from "./expr.js"
import { isArabicBaseLetter } from "../../internal/letters.js"

/** A date phrase, found but not yet resolved. Spans are into the original text. */
export interface DateCandidate {
  readonly start: number
  readonly end: number
  /** null for a clock time with no day in the phrase. */
  readonly expr: Expr | null
  readonly calendar: "gregorian" | "hijri" | "both"
  readonly partOfDay: boolean
  readonly time: Clock | null
  /** The part of its period the phrase names (`late January`: `end`), set by `withModifiers`; absent for the whole. */
  readonly mod?: DateMod | undefined
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
    for (const y of englishYears(t, text)) {
      const span = view.toOriginal(y.startOffset, y.endOffset)
      found.push({ start: span.start, end: span.end, expr: y.expr, calendar: "gregorian", partOfDay: false, time: null })
    }
    for (const h of englishHolidays(text)) found.push({ start: h.start, end: h.end, expr: h.expr, calendar: "gregorian", partOfDay: false, time: null })
    for (const e of englishPeriodEdges(text)) found.push({ start: e.start, end: e.end, expr: e.expr, calendar: "gregorian", partOfDay: false, time: null })
    for (const e of englishLaterInPeriods(text)) found.push({ start: e.start, end: e.end, expr: e.expr, calendar: "gregorian", partOfDay: false, time: null })
    for (const e of englishTimeAhead(text)) found.push({ start: e.start, end: e.end, expr: e.expr, calendar: "gregorian", partOfDay: false, time: null })
    for (const e of englishCountsAhead(text)) found.push({ start: e.start, end: e.end, expr: e.expr, calendar: "gregorian", partOfDay: false, time: null })
    for (const e of englishComingYear(text)) found.push({ start: e.start, end: e.end, expr: e.expr, calendar: "gregorian", partOfDay: false, time: null })
    for (const q of englishQuarters(text)) found.push(q)
    for (const q of englishPartsOfTheYear(text)) found.push(q)
    for (const q of englishAndNext(text)) found.push(q)
    for (const q of englishNowUntil(text)) found.push(q)
    for (const e of englishDecadeWords(text)) found.push({ start: e.start, end: e.end, expr: e.expr, calendar: "gregorian", partOfDay: false, time: null })
    for (const x of englishStoryDates(text)) found.push(x)
    for (const e of englishShortYears(text)) found.push({ start: e.start, end: e.end, expr: e.expr, calendar: "gregorian", partOfDay: false, time: null })
    // most texts name no season and no `May`: one regex over the text spares the walk over every token
    if (SEASON_OR_MAY.test(text)) for (const y of englishSeasons(t, text)) {
      const span = view.toOriginal(y.startOffset, y.endOffset)
      found.push({ start: span.start, end: span.end, expr: y.expr, calendar: "gregorian", partOfDay: false, time: null })
    }
  }
  for (const x of sameDates(text, language)) found.push(x)
  if (language !== "en") for (const x of arabicStoryDates(text)) found.push(x)
  if (language !== "en") for (const x of arabicFeasts(text)) found.push(x)
  if (language !== "en") for (const g of gluedPeriods(t, dateLexicons())) {
    const span = view.toOriginal(g.startOffset, g.endOffset)
    found.push({ start: span.start, end: span.end, expr: g.expr, calendar: "gregorian", partOfDay: false, time: null })
  }
  for (const x of centuryDates(text, language)) found.push(x)
  // four-digit clock times before a zone (`2200 GMT`, `1400 بتوقيت غرينتش`), in either language
  for (const z of zoneTimes(t, dateLexicons())) {
    const span = view.toOriginal(z.startOffset, z.endOffset)
    found.push({ start: span.start, end: span.end, expr: null, calendar: "gregorian", partOfDay: false, time: z.time })
  }
  const dates = shareYears(attachLoneTimes(withPartsOfYear(dropOverlaps(found), text), text), text)
  return withoutRepeatedWeekdays(withEnglishEdges(withModifiers(dates, text), text, language), text, language)
}

/** `earlier ` or `later ` (any case) right before a mention: the end of the 16 characters before it. */
const EARLIER_LATER = /\b(?:earlier|later)[ \t]+$/i
/** A dash, and the spaces around it, at a mention's end (`November -`). */
const TRAILING_DASH = /[ \t]*[-\u2013\u2014][ \t]*$/

/**
 * The edges of English mentions: `earlier this week`, `Later this year` are one mention with their `this` period
 * (chrono reads `this week` alone; the value is the period, as for `later in the year`), and a dash chrono took
 * after a month as the start of a range that never came (`fell in November - the worst month`) is left out. Only
 * where the text before is the mention's own: not into the mention before it.
 */
const withEnglishEdges = (dates: Array<DateCandidate>, text: string, language: DateLanguage): Array<DateCandidate> => {
  if (language === "ar") return dates
  let out: Array<DateCandidate> | null = null
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i]!
    let { start, end } = d
    if (text.startsWith("this ", start) || text.startsWith("This ", start)) {
      const before = text.slice(Math.max(i > 0 ? dates[i - 1]!.end : 0, start - 16), start)
      const m = EARLIER_LATER.exec(before)
      if (m !== null) start -= before.length - m.index
    }
    const dash = TRAILING_DASH.exec(text.slice(Math.max(start, end - 8), end))
    if (dash !== null && end - dash[0].length > start) end -= dash[0].length
    if (start !== d.start || end !== d.end) (out ??= dates.slice())[i] = { ...d, start, end }
  }
  return out ?? dates
}

/** `أيام` ("days"; `وأيام`, `في أيام`) right before a weekday: the weekdays that follow are days that repeat. */
const DAYS_BEFORE = /(?:^|[^\u0621-\u064a])[\u0648\u0641]?(?:\u0641\u064a\s+)?[\u0623\u0627]\u064a\u0627\u0645\s+$/
/** `أيام` (or `ايام`) in the text before a weekday. */
const DAYS_WORD = /[\u0623\u0627]\u064a\u0627\u0645\s+$/
/** The word before `أيام` at `at` is a count (`ثلاثة أيام الخميس والجمعة والسبت`: those three days), read as {@link countOf} reads it. */
const countedDays = (text: string, at: number): boolean => {
  const m = /(\S+)\s+$/.exec(text.slice(Math.max(0, at - 16), at))
  return m !== null && countOf(m[1]!) !== null
}
/** What joins two weekdays of a list: `و`, a comma. */
const WEEKDAY_JOIN = /^\s*[,\u060c]?\s*\u0648?\s*$/
/** `من كل أسبوع` ("of every week") or `كل أسبوع` after a weekday. */
const EVERY_WEEK_AFTER = /^\s*(?:\u0645\u0646\s+)?\u0643\u0644\s+[\u0623\u0627]\u0633\u0628\u0648\u0639(?![\u0621-\u064a])/
/** A digit right after a list of weekdays: the list's dates follow (`أيام الثلاثاء والأربعاء 12 و13 شوال`). */
const DIGIT_AFTER = /^\s*[(\u060c,]?\s*[0-9\u0660-\u0669]/

/**
 * Arabic weekdays that repeat each week (session 29): after `أيام` ("days": `أيام الخميس والجمعة والسبت`, `أيام
 * الجمعة`) and before `من كل أسبوع` ("of every week": `يوم الجمعة من كل أسبوع`), a list of weekdays joined by `و` or a
 * comma names no single day and is left out. Not a list whose dates follow it (`أيام الثلاثاء والأربعاء والخميس 12 و13
 * و14 شوال`: those days), nor one after a count (`ثلاثة أيام الخميس والجمعة والسبت`) or with a direction (`… والسبت
 * المقبلة`).
 */
const withoutRepeatedWeekdays = (dates: Array<DateCandidate>, text: string, language: DateLanguage): Array<DateCandidate> => {
  if (language === "en") return dates
  const drop = new Set<number>()
  for (let i = 0; i < dates.length; i++) {
    if (dates[i]!.expr?.t !== "weekday") continue
    // the list of weekdays from i
    let j = i
    while (j + 1 < dates.length && dates[j + 1]!.expr?.t === "weekday" && WEEKDAY_JOIN.test(text.slice(dates[j]!.end, dates[j + 1]!.start))) j++
    const first = dates[i]!
    const last = dates[j]!
    const after = text.slice(last.end, last.end + 24)
    // a direction on a weekday of the list (`الخميس والجمعة والسبت المقبلة`) names those days
    let directed = false
    for (let k = i; k <= j; k++) {
      const e = dates[k]!.expr
      if (e?.t === "weekday" && e.dir !== null) directed = true
    }
    const before = text.slice(Math.max(0, first.start - 12), first.start)
    const repeats =
      !directed && !DIGIT_AFTER.test(after) && ((DAYS_BEFORE.test(before) && !countedDays(text, first.start - before.length + before.search(DAYS_WORD))) || EVERY_WEEK_AFTER.test(after))
    if (repeats) for (let k = i; k <= j; k++) drop.add(k)
    i = j
  }
  return drop.size === 0 ? dates : dates.filter((_, k) => !drop.has(k))
}

/** A season word or a capitalised `May` somewhere in the text: {@link englishSeasons} can find something. */
const SEASON_OR_MAY = /[Ss](?:ummer|pring)|[Ww]inter|[Aa]utumn|SUMMER|SPRING|WINTER|AUTUMN|May|MAY/

/**
 * Anaphoric dates: `الشهر نفسه`, `الشهر ذاته`, `نفس الشهر`, `ذات العام`, `اليوم نفسه`, `السنة نفسها` (a proclitic before:
 * `بالشهر نفسه`), with a day before (`الـ13 من الشهر نفسه`) and a year after (`الشهر نفسه من العام الماضي`). Not `ذات
 * السنة المالية` ("having the fiscal year": a definite word after `نفس/ذات الـ…`), nor `بنفس الشهر من 2014` (another
 * year after it, which this does not read: the year stays a mention of its own).
 *
 * Found from each `نفس`/`ذات` of the text (`indexOf`), then read around it with anchored regexes: a regex over the
 * whole text that starts at any `ال` cost a tenth of the stage's time on Arabic news.
 */
const SAME_WORDS = ["\u0646\u0641\u0633", "\u0630\u0627\u062a"] // نفس ذات
/** `نفس الشهر` at the `نفس`: group 1 the unit. */
const SAME_FIRST = /(?:\u0646\u0641\u0633|\u0630\u0627\u062a)\s+\u0627\u0644(\u0634\u0647\u0631|\u0639\u0627\u0645|\u0633\u0646\u0629|\u064a\u0648\u0645)(?![\u0621-\u064a]|\s+\u0627\u0644)/y
/** `نفسه`, `ذاتها` at the `نفس`, after its unit. */
const SAME_AFTER = /(?:\u0646\u0641\u0633|\u0630\u0627\u062a)(?:\u0647|\u0647\u0627)(?![\u0621-\u064a])/y
/** The unit before `نفسه` (the text up to it): group 1 the day (`الـ13 من`), group 2 the unit. */
const SAME_UNIT_BEFORE = /(?:(?:\u0627\u0644\u0640?\s*)?(\d{1,2})\s+\u0645\u0646\s+)?\u0627\u0644(\u0634\u0647\u0631|\u0639\u0627\u0645|\u0633\u0646\u0629|\u064a\u0648\u0645)\s+$/
/** `من العام الماضي` after it. */
const SAME_YEAR_BEFORE = /\s+\u0645\u0646\s+\u0627\u0644(?:\u0639\u0627\u0645|\u0633\u0646\u0629)\s+(?:\u0627\u0644\u0645\u0627\u0636\u064a|\u0627\u0644\u0633\u0627\u0628\u0642|\u0627\u0644\u0645\u0646\u0635\u0631\u0645|\u0627\u0644\u0641\u0627\u0626\u062a)\u0629?(?![\u0621-\u064a])/y
/** `من` or `قبل` after it: another year than the antecedent's follows. */
const SAME_OTHER_YEAR = /\s+(?:\u0645\u0646|\u0642\u0628\u0644)\s/y

const isArabicLetter = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || c === 0x0640

/**
 * Whether three Arabic letters stand right before `i`: the word at `i` is the end of a longer word, not a word after
 * at most two proclitic letters (`بنفس`, `وبنفس`, `بالقرن`).
 */
const insideWord = (text: string, i: number): boolean =>
  i >= 3 && isArabicLetter(text.charCodeAt(i - 1)) && isArabicLetter(text.charCodeAt(i - 2)) && isArabicLetter(text.charCodeAt(i - 3))

/** The anaphoric dates of `text`, resolved later from the date before them (`resolveDates`). */
const sameDates = (text: string, language: DateLanguage): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  if (language === "en") return out
  for (const w of SAME_WORDS) {
    for (let i = text.indexOf(w); i >= 0; i = text.indexOf(w, i + 3)) {
      let start: number
      let end: number
      let word: string
      let day: string | undefined
      SAME_FIRST.lastIndex = i
      const first = SAME_FIRST.exec(text)
      if (first !== null) {
        // `نفس` opens its word, after at most two proclitic letters (`بنفس`, `وبنفس`)
        if (insideWord(text, i)) continue
        start = i
        end = SAME_FIRST.lastIndex
        word = first[1]!
      } else {
        SAME_AFTER.lastIndex = i
        if (SAME_AFTER.exec(text) === null || i === 0 || isArabicLetter(text.charCodeAt(i - 1))) continue
        const back = Math.max(0, i - 24)
        const before = SAME_UNIT_BEFORE.exec(text.slice(back, i))
        if (before === null) continue
        start = back + before.index
        if (insideWord(text, start)) continue
        end = SAME_AFTER.lastIndex
        word = before[2]!
        day = before[1]
      }
      const unit = word === "\u064a\u0648\u0645" ? "day" : word === "\u0634\u0647\u0631" ? "month" : "year"
      SAME_YEAR_BEFORE.lastIndex = end
      const lastYear = unit !== "year" && SAME_YEAR_BEFORE.exec(text) !== null
      if (lastYear) end = SAME_YEAR_BEFORE.lastIndex
      else {
        SAME_OTHER_YEAR.lastIndex = end
        if (SAME_OTHER_YEAR.test(text)) continue
      }
      const d = day === undefined ? undefined : Number(day)
      // a day of the same month only
      if (d !== undefined && (unit !== "month" || d < 1 || d > 31)) continue
      const expr: Expr = { t: "same", unit, ...(d === undefined ? {} : { d }), ...(lastYear ? { yearShift: -1 } : {}) }
      out.push({ start, end, expr, calendar: "gregorian", partOfDay: false, time: null })
    }
  }
  return out
}

/** `القرن` (the century). */
const CENTURY_AR_WORD = "\u0627\u0644\u0642\u0631\u0646"
/**
 * After `القرن`: group 1 an ordinal up to ten, 2 `عشر` after it, 3 `الحادي والعشرين`, 4 `العشرين`, 5 a direction
 * (`الماضي`, `الحالي`, `المقبل`), 6 `الميلادي`.
 */
const CENTURY_AR =
  /\s+(?:\u0627\u0644(\u0623\u0648\u0644|\u0627\u0648\u0644|\u062b\u0627\u0646\u064a|\u062b\u0627\u0644\u062b|\u0631\u0627\u0628\u0639|\u062e\u0627\u0645\u0633|\u0633\u0627\u062f\u0633|\u0633\u0627\u0628\u0639|\u062b\u0627\u0645\u0646|\u062a\u0627\u0633\u0639|\u0639\u0627\u0634\u0631|\u062d\u0627\u062f\u064a)(?:\s+(\u0639\u0634\u0631))?(?!\s+\u0648)|(\u0627\u0644(?:\u062d\u0627\u062f\u064a|\u0648\u0627\u062d\u062f)\s+\u0648\s*\u0627\u0644\u0639\u0634\u0631\u064a\u0646)|(\u0627\u0644\u0639\u0634\u0631\u064a\u0646)|\u0627\u0644(\u0645\u0627\u0636\u064a|\u062d\u0627\u0644\u064a|\u062c\u0627\u0631\u064a|\u0645\u0642\u0628\u0644|\u0642\u0627\u062f\u0645|\u0645\u0646\u0635\u0631\u0645))(?![\u0621-\u064a])(\s+\u0627\u0644\u0645\u064a\u0644\u0627\u062f\u064a(?![\u0621-\u064a]))?/y
/** `هذا ` right before `القرن` (group 1 from `هذا` on; a `و` or `ف` may open it, outside the group). */
const THIS_BEFORE_CENTURY = /(?:^|[^\u0621-\u064a])[\u0648\u0641]?(\u0647\u0630\u0627\s+)$/
/** Whether `text` has an Arabic letter at `i`. */
const isArabicLetterAt = (text: string, i: number): boolean => isArabicBaseLetter(text.charCodeAt(i))
/** A Hijri or BC century after it: `القرن الرابع الهجري`, `القرن الخامس للهجرة`, `القرن الثالث قبل الميلاد`. */
const CENTURY_AR_OTHER = /\s+(?:\u0627\u0644\u0647\u062c\u0631\u064a|\u0644\u0644\u0647\u062c\u0631\u0629|\u0647\u062c\u0631\u064a|\u0642\u0628\u0644\s+\u0627\u0644\u0645\u064a\u0644\u0627\u062f)/y
const AR_ORDINALS: Record<string, number> = {
  "\u0623\u0648\u0644": 1, "\u0627\u0648\u0644": 1, "\u062b\u0627\u0646\u064a": 2, "\u062b\u0627\u0644\u062b": 3, "\u0631\u0627\u0628\u0639": 4, "\u062e\u0627\u0645\u0633": 5,
  "\u0633\u0627\u062f\u0633": 6, "\u0633\u0627\u0628\u0639": 7, "\u062b\u0627\u0645\u0646": 8, "\u062a\u0627\u0633\u0639": 9, "\u0639\u0627\u0634\u0631": 10, "\u062d\u0627\u062f\u064a": 1
}
/** Before `century`: group 1 its number (`19th`, `the 20th`), 2 a direction (`last century`; not `the past century`, a duration). */
const CENTURY_EN_BEFORE = /(?:\b(\d{1,2})(?:st|nd|rd|th)|\b(last|this|next))[\s-]+$/i

/**
 * Centuries: `القرن التاسع عشر`, `القرن العشرين`, `القرن الحادي والعشرين`, `القرن الماضي`, `هذا القرن`, `القرن السابع الميلادي`;
 * `the 19th century`, `19th-century`, `an 18th Century play`, `last century`. A range of a hundred years from the year that opens its
 * hundreds (`1800/1899`, as a decade is `1980/1989`). An Arabic ordinal century without `الميلادي` is read from the
 * 15th to the 21st only (an early one is as often Hijri in Arabic history), and never before `الهجري`, `للهجرة`, `قبل
 * الميلاد`. Found from each `القرن` or `centur` of the text (`indexOf`).
 */
const centuryDates = (text: string, language: DateLanguage): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  const push = (start: number, end: number, c: number | null, shift: number): void => {
    out.push({ start, end, expr: { t: "century", c, shift }, calendar: "gregorian", partOfDay: false, time: null })
  }
  if (language !== "en") {
    for (let i = text.indexOf(CENTURY_AR_WORD); i >= 0; i = text.indexOf(CENTURY_AR_WORD, i + 5)) {
      if (insideWord(text, i)) continue
      CENTURY_AR.lastIndex = i + 5
      const m = CENTURY_AR.exec(text)
      if (m === null) {
        // هذا القرن: this century, the reference's (the demonstrative in the span)
        const before = THIS_BEFORE_CENTURY.exec(text.slice(Math.max(0, i - 8), i))
        if (before !== null && !isArabicLetterAt(text, i + 5)) push(i - before[1]!.length, i + 5, null, 0)
        continue
      }
      const end = CENTURY_AR.lastIndex
      CENTURY_AR_OTHER.lastIndex = end
      if (CENTURY_AR_OTHER.test(text)) continue
      if (m[5] !== undefined) {
        const w = m[5]
        push(i, end, null, w === "\u0645\u0627\u0636\u064a" || w === "\u0645\u0646\u0635\u0631\u0645" ? -1 : w === "\u0645\u0642\u0628\u0644" || w === "\u0642\u0627\u062f\u0645" ? 1 : 0)
        continue
      }
      const c = m[3] !== undefined ? 21 : m[4] !== undefined ? 20 : m[2] !== undefined ? 10 + AR_ORDINALS[m[1]!]! : m[1] === "\u062d\u0627\u062f\u064a" ? 0 : AR_ORDINALS[m[1]!]!
      if (c === 0 || (m[6] === undefined && (c < 15 || c > 21))) continue
      push(i, end, c, 0)
    }
  }
  if (language !== "ar") {
    // `century` or `Century` (`an 18th Century play`)
    for (let j = text.indexOf("entury"); j >= 0; j = text.indexOf("entury", j + 6)) {
      const i = j - 1
      if (i < 0 || (text.charCodeAt(i) !== 0x63 && text.charCodeAt(i) !== 0x43)) continue
      // the film studio `20th Century Fox` is no date
      if (text.startsWith(" Fox", i + 7)) continue
      const back = Math.max(0, i - 12)
      const m = CENTURY_EN_BEFORE.exec(text.slice(back, i))
      if (m === null) continue
      const start = back + m.index
      if (m[1] !== undefined) {
        const c = Number(m[1])
        if (c >= 1 && c <= 21) push(start, i + 7, c, 0)
      } else {
        const w = m[2]!.toLowerCase()
        push(start, i + 7, null, w === "next" ? 1 : w === "this" ? 0 : -1)
      }
    }
  }
  return out
}

/**
 * What joins two dates of one list or span, between them in the text: a comma, `and`, `or`, `to`, a dash; `و`
 * (glued to the next date or before `في`), `أو`, `إلى`, `حتى`.
 */
const JOINED = /^[\s,\u060c]*(?:(?:and|or|to|until|till)\s+|\u0648(?:\u0641\u064a\s+)?|(?:\u0623\u0648|\u0625\u0644\u0649|\u0627\u0644\u0649|\u062d\u062a\u0649)\s+(?:\u0641\u064a\s+)?|[-\u2013]\s*)?$/i

/**
 * `في 3 مارس، و15 أبريل 2016`, `يناير/كانون الثاني، وسبتمبر/أيلول 2015`, `in March and April 2004`: a day or month
 * without a year joined to the next date, which has one, takes its year (the year before when it comes later in the
 * year: `December and January 2005`). Read from the last, so that a year passes down a list (`3, 5 and 7 May 2004`).
 */
const shareYears = (xs: Array<DateCandidate>, text: string): Array<DateCandidate> => {
  for (let k = xs.length - 1; k > 0; k--) {
    const a = xs[k - 1]!
    const b = xs[k]!
    if (a.expr === null || b.expr === null || b.start - a.end > 16) continue
    const next = b.expr.t === "range" ? b.expr.a : b.expr
    const joined = withYearOf(a.expr, next)
    if (joined !== a.expr && JOINED.test(text.slice(a.end, b.start))) xs[k - 1] = { ...a, expr: joined }
  }
  return xs
}

/**
 * A quarter or half of a year before a year (`الربع الثاني من العام الماضي`, `النصف الأول من عام 2015`,
 * `the first half of 2004`, `the fourth quarter of last year`), read up to 48 code units back from the year.
 */
/**
 * `word` with the short vowels, shadda and tatweel a writer may put after any letter (`النصف الأوّل`): the regexes
 * run on the original text. Only the ordinals take them: `ربع`/`نصف` are found with `indexOf` first (below), so a
 * voweled `الرُّبع` is not read.
 */
const voweled = (word: string): string => [...word].join("[\u064b-\u0652\u0640]*") + "[\u064b-\u0652\u0640]*"
const ORDINALS = ["أول", "اول", "ثاني", "ثانى", "ثالث", "رابع", "أخير", "اخير"]
const quarterHalf = (mark: (w: string) => string): string => `(?:ال)?(ربع|نصف)\\s+(?:ال)?(${ORDINALS.map(mark).join("|")})`
const QUARTER_HALF_SRC = quarterHalf(voweled)
const PART_OF_YEAR_AR = new RegExp(`(?:^|[^\u0621-\u064a])[\u0648\u0641\u0628\u0644]{0,2}(${QUARTER_HALF_SRC}\\s+(?:من\\s+)?)$`, "d")
const PART_OF_YEAR_EN = /\b((?:the\s+)?(first|second|third|fourth|final|last)\s+(quarter|half)\s+of\s+(?:the\s+)?)$/di
/** `the first six months of`, `the final three months of` before a year: group 2 the side, group 3 the count (2–11). */
const MONTHS_OF_YEAR_EN = /\b((?:the\s+)?(first|final|last)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+(?:the\s+)?)$/di
const COUNT_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven"]
/** The first and last month of `the first/final n months` of a year, or null. */
const monthsOfCount = (side: string, count: string): readonly [number, number] | null => {
  const w = COUNT_WORDS.indexOf(count.toLowerCase())
  const n = w >= 0 ? w + 2 : Number(count)
  if (!(n >= 2 && n <= 11)) return null
  return side.toLowerCase() === "first" ? [1, n] : [13 - n, 12]
}
/** `الربع الثاني من العام` / `في النصف الأول من السنة` with no year word after: the year of the reference. */
const bareYearSource = (qh: string): string =>
  `(?:^|[^\u0621-\u064a])[\u0648\u0641\u0628\u0644]{0,2}(${qh}\\s+من\\s+(?:العام|السنة|السنه))(?![\u0621-\u064a\u064b-\u065f\u0640])`
const BARE_YEAR_AR = new RegExp(bareYearSource(QUARTER_HALF_SRC), "dg")

const DIACRITICS = /[\u064b-\u0652\u0640]/g

/** The first and last month of part `ordinal` (1–4, 4 also for `last`) of a year cut in `parts` (4 quarters, 2 halves), or null. */
const monthsOfPart = (written: string, ordinal: string): readonly [number, number] | null => {
  const word = written.replace(DIACRITICS, "")
  const half = word === "نصف" || word.toLowerCase() === "half"
  const o = ordinal.replace(DIACRITICS, "").toLowerCase()
  const n =
    o === "أول" || o === "اول" || o === "first" ? 1
    : o === "ثاني" || o === "ثانى" || o === "second" ? 2
    : o === "ثالث" || o === "third" ? 3
    : o === "رابع" || o === "fourth" ? 4
    : o === "أخير" || o === "اخير" || o === "final" || o === "last" ? (half ? 2 : 4)
    : 0
  if (n === 0 || (half && n > 2)) return null
  return half ? [n * 6 - 5, n * 6] : [n * 3 - 2, n * 3]
}

/** The months `[a, b]` of the year `e` (a Gregorian year, or a year relative to the reference), as a range. */
const monthsOfYear = (e: Expr, a: number, b: number): Expr | null => {
  if (e.t === "year" && e.cal === "gregorian") return { t: "range", a: { t: "month", cal: "gregorian", y: e.y, m: a, dir: null }, b: { t: "month", cal: "gregorian", y: e.y, m: b, dir: null } }
  if (e.t === "shift" && e.unit === "year") {
    return { t: "range", a: { t: "month", cal: "gregorian", y: null, m: a, dir: null, yearShift: e.n }, b: { t: "month", cal: "gregorian", y: null, m: b, dir: null, yearShift: e.n } }
  }
  return null
}

const QUARTER = "\u0631\u0628\u0639" // ربع
const HALF = "\u0646\u0635\u0641" // نصف

/** Does `s` have an `f` or `F`? {@link PART_OF_YEAR_EN} needs one (`half`, `of`). */
const hasF = (s: string): boolean => s.includes("f") || s.includes("F")

/** Candidates with the quarter or half of a year written before their year taken in (see {@link PART_OF_YEAR_AR}), and those written with a bare `العام`. */
const withPartsOfYear = (xs: Array<DateCandidate>, text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  for (const x of xs) {
    const prevEnd = out.length === 0 ? 0 : out[out.length - 1]!.end
    if (x.expr !== null && (x.expr.t === "year" || (x.expr.t === "shift" && x.expr.unit === "year"))) {
      const from = Math.max(prevEnd, x.start - 48)
      const before = text.slice(from, x.start)
      // each regex is tried only where the word it needs is written: most years have neither before them
      const ar = before.includes(QUARTER) || before.includes(HALF) ? PART_OF_YEAR_AR.exec(before) : null
      const en = ar === null && hasF(before) ? PART_OF_YEAR_EN.exec(before) : null
      // `the final three months of 2004`: a count of months from either end of the year
      const count = ar === null && en === null && hasF(before) && before.includes("months") ? MONTHS_OF_YEAR_EN.exec(before) : null
      const m = ar ?? en ?? count
      const months = m === null ? null : ar !== null ? monthsOfPart(m[2]!, m[3]!) : count !== null ? monthsOfCount(m[2]!, m[3]!) : monthsOfPart(m[3]!, m[2]!)
      const expr = months === null ? null : monthsOfYear(x.expr, months[0], months[1])
      if (m !== null && expr !== null) {
        out.push({ ...x, start: from + m.indices![1]![0], expr })
        continue
      }
    }
    out.push(x)
  }
  // الربع الثاني من العام: no candidate for the bare year word
  const extra: Array<DateCandidate> = []
  const partStarts: Array<number> = []
  for (const m of bareYearMatches(text, partStarts)) {
    const months = monthsOfPart(m[2]!, m[3]!)
    if (months === null) continue
    const [start, end] = m.indices![1]!
    const expr = monthsOfYear({ t: "shift", unit: "year", n: 0 }, months[0], months[1])!
    extra.push({ start, end, expr, calendar: "gregorian", partOfDay: false, time: null })
  }
  for (const x of bareParts(text, partStarts)) extra.push(x)
  return extra.length === 0 ? out : dropOverlaps([...out, ...extra])
}

/**
 * `the fourth quarter`, `third quarter profits`, `Third-quarter sales`, `first quarter 2005`, `fourth-quarter 2004
 * profits`: a quarter of a year with no `of` after it, in English. With no year right after it, the months of the
 * reference's year or the year before, as an Arabic quarter with no year ({@link bareParts}). Not `the final quarter`
 * (the end of a match), not a fiscal quarter (a firm's own year), not `first quarter-final`, `quarter of an hour`,
 * `quarter of 2004` (read with its year, {@link PART_OF_YEAR_EN}).
 *
 * `last quarter`, `this quarter`, `next quarter` (with or without `the`) are the reference's calendar quarter moved
 * ({@link Expr} `quarter`); not `the previous quarter` (the one before a quarter the text named), not `the last quarter
 * of …`, `the last quarter century`. `Q3 2004`, `Q3 of 2004` are that quarter of the year, `Q3` alone only after `in`,
 * `for`, `during` (`in Q3`), as the quarter with no year.
 */
const QUARTER_EN = /\b(?:(the)\s+)?(?:(fiscal|financial)\s+)?(first|second|third|fourth)(?:\s+|[-\u2010\u2011])quarter(?![-\u2010\u2011A-Za-z]|\s+of\b)/gi
/** A year right after the quarter (`first quarter 2005`): group 1. */
const QUARTER_EN_YEAR = /^\s+((?:19|20)\d\d)(?![\d\w])/
/** `last quarter`, `the next quarter`: group 1 `the`, group 2 the direction. */
const QUARTER_SHIFT_EN = /\b(?:([Tt]he)\s+)?([Ll]ast|[Tt]his|[Nn]ext)\s+quarter(?![-\u2010\u2011A-Za-z]|\s+(?:of|century|mile|hour)\b)/g
/** `Q3 2004`, `Q3 of 2004`, `in Q3`: group 1 the preposition, group 2 the quarter, group 3 the year. */
const Q_EN = /\b(?:(in|for|during)\s+)?Q([1-4])(?:(?:\s+of)?\s+((?:19|20)\d\d))?(?![\w\u2010\u2011-])/g

export const englishQuarters = (text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  // most texts name no quarter: one `includes` spares the regexes' scans
  if (text.includes("Q")) qQuarters(text, out)
  if (!text.includes("uarter")) return out
  QUARTER_EN.lastIndex = 0
  for (let m = QUARTER_EN.exec(text); m !== null; m = QUARTER_EN.exec(text)) {
    if (m[2] !== undefined) continue
    const months = monthsOfPart("quarter", m[3]!)
    if (months === null) continue
    const start = m.index + (m[1] === undefined ? m[0].search(/\S/) : 0)
    let end = m.index + m[0].length
    const year = QUARTER_EN_YEAR.exec(text.slice(end, end + 6))
    let expr: Expr = { t: "yearPart", a: months[0], b: months[1] }
    if (year !== null) {
      expr = monthsOfYear({ t: "year", cal: "gregorian", y: Number(year[1]) }, months[0], months[1])!
      end += year[0].length
    }
    out.push({ start, end, expr, calendar: "gregorian", partOfDay: false, time: null })
  }
  QUARTER_SHIFT_EN.lastIndex = 0
  for (let m = QUARTER_SHIFT_EN.exec(text); m !== null; m = QUARTER_SHIFT_EN.exec(text)) {
    const dir = m[2]!.toLowerCase()
    const shift = dir === "last" ? -1 : dir === "next" ? 1 : 0
    out.push({ start: m.index, end: m.index + m[0].length, expr: { t: "quarter", shift }, calendar: "gregorian", partOfDay: false, time: null })
  }
  return out
}

/** The quarters written `Q3 2004`, `in Q3` ({@link Q_EN}), pushed to `out`. */
const qQuarters = (text: string, out: Array<DateCandidate>): void => {
  Q_EN.lastIndex = 0
  for (let m = Q_EN.exec(text); m !== null; m = Q_EN.exec(text)) {
    if (m[3] === undefined && m[1] === undefined) continue
    const n = Number(m[2])
    const start = m[1] === undefined ? m.index : m.index + m[0].indexOf("Q")
    const expr: Expr = m[3] === undefined ? { t: "yearPart", a: n * 3 - 2, b: n * 3 } : monthsOfYear({ t: "year", cal: "gregorian", y: Number(m[3]) }, n * 3 - 2, n * 3)!
    out.push({ start, end: m.index + m[0].length, expr, calendar: "gregorian", partOfDay: false, time: null })
  }
}

/**
 * `the first half of the year`, `the final quarter of the year`, `the first six months of the year`: a part of a year
 * named by `the year` alone, as `الربع الثاني من العام` in Arabic: the months of the reference's year, or of the year
 * before when they have not begun by it ({@link Expr} `yearPart`); the reference's year when the clause looks ahead. With a year or `this`/`last year` after `of` the
 * part is read with that year ({@link withPartsOfYear}).
 */
const PART_OF_THE_YEAR_EN =
  /\b[Tt]he\s+(?:(first|second|third|fourth|final|last)\s+(quarter|half)|(first|final|last)\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months)\s+of\s+the\s+year\b(?!-|\u2019s|'s)/g

export const englishPartsOfTheYear = (text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  // most texts name no such part: one `includes` spares the regex's scan
  if (!text.includes(" of the year")) return out
  PART_OF_THE_YEAR_EN.lastIndex = 0
  for (let m = PART_OF_THE_YEAR_EN.exec(text); m !== null; m = PART_OF_THE_YEAR_EN.exec(text)) {
    const months = m[2] !== undefined ? monthsOfPart(m[2], m[1]!) : monthsOfCount(m[3]!, m[4]!)
    if (months === null) continue
    const end = m.index + m[0].length
    // a clause that looks ahead (`a rise predicted in the second half of the year`) names the reference's year
    const expr: Expr = tenseAround(text, m.index, end) === 1 ? monthsOfYear({ t: "shift", unit: "year", n: 0 }, months[0], months[1])! : { t: "yearPart", a: months[0], b: months[1] }
    out.push({ start: m.index, end, expr, calendar: "gregorian", partOfDay: false, time: null })
  }
  return out
}

/**
 * `this year and next`: the `next` of the year after the reference's. Only before punctuation, the end of the text or
 * a word that starts no noun phrase (`this year and next as demand`), so that `this year and next month` is left to
 * chrono.
 */
const AND_NEXT_EN =
  /\b[Tt]his\s+year\s+and\s+(next)(?=\s*(?:[.,;:)!?"\u201d\u2019]|$)|\s+(?:to|as|and|or|in|with|at|by|for|but|while|when|before|after|because|if|is|are|was|were|will|would|could|should|may|might|than)\b)/g

export const englishAndNext = (text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  if (!text.includes(" and next")) return out
  AND_NEXT_EN.lastIndex = 0
  for (let m = AND_NEXT_EN.exec(text); m !== null; m = AND_NEXT_EN.exec(text)) {
    const start = m.index + m[0].length - 4
    out.push({ start, end: start + 4, expr: { t: "shift", unit: "year", n: 1 }, calendar: "gregorian", partOfDay: false, time: null })
  }
  return out
}

/**
 * `between now and 2007`, `from now until 2010` (`till`, `to`, `through`): the days from the reference to the end of
 * the year (a range of a `shift` of 0 days and the year), the span from `now` to the year; with no reference, no value.
 */
const NOW_UNTIL_EN = /\b(?:[Bb]etween\s+(now)\s+and|[Ff]rom\s+(now)\s+(?:until|till|to|through))\s+((?:19|20)\d\d)(?![\d\w\u2010\u2011-])/g

export const englishNowUntil = (text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  // most texts have no `now` before a year: one `includes` spares the regex's scan
  if (!text.includes("now ")) return out
  NOW_UNTIL_EN.lastIndex = 0
  for (let m = NOW_UNTIL_EN.exec(text); m !== null; m = NOW_UNTIL_EN.exec(text)) {
    const start = m.index + m[0].indexOf("now")
    const expr: Expr = { t: "range", a: { t: "shift", unit: "day", n: 0 }, b: { t: "year", cal: "gregorian", y: Number(m[3]) } }
    out.push({ start, end: m.index + m[0].length, expr, calendar: "gregorian", partOfDay: false, time: null })
  }
  return out
}

/** The ordinal after `الربع`/`النصف`, sticky at the space after the word: group 1 the ordinal. */
const BARE_PART_ORDINAL = new RegExp(`\\s+\u0627\u0644(${ORDINALS.map(voweled).join("|")})(?![\u0621-\u064a\u064b-\u065f\u0640])`, "y")
/** A year right after it (`النصف الأول 2015`, `الربع الأول من 2015`, `الربع الثاني عام 2014م`): group 1. */
const BARE_PART_YEAR = /^\s+(?:\u0645\u0646\s+)?(?:(?:\u0627\u0644)?\u0639\u0627\u0645\s+)?((?:19|20)\d\d)(?!\d)(?:\s*\u0645(?![\u0621-\u064a]))?/
/** `لهذا العام`, `من هذا العام` after it: the reference's year (`الربع الأخير لهذا العام`). */
const BARE_PART_THIS_YEAR = /^\s+(?:\u0644|\u0645\u0646\s+)\u0647\u0630\u0627\s+\u0627\u0644(?:\u0639\u0627\u0645|\u0633\u0646\u0629)(?![\u0621-\u064a])/
/**
 * What after it makes it no part of the reference's year: `من` (`من العام الماضي`, `من 2015`: read by the rules
 * above; `النصف الثاني من الموسم`, `من القرن`, `من الشهر`: no year) or a unit with `ل` (`للقرن الثالث`, `لعام`, `للموسم`).
 */
const BARE_PART_NOT =
  /^\s+(?:\u0645\u0646(?![\u0621-\u064a])|\u0644\u0644?(?:\u0642\u0631\u0646|\u0639\u0627\u0645|\u0633\u0646\u0629|\u0645\u0648\u0633\u0645|\u0634\u0647\u0631|\u0645\u0628\u0627\u0631\u0627\u0629|\u0645\u0628\u0627\u0631\u0627\u0647))/

/**
 * A quarter or half of a year with no year after it (`في الربع الثاني`, `نتائج النصف الأول`): the months of the
 * reference's year, or of the year before when they have not begun by the reference ({@link Expr} `yearPart`); with a
 * year right after it (`بنهاية النصف الأول 2015`, `الربع الأول من 2015`), that year. Read at `starts`, the `الربع`/`النصف`
 * that {@link bareYearMatches} found with its own `indexOf` (two more scans of the text for them cost a tenth of the
 * stage on SaudiNewsNet), after at most two proclitics (`والربع`, `بالنصف`).
 */
const bareParts = (text: string, starts: ReadonlyArray<number>): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  for (const i of starts) {
    if (insideWord(text, i)) continue
    const w = text.slice(i, i + 5)
    BARE_PART_ORDINAL.lastIndex = i + w.length
    const m = BARE_PART_ORDINAL.exec(text)
    if (m === null) continue
    let end = BARE_PART_ORDINAL.lastIndex
    const months = monthsOfPart(w.slice(2), m[1]!)
    if (months === null) continue
    const after = text.slice(end, end + 24)
    const year = BARE_PART_YEAR.exec(after)
    const thisYear = year === null ? BARE_PART_THIS_YEAR.exec(after) : null
    let expr: Expr
    if (thisYear !== null) {
      expr = monthsOfYear({ t: "shift", unit: "year", n: 0 }, months[0], months[1])!
      end += thisYear[0].length
    } else if (year !== null) {
      expr = monthsOfYear({ t: "year", cal: "gregorian", y: Number(year[1]) }, months[0], months[1])!
      end += year[0].length
    } else {
      if (BARE_PART_NOT.test(after)) continue
      expr = { t: "yearPart", a: months[0], b: months[1] }
    }
    out.push({ start: i, end, expr, calendar: "gregorian", partOfDay: false, time: null })
  }
  return out
}

/**
 * {@link BARE_YEAR_AR}, sticky: tried at one position. It is tried at every `ربع` of the text, most of them in
 * `أربعة`/`الأربعاء`, so the plain form (no marks between letters) goes first, and the voweled one only when a mark
 * follows within the phrase's reach: the voweled form alone made `findDates` a few per cent slower on SaudiNewsNet.
 */
const BARE_YEAR_AR_PLAIN_AT = new RegExp(bareYearSource(quarterHalf((w) => w)), "dy")
const BARE_YEAR_AR_AT = new RegExp(BARE_YEAR_AR.source, "dy")

/** Is there a short vowel, a shadda or a tatweel in `text[from, from + 24)` (`النصف الأوّل`)? */
const markAhead = (text: string, from: number): boolean => {
  const end = Math.min(text.length, from + 24)
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k)
    if ((c >= 0x64b && c <= 0x652) || c === 0x640) return true
  }
  return false
}

/**
 * The matches of {@link BARE_YEAR_AR} in `text`, in order, the same as its
 * global `exec` loop gives. A match has `ربع` or `نصف` 0 to 5 code units after
 * its start (a non-letter, two proclitics, `ال`), so the regex is tried only at
 * those starts, found with `indexOf`: running it over the whole text cost more
 * than the rest of this step, since `ربع` is also in every `أربع…`.
 */
const bareYearMatches = (text: string, partStarts: Array<number>): Array<RegExpExecArray> => {
  const out: Array<RegExpExecArray> = []
  let quarter = text.indexOf(QUARTER)
  let half = text.indexOf(HALF)
  // the global regex searches on from the end of its last match; starts before `tried` failed already
  let from = 0
  let tried = 0
  while (quarter >= 0 || half >= 0) {
    const at = half < 0 || (quarter >= 0 && quarter < half) ? quarter : half
    // `الربع`, `النصف` with the article: where {@link bareParts} looks (this loop's `indexOf` finds them for both)
    if (at >= 2 && text.charCodeAt(at - 2) === 0x627 && text.charCodeAt(at - 1) === 0x644) partStarts.push(at - 2)
    for (let s = Math.max(at - 5, from, tried); s <= at; s++) {
      BARE_YEAR_AR_PLAIN_AT.lastIndex = s
      let m = BARE_YEAR_AR_PLAIN_AT.exec(text)
      if (m === null && markAhead(text, at)) {
        BARE_YEAR_AR_AT.lastIndex = s
        m = BARE_YEAR_AR_AT.exec(text)
      }
      tried = s + 1
      if (m !== null) {
        out.push(m)
        from = m.index + m[0].length
        break
      }
    }
    const next = Math.max(at + 1, from)
    if (quarter >= 0 && quarter < next) quarter = text.indexOf(QUARTER, next)
    if (half >= 0 && half < next) half = text.indexOf(HALF, next)
  }
  return out
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

/** A clock time that says it is one: a colon, `الساعة`, `am`/`pm`, `o'clock`, a time zone (`2200 GMT`, `بتوقيت`). */
const CLOCK_WORDS = /[:\u066b]|\u0627\u0644\u0633\u0627\u0639\u0629|\b[ap]\.?m\b|o'clock|\b(?:gmt|utc|bst|local time)\b|\u062a\u0648\u0642\u064a\u062a|\u063a\u0631\u064a\u0646/i
/** What may stand between a lone time and the date right after it that it takes: `2200 GMT on Saturday`, `1400 بتوقيت غرينتش يوم السبت` (`يوم` is in the date's span). */
const TO_NEXT_DATE = /^[\s,\u060c]*(?:on|(?:\u0645\u0646|\u0641\u064a))?\s*$/i

/** Can the lone time `x` take the day of the date `d` (a candidate with an expression) written `gap` away? */
const canTake = (x: DateCandidate, d: DateCandidate, gap: string, text: string): boolean => {
  // a day counted from the story (`صباح اليوم التالي`) is known only in the text's order: no time takes it
  if (d.expr!.t === "same" && d.expr!.n !== undefined) return false
  const g = baseGranularity(d.expr!)
  // after a weekday, only a time written as one (`الساعة 22:55`, `10:30`, `8pm`), not a bare number chrono read as an hour
  if (g !== "day" && !(g === "weekday" && CLOCK_WORDS.test(text.slice(x.start, x.end)))) return false
  return !/[\n\r.؟?!]/.test(gap)
}

/** Blank space and line breaks only, with at least one break. */
const ONLY_BREAKS = /^[ \t]*(?:\r?\n[ \t]*)+$/
/** Blank space up to the end of a line (or of the text). */
const LINE_REST_BLANK = /^[ \t]*(?:\r?\n|$)/

/**
 * A time alone on its line under a date alone on the line before (a fixture's head: `Tuesday, 1 March` over `2000
 * GMT`): the kick-off of that day. Only a time written as one (`2000 GMT`, `19:45`), and only after a day with its
 * month (not a weekday alone).
 */
const fixtureTime = (x: DateCandidate, d: DateCandidate, text: string): boolean =>
  baseGranularity(d.expr!) === "day" &&
  ONLY_BREAKS.test(text.slice(d.end, x.start)) &&
  LINE_REST_BLANK.test(text.slice(x.end, x.end + 4)) &&
  lineStartsAt(text, d.start) &&
  CLOCK_WORDS.test(text.slice(x.start, x.end))

/** Whether only blank space stands between the start of its line and `i`. */
const lineStartsAt = (text: string, i: number): boolean => {
  for (let k = i - 1; k >= 0; k--) {
    const c = text.charCodeAt(k)
    if (c === 0x0a) return true
    if (c !== 0x20 && c !== 0x09) return false
  }
  return true
}

/**
 * A clock time with no day of its own (`حتى الساعة التاسعة مساء`) takes the
 * day (or weekday: `يوم السبت الساعة 22:55`) of the date phrase just before it on the same line;
 * with none, that of a date right after it (`at 2200 GMT on Saturday`); a four-digit time before a zone, with
 * neither, that of the last date of its paragraph ({@link paragraphDay}: `Saturday's ceremony. It is shown at 2010
 * GMT.`); else it is left out.
 */
const attachLoneTimes = (xs: Array<DateCandidate>, text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  const breaks = new BreakScan(text)
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i]!
    if (x.expr !== null && !isLoneTime(x.expr)) {
      out.push(x)
      continue
    }
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.expr !== null && x.start - prev.end <= 80 && (canTake(x, prev, text.slice(prev.end, x.start), text) || fixtureTime(x, prev, text))) {
      out.push({ ...x, expr: prev.expr, calendar: prev.calendar })
      continue
    }
    const next = xs[i + 1]
    if (next !== undefined && next.expr !== null && !isLoneTime(next.expr) && next.start - x.end <= 12) {
      const gap = text.slice(x.end, next.start)
      if (TO_NEXT_DATE.test(gap) && canTake(x, next, gap, text)) {
        out.push({ ...x, expr: next.expr, calendar: next.calendar })
        continue
      }
    }
    if (prev !== undefined && prev.expr !== null && paragraphDay(x, prev, text) && !breaks.between(prev.end, x.start)) {
      out.push({ ...x, expr: prev.expr, calendar: prev.calendar })
    }
  }
  return out
}

/**
 * Whether a line break stands in `text[from, to)`, for calls whose `from` does not go back and whose `to` grows for
 * one `from`: each code unit is looked at once (a lone time after a long line of text costs no rescan of it).
 */
class BreakScan {
  private from = -1
  private scanned = 0
  private at = -1
  constructor(private readonly text: string) {}
  between(from: number, to: number): boolean {
    if (from !== this.from) {
      this.from = from
      this.scanned = Math.max(from, this.scanned)
      if (this.at < from) this.at = -1
    }
    while (this.at < 0 && this.scanned < to) {
      const c = this.text.charCodeAt(this.scanned)
      if (c === 0x0a || c === 0x0d) this.at = this.scanned
      else this.scanned++
    }
    return this.at >= from && this.at < to
  }
}

/**
 * `… the awards on Saturday. The ceremony will be screened at 1930 GMT.`: a four-digit time before a zone (`2010
 * GMT`, `0200 local time`, `1100 بتوقيت غرينتش`) with no date in its own sentence nor right after it takes the day (or
 * weekday) of the date just before it when that one is of the same paragraph (no line break between: checked by the
 * caller) and no other date stands between. Other lone times (`الساعة التاسعة`, `8pm`) are as often of another day
 * of the story (a curfew's hours, the day after an announcement) and stay out.
 */
const paragraphDay = (x: DateCandidate, d: DateCandidate, text: string): boolean => {
  // nor from a day counted from the story (`the next day`), whose value is known only once the text is resolved
  if (d.expr!.t === "same") return false
  const g = baseGranularity(d.expr!)
  if ((g !== "day" && g !== "weekday") || !ZONE_WORDS.test(text.slice(x.start, x.end))) return false
  // not a time that modifies a noun (`his 2200 GMT curfew`: a time of every day), nor after a date that names an
  // event (`the 11 September attacks`), not a day of the story
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, x.start - 8), x.start))) return false
  return !(THE_BEFORE.test(text.slice(Math.max(0, d.start - 5), d.start)) && NOUN_AFTER.test(text.slice(d.end, d.end + 3)))
}

/** A time zone after a four-digit time: `2010 GMT`, `0200 local time`, `1100 بتوقيت غرينتش`. */
const ZONE_WORDS = /\b(?:gmt|utc|bst)\b|local time|\u062a\u0648\u0642\u064a\u062a|\u063a\u0631\u064a\u0646/i
/** A possessive or an article right before a time. */
const DETERMINER_BEFORE = /\b(?:the|a|an|his|her|its|their|our|your|my)\s+$/i
const THE_BEFORE = /\bthe\s+$/i
/** A lower-case word after a date (`the 11 September attacks`). */
const NOUN_AFTER = /^\s+[a-z]/

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
    mod: c.mod ?? null,
    start: c.start,
    end: c.end
  }
}

/** The year, month and day of a value (a time after the day is left out). */
const NAMED = /^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T[\d:]+)?$/

/**
 * The value of an anaphoric date (`الشهر نفسه`, `اليوم ذاته`) from the value of the mention right before it, when that
 * one names such a day, month or year: `2015-07-10` names all three; an interval only its year, when both ends share
 * it (`2014-10/2014-12`: the year of a quarter). Else null. `counted`: the phrase counts years (`a year earlier`, `two
 * years later`), which move a period within one year rather than give its year.
 */
const sameValue = (e: Expr & { t: "same" }, previous: string, counted = false): string | null => {
  const slash = previous.indexOf("/")
  let v: RegExpExecArray | null
  if (slash < 0) v = NAMED.exec(previous)
  else {
    const a = NAMED.exec(previous.slice(0, slash))
    const b = NAMED.exec(previous.slice(slash + 1))
    if (e.unit !== "year" || a === null || b === null) return null
    // a count of years from a period (session 29): a year that runs over two calendar years moves whole (`1998/99 …
    // the previous year` is 1997/98), and so does a period within one year before a count (`the third quarter … a year
    // earlier`: that quarter a year before), while `the previous year` after such a period stays its year (session
    // 25); a longer span gives no year to count from (`1984-2010 … العام التالي`)
    const span = Number(b[1]) - Number(a[1])
    if ((e.n ?? 0) !== 0 && (span === 1 || (span === 0 && counted))) return `${shiftYears(previous.slice(0, slash), e.n!)}/${shiftYears(previous.slice(slash + 1), e.n!)}`
    if (a[1] !== b[1]) return null
    v = a
  }
  if (v === null) return null
  const n = e.n ?? 0
  if (e.unit === "year") return n === 0 ? v[1]! : String(Number(v[1]) + n).padStart(4, "0")
  const y = Number(v[1]) + (e.yearShift ?? 0)
  if (v[2] === undefined) return null
  const m = Number(v[2])
  if (e.unit === "month" && e.d === undefined) {
    const k = y * 12 + (m - 1) + n
    return formatMonth(Math.floor(k / 12), (k % 12) + 1)
  }
  const d = e.d ?? (v[3] === undefined ? null : Number(v[3]))
  return d !== null && isValidDate(y, m, d) ? sameDayValue(e, dayNumber(y, m, d) + n) : null
}

/** A count of years before `earlier` or `later` (`a year earlier`, `two years later`): see {@link sameValue}. */
const COUNTED_YEARS = /^\S+\s+years?\s+(?:earlier|later)$/i

/** A value of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD` moved `n` years (29 February to the 28th in a common year). */
const shiftYears = (value: string, n: number): string => {
  const y = String(Number(value.slice(0, 4)) + n).padStart(4, "0")
  const rest = value.slice(4)
  return rest === "-02-29" && !isValidDate(Number(y), 2, 29) ? `${y}-02-28` : y + rest
}

/**
 * Whether no line break stands in `text[from, to)`: two mentions of one paragraph. Reads only that range (not on to
 * the next break, which in a text of one long line would be its end: the callers ask it of consecutive mentions).
 */
const sameParagraph = (text: string, from: number, to: number): boolean => {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 0x0a) return false
  return true
}

/**
 * The value of a month or a day `e` that names no year, in year `y` (a time of the mention `d` kept after the day), or
 * null for a day that year lacks (29 February).
 */
const inYear = (e: Expr & { readonly t: "month" | "date" }, y: number, d: DateMention): string | null => {
  if (e.t === "month") return formatMonth(y, e.m)
  if (!isValidDate(y, e.m, e.d)) return null
  const day = formatDay(dayNumber(y, e.m, e.d))
  return d.granularity === "time" && d.value !== null ? day + d.value.slice(10) : day
}

/** What stands between a month and `السنة نفسها` that is its year: `من` ("of"). */
const OF_GAP = /^\s+\u0645\u0646\s+$/

/** A dash or a colon after a year that opens its line: a timeline's entry (`1982 - …`, `1990: …`). */
const TIMELINE_DASH = /^\s*[-\u2013\u2014:]/

/** `التالي`, `التالية` ("following") at the end of a mention. */
const FOLLOWING_AR = /\u0627\u0644\u062a\u0627\u0644\u064a\u0629?$/

/** `الشهر السابق`, `الشهر السابقة` as written: "the preceding month", not "last month". */
const PRECEDING = /\u0627\u0644\u0633\u0627\u0628\u0642[\u0629\u0647]?$/
const MONTH_VALUE = /^(\d{4})-(\d\d)$/

/**
 * The candidates of `text` outside `exclude`, in order, as mentions resolved against `today` (the day the text calls
 * today, {@link writtenDay}) when known, else against `reference`; a weekday with no side always against `reference`.
 *
 * `الشهر السابق` ("the preceding month") is the month before the one the text last named, not the month before
 * the reference as `الشهر الماضي` ("last month") is: a report of 2 August on `يوليو الماضي` compares it `مقارنة
 * بالشهر السابق`, with June. It follows the last month-long mention before it (`نهاية يوليو`, `شهر يوليو 2015م`),
 * when that month is one to twelve months before the reference's; otherwise, and with no such mention, it is the
 * month before the reference's. A preceding month does not become the month the next one follows.
 */
export const resolveDates = (
  text: string,
  candidates: ReadonlyArray<DateCandidate>,
  reference: number | null,
  exclude: RangeFilter,
  today: number | null = null
): Array<DateMention> => {
  // the day the text calls today, when it names one ({@link writtenDay}), else the reference
  const own = today ?? reference
  const out: Array<DateMention> = []
  let lastMonth = -1 // y * 12 + (m - 1) of the last month-long mention, -1 for none
  // the value of the last mention, for `الشهر نفسه` and kin
  let previous: string | null = null
  let previousHijri = false
  let previousRelative = false
  let previousEnd = 0
  // the year that opens the current line of a timeline (`1982 - …`), and where it ends
  let lineYear: number | null = null
  let lineYearLineEnd = -1 // the line break that ends its line (-1: none, the text's last line)
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i]!
    if (exclude.overlaps(c.start, c.end)) continue
    const e = c.expr
    // a weekday with no side (no `المقبل`/`الماضي`, no future verb) is the last such day up to the reference, as before:
    // a crawl a day or two after the writing puts the story's next days on that side too (`وتستكمل المرحلة الأحد`,
    // written on Saturday), which counted from the day the text calls today would be a week back
    let d = resolveCandidate(text, c, bareWeekdays(e) ? reference : own)
    if (e !== null && e.t === "same") {
      // after a Hijri date the same month is a Hijri month (`من الثالث من ذي الحجة وحتى العاشر من الشهر نفسه`), which the
      // Gregorian value of that date does not give; a count of units from a date of the story (`a year earlier`) counts
      // only from one the same paragraph named (`sales rose to £9m in 2004 from £7m a year earlier`)
      const value: string | null =
        previous === null || previousHijri || (e.n !== undefined && !sameParagraph(text, previousEnd, c.start)) ? null : sameValue(e, previous, COUNTED_YEARS.test(d.text))
      // when the mention before it names no such day, month or year, the phrase names no date the text gives
      // it depends on the reference only as much as the date it repeats
      if (value !== null) out.push({ ...d, value, relative: previousRelative, ...(value.includes("/") ? { granularity: "range" as const } : {}) })
      previous = value
      previousEnd = c.end
      continue
    }
    // the year of the story or of a timeline's line, in place of the year the reference gives (each case below)
    let value: string | null = null
    let relative = previousRelative
    const yearless = e !== null && (e.t === "month" || e.t === "date") && e.y === null && e.cal === "gregorian" && e.yearShift === undefined ? e : null
    if (yearless !== null && previous !== null && !previousHijri) {
      // a month or day with no year before `من السنة نفسها` ("of the same year") takes the year the text named last
      // (`في عام 1991 … وفي سبتمبر من السنة نفسها`)
      const next = candidates[i + 1]
      const ne = next?.expr
      if (next !== undefined && ne?.t === "same" && ne.unit === "year" && ne.n === undefined && OF_GAP.test(text.slice(c.end, next.start))) {
        const y = sameValue({ t: "same", unit: "year" }, previous)
        if (y !== null) value = inYear(yearless, Number(y), d)
      }
    }
    if (value === null && e !== null && e.t === "shift" && e.n === 1 && (e.unit === "year" || e.unit === "month") && e.wd === undefined && FOLLOWING_AR.test(d.text)) {
      // `العام التالي`, `الشهر التالي` ("the following year/month") after a date of the same paragraph follow that date
      // (`افتتح المصنع عام 2010، وفي العام التالي …` is 2011); alone they are the reference's next year or month, as the
      // scanner read them
      if (previous !== null && !previousHijri && sameParagraph(text, previousEnd, c.start)) value = sameValue({ t: "same", unit: e.unit, n: 1 }, previous)
    }
    if (value === null && yearless !== null && (yearless.dir ?? null) === null && lineYear !== null && (lineYearLineEnd < 0 || c.start < lineYearLineEnd)) {
      // a day or month with no year on a timeline's line, after the year that opens the line (`1982 - في حزيران / يونيو،
      // اسرائيل تغزو لبنان`, `1990 - آب / اغسطس، …`), is of that year
      value = inYear(yearless, lineYear, d)
      relative = false
    }
    if (value !== null) d = { ...d, value, relative }
    if (e !== null && e.t === "year" && e.cal === "gregorian" && lineStartsAt(text, c.start) && TIMELINE_DASH.test(text.slice(c.end, c.end + 4))) {
      lineYear = e.y
      lineYearLineEnd = text.indexOf("\n", c.end)
    }
    previous = d.value
    previousEnd = c.end
    previousHijri = d.calendar === "hijri"
    previousRelative = d.relative
    if (e !== null && e.t === "shift" && e.unit === "month" && e.n === -1 && PRECEDING.test(d.text)) {
      if (lastMonth >= 0 && own !== null) {
        const r = fromDayNumber(own)
        const back = r.y * 12 + (r.m - 1) - lastMonth
        if (back >= 1 && back <= 12) {
          const p = lastMonth - 1
          out.push({ ...d, value: formatMonth(Math.floor(p / 12), (p % 12) + 1) })
          continue
        }
      }
    } else if (d.granularity === "month" && d.value !== null) {
      const m = MONTH_VALUE.exec(d.value)
      if (m !== null) lastMonth = Number(m[1]) * 12 + Number(m[2]) - 1
    }
    out.push(d)
  }
  return weekdaysOfStatedDates(text, candidates, out)
}

/** Where sentences end for {@link weekdaysOfStatedDates}: every `.`, `!`, `?`, `؟` and line break of `text`, in order. */
const sentenceEnds = (text: string): Array<number> => {
  const out: Array<number> = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x61f || c === 0x0a) out.push(i)
  }
  return out
}

/** The index of the first end in `ends` at or after `at` (`ends.length` when none). */
const firstEndFrom = (ends: ReadonlyArray<number>, at: number): number => {
  let lo = 0
  let hi = ends.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ends[mid]! < at) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** How many mentions on either side of a weekday {@link weekdaysOfStatedDates} looks at: the nearest only, so the pass is linear. */
const WEEKDAY_REACH = 8

/**
 * What may stand between a weekday and the date it names when the two are written side by side but the scanner kept
 * them apart: brackets, quotes, commas, a dash, `الموافق`/`الذي يوافق`/`يصادف` (and `ل`, `تاريخ` after it), `بعد
 * المقبل`, the article before a day or `اليوم` (`يوم الخميس الـ30 من`, `يوم الخميس الـ 4 من`, `يوم (الثلاثاء) الموافق
 * للسابع من`, `يوم الأربعاء الذي يوافق اليوم الثالث من`).
 */
const WEEKDAY_DATE_GAP =
  /^[\s()[\]"'\u00ab\u00bb\u201c\u201d\u061b;\u060c,:\-\u2013]*(?:(?:\u0627\u0644\u0630\u064a|\u0627\u0644\u062a\u064a)\s+)?(?:(?:[\u0627\u064a]\u0644?\u0645?)?(?:\u0627\u0644\u0645\u0648\u0627\u0641\u0642|\u064a\u0648\u0627\u0641\u0642|\u0627\u0644\u0645\u0635\u0627\u062f\u0641|\u064a\u0635\u0627\u062f\u0641|\u0628\u0639\u062f\s+\u0627\u0644\u0645\u0642\u0628\u0644)\s*(?:\u062a\u0627\u0631\u064a\u062e\s*)?)?[\s()[\]"'\u00ab\u00bb\u201c\u201d\u061b;\u060c,:\-\u2013]*(?:(?:\u0627\u0644\u064a\u0648\u0645|\u0627\u0644\u0640?|\u0644\u0644?)\s*)?$/

/** The longest gap {@link WEEKDAY_DATE_GAP} is tried on: side by side is a few words at most (and the pattern's runs of
 * spaces and punctuation, read by more than one part of it, would take quadratic time on a long gap). */
const WEEKDAY_GAP_MAX = 40

/** Whether `text[from, to)` is a gap {@link WEEKDAY_DATE_GAP} accepts between a weekday and its date. */
const isWeekdayDateGap = (text: string, from: number, to: number): boolean => to - from <= WEEKDAY_GAP_MAX && WEEKDAY_DATE_GAP.test(text.slice(from, to))

/** A day number right after a weekday (`الخميس 12`, `الخميس الـ12`), which a date beside it would have taken. */
const DAY_AFTER = /^[\s(]*(?:\u0627\u0644\u0640?)?[\d\u0660-\u0669]/

/** The weekday word of a mention's text, folded (`يوم الإثنين` → `الاثنين`): its last word, alef forms as bare alef. */
const weekdayWord = (text: string): string => (text.trim().split(/\s+/).pop() ?? "").replace(/[\u0623\u0625\u0622]/g, "\u0627").replace(/^[()\u00ab\u00bb"]+|[()\u00ab\u00bb"]+$/g, "")

/** Does `text` (folded as {@link weekdayWord}) name the weekday `word`? */
const namesWeekday = (text: string, word: string): boolean => word.length >= 4 && text.replace(/[\u0623\u0625\u0622]/g, "\u0627").toLowerCase().includes(word.toLowerCase())

/**
 * A weekday named alone (no direction word, no weekend: `يوم الخميس الساعة 12 ليلاً`, `مساء يوم الخميس`; a future verb
 * only picks the side from the reference, which the date replaces) is the date it stands beside when the two are
 * written side by side with only brackets, punctuation or `الموافق` between ({@link WEEKDAY_DATE_GAP}: `مساء يوم الأحد
 * الـ17 من شهر مارس`, `يوم (السبت) الموافق للثالث من شهر رجب`), or, in its sentence or the one before, a date
 * written with that same weekday (`من السبت 7 مارس الى الأربعاء 18 مارس وتنتهي يوم الأربعاء الساعة 11 ليلاً`), when
 * that date falls on the weekday: not the weekday nearest the reference, a crawl's date after the writing. A date
 * elsewhere in the sentence is not taken even when its weekday matches (`فتحت المصارف المغلقة منذ 29 يونيو أبوابها
 * الاثنين`: 29 June was a Monday too, the reopening three weeks later), and a weekday is never moved to a day of
 * another weekday. The clock time of the weekday's mention is kept.
 */
const weekdaysOfStatedDates = (text: string, candidates: ReadonlyArray<DateCandidate>, out: Array<DateMention>): Array<DateMention> => {
  let byStart: Map<number, DateCandidate> | null = null
  // the weekdays moved, by index in `out`: their weekday, the day they took and its `relative`
  const moved = new Map<number, { readonly wd: number; readonly day: number; readonly relative: boolean }>()
  let ends: Array<number> | null = null
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!
    if (m.granularity !== "weekday" && m.granularity !== "time" && m.granularity !== "part-of-day") continue
    byStart ??= new Map(candidates.map((c) => [c.start, c]))
    const c = byStart.get(m.start)
    const e = c?.expr
    if (c === undefined || e === undefined || e === null || e.t !== "weekday" || e.dir !== null || e.weekend === true) continue
    // the clock time right after a weekday this moved (`يوم الخميس الساعة 12 ليلاً`: a mention of its own) goes with it
    const before = i > 0 ? moved.get(i - 1) : undefined
    if (before !== undefined && m.granularity === "time" && before.wd === e.wd && /^[\s,\u060c]*$/.test(text.slice(out[i - 1]!.end, m.start))) {
      const r = resolveCandidate(text, c, before.day)
      if (r.value !== null) out[i] = { ...m, value: r.value, relative: before.relative }
      continue
    }
    ends ??= sentenceEnds(text)
    // its sentence and the one before: from after the second end before it to the first end after it
    const k = firstEndFrom(ends, m.start)
    const from = k >= 2 ? ends[k - 2]! + 1 : 0
    const to = firstEndFrom(ends, m.end) < ends.length ? ends[firstEndFrom(ends, m.end)]! : text.length
    const word = weekdayWord(text.slice(c.start, c.end))
    // a day right after it that no mention holds: its own date, unknown
    const next = out[i + 1]
    if (DAY_AFTER.test(text.slice(m.end, m.end + 8)) && !(next !== undefined && next.start <= m.end + 8)) continue
    let best: number | null = null
    let bestRelative = true
    for (let step = 1; step <= 2 * WEEKDAY_REACH; step++) {
      // the nearest first: i + 1, i − 1, i + 2, i − 2, …
      const j = step % 2 === 1 ? i + (step + 1) / 2 : i - step / 2
      const o = out[j]
      if (o === undefined || o.start < from || o.end > to || o.value === null || (o.granularity !== "day" && o.granularity !== "time")) continue
      const oe = byStart.get(o.start)?.expr
      if (oe === undefined || oe === null || (oe.t !== "date" && oe.t !== "dayOfMonth" && !(oe.t === "same" && oe.d !== undefined))) continue
      // side by side (the mention right after or right before), or a date written with the same weekday
      const beside = (j === i + 1 && isWeekdayDateGap(text, m.end, o.start)) || (j === i - 1 && isWeekdayDateGap(text, o.end, m.start))
      if (!beside && !namesWeekday(o.text, word)) continue
      const day = parseDay(o.value.slice(0, 10))
      // the date beside it is its own: on another weekday (`يوم الخميس 12 من الشهر ذاته` read as a Wednesday), no other is sought
      if (day === null || weekdayOf(day) !== e.wd) {
        if (beside) break
        continue
      }
      ;[best, bestRelative] = [day, o.relative]
      break
    }
    if (best === null) continue
    const r = resolveCandidate(text, c, best)
    // it depends on the reference only as much as the date it takes
    if (r.value !== null && r.value !== m.value) out[i] = { ...m, value: r.value, relative: bestRelative }
    moved.set(i, { wd: e.wd, day: best, relative: bestRelative })
  }
  return out
}

/** A weekday with no side (no direction word, no future verb), or a range of such weekdays (`يومي الأربعاء والخميس`). */
const bareWeekdays = (e: Expr | null): boolean =>
  e !== null && (e.t === "range" ? bareWeekdays(e.a) && bareWeekdays(e.b) : e.t === "weekday" && e.dir === null && !e.future)

/**
 * The day the text itself calls today, from a reference that comes after it (a crawl date): the first relative day
 * outside `exclude` written with its weekday (`صباح اليوم الاثنين`, `أمس السبت`, `غدا الثلاثاء`), moved back by its
 * shift. The named weekday wins over the reference (see `resolveValue`), so `اليوم الاثنين` on a Friday's crawl is the
 * Monday before, and the text's other relative dates (`أمس`, `الأربعاء المقبل`) count from that Monday too, not from
 * the crawl: a report of Monday on `مساء الأربعاء المقبل` means two days on, not the Wednesday after the crawl. Null
 * without a reference or such a day, or when that day would come after the reference. Not a date the text states
 * (`published`): the text names a weekday, not a date.
 */
export const writtenDay = (candidates: ReadonlyArray<DateCandidate>, reference: number | null, exclude: RangeFilter): number | null => {
  if (reference === null) return null
  for (const c of candidates) {
    const e = c.expr
    if (e === null || e.t !== "shift" || e.unit !== "day" || e.wd === undefined || exclude.overlaps(c.start, c.end)) continue
    const value = resolveValue(e, reference)
    const day = value === null ? null : parseDay(value.slice(0, 10))
    // a day after the reference (`أمس الأربعاء` crawled on a Wednesday: a next-day edition online the evening before)
    // is no day the crawl can follow: the reference stays
    return day === null || day - e.n > reference ? null : day - e.n
  }
  return null
}

/**
 * The dates of `text`, resolved against `options.reference`, or against the day the text calls today when it names
 * one ({@link writtenDay}: the reference is taken as a day on or after the writing, as a crawl date is).
 */
export const extractDates = (text: string, options: DateOptions = {}): Array<DateMention> => {
  const ref = options.reference == null ? null : parseDay(options.reference)
  const exclude = new RangeFilter(options.exclude ?? [])
  const candidates = findDates(text, options)
  return resolveDates(text, candidates, ref, exclude, writtenDay(candidates, ref, exclude))
}
