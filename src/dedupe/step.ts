/**
 * Deduplication as a step of a corpus run: `--dedupe mark` or `--dedupe drop`.
 *
 * The step sits after the pipeline, where outcomes come out in input order
 * (whatever the number of workers), and keeps one {@link Deduper} for the run:
 *
 * - `mark`: every record comes out, with `duplicateOf` (the id of the
 *   original) and `similarity` set on duplicates, both `null` on the others;
 * - `drop`: duplicates come out as a {@link DroppedDuplicate} instead of a
 *   record, so the runner leaves them out of the outputs and counts them:
 *   records + rejects + duplicates dropped = inputs.
 *
 * Rejects pass through unchanged.
 *
 * @module
 */
import { Stream } from "effect"
import type { Outcome } from "../pipeline/run.js"
import type { KhabarRecord, Source } from "../schema/record.js"
import { makeDeduper, type Deduper, type DuplicateMatch } from "./deduper.js"
import { resolveDedupeOptions, type DedupeOptions } from "./options.js"
import type { DedupeSignature } from "./signature.js"

export type DedupeMode = "mark" | "drop"

export interface DedupeStepOptions extends DedupeOptions {
  /** Default `mark`. */
  readonly mode?: DedupeMode | undefined
}

/** A record left out of the outputs because it duplicates an earlier one (`mode: "drop"`). */
export interface DroppedDuplicate {
  readonly _tag: "Duplicate"
  /** Id of the dropped record. */
  readonly id: string
  readonly duplicateOf: string
  readonly similarity: number
  readonly kind: DuplicateMatch["kind"]
  /** Where the dropped record came from (its bytes count as done in progress figures). */
  readonly source: Source
}

/** What a run's outcome becomes after the step: a record, a reject, or a dropped duplicate. */
export type DedupedOutcome = Outcome | DroppedDuplicate

export interface DedupeStep {
  readonly mode: DedupeMode
  readonly deduper: Deduper
  /**
   * Checks one record, in input order: the record (marked in `mark` mode,
   * unchanged apart from null marks otherwise), or the drop. Give the
   * `signature` when it was computed elsewhere (a worker, `makeSigner` with the
   * same options).
   */
  readonly record: (record: KhabarRecord, signature?: DedupeSignature) => KhabarRecord | DroppedDuplicate
  /** The same on an outcome; rejects pass through. */
  readonly outcome: (outcome: Outcome) => DedupedOutcome
}

const checkMode = (mode: unknown): DedupeMode => {
  if (mode !== "mark" && mode !== "drop") throw new RangeError(`dedupe: mode must be "mark" or "drop", got ${String(mode)}`)
  return mode
}

/** A deduplication step with its own index (one per run). */
export const makeDedupeStep = (options: DedupeStepOptions = {}): DedupeStep => {
  const mode = checkMode(options.mode ?? "mark")
  const deduper = makeDeduper(options)
  const record = (r: KhabarRecord, signature?: DedupeSignature): KhabarRecord | DroppedDuplicate => {
    const m = signature === undefined ? deduper.check(r) : deduper.checkSignature(r.id, signature)
    if (m === null) return r.duplicateOf === null && r.similarity === null ? r : { ...r, duplicateOf: null, similarity: null }
    if (mode === "drop") {
      return { _tag: "Duplicate", id: r.id, duplicateOf: m.duplicateOf, similarity: m.similarity, kind: m.kind, source: r.source }
    }
    return { ...r, duplicateOf: m.duplicateOf, similarity: m.similarity }
  }
  const outcome = (o: Outcome): DedupedOutcome => {
    if (o._tag === "Reject") return o
    const r = record(o.record)
    return "_tag" in r ? r : r === o.record ? o : { _tag: "Record", record: r }
  }
  return { mode, deduper, record, outcome }
}

/**
 * Deduplicates a stream of outcomes (in the order they come, which must be
 * input order). Each run of the resulting stream starts with an empty index.
 *
 * ```ts
 * runStream(pipeline, inputs).pipe(dedupeOutcomes({ mode: "drop" }))
 * ```
 */
export const dedupeOutcomes = (
  options: DedupeStepOptions = {}
): (<E, R>(self: Stream.Stream<Outcome, E, R>) => Stream.Stream<DedupedOutcome, E, R>) => {
  // check the options now, not when the stream first runs
  checkMode(options.mode ?? "mark")
  resolveDedupeOptions(options)
  return (self) =>
    Stream.suspend(() => {
      const step = makeDedupeStep(options)
      return self.pipe(Stream.map(step.outcome))
    })
}
