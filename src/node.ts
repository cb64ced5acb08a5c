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
  makeInputFilter,
  newTally,
  outcomeStream,
  pipelineOptionsOf,
  processCorpus,
  processFiles,
  runCorpus,
  tallyRecord,
  type CorpusOptions,
  type CorpusSummary,
  type InputFilter,
  type Progress,
  type RecordTally,
  type RunCorpusOptions,
  type Skipped
} from "./node/corpus.js"
export { failedReject, loadPipeline, runBatch, runItem, type BatchTask, type PipelineSpec } from "./node/batch.js"
export {
  DEFAULT_INPUT_TIMEOUT_MS,
  WORKER_OLD_GENERATION_MB,
  WORKER_YOUNG_GENERATION_MB,
  WorkerPoolError,
  defaultWorkerEntry,
  defaultWorkers,
  isOutOfMemory,
  makeBatchRunner,
  type BatchRunner,
  type BatchRunnerOptions
} from "./node/pool.js"
export { ResumeError, lineId, readDoneIds, readIdsOf, readRecords, type DoneFile } from "./node/resume.js"
export { MAX_SHARDS, ShardSyntaxError, formatShard, inShard, parseShard, shardOf, type Shard } from "./node/shard.js"
export { DEFAULT_TEXT_FIELDS, composeArticle, datePrefix, fromObject, type FieldMapping, type ObjectOrigin } from "./node/fields.js"
export { DEFAULT_GLOB, GlobSyntaxError, compileGlob, type GlobMatcher } from "./node/glob.js"
export {
  JSON_SLACK,
  describeIoError,
  formatOf,
  inputBytes,
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
  wholeLinesLength,
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
