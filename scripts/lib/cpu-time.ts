/**
 * The time measure of the benchmarks and the linear-time tests: this
 * process's CPU time (user + system), so other processes on a shared machine
 * do not count in it, and the best of several runs, so a busy machine only
 * ever adds time.
 *
 * @module
 */

/** The fastest of `runs` runs of `f`, in milliseconds of this process's CPU time. */
export const bestCpuMs = (runs: number, f: () => void): number => {
  let best = Number.POSITIVE_INFINITY
  for (let r = 0; r < runs; r++) {
    const t0 = process.cpuUsage()
    f()
    const d = process.cpuUsage(t0)
    best = Math.min(best, (d.user + d.system) / 1000)
  }
  return best
}
