/**
 * `khabar tag --lang ar|en [FILE|-]`: entity tags for pre-tokenized text.
 *
 * Reads one token per line (the first column of each line: CoNLL files can
 * be given as they are; nothing but the token is read), blank lines between
 * sentences, and writes `token<TAB>tag` per token with the same blank lines.
 * Tags are IOB2 over PER, LOC, ORG and MISC. Each sentence's tokens are
 * joined with single spaces, and blocks of consecutive sentences (a
 * document's, up to `--context` of them; a `-DOCSTART-` line ends a document)
 * go together through the same extraction code as `khabar process`, so its
 * document-level steps (names found again, linking) see the neighbouring
 * sentences; entity spans are mapped back to the tokens they cover. Output is
 * written block by block: memory stays bounded by the block.
 *
 * A pure function over its arguments, an input of lines and a writer; the
 * command-line entry opens FILE (see {@link parseTagArgs}) and dispatches here.
 *
 * @module
 */
import { bundledTagger } from "../extract/entities/models.js"
import { tagSentences } from "../extract/entities/tokens.js"

/** Sentences extracted together by default: see docs/evaluation.md for the measurements that chose it. */
export const DEFAULT_CONTEXT = 25

/** The token of CoNLL-2003's document marks (`-DOCSTART- -X- -X- O`): it ends a block and is tagged O. */
const DOCSTART = "-DOCSTART-"

export const tagHelp = `Usage: khabar tag --lang ar|en [FILE|-]

Tags pre-tokenized text with entity types: reads one token per line (the first
column of the line; other columns are ignored) with blank lines between
sentences, from FILE or standard input (- or no FILE), and writes
"token<TAB>tag" per line with the same blank lines. Tags are IOB2 over
PER, LOC, ORG and MISC:

  بوتين    B-PER
  يزور     O
  سوتشي    B-LOC

Consecutive sentences are read as one document: blocks of up to ${DEFAULT_CONTEXT} of them
(--context) are joined into text, one sentence a line, and run together
through the same entity extraction as khabar process (the bundled model of
the language), so a name found in one sentence is found again in the next
(a surname alone after the full name). A -DOCSTART- line (CoNLL-2003's
document mark) ends a block and is tagged O. Output is written block by
block.

Options:
  --lang ar|en     the language of the model (required)
  --context N      sentences extracted together, at most (default ${DEFAULT_CONTEXT})
  --sentences      every sentence alone (the same as --context 1)
  -h, --help       show this help

Documentation: docs/entities.md`

export type TagArgs =
  | { readonly kind: "run"; readonly lang: "ar" | "en"; readonly file: string | null; readonly context: number }
  | { readonly kind: "help" }
  | { readonly kind: "error"; readonly message: string }

/** Parses the arguments of `khabar tag` (the words after the verb). `file` is null for standard input. */
export const parseTagArgs = (args: ReadonlyArray<string>): TagArgs => {
  let lang: string | undefined
  let file: string | null = null
  let fileGiven = false
  let context = DEFAULT_CONTEXT
  for (let k = 0; k < args.length; k++) {
    const a = args[k]!
    if (a === "-h" || a === "--help") return { kind: "help" }
    if (a === "--lang" || a.startsWith("--lang=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++k]
      if (v === undefined || v === "") return { kind: "error", message: "--lang needs a value: ar or en" }
      lang = v
    } else if (a === "--context" || a.startsWith("--context=")) {
      const v = a.includes("=") ? a.slice(a.indexOf("=") + 1) : args[++k]
      if (v === undefined || !/^[0-9]{1,9}$/.test(v) || Number(v) < 1) return { kind: "error", message: "--context needs a whole number of sentences, 1 or more" }
      context = Number(v)
    } else if (a === "--sentences") {
      context = 1
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
  return { kind: "run", lang, file, context }
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
  const context = parsed.context
  // the block: its sentences, and the blank lines after each (written back as they were)
  let block: Array<Array<string>> = []
  let blanks: Array<number> = []
  let tokens: Array<string> = []
  const flush = () => {
    if (block.length === 0) return
    const tags = tagSentences(block, tagger)
    let out = ""
    for (let s = 0; s < block.length; s++) {
      const xs = block[s]!
      const ts = tags[s]!
      for (let i = 0; i < xs.length; i++) out += `${xs[i]}\t${ts[i]}\n`
      out += "\n".repeat(blanks[s]!)
    }
    write(out)
    block = []
    blanks = []
  }
  const endSentence = () => {
    if (tokens.length === 0) return
    block.push(tokens)
    blanks.push(0)
    tokens = []
    if (block.length >= context) flush()
  }
  for await (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw
    const token = firstColumn(line)
    if (token === "") {
      endSentence()
      if (block.length === 0) write("\n")
      else blanks[blanks.length - 1]!++
    } else if (token === DOCSTART) {
      // a new document: what came before is extracted without it
      endSentence()
      flush()
      write(`${DOCSTART}\tO\n`)
    } else tokens.push(token)
  }
  endSentence()
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
