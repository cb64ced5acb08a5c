/**
 * Reading numbers off the token stream: digit tokens (any script, with
 * thousands and decimal separators) and number words in Arabic (every case and
 * gender form, teens, compounds joined by `و`, hundreds, scales with their
 * dual and plural) and English (`twenty-one`, `two hundred and fifty`,
 * `1.5 million`, `3bn`).
 *
 * @module
 */
import type { NumberLexicons, WordRole } from "./lexicon.js"
import { NUM, PUNCT, WORD, type Tokens } from "../internal/tokens.js"

/**
 * The value of a number token's key (ASCII digits with `.` and `,`):
 * `1,500,000` → 1500000, `35,5` → 35.5, `1.13` → 1.13, `1.000.000` → 1000000.
 * Returns null for shapes that are no single number (`10.8.2015`).
 */
export const numberValue = (key: string): number | null => {
  let dots = 0
  let commas = 0
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i)
    if (c === 0x2e) dots++
    else if (c === 0x2c) commas++
  }
  if (dots === 0 && commas === 0) return Number(key)
  const groupsOf3 = (sep: string) => key.split(sep).every((g, i) => (i === 0 ? g.length >= 1 && g.length <= 3 : g.length === 3))
  if (dots > 0 && commas > 0) {
    const lastDot = key.lastIndexOf(".")
    const lastComma = key.lastIndexOf(",")
    const [thousands, decimal] = lastDot > lastComma ? [",", "."] : [".", ","]
    const [intPart, frac] = [key.slice(0, Math.max(lastDot, lastComma)), key.slice(Math.max(lastDot, lastComma) + 1)]
    if (intPart.includes(decimal) || !intPart.split(thousands).every((g, i) => (i === 0 ? g.length <= 3 : g.length === 3))) return null
    return Number(intPart.split(thousands).join("") + "." + frac)
  }
  if (commas > 0) {
    if (commas > 1 || key.split(",")[1]!.length === 3) return groupsOf3(",") ? Number(key.split(",").join("")) : null
    return Number(key.replace(",", "."))
  }
  if (dots > 1) return groupsOf3(".") ? Number(key.split(".").join("")) : null
  return Number(key)
}

/** A number read off the tokens: tokens `[from, to)`, its value, and letters left out at the start (a `و`). */
export interface ReadNumber {
  readonly from: number
  readonly to: number
  readonly value: number
  /** Letters of token `from` that are not part of the number (`وثلاثة` → 1). */
  readonly strip: number
  /** True when the number is made of words only. */
  readonly words: boolean
}

const WAW = "\u0648"

const rolesOf = (lex: NumberLexicons, key: string, hamzaAfterWaw: boolean): { roles: ReadonlyArray<WordRole>; strip: number } | null => {
  const r = lex.words.get(key)
  // folding makes وأحد (and one) and واحد (one) the same key: the hamza of the original decides
  if (r !== undefined && !(hamzaAfterWaw && key[0] === WAW && lex.words.has(key.slice(1)))) return { roles: r, strip: 0 }
  if (key.length > 2 && key[0] === WAW) {
    const r2 = lex.words.get(key.slice(1))
    if (r2 !== undefined) return { roles: r2, strip: 1 }
  }
  return null
}

const find = <R extends WordRole["role"]>(roles: ReadonlyArray<WordRole>, role: R): Extract<WordRole, { role: R }> | undefined =>
  roles.find((r) => r.role === role) as Extract<WordRole, { role: R }> | undefined

/**
 * Reads number words starting at token `i` (not past `limit`). A lone word
 * that is also an ordinary word (`أحد`, `ست`, `one`) is not a number.
 */
export const readNumberWords = (lex: NumberLexicons, t: Tokens, i: number, limit: number): ReadNumber | null => {
  if (t.kinds[i] !== WORD) return null
  let total = 0
  let current = 0
  let lastUnit = 0
  let j = i
  let end = i
  let strip = 0
  let items = 0
  let pendingConnector = false
  while (j < limit) {
    const kind = t.kinds[j]
    const key = t.keys[j]!
    if (kind === PUNCT && key === "-" && items > 0 && t.spaced[j] === 0 && t.spaced[j + 1] === 0) {
      pendingConnector = true
      j++
      continue
    }
    if (kind !== WORD) break
    if (items > 0 && (key === WAW || key === "and")) {
      pendingConnector = true
      j++
      continue
    }
    const frac = items === 0 ? lex.fractionPhrases.longestAt(t.keys, j, limit) : null
    if (frac !== null && frac.length > 1) {
      current = frac.value
      items++
      j += frac.length
      end = j
      continue
    }
    const second = t.view.text.charCodeAt(t.starts[j]! + 1)
    const found = rolesOf(lex, key, second === 0x0623 || second === 0x0625)
    if (found === null) break
    const connector = found.strip === 1 || pendingConnector
    if (items === 0 && found.strip === 1) strip = 1
    const { roles } = found
    const unit = find(roles, "unit")
    const teenUnit = find(roles, "teenUnit")
    const ten = find(roles, "ten")
    const hundred = find(roles, "hundred")
    const scale = find(roles, "scale")
    const fraction = find(roles, "fraction")
    const nextRoles = j + 1 < limit && t.kinds[j + 1] === WORD ? lex.words.get(t.keys[j + 1]!) : undefined
    const nextIsTeenTen = nextRoles !== undefined && find(nextRoles, "teenTen") !== undefined
    if ((unit !== undefined || teenUnit !== undefined) && nextIsTeenTen && (items === 0 || connector)) {
      // أحد عشر, اثنا عشر, ثلاثة عشر … تسعة عشر
      current += (unit ?? teenUnit)!.value + 10
      lastUnit = 0
      j += 2
    } else if (scale !== undefined && (items > 0 || scale.form === "dual" || scale.form === "singular")) {
      if (scale.form === "plural") {
        // ثلاثة آلاف: a plural scale multiplies 3–10; alone (آلاف) it is no count
        if (current < 3 || current > 10) break
      }
      let mult = current
      if (mult === 0) mult = scale.form === "dual" ? 2 : 1
      total += mult * scale.value
      current = 0
      lastUnit = 0
      j++
    } else if (hundred !== undefined) {
      if (items > 0 && !connector && lastUnit > 0 && hundred.value === 100) {
        // ثلاث مئة, two hundred
        current = current - lastUnit + lastUnit * 100
      } else if (items === 0 || connector) current += hundred.value
      else break
      lastUnit = 0
      j++
    } else if (ten !== undefined && (items === 0 || connector || lastUnit === 0)) {
      if (items > 0 && current % 100 >= 10 && !connector) break
      current += ten.value
      lastUnit = 0
      j++
    } else if (unit !== undefined && (items === 0 || connector)) {
      current += unit.value
      lastUnit = unit.value
      j++
    } else if (fraction !== undefined && items === 0) {
      current = fraction.value
      j++
    } else break
    pendingConnector = false
    items++
    end = j
  }
  if (items === 0) return null
  const value = total + current
  if (value === 0) return null
  if (items === 1 && end === i + 1 && lex.standaloneExclusions.has(t.keys[i]!.slice(strip))) return null
  if (items === 1 && current > 0 && current < 1) return null
  return { from: i, to: end, value, strip, words: true }
}

/**
 * Reads a number at token `i`: digits (with a scale word or suffix after
 * them: `20 مليون`, `3 آلاف`, `1.13bn`, `1.5 million`) or number words.
 */
export const readNumber = (lex: NumberLexicons, t: Tokens, i: number, limit: number): ReadNumber | null => {
  if (t.kinds[i] === NUM) {
    const v = numberValue(t.keys[i]!)
    if (v === null || !Number.isFinite(v)) return null
    let value = v
    let to = i + 1
    if (to < limit && t.kinds[to] === WORD) {
      const k = t.keys[to]!
      const glued = t.spaced[to] === 0
      const suffix = glued ? lex.suffixes.get(k) : undefined
      if (suffix !== undefined) {
        value = v * suffix
        to++
      } else {
        const r = lex.words.get(k)
        const scale = r === undefined ? undefined : find(r, "scale")
        if (scale !== undefined) {
          value = v * scale.value
          to++
        }
      }
    }
    return { from: i, to, value, strip: 0, words: false }
  }
  return readNumberWords(lex, t, i, limit)
}
