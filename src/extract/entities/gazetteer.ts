/**
 * Gazetteers: lists of places, organisations, given names, nationalities and
 * the words that stand next to names (titles, honorifics, head nouns of
 * organisation and place names), in Arabic and English.
 *
 * The lists are JSON files under `src/lexicons/gazetteers/`, imported
 * statically (no file system), validated with an Effect Schema on first use,
 * and compiled per language into phrase tries over the keys of the tagger's
 * units (see `text.ts`): a phrase is cut into units exactly as running text
 * is, so `الأمم المتحدة` in the list matches `والأمم المتحدة` in a sentence.
 *
 * Membership is a feature of the tagger, never a decision.
 *
 * @module
 */
import { Schema } from "effect"
import { fileIdOf, strictDecoder } from "../../internal/strict-decode.js"
import { normalizeText } from "../../normalize/index.js"
import { PhraseTrie } from "../../lexicons/trie.js"
import { StringSieve } from "../../internal/sieve.js"
import { segment, type Unit } from "./text.js"

import countries from "../../lexicons/gazetteers/countries.json" with { type: "json" }
import places from "../../lexicons/gazetteers/places.json" with { type: "json" }
import organizations from "../../lexicons/gazetteers/organizations.json" with { type: "json" }
import givenNames from "../../lexicons/gazetteers/given-names.json" with { type: "json" }
import nationalities from "../../lexicons/gazetteers/nationalities.json" with { type: "json" }
import triggers from "../../lexicons/gazetteers/triggers.json" with { type: "json" }
import institutionHeads from "../../lexicons/gazetteers/institution-heads.json" with { type: "json" }
import notNames from "../../lexicons/gazetteers/not-names.json" with { type: "json" }
import wholeWords from "../../lexicons/gazetteers/whole-words.json" with { type: "json" }

export type Lang = "ar" | "en"

/** One entry of a list: a word or phrase as written. */
export const Entry = Schema.String.pipe(Schema.check(Schema.isNonEmpty(), Schema.isMaxLength(80)))
/** Entries per language. */
export const ByLanguage = Schema.Struct({ ar: Schema.Array(Entry), en: Schema.Array(Entry) })
/** The fields every gazetteer file has: its id and where its entries come from. */
export const envelope = {
  id: Schema.String.pipe(Schema.check(Schema.isPattern(/^gazetteers\/[a-z-]+$/))),
  source: Schema.NonEmptyString.annotate({ description: "Where the entries come from and under which licence" })
}

/** A list of names of one entity type. */
export const PhraseListFile = Schema.Struct({
  ...envelope,
  category: Schema.Literals(["LOC", "ORG", "PER", "MISC"]),
  entries: ByLanguage
})
export type PhraseListFile = typeof PhraseListFile.Type

/** Words that stand next to names. */
export const TriggersFile = Schema.Struct({
  ...envelope,
  category: Schema.Literal("triggers"),
  title: ByLanguage,
  honorific: ByLanguage,
  org: ByLanguage,
  loc: ByLanguage
})
export type TriggersFile = typeof TriggersFile.Type

/**
 * Arabic head nouns of institutions and places that take a person's name in
 * construct (`جامعة الملك عبدالعزيز`, `مجموعة بن لادن`, `مطار الملك خالد`).
 * Read by the post-processing of mentions (`mentions.ts`), never by the
 * tagger's features: changing them needs no retraining.
 */
export const InstitutionHeadsFile = Schema.Struct({
  ...envelope,
  category: Schema.Literal("institution-heads"),
  /** Heads that make an organisation (`جامعة`, `شركة`, `مستشفى`). */
  namedOrg: Schema.Array(Entry),
  /** Heads that make a place (`مطار`, `شارع`, `مسجد`). */
  namedLoc: Schema.Array(Entry),
  /** The heads that take a person's name with no title between (`مجموعة بن لادن`). */
  untitled: Schema.Array(Entry),
  /** Heads after which a MISC name is the organisation itself (`شركة [سلامة للتأمين]`). */
  company: Schema.Array(Entry)
})
export type InstitutionHeadsFile = typeof InstitutionHeadsFile.Type

/** A file of words or phrases per language under one category, read by one rule after or before the tagger. */
export const wordListFile = <C extends string>(category: C) =>
  Schema.Struct({
    ...envelope,
    category: Schema.Literal(category),
    ar: Schema.Array(Entry),
    en: Schema.Array(Entry)
  })

/**
 * Fixed expressions that open with a given name and read like a person's
 * name to the tagger (`حسن الجوار`, "good neighbourliness"). Read by the
 * linking step (`link.ts`), never by the tagger's features.
 */
export const NotNamesFile = wordListFile("not-names")
export type NotNamesFile = typeof NotNamesFile.Type

/**
 * Common words that read as a proclitic and a listed name (`لدينا`, "we have",
 * as `ل` + `دينا`; `لجان`, "committees", as `ل` + `جان`): the tokenizer keeps
 * them whole. Read when a gazetteer is compiled, as known words of no
 * category (no feature marks them).
 */
export const WholeWordsFile = wordListFile("whole-words")
export type WholeWordsFile = typeof WholeWordsFile.Type

/** The search form of a word or phrase, words joined by one space: how list entries and mention keys are compared. */
export const searchKey = (x: string): string => normalizeText(x.trim(), "search").split(/\s+/).join(" ")

/**
 * The search forms ({@link searchKey}) of a list of words or phrases, read and folded on first use: loading the
 * library folds nothing (folding builds the normalizer's tables, which every worker thread would then build at start;
 * test/normalize/lazy-load.test.ts checks it).
 */
export const foldedSet = (words: () => ReadonlyArray<string>): (() => ReadonlySet<string>) => {
  let set: ReadonlySet<string> | undefined
  return () => (set ??= new Set(words().map(searchKey)))
}

/** A gazetteer file failed validation. */
export class GazetteerError extends Error {
  override readonly name = "GazetteerError"
}

/** Decodes one gazetteer file with `schema` (excess keys are errors); throws {@link GazetteerError} naming the file and the field. */
export const decodeGazetteer = <S extends Schema.Top>(schema: S): ((u: unknown) => S["Type"]) =>
  strictDecoder(schema, (issues, u) => {
    throw new GazetteerError(`gazetteer ${fileIdOf(u)} is invalid: ${issues}`)
  })

/** Validates raw gazetteer files (parsed JSON). Throws {@link GazetteerError} naming the file and the field. */
export const validateGazetteerFiles = (raw: {
  readonly lists: ReadonlyArray<unknown>
  readonly triggers: unknown
}): { readonly lists: ReadonlyArray<PhraseListFile>; readonly triggers: TriggersFile } => ({
  lists: raw.lists.map(decodeGazetteer(PhraseListFile)),
  triggers: decodeGazetteer(TriggersFile)(raw.triggers)
})

/** The bundled gazetteer files, validated. Throws {@link GazetteerError}. */
export const loadGazetteerFiles = () => validateGazetteerFiles({ lists: [countries, places, organizations, givenNames, nationalities], triggers })

let givenNameTrie: PhraseTrie<true> | undefined
/** Whether an Arabic word (its `core`, search form) is a given name of the lists (the PER trie, one word). */
export const isGivenName = (core: string): boolean => (givenNameTrie ??= gazetteer("ar").tries[CATEGORIES.indexOf("PER")]!).one(core) !== undefined

/** The Arabic names of the countries list (`gazetteers/countries`), search form. */
export const arabicCountries = foldedSet(() => loadGazetteerFiles().lists.find((f) => f.id === "gazetteers/countries")?.entries.ar ?? [])

/** Validates a raw institution-heads file (parsed JSON). Throws {@link GazetteerError} naming the file and the field. */
export const validateInstitutionHeads = (raw: unknown): InstitutionHeadsFile => decodeGazetteer(InstitutionHeadsFile)(raw)

/**
 * The bundled institution-heads file, validated (on each call: the caller
 * keeps what it builds from it). Throws {@link GazetteerError}.
 */
export const loadInstitutionHeads = (): InstitutionHeadsFile => validateInstitutionHeads(institutionHeads)

/** Validates a raw not-names file (parsed JSON). Throws {@link GazetteerError} naming the file and the field. */
export const validateNotNames = (raw: unknown): NotNamesFile => decodeGazetteer(NotNamesFile)(raw)

/** Validates a raw whole-words file (parsed JSON). Throws {@link GazetteerError} naming the file and the field. */
export const validateWholeWords = (raw: unknown): WholeWordsFile => decodeGazetteer(WholeWordsFile)(raw)

/** The bundled whole-words file, validated. Throws {@link GazetteerError}. */
export const loadWholeWords = (): WholeWordsFile => validateWholeWords(wholeWords)

/** The bundled not-names file, validated (on each call: the caller keeps what it builds from it). Throws {@link GazetteerError}. */
export const loadNotNames = (): NotNamesFile => validateNotNames(notNames)

/** Categories, in bit order: each has a B bit (`1 << 2c`) and an I bit (`1 << 2c + 1`) in a unit's mask. */
export const CATEGORIES = ["LOC", "ORG", "PER", "MISC", "TITLE", "HONORIFIC", "ORGWORD", "LOCWORD"] as const
export type Category = (typeof CATEGORIES)[number]

/** A gazetteer compiled for one language. */
export interface Gazetteer {
  readonly lang: Lang
  /**
   * Search-normalized single words of the lists (without the article) and the whole words: the tokenizer never cuts
   * one of them, and cuts a proclitic off a longer word when the rest is one (`بسوريا`).
   */
  readonly isKnown: (norm: string) => boolean
  /** `isKnown(s.slice(from))` without the slice: the sieve reads the suffix in place and turns most away unsliced. */
  readonly isKnownFrom: (s: string, from: number) => boolean
  /** One trie per category, over unit keys ({@link unitKey}). */
  readonly tries: ReadonlyArray<PhraseTrie<true>>
  /**
   * The categories whose phrases start with a unit key: bit `c` when `tries[c]` has a phrase starting with it (one
   * look-up for a new word of the tagger's cache instead of one per category). Absent keys start none.
   */
  readonly startMask: ReadonlyMap<string, number>
}

/** The key a unit is looked up by: the word without conjunction and preposition (Arabic), lowercased. */
export const unitKey = (u: Unit): string => u.core

const ALEF_LAM = "\u0627\u0644"

/** The known-word sieve: 2^16 bits (8 KB per language), a few per cent of them set by the lists' single words. */
const KNOWN_SIEVE_SHIFT = 16

/** Compiles the lists of one language. */
export const compileGazetteer = (
  lang: Lang,
  files: { readonly lists: ReadonlyArray<PhraseListFile>; readonly triggers: TriggersFile } = loadGazetteerFiles(),
  whole: WholeWordsFile = loadWholeWords()
): Gazetteer => {
  const byCategory = new Map<Category, Array<string>>()
  const add = (c: Category, xs: ReadonlyArray<string>) => byCategory.set(c, [...(byCategory.get(c) ?? []), ...xs])
  for (const f of files.lists) add(f.category, f.entries[lang])
  add("TITLE", files.triggers.title[lang])
  add("HONORIFIC", files.triggers.honorific[lang])
  add("ORGWORD", files.triggers.org[lang])
  add("LOCWORD", files.triggers.loc[lang])
  const known = new Set<string>()
  for (const xs of byCategory.values()) {
    for (const x of xs) {
      if (/\s/.test(x.trim())) continue
      const norm = normalizeText(x.trim(), "search")
      if (lang === "ar" && norm.startsWith(ALEF_LAM)) continue
      known.add(norm)
    }
  }
  // a whole word is known, so the tokenizer cuts no proclitic off it (a word the lists know is never split), and is in
  // no category's trie
  for (const x of whole[lang]) known.add(normalizeText(x.trim(), "search"))
  // `isKnown` is asked about nearly every Arabic word the tokenizer reads, and about each stem left when a proclitic
  // is cut off (1.15 million look-ups for 1.23 million units in 2,968 SaudiNewsNet articles, 4% of them known): each
  // asks a `Set` about a string just sliced, whose hash V8 must first compute. A bit per (length, first, second and
  // last code unit) of the known words turns away 92% of the look-ups from one word of memory; a word whose bit is
  // clear is not in the set (the same function sets and reads the bits), so the answers are the same.
  const sieve = new StringSieve(known, KNOWN_SIEVE_SHIFT)
  const isKnown = (norm: string): boolean => sieve.mayHave(norm) && known.has(norm)
  const isKnownFrom = (s: string, from: number): boolean => sieve.mayHave(s, from) && known.has(s.slice(from))
  const tries = CATEGORIES.map((c) => {
    const trie = new PhraseTrie<true>()
    for (const x of byCategory.get(c) ?? []) {
      const keys = segment(x, 0, x.length, { lang, isKnown }).flat().map(unitKey)
      if (keys.length > 0) trie.add(keys, true)
    }
    return trie
  })
  const startMask = new Map<string, number>()
  tries.forEach((trie, c) => {
    for (const k of trie.firstKeys()) startMask.set(k, (startMask.get(k) ?? 0) | (1 << c))
  })
  return { lang, isKnown, isKnownFrom, tries, startMask }
}

const compiled = new Map<Lang, Gazetteer>()

/** The gazetteer of a language (validated and compiled once, on first use). */
export const gazetteer = (lang: Lang): Gazetteer => {
  let g = compiled.get(lang)
  if (g === undefined) {
    g = compileGazetteer(lang)
    compiled.set(lang, g)
  }
  return g
}

/**
 * The category mask of each unit of a sentence: for each category, the B bit
 * where the longest phrase of that category starting here begins, and the I
 * bit on the units it covers after the first.
 *
 * `starts[i]`, when given, is a bit mask of the categories (bit `c` for
 * `tries[c]`) that have a phrase starting with unit `i`'s key; a trie is then
 * walked only from those units (the masks are the same: a walk from any other
 * unit finds nothing).
 */
export const gazetteerMasks = (g: Gazetteer, keys: ReadonlyArray<string>, starts?: ArrayLike<number>): Uint16Array => {
  const n = keys.length
  const masks = new Uint16Array(n)
  if (starts !== undefined) {
    // with start masks (the tagger's word cache gives them), one pass over the units visits only the categories that
    // start at each (most units start none), instead of one pass per category; the bits are OR-ed, so the order of
    // the walks does not matter
    for (let i = 0; i < n; i++) {
      let s = starts[i]! & ((1 << g.tries.length) - 1)
      while (s !== 0) {
        const c = 31 - Math.clz32(s & -s)
        s &= s - 1
        const m = g.tries[c]!.longestAt(keys, i)
        if (m === null) continue
        masks[i] = masks[i]! | (1 << (2 * c))
        const inside = 1 << (2 * c + 1)
        for (let k = 1; k < m.length; k++) masks[i + k] = masks[i + k]! | inside
      }
    }
    return masks
  }
  for (let c = 0; c < g.tries.length; c++) {
    const trie = g.tries[c]!
    const bit = 1 << c
    const b = 1 << (2 * c)
    const inside = 1 << (2 * c + 1)
    for (let i = 0; i < n; i++) {
      if (starts !== undefined && (starts[i]! & bit) === 0) continue
      const m = trie.longestAt(keys, i)
      if (m === null) continue
      masks[i] = masks[i]! | b
      for (let k = 1; k < m.length; k++) masks[i + k] = masks[i + k]! | inside
    }
  }
  return masks
}
