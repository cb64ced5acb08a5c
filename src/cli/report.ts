/**
 * `khabar report`: one self-contained HTML page for a corpus run.
 *
 *   khabar report out/records.ndjson [--rejects out/rejects.ndjson] --out report.html
 *
 * @module
 */
import { readFile } from "node:fs/promises"
import { writeFileAtomic } from "../node/tables.js"
import { OutputParseError, readOutputText, type ReadOutput } from "../report/read.js"
import { renderReport } from "../report/html.js"

export const REPORT_HELP = `Usage: khabar report <records.ndjson|records.json>... [options]

Writes one self-contained HTML page (inline SVG charts, no script, no external
file) for a corpus run: counts per outlet, top entities per type, a timeline
of dates, quotes per speaker, rejects with reasons, and the articles.
Input files hold records and/or rejects as NDJSON or a JSON array; rejects
may also come from their own file.

Options:
  --rejects FILE   A file of rejects (NDJSON or JSON); may be repeated
  --out FILE       Where to write the page (written to a temporary name, then
                   renamed); without it the page goes to stdout
  --title TEXT     Page title (default "khabar report")
  --top N          Entities shown per type (default 10)
  -h, --help       Show this help
`

/** Exit codes, as in the rest of the command line. */
const EXIT_OK = 0
const EXIT_IO = 1
const EXIT_USAGE = 2

interface ReportArgs {
  readonly inputs: Array<string>
  readonly rejects: Array<string>
  readonly out: string | null
  readonly title: string | undefined
  readonly top: number | undefined
}

const parseArgs = (args: ReadonlyArray<string>): ReportArgs | "help" | string => {
  const parsed: { inputs: Array<string>; rejects: Array<string>; out: string | null; title: string | undefined; top: number | undefined } = {
    inputs: [],
    rejects: [],
    out: null,
    title: undefined,
    top: undefined
  }
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    const value = (): string | undefined => {
      const eq = a.indexOf("=")
      if (a.startsWith("--") && eq > 0) return a.slice(eq + 1)
      i++
      return args[i]
    }
    const name = a.startsWith("--") && a.includes("=") ? a.slice(0, a.indexOf("=")) : a
    switch (name) {
      case "-h":
      case "--help":
        return "help"
      case "--out":
      case "-o": {
        const v = value()
        if (v === undefined || v === "") return "--out needs a file name"
        parsed.out = v
        break
      }
      case "--rejects": {
        const v = value()
        if (v === undefined || v === "") return "--rejects needs a file name"
        parsed.rejects.push(v)
        break
      }
      case "--title": {
        const v = value()
        if (v === undefined) return "--title needs a value"
        parsed.title = v
        break
      }
      case "--top": {
        const v = value()
        const n = Number(v)
        if (v === undefined || !Number.isInteger(n) || n < 1) return "--top needs a whole number of at least 1"
        parsed.top = n
        break
      }
      default:
        if (a.startsWith("-") && a !== "-") return `unknown option ${a}`
        parsed.inputs.push(a)
    }
  }
  if (parsed.inputs.length === 0) return "no input: give the records file written by khabar process"
  return parsed
}

/**
 * Runs `khabar report` on its arguments (the words after `report`).
 * `write` receives the page when there is no `--out`, and the help;
 * `writeError` receives messages. Resolves with the exit code: 0 done,
 * 1 a file could not be read or written or holds something that is not
 * khabar output, 2 a wrong command line.
 */
export const runReportCli = async (
  args: ReadonlyArray<string>,
  write: (text: string) => void,
  writeError: (text: string) => void = write
): Promise<number> => {
  const parsed = parseArgs(args)
  if (parsed === "help") {
    write(REPORT_HELP)
    return EXIT_OK
  }
  if (typeof parsed === "string") {
    writeError(`khabar report: ${parsed}\nRun 'khabar report --help' for usage.\n`)
    return EXIT_USAGE
  }
  const output: ReadOutput = { records: [], rejects: [] }
  for (const file of [...parsed.inputs, ...parsed.rejects]) {
    let text: string
    try {
      text = await readFile(file, "utf8")
    } catch (e) {
      writeError(`khabar report: cannot read ${file}: ${e instanceof Error ? e.message : String(e)}\n`)
      return EXIT_IO
    }
    try {
      readOutputText(text, file, output)
    } catch (e) {
      if (!(e instanceof OutputParseError)) throw e
      writeError(`khabar report: ${e.message}\n`)
      return EXIT_IO
    }
  }
  const html = renderReport(output.records, output.rejects, {
    title: parsed.title,
    topEntities: parsed.top,
    inputs: [...parsed.inputs, ...parsed.rejects]
  })
  if (parsed.out === null) {
    write(html)
    return EXIT_OK
  }
  try {
    await writeFileAtomic(parsed.out, new TextEncoder().encode(html))
  } catch (e) {
    writeError(`khabar report: cannot write ${parsed.out}: ${e instanceof Error ? e.message : String(e)}\n`)
    return EXIT_IO
  }
  writeError(`khabar report: ${output.records.length} records, ${output.rejects.length} rejects → ${parsed.out}\n`)
  return EXIT_OK
}
