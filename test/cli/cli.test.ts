/**
 * The built `khabar` binary (dist/cli.js), run as users run it. The build is
 * made here when dist/cli.js is missing or older than a file under src/.
 */
import { spawnSync } from "node:child_process"
import { existsSync, readdirSync, readFileSync } from "node:fs"
import { mkdir, writeFile } from "node:fs/promises"
import { join } from "node:path"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import type { KhabarRecord, Reject } from "../../src/schema/record.js"
import { ensureBuilt } from "./built.js"
import { MAGIC, arabicArticle, cp1256, englishArticle, jsonArticles, tempTree } from "../node/fixtures.js"

const root = join(import.meta.dirname, "..", "..")
const cli = join(root, "dist", "cli.js")

const khabar = (args: ReadonlyArray<string>, input?: string | Uint8Array) => {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, input, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const ndjson = <A>(text: string): Array<A> =>
  text
    .split("\n")
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as A)

let t: Awaited<ReturnType<typeof tempTree>>

beforeAll(async () => {
  ensureBuilt()
  const lines = jsonArticles.map((a) => JSON.stringify(a))
  const array = JSON.stringify(jsonArticles)
  t = await tempTree({
    "corpus/ar.txt": arabicArticle,
    "corpus/en.txt": englishArticle,
    "corpus/legacy/cp1256.txt": cp1256("قال الوزير إن الاجتماع عقد في الرياض\n\nوقال إن الوفود وصلت صباح اليوم إلى المطار."),
    "corpus/empty.txt": "",
    "corpus/scan.txt": Uint8Array.from(MAGIC.png),
    "corpus/feed.ndjson": [lines[0], "{oops", lines[1]].join("\n") + "\n",
    "corpus/day.json": array.slice(0, array.lastIndexOf("{") + 20),
    "corpus/notes.md": "ignored by the default glob"
  })
}, 120_000)

afterAll(async () => {
  await t?.cleanup()
})

describe("khabar (built)", () => {
  it("is an ESM file with a shebang", () => {
    expect(readFileSync(cli, "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true)
  })

  it("--help, process --help and --version exit 0 on stdout", () => {
    const top = khabar(["--help"])
    expect(top.code).toBe(0)
    expect(top.stdout).toMatch(/Usage: khabar <command>/)
    expect(top.stdout).toMatch(/process/)
    const proc = khabar(["process", "--help"])
    expect(proc.code).toBe(0)
    expect(proc.stdout).toMatch(/Usage: khabar process <inputs\.\.\.>/)
    expect(proc.stdout).toMatch(/--text-field/)
    const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }
    expect(khabar(["--version"])).toMatchObject({ code: 0, stdout: `${version.version}\n` })
  })

  it.each([
    [[], /Usage: khabar <command>/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["--frob"], /unknown option --frob/],
    [["process"], /no inputs given/],
    [["process", "x", "--bogus"], /unknown option --bogus/],
    [["process", "x", "--out"], /--out needs a value/],
    [["process", "x", "--format", "xml"], /--format must be one of ndjson, json/],
    [["process", "x", "--glob", "{a,b"], /--glob: unclosed "\{"/],
    [["process", "x", "--max-bytes", "many"], /--max-bytes must be a positive size/],
    [["process", "-", "-"], /- \(stdin\) can be given only once/],
    [["process", "x", "--out", "same.ndjson", "--rejects", "./same.ndjson"], /--out and --rejects are the same file/]
  ])("usage error %j exits 2 with a clear message", (args, message) => {
    const r = khabar(args)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(message)
    expect(r.stdout).toBe("")
  })

  it("a folder gives records and rejects that add up to the inputs, written atomically", () => {
    const out = t.path("out/records.ndjson")
    const rej = t.path("out/rejects.ndjson")
    const r = khabar(["process", t.path("corpus"), "--out", out, "--rejects", rej])
    expect(r.code).toBe(0)
    expect(r.stdout).toBe("")
    const records = ndjson<KhabarRecord>(readFileSync(out, "utf8"))
    const rejects = ndjson<Reject>(readFileSync(rej, "utf8"))
    const m = /khabar: (\d+) inputs → (\d+) records? \+ (\d+) rejects? \([^)]*\) = (\d+) ✓/.exec(r.stderr)
    expect(m, r.stderr).not.toBeNull()
    const [inputs, nRecords, nRejects] = [Number(m![1]), Number(m![2]), Number(m![3])]
    expect(Number(m![4])).toBe(inputs)
    expect(records).toHaveLength(nRecords)
    expect(rejects).toHaveLength(nRejects)
    expect(nRecords + nRejects).toBe(inputs)
    // day.json: 2 elements + the break in the third; feed.ndjson: 3 lines; 5 text files; notes.md is not an input
    expect(inputs).toBe(11)
    const byId = new Map(rejects.map((x) => [x.id, x]))
    expect(byId.get("empty")?.reason).toBe("empty")
    expect(byId.get("scan")?.reason).toBe("binary")
    expect(byId.get("feed.ndjson#1")).toMatchObject({ reason: "invalid-json", source: { path: t.path("corpus/feed.ndjson"), index: 1 }, place: { line: 2 } })
    expect(byId.get("day.json#2")).toMatchObject({ reason: "invalid-json", source: { index: 2 } })
    expect(byId.get("day.json#2")?.message).toMatch(/cut off/)
    const recordIds = records.map((x) => x.id)
    expect(recordIds.filter((id) => id.startsWith("day.json#"))).toEqual(["day.json#0", "day.json#1"])
    expect(recordIds).toContain("legacy/cp1256")
    expect(records.find((x) => x.id === "legacy/cp1256")?.source.encoding).toBe("windows-1256")
    expect(readdirSync(t.path("out")).sort()).toEqual(["records.ndjson", "rejects.ndjson"])
  })

  it("prints rejects on stderr when there is no --rejects, and records on stdout", () => {
    const r = khabar(["process", t.path("corpus/empty.txt"), t.path("corpus/en.txt"), "--quiet"])
    expect(r.code).toBe(0)
    expect(ndjson<KhabarRecord>(r.stdout).map((x) => x.id)).toEqual(["en"])
    expect(r.stderr).toBe(`khabar: reject empty: [KHB-E101] empty: the input is empty (0 bytes) [${t.path("corpus/empty.txt")}]\n`)
  })

  it("reads one article from stdin", () => {
    const r = khabar(["process", "-"], englishArticle)
    expect(r.code).toBe(0)
    const [record] = ndjson<KhabarRecord>(r.stdout)
    expect(record).toMatchObject({ id: "stdin", source: { path: "-" }, title: "Harbour bridge reopens after repairs" })
    expect(r.stderr).toMatch(/1 input → 1 record \+ 0 rejects = 1 ✓/)
  })

  it("reports the listed Arabic bodies by default; --no-listed-organizations leaves them to the tagger", () => {
    const article = "الداخلية: ضبط شبكة لتهريب المخدرات\n\nالرياض - واس\n\nأعلنت وزارة الداخلية أمس أن مجلس الوزراء وافق على النظام الجديد لمكافحة التهريب في المنافذ البرية."
    const orgs = (args: ReadonlyArray<string>) => {
      const r = khabar(["process", "-", "-q", ...args], article)
      expect(r.code).toBe(0)
      return ndjson<KhabarRecord>(r.stdout)[0]!.entities.filter((e) => e.type === "ORGANIZATION").map((e) => e.canonical)
    }
    expect(orgs([])).toEqual(expect.arrayContaining(["وزارة الداخلية", "مجلس الوزراء"]))
    expect(orgs(["--listed-organizations"])).toEqual(orgs([]))
    expect(orgs(["--no-listed-organizations"])).not.toContain("مجلس الوزراء")
  })

  it("reads NDJSON from stdin; a broken line is a reject naming the line", () => {
    const input = `${JSON.stringify(jsonArticles[2])}\n{"content": oops}\n`
    const r = khabar(["process", "-", "--stdin-format", "ndjson", "--format", "json"], input)
    expect(r.code).toBe(0)
    expect((JSON.parse(r.stdout) as Array<KhabarRecord>).map((x) => x.id)).toEqual(["stdin#0"])
    expect(r.stderr).toMatch(/reject invalid-json: \[KHB-E111\] stdin#1 \(line 2, column \d+\): line 2 of -: not valid JSON/)
  })

  it("maps other field names and keeps the chosen meta", async () => {
    const feed = t.path("other.ndjson")
    await writeFile(feed, JSON.stringify({ guid: "n-1", headline: "Ferry service resumes", story: englishArticle.split("\n\n").slice(1).join("\n\n"), site: "example", extra: "dropped" }) + "\n")
    const r = khabar(["process", feed, "--text-field", "story", "--title-field", "headline", "--id-field", "guid", "--meta-field", "site", "-q"])
    expect(r.code).toBe(0)
    const [record] = ndjson<KhabarRecord>(r.stdout)
    expect(record).toMatchObject({ id: "n-1", meta: { site: "example" }, title: "Ferry service resumes" })
    expect(record!.meta).not.toHaveProperty("extra")
  })

  it("a 20 MB file with no newline is a too-large reject, and the run goes on", async () => {
    await mkdir(t.path("big"), { recursive: true })
    await writeFile(t.path("big/huge.txt"), Buffer.alloc(20 * 1024 * 1024, 0x62))
    await writeFile(t.path("big/small.txt"), englishArticle)
    const r = khabar(["process", t.path("big"), "--rejects", t.path("big-rejects.ndjson"), "-q"])
    expect(r.code).toBe(0)
    expect(ndjson<KhabarRecord>(r.stdout).map((x) => x.id)).toEqual(["small"])
    expect(ndjson<Reject>(readFileSync(t.path("big-rejects.ndjson"), "utf8"))).toMatchObject([
      { id: "huge", reason: "too-large", source: { bytes: 20 * 1024 * 1024 } }
    ])
  })

  it.skipIf(!existsSync("/dev/full"))("an output that cannot be written exits 1 with a clear message", () => {
    const r = khabar(["process", t.path("corpus/en.txt"), "--out", "/dev/full"])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/cannot write \/dev\/full: no space left on the device/)
  })

  it("an output under a file (not a folder) exits 1 and leaves nothing behind", () => {
    const r = khabar(["process", t.path("corpus/en.txt"), "--out", t.path("corpus/en.txt/records.ndjson")])
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/cannot write .*records\.ndjson: a part of the path is a file, not a folder/)
  })

  it("normalize reads stdin or a file line by line; a missing file exits 1", async () => {
    const input = "إِنَّ الكتابَ\r\nThe  Book\n"
    const fromStdin = khabar(["normalize", "--preset", "search"], input)
    expect(fromStdin.code).toBe(0)
    expect(fromStdin.stdout.split("\n")).toHaveLength(3)
    await writeFile(t.path("lines.txt"), input)
    expect(khabar(["normalize", "--preset", "search", t.path("lines.txt")])).toMatchObject({ code: 0, stdout: fromStdin.stdout })
    const missing = khabar(["normalize", t.path("nope.txt")])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toMatch(/khabar normalize: cannot open .*nope\.txt: no such file/)
    expect(khabar(["normalize", "--bogus"]).code).toBe(2)
  })
})
