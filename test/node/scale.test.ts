/**
 * Corpus runs at scale through the Node API: shards that partition the input,
 * a clean stop and a resume that adds up to the full run, worker threads
 * (the built worker entry) giving the same output as the main thread, and
 * duplicates marked or dropped with conservation kept.
 */
import { readFile, writeFile } from "node:fs/promises"
import { pathToFileURL } from "node:url"
import { Effect } from "effect"
import fc from "fast-check"
import { beforeAll, describe, expect, it } from "vitest"
import { defaultPipeline } from "../../src/pipeline/presets.js"
import type { RawInput } from "../../src/model/document.js"
import { pipelineSpecOf, processCorpus, processFiles, type CorpusSummary } from "../../src/node/corpus.js"
import { WORKER_OLD_GENERATION_MB, WorkerPoolError, isOutOfMemory, makeBatchRunner, workerExecArgv } from "../../src/node/pool.js"
import { lineId, readDoneIds } from "../../src/node/resume.js"
import { ShardSyntaxError, formatShard, parseShard, shardOf } from "../../src/node/shard.js"
import { fileTarget } from "../../src/node/writers.js"
import type { KhabarRecord, Reject } from "../../src/schema/record.js"
import { distNode, ensureBuilt, workerEntry } from "../cli/built.js"
import { MAGIC, arabicArticle, englishArticle, jsonArticles, tempTree } from "./fixtures.js"

/** A corpus of every input kind: text files in folders, a JSON array, NDJSON with a broken line, rejects from reading. */
const makeCorpus = async (n: number) => {
  const files: Record<string, string | Uint8Array> = {}
  for (let i = 0; i < n; i++) {
    const base = i % 2 === 0 ? arabicArticle : englishArticle
    // each article its own: a number in the first paragraph
    files[`c/day-${String(i % 5).padStart(2, "0")}/a-${String(i).padStart(4, "0")}.txt`] = base.replace("\n\n", ` ${i}\n\n`)
  }
  files["c/empty.txt"] = ""
  files["c/scan.txt"] = Uint8Array.from(MAGIC.pdf)
  files["c/feed.ndjson"] =
    Array.from({ length: n }, (_, i) => JSON.stringify({ ...jsonArticles[i % 3], url: `https://example.org/${i}` })).join("\n") + "\n{broken\n"
  const array = JSON.stringify(Array.from({ length: n }, (_, i) => ({ ...jsonArticles[(i + 1) % 3], url: `u/${i}` })))
  files["c/cut.json"] = array.slice(0, Math.floor(array.length * 0.8))
  const t = await tempTree(files)
  return t
}

const idsOf = (r: { readonly records: ReadonlyArray<KhabarRecord>; readonly rejects: ReadonlyArray<Reject> }) => [
  ...r.records.map((x) => x.id),
  ...r.rejects.map((x) => x.id)
]

const lines = async <A>(path: string): Promise<Array<A>> =>
  (await readFile(path, "utf8"))
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as A)

describe("shards", () => {
  it.each([
    ["0/1", { index: 0, count: 1 }],
    ["0/4", { index: 0, count: 4 }],
    [" 3 / 4 ", { index: 3, count: 4 }],
    ["99/100", { index: 99, count: 100 }]
  ])("parseShard(%j)", (text, shard) => {
    expect(parseShard(text)).toEqual(shard)
    expect(parseShard(formatShard(shard))).toEqual(shard)
  })

  it.each([
    ["4/4", /shards are numbered from 0, so 4 shards are 0\/4 … 3\/4/],
    ["1/0", /the number of shards must be 1 to/],
    ["-1/4", /expected i\/n/],
    ["1", /expected i\/n/],
    ["a/b", /expected i\/n/],
    ["1.5/4", /expected i\/n/]
  ])("parseShard(%j) says what is wrong", (text, message) => {
    expect(() => parseShard(text)).toThrow(ShardSyntaxError)
    expect(() => parseShard(text)).toThrow(message)
  })

  it("shardOf is stable, in range, and every id is in exactly one shard (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.integer({ min: 1, max: 64 }), (id, n) => {
        const s = shardOf(id, n)
        expect(Number.isInteger(s) && s >= 0 && s < n).toBe(true)
        expect(shardOf(id, n)).toBe(s)
      })
    )
    // pinned: the hash and the rule may not change, or the inputs of a running job array would move between shards
    // (fnv1a64("a") = af63dc4c8601ec8c, and 0xaf63dc4c8601ec8c mod 7 = 5)
    expect([shardOf("2015-07-21.json#0", 4), shardOf("a", 7), shardOf("وزير", 10)]).toEqual([0, 5, 6])
  })

  it("spreads ids evenly", () => {
    const counts = [0, 0, 0, 0]
    for (let i = 0; i < 8000; i++) counts[shardOf(`2015-08-${i % 28}/${i}`, 4)]!++
    for (const c of counts) expect(Math.abs(c - 2000)).toBeLessThan(200)
  })

  it("the shards of a corpus add up to the full run: no input lost, none twice, the same records", async () => {
    const t = await makeCorpus(40)
    try {
      const full = await processFiles([t.path("c")])
      const fullIds = idsOf(full)
      const byId = new Map(full.records.map((r) => [r.id, JSON.stringify(r)]))
      const n = 3
      const seen: Array<string> = []
      let otherShards = 0
      for (let i = 0; i < n; i++) {
        const summaries: Array<CorpusSummary> = []
        const part = { records: [] as Array<KhabarRecord>, rejects: [] as Array<Reject> }
        summaries.push(
          await processCorpus([t.path("c")], {
            shard: { index: i, count: n },
            onOutcome: (o) => (o._tag === "Record" ? part.records.push(o.record) : part.rejects.push(o.reject))
          })
        )
        const ids = idsOf(part)
        for (const id of ids) expect(shardOf(id, n)).toBe(i)
        for (const r of part.records) expect(JSON.stringify(r)).toBe(byId.get(r.id))
        seen.push(...ids)
        expect(summaries[0]!.shard).toEqual({ index: i, count: n })
        expect(summaries[0]!.records + summaries[0]!.rejects).toBe(summaries[0]!.inputs)
        otherShards += summaries[0]!.skipped.otherShards
      }
      expect([...seen].sort()).toEqual([...fullIds].sort())
      expect(new Set(seen).size).toBe(seen.length)
      // each input was left out by the n - 1 other shards
      expect(otherShards).toBe((n - 1) * fullIds.length)
    } finally {
      await t.cleanup()
    }
  })
})

describe("stop and resume", () => {
  it("lineId reads the id at the start of a line, or from the whole line", () => {
    expect(lineId('{"id":"a\\"b","x":1}')).toBe('a"b')
    expect(lineId('{"x":1,"id":"late"}')).toBe("late")
    expect(lineId('{"id":"cut off')).toBeNull()
    expect(lineId("[1,2]")).toBeNull()
    expect(lineId('{"id":7}')).toBeNull()
  })

  it("a stopped run commits whole outputs; resuming it gives the full run, byte for byte", async () => {
    const t = await makeCorpus(30)
    try {
      const full = { out: t.path("full/r.ndjson"), rejects: t.path("full/x.ndjson") }
      const whole = await processCorpus([t.path("c")], { out: fileTarget(full.out), rejects: fileTarget(full.rejects), batchSize: 4 })

      const part = { out: t.path("part/r.ndjson"), rejects: t.path("part/x.ndjson") }
      const stop = new AbortController()
      let seen = 0
      const first = await processCorpus([t.path("c")], {
        out: fileTarget(part.out),
        rejects: fileTarget(part.rejects),
        batchSize: 4,
        stop: stop.signal,
        onOutcome: () => {
          if (++seen === 25) stop.abort()
        }
      })
      expect(first.stopped).toBe(true)
      expect(first.inputs).toBeGreaterThanOrEqual(25)
      expect(first.inputs).toBeLessThan(whole.inputs)
      expect(first.records + first.rejects).toBe(first.inputs)
      // whole files: every line parses, and they hold exactly the inputs taken
      const written = [...(await lines<{ id: string }>(part.out)), ...(await lines<{ id: string }>(part.rejects))]
      expect(written).toHaveLength(first.inputs)

      // a crash may leave a last line cut off: it is dropped and its input done again
      await writeFile(part.out, (await readFile(part.out, "utf8")) + '{"id":"c/half-writ')
      const done = await readDoneIds([part.out, part.rejects])
      expect(done.ids.size).toBe(first.inputs)
      expect(done.files[0]!.cutBytes).toBeGreaterThan(0)

      const second = await processCorpus([t.path("c")], {
        out: fileTarget(part.out),
        rejects: fileTarget(part.rejects),
        batchSize: 4,
        append: true,
        skipIds: done.ids
      })
      expect(second.stopped).toBe(false)
      expect(second.skipped.done).toBe(first.inputs)
      expect(first.inputs + second.inputs).toBe(whole.inputs)
      expect(await readFile(part.out, "utf8")).toBe(await readFile(full.out, "utf8"))
      expect(await readFile(part.rejects, "utf8")).toBe(await readFile(full.rejects, "utf8"))
    } finally {
      await t.cleanup()
    }
  })

  it("a JSON array output cannot be appended to", async () => {
    const t = await tempTree({ "a.txt": englishArticle })
    try {
      await expect(processCorpus([t.path("a.txt")], { out: fileTarget(t.path("r.json")), append: true })).rejects.toThrow(
        /cannot be appended to \(resuming a run needs NDJSON output/
      )
    } finally {
      await t.cleanup()
    }
  })
})

describe("worker threads", () => {
  beforeAll(() => ensureBuilt(), 180_000)

  it("workers inherit the Node flags they take; V8 flags and --input-type are left out", () => {
    expect(
      workerExecArgv(["--max-old-space-size=2000", "--enable-source-maps", "--input-type", "module", "--stack-size=2000", "--conditions", "dev", "--input-type=module"])
    ).toEqual(["--enable-source-maps", "--conditions", "dev"])
  })

  it("from the TypeScript sources there is no worker entry: the run stays in the main thread and says why", async () => {
    const t = await tempTree({ "a.txt": englishArticle })
    try {
      const s = await processCorpus([t.path("a.txt")], { workers: 2 })
      expect(s.workers).toBe(1)
      expect(s.workerNote).toMatch(/ran in the main thread: the worker entry .*worker\.js is not there/)
      expect(s.records).toBe(1)
    } finally {
      await t.cleanup()
    }
  })

  it("a pipeline object cannot go to workers: a WorkerPoolError says what to do", async () => {
    await expect(processCorpus([], { workers: 2, pipeline: defaultPipeline() })).rejects.toThrow(WorkerPoolError)
    await expect(processCorpus([], { workers: 2, pipeline: defaultPipeline() })).rejects.toThrow(/give `pipelineModule`/)
  })

  it("with the built worker entry: the same records and rejects in the same order as the main thread, for any batch size", async () => {
    const t = await makeCorpus(30)
    try {
      const alone = await processFiles([t.path("c")])
      for (const batchSize of [1, 7, 64]) {
        const records: Array<string> = []
        const rejects: Array<string> = []
        const s = await processCorpus([t.path("c")], {
          workers: 2,
          workerEntry,
          batchSize,
          onOutcome: (o) => (o._tag === "Record" ? records.push(JSON.stringify(o.record)) : rejects.push(JSON.stringify(o.reject)))
        })
        expect(s.workers).toBe(2)
        expect(s.workerNote).toBeNull()
        expect(records).toEqual(alone.records.map((r) => JSON.stringify(r)))
        expect(rejects).toEqual(alone.rejects.map((r) => JSON.stringify(r)))
      }
    } finally {
      await t.cleanup()
    }
  })

  it("a pipeline module runs in the workers; a stage that throws or calls process.exit rejects that input only", async () => {
    const t = await makeCorpus(12)
    try {
      const mod = t.path("pipeline.mjs")
      // a custom pipeline built from the library build
      await writeFile(
        mod,
        `import { addStage, defaultPipeline, makeStage } from ${JSON.stringify(distNode)}
export const pipeline = (options) => addStage(addStage(defaultPipeline(options),
  makeStage("picky", {}, (doc) => { if (doc.id.endsWith("a-0003")) throw new Error("cannot take this one"); return doc })),
  makeStage("fatal", {}, (doc) => { if (doc.id.endsWith("a-0005")) process.exit(3); return doc }))
`
      )
      const outcomes: Array<[string, string]> = []
      const s = await processCorpus([t.path("c")], {
        workers: 2,
        workerEntry,
        pipelineModule: mod,
        batchSize: 4,
        onOutcome: (o) => outcomes.push(o._tag === "Record" ? [o.record.id, "record"] : [o.reject.id, `${o.reject.reason}:${o.reject.stage}`])
      })
      expect(s.workers).toBe(2)
      const byId = new Map(outcomes)
      expect(byId.get("day-03/a-0003")).toBe("stage-failed:picky")
      expect(byId.get("day-00/a-0005")).toBe("stage-failed:fatal")
      expect(outcomes.filter(([, o]) => o === "record")).toHaveLength(s.records)
      expect(s.records + s.rejects).toBe(s.inputs)
      expect(s.rejects).toBe(2 + 4) // picky, fatal, and the corpus's own: empty, scan, the broken NDJSON line, the cut JSON array
    } finally {
      await t.cleanup()
    }
  })

  it("a worker thread that dies fails its batch; the batch is run again one input at a time and only the culprit is rejected", async () => {
    const t = await makeCorpus(12)
    try {
      // a worker entry that wraps the real one and dies (an uncaught error in the thread) on one input
      const entry = t.path("dying-worker.mjs")
      await writeFile(
        entry,
        `import run from ${JSON.stringify(workerEntry)}
export default async (task) => {
  if (task.items.some((i) => i.id.endsWith("a-0005"))) {
    setImmediate(() => { throw new Error("the thread dies here") })
    await new Promise((r) => setTimeout(r, 5000))
  }
  return run(task)
}
`
      )
      const alone = await processFiles([t.path("c")])
      const outcomes: Array<[string, string]> = []
      const s = await processCorpus([t.path("c")], {
        workers: 2,
        workerEntry: entry,
        batchSize: 4,
        onOutcome: (o) => outcomes.push(o._tag === "Record" ? [o.record.id, "record"] : [o.reject.id, `${o.reject.reason}:${o.reject.stage}`])
      })
      const byId = new Map(outcomes)
      expect(byId.get("day-00/a-0005")).toBe("stage-failed:worker")
      // everything else as in the main thread
      const expected = [...alone.records.map((r) => [r.id, "record"]), ...alone.rejects.map((r) => [r.id, `${r.reason}:${r.stage}`])]
        .filter(([id]) => id !== "day-00/a-0005")
        .sort()
      expect(outcomes.filter(([id]) => id !== "day-00/a-0005").sort()).toEqual(expected)
      expect(s.records + s.rejects).toBe(s.inputs)
    } finally {
      await t.cleanup()
    }
  })
})

describe("a limit per input in worker threads", () => {
  beforeAll(() => ensureBuilt(), 180_000)

  it("an input that never finishes is stopped and rejected; the rest of the run goes on", async () => {
    const t = await makeCorpus(12)
    try {
      const mod = t.path("pipeline.mjs")
      await writeFile(
        mod,
        `import { addStage, defaultPipeline, makeStage } from ${JSON.stringify(distNode)}
export const pipeline = (options) => addStage(defaultPipeline(options),
  makeStage("endless", {}, (doc) => { if (doc.id.endsWith("a-0007")) for (;;) {} return doc }))
`
      )
      const alone = await processFiles([t.path("c")])
      const outcomes: Array<[string, string]> = []
      const s = await processCorpus([t.path("c")], {
        workers: 2,
        workerEntry,
        pipelineModule: mod,
        batchSize: 4,
        // generous: a retried batch starts a fresh worker, whose start-up counts against the limit on a loaded machine
        // (6 s was once too short with the test suite and two other jobs on two cores)
        inputTimeoutMs: 12000,
        onOutcome: (o) => outcomes.push(o._tag === "Record" ? [o.record.id, "record"] : [o.reject.id, `${o.reject.reason}:${o.reject.stage}:${o.reject.message}`])
      })
      const byId = new Map(outcomes)
      expect(byId.get("day-02/a-0007")).toMatch(/^stage-failed:worker:.*did not finish within 12 s \(the limit per input/)
      const expected = [...alone.records.map((r) => r.id), ...alone.rejects.map((r) => r.id)].sort()
      expect(outcomes.map(([id]) => id).sort()).toEqual(expected)
      const lost = outcomes.filter(([id, o]) => id !== "day-02/a-0007" && o !== "record" && !alone.rejects.some((r) => r.id === id))
      expect(lost, "no other input may be rejected").toEqual([])
      expect(s.records + s.rejects).toBe(s.inputs)
    } finally {
      await t.cleanup()
    }
  }, 150_000)
})

describe("a heap limit per worker thread", () => {
  beforeAll(() => ensureBuilt(), 180_000)

  /** A pipeline module whose stage holds `mb` MB of small objects (V8 heap, not buffers) for inputs whose id ends in `suffix`; `mb: 0` never stops. */
  const hungryModule = (mb: number, suffix: string) => `import { addStage, defaultPipeline, makeStage } from ${JSON.stringify(distNode)}
export const pipeline = (options) => addStage(defaultPipeline(options),
  makeStage("hungry", {}, (doc) => {
    if (!doc.id.endsWith(${JSON.stringify(suffix)})) return doc
    const held = []
    for (let i = 0; ${mb} === 0 || i < ${mb} * 1024 * 1024 / 64; i++) held.push({ i, s: "x" + i })
    return held.length > 0 ? doc : null
  }))
`

  it("an input that exhausts a worker's heap runs again alone with the main thread's limit: the same records as one thread", async () => {
    const t = await makeCorpus(12)
    try {
      const mod = t.path("pipeline.mjs")
      await writeFile(mod, hungryModule(240, "a-0005"))
      const run = async (options: { readonly workers: number; readonly workerHeapMb?: number }) => {
        const out: Array<string> = []
        const s = await processCorpus([t.path("c")], {
          ...options,
          workerEntry,
          pipelineModule: mod,
          batchSize: 4,
          onOutcome: (o) => out.push(o._tag === "Record" ? JSON.stringify(o.record) : JSON.stringify(o.reject))
        })
        return { s, out }
      }
      const alone = await run({ workers: 1 })
      // 96 MB: the stage's 240 MB cannot fit, the worker dies, its batch is run again one input at a time, and the culprit once more in a roomy thread
      const capped = await run({ workers: 2, workerHeapMb: 96 })
      expect(capped.s.workers).toBe(2)
      expect(capped.out).toEqual(alone.out)
      expect(alone.out.some((line) => line.includes('"day-00/a-0005"') && line.includes('"title"'))).toBe(true)
      expect(capped.s.records + capped.s.rejects).toBe(capped.s.inputs)
      expect(capped.s.rejectsByReason).toEqual(alone.s.rejectsByReason)
    } finally {
      await t.cleanup()
    }
  }, 120_000)

  it("an input that exhausts the retry thread's heap too is a typed reject that says so; the rest of its batch is kept", async () => {
    const t = await makeCorpus(6)
    try {
      const mod = t.path("pipeline.mjs")
      await writeFile(mod, hungryModule(0, "a-0003"))
      const spec = pipelineSpecOf({ pipelineModule: pathToFileURL(mod).href })
      const items: Array<RawInput> = ["a-0001", "a-0002", "a-0003", "a-0004"].map((id, i) => ({
        id: `day/${id}`,
        text: (i % 2 === 0 ? arabicArticle : englishArticle).replace("\n\n", ` ${i}\n\n`)
      }))
      const results = await Effect.runPromise(
        Effect.scoped(
          Effect.gen(function* () {
            const runner = yield* makeBatchRunner({ workers: 2, spec, workerEntry, workerHeapMb: 96, retryHeapMb: 128 })
            return yield* runner.run(items)
          })
        )
      )
      // the batch died: each input was run again alone, one result each
      expect(results).toHaveLength(items.length)
      const slots = results.flatMap((r) => r.slots)
      expect(slots.map((slot) => (slot._tag === "Record" ? slot.id : slot.reject.id))).toEqual(items.map((i) => i.id))
      const culprit = slots[2]!
      expect(culprit._tag).toBe("Reject")
      if (culprit._tag === "Reject") {
        expect(culprit.reject.reason).toBe("stage-failed")
        expect(culprit.reject.stage).toBe("worker")
        expect(culprit.reject.message).toMatch(/ran out of memory \(heap limit 96 MB, then 128 MB\)/)
      }
      expect(slots.filter((slot) => slot._tag === "Record")).toHaveLength(3)
    } finally {
      await t.cleanup()
    }
  }, 120_000)

  it("the heap limit is checked: an out-of-memory error is recognized by its code only", () => {
    expect(isOutOfMemory(Object.assign(new Error("Worker terminated due to reaching memory limit: JS heap out of memory"), { code: "ERR_WORKER_OUT_OF_MEMORY" }))).toBe(true)
    expect(isOutOfMemory(new Error("JS heap out of memory"))).toBe(false)
    expect(isOutOfMemory(null)).toBe(false)
    expect(WORKER_OLD_GENERATION_MB).toBeLessThanOrEqual(256)
  })
})

describe("duplicates", () => {
  const story = (n: number) =>
    `Council approves new bridge ${n}\n\nThe city council voted on Tuesday to build a new bridge across the river, ending a debate that lasted ten years. ` +
    "The bridge will carry trams, bicycles and people on foot, and work is due to begin next spring after the final designs are approved by the planning office.\n\n" +
    "Residents of both banks welcomed the vote, while shop owners near the old crossing asked for help during the works."

  const dupCorpus = () =>
    tempTree({
      "d/a.txt": story(1),
      "d/b.txt": englishArticle,
      "d/c.txt": story(1), // an exact copy of a
      "d/d.txt": story(1).replace("ten years", "a decade").replace("next spring", "in April"), // a near copy
      "d/e.txt": ""
    })

  it.each(["mark", "drop"] as const)("%s: the first seen is the original; records + rejects + dropped = inputs", async (mode) => {
    const t = await dupCorpus()
    try {
      const records: Array<KhabarRecord> = []
      const dropped: Array<string> = []
      const s = await processCorpus([t.path("d")], {
        dedupe: { mode },
        out: fileTarget(t.path("out.ndjson")),
        onOutcome: (o) => void (o._tag === "Record" && records.push(o.record)),
        onDuplicate: (d) => dropped.push(`${d.id}→${d.duplicateOf}`)
      })
      expect(s.records + s.rejects + s.duplicatesDropped).toBe(s.inputs)
      expect(s.duplicates).toBe(2)
      expect(s.duplicatesByKind).toEqual({ exact: 1, near: 1 })
      const written = await lines<KhabarRecord>(t.path("out.ndjson"))
      if (mode === "mark") {
        expect(s.duplicatesDropped).toBe(0)
        expect(written.map((r) => [r.id, r.duplicateOf])).toEqual([
          ["a", null],
          ["b", null],
          ["c", "a"],
          ["d", "a"]
        ])
        expect(written.find((r) => r.id === "c")?.similarity).toBe(1)
        expect(written.find((r) => r.id === "d")?.similarity).toBeGreaterThan(0.5)
      } else {
        expect(s.duplicatesDropped).toBe(2)
        expect(written.map((r) => r.id)).toEqual(["a", "b"])
        expect(dropped).toEqual(["c→a", "d→a"])
      }
    } finally {
      await t.cleanup()
    }
  })

  it.each(["mark", "drop"] as const)(
    "%s in worker threads, records kept as NDJSON bytes (no onOutcome): the same files and summary as the main thread",
    async (mode) => {
      ensureBuilt()
      const t = await dupCorpus()
      try {
        const run = (workers: number, name: string) =>
          processCorpus([t.path("d")], {
            dedupe: { mode },
            workers,
            workerEntry,
            batchSize: 2,
            out: fileTarget(t.path(`${name}.ndjson`)),
            rejects: fileTarget(t.path(`${name}-rejects.ndjson`))
          })
        const one = await run(1, "one")
        const two = await run(2, "two")
        expect(two.workers).toBe(2)
        expect(await readFile(t.path("two.ndjson"), "utf8")).toBe(await readFile(t.path("one.ndjson"), "utf8"))
        expect(await readFile(t.path("two-rejects.ndjson"), "utf8")).toBe(await readFile(t.path("one-rejects.ndjson"), "utf8"))
        const same = (s: CorpusSummary) => ({ ...s, seconds: 0, peakRssBytes: 0, outputs: s.outputs.map((o) => ({ ...o, target: "" })), workers: 0 })
        expect(same(two)).toEqual(same(one))
        expect(one.records + one.rejects + one.duplicatesDropped).toBe(one.inputs)
        // the tally counts the records written: a dropped duplicate is left out of it
        expect(one.tally.languages["en"] ?? 0).toBe(mode === "drop" ? 2 : 4)
      } finally {
        await t.cleanup()
      }
    },
    180_000
  )

})
