/**
 * Byte codecs for model files: base64 and unsigned LEB128 varints.
 * Written here so that loading a model needs neither `Buffer` nor `atob`.
 *
 * @module
 * @internal
 */

const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
const DECODE = /* @__PURE__ */ (() => {
  const t = new Int16Array(128).fill(-1)
  for (let i = 0; i < ALPHABET.length; i++) t[ALPHABET.charCodeAt(i)] = i
  return t
})()

/** Standard base64 with padding. */
export const toBase64 = (bytes: Uint8Array): string => {
  const parts: Array<string> = []
  let chunk = ""
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!
    const b = i + 1 < bytes.length ? bytes[i + 1]! : 0
    const c = i + 2 < bytes.length ? bytes[i + 2]! : 0
    chunk += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!
    chunk += i + 1 < bytes.length ? ALPHABET[((b & 15) << 2) | (c >> 6)]! : "="
    chunk += i + 2 < bytes.length ? ALPHABET[c & 63]! : "="
    if (chunk.length >= 8192) {
      parts.push(chunk)
      chunk = ""
    }
  }
  parts.push(chunk)
  return parts.join("")
}

/** Decodes standard base64; returns `null` on a character outside the alphabet or a bad length. */
export const fromBase64 = (s: string): Uint8Array | null => {
  if (s.length % 4 !== 0) return null
  const pad = s.endsWith("==") ? 2 : s.endsWith("=") ? 1 : 0
  const out = new Uint8Array((s.length / 4) * 3 - pad)
  const code = (i: number): number => {
    const c = s.charCodeAt(i)
    return c < 128 ? DECODE[c]! : -1
  }
  let o = 0
  const full = s.length - (pad > 0 ? 4 : 0)
  for (let i = 0; i < full; i += 4) {
    const a = code(i)
    const b = code(i + 1)
    const c = code(i + 2)
    const d = code(i + 3)
    if ((a | b | c | d) < 0) return null
    out[o++] = (a << 2) | (b >> 4)
    out[o++] = ((b & 15) << 4) | (c >> 2)
    out[o++] = ((c & 3) << 6) | d
  }
  if (pad > 0) {
    const a = code(full)
    const b = code(full + 1)
    const c = pad === 1 ? code(full + 2) : 0
    if ((a | b | c) < 0) return null
    out[o++] = (a << 2) | (b >> 4)
    if (pad === 1) out[o++] = ((b & 15) << 4) | (c >> 2)
  }
  return out
}

/** A growable byte writer. */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16)
  length = 0

  private room(k: number): void {
    if (this.length + k <= this.bytes.length) return
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + k))
    bigger.set(this.bytes.subarray(0, this.length))
    this.bytes = bigger
  }

  byte(b: number): void {
    this.room(1)
    this.bytes[this.length++] = b & 255
  }

  /** Unsigned LEB128 (values below 2^32). */
  varint(v: number): void {
    let x = v >>> 0
    while (x >= 0x80) {
      this.byte((x & 0x7f) | 0x80)
      x >>>= 7
    }
    this.byte(x)
  }

  result(): Uint8Array {
    return this.bytes.slice(0, this.length)
  }
}

/** Reads what {@link ByteWriter} wrote; `pos` moves on. Throws a RangeError past the end. */
export class ByteReader {
  pos = 0
  constructor(readonly bytes: Uint8Array) {}

  get done(): boolean {
    return this.pos >= this.bytes.length
  }

  byte(): number {
    if (this.pos >= this.bytes.length) throw new RangeError("unexpected end of data")
    return this.bytes[this.pos++]!
  }

  varint(): number {
    let v = 0
    let shift = 0
    for (;;) {
      const b = this.byte()
      v += (b & 0x7f) * 2 ** shift
      if (b < 0x80) break
      shift += 7
      if (shift > 28) throw new RangeError("varint too long")
    }
    return v
  }
}
