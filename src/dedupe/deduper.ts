/**
 * The streaming deduplicator.
 *
 * Records are checked one at a time, in input order; the first record seen
 * with a body is its original. For each record:
 *
 * 1. exact: its 64-bit key is looked up among the originals' keys; a hit is a
 *    duplicate with similarity 1;
 * 2. near (bodies of `minWords` words or more): the LSH band keys of its
 *    MinHash sketch give candidate originals; each candidate's sketch is
 *    compared with the record's, and the most similar candidate at or above
 *    the threshold wins (on a tie, the earliest original);
 * 3. otherwise the record becomes an original: its key, sketch and band keys
 *    are stored.
 *
 * Duplicates are never stored, so `duplicateOf` always names an original (a
 * record that is not itself a duplicate), chains cannot drift from story to
 * story, and memory grows with the number of distinct bodies only: per
 * original, its id, `2 × permutations` bytes of sketch (the low 16 bits of
 * each value: a chance agreement costs 2^-16 per position, a bias under
 * 2 × 10^-5 on the similarity), `16 × bands` bytes of band entries, 8 bytes of
 * bookkeeping and 24 bytes of exact key at most (see {@link DedupeStats}).
 *
 * @module
 */
import { fmix32, mix32 } from "./hash.js"
import { resolveDedupeOptions, type DedupeOptions, type ResolvedDedupeOptions } from "./options.js"
import { makeSigner, signatureScheme, type DedupeInput, type DedupeSignature } from "./signature.js"
import { BandTable, KeyTable } from "./tables.js"

/** A record found to duplicate an earlier one. */
export interface DuplicateMatch {
  /** Id of the original: the first record seen with this body (never itself a duplicate). */
  readonly duplicateOf: string
  /** 1 for an exact duplicate; the MinHash estimate of the shingle-set Jaccard similarity for a near one. */
  readonly similarity: number
  readonly kind: "exact" | "near"
}

export interface DedupeStats {
  /** Records checked. */
  readonly checked: number
  /** Originals stored (distinct bodies). */
  readonly originals: number
  /** Of which with a sketch (bodies of `minWords` words or more, near matching on). */
  readonly sketched: number
  readonly exact: number
  readonly near: number
  /** Records whose body and title have no word (never matched, never stored). */
  readonly empty: number
  /** Candidate sketches compared (LSH band hits, each original once per query). */
  readonly compared: number
  /** Bytes held by the typed arrays of the index (ids not counted). */
  readonly indexBytes: number
}

export interface Deduper {
  readonly options: ResolvedDedupeOptions
  /** Checks a record (computes its signature, then {@link Deduper.checkSignature}). */
  readonly check: (record: DedupeInput) => DuplicateMatch | null
  /**
   * Checks a signature computed elsewhere (a worker, with `makeSigner` and the
   * same options), for the record `id`. Call in input order.
   */
  readonly checkSignature: (id: string, signature: DedupeSignature) => DuplicateMatch | null
  readonly stats: () => DedupeStats
}

/** A streaming deduplicator; see the module documentation for the method. */
export const makeDeduper = (options: DedupeOptions | ResolvedDedupeOptions = {}): Deduper => {
  const o = resolveDedupeOptions(options)
  const sign = makeSigner(o)
  const scheme = signatureScheme(o)
  const P = o.permutations
  const { bands, rows, threshold } = o

  const ids: Array<string> = []
  const keys = new KeyTable()
  const bandTable = new BandTable()
  /** low 16 bits of each stored sketch value (b-bit MinHash: half the memory; a chance agreement costs 2^-16 per position) */
  let sketches = new Uint16Array(P * 256)
  /** original number of each sketch */
  let sketchOwner = new Int32Array(256)
  /** last query that visited each sketch (candidates are compared once per query) */
  let stamp = new Int32Array(256)
  let sketched = 0
  let query = 0
  let checked = 0
  let exact = 0
  let near = 0
  let empty = 0
  let compared = 0

  const agreement16 = (stored: Uint16Array, base: number, sig: Int32Array): number => {
    let same = 0
    for (let p = 0; p < P; p++) if (stored[base + p] === (sig[p]! & 0xffff)) same++
    return same / P
  }

  const bandKey = (sig: Int32Array, band: number): number => {
    let h = fmix32(band + 0x27d4eb2f)
    const base = band * rows
    for (let r = 0; r < rows; r++) h = mix32(h, sig[base + r]!)
    return fmix32(h ^ rows)
  }

  /** band keys of the record being checked (computed once: looked up, then stored if it is an original) */
  const keysOfBands = new Int32Array(bands)

  const store = (sig: Int32Array, original: number): void => {
    if (sketched === sketchOwner.length) {
      const grownSketches = new Uint16Array(sketches.length * 2)
      grownSketches.set(sketches)
      sketches = grownSketches
      const grownOwner = new Int32Array(sketchOwner.length * 2)
      grownOwner.set(sketchOwner)
      sketchOwner = grownOwner
      const grownStamp = new Int32Array(stamp.length * 2)
      grownStamp.set(stamp)
      stamp = grownStamp
    }
    const s = sketched++
    const base = s * P
    for (let p = 0; p < P; p++) sketches[base + p] = sig[p]! & 0xffff
    sketchOwner[s] = original
    for (let b = 0; b < bands; b++) bandTable.add(keysOfBands[b]!, s)
  }

  const checkSignature = (id: string, signature: DedupeSignature): DuplicateMatch | null => {
    if (signature.scheme !== scheme) {
      throw new RangeError(
        "dedupe: this signature was made with other options (shingle, permutations, seed, minWords or near) than the index"
      )
    }
    checked++
    if (signature.empty) {
      empty++
      return null
    }
    const hit = keys.get(signature.keyHi, signature.keyLo)
    if (hit >= 0) {
      exact++
      return { duplicateOf: ids[hit]!, similarity: 1, kind: "exact" }
    }
    const sig = signature.sketch
    if (sig !== null && o.near) {
      if (sig.length !== P) throw new RangeError(`dedupe: a sketch of ${sig.length} values does not fit an index of ${P} permutations`)
      query++
      if (query === 0x7fffffff) {
        stamp.fill(0)
        query = 1
      }
      let best = -1
      let bestSim = -1
      for (let b = 0; b < bands; b++) {
        const key = bandKey(sig, b)
        keysOfBands[b] = key
        for (let e = bandTable.first(key); e !== -1; e = bandTable.next(e)) {
          if (bandTable.keyOf(e) !== key) continue
          const s = bandTable.docOf(e)
          if (stamp[s] === query) continue
          stamp[s] = query
          compared++
          const sim = agreement16(sketches, s * P, sig)
          if (sim > bestSim || (sim === bestSim && s < best)) {
            bestSim = sim
            best = s
          }
        }
      }
      if (best >= 0 && bestSim >= threshold) {
        near++
        return { duplicateOf: ids[sketchOwner[best]!]!, similarity: bestSim, kind: "near" }
      }
    }
    const original = ids.length
    ids.push(id)
    keys.add(signature.keyHi, signature.keyLo, original)
    if (sig !== null && o.near) store(sig, original)
    return null
  }

  return {
    options: o,
    check: (record) => checkSignature(record.id, sign(record)),
    checkSignature,
    stats: () => ({
      checked,
      originals: ids.length,
      sketched,
      exact,
      near,
      empty,
      compared,
      indexBytes: keys.bytes + bandTable.bytes + sketches.byteLength + sketchOwner.byteLength + stamp.byteLength
    })
  }
}

/** Duplicate marks as they stand on a record. */
export interface DuplicateMarks {
  readonly duplicateOf: string | null
  readonly similarity: number | null
}

/**
 * Marks the duplicates of an in-memory list, in its order: every record comes
 * back (a new object) with `duplicateOf` and `similarity` set, `null` for
 * originals.
 */
export const markDuplicates = <T extends DedupeInput>(
  records: Iterable<T>,
  options: DedupeOptions = {}
): Array<Omit<T, keyof DuplicateMarks> & DuplicateMarks> => {
  const d = makeDeduper(options)
  const out: Array<Omit<T, keyof DuplicateMarks> & DuplicateMarks> = []
  for (const r of records) {
    const m = d.check(r)
    out.push({ ...r, duplicateOf: m === null ? null : m.duplicateOf, similarity: m === null ? null : m.similarity })
  }
  return out
}
