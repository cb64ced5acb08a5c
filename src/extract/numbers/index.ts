/**
 * Numbers: digits in any script, Arabic and English number words,
 * percentages and money, as `NumberMention`s; and the token stream the
 * extract stages share.
 *
 * @module
 */
export { numbersStage } from "./stage.js"
export { extractNumbers, numbersOfTokens, RangeFilter, type NumberOptions } from "./extract.js"
export { numberValue, readNumber, readNumberWords, type ReadNumber } from "./words.js"
export { numberLexicons, type NumberLexicons } from "./lexicon.js"
export { tokensOf, identityView, foldKey, type Tokens } from "../internal/tokens.js"
