/**
 * Hostile and broken input, end to end: a corpus generated here (see
 * corpus.ts) through the Node API and through the built CLI with worker
 * threads. Every input ends as a record or a typed reject naming the input
 * (and the place, when there is one), the run goes on, and records + rejects
 * = inputs. Then what the file system can do: files that vanish, files and
 * folders that cannot be read, a full disk.
 */
import { execFileSync, spawnSync } from "node:child_process"
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs"
import { rm, unlink, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { Stream } from "effect"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { codes } from "../../src/errors.js"
import type { RawInput } from "../../src/model/document.js"
import { processCorpus, runCorpus } from "../../src/node/corpus.js"
import { readInputs } from "../../src/node/inputs.js"
import { fileTarget } from "../../src/node/writers.js"
import type { KhabarRecord, Reject } from "../../src/schema/record.js"
import { ensureBuilt, khabar, ndjson } from "../cli/built.js"
import { arabicArticle, englishArticle, isRoot, tempTree } from "../node/fixtures.js"
import { hostileCorpus, type Expectation, type HostileCorpus } from "./corpus.js"

let corpus: HostileCorpus

beforeAll(async () => {
  ensureBuilt()
  corpus = await hostileCorpus()
}, 180_000)

afterAll(async () => {
  await corpus?.cleanup()
})

const BUG_REASONS = new Set(["stage-failed", "invalid-record"])

/** Checks every outcome against the table, and that nothing else came out. */
const checkOutcomes = (records: ReadonlyArray<KhabarRecord>, rejects: ReadonlyArray<Reject>, expected: ReadonlyArray<Expectation>) => {
  const ids = [...records.map((r) => r.id), ...rejects.map((r) => r.id)]
  expect(new Set(ids).size, "one outcome per input").toBe(ids.length)
  expect([...ids].sort()).toEqual(expected.map((e) => e.id).sort())
  const recordById = new Map(records.map((r) => [r.id, r]))
  const rejectById = new Map(rejects.map((r) => [r.id, r]))
  for (const e of expected) {
    const record = recordById.get(e.id)
    const reject = rejectById.get(e.id)
    if (reject !== undefined) {
      // every reject is typed, has its code and names the input
      expect(reject.code, e.id).toBe(codes[reject.reason])
      expect(reject.message, e.id).toContain(e.id)
      expect(reject.message.startsWith(`[${reject.code}] `), e.id).toBe(true)
    }
    switch (e.outcome) {
      case "record":
        expect(record, `${e.id} should be a record, got ${reject?.message}`).toBeDefined()
        if (e.encoding !== undefined) expect(record!.source.encoding, e.id).toBe(e.encoding)
        for (const code of e.diagnostics ?? []) expect(record!.diagnostics.map((d) => d.code), e.id).toContain(code)
        if (e.anyDiagnostic !== undefined) {
          expect(record!.diagnostics.some((d) => e.anyDiagnostic!.includes(d.code)), `${e.id}: ${JSON.stringify(record!.diagnostics)}`).toBe(true)
        }
        break
      case "typed":
        // the pipeline decides what an adversarial text is; a stage must not crash on it
        if (reject !== undefined) expect(BUG_REASONS.has(reject.reason), `${e.id}: ${reject.message}`).toBe(false)
        else expect(record, e.id).toBeDefined()
        break
      default:
        expect(reject, `${e.id} should be a ${e.outcome} reject`).toBeDefined()
        expect(reject!.reason, `${e.id}: ${reject!.message}`).toBe(e.outcome)
        if (e.message !== undefined) expect(reject!.message, e.id).toMatch(e.message)
        if (e.place !== undefined) expect(reject!.place, e.id).toMatchObject(e.place)
    }
  }
}

describe("a generated hostile corpus", () => {
  let api: { records: Array<KhabarRecord>; rejects: Array<Reject>; inputs: number }

  it("through the Node API: a typed outcome for each input, with its reason and place; records + rejects = inputs", async () => {
    const out = join(corpus.root, "api")
    const summary = await processCorpus([corpus.folder, ...corpus.named], {
      out: fileTarget(join(out, "records.ndjson")),
      rejects: fileTarget(join(out, "rejects.ndjson"))
    })
    const records = ndjson<KhabarRecord>(readFileSync(join(out, "records.ndjson"), "utf8"))
    const rejects = ndjson<Reject>(readFileSync(join(out, "rejects.ndjson"), "utf8"))
    checkOutcomes(records, rejects, corpus.expected)
    expect(summary.inputs).toBe(corpus.expected.length)
    expect(summary.records + summary.rejects).toBe(summary.inputs)
    expect(summary.records).toBe(records.length)
    expect(summary.rejects).toBe(rejects.length)
    api = { records, rejects, inputs: summary.inputs }
  })

  it("through the built CLI with 2 worker threads: the same outcomes, byte for byte, and the summary says so", () => {
    expect(api, "the API run comes first").toBeDefined()
    const out = join(corpus.root, "cli")
    const r = khabar(["process", corpus.folder, ...corpus.named, "--workers", "2", "-o", join(out, "records.ndjson"), "--rejects", join(out, "rejects.ndjson")])
    expect(r.code, r.stderr).toBe(0)
    const records = ndjson<KhabarRecord>(readFileSync(join(out, "records.ndjson"), "utf8"))
    const rejects = ndjson<Reject>(readFileSync(join(out, "rejects.ndjson"), "utf8"))
    checkOutcomes(records, rejects, corpus.expected)
    // workers change nothing: same records and rejects, in the same order
    expect(records.map((x) => JSON.stringify(x))).toEqual(api.records.map((x) => JSON.stringify(x)))
    expect(rejects.map((x) => JSON.stringify(x))).toEqual(api.rejects.map((x) => JSON.stringify(x)))
    const n = api.inputs
    expect(r.stderr).toContain(`${n} inputs → ${records.length} records + ${rejects.length} rejects (`)
    expect(r.stderr).toMatch(new RegExp(`= ${n} ✓ in [\\d.]+ s \\(.*2 workers`))
  })

  it("--text-field: objects without that field are missing-field rejects naming the field, the others are read", async () => {
    const t = await tempTree({
      "feed.ndjson": [
        JSON.stringify({ story: englishArticle }),
        JSON.stringify({ content: "a content field, but not the one asked for" }),
        JSON.stringify({ story: null }),
        JSON.stringify({ story: arabicArticle })
      ].join("\n")
    })
    try {
      const r = khabar(["process", t.path("feed.ndjson"), "--text-field", "story", "--workers", "1", "-o", t.path("r.ndjson"), "--rejects", t.path("x.ndjson")])
      expect(r.code, r.stderr).toBe(0)
      const rejects = ndjson<Reject>(readFileSync(t.path("x.ndjson"), "utf8"))
      expect(rejects.map((x) => [x.id, x.reason])).toEqual([
        ["feed.ndjson#1", "missing-field"],
        ["feed.ndjson#2", "missing-field"]
      ])
      expect(rejects[0]!.message).toMatch(/the text field "story" is missing \(choose it with --text-field\)/)
      expect(ndjson<KhabarRecord>(readFileSync(t.path("r.ndjson"), "utf8")).map((x) => x.id)).toEqual(["feed.ndjson#0", "feed.ndjson#3"])
    } finally {
      await t.cleanup()
    }
  })
})

describe("the file system moving under a run", () => {
  it("a file that vanishes between the listing and its turn is an io reject, and the run goes on", async () => {
    const t = await tempTree({ "d/a.txt": englishArticle, "d/b.txt": arabicArticle, "d/c.txt": englishArticle })
    try {
      // the reader has listed the folder when it yields a.txt; b.txt is removed before its turn
      async function* vanishing(): AsyncGenerator<RawInput | Reject> {
        let first = true
        for await (const item of readInputs([t.path("d")])) {
          yield item
          if (first) await unlink(t.path("d/b.txt"))
          first = false
        }
      }
      const seen: Array<string> = []
      const summary = await Effect.runPromise(
        runCorpus(Stream.fromAsyncIterable(vanishing(), (e) => e), {
          onOutcome: (o) => seen.push(o._tag === "Record" ? `${o.record.id}:record` : `${o.reject.id}:${o.reject.reason}:${o.reject.message}`)
        })
      )
      expect(seen).toHaveLength(3)
      expect(seen[0]).toBe("a:record")
      expect(seen[1]).toMatch(/^b:io:\[KHB-E121\] b: cannot open .*b\.txt: no such file or folder \(it does not exist, or vanished during the run\)$/)
      expect(seen[2]).toBe("c:record")
      expect(summary).toMatchObject({ inputs: 3, records: 2, rejects: 1 })
    } finally {
      await t.cleanup()
    }
  })

  const setpriv = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p))

  it.skipIf(!isRoot || setpriv === undefined)(
    "files and folders that cannot be read (the CLI run as nobody: root reads everything) are io rejects; the run goes on",
    async () => {
      const t = await tempTree({ "c/readable.txt": englishArticle, "c/secret.txt": arabicArticle, "c/locked/inner.txt": englishArticle })
      try {
        mkdirSync(t.path("out"))
        chmodSync(t.root, 0o755)
        chmodSync(t.path("c"), 0o755)
        chmodSync(t.path("c/readable.txt"), 0o644)
        chmodSync(t.path("c/secret.txt"), 0o000)
        chmodSync(t.path("c/locked"), 0o000)
        chmodSync(t.path("out"), 0o777)
        const r = khabar(
          ["process", t.path("c"), "--workers", "2", "-o", t.path("out/r.ndjson"), "--rejects", t.path("out/x.ndjson")],
          { prefix: [setpriv!, "--reuid=65534", "--regid=65534", "--clear-groups"] }
        )
        expect(r.code, r.stderr).toBe(0)
        const rejects = ndjson<Reject>(readFileSync(t.path("out/x.ndjson"), "utf8"))
        expect(rejects.map((x) => [x.id, x.reason])).toEqual([
          ["locked", "io"],
          ["secret", "io"]
        ])
        expect(rejects[0]!.message).toMatch(/cannot read the folder .*locked: permission denied/)
        expect(rejects[1]!.message).toMatch(/cannot open .*secret\.txt: permission denied/)
        expect(ndjson<KhabarRecord>(readFileSync(t.path("out/r.ndjson"), "utf8")).map((x) => x.id)).toEqual(["readable"])
        expect(r.stderr).toMatch(/3 inputs → 1 record \+ 2 rejects \(io 2\) = 3 ✓/)
      } finally {
        chmodSync(t.path("c/locked"), 0o755)
        await t.cleanup()
      }
    }
  )
})

describe("a full disk", () => {
  it.skipIf(!existsSync("/dev/full"))("--out /dev/full: exit 1, the message names the output and the cause", () => {
    const r = khabar(["process", corpus.folder, "--workers", "2", "-o", "/dev/full", "--rejects", "/dev/null"])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/khabar: cannot write \/dev\/full: no space left on the device \(the disk is full\)/)
  })

  /** A 256 KiB tmpfs, when this machine lets the tests mount one (root in a container that allows it). */
  const tinyDisk = (): { readonly dir: string; readonly release: () => void } | null => {
    if (!isRoot) return null
    const dir = join(corpus.root, "tiny")
    mkdirSync(dir, { recursive: true })
    const r = spawnSync("mount", ["-t", "tmpfs", "-o", "size=256k", "tmpfs", dir], { encoding: "utf8" })
    if (r.status !== 0) return null
    return { dir, release: () => void spawnSync("umount", [dir]) }
  }

  it("a disk that fills up during the run: exit 1, no partial file, an older output kept; --resume keeps whole lines", async () => {
    const disk = tinyDisk()
    if (disk === null) {
      console.warn("skipped: cannot mount a tmpfs here")
      return
    }
    const t = await tempTree()
    try {
      // about 1 MB of records: far more than the disk holds, written 64 KiB at a time
      const feed = Array.from({ length: 800 }, (_, i) => JSON.stringify({ id: `n-${i}`, content: englishArticle })).join("\n")
      await writeFile(t.path("feed.ndjson"), feed)
      writeFileSync(join(disk.dir, "out.ndjson"), '{"id":"older"}\n')
      const r = khabar(["process", t.path("feed.ndjson"), "--id-field", "id", "--workers", "2", "-o", join(disk.dir, "out.ndjson")])
      expect(r.code).toBe(1)
      expect(r.stderr).toMatch(new RegExp(`cannot write ${disk.dir}/out\\.ndjson: no space left on the device.*nothing was left half-written`))
      expect(readdirSync(disk.dir)).toEqual(["out.ndjson"])
      expect(readFileSync(join(disk.dir, "out.ndjson"), "utf8")).toBe('{"id":"older"}\n')

      // appending (--resume) writes in place: what is there when the disk fills is whole lines
      const again = khabar(["process", t.path("feed.ndjson"), "--id-field", "id", "--workers", "2", "-o", join(disk.dir, "out.ndjson"), "--resume"])
      expect(again.code).toBe(1)
      expect(again.stderr).toMatch(/no space left on the device.*the files hold whole lines only/)
      const text = readFileSync(join(disk.dir, "out.ndjson"), "utf8")
      expect(text.endsWith("\n")).toBe(true)
      const lines = ndjson<{ id: string }>(text)
      expect(lines.length).toBeGreaterThan(1)
      expect(lines.map((l) => l.id).slice(0, 3)).toEqual(["older", "n-0", "n-1"])
    } finally {
      disk.release()
      await t.cleanup()
      await rm(disk.dir, { recursive: true, force: true })
    }
  })
})

// keep the generator honest: the FIFO exists (and is skipped above without blocking)
it("the corpus holds a FIFO, a 50 MB file and symbolic links", () => {
  expect(execFileSync("stat", ["-c", "%F", join(corpus.folder, "pipe.txt")], { encoding: "utf8" }).trim()).toBe("fifo")
  expect(readdirSync(corpus.folder)).toEqual(expect.arrayContaining(["no-newline.txt", "self-loop.txt", "dangling.txt", "sub"]))
})
