/**
 * Features of the entity tagger.
 *
 * A feature is a 32-bit hash of a template number and one or two value
 * hashes; the model keeps a row of weights per hash bucket. The values of a
 * unit (its forms, affixes, shape, flags, gazetteer categories) are hashed
 * once per unit, and features combine those numbers: no string is built in
 * the loop.
 *
 * Features only read the units' forms (`text`, `norm`, `core`, `bare`,
 * `article`, `proclitic`), never the spaces between them, so a sentence of
 * CoNLL tokens joined by spaces and the same words in running text give the
 * same features.
 *
 * Bump {@link FEATURE_VERSION} whenever a template changes: a model records
 * the version it was trained with and refuses to load under another.
 *
 * @module
 */
import { gazetteerMasks, unitKey, type Gazetteer, type Lang } from "./gazetteer.js"
import { fmix, hashRange, hashString, mix2, mix3 } from "./hash.js"
import type { Unit } from "./text.js"

/** Version of the feature templates (stored in model files). */
export const FEATURE_VERSION = "ner-features-3"

// unit flags
const F_INIT_CAP = 1 << 0
const F_ALL_CAPS = 1 << 1
const F_HAS_DIGIT = 1 << 2
const F_NUMBER = 1 << 3
const F_PUNCT = 1 << 4
const F_HYPHEN = 1 << 5
const F_PERIOD = 1 << 6
const F_ARTICLE = 1 << 7
const F_PROCLITIC = 1 << 8
const F_NISBA = 1 << 9
const F_LATIN = 1 << 10
const F_ARABIC = 1 << 11
const F_INNER_CAP = 1 << 12
const F_SHORT = 1 << 13
const F_LONG = 1 << 14
const F_ACRONYM = 1 << 15
const FLAG_BITS = 16

/**
 * Per-unit values of a sentence of `n` units, hashed once. The arrays may be
 * longer than the sentence (a reused buffer): read the first `n` (`gaz`
 * holds exactly `n`).
 */
export interface UnitValues {
  readonly n: number
  /** Hashes of the unit's values. */
  readonly norm: Int32Array
  readonly word: Int32Array
  readonly core: Int32Array
  readonly bare: Int32Array
  readonly shape: Int32Array
  readonly flags: Int32Array
  readonly gaz: Uint16Array
  /** Prefixes and suffixes of `bare`, lengths 1–4: `[p1 p2 p3 p4 s1 s2 s3 s4]` per unit. */
  readonly affix: Int32Array
  /**
   * Half-made pair features, {@link PAIR_HASHES} per unit: the template mixed
   * with this unit's value, for the pair templates this unit opens (as the
   * previous unit of its right neighbour, or as the left unit of a pair).
   */
  readonly pairs: Int32Array
  /** True when most Latin words of the sentence are in capitals (a headline). */
  readonly headline: boolean
}

const isUpper = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
const isLower = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0xff && c !== 0xf7)
const isDigit = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)
const isArabic = (c: number) => c >= 0x600 && c <= 0x6ff

const YEH = 0x064a
const HEH = 0x0647
const NOON = 0x0646
const WAW = 0x0648

/** `ال` + a stem ending in `ي`, `يه` (ية folded), `يين`, `يون`: a nisba adjective (`الروسي`, `السورية`). */
export const isNisba = (u: Unit): boolean => {
  if (!u.article) return false
  const b = u.bare
  const n = b.length
  if (n < 3) return false
  const last = b.charCodeAt(n - 1)
  if (last === YEH) return true
  if (last === HEH && b.charCodeAt(n - 2) === YEH) return true
  if (last === NOON && n >= 5 && b.charCodeAt(n - 3) === YEH && (b.charCodeAt(n - 2) === YEH || b.charCodeAt(n - 2) === WAW)) return true
  return false
}

/** Shape of a word: X upper, x lower, d digit, a Arabic letter, other characters as they are; runs collapsed. */
const shapeHash = (s: string): number => {
  let h = 0x811c9dc5
  let prev = -1
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const k = isUpper(c) ? 88 : isLower(c) ? 120 : isDigit(c) ? 100 : isArabic(c) ? 97 : c
    if (k === prev) continue
    prev = k
    h = Math.imul(h ^ k, 0x01000193)
  }
  return h | 0
}

const flagsOf = (u: Unit): number => {
  const s = u.text
  let f = 0
  let upper = 0
  let lower = 0
  let letters = 0
  let digits = 0
  let arabic = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (isUpper(c)) {
      upper++
      letters++
      if (i > 0 && lower > 0) f |= F_INNER_CAP
    } else if (isLower(c)) {
      lower++
      letters++
    } else if (isDigit(c)) digits++
    else if (isArabic(c)) arabic++
    else if (c === 0x2d) f |= F_HYPHEN
    else if (c === 0x2e) f |= F_PERIOD
  }
  if (letters > 0) f |= F_LATIN
  if (arabic > 0) f |= F_ARABIC
  if (isUpper(s.charCodeAt(0))) f |= F_INIT_CAP
  if (letters > 0 && lower === 0) f |= F_ALL_CAPS
  if (upper >= 2 && lower === 0 && letters <= 5) f |= F_ACRONYM
  if (digits > 0) f |= F_HAS_DIGIT
  if (u.kind === "number") f |= F_NUMBER
  if (u.kind === "punct" || u.kind === "symbol") f |= F_PUNCT
  if (u.article) f |= F_ARTICLE
  if (u.proclitic) f |= F_PROCLITIC
  if (isNisba(u)) f |= F_NISBA
  if (s.length <= 2) f |= F_SHORT
  if (s.length >= 8) f |= F_LONG
  return f
}

/** How many half-made pair features a unit has (see `UnitValues.pairs`). */
export const PAIR_HASHES = 6

/** How many hashed values {@link hashUnit} writes per unit. */
export const UNIT_HASHES = 14 + PAIR_HASHES

/**
 * Writes the hashed values of one unit at `out[at, at + UNIT_HASHES)`:
 * norm, word, core, bare, shape, flags, then the prefixes and suffixes of
 * `bare` (lengths 1–4, 0 when the word is shorter), then the half-made
 * pair features (`UnitValues.pairs`).
 */
export const hashUnit = (u: Unit, out: Int32Array, at: number): void => {
  const norm = hashString(u.norm)
  const core = u.core === u.norm ? norm : hashString(u.core)
  out[at] = norm
  out[at + 1] = hashString(u.text)
  out[at + 2] = core
  out[at + 3] = u.bare === u.core ? core : hashString(u.bare)
  out[at + 4] = shapeHash(u.text)
  out[at + 5] = flagsOf(u)
  const b = u.bare
  const len = b.length
  for (let k = 1; k <= 4; k++) {
    out[at + 5 + k] = k <= len ? hashRange(b, 0, k) : 0
    out[at + 9 + k] = k <= len ? hashRange(b, len - k, len) : 0
  }
  pairHashes(norm, out[at + 4]!, out, at + 14)
}

/** Arrays for {@link valuesFrom} to fill, reused from sentence to sentence (they may be longer than the sentence). */
export class ValuesBuffer {
  norm = new Int32Array(0)
  word = new Int32Array(0)
  core = new Int32Array(0)
  bare = new Int32Array(0)
  shape = new Int32Array(0)
  flags = new Int32Array(0)
  affix = new Int32Array(0)
  pairs = new Int32Array(0)

  /** Room for at least `n` units: twice that when it grows (a buffer reused for longer and longer sentences). */
  ensure(n: number): void {
    if (this.norm.length >= n) return
    this.allocate(Math.max(64, n * 2))
  }

  /** Arrays of exactly `size` units. */
  allocate(size: number): void {
    this.norm = new Int32Array(size)
    this.word = new Int32Array(size)
    this.core = new Int32Array(size)
    this.bare = new Int32Array(size)
    this.shape = new Int32Array(size)
    this.flags = new Int32Array(size)
    this.affix = new Int32Array(size * 8)
    this.pairs = new Int32Array(size * PAIR_HASHES)
  }
}

/**
 * The values of a sentence from its units' hashes ({@link hashUnit}, `n`
 * units from `hashes[0]`) and gazetteer masks. With `into`, the arrays are
 * that buffer's (valid until its next use; read only the first `n`).
 */
export const valuesFrom = (units: ReadonlyArray<Unit>, hashes: Int32Array, gaz: Uint16Array, into?: ValuesBuffer): UnitValues => {
  const n = units.length
  let b = into
  if (b === undefined) {
    b = new ValuesBuffer()
    b.allocate(n)
  } else b.ensure(n)
  const { norm, word, core, bare, shape, flags, affix, pairs } = b
  for (let i = 0; i < n; i++) {
    const h = i * UNIT_HASHES
    norm[i] = hashes[h]!
    word[i] = hashes[h + 1]!
    core[i] = hashes[h + 2]!
    bare[i] = hashes[h + 3]!
    shape[i] = hashes[h + 4]!
    flags[i] = hashes[h + 5]!
    for (let k = 0; k < 8; k++) affix[i * 8 + k] = hashes[h + 6 + k]!
    for (let k = 0; k < PAIR_HASHES; k++) pairs[i * PAIR_HASHES + k] = hashes[h + 14 + k]!
  }
  return { n, norm, word, core, bare, shape, flags, gaz, affix, pairs, headline: isHeadline(units, flags) }
}

/** Whether most Latin words of a sentence (of more than one letter) are in capitals: a headline. */
const isHeadline = (units: ReadonlyArray<Unit>, flags: Int32Array): boolean => {
  let latinWords = 0
  let capsWords = 0
  for (let i = 0; i < units.length; i++) {
    const f = flags[i]!
    if ((f & F_LATIN) !== 0 && units[i]!.text.length > 1) {
      latinWords++
      if ((f & F_ALL_CAPS) !== 0) capsWords++
    }
  }
  return latinWords >= 3 && capsWords * 10 >= latinWords * 7
}

/**
 * How many hashed values {@link contextValuesFrom} reads per unit: those of
 * {@link hashUnit}'s that {@link contextFeatures} uses (norm, shape, flags
 * and the half-made pairs), in that order.
 */
export const CONTEXT_HASHES = 3 + PAIR_HASHES

/** Copies the {@link CONTEXT_HASHES} values of one unit's {@link hashUnit} output at `from` to `out[at, …)`. */
export const contextHashes = (hashes: Int32Array, from: number, out: Int32Array, at: number): void => {
  out[at] = hashes[from]!
  out[at + 1] = hashes[from + 4]!
  out[at + 2] = hashes[from + 5]!
  for (let k = 0; k < PAIR_HASHES; k++) out[at + 3 + k] = hashes[from + 14 + k]!
}

const NO_HASHES = new Int32Array(0)

/**
 * The values of a sentence that {@link contextFeatures} reads (norm, shape,
 * flags, pairs, gazetteer masks, headline), from {@link CONTEXT_HASHES}
 * values per unit ({@link contextHashes}). The values only the cached
 * templates read (`word`, `core`, `bare`, `affix`) are left empty: the
 * tagger's cached path (`emit.ts`) has their weights summed per word already.
 */
export const contextValuesFrom = (units: ReadonlyArray<Unit>, hashes: Int32Array, gaz: Uint16Array, into: ValuesBuffer): UnitValues => {
  const n = units.length
  into.ensure(n)
  const { norm, shape, flags, pairs } = into
  for (let i = 0; i < n; i++) {
    const h = i * CONTEXT_HASHES
    norm[i] = hashes[h]!
    shape[i] = hashes[h + 1]!
    flags[i] = hashes[h + 2]!
    for (let k = 0; k < PAIR_HASHES; k++) pairs[i * PAIR_HASHES + k] = hashes[h + 3 + k]!
  }
  return {
    n,
    norm,
    word: NO_HASHES,
    core: NO_HASHES,
    bare: NO_HASHES,
    shape,
    flags,
    gaz,
    affix: NO_HASHES,
    pairs,
    headline: isHeadline(units, flags)
  }
}

/** Hashes the values of every unit of a sentence once. */
export const unitValues = (units: ReadonlyArray<Unit>, g: Gazetteer): UnitValues => {
  const n = units.length
  const hashes = new Int32Array(n * UNIT_HASHES)
  const keys: Array<string> = new Array<string>(n)
  for (let i = 0; i < n; i++) {
    hashUnit(units[i]!, hashes, i * UNIT_HASHES)
    keys[i] = unitKey(units[i]!)
  }
  return valuesFrom(units, hashes, gazetteerMasks(g, keys))
}

// template numbers (hashed with fmix so that nearby numbers spread)
const T = (k: number): number => fmix(0x5eed0000 + k)
const T_BIAS = T(1)
/** The feature every unit has: its weights are the tags' prior scores. */
export const BIAS_FEATURE = T_BIAS
const T_NORM = T(2)
const T_WORD = T(3)
const T_CORE = T(4)
const T_BARE = T(5)
const T_PRE = T(6)
const T_SUF = T(7)
const T_SHAPE = T(8)
const T_SHAPE_PREV = T(9)
const T_SHAPE_NEXT = T(10)
const T_NORM_AT = T(11)
const T_BIGRAM_PREV = T(12)
const T_BIGRAM_NEXT = T(13)
const T_CORE_AT = T(14)
const T_FLAG = T(15)
const T_HEADLINE_SHAPE = T(16)
const T_GAZ = T(17)
const T_GAZ_AT = T(18)
const T_GAZ_CAP = T(19)
const T_FIRST_SHAPE = T(20)
const T_FLAG_AT = T(21)
const T_SUF_AT = T(22)
const T_NORM_SHAPE_PREV = T(23)
const T_NORM_SHAPE_NEXT = T(24)
const T_HEADLINE_NORM = T(25)
const T_BARE_AT = T(26)
const T_TRIGRAM = T(27)

const BOS = hashString("<s>")
const EOS = hashString("</s>")

// Features are mixes of a template and values: `mix3(T, a, b)` is `mix2(mix2(T, a), b)`, so a template mixed with a
// small number (an offset, a bit) is made once here, and one with a unit's value once per unit (`pairs`).
const bits = (f: (b: number) => number, count: number): Int32Array => Int32Array.from({ length: count }, (_, b) => f(b))
const atOffset = (t: number): Int32Array => bits((k) => mix2(t, k - 2), 5)
const FLAG_FEATURE = bits((b) => mix2(T_FLAG, b), FLAG_BITS)
/** `FLAG_AT[(d + 2) * FLAG_BITS + b]`. */
const FLAG_AT = bits((k) => mix3(T_FLAG_AT, Math.floor(k / FLAG_BITS) - 2, k % FLAG_BITS), 5 * FLAG_BITS)
const GAZ_FEATURE = bits((b) => mix2(T_GAZ, b), 16)
/** `GAZ_CAP[b * 2 + cap]`. */
const GAZ_CAP = bits((k) => mix3(T_GAZ_CAP, k >> 1, k & 1), 32)
/** `GAZ_AT[(d + 2) * 16 + b]`. */
const GAZ_AT = bits((k) => mix3(T_GAZ_AT, Math.floor(k / 16) - 2, k % 16), 80)
const PRE_AT = bits((k) => mix2(T_PRE, k), 4)
const SUF_AT_LEN = bits((k) => mix2(T_SUF, k), 4)
const NORM_AT = atOffset(T_NORM_AT)
const CORE_AT = atOffset(T_CORE_AT)
const BARE_AT = atOffset(T_BARE_AT)
const SUF_AT = atOffset(T_SUF_AT)

// the pair templates a unit opens: [0] as the previous unit, [1] as the left unit, and so on (see pairHashes)
const P_SHAPE_PREV = 0
const P_SHAPE_NEXT = 1
const P_BIGRAM_PREV = 2
const P_BIGRAM_NEXT = 3
const P_NORM_SHAPE_PREV = 4
const P_NORM_SHAPE_NEXT = 5

/** Writes a unit's half-made pair features at `out[at, at + PAIR_HASHES)`. */
const pairHashes = (norm: number, shape: number, out: Int32Array, at: number): void => {
  out[at + P_SHAPE_PREV] = mix2(T_SHAPE_PREV, shape)
  out[at + P_SHAPE_NEXT] = mix2(T_SHAPE_NEXT, shape)
  out[at + P_BIGRAM_PREV] = mix2(T_BIGRAM_PREV, norm)
  out[at + P_BIGRAM_NEXT] = mix2(T_BIGRAM_NEXT, norm)
  out[at + P_NORM_SHAPE_PREV] = mix2(T_NORM_SHAPE_PREV, norm)
  out[at + P_NORM_SHAPE_NEXT] = mix2(T_NORM_SHAPE_NEXT, shape)
}

/** The half-made pair features of the sentence boundary (`<s>` before the first unit). */
const BOS_PAIRS = new Int32Array(PAIR_HASHES)
pairHashes(BOS, BOS, BOS_PAIRS, 0)

/** Features of a sentence: the hashes of unit `i` are `feats[offs[i], offs[i + 1])`. */
export interface SentenceFeatures {
  readonly feats: Int32Array
  readonly offs: Int32Array
}

/** A growable buffer of feature hashes, reused between sentences. */
export class FeatureBuffer {
  feats: Int32Array = new Int32Array(4096)
  offs: Int32Array = new Int32Array(256)
  length = 0

  reset(units: number): void {
    this.length = 0
    if (this.offs.length < units + 1) this.offs = new Int32Array(Math.max(units + 1, this.offs.length * 2))
  }

  push(h: number): void {
    if (this.length === this.feats.length) {
      const bigger = new Int32Array(this.feats.length * 2)
      bigger.set(this.feats)
      this.feats = bigger
    }
    this.feats[this.length++] = h
  }

  /** A copy of the features (for training sets). */
  copy(units: number): SentenceFeatures {
    return { feats: this.feats.slice(0, this.length), offs: this.offs.slice(0, units + 1) }
  }
}

const valueAt = (a: Int32Array, i: number, n: number): number => (i < 0 ? BOS : i >= n ? EOS : a[i]!)

/** Where features go: a {@link FeatureBuffer} or any other collector. */
export interface FeatureSink {
  push(h: number): void
}

/**
 * The features of unit `i` that read only the unit itself: its forms,
 * affixes, character trigrams, shape and flags. `bare` is the unit's `bare`
 * form (for the trigrams).
 */
export const unitFeatures = (v: UnitValues, i: number, bare: string, arabic: boolean, out: FeatureSink): void => {
  out.push(T_BIAS)
  out.push(mix2(T_NORM, v.norm[i]!))
  out.push(mix2(T_WORD, v.word[i]!))
  if (arabic) {
    out.push(mix2(T_CORE, v.core[i]!))
    out.push(mix2(T_BARE, v.bare[i]!))
  }
  for (let k = 0; k < 4; k++) {
    const p = v.affix[i * 8 + k]!
    const s = v.affix[i * 8 + 4 + k]!
    if (p !== 0) out.push(mix2(PRE_AT[k]!, p))
    if (s !== 0) out.push(mix2(SUF_AT_LEN[k]!, s))
  }
  // character trigrams of the bare form (Arabic morphology, foreign names)
  if (bare.length >= 4 && bare.length <= 24) {
    for (let k = 0; k + 3 <= bare.length; k++) out.push(mix2(T_TRIGRAM, hashRange(bare, k, k + 3)))
  }
  out.push(mix2(T_SHAPE, v.shape[i]!))
  const f = v.flags[i]!
  for (let b = 0; b < FLAG_BITS; b++) if ((f & (1 << b)) !== 0) out.push(FLAG_FEATURE[b]!)
}

/** The offsets of the neighbours that {@link neighbourFeatures} reads, in this order. */
export const NEIGHBOUR_OFFSETS: ReadonlyArray<number> = [-2, -1, 1, 2]

/**
 * The features a unit gets from its neighbour at offset `d` (one of
 * {@link NEIGHBOUR_OFFSETS}): the neighbour is unit `j` of `v`; a `j` outside
 * `[0, v.n)` stands for the sentence boundary on that side (`<s>`, `</s>`).
 * They read only that neighbour's values (and `d`).
 */
export const neighbourFeatures = (v: UnitValues, j: number, d: number, arabic: boolean, out: FeatureSink): void => {
  const n = v.n
  const inside = j >= 0 && j < n
  if (d === -1 || d === 1) {
    if (arabic) {
      out.push(mix2(CORE_AT[d + 2]!, valueAt(v.core, j, n)))
      out.push(mix2(BARE_AT[d + 2]!, valueAt(v.bare, j, n)))
    }
    if (inside) {
      out.push(mix2(SUF_AT[d + 2]!, v.affix[j * 8 + 6]!))
      const fj = v.flags[j]!
      const flagAt = (d + 2) * FLAG_BITS
      for (let b = 0; b < FLAG_BITS; b++) if ((fj & (1 << b)) !== 0) out.push(FLAG_AT[flagAt + b]!)
    }
  }
  out.push(mix2(NORM_AT[d + 2]!, valueAt(v.norm, j, n)))
}

/**
 * The features of unit `i` that read pairs of units, its place in the
 * sentence, the sentence (headline) or the gazetteer masks.
 */
export const contextFeatures = (v: UnitValues, i: number, arabic: boolean, out: FeatureSink): void => {
  const n = v.n
  const sh = v.shape[i]!
  const norm = v.norm[i]!
  const nextShape = i + 1 < n ? v.shape[i + 1]! : EOS
  const nextNorm = i + 1 < n ? v.norm[i + 1]! : EOS
  // the previous unit's half-made pairs (mix3(T, prev, x) is mix2(mix2(T, prev), x)), and this unit's
  const prev = i > 0 ? v.pairs : BOS_PAIRS
  const p = i > 0 ? (i - 1) * PAIR_HASHES : 0
  const own = i * PAIR_HASHES
  out.push(mix2(prev[p + P_SHAPE_PREV]!, sh))
  out.push(mix2(v.pairs[own + P_SHAPE_NEXT]!, nextShape))
  if (i === 0) out.push(mix2(T_FIRST_SHAPE, sh))
  out.push(mix2(prev[p + P_BIGRAM_PREV]!, norm))
  out.push(mix2(v.pairs[own + P_BIGRAM_NEXT]!, nextNorm))
  out.push(mix2(prev[p + P_NORM_SHAPE_PREV]!, sh))
  out.push(mix2(v.pairs[own + P_NORM_SHAPE_NEXT]!, nextNorm))
  if (v.headline) {
    out.push(mix2(T_HEADLINE_SHAPE, sh))
    out.push(mix2(T_HEADLINE_NORM, norm))
  }
  const cap = v.flags[i]! & F_INIT_CAP
  const gz = v.gaz[i]!
  if (gz !== 0) {
    for (let b = 0; b < 16; b++) {
      if ((gz & (1 << b)) === 0) continue
      out.push(GAZ_FEATURE[b]!)
      if (!arabic) out.push(GAZ_CAP[b * 2 + cap]!)
    }
  }
  for (let d = -2; d <= 2; d++) {
    if (d === 0) continue
    const j = i + d
    if (j < 0 || j >= n) continue
    const gj = v.gaz[j]!
    if (gj === 0) continue
    const gazAt = (d + 2) * 16
    for (let b = 0; b < 16; b++) if ((gj & (1 << b)) !== 0) out.push(GAZ_AT[gazAt + b]!)
  }
}

/**
 * Writes the features of every unit of a sentence into `out` (reset first):
 * the features of unit `i` are `out.feats[out.offs[i], out.offs[i + 1])`.
 *
 * A unit's features are of three kinds, and every template belongs to one:
 * {@link unitFeatures} (the unit alone), {@link neighbourFeatures} (one
 * neighbour at a fixed offset) and {@link contextFeatures} (the rest). The
 * tagger's fast path (`emit.ts`) caches the weights of the first two kinds
 * per word, so a new template must go in the function of its kind.
 */
export const featurize = (units: ReadonlyArray<Unit>, v: UnitValues, lang: Lang, out: FeatureBuffer): void => {
  const n = v.n
  out.reset(n)
  const arabic = lang === "ar"
  for (let i = 0; i < n; i++) {
    out.offs[i] = out.length
    unitFeatures(v, i, units[i]!.bare, arabic, out)
    for (const d of NEIGHBOUR_OFFSETS) neighbourFeatures(v, i + d, d, arabic, out)
    contextFeatures(v, i, arabic, out)
  }
  out.offs[n] = out.length
}
