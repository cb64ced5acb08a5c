/**
 * Typed errors with stable codes.
 *
 * An error here means "this input cannot become a record": the corpus runner
 * turns it into a {@link Reject} entry and goes on with the next input. Things
 * a reader should merely know about are diagnostics on the record instead
 * (see `model/diagnostics.ts`). The code table is in `docs/errors.md`.
 *
 * @module
 */
import { Schema } from "effect"
import type { Reject, RejectReason } from "./schema/record.js"

/** Where in an input something went wrong: 1-based line and column, 0-based offset (bytes or code units, as said). */
export const Place = Schema.Struct({
  line: Schema.NullOr(Schema.Int),
  column: Schema.NullOr(Schema.Int),
  offset: Schema.NullOr(Schema.Int)
})
export type Place = typeof Place.Type

const common = {
  /** The input's id (file path, `file#index`, or the caller's id). */
  input: Schema.String,
  detail: Schema.String,
  place: Schema.NullOr(Place)
}

/** Stable codes: one per reason. `satisfies` makes the build fail when a reason has none. */
export const codes = {
  empty: "KHB-E101",
  binary: "KHB-E102",
  decode: "KHB-E103",
  "too-large": "KHB-E104",
  "invalid-json": "KHB-E111",
  "missing-field": "KHB-E112",
  io: "KHB-E121",
  "not-article": "KHB-E201",
  "stage-failed": "KHB-E301",
  "invalid-record": "KHB-E401"
} as const satisfies Record<RejectReason, `KHB-E${number}`>

const where = (place: Place | null): string => {
  if (place === null) return ""
  const parts: Array<string> = []
  if (place.line !== null) parts.push(`line ${place.line}`)
  if (place.column !== null) parts.push(`column ${place.column}`)
  if (place.offset !== null && place.line === null) parts.push(`offset ${place.offset}`)
  return parts.length > 0 ? ` (${parts.join(", ")})` : ""
}

/** The input could not be read or decoded into text. */
export class InputError extends Schema.TaggedError<InputError>()("InputError", {
  ...common,
  reason: Schema.Literals(["empty", "binary", "decode", "too-large", "invalid-json", "missing-field", "io"])
}) {
  get code(): string {
    return codes[this.reason]
  }
  override get message(): string {
    return `[${this.code}] ${this.input}${where(this.place)}: ${this.detail}`
  }
}

/** The text decoded, but it is not an article (an index page, an empty body, a list of links). */
export class NotArticle extends Schema.TaggedError<NotArticle>()("NotArticle", common) {
  readonly reason = "not-article" as const
  get code(): string {
    return codes["not-article"]
  }
  override get message(): string {
    return `[${this.code}] ${this.input}${where(this.place)}: not an article: ${this.detail}`
  }
}

/** A stage failed unexpectedly (a bug, or a custom stage that threw). */
export class StageFailed extends Schema.TaggedError<StageFailed>()("StageFailed", {
  ...common,
  stage: Schema.String
}) {
  readonly reason = "stage-failed" as const
  get code(): string {
    return codes["stage-failed"]
  }
  override get message(): string {
    return `[${this.code}] ${this.input}: stage "${this.stage}" failed: ${this.detail}`
  }
}

/** The finished document did not decode as a {@link KhabarRecord}: a bug in a stage. */
export class RecordInvalid extends Schema.TaggedError<RecordInvalid>()("RecordInvalid", common) {
  readonly reason = "invalid-record" as const
  get code(): string {
    return codes["invalid-record"]
  }
  override get message(): string {
    return `[${this.code}] ${this.input}: record does not match the schema: ${this.detail}`
  }
}

export type KhabarError = InputError | NotArticle | StageFailed | RecordInvalid

export const isKhabarError = (u: unknown): u is KhabarError =>
  u instanceof InputError || u instanceof NotArticle || u instanceof StageFailed || u instanceof RecordInvalid

const stageOf = (e: KhabarError): string => {
  switch (e._tag) {
    case "InputError":
      return e.reason === "io" || e.reason === "invalid-json" || e.reason === "missing-field" ? "input" : "decode"
    case "NotArticle":
      return "parse"
    case "StageFailed":
      return e.stage
    case "RecordInvalid":
      return "validate"
  }
}

/** The reject entry for an error, with the input's provenance. */
export const toReject = (
  e: KhabarError,
  source: { readonly path: string | null; readonly index: number | null; readonly bytes: number | null }
): Reject => ({
  id: e.input,
  source: { path: source.path, index: source.index, bytes: source.bytes },
  reason: e.reason,
  code: e.code,
  stage: stageOf(e),
  message: e.message,
  place: e.place
})
