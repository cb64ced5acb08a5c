/**
 * From a JSON object (an element of a JSON array, a line of NDJSON) to a
 * {@link RawInput}: which fields hold the text, title, author, id, date and
 * metadata, and how the article's raw text is composed from them.
 *
 * The raw text is composed exactly as a scraper saves an article:
 * `title + "\n\n" + author + "\n\n" + content`, leaving out missing or blank
 * parts, and `hints.title` / `hints.author` give the spans of those blocks in
 * the composed text so the parser knows where they came from.
 *
 * Browser-safe (no Node API): it lives beside the readers that use it.
 *
 * @module
 */
import { InputError } from "../errors.js"
import type { InputHints, RawInput } from "../model/document.js"
import type { Meta } from "../schema/record.js"

/** Where to find each part of an article in a JSON object. Field names may be dotted paths (`article.body`). */
export interface FieldMapping {
  /** The text field, or fields tried in order (default `["content", "text", "body"]`). Required: an object without it is rejected. */
  readonly textField?: string | ReadonlyArray<string> | undefined
  /** The title field (default `"title"` when present; `null` for none). */
  readonly titleField?: string | null | undefined
  /** The author / byline field (default `"author"` when present; `null` for none). */
  readonly authorField?: string | null | undefined
  /** The id field (default none: ids are `<file>#<index>`). An object without it falls back to the default id. */
  readonly idField?: string | null | undefined
  /**
   * Fields copied into the record's `meta`. Default `"rest"`: every other
   * top-level field whose value is a string, number, boolean or null (objects
   * and arrays are left out). A list copies exactly those fields when present
   * (objects and arrays as JSON text).
   */
  readonly metaFields?: ReadonlyArray<string> | "rest" | undefined
  /** A field holding the publication date (`YYYY-MM-DD…`, `YYYY/MM/DD…`), used when the text states none (default none). */
  readonly publishedField?: string | null | undefined
  /** A field holding a reference date for relative dates, e.g. a crawl date (default none). */
  readonly referenceField?: string | null | undefined
}

export const DEFAULT_TEXT_FIELDS: ReadonlyArray<string> = ["content", "text", "body"]

/** Where an object came from, for its default id and for reject entries. */
export interface ObjectOrigin {
  /** The id used when there is no id field: `<file>#<index>`, or the file's id for a single top-level object. */
  readonly defaultId: string
  readonly path: string | null
  readonly index: number | null
}

const get = (obj: Readonly<Record<string, unknown>>, field: string): unknown => {
  if (Object.hasOwn(obj, field)) return obj[field]
  if (!field.includes(".")) return undefined
  let cur: unknown = obj
  for (const key of field.split(".")) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur) || !Object.hasOwn(cur, key)) return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

const nonBlank = (v: unknown): v is string => typeof v === "string" && v.trim().length > 0

const typeName = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`)

/** `YYYY-MM-DD` from the start of a date string (`2015-08-10`, `2015-08-10 02:51:32`, `2015/08/10`, ISO 8601), else null. */
export const datePrefix = (v: unknown): string | null => {
  if (typeof v !== "string") return null
  const m = /^\s*(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?![\d])/.exec(v)
  if (m === null) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return null
  return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`
}

/** The raw text of an article composed from its parts, and the spans of the title and author blocks. */
export const composeArticle = (parts: {
  readonly title?: string | null | undefined
  readonly author?: string | null | undefined
  readonly content: string
}): { readonly text: string; readonly hints: InputHints } => {
  let text = ""
  let title: InputHints["title"]
  let author: InputHints["author"]
  if (nonBlank(parts.title)) {
    title = { start: 0, end: parts.title.length }
    text = parts.title
  }
  if (nonBlank(parts.author)) {
    if (text.length > 0) text += "\n\n"
    author = { start: text.length, end: text.length + parts.author.length }
    text += parts.author
  }
  if (parts.content.length > 0) {
    if (text.length > 0) text += "\n\n"
    text += parts.content
  }
  return { text, hints: { ...(title === undefined ? {} : { title }), ...(author === undefined ? {} : { author }) } }
}

const scalar = (v: unknown): v is string | number | boolean | null =>
  v === null || typeof v === "string" || typeof v === "boolean" || (typeof v === "number" && Number.isFinite(v))

/**
 * Maps one JSON value to a raw input, or to the {@link InputError} that
 * rejects it (`missing-field` for no text field or a value that is not an
 * object, `empty` for a blank text field).
 */
export const fromObject = (value: unknown, origin: ObjectOrigin, mapping: FieldMapping = {}): RawInput | InputError => {
  const fail = (reason: "missing-field" | "empty", detail: string) =>
    new InputError({ input: origin.defaultId, reason, detail, place: null })
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return fail("missing-field", `expected an object with a text field, found ${typeName(value)}`)
  }
  const obj = value as Readonly<Record<string, unknown>>
  const textFields = mapping.textField === undefined ? DEFAULT_TEXT_FIELDS : typeof mapping.textField === "string" ? [mapping.textField] : mapping.textField
  let textField: string | undefined
  let content: unknown
  for (const f of textFields) {
    const v = get(obj, f)
    if (v !== undefined && v !== null) {
      textField = f
      content = v
      break
    }
  }
  if (textField === undefined) {
    const names = textFields.map((f) => `"${f}"`).join(textFields.length > 2 ? ", " : " or ")
    const tried = textFields.length === 1 ? `the text field ${names} is missing` : `none of the text fields ${names} is present`
    return fail("missing-field", `${tried} (choose it with --text-field)`)
  }
  if (typeof content !== "string") {
    return fail("missing-field", `the text field "${textField}" is ${typeName(content)}, expected a string`)
  }
  if (content.trim().length === 0) return fail("empty", `the text field "${textField}" is empty`)

  const titleField = mapping.titleField === undefined ? "title" : mapping.titleField
  const authorField = mapping.authorField === undefined ? "author" : mapping.authorField
  const title = titleField === null ? undefined : get(obj, titleField)
  const author = authorField === null ? undefined : get(obj, authorField)
  const { text, hints } = composeArticle({
    title: typeof title === "string" ? title : null,
    author: typeof author === "string" ? author : null,
    content
  })

  const idField = mapping.idField ?? null
  const idValue = idField === null ? undefined : get(obj, idField)
  const id =
    (typeof idValue === "string" && idValue.trim().length > 0) || (typeof idValue === "number" && Number.isFinite(idValue))
      ? String(idValue)
      : origin.defaultId

  const used = new Set<string>([textField])
  if (titleField !== null) used.add(titleField)
  if (authorField !== null) used.add(authorField)
  if (idField !== null) used.add(idField)
  const meta: Record<string, Meta[string]> = {}
  if (mapping.metaFields === undefined || mapping.metaFields === "rest") {
    for (const key of Object.keys(obj)) {
      const v = obj[key]
      if (!used.has(key) && scalar(v)) meta[key] = v
    }
  } else {
    for (const key of mapping.metaFields) {
      const v = get(obj, key)
      if (v === undefined) continue
      meta[key] = scalar(v) ? v : JSON.stringify(v)
    }
  }
  const published = mapping.publishedField == null ? null : datePrefix(get(obj, mapping.publishedField))
  const reference = mapping.referenceField == null ? null : datePrefix(get(obj, mapping.referenceField))
  return {
    id,
    text,
    // JSON and NDJSON files are read as UTF-8 (RFC 8259)
    encoding: "utf-8",
    path: origin.path,
    index: origin.index,
    meta,
    hints,
    published,
    reference
  }
}
