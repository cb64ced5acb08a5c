/**
 * Reading khabar's own output back: NDJSON (one record or reject a line) or
 * a JSON array, each item checked against the record or reject Schema.
 * Browser-safe (works on text).
 *
 * @module
 */
import { Result, Schema } from "effect"
import { KhabarRecord, Reject } from "../schema/record.js"

export interface ReadOutput {
  readonly records: Array<KhabarRecord>
  readonly rejects: Array<Reject>
}

/** An item that is neither a valid record nor a valid reject. */
export class OutputParseError extends Error {
  constructor(
    readonly where: string,
    message: string
  ) {
    super(`${where}: ${message}`)
    this.name = "OutputParseError"
  }
}

const decodeRecord = Schema.decodeUnknownResult(KhabarRecord)
const decodeReject = Schema.decodeUnknownResult(Reject)

const classify = (value: unknown, where: string, out: ReadOutput): void => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new OutputParseError(where, "expected a khabar record or reject (a JSON object)")
  const fail = (kind: string, message: string) => new OutputParseError(where, `not a valid khabar ${kind}: ${message.split("\n").join(" ")}`)
  if ("paragraphs" in value) {
    const r = decodeRecord(value)
    if (Result.isFailure(r)) throw fail("record", r.failure.message)
    out.records.push(r.success)
  } else {
    const r = decodeReject(value)
    if (Result.isFailure(r)) throw fail("reject", r.failure.message)
    out.rejects.push(r.success)
  }
}

/**
 * Records and rejects from the text of an NDJSON file (blank lines skipped)
 * or a JSON array. `name` is used in error messages (`name:line`).
 * Throws {@link OutputParseError} on the first bad item.
 */
export const readOutputText = (text: string, name = "input", into: ReadOutput = { records: [], rejects: [] }): ReadOutput => {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  if (body.trimStart().startsWith("[")) {
    let items: unknown
    try {
      items = JSON.parse(body)
    } catch (e) {
      throw new OutputParseError(name, `invalid JSON: ${e instanceof Error ? e.message : String(e)}`)
    }
    if (!Array.isArray(items)) throw new OutputParseError(name, "expected a JSON array")
    items.forEach((item, i) => classify(item, `${name}[${i}]`, into))
    return into
  }
  let line = 0
  let start = 0
  while (start <= body.length) {
    let end = body.indexOf("\n", start)
    if (end < 0) end = body.length
    line++
    const text = body.slice(start, end).trim()
    if (text !== "") {
      let value: unknown
      try {
        value = JSON.parse(text)
      } catch (e) {
        throw new OutputParseError(`${name}:${line}`, `invalid JSON: ${e instanceof Error ? e.message : String(e)}`)
      }
      classify(value, `${name}:${line}`, into)
    }
    start = end + 1
  }
  return into
}
