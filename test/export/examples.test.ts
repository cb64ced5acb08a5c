/**
 * The examples run (as `npx tsx examples/<name>.ts` would) and print what
 * they promise. Outputs go to a temporary folder.
 */
import { describe, expect, it } from "vitest"
import { execFile } from "node:child_process"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join, resolve } from "node:path"
import { promisify } from "node:util"

const root = resolve(import.meta.dirname, "../..")
const run = async (name: string, args: Array<string> = []) => {
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", join(root, "examples", `${name}.ts`), ...args], {
    cwd: root,
    maxBuffer: 16 * 1024 * 1024
  })
  return stdout
}

describe("examples", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "khabar-examples-"))

  it("quick-start prints the record of one article", async () => {
    const out = await run("quick-start")
    expect(out).toMatch(/language: +ar rtl/)
    expect(out).toContain("عواصم")
    expect(out).toMatch(/paragraphs: \d+/)
  })

  it("corpus-to-parquet writes one Parquet file per table", async () => {
    const out = await run("corpus-to-parquet", [join(dir, "tables")])
    expect(out).toMatch(/\d+ records, \d+ rejects/)
    for (const t of ["articles", "paragraphs", "entities", "rejects"]) expect(existsSync(join(dir, "tables", `${t}.parquet`))).toBe(true)
  })

  it("top-entities-per-outlet, quotes-by-speaker and duckdb-join print their tables", async () => {
    expect(await run("top-entities-per-outlet")).toContain("Articles per outlet")
    expect(await run("quotes-by-speaker")).toMatch(/quote|Quote/)
    const duck = await run("duckdb-join")
    expect(duck).toContain("-- words and paragraphs per language and outlet")
    expect(duck).toContain("not-article")
  })

  it("date-timeline prints the timeline and saves the chart as SVG", async () => {
    const svg = join(dir, "timeline.svg")
    const out = await run("date-timeline", [svg])
    expect(out).toMatch(/\d{4}-\d{2} +published/)
    expect(readFileSync(svg, "utf8")).toMatch(/^<svg[^>]*>/)
  })

  it("the notebook runs every cell", async () => {
    const out = await run("notebook")
    expect(out).toContain("── cell 11 ──")
    expect(out).toMatch(/\d+ records, \d+ rejects/)
    expect(out).toContain("first character: U+FEFF")
  })

  it("cleans up", () => {
    rmSync(dir, { recursive: true, force: true })
  })
})
