/**
 * What the records of a run hold, counted as they pass: a {@link RecordTally}
 * per run, filled one record at a time ({@link tallyRecord}) or batch by batch
 * ({@link addTally}: a worker thread tallies its batch, the main thread adds
 * the batches up).
 *
 * @module
 */
import type { KhabarRecord } from "../schema/record.js"

/** What the records of a run hold, counted as they pass (grows by itself as stages fill more fields). */
export interface RecordTally {
  /** Records per language code. */
  readonly languages: Record<string, number>
  titles: number
  datelines: number
  bylines: number
  published: number
  paragraphs: number
  /** Boilerplate segments cut, per kind. */
  readonly boilerplate: Record<string, number>
  /** Entity mentions, per type. */
  readonly entities: Record<string, number>
  dates: number
  quotes: number
  numbers: number
  keywords: number
  /** Diagnostics, per code. */
  readonly diagnostics: Record<string, number>
}

export const newTally = (): RecordTally => ({
  languages: {},
  titles: 0,
  datelines: 0,
  bylines: 0,
  published: 0,
  paragraphs: 0,
  boilerplate: {},
  entities: {},
  dates: 0,
  quotes: 0,
  numbers: 0,
  keywords: 0,
  diagnostics: {}
})

export const bump = (counts: Record<string, number>, key: string, by = 1): void => {
  counts[key] = (counts[key] ?? 0) + by
}

/** Adds one record to a tally (mutates the tally). */
export const tallyRecord = (t: RecordTally, r: KhabarRecord): void => {
  bump(t.languages, r.language.code)
  if (r.title !== null) t.titles++
  if (r.dateline !== null) t.datelines++
  if (r.byline.length > 0) t.bylines++
  if (r.published !== null) t.published++
  t.paragraphs += r.paragraphs.length
  for (const b of r.boilerplate) bump(t.boilerplate, b.kind)
  for (const e of r.entities) bump(t.entities, e.type)
  t.dates += r.dates.length
  t.quotes += r.quotes.length
  t.numbers += r.numbers.length
  t.keywords += r.keywords.length
  for (const d of r.diagnostics) bump(t.diagnostics, d.code)
}

const addCounts = (into: Record<string, number>, from: Readonly<Record<string, number>>): void => {
  for (const key in from) bump(into, key, from[key]!)
}

/** Adds a tally to another (mutates `into`): the tally of the records of both. */
export const addTally = (into: RecordTally, from: RecordTally): void => {
  addCounts(into.languages, from.languages)
  into.titles += from.titles
  into.datelines += from.datelines
  into.bylines += from.bylines
  into.published += from.published
  into.paragraphs += from.paragraphs
  addCounts(into.boilerplate, from.boilerplate)
  addCounts(into.entities, from.entities)
  into.dates += from.dates
  into.quotes += from.quotes
  into.numbers += from.numbers
  into.keywords += from.keywords
  addCounts(into.diagnostics, from.diagnostics)
}
