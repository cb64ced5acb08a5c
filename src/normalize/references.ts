/**
 * HTML character references left in scraped text (`&quot;`, `&#233;`, `&#x2019;`): reading one at a position.
 *
 * Named references are the 252 of HTML 4.01 and `&apos;` (`character-references.json`, validated on first use),
 * always with their semicolon and in their exact case. Numeric references follow the WHATWG rules for the code points
 * a text may hold: 128–159 are read as the Windows-1252 characters a page meant (`&#150;` → `–`), and a reference to a
 * control character, a surrogate, a noncharacter or beyond U+10FFFF is not read (it stays as written). A reference is
 * at most 10 code units long (`&#x10FFFF;`), so reading one costs a bounded number of steps whatever the text.
 *
 * @module
 * @internal
 */
import data from "./character-references.json" with { type: "json" }

/** The longest reference: `&#x10FFFF;` and `&thetasym;` are 10 code units. */
export const MAX_REFERENCE = 10

let NAMED: Map<string, number> | undefined

/** The named references, validated on first use. */
const named = (): Map<string, number> => {
  if (NAMED !== undefined) return NAMED
  const file = data as { readonly id?: unknown; readonly source?: unknown; readonly references?: unknown }
  const refs = file.references
  if (file.id !== "character-references" || typeof file.source !== "string" || file.source.length === 0 || typeof refs !== "object" || refs === null)
    throw new TypeError("character-references.json: expected { id: \"character-references\", source, references }")
  const m = new Map<string, number>()
  for (const [name, cp] of Object.entries(refs)) {
    if (!/^[A-Za-z][A-Za-z0-9]{1,7}$/.test(name)) throw new TypeError(`character-references.json: bad name ${JSON.stringify(name)}`)
    if (typeof cp !== "number" || !Number.isInteger(cp) || cp < 0x20 || cp > 0x10ffff) throw new TypeError(`character-references.json: bad code point for ${name}`)
    m.set(name, cp)
  }
  NAMED = m
  return m
}

/** Windows-1252's characters for 0x80–0x9F (0 where it has none), as HTML reads numeric references in that range. */
const CP1252 = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178
]

/** The code point a numeric reference may stand for, or -1 (a control character, a surrogate, a noncharacter, too large). */
const allowed = (cp: number): number => {
  if (cp >= 0x80 && cp <= 0x9f) return CP1252[cp - 0x80] || -1
  if (cp < 0x20 || cp === 0x7f || cp > 0x10ffff) return -1
  if (cp >= 0xd800 && cp <= 0xdfff) return -1
  if ((cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe) return -1
  return cp
}

/** The code point of the last reference {@link referenceLength} read. */
export let referenceValue = -1

/**
 * The length of the character reference whose `&` is at `i` in `text` (read no further than `to`), or 0 when none
 * stands there; on success {@link referenceValue} holds its code point.
 */
export const referenceLength = (text: string, i: number, to: number): number => {
  if (text.charCodeAt(i) !== 0x26) return 0
  let j = i + 1
  const start = i
  const max = Math.min(to, start + MAX_REFERENCE)
  if (j < max && text.charCodeAt(j) === 0x23) {
    j++
    let hex = false
    if (j < max && (text.charCodeAt(j) | 0x20) === 0x78) {
      hex = true
      j++
    }
    const first = j
    let cp = 0
    while (j < max) {
      const c = text.charCodeAt(j)
      let d: number
      if (c >= 0x30 && c <= 0x39) d = c - 0x30
      else if (hex && (c | 0x20) >= 0x61 && (c | 0x20) <= 0x66) d = (c | 0x20) - 0x57
      else break
      cp = cp * (hex ? 16 : 10) + d
      j++
    }
    if (j === first || j >= max || text.charCodeAt(j) !== 0x3b) return 0
    const v = allowed(cp)
    if (v < 0) return 0
    referenceValue = v
    return j + 1 - start
  }
  const first = j
  while (j < max) {
    const c = text.charCodeAt(j)
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) j++
    else break
  }
  if (j === first || j >= max || text.charCodeAt(j) !== 0x3b) return 0
  const v = named().get(text.slice(first, j))
  if (v === undefined) return 0
  referenceValue = v
  return j + 1 - start
}
