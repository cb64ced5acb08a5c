import fc from "fast-check"
import { describe, expect, it } from "vitest"
import type { ConllSentence } from "../../../src/extract/entities/conll.js"
import { CrfScratch, forwardBackward, sequenceGradient, trainCrf } from "../../../src/extract/entities/crf.js"
import { allowed, TAG_COUNT, TAGS, ViterbiScratch, viterbi } from "../../../src/extract/entities/decode.js"
import { gazetteer } from "../../../src/extract/entities/gazetteer.js"
import { encodeModel, loadModel } from "../../../src/extract/entities/model.js"
import { inDomain, mulberry32, prepareExamples, type Example, type Trained } from "../../../src/extract/entities/train.js"

const T = TAG_COUNT

// sentences written for this test
const sentences: Array<ConllSentence> = [
  { tokens: ["زار", "بوتين", "سوتشي", "أمس"], tags: ["O", "B-PER", "B-LOC", "O"] },
  { tokens: ["قال", "وزير", "الخارجية", "إن", "الأمم", "المتحدة", "ترحب"], tags: ["O", "O", "O", "O", "B-ORG", "I-ORG", "O"] },
  { tokens: ["وصل", "الوفد", "إلى", "القاهرة", "صباح", "اليوم"], tags: ["O", "O", "O", "B-LOC", "O", "O"] },
  { tokens: ["التقى", "فلاديمير", "بوتين", "بشار", "الأسد"], tags: ["O", "B-PER", "I-PER", "B-PER", "I-PER"] }
]
const BITS = 12
const SIZE = 2 ** BITS

/** Random scores from a seed, in [-spread, spread]. */
const randoms = (seed: number, n: number, spread: number): Float64Array => {
  const r = mulberry32(seed)
  return Float64Array.from({ length: n }, () => (2 * r() - 1) * spread)
}

/** Every tag sequence of length n the decoder allows. */
const allowedSequences = (n: number): Array<Array<number>> => {
  let seqs: Array<Array<number>> = [[]]
  for (let i = 0; i < n; i++) {
    const next: Array<Array<number>> = []
    for (const s of seqs) for (let t = 0; t < T; t++) if (allowed(i === 0 ? -1 : s[i - 1]!, t)) next.push([...s, t])
    seqs = next
  }
  return seqs
}

const scoreOf = (seq: ReadonlyArray<number>, emit: Float64Array, trans: Float64Array, start: Float64Array): number => {
  let s = start[seq[0]!]! + emit[seq[0]!]!
  for (let i = 1; i < seq.length; i++) s += trans[seq[i - 1]! * T + seq[i]!]! + emit[i * T + seq[i]!]!
  return s
}

/** Dense weights in the trainer's layout, as float64 (for the reference computations). */
interface Dense {
  w: Float64Array
  trans: Float64Array
  start: Float64Array
}
const zeros = (): Dense => ({ w: new Float64Array(SIZE * T), trans: new Float64Array(T * T), start: new Float64Array(T) })

const emissionsOf = (d: Dense, ex: Example): Float64Array => {
  const emit = new Float64Array(ex.n * T)
  for (let i = 0; i < ex.n; i++)
    for (let k = ex.offs[i]!; k < ex.offs[i + 1]!; k++)
      for (let t = 0; t < T; t++) emit[i * T + t] = emit[i * T + t]! + d.w[(ex.feats[k]! & (SIZE - 1)) * T + t]!
  return emit
}

/** The objective Σ loss + c2 ‖θ‖² and its gradient, summed densely (the reference for the trainer's sparse steps). */
const objective = (d: Dense, xs: ReadonlyArray<Example>, c2: number): { value: number; grad: Dense } => {
  const grad = zeros()
  const s = new CrfScratch()
  let value = 0
  for (const ex of xs) {
    value += sequenceGradient(emissionsOf(d, ex), ex.n, ex.gold, d.trans, d.start, s)
    for (let i = 0; i < ex.n; i++)
      for (let k = ex.offs[i]!; k < ex.offs[i + 1]!; k++) {
        const r = (ex.feats[k]! & (SIZE - 1)) * T
        for (let t = 0; t < T; t++) grad.w[r + t] = grad.w[r + t]! + s.coef[i * T + t]!
      }
    for (let k = 0; k < T * T; k++) grad.trans[k] = grad.trans[k]! + s.pairCoef[k]!
    for (let t = 0; t < T; t++) grad.start[t] = grad.start[t]! + s.startCoef[t]!
  }
  for (const [p, g] of [
    [d.w, grad.w],
    [d.trans, grad.trans],
    [d.start, grad.start]
  ] as const) {
    for (let k = 0; k < p.length; k++) {
      value += c2 * p[k]! * p[k]!
      g[k] = g[k]! + 2 * c2 * p[k]!
    }
  }
  return { value, grad }
}

const examples = () => prepareExamples(sentences, "ar", gazetteer("ar"))

const decode = (t: Trained, ex: Example): Array<string> => {
  const emit = new Float64Array(ex.n * T)
  for (let i = 0; i < ex.n; i++)
    for (let k = ex.offs[i]!; k < ex.offs[i + 1]!; k++)
      for (let tag = 0; tag < T; tag++) emit[i * T + tag] = emit[i * T + tag]! + t.weights[(ex.feats[k]! & (SIZE - 1)) * T + tag]!
  const pred = new Int8Array(ex.n)
  viterbi(emit, ex.n, t.transitions, t.start, pred, new ViterbiScratch())
  return Array.from(pred, (p) => TAGS[p]!)
}

describe("CRF forward-backward", () => {
  it("log Z and the marginals equal sums over every allowed tag sequence (n = 1 … 4)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(0.5, 3, 20), (n, seed, spread) => {
        const emit = randoms(seed, n * T, spread)
        const trans = randoms(seed + 1, T * T, spread)
        const start = randoms(seed + 2, T, spread)
        const s = new CrfScratch()
        const logZ = forwardBackward(emit, n, trans, start, s)
        const seqs = allowedSequences(n)
        const scores = seqs.map((q) => scoreOf(q, emit, trans, start))
        const mx = Math.max(...scores)
        const z = scores.reduce((acc, x) => acc + Math.exp(x - mx), 0)
        expect(logZ).toBeCloseTo(mx + Math.log(z), 8)
        const marg = new Float64Array(n * T)
        seqs.forEach((q, k) => q.forEach((t, i) => (marg[i * T + t] = marg[i * T + t]! + Math.exp(scores[k]! - mx) / z)))
        for (let i = 0; i < n * T; i++) expect(s.marg[i]).toBeCloseTo(marg[i]!, 9)
      }),
      { numRuns: 40 }
    )
  })

  it("the marginals at every position sum to 1, and tags the decoder forbids get none", () => {
    const n = 30
    for (const spread of [0.1, 5, 60]) {
      const s = new CrfScratch()
      forwardBackward(randoms(3, n * T, spread), n, randoms(4, T * T, spread), randoms(5, T, spread), s)
      for (let i = 0; i < n; i++) {
        let sum = 0
        for (let t = 0; t < T; t++) sum += s.marg[i * T + t]!
        expect(sum).toBeCloseTo(1, 10)
      }
      // an I- tag never opens a sentence
      for (let t = 0; t < T; t++) if (!allowed(-1, t)) expect(s.marg[t]).toBe(0)
    }
  })

  it("the expected pair counts sum to n − 1, and pairs the decoder forbids get none", () => {
    const n = 12
    const emit = randoms(11, n * T, 4)
    const gold = new Int8Array(n) // all O: allowed
    const s = new CrfScratch()
    sequenceGradient(emit, n, gold, randoms(12, T * T, 4), randoms(13, T, 4), s)
    // pairCoef = expected − gold counts: the gold pairs are n − 1 times O → O
    let expected = 0
    for (let k = 0; k < T * T; k++) expected += s.pairCoef[k]! + (k === 0 ? n - 1 : 0)
    expect(expected).toBeCloseTo(n - 1, 9)
    for (let k = 0; k < T * T; k++) if (!allowed(Math.floor(k / T), k % T)) expect(s.pairCoef[k]).toBe(0)
  })
})

describe("CRF gradient", () => {
  it("matches finite differences of the objective (features, transitions, start)", () => {
    const xs = examples()
    const c2 = 0.3
    const d = zeros()
    // a point away from zero, so that the L2 term and the transitions matter
    const r = mulberry32(5)
    for (let k = 0; k < d.w.length; k++) d.w[k] = (r() - 0.5) * 0.4
    for (let k = 0; k < T * T; k++) d.trans[k] = (r() - 0.5) * 2
    for (let k = 0; k < T; k++) d.start[k] = (r() - 0.5) * 2
    const { grad } = objective(d, xs, c2)
    const h = 1e-5
    const check = (p: Float64Array, g: Float64Array, k: number) => {
      const keep = p[k]!
      p[k] = keep + h
      const up = objective(d, xs, c2).value
      p[k] = keep - h
      const down = objective(d, xs, c2).value
      p[k] = keep
      expect(g[k]).toBeCloseTo((up - down) / (2 * h), 5)
    }
    // the buckets of the first sentence's first two units, every tag
    const ex = xs[0]!
    const buckets = [ex.feats[ex.offs[0]!]!, ex.feats[ex.offs[1]! + 3]!].map((f) => f & (SIZE - 1))
    for (const b of buckets) for (let t = 0; t < T; t++) check(d.w, grad.w, b * T + t)
    let nonZero = 0
    for (let k = 0; k < T * T; k++) {
      if (!allowed(Math.floor(k / T), k % T)) continue
      check(d.trans, grad.trans, k)
      if (Math.abs(grad.trans[k]!) > 1e-3) nonZero++
    }
    expect(nonZero).toBeGreaterThan(10)
    for (let t = 0; t < T; t++) if (allowed(-1, t)) check(d.start, grad.start, t)
  })

  it("refuses a gold sequence the constraints forbid", () => {
    const s = new CrfScratch()
    const emit = new Float64Array(2 * T)
    const zero = new Float64Array(T * T)
    expect(() => sequenceGradient(emit, 2, Int8Array.from([2, 2]), zero, new Float64Array(T), s)).toThrow(/opens with forbidden/)
    expect(() => sequenceGradient(emit, 2, Int8Array.from([0, 4]), zero, new Float64Array(T), s)).toThrow(/forbidden pair/)
  })
})

describe("CRF training by averaged SGD", () => {
  /** Plain dense SGD (and the running mean of its iterates) on one sequence: what the scaled, sparse trainer must equal. */
  const reference = (ex: Example, epochs: number, c2: number, eta0: number, averageFrom: number): Dense => {
    const lambda = 2 * c2 // N = 1
    const d = zeros()
    const avg = zeros()
    let k = 0
    for (let t = 0; t < epochs; t++) {
      const { grad } = objective(d, [ex], 0)
      const eta = eta0 / Math.pow(1 + lambda * eta0 * t, 0.75)
      for (const key of ["w", "trans", "start"] as const) {
        const p = d[key]
        for (let j = 0; j < p.length; j++) p[j] = (1 - eta * lambda) * p[j]! - eta * grad[key][j]!
      }
      if (t + 1 >= averageFrom) {
        k++
        for (const key of ["w", "trans", "start"] as const) {
          const p = d[key]
          const m = avg[key]
          for (let j = 0; j < p.length; j++) m[j] = m[j]! + (p[j]! - m[j]!) / k
        }
      }
    }
    return averageFrom <= epochs ? avg : d
  }

  it("its sparse steps with scaled L2 and averaging equal dense SGD and the mean of its iterates", () => {
    const ex = examples()[1]!
    for (const [averageFrom, c2] of [
      [99, 0.5],
      [1, 0.5],
      [3, 2],
      [2, 0]
    ] as const) {
      const epochs = 5
      const got = trainCrf([ex], "ar", { bucketBits: BITS, epochs, seed: 7, c2, eta0: 0.2, averageFrom, outputScale: 1 })
      const want = reference(ex, epochs, c2, 0.2, averageFrom)
      let nonZero = 0
      for (let k = 0; k < want.w.length; k++) {
        if (want.w[k] !== 0) nonZero++
        expect(got.weights[k]).toBeCloseTo(want.w[k]!, 5)
      }
      expect(nonZero).toBeGreaterThan(0)
      for (let k = 0; k < T * T; k++) expect(got.transitions[k]).toBeCloseTo(want.trans[k]!, 9)
      for (let k = 0; k < T; k++) expect(got.start[k]).toBeCloseTo(want.start[k]!, 9)
    }
  })

  it("outputScale multiplies the weights handed out and changes nothing else", () => {
    const xs = examples()
    const one = trainCrf(xs, "ar", { bucketBits: BITS, epochs: 3, seed: 7, outputScale: 1 })
    const ten = trainCrf(xs, "ar", { bucketBits: BITS, epochs: 3, seed: 7, outputScale: 10 })
    for (let k = 0; k < one.weights.length; k++) expect(ten.weights[k]).toBeCloseTo(10 * one.weights[k]!, 4)
    for (let k = 0; k < T * T; k++) expect(ten.transitions[k]).toBeCloseTo(10 * one.transitions[k]!, 9)
  })

  it("learns its training sentences, and features under minCount keep no weight", () => {
    const xs = examples()
    const m = trainCrf(xs, "ar", { bucketBits: BITS, epochs: 30, seed: 7, c2: 0.01, eta0: 0.2 })
    for (const [i, ex] of xs.entries()) expect(decode(m, ex)).toEqual(sentences[i]!.tags)
    const counts = new Map<number, number>()
    for (const ex of xs) for (const f of ex.feats) counts.set(f & (SIZE - 1), (counts.get(f & (SIZE - 1)) ?? 0) + 1)
    const pruned = trainCrf(xs, "ar", { bucketBits: BITS, epochs: 3, seed: 7, minCount: 2 })
    let rare = 0
    for (const [b, c] of counts) {
      const row = Array.from(pruned.weights.subarray(b * T, b * T + T))
      if (c < 2) {
        rare++
        expect(row.every((x) => x === 0)).toBe(true)
      } else expect(row.some((x) => x !== 0)).toBe(true)
    }
    expect(rare).toBeGreaterThan(0)
  })

  it("the same data, options and seed give the same bytes; another seed another order", () => {
    const xs = examples()
    const options = { bucketBits: BITS, epochs: 4, seed: 7, minCount: 1, c2: 0.5, eta0: 0.1 }
    const a = trainCrf(xs, "ar", options)
    const b = trainCrf(examples(), "ar", options)
    expect(Buffer.from(b.weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(true)
    expect(Buffer.from(b.transitions.buffer).equals(Buffer.from(a.transitions.buffer))).toBe(true)
    const c = trainCrf(xs, "ar", { ...options, seed: 8 })
    expect(Buffer.from(c.weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(false)
  })

  it("its weights go through the perceptron's quantization: 16-bit integers, the same tags after loading", () => {
    const xs = examples()
    const m = trainCrf(xs, "ar", { bucketBits: BITS, epochs: 30, seed: 7, c2: 0.01, eta0: 0.2 })
    const scale = 0.02
    const file = encodeModel(m, {
      lang: "ar",
      scale,
      training: { data: ["test sentences"], sentences: xs.length, tokens: 0, epochs: 30, seed: 7, outsideBias: 0, dev: {} },
      license: "test",
      attribution: "test"
    })
    const loaded = loadModel(JSON.parse(JSON.stringify(file)), "ar")
    expect(loaded.quanta).toBeInstanceOf(Int16Array)
    // every weight is within half a step of its float value (a dropped one was under half a step)
    const dense = new Float64Array(SIZE * T)
    for (let b = 0; b < SIZE; b++) {
      const r = loaded.rowOf[b]!
      if (r >= 0) for (let t = 0; t < T; t++) dense[b * T + t] = loaded.weights[r * T + t]!
    }
    for (let k = 0; k < dense.length; k++) expect(Math.abs(dense[k]! - m.weights[k]!)).toBeLessThanOrEqual(scale / 2 + 1e-6)
    const q: Trained = { bucketBits: BITS, weights: Float32Array.from(dense), start: loaded.start, transitions: loaded.transitions }
    for (const [i, ex] of xs.entries()) expect(decode(q, ex)).toEqual(sentences[i]!.tags)
  })

  it("refuses examples of other domains without augmentation, and bad settings", () => {
    const xs = inDomain(examples(), 1)
    expect(() => trainCrf(xs, "ar", { bucketBits: BITS, epochs: 1, seed: 7 })).toThrow(/augmentation/)
    expect(() => trainCrf(examples(), "ar", { bucketBits: BITS, epochs: 1, seed: 7, domains: 2 })).toThrow(/domain must be in/)
    expect(() => trainCrf(inDomain(examples(), 2), "ar", { bucketBits: BITS, epochs: 1, seed: 7, domains: 2 })).toThrow(/domain must be in/)
    expect(() => trainCrf(xs, "ar", { bucketBits: BITS, epochs: 1, seed: 7, domains: 2, target: 2 })).toThrow(/target/)
    expect(() => trainCrf(xs, "ar", { bucketBits: BITS, epochs: 1, seed: 7, domains: 1.5 })).toThrow(/domains/)
    expect(() => trainCrf(examples(), "ar", { bucketBits: BITS, epochs: 1, seed: 7, eta0: 0 })).toThrow(/eta0/)
    // one sequence: λ = 2 c2, so η0 λ = 1.2
    expect(() => trainCrf(examples().slice(0, 1), "ar", { bucketBits: BITS, epochs: 1, seed: 7, eta0: 0.2, c2: 3 })).toThrow(/below 1/)
  })
})

describe("CRF with feature augmentation (Daumé III 2007)", () => {
  const same = (x: ArrayLike<number>, y: ArrayLike<number>, digits: number) => {
    expect(x.length).toBe(y.length)
    let nonZero = 0
    for (let k = 0; k < x.length; k++) {
      if (y[k] !== 0) nonZero++
      expect(x[k]).toBeCloseTo(y[k]!, digits)
    }
    return nonZero
  }

  it("with one domain both copies take the same steps: the merge is the plain CRF with c2 halved and η0 doubled", () => {
    // copies u (shared) and u (private) score θ = 2u and each moves by −η (∇loss(θ) + 2 c2 u): so θ moves by
    // −2η (∇loss(θ) + (c2 / 2) · 2θ), the plain CRF's step with η0 twice and c2 half as large; the schedule agrees too
    const xs = examples()
    for (const averageFrom of [2, 99]) {
      const base = { bucketBits: BITS, epochs: 4, seed: 7, averageFrom, minCount: 2, outputScale: 1 }
      const merged = trainCrf(inDomain(xs, 0), "ar", { ...base, c2: 0.6, eta0: 0.05, domains: 1 })
      const plain = trainCrf(xs, "ar", { ...base, c2: 0.3, eta0: 0.1 })
      expect(same(merged.weights, plain.weights, 5)).toBeGreaterThan(0)
      same(merged.transitions, plain.transitions, 9)
      same(merged.start, plain.start, 9)
    }
  })

  it("the merge keeps the target domain's own convention where two sources disagree", () => {
    const g = gazetteer("ar")
    // the same text; in source 1 `الطالب` is (wrongly) a person, in source 0 it is not
    const s0: ConllSentence = { tokens: ["كتب", "الطالب", "درسا", "طويلا"], tags: ["O", "O", "O", "O"] }
    const s1: ConllSentence = { tokens: ["كتب", "الطالب", "درسا", "طويلا"], tags: ["O", "B-PER", "O", "O"] }
    const ex0 = inDomain(prepareExamples([s0, ...sentences], "ar", g), 0)
    const ex1 = inDomain(prepareExamples([s1, s1, s1], "ar", g), 1)
    const forTarget = (target: number) =>
      trainCrf([...ex0, ...ex1], "ar", { bucketBits: BITS, epochs: 30, seed: 7, c2: 0.01, eta0: 0.2, domains: 2, target })
    expect(decode(forTarget(0), ex0[0]!)).toEqual(["O", "O", "O", "O"])
    expect(decode(forTarget(1), ex0[0]!)).toEqual(["O", "B-PER", "O", "O"])
    // the target's other sentences are still learned
    for (let i = 1; i < ex0.length; i++) expect(decode(forTarget(0), ex0[i]!)).toEqual(sentences[i - 1]!.tags)
    // without augmentation the two sources are one: the three sentences of source 1 outvote the one of source 0
    const pooled = trainCrf([...ex0, ...ex1].map((e) => ({ ...e, domain: undefined })), "ar", { bucketBits: BITS, epochs: 30, seed: 7, c2: 0.01, eta0: 0.2 })
    expect(decode(pooled, ex0[0]!)).toEqual(["O", "B-PER", "O", "O"])
  })

  it("is deterministic, and the shared copy counts the features of every domain for minCount", () => {
    const g = gazetteer("ar")
    const ex0 = inDomain(prepareExamples(sentences.slice(0, 2), "ar", g), 0)
    const ex1 = inDomain(prepareExamples(sentences.slice(2), "ar", g), 1)
    const options = { bucketBits: BITS, epochs: 3, seed: 7, minCount: 2, c2: 0.3, domains: 2 }
    const a = trainCrf([...ex0, ...ex1], "ar", options)
    const b = trainCrf([...ex0, ...ex1], "ar", options)
    expect(Buffer.from(b.weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(true)
    expect(Buffer.from(b.transitions.buffer).equals(Buffer.from(a.transitions.buffer))).toBe(true)
    // the shared block counts the occurrences of every domain: a bucket seen once in each passes minCount 2 and has a
    // weight in the merge; one seen once in all has none
    const count = (xs: ReadonlyArray<Example>) => {
      const m = new Map<number, number>()
      for (const ex of xs) for (const f of ex.feats) m.set(f & (SIZE - 1), (m.get(f & (SIZE - 1)) ?? 0) + 1)
      return m
    }
    const c0 = count(ex0)
    const c1 = count(ex1)
    let rare = 0
    for (const [bucket, n] of c0) {
      const row = Array.from(a.weights.subarray(bucket * T, bucket * T + T))
      if (n + (c1.get(bucket) ?? 0) < 2) {
        rare++
        expect(row.every((x) => x === 0)).toBe(true)
      } else expect(row.some((x) => x !== 0)).toBe(true)
    }
    expect(rare).toBeGreaterThan(0)
  })
})
