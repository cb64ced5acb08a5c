/**
 * Dev-set evaluation of the bundled entity models, through `khabar tag`'s
 * code path (`runTagCli`: token lines in, `token<TAB>tag` lines out), with
 * pinned floors: exits 1 when a score falls below its floor in
 * scripts/eval-ner-baseline.json.
 *
 *   npx tsx scripts/eval-ner.ts [--lang ar|en] [--context N | --sentences] [--update]
 *
 * Sentences are tagged as `khabar tag` tags them by default: blocks of
 * consecutive sentences extracted together (`--context`, default
 * `DEFAULT_CONTEXT` of src/cli/tag.ts; CoNLL-2003's `-DOCSTART-` lines end
 * documents); `--context N` or `--sentences` (every sentence alone) are given
 * to `khabar tag` as they are. The floors hold for the default. The ANERcorp
 * dev fit check alone is tagged sentence by sentence unless a context is
 * given: the model learned those very sentences, so their tags alone are
 * near the gold, and names found again in other sentences can only add the
 * corpus's disagreements (docs/evaluation.md); it checks the code path.
 *
 * - en: CoNLL-2003 dev (all types);
 * - ar: the ANERcorp dev split (the last 10% of anercorp-train.txt; PER/LOC/ORG
 *   and all types). The bundled Arabic model is trained on it too (after its
 *   settings were chosen without it: `training.devIncluded`), so this score is
 *   a fit check that catches regressions in the code path, not an estimate;
 *   the honest estimate is the one recorded in the model (`training.dev`);
 * - ar-aqmar: AQMAR (train and dev files, Arabic Wikipedia), which no shipped
 *   model is trained on: an out-of-domain check of the Arabic model.
 *
 * Skips (exit 0, with a message) when ../shared/data/ner is absent.
 * `--update` rewrites the floors to the measured scores minus 0.005.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { fileURLToPath } from "node:url"
import { runTagCli } from "../src/cli/tag.js"
import { parseConll, splitAnercorp } from "../src/extract/entities/conll.js"
import { bundledTagger } from "../src/extract/entities/models.js"
import { evaluate, formatEvaluation, type Evaluation } from "../src/extract/entities/conlleval.js"

const root = join(dirname(fileURLToPath(import.meta.url)), "..")
const shared = join(root, "..", "shared", "data", "ner")
const baselinePath = join(root, "scripts", "eval-ner-baseline.json")
const args = process.argv.slice(2)
const only = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : undefined
const update = args.includes("--update")
/** `khabar tag`'s options of context, passed on as they are. */
const contextArgs: Array<string> = args.includes("--sentences")
  ? ["--sentences"]
  : args.includes("--context")
    ? ["--context", args[args.indexOf("--context") + 1] ?? ""]
    : []

type Floors = Record<string, Record<string, number>>

if (update && contextArgs.length > 0) {
  console.error("eval-ner: --update pins the floors of the default context: give it without --context or --sentences")
  process.exit(2)
}

if (!existsSync(shared)) {
  console.log(`eval-ner: skipped: ${shared} is missing (the dev sets live in ../shared/data/ner beside the repository).`)
  process.exit(0)
}

type SetName = "en" | "ar" | "ar-aqmar"
const langOf = (set: SetName): "ar" | "en" => (set === "en" ? "en" : "ar")

/** The dev sentences as CoNLL text (token and gold tag per line). */
const devText = (set: SetName): string => {
  if (set === "en") return readFileSync(join(shared, "conll2003-en-dev.txt"), "utf8")
  if (set === "ar-aqmar") return ["aqmar-train.txt", "aqmar-dev.txt"].map((f) => readFileSync(join(shared, f), "utf8").trimEnd() + "\n").join("\n")
  const all = parseConll(readFileSync(join(shared, "anercorp-train.txt"), "utf8"))
  return splitAnercorp(all)
    .dev.map((s) => s.tokens.map((t, i) => `${t} ${s.tags[i]}`).join("\n") + "\n")
    .join("\n")
}

/** The context options of a set: the fit check (`ar`) is tagged sentence by sentence unless one is given. */
const contextOf = (set: SetName): Array<string> => (contextArgs.length === 0 && set === "ar" ? ["--sentences"] : contextArgs)

async function* linesOf(text: string): AsyncGenerator<string> {
  for (const line of text.split("\n")) yield line
}

const run = async (set: SetName): Promise<{ evaluation: Evaluation; seconds: number }> => {
  const text = devText(set)
  const gold = parseConll(text)
  let out = ""
  const t0 = performance.now()
  const code = await runTagCli(["--lang", langOf(set), ...contextOf(set)], linesOf(text), (s) => {
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
const TITLES: Readonly<Record<SetName, string>> = {
  en: "en: CoNLL-2003 dev",
  ar: bundledTagger("ar").model.training.devIncluded === true
    ? `ar: the ANERcorp dev split (in the model's training data: a fit check, not an estimate${contextArgs.length === 0 ? "; every sentence alone" : ""})`
    : "ar: the ANERcorp dev split",
  "ar-aqmar": "ar-aqmar: AQMAR train + dev (Wikipedia; out of domain, never trained on)"
}
for (const lang of ["en", "ar", "ar-aqmar"] as const) {
  if (only !== undefined && only !== langOf(lang)) continue
  const { evaluation: e, seconds } = await run(lang)
  console.log(`\n${TITLES[lang]}, through khabar tag (${seconds.toFixed(1)} s):\n${formatEvaluation(e)}`)
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
