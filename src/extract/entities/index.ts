/**
 * Named entities in Arabic and English: a trained tagger (averaged
 * perceptron over hashed features, Viterbi over BIO tags), post-processing
 * (clitics, roles) and in-document linking. See docs/entities.md.
 *
 * @module
 */
export { entitiesStage, entityLanguage, entityRegions, type EntitiesStageOptions } from "./stage.js"
export { extractEntities, findMentions, type Region } from "./extract.js"
export { entityList, type EntitySummary } from "./list.js"
export { bundledModel, bundledTagger } from "./models.js"
export { loadModel, NerModelError, ModelFile, type ModelErrorReason, type NerModel, type TrainingInfo } from "./model.js"
export { tagTokens, tagSentences, evaluateSentences } from "./tokens.js"
export { chunksOf, evaluate, formatEvaluation, type Chunk, type Evaluation, type Score } from "./conlleval.js"
export { parseConll, type ConllSentence } from "./conll.js"
export { GazetteerError, gazetteer, type Gazetteer, type Lang } from "./gazetteer.js"
export { TAGS, type Tag } from "./decode.js"
export type { Tagger } from "./tagger.js"
export type { Mention } from "./mentions.js"
