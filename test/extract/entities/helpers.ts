/**
 * Test helpers shared by the entity rule tests (the topic files, `rounds/`, postprocess): the rows a test reads off
 * the entities or mentions of a text tagged by hand ({@link entitiesWithTags}, {@link sentencesWithTags} in
 * fixed-tags.ts), so that each file states only its sentences and what it expects.
 */
import type { Mention } from "../../../src/extract/entities/mentions.js"
import { mentionsOf, placesAfterHeads } from "../../../src/extract/entities/mentions.js"
import type { Tagged } from "../../../src/extract/entities/tagger.js"
import type { Unit } from "../../../src/extract/entities/text.js"
import type { Lang } from "../../../src/extract/entities/gazetteer.js"
import type { Entity, EntityType } from "../../../src/schema/record.js"
import { entitiesWithTags, sentencesWithTags, type FixedSentence } from "./fixed-tags.js"

/** [substring, type] pairs, in text order: each substring tagged as one entity (see {@link sentencesWithTags}). */
export type Marks = ReadonlyArray<readonly [string, EntityType]>

/** Options of {@link entitiesWithTags}. */
type Options = Parameters<typeof entitiesWithTags>[3]

/** One row an entity of `text` tagged by hand: the given fields, in order (`rows("ar", text, marks, "text", "type")`). */
export const rows = <K extends keyof Entity>(lang: Lang, text: string, marks: Marks, fields: ReadonlyArray<K>, options?: Options): Array<Array<Entity[K]>> =>
  entitiesWithTags(lang, text, marks, options).map((e) => fields.map((f) => e[f]))

/** [text, type] rows of the Arabic entities of `text` tagged by hand. */
export const typed = (text: string, marks: Marks = []): Array<[string, EntityType]> =>
  entitiesWithTags("ar", text, marks).map((e) => [e.text, e.type])

/** The texts of the Arabic entities of `text` tagged by hand, of the given types only when `types` is given. */
export const texts = (text: string, marks: Marks = [], types?: ReadonlyArray<EntityType>, options?: Options): Array<string> =>
  entitiesWithTags("ar", text, marks, options)
    .filter((e) => types === undefined || types.includes(e.type))
    .map((e) => e.text)

/** `TYPE text` for each Arabic entity of `text` tagged by hand, of the given types only when `types` is given. */
export const typedTexts = (text: string, marks: Marks = [], types?: ReadonlyArray<EntityType>, options?: Options): Array<string> =>
  entitiesWithTags("ar", text, marks, options)
    .filter((e) => types === undefined || types.includes(e.type))
    .map((e) => `${e.type} ${e.text}`)

/**
 * The first sentence of an Arabic `text` tagged by hand, and the index of the unit where `word` first stands in the
 * text (found as the marks are; -1: none).
 */
export const unitIn = (text: string, word: string, marks: Marks = []): { readonly units: ReadonlyArray<Unit>; readonly tagged: Tagged; readonly at: number } => {
  const [s] = sentencesWithTags("ar", text, marks)
  const from = text.indexOf(word)
  return { units: s!.units, tagged: s!.tagged, at: from < 0 ? -1 : s!.units.findIndex((u) => u.start <= from && from < u.end) }
}

/** A sentence rule that adds mentions to those `mentionsOf` found in it (`listedBodyWords`, `placesAfterHeads`). */
export type SentenceRule = (units: ReadonlyArray<Unit>, tagged: Tagged, own: Array<Mention>) => ReadonlyArray<Mention>

/** The mentions `mentionsOf` finds in one Arabic sentence tagged by hand, and those `rule` adds. */
const ownAndAdded = (rule: SentenceRule, text: string, marks: Marks): { readonly own: ReadonlyArray<Mention>; readonly added: ReadonlyArray<Mention> } => {
  const [{ units, tagged }] = sentencesWithTags("ar", text, marks) as [FixedSentence]
  const own = mentionsOf(text, units, tagged, "ar")
  return { own, added: rule(units, tagged, own) }
}

/** [text, type] rows of a text's mentions. */
const mentionRows = (text: string, ms: ReadonlyArray<Mention>): Array<[string, string]> => ms.map((m) => [text.slice(m.start, m.end), m.type])

/** [text, type] rows of the mentions `rule` adds to one Arabic sentence tagged by hand. */
export const addedBy = (rule: SentenceRule, text: string, marks: Marks = []): Array<[string, string]> => mentionRows(text, ownAndAdded(rule, text, marks).added)

/** [text, type] rows of the mentions of one Arabic sentence tagged by hand with those `rule` adds, in text order. */
export const withAdded = (rule: SentenceRule, text: string, marks: Marks = []): Array<[string, string]> => {
  const { own, added } = ownAndAdded(rule, text, marks)
  return mentionRows(text, [...own, ...added].sort((a, b) => a.start - b.start))
}

/** The mentions of one Arabic sentence with the places `placesAfterHeads` adds after them ({@link withAdded}). */
export const mentionsWithPlacesAfterHeads = (text: string, marks: Marks = []): Array<[string, string]> => withAdded(placesAfterHeads, text, marks)
