/**
 * Headlines as pages save them, with the site's name (and a section's)
 * after a dash or a bar, or a kicker before a separator (`عاجل | …`,
 * `بالصور.. …`, `BREAKING: …`): `test/fixtures/title-table.json` holds the
 * language, the head of the page and the title a reader would give. The
 * body after it is the same for every row and must come out whole. A kicker
 * is cut from the title as `other`, with the kicker lexicon's rule; a
 * headline that opens with a kicker's word and no separator keeps it.
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

describe("kickers before the headline", () => {
  // rows whose title starts inside the head's one line: a kicker was cut before it
  const kicked = rows.filter(([, head, title]) => head.indexOf(title) > 0 && !head.includes("\n"))
  it("has rows in both languages", () => {
    expect(kicked.filter((r) => r[0] === "ar").length).toBeGreaterThan(8)
    expect(kicked.filter((r) => r[0] === "en").length).toBeGreaterThan(4)
  })
  it.each(kicked)("%s: %s", (lang, head, title) => {
    const [, first, second] = frameOf(lang)
    const d = doc(`${head}\n\n${first}\n\n${second}`)
    const cut = d.boilerplate.find((b) => b.start === 0)
    expect(cut?.kind).toBe("other")
    expect(cut?.rule).toMatch(/^lexicon:(ar|en)\/title-kickers:kicker:/)
    expect(d.title?.start).toBe(head.indexOf(title))
  })
})
