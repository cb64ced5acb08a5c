/**
 * Export benchmark: size and time of each table format on a real corpus.
 *
 *   npx tsx scripts/bench-export.ts [--articles 3000] [--runs 3] [--parquet-wasm DIR]
 *
 * Reads SaudiNewsNet from ../shared (beside the repository root) when it is
 * there, else the sample corpus in examples/data repeated. Articles go
 * through the default pipeline; when the pipeline finds no entities yet,
 * mention rows are synthesized from the paragraph words (every seventh word,
 * types in turn) so that the entity table has a realistic shape; this is
 * printed. `--parquet-wasm DIR` loads parquet-wasm from a folder outside the
 * project (e.g. a scratch install) to compare it with hyparquet-writer.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { join, resolve } from "node:path"
import { gzipSync } from "node:zlib"
import { performance } from "node:perf_hooks"
import { pathToFileURL } from "node:url"
import * as aq from "arquero"
import type { ColumnTable } from "arquero"
import { processInputs, type RawInput } from "../src/index.js"
import type { Entity, KhabarRecord } from "../src/schema/record.js"
import { toTables } from "../src/export/tables.js"
import { toCsv } from "../src/export/csv.js"
import { toArrowIPC } from "../src/export/arrow.js"
import { toParquet } from "../src/export/parquet.js"

const root = resolve(import.meta.dirname, "..")
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}
const nArticles = Number(arg("articles") ?? 3000)
const runs = Number(arg("runs") ?? 3)

const loadInputs = (): { inputs: Array<RawInput>; from: string } => {
  const snn = join(root, "..", "shared", "data", "corpora", "saudinewsnet")
  const inputs: Array<RawInput> = []
  if (existsSync(snn)) {
    for (const file of readdirSync(snn).filter((f) => f.endsWith(".json")).sort()) {
      const items = JSON.parse(readFileSync(join(snn, file), "utf8")) as Array<{ source: string; title: string; author: string; content: string }>
      for (const [i, a] of items.entries()) {
        if (inputs.length >= nArticles) break
        inputs.push({ id: `${file}#${i}`, text: `${a.title}\n\n${a.author}\n\n${a.content}`, meta: { source: a.source } })
      }
      if (inputs.length >= nArticles) break
    }
    return { inputs, from: `../shared SaudiNewsNet (${inputs.length} articles)` }
  }
  const dir = join(root, "examples", "data")
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt"))
  for (let i = 0; inputs.length < nArticles; i++) {
    const f = files[i % files.length] as string
    inputs.push({ id: `${f}#${i}`, bytes: new Uint8Array(readFileSync(join(dir, f))) })
  }
  return { inputs, from: `examples/data repeated (${inputs.length} inputs; ../shared not found)` }
}

const TYPES = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"] as const
const withSyntheticEntities = (r: KhabarRecord): KhabarRecord => {
  if (r.entities.length > 0) return r
  const entities: Array<Entity> = []
  let k = 0
  for (const p of r.paragraphs) {
    for (const m of p.text.matchAll(/[\p{L}\p{N}]+/gu)) {
      if (k++ % 7 !== 0) continue
      const start = p.start + (m.index ?? 0)
      entities.push({ text: m[0], type: TYPES[k % 4] as Entity["type"], canonical: m[0], entityId: `e${k % 50}`, role: null, confidence: 0.5, start, end: start + m[0].length })
    }
  }
  return { ...r, entities }
}

const median = (xs: Array<number>) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN
const time = (f: () => Uint8Array | string): { ms: number; bytes: number } => {
  const ms: Array<number> = []
  let bytes = 0
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    const out = f()
    ms.push(performance.now() - t0)
    bytes = typeof out === "string" ? Buffer.byteLength(out) : out.length
  }
  return { ms: median(ms), bytes }
}

interface WasmModule {
  readonly Table: { fromIPCStream(b: Uint8Array): unknown }
  readonly writeParquet: (t: unknown, props?: unknown) => Uint8Array
  readonly WriterPropertiesBuilder: new () => { setCompression(c: number): { build(): unknown } }
  readonly Compression: Record<string, number>
}

const main = async () => {
  const { inputs, from } = loadInputs()
  console.log(`corpus: ${from}`)
  const t0 = performance.now()
  const { records } = await processInputs(inputs)
  console.log(`pipeline: ${records.length} records in ${(performance.now() - t0).toFixed(0)} ms`)
  const synthetic = records.every((r) => r.entities.length === 0)
  const recs = synthetic ? records.map(withSyntheticEntities) : records
  if (synthetic) console.log("entities: synthesized from paragraph words (the pipeline found none)")
  const t1 = performance.now()
  const tables = toTables(recs)
  console.log(`toTables: ${(performance.now() - t1).toFixed(0)} ms`)

  let wasm: WasmModule | undefined
  const wasmDir = arg("parquet-wasm")
  if (wasmDir !== undefined) wasm = (await import(pathToFileURL(join(resolve(wasmDir), "node", "parquet_wasm.js")).href)) as WasmModule

  const rows: Array<Record<string, string | number>> = []
  for (const name of ["articles", "paragraphs", "entities"] as const) {
    const t: ColumnTable = tables[name]
    const add = (writer: string, r: { ms: number; bytes: number }) =>
      rows.push({ table: name, rows: t.numRows(), writer, KiB: Math.round(r.bytes / 1024), ms: Math.round(r.ms) })
    add("csv (BOM, quoted strings)", time(() => toCsv(t)))
    add("arrow ipc file", time(() => toArrowIPC(t)))
    add("parquet hyparquet-writer SNAPPY", time(() => toParquet(t)))
    add("parquet hyparquet-writer GZIP (node:zlib)", time(() => toParquet(t, { codec: "GZIP", compressors: { GZIP: (b) => gzipSync(b) } })))
    add("parquet hyparquet-writer UNCOMPRESSED", time(() => toParquet(t, { codec: "UNCOMPRESSED" })))
    if (wasm !== undefined) {
      const w = wasm
      for (const codec of ["SNAPPY", "ZSTD"]) {
        const props = () => new w.WriterPropertiesBuilder().setCompression(w.Compression[codec] as number).build()
        add(`parquet parquet-wasm ${codec} (incl. Arrow step)`, time(() => w.writeParquet(w.Table.fromIPCStream(toArrowIPC(t, { format: "stream" })), props())))
      }
    }
  }
  console.log(aq.from(rows).toMarkdown({ limit: rows.length }))
}

await main()
