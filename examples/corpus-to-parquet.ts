/**
 * A corpus to Parquet: every sample article, one Parquet file per table.
 *
 *   npx tsx examples/corpus-to-parquet.ts [OUT_DIR]   (default out/tables)
 */
import { join } from "node:path"
import { processFiles } from "../src/node.js"
import { writeTables } from "../src/node/tables.js"

const dir = process.argv[2] ?? "out/tables"
const { records, rejects } = await processFiles([join(import.meta.dirname, "data")])
const written = await writeTables(records, rejects, { format: "parquet", dir })

console.log(`${records.length} records, ${rejects.length} rejects → ${dir}`)
for (const w of written) console.log(`  ${w.table.padEnd(12)} ${String(w.rows).padStart(5)} rows  ${String(w.bytes).padStart(7)} bytes  ${w.path}`)
console.log(`\nQuery them with DuckDB:\n  duckdb -c "SELECT outlet, count(*) FROM '${dir}/articles.parquet' GROUP BY outlet"`)
