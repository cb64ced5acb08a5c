/**
 * Running batches of inputs: in worker threads (a tinypool pool of the
 * built `worker.js` entry), or in the main thread.
 *
 * The main thread reads the inputs and sends them to the workers in batches
 * (raw bytes for text files, composed text for JSON objects); each worker
 * runs the pipeline and sends the records and rejects back. The corpus run
 * keeps at most a few batches per worker in flight and takes their results in
 * input order, so the output is the same whatever the number of workers.
 *
 * Worker threads need the built entry (`dist/worker.js`, beside the module
 * that holds this code after `npm run build`). Run from the TypeScript
 * sources (tsx, vitest), it is not there: the batches then run in the main
 * thread and {@link BatchRunner.note} says so.
 *
 * A worker that dies (a crash in native code, memory exhausted) fails its
 * batch; the batch is then run again one input at a time, so that only the
 * input that kills a worker becomes a `stage-failed` reject (stage `worker`).
 *
 * Each worker's old generation is capped ({@link WORKER_OLD_GENERATION_MB}):
 * under a small limit V8 grows the heap by a smaller factor between full
 * collections, so a worker holds far less garbage. An input that exhausts
 * that limit alone is run once more in a thread of its own whose limit is the
 * main thread's (what `--workers 1` would have): so whether an input gives a
 * record never depends on the number of workers, only on the memory the
 * process may take.
 *
 * @module
 */
import { existsSync } from "node:fs"
import { availableParallelism } from "node:os"
import { resolve } from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"
import { getHeapStatistics } from "node:v8"
import { Worker } from "node:worker_threads"
import { Effect, type Scope } from "effect"
import type { Pipeline } from "../pipeline/compose.js"
import { describe } from "../pipeline/stage.js"
import { BufferShelf, failedReject, loadPipeline, serveBatch, signerOf, type BatchReply, type BatchResult, type BatchTask, type PipelineSpec } from "./batch.js"
import { isPendingJson, settleJson, type ReadItem } from "./inputs.js"
import { newTally } from "./tally.js"

/** Runs batches, in order of the calls' results. */
export interface BatchRunner {
  /** Threads running the pipeline; 1 when it runs in the main thread. */
  readonly workers: number
  /** Why the pipeline runs in the main thread although more workers were asked for; null otherwise. */
  readonly note: string | null
  /**
   * The batch's results, in order: one slot per item over all of them
   * (records signed when the spec deduplicates); usually one result, several
   * when a batch whose worker died was run again one input at a time. Never fails.
   */
  readonly run: (items: ReadonlyArray<ReadItem>) => Effect.Effect<ReadonlyArray<BatchResult>>
  /**
   * Gives back the buffer of a result's `lines` once they are written (and no
   * longer referenced): the next batches write their lines into it.
   */
  readonly recycle: (buffer: ArrayBuffer) => void
}

/** The worker pool could not be used as asked. */
export class WorkerPoolError extends Error {
  override readonly name = "WorkerPoolError"
}

export interface BatchRunnerOptions {
  /** Threads (1: the main thread). */
  readonly workers: number
  /** A pipeline object: can only run in the main thread. */
  readonly pipeline?: Pipeline | undefined
  /** How workers (and the main thread, without `pipeline`) build the pipeline. */
  readonly spec: PipelineSpec
  /** What each batch sends back besides the records' NDJSON lines (default: no objects, one tally per batch). */
  readonly reply?: BatchReply | undefined
  /** The worker entry (default: `worker.js` beside this module once built). */
  readonly workerEntry?: string | URL | undefined
  /**
   * Milliseconds one input may take in a worker (default
   * {@link DEFAULT_INPUT_TIMEOUT_MS}; 0 or null: no limit). A batch may take 4
   * times as long; past that its worker thread is stopped and the batch is run
   * again one input at a time, so an input that takes too long becomes a
   * `stage-failed` reject (stage `worker`) instead of holding up the run. Only
   * with worker threads: the main thread cannot stop a stage that runs.
   */
  readonly inputTimeoutMs?: number | null | undefined
  /**
   * The old-generation heap limit of each worker thread, in MB (default
   * {@link WORKER_OLD_GENERATION_MB}; null: V8's default, which depends on the
   * machine's memory). An input that exhausts it is run again alone with
   * {@link BatchRunnerOptions.retryHeapMb}.
   */
  readonly workerHeapMb?: number | null | undefined
  /**
   * The old-generation heap limit, in MB, of the thread that runs again an
   * input that exhausted a worker's {@link BatchRunnerOptions.workerHeapMb}
   * (default: the main thread's heap limit, what the input would have with
   * `workers: 1`). An input that exhausts this one too becomes a
   * `stage-failed` reject (stage `worker`) that says so.
   */
  readonly retryHeapMb?: number | undefined
}

/** The default limit per input in worker threads: 2 minutes (an article of 16 MB takes seconds). */
export const DEFAULT_INPUT_TIMEOUT_MS = 120_000

/**
 * The young generation of each worker's heap, in MB. V8's default lets each
 * isolate keep tens of MB of short-lived garbage; with a worker per core that
 * adds up. Measured on SaudiNewsNet (2 workers): peak RSS 419 MB by default,
 * 356 MB at 4 MB, about the same at 8 MB, with no loss of speed (before the
 * old generation was limited). With the old generation at 256 MB
 * ({@link WORKER_OLD_GENERATION_MB}), 16 MB halves the scavenges against 8 MB:
 * on a quiet machine the run took 9% less CPU (70.2 s against 77.2 s in all,
 * two workers ×1.53 one worker instead of ×1.35) for a peak of 357 MB instead
 * of 334 (docs/performance.md, "Corpus runs").
 */
export const WORKER_YOUNG_GENERATION_MB = 16

/**
 * The old generation of each worker's heap, in MB (V8's `maxOldGenerationSizeMb`).
 * The limit matters less than what it does to V8's sizing: with a limit of
 * 256 MB or less, V8 lets the heap grow by a factor of about 1.3 over what
 * survived the last full collection, instead of up to 4 with the default
 * limit of a machine with several GB, so each worker holds tens of MB less
 * garbage. Measured on SaudiNewsNet with 2 workers: each worker's heap peaked
 * at 56–59 MB instead of 102–123 MB, and the process at 351 MB instead of 458
 * with an 8 MB young generation (357 MB with 16; docs/scale.md and
 * docs/performance.md). An ordinary article needs a few
 * MB of heap (a 16 MB one, the largest `maxBytes` lets through by default,
 * about 210 MB in the main thread); one that exhausts the limit is run again
 * alone in a thread with the main thread's limit ({@link BatchRunnerOptions.retryHeapMb}).
 */
export const WORKER_OLD_GENERATION_MB = 256

/** Whether a task failed because its worker thread ran out of heap (V8's limit, `resourceLimits`). */
export const isOutOfMemory = (error: unknown): boolean =>
  typeof error === "object" && error !== null && (error as { readonly code?: unknown }).code === "ERR_WORKER_OUT_OF_MEMORY"

/** The main thread's heap limit in MB: what an input may take with `--workers 1`. */
export const mainHeapMb = (): number => Math.ceil(getHeapStatistics().heap_size_limit / (1 << 20))

/** The default number of workers: the cores Node may use (`os.availableParallelism()`). */
export const defaultWorkers = (): number => availableParallelism()

/** Where the built worker entry is expected: `worker.js` in the folder of the running module. */
export const defaultWorkerEntry = (): URL => new URL("./worker.js", import.meta.url)

const toUrl = (entry: string | URL): URL =>
  entry instanceof URL ? entry : /^[a-z][a-z0-9+.-]*:/i.test(entry) && !/^[a-z]:[\\/]/i.test(entry) ? new URL(entry) : pathToFileURL(resolve(entry))

/**
 * The Node flags the workers inherit: the parent's, less those that only make
 * sense for a main script (`--input-type`, which a worker started from a file
 * refuses) and less V8 flags (`--max-old-space-size=…`, `--stack-size=…`),
 * which a worker refuses too (they apply to the whole process anyway; each
 * worker's heap limits are its `resourceLimits`). Which flags a worker takes
 * is asked of Node itself, once per flag, by starting an empty thread with it.
 */
export const workerExecArgv = (argv: ReadonlyArray<string> = process.execArgv): Array<string> => {
  const out: Array<string> = []
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!
    if (a === "--input-type") i++
    else if (a.startsWith("--input-type=")) continue
    else {
      // a flag and its value when given as the next argument (`--import ./x.mjs`)
      const next = argv[i + 1]
      const flag = a.startsWith("-") && !a.includes("=") && next !== undefined && !next.startsWith("-") ? [a, next] : [a]
      if (workerTakes(flag)) out.push(...flag)
      i += flag.length - 1
    }
  }
  return out
}

const workerFlags = new Map<string, boolean>()

/** Whether a worker thread accepts this flag (with its value) in its `execArgv`. */
const workerTakes = (flag: ReadonlyArray<string>): boolean => {
  const key = flag.join(" ")
  let ok = workerFlags.get(key)
  if (ok === undefined) {
    try {
      const probe = new Worker("", { eval: true, execArgv: [...flag], stdout: true, stderr: true })
      void probe.terminate()
      ok = true
    } catch (e) {
      ok = (e as NodeJS.ErrnoException).code !== "ERR_WORKER_INVALID_EXEC_ARGV"
    }
    workerFlags.set(key, ok)
  }
  return ok
}

const inMainThread = (pipeline: Pipeline, spec: PipelineSpec, reply: BatchReply, note: string | null): BatchRunner => {
  const sign = signerOf(spec)
  const shelf = new BufferShelf()
  return {
    workers: 1,
    note,
    run: (items) => Effect.map(serveBatch(pipeline, items, spec.runOptions, sign, reply, spec.fields, shelf), (r) => [r]),
    recycle: (buffer) => shelf.put(buffer)
  }
}

const NO_LINES = new Uint8Array(0)

/** A task stopped because it took longer than its limit. */
class TimedOut extends Error {
  override readonly name = "TimedOut"
  constructor(readonly ms: number) {
    super(`did not finish within ${ms / 1000} s (the limit per input: --timeout / inputTimeoutMs); its worker thread was stopped`)
  }
}

/**
 * The main thread, when each item of a batch whose worker died is retried
 * alone and dies again (a JSON value is parsed here, for its id and place).
 */
const crashed = (read: ReadItem, error: unknown, reply: BatchReply, spec: PipelineSpec, heapMb?: ReadonlyArray<number>): BatchResult => {
  const item = isPendingJson(read) ? settleJson(read, spec.fields ?? {}) : read
  return {
    lines: NO_LINES,
    tally: reply.each ? null : newTally(),
    slots: [
      {
        _tag: "Reject",
        reject:
          "reason" in item
            ? item
            : failedReject(item, "worker", crashDetail(error, heapMb))
      }
    ]
  }
}

/** Why a retried input failed, for its reject. */
const crashDetail = (error: unknown, heapMb: ReadonlyArray<number> | undefined): string =>
  error instanceof TimedOut
    ? error.message
    : isOutOfMemory(error)
      ? `the worker thread running this input ran out of memory${heapMb === undefined || heapMb.length === 0 ? "" : ` (heap limit ${heapMb.map((mb) => `${mb} MB`).join(", then ")})`}: ${describe(error)}`
      : `the worker thread running this input stopped: ${describe(error)}`

/**
 * The JSON values of a batch with their bytes copied into one buffer, sent to
 * the worker as a whole (transferred): one allocation per batch on each side
 * instead of one per value.
 */
const packJson = (items: ReadonlyArray<ReadItem>): { readonly items: ReadonlyArray<ReadItem>; readonly buffer: ArrayBuffer | null } => {
  let size = 0
  for (const item of items) if (isPendingJson(item)) size += item.bytes.length
  if (size === 0) return { items, buffer: null }
  const buffer = new ArrayBuffer(size)
  const all = new Uint8Array(buffer)
  let at = 0
  const out = items.map((item): ReadItem => {
    if (!isPendingJson(item)) return item
    all.set(item.bytes, at)
    const bytes = all.subarray(at, at + item.bytes.length)
    at += item.bytes.length
    return { ...item, bytes }
  })
  return { items: out, buffer }
}

/**
 * A batch runner for the scope: a pool of `workers` threads (destroyed when
 * the scope closes), or the main thread for `workers: 1`, a `pipeline`
 * object, or a missing worker entry. Fails with a {@link WorkerPoolError} when
 * the workers cannot start (the entry does not load, the pipeline module does
 * not build).
 */
export const makeBatchRunner = (options: BatchRunnerOptions): Effect.Effect<BatchRunner, WorkerPoolError, Scope.Scope> =>
  Effect.gen(function* () {
    const { spec } = options
    const reply: BatchReply = options.reply ?? { objects: false, each: false }
    const workers = Math.max(1, Math.floor(options.workers))
    if (options.pipeline !== undefined) {
      if (workers > 1) {
        return yield* Effect.fail(
          new WorkerPoolError(
            "a pipeline object cannot be sent to worker threads: give `pipelineModule` (a module exporting the pipeline) to run it in workers, or `workers: 1`"
          )
        )
      }
      return inMainThread(options.pipeline, spec, reply, null)
    }
    const local = () =>
      Effect.tryPromise({
        try: () => loadPipeline(spec),
        catch: (e) => new WorkerPoolError(`cannot build the pipeline: ${describe(e)}`)
      })
    if (workers === 1) return inMainThread(yield* local(), spec, reply, null)

    const entry = toUrl(options.workerEntry ?? defaultWorkerEntry())
    if (entry.protocol === "file:" && !existsSync(fileURLToPath(entry))) {
      const note = `ran in the main thread: the worker entry ${fileURLToPath(entry)} is not there (run \`npm run build\`; from the TypeScript sources there are no worker threads)`
      return inMainThread(yield* local(), spec, reply, note)
    }

    const { Tinypool } = yield* Effect.promise(() => import("tinypool"))
    const execArgv = workerExecArgv()
    const poolOf = (threads: number, minThreads: number, heapMb: number | null) =>
      Effect.acquireRelease(
        Effect.sync(
          () =>
            new Tinypool({
              filename: entry.href,
              minThreads,
              maxThreads: threads,
              concurrentTasksPerWorker: 1,
              // a thread above the minimum (the retry thread) ends as soon as it is idle, giving its heap back
              idleTimeout: minThreads === 0 ? 0 : 60_000,
              execArgv,
              resourceLimits: {
                maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB,
                ...(heapMb === null ? {} : { maxOldGenerationSizeMb: heapMb })
              }
            })
        ),
        (p) => Effect.promise(() => p.destroy().catch(() => undefined))
      )
    const heapMb = options.workerHeapMb === undefined ? WORKER_OLD_GENERATION_MB : options.workerHeapMb
    const pool = yield* poolOf(workers, workers, heapMb)
    // inputs that exhausted a worker's heap run again here, alone, with the main thread's limit (no thread until then)
    const retryMb = options.retryHeapMb ?? mainHeapMb()
    const roomy = heapMb === null || retryMb <= heapMb ? null : yield* poolOf(1, 0, retryMb)
    const limit = options.inputTimeoutMs === undefined ? DEFAULT_INPUT_TIMEOUT_MS : (options.inputTimeoutMs ?? 0)
    // buffers the main thread wrote out, going back to the workers with the next batches
    const shelf = new BufferShelf(workers)
    const send = (items: ReadonlyArray<ReadItem>, on = pool) =>
      Effect.tryPromise({
        try: async () => {
          const spare = items.length === 0 ? undefined : shelf.pop()
          const packed = packJson(items)
          const transferList = spare === undefined ? [] : [spare]
          if (packed.buffer !== null) transferList.push(packed.buffer)
          const task: BatchTask = { spec, items: packed.items, reply, spare: spare === undefined ? [] : [spare] }
          if (limit <= 0) return (await on.run(task, { transferList })) as BatchResult
          // the start-up check (no items) loads the worker and the pipeline: it has a minute at least, on a busy machine too
          const ms = items.length === 0 ? Math.max(limit * 4, 60_000) : items.length === 1 ? limit : limit * 4
          const controller = new AbortController()
          const timer = setTimeout(() => controller.abort(), ms)
          try {
            return (await on.run(task, { signal: controller.signal, transferList })) as BatchResult
          } catch (e) {
            throw controller.signal.aborted ? new TimedOut(ms) : e
          } finally {
            clearTimeout(timer)
          }
        },
        catch: (e) => e
      })
    // the start-up check: one worker loads the entry and builds the pipeline
    yield* send([]).pipe(
      Effect.mapError((e) => new WorkerPoolError(`the worker threads cannot start (${entry.href}): ${describe(e)}`))
    )
    const checked = (item: ReadItem, result: BatchResult, heaps?: ReadonlyArray<number>): BatchResult =>
      result.slots.length === 1 ? result : crashed(item, new Error("no outcome came back"), reply, spec, heaps)
    /** An input whose run alone failed: run again with more heap when memory ran out, else rejected. */
    const failedAlone = (item: ReadItem, e: unknown): Effect.Effect<BatchResult> => {
      if (!isOutOfMemory(e) || roomy === null || heapMb === null) return Effect.succeed(crashed(item, e, reply, spec, heapMb === null ? [] : [heapMb]))
      const heaps = [heapMb, retryMb]
      return send([item], roomy).pipe(
        Effect.map((result) => checked(item, result, heaps)),
        Effect.catch((again) => Effect.succeed(crashed(item, again, reply, spec, heaps)))
      )
    }
    const runOne = (item: ReadItem): Effect.Effect<BatchResult> =>
      "reason" in item
        ? Effect.succeed(crashed(item, null, reply, spec))
        : send([item]).pipe(
            Effect.map((result) => checked(item, result)),
            Effect.catch((e) => failedAlone(item, e))
          )
    return {
      workers,
      note: null,
      recycle: (buffer) => shelf.put(buffer),
      run: (items) =>
        send(items).pipe(
          Effect.map((result): ReadonlyArray<BatchResult> => [result]),
          Effect.catch((e) =>
            // one at a time: the retried inputs do not wait in a queue behind each other (the limit counts from submission)
            items.length === 1 ? Effect.map(failedAlone(items[0]!, e), (r) => [r]) : Effect.forEach(items, runOne)
          )
        )
    } satisfies BatchRunner
  })
