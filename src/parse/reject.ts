/**
 * Pages that are not articles: no text, a section or error page, a body with
 * no paragraph of text, a list of links, or a list of teasers.
 *
 * @module
 */
import type { Context } from "./context.js"
import { isArabicBaseLetter } from "../internal/letters.js"

export interface BodySpan {
  readonly start: number
  readonly end: number
}

/**
 * Words that tie a paragraph to the one before (`كما …`, `لكنها …`, `ثم …`, `إلا أن …`, `غير أن …`), as `و` does: a
 * teaser opens a story of its own and never with one of them. Each is a whole word, or `لكن` with a pronoun.
 */
const LINKS = ["\u0643\u0645\u0627", "\u062b\u0645", "\u0625\u0644\u0627", "\u063a\u064a\u0631"]
const LAKIN = "\u0644\u0643\u0646"


/** Whether the paragraph `[start, end)` opens with one of {@link LINKS} (then a space) or with `لكن` (then a space or a pronoun). */
const opensWithLink = (text: string, start: number, end: number): boolean => {
  let e = start
  while (e < end && e - start < 8 && isArabicBaseLetter(text.charCodeAt(e))) e++
  if (e >= end || isArabicBaseLetter(text.charCodeAt(e))) return false
  const word = text.slice(start, e)
  return LINKS.includes(word) || (word.startsWith(LAKIN) && word.length <= 6)
}

/** Why the title marks a section, index or error page, or null. */
export const sectionPageReason = (ctx: Context): string | null => {
  if (ctx.titleKey === null || !ctx.lex.sectionPages.has(ctx.titleKey)) return null
  return `a section, index or error page (its title "${ctx.title?.text ?? ""}" names a page of links, not a story)`
}

/** Why the body is not an article's body, or null when it is one. */
export const bodyReason = (
  ctx: Context,
  paragraphs: ReadonlyArray<BodySpan>,
  cutCount: number,
  /** Words per paragraph (counted up to 13). */
  counts: ReadonlyArray<number>
): string | null => {
  if (paragraphs.length === 0) {
    if (ctx.title !== null) {
      return cutCount > 0
        ? `no body: after the title, only page chrome (${cutCount} piece${cutCount === 1 ? "" : "s"} cut)`
        : "no body: the page has a title and nothing else"
    }
    return "no body: the text is only page chrome"
  }
  let longest = 0
  let total = 0
  for (const c of counts) {
    if (c > longest) longest = c
    total += c
  }
  // a page signed by its author is a story, a poem of short lines included
  if (paragraphs.length >= 6 && longest <= 10 && ctx.byline === null) {
    return `an index page: ${paragraphs.length} short lines and no paragraph of text`
  }
  if (longest < 6 && total < 12) {
    return `no sentence-like paragraph: ${paragraphs.length} short line${paragraphs.length === 1 ? "" : "s"} (${total} words)`
  }
  // a web page's section title over a list of teasers, each a story of its own; a title with a media kicker
  // (`بالصور: …`, `فيديو | …`) is one story told in captions or clips, not a list
  if (ctx.hadSiteSuffix && ctx.titleKey !== null && ctx.kickerKey === null && ctx.titleTokens <= 5 && paragraphs.length >= 5) {
    let arabic = 0
    let continuing = 0
    for (const p of paragraphs) {
      const c = ctx.text.charCodeAt(p.start)
      if (isArabicBaseLetter(c)) arabic++
      if ((c === 0x0648 && p.end - p.start > 3) || opensWithLink(ctx.text, p.start, p.end)) continuing++
    }
    if (arabic >= paragraphs.length * 0.8 && continuing < paragraphs.length * 0.15) {
      return `an index page: a section title over ${paragraphs.length} teasers, none continuing the one before`
    }
  }
  return null
}
