/**
 * The text view the extract stages scan: the normalize stage's `search` view
 * when the document has one, else the original text itself (the token keys
 * fold the text the same way, see `tokens.ts`). The fallback view is made
 * once per document, so the stages after each other share one tokenization.
 *
 * @module
 */
import type { KhabarDocument, Views } from "../../model/document.js"
import type { TextView } from "../../model/view.js"
import { identityView } from "./tokens.js"

const fallback = new WeakMap<Views, TextView>()

/** The view to scan for `doc`. */
export const scanView = (doc: KhabarDocument): TextView => {
  const search = doc.views.search
  if (search !== undefined) return search
  let v = fallback.get(doc.views)
  if (v === undefined || v.text !== doc.text) {
    v = identityView(doc.text)
    fallback.set(doc.views, v)
  }
  return v
}

/** The original ranges of the document's boilerplate. */
export const boilerplateRanges = (doc: KhabarDocument): Array<{ readonly start: number; readonly end: number }> =>
  doc.boilerplate.map((b) => ({ start: b.start, end: b.end }))
