/**
 * Top people and places per outlet, with arquero: entities joined to
 * articles on article_id.
 *
 *   npx tsx examples/top-entities-per-outlet.ts
 */
import { join } from "node:path"
import * as aq from "arquero"
import { processFiles } from "../src/node.js"
import { toTables } from "../src/index.js"

const { records } = await processFiles([join(import.meta.dirname, "data")])
const { articles, entities } = toTables(records)

console.log("Articles per outlet:")
articles
  .derive({ outlet: aq.escape((d: { outlet: string | null }) => d.outlet ?? "(unknown)") })
  .groupby("outlet")
  .count({ as: "articles" })
  .orderby(aq.desc("articles"))
  .print()

const top = entities
  .filter((d: { type: string }) => d.type === "PERSON" || d.type === "LOCATION")
  .join_left(articles.select("article_id", "outlet"), "article_id")
  .groupby("outlet", "type", "canonical")
  .rollup({ mentions: aq.op.count(), articles: aq.op.distinct("article_id") })
  .groupby("outlet", "type")
  .orderby(aq.desc("mentions"))
  .filter(() => aq.op.row_number() <= 3)
  .ungroup()
  .orderby("outlet", "type", aq.desc("mentions"))

if (top.numRows() === 0) console.log(`No PERSON or LOCATION mentions in ${records.length} records (the entity stage found none).`)
else top.print(60)
