/**
 * The browser build (scripts/build-browser.ts) and the lazy model API, in
 * Node (no browser needed): the models are chunks of their own, the core
 * imports nothing from Node, a model is fetched only when a document needs
 * it, and the records are the ones the Node entry makes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { pathToFileURL } from "node:url"
import { build as esbuild } from "esbuild"
import { buildBrowser, measure, sizesMarkdown, withSizes } from "../../scripts/build-browser.js"
import { bundledTagger, loadTagger, modelLoaded, preloadModels } from "../../src/extract/entities/models.js"
import { processText } from "../../src/index.js"
import { ensureBuilt } from "../cli/built.js"

const ROOT = resolve(import.meta.dirname, "../..")
const example = (name: string) => readFileSync(join(ROOT, "examples/data", name), "utf8")

describe("lazy model API in Node", () => {
  it("loadTagger and preloadModels give the tagger bundledTagger gives, at once", async () => {
    expect(modelLoaded("ar")).toBe(true)
    expect(modelLoaded("en")).toBe(true)
    await preloadModels(["ar"])
    expect(await loadTagger("ar")).toBe(bundledTagger("ar"))
    expect(await loadTagger("en")).toBe(bundledTagger("en"))
    const [a, b] = await Promise.all([loadTagger("en"), loadTagger("en")])
    expect(a).toBe(b)
  })
})

describe("browser build", () => {
  let dir = ""
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "khabar-browser-"))
    await buildBrowser(dir)
  }, 180_000)
  afterAll(() => {
    if (dir !== "") rmSync(dir, { recursive: true, force: true })
  })

  const files = () => [...readdirSync(dir), ...readdirSync(join(dir, "chunks")).map((f) => `chunks/${f}`)].filter((f) => f.endsWith(".js"))

  it("one entry, each model a chunk of its own, nothing imported from Node or from outside", () => {
    // What esbuild says each output imports (static and dynamic): only other files of the build.
    const meta = JSON.parse(readFileSync(join(dir, "metafile-esm.json"), "utf8")) as {
      outputs: Record<string, { imports: Array<{ path: string; kind: string; external?: boolean }> }>
    }
    const outputs = Object.keys(meta.outputs)
    const imports = Object.values(meta.outputs).flatMap((o) => o.imports)
    expect(imports.filter((i) => i.external === true || !outputs.includes(i.path))).toEqual([])
    expect(imports.filter((i) => i.kind === "dynamic-import").map((i) => i.path.replace(/.*\/(ner-(ar|en))-.*/, "$1")).sort()).toEqual(["ner-ar", "ner-en"])
    const js = files()
    expect(js).toContain("khabar.js")
    expect(js.filter((f) => /^chunks\/ner-ar-/.test(f))).toHaveLength(1)
    expect(js.filter((f) => /^chunks\/ner-en-/.test(f))).toHaveLength(1)
    const checksum = (lang: string) => (JSON.parse(readFileSync(join(ROOT, `src/models/ner-${lang}.json`), "utf8")) as { checksum: string }).checksum
    for (const f of js) {
      const code = readFileSync(join(dir, f), "utf8")
      // Each model's weights are in its own chunk only.
      for (const lang of ["ar", "en"]) expect(code.includes(checksum(lang)), `${lang} model in ${f}`).toBe(f.startsWith(`chunks/ner-${lang}-`))
    }
  })

  it("fetches a model only when a document needs it; records equal the Node entry's", async () => {
    const k = (await import(/* @vite-ignore */ pathToFileURL(join(dir, "khabar.js")).href)) as typeof import("../../src/browser.js")
    expect(k.modelLoaded("ar")).toBe(false)
    expect(k.modelLoaded("en")).toBe(false)
    expect(() => k.bundledTagger("ar")).toThrow(k.ModelNotLoadedError)
    const ar = example("ar-spa-riyadh.txt")
    expect(await k.processText(ar, { id: "a" })).toEqual(await processText(ar, { id: "a" }))
    expect(k.modelLoaded("ar")).toBe(true)
    expect(k.modelLoaded("en")).toBe(false)
    // The Effect API with a pipeline of the browser entry, and a custom pipeline wrapped.
    const en = example("en-reuters-london.txt")
    const pipeline = k.withLazyModels(k.dropStage(k.defaultPipeline(), "extract.keywords"))
    const { records, rejects } = await k.processInputs([{ id: "e", text: en }], { pipeline })
    expect(rejects).toEqual([])
    expect(records[0]?.entities).toEqual((await processText(en, { id: "e" })).entities)
    expect(records[0]?.keywords).toEqual([])
    expect(k.modelLoaded("en")).toBe(true)
    expect(k.bundledTagger("en")).toBe(await k.loadTagger("en"))
  })

  it("sizes: measured on the files, written between the markers of docs/browser.md", () => {
    const sizes = measure(dir)
    expect(sizes[0]?.file).toBe("khabar.js")
    for (const s of sizes) expect(s.gzip).toBeLessThan(s.raw)
    const table = sizesMarkdown(sizes)
    expect(table).toMatch(/\| \*\*Arabic model\*\* chunk[^|]*\| [\d.]+ KiB \| [\d.]+ KiB \|/)
    const doc = readFileSync(join(ROOT, "docs/browser.md"), "utf8")
    expect(withSizes(doc, table)).toContain(table)
    expect(() => withSizes("no markers", table)).toThrow(/no <!-- sizes:start/)
  })
})

describe("the npm package in a user's browser bundle", () => {
  beforeAll(() => ensureBuilt(), 180_000)

  it("a bundler targeting the browser takes csv-stringify's browser build (package.json `browser` field), not the one that needs Buffer", async () => {
    // what a user's bundler does with `import … from "khabar"`: dist/index.js, platform browser, no alias of ours
    const r = await esbuild({
      entryPoints: [join(ROOT, "dist", "index.js")],
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      metafile: true,
      logLevel: "silent"
    })
    const csv = Object.keys(r.metafile.inputs).filter((k) => k.includes("node_modules/csv-stringify/"))
    expect(csv).toEqual(["node_modules/csv-stringify/dist/esm/sync.js"])
  }, 120_000)
})

