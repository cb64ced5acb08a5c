/**
 * Corpus runs: inputs from disk through the pipeline to writers, streaming.
 *
 * Inputs are read lazily ({@link inputStream}), each one runs through the
 * pipeline (`runStream`, input order kept), and each outcome is written as
 * soon as it is produced, so memory stays flat whatever the corpus size.
 * Every input ends as a record or a reject; the summary counts both and the
 * run checks that they add up to the inputs.
 *
 * - Effect: {@link outcomeStream} (a `Stream` of outcomes), {@link runCorpus}.
 * - Promise: {@link processCorpus} (writes, returns a summary),
 *   {@link processFiles} (collects records and rejects in memory, for small corpora).
 *
 * @module
 */
import { Clock, Effect, Stream } from "effect"
import type { RawInput } from "../model/document.js"
import type { Pipeline } from "../pipeline/compose.js"
import { defaultPipeline, type PipelineOptions } from "../pipeline/presets.js"
import { runStream, type Outcome, type RunOptions } from "../pipeline/run.js"
import type { KhabarRecord, Reject } from "../schema/record.js"
import { inputStream, newReadStats, type InputOptions, type ReadStats } from "./inputs.js"
import { formatForPath, scopedWriter, type OutputTarget, type WriteError, type WriteSummary, type Writer } from "./writers.js"

/** What the records of a run hold, counted as they pass (grows by itself as stages fill more fields). */
export interface RecordTally {
  /** Records per language code. */
  readonly languages: Record<string, number>
  titles: number
  datelines: number
  bylines: number
  published: number
  paragraphs: number
  /** Boilerplate segments cut, per kind. */
  readonly boilerplate: Record<string, number>
  /** Entity mentions, per type. */
  readonly entities: Record<string, number>
  dates: number
  quotes: number
  numbers: number
  keywords: number
  /** Diagnostics, per code. */
  readonly diagnostics: Record<string, number>
}

export const newTally = (): RecordTally => ({
  languages: {},
  titles: 0,
  datelines: 0,
  bylines: 0,
  published: 0,
  paragraphs: 0,
  boilerplate: {},
  entities: {},
  dates: 0,
  quotes: 0,
  numbers: 0,
  keywords: 0,
  diagnostics: {}
})

const bump = (counts: Record<string, number>, key: string): void => {
  counts[key] = (counts[key] ?? 0) + 1
}

/** Adds one record to a tally (mutates the tally). */
export const tallyRecord = (t: RecordTally, r: KhabarRecord): void => {
  bump(t.languages, r.language.code)
  if (r.title !== null) t.titles++
  if (r.dateline !== null) t.datelines++
  if (r.byline.length > 0) t.bylines++
  if (r.published !== null) t.published++
  t.paragraphs += r.paragraphs.length
  for (const b of r.boilerplate) bump(t.boilerplate, b.kind)
  for (const e of r.entities) bump(t.entities, e.type)
  t.dates += r.dates.length
  t.quotes += r.quotes.length
  t.numbers += r.numbers.length
  t.keywords += r.keywords.length
  for (const d of r.diagnostics) bump(t.diagnostics, d.code)
}

export interface Progress {
  readonly inputs: number
  readonly records: number
  readonly rejects: number
  /** Bytes read from the inputs so far. */
  readonly bytes: number
  readonly seconds: number
}

export interface CorpusSummary extends Progress {
  readonly rejectsByReason: Readonly<Record<string, number>>
  readonly tally: RecordTally
  /** What each writer wrote (records first, then rejects). */
  readonly outputs: ReadonlyArray<WriteSummary>
}

/** Records + rejects did not add up to the inputs: a bug, never a bad input. */
export class ConservationError extends Error {
  override readonly name = "ConservationError"
}

/** Options of {@link runCorpus}: the pipeline, the outputs and the callbacks. */
export interface RunCorpusOptions extends RunOptions, PipelineOptions {
  /** The pipeline (default `defaultPipeline(options)`). */
  readonly pipeline?: Pipeline | undefined
  /** Where records go (default: nowhere; they are only counted). */
  readonly out?: OutputTarget | undefined
  /** Format of `out` (default: `json` for a `.json` file, else `ndjson`). */
  readonly format?: string | undefined
  /** Where rejects go (default: nowhere; see `onOutcome`). */
  readonly rejects?: OutputTarget | undefined
  /** Format of `rejects` (default: `json` for a `.json` file, else `ndjson`). */
  readonly rejectsFormat?: string | undefined
  /** Called with every outcome, in order, after it was written. */
  readonly onOutcome?: ((outcome: Outcome) => void) | undefined
  /** Called after every outcome with the running counts (throttle it yourself). */
  readonly onProgress?: ((progress: Progress) => void) | undefined
  /** Counters of the reader; when given, the summary's `bytes` are the bytes it read. */
  readonly stats?: ReadStats | undefined
  readonly signal?: AbortSignal | undefined
}

/** Options of {@link processCorpus}: what to read, and how to run and write. */
export interface CorpusOptions extends InputOptions, RunCorpusOptions {}

/** Inputs from paths through the pipeline: one outcome per input, in input order. */
export const outcomeStream = (paths: Iterable<string>, options: CorpusOptions = {}): Stream.Stream<Outcome> =>
  runStream(options.pipeline ?? defaultPipeline(options), inputStream(paths, options), options)

const defaultFormat = (target: OutputTarget | undefined, format: string | undefined): string =>
  format ?? (target?._tag === "File" ? formatForPath(target.path) : "ndjson")

/**
 * Runs a stream of inputs through the pipeline, writing records and rejects
 * as they come; returns the summary. Fails only when an output cannot be
 * written (its temporary file is then removed). `stats` gives the bytes read
 * (else the inputs' own byte lengths are summed).
 */
export const runCorpus = <E, R>(
  inputs: Stream.Stream<RawInput | Reject, E, R>,
  options: RunCorpusOptions = {}
): Effect.Effect<CorpusSummary, WriteError | E, R> =>
  Effect.scoped(
    Effect.gen(function* () {
      const pipeline = options.pipeline ?? defaultPipeline(options)
      const outputs: Array<Writer<KhabarRecord | Reject>> = []
      const recordWriter =
        options.out === undefined ? null : yield* scopedWriter(defaultFormat(options.out, options.format), options.out)
      if (recordWriter !== null) outputs.push(recordWriter)
      const rejectWriter =
        options.rejects === undefined
          ? null
          : yield* scopedWriter(defaultFormat(options.rejects, options.rejectsFormat), options.rejects)
      if (rejectWriter !== null) outputs.push(rejectWriter)

      const started = yield* Clock.currentTimeMillis
      let inputCount = 0
      let records = 0
      let rejects = 0
      let ownBytes = 0
      const rejectsByReason: Record<string, number> = {}
      const tally = newTally()
      const progress = (now: number): Progress => ({
        inputs: inputCount,
        records,
        rejects,
        bytes: options.stats?.bytesRead ?? ownBytes,
        seconds: (now - started) / 1000
      })

      const counted = inputs.pipe(Stream.tap(() => Effect.sync(() => void inputCount++)))
      yield* runStream(pipeline, counted, options).pipe(
        Stream.runForEach((outcome) =>
          Effect.gen(function* () {
            if (outcome._tag === "Record") {
              records++
              ownBytes += outcome.record.source.bytes
              tallyRecord(tally, outcome.record)
              if (recordWriter !== null) yield* recordWriter.write(outcome.record)
            } else {
              rejects++
              ownBytes += outcome.reject.source.bytes ?? 0
              bump(rejectsByReason, outcome.reject.reason)
              if (rejectWriter !== null) yield* rejectWriter.write(outcome.reject)
            }
            options.onOutcome?.(outcome)
            if (options.onProgress !== undefined) options.onProgress(progress(yield* Clock.currentTimeMillis))
          })
        )
      )
      if (records + rejects !== inputCount) {
        return yield* Effect.die(
          new ConservationError(`${inputCount} inputs but ${records} records + ${rejects} rejects = ${records + rejects}`)
        )
      }
      const written: Array<WriteSummary> = []
      for (const w of outputs) written.push(yield* w.commit)
      return { ...progress(yield* Clock.currentTimeMillis), rejectsByReason, tally, outputs: written }
    })
  )

/**
 * Processes files, folders and `-` (stdin), writing records and rejects as
 * they are produced; resolves with the summary. Rejects with a
 * {@link WriteError} when an output cannot be written.
 */
export const processCorpus = (paths: Iterable<string>, options: CorpusOptions = {}): Promise<CorpusSummary> => {
  const stats = options.stats ?? newReadStats()
  const withStats = { ...options, stats }
  return Effect.runPromise(
    Effect.suspend(() => runCorpus(inputStream(paths, withStats), withStats)),
    { signal: options.signal }
  )
}

/**
 * Processes files, folders and `-`, and collects records and rejects in
 * input order. Keeps everything in memory: for small corpora and tests; use
 * {@link processCorpus} for large ones.
 */
export const processFiles = async (
  paths: Iterable<string>,
  options: Omit<CorpusOptions, "out" | "rejects" | "format" | "rejectsFormat"> = {}
): Promise<{ readonly records: Array<KhabarRecord>; readonly rejects: Array<Reject> }> => {
  const outcomes = await Effect.runPromise(Stream.runCollect(outcomeStream(paths, options)), { signal: options.signal })
  const records: Array<KhabarRecord> = []
  const rejects: Array<Reject> = []
  for (const o of outcomes) {
    if (o._tag === "Record") records.push(o.record)
    else rejects.push(o.reject)
  }
  return { records, rejects }
}
