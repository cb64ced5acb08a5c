/**
 * The default pipeline, declared in one place: parse → normalize → extract → validate.
 *
 * @module
 */
import { parse, parserProvides } from "../parse/index.js"
import { compose, type Pipeline } from "./compose.js"

export interface PipelineOptions {
  /** Reserved for stage options (normalize, extract) as the stages land. */
  readonly _?: never
}

/** The default pipeline (frozen). */
export const defaultPipeline = (_options: PipelineOptions = {}): Pipeline => compose(parse, parserProvides, [])
