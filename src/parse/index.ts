/**
 * The parse stage: decoded text to a structured document.
 *
 * @module
 */
export { decodeBytes, type Decoded } from "./decode.js"
export { detectLanguage } from "./language.js"
export { parse, parseText, parserProvides } from "./parse.js"
export { PARSE_CODES } from "./diagnostics.js"
