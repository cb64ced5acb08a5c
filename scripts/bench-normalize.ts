/**
 * Benchmark of the normalize module on the SaudiNewsNet corpus.
 *
 *   npx tsx scripts/bench-normalize.ts [--corpus DIR] [--files N] [--rounds N] [--write FILE]
 *
 * Reads the corpus from `../shared/data/corpora/saudinewsnet` beside the
 * repository (or `--corpus`), builds each article as a scraper would save it
 * (`title + "\n\n" + author + "\n\n" + content`), and measures, in one
 * process and the same run:
 *
 * - the baseline: reading the corpus files and decoding their bytes (UTF-8);
 * - `normalize(text, "search")` with its alignment, the figure the issue asks
 *   for (target: at least 60 MB/s, and within a factor of 1.5 of the baseline);
 * - the other presets, `normalizeText` (no alignment), `tokenize` and `sentences`.
 *
 * MB/s are megabytes (10^6) of UTF-8 per second: file bytes for the baseline,
 * article bytes for the rest. Each figure is the median of the rounds (best in
 * brackets); the rounds of all measures are interleaved, and a second column
 * divides by this process's CPU time, so that a busy machine hits every
 * figure alike. Prints a table; writes nothing unless `--write FILE` is given, in
 * which case the table replaces the section between
 * `<!-- bench-normalize:start -->` and `<!-- bench-normalize:end -->` in FILE
 * (appended when the markers are absent).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { normalize, normalizeText, sentences, tokenize } from "../src/normalize/index.js"

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..")

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const k = args.indexOf(name)
  if (k >= 0) return args[k + 1]
  const eq = args.find((a) => a.startsWith(`${name}=`))
  return eq?.slice(name.length + 1)
}
if (args.includes("--help") || args.includes("-h")) {
  console.log("Usage: npx tsx scripts/bench-normalize.ts [--corpus DIR] [--files N] [--rounds N] [--write FILE]")
  process.exit(0)
}
const corpus = resolve(option("--corpus") ?? join(root, "../shared/data/corpora/saudinewsnet"))
const rounds = Math.max(1, Number(option("--rounds") ?? 5))
const maxFiles = Number(option("--files") ?? Infinity)
const writeTo = option("--write")

if (!existsSync(corpus)) {
  console.error(`bench-normalize: corpus not found at ${corpus}; give --corpus DIR (a folder of SaudiNewsNet JSON files)`)
  process.exit(2)
}

const files = readdirSync(corpus)
  .filter((f) => f.endsWith(".json"))
  .sort()
  .slice(0, maxFiles)
  .map((f) => join(corpus, f))
if (files.length === 0) {
  console.error(`bench-normalize: no .json files in ${corpus}`)
  process.exit(2)
}

interface Article {
  readonly title?: string
  readonly author?: string
  readonly content?: string
}

const texts: Array<string> = []
let fileBytes = 0
for (const f of files) {
  const raw = readFileSync(f)
  fileBytes += raw.length
  for (const a of JSON.parse(raw.toString("utf8")) as ReadonlyArray<Article>) {
    texts.push(`${a.title ?? ""}\n\n${a.author ?? ""}\n\n${a.content ?? ""}`)
  }
}
let textBytes = 0
let textChars = 0
for (const t of texts) {
  textBytes += Buffer.byteLength(t, "utf8")
  textChars += t.length
}

const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 === 1 ? s[m]! : (s[m - 1]! + s[m]!) / 2
}

interface Measure {
  readonly name: string
  readonly bytes: number
  readonly run: () => number
  readonly note?: (x: number) => string
}

interface Result {
  readonly name: string
  readonly bytes: number
  /** Wall-clock milliseconds of each round. */
  readonly ms: ReadonlyArray<number>
  /** CPU milliseconds (user + system) of this process in each round: what other processes on the machine do not inflate. */
  readonly cpu: ReadonlyArray<number>
  readonly note: string
}

const decoder = new TextDecoder("utf-8")
const edits = (x: number): string => `${x.toLocaleString("en")} edits`

const measures: ReadonlyArray<Measure> = [
  {
    name: "baseline: read + decode (UTF-8)",
    bytes: fileBytes,
    run: () => {
      let n = 0
      for (const f of files) n += decoder.decode(readFileSync(f)).length
      return n
    }
  },
  {
    name: "read + decode + JSON.parse",
    bytes: fileBytes,
    run: () => {
      let n = 0
      for (const f of files) n += (JSON.parse(decoder.decode(readFileSync(f))) as ReadonlyArray<unknown>).length
      return n
    }
  },
  {
    name: "normalize search + alignment",
    bytes: textBytes,
    run: () => {
      let n = 0
      for (const t of texts) n += normalize(t, "search").alignment.editCount
      return n
    },
    note: edits
  },
  {
    name: "normalizeText search (no alignment)",
    bytes: textBytes,
    run: () => {
      let n = 0
      for (const t of texts) n += normalizeText(t, "search").length
      return n
    }
  },
  {
    name: "normalize display + alignment",
    bytes: textBytes,
    run: () => {
      let n = 0
      for (const t of texts) n += normalize(t, "display").alignment.editCount
      return n
    },
    note: edits
  },
  {
    name: "normalize camel + alignment",
    bytes: textBytes,
    run: () => {
      let n = 0
      for (const t of texts) n += normalize(t, "camel").alignment.editCount
      return n
    },
    note: edits
  },
  {
    name: "tokenize (with norm and clitics)",
    bytes: textBytes,
    run: () => {
      let n = 0
      for (const t of texts) n += tokenize(t).length
      return n
    },
    note: (n) => `${n.toLocaleString("en")} tokens`
  },
  {
    name: "sentences",
    bytes: textBytes,
    run: () => {
      let n = 0
      for (const t of texts) n += sentences(t).length
      return n
    },
    note: (n) => `${n.toLocaleString("en")} sentences`
  }
]

// one warm-up run each (compiles the tables, lets the JIT settle), then the
// rounds interleaved, so that a busy moment of the machine hits every measure alike
const last = measures.map((m) => m.run())
const times: Array<Array<number>> = measures.map(() => [])
const cpuTimes: Array<Array<number>> = measures.map(() => [])
for (let r = 0; r < rounds; r++) {
  measures.forEach((m, k) => {
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    last[k] = m.run()
    times[k]!.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpuTimes[k]!.push((c.user + c.system) / 1000)
  })
}
const results: ReadonlyArray<Result> = measures.map((m, k) => ({
  name: m.name,
  bytes: m.bytes,
  ms: times[k]!,
  cpu: cpuTimes[k]!,
  note: m.note?.(last[k]!) ?? ""
}))
const search = results[2]!

const mbps = (bytes: number, ms: number): number => bytes / 1e6 / (ms / 1000)
const fmt = (x: number): string => x.toFixed(1)

const rows = results.map((r) => {
  const med = mbps(r.bytes, median(r.ms))
  const best = mbps(r.bytes, Math.min(...r.ms))
  const cpu = mbps(r.bytes, median(r.cpu))
  return `| ${r.name} | ${fmt(med)} (${fmt(best)}) | ${fmt(cpu)} | ${fmt(median(r.ms))} | ${r.note} |`
})
const baseline = mbps(results[0]!.bytes, median(results[0]!.ms))
const searchMBps = mbps(search.bytes, median(search.ms))
const ratio = baseline / searchMBps
const baselineCpu = mbps(results[0]!.bytes, median(results[0]!.cpu))
const searchCpu = mbps(search.bytes, median(search.cpu))

const cpu = cpus()[0]?.model ?? "unknown CPU"
const table = [
  `Corpus: ${files.length} SaudiNewsNet files, ${(fileBytes / 1e6).toFixed(1)} MB on disk; ${texts.length.toLocaleString("en")} articles, ` +
    `${(textBytes / 1e6).toFixed(1)} MB of UTF-8 text (${(textChars / 1e6).toFixed(1)} M UTF-16 code units).`,
  `Machine: ${cpu}, ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end. ` +
    `Median of ${rounds} interleaved rounds (best in brackets), one process, one thread; ` +
    `"CPU" divides by the CPU time of this process alone, which other work on the machine does not inflate.`,
  "",
  "| measure | MB/s | MB/s (CPU) | ms | |",
  "|---|---:|---:|---:|---|",
  ...rows,
  "",
  `search + alignment: ${fmt(searchMBps)} MB/s (target ≥ 60); baseline ${fmt(baseline)} MB/s; ` +
    `baseline / search = ${ratio.toFixed(2)} (target ≤ 1.5). On CPU time: ${fmt(searchCpu)} vs ${fmt(baselineCpu)} MB/s, ` +
    `ratio ${(baselineCpu / searchCpu).toFixed(2)}.`
].join("\n")

console.log(table)

if (writeTo !== undefined) {
  const path = resolve(writeTo)
  const start = "<!-- bench-normalize:start -->"
  const end = "<!-- bench-normalize:end -->"
  const section = `${start}\n\n${table}\n\n${end}`
  const old = existsSync(path) ? readFileSync(path, "utf8") : ""
  const a = old.indexOf(start)
  const b = old.indexOf(end)
  const next =
    a >= 0 && b > a
      ? old.slice(0, a) + section + old.slice(b + end.length)
      : `${old}${old === "" || old.endsWith("\n") ? "" : "\n"}\n## Normalize\n\n\`npx tsx scripts/bench-normalize.ts\`\n\n${section}\n`
  writeFileSync(path, next)
  console.log(`\nwrote ${path}`)
}
