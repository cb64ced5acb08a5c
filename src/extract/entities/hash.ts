/**
 * 32-bit hashing for feature names, without building strings: a value is
 * hashed once (FNV-1a over UTF-16 code units) and a feature is the mix of a
 * template number with one or two value hashes. Integer arithmetic only, so
 * every platform gives the same buckets.
 *
 * Hashes are returned as signed 32-bit integers: only their bits count (every
 * use is a bitwise operation or an `Int32Array` store), and a signed value
 * stays a small integer in V8, where an unsigned one of 2^31 or more is a
 * heap number each time it leaves a function that was not inlined (these
 * boxes were 4% of the bytes the pipeline allocated).
 *
 * @module
 * @internal
 */
import { fmix32 } from "../../internal/hash.js"

const FNV_OFFSET = 0x811c9dc5
const FNV_PRIME = 0x01000193

/** FNV-1a of `s[from, to)`. */
export const hashRange = (s: string, from: number, to: number): number => {
  let h = FNV_OFFSET
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME)
  return h | 0
}

/** FNV-1a of a whole string. */
export const hashString = (s: string): number => hashRange(s, 0, s.length)

/** Murmur3's finalizer: spreads the bits of a 32-bit value (`fmix32` of src/internal/hash.ts). */
export const fmix = fmix32

/** The hash of the pair `(a, b)`; not symmetric. */
export const mix2 = (a: number, b: number): number => fmix(Math.imul(a, 0x9e3779b1) ^ b)

/** The hash of `(a, b, c)`. */
export const mix3 = (a: number, b: number, c: number): number => mix2(mix2(a, b), c)
