/**
 * The signature of a record's body: what the deduplication index keeps of it.
 *
 * The body is the record's paragraph texts joined, normalized with the
 * `search` preset (NFKC, Arabic and Latin diacritics, tatweel, alef/yeh/teh
 * marbuta/hamza folding, digits, punctuation, case), then read as words
 * (see `words.ts`). The signature holds:
 *
 * - a 64-bit key of the word sequence (exact duplicates): same words in the
 *   same order after normalization, whatever the spacing, punctuation, line
 *   breaks, diacritics, NBSP or letter case;
 * - the MinHash sketch of the body's word shingles (near duplicates), or
 *   `null` when the body has fewer than `minWords` words (or near matching is
 *   off). A short body's key also covers its title: two one-line items such
 *   as "Details to follow." under different headlines are different items.
 *
 * Signatures are plain data (numbers and an `Int32Array`), so they can be
 * computed in a worker and sent to the thread that runs the index; each
 * carries the fingerprint of the options that made it, and an index refuses
 * a signature made with other options.
 *
 * @module
 */
import { normalizeText } from "../normalize/index.js"
import { fmix32, mix32 } from "./hash.js"
import { makeMinHasher } from "./minhash.js"
import { resolveDedupeOptions, type DedupeOptions, type ResolvedDedupeOptions } from "./options.js"
import { scanWords } from "./words.js"

/** What the deduper reads of a record (a `KhabarRecord` is one). */
export interface DedupeInput {
  readonly id: string
  /** Used only for bodies under `minWords` words. */
  readonly title?: string | null | undefined
  readonly paragraphs: ReadonlyArray<{ readonly text: string }>
}

export interface DedupeSignature {
  /** Fingerprint of the options that shape a signature (shingle, permutations, seed, minWords, near). */
  readonly scheme: number
  /** Words in the normalized body. */
  readonly words: number
  /** High and low halves of the 64-bit exact key (0, 0 with `empty`). */
  readonly keyHi: number
  readonly keyLo: number
  /** True when neither the body nor (for a short body) the title has a word: such a record is never matched. */
  readonly empty: boolean
  /** MinHash sketch (`permutations` values), or null for a short body or when near matching is off. */
  readonly sketch: Int32Array | null
}

/** The body of a record as one string: paragraph texts joined by line breaks. */
export const bodyText = (input: DedupeInput): string => {
  const ps = input.paragraphs
  if (ps.length === 1) return ps[0]!.text
  let s = ""
  for (let i = 0; i < ps.length; i++) s += i === 0 ? ps[i]!.text : `\n${ps[i]!.text}`
  return s
}

/** Fingerprint of the options a signature depends on. */
export const signatureScheme = (o: ResolvedDedupeOptions): number =>
  fmix32(mix32(mix32(mix32(mix32(mix32(0x5ce3e, o.shingle), o.permutations), o.seed), o.minWords), o.near ? 1 : 0))

/** Computes signatures with fixed options (the MinHash functions are built once). */
export const makeSigner = (options: DedupeOptions | ResolvedDedupeOptions = {}): ((input: DedupeInput) => DedupeSignature) => {
  const o = resolveDedupeOptions(options)
  const hasher = o.near ? makeMinHasher(o.permutations, o.shingle, o.seed) : null
  const scheme = signatureScheme(o)
  return (input) => {
    const body = scanWords(normalizeText(bodyText(input), "search"))
    if (body.count >= o.minWords) {
      return {
        scheme,
        words: body.count,
        keyHi: body.keyHi,
        keyLo: body.keyLo,
        empty: false,
        sketch: hasher === null ? null : hasher.sketch(body.hashes, body.count)
      }
    }
    // short body: the key covers title and body, marked so that it never equals a long body's key
    const title = scanWords(input.title == null ? "" : normalizeText(input.title, "search"))
    if (body.count === 0 && title.count === 0) return { scheme, words: 0, keyHi: 0, keyLo: 0, empty: true, sketch: null }
    return {
      scheme,
      words: body.count,
      keyHi: fmix32(mix32(mix32(0x53484f52, title.keyHi), body.keyHi)),
      keyLo: fmix32(mix32(mix32(0x54424f44, title.keyLo), body.keyLo)),
      empty: false,
      sketch: null
    }
  }
}
