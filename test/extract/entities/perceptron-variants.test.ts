import { describe, expect, it } from "vitest"
import type { ConllSentence } from "../../../src/extract/entities/conll.js"
import { TAG_COUNT } from "../../../src/extract/entities/decode.js"
import { gazetteer } from "../../../src/extract/entities/gazetteer.js"
import { prepareExamples, trainPerceptron, type Example, type Trained } from "../../../src/extract/entities/train.js"

const T = TAG_COUNT

// sentences written for this test
const sentences: Array<ConllSentence> = [
  { tokens: ["زار", "بوتين", "سوتشي", "أمس"], tags: ["O", "B-PER", "B-LOC", "O"] },
  { tokens: ["قال", "وزير", "الخارجية", "إن", "الأمم", "المتحدة", "ترحب"], tags: ["O", "O", "O", "O", "B-ORG", "I-ORG", "O"] },
  { tokens: ["وصل", "الوفد", "إلى", "القاهرة", "صباح", "اليوم"], tags: ["O", "O", "O", "B-LOC", "O", "O"] }
]
const options = { bucketBits: 12, epochs: 4, seed: 7 }
const examples = () => prepareExamples(sentences, "ar", gazetteer("ar"))
const same = (a: Trained, b: Trained) =>
  Buffer.from(a.weights.buffer).equals(Buffer.from(b.weights.buffer)) && Buffer.from(a.transitions.buffer).equals(Buffer.from(b.transitions.buffer))

/** Score of a tag sequence under weights (the sum the decoder maximizes). */
const scoreOf = (t: Trained, ex: Example, tags: ArrayLike<number>): number => {
  const mask = 2 ** t.bucketBits - 1
  let s = t.start[tags[0]!]!
  for (let i = 0; i < ex.n; i++) {
    for (let k = ex.offs[i]!; k < ex.offs[i + 1]!; k++) s += t.weights[(ex.feats[k]! & mask) * T + tags[i]!]!
    if (i > 0) s += t.transitions[tags[i - 1]! * T + tags[i]!]!
  }
  return s
}

describe("perceptron variants", () => {
  it("without dropout or pa the weights are those of the plain perceptron, byte for byte", () => {
    const xs = examples()
    expect(same(trainPerceptron(xs, "ar", { ...options, dropout: 0 }), trainPerceptron(xs, "ar", options))).toBe(true)
  })

  it("dropout is deterministic, changes the weights, and keeps the sentence order", () => {
    const xs = examples()
    const a = trainPerceptron(xs, "ar", { ...options, dropout: 0.3 })
    const b = trainPerceptron(examples(), "ar", { ...options, dropout: 0.3 })
    expect(same(a, b)).toBe(true)
    expect(same(a, trainPerceptron(xs, "ar", options))).toBe(false)
    expect(same(a, trainPerceptron(xs, "ar", { ...options, dropout: 0.3, seed: 8 }))).toBe(false)
    expect(() => trainPerceptron(xs, "ar", { ...options, dropout: 1 })).toThrow(/dropout/)
    expect(() => trainPerceptron(xs, "ar", { ...options, pa: 0 })).toThrow(/pa must/)
  })

  it("pa: steps capped at C everywhere give the perceptron's weights times C", () => {
    const xs = examples()
    const plain = trainPerceptron(xs, "ar", options)
    const capped = trainPerceptron(xs, "ar", { ...options, pa: 0.001 })
    let nonZero = 0
    for (let k = 0; k < plain.weights.length; k++) {
      if (plain.weights[k] !== 0) nonZero++
      expect(capped.weights[k]).toBeCloseTo(plain.weights[k]! * 0.001, 6)
    }
    expect(nonZero).toBeGreaterThan(0)
    for (let k = 0; k < T * T; k++) expect(capped.transitions[k]).toBeCloseTo(plain.transitions[k]! * 0.001, 9)
  })

  it("pa: one uncapped step puts the gold sequence ahead of the mistaken one by its number of wrong tags", () => {
    // from zero weights every tag ties and Viterbi picks O everywhere; the first sentence has two entity tags
    const ex = examples()[0]!
    const wrong = new Int8Array(ex.n)
    const cost = Array.from(ex.gold).filter((g) => g !== 0).length
    expect(cost).toBe(2)
    const t = trainPerceptron([ex], "ar", { ...options, epochs: 1, pa: 1e9 })
    // one update at step 1, averaged over 2 steps: the returned weights are half the step's
    const margin = 2 * (scoreOf(t, ex, ex.gold) - scoreOf(t, ex, wrong))
    expect(margin).toBeCloseTo(cost, 4)
  })
})
