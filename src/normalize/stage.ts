/**
 * The normalize stage of the pipeline.
 *
 * @module
 */
import type { KhabarDocument } from "../model/document.js"
import { makeStage, type Stage } from "../pipeline/stage.js"
import { normalize } from "./normalize.js"
import type { PresetName, Step } from "./types.js"

export interface NormalizeStageOptions {
  /** Steps of the `display` view and of each paragraph's `display` text. Default the `display` preset. */
  readonly display?: PresetName | ReadonlyArray<Step>
  /** Steps of the `search` view. Default the `search` preset. */
  readonly search?: PresetName | ReadonlyArray<Step>
}

/**
 * A stage named `normalize` (requires `structure`, provides `views`).
 *
 * Leaves `doc.text` untouched; sets `doc.views.display` and `doc.views.search`
 * to {@link Normalized} views of the whole text, so that a span found in a
 * view maps straight to the original with `view.toOriginal(start, end)`; and
 * fills `display` on every paragraph with the paragraph's text normalized by
 * the display steps.
 */
export const normalizeStage = (options: NormalizeStageOptions = {}): Stage => {
  const display = options.display ?? "display"
  const search = options.search ?? "search"
  return makeStage("normalize", { requires: ["structure"], provides: ["views"] }, (doc: KhabarDocument) => {
    const displayView = normalize(doc.text, display)
    return {
      ...doc,
      views: { ...doc.views, display: displayView, search: normalize(doc.text, search) },
      // A paragraph's display text is its slice of the display view: the text is normalized once, not twice.
      paragraphs: doc.paragraphs.map((p) => {
        const at = displayView.toNormalized(p.start, p.end)
        return { ...p, display: displayView.text.slice(at.start, at.end) }
      })
    }
  })
}
