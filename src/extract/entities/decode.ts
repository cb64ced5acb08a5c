/**
 * BIO tags and Viterbi decoding over them.
 *
 * Nine tags: `O` and `B-`/`I-` for the four types. `I-X` may only follow
 * `B-X` or `I-X`, so every decoded sequence reads as well-formed spans.
 *
 * @module
 */

/** The tags, in the order of the model's weight rows. */
export const TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"] as const
export type Tag = (typeof TAGS)[number]
export const TAG_COUNT = TAGS.length
export const TYPES = ["PER", "LOC", "ORG", "MISC"] as const
export type ShortType = (typeof TYPES)[number]

/** Index of a tag. */
export const tagIndex = (t: string): number => TAGS.indexOf(t as Tag)

/** 0 for O, 1 for B, 2 for I. */
export const tagPosition = (k: number): 0 | 1 | 2 => (k === 0 ? 0 : k % 2 === 1 ? 1 : 2)
/** The type of a B or I tag (index into {@link TYPES}), -1 for O. */
export const tagType = (k: number): number => (k === 0 ? -1 : (k - 1) >> 1)

/** Whether tag `b` may follow tag `a` (`a = -1`: start of a sentence). */
export const allowed = (a: number, b: number): boolean => {
  if (tagPosition(b) !== 2) return true
  if (a < 0) return false
  return a !== 0 && tagType(a) === tagType(b)
}

const ALLOWED = /* @__PURE__ */ (() => {
  const m = new Uint8Array((TAG_COUNT + 1) * TAG_COUNT)
  for (let a = -1; a < TAG_COUNT; a++) for (let b = 0; b < TAG_COUNT; b++) m[(a + 1) * TAG_COUNT + b] = allowed(a, b) ? 1 : 0
  return m
})()

/**
 * The tags that may come before tag `b` are `[PRED_FROM[b], PRED_TO[b])`: all
 * of them before `O` and `B-X`, only `B-X` and `I-X` before `I-X` (the tag
 * order puts those two side by side). The decoders loop over these ranges in
 * increasing order, as a loop over all tags that skips the forbidden ones
 * would, so ties break the same way.
 */
const PRED_FROM = /* @__PURE__ */ Int8Array.from({ length: TAG_COUNT }, (_, b) => (tagPosition(b) === 2 ? b - 1 : 0))
const PRED_TO = /* @__PURE__ */ Int8Array.from({ length: TAG_COUNT }, (_, b) => (tagPosition(b) === 2 ? b + 1 : TAG_COUNT))

/** Scratch arrays for {@link viterbi}, grown as needed. */
export class ViterbiScratch {
  score = new Float64Array(TAG_COUNT * 64)
  back = new Int8Array(TAG_COUNT * 64)
  ensure(n: number): void {
    if (this.score.length < n * TAG_COUNT) {
      this.score = new Float64Array(n * TAG_COUNT * 2)
      this.back = new Int8Array(n * TAG_COUNT * 2)
    }
  }
}

/**
 * The best tag sequence for `n` units.
 *
 * `emit[i * T + t]`: score of tag `t` at unit `i`; `trans[a * T + b]`: score of
 * `b` after `a`; `start[t]`: score of `t` first. Writes the tags into `out`.
 */
export const viterbi = (
  emit: Float64Array,
  n: number,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  out: Int8Array | Array<number>,
  scratch: ViterbiScratch
): void => {
  if (n === 0) return
  const T = TAG_COUNT
  scratch.ensure(n)
  const score = scratch.score
  const back = scratch.back
  for (let t = 0; t < T; t++) score[t] = ALLOWED[t] === 1 ? start[t]! + emit[t]! : Number.NEGATIVE_INFINITY
  for (let i = 1; i < n; i++) {
    const row = i * T
    const prevRow = row - T
    // the previous unit's scores, read once for the nine tags (the sums and the order of the comparisons are
    // those of a loop over every allowed previous tag in increasing order, so ties break the same way). Each tag's
    // comparisons are written out with constant offsets into `trans`: the same code as a loop over the O and B tags
    // (one block, offsets computed) ran at 0.6 of this speed, and a helper called per tag at 0.3-0.5
    // (scratch-measured in session 15 on 32,301 SaudiNewsNet sentences), so the nine blocks stay as they are.
    const p0 = score[prevRow]!
    const p1 = score[prevRow + 1]!
    const p2 = score[prevRow + 2]!
    const p3 = score[prevRow + 3]!
    const p4 = score[prevRow + 4]!
    const p5 = score[prevRow + 5]!
    const p6 = score[prevRow + 6]!
    const p7 = score[prevRow + 7]!
    const p8 = score[prevRow + 8]!
    {
      // O: every tag may come before
      let best = p0 + trans[0]!
      let arg = 0
      const s1 = p1 + trans[9]!
      if (s1 > best) {
        best = s1
        arg = 1
      }
      const s2 = p2 + trans[18]!
      if (s2 > best) {
        best = s2
        arg = 2
      }
      const s3 = p3 + trans[27]!
      if (s3 > best) {
        best = s3
        arg = 3
      }
      const s4 = p4 + trans[36]!
      if (s4 > best) {
        best = s4
        arg = 4
      }
      const s5 = p5 + trans[45]!
      if (s5 > best) {
        best = s5
        arg = 5
      }
      const s6 = p6 + trans[54]!
      if (s6 > best) {
        best = s6
        arg = 6
      }
      const s7 = p7 + trans[63]!
      if (s7 > best) {
        best = s7
        arg = 7
      }
      const s8 = p8 + trans[72]!
      if (s8 > best) {
        best = s8
        arg = 8
      }
      score[row + 0] = best + emit[row + 0]!
      back[row + 0] = arg
    }
    {
      // B-PER: every tag may come before
      let best = p0 + trans[1]!
      let arg = 0
      const s1 = p1 + trans[10]!
      if (s1 > best) {
        best = s1
        arg = 1
      }
      const s2 = p2 + trans[19]!
      if (s2 > best) {
        best = s2
        arg = 2
      }
      const s3 = p3 + trans[28]!
      if (s3 > best) {
        best = s3
        arg = 3
      }
      const s4 = p4 + trans[37]!
      if (s4 > best) {
        best = s4
        arg = 4
      }
      const s5 = p5 + trans[46]!
      if (s5 > best) {
        best = s5
        arg = 5
      }
      const s6 = p6 + trans[55]!
      if (s6 > best) {
        best = s6
        arg = 6
      }
      const s7 = p7 + trans[64]!
      if (s7 > best) {
        best = s7
        arg = 7
      }
      const s8 = p8 + trans[73]!
      if (s8 > best) {
        best = s8
        arg = 8
      }
      score[row + 1] = best + emit[row + 1]!
      back[row + 1] = arg
    }
    {
      // I-PER: only B- (1) and I- (2) of its type
      const s1 = p1 + trans[11]!
      const s2 = p2 + trans[20]!
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      if (s1 > best) {
        best = s1
        arg = 1
      }
      if (s2 > best) {
        best = s2
        arg = 2
      }
      score[row + 2] = best + emit[row + 2]!
      back[row + 2] = arg
    }
    {
      // B-LOC: every tag may come before
      let best = p0 + trans[3]!
      let arg = 0
      const s1 = p1 + trans[12]!
      if (s1 > best) {
        best = s1
        arg = 1
      }
      const s2 = p2 + trans[21]!
      if (s2 > best) {
        best = s2
        arg = 2
      }
      const s3 = p3 + trans[30]!
      if (s3 > best) {
        best = s3
        arg = 3
      }
      const s4 = p4 + trans[39]!
      if (s4 > best) {
        best = s4
        arg = 4
      }
      const s5 = p5 + trans[48]!
      if (s5 > best) {
        best = s5
        arg = 5
      }
      const s6 = p6 + trans[57]!
      if (s6 > best) {
        best = s6
        arg = 6
      }
      const s7 = p7 + trans[66]!
      if (s7 > best) {
        best = s7
        arg = 7
      }
      const s8 = p8 + trans[75]!
      if (s8 > best) {
        best = s8
        arg = 8
      }
      score[row + 3] = best + emit[row + 3]!
      back[row + 3] = arg
    }
    {
      // I-LOC: only B- (3) and I- (4) of its type
      const s1 = p3 + trans[31]!
      const s2 = p4 + trans[40]!
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      if (s1 > best) {
        best = s1
        arg = 3
      }
      if (s2 > best) {
        best = s2
        arg = 4
      }
      score[row + 4] = best + emit[row + 4]!
      back[row + 4] = arg
    }
    {
      // B-ORG: every tag may come before
      let best = p0 + trans[5]!
      let arg = 0
      const s1 = p1 + trans[14]!
      if (s1 > best) {
        best = s1
        arg = 1
      }
      const s2 = p2 + trans[23]!
      if (s2 > best) {
        best = s2
        arg = 2
      }
      const s3 = p3 + trans[32]!
      if (s3 > best) {
        best = s3
        arg = 3
      }
      const s4 = p4 + trans[41]!
      if (s4 > best) {
        best = s4
        arg = 4
      }
      const s5 = p5 + trans[50]!
      if (s5 > best) {
        best = s5
        arg = 5
      }
      const s6 = p6 + trans[59]!
      if (s6 > best) {
        best = s6
        arg = 6
      }
      const s7 = p7 + trans[68]!
      if (s7 > best) {
        best = s7
        arg = 7
      }
      const s8 = p8 + trans[77]!
      if (s8 > best) {
        best = s8
        arg = 8
      }
      score[row + 5] = best + emit[row + 5]!
      back[row + 5] = arg
    }
    {
      // I-ORG: only B- (5) and I- (6) of its type
      const s1 = p5 + trans[51]!
      const s2 = p6 + trans[60]!
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      if (s1 > best) {
        best = s1
        arg = 5
      }
      if (s2 > best) {
        best = s2
        arg = 6
      }
      score[row + 6] = best + emit[row + 6]!
      back[row + 6] = arg
    }
    {
      // B-MISC: every tag may come before
      let best = p0 + trans[7]!
      let arg = 0
      const s1 = p1 + trans[16]!
      if (s1 > best) {
        best = s1
        arg = 1
      }
      const s2 = p2 + trans[25]!
      if (s2 > best) {
        best = s2
        arg = 2
      }
      const s3 = p3 + trans[34]!
      if (s3 > best) {
        best = s3
        arg = 3
      }
      const s4 = p4 + trans[43]!
      if (s4 > best) {
        best = s4
        arg = 4
      }
      const s5 = p5 + trans[52]!
      if (s5 > best) {
        best = s5
        arg = 5
      }
      const s6 = p6 + trans[61]!
      if (s6 > best) {
        best = s6
        arg = 6
      }
      const s7 = p7 + trans[70]!
      if (s7 > best) {
        best = s7
        arg = 7
      }
      const s8 = p8 + trans[79]!
      if (s8 > best) {
        best = s8
        arg = 8
      }
      score[row + 7] = best + emit[row + 7]!
      back[row + 7] = arg
    }
    {
      // I-MISC: only B- (7) and I- (8) of its type
      const s1 = p7 + trans[71]!
      const s2 = p8 + trans[80]!
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      if (s1 > best) {
        best = s1
        arg = 7
      }
      if (s2 > best) {
        best = s2
        arg = 8
      }
      score[row + 8] = best + emit[row + 8]!
      back[row + 8] = arg
    }
  }
  let best = Number.NEGATIVE_INFINITY
  let arg = 0
  const last = (n - 1) * T
  for (let t = 0; t < T; t++) {
    if (score[last + t]! > best) {
      best = score[last + t]!
      arg = t
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg
    arg = back[i * T + arg]!
  }
}

/**
 * Max-marginals: `out[i * T + t]` is the score of the best tag sequence that
 * puts tag `t` at unit `i` (forward plus backward Viterbi scores).
 * `forward`: the forward scores {@link viterbi} left in its scratch for the
 * same sentence (`scratch.score`), which saves computing them again;
 * `backward`: room for `n × T` backward scores (allocated when absent).
 */
export const maxMarginals = (
  emit: Float64Array,
  n: number,
  trans: ArrayLike<number>,
  start: ArrayLike<number>,
  out: Float64Array,
  forward?: Float64Array,
  backward?: Float64Array
): void => {
  const T = TAG_COUNT
  const fwd = forward ?? new Float64Array(n * T)
  const bwd = backward ?? new Float64Array(n * T)
  bwd.fill(0, (n - 1) * T, n * T)
  if (forward === undefined) {
    for (let t = 0; t < T; t++) fwd[t] = ALLOWED[t] === 1 ? start[t]! + emit[t]! : Number.NEGATIVE_INFINITY
    for (let i = 1; i < n; i++) {
      for (let b = 0; b < T; b++) {
        let best = Number.NEGATIVE_INFINITY
        for (let a = PRED_FROM[b]!; a < PRED_TO[b]!; a++) {
          const s = fwd[(i - 1) * T + a]! + trans[a * T + b]!
          if (s > best) best = s
        }
        fwd[i * T + b] = best + emit[i * T + b]!
      }
    }
  }
  for (let k = (n - 1) * T; k < n * T; k++) out[k] = fwd[k]!
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * T
    // what each tag of the next unit brings from there on, read once for the nine tags before it (the sums are
    // the ones the pairwise loop added, in the same order: (trans + emit) + bwd is not trans + (emit + bwd) in
    // floating point, so the transition is added first below as it was)
    const e0 = emit[next]!
    const e1 = emit[next + 1]!
    const e2 = emit[next + 2]!
    const e3 = emit[next + 3]!
    const e4 = emit[next + 4]!
    const e5 = emit[next + 5]!
    const e6 = emit[next + 6]!
    const e7 = emit[next + 7]!
    const e8 = emit[next + 8]!
    const b0 = bwd[next]!
    const b1 = bwd[next + 1]!
    const b2 = bwd[next + 2]!
    const b3 = bwd[next + 3]!
    const b4 = bwd[next + 4]!
    const b5 = bwd[next + 5]!
    const b6 = bwd[next + 6]!
    const b7 = bwd[next + 7]!
    const b8 = bwd[next + 8]!
    const row = i * T
    for (let a = 0; a < T; a++) {
      const tr = a * T
      // O and the B- tags (0, 1, 3, 5, 7) may follow any tag, in that order (ties keep the first, as before)
      let best = trans[tr]! + e0 + b0
      let s = trans[tr + 1]! + e1 + b1
      if (s > best) best = s
      s = trans[tr + 3]! + e3 + b3
      if (s > best) best = s
      s = trans[tr + 5]! + e5 + b5
      if (s > best) best = s
      s = trans[tr + 7]! + e7 + b7
      if (s > best) best = s
      // and I-X may follow B-X and I-X
      if (a !== 0) {
        const b = a % 2 === 1 ? a + 1 : a
        s = trans[tr + b]! + (b === 2 ? e2 : b === 4 ? e4 : b === 6 ? e6 : e8) + (b === 2 ? b2 : b === 4 ? b4 : b === 6 ? b6 : b8)
        if (s > best) best = s
      }
      bwd[row + a] = best
      out[row + a] = fwd[row + a]! + best
    }
  }
}
