/**
 * `khabar normalize`: the normalized text of each input line, one output line per input line.
 *
 * A pure function over its arguments, an input of lines and a writer; the
 * command-line entry opens the file named by the arguments (see
 * {@link parseNormalizeArgs}) and dispatches here.
 *
 * @module
 */
import { normalizeText, presets, stepsByName, stepOrder, type Step, type StepName } from "../normalize/index.js"

export const normalizeHelp = `Usage: khabar normalize [--preset display|search|camel] [--steps a,b,c] [FILE|-]

Writes the normalized text of each line of FILE (or of standard input, with - or
no FILE) to standard output: one output line per input line, so that the output
can be piped and compared line by line with the input.

Options:
  --preset NAME   display  NFC, presentation forms, invisible characters removed, spaces fixed
                  search   everything folded, for matching (the default)
                  camel    CAMeL Tools' normalize_unicode, dediac_ar, normalize_alef_ar,
                           normalize_alef_maksura_ar and normalize_teh_marbuta_ar
  --steps LIST    comma-separated step names with their default options, instead of a preset:
                  ${stepOrder.join(", ")}
                  (applied in that order whatever the order of the list)
  -h, --help      show this help

A line break that a step would put inside a line (U+2028, U+2029, NEL) is
written as a space, and a CR at the end of a line (CRLF input) is dropped.
Documentation: docs/normalize.md`

/** What the arguments ask for. `file` is `null` for standard input. */
export type NormalizeArgs =
  | { readonly kind: "run"; readonly steps: "display" | "search" | "camel" | ReadonlyArray<Step>; readonly file: string | null }
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string }

const PRESETS = new Set(["display", "search", "camel"])

/** Parses the arguments of `khabar normalize` (the words after the verb). */
export const parseNormalizeArgs = (args: ReadonlyArray<string>): NormalizeArgs => {
  let preset: string | undefined
  let steps: ReadonlyArray<Step> | undefined
  let file: string | null = null
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!
    const value = (): string | undefined => {
      const eq = a.indexOf("=")
      if (eq >= 0) return a.slice(eq + 1)
      k++
      return args[k]
    }
    if (a === "-h" || a === "--help") return { kind: "help" }
    if (a === "--preset" || a.startsWith("--preset=")) {
      const v = value()
      if (v === undefined) return { kind: "error", message: "--preset needs a value: display, search or camel" }
      if (!PRESETS.has(v)) return { kind: "error", message: `Unknown preset "${v}": expected display, search or camel` }
      preset = v
    } else if (a === "--steps" || a.startsWith("--steps=")) {
      const v = value()
      if (v === undefined || v.trim() === "") return { kind: "error", message: `--steps needs a comma-separated list of: ${stepOrder.join(", ")}` }
      const list: Array<Step> = []
      for (const name of v.split(",").map((s) => s.trim()).filter(Boolean)) {
        if (!Object.hasOwn(stepsByName, name)) {
          return { kind: "error", message: `Unknown step "${name}": expected one of ${stepOrder.join(", ")}` }
        }
        list.push(stepsByName[name as StepName]() as Step)
      }
      steps = list
    } else if (a === "-") {
      if (file !== null) return { kind: "error", message: "Give at most one input (FILE or -)" }
      file = "-"
    } else if (a.startsWith("-")) {
      return { kind: "error", message: `Unknown option "${a}" (see khabar normalize --help)` }
    } else {
      if (file !== null) return { kind: "error", message: "Give at most one input (FILE or -)" }
      file = a
    }
  }
  if (preset !== undefined && steps !== undefined) return { kind: "error", message: "Give --preset or --steps, not both" }
  return {
    kind: "run",
    steps: steps ?? (preset as "display" | "search" | "camel" | undefined) ?? "search",
    file: file === "-" ? null : file
  }
}

const LINE_BREAK = /[\n\r\u0085\u2028\u2029\v\f]/
const LINE_BREAKS = /[\n\r\u0085\u2028\u2029\v\f]/g

/**
 * Runs `khabar normalize`. Reads `input` (lines, without their line
 * terminators), writes one normalized line (with `\n`) per input line through
 * `write`, and returns the exit code: 0, or 2 for a usage error (the message
 * goes to `writeError`, by default `write`).
 */
export async function runNormalizeCli(
  args: ReadonlyArray<string>,
  input: AsyncIterable<string>,
  write: (s: string) => void,
  writeError: (s: string) => void = write
): Promise<number> {
  const parsed = parseNormalizeArgs(args)
  if (parsed.kind === "help") {
    write(normalizeHelp + "\n")
    return 0
  }
  if (parsed.kind === "error") {
    writeError(`khabar normalize: ${parsed.message}\n`)
    return 2
  }
  const steps = typeof parsed.steps === "string" ? presets[parsed.steps] : parsed.steps
  for await (const raw of input) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw
    const out = normalizeText(line, steps)
    write((LINE_BREAK.test(out) ? out.replace(LINE_BREAKS, " ") : out) + "\n")
  }
  return 0
}
