/**
 * The bundled models: imported statically (so bundles carry them and no file
 * system is needed), validated and decoded on first use, one language at a
 * time.
 *
 * @module
 */
import nerAr from "../../models/ner-ar.json" with { type: "json" }
import nerEn from "../../models/ner-en.json" with { type: "json" }
import { gazetteer, type Lang } from "./gazetteer.js"
import { loadModel, type NerModel } from "./model.js"
import type { Tagger } from "./tagger.js"

const files: Readonly<Record<Lang, unknown>> = { ar: nerAr, en: nerEn }
const taggers = new Map<Lang, Tagger>()

/** The bundled model of a language (decoded once). Throws `NerModelError` when the file is damaged. */
export const bundledModel = (lang: Lang): NerModel => bundledTagger(lang).model

/** The tagger of a language: the bundled model and the gazetteer (built once). */
export const bundledTagger = (lang: Lang): Tagger => {
  let t = taggers.get(lang)
  if (t === undefined) {
    t = { lang, model: loadModel(files[lang], lang), gazetteer: gazetteer(lang) }
    taggers.set(lang, t)
  }
  return t
}
