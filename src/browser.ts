/**
 * khabar in the browser: the entry of `dist/browser/khabar.js` (one ES module
 * URL, code-split chunks beside it). Everything of the core entry (`khabar`),
 * with the two entity models as chunks of their own, fetched the first time a
 * document in their language reaches the entity stage.
 *
 * What differs from the core entry:
 * - {@link defaultPipeline}, {@link processText} and {@link processInputs}
 *   load the model a document needs before its entity stage runs (a pipeline
 *   passed as `pipeline` gets the same wrapper, {@link withLazyModels});
 * - the Effect API ({@link run}, {@link runMany}, {@link runStream}) runs
 *   whatever pipeline it is given: build it with {@link defaultPipeline} from
 *   this entry, or wrap it with {@link withLazyModels}, or call
 *   {@link preloadModels} first;
 * - {@link loadTagger}, {@link preloadModels} and {@link modelLoaded} are
 *   exported here.
 *
 * Records are the same as in Node: the wrapped stage keeps the entity
 * stage's name and declarations and runs it unchanged once the model is in.
 *
 * @module
 */
import { Effect } from "effect"
import { StageFailed, isKhabarError } from "./errors.js"
import { entityLanguage } from "./extract/entities/stage.js"
import { loadTagger } from "./extract/entities/models.js"
import { processInputs as processInputsCore, processText as processTextCore, type ProcessOptions } from "./index.js"
import type { RawInput } from "./model/document.js"
import { compose, type Pipeline } from "./pipeline/compose.js"
import { defaultPipeline as defaultPipelineCore, type PipelineOptions } from "./pipeline/presets.js"
import type { Stage } from "./pipeline/stage.js"
import type { KhabarRecord, Reject } from "./schema/record.js"

export * from "./index.js"
export { ModelNotLoadedError, loadTagger, modelLoaded, preloadModels } from "./extract/entities/models.js"

/** The name of the stage that needs a model. */
const ENTITY_STAGE = "extract.entities"

const withModel = <R>(stage: Stage<R>): Stage<R> => ({
  name: stage.name,
  requires: stage.requires,
  provides: stage.provides,
  run: (doc) => {
    const lang = entityLanguage(doc.language)
    if (lang === null) return stage.run(doc)
    return Effect.tryPromise({
      try: () => loadTagger(lang),
      catch: (cause) =>
        isKhabarError(cause)
          ? cause
          : new StageFailed({
              input: doc.id,
              stage: stage.name,
              detail: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause),
              place: null
            })
    }).pipe(Effect.flatMap(() => stage.run(doc)))
  }
})

/**
 * The pipeline with its entity stage (`extract.entities`) fetching the model
 * of each document's language before it runs (once per language; later
 * documents find it in memory). A pipeline without that stage is returned as
 * it is.
 */
export const withLazyModels = <R>(pipeline: Pipeline<R>): Pipeline<R> => {
  if (!pipeline.stages.some((s) => s.name === ENTITY_STAGE)) return pipeline
  return compose(
    pipeline.parse,
    pipeline.parserProvides,
    pipeline.stages.map((s) => (s.name === ENTITY_STAGE ? withModel(s) : s))
  )
}

/** The default pipeline (parse → normalize → extract → validate), loading the entity models on demand. */
export const defaultPipeline = (options: PipelineOptions = {}): Pipeline => withLazyModels(defaultPipelineCore(options))

/**
 * Processes one article's text (or bytes) into a validated record, fetching
 * the Arabic or English entity model first if the article needs it and it is
 * not loaded yet. Rejects with a typed error as in the core entry.
 */
export const processText = (text: string | Uint8Array, options: ProcessOptions = {}): Promise<KhabarRecord> =>
  processTextCore(text, { ...options, pipeline: options.pipeline === undefined ? defaultPipeline(options) : withLazyModels(options.pipeline) })

/**
 * Processes many inputs (each ends as a record or a reject entry, in input
 * order), fetching the entity models the inputs need on the way.
 */
export const processInputs = (
  inputs: Iterable<RawInput>,
  options: Omit<ProcessOptions, "id" | "meta" | "published"> = {}
): Promise<{ readonly records: Array<KhabarRecord>; readonly rejects: Array<Reject> }> =>
  processInputsCore(inputs, {
    ...options,
    pipeline: options.pipeline === undefined ? defaultPipeline(options) : withLazyModels(options.pipeline)
  })
