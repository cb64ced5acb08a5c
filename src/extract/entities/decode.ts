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
    for (let b = 0; b < T; b++) {
      let best = Number.NEGATIVE_INFINITY
      let arg = 0
      const from = PRED_FROM[b]!
      if (from === 0) {
        // O and B-X: every tag may come before; the previous unit's scores
        // are read in order, as the loop below would, so ties break the same
        for (let a = 0; a < T; a++) {
          const s = score[prevRow + a]! + trans[a * T + b]!
          if (s > best) {
            best = s
            arg = a
          }
        }
      } else {
        // I-X: only B-X (b - 1) and I-X (b)
        const s1 = score[prevRow + from]! + trans[from * T + b]!
        if (s1 > best) {
          best = s1
          arg = from
        }
        const s2 = score[prevRow + b]! + trans[b * T + b]!
        if (s2 > best) {
          best = s2
          arg = b
        }
      }
      score[row + b] = best + emit[row + b]!
      back[row + b] = arg
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
  for (let i = n - 2; i >= 0; i--) {
    const next = (i + 1) * T
    for (let a = 0; a < T; a++) {
      let best = Number.NEGATIVE_INFINITY
      // O and the B- tags (0, 1, 3, 5, 7) may follow any tag
      for (let b = 0; b < T; b += b === 0 ? 1 : 2) {
        const s = trans[a * T + b]! + emit[next + b]! + bwd[next + b]!
        if (s > best) best = s
      }
      // and I-X may follow B-X and I-X
      if (a !== 0) {
        const b = a % 2 === 1 ? a + 1 : a
        const s = trans[a * T + b]! + emit[next + b]! + bwd[next + b]!
        if (s > best) best = s
      }
      bwd[i * T + a] = best
    }
  }
  for (let k = 0; k < n * T; k++) out[k] = fwd[k]! + bwd[k]!
}
