/**
 * The `extract.quotes` stage.
 *
 * @module
 */
import { addDiagnostics } from "../../model/document.js"
import { makeStage, type Stage } from "../../pipeline/stage.js"
import type { Diagnostic } from "../../schema/record.js"
import type { Entity } from "../../schema/record.js"
import type { Region } from "../entities/extract.js"
import { entityRegions } from "../entities/stage.js"
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
 * `X: statement` headline is X's quote). Provides `quotes`. Only the entities of the title and the paragraphs are
 * speakers' candidates: the names of the credits (a byline's reporter, a dateline's agency) are the article's, not the
 * speech's (fifty-eighth session: with them, 310 SaudiNewsNet articles gave their quotes to the reporter).
 */
export const quotesStage = (): Stage =>
  makeStage("extract.quotes", { requires: ["structure"], provides: ["quotes"] }, (doc) => {
    const r = quotesOf(doc.text, { view: scanView(doc), entities: bodyEntities(doc.entities, entityRegions(doc)), exclude: boilerplateRanges(doc), title: doc.title, byline: doc.byline })
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

/**
 * The entities inside the regions, without the credits' mentions outside them. Both are in text order and the regions
 * do not overlap: one pass over the two.
 */
const bodyEntities = (entities: ReadonlyArray<Entity>, regions: ReadonlyArray<Region>): ReadonlyArray<Entity> => {
  const inside: Array<Entity> = []
  let r = 0
  for (const e of entities) {
    while (r < regions.length && regions[r]!.end <= e.start) r++
    if (r < regions.length && e.start >= regions[r]!.start && e.end <= regions[r]!.end) inside.push(e)
  }
  return inside.length === entities.length ? entities : inside
}
