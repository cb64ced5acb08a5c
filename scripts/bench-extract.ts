/**
 * Extract benchmark: MB/s of the dates, numbers, quotes and keywords stages
 * on real Arabic news, next to a read+decode baseline measured in the same run,
 * and the whole pipeline on one core.
 *
 *   npx tsx scripts/bench-extract.ts [--articles 6000] [--runs 3] [--english]
 *
 * Reads SaudiNewsNet from ../shared (beside the repository root); `--english`
 * reads BBC News (English) instead. Without ../shared it says so and exits.
 * Each article is `title + "\n\n" + author + "\n\n" + content` as UTF-8 bytes;
 * MB are megabytes of those bytes. Every figure is the best of `--runs` runs
 * in CPU time of the process (so a busy shared machine skews it less than
 * wall-clock time would), on one thread. The stages run on documents that went through parse and
 * normalize (and entities, when that stage loads), as in the pipeline: each
 * stage's time is its own; "extract (4 stages)" is their sum.
 *
 * Run alone over all documents, a stage has the processor's caches to
 * itself; in the pipeline, each document goes through every stage in turn,
 * and each stage finds its tables pushed out of the caches by the others. The
 * second table ("as the pipeline runs") measures that: the default pipeline
 * runs document by document (decode, parse, each stage, validation, then
 * `JSON.stringify` of the record, as a worker of `khabar process` does), with
 * the CPU time of each step summed over the documents, after one warm-up pass.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { Effect } from "effect"
import { datesStage } from "../src/extract/dates/index.js"
import { keywordsStage } from "../src/extract/keywords/index.js"
import { numbersStage } from "../src/extract/numbers/index.js"
import { quotesStage } from "../src/extract/quotes/index.js"
import type { KhabarDocument } from "../src/model/document.js"
import { normalizeStage } from "../src/normalize/index.js"
import { parse, parserProvides } from "../src/parse/index.js"
import { compose } from "../src/pipeline/compose.js"
import { defaultPipeline } from "../src/pipeline/presets.js"
import { decodeInput, runDocument } from "../src/pipeline/run.js"
import type { Stage } from "../src/pipeline/stage.js"
import { validate } from "../src/validate/index.js"
import { bestCpuMs } from "./lib/cpu-time.js"

const root = resolve(import.meta.dirname, "..")
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const nArticles = Number(arg("articles") ?? 6000)
const runs = Number(arg("runs") ?? 3)
const english = process.argv.includes("--english")

const corpora = join(root, "..", "shared", "data", "corpora")
if (!existsSync(corpora)) {
  console.log(`bench-extract: ${corpora} not found; the benchmark needs the shared corpora and was skipped.`)
  process.exit(0)
}

const encoder = new TextEncoder()
const inputs: Array<{ id: string; bytes: Uint8Array }> = []
if (english) {
  const dir = join(corpora, "bbc-news-en")
  for (const c of readdirSync(dir).sort()) {
    for (const f of readdirSync(join(dir, c)).sort()) {
      if (inputs.length >= nArticles) break
      inputs.push({ id: `${c}/${f}`, bytes: new Uint8Array(readFileSync(join(dir, c, f))) })
    }
  }
} else {
  const dir = join(corpora, "saudinewsnet")
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
    const items = JSON.parse(readFileSync(join(dir, file), "utf8")) as Array<{ title: string; author: string; content: string }>
    for (const [i, a] of items.entries()) {
      if (inputs.length >= nArticles) break
      inputs.push({ id: `${file}#${i}`, bytes: encoder.encode(`${a.title}\n\n${a.author}\n\n${a.content}`) })
    }
    if (inputs.length >= nArticles) break
  }
}
const totalBytes = inputs.reduce((n, x) => n + x.bytes.length, 0)
const mb = totalBytes / 1e6

/** Best of `runs` runs, in ms of this process's CPU time (other processes on a shared machine do not count in it). */
const best = (f: () => void): number => bestCpuMs(runs, f)

// 1. the baseline: decoding the same bytes
const decoder = new TextDecoder()
const decodeMs = best(() => {
  for (const x of inputs) decoder.decode(x.bytes)
})

// 2. parse + normalize (not this benchmark's subject, measured for the whole-pipeline figure)
const front = compose(parse, parserProvides, [normalizeStage()])
let docs: Array<KhabarDocument> = []
const frontMs = best(() => {
  docs = []
  for (const x of inputs) {
    const r = Effect.runSync(Effect.result(runDocument(front, { id: x.id, bytes: x.bytes })))
    if (r._tag === "Success") docs.push(r.success)
  }
})

// 3. entities, when the stage is there and loads
let entities: Stage | null = null
let entitiesNote = "entities: stage not loaded"
try {
  const m = (await import("../src/extract/entities/index.js")) as { entitiesStage?: () => Stage }
  if (m.entitiesStage !== undefined) {
    entities = m.entitiesStage()
    entitiesNote = "entities: included"
  }
} catch (e) {
  entitiesNote = `entities: not included (${e instanceof Error ? e.message.split("\n")[0] : String(e)})`
}

/**
 * A copy of each document with new view objects (the same text and maps): the
 * extract stages cache their token stream per view (`src/extract/internal/tokens.ts`),
 * so each run of the first stage that reads it starts as a new document would.
 */
const freshViews = (input: ReadonlyArray<KhabarDocument>): Array<KhabarDocument> =>
  input.map((d) => ({
    ...d,
    views: {
      ...d.views,
      ...(d.views.search === undefined ? {} : { search: { ...d.views.search } }),
      ...(d.views.display === undefined ? {} : { display: { ...d.views.display } })
    }
  }))

const timeStage = (stage: Stage, input: ReadonlyArray<KhabarDocument>, fresh = false): { ms: number; out: Array<KhabarDocument> } => {
  let out: Array<KhabarDocument> = []
  let ms = Number.POSITIVE_INFINITY
  for (let r = 0; r < runs; r++) {
    const docs = fresh ? freshViews(input) : input
    ms = Math.min(ms, bestCpuMs(1, () => {
      out = docs.map((d) => Effect.runSync(stage.run(d)))
    }))
  }
  return { ms, out }
}

let current = docs
let entitiesMs = 0
if (entities !== null) {
  const r = timeStage(entities, current)
  entitiesMs = r.ms
  current = r.out
}
// dates is the first stage to read the token stream: it pays for it, on new views each run; the stages after it
// read the stream the last run made, as in the pipeline
const dates = timeStage(datesStage(), current, true)
const numbers = timeStage(numbersStage(), dates.out)
const quotes = timeStage(quotesStage(), numbers.out)
const keywords = timeStage(keywordsStage(), quotes.out)
const extractMs = dates.ms + numbers.ms + quotes.ms + keywords.ms
const pipelineMs = decodeMs + frontMs + entitiesMs + extractMs

const rate = (ms: number) => `${(mb / (ms / 1000)).toFixed(1).padStart(7)} MB/s`
const found = keywords.out.reduce(
  (a, d) => ({ dates: a.dates + d.dates.length, numbers: a.numbers + d.numbers.length, quotes: a.quotes + d.quotes.length }),
  { dates: 0, numbers: 0, quotes: 0 }
)
console.log(`bench-extract: ${english ? "BBC News (English)" : "SaudiNewsNet"}, ${inputs.length} articles, ${mb.toFixed(1)} MB, ${docs.length} documents, best of ${runs} runs, CPU time, one thread`)
console.log(`  read+decode (baseline)   ${rate(decodeMs)}`)
console.log(`  parse + normalize        ${rate(frontMs)}`)
console.log(`  ${entitiesNote}${entities === null ? "" : `   ${rate(entitiesMs)}`}`)
console.log(`  extract.dates            ${rate(dates.ms)}   (${found.dates} dates)`)
console.log(`  extract.numbers          ${rate(numbers.ms)}   (${found.numbers} numbers)`)
console.log(`  extract.quotes           ${rate(quotes.ms)}   (${found.quotes} quotes)`)
console.log(`  extract.keywords         ${rate(keywords.ms)}`)
console.log(`  extract (4 stages)       ${rate(extractMs)}   = ${(extractMs / decodeMs).toFixed(1)}× the baseline's time`)
console.log(`  whole pipeline           ${rate(pipelineMs)}   (decode, parse, normalize, ${entities === null ? "" : "entities, "}the 4 stages)`)

// as the pipeline runs: document by document, every step in turn (one warm-up pass, then the measured one)
const pipeline = defaultPipeline()
const steps = ["decode", "parse", ...pipeline.stages.map((st) => st.name), "validate", "JSON.stringify"]
const cpuMs = (): number => {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}
const inPipeline = (acc: Float64Array): void => {
  for (const x of inputs) {
    let t = cpuMs()
    const tick = (k: number): void => {
      const now = cpuMs()
      acc[k] = acc[k]! + now - t
      t = now
    }
    const d = Effect.runSync(Effect.result(decodeInput(x)))
    tick(0)
    if (d._tag !== "Success") continue
    const p = Effect.runSync(Effect.result(pipeline.parse(d.success)))
    tick(1)
    if (p._tag !== "Success") continue
    let doc = p.success
    for (const [k, stage] of pipeline.stages.entries()) {
      doc = Effect.runSync(stage.run(doc))
      tick(2 + k)
    }
    const record = Effect.runSync(validate(doc))
    tick(steps.length - 2)
    JSON.stringify(record)
    tick(steps.length - 1)
  }
}
inPipeline(new Float64Array(steps.length))
const acc = new Float64Array(steps.length)
inPipeline(acc)
const asRun = acc.reduce((a, b) => a + b, 0)
console.log(`  as the pipeline runs (document by document, one pass after a warm-up; validation and JSON.stringify included):`)
for (const [k, name] of steps.entries()) {
  console.log(`    ${name.padEnd(22)} ${rate(acc[k]!)}   ${((100 * acc[k]!) / asRun).toFixed(1).padStart(5)}%`)
}
console.log(`    whole pipeline         ${rate(asRun)}`)
