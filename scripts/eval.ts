/**
 * `npm run eval`: runs the parse stage over the corpora in ../shared (when
 * present) and reports, per source, what it found; fails when a measure falls
 * below its floor in scripts/eval-baseline.json.
 *
 * Sources: every SaudiNewsNet outlet on its own (each article composed as
 * `title + "\n\n" + author + "\n\n" + content` with title and author hints,
 * as the node input reader does), all SaudiNewsNet articles again as raw text
 * without hints (`saudinewsnet-raw`: what `processText(text)` receives), BBC
 * Arabic pages and BBC News (English) files read as bytes and decoded like
 * any file input.
 *
 *   npx tsx scripts/eval.ts                     report and check the floors
 *   npx tsx scripts/eval.ts --update-baseline   pin the floors to this run (may lower them)
 *   npx tsx scripts/eval.ts --json              print the report as JSON
 *
 * The corpora are licensed for internal evaluation: this script reads them and
 * prints counts only.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { NotArticle } from "../src/errors.js"
import type { DecodedInput, InputHints } from "../src/model/document.js"
import { decodeBytes } from "../src/parse/decode.js"
import { parseText } from "../src/parse/parse.js"
import { InputError } from "../src/errors.js"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const SHARED = resolve(ROOT, "..", "shared")
const CORPORA = join(SHARED, "data", "corpora")
const BASELINE = join(ROOT, "scripts", "eval-baseline.json")

const args = new Set(process.argv.slice(2))

interface Stats {
  articles: number
  records: number
  rejects: Record<string, number>
  title: number
  dateline: number
  byline: number
  published: number
  withBoilerplate: number
  boilerplateArticles: Record<string, number>
  boilerplateLines: Record<string, number>
  paragraphs: number
  chars: number
  bytes: number
  ms: number
}

const emptyStats = (): Stats => ({
  articles: 0,
  records: 0,
  rejects: {},
  title: 0,
  dateline: 0,
  byline: 0,
  published: 0,
  withBoilerplate: 0,
  boilerplateArticles: {},
  boilerplateLines: {},
  paragraphs: 0,
  chars: 0,
  bytes: 0,
  ms: 0
})

const input = (id: string, text: string, hints: InputHints): DecodedInput => ({
  id,
  text,
  source: { path: null, index: null, bytes: text.length, encoding: "utf-8", encodingConfidence: null, hash: "" },
  meta: {},
  hints,
  published: null,
  reference: null,
  diagnostics: []
})

/** The reject reason without its numbers, so counts group. */
const reasonKey = (detail: string): string =>
  detail
    .replace(/"[^"]*"/g, '"…"')
    .split(":")[0]!
    .replace(/\d+/g, "#")
    .trim()

const measure = (stats: Stats, inp: DecodedInput): void => {
  stats.articles++
  stats.chars += inp.text.length
  stats.bytes += Buffer.byteLength(inp.text, "utf8")
  const t0 = performance.now()
  const r = parseText(inp)
  stats.ms += performance.now() - t0
  if (r instanceof NotArticle) {
    const k = reasonKey(r.detail)
    stats.rejects[k] = (stats.rejects[k] ?? 0) + 1
    return
  }
  stats.records++
  if (r.title !== null) stats.title++
  if (r.dateline !== null) stats.dateline++
  if (r.byline !== null) stats.byline++
  if (r.published !== null) stats.published++
  if (r.boilerplate.length > 0) stats.withBoilerplate++
  const kinds = new Set<string>()
  for (const b of r.boilerplate) {
    kinds.add(b.kind)
    stats.boilerplateLines[b.kind] = (stats.boilerplateLines[b.kind] ?? 0) + 1
  }
  for (const k of kinds) stats.boilerplateArticles[k] = (stats.boilerplateArticles[k] ?? 0) + 1
  stats.paragraphs += r.paragraphs.length
}

const composeArticle = (title: unknown, author: unknown, content: unknown): { text: string; hints: InputHints } => {
  const nonBlank = (s: unknown): s is string => typeof s === "string" && s.trim().length > 0
  let text = ""
  let hints: InputHints = {}
  if (nonBlank(title)) {
    hints = { ...hints, title: { start: 0, end: title.length } }
    text = title
  }
  if (nonBlank(author)) {
    if (text.length > 0) text += "\n\n"
    hints = { ...hints, author: { start: text.length, end: text.length + author.length } }
    text += author
  }
  if (nonBlank(content)) {
    if (text.length > 0) text += "\n\n"
    text += content
  }
  return { text, hints }
}

const run = (): Map<string, Stats> => {
  const by = new Map<string, Stats>()
  const stats = (k: string) => {
    let s = by.get(k)
    if (s === undefined) by.set(k, (s = emptyStats()))
    return s
  }
  const saudi = join(CORPORA, "saudinewsnet")
  if (existsSync(saudi)) {
    for (const f of readdirSync(saudi).filter((n) => n.endsWith(".json")).sort()) {
      const arr = JSON.parse(readFileSync(join(saudi, f), "utf8")) as Array<Record<string, unknown>>
      arr.forEach((a, i) => {
        const { text, hints } = composeArticle(a.title, a.author, a.content)
        if (text.length === 0) {
          const s = stats(`saudinewsnet/${String(a.source)}`)
          s.articles++
          s.rejects["empty"] = (s.rejects["empty"] ?? 0) + 1
          return
        }
        measure(stats(`saudinewsnet/${String(a.source)}`), input(`${f}#${i}`, text, hints))
        // the same article as raw text, the way processText(text) receives it: no hints
        measure(stats("saudinewsnet-raw"), input(`${f}#${i}`, text, {}))
      })
    }
  }
  const files = (dir: string): Array<string> =>
    existsSync(dir)
      ? readdirSync(dir, { withFileTypes: true })
          .flatMap((d) => (d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith(".txt") ? [join(dir, d.name)] : []))
          .sort()
      : []
  for (const [name, dir] of [
    ["bbc-arabic", join(CORPORA, "bbc-arabic-2017")],
    ["bbc-news-en", join(CORPORA, "bbc-news-en")]
  ] as const) {
    for (const path of files(dir)) {
      const decoded = decodeBytes(readFileSync(path), path)
      if (decoded instanceof InputError) {
        const s = stats(name)
        s.articles++
        s.rejects[decoded.reason] = (s.rejects[decoded.reason] ?? 0) + 1
        continue
      }
      measure(stats(name), input(path, decoded.text, {}))
    }
  }
  return by
}

type Floors = Record<string, Record<string, number>>

const share = (n: number, d: number) => (d === 0 ? 0 : n / d)
const pct = (x: number) => `${(x * 100).toFixed(1)}%`

/** The measures that have floors, per source. */
const measures = (s: Stats): Record<string, number> => ({
  recordShare: share(s.records, s.articles),
  title: share(s.title, s.records),
  dateline: share(s.dateline, s.records),
  byline: share(s.byline, s.records),
  boilerplate: share(s.withBoilerplate, s.records)
})

const main = (): number => {
  if (!existsSync(SHARED)) {
    console.log("eval: skipped, ../shared not found")
    return 0
  }
  if (!existsSync(CORPORA)) {
    console.log("eval: skipped, ../shared/data/corpora not found")
    return 0
  }
  const t0 = performance.now()
  const by = run()
  const wall = performance.now() - t0
  if (args.has("--json")) {
    console.log(JSON.stringify(Object.fromEntries(by), null, 2))
  }
  let chars = 0
  let bytes = 0
  let ms = 0
  const lines: Array<string> = []
  for (const [src, s] of [...by.entries()].sort()) {
    chars += s.chars
    bytes += s.bytes
    ms += s.ms
    const m = measures(s)
    const rejects = Object.entries(s.rejects)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${v}× ${k}`)
      .join("; ")
    const kinds = Object.entries(s.boilerplateArticles)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${pct(share(v, s.records))}/${s.boilerplateLines[k] ?? 0}`)
      .join(", ")
    lines.push(
      `${src}: ${s.articles} articles, ${s.records} records (${pct(m.recordShare!)})` +
        `\n  title ${pct(m.title!)}  dateline ${pct(m.dateline!)}  byline ${pct(m.byline!)}  published ${pct(share(s.published, s.records))}` +
        `  boilerplate ${pct(m.boilerplate!)}  paragraphs/article ${share(s.paragraphs, s.records).toFixed(1)}` +
        `  ${(s.bytes / 1e6 / (s.ms / 1000)).toFixed(1)} MB/s` +
        (rejects.length > 0 ? `\n  rejects: ${rejects}` : "") +
        (kinds.length > 0 ? `\n  boilerplate kinds (articles / pieces): ${kinds}` : "")
    )
  }
  console.log(lines.join("\n"))
  console.log(
    `\neval: ${[...by.values()].reduce((a, s) => a + s.articles, 0)} inputs (${(bytes / 1e6).toFixed(0)} MB), ` +
      `parse ${(bytes / 1e6 / (ms / 1000)).toFixed(1)} MB/s of UTF-8 text (${(chars / 1e6 / (ms / 1000)).toFixed(1)} M chars/s), ` +
      `wall ${(wall / 1000).toFixed(1)} s`
  )

  const current: Floors = Object.fromEntries([...by.entries()].map(([k, s]) => [k, measures(s)]))
  if (args.has("--update-baseline")) {
    const floors: Floors = {}
    for (const [src, m] of Object.entries(current)) {
      floors[src] = Object.fromEntries(Object.entries(m).map(([k, v]) => [k, Math.max(0, Math.floor((v - 0.005) * 1000) / 1000)]))
    }
    writeFileSync(BASELINE, JSON.stringify({ note: "Floors for npm run eval (share of records, 0–1). Lower one only with --update-baseline.", floors }, null, 2) + "\n")
    console.log(`eval: floors written to ${BASELINE}`)
    return 0
  }
  if (!existsSync(BASELINE)) {
    console.log("eval: no baseline yet (run with --update-baseline to pin the floors)")
    return 0
  }
  const baseline = JSON.parse(readFileSync(BASELINE, "utf8")) as { floors: Floors }
  const failures: Array<string> = []
  for (const [src, floors] of Object.entries(baseline.floors)) {
    const m = current[src]
    if (m === undefined) {
      failures.push(`${src}: missing from this run`)
      continue
    }
    for (const [k, floor] of Object.entries(floors)) {
      const v = m[k]
      if (v === undefined || v < floor) failures.push(`${src} ${k}: ${v === undefined ? "missing" : pct(v)} < floor ${pct(floor)}`)
    }
  }
  if (failures.length > 0) {
    console.log(`eval: REGRESSION\n  ${failures.join("\n  ")}`)
    return 1
  }
  console.log("eval: all floors hold")
  return 0
}

process.exitCode = main()
