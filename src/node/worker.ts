/**
 * The worker-thread entry (built to `dist/worker.js`): a tinypool task that
 * runs one batch of inputs through the pipeline and returns the outcomes.
 *
 * The pipeline is built on the first batch and kept for the next ones (per
 * spec: a pool runs one spec). With a `reply` (what corpus runs send), the
 * records go back as one buffer of NDJSON bytes, transferred to the main
 * thread without a copy, beside one small slot per item ({@link serveBatch});
 * without it, as outcome objects ({@link runBatch}), in the batch's order.
 *
 * @module
 */
import { Effect } from "effect"
import { kTransferable, kValue, markMovable } from "tinypool"
import type { Pipeline } from "../pipeline/compose.js"
import { BufferShelf, loadPipeline, runBatch, serveBatch, signerOf, type BatchOutcome, type BatchResult, type BatchTask, type PipelineSpec } from "./batch.js"

interface Built {
  readonly key: string
  readonly pipeline: Promise<Pipeline>
  readonly sign: ReturnType<typeof signerOf>
}

let cached: Built | null = null

/** Buffers for the lines of the next batches: those the main thread sends back once it wrote them. */
const shelf = new BufferShelf(1)

// A stage that calls process.exit() would end this thread in the middle of a
// batch, and the pool would wait for it forever: while a batch runs, make it
// an error of that input instead (a stage-failed reject).
let running = 0
const exit = process.exit.bind(process)
process.exit = ((code?: number | string | null) => {
  if (running === 0) return exit(code)
  throw new Error(`process.exit(${code ?? ""}) was called while running the pipeline; a stage may not end the worker thread`)
}) as typeof process.exit

const builtFor = (spec: PipelineSpec): Built => {
  const key = JSON.stringify(spec)
  if (cached === null || cached.key !== key) cached = { key, pipeline: loadPipeline(spec), sign: signerOf(spec) }
  return cached
}

/**
 * Runs one batch (with each record's deduplication signature when the run
 * deduplicates); an empty batch only builds the pipeline (the pool's start-up check).
 */
export default async function runTask(task: BatchTask): Promise<Array<BatchOutcome> | BatchResult> {
  const built = builtFor(task.spec)
  const pipeline = await built.pipeline
  for (const b of task.spare ?? []) shelf.put(b)
  running++
  try {
    if (task.reply === undefined) return await Effect.runPromise(runBatch(pipeline, task.items, task.spec.runOptions, built.sign, task.spec.fields))
    return moved(await Effect.runPromise(serveBatch(pipeline, task.items, task.spec.runOptions, built.sign, task.reply, task.spec.fields, shelf)))
  } finally {
    running--
  }
}

/** The result, marked for tinypool to transfer its bytes (the ArrayBuffer moves to the main thread, no copy). */
const moved = (result: BatchResult): BatchResult => {
  const wrapper = { [kTransferable]: [result.lines.buffer], [kValue]: result }
  markMovable(wrapper)
  return wrapper as unknown as BatchResult
}
