import { readFile, readdir } from "node:fs/promises"
import { Effect, Stream } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { addStage } from "../../src/pipeline/compose.js"
import { defaultPipeline } from "../../src/pipeline/presets.js"
import { makeStage } from "../../src/pipeline/stage.js"
import { newTally, processCorpus, processFiles, runCorpus, tallyRecord } from "../../src/node/corpus.js"
import { fileTarget } from "../../src/node/writers.js"
import type { KhabarRecord, Reject } from "../../src/schema/record.js"
import { MAGIC, arabicArticle, englishArticle, jsonArticles, tempTree } from "./fixtures.js"

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!()
})

const corpus = async () => {
  const t = await tempTree({
    "in/a.txt": arabicArticle,
    "in/b.txt": englishArticle,
    "in/empty.txt": "",
    "in/scan.txt": Uint8Array.from(MAGIC.pdf),
    "in/day.json": JSON.stringify([...jsonArticles, { title: "no text" }]).slice(0, -1) + ',{"content":',
    "in/feed.ndjson": `${JSON.stringify(jsonArticles[0])}\nnot json\n`
  })
  cleanups.push(t.cleanup)
  return t
}

const lines = async (path: string) => (await readFile(path, "utf8")).trimEnd().split("\n").map((l) => JSON.parse(l) as KhabarRecord & Reject)

describe("processCorpus", () => {
  it("writes records and rejects as it goes, and the summary adds up", async () => {
    const t = await corpus()
    const seen: Array<string> = []
    const summary = await processCorpus([t.path("in")], {
      out: fileTarget(t.path("out/records.ndjson")),
      rejects: fileTarget(t.path("out/rejects.json")),
      onOutcome: (o) => seen.push(o._tag === "Record" ? o.record.id : o.reject.id)
    })
    const records = await lines(t.path("out/records.ndjson"))
    const rejects = JSON.parse(await readFile(t.path("out/rejects.json"), "utf8")) as Array<Reject>
    expect(summary.inputs).toBe(seen.length)
    expect(summary.records + summary.rejects).toBe(summary.inputs)
    expect(records).toHaveLength(summary.records)
    expect(rejects).toHaveLength(summary.rejects)
    // input order, records and rejects interleaved as they came
    expect(seen).toEqual([
      "a",
      "b",
      "day.json#0",
      "day.json#1",
      "day.json#2",
      "day.json#3",
      "day.json#4",
      "empty",
      "feed.ndjson#0",
      "feed.ndjson#1",
      "scan"
    ])
    expect(rejects.map((r) => [r.id, r.reason])).toEqual([
      ["day.json#3", "missing-field"],
      ["day.json#4", "invalid-json"],
      ["empty", "empty"],
      ["feed.ndjson#1", "invalid-json"],
      ["scan", "binary"]
    ])
    expect(summary.rejectsByReason).toEqual({ "missing-field": 1, "invalid-json": 2, empty: 1, binary: 1 })
    expect(summary.outputs.map((o) => [o.format, o.count])).toEqual([
      ["ndjson", summary.records],
      ["json", summary.rejects]
    ])
    expect(summary.tally.languages).toEqual({ ar: 4, en: 2 })
    expect(summary.bytes).toBeGreaterThan(arabicArticle.length)
    expect(await readdir(t.path("out"))).toEqual(["records.ndjson", "rejects.json"])
  })

  it("an interrupted run leaves no output file, complete or partial", async () => {
    const t = await corpus()
    const controller = new AbortController()
    let n = 0
    const stopAtThird = makeStage("stop", {}, (doc) => {
      if (++n === 3) controller.abort()
      return doc
    })
    await expect(
      processCorpus([t.path("in")], {
        pipeline: addStage(defaultPipeline(), stopAtThird),
        out: fileTarget(t.path("out/records.ndjson")),
        rejects: fileTarget(t.path("out/rejects.ndjson")),
        signal: controller.signal
      })
    ).rejects.toThrow()
    expect(await readdir(t.path("out"))).toEqual([])
  })

  it("a stage that throws on one document rejects that document only", async () => {
    const t = await corpus()
    const picky = makeStage("picky", {}, (doc) => {
      if (doc.id === "b") throw new Error("cannot handle this one")
      return doc
    })
    const { records, rejects } = await processFiles([t.path("in/a.txt"), t.path("in/b.txt")], {
      pipeline: addStage(defaultPipeline(), picky)
    })
    expect(records.map((r) => r.id)).toEqual(["a"])
    expect(rejects).toMatchObject([{ id: "b", reason: "stage-failed", stage: "picky" }])
  })
})

describe("runCorpus", () => {
  it("runs any stream of inputs and counts the inputs' own bytes without reader stats", async () => {
    const inputs = Stream.fromIterable([
      { id: "x", text: englishArticle },
      { id: "y", text: "" }
    ])
    const summary = await Effect.runPromise(runCorpus(inputs))
    expect(summary).toMatchObject({ inputs: 2, records: 1, rejects: 1, rejectsByReason: { empty: 1 }, outputs: [] })
    expect(summary.bytes).toBe(Buffer.byteLength(englishArticle))
  })
})

describe("tallyRecord", () => {
  it("counts what records hold, by kind and type", async () => {
    const tt = await tempTree({ "a.txt": englishArticle })
    cleanups.push(tt.cleanup)
    const { records: [r] } = await processFiles([tt.path("a.txt")])
    const t = newTally()
    tallyRecord(t, {
      ...r!,
      boilerplate: [
        { text: "Share", kind: "share", rule: "test", start: 0, end: 5 },
        { text: "Related", kind: "related", rule: "test", start: 6, end: 13 },
        { text: "Share", kind: "share", rule: "test", start: 14, end: 19 }
      ],
      entities: [{ text: "Lisbon", type: "LOCATION", canonical: "Lisbon", entityId: "e1", role: null, confidence: 1, start: 0, end: 6 }]
    })
    expect(t.boilerplate).toEqual({ share: 2, related: 1 })
    expect(t.entities).toEqual({ LOCATION: 1 })
    expect(t.languages).toEqual({ en: 1 })
  })
})
