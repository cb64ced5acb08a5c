/**
 * The browser build: `src/browser.ts` as one ES module (`khabar.js`) with
 * code-split chunks beside it (`chunks/`), every dependency, lexicon and
 * gazetteer bundled, and each entity model (`src/models/ner-ar.json`,
 * `ner-en.json`) a chunk of its own that the page fetches only when a
 * document in that language reaches the entity stage.
 *
 *   npx tsx scripts/build-browser.ts [--out dist/browser] [--docs]
 *
 * Prints the sizes (raw and gzip, measured on the written files); `--docs`
 * also writes them into docs/browser.md between the `sizes` markers.
 *
 * @module
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs"
import { basename, dirname, join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { gzipSync } from "node:zlib"
import { build, type Options } from "tsup"

type Plugin = NonNullable<Options["esbuildPlugins"]>[number]

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..")

/**
 * Puts a lazy stand-in in place of each model JSON that
 * src/extract/entities/models.ts imports: an object whose
 * `Symbol.for("khabar.lazyModel")` function `import()`s the JSON, so esbuild
 * makes the model a separate chunk (see `LazyModelFile` in models.ts).
 */
export const lazyModels: Plugin = {
  name: "khabar-lazy-models",
  setup(b) {
    b.onResolve({ filter: /[\\/]models[\\/]ner-(ar|en)\.json$/ }, (args) => {
      if (!/[\\/]extract[\\/]entities[\\/]models\.ts$/.test(args.importer)) return undefined
      return { path: resolve(args.resolveDir, args.path), namespace: "khabar-lazy-model" }
    })
    b.onLoad({ filter: /.*/, namespace: "khabar-lazy-model" }, (args) => ({
      contents:
        `const load = () => import(${JSON.stringify(args.path)}).then((m) => m.default)\n` +
        `export default { [Symbol.for("khabar.lazyModel")]: load }\n`,
      resolveDir: dirname(args.path),
      loader: "js"
    }))
  }
}

/** Builds `khabar.js` (+ `chunks/`, source maps) into `outDir`, emptied first. */
export const buildBrowser = async (outDir = join(ROOT, "dist/browser")): Promise<void> => {
  await build({
    config: false,
    entry: { khabar: join(ROOT, "src/browser.ts") },
    outDir,
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    splitting: true,
    minify: true,
    sourcemap: true,
    clean: true,
    dts: false,
    shims: false,
    silent: true,
    // Everything in the bundle: a page has no node_modules.
    noExternal: [/./],
    outExtension: () => ({ js: ".js" }),
    esbuildPlugins: [lazyModels],
    metafile: true, // metafile-esm.json: what each file holds (see `breakdown`)
    esbuildOptions(options) {
      // csv-stringify's default `sync` build uses Node's Buffer when it loads; its browser build does not.
      options.alias = { ...options.alias, "csv-stringify/sync": "csv-stringify/browser/esm/sync" }
      options.chunkNames = "chunks/[name]-[hash]"
      // Arabic lexicons as UTF-8, not \uXXXX escapes (3 times smaller); ES modules are always read as UTF-8.
      options.charset = "utf8"
      options.legalComments = "linked"
    }
  })
}

export interface FileSize {
  readonly file: string
  readonly raw: number
  readonly gzip: number
}

/** Raw and gzip (level 9) sizes of the `.js` files of a build, the entry first, then the model chunks, then the rest. */
export const measure = (dir: string): Array<FileSize> => {
  const files: Array<string> = []
  const walk = (d: string): void => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name.endsWith(".js")) files.push(p)
    }
  }
  walk(dir)
  const rank = (f: string): number => (basename(f) === "khabar.js" ? 0 : /ner-(ar|en)/.test(basename(f)) ? 1 : 2)
  return files
    .map((p) => {
      const bytes = readFileSync(p)
      return { file: relative(dir, p).split("\\").join("/"), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length }
    })
    .sort((a, b) => rank(a.file) - rank(b.file) || b.raw - a.raw || a.file.localeCompare(b.file))
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`

/** What the core holds, from the build's metafile: minified bytes by origin, largest first. */
export const breakdown = (dir: string): Array<{ readonly part: string; readonly bytes: number }> => {
  const meta = JSON.parse(readFileSync(join(dir, "metafile-esm.json"), "utf8")) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>
  }
  const part = (input: string): string => {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)
    if (m !== null) {
      const pkg = m[1]!
      if (pkg === "arquero" || pkg === "acorn") return "arquero (tables) with acorn"
      if (pkg === "hyparquet-writer" || pkg === "@uwdata/flechette") return "Parquet and Arrow writers"
      return pkg
    }
    if (input.includes("src/lexicons/clusters/")) return "word clusters (src/lexicons/clusters)"
    if (input.includes("src/lexicons/")) return "lexicons and gazetteers (src/lexicons)"
    return "khabar's own code (src)"
  }
  const sums = new Map<string, number>()
  for (const [file, out] of Object.entries(meta.outputs)) {
    if (!file.endsWith(".js") || /ner-(ar|en)-[^/]*\.js$/.test(file)) continue
    for (const [input, { bytesInOutput }] of Object.entries(out.inputs)) sums.set(part(input), (sums.get(part(input)) ?? 0) + bytesInOutput)
  }
  return [...sums].map(([p, bytes]) => ({ part: p, bytes })).sort((a, b) => b.bytes - a.bytes)
}

/** The core's contents as a markdown table. */
export const breakdownMarkdown = (parts: ReadonlyArray<{ readonly part: string; readonly bytes: number }>): string =>
  ["| In the core | Raw (minified) |", "| --- | ---: |", ...parts.filter((p) => p.bytes >= 1024).map((p) => `| ${p.part} | ${kb(p.bytes)} |`)].join("\n")

/** What a page loads for one Arabic article, one English article, and the files one by one, as a markdown table. */
export const sizesMarkdown = (sizes: ReadonlyArray<FileSize>): string => {
  const model = (lang: string) => sizes.find((s) => new RegExp(`(^|/)ner-${lang}-`).test(s.file))
  const core = sizes.filter((s) => !/(^|\/)ner-(ar|en)-/.test(s.file))
  const sum = (xs: ReadonlyArray<FileSize | undefined>, k: "raw" | "gzip") => xs.reduce((n, s) => n + (s?.[k] ?? 0), 0)
  const row = (what: string, xs: ReadonlyArray<FileSize | undefined>) => `| ${what} | ${kb(sum(xs, "raw"))} | ${kb(sum(xs, "gzip"))} |`
  return [
    "| What | Raw (minified) | gzip -9 |",
    "| --- | ---: | ---: |",
    row("**Core** (`khabar.js` and its shared chunks, before any model)", core),
    row("**Arabic model** chunk (fetched with the first Arabic document)", [model("ar")]),
    row("**English model** chunk (fetched with the first English document)", [model("en")]),
    row("Core + Arabic model (one Arabic article)", [...core, model("ar")]),
    row("Everything", sizes),
    "",
    "| File | Raw | gzip -9 |",
    "| --- | ---: | ---: |",
    ...sizes.map((s) => `| \`${s.file}\` | ${kb(s.raw)} | ${kb(s.gzip)} |`)
  ].join("\n")
}

const START = "<!-- sizes:start (written by `npx tsx scripts/build-browser.ts --docs`) -->"
const END = "<!-- sizes:end -->"

/** docs/browser.md with the block between the size markers replaced. */
export const withSizes = (doc: string, table: string): string => {
  const a = doc.indexOf(START)
  const b = doc.indexOf(END)
  if (a < 0 || b < a) throw new Error(`docs/browser.md has no ${START} … ${END} block`)
  return doc.slice(0, a + START.length) + "\n" + table + "\n" + doc.slice(b)
}

const main = async (): Promise<void> => {
  const args = process.argv.slice(2)
  const at = args.indexOf("--out")
  const out = resolve(at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : join(ROOT, "dist/browser"))
  await buildBrowser(out)
  const table = sizesMarkdown(measure(out)) + "\n\n" + breakdownMarkdown(breakdown(out))
  console.log(`khabar browser build in ${relative(process.cwd(), out) || "."}\n\n${table}`)
  if (args.includes("--docs")) {
    const path = join(ROOT, "docs/browser.md")
    writeFileSync(path, withSizes(readFileSync(path, "utf8"), table))
    console.log(`\nsizes written to ${relative(process.cwd(), path)}`)
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    console.error(e)
    process.exitCode = 1
  })
}
