/**
 * Worst-case timing for the scanners: the time on an input four times as long
 * must grow about four times (linear), never sixteen (quadratic). Timings are
 * compared with each other inside the test, never with a fixed number of
 * milliseconds; each is the process's CPU time (not wall-clock time) and the
 * best of several runs, so a busy machine does not make the test flaky.
 */
import { bestCpuMs } from "../../../scripts/lib/cpu-time.js"

export const bestOf = bestCpuMs

/**
 * The ratio t(make(4n)) / t(make(n)) of `scan`. Linear scanners give about 4;
 * the tests accept up to 10 (garbage collection and a busy machine add noise), a quadratic one gives 16.
 */
export const growth = (make: (n: number) => string, scan: (text: string) => unknown, n: number): number => {
  // grow n until the small input takes long enough to time (warm code, at least ~20 ms)
  let size = n
  let small = make(size)
  for (let k = 0; k < 3; k++) scan(small)
  while (bestOf(3, () => scan(small)) < 20 && size < n * 64) {
    size *= 2
    small = make(size)
    scan(small)
  }
  const large = make(4 * size)
  scan(large)
  // interleaved, so both sizes see the same load on a shared machine; the best run of each
  let a = Number.POSITIVE_INFINITY
  let b = Number.POSITIVE_INFINITY
  for (let r = 0; r < 7; r++) {
    a = Math.min(a, bestOf(1, () => scan(small)))
    b = Math.min(b, bestOf(1, () => scan(large)))
  }
  return b / a
}

export const LINEAR_BOUND = 10
