/**
 * The output record: the single source of truth for what khabar produces.
 *
 * Every exporter (JSON, NDJSON, CSV, Arrow, Parquet), the JSON Schema in
 * `docs/schema/record.schema.json` and the table columns derive from the
 * schemas in this file. Field names are part of the public contract.
 *
 * Offsets: every `start`/`end` pair is a half-open range `[start, end)` in
 * UTF-16 code units (JavaScript string indexes) into the decoded original text
 * of the article, and `text` is exactly `original.slice(start, end)` unless the
 * field's description says the text is normalized.
 *
 * @module
 */
import { Schema } from "effect"

const Offset = Schema.Int.pipe(Schema.check(Schema.isGreaterThanOrEqualTo(0)))

const spanFields = {
  start: Offset.annotate({ description: "Start offset (inclusive), UTF-16 code units into the original text" }),
  end: Offset.annotate({ description: "End offset (exclusive), UTF-16 code units into the original text" })
}

/** A bare `[start, end)` range into the original text. */
export const Span = Schema.Struct(spanFields).annotate({ identifier: "Span" })
export type Span = typeof Span.Type

/** Where a record came from. */
export const Source = Schema.Struct({
  path: Schema.NullOr(Schema.String).annotate({ description: "Input file path as given (null for in-memory text)" }),
  index: Schema.NullOr(Offset).annotate({
    description: "Position of the article inside a JSON array or NDJSON file (0-based); null for one-article inputs"
  }),
  bytes: Offset.annotate({ description: "Length of the raw input in bytes (UTF-8 length for in-memory strings)" }),
  encoding: Schema.String.annotate({ description: "Encoding the text was decoded from, e.g. utf-8, utf-16le, windows-1256" }),
  encodingConfidence: Schema.NullOr(Schema.Finite).annotate({
    description: "0–1 when the encoding was guessed by detection; null when it was certain (BOM, valid UTF-8, string input)"
  }),
  hash: Schema.String.annotate({ description: "Content hash of the decoded text (fnv1a64, hex)" })
}).annotate({ identifier: "Source" })
export type Source = typeof Source.Type

export const Language = Schema.Struct({
  code: Schema.String.annotate({ description: "ISO 639-1 code (ar, en, …) or und when unknown" }),
  script: Schema.String.annotate({ description: "ISO 15924 script of most letters: Arab, Latn, …, or Zyyy" }),
  direction: Schema.Literals(["rtl", "ltr"]),
  confidence: Schema.Finite.annotate({ description: "Share of letters in the dominant script, 0–1" })
}).annotate({ identifier: "Language" })
export type Language = typeof Language.Type

export const Dateline = Schema.Struct({
  text: Schema.String.annotate({ description: "The dateline as it stands in the original text" }),
  places: Schema.Array(Schema.String).annotate({ description: "Place names, e.g. [\"عواصم\"], [\"LONDON\"]" }),
  agencies: Schema.Array(Schema.String).annotate({ description: "Agency or outlet names, e.g. [\"وكالات\"], [\"Reuters\"]" }),
  date: Schema.NullOr(Schema.String).annotate({ description: "Date text found inside the dateline, as written" }),
  ...spanFields
}).annotate({ identifier: "Dateline" })
export type Dateline = typeof Dateline.Type

export const Paragraph = Schema.Struct({
  text: Schema.String,
  display: Schema.NullOr(Schema.String).annotate({
    description: "Normalized text for display (the normalize stage's `display` preset); null when the stage did not run"
  }),
  ...spanFields
}).annotate({ identifier: "Paragraph" })
export type Paragraph = typeof Paragraph.Type

export const BoilerplateKind = Schema.Literals([
  "site-title",
  "crawl-meta",
  "related",
  "navigation",
  "share",
  "caption",
  "end-marker",
  "timestamp",
  "tags",
  "copyright",
  "credit",
  "advert",
  "subscribe",
  "source-link",
  "other"
])
export type BoilerplateKind = typeof BoilerplateKind.Type

export const Boilerplate = Schema.Struct({
  text: Schema.String,
  kind: BoilerplateKind,
  rule: Schema.String.annotate({ description: "Which lexicon rule or heuristic cut it (the reason)" }),
  ...spanFields
}).annotate({ identifier: "Boilerplate" })
export type Boilerplate = typeof Boilerplate.Type

export const EntityType = Schema.Literals(["PERSON", "LOCATION", "ORGANIZATION", "MISC"])
export type EntityType = typeof EntityType.Type

export const Entity = Schema.Struct({
  text: Schema.String,
  type: EntityType,
  canonical: Schema.String.annotate({ description: "Longest form of the same entity in the document (normalized for display)" }),
  entityId: Schema.String.annotate({ description: "Document-local id shared by all mentions of one entity" }),
  role: Schema.NullOr(Schema.String).annotate({ description: "Title or role next to the mention, e.g. الرئيس الروسي" }),
  confidence: Schema.Finite,
  ...spanFields
}).annotate({ identifier: "Entity" })
export type Entity = typeof Entity.Type

/**
 * The part of its period a date names, as TIMEX3's `mod` (START, MID, END): `late January`, `مطلع العام`,
 * `the end of last year`, `منتصف يوليو`. The value stays the whole period.
 */
export const DateMod = Schema.Literals(["start", "mid", "end"])
export type DateMod = typeof DateMod.Type

export const DateMention = Schema.Struct({
  text: Schema.String,
  value: Schema.NullOr(Schema.String).annotate({
    description:
      "YYYY-MM-DD, YYYY-MM or YYYY, with THH:MM when a time is given; an ISO 8601 interval start/end (2017-11-22/2017-11-23) for ranges, weeks, Hijri months, seasons (2004-06/2004-08), decades and centuries (1800/1899); null when unresolved"
  }),
  granularity: Schema.Literals(["year", "month", "day", "time", "weekday", "part-of-day", "range"]),
  calendar: Schema.Literals(["gregorian", "hijri", "both"]),
  relative: Schema.Boolean,
  mod: Schema.NullOr(DateMod).annotate({
    description:
      "The part of the period the text names, as TIMEX3's mod: start (early 2005, مطلع العام), mid (mid-March, منتصف يوليو) or end (late January, نهاية العام); the value is the whole period; null for the whole"
  }),
  ...spanFields
}).annotate({ identifier: "DateMention" })
export type DateMention = typeof DateMention.Type

export const Quote = Schema.Struct({
  text: Schema.String,
  speaker: Schema.NullOr(Schema.String),
  speakerEntityId: Schema.NullOr(Schema.String),
  verb: Schema.NullOr(Schema.String),
  ...spanFields
}).annotate({ identifier: "Quote" })
export type Quote = typeof Quote.Type

export const NumberMention = Schema.Struct({
  text: Schema.String,
  value: Schema.Finite,
  unit: Schema.NullOr(Schema.String),
  ...spanFields
}).annotate({ identifier: "NumberMention" })
export type NumberMention = typeof NumberMention.Type

export const Keyword = Schema.Struct({
  term: Schema.String,
  score: Schema.Finite
}).annotate({ identifier: "Keyword" })
export type Keyword = typeof Keyword.Type

export const Severity = Schema.Literals(["info", "warning", "error"])
export type Severity = typeof Severity.Type

export const Diagnostic = Schema.Struct({
  severity: Severity,
  code: Schema.String.annotate({ description: "Stable code, e.g. KHB-W101; see docs/errors.md" }),
  stage: Schema.String,
  message: Schema.String,
  start: Schema.optionalKey(Offset),
  end: Schema.optionalKey(Offset)
}).annotate({ identifier: "Diagnostic" })
export type Diagnostic = typeof Diagnostic.Type

export const MetaValue = Schema.Union([Schema.String, Schema.Finite, Schema.Boolean, Schema.Null])
export const Meta = Schema.Record(Schema.String, MetaValue).annotate({
  description: "Input metadata kept as is (from --meta-field or the API)"
})
export type Meta = typeof Meta.Type

/** One article. */
export const KhabarRecord = Schema.Struct({
  id: Schema.NonEmptyString,
  source: Source,
  language: Language,
  title: Schema.NullOr(Schema.String).annotate({ description: "Headline without site suffixes such as ' - BBC Arabic'" }),
  titleSpan: Schema.NullOr(Span),
  dateline: Schema.NullOr(Dateline),
  byline: Schema.Array(Schema.String).annotate({ description: "Author names" }),
  bylineSpan: Schema.NullOr(Span),
  published: Schema.NullOr(Schema.String).annotate({ description: "YYYY-MM-DD, from the text or the input metadata" }),
  paragraphs: Schema.Array(Paragraph),
  boilerplate: Schema.Array(Boilerplate),
  entities: Schema.Array(Entity),
  dates: Schema.Array(DateMention),
  quotes: Schema.Array(Quote),
  numbers: Schema.Array(NumberMention),
  keywords: Schema.Array(Keyword),
  meta: Meta,
  duplicateOf: Schema.NullOr(Schema.String).annotate({
    description: "Id of the first record seen with the same or a near-identical body (corpus runs with deduplication); null otherwise"
  }),
  similarity: Schema.NullOr(Schema.Finite).annotate({
    description: "Estimated similarity (0–1) of the body to the record in duplicateOf; null when not a duplicate"
  }),
  diagnostics: Schema.Array(Diagnostic)
}).annotate({ identifier: "KhabarRecord", title: "khabar article record" })
export type KhabarRecord = typeof KhabarRecord.Type

export const RejectReason = Schema.Literals([
  "empty",
  "binary",
  "decode",
  "not-article",
  "too-large",
  "invalid-json",
  "missing-field",
  "io",
  "invalid-record",
  "stage-failed"
])
export type RejectReason = typeof RejectReason.Type

/** An input that did not become a record, and why. */
export const Reject = Schema.Struct({
  id: Schema.String,
  source: Schema.Struct({
    path: Schema.NullOr(Schema.String),
    index: Schema.NullOr(Offset),
    bytes: Schema.NullOr(Offset)
  }),
  reason: RejectReason,
  code: Schema.String,
  stage: Schema.String,
  message: Schema.String,
  place: Schema.NullOr(
    Schema.Struct({
      line: Schema.NullOr(Schema.Int),
      column: Schema.NullOr(Schema.Int),
      offset: Schema.NullOr(Schema.Int)
    })
  )
}).annotate({ identifier: "Reject", title: "khabar rejected input" })
export type Reject = typeof Reject.Type
