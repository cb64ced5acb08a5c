/**
 * `khabar process <inputs...>`: files, folders, JSON / NDJSON corpora and
 * stdin to records (NDJSON on stdout by default) and rejects.
 *
 * @module
 */
import { resolve } from "node:path"
import { DEFAULT_MAX_BYTES } from "../pipeline/run.js"
import type { Reject } from "../schema/record.js"
import { processCorpus } from "../node/corpus.js"
import { DEFAULT_TEXT_FIELDS } from "../node/fields.js"
import { DEFAULT_GLOB, GlobSyntaxError, compileGlob } from "../node/glob.js"
import { inputBytes } from "../node/inputs.js"
import { WORKER_OLD_GENERATION_MB, WorkerPoolError, defaultWorkers } from "../node/pool.js"
import { ResumeError, readDoneIds, readRecords } from "../node/resume.js"
import { DEFAULT_THRESHOLD } from "../dedupe/index.js"
import { ShardSyntaxError, parseShard, type Shard } from "../node/shard.js"
import { TABLE_NAMES, parseTableNames } from "../export/columns.js"
import { WriteError, fileTarget, formatForPath } from "../node/writers.js"
import type { KhabarRecord } from "../schema/record.js"
import { UsageError, formatHelp, parseCommand, type CommandSpec } from "./args.js"
import { EXIT, type CliIo } from "./io.js"
import { ProgressReporter, formatRejectLine, formatSummary, plural, shellQuote } from "./progress.js"

export { formatRejectLine, formatSummary, formatTally } from "./progress.js"

export const processSpec = {
  name: "process",
  summary: "Turn raw news articles into validated records, one per input, and say why any input was rejected.",
  usage: "<inputs...> [options]",
  details: [
    "Inputs: files, folders and - (stdin). A folder is walked recursively in sorted order and keeps the files matching --glob (names starting with . are skipped). A .json file holds an array of objects (or one object), .ndjson / .jsonl one object a line; any other file is one article, its encoding detected.",
    "Records go to --out (NDJSON unless the name ends in .json or --format json), or to stdout. Rejects go to --rejects; without it, each reject is printed on stderr. Records + rejects (+ duplicates dropped with --dedupe drop) = inputs, always, and the summary says so.",
    "Ctrl-C stops cleanly: the batches in flight finish, the outputs are closed whole, and the summary says how to go on (--resume); a second Ctrl-C stops at once and removes unfinished outputs.",
    "Exit codes: 0 every input was handled (rejects included); 1 an output could not be written, or the inputs of --resume could not be read; 2 a wrong command line; 130 stopped by Ctrl-C."
  ],
  options: {
    format: { kind: "string", choices: ["ndjson", "json", "csv", "arrow", "parquet"], valueName: "FORMAT", defaultText: "json for an --out ending in .json, else ndjson", description: "Format of the records: NDJSON, a JSON array, or tables (csv, arrow, parquet: one file per table in the --out folder)" },
    out: { kind: "string", short: "o", valueName: "PATH", defaultText: "stdout", description: "Write records to this file (atomically: a temporary file renamed when complete); - for stdout. For csv, arrow and parquet: a folder" },
    tables: { kind: "list", valueName: "A,B", defaultText: "all", description: `Tables written by csv, arrow and parquet: ${TABLE_NAMES.join(", ")}` },
    rejects: { kind: "string", valueName: "PATH", defaultText: "one line each on stderr", description: "Write rejects to this file (NDJSON, or a JSON array for a .json name)" },
    glob: { kind: "string", default: DEFAULT_GLOB, valueName: "GLOB", description: "Files kept in folders. Without /, matched against base names at any depth; with /, against the path under the folder. Supports * ? [..] {a,b} **" },
    textField: { kind: "list", default: DEFAULT_TEXT_FIELDS, valueName: "F[,F]", description: "JSON field(s) holding the article text, tried in order" },
    titleField: { kind: "string", default: "title", valueName: "F", description: "JSON field holding the title, when present (\"\" for none)" },
    authorField: { kind: "string", default: "author", valueName: "F", description: "JSON field holding the author or byline, when present (\"\" for none)" },
    idField: { kind: "string", valueName: "F", defaultText: "<file>#<index>", description: "JSON field holding the record id (an object without it gets the default)" },
    metaField: { kind: "list", valueName: "A,B", defaultText: "every other field holding a string, number, boolean or null", description: "JSON fields copied into meta (\"\" for none)" },
    publishedField: { kind: "string", valueName: "F", description: "JSON field holding the publication date (YYYY-MM-DD…), used when the text states none" },
    referenceField: { kind: "string", valueName: "F", description: "JSON field holding a reference date for relative dates, e.g. a crawl date" },
    stdinFormat: { kind: "string", choices: ["text", "json", "ndjson"], default: "text", valueName: "FORMAT", description: "What - holds: one article, a JSON array, or NDJSON" },
    maxBytes: { kind: "bytes", default: DEFAULT_MAX_BYTES, valueName: "N", description: "Reject articles larger than this (bytes; K, M, G suffixes allowed) as too-large, without reading them" },
    workers: { kind: "number", integer: true, min: 1, max: 1024, valueName: "N", defaultText: "one per 16 MB of input, at most the number of cores", description: "Threads running the pipeline, in batches; 1 runs it in the main thread. The output is the same, in the same order, whatever N" },
    timeout: { kind: "number", min: 0, valueName: "SECONDS", default: 120, description: "With worker threads: an article still running after this long is stopped and rejected (stage-failed, stage worker) so that one pathological input cannot hold up the run; 0 for no limit" },
    workerHeap: { kind: "number", integer: true, min: 0, valueName: "MB", default: WORKER_OLD_GENERATION_MB, description: "With worker threads: each worker's heap limit (V8's old generation). A small limit makes V8 collect sooner, so workers hold less garbage; an article that needs more is run again alone with the main thread's limit, so the records are the same. 0 for V8's default" },
    shard: { kind: "string", valueName: "I/N", description: "Process only shard I of N (numbered from 0), chosen by a stable hash of each input's id: the N shards split the corpus exactly, for runs on many machines" },
    dedupe: { kind: "string", choices: ["mark", "drop"], valueName: "MODE", defaultText: "off", description: "Find exact and near-duplicate bodies (MinHash over word shingles), the first seen being the original: mark sets duplicateOf and similarity; drop leaves duplicates out and counts them" },
    dedupeThreshold: { kind: "number", min: 0.01, max: 1, valueName: "S", defaultText: String(DEFAULT_THRESHOLD), description: "Estimated similarity (Jaccard of word 5-shingles) from which a body is a near duplicate" },
    resume: { kind: "boolean", description: "Skip inputs whose id is already in --out (and --rejects) and append to those files: go on with a run stopped by Ctrl-C. NDJSON outputs only" },
    quiet: { kind: "boolean", short: "q", description: "No progress and no summary on stderr (rejects without --rejects are still printed)" },
    listedOrganizations: { kind: "boolean", description: "Arabic entities: also report the listed bodies (ministries, councils, armies) that ANERcorp-style tagging leaves out, and listed places whole (the default; kept for older scripts)" },
    noListedOrganizations: { kind: "boolean", description: "Arabic entities: only the organisations the tagger finds, as ANERcorp annotates them (khabar tag's way): no listed bodies" }
  },
  examples: [
    ["khabar process articles/ --out records.ndjson --rejects rejects.ndjson", "every .txt/.json/.ndjson/.jsonl under articles/"],
    ["khabar process saudinewsnet/ --reference-field date_extracted -o snn.ndjson", "JSON arrays of {title, author, content, …} objects; the crawl date anchors relative dates"],
    ["khabar process feed.ndjson --text-field body --id-field guid --meta-field url,site", "NDJSON with other field names"],
    ["cat article.txt | khabar process - > record.ndjson", "one article from stdin"],
    ["khabar process crawl/ --glob '2015-*/**/*.txt' --format json --out crawl.json", "a subset of a folder, as a JSON array"],
    ["khabar process examples/data --format parquet --out out/tables", "one Parquet file per table (articles, entities, …), for DuckDB, pandas or R"],
    ["khabar process crawl/ --shard 2/8 -o out/shard-2.ndjson", "the third of eight parts, e.g. one task of a job array (docs/scale.md)"],
    ["khabar process crawl/ -o out.ndjson --rejects bad.ndjson --resume", "go on after Ctrl-C: skip what is in out.ndjson and bad.ndjson, append the rest"]
  ]
} as const satisfies CommandSpec

/** Runs `khabar process`; resolves with the exit code. */
export const runProcess = async (argv: ReadonlyArray<string>, io: CliIo): Promise<number> => {
  let parsed
  try {
    parsed = parseCommand(processSpec, argv)
  } catch (e) {
    if (e instanceof UsageError) return usage(io, e.message)
    throw e
  }
  const { values: o, positionals: inputs, help } = parsed
  if (help) {
    io.stdout.write(formatHelp(processSpec))
    return EXIT.ok
  }
  if (inputs.length === 0) return usage(io, "khabar process: no inputs given (files, folders, or - for stdin)")
  if (inputs.filter((p) => p === "-").length > 1) return usage(io, "khabar process: - (stdin) can be given only once")
  if (o.out !== undefined && o.rejects !== undefined && resolve(o.out) === resolve(o.rejects)) {
    return usage(io, `khabar process: --out and --rejects are the same file (${o.out})`)
  }
  const tableFormat = o.format === "csv" || o.format === "arrow" || o.format === "parquet" ? o.format : null
  if (tableFormat !== null && (o.out === undefined || o.out === "-")) {
    return usage(io, `khabar process: --format ${tableFormat} writes one file per table: give a folder with --out`)
  }
  if (tableFormat === null && o.tables !== undefined) {
    return usage(io, "khabar process: --tables goes with --format csv, arrow or parquet")
  }
  let tables: ReturnType<typeof parseTableNames> | undefined
  try {
    tables = o.tables === undefined ? undefined : parseTableNames(o.tables)
  } catch (e) {
    return usage(io, `khabar process: --tables: ${e instanceof Error ? e.message : String(e)}`)
  }
  // Table formats need every record before the files are written (one file per table).
  const kept: { records: Array<KhabarRecord>; rejects: Array<Reject> } | null = tableFormat === null ? null : { records: [], rejects: [] }
  try {
    compileGlob(o.glob)
  } catch (e) {
    if (e instanceof GlobSyntaxError) return usage(io, `khabar process: --glob: ${e.message}`)
    throw e
  }
  if (o.dedupeThreshold !== undefined && o.dedupe === undefined) return usage(io, "khabar process: --dedupe-threshold goes with --dedupe mark or --dedupe drop")
  let shard: Shard | null = null
  try {
    shard = o.shard === undefined ? null : parseShard(o.shard)
  } catch (e) {
    if (e instanceof ShardSyntaxError) return usage(io, `khabar process: --shard: ${e.message}`)
    throw e
  }
  const recordFormat = tableFormat ?? o.format ?? (o.out === undefined || o.out === "-" ? "ndjson" : formatForPath(o.out))
  if (o.resume) {
    if (o.out === undefined || o.out === "-") return usage(io, "khabar process: --resume needs --out FILE: it skips the ids already in that file and appends to it")
    if (recordFormat !== "ndjson") return usage(io, `khabar process: --resume appends to NDJSON files only, not ${recordFormat} (use --format ndjson and a .ndjson name)`)
    if (o.rejects !== undefined && formatForPath(o.rejects) !== "ndjson") {
      return usage(io, "khabar process: --resume appends to NDJSON files only: give --rejects a name that does not end in .json")
    }
  }

  let skipIds: Set<string> | undefined
  if (o.resume && o.out !== undefined) {
    try {
      const done = await readDoneIds(o.rejects === undefined ? [o.out] : [o.out, o.rejects])
      skipIds = done.ids
      if (!o.quiet) {
        const found = done.files.filter((f) => f.exists)
        io.stderr.write(
          found.length === 0
            ? `khabar: --resume: ${o.out} does not exist yet; starting from the beginning\n`
            : `khabar: --resume: ${plural(done.ids.size, "input")} already done (${found.map((f) => `${f.path}: ${plural(f.ids, "line")}`).join(", ")}) will be skipped\n`
        )
        for (const f of done.files) {
          if (f.cutBytes > 0) io.stderr.write(`khabar: --resume: the last line of ${f.path} was cut off (${plural(f.cutBytes, "byte")}); it is dropped and its input is done again\n`)
          if (f.unreadable > 0) io.stderr.write(`khabar: --resume: ${plural(f.unreadable, "line")} of ${f.path} hold no id; left as they are\n`)
        }
      }
    } catch (e) {
      if (e instanceof ResumeError) {
        io.stderr.write(`khabar: ${e.message}\n`)
        return EXIT.io
      }
      throw e
    }
  }

  // sizes of the inputs, read at once when cheap: for the share done and the ETA, and to keep small runs in one thread
  const sizing = inputBytes(inputs, { glob: o.glob }).catch(() => null)
  let totalBytes: number | null = null
  void sizing.then((t) => {
    totalBytes = t
  })
  let workers = o.workers
  if (workers === undefined) {
    const known = await Promise.race([sizing, new Promise<undefined>((r) => setTimeout(() => r(undefined), 300))])
    workers = workersFor(known)
  }

  const progress = o.quiet ? null : new ProgressReporter((t) => io.stderr.write(t), { tty: io.stderr.isTTY === true })
  const clear = () => progress?.clear()
  try {
    const summary = await processCorpus(inputs, {
      glob: o.glob,
      textField: o.textField,
      titleField: o.titleField === "" ? null : o.titleField,
      authorField: o.authorField === "" ? null : o.authorField,
      idField: o.idField,
      metaFields: o.metaField,
      publishedField: o.publishedField,
      referenceField: o.referenceField,
      stdinFormat: o.stdinFormat,
      stdin: io.stdin,
      maxBytes: o.maxBytes,
      workers,
      inputTimeoutMs: o.timeout * 1000,
      workerHeapMb: o.workerHeap === 0 ? null : o.workerHeap,
      shard,
      skipIds,
      append: o.resume,
      dedupe: o.dedupe === undefined ? undefined : { mode: o.dedupe, ...(o.dedupeThreshold === undefined ? {} : { threshold: o.dedupeThreshold }) },
      ...(o.noListedOrganizations ? { entities: { listedOrganizations: false } } : {}),
      // a resumed run checks duplicates against the records written before
      dedupeHistory: o.dedupe !== undefined && o.resume && o.out !== undefined ? readRecords(o.out) : undefined,
      out:
        tableFormat !== null
          ? undefined
          : o.out === undefined || o.out === "-"
            ? { _tag: "Stream", stream: io.stdout, name: "stdout" }
            : fileTarget(o.out),
      format: tableFormat === null ? o.format : undefined,
      rejects: o.rejects === undefined ? undefined : fileTarget(o.rejects),
      signal: io.signal,
      stop: io.stop,
      totalBytes: () => totalBytes,
      // table formats keep every record (as objects); otherwise records stay NDJSON bytes from the workers to the output
      onOutcome:
        kept === null
          ? undefined
          : (outcome) => {
              if (outcome._tag === "Record") kept.records.push(outcome.record)
              else kept.rejects.push(outcome.reject)
            },
      onReject:
        o.rejects === undefined
          ? (reject) => {
              clear()
              io.stderr.write(formatRejectLine(reject))
            }
          : undefined,
      onProgress: progress === null ? undefined : (p) => progress.update(p)
    })
    clear()
    const written =
      kept === null || tableFormat === null || o.out === undefined
        ? []
        : await (await import("../node/tables.js")).writeTables(kept.records, kept.rejects, { format: tableFormat, dir: o.out, ...(tables === undefined ? {} : { tables }) }).catch(
            (e: unknown) => {
              throw new WriteError({ target: o.out ?? "", detail: e instanceof Error ? e.message : String(e) })
            }
          )
    if (!o.quiet) {
      io.stderr.write(formatSummary(summary))
      if (written.length > 0) {
        io.stderr.write(`khabar: wrote ${written.map((w) => `${w.path} (${plural(w.rows, "row")})`).join(", ")}\n`)
      }
      const where = summary.outputs
        .filter((w) => w.target !== "stdout")
        .map((w) => `${w.target} (${o.resume ? "+" : ""}${plural(w.count, w.format === "json" ? "element" : "line")})`)
      if (where.length > 0) io.stderr.write(`khabar: ${o.resume ? "appended to" : "wrote"} ${where.join(", ")}\n`)
    }
    if (summary.stopped) {
      io.stderr.write(stoppedMessage(argv, o.out, recordFormat, summary.inputs))
      return EXIT.interrupted
    }
    return EXIT.ok
  } catch (e) {
    clear()
    if (e instanceof WriteError) {
      io.stderr.write(`khabar: ${e.message}; ${o.resume ? "the files hold whole lines only" : "nothing was left half-written"}\n`)
      return EXIT.io
    }
    if (e instanceof WorkerPoolError) {
      io.stderr.write(`khabar: ${e.message}\n`)
      return EXIT.io
    }
    if (io.signal?.aborted === true) {
      io.stderr.write(
        o.resume
          ? "khabar: interrupted; the appended files hold whole lines only (--resume again to go on)\n"
          : "khabar: interrupted; unfinished output files were removed\n"
      )
      return EXIT.interrupted
    }
    throw e
  }
}

/**
 * How much input one worker thread needs before it pays for itself. Each
 * worker is a V8 isolate that loads the pipeline and compiles its code again:
 * about 5 s of CPU on V8's compiler threads and a slower first thousand
 * articles, which one thread pays once. On the project's 2-core machine two
 * workers ran 4 and 9 MB of SaudiNewsNet slower than one (7.5–9.5 s against
 * 5.0–6.3 s, and 7.2–15.3 s against 5.7–10.0 s), 17 MB about as fast, and
 * 34 MB faster (docs/history/performance.md, "Twelfth session").
 */
export const BYTES_PER_WORKER = 16 * 1024 * 1024

/**
 * The default number of worker threads for `bytes` of input: one per
 * {@link BYTES_PER_WORKER}, at least 1 (the main thread), at most `cores`;
 * `cores` when the size is not known (stdin, or a listing that takes long).
 */
export const workersFor = (bytes: number | null | undefined, cores: number = defaultWorkers()): number =>
  bytes === null || bytes === undefined ? cores : Math.max(1, Math.min(cores, Math.floor(bytes / BYTES_PER_WORKER)))

/** What a run stopped by Ctrl-C tells: what the outputs hold, and the command that goes on. */
const stoppedMessage = (argv: ReadonlyArray<string>, out: string | undefined, format: string, inputs: number): string => {
  const resumable = out !== undefined && out !== "-" && format === "ndjson"
  if (!resumable) {
    return `khabar: stopped by Ctrl-C after ${plural(inputs, "input")}; the outputs are whole and hold every one of them (only NDJSON files written with --out can be resumed)\n`
  }
  const again = argv.includes("--resume") ? argv : [...argv, "--resume"]
  return (
    `khabar: stopped by Ctrl-C after ${plural(inputs, "input")}; the outputs are whole and hold every one of them.\n` +
    `khabar: to go on, run:\n  khabar process ${again.map(shellQuote).join(" ")}\n`
  )
}

const usage = (io: CliIo, message: string): number => {
  io.stderr.write(`${message}\nRun 'khabar process --help' for the options.\n`)
  return EXIT.usage
}
