/**
 * Resuming a run: the ids already present in its NDJSON outputs.
 *
 * A run stopped with Ctrl-C (or killed) leaves NDJSON outputs that hold whole
 * lines for the inputs it finished. `readDoneIds` reads the `id` of every line
 * of those files, streaming (a line's id is taken from its start without
 * parsing the whole record when it comes first, as khabar writes it), and a
 * resumed run skips those inputs and appends to the same files. A last line
 * cut off by a crash is not counted (the writer drops it before appending).
 *
 * @module
 */
import { open, type FileHandle } from "node:fs/promises"
import type { KhabarRecord } from "../schema/record.js"
import { decodedLines } from "../internal/lines.js"
import { describeIoError } from "./inputs.js"

/** What was found in one output file. */
export interface DoneFile {
  readonly path: string
  /** False when the file does not exist yet (a fresh run). */
  readonly exists: boolean
  /** Whole lines holding an id. */
  readonly ids: number
  /** Lines that are not JSON objects with a string id (left as they are, not counted). */
  readonly unreadable: number
  /** Bytes of a last line cut off without its `\n` (dropped before appending). */
  readonly cutBytes: number
}

/** An output to resume cannot be read. */
export class ResumeError extends Error {
  override readonly name = "ResumeError"
}

/**
 * The complete lines of an open file, in order, read in 1 MiB chunks; the
 * generator's return value is the byte length of a last line with no newline
 * (a line cut off by a crash), which is not yielded.
 */
async function* completeLines(handle: FileHandle): AsyncGenerator<string, number> {
  return Buffer.byteLength(yield* decodedLines(chunksOf(handle)))
}

/** The bytes of an open file from where it stands, in 1 MiB chunks of one buffer (each read before the next is asked for). */
async function* chunksOf(handle: FileHandle): AsyncGenerator<Uint8Array> {
  const buffer = new Uint8Array(1 << 20)
  for (;;) {
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, null)
    if (bytesRead === 0) return
    yield buffer.subarray(0, bytesRead)
  }
}

/** The id at the start of a line written by khabar (`{"id":"…",…`), or from the whole line. */
export const lineId = (line: string): string | null => {
  const prefix = '{"id":"'
  if (line.startsWith(prefix)) {
    for (let i = prefix.length; i < line.length; i++) {
      const c = line.charCodeAt(i)
      if (c === 0x5c) i++ // skip the escaped character
      else if (c === 0x22) {
        try {
          return JSON.parse(line.slice(prefix.length - 1, i + 1)) as string
        } catch {
          break
        }
      }
    }
  }
  try {
    const value: unknown = JSON.parse(line)
    if (value !== null && typeof value === "object" && !Array.isArray(value)) {
      const id = (value as Record<string, unknown>)["id"]
      if (typeof id === "string") return id
    }
  } catch {
    // not JSON
  }
  return null
}

/** Adds the ids of one NDJSON output to `into`. */
export const readIdsOf = async (path: string, into: Set<string>): Promise<DoneFile> => {
  let handle
  try {
    handle = await open(path, "r")
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { path, exists: false, ids: 0, unreadable: 0, cutBytes: 0 }
    throw new ResumeError(`cannot read ${path} to resume: ${describeIoError(e)}`)
  }
  let ids = 0
  let unreadable = 0
  let cutBytes = 0
  try {
    const lines = completeLines(handle)
    for (let next = await lines.next(); ; next = await lines.next()) {
      if (next.done === true) {
        cutBytes = next.value
        break
      }
      const line = next.value.trim()
      if (line.length === 0) continue
      const id = lineId(line)
      if (id === null) unreadable++
      else {
        ids++
        into.add(id)
      }
    }
  } catch (e) {
    throw new ResumeError(`cannot read ${path} to resume: ${describeIoError(e)}`)
  } finally {
    await handle.close().catch(() => undefined)
  }
  return { path, exists: true, ids, unreadable, cutBytes }
}

/** The ids present in NDJSON outputs (records and rejects of an earlier run), and what each file held. */
export const readDoneIds = async (
  paths: ReadonlyArray<string>
): Promise<{ readonly ids: Set<string>; readonly files: ReadonlyArray<DoneFile> }> => {
  const ids = new Set<string>()
  const files: Array<DoneFile> = []
  for (const p of paths) files.push(await readIdsOf(p, ids))
  return { ids, files }
}

/**
 * The records of an NDJSON output, in order (for a resumed run that
 * deduplicates: the earlier records are the originals). Lines that do not
 * parse (a last line cut off) are skipped.
 */
export async function* readRecords(path: string): AsyncGenerator<KhabarRecord> {
  let handle
  try {
    handle = await open(path, "r")
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return
    throw new ResumeError(`cannot read ${path} to resume: ${describeIoError(e)}`)
  }
  try {
    for await (const line of completeLines(handle)) {
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch {
        continue
      }
      if (value !== null && typeof value === "object" && Array.isArray((value as KhabarRecord).paragraphs)) yield value as KhabarRecord
    }
  } finally {
    await handle.close().catch(() => undefined)
  }
}
