/**
 * Entity extraction over regions of a text: the one code path behind the
 * pipeline stage and `khabar tag`.
 *
 * @module
 */
import type { Entity } from "../../schema/record.js"
import { linkMentions } from "./link.js"
import { mentionsOf, type Mention } from "./mentions.js"
import { tagUnits, type Tagger } from "./tagger.js"
import { segment, type Unit } from "./text.js"

/** A region `[start, end)` of the text to read (a title, a paragraph). */
export interface Region {
  readonly start: number
  readonly end: number
}

/** The mentions of the given regions, in text order, before linking. */
export const findMentions = (text: string, regions: ReadonlyArray<Region>, tagger: Tagger): Array<Mention> => {
  const found: Array<Mention> = []
  const sentences: Array<ReadonlyArray<Unit>> = []
  for (const r of regions) {
    for (const units of segment(text, r.start, r.end, { lang: tagger.lang, isKnown: tagger.gazetteer.isKnown })) {
      const tagged = tagUnits(tagger, units)
      for (const m of mentionsOf(text, units, tagged, tagger.lang)) found.push(m)
      sentences.push(units)
    }
  }
  const more = propagate(sentences, found, tagger.lang)
  if (more.length === 0) return found
  return [...found, ...more].sort((a, b) => a.start - b.start)
}

const ALEF_LAM = "\u0627\u0644"

/**
 * Names the model found once, found again where it missed them in the same
 * document: the full words of every mention, and the last word (surname) of
 * a person's name of two words or more (`بوتين` after `فلاديمير بوتين`,
 * `Putin` in a headline). English matches must be capitalized; an Arabic
 * single word with the article (`العربي`) is only taken as a surname. These
 * mentions have confidence 0.5.
 */
const propagate = (sentences: ReadonlyArray<ReadonlyArray<Unit>>, found: ReadonlyArray<Mention>, lang: "ar" | "en"): Array<Mention> => {
  if (found.length === 0) return []
  const keys = new Map<string, { type: Mention["type"]; length: number }>()
  let longest = 0
  const add = (words: ReadonlyArray<string>, type: Mention["type"], surname: boolean) => {
    if (words.length === 0) return
    const key = words.join(" ")
    if (words.length === 1 && (key.length < 3 || (lang === "ar" && key.startsWith(ALEF_LAM) && !surname))) return
    if (!keys.has(key)) keys.set(key, { type, length: words.length })
    longest = Math.max(longest, words.length)
  }
  for (const m of found) {
    const words = m.units.filter((u) => u.kind === "word").map((u) => u.core)
    add(words, m.type, false)
    if (m.type === "PERSON" && words.length >= 2) add(words.slice(-1), m.type, true)
  }
  const taken = found.map((m) => [m.start, m.end] as const)
  const free = (start: number, end: number) => taken.every(([a, b]) => end <= a || start >= b)
  const out: Array<Mention> = []
  for (const units of sentences) {
    let i = 0
    while (i < units.length) {
      let match = 0
      let info: { type: Mention["type"]; length: number } | undefined
      let key = ""
      for (let k = 0; k < longest && i + k < units.length; k++) {
        const u = units[i + k]!
        if (u.kind !== "word") break
        key = k === 0 ? u.core : `${key} ${u.core}`
        const hit = keys.get(key)
        if (hit !== undefined) {
          match = k + 1
          info = hit
        }
      }
      const first = units[i]!
      const capitalOk = lang === "ar" || (first.text.charCodeAt(0) >= 0x41 && first.text.charCodeAt(0) <= 0x5a)
      if (info !== undefined && capitalOk && free(first.nameStart, units[i + match - 1]!.end)) {
        const span = units.slice(i, i + match)
        out.push({ type: info.type, start: first.nameStart, end: span[span.length - 1]!.end, units: span, role: null, confidence: 0.5 })
        i += match
      } else i++
    }
  }
  return out
}

/**
 * The entities of `text` inside `regions` (default: the whole text), linked
 * across the regions: spans into `text`, canonical forms, ids and roles.
 * `tagger`: `bundledTagger("ar" | "en")` for the shipped models.
 */
export const extractEntities = (text: string, tagger: Tagger, regions: ReadonlyArray<Region> = [{ start: 0, end: text.length }]): Array<Entity> =>
  linkMentions(text, findMentions(text, regions, tagger))
