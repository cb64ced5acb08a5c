/**
 * Quotes by speaker: who is quoted most, and a sample of what they said.
 *
 *   npx tsx examples/quotes-by-speaker.ts
 */
import { join } from "node:path"
import * as aq from "arquero"
import { processFiles } from "../src/node.js"
import { toTables } from "../src/index.js"

const { records } = await processFiles([join(import.meta.dirname, "data")])
const { quotes } = toTables(records)

if (quotes.numRows() === 0) {
  console.log(`No quotes in ${records.length} records (the quote stage found none).`)
} else {
  const named = quotes.derive({
    who: aq.escape((d: { speaker_canonical: string | null; speaker: string | null }) => d.speaker_canonical ?? d.speaker ?? "(unattributed)")
  })
  named
    .groupby("who")
    .rollup({ quotes: aq.op.count(), articles: aq.op.distinct("article_id") })
    .orderby(aq.desc("quotes"))
    .print()
  named
    .derive({ quote: aq.escape((d: { text: string }) => (d.text.length > 70 ? d.text.slice(0, 69) + "…" : d.text)) })
    .select("who", "verb", "quote", "article_id")
    .print(20)
}
