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
    Effect.catch((e: KhabarError) => Effect.succeed(rejectOf(raw, e)))
  )

/** The reject of an input whose run failed with `e` (a typed error of the pipeline, trusted as one). */
const rejectOf = (raw: RawInput, e: KhabarError): Outcome => {
  let bytes: number | null = null
  try {
    bytes = raw.bytes?.length ?? (raw.text === undefined ? null : utf8Length(raw.text))
  } catch {
    // an input whose fields cannot even be read: its size stays unknown
  }
  return { _tag: "Reject", reject: toReject(e, { path: raw.path ?? null, index: raw.index ?? null, bytes }) }
}

/** A defect that escaped the stages' guard, as the error of input `raw`: a `stage-failed` error of the step `run`. */
const escaped = (raw: RawInput, defect: unknown): KhabarError =>
  isKhabarError(defect) ? defect : new StageFailed({ input: raw.id, stage: "run", detail: describe(defect), place: null })

/**
 * Runs a batch of inputs **stage by stage**: every input is decoded and parsed, then each stage runs over every
 * document still there, then each is validated. Each input gets the outcome {@link runOutcome} would give it, in
 * order: a document that fails at a step becomes its reject and leaves the batch, and the others go on. A defect that
 * escapes the stages' guard (in decoding or validation) becomes a `stage-failed` reject of that input only (step
 * `run`), as `khabar process` reports one.
 *
 * Why: a stage's tables (the tagger's word cache and weights, the lexicons' tries) stay in the processor's caches
 * while it reads many documents in a row, where a document run through every stage in turn finds them pushed out by
 * the other stages. On SaudiNewsNet and BBC English the default pipeline takes 12–17% less CPU time over batches of
 * 64 to 256 articles than document by document (docs/history/performance.md, "Eleventh session"). The documents of a batch are held
 * together until it ends: keep batches to a few hundred kilobytes of text (the corpus runner's batches are).
 */
export const runOutcomes = <R>(
  pipeline: Pipeline<R>,
  raws: ReadonlyArray<RawInput>,
  options: RunOptions = {}
): Effect.Effect<Array<Outcome>, never, R> =>
  Effect.gen(function* () {
    const n = raws.length
    const outcomes: Array<Outcome | undefined> = new Array(n)
    const docs: Array<KhabarDocument | undefined> = new Array(n)
    /** Runs one step of input `i`, keeping its document or recording its reject. */
    const step = function* (i: number, eff: Effect.Effect<KhabarDocument, KhabarError, R>) {
      const r = yield* Effect.result(eff.pipe(Effect.catchDefect((defect) => Effect.fail(escaped(raws[i]!, defect)))))
      if (r._tag === "Success") docs[i] = r.success
      else {
        docs[i] = undefined
        outcomes[i] = rejectOf(raws[i]!, r.failure)
      }
    }
    for (let i = 0; i < n; i++) {
      const raw = raws[i]!
      yield* step(i, Effect.flatMap(Effect.suspend(() => decodeInput(raw, options)), (decoded) => guard("parse", raw.id, pipeline.parse(decoded))))
    }
    for (const stage of pipeline.stages) {
      for (let i = 0; i < n; i++) {
        const doc = docs[i]
        if (doc !== undefined) yield* step(i, guard(stage.name, raws[i]!.id, stage.run(doc)))
      }
    }
    for (let i = 0; i < n; i++) {
      const doc = docs[i]
      if (doc === undefined) continue
      const r = yield* Effect.result(validate(doc).pipe(Effect.catchDefect((defect) => Effect.fail(escaped(raws[i]!, defect)))))
      outcomes[i] = r._tag === "Success" ? { _tag: "Record", record: r.success } : rejectOf(raws[i]!, r.failure)
    }
    return outcomes as Array<Outcome>
  })

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

/** How many inputs {@link runMany} runs stage by stage at a time. */
const MANY_CHUNK = 64

/** Runs many inputs and collects records and rejects (each in input order); never fails. */
export const runMany = <R>(
  pipeline: Pipeline<R>,
  inputs: Iterable<RawInput | Reject>,
  options: RunOptions = {}
): Effect.Effect<{ readonly records: Array<KhabarRecord>; readonly rejects: Array<Reject> }, never, R> =>
  Effect.gen(function* () {
    const records: Array<KhabarRecord> = []
    const rejects: Array<Reject> = []
    // stage by stage over chunks of inputs (runOutcomes), each list in input order
    let chunk: Array<RawInput | Reject> = []
    const flush = function* () {
      const ran = yield* runOutcomes(pipeline, chunk.filter((item): item is RawInput => !("reason" in item)), options)
      let k = 0
      for (const item of chunk) {
        const outcome: Outcome = "reason" in item ? { _tag: "Reject", reject: item } : ran[k++]!
        if (outcome._tag === "Record") records.push(outcome.record)
        else rejects.push(outcome.reject)
      }
      chunk = []
    }
    for (const item of inputs) {
      chunk.push(item)
      if (chunk.length >= MANY_CHUNK) yield* flush()
    }
    if (chunk.length > 0) yield* flush()
    return { records, rejects }
  })
