import { describe, expect, it } from "vitest"
import { parseNormalizeArgs, runNormalizeCli } from "../../src/cli/normalize.js"

async function* from(lines: ReadonlyArray<string>): AsyncIterable<string> {
  for (const l of lines) yield l
}

const runCli = async (args: ReadonlyArray<string>, lines: ReadonlyArray<string> = []) => {
  let out = ""
  let err = ""
  const code = await runNormalizeCli(args, from(lines), (s) => (out += s), (s) => (err += s))
  return { code, out, err }
}

describe("khabar normalize", () => {
  it("writes one normalized line per input line (search by default)", async () => {
    const r = await runCli([], ["أعلنت الوزارةُ", "", "عواصم ـ وكالات\r", "٣ ﻻ"])
    expect(r.code).toBe(0)
    expect(r.out).toBe("اعلنت الوزاره\n\nعواصم - وكالات\n3 لا\n")
  })

  it("takes a preset", async () => {
    expect((await runCli(["--preset", "display"], ["أعلنت\u200f  الوزارةُ"])).out).toBe("أعلنت الوزارةُ\n")
    expect((await runCli(["--preset=camel"], ["إلى مدينةِ"])).out).toBe("الي مدينه\n")
  })

  it("takes a list of steps", async () => {
    expect((await runCli(["--steps", "alef,digits"], ["أحمد ٣"])).out).toBe("احمد 3\n")
  })

  it("never writes a line break inside a line", async () => {
    expect((await runCli(["--preset", "search"], ["a\u2028b"])).out).toBe("a b\n")
  })

  it("accepts FILE or - and reports it", () => {
    expect(parseNormalizeArgs(["in.txt"])).toEqual({ kind: "run", steps: "search", file: "in.txt" })
    expect(parseNormalizeArgs(["-"])).toEqual({ kind: "run", steps: "search", file: null })
    expect(parseNormalizeArgs([])).toEqual({ kind: "run", steps: "search", file: null })
  })

  it("prints help", async () => {
    const r = await runCli(["--help"])
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^Usage: khabar normalize/)
    expect(r.out).toContain("tehMarbuta")
  })

  it("rejects bad arguments with exit code 2", async () => {
    for (const args of [["--preset", "nope"], ["--steps", "alef,nope"], ["--preset"], ["--preset", "search", "--steps", "alef"], ["a", "b"], ["--bogus"]]) {
      const r = await runCli(args, ["x"])
      expect(r.code, args.join(" ")).toBe(2)
      expect(r.out).toBe("")
      expect(r.err).toMatch(/^khabar normalize: /)
    }
  })
})
