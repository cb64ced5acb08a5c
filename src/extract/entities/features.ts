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

/** Per-unit values, hashed once. */
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

/** Hashes the values of every unit of a sentence once. */
export const unitValues = (units: ReadonlyArray<Unit>, g: Gazetteer): UnitValues => {
  const n = units.length
  const norm = new Int32Array(n)
  const word = new Int32Array(n)
  const core = new Int32Array(n)
  const bare = new Int32Array(n)
  const shape = new Int32Array(n)
  const flags = new Int32Array(n)
  const affix = new Int32Array(n * 8)
  const keys: Array<string> = new Array<string>(n)
  let latinWords = 0
  let capsWords = 0
  for (let i = 0; i < n; i++) {
    const u = units[i]!
    norm[i] = hashString(u.norm)
    word[i] = hashString(u.text)
    core[i] = u.core === u.norm ? norm[i]! : hashString(u.core)
    bare[i] = u.bare === u.core ? core[i]! : hashString(u.bare)
    shape[i] = shapeHash(u.text)
    const f = flagsOf(u)
    flags[i] = f
    if ((f & F_LATIN) !== 0 && u.text.length > 1) {
      latinWords++
      if ((f & F_ALL_CAPS) !== 0) capsWords++
    }
    const b = u.bare
    const len = b.length
    for (let k = 1; k <= 4; k++) {
      affix[i * 8 + k - 1] = k <= len ? hashRange(b, 0, k) : 0
      affix[i * 8 + 3 + k] = k <= len ? hashRange(b, len - k, len) : 0
    }
    keys[i] = unitKey(u)
  }
  const gaz = gazetteerMasks(g, keys)
  return { n, norm, word, core, bare, shape, flags, gaz, affix, headline: latinWords >= 3 && capsWords * 10 >= latinWords * 7 }
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

/**
 * Writes the features of every unit of a sentence into `out` (reset first):
 * the features of unit `i` are `out.feats[out.offs[i], out.offs[i + 1])`.
 */
export const featurize = (units: ReadonlyArray<Unit>, v: UnitValues, lang: Lang, out: FeatureBuffer): void => {
  const n = v.n
  out.reset(n)
  const arabic = lang === "ar"
  for (let i = 0; i < n; i++) {
    out.offs[i] = out.length
    const f = v.flags[i]!
    out.push(T_BIAS)
    out.push(mix2(T_NORM, v.norm[i]!))
    out.push(mix2(T_WORD, v.word[i]!))
    if (arabic) {
      out.push(mix2(T_CORE, v.core[i]!))
      out.push(mix2(T_BARE, v.bare[i]!))
      out.push(mix3(T_CORE_AT, -1, valueAt(v.core, i - 1, n)))
      out.push(mix3(T_CORE_AT, 1, valueAt(v.core, i + 1, n)))
      out.push(mix3(T_BARE_AT, -1, valueAt(v.bare, i - 1, n)))
      out.push(mix3(T_BARE_AT, 1, valueAt(v.bare, i + 1, n)))
    }
    for (let k = 0; k < 4; k++) {
      const p = v.affix[i * 8 + k]!
      const s = v.affix[i * 8 + 4 + k]!
      if (p !== 0) out.push(mix3(T_PRE, k, p))
      if (s !== 0) out.push(mix3(T_SUF, k, s))
    }
    if (i > 0) out.push(mix3(T_SUF_AT, -1, v.affix[(i - 1) * 8 + 6]!))
    if (i + 1 < n) out.push(mix3(T_SUF_AT, 1, v.affix[(i + 1) * 8 + 6]!))
    // character trigrams of the bare form (Arabic morphology, foreign names)
    const bare = units[i]!.bare
    if (bare.length >= 4 && bare.length <= 24) {
      for (let k = 0; k + 3 <= bare.length; k++) out.push(mix2(T_TRIGRAM, hashRange(bare, k, k + 3)))
    }
    const sh = v.shape[i]!
    out.push(mix2(T_SHAPE, sh))
    out.push(mix3(T_SHAPE_PREV, valueAt(v.shape, i - 1, n), sh))
    out.push(mix3(T_SHAPE_NEXT, sh, valueAt(v.shape, i + 1, n)))
    if (i === 0) out.push(mix2(T_FIRST_SHAPE, sh))
    for (let d = -2; d <= 2; d++) if (d !== 0) out.push(mix3(T_NORM_AT, d, valueAt(v.norm, i + d, n)))
    out.push(mix3(T_BIGRAM_PREV, valueAt(v.norm, i - 1, n), v.norm[i]!))
    out.push(mix3(T_BIGRAM_NEXT, v.norm[i]!, valueAt(v.norm, i + 1, n)))
    out.push(mix3(T_NORM_SHAPE_PREV, valueAt(v.norm, i - 1, n), sh))
    out.push(mix3(T_NORM_SHAPE_NEXT, sh, valueAt(v.norm, i + 1, n)))
    for (let b = 0; b < FLAG_BITS; b++) if ((f & (1 << b)) !== 0) out.push(mix2(T_FLAG, b))
    for (let d = -1; d <= 1; d += 2) {
      const j = i + d
      if (j < 0 || j >= n) continue
      const fj = v.flags[j]!
      for (let b = 0; b < FLAG_BITS; b++) if ((fj & (1 << b)) !== 0) out.push(mix3(T_FLAG_AT, d, b))
    }
    if (v.headline) {
      out.push(mix2(T_HEADLINE_SHAPE, sh))
      out.push(mix2(T_HEADLINE_NORM, v.norm[i]!))
    }
    const cap = f & F_INIT_CAP
    const gz = v.gaz[i]!
    for (let b = 0; b < 16; b++) {
      if ((gz & (1 << b)) === 0) continue
      out.push(mix2(T_GAZ, b))
      if (!arabic) out.push(mix3(T_GAZ_CAP, b, cap))
    }
    for (let d = -2; d <= 2; d++) {
      if (d === 0) continue
      const j = i + d
      if (j < 0 || j >= n) continue
      const gj = v.gaz[j]!
      for (let b = 0; b < 16; b++) if ((gj & (1 << b)) !== 0) out.push(mix3(T_GAZ_AT, d, b))
    }
  }
  out.offs[n] = out.length
}
