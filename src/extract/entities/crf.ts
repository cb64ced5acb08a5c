/**
 * Training the tagger as a linear-chain CRF: the same hashed features, the
 * same nine BIO tags and the same transition constraints as the perceptron
 * (`train.ts`) and the decoder (`decode.ts`), so the weights it returns go
 * into the same model file and are decoded by the same Viterbi code. Only
 * the learner differs.
 *
 * - **Objective.** The negative conditional log-likelihood of the gold tag
 *   sequences plus an L2 penalty, `Σ_s w_s · (log Z_s − score_s(gold)) + c2 · ‖θ‖²`
 *   (the convention of CRFsuite's `c2`), over the emission weights of the
 *   buckets that pass `minCount`, the start weights and the transitions.
 *   Forbidden pairs (`I-X` first, or after anything but `B-X`/`I-X`: 53
 *   pairs of 90 remain, as in `decode.ts`) have probability zero, so their
 *   weights never move.
 * - **Forward-backward** with scaling (each position's forward vector is
 *   normalized and the backward one divided by the same constants; emission
 *   scores are shifted by their maximum per position before `exp`), which
 *   gives the same marginals as log-space sums at a fraction of the cost.
 * - **Averaged SGD** (L. Bottou, "Large-Scale Machine Learning with
 *   Stochastic Gradient Descent", COMPSTAT 2010, and his `sgd` code's
 *   `svmasgd`): the weights are kept as `v / wDiv`, so the L2 shrinkage of
 *   every weight is one division of a scalar and an update touches only the
 *   features of the sequence; the average of the iterates from epoch
 *   `averageFrom` on is kept as `(a + wFrac · v) / aDiv`, sparse as well.
 *   Step size `η_t = η0 / (1 + λ η0 t)^0.75` with `λ = 2 c2 / N`.
 *
 * The returned weights are multiplied by `outputScale`: Viterbi's choice
 * does not change with the scale, and the scale puts the CRF's weights (a
 * few tenths of a nat) in the range the perceptron's have (about one), so
 * the quantization step of the model file and the `O` prior shifts mean about
 * the same for both learners.
 *
 * - **Feature augmentation** (`domains`, as the perceptron's in `train.ts`:
 *   Daumé III, "Frustratingly Easy Domain Adaptation", ACL 2007): every
 *   feature, start and transition weight of a sequence of domain d has a
 *   shared copy and a copy private to d, in a block of its own at the same
 *   bucket; a sequence is scored with the sum of the two and both take the
 *   same gradient step. The L2 penalty covers every copy. The weights handed
 *   out are the merge shared + `target`'s copy, one weight per bucket, so the
 *   model file is the same kind.
 *
 * Deterministic: the sentence order of each epoch comes from the seeded
 * PRNG of `train.ts`, and all sums run in a fixed order.
 *
 * Not part of the browser bundle: only scripts and tests import this file.
 *
 * @module
 */
import { allowed, TAG_COUNT } from "./decode.js"
import type { Lang } from "./gazetteer.js"
import type { NerModel } from "./model.js"
import { epochModel, mulberry32, rareBuckets, shuffle, trainedCopy, type Example, type Trained } from "./train.js"

const T = TAG_COUNT

/** Whether tag `t` may open a sequence, and whether `b` may follow `a`, as the decoder allows. */
const START_OK = /* @__PURE__ */ Uint8Array.from({ length: T }, (_, t) => (allowed(-1, t) ? 1 : 0))
const PAIR_OK = /* @__PURE__ */ Uint8Array.from({ length: T * T }, (_, k) => (allowed(Math.floor(k / T), k % T) ? 1 : 0))

/** Scratch memory for {@link forwardBackward} and {@link sequenceGradient}, grown as needed. */
export class CrfScratch {
  /** Normalized forward vectors, `n × T`. */
  alpha = new Float64Array(T * 64)
  /** Scaled backward vectors, `n × T`. */
  beta = new Float64Array(T * 64)
  /** `exp(emit − max)` per position, `n × T`. */
  psi = new Float64Array(T * 64)
  /** The normalizer of each position's forward vector. */
  norm = new Float64Array(64)
  /** Per-position marginals `P(y_i = t)`, `n × T` (after {@link forwardBackward}). */
  marg = new Float64Array(T * 64)
  /** Expected minus gold counts per position and tag, `n × T` (after {@link sequenceGradient}). */
  coef = new Float64Array(T * 64)
  /** Expected minus gold counts of each transition, summed over the sequence (after {@link sequenceGradient}). */
  readonly pairCoef = new Float64Array(T * T)
  /** Expected minus gold count of each tag first (after {@link sequenceGradient}). */
  readonly startCoef = new Float64Array(T)
  /** `exp(trans − max)` over allowed pairs, 0 elsewhere. */
  readonly expTrans = new Float64Array(T * T)
  readonly expStart = new Float64Array(T)

  ensure(n: number): void {
    if (this.alpha.length < n * T) {
      const m = n * T * 2
      this.alpha = new Float64Array(m)
      this.beta = new Float64Array(m)
      this.psi = new Float64Array(m)
      this.marg = new Float64Array(m)
      this.coef = new Float64Array(m)
      this.norm = new Float64Array(n * 2)
    }
  }
}

/**
 * Forward-backward over `n` units: fills `s.marg` with `P(y_i = t)` and the
 * forward and backward vectors the pair marginals are read from; returns
 * `log Z`, the log of the sum over allowed tag sequences of `exp(score)`.
 * Scores as in {@link viterbi}: `emit[i * T + t]`, `trans[a * T + b]`, `start[t]`.
 */
export const forwardBackward = (
  emit: Float64Array,
  n: number,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  s: CrfScratch
): number => {
  if (n === 0) return 0
  s.ensure(n)
  const { alpha, beta, psi, norm, marg, expTrans, expStart } = s
  // shifts keep every exp at most 1; they come back in log Z
  let mt = Number.NEGATIVE_INFINITY
  for (let k = 0; k < T * T; k++) if (PAIR_OK[k] === 1 && trans[k]! > mt) mt = trans[k]!
  for (let k = 0; k < T * T; k++) expTrans[k] = PAIR_OK[k] === 1 ? Math.exp(trans[k]! - mt) : 0
  let ms = Number.NEGATIVE_INFINITY
  for (let t = 0; t < T; t++) if (START_OK[t] === 1 && start[t]! > ms) ms = start[t]!
  for (let t = 0; t < T; t++) expStart[t] = START_OK[t] === 1 ? Math.exp(start[t]! - ms) : 0
  let logZ = ms + (n - 1) * mt
  for (let i = 0; i < n; i++) {
    const o = i * T
    let mx = Number.NEGATIVE_INFINITY
    for (let t = 0; t < T; t++) if (emit[o + t]! > mx) mx = emit[o + t]!
    for (let t = 0; t < T; t++) psi[o + t] = Math.exp(emit[o + t]! - mx)
    logZ += mx
  }
  // forward, each vector normalized to sum 1
  let c = 0
  for (let t = 0; t < T; t++) {
    const x = expStart[t]! * psi[t]!
    alpha[t] = x
    c += x
  }
  norm[0] = c
  for (let t = 0; t < T; t++) alpha[t] = alpha[t]! / c
  logZ += Math.log(c)
  for (let i = 1; i < n; i++) {
    const o = i * T
    const p = o - T
    c = 0
    for (let b = 0; b < T; b++) {
      let sum = 0
      for (let a = 0; a < T; a++) sum += alpha[p + a]! * expTrans[a * T + b]!
      const x = sum * psi[o + b]!
      alpha[o + b] = x
      c += x
    }
    norm[i] = c
    for (let b = 0; b < T; b++) alpha[o + b] = alpha[o + b]! / c
    logZ += Math.log(c)
  }
  // backward, divided by the forward normalizers
  const last = (n - 1) * T
  for (let t = 0; t < T; t++) beta[last + t] = 1
  for (let i = n - 2; i >= 0; i--) {
    const o = i * T
    const q = o + T
    const ci = norm[i + 1]!
    for (let a = 0; a < T; a++) {
      let sum = 0
      for (let b = 0; b < T; b++) sum += expTrans[a * T + b]! * psi[q + b]! * beta[q + b]!
      beta[o + a] = sum / ci
    }
  }
  for (let k = 0; k < n * T; k++) marg[k] = alpha[k]! * beta[k]!
  return logZ
}

/**
 * The gradient of one sequence's loss `log Z − score(gold)` with respect to
 * its scores, as counts: `s.coef[i * T + t] = P(y_i = t) − [gold_i = t]` (the
 * gradient for every feature of unit `i` and tag `t`), `s.pairCoef[a * T + b]`
 * (expected minus gold count of the pair over the sequence) and
 * `s.startCoef[t]`. Returns the loss. Throws on a gold sequence the
 * constraints forbid (its probability is zero).
 */
export const sequenceGradient = (
  emit: Float64Array,
  n: number,
  gold: Int8Array,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  s: CrfScratch
): number => {
  s.pairCoef.fill(0)
  s.startCoef.fill(0)
  if (n === 0) return 0
  const logZ = forwardBackward(emit, n, trans, start, s)
  const { alpha, beta, psi, norm, marg, coef, pairCoef, startCoef, expTrans } = s
  for (let k = 0; k < n * T; k++) coef[k] = marg[k]!
  for (let t = 0; t < T; t++) startCoef[t] = marg[t]!
  for (let i = 1; i < n; i++) {
    const p = (i - 1) * T
    const o = i * T
    const ci = norm[i]!
    for (let a = 0; a < T; a++) {
      const fa = alpha[p + a]! / ci
      if (fa === 0) continue
      for (let b = 0; b < T; b++) {
        const e = expTrans[a * T + b]!
        if (e !== 0) pairCoef[a * T + b] = pairCoef[a * T + b]! + fa * e * psi[o + b]! * beta[o + b]!
      }
    }
  }
  const g0 = gold[0]!
  if (START_OK[g0] !== 1) throw new Error(`sequenceGradient: the gold sequence opens with forbidden tag ${g0}`)
  let score = start[g0]! + emit[g0]!
  coef[g0] = coef[g0]! - 1
  startCoef[g0] = startCoef[g0]! - 1
  for (let i = 1; i < n; i++) {
    const a = gold[i - 1]!
    const b = gold[i]!
    if (PAIR_OK[a * T + b] !== 1) throw new Error(`sequenceGradient: the gold sequence has forbidden pair ${a} → ${b}`)
    score += trans[a * T + b]! + emit[i * T + b]!
    coef[i * T + b] = coef[i * T + b]! - 1
    pairCoef[a * T + b] = pairCoef[a * T + b]! - 1
  }
  return logZ - score
}

export interface CrfOptions {
  readonly bucketBits: number
  readonly epochs: number
  readonly seed: number
  /** Features seen in fewer training units than this are never given a weight (default 1: all are). */
  readonly minCount?: number | undefined
  /** L2 coefficient: the objective is the summed loss plus `c2 · ‖θ‖²` (default 1). */
  readonly c2?: number | undefined
  /** Initial step size (default 0.1). */
  readonly eta0?: number | undefined
  /** Averaging of the iterates starts with this epoch (default 2; a value above `epochs` turns it off). */
  readonly averageFrom?: number | undefined
  /** Factor applied to the weights handed out (default 10; see the module notes). */
  readonly outputScale?: number | undefined
  /**
   * Feature augmentation (default 0: none): with D > 0 domains every example
   * must carry a `domain` in `0 … D − 1`, and each weight has a shared copy
   * and one per domain (see the module notes). Training memory grows to
   * `1 + D` blocks of weights; the weights handed out do not.
   */
  readonly domains?: number | undefined
  /** The domain whose private copy is merged into the weights handed out (default 0). */
  readonly target?: number | undefined
  /** Called after each epoch with a model of the (averaged, scaled) weights so far, valid until the next epoch, and the epoch's summed loss. */
  readonly onEpoch?: ((epoch: number, model: NerModel, loss: number) => void) | undefined
}

/**
 * Trains a linear-chain CRF by averaged SGD. Returns the weights (averaged
 * when averaging has started, times `outputScale`) of the epoch that `pick`
 * chooses (default: the last), as dense arrays in the perceptron's layout.
 */
export const trainCrf = (
  examples: ReadonlyArray<Example>,
  lang: Lang,
  options: CrfOptions,
  pick?: (epoch: number) => boolean
): Trained => {
  const size = 2 ** options.bucketBits
  const mask = size - 1
  const c2 = options.c2 ?? 1
  const eta0 = options.eta0 ?? 0.1
  const averageFrom = options.averageFrom ?? 2
  const outputScale = options.outputScale ?? 10
  if (!(c2 >= 0 && eta0 > 0 && outputScale > 0)) throw new Error("trainCrf: c2 must be ≥ 0, eta0 and outputScale > 0")
  // block 0: the shared weights; with augmentation, block 1 + d: the copy private to domain d
  const domains = options.domains ?? 0
  const target = options.target ?? 0
  if (!(Number.isInteger(domains) && domains >= 0)) throw new Error("trainCrf: domains must be a non-negative integer")
  if (domains > 0 && !(Number.isInteger(target) && target >= 0 && target < domains)) throw new Error("trainCrf: target must be one of the domains")
  if (domains === 0 && examples.some((e) => e.domain !== undefined && e.domain !== 0))
    throw new Error("trainCrf: examples of other domains need feature augmentation (the domains option)")
  const blocks = 1 + domains
  const blockIndex = examples.map((ex) => {
    if (domains === 0) return 0
    const d = ex.domain
    if (d === undefined || !Number.isInteger(d) || d < 0 || d >= domains) throw new Error(`trainCrf: an example's domain must be in 0…${domains - 1}`)
    return 1 + d
  })
  const N = Math.max(1, examples.length)
  const lambda = (2 * c2) / N
  // the L2 step divides by 1 − η λ (η ≤ η0): it must stay positive
  if (!(eta0 * lambda < 1)) throw new Error("trainCrf: eta0 · 2 c2 / (number of sequences) must be below 1")
  // weights v / wDiv; average (a + wFrac · v) / aDiv
  const w = new Float64Array(blocks * size * T)
  const trans = new Float64Array(blocks * T * T)
  const start = new Float64Array(blocks * T)
  let a: Float64Array | undefined
  const aTrans = new Float64Array(blocks * T * T)
  const aStart = new Float64Array(blocks * T)
  let wDiv = 1
  let aDiv = 1
  let wFrac = 0
  let averaging = false
  let k = 0 // iterates averaged so far
  // (counted per block, as the perceptron does: a shared copy over all examples, a private copy over its domain's)
  const rare = rareBuckets(examples, blockIndex, blocks, size, options.minCount ?? 1)
  const renorm = () => {
    if (averaging) {
      const av = a!
      for (let j = 0; j < av.length; j++) av[j] = (av[j]! + wFrac * w[j]!) / aDiv
      for (let j = 0; j < aTrans.length; j++) aTrans[j] = (aTrans[j]! + wFrac * trans[j]!) / aDiv
      for (let j = 0; j < aStart.length; j++) aStart[j] = (aStart[j]! + wFrac * start[j]!) / aDiv
      aDiv = 1
      wFrac = 0
    }
    for (let j = 0; j < w.length; j++) w[j] = w[j]! / wDiv
    for (let j = 0; j < trans.length; j++) trans[j] = trans[j]! / wDiv
    for (let j = 0; j < start.length; j++) start[j] = start[j]! / wDiv
    wDiv = 1
  }
  const random = mulberry32(options.seed)
  const order = examples.map((_, i) => i)
  const s = new CrfScratch()
  let emit = new Float64Array(T * 256)
  const realTrans = new Float64Array(T * T)
  const realStart = new Float64Array(T)
  const out = new Float32Array(size * T)
  const outTrans = new Float64Array(T * T)
  const outStart = new Float64Array(T)
  const identity = new Int32Array(size)
  for (let b = 0; b < size; b++) identity[b] = b
  // the weights handed out: without augmentation block 0; with it, the merge shared + the target's copy
  const ow = domains > 0 ? (1 + target) * size * T : 0
  const ot = domains > 0 ? (1 + target) * T * T : 0
  const os = domains > 0 ? (1 + target) * T : 0
  const snapshot = () => {
    if (averaging) {
      const av = a!
      for (let j = 0; j < out.length; j++) out[j] = (outputScale * (av[j]! + wFrac * w[j]!)) / aDiv
      for (let j = 0; j < T * T; j++) outTrans[j] = (outputScale * (aTrans[j]! + wFrac * trans[j]!)) / aDiv
      for (let j = 0; j < T; j++) outStart[j] = (outputScale * (aStart[j]! + wFrac * start[j]!)) / aDiv
      if (domains > 0) {
        for (let j = 0; j < out.length; j++) out[j] = out[j]! + (outputScale * (av[ow + j]! + wFrac * w[ow + j]!)) / aDiv
        for (let j = 0; j < T * T; j++) outTrans[j] = outTrans[j]! + (outputScale * (aTrans[ot + j]! + wFrac * trans[ot + j]!)) / aDiv
        for (let j = 0; j < T; j++) outStart[j] = outStart[j]! + (outputScale * (aStart[os + j]! + wFrac * start[os + j]!)) / aDiv
      }
    } else {
      for (let j = 0; j < out.length; j++) out[j] = (outputScale * w[j]!) / wDiv
      for (let j = 0; j < T * T; j++) outTrans[j] = (outputScale * trans[j]!) / wDiv
      for (let j = 0; j < T; j++) outStart[j] = (outputScale * start[j]!) / wDiv
      if (domains > 0) {
        for (let j = 0; j < out.length; j++) out[j] = out[j]! + (outputScale * w[ow + j]!) / wDiv
        for (let j = 0; j < T * T; j++) outTrans[j] = outTrans[j]! + (outputScale * trans[ot + j]!) / wDiv
        for (let j = 0; j < T; j++) outStart[j] = outStart[j]! + (outputScale * start[os + j]!) / wDiv
      }
    }
  }
  // the loss step on the transition and start weights of one block (the shared one, or a domain's copy)
  const stepChain = (block: number, step: number, fr: number) => {
    const pt = block * T * T
    for (let j = 0; j < T * T; j++) {
      const d = -step * s.pairCoef[j]!
      if (d === 0) continue
      trans[pt + j] = trans[pt + j]! + d
      if (fr !== 0) aTrans[pt + j] = aTrans[pt + j]! - fr * d
    }
    const ps = block * T
    for (let j = 0; j < T; j++) {
      const d = -step * s.startCoef[j]!
      if (d === 0) continue
      start[ps + j] = start[ps + j]! + d
      if (fr !== 0) aStart[ps + j] = aStart[ps + j]! - fr * d
    }
  }
  let best: Trained | undefined
  let t = 0
  const firstAveraged = (averageFrom - 1) * examples.length
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random)
    let loss = 0
    for (const idx of order) {
      const ex = examples[idx]!
      const n = ex.n
      if (n === 0) continue
      if (emit.length < n * T) emit = new Float64Array(n * T * 2)
      // with augmentation, the sequence's private block (0: none) is scored and updated beside the shared one
      const block = blockIndex[idx]!
      const pw = block * size * T
      const inv = 1 / wDiv
      for (let i = 0; i < n; i++) {
        const o = i * T
        emit.fill(0, o, o + T)
        for (let j = ex.offs[i]!, end = ex.offs[i + 1]!; j < end; j++) {
          const r = (ex.feats[j]! & mask) * T
          for (let tg = 0; tg < T; tg++) emit[o + tg] = emit[o + tg]! + w[r + tg]!
          if (block > 0) for (let tg = 0; tg < T; tg++) emit[o + tg] = emit[o + tg]! + w[pw + r + tg]!
        }
        for (let tg = 0; tg < T; tg++) emit[o + tg] = emit[o + tg]! * inv
      }
      for (let j = 0; j < T * T; j++) realTrans[j] = trans[j]! * inv
      for (let j = 0; j < T; j++) realStart[j] = start[j]! * inv
      if (block > 0) {
        for (let j = 0; j < T * T; j++) realTrans[j] = realTrans[j]! + trans[block * T * T + j]! * inv
        for (let j = 0; j < T; j++) realStart[j] = realStart[j]! + start[block * T + j]! * inv
      }
      const weight = ex.weight ?? 1
      loss += weight * sequenceGradient(emit, n, ex.gold, realTrans, realStart, s)
      const eta = eta0 / Math.pow(1 + lambda * eta0 * t, 0.75)
      // the L2 step shrinks every weight at once; then the loss step, in units of v
      wDiv = wDiv / (1 - eta * lambda)
      const step = eta * weight * wDiv
      const fr = averaging ? wFrac : 0
      const coef = s.coef
      const pb = block * size
      for (let i = 0; i < n; i++) {
        const o = i * T
        for (let j = ex.offs[i]!, end = ex.offs[i + 1]!; j < end; j++) {
          const b = ex.feats[j]! & mask
          if (rare === undefined || rare[b] !== 1) {
            const r = b * T
            for (let tg = 0; tg < T; tg++) {
              const d = -step * coef[o + tg]!
              w[r + tg] = w[r + tg]! + d
              if (fr !== 0) a![r + tg] = a![r + tg]! - fr * d
            }
          }
          // the private copy takes the same step (the score's gradient is the same for both copies)
          if (block > 0 && (rare === undefined || rare[pb + b] !== 1)) {
            const r = (pb + b) * T
            for (let tg = 0; tg < T; tg++) {
              const d = -step * coef[o + tg]!
              w[r + tg] = w[r + tg]! + d
              if (fr !== 0) a![r + tg] = a![r + tg]! - fr * d
            }
          }
        }
      }
      stepChain(0, step, fr)
      if (block > 0) stepChain(block, step, fr)
      // averaging: the mean of the iterates from the first averaged step on
      if (t >= firstAveraged && averageFrom <= options.epochs) {
        k++
        if (k === 1) {
          a ??= new Float64Array(blocks * size * T)
          a.fill(0)
          aTrans.fill(0)
          aStart.fill(0)
          aDiv = wDiv
          wFrac = 1
          averaging = true
        } else {
          const mu = 1 / k
          aDiv = aDiv / (1 - mu)
          wFrac = wFrac + (mu * aDiv) / wDiv
        }
      }
      t++
      if (wDiv > 1e5 || aDiv > 1e5) renorm()
    }
    snapshot()
    const model = epochModel(lang, options.bucketBits, identity, out, outStart, outTrans, examples.length, epoch, options.seed)
    options.onEpoch?.(epoch, model, loss)
    if (pick === undefined ? epoch === options.epochs : pick(epoch)) best = trainedCopy(model)
  }
  if (best === undefined) {
    snapshot()
    best = trainedCopy(epochModel(lang, options.bucketBits, identity, out, outStart, outTrans, examples.length, options.epochs, options.seed))
  }
  return best
}
