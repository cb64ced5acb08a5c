/**
 * The analysis walkthrough as a runnable notebook: each cell is plain
 * JavaScript (paste it into Observable, a Jupyter JavaScript kernel or a
 * Node REPL), run here in order with one shared scope; what a cell prints is
 * captured under it.
 *
 *   npx tsx examples/notebook.ts                     # print cells and outputs
 *   npx tsx examples/notebook.ts --write docs/analysis.md   # regenerate the doc
 *
 * The doc is generated from this file: edit the cells here, not the doc.
 */
import { mkdirSync, writeFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { format } from "node:util"
import * as aq from "arquero"
import * as Plot from "@observablehq/plot"
import { parseHTML } from "linkedom"
import { processFiles } from "../src/node.js"
import { LIST_SEPARATOR, toArrowIPC, toCsv, toParquet, toTables } from "../src/index.js"

interface Cell {
  readonly md: string
  readonly code: string
}

const IMPORTS = `import * as aq from "arquero"
import * as Plot from "@observablehq/plot"
import { processFiles } from "khabar/node"
import { toTables, toCsv, toParquet, toArrowIPC, LIST_SEPARATOR } from "khabar"
const { op, desc, escape } = aq`

const cells: ReadonlyArray<Cell> = [
  {
    md: "## Load\n\nRun the default pipeline over the sample corpus (`examples/data`, every article written for khabar). Each input ends as a record or a reject.",
    code: `const { records, rejects } = await processFiles(["examples/data"])
console.log(records.length, "records,", rejects.length, "rejects")
console.log(rejects.map((r) => \`\${r.id}: \${r.reason} (\${r.code})\`).join("\\n"))`
  },
  {
    md: "## Tables\n\n`toTables` turns the nested records into tidy arquero tables, joinable on `article_id`. Column names and types come from the record schema (see [export.md](export.md)).",
    code: `const tables = toTables(records, rejects)
for (const [name, t] of Object.entries(tables)) console.log(name.padEnd(12), String(t.numRows()).padStart(4), "rows ×", t.numCols(), "columns")`
  },
  {
    md: "One row per article: language, outlet (the input's `source` field, else the dateline agency), counts.",
    code: `tables.articles
  .select("article_id", "language", "outlet", "dateline_places", "paragraph_count", "word_count", "boilerplate_count")
  .print(20)`
  },
  {
    md: "## Group\n\nWords per language and outlet, and the boilerplate the pipeline cut, by kind.",
    code: `tables.articles
  .derive({ outlet: (d) => d.outlet ?? "(unknown)" })
  .groupby("language", "outlet")
  .rollup({ articles: op.count(), words: op.sum("word_count"), mean_words: (d) => op.round(op.mean(d.word_count)) })
  .orderby("language", desc("words"))
  .print(20)`
  },
  {
    md: "",
    code: `tables.boilerplate.groupby("kind").count().orderby(desc("count")).print()`
  },
  {
    md: "The question the issue asks of a notebook, at once: the most mentioned entities. (The table has a row per mention; when the extract stages find none, it is empty.)",
    code: `tables.entities.groupby("type", "canonical").count().orderby(desc("count")).print(10)`
  },
  {
    md: "## Filter\n\nArabic paragraphs of more than 40 words, with where they start in the original text.",
    code: `tables.paragraphs
  .join(tables.articles.select("article_id", "language"), "article_id")
  .filter((d) => d.language === "ar" && d.word_count > 40)
  .derive({ opening: (d) => op.substring(d.text, 0, 50) + "…" })
  .select("article_id", "paragraph_index", "word_count", "start", "opening")
  .print()`
  },
  {
    md: "## Join\n\nBoilerplate per outlet: articles joined to their boilerplate rows.",
    code: `tables.boilerplate
  .join(tables.articles.select("article_id", "outlet"), "article_id")
  .derive({ outlet: (d) => d.outlet ?? "(unknown)" })
  .groupby("outlet")
  .rollup({ blocks: op.count(), kinds: op.array_agg_distinct("kind") })
  .derive({ kinds: (d) => op.join(d.kinds, ", ") })
  .orderby(desc("blocks"))
  .print()`
  },
  {
    md: "Lists of the record (byline, dateline places and agencies, keywords) sit in one cell of the articles table, joined with `LIST_SEPARATOR`; split them back when you need the items.",
    code: `console.log(JSON.stringify(LIST_SEPARATOR))
tables.articles
  .filter((d) => d.dateline_agencies !== null)
  .derive({ agencies: escape((d) => d.dateline_agencies.split(LIST_SEPARATOR).length) })
  .select("article_id", "dateline", "dateline_agencies", "agencies")
  .print(5)`
  },
  {
    md: "## Export\n\nEvery table as CSV (UTF-8 with BOM, for Excel), Arrow IPC or Parquet bytes; in Node, `writeTables` writes one file per table atomically.",
    code: `const csv = toCsv(tables.articles.select("article_id", "language", "title"))
console.log("first character: U+" + csv.charCodeAt(0).toString(16).toUpperCase(), "(the byte order mark Excel needs)")
console.log(csv.slice(1).split("\\n").slice(0, 3).join("\\n"))
console.log("arrow:", toArrowIPC(tables.paragraphs).length, "bytes; parquet:", toParquet(tables.paragraphs).length, "bytes")`
  },
  {
    md: "## Plot\n\nWords per article with Observable Plot, coloured by language (blue Arabic, orange English); in a notebook the chart shows under the cell.",
    code: `const chart = Plot.plot({
  marginLeft: 150,
  height: 380,
  x: { grid: true, label: "words" },
  y: { label: null },
  marks: [
    Plot.barX(tables.articles.objects(), { x: "word_count", y: "article_id", fill: "language", sort: { y: "-x" } }),
    Plot.ruleX([0])
  ]
})
display(chart)`
  }
]

type Output = { readonly kind: "text"; readonly text: string } | { readonly kind: "table"; readonly rows: ReadonlyArray<Record<string, unknown>> } | { readonly kind: "svg"; readonly svg: string }

const run = async (): Promise<Array<Array<Output>>> => {
  const outputs: Array<Array<Output>> = cells.map(() => [])
  let current = -1
  const push = (o: Output) => {
    const list = outputs[current]
    const last = list?.[list.length - 1]
    // Lines printed one after another form one output block.
    if (o.kind === "text" && last?.kind === "text") list?.splice(list.length - 1, 1, { kind: "text", text: `${last.text}\n${o.text}` })
    else list?.push(o)
  }
  const { document } = parseHTML("<!doctype html><html><body></body></html>")
  // Plot draws into linkedom's DOM here; in a browser notebook it uses the page's document.
  const PlotHere = { ...Plot, plot: (o: Plot.PlotOptions) => Plot.plot({ ...o, document: document as never }) }
  // arquero's print() writes to the global console: capture it while the cells run.
  const saved = { log: console.log, table: console.table }
  const fakeConsole = {
    log: (...args: Array<unknown>) => push({ kind: "text", text: format(...args) }),
    table: (rows: ReadonlyArray<Record<string, unknown>>) => push({ kind: "table", rows })
  }
  console.log = fakeConsole.log
  console.table = fakeConsole.table as typeof console.table
  const display = (el: { outerHTML: string }) => push({ kind: "svg", svg: el.outerHTML })
  const mark = (i: number) => {
    current = i
  }
  const body = cells.map((c, i) => `__mark(${i});\n${c.code}`).join("\n;\n")
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (...args: Array<string>) => (...args: Array<unknown>) => Promise<void>
  const fn = new AsyncFunction("aq", "Plot", "processFiles", "toTables", "toCsv", "toParquet", "toArrowIPC", "LIST_SEPARATOR", "console", "display", "__mark", `const { op, desc, escape } = aq;\n${body}`)
  const cwd = process.cwd()
  process.chdir(resolve(import.meta.dirname, ".."))
  try {
    await fn(aq, PlotHere, processFiles, toTables, toCsv, toParquet, toArrowIPC, LIST_SEPARATOR, fakeConsole, display, mark)
  } finally {
    process.chdir(cwd)
    console.log = saved.log
    console.table = saved.table
  }
  return outputs
}

const cellText = (v: unknown): string => {
  if (v === null || v === undefined) return "*null*"
  const s = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v)
  return s.replace(/\|/g, "\\|").replace(/\n/g, " ")
}

const markdownTable = (rows: ReadonlyArray<Record<string, unknown>>): string => {
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))]
  if (cols.length === 0) return "*(no rows)*\n"
  return `| ${cols.join(" | ")} |\n|${cols.map(() => "---").join("|")}|\n${rows.map((r) => `| ${cols.map((c) => cellText(r[c])).join(" | ")} |`).join("\n")}\n`
}

const main = async () => {
  const outputs = await run()
  const i = process.argv.indexOf("--write")
  const target = i >= 0 ? resolve(process.argv[i + 1] ?? "docs/analysis.md") : null
  if (target === null) {
    cells.forEach((c, k) => {
      console.log(`\n── cell ${k + 1} ──\n${c.code}\n──`)
      for (const o of outputs[k] ?? []) {
        if (o.kind === "text") console.log(o.text)
        else if (o.kind === "table") console.table(o.rows)
        else console.log(`[chart: ${o.svg.length} bytes of SVG]`)
      }
    })
    return
  }
  let doc = `# Analysis walkthrough

<!-- Generated by \`npx tsx examples/notebook.ts --write docs/analysis.md\` from the cells in examples/notebook.ts: edit those, then regenerate. -->

A notebook-style tour of khabar's tables on the sample corpus in \`examples/data\`: load, tables, group, filter, join, export, plot. Each cell is plain JavaScript that runs cell by cell in a JavaScript notebook (Observable, a Jupyter JavaScript kernel such as Deno's, or a Node REPL with top-level await); the output under each cell is what it printed when this page was generated. In Observable, replace \`display(chart)\` with the chart itself as the cell's value; arquero's \`print()\` writes to the console, \`view()\` shows a table inline.

The numbers below come from the pipeline as it is today: tables of stages that have not found anything yet (entities, dates, quotes, numbers) are empty, and fill in as those stages land — regenerate this page to see them. For the same data as pictures, see the HTML report (\`khabar report\`, [export.md](export.md#the-html-report)).

Setup (in a notebook, the first cell):

\`\`\`js
${IMPORTS}
\`\`\`
`
  let svgCount = 0
  cells.forEach((c, k) => {
    if (c.md !== "") doc += `\n${c.md}\n`
    doc += `\n\`\`\`js\n${c.code}\n\`\`\`\n`
    for (const o of outputs[k] ?? []) {
      if (o.kind === "text") doc += `\n\`\`\`text\n${o.text}\n\`\`\`\n`
      else if (o.kind === "table") doc += `\n${markdownTable(o.rows)}`
      else {
        svgCount++
        const file = join(dirname(target), "img", `analysis-${svgCount}.svg`)
        mkdirSync(dirname(file), { recursive: true })
        writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>\n${o.svg.replace("<svg ", '<svg xmlns="http://www.w3.org/2000/svg" ')}\n`)
        doc += `\n![chart](${relative(dirname(target), file)})\n`
      }
    }
  })
  writeFileSync(target, doc)
  console.log(`wrote ${target}`)
}

await main()
