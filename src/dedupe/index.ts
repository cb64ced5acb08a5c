/**
 * Exact and near-duplicate detection for corpus runs.
 *
 * - {@link makeDeduper}: a streaming index; `check(record)` in input order
 *   gives `{ duplicateOf, similarity, kind }` or `null` (the first record seen
 *   with a body is its original).
 * - {@link markDuplicates}: the same over an in-memory list.
 * - {@link makeDedupeStep} / {@link dedupeOutcomes}: `mark` or `drop` on a
 *   run's outcomes, with dropped duplicates counted.
 * - {@link makeSigner}: the per-record signature alone (to compute in workers).
 *
 * Browser-safe: no `node:*` import. Method, defaults and measurements:
 * `docs/dedupe.md`.
 *
 * @module
 */
export {
  makeDeduper,
  markDuplicates,
  type DedupeStats,
  type Deduper,
  type DuplicateMarks,
  type DuplicateMatch
} from "./deduper.js"
export {
  DEFAULT_MIN_WORDS,
  DEFAULT_PERMUTATIONS,
  DEFAULT_SHINGLE,
  DEFAULT_THRESHOLD,
  bandsFor,
  candidateProbability,
  resolveDedupeOptions,
  type DedupeOptions,
  type ResolvedDedupeOptions
} from "./options.js"
export { bodyText, makeSigner, signatureScheme, type DedupeInput, type DedupeSignature } from "./signature.js"
export {
  dedupeOutcomes,
  makeDedupeStep,
  type DedupeMode,
  type DedupeStep,
  type DedupeStepOptions,
  type DedupedOutcome,
  type DroppedDuplicate
} from "./step.js"
