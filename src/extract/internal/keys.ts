/**
 * Lexicon key ids: each key a lexicon of the extract stages looks up gets a
 * small integer id when the lexicon compiles, and each token of a stream gets
 * the id of its key (0 when the key is in no lexicon), once per stream. A
 * lexicon set then becomes a {@link KeySet}, a byte per id: the stages ask
 * "is this token a number word, a date starter, a stop word, a speech verb?"
 * with one array read instead of a string hash look-up per set, and ask it of
 * a key without its first letter (`والاثنين` → `الاثنين`) without slicing a
 * new string.
 *
 * The table holds lexicon keys only (registered when a lexicon compiles, a
 * few thousand), never the words of the documents, so it does not grow with
 * the text. A look-up hashes the key's code units (FNV-1a) and probes an
 * open-addressing table: linear in the length of the key.
 *
 * Keys registered after a stream got its ids (a lexicon compiled later) are
 * seen: {@link idsOf} recomputes the ids of a stream when the table changed.
 *
 * @module
 */
import { WORD, type Tokens } from "./tokens.js"

let mask = (1 << 12) - 1
/** Slot → key id (0 is an empty slot); at most half the slots are used. */
let slots = new Int32Array(mask + 1)
/** Key of each id (index 0 unused). */
const keys: Array<string> = [""]
let hashes = new Int32Array(mask + 1)
/** Changes whenever a key is added, so stale token ids are recomputed. */
let version = 0

const hashRange = (s: string, start: number, end: number): number => {
  let h = 0x811c9dc5 | 0
  for (let i = start; i < end; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return h
}

const sameRange = (key: string, s: string, start: number): boolean => {
  for (let i = 0; i < key.length; i++) if (key.charCodeAt(i) !== s.charCodeAt(start + i)) return false
  return true
}

/** The id of `s[start, end)` when it is a registered key, else 0. Allocates nothing. */
export const idOfRange = (s: string, start: number, end: number): number => {
  const n = end - start
  const h = hashRange(s, start, end)
  let at = h & mask
  for (;;) {
    const id = slots[at]!
    if (id === 0) return 0
    if (hashes[id] === h) {
      const k = keys[id]!
      if (k.length === n && sameRange(k, s, start)) return id
    }
    at = (at + 1) & mask
  }
}

/** The id of `key` when it is a registered key, else 0. */
export const idOf = (key: string): number => idOfRange(key, 0, key.length)

const grow = (): void => {
  const size = (mask + 1) * 2
  const m = size - 1
  const next = new Int32Array(size)
  for (let id = 1; id < keys.length; id++) {
    let at = hashes[id]! & m
    while (next[at] !== 0) at = (at + 1) & m
    next[at] = id
  }
  const h = new Int32Array(size)
  h.set(hashes)
  slots = next
  hashes = h
  mask = m
}

/** Registers `key` (a lexicon key) and returns its id. */
export const registerKey = (key: string): number => {
  const known = idOf(key)
  if (known !== 0) return known
  const id = keys.length
  if ((id + 1) * 2 > mask + 1) grow()
  const h = hashRange(key, 0, key.length)
  let at = h & mask
  while (slots[at] !== 0) at = (at + 1) & mask
  keys.push(key)
  hashes[id] = h
  slots[at] = id
  version++
  return id
}

/** A set of lexicon keys, read by id. */
export class KeySet {
  private readonly bits: Uint8Array
  constructor(members: Iterable<string>) {
    const ids: Array<number> = []
    for (const k of members) ids.push(registerKey(k))
    this.bits = new Uint8Array(keys.length)
    for (const id of ids) this.bits[id] = 1
  }
  /** True when the key with id `id` is in the set. */
  hasId(id: number): boolean {
    return this.bits[id] === 1
  }
  /** True when `s[start, end)` is in the set. */
  hasRange(s: string, start: number, end: number): boolean {
    return this.bits[idOfRange(s, start, end)] === 1
  }
}

/** The key ids of a token stream. */
export interface KeyIds {
  /** The id of each token's key (0 for keys in no lexicon). */
  readonly ids: Int32Array
  /**
   * For an Arabic word of three code units or more, the id of its key
   * without the first letter (`والاثنين` → `الاثنين`, `وقال` → `قال`), else
   * 0: the readings with a proclitic left out, without slicing a string.
   * (Only an Arabic letter is a proclitic: a Latin word's tail, `nd` of
   * `and`, is read by no lexicon, and hashing it was half of the ids' time
   * on English news.)
   */
  readonly tails: Int32Array
}

const cache = new WeakMap<Tokens, { version: number; ids: KeyIds }>()

/** A code unit of the Arabic block (U+0600–U+06FF), where every proclitic letter is. */
export const isArabicUnit = (c: number): boolean => c >= 0x0600 && c <= 0x06ff

/** The key ids of `t`, recomputed when lexicon keys were added since they were computed. */
export const idsOf = (t: Tokens): KeyIds => {
  const c = cache.get(t)
  if (c !== undefined && c.version === version) return c.ids
  const ids = new Int32Array(t.count)
  const tails = new Int32Array(t.count)
  const ks = t.keys
  const kinds = t.kinds
  for (let i = 0; i < t.count; i++) {
    const k = ks[i]!
    ids[i] = idOfRange(k, 0, k.length)
    if (kinds[i] === WORD && k.length > 2 && isArabicUnit(k.charCodeAt(0))) tails[i] = idOfRange(k, 1, k.length)
  }
  const out = { ids, tails }
  cache.set(t, { version, ids: out })
  return out
}
