/**
 * The `extract.quotes` stage.
 *
 * @module
 */
import { addDiagnostics } from "../../model/document.js"
import { makeStage, type Stage } from "../../pipeline/stage.js"
import type { Diagnostic } from "../../schema/record.js"
import { boilerplateRanges, scanView } from "../internal/view.js"
import { quotesOf } from "./extract.js"

/**
 * Diagnostic code: a quotation mark was never closed; the quote was ended at the end of its paragraph, or (an Arabic
 * `«`) at the full stop before the first sentence that opens a new attribution.
 */
export const QUOTE_CAPPED = "KHB-W501"

/**
 * Finds the direct quotes of each document outside boilerplate, with their
 * speakers. Runs after `extract.entities` when that stage is in the
 * pipeline (speakers then carry the entity's canonical form and id), and
 * without it (speakers are the words of the text).
 *
 * Requires `structure`; uses `entities`, the `search` view, the title and the byline when present (an Arabic
 * `X: statement` headline is X's quote). Provides `quotes`.
 */
export const quotesStage = (): Stage =>
  makeStage("extract.quotes", { requires: ["structure"], provides: ["quotes"] }, (doc) => {
    const r = quotesOf(doc.text, { view: scanView(doc), entities: doc.entities, exclude: boilerplateRanges(doc), title: doc.title, byline: doc.byline })
    const diagnostics: Array<Diagnostic> = r.capped.map((c) => ({
      severity: "warning",
      code: QUOTE_CAPPED,
      stage: "extract.quotes",
      message: "a quotation mark is never closed: the quote was ended at the end of its paragraph or before a new attribution",
      start: c.start,
      end: c.end
    }))
    return addDiagnostics({ ...doc, quotes: r.quotes }, diagnostics)
  })
