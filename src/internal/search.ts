/**
 * Binary search over sorted numbers.
 *
 * @module
 * @internal
 */

/** The first index `i` with `sorted[i] >= value` (`sorted.length` when none): where `value` would go. */
export const lowerBound = (sorted: ArrayLike<number>, value: number): number => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (sorted[mid]! < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The first index `i` with `key(sorted[i]) >= value` over items sorted by `key` (`sorted.length` when none). */
export const lowerBoundBy = <T>(sorted: ArrayLike<T>, value: number, key: (item: T) => number): number => {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (key(sorted[mid]!) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
