/**
 * A date timeline: dates mentioned in the articles and publication dates,
 * per month, printed as text bars and saved as an SVG chart (Observable Plot).
 *
 *   npx tsx examples/date-timeline.ts [OUT_SVG]   (default out/timeline.svg)
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import * as aq from "arquero"
import * as Plot from "@observablehq/plot"
import { parseHTML } from "linkedom"
import { processFiles } from "../src/node.js"
import { toTables } from "../src/index.js"

const out = process.argv[2] ?? "out/timeline.svg"
const { records } = await processFiles([join(import.meta.dirname, "data")])
const { articles, dates } = toTables(records)

const month = (v: string | null) => (v !== null && /^\d{4}-\d{2}/.test(v) ? v.slice(0, 7) : null)
const rows = [
  ...(dates.objects() as Array<{ value: string | null }>).map((d) => ({ month: month(d.value), series: "mentioned" })),
  ...(articles.objects() as Array<{ published: string | null }>).map((a) => ({ month: month(a.published), series: "published" }))
].filter((r) => r.month !== null)

if (rows.length === 0) {
  console.log(`No dates with a month in ${records.length} records (no publication dates and no resolved date mentions).`)
} else {
  const perMonth = aq.from(rows).groupby("month", "series").count().orderby("month", "series")
  for (const r of perMonth.objects() as Array<{ month: string; series: string; count: number }>)
    console.log(`${r.month}  ${r.series.padEnd(9)} ${"█".repeat(r.count)} ${r.count}`)
  const { document } = parseHTML("<!doctype html><html><body></body></html>")
  const chart = Plot.plot({
    document: document as never,
    width: 720,
    height: 240,
    x: { type: "band", label: null },
    y: { grid: true, label: "dates" },
    color: { domain: ["mentioned", "published"], range: ["#4269d0", "#efb118"] },
    marks: [Plot.barY(perMonth.objects() as Array<object>, { x: "month", y: "count", fill: "series" }), Plot.ruleY([0])]
  }) as unknown as { outerHTML: string }
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, chart.outerHTML.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" '))
  console.log(`\nchart (blue: mentioned in the text, yellow: published) → ${out}`)
}
