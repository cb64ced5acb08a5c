/**
 * The tagger: a model and a gazetteer for one language, and the function
 * that tags one sentence of units.
 *
 * @module
 */
import { maxMarginals, TAG_COUNT, ViterbiScratch, viterbi } from "./decode.js"
import { cachedEmissions, EmitScratch, hasQuanta, MAX_CACHED_SENTENCE } from "./emit.js"
import { FeatureBuffer, featurize, unitValues, type UnitValues } from "./features.js"
import type { Gazetteer, Lang } from "./gazetteer.js"
import { emissions, type NerModel } from "./model.js"
import type { Unit } from "./text.js"

export interface Tagger {
  readonly lang: Lang
  readonly model: NerModel
  readonly gazetteer: Gazetteer
}

/** Scratch memory for tagging, reused from sentence to sentence. */
export class TagScratch {
  readonly features = new FeatureBuffer()
  readonly cached = new EmitScratch()
  readonly viterbi = new ViterbiScratch()
  emit = new Float64Array(TAG_COUNT * 64)
  tags = new Int8Array(64)
  marginals = new Float64Array(TAG_COUNT * 64)
  backward = new Float64Array(TAG_COUNT * 64)

  ensure(n: number): void {
    if (this.emit.length < n * TAG_COUNT) this.emit = new Float64Array(n * TAG_COUNT * 2)
    if (this.tags.length < n) this.tags = new Int8Array(n * 2)
    if (this.marginals.length < n * TAG_COUNT) {
      this.marginals = new Float64Array(n * TAG_COUNT * 2)
      this.backward = new Float64Array(n * TAG_COUNT * 2)
    }
  }
}

const shared = new TagScratch()

/** What tagging one sentence gives. Views into scratch memory: read them before the next call. */
export interface Tagged {
  /** Tag index (see `TAGS`) of each unit. */
  readonly tags: Int8Array
  /** `marginals[i * TAG_COUNT + t]`: the score of the best tag sequence with tag `t` at unit `i`. */
  readonly marginals: Float64Array
  /** The gazetteer categories of each unit (see `CATEGORIES` in gazetteer.ts). */
  readonly gaz: Uint16Array
}

/** The options of {@link tagUnits}. */
export interface TagOptions {
  /** Score with every feature's weight looked up, not with the per-word cache (the same tags; for tests and benchmarks). */
  readonly reference?: boolean | undefined
}

/**
 * Tags the units of one sentence. A loaded model scores through the per-word
 * cache (`emit.ts`); a model in training, a sentence too long for the cache,
 * a sentence with a word whose cached sums would not fit in 16 bits, or
 * `reference: true` through `featurize` and `emissions`. Both give the same
 * scores.
 */
export const tagUnits = (tagger: Tagger, units: ReadonlyArray<Unit>, scratch: TagScratch = shared, options: TagOptions = {}): Tagged => {
  const n = units.length
  scratch.ensure(n)
  const model = tagger.model
  let values: UnitValues | null = null
  if (hasQuanta(model) && n <= MAX_CACHED_SENTENCE && options.reference !== true) {
    values = cachedEmissions(model, tagger.gazetteer, units, scratch.emit, scratch.cached)
  }
  if (values === null) {
    values = unitValues(units, tagger.gazetteer)
    featurize(units, values, tagger.lang, scratch.features)
    emissions(model, scratch.features.feats, scratch.features.offs, n, scratch.emit)
  }
  viterbi(scratch.emit, n, model.transitions, model.start, scratch.tags, scratch.viterbi)
  // computed on first read: sentences without an entity never need them
  let marginals: Float64Array | undefined
  return {
    tags: scratch.tags.subarray(0, n),
    get marginals() {
      if (marginals === undefined) {
        marginals = scratch.marginals.subarray(0, n * TAG_COUNT)
        maxMarginals(scratch.emit, n, model.transitions, model.start, marginals, scratch.viterbi.score, scratch.backward)
      }
      return marginals
    },
    gaz: values.gaz
  }
}
