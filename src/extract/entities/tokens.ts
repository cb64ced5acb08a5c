/**
 * Tagging pre-tokenized sentences (CoNLL's token column) through the
 * extraction path: the tokens of a sentence are joined with single spaces,
 * the sentences of a block (consecutive sentences of one document) with a
 * blank line, entities are extracted from that text exactly as from an
 * article, and each token takes the tag of the entity its characters
 * overlap. The core of `khabar tag` and of the dev-set evaluation.
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

/**
 * What stands between two sentences of a block: a line break always ends a sentence (src/normalize/sentences.ts), so
 * the sentence splitter keeps every given sentence apart, and no token holds one.
 */
export const SENTENCE_SEPARATOR = "\n\n"

/** The text of a block of sentences and the offset of every token (sentence by sentence). */
export const joinSentences = (
  sentences: ReadonlyArray<ReadonlyArray<string>>
): { readonly text: string; readonly starts: ReadonlyArray<ReadonlyArray<number>> } => {
  const parts: Array<string> = []
  const starts: Array<Array<number>> = []
  let pos = 0
  for (const tokens of sentences) {
    const joined = joinTokens(tokens)
    starts.push(joined.starts.map((s) => s + pos))
    parts.push(joined.text)
    pos += joined.text.length + SENTENCE_SEPARATOR.length
  }
  return { text: parts.join(SENTENCE_SEPARATOR), starts }
}

/**
 * IOB2 tags (PER, LOC, ORG, MISC) of the tokens of a block of consecutive sentences of one document, extracted
 * together: the document-level steps of the extraction (names found again, linking and the vote on types) see every
 * sentence of the block. An entity never runs over a sentence's end: a part of one in the next sentence would open
 * there with `B-` (the separator ends every sentence, so none does).
 */
export const tagSentences = (sentences: ReadonlyArray<ReadonlyArray<string>>, tagger: Tagger): Array<Array<string>> => {
  const tags = sentences.map((tokens) => tokens.map(() => "O"))
  // the tokens of every sentence in one list, with the sentence each is in
  const tokens: Array<string> = []
  const sentenceOf: Array<number> = []
  const indexIn: Array<number> = []
  for (let s = 0; s < sentences.length; s++) {
    const xs = sentences[s]!
    for (let i = 0; i < xs.length; i++) {
      tokens.push(xs[i]!)
      sentenceOf.push(s)
      indexIn.push(i)
    }
  }
  if (tokens.length === 0) return tags
  const { text, starts: nested } = joinSentences(sentences)
  const starts = nested.flat()
  const entities = extractEntities(text, tagger)
  let k = 0
  for (const e of entities) {
    // entities come in text order; tokens too
    while (k < tokens.length && starts[k]! + tokens[k]!.length <= e.start) k++
    let open = -1 // the sentence the entity's tags are open in
    for (let j = k; j < tokens.length && starts[j]! < e.end; j++) {
      const s = sentenceOf[j]!
      const at = tags[s]!
      if (at[indexIn[j]!] !== "O") continue
      at[indexIn[j]!] = `${open === s ? "I" : "B"}-${SHORT[e.type]}`
      open = s
    }
  }
  return tags
}

/** IOB2 tags (PER, LOC, ORG, MISC) of one sentence's tokens, the sentence alone (no other sentence in its document). */
export const tagTokens = (tokens: ReadonlyArray<string>, tagger: Tagger): Array<string> => tagSentences([tokens], tagger)[0]!

/**
 * Entity-level scores of the tagger on gold sentences, through {@link tagSentences}: blocks of `context`
 * consecutive sentences (default 1: every sentence alone).
 */
export const evaluateSentences = (sentences: ReadonlyArray<ConllSentence>, tagger: Tagger, context = 1): Evaluation => {
  const predicted: Array<Array<string>> = []
  for (let a = 0; a < sentences.length; a += context) predicted.push(...tagSentences(sentences.slice(a, a + context).map((s) => s.tokens), tagger))
  return evaluate(
    sentences.map((s) => s.tags),
    predicted
  )
}
