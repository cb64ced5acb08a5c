/**
 * Bylines as Arabic and English sites print them, on a line of their own
 * under the headline (`line`), and reporters' credits at the end of a wire
 * story (`tail`, no byline): `test/fixtures/byline-table.json` holds the
 * language, the layout, the line, the names a reader would list and the
 * dateline's places. The headline and body around them are the same for
 * every row; the body must come out whole.
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { describe, expect, it } from "vitest"
import { doc, frameOf, ROOT } from "./helpers.js"

const rows = JSON.parse(readFileSync(join(ROOT, "test", "fixtures", "byline-table.json"), "utf8")) as Array<
  [string, "line" | "tail", string, Array<string>, Array<string>]
>


describe("bylines", () => {
  it.each(rows)("%s, %s: %s", (lang, layout, line, names, places) => {
    const [title, first, second] = frameOf(lang)
    const d = doc(layout === "line" ? `${title}\n\n${line}\n\n${first}\n\n${second}` : `${title}\n\n${first}\n\n${second}\n\n${line}`)
    expect(d.byline?.names ?? []).toEqual(names)
    expect(d.dateline?.places ?? []).toEqual(places)
    expect(d.paragraphs.map((p) => p.text)).toEqual([first, second])
    // every name is the text at its place in the original
    for (const n of d.byline?.names ?? []) expect(d.text.includes(n)).toBe(true)
  })
})
