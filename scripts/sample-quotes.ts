/**
 * `npm run sample:quotes -- --seed S [--articles 40] [--lang ar|en] --out FILE`:
 * draws a seeded sample of real articles from ../shared (SaudiNewsNet for
 * `ar`, composed as `title\n\nauthor\n\ncontent`; BBC News files for `en`),
 * runs the default pipeline (entities on) and writes a markdown sheet for a
 * hand reading of quotes: each article's lines numbered and the quotes khabar
 * found, with speaker, verb and span. How a sheet is scored is in
 * docs/quotes.md ("Measured on real articles").
 *
 * Only articles with a quote mark or a common speech verb are drawn
 * (`MAY_QUOTE` in scripts/lib/quote-sample.ts). The corpora are licensed for
 * internal evaluation: the sheet holds their text and stays out of the
 * repository (write it under /tmp or scratch/).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs"
import { dirname, join, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { defaultPipeline, processText } from "../src/index.js"
import { MAY_QUOTE, drawIndexes, renderArticle } from "./lib/quote-sample.js"

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..")
const argv = process.argv.slice(2)
const arg = (name: string): string | undefined => {
  const i = argv.indexOf(name)
  return i >= 0 ? argv[i + 1] : undefined
}
const seed = Number(arg("--seed"))
const articles = Number(arg("--articles") ?? 40)
const lang = arg("--lang") ?? "ar"
const out = arg("--out")
const corpora = resolve(ROOT, arg("--corpora") ?? "../shared/data/corpora")
if (!Number.isInteger(seed) || out === undefined || (lang !== "ar" && lang !== "en")) {
  console.error("usage: npm run sample:quotes -- --seed S [--articles 40] [--lang ar|en] [--corpora DIR] --out FILE")
  process.exit(2)
}
if (!existsSync(corpora)) {
  console.error(`no corpora at ${corpora} (the shared data is not on this machine)`)
  process.exit(2)
}

interface Article {
  readonly id: string
  readonly text: string
}

const load = (): Array<Article> => {
  const all: Array<Article> = []
  if (lang === "ar") {
    const dir = join(corpora, "saudinewsnet")
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json")).sort()) {
      const items = JSON.parse(readFileSync(join(dir, file), "utf8")) as Array<{ title: string; author: string; content: string }>
      items.forEach((a, i) => all.push({ id: `${file}#${i}`, text: `${a.title}\n\n${a.author}\n\n${a.content}` }))
    }
  } else {
    const dir = join(corpora, "bbc-news-en")
    const utf8 = new TextDecoder("utf-8", { fatal: true })
    const latin1 = new TextDecoder("latin1")
    const decode = (bytes: Uint8Array): string => {
      try {
        return utf8.decode(bytes)
      } catch {
        return latin1.decode(bytes) // one BBC file is Latin-1
      }
    }
    for (const category of readdirSync(dir).sort()) {
      for (const file of readdirSync(join(dir, category)).sort()) {
        all.push({ id: `${category}/${file}`, text: decode(readFileSync(join(dir, category, file))) })
      }
    }
  }
  return all.filter((a) => MAY_QUOTE.test(a.text))
}

const pool = load()
const pipeline = defaultPipeline({})
const sheet = [`# quotes sample: ${lang}, seed ${seed}, ${articles} of ${pool.length} articles that may quote`, ""]
let n = 0
for (const i of drawIndexes(pool.length, articles, seed)) {
  const a = pool[i]!
  n++
  try {
    const record = await processText(a.text, { id: a.id, pipeline })
    sheet.push(renderArticle(n, a.id, a.text, record))
  } catch (e) {
    sheet.push(renderArticle(n, a.id, a.text, { rejected: String((e as { _tag?: string })._tag ?? e) }))
  }
}
writeFileSync(out, sheet.join("\n"))
console.log(`${n} articles → ${out}`)
