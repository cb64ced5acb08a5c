/**
 * The tagger's model file: a JSON header validated with an Effect Schema, and
 * the weights as base64 bytes with an integrity check.
 *
 * Weights are kept per hash bucket of the feature space (`2^bucketBits`
 * buckets); only buckets with a weight survive pruning. Bytes:
 *
 * - `buckets`: the kept bucket numbers in increasing order, as unsigned
 *   LEB128 varints of the gaps;
 * - `weights`: per kept bucket, a varint bit mask of the tags that have a
 *   weight, then one zigzag varint `q` per set bit (`weight = q × scale`):
 *   small weights take one byte, none is clipped.
 *
 * `checksum` is the FNV-1a 64 of the two base64 strings; a file whose
 * weights were cut, edited or mangled fails to load with a typed
 * {@link NerModelError}, never with wrong tags.
 *
 * @module
 */
import { Schema } from "effect"
import { issuesText } from "../../internal/strict-decode.js"
import { fnv1a64 } from "../../internal/hash.js"
import { ByteReader, ByteWriter, fromBase64, toBase64 } from "./codec.js"
import { TAG_COUNT, TAGS } from "./decode.js"
import { FEATURE_VERSION } from "./features.js"

const Int = Schema.Int
const Natural = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))
const Score = Schema.Struct({ precision: Schema.Finite, recall: Schema.Finite, f1: Schema.Finite })

/** What a model file says about how it was made. */
export const TrainingInfo = Schema.Struct({
  data: Schema.Array(Schema.String).annotate({ description: "Training files (relative to ../shared/data/ner), with the part used" }),
  sentences: Natural,
  tokens: Natural,
  epochs: Natural,
  seed: Int,
  outsideBias: Schema.Finite.annotate({ description: "Taken from the O tag's prior after training (trades precision for recall): chosen on the dev split (English) or by cross-validation on the training part (Arabic)" }),
  dev: Schema.Record(Schema.String, Score).annotate({
    description:
      "Entity-level scores on the dev split, by type and overall: of these weights, or, when `devIncluded`, of the same procedure trained without the dev split (an honest estimate)"
  }),
  devIncluded: Schema.optionalKey(Schema.Boolean).annotate({
    description:
      "The weights were trained on the dev split too, after every setting was chosen without it; `dev` holds the scores of the same procedure trained without it"
  })
})
export type TrainingInfo = typeof TrainingInfo.Type

/** The JSON form of a model file. */
export const ModelFile = Schema.Struct({
  format: Schema.Literal("khabar-ner"),
  version: Schema.Literal(1),
  lang: Schema.Literals(["ar", "en"]),
  features: Schema.String.annotate({ description: "Version of the feature templates the weights belong to" }),
  tags: Schema.Array(Schema.String),
  bucketBits: Int.pipe(Schema.check(Schema.isBetween({ minimum: 12, maximum: 24 }))),
  rows: Natural,
  scale: Schema.Finite.pipe(Schema.check(Schema.isGreaterThan(0))),
  start: Schema.Array(Schema.Finite),
  transitions: Schema.Array(Schema.Finite),
  buckets: Schema.String,
  weights: Schema.String,
  checksum: Schema.String.pipe(Schema.check(Schema.isPattern(/^[0-9a-f]{16}$/))),
  training: TrainingInfo,
  license: Schema.NonEmptyString,
  attribution: Schema.NonEmptyString
})
export type ModelFile = typeof ModelFile.Type

/** Why a model file did not load. */
export const ModelErrorReason = Schema.Literals(["invalid", "features", "tags", "language", "checksum", "corrupt"])
export type ModelErrorReason = typeof ModelErrorReason.Type

/** A model file that does not load: invalid JSON shape, another feature version, or damaged weights. */
export class NerModelError extends Schema.TaggedError<NerModelError>()("NerModelError", {
  lang: Schema.String,
  reason: ModelErrorReason,
  detail: Schema.String
}) {
  override get message(): string {
    return `entity model (${this.lang}) does not load [${this.reason}]: ${this.detail}`
  }
}

/** A loaded model, ready to score features. */
export interface NerModel {
  readonly lang: "ar" | "en"
  readonly bucketBits: number
  /** `hash & mask` is a feature's bucket. */
  readonly mask: number
  /**
   * Row of each bucket, or -1 (no weight). A loaded model makes it on first
   * read only (4 bytes per bucket): scoring reads {@link BucketIndex} instead.
   */
  readonly rowOf: Int32Array
  /** The kept buckets as a rank index ({@link bucketIndex}); a loaded model has it, others get one on first use. */
  readonly index?: BucketIndex | undefined
  /** `rows × TAG_COUNT` weights. */
  readonly weights: Float32Array
  /**
   * A loaded model's weights as integers: `weights[k]` is `quanta[k] × scale`.
   * Scores summed from them are exact, so the order of the sum never changes
   * a score (the tagger's cached path relies on it). Absent in models being
   * trained (dense float weights).
   */
  readonly quanta?: Int16Array | Int32Array | undefined
  /** The quantization step of `quanta`. */
  readonly scale?: number | undefined
  readonly start: Float64Array
  readonly transitions: Float64Array
  readonly rows: number
  readonly training: TrainingInfo
  readonly license: string
  readonly attribution: string
}

const checksumOf = (buckets: string, weights: string): string => fnv1a64(`${buckets}\n${weights}`)

/**
 * Validates and decodes a model file (the parsed JSON).
 * Throws {@link NerModelError}; never returns a half-read model.
 */
export const loadModel = (json: unknown, expectedLang: "ar" | "en"): NerModel => {
  const fail = (reason: ModelErrorReason, detail: string): never => {
    throw new NerModelError({ lang: expectedLang, reason, detail })
  }
  const r = Schema.decodeUnknownResult(ModelFile, { errors: "all" })(json)
  if (r._tag === "Failure") {
    return fail("invalid", issuesText(r.failure.issue))
  }
  const m = r.success
  if (m.lang !== expectedLang) fail("language", `the file is a ${m.lang} model`)
  if (m.features !== FEATURE_VERSION) {
    fail("features", `trained with features ${m.features}, this code computes ${FEATURE_VERSION}: retrain with npm run train:ner -- --lang ${m.lang}`)
  }
  if (m.tags.length !== TAG_COUNT || m.tags.some((t, i) => t !== TAGS[i])) fail("tags", `tags ${m.tags.join(",")}, expected ${TAGS.join(",")}`)
  if (m.start.length !== TAG_COUNT || m.transitions.length !== TAG_COUNT * TAG_COUNT) {
    fail("invalid", `start must hold ${TAG_COUNT} and transitions ${TAG_COUNT * TAG_COUNT} numbers`)
  }
  if (checksumOf(m.buckets, m.weights) !== m.checksum) fail("checksum", "the weights do not match the checksum (the file was cut or edited)")
  const bucketBytes = fromBase64(m.buckets)
  const weightBytes = fromBase64(m.weights)
  if (bucketBytes === null || weightBytes === null) return fail("corrupt", "the weights are not valid base64")
  const size = 2 ** m.bucketBits
  const index = new Int32Array(Math.max(1, size >>> 5) * 2)
  const quanta = new Int32Array(m.rows * TAG_COUNT)
  try {
    const br = new ByteReader(bucketBytes)
    const wr = new ByteReader(weightBytes)
    let bucket = -1
    for (let row = 0; row < m.rows; row++) {
      const gap = br.varint()
      bucket += row === 0 ? gap + 1 : gap
      if (bucket >= size || (row > 0 && gap === 0)) fail("corrupt", `bucket ${bucket} out of order or out of range`)
      const at = (bucket >>> 5) << 1
      index[at] = index[at]! | (1 << (bucket & 31))
      const bits = wr.varint()
      if (bits === 0 || bits >= 1 << TAG_COUNT) fail("corrupt", `row ${row} has tag mask ${bits}`)
      for (let t = 0; t < TAG_COUNT; t++) {
        if ((bits & (1 << t)) === 0) continue
        const z = wr.varint()
        if (z > 2 ** 31) fail("corrupt", `row ${row} has a weight out of range`)
        const q = z % 2 === 1 ? -(z + 1) / 2 : z / 2
        quanta[row * TAG_COUNT + t] = q
      }
    }
    if (!br.done || !wr.done) fail("corrupt", "bytes left after the last row")
  } catch (e) {
    if (e instanceof NerModelError) throw e
    fail("corrupt", e instanceof Error ? e.message : String(e))
  }
  countRanks(index)
  // weights fit in 16 bits in practice (|q| < 2^15): half the bytes, so more of the table stays in the CPU's caches
  const ints: Int16Array | Int32Array = quanta.every((q) => q >= -32768 && q <= 32767) ? Int16Array.from(quanta) : quanta
  let dense: Float32Array | undefined
  let rows: Int32Array | undefined
  return {
    lang: m.lang,
    bucketBits: m.bucketBits,
    mask: size - 1,
    // the row table and the float weights are made on first read only: the tagger reads the index and sums the integers
    get rowOf() {
      return (rows ??= rowTable(index, size))
    },
    index,
    get weights() {
      return (dense ??= Float32Array.from(ints, (q) => q * m.scale))
    },
    quanta: ints,
    scale: m.scale,
    start: Float64Array.from(m.start),
    transitions: Float64Array.from(m.transitions),
    rows: m.rows,
    training: m.training,
    license: m.license,
    attribution: m.attribution
  }
}

/** What {@link encodeModel} needs: dense weights over every bucket. */
export interface DenseWeights {
  readonly bucketBits: number
  /** `2^bucketBits × TAG_COUNT` weights. */
  readonly weights: Float32Array | Float64Array
  readonly start: ArrayLike<number>
  readonly transitions: ArrayLike<number>
}

/** Options of {@link encodeModel}. */
export interface EncodeOptions {
  readonly lang: "ar" | "en"
  /** Size of one quantization step: a weight is stored as `round(w / scale)`, and dropped when that is 0. */
  readonly scale: number
  readonly training: TrainingInfo
  readonly license: string
  readonly attribution: string
}

/** Quantizes, prunes and encodes dense weights into a model file (deterministic). */
export const encodeModel = (w: DenseWeights, options: EncodeOptions): ModelFile => {
  const size = 2 ** w.bucketBits
  const buckets = new ByteWriter()
  const weights = new ByteWriter()
  let rows = 0
  let last = -1
  const q = new Int32Array(TAG_COUNT)
  const limit = 2 ** 30
  for (let b = 0; b < size; b++) {
    let bits = 0
    for (let t = 0; t < TAG_COUNT; t++) {
      const v = Math.max(-limit, Math.min(limit, Math.round(w.weights[b * TAG_COUNT + t]! / options.scale)))
      q[t] = v
      if (v !== 0) bits |= 1 << t
    }
    if (bits === 0) continue
    buckets.varint(rows === 0 ? b : b - last)
    last = b
    weights.varint(bits)
    // zigzag: 0, -1, 1, -2, … → 0, 1, 2, 3, …
    for (let t = 0; t < TAG_COUNT; t++) if (q[t] !== 0) weights.varint(q[t]! < 0 ? -2 * q[t]! - 1 : 2 * q[t]!)
    rows++
  }
  const b64b = toBase64(buckets.result())
  const b64w = toBase64(weights.result())
  const round = (x: number) => Math.round(x * 1e6) / 1e6
  return {
    format: "khabar-ner",
    version: 1,
    lang: options.lang,
    features: FEATURE_VERSION,
    tags: [...TAGS],
    bucketBits: w.bucketBits,
    rows,
    scale: options.scale,
    start: Array.from(w.start, round),
    transitions: Array.from(w.transitions, round),
    buckets: b64b,
    weights: b64w,
    checksum: checksumOf(b64b, b64w),
    training: options.training,
    license: options.license,
    attribution: options.attribution
  }
}

/**
 * The kept buckets of a model as a rank index: per 32 buckets, two integers,
 * a bit mask of the kept ones and the number of kept buckets before them.
 * Rows are numbered in bucket order, so a kept bucket's row is that count
 * plus the kept buckets below it in its word ({@link rowAt}). For 2^20
 * buckets it takes 256 KB, against 4 MB for a table of rows, and stays in
 * the CPU's cache: a feature look-up costs one cache miss (its weights), not
 * two.
 */
export type BucketIndex = Int32Array

/** Fills the counts of an index whose bit masks are set. */
const countRanks = (index: BucketIndex): void => {
  let rows = 0
  for (let w = 0; w < index.length; w += 2) {
    index[w + 1] = rows
    rows += popcount(index[w]!)
  }
}

const popcount = (v: number): number => {
  let x = v - ((v >>> 1) & 0x55555555)
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  x = (x + (x >>> 4)) & 0x0f0f0f0f
  return Math.imul(x, 0x01010101) >>> 24
}

/** The row of bucket `b`, or -1 when it has no weight. */
export const rowAt = (index: BucketIndex, b: number): number => {
  const w = (b >>> 5) << 1
  const word = index[w]!
  const bit = 1 << (b & 31)
  return (word & bit) === 0 ? -1 : index[w + 1]! + popcount(word & (bit - 1))
}

/** The table of rows an index stands for (`-1` for a bucket with no weight). */
const rowTable = (index: BucketIndex, size: number): Int32Array => {
  const rows = new Int32Array(size)
  for (let b = 0; b < size; b++) rows[b] = rowAt(index, b)
  return rows
}

const indexes = new WeakMap<Int32Array, BucketIndex>()

/**
 * The index of a model: its own, or one made from its row table (kept per
 * table). A row table whose rows are not numbered in bucket order has no
 * index, and is refused.
 */
export const bucketIndex = (model: NerModel): BucketIndex => {
  if (model.index !== undefined) return model.index
  const rowOf = model.rowOf
  let index = indexes.get(rowOf)
  if (index === undefined) {
    index = new Int32Array(Math.max(1, rowOf.length >>> 5) * 2)
    let row = 0
    for (let b = 0; b < rowOf.length; b++) {
      const r = rowOf[b]!
      if (r < 0) continue
      if (r !== row) throw new Error(`bucketIndex: bucket ${b} has row ${r}, expected ${row} (rows must follow bucket order)`)
      const at = (b >>> 5) << 1
      index[at] = index[at]! | (1 << (b & 31))
      row++
    }
    countRanks(index)
    indexes.set(rowOf, index)
  }
  return index
}

/**
 * Writes `(base[t] + the sum of tag t's weights over feats[from, to)) × scale`
 * to `emit[o + t]` for every tag (`base` null: 0): the one loop that sums
 * weights, with independent accumulators so that the weight loads overlap.
 */
export const scoreFeatures = (
  index: BucketIndex,
  mask: number,
  weights: ArrayLike<number>,
  feats: Int32Array,
  from: number,
  to: number,
  base: ArrayLike<number> | null,
  scale: number,
  emit: Float64Array,
  o: number
): void => {
  let e0 = base === null ? 0 : base[0]!
  let e1 = base === null ? 0 : base[1]!
  let e2 = base === null ? 0 : base[2]!
  let e3 = base === null ? 0 : base[3]!
  let e4 = base === null ? 0 : base[4]!
  let e5 = base === null ? 0 : base[5]!
  let e6 = base === null ? 0 : base[6]!
  let e7 = base === null ? 0 : base[7]!
  let e8 = base === null ? 0 : base[8]!
  for (let k = from; k < to; k++) {
    // rowAt, written out: this is the tagger's innermost loop
    const b = feats[k]! & mask
    const w = (b >>> 5) << 1
    const word = index[w]!
    const bit = 1 << (b & 31)
    if ((word & bit) === 0) continue
    const r = (index[w + 1]! + popcount(word & (bit - 1))) * TAG_COUNT
    e0 += weights[r]!
    e1 += weights[r + 1]!
    e2 += weights[r + 2]!
    e3 += weights[r + 3]!
    e4 += weights[r + 4]!
    e5 += weights[r + 5]!
    e6 += weights[r + 6]!
    e7 += weights[r + 7]!
    e8 += weights[r + 8]!
  }
  emit[o] = e0 * scale
  emit[o + 1] = e1 * scale
  emit[o + 2] = e2 * scale
  emit[o + 3] = e3 * scale
  emit[o + 4] = e4 * scale
  emit[o + 5] = e5 * scale
  emit[o + 6] = e6 * scale
  emit[o + 7] = e7 * scale
  emit[o + 8] = e8 * scale
}

/**
 * Scores of every tag at every unit: `emit[i * TAG_COUNT + t]` is the sum of
 * the weights of tag `t` over the features of unit `i`. A loaded model sums
 * its integer weights (exact in any order) and scales once.
 */
export const emissions = (model: NerModel, feats: Int32Array, offs: Int32Array, n: number, emit: Float64Array): void => {
  const weights: ArrayLike<number> = model.quanta ?? model.weights
  const scale = model.quanta === undefined ? 1 : model.scale!
  const index = bucketIndex(model)
  for (let i = 0; i < n; i++) scoreFeatures(index, model.mask, weights, feats, offs[i]!, offs[i + 1]!, null, scale, emit, i * TAG_COUNT)
}
