import { existsSync } from "node:fs"
import { readFile, readdir, writeFile } from "node:fs/promises"
import { PassThrough, Writable } from "node:stream"
import { Effect, Exit } from "effect"
import { afterEach, describe, expect, it } from "vitest"
import { toReject, InputError } from "../../src/errors.js"
import { WriteError, atomicFolder, fileTarget, openWriter, scopedWriter } from "../../src/node/writers.js"
import type { Reject } from "../../src/schema/record.js"
import { tempTree } from "./fixtures.js"

const rejectEntry = (i: number): Reject =>
  toReject(new InputError({ input: `doc-${i}`, reason: "empty", detail: "the input is empty", place: null }), {
    path: `in/doc-${i}.txt`,
    index: null,
    bytes: 0
  })

const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!()
})
const tree = async () => {
  const t = await tempTree()
  cleanups.push(t.cleanup)
  return t
}

describe("file writers", () => {
  it.each(["ndjson", "json"])("%s: nothing at the target until commit, then the whole file at once", async (format) => {
    const t = await tree()
    const target = t.path(`deep/new/out.${format}`)
    const summary = await Effect.runPromise(
      Effect.gen(function* () {
        const w = yield* openWriter(format, fileTarget(target), { bufferBytes: 10 })
        for (let i = 0; i < 5; i++) yield* w.write(rejectEntry(i))
        // mid-run: only a temporary file beside the target
        expect(existsSync(target)).toBe(false)
        const names = yield* Effect.promise(() => readdir(t.path("deep/new")))
        expect(names).toHaveLength(1)
        expect(names[0]).toMatch(/^\.khabar-tmp-\d+-[0-9a-f]{8}-out\./)
        return yield* w.commit
      })
    )
    const text = await readFile(target, "utf8")
    const parsed = format === "json" ? (JSON.parse(text) as Array<Reject>) : text.trimEnd().split("\n").map((l) => JSON.parse(l) as Reject)
    expect(parsed.map((r) => r.id)).toEqual(["doc-0", "doc-1", "doc-2", "doc-3", "doc-4"])
    expect(summary).toEqual({ target, format, count: 5, bytes: Buffer.byteLength(text) })
    expect(await readdir(t.path("deep/new"))).toEqual([`out.${format}`])
  })

  it("an empty JSON output is a valid empty array", async () => {
    const t = await tree()
    await Effect.runPromise(Effect.flatMap(openWriter("json", fileTarget(t.path("e.json"))), (w) => w.commit))
    expect(JSON.parse(await readFile(t.path("e.json"), "utf8"))).toEqual([])
  })

  it("abort (a failure or an interruption in scope) removes the temporary file and keeps the old file", async () => {
    const t = await tree()
    const target = t.path("out.ndjson")
    await writeFile(target, "previous complete output\n")
    const exit = await Effect.runPromiseExit(
      Effect.scoped(
        Effect.gen(function* () {
          const w = yield* scopedWriter("ndjson", fileTarget(target))
          yield* w.write(rejectEntry(1))
          return yield* Effect.fail("stage blew up" as const)
        })
      )
    )
    expect(Exit.isFailure(exit)).toBe(true)
    expect(await readdir(t.root)).toEqual(["out.ndjson"])
    expect(await readFile(target, "utf8")).toBe("previous complete output\n")
  })

  it.skipIf(!existsSync("/dev/full"))("a full disk is a WriteError naming the target (/dev/full; skipped where it is missing)", async () => {
    const e = await Effect.runPromise(
      Effect.flip(
        Effect.gen(function* () {
          const w = yield* openWriter("ndjson", fileTarget("/dev/full"), { bufferBytes: 1 })
          yield* w.write(rejectEntry(1))
          return yield* w.commit
        })
      )
    )
    expect(e).toBeInstanceOf(WriteError)
    expect(e.message).toBe("cannot write /dev/full: no space left on the device (the disk is full)")
  })

  it("a target inside a file (not a folder) fails at open with a WriteError", async () => {
    const t = await tree()
    await writeFile(t.path("plain"), "x")
    const e = await Effect.runPromise(Effect.flip(openWriter("ndjson", fileTarget(t.path("plain/out.ndjson")))))
    expect(e).toBeInstanceOf(WriteError)
    expect(e.target).toBe(t.path("plain/out.ndjson"))
  })

  it("refuses an unknown format, listing the known ones", async () => {
    const e = await Effect.runPromise(Effect.flip(openWriter("parquet-ish", fileTarget("x"))))
    expect(e.message).toMatch(/unknown format "parquet-ish" \(known: ndjson, json\)/)
  })
})

describe("writeLines: values already serialized as NDJSON", () => {
  it.each(["ndjson", "json"])("%s: the same file as writing each value, whatever the pieces and the buffer size", async (format) => {
    const t = await tree()
    const values = Array.from({ length: 9 }, (_, i) => rejectEntry(i))
    const ndjson = (vs: ReadonlyArray<Reject>) => Buffer.from(vs.map((v) => JSON.stringify(v) + "\n").join(""))
    for (const bufferBytes of [1, 300, 1 << 16]) {
      const one = t.path(`one-${bufferBytes}.${format}`)
      const many = t.path(`many-${bufferBytes}.${format}`)
      await Effect.runPromise(
        Effect.gen(function* () {
          const a = yield* openWriter(format, fileTarget(one), { bufferBytes })
          for (const v of values) yield* a.write(v)
          yield* a.commit
          const b = yield* openWriter(format, fileTarget(many), { bufferBytes })
          // pieces of 0, 1, 3 and 5 values, and one value written as an object in between
          yield* b.writeLines!(ndjson([]), 0)
          yield* b.writeLines!(ndjson(values.slice(0, 1)), 1)
          const piece = ndjson(values.slice(1, 4))
          yield* b.writeLines!(piece, 3)
          // the bytes may be reused once writeLines is done: the file must not change
          piece.fill(0x20)
          yield* b.write(values[4]!)
          yield* b.writeLines!(ndjson(values.slice(5)), 4)
          const summary = yield* b.commit
          expect(summary.count).toBe(9)
        })
      )
      expect(await readFile(many, "utf8")).toBe(await readFile(one, "utf8"))
    }
  })
})

describe("stream writers", () => {
  it("writes to a stream in order and leaves it open", async () => {
    const stream = new PassThrough()
    const chunks: Array<string> = []
    stream.on("data", (c: Buffer) => chunks.push(c.toString()))
    await Effect.runPromise(
      Effect.gen(function* () {
        const w = yield* openWriter("ndjson", { _tag: "Stream", stream, name: "test" }, { bufferBytes: 1 })
        for (let i = 0; i < 3; i++) yield* w.write(rejectEntry(i))
        return yield* w.commit
      })
    )
    expect(chunks.join("").trimEnd().split("\n").map((l) => (JSON.parse(l) as Reject).id)).toEqual(["doc-0", "doc-1", "doc-2"])
    expect(stream.writableEnded).toBe(false)
  })

  it("a closed pipe fails the write with a WriteError", async () => {
    const stream = new Writable({
      write: (_chunk, _enc, cb) => cb(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }))
    })
    const e = await Effect.runPromise(
      Effect.flip(
        Effect.gen(function* () {
          const w = yield* openWriter("ndjson", { _tag: "Stream", stream, name: "stdout" }, { bufferBytes: 1 })
          yield* w.write(rejectEntry(1))
          return yield* w.commit
        })
      )
    )
    expect(e.message).toBe("cannot write stdout: the reading end of the pipe was closed (EPIPE)")
  })
})

describe("atomicFolder", () => {
  it("builds a folder under a temporary name and swaps it in on commit; abort removes it", async () => {
    const t = await tree()
    const target = t.path("table")
    await Effect.runPromise(
      Effect.gen(function* () {
        const f = yield* atomicFolder(target)
        yield* Effect.promise(() => writeFile(`${f.temp}/part-0.csv`, "a\n"))
        expect(existsSync(target)).toBe(false)
        yield* f.commit
      })
    )
    expect(await readdir(target)).toEqual(["part-0.csv"])
    await Effect.runPromise(
      Effect.gen(function* () {
        const f = yield* atomicFolder(target)
        yield* Effect.promise(() => writeFile(`${f.temp}/part-0.csv`, "b\n"))
        yield* f.abort
      })
    )
    expect(await readdir(t.root)).toEqual(["table"])
    expect(await readFile(`${target}/part-0.csv`, "utf8")).toBe("a\n")
  })
})
