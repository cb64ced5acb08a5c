/**
 * Clock times written as four digits of a 24-hour clock before a time zone:
 * `2200 GMT`, `0930 local time`, `1400 بتوقيت غرينتش`, `الساعة 0600 بتوقيت غرينتش`
 * (the wires' and BBC's way). Alone, four digits are a year or a count; the
 * zone word makes them a time. Such a time names no day: like any clock time
 * without one, the extractor dates it from the date phrase just before it on
 * its line, or the one right after it (`at 2200 GMT on Saturday`), or else the
 * last date of its paragraph when no other date stands between (`Saturday's
 * ceremony. It is shown at 2010 GMT.`), and leaves it out when there is none
 * (`DateMention` has no form for a time of no day).
 *
 * One pass over the tokens, a constant number of look-ups at each number: linear.
 *
 * @module
 */
import { BREAK, NUM, PUNCT, WORD, type Tokens } from "../internal/tokens.js"
import type { Clock } from "./expr.js"
import type { DateLexicons } from "./lexicon.js"

/** A four-digit clock time: token offsets into the view's text. */
export interface ZoneTime {
  readonly startOffset: number
  readonly endOffset: number
  readonly time: Clock
}

const JOINING = new Set(["/", "-", ":", ".", ",", "\u2013", "\u060c"])
const SAA = "\u0627\u0644\u0633\u0627\u0639\u0647" // الساعه (folded الساعة)
const TAWQIT = "\u062a\u0648\u0642\u064a\u062a" // توقيت

/** Every `HHMM ZONE` of the token stream `t`, in order. */
export const zoneTimes = (t: Tokens, lex: DateLexicons): Array<ZoneTime> => {
  const out: Array<ZoneTime> = []
  for (let i = 0; i < t.count - 1; i++) {
    if (t.kinds[i] !== NUM) continue
    const k = t.keys[i]!
    if (k.length !== 4) continue
    const c0 = k.charCodeAt(0) - 48
    const c1 = k.charCodeAt(1) - 48
    const c2 = k.charCodeAt(2) - 48
    const c3 = k.charCodeAt(3) - 48
    if (!(c0 >= 0 && c0 <= 2 && c1 >= 0 && c1 <= 9 && c2 >= 0 && c2 <= 5 && c3 >= 0 && c3 <= 9)) continue
    const hh = c0 * 10 + c1
    if (hh > 23) continue
    // not the end of a longer number or date (`10/2200`, `1100-2200`): a word must follow, and no digit or joining mark glued before
    if (i > 0 && t.spaced[i] === 0 && t.kinds[i - 1] !== BREAK && (t.kinds[i - 1] === NUM || (t.kinds[i - 1] === PUNCT && JOINING.has(t.keys[i - 1]!)))) continue
    const n = i + 1
    if (t.kinds[n] !== WORD) continue
    const z = t.keys[n]!
    const lower = z.toLowerCase()
    let end = -1
    if (lex.zoneWords.has(lower)) {
      end = n
      // بتوقيت غرينتش, بالتوقيت المحلي: the zone's name is part of the span
      if (z.endsWith(TAWQIT) && n + 1 < t.count && t.kinds[n + 1] === WORD && t.spaced[n + 1] === 1) end = n + 1
    } else if (lex.zoneLocal.has(lower) && n + 1 < t.count && t.kinds[n + 1] === WORD && t.keys[n + 1]!.toLowerCase() === "time") {
      end = n + 1
    }
    if (end < 0) continue
    // the Arabic cue `الساعة` right before is part of the time, as in `الساعة 10:30`
    const from = i > 0 && t.kinds[i - 1] === WORD && t.keys[i - 1] === SAA ? i - 1 : i
    out.push({ startOffset: t.starts[from]!, endOffset: t.ends[end]!, time: { hh, mm: c2 * 10 + c3 } })
    i = end
  }
  return out
}
