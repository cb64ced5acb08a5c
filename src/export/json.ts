/**
 * JSON and NDJSON: the record as it is, fields in schema order.
 *
 * @module
 */
import type { KhabarRecord, Reject } from "../schema/record.js"

export interface JsonOptions {
  /** Indent with two spaces (default `false`: one line). */
  readonly pretty?: boolean | undefined
}

/** One NDJSON line (with its trailing newline) for a record or a reject. */
export const toNdjsonLine = (value: KhabarRecord | Reject): string => JSON.stringify(value) + "\n"

/** NDJSON text for many records. */
export const toNdjson = (values: Iterable<KhabarRecord | Reject>): string => {
  let out = ""
  for (const v of values) out += toNdjsonLine(v)
  return out
}

/** A JSON array of records. */
export const toJson = (values: ReadonlyArray<KhabarRecord | Reject>, options: JsonOptions = {}): string =>
  JSON.stringify(values, null, options.pretty === true ? 2 : undefined) + "\n"
