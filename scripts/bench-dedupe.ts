/**
 * Benchmark of the deduplication core (src/dedupe) on article bodies.
 *
 *   npx tsx scripts/bench-dedupe.ts [--rounds N] [--write FILE]
 *   node --expose-gc --import tsx scripts/bench-dedupe.ts   (adds the heap held per original)
 *
 * Corpora, beside the repository (skipped when absent): BBC News (English),
 * `../shared/data/corpora/bbc-news-en` (one article per file: title line,
 * then paragraphs), and SaudiNewsNet (Arabic), `../shared/data/corpora/saudinewsnet`
 * (JSON arrays; the body is `content`, split into paragraphs at line breaks).
 * The deduper sees id, title and paragraphs, in file order.
 *
 * For each corpus, in one process and the same run (rounds interleaved, so
 * that a busy moment of the shared machine hits every measure alike):
 *
 * - baseline: reading the files and decoding them (UTF-8; plus `JSON.parse`
 *   for SaudiNewsNet), what any run pays before the first stage;
 * - signatures: `makeSigner()` on every record (normalize `search`, words,
 *   MinHash): the part a worker can do;
 * - index: `checkSignature` of every precomputed signature, in order: the
 *   serial part, on the thread that owns the index;
 * - check: `makeDeduper().check` on every record (both), the figure to
 *   compare with the baseline;
 * - exact only: `check` with `near: false`.
 *
 * MB/s are megabytes (10^6) of UTF-8: file bytes for the baseline, body bytes
 * for the rest. Each figure is the median of the rounds (best in brackets);
 * "CPU" divides by this process's CPU time, which other work on the machine
 * does not inflate. Memory: bytes of the index's typed arrays per original,
 * and, with `--expose-gc`, the heap the index holds (ids included) per original.
 * With `--write FILE`, the tables replace the text between
 * `<!-- bench-dedupe:start -->` and `<!-- bench-dedupe:end -->` in FILE.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { cpus, loadavg } from "node:os"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { makeDeduper, makeSigner, type DedupeInput, type DedupeSignature } from "../src/dedupe/index.js"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const CORPORA = resolve(ROOT, "..", "shared", "data", "corpora")

const args = process.argv.slice(2)
const option = (name: string): string | undefined => {
  const k = args.indexOf(name)
  if (k >= 0) return args[k + 1]
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1)
}
if (args.includes("--help") || args.includes("-h")) {
  console.log("Usage: npx tsx scripts/bench-dedupe.ts [--rounds N] [--write FILE]")
  process.exit(0)
}
const rounds = Math.max(1, Number(option("--rounds") ?? 5))
const writeTo = option("--write")
const gc = (globalThis as { gc?: () => void }).gc

const decoder = new TextDecoder("utf-8")

interface Corpus {
  readonly name: string
  readonly files: ReadonlyArray<string>
  readonly fileBytes: number
  /** Reads and decodes every file (the baseline); returns a count so the work is not optimized away. */
  readonly readAll: () => number
  readonly records: ReadonlyArray<DedupeInput>
  readonly bodyBytes: number
}

const utf8 = (s: string): number => Buffer.byteLength(s, "utf8")

const bbc = (): Corpus | null => {
  const dir = join(CORPORA, "bbc-news-en")
  if (!existsSync(dir)) return null
  const files = readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((folder) =>
      readdirSync(join(dir, folder))
        .filter((n) => n.endsWith(".txt"))
        .sort()
        .map((n) => join(dir, folder, n))
    )
  let fileBytes = 0
  let bodyBytes = 0
  const records = files.map((f, i): DedupeInput => {
    const raw = readFileSync(f)
    fileBytes += raw.length
    const text = decoder.decode(raw)
    const nl = text.indexOf("\n")
    const paragraphs = (nl < 0 ? "" : text.slice(nl + 1))
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter((p) => p.length > 0)
      .map((p) => ({ text: p }))
    for (const p of paragraphs) bodyBytes += utf8(p.text)
    return { id: String(i), title: nl < 0 ? text : text.slice(0, nl), paragraphs }
  })
  return {
    name: "BBC News (English)",
    files,
    fileBytes,
    readAll: () => {
      let n = 0
      for (const f of files) n += decoder.decode(readFileSync(f)).length
      return n
    },
    records,
    bodyBytes
  }
}

const saudi = (): Corpus | null => {
  const dir = join(CORPORA, "saudinewsnet")
  if (!existsSync(dir)) return null
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort()
    .map((n) => join(dir, n))
  let fileBytes = 0
  let bodyBytes = 0
  const records: Array<DedupeInput> = []
  for (const f of files) {
    const raw = readFileSync(f)
    fileBytes += raw.length
    for (const a of JSON.parse(decoder.decode(raw)) as ReadonlyArray<Record<string, unknown>>) {
      const content = typeof a.content === "string" ? a.content : ""
      const paragraphs = content
        .split(/\n+/)
        .map((p) => p.trim())
        .filter((p) => p.length > 0)
        .map((p) => ({ text: p }))
      for (const p of paragraphs) bodyBytes += utf8(p.text)
      records.push({ id: String(records.length), title: typeof a.title === "string" ? a.title : null, paragraphs })
    }
  }
  return {
    name: "SaudiNewsNet (Arabic)",
    files,
    fileBytes,
    readAll: () => {
      let n = 0
      for (const f of files) n += (JSON.parse(decoder.decode(readFileSync(f))) as ReadonlyArray<unknown>).length
      return n
    },
    records,
    bodyBytes
  }
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
}

const benchCorpus = (c: Corpus): string => {
  const sign = makeSigner()
  const signatures: Array<DedupeSignature> = c.records.map(sign)
  const measures: ReadonlyArray<Measure> = [
    { name: c.name.startsWith("Saudi") ? "baseline: read + decode + JSON.parse" : "baseline: read + decode", bytes: c.fileBytes, run: c.readAll },
    {
      name: "signatures (normalize, words, MinHash)",
      bytes: c.bodyBytes,
      run: () => {
        let n = 0
        for (const r of c.records) n += sign(r).words
        return n
      }
    },
    {
      name: "index (checkSignature, serial part)",
      bytes: c.bodyBytes,
      run: () => {
        const d = makeDeduper()
        for (let i = 0; i < signatures.length; i++) d.checkSignature(c.records[i]!.id, signatures[i]!)
        return d.stats().originals
      }
    },
    {
      name: "check (signature + index)",
      bytes: c.bodyBytes,
      run: () => {
        const d = makeDeduper()
        for (const r of c.records) d.check(r)
        return d.stats().originals
      }
    },
    {
      name: "check, exact only (near: false)",
      bytes: c.bodyBytes,
      run: () => {
        const d = makeDeduper({ near: false })
        for (const r of c.records) d.check(r)
        return d.stats().originals
      }
    }
  ]
  for (const m of measures) m.run() // warm-up
  const wall: Array<Array<number>> = measures.map(() => [])
  const cpu: Array<Array<number>> = measures.map(() => [])
  for (let r = 0; r < rounds; r++) {
    measures.forEach((m, k) => {
      const c0 = process.cpuUsage()
      const t0 = performance.now()
      m.run()
      wall[k]!.push(performance.now() - t0)
      const u = process.cpuUsage(c0)
      cpu[k]!.push((u.user + u.system) / 1000)
    })
  }
  const docs = c.records.length
  const fmt = (x: number, digits = 1) => x.toLocaleString("en", { maximumFractionDigits: digits, minimumFractionDigits: digits })
  const rows = measures.map((m, k) => {
    const med = median(wall[k]!)
    const best = Math.min(...wall[k]!)
    const mb = (ms: number) => m.bytes / 1e6 / (ms / 1000)
    return `| ${m.name} | ${fmt(docs / (med / 1000), 0)} | ${fmt(mb(med))} (${fmt(mb(best))}) | ${fmt(mb(median(cpu[k]!)))} | ${fmt(med, 0)} |`
  })
  const baseline = median(wall[0]!)
  const check = median(wall[3]!)
  // memory held by one index over the whole corpus
  const d = makeDeduper()
  let heapPerOriginal = ""
  if (gc !== undefined) {
    const held = () => {
      for (let k = 0; k < 3; k++) gc()
      const m = process.memoryUsage()
      return m.heapUsed + m.arrayBuffers
    }
    const before = held()
    for (let i = 0; i < signatures.length; i++) d.checkSignature(`${c.name}#${i}`, signatures[i]!)
    const after = held()
    heapPerOriginal = `; heap held by the index (ids included): ${fmt((after - before) / d.stats().originals, 0)} bytes per original`
  } else {
    for (let i = 0; i < signatures.length; i++) d.checkSignature(`${c.name}#${i}`, signatures[i]!)
  }
  const s = d.stats()
  return [
    `**${c.name}**: ${c.files.length.toLocaleString("en")} files, ${fmt(c.fileBytes / 1e6)} MB on disk; ${docs.toLocaleString("en")} articles, ` +
      `${fmt(c.bodyBytes / 1e6)} MB of body text.`,
    "",
    "| measure | documents/s | MB/s | MB/s (CPU) | ms |",
    "|---|---:|---:|---:|---:|",
    ...rows,
    "",
    `check / baseline time: ${(check / baseline).toFixed(2)}. Index: ${s.originals.toLocaleString("en")} originals ` +
      `(${s.sketched.toLocaleString("en")} sketched), ${s.exact.toLocaleString("en")} exact and ${s.near.toLocaleString("en")} near duplicates, ` +
      `${s.compared.toLocaleString("en")} candidate comparisons (${fmt(s.compared / Math.max(1, s.checked), 2)} per record); ` +
      `typed arrays ${fmt(s.indexBytes / 1e6)} MB (${fmt(s.indexBytes / Math.max(1, s.originals), 0)} bytes per original, doubling slack included)${heapPerOriginal}.`
  ].join("\n")
}

const corpora = [bbc(), saudi()].filter((c): c is Corpus => c !== null)
if (corpora.length === 0) {
  console.log(`bench-dedupe: skipped, no corpus under ${CORPORA} (../shared beside the repository)`)
  process.exit(0)
}
const sections = corpora.map(benchCorpus)
const header =
  `Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${cpus().length} cores, Node ${process.version}, load average ${loadavg()[0]!.toFixed(1)} at the end. ` +
  `Median of ${rounds} interleaved rounds (best in brackets), one thread; default options.`
const out = [header, "", ...sections.flatMap((s) => [s, ""])].join("\n").trimEnd()
console.log(out)

if (writeTo !== undefined) {
  const path = resolve(writeTo)
  const start = "<!-- bench-dedupe:start -->"
  const end = "<!-- bench-dedupe:end -->"
  const doc = existsSync(path) ? readFileSync(path, "utf8") : ""
  const block = `${start}\n${out}\n${end}`
  const a = doc.indexOf(start)
  const b = doc.indexOf(end)
  writeFileSync(path, a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + end.length) : `${doc}${doc.endsWith("\n") || doc === "" ? "" : "\n"}\n${block}\n`)
  console.log(`bench-dedupe: tables written to ${path}`)
}
