/**
 * A trie over token keys: finds the longest lexicon phrase that starts at a
 * given token, in time bounded by the length of the longest phrase.
 *
 * @module
 */

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

  /** Adds a phrase (its token keys). Returns the value already stored for it, if any. */
  add(tokens: ReadonlyArray<string>, value: V): V | undefined {
    let n = this.root
    for (const t of tokens) {
      let m = n.next.get(t)
      if (m === undefined) {
        m = node()
        n.next.set(t, m)
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
    return this.root.next.has(key)
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
    return this.root.next.get(key)?.value
  }

  /** The phrase that spans exactly `keys[at, end)`, or undefined. */
  exact(keys: ReadonlyArray<string>, at: number, end: number): V | undefined {
    let n: Node<V> | undefined = this.root
    for (let i = at; i < end && n !== undefined; i++) n = n.next.get(keys[i]!)
    return n?.value
  }
}
