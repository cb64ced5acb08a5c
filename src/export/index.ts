/**
 * The export stage: records to files and tables.
 *
 * @module
 */
export { toJson, toNdjson, toNdjsonLine, type JsonOptions } from "./json.js"
export {
  LIST_SEPARATOR,
  TABLE_NAMES,
  countWords,
  parseTableNames,
  schemaField,
  schemaLeafPaths,
  tableSpec,
  tableSpecs,
  tablesMarkdown,
  type CellValue,
  type ColumnSpec,
  type ColumnType,
  type TableName,
  type TableSpec
} from "./columns.js"
export { columnTypes, columnValues, layoutOf, toTable, toTables, type Tables, type TablesOptions } from "./tables.js"
export { toCsv, toCsvBytes, type CsvOptions } from "./csv.js"
export { toArrowIPC, type ArrowOptions } from "./arrow.js"
export { toParquet, type ParquetCompressor, type ParquetOptions } from "./parquet.js"
