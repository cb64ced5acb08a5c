/**
 * The two compact tables of the deduplication index, on typed arrays (no
 * object per entry, no string keys):
 *
 * - {@link KeyTable}: 64-bit exact key → original number (open addressing,
 *   linear probing, load at most 1/2: 24 bytes per original at most);
 * - {@link BandTable}: LSH band key → sketch numbers (chained buckets: 16 bytes
 *   per band entry at most).
 *
 * Both grow by doubling.
 *
 * @module
 */
import { fmix32 } from "./hash.js"

export class KeyTable {
  private keys = new Int32Array(2 * 1024)
  /** Value + 1; 0 marks an empty slot. */
  private values = new Int32Array(1024)
  private mask = 1023
  size = 0

  get(hi: number, lo: number): number {
    let i = fmix32(hi ^ fmix32(lo)) & this.mask
    for (;;) {
      const v = this.values[i]!
      if (v === 0) return -1
      if (this.keys[2 * i] === hi && this.keys[2 * i + 1] === lo) return v - 1
      i = (i + 1) & this.mask
    }
  }

  /** Adds a key that is not in the table. */
  add(hi: number, lo: number, value: number): void {
    if (2 * (this.size + 1) > this.values.length) this.grow()
    this.place(hi, lo, value + 1)
    this.size++
  }

  private place(hi: number, lo: number, stored: number): void {
    let i = fmix32(hi ^ fmix32(lo)) & this.mask
    while (this.values[i] !== 0) i = (i + 1) & this.mask
    this.keys[2 * i] = hi
    this.keys[2 * i + 1] = lo
    this.values[i] = stored
  }

  private grow(): void {
    const keys = this.keys
    const values = this.values
    this.values = new Int32Array(values.length * 2)
    this.keys = new Int32Array(this.values.length * 2)
    this.mask = this.values.length - 1
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!
      if (v !== 0) this.place(keys[2 * i]!, keys[2 * i + 1]!, v)
    }
  }

  /** Bytes held by the table's arrays. */
  get bytes(): number {
    return this.keys.byteLength + this.values.byteLength
  }
}

export class BandTable {
  private heads = new Int32Array(4096).fill(-1)
  private mask = 4095
  /** Three int32 per entry, side by side (one cache line per visit): key, sketch number, next entry (-1 ends a chain). */
  private entries = new Int32Array(3 * 4096)
  size = 0

  add(key: number, doc: number): void {
    if (3 * this.size === this.entries.length) this.grow()
    const e = this.size++
    const b = key & this.mask
    const at = 3 * e
    this.entries[at] = key
    this.entries[at + 1] = doc
    this.entries[at + 2] = this.heads[b]!
    this.heads[b] = e
  }

  /** The first entry of the chain where `key` would be (-1 for none); walk it with {@link next}. */
  first(key: number): number {
    return this.heads[key & this.mask]!
  }

  /** The key of an entry (chains mix keys that share a bucket). */
  keyOf(e: number): number {
    return this.entries[3 * e]!
  }

  /** The sketch number of an entry. */
  docOf(e: number): number {
    return this.entries[3 * e + 1]!
  }

  /** The entry after `e` in its chain, or -1. */
  next(e: number): number {
    return this.entries[3 * e + 2]!
  }

  private grow(): void {
    const entries = new Int32Array(this.entries.length * 2)
    entries.set(this.entries)
    this.entries = entries
    // one bucket per entry slot: chains stay short
    const n = entries.length / 3
    this.heads = new Int32Array(n).fill(-1)
    this.mask = n - 1
    for (let e = 0; e < this.size; e++) {
      const b = entries[3 * e]! & this.mask
      entries[3 * e + 2] = this.heads[b]!
      this.heads[b] = e
    }
  }

  get bytes(): number {
    return this.heads.byteLength + this.entries.byteLength
  }
}
