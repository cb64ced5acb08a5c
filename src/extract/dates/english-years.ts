/**
 * The word lists of the English year readers (`english.ts`: `englishYears`, bare years, years closing an event's
 * name, years before a noun): the words around four digits that tell a year (`in 2004`, `2005 will be`, `Euro 2004`,
 * `the 2004 budget`) from a count, an amount or a clock time (`of 2000`, `2000 people`, `a 1500 metre race`, `by 2000
 * GMT`). They are `src/lexicons/dates/english-years.json`, validated with an Effect Schema on first use: every word
 * is one lower-case token as the tokenizer keys it.
 *
 * @module
 */
import { Schema } from "effect"
import yearsFile from "../../lexicons/dates/english-years.json" with { type: "json" }
import { decodeLexicon } from "../../lexicons/lexicon.js"

/** One lower-case word (letters, an apostrophe or a hyphen inside), as the tokenizer's keys of English words are. */
const Word = Schema.String.pipe(Schema.check(Schema.isPattern(/^[a-z](?:[a-z'-]*[a-z])?$/)))
const Words = Schema.Struct({ description: Schema.NonEmptyString, words: Schema.Array(Word) })

export const EnglishYearsFile = Schema.Struct({
  source: Schema.NonEmptyString,
  license: Schema.NonEmptyString,
  yearPrepositions: Words,
  weakYearPrepositions: Words,
  yearSubjectVerbs: Words,
  yearNouns: Words,
  earlyYearPrepositions: Words,
  earlyYearFollow: Words,
  yearDeterminers: Words,
  contractions: Words,
  clockAfter: Words,
  quantityBefore: Words,
  thanYear: Words,
  countedAfter: Words,
  notPlural: Words,
  beforeAtLeast: Words,
  capitalOpeners: Words,
  rateUnits: Words,
  bareYearVerbs: Words,
  eventHeads: Words,
  adjectiveArticles: Words,
  unitsAfterNumber: Words,
  slotFunctionWords: Words
})

type ListName = Exclude<keyof typeof EnglishYearsFile.Type, "source" | "license">

/** Each list of `english-years.json` as a set of its words (the descriptions are in the file). */
export type EnglishYearWords = { readonly [K in ListName]: ReadonlySet<string> }

let cached: EnglishYearWords | undefined

/** The year readers' word lists, validated on first use. */
export const englishYearWords = (): EnglishYearWords => {
  if (cached === undefined) {
    const file = decodeLexicon(EnglishYearsFile, "dates/english-years")(yearsFile)
    const out: Record<string, ReadonlySet<string>> = {}
    for (const [name, value] of Object.entries(file)) if (typeof value === "object") out[name] = new Set(value.words)
    cached = out as EnglishYearWords
  }
  return cached
}
