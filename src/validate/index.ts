/**
 * The validate stage: a finished document becomes a {@link KhabarRecord},
 * checked against the record Schema. A document that does not decode is a bug
 * in a stage, reported as a typed {@link RecordInvalid} for that input only.
 *
 * @module
 */
import { Effect, Schema } from "effect"
import { issuesText } from "../internal/strict-decode.js"
import { RecordInvalid } from "../errors.js"
import type { KhabarDocument } from "../model/document.js"
import { KhabarRecord } from "../schema/record.js"
import { UNSURE, compileChecker } from "./fast.js"

/** The record fields of a document, in schema order (no validation). */
export const toRecord = (doc: KhabarDocument): KhabarRecord => ({
  id: doc.id,
  source: doc.source,
  language: doc.language,
  title: doc.title === null ? null : doc.title.text,
  titleSpan: doc.title === null ? null : { start: doc.title.start, end: doc.title.end },
  dateline: doc.dateline,
  byline: doc.byline === null ? [] : doc.byline.names,
  bylineSpan: doc.byline === null ? null : { start: doc.byline.start, end: doc.byline.end },
  published: doc.published,
  paragraphs: doc.paragraphs,
  boilerplate: doc.boilerplate,
  entities: doc.entities,
  dates: doc.dates,
  quotes: doc.quotes,
  numbers: doc.numbers,
  keywords: doc.keywords,
  meta: doc.meta,
  duplicateOf: null,
  similarity: null,
  diagnostics: doc.diagnostics
})

const decodeRecord = Schema.decodeUnknownResult(KhabarRecord, { errors: "all", onExcessProperty: "error" })
// The strict decode is several times slower than needed for a valid record, so
// a checker compiled from the same schema answers first; it returns the copy
// the decode would return, or UNSURE, and then the decode decides (see fast.ts).
const checkRecord = compileChecker(KhabarRecord.ast)

/** Checks one document against the record schema. */
export const validate = (doc: KhabarDocument): Effect.Effect<KhabarRecord, RecordInvalid> =>
  Effect.suspend(() => {
    const record = toRecord(doc)
    if (checkRecord !== undefined) {
      const checked = checkRecord(record)
      if (checked !== UNSURE) return Effect.succeed(checked as KhabarRecord)
    }
    const result = decodeRecord(record)
    if (result._tag === "Success") return Effect.succeed(result.success)
    const detail = issuesText(result.failure.issue, 5)
    return Effect.fail(new RecordInvalid({ input: doc.id, detail, place: null }))
  })
