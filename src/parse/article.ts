/**
 * One article, start to finish: lines → head (title, author field, header
 * lines, dateline prefix) → body lines → tail → what is left is the
 * paragraphs; then the checks that turn non-articles away, the published date
 * and the diagnostics.
 *
 * @module
 */
import { NotArticle } from "../errors.js"
import { lexicons, type CompiledLexicons } from "../lexicons/lexicon.js"
import type { DecodedInput, KhabarDocument } from "../model/document.js"
import type { Boilerplate, Language, Paragraph } from "../schema/record.js"
import { readBody } from "./body.js"
import type { Context } from "./context.js"
import { parseDiagnostics } from "./diagnostics.js"
import { readHead } from "./head.js"
import { detectLanguage, detectLanguageIn } from "./language.js"
import { splitLines, trimSpan } from "./lines.js"
import { bodyReason, sectionPageReason } from "./reject.js"
import { LineState, toBoilerplate } from "./state.js"
import { readTail } from "./tail.js"

const notArticle = (input: DecodedInput, detail: string, offset: number | null = null) =>
  new NotArticle({ input: input.id, detail, place: offset === null ? null : { line: null, column: null, offset } })

/** Parses one decoded input with the given lexicons. */
export const parseWith = (lex: CompiledLexicons, input: DecodedInput): KhabarDocument | NotArticle => {
  const text = input.text
  const lines = splitLines(text)
  if (lines.length === 0) return notArticle(input, "no text: the input holds only white space")
  const ctx: Context = {
    text,
    lex,
    states: lines.map((l) => new LineState(text, l)),
    hints: input.hints,
    title: null,
    titleEvidence: null,
    titleKey: null,
    titleTokens: 0,
    kickerKey: null,
    kickerTokens: 0,
    titleIndex: -1,
    hadSiteSuffix: false,
    dateline: null,
    byline: null,
    published: null,
    authorKeys: null,
    crumbKeys: null,
    bodyFrom: 0,
    diagnostics: []
  }
  readHead(ctx)
  const section = sectionPageReason(ctx)
  if (section !== null) return notArticle(input, section, ctx.title?.start ?? null)
  readBody(ctx)
  readTail(ctx)

  // what is left without a letter or digit (a lone ".", "***") is a separator
  // (counted up to 13, as the body check below counts: one scan serves both)
  for (const st of ctx.states) {
    if (!st.empty && st.tokenCount(13) === 0) st.cutAll("boilerplate", "other", "heuristic:separator")
  }
  const paragraphs: Array<Paragraph> = []
  const boilerplate: Array<Boilerplate> = []
  for (const st of ctx.states) {
    for (const p of st.pieces) if (p.role === "boilerplate") boilerplate.push(toBoilerplate(text, p))
    if (!st.empty) {
      const span = trimSpan(text, st.lo, st.hi)
      if (span !== null) paragraphs.push({ text: text.slice(span.start, span.end), display: null, start: span.start, end: span.end })
    }
  }
  boilerplate.sort((a, b) => a.start - b.start)
  const reason = bodyReason(ctx, paragraphs, boilerplate.length, ctx.states.filter((st) => !st.empty).map((st) => st.tokenCount(13)))
  if (reason !== null) return notArticle(input, reason)

  const published = ctx.published?.ymd ?? input.published
  const language = paragraphs.length > 0 ? bodySample(text, paragraphs) : detectLanguage(text)
  return {
    id: input.id,
    text,
    source: input.source,
    meta: input.meta,
    hints: input.hints,
    language,
    title: ctx.title,
    dateline: ctx.dateline,
    byline: ctx.byline,
    published,
    reference: input.reference,
    paragraphs,
    boilerplate,
    entities: [],
    dates: [],
    quotes: [],
    numbers: [],
    keywords: [],
    views: {},
    diagnostics: [...input.diagnostics, ...parseDiagnostics(ctx, paragraphs, ctx.published?.ymd ?? null, input.published)]
  }
}

/** The language of the first few thousand characters of the body (read in place, not sliced out). */
const bodySample = (text: string, paragraphs: ReadonlyArray<Paragraph>): Language => {
  const first = paragraphs[0]!
  const last = paragraphs[paragraphs.length - 1]!
  const end = Math.min(last.end, first.start + 2000)
  // detectLanguage reads at most 20,000 code units of what it is given
  return detectLanguageIn(text, first.start, Math.min(end, first.start + 20_000))
}

/** Parses one decoded input with the bundled lexicons. */
export const parseArticle = (input: DecodedInput): KhabarDocument | NotArticle => parseWith(lexicons(), input)
