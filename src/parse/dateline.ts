/**
 * Datelines and bylines from credits: which credits are accepted where, and
 * how an accepted credit becomes the document's `dateline` and `byline`.
 *
 * - In the author field (`hints.author`) any well-formed credit is accepted,
 *   names alone included (`فهد سالم`).
 * - On a line of its own in the header, a credit needs evidence: an agency or
 *   outlet, a known place, or a role word (`بقلم`, `By`).
 * - As the start of the first paragraph (`بيروت (رويترز) - …`,
 *   `WASHINGTON (AP) — …`, `عبدالله سالم- سبق- جدة: …`), a credit ends at a
 *   colon or a dash and needs an agency, an outlet or a place from the lexicon.
 *
 * @module
 */
import { foldClass, type Tokens } from "../lexicons/key.js"
import { notePublished, type Context } from "./context.js"
import { readCreditCapped, type Credit } from "./credit.js"
import type { LineState } from "./state.js"

/** Cuts the credit in `[st.lo, regionEnd)` off the front of the line into dateline / byline pieces. */
export const applyCredit = (ctx: Context, st: LineState, c: Credit, regionEnd: number): void => {
  const spans: Array<{ readonly which: "dateline" | "byline" | "rest"; readonly start: number; readonly end: number }> = []
  if (c.dateline !== null) spans.push({ which: "dateline", ...c.dateline })
  if (c.byline !== null) spans.push({ which: "byline", ...c.byline })
  if (c.rest !== null) spans.push({ which: "rest", ...c.rest })
  spans.sort((a, b) => a.start - b.start)
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k]!
    const end = k === spans.length - 1 ? regionEnd : s.end
    if (s.which === "dateline") {
      if (ctx.dateline === null) {
        const p = st.cutFront(end, "dateline")
        if (p !== null) {
          const date = c.date === null ? null : ctx.text.slice(c.date.start, c.date.end)
          ctx.dateline = {
            text: ctx.text.slice(p.start, p.end),
            places: [...c.places],
            agencies: [...c.agencies],
            date,
            start: p.start,
            end: p.end
          }
          notePublished(ctx, c.date?.ymd, "dateline")
        }
      } else {
        st.cutFront(end, "boilerplate", "credit", "heuristic:second-credit")
      }
    } else if (s.which === "rest") {
      st.cutFront(end, "boilerplate", "credit", "heuristic:credit-rest")
    } else if (ctx.byline === null && c.persons.length > 0) {
      const p = st.cutFront(end, "byline")
      if (p !== null) ctx.byline = { names: [...c.persons], start: p.start, end: p.end }
    } else {
      st.cutFront(end, "boilerplate", "credit", ctx.byline === null ? "heuristic:credit-role" : "heuristic:second-byline")
    }
  }
  if (st.lo < regionEnd) st.cutFront(regionEnd, "boilerplate", "credit", "heuristic:credit-rest")
}

/** A credit that fills a whole author field. `all`, when given, is the whole tokenization of `[start, end)`. */
export const authorCredit = (ctx: Context, start: number, end: number, all?: Tokens): Credit | null => {
  const c = readCreditCapped(ctx.lex, ctx.text, start, end, 24, all)
  if (c === null || c.unknown > 0 || c.tokenCount > 24 || (c.dateline === null && c.byline === null)) return null
  if (c.dateline === null && c.persons.length === 0) return null
  return c
}

/**
 * A credit on a header line of its own: needs an agency, a known place or a
 * role word. `all`, when given, is the whole tokenization of `[start, end)`.
 */
export const lineCredit = (ctx: Context, start: number, end: number, all?: Tokens): Credit | null => {
  const c = readCreditCapped(ctx.lex, ctx.text, start, end, 16, all)
  if (c === null || c.unknown > 0 || c.tokenCount > 16) return null
  // (or a writer's name over a full date, without a role word: `سارة محمود 30 نوفمبر 2026`)
  if (c.agencies.length === 0 && c.knownPlaces === 0 && !c.hasRole && !(c.persons.length > 0 && c.date?.ymd != null)) return null
  if (c.hasRole && c.persons.length === 0 && c.dateline === null) return null
  return c
}

/** Whether a capitalized Latin word of at most four letters stands right before `i` (`Nov`, `Gen`, `St`). */
const shortWordBefore = (text: string, i: number): boolean => {
  let w = i
  while (w > 0 && /[A-Za-z]/.test(text[w - 1]!)) w--
  return i - w >= 1 && i - w <= 4 && /[A-Z]/.test(text[w]!)
}

const isDashAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i)
  if (c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2012 || c === 0x2015) return true
  if (c === 0x0640) return foldClass(text.charCodeAt(i - 1)) === -1
  return false
}

/**
 * A credit at the start of the first paragraph, ending at a colon, a dash or
 * a slash after an agency (`/وام/`) within the first 110 characters, or with
 * an outlet that follows a dash (`سالم أحمد – عين اليوم أعلنت …`); the
 * longest valid one wins.
 */
export const prefixCredit = (ctx: Context, st: LineState): { readonly credit: Credit; readonly end: number } | null => {
  const text = ctx.text
  const limit = Math.min(st.hi - 1, st.lo + 110)
  const ends: Array<number> = []
  for (let i = st.lo + 1; i < limit && ends.length < 8; i++) {
    const c = text.charCodeAt(i)
    // a slash that closes an agency's name (`القاهرة في 30 نوفمبر /أ ش أ/ …`, `/ وام /`)
    if (c === 0x2f && i > st.lo + 3 && (i + 1 >= st.hi || /\s/.test(text[i + 1]!))) ends.push(i + 1)
    // AP's plain-text dash after the agency: `DUBAI, United Arab Emirates (AP) _`
    else if (c === 0x5f && text.charCodeAt(i - 1) === 0x20 && text.charCodeAt(i - 2) === 0x29 && text.charCodeAt(i + 1) === 0x20) ends.push(i + 1)
    else if (c === 0x3a || c === 0xff1a || isDashAt(text, i)) {
      // a dash glued inside a Latin word (France-Presse) is no terminator
      if (c === 0x2d && /[A-Za-z]/.test(text[i - 1]!) && /[A-Za-z]/.test(text[i + 1]!)) continue
      ends.push(i + 1)
    }
    // a sentence ended (not an abbreviation's period: `CAIRO, Egypt, Nov. 30 (AP) —`)
    if (c === 0x2e && text.charCodeAt(i - 1) !== 0x2e && i - st.lo > 12 && /\s/.test(text[i + 1] ?? " ") && !shortWordBefore(text, i)) break
  }
  const head = st.tokens(16)
  // a credit that ends with its outlet and no terminator, the text right after it
  // (`سالم أحمد – عين اليوم أعلنت …`): the outlet must follow a dash
  for (let t = 1; t < head.keys.length && head.starts[t]! < limit; t++) {
    const src = ctx.lex.sources.longestAt(head.keys, t)
    if (src === null || t + src.length >= head.keys.length) continue
    let dash = false
    for (let i = head.ends[t - 1]!; i < head.starts[t]! && !dash; i++) dash = isDashAt(text, i)
    // a hyphen inside a Latin word is no separator (`Ex-BBC presenter`); between Arabic words it is (`دمشق-سانا`)
    if (!dash || (head.starts[t]! - head.ends[t - 1]! === 1 && /[A-Za-z]/.test(text[head.starts[t]!]!))) continue
    const end = head.ends[t + src.length - 1]!
    if (!ends.includes(end)) ends.push(end)
  }
  if (ends.length === 0) return null
  ends.sort((x, y) => x - y)
  // cheap pre-check: some token before the last terminator must be able to start an agency, outlet or place
  let anchored = false
  for (let t = 0; t < head.keys.length && head.starts[t]! < ends[ends.length - 1]!; t++) {
    if (ctx.lex.anchorFirstTokens.has(head.keys[t]!)) {
      anchored = true
      break
    }
  }
  if (!anchored) return null
  for (let k = ends.length - 1; k >= 0; k--) {
    const end = ends[k]!
    const c = readCreditCapped(ctx.lex, text, st.lo, end, 12)
    if (c === null || c.unknown > 0 || c.tokenCount > 12 || c.tokenCount === 0) continue
    if (c.agencies.length === 0 && c.lexiconPlaces === 0) continue
    if (c.dateline === null) continue
    // the body must go on after it
    const rest = st.tokens(8)
    if (rest.keys.length < 3) continue
    let after = 0
    for (let t = 0; t < rest.keys.length; t++) if (rest.starts[t]! >= end) after++
    if (after < 2 && !rest.truncated) continue
    return { credit: c, end }
  }
  return null
}
