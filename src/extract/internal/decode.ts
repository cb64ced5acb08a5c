/**
 * Validating a lexicon file with its Effect Schema. A file that does not
 * decode throws a {@link LexiconError} naming the file and every issue.
 *
 * @module
 */
import type { Schema } from "effect"
import { LexiconError } from "../../lexicons/lexicon.js"
import { strictDecoder } from "../../internal/strict-decode.js"

/** A decoder for one lexicon file: returns the typed content or throws {@link LexiconError}. */
export const decodeLexicon = <S extends Schema.Top>(schema: S, id: string): ((u: unknown) => S["Type"]) =>
  strictDecoder(schema, (issues) => {
    throw new LexiconError(`lexicon ${id} is invalid: ${issues}`)
  })
