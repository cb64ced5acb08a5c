/**
 * The export stage: records to files and tables.
 *
 * @module
 */
export { toJson, toNdjson, toNdjsonLine, type JsonOptions } from "./json.js"
