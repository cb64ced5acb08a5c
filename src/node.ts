/**
 * khabar for Node (`khabar/node`): files, folders, JSON / NDJSON corpora and
 * stdin as inputs, streaming writers, and corpus runs. Re-exports the whole
 * browser-safe core, so one import serves a Node program.
 *
 * - Promise: {@link processCorpus}, {@link processFiles}, {@link readInputs}.
 * - Effect: {@link inputStream}, {@link outcomeStream}, {@link runCorpus}, writers from {@link openWriter} / {@link scopedWriter}.
 *
 * @module
 */
export * from "./index.js"
export {
  ConservationError,
  newTally,
  outcomeStream,
  processCorpus,
  processFiles,
  runCorpus,
  tallyRecord,
  type CorpusOptions,
  type CorpusSummary,
  type Progress,
  type RecordTally,
  type RunCorpusOptions
} from "./node/corpus.js"
export { DEFAULT_TEXT_FIELDS, composeArticle, datePrefix, fromObject, type FieldMapping, type ObjectOrigin } from "./node/fields.js"
export { DEFAULT_GLOB, GlobSyntaxError, compileGlob, type GlobMatcher } from "./node/glob.js"
export {
  JSON_SLACK,
  describeIoError,
  formatOf,
  inputStream,
  newReadStats,
  readInputs,
  stripExtension,
  type InputFormat,
  type InputOptions,
  type ReadStats
} from "./node/inputs.js"
export {
  JsonArrayScanner,
  MAX_DEPTH,
  jsonArrayValues,
  ndjsonValues,
  type BytePlace,
  type JsonItem,
  type ScanEvent
} from "./node/json-stream.js"
export {
  WriteError,
  atomicFolder,
  fileTarget,
  formatForPath,
  jsonWriter,
  ndjsonWriter,
  openWriter,
  scopedWriter,
  stdoutTarget,
  targetName,
  temporaryPathFor,
  writerFormats,
  type OutputFormat,
  type OutputTarget,
  type WriteSummary,
  type Writer,
  type WriterFactory,
  type WriterOptions
} from "./node/writers.js"
export { TABLE_EXTENSIONS, writeFileAtomic, writeTables, type TableFormat, type WriteTablesOptions, type WrittenTable } from "./node/tables.js"
export { readOutputText } from "./report/read.js"
export { renderReport, type ReportOptions } from "./report/html.js"
export { summarize, type ReportSummary } from "./report/summary.js"
