/**
 * The `extract.dates` stage.
 *
 * @module
 */
import { makeStage, type Stage } from "../../pipeline/stage.js"
import { RangeFilter } from "../internal/ranges.js"
import { boilerplateRanges, scanView } from "../internal/view.js"
import { parseDay } from "../../calendar/gregorian.js"
import { findDates, resolveDates, type DateLanguage } from "./extract.js"
import { statedPublished } from "./published.js"

export interface DatesStageOptions {
  /** Reference date (`YYYY-MM-DD`) for documents that have neither `published` nor `reference`. */
  readonly reference?: string | null | undefined
}

const languageOf = (code: string): DateLanguage => (code === "ar" ? "ar" : code === "en" ? "en" : "auto")

/**
 * Finds the dates of each document (outside boilerplate), sets `published`
 * from the text when the text states the article's date and nothing set it
 * before, and resolves relative dates against `published ?? reference`.
 *
 * Requires `structure` (title, dateline, boilerplate); uses the `search` view
 * when the normalize stage ran before it. Provides `dates` and `published`.
 */
export const datesStage = (options: DatesStageOptions = {}): Stage =>
  makeStage("extract.dates", { requires: ["structure"], provides: ["dates", "published"] }, (doc) => {
    const candidates = findDates(doc.text, { view: scanView(doc), language: languageOf(doc.language.code) })
    const fallbackRef = parseDay(doc.reference ?? options.reference ?? "")
    const published = doc.published ?? statedPublished(doc, candidates, fallbackRef)
    const ref = parseDay(published ?? doc.reference ?? options.reference ?? "")
    const dates = resolveDates(doc.text, candidates, ref, new RangeFilter(boilerplateRanges(doc)))
    return { ...doc, published, dates }
  })
