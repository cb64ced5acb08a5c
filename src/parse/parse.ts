/**
 * Structure of an article: title, dateline, byline, paragraphs, boilerplate.
 *
 * @module
 */
import { Effect } from "effect"
import { NotArticle } from "../errors.js"
import type { DecodedInput, KhabarDocument } from "../model/document.js"
import type { Paragraph } from "../schema/record.js"
import type { Capability } from "../pipeline/stage.js"
import { detectLanguage } from "./language.js"

export const parserProvides: ReadonlyArray<Capability> = ["structure"]

interface Line {
  readonly start: number
  readonly end: number
}

const lines = (text: string): Array<Line> => {
  const out: Array<Line> = []
  let start = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let end = i
      while (end > start && /\s/.test(text[end - 1]!)) end--
      let s = start
      while (s < end && /\s/.test(text[s]!)) s++
      if (end > s) out.push({ start: s, end })
      start = i + 1
    }
  }
  return out
}

/** Parses decoded text into a document, or says why it is not an article. */
export const parseText = (input: DecodedInput): KhabarDocument | NotArticle => {
  const text = input.text
  const ls = lines(text)
  if (ls.length === 0) {
    return new NotArticle({ input: input.id, detail: "no text: only white space", place: null })
  }
  const [first, ...rest] = ls
  const title = first === undefined ? null : { text: text.slice(first.start, first.end), start: first.start, end: first.end }
  const paragraphs: Array<Paragraph> = rest.map((l) => ({ text: text.slice(l.start, l.end), display: null, start: l.start, end: l.end }))
  if (paragraphs.length === 0) {
    return new NotArticle({ input: input.id, detail: "no body paragraphs", place: null })
  }
  return {
    id: input.id,
    text,
    source: input.source,
    meta: input.meta,
    hints: input.hints,
    language: detectLanguage(text),
    title,
    dateline: null,
    byline: null,
    published: input.published,
    reference: input.reference,
    paragraphs,
    boilerplate: [],
    entities: [],
    dates: [],
    quotes: [],
    numbers: [],
    keywords: [],
    views: {},
    diagnostics: input.diagnostics
  }
}

/** The parse stage as an Effect. */
export const parse = (input: DecodedInput): Effect.Effect<KhabarDocument, NotArticle> =>
  Effect.suspend(() => {
    const r = parseText(input)
    return r instanceof NotArticle ? Effect.fail(r) : Effect.succeed(r)
  })
