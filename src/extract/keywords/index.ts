/**
 * Keywords: per document (term frequency without stop words) and over a
 * corpus (TF-IDF).
 *
 * @module
 */
export { keywordsStage, type KeywordsStageOptions } from "./stage.js"
export {
  corpusKeywords,
  documentKeywords,
  keywordsOf,
  termCounts,
  type CorpusKeywordOptions,
  type KeywordSource,
  type TermCounts,
  type TermEntry,
  type TermOptions
} from "./extract.js"
export { stopwords } from "../internal/stopwords.js"
