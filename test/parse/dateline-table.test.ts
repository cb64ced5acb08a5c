/**
 * Datelines as wires and Arab agencies print them, on a line of their own
 * under the headline (`line`) or opening the first paragraph (`para`):
 * `test/fixtures/dateline-table.json` holds the language, the layout, the
 * dateline, and the places and agencies a reader would list. The headline and
 * body around them are the same for every row; the body must come out whole.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { doc, frameOf, ROOT } from "./helpers.js"

const rows = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "dateline-table.json"), "utf8")) as Array<
  [string, "line" | "para", string, Array<string>, Array<string>]
>


describe("datelines of wires and agencies", () => {
  it.each(rows)("%s, %s: %s", (lang, layout, line, places, agencies) => {
    const [title, first, second] = frameOf(lang)
    const d = doc(layout === "line" ? `${title}\n\n${line}\n\n${first}\n\n${second}` : `${title}\n\n${line} ${first}\n\n${second}`)
    expect(d.dateline?.places ?? []).toEqual(places)
    expect(d.dateline?.agencies ?? []).toEqual(agencies)
    expect(d.paragraphs.map((p) => p.text)).toEqual([first, second])
  })
})
