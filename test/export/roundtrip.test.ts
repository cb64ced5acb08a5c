/**
 * Every table format, read back by readers that share no code with the
 * writers: DuckDB (read_parquet, read_csv), apache-arrow (tableFromIPC),
 * hyparquet (with hyparquet-compressors) and csv-parse. Checks row counts,
 * column types and every value, Arabic text byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import * as aq from "arquero"
import type { ColumnTable } from "arquero"
import { tableFromIPC } from "apache-arrow"
import { DuckDBInstance, type DuckDBConnection } from "@duckdb/node-api"
import { parquetMetadata, parquetReadObjects } from "hyparquet"
import { compressors } from "hyparquet-compressors"
import { parse as parseCsv } from "csv-parse/sync"
import { TABLE_NAMES, tableSpec, type ColumnType, type TableName } from "../../src/export/columns.js"
import { toTables } from "../../src/export/tables.js"
import { toCsv } from "../../src/export/csv.js"
import { toArrowIPC } from "../../src/export/arrow.js"
import { toParquet } from "../../src/export/parquet.js"
import { writeTables } from "../../src/node/tables.js"
import { records, rejects } from "./fixtures.js"

type Row = Record<string, unknown>

const tables = toTables(records(), rejects())
const expected = (name: TableName): Array<Row> => tables[name].objects() as Array<Row>
const utf8 = (s: unknown) => Buffer.from(String(s), "utf8").toString("hex")

/** Same values, and every string the same UTF-8 bytes. */
const expectSameRows = (got: Array<Row>, want: Array<Row>, where: string) => {
  expect(got.length, `${where}: rows`).toBe(want.length)
  want.forEach((w, i) => {
    const g = got[i] as Row
    for (const [k, v] of Object.entries(w)) {
      expect(g[k], `${where} row ${i} column ${k}`).toStrictEqual(v)
      if (typeof v === "string") expect(utf8(g[k]), `${where} row ${i} column ${k} bytes`).toBe(utf8(v))
    }
  })
}

const DUCK: Record<ColumnType, string> = { string: "VARCHAR", int32: "INTEGER", float64: "DOUBLE", boolean: "BOOLEAN" }

let dir = ""
let duck: DuckDBInstance
let db: DuckDBConnection
const query = async (sql: string): Promise<{ rows: Array<Row>; types: Record<string, string> }> => {
  const reader = await db.runAndReadAll(sql)
  const names = reader.columnNames()
  const types = Object.fromEntries(reader.columnTypes().map((t, i) => [names[i], t.toString()]))
  const rows = reader.getRowObjectsJS().map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "bigint" ? Number(v) : v])))
  return { rows, types }
}
const sqlPath = (p: string) => `'${p.replace(/'/g, "''")}'`

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "khabar-roundtrip-"))
  for (const format of ["csv", "arrow", "parquet"] as const) await writeTables(records(), rejects(), { format, dir: join(dir, format) })
  await writeTables(records(), rejects(), { format: "parquet", dir: join(dir, "parquet-gzip"), parquetCompression: "gzip" })
  duck = await DuckDBInstance.create(":memory:")
  db = await duck.connect()
})

afterAll(() => {
  db?.closeSync()
  duck?.closeSync()
  if (dir !== "") rmSync(dir, { recursive: true, force: true })
})

describe("writeTables", () => {
  it("writes one file per table and no temporary files", () => {
    for (const [format, ext] of [["csv", ".csv"], ["arrow", ".arrow"], ["parquet", ".parquet"]] as const)
      expect(readdirSync(join(dir, format)).sort()).toEqual(TABLE_NAMES.map((t) => `${t}${ext}`).sort())
  })

  it("writes only the tables asked for", async () => {
    const out = await writeTables(records(), [], { format: "csv", dir: join(dir, "some"), tables: ["entities", "quotes"] })
    expect(out.map((o) => [o.table, o.rows])).toEqual([
      ["entities", tables.entities.numRows()],
      ["quotes", tables.quotes.numRows()]
    ])
    expect(readdirSync(join(dir, "some")).sort()).toEqual(["entities.csv", "quotes.csv"])
  })

  it("replaces an existing file whole", async () => {
    const target = join(dir, "replace")
    await writeTables(records(), [], { format: "csv", dir: target, tables: ["articles"] })
    writeFileSync(join(target, "articles.csv"), "stale")
    await writeTables(records().slice(0, 2), [], { format: "csv", dir: target, tables: ["articles"] })
    const rows = parseCsv(readFileSync(join(target, "articles.csv")), { bom: true, columns: true }) as Array<Row>
    expect(rows.map((r) => r.article_id)).toEqual(["ar-riyadh-health", "ar-damascus-wheat"])
    expect(readdirSync(target)).toEqual(["articles.csv"])
  })
})

describe.each(TABLE_NAMES)("table %s", (name) => {
  const spec = tableSpec(name)
  const want = expected(name)

  it("Parquet through DuckDB read_parquet: types and values", async () => {
    for (const sub of ["parquet", "parquet-gzip"]) {
      const { rows, types } = await query(`SELECT * FROM read_parquet(${sqlPath(join(dir, sub, `${name}.parquet`))})`)
      for (const c of spec.columns) expect(types[c.name], `${c.name}`).toBe(DUCK[c.type])
      expectSameRows(rows, want, `duckdb ${sub} ${name}`)
    }
  })

  it("Parquet through hyparquet: schema and values", async () => {
    const bytes = readFileSync(join(dir, "parquet", `${name}.parquet`))
    const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
    const meta = parquetMetadata(file)
    expect(Number(meta.num_rows)).toBe(want.length)
    const physical: Record<ColumnType, string> = { string: "BYTE_ARRAY", int32: "INT32", float64: "DOUBLE", boolean: "BOOLEAN" }
    for (const c of spec.columns) {
      const el = meta.schema.find((s) => s.name === c.name)
      expect(el?.type, c.name).toBe(physical[c.type])
      expect(el?.repetition_type, c.name).toBe(c.nullable ? "OPTIONAL" : "REQUIRED")
    }
    for (const chunk of meta.row_groups.flatMap((g) => g.columns)) expect(chunk.meta_data?.codec).toBe("SNAPPY")
    const rows = (await parquetReadObjects({ file, compressors })) as Array<Row>
    expectSameRows(rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v ?? null]))), want, `hyparquet ${name}`)
  })

  it("Arrow IPC file through apache-arrow: types and values", () => {
    const t = tableFromIPC(readFileSync(join(dir, "arrow", `${name}.arrow`)))
    expect(t.numRows).toBe(want.length)
    const arrowType: Record<ColumnType, string> = { string: "Utf8", int32: "Int32", float64: "Float64", boolean: "Bool" }
    expect(t.schema.fields.map((f) => f.name)).toEqual(spec.columns.map((c) => c.name))
    for (const c of spec.columns) expect(String(t.schema.fields.find((f) => f.name === c.name)?.type), c.name).toBe(arrowType[c.type])
    const rows = t.toArray().map((r) => ({ ...(r as { toJSON(): Row }).toJSON() }))
    expectSameRows(rows, want, `arrow ${name}`)
  })

  it("CSV through csv-parse: header, BOM, nulls, booleans, numbers, text", () => {
    const bytes = readFileSync(join(dir, "csv", `${name}.csv`))
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(bytes, {
      bom: true,
      columns: true,
      cast: (value, ctx) => {
        if (ctx.header) return value
        const c = spec.columns[ctx.index]
        if (!ctx.quoting && value === "") return null
        if (c?.type === "int32" || c?.type === "float64") return Number(value)
        if (c?.type === "boolean") return value === "true" ? true : value === "false" ? false : `bad boolean ${value}`
        return value
      }
    }) as Array<Row>
    // Text that a spreadsheet would run as a formula carries a leading apostrophe.
    const escaped = want.map((r) =>
      Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === "string" && /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(v) ? `'${v}` : v]))
    )
    expectSameRows(rows, escaped, `csv ${name}`)
  })

  it("CSV through DuckDB read_csv: detected types and exact text", async () => {
    const path = sqlPath(join(dir, "csv", `${name}.csv`))
    const { rows, types } = await query(`SELECT * FROM read_csv(${path}, header = true, allow_quoted_nulls = false)`)
    expect(rows.length).toBe(want.length)
    if (want.length === 0) return
    for (const c of spec.columns) {
      const column = want.map((r) => r[c.name])
      if (column.every((v) => v === null)) continue // nothing to detect a type from
      if (c.type === "boolean") expect(types[c.name], c.name).toBe("BOOLEAN")
      if (c.type === "float64" || c.type === "int32") expect(types[c.name], c.name).toMatch(/^(BIGINT|INTEGER|DOUBLE|SMALLINT|TINYINT)$/)
    }
    const text = await query(`SELECT * FROM read_csv(${path}, header = true, all_varchar = true, allow_quoted_nulls = false)`)
    want.forEach((w, i) => {
      for (const c of spec.columns) {
        const v = w[c.name]
        if (c.type !== "string") continue
        const got = text.rows[i]?.[c.name]
        const exp = typeof v === "string" && /^[=+\-@\t\r]/.test(v) ? `'${v}` : v
        expect(got === null ? null : utf8(got), `${name} row ${i} ${c.name}`).toBe(exp === null ? null : utf8(exp))
      }
    })
  })
})

describe("formats of derived tables (types inferred from values)", () => {
  const derived = (): ColumnTable =>
    aq.table({
      label: ["مرحبا، «عالم»", "", null, "=1+1", 'he said "hi"\nthen left'],
      n: [1, 2, null, -3, 2147483647],
      x: [0.5, -1.25, 3, null, 1e-7],
      ok: [true, false, null, true, false],
      list: [["أ", "ب"], [], null, ["x"], ["y", "z"]]
    })

  it("CSV: empty string vs null, booleans, negative numbers, lists as JSON", () => {
    const csv = toCsv(derived(), { bom: false, escapeFormulas: false })
    expect(csv.split("\n")[0]).toBe("label,n,x,ok,list")
    expect(csv).toContain('"",2,-1.25,false,"[]"\n')
    expect(csv).toContain("\n,,3,,\n") // nulls: bare empty fields
    expect(csv).toContain('"=1+1",-3,,true,"[""x""]"\n')
    const rows = parseCsv(csv, { columns: true, cast: (v, ctx) => (!ctx.header && !ctx.quoting && v === "" ? null : v) }) as Array<Row>
    expect(rows.map((r) => r.label)).toEqual(["مرحبا، «عالم»", "", null, "=1+1", 'he said "hi"\nthen left'])
    expect(toCsv(derived()).startsWith("\uFEFF")).toBe(true)
    expect(toCsv(derived())).toContain(`"'=1+1",-3,`)
    expect(toCsv(derived(), { recordDelimiter: "\r\n", delimiter: ";" }).split("\r\n")[0]).toBe("\uFEFFlabel;n;x;ok;list")
  })

  it("Arrow and Parquet infer int32, float64, boolean and string, and keep nulls", async () => {
    const t = tableFromIPC(toArrowIPC(derived()))
    expect(t.schema.fields.map((f) => `${f.name}:${String(f.type)}`)).toEqual(["label:Utf8", "n:Int32", "x:Float64", "ok:Bool", "list:Utf8"])
    expect(t.toArray().map((r) => (r as { toJSON(): Row }).toJSON().label)).toEqual(["مرحبا، «عالم»", "", null, "=1+1", 'he said "hi"\nthen left'])
    const stream = tableFromIPC(toArrowIPC(derived(), { format: "stream" }))
    expect(stream.numRows).toBe(5)
    const p = join(dir, "derived.parquet")
    writeFileSync(p, toParquet(derived(), { codec: "UNCOMPRESSED" }))
    const { rows, types } = await query(`SELECT * FROM read_parquet(${sqlPath(p)})`)
    expect(types).toEqual({ label: "VARCHAR", n: "INTEGER", x: "DOUBLE", ok: "BOOLEAN", list: "VARCHAR" })
    expect(rows[1]).toEqual({ label: "", n: 2, x: -1.25, ok: false, list: "[]" })
    expect(rows[2]).toEqual({ label: null, n: null, x: 3, ok: null, list: null })
  })

  it("refuses a codec without a compressor", () => {
    expect(() => toParquet(derived(), { codec: "ZSTD" })).toThrow(/needs a compressor/)
  })

  it("a filtered khabar table exports only its rows", async () => {
    const people = tables.entities.filter((d: { type: string }) => d.type === "PERSON")
    const p = join(dir, "people.parquet")
    writeFileSync(p, toParquet(people))
    const { rows } = await query(`SELECT text FROM read_parquet(${sqlPath(p)})`)
    expect(rows.map((r) => r.text)).toEqual(people.array("text") as Array<string>)
    expect(rows.length).toBeGreaterThan(5)
  })
})
