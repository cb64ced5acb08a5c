/**
 * Joining tables in DuckDB: write the sample corpus as Parquet, then query
 * the files with SQL (articles ⨝ paragraphs, articles ⨝ entities).
 *
 *   npx tsx examples/duckdb-join.ts
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { DuckDBInstance } from "@duckdb/node-api"
import { processFiles } from "../src/node.js"
import { writeTables } from "../src/node/tables.js"

const dir = mkdtempSync(join(tmpdir(), "khabar-duckdb-"))
const { records, rejects } = await processFiles([join(import.meta.dirname, "data")])
await writeTables(records, rejects, { format: "parquet", dir })

const db = await (await DuckDBInstance.create(":memory:")).connect()
const show = async (title: string, sql: string) => {
  const reader = await db.runAndReadAll(sql.replaceAll("$DIR", dir))
  console.log(`\n-- ${title}`)
  if (reader.currentRowCount === 0) return console.log("(no rows)")
  console.table(reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v]))))
}

await show(
  "words and paragraphs per language and outlet",
  `SELECT a.language, coalesce(a.outlet, '(unknown)') AS outlet, count(DISTINCT a.article_id) AS articles,
          count(*) AS paragraphs, sum(p.word_count) AS words
   FROM '$DIR/articles.parquet' a JOIN '$DIR/paragraphs.parquet' p USING (article_id)
   GROUP BY ALL ORDER BY words DESC`
)
await show(
  "longest paragraph of each article (a window function over the join)",
  `SELECT article_id, paragraph_index, word_count, left(text, 60) AS opening
   FROM '$DIR/paragraphs.parquet'
   QUALIFY row_number() OVER (PARTITION BY article_id ORDER BY word_count DESC) = 1
   ORDER BY word_count DESC LIMIT 8`
)
await show(
  "entity mentions per outlet and type",
  `SELECT coalesce(a.outlet, '(unknown)') AS outlet, e.type, count(*) AS mentions
   FROM '$DIR/entities.parquet' e JOIN '$DIR/articles.parquet' a USING (article_id)
   GROUP BY ALL ORDER BY mentions DESC`
)
await show("rejected inputs", `SELECT id, reason, code FROM '$DIR/rejects.parquet'`)
db.closeSync()
rmSync(dir, { recursive: true, force: true })
