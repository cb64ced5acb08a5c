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
 * Peak memory is the process's peak RSS (all threads), as the summary reports it
 * (`process.resourceUsage().maxRSS`: the resident set of the whole process,
 * whichever thread allocated it). With `--threads`, each thread of the runs
 * also samples its own V8 heap and buffers every 50 ms (a module loaded with
 * `--import` in the main thread and, through the inherited flags, in every
 * worker), and the table shows each thread's peaks: where the memory goes.
 * Targets (issue 7): ≥ 5 MB/s per core; all cores ≥ 1.7 × one worker on two
 * cores; peak < 400 MB whatever the corpus size.
 *
 *   npx tsx scripts/bench-corpus.ts [--corpus DIR] [--files N] [--threads] [--json]
 *
 * `--files N` takes the first N files of the corpus (a quick run).
 *
 * @module
 */
import { execFileSync, spawn, spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs"
import { availableParallelism, loadavg, tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"

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
const perThread = process.argv.includes("--threads")

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

/** Peaks of one thread, in MB: V8's heap (committed, and in use), ArrayBuffers and other memory outside the heap. */
interface ThreadPeaks {
  readonly thread: string
  readonly heapTotal: number
  readonly heapUsed: number
  readonly newSpace: number
  readonly arrayBuffers: number
  readonly external: number
}

/**
 * The module each thread of a `--threads` run loads (`--import`): samples
 * `process.memoryUsage()` and V8's heap spaces every 50 ms and writes the
 * thread's peaks to a file of its own every 500 ms and at exit (a worker
 * ended by the pool may not reach its exit handler: the last write stands).
 */
const SAMPLER = `
import { isMainThread, threadId } from "node:worker_threads"
import { getHeapSpaceStatistics } from "node:v8"
import { writeFileSync } from "node:fs"
const dir = process.env.KHABAR_BENCH_THREADS
if (dir) {
  const max = { heapTotal: 0, heapUsed: 0, newSpace: 0, arrayBuffers: 0, external: 0 }
  const sample = () => {
    const m = process.memoryUsage()
    max.heapTotal = Math.max(max.heapTotal, m.heapTotal)
    max.heapUsed = Math.max(max.heapUsed, m.heapUsed)
    max.arrayBuffers = Math.max(max.arrayBuffers, m.arrayBuffers)
    max.external = Math.max(max.external, m.external - m.arrayBuffers)
    const young = getHeapSpaceStatistics().find((s) => s.space_name === "new_space")
    if (young) max.newSpace = Math.max(max.newSpace, young.physical_space_size)
  }
  const name = isMainThread ? "main" : "worker " + threadId
  const flush = () => writeFileSync(dir + "/" + process.pid + "-" + threadId + ".json", JSON.stringify({ thread: name, ...max }))
  setInterval(sample, 50).unref()
  setInterval(flush, 500).unref()
  process.on("exit", () => { sample(); flush() })
}
`
const sampler = join(out, "sampler.mjs")
if (perThread) writeFileSync(sampler, SAMPLER)
let threadRun = 0

interface Measure {
  readonly name: string
  readonly inputs: number
  readonly bytes: number
  readonly seconds: number
  readonly peakMB: number
  /** CPU seconds of the main thread, of each worker thread, and of all other threads (Linux only; null elsewhere). */
  readonly cpu?: { readonly main: number; readonly workers: ReadonlyArray<number>; readonly rest: number } | null
  /** With `--threads`: each thread's peaks. */
  readonly threads?: ReadonlyArray<ThreadPeaks> | undefined
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

/** CPU seconds of each thread of a process so far, by thread id (Linux: /proc/PID/task/TID/stat; empty elsewhere). */
const threadCpu = (pid: number, into: Map<string, number>): void => {
  let tids: Array<string>
  try {
    tids = readdirSync(`/proc/${pid}/task`)
  } catch {
    return
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8")
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
      // utime + stime, in clock ticks (100 a second on Linux)
      into.set(tid, (Number(f[11]) + Number(f[12])) / 100)
    } catch {
      // the thread ended between the listing and the read: its last sample stands
    }
  }
}

/**
 * The built CLI, whole pipeline; figures from its summary line, and the CPU
 * time of its threads sampled from /proc every 100 ms: the main thread (its
 * id is the process id), the workers (the `workers` busiest other threads),
 * and the rest (V8's collector and compiler threads, libuv's pool). Per-thread
 * CPU time holds on a machine shared with other jobs, where wall time does not.
 */
const khabar = async (name: string, paths: ReadonlyArray<string>, workers: number): Promise<Measure> => {
  const samples = join(out, `threads-${threadRun++}`)
  if (perThread) mkdirSync(samples)
  const child = spawn(
    process.execPath,
    [
      ...(perThread ? ["--import", pathToFileURL(sampler).href] : []),
      cli, "process", ...paths, "--workers", String(workers), "-o", join(out, "records.ndjson"), "--rejects", join(out, "rejects.ndjson")
    ],
    { cwd: root, stdio: ["ignore", "ignore", "pipe"], env: perThread ? { ...process.env, KHABAR_BENCH_THREADS: samples } : process.env }
  )
  let stderr = ""
  child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d))
  const cpu = new Map<string, number>()
  const timer = setInterval(() => threadCpu(child.pid!, cpu), 100)
  const code = await new Promise<number | null>((done) => child.on("exit", (c) => done(c)))
  clearInterval(timer)
  if (code !== 0) throw new Error(`${name} failed (exit ${code}): ${stderr}`)
  const m = /khabar: ([\d,]+) inputs? → .* in ([\d.]+) s \(.*, ([\d.]+) MB\/s, (\d+) workers?, peak (\d+) MB\)/.exec(stderr)
  if (m === null) throw new Error(`${name}: no summary in ${stderr}`)
  const seconds = Number(m[2])
  const main = cpu.get(String(child.pid)) ?? 0
  const others = [...cpu].filter(([tid]) => tid !== String(child.pid)).map(([, t]) => t).sort((x, y) => y - x)
  // with --workers 1 the pipeline runs in the main thread: no worker threads
  const threads = workers === 1 ? [] : others.slice(0, workers)
  const rest = (workers === 1 ? others : others.slice(workers)).reduce((x, y) => x + y, 0)
  return {
    name,
    inputs: Number(m[1]!.replace(/,/g, "")),
    bytes: Number(m[3]) * 1e6 * seconds,
    seconds,
    peakMB: Number(m[5]),
    cpu: cpu.size === 0 ? null : { main, workers: threads, rest },
    ...(perThread ? { threads: threadPeaks(samples) } : {})
  }
}

/** The peaks the threads of a `--threads` run wrote (main thread first), in MB. */
const threadPeaks = (dir: string): Array<ThreadPeaks> =>
  readdirSync(dir)
    .map((f) => JSON.parse(readFileSync(join(dir, f), "utf8")) as ThreadPeaks)
    .sort((a, b) => (a.thread === "main" ? -1 : b.thread === "main" ? 1 : a.thread.localeCompare(b.thread)))
    .map((t) => ({
      thread: t.thread,
      heapTotal: t.heapTotal / 1e6,
      heapUsed: t.heapUsed / 1e6,
      newSpace: t.newSpace / 1e6,
      arrayBuffers: t.arrayBuffers / 1e6,
      external: t.external / 1e6
    }))

const mbs = (m: Measure) => m.bytes / 1e6 / m.seconds

const load = loadavg()[0]!.toFixed(2)
console.error(`bench-corpus: ${inputs.length === 1 ? corpus : `${files.length} files of ${corpus}`}, ${(corpusBytes / 1e6).toFixed(1)} MB; ${cores} cores; load ${load}`)
const rows: Array<Measure & { readonly vsBaseline: number | null }> = []
const runPair = async (name: string, paths: ReadonlyArray<string>, workers: number) => {
  console.error(`bench-corpus: ${name} …`)
  const b = baseline(paths)
  const k = await khabar(name, paths, workers)
  rows.push({ ...b, vsBaseline: null }, { ...k, vsBaseline: mbs(k) / mbs(b) })
  return { b, k }
}
try {
  const one = await runPair("khabar --workers 1", inputs, 1)
  const all = await runPair(`khabar --workers ${cores}`, inputs, cores)
  const twice = await runPair(`khabar --workers ${cores}, corpus twice`, [...inputs, ...inputs], cores)

  const speedup = mbs(all.k) / mbs(one.k)
  // the same speed-up, each run taken relative to its own baseline (cancels a machine that got busier in between)
  const speedupVsBaseline = mbs(all.k) / mbs(all.b) / (mbs(one.k) / mbs(one.b))
  /**
   * From CPU time, not wall time: the share of the main thread in the CPU of
   * the run (reading, splitting, writing), and the speed-up two cores would
   * give if the workers ran alone on them, the main thread and V8's helper
   * threads taking their share: (CPU of the one-thread run) / (CPU of
   * the busiest thread of the all-cores run, or the total CPU
   * spread over the cores, whichever is higher), the one-thread run bounded
   * the same way (its pipeline thread, or its total spread over the cores).
   */
  const cpuOf = (m: Measure) => (m.cpu == null ? null : m.cpu.main + m.cpu.workers.reduce((x, y) => x + y, 0) + m.cpu.rest)
  const cpuFigures =
    one.k.cpu == null || all.k.cpu == null
      ? null
      : (() => {
          const oneTotal = cpuOf(one.k)!
          const allTotal = cpuOf(all.k)!
          const busiest = Math.max(all.k.cpu.main, ...all.k.cpu.workers)
          return {
            mainShare: all.k.cpu.main / allTotal,
            mainSecondsPerMB: all.k.cpu.main / (corpusBytes / 1e6),
            oneThreadTotal: oneTotal,
            allCoresTotal: allTotal,
            workerSeconds: all.k.cpu.workers,
            helperSeconds: { one: one.k.cpu.rest, all: all.k.cpu.rest },
            cpuBoundSpeedup: Math.max(one.k.cpu.main, oneTotal / cores) / Math.max(busiest, allTotal / cores)
          }
        })()
  const summary = {
    cpu: cpuFigures,
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
    if (perThread) {
      console.log(`\npeaks per thread, MB (each thread's own maximum, sampled every 50 ms; not simultaneous, so they do not add up to the process's peak)`)
      console.log(`${pad("run / thread", 52)} ${pad("V8 heap", 8)} ${pad("in use", 8)} ${pad("young", 8)} ${pad("buffers", 8)} other external`)
      for (const r of rows) {
        for (const t of r.threads ?? []) {
          console.log(
            `${pad(`${r.name} / ${t.thread}`, 52)} ${pad(t.heapTotal.toFixed(1), 8)} ${pad(t.heapUsed.toFixed(1), 8)} ${pad(t.newSpace.toFixed(1), 8)} ${pad(t.arrayBuffers.toFixed(1), 8)} ${t.external.toFixed(1)}`
          )
        }
      }
    }
    if (cpuFigures !== null) {
      const c = cpuFigures
      console.log(
        `CPU (s): one thread ${c.oneThreadTotal.toFixed(1)} in all; ${cores} workers ${c.allCoresTotal.toFixed(1)} in all = main ${all.k.cpu!.main.toFixed(1)} + workers ${c.workerSeconds.map((x) => x.toFixed(1)).join(" + ")} + V8/libuv helpers ${c.helperSeconds.all.toFixed(1)}`
      )
      console.log(
        `main thread: ${(100 * c.mainShare).toFixed(1)}% of the CPU of the ${cores}-worker run (${(1000 * c.mainSecondsPerMB).toFixed(1)} ms per MB of input); CPU-bound speed-up on ${cores} cores: ×${c.cpuBoundSpeedup.toFixed(2)}`
      )
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true })
}
