/**
 * One batch of inputs through the pipeline: what a worker thread does with
 * each message, and what the main thread does itself when it runs alone.
 *
 * A batch is an ordered array of inputs ({@link RawInput}, or a {@link Reject}
 * from the reader, passed through); the result is one {@link Outcome} per
 * item, in the same order. Nothing here fails: a stage that throws, or a bug
 * anywhere in the run of one input, becomes a `stage-failed` reject for that
 * input only.
 *
 * @module
 */
import { Effect } from "effect"
import { makeSigner, type DedupeOptions, type DedupeSignature } from "../dedupe/index.js"
import { StageFailed, isKhabarError, toReject } from "../errors.js"
import type { RawInput } from "../model/document.js"
import type { Pipeline } from "../pipeline/compose.js"
import { defaultPipeline, type PipelineOptions } from "../pipeline/presets.js"
import { runOutcome, type Outcome, type RunOptions } from "../pipeline/run.js"
import { describe } from "../pipeline/stage.js"
import type { KhabarRecord, Reject } from "../schema/record.js"

/** What a worker needs to build its pipeline: plain data, copied to each thread. */
export interface PipelineSpec {
  /** Options of `defaultPipeline` (plain data). */
  readonly pipelineOptions: PipelineOptions
  /** `RunOptions` of the run (`maxBytes`). */
  readonly runOptions: { readonly maxBytes?: number | undefined }
  /**
   * A module (file URL or specifier) whose `pipeline` export (a `Pipeline`, or
   * a function of the pipeline options returning one) or default export is the
   * pipeline; null for the default pipeline.
   */
  readonly pipelineModule: string | null
  /**
   * Deduplication options when the run deduplicates: the worker then adds each
   * record's signature (`makeSigner`), and the main thread only looks it up.
   */
  readonly dedupe: DedupeOptions | null
}

/** An outcome as a batch returns it: a record may come with its deduplication signature. */
export type BatchOutcome = Outcome & { readonly signature?: DedupeSignature | undefined }

/** One message to a worker. */
export interface BatchTask {
  readonly spec: PipelineSpec
  readonly items: ReadonlyArray<RawInput | Reject>
}

const isPipeline = (u: unknown): u is Pipeline =>
  u !== null && typeof u === "object" && typeof (u as Pipeline).parse === "function" && Array.isArray((u as Pipeline).stages)

/** Builds the pipeline a spec names (imports its module when it has one). */
export const loadPipeline = async (spec: PipelineSpec): Promise<Pipeline> => {
  if (spec.pipelineModule === null) return defaultPipeline(spec.pipelineOptions)
  const mod = (await import(spec.pipelineModule)) as Record<string, unknown>
  const found = mod["pipeline"] ?? mod["default"]
  const pipeline = typeof found === "function" ? (found as (o: PipelineOptions) => unknown)(spec.pipelineOptions) : found
  if (!isPipeline(pipeline)) {
    throw new TypeError(
      `the pipeline module ${spec.pipelineModule} has no "pipeline" or default export holding a Pipeline (or a function returning one)`
    )
  }
  return pipeline
}

const bytesOf = (raw: RawInput): number | null =>
  raw.bytes?.length ?? (raw.text === undefined ? null : Buffer.byteLength(raw.text))

/** The reject for an input whose run failed in a way the pipeline did not catch. */
export const failedReject = (raw: RawInput, stage: string, detail: string): Reject =>
  toReject(new StageFailed({ input: raw.id, stage, detail, place: null }), {
    path: raw.path ?? null,
    index: raw.index ?? null,
    bytes: bytesOf(raw)
  })

/** Runs one input; never fails, whatever the pipeline does. */
export const runItem = (pipeline: Pipeline, item: RawInput | Reject, options: RunOptions): Effect.Effect<Outcome> =>
  "reason" in item
    ? Effect.succeed<Outcome>({ _tag: "Reject", reject: item })
    : runOutcome(pipeline, item, options).pipe(
        Effect.catchDefect((defect) =>
          Effect.succeed<Outcome>({
            _tag: "Reject",
            reject: isKhabarError(defect)
              ? toReject(defect, { path: item.path ?? null, index: item.index ?? null, bytes: bytesOf(item) })
              : failedReject(item, "run", describe(defect))
          })
        )
      )

/**
 * Runs a batch: one outcome per item, in order. With `sign`, each record
 * carries its deduplication signature.
 */
export const runBatch = (
  pipeline: Pipeline,
  items: ReadonlyArray<RawInput | Reject>,
  options: RunOptions,
  sign?: ((record: KhabarRecord) => DedupeSignature) | null
): Effect.Effect<Array<BatchOutcome>> =>
  Effect.forEach(items, (item) =>
    sign === undefined || sign === null
      ? runItem(pipeline, item, options)
      : Effect.map(runItem(pipeline, item, options), (o): BatchOutcome => (o._tag === "Record" ? { ...o, signature: sign(o.record) } : o))
  )

/** The signer of a spec (null when the run does not deduplicate). */
export const signerOf = (spec: PipelineSpec): ((record: KhabarRecord) => DedupeSignature) | null =>
  spec.dedupe === null ? null : makeSigner(spec.dedupe)
