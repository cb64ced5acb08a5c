/**
 * From tagged units to mentions: spans in the original text, clitics left
 * out, titles moved to the role, and the role read from the words next to a
 * person's name.
 *
 * - Span: from the first unit's `nameStart` (after `و`, `ف`, `ب`, `ك`, `ل`;
 *   the article `ال` stays: `والأمم المتحدة` → `الأمم المتحدة`, `بسوريا` →
 *   `سوريا`) to the last unit's end. A trailing possessive `'s` is left out.
 * - A person's mention that opens with title or honorific words
 *   (`الرئيس بوتين` tagged as one name) loses them to its role.
 * - Role, before the name: Arabic reads from the first title word to the
 *   name, across nisba adjectives, places, organisations and further title
 *   words (`الرئيس الروسي فلاديمير بوتين` → `الرئيس الروسي`, `أمير قطر
 *   الشيخ تميم` → `أمير قطر`); English also takes the modifiers before the
 *   title (`Russian President Vladimir Putin` → `Russian President`,
 *   `White House spokesman Josh Earnest` → `White House spokesman`).
 *   After the name (apposition): `محمد بن سلمان ولي العهد السعودي` →
 *   `ولي العهد السعودي`; `Putin, the Russian president,` → `the Russian president`.
 *
 * @module
 */
import type { EntityType } from "../../schema/record.js"
import { TAG_COUNT, tagPosition, tagType } from "./decode.js"
import { isNisba } from "./features.js"
import type { Lang } from "./gazetteer.js"
import type { Tagged } from "./tagger.js"
import type { Unit } from "./text.js"

/** A mention before linking. */
export interface Mention {
  readonly type: EntityType
  readonly start: number
  readonly end: number
  /** The units of the mention (clitics of the first one left out of the span). */
  readonly units: ReadonlyArray<Unit>
  readonly role: string | null
  readonly confidence: number
}

const TYPE_NAMES: ReadonlyArray<EntityType> = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"]

// gazetteer mask bits (see CATEGORIES in gazetteer.ts: LOC ORG PER MISC TITLE HONORIFIC ORGWORD LOCWORD)
const LOC = 0b11
const ORG = 0b11 << 2
const MISC = 0b11 << 6
const TITLE = 0b11 << 8
const TITLE_B = 1 << 8
const HONORIFIC = 0b11 << 10

const EN_LINKS = new Set(["of", "the", "'s", "for", "and", "-"])
const EN_ARTICLES = new Set(["the", "a", "an"])

const isCapitalized = (u: Unit): boolean => {
  const c = u.text.charCodeAt(0)
  return c >= 0x41 && c <= 0x5a
}

/** Role words: titles, honorifics, the modifiers that may stand among them, and the small words that link them. */
const classify = (u: Unit, mask: number, lang: Lang): "title" | "honorific" | "modifier" | "link" | null => {
  if ((mask & TITLE) !== 0) return "title"
  if ((mask & HONORIFIC) !== 0) return "honorific"
  if ((mask & (LOC | ORG | MISC)) !== 0) return "modifier"
  if (u.kind !== "word") return null
  if (lang === "ar") {
    if (u.article) return "modifier"
    // لشؤون، للأمم: a preposition that links a title to its complement
    return u.text.charCodeAt(0) === 0x0644 && u.text.length >= 4 ? "link" : null
  }
  if (EN_LINKS.has(u.norm)) return "link"
  return isCapitalized(u) ? "modifier" : null
}

const slice = (text: string, units: ReadonlyArray<Unit>, first: number, last: number): string =>
  text.slice(units[first]!.nameStart, units[last]!.end)

/** The role before unit `s` (exclusive), as `[first, last]` unit indexes, or null. */
const roleBefore = (units: ReadonlyArray<Unit>, gaz: Uint16Array, s: number, lang: Lang): { first: number; last: number; titled: boolean } | null => {
  let leftmostTitle = -1
  let leftmost = -1
  for (let j = s - 1; j >= 0 && s - j <= 10; j--) {
    const k = classify(units[j]!, gaz[j]!, lang)
    if (k === null) break
    leftmost = j
    if (k === "title" || k === "honorific") leftmostTitle = j
  }
  if (leftmostTitle < 0) return null
  // Arabic modifiers follow their head: the role starts at a title; English ones come before it
  let first = lang === "ar" ? leftmostTitle : leftmost
  while (first < s - 1 && classify(units[first]!, gaz[first]!, lang) === "link") first++
  let last = s - 1
  let titled = false
  for (let j = first; j <= last; j++) if ((gaz[j]! & TITLE) !== 0) titled = true
  if (titled) {
    // honorifics next to the name (أمير قطر الشيخ تميم) stay out of a role that has a title
    while (last > first && (gaz[last]! & TITLE) === 0 && (gaz[last]! & HONORIFIC) !== 0) last--
  } else if (lang === "en") return null
  return { first, last, titled }
}

/** The role after unit `e` (exclusive end of the name), or null. */
const roleAfter = (units: ReadonlyArray<Unit>, gaz: Uint16Array, e: number, lang: Lang): { first: number; last: number } | null => {
  let j = e
  if (lang === "ar") {
    if (j >= units.length || (gaz[j]! & TITLE_B) === 0) return null
  } else {
    if (j < units.length && units[j]!.norm === ",") j++
    if (j < units.length && EN_ARTICLES.has(units[j]!.norm)) j++
  }
  const first = j
  let last = -1
  let titled = false
  for (; j < units.length && j - first < 8; j++) {
    const k = classify(units[j]!, gaz[j]!, lang)
    if (k === null) break
    // after the name, an Arabic role goes on only through nisba adjectives and names (not the object of the verb)
    if (lang === "ar" && k === "modifier" && (gaz[j]! & (LOC | ORG | MISC)) === 0 && !isNisba(units[j]!)) break
    if (k === "title") titled = true
    if (k !== "link") last = j
    // English apposition ends at the title (", the Russian president, said")
    if (lang === "en" && titled && k === "title" && !(j + 1 < units.length && EN_LINKS.has(units[j + 1]!.norm))) break
  }
  if (!titled || last < first) return null
  // an English apposition keeps its article: "the Russian president"
  return { first: lang === "en" ? e + (units[e]?.norm === "," ? 1 : 0) : first, last }
}

/**
 * Confidence of tags `[first, last]`: at each unit, the softmax over tags of
 * the best whole-sentence score with that tag there (max-marginals, see
 * `maxMarginals`), taken at the chosen tag; the lowest over the mention. 1
 * when no other tag comes close, 0.5 for a tie. A ranking signal, not a
 * calibrated probability.
 */
const confidenceOf = (marginals: Float64Array, tags: Int8Array, first: number, last: number): number => {
  let min = 1
  for (let i = first; i <= last; i++) {
    const o = i * TAG_COUNT
    const chosen = marginals[o + tags[i]!]!
    let z = 0
    for (let t = 0; t < TAG_COUNT; t++) {
      const m = marginals[o + t]!
      if (m !== Number.NEGATIVE_INFINITY) z += Math.exp(m - chosen)
    }
    min = Math.min(min, 1 / z)
  }
  return Math.round(min * 1000) / 1000
}

/** The mentions of one tagged sentence. */
export const mentionsOf = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, lang: Lang): Array<Mention> => {
  const { tags } = tagged
  const gaz = tagged.gaz
  const out: Array<Mention> = []
  const n = units.length
  let i = 0
  while (i < n) {
    const t = tags[i]!
    if (tagPosition(t) === 0) {
      i++
      continue
    }
    const type = tagType(t)
    let j = i + 1
    while (j < n && tagPosition(tags[j]!) === 2 && tagType(tags[j]!) === type) j++
    let first = i
    let last = j - 1
    i = j
    // a possessive 's or a punctuation mark never ends a name
    while (last > first && (units[last]!.norm === "'s" || units[last]!.kind === "punct")) last--
    while (first < last && units[first]!.kind === "punct") first++
    if (units[first]!.kind === "punct" || units[first]!.norm === "'s") continue
    // a lone nisba adjective is not a person's name (الرئيس الروسي: the title's adjective, not a name)
    if (type === 0 && lang === "ar" && first === last && isNisba(units[first]!) && (first === 0 || (gaz[first - 1]! & TITLE) !== 0)) continue
    const confidence = confidenceOf(tagged.marginals, tags, first, last)
    let role: string | null = null
    if (type === 0) {
      // titles tagged as part of the name go to the role
      let k = first
      while (k < last && (gaz[k]! & (TITLE | HONORIFIC)) !== 0) k++
      const inner = k > first ? slice(text, units, first, k - 1) : null
      first = k
      const before = roleBefore(units, gaz, first, lang)
      const after = roleAfter(units, gaz, last + 1, lang)
      if (before !== null && (before.titled || after === null)) role = slice(text, units, before.first, before.last)
      else if (after !== null) role = slice(text, units, after.first, after.last)
      else if (inner !== null) role = inner
      if (role !== null && lang === "en" && before === null && after === null && inner !== null && !/[A-Z]/.test(inner.charAt(0))) role = null
    }
    out.push({
      type: TYPE_NAMES[type]!,
      start: units[first]!.nameStart,
      end: units[last]!.end,
      units: units.slice(first, last + 1),
      role,
      confidence
    })
  }
  return out
}
