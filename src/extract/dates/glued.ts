/**
 * A unit of time and its direction written as one word (`الشهرالماضى`, `العامالمقبل`, `للسنةالماضية`): a typo that
 * news sites print, and that the scanner's tokens cannot split. The word is split where a definite singular of `units`
 * meets a word of `directions` (`calendar-words.json`: a word added there is split too), and the two words are read by
 * the scanner itself, so a glued phrase means what the spaced one does (`اليوم التالي`, a day of the story, is no date
 * either way).
 *
 * @module
 */

import { WORD, cliticReadings, identityView, offsetAfterLetters, tokensOf, type Tokens } from "../internal/tokens.js"
import { ArabicDateScanner } from "./arabic.js"
import type { Expr } from "./expr.js"
import type { DateLexicons } from "./lexicon.js"

/** A glued period in view offsets. */
export interface GluedPeriod {
  readonly startOffset: number
  readonly endOffset: number
  readonly expr: Expr
}

const AL = "\u0627\u0644"
/** No glued word is shorter: a three-letter unit and a five-letter direction, each with its article (`اليومالاتي`). */
const SHORTEST = 10
/** The first place a second article can stand: after at least `ال` and a letter. */
const SECOND_ARTICLE_FROM = 3

/**
 * Every word of `t` that is a definite singular unit (a proclitic or two before it: `بالشهرالماضي`, `للعامالمقبل`)
 * glued to a direction. The span starts at the unit's article, as the scanner's spans do (a proclitic is left out,
 * except `ل` before `ل`, which took the article's alef). Words are tested by their folded keys, so `ى`/`ي`, `ة`/`ه`
 * and the hamzas of `أسبوع` are read alike; only words long enough to hold both are looked into.
 */
export const gluedPeriods = (t: Tokens, lex: DateLexicons): Array<GluedPeriod> => {
  const out: Array<GluedPeriod> = []
  words: for (let i = 0; i < t.count; i++) {
    if (t.kinds[i] !== WORD) continue
    const key = t.keys[i]!
    if (key.length < SHORTEST) continue
    for (let p = key.indexOf(AL, SECOND_ARTICLE_FROM); p > 0; p = key.indexOf(AL, p + 1)) {
      const direction = lex.directions.longestAt([key.slice(p)], 0)
      if (direction === null) continue
      for (const reading of cliticReadings(key.slice(0, p))) {
        const unit = lex.units.get(reading.key)
        if (unit === undefined || !unit.definite || unit.count !== 1) continue
        const expr = spacedReading(reading.key, key.slice(p))
        if (expr === null) continue words
        const merged = reading.strip > 0 && key[reading.strip - 1] === "\u0644" && key[reading.strip] === "\u0644"
        const startOffset = reading.strip > 0 && !merged ? offsetAfterLetters(t, i, reading.strip) : t.starts[i]!
        out.push({ startOffset, endOffset: t.ends[i]!, expr })
        continue words
      }
    }
  }
  return out
}

/** What the scanner reads in the unit and the direction written apart (folded keys), if it reads both as one date. */
const spacedReading = (unit: string, direction: string): Expr | null => {
  const phrase = `${unit} ${direction}`
  const found = new ArabicDateScanner(tokensOf(identityView(phrase))).scan()
  const only = found.length === 1 ? found[0]! : null
  return only !== null && only.startOffset === 0 && only.endOffset === phrase.length ? only.expr : null
}
