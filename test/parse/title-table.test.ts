/**
 * Headlines as pages save them, with the site's name (and a section's)
 * after a dash or a bar: `test/fixtures/title-table.json` holds the
 * language, the head of the page and the title a reader would give. The
 * body after it is the same for every row and must come out whole.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { doc, frameOf, ROOT } from "./helpers.js"

const rows = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "title-table.json"), "utf8")) as Array<[string, string, string]>

describe("titles with the site's name", () => {
  it.each(rows)("%s: %s", (lang, head, title) => {
    const [, first, second] = frameOf(lang)
    const d = doc(`${head}\n\n${first}\n\n${second}`)
    expect(d.title?.text).toBe(title)
    expect(d.paragraphs.map((p) => p.text)).toEqual([first, second])
  })
})
