/**
 * Shards: the deterministic i-th of n parts of a corpus, by a stable hash of
 * each input's id, so that a corpus splits across machines (Kubernetes
 * indexed jobs, Slurm job arrays, GNU parallel) and the parts add up to the
 * whole: every input lands in exactly one shard, whatever the machine, the
 * order of the files or the number of workers.
 *
 * `shardOf(id, n) = fnv1a64(id) mod n`, with the 64-bit FNV-1a hash of the
 * id's UTF-16 code units read as an unsigned integer. Shards are numbered
 * from 0, like `JOB_COMPLETION_INDEX` in Kubernetes.
 *
 * Browser-safe (no Node API).
 *
 * @module
 */
import { fnv1a64 } from "../internal/hash.js"

/** One shard: `index` in `[0, count)`. */
export interface Shard {
  readonly index: number
  readonly count: number
}

/** A `--shard` value that does not name a shard. */
export class ShardSyntaxError extends Error {
  override readonly name = "ShardSyntaxError"
}

/** The most shards a corpus can be split into. */
export const MAX_SHARDS = 1_000_000

/** The shard (0 … count - 1) an id belongs to. */
export const shardOf = (id: string, count: number): number => {
  if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`the shard count must be a whole number ≥ 1, got ${count}`)
  if (count === 1) return 0
  return Number(BigInt(`0x${fnv1a64(id)}`) % BigInt(count))
}

/** Does `id` belong to `shard`? */
export const inShard = (id: string, shard: Shard): boolean => shardOf(id, shard.count) === shard.index

/**
 * Parses `i/n` (`0/4`, `3/4`): shard `i` of `n`, numbered from 0. Throws a
 * {@link ShardSyntaxError} that says what is wrong.
 */
export const parseShard = (text: string): Shard => {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text)
  if (m === null) throw new ShardSyntaxError(`expected i/n, e.g. 0/4 (shard 0 of 4), got "${text}"`)
  const index = Number(m[1])
  const count = Number(m[2])
  if (count < 1 || count > MAX_SHARDS) throw new ShardSyntaxError(`the number of shards must be 1 to ${MAX_SHARDS}, got ${m[2]}`)
  if (index >= count) {
    throw new ShardSyntaxError(
      `shard ${index} does not exist: shards are numbered from 0, so ${count} shards are 0/${count} … ${count - 1}/${count}`
    )
  }
  return { index, count }
}

/** `i/n`. */
export const formatShard = (shard: Shard): string => `${shard.index}/${shard.count}`
