/**
 * `khabar tag --lang ar|en [FILE|-]`: entity tags for pre-tokenized text.
 *
 * Reads one token per line (the first column of each line: CoNLL files can
 * be given as they are; nothing but the token is read), blank lines between
 * sentences, and writes `token<TAB>tag` per token with the same blank lines.
 * Tags are IOB2 over PER, LOC, ORG and MISC. Each sentence's tokens are
 * joined with single spaces and go through the same extraction code as
 * `khabar process`; entity spans are mapped back to the tokens they cover.
 *
 * A pure function over its arguments, an input of lines and a writer; the
 * command-line entry opens FILE (see {@link parseTagArgs}) and dispatches here.
 *
 * @module
 */
import { bundledTagger } from "../extract/entities/models.js"
import { tagTokens } from "../extract/entities/tokens.js"

export const tagHelp = `Usage: khabar tag --lang ar|en [FILE|-]

Tags pre-tokenized text with entity types: reads one token per line (the first
column of the line; other columns are ignored) with blank lines between
sentences, from FILE or standard input (- or no FILE), and writes
"token<TAB>tag" per line with the same blank lines. Tags are IOB2 over
PER, LOC, ORG and MISC:

  بوتين    B-PER
  يزور     O
  سوتشي    B-LOC

Each sentence is joined into text and runs through the same entity
extraction as khabar process (the bundled model of the language).

Options:
  --lang ar|en   the language of the model (required)
  -h, --help     show this help

Documentation: docs/entities.md`

export type TagArgs =
  | { readonly kind: "run"; readonly lang: "ar" | "en"; readonly file: string | null }
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string }

/** Parses the arguments of `khabar tag` (the words after the verb). `file` is null for standard input. */
export const parseTagArgs = (args: ReadonlyArray<string>): TagArgs => {
  let lang: string | undefined
  let file: string | null = null
  let fileGiven = false
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!
    if (a === "-h" || a === "--help") return { kind: "help" }
    if (a === "--lang" || a.startsWith("--lang=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++k]
      if (v === undefined || v === "") return { kind: "error", message: "--lang needs a value: ar or en" }
      lang = v
    } else if (a !== "-" && a.startsWith("-")) {
      return { kind: "error", message: `Unknown option "${a}" (see khabar tag --help)` }
    } else {
      if (fileGiven) return { kind: "error", message: "Give at most one input (FILE or -)" }
      fileGiven = true
      file = a === "-" ? null : a
    }
  }
  if (lang === undefined) return { kind: "error", message: "--lang is required: ar or en" }
  if (lang !== "ar" && lang !== "en") return { kind: "error", message: `Unknown language "${lang}": expected ar or en` }
  return { kind: "run", lang, file }
}

/**
 * Runs `khabar tag` over `lines` (without their line terminators; a CR at
 * the end is dropped). Writes the tagged tokens through `write`; returns the
 * exit code: 0, or 2 for a usage error (message through `writeError`,
 * default `write`).
 */
export async function runTagCli(
  args: ReadonlyArray<string>,
  lines: AsyncIterable<string>,
  write: (s: string) => void,
  writeError: (s: string) => void = write
): Promise<number> {
  const parsed = parseTagArgs(args)
  if (parsed.kind === "help") {
    write(tagHelp + "\n")
    return 0
  }
  if (parsed.kind === "error") {
    writeError(`khabar tag: ${parsed.message}\n`)
    return 2
  }
  const tagger = bundledTagger(parsed.lang)
  let tokens: Array<string> = []
  const flush = () => {
    if (tokens.length === 0) return
    const tags = tagTokens(tokens, tagger)
    let out = ""
    for (let i = 0; i < tokens.length; i++) out += `${tokens[i]}\t${tags[i]}\n`
    write(out)
    tokens = []
  }
  for await (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw
    const token = firstColumn(line)
    if (token === "") {
      flush()
      write("\n")
    } else tokens.push(token)
  }
  flush()
  return 0
}

/** The first whitespace-separated column of a line ("" for a blank line). */
const firstColumn = (line: string): string => {
  let a = 0
  while (a < line.length && isSpace(line.charCodeAt(a))) a++
  let b = a
  while (b < line.length && !isSpace(line.charCodeAt(b))) b++
  return line.slice(a, b)
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0b || c === 0x0c || c === 0xa0 || c === 0x3000
