/**
 * The bundled models: imported statically (so bundles carry them and no file
 * system is needed), validated and decoded on first use, one language at a
 * time.
 *
 * Two ways in:
 * - {@link bundledTagger} (sync): the Node builds, the CLI and the tests, where
 *   both model files are part of the module graph;
 * - {@link loadTagger} / {@link preloadModels} (async): the browser build
 *   (`dist/browser/khabar.js`, see docs/browser.md), where each model is a
 *   chunk of its own, fetched the first time a document needs it. Once a
 *   language is loaded, {@link bundledTagger} returns its tagger synchronously
 *   there too. In Node the async functions resolve at once with the same
 *   tagger as {@link bundledTagger}.
 *
 * The browser build (scripts/build-browser.ts) puts a {@link LazyModelFile}
 * in place of each JSON import below; nothing else differs between the builds.
 *
 * @module
 */
import nerAr from "../../models/ner-ar.json" with { type: "json" }
import nerEn from "../../models/ner-en.json" with { type: "json" }
import { gazetteer, type Lang } from "./gazetteer.js"
import { loadModel, type NerModel } from "./model.js"
import type { Tagger } from "./tagger.js"

/** The key of a {@link LazyModelFile}'s loader (a registered symbol, so the build's stand-in module needs no import). */
export const LAZY_MODEL: unique symbol = Symbol.for("khabar.lazyModel") as never

/** A model file that is not in memory yet: calling the loader fetches its JSON (a dynamic `import()`). */
export interface LazyModelFile {
  readonly [LAZY_MODEL]: () => Promise<unknown>
}

/** Whether a model file is a stand-in to load (browser build) rather than the JSON itself. */
export const isLazyModelFile = (file: unknown): file is LazyModelFile =>
  typeof file === "object" && file !== null && typeof (file as Partial<LazyModelFile>)[LAZY_MODEL] === "function"

/** Thrown by {@link bundledTagger} when a language's model is a chunk not loaded yet (browser build only). */
export class ModelNotLoadedError extends Error {
  override readonly name = "ModelNotLoadedError"
  constructor(readonly lang: Lang) {
    super(
      `the ${lang} entity model is not loaded yet: await loadTagger("${lang}") or preloadModels(["${lang}"]) first ` +
        `(processText and defaultPipeline of khabar's browser build do it for you)`
    )
  }
}

const files: Readonly<Record<Lang, unknown>> = { ar: nerAr, en: nerEn }
const taggers = new Map<Lang, Tagger>()
const loading = new Map<Lang, Promise<Tagger>>()

const makeTagger = (lang: Lang, file: unknown): Tagger => {
  const t: Tagger = { lang, model: loadModel(file, lang), gazetteer: gazetteer(lang) }
  taggers.set(lang, t)
  return t
}

/** The bundled model of a language (decoded once). Throws `NerModelError` when the file is damaged. */
export const bundledModel = (lang: Lang): NerModel => bundledTagger(lang).model

/**
 * The tagger of a language: the bundled model and the gazetteer (built once).
 * Throws {@link ModelNotLoadedError} in the browser build when the language
 * was not loaded with {@link loadTagger} / {@link preloadModels} first.
 */
export const bundledTagger = (lang: Lang): Tagger => {
  const t = taggers.get(lang)
  if (t !== undefined) return t
  const file = files[lang]
  if (isLazyModelFile(file)) throw new ModelNotLoadedError(lang)
  return makeTagger(lang, file)
}

/** Whether {@link bundledTagger} answers synchronously for a language (always true outside the browser build, where nothing is fetched). */
export const modelLoaded = (lang: Lang): boolean => taggers.has(lang) || !isLazyModelFile(files[lang])

/**
 * The tagger of a language, fetching its model first when it is a separate
 * chunk (browser build). Concurrent calls share one fetch; a failed fetch or a
 * damaged file (`NerModelError`) rejects, and the next call tries again.
 */
export const loadTagger = (lang: Lang): Promise<Tagger> => {
  const t = taggers.get(lang)
  if (t !== undefined) return Promise.resolve(t)
  const file = files[lang]
  if (!isLazyModelFile(file)) {
    try {
      return Promise.resolve(makeTagger(lang, file))
    } catch (e) {
      return Promise.reject(e)
    }
  }
  let p = loading.get(lang)
  if (p === undefined) {
    p = file[LAZY_MODEL]()
      .then((json) => makeTagger(lang, json))
      .finally(() => loading.delete(lang))
    loading.set(lang, p)
  }
  return p
}

/** Loads the models of these languages (default: both) so that {@link bundledTagger} answers synchronously for them. */
export const preloadModels = async (langs: Iterable<Lang> = ["ar", "en"]): Promise<void> => {
  await Promise.all([...new Set(langs)].map(loadTagger))
}
