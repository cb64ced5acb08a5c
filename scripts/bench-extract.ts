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
import { runDocument } from "../src/pipeline/run.js"
import type { Stage } from "../src/pipeline/stage.js"
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

const timeStage = (stage: Stage, input: ReadonlyArray<KhabarDocument>): { ms: number; out: Array<KhabarDocument> } => {
  let out: Array<KhabarDocument> = []
  const ms = best(() => {
    out = input.map((d) => Effect.runSync(stage.run(d)))
  })
  return { ms, out }
}

let current = docs
let entitiesMs = 0
if (entities !== null) {
  const r = timeStage(entities, current)
  entitiesMs = r.ms
  current = r.out
}
const dates = timeStage(datesStage(), current)
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
