/**
 * The document that travels through the pipeline.
 *
 * One immutable value per article: the decoded original text (never modified),
 * its provenance, and what each stage found so far. Stages return a new
 * document (`{ ...doc, field }`); they never mutate the one they receive.
 * The validate stage turns a finished document into a {@link KhabarRecord}.
 *
 * @module
 */
import type {
  Boilerplate,
  DateMention,
  Dateline,
  Diagnostic,
  Entity,
  Keyword,
  Language,
  Meta,
  NumberMention,
  Paragraph,
  Quote,
  Source,
  Span
} from "../schema/record.js"
import type { TextView } from "./view.js"

/** What the input told us beyond its text (from JSON fields or the API). */
export interface InputHints {
  /** Span of the title block, when the text was composed from a title field. */
  readonly title?: Span | undefined
  /** Span of the author block, when the text was composed from an author field. */
  readonly author?: Span | undefined
}

/** One article as it enters the pipeline: text or bytes, plus provenance. */
export interface RawInput {
  readonly id: string
  /** Already decoded text. Give `text` or `bytes`. */
  readonly text?: string | undefined
  /** Raw bytes, decoded by the decode step (encoding detected). */
  readonly bytes?: Uint8Array | undefined
  /** For `text` inputs: the encoding the text was decoded from upstream (default "utf-16", a JavaScript string). */
  readonly encoding?: string | undefined
  readonly path?: string | null | undefined
  readonly index?: number | null | undefined
  readonly meta?: Meta | undefined
  readonly hints?: InputHints | undefined
  /** `YYYY-MM-DD` from input metadata, used when the text states no date. */
  readonly published?: string | null | undefined
  /** Reference date (`YYYY-MM-DD`) for relative dates when the article has no `published`. */
  readonly reference?: string | null | undefined
}

/** A decoded input: the text is final, offsets are into it from here on. */
export interface DecodedInput {
  readonly id: string
  readonly text: string
  readonly source: Source
  readonly meta: Meta
  readonly hints: InputHints
  readonly published: string | null
  readonly reference: string | null
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

export interface TitleField extends Span {
  readonly text: string
}

export interface BylineField extends Span {
  readonly names: ReadonlyArray<string>
}

/** Normalized views of the whole original text, built by the normalize stage. */
export interface Views {
  readonly display?: TextView | undefined
  readonly search?: TextView | undefined
}

export interface KhabarDocument {
  readonly id: string
  /** The decoded original text. Every span in the document indexes into it. */
  readonly text: string
  readonly source: Source
  readonly meta: Meta
  readonly hints: InputHints
  readonly language: Language
  readonly title: TitleField | null
  readonly dateline: Dateline | null
  readonly byline: BylineField | null
  readonly published: string | null
  readonly reference: string | null
  readonly paragraphs: ReadonlyArray<Paragraph>
  readonly boilerplate: ReadonlyArray<Boilerplate>
  readonly entities: ReadonlyArray<Entity>
  readonly dates: ReadonlyArray<DateMention>
  readonly quotes: ReadonlyArray<Quote>
  readonly numbers: ReadonlyArray<NumberMention>
  readonly keywords: ReadonlyArray<Keyword>
  readonly views: Views
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

/** Adds diagnostics to a document (returns a new document). */
export const addDiagnostics = (doc: KhabarDocument, more: ReadonlyArray<Diagnostic>): KhabarDocument =>
  more.length === 0 ? doc : { ...doc, diagnostics: [...doc.diagnostics, ...more] }
