/**
 * English dates: `chrono-node` (its casual British parser, day before month
 * in numeric dates) wrapped so that its results become the same expressions
 * as the Arabic scanner's, plus the bare years and decades chrono does not
 * read (`in 2004`, `since 1999`, `the 1998 US Open`, `the 1990s`, `has made
 * 2004 its best year`, `Euro 2004`). Results
 * that are no date in news are dropped: counted stretches (`the last 12
 * months`), odds (`5/4`), generic weekdays (`on a Friday`), counts from the
 * story (`two years later`), BBC Radio 4's `Today`, a `weekend` that names
 * none (`its opening weekend`), a month in lower case (`troops to march`).
 * Seasons (`last summer`), `last May`, `early May` and holidays (`before Christmas`, `by
 * Easter`), which chrono does not read, are khabar's.
 *
 * chrono resolves every phrase against a reference instant. The wrapper gives
 * it a fixed one and turns what it resolved relative to it back into shifts
 * (`yesterday` = day −1, `last month` = month −1), so the expressions do not
 * depend on the reference and are resolved later like the Arabic ones.
 * Weekdays, and days and months without a year, are resolved by the tense
 * of their clause (`english-tense.ts`: `said on Friday` is the Friday
 * before; `will meet on Friday`, `opens on 19 May` the next one), not by
 * chrono's nearest-day rule. Each sentence is parsed on its own, so chrono never joins
 * two phrases across a full stop, and only if it may hold a date the wrapper
 * keeps, with only the parsers that can match in it (`english-trigger.ts`:
 * the same dates, several times fewer regex runs).
 *
 * @module
 */
import * as chrono from "chrono-node"
import { BREAK, NUM, PUNCT, WORD, isCapitalized, type Tokens } from "../internal/tokens.js"
import { numberLexicons } from "../numbers/lexicon.js"
import { dayNumber, weekStart } from "../../calendar/gregorian.js"
import { MAY_HAVE_DATE, PARSER_NEEDS, chronoTriggers } from "./english-trigger.js"
import { clauseTense, type Tense } from "./english-tense.js"
import { withYearOf, type Clock, type Dir, type Expr } from "./expr.js"
import { englishYearWords } from "./english-years.js"
import { escapeRegExp } from "../internal/regex.js"
import { countOf } from "./story.js"
import { dateLexicons } from "./lexicon.js"

/**
 * The patterns that name months and weekdays, built on first use from `en/months.json`
 * ({@link DateLexicons.englishMonths}: the full names, the news-style abbreviations, and the three letters every name and
 * abbreviation starts with, `jan` … `dec`, which `Sept` and `September` share) and from the weekdays' abbreviations of
 * `en/weekdays.json`.
 */
interface NamePatterns {
  /** A month's abbreviation alone (`Dec.`, `Dec`, `DEC`): no day, no year. */
  readonly abbreviationAlone: RegExp
  /**
   * A weekday's abbreviation alone, any case (`Sun`, `Sat.`, `wed`): in running news text the newspaper or the company
   * (`publishes The Sun`, `Sun said`) or a verb (`sat down`, `intending to wed`), never the day (all nine on BBC News).
   */
  readonly weekdayAbbreviationAlone: RegExp
  /** A month's name or abbreviation at the start, any case (`3 March`: the number before it is its day; the first of `Jan and Feb` is a month, not a name). */
  readonly atStart: RegExp
  /** A word that starts as a month does, any case (`next Thursday, 4 November` is that day, not a shift from now). */
  readonly anyWord: RegExp
  /** A month's full name, capitalised (a month named before: `in the month` is that one). */
  readonly named: RegExp
  /** A month's full name written in lower case (case-sensitive). */
  readonly lowerNamed: RegExp
  /** `between July and ` before a month that chrono read apart from the first (`between July and September 2004`). */
  readonly betweenMonths: RegExp
  /** The end of an initial (`J.`) or an abbreviation (`Mr.`, `Jan.`) before a full stop, which then ends no sentence. */
  readonly abbreviationEnd: RegExp
  /** A sentence without one of these is not given to chrono (a loose test, kept as it was: it decides which sentences chrono sees). */
  readonly looseTrigger: RegExp
  /**
   * A bare `24` before a word that makes it no day and no clock time (`Last year 24 provinces`, `on Friday 24 people`):
   * chrono reads it as the hour 24 of the date before it, an hour it then finds invalid, and drops the date with it
   * (`Last year 23 provinces` keeps `Last year`, the hour cut by {@link BARE_HOUR_TAIL}). Not before a month's three
   * letters, a unit of time, `am`/`pm` or a range's `and`/`to`/`or` (`24 and 25 May`). Global: {@link forChrono}
   * replaces every one.
   */
  readonly bare24: RegExp
}
let namePatterns: NamePatterns | undefined
const calendarNames = (): NamePatterns => {
  if (namePatterns === undefined) {
    const { names, abbreviations } = dateLexicons().englishMonths
    const alternation = (forms: ReadonlyArray<string>) => forms.map(escapeRegExp).join("|")
    const prefixes = alternation([...new Set(names.map((n) => n.slice(0, 3).toLowerCase()))])
    namePatterns = {
      abbreviationAlone: new RegExp(`^(?:${alternation([...abbreviations, ...abbreviations.map((a) => a.toUpperCase())])})\\.?$`),
      weekdayAbbreviationAlone: new RegExp(`^(?:${alternation(dateLexicons().englishWeekdayAbbreviations)})\\.?$`, "i"),
      atStart: new RegExp(`^(?:${prefixes})`, "i"),
      anyWord: new RegExp(`\\b(?:${prefixes})[a-z]*\\b`, "i"),
      named: new RegExp(`\\b(?:${alternation(names)})\\b`),
      lowerNamed: new RegExp(`\\b(?:${alternation(names.map((n) => n.toLowerCase()))})\\b`),
      betweenMonths: new RegExp(`\\bbetween\\s+((?:${prefixes})[a-z]*(?:\\s+\\d{4})?)(\\s+and\\s+)$`, "i"),
      abbreviationEnd: new RegExp(`(?:^|\\s)(?:[A-Z]|Mr|Mrs|Ms|Dr|St|No|${alternation(abbreviations)})$`),
      looseTrigger: new RegExp(`\\d|day|month|week|year|night|morning|evening|afternoon|${prefixes}|tonight|tomorrow|noon|midnight|ago`, "i"),
      bare24: new RegExp(`(?<![\\d.,:/\\u00a3$\\u20ac-])\\b24 +(?!(?:hours?|hrs?|h|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|decades?|centur(?:y|ies)|am|pm|a\\.m|p\\.m|and|or|to|${prefixes})\\b)(?=[a-z])`, "g")
    }
  }
  return namePatterns
}

/** The year readers' word lists (`english-years.json`). */
const yw = englishYearWords
/** `early`, `mid`, `late`: the English adjectives of a part of a period (`periodModifiers` in `calendar-words.json`). */
const isPartAdjective = (k: string): boolean => dateLexicons().periodParts.enAdjectives.has(k)

/** An English date phrase with its original span. */
export interface EnglishFound {
  readonly start: number
  readonly end: number
  readonly expr: Expr | null
  readonly partOfDay: boolean
  readonly time: Clock | null
}

/** The fixed instant chrono resolves against (a Wednesday, noon UTC). */
const ANCHOR = new Date(Date.UTC(2000, 5, 14, 12, 0, 0))
const ANCHOR_YEAR = 2000
const ANCHOR_DAY = dayNumber(ANCHOR_YEAR, 6, 14)

const parser = chrono.en.GB
/** The reference chrono reads (the same object for every call: chrono only reads it). */
const REFERENCE: chrono.ParsingReference = { instant: ANCHOR, timezone: 0 }

/**
 * Whether `parser`'s parsers are the ones `PARSER_NEEDS` describes, in its
 * order (false with another chrono version or minified class names: then
 * every sentence gets the whole parser).
 */
const knownParsers =
  parser.parsers.length === PARSER_NEEDS.length && parser.parsers.every((p, i) => p.constructor.name === PARSER_NEEDS[i]![0])

/** chrono with only the parsers of `parser` that can match (`english-trigger.ts`), by the set of them, made once. */
const subsets = new Map<number, chrono.Chrono>()

/** The parser for a sentence with the trigger bits `bits`: the same results as `parser`, without the parsers that cannot match. */
const parserFor = (bits: number): chrono.Chrono => {
  if (!knownParsers) return parser
  let key = 0
  for (let i = 0; i < PARSER_NEEDS.length; i++) {
    const needs = PARSER_NEEDS[i]![1]
    if ((bits & needs) === needs) key |= 1 << i
  }
  let c = subsets.get(key)
  if (c === undefined) {
    c = new chrono.Chrono({ parsers: parser.parsers.filter((_, i) => (key & (1 << i)) !== 0), refiners: parser.refiners })
    subsets.set(key, c)
  }
  return c
}

/** The tags of chrono's casual day words (`ENCasualDateParser`; `last night` and `overmorrow` carry only the parser's tag). */
const CASUAL_DAY = new Set(["casualReference/now", "casualReference/today", "casualReference/tomorrow", "casualReference/tonight", "casualReference/yesterday", "parser/ENCasualDateParser"])
/** A phrase chrono resolved relative to its reference is a date only with one of these words; otherwise it is a duration (`within 62 days`, `20 years`). */
const RELATIVE_WORDS = /\b(?:ago|last|next|this|yesterday|today|tomorrow|tonight|later|earlier)\b/i
const FUTURE =
  /\b(?:will|shall|'ll|is to|are to|is due|are due|due (?:on|in|at|by|for|to be)|is expected|are expected|plans? to|scheduled|going to|next|ahead of|set to|upcoming|forthcoming|between now and)\b/i
/** `later on ` right before a weekday (see {@link keepResults}). */
const LATER_ON = /\blater\s+on\s+$/i
/** What may stand before a phrase that opens its sentence: marks and a conjunction (`But later on Saturday`). */
const STORY_OPENING = /^[\s"'\u201c\u2018(-]*(?:(?:but|and|then|so|yet)\s+)?$/i
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|tonight|noon|midnight|dawn)\b/i
const SKIP = /^(?:now|right now|just now|the moment)$/i

type Components = chrono.ParsedComponents

const dayOf = (c: Components): number => dayNumber(c.get("year")!, c.get("month")!, c.get("day")!)

/**
 * `future`: the sentence has a future cue near the date (the loose rule, which weighs the nearest day);
 * `tense`: the clause's verb (`english-tense.ts`), which decides the side of the reference outright when it speaks.
 */
/** `this year`, `last year`, `next year` inside a mention. */
const RELATIVE_YEAR = /\b(?:this|last|next)\s+year\b/i

/** `this` and a part of the day, the whole mention ({@link exprOf}); not `This Morning` (ITV's programme: `told ITV1's This Morning`). */
const THIS_PART_OF_DAY = /^[Tt]his\s+(?:morning|afternoon|evening)$/

const exprOf = (c: Components, text: string, relative: boolean, future: boolean, tense: () => Tense): Expr | null => {
  const Y = c.isCertain("year")
  const M = c.isCertain("month")
  const D = c.isCertain("day")
  const W = c.isCertain("weekday")
  const y = c.get("year")!
  const m = c.get("month")!
  const d = c.get("day")!
  // `next Thursday, 4 November`: the day and month are written, the word only tells the side (chrono's day is from its
  // own anchor, so a shift from it would be a day of no meaning)
  // `end of January this year`, `5 May next year` read as one result: the month (and day) written, the year chrono
  // counted from its own anchor; the year is the reference's, shifted (not a day shift from the anchor)
  if (relative && M && Y && RELATIVE_YEAR.test(text) && calendarNames().anyWord.test(text)) {
    const yearShift = y - ANCHOR_YEAR
    return D ? { t: "date", cal: "gregorian", y: null, m, d, yearShift } : { t: "month", cal: "gregorian", y: null, m, dir: null, yearShift }
  }
  const written = D && M && !Y && calendarNames().anyWord.test(text)
  if (written && relative) {
    const side = /\bnext\b/i.test(text) ? 1 : /\blast\b/i.test(text) ? -1 : 0
    const e: Expr = { t: "date", cal: "gregorian", y: null, m, d, future }
    return side === 0 ? withSide(e, tense()) : { ...e, side, future: side === 1 }
  }
  if (relative) {
    // `this morning`, `this afternoon`, `this evening`: the reference's day (chrono gives an implied hour, no day)
    if (THIS_PART_OF_DAY.test(text)) return { t: "shift", unit: "day", n: 0 }
    if (/\bweeks?\b/i.test(text)) {
      // chrono reads `this week` as the Sunday that starts its week, which is in the ISO week before (Monday first)
      if (/\bthis\s+week\b/i.test(text)) return { t: "shift", unit: "week", n: 0 }
      return { t: "shift", unit: "week", n: Math.round((weekStart(dayOf(c)) - weekStart(ANCHOR_DAY)) / 7) }
    }
    if (D) return { t: "shift", unit: "day", n: dayOf(c) - ANCHOR_DAY }
    if (M) return { t: "shift", unit: "month", n: (y - 2000) * 12 + (m - 6) }
    if (Y) return { t: "shift", unit: "year", n: y - 2000 }
  }
  if (D && M) return Y ? { t: "date", cal: "gregorian", y, m, d } : withSide({ t: "date", cal: "gregorian", y: null, m, d, future }, tense())
  if (M) {
    if (Y) return { t: "month", cal: "gregorian", y, m, dir: null }
    // `last June`, `next March`, `this May`: the word decides, not the tense
    const dir: Dir | null = /^last\b/i.test(text) ? -1 : /^next\b/i.test(text) ? 1 : /^this\b/i.test(text) ? 0 : null
    return dir !== null ? { t: "month", cal: "gregorian", y: null, m, dir } : withSide({ t: "month", cal: "gregorian", y: null, m, dir: null, future }, tense())
  }
  if (W) {
    const wd = c.get("weekday")!
    const dir: Dir | null = /\blast\b/i.test(text) ? -1 : /\bnext\b/i.test(text) ? 1 : /\bthis\b/i.test(text) ? 0 : null
    if (dir !== null) return { t: "weekday", wd, dir, future: false }
    const side = tense()
    return { t: "weekday", wd, dir, future: side === 0 ? future : side === 1 }
  }
  if (Y && !c.isCertain("hour")) return { t: "year", cal: "gregorian", y }
  return null
}

/** A date or month without a year with the side of the reference its clause's tense gives (none for 0). */
const withSide = <E extends Expr & { t: "date" | "month" }>(e: E, tense: Tense): E => (tense === 0 ? e : { ...e, side: tense, future: tense === 1 })

/**
 * The longest piece (code units) chrono reads at once. chrono's time grows
 * faster than the length of what it reads (a 336 KB run-on "sentence" of
 * dates took it 3.3 times as long as half of it), so a longer sentence is cut
 * at a comma or a space before this length; news sentences are far shorter.
 */
const MAX_PIECE = 1000

/** Pushes `[s, e)` to `out`, cut into pieces of at most {@link MAX_PIECE} at the last `,` `;` or space before the limit. */
const pushPiece = (text: string, s: number, e: number, out: Array<[number, number]>): void => {
  while (e - s > MAX_PIECE) {
    let cut = -1
    for (let i = s + MAX_PIECE; i > s + MAX_PIECE / 2 && cut < 0; i--) {
      const c = text.charCodeAt(i)
      if (c === 0x2c || c === 0x3b) cut = i + 1
    }
    for (let i = s + MAX_PIECE; i > s && cut < 0; i--) if (text.charCodeAt(i) === 0x20) cut = i
    if (cut < 0) cut = s + MAX_PIECE
    out.push([s, cut])
    s = cut
  }
  if (e > s) out.push([s, e])
}

/**
 * The characters that may end a sentence or a line. {@link sentences} jumps from one to the next
 * with this regex (set `lastIndex`, then `test`: no match array) rather than reading every
 * character in a loop of its own, three to four times slower on the BBC articles.
 */
const SENTENCE_MARK = /[\n\r.!?;]/g

/** Sentence pieces of `text[from, to)`, split at sentence ends and line breaks (and long ones cut: {@link MAX_PIECE}): chrono runs on each alone. */
const sentences = (text: string, from: number, to: number): Array<[number, number]> => {
  const out: Array<[number, number]> = []
  let s = from
  // the marks are searched in the range alone (a slice shares the text's characters): in the whole text, a line
  // that ends in a break the regex does not know (U+2028, a form feed) would send it on to the next mark of the
  // article, once per line
  const range = text.slice(from, to)
  SENTENCE_MARK.lastIndex = 0
  while (SENTENCE_MARK.test(range)) {
    const i = from + SENTENCE_MARK.lastIndex - 1
    const c = text.charCodeAt(i)
    // a line break ends a sentence too (a paragraph, a heading, a fixture line: no date runs across one)
    if (c === 0x0a || c === 0x0d) {
      pushPiece(text, s, i, out)
      s = i + 1
      continue
    }
    if ((c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3b) && i + 1 < to && text.charCodeAt(i + 1) === 0x20) {
      // a full stop after a single capital (initials) or an abbreviation (Mr.) does not end a sentence
      const prev2 = text.slice(Math.max(from, i - 3), i)
      if (c === 0x2e && calendarNames().abbreviationEnd.test(prev2)) continue
      pushPiece(text, s, i + 1, out)
      s = i + 2
    }
  }
  pushPiece(text, s, to, out)
  return out
}

/** A sentence mark, a closing quote and a space: `… in Arese." Reuters also said …`. */
const QUOTE_END = /[.!?;]["'\u201d\u2019] /g

/**
 * Where the sentences that end in a mark and a closing quote (`… in Arese." Reuters also said …`) start inside the piece
 * `sentence`. chrono reads the piece whole (as many calls as before: a call has a cost of its own), and each
 * sentence's dates are then read with that sentence alone, so that a quoted `will` does not tell the tense of the
 * next sentence's dates.
 */
const quoteCuts = (sentence: string): Array<number> => {
  const cuts: Array<number> = []
  QUOTE_END.lastIndex = 0
  for (let m = QUOTE_END.exec(sentence); m !== null; m = QUOTE_END.exec(sentence)) {
    const k = m.index
    if (sentence.charCodeAt(k) === 0x2e && calendarNames().abbreviationEnd.test(sentence.slice(Math.max(0, k - 3), k))) continue
    cuts.push(k + 3)
  }
  return cuts
}

/** {@link keepResults} for each sentence of the piece `sentence` ({@link quoteCuts}) with the results that start in it. */
const keepBySentence = (sentence: string, from: number, results: ReadonlyArray<chrono.ParsedResult>, out: Array<EnglishFound>): void => {
  if (results.length === 0) return
  const cuts = sentence.length > 3 ? quoteCuts(sentence) : []
  if (cuts.length === 0) {
    keepResults(sentence, from, results, out, 0)
    return
  }
  let s = 0
  for (let k = 0; k <= cuts.length; k++) {
    const e = k < cuts.length ? cuts[k]! : sentence.length
    const mine = results.filter((r) => r.index >= s && r.index < e)
    // the sentence ends after its closing quote; the space after it belongs to no sentence
    if (mine.length > 0) keepResults(sentence.slice(s, k < cuts.length ? e - 1 : e), from + s, mine, out, s)
    s = e
  }
}

/** How far after a date (in code units) a future cue still speaks of it. */
const FUTURE_AFTER = 40

/**
 * `the last 12 months`, `the next two weeks`, `the past few years`: chrono reads the day that many units away, but
 * the phrase names the whole stretch up to (or from) now, a duration and no date.
 */
const COUNTED_STRETCH =
  /^(?:last|past|next|coming)\s+(?:\d+|a\s+few|a\s+couple\s+of|couple\s+of|[a-z]+)\s+(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?)$/i
/** `last year`, `past week`, `next month` after `the` (`in the last year`): the stretch up to or from now, no date. */
const THE_STRETCH = /^(?:last|past|next|coming)\s+(?:week|month|year)$/i
/** `last week`, `this month`, `next year`: a period relative to now, but not after `the` and before `of` (`the last week of December`, `the last year of his term`). */
const RELATIVE_PERIOD = /^(?:this|last|past|next)\s+(?:week|month|year)$/i
/** `end of last year`, `the last day of this month`: chrono's end-of-period refiner (`ENEndOfPeriodRefiner`) read it as that last day. */
const END_OF_RELATIVE = /^(?:end|last\s+day)\s+of\s+(?:the\s+)?(this|last|past|next)\s*(week|month|year)$/i
/** A weekday that names any such day (`on a Friday`, `every Monday`, `a Friday or Saturday night`), not one date. */
const ANY_WEEKDAY = /\b(?:a|every|each|any)\s+(?:[A-Za-z]+\s+(?:or|and)\s+)?$/i
/** `last`, `next`, `this` right before a month. */
const DIR_BEFORE = /\b(last|next|this)\s+$/i
/** `this year`, `last year`, `next year` right after a month or a day without a year. */
const YEAR_AFTER = /^,?\s+(?:of\s+)?(this|last|next)\s+year\b/i
/** A count of units before `later` or `earlier` (not `later this week`, which chrono reads with its period). */
const STORY_SHIFT = /\s(?:later|earlier)$/i
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39
/** A weekday with its part of the day (`Saturday morning`, `Sunday night`): group 1 the part. */
const WEEKDAY_PART = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+(morning|afternoon|evening|night)$/i
/** A possessive right before a weekday's part of the day (`the channel's Saturday morning`, `their Sunday night`): a weekly slot. */
const SLOT_OWNER = /(?:[A-Za-z0-9]['\u2019]s?|\b(?:my|your|his|her|its|our|their))\s+$/i
/** What stands before a weekday's part of the day that dates it (`on`, `since`, `until`, `by`, `last`…): then no slot. */
const SLOT_DATED = /\b(?:on|in|at|since|until|till|by|during|from|to|before|after|throughout|of|last|this|next|early|late|over|for)\s+$/i
/** The word after a weekday's part of the day: a lower-case word, or a capitalised one (a title's next word). */
const SLOT_NEXT = /^\s+([A-Za-z]+)/
/** A capitalised word and `and`/`&` before a month's abbreviation (`Ant and Dec`, `Ant & Dec`): a pair of names. */
const NAME_PAIR_BEFORE = /\b([A-Z][a-z]+)\s+(?:and|&)\s+$/
/** What stands before a `Today` that is a name: a word or a comma on the same sentence (not its start, nor a quote's). */
const TODAY_AS_NAME = /[A-Za-z0-9,]\s+$/
/** A noun's `of` right before `today` (`the people of today`): "nowadays". */
const NOWADAYS_OF = /\b[a-z]{2,}\s+of\s+$/
/** The words before `of today` that make it the day (`as of today`, `the end of today`, `the rest of today`). */
const OF_TODAY_DAY = /\b(?:as|end|start|beginning|rest|close|course|morning|afternoon|evening|night|part|events?|business|meeting|session|programme|schedule)\s+of\s+$/i
/** A possessive `'s` after a word. */
const POSSESSIVE_AFTER = /^['\u2019]s/
/** A weekday's full name alone (`Sunday`). */
const WEEKDAY_ALONE = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/
/** `the` right before a word. */
const THE_BEFORE = /\bthe\s+$/i
/** A capitalised word right after a space (`Times`, `Express`). */
const NAME_AFTER = /^ [A-Z][a-z]/
/** Currency signs: digits right after one are an amount, not a clock time. */
const CURRENCY = new Set([0x24, 0xa3, 0x20ac])
/** The amount chrono took for a time (`12.33`, `133m`), with the `on` or `at` after it (linear: one run of digits, one of spaces). */
const MONEY_LEAD = /^\d+(?:[.:]\d+)?(?:bn|m|k)?\s*(?:(?:on|at)\s+)?/i
/**
 * A bare number before the date that chrono took for an hour (`15 on Monday` in a list of daily counts, `30-20 nine
 * days ago` after a score), with the `on` after it: no `am`, `pm`, colon or `o'clock`, so a count, not a clock time.
 */
const BARE_HOUR_LEAD = /^\d{1,2}(?:\.\d+)?\s+(?:on\s+)?(?=[A-Za-z])/
/** The same after the date (`Friday 15 protesters`, `ending Friday 0.2% lower`). */
const BARE_HOUR_TAIL = /\s+\d{1,2}(?:\.\d+)?$/
/** What makes a number beside a date a clock time (`8am`, `10.38pm`, `noon`, `10:30`, `six o'clock`). */
const CLOCK_WORD = /\d\s*(?:am|pm|a\.m|p\.m)\b|noon|midnight|midday|o'clock|:\d/i
/** `at` before such a number: `Friday at 10` is a clock time. */
const AT_END = /\bat$/i
/**
 * `the last minute`, `the last 200m` (of a race), `the last hours of his life`: chrono reads a time a minute, 200
 * minutes or an hour before now; no date (a counted stretch, `the last 12 hours`, is {@link COUNTED_STRETCH}).
 */
const LAST_MOMENT = /^(?:last|final)\s+(?:minute|hours?|\d+\s*m)$/i
/** What stands before the month of a financial year (`for the year to March`, `in the 12 months to June`). */
const YEAR_TO = /\b(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended)\s+$/i
/** `the year to`, `the 12 months ending` before the month that ends a financial year, at the start of chrono's text. */
const YEAR_TO_LEAD = /^the\s+(?:year|12\s+months|twelve\s+months)\s+(?:to|ending|ended)\s+/i
/** A future verb right after a financial year (`for the year to March will fall`, `… is expected to`); the words before it are the year's own (`to March 2005`, `of the firm`). */
const YEAR_TO_FUTURE = /^[^.,;:!?]{0,24}?\b(?:will|would|is\s+(?:expected|set|forecast|likely|due)|are\s+(?:expected|set|forecast|likely|due))\b/i
/** `weekend` in chrono's text. */
const WEEKEND_WORD = /weekend/i
/** What stands right before a `weekend` that is one (`at the weekend`, `over the weekend`); not an adjective (`the first weekend`, `its opening weekend`). */
const WEEKEND_BEFORE = /\bthe\s+$/i
/** `the weekend of 9 and 10 July` (the weekend of the days after it), `the weekend before last`. */
const WEEKEND_OF = /^\s+(?:of|before|after)\b/i
/** A day of the month after a weekday (`Friday the 13th`). */
const ORDINAL_DAY_AFTER = /^\s+the\s+\d{1,2}(?:st|nd|rd|th)\b/i
/** Before a month in lower case that is a month: a preposition or a direction (`in march`, `since may`, `last march`). */
const LOWER_MONTH_BEFORE = /\b(?:in|since|until|till|by|from|early|late|mid|last|next|this|of|on|on\s+\d{1,2})[\s-]+$/i
/** `between 10 and ` before a day and a month that chrono read alone (`between 10 and 12 November`). */
const BETWEEN_DAYS = /\bbetween\s+(\d{1,2})(?:st|nd|rd|th)?\s+and\s+$/i
/** A count of units before `ago` in chrono's text (`40 years ago`, `three weeks ago`): group 1 the count. */
const AGO_COUNT = /^(\d{1,4}|[a-z]+)\s+(?:day|week|month|year)s?\s+ago$/i
/** `30 or ` before such a count (`30 or 40 years ago`): group 1 the first count, group 2 the ` or `. */
const OR_COUNT = /(?<![\w-])(\d{1,4}|[a-z]+)(\s+or\s+)$/i
/** The value of a count before `ago`: digits or a number word of the numbers lexicon (`three`, `twenty`), else null. */
const agoCount = (w: string): number | null => {
  if (/^\d+$/.test(w)) return Number(w) > 0 ? Number(w) : null
  for (const r of numberLexicons().words.get(w.toLowerCase()) ?? []) if (r.role === "unit" || r.role === "ten") return r.value
  return null
}
/** What may stand before a numeric day/month without a year that is a date (`on 5/4`); otherwise it is odds, a score or a fraction (`5/4 favourite`). */
const ON_BEFORE = /\bon\s+$/i

/** The dates the wrapper keeps of chrono's `results` on `sentence`, which starts at `from` in the original text, added to `out` (`shift`: where `sentence` starts in the piece chrono read, which `results` index). */
const keepResults = (sentence: string, from: number, results: ReadonlyArray<chrono.ParsedResult>, out: Array<EnglishFound>, shift: number): void => {
  if (results.length === 0) return
  // the sentence speaks of the future for a date when a cue stands before it or just after it (`will meet on Friday`,
  // `Friday's match is set to`), not in a clause further on (`revealed on Sunday that …, which looks set to …`)
  const cue = FUTURE.exec(sentence)
  const firstCue = cue === null ? -1 : cue.index
  for (let r of results) {
    // the preposition chrono reads with the date (on Friday, in March) is not part of the mention
    const lead = /^(?:on|in|at|since|by|from|during|of|for|until|till|before|after)\s+/i.exec(r.text)
    // and the comma or space it reads after it is not either, nor an `of` it took looking for a year (`in October of
    // its anti-coagulant pill`: `October`)
    let t = (lead === null ? r.text : r.text.slice(lead[0].length)).replace(/[\s,;:]+$/, "").replace(/\s+of$/i, "")
    if (t.length === 0 || SKIP.test(t)) continue
    let at = r.index - shift + (lead === null ? 0 : lead[0].length)
    // a money amount is no clock time (`fell $12.33 on Tuesday`, `a loss of $793m a year ago`): chrono reads the
    // digits as 12:33 (and `793m` as 7:93, which moves the day); the words after the amount are read again alone,
    // and the amount alone is nothing
    if (at > 0 && CURRENCY.has(sentence.charCodeAt(at - 1))) {
      const amount = MONEY_LEAD.exec(t)
      if (amount === null || amount[0].length === t.length) continue
      at += amount[0].length
      t = t.slice(amount[0].length)
      const again = parser.parse(t, REFERENCE)[0]
      if (again === undefined || again.index !== 0 || again.text.replace(/[\s,;:]+$/, "") !== t || again.start.isCertain("hour")) continue
      r = again
    }
    // a bare number chrono took for an hour (`Friday 15 protesters`, `15 on Monday`, `ending Friday 0.2% lower`, `beat
    // a side 30-20 nine days ago`): a count, a share or a score, not a clock time; the date beside it is read again alone
    if (r.start.isCertain("hour") && (lead === null || !/^at\s/i.test(lead[0])) && !CLOCK_WORD.test(t)) {
      const bare = BARE_HOUR_LEAD.exec(t) ?? BARE_HOUR_TAIL.exec(t)
      const rest = bare === null ? "" : bare.index === 0 ? t.slice(bare[0].length) : t.slice(0, bare.index)
      // the rest must be a date of its own (`Friday`, `nine days ago`; not `3 March` less its day, nor `8 to` of `from 8 to 10`)
      const again = bare === null || rest.length === 0 || AT_END.test(rest) || (bare.index === 0 && calendarNames().atStart.test(rest)) ? undefined : parser.parse(rest, REFERENCE)[0]
      if (bare !== null && again !== undefined && again.index === 0 && again.text.replace(/[\s,;:]+$/, "") === rest && !again.start.isCertain("hour")) {
        if (bare.index === 0) at += bare[0].length
        t = rest
        r = again
      }
    }
    if (LAST_MOMENT.test(t)) continue
    // `may` in lower case alone is the modal verb (`what he believed in may impress voters`), not the month
    if (t === "may") continue
    // `in the year to March 2005`: chrono reads a range from `the year` (a year from now) to the month; the month alone
    // is the date (the year before it is said by its end)
    const yearTo = YEAR_TO_LEAD.exec(t)
    if (yearTo !== null && r.end != null) {
      at += yearTo[0].length
      t = t.slice(yearTo[0].length)
      const again = parser.parse(t, REFERENCE)[0]
      if (again === undefined || again.index !== 0 || again.text.replace(/[\s,;:]+$/, "") !== t) continue
      r = again
    }
    const tags = r.tags()
    // a day chrono read from the reference (`today`, `yesterday`, `tonight`); the casual times (`noon`, `evening`)
    // only give the hour, and leave a date they join absolute (`3 March 2005 at noon`)
    let casual = false
    for (const x of tags) if (CASUAL_DAY.has(x)) casual = true
    const relativeWord = RELATIVE_WORDS.test(t)
    const relative = tags.has("result/relativeDate") || casual || relativeWord
    if (relative && !casual && !relativeWord) continue
    if (relative && COUNTED_STRETCH.test(t)) continue
    // `two years later`, `a year earlier`, `ten minutes later`: counted from a time of the story (`sales rose from
    // £125m a year earlier`, `Two years later he played …`), not from the reference; chrono counts them from now
    if (relative && STORY_SHIFT.test(t)) continue
    // the tail of a number chrono read from its thousands separator on (`6,000 years ago` read as `000 years ago`)
    if (at > 1 && isDigit(t.charCodeAt(0)) && sentence.charCodeAt(at - 1) === 0x2c && isDigit(sentence.charCodeAt(at - 2))) continue
    const before = sentence.slice(Math.max(0, at - 40), at)
    if (RELATIVE_PERIOD.test(t) && /\bthe\s+$/i.test(before) && /^\s+of\b/i.test(sentence.slice(at + t.length, at + t.length + 8))) continue
    // `in the last year`, `over the past week`, `within the next month`: with `the` before it the period is the stretch
    // up to (or from) now, a duration like `the last 12 months` ({@link COUNTED_STRETCH}), not the calendar period
    if (THE_STRETCH.test(t) && /\bthe\s+$/i.test(before)) continue
    // `Today` with a capital inside a sentence is BBC Radio 4's programme (`told BBC Radio 4's Today programme`,
    // `Mr Davis told Today:`) or a title (`The Day Today`), not today
    if (t.startsWith("Today") && TODAY_AS_NAME.test(before)) continue
    // `the people of today`, `the children of today`, `the web of today`: `today` after a noun's `of` is "nowadays",
    // no day (not `as of today`, `the end of today`, nor `of today's auction`, whose `today's` may be the day's)
    if (t === "today" && NOWADAYS_OF.test(before) && !OF_TODAY_DAY.test(before) && !POSSESSIVE_AFTER.test(sentence.slice(at + 5, at + 7))) continue
    let start = from + at
    let end = start + t.length
    const hour = r.start.isCertain("hour")
    const time: Clock | null = hour ? { hh: r.start.get("hour")!, mm: r.start.get("minute") ?? 0 } : null
    // `hopes to announce a deal later on Friday`, `at a Fed meeting later on Tuesday`: later on a weekday inside a
    // sentence is later than the article (its day or after); a sentence that opens with it tells the story (`But later
    // on Saturday, Wenger said …`)
    const laterOn = LATER_ON.exec(before)
    const future = (firstCue >= 0 && firstCue < at + t.length + FUTURE_AFTER) || (laterOn !== null && !STORY_OPENING.test(sentence.slice(0, at - laterOn[0].length)))
    // read only for a date whose side of the reference is open (a weekday, a day or month without a year)
    let tenseMemo: Tense | null = null
    const tense = (): Tense => (tenseMemo ??= clauseTense(sentence, at, at + t.length))
    let expr = exprOf(r.start, t, relative, future, tense)
    // `last April`, `next March` where chrono read the month alone: the word decides, and is part of the mention (as
    // in `last May`, which khabar reads itself)
    if (expr !== null && expr.t === "month" && expr.y === null && expr.dir === null && expr.yearShift === undefined) {
      const w = DIR_BEFORE.exec(sentence.slice(Math.max(0, at - 6), at))
      if (w !== null) {
        expr = { t: "month", cal: "gregorian", y: null, m: expr.m, dir: w[1]!.toLowerCase() === "last" ? -1 : w[1]!.toLowerCase() === "next" ? 1 : 0 }
        start -= w[0].length
      }
    }
    // `the end of the month`: chrono reads its reference's month; it is the month of the reference (as `end of this month`)
    if (tags.has("parser/ENEndOfCurrentMonthParser")) expr = { t: "shift", unit: "month", n: 0 }
    else if (tags.has("refiner/ENEndOfPeriodRefiner")) {
      // the end of a period is that period (`end of last year` = last year, `end of March` = March), not its last day
      const period = END_OF_RELATIVE.exec(t)
      if (period !== null) {
        const w = period[1]!.toLowerCase()
        const unit = period[2]!.toLowerCase() as "week" | "month" | "year"
        expr = { t: "shift", unit, n: w === "next" ? 1 : w === "this" ? 0 : -1 }
      } else if (expr !== null && expr.t === "date" && !/^last/i.test(t)) {
        expr =
          expr.yearShift !== undefined
            ? { t: "month", cal: "gregorian", y: null, m: expr.m, dir: null, yearShift: expr.yearShift }
            : expr.y === null
              ? withSide({ t: "month", cal: "gregorian", y: null, m: expr.m, dir: null, future }, tense())
              : { t: "month", cal: "gregorian", y: expr.y, m: expr.m, dir: null }
      }
    }
    if (expr !== null && expr.t === "weekday" && expr.dir === null && ANY_WEEKDAY.test(before)) continue
    // `a channel's Saturday morning quiz show`, `their Saturday morning`, `the Thursday night show`, `Saturday Night
    // <Title>`: a weekday's part of the day after a possessive, or before a noun with no preposition before it, is a
    // programme's weekly slot (or a title), no date (`on Saturday morning`, `in Monday morning trading`, `Monday night's
    // vote` are dates)
    if (expr !== null && expr.t === "weekday" && expr.dir === null && WEEKDAY_PART.test(t) && !SLOT_DATED.test(before)) {
      const after = sentence.slice(at + t.length, at + t.length + 24)
      const next = POSSESSIVE_AFTER.test(after) ? null : SLOT_NEXT.exec(after)
      const title = /^[A-Z]/.test(WEEKDAY_PART.exec(t)![1]!) && next !== null && /^[A-Z][a-z]/.test(next[1]!)
      const noun = next !== null && /^[a-z]/.test(next[1]!) && !yw().slotFunctionWords.has(next[1]!)
      if (title || (noun && !STORY_OPENING.test(sentence.slice(0, at))) || (SLOT_OWNER.test(before) && !POSSESSIVE_AFTER.test(after))) continue
    }
    // `Ant and Dec`, `Ant & Dec`, `the DEC`: a month's abbreviation alone after a name and `and`, or in capitals, is a
    // name (the Disasters Emergency Committee), not the month
    if (expr !== null && expr.t === "month" && expr.y === null && calendarNames().abbreviationAlone.test(t)) {
      const pair = NAME_PAIR_BEFORE.exec(before)
      if ((pair !== null && !calendarNames().atStart.test(pair[1]!)) || /^[A-Z]{3}/.test(t)) continue
    }
    if (expr !== null && expr.t === "weekday" && calendarNames().weekdayAbbreviationAlone.test(t)) continue
    // `the Sunday Times`, `the Sunday Express`, `the Monday Club`: a weekday alone between `the` and a capitalised word
    // is the first word of a name (a paper, a programme, a club), no day
    if (expr !== null && expr.t === "weekday" && expr.dir === null && WEEKDAY_ALONE.test(t) && THE_BEFORE.test(before) && NAME_AFTER.test(sentence.slice(at + t.length, at + t.length + 3))) continue
    if (expr !== null && expr.t === "weekday" && WEEKEND_WORD.test(t)) {
      // `the weekend`, `this weekend`, `last weekend`: one weekend (Saturday and Sunday); chrono reads `weekend` anywhere
      // as a Saturday, also where it names none (`its opening weekend`, `weekend ticket sales`, `the previous weekend`,
      // `the weekend of 9 and 10 July`, whose days are read on their own)
      if (!/^(?:this|last|next)\s/i.test(t) && !WEEKEND_BEFORE.test(before)) continue
      if (WEEKEND_OF.test(sentence.slice(at + t.length, at + t.length + 8))) continue
      expr = { ...expr, weekend: true }
    }
    // `Friday the 13th` (the film series, or a day named by its weekday and its day): not the Friday chrono read alone
    if (expr !== null && expr.t === "weekday" && ORDINAL_DAY_AFTER.test(sentence.slice(at + t.length, at + t.length + 10))) continue
    // a month name in lower case is a verb or a noun (`troops to march into`, `2005 may also slide`, `an anti-racism
    // march`) unless a preposition or a direction stands right before it (`in march`, `since may`, `last march`)
    const lowerMonth = calendarNames().lowerNamed.exec(t)
    if (lowerMonth !== null && !LOWER_MONTH_BEFORE.test(sentence.slice(Math.max(0, at + lowerMonth.index - 8), at + lowerMonth.index))) continue
    if (expr !== null && expr.t === "date" && expr.y === null && tags.has("parser/SlashDateFormatParser") && !ON_BEFORE.test(before)) continue
    // Oct. 14 is the 14th of October, not October 2014
    if (expr !== null && expr.t === "month" && expr.y !== null && !/\d{4}/.test(t)) {
      const day = /\b(\d{1,2})\b/.exec(t)
      if (day !== null && Number(day[1]) >= 1 && Number(day[1]) <= 31) expr = withSide({ t: "date", cal: "gregorian", y: null, m: expr.m, d: Number(day[1]), future }, tense())
    }
    // `between 10 and 12 November`: chrono reads the second day alone; the first day joins it as the range's start
    if (r.end == null && expr !== null && expr.t === "date") {
      const m = BETWEEN_DAYS.exec(before)
      const d1 = m === null ? 0 : Number(m[1])
      if (m !== null && d1 >= 1 && d1 < expr.d) {
        start = from + at - before.length + m.index + m[0].search(/\d/)
        expr = { t: "range", a: { ...expr, d: d1 }, b: expr }
      }
    }
    // `30 or 40 years ago`, `two or three weeks ago`: chrono reads the second count alone; the two make a range, from
    // the larger count back to the smaller (1965 to 1975 for 30 or 40 years before 2005)
    if (r.end == null && expr !== null && expr.t === "shift" && expr.n < 0) {
      const ago = AGO_COUNT.exec(t)
      const or = ago === null ? null : OR_COUNT.exec(before)
      const c1 = or === null ? null : agoCount(or[1]!)
      const c2 = ago === null ? null : agoCount(ago[1]!)
      if (or !== null && c1 !== null && c2 !== null && c1 !== c2 && (expr.n * c1) % c2 === 0) {
        const other: Expr = { ...expr, n: (expr.n * c1) / c2 }
        start = from + at - before.length + or.index + or[0].length - or[1]!.length - or[2]!.length
        expr = c1 > c2 ? { t: "range", a: other, b: expr } : { t: "range", a: expr, b: other }
      }
    }
    // `between July and September 2004`: chrono reads the two months apart; the first joins the second as the
    // range's start (one mention, as `July to September 2004` is)
    if (r.end == null && expr !== null && expr.t === "month") {
      const m = calendarNames().betweenMonths.exec(before)
      const last = out.length > 0 ? out[out.length - 1]! : undefined
      const first = m === null ? -1 : from + at - before.length + m.index + m[0].length - m[1]!.length - m[2]!.length
      if (m !== null && last !== undefined && last.start === first && last.expr !== null && last.expr.t === "month" && last.time === null) {
        out.pop()
        start = first
        expr = { t: "range", a: withYearOf(last.expr, expr), b: expr }
      }
    }
    if (r.end != null && expr !== null) {
      const b = exprOf(r.end, t, relative, future, tense)
      // `March to May 2004`, `5 to 7 May 2005`: the start takes the end's year (chrono leaves it implied)
      if (b !== null && b.t === expr.t) expr = { t: "range", a: withYearOf(expr, b), b }
    }
    // `April this year`, `March last year`, `5 May next year`: the year is the reference's, shifted (chrono reads the
    // month or day alone, and the tense would pick its side)
    if (expr !== null && (expr.t === "date" || expr.t === "month") && expr.y === null && expr.yearShift === undefined) {
      const yr = YEAR_AFTER.exec(sentence.slice(at + t.length, at + t.length + 16))
      if (yr !== null) {
        const yearShift = yr[1]!.toLowerCase() === "last" ? -1 : yr[1]!.toLowerCase() === "next" ? 1 : 0
        // (the year's words are part of the mention: one date, `March last year`, not a month and a year)
        end = from + at + t.length + yr[0].length
        expr = expr.t === "date" ? { t: "date", cal: "gregorian", y: null, m: expr.m, d: expr.d, yearShift } : { t: "month", cal: "gregorian", y: null, m: expr.m, dir: null, yearShift }
      }
    }
    // `the year to March`, `the year ending December` is mostly the subject of the verb after it (`the retailer said profits
    // for the year to June will rise`): a future verb there puts the month ahead, whatever the verb before says
    if (expr !== null && expr.t === "month" && expr.y === null && expr.dir === null && expr.yearShift === undefined && YEAR_TO.test(before)) {
      if (YEAR_TO_FUTURE.test(sentence.slice(at + t.length, at + t.length + 40))) expr = { t: "month", cal: "gregorian", y: null, m: expr.m, dir: null, side: 1, future: true }
      // a present verb (`rent is up 4.2% in the year to October`) reports a year that has ended: the last such month
      else if (expr.side === 1) expr = { t: "month", cal: "gregorian", y: null, m: expr.m, dir: null, side: -1 }
    }
    if (expr === null && time === null) continue
    out.push({ start, end, expr, partOfDay: PART_OF_DAY.test(t) && !hour, time })
  }
}

/**
 * chrono's dates in the lines `[from, to)` of the original text. A sentence
 * goes to chrono only if it passes the loose test and `english-trigger.ts`
 * finds that chrono may keep a date in it, and then only with the parsers
 * that can match: the same dates as {@link chronoDatesUnfiltered}, faster.
 */
/** The sentence chrono reads: the digits of a bare `24` ({@link NamePatterns.bare24}) turned into spaces (the offsets stay). */
const forChrono = (sentence: string): string => (sentence.includes("24") ? sentence.replace(calendarNames().bare24, (m) => "  " + m.slice(2)) : sentence)

export const chronoDates = (text: string, lines: ReadonlyArray<readonly [number, number]>): Array<EnglishFound> => {
  const out: Array<EnglishFound> = []
  for (const [lf, lt] of lines) {
    for (const [from, to] of sentences(text, lf, lt)) {
      const sentence = text.slice(from, to)
      if (!calendarNames().looseTrigger.test(sentence)) continue
      // (the triggers read the text chrono reads: with a bare `24` blanked, `this 24 days` is `this    days`, a
      // relative date to `ENRelativeDateFormatParser`)
      const read = forChrono(sentence)
      const bits = chronoTriggers(read)
      if ((bits & MAY_HAVE_DATE) === 0) continue
      keepBySentence(sentence, from, parserFor(bits).parse(read, REFERENCE), out)
    }
  }
  return out
}

/**
 * {@link chronoDates} without `english-trigger.ts`: every sentence that
 * passes the loose test goes to the whole parser. The reference the tests
 * check the triggers against (and the wrapper as it was before them).
 */
export const chronoDatesUnfiltered = (text: string, lines: ReadonlyArray<readonly [number, number]>): Array<EnglishFound> => {
  const out: Array<EnglishFound> = []
  for (const [lf, lt] of lines) {
    for (const [from, to] of sentences(text, lf, lt)) {
      const sentence = text.slice(from, to)
      if (calendarNames().looseTrigger.test(sentence)) keepBySentence(sentence, from, parser.parse(forChrono(sentence), REFERENCE), out)
    }
  }
  return out
}

/** The most years a span written in full with a slash or a hyphen covers (`served in 1990-2005`). */
const MAX_SPAN_YEARS = 30

/**
 * The end of a span of years written with a slash or a hyphen at the year `y` at token `i` (`1998/99`, `2003/4`,
 * `2004/2005`, `2002-03`: a year that runs over two calendar years, a financial year or a season; `2001-2003`,
 * `2004-2005`: a span), as the token that ends it and its last year, or null: the mark and the next year glued to it,
 * written by its last one or two digits (the year after `y`) or in full (at most {@link MAX_SPAN_YEARS} on; after a hyphen only
 * from 1900 and not before a plural noun: `1500-2000 homes` is a count's range); not a date's numbers (`2002/03/15`,
 * `2004-05-12`, a third part).
 */
const yearSpanEnd = (t: Tokens, i: number, y: number): { readonly end: number; readonly y2: number } | null => {
  const mark = i + 1
  const end = i + 2
  if (end >= t.count || t.spaced[mark] !== 0 || t.spaced[end] !== 0 || t.kinds[end] !== NUM) return null
  const slash = t.keys[mark] === "/"
  if (!slash && t.keys[mark] !== "-") return null
  const k = t.keys[end]!
  if (!/^\d+$/.test(k)) return null
  const n = Number(k)
  const y2 =
    k.length === 2 && n === (y + 1) % 100 ? y + 1 : k.length === 1 && slash && n === (y + 1) % 10 ? y + 1 : k.length === 4 && n > y && n - y <= MAX_SPAN_YEARS && (slash || y >= 1900) ? n : null
  if (y2 === null) return null
  // a third part glued after it (`2002/03/15`, `2004-05-12`): a date
  if (end + 1 < t.count && t.spaced[end + 1] === 0 && (t.kinds[end + 1] === NUM || t.keys[end + 1] === "/" || t.keys[end + 1] === "-")) return null
  // `2001-2003 homes`: a count's range
  if (!slash && k.length === 4 && end + 1 < t.count && t.kinds[end + 1] === WORD && isPluralNoun(t.keys[end + 1]!)) return null
  return { end, y2 }
}

/** Marks after which a year opens a sentence. */
const SENTENCE_OPENERS = new Set([".", "!", "?", "\"", "\u201c", "'", "\u2018", ":", ";"])
/** The two words around the first year of a range of years: `between … and`, `from … to` (`until`, `till`, `through`). */
const isRangeLink = (opener: string, link: string): boolean =>
  opener === "between" ? link === "and" : opener === "from" && (link === "to" || link === "until" || link === "till" || link === "through")
/** A lowercase word that looks like a plural noun (`fans`, `years`, `shares`; not `is`, `was`, `does`, `less`). */
const isPluralNoun = (k: string): boolean => k.length >= 4 && k.endsWith("s") && !k.endsWith("ss") && !k.endsWith("us") && k !== "does" && k !== "goes"

/**
 * Bare English years (`in 2004`, `since 1999`, `mid-2005`), decades (`the 1990s`, `the early 1980s`, `mid-1960s`,
 * a range of its ten years), and years that modify a noun after a determiner (`the 1998 US Open`, `a 1999 single`,
 * `Germany's 2004 budget`: the noun capitalised or singular, so that `the 2000 homes` stays a count). Four digits
 * before a counted noun (`in 2000 homes`) or a time zone (`by 2000 GMT`) are no year.
 */
export const englishYears = (t: Tokens, original: string): Array<{ readonly startOffset: number; readonly endOffset: number; readonly expr: Expr }> => {
  const out: Array<{ startOffset: number; endOffset: number; expr: Expr }> = []
  const nlex = numberLexicons()
  for (let i = 1; i < t.count; i++) {
    if (t.kinds[i] !== NUM) continue
    const k = t.keys[i]!
    if (k.length !== 4 || !/^\d{4}$/.test(k)) continue
    const y = Number(k)
    if (y < 1500 || y > 2099) continue
    const next = i + 1 < t.count ? i + 1 : -1
    // `in 1998/99`, `the 2004/05 season`, `2003/4`, `2002-03`: a year that runs over two calendar years (a financial
    // year, a season); `the 2001-2003 period`, `2004/2005`: a span; the range of the years
    const span = next >= 0 ? yearSpanEnd(t, i, y) : null
    if (span !== null) {
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[span.end]!, expr: { t: "range", a: { t: "year", cal: "gregorian", y }, b: { t: "year", cal: "gregorian", y: span.y2 } } })
      i = span.end
      continue
    }
    // `Airport (1968)`, `The Boxer (1998) and …`: a year alone in brackets after a title (a capitalised word or a
    // closing quote), not before a counted noun (`(2000) homes`)
    if (y >= 1850 && bracketYear(t, original, i)) {
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      continue
    }
    // `between 1831 and 1865`, `between 2002 and 2004`, `from 1983 until 1992`, `from 2001 to 2004`: one mention, a
    // range of the two years (not before a counted noun: `between 1500 and 1800 pensioners`, `from 1990 to 2000 staff`)
    if (i >= 1 && t.kinds[i - 1] === WORD && t.spaced[i] !== 0 && next >= 0 && isRangeLink(t.keys[i - 1]!, t.keys[next]!) && next + 1 < t.count && t.kinds[next + 1] === NUM) {
      const k2 = t.keys[next + 1]!
      const y2 = /^\d{4}$/.test(k2) ? Number(k2) : 0
      const after = next + 2 < t.count ? next + 2 : -1
      const countAfter = after >= 0 && (t.spaced[after] === 0 ? t.kinds[after] !== PUNCT && t.kinds[after] !== BREAK : t.kinds[after] === WORD && !isCapitalized(t, original, after) && !yw().earlyYearFollow.has(t.keys[after]!))
      if (y2 > y && y2 <= 2049 && !countAfter) {
        out.push({ startOffset: t.starts[i]!, endOffset: t.ends[next + 1]!, expr: { t: "range", a: { t: "year", cal: "gregorian", y }, b: { t: "year", cal: "gregorian", y: y2 } } })
        i = next + 1
        continue
      }
    }
    // a year before 1900 only after a preposition that opens a time (`founded in 1875`, `from 1689`), and not
    // before a lower-case word other than a function word (`in 1800 homes`)
    if (y < 1900) {
      const p = i - 1
      // `the 1850s`, `the early 1820s`: a decade; `the 1800s`: its century (1800–1899), after `the` or its
      // `early`/`late`/`mid` only (`1500s` alone may be a model or a count)
      if (y % 10 === 0 && next >= 0 && t.spaced[next] === 0 && t.kinds[next] === WORD && t.keys[next] === "s" && (next + 1 >= t.count || t.spaced[next + 1] !== 0 || t.kinds[next + 1] !== WORD)) {
        const q = p >= 0 && t.kinds[p] === WORD && isPartAdjective(t.keys[p]!) ? p - 1 : p
        if (q >= 0 && t.kinds[q] === WORD && t.keys[q] === "the" && t.spaced[i] !== 0) {
          const last = y % 100 === 0 ? y + 99 : y + 9
          out.push({ startOffset: t.starts[i]!, endOffset: t.ends[next]!, expr: { t: "range", a: { t: "year", cal: "gregorian", y }, b: { t: "year", cal: "gregorian", y: last } } })
          i = next
        }
        continue
      }
      // `The 1791 portrait`, `a 1688 treaty`: after an article or a possessive, before a singular noun or a name,
      // as from 1900 on below (not `the 1500 troops`, `a 1500 metre race`: a plural, a count or a unit after it)
      if (p >= 0 && t.kinds[p] === WORD && yw().yearDeterminers.has(t.keys[p]!) && t.spaced[i] !== 0 && nounAfterYear(t, original, next)) {
        out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
        continue
      }
      if (p < 0 || t.kinds[p] !== WORD || !yw().earlyYearPrepositions.has(t.keys[p]!) || t.spaced[i] === 0) continue
      if (next >= 0 && t.spaced[next] === 0 && t.kinds[next] !== PUNCT && t.kinds[next] !== BREAK) continue
      if (next >= 0 && t.kinds[next] === WORD && !isCapitalized(t, original, next) && !yw().earlyYearFollow.has(t.keys[next]!)) continue
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      continue
    }
    const glued = next >= 0 && t.spaced[next] === 0 && t.kinds[next] !== PUNCT && t.kinds[next] !== BREAK
    // the 1990s, the 1990's
    const decadeS = next >= 0 && y % 10 === 0 && t.spaced[next] === 0 && t.kinds[next] === WORD && t.keys[next] === "s"
    const decadeApos =
      next >= 0 && y % 10 === 0 && t.spaced[next] === 0 && (t.keys[next] === "'" || t.keys[next] === "\u2019") && t.spaced[next + 1] === 0 && t.keys[next + 1] === "s"
    if (decadeS || decadeApos) {
      const e = decadeS ? next : next + 1
      // not a glued word after the s (1990sx) nor a possessive of a year (1990's results: a decade too, in news)
      if (e + 1 < t.count && t.spaced[e + 1] === 0 && t.kinds[e + 1] === WORD) continue
      out.push({
        startOffset: t.starts[i]!,
        endOffset: t.ends[e]!,
        expr: { t: "range", a: { t: "year", cal: "gregorian", y }, b: { t: "year", cal: "gregorian", y: y + 9 } }
      })
      i = e
      continue
    }
    // `2003's imbalance`, `above 2004's average`: a year's possessive (a decade's, `1990's`, is read above)
    const yearPossessive =
      next >= 0 && t.spaced[next] === 0 && (t.keys[next] === "'" || t.keys[next] === "\u2019") && next + 1 < t.count && t.spaced[next + 1] === 0 && t.keys[next + 1] === "s" && (next + 2 >= t.count || t.spaced[next + 2] !== 0)
    if (yearPossessive) {
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      i = next + 1
      continue
    }
    if (glued) continue
    // `2004 was a good year`, `"2005 will be …`: a year that opens a sentence as the subject of a verb
    const opens = i === 0 || t.kinds[i - 1] === BREAK || (t.kinds[i - 1] === PUNCT && SENTENCE_OPENERS.has(t.keys[i - 1]!))
    if (opens && next >= 0 && t.kinds[next] === WORD && yw().yearSubjectVerbs.has(t.keys[next]!) && !isCapitalized(t, original, next)) {
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      continue
    }
    // `2004 results`, `its 2005 sales`, `the 2002 ruling`: a year before a noun that a year names (a firm's results, a
    // season, an election), after any word
    if (y >= 1950 && y <= 2030 && next >= 0 && t.kinds[next] === WORD && t.spaced[next] !== 0 && yw().yearNouns.has(t.keys[next]!) && !isCapitalized(t, original, next)) {
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      continue
    }
    let p = i - 1
    // mid-2005: a hyphen glued on both sides
    if (t.kinds[p] === PUNCT && t.keys[p] === "-" && p > 0 && t.spaced[p] === 0 && t.spaced[i] === 0) p--
    if (next >= 0 && t.kinds[next] === WORD && yw().clockAfter.has(t.keys[next]!)) continue
    // a count after it (`in 2000 people`, `2000 dollars`, `2000 thousand`), but not a name that opens with a number
    // word (`the 2004 Six Nations`: two capitalised words)
    const name = next >= 0 && next + 1 < t.count && t.kinds[next + 1] === WORD && isCapitalized(t, original, next) && isCapitalized(t, original, next + 1)
    if (next >= 0 && t.kinds[next] === WORD && !name && (nlex.counts.longestAt(t.keys, next) !== null || nlex.currencies.longestAt(t.keys, next) !== null || nlex.words.has(t.keys[next]!))) continue
    if (next >= 0 && t.kinds[next] === PUNCT && (t.keys[next] === "%" || t.keys[next] === "-") && t.kinds[next + 1] === NUM) continue
    // `for 2004` is a year (`profits for 2004`, `forecasts for 2005`), but `for 2000 fans` a count: a plural noun after
    // it; so with `on`, `into`, `beyond` (`up 10% on 2003`, `continue into 2005`, `beyond 2009`)
    if (t.kinds[p] === WORD && (t.keys[p] === "for" || yw().weakYearPrepositions.has(t.keys[p]!)) && next >= 0 && t.kinds[next] === WORD && isPluralNoun(t.keys[next]!)) continue
    if (t.kinds[p] === WORD && yw().weakYearPrepositions.has(t.keys[p]!) && p === i - 1 && (next < 0 || t.kinds[next] === PUNCT || t.kinds[next] === BREAK || (t.keys[p] === "either" && t.keys[next] === "or"))) {
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      continue
    }
    // `in 1997 or 2001`: `or` between two years (`1,000 or 2000 jobs` is no year); `the Terrorism Act 2000`: a law's year
    const orYear = t.kinds[p] === WORD && t.keys[p] === "or" && p > 0 && t.kinds[p - 1] === NUM && /^(?:19|20)\d\d$/.test(t.keys[p - 1]!)
    const actYear = t.kinds[p] === WORD && t.keys[p] === "act" && p === i - 1 && isCapitalized(t, original, p)
    // `in both 1997 and 2001`: the first of two years after `both` (the second is read after `and`)
    const bothYear = t.kinds[p] === WORD && t.keys[p] === "both" && p === i - 1 && next >= 0 && t.keys[next] === "and" && next + 1 < t.count && t.kinds[next + 1] === NUM && /^(?:1[89]|20)\d\d$/.test(t.keys[next + 1]!)
    if (orYear || actYear || bothYear || (t.kinds[p] === WORD && yw().yearPrepositions.has(t.keys[p]!))) {
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      continue
    }
    // the 1998 US Open, a 1999 single, Germany's 2004 budget
    const possessive = t.kinds[p] === WORD && /^[a-z]+['\u2019]s$/.test(t.keys[p]!) && !yw().contractions.has(t.keys[p]!.slice(0, -2))
    // a plural's possessive (`the Soviets' 1945 liberation`, `the All Blacks' 1935 tour`): the mark glued to a word in -s
    const pluralPossessive = t.kinds[p] === PUNCT && (t.keys[p] === "'" || t.keys[p] === "\u2019") && t.spaced[p] === 0 && p > 0 && t.kinds[p - 1] === WORD && t.keys[p - 1]!.endsWith("s")
    // `a likely 2005 Grand Slam bid`, `the proposed 2006 levy`: one lower-case adjective between an article and the
    // year; `such as 1996 Crash Racer`: `such as` before it; both only before a capitalised word (a name) or
    // a singular noun that is no count or unit ({@link nounAfterYear})
    const adjective = p === i - 1 && p > 0 && t.kinds[p] === WORD && !isCapitalized(t, original, p) && yw().adjectiveArticles.has(t.keys[p - 1]!) && t.kinds[p - 1] === WORD && !nlex.words.has(t.keys[p]!) && nlex.counts.longestAt(t.keys, p) === null
    const suchAs = p === i - 1 && p > 0 && t.keys[p] === "as" && t.keys[p - 1] === "such"
    if ((adjective || suchAs) && nounAfterYear(t, original, next)) {
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      continue
    }
    if (!(p === i - 1 && ((t.kinds[p] === WORD && (yw().yearDeterminers.has(t.keys[p]!) || possessive)) || pluralPossessive))) {
      // `has made 2004 its best year`, `including 2001, when`, `, 2005 has been`, `like 1970`, `Euro 2004`: a year
      // standing alone as a noun phrase, or closing an event's name
      if (p === i - 1 && (bareYear(t, original, i, y) || eventYear(t, original, i, y))) {
        out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
      }
      continue
    }
    if (next < 0 || t.kinds[next] !== WORD || t.spaced[next] === 0) continue
    const noun = t.keys[next]!
    if (!isCapitalized(t, original, next) && /s$/.test(noun)) continue
    out.push({ startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: { t: "year", cal: "gregorian", y } })
  }
  return out
}


/**
 * A year (1900–2049) that stands alone as a noun phrase, with no preposition or determiner that the frames above
 * read: the subject (`, 2005 has been a big year`, `But 2005 will`, `that 2004 was`), the object (`has made 2004 its
 * best year`, `finished 2003 top`, `called 2004 a success`) or after a word such as `including`, `like`, `unlike`,
 * `compared with`, `as recently as` (`including 2001, when …`, `a season like 1970`). Not a quantity: no word of
 * counting before it (`quantityBefore`: `of 2000`, `some 2000`, `than 2000`), no plural noun, count, unit,
 * currency or clock word after it (`2000 fans`, `2000 people`, `2000 metres`, `2000 GMT`), no mark glued before it
 * (`£2000`, `#2000`), and not the last of a list of names (`95, 98, NT, 2000 and XP`).
 */
const bareYear = (t: Tokens, original: string, i: number, y: number): boolean => {
  if (y < 1900 || y > 2049 || t.spaced[i] === 0) return false
  const p = i - 1
  const n = i + 1
  // what follows: the end, a mark (not a range or score, `2005-6`, `2000/01`, `2000%`), or a word that counts nothing
  let verb = false
  if (n < t.count) {
    if (t.kinds[n] === NUM) return false
    if (t.kinds[n] === PUNCT && RANGE_MARKS.has(t.keys[n]!) && n + 1 < t.count && t.kinds[n + 1] === NUM) return false
    if (t.kinds[n] === PUNCT && t.spaced[n] === 0 && (t.keys[n] === "-" || t.keys[n] === "%")) return false
    if (t.kinds[n] === WORD) {
      if (t.spaced[n] === 0) return false
      const k = t.keys[n]!
      verb = yw().yearSubjectVerbs.has(k) || yw().bareYearVerbs.has(k)
      if (!verb) {
        // a plural noun counts (`2000 fans`), but not one that opens a name (`the 2003 Open champion`)
        const name = isCapitalized(t, original, n) && n + 1 < t.count && t.kinds[n + 1] === WORD && isCapitalized(t, original, n + 1)
        if (isPluralNoun(k) && !yw().notPlural.has(k) && !name) return false
        if (yw().countedAfter.has(k) || yw().unitsAfterNumber.has(k) || yw().clockAfter.has(k)) return false
        // `2000 to 3000`, `2000 a day`: a range or a rate (`expected 2005 to be`, `called 2004 a success` are years)
        if (k === "to" && n + 1 < t.count && t.kinds[n + 1] === NUM) return false
        if ((k === "a" || k === "an") && n + 1 < t.count && yw().rateUnits.has(t.keys[n + 1]!)) return false
        const nlex = numberLexicons()
        if (nlex.words.has(k) || nlex.counts.longestAt(t.keys, n) !== null || nlex.currencies.longestAt(t.keys, n) !== null) return false
      }
    }
  }
  if (p < 0) return verb
  if (t.kinds[p] === BREAK) return verb
  if (t.kinds[p] === PUNCT) {
    const m = t.keys[p]!
    // `, 2005 has been`, `in 2001, 2002 and 2003`, `the blitz, 1941.`; not the last of a list of names (`NT, 2000`)
    if (m === "," || m === "\u060c") {
      const q = p - 1
      if (q < 0) return verb
      if (t.kinds[q] === NUM) return /^(?:19|20)\d\d$/.test(t.keys[q]!)
      if (t.kinds[q] === WORD && isCapitalized(t, original, q)) return verb
      return t.kinds[q] === WORD || verb
    }
    // `"2005 offers a chance`, `: 2005 saw` (a sentence's subject); `(2004)` after a lower-case word
    return verb && (SENTENCE_OPENERS.has(m) || m === "(" || m === "\u2013" || m === "-")
  }
  if (t.kinds[p] !== WORD) return false
  const w = t.keys[p]!
  if (isCapitalized(t, original, p)) {
    // a capitalised word opens the sentence (`But 2005 will`, `Although 2005 may`, `Unlike 2001,`); else it is a name (`Windows 2000`)
    const q = p - 1
    const opens = q < 0 || t.kinds[q] === BREAK || (t.kinds[q] === PUNCT && SENTENCE_OPENERS.has(t.keys[q]!))
    return opens && yw().capitalOpeners.has(w)
  }
  if (w === "than") return p > 0 && yw().thanYear.has(t.keys[p - 1]!)
  // `until at least 2008`, `by at least 2010`: a preposition of time before `at least`
  if (w === "least") return p > 1 && t.keys[p - 1] === "at" && yw().beforeAtLeast.has(t.keys[p - 2]!)
  return !yw().quantityBefore.has(w)
}

/** Marks between two numbers that make a range or a score of them (`2005-6`, `2000/01`, `1965–71`). */
const RANGE_MARKS = new Set(["-", "/", "%", "\u2013"])




/**
 * A year right after a capitalised word that ends an event's name (`eventHeads`: `Euro 2004`, `World Cup 2006`,
 * `the Mock Elections 2005`), not before a plural noun or a count (`Cup 2000 fans`). Other capitalised words before a
 * year are as often a product's or a body's name (`Windows 2000`, `Football Manager 2005`, `Transport 2000`).
 */
const eventYear = (t: Tokens, original: string, i: number, y: number): boolean => {
  const p = i - 1
  if (y < 1950 || y > 2049 || t.spaced[i] === 0 || p < 0 || t.kinds[p] !== WORD) return false
  if (!yw().eventHeads.has(t.keys[p]!) || !isCapitalized(t, original, p)) return false
  const n = i + 1
  if (n >= t.count) return true
  if (t.kinds[n] === NUM) return false
  if (t.kinds[n] !== WORD) return !(t.kinds[n] === PUNCT && RANGE_MARKS.has(t.keys[n]!) && n + 1 < t.count && t.kinds[n + 1] === NUM)
  if (t.spaced[n] === 0) return false
  const k = t.keys[n]!
  if (isCapitalized(t, original, n)) return true
  return !(isPluralNoun(k) || yw().countedAfter.has(k) || yw().unitsAfterNumber.has(k) || yw().clockAfter.has(k) || numberLexicons().words.has(k))
}



/**
 * Is the word at `n` (the one after a year) a noun the year modifies: spaced from it, a capitalised word (a name) or
 * a lower-case word that is no plural, count, unit, currency or number word (`the 1791 portrait`; not `the 1500
 * troops`, `a 1500 metre race`).
 */
const nounAfterYear = (t: Tokens, original: string, n: number): boolean => {
  if (n < 0 || n >= t.count || t.kinds[n] !== WORD || t.spaced[n] === 0) return false
  if (yw().clockAfter.has(t.keys[n]!)) return false
  if (isCapitalized(t, original, n)) return true
  const k = t.keys[n]!
  const nlex = numberLexicons()
  if (yw().unitsAfterNumber.has(k) || isPluralNoun(k) || k.endsWith("s") || nlex.words.has(k) || nlex.counts.longestAt(t.keys, n) !== null || nlex.currencies.longestAt(t.keys, n) !== null) return false
  return !yw().earlyYearFollow.has(k)
}

/** Closing quotes a title may end with before its year in brackets. */
const CLOSING_QUOTES = new Set(["\"", "'", "\u2019", "\u201d"])

/**
 * Whether the four digits at token `i` stand alone in brackets after a title: `(` and `)` glued to them, a
 * capitalised word or a closing quote right before the bracket, and after it no lower-case word that a count would
 * take (a plural noun, a number word: `(2000) homes`).
 */
const bracketYear = (t: Tokens, original: string, i: number): boolean => {
  const o = i - 1
  const c = i + 1
  if (o < 1 || c >= t.count || t.keys[o] !== "(" || t.keys[c] !== ")" || t.spaced[i] !== 0 || t.spaced[c] !== 0 || t.spaced[o] === 0) return false
  const p = o - 1
  const title = (t.kinds[p] === WORD && isCapitalized(t, original, p)) || (t.kinds[p] === PUNCT && CLOSING_QUOTES.has(t.keys[p]!))
  if (!title) return false
  const n = c + 1
  if (n < t.count && t.kinds[n] === WORD && !isCapitalized(t, original, n)) {
    const k = t.keys[n]!
    if (isPluralNoun(k) || numberLexicons().words.has(k) || numberLexicons().counts.longestAt(t.keys, n) !== null) return false
  }
  return true
}

/**
 * The tense of the clause of `original[start, end)` (`english-tense.ts`) for a date found outside chrono: the scan
 * reads its sentence, from the last sentence end in the 120 code units before, to the next full stop or line end in
 * the 60 after.
 */
export const tenseAround = (original: string, start: number, end: number): Tense => {
  const [from, to] = sentenceAround(original, start, end)
  return clauseTense(original.slice(from, to), start - from, end - from)
}

/** The sentence of `original[start, end)`: from the last sentence end in the 120 code units before, to the next full stop or line end in the 60 after. */
const sentenceAround = (original: string, start: number, end: number): [number, number] => {
  let from = Math.max(0, start - 120)
  for (let k = start - 1; k > from; k--) {
    const c = original.charCodeAt(k - 1)
    if (c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && original.charCodeAt(k) === 0x20)) {
      from = k
      break
    }
  }
  let to = Math.min(original.length, end + 60)
  for (let k = end; k < to; k++) {
    const c = original.charCodeAt(k)
    if (c === 0x0a || c === 0x0d || c === 0x2e || c === 0x21 || c === 0x3f) {
      to = k
      break
    }
  }
  return [from, to]
}

/** The first month of each season (meteorological, northern hemisphere: `expr.ts`). */
const SEASONS = new Map([["spring", 3], ["summer", 6], ["autumn", 9], ["winter", 12]])
/** The words that place a season relative to now. */
const SEASON_DIRS = new Map<string, Dir>([["last", -1], ["past", -1], ["this", 0], ["next", 1], ["coming", 1]])

/** The year of four digits at token `i` (1900–2099, not glued to a word after it), or null. */
const yearAt = (t: Tokens, i: number): number | null => {
  if (i >= t.count || t.kinds[i] !== NUM || t.spaced[i] === 0) return null
  const k = t.keys[i]!
  if (k.length !== 4 || !/^\d{4}$/.test(k)) return null
  const y = Number(k)
  if (y < 1900 || y > 2099) return null
  if (i + 1 < t.count && t.spaced[i + 1] === 0 && t.kinds[i + 1] !== PUNCT && t.kinds[i + 1] !== BREAK) return null
  return y
}

/** Words before `May` that make it the month, which chrono reads only after `in`/`on` or with a day (it is also a verb and a name). */
const MAY_BEFORE = new Map<string, Dir | "since" | "until">([["last", -1], ["next", 1], ["this", 0], ["since", "since"], ["until", "until"], ["till", "until"]])


/**
 * `last May`, `next May`, `this May`, `since May`, `until May`, `early May`, `a May election` at token `i` (a `may`):
 * the month (chrono leaves `May` after these words alone). `since May` is the last May up to the reference, `until May` the next one from it.
 */
/** An article right before token `i`, or an article and one lower-case word (`the May poll`, `an expected May election`). */
const afterArticle = (t: Tokens, original: string, i: number): boolean => {
  const article = (k: string | undefined): boolean => k === "a" || k === "an" || k === "the"
  if (article(t.keys[i - 1])) return true
  return i >= 2 && t.kinds[i - 1] === WORD && t.spaced[i - 1] !== 0 && !isCapitalized(t, original, i - 1) && article(t.keys[i - 2])
}

const mayAt = (t: Tokens, original: string, i: number): { startOffset: number; endOffset: number; expr: Expr } | null => {
  if (i === 0 || t.kinds[i - 1] !== WORD || t.spaced[i] === 0 || !isCapitalized(t, original, i)) return null
  // not a year or a day after it (`since May 2001`, `last May 5`): chrono reads those
  if (i + 1 < t.count && t.kinds[i + 1] === NUM && t.spaced[i + 1] !== 0) return null
  // `in early May`, `late May`, `by mid May`: the month (as chrono reads `early June`), on the side its clause's tense gives
  if (isPartAdjective(t.keys[i - 1]!) && !isCapitalized(t, original, i - 1)) {
    const span = t.view.toOriginal(t.starts[i]!, t.ends[i]!)
    const month: Expr & { t: "month" } = { t: "month", cal: "gregorian", y: null, m: 5, dir: null }
    return { startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: withSide(month, tenseAround(original, span.start, span.end)) }
  }
  // `a May election`, `a May general election`, `the May poll`, `an expected May election`: the month before a noun of
  // a scheduled event (`mayBeforeNouns` of month-guards.json) after an article, or after an article and a lower-case
  // word (the verb never follows them, the surname does: `a May ally`); on its clause's side, as `early May`
  if (afterArticle(t, original, i) && i + 1 < t.count && t.kinds[i + 1] === WORD && t.spaced[i + 1] !== 0 && dateLexicons().mayBeforeNouns.has(t.keys[i + 1]!) && !isCapitalized(t, original, i + 1)) {
    const span = t.view.toOriginal(t.starts[i]!, t.ends[i]!)
    const month: Expr & { t: "month" } = { t: "month", cal: "gregorian", y: null, m: 5, dir: null }
    return { startOffset: t.starts[i]!, endOffset: t.ends[i]!, expr: withSide(month, tenseAround(original, span.start, span.end)) }
  }
  const w = MAY_BEFORE.get(t.keys[i - 1]!)
  if (w === undefined) return null
  const since = w === "since"
  const expr: Expr =
    w === "since" || w === "until" ? { t: "month", cal: "gregorian", y: null, m: 5, dir: null, future: !since, side: since ? -1 : 1 } : { t: "month", cal: "gregorian", y: null, m: 5, dir: w }
  // the word is part of the mention for a direction (`last May`), not for a preposition (`since May`)
  return { startOffset: since || w === "until" ? t.starts[i]! : t.starts[i - 1]!, endOffset: t.ends[i]!, expr }
}

/**
 * Seasons (chrono reads none), and `May` after `last`, `since` and kin ({@link mayAt}) in the same pass: `last
 * summer`, `this winter`, `next spring`, `the past autumn` relative to the reference, and `summer 2004`, `the summer of 2003`, `spring of 2006` with their year; a range of three months.
 * Not `the last summer of his life` (after `the` and before `of`, as `the last week of`), nor a season alone
 * (`in the summer` leaves its year to the story; `spring` is also a verb and a noun).
 */
export const englishSeasons = (t: Tokens, original: string): Array<{ readonly startOffset: number; readonly endOffset: number; readonly expr: Expr }> => {
  const out: Array<{ startOffset: number; endOffset: number; expr: Expr }> = []
  for (let i = 0; i < t.count; i++) {
    if (t.kinds[i] !== WORD) continue
    const key = t.keys[i]!
    // most words of a text (all of an Arabic one) start with another letter than s, a, w (or m, for May)
    const c0 = key.charCodeAt(0)
    if (c0 === 0x6d) {
      const may = key === "may" ? mayAt(t, original, i) : null
      if (may !== null) out.push(may)
      continue
    }
    if (c0 !== 0x73 && c0 !== 0x61 && c0 !== 0x77) continue
    // `this summer's tour`: the possessive is one token, and not part of the date
    const possessive = key.length > 6 && key.charCodeAt(key.length - 1) === 0x73 && (key.charCodeAt(key.length - 2) === 0x27 || key.charCodeAt(key.length - 2) === 0x2019)
    const m = SEASONS.get(possessive ? key.slice(0, -2) : key)
    if (m === undefined) continue
    // the season's year: `summer 2004`, `summer of 2004`
    const ofYear = !possessive && i + 2 < t.count && t.kinds[i + 1] === WORD && t.keys[i + 1] === "of" ? yearAt(t, i + 2) : null
    const y = ofYear ?? (possessive ? null : yearAt(t, i + 1))
    if (y !== null) {
      const e = ofYear !== null ? i + 2 : i + 1
      out.push({ startOffset: t.starts[i]!, endOffset: t.ends[e]!, expr: { t: "season", y, m, dir: 0 } })
      i = e
      continue
    }
    const p = i - 1
    if (p < 0 || t.kinds[p] !== WORD || t.spaced[i] === 0) continue
    const dir = SEASON_DIRS.get(t.keys[p]!)
    if (dir === undefined) continue
    const ofAfter = i + 1 < t.count && t.kinds[i + 1] === WORD && t.keys[i + 1] === "of"
    if (ofAfter && p > 0 && t.kinds[p - 1] === WORD && t.keys[p - 1] === "the") continue
    // a capital after a capitalised word is a title (`Suddenly Last Summer`), not a date
    if (p > 0 && t.kinds[p - 1] === WORD && t.spaced[p] !== 0 && isCapitalized(t, original, p) && isCapitalized(t, original, p - 1)) continue
    const startOffset = t.starts[p]!
    const endOffset = t.ends[i]! - (possessive ? 2 : 0)
    let expr: Expr = { t: "season", y: null, m, dir }
    if (dir === 0) {
      // `this summer` before or after the season: the clause's tense tells which (`moved here this summer` in the
      // winter after it; `will tour this summer`)
      const span = t.view.toOriginal(startOffset, endOffset)
      const side = tenseAround(original, span.start, span.end)
      if (side !== 0) expr = { t: "season", y: null, m, dir, side }
    }
    out.push({ startOffset, endOffset, expr })
  }
  return out
}

/**
 * The `[start, end)` of each line of `text` that has an English month or
 * weekday name: `words` are the word tokens that start one, in increasing
 * order (the Arabic scanner notes them as it goes). Each line is walked once
 * to find its ends.
 */
export const latinDateLines = (t: Tokens, text: string, words: ReadonlyArray<number>): Array<[number, number]> => {
  const out: Array<[number, number]> = []
  let covered = -1
  for (const w of words) {
    if (w < covered) continue
    let a = w
    while (a > 0 && t.kinds[a - 1] !== BREAK) a--
    let b = w
    while (b < t.count && t.kinds[b] !== BREAK) b++
    const s = t.view.toOriginal(t.starts[a] ?? 0, t.starts[a] ?? 0).start
    const e = b === t.count ? text.length : t.view.toOriginal(t.starts[b]!, t.starts[b]!).start
    out.push([s, e])
    covered = b
  }
  return out
}

/** Holiday names (case-sensitive; a straight or curly apostrophe), with a year after them (`Christmas 2004`) in group 1. */
const HOLIDAY =
  /\b(?:Christmas(?:\s+(?:Day|Eve))?|Boxing\s+Day|New\s+Year['\u2019]s\s+(?:Day|Eve)|Easter(?:\s+(?:Sunday|Monday|Day))?|Good\s+Friday|Thanksgiving(?:\s+Day)?|Valentine['\u2019]s\s+Day|Halloween|Hogmanay)\b(?:\s+((?:19|20)\d\d)\b)?/g
/** A word of each name of {@link HOLIDAY}. */
const HOLIDAY_WORDS = ["Christmas", "Boxing", "New Year", "Easter", "Good Friday", "Thanksgiving", "Valentine", "Halloween", "Hogmanay"]
/** The day of each holiday: a fixed month and day, or a feast and the days from it. */
type Holiday = { readonly m: number; readonly d: number } | { readonly f: "easter" | "thanksgiving"; readonly offset: number }
/** `and`/`or` between two holidays (`Christmas Day and New Year's Day`). */
const HOLIDAY_JOINED = /^,?\s+(?:and|or)\s+$/
const HOLIDAYS = new Map<string, Holiday>([
  ["christmas", { m: 12, d: 25 }],
  ["christmas day", { m: 12, d: 25 }],
  ["christmas eve", { m: 12, d: 24 }],
  ["boxing day", { m: 12, d: 26 }],
  ["new year's day", { m: 1, d: 1 }],
  ["new year's eve", { m: 12, d: 31 }],
  ["hogmanay", { m: 12, d: 31 }],
  ["valentine's day", { m: 2, d: 14 }],
  ["halloween", { m: 10, d: 31 }],
  ["easter", { f: "easter", offset: 0 }],
  ["easter sunday", { f: "easter", offset: 0 }],
  ["easter day", { f: "easter", offset: 0 }],
  ["easter monday", { f: "easter", offset: 1 }],
  ["good friday", { f: "easter", offset: -2 }],
  ["thanksgiving", { f: "thanksgiving", offset: 0 }],
  ["thanksgiving day", { f: "thanksgiving", offset: 0 }]
])
/** The word right before a holiday that makes it a day (group 1): a preposition or a direction; not an adjective (`the worst Christmas`, `pre-Christmas sales`). */
const HOLIDAY_BEFORE = /(?:^|[^\w'\u2019-])(on|at|over|before|after|since|until|till|by|for|during|around|from|until|this|last|next)\s+$/i
/** A future cue for a holiday: {@link FUTURE} or a modal (`may want … this Christmas`) or a forecast (`predict a shortage this Christmas`). */
const FUTURE_CUE = new RegExp(`${FUTURE.source}|\\b(?:may|might|predicts?|forecasts?)\\b`, "i")
/** Lower-case words that may follow a holiday that is a day (`by Christmas and`, `since Christmas has`); any other (`Christmas card`, `Christmas sales`) makes the name a modifier. */
const HOLIDAY_FOLLOW = new Set([
  "and", "or", "but", "to", "the", "a", "an", "with", "when", "as", "in", "on", "at", "for", "of", "is", "was", "were", "will", "would", "has", "had",
  "have", "this", "that", "last", "next", "he", "she", "they", "it", "we", "i", "according", "than", "because", "after", "before", "while", "so",
  "from", "if", "there", "until", "by", "are", "be", "been", "said", "says", "its", "his", "her", "their", "which", "who", "compared", "could", "should",
  "may", "might", "can", "did", "do", "does", "not", "alone", "itself", "morning", "afternoon", "evening", "night"
])

let periodEdge: RegExp | undefined
/**
 * `the end of the year`, `the start of the month`, `the middle of the week` (chrono reads none of them): group 1 the
 * part's noun (the parts' English nouns of `calendar-words.json`, and `turn`, the boundary, read as the period itself),
 * group 2 the unit.
 */
const periodEdgePattern = (): RegExp => {
  if (periodEdge === undefined) {
    const nouns = [...dateLexicons().periodParts.enNouns.keys(), "turn"].map(escapeRegExp).join("|")
    periodEdge = new RegExp(`\\bthe\\s+(${nouns})\\s+of\\s+the\\s+(week|month|year)(?![\\w'\u2019-])`, "gi")
  }
  return periodEdge
}

/**
 * The edge of the reference's period named with `the` (chrono reads `end of this year`, `end of last month`, but not
 * these): `by the end of the year` is this year, `at the start of the month` this month, `the middle of the week`
 * this week, as `نهاية العام` is. The clause's tense moves an edge that has not come yet, or has passed: an end told
 * in the past is the last period's (`at the end of the year I was exhausted`, said in February), a start told in the
 * future the next one's. Spans are into `original`, from the edge's word (`end of the year`).
 */
export const englishPeriodEdges = (original: string): Array<{ readonly start: number; readonly end: number; readonly expr: Expr }> => {
  const out: Array<{ start: number; end: number; expr: Expr }> = []
  const re = periodEdgePattern()
  const parts = dateLexicons().periodParts.enNouns
  re.lastIndex = 0
  for (let m = re.exec(original); m !== null; m = re.exec(original)) {
    const start = m.index + m[0].indexOf(m[1]!)
    const end = m.index + m[0].length
    const unit = m[2]!.toLowerCase() as "week" | "month" | "year"
    // an end told in the past is the last period's, a start told in the future the next one's
    const part = parts.get(m[1]!.toLowerCase())
    const side = part === "end" || part === "start" ? tenseAround(original, start, end) : 0
    const n = part === "end" && side === -1 ? -1 : part === "start" && side === 1 ? 1 : 0
    out.push({ start, end, expr: { t: "shift", unit, n } })
  }
  return out
}

/**
 * `in two weeks' time`, `in five years' time`, `in 18 months' time`, `in a day's time`: group 1 the count (a word or up
 * to three digits), group 2 the unit. Without `time` (`scored twice in two weeks`) the phrase is as often a stretch.
 */
const TIME_AHEAD = /\bin\s+([A-Za-z]+|\d{1,3})\s+(day|week|fortnight|month|year)s?['\u2019]\s+time\b/gi

/** `count` units (`day`, `week`, `fortnight`, `month`, `year`) on from the reference: months and years as such, the rest in days. */
const shiftAhead = (unit: string, count: number): Expr =>
  unit === "month" || unit === "year" ? { t: "shift", unit, n: count } : { t: "shift", unit: "day", n: count * (unit === "week" ? 7 : unit === "fortnight" ? 14 : 1) }

/**
 * The point a count of units ahead of now names, `in two weeks' time` (the day 14 days on), `in five years' time` (the
 * year five on), `in 18 months' time`: a shift from the reference. Counts are read as {@link countOf} reads them
 * (`two`, `a`, `18`; not `a few`, `a couple of`).
 */
export const englishTimeAhead = (original: string): Array<{ readonly start: number; readonly end: number; readonly expr: Expr }> => {
  const out: Array<{ start: number; end: number; expr: Expr }> = []
  if (!original.includes(" time")) return out
  TIME_AHEAD.lastIndex = 0
  for (let m = TIME_AHEAD.exec(original); m !== null; m = TIME_AHEAD.exec(original)) {
    const count = countOf(m[1]!)
    if (count === null || count === 0) continue
    out.push({ start: m.index, end: m.index + m[0].length, expr: shiftAhead(m[2]!.toLowerCase(), count) })
  }
  return out
}

/**
 * A count of units ahead without `time` (session 29): group 1 the count (a word or up to three digits), group 2 the
 * unit. Not before `of`, `ago`, `old` (`in four days of talks`), an apostrophe (`in two weeks' time`:
 * {@link englishTimeAhead}) or another word of the phrase (`in four days-long sessions`).
 */
const COUNT_AHEAD = /\b[Ii]n\s+([A-Za-z]+|\d{1,3})\s+(day|week|fortnight|month|year)s?(?![\w'\u2019-]|\s+(?:of|ago|old|running)\b)/g
/** What ends the text before a clause that opens with `In four days,`: a sentence's end, a line break, an opening quote. */
const CLAUSE_OPEN = /(?:^|[.!?:;]["\u201d]?\s+|\n\s*|["\u201c]\s*)$/
/** `time in` or `times in` before the count (`the second time in a fortnight`): a stretch, not a point. */
const TIME_BEFORE = /\btimes?\s+$/i
/**
 * A modal before the phrase in its sentence: the clause says what would or could be, no date. (The tense lexicon's
 * `modals` but `must`: `must be finished in a fortnight` is a deadline ahead, and the clause's tense is read already.)
 */
const MODAL = /\b(?:would|could|might|should|can|may)\b/

/** The text from `from` to the end of its sentence (a full stop, `!`, `?` or a line break), at most 100 code units. */
const clauseAfter = (original: string, from: number): string => {
  const to = Math.min(original.length, from + 100)
  for (let k = from; k < to; k++) {
    const c = original.charCodeAt(k)
    if (c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f) return original.slice(from, k)
  }
  return original.slice(from, to)
}

/** The clause of `original[start, end)` is about the future ({@link tenseAround}), with no modal before the phrase in its sentence. */
const aheadInClause = (original: string, start: number, end: number): boolean => {
  if (tenseAround(original, start, end) !== 1) return false
  const [from] = sentenceAround(original, start, end)
  return !MODAL.test(original.slice(from, start))
}

/**
 * The day a count of units ahead of now names without `time` (session 29), as `in two weeks' time` does: `In four days,
 * Unison will start balloting` (a clause that opens with the count, before a comma, with a future verb after it: the
 * day four days on), `will travel to Paris in a fortnight` (a fortnight inside a clause about the future, with no
 * modal before it: the day 14 days on). `in five years` inside a clause is left out: `the best showing in five years`,
 * `doubled in a year` are stretches that end now, and a future verb does not tell them apart (`will double in five
 * years`). `within two weeks` stays a duration (dropped with chrono's other durations, `within 62 days`).
 */
export const englishCountsAhead = (original: string): Array<{ readonly start: number; readonly end: number; readonly expr: Expr }> => {
  const out: Array<{ start: number; end: number; expr: Expr }> = []
  COUNT_AHEAD.lastIndex = 0
  for (let m = COUNT_AHEAD.exec(original); m !== null; m = COUNT_AHEAD.exec(original)) {
    const unit = m[2]!.toLowerCase()
    const count = countOf(m[1]!)
    if (count === null || count === 0) continue
    const start = m.index
    const end = m.index + m[0].length
    if (TIME_BEFORE.test(original.slice(Math.max(0, start - 8), start))) continue
    // a clause that opens with the count, before a comma (`In four days, …`), or a fortnight anywhere
    const opens = original.charCodeAt(start) === 0x49 && original.charCodeAt(end) === 0x2c && CLAUSE_OPEN.test(original.slice(Math.max(0, start - 3), start))
    if (!opens && unit !== "fortnight") continue
    // the clause after the comma tells the tense of one that opens with the count (`In four days, Unison will …`)
    if (opens ? !FUTURE.test(clauseAfter(original, end + 1)) : !aheadInClause(original, start, end)) continue
    out.push({ start, end, expr: shiftAhead(unit, count) })
  }
  return out
}

/**
 * `the coming year`, `the year ahead` (session 29), and before `'s` (`the coming year's budget`). Not `a year ahead` (`a
 * year ahead of schedule`: a count), nor before `of` (`the year ahead of the games`).
 */
const COMING_YEAR = /\bthe\s+(?:coming\s+year|year\s+ahead)(?![\w-]|\s+of\b)/gi

/**
 * The twelve months from the reference's month that `the coming year` and `the year ahead` name (`2005-06/2006-05`
 * for a reference in June 2005; in January, the calendar year). `the coming months`, `the coming weeks`, `the coming
 * years` count no units and are left out.
 */
export const englishComingYear = (original: string): Array<{ readonly start: number; readonly end: number; readonly expr: Expr }> => {
  const out: Array<{ start: number; end: number; expr: Expr }> = []
  if (!/coming|ahead/i.test(original)) return out
  COMING_YEAR.lastIndex = 0
  for (let m = COMING_YEAR.exec(original); m !== null; m = COMING_YEAR.exec(original)) {
    out.push({ start: m.index, end: m.index + m[0].length, expr: { t: "range", a: { t: "shift", unit: "month", n: 0 }, b: { t: "shift", unit: "month", n: 11 } } })
  }
  return out
}

/** `later in the year`, `earlier in the week`, `later in the month`: group 1 the unit. */
const LATER_IN = /\b(?:later|earlier)\s+in\s+the\s+(week|month|year)(?![\w'\u2019-])/gi
/** A year named with `in` before (`in 1974`, `in February in 1974`), or a quarter or a season: `in the year` is that one's. */
const YEAR_NAMED = /\b(?:in\s+(?:[A-Z][a-z]+\s+(?:in\s+|of\s+)?)?(?:1[5-9]|20)\d\d|quarter|spring|summer|autumn|winter)\b/
/** How far back (code units, within the paragraph) a year or month named before makes the period its own. */
const LATER_IN_BACK = 400

/**
 * `later in the year`, `earlier in the week`, `later in the month`: the reference's period (as `later this year`; chrono
 * reads `in the year` as a year from now, and the wrapper drops it). Not where the paragraph before names a year after
 * `in`, a quarter or a season (for the year: `The party won in 1988. … lost two seats later in the
 * year`), or a month (for the month), unless a clause about the future says `later`: the period is then that one,
 * which this does not read.
 */
export const englishLaterInPeriods = (original: string): Array<{ readonly start: number; readonly end: number; readonly expr: Expr }> => {
  const out: Array<{ start: number; end: number; expr: Expr }> = []
  if (!original.includes(" in the ")) return out
  LATER_IN.lastIndex = 0
  for (let m = LATER_IN.exec(original); m !== null; m = LATER_IN.exec(original)) {
    const unit = m[1]!.toLowerCase() as "week" | "month" | "year"
    // the window before it, cut at a line break inside it (a search for the break bounded by the window: in a text of
    // one long line an unbounded `lastIndexOf` would read back to the start for every match)
    const window = original.slice(Math.max(0, m.index - LATER_IN_BACK), m.index)
    const before = window.slice(window.lastIndexOf("\n") + 1)
    // a clause about the future (`prices may rise later in the year`) looks ahead from now, whatever was named before
    const named = (unit === "year" && YEAR_NAMED.test(before)) || (unit === "month" && calendarNames().named.test(before))
    if (named && (/^earlier/i.test(m[0]) || tenseAround(original, m.index, m.index + m[0].length) !== 1)) continue
    out.push({ start: m.index, end: m.index + m[0].length, expr: { t: "shift", unit, n: 0 } })
  }
  return out
}

/**
 * A year of two digits after an apostrophe, after a preposition or `the class of` (`in '94`, `since ’97`, `of '83`):
 * 1930–1999 for 30–99, 2000–2029 for 00–29 (the texts khabar reads are of the 2000s and 2010s). Not before another
 * digit, letter or apostrophe (`in '94s`, `'94'`), nor after other words (`rock 'n' roll`, `the '90s` is a decade).
 */
const SHORT_YEAR = /\b(?:in|since|of|from|until|till|by|during)\s+(['\u2019](\d\d))(?![\d\w'\u2019])/g
/**
 * What every match of {@link SHORT_YEAR} holds: an apostrophe and two digits (`'94`). Nearly every English text has an
 * apostrophe (`it's`, `BBC's`) and few have one before two digits: searched first, this spares the expression, which
 * tries every word of the text (session 59, helper perfen).
 */
const APOSTROPHE_DIGITS = /['\u2019]\d\d/

/** The years written with two digits after an apostrophe ({@link SHORT_YEAR}); spans are the apostrophe and digits. */
export const englishShortYears = (original: string): Array<{ readonly start: number; readonly end: number; readonly expr: Expr }> => {
  const out: Array<{ start: number; end: number; expr: Expr }> = []
  if (!APOSTROPHE_DIGITS.test(original)) return out
  SHORT_YEAR.lastIndex = 0
  for (let m = SHORT_YEAR.exec(original); m !== null; m = SHORT_YEAR.exec(original)) {
    const dd = Number(m[2])
    const start = m.index + m[0].length - m[1]!.length
    out.push({ start, end: start + m[1]!.length, expr: { t: "year", cal: "gregorian", y: dd >= 30 ? 1900 + dd : 2000 + dd } })
  }
  return out
}

let decadeWord: RegExp | undefined
let shortDecade: RegExp | undefined
let secondDecade: RegExp | undefined
/**
 * A second decade after one read (`the 80s and 90s`, `the seventies and eighties`, `the 1980s and 90s`, `the 60s to
 * the early 70s` is read by the first pattern): `and`, `or` or `to`, an optional part, then two digits (group 1 as
 * written, group 2 the digits) or a decade word (group 3). Sticky: tried at the end of the first.
 */
const secondDecadePattern = (): RegExp => {
  if (secondDecade === undefined) {
    const lex = dateLexicons()
    const words = [...lex.englishDecades.keys()].map(escapeRegExp).join("|")
    const parts = [...lex.periodParts.enAdjectives.keys()].map(escapeRegExp).join("|")
    secondDecade = new RegExp(`[ \t]+(?:and|or|to)[ \t]+(?:(?:${parts})[ \t-]+)?(?:(['\u2019]?([3-9]0)s)|(${words}))(?![\w'\u2019])`, "y")
  }
  return secondDecade
}
/** A decade of four digits that a second one of two may follow (`the 1980s and 90s`). */
const FOUR_DIGIT_DECADE = /\b19[3-9]0s(?=[ \t]+(?:and|or|to)[ \t])/g

/** The decade written after the one that ends at `end` ({@link secondDecadePattern}), pushed to `out`. */
const pushSecondDecade = (original: string, end: number, out: Array<{ start: number; end: number; expr: Expr }>): void => {
  const re = secondDecadePattern()
  re.lastIndex = end
  const m = re.exec(original)
  if (m === null) return
  const y = m[2] !== undefined ? 1900 + Number(m[2]) : dateLexicons().englishDecades.get(m[3]!)
  if (y === undefined) return
  const e = end + m[0].length
  out.push({ start: e - (m[1] ?? m[3]!).length, end: e, expr: { t: "range", a: { t: "year", cal: "gregorian", y }, b: { t: "year", cal: "gregorian", y: y + 9 } } })
}
/**
 * `the seventies`, `the early eighties`, `the mid-sixties`: group 1 the decade word (after `the` only: `in his seventies`
 * is an age). The words are the decades' `en` forms and the parts' English adjectives of `calendar-words.json`.
 */
const decadeWordPattern = (): RegExp => {
  if (decadeWord === undefined) {
    const lex = dateLexicons()
    const words = [...lex.englishDecades.keys()].map(escapeRegExp).join("|")
    const parts = [...lex.periodParts.enAdjectives.keys()].map(escapeRegExp).join("|")
    decadeWord = new RegExp(`\\b[Tt]he\\s+(?:(?:${parts})[\\s-]+)?(${words})\\b`, "g")
  }
  return decadeWord
}

/**
 * `the 90s`, `the mid-90s`, `the late '80s`: group 1 the decade as written, group 2 its two digits (after `the` or its
 * part only: `in his 90s` is an age).
 */
const shortDecadePattern = (): RegExp => {
  if (shortDecade === undefined) {
    const parts = [...dateLexicons().periodParts.enAdjectives.keys()].map(escapeRegExp).join("|")
    shortDecade = new RegExp(`\\b[Tt]he\\s+(?:(?:${parts})[\\s-]+)?(['\u2019]?([3-9]0)s)(?![\\w'\u2019])`, "g")
  }
  return shortDecade
}

/**
 * Decades written as words after `the` (`the seventies`, `By the early seventies`), from the 1940s to the 1990s as
 * in Arabic (`السبعينات`), and with two digits (`the 90s`, `the mid-90s`, `the late '80s`: the 1930s to the 1990s;
 * `the 20s` may be an age or the 1920s or 2020s, and is left): a range of ten years, as `the 1970s`. Not after a possessive (`in his seventies`, an age)
 * and not `the over-sixties` (the word must follow `the` or its `early`/`late`/`mid`). Spans are into `original`, the
 * decade word alone (as `1970s` in `the early 1970s`). A second decade after `and`, `or` or `to` shares the first's
 * `the` (`the 80s and 90s`, `the seventies and eighties`, `the 1980s and 90s`: session 32).
 */
export const englishDecadeWords = (original: string): Array<{ readonly start: number; readonly end: number; readonly expr: Expr }> => {
  const out: Array<{ start: number; end: number; expr: Expr }> = []
  const re = decadeWordPattern()
  re.lastIndex = 0
  for (let m = re.exec(original); m !== null; m = re.exec(original)) {
    const y = dateLexicons().englishDecades.get(m[1]!)!
    const end = m.index + m[0].length
    out.push({ start: end - m[1]!.length, end, expr: { t: "range", a: { t: "year", cal: "gregorian", y }, b: { t: "year", cal: "gregorian", y: y + 9 } } })
    pushSecondDecade(original, end, out)
  }
  if (!/\d0s/.test(original)) return out
  const short = shortDecadePattern()
  short.lastIndex = 0
  for (let m = short.exec(original); m !== null; m = short.exec(original)) {
    const y = 1900 + Number(m[2])
    const end = m.index + m[0].length
    out.push({ start: end - m[1]!.length, end, expr: { t: "range", a: { t: "year", cal: "gregorian", y }, b: { t: "year", cal: "gregorian", y: y + 9 } } })
    pushSecondDecade(original, end, out)
  }
  FOUR_DIGIT_DECADE.lastIndex = 0
  for (let m = FOUR_DIGIT_DECADE.exec(original); m !== null; m = FOUR_DIGIT_DECADE.exec(original)) pushSecondDecade(original, m.index + m[0].length, out)
  return out
}

/**
 * Holidays named as days (chrono reads none): `on Christmas Day`, `before Christmas`, `this Christmas`, `last Easter`,
 * `since Boxing Day`, `until New Year's Eve`, `Christmas 2004`. A name counts after a preposition or a direction only
 * (`the worst Christmas`, `a Christmas message` are no day), and not before a noun it modifies (`for Christmas
 * prize`, `before Christmas shoppers`). Without a year, `last`/`next` or the clause's tense picks the occurrence
 * (`gave … just days before Christmas`: the last one; `will be ready for Christmas`: the next), else the nearest.
 * Spans are into `original`.
 */
export const englishHolidays = (original: string): Array<{ readonly start: number; readonly end: number; readonly expr: Expr }> => {
  const out: Array<{ start: number; end: number; expr: Expr }> = []
  // most texts name no holiday: a few `includes` cost a fifth of the regex's scan of the text
  if (!HOLIDAY_WORDS.some((w) => original.includes(w))) return out
  HOLIDAY.lastIndex = 0
  for (let m = HOLIDAY.exec(original); m !== null; m = HOLIDAY.exec(original)) {
    const name = m[0].slice(0, m[1] === undefined ? m[0].length : m[0].length - m[1].length).trim()
    const h = HOLIDAYS.get(name.replace(/\s+/g, " ").replace("\u2019", "'").toLowerCase())
    if (h === undefined) continue
    let start = m.index
    let end = m.index + (m[1] === undefined ? name.length : m[0].length)
    const y = m[1] === undefined ? null : Number(m[1])
    let dir: Dir | null = null
    let side: Tense = 0
    if (y === null) {
      // not before a noun it modifies: a lower-case word after it must be one that may follow a day
      const next = /^[ \t]+([a-z]+)/.exec(original.slice(end, end + 20))
      if (next !== null && !HOLIDAY_FOLLOW.has(next[1]!)) continue
      // the second of two joined by `and`/`or` (`on Christmas Day or New Year's Day`) takes the first one's side
      const last = out[out.length - 1]
      if (last !== undefined && start - last.end <= 6 && HOLIDAY_JOINED.test(original.slice(last.end, start))) {
        const e = last.expr as { readonly dir?: Dir | null; readonly side?: 1 | -1 }
        const joined: { dir: Dir | null; side: Tense } = { dir: e.dir ?? null, side: e.side ?? 0 }
        out.push({ start, end, expr: holidayExpr(h, null, joined.dir, joined.side) })
        continue
      }
      const back = Math.max(0, start - 12)
      const w = HOLIDAY_BEFORE.exec(original.slice(back, start))
      if (w === null) continue
      const word = w[1]!.toLowerCase()
      // `Wham's Last Christmas`: a capitalised direction after a capitalised word is a title
      if (/^[A-Z]/.test(w[1]!) && /[A-Z][\w'\u2019]*\s+$/.test(original.slice(Math.max(0, back - 20), back + w.index + w[0].indexOf(w[1]!)))) continue
      // a direction is part of the mention (`last Christmas`), a preposition is not
      if (word === "last" || word === "next" || word === "this") start = back + w.index + w[0].indexOf(w[1]!)
      if (word === "last") dir = -1
      else if (word === "next") dir = 1
      else if (word === "since") side = -1
      else {
        // a future cue right after the name (`this Christmas will come`), or anywhere in its sentence when its clause
        // gives no tense (`Also on Christmas Day, he will return`, `may want the latest toy this Christmas`)
        const [sf, st] = sentenceAround(original, start, end)
        side = FUTURE_CUE.test(original.slice(end, Math.min(st, end + 24))) ? 1 : clauseTense(original.slice(sf, st), start - sf, end - sf)
        if (side === 0 && FUTURE_CUE.test(original.slice(sf, st))) side = 1
      }
    }
    out.push({ start, end, expr: holidayExpr(h, y, dir, side) })
  }
  return out
}

/** The expression of holiday `h` in year `y` (or null), with a direction or a side of the reference. */
const holidayExpr = (h: Holiday, y: number | null, dir: Dir | null, side: Tense): Expr =>
  "f" in h
    ? { t: "feast", f: h.f, offset: h.offset, y, dir, ...(side === 0 ? {} : { side, future: side === 1 }) }
    : { t: "date", cal: "gregorian", y, m: h.m, d: h.d, dir, ...(side === 0 ? {} : { side, future: side === 1 }) }
