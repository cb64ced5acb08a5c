/**
 * Layer 6 of the quote scanner: the English subject of a speech verb — the noun phrase before it (`Mr Smith
 * said`), the name inside an apposition (`The mayor, Jane Hill, said`), the name after it at the end of a clause
 * (`…, warned Mr Cracknell.`), the name a possessive owns (`Sky Networks' Sophie Turner Laing`).
 *
 * @module
 */
import { NUM, PUNCT, WORD, isCapitalized } from "../internal/tokens.js"
import { ColonSpeech } from "./colon.js"
import { COMMAS, type Cue } from "./scanner.js"

/** Lower-case words inside English names (`Ursula von der Leyen`). */
const NAME_PARTICLES = /^(?:de|der|van|von|bin|al|el|da|le|la|du)$/
/** English speech verbs that take an object or an addressee: `…, told BBC News:` is no inverted subject. */
const EN_TRANSITIVE = new Set(["told", "tells", "asked", "asks", "urged", "accused", "branded", "described", "labelled", "labeled", "hailed", "condemned", "criticised", "criticized", "dismissed", "promised", "pledged", "reported", "revealed", "announced"])
/** Time words between an English subject and its verb (`on Sunday`, `last week`). */
const EN_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)$/
const EN_TIME_LEAD = new Set(["on", "last", "this", "at", "in"])

/** Finding the English subject of a cue (token ranges; {@link SpeakerResolver} turns them into speakers). */
export abstract class EnglishSubjects extends ColonSpeech {
  /**
   * The subject of an English verb: after it when the clause ends in a name after a comma (`…, warned
   * Mr Cracknell.`, `…, said Robbie Bach, senior vice president`), else the phrase before it.
   */
  protected englishSubjectOf(cue: Cue, ps: number, pe: number): readonly [number, number] | null {
    if (cue.at > ps && this.isPunct(cue.at - 1, COMMAS) && cue.end < pe && !EN_TRANSITIVE.has(this.keys[cue.at]!) && isCapitalized(this.t, this.text, cue.end)) {
      const e = this.phraseEnd(cue.end, pe, true)
      const next = e < pe ? this.keys[e]! : "."
      if (e > cue.end && isCapitalized(this.t, this.text, e - 1) && (e >= pe || this.t.kinds[e] === PUNCT) && (next === "." || next === ":" || COMMAS.has(next))) return [cue.end, e]
    }
    return this.englishSubjectBefore(cue.at, ps)
  }

  /**
   * The English noun phrase right before a verb (`Mr Smith said`, `the company told reporters`);
   * after an apposition, the name inside it (`The trust's chief executive, Dr Fiona Ashworth, said`).
   */
  protected englishSubjectBefore(v: number, ps: number, depth = 0): readonly [number, number] | null {
    // `McFadden, whose album is out next week, has said`: the apposition ends before the auxiliary
    const c = this.beforeModifiers(v, ps)
    if (c - 1 > ps && this.isPunct(c - 1, COMMAS)) {
      let s = c - 1
      while (s > ps && c - 1 - s < 20 && (this.t.kinds[s - 1] === WORD || this.t.kinds[s - 1] === NUM)) s--
      if (s < c - 1 && s > ps && this.isPunct(s - 1, COMMAS)) {
        // `…, Dr Fiona Ashworth, said`: the name is the apposition; `Dr Owen Llewellyn, an ecologist …, said`,
        // `Mr Davies, 60, said`, `Lord Bach, Minister for Defence Procurement, said`: it stands before it
        const appo: readonly [number, number] = [s, c - 1]
        const before = depth < 2 ? this.englishSubjectBefore(s - 1, ps, depth + 1) : null
        if (!isCapitalized(this.t, this.text, s) || /^(?:the|a|an)$/.test(this.keys[s]!)) return before
        if (this.entities.length > 0) {
          if (this.hasPerson(appo)) return appo
          if (before !== null && this.hasPerson(before)) return before
        }
        // a capitalized apposition with lower-case words in it is a title (`Minister for Defence Procurement`)
        return before !== null && !this.allCapitalized(appo) ? before : appo
      }
    }
    const e = this.beforeModifiers(v, ps)
    // a pronoun right before the verb is the whole subject (`Asked whether she was nervous about it she said:`)
    if (e > ps && this.t.kinds[e - 1] === WORD && this.lex.enPronouns.has(this.keys[e - 1]!)) return [e - 1, e]
    let s = e
    while (s > ps && e - s < 8 && (this.t.kinds[s - 1] === WORD || this.t.kinds[s - 1] === NUM)) {
      const k = this.keys[s - 1]!
      if (this.lex.enStops.has(k) && k !== "and") break
      s--
    }
    // `and` links names inside a subject (`chairman and chief executive`), never opens one (`…, and warned`)
    while (s < e && this.keys[s] === "and") s++
    // `Mr Blair on Sunday dismissed`: a time phrase between the subject and its verb
    if (s < e && e - s <= 2 && EN_TIME.test(this.keys[e - 1]!) && s - 1 > ps && EN_TIME_LEAD.has(this.keys[s - 1]!) && depth < 2) return this.englishSubjectBefore(s - 1, ps, depth + 1)
    // `Jack Straw, who argues`: the relative pronoun stands for the name before its comma
    if (s < e && this.keys[s] === "who" && s - 1 > ps && this.isPunct(s - 1, COMMAS) && depth < 2) return this.englishSubjectBefore(s - 1, ps, depth + 1)
    return s < e ? [s, e] : null
  }

  /** Where an English subject before verb `v` ends: before the adverbs and auxiliaries next to the verb (`She also said`, `he has told`; at most two, not before `from`). */
  protected beforeModifiers(v: number, from: number): number {
    let e = v
    while (e > from && v - e < 2 && this.t.kinds[e - 1] === WORD && this.lex.enModifiers.has(this.keys[e - 1]!)) e--
    return e
  }

  /** Does the English phrase `[a, b)` end in a capitalized name after a possessive (`Acme's Jane Smith`)? */
  protected ownedName(a: number, b: number): boolean {
    for (let k = a + 1; k < b - 1; k++) {
      if (this.t.kinds[k] !== PUNCT || (this.keys[k] !== "'" && this.keys[k] !== "\u2019")) continue
      const n = this.keys[k + 1] === "s" ? k + 2 : k + 1
      return n < b && isCapitalized(this.t, this.text, n) && this.englishName(a, b)[0] >= n
    }
    return false
  }

  /** Every word of the range capitalized (name particles aside): a name, not a title with `for`/`of` in it. */
  protected allCapitalized(r: readonly [number, number]): boolean {
    for (let k = r[0]; k < r[1]; k++) {
      if (this.t.kinds[k] !== WORD) continue
      if (!isCapitalized(this.t, this.text, k) && !NAME_PARTICLES.test(this.keys[k]!)) return false
    }
    return true
  }

  /**
   * The name at the end of an English phrase (`chairman and chief executive Richard Parsons` → `Richard Parsons`);
   * a phrase that ends in a common noun (`a Department for Education spokeswoman`) is kept whole.
   */
  protected englishName(a: number, b: number): [number, number] {
    const e = b
    if (!isCapitalized(this.t, this.text, e - 1)) return [a, b]
    let s = e
    while (s > a && (isCapitalized(this.t, this.text, s - 1) || (this.t.kinds[s - 1] === WORD && NAME_PARTICLES.test(this.keys[s - 1]!)))) s--
    // a sentence-initial article is no name: "The company" stays whole
    if (e - s === 1 && /^(?:the|a|an)$/.test(this.keys[s]!)) return [a, b]
    return [s, e]
  }

  /** Does the English phrase `[a, b)` hold a person's title (`spokeswoman`, `minister`, `Mr`)? */
  protected hasTitle(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.lex.enTitles.has(this.keys[k]!)) return true
    return false
  }
}
