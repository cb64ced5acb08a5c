/**
 * Table files for Node: one CSV, Arrow IPC or Parquet file per table in a
 * folder, each written atomically (to a temporary name in the same folder,
 * then renamed), so a crash never leaves a file that looks whole.
 *
 * ```ts
 * await writeTables(records, rejects, { format: "parquet", dir: "out/tables" })
 * // out/tables/articles.parquet, out/tables/entities.parquet, …
 * ```
 *
 * @module
 */
import { mkdir, open, rename, rm } from "node:fs/promises"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import type { KhabarRecord, Reject } from "../schema/record.js"
import { TABLE_NAMES, type TableName } from "../export/columns.js"
import { toTable } from "../export/tables.js"
import { toCsvBytes, type CsvOptions } from "../export/csv.js"
import { toArrowIPC } from "../export/arrow.js"
import { toParquet } from "../export/parquet.js"
import { temporaryPathFor } from "./writers.js"

export type TableFormat = "csv" | "arrow" | "parquet"

/** File name extension per format. */
export const TABLE_EXTENSIONS: Readonly<Record<TableFormat, string>> = { csv: ".csv", arrow: ".arrow", parquet: ".parquet" }

export interface WriteTablesOptions {
  readonly format: TableFormat
  /** Folder for the files (created when missing). */
  readonly dir: string
  /** Tables to write (default: all of {@link TABLE_NAMES}). */
  readonly tables?: ReadonlyArray<TableName> | undefined
  /** CSV options (BOM, formula escaping, …). */
  readonly csv?: CsvOptions | undefined
  /** Parquet compression: `"snappy"` (default), `"gzip"` (smaller, slower) or `"none"`. */
  readonly parquetCompression?: "snappy" | "gzip" | "none" | undefined
}

export interface WrittenTable {
  readonly table: TableName
  readonly path: string
  readonly rows: number
  readonly bytes: number
}

/**
 * Writes `bytes` to `path` through a temporary file in the same folder
 * (flushed to disk), then renames it over `path`. On failure the temporary
 * file is removed and `path` is untouched.
 */
export const writeFileAtomic = async (path: string, bytes: Uint8Array): Promise<void> => {
  const tmp = temporaryPathFor(path)
  try {
    const handle = await open(tmp, "wx")
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(tmp, path)
  } catch (e) {
    await rm(tmp, { force: true })
    throw e
  }
}

const encode = (format: TableFormat, name: TableName, records: ReadonlyArray<KhabarRecord>, rejects: ReadonlyArray<Reject>, options: WriteTablesOptions) => {
  const table = toTable(name, records, rejects)
  switch (format) {
    case "csv":
      return { rows: table.numRows(), bytes: toCsvBytes(table, options.csv) }
    case "arrow":
      return { rows: table.numRows(), bytes: toArrowIPC(table, { format: "file" }) }
    case "parquet": {
      const c = options.parquetCompression ?? "snappy"
      const bytes =
        c === "gzip"
          ? toParquet(table, { codec: "GZIP", compressors: { GZIP: (b) => gzipSync(b) }, metadata: { "khabar.table": name } })
          : toParquet(table, { codec: c === "none" ? "UNCOMPRESSED" : "SNAPPY", metadata: { "khabar.table": name } })
      return { rows: table.numRows(), bytes }
    }
  }
}

/**
 * Writes one file per table (`<dir>/<table>.<csv|arrow|parquet>`), each
 * atomically. Empty tables are written too (header or schema only), so a
 * reader always finds every table it asked for.
 */
export const writeTables = async (
  records: Iterable<KhabarRecord>,
  rejects: Iterable<Reject>,
  options: WriteTablesOptions
): Promise<ReadonlyArray<WrittenTable>> => {
  const format = options.format
  if (!(format in TABLE_EXTENSIONS)) throw new Error(`unknown table format "${String(format)}"; use csv, arrow or parquet`)
  const rs = [...records]
  const js = [...rejects]
  const names = options.tables ?? TABLE_NAMES
  await mkdir(options.dir, { recursive: true })
  const out: Array<WrittenTable> = []
  for (const name of names) {
    const { rows, bytes } = encode(format, name, rs, js, options)
    const path = join(options.dir, `${name}${TABLE_EXTENSIONS[format]}`)
    await writeFileAtomic(path, bytes)
    out.push({ table: name, path, rows, bytes: bytes.length })
  }
  return out
}
