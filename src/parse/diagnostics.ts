/**
 * Diagnostics of the parse stage (codes KHB-W101 to KHB-W105; see docs/parse.md).
 *
 * @module
 */
import { tokenize } from "../lexicons/key.js"
import type { Diagnostic } from "../schema/record.js"
import type { Context } from "./context.js"
import type { BodySpan } from "./reject.js"

/** Lines longer than this are reported (KHB-W102). */
export const LONG_LINE = 20_000

export const PARSE_CODES = {
  noDateline: "KHB-W101",
  longLine: "KHB-W102",
  titleGuessed: "KHB-W103",
  noTitle: "KHB-W104",
  publishedDiffers: "KHB-W105"
} as const

const diag = (
  severity: Diagnostic["severity"],
  code: string,
  message: string,
  span?: { readonly start: number; readonly end: number }
): Diagnostic => ({ severity, code, stage: "parse", message, ...(span === undefined ? {} : { start: span.start, end: span.end }) })

/** KHB-W101: an agency credited in brackets in the first paragraph, and no dateline. */
const wireWithoutDateline = (ctx: Context, first: BodySpan | undefined): Diagnostic | null => {
  if (ctx.dateline !== null || first === undefined) return null
  const text = ctx.text
  const end = Math.min(first.end, first.start + 400)
  // a bracketed agency: (رويترز) (AP) «أ ف ب»
  for (let i = first.start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 0x28 && c !== 0xab) continue
    const close = c === 0x28 ? 0x29 : 0xbb
    let j = i + 1
    while (j < first.end && j - i <= 40 && text.charCodeAt(j) !== close) j++
    if (j >= first.end || text.charCodeAt(j) !== close) continue
    const t = tokenize(text, i + 1, j)
    const m = ctx.lex.sources.longestAt(t.keys, 0)
    if (m !== null && m.length === t.keys.length && m.value.kind === "agency" && !m.value.generic) {
      const inner = text.slice(i + 1, j).trim()
      return diag(
        "warning",
        PARSE_CODES.noDateline,
        `no dateline found, but the first paragraph credits an agency (${inner}): a wire story whose dateline was not recognised`,
        { start: i, end: j + 1 }
      )
    }
  }
  return null
}

export const parseDiagnostics = (ctx: Context, paragraphs: ReadonlyArray<BodySpan>, published: string | null, given: string | null): Array<Diagnostic> => {
  const out: Array<Diagnostic> = []
  for (const st of ctx.states) {
    const len = st.line.end - st.line.start
    if (len > LONG_LINE) {
      out.push(diag("warning", PARSE_CODES.longLine, `very long line (${len} characters): the text may have lost its line breaks`, { start: st.line.start, end: st.line.end }))
    }
  }
  if (ctx.title === null) out.push(diag("info", PARSE_CODES.noTitle, "no title: the first line reads as a paragraph or a credit, and the input named no title field"))
  else if (ctx.titleEvidence === "guess") {
    out.push(diag("info", PARSE_CODES.titleGuessed, "title guessed: the first line was taken as the title without a blank line, site suffix or time stamp to confirm it", ctx.title))
  }
  const w = wireWithoutDateline(ctx, paragraphs[0])
  if (w !== null) out.push(w)
  if (published !== null && given !== null && published !== given) {
    out.push(diag("info", PARSE_CODES.publishedDiffers, `the text states ${published} as the date; the input metadata said ${given} (the text wins)`))
  }
  return out
}
