/**
 * Dates counted from a date of the story, not from the reference: `a year earlier`, `two days later`, `the following
 * year`, `the previous month`, `the next day`, `the day before`, `the same year`, `in that year`; Arabic `في اليوم
 * التالي`, `بعد ذلك بعامين`, `وبعد شهرين من ذلك`, `قبل ذلك بيوم`.
 *
 * Each phrase becomes a candidate with a `same` expression and a count `n` of units: `resolveDates` (extract.ts) gives
 * it the value of the last date the same paragraph named, moved by `n` units (`sales rose to £9m in 2004 from £7m a
 * year earlier`: 2003). With no such date in its paragraph the phrase names no date the text gives and is left out:
 * counted from the reference, as chrono-node counts `a year earlier` and `the next day`, it would be wrong far more
 * often than right.
 *
 * Every pattern is a run of literal words with single `\s+` between them: no nested quantifier, linear on any text.
 *
 * @module
 * @internal
 */
import type { DateCandidate } from "./extract.js"

type Unit = "day" | "month" | "year"

const candidate = (start: number, end: number, unit: Unit, n: number): DateCandidate => ({
  start,
  end,
  expr: { t: "same", unit, n },
  calendar: "gregorian",
  partOfDay: false,
  time: null
})

/** A unit word to the unit counted and the days of one (a week is seven days). */
const unitOf = (word: string): readonly [Unit, number] => {
  const w = word.toLowerCase()
  return w === "week" ? ["day", 7] : w === "month" ? ["month", 1] : w === "year" ? ["year", 1] : ["day", 1]
}

const EN_COUNTS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12
}

/**
 * English phrases counted from the story. `N units later|earlier` (not before `than`: `a year earlier than planned` is
 * a comparison with a plan); `the following|previous|preceding unit`; `the next day` (`the next week|month|year` is the
 * stretch from now, as `over the next year` is); `the unit before|after` at a clause's end (`the year before the war` is
 * counted from the war); `the same day|month|year`; `that year` after a preposition or before `'s`.
 */
const STORY_EN =
  /\b(?:(an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[1-9]\d?)\s+(day|week|month|year)s?\s+(later|earlier)(?![\w-]|\s+than\b)|the\s+(following|previous|preceding)\s+(day|week|month|year)(?![\w-])|the\s+next\s+day(?![\w-])|the\s+(day|week|month|year)\s+(before|after)(?=\s*[,.;:)]|\s*$)|the\s+same\s+(day|month|year)(?![\w-]|\s+(?:in|of)\s+(?:\d|last\b|the\b|this\b))|(?<=\b(?:in|of|during|by|until|till|later|earlier|since|for|from|throughout|into)\s+)that\s+(?:same\s+)?year(?![\w-])|that\s+year(?='s\b))/gi

/** The English phrases of `text` counted from a date of the story. */
export const englishStoryDates = (text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  STORY_EN.lastIndex = 0
  for (let m = STORY_EN.exec(text); m !== null; m = STORY_EN.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    if (m[1] !== undefined) {
      const count = EN_COUNTS[m[1].toLowerCase()] ?? Number(m[1])
      const [unit, k] = unitOf(m[2]!)
      out.push(candidate(start, end, unit, count * k * (m[3]!.toLowerCase() === "later" ? 1 : -1)))
    } else if (m[4] !== undefined) {
      const [unit, k] = unitOf(m[5]!)
      out.push(candidate(start, end, unit, m[4].toLowerCase() === "following" ? k : -k))
    } else if (m[6] !== undefined) {
      const [unit, k] = unitOf(m[6])
      out.push(candidate(start, end, unit, m[7]!.toLowerCase() === "after" ? k : -k))
    } else if (m[8] !== undefined) {
      out.push(candidate(start, end, unitOf(m[8])[0], 0))
    } else if (/day$/i.test(m[0])) {
      out.push(candidate(start, end, "day", 1)) // the next day
    } else {
      out.push(candidate(start, end, "year", 0)) // that year
    }
  }
  return out
}

/** Arabic unit words: singular, dual (nominative and oblique) and plural, to the unit counted, its days, and the count a dual gives. */
const AR_UNITS: ReadonlyArray<readonly [string, Unit, number, number]> = [
  ["يوم", "day", 1, 1],
  ["يومين", "day", 1, 2],
  ["يومان", "day", 1, 2],
  ["أيام", "day", 1, 0],
  ["ايام", "day", 1, 0],
  ["أسبوع", "day", 7, 1],
  ["اسبوع", "day", 7, 1],
  ["أسبوعين", "day", 7, 2],
  ["اسبوعين", "day", 7, 2],
  ["أسابيع", "day", 7, 0],
  ["اسابيع", "day", 7, 0],
  ["شهر", "month", 1, 1],
  ["شهرين", "month", 1, 2],
  ["شهران", "month", 1, 2],
  ["أشهر", "month", 1, 0],
  ["اشهر", "month", 1, 0],
  ["شهور", "month", 1, 0],
  ["عام", "year", 1, 1],
  ["عامين", "year", 1, 2],
  ["عامان", "year", 1, 2],
  ["أعوام", "year", 1, 0],
  ["اعوام", "year", 1, 0],
  ["سنة", "year", 1, 1],
  ["سنتين", "year", 1, 2],
  ["سنوات", "year", 1, 0]
]

/** Number words from three to ten (both genders, with and without hamza), before a plural unit. */
const AR_COUNTS: Readonly<Record<string, number>> = {
  ثلاثة: 3, ثلاث: 3, أربعة: 4, اربعة: 4, أربع: 4, اربع: 4, خمسة: 5, خمس: 5, ستة: 6, ست: 6, سبعة: 7, سبع: 7, ثمانية: 8,
  ثماني: 8, ثمان: 8, تسعة: 9, تسع: 9, عشرة: 10, عشر: 10
}

const UNIT_BY_WORD = new Map(AR_UNITS.map(([w, u, k, n]) => [w, { unit: u, k, n }]))
const AR_UNIT_SRC = AR_UNITS.map(([w]) => w)
  .sort((a, b) => b.length - a.length)
  .join("|")
const AR_COUNT_SRC = Object.keys(AR_COUNTS)
  .sort((a, b) => b.length - a.length)
  .join("|")
/** An amount of time: a unit word alone or dual, or a count (digits or a word) and a plural unit. */
const AR_AMOUNT = `(?:(\\d{1,2}|${AR_COUNT_SRC})\\s+)?(${AR_UNIT_SRC})`
const NOT_LETTER = "(?![\\u0621-\\u064a])"
const LETTER_BEFORE = "(?<![\\u0621-\\u064a])"

/**
 * Arabic phrases counted from the story: `بعد ذلك بعامين`, `قبل ذلك بثلاثة أشهر` (the amount glued to `ب`), `بعد شهرين
 * من ذلك`, `قبل عام من ذلك` (`ذلك`: "that", the event just told), and `اليوم التالي` ("the following day"; not before
 * `على` or `ل` and a noun: `اليوم التالي لإعلان النتائج` is counted from the announcement, which the text may not date).
 * `العام التالي` and `الشهر التالي` are found by the scanner and follow a date of the paragraph in `resolveDates`.
 */
const STORY_AR = new RegExp(
  `${LETTER_BEFORE}[وف]?(?:(بعد|قبل)\\s+ذلك\\s+ب${AR_AMOUNT}${NOT_LETTER}|(بعد|قبل)\\s+${AR_AMOUNT}\\s+من\\s+ذلك${NOT_LETTER}|(?:في\\s+)?(صباح\\s+|مساء\\s+|ظهر\\s+|فجر\\s+)?اليوم\\s+التالي${NOT_LETTER}(?!\\s+(?:على|ل[\\u0621-\\u064a]{2})))`,
  "g"
)

const amount = (count: string | undefined, word: string): readonly [Unit, number] | null => {
  const u = UNIT_BY_WORD.get(word)
  if (u === undefined) return null
  if (count === undefined) return u.n === 0 ? null : [u.unit, u.n * u.k]
  // a count before a singular or dual unit is not Arabic's way (`ثلاثة عام`); a count of ten or fewer takes the plural
  const c = AR_COUNTS[count] ?? Number(count)
  return u.n === 0 && c >= 3 && c <= 10 ? [u.unit, c * u.k] : null
}

/** `حتى السادسة من `, `إلى الساعة الخامسة من ` right before a part of the day: the end of a range of hours. */
const RANGE_END_BEFORE = /(?:\u062d\u062a\u0649|\u0625\u0644\u0649|\u0627\u0644\u0649)\s+(?:\u0627\u0644\u0633\u0627\u0639\u0629\s+)?[^\s]+\s+(?:\u0645\u0646\s+)?$/

/** The Arabic phrases of `text` counted from a date of the story. */
export const arabicStoryDates = (text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  STORY_AR.lastIndex = 0
  for (let m = STORY_AR.exec(text); m !== null; m = STORY_AR.exec(text)) {
    // the phrase starts after a conjunction glued to it (`وبعد`, `فبعد`)
    const glued = m[0].charCodeAt(0) === 0x0648 || m[0].charCodeAt(0) === 0x0641 ? 1 : 0
    const start = m.index + glued
    const end = m.index + m[0].length
    if (m[1] !== undefined) {
      const a = amount(m[2], m[3]!)
      if (a !== null) out.push(candidate(start, end, a[0], m[1] === "بعد" ? a[1] : -a[1]))
    } else if (m[4] !== undefined) {
      const a = amount(m[5], m[6]!)
      if (a !== null) out.push(candidate(start, end, a[0], m[4] === "بعد" ? a[1] : -a[1]))
    } else if (m[7] === undefined || !RANGE_END_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      // `وحتى السادسة من صباح اليوم التالي`: the end of a clock range over midnight (a curfew's hours), no day of the story
      out.push(candidate(start, end, "day", 1))
    }
  }
  return out
}
