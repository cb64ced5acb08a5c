/**
 * Lines of the original text, as spans trimmed of blank characters.
 *
 * A line ends at `\n`, `\r\n`, a lone `\r`, U+2028 or U+2029. Leading and
 * trailing blanks (white space, NBSP, bidi and zero-width marks: see
 * {@link isBlank}) are outside the span; lines with nothing else are dropped,
 * and the next line remembers that a blank line stood before it.
 *
 * @module
 */
import { isBlank } from "../lexicons/key.js"

export interface Line {
  /** Position among the non-blank lines (0-based). */
  readonly index: number
  readonly start: number
  readonly end: number
  /** A blank line (or the start of the text) stands right before this line. */
  readonly blankBefore: boolean
}

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029

/** Splits `text` into trimmed non-blank lines. Linear time. */
export const splitLines = (text: string): Array<Line> => {
  const out: Array<Line> = []
  const n = text.length
  let lineStart = 0
  let blankBefore = true
  // most texts break lines with LF alone: then the native search finds each break
  const lfOnly = text.indexOf("\r") < 0 && text.indexOf("\u2028") < 0 && text.indexOf("\u2029") < 0
  for (;;) {
    let j: number
    if (lfOnly) {
      j = text.indexOf("\n", lineStart)
      if (j < 0) j = n
    } else {
      j = lineStart
      while (j < n && !isBreak(text.charCodeAt(j))) j++
    }
    let s = lineStart
    let e = j
    while (s < e && isBlank(text.charCodeAt(s))) s++
    while (e > s && isBlank(text.charCodeAt(e - 1))) e--
    if (e > s) {
      out.push({ index: out.length, start: s, end: e, blankBefore })
      blankBefore = false
    } else {
      blankBefore = true
    }
    if (j >= n) break
    if (text.charCodeAt(j) === 0x0d && j + 1 < n && text.charCodeAt(j + 1) === 0x0a) j++
    lineStart = j + 1
  }
  return out
}

/** Trims blanks off both ends of `[start, end)`; returns null when nothing is left. */
export const trimSpan = (text: string, start: number, end: number): { start: number; end: number } | null => {
  let s = start
  let e = end
  while (s < e && isBlank(text.charCodeAt(s))) s++
  while (e > s && isBlank(text.charCodeAt(e - 1))) e--
  return e > s ? { start: s, end: e } : null
}
