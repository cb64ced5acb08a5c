/**
 * The `extract.entities` stage.
 *
 * @module
 */
import type { KhabarDocument } from "../../model/document.js"
import { makeStage, type Stage } from "../../pipeline/stage.js"
import type { Language } from "../../schema/record.js"
import { extractEntities, type Region } from "./extract.js"
import type { Lang } from "./gazetteer.js"
import { bundledTagger } from "./models.js"
import type { Tagger } from "./tagger.js"

export interface EntitiesStageOptions {
  /** Taggers to use instead of the bundled models, by language. */
  readonly taggers?: Partial<Record<Lang, Tagger>> | undefined
  /**
   * Arabic: also report the bodies of the gazetteer lists named in two words or more that the tagger, following
   * ANERcorp's annotation, leaves out (`وزارة الداخلية`, `مجلس الوزراء`, `صندوق النقد الدولي`). On by default in
   * the stage (a reader lists them); `false` gives the tagger's own organisations, as `khabar tag` does (see
   * `docs/entities.md`).
   */
  readonly listedOrganizations?: boolean | undefined
}

/** The model language for a document: its language code, else its script (Arabic → ar, Latin → en); null for neither. */
export const entityLanguage = (language: Language): Lang | null => {
  if (language.code === "ar" || language.code === "en") return language.code
  if (language.script === "Arab") return "ar"
  if (language.script === "Latn") return "en"
  return null
}

/** The title and the paragraphs: what the stage tags (the credits' names come from the parse stage: `creditMentions`). */
export const entityRegions = (doc: KhabarDocument): Array<Region> => {
  const regions: Array<Region> = []
  if (doc.title !== null) regions.push({ start: doc.title.start, end: doc.title.end, headline: true })
  for (const p of doc.paragraphs) regions.push({ start: p.start, end: p.end })
  return regions
}

/**
 * Finds the people, places, organisations and other names of the title and
 * the paragraphs, and the places, agencies and names of the parse stage's
 * credits (its dateline, byline and the credits it cut: `creditMentions`,
 * credits.ts; other boilerplate is never read), links the mentions of one
 * entity across the document, and fills `doc.entities` in text order.
 *
 * Requires `structure`; provides `entities`. A document in neither Arabic
 * nor Latin script gets no entities.
 */
export const entitiesStage = (options: EntitiesStageOptions = {}): Stage =>
  makeStage("extract.entities", { requires: ["structure"], provides: ["entities"] }, (doc) => {
    const lang = entityLanguage(doc.language)
    if (lang === null) return { ...doc, entities: [] }
    const tagger = options.taggers?.[lang] ?? bundledTagger(lang)
    return { ...doc, entities: extractEntities(doc.text, tagger, entityRegions(doc), { listedOrganizations: options.listedOrganizations ?? true, credits: doc }) }
  })
