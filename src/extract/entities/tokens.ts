/**
 * Tagging pre-tokenized sentences (CoNLL's token column) through the
 * extraction path: the tokens are joined with single spaces, entities are
 * extracted from that text exactly as from an article, and each token takes
 * the tag of the entity its characters overlap. The core of `khabar tag`
 * and of the dev-set evaluation.
 *
 * @module
 */
import type { EntityType } from "../../schema/record.js"
import { evaluate, type Evaluation } from "./conlleval.js"
import type { ConllSentence } from "./conll.js"
import { extractEntities } from "./extract.js"
import type { Tagger } from "./tagger.js"
import { joinTokens } from "./train.js"

const SHORT: Readonly<Record<EntityType, string>> = { PERSON: "PER", LOCATION: "LOC", ORGANIZATION: "ORG", MISC: "MISC" }

/** IOB2 tags (PER, LOC, ORG, MISC) of one sentence's tokens. */
export const tagTokens = (tokens: ReadonlyArray<string>, tagger: Tagger): Array<string> => {
  const tags = tokens.map(() => "O")
  if (tokens.length === 0) return tags
  const { text, starts } = joinTokens(tokens)
  const entities = extractEntities(text, tagger)
  let k = 0
  for (const e of entities) {
    // entities come in text order; tokens too
    while (k < tokens.length && starts[k]! + tokens[k]!.length <= e.start) k++
    let first = true
    for (let j = k; j < tokens.length && starts[j]! < e.end; j++) {
      if (tags[j] !== "O") continue
      tags[j] = `${first ? "B" : "I"}-${SHORT[e.type]}`
      first = false
    }
  }
  return tags
}

/** Entity-level scores of the tagger on gold sentences, through {@link tagTokens}. */
export const evaluateSentences = (sentences: ReadonlyArray<ConllSentence>, tagger: Tagger): Evaluation => {
  const predicted = sentences.map((s) => tagTokens(s.tokens, tagger))
  return evaluate(
    sentences.map((s) => s.tags),
    predicted
  )
}
