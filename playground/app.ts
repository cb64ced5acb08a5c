/**
 * The khabar playground: paste, drop or pick an article; khabar (the browser
 * build, loaded from `./lib/khabar.js` like any page would) turns it into a
 * record; the page shows the record and offers it as JSON and CSV.
 *
 * `../src/browser.js` is where the types come from; the playground build
 * (scripts/build-playground.ts) points this import at `./lib/khabar.js`.
 *
 * @module
 */
import * as khabar from "../src/browser.js"
import type { KhabarRecord } from "../src/browser.js"
import { datesView, diagnosticsView, entitiesView, h, legend, metaView, quotesView, articleView } from "./render.js"

interface Sample {
  readonly file: string
  readonly lang: string
  readonly label: string
}

const $ = <T extends HTMLElement>(id: string): T => {
  const el = document.getElementById(id)
  if (el === null) throw new Error(`#${id} missing from index.html`)
  return el as T
}

const text = $<HTMLTextAreaElement>("text")
const status = $<HTMLParagraphElement>("status")
const result = $<HTMLElement>("result")
const sample = $<HTMLSelectElement>("sample")

const setState = (state: "idle" | "running" | "done" | "rejected" | "error", message: string): void => {
  document.body.dataset["state"] = state
  status.className = `status-${state}`
  status.textContent = message
}

const LANG_NAME: Record<string, string> = { ar: "Arabic", en: "English" }

const download = (name: string, body: string, type: string): void => {
  const url = URL.createObjectURL(new Blob([body], { type }))
  const a = h("a", { href: url, download: name })
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

const downloads = (record: KhabarRecord): HTMLElement => {
  const base = `khabar-${record.source.hash.slice(0, 8)}`
  const json = h("button", { type: "button", id: "download-json" }, "Record (JSON)")
  json.addEventListener("click", () => download(`${base}.json`, khabar.toJson([record], { pretty: true }), "application/json"))
  const tables = khabar.toTables([record])
  const csv = khabar.TABLE_NAMES.map((name) => {
    const b = h("button", { type: "button", "data-table": name, class: "csv" }, name)
    b.addEventListener("click", () => download(`${base}-${name}.csv`, khabar.toCsv(tables[name]), "text/csv"))
    return b
  })
  return h("div", { class: "downloads", id: "downloads" }, h("span", { class: "label" }, "Download"), json, h("span", { class: "label" }, "Tables (CSV)"), csv)
}

const replace = (id: string, el: HTMLElement): void => {
  const old = document.getElementById(id)
  if (old === null) throw new Error(`#${id} missing`)
  old.replaceWith(el)
}

const fillBox = (id: string, el: HTMLElement): void => {
  $(id).replaceChildren(el)
}

const show = (record: KhabarRecord, original: string): void => {
  replace("downloads", downloads(record))
  replace("meta", metaView(record))
  replace("legend", legend())
  replace("article", articleView(record, original))
  fillBox("entities", entitiesView(record))
  fillBox("dates", datesView(record))
  fillBox("quotes", quotesView(record))
  fillBox("diagnostics", diagnosticsView(record.diagnostics))
  result.hidden = false
}

let runs = 0

const analyse = async (): Promise<void> => {
  const input = text.value
  const run = ++runs
  const lang = khabar.detectLanguage(input).code
  const needsModel = (lang === "ar" || lang === "en") && !khabar.modelLoaded(lang)
  setState("running", needsModel ? `Loading the ${LANG_NAME[lang] ?? lang} model (first ${LANG_NAME[lang] ?? lang} article)…` : "Analysing…")
  const t0 = performance.now()
  try {
    const record = await khabar.processText(input, { id: "playground" })
    if (run !== runs) return
    show(record, input)
    text.scrollTop = 0
    const ms = performance.now() - t0
    setState(
      "done",
      `${record.language.code} · ${record.entities.length} entities · ${record.dates.length} dates · ${record.quotes.length} quotes · ${ms.toFixed(0)} ms${needsModel ? " (with the model download)" : ""}`
    )
  } catch (e) {
    if (run !== runs) return
    result.hidden = true
    if (khabar.isKhabarError(e)) {
      const r = khabar.toReject(e, { path: null, index: null, bytes: null })
      setState("rejected", `Not a record: ${r.reason} (${r.code}): ${r.message}`)
    } else {
      console.error(e)
      setState("error", `Error: ${e instanceof Error ? e.message : String(e)}`)
    }
  }
}

/** Bytes (a file or a sample, in any encoding khabar detects) into the text box, then analysed. */
const load = async (bytes: Uint8Array, name: string): Promise<void> => {
  const decoded = khabar.decodeBytes(bytes, name)
  if (khabar.isKhabarError(decoded)) {
    const r = khabar.toReject(decoded, { path: name, index: null, bytes: bytes.length })
    result.hidden = true
    setState("rejected", `${name}: ${r.reason} (${r.code}): ${r.message}`)
    return
  }
  text.value = decoded.text
  await analyse()
}

const loadSamples = async (): Promise<void> => {
  const res = await fetch("./samples/index.json")
  if (!res.ok) return
  const samples = (await res.json()) as ReadonlyArray<Sample>
  for (const s of samples) sample.append(h("option", { value: s.file, lang: s.lang }, s.label))
}

sample.addEventListener("change", () => {
  const file = sample.value
  if (file === "") return
  setState("running", `Fetching ${file}…`)
  fetch(`./samples/${encodeURIComponent(file)}`)
    .then(async (res) => {
      if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`)
      await load(new Uint8Array(await res.arrayBuffer()), file)
    })
    .catch((e: unknown) => setState("error", String(e)))
})

$("run").addEventListener("click", () => void analyse())
text.addEventListener("keydown", (e) => {
  if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
    e.preventDefault()
    void analyse()
  }
})
// Pasted text is analysed once it is in the box.
text.addEventListener("paste", () => setTimeout(() => void analyse(), 0))
document.addEventListener("dragover", (e) => e.preventDefault())
document.addEventListener("drop", (e) => {
  const file = e.dataTransfer?.files[0]
  if (file === undefined) return
  e.preventDefault()
  file
    .arrayBuffer()
    .then((buf) => load(new Uint8Array(buf), file.name))
    .catch((err: unknown) => setState("error", String(err)))
})
// Hovering a mention lights up the other mentions of the same entity.
document.addEventListener("mouseover", (e) => {
  const target = e.target instanceof Element ? e.target.closest("mark.ent[data-entity-id]") : null
  for (const m of document.querySelectorAll("mark.ent.same")) m.classList.remove("same")
  if (target === null) return
  const id = target.getAttribute("data-entity-id")
  for (const m of document.querySelectorAll("mark.ent[data-entity-id]")) if (m.getAttribute("data-entity-id") === id) m.classList.add("same")
})

setState("idle", "Ready: the core is loaded; the entity models load with the first article of their language.")
void loadSamples()
