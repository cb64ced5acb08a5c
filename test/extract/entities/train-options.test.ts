import { describe, expect, it } from "vitest"
import type { ConllSentence } from "../../../src/extract/entities/conll.js"
import { gazetteer } from "../../../src/extract/entities/gazetteer.js"
import { averageTrained, prepareExamples, trainPerceptron, type Trained } from "../../../src/extract/entities/train.js"

// sentences written for this test
const sentences: Array<ConllSentence> = [
  { tokens: ["زار", "بوتين", "سوتشي", "أمس"], tags: ["O", "B-PER", "B-LOC", "O"] },
  { tokens: ["Putin", "visited", "Sochi", "."], tags: ["B-PER", "O", "B-LOC", "O"] },
  { tokens: ["قال", "وزير", "الخارجية", "إن", "الأمم", "المتحدة", "ترحب"], tags: ["O", "O", "O", "O", "B-ORG", "I-ORG", "O"] }
]
const options = { bucketBits: 12, epochs: 3, seed: 7 }

const trained = (weights: Array<number>, start: Array<number>, transitions: Array<number>): Trained => ({
  bucketBits: 12,
  weights: Float32Array.from(weights),
  start: Float64Array.from(start),
  transitions: Float64Array.from(transitions)
})

describe("training options", () => {
  it("averageTrained takes the element-wise mean of weights, start and transition scores", () => {
    const m = averageTrained([trained([1, 2, 3], [0, 4], [2]), trained([3, -2, 0], [2, 0], [-4])])
    expect(Array.from(m.weights)).toEqual([2, 0, 1.5])
    expect(Array.from(m.start)).toEqual([1, 2])
    expect(Array.from(m.transitions)).toEqual([-1])
    expect(() => averageTrained([])).toThrow(/nothing to average/)
    expect(() => averageTrained([trained([1], [0], [0]), { ...trained([1], [0], [0]), bucketBits: 13 }])).toThrow(/different sizes/)
  })

  it("an example's weight scales its updates: weight 0.5 gives exactly half of weight 1's weights", () => {
    const g = gazetteer("ar")
    const full = prepareExamples(sentences, "ar", g)
    const half = prepareExamples(sentences, "ar", g, 0.5)
    expect(full.every((e) => e.weight === undefined)).toBe(true)
    expect(half.every((e) => e.weight === 0.5)).toBe(true)
    const a = trainPerceptron(full, "ar", options)
    const b = trainPerceptron(half, "ar", options)
    // Viterbi's decisions are scale-free, so every update happens at the same step, at half the size
    let nonZero = 0
    for (let i = 0; i < a.weights.length; i++) {
      if (a.weights[i] !== 0) nonZero++
      expect(b.weights[i]).toBeCloseTo(a.weights[i]! / 2, 5)
    }
    expect(nonZero).toBeGreaterThan(0)
    for (let i = 0; i < a.transitions.length; i++) expect(b.transitions[i]).toBeCloseTo(a.transitions[i]! / 2, 9)
  })

  it("the same examples, options and seed give the same weights, and the mean of two equal runs is that run", () => {
    const ex = prepareExamples(sentences, "ar", gazetteer("ar"))
    const a = trainPerceptron(ex, "ar", options)
    const b = trainPerceptron(ex, "ar", options)
    expect(Buffer.from(b.weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(true)
    const m = averageTrained([a, b])
    expect(Buffer.from(m.weights.buffer).equals(Buffer.from(a.weights.buffer))).toBe(true)
  })
})
