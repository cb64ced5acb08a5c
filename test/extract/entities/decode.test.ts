/**
 * Viterbi decoding and max-marginals against brute force: every well-formed
 * BIO sequence of a short sentence is scored, and the decoders must find the
 * best one (and, per unit and tag, the best one through that tag).
 */
import fc from "fast-check"
import { describe, expect, it } from "vitest"
import { allowed, maxMarginals, TAG_COUNT, TAGS, viterbi, ViterbiScratch } from "../../../src/extract/entities/decode.js"

const T = TAG_COUNT

/** Every tag sequence of length n that the BIO rules allow. */
const sequences = (n: number): Array<Array<number>> => {
  let out: Array<Array<number>> = [[]]
  for (let i = 0; i < n; i++) {
    const next: Array<Array<number>> = []
    for (const s of out) for (let t = 0; t < T; t++) if (allowed(i === 0 ? -1 : s[i - 1]!, t)) next.push([...s, t])
    out = next
  }
  return out
}

const scoreOf = (seq: ReadonlyArray<number>, emit: Float64Array, trans: Float64Array, start: Float64Array): number => {
  let s = start[seq[0]!]! + emit[seq[0]!]!
  for (let i = 1; i < seq.length; i++) s += trans[seq[i - 1]! * T + seq[i]!]! + emit[i * T + seq[i]!]!
  return s
}

const weight = fc.double({ min: -5, max: 5, noNaN: true, noDefaultInfinity: true })
const problem = fc.integer({ min: 1, max: 4 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    emit: fc.array(weight, { minLength: n * T, maxLength: n * T }),
    trans: fc.array(weight, { minLength: T * T, maxLength: T * T }),
    start: fc.array(weight, { minLength: T, maxLength: T })
  })
)

describe("decoding", () => {
  it("viterbi finds the best well-formed sequence", () => {
    fc.assert(
      fc.property(problem, ({ n, emit, trans, start }) => {
        const e = Float64Array.from(emit)
        const tr = Float64Array.from(trans)
        const st = Float64Array.from(start)
        const out = new Int8Array(n)
        viterbi(e, n, tr, st, out, new ViterbiScratch())
        const seq = Array.from(out)
        const all = sequences(n)
        expect(all.some((s) => s.join() === seq.join())).toBe(true)
        const best = Math.max(...all.map((s) => scoreOf(s, e, tr, st)))
        expect(scoreOf(seq, e, tr, st)).toBeCloseTo(best, 9)
      }),
      { numRuns: 300 }
    )
  })

  it("max-marginals are the best score through each tag at each unit", () => {
    fc.assert(
      fc.property(problem, fc.boolean(), ({ n, emit, trans, start }, reuseForward) => {
        const e = Float64Array.from(emit)
        const tr = Float64Array.from(trans)
        const st = Float64Array.from(start)
        const out = new Float64Array(n * T)
        if (reuseForward) {
          // the tagger's way: the forward scores viterbi left in its scratch
          const scratch = new ViterbiScratch()
          viterbi(e, n, tr, st, new Int8Array(n), scratch)
          maxMarginals(e, n, tr, st, out, scratch.score)
        } else maxMarginals(e, n, tr, st, out)
        const all = sequences(n)
        for (let i = 0; i < n; i++) {
          for (let t = 0; t < T; t++) {
            const through = all.filter((s) => s[i] === t)
            const got = out[i * T + t]!
            if (through.length === 0) expect(got).toBe(Number.NEGATIVE_INFINITY)
            else expect(got).toBeCloseTo(Math.max(...through.map((s) => scoreOf(s, e, tr, st))), 9)
          }
        }
      }),
      { numRuns: 200 }
    )
  })

  it("an I- tag never starts a sentence nor follows another type", () => {
    // emissions that favour I-PER everywhere and transitions that favour I-LOC after B-PER: still well-formed
    const n = 3
    const e = new Float64Array(n * T)
    for (let i = 0; i < n; i++) e[i * T + TAGS.indexOf("I-PER")] = 10
    const tr = new Float64Array(T * T)
    tr[TAGS.indexOf("B-PER") * T + TAGS.indexOf("I-LOC")] = 50
    const out = new Int8Array(n)
    viterbi(e, n, tr, new Float64Array(T), out, new ViterbiScratch())
    const tags = Array.from(out, (k) => TAGS[k])
    expect(tags[0]).not.toMatch(/^I-/)
    for (let i = 1; i < n; i++) if (tags[i]!.startsWith("I-")) expect(tags[i - 1]!.slice(2)).toBe(tags[i]!.slice(2))
  })
})
