/**
 * The `extract.numbers` stage.
 *
 * @module
 */
import { makeStage, type Stage } from "../../pipeline/stage.js"
import { RangeFilter, numbersOfTokens } from "./extract.js"
import { tokensOf } from "../internal/tokens.js"
import { boilerplateRanges, scanView } from "../internal/view.js"

/**
 * Finds the numbers of each document outside boilerplate and outside its
 * dates (a year or a day of the month is no quantity), so it runs after
 * `extract.dates` when both are in the pipeline.
 *
 * Requires `structure`; uses `dates` and the `search` view when present. Provides `numbers`.
 */
export const numbersStage = (): Stage =>
  makeStage("extract.numbers", { requires: ["structure"], provides: ["numbers"] }, (doc) => {
    const exclude = new RangeFilter([...boilerplateRanges(doc), ...doc.dates.map((d) => ({ start: d.start, end: d.end }))])
    return { ...doc, numbers: numbersOfTokens(tokensOf(scanView(doc)), doc.text, exclude) }
  })
