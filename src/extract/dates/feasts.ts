/**
 * Islamic feasts named without a date (`خلال أيام عيد الفطر المبارك`, `بمناسبة عيد الأضحى الماضي`, `يوم عرفة`): each is
 * a day of the Hijri year (`islamicFeasts` in `calendar-words.json`: `عيد الفطر` is 1 Shawwal), read as a Hijri date
 * with no year, so that it resolves as `الأول من شوال` does: the occurrence nearest the reference, or the one a
 * direction word of the date lexicon after it names (`الماضي`, `المقبل`), converted with the Umm al-Qura calendar. `كل عيد فطر` and
 * `في كل عيد أضحى` (every feast) are no date.
 *
 * One regular expression of the feasts' forms (literal words with `\s+` between them), linear on any text.
 *
 * @module
 * @internal
 */
import type { Expr } from "./expr.js"
import type { DateCandidate } from "./extract.js"
import { foldKey } from "../internal/tokens.js"
import { dateLexicons } from "./lexicon.js"

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")

interface Compiled {
  readonly re: RegExp
  readonly days: ReadonlyMap<string, readonly [number, number]>
}

let compiled: Compiled | null = null

const compile = (): Compiled => {
  if (compiled !== null) return compiled
  const days = new Map<string, readonly [number, number]>()
  for (const e of dateLexicons().islamicFeasts) for (const f of e.ar) days.set(f.split(/\s+/).join(" "), [e.month, e.day])
  const forms = [...days.keys()].sort((a, b) => b.length - a.length).map((f) => f.split(" ").map(escape).join("\\s+"))
  // a feast after at most two proclitic letters (`بعيد`, `وبعيد`, `لعيد`), then `المبارك`/`السعيد` and the word after
  // it (a direction word, or no part of the mention: {@link directionOf})
  const re = new RegExp(
    `(?<![\\u0621-\\u064a])(?:[وفبل]{1,2})?(${forms.join("|")})(?![\\u0621-\\u064a])((?:\\s+(?:المبارك|السعيد)(?![\\u0621-\\u064a]))?)(?:\\s+([\\u0621-\\u064a]+))?`,
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

/** `كل` ("every") right before a feast: no one feast. */
const EVERY_BEFORE = /(?:^|[^\u0621-\u064a])\u0643\u0644\s+$/

/** The Islamic feasts of `text` as Hijri dates with no year. */
export const arabicFeasts = (text: string): Array<DateCandidate> => {
  // most texts name no feast: one test for their common letters spares the expression
  if (!text.includes("\u0639\u064a\u062f") && !text.includes("\u0639\u0631\u0641") && !text.includes("\u0639\u0627\u0634\u0648\u0631\u0627\u0621") && !text.includes("\u0627\u0644\u0645\u0648\u0644\u062f") && !text.includes("\u0627\u0644\u0647\u062c\u0631\u064a\u0629")) return []
  const { re, days } = compile()
  const out: Array<DateCandidate> = []
  re.lastIndex = 0
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const name = m[1]!
    const start = m.index + m[0].indexOf(name)
    // (the word after the feast is the next search's in any case)
    re.lastIndex = m.indices![2]![1]
    if (EVERY_BEFORE.test(text.slice(Math.max(0, start - 6), start))) continue
    const day = days.get(name.split(/\s+/).join(" "))
    if (day === undefined) continue
    const dir = directionOf(m[3])
    // the mention ends after the direction word, else after `المبارك`/`السعيد`: the word after it is the next search's
    const end = dir !== null ? m.indices![3]![1] : m.indices![2]![1]
    re.lastIndex = end
    const expr: Expr = { t: "date", cal: "hijri", y: null, m: day[0], d: day[1], dir }
    out.push({ start, end, expr, calendar: "hijri", partOfDay: false, time: null })
  }
  return out
}
