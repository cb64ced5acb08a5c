/**
 * Inputs from the file system and stdin: a lazy, ordered stream of
 * {@link RawInput} (an article to process) or {@link Reject} (an input that
 * could not even be read), so that every input is accounted for.
 *
 * - a file: `.json` → a JSON array of objects (or one object), streamed;
 *   `.ndjson` / `.jsonl` → one object a line; anything else → one article,
 *   its bytes passed on as they are (the core detects the encoding);
 * - a folder: walked recursively in sorted order (code-unit order of names,
 *   so runs can be diffed), keeping files that match the glob (default
 *   {@link DEFAULT_GLOB}); names starting with `.` are skipped; symbolic
 *   links are followed, and a link back to a folder above is a reject;
 * - `-`: stdin, one article (default) or JSON / NDJSON with `stdinFormat`.
 *
 * Nothing here throws for a bad input: unreadable files, permission errors,
 * vanished files and symbolic link loops become `io` rejects naming the path;
 * a file over `maxBytes` is a `too-large` reject and is not read.
 *
 * @module
 */
import type { Dirent } from "node:fs"
import { open, readdir, stat, type FileHandle } from "node:fs/promises"
import { basename, join } from "node:path"
import { Stream } from "effect"
import { InputError, toReject } from "../errors.js"
import type { RawInput } from "../model/document.js"
import { DEFAULT_MAX_BYTES } from "../pipeline/run.js"
import type { Reject } from "../schema/record.js"
import { fromObject, type FieldMapping } from "./fields.js"
import { DEFAULT_GLOB, compileGlob, type GlobMatcher } from "./glob.js"
import { jsonArrayValues, ndjsonValues, parseRaw, type BytePlace, type JsonItem } from "./json-stream.js"

export type InputFormat = "text" | "json" | "ndjson"

/** Counters a reader updates as it goes. */
export interface ReadStats {
  /** Bytes read from disk or stdin. */
  bytesRead: number
  /** Files opened. */
  files: number
  /** Inputs left out by the `keep` predicate (another shard, already done). */
  skipped: number
  /** Bytes of files left out by `keep` without being read. */
  bytesSkipped: number
}

export const newReadStats = (): ReadStats => ({ bytesRead: 0, files: 0, skipped: 0, bytesSkipped: 0 })

export interface InputOptions extends FieldMapping {
  /** Files kept in folders (default {@link DEFAULT_GLOB}). Files named directly are always read. */
  readonly glob?: string | undefined
  /** Articles over this many bytes are rejected as `too-large` (default `DEFAULT_MAX_BYTES`, 16 MiB). */
  readonly maxBytes?: number | undefined
  /** What `-` holds (default `"text"`: one article). */
  readonly stdinFormat?: InputFormat | undefined
  /** The bytes of `-` (default `process.stdin`). */
  readonly stdin?: (() => AsyncIterable<Uint8Array>) | undefined
  /** Counters updated while reading. */
  readonly stats?: ReadStats | undefined
  /** Bytes per read for JSON / NDJSON files (default 1 MiB). */
  readonly chunkBytes?: number | undefined
  /**
   * Which inputs to keep, by id (default: all). An input left out is not
   * yielded, and a one-article file left out is not even read; JSON and
   * NDJSON files are read whole, their elements kept or left out one by one.
   * Used for shards and for resuming a run.
   */
  readonly keep?: ((id: string) => boolean) | undefined
}

/**
 * A JSON element or NDJSON line whose JSON text is over this many times
 * `maxBytes` is rejected as `too-large` without being parsed (3× leaves room
 * for `\uXXXX` escapes of Arabic text); smaller ones are parsed and their
 * composed text is checked against `maxBytes` by the core.
 */
export const JSON_SLACK = 3

/** The format of a file, from its extension. */
export const formatOf = (path: string): InputFormat => {
  const ext = extension(path).toLowerCase()
  return ext === ".json" ? "json" : ext === ".ndjson" || ext === ".jsonl" ? "ndjson" : "text"
}

const extension = (path: string): string => {
  const base = path.slice(path.lastIndexOf("/") + 1)
  const dot = base.lastIndexOf(".")
  return dot > 0 ? base.slice(dot) : ""
}

/** A path without the extension of its last segment: `2015-08-10/00012.txt` → `2015-08-10/00012`. */
export const stripExtension = (path: string): string => path.slice(0, path.length - extension(path).length)

/** A readable sentence for a file-system error. */
export const describeIoError = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException | undefined
  const code = err?.code
  switch (code) {
    case "ENOENT":
      return "no such file or folder (it does not exist, or vanished during the run)"
    case "EACCES":
    case "EPERM":
      return "permission denied"
    case "ELOOP":
      return "symbolic link loop (too many levels of symbolic links)"
    case "EISDIR":
      return "is a folder, expected a file"
    case "ENOTDIR":
      return "a part of the path is not a folder"
    case "EMFILE":
    case "ENFILE":
      return "too many open files"
    case "EIO":
      return "input/output error while reading"
    default:
      return code === undefined ? String(err?.message ?? e) : `${code}: ${err?.message ?? ""}`.trim()
  }
}

/**
 * An element of a JSON array or a line of NDJSON, read and cut out but not
 * parsed yet: corpus runs send these to worker threads, which parse them
 * ({@link settleJson}), so that the main thread only reads and splits bytes.
 * `id` is the default id (`<file>#<index>`); an `idField` may give the
 * input another one once parsed.
 */
export interface PendingJson {
  readonly _tag: "PendingJson"
  readonly id: string
  readonly format: "json" | "ndjson"
  /** The value's bytes (its own copy). */
  readonly bytes: Uint8Array
  /** Bytes trimmed from the start of an NDJSON line (to place an error). */
  readonly from: number
  readonly index: number | null
  readonly place: BytePlace
  readonly path: string
}

/** What readers hand to corpus runs: an input, a reject, or a JSON value still to parse. */
export type ReadItem = RawInput | Reject | PendingJson

export const isPendingJson = (item: ReadItem): item is PendingJson => (item as Partial<PendingJson>)._tag === "PendingJson"

/**
 * A {@link PendingJson} parsed and mapped through the fields: the input, or
 * its reject, exactly as a reader that parses at once would have yielded it.
 */
export const settleJson = (item: PendingJson, mapping: FieldMapping): RawInput | Reject =>
  valueResult(parseRaw({ index: item.index, bytes: item.bytes, from: item.from, place: item.place, line: item.format === "ndjson" }), item.format, item.id, item.path, mapping)

interface Ctx {
  readonly mapping: FieldMapping
  readonly maxBytes: number
  readonly glob: GlobMatcher
  readonly stats: ReadStats
  readonly chunkBytes: number
  readonly stdin: () => AsyncIterable<Uint8Array>
  readonly stdinFormat: InputFormat
  readonly keep: ((id: string) => boolean) | null
  readonly defer: boolean
}

const inputReject = (
  id: string,
  reason: InputError["reason"],
  detail: string,
  source: { readonly path: string | null; readonly index?: number | null; readonly bytes?: number | null },
  place: BytePlace | null = null
): Reject =>
  toReject(new InputError({ input: id, reason, detail, place }), {
    path: source.path,
    index: source.index ?? null,
    bytes: source.bytes ?? null
  })

/**
 * Reads the inputs named by `paths` (files, folders, `-`), in order.
 * Throws a `GlobSyntaxError` at once for a malformed glob; never throws for
 * a bad input.
 */
export const readInputs = (paths: Iterable<string>, options: InputOptions = {}): AsyncIterable<RawInput | Reject> =>
  readItems(paths, options, false) as AsyncIterable<RawInput | Reject>

/**
 * {@link readInputs}, with `defer`: the elements of JSON arrays and lines of
 * NDJSON come as {@link PendingJson} (cut out, not parsed), for a corpus run
 * to parse where the pipeline runs. `keep` then sees their default ids.
 */
export const readItems = (paths: Iterable<string>, options: InputOptions, defer: boolean): AsyncIterable<ReadItem> => {
  const ctx: Ctx = {
    defer,
    mapping: options,
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    glob: compileGlob(options.glob ?? DEFAULT_GLOB),
    stats: options.stats ?? newReadStats(),
    chunkBytes: options.chunkBytes ?? 1 << 20,
    stdin: options.stdin ?? (() => process.stdin),
    stdinFormat: options.stdinFormat ?? "text",
    keep: options.keep ?? null
  }
  const list = [...paths]
  return { [Symbol.asyncIterator]: () => (ctx.keep === null ? readAll(list, ctx) : kept(readAll(list, ctx), ctx.keep, ctx.stats)) }
}

/** Only the inputs `keep` accepts (the ones it declines are counted as skipped). */
async function* kept(
  items: AsyncIterable<ReadItem>,
  keep: (id: string) => boolean,
  stats: ReadStats
): AsyncGenerator<ReadItem> {
  for await (const item of items) {
    if (keep(item.id)) yield item
    else stats.skipped++
  }
}

/**
 * {@link readInputs} as an Effect `Stream` (re-runnable; lazy: a file is
 * opened when the stream pulls it).
 */
export const inputStream = (paths: Iterable<string>, options: InputOptions = {}): Stream.Stream<RawInput | Reject> => {
  const inputs = readInputs(paths, options)
  return Stream.fromAsyncIterable(inputs, (cause) => cause).pipe(Stream.orDie)
}

/** {@link readItems} as an Effect `Stream`. */
export const itemStream = (paths: Iterable<string>, options: InputOptions, defer: boolean): Stream.Stream<ReadItem> =>
  Stream.fromAsyncIterable(readItems(paths, options, defer), (cause) => cause).pipe(Stream.orDie)

async function* readAll(paths: ReadonlyArray<string>, ctx: Ctx): AsyncGenerator<ReadItem> {
  for (const path of paths) {
    if (path === "-") {
      yield* readStdin(ctx)
      continue
    }
    let st
    try {
      st = await stat(path)
    } catch (e) {
      yield inputReject(stripExtension(basename(path)), "io", `cannot open ${path}: ${describeIoError(e)}`, { path })
      continue
    }
    if (st.isDirectory()) yield* walk(path, "", new Set([`${st.dev}:${st.ino}`]), ctx)
    else {
      const base = basename(path)
      yield* readFile(path, base, stripExtension(base), formatOf(path), ctx)
    }
  }
}

const byName = (a: Dirent, b: Dirent): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)

/** Walks a folder in sorted order; `rel` is the path relative to the root given, `ancestors` the folders above (dev:ino). */
async function* walk(dir: string, rel: string, ancestors: Set<string>, ctx: Ctx): AsyncGenerator<ReadItem> {
  let entries: Array<Dirent>
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch (e) {
    yield inputReject(rel === "" ? basename(dir) : rel, "io", `cannot read the folder ${dir}: ${describeIoError(e)}`, { path: dir })
    return
  }
  entries.sort(byName)
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue
    const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`
    const full = join(dir, entry.name)
    let isDir = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink() || isDir) {
      let st
      try {
        st = await stat(full)
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code
        // a loop is always reported; a dangling link only when it would have been read
        if (code === "ELOOP" || entry.isDirectory() || ctx.glob.matches(relPath)) {
          const id = entry.isDirectory() ? relPath : stripExtension(relPath)
          yield inputReject(id, "io", `cannot open ${full}: ${describeIoError(e)}`, { path: full })
        }
        continue
      }
      isDir = st.isDirectory()
      isFile = st.isFile()
      if (isDir) {
        const key = `${st.dev}:${st.ino}`
        if (ancestors.has(key)) {
          yield inputReject(relPath, "io", `symbolic link loop: ${full} leads back to a folder above it; not followed`, { path: full })
          continue
        }
        ancestors.add(key)
        yield* walk(full, relPath, ancestors, ctx)
        ancestors.delete(key)
        continue
      }
    }
    // sockets, FIFOs and devices inside folders are not articles
    if (isFile && ctx.glob.matches(relPath)) yield* readFile(full, relPath, stripExtension(relPath), formatOf(relPath), ctx)
  }
}

/**
 * One file: `key` names it in ids of its elements (`<key>#<index>`), `id` is
 * the id of a one-article file (`key` without its extension).
 */
async function* readFile(path: string, key: string, id: string, format: InputFormat, ctx: Ctx): AsyncGenerator<ReadItem> {
  if (format === "text" && ctx.keep !== null && !ctx.keep(id)) {
    // left out without being read (another shard, or done before)
    ctx.stats.skipped++
    ctx.stats.bytesSkipped += await stat(path).then((st) => (st.isFile() ? st.size : 0), () => 0)
    return
  }
  let handle
  try {
    handle = await open(path, "r")
  } catch (e) {
    yield inputReject(format === "text" ? id : key, "io", `cannot open ${path}: ${describeIoError(e)}`, { path })
    return
  }
  ctx.stats.files++
  try {
    if (format === "text") {
      const st = await handle.stat()
      // a regular file's size is known: over the limit, it is not read at all; else one read takes it whole
      const size = st.isFile() ? st.size : null
      const first = size === null ? ctx.chunkBytes : Math.min(size, ctx.maxBytes) + 1
      yield textResult(await readCapped(fileChunks(handle, ctx, first), ctx, size), id, path, ctx)
      return
    }
    const chunks = new ErrorCatchingChunks(fileChunks(handle, ctx, ctx.chunkBytes, true))
    yield* structured(chunks, format, key, id, path, ctx)
  } finally {
    await handle.close().catch(() => undefined)
  }
}

type CappedRead =
  | { readonly _tag: "Bytes"; readonly bytes: Uint8Array }
  | { readonly _tag: "TooLarge"; readonly size: number | null }
  | { readonly _tag: "Failed"; readonly error: unknown }

/** Reads a whole one-article input, stopping as soon as it is over `maxBytes`. */
const readCapped = async (chunks: AsyncIterable<Uint8Array>, ctx: Ctx, knownSize: number | null): Promise<CappedRead> => {
  if (knownSize !== null && knownSize > ctx.maxBytes) return { _tag: "TooLarge", size: knownSize }
  const parts: Array<Uint8Array> = []
  let total = 0
  try {
    for await (const chunk of chunks) {
      total += chunk.length
      if (total > ctx.maxBytes) return { _tag: "TooLarge", size: null }
      parts.push(chunk)
    }
  } catch (error) {
    return { _tag: "Failed", error }
  }
  if (parts.length === 1) return { _tag: "Bytes", bytes: parts[0]! }
  const bytes = new Uint8Array(total)
  let at = 0
  for (const p of parts) {
    bytes.set(p, at)
    at += p.length
  }
  return { _tag: "Bytes", bytes }
}

const textResult = (read: CappedRead, id: string, path: string, ctx: Ctx): RawInput | Reject => {
  switch (read._tag) {
    case "Bytes":
      return { id, bytes: read.bytes, path }
    case "TooLarge":
      return inputReject(
        id,
        "too-large",
        read.size === null
          ? `the input is larger than the limit of ${ctx.maxBytes} bytes (raise it with maxBytes / --max-bytes); not read further`
          : `the input has ${read.size} bytes, more than the limit of ${ctx.maxBytes} (raise it with maxBytes / --max-bytes); not read`,
        { path, bytes: read.size }
      )
    case "Failed":
      return inputReject(id, "io", `cannot read ${path}: ${describeIoError(read.error)}`, { path })
  }
}

/**
 * Chunks of an open file, counted in the stats; `firstBytes` sizes the first
 * read (one read for a small file). With `reuse`, every chunk is a view of
 * the same buffer, valid until the next one is asked for: for readers that
 * copy what they keep (the JSON and NDJSON scanners), so that reading a
 * large file leaves no trail of 1 MiB buffers for the collector.
 */
async function* fileChunks(handle: FileHandle, ctx: Ctx, firstBytes = ctx.chunkBytes, reuse = false): AsyncGenerator<Uint8Array> {
  let shared: Uint8Array | null = null
  for (let size = firstBytes; ; size = ctx.chunkBytes) {
    const buffer = reuse ? (shared ??= new Uint8Array(size)) : new Uint8Array(size)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) return
    ctx.stats.bytesRead += bytesRead
    yield bytesRead === buffer.length ? buffer : buffer.subarray(0, bytesRead)
  }
}

async function* stdinChunks(ctx: Ctx): AsyncGenerator<Uint8Array> {
  for await (const chunk of ctx.stdin()) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk
    ctx.stats.bytesRead += bytes.length
    yield bytes
  }
}

/** Wraps a chunk source so that a read error ends it quietly and is kept for the caller to report. */
class ErrorCatchingChunks implements AsyncIterable<Uint8Array> {
  error: unknown = undefined
  failed = false
  constructor(private readonly source: AsyncIterable<Uint8Array>) {}
  async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
    try {
      yield* this.source
    } catch (e) {
      this.failed = true
      this.error = e
    }
  }
}

async function* readStdin(ctx: Ctx): AsyncGenerator<ReadItem> {
  ctx.stats.files++
  if (ctx.stdinFormat === "text") {
    yield textResult(await readCapped(stdinChunks(ctx), ctx, null), "stdin", "-", ctx)
    return
  }
  yield* structured(new ErrorCatchingChunks(stdinChunks(ctx)), ctx.stdinFormat, "stdin", "stdin", "-", ctx)
}

/** A parsed value (or why it is not one) as the input or reject a reader yields. */
const valueResult = (item: Extract<JsonItem, { readonly _tag: "Value" | "Invalid" }>, format: "json" | "ndjson", id: string, path: string, mapping: FieldMapping): RawInput | Reject => {
  const index = item.index
  if (item._tag === "Value") {
    const r = fromObject(item.value, { defaultId: id, path, index }, mapping)
    return r instanceof InputError ? toReject(r, { path, index, bytes: null }) : r
  }
  return inputReject(
    id,
    item.reason,
    format === "json" ? `element ${index ?? 0} of ${path}: ${item.detail}` : `line ${item.place.line} of ${path}: ${item.detail}`,
    { path, index },
    item.place
  )
}

/** The articles of a JSON or NDJSON source, each mapped through the field mapping (or left to parse, with `defer`). */
async function* structured(
  chunks: ErrorCatchingChunks,
  format: "json" | "ndjson",
  key: string,
  fileId: string,
  path: string,
  ctx: Ctx
): AsyncGenerator<ReadItem> {
  const limit = ctx.maxBytes * JSON_SLACK
  const raw = ctx.defer
  const items: AsyncIterable<JsonItem> =
    format === "json" ? jsonArrayValues(chunks, { maxElementBytes: limit, raw }) : ndjsonValues(chunks, { maxLineBytes: limit, raw })
  const what = format === "json" ? "element" : "line"
  let next = 0
  for await (const item of items) {
    if (chunks.failed) break
    const index = item._tag === "Empty" ? null : item.index
    const id = index === null ? fileId : `${key}#${index}`
    if (index !== null) next = index + 1
    switch (item._tag) {
      case "Raw":
        // the bytes are a view of a buffer the reader reuses: copied (`new Uint8Array`, as `Buffer#slice` would be a view)
        yield { _tag: "PendingJson", id, format, bytes: new Uint8Array(item.bytes), from: item.from, index, place: item.place, path }
        break
      case "Value":
      case "Invalid":
        yield valueResult(item, format, id, path, ctx.mapping)
        break
      case "TooLarge":
        yield inputReject(
          id,
          "too-large",
          `${what} ${format === "json" ? (index ?? 0) : item.place.line} of ${path} is ${item.size} bytes of JSON, more than ${JSON_SLACK} × the limit of ${ctx.maxBytes} bytes (raise it with maxBytes / --max-bytes); not parsed`,
          { path, index, bytes: item.size },
          item.place
        )
        break
      case "Broken":
        yield inputReject(
          id,
          "invalid-json",
          `${path} breaks here: ${item.detail}; ${item.index} element(s) before it were read, the rest of the file is skipped`,
          { path, index },
          item.place
        )
        break
      case "Empty":
        yield inputReject(key, "empty", `${path} holds no JSON (it is empty or only white space)`, { path, bytes: 0 })
        break
    }
  }
  if (chunks.failed) {
    yield inputReject(
      `${key}#${next}`,
      "io",
      `reading ${path} failed after ${next} ${what}(s): ${describeIoError(chunks.error)}; the rest of the file is skipped`,
      { path, index: next }
    )
  }
}

/**
 * The total size in bytes of the files the inputs name (folders walked with
 * the same glob and rules as the reader), for a progress bar's share done and
 * ETA; null when an input is stdin or a FIFO (unknown size). A file or folder
 * that cannot be listed counts as 0 (the reader reports it). Only sizes are
 * read (one `stat` per file), no content.
 */
export const inputBytes = async (paths: Iterable<string>, options: Pick<InputOptions, "glob"> = {}): Promise<number | null> => {
  const glob = compileGlob(options.glob ?? DEFAULT_GLOB)
  let total = 0
  const sizeOf = async (full: string, rel: string, ancestors: Set<string>): Promise<boolean> => {
    let st
    try {
      st = await stat(full)
    } catch {
      return true
    }
    if (st.isDirectory()) {
      const key = `${st.dev}:${st.ino}`
      if (ancestors.has(key)) return true
      let entries: Array<Dirent>
      try {
        entries = await readdir(full, { withFileTypes: true })
      } catch {
        return true
      }
      ancestors.add(key)
      for (const entry of entries) {
        if (entry.name.startsWith(".")) continue
        const relPath = rel === "" ? entry.name : `${rel}/${entry.name}`
        if (entry.isFile() && !glob.matches(relPath)) continue
        if (!(await sizeOf(join(full, entry.name), relPath, ancestors))) return false
      }
      ancestors.delete(key)
      return true
    }
    if (st.isFile()) {
      if (rel === "" || glob.matches(rel)) total += st.size
      return true
    }
    // a FIFO or device named directly: its size is unknown
    return rel !== ""
  }
  for (const path of paths) {
    if (path === "-") return null
    if (!(await sizeOf(path, "", new Set()))) return null
  }
  return total
}
