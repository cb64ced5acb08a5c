/**
 * CSV: one table to one CSV text that opens right in Excel, LibreOffice,
 * DuckDB, pandas, polars and R. Browser-safe.
 *
 * Conventions (also in docs/export.md):
 * - a header row with the column names;
 * - UTF-8 with a byte order mark by default (Excel needs it to show Arabic),
 *   `bom: false` to leave it out;
 * - every string value is in double quotes (`""` inside), so an empty string
 *   is `""` while a null is an empty unquoted field;
 * - numbers as JavaScript writes them (`3`, `0.25`, `-4.5`), unquoted;
 * - booleans as `true` / `false`, unquoted;
 * - text that a spreadsheet would run as a formula (starting with `=`, `+`,
 *   `-`, `@`, tab or carriage return, or their full-width forms) gets a
 *   leading `'` (`escapeFormulas: false` to keep it as is); numbers are never
 *   changed;
 * - list fields of the record are joined with {@link LIST_SEPARATOR} by the
 *   table layout, so every cell is a scalar.
 *
 * @module
 */
import { stringify } from "csv-stringify/sync"
import type { ColumnTable } from "arquero"
import { type CellValue } from "./columns.js"
import { columnTypes, columnValues } from "./tables.js"

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark (default `true`). */
  readonly bom?: boolean | undefined
  /** Prefix text that looks like a spreadsheet formula with `'` (default `true`). */
  readonly escapeFormulas?: boolean | undefined
  /** Field delimiter (default `,`). */
  readonly delimiter?: string | undefined
  /** Line ending (default `"\n"`). */
  readonly recordDelimiter?: "\n" | "\r\n" | undefined
  /** Write the header row (default `true`). */
  readonly header?: boolean | undefined
}

/** One table as CSV text (with the BOM as its first character unless `bom: false`). */
export const toCsv = (table: ColumnTable, options: CsvOptions = {}): string => {
  const types = columnTypes(table)
  const columns = types.map((c) => columnValues(table, c.name, c.type))
  const n = table.numRows()
  const rows: Array<Array<CellValue>> = new Array(n)
  for (let r = 0; r < n; r++) {
    const row: Array<CellValue> = new Array(columns.length)
    for (let c = 0; c < columns.length; c++) row[c] = (columns[c] as Array<CellValue>)[r] ?? null
    rows[r] = row
  }
  const delimiter = options.delimiter ?? ","
  const recordDelimiter = options.recordDelimiter ?? "\n"
  // khabar's column names are snake_case ASCII and need no quotes; other names are quoted when they must be.
  const headerCell = (name: string) =>
    name.includes(delimiter) || /["\r\n]/.test(name) || name === "" ? `"${name.replace(/"/g, '""')}"` : name
  const header = options.header === false ? "" : types.map((c) => headerCell(c.name)).join(delimiter) + recordDelimiter
  const body =
    rows.length === 0
      ? ""
      : stringify(rows, {
          header: false,
          delimiter,
          record_delimiter: recordDelimiter,
          quoted_string: true,
          escape_formulas: options.escapeFormulas ?? true,
          cast: {
            boolean: (v) => (v ? "true" : "false"),
            number: (v) => String(v)
          }
        })
  return (options.bom === false ? "" : "\uFEFF") + header + body
}

/** {@link toCsv} as UTF-8 bytes. */
export const toCsvBytes = (table: ColumnTable, options: CsvOptions = {}): Uint8Array => new TextEncoder().encode(toCsv(table, options))
