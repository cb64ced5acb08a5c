/**
 * One or two English words in marks inside the clause an English speech verb reports (`said the sales were
 * "sluggish"`, `described the plan as a "damp squib"`, `accused him of "stalling"`; forty-fourth session, helper
 * enshort). Three words or more there were quotes already; shorter marks are as often names, titles and terms, so they
 * are read here before they are taken.
 */
import type { Entity } from "../../schema/record.js"
import { NUM, PUNCT, WORD, isCapitalized } from "../internal/tokens.js"
import { lowerBoundBy } from "../../internal/search.js"
import { ArabicSubjects } from "./arabic.js"
import { EN_ARTICLE, EN_PERSON_BODY_LINKS } from "./english.js"
import { COMMAS, CUE_WINDOW, MARKS, REPORTED_WINDOW, type Cue, type Mark, type Speaker } from "./scanner.js"

/** Words before marks that a content word after them makes a compound term (`a "zero tolerance" drive`; forty-seventh session). */
const COMPOUND_LEADS: ReadonlySet<string> = new Set(["a", "an", "the", "of"])

/**
 * Function words that may follow a speaker's marked phrase inside its sentence (`a "vital step" in`, `"few surprises"
 * are left`): after an article and the marks, any other lower-case word reads as the head of a compound term
 * (forty-seventh session).
 */
const CLOSING_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "of in to for with on at from about between by into over under than as that which who whose where and but or nor because if when while is are was were be been being would could will should might may must can has have had do does did not still even towards toward across against after before during through within without among amid beyond behind upon since until like so yet".split(" ")
)

/** One word in marks right after these is a word talked about (`what "sustainable" means`; forty-seventh session). */
const TALKED_ABOUT_LEADS: ReadonlySet<string> = new Set(["that", "what"])

/** How many tokens at most from `where` after marks to the verb of its clause ({@link EnglishParts.inWhereClause}; fifty-third session). */
const WHERE_CLAUSE = 12

/** How many tokens at most from one English piece in marks to a later one of the same sentence ({@link EnglishParts.englishLaterPiece}). */
const LATER_ENGLISH_PIECE = 24
/** How many words at most in a later English piece of the same sentence ({@link EnglishParts.englishLaterPiece}). */
const LATER_ENGLISH_WORDS = 15

/**
 * Auxiliaries and modals that open marks after `but`/`and` as a predicate of the reported clause (`but "should learn
 * …"`, `and "is likely to …"`; {@link EnglishParts.joinedPredicate}); a past form in `-ed` does too.
 */
const JOINED_LEADS: ReadonlySet<string> = new Set(["should", "would", "will", "could", "must", "may", "might", "can", "cannot", "is", "was", "are", "were", "has", "had", "have", "did", "does", "needs", "need", "remains", "remained", "risks", "faces", "lacks", "lacked"])

/** Words that open a sentence before its subject (`But Henman urged …`, `Meanwhile, Mr Hill said …`; {@link EnglishParts.voicedBefore}). */
const VOICED_OPENERS: ReadonlySet<string> = new Set(["but", "and", "however", "meanwhile", "yet", "still", "now"])
/** Auxiliaries and adverbs between a named subject and its verb of stance or speech (`McEnroe also wants`, `Williams was keen`). */
const VOICED_BETWEEN: ReadonlySet<string> = new Set(["is", "was", "has", "had", "have", "also", "still", "now", "too", "clearly", "later", "afterwards", "though", "however", "remains", "remained", "seemed", "seems", "appeared", "appears", "not"])
/** How many tokens at most of a role before the person who opens the sentence (`Liberal Democrat foreign affairs spokesman Menzies Campbell`). */
const VOICED_ROLE = 7
/** How many tokens at most of an apposition between the person and the verb (`Mr Valentine, who was born in the US, agreed`). */
const VOICED_APPOSITION = 20

export abstract class EnglishParts extends ArabicSubjects {
  /**
   * The speaker of marks of three words or more that no cue attributes and that open a sentence, when the sentence
   * right before them (wholly after the quote before, `prevEnd`, no marks in it) opens with a person the entity stage
   * tagged (after `But`, `And`, `Meanwhile` … and a role of at most {@link VOICED_ROLE} words: `US coach Patrick
   * McEnroe`) whose verb is a speech verb of the lexicon, a verb of judging (`judgingVerbs`: `attacked`, `praised`) or a
   * word of stance (`stanceVerbs`: `wants`, `believes`, `keen`, `repeated` …), an apposition between commas, the body
   * after `of`/`from`/`at` he works for and `is`, `was`, `also`, `though` … at most between (fifty-third session,
   * helper enquote3, after the readers' "speaker of the previous quote carried on"): `"What a great way to finish," said
   * Nadal. US coach Patrick McEnroe wants Roddick to play more on clay. "I think it will help …"` is McEnroe's, not
   * Nadal's. Null otherwise (a sentence about another person with no such verb, `Henry scored twice.`, leaves the chain
   * as it was).
   */
  protected voicedBefore(m: Mark, prevEnd: number): Speaker | null {
    const t = this.t
    const dot = m.open - 1
    if (this.entities.length === 0 || dot <= this.ps || !this.isSentenceEnd(dot)) return null
    let s = this.sentenceStart(dot)
    // (after a quote that closed its own sentence, `… the start." Double try scorer …`, the sentence opens after the
    // closing mark)
    if (s === prevEnd && prevEnd > this.ps && this.isSentenceEnd(prevEnd - 1)) s = prevEnd + 1
    if (s <= prevEnd || s >= dot) return null
    for (let k = s; k < dot; k++) if (this.markChar(k) !== null) return null
    let k = s
    if (t.kinds[k] === WORD && VOICED_OPENERS.has(this.keys[k]!)) k++
    if (k < dot && this.isPunct(k, COMMAS)) k++
    // (the person, after a role of words alone: `Treasury Secretary John Snow`, `Double try scorer Martyn Williams`)
    let person = null
    let v = k
    for (; v < dot && v - k <= VOICED_ROLE; v++) {
      const j = v
      if (t.kinds[j] === WORD) {
        person = this.personAt(j)
        if (person !== null) break
        if (this.lex.verbForms.has(this.keys[j]!) || this.lex.enStanceVerbs.has(this.keys[j]!)) return null
      } else if (!this.gluedHyphen(j)) return null
    }
    if (person === null || !/[a-z]/i.test(person.text)) return null
    while (v < dot && this.orig(t.starts[v]!, t.ends[v]!).start < person.end) v++
    // (an apposition between commas, `Mr Valentine, who was born in the US, agreed`; `Hale, though, is eager`)
    if (v < dot && this.isPunct(v, COMMAS)) {
      let c = v + 1
      while (c < dot && c - v <= VOICED_APPOSITION && !this.isPunct(c, COMMAS)) c++
      if (c >= dot || !this.isPunct(c, COMMAS)) return null
      v = c + 1
    }
    // (the body after `of`, `from` or `at` the person works for, `Joe Marsh of the Ramblers' Trust has questioned`)
    if (v + 1 < dot && t.kinds[v] === WORD && EN_PERSON_BODY_LINKS.has(this.keys[v]!)) {
      let c = v + 1
      if (this.keys[c] === "the") c++
      const from = c
      while (c < dot && c - from < 5 && t.kinds[c] === WORD && isCapitalized(t, this.text, c)) c++
      if (c > from) v = c
    }
    let aux = 0
    while (v < dot && aux < 2 && t.kinds[v] === WORD && VOICED_BETWEEN.has(this.keys[v]!) && !isCapitalized(t, this.text, v)) {
      v++
      aux++
    }
    if (v >= dot || t.kinds[v] !== WORD || isCapitalized(t, this.text, v)) return null
    const key = this.keys[v]!
    if (!(this.lex.enStanceVerbs.has(key) || this.lex.enJudgingVerbs.has(key) || (this.lex.verbForms.has(key) && !this.lex.enParticiples.has(key)) || this.speechParticipleAfter(v, dot, person))) return null
    return this.pushEntity(person, null, v)
  }

  /**
   * The speaker of English marks that open right after a colon closing a sentence made only of a person the entity
   * stage tagged and, before the name, a role of words alone (at most {@link VOICED_ROLE}): `BBC Two controller Roly
   * Keating: "It's an exciting new era …"` (fifty-sixth session, lead, from the E29 reading; before, the speaker of the
   * quote before went on). No verb of the lexicon in the role (a sentence with a verb is read by the cues), the name
   * ending right at the colon, the sentence opening after the quote before (`prevEnd`). Null otherwise.
   */
  protected labelledBefore(m: Mark, prevEnd: number): Speaker | null {
    const t = this.t
    const colon = m.open - 1
    if (this.entities.length === 0 || colon <= this.ps || t.kinds[colon] !== PUNCT || this.keys[colon] !== ":") return null
    const s = this.sentenceStart(colon)
    if (s <= prevEnd || s >= colon) return null
    const person = this.personBeforeRelative(colon - 1)
    if (person === null || !/[a-z]/i.test(person.text)) return null
    // (the role before the name: words alone, no verb)
    let v = s
    for (; v < colon && this.orig(t.starts[v]!, t.ends[v]!).start < person.start; v++) {
      if (t.kinds[v] !== WORD || v - s >= VOICED_ROLE || this.lex.verbForms.has(this.keys[v]!) || this.lex.enStanceVerbs.has(this.keys[v]!)) return null
    }
    return this.pushEntity(person, null, v)
  }


  /**
   * Does a speech participle of the lexicon (`saying`, `adding`, `insisting`) stand right after a comma in the English
   * tokens `[v, dot)`, with no person other than `person` before it (`Treasury Secretary Jo Hill put a brave face on the
   * news, saying it was a sign of growth.`: the participle's subject is the one who opens the sentence; {@link
   * voicedBefore}, fifty-fifth session, helper enquote5)?
   */
  protected speechParticipleAfter(v: number, dot: number, person: Entity): boolean {
    const t = this.t
    const id = person.entityId ?? person.canonical
    for (let k = v + 1; k < dot; k++) {
      if (t.kinds[k] !== WORD) continue
      const other = this.personAt(k)
      if (other !== null && (other.entityId ?? other.canonical) !== id) return false
      if (this.isPunct(k - 1, COMMAS) && this.lex.enParticiples.has(this.keys[k]!) && !isCapitalized(t, this.text, k)) return true
    }
    return false
  }

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
    if (this.lex.enShortNoVerbs.has(verb) && !this.parentheticalPerson(cue)) return false
    if (this.lex.enShortNounVerbs.has(verb) && !(cue.at > this.ps && t.kinds[cue.at - 1] === WORD && this.lex.enPronouns.has(this.keys[cue.at - 1]!))) return false
    if (this.lex.enShortObjectVerbs.has(verb) && (cue.end === m.open || (t.kinds[cue.end] === WORD && EN_ARTICLE.test(this.keys[cue.end]!)))) return false
    // (one word right after the verb is mostly a word talked about, `said "selfie" topped the list`)
    if (cue.end === m.open && this.wordCount(a, b) === 1) return false
    return this.englishPieceShape(m, a, b)
  }

  /**
   * Is the English cue `cue` a verb set off by commas with a person the entity stage tagged right after it, the verb's
   * inverted subject (`the council, suggests Dr Jo Hill, could act as a "broker"`; fifty-seventh session, helper
   * enquote7)? Such a verb reports the clause around it, whose pieces in marks are that person's, even for the verbs
   * of `shortPartNoVerbs` whose subject is mostly a finding (`data suggests`).
   */
  protected parentheticalPerson(cue: Cue): boolean {
    if (this.entities.length === 0 || cue.at <= this.ps || !this.isPunct(cue.at - 1, COMMAS)) return false
    // (words alone up to the comma that closes the aside, six at most)
    let c = cue.end
    while (c < this.pe && c - cue.end < 6 && this.t.kinds[c] === WORD) c++
    if (c === cue.end || c >= this.pe || !this.isPunct(c, COMMAS)) return false
    const e = this.entityIn(this.orig(this.t.starts[cue.end]!, this.t.ends[c - 1]!))
    return e !== null && e.type === "PERSON"
  }

  /**
   * Do the words of the marks `m` (tokens `[a, b)`) read as a piece of someone's words rather than a name, a title or a
   * term ({@link englishPart}, {@link englishLaterPiece})? No capitalized word and no number in them, none right before
   * them that does not open the sentence nor right after them (unless a place's or a body's entity covers it), no
   * entity over them, no term's lead before them.
   */
  protected englishPieceShape(m: Mark, a: number, b: number): boolean {
    const t = this.t
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

  /**
   * The English speech verb that closes the sentence of the marks `m` (one to five words, no cue before them) after a
   * comma and its subject, as the speaker of their words (forty-seventh session, helper short): `The summit was a
   * "key step" in reviving the talks, Mr Lowe said.`, `The trend was "stupid", he said.`, `The board was making "a
   * full effort" to end the dispute, Mr Hale added.` The whole sentence is what the subject said; the marks are the
   * words of it they chose. `next` is the first cue after the marks (after a `where` clause right after them, the cue
   * past its verb: fifty-third session, helper encarry), `nextOpen` where the next marks open. The verb (a
   * lower-case English verb cue) the first cue after the marks, in their sentence, no marks between but later marks of
   * the same sentence (fifty-seventh session, helper enquote7), one to five words
   * between a comma and it (its subject), the sentence ending right after it or after the object of `told` (`has told
   * MPs.`, `told the BBC.`; not `…, too says BT.`), no cue before the marks in their sentence. The marks as {@link englishPart} reads
   * them: no capitalized word (`the "Big Four"`), a number only in three words or more, no capitalized word right around
   * them, no entity over them, no term's lead before them (`dubbed "…"`); not a compound term (`a "zero tolerance"
   * drive`: after `a`, `the` or `of`, a lower-case word after them that is no function word) nor one word after `what`
   * or `that` (a word talked about).
   */
  protected closingAttribution(m: Mark, a: number, b: number, last: Cue | undefined, next: Cue | undefined, nextOpen: number): Cue | null {
    const t = this.t
    if (next === undefined || !next.english || next.kind !== "verb" || m.capped || m.split || next.at <= m.close) return null
    const words = this.wordCount(a, b)
    if (words < 1 || words > 5 || isCapitalized(t, this.text, next.at)) return null
    // (`has told MPs.`, and `told the BBC.`: `the` and one capitalized word, the outlet; fifty-third session, helper encarry)
    const told = this.keys[next.end - 1] === "told" && next.end + 1 < this.pe && t.kinds[next.end] === WORD ? (this.keys[next.end] === "the" && next.end + 2 < this.pe && t.kinds[next.end + 1] === WORD && isCapitalized(t, this.text, next.end + 1) ? next.end + 2 : next.end + 1) : -1
    if (!(next.end < this.pe && this.isSentenceEnd(next.end)) && !(told > 0 && this.isSentenceEnd(told))) return null
    // (no cue before the marks in their sentence: `a bill which critics claim would allow it "through the back door"
    // …, the minister said` gives the words to the critics)
    if (last !== undefined && last.at >= this.sentenceStart(m.open)) return null
    // (the subject: one to five words after a comma, right before the verb)
    let c = next.at - 1
    while (c > m.close && next.at - c <= 6 && t.kinds[c] === WORD) c--
    if (c <= m.close || c === next.at - 1 || !this.isPunct(c, COMMAS)) return null
    // (the sentence runs on from the marks to that comma: no sentence end, colon or mark between, at most 40 tokens)
    // (later marks of the same sentence may stand between, `If voters "stayed at home" they could see him "walk in
    // through the side door", he added.`: the verb closes the whole sentence, the earlier piece with the later one;
    // fifty-seventh session, helper enquote7)
    if (c - m.close > 40) return null
    const later = nextOpen < next.end
    for (let k = m.close + 1; k < c; k++) if (this.isSentenceEnd(k) || (t.kinds[k] === PUNCT && (this.keys[k] === ":" || (!later && MARKS.has(this.keys[k]!))))) return null
    for (let k = a; k < b; k++) {
      if ((t.kinds[k] === NUM && words < 3) || (t.kinds[k] === WORD && isCapitalized(t, this.text, k) && !this.afterLowerHyphen(k, a))) return null
    }
    const before = m.open - 1
    if (before > this.ps && t.kinds[before] === WORD && isCapitalized(t, this.text, before) && this.sentenceStart(before) !== before) return null
    const after = m.close + 1
    if (after < this.pe && t.kinds[after] === WORD && isCapitalized(t, this.text, after) && !this.placeOrBodyAt(after)) return null
    if (this.entities.length > 0 && this.entityIn(this.orig(t.starts[a]!, t.ends[b - 1]!)) !== null) return null
    // (`a "zero tolerance" drive`, `of "compact" newspaper editions`: after an article or `of`, marks a content word
    // follows name a kind of thing, a term; `what "sustainable" means`, `suggestions that "outsourcing" is`: one word
    // after `what` or `that` is a word talked about)
    const prev = before > this.ps && t.kinds[before] === WORD ? this.keys[before]! : ""
    // (a plural in marks before a participle in -ing is no compound's head, `millions of "cliques" talking to each
    // other`: the participle opens a clause about them; fifty-seventh session, helper enquote7)
    const clause = t.kinds[b - 1] === WORD && this.keys[b - 1]!.endsWith("s") && after < this.pe && t.kinds[after] === WORD && this.keys[after]!.endsWith("ing")
    if (COMPOUND_LEADS.has(prev) && after < this.pe && t.kinds[after] === WORD && !isCapitalized(t, this.text, after) && !CLOSING_FUNCTION_WORDS.has(this.keys[after]!) && !clause) return null
    if (words === 1 && TALKED_ABOUT_LEADS.has(prev)) return null
    return this.termLeadBefore(m.open) ? null : next
  }

  /**
   * Are the one to three words of the marks `m` (tokens `[a, b)`) a later piece of the same speaker's words as the
   * English quote that closed at token `prevEnd` (its cue `prev`) in the same sentence (fifty-second session, helper
   * enshort): `The charity has called the detention centre a "national disgrace" and a "symbol of
   * neglect"`, `said the leaflet dragged the contest "into the mud" and showed they were "nervous"`. At most
   * {@link LATER_ENGLISH_PIECE} tokens on, no sentence end (nor one right inside the closing mark before), colon,
   * parenthesis, other mark or cue between (`cues`, whatever their kind: another verb speaks for itself), no participle
   * or `according` word and no person or body the entity stage tagged between them (`although Jo Hill was "X"`); the
   * marks as {@link englishPieceShape} reads them (no capital, number, entity or term's lead: `the so-called "X"`, `the
   * "Big Four"` stay out).
   */
  protected englishLaterPiece(m: Mark, a: number, b: number, prev: Cue, prevEnd: number, cues: ReadonlyArray<Cue>): boolean {
    const t = this.t
    if (!prev.english || m.capped || m.split || prevEnd <= this.ps || m.open <= prevEnd || m.open - prevEnd > LATER_ENGLISH_PIECE) return false
    const words = this.wordCount(a, b)
    if (words < 1 || words > LATER_ENGLISH_WORDS) return false
    // (the piece before closed its own sentence inside its marks, `… saying: "… the next place." Instead there was a
    // "peaceful resolution" …, he said.`: a new sentence)
    if (this.sentenceStart(m.open) > prevEnd || this.isSentenceEnd(prevEnd - 1)) return false
    for (let k = prevEnd + 1; k < m.open; k++) {
      if (this.isSentenceEnd(k) || (t.kinds[k] === PUNCT && (this.keys[k] === ":" || MARKS.has(this.keys[k]!) || this.keys[k] === "(" || this.keys[k] === ")"))) return false
      if (t.kinds[k] !== WORD) continue
      if (this.lex.enParticiples.has(this.keys[k]!) || this.keys[k] === "according") return false
      if (this.entities.length > 0) {
        const e = this.entityIn(this.orig(t.starts[k]!, t.ends[k]!))
        if (e !== null && (e.type === "PERSON" || e.type === "ORGANIZATION")) return false
      }
    }
    // (cues are in text order: the first one after the piece before, by binary search)
    const c = cues[lowerBoundBy(cues, prevEnd + 1, (x) => x.at)]
    if (c !== undefined && c.at < m.open) return false
    return this.englishPieceShape(m, a, b)
  }

  /**
   * The English verb cue whose reported clause holds the one to three words of the marks `m` (tokens `[a, b)`) past its
   * window (fifty-second session, helper enshort): `Ms Hale said a decision had yet to be made over how the campaign
   * would be led but the treasurer's role would be "central"`. The last cue before the marks, a verb, more than
   * {@link CUE_WINDOW} and at most {@link REPORTED_WINDOW} tokens before them in their sentence, no colon, semicolon,
   * parenthesis, other mark, participle or `according` between; the marks as {@link englishPart} reads them after that
   * verb (no capital, number, entity or term's lead; not `announced`, `claims` after no pronoun …). Longer marks only
   * as a predicate joined to the reported clause ({@link joinedPredicate}: `The report warns that the government should
   * not be scared off … by the failure of the e-University, but "should learn the lessons from this disaster"`;
   * fifty-ninth session, helper enfix). Null otherwise.
   */
  protected englishFarPiece(m: Mark, a: number, b: number, cues: ReadonlyArray<Cue>): Cue | null {
    const t = this.t
    const words = this.wordCount(a, b)
    const joined = words > 3 && this.joinedPredicate(m, a, b)
    if (words < 1 || (words > 3 && !joined) || m.capped || m.split) return null
    const cue = cues[lowerBoundBy(cues, m.open, (x) => x.at) - 1]
    if (cue === undefined || !cue.english || cue.kind !== "verb" || cue.at < this.ps || m.open - cue.at <= CUE_WINDOW || m.open - cue.end > REPORTED_WINDOW) return null
    if (this.sentenceStart(m.open) > cue.at) return null
    for (let k = cue.end; k < m.open; k++) {
      if (this.isSentenceEnd(k) || (t.kinds[k] === PUNCT && (this.keys[k] === ":" || this.keys[k] === ";" || MARKS.has(this.keys[k]!) || this.keys[k] === "(" || this.keys[k] === ")"))) return null
      if (t.kinds[k] === WORD && (this.lex.enParticiples.has(this.keys[k]!) || this.keys[k] === "according")) return null
    }
    if (joined) return cue.end <= m.open && !isCapitalized(t, this.text, cue.at) ? cue : null
    return this.englishPart(m, a, b, cue) ? cue : null
  }

  /**
   * Do the marks `m` (words `[a, b)`) open right after `but` or `and` with an auxiliary or a past form in lower case
   * (`…, but "should learn the lessons …"`, `and "failed to act in time"`), with no comma at their end nor right after
   * them? The marks then hold a predicate whose subject is the reported clause's, so they are the words the verb
   * reports however far from it; marks that open a clause of their own (`but "we will …"`, `and "the plan …"`) or
   * that an attribution may follow (`but "…," he added`) are not read here (fifty-ninth session, helper enfix).
   */
  protected joinedPredicate(m: Mark, a: number, b: number): boolean {
    const t = this.t
    const j = m.open - 1
    if (j <= this.ps || t.kinds[j] !== WORD || (this.keys[j] !== "but" && this.keys[j] !== "and") || t.kinds[a] !== WORD || isCapitalized(t, this.text, a)) return false
    const first = this.keys[a]!
    if (!JOINED_LEADS.has(first) && !(first.length >= 5 && first.endsWith("ed"))) return false
    return !this.isPunct(b - 1, COMMAS) && !(m.close + 1 < this.pe && this.isPunct(m.close + 1, COMMAS))
  }

  /**
   * The speaker of a whole English sentence between a quote (closing at token `prevEnd`, its speaker `previous`) and the
   * marks `m` that would go on with it (fifty-third session, helper encarry): `Open chief Jo Hill had said: "…" But her
   * agent insisted she had only postponed her return. "…"`, `"…." Mr Dunn warned that coders still needed to
   * adapt. "…"`. The last English verb cue (`cues`, kind `verb`, lower case) between them, its sentence opening after the
   * quote before and ending right before the marks (no other sentence end between), its subject read as before a verb:
   * a person the entity stage tagged (not a body: `EA said …. "…"` after its executive's quote is his), or a voice noun
   * (`her spokesman`, `a spokeswoman`), not a pronoun (`he says` goes on through the chain), and another than
   * `previous`. The marks are that subject's, not the quote before's (before, the speaker quoted before went on over
   * the sentence). Null otherwise.
   */
  protected speakerBetween(prevEnd: number, m: Mark, cues: ReadonlyArray<Cue>, previous: Speaker): Speaker | null {
    const t = this.t
    if (m.open - 1 <= prevEnd || !this.isSentenceEnd(m.open - 1)) return null
    const cue = cues[lowerBoundBy(cues, m.open, (x) => x.at) - 1]
    if (cue === undefined || !cue.english || cue.kind !== "verb" || cue.at <= prevEnd || isCapitalized(t, this.text, cue.at)) return null
    if (this.sentenceStart(cue.at) < prevEnd) return null
    for (let k = cue.end; k < m.open - 1; k++) if (this.isSentenceEnd(k) || this.markChar(k) !== null) return null
    const phrase = this.englishSubjectOf(cue, this.ps, this.pe)
    if (phrase === null || phrase[0] <= prevEnd) return null
    const [s, e] = phrase
    if (e - s === 1 && this.lex.enPronouns.has(this.keys[s]!)) return null
    const voice = e - s <= 3 && t.kinds[e - 1] === WORD && (this.isVoiceNoun(this.keys[e - 1]!) || this.lex.enBodyVoices.has(this.keys[e - 1]!))
    if (!voice && !(this.entities.length > 0 && this.entityIn(this.orig(t.starts[s]!, t.ends[e - 1]!))?.type === "PERSON")) return null
    const read = this.resolve(phrase, cue.gender, false)
    // (a person read, or the voice's words: `EA said the industry was bigger. "…"` after its executive's quote goes on
    // with him, the body speaking through him)
    if (read === null || (!read.person && !voice) || (read.entityId !== null ? read.entityId === previous.entityId : read.text === previous.text)) return null
    return read
  }

  /**
   * Are the marks `m` a slogan's words (fifty-third session, helper encarry): right after a noun of `sloganNouns` in lower
   * case (`the party's campaign slogan "Forward together", the minister insisted …`, `the motto "…"`), or after
   * it and a comma (`wore the club's motto, "Stand Together", on her cap`)? A label, no quote, whatever cue is near.
   */
  protected sloganBefore(m: Mark): boolean {
    const t = this.t
    let k = m.open - 1
    if (k > this.ps && this.isPunct(k, COMMAS)) k--
    return k >= this.ps && t.kinds[k] === WORD && this.lex.enSloganNouns.has(this.keys[k]!) && !isCapitalized(t, this.text, k)
  }

  /**
   * Does `where` in lower case open a clause right after the closing mark of `m`, a comma between at most (`a "heated
   * session" where some senior members argued …`, `"living wills", where people say …`; fifty-third session, helper
   * encarry)? The clause describes the marked words' thing; its verb
   * attributes nothing to them.
   */
  protected whereAfter(m: Mark): boolean {
    let k = m.close + 1
    if (k < this.pe && this.isPunct(k, COMMAS)) k++
    return k < this.pe && this.t.kinds[k] === WORD && this.keys[k] === "where" && !isCapitalized(this.t, this.text, k)
  }

  /**
   * Is the English cue `cue` the verb of the `where` clause right after the marks `m` ({@link whereAfter}): no comma,
   * colon, mark or sentence end between `where` and it, at most {@link WHERE_CLAUSE} tokens on? The cue after it is then
   * the one that may close the sentence.
   */
  protected inWhereClause(m: Mark, cue: Cue | undefined): boolean {
    if (cue === undefined || !cue.english || !this.whereAfter(m) || cue.at <= m.close + 1) return false
    const where = this.isPunct(m.close + 1, COMMAS) ? m.close + 2 : m.close + 1
    if (cue.at - where > WHERE_CLAUSE) return false
    for (let k = where + 1; k < cue.at; k++) if (this.t.kinds[k] === PUNCT) return false
    return true
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
