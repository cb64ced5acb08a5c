/**
 * `npm run bench`: runs every benchmark of the project one after the other
 * (never in parallel: they measure ratios against a baseline in the same run,
 * and two benchmarks on two cores would disturb each other).
 *
 *   npm run bench                 # all of them
 *   npm run bench -- normalize    # the ones whose name contains "normalize"
 *   npm run bench -- --write      # also write the figures into docs/performance.md
 *
 * Each benchmark reads ../shared/data/corpora when present and says so plainly
 * when it is not. Figures are never asserted here: they are read and recorded.
 */
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, readdirSync } from "node:fs"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const args = process.argv.slice(2)
const write = args.includes("--write")
const filters = args.filter((a) => !a.startsWith("--"))
const order = ["normalize", "ner", "extract", "export", "dedupe", "corpus"]
const found = readdirSync(`${root}scripts`)
  .filter((f) => /^bench-.+\.ts$/.test(f))
  .map((f) => f.slice("bench-".length, -".ts".length))
  .sort((a, b) => (order.indexOf(a) + 1 || 99) - (order.indexOf(b) + 1 || 99) || (a < b ? -1 : 1))
const chosen = found.filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
if (!existsSync(`${root}../shared/data/corpora`)) {
  console.log("bench: ../shared/data/corpora not found; benchmarks that need it will say so and measure what they can")
}
let failed = 0
for (const name of chosen) {
  console.log(`\n=== bench-${name} ===`)
  // only the benchmarks that know how to record their figures get --write
  const canWrite = readFileSync(`${root}scripts/bench-${name}.ts`, "utf8").includes('"--write"')
  const extra = write && canWrite ? ["--write", "docs/performance.md"] : []
  const r = spawnSync(process.execPath, ["--import", "tsx", `scripts/bench-${name}.ts`, ...extra], {
    cwd: root,
    stdio: "inherit"
  })
  if (r.status !== 0) {
    console.log(`bench-${name} exited with ${r.status ?? r.signal}`)
    failed++
  }
}
process.exit(failed > 0 ? 1 : 0)
