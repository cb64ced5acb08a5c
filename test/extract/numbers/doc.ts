/**
 * A document as the parse stage would hand it to the extract stages, built
 * by hand so the extract tests control title, dateline and boilerplate.
 */
import type { KhabarDocument } from "../../../src/model/document.js"
import type { Boilerplate, Dateline, Entity } from "../../../src/schema/record.js"

export interface DocParts {
  readonly published?: string | null
  readonly reference?: string | null
  readonly language?: "ar" | "en"
  /** The dateline: the first occurrence of this text. */
  readonly dateline?: string
  /** Boilerplate: [first occurrence of this text, kind, rule]. */
  readonly boilerplate?: ReadonlyArray<readonly [string, Boilerplate["kind"], string]>
  readonly entities?: ReadonlyArray<Entity>
}

/** A document of `text` whose first line is the title and other lines are paragraphs. */
export const docOf = (text: string, parts: DocParts = {}): KhabarDocument => {
  const lines: Array<{ start: number; end: number }> = []
  let s = 0
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (i > s) lines.push({ start: s, end: i })
      s = i + 1
    }
  }
  const [title, ...rest] = lines
  const at = (needle: string) => {
    const start = text.indexOf(needle)
    if (start < 0) throw new Error(`"${needle}" is not in the text`)
    return { start, end: start + needle.length }
  }
  const dateline: Dateline | null =
    parts.dateline === undefined ? null : { text: parts.dateline, places: [], agencies: [], date: null, ...at(parts.dateline) }
  const language = parts.language ?? "ar"
  return {
    id: "test",
    text,
    source: { path: null, index: null, bytes: text.length, encoding: "utf-16", encodingConfidence: null, hash: "0" },
    meta: {},
    hints: {},
    language: { code: language, script: language === "ar" ? "Arab" : "Latn", direction: language === "ar" ? "rtl" : "ltr", confidence: 1 },
    title: title === undefined ? null : { text: text.slice(title.start, title.end), ...title },
    dateline,
    byline: null,
    published: parts.published ?? null,
    reference: parts.reference ?? null,
    paragraphs: rest.map((l) => ({ text: text.slice(l.start, l.end), display: null, ...l })),
    boilerplate: (parts.boilerplate ?? []).map(([t, kind, rule]) => ({ text: t, kind, rule, ...at(t) })),
    entities: parts.entities ?? [],
    dates: [],
    quotes: [],
    numbers: [],
    keywords: [],
    views: {},
    diagnostics: []
  }
}
