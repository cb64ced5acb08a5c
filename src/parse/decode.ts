/**
 * Bytes to text: the first step of the parse stage.
 *
 * Order of decisions, each with its reason in the result:
 * 1. empty input → `InputError("empty")`;
 * 2. a known binary signature (PDF, ZIP, PNG, JPEG, GIF, gzip, …) → `InputError("binary")`;
 * 3. a byte-order mark → UTF-8, UTF-16LE or UTF-16BE, certain;
 * 4. UTF-16 without a BOM, recognised by its NUL-byte pattern;
 * 5. NUL or other control bytes in bulk → `InputError("binary")`;
 * 6. valid UTF-8 → UTF-8, certain;
 * 7. UTF-8 with a few broken sequences → UTF-8 with U+FFFD and a "mixed encodings" diagnostic;
 * 8. otherwise a legacy single-byte encoding, detected with `chardet` and a
 *    byte-run heuristic: Windows-1256 (Arabic) or Windows-1252 (Latin-1), with
 *    an "encoding guessed" diagnostic and a confidence.
 *
 * Browser-safe: uses `TextDecoder` (WHATWG encodings) and `chardet`'s pure analysis.
 *
 * @module
 */
import { analyse } from "chardet"
import { InputError } from "../errors.js"
import type { Diagnostic } from "../schema/record.js"

export interface Decoded {
  readonly text: string
  readonly encoding: string
  /** 0–1 when guessed; null when certain. */
  readonly confidence: number | null
  readonly diagnostics: ReadonlyArray<Diagnostic>
}

const SIGNATURES: ReadonlyArray<readonly [string, ReadonlyArray<number>]> = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a ZIP archive (or DOCX/XLSX/EPUB)", [0x50, 0x4b, 0x03, 0x04]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["a 7-Zip archive", [0x37, 0x7a, 0xbc, 0xaf]],
  ["a RAR archive", [0x52, 0x61, 0x72, 0x21]],
  ["an ELF executable", [0x7f, 0x45, 0x4c, 0x46]],
  ["a WebP/RIFF file", [0x52, 0x49, 0x46, 0x46]],
  ["an old Microsoft Office document", [0xd0, 0xcf, 0x11, 0xe0]]
]

const startsWith = (bytes: Uint8Array, sig: ReadonlyArray<number>): boolean => {
  if (bytes.length < sig.length) return false
  for (let i = 0; i < sig.length; i++) if (bytes[i] !== sig[i]) return false
  return true
}

const SAMPLE = 64 * 1024

const decoder = (label: string, fatal: boolean) => new TextDecoder(label, { fatal, ignoreBOM: false })

/** Share of UTF-16 units in a decoded sample that look like text (letters, digits, spaces, punctuation). */
const plausibleTextShare = (s: string): number => {
  if (s.length === 0) return 0
  let ok = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (
      (c >= 0x20 && c < 0x7f) ||
      c === 0x0a ||
      c === 0x0d ||
      c === 0x09 ||
      (c >= 0xa0 && c < 0x250) ||
      (c >= 0x600 && c < 0x700) ||
      (c >= 0x2000 && c < 0x2070) ||
      (c >= 0x370 && c < 0x530) ||
      (c >= 0x750 && c < 0x780) ||
      (c >= 0xfb50 && c <= 0xfeff)
    ) {
      ok++
    }
  }
  return ok / s.length
}

/** What one pass over the first SAMPLE bytes counts (only bytes below 0x20 count for anything). */
interface ByteStats {
  /** Bytes scanned as UTF-16 pairs (an even number; 0 when fewer than 4). */
  readonly pairBytes: number
  readonly zeroEven: number
  readonly zeroOdd: number
  readonly sixEven: number
  readonly sixOdd: number
  /** Bytes scanned for control characters. */
  readonly scanned: number
  readonly control: number
  readonly firstNul: number
}

const byteStats = (bytes: Uint8Array): ByteStats => {
  const m = Math.min(bytes.length, SAMPLE)
  const n = m & ~1
  let zeroEven = 0
  let zeroOdd = 0
  let sixEven = 0
  let sixOdd = 0
  let control = 0
  let firstNul = -1
  for (let i = 0; i < m; i++) {
    const b = bytes[i]!
    if (b >= 0x20) continue
    if (b < 0x09 || (b > 0x0d && b !== 0x1b)) control++
    if (b === 0) {
      if (firstNul < 0) firstNul = i
      if (i < n) {
        if ((i & 1) === 0) zeroEven++
        else zeroOdd++
      }
    } else if (b === 0x06 && i < n) {
      if ((i & 1) === 0) sixEven++
      else sixOdd++
    }
  }
  return { pairBytes: n < 4 ? 0 : n, zeroEven, zeroOdd, sixEven, sixOdd, scanned: m, control, firstNul }
}

const utf16WithoutBom = (bytes: Uint8Array, st: ByteStats): "utf-16le" | "utf-16be" | null => {
  const n = st.pairBytes
  if (n < 4) return null
  const { zeroEven, zeroOdd } = st
  const pairs = n / 2
  // ASCII-heavy UTF-16: one byte of each pair is NUL. Arabic UTF-16: one byte of each pair is 0x06.
  const candidates: Array<"utf-16le" | "utf-16be"> = []
  if (zeroOdd / pairs > 0.2 && zeroEven / pairs < 0.05) candidates.push("utf-16le")
  if (zeroEven / pairs > 0.2 && zeroOdd / pairs < 0.05) candidates.push("utf-16be")
  if (candidates.length === 0) {
    if (st.sixOdd / pairs > 0.4) candidates.push("utf-16le")
    else if (st.sixEven / pairs > 0.4) candidates.push("utf-16be")
  }
  for (const label of candidates) {
    const sample = decoder(label, false).decode(bytes.subarray(0, n))
    if (plausibleTextShare(sample) > 0.95) return label
  }
  return null
}

const controlShare = (st: ByteStats): { readonly share: number; readonly firstNul: number } => ({
  share: st.scanned === 0 ? 0 : st.control / st.scanned,
  firstNul: st.firstNul
})

/** Counts U+FFFD produced by a lenient UTF-8 decode of bytes that the strict decoder refused. */
const replacementStats = (text: string): { readonly count: number; readonly first: number } => {
  let count = 0
  let first = -1
  for (let i = text.indexOf("\ufffd"); i >= 0; i = text.indexOf("\ufffd", i + 1)) {
    if (first < 0) first = i
    count++
  }
  return { count, first }
}

/** Among bytes ≥ 0x80, the share that stand next to another such byte: high in Arabic single-byte text, low in Latin-1. */
const highByteRunShare = (bytes: Uint8Array): number => {
  const n = Math.min(bytes.length, SAMPLE)
  let high = 0
  let adjacent = 0
  for (let i = 0; i < n; i++) {
    if (bytes[i]! < 0x80) continue
    high++
    if ((i > 0 && bytes[i - 1]! >= 0x80) || (i + 1 < n && bytes[i + 1]! >= 0x80)) adjacent++
  }
  return high === 0 ? 0 : adjacent / high
}

const diagnostic = (code: string, message: string): Diagnostic => ({ severity: "warning", code, stage: "decode", message })

/**
 * Decodes the bytes of one input, or fails with a typed {@link InputError}
 * naming `input` and the place.
 */
export const decodeBytes = (bytes: Uint8Array, input: string): Decoded | InputError => {
  if (bytes.length === 0) {
    return new InputError({ input, reason: "empty", detail: "the input is empty (0 bytes)", place: null })
  }
  for (const [what, sig] of SIGNATURES) {
    if (startsWith(bytes, sig)) {
      return new InputError({
        input,
        reason: "binary",
        detail: `binary content: looks like ${what}, not text`,
        place: { line: null, column: null, offset: 0 }
      })
    }
  }
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return strictOrMixedUtf8(bytes.subarray(3), input, "utf-8")
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: decoder("utf-16le", false).decode(bytes.subarray(2)), encoding: "utf-16le", confidence: null, diagnostics: [] }
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: decoder("utf-16be", false).decode(bytes.subarray(2)), encoding: "utf-16be", confidence: null, diagnostics: [] }
  }
  const stats = byteStats(bytes)
  const utf16 = utf16WithoutBom(bytes, stats)
  if (utf16 !== null) {
    return {
      text: decoder(utf16, false).decode(bytes),
      encoding: utf16,
      confidence: 0.9,
      diagnostics: [diagnostic("KHB-W002", `encoding guessed: ${utf16} without a byte-order mark`)]
    }
  }
  const { share, firstNul } = controlShare(stats)
  if (firstNul >= 0 || share > 0.1) {
    return new InputError({
      input,
      reason: "binary",
      detail:
        firstNul >= 0
          ? "binary content: NUL byte in what should be text"
          : `binary content: ${Math.round(share * 100)}% control bytes`,
      place: { line: null, column: null, offset: firstNul >= 0 ? firstNul : 0 }
    })
  }
  return strictOrMixedUtf8(bytes, input, null)
}

const strictOrMixedUtf8 = (bytes: Uint8Array, input: string, bom: "utf-8" | null): Decoded | InputError => {
  try {
    return { text: decoder("utf-8", true).decode(bytes), encoding: "utf-8", confidence: null, diagnostics: [] }
  } catch {
    // not valid UTF-8: mixed, or a legacy encoding
  }
  const lenient = decoder("utf-8", false).decode(bytes)
  const { count, first } = replacementStats(lenient)
  let nonAscii = 0
  for (let i = 0; i < lenient.length; i++) if (lenient.charCodeAt(i) > 0x7f) nonAscii++
  // Mostly valid UTF-8 with a few broken sequences: keep UTF-8 and say where it broke.
  if (bom !== null || count <= Math.max(2, (nonAscii - count) * 0.02)) {
    return {
      text: lenient,
      encoding: "utf-8",
      confidence: null,
      diagnostics: [
        {
          severity: "warning",
          code: "KHB-W003",
          stage: "decode",
          message: `mixed encodings: ${count} invalid UTF-8 sequence(s) replaced with U+FFFD, the first at offset ${first}`,
          start: first,
          end: first + 1
        }
      ]
    }
  }
  return legacy(bytes, input)
}

const legacy = (bytes: Uint8Array, input: string): Decoded | InputError => {
  const guesses = analyse(bytes)
  const arabicGuess = guesses.find((g) => /1256|8859-6/i.test(g.name))
  const latinGuess = guesses.find((g) => /8859-1|1252|8859-15/i.test(g.name))
  const runs = highByteRunShare(bytes)
  const arabic = runs > 0.5 || (arabicGuess !== undefined && (latinGuess === undefined || arabicGuess.confidence >= latinGuess.confidence))
  const encoding = arabic ? "windows-1256" : "windows-1252"
  const chosen = arabic ? arabicGuess : latinGuess
  const confidence = Math.max(0.5, Math.min(1, (chosen?.confidence ?? 50) / 100))
  let text: string
  try {
    text = decoder(encoding, false).decode(bytes)
  } catch (e) {
    return new InputError({
      input,
      reason: "decode",
      detail: `cannot decode as ${encoding}: ${e instanceof Error ? e.message : String(e)}`,
      place: null
    })
  }
  return {
    text,
    encoding,
    confidence,
    diagnostics: [diagnostic("KHB-W001", `encoding guessed: ${encoding} (not valid UTF-8; confidence ${confidence.toFixed(2)})`)]
  }
}
