/**
 * The date lexicons. Month and weekday names are the parse stage's
 * (`src/lexicons/{ar,en}/months.json`, `ar/hijri-months.json`,
 * `{ar,en}/weekdays.json`, compiled by `src/lexicons/lexicon.ts`); the words
 * around them (relative days, units, directions, parts of the day, era marks,
 * range words) are `src/lexicons/dates/calendar-words.json`, and the month
 * names that are also ordinary words are `src/lexicons/dates/month-guards.json`.
 * Both files are validated with an Effect Schema on first use.
 *
 * @module
 */
import { Schema } from "effect"
import { decodeLexicon, lexicons, MonthsFile, WeekdaysFile } from "../../lexicons/lexicon.js"
import arMonthsFile from "../../lexicons/ar/months.json" with { type: "json" }
import enMonthsFile from "../../lexicons/en/months.json" with { type: "json" }
import arHijriMonthsFile from "../../lexicons/ar/hijri-months.json" with { type: "json" }
import arWeekdaysFile from "../../lexicons/ar/weekdays.json" with { type: "json" }
import enWeekdaysFile from "../../lexicons/en/weekdays.json" with { type: "json" }
import { PhraseTrie } from "../../lexicons/trie.js"
import calendarWordsFile from "../../lexicons/dates/calendar-words.json" with { type: "json" }
import monthGuardsFile from "../../lexicons/dates/month-guards.json" with { type: "json" }
import { numberLexicons } from "../numbers/lexicon.js"
import { KeySet } from "../internal/keys.js"
import { foldKey, isArabicKey } from "../internal/tokens.js"
import { DateMod } from "../../schema/record.js"

const Text = Schema.NonEmptyString
const Forms = Schema.Array(Text)
const Described = Schema.Struct({ description: Text, ar: Forms })
const Offset = Schema.Int

export const CalendarWordsFile = Schema.Struct({
  source: Text,
  license: Text,
  days: Schema.Array(Schema.Struct({ offset: Offset, ar: Forms })),
  nights: Schema.Array(Schema.Struct({ offset: Offset, ar: Forms })),
  units: Schema.Array(
    Schema.Struct({ unit: Schema.Literals(["day", "week", "month", "year"]), singular: Forms, dual: Forms, plural: Forms })
  ),
  directions: Schema.Array(Schema.Struct({ offset: Schema.Literals([-1, 0, 1]), ar: Forms })),
  periodModifiers: Schema.Struct({
    description: Text,
    parts: Schema.Array(Schema.Struct({ mod: DateMod, ar: Forms, enAdjectives: Forms, enNouns: Forms }))
  }),
  partsOfDay: Schema.Array(Schema.Struct({ part: Text, hour: Schema.Int, ar: Forms })),
  yearCues: Forms,
  prepositions: Forms,
  rangeOnlyPrepositions: Described,
  yearNouns: Schema.Struct({ description: Text, ar: Forms, heads: Forms, hosted: Forms }),
  eras: Schema.Struct({ gregorian: Forms, hijri: Forms }),
  futureCues: Forms,
  futureVerbPrefixes: Forms,
  futureVerbExceptions: Forms,
  pastVerbs: Described,
  complementizers: Described,
  yearSubjectVerbs: Described,
  contextualDays: Described,
  yesterdayNouns: Described,
  hourOrdinals: Schema.Struct({ description: Text, entries: Schema.Array(Schema.Struct({ hour: Schema.Int, ar: Forms })) }),
  minuteWords: Schema.Struct({ description: Text, half: Forms, quarter: Forms, third: Forms, minute: Forms }),
  timeCues: Forms,
  rangeConnectors: Schema.Struct({ description: Text, always: Forms, listy: Forms, endNouns: Forms }),
  rangeOpeners: Forms,
  before: Forms,
  after: Forms,
  approximators: Described,
  appositiveOpeners: Forms,
  decades: Schema.Struct({
    description: Text,
    entries: Schema.Array(Schema.Struct({ decade: Schema.Int, ar: Forms, en: Forms })),
    century: Forms,
    notBefore: Forms,
    age: Forms
  }),
  outletsWithDayWord: Described,
  nounAfterDayWord: Described,
  adjectivesAfterDayWord: Described,
  timeZones: Schema.Struct({ description: Text, en: Forms, enLocal: Forms, ar: Forms }),
  islamicFeasts: Schema.Struct({
    description: Text,
    entries: Schema.Array(Schema.Struct({ month: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 12 }))), day: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 30 }))), ar: Forms })),
    adjectives: Forms
  })
})

export const MonthGuardsFile = Schema.Struct({
  source: Text,
  license: Text,
  gregorian: Schema.Struct({ description: Text, forms: Forms }),
  mayBeforeNouns: Schema.Struct({ description: Text, forms: Forms }),
  hijri: Schema.Struct({ description: Text, forms: Forms })
})

export type Unit = "day" | "week" | "month" | "year"

export interface UnitWord {
  readonly unit: Unit
  /** 1 for a singular, 2 for a dual, 0 for a plural (needs a number). */
  readonly count: 0 | 1 | 2
  readonly definite: boolean
}

export interface DateLexicons {
  readonly months: PhraseTrie<number>
  readonly hijriMonths: PhraseTrie<number>
  readonly weekdays: PhraseTrie<number>
  /** Month phrases (keys joined by a space) that need a cue. */
  readonly guardedMonths: ReadonlySet<string>
  readonly guardedHijri: ReadonlySet<string>
  /** The nouns after `a May` that make `May` the month (`a May election`), lower case. */
  readonly mayBeforeNouns: ReadonlySet<string>
  readonly days: PhraseTrie<number>
  readonly contextualDays: ReadonlySet<string>
  /** Nouns of an event after which `الأمس` is yesterday (`مباراة الأمس`). */
  readonly yesterdayNouns: ReadonlySet<string>
  readonly nights: PhraseTrie<number>
  readonly units: ReadonlyMap<string, UnitWord>
  readonly directions: PhraseTrie<-1 | 0 | 1>
  readonly periodModifiers: ReadonlySet<string>
  /**
   * The part of a period each modifier names (`periodModifiers.parts`; read by `mod.ts`): Arabic by folded key, English
   * adjectives (`early`, `late`, `mid`) and nouns (`start`, `end`) in lower case.
   */
  readonly periodParts: {
    readonly ar: ReadonlyMap<string, DateMod>
    readonly enAdjectives: ReadonlyMap<string, DateMod>
    readonly enNouns: ReadonlyMap<string, DateMod>
  }
  readonly partsOfDay: PhraseTrie<number>
  readonly yearCues: ReadonlySet<string>
  readonly prepositions: ReadonlySet<string>
  readonly rangeOnlyPrepositions: ReadonlySet<string>
  /** Nouns a bare year after which is a date (`مونديال 2022`), and the heads that make `العالم` one (`كأس العالم 2018`). */
  readonly yearNouns: ReadonlySet<string>
  readonly yearNounHeads: ReadonlySet<string>
  /** Event nouns that may have their host place between them and the year (`مونديال روسيا 2018`). */
  readonly hostedYearNouns: ReadonlySet<string>
  /** The key of `العالم`. */
  readonly worldKey: string
  readonly eras: ReadonlyMap<string, "gregorian" | "hijri">
  readonly futureCues: ReadonlySet<string>
  readonly futureVerbPrefixes: ReadonlyArray<string>
  readonly futureVerbExceptions: ReadonlySet<string>
  /** Past verbs that put a month without a year on or before the reference (`pastVerbs`, folded). */
  readonly pastVerbs: ReadonlySet<string>
  /** `أن`, `إن` and their proclitic forms (`complementizers`, folded): a clause opens after them. */
  readonly complementizers: ReadonlySet<string>
  /** Verbs after a year that is the subject of `أن`/`إن` (`yearSubjectVerbs`, folded). */
  readonly yearSubjectVerbs: ReadonlySet<string>
  /** The one-word forms of tomorrow (`days` of offset 1: `غد`, `الغد`, `غدا`, folded). */
  readonly tomorrowWords: ReadonlySet<string>
  readonly hourOrdinals: PhraseTrie<number>
  readonly minuteHalf: ReadonlySet<string>
  readonly minuteQuarter: ReadonlySet<string>
  readonly minuteThird: ReadonlySet<string>
  readonly minuteWords: ReadonlySet<string>
  readonly timeCues: PhraseTrie<true>
  readonly rangeAlways: ReadonlySet<string>
  readonly rangeListy: ReadonlySet<string>
  /** Nouns before a range's second end (`إلى يوم 8 رمضان`, `إلى تاريخ …`), folded. */
  readonly rangeEndNouns: ReadonlySet<string>
  readonly rangeOpeners: PhraseTrie<true>
  readonly before: ReadonlySet<string>
  readonly after: ReadonlySet<string>
  /** `نحو`, `حوالي`: an approximate count after `قبل`/`منذ`/`بعد` (`قبل نحو شهرين`). */
  readonly approximators: ReadonlySet<string>
  readonly appositiveOpeners: PhraseTrie<true>
  /** Decade words → the decade's first year (`الثمانينات` → 1980). */
  readonly decades: ReadonlyMap<string, number>
  /** English decade words (`seventies`, lower case) and their first year. */
  readonly englishDecades: ReadonlyMap<string, number>
  /**
   * The English month names (`January` … `December`, in month order) and their news-style abbreviations (`Jan`,
   * `Sept`), from `en/months.json`: the forms whose varieties hold `abbreviation` are abbreviations, the others names.
   */
  readonly englishMonths: { readonly names: ReadonlyArray<string>; readonly abbreviations: ReadonlyArray<string> }
  /** The English weekdays' abbreviations (`Sun`, `Tues`, `Thurs`): every form of `en/weekdays.json` but a day's longest. */
  readonly englishWeekdayAbbreviations: ReadonlyArray<string>
  /** `القرن الماضي`, `القرن العشرين` after a decade. */
  readonly decadeCentury: PhraseTrie<true>
  /** `المئوية`, `الهجرية`: a decade before one of these is a temperature or a Hijri decade. */
  readonly decadeStoppers: ReadonlySet<string>
  /** `عمره`, `العمر`: a decade before `من` and one of these is an age. */
  readonly ageWords: ReadonlySet<string>
  /** Words that with اليوم in quotes name an outlet (`«العرب اليوم»`, `"رأي اليوم"`). */
  readonly outletsWithDayWord: ReadonlySet<string>
  readonly nounAfterDayWord: ReadonlySet<string>
  readonly adjectivesAfterDayWord: ReadonlySet<string>
  /** Islamic feasts as written (`عيد الفطر`) with their Hijri month and day (`islamicFeasts`; read by `feasts.ts`). */
  readonly islamicFeasts: ReadonlyArray<{ readonly month: number; readonly day: number; readonly ar: ReadonlyArray<string> }>
  /** The feasts' own adjectives (`المبارك`, `السعيد`) as written, and folded. */
  readonly feastAdjectives: ReadonlyArray<string>
  readonly feastAdjectiveKeys: ReadonlySet<string>
  /** Keys after a four-digit clock time that make it one (`2200 GMT`, `1400 بتوقيت غرينتش`); `zoneLocal` needs `time` after it. */
  readonly zoneWords: ReadonlySet<string>
  readonly zoneLocal: ReadonlySet<string>
  /** First keys of the month names (both calendars, both languages) and of the weekday names. */
  readonly monthFirst: ReadonlySet<string>
  readonly weekdayFirst: ReadonlySet<string>
  /** The first keys of the month and weekday names that are not Arabic (English names), read by token key id. */
  readonly latinMonthFirstKeys: KeySet
  /** Every key that can start an Arabic date phrase: a cheap pre-check before parsing. */
  readonly starters: ReadonlySet<string>
  /** The starters and their forms with proclitics (والاثنين, بالعام, للعام): one look-up per word decides whether to parse. */
  readonly startersWithClitics: ReadonlySet<string>
  /** {@link startersWithClitics}, read by token key id. */
  readonly startersWithCliticsKeys: KeySet
}

const one = (form: string): string | null => {
  const k = foldKey(form)
  return k.length === 1 ? k[0]! : null
}
/** The part of a period each modifier names, by folded Arabic key and lower-case English word. */
const periodPartsOf = (parts: ReadonlyArray<{ readonly mod: DateMod; readonly ar: ReadonlyArray<string>; readonly enAdjectives: ReadonlyArray<string>; readonly enNouns: ReadonlyArray<string> }>) => {
  const ar = new Map<string, DateMod>()
  const enAdjectives = new Map<string, DateMod>()
  const enNouns = new Map<string, DateMod>()
  for (const p of parts) {
    for (const f of p.ar) {
      const k = one(f)
      if (k !== null) ar.set(k, p.mod)
    }
    for (const f of p.enAdjectives) enAdjectives.set(f.toLowerCase(), p.mod)
    for (const f of p.enNouns) enNouns.set(f.toLowerCase(), p.mod)
  }
  return { ar, enAdjectives, enNouns }
}
const keySet = (forms: ReadonlyArray<string>): Set<string> => new Set(forms.map(one).filter((k): k is string => k !== null))

/**
 * The keys and their forms with proclitics: `k`, `بk`, `لk`, `كk` (and `لk`
 * without the alef of `ال`: للعام), each also after `و` or `ف`. Every word
 * with a reading (`cliticReadings`) in `keys` is in the result.
 */
export const withClitics = (keys: Iterable<string>): Set<string> => {
  const out = new Set<string>()
  for (const k of keys) {
    const forms = [k, ...["\u0628", "\u0644", "\u0643"].map((p) => p + k)]
    // ل + ال is written لل (للعام)
    if (k.startsWith("\u0627\u0644")) forms.push("\u0644" + k.slice(1))
    for (const f of forms) {
      out.add(f)
      out.add("\u0648" + f)
      out.add("\u0641" + f)
    }
  }
  return out
}

/** The parse stage's month and weekday files, for the first keys of their names. */
export interface NameFiles {
  readonly months: ReadonlyArray<MonthsFile>
  readonly weekdays: ReadonlyArray<WeekdaysFile>
}

/**
 * The month and weekday files the parse stage compiles into `lexicons().months`,
 * `.hijriMonths` and `.weekdays` (the same JSON modules), validated with their
 * schemas. Only these five files: the parse stage's other lexicons are not
 * read a second time. The tries cannot list the first keys of their phrases,
 * so the names are read from the files.
 */
export const nameFiles = (): NameFiles => ({
  months: [arMonthsFile, enMonthsFile, arHijriMonthsFile].map(decodeLexicon(MonthsFile)),
  weekdays: [arWeekdaysFile, enWeekdaysFile].map(decodeLexicon(WeekdaysFile))
})

/** The English month names and abbreviations of `en/months.json` ({@link DateLexicons.englishMonths}). */
const englishMonthsOf = (file: MonthsFile | undefined): DateLexicons["englishMonths"] => {
  if (file === undefined) throw new Error("date lexicons: en/months is missing from the month files")
  const entries = [...file.entries].sort((a, b) => a.month - b.month)
  const isAbbreviation = (f: { readonly varieties: ReadonlyArray<string> }) => f.varieties.includes("abbreviation")
  return {
    names: entries.flatMap((e) => e.forms.filter((f) => !isAbbreviation(f)).map((f) => f.text)),
    abbreviations: entries.flatMap((e) => e.forms.filter(isAbbreviation).map((f) => f.text))
  }
}

/** The English weekday abbreviations of `en/weekdays.json` ({@link DateLexicons.englishWeekdayAbbreviations}). */
const englishWeekdayAbbreviationsOf = (file: WeekdaysFile | undefined): ReadonlyArray<string> => {
  if (file === undefined) throw new Error("date lexicons: en/weekdays is missing from the weekday files")
  return file.entries.flatMap((e) => {
    const full = e.forms.reduce((a, b) => (b.length > a.length ? b : a))
    return e.forms.filter((f) => f !== full)
  })
}

/** Compiles the date lexicons from the parse stage's month/weekday tries and names, and the two date files. */
export const compileDateLexicons = (
  words: typeof CalendarWordsFile.Type,
  guards: typeof MonthGuardsFile.Type,
  names: NameFiles = nameFiles()
): DateLexicons => {
  const base = lexicons()
  const starters = new Set<string>()
  const trie = <V>(entries: ReadonlyArray<readonly [string, V]>): PhraseTrie<V> => {
    const t = new PhraseTrie<V>()
    for (const [form, v] of entries) {
      const k = foldKey(form)
      if (k.length === 0) continue
      t.add(k, v)
      starters.add(k[0]!)
    }
    return t
  }
  const days = trie(words.days.flatMap((d) => d.ar.map((f) => [f, d.offset] as const)))
  const nights = trie(words.nights.flatMap((d) => d.ar.map((f) => [f, d.offset] as const)))
  const directions = trie(words.directions.flatMap((d) => d.ar.map((f) => [f, d.offset] as const)))
  const partsOfDay = trie(words.partsOfDay.flatMap((d) => d.ar.map((f) => [f, d.hour] as const)))
  const hourOrdinals = trie(words.hourOrdinals.entries.flatMap((d) => d.ar.map((f) => [f, d.hour] as const)))
  const timeCues = trie(words.timeCues.map((f) => [f, true] as const))
  const rangeOpeners = trie(words.rangeOpeners.map((f) => [f, true] as const))
  const appositiveOpeners = trie(words.appositiveOpeners.map((f) => [f, true] as const))
  const units = new Map<string, UnitWord>()
  for (const u of words.units) {
    const put = (forms: ReadonlyArray<string>, count: 0 | 1 | 2) => {
      for (const f of forms) {
        const k = one(f)
        if (k === null) continue
        units.set(k, { unit: u.unit, count, definite: k.startsWith("\u0627\u0644") })
        starters.add(k)
      }
    }
    put(u.singular, 1)
    put(u.dual, 2)
    put(u.plural, 0)
  }
  const eras = new Map<string, "gregorian" | "hijri">()
  for (const f of words.eras.gregorian) {
    const k = one(f)
    if (k !== null) eras.set(k.toLowerCase(), "gregorian")
  }
  for (const f of words.eras.hijri) {
    const k = one(f)
    if (k !== null) eras.set(k.toLowerCase(), "hijri")
  }
  const decades = new Map<string, number>()
  for (const e of words.decades.entries) {
    for (const f of e.ar) {
      const k = one(f)
      if (k === null) continue
      decades.set(k, e.decade)
      starters.add(k)
    }
  }
  // not through `trie`: القرن starts no phrase of its own
  const decadeCentury = new PhraseTrie<true>()
  for (const f of words.decades.century) {
    const k = foldKey(f)
    if (k.length > 0) decadeCentury.add(k, true)
  }
  const sets = {
    periodModifiers: keySet(words.periodModifiers.parts.flatMap((p) => p.ar)),
    yearCues: keySet(words.yearCues),
    prepositions: keySet(words.prepositions),
    before: keySet(words.before),
    after: keySet(words.after)
  }
  for (const s of [sets.periodModifiers, sets.yearCues, sets.before, sets.after]) for (const k of s) starters.add(k)
  // month, weekday and ordinal starters: every first token of the parse stage's phrases is found by
  // trying the tries themselves, so only their single-token forms need listing here
  for (const k of ["شهر", "يوم", "يومي", "هذا", "هذه", "ليل", "ليله", "عند", "الساعه", "تمام"]) starters.add(k)
  const guardKey = (f: string) => foldKey(f).join(" ")
  const monthFirst = new Set<string>()
  for (const f of names.months) for (const e of f.entries) for (const form of e.forms) monthFirst.add(foldKey(form.text)[0] ?? "")
  const weekdayFirst = new Set<string>()
  for (const f of names.weekdays) for (const e of f.entries) for (const form of e.forms) weekdayFirst.add(foldKey(form)[0] ?? "")
  // ordinals start day-of-month phrases (الثاني عشر من آب)
  const nl = numberLexicons()
  for (const s of [monthFirst, weekdayFirst, nl.ordinals.keys(), nl.ordinalTens.keys()]) for (const k of s) starters.add(k)
  const startersWithClitics = withClitics(starters)
  return {
    months: base.months,
    hijriMonths: base.hijriMonths,
    weekdays: base.weekdays,
    guardedMonths: new Set(guards.gregorian.forms.map(guardKey)),
    guardedHijri: new Set(guards.hijri.forms.map(guardKey)),
    mayBeforeNouns: new Set(guards.mayBeforeNouns.forms.map((w) => w.toLowerCase())),
    days,
    contextualDays: keySet(words.contextualDays.ar),
    yesterdayNouns: keySet(words.yesterdayNouns.ar),
    approximators: keySet(words.approximators.ar),
    nights,
    units,
    directions,
    ...sets,
    periodParts: periodPartsOf(words.periodModifiers.parts),
    partsOfDay,
    eras,
    futureCues: keySet(words.futureCues),
    futureVerbPrefixes: words.futureVerbPrefixes.map((p) => foldKey(p)[0] ?? p),
    futureVerbExceptions: keySet(words.futureVerbExceptions),
    pastVerbs: keySet(words.pastVerbs.ar),
    complementizers: keySet(words.complementizers.ar),
    yearSubjectVerbs: keySet(words.yearSubjectVerbs.ar),
    tomorrowWords: keySet(words.days.filter((d) => d.offset === 1).flatMap((d) => d.ar).filter((f) => foldKey(f).length === 1)),
    hourOrdinals,
    minuteHalf: keySet(words.minuteWords.half),
    minuteQuarter: keySet(words.minuteWords.quarter),
    minuteThird: keySet(words.minuteWords.third),
    minuteWords: keySet(words.minuteWords.minute),
    timeCues,
    rangeAlways: keySet(words.rangeConnectors.always),
    rangeListy: keySet(words.rangeConnectors.listy),
    rangeEndNouns: keySet(words.rangeConnectors.endNouns),
    rangeOpeners,
    appositiveOpeners,
    decades,
    englishDecades: new Map(words.decades.entries.flatMap((e) => e.en.map((f) => [f.toLowerCase(), e.decade] as const))),
    englishMonths: englishMonthsOf(names.months.find((f) => f.id === "en/months")),
    englishWeekdayAbbreviations: englishWeekdayAbbreviationsOf(names.weekdays.find((f) => f.id === "en/weekdays")),
    decadeCentury,
    ageWords: keySet(words.decades.age),
    decadeStoppers: keySet(words.decades.notBefore),
    outletsWithDayWord: keySet(words.outletsWithDayWord.ar),
    nounAfterDayWord: keySet(words.nounAfterDayWord.ar),
    adjectivesAfterDayWord: keySet(words.adjectivesAfterDayWord.ar),
    islamicFeasts: words.islamicFeasts.entries,
    feastAdjectives: words.islamicFeasts.adjectives,
    feastAdjectiveKeys: keySet(words.islamicFeasts.adjectives),
    zoneWords: new Set([...keySet(words.timeZones.en)].map((k) => k.toLowerCase()).concat([...keySet(words.timeZones.ar)])),
    zoneLocal: new Set([...keySet(words.timeZones.enLocal)].map((k) => k.toLowerCase())),
    rangeOnlyPrepositions: keySet(words.rangeOnlyPrepositions.ar),
    yearNouns: keySet(words.yearNouns.ar),
    yearNounHeads: keySet(words.yearNouns.heads),
    hostedYearNouns: keySet(words.yearNouns.hosted),
    worldKey: one("العالم") ?? "العالم",
    monthFirst,
    weekdayFirst,
    latinMonthFirstKeys: new KeySet([...monthFirst, ...weekdayFirst].filter((k) => !isArabicKey(k))),
    starters,
    startersWithClitics,
    startersWithCliticsKeys: new KeySet(startersWithClitics)
  }
}

let cached: DateLexicons | undefined

/** The compiled date lexicons (validated and compiled on first use). */
export const dateLexicons = (): DateLexicons => {
  if (cached === undefined) {
    cached = compileDateLexicons(
      decodeLexicon(CalendarWordsFile, "dates/calendar-words")(calendarWordsFile),
      decodeLexicon(MonthGuardsFile, "dates/month-guards")(monthGuardsFile)
    )
  }
  return cached
}
