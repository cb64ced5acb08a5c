/**
 * The Arabic date scanner: a hand-written parser over the token stream
 * (`../internal/tokens.ts`), tried at each token that can start a date phrase.
 * Each attempt reads a bounded number of tokens, so the scan is linear in the
 * length of the text.
 *
 * Phrases (see `docs/dates.md` for the full table with examples):
 * - explicit dates: `20 أكتوبر/تشرين الأول 2015`, `الثاني عشر من آب/أغسطس`,
 *   `25 شوال 1436 هـ`, `10/8/2015`, `2015-08-10`, `1436/10/15 هـ`, `(10/شوال/1436هـ)`,
 *   and the dual form `25 شوال 1436 هـ الموافق 10 أغسطس 2015 م` as one date;
 * - months and years: `مارس/آذار 2011`, `نوفمبر الحالي`, `شهر رمضان`, `عام 2011`,
 *   `2015م`, `1436هـ`, `في 2014`, `عامي 2014 و2015`;
 * - ranges: `يومي 22 و 23 نوفمبر`, `من 22 إلى 25 نوفمبر`, `بين 21 يونيو و21 سبتمبر`;
 * - weekdays, relative days and nights: `الاثنين`, `يوم الثلاثاء المقبل`, `أمس`,
 *   `غداً الأربعاء`, `اليوم (الاثنين)`, `أول من أمس`, `الليلة قبل الماضية`;
 * - parts of the day and clock times: `مساء أمس الاثنين`, `صباح اليوم`,
 *   `الساعة العاشرة صباحاً`, `عند الثامنة من صباح يوم غد الأربعاء`;
 * - periods: `الأسبوع المقبل`, `الشهر الماضي`, `العام المقبل`, `هذا العام`,
 *   `مطلع الشهر القادم`, `قبل يومين`, `منذ 3 سنوات`, `بعد أسبوعين`.
 *
 * @module
 */
import { numberLexicons, type NumberLexicons } from "../numbers/lexicon.js"
import { BREAK, NUM, PUNCT, WORD, cliticReadings, isArabicKey, offsetAfterLetters, type Tokens } from "../internal/tokens.js"
import { readNumberWords } from "../numbers/words.js"
import { KeySet, idOf, idsOf } from "../internal/keys.js"
import type { Clock, Dir, Expr } from "./expr.js"
import { dateLexicons, withClitics, type DateLexicons } from "./lexicon.js"

/** A date phrase found in the token stream (offsets into the view text). */
export interface Found {
  /** Token range `[from, to)`. */
  readonly from: number
  readonly to: number
  readonly startOffset: number
  readonly endOffset: number
  readonly expr: Expr | null
  readonly calendar: "gregorian" | "hijri" | "both"
  readonly partOfDay: boolean
  readonly time: Clock | null
}

interface Part {
  /** First token of the span when it is not where the phrase was tried (a cue word left out). */
  readonly from?: number
  readonly to: number
  readonly expr: Expr
  readonly calendar: "gregorian" | "hijri" | "both"
  readonly partOfDay?: boolean
  readonly time?: Clock | null
}

const AL = "\u0627\u0644"
const WAW = "\u0648"
/** The one-letter proclitics before an event noun (`لكأس`, `ومونديال`, `بمونديال`, `فكأس`). */
const PROCLITIC: ReadonlySet<string> = new Set([WAW, "\u0641", "\u0644", "\u0628"])
const FA = "\u0641"
const LAM = "\u0644"
const SLASH = new Set(["/", "\\"])
const DASHES = new Set(["-", "\u2013", "\u2014", "\u0640"])
const COMMAS = new Set([",", "\u060c"])
const OPEN = new Set(["(", "["])
const CLOSE = new Set([")", "]"])
/**
 * Quotation marks. Opening and closing ones are not told apart: the normalized view writes them all as `"`, and
 * the scanner must read the original text and the view alike; which side a mark is on shows in the spacing.
 */
const QUOTES = new Set(["\u00ab", "\u00bb", '"', "\u201c", "\u201d", "\u201e", "'"])

const K = {
  yawm: "\u064a\u0648\u0645", // يوم
  yawmay: "\u064a\u0648\u0645\u064a", // يومي
  shahr: "\u0634\u0647\u0631", // شهر
  min: "\u0645\u0646", // من
  fi: "\u0641\u064a", // في
  hatta: "\u062d\u062a\u064a", // حتي (folded حتى)
  mundhu: "\u0645\u0646\u0630", // منذ
  qabl: "\u0642\u0628\u0644", // قبل
  hadha: "\u0647\u0630\u0627", // هذا
  hadhihi: "\u0647\u0630\u0647", // هذه
  ayn: "\u0639\u064a\u0646", // عين (the outlet عين اليوم)
  nafs: "\u0646\u0641\u0633", // نفس (في نفس اليوم: the same day)
  dhat: "\u0630\u0627\u062a", // ذات
  tilka: "\u062a\u0644\u0643", // تلك (تلك الليلة: that night)
  dhalika: "\u0630\u0644\u0643", // ذلك
  tilw: "\u062a\u0644\u0648", // تلو (اليوم تلو اليوم: day after day)
  nafsuhu: "\u0646\u0641\u0633\u0647", // نفسه (اليوم نفسه)
  dhatuhu: "\u0630\u0627\u062a\u0647", // ذاته
  mubarak: "\u0627\u0644\u0645\u0628\u0627\u0631\u0643", // المبارك
  saa: "\u0627\u0644\u0633\u0627\u0639\u0647", // الساعه (folded الساعة)
  inda: "\u0639\u0646\u062f", // عند
  ila: "\u0627\u0644\u064a", // الي (folded إلى)
  amsi: "\u0627\u0645\u0633", // امس (folded أمس)
  alan: "\u0627\u0644\u0627\u0646", // الان (folded الآن)
  ajl: "\u0627\u062c\u0644", // اجل (folded أجل)
  ala: "\u0639\u0644\u064a", // علي (folded على: بعد أربعة أيام على فوزه, counted from the win)
  aqall: "\u0627\u0644\u0627\u0642\u0644", // الاقل (folded الأقل: على الأقل, "at least")
  akthar: "\u0627\u0644\u0627\u0643\u062b\u0631", // الاكثر (folded الأكثر: على الأكثر, "at most")
  arjah: "\u0627\u0644\u0627\u0631\u062c\u062d", // الارجح (folded الأرجح: على الأرجح, "most likely")
  tawali: "\u0627\u0644\u062a\u0648\u0627\u0644\u064a", // التوالي (على التوالي, "in a row")
  haja: "\u0627\u0644\u062d\u0627\u062c\u0647", // الحاجه (folded الحاجة: في أمس الحاجة, "in the direst need")
  alamsi: "\u0627\u0644\u0627\u0645\u0633", // الامس (folded الأمس)
  qarib: "\u0627\u0644\u0642\u0631\u064a\u0628", // القريب (بالأمس القريب: "not long ago")
  baid: "\u0627\u0644\u0628\u0639\u064a\u062f", // البعيد (بالأمس البعيد: "long ago")
  awwal: "\u0627\u0644\u0627\u0648\u0644", // الاول (folded الأول: بالأمس الأول, the day before yesterday)
  alyawm: "\u0627\u0644\u064a\u0648\u0645" // اليوم
}
/** How many words on each side of `بالأمس` an `اليوم` sets it against the present ({@link ArabicDateScanner} `pairedWithToday`). */
const PAIR_WORDS = 8

/**
 * The word parsers of {@link ArabicDateScanner} `phraseAt`, as bits. A word
 * starts a phrase only when its key opens one of them (a month name, `يوم`, a
 * relative day, a time cue…). Many words that pass the starter check open
 * none (`من`, `بين`, `ما`, `خلال` start only range openers, read inside other
 * phrases), and those that do open one or two (`في` only `في تمام الساعة`). The table
 * {@link phraseStarts} lists, for each key, the parsers whose first check it
 * passes, so the scanner calls only those (every other parser would return
 * null at its first look-up) and skips a reading that opens none.
 */
const P_DAY_MONTH = 1 << 0
const P_MONTH = 1 << 1
const P_WEEKDAY = 1 << 2
const P_RELATIVE_DAY = 1 << 3
const P_NIGHT = 1 << 4
const P_PART_OF_DAY = 1 << 5
const P_TIME = 1 << 6
const P_UNIT = 1 << 7
const P_YEAR_CUE = 1 << 8
const P_PERIOD = 1 << 9
const P_AGO = 1 << 10
const P_DECADE = 1 << 11

interface PhraseStarts {
  /**
   * Key → the parsers (`P_*` bits) that can succeed at a word with that key:
   * each entry mirrors the first test of its parser (`dayAt`, `monthAt`, the
   * tries' first keys…). Only keys in `lex.starters` are listed, so a reading
   * is tried exactly when the starter check alone would try it and some
   * parser can succeed.
   */
  readonly parsers: ReadonlyMap<string, number>
  /**
   * {@link parsers} by key id (`keys.ts`; 0 for a key in none, and past the end for keys registered
   * later): the scanner asks it of every word that passes the starter check, and a word's id is
   * already known, where the map would hash the word's key.
   */
  readonly parsersById: Uint16Array
  /**
   * The Arabic words with a reading in {@link parsers} (its keys with their proclitics), read by key id:
   * the starter check, decided without reading the word's key (a string elsewhere in memory).
   */
  readonly words: KeySet
  /**
   * The words of {@link words} that have a reading with proclitics left out (`cliticReadings`, after
   * the first) in {@link parsers}: only these are read again without them when the word as written
   * opens no phrase (`والاثنين`, `للعام`; not `في`, `بعد`).
   */
  readonly withReadings: KeySet
  /** {@link words} and the English month and weekday names (`latinMonthFirstKeys`): one look-up rules out most words. */
  readonly wordsOrLatin: KeySet
}

const phraseStartsCache = new WeakMap<DateLexicons, PhraseStarts>()

/** The {@link PhraseStarts} of a compiled lexicon, built once (`nl` is the number lexicons' single compiled instance). */
const phraseStarts = (lex: DateLexicons, nl: NumberLexicons): PhraseStarts => {
  const known = phraseStartsCache.get(lex)
  if (known !== undefined) return known
  const out = new Map<string, number>()
  const add = (keys: Iterable<string>, bit: number): void => {
    for (const k of keys) if (lex.starters.has(k)) out.set(k, (out.get(k) ?? 0) | bit)
  }
  // dayMonthDate: يوم/يومي, or a day ordinal (a word is never a digit day)
  add([K.yawm, K.yawmay, ...nl.ordinals.keys(), ...nl.ordinalTens.keys()], P_DAY_MONTH)
  // monthPhrase: شهر, or a month name of either calendar
  add([K.shahr, ...lex.months.firstKeys(), ...lex.hijriMonths.firstKeys()], P_MONTH)
  // weekdayPhrase: يوم/يومي, or a weekday name
  add([K.yawm, K.yawmay, ...lex.weekdays.firstKeys()], P_WEEKDAY)
  add(lex.days.firstKeys(), P_RELATIVE_DAY)
  add(lex.nights.firstKeys(), P_NIGHT)
  add(lex.partsOfDay.firstKeys(), P_PART_OF_DAY)
  add(lex.timeCues.firstKeys(), P_TIME)
  // an hour after في with a part of the day (في الثالثة من عصر اليوم): no cue word
  add(lex.hourOrdinals.firstKeys(), P_TIME)
  // unitPhrase: هذا/هذه, or a unit word
  add([K.hadha, K.hadhihi, ...lex.units.keys()], P_UNIT)
  add(lex.yearCues, P_YEAR_CUE)
  add(lex.periodModifiers, P_PERIOD)
  add(lex.before, P_AGO)
  add(lex.after, P_AGO)
  add(lex.decades.keys(), P_DECADE)
  const words = withClitics(out.keys())
  const latin = [...lex.monthFirst, ...lex.weekdayFirst].filter((k) => lex.latinMonthFirstKeys.hasRange(k, 0, k.length))
  const arabicWords = [...words].filter(isArabicKey)
  const withReadings = arabicWords.filter((w) => cliticReadings(w).some((r, i) => i > 0 && out.has(r.key)))
  const wordsOrLatin = new KeySet([...words, ...latin])
  // the keys of `out` are registered now (`words` has each key as it is, without a proclitic)
  let top = 0
  for (const k of out.keys()) top = Math.max(top, idOf(k))
  const parsersById = new Uint16Array(top + 1)
  for (const [k, bits] of out) parsersById[idOf(k)] = bits
  // id 0 is every word in no lexicon: it opens nothing, whatever a key that failed to register would have written
  parsersById[0] = 0
  const starts = { parsers: out, parsersById, words: new KeySet(arabicWords), withReadings: new KeySet(withReadings), wordsOrLatin }
  phraseStartsCache.set(lex, starts)
  return starts
}

/** Scans one token stream for Arabic date phrases. */
/** The most years a span of two bare years joined by a slash or a dash covers (`الفترة 2001-2003`). */
const BARE_SPAN_YEARS = 30
/** The percent signs after a number (`2000%`: no year). */
const PERCENT: ReadonlySet<string> = new Set(["%", "\u066a"])

export class ArabicDateScanner {
  private readonly lex: DateLexicons = dateLexicons()
  private readonly nlex = numberLexicons()
  /** The parsers each starter key can open (see {@link phraseStarts}). */
  private readonly starts = phraseStarts(this.lex, this.nlex).parsers
  private readonly startsById = phraseStarts(this.lex, this.nlex).parsersById
  private readonly startWords = phraseStarts(this.lex, this.nlex).words
  private readonly withReadings = phraseStarts(this.lex, this.nlex).withReadings
  private readonly startWordsOrLatin = phraseStarts(this.lex, this.nlex).wordsOrLatin
  private readonly keys: Array<string>
  /** Index of the current line's end (first break token at or after the scan point). */
  private limit = 0
  /** The token whose key is swapped for a reading without its proclitic while the parsers run (-1: none). */
  private swappedAt = -1
  /** The token after the last year the scan took (a year alone or after a cue), and that year: a bare `و2022` after it is the next year of a list ({@link yearAlone}). */
  private lastYearTo = -10
  private lastYear = 0
  /** The key as written of the token at {@link swappedAt} (`بالامس` while `الامس` is read). */
  private swappedFrom = ""

  /**
   * After {@link scan}: the word tokens, in order, that start an English month
   * or weekday name (`latinMonthFirstKeys`), so the English lines are found
   * without another pass over the tokens.
   */
  readonly latinMonthWords: Array<number> = []
  /** Key ids of the tokens (read before a reading replaces a key, see {@link scan}). */
  private readonly ids: Int32Array

  constructor(private readonly t: Tokens) {
    this.keys = t.keys
    this.ids = idsOf(t).ids
  }

  private key(j: number): string {
    return j < this.limit ? this.keys[j]! : "\n"
  }
  private isWord(j: number): boolean {
    return j < this.limit && this.t.kinds[j] === WORD
  }
  private isPunct(j: number, set: ReadonlySet<string>): boolean {
    return j < this.limit && this.t.kinds[j] === PUNCT && set.has(this.keys[j]!)
  }
  /**
   * The value of an integer number token (ASCII digits only, no separators), or -1. Its digit
   * count is the key's length ({@link digitsAt}). A number, not an object: every number token
   * of a text is tried as a day, a year and an hour, and each try asks this.
   */
  private intAt(j: number): number {
    if (j >= this.limit || this.t.kinds[j] !== NUM) return -1
    const k = this.keys[j]!
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i)
      if (c < 0x30 || c > 0x39) return -1
    }
    return Number(k)
  }
  /** The digit count of the number token `j` (meaningful when {@link intAt} read it). */
  private digitsAt(j: number): number {
    return this.keys[j]!.length
  }
  /** Finds every date phrase, in text order, without overlaps. */
  scan(): Array<Found> {
    const out: Array<Found> = []
    const t = this.t
    const kinds = t.kinds
    const count = t.count
    const ids = this.ids
    const startWords = this.startWords
    const startWordsOrLatin = this.startWordsOrLatin
    const latin = this.lex.latinMonthFirstKeys
    let lineEnd = 0
    for (let i = 0; i < count; ) {
      if (i >= lineEnd) {
        lineEnd = i
        while (lineEnd < count && kinds[lineEnd] !== BREAK) lineEnd++
        this.limit = lineEnd
      }
      const kind = kinds[i]
      if (kind !== WORD && kind !== NUM) {
        i++
        continue
      }
      if (kind === WORD) {
        // decided by key id, without reading the key: most words stop at the first test
        const id = ids[i]!
        if (!startWordsOrLatin.hasId(id)) {
          i++
          continue
        }
        if (latin.hasId(id)) {
          // an English month or weekday name sends its line to the English parser
          this.latinMonthWords.push(i)
          i++
          continue
        }
        // a word no Arabic date phrase starts with, read or not with a proclitic, starts nothing
        if (!startWords.hasId(id)) {
          i++
          continue
        }
      }
      const original = this.keys[i]!
      // the phrase at i, and how many letters of proclitics its reading of the word left out
      let found: Part | null = null
      let strip = 0
      // a number, and a word as written (the first of its readings), are read in place
      if (kind === NUM) found = this.phraseAt(i, 0)
      else {
        // the parsers the word as written can open, by its id (the same as `starts.get(original)`)
        const can = this.startsById[ids[i]!] ?? 0
        if (can !== 0) found = this.phraseAt(i, can)
      }
      if (found === null && kind === WORD && this.withReadings.hasId(ids[i]!)) {
        // the word read without its proclitics (والاثنين → الاثنين, للعام → العام): the key is swapped in for the parsers
        const readings = cliticReadings(original)
        for (let r = 1; r < readings.length && found === null; r++) {
          const reading = readings[r]!
          const can = this.starts.get(reading.key) ?? 0
          if (can === 0) continue
          this.keys[i] = reading.key
          this.swappedAt = i
          this.swappedFrom = original
          try {
            found = this.phraseAt(i, can)
          } finally {
            this.keys[i] = original
            this.swappedAt = -1
          }
          strip = reading.strip
        }
      }
      if (found === null) {
        i++
        continue
      }
      const p = this.extendRange(i, found)
      // a proclitic is left out of the span (والاثنين → الاثنين), except ل before ال, which took the alef (للعام)
      const merged = original.length > 1 && original[strip - 1] === "\u0644" && original[strip] === "\u0644"
      const startOffset =
        p.from !== undefined && p.from > i ? t.starts[p.from]! : strip > 0 && !merged ? offsetAfterLetters(t, i, strip) : t.starts[i]!
      out.push({
        from: i,
        to: p.to,
        startOffset,
        endOffset: t.ends[p.to - 1]!,
        expr: p.expr,
        calendar: p.calendar,
        partOfDay: p.partOfDay ?? false,
        time: p.time ?? null
      })
      if (p.expr.t === "year" && p.expr.cal === "gregorian") {
        this.lastYearTo = p.to
        this.lastYear = p.expr.y
      }
      // the tokens the phrase took are not visited: note the English month and weekday names among them
      for (let j = i; j < p.to; j++) if (t.kinds[j] === WORD && this.lex.latinMonthFirstKeys.hasId(this.ids[j]!)) this.latinMonthWords.push(j)
      i = p.to
    }
    return out
  }

  /**
   * The longest phrase at token `i` (the first of equals, in the order below). `can`: for a word,
   * the parsers its key (as written, or the reading swapped in) can open (`starts`); unused for a number.
   */
  private phraseAt(i: number, can: number): Part | null {
    if (this.t.kinds[i] === NUM) {
      let best = this.numericDate(i)
      best = longer(best, this.dayMonthDate(i))
      best = longer(best, this.yearAlone(i))
      return longer(best, this.bareTime(i))
    }
    // only the parsers this word can open are called: the others would return null
    let best: Part | null = null
    if ((can & P_DAY_MONTH) !== 0) best = longer(best, this.dayMonthDate(i))
    if ((can & P_MONTH) !== 0) best = longer(best, this.monthPhrase(i))
    if ((can & P_WEEKDAY) !== 0) best = longer(best, this.weekdayPhrase(i))
    if ((can & P_RELATIVE_DAY) !== 0) best = longer(best, this.relativeDayPhrase(i, false))
    if ((can & P_NIGHT) !== 0) best = longer(best, this.nightPhrase(i))
    if ((can & P_PART_OF_DAY) !== 0) best = longer(best, this.partOfDayPhrase(i))
    if ((can & P_TIME) !== 0) best = longer(best, this.timePhrase(i))
    if ((can & P_UNIT) !== 0) best = longer(best, this.unitPhrase(i, false))
    if ((can & P_YEAR_CUE) !== 0) best = longer(best, this.yearCuePhrase(i))
    if ((can & P_PERIOD) !== 0) best = longer(best, this.periodPhrase(i))
    if ((can & P_AGO) !== 0) best = longer(best, this.agoPhrase(i))
    if ((can & P_DECADE) !== 0) best = longer(best, this.decadePhrase(i))
    return best
  }

  // -------------------------------------------------------------------------
  // pieces

  /** A month name (Gregorian or Hijri) with an optional paired name: `نوفمبر/تشرين الثاني`, `يوليو (تموز)`. */
  private monthAt(j: number): { m: number; cal: "gregorian" | "hijri"; to: number; guarded: boolean; paired: boolean } | null {
    if (!this.isWord(j) || !isArabicKey(this.key(j))) return null
    const g = this.lex.months.longestAt(this.keys, j, this.limit)
    const h = this.lex.hijriMonths.longestAt(this.keys, j, this.limit)
    let m: number
    let cal: "gregorian" | "hijri"
    let len: number
    if (h !== null && (g === null || h.length > g.length)) {
      m = h.value
      cal = "hijri"
      len = h.length
    } else if (g !== null) {
      m = g.value
      cal = "gregorian"
      len = g.length
    } else return null
    const phrase = this.keys.slice(j, j + len).join(" ")
    const guarded = cal === "gregorian" ? this.lex.guardedMonths.has(phrase) : this.lex.guardedHijri.has(phrase)
    let to = j + len
    let paired = false
    if (cal === "gregorian") {
      // ديسمبر كانون الأول: the two names side by side
      const side = this.isWord(to) ? this.lex.months.longestAt(this.keys, to, this.limit) : null
      if (side !== null && side.value === m && isArabicKey(this.key(to))) {
        return { m, cal, to: to + side.length, guarded: false, paired: true }
      }
      const sep = this.key(to)
      if ((SLASH.has(sep) || DASHES.has(sep) || OPEN.has(sep)) && this.t.kinds[to] === PUNCT) {
        const alt = this.lex.months.longestAt(this.keys, to + 1, this.limit)
        if (alt !== null && alt.value === m) {
          to = to + 1 + alt.length
          if (OPEN.has(sep)) {
            if (this.isPunct(to, CLOSE)) to++
            else to = j + len
          }
          paired = to > j + len
        }
      }
    }
    return { m, cal, to, guarded: guarded && !paired, paired }
  }

  /** A day of the month: digits 1–31 or an ordinal (`الثاني عشر`, `الحادي والعشرين`). */
  private dayAt(j: number): { d: number; to: number; ordinal: boolean } | null {
    const num = this.intAt(j)
    if (num >= 0) return this.digitsAt(j) <= 2 && num >= 1 && num <= 31 ? { d: num, to: j + 1, ordinal: false } : null
    if (!this.isWord(j)) return null
    const nl = this.nlex
    const k = this.key(j)
    const tens = nl.ordinalTens.get(k)
    if (tens !== undefined) return { d: tens, to: j + 1, ordinal: true }
    const v = nl.ordinals.get(k)
    if (v === undefined) return null
    const next = this.key(j + 1)
    if (nl.ordinalTeen.has(next)) return { d: v + 10, to: j + 2, ordinal: true }
    if (next.length > 2 && next[0] === WAW && nl.ordinalTens.has(next.slice(1))) return { d: v + nl.ordinalTens.get(next.slice(1))!, to: j + 2, ordinal: true }
    if (next === WAW && nl.ordinalTens.has(this.key(j + 2))) return { d: v + nl.ordinalTens.get(this.key(j + 2))!, to: j + 3, ordinal: true }
    return k === "\u0627\u0644\u062d\u0627\u062f\u064a" || k === "\u0627\u0644\u062d\u0627\u062f\u064a\u0647" ? null : { d: v, to: j + 1, ordinal: true }
  }

  /** A year (4 digits) with an optional era mark: `2015`, `2015م`, `1436 هـ`. */
  private yearAt(j: number): { y: number; to: number; era: "gregorian" | "hijri" | null } | null {
    const num = this.intAt(j)
    if (num < 1000 || num > 2999 || this.digitsAt(j) !== 4) return null
    const era = this.isWord(j + 1) ? this.lex.eras.get(this.key(j + 1)) : undefined
    return { y: num, to: era === undefined ? j + 1 : j + 2, era: era ?? null }
  }

  /** A Hijri month takes a Hijri year (1300–1600, or one marked هـ); a Gregorian month any other. */
  private fitsCalendar(cal: "gregorian" | "hijri", yr: { y: number; era: "gregorian" | "hijri" | null }): boolean {
    if (cal === "hijri") return yr.era === "hijri" || (yr.era === null && yr.y >= 1300 && yr.y <= 1600)
    return yr.era !== "hijri"
  }

  /**
   * The calendar of a year: its era mark, else Hijri for 1350–1460 (1931–2038: the years news dates by the Hijri
   * calendar without a mark), else Gregorian (`عام 1501`, `عام 1517`: history, not a Hijri year sixty years ahead).
   */
  private yearCalendar(y: number, era: "gregorian" | "hijri" | null): "gregorian" | "hijri" {
    if (era !== null) return era
    return y >= HIJRI_UNMARKED_FROM && y <= HIJRI_UNMARKED_TO ? "hijri" : "gregorian"
  }

  private directionAt(j: number): { dir: Dir; to: number } | null {
    if (!this.isWord(j)) return null
    if (this.key(j) === K.qabl) {
      const d = this.lex.directions.longestAt(this.keys, j + 1, this.limit)
      if (d !== null && d.value === -1) return { dir: -1, to: j + 1 + d.length }
      return null
    }
    const d = this.lex.directions.longestAt(this.keys, j, this.limit)
    // هذا/هذه are directions only before the unit (هذا العام), never after it
    if (d === null || this.key(j) === K.hadha || this.key(j) === K.hadhihi) return null
    return { dir: d.value, to: j + d.length }
  }

  /** `الموافق` and its kin after a date, or an opening bracket, or a comma: where a second form of the same date starts. */
  private appositiveStart(j: number): { at: number; bracket: boolean } | null {
    let k = j
    let bracket = false
    if (this.isPunct(k, COMMAS)) k++
    if (this.isPunct(k, OPEN)) {
      bracket = true
      k++
    }
    const op = this.isWord(k) ? this.lex.appositiveOpeners.longestAt(this.keys, k, this.limit) : null
    if (op !== null) k += op.length
    // الموافق لـ / الموافق ل
    if (op !== null && this.isWord(k) && this.key(k) === "\u0644") k++
    // الموافق (26/7/2015م)
    if (op !== null && !bracket && this.isPunct(k, OPEN)) {
      bracket = true
      k++
    }
    if (this.isPunct(k, DASHES) && this.t.kinds[k] === PUNCT && op === null && !bracket) return null
    return k === j ? null : { at: k, bracket }
  }

  // -------------------------------------------------------------------------
  // explicit dates

  /** `10/8/2015`, `2015-08-10`, `17 / 7 / 2015م`, `10.8.2015`, `1436/10/15 هـ`. */
  private numericDate(i: number): Part | null {
    let a: number
    let b: number
    let c: number
    let to: number
    const single = this.key(i)
    if (this.t.kinds[i] !== NUM) return null
    // most number tokens have no dot: the regex is not run on them
    if (single.includes(".") && /^\d{1,4}\.\d{1,2}\.\d{2,4}$/.test(single)) {
      const parts = single.split(".").map(Number)
      ;[a, b, c] = [parts[0]!, parts[1]!, parts[2]!]
      to = i + 1
    } else {
      const x = this.intAt(i)
      if (x < 0) return null
      const s1 = this.key(i + 1)
      if (!(this.t.kinds[i + 1] === PUNCT && (SLASH.has(s1) || s1 === "-"))) return null
      const y = this.intAt(i + 2)
      if (y < 0 || this.key(i + 3) !== s1) return null
      const z = this.intAt(i + 4)
      if (z < 0) return null
      ;[a, b, c] = [x, y, z]
      to = i + 5
      const xd = this.digitsAt(i)
      const zd = this.digitsAt(i + 4)
      if ((xd !== 4 && zd !== 4) || xd > 4 || zd > 4) return null
    }
    let y: number
    let m: number
    let d: number
    if (a >= 1000) [y, m, d] = [a, b, c]
    else if (c >= 1000) {
      ;[d, m, y] = [a, b, c]
      // 8/25/2015 is month first
      if (m > 12 && d <= 12) [d, m] = [m, d]
    } else return null
    if (m < 1 || m > 12 || d < 1 || d > 31) return null
    const era = this.isWord(to) ? this.lex.eras.get(this.key(to)) : undefined
    if (era !== undefined) to++
    const cal = this.yearCalendar(y, era ?? null)
    return this.withDual({ to, expr: { t: "date", cal, y, m, d }, calendar: cal })
  }

  /** A day and a month, with an optional year: `20 أكتوبر 2015`, `25 شوال 1436 هـ`, `الثاني عشر من آب/أغسطس`, `يومي 22 و 23 نوفمبر`. */
  private dayMonthDate(i: number): Part | null {
    let j = i
    if (this.key(j) === K.yawmay || (this.key(j) === K.yawm && this.t.kinds[j + 1] === NUM)) j++
    const day = this.dayAt(j)
    if (day === null) return null
    j = day.to
    // a second day: 22 و 23 نوفمبر, 22-23 نوفمبر, من 22 إلى 25 نوفمبر; in ordinals only after إلى/حتى (من السادس إلى
    // الثامن من آب: an ordinal after و or a dash is as often a second thing counted)
    let day2: { d: number; to: number } | null = null
    {
      let k = j
      const key = this.key(k)
      const always = this.isWord(k) && this.lex.rangeAlways.has(key)
      if (this.isWord(k) && (key === WAW || always)) k++
      else if (this.isPunct(k, DASHES)) k++
      if (k > j) {
        const d2 = this.dayAt(k)
        if (d2 !== null && d2.ordinal === day.ordinal && (!day.ordinal || always) && d2.d > day.d) {
          day2 = d2
          j = d2.to
        }
      }
    }
    const hadMin = this.key(j) === K.min && this.isWord(j)
    if (hadMin) j++
    const slashed = this.isPunct(j, SLASH)
    if (slashed) j++
    if (this.key(j) === K.shahr) j++
    const month = this.monthAt(j)
    if (month === null) {
      // a digit needs من or يوم before the month (حقق 12 الشهر الماضي is a count)
      const anchored = hadMin || day.ordinal || this.key(i) === K.yawm
      return day2 === null && !slashed && anchored ? this.dayOfRelativeMonth(day.d, j) : null
    }
    if (day.ordinal && month.guarded && !hadMin) return null
    if (month.cal === "hijri" ? day.d > 30 : day.d > 31) return null
    j = month.to
    let y: number | null = null
    let era: "gregorian" | "hijri" | null = null
    {
      const yr = this.yearAfterMonth(j, month.cal, slashed)
      if (yr !== null) {
        y = yr.y
        era = yr.era
        j = yr.to
      }
    }
    let dir: Dir | null = null
    let yearShift: number | undefined
    if (y === null) {
      const d = this.directionAt(j)
      if (d !== null) {
        j = d.to
        dir = d.dir
      } else {
        const ry = this.relativeYearAt(j)
        if (ry !== null) {
          j = ry.to
          yearShift = ry.shift
        }
      }
    }
    // 10/شوال/1436هـ: a day and a month name joined by a slash come with their year; `2 / صفر` is a score (two-nil)
    if (slashed && y === null && dir === null && yearShift === undefined) return null
    const cal = month.cal === "hijri" || era === "hijri" ? "hijri" : "gregorian"
    const future = y === null && dir === null && this.futureContext(i)
    const date = (d: number): Expr => (yearShift === undefined ? { t: "date", cal, y, m: month.m, d, future, dir } : { t: "date", cal, y, m: month.m, d, future, dir, yearShift })
    const expr: Expr = day2 === null ? date(day.d) : { t: "range", a: date(day.d), b: date(day2.d) }
    const part: Part = { to: j, expr, calendar: cal }
    return day2 === null ? this.withDual(part) : part
  }

  /** `(من) الشهر الجاري/المقبل/الماضي` after a day (`الثامن من الشهر المقبل`, `20 الشهر الجاري`): that day of a month relative to the reference. */
  private dayOfRelativeMonth(d: number, j: number): Part | null {
    if (d > 31) return null
    const u = this.isWord(j) ? this.lex.units.get(this.key(j)) : undefined
    if (u === undefined || u.unit !== "month" || u.count !== 1 || !u.definite) return null
    const dir = this.directionAt(j + 1)
    if (dir === null) return null
    return { to: dir.to, expr: { t: "dayOfMonth", d, monthShift: dir.dir }, calendar: "gregorian" }
  }

  /** A date followed by the same date in the other calendar becomes one date (calendar `both`). */
  private withDual(p: Part): Part {
    const ap = this.appositiveStart(p.to)
    if (ap === null) return p
    const second = this.numericDate(ap.at) ?? this.dayMonthDateNoDual(ap.at)
    if (second === null || second.expr.t !== "date" || p.expr.t !== "date") return p
    if (second.expr.cal === p.expr.cal) {
      // the same calendar twice (الجمعة الموافق …) is no dual form; only a bracketed repeat is absorbed
      return p
    }
    let to = second.to
    if (ap.bracket) {
      if (this.isPunct(to, CLOSE)) to++
      else return p
    }
    const greg = p.expr.cal === "gregorian" ? p.expr : second.expr
    const hijri = p.expr.cal === "hijri" ? p.expr : second.expr
    // the Gregorian part gives the value; a Hijri part without a year lends none
    const expr: Expr = greg.y === null && hijri.y !== null ? hijri : greg
    return { to, expr, calendar: "both" }
  }

  private dayMonthDateNoDual(i: number): Part | null {
    const day = this.dayAt(i)
    if (day === null) return null
    let j = day.to
    if (this.key(j) === K.min) j++
    const month = this.monthAt(j)
    if (month === null) return null
    j = month.to
    let y: number | null = null
    let era: "gregorian" | "hijri" | null = null
    let k = j
    if (this.isPunct(k, COMMAS)) k++
    const yr = this.yearAt(k)
    if (yr !== null) {
      y = yr.y
      era = yr.era
      j = yr.to
    }
    const cal = month.cal === "hijri" || era === "hijri" ? "hijri" : "gregorian"
    return { to: j, expr: { t: "date", cal, y, m: month.m, d: day.d }, calendar: cal }
  }

  /** A month with a year, a direction, or a cue: `مارس/آذار 2011`, `نوفمبر الحالي`, `شهر رمضان`, `في يوليو`. */
  private monthPhrase(i: number): Part | null {
    let j = i
    const shahr = this.key(j) === K.shahr
    if (shahr) j++
    const month = this.monthAt(j)
    if (month === null) return null
    j = month.to
    let y: number | null = null
    let era: "gregorian" | "hijri" | null = null
    let dir: Dir | null = null
    {
      const yr = this.yearAfterMonth(j, month.cal, false)
      if (yr !== null) {
        y = yr.y
        era = yr.era
        j = yr.to
      }
    }
    let yearShift: number | undefined
    if (y === null) {
      const d = this.directionAt(j)
      const ry = d === null ? this.relativeYearAt(j) : null
      if (d !== null) {
        dir = d.dir
        j = d.to
      } else if (ry !== null) {
        yearShift = ry.shift
        j = ry.to
      } else if (month.cal === "hijri" && this.key(j) === K.mubarak) j++
    }
    if (month.guarded && !shahr && y === null && dir === null && j === month.to) {
      // a month name that is also an ordinary word needs a temporal preposition before it, and to be written whole:
      // read without a proclitic it is another word (`في باب المندب` is no `في آب`)
      const prev = i > 0 ? this.keys[i - 1]! : ""
      if (!this.lex.prepositions.has(prev) || i === this.swappedAt) return null
    }
    const cal = month.cal === "hijri" || era === "hijri" ? "hijri" : "gregorian"
    const future = y === null && dir === null && this.futureContext(i)
    const expr: Expr = yearShift === undefined ? { t: "month", cal, y, m: month.m, dir, future } : { t: "month", cal, y, m: month.m, dir, future, yearShift }
    // `وقال … في سبتمبر/ أيلول`: a past verb of the clause before a month without a year puts it on or before the
    // reference (without it the nearest month is taken, months ahead counting double: a September three months after
    // the reference would be the coming one)
    if (y === null && dir === null && yearShift === undefined && !future && cal === "gregorian" && this.pastContext(i)) return { to: j, expr: { ...expr, side: -1 }, calendar: cal }
    return { to: j, expr, calendar: cal }
  }

  /**
   * The year after a month at token `j`, when it fits the month's calendar: after a comma (or a slash in a
   * slashed date), a year cue (`عام`, `سنة`) and `من` before it (`أبريل من عام 2014`).
   */
  private yearAfterMonth(j: number, cal: "gregorian" | "hijri", slashed: boolean): ReturnType<ArabicDateScanner["yearAt"]> {
    let k = j
    if (this.isPunct(k, COMMAS) || (slashed && this.isPunct(k, SLASH))) k++
    if (this.key(k) === K.min && this.isWord(k) && this.isWord(k + 1) && this.lex.yearCues.has(this.key(k + 1))) k++
    if (this.isWord(k) && this.isYearCue(this.key(k))) k++
    const yr = this.yearAt(k)
    return yr !== null && this.fitsCalendar(cal, yr) ? yr : null
  }

  /** A year cue (`عام`, `العام`), also with the preposition `ل` (`شهر رجب لعام 1366هـ`, `للعام 2015`). */
  private isYearCue(k: string): boolean {
    if (this.lex.yearCues.has(k)) return true
    if (k.length < 4 || k[0] !== LAM) return false
    // للعام: ل + العام without its alef
    return this.lex.yearCues.has(k.slice(1)) || (k[1] === LAM && this.lex.yearCues.has("\u0627" + k.slice(1)))
  }

  /**
   * A year relative to the reference after a month or a date: `(من) العام الماضي`, `من السنة المقبلة`,
   * `من العام الجاري`, `من هذا العام`, `من العام قبل الماضي` (−2); the tokens after it and the shift.
   */
  private relativeYearAt(j: number): { to: number; shift: number } | null {
    let k = j
    if (this.key(k) === K.min && this.isWord(k)) k++
    const demo = this.key(k) === K.hadha || this.key(k) === K.hadhihi
    if (demo) k++
    const u = this.isWord(k) ? this.lex.units.get(this.key(k)) : undefined
    if (u === undefined || u.unit !== "year" || u.count !== 1 || !u.definite) return null
    k++
    if (demo) return { to: k, shift: 0 }
    const d = this.directionAt(k)
    if (d === null) return null
    return { to: d.to, shift: d.dir === -1 && this.key(k) === K.qabl ? -2 : d.dir }
  }

  // -------------------------------------------------------------------------
  // years

  /** `2015م`, `1436هـ`, `في 2014`, `منذ 2011`, `2014/2015`. */
  private yearAlone(i: number): Part | null {
    const yr = this.yearAt(i)
    if (yr === null) return null
    const prev = i > 0 && this.t.kinds[i - 1] === WORD ? this.keys[i - 1]! : ""
    // وفي 2010, فمنذ 2011: a conjunction glued to the preposition
    const prevBare = prev.length > 2 && (prev[0] === WAW || prev[0] === "\u0641") ? prev.slice(1) : prev
    const afterPrep =
      this.lex.prepositions.has(prev) || this.lex.yearCues.has(prev) || this.lex.prepositions.has(prevBare) || this.namesYear(i, prev, prevBare, yr.to) || this.nextOfList(i, prev, yr.y)
    const rangeOnly = !afterPrep && this.lex.rangeOnlyPrepositions.has(prev)
    // 1435 / 1436هـ, 2014/2015م: a span of years whose second end carries the era
    const sep = this.key(yr.to)
    const eraAfter = yr.era === null && this.t.kinds[yr.to] === PUNCT && (SLASH.has(sep) || DASHES.has(sep)) ? this.yearAt(yr.to + 1) : null
    if (eraAfter !== null && eraAfter.era !== null && eraAfter.y > yr.y && eraAfter.y - yr.y <= 10) {
      const cal = eraAfter.era
      return { to: eraAfter.to, expr: { t: "range", a: { t: "year", cal, y: yr.y }, b: { t: "year", cal, y: eraAfter.y } }, calendar: cal }
    }
    // two years and a dash alone in brackets, the second the later (`الحرب العراقية الإيرانية (1980-1988)`, `(1980 ـ
    // 2015)`): a span of years, however long
    if (yr.era === null && i > 0 && this.isPunct(i - 1, OPEN) && this.isPunct(yr.to, DASHES) && yr.y >= 1900) {
      const y2 = this.yearAt(yr.to + 1)
      if (y2 !== null && y2.era === null && y2.y > yr.y && y2.y <= 2100 && this.isPunct(y2.to, CLOSE)) {
        return { to: y2.to, expr: { t: "range", a: { t: "year", cal: "gregorian", y: yr.y }, b: { t: "year", cal: "gregorian", y: y2.y } }, calendar: "gregorian" }
      }
    }
    // الموسم الماضي 2014-2015, الفترة 2001-2003: two years joined by a slash or a dash, the second later and at most
    // thirty on, are a span of years whatever stands before them (from 1900; not before a count's noun or `%`)
    if (yr.era === null && !afterPrep && !rangeOnly && yr.y >= 1900 && yr.y <= 2100 && this.t.kinds[yr.to] === PUNCT && (SLASH.has(sep) || DASHES.has(sep))) {
      const y2 = this.yearAt(yr.to + 1)
      if (y2 !== null && y2.era === null && y2.y > yr.y && y2.y - yr.y <= BARE_SPAN_YEARS && !this.countAfter(y2.to)) {
        return { to: y2.to, expr: { t: "range", a: { t: "year", cal: "gregorian", y: yr.y }, b: { t: "year", cal: "gregorian", y: y2.y } }, calendar: "gregorian" }
      }
    }
    if (yr.era === null) {
      if ((!afterPrep && !rangeOnly) || yr.y < 1900 || yr.y > 2100) return null
      if (rangeOnly) {
        // من 2011 إلى 2015: only with a second year after it
        const k = this.key(yr.to)
        const conn = (this.isWord(yr.to) && (k === WAW || this.lex.rangeAlways.has(k))) || this.isPunct(yr.to, DASHES)
        const y2 = conn ? this.yearAt(yr.to + 1) : null
        if (y2 === null || y2.y <= yr.y) return null
      }
      // في 2000 شخص: a count, not a year
      if (this.countAfter(yr.to)) return null
    }
    const cal = this.yearCalendar(yr.y, yr.era)
    return this.yearRange({ to: yr.to, expr: { t: "year", cal, y: yr.y }, calendar: cal })
  }

  /** Does a count's noun, a number word, a currency or a percent sign stand at token `to`, after a number (`2000 شخص`)? */
  private countAfter(to: number): boolean {
    if (this.isPunct(to, PERCENT)) return true
    return this.isWord(to) && (this.nlex.counts.longestAt(this.keys, to, this.limit) !== null || this.nlex.words.has(this.key(to)) || this.nlex.currencies.longestAt(this.keys, to, this.limit) !== null)
  }

  /**
   * Is the bare number at `i` (ending before `to`) a year by what names it, though no preposition stands before it?
   * After a noun that names an event or a plan by its year (`مونديال 2022`, `انتخابات 2012`, `موازنة 2015`,
   * `كأس العالم 2018`); alone in brackets after a title (`«قصائد» (2008).`; `(2000) طالب` is a count); at the start of
   * a line of a timeline, before a dash (`1937 - اتفاق ينهي حرب`).
   */
  private namesYear(i: number, prev: string, prevBare: string, to: number): boolean {
    const lex = this.lex
    if (prev !== "") {
      if (lex.yearNouns.has(prev) || lex.yearNouns.has(prevBare)) return true
      // `غير أن 2012 كان عاماً صعباً`, `إن 2015 شهد …`: a year as the subject of `أن`/`إن`, before a verb that speaks
      // of a time (a count after `أن` is followed by its noun: `أن 300 شخص`)
      if (lex.complementizers.has(prev) && this.isWord(to) && lex.yearSubjectVerbs.has(this.key(to))) return true
      if (prev === lex.worldKey && i > 1 && this.t.kinds[i - 2] === WORD) return this.isWorldHead(i - 2)
      // the host place between the event and its year (`مونديال روسيا 2018`, `كأس العالم قطر 2022`, `أولمبياد لندن 2012`)
      if (i > 1 && this.t.kinds[i - 1] === WORD && this.t.kinds[i - 2] === WORD && prev.length > 2 && !lex.prepositions.has(prev)) {
        const noun = this.keys[i - 2]!
        if (lex.hostedYearNouns.has(noun) || (noun.length > 3 && PROCLITIC.has(noun[0]!) && lex.hostedYearNouns.has(noun.slice(1)))) return true
        return noun === lex.worldKey && i > 2 && this.t.kinds[i - 3] === WORD && this.isWorldHead(i - 3)
      }
      return false
    }
    if (i > 0 && this.isPunct(i - 1, OPEN) && this.isPunct(to, CLOSE)) {
      const next = this.t.kinds[to + 1]
      return to + 1 >= this.limit || (next !== WORD && next !== NUM) || this.key(to + 1) === WAW
    }
    // a citation's bracket: `(باريس، 2010)`, `(دار النشر، 2008)`: one to four words and a comma after the opening
    // bracket, the year right before the closing one, and no word or number after it
    if (i > 2 && this.isPunct(i - 1, COMMAS) && this.isPunct(to, CLOSE) && this.t.kinds[i - 2] === WORD) {
      let j = i - 2
      while (j > 0 && i - 2 - j < 4 && this.t.kinds[j - 1] === WORD) j--
      const next = this.t.kinds[to + 1]
      if (j > 0 && this.isPunct(j - 1, OPEN)) return to + 1 >= this.limit || (next !== WORD && next !== NUM) || this.key(to + 1) === WAW
    }
    return (i === 0 || this.t.kinds[i - 1] === BREAK) && this.isPunct(to, DASHES) && this.t.kinds[to + 1] === WORD
  }

  /**
   * Is the bare year `y` at `i`, after `و` (`prev`), the next of a list whose first year the scan took just before
   * (`عام 2010 في <بلد> و2014 في <بلد>`)? At most four words between that year and `و`, no number or line break among
   * them, and a different year no more than 30 from it.
   */
  private nextOfList(i: number, prev: string, y: number): boolean {
    if (prev !== WAW || i - 1 - this.lastYearTo > 4 || i - 1 < this.lastYearTo || y === this.lastYear || Math.abs(y - this.lastYear) > 30) return false
    for (let j = this.lastYearTo; j < i - 1; j++) if (this.t.kinds[j] !== WORD) return false
    return true
  }

  /** Is the word at `j` a head that makes `العالم` after it an event (`كأس`, `لكأس`, `بطولة`)? */
  private isWorldHead(j: number): boolean {
    const head = this.keys[j]!
    return this.lex.yearNounHeads.has(head) || (head.length > 3 && PROCLITIC.has(head[0]!) && this.lex.yearNounHeads.has(head.slice(1)))
  }

  /** A season or span of years right after a year: `2014/2015`, `2014-2015`, `2014 و2015` (after عامي). */
  private yearRange(p: Part): Part {
    if (p.expr.t !== "year") return p
    const sep = this.key(p.to)
    if (this.t.kinds[p.to] === PUNCT && (SLASH.has(sep) || DASHES.has(sep))) {
      const y2 = this.yearAt(p.to + 1)
      if (y2 !== null && y2.y > p.expr.y && y2.y - p.expr.y <= 10) {
        return { to: y2.to, expr: { t: "range", a: p.expr, b: { t: "year", cal: p.expr.cal, y: y2.y } }, calendar: p.calendar }
      }
    }
    return p
  }

  /** `عام 2011`, `العام 2014`, `سنة 1436 هـ`, `عامي 2014 و2015`. */
  private yearCuePhrase(i: number): Part | null {
    if (!this.lex.yearCues.has(this.key(i))) return null
    const yr = this.yearAt(i + 1)
    if (yr === null) return null
    const cal = this.yearCalendar(yr.y, yr.era)
    const p: Part = { to: yr.to, expr: { t: "year", cal, y: yr.y }, calendar: cal }
    // عامي 2014 و2015
    const k = this.key(p.to)
    if (this.isWord(p.to) && (k === WAW || this.lex.rangeAlways.has(k))) {
      const y2 = this.yearAt(p.to + 1)
      if (y2 !== null && y2.y > yr.y) {
        return { to: y2.to, expr: { t: "range", a: p.expr, b: { t: "year", cal, y: y2.y } }, calendar: cal }
      }
    }
    return this.yearRange(p)
  }

  // -------------------------------------------------------------------------
  // weekdays, relative days, nights

  private weekdayAt(j: number): { wd: number; to: number } | null {
    if (!this.isWord(j) || !isArabicKey(this.key(j))) return null
    const w = this.lex.weekdays.longestAt(this.keys, j, this.limit)
    if (w === null) return null
    // bare forms (أحد, جمعة, خميس) are also ordinary words: only after يوم, and never read off a proclitic
    // (`يوم واحد` is "one day", not "day and Sunday")
    if (!this.key(j).startsWith(AL) && (j === 0 || this.keys[j - 1] !== K.yawm || j === this.swappedAt)) return null
    return { wd: w.value, to: j + w.length }
  }

  /** `الاثنين`, `يوم الثلاثاء المقبل`, `الجمعة الماضية`, `يوم الثلاثاء 22/8/1436هـ`, `يومي السبت والأحد`. */
  private weekdayPhrase(i: number): Part | null {
    let j = i
    const yawmay = this.key(j) === K.yawmay
    if (this.key(j) === K.yawm || yawmay) j++
    const w = this.weekdayAt(j)
    if (w === null) return null
    j = w.to
    if (yawmay || this.isPunct(j, SLASH)) {
      // يومي السبت والأحد, ليل الجمعة/السبت
      let k = j
      if (this.isPunct(k, SLASH)) k++
      const second = this.key(k)
      const w2 = second.length > 2 && second[0] === WAW ? this.weekdayAtKey(second.slice(1), k) : this.weekdayAt(k === j && this.key(k) === WAW ? k + 1 : k)
      if (w2 !== null) {
        const future = this.futureContext(i)
        return {
          to: w2.to,
          expr: { t: "range", a: { t: "weekday", wd: w.wd, dir: null, future }, b: { t: "weekday", wd: w2.wd, dir: null, future } },
          calendar: "gregorian"
        }
      }
    }
    let dir: Dir | null = null
    const d = this.directionAt(j)
    if (d !== null) {
      dir = d.dir
      j = d.to
    }
    const withDate = this.appositiveDate(j)
    if (withDate !== null) return { ...withDate, to: withDate.to }
    // `تستمر حتى الأربعاء`, `لغاية يوم الخميس` (until the weekday) looks ahead, as `حتى نهاية الأسبوع` does
    const until = i > 0 && this.isWord(i - 1) && (UNTIL.has(this.key(i - 1)) || (this.key(i - 1)[0] === WAW && UNTIL.has(this.key(i - 1).slice(1))))
    return { to: j, expr: { t: "weekday", wd: w.wd, dir, future: dir === null && (until || this.futureContext(i)) }, calendar: "gregorian" }
  }

  private weekdayAtKey(key: string, j: number): { wd: number; to: number } | null {
    const saved = this.keys[j]!
    this.keys[j] = key
    try {
      return this.weekdayAt(j)
    } finally {
      this.keys[j] = saved
    }
  }

  /** An explicit day-level date right after a weekday or a relative day (`الأربعاء 28 يوليو`, `الجمعة الموافق 23/9/1436هـ`). */
  private appositiveDate(j: number): Part | null {
    const ap = this.appositiveStart(j)
    const at = ap === null ? j : ap.at
    const p = this.numericDate(at) ?? this.dayMonthDate(at)
    if (p === null || (p.expr.t !== "date" && p.expr.t !== "range")) return null
    let to = p.to
    if (ap !== null && ap.bracket) {
      if (this.isPunct(to, CLOSE)) to++
      else return null
      // (10/شوال/1436هـ) الموافق (26/7/2015م)
      return this.withDual({ ...p, to })
    }
    return { ...p, to }
  }

  /** Does the clause before token `i` speak of the future (سيعقد, من المقرر أن, سوف)? */
  private futureContext(i: number): boolean {
    const lex = this.lex
    for (let j = i - 1, n = 0; j >= 0 && n < 10; j--, n++) {
      const kind = this.t.kinds[j]
      if (kind === BREAK) break
      if (kind === PUNCT && (this.keys[j] === "." || this.keys[j] === "\u061f")) break
      if (kind !== WORD) continue
      let k = this.keys[j]!
      if (k.length > 3 && (k[0] === WAW || k[0] === "\u0641")) k = k.slice(1)
      if (lex.futureCues.has(k)) return true
      if (k.length >= 4 && !lex.futureVerbExceptions.has(k) && lex.futureVerbPrefixes.some((p) => k.startsWith(p))) return true
    }
    return false
  }

  /**
   * Does the clause before token `i` open with a past verb (`pastVerbs` of the lexicon: `وقال`, `أعلن`, `شهد`), with no
   * future cue nearer and no `أن`/`إن` between (`وقال إن الخطة في سبتمبر`: the reported clause has a tense of its own)?
   * Ten words back at most, within the sentence.
   */
  private pastContext(i: number): boolean {
    for (let j = i - 1, n = 0; j >= 0 && n < 10; j--, n++) {
      const kind = this.t.kinds[j]
      if (kind === BREAK) return false
      if (kind === PUNCT && (this.keys[j] === "." || this.keys[j] === "\u061f")) return false
      if (kind !== WORD) continue
      const k = this.keys[j]!
      if (this.lex.complementizers.has(k)) return false
      const bare = k.length > 3 && (k[0] === WAW || k[0] === "\u0641") ? k.slice(1) : k
      if (this.lex.pastVerbs.has(bare) || this.lex.pastVerbs.has(k)) return true
    }
    return false
  }

  /** `اليوم`, `أمس`, `غداً`, `أول من أمس`, `بعد غد`, with an appositive weekday or date: `غداً الأربعاء`, `اليوم (الاثنين)`. */
  private relativeDayPhrase(i: number, afterPartOfDay: boolean): Part | null {
    const m = this.lex.days.longestAt(this.keys, i, this.limit)
    if (m === null) return null
    const k = this.key(i)
    if (m.length === 1) {
      // في أمس الحاجة: "in the direst need", not yesterday
      if (k === K.amsi && this.key(i + 1) === K.haja) return null
      if (this.lex.contextualDays.has(k) && !afterPartOfDay) {
        const prev = i > 0 && this.isWord(i - 1) ? this.keys[i - 1]! : ""
        // وحتى الأمس: the cue word with its conjunction (not وفي الغد, وحتى غد: "today and tomorrow", figures of speech)
        const bare = k === K.alamsi && prev.length > 2 && (prev[0] === WAW || prev[0] === FA) ? prev.slice(1) : prev
        if (bare !== K.yawm && bare !== K.fi && bare !== K.hatta && bare !== K.mundhu && !(k === K.alamsi && this.yesterday(i, prev))) return null
      }
      // `بالأمس` before a noun is yesterday (`أعلنت عنها بالأمس الداخلية`: the subject after it), not a noun phrase
      // (`الأمس الداخلي`); `yesterday` has left out `بالأمس القريب`
      if (k.startsWith(AL) && !this.byYesterday(i) && !this.dayWordStands(i)) return null
    }
    let j = i + m.length
    if (m.length === 1 && this.byYesterday(i) && this.key(i + 1) === K.awwal) {
      // `بالأمس الأول`: the day before yesterday, as `أول أمس`
      return { to: i + 2, expr: { t: "shift", unit: "day", n: -2 }, calendar: "gregorian" }
    }
    const wd = this.appositiveWeekday(j)
    if (wd !== null) j = wd.to
    const withDate = this.appositiveDate(j)
    if (withDate !== null) return withDate
    return { to: j, expr: wd === null ? { t: "shift", unit: "day", n: m.value } : { t: "shift", unit: "day", n: m.value, wd: wd.wd }, calendar: "gregorian" }
  }

  /**
   * Is `الأمس` at `i` (with `prev`, the word before it) yesterday? After a noun of an event (`مباراة الأمس`,
   * `اجتماع الأمس`, `yesterdayNouns`), and as `بالأمس` ("yesterday": `وصل بالأمس`), except `بالأمس القريب` ("not long
   * ago") and beside a form of `كان` (`وبالأمس كانوا`, `لم يكن لها بالأمس`: "in the past"). After any other noun it
   * is the past (`نجوم الأمس`, `أعداء الأمس`, `بين الأمس واليوم`).
   */
  private yesterday(i: number, prev: string): boolean {
    if (this.lex.yesterdayNouns.has(prev)) return true
    if (i !== this.swappedAt || !this.swappedFrom.endsWith("\u0628" + K.alamsi)) return false
    if (this.key(i + 1) === K.qarib || this.key(i + 1) === K.baid) return false
    for (const k of [i - 2, i - 1, i + 1, i + 2]) if (k >= 0 && this.isWord(k) && KANA.has(this.key(k))) return false
    // `بالأمس … واليوم …`: then and now (session 29)
    if (this.pairedWithToday(i)) return false
    return true
  }

  /** Is the token at `i` `بالأمس` (with a conjunction before: `وبالأمس`), read as `الأمس`? */
  private byYesterday(i: number): boolean {
    return i === this.swappedAt && this.swappedFrom.endsWith("\u0628" + K.alamsi)
  }

  /**
   * Does a form of `اليوم` ("today") stand within {@link PAIR_WORDS} words of `i` in its sentence (no full stop, line
   * break, question mark, bracket or quote mark between)? `بالأمس … واليوم …` sets the past against the present
   * (`كانت مع الإصلاح بالأمس واليوم هي ضده …`, `ولنا في مصر بالأمس مثال واضح، وكذلك في سورية اليوم مثال أوضح`):
   * "then … now", no day.
   */
  private pairedWithToday(i: number): boolean {
    for (const step of [-1, 1]) {
      let words = 0
      for (let j = i + step; j >= 0 && j < this.keys.length && words < PAIR_WORDS; j += step) {
        const kind = this.t.kinds[j]
        if (kind === BREAK) break
        // a sentence's end, or a bracket or quote mark: `اليوم` of another voice (`(… مثل اليوم)، وهاهو بالأمس ينهي صفقة`)
        if (kind === PUNCT && (this.keys[j] === "." || this.keys[j] === "\u061f" || this.keys[j] === "!" || this.isPunct(j, OPEN) || this.isPunct(j, CLOSE) || this.isPunct(j, QUOTES))) break
        if (kind !== WORD) continue
        words++
        const w = this.keys[j]!
        if (w === K.alyawm || w === "\u0648" + K.alyawm) return true
      }
    }
    return false
  }

  /** Is the single word `اليوم`/`الليلة` at `i` "today"/"tonight", not "the day"/"the night" of a noun phrase? */
  private dayWordStands(i: number): boolean {
    const next = this.key(i + 1)
    const prev = i > 0 && this.t.kinds[i - 1] === WORD ? this.keys[i - 1]! : ""
    const nextIsWeekday = this.weekdayAt(i + 1) !== null
    if (this.isWord(i + 1) && next.startsWith(AL) && !nextIsWeekday && !this.lex.nounAfterDayWord.has(next)) {
      // اليوم الوطني, اليوم التالي, الليلة الثانية: a noun phrase; اليوم الجاري is today; اليوم العاصمة (today … the capital) too
      const d = this.lex.directions.longestAt(this.keys, i + 1, this.limit)
      const adjective =
        (next.endsWith("\u064a") && next !== "\u0627\u0644\u064a" && next !== "\u0627\u0644\u062a\u064a" && next !== "\u0627\u0644\u0630\u064a") || next.endsWith("\u064a\u0647") || this.lex.adjectivesAfterDayWord.has(next) || this.nlex.ordinals.has(next) || this.nlex.ordinalTens.has(next)
      if (adjective && (d === null || d.value !== 0)) return false
    }
    if (prev === K.ayn) return false
    // «اليوم», «العرب اليوم», "رأي اليوم": an outlet's name in quotes, each quote mark glued to the name (the
    // normalized view writes every quote as `"`: in `"فيسبوك" اليوم "بدء` the marks stand apart from اليوم)
    if (this.isPunct(i + 1, QUOTES) && this.t.spaced[i + 1] === 0) {
      if (this.isPunct(i - 1, QUOTES) && this.t.spaced[i] === 0) return false
      if (prev !== "" && i > 1 && this.isPunct(i - 2, QUOTES) && this.t.spaced[i - 1] === 0 && (prev.startsWith(AL) || this.lex.outletsWithDayWord.has(prev))) return false
    }
    // نفس اليوم, تلك الليلة, اليوم تلو اليوم, اليوم نفسه: a day of the story, not today
    if (prev === K.nafs || prev === K.dhat || prev === K.tilka || prev === K.dhalika || prev === K.tilw) return false
    if (next === K.tilw || next === K.nafsuhu || next === K.dhatuhu) return false
    // `حل اليوم قبل غد`, `اليوم قبل الغد`: "without delay", an idiom, not today
    if (next === K.qabl && this.lex.tomorrowWords.has(this.key(i + 2))) return false
    // اليوم - الدمام: a line that opens with the outlet اليوم and a dash is a dateline, not "today"
    if ((i === 0 || this.t.kinds[i - 1] === BREAK) && this.isPunct(i + 1, DASHES)) return false
    if (prev === K.fi && !nextIsWeekday && !this.isPunct(i + 1, OPEN)) {
      // مرتين في اليوم: per day
      return false
    }
    return true
  }

  /** A weekday in apposition: `الاثنين`, `(الاثنين)`; the weekday and the token after it. */
  private appositiveWeekday(j: number): { wd: number; to: number } | null {
    let k = j
    if (this.isPunct(k, COMMAS)) k++
    const bracket = this.isPunct(k, OPEN)
    if (bracket) k++
    const w = this.weekdayAt(k)
    if (w === null) return null
    k = w.to
    if (bracket) {
      if (!this.isPunct(k, CLOSE)) return null
      k++
    }
    return { wd: w.wd, to: k }
  }

  /** `الليلة`, `الليلة الماضية`, `الليلة قبل الماضية`, `ليلة أمس`. */
  private nightPhrase(i: number): Part | null {
    const m = this.lex.nights.longestAt(this.keys, i, this.limit)
    if (m === null) return null
    if (m.length === 1 && !this.dayWordStands(i)) return null
    let j = i + m.length
    const wd = this.appositiveWeekday(j)
    if (wd !== null) j = wd.to
    return { to: j, expr: wd === null ? { t: "shift", unit: "day", n: m.value } : { t: "shift", unit: "day", n: m.value, wd: wd.wd }, calendar: "gregorian", partOfDay: true }
  }

  /** `مساء أمس الاثنين`, `صباح اليوم`, `مساء الخميس`, `صباح يوم غد الأربعاء`, `ليل الجمعة/السبت`, `مساء 20 يوليو`. */
  private partOfDayPhrase(i: number): Part | null {
    const pod = this.lex.partsOfDay.longestAt(this.keys, i, this.limit)
    if (pod === null) return null
    const j = i + pod.length
    const inner =
      this.relativeDayPhrase(j, true) ??
      this.weekdayPhrase(j) ??
      this.numericDate(j) ??
      this.dayMonthDate(j) ??
      (this.key(j) === K.yawm ? this.relativeDayPhrase(j + 1, true) : null)
    if (inner === null) return null
    return { ...inner, partOfDay: true }
  }

  // -------------------------------------------------------------------------
  // clock times

  /** An hour: digits (with `:MM`) or a feminine ordinal (`العاشرة`, `الحادية عشرة`), with minutes words. */
  private hourAt(j: number): { hh: number; mm: number; to: number; digits: boolean } | null {
    const num = this.intAt(j)
    if (num >= 0) {
      if (num > 24 || this.digitsAt(j) > 2) return null
      if (this.key(j + 1) === ":" && this.t.spaced[j + 1] === 0) {
        const mm = this.intAt(j + 2)
        if (mm >= 0 && this.digitsAt(j + 2) === 2 && mm < 60) return { hh: num, mm, to: j + 3, digits: true }
      }
      return { hh: num, mm: 0, to: j + 1, digits: true }
    }
    const o = this.isWord(j) ? this.lex.hourOrdinals.longestAt(this.keys, j, this.limit) : null
    if (o === null) return null
    let to = j + o.length
    let mm = 0
    // والنصف, والربع, والثلث, و10 دقائق
    const k = this.key(to)
    const rest = k.length > 2 && k[0] === WAW ? k.slice(1) : null
    if (rest !== null && this.lex.minuteHalf.has(rest)) [mm, to] = [30, to + 1]
    else if (rest !== null && this.lex.minuteQuarter.has(rest)) [mm, to] = [15, to + 1]
    else if (rest !== null && this.lex.minuteThird.has(rest)) [mm, to] = [20, to + 1]
    else if (k === WAW) {
      const n = this.intAt(to + 1)
      if (n >= 0 && n < 60 && this.lex.minuteWords.has(this.key(to + 2))) [mm, to] = [n, to + 3]
    }
    return { hh: o.value, mm, to, digits: false }
  }

  /** `الساعة 10:30`, `الساعة العاشرة صباحاً`, `عند الثامنة من صباح يوم غد الأربعاء`. */
  private timePhrase(i: number): Part | null {
    const cue = this.lex.timeCues.longestAt(this.keys, i, this.limit)
    if (cue === null) {
      // في الثالثة من عصر اليوم, في الثامنة مساء غد: an hour word right after في is a time only with a part of the day
      if (i === 0 || this.keys[i - 1] !== K.fi || i === this.swappedAt) return null
      // and its own day after it: a lone time there (في السابعة مساء) is as often of a day of the sentence before
      const h = this.hourAt(i)
      const p = h === null || h.digits ? null : this.finishTime(h, true)
      return p === null || isLoneTime(p.expr) ? null : p
    }
    const h = this.hourAt(i + cue.length)
    if (h === null) return null
    // عند 10 is no time without minutes or a part of the day
    const weakCue = this.key(i) === K.inda && cue.length === 1
    const p = this.finishTime(h, weakCue && h.digits && h.mm === 0)
    // the span starts at الساعة, or at the hour: عند, تمام are not part of it
    if (p === null) return null
    let from = i
    while (from < i + cue.length && this.key(from) !== K.saa) from++
    return from === i ? p : { ...p, from: from < i + cue.length ? from : i + cue.length }
  }

  /** `20:30 مساء` with no cue word: digits, a colon and a part of the day. */
  private bareTime(i: number): Part | null {
    const h = this.hourAt(i)
    if (h === null || !h.digits || this.key(i + 1) !== ":") return null
    return this.finishTime(h, true)
  }

  private finishTime(h: { hh: number; mm: number; to: number }, needsPartOfDay: boolean): Part | null {
    let j = h.to
    let hh = h.hh
    let pod: number | null = null
    const p = this.lex.partsOfDay.longestAt(this.keys, j, this.limit)
    let day: Part | null = null
    if (p !== null) {
      pod = p.value
      j += p.length
    } else if (this.key(j) === K.min) {
      // الثامنة من صباح يوم غد
      const p2 = this.lex.partsOfDay.longestAt(this.keys, j + 1, this.limit)
      if (p2 !== null) {
        pod = p2.value
        j = j + 1 + p2.length
      }
    }
    if (pod === null && needsPartOfDay) return null
    if (pod !== null && pod >= 12 && hh < 12) hh += 12
    if (pod !== null && pod < 12 && hh === 12) hh = 0
    if (hh > 23) hh = hh === 24 ? 0 : hh
    // الساعة 12 ليلا, الثانية عشرة مساء, 12 منتصف الليل: the midnight that ends the day (`حتى الساعة 12 ليلا`), the
    // next day's first hour (24 here; see `Clock`)
    if (pod !== null && pod > 15 && hh === 12) hh = 24
    // a day right after: الساعة العاشرة صباح اليوم, الثامنة من صباح يوم غد الأربعاء
    if (pod !== null || this.key(j) === K.yawm || this.key(j) === K.min) {
      let k = j
      if (this.key(k) === K.min) k++
      // الواحدة ظهراً من هذا اليوم: the demonstrative before today's word (the day itself, not a day of the story)
      if (k > j && this.key(k) === K.hadha && this.isWord(k + 1) && this.lex.days.exact([this.key(k + 1)], 0, 1) === 0) k++
      day =
        this.relativeDayPhrase(k, true) ??
        this.weekdayPhrase(k) ??
        this.numericDate(k) ??
        this.dayMonthDate(k) ??
        (this.key(k) === K.yawm ? this.relativeDayPhrase(k + 1, true) : null)
    }
    const time = { hh, mm: h.mm }
    if (day !== null) return { to: day.to, expr: day.expr, calendar: day.calendar, time, partOfDay: false }
    return { to: j, expr: { t: "shift", unit: "day", n: Number.NaN }, calendar: "gregorian", time }
  }

  // -------------------------------------------------------------------------
  // periods

  /**
   * A decade: `الثمانينات`, `التسعينيات`, `ثمانينات القرن الماضي`, `الستينات من القرن العشرين` (1980/1989). The
   * 1920s and 1930s need `القرن` after them (`في العشرينات` alone is more often an age), a decade before
   * `من عمره` is one (`في الخمسينات من عمره`: in his fifties), and none is read before `المئوية` (degrees) or
   * `الهجرية` (a Hijri decade).
   */
  private decadePhrase(i: number): Part | null {
    const y = this.lex.decades.get(this.key(i))
    if (y === undefined) return null
    let j = i + 1
    const of = this.key(j) === K.min && this.isWord(j) ? j + 1 : j
    if (this.isWord(of) && this.lex.ageWords.has(this.key(of)) && of > j) return null
    // الأربعينات المئوية (degrees), التسعينات الهجرية (the 1390s AH)
    if (this.isWord(j) && this.lex.decadeStoppers.has(this.key(j))) return null
    const c = this.lex.decadeCentury.longestAt(this.keys, of, this.limit)
    if (c !== null) j = of + c.length
    else if (y < 1940 || !this.key(i).startsWith(AL)) return null
    return { to: j, expr: { t: "range", a: { t: "year", cal: "gregorian", y }, b: { t: "year", cal: "gregorian", y: y + 9 } }, calendar: "gregorian" }
  }

  /** `الأسبوع المقبل`, `الشهر الماضي`, `العام الحالي`, `هذا العام`, `الأسبوع قبل الماضي`. */
  private unitPhrase(i: number, afterModifier: boolean): Part | null {
    let j = i
    const demo = this.key(j) === K.hadha || this.key(j) === K.hadhihi
    if (demo) j++
    const u = this.isWord(j) ? this.lex.units.get(this.key(j)) : undefined
    if (u === undefined || u.count !== 1 || !u.definite) return null
    j++
    let n: number | null = demo ? 0 : null
    // نهاية العام 2013, بداية العام 2014: the year written after the unit word, not this year
    if (afterModifier && !demo && u.unit === "year") {
      const yr = this.yearAtPart(j)
      if (yr !== null) return yr
    }
    const d = this.directionAt(j)
    if (d !== null) {
      n = d.dir === -1 && this.key(j) === K.qabl ? -2 : d.dir
      j = d.to
      // العام الماضي ١٤٣٥, العام الماضي 1435هـ: the Hijri year written after it, not the Gregorian year before
      if (u.unit === "year" && !demo) {
        const yr = this.yearAt(j)
        // (not the first of two: العام الحالي 1435/1436هـ is the range of the two years, read on its own)
        const pair = yr !== null && (this.isPunct(yr.to, SLASH) || this.isPunct(yr.to, DASHES)) && this.yearAt(yr.to + 1) !== null
        if (yr !== null && !pair && this.yearCalendar(yr.y, yr.era) === "hijri") return { to: yr.to, expr: { t: "year", cal: "hijri", y: yr.y }, calendar: "hijri" }
      }
    }
    if (n === null) {
      if (!afterModifier) return null
      n = 0
    }
    if (u.unit === "day") return null
    return { to: j, expr: { t: "shift", unit: u.unit, n }, calendar: "gregorian" }
  }

  /** `مطلع الشهر القادم`, `نهاية العام الجاري`, `منتصف يوليو`, `أواخر 2015`, `مطلع العام`. */
  private periodPhrase(i: number): Part | null {
    let j = i + 1
    if (this.key(j) === K.min && this.isWord(j)) j++
    const inner =
      this.unitPhrase(j, true) ??
      this.monthPhrase(j) ??
      this.yearCuePhrase(j) ??
      this.yearAtPart(j)
    // `نهاية الأسبوع` is the weekend: Friday to Sunday of that week; after a plural (`عطلات نهاية الأسبوع`,
    // `إجازات نهاية الأسبوع`) any weekend, no date
    if (inner !== null && inner.expr !== null && inner.expr.t === "shift" && inner.expr.unit === "week" && WEEK_END.has(this.key(i))) {
      if (i > 0 && this.isWord(i - 1) && ANY_WEEKEND.has(this.key(i - 1))) return null
      // `نهاية الأسبوع الأول للبرنامج`: a week counted in the story
      if (inner.to === j + 1 && this.isWord(j + 1) && WEEK_ORDINALS.has(this.key(j + 1))) return null
      // with no direction after it, the weekend the sentence's tense points at (the last one, or the next in a
      // sentence about the future), as a weekday: its Friday, with the two days after
      if (inner.to === j + 1) {
        // `حتى نهاية الأسبوع` (until the weekend) looks ahead
        const until = i > 0 && this.isWord(i - 1) && UNTIL.has(this.key(i - 1))
        return { ...inner, expr: { t: "weekday", wd: 5, dir: null, future: until || this.futureContext(i), weekend: true } }
      }
      return { ...inner, expr: { ...inner.expr, weekEnd: true } }
    }
    return inner
  }

  private yearAtPart(j: number): Part | null {
    const yr = this.yearAt(j)
    if (yr === null || (yr.era === null && (yr.y < 1900 || yr.y > 2100))) return null
    const cal = this.yearCalendar(yr.y, yr.era)
    return { to: yr.to, expr: { t: "year", cal, y: yr.y }, calendar: cal }
  }

  /** Whether a duration's number or unit starts at token `j` (`سنة`, `عامين`, `ستة`, `3`). */
  private durationAt(j: number): boolean {
    if (this.intAt(j) >= 0) return true
    if (!this.isWord(j)) return false
    if (this.lex.units.get(this.key(j)) !== undefined) return true
    const w = readNumberWords(this.nlex, this.t, j, this.limit)
    return w !== null && Number.isInteger(w.value)
  }

  /** `قبل يومين`, `منذ 3 سنوات`, `بعد أسبوعين`, `قبل عام`, `منذ ثلاثة أشهر`. */
  private agoPhrase(i: number): Part | null {
    const sign = this.lex.before.has(this.key(i)) ? -1 : 1
    let j = i + 1
    // قبل نحو شهرين, منذ حوالي ثلاث سنوات: about as many (not after بعد: بعد نحو شهرين is mostly from an event of the story)
    const approx = sign < 0 && this.isWord(j) && this.lex.approximators.has(this.key(j))
    if (approx) j++
    let n: number | null = null
    const num = this.intAt(j)
    if (num >= 0) {
      n = num
      j++
    } else if (this.isWord(j)) {
      const w = readNumberWords(this.nlex, this.t, j, this.limit)
      if (w !== null && Number.isInteger(w.value) && w.strip === 0) {
        n = w.value
        j = w.to
      } else if (sign < 0) {
        // قبل نحو الأربع سنوات, منذ الثلاث سنوات: the article on a number word of 3–10 (not after بعد: بعد الثلاث
        // سنوات is mostly the three years the story has named)
        const bare = this.articleUnitNumber(j)
        if (bare !== null) {
          n = bare
          j++
        }
      }
    }
    let u = this.isWord(j) ? this.lex.units.get(this.key(j)) : undefined
    // قبل نحو العامين, منذ حوالي الشهرين: after an approximator a dual with the article is a count of two, as without it
    // (alone, منذ العامين is as often "since the two years" the story named)
    if (u === undefined && approx && n === null && this.isWord(j) && this.key(j).startsWith(AL)) {
      const dual = this.lex.units.get(this.key(j).slice(AL.length))
      if (dual !== undefined && dual.count === 2) u = dual
    }
    if (u === undefined || u.definite) return null
    if (n === null) {
      if (u.count === 0) return null
      n = u.count
    } else if (u.count === 2) return null
    if (n <= 0 || n > 1000) return null
    // بعد عام ونصف, قبل عامين ونصف, منذ شهر ونصف: a half more, read a unit finer (months for years, days for months)
    let half = this.halfAt(j + 1)
    if (half !== null && (u.unit === "year" || u.unit === "month")) {
      // عام ونصف العام, شهر ونصف الشهر: the unit said again after the half
      if (this.isWord(half) && this.lex.units.get(this.key(half))?.unit === u.unit && this.lex.units.get(this.key(half))?.count === 1) half++
      const after = this.key(half)
      // as below: بعد عام ونصف من الحادث is counted from an event of the story, بعد عام ونصف إلى عامين a span
      if (this.isWord(half) && this.key(i) !== K.mundhu) {
        if (after === K.min && this.key(half + 1) !== K.alan && this.key(half + 1) !== K.ajl) return null
        if (after === K.ila && this.durationAt(half + 1)) return null
      }
      return { to: half, expr: u.unit === "year" ? { t: "shift", unit: "month", n: sign * (12 * n + 6) } : { t: "shift", unit: "day", n: sign * (30 * n + 15) }, calendar: "gregorian" }
    }
    // منذ عام 2011 is a year, not "a year ago"; بعد شهر رمضان is after the month of Ramadan; منذ يوم 11 ذو الحجة a date
    if (this.yearAt(j + 1) !== null || (u.count === 1 && (this.monthAt(j + 1) !== null || this.dayAt(j + 1) !== null || this.weekdayAt(j + 1) !== null))) return null
    // منذ يوم أمس, منذ يوم الأمس: since yesterday (يوم أمس), not "a day ago"
    if (u.count === 1 && u.unit === "day" && this.isWord(j + 1) && this.lex.days.longestAt(this.keys, j + 1, this.limit) !== null) return null
    // بعد ستة أيام من التفجير, قبل يومين من الانتخابات: counted from an event of the story, not from the reference;
    // بعد ستة أشهر إلى سنة: a span of durations
    // (but بعد شهر من الآن is from now, and قبل عام من أجل … "a year ago, in order to …")
    // (and وصل قبل يومين إلى القاهرة is two days ago: only a number or a unit after إلى makes a span)
    // بعد أربعة أيام على فوزه: counted from the win as with من (session 32), but for على الأقل, على الأكثر, على الأرجح,
    // على التوالي; not after قبل or منذ, where على is most often the verb's (سيطر قبل شهرين على, قبضت قبل أسبوع على)
    if (sign > 0 && this.isWord(j + 1) && this.key(j + 1) === K.ala) {
      const after = this.isWord(j + 2) ? this.key(j + 2) : ""
      if (after !== K.aqall && after !== K.akthar && after !== K.arjah && after !== K.tawali) return null
    }
    if (this.isWord(j + 1) && (this.key(j + 1) === K.min || this.key(j + 1) === K.ila) && this.key(i) !== K.mundhu) {
      const after = this.key(j + 2)
      if (this.key(j + 1) === K.min) {
        if (after !== K.alan && after !== K.ajl) return null
      } else if (this.durationAt(j + 2)) return null
    }
    j++
    const unit = u.unit
    return { to: j, expr: unit === "week" ? { t: "shift", unit: "day", n: sign * 7 * n } : { t: "shift", unit, n: sign * n }, calendar: "gregorian" }
  }

  /** The value of a number word of 3–10 with the article (`الأربع`, `الثلاث`, `الخمسة`) at token `j`, or null. */
  private articleUnitNumber(j: number): number | null {
    if (!this.isWord(j)) return null
    const k = this.key(j)
    if (k.length < 5 || !k.startsWith(AL)) return null
    const roles = this.nlex.words.get(k.slice(2))
    const unit = roles?.find((r) => r.role === "unit")
    return unit !== undefined && unit.role === "unit" && unit.value >= 3 && unit.value <= 10 ? unit.value : null
  }

  /** The token after `ونصف` or `و نصف` at `j` (a half), or null. */
  private halfAt(j: number): number | null {
    if (!this.isWord(j)) return null
    if (this.key(j) === WA_HALF) return j + 1
    if (this.key(j) === WAW && this.isWord(j + 1) && this.key(j + 1) === HALF) return j + 2
    return null
  }

  // -------------------------------------------------------------------------
  // ranges between two phrases

  /** `من 22 نوفمبر إلى 5 ديسمبر`, `بين 21 يونيو و21 سبتمبر`, `من يونيو إلى سبتمبر`. */
  private extendRange(i: number, p: Part): Part {
    if (p.expr.t !== "date" && p.expr.t !== "month" && p.expr.t !== "year") return p
    const k = this.key(p.to)
    const always = this.isWord(p.to) && this.lex.rangeAlways.has(k)
    const listy = (this.isWord(p.to) && this.lex.rangeListy.has(k)) || this.isPunct(p.to, DASHES)
    if (!always && !listy) return p
    if (!always) {
      // و and - make a range only after بين, من, يومي, عامي
      let opened = false
      // (also with a bracket between: من (سبتمبر- نوفمبر))
      const at = i > 0 && this.isPunct(i - 1, OPEN) ? i - 1 : i
      for (let back = 1; back <= 3 && at - back >= 0; back++) {
        const o = this.lex.rangeOpeners.longestAt(this.keys, at - back, at)
        if (o !== null && at - back + o.length === at) opened = true
      }
      if (!opened) return p
    }
    // a noun before the second end (`إلى يوم 8 رمضان`, `إلى تاريخ 10/9/1436هـ`) when the first is a day
    const second = p.expr.t === "date" && this.isWord(p.to + 1) && this.lex.rangeEndNouns.has(this.key(p.to + 1)) ? p.to + 2 : p.to + 1
    const b = this.bareOrFull(second)
    if (b === null || b.expr.t !== p.expr.t) return p
    let a = p.expr
    const be = b.expr
    // من 21 يونيو إلى 21 سبتمبر 2015: the first end takes the year of the second
    if (a.t === "date" && be.t === "date" && a.y === null && be.y !== null && a.cal === be.cal) a = { ...a, y: a.m <= be.m ? be.y : be.y - 1 }
    if (a.t === "month" && be.t === "month" && a.y === null && be.y !== null && a.cal === be.cal) a = { ...a, y: a.m <= be.m ? be.y : be.y - 1 }
    return { to: b.to, expr: { t: "range", a, b: be }, calendar: p.calendar === b.calendar ? p.calendar : "both" }
  }

  private bareOrFull(j: number): Part | null {
    return this.numericDate(j) ?? this.dayMonthDateNoDual(j) ?? this.monthPhraseLoose(j) ?? this.yearAtPart(j)
  }

  private monthPhraseLoose(j: number): Part | null {
    const month = this.monthAt(j)
    if (month === null) return null
    let to = month.to
    let y: number | null = null
    const yr = this.yearAt(this.isPunct(to, COMMAS) ? to + 1 : to)
    if (yr !== null) {
      y = yr.y
      to = yr.to
    }
    return { to, expr: { t: "month", cal: month.cal, y, m: month.m, dir: null }, calendar: month.cal }
  }
}

/** `p` when it reaches further than `best` (so the first of equals stays). */
const longer = (best: Part | null, p: Part | null): Part | null => (p !== null && (best === null || p.to > best.to) ? p : best)

/** Forms of `كان` beside `بالأمس` that make it "in the past" (`وبالأمس كانوا`), folded. */
const KANA = new Set(["\u0643\u0627\u0646", "\u0643\u0627\u0646\u062a", "\u0643\u0627\u0646\u0648\u0627", "\u0648\u0643\u0627\u0646", "\u0648\u0643\u0627\u0646\u062a", "\u0648\u0643\u0627\u0646\u0648\u0627", "\u064a\u0643\u0646", "\u062a\u0643\u0646", "\u064a\u0643\u0648\u0646", "\u062a\u0643\u0648\u0646", "\u0643\u0646\u0627", "\u0643\u0646\u062a"])
/** Lone times (no day in the phrase) carry `n: NaN`; the extractor dates them from the phrase before, or leaves them out. */
/** `ونصف` and `نصف` (a half, after a count: عام ونصف). */
const WA_HALF = "\u0648\u0646\u0635\u0641"
const HALF = "\u0646\u0635\u0641"
/** `نهاية` before `الأسبوع` (the weekend). */
const WEEK_END = new Set(["\u0646\u0647\u0627\u064a\u0629", "\u0646\u0647\u0627\u064a\u0647"])
/** `حتى`, `حتي`, `لغاية`: until. */
const UNTIL = new Set(["\u062d\u062a\u0649", "\u062d\u062a\u064a", "\u0644\u063a\u0627\u064a\u0629", "\u0644\u063a\u0627\u064a\u0647"])
/** Ordinals after `الأسبوع` (`الأسبوع الأول`, `الأسبوع الثاني`, `الأسبوع الأخير`). */
const WEEK_ORDINALS = new Set(["\u0627\u0644\u0623\u0648\u0644", "\u0627\u0644\u0627\u0648\u0644", "\u0627\u0644\u062b\u0627\u0646\u064a", "\u0627\u0644\u062b\u0627\u0644\u062b", "\u0627\u0644\u0631\u0627\u0628\u0639", "\u0627\u0644\u0623\u062e\u064a\u0631", "\u0627\u0644\u0627\u062e\u064a\u0631"])
/** Plurals before `نهاية الأسبوع` that make it any weekend: `عطلات`, `إجازات`, `اجازات`, `عطل`. */
const ANY_WEEKEND = new Set(["\u0639\u0637\u0644\u0627\u062a", "\u0625\u062c\u0627\u0632\u0627\u062a", "\u0627\u062c\u0627\u0632\u0627\u062a", "\u0639\u0637\u0644"])

/** The unmarked years read as Hijri (see `yearCalendar`). */
const HIJRI_UNMARKED_FROM = 1350
const HIJRI_UNMARKED_TO = 1460

export const isLoneTime = (e: Expr | null): boolean => e !== null && e.t === "shift" && Number.isNaN(e.n)
