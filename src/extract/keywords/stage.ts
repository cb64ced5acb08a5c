/**
 * The `extract.keywords` stage.
 *
 * @module
 */
import { makeStage, type Stage } from "../../pipeline/stage.js"
import { boilerplateRanges, scanView } from "../internal/view.js"
import { keywordsOf, termCounts } from "./extract.js"

export interface KeywordsStageOptions {
  /** Keywords per document (default 10). */
  readonly top?: number | undefined
}

/**
 * Scores the content words of each document (outside boilerplate; title
 * words count three times) and keeps the top N.
 *
 * Requires `structure`; uses the `search` view when present. Provides `keywords`.
 */
export const keywordsStage = (options: KeywordsStageOptions = {}): Stage =>
  makeStage("extract.keywords", { requires: ["structure"], provides: ["keywords"] }, (doc) => {
    const counts = termCounts(doc.text, {
      view: scanView(doc),
      exclude: boilerplateRanges(doc),
      title: doc.title === null ? null : { start: doc.title.start, end: doc.title.end }
    })
    return { ...doc, keywords: keywordsOf(counts, options.top ?? 10) }
  })
