/**
 * Structure of an article: title, dateline, byline, paragraphs, boilerplate.
 *
 * The work is split into single-purpose modules: `lines` (line spans),
 * `title` (title and its chrome), `credit` (credit lines), `dateline`
 * (datelines and bylines from credits), `head` (title to first paragraph),
 * `boilerplate` (line verdicts), `body`, `tail`, `reject` (not-article
 * checks), `dates`, `diagnostics`, `sieve` (regexes that rule windows out
 * before they are tokenized), and `article`, which runs them in order.
 * The data they use are the lexicons in `src/lexicons/`.
 *
 * @module
 */
import { Effect } from "effect"
import { NotArticle } from "../errors.js"
import type { DecodedInput, KhabarDocument } from "../model/document.js"
import type { Capability } from "../pipeline/stage.js"
import { parseArticle } from "./article.js"

export const parserProvides: ReadonlyArray<Capability> = ["structure"]

/** Parses decoded text into a document, or says why it is not an article. */
export const parseText = (input: DecodedInput): KhabarDocument | NotArticle => parseArticle(input)

/** The parse stage as an Effect. */
export const parse = (input: DecodedInput): Effect.Effect<KhabarDocument, NotArticle> =>
  Effect.suspend(() => {
    const r = parseText(input)
    return r instanceof NotArticle ? Effect.fail(r) : Effect.succeed(r)
  })
