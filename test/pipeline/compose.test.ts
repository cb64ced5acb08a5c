import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { StageFailed } from "../../src/errors.js"
import { PipelineDefinitionError, addStage, compose, dropStage, replaceStage } from "../../src/pipeline/compose.js"
import { defaultPipeline } from "../../src/pipeline/presets.js"
import { run, runMany, runOutcome, runOutcomes } from "../../src/pipeline/run.js"
import { makeStage } from "../../src/pipeline/stage.js"
import { parse, parserProvides } from "../../src/parse/index.js"

const article = "عنوان الخبر\n\nالرياض - واس\n\nقال المتحدث إن الاجتماع عقد في الرياض أمس بحضور الوفود المشاركة.\n"

const upperTitle = makeStage("upper-title", { requires: ["structure"], provides: ["shout"] }, (doc) =>
  doc.title === null ? doc : { ...doc, meta: { ...doc.meta, shout: doc.title.text.toUpperCase() } }
)
const needsShout = makeStage("needs-shout", { requires: ["shout"] }, (doc) => ({ ...doc, meta: { ...doc.meta, seen: true } }))

describe("compose", () => {
  it("refuses a stage whose requirement no earlier stage provides, naming both", () => {
    expect(() => compose(parse, parserProvides, [needsShout, upperTitle])).toThrow(PipelineDefinitionError)
    expect(() => compose(parse, parserProvides, [needsShout])).toThrow(/needs-shout.*"shout"/)
  })
  it("accepts the same stages in a working order", () => {
    const p = compose(parse, parserProvides, [upperTitle, needsShout])
    expect(p.stages.map((s) => s.name)).toEqual(["upper-title", "needs-shout"])
    expect(Object.isFrozen(p)).toBe(true)
  })
  it("refuses two stages with one name", () => {
    expect(() => compose(parse, parserProvides, [upperTitle, upperTitle])).toThrow(/Two stages are named "upper-title"/)
  })
  it("adds, replaces and drops stages by name, re-checking the order", async () => {
    const base = compose(parse, parserProvides, [upperTitle])
    const added = addStage(base, needsShout, "upper-title")
    expect(added.stages.map((s) => s.name)).toEqual(["upper-title", "needs-shout"])
    expect(() => dropStage(added, "upper-title")).toThrow(/needs-shout/)
    const replaced = replaceStage(added, "needs-shout", makeStage("other", {}, (d) => d))
    expect(replaced.stages.map((s) => s.name)).toEqual(["upper-title", "other"])
    expect(() => dropStage(base, "nope")).toThrow(/No stage named "nope"/)
    const record = await Effect.runPromise(run(added, { id: "a", text: article }))
    expect(record.meta).toMatchObject({ seen: true })
  })
})

describe("run", () => {
  it("turns a throwing custom stage into a typed StageFailed for that input only", async () => {
    const boom = makeStage("boom", {}, (doc) => {
      if (doc.id === "bad") throw new RangeError("no way")
      return doc
    })
    const p = addStage(defaultPipeline(), boom)
    const err = await Effect.runPromise(Effect.flip(run(p, { id: "bad", text: article })))
    expect(err).toBeInstanceOf(StageFailed)
    expect(err.message).toContain('stage "boom" failed: RangeError: no way')
    const { records, rejects } = await Effect.runPromise(
      runMany(p, [
        { id: "ok-1", text: article },
        { id: "bad", text: article },
        { id: "ok-2", text: article }
      ])
    )
    expect(records.map((r) => r.id)).toEqual(["ok-1", "ok-2"])
    expect(rejects).toMatchObject([{ id: "bad", reason: "stage-failed", code: "KHB-E301", stage: "boom" }])
  })
  it("rejects a stage that breaks the record schema as invalid-record", async () => {
    const broken = makeStage("broken", {}, (doc) => ({ ...doc, paragraphs: [{ text: "x", display: null, start: -1, end: 0 }] }))
    const outcome = await Effect.runPromise(runOutcome(addStage(defaultPipeline(), broken), { id: "b", text: article }))
    expect(outcome._tag).toBe("Reject")
    if (outcome._tag === "Reject") {
      expect(outcome.reject.reason).toBe("invalid-record")
      expect(outcome.reject.message).toMatch(/paragraphs\.0\.start/)
    }
  })
  it("accounts for every input: records + rejects = inputs", async () => {
    const inputs = [
      { id: "a", text: article },
      { id: "b", text: "" },
      { id: "c", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) },
      { id: "d", text: "   \n\n  " },
      { id: "e", bytes: new TextEncoder().encode(article) }
    ]
    const { records, rejects } = await Effect.runPromise(runMany(defaultPipeline(), inputs))
    expect(records.length + rejects.length).toBe(inputs.length)
    expect(rejects.map((r) => [r.id, r.reason])).toEqual([
      ["b", "empty"],
      ["c", "binary"],
      ["d", "not-article"]
    ])
  })
  it("rejects inputs over maxBytes as too-large without decoding them", async () => {
    const outcome = await Effect.runPromise(
      runOutcome(defaultPipeline(), { id: "big", bytes: new Uint8Array(2048).fill(0x61) }, { maxBytes: 1024 })
    )
    expect(outcome).toMatchObject({ _tag: "Reject", reject: { reason: "too-large", code: "KHB-E104" } })
  })
})

describe("runOutcomes (stage by stage over a batch)", () => {
  it("gives each input the outcome runOutcome gives it, in order, whatever the others do", async () => {
    const seen: Array<string> = []
    const boom = makeStage("boom", {}, (doc) => {
      seen.push(`boom:${doc.id}`)
      if (doc.id === "bad") throw new RangeError("no way")
      return doc
    })
    const broken = makeStage("broken", {}, (doc) =>
      doc.id === "invalid" ? { ...doc, paragraphs: [{ text: "x", display: null, start: -1, end: 0 }] } : doc
    )
    const p = addStage(addStage(defaultPipeline(), boom), broken)
    const inputs = [
      { id: "ok-1", text: article },
      { id: "bad", text: article },
      { id: "empty", text: "" },
      { id: "png", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]) },
      { id: "invalid", text: article },
      { id: "big", bytes: new Uint8Array(2048).fill(0x61) },
      { id: "ok-2", bytes: new TextEncoder().encode(article) }
    ]
    const batch = await Effect.runPromise(runOutcomes(p, inputs, { maxBytes: 1024 }))
    // stage by stage: every document reaches a stage before any goes on to the next one
    expect(seen).toEqual(["boom:ok-1", "boom:bad", "boom:invalid", "boom:ok-2"])
    const one = await Promise.all(inputs.map((x) => Effect.runPromise(runOutcome(p, x, { maxBytes: 1024 }))))
    expect(batch).toEqual(one)
    expect(batch.map((o) => (o._tag === "Record" ? o.record.id : `${o.reject.id}:${o.reject.reason}`))).toEqual([
      "ok-1",
      "bad:stage-failed",
      "empty:empty",
      "png:binary",
      "invalid:invalid-record",
      "big:too-large",
      "ok-2"
    ])
  })

  it("runMany keeps each list in input order, with the readers' rejects where they came, over several chunks", async () => {
    const readerReject = { id: "unreadable", source: { path: "x", index: null, bytes: null }, reason: "io", code: "KHB-E105", stage: "input", message: "cannot read", place: null }
    const inputs = [
      ...Array.from({ length: 70 }, (_, i) => ({ id: `ok-${i}`, text: article })),
      { id: "empty-1", text: "" },
      readerReject,
      { id: "empty-2", text: "" },
      { id: "ok-last", text: article }
    ]
    const { records, rejects } = await Effect.runPromise(runMany(defaultPipeline(), inputs as never))
    expect(records.map((r) => r.id)).toEqual([...Array.from({ length: 70 }, (_, i) => `ok-${i}`), "ok-last"])
    expect(rejects.map((r) => r.id)).toEqual(["empty-1", "unreadable", "empty-2"])
  })

  it("turns a defect outside the stages (in decoding) into a stage-failed reject of that input only", async () => {
    const raw = { id: "odd", get text(): string { throw new TypeError("unreadable") } }
    const batch = await Effect.runPromise(runOutcomes(defaultPipeline(), [{ id: "a", text: article }, raw as never, { id: "b", text: article }]))
    expect(batch.map((o) => o._tag)).toEqual(["Record", "Reject", "Record"])
    expect(batch[1]).toMatchObject({ _tag: "Reject", reject: { id: "odd", reason: "stage-failed", stage: "run" } })
  })
})
