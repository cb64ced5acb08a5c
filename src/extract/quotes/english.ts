/**
 * Layer 6 of the quote scanner: the English subject of a speech verb — the noun phrase before it (`Mr Smith
 * said`), the name inside an apposition (`The mayor, Jane Hill, said`), the name after it at the end of a clause
 * (`…, warned Mr Cracknell.`), the name a possessive owns (`Sky Networks' Sophie Turner Laing`).
 *
 * @module
 */
import { NUM, PUNCT, WORD, isCapitalized } from "../internal/tokens.js"
import { ColonSpeech } from "./colon.js"
import { EN_DETERMINERS } from "./cues.js"
import { COMMAS, DASHES, type Cue } from "./scanner.js"
import type { Entity } from "../../schema/record.js"
import type { Range } from "../internal/ranges.js"
import { lowerBoundBy } from "../../internal/search.js"
import { loadGazetteerFiles } from "../entities/gazetteer.js"

/** How many capitalized words {@link EnglishSubjects.nameBeforeRole} reads back for a name (`Sir Jo Hill`). */
const ROLE_NAME_WORDS = 4
/** How many tokens at most an aside between dashes before an English verb holds ({@link EnglishSubjects.dashAsideBefore}). */
const DASH_ASIDE_TOKENS = 24
/** Lower-case words inside English names (`Ursula von der Leyen`). */
const NAME_PARTICLES = /^(?:de|der|van|von|bin|al|el|da|le|la|du)$/
/** English speech verbs that take an object or an addressee: `…, told BBC News:` is no inverted subject. */
const EN_TRANSITIVE = new Set(["told", "tells", "asked", "asks", "urged", "accused", "accuses", "branded", "described", "labelled", "labeled", "hailed", "condemned", "criticised", "criticized", "dismissed", "promised", "pledged", "reported", "revealed", "announced"])
/** Time words between an English subject and its verb (`on Sunday`, `last week`). */
const EN_TIME = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening|weekend)$/
/** Relative pronouns that open a clause between a subject and its verb (`The IAAF, which has …, said`; fifty-sixth session). */
const RELATIVE_OPENERS = new Set(["which", "who", "whose"])
/** Prepositions between the head of a subject and the phrase a relative clause after it follows (`The judge in the case, which …, said`). */
const HEAD_PREPOSITIONS = new Set(["in", "of", "at", "on", "for"])
/** An English article as a key (`the`, `a`, `an`). */
export const EN_ARTICLE = /^(?:the|a|an)$/
/** A year of the last two centuries (`in 1997`, `in 2004`), as a time phrase between a subject and its verb. */
const EN_YEAR = /^(?:19|20)\d\d$/
const EN_TIME_LEAD = new Set(["on", "last", "this", "at", "in"])
/**
 * Words that open a sentence with an adverbial phrase before its subject (`On Monday, Mr Brown attacked …`,
 * `In a statement, the firm …`): the subject starts after the phrase's comma.
 */
export const EN_ADVERBIAL_LEADS = new Set(["on", "in", "at", "after", "before", "during", "despite", "following", "speaking", "asked", "last", "since", "under", "with", "without", "for", "as", "while", "when", "although", "though", "if", "this", "among", "amid", "by", "from", "of", "to", "within"])
/** One-word adverbs that open a sentence before its subject, with or without a comma (`Meanwhile Ms Hutt defended …`). */
const EN_LEAD_ADVERBS = new Set(["meanwhile", "however", "now", "then", "also", "separately", "earlier", "later", "elsewhere", "instead", "overnight", "yesterday", "today", "still", "again"])
/** Adverbs between a subject and its verb with no comma around them (`The chancellor meanwhile insisted`; {@link EnglishSubjects.beforeModifiers}). */
const EN_MID_ADVERBS = new Set(["meanwhile", "however"])
/** Forms of `be` before a word of time to come (`was due to say`; beforeModifiers). */
const EN_BE = new Set(["is", "was", "are", "were", "be", "been"])
/** Words of time to come between `be` and `to` before a speech verb (`due`, `expected`, `set`, `about`, `going`, `scheduled`). */
const EN_PROSPECTIVE = new Set(["due", "expected", "set", "about", "going", "scheduled", "poised", "likely"])
/**
 * Participles of hearsay between `be` and `to have` before a speech verb (`Mr Brown is alleged to have told`, `she is
 * said to have warned`): the words are still the subject's, only reported (fifty-ninth session; beforeModifiers).
 */
const EN_HEARSAY = new Set(["alleged", "said", "reported", "reputed", "believed", "understood", "thought", "claimed", "rumoured", "rumored", "known", "supposed"])
const EN_AUXILIARIES = new Set(["has", "had", "have", "was", "were", "is", "are", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "also", "then", "later", "repeatedly", "initially", "recently", "previously"])
/** Verbs of a parenthetical attribution between commas (`Locally, say analysts, prices rose`). */
const PARENTHETICAL = new Set(["say", "says", "said"])
/** How many tokens an apposition after an inverted subject may run to its full stop ({@link EnglishSubjects.apposedToEnd}). */
const APPOSITION_TO_END = 16
/** How many tokens a name the entity stage left untagged may take ({@link EnglishSubjects.untaggedNameEndingAt}). */
const UNTAGGED_NAME_TOKENS = 6
/** Capitalized words that open a sentence and are no part of a name before it ({@link EnglishSubjects.untaggedNameEndingAt}). */
const UNTAGGED_NAME_STOPS = /^(?:but|and|however|meanwhile|yet|so|also|now|then|still)$/
/** How many tokens {@link EnglishSubjects.reportingBeforeMarks} reads inside the marks and back from them to `said`. */
const REPORTED_MARK_TOKENS = 8
/** Verbs that report speech before a clause (`X said the man shouted`). */
const REPORTING = new Set(["said", "says"])
/** Verbs of uttering: inside reported speech they still name who spoke (`X said the man shouted:`). */
const EN_UTTERING = new Set(["said", "says", "told", "claimed", "claims", "shouted", "yelled", "whispered", "exclaimed", "insisted", "insists", "warned", "warns", "argued", "stated", "declared", "replied", "asked", "wrote", "added"])
const EN_CLAUSE_BREAKS = new Set(["but", "while", "whereas", "although", "though", "yet"])
/** Leads of an adverbial clause, not of a phrase ({@link EnglishSubjects.englishSubjectBefore}: `when asked whether …`). */
const EN_CLAUSE_LEADS = new Set(["when", "while", "although", "though", "if", "as", "asked", "speaking", "since", "before", "after"])
/** Words that open a clause of time with a subject of its own (`when the host opened …`; {@link EnglishSubjects.englishSentenceSubject}). */
const EN_SUBORDINATORS = new Set(["when"])
/** Subordinating words that open a clause inside a sentence, no word of the subject after them (`even if the coach`; fifty-third session). */
const EN_CLAUSE_SUBORDINATORS = new Set(["if", "though", "although", "because", "unless", "whereas", "whilst", "until"])
/** Possessives and articles that open a subject after `but` (`… but his lawyer, Jo Hill, told`). */
const EN_SUBJECT_OPENERS = new Set(["his", "her", "their", "its", "the"])
/** Sentence openers before a subject (`But the minister …`). */
const EN_OPENERS = new Set(["but", "and", "yet", "so"])
/** Irregular past forms that end an English subject before a participle clause (`Ms Lee hit back, saying`). */
const EN_PAST = new Set(["hit", "made", "gave", "went", "spoke", "took", "came", "won", "lost", "left", "rose", "fell", "put", "set", "met", "sent", "led", "held", "paid", "brought", "thought", "got", "kept", "found", "sought", "stood", "began", "broke", "spent", "fought", "struck", "threw", "wrote", "told", "said", "read", "ran", "saw", "became", "chose", "drew", "felt", "heard", "knew", "let", "meant", "shut", "sat", "stuck", "swore", "taught", "understood", "withdrew", "quit", "cut", "hurt", "beat", "cast", "cost", "spread", "shed", "bid", "bet"])

/** Prepositions that join a person's role to the body he works for (`a strategist at Monument Securities`). */
const EN_EMPLOYER_LINKS = new Set(["at", "of", "from", "with", "for"])
/** Of those, the words that link a person to an employer right after the person's comma, with no role between (`X, from Y told`). */
const EN_BARE_EMPLOYER_LINKS = new Set(["of", "from"])
/**
 * Words that tie a person right before them to the body he works for, with no role and no comma between (`Mark Tilley
 * from the agency's Office of Food Standards told`, `Jo Hill at the Treasury said`; {@link EnglishSubjects.personFromBody}), and
 * before the body between a person who opens a sentence and his verb (`Joe Marsh of the Ramblers' Trust has
 * questioned`; `voicedBefore` in english-parts.ts).
 */
export const EN_PERSON_BODY_LINKS: ReadonlySet<string> = new Set(["from", "at", "of"])
/** How many tokens {@link EnglishSubjects.personFromBody} reads back to the start of the body's name (`FDA's Office of Drug Safety`). */
const BODY_NAME_TOKENS = 10
/** Words that open a relative clause (`Mr Gillmor, who founded …, said`): no role. */
const EN_RELATIVES = new Set(["who", "which", "that", "whose", "whom", "where"])

/** Possessives before a noun that a name the text binds to it stands for (`his son said`; {@link EnglishSubjects.personBoundToNoun}). */
const EN_KIN_OWNERS = new Set(["his", "her", "their"])
/** A possessive and a lower-case noun that end right before a name (`Mr Hall's son `, `his lawyer `). */
const EN_BOUND_NOUN = /(?:['\u2019]s|\b[Hh]is|\b[Hh]er|\b[Tt]heir) ([a-z][a-z-]*) $/

/** The list `index` holds under `key`, made empty on first need: an entry of an index built lazily ({@link EnglishSubjects.personBoundToNoun}, {@link EnglishSubjects.bodyNamedWithNoun}). */
const entryOf = <K, V>(index: Map<K, Array<V>>, key: K): Array<V> => {
  let list = index.get(key)
  if (list === undefined) index.set(key, (list = []))
  return list
}

/**
 * Nouns of a person who speaks or acts for another (`a spokesman for Mr Hale`, `an aide to Ms Cole`, `a source close to
 * Mr Hale`, `a lawyer for Ms Cole`): the person named after them is the one spoken for, not the speaker
 * ({@link EnglishSubjects.voiceForPerson}; forty-sixth session).
 */
const EN_VOICE_NOUNS = new Set(["spokesman", "spokeswoman", "spokesperson", "aide", "adviser", "advisor", "source", "lawyer", "solicitor", "representative", "agent", "friend", "ally"])
/** Titles of address before an English name (`Mr Blair`, `Dr Cole`): the words after them name a person. */
const EN_HONORIFICS = new Set(["mr", "mrs", "ms", "miss", "dr", "sir", "lord", "lady", "dame", "prof", "professor", "baroness"])
/** Titles of address of one sex right before a name (`Mr `, `Ms. `) and opening a name's own text. */
const EN_TITLE_OF_SEX = /(?:^|[^A-Za-z])(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Baroness)\.? $/
const EN_TITLE_OPENING = /^(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame|Baroness)\.? /
/** Of those, the men's. */
const EN_MALE_TITLES = new Set(["mr", "sir", "lord"])
/** English given names of the person gazetteer (`gazetteers/given-names`), built once on first need. */
let enGivenNames: ReadonlySet<string> | undefined
const isEnglishGivenName = (w: string): boolean =>
  (enGivenNames ??= new Set(loadGazetteerFiles().lists.find((f) => f.id === "gazetteers/given-names")?.entries.en ?? [])).has(w)
/** Words that tie a voice noun to the person spoken for (`for`, `to`, `of`; `close` before `to`). */
const EN_VOICE_LINKS = new Set(["for", "to", "of"])

/**
 * Participles of issuing between a document's noun and `by` (`a report published by the OECD`, `a lawsuit filed by
 * the singer`): the issuer after `by` (issuerOfMention in quotes/speakers.ts, {@link EnglishSubjects.issuerInApposition}).
 */
export const ISSUING_PARTICIPLES: ReadonlySet<string> = new Set(["published", "produced", "compiled", "issued", "released", "commissioned", "written", "prepared", "carried", "conducted", "filed", "brought", "lodged"])
/** Words that tie a body's voice noun after an inverted verb to the body (`a spokesman for Ofcom`, `an official at the ministry`). */
export const EN_VOICE_BODY_LINKS: ReadonlySet<string> = new Set(["for", "of", "at", "from"])
/** Words after the body that end the inverted voice's phrase as punctuation does (`said a spokesman for Ofcom on Monday`). */
const EN_AFTER_BODY = new Set(["on", "in", "at", "last", "this", "yesterday", "today", "earlier", "later"])
/** How many tokens of a body's capitalized name and links {@link EnglishSubjects.invertedVoiceBody} reads after `of`/`for`. */
const VOICE_NAME_TOKENS = 12

/** Finding the English subject of a cue (token ranges; {@link SpeakerResolver} turns them into speakers). */
export abstract class EnglishSubjects extends ColonSpeech {
  /** Is `[a, b)` a player's or a performer's epithet after `the` (defined by the speaker resolver)? */
  protected abstract englishEpithet(a: number, b: number): boolean

  /**
   * Is token `k` the word `and` or `but`, after which a verb shares the subject of the sentence before it (`She denied
   * … and said`, `Mr Letwin called Labour "…" but said`)?
   */
  protected sharesSubject(k: number): boolean {
    const key = this.keys[k]
    return (key === "and" || key === "but") && this.t.kinds[k] === WORD
  }

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
    // `There are such games already said Mr Owen.`: a person after `said` that ends the sentence is its subject, with
    // no comma before the verb too (a slip of the source; forty-fourth session)
    if (cue.at > ps && PARENTHETICAL.has(this.keys[cue.at]!) && this.t.kinds[cue.at - 1] === WORD && cue.end < pe && isCapitalized(this.t, this.text, cue.end)) {
      const e = this.phraseEnd(cue.end, pe, true)
      if (e > cue.end && e < pe && (this.keys[e] === "." || this.apposedToEnd(e, pe)) && this.personEndingAt(e - 1, cue.end - 1) !== null && this.allCapitalized([cue.end, e])) return [cue.end, e]
    }
    // `Locally, too, say analysts, recent events have helped`, `Worryingly, said the firm, …`: `say` between commas with
    // a subject of lower-case words after it is a parenthetical attribution; that subject is the speaker, not the
    // adverb before it (forty-fourth session)
    // (at most four words, none a verb or an auxiliary: `Jo Banks, an MP, said the issue would fade, …` is no such)
    if (cue.at > ps && this.isPunct(cue.at - 1, COMMAS) && cue.end < pe && PARENTHETICAL.has(this.keys[cue.at]!) && this.t.kinds[cue.end] === WORD && !isCapitalized(this.t, this.text, cue.end)) {
      const e = this.phraseEnd(cue.end, pe, true)
      if (e > cue.end && e - cue.end <= 4 && e < pe && this.isPunct(e, COMMAS) && !this.lex.enPronouns.has(this.keys[cue.end]!) && this.nounWords(cue.end, e)) return [cue.end, e]
    }
    // `She denied their plans were shifting and said …`: a verb after `and` shares the sentence's subject (the words
    // before `and` are the first verb's object)
    // (and after `but`: `Mr Letwin called Labour "…" but said`, forty-third session)
    const b = this.beforeModifiers(cue.at, ps)
    if (b - 1 > ps && this.sharesSubject(b - 1)) {
      const shared = this.englishSentenceSubject(this.sentenceStart(cue.at), b - 1)
      if (shared !== null) return shared
    }
    const subject = this.englishSubjectBefore(cue.at, ps)
    // `Mr Lowe said the board had agreed …`, `A spokeswoman said Lord Woolf agreed …`: a verb inside reported speech that
    // need not be speech (agreed to, promised to) leaves the words with the reporter; one of uttering (`He said the man
    // shouted:`, `Mr Howard said the police had said …`) gives them to its own subject
    if (subject !== null && subject[0] - 1 > ps && REPORTING.has(this.keys[subject[0] - 1]!) && !EN_UTTERING.has(this.keys[cue.at]!)) {
      return this.englishSubjectBefore(subject[0] - 1, ps) ?? subject
    }
    // `Jo Hale said instead of the "cull of red tape" the government had promised, there had been a "flood"`: a
    // verb of no uttering whose subject follows a closing mark and that a comma closes with no object is a relative
    // clause on the quoted noun (the bonfire Labour promised); it names no speaker, the `said` before the marks does
    // (fifty-first session, helper enquotes; before, `New Labour` took the reporter's words)
    if (subject !== null && subject[0] - 1 > ps && this.markChar(subject[0] - 1) !== null && !EN_UTTERING.has(this.keys[cue.at]!) && cue.end < pe && this.isPunct(cue.end, COMMAS)) {
      const r = this.reportingBeforeMarks(subject[0] - 1, ps)
      if (r >= 0) return this.englishSubjectBefore(r, ps) ?? subject
    }
    // `Jo Hill said talks with the producers revealed …`, `Jo Hill told MPs that the US had agreed …`: the reported
    // clause's subject is longer than its noun phrase, or follows `that`; a person there is the clause's own speaker
    // (`… told Vanity Fair that Brando's assistant suggested`; forty-fifth session)
    if (subject !== null && !EN_UTTERING.has(this.keys[cue.at]!) && !this.hasPerson(subject)) {
      const r = this.reportingBefore(subject[0], ps)
      if (r >= 0) return this.englishSubjectBefore(r, ps) ?? subject
    }
    return subject
  }

  /**
   * After an inverted speech verb (`"…," said X`), the phrase `[s, e)` that stopped at a link word `e` when it is a
   * body's unnamed voice, and the speaker's words as the subject-first order would give them, for the documented
   * convention that the body speaks for its unnamed spokesperson (fiftieth session, helper enbody):
   * - an article, at most two lower-case words and a body's voice noun (`bodyVoices`: `spokesman`, `official`, `source`
   *   …) before `for`, `of`, `at` or `from` (`said a spokesman for Ofcom.`, `said an official at the ministry.`): the
   *   words after the link up to punctuation, the paragraph's end or a time or place phrase (a name's comma with a
   *   capital after it is an apposition: unchanged), when they end in an entity that is no person or are `the` and a
   *   body's noun (`the company`, `the ministry`; the speaker stage reads `the company` for the body named before); when
   *   a person opens them (`said a spokesman for Mr Blair.`), the whole phrase, which the speaker stage gives as the
   *   person's voice (`voiceForPerson`, forty-sixth session). A person's noun with no entity (`said a spokesman for the
   *   author`) is left as before;
   * - an article and capitalized words before `of` or `for` inside a body's capitalized name that a body's voice noun in
   *   lower case closes, with punctuation after it (`said a Department of Homeland Security spokeswoman.`, the entity
   *   stage tagging part of the name only): the name, whose entity the speaker stage reads (before: `Department`).
   * At most three links and {@link VOICE_NAME_TOKENS} tokens of a name; null when neither shape holds.
   */
  protected invertedVoiceBody(s: number, e: number, pe: number): readonly [number, number] | null {
    if (e >= pe - 1 || e - s < 2 || e - s > 4 || this.t.kinds[e] !== WORD || !EN_ARTICLE.test(this.keys[s]!) || isCapitalized(this.t, this.text, s)) return null
    const closes = (n: number): boolean => n >= pe || (this.t.kinds[n] === PUNCT && !(this.isPunct(n, COMMAS) && n + 1 < pe && this.t.kinds[n + 1] === WORD && isCapitalized(this.t, this.text, n + 1)))
    const noun = e - 1
    if (EN_VOICE_BODY_LINKS.has(this.keys[e]!) && this.lex.enBodyVoices.has(this.keys[noun]!) && !isCapitalized(this.t, this.text, noun)) {
      for (let k = s + 1; k < noun; k++) if (this.t.kinds[k] !== WORD || isCapitalized(this.t, this.text, k)) return null
      const b = e + 1
      const n = this.phraseEnd(b, pe, true)
      if (n <= b || !(closes(n) || (this.t.kinds[n] === WORD && EN_AFTER_BODY.has(this.keys[n]!)))) return null
      if (this.personOpeningNear(b, n) >= 0) return [s, n]
      const body = this.entityIn(this.orig(this.t.starts[n - 1]!, this.t.ends[n - 1]!))
      if (body !== null && body.type !== "PERSON" && this.nounWords(b, n)) return [b, n]
      return n - b === 2 && this.keys[b] === "the" && (this.lex.enBodyNouns.has(this.keys[b + 1]!) || this.lex.enVoicedBodyNouns.has(this.keys[b + 1]!)) && !isCapitalized(this.t, this.text, b + 1) ? [b, n] : null
    }
    // (`said a Department of Homeland Security spokeswoman.`: the capitalized name over its links)
    if ((this.keys[e] !== "of" && this.keys[e] !== "for") || !isCapitalized(this.t, this.text, e - 1)) return null
    for (let k = s + 1; k < e; k++) if (this.t.kinds[k] !== WORD || !isCapitalized(this.t, this.text, k)) return null
    let k = e
    for (let links = 0; links < 3 && k < pe && k - e < VOICE_NAME_TOKENS && this.t.kinds[k] === WORD && (this.keys[k] === "of" || this.keys[k] === "for"); links++) {
      k++
      if (k >= pe || this.t.kinds[k] !== WORD || !isCapitalized(this.t, this.text, k)) return null
      while (k < pe && k - e < VOICE_NAME_TOKENS && this.t.kinds[k] === WORD && (isCapitalized(this.t, this.text, k) || this.keys[k] === "and")) k++
    }
    return k < pe && this.t.kinds[k] === WORD && this.lex.enBodyVoices.has(this.keys[k]!) && !isCapitalized(this.t, this.text, k) && closes(k + 1) ? [s + 1, k] : null
  }

  /**
   * The token of `said` or `says` before the marks that close at token `close` (`said instead of the "bonfire"`): the
   * marks' opening one, then at most {@link REPORTED_MARK_TOKENS} words back with no punctuation, no verb of the
   * lexicon but the reporting one; -1 when none (fifty-first session, helper enquotes).
   */
  protected reportingBeforeMarks(close: number, ps: number): number {
    let j = close - 1
    while (j > ps && close - j <= REPORTED_MARK_TOKENS && this.markChar(j) === null) j--
    if (j <= ps || this.markChar(j) === null) return -1
    const open = j
    for (j = open - 1; j > ps && open - j <= REPORTED_MARK_TOKENS; j--) {
      if (this.t.kinds[j] !== WORD) return -1
      if (REPORTING.has(this.keys[j]!)) return j
      if (this.lex.verbs.longestAt(this.keys, j, open) !== null) return -1
    }
    return -1
  }

  /**
   * The token of `said`, `says` or `told` that reports a clause whose subject's words start at `k`: before `that`, or
   * before at most four words with no verb (`said talks with …`, `told the Commons that …`); -1 when none.
   */
  protected reportingBefore(k: number, ps: number): number {
    let j = k - 1
    const that = j > ps && this.keys[j] === "that" && this.t.kinds[j] === WORD
    if (that) j--
    for (let n = 0; j > ps && n <= 4; n++, j--) {
      if (this.t.kinds[j] !== WORD) return -1
      const key = this.keys[j]!
      if (REPORTING.has(key) || (key === "told" && that)) return (n > 0 || that) && this.nounWords(j + 1, that ? k - 1 : k) ? j : -1
    }
    return -1
  }

  /**
   * `"…," said the festival's director, Jo Hill.`, `said his wife, Ann.`: after a verb, a lower-case role opened by an
   * article or a possessive (`[s, e)`, words on to its comma, no verb, within fourteen tokens) and a name after its
   * comma that ends the sentence or a clause: the name's tokens (a person entity, or one to three capitalized words with
   * no entity and no day); else null (forty-fifth session).
   */
  protected nameAfterRole(s: number, e: number, pe: number): readonly [number, number] | null {
    if (e <= s + 1 || !EN_SUBJECT_OPENERS.has(this.keys[s]!) || isCapitalized(this.t, this.text, s) || isCapitalized(this.t, this.text, e - 1)) return null
    let j = e
    while (j < pe && j - s < 14 && this.t.kinds[j] === WORD) j++
    if (j >= pe - 1 || !this.isPunct(j, COMMAS) || !this.nounWords(s, j)) return null
    const n = j + 1
    if (this.t.kinds[n] !== WORD || !isCapitalized(this.t, this.text, n)) return null
    const end = this.phraseEnd(n, pe, true)
    if (end <= n || (end < pe && this.keys[end] !== "." && !this.isPunct(end, COMMAS) && !this.asideDash(end, pe))) return null
    const name: readonly [number, number] = [n, end]
    if (this.hasPerson(name)) return name
    if (end - n > 3 || !this.allCapitalized(name) || this.entityIn(this.orig(this.t.starts[n]!, this.t.ends[end - 1]!)) !== null) return null
    for (let k = n; k < end; k++) if (EN_TIME.test(this.keys[k]!)) return null
    return name
  }

  /**
   * The name of a person right before the comma that opens the role `[s, e)` (a possessive in it, or a last word in lower
   * case; no article or determiner first, no person in it) when the name opens its clause (the paragraph's start, a
   * sentence's, or a comma before it): `…, Alan Hill, Labour's campaign chief told`, the comma after the role left
   * out. Up to {@link ROLE_NAME_WORDS} capitalized words; null otherwise (forty-ninth session).
   */
  protected nameBeforeRole(s: number, e: number, ps: number): readonly [number, number] | null {
    if (s - 2 < ps || !this.isPunct(s - 1, COMMAS) || this.entities.length === 0) return null
    if (EN_DETERMINERS.has(this.keys[s]!) || !(this.possessiveIn([s, e]) || !isCapitalized(this.t, this.text, e - 1)) || this.hasPerson([s, e])) return null
    for (let k = s; k < e; k++) if (this.t.kinds[k] === WORD && (this.lex.enPronouns.has(this.keys[k]!) || EN_AUXILIARIES.has(this.keys[k]!))) return null
    let n = s - 1
    while (n > ps && s - 1 - n < ROLE_NAME_WORDS && this.t.kinds[n - 1] === WORD && isCapitalized(this.t, this.text, n - 1)) n--
    if (n === s - 1 || !this.hasPerson([n, s - 1])) return null
    const opens = n === ps || this.isPunct(n - 1, COMMAS) || this.sentenceStart(n) === n
    return opens ? [n, s - 1] : null
  }

  /**
   * The issuer named in the apposition `[s, e)` after a subject `before` that is an article and a document's noun
   * (`the letter`, `a statement`: the lexicon's `issuedDocuments`), as a token span, or null: `from` and an
   * organisation's name (an entity that is no person ends it, two to eight tokens: `The letter, from the Home Office,
   * says`; fifty-first session), or a participle of issuing (`published`, `filed` …), `by` and, past `the` and at most
   * three lower-case words, a person or an organisation that opens there (`The report, published by the Fulton
   * Institute on Monday, said`; fifty-seventh session, helper enquote7).
   */
  protected issuerInApposition(before: readonly [number, number], s: number, e: number): readonly [number, number] | null {
    if (before[1] - before[0] !== 2 || !EN_ARTICLE.test(this.keys[before[0]]!) || !this.lex.enIssuedDocuments.has(this.keys[before[0] + 1]!)) return null
    if (e - s < 2 || isCapitalized(this.t, this.text, s)) return null
    if (this.keys[s] === "from") {
      if (e - s > 8) return null
      const o = this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!)
      const body = this.entityIn(o)
      return body !== null && body.type === "ORGANIZATION" && body.end === o.end && this.nounWords(s + 1, e) ? [s + 1, e] : null
    }
    if (e - s > 16 || !ISSUING_PARTICIPLES.has(this.keys[s]!) || this.keys[s + 1] !== "by" || this.entities.length === 0) return null
    let k = s + 2
    if (k < e && this.keys[k] === "the") k++
    for (let n = 0; k < e && n <= 3; n++, k++) {
      if (this.t.kinds[k] !== WORD) return null
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      const issuer = this.entityIn(o)
      if (issuer !== null && issuer.start === o.start && (issuer.type === "ORGANIZATION" || issuer.type === "PERSON")) {
        let z = k + 1
        while (z < e && this.orig(this.t.starts[z]!, this.t.ends[z]!).start < issuer.end) z++
        return [k, z]
      }
      if (isCapitalized(this.t, this.text, k)) return null
    }
    return null
  }

  /** Are tokens `[a, b)` words with no verb and no auxiliary among them (`industry experts`, `the report`)? */
  protected nounWords(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.t.kinds[k] !== WORD || EN_AUXILIARIES.has(this.keys[k]!) || this.mainVerbAt(k)) return false
    return true
  }

  /**
   * Is `of` at token `j` inside a capitalized name (fifty-fourth session, helper arphrase): a capitalized word before
   * it that does not open the sentence (a word before it), a capitalized word after it or `the` and a capitalized word
   * (`Top of the Pops`, `House of Lords`)? Not `Most of the MPs` opening a sentence, nor after a person's name, tagged
   * or of two or three capitalized words (`Marco D'Alessi of the FBI`: the man of a body, {@link personFromBody}; at the
   * merge with helper enquote4).
   */
  protected ofInsideName(j: number, ps: number): boolean {
    if (j - 2 < ps || this.t.kinds[j - 1] !== WORD || this.t.kinds[j - 2] !== WORD || !isCapitalized(this.t, this.text, j - 1)) return false
    const n = j + 1 < this.t.kinds.length && this.keys[j + 1] === "the" && !isCapitalized(this.t, this.text, j + 1) ? j + 2 : j + 1
    if (!(n < this.t.kinds.length && this.t.kinds[n] === WORD && isCapitalized(this.t, this.text, n))) return false
    return this.personEndingAt(j - 1, ps - 1) === null && this.untaggedNameEndingAt(j - 1, ps) === null
  }

  /**
   * The subject before the `, who` of a relative clause that ends, with its asides, at the comma before token `c` (the
   * verb's modifiers' start), within thirty tokens of words, numbers, commas, `%` and `-` (`Caprice, who left …, having
   * won 5% of the vote, afterwards said`; forty-fourth session), else null. Read at `depth` below 2 only.
   */
  protected relativeAsideSubject(c: number, ps: number, depth: number): readonly [number, number] | null {
    if (!(c - 1 > ps && this.isPunct(c - 1, COMMAS) && depth < 2)) return null
    for (let j = c - 2; j > ps + 1 && c - j < 30; j--) {
      if (this.markChar(j) !== null || (this.t.kinds[j] === PUNCT && !this.isPunct(j, COMMAS) && this.keys[j] !== "%" && this.keys[j] !== "-")) break
      if (this.keys[j] === "who" && this.isPunct(j - 1, COMMAS)) return this.englishSubjectBefore(j - 1, ps, depth + 1)
    }
    return null
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
      // (a hyphen glued inside a word, `Sheffield-based`, is part of the apposition, and so is the apostrophe of a
      // possessive in `s'`, `Wales' two-try scorer`: fifty-third session, helper enquote3)
      while (s > ps && c - 1 - s < 20 && (this.t.kinds[s - 1] === WORD || this.t.kinds[s - 1] === NUM || this.gluedHyphen(s - 1) || this.possessiveApostrophe(s - 1))) s--
      if (s < c - 1 && s > ps && this.isPunct(s - 1, COMMAS)) {
        // `…, Dr Fiona Ashworth, said`: the name is the apposition; `Dr Owen Llewellyn, an ecologist …, said`,
        // `Mr Davies, 60, said`, `Lord Bach, Minister for Defence Procurement, said`: it stands before it
        const appo: readonly [number, number] = [s, c - 1]
        // `The IAAF, which has suspended Russia, said`, `Nick Ames, spokesman for the IAAF, which handed out the bans,
        // said`, `The judge in the case, which lasted nine days, said`: a relative clause between commas right before the
        // verb stands for the head of the phrase before it, not for a word of that phrase (fifty-sixth session, helper
        // enquote6)
        if (depth === 0 && RELATIVE_OPENERS.has(this.keys[s]!) && !isCapitalized(this.t, this.text, s)) {
          const head = this.relativeHead(s - 1, ps)
          if (head !== null) return head
        }
        const before = depth < 2 ? this.englishSubjectBefore(s - 1, ps, depth + 1) : null
        // `The Bishop of Harlow, the Right Reverend John Lyle, told`: `the`, capitalized words of address and a
        // person's name that ends the apposition name the subject the role before the comma describes; the name is the
        // subject, not the role's last words (fifty-first session, helper enscrap, after the E25 reading: before,
        // `Cardiff`); only when no person ends the words before the comma
        if (this.keys[s] === "the" && !isCapitalized(this.t, this.text, s) && c - 2 > s + 1 && this.allCapitalized([s + 1, c - 1]) && !(before !== null && this.hasPerson(before))) {
          const named = this.personEndingAt(c - 2, s)
          if (named !== null) return named
        }
        // `The letter, from the Home Office, says:`: a document and its issuer after `from` in apposition: the issuer
        // speaks, as for `a Home Office letter` (fifty-first session, helper enscrap, after the E25 reading: before,
        // `The letter`); only an organisation the entity stage tagged that ends the apposition
        const issuer = before !== null ? this.issuerInApposition(before, s, c - 1) : null
        if (issuer !== null) return issuer
        // (`Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, before becoming AM for Aberavon, said`: a
        // phrase with no person read back through the asides of a `, who` clause stands for that clause's head;
        // fifty-eighth session, helper enquote8: before, `Upper Afan Valley`)
        if (!isCapitalized(this.t, this.text, s) || EN_ARTICLE.test(this.keys[s]!)) return before !== null && this.entities.length > 0 && !this.hasPerson(before) ? this.relativeAsideSubject(c, ps, depth) ?? before : before
        if (this.entities.length > 0) {
          // `Sir Peter Lyle, Anne Carter's former press secretary, took`: a possessive apposition
          // describes the subject by someone else's name; `Liam Fox, Tory co-chairman, said`: an apposition that
          // ends in a lower-case word is a role, and a person named before it is the subject
          const role = before !== null && (this.possessiveIn(appo) || !isCapitalized(this.t, this.text, c - 2)) && this.hasPerson(before)
          if (this.hasPerson(appo) && !role) return appo
          if (before !== null && this.hasPerson(before)) return before
        }
        // a capitalized apposition with lower-case words in it is a title (`Minister for Defence Procurement`)
        return before !== null && !this.allCapitalized(appo) ? before : appo
      }
    }
    // `Caprice, who left …, having won 5% of the vote, afterwards said`: a relative clause too long or too broken for an
    // apposition stands for the name before its `, who` (within thirty tokens; forty-fourth session)
    const aside = this.relativeAsideSubject(c, ps, depth)
    if (aside !== null) return aside
    // `Lord Hale - a senior judge - said`, `Northgate Bank - whose market value is more than £2bn - said`:
    // an aside between spaced dashes right before the verb stands for the subject before its first dash, as an
    // apposition between commas does (fifty-second session, helper enshort; before, the aside's words were the
    // subject, and a role such as `a senior law lord` gave the chain's last speaker)
    if (depth < 2) {
      const aside = this.dashAsideBefore(c, ps)
      if (aside >= 0) {
        const before = this.englishSubjectBefore(aside, ps, depth + 1)
        if (before !== null) return before
      }
    }
    let e = this.beforeModifiers(v, ps)
    // `the Global Forum on Water Safety (GFWS), which is meeting …, told`: a parenthesized acronym after
    // the name is no part of the subject's words
    if (e - 3 > ps && this.keys[e - 1] === ")" && this.keys[e - 3] === "(" && this.t.kinds[e - 2] === WORD && this.allCapitalized([e - 2, e - 1])) e -= 3
    // a pronoun right before the verb is the whole subject (`Asked whether she was nervous about it she said:`)
    if (e > ps && this.t.kinds[e - 1] === WORD && this.lex.enPronouns.has(this.keys[e - 1]!)) return [e - 1, e]
    let s = e
    // (a dot glued inside a web address, `buildyourown.org.uk`, is part of the phrase, and so is a hyphen glued inside a
    // compound, `The 14-year-old`, `the chart-topper`)
    // (at most eight tokens, the glued hyphens not counted)
    let glued = 0
    // (and the `!` of a name glued to it, `gay group OutRage! said`: nameBang; fifty-third session, helper encarry)
    while (s > ps && e - s < 8 + glued && (this.t.kinds[s - 1] === WORD || this.t.kinds[s - 1] === NUM || this.gluedDot(s - 1) || this.gluedHyphen(s - 1) || (this.keys[s - 1] === "!" && this.nameBang(s - 1)))) {
      const k = this.keys[s - 1]!
      // (`A Top of the Pops spokesperson said`: `of` inside a capitalized name, a word before it in the sentence, goes on
      // to the name's head; fifty-fourth session, helper arphrase: before, `the Pops spokesperson`)
      if (this.lex.enStops.has(k) && k !== "and" && !(k === "of" && this.ofInsideName(s - 1, ps))) break
      if (this.t.kinds[s - 1] === PUNCT && k === "-") glued++
      s--
    }
    // `and` links names inside a subject (`chairman and chief executive`), never opens one (`…, and warned`); nor
    // does `as` (`…, as one activist put it`)
    while (s < e && (this.keys[s] === "and" || this.conjunctionAs(s))) s++
    // `…, even if the coach admitted`, `… although the club said`: a subordinating word that opens the clause is no word
    // of its subject (fifty-third session, helper encarry; before, `even if the coach` was the speaker)
    if (s + 1 < e && this.keys[s] === "even" && EN_CLAUSE_SUBORDINATORS.has(this.keys[s + 1]!) && !isCapitalized(this.t, this.text, s)) s++
    if (s + 1 < e && EN_CLAUSE_SUBORDINATORS.has(this.keys[s]!) && !isCapitalized(this.t, this.text, s)) s++
    // `First contacts have been made and the striker said`: an `and` after a verb of the words before it joins two
    // clauses; the subject is the words after it (fiftieth session, helper enpassive)
    for (let j = e - 2; j > s; j--) {
      if (this.t.kinds[j] !== WORD || this.keys[j] !== "and") continue
      for (let k = s; k < j; k++) {
        if (this.mainVerbAt(k)) {
          s = j + 1
          break
        }
      }
      break
    }
    // `exporter organisations which have stated`, `the Protestants who pledged`: a relative word that ends the phrase
    // stands for the words before it (fiftieth session, helper enpassive)
    if (e - s >= 2 && this.t.kinds[e - 1] === WORD && (this.keys[e - 1] === "which" || this.keys[e - 1] === "who") && !isCapitalized(this.t, this.text, e - 1)) e--
    // `In a letter to its shareholders the carmaker warned`, `This week a judge claimed`, `According to Ms Hale the finance
    // minister said`: after an adverbial's lead (the stop word the walk ended on), an article in lower case right after a
    // word inside the phrase opens the subject; the words before it are the adverbial's object (forty-sixth session,
    // helper enphrase)
    // (a prepositional lead, not a clause's, `when asked whether he would do the same`; and a subject that ends in a
    // lower-case noun: `at Aids charity the Terrence Higgins Trust` is a person's employer)
    const lead = s > ps ? this.keys[s - 1]! : ""
    for (let j = e - 2; EN_ADVERBIAL_LEADS.has(lead) && !EN_CLAUSE_LEADS.has(lead) && !isCapitalized(this.t, this.text, e - 1) && j > s; j--) {
      if (this.t.kinds[j] === WORD && EN_ARTICLE.test(this.keys[j]!) && !isCapitalized(this.t, this.text, j) && this.t.kinds[j - 1] === WORD && !EN_DETERMINERS.has(this.keys[j - 1]!)) {
        s = j
        break
      }
    }
    // `Others, however, who had stayed out, continued`: an adverb between commas is no subject; the words before
    // its comma are (forty-third session)
    if (e - s === 1 && EN_LEAD_ADVERBS.has(this.keys[s]!) && s - 1 > ps && this.isPunct(s - 1, COMMAS) && depth < 2) return this.englishSubjectBefore(s - 1, ps, depth + 1)
    // `Mr Blair on Sunday dismissed`: a time phrase between the subject and its verb (and a year: `Tony Blair had in 1997
    // complained`; forty-fourth session)
    if (s < e && e - s <= 2 && (EN_TIME.test(this.keys[e - 1]!) || (this.t.kinds[e - 1] === NUM && EN_YEAR.test(this.keys[e - 1]!))) && s - 1 > ps && EN_TIME_LEAD.has(this.keys[s - 1]!) && depth < 2) return this.englishSubjectBefore(s - 1, ps, depth + 1)
    // `…, Alan Hill, Labour's campaign chief told the BBC`: a role with no closing comma (a possessive, or ending in a
    // lower-case word) after the comma of a person's name that opens its clause describes that person, the subject
    // (forty-ninth session; `After meeting Mr Hill, Labour's chief said` keeps the role)
    if (s < e && depth < 2) {
      const named = this.nameBeforeRole(s, e, ps)
      if (named !== null) return named
    }
    // `Jack Straw, who argues`: the relative pronoun stands for the name before its comma
    // (and `which` after a body's: `protests by the interior ministry, which said`; past an apposition that opens with an
    // article, `Princess Anna of Leon, the eldest daughter of …, who said`: fifty-fifth session, helper enquote5)
    if (s < e && (this.keys[s] === "who" || (e - s === 1 && this.keys[s] === "which")) && s - 1 > ps && this.isPunct(s - 1, COMMAS) && depth < 2) {
      const antecedent = this.englishRelativeAntecedent(s - 1, ps, depth)
      // (`which` only for a phrase that a person's or a body's name or a body's noun ends: `the BBC Radio 1 chart
      // show, which suggests` stays `which`)
      if (this.keys[s] === "who" || (antecedent !== null && this.endsInSpeakerName(antecedent))) return antecedent
    }
    // `the Labour MP for Harlow and Epping Vale admitted`: a place after a person's title and `for` is the title's
    // seat, and the subject is the whole phrase (the speaker stage finds the person; thirtieth session, second round)
    if (s < e && s - 2 > ps && this.keys[s - 1] === "for" && this.seatAfterTitle(s - 2, s, e)) {
      let t = s - 2
      while (t > ps && s - t < 8 && this.t.kinds[t - 1] === WORD && !this.lex.enStops.has(this.keys[t - 1]!)) t--
      return [t, e]
    }
    // `The star of Harbour Lights and Tin Roof said`, `the star of the show said`: a player's or a performer's epithet right
    // before `of` and what he is known for (a work, a team) is the subject whole; the speaker stage reads it for the person it describes (`epithetOf`; forty-seventh
    // session, helper docspk)
    if (s < e && s - 3 >= ps && this.keys[s - 1] === "of") {
      let t = s - 2
      while (t > ps && s - t < 7 && this.t.kinds[t] !== PUNCT && this.keys[t] !== "the") t--
      if (this.keys[t] === "the" && this.englishEpithet(t, s - 1)) return [t, e]
    }
    // `A spokesman for Mr Blair said`, `an aide to Ms Cole told`: the words of a voice before the person spoken for are
    // part of the subject (the speaker stage gives the phrase, `voiceForPerson`; forty-sixth session)
    if (s < e && this.personOpeningNear(s, e) >= 0) {
      const t = this.voiceOpening(s, ps)
      if (t >= 0) return [t, e]
    }
    // `Gavin Cox of the buildyourown.org.uk website said`, `Luc Van der Berg of Norland Bank described`: the words
    // after `of` place the person named right before it
    if (s < e && s - 2 > ps && this.keys[s - 1] === "of" && depth < 2) {
      const owner = this.personEndingAt(s - 2, ps)
      if (owner !== null) return owner
    }
    // `Mark Tilley from the agency's Office of Food Standards told`, `Matthew Herren from EduVision told`, `Jo Hill at the
    // Treasury said`: a person right before `from`, `at` or `of` and the organisation the subject ends in is the
    // subject, not the body he works for (fiftieth session, helper enbody; the walk stops inside the body's name at its
    // `of`, so the rule reads back to the name's start)
    if (s < e && depth < 2) {
      const person = this.personFromBody(s, e, ps)
      if (person !== null) return person
    }
    // `Paul Lerner, a strategist at Hartley Capital told`: a person's role and employer after his comma, with no
    // comma to close them, describe the person (forty-third session)
    if (s < e && s - 1 > ps && EN_EMPLOYER_LINKS.has(this.keys[s - 1]!) && this.t.kinds[s - 1] === WORD) {
      const person = this.personBeforeRole(s - 1, ps)
      if (person !== null) return person
    }
    // `Liam Hart, 31, from Leeds, said`, `Ruth Cole, 54, MP for Harlow East, said`: an age between commas is the
    // first of two appositions, and the name before its comma is the subject (read inside an apposition only: `Of those
    // polled, 300 said` is no such; forty-fifth session)
    if (depth === 1 && e - s === 1 && this.t.kinds[s] === NUM && s - 1 > ps && this.isPunct(s - 1, COMMAS)) return this.englishSubjectBefore(s - 1, ps, depth + 1) ?? [s, e]
    // `United's statement to the stock exchange said`: the words after `to` are the document's addressee; its owner
    // speaks (fifty-seventh session, helper enpieces; before, `the stock exchange`)
    if (s < e && s - 3 > ps && this.keys[s - 1] === "to") {
      const owner = this.documentPossessor(s - 2, ps)
      if (owner !== null) return owner
    }
    return s < e ? [s, e] : null
  }

  /**
   * The capitalized owner of a document noun (`issuedDocuments`, `studyDocuments`) at token `n` in the possessive
   * (`United's statement`, `the Treasury's letter`, `Barclays' report`): its words, at most five, without the
   * possessive ending; else null (fifty-seventh session, helper enpieces).
   */
  protected documentPossessor(n: number, ps: number): readonly [number, number] | null {
    if (this.t.kinds[n] !== WORD || !this.documentNoun(this.keys[n]!)) return null
    let e = n
    // (`United's` as one token, `United ' s` as three, `Barclays'`)
    if (e - 1 > ps && this.t.kinds[e - 1] === WORD && this.possessiveWord(e - 1)) {
      const k = this.keys[e - 1]!
      if (!isCapitalized(this.t, this.text, e - 1) || k.length < 4) return null
      e -= 1
      let s = e
      while (s > ps && e - s < 4 && this.t.kinds[s - 1] === WORD && isCapitalized(this.t, this.text, s - 1)) s--
      return [s, e + 1]
    }
    if (e - 2 > ps && this.splitPossessive(e - 2)) e -= 2
    else if (e - 1 > ps && this.possessiveApostrophe(e - 1)) e -= 1
    else return null
    let s = e
    while (s > ps && e - s < 5 && this.t.kinds[s - 1] === WORD && isCapitalized(this.t, this.text, s - 1)) s--
    return s < e ? [s, e] : null
  }

  /**
   * The head of the phrase before a relative clause whose comma is token `comma`, when the clause stands between the
   * subject and its verb ({@link englishSubjectBefore}; fifty-sixth session, helper enquote6), or null (the phrase is
   * read as before): (1) a person's name, tagged or of capitalized words, before a role in apposition that opens in lower
   * case and runs to the relative's comma (`Nick Ames, spokesman for athletics' ruling body the IAAF, which …, said`:
   * before, the body the clause follows); (2) `the` and one or two lower-case words before a preposition and the
   * phrase the walk back reads (`The judge in the case, which lasted nine days, said`: before, `the case`), when no
   * person or body is named after the preposition and the head opens its sentence.
   */
  protected relativeHead(comma: number, ps: number): readonly [number, number] | null {
    const t = this.t
    let j = comma - 1
    while (j > ps && comma - j < 20 && (t.kinds[j] === WORD || t.kinds[j] === NUM || this.gluedHyphen(j) || this.possessiveApostrophe(j))) j--
    if (j < comma - 1 && j > ps && this.isPunct(j, COMMAS) && t.kinds[j + 1] === WORD && !isCapitalized(t, this.text, j + 1) && !RELATIVE_OPENERS.has(this.keys[j + 1]!) && this.nounWords(j + 1, Math.min(comma, j + 3))) {
      const before = this.englishSubjectBefore(j, ps, 2)
      if (before !== null && (this.hasPerson(before) || (before[1] - before[0] >= 2 && before[1] - before[0] <= 4 && this.allCapitalized(before) && this.subjectStart(this.sentenceStart(before[0]), before[1]) === before[0]))) return before
      return null
    }
    const phrase = this.englishSubjectBefore(comma, ps, 2)
    if (phrase === null || this.hasSpeakerEntity(phrase)) return null
    const p = phrase[0] - 1
    if (p - 2 < ps || t.kinds[p] !== WORD || !HEAD_PREPOSITIONS.has(this.keys[p]!)) return null
    let h = p - 1
    while (h > ps && p - h <= 2 && t.kinds[h] === WORD && !EN_ARTICLE.test(this.keys[h]!) && !isCapitalized(t, this.text, h) && !this.lex.enStops.has(this.keys[h]!)) h--
    if (h >= p - 1 || t.kinds[h] !== WORD || this.keys[h] !== "the" || !this.nounWords(h + 1, p)) return null
    return this.subjectStart(this.sentenceStart(h), p) === h ? [h, p] : null
  }

  /**
   * The subject a relative `who`/`which` after the comma at token `comma` stands for ({@link englishSubjectBefore}):
   * the phrase before the comma; when that phrase is an apposition that opens with a lower-case article after a comma
   * of its own (words, digits, glued hyphens and possessives only, within twenty tokens), the phrase before that
   * comma, if a person or a body the entity stage tagged is in it: `Princess Anna of Leon, the eldest daughter of
   * ex-King Paul of Leon, who said …` is the princess, not the king (fifty-fifth session, helper enquote5).
   */
  protected englishRelativeAntecedent(comma: number, ps: number, depth: number): readonly [number, number] | null {
    let j = comma - 1
    while (j > ps && comma - j < 20 && (this.t.kinds[j] === WORD || this.t.kinds[j] === NUM || this.gluedHyphen(j) || this.possessiveApostrophe(j))) j--
    if (j < comma - 2 && j > ps && this.isPunct(j, COMMAS) && EN_ARTICLE.test(this.keys[j + 1]!) && !isCapitalized(this.t, this.text, j + 1) && depth + 1 < 2) {
      const before = this.englishSubjectBefore(j, ps, depth + 1)
      if (before !== null && this.hasSpeakerEntity(before)) return before
    }
    return this.englishSubjectBefore(comma, ps, depth + 1)
  }

  /**
   * Does the phrase `r` end in a person's or an organisation's name the entity stage tagged (its last token inside the
   * entity), or in a body's noun (`bodyNouns`, `voicedBodyNouns`: `the interior ministry`)? ({@link englishSubjectBefore},
   * for a relative `which`; fifty-fifth session, helper enquote5)
   */
  protected endsInSpeakerName(r: readonly [number, number]): boolean {
    const last = r[1] - 1
    if (this.t.kinds[last] !== WORD) return false
    const key = this.keys[last]!
    if (!isCapitalized(this.t, this.text, last) && (this.lex.enBodyNouns.has(key) || this.lex.enVoicedBodyNouns.has(key))) return true
    const e = this.entityIn(this.orig(this.t.starts[last]!, this.t.ends[last]!))
    return e !== null && (e.type === "PERSON" || e.type === "ORGANIZATION")
  }

  /**
   * `Nadia Karim, an analyst at Eastgate told`: the person whose comma opens the role that ends before the preposition at
   * `k` (words only, no verb, no relative pronoun, within ten tokens), when the person opens the sentence's subject or
   * follows a closing quotation mark;
   * else null (`After meeting Jo Hill, officials at the bank said`: the subject is the officials).
   */
  protected personBeforeRole(k: number, ps: number): readonly [number, number] | null {
    let j = k - 1
    while (j > ps && k - j <= 10 && !this.isPunct(j, COMMAS)) {
      const key = this.keys[j]!
      if (!(this.t.kinds[j] === WORD || this.t.kinds[j] === NUM || this.gluedHyphen(j)) || EN_RELATIVES.has(key) || this.mainVerbAt(j)) return null
      j--
    }
    // (`"…," Emmanuel Ferry, from Exane BNP Paribas told`: `from` or `of` right after the comma, the employer with no role
    // before it, describes the person too; forty-fifth session)
    if (j <= ps || (j >= k - 1 && !(j === k - 1 && EN_BARE_EMPLOYER_LINKS.has(this.keys[k]!))) || !this.isPunct(j, COMMAS)) return null
    const person = this.personEndingAt(j - 1, ps - 1)
    if (person === null) return null
    // (or right after the quote it speaks: `"…," Anais Faraj, an analyst at Nomura, told`)
    return this.subjectOrQuoted(person, person[0])
  }

  /**
   * `person` when its words, from token `a` (a title of address the entity stage left out may open them), open the
   * sentence's subject or follow a quotation mark (`"…," Anais Faraj, an analyst at Nomura, told`); else null
   * ({@link personBeforeRole}, {@link personFromBody}).
   */
  private subjectOrQuoted(person: readonly [number, number], a: number): readonly [number, number] | null {
    return (a - 1 >= 0 && this.markChar(a - 1) !== null) || this.subjectStart(this.sentenceStart(a), person[1]) === a ? person : null
  }

  /**
   * `Mark Tilley from the agency's Office of Food Standards told`, `Matthew Herren from EduVision told`: when the subject
   * `[s, e)` ends with the last word of an organisation entity whose name (read back from its last word, at most
   * {@link BODY_NAME_TOKENS} tokens, for the walk may have stopped inside it at `of`) starts at `s` or before it, with
   * a lower-case `the` before it at most, and `from`, `at` or `of` stands right before the name: the person entity that
   * ends right before that word, when he (with a title of address before him, `Mr Hirsch`) opens the sentence's subject
   * (after an adverbial phrase too: `On Monday, Mark Tilley from …`) or follows a quotation mark; else null
   * (`Officials from the Treasury told`: no person, the body stays; fiftieth session, helper enbody).
   */
  protected personFromBody(s: number, e: number, ps: number): readonly [number, number] | null {
    const last = this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!)
    const body = this.entityIn(last)
    if (body === null || body.type !== "ORGANIZATION" || body.end !== last.end || this.t.kinds[e - 1] !== WORD) return null
    let k = e - 1
    while (k > ps && e - k <= BODY_NAME_TOKENS && this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!).start >= body.start) k--
    if (this.orig(this.t.starts[k]!, this.t.ends[k]!).start !== body.start) return null
    if (k - 1 > ps && this.t.kinds[k - 1] === WORD && this.keys[k - 1] === "the" && !isCapitalized(this.t, this.text, k - 1)) k--
    const link = k - 1
    if (k > s || link - 1 <= ps || this.t.kinds[link] !== WORD || !EN_PERSON_BODY_LINKS.has(this.keys[link]!) || isCapitalized(this.t, this.text, link)) return null
    const person = this.personEndingAt(link - 1, ps - 1) ?? this.untaggedNameEndingAt(link - 1, ps)
    if (person === null) return null
    // (a title of address the entity stage left out of the name opens the subject: `But Mr Lowe from Consumer Credit
    // Watch said`)
    const a = person[0] - 1 > ps && this.t.kinds[person[0] - 1] === WORD && EN_HONORIFICS.has(this.keys[person[0] - 1]!) ? person[0] - 1 : person[0]
    return this.subjectOrQuoted(person, a)
  }

  /**
   * A name the entity stage left untagged that ends with token `k` (after `ps`): two or three capitalized words, an
   * apostrophe or a hyphen glued inside one (`Marco D'Alessi`), no entity over them and none a title, a role's head or
   * an office (`Deputy Director`, `Chief Executive` are posts, not names), nor a word that opens a sentence before its
   * subject (`But`, `However`); the token range, else null ({@link
   * personFromBody}: `Marco D'Alessi of the FBI called …` → the name, not the FBI; fifty-fourth session, helper
   * enquote4).
   */
  protected untaggedNameEndingAt(k: number, ps: number): readonly [number, number] | null {
    const t = this.t
    let words = 0
    let a = k + 1
    while (a - 1 > ps && k + 1 - (a - 1) <= UNTAGGED_NAME_TOKENS) {
      const j = a - 1
      if (t.kinds[j] === WORD) {
        if (!isCapitalized(t, this.text, j)) break
        const key = this.keys[j]!
        if (this.lex.enTitles.has(key) || this.lex.enHeldHeads.has(key) || this.lex.enLeadOffices.has(key) || UNTAGGED_NAME_STOPS.test(key) || EN_ARTICLE.test(key)) return null
        if (this.entityIn(this.orig(t.starts[j]!, t.ends[j]!)) !== null) return null
        words++
      } else if (!((this.keys[j] === "'" || this.keys[j] === "\u2019" || this.keys[j] === "-") && t.spaced[j] === 0 && t.spaced[j + 1] === 0)) break
      a = j
    }
    if (a > k || t.kinds[a] !== WORD) return null
    return words >= 2 && words <= 3 ? [a, k + 1] : null
  }

  /**
   * The subject of the sentence (from token `s`) that a participle at `at` belongs to (`Mr Brown attacked the plan,
   * saying:` → `Mr Brown`; `On Monday, the ministry defended it, adding:` → `the ministry`; `The EU's commissioner,
   * Louis Michel, was quoted as saying` → `Louis Michel`): the subject before the sentence's first verb (a past
   * form, an auxiliary or a speech verb, within twenty tokens), read as {@link englishSubjectBefore} reads it;
   * null when no verb is found where a subject would end.
   */
  protected englishSentenceSubject(s: number, at: number): readonly [number, number] | null {
    // `Some fans would find it controversial, but Parry countered:`: a clause after `, but` has a subject of its own
    // (and `but` with no comma before a subject of its own: `US Customs claimed it but his lawyer, Jo Hill, told …`;
    // forty-fourth session)
    for (let c = at - 1; c > s + 1; c--) {
      // (and a clause that `when` opens before a subject of its own: `Capra was the butt of a gaffe
      // when the host opened the envelope and declared "…"`, the host declared; forty-sixth session, helper enphrase)
      if (this.t.kinds[c] === WORD && (EN_CLAUSE_BREAKS.has(this.keys[c]!) || EN_SUBORDINATORS.has(this.keys[c]!)) && ((EN_CLAUSE_BREAKS.has(this.keys[c]!) && this.isPunct(c - 1, COMMAS)) || ((this.keys[c] === "but" || EN_SUBORDINATORS.has(this.keys[c]!)) && this.subjectOpensAt(c + 1, at)))) {
        s = c + 1
        break
      }
    }
    const k = this.subjectStart(s, at)
    if (k < 0) return null
    for (let v = k + 1; v < at && v - k < 20; v++) {
      const kind = this.t.kinds[v]
      if (kind === PUNCT) {
        // (a hyphen glued inside a compound is no clause's edge: `the Australian-born actress stopped …`, `The
        // 40-year-old comedian caused …`; fiftieth session, helper enpassive)
        if (!this.isPunct(v, COMMAS) && !this.gluedHyphen(v)) return null
        continue
      }
      if (kind !== WORD && kind !== NUM) return null
      if (this.mainVerbAt(v)) return this.englishSubjectBefore(v, k)
    }
    // `The party leader backs a cut from 30 days to 21 and has said present limits are "…"`: with no past form or
    // auxiliary, a verb in the present (`supports`) right after a short subject and before an article is where the
    // subject ends (fifty-first session, helper enscrap, after the E25 reading: before, `20 and`)
    const present = this.presentVerbAfter(k, at)
    return present >= 0 ? this.englishSubjectBefore(present, k) : null
  }

  /**
   * The token of a verb in the present, third person, within the four tokens after a subject that opens at `k` (before
   * `at`): a lower-case word in `-s` (not `-ss`, `-us`, `-is`) after an article or a possessive and one to three words
   * (the last in lower case, a noun: `The Tory leader supports`, `The firm owns`), followed by an article or a
   * possessive (`a`, `the`, `his`: the verb's object); -1 when none.
   */
  protected presentVerbAfter(k: number, at: number): number {
    if (k >= at || this.t.kinds[k] !== WORD || !EN_SUBJECT_OPENERS.has(this.keys[k]!)) return -1
    for (let v = k + 2; v < at - 1 && v - k <= 4; v++) {
      if (this.t.kinds[v] !== WORD || this.t.kinds[v - 1] !== WORD) return -1
      const key = this.keys[v]!
      const next = this.keys[v + 1]!
      if (!isCapitalized(this.t, this.text, v) && !isCapitalized(this.t, this.text, v - 1) && key.length > 3 && /[^su]s$/.test(key) && !/is$/.test(key) &&
        this.t.kinds[v + 1] === WORD && (EN_ARTICLE.test(next) || EN_KIN_OWNERS.has(next) || next === "its")) return v
    }
    return -1
  }

  /** Does a subject of its own open at token `k` (before `at`): a possessive or an article and a lower-case noun (`his lawyer`, `the firm`)? */
  protected subjectOpensAt(k: number, at: number): boolean {
    return k + 1 < at && this.t.kinds[k] === WORD && EN_SUBJECT_OPENERS.has(this.keys[k]!) && this.t.kinds[k + 1] === WORD && !isCapitalized(this.t, this.text, k + 1) && !this.mainVerbAt(k + 1)
  }

  /**
   * Where the subject of a sentence that starts at `s` can start: after the closing mark of the quote before, a
   * conjunction (`But`), an adverbial phrase and its comma (`On Monday,`), a quote and its commas (`"…," the paper
   * beams, adding`); -1 when none is found before `at`.
   */
  protected subjectStart(s: number, at: number): number {
    let k = s
    // the closing mark of the quote before, glued to its full stop (`… fail." Mr Brown …`)
    if (k < at && this.t.spaced[k] === 0 && this.markChar(k) !== null) k++
    // a quote that opens the sentence: its subject, if any, stands after it
    if (k < at && this.markChar(k) !== null) {
      k++
      while (k < at && this.markChar(k) === null) k++
      k++
      while (k < at && this.isPunct(k, COMMAS)) k++
    }
    while (k < at && this.t.kinds[k] === WORD && (EN_OPENERS.has(this.keys[k]!) || EN_LEAD_ADVERBS.has(this.keys[k]!))) {
      k++
      if (k < at && this.isPunct(k, COMMAS)) k++
    }
    if (k < at && this.t.kinds[k] === WORD && EN_ADVERBIAL_LEADS.has(this.keys[k]!)) {
      // the adverbial phrase ends at its comma (within twelve tokens); without one, no subject is read
      let c = k + 1
      while (c < at && c - k < 12 && !this.isPunct(c, COMMAS)) c++
      if (c >= at || !this.isPunct(c, COMMAS)) return -1
      k = c + 1
    }
    return k < at ? k : -1
  }

  /**
   * Does the verb of a main clause stand at token `k`: a lower-case past form (`attacked`, `hit`; not after a
   * determiner: `the embattled minister`), an auxiliary (`has`, `was`, `will`), a speech verb?
   */
  protected mainVerbAt(k: number): boolean {
    if (this.t.kinds[k] !== WORD || isCapitalized(this.t, this.text, k)) return false
    const key = this.keys[k]!
    if (EN_PAST.has(key) || EN_AUXILIARIES.has(key) || this.verbStartsAt(k, this.pe)) return true
    return key.length >= 5 && key.endsWith("ed") && !(this.t.kinds[k - 1] === WORD && EN_DETERMINERS.has(this.keys[k - 1]!))
  }

  /**
   * Where an English subject before verb `v` ends: before the adverbs and auxiliaries next to the verb (`She also said`,
   * `he has told`; at most two, not before `from`), and before a form of `be` with a word of time to come and `to`
   * (`he was due to say`, `she is expected to tell`, `they were set to warn`: forty-seventh session, E21).
   */
  protected beforeModifiers(v: number, from: number): number {
    let e = v
    if (v - 3 >= from && this.keys[v - 1] === "to" && EN_PROSPECTIVE.has(this.keys[v - 2]!) && EN_BE.has(this.keys[v - 3]!) &&
      this.t.kinds[v - 2] === WORD && this.t.kinds[v - 3] === WORD) e = v = v - 3
    else if (this.hearsayBefore(v, from)) e = v = v - 4
    // (and `meanwhile`, `however` with no comma, after a word: `The foreign secretary meanwhile said`; fiftieth session,
    // helper enpassive; between commas they open an apposition's reading, `Others, however, who …, continued`)
    while (e > from && v - e < 2 && this.t.kinds[e - 1] === WORD && (this.lex.enModifiers.has(this.keys[e - 1]!) || (EN_MID_ADVERBS.has(this.keys[e - 1]!) && e - 2 >= from && this.t.kinds[e - 2] === WORD))) e--
    return e
  }

  /**
   * Does a form of `be`, a participle of hearsay and `to have` stand right before verb `v`, all after `from` (`Mr Brown
   * is alleged to have told the prime minister: "…"`, `she was said to have warned`)? The subject before them is the
   * one whose words are reported; a book or a paper that reports them is not the speaker (fifty-ninth session, helper
   * enfix).
   */
  protected hearsayBefore(v: number, from: number): boolean {
    if (v - 4 < from || this.keys[v - 1] !== "have" || this.keys[v - 2] !== "to" || !EN_HEARSAY.has(this.keys[v - 3]!) || !EN_BE.has(this.keys[v - 4]!)) return false
    for (let k = v - 4; k < v; k++) if (this.t.kinds[k] !== WORD) return false
    return true
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

  /** The tokens of the person entity that ends with token `k` (from after `ps`), or null when none ends there. */
  protected personEndingAt(k: number, ps: number): readonly [number, number] | null {
    if (this.t.kinds[k] !== WORD) return null
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entityIn(o)
    if (e === null || e.type !== "PERSON" || e.end !== o.end) return null
    return [this.walkBack(k, ps + 1, e.start, "start"), k + 1]
  }

  /**
   * Does a comma at token `c` open an apposition that runs to the sentence's full stop (`… gamers said Jo Hill, an
   * analyst with research firm Acme.`): `a`, `an` or `the` right after the comma, then at most
   * {@link APPOSITION_TO_END} tokens with no other comma, mark, colon, semicolon or dash before the full stop? A clause
   * reported after the name (`The firm said Jo Hill, the chairman, would step down`) has a second comma and is no such
   * (fifty-fourth session, helper enquote4).
   */
  protected apposedToEnd(c: number, pe: number): boolean {
    if (!this.isPunct(c, COMMAS) || c + 1 >= pe || !/^(?:a|an|the)$/.test(this.keys[c + 1]!) || isCapitalized(this.t, this.text, c + 1)) return false
    for (let k = c + 2; k < pe && k - c <= APPOSITION_TO_END; k++) {
      if (this.t.kinds[k] === WORD || this.t.kinds[k] === NUM) continue
      if (this.keys[k] === "." && !this.abbreviationDot(k)) return true
      if (this.gluedHyphen(k) || this.gluedHyphen(k - 1) || this.keys[k] === "'" || this.keys[k] === "&") continue
      return false
    }
    return false
  }

  /** The word `as` (or `As`; not the `AS` of `AS Roma`) at token `k`: it opens a clause, never a name. */
  protected conjunctionAs(k: number): boolean {
    return this.keys[k] === "as" && this.text.charCodeAt(this.t.starts[k]! + 1) === 0x73
  }

  /** A full stop glued to the words on both sides (`buildyourown.org.uk`). */
  protected gluedDot(k: number): boolean {
    return this.gluedPunct(k, ".") && this.t.kinds[k + 1] === WORD && k > 0 && this.t.kinds[k - 1] === WORD
  }

  /** Whether an English key is a document's noun, issued or a study (`statement`, `report`; the lexicon's `issuedDocuments`, `studyDocuments`). */
  protected documentNoun(key: string): boolean {
    return this.lex.enIssuedDocuments.has(key) || this.lex.enStudyDocuments.has(key)
  }

  /** Is the token `k` the apostrophe of a plural or `s` possessive, glued to a word in `s` before it (`Wales'`, `Jaynes'`)? */
  protected possessiveApostrophe(k: number): boolean {
    const t = this.t
    return k > 0 && t.kinds[k] === PUNCT && (this.keys[k] === "'" || this.keys[k] === "\u2019") && t.spaced[k] === 0 && t.kinds[k - 1] === WORD && this.keys[k - 1]!.endsWith("s") && k + 1 < t.kinds.length && t.spaced[k + 1] !== 0
  }

  /** A hyphen glued to the words on both sides (`Sheffield-based`). */
  protected gluedHyphen(k: number): boolean {
    return this.gluedPunct(k, "-")
  }

  /**
   * `the Tory leader`, `the Salford MP`, `the Arsenal boss`: `the`, one to three capitalized words (a party, a place,
   * a club) and a leader's noun (`leadOffices` of the lexicon), which no role of the document ends: the first person the document
   * names before the phrase, the one its lead is about (`Michael Howard has backed … But the Tory leader argued`);
   * null when none is named before (thirtieth session, second round).
   */
  protected leadPersonFor(a: number, b: number): Entity | null {
    if (b - a < 3 || b - a > 5 || this.keys[a] !== "the" || !this.lex.enLeadOffices.has(this.keys[b - 1]!)) return null
    // (`Tony Lloyd, the Manchester Central MP, has pledged`: an apposition describes the name before its comma)
    if (a - 2 >= this.ps && this.isPunct(a - 1, COMMAS) && this.t.kinds[a - 2] === WORD && this.hasPerson([a - 2, a - 1])) return null
    for (let k = a + 1; k < b - 1; k++) if (this.t.kinds[k] !== WORD || !isCapitalized(this.t, this.text, k)) return null
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    // (the first person of the document, found once: a text of many such phrases reads the entities once)
    if (this.documentFirstPerson === undefined) this.documentFirstPerson = this.entities.find((e) => e.type === "PERSON") ?? null
    return this.documentFirstPerson !== null && this.documentFirstPerson.start < at ? this.documentFirstPerson : null
  }

  /**
   * `his son said`, `her lawyer told`: a possessive and a lower-case noun stand for the person the text named before
   * right after the same noun and a possessive (`Mr Hall's son Tom`, `his lawyer Jo Penn`), when one person alone is
   * named so; else null (forty-fifth session).
   */
  protected personBoundToNoun(a: number, b: number): Entity | null {
    if (b - a !== 2 || !EN_KIN_OWNERS.has(this.keys[a]!) || this.t.kinds[a + 1] !== WORD || isCapitalized(this.t, this.text, a + 1)) return null
    const bound = (this.boundNouns ??= this.indexBoundNouns()).get(this.keys[a + 1]!)
    if (bound === undefined) return null
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    // (the last name bound to the noun before the phrase: by binary search, so that a text of many such phrases reads
    // each once)
    const last = bound[lowerBoundBy(bound, at, (x) => x.entity.start) - 1]
    return last === undefined || last.mixed ? null : last.entity
  }

  /** The names bound to each noun ({@link personBoundToNoun}), built once on first need. */
  private boundNouns: Map<string, Array<{ entity: Entity; mixed: boolean }>> | undefined = undefined

  /**
   * Each person entity right after a possessive and a lower-case noun, by the noun, in text order; `mixed` when a name
   * bound to the same noun before it (or it) is another person.
   */
  private indexBoundNouns(): Map<string, Array<{ entity: Entity; mixed: boolean }>> {
    const out = new Map<string, Array<{ entity: Entity; mixed: boolean }>>()
    for (const e of this.entities) {
      if (e.type !== "PERSON") continue
      // (the words right before the name: a possessive, a noun and their spaces, within 40 characters)
      const m = EN_BOUND_NOUN.exec(this.text.slice(Math.max(0, e.start - 40), e.start))
      if (m === null) continue
      const list = entryOf(out, m[1]!.toLowerCase())
      const last = list[list.length - 1]
      list.push({ entity: e, mixed: last !== undefined && (last.mixed || (list[0]!.entity.entityId ?? list[0]!.entity.canonical) !== (e.entityId ?? e.canonical)) })
    }
    return out
  }

  /** The document's first person entity in text order (`leadPersonFor`), once looked for; undefined before. */
  private documentFirstPerson: Entity | null | undefined = undefined

  /**
   * Is token `k` a person's title (not a body's voice, `spokesman`) before `for` and a place's name `[s, e)`, every
   * word capitalized or `and` (`MP for Sleaford and North Hykeham`), that no person or organisation entity covers?
   */
  protected seatAfterTitle(k: number, s: number, e: number): boolean {
    if (this.t.kinds[k] !== WORD || !this.lex.enTitles.has(this.keys[k]!) || this.lex.enBodyVoices.has(this.keys[k]!)) return false
    for (let j = s; j < e; j++) if (this.t.kinds[j] !== WORD || !(isCapitalized(this.t, this.text, j) || (j > s && this.keys[j] === "and"))) return false
    const seat = this.entityIn(this.orig(this.t.starts[s]!, this.t.ends[e - 1]!))
    return seat === null || seat.type === "LOCATION"
  }

  /** A word in `[a, b)` that ends in a possessive (`Thatcher's`, `Thatcher’s`). */
  protected possessiveIn(r: readonly [number, number]): boolean {
    for (let k = r[0]; k < r[1]; k++) {
      const key = this.keys[k]!
      if (this.t.kinds[k] === WORD && (key.endsWith("'s") || key.endsWith("\u2019s"))) return true
    }
    return false
  }

  /**
   * Is token `k` a spaced dash (`-`, `–`, `—`) that opens an aside on the name before it, a relative pronoun after it
   * (`said the firm's head, Jo Hill – who joined in May – on Monday`)? The name ends there as at a comma (fifty-first
   * session, helper enquotes).
   */
  protected asideDash(k: number, pe: number): boolean {
    return k + 1 < pe && this.t.kinds[k] === PUNCT && DASHES.has(this.keys[k]!) && this.t.spaced[k] !== 0 && this.t.kinds[k + 1] === WORD && EN_RELATIVES.has(this.keys[k + 1]!)
  }

  /**
   * The opening dash of an aside between spaced dashes whose closing dash is token `c - 1` (`Lord Hale - a senior
   * judge - said`): no sentence end, mark, colon, semicolon or parenthesis between them (at most
   * {@link DASH_ASIDE_TOKENS} tokens, one word at least), a word before the opening dash; -1 when none.
   */
  protected dashAsideBefore(c: number, ps: number): number {
    const t = this.t
    const close = c - 1
    if (close - 2 <= ps || t.kinds[close] !== PUNCT || !DASHES.has(this.keys[close]!) || t.spaced[close] === 0) return -1
    for (let j = close - 1; j > ps && close - j <= DASH_ASIDE_TOKENS; j--) {
      const kind = t.kinds[j]
      if (kind === PUNCT && DASHES.has(this.keys[j]!) && t.spaced[j] !== 0 && t.spaced[j + 1] !== 0) return j < close - 1 && j - 1 > ps && t.kinds[j - 1] === WORD ? j : -1
      if (this.isSentenceEnd(j) || this.markChar(j) !== null || (kind === PUNCT && (this.keys[j] === ":" || this.keys[j] === ";" || this.keys[j] === "(" || this.keys[j] === ")"))) return -1
    }
    return -1
  }

  /** Is `key` a person's voice noun (`spokesman`, `aide`, `source` …; `EN_VOICE_NOUNS`)? (fifty-first session) */
  protected isVoiceNoun(key: string): boolean {
    return EN_VOICE_NOUNS.has(key)
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
    // `consultancy 4Cast`: a number glued to the name is part of it (thirtieth session)
    if (s > a && s < e && this.t.kinds[s - 1] === NUM && this.t.spaced[s] === 0) s--
    // a capitalized word glued to a lower-case one by a hyphen ends a compound, no name: `the ex-Wallaby` stays whole
    if (s > a && s < e && this.gluedHyphen(s - 1)) return [a, b]
    // a sentence-initial article is no name: "The company" stays whole
    if (e - s === 1 && EN_ARTICLE.test(this.keys[s]!)) return [a, b]
    return [s, e]
  }

  /**
   * The token range `[start, end)` of the sentence before token `from`: in this paragraph, or the last sentence of the
   * paragraph before when `from` opens this one (its end the full stop that ends it); null when there is none.
   */
  protected previousSentence(from: number): readonly [number, number] | null {
    let lo = this.ps
    let end = from
    if (from <= lo + 1) {
      if (this.lastPe <= this.lastPs) return null
      lo = this.lastPs
      end = this.lastPe
    }
    return [this.sentenceStartIn(end - 1, lo), end]
  }

  /**
   * The first person the sentence before token `from` names outside quotation marks (in this paragraph, or the last
   * sentence of the paragraph before): `he`/`she` when the chain holds no person (`… thinks Sam Fielding, editor of Home Tech
   * Monthly. "…," he said.`, not the magazine the chain holds; thirtieth session); with `not`, the first one the
   * document does not title as of that sex (forty-sixth session). Null when it names none.
   */
  protected personOfSentenceBefore(from: number, not: "m" | "f" | null = null): Entity | null {
    const before = this.entities.length === 0 ? null : this.previousSentence(from)
    if (before === null) return null
    const [p, end] = before
    let inside = false
    // (the first: the sentence's subject, `Mr Carter was asked why Ms Reed had …`)
    for (let k = p; k < end; k++) {
      if (this.markChar(k) !== null) inside = !inside
      else if (!inside && this.t.kinds[k] === WORD) {
        const found = this.personAt(k)
        // (not a capitalized word that opens the sentence and modifies the noun after it, `Bigger attacks were rare,
        // he said`: an adjective the tagger took for a name; forty-third session)
        // (and, with `not`, not a person the document titles as of that sex: {@link titledSex})
        if (found !== null && !(k === p && this.openingModifier(found, k)) && (not === null || this.titledSex(found.entityId ?? found.canonical) !== not)) {
          // (not a possessor before the person its phrase is about, `Sylvester Stallone's ex-wife Brigitte Nielsen`:
          // the head is the person after it; fifty-seventh session, helper enpieces)
          const head = this.personAfterPossessor(k, end)
          if (head < 0) return found
          k = head - 1
          continue
        }
      }
    }
    return null
  }

  /**
   * The token of the person a possessive phrase that opens at the person at token `k` is about (`Sylvester Stallone's
   * ex-wife Brigitte Nielsen`, `the singer's manager Tom Hill`): the capitalized words from `k` end in `'s` (or `s'`),
   * then at most three lower-case words that end in a noun of kin or of a post (`ex-wife`, `former manager`;
   * `possessedPersonNouns`, `titleWords`, `heldHeads`) and a person; -1 when not such (the
   * possessor then is the person; fifty-seventh session, helper enpieces). Bounded: eight words after the name.
   */
  protected personAfterPossessor(k: number, end: number): number {
    let j = k
    while (j < end && j - k < 6 && this.t.kinds[j] === WORD && isCapitalized(this.t, this.text, j) && !this.possessiveWord(j)) j++
    let after: number
    if (j < end && this.t.kinds[j] === WORD && this.possessiveWord(j)) after = j + 1
    else if (j > k && j + 1 < end && this.splitPossessive(j)) after = j + 2
    else if (j > k && this.possessiveApostrophe(j)) after = j + 1
    else return -1
    let lower = 0
    for (let n = after; n < end && n - after < 8; n++) {
      if (this.t.kinds[n] === WORD && this.personAt(n) !== null) return lower > 0 && lower <= 3 && this.possessedNoun(n - 1) ? n : -1
      if (this.gluedHyphen(n)) continue
      if (this.t.kinds[n] !== WORD || isCapitalized(this.t, this.text, n)) return -1
      lower++
    }
    return -1
  }

  /** Is token `k` a noun of kin or of a post (`possessedPersonNouns`, `titleWords`, `heldHeads`: `ex-wife`, `manager`)? */
  private possessedNoun(k: number): boolean {
    const key = this.keys[k]!
    return this.t.kinds[k] === WORD && (this.lex.enPossessedPersonNouns.has(key) || this.lex.enTitles.has(key) || this.lex.enHeldHeads.has(key))
  }

  /** Is the word at token `k` a possessive in one token (`Stallone's`, `Stallone’s`)? */
  private possessiveWord(k: number): boolean {
    const key = this.keys[k]!
    return key.endsWith("'s") || key.endsWith("\u2019s")
  }

  /**
   * Are tokens `j` and `j + 1` a possessive `'s` that the tokenizer split in two: `'` or `’` glued to the token before it
   * (a format character, a soft hyphen or a zero-width space, ends the word before it: `Kingsbridge` and a soft hyphen), then
   * an `s`, glued or after a typed space (`Kingsbridge' s letter`)? The one test of the split shape for
   * {@link documentPossessor} and {@link personAfterPossessor}, which asked it apart, the second with the `s` glued only
   * (fifty-eighth session, helper tidy3; records byte-identical on the three dumps).
   */
  private splitPossessive(j: number): boolean {
    const key = this.keys[j]
    return (key === "'" || key === "\u2019") && this.t.spaced[j] === 0 && this.keys[j + 1] === "s"
  }

  /**
   * The sex the document's titles give the person of id (else canonical name) `id`: `m` when some mention of it follows
   * `Mr`, `Sir` or `Lord` and none `Mrs`, `Ms`, `Miss`, `Lady`, `Dame` or `Baroness`; `f` the other way; null when
   * neither or both (forty-sixth session). A person no title marks takes the sex of the first word of their name when
   * it is a given name of one sex (`enGivenNames`: `Graeme Oxby` is a man, `Fiona Jones` a woman; forty-eighth session,
   * helper enpron); a title of the text wins over the list.
   */
  protected titledSex(id: string): "m" | "f" | null {
    return (this.titledSexes ??= this.indexTitledSexes()).get(id) ?? null
  }

  /** Is the sex {@link titledSex} gives the person of id `id` read from their given name alone, no title? */
  protected sexByGivenName(id: string): boolean {
    this.titledSexes ??= this.indexTitledSexes()
    return this.givenNameSexes.has(id)
  }

  /** The ids whose sex {@link titledSex} reads from the given name (forty-eighth session). */
  private readonly givenNameSexes = new Set<string>()

  /** The sexes of {@link titledSex}, built once on first need. */
  private titledSexes: Map<string, "m" | "f" | null> | undefined = undefined

  /** Each person entity's sex by the title of address right before its mentions (`Mr Hale`, `Ms Cole`; null when mixed). */
  private indexTitledSexes(): Map<string, "m" | "f" | null> {
    const out = new Map<string, "m" | "f" | null>()
    for (const e of this.entities) {
      if (e.type !== "PERSON") continue
      // (the title right before the name, or opening the entity's own text: within twelve characters)
      const m = EN_TITLE_OF_SEX.exec(this.text.slice(Math.max(0, e.start - 12), e.start)) ?? EN_TITLE_OPENING.exec(e.text)
      if (m === null) continue
      const sex = EN_MALE_TITLES.has(m[1]!.toLowerCase()) ? "m" : "f"
      const id = e.entityId ?? e.canonical
      const had = out.get(id)
      out.set(id, had === undefined || had === sex ? sex : null)
    }
    // (no title anywhere: the given name, of a name of two words or more; forty-eighth session)
    for (const e of this.entities) {
      const id = e.entityId ?? e.canonical
      if (e.type !== "PERSON" || out.has(id)) continue
      const words = e.canonical.split(/\s+/)
      const sex = words.length >= 2 ? this.lex.enGivenNames.get(words[0]!.toLowerCase()) : undefined
      if (sex === undefined) continue
      out.set(id, sex)
      this.givenNameSexes.add(id)
    }
    return out
  }

  /**
   * The last person the sentence before token `from` introduces with a relative clause outside quotation marks, when
   * that sentence opens with an article (`The younger stars came in the shape of Jo Tate, who plays the lead. The
   * 14-year-old said`: a new person, whom a description after stands for; forty-fourth session); else null.
   */
  protected personIntroducedBefore(from: number): Entity | null {
    const before = this.entities.length === 0 ? null : this.previousSentence(from)
    if (before === null) return null
    const [p, end] = before
    // (only after a subject that names nobody, `The younger stars were …`: `Gardener won, ahead of Jo Blume, who …`
    // is about Gardener)
    if (p >= end || this.t.kinds[p] !== WORD || !EN_ARTICLE.test(this.keys[p]!)) return null
    let inside = false
    let found: Entity | null = null
    // (its last sixty tokens: a text of one long sentence and many descriptions after it stays linear)
    for (let k = Math.max(p, end - 60); k < end - 2; k++) {
      if (this.markChar(k) !== null) inside = !inside
      else if (!inside && this.t.kinds[k] === WORD && this.isPunct(k + 1, COMMAS) && this.keys[k + 2] === "who") {
        found = this.personBeforeRelative(k) ?? found
      }
    }
    return found
  }

  /**
   * `CENTR, the Council of …, agrees. "…," the organisation said`: the organisation that opens the sentence before
   * token `from` (its first six tokens, not after a quotation mark), for `the organisation`, `the company`, `the firm`,
   * `the group` (thirtieth session); an organisation right before a speech verb in that sentence first (the last one,
   * outside marks); else null.
   */
  protected bodyOfSentenceBefore(from: number): Entity | null {
    const before = this.entities.length === 0 ? null : this.previousSentence(from)
    if (before === null) return null
    const [p, end] = before
    let k = p
    // (the closing mark of the quote before, glued to its full stop, and an opener: `But`, `However,`)
    if (k < end && this.t.spaced[k] === 0 && this.markChar(k) !== null) k++
    while (k < end && this.t.kinds[k] === WORD && EN_OPENERS.has(this.keys[k]!)) k++
    // an organisation right before a speech verb in the sentence speaks there (`GMAC has been … but GM said …`: GM)
    let inside = false
    let speaking: Entity | null = null
    for (let j = k; j < end; j++) {
      if (this.markChar(j) !== null) inside = !inside
      if (inside || this.t.kinds[j] !== WORD) continue
      const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
      const e = this.entityIn(o)
      if (e === null || e.start !== o.start || e.type !== "ORGANIZATION") continue
      const v = this.walkPast(j + 1, end, e.end, "start")
      if (v < end && this.verbStartsAt(v, end)) speaking = e
    }
    if (speaking !== null) return speaking
    const first = k
    for (; k < Math.min(end, first + 6); k++) {
      if (this.markChar(k) !== null) return null
      if (this.t.kinds[k] !== WORD) continue
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      const e = this.entityIn(o)
      if (e === null || e.start !== o.start) continue
      return e.type === "ORGANIZATION" ? e : null
    }
    return null
  }

  /**
   * The nearest organisation named before the original offset `at` whose name holds `noun` and another word, any case
   * (`the ministry` → `Finance and Economy Ministry`, `the commission` → `European Commission`; fifty-fifth session,
   * from the E28 reading); null when none does.
   */
  protected bodyNamedWithNoun(noun: string, at: number): Entity | null {
    const named = (this.kindNamed ??= this.indexKindNamed()).get(noun)
    if (named === undefined) return null
    // (the last one that starts before `at`, by binary search; one that runs past `at` holds the phrase itself)
    for (let i = lowerBoundBy(named, at, (e) => e.start) - 1; i >= 0; i--) if (named[i]!.end <= at) return named[i]!
    return null
  }

  /** The organisations whose names hold each noun of `namedKindNouns` ({@link bodyNamedWithNoun}), built once on first need. */
  private kindNamed: Map<string, Array<Entity>> | undefined = undefined

  /** Each organisation entity by the `namedKindNouns` its name holds, in text order. */
  private indexKindNamed(): Map<string, Array<Entity>> {
    const out = new Map<string, Array<Entity>>()
    for (const e of this.entities) {
      if (e.type !== "ORGANIZATION") continue
      const words = e.canonical.split(/[\s\-]+/)
      // (a name of the noun and more: an entity that is the bare noun, `Committee`, names no body)
      if (words.length < 2) continue
      for (const word of new Set(words.map((w) => w.toLowerCase()))) {
        if (this.lex.enNamedKindNouns.has(word)) entryOf(out, word).push(e)
      }
    }
    return out
  }

  /** Is the entity `e`, which starts at token `k`, followed by a lower-case word that is no verb (`the Munster number 10`: a name that modifies a noun)? */
  protected nameModifies(e: Entity, k: number): boolean {
    const n = this.t.count
    k = this.walkPast(k, n, e.end, "start")
    return k < n && this.t.kinds[k] === WORD && !isCapitalized(this.t, this.text, k) && !this.mainVerbAt(k)
  }

  /**
   * Is the person `e` at token `k` one capitalized word with no other name (`Bigger`) that opens its sentence before a
   * lower-case word that is no verb (`Bigger attacks were rare`): an adjective the tagger took for a name?
   */
  protected openingModifier(e: Entity, k: number): boolean {
    if (e.canonical.includes(" ") || e.end - e.start !== this.t.ends[k]! - this.t.starts[k]! || this.sentenceStart(k) !== k) return false
    return this.nameModifies(e, k)
  }

  /**
   * `According to Mandaric, Redknapp vowed he would …`: the person an according phrase that opens the sentence at `p`
   * names (up to its comma, within five tokens) is the source of what the sentence reports (thirtieth session); else null.
   */
  protected accordingOpener(p: number, end: number): Entity | null {
    // (the closing mark of the quote before, glued to its full stop: `… informed." According to …`)
    if (p < end && this.markChar(p) !== null) p++
    if (p + 3 >= end || this.keys[p] !== "according" || this.keys[p + 1] !== "to") return null
    const who = this.personAt(p + 2)
    if (who === null) return null
    for (let k = p + 3; k < end && k - p <= 7; k++) if (this.isPunct(k, COMMAS)) return this.orig(this.t.starts[k]!, this.t.ends[k]!).start >= who.end ? who : null
    return null
  }

  /**
   * The token of the article that opens a voice's phrase ending right before token `n` (`A spokesman for `, `an aide to `,
   * `a senior source close to `): an article, at most two lower-case words, a voice noun (`EN_VOICE_NOUNS`) and `for`,
   * `to` or `of` (`close to`); -1 when none (forty-sixth session).
   */
  protected voiceOpening(n: number, ps: number): number {
    let l = n - 1
    if (l - 2 < ps || this.t.kinds[l] !== WORD || !EN_VOICE_LINKS.has(this.keys[l]!)) return -1
    if (this.keys[l] === "to" && this.keys[l - 1] === "close") l--
    const k = l - 1
    if (this.t.kinds[k] !== WORD || !EN_VOICE_NOUNS.has(this.keys[k]!) || isCapitalized(this.t, this.text, k)) return -1
    for (let t = k - 1; t >= ps && k - t <= 3; t--) {
      if (this.t.kinds[t] !== WORD) return -1
      if (EN_ARTICLE.test(this.keys[t]!)) return t
      if (isCapitalized(this.t, this.text, t)) return -1
    }
    return -1
  }

  /**
   * The token where the person that the words `[n, e)` name starts, when it is one of the first four (`Mr Blair`, `EU
   * trade commissioner Peter Mandelson`); -1 when none.
   */
  protected personOpeningNear(n: number, e: number): number {
    for (let k = n; k < e && k - n < 4; k++) {
      if (this.t.kinds[k] !== WORD) return -1
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      const found = this.entityIn(o)
      if (found !== null && found.type === "PERSON" && found.start === o.start) return k
    }
    return -1
  }

  /**
   * `A spokesman for Mr Blair said`, `an aide to Ms Cole`, `a senior source close to Mr Hale`: a phrase `[a, b)` that a
   * voice's words open ({@link voiceOpening}) before the person `e`: the phrase up to the person's end is the speaker,
   * not the person spoken for (forty-sixth session; a body after the noun stays the speaker, `A spokesman for Acme
   * said`, as `an Acme spokesman` is Acme). Else null.
   */
  protected voiceForPerson(e: Entity, a: number, b: number): Range | null {
    const owned = this.possessedVoice(e, a, b)
    if (owned !== null) return owned
    if (e.type !== "PERSON" || b - a < 4 || this.t.kinds[a] !== WORD || !EN_ARTICLE.test(this.keys[a]!)) return null
    let n = a + 1
    while (n < b && n - a <= 6 && !(this.t.kinds[n - 1] === WORD && EN_VOICE_LINKS.has(this.keys[n - 1]!))) n++
    if (n >= b || this.voiceOpening(n, a) !== a) return null
    const p = this.personOpeningNear(n, b)
    if (p < 0 || this.orig(this.t.starts[p]!, this.t.ends[p]!).start !== e.start || !this.surePerson(e, p)) return null
    return { start: this.orig(this.t.starts[a]!, this.t.ends[a]!).start, end: e.end }
  }

  /**
   * `Mr Blair's spokesman said`, `Tony Blair's official spokesman told`, `Ms Cole's lawyer said`, `Prime Minister Tony
   * Blair's official spokesman said`: a person (surely one, {@link surePerson}) who opens the phrase `[a, b)` (after an
   * honorific or up to two capitalized title words), a possessive (`'s`, `’s`) and at most two lower-case words before
   * a voice's noun that ends the phrase (`spokesman`, `aide`, `lawyer` …): the whole phrase speaks for the person, who
   * is not the speaker, as in `a spokesman for Mr Blair` (fifty-first session, helper enscrap, after the E25 reading:
   * before, the person). A body's voice stays the body (`Acme's spokesman`: no person). Else null.
   */
  protected possessedVoice(e: Entity, a: number, b: number): Range | null {
    if (e.type !== "PERSON" || b - a < 2 || this.t.kinds[b - 1] !== WORD || !EN_VOICE_NOUNS.has(this.keys[b - 1]!) || isCapitalized(this.t, this.text, b - 1)) return null
    const p = this.personOpeningNear(a, Math.min(b, a + 3))
    if (p < 0 || this.orig(this.t.starts[p]!, this.t.ends[p]!).start !== e.start || !this.surePerson(e, p)) return null
    // (before the name an honorific, or up to two capitalized title words: `Prime Minister Tony Blair's official
    // spokesman said`; fifty-fifth session, from the E28 reading, before: Tony Blair)
    if (p > a && !(p === a + 1 && EN_HONORIFICS.has(this.keys[a]!))) {
      for (let j = a; j < p; j++) if (!this.lex.enTitles.has(this.keys[j]!) || !isCapitalized(this.t, this.text, j)) return null
    }
    // (the possessive is glued to the name's last word: `Blair's` is one token)
    let k = p
    while (k < b - 1 && this.orig(this.t.starts[k]!, this.t.ends[k]!).end < e.end) k++
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    if (k >= b - 1 || o.end - e.end > 2 || !/^['\u2019]s?$/.test(this.text.slice(e.end, o.end))) return null
    if (b - 1 - (k + 1) > 2) return null
    for (let j = k + 1; j < b - 1; j++) if (this.t.kinds[j] !== WORD || isCapitalized(this.t, this.text, j)) return null
    return { start: this.orig(this.t.starts[a]!, this.t.ends[a]!).start, end: this.orig(this.t.starts[b - 1]!, this.t.ends[b - 1]!).end }
  }

  /**
   * Is the person entity `e` that starts at token `p` surely a person, not a body the entity stage typed a person
   * (`a spokeswoman for Royal Mail`, `a spokesman for Dell`): a title of address before it or opening it (`Mr Blair`),
   * or two words or more that open with an English given name (`Michael Howard`), or a name the document also writes
   * another way (`Tony Blair` and `Blair`)?
   */
  protected surePerson(e: Entity, p: number): boolean {
    if ((p > 0 && this.t.kinds[p - 1] === WORD && EN_HONORIFICS.has(this.keys[p - 1]!)) || EN_HONORIFICS.has(this.keys[p]!)) return true
    const words = e.canonical.split(" ")
    if (words.length >= 2 && isEnglishGivenName(words[0]!)) return true
    return (this.variedPersons ??= this.indexVariedPersons()).has(e.entityId ?? e.canonical)
  }

  /** The persons the document writes in more than one way ({@link surePerson}), built once on first need. */
  private variedPersons: ReadonlySet<string> | undefined = undefined

  /** The ids (else canonical names) of the person entities whose mentions differ in their text (`Tony Blair`, `Blair`). */
  private indexVariedPersons(): ReadonlySet<string> {
    const first = new Map<string, string>()
    const out = new Set<string>()
    for (const x of this.entities) {
      if (x.type !== "PERSON") continue
      const id = x.entityId ?? x.canonical
      const seen = first.get(id)
      if (seen === undefined) first.set(id, x.text)
      else if (seen !== x.text) out.add(id)
    }
    return out
  }

  /** Does the English phrase `[a, b)` hold a person's title (`spokeswoman`, `minister`, `Mr`)? */
  protected hasTitle(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.lex.enTitles.has(this.keys[k]!)) return true
    return false
  }
}
