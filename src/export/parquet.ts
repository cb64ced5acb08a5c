/**
 * Parquet: one table to the bytes of a Parquet file, written by
 * `hyparquet-writer` (pure JavaScript, browser-safe), Snappy-compressed by
 * default. Readable by DuckDB, pyarrow/pandas, polars, R arrow, Spark and
 * hyparquet.
 *
 * Type mapping: string → BYTE_ARRAY (UTF8), int32 → INT32, float64 → DOUBLE,
 * boolean → BOOLEAN. Columns that the layout declares non-nullable are
 * REQUIRED, the others OPTIONAL.
 *
 * @module
 */
import { parquetWriteBuffer } from "hyparquet-writer"
import type { ColumnTable } from "arquero"
import type { ColumnType } from "./columns.js"
import { columnTypes, columnValues } from "./tables.js"

/** A page compressor: raw page bytes in, compressed bytes out. */
export type ParquetCompressor = (input: Uint8Array) => Uint8Array

export interface ParquetOptions {
  /**
   * Compression codec (default `"SNAPPY"`, built in). Other codecs need a
   * compressor in `compressors` (the Node writer adds `GZIP` from `node:zlib`).
   */
  readonly codec?: "SNAPPY" | "UNCOMPRESSED" | "GZIP" | "BROTLI" | "ZSTD" | "LZ4_RAW" | undefined
  /** Compressors by codec name, for codecs other than SNAPPY. */
  readonly compressors?: Readonly<Record<string, ParquetCompressor>> | undefined
  /** Rows per row group (default 100 000). */
  readonly rowGroupSize?: number | undefined
  /** Extra key-value metadata stored in the file footer. */
  readonly metadata?: Readonly<Record<string, string>> | undefined
}

const parquetType = (t: ColumnType): "STRING" | "INT32" | "DOUBLE" | "BOOLEAN" => {
  switch (t) {
    case "string":
      return "STRING"
    case "int32":
      return "INT32"
    case "float64":
      return "DOUBLE"
    case "boolean":
      return "BOOLEAN"
  }
}

/** One table as Parquet file bytes. */
export const toParquet = (table: ColumnTable, options: ParquetOptions = {}): Uint8Array => {
  const types = columnTypes(table)
  const codec = options.codec ?? "SNAPPY"
  if (codec !== "SNAPPY" && codec !== "UNCOMPRESSED" && options.compressors?.[codec] === undefined)
    throw new Error(`khabar/export: Parquet codec ${codec} needs a compressor (options.compressors.${codec})`)
  const buffer = parquetWriteBuffer({
    columnData: types.map((c) => ({
      name: c.name,
      data: columnValues(table, c.name, c.type),
      type: parquetType(c.type),
      nullable: c.nullable
    })),
    codec,
    ...(options.compressors === undefined ? {} : { compressors: { ...options.compressors } }),
    rowGroupSize: options.rowGroupSize ?? 100_000,
    createdBy: "khabar (hyparquet-writer)",
    ...(options.metadata === undefined ? {} : { kvMetadata: Object.entries(options.metadata).map(([key, value]) => ({ key, value })) })
  })
  return new Uint8Array(buffer)
}
