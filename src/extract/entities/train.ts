/**
 * Training the tagger: an averaged structured perceptron (Collins 2002) with
 * Viterbi decoding over the BIO tags, on hashed features.
 *
 * Training sentences go through the run-time path: the CoNLL tokens of a
 * sentence are joined with single spaces, cut into units by `segment`
 * (the project's sentence splitter and tokenizer), and each unit takes the
 * tag of the CoNLL token it lies in. So the model learns on exactly the
 * units `khabar tag` and the pipeline will give it.
 *
 * Deterministic: the order of sentences in each epoch comes from a seeded
 * PRNG, and all arithmetic is on integers or in a fixed order, so the same
 * data and options give byte-identical models.
 *
 * Not part of the browser bundle's hot path: only scripts import this file.
 *
 * @module
 */
import type { ConllSentence } from "./conll.js"
import { TAG_COUNT, ViterbiScratch, tagIndex, viterbi } from "./decode.js"
import { FeatureBuffer, featurize, unitValues } from "./features.js"
import type { Gazetteer, Lang } from "./gazetteer.js"
import type { NerModel, TrainingInfo } from "./model.js"
import { segment, type Unit } from "./text.js"

/** One training sequence: features of its units and their gold tags. */
export interface Example {
  readonly n: number
  readonly feats: Int32Array
  readonly offs: Int32Array
  readonly gold: Int8Array
  /** Size of this sequence's perceptron updates (default 1): below 1, a secondary source (another domain) teaches less. */
  readonly weight?: number | undefined
  /**
   * The source (domain) of this sequence, `0 … domains − 1`, read only when
   * training with feature augmentation (`TrainOptions.domains`).
   */
  readonly domain?: number | undefined
}

/** The same examples, marked as coming from source `domain` (for feature augmentation). */
export const inDomain = (examples: ReadonlyArray<Example>, domain: number): Array<Example> =>
  examples.map((e) => ({ ...e, domain }))

/** Joins tokens with single spaces; `starts[k]` is where token `k` begins. */
export const joinTokens = (tokens: ReadonlyArray<string>): { readonly text: string; readonly starts: Array<number> } => {
  const starts: Array<number> = []
  let pos = 0
  for (const t of tokens) {
    starts.push(pos)
    pos += t.length + 1
  }
  return { text: tokens.join(" "), starts }
}

/** The token (index) that holds offset `at`, by binary search over token starts. */
export const tokenAt = (starts: ReadonlyArray<number>, at: number): number => {
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (starts[mid]! <= at) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * The unit sequences of a CoNLL sentence with their gold tags: a unit takes
 * the type of the token it starts in; it is `B-` when it is the token's first
 * unit and the token is `B-`, or when it opens a sequence.
 */
export const unitsWithTags = (
  s: ConllSentence,
  lang: Lang,
  g: Gazetteer
): Array<{ readonly units: Array<Unit>; readonly tags: Int8Array }> => {
  const { text, starts } = joinTokens(s.tokens)
  const out: Array<{ units: Array<Unit>; tags: Int8Array }> = []
  for (const units of segment(text, 0, text.length, { lang, isKnown: g.isKnown })) {
    const tags = new Int8Array(units.length)
    let prevToken = -1
    for (let i = 0; i < units.length; i++) {
      const k = tokenAt(starts, units[i]!.start)
      const t = s.tags[k]!
      let tag = t
      if (t !== "O" && (k === prevToken || t.startsWith("I-"))) tag = `I-${t.slice(2)}`
      if (t !== "O" && i === 0) tag = `B-${t.slice(2)}`
      const idx = tagIndex(tag)
      if (idx < 0) throw new Error(`unknown tag ${tag}`)
      tags[i] = idx
      prevToken = k
    }
    out.push({ units, tags })
  }
  return out
}

/** Features and gold tags of every sequence of the given sentences. */
export const prepareExamples = (sentences: ReadonlyArray<ConllSentence>, lang: Lang, g: Gazetteer, weight = 1): Array<Example> => {
  const buf = new FeatureBuffer()
  const out: Array<Example> = []
  for (const s of sentences) {
    for (const { units, tags } of unitsWithTags(s, lang, g)) {
      featurize(units, unitValues(units, g), lang, buf)
      const { feats, offs } = buf.copy(units.length)
      out.push(weight === 1 ? { n: units.length, feats, offs, gold: tags } : { n: units.length, feats, offs, gold: tags, weight })
    }
  }
  return out
}

/** Shuffles `order` in place (Fisher–Yates) with `random`: each epoch's sentence order. */
export const shuffle = (order: Array<number>, random: () => number): void => {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    const t = order[i]!
    order[i] = order[j]!
    order[j] = t
  }
}

/** Mulberry32: a small seeded PRNG. */
export const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface TrainOptions {
  readonly bucketBits: number
  readonly epochs: number
  readonly seed: number
  /** Features seen in fewer training units than this are never given a weight (default 1: all are). */
  readonly minCount?: number | undefined
  /**
   * Feature augmentation for domain adaptation (Daumé III, "Frustratingly
   * Easy Domain Adaptation", ACL 2007): with `domains` = D > 0, every feature
   * (and every start and transition weight) of a sequence of domain d fires
   * twice, as a shared copy and as a copy private to d. Each copy has its own
   * block of 2^bucketBits rows, at the same bucket as the shared one, so the
   * augmentation adds no hash collisions. The weights returned (and passed to
   * `onEpoch`) are the merge shared + `target`'s copy: one weight per bucket,
   * the model the tagger reads, unchanged in size and format.
   */
  readonly domains?: number | undefined
  /** The domain whose private copy is merged into the returned weights (default 0). */
  readonly target?: number | undefined
  /** Called after each epoch with a model of the averaged weights so far (valid until the next epoch). */
  readonly onEpoch?: ((epoch: number, model: NerModel, mistakes: number) => void) | undefined
  /**
   * Feature dropout (default 0: none): each time a sequence is visited, each
   * feature occurrence is left out of its scoring and of its update with this
   * probability (a seeded PRNG of its own, so the sentence order is the one
   * without dropout). Trains the weights not to lean on a few features.
   */
  readonly dropout?: number | undefined
  /**
   * Passive-aggressive updates (Crammer et al., "Online Passive-Aggressive
   * Algorithms", JMLR 2006; PA-I with the Hamming cost, as in MIRA): instead
   * of a step of 1, a mistaken sequence moves by
   * `τ = min(pa, (score(pred) − score(gold) + cost) / ‖Φ(gold) − Φ(pred)‖²)`,
   * the smallest step that puts the gold sequence ahead by its number of
   * wrong tags, capped at `pa`. Absent: the plain perceptron.
   */
  readonly pa?: number | undefined
}

/** Averaged weights after training. */
export interface Trained {
  readonly bucketBits: number
  readonly weights: Float32Array
  readonly start: Float64Array
  readonly transitions: Float64Array
}

/**
 * The buckets of features seen in fewer than `minCount` training words (undefined when `minCount` is 1: none), per
 * block of `size` buckets: block 0 is the shared copy, counted over all examples; block d + 1 is domain d's private
 * copy, counted over that domain's examples (`blockIndex`: each example's block, 0 without domains). Their weights
 * stay zero in both learners.
 */
export const rareBuckets = (
  examples: ReadonlyArray<Example>,
  blockIndex: ReadonlyArray<number>,
  blocks: number,
  size: number,
  minCount: number
): Uint8Array | undefined => {
  if (minCount <= 1) return undefined
  const mask = size - 1
  const counts = new Uint16Array(blocks * size)
  examples.forEach((ex, e) => {
    const ob = blockIndex[e]! * size
    for (let k = 0; k < ex.feats.length; k++) {
      const b = ex.feats[k]! & mask
      if (counts[b]! < 65535) counts[b] = counts[b]! + 1
      if (ob > 0 && counts[ob + b]! < 65535) counts[ob + b] = counts[ob + b]! + 1
    }
  })
  const rare = new Uint8Array(blocks * size)
  for (let b = 0; b < blocks * size; b++) if (counts[b]! < minCount) rare[b] = 1
  return rare
}

/**
 * Trains an averaged perceptron. Returns the averaged weights of the epoch
 * that `pick` chooses (default: the last), as dense arrays.
 */
export const trainPerceptron = (
  examples: ReadonlyArray<Example>,
  lang: Lang,
  options: TrainOptions,
  pick?: (epoch: number) => boolean
): Trained => {
  const T = TAG_COUNT
  const size = 2 ** options.bucketBits
  const mask = size - 1
  // block 0: the shared weights; with augmentation, block 1 + d: the copy private to domain d
  const domains = options.domains ?? 0
  const target = options.target ?? 0
  if (!(Number.isInteger(domains) && domains >= 0)) throw new Error("trainPerceptron: domains must be a non-negative integer")
  if (domains > 0 && !(Number.isInteger(target) && target >= 0 && target < domains)) throw new Error("trainPerceptron: target must be one of the domains")
  const blocks = 1 + domains
  const blockOf = (ex: Example): number => {
    if (domains === 0) return 0
    const d = ex.domain
    if (d === undefined || !Number.isInteger(d) || d < 0 || d >= domains) throw new Error(`trainPerceptron: an example's domain must be in 0…${domains - 1}`)
    return 1 + d
  }
  const blockIndex = examples.map(blockOf)
  const w = new Float32Array(blocks * size * T)
  const u = new Float64Array(blocks * size * T)
  const trans = new Float64Array(blocks * T * T)
  const transU = new Float64Array(blocks * T * T)
  const start = new Float64Array(blocks * T)
  const startU = new Float64Array(blocks * T)
  // the start and transition weights a sequence of one block is decoded with: shared + private
  const decTrans = new Float64Array(T * T)
  const decStart = new Float64Array(T)
  let c = 1
  const random = mulberry32(options.seed)
  const dropout = options.dropout ?? 0
  const pa = options.pa
  if (!(dropout >= 0 && dropout < 1)) throw new Error("trainPerceptron: dropout must be in [0, 1)")
  if (pa !== undefined && !(pa > 0)) throw new Error("trainPerceptron: pa must be positive")
  if ((dropout > 0 || pa !== undefined) && domains > 0) throw new Error("trainPerceptron: dropout and pa do not combine with domains")
  // dropout's own PRNG: the sentence order stays that of the same seed without dropout
  const dropRandom = mulberry32(options.seed ^ 0x5bd1e995)
  let kept = new Uint8Array(0)
  const order = examples.map((_, i) => i)
  const scratch = new ViterbiScratch()
  let emit = new Float64Array(T * 256)
  let pred = new Int8Array(256)
  // averaged weights, rebuilt after each epoch
  const avg = new Float32Array(size * T)
  const avgTrans = new Float64Array(T * T)
  const avgStart = new Float64Array(T)
  const identity = new Int32Array(size)
  for (let b = 0; b < size; b++) identity[b] = b
  let best: Trained | undefined
  const average = () => {
    for (let k = 0; k < avg.length; k++) avg[k] = w[k]! - u[k]! / c
    for (let k = 0; k < avgTrans.length; k++) avgTrans[k] = trans[k]! - transU[k]! / c
    for (let k = 0; k < T; k++) avgStart[k] = start[k]! - startU[k]! / c
    if (domains > 0) {
      // the merge: shared + the target domain's copy (the mean of the sums is the sum of the means)
      const ow = (1 + target) * size * T
      for (let k = 0; k < avg.length; k++) avg[k] = avg[k]! + (w[ow + k]! - u[ow + k]! / c)
      const ot = (1 + target) * T * T
      for (let k = 0; k < avgTrans.length; k++) avgTrans[k] = avgTrans[k]! + (trans[ot + k]! - transU[ot + k]! / c)
      const os = (1 + target) * T
      for (let k = 0; k < T; k++) avgStart[k] = avgStart[k]! + (start[os + k]! - startU[os + k]! / c)
    }
  }
  // features too rare to learn from: their buckets are left at zero
  const rare = rareBuckets(examples, blockIndex, blocks, size, options.minCount ?? 1)
  const update = (feats: Int32Array, from: number, to: number, tag: number, d: number, block: number) => {
    const cd = c * d
    const ob = block * size
    for (let k = from; k < to; k++) {
      if (dropout > 0 && kept[k] === 0) continue
      const b = feats[k]! & mask
      if (rare === undefined || rare[b] !== 1) {
        const idx = b * T + tag
        w[idx] = w[idx]! + d
        u[idx] = u[idx]! + cd
      }
      if (block > 0 && (rare === undefined || rare[ob + b] !== 1)) {
        const idx = (ob + b) * T + tag
        w[idx] = w[idx]! + d
        u[idx] = u[idx]! + cd
      }
    }
  }
  const bump = (arr: Float64Array, arrU: Float64Array, at: number, block: number, stride: number, d: number) => {
    arr[at] = arr[at]! + d
    arrU[at] = arrU[at]! + c * d
    if (block > 0) {
      const k = block * stride + at
      arr[k] = arr[k]! + d
      arrU[k] = arrU[k]! + c * d
    }
  }
  // PA-I's step for a mistaken sequence: the feature difference Φ(gold) − Φ(pred) is summed per weight (two features of
  // a unit in one bucket are one weight) to get its squared norm exactly
  const delta = new Map<number, number>()
  const add = (key: number, d: number) => delta.set(key, (delta.get(key) ?? 0) + d)
  const paStep = (ex: Example, emit: Float64Array, tr: Float64Array, st: Float64Array, pred: Int8Array, cap: number): number => {
    delta.clear()
    let diff = 0
    let cost = 0
    const TT = size * T
    for (let i = 0; i < ex.n; i++) {
      const g = ex.gold[i]!
      const p = pred[i]!
      diff += emit[i * T + p]! - emit[i * T + g]!
      if (g !== p) {
        cost++
        for (let k = ex.offs[i]!, end = ex.offs[i + 1]!; k < end; k++) {
          if (dropout > 0 && kept[k] === 0) continue
          const b = ex.feats[k]! & mask
          if (rare !== undefined && rare[b] === 1) continue
          add(b * T + g, 1)
          add(b * T + p, -1)
        }
      }
      if (i === 0) {
        diff += st[p]! - st[g]!
        if (g !== p) {
          add(TT + T * T + g, 1)
          add(TT + T * T + p, -1)
        }
      } else {
        const gp = ex.gold[i - 1]!
        const pp = pred[i - 1]!
        diff += tr[pp * T + p]! - tr[gp * T + g]!
        if (g !== p || gp !== pp) {
          add(TT + gp * T + g, 1)
          add(TT + pp * T + p, -1)
        }
      }
    }
    let norm = 0
    for (const d of delta.values()) norm += d * d
    return norm === 0 ? cap : Math.min(cap, Math.max(0, diff + cost) / norm)
  }
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, random)
    let mistakes = 0
    for (const idx of order) {
      const ex = examples[idx]!
      const block = blockIndex[idx]!
      const n = ex.n
      if (emit.length < n * T) emit = new Float64Array(n * T * 2)
      if (pred.length < n) pred = new Int8Array(n * 2)
      emit.fill(0, 0, n * T)
      const ob = block * size * T
      if (dropout > 0) {
        // the feature occurrences this visit sees: a dropped one neither scores nor is updated
        if (kept.length < ex.feats.length) kept = new Uint8Array(ex.feats.length * 2)
        for (let k = 0; k < ex.feats.length; k++) kept[k] = dropRandom() < dropout ? 0 : 1
      }
      for (let i = 0; i < n; i++) {
        const o = i * T
        for (let k = ex.offs[i]!, end = ex.offs[i + 1]!; k < end; k++) {
          if (dropout > 0 && kept[k] === 0) continue
          const r = (ex.feats[k]! & mask) * T
          for (let t = 0; t < T; t++) emit[o + t] = emit[o + t]! + w[r + t]!
          if (block > 0) for (let t = 0; t < T; t++) emit[o + t] = emit[o + t]! + w[ob + r + t]!
        }
      }
      let decodeTrans = trans
      let decodeStart = start
      if (block > 0) {
        for (let k = 0; k < T * T; k++) decTrans[k] = trans[k]! + trans[block * T * T + k]!
        for (let k = 0; k < T; k++) decStart[k] = start[k]! + start[block * T + k]!
        decodeTrans = decTrans
        decodeStart = decStart
      }
      viterbi(emit, n, decodeTrans, decodeStart, pred, scratch)
      let wrong = false
      for (let i = 0; i < n; i++) if (pred[i] !== ex.gold[i]) wrong = true
      if (wrong) {
        mistakes++
        const a = (ex.weight ?? 1) * (pa === undefined ? 1 : paStep(ex, emit, decodeTrans, decodeStart, pred, pa))
        for (let i = 0; i < n; i++) {
          const g = ex.gold[i]!
          const p = pred[i]!
          if (g !== p) {
            update(ex.feats, ex.offs[i]!, ex.offs[i + 1]!, g, a, block)
            update(ex.feats, ex.offs[i]!, ex.offs[i + 1]!, p, -a, block)
          }
          if (i === 0) {
            if (g !== p) {
              bump(start, startU, g, block, T, a)
              bump(start, startU, p, block, T, -a)
            }
          } else {
            const gp = ex.gold[i - 1]!
            const pp = pred[i - 1]!
            if (g !== p || gp !== pp) {
              bump(trans, transU, gp * T + g, block, T * T, a)
              bump(trans, transU, pp * T + p, block, T * T, -a)
            }
          }
        }
      }
      c++
    }
    average()
    const model = epochModel(lang, options.bucketBits, identity, avg, avgStart, avgTrans, examples.length, epoch, options.seed)
    options.onEpoch?.(epoch, model, mistakes)
    if (pick === undefined ? epoch === options.epochs : pick(epoch)) best = trainedCopy(model)
  }
  if (best === undefined) best = trainedCopy(epochModel(lang, options.bucketBits, identity, avg, avgStart, avgTrans, examples.length, options.epochs, options.seed))
  return best
}

/**
 * The model a trainer gives `onEpoch` after an epoch: its current weights over dense rows (`rowOf`: each bucket its
 * own row, `2^bucketBits` of them), valid until the trainer changes them.
 */
export const epochModel = (
  lang: Lang,
  bucketBits: number,
  rowOf: Int32Array,
  weights: NerModel["weights"],
  start: Float64Array,
  transitions: Float64Array,
  sentences: number,
  epoch: number,
  seed: number
): NerModel => ({
  lang,
  bucketBits,
  mask: 2 ** bucketBits - 1,
  rowOf,
  weights,
  start,
  transitions,
  rows: 2 ** bucketBits,
  training: { data: [], sentences, tokens: 0, epochs: epoch, seed, outsideBias: 0, dev: {} },
  license: "-",
  attribution: "-"
})

/** A copy of an epoch's weights (the trainer goes on changing the model's arrays). */
export const trainedCopy = (m: NerModel): Trained => ({
  bucketBits: m.bucketBits,
  weights: m.weights.slice(),
  start: m.start.slice(),
  transitions: m.transitions.slice()
})

/** A NerModel over dense weights (every bucket its own row), for evaluating weights before they are encoded. */
export const denseModel = (lang: Lang, t: Trained, training: TrainingInfo): NerModel => {
  const size = 2 ** t.bucketBits
  const identity = new Int32Array(size)
  for (let b = 0; b < size; b++) identity[b] = b
  return {
    lang,
    bucketBits: t.bucketBits,
    mask: size - 1,
    rowOf: identity,
    weights: t.weights,
    start: t.start,
    transitions: t.transitions,
    rows: size,
    training,
    license: "-",
    attribution: "-"
  }
}

/**
 * The mean of several trained weight sets of the same size (the same data
 * seen in different orders, one per seed): averaging removes most of the
 * score's dependence on the shuffle.
 */
export const averageTrained = (ts: ReadonlyArray<Trained>): Trained => {
  const first = ts[0]
  if (first === undefined) throw new Error("averageTrained: nothing to average")
  const k = ts.length
  const weights = new Float32Array(first.weights.length)
  const start = new Float64Array(first.start.length)
  const transitions = new Float64Array(first.transitions.length)
  for (const t of ts) {
    if (t.bucketBits !== first.bucketBits) throw new Error("averageTrained: models of different sizes")
    for (let i = 0; i < weights.length; i++) weights[i] = weights[i]! + t.weights[i]! / k
    for (let i = 0; i < start.length; i++) start[i] = start[i]! + t.start[i]! / k
    for (let i = 0; i < transitions.length; i++) transitions[i] = transitions[i]! + t.transitions[i]! / k
  }
  return { bucketBits: first.bucketBits, weights, start, transitions }
}
