/**
 * khabar: raw news text to validated, analysis-ready records.
 *
 * This entry is browser-safe: it imports nothing from `node:*`. File inputs,
 * encodings on disk, writers and corpus runs live in `khabar/node`.
 *
 * - Promise facade: {@link processText}, {@link processInputs}.
 * - Effect API: {@link run}, {@link runOutcome}, {@link runOutcomes}, {@link runMany}, {@link runStream},
 *   pipelines from {@link compose} / {@link defaultPipeline}, stages from {@link makeStage}.
 *
 * @module
 */
import { Effect } from "effect"
import type { RawInput } from "./model/document.js"
import { defaultPipeline, type PipelineOptions } from "./pipeline/presets.js"
import type { Pipeline } from "./pipeline/compose.js"
import { run, runMany, type RunOptions } from "./pipeline/run.js"
import type { KhabarRecord, Reject } from "./schema/record.js"

export * from "./schema/record.js"
export { InputError, NotArticle, RecordInvalid, StageFailed, codes, isKhabarError, toReject, type KhabarError, type Place } from "./errors.js"
export type { BylineField, DecodedInput, InputHints, KhabarDocument, RawInput, TitleField, Views } from "./model/document.js"
export { addDiagnostics } from "./model/document.js"
export type { TextView } from "./model/view.js"
export { makeStage, type Capability, type Stage } from "./pipeline/stage.js"
export { PipelineDefinitionError, addStage, compose, dropStage, replaceStage, type Parser, type Pipeline } from "./pipeline/compose.js"
export { DEFAULT_MAX_BYTES, decodeInput, run, runDocument, runMany, runOutcome, runOutcomes, runStream, type Outcome, type RunOptions } from "./pipeline/run.js"
export { defaultPipeline, type PipelineOptions } from "./pipeline/presets.js"
export { decodeBytes, detectLanguage, parse, parseText, parserProvides, type Decoded } from "./parse/index.js"
export { toRecord, validate } from "./validate/index.js"
export * from "./export/index.js"
export * from "./normalize/index.js"
export * from "./extract/entities/index.js"
export * from "./extract/dates/index.js"
export * from "./extract/numbers/index.js"
export * from "./extract/quotes/index.js"
export * from "./extract/keywords/index.js"
export * from "./dedupe/index.js"
export { fnv1a64 } from "./internal/hash.js"

export interface ProcessOptions extends RunOptions, PipelineOptions {
  /** Id of the record (default `"text"`). */
  readonly id?: string | undefined
  /** A pipeline to use instead of the default one. */
  readonly pipeline?: Pipeline | undefined
  /** Input metadata kept on the record. */
  readonly meta?: RawInput["meta"]
  /** `YYYY-MM-DD` the article was published, if known from outside the text. */
  readonly published?: string | null | undefined
  /** Reference date (`YYYY-MM-DD`) for relative dates. */
  readonly reference?: string | null | undefined
  readonly signal?: AbortSignal | undefined
}

/**
 * Processes one article's text (or bytes) into a validated record.
 * Rejects with a typed error ({@link InputError}, {@link NotArticle}, …) when
 * the input cannot become a record.
 */
export async function processText(text: string | Uint8Array, options: ProcessOptions = {}): Promise<KhabarRecord> {
  const pipeline = options.pipeline ?? defaultPipeline(options)
  const raw: RawInput = {
    id: options.id ?? "text",
    ...(typeof text === "string" ? { text } : { bytes: text }),
    meta: options.meta,
    published: options.published,
    reference: options.reference
  }
  return Effect.runPromise(run(pipeline, raw, options), { signal: options.signal })
}

/**
 * Processes many inputs; never rejects for a bad input: each input ends as a
 * record or a reject entry, in input order.
 */
export async function processInputs(
  inputs: Iterable<RawInput>,
  options: Omit<ProcessOptions, "id" | "meta" | "published"> = {}
): Promise<{ readonly records: Array<KhabarRecord>; readonly rejects: Array<Reject> }> {
  const pipeline = options.pipeline ?? defaultPipeline(options)
  return Effect.runPromise(runMany(pipeline, inputs, options), { signal: options.signal })
}
