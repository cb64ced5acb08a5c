import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { StageFailed } from "../../src/errors.js"
import { PipelineDefinitionError, addStage, compose, dropStage, replaceStage } from "../../src/pipeline/compose.js"
import { defaultPipeline } from "../../src/pipeline/presets.js"
import { run, runMany, runOutcome } from "../../src/pipeline/run.js"
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
