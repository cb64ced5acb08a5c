/**
 * A small, typed command-line parser, and help text from the same table.
 *
 * Options are declared once per command ({@link CommandSpec}); the parsed
 * values are typed from the declaration ({@link Parsed}). Accepted forms:
 * `--name value`, `--name=value`, `--flag`, `-h`, `--` (everything after is
 * positional) and `-` (a positional: stdin). An unknown option, a missing or
 * malformed value is a {@link UsageError}, which the CLI turns into exit code 2.
 *
 * @module
 */

/** A wrong command line: the message says what and how to fix it. */
export class UsageError extends Error {
  override readonly name = "UsageError"
}

interface Common {
  readonly description: string
  /** Placeholder in help, e.g. `PATH`. */
  readonly valueName?: string
  /** Short alias, e.g. `o` for `-o`. */
  readonly short?: string
  /** The default as help shows it, when it is not a fixed value (e.g. "stdout"). */
  readonly defaultText?: string
}

export type OptionSpec =
  | (Common & { readonly kind: "string"; readonly default?: string; readonly choices?: ReadonlyArray<string> })
  | (Common & { readonly kind: "boolean" })
  | (Common & { readonly kind: "bytes"; readonly default?: number })
  | (Common & { readonly kind: "list"; readonly default?: ReadonlyArray<string> })
  | (Common & {
      readonly kind: "number"
      readonly default?: number
      /** Only whole numbers. */
      readonly integer?: boolean
      readonly min?: number
      readonly max?: number
    })

type ValueOf<S extends OptionSpec> = S extends { readonly kind: "boolean" }
  ? boolean
  : S extends { readonly kind: "bytes" } | { readonly kind: "number" }
    ? number
    : S extends { readonly kind: "list" }
      ? ReadonlyArray<string>
      : S extends { readonly choices: ReadonlyArray<infer C> }
        ? C
        : string

/** The values of a command's options: those with a default (and booleans) are always set. */
export type Parsed<O extends Readonly<Record<string, OptionSpec>>> = {
  readonly [K in keyof O]: O[K] extends { readonly kind: "boolean" } | { readonly default: unknown }
    ? ValueOf<O[K]>
    : ValueOf<O[K]> | undefined
}

export interface CommandSpec<O extends Readonly<Record<string, OptionSpec>> = Readonly<Record<string, OptionSpec>>> {
  readonly name: string
  readonly summary: string
  /** After `khabar <name>`, e.g. `<inputs...> [options]`. */
  readonly usage: string
  /** Paragraphs after the usage line. */
  readonly details?: ReadonlyArray<string>
  readonly options: O
  readonly examples?: ReadonlyArray<readonly [command: string, what: string]>
}

/** `textField` → `--text-field`. */
export const flagName = (key: string): string => "--" + key.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())

const BYTE_UNITS: Readonly<Record<string, number>> = { "": 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 }

/** `16777216`, `16M`, `512k`, `1.5GiB` → bytes (units are powers of 1024). */
export const parseBytes = (text: string): number | null => {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text)
  if (m === null) return null
  const unit = BYTE_UNITS[m[2]!.toLowerCase()]
  if (unit === undefined) return null
  const n = Math.floor(Number(m[1]) * unit)
  return Number.isSafeInteger(n) && n > 0 ? n : null
}

/**
 * Parses `argv` (the words after the command name) against a command's
 * options. Throws {@link UsageError}.
 */
export const parseCommand = <O extends Readonly<Record<string, OptionSpec>>>(
  spec: CommandSpec<O>,
  argv: ReadonlyArray<string>
): { readonly values: Parsed<O>; readonly positionals: ReadonlyArray<string>; readonly help: boolean } => {
  const byFlag = new Map<string, string>()
  for (const key of Object.keys(spec.options)) {
    byFlag.set(flagName(key), key)
    const short = spec.options[key]!.short
    if (short !== undefined) byFlag.set(`-${short}`, key)
  }
  const values: Record<string, unknown> = {}
  for (const [key, opt] of Object.entries(spec.options)) {
    if (opt.kind === "boolean") values[key] = false
    else if (opt.default !== undefined) values[key] = opt.default
  }
  const seenList = new Set<string>()
  const positionals: Array<string> = []
  let help = false
  const where = `khabar ${spec.name}`
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!
    if (word === "--") {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (word === "--help" || word === "-h") {
      help = true
      continue
    }
    if (!word.startsWith("-") || word === "-") {
      positionals.push(word)
      continue
    }
    const eq = word.startsWith("--") ? word.indexOf("=") : -1
    const flag = eq < 0 ? word : word.slice(0, eq)
    const key = byFlag.get(flag)
    if (key === undefined) {
      throw new UsageError(`${where}: unknown option ${flag}`)
    }
    const opt = spec.options[key]!
    if (opt.kind === "boolean") {
      if (eq >= 0) {
        const v = word.slice(eq + 1)
        if (v !== "true" && v !== "false") throw new UsageError(`${where}: ${flag} takes no value (or =true / =false), got "${v}"`)
        values[key] = v === "true"
      } else values[key] = true
      continue
    }
    let value: string
    if (eq >= 0) value = word.slice(eq + 1)
    else {
      const next = argv[i + 1]
      if (next === undefined || (next.startsWith("--") && next.length > 2)) {
        throw new UsageError(`${where}: ${flag} needs a value${opt.valueName === undefined ? "" : ` (${opt.valueName})`}`)
      }
      value = next
      i++
    }
    switch (opt.kind) {
      case "string":
        if (opt.choices !== undefined && !opt.choices.includes(value)) {
          throw new UsageError(`${where}: ${flag} must be one of ${opt.choices.join(", ")}, got "${value}"`)
        }
        values[key] = value
        break
      case "bytes": {
        const n = parseBytes(value)
        if (n === null) throw new UsageError(`${where}: ${flag} must be a positive size in bytes (e.g. 16777216, 16M, 512K), got "${value}"`)
        values[key] = n
        break
      }
      case "number": {
        const n = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*$/.test(value) ? Number(value) : Number.NaN
        const what = opt.integer === true ? "a whole number" : "a number"
        const range =
          opt.min !== undefined && opt.max !== undefined
            ? ` from ${opt.min} to ${opt.max}`
            : opt.min !== undefined
              ? ` of at least ${opt.min}`
              : opt.max !== undefined
                ? ` of at most ${opt.max}`
                : ""
        if (
          Number.isNaN(n) ||
          (opt.integer === true && !Number.isInteger(n)) ||
          (opt.min !== undefined && n < opt.min) ||
          (opt.max !== undefined && n > opt.max)
        ) {
          throw new UsageError(`${where}: ${flag} must be ${what}${range}, got "${value}"`)
        }
        values[key] = n
        break
      }
      case "list": {
        // repeated list options add up; the first use replaces the default
        const items = value.split(",").map((s) => s.trim()).filter((s) => s.length > 0)
        values[key] = seenList.has(key) ? [...(values[key] as ReadonlyArray<string>), ...items] : items
        seenList.add(key)
        break
      }
    }
  }
  return { values: values as Parsed<O>, positionals, help }
}

const wrap = (text: string, width: number, indent: string): string => {
  const words = text.split(/\s+/).filter((w) => w.length > 0)
  const lines: Array<string> = []
  let line = ""
  for (const w of words) {
    if (line.length > 0 && line.length + 1 + w.length > width) {
      lines.push(line)
      line = w
    } else line = line.length === 0 ? w : `${line} ${w}`
  }
  if (line.length > 0) lines.push(line)
  return lines.join("\n" + indent)
}

const defaultText = (opt: OptionSpec): string | null => {
  if (opt.defaultText !== undefined) return opt.defaultText
  switch (opt.kind) {
    case "boolean":
      return null
    case "list":
      return opt.default === undefined ? null : opt.default.join(",")
    case "bytes":
    case "number":
      return opt.default === undefined ? null : String(opt.default)
    case "string":
      return opt.default ?? null
  }
}

/** The `--help` text of a command. */
export const formatHelp = (spec: CommandSpec): string => {
  const out: Array<string> = [`Usage: khabar ${spec.name} ${spec.usage}`, "", spec.summary]
  for (const p of spec.details ?? []) out.push("", wrap(p, 100, ""))
  out.push("", "Options:")
  const rows = Object.entries(spec.options).map(([key, opt]) => {
    const names = `${opt.short === undefined ? "    " : `-${opt.short}, `}${flagName(key)}`
    const left = opt.kind === "boolean" ? names : `${names} ${opt.valueName ?? "VALUE"}`
    const d = defaultText(opt)
    const choices = opt.kind === "string" && opt.choices !== undefined ? ` (${opt.choices.join("|")})` : ""
    return [left, `${opt.description}${choices}${d === null ? "" : ` [default: ${d}]`}`] as const
  })
  rows.push(["-h, --help", "Show this help and exit"])
  const width = Math.max(...rows.map(([l]) => l.length)) + 2
  for (const [left, right] of rows) out.push(`  ${left.padEnd(width)}${wrap(right, 96 - width, " ".repeat(width + 2))}`)
  if (spec.examples !== undefined && spec.examples.length > 0) {
    out.push("", "Examples:")
    for (const [cmd, what] of spec.examples) out.push(`  ${cmd}`, `      ${what}`)
  }
  return out.join("\n") + "\n"
}
