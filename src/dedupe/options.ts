/**
 * Options of the deduplication core, their defaults and their checks.
 *
 * The defaults were chosen on the BBC News (English) corpus; the measurements
 * behind them are in `docs/dedupe.md` (`npx tsx scripts/eval-dedupe.ts`).
 *
 * @module
 */

export interface DedupeOptions {
  /**
   * Estimated Jaccard similarity of the shingle sets at or above which a body
   * is a near duplicate of an earlier one, in (0, 1]. Default {@link DEFAULT_THRESHOLD}.
   */
  readonly threshold?: number | undefined
  /** Look for near duplicates (MinHash); `false` finds exact duplicates only. Default `true`. */
  readonly near?: boolean | undefined
  /** Words per shingle. Default {@link DEFAULT_SHINGLE}. */
  readonly shingle?: number | undefined
  /** MinHash sketch length (hash functions per document). Default {@link DEFAULT_PERMUTATIONS}. */
  readonly permutations?: number | undefined
  /**
   * LSH bands (each of `floor(permutations / bands)` rows). Default: chosen from
   * the threshold by {@link bandsFor}, so that a pair exactly at the threshold
   * becomes a candidate with probability at least 0.99.
   */
  readonly bands?: number | undefined
  /**
   * Bodies with fewer words than this are never near-matched, and match
   * exactly only together with their title. Default {@link DEFAULT_MIN_WORDS}.
   */
  readonly minWords?: number | undefined
  /** Seed of the MinHash functions (sketches made with different seeds do not compare). Default 0. */
  readonly seed?: number | undefined
}

/** Every option, resolved. */
export interface ResolvedDedupeOptions {
  readonly threshold: number
  readonly near: boolean
  readonly shingle: number
  readonly permutations: number
  readonly bands: number
  /** Sketch values per band: `floor(permutations / bands)`. */
  readonly rows: number
  readonly minWords: number
  readonly seed: number
}

export const DEFAULT_THRESHOLD = 0.5
export const DEFAULT_SHINGLE = 5
export const DEFAULT_PERMUTATIONS = 128
export const DEFAULT_MIN_WORDS = 25

/** Probability that a pair of similarity `s` shares at least one band of `rows` rows among `bands`. */
export const candidateProbability = (s: number, bands: number, rows: number): number => 1 - Math.pow(1 - Math.pow(s, rows), bands)

/**
 * The number of bands for a threshold: the fewest bands (the most rows per
 * band, so the fewest chance candidates to verify) for which a pair exactly at
 * the threshold becomes a candidate with probability at least `recall`.
 */
export const bandsFor = (threshold: number, permutations: number, recall = 0.99): number => {
  for (let rows = permutations; rows >= 1; rows--) {
    const bands = Math.floor(permutations / rows)
    if (candidateProbability(threshold, bands, rows) >= recall) return bands
  }
  return permutations
}

const integer = (name: string, value: number, min: number, max: number): number => {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`dedupe: ${name} must be an integer from ${min} to ${max}, got ${String(value)}`)
  }
  return value
}

/** Fills in the defaults and checks every option; throws a `RangeError` naming the bad one. */
export const resolveDedupeOptions = (options: DedupeOptions | ResolvedDedupeOptions = {}): ResolvedDedupeOptions => {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD
  if (typeof threshold !== "number" || !(threshold > 0 && threshold <= 1)) {
    throw new RangeError(`dedupe: threshold must be a number in (0, 1], got ${String(threshold)}`)
  }
  const near = options.near ?? true
  if (typeof near !== "boolean") throw new RangeError(`dedupe: near must be true or false, got ${String(near)}`)
  const shingle = integer("shingle", options.shingle ?? DEFAULT_SHINGLE, 1, 32)
  const permutations = integer("permutations", options.permutations ?? DEFAULT_PERMUTATIONS, 1, 4096)
  const bands = integer("bands", options.bands ?? bandsFor(threshold, permutations), 1, permutations)
  const minWords = integer("minWords", options.minWords ?? DEFAULT_MIN_WORDS, 1, 1_000_000)
  const seed = integer("seed", options.seed ?? 0, 0, 0xffffffff)
  return { threshold, near, shingle, permutations, bands, rows: Math.floor(permutations / bands), minWords, seed }
}
