import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import type { KhabarDocument } from "../../src/model/document.js"
import { normalizeStage, normalizeText, presets, tokenize, unicode } from "../../src/normalize/index.js"
import { compose } from "../../src/pipeline/compose.js"

const TEXT = "عواصم ـ وكالات\n\nأعلنت الوزارةُ\u00a0\u00a0اليوم عن ﺍﻓﺘﺘﺎﺡ مستشفى في «جدة».\n\nوقال المسؤول\u200f إن العمل مستمر."

const doc = (text: string): KhabarDocument => {
  const paragraphs = text.split("\n\n").reduce<Array<{ text: string; display: string | null; start: number; end: number }>>((acc, p) => {
    const start = acc.length === 0 ? 0 : acc[acc.length - 1]!.end + 2
    acc.push({ text: p, display: null, start, end: start + p.length })
    return acc
  }, [])
  return {
    id: "doc-1",
    text,
    source: { path: null, index: null, bytes: 0, encoding: "utf-8", encodingConfidence: null, hash: "" },
    meta: {},
    hints: {},
    language: { code: "ar", script: "Arab", direction: "rtl", confidence: 1 },
    title: null,
    dateline: null,
    byline: null,
    published: null,
    reference: null,
    paragraphs,
    boilerplate: [],
    entities: [],
    dates: [],
    quotes: [],
    numbers: [],
    keywords: [],
    views: {},
    diagnostics: []
  }
}

describe("normalizeStage", () => {
  it("declares what it needs and gives", () => {
    const stage = normalizeStage()
    expect(stage.name).toBe("normalize")
    expect(stage.requires).toEqual(["structure"])
    expect(stage.provides).toEqual(["views"])
    expect(() => compose(() => Effect.die("unused"), ["structure"], [stage])).not.toThrow()
    expect(() => compose(() => Effect.die("unused"), [], [stage])).toThrow(/requires "structure"/)
  })

  it("keeps the text, adds views of the whole text and display paragraphs", async () => {
    const input = doc(TEXT)
    const out = await Effect.runPromise(normalizeStage().run(input))
    expect(out.text).toBe(TEXT)
    expect(out.views.display!.text).toBe(normalizeText(TEXT, "display"))
    expect(out.views.search!.text).toBe(normalizeText(TEXT, "search"))
    expect(out.paragraphs.map((p) => p.display)).toEqual([
      "عواصم ـ وكالات",
      "أعلنت الوزارةُ اليوم عن افتتاح مستشفى في «جدة».",
      "وقال المسؤول إن العمل مستمر."
    ])
    expect(out.paragraphs.map((p) => p.text)).toEqual(input.paragraphs.map((p) => p.text))
    expect(input.views).toEqual({})
  })

  it("gives views whose spans map to the original text", async () => {
    const out = await Effect.runPromise(normalizeStage().run(doc(TEXT)))
    const search = out.views.search!
    const hit = tokenize(search.text).find((t) => t.norm === "مسءول" || t.stem?.norm === "مسءول")!
    const o = search.toOriginal(hit.stem?.start ?? hit.start, hit.end)
    expect(TEXT.slice(o.start, o.end)).toBe("مسؤول")
    const dash = search.text.indexOf("-")
    expect(TEXT.slice(search.toOriginal(dash, dash + 1).start, search.toOriginal(dash, dash + 1).end)).toBe("ـ")
  })

  it("takes other steps for either view", async () => {
    const out = await Effect.runPromise(normalizeStage({ display: [unicode()], search: presets.camel }).run(doc(TEXT)))
    expect(out.views.search!.text).toBe(normalizeText(TEXT, "camel"))
    expect(out.paragraphs[1]!.display).toBe(normalizeText(out.paragraphs[1]!.text, [unicode()]))
  })
})

describe("paragraph display text", () => {
  it("is the paragraph's slice of the display view, equal to normalizing the paragraph alone (sample corpus and fixtures)", async () => {
    const { readdirSync, readFileSync } = await import("node:fs")
    const { processInputs } = await import("../../src/index.js")
    const root = new URL("../../", import.meta.url)
    const inputs = ["examples/data", "test/fixtures/articles", "test/fixtures/parse"].flatMap((dir) =>
      readdirSync(new URL(dir, root))
        .filter((f) => f.endsWith(".txt"))
        .map((f) => ({ id: `${dir}/${f}`, bytes: readFileSync(new URL(`${dir}/${f}`, root)) }))
    )
    const { records } = await processInputs(inputs)
    const paragraphs = records.flatMap((r) => r.paragraphs)
    expect(paragraphs.length).toBeGreaterThan(150)
    for (const p of paragraphs) expect(p.display).toBe(normalizeText(p.text, "display"))
  })
})
