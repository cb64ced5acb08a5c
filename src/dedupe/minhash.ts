/**
 * MinHash sketches of word-shingle sets.
 *
 * A shingle is `k` consecutive words (default 5). Each shingle is hashed to 32
 * bits; the sketch keeps, for each of `P` hash functions `h_p(x) = a_p·x + b_p
 * (mod 2^32)` (odd `a_p`, parameters from a seeded SplitMix32 stream), the
 * smallest value over the shingles. The share of positions where two sketches
 * agree estimates the Jaccard similarity |A ∩ B| / |A ∪ B| of the two shingle
 * sets, with a standard error of √(J(1 − J)/P).
 *
 * @module
 */
import { fmix32, mix32, splitmix32 } from "./hash.js"

export interface MinHasher {
  /** Number of hash functions (the sketch length). */
  readonly permutations: number
  /** Words per shingle. */
  readonly shingle: number
  /** The sketch of the shingles of `words[0..count)`: `permutations` 32-bit values. */
  readonly sketch: (words: Int32Array, count: number) => Int32Array
}

/** Hashes of the shingles of `words[0..count)`; a text shorter than one shingle is one shingle. */
export const shingleHashes = (words: Int32Array, count: number, k: number): Int32Array => {
  const n = count >= k ? count - k + 1 : count > 0 ? 1 : 0
  const width = Math.min(k, count)
  const out = new Int32Array(n)
  for (let i = 0; i < n; i++) {
    let h = 0x6b43a9b5
    for (let j = 0; j < width; j++) h = mix32(h, words[i + j]!)
    out[i] = fmix32(h ^ width) | 0
  }
  return out
}

export const makeMinHasher = (permutations: number, shingle: number, seed: number): MinHasher => {
  const next = splitmix32(seed)
  const a = new Int32Array(permutations)
  const b = new Int32Array(permutations)
  for (let p = 0; p < permutations; p++) {
    a[p] = next() | 1
    b[p] = next() | 0
  }
  // int32 arithmetic throughout; flipping the sign bit makes the signed
  // minimum the minimum of the unsigned values a·x + b (mod 2^32). Four hash
  // functions per pass over the shingles (independent minimums: about twice
  // as fast as one at a time).
  const sketch = (words: Int32Array, count: number): Int32Array => {
    const xs = shingleHashes(words, count, shingle)
    const sig = new Int32Array(permutations)
    const n = xs.length
    const whole = permutations - (permutations % 4)
    for (let p = 0; p < whole; p += 4) {
      const a0 = a[p]!
      const a1 = a[p + 1]!
      const a2 = a[p + 2]!
      const a3 = a[p + 3]!
      const b0 = b[p]!
      const b1 = b[p + 1]!
      const b2 = b[p + 2]!
      const b3 = b[p + 3]!
      let m0 = 0x7fffffff
      let m1 = 0x7fffffff
      let m2 = 0x7fffffff
      let m3 = 0x7fffffff
      for (let i = 0; i < n; i++) {
        const x = xs[i]!
        const v0 = ((Math.imul(a0, x) + b0) | 0) ^ 0x80000000
        if (v0 < m0) m0 = v0
        const v1 = ((Math.imul(a1, x) + b1) | 0) ^ 0x80000000
        if (v1 < m1) m1 = v1
        const v2 = ((Math.imul(a2, x) + b2) | 0) ^ 0x80000000
        if (v2 < m2) m2 = v2
        const v3 = ((Math.imul(a3, x) + b3) | 0) ^ 0x80000000
        if (v3 < m3) m3 = v3
      }
      sig[p] = m0
      sig[p + 1] = m1
      sig[p + 2] = m2
      sig[p + 3] = m3
    }
    for (let p = whole; p < permutations; p++) {
      const ap = a[p]!
      const bp = b[p]!
      let m = 0x7fffffff
      for (let i = 0; i < n; i++) {
        const v = ((Math.imul(ap, xs[i]!) + bp) | 0) ^ 0x80000000
        if (v < m) m = v
      }
      sig[p] = m
    }
    return sig
  }
  return { permutations, shingle, sketch }
}
