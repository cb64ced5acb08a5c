/**
 * What the corpus report shows, computed with arquero from the export tables:
 * plain data, no drawing. Browser-safe.
 *
 * @module
 */
import * as aq from "arquero"
import type { KhabarRecord, Reject } from "../schema/record.js"
import { schemaEnum } from "../export/columns.js"
import { toTables } from "../export/tables.js"

export interface OutletCount {
  readonly outlet: string
  readonly language: string
  readonly articles: number
}

export interface EntityCount {
  readonly type: string
  readonly canonical: string
  readonly mentions: number
  readonly articles: number
}

export interface DatePoint {
  /** First day of the period the date falls in (UTC). */
  readonly date: Date
  readonly series: "mentioned" | "published"
}

export interface SpeakerCount {
  readonly speaker: string
  readonly quotes: number
  readonly articles: number
}

export interface QuoteRow {
  readonly speaker: string
  readonly text: string
  readonly articleId: string
  readonly rtl: boolean
}

export interface ArticleRow {
  readonly id: string
  readonly outlet: string | null
  readonly language: string
  readonly rtl: boolean
  readonly title: string | null
  readonly published: string | null
  readonly words: number
  readonly entities: number
  readonly quotes: number
}

export interface ReportSummary {
  readonly totals: {
    readonly articles: number
    readonly rejects: number
    readonly paragraphs: number
    readonly words: number
    readonly entities: number
    readonly dates: number
    readonly quotes: number
    readonly numbers: number
  }
  readonly languages: ReadonlyArray<{ readonly language: string; readonly articles: number }>
  /** `rtl` when most articles are written right to left. */
  readonly direction: "rtl" | "ltr"
  readonly outlets: ReadonlyArray<OutletCount>
  readonly entityTypes: ReadonlyArray<string>
  /** Top entities per type, most mentioned first. */
  readonly topEntities: Readonly<Record<string, ReadonlyArray<EntityCount>>>
  readonly timeline: ReadonlyArray<DatePoint>
  /** Mentioned dates that could not be placed on the timeline (unresolved). */
  readonly unresolvedDates: number
  readonly speakers: ReadonlyArray<SpeakerCount>
  readonly quotes: ReadonlyArray<QuoteRow>
  readonly rejectReasons: ReadonlyArray<{ readonly reason: string; readonly count: number }>
  readonly rejects: ReadonlyArray<Reject>
  readonly articles: ReadonlyArray<ArticleRow>
}

export interface SummaryOptions {
  /** Entities shown per type (default 10). */
  readonly topEntities?: number | undefined
  /** Speakers shown (default 15). */
  readonly topSpeakers?: number | undefined
  /** Quotes listed (default 40). */
  readonly quotes?: number | undefined
}

/** The unknown-outlet label. */
export const UNKNOWN_OUTLET = "(unknown)"
/** The label of quotes with no speaker. */
export const UNATTRIBUTED = "(unattributed)"

/** A `YYYY`, `YYYY-MM` or `YYYY-MM-DD[THH:MM]` value as a UTC date (the first day of its period), or null. */
export const parseDateValue = (value: string | null): Date | null => {
  if (value === null) return null
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value)
  if (m === null) return null
  const year = Number(m[1])
  const month = m[2] === undefined ? 1 : Number(m[2])
  const day = m[3] === undefined ? 1 : Number(m[3])
  const d = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls over (month 13 is next January): accept only dates that exist.
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day ? d : null
}

type Obj = Record<string, unknown>

/** Builds the report's data from records and rejects. */
export const summarize = (records: ReadonlyArray<KhabarRecord>, rejects: ReadonlyArray<Reject> = [], options: SummaryOptions = {}): ReportSummary => {
  const t = toTables(records, rejects)
  const top = options.topEntities ?? 10
  const rtlCount = records.filter((r) => r.language.direction === "rtl").length

  const outlets = t.articles
    .derive({ outlet: aq.escape((d: Obj) => (d.outlet as string | null) ?? UNKNOWN_OUTLET) })
    .groupby("outlet", "language")
    .count({ as: "articles" })
    .orderby(aq.desc("articles"), "outlet")
    .objects() as Array<OutletCount>

  const entityTypes = schemaEnum("record", "entities[].type")
  const counts = t.entities
    .groupby("type", "canonical")
    .rollup({ mentions: aq.op.count(), articles: aq.op.distinct("article_id") })
    .orderby("type", aq.desc("mentions"), aq.desc("articles"), "canonical")
    .objects() as Array<EntityCount>
  const topEntities = Object.fromEntries(entityTypes.map((type) => [type, counts.filter((c) => c.type === type).slice(0, top)]))

  const timeline: Array<DatePoint> = []
  let unresolvedDates = 0
  for (const r of records) {
    for (const d of r.dates) {
      const date = parseDateValue(d.value)
      if (date === null) unresolvedDates++
      else timeline.push({ date, series: "mentioned" })
    }
    const p = parseDateValue(r.published)
    if (p !== null) timeline.push({ date: p, series: "published" })
  }

  const quotes = t.quotes.derive({
    speaker_name: aq.escape((d: Obj) => (d.speaker_canonical as string | null) ?? (d.speaker as string | null) ?? UNATTRIBUTED)
  })
  const speakers = (quotes
    .groupby("speaker_name")
    .rollup({ quotes: aq.op.count(), articles: aq.op.distinct("article_id") })
    .orderby(aq.desc("quotes"), "speaker_name")
    .objects({ limit: options.topSpeakers ?? 15 }) as Array<Obj>)
    .map((o) => ({ speaker: o.speaker_name as string, quotes: o.quotes as number, articles: o.articles as number }))

  const rtlById = new Map(records.map((r) => [r.id, r.language.direction === "rtl"]))
  const quoteRows = (quotes.objects({ limit: options.quotes ?? 40 }) as Array<Obj>).map((q) => ({
    speaker: q.speaker_name as string,
    text: q.text as string,
    articleId: q.article_id as string,
    rtl: rtlById.get(q.article_id as string) ?? false
  }))

  const rejectReasons = t.rejects.groupby("reason").count().orderby(aq.desc("count"), "reason").objects() as Array<{ reason: string; count: number }>

  const articles = (t.articles.objects() as Array<Obj>).map((a) => ({
    id: a.article_id as string,
    outlet: a.outlet as string | null,
    language: a.language as string,
    rtl: a.direction === "rtl",
    title: a.title as string | null,
    published: a.published as string | null,
    words: a.word_count as number,
    entities: a.entity_count as number,
    quotes: a.quote_count as number
  }))

  const languages = t.articles.groupby("language").count({ as: "articles" }).orderby(aq.desc("articles"), "language").objects() as Array<{
    language: string
    articles: number
  }>

  return {
    totals: {
      articles: records.length,
      rejects: rejects.length,
      paragraphs: t.paragraphs.numRows(),
      words: articles.reduce((n, a) => n + a.words, 0),
      entities: t.entities.numRows(),
      dates: t.dates.numRows(),
      quotes: t.quotes.numRows(),
      numbers: t.numbers.numRows()
    },
    languages,
    direction: rtlCount * 2 > records.length ? "rtl" : "ltr",
    outlets,
    entityTypes,
    topEntities,
    timeline,
    unresolvedDates,
    speakers,
    quotes: quoteRows,
    rejectReasons,
    rejects,
    articles
  }
}
