/**
 * The default pipeline, declared in one place: parse → normalize → extract → validate.
 * Order matters: each stage's `requires` is provided by a stage before it.
 *
 * @module
 */
import { datesStage } from "../extract/dates/index.js"
import { entitiesStage, type EntitiesStageOptions } from "../extract/entities/index.js"
import { keywordsStage } from "../extract/keywords/index.js"
import { numbersStage } from "../extract/numbers/index.js"
import { quotesStage } from "../extract/quotes/index.js"
import { normalizeStage, type NormalizeStageOptions } from "../normalize/index.js"
import { parse, parserProvides } from "../parse/index.js"
import { compose, type Pipeline } from "./compose.js"

export interface PipelineOptions {
  /** Options of the normalize stage (which steps make the `display` and `search` views). */
  readonly normalize?: NormalizeStageOptions | undefined
  /** Options of the entities stage that are plain data (so worker threads get them too): `listedOrganizations`. */
  readonly entities?: Pick<EntitiesStageOptions, "listedOrganizations"> | undefined
}

/** The default pipeline (frozen). */
export const defaultPipeline = (options: PipelineOptions = {}): Pipeline =>
  compose(parse, parserProvides, [
    normalizeStage(options.normalize), // display + search views with alignment; paragraph display text
    entitiesStage(options.entities), // people, places, organisations, misc: trained taggers, roles, in-document linking
    datesStage(), // Gregorian and Hijri dates, relative dates resolved; published from the text
    numbersStage(), // after dates: skips the spans dates took
    quotesStage(), // after entities: speakers linked to entity ids
    keywordsStage() // per-document keywords from the search view
  ])
