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
/** How many tokens at most between `called` and the opening mark when its object opens with an article or a possessive (`called the city's £2m grant from the national lottery "…"`). */
const CALLED_LONG_REACH = 14
/** Articles and possessives that open a long object of `called` ({@link CALLED_LONG_REACH}). */
const CALLED_OBJECT_OPENERS = new Set(["the", "a", "an", "his", "her", "its", "their", "this", "these"])
/** Prepositions inside a long object of `called`, after its noun (`the rebate from the EU`, `the dip in the figure`, `the rivalry between X and Y`). */
const CALLED_OBJECT_PREPOSITIONS = new Set(["from", "in", "of", "between", "over", "at", "on", "into", "about"])
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

/** How many tokens at most between a verb of `judgingVerbs` and the `as` before the marks (`attacked Labour's six new pledges as "…"`). */
const JUDGING_REACH = 10
/** How many tokens at most between a verb of `judgingVerbs` and the marks after its object's possessor (`attacked the government's "…"`). */
const JUDGING_POSSESSOR_REACH = 5
/** Possessive determiners right before the marks that a verb of `judgingVerbs` quotes (`welcomed his "gracious apology"`). */
const JUDGING_POSSESSORS = new Set(["his", "her", "its", "their"])
/**
 * Words between a verb of `judgingVerbs` and the marks that open another clause or phrase, or name the marks' own
 * speaker or source (`attacked the plan and said "…"`, `praised the film, which "…"`, `mocked X as the man who "…"`).
 */
const JUDGING_BREAKS = new Set(["that", "and", "or", "but", "while", "if", "because", "when", "where", "who", "which", "whom", "whose", "said", "says", "told", "called", "calls", "dubbed", "so-called", "known", "named", "titled", "entitled", "headlined", "as", "for", "by", "to", "over", "with", "using", "including"])

/** How many tokens at most between a verb of `findingVerbs` and the opening mark (`The committee found that those … had been caught up in the "…"`). */
const FINDING_REACH = 22
/** How many tokens at most a subject holds after the closing mark's comma and before a verb of `findingVerbs` (`"…", the select committee found.`). */
const FINDING_SUBJECT = 5
/** Words between a verb of `findingVerbs` and the marks that open another clause or name the marks' own speaker or source. */
const FINDING_BREAKS = new Set(["but", "while", "because", "who", "which", "whom", "whose", "said", "says", "told", "called", "calls", "dubbed", "so-called", "known", "named", "titled", "entitled", "headlined", "claims", "claim", "allegations", "reports", "accused", "according"])
/** How many tokens at most between a sentence's opening `the` and marks that hold a document's predicate (`The survey of a sample of 500 … "showed …"`). */
const DOCUMENT_PREDICATE_REACH = 30

/** Tokens at most from a group's verb to the marks of its clause ({@link EnglishCalls.groupCue}). */
const GROUP_REACH = 14

/** Words that end the clause of a group's verb before the marks ({@link EnglishCalls.groupCue}). */
const GROUP_BREAKS = new Set(["but", "and", "or", "while", "whereas", "although", "though", "because", "who", "which", "whom", "whose", "said", "says", "told", "according", "called", "dubbed", "so-called", "known", "named"])

/** Adverbs and auxiliaries between a group's noun and its verb, two at most (`critics also argue`, `have long claimed`). */
const GROUP_BETWEEN = new Set(["also", "still", "now", "have", "had", "will", "would", "may", "might", "could", "often", "long", "already", "even", "privately", "repeatedly"])

/** Tokens at most from a passive's participle of charging to the marks of the charge ({@link EnglishCalls.chargedPassive}). */
const CHARGE_REACH = 10

/** Words at most of the agent between `by` and `of`/`with` after a participle of charging (`accused by the Tories of`). */
const CHARGE_AGENT = 5

/** Forms of `be` and `stand` before a participle of charging (`is accused of`, `stands accused of`, `has been charged with`). */
const CHARGE_BE = new Set(["is", "was", "are", "were", "be", "been", "being", "stands", "stand", "stood"])

/** The prepositions after a participle of charging that the charge follows (`accused of`, `charged with`). */
const CHARGE_PREPOSITIONS = new Set(["of", "with"])

/** Forms of `be` before a group's progressive (`Ecologists are warning`). */
const GROUP_PROGRESSIVE = new Set(["are", "were"])
/** Words right after a verb of `findingVerbs` that open the clause it reports (`found that …`, `denied he had …`). */
const FINDING_CLAUSE = new Set(["that", "he", "she", "it", "they", "we"])

/** How many marks at most a list of words in marks holds before its passive's `by` (`described as "X" and "Y" by`). */
const AGENT_LIST = 3
/** How many tokens after `by` a person or a body the entity stage tagged is looked for as the agent (`by his friend and fellow broadcaster X`). */
const AGENT_REACH = 8
/** Articles and `as`/`for` between a participle of naming and the marks (`described as a "…"`, `criticised for "…"`). */
const AGENT_LEADS = new Set(["a", "an", "the", "as", "for"])
/** Lower-case words after `by` that name no agent (`by far`, `by phone`, `by default`, `by then`). */
const AGENT_NOT = new Set(["far", "then", "now", "phone", "telephone", "email", "e-mail", "post", "hand", "default", "mistake", "accident", "chance", "law", "night", "day", "way", "contrast", "comparison", "itself", "themselves", "himself", "herself", "some", "up", "about", "around", "almost", "nearly", "more", "less", "much", "as"])
/** Days and months after `by`: a time, no agent (`by Friday`, `by March`). */
const AGENT_TIMES = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|midnight|noon)$/
/** Articles before the marks after `as` (`attacked the plan as a "…"`). */
const EN_ARTICLES = new Set(["a", "an", "the"])
/** Currency signs glued to a number inside an object (`called the UK's £3bn rebate "…"`). */
const CURRENCY_SIGNS = new Set(["£", "$", "€", "¥"])
/** Words between a mark and the next one in a list (`"X" and "Y"`, `"X", "Y"`). */
const LIST_JOINS = new Set(["and", "or", ","])

export abstract class EnglishCalls extends EnglishParts {
  /**
   * The cue and speaker of the marks `m` (words `[a, b)`) that a passive gives to its agent, the person or body after
   * `by` right after the closing mark (fiftieth session, helper enpassive, after the E23 reading: `was fined £8,000 and
   * "sharply censured" by the league's board` gave the words to the manager fined, `in a step branded a
   * "shameful climbdown" by the opposition` to `a step`, and `have been branded "wholly reckless" by the Green
   * Party`, `described as "pure guesswork" by the ministry` to no one): a participle of naming or judging
   * (`passiveNamingVerbs`, in lower case) right before the marks, `as`, `for` and an article alone between (`described
   * as a "…"`), or a participle of judging (`passiveJudgedWords`) that ends one to three words in lower case in the
   * marks after a form of `be` or `and` (`was fined and "severely reprimanded"`); a list of marks goes on to the one
   * that `by` follows, at most {@link AGENT_LIST} (`described as "irresponsible" and "outrageous" by the IHRC`: each
   * mark is the agent's). The agent is a person or a body the entity stage tagged within {@link AGENT_REACH} words after
   * `by` (`by his friend and fellow broadcaster X`), else the noun phrase there (`by MPs`, `by the shadow home
   * secretary`, `by scouts who saw them`); not a time, a gerund or a manner (`by Friday`, `by cutting`, `by phone`).
   * With no `by` after the marks, the agent between `by` and `as` ({@link agentBeforeAsCue}: `was described by Hale as
   * the "finest phone yet"`). Null otherwise: a participle of feeling or harm (`was "shocked" by the news`,
   * `"crippled" by the move`) gives the words to no agent.
   */
  protected passiveAgentCue(m: Mark, a: number, b: number, marks: ReadonlyArray<Mark>, at: number): { cue: Cue; speaker: Speaker } | null {
    const t = this.t
    if (m.split || m.capped || a >= b) return null
    // (the first mark of a list: back over `"X" and` to the mark the participle stands before)
    let first = at
    while (first > 0 && at - first < AGENT_LIST && this.listJoined(marks[first - 1]!, marks[first]!)) first--
    // (the last one: on over `and "Y"` to the mark `by` follows)
    let last = at
    while (last + 1 < marks.length && last - at < AGENT_LIST && this.listJoined(marks[last]!, marks[last + 1]!)) last++
    const by = marks[last]!.close + 1
    if (by + 1 >= this.pe || t.kinds[by] !== WORD || this.keys[by] !== "by") return this.agentBeforeAsCue(m, a, b)
    const head = marks[first]!
    let k = head.open - 1
    let leads = 0
    while (k > this.ps && leads < 2 && t.kinds[k] === WORD && AGENT_LEADS.has(this.keys[k]!)) {
      k--
      leads++
    }
    let verb = -1
    if (k >= this.ps && t.kinds[k] === WORD && this.lex.enPassiveNaming.has(this.keys[k]!) && !isCapitalized(t, this.text, k)) verb = k
    else if (first === last && leads === 0 && head.open - 1 > this.ps && t.kinds[head.open - 1] === WORD && (EN_PASSIVE.has(this.keys[head.open - 1]!) || this.keys[head.open - 1] === "and") && this.wordCount(head.open + 1, head.close) <= 3 && t.kinds[head.close - 1] === WORD && this.lex.enPassiveJudged.has(this.keys[head.close - 1]!)) {
      for (let i = head.open + 1; i < head.close; i++) if (t.kinds[i] !== WORD || isCapitalized(t, this.text, i)) return null
      verb = head.close - 1
    }
    if (verb < 0) return null
    const agent = this.agentAfter(by)
    if (agent === null) return null
    // (`called` coins a term as often as it quotes: `what is called a "dead cat bounce" by traders`, `has been called "a
    // levy on success" by its critics`, the forty-fifth session's rows, a group's usage; there a person or body the
    // entity stage tagged, or an untagged phrase ending in no plural, speaks: `was called the "voice of a generation"
    // by … Tom Varley`, `called "…" by the sentencing judge`: the merge of the fiftieth session)
    if (this.keys[verb] === "called" && !this.taggedAgent(agent[0]) && this.keys[agent[1] - 1]!.endsWith("s")) return null
    const cue = this.wordVerbCue(verb)
    const speaker = this.resolve(agent, null)
    return speaker === null ? null : { cue, speaker }
  }

  /**
   * The cue and speaker of the marks `m` (words `[a, b)`) when the agent of a passive of naming or judging stands
   * between its participle and the `as` before them (fifty-third session, helper enquote3): `was described by Hale as
   * the "finest phone yet"`, `described by one teachers' union as a "raid on the classroom"`. The participle
   * (`passiveNamingVerbs`, in lower case) right before `by`, the agent ({@link agentAfter}) ending at the `as`, words,
   * numbers, glued hyphens and a possessive's apostrophe alone between `by` and `as` (at most {@link AGENT_REACH}
   * tokens), an article at most between `as` and the marks; one or two words in marks hold no capital and no entity
   * (`was described by fans as "Big Sam"` names). Null otherwise.
   */
  protected agentBeforeAsCue(m: Mark, a: number, b: number): { cue: Cue; speaker: Speaker } | null {
    const t = this.t
    if (m.split || m.capped || a >= b) return null
    let as = m.open - 1
    if (as > this.ps && t.kinds[as] === WORD && EN_ARTICLES.has(this.keys[as]!)) as--
    if (as <= this.ps || t.kinds[as] !== WORD || this.keys[as] !== "as") return null
    let by = as - 1
    for (; by > this.ps && as - by <= AGENT_REACH; by--) {
      if (t.kinds[by] === WORD && this.keys[by] === "by") break
      if (t.kinds[by] === PUNCT && !this.gluedHyphen(by) && !((this.keys[by] === "'" || this.keys[by] === "\u2019") && t.spaced[by] === 0)) return null
    }
    const verb = by - 1
    if (by <= this.ps || by + 1 >= as || t.kinds[by] !== WORD || this.keys[by] !== "by" || t.kinds[verb] !== WORD || !this.lex.enPassiveNaming.has(this.keys[verb]!) || isCapitalized(t, this.text, verb)) return null
    if (this.wordCount(a, b) <= 2) {
      for (let i = a; i < b; i++) if (t.kinds[i] !== WORD || isCapitalized(t, this.text, i)) return null
      if (this.entities.length > 0 && this.entityIn(this.orig(t.starts[a]!, t.ends[b - 1]!)) !== null) return null
    }
    const agent = this.agentAfter(by)
    if (agent === null || agent[1] > as) return null
    const cue = this.wordVerbCue(verb)
    const speaker = this.resolve(agent, null)
    return speaker === null ? null : { cue, speaker }
  }

  /** Does a person or an organisation the entity stage tagged start at token `i` ({@link passiveAgentCue}'s `called`)? */
  protected taggedAgent(i: number): boolean {
    const e = this.entityStartingAt(i)
    return e !== null && (e.type === "PERSON" || e.type === "ORGANIZATION")
  }

  /** Are the marks `x` and `y` two items of one list: `and`, `or` or a comma alone between them (`"X" and "Y"`)? */
  protected listJoined(x: Mark, y: Mark): boolean {
    return !x.capped && !x.split && y.open === x.close + 2 && LIST_JOINS.has(this.keys[x.close + 1]!)
  }

  /**
   * The agent after the `by` at token `by` ({@link passiveAgentCue}): a person or an organisation the entity stage
   * tagged that starts within {@link AGENT_REACH} tokens (words, numbers, glued hyphens and a possessive's apostrophe
   * alone before it, no relative word), its tokens; else the noun phrase right after `by`; null when the word after
   * `by` is a time, a gerund, an adverb or a word of manner ({@link AGENT_NOT}).
   */
  protected agentAfter(by: number): readonly [number, number] | null {
    const t = this.t
    const j = by + 1
    if (j >= this.pe || t.kinds[j] !== WORD) return null
    const first = this.keys[j]!
    if (AGENT_TIMES.test(first) || AGENT_NOT.has(first) || this.lex.enPronouns.has(first)) return null
    if (!isCapitalized(t, this.text, j) && (first.endsWith("ing") || first.endsWith("ly"))) return null
    if (this.entities.length > 0) {
      for (let i = j; i < this.pe && i - j < AGENT_REACH; i++) {
        const kind = t.kinds[i]
        if (kind === PUNCT && !this.gluedHyphen(i) && !((this.keys[i] === "'" || this.keys[i] === "\u2019") && t.spaced[i] === 0)) break
        if (kind === WORD && (this.keys[i] === "who" || this.keys[i] === "which" || this.keys[i] === "that")) break
        const e = kind === WORD ? this.entityStartingAt(i) : null
        if (e !== null && (e.type === "PERSON" || e.type === "ORGANIZATION")) {
          const end = this.walkPast(i, Math.min(this.pe, i + AGENT_REACH), e.end, "end")
          return end > i ? [i, end] : null
        }
      }
    }
    const e = this.phraseEnd(j, this.pe, true)
    return e > j ? [j, e] : null
  }

  /**
   * The cue and speaker of the marks `m` (words `[a, b)`, three or more) when a verb of `phraseVerbs` (thanking, hoping,
   * praising, welcoming, blaming) written in lower case stands at most {@link PHRASE_REACH} tokens before them, words,
   * numbers and glued hyphens alone between (none of {@link PHRASE_BREAKS}): `DJ 2000 thanked fans "for backing
   * the tour"`, `He hoped Kay-B would "lift the label …"`, `Ann Rees welcomed the mayor's "courage in keeping his
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
    const cue = this.wordVerbCue(k)
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
   * The cue and speaker of the marks `m` (words `[a, b)`) when a verb of `findingVerbs` (a finding, a conclusion, a
   * recommendation, a denial: no speech verbs) quotes them (fifty-seventh session, helper enpieces, after the E30
   * reading): (1) before them, in lower case, right before the clause it reports (`that` or a pronoun: `The select
   * committee found that those responsible … had been caught up in the "general atmosphere of enthusiasm"`, `Mr Howard
   * denied he had been "playing politics"`), at most {@link FINDING_REACH} tokens, words, numbers, commas and glued
   * hyphens alone between, none of {@link FINDING_BREAKS} (others' words: `denied claims that …`); (2) after them, the
   * closing mark, a comma, a subject of at most {@link FINDING_SUBJECT} words and the verb that ends the sentence (`had
   * "too much freedom to spend public money", the report found.`). The subject, as {@link calledCue} reads it, is a
   * pronoun, a phrase that holds a person or a body the entity stage tagged, or a definite document or body (`the
   * report`, `the select committee`: `issuedDocuments`, `studyDocuments`, `bodyNouns`, `namedKindNouns`). One or two words
   * in marks only in lower case, no entity in them, no term's lead before them, and before them only after a denial
   * (`denialVerbs`: `denied he was afraid of looking "soft"`; after a finding they name a term, `found that "games
   * literacy" was …`). The verb after token `after`. Null otherwise; these verbs feed no chain of their own.
   */
  protected findingCue(m: Mark, a: number, b: number, after: number): { cue: Cue; speaker: Speaker } | null {
    const t = this.t
    if (m.split || m.capped || a >= b || this.entities.length === 0) return null
    if (this.shortNamedOrTerm(m, a, b)) return null
    const from = Math.max(this.ps, after)
    let k = m.open - 1
    for (; k > from && k >= m.open - FINDING_REACH; k--) {
      if (t.kinds[k] === WORD && this.lex.enFindingVerbs.has(this.keys[k]!)) break
      if ((t.kinds[k] !== WORD && t.kinds[k] !== NUM && !this.gluedHyphen(k) && !this.isPunct(k, COMMAS)) || FINDING_BREAKS.has(this.keys[k]!)) {
        k = -1
        break
      }
    }
    let phrase: readonly [number, number] | null = null
    let cue: Cue | null = null
    // (one or two words after a finding only after a denial: `The NAO found that … the older "legacy projects"` names a
    // term)
    if (k > from && k >= m.open - FINDING_REACH && t.kinds[k] === WORD && this.lex.enFindingVerbs.has(this.keys[k]!) && !isCapitalized(t, this.text, k) && k + 1 < m.open && FINDING_CLAUSE.has(this.keys[k + 1]!) && (this.lex.enDenialVerbs.has(this.keys[k]!) || this.wordCount(a, b) >= MIN_WORDS_CUED)) {
      const prev = this.keys[k - 1]!
      if (t.kinds[k - 1] === WORD && (EN_PASSIVE.has(prev) || EN_DETERMINERS.has(prev))) return null
      cue = this.wordVerbCue(k)
      phrase = this.englishSubjectOf(cue, this.ps, this.pe)
    } else {
      // (after the marks: `"…", the report found.`)
      const c = m.close + 1
      if (c >= this.pe || !this.isPunct(c, COMMAS)) return null
      let v = c + 1
      while (v < this.pe && v - c <= FINDING_SUBJECT && t.kinds[v] === WORD && !this.lex.enFindingVerbs.has(this.keys[v]!)) v++
      if (v <= c + 1 || v >= this.pe || t.kinds[v] !== WORD || !this.lex.enFindingVerbs.has(this.keys[v]!) || !(v + 1 >= this.pe || this.isSentenceEnd(v + 1))) return null
      cue = this.wordVerbCue(v)
      phrase = [c + 1, v]
    }
    if (phrase === null || cue === null) return null
    const [s, e] = phrase
    const pronoun = e - s === 1 && this.lex.enPronouns.has(this.keys[s]!)
    const key = this.keys[e - 1]!
    const definite = e - s >= 2 && this.keys[s] === "the" && (this.documentNoun(key) || this.lex.enBodyNouns.has(key) || this.lex.enNamedKindNouns.has(key))
    if (!pronoun && !definite && !this.hasSpeakerEntity(phrase)) return null
    const read = this.resolve(phrase, null, false)
    if (read === null || (read.entityId !== null && this.typeOf(read.entityId) === "LOCATION")) return null
    return { cue, speaker: read }
  }

  /**
   * The marks `m` hold a charge's wording or an accuser's words in a passive of charging (fifty-eighth session, helper
   * enquote8, from the BBC News English dump: `Richard Scrushy, 52, is accused of "directing" a $2.7bn accounting
   * fraud`, `David Blunkett has been accused of using the "politics of confusion"`, `was charged with "conduct likely to
   * bring the game into disrepute"`): a participle of `chargeParticiples` in lower case right after a form of `be` or
   * `stand` (an adverb in `-ly` at most between), then `of` or `with`, at most {@link CHARGE_REACH} tokens before the
   * marks, words, numbers and glued hyphens alone between. The person charged said none of it. Null when no such
   * passive stands there; `{ agent: null }` when no agent is named (the marks are no quote); else the cue and the agent
   * named between `by` and `of`/`with` (`was accused by Labour of "scaremongering"` → Labour; at most
   * {@link CHARGE_AGENT} words), read with no push.
   */
  protected chargedPassive(m: Mark): { agent: { cue: Cue; speaker: Speaker } | null } | null {
    const t = this.t
    let k = m.open - 1
    for (; k > this.ps && k >= m.open - CHARGE_REACH; k--) {
      if (t.kinds[k] === WORD && this.lex.enChargeParticiples.has(this.keys[k]!)) break
      if (t.kinds[k] !== WORD && t.kinds[k] !== NUM && !this.gluedHyphen(k)) return null
    }
    if (k <= this.ps || k < m.open - CHARGE_REACH || !this.lex.enChargeParticiples.has(this.keys[k]!) || isCapitalized(t, this.text, k)) return null
    let be = k - 1
    if (be > this.ps && this.keys[be]!.endsWith("ly") && t.kinds[be] === WORD) be--
    if (t.kinds[be] !== WORD || !CHARGE_BE.has(this.keys[be]!)) return null
    if (CHARGE_PREPOSITIONS.has(this.keys[k + 1]!)) return { agent: null }
    if (this.keys[k + 1] !== "by") return null
    let e = k + 2
    while (e < m.open && e - k - 2 < CHARGE_AGENT && t.kinds[e] === WORD && !CHARGE_PREPOSITIONS.has(this.keys[e]!)) e++
    if (e >= m.open || e === k + 2 || !CHARGE_PREPOSITIONS.has(this.keys[e]!)) return null
    const speaker = this.resolve([k + 2, e], null, false)
    return { agent: speaker === null ? null : { cue: this.wordVerbCue(k), speaker } }
  }

  /**
   * The cue and speaker of the marks `m` (words `[a, b)`) in the clause of a verb of `groupVerbs` whose subject, right
   * before it, is a plural common noun of `groupNouns` (fifty-eighth session, helper enquote8, from the BBC News English
   * dump): `a bill which critics claim would legalise euthanasia "by the back door"` (no quote before), `Ministers say
   * the treaty would work better but critics fear creating a "super state"` (before, the ministers'), `UKIP officials
   * also argue Mr Kilroy-Silk has not been "straightforward"`, `Ecologists are warning MSPs that … "significant
   * intrusion"`. The verb in lower case, at most {@link GROUP_REACH} tokens before the marks, words, numbers and glued
   * hyphens alone between (none of {@link GROUP_BREAKS}, no mark), after token `after` (the cue {@link cueBefore} found,
   * which stays nearer otherwise); two adverbs or auxiliaries at most between noun and verb ({@link GROUP_BETWEEN}), a
   * progressive after `are`/`were`. One or two words in marks hold no capital and no entity, no term's lead before them.
   * The speaker is the noun with at most two capitalized words right before it (`UKIP officials`, `Tory critics`): the
   * group speaks for the piece, and it is read with no push, so that the chain of named speakers (a later `he said`)
   * never stands for it. Null otherwise.
   */
  protected groupCue(m: Mark, a: number, b: number, after: number): { cue: Cue; speaker: Speaker } | null {
    const t = this.t
    if (m.split || m.capped || a >= b) return null
    if (this.shortNamedOrTerm(m, a, b)) return null
    const from = Math.max(this.ps, after)
    let v = m.open - 1
    for (; v > from && v >= m.open - GROUP_REACH; v--) {
      if (t.kinds[v] === WORD && this.lex.enGroupVerbs.has(this.keys[v]!)) break
      if ((t.kinds[v] !== WORD && t.kinds[v] !== NUM && !this.gluedHyphen(v)) || GROUP_BREAKS.has(this.keys[v]!)) return null
    }
    if (v <= from || v < m.open - GROUP_REACH || !this.lex.enGroupVerbs.has(this.keys[v]!) || isCapitalized(t, this.text, v)) return null
    let head = v - 1
    if (this.keys[v]!.endsWith("ing")) {
      if (head <= this.ps || !GROUP_PROGRESSIVE.has(this.keys[head]!)) return null
      head--
    }
    for (let n = 0; n < 2 && head > this.ps && t.kinds[head] === WORD && GROUP_BETWEEN.has(this.keys[head]!); n++) head--
    if (head < this.ps || t.kinds[head] !== WORD || !this.lex.enGroupNouns.has(this.keys[head]!)) return null
    // (a capital that opens the sentence only when a name the entity stage tagged: `UKIP officials`, not `Privately`)
    const opens = this.sentenceStart(head)
    let s = head
    while (s - 1 >= opens && head - s < 2 && t.kinds[s - 1] === WORD && isCapitalized(t, this.text, s - 1) && (s - 1 > opens || this.entityIn(this.orig(t.starts[s - 1]!, t.ends[s - 1]!)) !== null)) s--
    const speaker = this.resolve([s, head + 1], null, false)
    return speaker === null ? null : { cue: this.wordVerbCue(v), speaker }
  }

  /**
   * Are the marks `m` (words `[a, b)`) one or two words that read as a name or a term, not a piece of speech: a word
   * with a capital or no word, an entity in them, or a term's lead before them (`so-called`, `known as`)? Three words
   * or more never are here ({@link findingCue}, {@link groupCue}).
   */
  private shortNamedOrTerm(m: Mark, a: number, b: number): boolean {
    const t = this.t
    if (this.wordCount(a, b) > 2) return false
    for (let i = a; i < b; i++) if (t.kinds[i] !== WORD || isCapitalized(t, this.text, i)) return true
    return this.entityIn(this.orig(t.starts[a]!, t.ends[b - 1]!)) !== null || this.termLeadBefore(m.open)
  }

  /**
   * The cue and speaker of the marks `m` (words `[a, b)`, three or more) that hold the predicate of a sentence a
   * definite document opens (`The survey of 1,000 voters aged 16 to 25 "showed Britain's young people are far from
   * apathetic …"`; fifty-seventh session, helper enpieces, after the E30 reading: before, the speaker quoted in the
   * sentence before): the marks open with a lower-case word in `-ed` or of `findingVerbs`, the sentence opens with `the`,
   * at most two lower-case words and a noun of `studyDocuments` or `issuedDocuments`, and at most
   * {@link DOCUMENT_PREDICATE_REACH} tokens run from it to the marks, none a mark. The document speaks. Null otherwise.
   */
  protected documentPredicateCue(m: Mark, a: number, b: number): { cue: Cue; speaker: Speaker } | null {
    const t = this.t
    if (m.split || m.capped || a >= b || t.kinds[a] !== WORD || isCapitalized(t, this.text, a) || this.wordCount(a, b) < MIN_WORDS_CUED) return null
    const first = this.keys[a]!
    if (!(first.endsWith("ed") || this.lex.enFindingVerbs.has(first))) return null
    const p = this.sentenceStart(m.open)
    if (m.open - p > DOCUMENT_PREDICATE_REACH || this.keys[p] !== "the") return null
    let n = p + 1
    while (n < m.open && n - p <= 3 && t.kinds[n] === WORD && !isCapitalized(t, this.text, n) && !this.documentNoun(this.keys[n]!)) n++
    if (n >= m.open || t.kinds[n] !== WORD || isCapitalized(t, this.text, n) || !this.documentNoun(this.keys[n]!)) return null
    for (let k = n + 1; k < m.open; k++) if (this.markChar(k) !== null) return null
    const speaker = this.resolve([p, n + 1], null, false)
    return speaker === null ? null : { cue: this.wordVerbCue(a), speaker }
  }

  /** The cue of a one-word English verb at token `k` (the calls of this file, each a verb with no mark needed after it). */
  private wordVerbCue(k: number): Cue {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    return { at: k, end: k + 1, kind: "verb", verb: this.text.slice(o.start, o.end), gender: null, needsMark: false, alsoNoun: false, english: true, continues: false, speaker: null }
  }

  /**
   * The cue and speaker of the marks `m` (words `[a, b)`) when a verb of `judgingVerbs` (attacking, deriding, praising:
   * no speech verbs) written in lower case quotes them in one of its two shapes (fifty-second session, helper enjudge):
   * after its object and `as`, an article at most between (`Mr Hale attacked the council's four new targets as "hollow"`,
   * `berated his band-mates as "dull people"`), the object at most {@link JUDGING_REACH} tokens; or right after its
   * object's possessor, a word in `'s` or `his`/`her`/`its`/`their`, within {@link JUDGING_POSSESSOR_REACH} tokens
   * (`attacked the board's "failure" to curb waste`, `welcomed his "gracious apology"`). Words, numbers,
   * glued hyphens and a currency sign glued to its number alone between, none of {@link JUDGING_BREAKS}; the verb none
   * of a passive (`was attacked as`: {@link passiveAgentCue}) nor one after a determiner; the marks open with a word in
   * lower case, one or two words hold no capital and no entity, no term's lead before them (`dubbed`, `known as`,
   * `so-called` coin a term). The subject as {@link calledCue} reads it (before a relative word and the verb's
   * modifiers, `which has attacked`): a pronoun, or a phrase that holds or stands for a person or a body the entity stage
   * tagged, no place. The verb after token `after` (the
   * cue {@link cueBefore} found, which stays nearer otherwise). Null otherwise.
   */
  protected judgedCue(m: Mark, a: number, b: number, after: number): { cue: Cue; speaker: Speaker } | null {
    const t = this.t
    if (m.split || a >= b || t.kinds[a] !== WORD || isCapitalized(t, this.text, a)) return null
    const from = Math.max(this.ps, after)
    // (the shape: `as` and an article at most before the marks, else a possessor right before them)
    let j = m.open - 1
    if (j > from && t.kinds[j] === WORD && EN_ARTICLES.has(this.keys[j]!)) j--
    let reach: number
    let end: number
    if (j > from && t.kinds[j] === WORD && this.keys[j] === "as") {
      reach = JUDGING_REACH
      end = j
    } else if (m.open - 1 > from && t.kinds[m.open - 1] === WORD && (JUDGING_POSSESSORS.has(this.keys[m.open - 1]!) || /['\u2019]s$/i.test(this.written(m.open - 1)))) {
      reach = JUDGING_POSSESSOR_REACH
      end = m.open
    } else return null
    let k = end - 1
    for (; k > from && k >= end - reach - 1; k--) {
      if (t.kinds[k] === WORD && this.lex.enJudgingVerbs.has(this.keys[k]!)) break
      if (t.kinds[k] === WORD ? JUDGING_BREAKS.has(this.keys[k]!) : t.kinds[k] !== NUM && !this.gluedHyphen(k) && !this.currencySign(k)) return null
    }
    // (an object between the verb and the `as` or the marks: `attacked as "…"` is a passive's or a term's)
    if (k <= from || k < end - reach - 1 || (k + 1 >= end && reach === JUDGING_REACH) || t.kinds[k] !== WORD || !this.lex.enJudgingVerbs.has(this.keys[k]!) || isCapitalized(t, this.text, k)) return null
    const prev = this.keys[k - 1]!
    if (t.kinds[k - 1] === PUNCT ? !COMMAS.has(prev) && prev !== ")" && prev !== "-" : EN_PASSIVE.has(prev) || EN_DETERMINERS.has(prev) || prev === "so") return null
    if (this.wordCount(a, b) <= 2) {
      for (let i = a; i < b; i++) if (t.kinds[i] !== WORD || isCapitalized(t, this.text, i)) return null
      if (this.entities.length > 0 && this.entityIn(this.orig(t.starts[a]!, t.ends[b - 1]!)) !== null) return null
    }
    if (this.termLeadBefore(m.open)) return null
    const cue = this.wordVerbCue(k)
    // (`the IATA, which has attacked …`, `Sir Jo Hill, who attacked …`: the body or the person before the relative word,
    // past the verb's modifiers)
    const r = this.beforeModifiers(k, this.ps) - 1
    const phrase = r > this.ps && t.kinds[r] === WORD && this.lex.enCalledRelatives.has(this.keys[r]!) ? (r - 1 > this.ps ? this.englishSubjectBefore(this.isPunct(r - 1, COMMAS) ? r - 1 : r, this.ps) : null) : this.englishSubjectOf(cue, this.ps, this.pe)
    if (phrase === null) return null
    const read = this.resolve(phrase, null, false)
    if (read === null || (read.entityId !== null && this.typeOf(read.entityId) === "LOCATION")) return null
    // (`Rebels attacked the town's "green zone"`: these verbs are no speech verbs, so a pronoun speaks, or a phrase that
    // holds or stands for a person or a body the entity stage tagged, `The Tory co-chairman`)
    const named = read.entityId !== null && (this.typeOf(read.entityId) === "PERSON" || this.typeOf(read.entityId) === "ORGANIZATION")
    // (`The Tory co-chairman attacked …`, `The Tory leader brands …`: a role's noun ends the subject, the person who holds
    // it speaks; fifty-third session, helper enquote3)
    const role = phrase[1] - phrase[0] >= 2 && this.keys[phrase[0]] === "the" && this.lex.enTitles.has(this.keys[phrase[1] - 1]!)
    if (!(phrase[1] - phrase[0] === 1 && this.lex.enPronouns.has(this.keys[phrase[0]]!)) && !this.hasSpeakerEntity(phrase) && !named && !role) return null
    const speaker = this.resolve(phrase, null)
    return speaker === null ? null : { cue, speaker }
  }

  /** Is the token `k` a currency sign glued to the number after it (`£3bn`, `$5m`)? */
  protected currencySign(k: number): boolean {
    const t = this.t
    return t.kinds[k] === PUNCT && CURRENCY_SIGNS.has(this.keys[k]!) && k + 1 < t.kinds.length && t.kinds[k + 1] === NUM && t.spaced[k + 1] === 0
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
    for (; k > from && k >= m.open - CALLED_LONG_REACH; k--) {
      if (t.kinds[k] === WORD && this.lex.enCalledVerbs.has(this.keys[k]!)) break
      if (t.kinds[k] !== WORD && t.kinds[k] !== NUM && !this.gluedHyphen(k) && !this.currencySign(k)) return null
    }
    if (k <= from || k < m.open - CALLED_LONG_REACH || t.kinds[k] !== WORD || !this.lex.enCalledVerbs.has(this.keys[k]!) || isCapitalized(t, this.text, k)) return null
    // (a long object, past CALLED_REACH, or one with a preposition inside, only after an article or a possessive right
    // after the verb: `called the city's £2m grant from the national lottery "overdue"`, `called the rise in March's
    // confidence figure "…"`; fifty-second session, helper enjudge)
    const longObject = k + 2 < m.open && t.kinds[k + 1] === WORD && CALLED_OBJECT_OPENERS.has(this.keys[k + 1]!)
    if (k < m.open - CALLED_REACH && !longObject) return null
    // (`the so-called "X"`, `is called "X"`, `has been called "X"`: a name or a term)
    const prev = this.keys[k - 1]!
    if (t.kinds[k - 1] === PUNCT ? !COMMAS.has(prev) && prev !== ")" : EN_PASSIVE.has(prev) || prev === "so" || EN_DETERMINERS.has(prev)) return null
    const words = this.wordCount(a, b)
    if (words <= 2) {
      for (let i = a; i < b; i++) if (t.kinds[i] !== WORD || isCapitalized(t, this.text, i)) return null
      if (this.entities.length > 0 && this.entityIn(this.orig(t.starts[a]!, t.ends[b - 1]!)) !== null) return null
    }
    // (one word then `and` or `but` closes its phrase too: `called the term "outrageous" and said …`)
    // (and `of` after an article's noun in marks: `called her a "pillar" of the co-operative movement`; fifty-third session,
    // helper enquote3)
    if (words === 1 && m.close + 1 < this.pe && t.kinds[m.close + 1] !== PUNCT && this.keys[m.close + 1] !== "and" && this.keys[m.close + 1] !== "but" && !(this.keys[m.close + 1] === "of" && (this.keys[m.open - 1] === "a" || this.keys[m.open - 1] === "an"))) return null
    if (this.termLeadBefore(m.open)) return null
    const s = k + 1
    let to = -1
    let between = false
    for (let i = s; i < m.open; i++) {
      const key = this.keys[i]!
      if (t.kinds[i] !== WORD) continue
      if (key === "to" && to < 0) to = i
      // (`called for the deal to be "…"`: `be` right after `to`)
      else if (key === "be" && to === i - 1) continue
      // (inside a long object, a preposition after its noun and `and` after `between`: `the rebate from the EU`, `the
      // rivalry between United and the Gunners`)
      else if (longObject && i > s + 1 && (CALLED_OBJECT_PREPOSITIONS.has(key) || (key === "and" && between))) between ||= key === "between"
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
    const cue = this.wordVerbCue(k)
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
