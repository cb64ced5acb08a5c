/**
 * The `extract.dates` stage.
 *
 * @module
 */
import { makeStage, type Stage } from "../../pipeline/stage.js"
import { RangeFilter } from "../internal/ranges.js"
import { boilerplateRanges, scanView } from "../internal/view.js"
import { parseDay } from "../../calendar/gregorian.js"
import type { Entity } from "../../schema/record.js"
import { findDates, resolveDates, writtenDay, type DateCandidate, type DateLanguage } from "./extract.js"
import { statedPublished } from "./published.js"

export interface DatesStageOptions {
  /** Reference date (`YYYY-MM-DD`) for documents that have neither `published` nor `reference`. */
  readonly reference?: string | null | undefined
}

const languageOf = (code: string): DateLanguage => (code === "ar" ? "ar" : code === "en" ? "en" : "auto")

/**
 * Finds the dates of each document (outside boilerplate), sets `published`
 * from the text when the text states the article's date and nothing set it
 * before, and resolves relative dates against `published`, else against the day
 * the text calls today (`اليوم الاثنين`, before the crawl's `reference`), else `reference`.
 *
 * Requires `structure` (title, dateline, boilerplate); uses the `search` view
 * when the normalize stage ran before it. Provides `dates` and `published`.
 */
export const datesStage = (options: DatesStageOptions = {}): Stage =>
  makeStage("extract.dates", { requires: ["structure"], provides: ["dates", "published"] }, (doc) => {
    const candidates = outsideNames(findDates(doc.text, { view: scanView(doc), language: languageOf(doc.language.code) }), doc.entities)
    const fallbackRef = parseDay(doc.reference ?? options.reference ?? "")
    const published = doc.published ?? statedPublished(doc, candidates, fallbackRef)
    const exclude = new RangeFilter(boilerplateRanges(doc))
    // a stated date is the article's; else the reference (a crawl date, after the writing) gives way to the day the
    // text calls today when it names one (`اليوم الاثنين`)
    const ref = published !== null ? parseDay(published) : fallbackRef
    const dates = resolveDates(doc.text, candidates, ref, exclude, published !== null ? null : writtenDay(candidates, fallbackRef, exclude))
    return { ...doc, published, dates }
  })

/**
 * The candidates that are no part of a name the entity stage found (when it ran before): a weekday that ends a
 * person's name is a family name (`أحمد الخميس`, `حسين الجمعة`, `أحمد السبت`), and a date inside a longer
 * organisation's name belongs to the name (`المصري اليوم`, a newspaper; `حركة 6 أبريل`), and so does a weekday
 * that is the later mention of such a person by the family name (`الخميس` linked to `محمد الخميس`). A name that is
 * the date alone and no more (a month the tagger took for a person) leaves the date as it is.
 */
const outsideNames = (candidates: Array<DateCandidate>, entities: ReadonlyArray<Entity> | undefined): Array<DateCandidate> => {
  if (entities === undefined || entities.length === 0 || candidates.length === 0) return candidates
  const names = entities.filter((e) => e.type === "PERSON" || e.type === "ORGANIZATION")
  if (names.length === 0) return candidates
  return candidates.filter((c) => {
    for (const e of names) {
      if (e.start > c.start || c.end > e.end) continue
      const weekday = c.expr !== null && c.expr.t === "weekday"
      if (e.end - e.start === c.end - c.start) {
        // the family name alone of a person the document names in full (`الخميس` after `محمد الخميس`)
        if (weekday && e.type === "PERSON" && e.canonical !== e.text) return false
        continue
      }
      if (e.type === "ORGANIZATION") return false
      if (weekday && c.end === e.end && c.start > e.start) return false
    }
    return true
  })
}
