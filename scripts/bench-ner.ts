/**
 * Entity tagging speed, one core.
 *
 *   npx tsx scripts/bench-ner.ts [--rounds 3]
 *
 * 1. Tagging (tokens/s): the dev sets' sentences (../shared/data/ner), per language:
 *    - `segment`: sentence split, tokenizer (src/normalize) and units;
 *    - `tag`: scores + Viterbi on ready units (the tagger alone), through the per-word cache, and
 *      through the reference path (every feature looked up) as the in-run baseline;
 *    - `extract`: the whole extraction path from raw text (segment, tag, mentions, roles, linking).
 * 2. Pipeline (MB/s of UTF-8 input): English news (../shared/data/corpora/bbc-news-en) through
 *    parse + the entity stage, against a read + decode baseline and against wink-nlp's entity
 *    extraction (its English lite model, `readDoc(text).entities()`), both measured in the same run.
 *
 * Times are CPU time of this process (best of `--rounds`), so other work on a shared machine skews them less.
 *
 * Skips a part whose data is absent. Prints a Markdown table for docs/performance.md.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { Effect } from "effect"
import { parseConll } from "../src/extract/entities/conll.js"
import { extractEntities } from "../src/extract/entities/extract.js"
import { bundledTagger } from "../src/extract/entities/models.js"
import { entitiesStage } from "../src/extract/entities/stage.js"
import { tagUnits } from "../src/extract/entities/tagger.js"
import { segment, type Unit } from "../src/extract/entities/text.js"
import { joinTokens } from "../src/extract/entities/train.js"
import { decodeBytes } from "../src/parse/decode.js"
import { parse, parserProvides } from "../src/parse/index.js"
import { compose } from "../src/pipeline/compose.js"
import { defaultPipeline } from "../src/pipeline/presets.js"
import { runOutcome } from "../src/pipeline/run.js"
import { bestCpuMs } from "./lib/cpu-time.js"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const shared = join(root, "..", "shared", "data")
const args = process.argv.slice(2)
const rounds = Number(args.includes("--rounds") ? args[args.indexOf("--rounds") + 1] : "3")

/** Best of `rounds` runs, in ms of this process's CPU time. */
const best = (f: () => void): number => bestCpuMs(rounds, f)

const rows: Array<string> = []
for (const [lang, file] of [
  ["en", "ner/conll2003-en-dev.txt"],
  ["ar", "ner/anercorp-train.txt"]
] as const) {
  const path = join(shared, file)
  if (!existsSync(path)) {
    console.log(`${lang}: skipped (${path} is missing)`)
    continue
  }
  const texts = parseConll(readFileSync(path, "utf8"))
    .slice(0, 4000)
    .map((s) => joinTokens(s.tokens).text)
  const tagger = bundledTagger(lang)
  const isKnown = tagger.gazetteer.isKnown
  let units: Array<Array<Unit>> = []
  const segMs = best(() => {
    units = texts.flatMap((t) => segment(t, 0, t.length, { lang, isKnown }))
  })
  const tokens = units.reduce((n, u) => n + u.length, 0)
  const tagMs = best(() => {
    for (const u of units) tagUnits(tagger, u)
  })
  const refMs = best(() => {
    for (const u of units) tagUnits(tagger, u, undefined, { reference: true })
  })
  const extractMs = best(() => {
    for (const t of texts) extractEntities(t, tagger)
  })
  const rate = (ms: number) => Math.round(tokens / (ms / 1000)).toLocaleString("en-US")
  rows.push(
    `| ${lang} | ${tokens.toLocaleString("en-US")} | ${rate(segMs)} | ${rate(tagMs)} | ${rate(refMs)} | ×${(refMs / tagMs).toFixed(2)} | ${rate(extractMs)} |`
  )
}
console.log(
  "\n| lang | units | segment (tokens/s) | tag, cached (tokens/s) | tag, reference path (tokens/s) | cached × reference | extract from text (tokens/s) |\n|---|---|---|---|---|---|---|"
)
console.log(rows.join("\n"))

const news = join(shared, "corpora", "bbc-news-en")
if (!existsSync(news)) console.log(`\npipeline: skipped (${news} is missing)`)
else {
  const files: Array<string> = []
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name))
      else if (e.name.endsWith(".txt")) files.push(join(dir, e.name))
    }
  }
  walk(news)
  files.sort()
  const bytes = files.slice(0, 800).map((f) => readFileSync(f))
  const mb = bytes.reduce((n, b) => n + b.length, 0) / 1024 / 1024
  const baselineMs = best(() => {
    for (const b of bytes) decodeBytes(b, "x")
  })
  const parseOnly = compose<never>(parse, parserProvides, [])
  const withEntities = compose<never>(parse, parserProvides, [entitiesStage()])
  const runAll = (p: typeof parseOnly) => () => {
    // a page that is not an article becomes a reject entry, as in a corpus run
    for (const [i, b] of bytes.entries()) Effect.runSync(runOutcome(p, { id: String(i), bytes: b }))
  }
  const parseMs = best(runAll(parseOnly))
  const entMs = best(runAll(withEntities))
  const fullMs = best(runAll(defaultPipeline()))
  // wink-nlp with its English lite model: the entity extraction JavaScript users have today
  const winkNlp = (await import("wink-nlp")).default
  const winkModel = (await import("wink-eng-lite-web-model")).default
  const nlp = winkNlp(winkModel)
  const texts = bytes.map((b) => new TextDecoder().decode(b))
  let winkEntities = 0
  const winkMs = best(() => {
    winkEntities = 0
    for (const t of texts) winkEntities += nlp.readDoc(t).entities().length()
  })
  const speed = (ms: number) => (mb / (ms / 1000)).toFixed(2)
  console.log(`\nEnglish news: ${bytes.length} BBC articles, ${mb.toFixed(2)} MB (CPU time, best of ${rounds})`)
  console.log("| run | MB/s | × wink-nlp |\n|---|---|---|")
  const ratio = (ms: number) => `×${(winkMs / ms).toFixed(2)}`
  console.log(`| read + decode (baseline) | ${speed(baselineMs)} | ${ratio(baselineMs)} |`)
  console.log(`| wink-nlp 2.4 + lite model: \`readDoc(text).entities()\` (${winkEntities} entities) | ${speed(winkMs)} | ×1.00 |`)
  console.log(`| khabar: parse + validate | ${speed(parseMs)} | ${ratio(parseMs)} |`)
  console.log(`| khabar: parse + entities + validate | ${speed(entMs)} | ${ratio(entMs)} |`)
  console.log(`| khabar: whole pipeline (entities, dates, numbers, quotes, keywords) | ${speed(fullMs)} | ${ratio(fullMs)} |`)
}
