/**
 * One batch of inputs through the pipeline: what a worker thread does with
 * each message, and what the main thread does itself when it runs alone.
 *
 * A batch is an ordered array of inputs ({@link RawInput}, or a {@link Reject}
 * from the reader, passed through). Nothing here fails: a stage that throws,
 * or a bug anywhere in the run of one input, becomes a `stage-failed` reject
 * for that input only.
 *
 * Two shapes of result:
 * - {@link runBatch}: one {@link Outcome} per item, in order (records as objects);
 * - {@link serveBatch}: what corpus runs use. The records come back already
 *   written as NDJSON, one `Uint8Array` of UTF-8 lines for the whole batch
 *   (`JSON.stringify(record) + "\n"` each), with one small {@link BatchSlot}
 *   per item (id, where its line ends, its deduplication signature) and the
 *   batch's {@link RecordTally}. A worker thread hands the bytes over without
 *   copying them (a transferred `ArrayBuffer`), so the main thread neither
 *   rebuilds record objects nor serializes them: it only writes bytes. Records
 *   also come as objects only when asked ({@link BatchReply.objects}).
 *
 * @module
 */
import { Effect } from "effect"
import { makeSigner, type DedupeOptions, type DedupeSignature } from "../dedupe/index.js"
import { StageFailed, isKhabarError, toReject } from "../errors.js"
import type { RawInput } from "../model/document.js"
import type { Pipeline } from "../pipeline/compose.js"
import { defaultPipeline, type PipelineOptions } from "../pipeline/presets.js"
import { runOutcome, runOutcomes, type Outcome, type RunOptions } from "../pipeline/run.js"
import { describe } from "../pipeline/stage.js"
import type { KhabarRecord, Reject, Source } from "../schema/record.js"
import type { FieldMapping } from "./fields.js"
import { isPendingJson, settleJson, type ReadItem } from "./inputs.js"
import { newTally, tallyRecord, type RecordTally } from "./tally.js"

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
  /** How JSON values sent unparsed ({@link PendingJson}) map to inputs (default: the default mapping). */
  readonly fields?: FieldMapping | undefined
}

/** An outcome as a batch returns it: a record may come with its deduplication signature. */
export type BatchOutcome = Outcome & { readonly signature?: DedupeSignature | undefined }

/** What a batch sends back besides the NDJSON lines of its records. */
export interface BatchReply {
  /** Records as objects too (for `onOutcome` callbacks and table outputs); without it, only as NDJSON lines. */
  readonly objects: boolean
  /**
   * Each record's own tally and source (a run that drops duplicates leaves a
   * record out after the batch ran); without it, one tally for the batch.
   */
  readonly each: boolean
}

/** One message to a worker. */
export interface BatchTask {
  readonly spec: PipelineSpec
  /** Inputs, rejects passed through, and JSON values to parse first (`PendingJson`). */
  readonly items: ReadonlyArray<ReadItem>
  /** Reply with a {@link BatchResult} ({@link serveBatch}); without it, with outcomes ({@link runBatch}). */
  readonly reply?: BatchReply | undefined
  /** Buffers written out, given back for the lines of the next batches (transferred). */
  readonly spare?: ReadonlyArray<ArrayBuffer> | undefined
}

/** One item of a {@link BatchResult}, in the batch's order. */
export type BatchSlot =
  | {
      readonly _tag: "Record"
      readonly id: string
      /** Where the record's line ends in {@link BatchResult.lines} (byte offset after its `\n`). */
      readonly end: number
      /** `source.bytes` of the record. */
      readonly bytes: number
      readonly duplicateOf: string | null
      readonly similarity: number | null
      /** The deduplication signature, when the run deduplicates. */
      readonly signature?: DedupeSignature | undefined
      /** The record itself, with {@link BatchReply.objects}. */
      readonly record?: KhabarRecord | undefined
      /** The record's tally and source, with {@link BatchReply.each}. */
      readonly tally?: RecordTally | undefined
      readonly source?: Source | undefined
    }
  | { readonly _tag: "Reject"; readonly reject: Reject }

/** A batch's records as NDJSON bytes, one slot per item, and the tally. */
export interface BatchResult {
  /** UTF-8 NDJSON: `JSON.stringify(record) + "\n"` for each record, in order. */
  readonly lines: Uint8Array
  readonly slots: ReadonlyArray<BatchSlot>
  /** The tally of the batch's records; null with {@link BatchReply.each} (each slot holds its own). */
  readonly tally: RecordTally | null
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

/** Runs one input (a JSON value is parsed first, with `fields`); never fails, whatever the pipeline does. */
export const runItem = (pipeline: Pipeline, read: ReadItem, options: RunOptions, fields: FieldMapping = {}): Effect.Effect<Outcome> => {
  const item = isPendingJson(read) ? settleJson(read, fields) : read
  return "reason" in item
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
}

/**
 * Runs the items of a batch stage by stage ({@link runOutcomes}: each stage's
 * tables stay in the processor's caches across the batch's documents), with
 * the outcomes {@link runItem} would give each, in order. A JSON value is
 * parsed first, with `fields`; an item that is already a reject passes through.
 */
export const runItems = (pipeline: Pipeline, items: ReadonlyArray<ReadItem>, options: RunOptions, fields: FieldMapping = {}): Effect.Effect<Array<Outcome>> =>
  Effect.gen(function* () {
    const settled = items.map((read) => (isPendingJson(read) ? settleJson(read, fields) : read))
    const raws: Array<RawInput> = []
    for (const item of settled) if (!("reason" in item)) raws.push(item)
    const ran = yield* runOutcomes(pipeline, raws, options)
    let k = 0
    return settled.map((item): Outcome => ("reason" in item ? { _tag: "Reject", reject: item } : ran[k++]!))
  })

/**
 * Runs a batch: one outcome per item, in order. With `sign`, each record
 * carries its deduplication signature.
 */
export const runBatch = (
  pipeline: Pipeline,
  items: ReadonlyArray<ReadItem>,
  options: RunOptions,
  sign?: ((record: KhabarRecord) => DedupeSignature) | null,
  fields?: FieldMapping
): Effect.Effect<Array<BatchOutcome>> =>
  Effect.map(runItems(pipeline, items, options, fields), (outcomes) =>
    sign === undefined || sign === null
      ? outcomes
      : outcomes.map((o): BatchOutcome => (o._tag === "Record" ? { ...o, signature: sign(o.record) } : o))
  )

/** The signer of a spec (null when the run does not deduplicate). */
export const signerOf = (spec: PipelineSpec): ((record: KhabarRecord) => DedupeSignature) | null =>
  spec.dedupe === null ? null : makeSigner(spec.dedupe)

/**
 * Runs a batch into a {@link BatchResult}: the records as NDJSON bytes, in
 * order, and one slot per item. The bytes are a buffer of their own (never a
 * slice of a shared pool), so a worker can transfer them.
 */
export const serveBatch = (
  pipeline: Pipeline,
  items: ReadonlyArray<ReadItem>,
  options: RunOptions,
  sign: ((record: KhabarRecord) => DedupeSignature) | null,
  reply: BatchReply,
  fields?: FieldMapping,
  shelf?: BufferShelf
): Effect.Effect<BatchResult> =>
  Effect.map(runItems(pipeline, items, options, fields), (outcomes) => linesOf(outcomes, sign, reply, shelf))

/** The smallest buffer made for a batch's lines (so that it can be used again for most batches). */
const MIN_LINES_BYTES = 1 << 20

/**
 * The largest buffer kept for use again: the lines of a batch holding a huge
 * article are written from a buffer of their own, left to the collector, so
 * that one such batch does not leave every shelf holding buffers its size.
 */
const MAX_SHELVED_BYTES = 4 << 20

/**
 * Buffers used again for the NDJSON lines of batches. Without it each batch
 * would leave a buffer of megabytes behind once written, and such buffers
 * are only freed when the collector next runs, which a main thread that
 * allocates little seldom needs: tens of MB would wait there. The main
 * thread hands each buffer back once its lines are written, and the next
 * batch sent to a worker takes it along (transferred, not copied).
 */
export class BufferShelf {
  private readonly free: Array<ArrayBuffer> = []
  constructor(private readonly max = 4) {}
  /** Buffers on the shelf. */
  get size(): number {
    return this.free.length
  }
  /** Puts a buffer back (dropped when the shelf is full, when it is over 4 MiB, or empty: detached). */
  put(buffer: ArrayBuffer): void {
    if (buffer.byteLength > 0 && buffer.byteLength <= MAX_SHELVED_BYTES && this.free.length < this.max) this.free.push(buffer)
  }
  /** Takes a buffer off the shelf, if any. */
  pop(): ArrayBuffer | undefined {
    return this.free.pop()
  }
  /** A buffer of at least `size` bytes: the smallest on the shelf that fits, else a new one. */
  take(size: number): Uint8Array {
    let best = -1
    for (let i = 0; i < this.free.length; i++) {
      const n = this.free[i]!.byteLength
      if (n >= size && (best < 0 || n < this.free[best]!.byteLength)) best = i
    }
    if (best >= 0) return new Uint8Array(this.free.splice(best, 1)[0]!)
    // none fits: the smallest one is dropped, so that a run of large batches does not keep small buffers too
    if (this.free.length > 0) {
      let small = 0
      for (let i = 1; i < this.free.length; i++) if (this.free[i]!.byteLength < this.free[small]!.byteLength) small = i
      this.free.splice(small, 1)
    }
    return new Uint8Array(Math.max(MIN_LINES_BYTES, Math.ceil(size * 1.25)))
  }
}

/** The {@link BatchResult} of outcomes (exported for tests). */
export const linesOf = (
  outcomes: ReadonlyArray<Outcome>,
  sign: ((record: KhabarRecord) => DedupeSignature) | null,
  reply: BatchReply,
  shelf?: BufferShelf
): BatchResult => {
  const texts: Array<string> = []
  let size = 0
  for (const o of outcomes) {
    if (o._tag !== "Record") continue
    const text = JSON.stringify(o.record)
    texts.push(text)
    size += Buffer.byteLength(text) + 1
  }
  const buffer = shelf === undefined ? new Uint8Array(size) : shelf.take(size)
  const lines = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength)
  const slots: Array<BatchSlot> = []
  const tally = reply.each ? null : newTally()
  let at = 0
  let k = 0
  for (const o of outcomes) {
    if (o._tag !== "Record") {
      slots.push(o)
      continue
    }
    const r = o.record
    at += lines.write(texts[k++]!, at)
    lines[at++] = 0x0a
    let own: RecordTally | undefined
    if (tally !== null) tallyRecord(tally, r)
    else tallyRecord((own = newTally()), r)
    slots.push({
      _tag: "Record",
      id: r.id,
      end: at,
      bytes: r.source.bytes,
      duplicateOf: r.duplicateOf,
      similarity: r.similarity,
      ...(sign === null ? {} : { signature: sign(r) }),
      ...(reply.objects ? { record: r } : {}),
      ...(own === undefined ? {} : { tally: own, source: r.source })
    })
  }
  return { lines: new Uint8Array(lines.buffer, lines.byteOffset, at), slots, tally }
}
