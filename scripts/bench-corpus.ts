/**
 * Corpus benchmark: the BUILT `khabar process` (dist/cli.js) with the whole
 * default pipeline on SaudiNewsNet (`../shared/data/corpora/saudinewsnet/`,
 * resolved from the repository root), each run next to a baseline measured in
 * the same session, so the ratios hold on a noisy machine:
 *
 * - baseline: reading and decoding the same input with the same code (the
 *   streaming reader, JSON.parse, field mapping, byte decoding), no pipeline,
 *   no output: `readInputs` + `decodeInput` from dist/node.js, in its own process;
 * - one worker (`--workers 1`: the main thread) and all cores (`--workers N`),
 *   writing NDJSON records and rejects to a temporary folder;
 * - the corpus twice (the folder given twice: twice the inputs) with all
 *   cores, to show that peak memory does not grow with the corpus.
 *
 * Peak memory is the process's peak RSS (all threads), as the summary reports it.
 * Targets (issue 7): ≥ 5 MB/s per core; all cores ≥ 1.7 × one worker on two
 * cores; peak < 400 MB whatever the corpus size.
 *
 *   npx tsx scripts/bench-corpus.ts [--corpus DIR] [--files N] [--json]
 *
 * `--files N` takes the first N files of the corpus (a quick run).
 *
 * @module
 */
import { execFileSync, spawnSync } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs"
import { availableParallelism, loadavg, tmpdir } from "node:os"
import { join, resolve } from "node:path"

const root = resolve(import.meta.dirname, "..")
const cli = join(root, "dist", "cli.js")
const distNode = join(root, "dist", "node.js")

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name)
  return i < 0 ? undefined : process.argv[i + 1]
}
const corpus = resolve(root, arg("--corpus") ?? "../shared/data/corpora/saudinewsnet")
const fileLimit = arg("--files") === undefined ? null : Number(arg("--files"))
const asJson = process.argv.includes("--json")

if (!existsSync(corpus)) {
  console.log(`bench-corpus: skipped: ${corpus} is not there (the shared corpora live in ../shared/data/corpora/ beside the repository)`)
  process.exit(0)
}

const newest = (dir: string): number =>
  Math.max(...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs)))
if (!existsSync(cli) || !existsSync(distNode) || statSync(cli).mtimeMs < newest(join(root, "src"))) {
  console.error("bench-corpus: building (npx tsup) …")
  execFileSync("npx", ["tsup"], { cwd: root, stdio: "ignore" })
}

const files = readdirSync(corpus)
  .filter((f) => /\.(json|ndjson|jsonl|txt)$/.test(f))
  .sort()
  .slice(0, fileLimit ?? undefined)
  .map((f) => join(corpus, f))
const inputs = fileLimit === null ? [corpus] : files
const corpusBytes = files.reduce((n, f) => n + statSync(f).size, 0)
const cores = availableParallelism()
const out = mkdtempSync(join(tmpdir(), "khabar-bench-"))

interface Measure {
  readonly name: string
  readonly inputs: number
  readonly bytes: number
  readonly seconds: number
  readonly peakMB: number
}

/** Reading and decoding only, in a process of its own (same reader and decoder as the CLI). */
const baseline = (paths: ReadonlyArray<string>): Measure => {
  const code = `
    import { Effect } from "effect"
    import { readInputs, decodeInput, newReadStats } from ${JSON.stringify(distNode)}
    const stats = newReadStats()
    const t0 = performance.now()
    let n = 0
    for await (const item of readInputs(${JSON.stringify(paths)}, { stats })) {
      n++
      if (!("reason" in item)) Effect.runSync(Effect.result(decodeInput(item)))
    }
    const seconds = (performance.now() - t0) / 1000
    console.log(JSON.stringify({ inputs: n, bytes: stats.bytesRead, seconds, peak: process.resourceUsage().maxRSS * 1024 }))
  `
  const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: root, encoding: "utf8", maxBuffer: 16 << 20 })
  if (r.status !== 0) throw new Error(`baseline failed: ${r.stderr}`)
  const j = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { inputs: number; bytes: number; seconds: number; peak: number }
  return { name: "baseline: read + decode", inputs: j.inputs, bytes: j.bytes, seconds: j.seconds, peakMB: j.peak / 1e6 }
}

/** The built CLI, whole pipeline; figures from its summary line. */
const khabar = (name: string, paths: ReadonlyArray<string>, workers: number): Measure => {
  const r = spawnSync(
    process.execPath,
    [cli, "process", ...paths, "--workers", String(workers), "-o", join(out, "records.ndjson"), "--rejects", join(out, "rejects.ndjson")],
    { cwd: root, encoding: "utf8", maxBuffer: 64 << 20 }
  )
  if (r.status !== 0) throw new Error(`${name} failed (exit ${r.status}): ${r.stderr}`)
  const m = /khabar: ([\d,]+) inputs? → .* in ([\d.]+) s \(.*, ([\d.]+) MB\/s, (\d+) workers?, peak (\d+) MB\)/.exec(r.stderr)
  if (m === null) throw new Error(`${name}: no summary in ${r.stderr}`)
  const seconds = Number(m[2])
  return { name, inputs: Number(m[1]!.replace(/,/g, "")), bytes: Number(m[3]) * 1e6 * seconds, seconds, peakMB: Number(m[5]) }
}

const mbs = (m: Measure) => m.bytes / 1e6 / m.seconds

const load = loadavg()[0]!.toFixed(2)
console.error(`bench-corpus: ${inputs.length === 1 ? corpus : `${files.length} files of ${corpus}`}, ${(corpusBytes / 1e6).toFixed(1)} MB; ${cores} cores; load ${load}`)
const rows: Array<Measure & { readonly vsBaseline: number | null }> = []
const runPair = (name: string, paths: ReadonlyArray<string>, workers: number) => {
  console.error(`bench-corpus: ${name} …`)
  const b = baseline(paths)
  const k = khabar(name, paths, workers)
  rows.push({ ...b, vsBaseline: null }, { ...k, vsBaseline: mbs(k) / mbs(b) })
  return { b, k }
}
try {
  const one = runPair("khabar --workers 1", inputs, 1)
  const all = runPair(`khabar --workers ${cores}`, inputs, cores)
  const twice = runPair(`khabar --workers ${cores}, corpus twice`, [...inputs, ...inputs], cores)

  const speedup = mbs(all.k) / mbs(one.k)
  // the same speed-up, each run taken relative to its own baseline (cancels a machine that got busier in between)
  const speedupVsBaseline = mbs(all.k) / mbs(all.b) / (mbs(one.k) / mbs(one.b))
  const summary = {
    corpus,
    corpusMB: corpusBytes / 1e6,
    cores,
    loadAverageAtStart: Number(load),
    rows,
    perCoreMBs: mbs(one.k),
    speedup,
    speedupVsBaseline,
    peakMB: { once: all.k.peakMB, twice: twice.k.peakMB },
    targets: {
      perCore: { target: "≥ 5 MB/s", met: mbs(one.k) >= 5 },
      speedup: { target: "≥ 1.7× on 2 cores", met: cores < 2 ? null : speedup >= 1.7 },
      memory: { target: "< 400 MB, flat", met: Math.max(all.k.peakMB, twice.k.peakMB) < 400 }
    }
  }
  if (asJson) console.log(JSON.stringify(summary, null, 2))
  else {
    const pad = (s: string, n: number) => s.padEnd(n)
    console.log(`\n${pad("run", 42)} ${pad("inputs", 8)} ${pad("seconds", 8)} ${pad("MB/s", 7)} ${pad("× baseline", 11)} peak MB`)
    for (const r of rows) {
      console.log(
        `${pad(r.name, 42)} ${pad(String(r.inputs), 8)} ${pad(r.seconds.toFixed(2), 8)} ${pad(mbs(r).toFixed(2), 7)} ${pad(r.vsBaseline === null ? "" : r.vsBaseline.toFixed(3), 11)} ${r.peakMB.toFixed(0)}`
      )
    }
    console.log(`\nper core (one worker): ${mbs(one.k).toFixed(2)} MB/s   (target ≥ 5)`)
    console.log(`all ${cores} cores vs one worker: ×${speedup.toFixed(2)} (×${speedupVsBaseline.toFixed(2)} relative to the baselines)   (target ≥ 1.7 on 2 cores)`)
    console.log(`peak memory: ${all.k.peakMB.toFixed(0)} MB once, ${twice.k.peakMB.toFixed(0)} MB for the corpus twice   (target < 400, flat)`)
  }
} finally {
  rmSync(out, { recursive: true, force: true })
}
