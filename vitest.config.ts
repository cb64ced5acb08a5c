import { readFileSync, readdirSync } from "node:fs"
import { join } from "node:path"
import { defineConfig } from "vitest/config"

/**
 * Test files that measure time (a linear-time check compares the time on a
 * large input with the time on a small one, never with fixed milliseconds)
 * run in a second group, one file at a time, after every other file: a ratio
 * measured while another test file loads the other core can read a little
 * over its bound (two CI runs of the twentieth session did). A test of the
 * group that fails on a measured ratio over its bound runs again, up to two
 * more times: a linear scan on a machine with a noisy moment reads over its
 * bound once in many runs (a CI run of the twenty-first session read 10.5
 * against 10 on dense English years, locally 4.5 to 5.8), while a quadratic one
 * reads over it every time. Only a numeric bound failure is retried. A file is timed
 * when it uses the timing helpers (`test/util/growth.ts`, a module whose
 * path ends in `/timing`: `test/extract/numbers/timing.ts`,
 * `test/extract/quotes/linear/timing.ts`; `scripts/lib/cpu-time.ts`) or reads a
 * clock itself, so a new timing test joins the group without a list to keep.
 */
const TIMED = /(?:util\/growth|\/timing|lib\/cpu-time)(?:\.js)?"|performance\.now\(|process\.hrtime|process\.cpuUsage/

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return testFiles(path)
    return entry.name.endsWith(".test.ts") ? [path] : []
  })

const timed = testFiles("test").filter((file) => TIMED.test(readFileSync(file, "utf8")))

export default defineConfig({
  test: {
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/**/*.test.ts"], exclude: timed, sequence: { groupOrder: 0 } }
      },
      {
        extends: true,
        test: {
          name: "timing",
          include: timed,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          retry: { count: 2, condition: /expected [\d.e+-]+ to be (?:less than|below|at most)/ }
        }
      }
    ]
  }
})
