/**
 * Corpus runs: inputs from disk through the pipeline to writers, streaming.
 *
 * Inputs are read lazily ({@link inputStream}), grouped into batches, run
 * through the pipeline in the main thread or in worker threads (`workers`),
 * and taken back in input order; each outcome is written as soon as it comes,
 * so memory stays flat whatever the corpus size and the output is the same
 * whatever the number of workers. Around that: a shard of the input
 * (`shard`), ids already done (`skipIds`, resuming with `append`), duplicates
 * marked or dropped (`dedupe`), and a clean early stop (`stop`). Every input
 * ends as a record, a reject or a dropped duplicate; the summary counts them
 * and the run checks that they add up to the inputs.
 *
 * - Effect: {@link outcomeStream} (a `Stream` of outcomes, main thread), {@link runCorpus}.
 * - Promise: {@link processCorpus} (writes, returns a summary),
 *   {@link processFiles} (collects records and rejects in memory, for small corpora).
 *
 * @module
 */
import { Clock, Effect, Stream } from "effect"
import type { Pipeline } from "../pipeline/compose.js"
import { defaultPipeline, type PipelineOptions } from "../pipeline/presets.js"
import { runStream, type Outcome, type RunOptions } from "../pipeline/run.js"
import type { KhabarRecord, Reject } from "../schema/record.js"
import { makeDedupeStep, type DedupeStepOptions, type DroppedDuplicate } from "../dedupe/index.js"
import type { BatchResult, PipelineSpec } from "./batch.js"
import type { FieldMapping } from "./fields.js"
import { inputBytes, inputStream, isPendingJson, itemStream, newReadStats, type InputOptions, type ReadItem, type ReadStats } from "./inputs.js"
import { makeBatchRunner, type WorkerPoolError } from "./pool.js"
import { inShard, type Shard } from "./shard.js"
import { addTally, bump, newTally, type RecordTally } from "./tally.js"
import { formatForPath, scopedWriter, type OutputTarget, type WriteError, type WriteSummary, type Writer } from "./writers.js"

export { addTally, newTally, tallyRecord, type RecordTally } from "./tally.js"

export interface Progress {
  /** Inputs taken into this run so far (after shard and resume filters). */
  readonly inputs: number
  readonly records: number
  readonly rejects: number
  /** Records found to duplicate an earlier one (marked, or dropped with `dedupe: "drop"`). */
  readonly duplicates: number
  /** Bytes read from the inputs so far. */
  readonly bytes: number
  /** Bytes of the inputs dealt with so far, read or skipped unread (for the share done). */
  readonly doneBytes: number
  /** Total bytes of the inputs, when known cheaply (files and folders; not stdin); null until then. */
  readonly totalBytes: number | null
  readonly seconds: number
}

/** Inputs a run left out on purpose. */
export interface Skipped {
  /** Already present in the outputs (`skipIds`, `--resume`). */
  readonly done: number
  /** Belonging to other shards (`shard`, `--shard`). */
  readonly otherShards: number
}

export interface CorpusSummary extends Progress {
  readonly rejectsByReason: Readonly<Record<string, number>>
  readonly tally: RecordTally
  /** What each writer wrote (records first, then rejects). */
  readonly outputs: ReadonlyArray<WriteSummary>
  /** Duplicates left out of the outputs (`dedupe: { mode: "drop" }`); records + rejects + duplicatesDropped = inputs. */
  readonly duplicatesDropped: number
  /** Duplicates found (marked or dropped), exact and near. */
  readonly duplicatesByKind: { readonly exact: number; readonly near: number }
  readonly skipped: Skipped
  /** Threads that ran the pipeline (1: the main thread). */
  readonly workers: number
  /** Why the run used the main thread although more workers were asked for; null otherwise. */
  readonly workerNote: string | null
  /** The shard this run processed, or null for the whole corpus. */
  readonly shard: Shard | null
  /** True when `stop` ended the run early: the outputs hold every input taken before the stop. */
  readonly stopped: boolean
  /** Peak resident memory of the process (all threads), in bytes. */
  readonly peakRssBytes: number
}

/** Records + rejects + duplicates dropped did not add up to the inputs: a bug, never a bad input. */
export class ConservationError extends Error {
  override readonly name = "ConservationError"
}

/** Which inputs a run takes, by id: a shard, minus those already done. Counts what it leaves out. */
export interface InputFilter {
  readonly keep: (id: string) => boolean
  readonly skipped: Skipped
}

/** A filter for a shard and a set of ids already done; null when there is nothing to filter. */
export const makeInputFilter = (options: {
  readonly shard?: Shard | null | undefined
  readonly skipIds?: ReadonlySet<string> | undefined
}): InputFilter | null => {
  const shard = options.shard ?? null
  const done = options.skipIds ?? null
  if ((shard === null || shard.count === 1) && (done === null || done.size === 0)) return null
  const skipped = { done: 0, otherShards: 0 }
  return {
    skipped,
    keep: (id) => {
      if (shard !== null && !inShard(id, shard)) {
        skipped.otherShards++
        return false
      }
      if (done !== null && done.has(id)) {
        skipped.done++
        return false
      }
      return true
    }
  }
}

/** Options of {@link runCorpus}: the pipeline, the outputs and the callbacks. */
export interface RunCorpusOptions extends RunOptions, PipelineOptions {
  /** The pipeline (default `defaultPipeline(options)`). A pipeline object runs in the main thread only. */
  readonly pipeline?: Pipeline | undefined
  /**
   * A module whose `pipeline` export (a `Pipeline`, or a function of the
   * pipeline options returning one) or default export is the pipeline: how a
   * custom pipeline reaches worker threads. A file URL or an absolute specifier.
   */
  readonly pipelineModule?: string | URL | undefined
  /**
   * Threads running the pipeline (default 1: the main thread). More than one
   * needs the built worker entry (`dist/worker.js`); without it the run stays
   * in the main thread and the summary's `workerNote` says why. The outputs
   * are the same, in the same order, whatever the number.
   */
  readonly workers?: number | undefined
  /** Inputs sent to a worker at a time (default 64; a batch also closes at 256 KiB of input). */
  readonly batchSize?: number | undefined
  /** The worker entry module (default `worker.js` beside the built library). */
  readonly workerEntry?: string | URL | undefined
  /**
   * Milliseconds one input may take in a worker thread before it is stopped and
   * rejected (`stage-failed`, stage `worker`); default 120 000, 0 or null for
   * no limit. Only with `workers` > 1.
   */
  readonly inputTimeoutMs?: number | null | undefined
  /**
   * The old-generation heap limit of each worker thread, in MB (default 256,
   * `WORKER_OLD_GENERATION_MB`; null: V8's default for the machine). A small
   * limit keeps each worker's heap close to what it really holds; an input
   * that exhausts it is run again alone in a thread with the main thread's
   * limit, so the records do not depend on it. Only with `workers` > 1.
   */
  readonly workerHeapMb?: number | null | undefined
  /** Where records go (default: nowhere; they are only counted). */
  readonly out?: OutputTarget | undefined
  /** Format of `out` (default: `json` for a `.json` file, else `ndjson`). */
  readonly format?: string | undefined
  /** Where rejects go (default: nowhere; see `onOutcome`). */
  readonly rejects?: OutputTarget | undefined
  /** Format of `rejects` (default: `json` for a `.json` file, else `ndjson`). */
  readonly rejectsFormat?: string | undefined
  /** Append to existing NDJSON outputs instead of replacing them (resuming; see `skipIds`). */
  readonly append?: boolean | undefined
  /** Process only this shard of the inputs (by a stable hash of the id; see `shardOf`). */
  readonly shard?: Shard | null | undefined
  /** Ids to leave out, e.g. those already in the outputs of a run being resumed (`readDoneIds`). */
  readonly skipIds?: ReadonlySet<string> | undefined
  /**
   * Finds exact and near-duplicate bodies (see `src/dedupe`): `mode: "mark"`
   * sets `duplicateOf` and `similarity` on duplicates; `mode: "drop"` leaves
   * them out of the outputs and counts them. Records are checked in input
   * order (the first seen is the original), whatever the number of workers;
   * workers compute the signatures.
   */
  readonly dedupe?: DedupeStepOptions | undefined
  /** Records of an earlier run, checked first so that a resumed run finds duplicates of them too. */
  readonly dedupeHistory?: AsyncIterable<KhabarRecord> | undefined
  /** Called with every duplicate left out (`dedupe: { mode: "drop" }`), in order. */
  readonly onDuplicate?: ((duplicate: DroppedDuplicate) => void) | undefined
  /** A filter made by {@link makeInputFilter} (instead of `shard` and `skipIds`), shared with the reader. */
  readonly inputFilter?: InputFilter | null | undefined
  /**
   * Ends the run early but cleanly: no new input is taken, the batches in
   * flight finish, and the outputs are committed (whole, valid files holding
   * every input taken). The summary says `stopped: true`.
   */
  readonly stop?: AbortSignal | undefined
  /**
   * Called with every outcome, in order, after it was written. Records then
   * come from worker threads as objects as well as NDJSON text, which costs
   * the main thread more: to see rejects only, use `onReject`.
   */
  readonly onOutcome?: ((outcome: Outcome) => void) | undefined
  /** Called with every reject, in order, after it was written (cheap: records stay NDJSON bytes). */
  readonly onReject?: ((reject: Reject) => void) | undefined
  /** Called after every batch of outcomes with the running counts (throttle it yourself). */
  readonly onProgress?: ((progress: Progress) => void) | undefined
  /** Counters of the reader; when given, the summary's `bytes` are the bytes it read. */
  readonly stats?: ReadStats | undefined
  /** The total bytes of the inputs for `Progress.totalBytes`, when known (read at each progress call). */
  readonly totalBytes?: (() => number | null) | undefined
  /** Aborts the run at once: outputs in progress are removed (appended files keep their whole lines). */
  readonly signal?: AbortSignal | undefined
}

/** Options of {@link processCorpus}: what to read, and how to run and write. */
export interface CorpusOptions extends InputOptions, RunCorpusOptions {}

/** Inputs from paths through the pipeline in the main thread: one outcome per input, in input order. */
export const outcomeStream = (paths: Iterable<string>, options: CorpusOptions = {}): Stream.Stream<Outcome> =>
  runStream(options.pipeline ?? defaultPipeline(options), inputStream(paths, options), options)

const defaultFormat = (target: OutputTarget | undefined, format: string | undefined): string =>
  format ?? (target?._tag === "File" ? formatForPath(target.path) : "ndjson")

/** Keys of the corpus options that are not pipeline options (the rest is sent to workers as plain data). */
const CORPUS_KEYS = new Set<string>([
  "pipeline", "pipelineModule", "workers", "batchSize", "workerEntry", "inputTimeoutMs", "workerHeapMb", "out", "format", "rejects", "rejectsFormat", "append",
  "shard", "skipIds", "inputFilter", "stop", "onOutcome", "onReject", "onProgress", "stats", "totalBytes", "signal", "maxBytes",
  "dedupe", "dedupeHistory", "onDuplicate",
  "glob", "stdin", "stdinFormat", "chunkBytes", "keep", "textField", "titleField", "authorField", "idField", "metaFields",
  "publishedField", "referenceField"
])

const isPlainData = (v: unknown, depth = 0): boolean => {
  if (v === null || typeof v === "string" || typeof v === "number" || typeof v === "boolean") return true
  if (depth > 8 || typeof v !== "object") return false
  if (Array.isArray(v)) return v.every((x) => isPlainData(x, depth + 1))
  const proto = Object.getPrototypeOf(v) as unknown
  return (proto === Object.prototype || proto === null) && Object.values(v).every((x) => isPlainData(x, depth + 1))
}

/** The pipeline options among the corpus options: plain data, so that workers can build the same pipeline. */
export const pipelineOptionsOf = (options: RunCorpusOptions): PipelineOptions => {
  const out: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(options)) {
    if (!CORPUS_KEYS.has(key) && value !== undefined && isPlainData(value)) out[key] = value
  }
  return out as PipelineOptions
}

/** The options of the deduplication signature (without the mode), as plain data for workers. */
const dedupeOptionsOf = (o: DedupeStepOptions): NonNullable<PipelineSpec["dedupe"]> => {
  const { mode: _mode, ...rest } = o
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(rest)) if (v !== undefined) out[k] = v
  return out
}

const FIELD_KEYS = ["textField", "titleField", "authorField", "idField", "metaFields", "publishedField", "referenceField"] as const

/** The field mapping among the options, as plain data (how workers map JSON values they parse). */
const fieldsOf = (options: FieldMapping): FieldMapping => {
  const out: Record<string, unknown> = {}
  for (const key of FIELD_KEYS) if (options[key] !== undefined) out[key] = options[key]
  return out as FieldMapping
}

/** The spec workers build their pipeline from. */
export const pipelineSpecOf = (options: RunCorpusOptions & FieldMapping): PipelineSpec => ({
  fields: fieldsOf(options),
  pipelineOptions: pipelineOptionsOf(options),
  runOptions: options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes },
  dedupe: options.dedupe === undefined ? null : dedupeOptionsOf(options.dedupe),
  pipelineModule:
    options.pipelineModule === undefined
      ? null
      : options.pipelineModule instanceof URL
        ? options.pipelineModule.href
        : options.pipelineModule
})

/**
 * A batch closes at this many bytes of input. Small enough that the batches in
 * flight (two per worker) and their NDJSON output (about three times the
 * input for Arabic news) hold little memory; large enough that the cost of a
 * message between threads does not count.
 */
const BATCH_BYTES = 256 << 10

/** One record from its NDJSON line (only for the rare record whose duplicate mark changes, or a caller without objects). */
const parseLine = (lines: Uint8Array, from: number, to: number): KhabarRecord =>
  JSON.parse(Buffer.from(lines.buffer, lines.byteOffset + from, to - from).toString("utf8")) as KhabarRecord

/** Writes NDJSON bytes of `count` values: at once when the writer takes bytes, else value by value. */
const writeLinesTo = (writer: Writer<KhabarRecord | Reject>, bytes: Uint8Array, count: number): Effect.Effect<void, WriteError> => {
  if (writer.writeLines !== undefined) return writer.writeLines(bytes, count)
  const values: Array<KhabarRecord> = []
  for (let from = 0; from < bytes.length; ) {
    const nl = bytes.indexOf(0x0a, from)
    values.push(parseLine(bytes, from, nl))
    from = nl + 1
  }
  return Effect.forEach(values, (v) => writer.write(v), { discard: true })
}

const sizeOf = (item: ReadItem): number =>
  "reason" in item ? 256 : isPendingJson(item) ? item.bytes.length : (item.bytes?.length ?? (item.text === undefined ? 0 : item.text.length * 2))

/** Groups items into batches of at most `size` items and about `BATCH_BYTES` bytes, in order. */
const batches = <E, R>(
  inputs: Stream.Stream<ReadItem, E, R>,
  size: number
): Stream.Stream<ReadonlyArray<ReadItem>, E, R> =>
  inputs.pipe(
    Stream.mapAccum(
      () => ({ items: [] as Array<ReadItem>, bytes: 0 }),
      (acc, item) => {
        acc.items.push(item)
        acc.bytes += sizeOf(item)
        return acc.items.length >= size || acc.bytes >= BATCH_BYTES
          ? [{ items: [], bytes: 0 }, [acc.items]]
          : [acc, []]
      },
      { onHalt: (acc) => (acc.items.length > 0 ? [acc.items] : []) }
    )
  )

/** Completes when the signal aborts (at once if it already has). */
const whenAborted = (signal: AbortSignal): Effect.Effect<void> =>
  Effect.callback<void>((resume) => {
    if (signal.aborted) return resume(Effect.void)
    const onAbort = () => resume(Effect.void)
    signal.addEventListener("abort", onAbort, { once: true })
    return Effect.sync(() => signal.removeEventListener("abort", onAbort))
  })

const peakRss = (): number => process.resourceUsage().maxRSS * 1024

/**
 * Runs a stream of inputs through the pipeline, writing records and rejects
 * as they come; returns the summary. With `workers` > 1 the pipeline runs in
 * worker threads, in batches, and the outcomes are taken in input order.
 * Fails only when an output cannot be written (its temporary file is then
 * removed) or the workers cannot start. `stats` gives the bytes read (else
 * the inputs' own byte lengths are summed).
 */
export const runCorpus = <E, R>(
  inputs: Stream.Stream<ReadItem, E, R>,
  options: RunCorpusOptions & FieldMapping = {}
): Effect.Effect<CorpusSummary, WriteError | WorkerPoolError | E, R> =>
  Effect.scoped(
    Effect.gen(function* () {
      const spec = pipelineSpecOf(options)
      const runner = yield* makeBatchRunner({
        workers: options.workers ?? 1,
        pipeline: options.pipeline,
        spec,
        // records as objects only for a caller who sees them; each record's own tally when duplicates may be left out
        reply: { objects: options.onOutcome !== undefined, each: options.dedupe?.mode === "drop" },
        workerEntry: options.workerEntry,
        inputTimeoutMs: options.inputTimeoutMs,
        workerHeapMb: options.workerHeapMb
      })
      const writerOptions = { append: options.append === true }
      const outputs: Array<Writer<KhabarRecord | Reject>> = []
      const recordWriter =
        options.out === undefined
          ? null
          : yield* scopedWriter(defaultFormat(options.out, options.format), options.out, writerOptions)
      if (recordWriter !== null) outputs.push(recordWriter)
      const rejectWriter =
        options.rejects === undefined
          ? null
          : yield* scopedWriter(defaultFormat(options.rejects, options.rejectsFormat), options.rejects, writerOptions)
      if (rejectWriter !== null) outputs.push(rejectWriter)

      const filter = options.inputFilter !== undefined ? options.inputFilter : makeInputFilter(options)
      const dedupe = options.dedupe === undefined ? null : makeDedupeStep(options.dedupe)
      if (dedupe !== null && options.dedupeHistory !== undefined) {
        const history = options.dedupeHistory
        // the originals of an earlier run: checked, not counted, not written
        yield* Effect.promise(async () => {
          for await (const r of history) dedupe.record(r)
        })
      }
      const before = dedupe?.deduper.stats() ?? null
      const started = yield* Clock.currentTimeMillis
      let inputCount = 0
      let records = 0
      let rejects = 0
      let duplicates = 0
      let duplicatesDropped = 0
      let ownBytes = 0
      let stopped = false
      const rejectsByReason: Record<string, number> = {}
      const tally = newTally()
      const progress = (now: number): Progress => {
        const bytes = options.stats?.bytesRead ?? ownBytes
        return {
          inputs: inputCount,
          records,
          rejects,
          duplicates,
          bytes,
          doneBytes: bytes + (options.stats?.bytesSkipped ?? 0),
          totalBytes: options.totalBytes?.() ?? null,
          seconds: (now - started) / 1000
        }
      }

      let taken: Stream.Stream<ReadItem, E, R> = filter === null ? inputs : inputs.pipe(Stream.filter((item) => filter.keep(item.id)))
      if (options.stop !== undefined) {
        const stop = options.stop
        taken = taken.pipe(
          Stream.interruptWhen(
            whenAborted(stop).pipe(
              Effect.tap(() =>
                Effect.sync(() => {
                  stopped = true
                })
              )
            )
          )
        )
      }
      const counted = taken.pipe(Stream.tap(() => Effect.sync(() => void inputCount++)))
      const results = batches(counted, Math.max(1, options.batchSize ?? 64)).pipe(
        Stream.mapEffect(runner.run, { concurrency: runner.workers === 1 ? 1 : runner.workers * 2 })
      )
      const onOutcome = options.onOutcome
      const onReject = options.onReject
      const dropping = dedupe !== null && dedupe.mode === "drop"

      /**
       * One batch's results, in order: counts, deduplication, and the records'
       * NDJSON bytes passed to the writer in as few pieces as the duplicates
       * allow (usually one per batch). Only a record whose duplicate mark
       * changes is parsed and written again.
       */
      const take = (result: BatchResult): Effect.Effect<void, WriteError> => {
        const { lines, slots } = result
        const pieces: Array<readonly [Uint8Array, number]> = []
        const rejected: Array<Reject> = []
        const seen: Array<Outcome> | null = onOutcome === undefined ? null : []
        let pieceFrom = 0
        let pieceCount = 0
        let lineFrom = 0
        const cut = (to: number) => {
          if (pieceCount > 0) pieces.push([lines.subarray(pieceFrom, to), pieceCount])
          pieceCount = 0
        }
        if (result.tally !== null) addTally(tally, result.tally)
        for (const slot of slots) {
          if (slot._tag === "Reject") {
            rejects++
            ownBytes += slot.reject.source.bytes ?? 0
            bump(rejectsByReason, slot.reject.reason)
            rejected.push(slot.reject)
            seen?.push(slot)
            continue
          }
          const start = lineFrom
          const lineTo = slot.end
          lineFrom = lineTo
          let duplicateOf = slot.duplicateOf
          let similarity = slot.similarity
          if (dedupe !== null) {
            const match =
              slot.signature === undefined
                ? dedupe.deduper.check(slot.record ?? parseLine(lines, start, lineTo))
                : dedupe.deduper.checkSignature(slot.id, slot.signature)
            if (match !== null && dropping) {
              // a duplicate left out: counted, not written, not tallied
              duplicates++
              duplicatesDropped++
              ownBytes += slot.bytes
              cut(start)
              pieceFrom = lineTo
              options.onDuplicate?.({
                _tag: "Duplicate",
                id: slot.id,
                duplicateOf: match.duplicateOf,
                similarity: match.similarity,
                kind: match.kind,
                source: slot.source ?? parseLine(lines, start, lineTo).source
              })
              continue
            }
            duplicateOf = match === null ? null : match.duplicateOf
            similarity = match === null ? null : match.similarity
          }
          records++
          ownBytes += slot.bytes
          if (duplicateOf !== null) duplicates++
          if (slot.tally !== undefined) addTally(tally, slot.tally)
          let record = slot.record
          if (duplicateOf !== slot.duplicateOf || similarity !== slot.similarity) {
            // its mark changed: this line is written again
            const marked = { ...(record ?? parseLine(lines, start, lineTo)), duplicateOf, similarity }
            record = marked
            cut(start)
            pieces.push([Buffer.from(JSON.stringify(marked) + "\n"), 1])
            pieceFrom = lineTo
          } else pieceCount++
          if (seen !== null) seen.push({ _tag: "Record", record: record ?? parseLine(lines, start, lineTo) })
        }
        cut(lineFrom)
        return Effect.gen(function* () {
          if (recordWriter !== null) for (const [bytes, n] of pieces) yield* writeLinesTo(recordWriter, bytes, n)
          if (rejectWriter !== null) for (const r of rejected) yield* rejectWriter.write(r)
          if (seen !== null) for (const o of seen) onOutcome!(o)
          if (onReject !== undefined) for (const r of rejected) onReject(r)
          // the lines are written: their buffer goes back for the next batches
          if (lines.byteLength > 0) runner.recycle(lines.buffer as ArrayBuffer)
          if (options.onProgress !== undefined) options.onProgress(progress(yield* Clock.currentTimeMillis))
        })
      }
      yield* results.pipe(Stream.runForEach((list) => Effect.forEach(list, take, { discard: true })))
      if (records + rejects + duplicatesDropped !== inputCount) {
        return yield* Effect.die(
          new ConservationError(
            `${inputCount} inputs but ${records} records + ${rejects} rejects + ${duplicatesDropped} duplicates dropped = ${records + rejects + duplicatesDropped}`
          )
        )
      }
      const written: Array<WriteSummary> = []
      for (const w of outputs) written.push(yield* w.commit)
      const after = dedupe?.deduper.stats() ?? null
      const duplicatesByKind =
        before === null || after === null ? { exact: 0, near: 0 } : { exact: after.exact - before.exact, near: after.near - before.near }
      return {
        ...progress(yield* Clock.currentTimeMillis),
        rejectsByReason,
        tally,
        outputs: written,
        duplicatesDropped,
        duplicatesByKind,
        skipped: filter === null ? { done: 0, otherShards: 0 } : { ...filter.skipped },
        workers: runner.workers,
        workerNote: runner.note,
        shard: options.shard ?? null,
        stopped,
        peakRssBytes: peakRss()
      }
    })
  )

/**
 * Processes files, folders and `-` (stdin), writing records and rejects as
 * they are produced; resolves with the summary. Rejects with a
 * {@link WriteError} when an output cannot be written, a
 * {@link WorkerPoolError} when the workers cannot start.
 */
export const processCorpus = (paths: Iterable<string>, options: CorpusOptions = {}): Promise<CorpusSummary> => {
  const list = [...paths]
  const stats = options.stats ?? newReadStats()
  const inputFilter = options.inputFilter !== undefined ? options.inputFilter : makeInputFilter(options)
  let total: number | null = null
  let totalBytes = options.totalBytes
  if (totalBytes === undefined && options.onProgress !== undefined) {
    // sizes are read beside the run; the share done and the ETA appear once they are known
    void inputBytes(list, options).then(
      (t) => {
        total = t
      },
      () => undefined
    )
    totalBytes = () => total
  }
  const withStats: CorpusOptions = { ...options, stats, inputFilter, totalBytes }
  const keep = inputFilter === null ? options.keep : inputFilter.keep
  // JSON values are parsed where the pipeline runs (worker threads), unless a filter needs ids that only parsing gives
  const defer = !(options.idField != null && keep !== undefined)
  return Effect.runPromise(
    Effect.suspend(() => runCorpus(itemStream(list, { ...withStats, keep }, defer), withStats)),
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
  options: Omit<CorpusOptions, "out" | "rejects" | "format" | "rejectsFormat" | "append"> = {}
): Promise<{ readonly records: Array<KhabarRecord>; readonly rejects: Array<Reject> }> => {
  const records: Array<KhabarRecord> = []
  const rejects: Array<Reject> = []
  await processCorpus(paths, {
    ...options,
    onOutcome: (o) => {
      if (o._tag === "Record") records.push(o.record)
      else rejects.push(o.reject)
      options.onOutcome?.(o)
    }
  })
  return { records, rejects }
}
