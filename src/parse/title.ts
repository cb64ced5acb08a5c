/**
 * The title: which line it is, and what around it is chrome.
 *
 * - With a `hints.title` span (the input named its title field), that block is
 *   the title.
 * - Otherwise the first line is the title when it is shaped like one (at most
 *   300 characters and 40 words, not a credit line or a time stamp); the
 *   layout confirms it when a site suffix ends it, a blank line follows it, or
 *   a time stamp / crawl time follows it. Without such evidence the title is
 *   still taken, and diagnostic KHB-W103 says it was guessed.
 * - A site suffix (`… - BBC Arabic`, `… | Reuters`) is cut as `site-title`;
 *   a desk label before a slash (`سياسي / …`) is cut as `navigation`; a
 *   kicker before a separator (`عاجل | …`, `بالفيديو.. …`, `BREAKING: …`,
 *   `ar/title-kickers.json`, `en/title-kickers.json`) is cut as `other`.
 *
 * @module
 */
import { tokenize, type Tokens } from "../lexicons/key.js"
import type { CompiledLexicons } from "../lexicons/lexicon.js"
import type { Boilerplate } from "../schema/record.js"
import { trimSpan } from "./lines.js"

export interface TitleResult {
  readonly start: number
  readonly end: number
  /** Chrome cut from the title line (site suffix, desk label). */
  readonly cuts: ReadonlyArray<Boilerplate>
  /** True when a site suffix was cut (the text came from a web page's title). */
  readonly hadSiteSuffix: boolean
  /** The keys of the kicker cut before the title (`عاجل | …`: the line is a headline), or null. */
  readonly kickerKeys: ReadonlyArray<string> | null
}

/** What stands between a title and a site suffix: a dash, a bar, a bullet, with blanks around it. */
const SUFFIX_SEPARATORS = new Set([0x2d, 0x2013, 0x2014, 0x7c, 0x2022, 0xb7, 0x0640, 0xff5c])

// The head asks for the same title line twice (to judge it, then to take it): the last answer is kept.
let lastTitle: { readonly lex: CompiledLexicons; readonly text: string; readonly start: number; readonly end: number; readonly result: TitleResult } | null = null

/**
 * Cuts a site suffix and a desk label off the title span `[start, end)`.
 * `all`, when given, is the whole tokenization of the span (not truncated).
 */
export const cleanTitle = (lex: CompiledLexicons, text: string, start: number, end: number, all?: Tokens): TitleResult => {
  const l = lastTitle
  if (l !== null && l.start === start && l.end === end && l.lex === lex && l.text === text) return l.result
  const result = cleanTitleOf(lex, text, start, end, all)
  lastTitle = { lex, text, start, end, result }
  return result
}

const cleanTitleOf = (lex: CompiledLexicons, text: string, start: number, end: number, all: Tokens | undefined): TitleResult => {
  const cuts: Array<Boilerplate> = []
  let s = start
  let e = end
  let hadSiteSuffix = false
  const tokens = all !== undefined && !all.truncated && all.keys.length <= 80 ? all : tokenize(text, s, e, 80)
  if (!tokens.truncated && tokens.keys.length >= 2) {
    const reversed = [...tokens.keys].reverse()
    const m = lex.siteSuffixesReversed.longestAt(reversed, 0)
    // the suffix must end the title (`… (الشرق الأوسط)` is part of a headline)
    const endsTitle = m !== null && trimSpan(text, tokens.ends[tokens.keys.length - 1]!, e) === null
    if (m !== null && endsTitle && m.length < tokens.keys.length) {
      const firstTok = tokens.keys.length - m.length
      // the separator right before the suffix, with a blank before it
      let p = tokens.starts[firstTok]! - 1
      while (p > s && /\s/.test(text[p]!)) p--
      // (`::` too, as some Saudi papers print it: `… :: جريدة الرياض`)
      if (p > s + 1 && text.charCodeAt(p) === 0x3a && text.charCodeAt(p - 1) === 0x3a) p--
      if (p > s && (SUFFIX_SEPARATORS.has(text.charCodeAt(p)) || (text.charCodeAt(p) === 0x3a && text.charCodeAt(p + 1) === 0x3a)) && /\s/.test(text[p - 1]!)) {
        const sepStart = p
        const head = trimSpan(text, s, sepStart)
        if (head !== null) {
          cuts.push({ text: text.slice(sepStart, e), kind: "site-title", rule: m.value, start: sepStart, end: e })
          e = head.end
          hadSiteSuffix = true
        }
      }
    }
  }
  // desk label: `سياسي / …`
  const head = tokenize(text, s, Math.min(e, s + 40), 3)
  if (head.keys.length > 0) {
    const label = lex.sectionLabels.longestAt(head.keys, 0)
    if (label !== null) {
      let p = head.ends[label.length - 1]!
      while (p < e && /\s/.test(text[p]!)) p++
      if (p < e && text.charCodeAt(p) === 0x2f) {
        const rest = trimSpan(text, p + 1, e)
        if (rest !== null) {
          cuts.unshift({
            text: text.slice(s, p + 1),
            kind: "navigation",
            rule: label.value,
            start: s,
            end: p + 1
          })
          s = rest.start
        }
      }
    }
  }
  // a kicker: `عاجل | …`, `بالصور.. …`, `BREAKING: …` (a label, a separator, then a headline of two words or more)
  let kickerKeys: ReadonlyArray<string> | null = null
  const kt = tokenize(text, s, Math.min(e, s + 60), KICKER_TOKENS)
  if (kt.keys.length > 0 && lex.titleKickers.maxLength > 0) {
    const kicker = lex.titleKickers.longestAt(kt.keys, 0)
    if (kicker !== null && kt.keys.length >= kicker.length + 2) {
      const after = kickerSeparatorEnd(text, kt.ends[kicker.length - 1]!, kt.starts[kicker.length]!)
      if (after !== -1) {
        cuts.push({ text: text.slice(s, after), kind: "other", rule: kicker.value, start: s, end: after })
        let h = after
        while (h < e && /\s/.test(text[h]!)) h++
        s = h
        kickerKeys = kt.keys.slice(0, kicker.length)
      }
    }
  }
  return { start: s, end: e, cuts, hadSiteSuffix, kickerKeys }
}

/** Tokens read for a kicker: the longest kicker (three words) and the two words of the headline after it. */
const KICKER_TOKENS = 5

/**
 * Where the separator after a kicker ends, when `[from, to)` (between the
 * kicker's last word and the headline's first) holds one: a colon, a bar, two
 * dots or more, an ellipsis, slashes, or a dash with a blank after it. A
 * closing quote or bracket before it goes with the kicker (`«فيديو» |`); a
 * quote after it opens the headline (`شاهد.. "…"`). Otherwise -1.
 */
const kickerSeparatorEnd = (text: string, from: number, to: number): number => {
  let sep = false
  let dots = 0
  let end = -1
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3a || c === 0x7c || c === 0xff5c || c === 0x2026 || c === 0x2f || c === 0x061b) sep = true
    else if (c === 0x2e) dots++
    else if (c === 0x2d || c === 0x2013 || c === 0x2014) sep ||= i + 1 < to && /\s/.test(text[i + 1]!)
    else if (/\s/.test(text[i]!)) continue
    else if (!sep && dots === 0 && (c === 0xbb || c === 0x201d || c === 0x22 || c === 0x29 || c === 0x5d)) continue
    else if (sep || dots >= 2) return end
    else return -1
    end = i + 1
  }
  return sep || dots >= 2 ? end : -1
}

/** Is the line `[start, end)` shaped like a title? */
export const titleShaped = (text: string, start: number, end: number): boolean => {
  if (end - start > 300) return false
  const t = tokenize(text, start, end, 41)
  return t.keys.length > 0 && !t.truncated
}
