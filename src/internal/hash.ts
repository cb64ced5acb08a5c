/**
 * FNV-1a, 64-bit, over UTF-16 code units; returned as 16 hex digits.
 * Fast, synchronous and browser-safe (no crypto API); for identity and
 * duplicate keys, not for security.
 */
export const fnv1a64 = (text: string): string => {
  // 64-bit arithmetic in two 32-bit halves, so no BigInt on the hot path. The FNV prime is 2^40 + 0x1b3, so
  // h * prime = (h << 40) + h * 0x1b3: the low half times 0x1b3 is below 2^41, exact in a double (its high bits are
  // the carry into the high half), the high half needs only its low 32 bits (Math.imul), and h << 40 moves the low
  // half's low 24 bits into the high half, 8 bits up. (Four 16-bit limbs before: the same value, twice the work.)
  let lo = 0x84222325
  let hi = 0xcbf29ce4 | 0
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0
    const p = lo * 0x1b3
    hi = (Math.imul(hi, 0x1b3) + Math.floor(p / 0x100000000) + (lo << 8)) | 0
    lo = p >>> 0
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0")
}
