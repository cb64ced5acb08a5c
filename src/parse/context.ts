/**
 * What one parse knows while it runs: the text, the lexicons, the line
 * states, and the fields found so far.
 *
 * @module
 */
import type { CompiledLexicons } from "../lexicons/lexicon.js"
import type { BylineField, InputHints, TitleField } from "../model/document.js"
import type { Dateline, Diagnostic } from "../schema/record.js"
import type { LineState } from "./state.js"

export interface Context {
  readonly text: string
  readonly lex: CompiledLexicons
  readonly states: ReadonlyArray<LineState>
  readonly hints: InputHints
  title: TitleField | null
  /** How the title was found: from the input's title field, confirmed by the layout, or guessed. */
  titleEvidence: "hint" | "layout" | "guess" | null
  titleKey: string | null
  /** Number of tokens in the title key. */
  titleTokens: number
  titleIndex: number
  /** Key of a kicker cut before the title (`شاهد`, `بالصور`), to spot the title printed again with it; and its tokens. */
  kickerKey: string | null
  kickerTokens: number
  hadSiteSuffix: boolean
  dateline: Dateline | null
  byline: BylineField | null
  /** `YYYY-MM-DD` stated by the text, with where it was read. */
  published: { readonly ymd: string; readonly from: "dateline" | "published-line" | "timestamp" } | null
  /** Tokens of the credit read from the author field, to spot it again at the start of the body. */
  authorKeys: ReadonlyArray<string> | null
  /** Keys of the breadcrumb labels cut above the title (`أخبار عربية`), to cut the label again under it. */
  crumbKeys: Array<string> | null
  /** Index of the first line of the body (after title and header lines). */
  bodyFrom: number
  readonly diagnostics: Array<Diagnostic>
}

const rank = { dateline: 3, "published-line": 2, timestamp: 1 } as const

/** Records a date stated by the text, keeping the most reliable one. */
export const notePublished = (ctx: Context, ymd: string | null | undefined, from: "dateline" | "published-line" | "timestamp"): void => {
  if (ymd === null || ymd === undefined) return
  if (ctx.published === null || rank[from] > rank[ctx.published.from]) ctx.published = { ymd, from }
}
