/**
 * Test helper: the entity post-processing (mentions, roles, linking) on tags
 * fixed by hand, as if the model had given them, so that only the rules
 * after the tagger are tested.
 */
import { expect } from "vitest"
import type { Entity, EntityType } from "../../../src/schema/record.js"
import { TAG_COUNT, tagIndex } from "../../../src/extract/entities/decode.js"
import { unitValues } from "../../../src/extract/entities/features.js"
import { gazetteer, type Lang } from "../../../src/extract/entities/gazetteer.js"
import { joinEnglishNames } from "../../../src/extract/entities/english.js"
import { conjunctionBeforeForeignName, coordinatedPeople, namesBeforeClauses, particleSurnames, propagate, type Sentence } from "../../../src/extract/entities/extract.js"
import { linkMentions } from "../../../src/extract/entities/link.js"
import { mentionsOf, type Mention } from "../../../src/extract/entities/mentions.js"
import type { Tagged } from "../../../src/extract/entities/tagger.js"
import { segment, type Unit } from "../../../src/extract/entities/text.js"

const SHORT: Record<EntityType, string> = { PERSON: "PER", LOCATION: "LOC", ORGANIZATION: "ORG", MISC: "MISC" }

/** One sentence of a text with its units tagged by hand, in the shape `mentionsOf` reads. */
export interface FixedSentence {
  readonly units: ReadonlyArray<Unit>
  readonly tagged: Tagged
}

/**
 * The sentences of `text`, the units covered by each mark tagged as one
 * entity: `marks` are [substring, type] pairs, in text order (each
 * substring is looked for after the previous one). Every tag is scored
 * alike (marginals all zero).
 */
export const sentencesWithTags = (
  lang: Lang,
  text: string,
  marks: ReadonlyArray<readonly [string, EntityType]>
): Array<FixedSentence> => {
  const g = gazetteer(lang)
  const spans: Array<{ start: number; end: number; type: EntityType }> = []
  let from = 0
  for (const [s, type] of marks) {
    const at = text.indexOf(s, from)
    if (at < 0) throw new Error(`"${s}" is not in the text after ${from}`)
    spans.push({ start: at, end: at + s.length, type })
    from = at + s.length
  }
  // the spans are in text order and do not overlap, and so are each sentence's units: one pointer into the spans over
  // the sentences and one into the units over a sentence's spans keep this linear (a loop over every span for every
  // sentence, and over every unit for every span, made the linear-time tests that use this helper measure the
  // helper's own quadratic cost on a long sentence: growth ×10–13 against their bound of 10)
  let firstSpan = 0
  return segment(text, 0, text.length, { lang, isKnown: g.isKnown }).map((units) => {
    const tags = new Int8Array(units.length)
    if (units.length > 0) {
      const sentenceStart = units[0]!.start
      const sentenceEnd = units[units.length - 1]!.end
      while (firstSpan < spans.length && spans[firstSpan]!.end <= sentenceStart) firstSpan++
      let i = 0
      for (let k = firstSpan; k < spans.length && spans[k]!.start < sentenceEnd; k++) {
        const sp = spans[k]!
        while (i < units.length && units[i]!.end <= sp.start) i++
        let first = true
        for (let j = i; j < units.length && units[j]!.start < sp.end; j++) {
          if (units[j]!.end > sp.start) {
            tags[j] = tagIndex(`${first ? "B" : "I"}-${SHORT[sp.type]}`)
            first = false
          }
        }
      }
    }
    return { units, tagged: { tags, marginals: new Float64Array(units.length * TAG_COUNT), gaz: unitValues(units, g).gaz } }
  })
}

/**
 * The entities of `text` when the units covered by each mark are tagged as
 * one entity ({@link sentencesWithTags}), so confidence is the same
 * everywhere; every entity's span is checked to slice its text. With
 * `propagate`, the names found again in the document are added before
 * linking, as `extractEntities` does; with `added`, the mentions a
 * sentence rule adds to each sentence's (`surnamesAfterTitles`) are
 * added first; with `steps`, the document's steps before the particles.
 */
export const entitiesWithTags = (
  lang: Lang,
  text: string,
  marks: ReadonlyArray<readonly [string, EntityType]>,
  options: {
    readonly propagate?: boolean
    readonly added?: (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, own: ReadonlyArray<Mention>) => ReadonlyArray<Mention>
    /** The document's steps `findMentions` runs before the family names after a particle (`familyNamesOfBodies`, …). */
    readonly steps?: (text: string, sentences: ReadonlyArray<Sentence>, found: Array<Mention>) => Array<Mention>
  } = {}
): Array<Entity> => {
  const mentions: Array<Mention> = []
  const sentences: Array<Sentence> = []
  for (const { units, tagged } of sentencesWithTags(lang, text, marks)) {
    const own = mentionsOf(text, units, tagged, lang)
    mentions.push(...own, ...(options.added?.(text, units, tagged, own) ?? []))
    sentences.push({ units, tags: tagged.tags, gaz: tagged.gaz })
  }
  if (options.added !== undefined) mentions.sort((a, b) => a.start - b.start)
  const propagated = options.propagate === true ? [...mentions, ...propagate(text, sentences, mentions, lang)].sort((a, b) => a.start - b.start) : mentions
  const found = options.steps === undefined ? propagated : options.steps(text, sentences, propagated)
  // (as findMentions does: family names after a particle, a conjunction before a foreign name, two people joined by و)
  const all = lang === "ar" ? coordinatedPeople(text, conjunctionBeforeForeignName(text, particleSurnames(text, sentences, found))) : found
  const entities = linkMentions(text, all)
  for (const e of entities) expect(text.slice(e.start, e.end)).toBe(e.text)
  return entities
}

/**
 * The English entities of `text` when each mark ([substring, type], in text order) is tagged as one entity, with the
 * names joined ({@link joinEnglishNames}) before linking, as `findMentions` does: [text, type] rows.
 */
export const joinedWithTags = (text: string, marks: ReadonlyArray<readonly [string, EntityType]>): Array<[string, EntityType]> => {
  const mentions: Array<Mention> = sentencesWithTags("en", text, marks).flatMap(({ units, tagged }) => mentionsOf(text, units, tagged, "en"))
  return linkMentions(text, joinEnglishNames(text, mentions)).map((e) => [text.slice(e.start, e.end), e.type])
}

/**
 * All the units of an Arabic `text` as one sentence, each tagged by its written text (`tagOf` gives `B-PER`, `I-PER`
 * or null), for the linear-time checks of the rules after the tagger: marking thousands of names by substring
 * ({@link sentencesWithTags}) would itself take quadratic time.
 */
export const oneSentenceTaggedBy = (
  text: string,
  tagOf: (unitText: string) => "B-PER" | "I-PER" | "B-LOC" | "I-LOC" | null
): { readonly units: ReadonlyArray<Unit>; readonly tagged: Tagged; readonly sentence: Sentence } => {
  const g = gazetteer("ar")
  const units = segment(text, 0, text.length, { lang: "ar", isKnown: g.isKnown }).flat()
  const tags = new Int8Array(units.length)
  units.forEach((u, i) => {
    const tag = tagOf(u.text)
    if (tag !== null) tags[i] = tagIndex(tag)
  })
  const tagged = { tags, marginals: new Float64Array(units.length * TAG_COUNT), gaz: unitValues(units, g).gaz }
  return { units, tagged, sentence: { units, tags, gaz: tagged.gaz } }
}

/**
 * `text [role]` of each person {@link namesBeforeClauses} adds to the untagged Arabic sentences of `text` (the tagger's
 * miss; the rule alone, after the mentions of the untagged units). Shared by the fortieth and forty-first sessions' tests.
 */
export const namesAddedBeforeClauses = (text: string): Array<string> => {
  const out: Array<string> = []
  for (const { units, tagged } of sentencesWithTags("ar", text, [])) {
    for (const m of namesBeforeClauses(text, units, tagged, mentionsOf(text, units, tagged, "ar"))) {
      out.push(`${text.slice(m.start, m.end)}${m.role === null ? "" : ` [${m.role}]`}`)
    }
  }
  return out
}
