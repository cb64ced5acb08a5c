/**
 * The tagger's fast path: emission scores from weights cached per word.
 *
 * Most of a unit's features read only the unit itself (its forms, affixes,
 * shape, flags: {@link unitFeatures}) or one neighbour at a fixed offset
 * ({@link neighbourFeatures}). Their weights are summed once per distinct
 * word and kept: a word's row holds the sum of its own features and, for each
 * offset `d` in {@link NEIGHBOUR_OFFSETS}, the sum of the features it gives
 * the unit `d` places away. A sentence then costs, per unit, one cache look-up
 * and the few features that read pairs of units, the sentence or the
 * gazetteer ({@link contextFeatures}), instead of some sixty weight look-ups.
 *
 * The sums are of the model's integer weights (`quanta`), so they are exact
 * and equal, to the last bit, to the scores of `emissions` over `featurize`:
 * the cache changes the speed, never a tag (test/extract/entities/emit.test.ts
 * checks it on real sentences).
 *
 * The cache is bounded ({@link MAX_WORDS} words per model; when a sentence
 * would overfill it, its most used half is kept and the rest forgotten) and
 * keyed by a 64-bit hash of the word's forms (two independent 32-bit hashes
 * of its text, the second mixed with its split: {@link keyOf}), so it never
 * keeps a document's text alive. (Two words with the same key, about once in
 * 10^14 look-ups of a new word, would share their cached features.)
 *
 * @module
 * @internal
 */
import { TAG_COUNT } from "./decode.js"
import {
  CONTEXT_HASHES,
  contextFeatures,
  contextHashes,
  contextValuesFrom,
  FeatureBuffer,
  hashUnit,
  NEIGHBOUR_OFFSETS,
  neighbourFeatures,
  UNIT_HASHES,
  unitFeatures,
  valuesFrom,
  ValuesBuffer,
  type UnitValues
} from "./features.js"
import { gazetteerMasks, unitKey, type Gazetteer } from "./gazetteer.js"
import { StringSieve } from "../../internal/sieve.js"
import { fmix, hashString } from "./hash.js"
import { bucketIndex, scoreFeatures, type BucketIndex, type NerModel } from "./model.js"
import type { Unit } from "./text.js"

/**
 * Most words one model's cache holds before it is renewed (its most used half
 * kept): on a stream of Arabic news (words with their clitics) 2^16 words
 * serve about 91% of look-ups. Its rows grow with use, to 8.9 MB when full
 * (136 bytes per word), beside a fixed 2 MB key table.
 */
export const MAX_WORDS = 1 << 16

const OFFSETS = NEIGHBOUR_OFFSETS.length
// A word's row, in the order a look-up reads it (32-bit integers):
/** Where the word's use count is (look-ups since it came in, halved at each renewal). */
const USES = 0
/** Where the word's gazetteer start mask is: bit `c` when a phrase of category `c` starts with the word; and {@link WIDE}. */
const STARTS = 1
/**
 * Bit of the start mask set when one of the word's sums does not fit in 16
 * bits: a sentence with such a word is scored the reference way. The
 * shipped models' sums stay under 2^13 on SaudiNewsNet and BBC English, so
 * this is a guard, not a path.
 */
const WIDE = 1 << 30
/** Where the values that the context features read start ({@link CONTEXT_HASHES} of them: {@link contextHashes}). */
const HASHES = 2
/** Where its sums start, counted in 16-bit halves: its own, then one per neighbour offset (`TAG_COUNT` each). */
const SUMS16 = 2 * (HASHES + CONTEXT_HASHES)
/** How many sums a word has. */
const SUM_COUNT = TAG_COUNT * (1 + OFFSETS)
/**
 * 32-bit integers per word: everything a look-up reads sits in one row
 * (136 bytes, about two cache lines, read in order), as a look-up's cost is
 * its cache misses. The sums are kept in 16 bits (an `Int16Array` over the
 * same memory), which halves the row: the look-ups of a sentence touch half
 * the lines, and two workers' caches fit in the processor's shared cache
 * together.
 */
const WORD = HASHES + CONTEXT_HASHES + ((SUM_COUNT + 1) >> 1)

/** The second half of the key {@link keyOf} made last. */
let keyHalf = 0

/**
 * A word's key, in one pass over its text: two independent 32-bit hashes of
 * the text (FNV-1a, returned; a polynomial one of base 0x9e3779b1, in
 * {@link keyHalf}), the second mixed with the tokenizer's split (the word's
 * features read its original text, for case, shape and flags, and its split).
 * The split is its `core` (a suffix of `norm`, hashed only when it is not
 * `norm` itself), kind and clitic flags.
 */
const keyOf = (u: Unit): number => {
  const s = u.text
  let a = 0x811c9dc5
  let b = 0x2545f491
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = (Math.imul(b, 0x9e3779b1) + c) | 0
  }
  const split = (u.core === u.norm ? 0x5bd1e995 : fmix(hashString(u.core))) ^ (u.kind.length << 8) ^ (u.kind.charCodeAt(0) << 16) ^ (u.article ? 1 : 0) ^ (u.proclitic ? 2 : 0)
  keyHalf = (fmix(b ^ s.length) ^ split) | 0
  return a | 0
}

/**
 * Sums the integer weights of the features pushed into it: {@link add}
 * writes the sum of the features pushed since the last `add` to
 * `sums[at, at + TAG_COUNT)`. The hashes are gathered first and summed by
 * `scoreFeatures` (a register per tag, so that the weight loads of several
 * features overlap instead of each waiting on the last one's store). The sums
 * are of the model's integer weights (`quanta`), exact in a double, and are
 * stored as the integers of an `Int32Array` were added before: modulo 2^32.
 */
class WeightSum extends FeatureBuffer {
  private readonly one = new Float64Array(TAG_COUNT)
  constructor(
    private readonly index: BucketIndex,
    private readonly quanta: Int16Array | Int32Array,
    private readonly mask: number
  ) {
    super()
  }
  add(sums: Int32Array, at: number): void {
    scoreFeatures(this.index, this.mask, this.quanta, this.feats, 0, this.length, null, 1, this.one, 0)
    for (let t = 0; t < TAG_COUNT; t++) sums[at + t] = this.one[t]!
    this.length = 0
  }
}

/**
 * Word keys (two 32-bit hashes) to row numbers: open addressing over one
 * typed array (no number boxing, nothing for the collector), a slot's key
 * and row side by side (one cache miss per look-up), twice as many slots as
 * rows.
 */
class KeyTable {
  /** Per slot: key a, key b, row + 1 (0 for an empty slot), unused. */
  private readonly slots = new Int32Array(MAX_WORDS * 2 * 4)
  private readonly mask = MAX_WORDS * 2 - 1
  size = 0

  /** The row of key `(ka, kb)`, or -1 with `this.slot` set where it would go. */
  slot = 0
  find(ka: number, kb: number): number {
    const slots = this.slots
    let i = (ka ^ Math.imul(kb, 0x27d4eb2d)) & this.mask
    for (;;) {
      const at = i << 2
      const r = slots[at + 2]!
      if (r === 0) {
        this.slot = i
        return -1
      }
      if (slots[at] === ka && slots[at + 1] === kb) return r - 1
      i = (i + 1) & this.mask
    }
  }

  /** Stores a row at the slot the last `find` of this key left. */
  insert(ka: number, kb: number, row: number): void {
    const at = this.slot << 2
    this.slots[at] = ka
    this.slots[at + 1] = kb
    this.slots[at + 2] = row + 1
    this.size++
  }

  /**
   * Keeps the rows that `renumber` gives a new number (-1: dropped) under
   * that number, and forgets the others.
   */
  retain(renumber: Int32Array): void {
    const old = this.slots.slice()
    this.clear()
    for (let at = 0; at < old.length; at += 4) {
      const r = old[at + 2]!
      if (r === 0) continue
      const to = renumber[r - 1]!
      if (to < 0) continue
      this.find(old[at]!, old[at + 1]!)
      this.insert(old[at]!, old[at + 1]!, to)
    }
  }

  clear(): void {
    this.slots.fill(0)
    this.size = 0
  }
}

/** Cached sums and hashed values of the words one model has seen. */
class WordCache {
  readonly ids = new KeyTable()
  /** `WORD` integers per word: its use count, gazetteer start mask, context values (`CONTEXT_HASHES`) and sums. */
  data = new Int32Array(4096 * WORD)
  /** `data`'s memory as 16-bit integers, where the sums are read ({@link SUMS16}). */
  sums = new Int16Array(this.data.buffer)
  /** The sums a sentence boundary gives, per offset (16 bits, as a word's: the scoring loop reads one kind of array). */
  readonly boundary = new Int16Array(OFFSETS * TAG_COUNT)
  /** False when a boundary sum does not fit in 16 bits: every sentence is then scored the reference way. */
  readonly narrow: boolean
  readonly sum: WeightSum
  readonly arabic: boolean
  private readonly one = new Int32Array(UNIT_HASHES)
  /** A new word's sums, before they are checked and stored in 16 bits. */
  private readonly wide = new Int32Array(SUM_COUNT)
  private readonly noGaz = new Uint16Array(1)
  /**
   * A sieve of the gazetteer's first words (`startMask`'s keys: about 1,600 of 2^16 bits): a new word it turns away
   * starts no phrase, and its key (a string just sliced) is neither hashed nor looked up.
   */
  private readonly startSieve: StringSieve

  constructor(
    model: NerModel & { readonly quanta: Int16Array | Int32Array },
    readonly gazetteer: Gazetteer
  ) {
    if (gazetteer.tries.length > 16) throw new Error("a gazetteer has at most 16 categories")
    this.arabic = model.lang === "ar"
    this.startSieve = new StringSieve(gazetteer.startMask.keys(), START_SIEVE_SHIFT)
    this.sum = new WeightSum(bucketIndex(model), model.quanta, model.mask)
    // a unit whose neighbour at offset d is past the edge of the sentence
    const probe: Unit = { text: "", norm: "", start: 0, end: 0, kind: "word", core: "", bare: "", article: false, proclitic: false, nameStart: 0 }
    const v = this.valuesOfOne(probe)
    for (let k = 0; k < OFFSETS; k++) {
      const d = NEIGHBOUR_OFFSETS[k]!
      // unit 0 of a one-unit sentence: offset d lands outside it
      neighbourFeatures(v, d, d, this.arabic, this.sum)
      this.sum.add(this.wide, k * TAG_COUNT)
    }
    this.narrow = fitsIn16(this.wide, 0, OFFSETS * TAG_COUNT)
    this.boundary.set(this.wide.subarray(0, OFFSETS * TAG_COUNT))
  }

  private readonly oneValues = new ValuesBuffer()

  private valuesOfOne(u: Unit): UnitValues {
    hashUnit(u, this.one, 0)
    return valuesFrom([u], this.one, this.noGaz, this.oneValues)
  }

  /** The row of a unit's word, or -1 when the cache does not hold it (nothing changes). */
  peek(u: Unit): number {
    const ka = keyOf(u)
    return this.ids.find(ka, keyHalf)
  }

  /**
   * The rows of a sentence's words, into `ids[0, n)`, each computed on first
   * sight. In three passes, each a loop of independent steps: the keys, then
   * the key table, then the rows. A look-up is two cache misses (its slot in
   * the key table, its row), and in a loop whose steps do not wait on each
   * other the processor overlaps the misses of several words.
   */
  lookUp(units: ReadonlyArray<Unit>, ids: Int32Array, keys: Int32Array): void {
    const n = units.length
    for (let i = 0; i < n; i++) {
      keys[2 * i] = keyOf(units[i]!)
      keys[2 * i + 1] = keyHalf
    }
    const table = this.ids
    for (let i = 0; i < n; i++) ids[i] = table.find(keys[2 * i]!, keys[2 * i + 1]!)
    for (let i = 0; i < n; i++) {
      const known = ids[i]!
      if (known >= 0) {
        const at = known * WORD + USES
        if (this.data[at]! < 0x3fffffff) this.data[at] = this.data[at]! + 1
      } else ids[i] = this.idOfKey(units[i]!, keys[2 * i]!, keys[2 * i + 1]!)
    }
  }

  /** The row of a unit's word whose key is `(ka, kb)`, computed on first sight. */
  private idOfKey(u: Unit, ka: number, kb: number): number {
    const known = this.ids.find(ka, kb)
    if (known >= 0) {
      const at = known * WORD + USES
      if (this.data[at]! < 0x3fffffff) this.data[at] = this.data[at]! + 1
      return known
    }
    // the caller renews a full cache between sentences (never within one: the sentence's rows must stay)
    const id = this.ids.size
    this.ids.insert(ka, kb, id)
    if ((id + 1) * WORD > this.data.length) {
      const data = new Int32Array(Math.min(MAX_WORDS, (this.data.length / WORD) * 2) * WORD)
      data.set(this.data)
      this.data = data
      this.sums = new Int16Array(data.buffer)
    }
    const row = id * WORD
    const data = this.data
    data.fill(0, row, row + WORD)
    data[row + USES] = 1
    const key = unitKey(u)
    let starts = this.startSieve.mayHave(key) ? (this.gazetteer.startMask.get(key) ?? 0) : 0
    const v = this.valuesOfOne(u)
    contextHashes(this.one, 0, data, row + HASHES)
    const sum = this.sum
    const wide = this.wide
    unitFeatures(v, 0, u.bare, this.arabic, sum)
    sum.add(wide, 0)
    for (let k = 0; k < OFFSETS; k++) {
      neighbourFeatures(v, 0, NEIGHBOUR_OFFSETS[k]!, this.arabic, sum)
      sum.add(wide, (k + 1) * TAG_COUNT)
    }
    if (fitsIn16(wide, 0, SUM_COUNT)) this.sums.set(wide, 2 * row + SUMS16)
    else starts |= WIDE
    data[row + STARTS] = starts
    return id
  }

  /**
   * Makes room in a full cache: keeps the most used half of its words
   * (renumbered, their sums, hashes and marks moved down) with their use
   * counts halved, so that a word frequent long ago can leave in time, and
   * forgets the rest. Dropping the whole cache instead would look up again
   * every common word after each renewal (on Arabic news, a third more
   * misses).
   */
  renew(): void {
    const size = this.ids.size
    const data = this.data
    // the smallest use count among the most used half: a histogram of the counts (capped)
    const CAP = 1024
    const histogram = new Int32Array(CAP + 1)
    for (let r = 0; r < size; r++) {
      const c = Math.min(CAP, data[r * WORD + USES]!)
      histogram[c] = histogram[c]! + 1
    }
    let threshold = CAP
    for (let kept = 0, c = CAP; c >= 1; c--) {
      kept += histogram[c]!
      threshold = c
      if (kept * 2 >= size) break
    }
    // rows of the threshold count are kept first come, up to half the cache
    let room = (size >> 1) - (size - countBelow(histogram, threshold) - histogram[threshold]!)
    const renumber = new Int32Array(size)
    let next = 0
    for (let r = 0; r < size; r++) {
      const u = data[r * WORD + USES]!
      const c = Math.min(CAP, u)
      const keep = c > threshold || (c === threshold && room-- > 0)
      if (!keep) {
        renumber[r] = -1
        continue
      }
      renumber[r] = next
      if (next !== r) data.copyWithin(next * WORD, r * WORD, (r + 1) * WORD)
      data[next * WORD + USES] = u >>> 1
      next++
    }
    this.ids.retain(renumber)
  }
}

/** The start sieve's bits: 2^(32 - 16) (8 KB). */
const START_SIEVE_SHIFT = 16

/** Whether `a[from, to)` are all 16-bit integers. */
const fitsIn16 = (a: Int32Array, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (a[k]! < -32768 || a[k]! > 32767) return false
  return true
}

/** How many rows of a histogram of use counts lie below count `c`. */
const countBelow = (histogram: Int32Array, c: number): number => {
  let n = 0
  for (let k = 0; k < c; k++) n += histogram[k]!
  return n
}

const caches = new WeakMap<NerModel, WeakMap<Gazetteer, WordCache>>()

/** Whether a model can take the fast path (a loaded model, with integer weights). */
export const hasQuanta = (model: NerModel): model is NerModel & { readonly quanta: Int16Array | Int32Array; readonly scale: number } =>
  model.quanta !== undefined && model.scale !== undefined

const cacheOf = (model: NerModel & { readonly quanta: Int16Array | Int32Array }, gazetteer: Gazetteer): WordCache => {
  let byGazetteer = caches.get(model)
  if (byGazetteer === undefined) {
    byGazetteer = new WeakMap()
    caches.set(model, byGazetteer)
  }
  let c = byGazetteer.get(gazetteer)
  if (c === undefined) {
    c = new WordCache(model, gazetteer)
    byGazetteer.set(gazetteer, c)
  }
  return c
}

/**
 * How many words a model's cache holds, whether it holds a unit's word and
 * whether that word's sums are too wide for 16 bits, and whether the
 * boundary's fit (for tests; nothing changes).
 */
export const cacheState = (
  model: NerModel & { readonly quanta: Int16Array | Int32Array },
  gazetteer: Gazetteer,
  u: Unit
): { readonly words: number; readonly holds: boolean; readonly wide: boolean; readonly narrow: boolean } => {
  const c = cacheOf(model, gazetteer)
  const row = c.peek(u)
  return { words: c.ids.size, holds: row >= 0, wide: row >= 0 && (c.data[row * WORD + STARTS]! & WIDE) !== 0, narrow: c.narrow }
}

/**
 * The gazetteer masks of a sentence, walking each category's trie only from
 * the units whose word starts one of its phrases (cached per word); no key is
 * built for a sentence where no word starts one. Null when a word's sums are
 * {@link WIDE}.
 */
const masksOf = (cache: WordCache, units: ReadonlyArray<Unit>, ids: Int32Array, starts: Uint16Array): Uint16Array | null => {
  const n = units.length
  let any = 0
  const data = cache.data
  for (let i = 0; i < n; i++) {
    const s = data[ids[i]! * WORD + STARTS]!
    starts[i] = s
    any |= s
  }
  if ((any & WIDE) !== 0) return null
  if (any === 0) return new Uint16Array(n)
  return gazetteerMasks(cache.gazetteer, units.map(unitKey), starts)
}

/** Scratch memory of {@link cachedEmissions}, reused from sentence to sentence. */
export class EmitScratch {
  ids = new Int32Array(64)
  keys = new Int32Array(64 * 2)
  starts = new Uint16Array(64)
  hashes = new Int32Array(64 * CONTEXT_HASHES)
  readonly total = new Int32Array(TAG_COUNT)
  readonly features = new FeatureBuffer()
  readonly values = new ValuesBuffer()
  ensure(n: number): void {
    if (this.ids.length < n) {
      this.ids = new Int32Array(n * 2)
      this.keys = new Int32Array(n * 4)
      this.starts = new Uint16Array(n * 2)
      this.hashes = new Int32Array(n * 2 * CONTEXT_HASHES)
    }
  }
}

/** The longest sentence (in units) the cache takes; longer ones go the reference path. */
export const MAX_CACHED_SENTENCE = MAX_WORDS >> 1

/**
 * Writes the emission scores of a sentence of at most
 * {@link MAX_CACHED_SENTENCE} units into `emit` (as `emissions` over
 * `featurize` would) and returns the sentence's values, with the units'
 * gazetteer masks (the values that only cached templates read are left
 * empty: {@link contextValuesFrom}). Null, with nothing written, when a
 * word's sums do not fit the cache's 16 bits: the caller scores the
 * sentence the reference way.
 */
export const cachedEmissions = (
  model: NerModel & { readonly quanta: Int16Array | Int32Array; readonly scale: number },
  gazetteer: Gazetteer,
  units: ReadonlyArray<Unit>,
  emit: Float64Array,
  scratch: EmitScratch
): UnitValues | null => {
  const n = units.length
  const cache = cacheOf(model, gazetteer)
  if (!cache.narrow) return null
  scratch.ensure(n)
  const ids = scratch.ids
  const hashes = scratch.hashes
  // a full cache is renewed before the sentence: its words are looked up before any sum is read, and all stay valid
  if (cache.ids.size + n > MAX_WORDS) {
    cache.renew()
    // a sentence longer than the room left takes the whole cache
    if (cache.ids.size + n > MAX_WORDS) cache.ids.clear()
  }
  cache.lookUp(units, ids, scratch.keys)
  const data = cache.data
  for (let i = 0; i < n; i++) {
    const from = ids[i]! * WORD + HASHES
    const to = i * CONTEXT_HASHES
    for (let k = 0; k < CONTEXT_HASHES; k++) hashes[to + k] = data[from + k]!
  }
  const masks = masksOf(cache, units, ids, scratch.starts)
  if (masks === null) return null
  const v = contextValuesFrom(units, hashes, masks, scratch.values)
  // the features that read pairs, the sentence or the gazetteer: hashed for the whole sentence first, then summed
  const feats = scratch.features
  feats.reset(n)
  for (let i = 0; i < n; i++) {
    feats.offs[i] = feats.length
    contextFeatures(v, i, cache.arabic, feats)
  }
  feats.offs[n] = feats.length
  const { quanta, mask, scale } = model
  const index = bucketIndex(model)
  const f = feats.feats
  const sums = cache.sums
  const boundary = cache.boundary
  const total = scratch.total
  for (let i = 0; i < n; i++) {
    // the cached sums: the word's own, and what each neighbour gives (or the
    // sentence boundary), added in a register per tag (TAG_COUNT is 9)
    const own = 2 * ids[i]! * WORD + SUMS16
    let e0 = sums[own]!
    let e1 = sums[own + 1]!
    let e2 = sums[own + 2]!
    let e3 = sums[own + 3]!
    let e4 = sums[own + 4]!
    let e5 = sums[own + 5]!
    let e6 = sums[own + 6]!
    let e7 = sums[own + 7]!
    let e8 = sums[own + 8]!
    for (let k = 0; k < OFFSETS; k++) {
      const j = i + NEIGHBOUR_OFFSETS[k]!
      const outside = j < 0 || j >= n
      const src = outside ? boundary : sums
      const at = outside ? k * TAG_COUNT : 2 * ids[j]! * WORD + SUMS16 + (k + 1) * TAG_COUNT
      e0 += src[at]!
      e1 += src[at + 1]!
      e2 += src[at + 2]!
      e3 += src[at + 3]!
      e4 += src[at + 4]!
      e5 += src[at + 5]!
      e6 += src[at + 6]!
      e7 += src[at + 7]!
      e8 += src[at + 8]!
    }
    total[0] = e0
    total[1] = e1
    total[2] = e2
    total[3] = e3
    total[4] = e4
    total[5] = e5
    total[6] = e6
    total[7] = e7
    total[8] = e8
    scoreFeatures(index, mask, quanta, f, feats.offs[i]!, feats.offs[i + 1]!, total, scale, emit, i * TAG_COUNT)
  }
  return v
}
