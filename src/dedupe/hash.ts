/**
 * 32-bit hashing primitives of the deduplication core: integer-only
 * (`Math.imul`), so they are fast, synchronous and identical in every
 * JavaScript engine. For keys and sketches, not for security.
 *
 * @module
 */

/** MurmurHash3's finalizer (src/internal/hash.ts). */
export { fmix32 } from "../internal/hash.js"

/** Rotates a 32-bit value left by `r` bits. */
export const rotl32 = (h: number, r: number): number => (h << r) | (h >>> (32 - r))

/** One MurmurHash3 mixing round of `value` into `h` (for combining word hashes). */
export const mix32 = (h: number, value: number): number => {
  let k = Math.imul(value, 0xcc9e2d51)
  k = rotl32(k, 15)
  k = Math.imul(k, 0x1b873593)
  h ^= k
  h = rotl32(h, 13)
  return (Math.imul(h, 5) + 0xe6546b64) | 0
}

/**
 * A deterministic stream of 32-bit values (SplitMix32), for the MinHash
 * permutation parameters: the same seed gives the same parameters everywhere.
 */
export const splitmix32 = (seed: number): (() => number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x9e3779b9) | 0
    let z = state
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad)
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97)
    return (z ^ (z >>> 15)) >>> 0
  }
}
