/**
 * A trie over token keys: finds the longest lexicon phrase that starts at a
 * given token, in time bounded by the length of the longest phrase.
 *
 * @module
 */
import { StringSieve } from "../internal/sieve.js"

interface Node<V> {
  readonly next: Map<string, Node<V>>
  value: V | undefined
}

const node = <V>(): Node<V> => ({ next: new Map(), value: undefined })

/** A match: the value stored for the phrase and how many tokens it spans. */
export interface TrieMatch<V> {
  readonly value: V
  readonly length: number
}

export class PhraseTrie<V> {
  private readonly root: Node<V> = node()
  private depth = 0
  /**
   * A sieve of the first tokens ({@link StringSieve}), made at the first look-up: the entity rules ask the tries about
   * most words of a sentence, few of which open a phrase, and a word the sieve turns away is neither hashed (a key
   * just sliced from its word has no hash yet) nor looked up in the root's map. A clear bit means no phrase starts
   * with the token, so the answers are the map's. The empty token, which the sieve cannot read, always goes to the map.
   */
  private sieve: StringSieve | null = null

  /** Adds a phrase (its token keys). Returns the value already stored for it, if any. */
  add(tokens: ReadonlyArray<string>, value: V): V | undefined {
    let n = this.root
    for (const t of tokens) {
      let m = n.next.get(t)
      if (m === undefined) {
        m = node()
        n.next.set(t, m)
        if (n === this.root && this.sieve !== null) this.sieve.add(t)
      }
      n = m
    }
    const previous = n.value
    if (previous === undefined) n.value = value
    if (tokens.length > this.depth) this.depth = tokens.length
    return previous
  }

  /** Length of the longest phrase. */
  get maxLength(): number {
    return this.depth
  }

  /** The longest phrase starting at `keys[at]` (not reading past `limit`), or null. */
  longestAt(keys: ReadonlyArray<string>, at: number, limit = keys.length): TrieMatch<V> | null {
    if (at < limit && !this.mayStart(keys[at])) return null
    // the match is kept in two locals and made once at the end, not once per stored prefix on the way (يوم, يوم الاثنين)
    let n: Node<V> | undefined = this.root
    let value: V | undefined
    let length = 0
    for (let i = at; i < limit && n !== undefined; i++) {
      n = n.next.get(keys[i]!)
      if (n !== undefined && n.value !== undefined) {
        value = n.value
        length = i - at + 1
      }
    }
    return value === undefined ? null : { value, length }
  }

  /** Does some phrase start with the token `key`? */
  startsWith(key: string): boolean {
    return this.mayStart(key) && this.root.next.has(key)
  }

  /** False when no phrase starts with `key` (the sieve's answer); true when one may (and for a key it cannot read). */
  private mayStart(key: string | undefined): boolean {
    if (key === undefined || key.length === 0) return true
    if (this.sieve === null) this.sieve = new StringSieve(this.root.next.keys(), sieveShift(this.root.next.size))
    return this.sieve.mayHave(key)
  }

  /** The first tokens of the phrases. */
  firstKeys(): IterableIterator<string> {
    return this.root.next.keys()
  }

  /**
   * The phrase of the one token `key`, or undefined: `exact([key], 0, 1)` without the array (the entity rules ask it
   * about many words of each sentence).
   */
  one(key: string): V | undefined {
    return this.mayStart(key) ? this.root.next.get(key)?.value : undefined
  }

  /** The phrase that spans exactly `keys[at, end)`, or undefined. */
  exact(keys: ReadonlyArray<string>, at: number, end: number): V | undefined {
    if (at < end && !this.mayStart(keys[at])) return undefined
    let n: Node<V> | undefined = this.root
    for (let i = at; i < end && n !== undefined; i++) n = n.next.get(keys[i]!)
    return n?.value
  }
}

/**
 * The shift of a sieve of the first tokens of a trie of `size` of them: about 16 bits a token (one look-up in 16 of a
 * token no phrase starts with passes it), from 2^10 to 2^19 bits (64 KB).
 */
const sieveShift = (size: number): number => {
  let bits = 10
  while (bits < 19 && 1 << bits < size * 16) bits++
  return 32 - bits
}
