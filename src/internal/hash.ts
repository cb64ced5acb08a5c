/**
 * FNV-1a, 64-bit, over UTF-16 code units; returned as 16 hex digits.
 * Fast, synchronous and browser-safe (no crypto API); for identity and
 * duplicate keys, not for security.
 */
export const fnv1a64 = (text: string): string => {
  // 64-bit arithmetic in two 32-bit halves, so no BigInt on the hot path. The FNV prime is 2^40 + 0x1b3, so
  // h * prime = (h << 40) + h * 0x1b3: the low half times 0x1b3 is Math.imul's low 32 bits plus a carry into the
  // high half, the high half needs only its low 32 bits (Math.imul), and h << 40 moves the low half's low 24 bits
  // into the high half, 8 bits up. (Four 16-bit limbs before: the same value, twice the work.) The carry, the bits of
  // lo * 0x1b3 above 2^32, is taken from the low half's two 16-bit halves in integers (each product is below 2^25),
  // not from a double divided and floored: ×1.4 on the hash, which reads every document's whole text (sixtieth session).
  let lo = 0x84222325 | 0
  let hi = 0xcbf29ce4 | 0
  for (let i = 0; i < text.length; i++) {
    lo ^= text.charCodeAt(i)
    const carry = ((lo >>> 16) * 0x1b3 + (((lo & 0xffff) * 0x1b3) >>> 16)) >>> 16
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) | 0
    lo = Math.imul(lo, 0x1b3)
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0")
}

/**
 * MurmurHash3's finalizer: every input bit affects every output bit (an int32). The deduplication core's (`fmix32` of
 * dedupe/hash.ts) and the entity features' (`fmix` of extract/entities/hash.ts; sixty-first session, helper tidy5: it
 * was written in both).
 */
export const fmix32 = (h: number): number => {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  return (h ^ (h >>> 16)) | 0
}
