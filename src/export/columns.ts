/**
 * The table layouts: one place that says which tables khabar exports, which
 * columns each has, and their types.
 *
 * Types, nullability, allowed values and descriptions of columns that copy a
 * record field are read from the record Schema (through the JSON Schema that
 * Effect derives from it, see `src/schema/json-schema.ts`), never written
 * again here. Computed columns (counts, paragraph index, joined lists) state
 * their type and the schema fields they are computed from. A test walks every
 * leaf field of `KhabarRecord` and `Reject` and fails when one is not used by
 * any column, so a new field in the schema must be mapped here before the
 * build is green.
 *
 * Every format (CSV, Arrow IPC, Parquet) and the arquero tables use these
 * layouts; no format declares columns of its own.
 *
 * @module
 */
import type { Boilerplate, DateMention, Diagnostic, Entity, KhabarRecord, Keyword, NumberMention, Paragraph, Quote, Reject } from "../schema/record.js"
import { recordJsonSchema, rejectJsonSchema } from "../schema/json-schema.js"

/** The scalar column types every format can hold. */
export type ColumnType = "string" | "int32" | "float64" | "boolean"

/** One cell. */
export type CellValue = string | number | boolean | null

/** One column of an exported table. */
export interface ColumnSpec {
  /** snake_case column name (SQL, pandas, polars and R friendly). */
  readonly name: string
  readonly type: ColumnType
  /** Whether the column can hold nulls. */
  readonly nullable: boolean
  readonly description: string
  /** The allowed values, for columns that copy a closed set of strings (enum). */
  readonly values: ReadonlyArray<string> | null
  /**
   * The record (or reject) fields the column is drawn from, as schema paths:
   * `entities[].entityId`, `dateline.places`, `id`. Empty for a pure ordinal.
   */
  readonly from: ReadonlyArray<string>
  /** `true` when the column copies one schema field as it is; `false` when it is computed. */
  readonly copied: boolean
}

/** The tables, in the order they are written. */
export const TABLE_NAMES = [
  "articles",
  "paragraphs",
  "entities",
  "dates",
  "quotes",
  "numbers",
  "boilerplate",
  "keywords",
  "diagnostics",
  "rejects"
] as const
export type TableName = (typeof TABLE_NAMES)[number]

/** One exported table. */
export interface TableSpec {
  readonly name: TableName
  /** What one row is. */
  readonly grain: string
  readonly columns: ReadonlyArray<ColumnSpec>
}

/**
 * Separator used where a list field of the record (byline, dateline places and
 * agencies, keywords) is written into one cell of the `articles` table.
 * Items are joined as they are; the lossless lists stay in JSON/NDJSON and in
 * the per-item tables (`keywords`).
 */
export const LIST_SEPARATOR = " | "

// ---------------------------------------------------------------------------
// Reading types from the schema
// ---------------------------------------------------------------------------

interface JsonNode {
  readonly type?: string
  readonly enum?: ReadonlyArray<string>
  readonly anyOf?: ReadonlyArray<JsonNode>
  readonly $ref?: string
  readonly properties?: Readonly<Record<string, JsonNode>>
  readonly required?: ReadonlyArray<string>
  readonly items?: JsonNode
  readonly additionalProperties?: boolean | JsonNode
  readonly description?: string
}

interface JsonDocument extends JsonNode {
  readonly $defs: Readonly<Record<string, JsonNode>>
}

/** Which schema a path starts from. */
export type SchemaRoot = "record" | "reject"

let documents: Record<SchemaRoot, JsonDocument> | undefined
const documentOf = (root: SchemaRoot): JsonDocument => {
  documents ??= {
    record: recordJsonSchema() as unknown as JsonDocument,
    reject: rejectJsonSchema() as unknown as JsonDocument
  }
  return documents[root]
}

const deref = (doc: JsonDocument, node: JsonNode): JsonNode => {
  let n = node
  for (let guard = 0; n.$ref !== undefined; guard++) {
    const name = n.$ref.replace(/^#\/\$defs\//, "")
    const next = doc.$defs[name]
    if (next === undefined || guard > 32) throw new Error(`khabar/export: unresolved schema reference ${n.$ref}`)
    n = next
  }
  return n
}

/** Unwraps `NullOr(X)`: returns X and whether null is allowed. */
const unwrapNull = (doc: JsonDocument, node: JsonNode): { node: JsonNode; nullable: boolean } => {
  const n = deref(doc, node)
  if (n.anyOf === undefined) return { node: n, nullable: false }
  const others = n.anyOf.filter((b) => b.type !== "null")
  const nullable = others.length < n.anyOf.length
  if (others.length === 1 && others[0] !== undefined) {
    const inner = unwrapNull(doc, others[0])
    return { node: inner.node, nullable: nullable || inner.nullable }
  }
  return { node: n, nullable }
}

interface FieldInfo {
  readonly type: ColumnType
  readonly nullable: boolean
  readonly description: string
  readonly values: ReadonlyArray<string> | null
}

const splitPath = (path: string): Array<{ name: string; array: boolean }> =>
  path.split(".").map((seg) => (seg.endsWith("[]") ? { name: seg.slice(0, -2), array: true } : { name: seg, array: false }))

/**
 * The column type of a scalar schema field, e.g. `schemaField("record", "entities[].start")`.
 * Nullable when the field or any object on the way is `NullOr` or optional.
 * Throws when the path does not exist or does not end at a scalar.
 */
export const schemaField = (root: SchemaRoot, path: string): FieldInfo => {
  const doc = documentOf(root)
  let node = deref(doc, doc)
  let nullable = false
  let description = ""
  for (const seg of splitPath(path)) {
    const props = node.properties
    const child = props?.[seg.name]
    if (props === undefined || child === undefined) throw new Error(`khabar/export: no field "${path}" in the ${root} schema`)
    const required = node.required?.includes(seg.name) ?? false
    const raw = deref(doc, child)
    const un = unwrapNull(doc, child)
    description = child.description ?? raw.description ?? un.node.description ?? ""
    if (seg.array) {
      if (un.node.type !== "array" || un.node.items === undefined) throw new Error(`khabar/export: "${seg.name}" in "${path}" is not an array`)
      node = deref(doc, un.node.items)
      nullable = false // one row per item: the item itself is present
    } else {
      node = un.node
      nullable = nullable || un.nullable || !required
    }
  }
  const values = node.enum ?? null
  const type: ColumnType | undefined =
    node.type === "string" ? "string" : node.type === "integer" ? "int32" : node.type === "number" ? "float64" : node.type === "boolean" ? "boolean" : undefined
  if (type === undefined) throw new Error(`khabar/export: "${path}" in the ${root} schema is not a scalar (${node.type ?? "union"})`)
  return { type, nullable, description, values }
}

/** The enum values of a string field, e.g. `schemaEnum("record", "entities[].type")`. */
export const schemaEnum = (root: SchemaRoot, path: string): ReadonlyArray<string> => {
  const values = schemaField(root, path).values
  if (values === null) throw new Error(`khabar/export: "${path}" is not an enum`)
  return values
}

/**
 * Every leaf field of a schema as a path (`source.path`, `entities[].text`,
 * `byline`, `meta`): scalars, lists of scalars and free-form records (meta).
 */
export const schemaLeafPaths = (root: SchemaRoot): Array<string> => {
  const doc = documentOf(root)
  const out: Array<string> = []
  const walk = (node: JsonNode, prefix: string): void => {
    const n = unwrapNull(doc, node).node
    if (n.type === "object" && n.properties !== undefined) {
      for (const [key, child] of Object.entries(n.properties)) walk(child, prefix === "" ? key : `${prefix}.${key}`)
      return
    }
    if (n.type === "array" && n.items !== undefined) {
      const item = unwrapNull(doc, n.items).node
      if (item.type === "object" && item.properties !== undefined) return walk(item, `${prefix}[]`)
    }
    out.push(prefix)
  }
  walk(deref(doc, doc), "")
  return out
}

// ---------------------------------------------------------------------------
// Column declarations
// ---------------------------------------------------------------------------

/** What a getter sees for one row. */
export interface RowContext<E> {
  readonly record: KhabarRecord
  readonly item: E
  /** Position of the item in its list (0-based). */
  readonly index: number
  /** Index of the paragraph holding an offset, or null when the offset is in no paragraph (title, dateline, boilerplate). */
  readonly paragraphOf: (offset: number) => number | null
  /** Canonical name of an entity by its document-local id. */
  readonly canonicalOf: (entityId: string) => string | null
}

/** A column with the function that fills it. */
export interface ColumnDef<E> {
  readonly spec: ColumnSpec
  readonly get: (ctx: RowContext<E>) => CellValue
}

const snake = (path: string): string =>
  path
    .replace(/\[\]/g, "")
    .replace(/\./g, "_")
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()

const readPath = (value: unknown, segments: ReadonlyArray<string>): CellValue => {
  let v: unknown = value
  for (const s of segments) {
    if (v === null || v === undefined || typeof v !== "object") return null
    v = (v as Record<string, unknown>)[s]
  }
  return v === undefined ? null : (v as CellValue)
}

/**
 * A column that copies one scalar field. `prefix` is where the row items sit
 * in the schema (`""` for the record itself, `"entities[]"` for mentions).
 */
/** Descriptions for fields the schema leaves undescribed, by field name. */
const FALLBACK_DESCRIPTIONS: Readonly<Record<string, string>> = {
  text: "The text as it stands in the original (`original.slice(start, end)`)",
  confidence: "Confidence of the extractor, 0–1",
  type: "Entity type",
  kind: "What kind of boilerplate",
  granularity: "How precise the date is",
  calendar: "Calendar the date is written in",
  relative: "Whether the date is relative (أمس, last Friday) and was resolved against the reference date",
  speaker: "Speaker as written next to the quote",
  speakerEntityId: "Entity id of the speaker (joins to entities.entity_id within the article)",
  verb: "Reporting verb (قال, said)",
  value: "Value",
  unit: "Unit or currency, when given",
  term: "Keyword term",
  score: "Keyword score (higher is better)",
  severity: "Severity",
  stage: "Stage that produced it",
  message: "Human-readable message",
  reason: "Why the input was rejected",
  id: "Input id (file name without extension, with #index inside JSON/NDJSON files)",
  path: "Input file path as given",
  index: "Position inside a JSON array or NDJSON file (0-based)",
  bytes: "Length of the raw input in bytes",
  line: "1-based line of the problem",
  column: "1-based column of the problem",
  offset: "Byte offset of the problem"
}

const copy = <E>(root: SchemaRoot, prefix: string, path: string, name?: string, description?: string): ColumnDef<E> => {
  const full = prefix === "" ? path : `${prefix}.${path}`
  const found = schemaField(root, full)
  const leaf = path.split(".").pop() ?? path
  const info = found.description === "" ? { ...found, description: FALLBACK_DESCRIPTIONS[leaf] ?? "" } : found
  const segments = path.split(".")
  return {
    spec: {
      name: name ?? snake(path),
      type: info.type,
      nullable: info.nullable,
      description: description ?? info.description,
      values: info.values,
      from: [full],
      copied: true
    },
    get: (ctx) => readPath(ctx.item, segments)
  }
}

interface ComputedSpec {
  readonly name: string
  readonly type: ColumnType
  readonly nullable: boolean
  readonly description: string
  readonly from: ReadonlyArray<string>
  readonly values?: ReadonlyArray<string> | undefined
}

const computed = <E>(spec: ComputedSpec, get: (ctx: RowContext<E>) => CellValue): ColumnDef<E> => ({
  spec: { ...spec, values: spec.values ?? null, copied: false },
  get
})

const articleId = <E>(): ColumnDef<E> =>
  computed({ name: "article_id", type: "string", nullable: false, description: "Id of the article (joins to articles.article_id)", from: ["id"] }, (ctx) => ctx.record.id)

const paragraphIndex = <E extends { readonly start: number }>(prefix: string): ColumnDef<E> =>
  computed(
    {
      name: "paragraph_index",
      type: "int32",
      nullable: true,
      description: "0-based index of the paragraph holding the start offset (joins to paragraphs); null outside paragraphs",
      from: [`${prefix}.start`, "paragraphs[].start", "paragraphs[].end"]
    },
    (ctx) => ctx.paragraphOf(ctx.item.start)
  )

const joined = (list: ReadonlyArray<string> | null | undefined): string | null =>
  list === null || list === undefined || list.length === 0 ? null : list.join(LIST_SEPARATOR)

/**
 * Words in a text: runs of letters and digits (with their combining marks and
 * joiners), where an apostrophe or hyphen between two such runs keeps one word
 * ("don't", "well-known"). The pattern has no ambiguous repetition, so it runs
 * in linear time on any input.
 */
export const countWords = (text: string): number => {
  WORD.lastIndex = 0
  let n = 0
  while (WORD.exec(text) !== null) n++
  return n
}
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}\u200C\u200D]*(?:['\u2019-][\p{L}\p{N}][\p{L}\p{N}\p{M}\u200C\u200D]*)*/gu

const outletOf = (r: KhabarRecord): string | null => {
  const s = r.meta["source"]
  if (typeof s === "string" && s.trim() !== "") return s
  return r.dateline?.agencies[0] ?? null
}

const R = "record" as const
const rec = <E>(prefix: string, path: string, name?: string, description?: string) => copy<E>(R, prefix, path, name, description)

const entityTypes = (): ReadonlyArray<string> => schemaEnum(R, "entities[].type")

const articleColumns = (): Array<ColumnDef<KhabarRecord>> => [
  rec("", "id", "article_id"),
  rec("", "language.code", "language"),
  rec("", "language.script", "script"),
  rec("", "language.direction", "direction"),
  rec("", "language.confidence", "language_confidence"),
  rec("", "title"),
  rec("", "titleSpan.start", "title_start"),
  rec("", "titleSpan.end", "title_end"),
  rec("", "dateline.text", "dateline"),
  computed(
    { name: "dateline_places", type: "string", nullable: true, description: `Dateline place names joined with "${LIST_SEPARATOR}"`, from: ["dateline.places"] },
    (ctx) => joined(ctx.item.dateline?.places)
  ),
  computed(
    { name: "dateline_agencies", type: "string", nullable: true, description: `Dateline agency or outlet names joined with "${LIST_SEPARATOR}"`, from: ["dateline.agencies"] },
    (ctx) => joined(ctx.item.dateline?.agencies)
  ),
  rec("", "dateline.date", "dateline_date"),
  rec("", "dateline.start", "dateline_start"),
  rec("", "dateline.end", "dateline_end"),
  computed(
    { name: "byline", type: "string", nullable: true, description: `Author names joined with "${LIST_SEPARATOR}"`, from: ["byline"] },
    (ctx) => joined(ctx.item.byline)
  ),
  rec("", "bylineSpan.start", "byline_start"),
  rec("", "bylineSpan.end", "byline_end"),
  rec("", "published"),
  computed(
    {
      name: "outlet",
      type: "string",
      nullable: true,
      description: "Outlet: the input metadata field `source` when it is a non-empty string, else the first dateline agency",
      from: ["meta", "dateline.agencies"]
    },
    (ctx) => outletOf(ctx.item)
  ),
  computed(
    { name: "paragraph_count", type: "int32", nullable: false, description: "Number of paragraphs", from: ["paragraphs[].text"] },
    (ctx) => ctx.item.paragraphs.length
  ),
  computed(
    { name: "word_count", type: "int32", nullable: false, description: "Words in the paragraphs (runs of letters and digits)", from: ["paragraphs[].text"] },
    (ctx) => ctx.item.paragraphs.reduce((n, p) => n + countWords(p.text), 0)
  ),
  computed(
    { name: "entity_count", type: "int32", nullable: false, description: "Entity mentions", from: ["entities[].type"] },
    (ctx) => ctx.item.entities.length
  ),
  ...entityTypes().map((t) =>
    computed<KhabarRecord>(
      { name: `${t.toLowerCase()}_count`, type: "int32", nullable: false, description: `${t} mentions`, from: ["entities[].type"] },
      (ctx) => countType(ctx.item.entities, t)
    )
  ),
  computed(
    { name: "date_count", type: "int32", nullable: false, description: "Date mentions", from: ["dates[].text"] },
    (ctx) => ctx.item.dates.length
  ),
  computed(
    { name: "quote_count", type: "int32", nullable: false, description: "Quotes", from: ["quotes[].text"] },
    (ctx) => ctx.item.quotes.length
  ),
  computed(
    { name: "number_count", type: "int32", nullable: false, description: "Number mentions", from: ["numbers[].text"] },
    (ctx) => ctx.item.numbers.length
  ),
  computed(
    { name: "boilerplate_count", type: "int32", nullable: false, description: "Boilerplate blocks cut from the text", from: ["boilerplate[].text"] },
    (ctx) => ctx.item.boilerplate.length
  ),
  computed(
    { name: "keywords", type: "string", nullable: true, description: `Keyword terms, best first, joined with "${LIST_SEPARATOR}"`, from: ["keywords[].term"] },
    (ctx) => joined(ctx.item.keywords.map((k) => k.term))
  ),
  computed(
    { name: "diagnostic_count", type: "int32", nullable: false, description: "Diagnostics (see the diagnostics table)", from: ["diagnostics[].severity"] },
    (ctx) => ctx.item.diagnostics.length
  ),
  computed(
    { name: "meta", type: "string", nullable: false, description: "Input metadata as a JSON object text (`{}` when empty)", from: ["meta"] },
    (ctx) => JSON.stringify(ctx.item.meta)
  ),
  rec("", "duplicateOf", "duplicate_of"),
  rec("", "similarity"),
  rec("", "source.path", "source_path"),
  rec("", "source.index", "source_index"),
  rec("", "source.bytes", "source_bytes"),
  rec("", "source.encoding", "source_encoding"),
  rec("", "source.encodingConfidence", "source_encoding_confidence"),
  rec("", "source.hash", "source_hash")
]

const countType = (entities: ReadonlyArray<Entity>, type: string): number => {
  let n = 0
  for (const e of entities) if (e.type === type) n++
  return n
}

const mentionColumns = <T extends { readonly start: number }>(key: string, middle: ReadonlyArray<ColumnDef<T>>): Array<ColumnDef<T>> => {
  const p = `${key}[]`
  return [articleId<T>(), paragraphIndex<T>(p), ...middle, rec<T>(p, "start"), rec<T>(p, "end")]
}

const E = "entities[]"
const D = "dates[]"
const Q = "quotes[]"
const N = "numbers[]"
const B = "boilerplate[]"
const P = "paragraphs[]"
const K = "keywords[]"
const G = "diagnostics[]"

/** A table layout with the rows it is built from. */
export interface TableDef<E> {
  readonly name: TableName
  readonly grain: string
  readonly columns: ReadonlyArray<ColumnDef<E>>
  /** The items of one record that become rows (unused by `rejects`). */
  readonly items: (record: KhabarRecord) => ReadonlyArray<E>
}

const def = <E>(name: TableName, grain: string, items: (r: KhabarRecord) => ReadonlyArray<E>, columns: ReadonlyArray<ColumnDef<E>>): TableDef<E> => ({
  name,
  grain,
  items,
  columns
})

const rej = (path: string, name?: string) => copy<Reject>("reject", "", path, name)

const buildDefs = () => ({
  articles: def<KhabarRecord>("articles", "one row per article", (r) => [r], articleColumns()),
  paragraphs: def<Paragraph>("paragraphs", "one row per paragraph", (r) => r.paragraphs, [
    articleId(),
    computed(
      { name: "paragraph_index", type: "int32", nullable: false, description: "0-based position of the paragraph in the article", from: [] },
      (ctx) => ctx.index
    ),
    rec(P, "text"),
    rec(P, "display"),
    rec(P, "start"),
    rec(P, "end"),
    computed(
      { name: "word_count", type: "int32", nullable: false, description: "Words in the paragraph (runs of letters and digits)", from: [`${P}.text`] },
      (ctx) => countWords(ctx.item.text)
    )
  ]),
  entities: def<Entity>(
    "entities",
    "one row per entity mention",
    (r) => r.entities,
    mentionColumns("entities", [rec(E, "type"), rec(E, "text"), rec(E, "canonical"), rec(E, "entityId"), rec(E, "role"), rec(E, "confidence")])
  ),
  dates: def<DateMention>(
    "dates",
    "one row per date mention",
    (r) => r.dates,
    mentionColumns("dates", [rec(D, "text"), rec(D, "value"), rec(D, "granularity"), rec(D, "calendar"), rec(D, "relative"), rec(D, "mod")])
  ),
  quotes: def<Quote>(
    "quotes",
    "one row per quote",
    (r) => r.quotes,
    mentionColumns("quotes", [
      rec(Q, "text"),
      rec(Q, "speaker"),
      rec(Q, "speakerEntityId"),
      computed(
        {
          name: "speaker_canonical",
          type: "string",
          nullable: true,
          description: "Canonical name of the speaker's entity (from the entities of the same article); null when the speaker is not linked",
          from: [`${Q}.speakerEntityId`, `${E}.entityId`, `${E}.canonical`]
        },
        (ctx) => (ctx.item.speakerEntityId === null ? null : ctx.canonicalOf(ctx.item.speakerEntityId))
      ),
      rec(Q, "verb")
    ])
  ),
  numbers: def<NumberMention>("numbers", "one row per number mention", (r) => r.numbers, mentionColumns("numbers", [rec(N, "text"), rec(N, "value"), rec(N, "unit")])),
  boilerplate: def<Boilerplate>("boilerplate", "one row per boilerplate block cut from the text", (r) => r.boilerplate, [
    articleId(),
    rec(B, "kind"),
    rec(B, "rule"),
    rec(B, "text"),
    rec(B, "start"),
    rec(B, "end")
  ]),
  keywords: def<Keyword>("keywords", "one row per keyword", (r) => r.keywords, [
    articleId(),
    computed({ name: "rank", type: "int32", nullable: false, description: "1 for the best keyword of the article, then 2, 3, …", from: [] }, (ctx) => ctx.index + 1),
    rec(K, "term"),
    rec(K, "score")
  ]),
  diagnostics: def<Diagnostic>("diagnostics", "one row per diagnostic", (r) => r.diagnostics, [
    articleId(),
    rec(G, "severity"),
    rec(G, "code"),
    rec(G, "stage"),
    rec(G, "message"),
    rec(G, "start"),
    rec(G, "end")
  ])
})

/** The rejects table: one row per input that did not become a record. */
const buildRejectDef = (): { readonly name: "rejects"; readonly grain: string; readonly columns: ReadonlyArray<ColumnDef<Reject>> } => ({
  name: "rejects",
  grain: "one row per rejected input",
  columns: [
    rej("id"),
    rej("reason"),
    rej("code"),
    rej("stage"),
    rej("message"),
    rej("source.path", "source_path"),
    rej("source.index", "source_index"),
    rej("source.bytes", "source_bytes"),
    rej("place.line", "place_line"),
    rej("place.column", "place_column"),
    rej("place.offset", "place_offset")
  ]
})

let cache: { records: ReturnType<typeof buildDefs>; rejects: ReturnType<typeof buildRejectDef> } | undefined

/** The table definitions (built once, on first use). @internal */
export const tableDefs = () => {
  cache ??= { records: buildDefs(), rejects: buildRejectDef() }
  return cache
}

/** The layout of one table. */
export const tableSpec = (name: TableName): TableSpec => {
  const defs = tableDefs()
  const d = name === "rejects" ? defs.rejects : defs.records[name]
  return { name, grain: d.grain, columns: (d.columns as ReadonlyArray<ColumnDef<unknown>>).map((c) => c.spec) }
}

/** The layouts of every table, in {@link TABLE_NAMES} order. */
export const tableSpecs = (): ReadonlyArray<TableSpec> => TABLE_NAMES.map(tableSpec)

/** Throws a readable error when a name is not a table. */
export const parseTableNames = (names: string | ReadonlyArray<string>): Array<TableName> => {
  const list = (typeof names === "string" ? names.split(",") : names).map((s) => s.trim()).filter((s) => s !== "")
  const out: Array<TableName> = []
  for (const n of list) {
    if (!(TABLE_NAMES as ReadonlyArray<string>).includes(n)) throw new Error(`unknown table "${n}"; tables are ${TABLE_NAMES.join(", ")}`)
    if (!out.includes(n as TableName)) out.push(n as TableName)
  }
  if (out.length === 0) throw new Error(`no table named; tables are ${TABLE_NAMES.join(", ")}`)
  return out
}

/** The column reference as a Markdown section (used in docs/export.md, checked by a test). */
export const tablesMarkdown = (): string => {
  const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ")
  let out = ""
  for (const t of tableSpecs()) {
    out += `### \`${t.name}\`\n\n${t.grain[0]?.toUpperCase()}${t.grain.slice(1)}.\n\n| column | type | null | description |\n|---|---|---|---|\n`
    for (const c of t.columns) {
      const values = c.values === null ? "" : ` One of: ${c.values.map((v) => `\`${v}\``).join(", ")}.`
      const from = c.copied ? "" : c.from.length > 0 ? ` (computed from ${c.from.map((f) => `\`${f}\``).join(", ")})` : " (computed)"
      out += `| \`${c.name}\` | ${c.type} | ${c.nullable ? "yes" : "no"} | ${esc(c.description + from + values)} |\n`
    }
    out += "\n"
  }
  return out
}
