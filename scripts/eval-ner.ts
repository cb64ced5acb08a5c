/**
 * Dev-set evaluation of the bundled entity models, through `khabar tag`'s
 * code path (`runTagCli`: token lines in, `token<TAB>tag` lines out), with
 * pinned floors: exits 1 when a score falls below its floor in
 * scripts/eval-ner-baseline.json.
 *
 *   npx tsx scripts/eval-ner.ts [--lang ar|en] [--update]
 *
 * - en: CoNLL-2003 dev (all types);
 * - ar: the ANERcorp dev split (the last 10% of anercorp-train.txt, held out
 *   from training; PER/LOC/ORG and all types).
 *
 * Skips (exit 0, with a message) when ../shared/data/ner is absent.
 * `--update` rewrites the floors to the measured scores minus 0.005.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { runTagCli } from "../src/cli/tag.js"
import { parseConll, splitAnercorp } from "../src/extract/entities/conll.js"
import { evaluate, formatEvaluation, type Evaluation } from "../src/extract/entities/conlleval.js"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const shared = join(root, "..", "shared", "data", "ner")
const baselinePath = join(root, "scripts", "eval-ner-baseline.json")
const args = process.argv.slice(2)
const only = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : undefined
const update = args.includes("--update")

type Floors = Record<string, Record<string, number>>

if (!existsSync(shared)) {
  console.log(`eval-ner: skipped: ${shared} is missing (the dev sets live in ../shared/data/ner beside the repository).`)
  process.exit(0)
}

/** The dev sentences as CoNLL text (token and gold tag per line). */
const devText = (lang: "ar" | "en"): string => {
  if (lang === "en") return readFileSync(join(shared, "conll2003-en-dev.txt"), "utf8")
  const all = parseConll(readFileSync(join(shared, "anercorp-train.txt"), "utf8"))
  return splitAnercorp(all)
    .dev.map((s) => s.tokens.map((t, i) => `${t} ${s.tags[i]}`).join("\n") + "\n")
    .join("\n")
}

async function* linesOf(text: string): AsyncGenerator<string> {
  for (const line of text.split("\n")) yield line
}

const run = async (lang: "ar" | "en"): Promise<{ evaluation: Evaluation; seconds: number }> => {
  const text = devText(lang)
  const gold = parseConll(text)
  let out = ""
  const t0 = performance.now()
  const code = await runTagCli(["--lang", lang], linesOf(text), (s) => {
    out += s
  })
  const seconds = (performance.now() - t0) / 1000
  if (code !== 0) throw new Error(`khabar tag exited with ${code}: ${out}`)
  const predicted = out
    .split(/\n\s*\n/)
    .map((block) => block.split("\n").filter((l) => l.length > 0).map((l) => l.split("\t")[1] ?? "O"))
    .filter((s) => s.length > 0)
  return { evaluation: evaluate(gold.map((s) => s.tags), predicted), seconds }
}

const baseline: Floors = existsSync(baselinePath) ? (JSON.parse(readFileSync(baselinePath, "utf8")) as Floors) : {}
const measured: Floors = {}
let failed = false
for (const lang of ["en", "ar"] as const) {
  if (only !== undefined && only !== lang) continue
  const { evaluation: e, seconds } = await run(lang)
  console.log(`\n${lang} dev through khabar tag (${seconds.toFixed(1)} s):\n${formatEvaluation(e)}`)
  const scores: Record<string, number> = { ALL: e.overall.f1, "PER+LOC+ORG": e.subset.f1 }
  for (const [t, s] of Object.entries(e.byType)) scores[t] = s.f1
  measured[lang] = scores
  for (const [name, floor] of Object.entries(baseline[lang] ?? {})) {
    const got = scores[name] ?? 0
    if (got < floor) {
      failed = true
      console.error(`REGRESSION ${lang} ${name}: F1 ${got.toFixed(4)} < floor ${floor}`)
    }
  }
}
if (update) {
  const floors: Floors = { ...baseline }
  for (const [lang, scores] of Object.entries(measured)) {
    floors[lang] = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Math.floor((v - 0.005) * 1000) / 1000]))
  }
  writeFileSync(baselinePath, JSON.stringify(floors, null, 2) + "\n")
  console.log(`\nwrote ${baselinePath}`)
} else if (failed) process.exit(1)
else console.log("\neval-ner: every score is at or above its floor")
