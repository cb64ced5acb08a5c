/**
 * The parse stage's lexicons: JSON data files, validated with an Effect Schema
 * when first used, then compiled into hash maps and tries over lookup keys
 * (see `key.ts`), so matching never runs a regex over a big alternation.
 *
 * The files are imported statically (`with { type: "json" }`), so bundles
 * carry them and no file system is needed. Each file states its source; the
 * rules for adding entries are in `src/lexicons/README.md`.
 *
 * @module
 */
import { Schema } from "effect"
import { fileIdOf, strictDecoder } from "../internal/strict-decode.js"
import { BoilerplateKind } from "../schema/record.js"
import { keyOf, tokenize } from "./key.js"
import { PhraseTrie } from "./trie.js"

import arAgencies from "./ar/agencies.json" with { type: "json" }
import enAgencies from "./en/agencies.json" with { type: "json" }
import arOutlets from "./ar/outlets.json" with { type: "json" }
import enOutlets from "./en/outlets.json" with { type: "json" }
import arPlaces from "./ar/places.json" with { type: "json" }
import enPlaces from "./en/places.json" with { type: "json" }
import arMonths from "./ar/months.json" with { type: "json" }
import enMonths from "./en/months.json" with { type: "json" }
import arHijriMonths from "./ar/hijri-months.json" with { type: "json" }
import arWeekdays from "./ar/weekdays.json" with { type: "json" }
import enWeekdays from "./en/weekdays.json" with { type: "json" }
import arDatelineWords from "./ar/dateline-words.json" with { type: "json" }
import enDatelineWords from "./en/dateline-words.json" with { type: "json" }
import arClockWords from "./ar/clock-words.json" with { type: "json" }
import enClockWords from "./en/clock-words.json" with { type: "json" }
import arSiteSuffixes from "./ar/site-suffixes.json" with { type: "json" }
import enSiteSuffixes from "./en/site-suffixes.json" with { type: "json" }
import arSectionPages from "./ar/section-pages.json" with { type: "json" }
import enSectionPages from "./en/section-pages.json" with { type: "json" }
import arSectionLabels from "./ar/section-labels.json" with { type: "json" }
import arBioOpeners from "./ar/bio-openers.json" with { type: "json" }
import arTitleKickers from "./ar/title-kickers.json" with { type: "json" }
import enTitleKickers from "./en/title-kickers.json" with { type: "json" }
import givenNames from "./gazetteers/given-names.json" with { type: "json" }
import arAdvert from "./ar/boilerplate/advert.json" with { type: "json" }
import arCaption from "./ar/boilerplate/caption.json" with { type: "json" }
import arCopyright from "./ar/boilerplate/copyright.json" with { type: "json" }
import arCrawlMeta from "./ar/boilerplate/crawl-meta.json" with { type: "json" }
import arCredit from "./ar/boilerplate/credit.json" with { type: "json" }
import arEndMarker from "./ar/boilerplate/end-marker.json" with { type: "json" }
import arNavigation from "./ar/boilerplate/navigation.json" with { type: "json" }
import arOther from "./ar/boilerplate/other.json" with { type: "json" }
import arRelated from "./ar/boilerplate/related.json" with { type: "json" }
import arShare from "./ar/boilerplate/share.json" with { type: "json" }
import arSiteTitle from "./ar/boilerplate/site-title.json" with { type: "json" }
import arSourceLink from "./ar/boilerplate/source-link.json" with { type: "json" }
import arSubscribe from "./ar/boilerplate/subscribe.json" with { type: "json" }
import arTags from "./ar/boilerplate/tags.json" with { type: "json" }
import arTimestamp from "./ar/boilerplate/timestamp.json" with { type: "json" }
import enAdvert from "./en/boilerplate/advert.json" with { type: "json" }
import enCaption from "./en/boilerplate/caption.json" with { type: "json" }
import enCopyright from "./en/boilerplate/copyright.json" with { type: "json" }
import enCrawlMeta from "./en/boilerplate/crawl-meta.json" with { type: "json" }
import enCredit from "./en/boilerplate/credit.json" with { type: "json" }
import enEndMarker from "./en/boilerplate/end-marker.json" with { type: "json" }
import enNavigation from "./en/boilerplate/navigation.json" with { type: "json" }
import enOther from "./en/boilerplate/other.json" with { type: "json" }
import enRelated from "./en/boilerplate/related.json" with { type: "json" }
import enShare from "./en/boilerplate/share.json" with { type: "json" }
import enSiteTitle from "./en/boilerplate/site-title.json" with { type: "json" }
import enSourceLink from "./en/boilerplate/source-link.json" with { type: "json" }
import enSubscribe from "./en/boilerplate/subscribe.json" with { type: "json" }
import enTags from "./en/boilerplate/tags.json" with { type: "json" }
import enTimestamp from "./en/boilerplate/timestamp.json" with { type: "json" }

// ---------------------------------------------------------------------------
// Schemas (one per file shape)

const Text = Schema.NonEmptyString
const Language = Schema.Literals(["ar", "en"])

const envelope = {
  id: Text.annotate({ description: "Path of the file under src/lexicons without .json, e.g. ar/agencies" }),
  language: Language,
  form: Schema.Literal("raw").annotate({
    description: "Entries are written as printed; the loader folds them into lookup keys (never pre-normalize)"
  }),
  source: Text.annotate({ description: "Where the entries come from and under which licence" })
}

/** Agencies and outlets: named sources with every form they are printed in. */
export const NamedSourcesFile = Schema.Struct({
  ...envelope,
  concept: Schema.Literals(["agencies", "outlets"]),
  entries: Schema.Array(Schema.Struct({ id: Text, name: Text, forms: Schema.Array(Text).pipe(Schema.check(Schema.isMinLength(1))) }))
})
export type NamedSourcesFile = typeof NamedSourcesFile.Type

const MonthNumber = Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 1, maximum: 12 })))

/** Month names of one calendar, with the varieties that use each form. */
export const MonthsFile = Schema.Struct({
  ...envelope,
  concept: Schema.Literal("months"),
  calendar: Schema.Literals(["gregorian", "islamic"]),
  entries: Schema.Array(
    Schema.Struct({
      month: MonthNumber,
      forms: Schema.Array(Schema.Struct({ text: Text, varieties: Schema.Array(Text) })).pipe(Schema.check(Schema.isMinLength(1)))
    })
  ).pipe(Schema.check(Schema.isMinLength(12), Schema.isMaxLength(12)))
})
export type MonthsFile = typeof MonthsFile.Type

export const WeekdaysFile = Schema.Struct({
  ...envelope,
  concept: Schema.Literal("weekdays"),
  entries: Schema.Array(
    Schema.Struct({
      day: Schema.Int.pipe(Schema.check(Schema.isBetween({ minimum: 0, maximum: 6 }))),
      forms: Schema.Array(Text).pipe(Schema.check(Schema.isMinLength(1)))
    })
  ).pipe(Schema.check(Schema.isMinLength(7), Schema.isMaxLength(7)))
})
export type WeekdaysFile = typeof WeekdaysFile.Type

/** A plain list of phrases for one concept. */
export const PhraseListFile = Schema.Struct({
  ...envelope,
  concept: Schema.Literals(["places", "site-suffixes", "section-pages", "section-labels", "clock-words", "bio-openers", "title-kickers"]),
  entries: Schema.Array(Text).pipe(Schema.check(Schema.isMinLength(1)))
})
export type PhraseListFile = typeof PhraseListFile.Type

/** The small words credit lines are built from. */
export const DatelineWordsFile = Schema.Struct({
  ...envelope,
  concept: Schema.Literal("dateline-words"),
  roles: Schema.Array(Text),
  nonNameWords: Schema.Array(Text).annotate({ description: "Words that never stand in a person's name (function words, verbs of saying, nouns of a post: وزير, وكيل)" }),
  placeOpeners: Schema.Array(Text).annotate({ description: "First words of foreign places' names that open no person's name (`سان`, `كيب`, `بورت`: San, Cape, Port)" }),
  genericPlaces: Schema.Array(Text),
  bureau: Schema.Array(Text),
  from: Schema.Array(Text),
  beforeDate: Schema.Array(Text).annotate({ description: "Words between a dateline's place and its date (`القاهرة في 30 نوفمبر /أ ش أ/`)" }),
  agencyHeads: Schema.Array(Text).annotate({ description: "Head nouns that open the name of an agency the lexicon does not list (`وكالة الأنباء الموريتانية`)" }),
  deskTitles: Schema.Array(Text).annotate({ description: "Last words of a reporter's desk printed after the name on the byline's line (`<name> Environment reporter`)" }),
  honorifics: Schema.Array(Text).annotate({ description: "Titles before a writer's name in a byline (`الدكتور`, `د.`, `Dr`), left out of the byline's names (`بقلم د. سالم أحمد` → `سالم أحمد`)" }),
  equivalence: Schema.Array(Text),
  hijriMarkers: Schema.Array(Text),
  gregorianMarkers: Schema.Array(Text)
})
export type DatelineWordsFile = typeof DatelineWordsFile.Type

export const BoilerplateMatch = Schema.Literals(["line", "line-prefix", "line-suffix", "bracketed", "lead", "tail", "word"]).annotate({
  description:
    "line: the whole line is the phrase; line-prefix / line-suffix: a short line that starts / ends with the phrase is cut whole; " +
    "bracketed: a line in round brackets that opens with the phrase is cut whole (a wire's closing credit, `(إعداد … للنشرة العربية - تحرير …)`); " +
    "lead: the phrase is cut from the start of a line and the rest is parsed on; tail: from the phrase to the end of the line is cut; " +
    "word: a word that, with others of its kind, makes up a bar of buttons (a line made only of such words is cut)"
})
export type BoilerplateMatch = typeof BoilerplateMatch.Type

export const Zone = Schema.Literals(["head", "tail", "any"]).annotate({
  description: "Where the phrase may match: the first lines after the title, the last lines, or anywhere (default)"
})
export type Zone = typeof Zone.Type

export const BoilerplateEntry = Schema.Struct({
  match: BoilerplateMatch,
  phrase: Text,
  zone: Schema.optionalKey(Zone),
  opensBlock: Schema.optionalKey(Schema.Boolean).annotate({
    description: "The phrase heads a block: the short lines after it (links, tags, contact lines) are cut with it"
  }),
  maxTokens: Schema.optionalKey(Schema.Int.pipe(Schema.check(Schema.isGreaterThan(0)))).annotate({
    description: "line-prefix, line-suffix: the longest line (in tokens) that is still cut whole (default 30)"
  }),
  restIsKeywords: Schema.optionalKey(Schema.Boolean).annotate({
    description: "tail: only cut when what follows the phrase is a list of words, without sentence punctuation"
  }),
  glued: Schema.optionalKey(Schema.Boolean).annotate({
    description:
      "tail: the phrase's last word may run into the next word without a space, as when a box of link titles is pasted into the text (`مقالات أخرى للكاتبعنوان…`)"
  }),
  dated: Schema.optionalKey(Schema.Boolean).annotate({
    description:
      "line-prefix: only cut when the rest of the line reads as a date or a time stamp (`نُشر: 11:05 - 30 نوفمبر 2026`), for a phrase that also opens prose (`نشر الجيش …`)"
  })
})
export type BoilerplateEntry = typeof BoilerplateEntry.Type

export const BoilerplateFile = Schema.Struct({
  ...envelope,
  concept: Schema.Literal("boilerplate"),
  kind: BoilerplateKind,
  entries: Schema.Array(BoilerplateEntry)
})
export type BoilerplateFile = typeof BoilerplateFile.Type

// ---------------------------------------------------------------------------
// Raw files, by schema

const RAW = {
  namedSources: [arAgencies, enAgencies, arOutlets, enOutlets],
  months: [arMonths, enMonths, arHijriMonths],
  weekdays: [arWeekdays, enWeekdays],
  datelineWords: [arDatelineWords, enDatelineWords],
  phraseLists: [
    arPlaces,
    enPlaces,
    arClockWords,
    enClockWords,
    arSiteSuffixes,
    enSiteSuffixes,
    arSectionPages,
    enSectionPages,
    arSectionLabels,
    arBioOpeners,
    arTitleKickers,
    enTitleKickers
  ],
  boilerplate: [
    arAdvert,
    arCaption,
    arCopyright,
    arCrawlMeta,
    arCredit,
    arEndMarker,
    arNavigation,
    arOther,
    arRelated,
    arShare,
    arSiteTitle,
    arSourceLink,
    arSubscribe,
    arTags,
    arTimestamp,
    enAdvert,
    enCaption,
    enCopyright,
    enCrawlMeta,
    enCredit,
    enEndMarker,
    enNavigation,
    enOther,
    enRelated,
    enShare,
    enSiteTitle,
    enSourceLink,
    enSubscribe,
    enTags,
    enTimestamp
  ]
} as const

/** A lexicon file failed validation or the lexicons contradict each other. */
export class LexiconError extends Error {
  override readonly name = "LexiconError"
}

/**
 * Decodes one lexicon file with `schema` (every issue, excess keys are errors): the typed content, or a thrown
 * {@link LexiconError} naming the file and each field at fault (`lexicon quotes/ar is invalid: verbs.3.lemma: …`).
 * The file is named by `id` when given (the stage lexicons under src/lexicons/quotes, numbers, dates carry no `id`
 * field), else by its own `id` field. The one decoder of the parse stage's and the extract stages' lexicons (sixty-first
 * session, helper tidy5: extract/internal/decode.ts had a second `decodeLexicon` before).
 */
export const decodeLexicon = <S extends Schema.Top>(schema: S, id?: string): ((u: unknown) => S["Type"]) =>
  strictDecoder(schema, (issues, u) => {
    throw new LexiconError(`lexicon ${id ?? fileIdOf(u)} is invalid: ${issues}`)
  })

/**
 * The entity gazetteer's given names (`gazetteers/given-names.json`), read by
 * the parse stage for one thing: a byline's second name glued to its
 * conjunction (`كتب: <name> و<given name> <family name>`).
 */
export const GivenNamesFile = Schema.Struct({
  id: Schema.Literal("gazetteers/given-names"),
  category: Schema.Literal("PER"),
  source: Text,
  entries: Schema.Struct({ ar: Schema.Array(Text), en: Schema.Array(Text) })
})

/** The raw files, validated. Throws {@link LexiconError} on the first invalid file. */
export const loadLexiconFiles = () => ({
  givenNames: decodeLexicon(GivenNamesFile)(givenNames),
  namedSources: RAW.namedSources.map(decodeLexicon(NamedSourcesFile)),
  months: RAW.months.map(decodeLexicon(MonthsFile)),
  weekdays: RAW.weekdays.map(decodeLexicon(WeekdaysFile)),
  datelineWords: RAW.datelineWords.map(decodeLexicon(DatelineWordsFile)),
  phraseLists: RAW.phraseLists.map(decodeLexicon(PhraseListFile)),
  boilerplate: RAW.boilerplate.map(decodeLexicon(BoilerplateFile))
})
export type LexiconFiles = ReturnType<typeof loadLexiconFiles>

// ---------------------------------------------------------------------------
// Compiled form

/** A boilerplate rule as the parser applies it. */
export interface BoilerplateRule {
  readonly kind: BoilerplateKind
  readonly match: BoilerplateMatch
  readonly zone: Zone
  readonly opensBlock: boolean
  readonly maxTokens: number
  readonly restIsKeywords: boolean
  /** tail: the phrase's last word may be glued to the next word. */
  readonly glued: boolean
  /** line-prefix: the rest of the line must read as a date or a time stamp. */
  readonly dated: boolean
  /** `lexicon:<file id>:<match>:<phrase>`: the reason written on each cut. */
  readonly rule: string
}

export interface SourceName {
  readonly id: string
  readonly kind: "agency" | "outlet"
  readonly generic: boolean
}

export interface CompiledLexicons {
  /** Agencies and outlets by phrase (a source may span several tokens: `ا ف ب`). */
  readonly sources: PhraseTrie<SourceName>
  readonly places: PhraseTrie<true>
  readonly genericPlaces: PhraseTrie<true>
  readonly roles: PhraseTrie<true>
  readonly bureau: ReadonlySet<string>
  readonly nonNameWords: ReadonlySet<string>
  /** Keys of the first words of foreign places' names (`سان`, `كيب`): a credit's name of two or three words opening with one is a place. */
  readonly placeOpeners: ReadonlySet<string>
  readonly fromWords: ReadonlySet<string>
  /** Keys of the words between a dateline's place and its date (`في`). */
  readonly beforeDateWords: ReadonlySet<string>
  /** Keys of the head nouns that open an agency's name (`وكالة`). */
  readonly agencyHeads: ReadonlySet<string>
  /** Keys of the last words of a reporter's desk (`reporter`, `correspondent`, `editor`). */
  readonly deskTitles: ReadonlySet<string>
  /** Titles before a writer's name (`الدكتور`, `د.`, `أ.د.`, `Dr`), left out of a byline's names. */
  readonly honorifics: PhraseTrie<true>
  readonly equivalence: ReadonlySet<string>
  readonly hijriMarkers: ReadonlySet<string>
  readonly gregorianMarkers: ReadonlySet<string>
  /** Gregorian months (Arabic and English forms) → 1–12. */
  readonly months: PhraseTrie<number>
  readonly hijriMonths: PhraseTrie<number>
  readonly weekdays: PhraseTrie<number>
  readonly clockWords: PhraseTrie<true>
  /** Site suffixes, stored reversed (last token first) to match at the end of a title; the value is the rule name. */
  readonly siteSuffixesReversed: PhraseTrie<string>
  readonly sectionPages: ReadonlySet<string>
  /** Desk labels; the value is the rule name. */
  readonly sectionLabels: PhraseTrie<string>
  /** Kickers a site prints before a headline and a separator (`عاجل |`, `بالفيديو..`, `BREAKING:`); the value is the rule name. */
  readonly titleKickers: PhraseTrie<string>
  /** Keys of the nouns an author's bio opens with (`كاتب`, `أستاذ`): see src/parse/bio.ts. */
  readonly bioOpeners: ReadonlySet<string>
  /** Boilerplate: whole-line keys. */
  readonly lines: ReadonlyMap<string, BoilerplateRule>
  readonly linePrefixes: PhraseTrie<BoilerplateRule>
  /** Phrases that open a line in round brackets (`(إعداد …)`): the whole line is cut. */
  readonly bracketedPrefixes: PhraseTrie<BoilerplateRule>
  /** Line suffixes, stored reversed (last token first). */
  readonly lineSuffixesReversed: PhraseTrie<BoilerplateRule>
  readonly leads: PhraseTrie<BoilerplateRule>
  readonly tails: PhraseTrie<BoilerplateRule>
  /** Tail phrases whose last word may be glued to the next word: all but the last key, the last key, the rule. */
  readonly gluedTails: ReadonlyArray<{ readonly head: ReadonlyArray<string>; readonly last: string; readonly rule: BoilerplateRule }>
  /** Words that make up button bars (share, navigation), by phrase. */
  readonly barWords: PhraseTrie<BoilerplateRule>
  /** Tokens that can start a source or a place phrase: a credit without one is not worth reading. */
  readonly anchorFirstTokens: ReadonlySet<string>
  /** Arabic given names of one word (keys), from the entity gazetteer. */
  readonly givenNames: ReadonlySet<string>
}

const tokensOf = (s: string): Array<string> => tokenize(s, 0, s.length).keys

/** Compiles validated files; throws {@link LexiconError} when entries contradict each other. */
export const compileLexicons = (files: LexiconFiles): CompiledLexicons => {
  const problems: Array<string> = []
  const sources = new PhraseTrie<SourceName>()
  const sourceFirstTokens = new Set<string>()
  const owner = new Map<string, string>()
  const claim = (key: string, who: string) => {
    const prev = owner.get(key)
    if (prev !== undefined && prev !== who) problems.push(`"${key}" is both ${prev} and ${who}`)
    else owner.set(key, who)
  }
  for (const f of files.namedSources) {
    const kind = f.concept === "agencies" ? "agency" : "outlet"
    for (const e of f.entries) {
      for (const form of e.forms) {
        const toks = tokensOf(form)
        if (toks.length === 0) {
          problems.push(`${f.id}: "${form}" has no letters`)
          continue
        }
        const key = toks.join(" ")
        claim(key, `${kind} (${f.id})`)
        sources.add(toks, { id: e.id, kind, generic: e.id === "generic" })
        sourceFirstTokens.add(toks[0]!)
      }
    }
  }
  const phraseTrie = (lists: ReadonlyArray<string>, concept: string, check: boolean): PhraseTrie<true> => {
    const t = new PhraseTrie<true>()
    for (const p of lists) {
      const toks = tokensOf(p)
      if (toks.length === 0) continue
      if (check) claim(toks.join(" "), concept)
      t.add(toks, true)
    }
    return t
  }
  const list = (concept: PhraseListFile["concept"]) =>
    files.phraseLists.filter((f) => f.concept === concept).flatMap((f) => f.entries)
  const places = phraseTrie(list("places"), "place", true)
  const dw = files.datelineWords
  const genericPlaces = phraseTrie(
    dw.flatMap((f) => f.genericPlaces),
    "generic place",
    true
  )
  const roles = phraseTrie(
    dw.flatMap((f) => f.roles),
    "role word",
    true
  )
  const keySet = (xs: ReadonlyArray<string>) => new Set(xs.map(keyOf).filter((k) => k.length > 0))

  const months = new PhraseTrie<number>()
  const hijriMonths = new PhraseTrie<number>()
  for (const f of files.months) {
    const target = f.calendar === "gregorian" ? months : hijriMonths
    for (const e of f.entries) {
      for (const form of e.forms) {
        const toks = tokensOf(form.text)
        const prev = target.add(toks, e.month)
        if (prev !== undefined && prev !== e.month) problems.push(`${f.id}: "${form.text}" is month ${prev} and ${e.month}`)
      }
    }
  }
  // a month name is never a place (`آب` and the Yemeni city `إب` share a key)
  for (const f of files.months) {
    for (const e of f.entries) for (const form of e.forms) {
      const key = tokensOf(form.text).join(" ")
      const who = owner.get(key)
      if (who !== undefined && who.startsWith("place")) problems.push(`"${key}" is both a month (${f.id}) and ${who}`)
    }
  }
  const weekdays = new PhraseTrie<number>()
  for (const f of files.weekdays) for (const e of f.entries) for (const form of e.forms) weekdays.add(tokensOf(form), e.day)

  const siteSuffixesReversed = new PhraseTrie<string>()
  const sectionLabels = new PhraseTrie<string>()
  const titleKickers = new PhraseTrie<string>()
  for (const f of files.phraseLists) {
    for (const e of f.entries) {
      if (f.concept === "site-suffixes") siteSuffixesReversed.add(tokensOf(e).reverse(), `lexicon:${f.id}:suffix:${e}`)
      if (f.concept === "section-labels") sectionLabels.add(tokensOf(e), `lexicon:${f.id}:label:${e}`)
      if (f.concept === "title-kickers") titleKickers.add(tokensOf(e), `lexicon:${f.id}:kicker:${e}`)
    }
  }

  const lines = new Map<string, BoilerplateRule>()
  const linePrefixes = new PhraseTrie<BoilerplateRule>()
  const bracketedPrefixes = new PhraseTrie<BoilerplateRule>()
  const lineSuffixesReversed = new PhraseTrie<BoilerplateRule>()
  const leads = new PhraseTrie<BoilerplateRule>()
  const tails = new PhraseTrie<BoilerplateRule>()
  const gluedTails: Array<{ head: Array<string>; last: string; rule: BoilerplateRule }> = []
  const barWords = new PhraseTrie<BoilerplateRule>()
  for (const f of files.boilerplate) {
    for (const e of f.entries) {
      const toks = tokensOf(e.phrase)
      if (toks.length === 0) {
        problems.push(`${f.id}: "${e.phrase}" has no letters or digits`)
        continue
      }
      const key = toks.join(" ")
      const rule: BoilerplateRule = {
        kind: f.kind,
        match: e.match,
        zone: e.zone ?? "any",
        opensBlock: e.opensBlock ?? false,
        maxTokens: e.maxTokens ?? 30,
        restIsKeywords: e.restIsKeywords ?? false,
        glued: e.glued ?? false,
        dated: e.dated ?? false,
        rule: `lexicon:${f.id}:${e.match}:${e.phrase}`
      }
      const conflict = (prev: BoilerplateRule | undefined) => {
        if (prev !== undefined && prev.kind !== rule.kind) {
          problems.push(`boilerplate "${key}" (${e.match}) is both ${prev.kind} and ${rule.kind}`)
        }
      }
      switch (e.match) {
        case "line":
          conflict(lines.get(key))
          if (!lines.has(key)) lines.set(key, rule)
          break
        case "line-prefix":
          conflict(linePrefixes.add(toks, rule))
          break
        case "bracketed":
          conflict(bracketedPrefixes.add(toks, rule))
          break
        case "line-suffix":
          conflict(lineSuffixesReversed.add([...toks].reverse(), rule))
          break
        case "lead":
          conflict(leads.add(toks, rule))
          break
        case "tail":
          // a glued phrase is only looked for glued: followed by a space it may be prose
          if (rule.glued) gluedTails.push({ head: toks.slice(0, -1), last: toks[toks.length - 1]!, rule })
          else conflict(tails.add(toks, rule))
          break
        case "word":
          barWords.add(toks, rule)
          break
      }
    }
  }
  if (problems.length > 0) throw new LexiconError(`lexicons contradict each other: ${problems.join("; ")}`)
  return {
    sources,
    places,
    genericPlaces,
    roles,
    bureau: keySet(dw.flatMap((f) => f.bureau)),
    nonNameWords: keySet(dw.flatMap((f) => f.nonNameWords)),
    placeOpeners: keySet(dw.flatMap((f) => f.placeOpeners)),
    fromWords: keySet(dw.flatMap((f) => f.from)),
    beforeDateWords: keySet(dw.flatMap((f) => f.beforeDate)),
    agencyHeads: keySet(dw.flatMap((f) => f.agencyHeads)),
    deskTitles: keySet(dw.flatMap((f) => f.deskTitles)),
    honorifics: phraseTrie(
      dw.flatMap((f) => f.honorifics),
      "honorific",
      false
    ),
    equivalence: keySet(dw.flatMap((f) => f.equivalence)),
    hijriMarkers: keySet(dw.flatMap((f) => f.hijriMarkers)),
    gregorianMarkers: keySet(dw.flatMap((f) => f.gregorianMarkers)),
    months,
    hijriMonths,
    weekdays,
    clockWords: phraseTrie(list("clock-words"), "clock word", false),
    siteSuffixesReversed,
    sectionPages: keySet(list("section-pages")),
    sectionLabels,
    titleKickers,
    bioOpeners: keySet(list("bio-openers")),
    lines,
    linePrefixes,
    bracketedPrefixes,
    lineSuffixesReversed,
    leads,
    tails,
    gluedTails,
    barWords,
    givenNames: keySet(files.givenNames.entries.ar.filter((n) => !/\s/.test(n.trim()))),
    anchorFirstTokens: new Set([
      ...sourceFirstTokens,
      ...[...list("places"), ...dw.flatMap((f) => f.genericPlaces)].map((p) => tokensOf(p)[0]).filter((t): t is string => t !== undefined)
    ])
  }
}

let cached: CompiledLexicons | undefined

/** The compiled lexicons (validated and compiled once, on first use). */
export const lexicons = (): CompiledLexicons => {
  if (cached === undefined) cached = compileLexicons(loadLexiconFiles())
  return cached
}

/**
 * The agency or outlet whose printed form is exactly `text[start, end)` (`سبق`, `الشرق الأوسط`, `Reuters`), else
 * undefined: how the entity and quote stages ask whether a name in marks is a paper's.
 */
export const sourceNamed = (text: string, start: number, end: number): SourceName | undefined => {
  const keys = tokenize(text, start, end).keys
  return lexicons().sources.exact(keys, 0, keys.length)
}
