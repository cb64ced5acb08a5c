/**
 * Quotes: direct speech in Arabic and English with its speaker, as `Quote`s.
 *
 * @module
 */
export { quotesStage, QUOTE_CAPPED } from "./stage.js"
export { extractQuotes, quotesOf, type QuoteOptions, type QuoteResult } from "./extract.js"
export { quoteLexicons, type QuoteLexicons, type Gender, type Verb } from "./lexicon.js"
