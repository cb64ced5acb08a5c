/**
 * Arrow IPC: one table to the bytes of an Arrow IPC file (`.arrow`, the
 * default) or stream, with explicit column types from the table layout, so
 * an empty table or a column of nulls still has the right type. Readable by
 * DuckDB, pyarrow/pandas, polars, R arrow and apache-arrow. Browser-safe.
 *
 * Type mapping: string → Utf8, int32 → Int32, float64 → Float64,
 * boolean → Bool; every column is nullable in the Arrow schema.
 *
 * @module
 */
import * as aq from "arquero"
import type { ColumnTable } from "arquero"
import { bool, float64, int32, utf8, type DataType } from "@uwdata/flechette"
import type { ColumnType } from "./columns.js"
import { columnTypes, columnValues, layoutOf } from "./tables.js"

export interface ArrowOptions {
  /** `"file"` (default, the `.arrow` file format) or `"stream"` (the IPC stream format). */
  readonly format?: "file" | "stream" | undefined
}

const arrowType = (t: ColumnType): DataType => {
  switch (t) {
    case "string":
      return utf8()
    case "int32":
      return int32()
    case "float64":
      return float64()
    case "boolean":
      return bool()
  }
}

/** One table as Arrow IPC bytes. */
export const toArrowIPC = (table: ColumnTable, options: ArrowOptions = {}): Uint8Array => {
  const types = columnTypes(table)
  // A khabar table holds scalars of its layout already; in other tables, cells that are
  // not scalars (arrays, objects, dates from arquero verbs) become text, as in CSV and Parquet.
  const source =
    layoutOf(table) === undefined
      ? aq.table(
        Object.fromEntries(types.map((c) => [c.name, columnValues(table, c.name, c.type)])),
        types.map((c) => c.name)
      )
      : table
  const bytes = aq.toArrowIPC(source, {
    format: options.format ?? "file",
    types: Object.fromEntries(types.map((c) => [c.name, arrowType(c.type)]))
  })
  if (bytes === null) throw new Error("khabar/export: Arrow encoding produced no bytes")
  return bytes
}
