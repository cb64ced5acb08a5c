/**
 * The corpus report: one self-contained HTML page (no script, no external
 * file) with charts drawn by Observable Plot as inline SVG on the server side
 * (through linkedom's DOM), so the page opens anywhere, even with JavaScript
 * off. The page is right to left when most articles are; every text cell
 * takes its own direction (`dir="auto"`).
 *
 * @module
 */
import * as Plot from "@observablehq/plot"
import { parseHTML } from "linkedom"
import type { KhabarRecord, Reject } from "../schema/record.js"
import { summarize, type EntityCount, type ReportSummary, type SummaryOptions } from "./summary.js"

export interface ReportOptions extends SummaryOptions {
  /** Page title (default "khabar report"). */
  readonly title?: string | undefined
  /** Shown in the footer, e.g. the input file names. */
  readonly inputs?: ReadonlyArray<string> | undefined
  /** Shown in the footer when given (kept out by default so the page is reproducible). */
  readonly generatedAt?: string | undefined
}

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;")

const TYPE_COLORS: Readonly<Record<string, string>> = {
  PERSON: "#4269d0",
  LOCATION: "#3ca951",
  ORGANIZATION: "#ff8ab7",
  MISC: "#a463f2"
}
const TYPE_LABELS: Readonly<Record<string, { en: string; ar: string }>> = {
  PERSON: { en: "People", ar: "أشخاص" },
  LOCATION: { en: "Places", ar: "أماكن" },
  ORGANIZATION: { en: "Organizations", ar: "منظمات" },
  MISC: { en: "Other", ar: "أخرى" }
}

const truncate = (s: string, n = 34): string => (s.length > n ? s.slice(0, n - 1) + "…" : s)

/** Rough label width in pixels at the charts' 12px font (Plot cannot measure text on the server). */
const labelWidth = (labels: ReadonlyArray<string>): number => Math.min(260, 22 + 7.4 * Math.max(4, ...labels.map((l) => truncate(l).length)))

interface Drawer {
  readonly document: unknown
  readonly rtl: boolean
}

const svg = (plot: unknown): string => (plot as { outerHTML: string }).outerHTML

/** A horizontal bar chart of counts by label; mirrored (bars growing leftwards, labels on the right) on right-to-left pages. */
const barChart = <T extends object>(
  d: Drawer,
  data: ReadonlyArray<T>,
  o: { label: keyof T & string; value: keyof T & string; color: string; valueLabel: string; title: (row: T) => string; width?: number }
): string => {
  const labels = data.map((r) => String(r[o.label]))
  const margin = labelWidth(labels)
  return svg(
    Plot.plot({
      document: d.document as never,
      width: o.width ?? 520,
      height: 52 + 22 * data.length,
      marginLeft: d.rtl ? 12 : margin,
      marginRight: d.rtl ? margin : 24,
      style: { fontSize: "12px" },
      x: { grid: true, label: o.valueLabel, reverse: d.rtl, nice: true, tickFormat: (v: number) => (Number.isInteger(v) ? String(v) : "") },
      y: { label: null, axis: d.rtl ? "right" : "left", tickFormat: (s: string) => truncate(s), domain: labels },
      marks: [
        Plot.barX(data as Array<T>, { x: o.value, y: o.label, fill: o.color, title: o.title, insetTop: 2, insetBottom: 2 }),
        Plot.text(data as Array<T>, { x: o.value, y: o.label, text: (r: T) => String(r[o.value]), dx: d.rtl ? -4 : 4, textAnchor: d.rtl ? "end" : "start", fill: "#333" }),
        Plot.ruleX([0])
      ]
    })
  )
}

const outletChart = (d: Drawer, s: ReportSummary): string => {
  const labels = [...new Set(s.outlets.map((o) => o.outlet))]
  const margin = labelWidth(labels)
  return svg(
    Plot.plot({
      document: d.document as never,
      width: 520,
      height: 52 + 24 * labels.length,
      marginLeft: d.rtl ? 12 : margin,
      marginRight: d.rtl ? margin : 24,
      style: { fontSize: "12px" },
      color: { legend: true, scheme: "tableau10" },
      x: { grid: true, label: "articles", reverse: d.rtl, tickFormat: (v: number) => (Number.isInteger(v) ? String(v) : "") },
      y: { label: null, axis: d.rtl ? "right" : "left", domain: labels, tickFormat: (x: string) => truncate(x) },
      marks: [
        Plot.barX(s.outlets as Array<object>, {
          x: "articles",
          y: "outlet",
          fill: "language",
          title: (o: { outlet: string; language: string; articles: number }) => `${o.outlet} (${o.language}): ${o.articles}`,
          insetTop: 2,
          insetBottom: 2
        }),
        Plot.ruleX([0])
      ]
    })
  )
}

const YEAR = 365.25 * 86_400_000

/**
 * The time window the timeline shows: the publication dates widened by two
 * years before and one after (mentions of a distant past would squeeze the
 * news into one bar), or every date when nothing has a publication date.
 */
export const timelineWindow = (s: ReportSummary): { from: number; to: number; hidden: number } => {
  const published = s.timeline.filter((p) => p.series === "published").map((p) => p.date.getTime())
  const all = s.timeline.map((p) => p.date.getTime())
  const basis = published.length > 0 ? published : all
  const from = Math.min(...basis) - (published.length > 0 ? 2 * YEAR : 0)
  const to = Math.max(...basis) + (published.length > 0 ? YEAR : 0)
  return { from, to, hidden: all.filter((t) => t < from || t > to).length }
}

const timelineChart = (d: Drawer, s: ReportSummary): string => {
  const w = timelineWindow(s)
  const points = s.timeline.filter((p) => p.date.getTime() >= w.from && p.date.getTime() <= w.to)
  const interval = w.to - w.from > 3 * YEAR ? "year" : "month"
  return svg(
    Plot.plot({
      document: d.document as never,
      width: 1040,
      height: 260,
      marginBottom: 36,
      style: { fontSize: "12px" },
      x: { type: "utc", label: null },
      y: { grid: true, label: `dates per ${interval}`, tickFormat: (v: number) => (Number.isInteger(v) ? String(v) : "") },
      color: { legend: true, domain: ["mentioned", "published"], range: ["#4269d0", "#efb118"] },
      marks: [
        Plot.rectY(
          points as Array<object>,
          Plot.binX({ y: "count", title: (g: ReadonlyArray<unknown>) => `${g.length}` }, { x: "date", fill: "series", interval, insetLeft: 1 } as never)
        ),
        Plot.ruleY([0])
      ]
    })
  )
}

const section = (id: string, title: string, body: string, note = ""): string =>
  `<section id="${id}"><h2>${esc(title)}</h2>${note === "" ? "" : `<p class="note" dir="auto">${note}</p>`}${body}</section>`

const empty = (text: string) => `<p class="empty" dir="auto">${esc(text)}</p>`

const figure = (chart: string, caption: string, cls = "chart") => `<figure class="${cls}"><figcaption dir="auto">${esc(caption)}</figcaption>${chart}</figure>`

const entityCharts = (d: Drawer, s: ReportSummary): string => {
  const parts = s.entityTypes
    .filter((type) => (s.topEntities[type] ?? []).length > 0)
    .map((type) => {
      const rows = s.topEntities[type] ?? []
      const label = TYPE_LABELS[type] ?? { en: type, ar: type }
      const chart = barChart<EntityCount>(d, rows, {
        label: "canonical",
        value: "mentions",
        color: TYPE_COLORS[type] ?? "#888",
        valueLabel: "mentions",
        title: (r) => `${r.canonical}: ${r.mentions} mentions in ${r.articles} article(s)`
      })
      return `<figure class="chart" data-type="${esc(type)}"><figcaption><span class="swatch" style="background:${TYPE_COLORS[type] ?? "#888"}"></span>${esc(
        d.rtl ? `${label.ar} · ${label.en}` : `${label.en} · ${label.ar}`
      )} <span class="muted">(${esc(type)})</span></figcaption>${chart}</figure>`
    })
  return parts.length === 0 ? empty("No entities in this run.") : `<div class="grid">${parts.join("")}</div>`
}

/** A table; each row is its cells' HTML. */
const table = (head: ReadonlyArray<string>, rows: ReadonlyArray<string>, cls = ""): string =>
  `<div class="scroll"><table class="${cls}"><thead><tr>${head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r}</tr>`)
    .join("")}</tbody></table></div>`

const td = (text: string | number | null, opts: { auto?: boolean; num?: boolean; nowrap?: boolean } = {}) =>
  text === null
    ? `<td class="null">—</td>`
    : `<td${opts.auto === true ? ' dir="auto"' : ""}${opts.num === true ? ' class="num"' : opts.nowrap === true ? ' class="nowrap"' : ""}>${esc(String(text))}</td>`

const CSS = `
:root{--ink:#1d2430;--muted:#6b7280;--line:#e5e7eb;--bg:#f7f7f5;--card:#fff;--accent:#4269d0}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans Arabic","Noto Naskh Arabic","DejaVu Sans",Tahoma,sans-serif}
header{background:#1d2430;color:#fff;padding:28px 32px 22px}
header h1{margin:0 0 4px;font-size:26px;font-weight:650}
header p{margin:0;color:#cbd5e1}
main{max-width:1120px;margin:0 auto;padding:20px 24px 40px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:12px;margin:-42px 0 18px}
.card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:12px 14px;box-shadow:0 1px 2px rgba(0,0,0,.04)}
.card b{display:block;font-size:24px;font-variant-numeric:tabular-nums}
.card span{color:var(--muted);font-size:13px}
section{background:var(--card);border:1px solid var(--line);border-radius:12px;padding:18px 22px;margin:16px 0}
h2{margin:0 0 10px;font-size:19px}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(480px,1fr));gap:10px 24px}
figure{margin:0;min-width:0}
figcaption{font-weight:600;margin:6px 0;font-size:14px}
figure svg{direction:ltr;max-width:100%;height:auto}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin-inline-end:6px}
.muted,.note{color:var(--muted)}
.note{margin:-4px 0 10px;font-size:13px}
.empty{color:var(--muted);font-style:italic}
.scroll{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:13.5px}
th,td{padding:6px 8px;border-bottom:1px solid var(--line);text-align:start;vertical-align:top}
th{color:var(--muted);font-weight:600;background:#fafafa;position:sticky;top:0}
td.num{text-align:end;font-variant-numeric:tabular-nums;white-space:nowrap}
td.null{color:#c0c4cc}
td.nowrap{white-space:nowrap}
td.quote{max-width:620px}
.langs{display:flex;gap:8px;flex-wrap:wrap;margin-top:10px}
.pill{background:rgba(255,255,255,.12);border-radius:99px;padding:2px 10px;font-size:13px}
footer{color:var(--muted);font-size:12.5px;text-align:center;padding:10px 0 30px}
nav{display:flex;gap:14px;flex-wrap:wrap;font-size:14px;margin:6px 0 0}
nav a{color:#93c5fd;text-decoration:none}
`

const timelineNote = (s: ReportSummary): string => {
  const notes: Array<string> = []
  if (s.timeline.length > 0) {
    const w = timelineWindow(s)
    if (w.hidden > 0) notes.push(`${w.hidden} date(s) outside ${new Date(w.from).getUTCFullYear()}–${new Date(w.to).getUTCFullYear()} are not shown.`)
  }
  if (s.unresolvedDates > 0) notes.push(`${s.unresolvedDates} date mention(s) without a resolved value are not shown.`)
  return notes.map(esc).join(" ")
}

/** Renders the report page for already computed data. */
export const renderSummary = (s: ReportSummary, options: ReportOptions = {}): string => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>")
  const d: Drawer = { document, rtl: s.direction === "rtl" }
  const title = options.title ?? "khabar report"
  const n = (x: number) => x.toLocaleString("en-US")
  const cards = (
    [
      ["articles", s.totals.articles],
      ["rejects", s.totals.rejects],
      ["paragraphs", s.totals.paragraphs],
      ["words", s.totals.words],
      ["entities", s.totals.entities],
      ["dates", s.totals.dates],
      ["quotes", s.totals.quotes],
      ["numbers", s.totals.numbers]
    ] as const
  )
    .map(([k, v]) => `<div class="card" data-total="${k}"><b>${n(v)}</b><span dir="auto">${k}</span></div>`)
    .join("")

  const outlets = s.outlets.length === 0 ? empty("No articles.") : figure(outletChart(d, s), "Articles per outlet (input field “source”, else the dateline agency), by language")
  const timeline =
    s.timeline.length === 0
      ? empty("No resolved dates in this run.")
      : figure(timelineChart(d, s), "Dates mentioned in the text and publication dates", "chart wide")
  const speakers =
    s.speakers.length === 0
      ? empty("No quotes in this run.")
      : figure(
          barChart(d, s.speakers, {
            label: "speaker",
            value: "quotes",
            color: "#6b7fd7",
            valueLabel: "quotes",
            title: (r) => `${r.speaker}: ${r.quotes} quote(s) in ${r.articles} article(s)`
          }),
          "Quotes per speaker"
        )
  const quoteTable =
    s.quotes.length === 0
      ? ""
      : table(
          ["speaker", "quote", "article"],
          s.quotes.map((q) => `${td(q.speaker, { auto: true })}<td dir="auto" class="quote">${esc(q.text)}</td>${td(q.articleId)}`)
        )
  const rejectsBody =
    s.rejects.length === 0
      ? empty("No rejects: every input became a record.")
      : `<div class="grid">${figure(
          barChart(d, s.rejectReasons, { label: "reason", value: "count", color: "#e15759", valueLabel: "inputs", title: (r) => `${r.reason}: ${r.count}` }),
          "Rejected inputs by reason"
        )}<div></div></div>${table(
          ["input", "reason", "code", "stage", "message"],
          s.rejects.map((r) => `${td(r.id, { auto: true })}${td(r.reason)}${td(r.code)}${td(r.stage)}${td(r.message, { auto: true })}`)
        )}`
  const articleTable = table(
    ["article", "outlet", "lang", "title", "published", "words", "entities", "quotes"],
    s.articles.map(
      (a) =>
        `${td(a.id)}${td(a.outlet, { auto: true })}${td(a.language)}${a.title === null ? td(null) : `<td dir="${a.rtl ? "rtl" : "ltr"}">${esc(a.title)}</td>`}${td(a.published, { nowrap: true })}${td(
          a.words,
          { num: true }
        )}${td(a.entities, { num: true })}${td(a.quotes, { num: true })}`
    )
  )
  const langs = s.languages.map((l) => `<span class="pill">${esc(l.language)} · ${n(l.articles)}</span>`).join("")
  const footer = [
    options.inputs !== undefined && options.inputs.length > 0 ? `Input: ${options.inputs.map(esc).join(", ")}` : "",
    options.generatedAt !== undefined ? `Generated ${esc(options.generatedAt)}` : "",
    "Made with khabar · charts by Observable Plot"
  ]
    .filter((x) => x !== "")
    .join(" · ")

  return `<!doctype html>
<html lang="${s.direction === "rtl" ? "ar" : "en"}" dir="${s.direction}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="khabar">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<header><h1 dir="auto">${esc(title)}</h1><p dir="auto">${n(s.totals.articles)} articles, ${n(s.totals.rejects)} rejected inputs</p><div class="langs">${langs}</div>
<nav><a href="#outlets">Outlets</a><a href="#entities">Entities</a><a href="#timeline">Timeline</a><a href="#quotes">Quotes</a><a href="#rejects">Rejects</a><a href="#articles">Articles</a></nav></header>
<main>
<div class="cards">${cards}</div>
${section("outlets", "Outlets · المصادر", outlets)}
${section("entities", "Top entities per type · أبرز الكيانات", entityCharts(d, s), "Mentions of each canonical name; hover a bar for the number of articles.")}
${section("timeline", "Timeline · الخط الزمني", timeline, timelineNote(s))}
${section("quotes", "Quotes per speaker · الاقتباسات", speakers + quoteTable)}
${section("rejects", "Rejects · المرفوض", rejectsBody)}
${section("articles", "Articles · المقالات", articleTable)}
</main>
<footer dir="auto">${footer}</footer>
</body>
</html>
`
}

/** The report page for records and rejects. */
export const renderReport = (records: ReadonlyArray<KhabarRecord>, rejects: ReadonlyArray<Reject> = [], options: ReportOptions = {}): string =>
  renderSummary(summarize(records, rejects, options), options)
