import { describe, expect, it } from "vitest"
import { parseTagArgs, runTagCli } from "../../../src/cli/tag.js"

async function* linesOf(xs: ReadonlyArray<string>): AsyncGenerator<string> {
  for (const x of xs) yield x
}

const tag = async (args: ReadonlyArray<string>, lines: ReadonlyArray<string>) => {
  let out = ""
  let err = ""
  const code = await runTagCli(args, linesOf(lines), (s) => (out += s), (s) => (err += s))
  return { code, out, err }
}

describe("khabar tag", () => {
  it("writes token<TAB>tag per token with the same blank lines", async () => {
    const { code, out } = await tag(["--lang", "en"], ["Vladimir", "Putin", "visited", "Paris", ".", "", "", "He", "left", "."])
    expect(code).toBe(0)
    const lines = out.split("\n")
    expect(lines.length).toBe(11) // 10 lines and the final newline
    expect(lines.slice(0, 5).map((l) => l.split("\t")[0])).toEqual(["Vladimir", "Putin", "visited", "Paris", "."])
    expect(lines[5]).toBe("")
    expect(lines[6]).toBe("")
    for (const l of lines.filter((x) => x !== "")) expect(l).toMatch(/^[^\t]+\t(O|[BI]-(PER|LOC|ORG|MISC))$/)
    expect(lines.slice(0, 4).map((l) => l.split("\t")[1])).toEqual(["B-PER", "I-PER", "O", "B-LOC"])
  })

  it("reads only the first column of each line", async () => {
    const a = await tag(["--lang", "ar"], ["زار", "بوتين", "سوريا", "."])
    const b = await tag(["--lang", "ar"], ["زار O", "بوتين\tB-PER\textra", "سوريا B-LOC", ". O\r"])
    expect(b.out).toBe(a.out)
    expect(a.out.split("\n")[1]).toBe("بوتين\tB-PER")
  })

  it("keeps a clitic-bearing token whole and tags it", async () => {
    const { out } = await tag(["--lang", "ar"], ["وصل", "الوفد", "إلى", "بيروت", "وبغداد", "أمس", "."])
    const tags = out.trim().split("\n").map((l) => l.split("\t"))
    expect(tags.map((t) => t[0])).toEqual(["وصل", "الوفد", "إلى", "بيروت", "وبغداد", "أمس", "."])
    expect(tags[3]![1]).toBe("B-LOC")
    expect(tags[4]![1]).toBe("B-LOC")
  })

  it("handles input without a final blank line and empty input", async () => {
    expect((await tag(["--lang", "en"], [])).out).toBe("")
    expect((await tag(["--lang", "en"], ["the"])).out).toBe("the\tO\n")
  })

  it.each([
    [[], /--lang is required/],
    [["--lang", "fr"], /Unknown language "fr"/],
    [["--lang"], /--lang needs a value/],
    [["--lang", "en", "--bad"], /Unknown option "--bad"/],
    [["--lang", "en", "a.txt", "b.txt"], /at most one input/]
  ] as const)("usage error for %j", async (args, message) => {
    const r = await tag(args, ["x"])
    expect(r.code).toBe(2)
    expect(r.out).toBe("")
    expect(r.err).toMatch(message)
  })

  it("parses FILE and - for the dispatcher", () => {
    expect(parseTagArgs(["--lang=ar", "corpus.txt"])).toEqual({ kind: "run", lang: "ar", file: "corpus.txt" })
    expect(parseTagArgs(["-", "--lang", "en"])).toEqual({ kind: "run", lang: "en", file: null })
    expect(parseTagArgs(["--help"]).kind).toBe("help")
  })
})
