import { describe, expect, it } from "vitest"
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { toJson, toNdjson } from "../../src/export/json.js"
import { parseDateValue, summarize, UNATTRIBUTED, UNKNOWN_OUTLET } from "../../src/report/summary.js"
import { renderReport, timelineWindow } from "../../src/report/html.js"
import { OutputParseError, readOutputText } from "../../src/report/read.js"
import { runReportCli } from "../../src/cli/report.js"
import { records, rejects } from "../export/fixtures.js"

describe("summarize", () => {
  const s = summarize(records(), rejects())

  it("counts articles per outlet and language", () => {
    expect(s.outlets).toContainEqual({ outlet: "واس", language: "ar", articles: 2 })
    expect(s.outlets).toContainEqual({ outlet: UNKNOWN_OUTLET, language: "ar", articles: 1 })
    expect(s.outlets.reduce((n, o) => n + o.articles, 0)).toBe(9)
    expect(s.direction).toBe("rtl")
    expect(s.languages).toEqual([
      { language: "ar", articles: 6 },
      { language: "en", articles: 3 }
    ])
  })

  it("ranks entities per type by mentions of the canonical name", () => {
    expect(s.entityTypes).toEqual(["PERSON", "LOCATION", "ORGANIZATION", "MISC"])
    expect(s.topEntities.PERSON?.[0]).toEqual({ type: "PERSON", canonical: "فهد العتيبي", mentions: 2, articles: 1 })
    expect(s.topEntities.LOCATION?.slice(0, 3).map((e) => [e.canonical, e.mentions])).toEqual([
      ["حمص", 3],
      ["جدة", 2],
      ["الرياض", 2]
    ])
    expect(summarize(records(), [], { topEntities: 2 }).topEntities.LOCATION).toHaveLength(2)
  })

  it("puts resolved dates and publication dates on the timeline", () => {
    expect(s.timeline.filter((p) => p.series === "published")).toHaveLength(8)
    expect(s.unresolvedDates).toBe(1)
    expect(s.timeline.filter((p) => p.series === "mentioned")).toHaveLength(13)
    const w = timelineWindow(s)
    expect(new Date(w.from).getUTCFullYear()).toBe(2013)
    expect(w.hidden).toBe(1) // the 1890s
  })

  it("counts quotes per speaker, unattributed included", () => {
    expect(s.speakers[0]).toEqual({ speaker: "فهد العتيبي", quotes: 2, articles: 1 })
    expect(s.speakers.map((x) => x.speaker)).toContain("Airlines for America")
    expect(summarize([{ ...records()[0]!, quotes: [{ text: "x", speaker: null, speakerEntityId: null, verb: null, start: 0, end: 1 }] }]).speakers).toEqual([
      { speaker: UNATTRIBUTED, quotes: 1, articles: 1 }
    ])
    expect(s.rejectReasons).toEqual([
      { reason: "empty", count: 1 },
      { reason: "invalid-json", count: 1 },
      { reason: "not-article", count: 1 }
    ])
  })

  it.each([
    ["2023-03-12", "2023-03-12"],
    ["2023-03", "2023-03-01"],
    ["1890", "1890-01-01"],
    ["2023-03-12T14:30", "2023-03-12"],
    ["2023-13", null],
    ["soon", null],
    [null, null]
  ])("parseDateValue(%j) is %j", (value, day) => {
    const d = parseDateValue(value)
    expect(d === null ? null : d.toISOString().slice(0, 10)).toBe(day)
  })
})

describe("renderReport", () => {
  it("is one self-contained page with escaped text", () => {
    const html = renderReport(records(), rejects(), { title: "<b>run</b>" })
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<html lang="ar" dir="rtl">')
    expect(html).toContain("&lt;b&gt;run&lt;/b&gt;")
    expect(html).not.toMatch(/<script|<link |src="http|href="http/)
    expect(html).toContain("فهد العتيبي")
    expect(html).toContain("feed.ndjson#3: unexpected &quot;}&quot;, «خطأ» in JSON")
    expect((html.match(/<svg/g) ?? []).length).toBeGreaterThanOrEqual(8)
  })

  it("is left to right for a mostly English run, and says so when there is nothing to draw", () => {
    expect(renderReport(records().filter((r) => r.language.code === "en"))).toContain('dir="ltr"')
    const empty = renderReport([], [])
    expect(empty).toContain("No entities in this run.")
    expect(empty).toContain("No rejects")
    expect(empty).not.toContain("<svg")
  })
})

describe("readOutputText", () => {
  it("reads NDJSON and JSON arrays of records and rejects", () => {
    const nd = readOutputText("\uFEFF" + toNdjson([...records(), ...rejects()]) + "\n\n", "a.ndjson")
    expect([nd.records.length, nd.rejects.length]).toEqual([9, 3])
    expect(nd.records[0]).toEqual(records()[0])
    const arr = readOutputText(toJson(records(), { pretty: true }))
    expect(arr.records.map((r) => r.id)).toEqual(records().map((r) => r.id))
  })

  it("names the line of a bad item", () => {
    const text = toNdjson(records().slice(0, 2)) + '{"id":"x","paragraphs":[]}\n'
    expect(() => readOutputText(text, "r.ndjson")).toThrow(OutputParseError)
    expect(() => readOutputText(text, "r.ndjson")).toThrow(/^r\.ndjson:3: not a valid khabar record/)
    expect(() => readOutputText("{oops\n", "r.ndjson")).toThrow(/r\.ndjson:1: invalid JSON/)
    expect(() => readOutputText("[1]", "r.json")).toThrow(/r\.json\[0\]: expected a khabar record/)
  })
})

describe("runReportCli", () => {
  const dir = mkdtempSync(join(tmpdir(), "khabar-report-"))
  const recs = join(dir, "records.ndjson")
  const rejs = join(dir, "rejects.ndjson")
  writeFileSync(recs, toNdjson(records()))
  writeFileSync(rejs, toNdjson(rejects()))

  const run = async (args: Array<string>) => {
    let out = ""
    let err = ""
    const code = await runReportCli(
      args,
      (s) => (out += s),
      (s) => (err += s)
    )
    return { code, out, err }
  }

  it("writes the page atomically to --out", async () => {
    const r = await run([recs, "--rejects", rejs, "--out", join(dir, "report.html"), "--title", "تقرير"])
    expect(r.code).toBe(0)
    expect(r.err).toContain("9 records, 3 rejects")
    const html = readFileSync(join(dir, "report.html"), "utf8")
    expect(html).toContain("<title>تقرير</title>")
    expect(html).toContain("invalid-json")
    expect(readdirSync(dir).filter((f) => f.includes(".tmp"))).toEqual([])
  })

  it("prints the page without --out, and the help with --help", async () => {
    const r = await run([recs])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^<!doctype html>/)
    expect((await run(["--help"])).out).toContain("Usage: khabar report")
  })

  it("fails with a usage error or an input error, and says why", async () => {
    expect(await run([])).toMatchObject({ code: 2, err: expect.stringContaining("no input") })
    expect(await run([recs, "--wat"])).toMatchObject({ code: 2, err: expect.stringContaining("unknown option --wat") })
    expect(await run([recs, "--top", "0"])).toMatchObject({ code: 2 })
    expect(await run([join(dir, "missing.ndjson")])).toMatchObject({ code: 1, err: expect.stringContaining("cannot read") })
    writeFileSync(join(dir, "bad.ndjson"), toNdjson(records().slice(0, 1)) + "not json\n")
    expect(await run([join(dir, "bad.ndjson")])).toMatchObject({ code: 1, err: expect.stringContaining("bad.ndjson:2: invalid JSON") })
  })
})
