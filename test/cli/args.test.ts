import { describe, expect, it } from "vitest"
import { UsageError, flagName, formatHelp, parseBytes, parseCommand, type CommandSpec } from "../../src/cli/args.js"
import { processSpec } from "../../src/cli/process.js"

const spec = {
  name: "demo",
  summary: "A command for tests.",
  usage: "<files...>",
  options: {
    out: { kind: "string", short: "o", valueName: "PATH", description: "Output" },
    format: { kind: "string", choices: ["ndjson", "json"], default: "ndjson", description: "Format" },
    quiet: { kind: "boolean", description: "Quiet" },
    maxBytes: { kind: "bytes", default: 100, description: "Limit" },
    metaField: { kind: "list", default: ["a"], description: "Fields" }
  }
} as const satisfies CommandSpec

describe("parseCommand", () => {
  it("applies defaults and reads every form of option", () => {
    const r = parseCommand(spec, ["x.txt", "--out", "o.ndjson", "-", "--format=json", "--quiet", "--max-bytes", "2K", "--meta-field", "u,v", "--meta-field=w"])
    expect(r.positionals).toEqual(["x.txt", "-"])
    expect(r.values).toEqual({ out: "o.ndjson", format: "json", quiet: true, maxBytes: 2048, metaField: ["u", "v", "w"] })
    expect(r.help).toBe(false)
    const d = parseCommand(spec, [])
    expect(d.values).toEqual({ format: "ndjson", quiet: false, maxBytes: 100, metaField: ["a"] })
    // typed: a string option without default may be undefined; a list is an array
    const out: string | undefined = d.values.out
    const fields: ReadonlyArray<string> = d.values.metaField
    expect([out, fields]).toEqual([undefined, ["a"]])
  })

  it("takes everything after -- as positional, -o as --out, and --help anywhere", () => {
    const r = parseCommand(spec, ["-o", "f", "--", "--quiet", "-x"])
    expect(r.values.out).toBe("f")
    expect(r.positionals).toEqual(["--quiet", "-x"])
    expect(parseCommand(spec, ["a", "--help"]).help).toBe(true)
    expect(parseCommand(spec, ["-h"]).help).toBe(true)
    expect(parseCommand(spec, ["--meta-field", ""]).values.metaField).toEqual([])
  })

  it.each([
    [["--nope"], "khabar demo: unknown option --nope"],
    [["--out"], "khabar demo: --out needs a value (PATH)"],
    [["--out", "--quiet"], "khabar demo: --out needs a value (PATH)"],
    [["--format", "xml"], 'khabar demo: --format must be one of ndjson, json, got "xml"'],
    [["--max-bytes", "lots"], 'khabar demo: --max-bytes must be a positive size in bytes (e.g. 16777216, 16M, 512K), got "lots"'],
    [["--quiet=yes"], 'khabar demo: --quiet takes no value (or =true / =false), got "yes"'],
    [["-z"], "khabar demo: unknown option -z"]
  ])("%j is a usage error: %s", (argv, message) => {
    expect(() => parseCommand(spec, argv)).toThrow(UsageError)
    expect(() => parseCommand(spec, argv)).toThrow(message)
  })
})

describe("parseBytes and flagName", () => {
  it.each([
    ["1024", 1024],
    ["16M", 16 * 1024 * 1024],
    ["512k", 512 * 1024],
    ["1.5GiB", 1.5 * 1024 ** 3],
    ["2 mb", 2 * 1024 * 1024],
    ["0", null],
    ["-5", null],
    ["12Q", null],
    ["", null]
  ])("%j → %j", (text, n) => {
    expect(parseBytes(text)).toBe(n)
  })
  it("kebab-cases keys", () => {
    expect(flagName("textField")).toBe("--text-field")
    expect(flagName("out")).toBe("--out")
  })
})

describe("formatHelp", () => {
  it("lists every option of khabar process with its default", () => {
    const help = formatHelp(processSpec).replace(/\s+/g, " ")
    for (const key of Object.keys(processSpec.options)) expect(help).toContain(flagName(key))
    expect(help).toContain("[default: content,text,body]")
    expect(help).toContain("[default: *.{txt,json,ndjson,jsonl}]")
    expect(help).toContain("[default: 16777216]")
    expect(help).toContain("Exit codes:")
  })
})
