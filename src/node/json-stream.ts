/**
 * JSON arrays and NDJSON, one value at a time, in constant memory.
 *
 * {@link JsonArrayScanner} is an incremental tokenizer over bytes: it follows
 * the structure of a top-level JSON array (strings, escapes, nesting) without
 * parsing it, cuts out each element's bytes and hands them on; only one
 * element is held at a time, so a 100 MB array costs as much memory as its
 * largest element. Each element is then decoded (UTF-8, strict) and parsed
 * with `JSON.parse`. A break in the array's own structure (a file cut off in
 * the middle, a stray character between elements, mismatched brackets) stops
 * the scan with the place of the break, after the elements before it were
 * handed on. An element that is itself malformed (`{"a" 1}`) is reported on
 * its own and the scan goes on with the next one.
 *
 * {@link ndjsonValues} splits NDJSON on `\n` in bytes (so a line's place is
 * exact whatever the encoding); a broken line is reported with its line
 * number and the file goes on.
 *
 * Places: `line` and `column` are 1-based, `column` counts characters (code
 * points) from the start of the line, `offset` is the 0-based byte offset in
 * the file.
 *
 * @module
 */

export interface BytePlace {
  readonly line: number
  readonly column: number
  readonly offset: number
}

/** What the scanner found, in file order. */
export type ScanEvent =
  /** A whole element (or the whole top-level object, with index null). Valid until the next `push`. */
  | { readonly _tag: "Element"; readonly index: number | null; readonly bytes: Uint8Array; readonly place: BytePlace }
  /** An element larger than `maxElementBytes`: skipped without being held in memory. */
  | { readonly _tag: "Oversize"; readonly index: number | null; readonly size: number; readonly place: BytePlace }
  /** The array's structure breaks here; nothing after it is read. `index` is the element being read or expected. */
  | { readonly _tag: "Broken"; readonly index: number; readonly detail: string; readonly place: BytePlace }
  /** The file holds no JSON value at all (only white space). */
  | { readonly _tag: "Empty" }

const START = 0 // before the top-level value
const FIRST = 1 // after `[`: a value or `]`
const EXPECT = 2 // after `,`: a value
const VALUE = 3 // inside a string / object / array element
const SCALAR = 4 // inside a number / true / false / null element
const AFTER = 5 // after an element: `,` or `]`
const DONE = 6 // after the closing `]` (or the top-level object): only white space
const BROKEN = 7

const QUOTE = 0x22
const BACKSLASH = 0x5c
const LBRACE = 0x7b
const RBRACE = 0x7d
const LBRACKET = 0x5b
const RBRACKET = 0x5d
const COMMA = 0x2c

/** Deeper nesting than this inside one element is taken as a broken file. */
export const MAX_DEPTH = 1024

const isSpace = (b: number): boolean => b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09

const show = (b: number): string =>
  b >= 0x21 && b < 0x7f ? `"${String.fromCharCode(b)}"` : `byte 0x${b.toString(16).padStart(2, "0")}`

export interface ScannerOptions {
  /** Elements larger than this many bytes are skipped and reported as {@link ScanEvent} `Oversize`. */
  readonly maxElementBytes: number
}

export class JsonArrayScanner {
  private state = START
  private readonly stack = new Uint8Array(MAX_DEPTH)
  private depth = 0
  private inString = false
  private escape = false
  private line = 1
  private col = 0
  private offset = 0
  private index = 0
  private topObject = false
  // the element being read
  private elemFrom = 0
  private elemPlace: BytePlace = { line: 1, column: 1, offset: 0 }
  private parts: Array<Uint8Array> = []
  private partsBytes = 0
  private oversize = false
  /** Most bytes held at once for elements in progress (for tests of the memory bound). */
  peakHeldBytes = 0

  constructor(private readonly options: ScannerOptions) {}

  /** Feeds the next chunk of the file; returns what it completed. */
  push(chunk: Uint8Array): Array<ScanEvent> {
    const events: Array<ScanEvent> = []
    if (this.state === BROKEN || this.state === DONE) {
      if (this.state === DONE) this.scanTail(chunk, events)
      this.offset += chunk.length
      return events
    }
    let i = 0
    // a UTF-8 byte-order mark at the very start is allowed and skipped
    if (this.offset === 0 && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) i = 3
    for (; i < chunk.length; i++) {
      const b = chunk[i]!
      switch (this.state) {
        case VALUE:
          if (this.inString) {
            if (this.escape) this.escape = false
            else if (b === BACKSLASH) this.escape = true
            else if (b !== QUOTE && b !== 0x0a) {
              // fast path through the body of a string: only `"`, `\` and line breaks matter
              let j = i
              let col = this.col
              for (; j < chunk.length; j++) {
                const c = chunk[j]!
                if (c === QUOTE || c === BACKSLASH || c === 0x0a) break
                if ((c & 0xc0) !== 0x80) col++
              }
              this.col = col
              i = j - 1
              continue
            }
            else if (b === QUOTE) {
              this.inString = false
              if (this.depth === 0) this.endElement(chunk, i + 1, events)
            }
          } else if (b === QUOTE) {
            this.inString = true
          } else if (b === LBRACE || b === LBRACKET) {
            if (this.depth === MAX_DEPTH) {
              this.broken(events, i, `nesting deeper than ${MAX_DEPTH} levels inside element ${this.index}`)
              return events
            }
            this.stack[this.depth++] = b
          } else if (b === RBRACE || b === RBRACKET) {
            const open = this.stack[--this.depth]
            if ((b === RBRACE) !== (open === LBRACE)) {
              this.broken(events, i, `${show(b)} does not close ${show(open!)} inside element ${this.index}`)
              return events
            }
            if (this.depth === 0) this.endElement(chunk, i + 1, events)
          }
          break
        case SCALAR:
          if (isSpace(b) || b === COMMA || b === RBRACKET) {
            this.endElement(chunk, i, events)
            if (b === COMMA) this.state = EXPECT
            else if (b === RBRACKET) this.state = DONE
          }
          break
        case AFTER:
          if (b === COMMA) this.state = EXPECT
          else if (b === RBRACKET) this.state = DONE
          else if (!isSpace(b)) {
            this.broken(events, i, `expected "," or "]" after element ${this.index - 1}, found ${show(b)}`)
            return events
          }
          break
        case FIRST:
        case EXPECT:
          if (isSpace(b)) break
          if (b === RBRACKET) {
            if (this.state === FIRST) this.state = DONE
            else {
              this.broken(events, i, `expected element ${this.index} after ",", found "]"`)
              return events
            }
            break
          }
          if (!this.beginValue(i, b)) {
            this.broken(events, i, `expected element ${this.index}, found ${show(b)}`)
            return events
          }
          break
        case START:
          if (isSpace(b)) break
          if (b === LBRACKET) this.state = FIRST
          else if (b === LBRACE) {
            this.topObject = true
            this.beginValue(i, b)
          } else {
            this.broken(events, i, `expected a JSON array ("[") or object ("{"), found ${show(b)}`)
            return events
          }
          break
        case DONE:
          if (!isSpace(b)) {
            this.broken(events, i, `unexpected ${show(b)} after the end of the JSON ${this.topObject ? "object" : "array"}`)
            return events
          }
          break
      }
      if (b === 0x0a) {
        this.line++
        this.col = 0
      } else if ((b & 0xc0) !== 0x80) this.col++
    }
    if (this.state === VALUE || this.state === SCALAR) this.holdRest(chunk)
    this.offset += chunk.length
    return events
  }

  /** Ends the input; reports a cut-off array or an empty file. */
  finish(): Array<ScanEvent> {
    const place = { line: this.line, column: this.col + 1, offset: this.offset }
    switch (this.state) {
      case DONE:
      case BROKEN:
        return []
      case START:
        return [{ _tag: "Empty" }]
      default: {
        const where =
          this.state === VALUE || this.state === SCALAR
            ? `inside element ${this.index}`
            : this.state === AFTER
              ? `after element ${this.index - 1}`
              : `before element ${this.index}`
        this.state = BROKEN
        return [
          {
            _tag: "Broken",
            index: this.index,
            detail: `the JSON ${this.topObject ? "object" : "array"} is cut off at the end of the file, ${where}: ${
              this.topObject ? "the object is not closed" : `"]" never comes`
            }`,
            place
          }
        ]
      }
    }
  }

  private scanTail(chunk: Uint8Array, events: Array<ScanEvent>): void {
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!
      if (!isSpace(b)) {
        this.broken(events, i, `unexpected ${show(b)} after the end of the JSON ${this.topObject ? "object" : "array"}`)
        return
      }
      if (b === 0x0a) {
        this.line++
        this.col = 0
      } else this.col++
    }
  }

  private beginValue(i: number, b: number): boolean {
    if (b === LBRACE || b === LBRACKET) {
      this.stack[0] = b
      this.depth = 1
      this.inString = false
      this.state = VALUE
    } else if (b === QUOTE) {
      this.depth = 0
      this.inString = true
      this.escape = false
      this.state = VALUE
    } else if (b === 0x2d || (b >= 0x30 && b <= 0x39) || b === 0x74 || b === 0x66 || b === 0x6e) {
      this.state = SCALAR
    } else {
      return false
    }
    this.elemFrom = i
    this.elemPlace = { line: this.line, column: this.col + 1, offset: this.offset + i }
    this.parts = []
    this.partsBytes = 0
    this.oversize = false
    return true
  }

  /** Keeps the tail of a chunk that belongs to the element in progress (or only counts it when oversize). */
  private holdRest(chunk: Uint8Array): void {
    const n = chunk.length - this.elemFrom
    this.partsBytes += n
    if (!this.oversize && this.partsBytes > this.options.maxElementBytes) {
      this.oversize = true
      this.parts = []
    }
    if (!this.oversize && n > 0) {
      this.parts.push(chunk.slice(this.elemFrom))
      if (this.partsBytes > this.peakHeldBytes) this.peakHeldBytes = this.partsBytes
    }
    this.elemFrom = 0
  }

  private endElement(chunk: Uint8Array, end: number, events: Array<ScanEvent>): void {
    const size = this.partsBytes + (end - this.elemFrom)
    const index = this.topObject ? null : this.index
    if (this.oversize || size > this.options.maxElementBytes) {
      events.push({ _tag: "Oversize", index, size, place: this.elemPlace })
    } else {
      let bytes: Uint8Array
      if (this.parts.length === 0) bytes = chunk.subarray(this.elemFrom, end)
      else {
        bytes = new Uint8Array(size)
        let at = 0
        for (const p of this.parts) {
          bytes.set(p, at)
          at += p.length
        }
        bytes.set(chunk.subarray(this.elemFrom, end), at)
      }
      if (size > this.peakHeldBytes) this.peakHeldBytes = size
      events.push({ _tag: "Element", index, bytes, place: this.elemPlace })
    }
    this.parts = []
    this.partsBytes = 0
    this.index++
    this.state = this.topObject ? DONE : AFTER
  }

  private broken(events: Array<ScanEvent>, i: number, detail: string): void {
    events.push({
      _tag: "Broken",
      index: this.index,
      detail,
      place: { line: this.line, column: this.col + 1, offset: this.offset + i }
    })
    this.parts = []
    this.state = BROKEN
  }
}

/** One value read from a JSON array or an NDJSON file, or why it could not be. */
export type JsonItem =
  | { readonly _tag: "Value"; readonly index: number | null; readonly value: unknown; readonly place: BytePlace }
  /**
   * With `raw: true`: a value's bytes, not parsed yet (valid until the next
   * item is asked for; copy them to keep them). {@link parseRaw} finishes it
   * into a `Value` or an `Invalid`, anywhere (a worker thread).
   */
  | { readonly _tag: "Raw"; readonly index: number | null; readonly bytes: Uint8Array; readonly from: number; readonly place: BytePlace }
  | {
      readonly _tag: "Invalid"
      readonly index: number | null
      readonly reason: "invalid-json" | "decode"
      readonly detail: string
      readonly place: BytePlace
    }
  | { readonly _tag: "TooLarge"; readonly index: number | null; readonly size: number; readonly place: BytePlace }
  /** The file cannot be read further (JSON arrays only); the scan stops. */
  | { readonly _tag: "Broken"; readonly index: number; readonly detail: string; readonly place: BytePlace }
  | { readonly _tag: "Empty" }

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false })

/** `JSON.parse` error text, with V8's `at position N` turned into a 0-based position when present. */
const parseJson = (
  bytes: Uint8Array
): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: "invalid-json" | "decode"; readonly detail: string; readonly position: number | null } => {
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    const bad = firstInvalidUtf8(bytes)
    return { ok: false, reason: "decode", detail: `invalid UTF-8 at byte ${bad} of the value (JSON text must be UTF-8)`, position: null }
  }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    const m = /position (\d+)/.exec(message)
    return { ok: false, reason: "invalid-json", detail: `not valid JSON: ${message}`, position: m === null ? null : Number(m[1]) }
  }
}

/** Byte index of the first invalid UTF-8 sequence (a linear scan, only run on failure). */
export const firstInvalidUtf8 = (bytes: Uint8Array): number => {
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!
    const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0
    if (n === 0) return i
    for (let k = 1; k < n; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return i
    if (n > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + n))
      } catch {
        return i // overlong form or surrogate
      }
    }
    i += n
  }
  return bytes.length
}

/**
 * Finishes a `Raw` item: its value parsed (`Value`), or why it is not JSON
 * (`Invalid`, placed as the reader would have placed it). `from` is the
 * number of bytes trimmed from the start of an NDJSON line (0 for elements of
 * an array, whose errors are placed at the element's start).
 */
export const parseRaw = (item: {
  readonly index: number | null
  readonly bytes: Uint8Array
  readonly from: number
  readonly place: BytePlace
  /** An NDJSON line (its error column is the place in the line) rather than an array element. */
  readonly line: boolean
}): Extract<JsonItem, { readonly _tag: "Value" | "Invalid" }> => {
  const r = parseJson(item.bytes)
  if (r.ok) return { _tag: "Value", index: item.index, value: r.value, place: item.place }
  const place = item.line
    ? { line: item.place.line, column: r.position === null ? 1 : r.position + 1 + item.from, offset: item.place.offset + item.from }
    : item.place
  return { _tag: "Invalid", index: item.index, reason: r.reason, detail: r.detail, place }
}

/** Options of {@link jsonArrayValues} and {@link ndjsonValues}: `raw` hands values on unparsed (`Raw` items). */
export interface RawOption {
  readonly raw?: boolean | undefined
}

/**
 * The values of a JSON array (or a single top-level object, index null) read
 * from chunks of bytes, in order. Never throws for bad input: everything
 * wrong is an item.
 */
export async function* jsonArrayValues(
  chunks: AsyncIterable<Uint8Array>,
  options: ScannerOptions & RawOption & { readonly scanner?: (s: JsonArrayScanner) => void }
): AsyncGenerator<JsonItem> {
  const scanner = new JsonArrayScanner(options)
  options.scanner?.(scanner)
  const raw = options.raw === true
  const handle = (events: ReadonlyArray<ScanEvent>): Array<JsonItem> =>
    events.map((ev): JsonItem => {
      if (ev._tag !== "Element") return ev._tag === "Oversize" ? { _tag: "TooLarge", index: ev.index, size: ev.size, place: ev.place } : ev
      const item = { index: ev.index, bytes: ev.bytes, from: 0, place: ev.place, line: false }
      return raw ? { _tag: "Raw", index: ev.index, bytes: ev.bytes, from: 0, place: ev.place } : parseRaw(item)
    })
  for await (const chunk of chunks) {
    const items = handle(scanner.push(chunk))
    for (const item of items) {
      yield item
      if (item._tag === "Broken") return
    }
  }
  yield* handle(scanner.finish())
}

export interface LineOptions {
  /** Lines longer than this many bytes are skipped (not held) and reported as `TooLarge`. */
  readonly maxLineBytes: number
}

/**
 * The values of an NDJSON file: one JSON value a line, blank lines skipped.
 * `index` counts non-blank lines from 0; `place.line` is the line number in
 * the file. A broken line is an `Invalid` item and the file goes on.
 */
export async function* ndjsonValues(chunks: AsyncIterable<Uint8Array>, options: LineOptions & RawOption): AsyncGenerator<JsonItem> {
  const raw = options.raw === true
  let line = 1
  let offset = 0 // byte offset of the start of the current line
  let index = 0
  let held: Array<Uint8Array> = []
  let heldBytes = 0
  let skipping = false
  let first = true
  const finishLine = (last: Uint8Array, lineBytes: number): JsonItem | null => {
    const place = { line, column: 1, offset }
    if (skipping) return { _tag: "TooLarge", index: index++, size: lineBytes, place }
    let bytes = last
    if (held.length > 0) {
      bytes = new Uint8Array(lineBytes)
      let at = 0
      for (const p of held) {
        bytes.set(p, at)
        at += p.length
      }
      bytes.set(last, at)
    }
    let from = 0
    let to = bytes.length
    if (first && to >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) from = 3
    while (from < to && isSpace(bytes[from]!)) from++
    while (to > from && isSpace(bytes[to - 1]!)) to--
    if (from === to) return null
    const item = { index: index++, bytes: bytes.subarray(from, to), from, place, line: true }
    return raw ? { _tag: "Raw", index: item.index, bytes: item.bytes, from, place } : parseRaw(item)
  }
  for await (const chunk of chunks) {
    let from = 0
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      const lineBytes = heldBytes + (nl - from)
      if (!skipping && lineBytes > options.maxLineBytes) skipping = true
      const item = finishLine(chunk.subarray(from, nl), lineBytes)
      if (item !== null) yield item
      offset += lineBytes + 1
      line++
      first = false
      held = []
      heldBytes = 0
      skipping = false
      from = nl + 1
    }
    if (from < chunk.length) {
      heldBytes += chunk.length - from
      if (!skipping && heldBytes > options.maxLineBytes) {
        skipping = true
        held = []
      }
      if (!skipping) held.push(chunk.slice(from))
    }
  }
  if (heldBytes > 0) {
    const item = finishLine(new Uint8Array(0), heldBytes)
    if (item !== null) yield item
  }
  if (index === 0) yield { _tag: "Empty" }
}
