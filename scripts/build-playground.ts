/**
 * The playground as static files (any static host serves them; nothing is
 * fetched from outside):
 *
 *   dist/playground/
 *     index.html, style.css, app.js   the page (playground/)
 *     lib/khabar.js, lib/chunks/…     the browser build, loaded by app.js as `./lib/khabar.js`
 *     samples/index.json, *.txt       the sample articles of examples/data (ours, MIT)
 *
 *   npx tsx scripts/build-playground.ts [--out dist/playground]
 *
 * @module
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs"
import { join, relative, resolve } from "node:path"
import { fileURLToPath } from "node:url"
import { build, type Options } from "tsup"
import { ROOT, buildBrowser } from "./build-browser.js"

type Plugin = NonNullable<Options["esbuildPlugins"]>[number]

/** The page imports the library by URL, as any page would: `../src/browser.js` becomes `./lib/khabar.js`, left out of app.js. */
const libraryByUrl: Plugin = {
  name: "khabar-library-by-url",
  setup(b) {
    b.onResolve({ filter: /[\\/]src[\\/]browser\.js$/ }, () => ({ path: "./lib/khabar.js", external: true }))
  }
}

export interface SampleEntry {
  readonly file: string
  readonly lang: string
  readonly label: string
}

/** The samples of examples/data (language from the `ar-` / `en-` prefix of the file name). */
export const samples = (): Array<SampleEntry> =>
  readdirSync(join(ROOT, "examples/data"))
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const lang = file.slice(0, 2)
      return { file, lang, label: `${lang === "ar" ? "Arabic" : lang === "en" ? "English" : lang} · ${file.slice(3, -4).split("-").join(" ")}` }
    })

/** Writes the playground into `outDir` (emptied first); returns `outDir`. */
export const buildPlayground = async (outDir = join(ROOT, "dist/playground")): Promise<string> => {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  await buildBrowser(join(outDir, "lib"))
  await build({
    config: false,
    entry: { app: join(ROOT, "playground/app.ts") },
    outDir,
    format: ["esm"],
    platform: "browser",
    target: "es2022",
    splitting: false,
    minify: true,
    sourcemap: true,
    clean: false,
    dts: false,
    shims: false,
    silent: true,
    tsconfig: join(ROOT, "playground/tsconfig.json"),
    outExtension: () => ({ js: ".js" }),
    esbuildPlugins: [libraryByUrl]
  })
  for (const f of ["index.html", "style.css"]) copyFileSync(join(ROOT, "playground", f), join(outDir, f))
  const list = samples()
  mkdirSync(join(outDir, "samples"))
  for (const s of list) copyFileSync(join(ROOT, "examples/data", s.file), join(outDir, "samples", s.file))
  writeFileSync(join(outDir, "samples/index.json"), JSON.stringify(list, null, 2) + "\n")
  return outDir
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const at = args.indexOf("--out")
  const out = resolve(at >= 0 && args[at + 1] !== undefined ? args[at + 1]! : join(ROOT, "dist/playground"))
  buildPlayground(out)
    .then((dir) => console.log(`playground written to ${relative(process.cwd(), dir) || "."} (serve it with any static server, or npm run playground)`))
    .catch((e: unknown) => {
      console.error(e)
      process.exitCode = 1
    })
}
