/**
 * Time growth measured inside a test, never against fixed milliseconds: the
 * time per character on an input {@link GROWTH} times longer over the time per
 * character on a small one. A linear algorithm gives about 1 (1 to 4 on a
 * shared machine, where large inputs also leave the CPU caches); a quadratic
 * one gives {@link GROWTH}. Each time is the best of several runs.
 */
export const GROWTH = 16

/** `unit` repeated and cut to exactly `length` code units. */
export const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)

/** The fastest of `runs` runs of `f`, in milliseconds. */
export const best = (f: () => void, runs: number): number => {
  let min = Infinity
  for (let k = 0; k < runs; k++) {
    const t = performance.now()
    f()
    min = Math.min(min, performance.now() - t)
  }
  return min
}

/** Time per character of `f` on `unit` repeated to `small * GROWTH` over the same on `small` characters. */
export const growth = (unit: string, small: number, f: (s: string) => unknown): number => {
  const a = repeat(unit, small)
  const b = repeat(unit, small * GROWTH)
  f(a) // warm up
  const ta = Math.max(best(() => f(a), 7), 0.05)
  const tb = best(() => f(b), 3)
  return tb / GROWTH / ta
}
