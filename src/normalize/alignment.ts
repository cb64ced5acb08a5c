/**
 * Run-length alignment between a normalized text and its original.
 *
 * @module
 */
import type { Alignment, AlignmentEdit, Range } from "./types.js"

const NS = 0 // normalized start
const OS = 1 // original start
const NL = 2 // normalized length
const OL = 3 // original length
const W = 4 // integers per edit

const check = (what: string, start: number, end: number, length: number): void => {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
    throw new RangeError(`${what}(${start}, ${end}): expected integers with 0 <= start <= end <= ${length}`)
  }
}

/**
 * An {@link Alignment} stored as edits: `[normStart, origStart, normLength,
 * origLength]` quadruples in an `Int32Array`, sorted by both starts. Between
 * edits the mapping is one to one.
 */
export class RunLengthAlignment implements Alignment {
  readonly originalLength: number
  readonly normalizedLength: number
  readonly editCount: number
  readonly #e: Int32Array

  /** `edits` holds `count` quadruples; it is kept, not copied. */
  constructor(edits: Int32Array, count: number, originalLength: number, normalizedLength: number) {
    this.#e = edits
    this.editCount = count
    this.originalLength = originalLength
    this.normalizedLength = normalizedLength
  }

  /** Index of the last edit whose start (field `f`) is `<= x`, or -1. */
  #last(f: number, x: number): number {
    const e = this.#e
    let lo = 0
    let hi = this.editCount - 1
    let found = -1
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1
      if (e[mid * W + f]! <= x) {
        found = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    return found
  }

  /** Start of the origin of normalized character `k` (`0 <= k < normalizedLength`). */
  #origStart(k: number): number {
    const i = this.#last(NS, k)
    if (i < 0) return k
    const e = this.#e
    const b = i * W
    const ns = e[b + NS]!
    const nl = e[b + NL]!
    if (k < ns + nl) return e[b + OS]!
    return e[b + OS]! + e[b + OL]! + (k - ns - nl)
  }

  /** End of the origin of normalized character `k`. */
  #origEnd(k: number): number {
    const i = this.#last(NS, k)
    if (i < 0) return k + 1
    const e = this.#e
    const b = i * W
    const ns = e[b + NS]!
    const nl = e[b + NL]!
    if (k < ns + nl) return e[b + OS]! + e[b + OL]!
    return e[b + OS]! + e[b + OL]! + (k - ns - nl) + 1
  }

  /** First normalized position whose origin includes original character `x`, or where it was deleted. */
  #normStart(x: number): number {
    const i = this.#last(OS, x)
    if (i < 0) return x
    const e = this.#e
    const b = i * W
    const os = e[b + OS]!
    const ol = e[b + OL]!
    if (x < os + ol) return e[b + NS]!
    return e[b + NS]! + e[b + NL]! + (x - os - ol)
  }

  #normEnd(x: number): number {
    const i = this.#last(OS, x)
    if (i < 0) return x + 1
    const e = this.#e
    const b = i * W
    const os = e[b + OS]!
    const ol = e[b + OL]!
    if (x < os + ol) return e[b + NS]! + e[b + NL]!
    return e[b + NS]! + e[b + NL]! + (x - os - ol) + 1
  }

  readonly toOriginal = (start: number, end: number): Range => {
    check("toOriginal", start, end, this.normalizedLength)
    if (start === end) {
      const p = start < this.normalizedLength ? this.#origStart(start) : this.originalLength
      return { start: p, end: p }
    }
    return { start: this.#origStart(start), end: this.#origEnd(end - 1) }
  }

  readonly toNormalized = (start: number, end: number): Range => {
    check("toNormalized", start, end, this.originalLength)
    if (start === end) {
      const p = start < this.originalLength ? this.#normStart(start) : this.normalizedLength
      return { start: p, end: p }
    }
    const s = this.#normStart(start)
    return { start: s, end: Math.max(s, this.#normEnd(end - 1)) }
  }

  readonly edits = (): IterableIterator<AlignmentEdit> => {
    const e = this.#e
    const count = this.editCount
    function* gen(): IterableIterator<AlignmentEdit> {
      for (let i = 0; i < count; i++) {
        const b = i * W
        const ns = e[b + NS]!
        const os = e[b + OS]!
        yield { normStart: ns, normEnd: ns + e[b + NL]!, origStart: os, origEnd: os + e[b + OL]! }
      }
    }
    return gen()
  }
}

/** The alignment of a text with itself. */
export const identityAlignment = (length: number): Alignment =>
  new RunLengthAlignment(new Int32Array(0), 0, length, length)
