/**
 * Islamic feasts named without a date (`خلال أيام عيد الفطر المبارك`, `بمناسبة عيد الأضحى الماضي`, `يوم عرفة`): each is
 * a day of the Hijri year (`islamicFeasts` in `calendar-words.json`: `عيد الفطر` is 1 Shawwal), read as a Hijri date
 * with no year, so that it resolves as `الأول من شوال` does: the occurrence nearest the reference, or the one a
 * direction word of the date lexicon after it names (`الماضي`, `المقبل`), converted with the Umm al-Qura calendar. `كل عيد فطر` and
 * `في كل عيد أضحى` (every feast) are no date. `العيد` alone, as a time (`خلال أيام العيد`, `قبل العيد`), is the one Eid
 * the text named before it ({@link withBareEid}).
 *
 * Regular expressions of literal words with `\s+` between them (the feasts' forms, `العيد`), linear on any text.
 *
 * @module
 * @internal
 */
import type { Expr } from "./expr.js"
import type { DateCandidate } from "./extract.js"
import { foldKey } from "../internal/tokens.js"
import { escapeRegExp } from "../internal/regex.js"
import { dateLexicons } from "./lexicon.js"
import { execOpened } from "./opening.js"


interface Compiled {
  readonly re: RegExp
  readonly days: ReadonlyMap<string, readonly [number, number]>
}

let compiled: Compiled | null = null

const compile = (): Compiled => {
  if (compiled !== null) return compiled
  const days = new Map<string, readonly [number, number]>()
  for (const e of dateLexicons().islamicFeasts) for (const f of e.ar) days.set(f.split(/\s+/).join(" "), [e.month, e.day])
  const adjectives = dateLexicons().feastAdjectives.map(escapeRegExp).join("|")
  const forms = [...days.keys()].sort((a, b) => b.length - a.length).map((f) => f.split(" ").map(escapeRegExp).join("\\s+"))
  // a feast, then `المبارك`/`السعيد` and the word after it (a direction word, or no part of the mention: {@link
  // directionOf}); at most two proclitic letters before the feast (`بعيد`, `وبعيد`, `لعيد`) are read back by {@link
  // execOpened}: no form starts with one of them (a test checks it)
  const re = new RegExp(
    `(${forms.join("|")})(?![\\u0621-\\u064a])((?:\\s+(?:${adjectives})(?![\\u0621-\\u064a]))?)(?:\\s+([\\u0621-\\u064a]+))?`,
    "dg"
  )
  compiled = { re, days }
  return compiled
}

/**
 * The direction a word after a feast names: −1 or +1 for a direction word of the date lexicon (`الماضي`, `المنصرم`;
 * `المقبل`, `القادم`: its `directions`, by folded key); else null (`الحالي`, `هذا`, any other word: the nearest feast).
 */
const directionOf = (word: string | undefined): -1 | 1 | null => {
  if (word === undefined) return null
  const d = dateLexicons().directions.exact([foldKey(word)[0] ?? word], 0, 1)
  return d === -1 || d === 1 ? d : null
}

/** `و`, `ف`, `ب` or `ل`, a proclitic letter glued before a feast. */
const isProclitic = (c: number): boolean => c === 0x0648 || c === 0x0641 || c === 0x0628 || c === 0x0644

/** The ordinal of a day of an Eid before `أيام` (`أول أيام`, `ثاني أيام`, `ثالث أيام`, `رابع أيام`): the day's number. */
const NTH_DAYS = new Map([["\u0623\u0648\u0644", 1], ["\u0627\u0648\u0644", 1], ["\u062b\u0627\u0646\u064a", 2], ["\u062b\u0627\u0644\u062b", 3], ["\u0631\u0627\u0628\u0639", 4]])

/** Such an ordinal and `أيام` right before a feast's name (group 1 the ordinal; a `و` or `ف` before it allowed, outside the match's group). */
const NTH_DAY_BEFORE = /(?<![\u0621-\u064a])(\u0623\u0648\u0644|\u0627\u0648\u0644|\u062b\u0627\u0646\u064a|\u062b\u0627\u0644\u062b|\u0631\u0627\u0628\u0639)\s+[\u0623\u0627]\u064a\u0627\u0645\s+$/

/** `كل` ("every") right before a feast: no one feast. */
const EVERY_BEFORE = /(?:^|[^\u0621-\u064a])\u0643\u0644\s+$/

/** The Islamic feasts of `text` as Hijri dates with no year. */
export const arabicFeasts = (text: string): Array<DateCandidate> => {
  // most texts name no feast: one test for their common letters spares the expression
  if (!text.includes("\u0639\u064a\u062f") && !text.includes("\u0639\u0631\u0641") && !text.includes("\u0639\u0627\u0634\u0648\u0631\u0627\u0621") && !text.includes("\u0627\u0644\u0645\u0648\u0644\u062f") && !text.includes("\u0627\u0644\u0647\u062c\u0631\u064a\u0629")) return []
  const { re, days } = compile()
  const out: Array<DateCandidate> = []
  re.lastIndex = 0
  for (let found = execOpened(re, text, isProclitic, 2); found !== null; found = execOpened(re, text, isProclitic, 2)) {
    const m = found[0]
    const name = m[1]!
    const start = m.index
    // (the word after the feast is the next search's in any case)
    re.lastIndex = m.indices![2]![1]
    if (EVERY_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue
    const day = days.get(name.split(/\s+/).join(" "))
    if (day === undefined) continue
    const dir = directionOf(m[3])
    // the mention ends after the direction word, else after `المبارك`/`السعيد`: the word after it is the next search's
    const end = dir !== null ? m.indices![3]![1] : m.indices![2]![1]
    re.lastIndex = end
    // ثاني أيام عيد الفطر: the Eid's second day (the mention opens at the ordinal)
    const nth = eidDay(day[0], day[1]) === day[1] ? NTH_DAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start)) : null
    const n = nth === null ? 1 : NTH_DAYS.get(nth[1]!)!
    const expr: Expr = { t: "date", cal: "hijri", y: null, m: day[0], d: day[1] + n - 1, dir }
    out.push({ start: nth === null ? start : start - nth[0].length, end, expr, calendar: "hijri", partOfDay: false, time: null })
  }
  return out.length === 0 ? out : withBareEid(text, out)
}

/**
 * `العيد` alone as a time (`خلال أيام العيد`, `إجازة العيد`, `قبل العيد`, `في العيد`) after the text has named one feast
 * of the two Eids (`عيد الفطر` or `عيد الأضحى`, and only one of them before it): that feast, as it was named (with
 * its direction word, if any); after an ordinal and `أيام` (`ثالث أيام العيد`), the feast's day of that rank. Before
 * any such feast, or after both, it is left out (which feast?). Not before another definite word that makes it some
 * other day (`العيد الوطني`, `العيد الذهبي`; `المبارك`, `السعيد` and a direction word are the feast's own).
 */
const withBareEid = (text: string, named: Array<DateCandidate>): Array<DateCandidate> => {
  // (an Eid's later day, `ثاني أيام عيد الفطر`, names the Eid too: `العيد` after it is the feast's first day)
  const eids = named.filter((c) => c.expr !== null && c.expr.t === "date" && eidDay(c.expr.m, c.expr.d) !== null)
  if (eids.length === 0) return named
  const out = [...named]
  BARE_EID.lastIndex = 0
  let k = 0 // the Eids named before the match: eids[0, k)
  for (let m = BARE_EID.exec(text); m !== null; m = BARE_EID.exec(text)) {
    const start = m.index + m[0].length - 5 // `العيد`: the article and the word
    while (k < eids.length && eids[k]!.start < start) k++
    if (k === 0) continue
    const eid = eids[k - 1]!.expr as Expr & { t: "date" }
    const last: Expr & { t: "date" } = { ...eid, d: eidDay(eid.m, eid.d)! }
    if (eids.slice(0, k).some((c) => (c.expr as Expr & { t: "date" }).m !== last.m)) continue
    // a time of the feast (`أيام العيد`, `قبل العيد`, `في العيد`, `هذا العيد`), not the feast as an occasion (`فرحة
    // العيد`, `احتفالات العيد`, `العيد في الماضي`)
    if (!eidTimeBefore(text, start)) continue
    const after = m[1]
    if (after !== undefined && after.startsWith("\u0627\u0644") && !dateLexicons().feastAdjectiveKeys.has(foldKey(after)[0] ?? after) && directionOf(after) === null) continue
    // ثالث أيام العيد: the feast's third day (the mention opens at the ordinal)
    const nth = NTH_DAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start))
    const expr: Expr = nth === null ? last : { ...last, d: last.d + NTH_DAYS.get(nth[1]!)! - 1 }
    out.push({ start: nth === null ? start : start - nth[0].length, end: m.index + m[0].length, expr, calendar: "hijri", partOfDay: false, time: null })
  }
  return out.sort((a, b) => a.start - b.start)
}

/**
 * The first day of the Eid (1 Shawwal, `عيد الفطر`; 10 Dhu al-Hijja, `عيد الأضحى`) whose first four days hold a Hijri
 * day (`ثاني أيام عيد الفطر` is 2 Shawwal), or null; for an Eid's own day, that day.
 */
const eidDay = (m: number, d: number): number | null => (m === 10 && d >= 1 && d <= 4 ? 1 : m === 12 && d >= 10 && d <= 13 ? 10 : null)


/**
 * `العيد` with its article and at most a `و` or `ف` before it (`بالعيد`, `للعيد` are "on", "for" the occasion), not
 * inside a longer word (`العيدين`, `عيدية`); group 1 the word after it (a lookahead: the next match may start there).
 * Literal letters with one `\s+`: linear on any text.
 */
const BARE_EID = /(?<![\u0621-\u064a])[\u0648\u0641]?\u0627\u0644\u0639\u064a\u062f(?![\u0621-\u064a])(?=(?:\s+([\u0621-\u064a]+))?)/g

/** The last two words of a short slice (group 2 the last, group 1 the one before it, if any). */
const TWO_WORDS_BEFORE = /(?:([\u0621-\u064a]+)\s+)?([\u0621-\u064a]+)\s+$/

/** `word` without a leading `و` or `ف`, when the rest is in `set`; else `word`. */
const bare = (word: string, set: ReadonlySet<string>): string => (!set.has(word) && /^[\u0648\u0641]/.test(word) && set.has(word.slice(1)) ? word.slice(1) : word)

/** Words right before `العيد` that make it a time: `قبل العيد`, `بعد العيد`, `حلول العيد`, `هذا العيد`, `خلال العيد`. */
const EID_BEFORE = new Set("قبل بعد حلول هذا أثناء اثناء خلال طوال طيلة حتى حتي".split(" "))
/** Nouns of a stretch before `العيد` (`أيام العيد`, `إجازة العيد`), a time only after a word of {@link EID_SPAN_BEFORE}. */
const EID_SPANS = new Set("أيام ايام إجازة اجازة إجازه اجازه عطلة عطله فترة فتره ليلة ليله صباح مساء".split(" "))
/** Before such a noun: `خلال أيام العيد`, `طوال أيام العيد`, `في إجازة العيد`, `أول أيام العيد`, `قبل أيام العيد`. */
const EID_SPAN_BEFORE = new Set("خلال طوال طيلة في فى أثناء اثناء قبل بعد حتى حتي منذ أول اول ثاني ثالث رابع آخر اخر".split(" "))

/**
 * Whether the words before `العيد` at `start` make it a time of the feast (`قبل العيد`, `خلال أيام العيد`, `طوال
 * إجازة العيد`), not the feast as an occasion or a custom (`فرحة العيد`, `أيام العيد مناسبة للمناسبات`, `صباح يوم
 * العيد` of a story of old customs). Not after `من خلال` ("through").
 */
const eidTimeBefore = (text: string, start: number): boolean => {
  const m = TWO_WORDS_BEFORE.exec(text.slice(Math.max(0, start - 40), start))
  if (m === null) return false
  const w1 = bare(m[2]!, EID_BEFORE)
  if (EID_BEFORE.has(w1)) return !(w1 === "خلال" && m[1] !== undefined && (m[1] === "من" || m[1] === "ومن"))
  const span = bare(m[2]!, EID_SPANS)
  return EID_SPANS.has(span) && m[1] !== undefined && EID_SPAN_BEFORE.has(bare(m[1], EID_SPAN_BEFORE))
}
