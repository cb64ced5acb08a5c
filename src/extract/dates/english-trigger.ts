/**
 * Which of chrono's parsers can match an English sentence, and whether the
 * chrono wrapper (`english.ts`) can get any date from it at all: cheap tests
 * run before chrono, so that chrono (18 parsers, each a large regex run over
 * the whole sentence) runs only on the sentences that may have a date, and
 * there only with the parsers that may match.
 *
 * Both tests are supersets, derived from chrono-node 2.10.3's casual GB
 * configuration (`locales/en/configuration.js`, the parser and refiner files
 * it imports; the version is pinned in package.json). chrono's regexes are
 * `/i` without `u`, so letters fold in ASCII only, `\d` is `[0-9]` and `\W` is
 * anything but `[A-Za-z0-9_]`; a non-ASCII character is taken as possible
 * white space (`\s`). A word's left side counts only where chrono's `(\W|^)`
 * cannot be fooled: after a match its parser rejects, chrono runs the parser
 * again from the match's second character, where `^` matches mid-word, but no
 * month or weekday word (or `on`, `in`, an ordinal…) has another one starting
 * at its second character, and the casual parsers reject nothing.
 *
 * A parser runs only if the sentence has what its regex cannot match without:
 *
 * | parser | needs |
 * |---|---|
 * | `ENYearMonthDayParser`, `ISOFormatParser`, `ENSlashMonthFormatParser` | four digits in a row |
 * | `SlashDateFormatParser` | a digit, `/`, `.` or `-`, a digit |
 * | `ENTimeExpressionParser` | a digit |
 * | `ENMonthNameLittleEndianParser`, `…MiddleEndianParser`, `ENMonthNameParser` | a month word (`jan`…`december`, `sept`) after a non-word character, the start, a digit or a glued `in`, `of`, `st`, `nd`, `rd`, `th`, `be`, `ad`, `bc`, `ce`; before a non-word character, the end, a digit or a glued `of` or ordinal word |
 * | `ENYearMonthNameParser` | that, and a digit |
 * | `ENWeekdayParser` | a weekday word (`sun`…`saturday`, `thur`, `thurs`, `weekend`, `weekday`) after a non-word character, the start or a glued `on`/`this`/`last`/`past`/`next`; before a non-word character, the end or a glued `of`/`this`/`last`/`past`/`next` |
 * | `ENCasualDateParser` | `now`, `today`, `tonight`, `tomorrow`, `overmorrow`, `tmr`, `tmrw`, `yesterday` or `night` (`last night`) between non-word characters (or a glued `last` before `night`) |
 * | `ENCasualTimeParser` | `morning`, `afternoon`, `evening`, `night`, `midnight`, `midday` or `noon` likewise (or a glued `this` before) |
 * | `ENEndOfCurrentMonthParser` | `month` between non-word characters |
 * | `ENRelativeDateFormatParser` | `this`, `last`, `past` or `next`, then white space and a time unit (`s`…`years`) before a non-word character |
 * | `ENTimeUnitCasualRelativeFormatParser` | `this`, `last`, `past`, `next`, `after`, `+` or `-`, then white space and a digit or one of its number words (`one`…`twelve`, `a`, `an`, `half`, `few`, `several`, `the`, `couple`, `about`, `around`) |
 * | `ENTimeUnitAgoFormatParser` | `ago`, `before` or `earlier` before a non-word character or the end |
 * | `ENTimeUnitLaterFormatParser` | `later`, `after`, `now` (`from now`), `henceforth`, `forward` or `out`, likewise |
 * | `ENTimeUnitWithinFormatParser` | always runs |
 *
 * A parser that cannot match adds no result, and chrono sorts the results of
 * all parsers by position with a stable sort before the refiners: leaving it
 * out changes nothing.
 *
 * A sentence goes to chrono at all only if it has a digit, a month or weekday
 * word, a casual word, `month`, or one of the wrapper's relative words (`ago`,
 * `last`, `next`, `this`, `yesterday`, `today`, `tomorrow`, `tonight`, `later`,
 * `earlier`, anywhere, even inside a word). Without any of them only the
 * duration parsers (`ENTimeUnitWithinFormatParser`, `…Ago…`, `…Later…`,
 * `…CasualRelative…`, and `ENRelativeDateFormatParser` with `last`, `past` or
 * `next`) can match, and each of their results is made by
 * `ParsingComponents.createRelativeFromReference`, tagged `result/relativeDate`.
 * The refiners keep that tag (a range keeps both ends' components, a date
 * merged with a time takes both tags, the relative mergers make new relative
 * components); the one merger that drops tags (`MergeWeekdayComponentRefiner`)
 * needs a weekday, and only the casual parsers make `casualReference/…` tags.
 * The wrapper drops a `result/relativeDate` result unless it carries a casual
 * day tag (`ENCasualDateParser`'s) or its text, a part of the sentence, has a
 * relative word: nothing is kept.
 *
 * Both tests are one linear pass: one regex of plain alternatives (no
 * quantifier) finds candidates, and each is checked by looking at a few
 * characters after it.
 *
 * @module
 */

/** Bits of {@link chronoTriggers}. */
export const DIGIT = 1 << 0
export const FOUR_DIGITS = 1 << 1
export const SLASH_DATE = 1 << 2
export const MONTH_WORD = 1 << 3
export const WEEKDAY_WORD = 1 << 4
export const CASUAL_DATE = 1 << 5
export const CASUAL_TIME = 1 << 6
export const MONTH_END = 1 << 7
export const RELATIVE_WORD = 1 << 8
export const RELATIVE_FORMAT = 1 << 9
export const CASUAL_RELATIVE = 1 << 10
export const AGO = 1 << 11
export const LATER = 1 << 12

/** The bits without which the wrapper keeps no chrono result (see the module comment). */
export const MAY_HAVE_DATE = DIGIT | MONTH_WORD | WEEKDAY_WORD | CASUAL_DATE | CASUAL_TIME | MONTH_END | RELATIVE_WORD

/** Candidates: a digit, `+`, `-`, or the first letters of every word below (a lookahead: `test` then leaves `lastIndex` at it, and makes no match array). */
const CANDIDATE = /(?=[0-9]|[-+]|ago|last|next|this|past|after|before|later|earlier|today|tonight|tomorrow|overmorrow|yesterday|tmr|now|night|morning|afternoon|evening|midnight|midday|noon|month|week|henceforth|forward|out|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)/gi

/** The wrapper's relative words (`RELATIVE_WORDS` in english.ts), anywhere. */
const RELATIVE = ["ago", "last", "next", "this", "later", "earlier", "today", "tonight", "tomorrow", "yesterday"]
/** `ENRelativeDateFormatParser`'s modifiers (`after\s*this` has `this`). */
const RELATIVE_FORMAT_WORDS = ["this", "last", "past", "next"]
/** `ENTimeUnitCasualRelativeFormatParser`'s word modifiers (with `+` and `-`). */
const CASUAL_RELATIVE_WORDS = ["this", "last", "past", "next", "after"]
const AGO_WORDS = ["ago", "before", "earlier"]
/** `ENTimeUnitLaterFormatParser`'s words (`from now` ends in `now`). */
const LATER_WORDS = ["later", "after", "now", "henceforth", "forward", "out"]

/** chrono's month words (`MONTH_DICTIONARY`; a dotted form is the plain one before a non-word character). */
const MONTHS = ["january", "jan", "february", "feb", "march", "mar", "april", "apr", "may", "june", "jun", "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november", "nov", "december", "dec"]
/** chrono's ordinal words (`ORDINAL_WORD_DICTIONARY`; `twenty first` and `twenty-first` start with `twenty`), and the `of` of `ENMonthNameParser`'s `May of 2005`. */
const AFTER_MONTH = [
  "of", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
  "twentieth", "twenty", "thirtieth", "thirty"
]
/** chrono's weekday words (`WEEKDAY_DICTIONARY`, dotted forms as above) and the two words `ENWeekdayParser` adds. */
const WEEKDAYS = ["sunday", "sun", "monday", "mon", "tuesday", "tue", "wednesday", "wed", "thursday", "thurs", "thur", "thu", "friday", "fri", "saturday", "sat", "weekend", "weekday"]
/** What `ENWeekdayParser` reads glued after a weekday (`of this week`, `next week`). */
const AFTER_WEEKDAY = ["of", "this", "last", "past", "next"]
/** `ENCasualDateParser`'s words (its `last\s*night` ends in `night`). */
const CASUAL_DATE_WORDS = ["now", "today", "tonight", "tomorrow", "overmorrow", "tmr", "tmrw", "yesterday", "night"]
/** `ENCasualTimeParser`'s words. */
const CASUAL_TIME_WORDS = ["morning", "afternoon", "evening", "night", "midnight", "midday", "noon"]

/** ASCII letter, digit or underscore: chrono's `\w`. */
const isWord = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39

/** Does `s` have `word` (lower-case ASCII) at `at`, letters compared in ASCII lower case? */
const hasAt = (s: string, at: number, word: string): boolean => {
  if (at + word.length > s.length) return false
  for (let k = 0; k < word.length; k++) {
    const c = s.charCodeAt(at + k)
    if ((c >= 0x41 && c <= 0x5a ? c | 0x20 : c) !== word.charCodeAt(k)) return false
  }
  return true
}

/** One of `words` at `at`? */
const anyAt = (s: string, at: number, words: ReadonlyArray<string>): boolean => {
  for (const w of words) if (hasAt(s, at, w)) return true
  return false
}

/** White space to chrono's `\s`: ASCII white space, and (to be safe) any non-ASCII character. */
const maybeSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c >= 0x80

/** The index of the first character at or after `at` that is not white space (ASCII), or -1 at a non-ASCII character (it may be white space) or the end. */
const pastSpace = (s: string, at: number): number => {
  let i = at
  while (i < s.length && maybeSpace(s.charCodeAt(i))) {
    if (s.charCodeAt(i) >= 0x80) return -1
    i++
  }
  return i < s.length ? i : -2
}

/** chrono's time units (`TIME_UNIT_DICTIONARY`), longest first. */
const UNITS = ["quarters", "seconds", "minutes", "quarter", "second", "minute", "months", "hours", "weeks", "month", "years", "mins", "hour", "days", "week", "year", "sec", "min", "hrs", "day", "mon", "mos", "qtr", "hr", "mo", "yr", "s", "m", "h", "d", "w", "y"]

/** After `this`, `last`, `past` or `next`: white space and a time unit before a non-word character (`ENRelativeDateFormatParser`)? */
const unitAfter = (s: string, at: number): boolean => {
  const i = pastSpace(s, at)
  if (i === -1) return true
  if (i < 0) return false
  for (const u of UNITS) if (hasAt(s, i, u) && !isWord(s.charCodeAt(i + u.length))) return true
  return false
}

/** The words that start chrono's numbers in `TIME_UNITS_PATTERN` (`INTEGER_WORD_DICTIONARY`, `half`, `few`, `several`, `the`, `couple`, and `about`/`around` before a number); `a` and `an` are handled apart. */
const NUMBER_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "half", "few", "several", "the", "couple", "acouple", "about", "around"]

/** After `this`, `last`, `past`, `next`, `after`, `+` or `-`: white space and what starts one of chrono's numbers (`ENTimeUnitCasualRelativeFormatParser`)? */
const numberAfter = (s: string, at: number): boolean => {
  const i = pastSpace(s, at)
  if (i === -1) return true
  if (i < 0) return false
  const c = s.charCodeAt(i)
  if (isDigit(c)) return true
  if (anyAt(s, i, NUMBER_WORDS)) return true
  // `an?\b`
  return (hasAt(s, i, "a") && !isWord(s.charCodeAt(i + 1))) || (hasAt(s, i, "an") && !isWord(s.charCodeAt(i + 2)))
}

/** Where a word of the table may be: anywhere, or after a non-word character, the start, or one of the words glued before it. */
const ANYWHERE = null
/** What the month parsers read glued before a month: `in`, `of`, a day's `st`/`nd`/`rd`/`th` (also the end of every ordinal word), a year's `BE`/`AD`/`BC`/`CE` (a digit also counts). */
const BEFORE_MONTH = ["in", "of", "st", "nd", "rd", "th", "be", "ad", "bc", "ce"]
/** What `ENWeekdayParser` reads glued before a weekday. */
const BEFORE_WEEKDAY = ["on", "this", "last", "past", "next"]

/** How a word of the table must be followed: anyhow, by a non-word character or the end, as a month, as a weekday, by a number, by a time unit. */
const ANY = 0
const WORD = 1
const MONTH = 2
const WEEKDAY = 3
const NUMBER = 4
const UNIT = 5

type Entry = readonly [word: string, bit: number, before: ReadonlyArray<string> | null, after: number]

/** The words to look for at a candidate, by their first letter. */
const TABLE: Array<Array<Entry>> = Array.from({ length: 128 }, () => [])
const add = (words: ReadonlyArray<string>, bit: number, before: ReadonlyArray<string> | null, after: number): void => {
  for (const w of words) TABLE[w.charCodeAt(0)]!.push([w, bit, before, after])
}
add(RELATIVE, RELATIVE_WORD, ANYWHERE, ANY)
add(RELATIVE_FORMAT_WORDS, RELATIVE_FORMAT, ANYWHERE, UNIT)
add(CASUAL_RELATIVE_WORDS, CASUAL_RELATIVE, ANYWHERE, NUMBER)
add(AGO_WORDS, AGO, ANYWHERE, WORD)
add(LATER_WORDS, LATER, ANYWHERE, WORD)
add(MONTHS, MONTH_WORD, BEFORE_MONTH, MONTH)
add(WEEKDAYS, WEEKDAY_WORD, BEFORE_WEEKDAY, WEEKDAY)
add(CASUAL_DATE_WORDS, CASUAL_DATE, ["last"], WORD)
add(CASUAL_TIME_WORDS, CASUAL_TIME, ["this"], WORD)
add(["month"], MONTH_END, [], WORD)

const precededAs = (s: string, at: number, before: ReadonlyArray<string> | null): boolean => {
  if (before === null || at === 0) return true
  const c = s.charCodeAt(at - 1)
  if (!isWord(c)) return true
  if (before === BEFORE_MONTH && isDigit(c)) return true
  for (const w of before) if (at >= w.length && hasAt(s, at - w.length, w)) return true
  return false
}

const followedAs = (s: string, end: number, after: number): boolean => {
  if (after === ANY) return true
  if (after === NUMBER) return numberAfter(s, end)
  if (after === UNIT) return unitAfter(s, end)
  const c = s.charCodeAt(end)
  if (!isWord(c)) return true
  if (after === MONTH) return isDigit(c) || anyAt(s, end, AFTER_MONTH)
  if (after === WEEKDAY) return anyAt(s, end, AFTER_WEEKDAY)
  return false
}

/**
 * The bits (`DIGIT`, `MONTH_WORD`, …) of what `sentence` has that chrono's
 * parsers need (see the module comment): a parser whose bits are missing
 * cannot match, and without any of {@link MAY_HAVE_DATE} the wrapper keeps no result.
 */
export const chronoTriggers = (sentence: string): number => {
  const s = sentence
  let bits = 0
  CANDIDATE.lastIndex = 0
  while (CANDIDATE.test(s)) {
    const at = CANDIDATE.lastIndex
    const c = s.charCodeAt(at)
    if (isDigit(c)) {
      let e = at + 1
      while (e < s.length && isDigit(s.charCodeAt(e))) e++
      bits |= DIGIT
      if (e - at >= 4) bits |= FOUR_DIGITS
      const sep = s.charCodeAt(e)
      if ((sep === 0x2f || sep === 0x2e || sep === 0x2d) && isDigit(s.charCodeAt(e + 1))) bits |= SLASH_DATE
      CANDIDATE.lastIndex = e
      continue
    }
    CANDIDATE.lastIndex = at + 1
    if (c === 0x2d || c === 0x2b) {
      if (numberAfter(s, at + 1)) bits |= CASUAL_RELATIVE
      continue
    }
    for (const [w, bit, before, after] of TABLE[c | 0x20]!) {
      if ((bits & bit) === 0 && hasAt(s, at, w) && followedAs(s, at + w.length, after) && precededAs(s, at, before)) bits |= bit
    }
  }
  return bits
}

/** What each parser of chrono's casual GB configuration needs, by class name, in its order (`ENTimeUnitWithinFormatParser` needs nothing). */
export const PARSER_NEEDS: ReadonlyArray<readonly [string, number]> = [
  ["ENYearMonthDayParser", FOUR_DIGITS],
  ["ISOFormatParser", FOUR_DIGITS],
  ["SlashDateFormatParser", SLASH_DATE],
  ["ENTimeUnitWithinFormatParser", 0],
  ["ENMonthNameLittleEndianParser", MONTH_WORD],
  ["ENMonthNameMiddleEndianParser", MONTH_WORD],
  ["ENWeekdayParser", WEEKDAY_WORD],
  ["ENSlashMonthFormatParser", FOUR_DIGITS],
  ["ENTimeExpressionParser", DIGIT],
  ["ENTimeUnitAgoFormatParser", AGO],
  ["ENTimeUnitLaterFormatParser", LATER],
  ["ENYearMonthNameParser", MONTH_WORD | DIGIT],
  ["ENCasualDateParser", CASUAL_DATE],
  ["ENCasualTimeParser", CASUAL_TIME],
  ["ENEndOfCurrentMonthParser", MONTH_END],
  ["ENMonthNameParser", MONTH_WORD],
  ["ENRelativeDateFormatParser", RELATIVE_FORMAT],
  ["ENTimeUnitCasualRelativeFormatParser", CASUAL_RELATIVE]
]
