/**
 * Writers: records and rejects to files or stdout, as they are produced.
 *
 * A {@link Writer} takes values one at a time and is then committed or
 * aborted. Files are written under a temporary name in the same folder
 * (`.khabar-tmp-…`) and renamed into place on commit, after an fsync, so a
 * crash or Ctrl-C never leaves a file that looks whole; abort removes the
 * temporary file. A target that exists and is not a regular file (a FIFO,
 * `/dev/stdout`, `/dev/null`) is written directly. Write errors (a full disk,
 * a closed pipe) fail with a {@link WriteError} naming the target. With
 * `append` (NDJSON, for resumed runs) a file is written in place instead,
 * and always holds whole lines.
 *
 * Formats are looked up by name in {@link writerFormats}: `ndjson` and `json`
 * here; table formats (CSV, Arrow, Parquet) plug in as more
 * {@link WriterFactory} entries, writing a file or a folder (see
 * {@link atomicFolder}).
 *
 * @module
 */
import { randomBytes } from "node:crypto"
import type { Stats } from "node:fs"
import { mkdir, open, rename, rm, stat, truncate, type FileHandle } from "node:fs/promises"
import { basename, dirname, join } from "node:path"
import { Effect, Schema, type Scope } from "effect"
import type { KhabarRecord, Reject } from "../schema/record.js"

/** Writing the output failed: the run cannot go on. */
export class WriteError extends Schema.TaggedError<WriteError>()("WriteError", {
  /** The file (or `stdout`) being written. */
  target: Schema.String,
  detail: Schema.String
}) {
  override get message(): string {
    return `cannot write ${this.target}: ${this.detail}`
  }
}

/** Where a writer writes. */
export type OutputTarget =
  | { readonly _tag: "File"; readonly path: string }
  | { readonly _tag: "Stdout" }
  /** Any Node writable stream (not ended by the writer). */
  | { readonly _tag: "Stream"; readonly stream: NodeJS.WritableStream; readonly name: string }

export const fileTarget = (path: string): OutputTarget => ({ _tag: "File", path })
export const stdoutTarget: OutputTarget = { _tag: "Stdout" }

export const targetName = (target: OutputTarget): string =>
  target._tag === "File" ? target.path : target._tag === "Stdout" ? "stdout" : target.name

/** What a committed writer wrote. */
export interface WriteSummary {
  readonly target: string
  readonly format: string
  readonly count: number
  readonly bytes: number
}

export interface Writer<A> {
  readonly format: string
  readonly target: string
  /** Writes one value, after those written before it. */
  readonly write: (value: A) => Effect.Effect<void, WriteError>
  /**
   * Writes `count` values already serialized as NDJSON: UTF-8 bytes holding
   * `JSON.stringify(value) + "\n"` for each (what worker threads send back),
   * the same as `write` of each value, without turning them back into
   * objects. The bytes are not kept once the effect completes (the caller
   * may reuse them). Writers of text formats have it; others do not.
   */
  readonly writeLines?: ((lines: Uint8Array, count: number) => Effect.Effect<void, WriteError>) | undefined
  /** Finishes the output: flushes, closes, and moves the file into place. */
  readonly commit: Effect.Effect<WriteSummary, WriteError>
  /** Gives up: closes and removes the temporary file. Idempotent; never fails. */
  readonly abort: Effect.Effect<void>
}

export interface WriterOptions {
  /** Bytes gathered before a write to the file (default 64 KiB). */
  readonly bufferBytes?: number | undefined
  /**
   * Append to an existing file instead of replacing it (NDJSON only; used by
   * `--resume`). The file is written in place: a last line cut off by a crash
   * is dropped first, whole lines are added, and a write that fails is cut
   * back to the last whole line, so the file always holds whole lines.
   */
  readonly append?: boolean | undefined
}

/** Opens a writer of one format for a target. */
export type WriterFactory = (target: OutputTarget, options?: WriterOptions) => Effect.Effect<Writer<KhabarRecord | Reject>, WriteError>

// ---------------------------------------------------------------------------
// byte sinks: a file written atomically, or a stream

/** Text in, bytes out, in order; `close` finishes, `abort` gives up. */
interface ByteSink {
  readonly name: string
  readonly write: (text: string | Uint8Array) => Promise<void>
  readonly close: () => Promise<void>
  readonly abort: () => Promise<void>
}

const errorText = (e: unknown): string => {
  const err = e as NodeJS.ErrnoException | undefined
  switch (err?.code) {
    case "ENOSPC":
      return "no space left on the device (the disk is full)"
    case "EDQUOT":
      return "disk quota exceeded"
    case "EACCES":
    case "EPERM":
      return "permission denied"
    case "EROFS":
      return "read-only file system"
    case "EPIPE":
      return "the reading end of the pipe was closed (EPIPE)"
    case "ENOENT":
      return "the folder does not exist"
    case "EISDIR":
      return "is a folder"
    case "ENOTDIR":
    case "EEXIST": // mkdir -p over a file
      return "a part of the path is a file, not a folder"
    default:
      return err?.code === undefined ? String(err?.message ?? e) : `${err.code}: ${err.message}`
  }
}

/** A temporary name beside `path`, matched by the `.khabar-tmp-*` line of `.gitignore`. */
export const temporaryPathFor = (path: string): string =>
  join(dirname(path), `.khabar-tmp-${process.pid}-${randomBytes(4).toString("hex")}-${basename(path)}`)

/** What stands at `path` (undefined when nothing does); a folder there is an error (`EISDIR`), for both file sinks. */
const entryAt = async (path: string): Promise<Stats | undefined> => {
  let existing
  try {
    existing = await stat(path)
  } catch {
    existing = undefined
  }
  if (existing !== undefined && existing.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: "EISDIR" })
  return existing
}

/** A file written under a temporary name and renamed over `path` on close. */
const atomicFileSink = async (path: string): Promise<ByteSink> => {
  const existing = await entryAt(path)
  if (existing !== undefined && !existing.isFile()) {
    // a device or FIFO: write straight to it
    const handle = await open(path, "w")
    return handleSink(path, handle, { onClose: async () => undefined, onAbort: async () => undefined, sync: false })
  }
  await mkdir(dirname(path), { recursive: true })
  const temp = temporaryPathFor(path)
  const handle = await open(temp, "wx")
  return handleSink(path, handle, {
    sync: true,
    onClose: () => rename(temp, path),
    onAbort: () => rm(temp, { force: true })
  })
}

const handleSink = (
  name: string,
  handle: FileHandle,
  how: { readonly sync: boolean; readonly onClose: () => Promise<void>; readonly onAbort: () => Promise<void> }
): ByteSink => {
  let closed = false
  return {
    name,
    write: async (text) => {
      const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text
      // a write may take fewer bytes than given: go on until all are written
      for (let at = 0; at < bytes.length; ) at += (await handle.write(bytes, at, bytes.length - at, null)).bytesWritten
    },
    close: async () => {
      if (how.sync) await handle.sync()
      closed = true
      await handle.close()
      await how.onClose()
    },
    abort: async () => {
      if (!closed) {
        closed = true
        await handle.close().catch(() => undefined)
      }
      await how.onAbort().catch(() => undefined)
    }
  }
}

/**
 * Where a file of lines ends with a whole line: its size, or the end of its
 * last `\n` when a crash cut the last line off.
 */
export const wholeLinesLength = async (handle: FileHandle, size: number): Promise<number> => {
  const chunk = 64 * 1024
  const buffer = new Uint8Array(chunk)
  for (let end = size; end > 0; end -= chunk) {
    const from = Math.max(0, end - chunk)
    const { bytesRead } = await handle.read(buffer, 0, end - from, from)
    for (let i = bytesRead - 1; i >= 0; i--) {
      if (buffer[i] === 0x0a) return from + i + 1
    }
  }
  return 0
}

/** A file of lines appended to in place (`--resume`); a failed write is cut back to the last whole line. */
const appendFileSink = async (path: string): Promise<ByteSink> => {
  const existing = await entryAt(path)
  if (existing === undefined) await mkdir(dirname(path), { recursive: true })
  const handle = await open(path, existing === undefined ? "w" : "r+")
  const regular = existing === undefined || existing.isFile()
  let length = 0
  if (existing !== undefined && regular) {
    length = await wholeLinesLength(handle, existing.size)
    if (length < existing.size) await handle.truncate(length)
  }
  let closed = false
  return {
    name: path,
    write: async (text) => {
      const bytes = typeof text === "string" ? Buffer.from(text, "utf8") : text
      try {
        for (let at = 0; at < bytes.length; ) {
          at += (await handle.write(bytes, at, bytes.length - at, regular ? length + at : null)).bytesWritten
        }
      } catch (e) {
        // keep the file whole: cut off what this write left behind
        if (regular) await handle.truncate(length).catch(() => truncate(path, length).catch(() => undefined))
        throw e
      }
      length += bytes.length
    },
    close: async () => {
      if (regular) await handle.sync()
      closed = true
      await handle.close()
    },
    abort: async () => {
      if (closed) return
      closed = true
      await handle.close().catch(() => undefined)
    }
  }
}

/** A Node writable stream (stdout): each write waits for its callback, an `error` event fails the next write. */
const streamSink = (name: string, stream: NodeJS.WritableStream): ByteSink => {
  let failure: unknown = undefined
  const onError = (e: unknown) => {
    failure ??= e
  }
  stream.on("error", onError)
  const detach = () => {
    stream.removeListener("error", onError)
  }
  return {
    name,
    write: (text) =>
      new Promise<void>((resolve, reject) => {
        if (failure !== undefined) return reject(failure)
        stream.write(text, (err) => (err ? reject(err) : failure !== undefined ? reject(failure) : resolve()))
      }),
    close: async () => {
      detach()
      if (failure !== undefined) throw failure
    },
    abort: async () => detach()
  }
}

const openSink = (target: OutputTarget, append = false): Effect.Effect<ByteSink, WriteError> =>
  target._tag === "File"
    ? Effect.tryPromise({
        try: () => (append ? appendFileSink(target.path) : atomicFileSink(target.path)),
        catch: (e) => new WriteError({ target: target.path, detail: errorText(e) })
      })
    : Effect.sync(() => streamSink(targetName(target), target._tag === "Stdout" ? process.stdout : target.stream))

// ---------------------------------------------------------------------------
// text formats

/**
 * A buffered text writer: `header` once, each value through `line` with
 * `separator` between values, `footer` at the end. `lines` turns NDJSON
 * bytes of `count` values, the first of them at position `before`, into the
 * format's bytes (for {@link Writer.writeLines}).
 */
const textWriter = (
  format: string,
  shape: {
    readonly header: string
    readonly separator: string
    readonly footer: (count: number) => string
    readonly line: (value: KhabarRecord | Reject) => string
    readonly lines: (ndjson: Uint8Array, count: number, before: number) => Uint8Array
    /** Can values be added to an existing file of this format? */
    readonly appendable: boolean
  }
): WriterFactory =>
  (target, options = {}) => {
    if (options.append === true && !shape.appendable) {
      return Effect.fail(
        new WriteError({
          target: targetName(target),
          detail: `a ${format} file cannot be appended to (resuming a run needs NDJSON output: --format ndjson)`
        })
      )
    }
    return Effect.map(openSink(target, options.append === true), (sink): Writer<KhabarRecord | Reject> => {
      const limit = options.bufferBytes ?? 64 * 1024
      // text gathered from `write`, and whole pieces of bytes from `writeLines`, in order
      let text = shape.header
      let pieces: Array<string | Uint8Array> = []
      let held = 0
      let count = 0
      let bytes = 0
      let done = false
      const fail = (e: unknown) => new WriteError({ target: sink.name, detail: errorText(e) })
      const closed = () => Effect.fail(new WriteError({ target: sink.name, detail: "the writer is already closed" }))
      const flush = Effect.suspend(() => {
        if (text.length > 0) pieces.push(text)
        text = ""
        held = 0
        if (pieces.length === 0) return Effect.void
        const out = pieces
        pieces = []
        return Effect.tryPromise({
          try: async () => {
            for (const piece of out) {
              bytes += typeof piece === "string" ? Buffer.byteLength(piece) : piece.length
              await sink.write(piece)
            }
          },
          catch: fail
        })
      })
      return {
        format,
        target: sink.name,
        write: (value) =>
          Effect.suspend(() => {
            if (done) return closed()
            text += (count === 0 ? "" : shape.separator) + shape.line(value)
            count++
            return held + text.length >= limit ? flush : Effect.void
          }),
        writeLines: (lines, n) =>
          Effect.suspend(() => {
            if (done) return closed()
            if (n === 0) return Effect.void
            if (text.length > 0) pieces.push(text)
            text = ""
            const piece = shape.lines(lines, n, count)
            // the bytes may be used again once this returns: a small piece is copied, a large one written at once
            if (held + piece.length < limit) {
              // (a copy: `Buffer#slice` would be a view)
              pieces.push(piece === lines ? new Uint8Array(piece) : piece)
              held += piece.length
              count += n
              return Effect.void
            }
            pieces.push(piece)
            count += n
            return flush
          }),
        commit: Effect.suspend(() => {
          if (done) return closed()
          text += shape.footer(count)
          return flush.pipe(
            Effect.andThen(Effect.tryPromise({ try: () => sink.close(), catch: fail })),
            Effect.map((): WriteSummary => {
              done = true
              return { target: sink.name, format, count, bytes }
            })
          )
        }),
        abort: Effect.suspend(() => {
          if (done) return Effect.void
          done = true
          text = ""
          pieces = []
          return Effect.promise(() => sink.abort())
        })
      }
    })
  }

/**
 * NDJSON lines as the elements of a JSON array written by {@link jsonWriter}:
 * each line `X\n` becomes `,\nX` (`\nX` for the very first value). A JSON
 * text never holds a raw line break (JSON.stringify escapes them in
 * strings), so every `\n` ends a value.
 */
const arrayElements = (ndjson: Uint8Array, count: number, before: number): Uint8Array => {
  const first = before === 0 ? 1 : 0
  const out = new Uint8Array(ndjson.length + count - first)
  let at = 0
  let from = 0
  for (let k = 0; k < count; k++) {
    const nl = ndjson.indexOf(0x0a, from)
    if (k > 0 || first === 0) out[at++] = 0x2c
    out[at++] = 0x0a
    out.set(ndjson.subarray(from, nl), at)
    at += nl - from
    from = nl + 1
  }
  return out
}

/** One JSON value a line. */
export const ndjsonWriter: WriterFactory = textWriter("ndjson", {
  header: "",
  separator: "",
  footer: () => "",
  line: (v) => JSON.stringify(v) + "\n",
  lines: (ndjson) => ndjson,
  appendable: true
})

/** A JSON array, one element a line (so it diffs and greps like NDJSON). */
export const jsonWriter: WriterFactory = textWriter("json", {
  header: "[",
  separator: ",",
  footer: (count) => (count === 0 ? "]\n" : "\n]\n"),
  line: (v) => "\n" + JSON.stringify(v),
  lines: arrayElements,
  appendable: false
})

/** Writer formats by name; table formats are added here. */
export const writerFormats: Readonly<Record<string, WriterFactory>> = {
  ndjson: ndjsonWriter,
  json: jsonWriter
}

export type OutputFormat = keyof typeof writerFormats

/** The format a file name implies: `.json` → `json`, otherwise `ndjson`. */
export const formatForPath = (path: string): "json" | "ndjson" => (/\.json$/i.test(path) ? "json" : "ndjson")

/** Opens a writer by format name. */
export const openWriter = (
  format: string,
  target: OutputTarget,
  options?: WriterOptions
): Effect.Effect<Writer<KhabarRecord | Reject>, WriteError> => {
  const factory = writerFormats[format]
  return factory === undefined
    ? Effect.fail(
        new WriteError({
          target: targetName(target),
          detail: `unknown format "${format}" (known: ${Object.keys(writerFormats).join(", ")})`
        })
      )
    : factory(target, options)
}

/**
 * A writer tied to the current scope: if the scope closes before
 * {@link Writer.commit} succeeded (a failure, an interruption), the writer is
 * aborted and its temporary file removed.
 */
export const scopedWriter = (
  format: string,
  target: OutputTarget,
  options?: WriterOptions
): Effect.Effect<Writer<KhabarRecord | Reject>, WriteError, Scope.Scope> =>
  // abort is a no-op once commit succeeded
  Effect.acquireRelease(openWriter(format, target, options), (writer) => writer.abort)

/**
 * For writers of folders (partitioned tables): a temporary folder beside
 * `path`, renamed into place by `commit` (an existing folder at `path` is
 * replaced), removed by `abort`.
 */
export const atomicFolder = (
  path: string
): Effect.Effect<{ readonly temp: string; readonly commit: Effect.Effect<void, WriteError>; readonly abort: Effect.Effect<void> }, WriteError> =>
  Effect.tryPromise({
    try: async () => {
      await mkdir(dirname(path), { recursive: true })
      const temp = temporaryPathFor(path)
      await mkdir(temp)
      return temp
    },
    catch: (e) => new WriteError({ target: path, detail: errorText(e) })
  }).pipe(
    Effect.map((temp) => ({
      temp,
      commit: Effect.tryPromise({
        try: async () => {
          await rm(path, { recursive: true, force: true })
          await rename(temp, path)
        },
        catch: (e) => new WriteError({ target: path, detail: errorText(e) })
      }),
      abort: Effect.promise(() => rm(temp, { recursive: true, force: true }).catch(() => undefined))
    }))
  )
