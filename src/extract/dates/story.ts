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
 * Counts are read in the numbers lexicon and Arabic unit words in the date lexicon's `units` ({@link countOf},
 * {@link amountOf}). Every pattern is a run of words with single `\s+` between them: no nested quantifier, linear on
 * any text.
 *
 * @module
 * @internal
 */
import { foldKey } from "../internal/tokens.js"
import { numberLexicons } from "../numbers/lexicon.js"
import type { DateCandidate } from "./extract.js"
import { dateLexicons, type Unit as LexiconUnit } from "./lexicon.js"

type Unit = "day" | "month" | "year"

const candidate = (start: number, end: number, unit: Unit, n: number, week = false): DateCandidate => ({
  start,
  end,
  expr: week ? { t: "same", unit, n, week } : { t: "same", unit, n },
  calendar: "gregorian",
  partOfDay: false,
  time: null
})

/** A unit to the unit counted and how many of it one makes (a week is seven days). */
const unitOf = (unit: LexiconUnit): readonly [Unit, number] => (unit === "week" ? ["day", 7] : [unit, 1])

/** An English unit word of {@link STORY_EN} (`day`, `Week`) as a unit of the lexicon. */
const englishUnit = (word: string): readonly [Unit, number] => unitOf(word.toLowerCase() as LexiconUnit)

/**
 * The value of a count: digits, `a`/`an`, or a number word of the numbers lexicon that is a unit or a ten (`three`,
 * `twenty`, `ثلاثة`, `سبع`: `numberLexicons().words`); else null (`several`, `many`).
 */
export const countOf = (word: string): number | null => {
  if (/^\d+$/.test(word)) return Number(word)
  const w = word.toLowerCase()
  if (w === "a" || w === "an") return 1
  for (const r of numberLexicons().words.get(foldKey(w)[0] ?? w) ?? []) if (r.role === "unit" || r.role === "ten") return r.value
  return null
}

/**
 * English phrases counted from the story. `N units later|earlier` (N: {@link countOf}; not before `than`: `a year
 * earlier than planned` is a comparison with a plan); `the following|previous|preceding unit`; `the next day` (`the
 * next week|month|year` is the stretch from now, as `over the next year` is); `the unit before|after` at a clause's end
 * (`the year before the war` is counted from the war); `the same day|month|year` (not before a year of its own: `the
 * same month of 2004`); `that year` after a preposition or before `'s`. (The preposition is looked behind `that`
 * once `that` has matched: a look-behind first would be tried at every position of the text; the same matches on BBC
 * News, the regex ×1.7.)
 */
const STORY_EN =
  /\b(?:([a-z]+|[1-9]\d?)\s+(day|week|month|year)s?\s+(later|earlier)(?![\w-]|\s+than\b)|the\s+(following|previous|preceding)\s+(day|week|month|year)(?![\w-])|the\s+next\s+day(?![\w-])|the\s+(day|week|month|year)\s+(before|after)(?=\s*[,.;:)]|\s*$)|the\s+same\s+(day|month|year)(?![\w-]|\s+(?:in|of)\s+(?:\d|last\b|the\b|this\b))|that(?<=\b(?:in|of|during|by|until|till|later|earlier|since|for|from|throughout|into)\s+that)\s+(?:same\s+)?year(?![\w-])|that\s+year(?='s\b))/gi

/** The English phrases of `text` counted from a date of the story. */
export const englishStoryDates = (text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  STORY_EN.lastIndex = 0
  for (let m = STORY_EN.exec(text); m !== null; m = STORY_EN.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    if (m[1] !== undefined) {
      const count = countOf(m[1])
      if (count === null) continue
      const [unit, k] = englishUnit(m[2]!)
      out.push(candidate(start, end, unit, count * k * (m[3]!.toLowerCase() === "later" ? 1 : -1)))
    } else if (m[4] !== undefined) {
      const [unit, k] = englishUnit(m[5]!)
      // `the following week`, `the previous week`: that week, not the day seven days away
      out.push(candidate(start, end, unit, m[4].toLowerCase() === "following" ? k : -k, m[5]!.toLowerCase() === "week"))
    } else if (m[6] !== undefined) {
      const [unit, k] = englishUnit(m[6])
      out.push(candidate(start, end, unit, m[7]!.toLowerCase() === "after" ? k : -k, m[6].toLowerCase() === "week"))
    } else if (m[8] !== undefined) {
      out.push(candidate(start, end, englishUnit(m[8])[0], 0))
    } else if (/day$/i.test(m[0])) {
      out.push(candidate(start, end, "day", 1)) // the next day
    } else {
      out.push(candidate(start, end, "year", 0)) // that year
    }
  }
  return out
}

const LETTERS = "[\\u0621-\\u064a]+"
const NOT_LETTER = "(?![\\u0621-\\u064a])"
const LETTER_BEFORE = "(?<![\\u0621-\\u064a])"

/**
 * Arabic phrases counted from the story: `بعد ذلك بعامين`, `قبل ذلك بثلاثة أشهر` (the amount glued to `ب`), `بعد شهرين
 * من ذلك`, `قبل 7 أشهر من ذلك` (`ذلك`: "that", the event just told), and `اليوم التالي` ("the following day"; not before
 * `على` or `ل` and a noun: `اليوم التالي لإعلان النتائج` is counted from the announcement, which the text may not date).
 * The amount's words are read by {@link amountOf}. `العام التالي` and `الشهر التالي` are found by the scanner and follow
 * a date of the paragraph in `resolveDates`.
 */
const STORY_AR = new RegExp(
  `${LETTER_BEFORE}[وف]?(?:(بعد|قبل)\\s+ذلك\\s+ب(${LETTERS}|\\d{1,2})(?:\\s+(${LETTERS}))?|(بعد|قبل)\\s+(?:(\\d{1,2}|${LETTERS})\\s+)?(${LETTERS})\\s+من\\s+ذلك${NOT_LETTER}|(?:في\\s+)?(صباح\\s+|مساء\\s+|ظهر\\s+|فجر\\s+)?اليوم\\s+التالي${NOT_LETTER}(?!\\s+(?:على|ل[\\u0621-\\u064a]{2})))`,
  "dg"
)

/**
 * An amount of time in Arabic: a unit word of the date lexicon (`units` of calendar-words.json, by its folded key, so
 * `أشهر` and `اشهر` are one) alone in the singular or the dual (`عام`, `شهرين`), or in the plural after a count of
 * three to ten ({@link countOf}: `ثلاثة أشهر`, `7 اشهر`); as the unit counted and how many; else null.
 */
const amountOf = (count: string | undefined, word: string): readonly [Unit, number] | null => {
  const u = dateLexicons().units.get(foldKey(word)[0] ?? word)
  if (u === undefined || u.definite) return null
  const [unit, k] = unitOf(u.unit)
  if (count === undefined) return u.count === 0 ? null : [unit, u.count * k]
  // a count before a singular or dual unit is not Arabic's way (`ثلاثة عام`); a count of ten or fewer takes the plural
  const c = countOf(count)
  return u.count === 0 && c !== null && c >= 3 && c <= 10 ? [unit, c * k] : null
}

/** `حتى السادسة من `, `إلى الساعة الخامسة من ` right before a part of the day: the end of a range of hours. */
const RANGE_END_BEFORE = /(?:\u062d\u062a\u0649|\u0625\u0644\u0649|\u0627\u0644\u0649)\s+(?:\u0627\u0644\u0633\u0627\u0639\u0629\s+)?[^\s]+\s+(?:\u0645\u0646\s+)?$/

/** A phrase that opens with `في` or `فجر` (not a glued `ف`): what {@link STORY_AR}'s third branch may start with. */
const OWN_FA = /^\u0641(?:\u064a|\u062c\u0631)\s/

/** The Arabic phrases of `text` counted from a date of the story. */
export const arabicStoryDates = (text: string): Array<DateCandidate> => {
  const out: Array<DateCandidate> = []
  // each phrase has `ذلك` or `التالي`, and four texts in ten have neither: two searches for them spare the expression
  // (which tries every word of the text)
  if (!text.includes("\u0630\u0644\u0643") && !text.includes("\u062a\u0627\u0644\u064a")) return out
  STORY_AR.lastIndex = 0
  for (let m = STORY_AR.exec(text); m !== null; m = STORY_AR.exec(text)) {
    // the phrase starts after a conjunction glued to it (`وبعد`, `فبعد`, `وفي`); the ف of `في` and `فجر` is their own
    const glued = m[0].charCodeAt(0) === 0x0648 || (m[0].charCodeAt(0) === 0x0641 && !OWN_FA.test(m[0])) ? 1 : 0
    const start = m.index + glued
    const at = m.indices!
    if (m[1] !== undefined) {
      // `بعد ذلك بعامين` (the unit alone), else `بعد ذلك بثلاثة أشهر` (a count, then the unit); unless the word after
      // the glued one is the amount's, the next search starts right after the glued word
      const alone = amountOf(undefined, m[2]!)
      const counted = alone === null && m[3] !== undefined ? amountOf(m[2], m[3]) : null
      const end = counted !== null ? at[3]![1] : at[2]![1]
      STORY_AR.lastIndex = end
      const a = alone ?? counted
      if (a !== null) out.push(candidate(start, end, a[0], m[1] === "بعد" ? a[1] : -a[1]))
    } else if (m[4] !== undefined) {
      const a = amountOf(m[5], m[6]!)
      if (a !== null) out.push(candidate(start, m.index + m[0].length, a[0], m[4] === "بعد" ? a[1] : -a[1]))
    } else if (m[7] === undefined || !RANGE_END_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) {
      // `وحتى السادسة من صباح اليوم التالي`: the end of a clock range over midnight (a curfew's hours), no day of the story
      out.push(candidate(start, m.index + m[0].length, "day", 1))
    }
  }
  return out
}
