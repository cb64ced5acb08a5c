/**
 * The number lexicons (`src/lexicons/numbers/*.json`): Arabic and English
 * number words, percent phrases, currencies and counted units. Validated with
 * an Effect Schema on first use, then compiled into maps and tries over the
 * folded keys of the token stream (`tokens.ts`).
 *
 * @module
 */
import { Schema } from "effect"
import { PhraseTrie } from "../../lexicons/trie.js"
import arFile from "../../lexicons/numbers/ar.json" with { type: "json" }
import enFile from "../../lexicons/numbers/en.json" with { type: "json" }
import unitsFile from "../../lexicons/numbers/units.json" with { type: "json" }
import { decodeLexicon } from "../../lexicons/lexicon.js"
import { KeySet } from "../internal/keys.js"
import { foldKey } from "../internal/tokens.js"

const Text = Schema.NonEmptyString
const Forms = Schema.Array(Text)
const Valued = Schema.Array(Schema.Struct({ value: Schema.Finite, forms: Forms }))
const Described = Schema.Struct({ description: Text, forms: Forms })
const about = { source: Text, license: Text }

export const ArabicNumbersFile = Schema.Struct({
  ...about,
  units: Valued,
  teenUnits: Valued,
  teenTen: Forms,
  tens: Valued,
  hundreds: Valued,
  scales: Schema.Array(Schema.Struct({ value: Schema.Finite, singular: Forms, dual: Forms, plural: Forms })),
  fractions: Valued,
  standaloneExclusions: Described,
  ordinals: Valued,
  ordinalTens: Valued,
  ordinalTeen: Forms
})

export const EnglishNumbersFile = Schema.Struct({
  ...about,
  units: Valued,
  tens: Valued,
  hundred: Forms,
  scales: Schema.Array(Schema.Struct({ value: Schema.Finite, forms: Forms, suffixes: Forms })),
  fractions: Valued,
  standaloneExclusions: Described
})

const UnitForms = Schema.Struct({ unit: Text, ar: Forms, en: Forms })
export const UnitsFile = Schema.Struct({
  ...about,
  percent: Schema.Struct({ ar: Forms, en: Forms }),
  currencies: Schema.Array(Schema.Struct({ unit: Text, ar: Forms, en: Forms, symbols: Schema.Array(Text) })),
  counts: Schema.Array(UnitForms)
})

/** What a number word contributes. */
export type WordRole =
  | { readonly role: "unit"; readonly value: number }
  | { readonly role: "teenUnit"; readonly value: number }
  | { readonly role: "teenTen" }
  | { readonly role: "ten"; readonly value: number }
  | { readonly role: "hundred"; readonly value: number }
  | { readonly role: "scale"; readonly value: number; readonly form: "singular" | "dual" | "plural" | "suffix" }
  | { readonly role: "fraction"; readonly value: number }

export interface NumberLexicons {
  /** Single-word Arabic and English number words by key (a word may have two roles, e.g. `عشر` unit and teen ten). */
  readonly words: ReadonlyMap<string, ReadonlyArray<WordRole>>
  /** The keys of {@link words}, read by token key id (a quick test whether a token can start a number). */
  readonly wordKeys: KeySet
  /** Multi-word fractions such as `ثلاثة أرباع` (fractions of one word are in {@link words}: this trie has no one-token phrase). */
  readonly fractionPhrases: PhraseTrie<number>
  /** Words that are no number when they stand alone. */
  readonly standaloneExclusions: ReadonlySet<string>
  /** Arabic ordinals (day of month, hour): `الثاني` → 2, and the tens and teen parts. */
  readonly ordinals: ReadonlyMap<string, number>
  readonly ordinalTens: ReadonlyMap<string, number>
  readonly ordinalTeen: ReadonlySet<string>
  /** Scale suffixes glued to digits: `bn`, `m`, `k`. */
  readonly suffixes: ReadonlyMap<string, number>
  readonly percent: PhraseTrie<true>
  readonly currencies: PhraseTrie<string>
  /** Currency symbols (one character or a short word such as `SR`) → unit. */
  readonly currencySymbols: ReadonlyMap<string, string>
  readonly counts: PhraseTrie<string>
}

const single = (form: string): string | null => {
  const k = foldKey(form)
  return k.length === 1 ? k[0]! : null
}

export const compileNumberLexicons = (
  ar: typeof ArabicNumbersFile.Type,
  en: typeof EnglishNumbersFile.Type,
  units: typeof UnitsFile.Type
): NumberLexicons => {
  const words = new Map<string, Array<WordRole>>()
  const fractionPhrases = new PhraseTrie<number>()
  const add = (form: string, role: WordRole) => {
    const k = single(form)
    if (k === null) return
    const list = words.get(k) ?? []
    if (!list.some((r) => r.role === role.role)) list.push(role)
    words.set(k, list)
  }
  for (const e of [...ar.units, ...en.units]) for (const f of e.forms) add(f, { role: "unit", value: e.value })
  for (const e of ar.teenUnits) for (const f of e.forms) add(f, { role: "teenUnit", value: e.value })
  for (const f of ar.teenTen) add(f, { role: "teenTen" })
  for (const e of [...ar.tens, ...en.tens]) for (const f of e.forms) add(f, { role: "ten", value: e.value })
  for (const e of ar.hundreds) for (const f of e.forms) add(f, { role: "hundred", value: e.value })
  for (const f of en.hundred) add(f, { role: "hundred", value: 100 })
  for (const s of ar.scales) {
    for (const f of s.singular) add(f, { role: "scale", value: s.value, form: "singular" })
    for (const f of s.dual) add(f, { role: "scale", value: s.value, form: "dual" })
    for (const f of s.plural) add(f, { role: "scale", value: s.value, form: "plural" })
  }
  const suffixes = new Map<string, number>()
  for (const s of en.scales) {
    for (const f of s.forms) add(f, { role: "scale", value: s.value, form: "singular" })
    for (const f of s.suffixes) suffixes.set(f.toLowerCase(), s.value)
  }
  for (const e of [...ar.fractions, ...en.fractions]) {
    for (const f of e.forms) {
      const k = foldKey(f)
      if (k.length === 1) add(f, { role: "fraction", value: e.value })
      else fractionPhrases.add(k, e.value)
    }
  }
  const keyed = (forms: ReadonlyArray<string>, into: Map<string, number>, value: number) => {
    for (const f of forms) {
      const k = single(f)
      if (k !== null) into.set(k, value)
    }
  }
  const ordinals = new Map<string, number>()
  for (const e of ar.ordinals) keyed(e.forms, ordinals, e.value)
  const ordinalTens = new Map<string, number>()
  for (const e of ar.ordinalTens) keyed(e.forms, ordinalTens, e.value)
  const ordinalTeen = new Set(ar.ordinalTeen.map(single).filter((k): k is string => k !== null))

  const percent = new PhraseTrie<true>()
  const currencies = new PhraseTrie<string>()
  const currencySymbols = new Map<string, string>()
  const counts = new PhraseTrie<string>()
  for (const f of [...units.percent.ar, ...units.percent.en]) {
    const k = foldKey(f)
    if (k.length > 0) percent.add(k, true)
  }
  for (const c of units.currencies) {
    for (const f of [...c.ar, ...c.en]) currencies.add(foldKey(f), c.unit)
    for (const s of c.symbols) currencySymbols.set(s.length === 1 ? s : s.toLowerCase(), c.unit)
  }
  for (const c of units.counts) for (const f of [...c.ar, ...c.en]) counts.add(foldKey(f), c.unit)
  const standaloneExclusions = new Set(
    [...ar.standaloneExclusions.forms, ...en.standaloneExclusions.forms].map(single).filter((k): k is string => k !== null)
  )
  return {
    words,
    wordKeys: new KeySet(words.keys()),
    fractionPhrases,
    standaloneExclusions,
    ordinals,
    ordinalTens,
    ordinalTeen,
    suffixes,
    percent,
    currencies,
    currencySymbols,
    counts
  }
}

let cached: NumberLexicons | undefined

/** The compiled number lexicons (validated and compiled on first use). */
export const numberLexicons = (): NumberLexicons => {
  if (cached === undefined) {
    cached = compileNumberLexicons(
      decodeLexicon(ArabicNumbersFile, "numbers/ar")(arFile),
      decodeLexicon(EnglishNumbersFile, "numbers/en")(enFile),
      decodeLexicon(UnitsFile, "numbers/units")(unitsFile)
    )
  }
  return cached
}
