/**
 * Running a pipeline over one input or many.
 *
 * `run` gives an Effect that fails with a typed {@link KhabarError};
 * `runOutcome` never fails: it turns every failure into a {@link Reject} entry,
 * so a corpus run goes on whatever one document does.
 *
 * @module
 */
import { Effect, Stream } from "effect"
import { InputError, StageFailed, isKhabarError, toReject, type KhabarError } from "../errors.js"
import { fnv1a64 } from "../internal/hash.js"
import type { DecodedInput, KhabarDocument, RawInput } from "../model/document.js"
import { decodeBytes } from "../parse/decode.js"
import type { KhabarRecord, Reject } from "../schema/record.js"
import { validate } from "../validate/index.js"
import type { Pipeline } from "./compose.js"
import { describe } from "./stage.js"

export interface RunOptions {
  /** Inputs longer than this many bytes (or UTF-16 units for text) are rejected as `too-large` (default 16 MiB). */
  readonly maxBytes?: number | undefined
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024

const utf8Length = (s: string): number => {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4
        i++
      } else n += 3
    } else n += 3
  }
  return n
}

/** Decodes an input's bytes (or takes its text) and records provenance. */
export const decodeInput = (raw: RawInput, options: RunOptions = {}): Effect.Effect<DecodedInput, InputError> =>
  Effect.suspend(() => {
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
    let text: string
    let encoding = raw.encoding ?? "utf-16"
    let confidence: number | null = null
    let diagnostics: DecodedInput["diagnostics"] = []
    let bytes: number
    if (raw.bytes !== undefined) {
      bytes = raw.bytes.length
      if (bytes > maxBytes) return Effect.fail(tooLarge(raw.id, bytes, maxBytes))
      const decoded = decodeBytes(raw.bytes, raw.id)
      if (decoded instanceof InputError) return Effect.fail(decoded)
      ;({ text, encoding, confidence, diagnostics } = decoded)
    } else if (raw.text !== undefined) {
      text = raw.text
      bytes = utf8Length(text)
      if (bytes > maxBytes) return Effect.fail(tooLarge(raw.id, bytes, maxBytes))
      if (text.length === 0) {
        return Effect.fail(new InputError({ input: raw.id, reason: "empty", detail: "the input is empty", place: null }))
      }
    } else {
      return Effect.fail(
        new InputError({ input: raw.id, reason: "missing-field", detail: "the input has neither text nor bytes", place: null })
      )
    }
    return Effect.succeed({
      id: raw.id,
      text,
      source: {
        path: raw.path ?? null,
        index: raw.index ?? null,
        bytes,
        encoding,
        encodingConfidence: confidence,
        hash: fnv1a64(text)
      },
      meta: raw.meta ?? {},
      hints: raw.hints ?? {},
      published: raw.published ?? null,
      reference: raw.reference ?? null,
      diagnostics
    })
  })

const tooLarge = (input: string, bytes: number, max: number) =>
  new InputError({
    input,
    reason: "too-large",
    detail: `the input has ${bytes} bytes, more than the limit of ${max} (raise it with maxBytes / --max-bytes)`,
    place: null
  })

/** Runs the parser and every stage, without the final validation. */
export const runDocument = <R>(
  pipeline: Pipeline<R>,
  raw: RawInput,
  options: RunOptions = {}
): Effect.Effect<KhabarDocument, KhabarError, R> =>
  Effect.gen(function* () {
    const decoded = yield* decodeInput(raw, options)
    let doc = yield* guard("parse", raw.id, pipeline.parse(decoded))
    for (const stage of pipeline.stages) {
      doc = yield* guard(stage.name, raw.id, stage.run(doc))
    }
    return doc
  })

/** Defects (exceptions thrown inside an Effect) become a typed StageFailed for this input. */
const guard = <A, R>(
  stage: string,
  input: string,
  eff: Effect.Effect<A, KhabarError, R>
): Effect.Effect<A, KhabarError, R> =>
  eff.pipe(
    Effect.catchDefect((defect) =>
      Effect.fail(
        isKhabarError(defect) ? defect : new StageFailed({ input, stage, detail: describe(defect), place: null })
      )
    )
  )

/** Runs the whole pipeline on one input: a validated record, or a typed error. */
export const run = <R>(
  pipeline: Pipeline<R>,
  raw: RawInput,
  options: RunOptions = {}
): Effect.Effect<KhabarRecord, KhabarError, R> =>
  runDocument(pipeline, raw, options).pipe(Effect.flatMap(validate))

/** What became of one input. */
export type Outcome =
  | { readonly _tag: "Record"; readonly record: KhabarRecord }
  | { readonly _tag: "Reject"; readonly reject: Reject }

/** Like {@link run}, but never fails: a failure becomes a reject entry. */
export const runOutcome = <R>(
  pipeline: Pipeline<R>,
  raw: RawInput,
  options: RunOptions = {}
): Effect.Effect<Outcome, never, R> =>
  run(pipeline, raw, options).pipe(
    Effect.map((record): Outcome => ({ _tag: "Record", record })),
    Effect.catch((e: KhabarError) =>
      Effect.succeed<Outcome>({
        _tag: "Reject",
        reject: toReject(e, {
          path: raw.path ?? null,
          index: raw.index ?? null,
          bytes: raw.bytes?.length ?? (raw.text === undefined ? null : utf8Length(raw.text))
        })
      })
    )
  )

/**
 * Runs a stream of inputs. Items that are already rejects (an input that
 * could not even be read) pass through as reject outcomes, so every input is
 * accounted for. Output order is input order.
 */
export const runStream = <E, R, R2>(
  pipeline: Pipeline<R>,
  inputs: Stream.Stream<RawInput | Reject, E, R2>,
  options: RunOptions = {}
): Stream.Stream<Outcome, E, R | R2> =>
  inputs.pipe(
    Stream.mapEffect((item) =>
      "reason" in item ? Effect.succeed<Outcome>({ _tag: "Reject", reject: item }) : runOutcome(pipeline, item, options)
    )
  )

/** Runs many inputs and collects records and rejects; never fails. */
export const runMany = <R>(
  pipeline: Pipeline<R>,
  inputs: Iterable<RawInput | Reject>,
  options: RunOptions = {}
): Effect.Effect<{ readonly records: Array<KhabarRecord>; readonly rejects: Array<Reject> }, never, R> =>
  Effect.gen(function* () {
    const records: Array<KhabarRecord> = []
    const rejects: Array<Reject> = []
    for (const item of inputs) {
      const outcome: Outcome =
        "reason" in item ? { _tag: "Reject", reject: item } : yield* runOutcome(pipeline, item, options)
      if (outcome._tag === "Record") records.push(outcome.record)
      else rejects.push(outcome.reject)
    }
    return { records, rejects }
  })
