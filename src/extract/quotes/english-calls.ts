/**
 * The English verb `called` in its evaluative shape (`Liam Fox called the report "a disappointment"`, `The union
 * called for "urgent talks"`, `called on the council to "think again"`, `what the firm calls a "blip"`): the words in
 * marks are the ones the subject chose for something. `called` is no speech verb anywhere else, since mostly it names
 * (`a band called …`, `the so-called "X"`, `is called "X"`, `called all women "Betty"`): it feeds no chain, no boundary
 * and no carry-over of its own (forty-fifth session, helper called).
 *
 * @module
 */
import { NUM, PUNCT, WORD, isCapitalized } from "../internal/tokens.js"
import { EN_DETERMINERS, EN_PASSIVE } from "./cues.js"
import { EnglishParts } from "./english-parts.js"
import { COMMAS, MIN_WORDS_CUED, type Cue, type Mark, type Speaker } from "./scanner.js"

/** How many tokens at most between `called` and the opening mark (`called the nine-year recommended term "…"`). */
const CALLED_REACH = 8
/** Words that open another clause between `called` and the marks (`called for a system that "…"`, `called X and "…"`). */
const CALLED_BREAKS = new Set(["that", "and", "or", "but", "while", "if", "because", "when", "said", "says"])
/**
 * Prepositions and participles between `called` and the marks: `calls` and `called` there are a noun or a participle
 * (`phone calls over the net using "…"`, `a band called X in "…"`), not a verb with its object.
 */
const CALLED_NO_OBJECT = new Set(["over", "with", "in", "at", "by", "from", "into", "about", "under", "after", "before", "during", "since", "using", "including"])

/** How many tokens at most between a verb of `phraseVerbs` and the opening mark (`hoped the new leadership would "…"`). */
const PHRASE_REACH = 8
/**
 * Words between a verb of `phraseVerbs` and the marks that open another clause or name the marks' own speaker or
 * source (`praised the film, which "…"`, `welcomed the report and said "…"`, `thanked X for what he called "…"`).
 */
const PHRASE_BREAKS = new Set(["and", "or", "but", "while", "if", "because", "when", "where", "who", "which", "whom", "whose", "said", "says", "told", "called", "calls", "dubbed", "so-called", "known", "as", "headlined", "titled", "entitled", "named"])

export abstract class EnglishCalls extends EnglishParts {
  /**
   * The cue and speaker of the marks `m` (words `[a, b)`, three or more) when a verb of `phraseVerbs` (thanking, hoping,
   * praising, welcoming, blaming) written in lower case stands at most {@link PHRASE_REACH} tokens before them, words,
   * numbers and glued hyphens alone between (none of {@link PHRASE_BREAKS}): `Andre 3000 thanked fans "for supporting
   * OutKast"`, `He hoped Jay-Z would "move the company …"`, `Caroline Lucas welcomed Tony Blair's "courage in keeping his
   * word"`. The verb is none of a passive (`was welcomed`) nor one after a determiner (`his thanks`); the marks open with
   * a word in lower case (a title or a name in marks is named, not quoted) after no term's lead. Its subject (as
   * {@link calledCue} reads it) is a pronoun, or holds a person or a body the entity stage tagged: these verbs are no
   * speech verb anywhere else, so they feed no chain and no carry-over of their own (forty-sixth session, helper
   * enphrase). The verb after token `after` (the cue {@link cueBefore} found, which stays nearer otherwise). Null
   * otherwise.
   */
  protected phraseCue(m: Mark, a: number, b: number, after: number): { cue: Cue; speaker: Speaker } | null {
    const t = this.t
    if (m.split || a >= b || this.entities.length === 0 || t.kinds[a] !== WORD || isCapitalized(t, this.text, a) || this.wordCount(a, b) < MIN_WORDS_CUED) return null
    const from = Math.max(this.ps, after)
    let k = m.open - 1
    for (; k > from && k >= m.open - PHRASE_REACH; k--) {
      if (t.kinds[k] === WORD && this.lex.enPhraseVerbs.has(this.keys[k]!)) break
      if ((t.kinds[k] !== WORD && t.kinds[k] !== NUM && !this.gluedHyphen(k)) || PHRASE_BREAKS.has(this.keys[k]!)) return null
    }
    if (k <= from || k < m.open - PHRASE_REACH || t.kinds[k] !== WORD || !this.lex.enPhraseVerbs.has(this.keys[k]!) || isCapitalized(t, this.text, k)) return null
    const prev = this.keys[k - 1]!
    if (t.kinds[k - 1] === PUNCT ? !COMMAS.has(prev) && prev !== ")" && prev !== "-" : EN_PASSIVE.has(prev) || EN_DETERMINERS.has(prev)) return null
    if (this.termLeadBefore(m.open)) return null
    const o = this.orig(t.starts[k]!, t.ends[k]!)
    const cue: Cue = { at: k, end: k + 1, kind: "verb", verb: this.text.slice(o.start, o.end), gender: null, needsMark: false, alsoNoun: false, english: true, continues: false, speaker: null }
    // (`Sir Jo Hill, who thanked …`: the person before the relative word)
    const phrase = t.kinds[k - 1] === WORD && this.lex.enCalledRelatives.has(prev) ? (k - 2 > this.ps ? this.englishSubjectBefore(this.isPunct(k - 2, COMMAS) ? k - 2 : k - 1, this.ps) : null) : this.englishSubjectOf(cue, this.ps, this.pe)
    if (phrase === null) return null
    const pronoun = phrase[1] - phrase[0] === 1 && this.lex.enPronouns.has(this.keys[phrase[0]]!)
    if (!pronoun && !this.hasSpeakerEntity(phrase)) return null
    const read = this.resolve(phrase, null, false)
    if (read === null || (read.entityId !== null && this.typeOf(read.entityId) === "LOCATION")) return null
    const speaker = this.resolve(phrase, null)
    return speaker === null ? null : { cue, speaker }
  }

  /**
   * The cue and speaker of the marks `m` (words `[a, b)`) when a form of `calledVerbs` written in lower case stands
   * before them in its evaluative shape: after a subject (not after a passive, `is called`, nor `so-called`), with an
   * object between it and the marks (`called the plan a "…"`), or `for` and at most a determiner (`called for a "…"`),
   * or `for`/`on` and an object before `to` and at most two words (`called on the state to "…"`); or after a relative
   * word and its subject with at most a determiner after it (`what he called a "…"`). Words and glued hyphens only
   * between the verb and the marks, no word that opens another clause. The marks open with a word in lower case (a name
   * or a title in marks is named, not judged: `called him "Minister of Discord"`), one or two words hold no capital and
   * no entity, one word closes its phrase (`"derisory".`, not `to appoint "roving" staff`). The verb after token
   * `after` (the cue {@link cueBefore} found, which stays nearer otherwise). Null otherwise.
   */
  protected calledCue(m: Mark, a: number, b: number, after: number): { cue: Cue; speaker: Speaker } | null {
    const t = this.t
    if (m.split || a >= b || t.kinds[a] !== WORD || isCapitalized(t, this.text, a)) return null
    const from = Math.max(this.ps, after)
    let k = m.open - 1
    for (; k > from && k >= m.open - CALLED_REACH; k--) {
      if (t.kinds[k] === WORD && this.lex.enCalledVerbs.has(this.keys[k]!)) break
      if (t.kinds[k] !== WORD && t.kinds[k] !== NUM && !this.gluedHyphen(k)) return null
    }
    if (k <= from || k < m.open - CALLED_REACH || t.kinds[k] !== WORD || !this.lex.enCalledVerbs.has(this.keys[k]!) || isCapitalized(t, this.text, k)) return null
    // (`the so-called "X"`, `is called "X"`, `has been called "X"`: a name or a term)
    const prev = this.keys[k - 1]!
    if (t.kinds[k - 1] === PUNCT ? !COMMAS.has(prev) && prev !== ")" : EN_PASSIVE.has(prev) || prev === "so" || EN_DETERMINERS.has(prev)) return null
    const words = this.wordCount(a, b)
    if (words <= 2) {
      for (let i = a; i < b; i++) if (t.kinds[i] !== WORD || isCapitalized(t, this.text, i)) return null
      if (this.entities.length > 0 && this.entityIn(this.orig(t.starts[a]!, t.ends[b - 1]!)) !== null) return null
    }
    // (one word then `and` or `but` closes its phrase too: `called the term "outrageous" and said …`)
    if (words === 1 && m.close + 1 < this.pe && t.kinds[m.close + 1] !== PUNCT && this.keys[m.close + 1] !== "and" && this.keys[m.close + 1] !== "but") return null
    if (this.termLeadBefore(m.open)) return null
    const s = k + 1
    let to = -1
    for (let i = s; i < m.open; i++) {
      const key = this.keys[i]!
      if (t.kinds[i] !== WORD) continue
      if (key === "to" && to < 0) to = i
      // (`called for the deal to be "…"`: `be` right after `to`)
      else if (key === "be" && to === i - 1) continue
      else if ((CALLED_BREAKS.has(key) && !(i === s && key === "that")) || CALLED_NO_OBJECT.has(key) || EN_PASSIVE.has(key) || (i > s && this.lex.enCalledRelatives.has(key))) return null
    }
    const determinersOnly = (from: number): boolean => {
      for (let i = from; i < m.open; i++) if (!EN_DETERMINERS.has(this.keys[i]!)) return false
      return m.open - from <= 1
    }
    const opener = this.keys[s]
    let shape: "object" | "relative"
    if (opener === "for" || opener === "on") {
      // (`called for "…"`, `called for a "…"`; `called on the state to "…"`, `called for the deal to be "…"`)
      if (to < 0 ? opener === "on" || !determinersOnly(s + 1) : to < s + 2 || m.open - to > 3) return null
      shape = "object"
    } else if (to >= 0) return null
    else if (s < m.open && !determinersOnly(s)) shape = "object"
    else {
      // (`what he called a "…"`, `which the paper calls "…"`: the relative word before the subject)
      let r = k - 1
      while (r > this.ps && k - r <= 5 && t.kinds[r] === WORD && !this.lex.enCalledRelatives.has(this.keys[r]!)) r--
      if (r <= this.ps || r === k - 1 || t.kinds[r] !== WORD || !this.lex.enCalledRelatives.has(this.keys[r]!)) return null
      shape = "relative"
    }
    const o = this.orig(t.starts[k]!, t.ends[k]!)
    const cue: Cue = { at: k, end: k + 1, kind: "verb", verb: this.text.slice(o.start, o.end), gender: null, needsMark: false, alsoNoun: false, english: true, continues: false, speaker: null }
    let phrase: readonly [number, number] | null
    if (shape === "relative") {
      let r = k - 1
      while (!this.lex.enCalledRelatives.has(this.keys[r]!)) r--
      const e = this.beforeModifiers(k, r + 1)
      phrase = e > r + 1 ? [r + 1, e] : null
    } else if (t.kinds[k - 1] === WORD && this.lex.enCalledRelatives.has(prev)) {
      // (`Sir Jo Hill, who called the play "…"`, `the director who called …`: the person before the relative word)
      phrase = k - 2 > this.ps ? this.englishSubjectBefore(this.isPunct(k - 2, COMMAS) ? k - 2 : k - 1, this.ps) : null
    } else phrase = this.englishSubjectOf(cue, this.ps, this.pe)
    if (phrase === null) return null
    // (`Policy makers in Europe have called …`: a place is no speaker of the words; none then)
    const read = this.resolve(phrase, null, false)
    if (read === null || (read.entityId !== null && this.typeOf(read.entityId) === "LOCATION")) return null
    // (`Mr Howard laughed at a sketch of him, which he calls "…"`: `he` after a relative word is the person its own
    // sentence names, not the last speaker; with a person named before it who is not the one `he` reads as, none)
    if (shape === "relative" && phrase[1] - phrase[0] === 1 && this.lex.enPronouns.has(this.keys[phrase[0]]!) && this.entities.length > 0) {
      for (let i = this.sentenceStart(k); i < phrase[0]; i++) {
        const person = t.kinds[i] === WORD ? this.personAt(i) : null
        if (person !== null && person.entityId !== read.entityId) return null
      }
    }
    const speaker = this.resolve(phrase, null)
    return speaker === null ? null : { cue, speaker }
  }
}
