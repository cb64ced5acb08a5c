/**
 * The `khabar` command: dispatch to a command, `--help`, `--version`.
 *
 * @module
 */
import { open } from "node:fs/promises"
import pkg from "../../package.json" with { type: "json" }
import { describeIoError } from "../node/inputs.js"
import { EXIT, type CliIo } from "./io.js"
import { utf8Lines } from "./lines.js"
import { parseNormalizeArgs, runNormalizeCli } from "./normalize.js"
import { processSpec, runProcess } from "./process.js"
import { parseTagArgs, runTagCli } from "./tag.js"

export interface Command {
  readonly name: string
  readonly summary: string
  /** Runs the command on the words after its name; resolves with the exit code. */
  readonly run: (argv: ReadonlyArray<string>, io: CliIo) => Promise<number>
}

type LineCommand = (
  argv: ReadonlyArray<string>,
  lines: AsyncIterable<string>,
  write: (s: string) => void,
  writeError: (s: string) => void
) => Promise<number>

/**
 * A command that works line by line over FILE or stdin (`normalize`, `tag`):
 * the command itself is a pure function over lines (src/cli/normalize.ts,
 * src/cli/tag.ts); this opens the file or stdin and feeds it line by line.
 */
const overLines =
  (name: string, fileOf: (argv: ReadonlyArray<string>) => string | null, run: LineCommand) =>
  async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
    const file = fileOf(argv)
    const write = (s: string) => void io.stdout.write(s)
    const writeError = (s: string) => void io.stderr.write(s)
    if (file === null) return run(argv, utf8Lines(io.stdin()), write, writeError)
    let handle
    try {
      handle = await open(file, "r")
    } catch (e) {
      io.stderr.write(`khabar ${name}: cannot open ${file}: ${describeIoError(e)}\n`)
      return EXIT.io
    }
    try {
      return await run(argv, utf8Lines(handle.createReadStream({ autoClose: false })), write, writeError)
    } catch (e) {
      io.stderr.write(`khabar ${name}: cannot read ${file}: ${describeIoError(e)}\n`)
      return EXIT.io
    } finally {
      await handle.close()
    }
  }

/** `khabar normalize [--preset …] [FILE|-]`. */
const runNormalize = overLines(
  "normalize",
  (argv) => {
    const parsed = parseNormalizeArgs(argv)
    return parsed.kind === "run" ? parsed.file : null
  },
  runNormalizeCli
)

/**
 * `khabar tag --lang ar|en [FILE|-]`: CoNLL token column in, `token<TAB>tag` out,
 * through the same extraction code as `khabar process`.
 */
const runTag = overLines(
  "tag",
  (argv) => {
    const parsed = parseTagArgs(argv)
    return parsed.kind === "run" ? parsed.file : null
  },
  runTagCli
)

/** The commands, in the order `khabar --help` lists them. */
export const commands: ReadonlyArray<Command> = [
  { name: processSpec.name, summary: processSpec.summary, run: runProcess },
  { name: "normalize", summary: "Normalize Arabic and English text line by line (display, search or CAMeL presets).", run: runNormalize },
  {
    name: "tag",
    summary: "Tag CoNLL tokens (one a line) with PER/LOC/ORG/MISC in IOB2, through the same extraction as process.",
    run: runTag
  },
  {
    name: "report",
    summary: "Write a self-contained HTML report (outlets, top entities, dates, quotes, rejects) for a corpus run.",
    // loaded when used: the report's chart and HTML libraries stay out of the other commands' memory
    run: async (argv, io) =>
      (await import("./report.js")).runReportCli(
        argv,
        (s) => void io.stdout.write(s),
        (s) => void io.stderr.write(s)
      )
  }
]

export const version: string = pkg.version

export const topHelp = (): string => {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2
  return [
    `khabar ${version}: raw news text (Arabic first, English too) to validated, analysis-ready records.`,
    "",
    "Usage: khabar <command> [options]",
    "",
    "Commands:",
    ...commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    "Options:",
    "  -h, --help     Show this help (khabar <command> --help for a command's options)",
    "  -V, --version  Print the version",
    ""
  ].join("\n")
}

/** Runs the `khabar` command line (`argv` without node and the script); resolves with the exit code. */
export const runCli = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  const [first, ...rest] = argv
  if (first === undefined) {
    io.stderr.write(topHelp())
    return EXIT.usage
  }
  if (first === "--help" || first === "-h" || first === "help") {
    const named = rest[0] === undefined ? undefined : commands.find((c) => c.name === rest[0])
    if (named !== undefined) return named.run(["--help"], io)
    io.stdout.write(topHelp())
    return EXIT.ok
  }
  if (first === "--version" || first === "-V" || first === "version") {
    io.stdout.write(`${version}\n`)
    return EXIT.ok
  }
  const command = commands.find((c) => c.name === first)
  if (command === undefined) {
    io.stderr.write(
      `khabar: ${first.startsWith("-") ? `unknown option ${first}` : `unknown command "${first}"`}; commands: ${commands.map((c) => c.name).join(", ")}\nRun 'khabar --help' for usage.\n`
    )
    return EXIT.usage
  }
  return command.run(rest, io)
}
