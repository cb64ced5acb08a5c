/**
 * One or two English words in marks inside the clause an English speech verb reports (`said the sales were
 * "sluggish"`, `described the plan as a "damp squib"`, `accused him of "stalling"`; forty-fourth session, helper
 * enshort). Three words or more there were quotes already; shorter marks are as often names, titles and terms, so they
 * are read here before they are taken.
 */
import { NUM, PUNCT, WORD, isCapitalized } from "../internal/tokens.js"
import { ArabicSubjects } from "./arabic.js"
import { EN_ARTICLE } from "./english.js"
import { MARKS, type Cue, type Mark } from "./scanner.js"

export abstract class EnglishParts extends ArabicSubjects {
  /**
   * Are the one or two words of the marks `m` (tokens `[a, b)`) the speaker's own inside the clause the English cue
   * `cue` reports? The verb written in lower case (`Claims …`, `Asked if …`, `the United States'` are no verbs there), not
   * one of `shortPartNoVerbs`; one of `shortPartNounVerbs` (`amid claims that`) right after a pronoun only; one of
   * `shortPartObjectVerbs` (`the coach added "flair"`) with neither the marks nor an article right after it. The marks: no
   * capitalized word and no number in them, and none right before or after them (`the "Big Four"`, `Molly "Mad"
   * Jones`, `a Tory "hit list"`), no entity over them, no term's lead (`shortPartTermLeads`: `the so-called`, `known
   * as`, `Latin for`) right before them or before the first marks of their list (`dubbed "X" and "Y"`); one word right
   * after the verb is a word talked about.
   */
  protected englishPart(m: Mark, a: number, b: number, cue: Cue): boolean {
    const t = this.t
    if (!cue.english || m.capped || m.split || cue.end > m.open || isCapitalized(t, this.text, cue.at)) return false
    const verb = cue.end - cue.at === 1 ? this.keys[cue.at]! : this.keys.slice(cue.at, cue.end).join(" ")
    if (this.lex.enShortNoVerbs.has(verb)) return false
    if (this.lex.enShortNounVerbs.has(verb) && !(cue.at > this.ps && t.kinds[cue.at - 1] === WORD && this.lex.enPronouns.has(this.keys[cue.at - 1]!))) return false
    if (this.lex.enShortObjectVerbs.has(verb) && (cue.end === m.open || (t.kinds[cue.end] === WORD && EN_ARTICLE.test(this.keys[cue.end]!)))) return false
    // (one word right after the verb is mostly a word talked about, `said "selfie" topped the list`)
    if (cue.end === m.open && this.wordCount(a, b) === 1) return false
    // (a capitalized word glued after a hyphen to a lower-case one is no name: `all-British`, `anti-Greek`)
    for (let k = a; k < b; k++) {
      if (t.kinds[k] === NUM || (t.kinds[k] === WORD && isCapitalized(t, this.text, k) && !this.afterLowerHyphen(k, a))) return false
    }
    // (a capitalized word right before the marks, not one that opens the sentence; one right after them, unless the
    // marks close on their own punctuation, `"bleak." The report …`, or a place's or a body's entity covers it, `the
    // "bloated" EU`)
    const before = m.open - 1
    if (before > this.ps && t.kinds[before] === WORD && isCapitalized(t, this.text, before) && this.sentenceStart(before) !== before) return false
    const after = m.close + 1
    if (after < this.pe && t.kinds[after] === WORD && t.kinds[b - 1] !== PUNCT && isCapitalized(t, this.text, after) && !this.placeOrBodyAt(after)) return false
    if (this.entities.length > 0 && this.entityIn(this.orig(t.starts[a]!, t.ends[b - 1]!)) !== null) return false
    return !this.termLeadBefore(m.open)
  }

  /** Is the word at token `k` (inside marks from `a`) glued after a hyphen to a lower-case word (`all-British`)? */
  private afterLowerHyphen(k: number, a: number): boolean {
    const t = this.t
    return k - 2 >= a && t.kinds[k - 1] === PUNCT && this.keys[k - 1] === "-" && t.spaced[k] === 0 && t.spaced[k - 1] === 0 && t.kinds[k - 2] === WORD && !isCapitalized(t, this.text, k - 2)
  }

  /**
   * Does a term's lead (`shortPartTermLeads`: `the so-called`, `known as`, `Latin for`, `terms like`) end right before
   * token `open`? Words alone back to it, a hyphen glued between two of them read as a space (`so-called`).
   */
  protected termLeadBefore(open: number, list = true): boolean {
    const t = this.t
    // (the next item of a list of terms, `dubbed "X" and "Y"`, `terms like "X", "Y"`: the lead before the first marks)
    if (list && open - 2 > this.ps && (t.kinds[open - 1] === PUNCT ? this.keys[open - 1] === "," : t.kinds[open - 1] === WORD && (this.keys[open - 1] === "and" || this.keys[open - 1] === "or")) && MARKS.has(this.keys[open - 2]!)) {
      for (let k = open - 3; k > this.ps && k >= open - 6; k--) if (t.kinds[k] === PUNCT && this.keys[k] === this.keys[open - 2] && this.termLeadBefore(k, false)) return true
    }
    for (const lead of this.lex.enShortTermLeads) {
      let k = open - 1
      let i = lead.length - 1
      for (; i >= 0 && k > this.ps; i--) {
        if (t.kinds[k] !== WORD || this.keys[k] !== lead[i]) break
        k--
        if (i > 0 && t.kinds[k] === PUNCT && this.keys[k] === "-" && t.spaced[k] === 0 && t.spaced[k + 1] === 0) k--
      }
      if (i < 0) return true
    }
    return false
  }
}
