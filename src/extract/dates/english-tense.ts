/**
 * The tense of the clause an English date stands in: does it speak of a day
 * still to come (`the exhibition opens on 19 May`, `the vote is on Thursday`,
 * `will meet on 3 March`) or of one gone by (`said on Thursday`, `opened on
 * 19 May`)? The verb nearest to the date in its clause decides: the words
 * before the date are read backwards, up to a clause opener (`that`, `which`,
 * `and`, `but`…) or ten words; with no verb there, the words just after it,
 * up to a comma (`Thursday's vote is expected…`, `Monday's attack was…`).
 *
 * chrono's `forwardDate` option was not used: it sends every date of a text
 * forward, whatever its tense (news mostly reports the past), and it would
 * need a second parse of each sentence to mix the two.
 *
 * The word lists are `src/lexicons/dates/english-tense.json`. Each date reads
 * at most ~100 code units around it, so a sentence costs time linear in its
 * length times the (bounded) window.
 *
 * @module
 */
import { Schema } from "effect"
import tenseFile from "../../lexicons/dates/english-tense.json" with { type: "json" }
import { decodeLexicon } from "../../lexicons/lexicon.js"

const Words = Schema.Struct({ description: Schema.NonEmptyString, words: Schema.Array(Schema.NonEmptyString) })

export const EnglishTenseFile = Schema.Struct({
  source: Schema.NonEmptyString,
  license: Schema.NonEmptyString,
  forward: Words,
  forwardBeforeInfinitive: Words,
  presentVerbs: Words,
  baseVerbs: Words,
  past: Words,
  notPast: Words,
  boundaries: Words,
  statementParticiples: Words,
  planParticiples: Words,
  modals: Words,
  presentModals: Words,
  pronouns: Words,
  determiners: Words,
  aheadAuxiliaries: Words,
  pastAuxiliaries: Words
})

interface TenseLexicon {
  readonly forward: ReadonlySet<string>
  readonly forwardBeforeInfinitive: ReadonlySet<string>
  readonly present: ReadonlySet<string>
  readonly base: ReadonlySet<string>
  readonly past: ReadonlySet<string>
  readonly notPast: ReadonlySet<string>
  readonly boundaries: ReadonlySet<string>
  readonly statements: ReadonlySet<string>
  readonly plans: ReadonlySet<string>
  readonly modals: ReadonlySet<string>
  readonly presentModals: ReadonlySet<string>
  readonly pronouns: ReadonlySet<string>
  readonly determiners: ReadonlySet<string>
  readonly aheadAuxiliaries: ReadonlySet<string>
  readonly pastAuxiliaries: ReadonlySet<string>
}

let cached: TenseLexicon | undefined

const lexicon = (): TenseLexicon => {
  if (cached === undefined) {
    const f = decodeLexicon(EnglishTenseFile, "dates/english-tense")(tenseFile)
    const set = (w: { readonly words: ReadonlyArray<string> }) => new Set(w.words.map((x) => x.toLowerCase()))
    cached = {
      forward: set(f.forward),
      forwardBeforeInfinitive: set(f.forwardBeforeInfinitive),
      present: set(f.presentVerbs),
      base: set(f.baseVerbs),
      past: set(f.past),
      notPast: set(f.notPast),
      boundaries: set(f.boundaries),
      statements: set(f.statementParticiples),
      plans: set(f.planParticiples),
      modals: set(f.modals),
      presentModals: set(f.presentModals),
      pronouns: set(f.pronouns),
      determiners: set(f.determiners),
      aheadAuxiliaries: set(f.aheadAuxiliaries),
      pastAuxiliaries: set(f.pastAuxiliaries)
    }
  }
  return cached
}

/** 1: a day to come (future or scheduled present); −1: a day gone by (past); 0: the clause does not say. */
export type Tense = 1 | -1 | 0

/** How far (code units) and how many words the scan reads on either side of a date. */
const BACK_CHARS = 100
const BACK_WORDS = 10
const AHEAD_CHARS = 50
const AHEAD_WORDS = 6

/** Words and the clause marks that stop a scan, in order; `w` is lower-case. */
interface Tok {
  readonly w: string
  readonly cap: boolean
}

/** The words after `is`/`are` that make a present after a date look ahead. */
const AHEAD_AFTER_IS = new Set(["expected", "due", "set", "scheduled", "likely", "being", "going", "to", "on", "planned", "slated", "tipped"])

/** The auxiliaries before a past participle that make it a past perfect or a passive (see `ahead of` in {@link scanBack}). */
const PERFECT_OR_PASSIVE = new Set(["had", "was", "were", "been"])

/** Marks that end the clause a scan reads. */
const STOPS = new Set([":", "(", ")", '"', "\u201c", "\u201d", "-", "\u2013", "\u2014"])

const hasUpper = (w: string): boolean => {
  for (let i = 1; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 0x41 && c <= 0x5a) return true
  }
  return false
}

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)
const APOS = (c: number): boolean => c === 0x27 || c === 0x2019

/** The words of `s[from, to)` (letters with inner apostrophes and hyphens) and the stops `,` `:` `(` `)` `"` as one-character tokens. */
const tokens = (s: string, from: number, to: number): Array<Tok> => {
  const out: Array<Tok> = []
  let i = from
  while (i < to) {
    const c = s.charCodeAt(i)
    if (isLetter(c)) {
      let j = i + 1
      while (j < to) {
        const d = s.charCodeAt(j)
        if (isLetter(d)) j++
        else if ((APOS(d) || d === 0x2d) && j + 1 < to && isLetter(s.charCodeAt(j + 1))) j += 2
        else break
      }
      const word = s.slice(i, j)
      // most words need neither folding: lower-casing and the curly apostrophe only when present
      const lower = c <= 0x5a || hasUpper(word) ? word.toLowerCase() : word
      out.push({ w: lower.includes("\u2019") ? lower.replace(/\u2019/g, "'") : lower, cap: c <= 0x5a })
      i = j
      continue
    }
    if (c === 0x2c || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x22 || c === 0x201c || c === 0x201d || c === 0x2013 || c === 0x2014) out.push({ w: s[i]!, cap: false })
    // a spaced hyphen is a dash (`are turning cautious - an auction in August`); `Qatargas-2` is no stop
    else if (c === 0x2d && i > from && s.charCodeAt(i - 1) === 0x20) out.push({ w: "-", cap: false })
    i++
  }
  return out
}

/** Is `w` a regular past form (`opened`, `announced`)? */
const edPast = (lex: TenseLexicon, t: Tok): boolean =>
  !t.cap && t.w.length >= 5 && t.w.endsWith("ed") && !t.w.endsWith("eed") && !lex.notPast.has(t.w) && !compoundAdjective(t.w)

/** Prefixes that keep a hyphenated -ed word a verb (`re-elected`, `co-founded`, `pre-recorded`). */
const VERB_PREFIXES = new Set(["re", "co", "pre", "de", "mis", "over", "under", "out", "up", "down", "double", "fast", "cross"])

/**
 * A hyphenated -ed word is a compound adjective (`well-polished`, `state-owned`, `long-awaited`, `so-called`), no
 * past verb, unless its first part is a verb prefix (`re-elected on Thursday`).
 */
const compoundAdjective = (w: string): boolean => {
  const h = w.indexOf("-")
  return h > 0 && !VERB_PREFIXES.has(w.slice(0, h))
}

/** Articles and possessives after which a regular -ed form before another word is an adjective (`the rumoured poll`); not `that`, `this` (`that opened`, `this happened`). */
const ADJECTIVE_BEFORE: ReadonlySet<string> = new Set(["the", "a", "an", "its", "his", "their", "our", "your", "my"])

/** The future's auxiliaries, after which a past form that is also a base form (`will beat`, `won't quit`) is the base. */
const BASE_AFTER: ReadonlySet<string> = new Set(["will", "shall", "won't", "'ll"])

/** Words after a modal of the present that leave the side open: a modal perfect (`may have met`), a negation. */
const MODAL_NOT_AHEAD: ReadonlySet<string> = new Set(["have", "'ve", "been", "not", "never"])

/** A word that leaves the tense to the verb before it: the infinitive `to meet`, `to be aired` (see {@link clauseTense}). */
const INFINITIVE = 2

/**
 * What the word `xs[k]` says of the tense, reading backwards: 1, −1, {@link INFINITIVE}, 0 (the side is open:
 * `would`), or null (no tense word). `xs[k-1]`, `xs[k-2]` are the words before it, `xs[k+1]` the one after.
 */
const tenseOf = (lex: TenseLexicon, xs: ReadonlyArray<Tok>, k: number, commaAfter: boolean): Tense | typeof INFINITIVE | null => {
  const t = xs[k]!
  const w = t.w
  const prev = k > 0 ? xs[k - 1]!.w : ""
  const prev2 = k > 1 ? xs[k - 2]! : null
  const next = k + 1 < xs.length ? xs[k + 1]!.w : ""
  // `can`, `should`, `must`, `may`, `might` before a plain verb look ahead (`should figure in the squad for Monday's
  // match`); `would`, `could` (reported speech, the past's modals) and a modal perfect (`may have met`) leave it open.
  // `May` with a capital is the month (`is launching it in May instead of June`) or a name: no tense word, the scan
  // reads on to the clause's verb
  if (lex.modals.has(w)) {
    if (t.cap && w === "may") return null
    return lex.presentModals.has(w) && !t.cap && !MODAL_NOT_AHEAD.has(next) ? 1 : 0
  }
  // `going to`, `ahead of`; not `going into`, `went ahead in December`
  if (w === "going") return next === "to" ? 1 : null
  if (w === "ahead") return next === "of" ? 1 : null
  if (w === "be") return prev === "to" ? INFINITIVE : 1
  // `has been expecting`: the perfect leaves the side open
  if (w === "been" && (prev === "has" || prev === "have" || prev === "'ve")) return null
  if (lex.plans.has(w)) {
    if (prev === "had" || (prev === "been" && prev2 !== null && prev2.w === "had")) return -1
    return prev === "as" || prev === "than" ? null : 1
  }
  if (lex.forward.has(w) || w.endsWith("'ll") || w.endsWith("'re")) return 1
  // `hopes to use Sunday's clash`, `plans to open in May`; not the nouns (`outlined the plans on Tuesday`)
  if (lex.forwardBeforeInfinitive.has(w)) return next === "to" ? 1 : null
  if (w === "it's" || w === "that's" || w === "there's") return 1
  if (lex.present.has(w)) return 1
  // the finite past auxiliaries are past whatever stands before them (`they are cheaper, was 31, down from 35 in October`)
  if (lex.pastAuxiliaries.has(w)) return -1
  // a past form that is also a base form after a modal or the future (`can beat them on 10 April`, `will beat`,
  // `may hit`): the modal decides
  if (lex.past.has(w) && (lex.modals.has(prev) || BASE_AFTER.has(prev))) return null
  // `after the rumoured snap poll in May`, `its delayed launch on Monday`: a regular -ed form between an article
  // or a possessive and another word is an adjective, no verb: the scan reads on
  if (edPast(lex, t) && ADJECTIVE_BEFORE.has(prev) && k + 1 < xs.length && isLetter(next.charCodeAt(0))) return null
  if (lex.past.has(w) || edPast(lex, t)) {
    // `to be voted out on Wednesday`: the verb before the infinitive decides
    if (prev === "be" && prev2 !== null && prev2.w === "to") return INFINITIVE
    if (lex.statements.has(w)) return -1
    // a participle after `is`/`be`: `is released on Friday`, `is held on Thursday`, `will be screened` look ahead;
    // between commas it is an appositive (`the scheme, dubbed Qatargas-2, on Monday`): the verb before decides
    // (`Ten countries, mostly in the east, joined the EU in May` is past)
    // (an adverb may stand between: `will be officially recognised on 2 March`)
    const aux = prev.endsWith("ly") && prev2 !== null ? prev2.w : prev
    if (aux === "is" || aux === "are" || aux === "be" || aux === "being") return 1
    if (prev === "," && commaAfter) return null
    return -1
  }
  if (lex.base.has(w) && k > 0) {
    // a base form is a present verb after its subject (`Chelsea take on Barcelona`, `the sides meet`, `they meet`);
    // after `to` it is an infinitive; after a determiner or in a name (`the UK premiere`, `Onyx Hotel tour`, `the
    // US Open`) a noun
    if (prev === "to") return INFINITIVE
    if (lex.determiners.has(prev)) return null
    if (lex.pronouns.has(prev)) return 1
    const p = xs[k - 1]!
    const before = prev2 === null || (!prev2.cap && !lex.determiners.has(prev2.w))
    if (p.cap && before) return 1
    if (!p.cap && prev.endsWith("s") && !prev.endsWith("ss") && prev.length > 3 && !lex.forward.has(prev) && !lex.past.has(prev)) return 1
  }
  return null
}

/** Words before a date that make it the end of a stretch of time. */
const EXTENT: ReadonlySet<string> = new Set(["until", "till", "through", "thru"])

/** {@link scanBack}'s answers besides a tense: read after the date; read a longer window. */
const AHEAD = 3
const RETRY = 4
const SHORT_BACK_CHARS = 48

/** Prepositions that may stand between an opening bracket and the date in it (`(on 29 January)`). */
const BRACKET_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "in", "at", "from", "by", "until", "till"])

/** Words before `as` that make it part of a fixed phrase (`such as`, `as well as`, `as soon as`), no preposition of a role. */
const AS_PHRASES: ReadonlySet<string> = new Set(["such", "well", "soon", "early", "late", "far", "long", "much", "same", "so", "just"])

/**
 * May the scan back read past the stop `xs[k]`? Two stops are no clause's edge: an opening bracket with only a
 * preposition between it and the date (`can target the cup tie (on 29 January)`: the date in brackets belongs to the
 * clause before), and `as` before a role or a title with no verb (`faces his first test as party leader on
 * Monday`: a preposition, not the conjunction of `as talks resumed`) — one to three words, no determiner after it,
 * no `such`, `well`, `soon` before it. `seen` is true when a comma, an infinitive or `ahead of` came between.
 */
const passable = (lex: TenseLexicon, xs: ReadonlyArray<Tok>, k: number, seen: boolean): boolean => {
  if (seen) return false
  const w = xs[k]!.w
  const between = xs.length - 1 - k
  if (w === "(") {
    for (let j = k + 1; j < xs.length; j++) if (!BRACKET_PREPOSITIONS.has(xs[j]!.w)) return false
    return true
  }
  if (w !== "as" || between < 1 || between > 3) return false
  if (lex.determiners.has(xs[k + 1]!.w) || (k > 0 && AS_PHRASES.has(xs[k - 1]!.w))) return false
  for (let j = k + 1; j < xs.length; j++) if (!isLetter(xs[j]!.w.charCodeAt(0)) || xs[j]!.w === "as") return false
  return true
}

/** The quotation marks of the token stream (straight and curly). */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "\u201c", "\u201d"])
/** {@link fragmentOpening} ran into the window's start: a longer window may hold the opening mark. */
const BEFORE_WINDOW = -2
/** The most words a quoted fragment read as part of its clause may hold (`"might well be"`, `"a very good chance"`). */
const FRAGMENT_WORDS = 5

/**
 * The opening mark of a short quoted fragment inside the clause that ends at the mark `xs[k]` (scanning back), or -1
 * ({@link BEFORE_WINDOW} when the tokens ran out first):
 * one to {@link FRAGMENT_WORDS} words and no other stop or comma between two marks (`thought that there "could well be" a
 * surprise … on Sunday evening`: the modal is the clause's, the marks no clause's edge).
 */
const fragmentOpening = (xs: ReadonlyArray<Tok>, k: number): number => {
  let j = k - 1
  for (; j >= 0 && k - j - 1 <= FRAGMENT_WORDS; j--) {
    const w = xs[j]!.w
    if (QUOTE_MARKS.has(w)) return j < k - 1 ? j : -1
    if (!isLetter(w.charCodeAt(0))) return -1
  }
  return j < 0 ? BEFORE_WINDOW : -1
}

/**
 * The tense the words before the date at `at` give, read backwards in the window of `chars` code units before it;
 * {@link AHEAD} when the clause there says nothing, {@link RETRY} when the scan reached the start of a window that
 * does not start the sentence before it could decide (a word cut by the window, or one of the two words before a
 * tense word, could change the answer).
 */
const scanBack = (lex: TenseLexicon, sentence: string, at: number, chars: number): Tense | typeof AHEAD | typeof RETRY => {
  const back = tokens(sentence, Math.max(0, at - chars), at)
  const cut = at - chars > 0
  // the first word of the window may be cut: leave it out unless the window starts the sentence
  const first = cut ? 1 : 0
  // a decision at token k reads up to k − 3 (`to` and the word before it); with a cut window that must be past its first token
  const safe = cut ? 4 : 0
  // an infinitive between the date and its verb (`appointed to take charge of the match on 13 March`, `had
  // expected sales to fall in November`) looks ahead of the verb, not of the article: a past verb then leaves the
  // side open, a future one keeps it
  let infinitive = false
  let comma = false
  // `ahead of` looks ahead of its clause's verb, not of the article: under a past perfect or passive the event it
  // names is past too (`were set ahead of its listing in June`, `had predicted ahead of Monday's
  // statement`); under any other verb, or none, the date is ahead
  let aheadOf = false
  // a date that ends a stretch of time (`funded at current levels until Jan. 30`, `warned of rain through Tuesday`):
  // a regular -ed form before it is as often a participle describing the state that lasts as a past verb, so it
  // decides nothing; an auxiliary or another verb before it does (`was closed until Monday`)
  const extent = back.length > 0 && EXTENT.has(back[back.length - 1]!.w)
  // the opening mark of a short quoted fragment the scan is reading through (-1: none)
  let fragment = -1
  let k = back.length - 1
  for (let n = 0; k >= first && n < BACK_WORDS; k--, n++) {
    const w = back[k]!.w
    if (k === fragment) continue
    if (fragment < 0 && QUOTE_MARKS.has(w)) {
      fragment = fragmentOpening(back, k)
      if (fragment === BEFORE_WINDOW && cut) return RETRY
      if (fragment >= 0) continue
    }
    if ((STOPS.has(w) || lex.boundaries.has(w)) && !passable(lex, back, k, comma || infinitive || aheadOf)) return aheadOf ? 1 : infinitive ? 0 : AHEAD
    if (w === ",") {
      comma = true
      continue
    }
    if (k < safe) return RETRY
    const t = tenseOf(lex, back, k, comma)
    if (t === -1 && extent && edPast(lex, back[k]!)) continue
    if (t === INFINITIVE) {
      // `she told the radio show, to be broadcast on Monday`: an infinitive after a comma names what is still to come
      const to = back[k]!.w === "to" ? k : back[k - 1]?.w === "to" ? k - 1 : back[k - 2]?.w === "to" ? k - 2 : -1
      if (to > 0 && back[to - 1]!.w === ",") return 1
      infinitive = true
      continue
    }
    if (t === 1 && w === "ahead" && !infinitive) {
      aheadOf = true
      continue
    }
    if (t !== null) {
      if (!aheadOf) return infinitive && t === -1 ? 0 : t
      // only a perfect or a passive (`had forecast`, `were imposed`) sets the event back: a plain past is mostly the
      // run-up to an event still to come (`said ahead of the 9 April match`, `spoke out ahead of Wednesday's semi-final`)
      const prev = k > 0 ? back[k - 1]!.w : ""
      return t === -1 && (PERFECT_OR_PASSIVE.has(prev) || w === "had") ? -1 : 1
    }
  }
  // ran out of words: at the window's start (a longer window may hold more), or after BACK_WORDS
  if (k < first && cut) return RETRY
  return aheadOf ? 1 : infinitive ? 0 : AHEAD
}

/**
 * The tense of the clause of the date at `sentence[at, end)`: the nearest tense word before it in its clause,
 * else the nearest after it before a comma; 0 when neither is found.
 */
export const clauseTense = (sentence: string, at: number, end: number): Tense => {
  const lex = lexicon()
  // most dates find their verb within a few words: a short window first, the whole one only when the scan ran
  // into the short window's start (the same answer, about half the words read)
  let back = scanBack(lex, sentence, at, SHORT_BACK_CHARS)
  if (back === RETRY) back = scanBack(lex, sentence, at, BACK_CHARS)
  if (back !== AHEAD) return back as Tense
  // after the date only an auxiliary or a present verb of an event counts (`Thursday's vote is expected`, `Monday's
  // attack was the worst`, `On Wednesday night Toshack takes charge`): the words there are mostly the date's own
  // noun phrase (`Monday's gain on hopes of …`)
  const ahead = tokens(sentence, end, Math.min(sentence.length, end + AHEAD_CHARS))
  for (let k = 0; k < ahead.length && k < AHEAD_WORDS; k++) {
    const w = ahead[k]!.w
    if (w.length === 1 && !isLetter(w.charCodeAt(0))) break
    if (lex.boundaries.has(w)) break
    // `is`/`are` after the date look ahead only with a word of plans after them (`Thursday's vote is expected`,
    // `Saturday's game is being played`); else the date is in a subject judged now (`Monday's figure is among
    // the highest`, `the six weeks up to 12 May are a sharp fall`, `is thought to be`)
    if (w === "is" || w === "are") return k + 1 < ahead.length && AHEAD_AFTER_IS.has(ahead[k + 1]!.w) ? 1 : 0
    if (lex.aheadAuxiliaries.has(w) || lex.present.has(w)) return 1
    if (lex.pastAuxiliaries.has(w)) return -1
  }
  return 0
}
