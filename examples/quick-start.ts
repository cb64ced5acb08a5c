/**
 * Quick start: one article through the default pipeline.
 *
 *   npx tsx examples/quick-start.ts [FILE]
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { processText, toTables } from "../src/index.js"

const file = process.argv[2] ?? join(import.meta.dirname, "data", "ar-aggregator-agencies.txt")
const record = await processText(readFileSync(file), { id: "quick-start" })

console.log("title:     ", record.title)
console.log("language:  ", record.language.code, record.language.direction, record.language.confidence.toFixed(2))
console.log("dateline:  ", record.dateline === null ? null : { text: record.dateline.text, places: record.dateline.places, agencies: record.dateline.agencies })
console.log("paragraphs:", record.paragraphs.length, "| entities:", record.entities.length, "| dates:", record.dates.length, "| quotes:", record.quotes.length)
console.log("boilerplate cut:", record.boilerplate.map((b) => `${b.kind}: ${b.text.slice(0, 40)}`))
console.log("\nfirst paragraph:\n ", record.paragraphs[0]?.text)

// The same record as tidy tables (arquero), ready for a notebook.
const { articles, paragraphs } = toTables([record])
articles.select("article_id", "language", "outlet", "paragraph_count", "word_count").print()
paragraphs.select("paragraph_index", "word_count", "start", "end").print(5)
