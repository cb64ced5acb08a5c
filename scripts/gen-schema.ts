/**
 * Writes docs/schema/record.schema.json and reject.schema.json from the record
 * Schema. `--check` compares instead of writing and exits 1 when a file is stale.
 *
 *   npm run schema            # regenerate
 *   npm run schema -- --check # CI
 */
import { readFileSync, writeFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { recordJsonSchema, rejectJsonSchema } from "../src/schema/json-schema.js"

const root = fileURLToPath(new URL("..", import.meta.url))
const check = process.argv.includes("--check")
let stale = 0
for (const [name, doc] of [
  ["record", recordJsonSchema()],
  ["reject", rejectJsonSchema()]
] as const) {
  const path = `${root}docs/schema/${name}.schema.json`
  const text = JSON.stringify(doc, null, 2) + "\n"
  if (check) {
    let old = ""
    try {
      old = readFileSync(path, "utf8")
    } catch {
      // missing counts as stale
    }
    if (old !== text) {
      console.error(`schema: ${path} is stale; run npm run schema`)
      stale++
    }
  } else {
    writeFileSync(path, text)
    console.log(`schema: wrote ${path}`)
  }
}
if (stale > 0) process.exit(1)
if (check) console.log("schema: docs/schema is up to date")
