/**
 * Words of a search-normalized body, as hashes.
 *
 * A word is a maximal run of letters, digits and combining marks (Unicode
 * categories L, N and M, BMP); everything else (spaces, punctuation, symbols,
 * emoji, lone surrogates) separates words. The scan allocates no substring: it
 * hashes each word's code units as it goes, and hashes the whole word
 * sequence into a 64-bit key (two independent 32-bit hashes) at the same time,
 * so two bodies with the same words in the same order get the same key
 * whatever their spacing, punctuation or line breaks.
 *
 * @module
 */
import { fmix32, mix32 } from "./hash.js"

let table: Uint8Array | undefined

/** 1 for a code unit that belongs to a word (letter, digit or mark), 0 otherwise. Built once. */
const wordTable = (): Uint8Array => {
  if (table !== undefined) return table
  const t = new Uint8Array(0x10000)
  const re = /[\p{L}\p{N}\p{M}]/u
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue
    if (c < 0x80) {
      t[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0
    } else if (re.test(String.fromCharCode(c))) t[c] = 1
  }
  table = t
  return t
}

/** The words of a text: one 32-bit hash per word, and a 64-bit key of the whole sequence. */
export interface WordScan {
  /** Hash of each word, in order (the first `count` entries). */
  readonly hashes: Int32Array
  readonly count: number
  /** High and low halves of the 64-bit key of the word sequence. */
  readonly keyHi: number
  readonly keyLo: number
}

/**
 * Scans `text` (already normalized) into word hashes and a sequence key.
 * Linear in the length of the text, one pass, no regex.
 */
export const scanWords = (text: string): WordScan => {
  const t = wordTable()
  const n = text.length
  // a word takes at least one unit and is followed by a separator (or the end)
  const hashes = new Int32Array((n >>> 1) + 1)
  let count = 0
  // sequence key: FNV-1a and a Murmur-style rolling hash over the word units, a separator between words
  let ka = 0x811c9dc5
  let kb = 0x2545f491
  let w = 0
  let inWord = false
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (t[c] === 1) {
      if (!inWord) {
        inWord = true
        w = 0x811c9dc5
        if (count > 0) {
          ka = Math.imul(ka ^ 0x20, 0x01000193)
          kb = Math.imul(kb ^ 0x20, 0x5bd1e995) ^ (kb >>> 15)
        }
      }
      w = Math.imul(w ^ c, 0x01000193)
      ka = Math.imul(ka ^ c, 0x01000193)
      kb = Math.imul(kb ^ c, 0x5bd1e995) ^ (kb >>> 15)
    } else if (inWord) {
      inWord = false
      hashes[count++] = fmix32(w)
    }
  }
  if (inWord) hashes[count++] = fmix32(w)
  return { hashes, count, keyHi: fmix32(ka ^ count), keyLo: fmix32(mix32(kb, count)) }
}
