/**
 * FNV-1a, 64-bit, over UTF-16 code units; returned as 16 hex digits.
 * Fast, synchronous and browser-safe (no crypto API); for identity and
 * duplicate keys, not for security.
 */
export const fnv1a64 = (text: string): string => {
  // 64-bit arithmetic in four 16-bit limbs, so no BigInt on the hot path.
  let h0 = 0x2325
  let h1 = 0x8422
  let h2 = 0x9ce4
  let h3 = 0xcbf2
  for (let i = 0; i < text.length; i++) {
    h0 ^= text.charCodeAt(i)
    // multiply by the FNV prime 0x100000001b3 = 2^40 + 0x1b3
    const t0 = h0 * 0x1b3
    const t1 = h1 * 0x1b3
    const t2 = h2 * 0x1b3
    const t3 = h3 * 0x1b3
    // h << 40: limb0 → limb2 (+8 bits), limb1 → limb3 (+8 bits)
    const s2 = (h0 << 8) & 0xffff
    const s3 = ((h1 << 8) | (h0 >>> 8)) & 0xffff
    let c = t0
    h0 = c & 0xffff
    c = t1 + (c >>> 16)
    h1 = c & 0xffff
    c = t2 + s2 + (c >>> 16)
    h2 = c & 0xffff
    c = t3 + s3 + (c >>> 16)
    h3 = c & 0xffff
  }
  const hex = (n: number) => n.toString(16).padStart(4, "0")
  return hex(h3) + hex(h2) + hex(h1) + hex(h0)
}
