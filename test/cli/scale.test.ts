/**
 * `khabar process` at scale, through the built binary: worker threads give
 * the same output as one thread, shards add up to the whole, Ctrl-C (SIGINT
 * sent to the child) stops cleanly with whole outputs and a command that
 * resumes, and the resumed run ends with the same files as an uninterrupted
 * one. Progress and summary lines are tested on their own.
 */
import { spawn } from "node:child_process"
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs"
import { mkdir, writeFile } from "node:fs/promises"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { BYTES_PER_WORKER, workersFor } from "../../src/cli/process.js"
import { ProgressReporter, formatBarLine, formatDuration, formatPlainLine, formatSummary } from "../../src/cli/progress.js"
import { newTally, type CorpusSummary, type Progress } from "../../src/node/corpus.js"
import type { KhabarRecord, Reject } from "../../src/schema/record.js"
import { arabicArticle, englishArticle, tempTree } from "../node/fixtures.js"
import { cli, ensureBuilt, khabar, ndjson, root } from "./built.js"

let t: Awaited<ReturnType<typeof tempTree>>
/** Articles in the generated NDJSON feed. */
const N = 2500

beforeAll(async () => {
  ensureBuilt()
  const lines: Array<string> = []
  for (let i = 0; i < N; i++) {
    const base = i % 3 === 0 ? englishArticle : arabicArticle
    lines.push(JSON.stringify({ id: `n-${i}`, content: base.replace("\n\n", ` ${i}\n\n`), site: i % 2 === 0 ? "a" : "b" }))
    if (i % 997 === 500) lines.push("{not json")
  }
  t = await tempTree({
    "feed/big.ndjson": lines.join("\n") + "\n",
    "small/a.txt": arabicArticle,
    "small/b.txt": englishArticle,
    "small/empty.txt": "",
    "small/c.ndjson": lines.slice(0, 30).join("\n")
  })
}, 180_000)

afterAll(async () => {
  await t?.cleanup()
})

describe("khabar process at scale (built)", () => {
  it("--workers 1 and --workers 2 write the same records and rejects, in the same order", () => {
    const one = khabar(["process", t.path("small"), t.path("feed"), "--id-field", "id", "--workers", "1", "--rejects", t.path("w1-rejects.ndjson"), "-q"])
    const two = khabar(["process", t.path("small"), t.path("feed"), "--id-field", "id", "--workers", "2", "--rejects", t.path("w2-rejects.ndjson"), "-q"])
    expect(one.code, one.stderr).toBe(0)
    expect(two.code, two.stderr).toBe(0)
    expect(two.stdout.length).toBeGreaterThan(0)
    expect(two.stdout === one.stdout).toBe(true)
    expect(readFileSync(t.path("w2-rejects.ndjson"), "utf8")).toBe(readFileSync(t.path("w1-rejects.ndjson"), "utf8"))
  })

  it("--worker-heap changes each worker's heap limit, never the output (0: V8's default)", () => {
    const one = khabar(["process", t.path("small"), "--id-field", "id", "--workers", "1", "-q"])
    expect(one.code, one.stderr).toBe(0)
    for (const mb of ["0", "128"]) {
      const two = khabar(["process", t.path("small"), "--id-field", "id", "--workers", "2", "--worker-heap", mb, "-q"])
      expect(two.code, two.stderr).toBe(0)
      expect(two.stdout === one.stdout).toBe(true)
    }
  })

  it("--shard i/n: the shards' outputs are a partition of the full run", () => {
    const full = khabar(["process", t.path("small"), "--id-field", "id", "--rejects", t.path("full-rej.ndjson"), "-q"])
    const fullLines = [...full.stdout.split("\n"), ...readFileSync(t.path("full-rej.ndjson"), "utf8").split("\n")].filter((l) => l.length > 0)
    const parts: Array<string> = []
    for (let i = 0; i < 3; i++) {
      const r = khabar(["process", t.path("small"), "--id-field", "id", "--shard", `${i}/3`, "-o", t.path(`shard-${i}.ndjson`), "--rejects", t.path(`shard-${i}-rej.ndjson`)])
      expect(r.code, r.stderr).toBe(0)
      expect(r.stderr).toMatch(new RegExp(`khabar: shard ${i}/3: [\\d,]+ inputs? of other shards left out`))
      parts.push(...readFileSync(t.path(`shard-${i}.ndjson`), "utf8").split("\n"), ...readFileSync(t.path(`shard-${i}-rej.ndjson`), "utf8").split("\n"))
    }
    const lines = parts.filter((l) => l.length > 0)
    expect(lines.length).toBe(fullLines.length)
    expect([...lines].sort()).toEqual([...fullLines].sort())
  })

  it.each([
    [["--workers", "0"], /--workers must be a whole number from 1 to 1024, got "0"/],
    [["--workers", "two"], /--workers must be a whole number/],
    [["--worker-heap", "-1"], /--worker-heap must be a whole number/],
    [["--shard", "3/3"], /--shard: shard 3 does not exist: shards are numbered from 0/],
    [["--shard", "x"], /--shard: expected i\/n/],
    [["--resume"], /--resume needs --out FILE/],
    [["--resume", "-o", "x.json"], /--resume appends to NDJSON files only, not json/],
    [["--resume", "-o", "x.ndjson", "--rejects", "r.json"], /--rejects a name that does not end in \.json/],
    [["--dedupe", "keep"], /--dedupe must be one of mark, drop/],
    [["--dedupe-threshold", "0.8"], /--dedupe-threshold goes with --dedupe/],
    [["--dedupe", "drop", "--dedupe-threshold", "2"], /--dedupe-threshold must be a number from 0.01 to 1/]
  ])("usage error %j exits 2 with a clear message", (args, message) => {
    const r = khabar(["process", t.path("small"), ...args])
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
  })

  it("Ctrl-C stops cleanly: whole outputs, exit 130, a command that resumes; resuming ends with the files of an uninterrupted run", async () => {
    const out = t.path("stop/records.ndjson")
    const rej = t.path("stop/rejects.ndjson")
    const args = ["process", t.path("feed"), "--id-field", "id", "--workers", "2", "-o", out, "--rejects", rej]
    const child = spawn(process.execPath, [cli, ...args], { cwd: root, stdio: ["ignore", "pipe", "pipe"] })
    let stderr = ""
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)))
    // wait until records are being written (the temporary file has grown), then press Ctrl-C
    const started = Date.now()
    for (;;) {
      const temp = (existsSync(t.path("stop")) ? readdirSync(t.path("stop"), { withFileTypes: true }) : []).find((e) => e.name.startsWith(".khabar-tmp-") && e.name.endsWith("records.ndjson"))
      if (temp !== undefined && statSync(t.path(`stop/${temp.name}`)).size > 64 * 1024) break
      if (Date.now() - started > 120_000) throw new Error(`the run did not start writing: ${stderr}`)
      await new Promise((r) => setTimeout(r, 20))
    }
    child.kill("SIGINT")
    const code = await exited
    expect(code, stderr).toBe(130)
    expect(stderr).toMatch(/stopping after the inputs in flight/)
    const m = /khabar: stopped by Ctrl-C after ([\d,]+) inputs; the outputs are whole and hold every one of them\.\nkhabar: to go on, run:\n {2}khabar process (.*)\n/.exec(stderr)
    expect(m, stderr).not.toBeNull()
    const taken = Number(m![1]!.replace(/,/g, ""))
    expect(taken).toBeGreaterThan(0)
    expect(taken).toBeLessThan(N)
    // whole files, no temporary file left, every input taken is in them
    expect(readdirSync(t.path("stop")).sort()).toEqual(["records.ndjson", "rejects.ndjson"])
    const records = ndjson<KhabarRecord>(readFileSync(out, "utf8"))
    const rejects = ndjson<Reject>(readFileSync(rej, "utf8"))
    expect(records.length + rejects.length).toBe(taken)
    expect(m![2]).toBe([...args.slice(1), "--resume"].join(" "))

    // the printed command, run as printed
    const resumed = khabar(["process", ...m![2]!.split(" ")])
    expect(resumed.code, resumed.stderr).toBe(0)
    expect(resumed.stderr).toMatch(new RegExp(`--resume: ${m![1]} inputs already done`))
    expect(resumed.stderr).toMatch(new RegExp(`resumed: ${m![1]} inputs already in the outputs skipped`))

    const whole = khabar(["process", t.path("feed"), "--id-field", "id", "--workers", "2", "-o", t.path("whole/records.ndjson"), "--rejects", t.path("whole/rejects.ndjson"), "-q"])
    expect(whole.code, whole.stderr).toBe(0)
    expect(readFileSync(out, "utf8") === readFileSync(t.path("whole/records.ndjson"), "utf8")).toBe(true)
    expect(readFileSync(rej, "utf8")).toBe(readFileSync(t.path("whole/rejects.ndjson"), "utf8"))
  })

  it("--resume without an output yet starts from the beginning; --dedupe drop on a resumed run checks the earlier records", async () => {
    const story = `Council approves new bridge\n\nThe city council voted on Tuesday to build a new bridge across the river, ending a debate that lasted ten years. The bridge will carry trams, bicycles and people on foot, and work is due to begin next spring.\n\nResidents of both banks welcomed the vote.`
    await mkdir(t.path("dup"), { recursive: true })
    await writeFile(t.path("dup/1.ndjson"), [JSON.stringify({ id: "a", content: story }), JSON.stringify({ id: "b", content: englishArticle })].join("\n"))
    const first = khabar(["process", t.path("dup/1.ndjson"), "--id-field", "id", "--dedupe", "drop", "-o", t.path("dup/out.ndjson"), "--resume"])
    expect(first.code, first.stderr).toBe(0)
    expect(first.stderr).toMatch(/does not exist yet; starting from the beginning/)
    // more of the same feed, with a copy of "a" under another id
    await writeFile(t.path("dup/1.ndjson"), [JSON.stringify({ id: "a", content: story }), JSON.stringify({ id: "b", content: englishArticle }), JSON.stringify({ id: "c", content: story })].join("\n"))
    const again = khabar(["process", t.path("dup/1.ndjson"), "--id-field", "id", "--dedupe", "drop", "-o", t.path("dup/out.ndjson"), "--resume"])
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).toMatch(/1 input → 0 records \+ 0 rejects \+ 1 duplicate dropped \(exact 1, near 0\) = 1 ✓/)
    expect(ndjson<KhabarRecord>(readFileSync(t.path("dup/out.ndjson"), "utf8")).map((r) => r.id)).toEqual(["a", "b"])
  })
})

describe("the default number of workers", () => {
  const MB = 1024 * 1024
  it.each([
    // bytes of input, cores → workers: one per 16 MB, at least the main thread, at most one per core
    [0, 8, 1],
    [2 * MB, 8, 1],
    [BYTES_PER_WORKER - 1, 8, 1],
    [BYTES_PER_WORKER, 8, 1],
    [2 * BYTES_PER_WORKER - 1, 8, 1],
    [2 * BYTES_PER_WORKER, 8, 2],
    [34 * MB, 2, 2],
    [106 * MB, 2, 2],
    [106 * MB, 8, 6],
    [10_000 * MB, 8, 8],
    [10_000 * MB, 1, 1]
  ])("%d bytes on %d cores: %d", (bytes, cores, workers) => {
    expect(workersFor(bytes, cores)).toBe(workers)
  })
  it("all cores when the size of the input is not known (stdin, a slow listing)", () => {
    expect(workersFor(null, 6)).toBe(6)
    expect(workersFor(undefined, 3)).toBe(3)
  })
})

describe("progress and summary lines", () => {
  const progress = (over: Partial<Progress> = {}): Progress => ({
    inputs: 12811,
    records: 12700,
    rejects: 111,
    duplicates: 0,
    bytes: 41_000_000,
    doneBytes: 41_000_000,
    totalBytes: 100_000_000,
    seconds: 10,
    ...over
  })

  it("a bar with the share done, rates, ETA and rejects when the total is known; without it, the figures alone", () => {
    expect(formatBarLine(progress())).toBe("khabar [█████████▉░░░░░░░░░░░░░░]  41% · 12,811 articles · 1,281/s · 4.1 MB/s · ETA 14 s · 111 rejects")
    expect(formatBarLine(progress({ totalBytes: null }))).toBe("khabar: 12,811 articles · 1,281/s · 4.1 MB/s · 111 rejects")
    expect(formatPlainLine(progress({ duplicates: 5 }))).toBe("khabar: 41% · 12,811 articles · 1,281/s · 4.1 MB/s · ETA 14 s · 111 rejects · 5 duplicates")
  })

  it.each([
    [0, "0 s"],
    [59.4, "59 s"],
    [187, "3:07"],
    [3723, "1:02:03"]
  ])("formatDuration(%d) = %s", (s, text) => {
    expect(formatDuration(s)).toBe(text)
  })

  it("redraws one line a few times a second on a terminal, prints a plain line every 5 s otherwise, and clears before other output", () => {
    const tty: Array<string> = []
    const bar = new ProgressReporter((s) => tty.push(s), { tty: true })
    for (const seconds of [0.1, 0.25, 0.3, 0.5]) bar.update(progress({ seconds }))
    expect(tty).toHaveLength(2)
    expect(tty.every((s) => s.startsWith("\r\x1b[Kkhabar ["))).toBe(true)
    bar.clear()
    expect(tty.at(-1)).toBe("\r\x1b[K")
    const log: Array<string> = []
    const plain = new ProgressReporter((s) => log.push(s), { tty: false })
    for (let s = 0; s <= 16; s += 0.5) plain.update(progress({ seconds: s }))
    expect(log).toHaveLength(3)
    expect(log.every((l) => l.endsWith("\n") && l.startsWith("khabar: "))).toBe(true)
    plain.clear()
    expect(log).toHaveLength(3)
  })

  it("the summary accounts for every input: records + rejects + duplicates dropped = inputs", () => {
    const base: CorpusSummary = {
      ...progress({ inputs: 31006, records: 30000, rejects: 685, duplicates: 321, seconds: 13.89, bytes: 106_000_000 }),
      rejectsByReason: { empty: 354, "not-article": 331 },
      tally: newTally(),
      outputs: [],
      duplicatesDropped: 321,
      duplicatesByKind: { exact: 300, near: 21 },
      skipped: { done: 0, otherShards: 0 },
      workers: 2,
      workerNote: null,
      shard: null,
      stopped: false,
      peakRssBytes: 266_000_000
    }
    expect(formatSummary(base).split("\n")[0]).toBe(
      "khabar: 31,006 inputs → 30,000 records + 685 rejects (empty 354, not-article 331) + 321 duplicates dropped (exact 300, near 21) = 31,006 ✓ in 13.89 s (2,232 articles/s, 7.6 MB/s, 2 workers, peak 266 MB)"
    )
    const marked = formatSummary({ ...base, records: 30321, duplicatesDropped: 0, shard: { index: 1, count: 4 }, skipped: { done: 12, otherShards: 90000 } })
    expect(marked).toMatch(/→ 30,321 records \(321 marked duplicates: exact 300, near 21\) \+ 685 rejects/)
    expect(marked).toMatch(/khabar: shard 1\/4: 90,000 inputs of other shards left out/)
    expect(marked).toMatch(/khabar: resumed: 12 inputs already in the outputs skipped/)
  })
})
