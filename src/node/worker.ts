/**
 * The worker-thread entry (built to `dist/worker.js`): a tinypool task that
 * runs one batch of inputs through the pipeline and returns the outcomes.
 *
 * The pipeline is built on the first batch and kept for the next ones (per
 * spec: a pool runs one spec). Records and rejects go back to the main thread
 * as structured clones, in the batch's order.
 *
 * @module
 */
import { Effect } from "effect"
import type { Pipeline } from "../pipeline/compose.js"
import { loadPipeline, runBatch, signerOf, type BatchOutcome, type BatchTask, type PipelineSpec } from "./batch.js"

interface Built {
  readonly key: string
  readonly pipeline: Promise<Pipeline>
  readonly sign: ReturnType<typeof signerOf>
}

let cached: Built | null = null

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
export default async function runTask(task: BatchTask): Promise<Array<BatchOutcome>> {
  const built = builtFor(task.spec)
  const pipeline = await built.pipeline
  running++
  try {
    return await Effect.runPromise(runBatch(pipeline, task.items, task.spec.runOptions, built.sign))
  } finally {
    running--
  }
}
