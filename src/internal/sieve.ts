/**
 * A sieve in front of a set of strings: one bit per (length, first, second and last code unit) of each string, so
 * that a string whose bit is clear is known not to be in the set without hashing it (a `Set` must first compute the
 * hash of a string just sliced; the sieve reads four code units and one word of memory). Strings with different bits
 * always differ, so `mayHave(s) && set.has(s)` gives the answers of `set.has(s)` alone, for the non-empty strings (an
 * empty suffix, `from === s.length`, reads the code unit before it). The hot look-ups of the
 * tokenizer and the entity stage (known words, clitic rules, gazetteer first words, a document's names) stand behind
 * one each. Browser-safe.
 *
 * @module
 * @internal
 */

/**
 * The bit of `s[from, s.length)` among `2^(32 - shift)` bits.
 * (A string of one unit reads NaN at `from + 1`, which `<<` makes 0: the same for the set and the query.)
 */
export const sieveBit = (s: string, shift: number, from = 0): number =>
  Math.imul(s.charCodeAt(from) ^ (s.charCodeAt(from + 1) << 10) ^ (s.charCodeAt(s.length - 1) << 20) ^ ((s.length - from) << 27), 0x9e3779b1) >>> shift

/** A sieve of `2^(32 - shift)` bits over some strings ({@link sieveBit}). */
export class StringSieve {
  private readonly bits: Uint32Array
  constructor(
    words: Iterable<string>,
    private readonly shift: number
  ) {
    this.bits = new Uint32Array(1 << Math.max(0, 32 - shift - 5))
    for (const w of words) this.add(w)
  }

  /** Adds a string to the sieve's set (its bit set). */
  add(w: string): void {
    const b = sieveBit(w, this.shift)
    this.bits[b >>> 5] = this.bits[b >>> 5]! | (1 << (b & 31))
  }

  /** Whether `s[from, s.length)` may be one of the strings (false: it is not). */
  mayHave(s: string, from = 0): boolean {
    const b = sieveBit(s, this.shift, from)
    return (this.bits[b >>> 5]! & (1 << (b & 31))) !== 0
  }
}
