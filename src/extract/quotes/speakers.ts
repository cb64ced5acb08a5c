/**
 * Layer 7 of the quote scanner: speaker resolution. A phrase (a token range) becomes a speaker — the person (else
 * organisation) entity it holds, the entity whose role it names, a person in an apposition after it, a relative
 * (`والد X`) — or, for a pronoun, an honorific, an adverb or no phrase at all, the chain of named speakers
 * (`he`/`she` first try the subject of the sentence before). Named speakers are pushed onto the chain.
 *
 * @module
 */
import type { Entity } from "../../schema/record.js"
import { isListedAdjective } from "../entities/english.js"
import type { Range } from "../internal/ranges.js"
import { lowerBound } from "../../internal/search.js"
import { BREAK, NUM, PUNCT, WORD, foldKey, isCapitalized } from "../internal/tokens.js"
import { IMAM, withoutGluedLamForms } from "./cues.js"
import { EN_ADVERBIAL_LEADS, EnglishSubjects, ISSUING_PARTICIPLES } from "./english.js"
import { heldRoleIndex, heldRoleKey } from "./english-holders.js"
import type { Gender } from "./lexicon.js"
import { ALA, ALEF_LAM, AN, C_WAW, LAL, LAM_KEY, ONE_OF_F, ONE_OF_M, entitySpeaker, ANAPHOR_WINDOW, TA_MARBUTA, COMMAS, DASHES, FI, hasWithWaw, isNisbaKey, MARKS, MIN, SPOKESMAN, SUBJECT_WINDOW, withoutConjunction, type Cue, type Speaker } from "./scanner.js"

/** Verbs of reported speech whose subject `he` after them stands for (`Jo Hill said the families were delighted.`; {@link SpeakerResolver.reporterIn}). */
const EN_REPORTING = new Set(["said", "says", "told"])
/** Words of an unnamed source's phrase after a verb of giving and `به`/`بها` ({@link SpeakerResolver.givenBy}). */
const GIVEN_BY_WORDS = 4
/** How many tokens a role that opens a sentence may take before the comma of the person set off after it ({@link SpeakerResolver.apposedAfterRole}). */
const APPOSED_ROLE_TOKENS = 8
/** How many tokens a sentence may hold for its one person to be read as its subject ({@link SpeakerResolver.solePersonIn}). */
const SOLE_PERSON_TOKENS = 40

/** How many words after `المشرف على` may name what the supervisor runs before the person's name (fifty-seventh session). */
const SUPERVISED_WORDS = 6

/** How many tokens after the comma of an opening adverbial phrase may lead to the person who opens the clause ({@link SpeakerResolver.personAfterPhrase}). */
const PHRASE_SUBJECT_TOKENS = 6
/** How many tokens a sentence that its one person closes may hold ({@link SpeakerResolver.solePersonIn}). */
const SOLE_CLOSING_TOKENS = 12
/** The most tokens past the end of a post's phrase to the comma before an untagged name in apposition ({@link SpeakerResolver.untaggedAppositive}). */
const ROLE_TO_COMMA = 8
/** Words before a sentence's one person that make him no subject of it: a verb of its own, a relative word ({@link SpeakerResolver.solePersonIn}). */
const SOLE_BEFORE_STOPS = new Set(["is", "was", "are", "were", "has", "have", "had", "will", "would", "says", "said", "who", "which", "that"])
/** Words after the name's comma that open no verb of the sentence (`Police held the driver, Jo Hill, on Friday`: the name is an object). */
const APPOSED_NOT_VERB = /^(?:on|at|in|for|with|to|from|by|of|after|before|during|the|a|an|and|or|but|who|whom|whose|which|that|as)$/
/** How many tokens {@link SpeakerResolver.invertedSubjectBefore} reads from a sentence's participle to its `was`. */
const INVERTED_TOKENS = 16
/** How many tokens {@link SpeakerResolver.ownSentenceOpener} reads between a sentence's opening person and `he`/`she`, and after it to the marks. */
const OWN_OPENER_TOKENS = 40
/** How many tokens at most a clause that opens an English sentence runs to its comma ({@link SpeakerResolver.openingClauseEnd}). */
const OPENING_CLAUSE_TOKENS = 40
/** Words a sentence may open with before its subject (`But he then missed …`). */
const EN_CONJUNCTIONS = new Set(["but", "and", "yet", "so", "however", "then", "now", "meanwhile"])
/** Irregular English past participles before the `by` of a passive (`was seen by`, `were taken by`). */
const EN_PAST_PARTICIPLES = new Set(["seen", "taken", "given", "made", "written", "told", "held", "led", "won", "beaten", "chosen", "known", "shown", "brought", "bought", "caught", "sent", "set", "hit", "put", "run", "done", "said", "struck", "thrown", "drawn", "met", "paid", "read", "heard", "kept", "left", "found"])
/** Head nouns of an English epithet for a player or a performer named before (`the Liverpool player`, `the British actor`). */
const EN_EPITHET_HEADS = new Set(["player", "holder", "prop", "hooker", "defender", "striker", "midfielder", "winger", "forward", "goalkeeper", "keeper", "full-back", "centre-back", "playmaker", "champion", "sprinter", "runner", "athlete", "hurdler", "jumper", "swimmer", "cyclist", "golfer", "boxer", "batsman", "bowler", "all-rounder", "fly-half", "scrum-half", "flanker", "actor", "actress", "singer", "star", "rapper", "songwriter", "comedian", "musician", "guitarist", "veteran", "youngster", "teenager", "frenchman", "spaniard", "dutchman", "scot", "welshman", "irishman", "englishman", "briton", "swede", "dane", "finn"])
/** English relative pronouns: `which suggests` names no speaker. */
const EN_RELATIVE = new Set(["which", "who", "whom", "whose"])
/** `its`, `their`: the owner of a document in `says its report` (forty-seventh session). */
const EN_OWNERS = new Set(["its", "their"])
/** `the company`, `the firm`: the nouns that stand for the organisation a document's title opens with ({@link SpeakerResolver.titleBodyFor}). */
const HEADLINE_BODY_NOUNS = new Set(["company", "firm"])
/** Opening marks that may stand between a body's noun and its name (`تنظيم «داعش»`; sixty-third session, helper arquote22). */
const OPENING_NAME_MARKS = new Set(["\u00ab", "\"", "\u201c"])
/** How many entities back from `the company` the last organisation named is looked for ({@link SpeakerResolver.titleBodyFor}). */
const HEADLINE_BODY_BACK = 50
/** A possessive right after a name (`'s`, `’s`, or the apostrophe alone after an `s`) and a space ({@link SpeakerResolver.possessiveName}). */
const POSSESSIVE_AFTER = /^(?:['\u2019]s|['\u2019])\s/
/** How many tokens after a name in the possessive a clause of `and`/`but` and a person is looked for ({@link SpeakerResolver.coordinatedPersonAfter}). */
const COORDINATED_REACH = 40
/** How many lower-case words of a role may stand between `but` and the person who opens its clause ({@link SpeakerResolver.butClauseSubject}; fifty-third session). */
const BUT_ROLE_WORDS = 3
/** How many tokens after `but` may lead to the person who answers the words reported before it ({@link SpeakerResolver.butReplier}). */
const BUT_REPLY_TOKENS = 6
/** How many tokens at most a compound glued by hyphens that opens a sentence before `he`/`she` may add to the six read ({@link SpeakerResolver.recentSubject}). */
const GLUED_REACH = 14
/** Apostrophes of a possessive between a body's name and the person after it (`Tennis Victoria's Sam Reed`). */
const APOSTROPHES = new Set(["'", "\u2019", "'s", "\u2019s"])
/** How far back {@link SpeakerResolver.speakingBodyBefore} looks for the body that owns a document, in tokens. */
const OWNER_BACK = 250
/** How far back {@link SpeakerResolver.issuedDocumentIssuer} looks for an earlier mention of the document, in tokens (fifty-sixth session). */
const ISSUER_BACK = 600
/** How many lower-case words may stand between a document's determiner or issuer and its noun (`its latest bi-annual report`). */
const ISSUER_ADJECTIVES = 3
/** Determiners of a definite document that speaks (`the report said`, `This study says`). */
const EN_DEFINITE = new Set(["the", "this"])
/** Determiners of a document the text brings in anew (`a report`): before it, no mention names this one's issuer. */
const EN_INDEFINITE = new Set(["a", "an"])
/** How far back {@link SpeakerResolver.documentOwner} looks for the person `his`/`her` stands for, in tokens (fifty-seventh session). */
const OWNER_PERSON_BACK = 80
/** Possessives of a person's document (`his report`, `Her lawsuit`; {@link SpeakerResolver.issuedDocumentIssuer}, fifty-seventh session). */
const EN_PERSON_OWNERS: ReadonlySet<string> = new Set(["his", "her"])
/** Auxiliaries between a plaintiff and a form of `sue` (`is suing`, `has sued`; {@link SpeakerResolver.plaintiffBefore}). */
const PLAINTIFF_AUXILIARIES: ReadonlySet<string> = new Set(["is", "was", "are", "were", "has", "have", "had", "also", "now"])
/** Determiners that open a document's mention (`a`, `the`, `its` …): the lower-case words read before its noun stop there. */
const DOCUMENT_DETERMINERS = new Set(["a", "an", "the", "this", "its", "their", "his", "her", "our"])
/** Links from a document's noun to its issuer after it (`a report by the NAO`, `a letter from the Home Office`). */
const ISSUER_LINKS = new Set(["by", "from"])
/** Verbs of issuing before a document's determiner (`the OECD published a report`, `Oxfam says in a report`). */
const ISSUING_VERBS = new Set(["published", "publishes", "publish", "released", "releases", "issued", "issues", "produced", "produces", "compiled", "unveiled", "launched", "says", "said", "warns", "warned", "found", "finds", "made", "makes", "filed", "files", "lodged", "brought"])
/** How many words a gloss in brackets after a role may hold ({@link SpeakerResolver.glossEnd}; fifty-fifth session). */
const GLOSS_TOKENS = 8

/** Possessive pronouns after a noun (folded): `ه`, `ها`, `هم`, `هما`, `هن`. */
const POSSESSIVE_ENDINGS = new Set(["\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627", "\u0647\u0646"])

/** How far back (characters) a woman named with a feminine role is looked for, for a feminine verb after a man. */
const WOMAN_WINDOW = 1500

/** How many tokens back a writer named in a press review is looked for ({@link SpeakerResolver.newWriter}; thirtieth session). */
const WRITER_BACK = 120

/** `الكاتب` (folded): the masculine writer noun. */
const WRITER_M = foldKey("\u0627\u0644\u0643\u0627\u062a\u0628")[0]!

/** `العمر` in `البالغ من العمر 18 عاما`. */
const AL_UMR = foldKey("\u0627\u0644\u0639\u0645\u0631")[0]!

/** `الفريق`: a body noun that is also a military rank before a name (`الفريق خلفان`). */
const AL_FARIQ = foldKey("\u0627\u0644\u0641\u0631\u064a\u0642")[0]!

/** Tokens at most between an unnamed source's description and the bare noun that names it again ({@link SpeakerResolver.describedSource}). */
const DESCRIBED_BACK = 600
/** A noun's letters without its article and long vowels, its first three (a broken plural matches its singular: `مصادر` ~ `مصدر`). */
const sourceSkeleton = (w: string): string => bareKey(w).replace(/[\u0627\u0648\u064a\u0649]/g, "").slice(0, 3)
/** The letters of `مصدر`/`مصادر` ("source") without long vowels: "the same source" is the last speaker, whoever it was. */
const SOURCE_STEM = foldKey("\u0645\u0635\u062f\u0631")[0]!.slice(0, 3)
/** `المصدر`, the singular source with its article (a key): `المصادر نفسها` is the plural ({@link SpeakerResolver.sameAs}). */
const SOURCE_SINGULAR = foldKey("\u0627\u0644\u0645\u0635\u062f\u0631")[0]!

/** `ه`, the pronoun suffix "his" as written (the feminine `ة` folds to it in the keys). */
const HEH = 0x0647

/**
 * Words at most between a noun of kinship and the name of the person it describes (`والد شهيد الوطن الجندي X`:
 * {@link SpeakerResolver.kinBeforeDescribed}; fifty-fifth session, helper arkin).
 */
const KIN_DESCRIPTION_WORDS = 4

/** `الأخير`, `الأخيرة` (keys): "the latter" ({@link SpeakerResolver.latterPerson}). */
const LATTER: ReadonlySet<string> = new Set([...foldKey("\u0627\u0644\u0623\u062e\u064a\u0631"), ...foldKey("\u0627\u0644\u0623\u062e\u064a\u0631\u0629")])

/** `هذا`, `هذه` (keys) before "the latter". */
const LATTER_DEMONSTRATIVES: ReadonlySet<string> = new Set([...foldKey("\u0647\u0630\u0627"), ...foldKey("\u0647\u0630\u0647")])

/** Mentions at most read back for the relative a kin's phrase names ({@link SpeakerResolver.kinDescribedBefore}). */
const KIN_MENTIONS = 64

/** Tokens from `في` to the end of an untagged body's name inside a role (`insideBodyAfterFi`; thirty-seventh session). */
const BODY_AFTER_FI = 7
/** Words of an untagged holder's name after the body of his post (`untaggedHolderAfterBody`). */
const HOLDER_NAME_MIN = 2
const HOLDER_NAME_MAX = 3
/** Words of a post before the `ل` of the person it serves or speaks to (`lamBeforePerson`: `مدير سي آي إيه لترامب`). */
const LAM_PHRASE_WORDS = 4

/** Words read back from a person's name for the noun that describes it (`onePersonHeaded`; thirty-seventh session). */
const HEAD_BEFORE_NAME = 5

/** `باسم` ("in the name of"): a spokesman's tie to the one spoken for. */
const BISM = foldKey("\u0628\u0627\u0633\u0645")[0]!
/** `الله` inside a name (`ذبيح الله`, `عبد الله`), folded. */
const ALLAH_KEY = foldKey("\u0627\u0644\u0644\u0647")[0]!

/** `مكتب`, an office, as a key (forty-first session: `مكتب رئيس الوزراء X`). */
const OFFICE_KEY = foldKey("\u0645\u0643\u062a\u0628")[0]!

/**
 * `نادي`, a club's noun in construct before the body's name the entity stage tagged without it (`agencyPhrase`; the
 * headline's body, `missionOf` in extract.ts).
 */
export const CLUB_KEY = foldKey("\u0646\u0627\u062f\u064a")[0]!

/** `الرسمي`, `الرسمية` ("official") between a spokesman's noun and `باسم` (`spokesPhrase`; thirty-ninth session), as keys. */
const OFFICIAL: ReadonlySet<string> = new Set(["\u0627\u0644\u0631\u0633\u0645\u064a", "\u0627\u0644\u0631\u0633\u0645\u064a\u0629"].map((w) => foldKey(w)[0]!))

/** The most words with the article after an agency's complement (`agencyPhrase`: `لتنسيق الشؤون الإنسانية`). */
const AGENCY_TAIL = 3

/** A sentence's end or a paragraph's between two names. */
const SENTENCE_BREAK = /[.!?\u061f\n]/

/** A definite noun, with a conjunction or a preposition glued before the article or not (`التقرير`, `بالمقال`, `للتقرير`), as keys. */
const DEFINITE = /^[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644)/

/** Prefixes and suffixes of a document noun: بالبيان، لبيان، بيانا، بيانه، تقريرها، مقالة (as keys). */
const DOC_PREFIXES = ["\u0628\u0627\u0644", "\u0644\u0644", ALEF_LAM, "\u0628", "\u0644"].map((w) => foldKey(w)[0]!).concat("")
const DOC_SUFFIXES = ["\u0627", "\u0647", "\u0647\u0627", "\u0647\u0645", "\u0629"].map((w) => foldKey("\u0628" + w)[0]!.slice(1)).concat("")

/** The stem among `stems` (`بيان`, `تقرير`, `مقال`: keys) a word is a form of, or null. */
export const docStem = (key: string, stems: ReadonlyArray<string>): string | null => {
  if (key.length < 3 || key.length > 12) return null
  let k = key
  for (let pass = 0; pass < 2; pass++) {
    for (const stem of stems) {
      const at = k.indexOf(stem)
      if (at < 0) continue
      if (DOC_PREFIXES.includes(k.slice(0, at)) && DOC_SUFFIXES.includes(k.slice(at + stem.length))) return stem
    }
    // وبيان, فالتقرير: a conjunction before the prefix
    if (k.length > 4 && (k[0] === "\u0648" || k[0] === "\u0641")) k = k.slice(1)
    else break
  }
  return null
}

/** `مسؤول`, `مسئول`: the official's word as texts write it (an indefinite one is searched in the original text). */
const OFFICIAL_STEMS = ["\u0645\u0633\u0624\u0648\u0644", "\u0645\u0633\u0626\u0648\u0644"]

/** How many tokens after a document phrase a later mention may name its issuer ({@link SpeakerResolver.issuerNamedAfter}). */
const ISSUER_AHEAD = 200

/** `مؤخرا` (lately): a time word of a participle's shape, no manner (twenty-sixth session). */
const LATELY = new Set(foldKey("\u0645\u0624\u062e\u0631\u0627"))

/** The mark of a word after لل among the words before a name ({@link SpeakerResolver.wordsBeforeName}). */
const TIED = "\u0644:"

/** The documents `بيان لـ…`, `تقرير لـ…` name their issuer after (`issuerAfterLam`; thirty-ninth session). */
const LAM_ISSUED = new Set(["\u0628\u064a\u0627\u0646", "\u062a\u0642\u0631\u064a\u0631"].map((w) => foldKey(w)[0]!))

/** How many tokens back the sentence before an epithet subject is read at most (fortieth session). */
const EPITHET_BACK = 60

/** The stem of a report (`تقرير`), whose newspaper `لصحيفة X` names (fortieth session). */
const REPORT = foldKey("\u062a\u0642\u0631\u064a\u0631")[0]!

/**
 * The preposition ب as the first letter of a word (a key's first character): `بوزارة`, `بالهيئة`, a body's name right
 * after an unnamed source's noun and its adjectives (`مصدر مسؤول بوزارة الداخلية`: the body is the source;
 * `describedInText`, `unnamedSource`).
 */
const BA_GLUED = "\u0628"

/** How far back (characters) the word before an organisation's name is read for a preposition (`afterObjectPreposition`). */
const OBJECT_PREP_BACK = 12

/** `بإصداره`, `بإصدارها`: "by issuing it" before a document, its subject the issuer (thirty-ninth session). */
const BI_ISDARIH = foldKey("\u0628\u0625\u0635\u062f\u0627\u0631\u0647")[0]!
const BI_ISDARIHA = foldKey("\u0628\u0625\u0635\u062f\u0627\u0631\u0647\u0627")[0]!

/** A word without its article (and a و before it): `الاتصال` → `اتصال`, `والصناعة` → `صناعة`. */
const bareKey = (w: string): string => (w.startsWith(ALEF_LAM) ? w.slice(2) : w.startsWith("\u0648\u0627\u0644") ? w.slice(3) : w)

/** Is `w` the head `head` (no article), with or without the article or a و? (A role's first word, bare: `وزير`, `متحدث`.) */
const isHeadOf = (w: string, head: string): boolean => {
  const n = w.length - head.length
  return (n === 0 || n === 1 || n === 2 || n === 3) && w.endsWith(head) && (n === 0 || w === ALEF_LAM + head || w === "\u0648" + head || w === "\u0648\u0627\u0644" + head)
}

/**
 * Are all the key words of a phrase among the words of a role (from index `from`)? A nisba adjective matches its place
 * (`قطري` ~ `قطر`, `امريكي` ~ `امريكا`) and its feminine (`امريكيه`).
 */
const coveredBy = (keyWords: ReadonlyArray<string>, role: ReadonlyArray<string>, from: number): boolean => {
  for (const w of keyWords) {
    const nisba = w.endsWith("\u064a") ? w.slice(0, -1) : null
    let found = false
    for (let i = from; i < role.length && !found; i++) {
      const r = role[i]!
      // (and its feminine: `الأمريكي` ~ `باسم الخارجية الأمريكية`)
      found = r === w || (nisba !== null && (r === nisba || r === nisba + "\u0627" || r === w + "\u0647"))
    }
    if (!found) return false
  }
  return true
}

/**
 * Does a described word stand for the nisba adjective `w` of a role phrase (a key without its article; fifty-first
 * session, helper arrole)? Its place (`الباني` ~ `البانيا`, `مصري` ~ `مصر`, `امريكي` ~ `امريكا`: `السفير الألباني`
 * after `X سفير جمهورية ألبانيا`) or its other gender (`ايرانيه` ~ `ايراني`: `رئيس الدبلوماسية الإيرانية` after `وزير الخارجية الإيراني
 * X`). Only a word of four letters or more ending in ي, or its feminine in يه.
 */
const nisbaDescribed = (w: string, described: ReadonlySet<string>): boolean => {
  const masculine = w.endsWith("\u064a\u0647") ? w.slice(0, -1) : w
  if (masculine.length < 4 || !masculine.endsWith("\u064a")) return false
  if (described.has(masculine) || described.has(masculine + "\u0647")) return true
  // (a place that opens like the article, `ألبانيا`, is described without it: `بانيا`)
  for (const m of masculine.startsWith(ALEF_LAM) && masculine.length >= 6 ? [masculine, masculine.slice(2)] : [masculine]) {
    const place = m.slice(0, -1)
    if (described.has(place) || described.has(place + "\u0627") || described.has(m + "\u0627")) return true
  }
  return false
}

/** Does any word of `words` stand in `set`? */
const anyIn = (words: ReadonlySet<string>, set: ReadonlySet<string>): boolean => {
  for (const w of words) if (set.has(w)) return true
  return false
}

/** `لدى` ("at", an ambassador's seat), as a key ({@link SpeakerResolver.seatedHolder}). */
const LADA = "\u0644\u062f\u064a"
/** How many words may name a role's seat between `لدى`/`في` and the holder's name ({@link SpeakerResolver.seatedHolder}). */
const SEAT_WORDS = 4

/** The chain of named speakers and the resolution of a phrase to a speaker. */
export abstract class SpeakerResolver extends EnglishSubjects {
  protected readonly chain: Array<Speaker> = []
  /** Token where each speaker of {@link chain} was pushed (-1: found before any token). */
  protected readonly chainAt: Array<number> = []
  /** Original offset of the cue or mark being attributed (a speaker with no name before it is looked up before here). */
  protected cursor = 0
  /** Token where the last named speaker was pushed onto the chain (-1: none). */
  protected lastPushAt = -1
  /** The text's words, split once on first need ({@link toNamedAddressee}). */
  private wordsOfText: Set<string> | null = null
  /** Person entities by canonical name, and the ids of person entities, built once on first need. */
  private personsByName: Map<string, Entity> | null = null
  private personIds: Set<string> | null = null
  /** Person entities by each folded word of their canonical name (null: two people share it), built once ({@link personByNameWord}). */
  private personsByWord: Map<string, Entity | null> | null = null
  /** The type of each entity id (its first mention's), built once on first need ({@link formerHolder}). */
  private typesById: Map<string, Entity["type"]> | null = null
  /** The speaker of the last quote emitted (a paragraph's quotes are emitted at its end), or null. */
  protected lastQuoted: Speaker | null = null
  /**
   * The offices {@link officeOfPerson} named, each with its person (forty-first session): a later sentence's words with
   * no cue go on with the person, as before the rule.
   */
  protected readonly offices = new WeakMap<Speaker, Speaker>()
  /** The opening mark of a quote attributed by the words after it (its sentence starts there), or -1. */
  protected sentenceFrom = -1

  /**
   * The start of the sentence a speaker phrase at token `a` belongs to: the sentence of the quote's opening mark when
   * the words after the quote attribute it ({@link sentenceFrom}), else `a`'s own.
   */
  protected phraseSentenceStart(a: number): number {
    return this.sentenceStartIn(this.sentenceFrom >= 0 && this.sentenceFrom < a ? this.sentenceFrom : a, this.ps)
  }

  /**
   * A speaker from a phrase (token range): a pronoun or an empty phrase takes
   * the chain; a named one is pushed onto the chain when `push` is set.
   */
  protected resolve(phrase: readonly [number, number] | null, gender: Gender | null, push = true): Speaker | null {
    if (phrase === null) return this.fromChain(gender)
    const [a, b] = phrase
    if (this.gluedSources.has(a)) return this.gluedSource(a, b, gender, push)
    const first = this.keys[a]!
    const lex = this.lex
    const pronoun = b - a === 1 ? lex.enPronouns.get(first) : undefined
    if (pronoun !== undefined) {
      // (`… is expected to be opposed by the Green Party.` ⏎ `They have said …`: `they` opening its sentence is the
      // body a passive's `by` closed the sentence before with; fifty-third session, helper encarry)
      let r = (pronoun !== "p" ? this.ownSentenceOpener(a, pronoun) ?? this.recentSubject(a, pronoun) ?? this.mainSpeakerBefore(a) : first === "they" ? this.agentBodyBefore(a) : null) ?? this.fromChain(pronoun, pronoun !== "p")
      // `The ministry sought to calm the farmers' worries, …. It added that …`: `it` stands for no person; the organisation
      // the sentence before opens with, when the chain gave a person (forty-ninth session, helper enholder)
      if (first === "it" && (r === null || r.person)) r = this.bodyForIt(a) ?? r
      // `… thinks Sam Fielding, editor of Home Tech Monthly. "…," he said.` with no person on the chain: `he` is the person
      // the sentence before names, not a body (thirtieth session)
      if (pronoun !== "p" && (r === null || !r.person)) {
        const named = this.personOfSentenceBefore(this.phraseSentenceStart(a)) ?? this.personBeforePronoun(this.phraseSentenceStart(a))
        if (named !== null) r = entitySpeaker(named)
      }
      // `Mr Prater's views were echoed by Christine Rush. "…," she said.`: a person the document titles as of the other
      // sex (`Mr`, `Ms`) is no `he` or `she`; the first person who is not, of the pronoun's own sentence, else of the
      // sentence before, else the chain's last (forty-sixth session)
      if (r !== null && r.person && pronoun !== "p") {
        const other = pronoun === "m" ? "f" : "m"
        const id = r.entityId ?? r.text
        if (this.titledSex(id) === other) {
          const same = this.personOfSexBefore(a, pronoun)
          // (a sex read from a given name alone, `Graeme Oxby`, gives way only to a person the document gives the
          // pronoun's own sex, the last one named before it: a name the entity stage glued wrong, `Malcolm X. Attallah
          // Shabazz`, is no reason to take someone else of no known sex; forty-eighth session, helper enpron)
          if (this.sexByGivenName(id)) {
            if (same !== null) r = entitySpeaker(same)
          } else {
            const start = this.phraseSentenceStart(a)
            // (the pronoun's own sentence first, `Mr Hale's remarks drew fire - he told …`, then the sentence before)
            const named = this.personBetween(Math.max(start, a - 60), a, other) ?? this.personOfSentenceBefore(start, other)
            // (else the last person on the chain who is not, within its last eight; else the last person named before
            // it whom the document gives the pronoun's own sex, forty-eighth session)
            if (named !== null && named.canonical !== r.text) r = entitySpeaker(named)
            else r = this.chainPersonNotOf(other) ?? (same !== null ? entitySpeaker(same) : r)
          }
        }
      }
      // `He also accused Liverpool of …, but Parry explained: "…"`: not the person who answers after `but` (fifty-ninth
      // session, helper enfix)
      if (r !== null && r.person && (pronoun === "m" || pronoun === "f")) r = this.notTheAnswerer(a, r, pronoun)
      // `He added: …` after words of the police: the person `he` stands for is the chain's last speaker again, so that
      // words with no attribution after it stay with him
      if (r !== null && push && this.chain[this.chain.length - 1] !== r) this.push(r, a)
      return r
    }
    // `the 36-year-old said`, `the 47-year-old director said`: an age stands for a person named before, as `he` does
    if (this.ageDescription(a, b)) return this.describedPerson(a)
    // `the American said`, `said the Australian`: a nationality stands for a person named before, as an age does
    if (this.nationalityEpithet(a, b)) return this.describedPerson(a)
    // `said the Liverpool player`, `The world indoor champion said`: a player's or a performer's epithet stands for a
    // person named before, as a nationality does; the person whose role the document writes that way comes first
    // (`the Lions coach`); offices (`the prime minister`, `the Arsenal boss`) are not read so: the roles below find
    // their holder when the text ties one (`heldHolder`; forty-ninth session)
    if (this.englishEpithet(a, b)) {
      const o = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
      const held = this.personByRoleTail(this.text.slice(o.start, o.end))
      // (with nobody named before, the phrase itself: `The defending title holder said`; forty-sixth session)
      if (held === null) {
        const described = this.describedPerson(a)
        if (described !== null) return described
      }
    }
    // `The star of Harbour Lights and Tin Roof said`, `the star of the show`: such an epithet and `of` before what the person
    // is known for (a work, a team: the entity stage may type a film's title as a person) stands for a person named
    // before, as the epithet alone does; the words after `of` never speak (forty-seventh session, helper docspk)
    if (/[a-z]/.test(first)) {
      const of = this.epithetOf(a, b)
      // (pushed where the phrase stands: the name after `of` opens the sentence, and a later `the 67-year-old` reading
      // it would take the work for the person)
      if (of > 0) {
        const described = this.describedPerson(a)
        if (described !== null) {
          if (push) this.push(described, a)
          return described
        }
      }
    }
    // `"…," says its report.`: a body's own document (`its`/`their` and a document's noun: `documentNoun`, or
    // `ownedDocuments`, `website`, `review`) speaks for the body the pronoun stands for, the organisation last named as
    // the subject of a verb (forty-seventh session, helper docspk; the lexicon's lists since the fifty-eighth, helper tidy3)
    if (b - a === 2 && EN_OWNERS.has(first) && (this.documentNoun(this.keys[a + 1]!) || lex.enOwnedDocuments.has(this.keys[a + 1]!))) {
      const owner = this.speakingBodyBefore(a)
      if (owner !== null) return push ? this.pushEntity(owner, gender, a, false) : { text: owner.canonical, entityId: owner.entityId, gender, person: false }
    }
    // `"…," the report said.` after `A report by the National Audit Office …`, `said the magazine` after `US magazine
    // Mobile PC`: a definite document or publication speaks for its issuer, the body or person the text named with it
    // before (fifty-sixth session, helper enquote6); with none named, the document stays the speaker
    const issuer = this.issuedDocumentIssuer(a, b)
    if (issuer !== null) return push ? this.pushEntity(issuer, gender, a) : entitySpeaker(issuer, gender)
    // (`Her report said …` with no mention of the report naming her: the person `her` stands for, read as `she` would
    // be; fifty-seventh session, helper enquote7)
    const ownerOf = this.documentOwner(a, b, gender, push)
    if (ownerOf !== null) return ownerOf
    // وقال سموه:, وأكد معاليه: an honorific pronoun stands for the dignitary named last with a title, the subject of
    // the sentence that names him (not the object of `هنأ X`; twenty-eighth session, second round)
    if (b - a === 1 && lex.honorifics.has(first)) {
      const held = this.dignitaryBefore(a, lex.royalHonorifics.has(first) ? lex.royalTitles : lex.honorificTitles)
      if (held !== null) {
        const dignitary: Speaker = { text: held.canonical, entityId: held.entityId, gender, person: true }
        if (push && this.chain[this.chain.length - 1] !== dignitary) this.push(dignitary, a)
        return dignitary
      }
    }
    // وقال الأخير, أما هذا الأخير فأكد: "the latter" is the last person named before it, not the chain's speaker
    // (fifty-fifth session, helper arkin)
    const latter = this.latterPerson(a, b)
    if (latter !== null) return push ? this.pushEntity(latter, gender, a) : { text: latter.canonical, entityId: latter.entityId, gender, person: true }
    if (b - a === 1 && lex.arPronouns.has(first)) return this.fromChain(gender)
    // وقال مصدر أمني إن … وأضاف المصدر: the bare definite noun of an unnamed source is the source the text described
    // before, in the description's words (forty-fourth session)
    if (b - a === 1 && this.t.kinds[a] === WORD) {
      const described = this.describedSource(a, gender)
      if (described !== null) {
        // (pushed again where it is named, even when last on the chain: a word pushed after the description, an
        // outlet `لـ "فرانس برس"` of its sentence, is not the speaker a participle after this one goes on with)
        if (push) this.push(described, a)
        return described
      }
    }
    // وأضاف المصدر نفسه, وقالت المصادر ذاتها, وتابع نفس المصدر: "the same" source is a speaker quoted before — the
    // last one on the chain whose words hold the noun (مصدر أمني), else the chain's last (session 21)
    if (b - a <= 4 && b - a >= 2 && this.t.kinds[a] === WORD) {
      const same = this.sameAs(a, b)
      if (same !== null) {
        if (push && this.chain[this.chain.length - 1] !== same) this.push(same, a)
        return same
      }
    }
    // `"…," his son said.` after `Mr Hall's son Tom, 57, said`: the person the text named right after the same noun and
    // a possessive (forty-fifth session)
    const bound = this.personBoundToNoun(a, b)
    if (bound !== null) return push ? this.pushEntity(bound, gender, a) : entitySpeaker(bound, gender)
    // `…, which suggests`: a relative pronoun names nobody
    if (EN_RELATIVE.has(first)) return this.fromChain(gender)
    // وقال عندما بدأ المحامي:, وقالت كما نقلت عنها الوكالة: a clause of time, condition or report where the subject
    // would stand names nobody; the speaker is the chain's (session 22; a verb's own phrase is cut there already)
    if (this.lex.subordinateOpeners.has(first)) return this.fromChain(gender)
    // رد عليه مورينيو, صرح به مدير المطار X: the pronoun's preposition is no subject; the words after it are the
    // phrase (none: the chain's). قال عليه الصلاة والسلام: the blessing of a prophet the text named before (no entity,
    // and the chain holds the preacher who cites him): not the chain's; the Prophet (thirty-eighth session)
    // ووجه معالي مدير الأمن العام رسالة …, وقال سعادة السفير: an honorific noun before a post's noun is no word of the
    // role; the phrase is read from the post, which finds the person named before with it (forty-seventh session,
    // helper arrole; before a name or a title, `سمو الأمير X`, the phrase is read as before)
    if (b - a >= 2 && this.t.kinds[a + 1] === WORD && lex.honorificNouns.has(first) && this.postNoun(this.keys[a + 1]!)) return this.resolve([a + 1, b], gender, push)
    if (this.lex.prepPronouns.has(first)) return b - a === 1 ? this.fromChain(gender) : this.lex.prophetBlessing.has(this.keys[a + 1]!) ? this.blessedProphet(a, b) : this.resolve([a + 1, b], gender, push)
    // وقال البيان دون أن …, وقالت الصحيفة نقلا عن …, وأضاف البيان أنهما «…»: a definite document, outlet or body noun
    // and a word after it that no article opens and that names nobody is the noun alone; وأضاف البيان السعودي, وأوضح
    // البيان الأمريكي: a statement or a report and its nisba adjective is the statement named before, when one was
    // (session 22)
    if (b - a === 2 && this.t.kinds[a + 1] === WORD && !/[a-z]/.test(first)) {
      const pair = this.nounAndLoose(a)
      if (pair === "loose") return this.resolve([a, a + 1], gender, push)
      // (وتصف الصحيفة نفسها بأنها: the paper the text named, when one was; else `الموقع نفسه` stays as it is)
      if (pair === "same") {
        const named = this.resolve([a, a + 1], gender, false)
        const noun = this.orig(this.t.starts[a]!, this.t.ends[a]!)
        if (named !== null && (named.entityId !== null || named.text !== this.text.slice(noun.start, noun.end))) {
          if (push) this.push(named, a)
          return named
        }
      }
      if (pair === "nisba") {
        const found = this.documentIssuer(a, a + 1)
        if (found !== null) {
          const issuer = { ...found, gender }
          if (push) this.push(issuer, a)
          return issuer
        }
      }
    }
    // وقال مصدر عسكري موال لـX, وقال مسؤول كبير بإدارة X, وقال مصدر مسؤول في <body>: an unnamed source is no person its
    // description names; the body in it or right after it is the speaker, else its words (thirty-third session)
    const unnamed = this.unnamedSource(a, b, gender, push)
    if (unnamed !== null) return unnamed
    // وقال مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه، إن …: a post's phrase that a comma ends, then a name
    // the entity stage left untagged between two commas before the complementizer: the name speaks, whatever the
    // role's words name (sixty-first session, helper arquote17)
    const apposed = this.untaggedAppositive(a, b)
    if (apposed !== null) return this.untaggedSpeaker(apposed, gender, push, a)
    const span = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
    // ينقل X عن عنصر سابق في «داعش» قوله: an unnamed member of a group (`memberNouns`, no article) with no person named
    // in his phrase is the member, his words, not the group after في (fifty-second session, helper aroutlet)
    if (b - a >= 3 && this.entities.length > 0 && lex.memberNouns.has(withoutConjunction(first, 3)) && this.memberOfBody(a, b, span)) {
      const member: Speaker = { text: this.text.slice(span.start, span.end), entityId: null, gender, person: true }
      if (push) this.push(member, a)
      return member
    }
    const english = /[a-z]/.test(first)
    let entity = this.entityIn(span)
    // وقال المبعوث الخاص لهولاند نيكولا هولو، …، إن, مدير سي آي إيه لترامب: a person glued to `ل` after the phrase's
    // first words is the one the post serves or the one spoken to, never the speaker: a second person after him is the
    // speaker, else the words before `ل` are the phrase (sixtieth session, helper arquote11)
    if (!english && entity !== null && entity.type === "PERSON") {
      const k = this.lamBeforePerson(a, b, entity)
      if (k > a) {
        const after = this.personAfterIn(entity, span)
        if (after === null || after.entityId === entity.entityId) return this.resolve([a, k], gender, push)
        entity = after
      }
    }
    // وقالت الوكالة, وأضافت الشركة: an organisation the entity stage tagged as the one noun of a body, with no longer
    // name, names no body of its own; the body named before with that noun is read as for an untagged noun (session 20)
    if (!english && entity !== null && b - a === 1 && entity.type === "ORGANIZATION" && lex.bodyNouns.has(first) && entity.canonical.trim() === this.text.slice(span.start, span.end)) entity = null
    // وقال التكتل الاقتصادي الأوربي: an organisation the entity stage made of a nisba adjective alone (`الأوربي`) is
    // the one body the document names with that adjective, however spelt (`الاتحاد الأوروبي`; thirty-fourth session)
    if (!english && entity !== null && entity.type === "ORGANIZATION") entity = this.bodyByEpithet(entity, a) ?? entity
    // فيما قال إمام وخطيب المسجد … الشيخ X: the noun `إمام` tagged alone as a person names no one; the person after
    // it in the phrase's apposition is the speaker (twenty-ninth session)
    if (!english && entity !== null && entity.type === "PERSON" && entity.text === IMAM && entity.start === span.start) entity = this.personAfterIn(entity, span)
    // من جهته أكد نائب عشيرة آل منصور في بلدات ناحية «…» X، أن: a clan (`آل` and its name, typed a person) after the
    // noun of a clan is the body of the role; the person named after it in the clause holds the role (thirty-first
    // session; with nobody named after it, the clan stays)
    if (!english && entity !== null && entity.type === "PERSON" && entity.start > span.start && this.clanAt(a, b, entity)) entity = this.personAfterIn(entity, span) ?? this.personLaterInClause(b) ?? entity
    // وقال ساخرا إن …: an adverb of manner (an indefinite accusative) where the subject would stand names nobody
    // a person entity with a manner word in it (`عز بهدوء`, the entity stage's span; `بلا حماس`, `أسى` of `بأسى` typed
    // a person): the words before the manner word are the name, the person of the document named so when there is one;
    // a manner word first names nobody, the chain speaks (twenty-seventh session, second round)
    if (!english && entity !== null && entity.type === "PERSON") {
      const k = this.mannerInName(a, b, entity)
      if (k === a) entity = null
      else if (k > a) {
        const cut = this.text.slice(Math.max(entity.start, span.start), this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!).end).trim()
        const same = this.personNamed(cut)
        const glued: Speaker = { text: same?.canonical ?? cut, entityId: same?.entityId ?? entity.entityId, gender, person: true }
        if (push) this.push(glued, a)
        return glued
      }
    }
    if (!english && b - a === 1 && entity === null && (this.mannerAdverb(a, span) || this.caseMarked(a, span))) return this.fromChain(gender)
    // وقال المواطن ساخراً:, وأضاف الموظف بصوت خافت: a manner word after the subject is no part of it (twenty-sixth
    // session); the subject is the words before it
    if (!english && b - a >= 2) {
      const m = this.trailingManner(a, b)
      if (m > a) return this.resolve([a, m], gender, push)
    }
    // ويقول بقناعة تامة إن, وقال بصوت مسموع, وأجابت ببرودة أعصاب: a phrase of manner with no name in it names nobody
    if (!english && entity === null && lex.mannerHeads.has(first)) return this.fromChain(gender)
    // وقال مخاطبا الحضور إن, وأضاف موجها حديثه إلى الوزير: a participle of addressing opens the addressee, named or
    // not; the speaker is the chain's
    if (!english && lex.addressing.has(first)) return this.fromChain(gender)
    // وقال لزميله: …, وقال لصديقه «جيم»: …, وأضاف لنظيره السعودي: ل and a noun with an attached pronoun is the
    // addressee (named after it or not); the speaker is the chain's
    if (!english && this.toOwnAddressee(a, entity)) return this.fromChain(gender)
    // قال لرزق: one word of ل glued to a name is the person spoken to; the speaker is the chain's
    if (!english && b - a === 1 && this.toNamedAddressee(a, entity)) return this.fromChain(gender)
    // فقال أيضا بلهجة تحد …: `أيضا` opens no subject; a manner phrase after it names nobody either, else the words
    // after it are the phrase (وقال أيضا الأمين العام …)
    if (!english && b - a > 1 && this.lex.alsoWords.has(first)) {
      const next = this.orig(this.t.starts[a + 1]!, this.t.ends[a + 1]!)
      if (entity === null || entity.start >= next.start) return entity === null && this.mannerAdverb(a + 1, next) ? this.fromChain(gender) : this.resolve([a + 1, b], gender, push)
    }
    // واختتم حديثه بقوله، وختم تصريحاته: a noun of speech and its pronoun is the object; the speaker is the chain's
    if (!english && entity === null && lex.speechObjects.has(first)) return this.fromChain(gender)
    // كما أكد أهمية دور مصر, أكد ضرورة …: a verbal noun of what is affirmed opens the object, whatever it names after it;
    // the speaker is the chain's (thirty-sixth session)
    if (!english && lex.stanceObjects.has(first) && (entity === null || entity.start > span.start)) return this.fromChain(gender)
    // وأضاف الرجل البالغ 60 عاما: an age with no name stands for the person quoted or named before (as `the
    // 36-year-old said` does); with no person on the chain the phrase stays
    if (!english && entity === null && this.arabicAge(a, b)) {
      const aged = this.fromChain(gender, true)
      if (aged !== null && aged.person) return aged
    }
    const appositive = !english && (entity === null || entity.type !== "PERSON") ? this.appositionPerson(b, false, first.startsWith(ALEF_LAM)) : null
    if (appositive !== null) entity = appositive
    // وقال السفير التونسي لدى الأمم المتحدة منير الحاج: «…»: the phrase ended at the role's seat; the person named
    // right after the seat holds the role (fifty-first session, helper arrole)
    else if (!english && entity === null) entity = this.seatedHolder(a, b)
    // وقال متحدث باسم نائب الرئيس الأمريكي، X، إن: an indefinite spokesman for a person's post, and the name after it
    // the post's holder, the one spoken for: the spokesman's phrase speaks (forty-first session)
    if (!english) {
      const voice = this.spokesmanOfPost(a, gender)
      if (voice !== null) {
        if (push) this.push(voice, a)
        return voice
      }
    }
    // وقال المتحدث باسم الوزارة، الكولونيل X، إن …: the spokesman the phrase names, not the body he speaks for
    // (twenty-eighth session, second round)
    // (and a spokesman's role joined by و after a first role: وقال عضو المجلس البلدي والمتحدث الرسمي باسم البلدية، X،
    // إن …; fifty-first session, helper arcomma)
    const spokes0 = english ? a : this.conjoinedSpokesman(a, b)
    if (!english && (entity === null || entity.type !== "PERSON")) entity = this.spokesmanNamed(spokes0, this.pe) ?? entity
    // وقالت المتحدثة باسم شركة الأغذية الأوروبية، ماريا كلين، لبي بي سي: a name the entity stage left
    // untagged between the two commas after the body (twenty-ninth session)
    if (!english && (entity === null || entity.type !== "PERSON")) {
      const r = this.spokesmanUntagged(spokes0, this.pe)
      if (r !== null) return this.untaggedSpeaker(r, gender, push, a)
    }
    // `A spokesman for Mr Blair said`, `an aide to Ms Cole told`: the phrase speaks for the person it names, who is not
    // the speaker (forty-sixth session; `voiceForPerson`)
    if (english && entity !== null && entity.type === "PERSON") {
      const r = this.voiceForPerson(entity, a, b)
      if (r !== null) {
        const voice: Speaker = { text: this.text.slice(r.start, r.end), entityId: null, gender, person: true }
        if (push) this.push(voice, a)
        return voice
      }
    }
    // `Former Chelsea captain Desailly`: an English phrase ends in its head, so a person there is the speaker
    // (the entity stage may tag a club or a party before it as a person too)
    if (english && entity !== null && entity.type === "PERSON" && entity.end < span.end) {
      const head = this.entityIn(this.orig(this.t.starts[b - 1]!, this.t.ends[b - 1]!))
      if (head !== null && head.type === "PERSON") entity = head
    }
    // `the Arsenal boss`, `the Liverpool player`, `the Senate majority leader`: a body or a place before a person's
    // title that ends the phrase modifies it; the speaker is the person, named before with that role when one was
    // (`entityByRole`), else the phrase. Not a spokesman or an official, who speak for the body (`bodyVoices`)
    if (english && entity !== null && entity.type !== "PERSON" && entity.end < span.end && this.lex.enTitles.has(this.keys[b - 1]!) && !this.lex.enBodyVoices.has(this.keys[b - 1]!)) {
      entity = null
    }
    // `CENTR, the Council of …, agrees. "…," the organisation said`: the body the sentence before opens with
    // (thirtieth session; `bodyNouns` in the lexicon, with `the party`: `A spokesman for UKIP called on …. The party
    // asserts that …`, the body that opens the sentence before or speaks in it, fifty-first session, helper enscrap,
    // after the E25 reading; before, the phrase `The party`)
    // `the Finance and Economy Ministry said …. "…," the ministry said`: a public body's noun (`namedKindNouns`) is the
    // nearest organisation named before whose name holds it (`bodyNamedWithNoun`; fifty-fifth session, from the E28
    // reading; before, the phrase `the ministry`)
    if (english && entity === null && b - a === 2 && first === "the" && lex.enNamedKindNouns.has(this.keys[a + 1]!) && !isCapitalized(this.t, this.text, a + 1)) {
      const body = this.bodyNamedWithNoun(this.keys[a + 1]!, this.orig(this.t.starts[a]!, this.t.ends[a]!).start)
      if (body !== null) {
        const named: Speaker = { text: body.canonical, entityId: body.entityId, gender, person: false }
        if (push) this.push(named, a)
        return named
      }
    }
    if (english && entity === null && b - a === 2 && first === "the" && lex.enBodyNouns.has(this.keys[a + 1]!)) {
      const body = this.bodyOfSentenceBefore(this.phraseSentenceStart(a)) ?? this.titleBodyFor(a)
      if (body !== null) {
        const named: Speaker = { text: body.canonical, entityId: body.entityId, gender, person: false }
        if (push) this.push(named, a)
        return named
      }
    }
    // `Sky Networks' Sophie Turner Laing`, `Tennis Australia's Geoff Pollard`: the name the body's possessive owns
    if (english && entity !== null && this.ownedName(a, b)) {
      const [n] = this.englishName(a, b)
      entity = this.personAt(n) ?? (entity.type === "PERSON" && entity.start >= this.orig(this.t.starts[n]!, this.t.ends[n]!).start ? entity : null)
    }
    // وانتقد الرئيس الأمريكي إدارة الرئيس السابق X: the phrase opens with the role of a person named before, and the
    // person further in it is the object
    // (not when an apposition names the holder: وصف الرئيس الأمريكي المنتخب، X، … is X, whoever held the role before)
    if (!english && appositive === null) entity = this.byRolePrefix(a, b, entity) ?? entity
    // وقال اللاعب والمدرب السابق لنادي <club> after دافع اللاعب … X: a person's role (`epithetHeads`) with no person
    // in the phrase names no body; the body after it is the role's (the club he played for), the speaker the person
    // the role named before
    if (!english && entity !== null && entity.type === "ORGANIZATION" && entity.start > span.start && lex.epithetHeads.has(first)) {
      const held = this.namedBefore(a)
      if (held !== null && held.type === "PERSON") entity = held
    }
    // وأوضح رئيس الاتحاد الآسيوي after رئيس الاتحاد الآسيوي لكرة القدم X: a bare role in construct with a body (no
    // person in the phrase) is the person named before with that role, when one was (else the body, as before; a post's
    // noun's phrase since the forty-sixth session, below)
    // (session 20, second round) وقال المدير التنفيذي لسوق عكاظ after المدير التنفيذي لسوق عكاظ X: a definite role
    // tied to the body by ل or ب (`roleOfBody`) is the person named before with that role too
    if (!english && entity !== null && entity.type === "ORGANIZATION" && entity.start > span.start && (first.startsWith(ALEF_LAM) ? this.roleOfBody(a, entity) : this.constructNoun(first))) {
      const held = this.roleHolderBefore(a, b)
      if (held !== null && held.type === "PERSON") entity = held
      // وقال رئيس نادي <club>: «…», يقول رئيس حزب <party>: «…», وقال مدرب فريق X: with nobody named before with the
      // role, a post's noun (`headlineRoles`: رئيس، مدير، مدرب، أمين …; not a spokesman's, who speaks for the body) in
      // construct with the body that ends the phrase is a person who holds the post, not the body: the phrase speaks,
      // as an unnamed role with no body tagged in it does (forty-sixth session, helper club)
      else if (this.postOverBody(a, b, entity, span)) entity = null
    }
    // وحول سؤال عن ترشحه، اكد نائب رئيس الفيفا السابق «…»: a former role in construct with a body that no earlier
    // use names (`السابق` ends the phrase) is a person who no longer speaks for the body; the person the chain holds
    // (thirtieth session)
    if (!english && entity !== null && entity.type === "ORGANIZATION" && entity.start > span.start && entity.end < span.end && !first.startsWith(ALEF_LAM) && this.lex.formerWords.has(this.keys[b - 1]!) && this.constructNoun(first)) {
      const held = this.formerHolder(b)
      if (held !== null) return held
    }
    // وقال أحد نواب البرلمان الإيراني, مسؤول كبير بوزارة الخزانة, عضو البرلمان الهولندي, مسؤول بطالبان: a phrase that
    // opens with an unnamed source's or a member's indefinite noun, or `أحد`/`إحدى`, before a body is one unnamed person
    // of the body, not the body: the phrase speaks, after a former role's holder was looked for (fifty-ninth session,
    // lead at the merge: with the bodies of helper arorg2 tagged, such quotes had gone to the body; the A114 and A115
    // readers counted the body wrong)
    if (!english && entity !== null && entity.type === "ORGANIZATION" && entity.start > span.start && this.memberOfBodyOpens(first)) entity = null
    // وأضاف لاعب باليرمو السابق:, وتابع مدرب برشلونة السابق, وأضاف مدرب <club> السابق والذي تولى …: a player's or a
    // coach's indefinite noun, one or two words (a club the entity stage may leave untagged) and `السابق`, ending the
    // phrase or before a relative clause, with no person in it, is an epithet of the person quoted just before, else of
    // the subject of the sentence before (thirty-second session)
    if (!english && (entity === null || entity.type !== "PERSON")) {
      const k = this.formerEpithet(a, b)
      if (k > a) {
        // (a person in the relative clause, `والذي تولى تدريب X بعد إقالة Y`, holds no role of the phrase)
        const held = this.formerHolder(b, k + 1 === b) ?? this.previousSubject(a, gender)
        if (held !== null && held.person) return held
        // (with none there, `قال نجم كرة القدم البرازيلي X … وأكد نجم برشلونة السابق`: the one person the document
        // described before with the epithet's noun; thirty-seventh session, after the A69 reading)
        const described = this.onePersonHeaded(a, first)
        if (described !== null) {
          const one: Speaker = { text: described.canonical, entityId: described.entityId, gender, person: true }
          if (push) this.push(one, a)
          return one
        }
      }
    }
    // a place inside a phrase that opens with another noun names no speaker (جماعة "ولاية الساحل" is not الساحل)
    if (entity !== null && entity.type !== "PERSON" && entity.type !== "ORGANIZATION" && entity.start > span.start) entity = null
    // أما هيتاش ياداف، …، فقال: a first name the entity stage left out, glued before a surname it gave another person's
    // full name (`شايلش ياداف`), is a second person of that surname: the name as the text writes it (thirty-first
    // session)
    if (!english && entity !== null && entity.type === "PERSON" && entity.start > span.start) {
      const other = this.otherFirstName(a, b, entity)
      if (other !== null) {
        const named: Speaker = { text: other, entityId: null, gender, person: true }
        if (push) this.push(named, a)
        return named
      }
    }
    // وقال ذبيح الله مجاهد المتحدث باسم طالبان: a name the entity stage left untagged, then the definite spokesman's
    // role in apposition, is the speaker, not the body spoken for (fifty-fifth session, helper arrole3, after the A107
    // reading)
    if (!english && entity !== null && entity.type !== "PERSON") {
      const k = this.nameBeforePost(a, b, true)
      if (k > a && entity.start >= this.orig(this.t.starts[k]!, this.t.ends[k]!).end) {
        const n = this.orig(this.t.starts[a]!, this.t.ends[k - 1]!)
        const person: Speaker = { text: this.text.slice(n.start, n.end), entityId: null, gender, person: true }
        if (push) this.push(person, a)
        return person
      }
    }
    // قال مدير مستشفى X عبيد مسلم لـ«Y», أكد المتحدث الرسمي باسم وزارة X مصعب المدرس: a post's phrase, its body, and
    // two or three words after the body that the entity stage left untagged: the holder's name is the speaker, not the
    // body (sixtieth session, helper arquote11; before arorg2's bodies, the whole phrase)
    if (!english && entity !== null && entity.type === "ORGANIZATION" && entity.start > span.start) {
      const k = this.untaggedHolderAfterBody(a, b, entity)
      if (k > a) {
        const n = this.orig(this.t.starts[k]!, this.t.ends[b - 1]!)
        const person: Speaker = { text: this.text.slice(n.start, n.end), entityId: null, gender, person: true }
        if (push) this.push(person, a)
        return person
      }
    }
    let speaker: Speaker
    // المتحدثة باسم ترامب سارة ساندرز, مساعدو الرئيس X، Y: a person the phrase names after a possessor or `باسم` is
    // the one spoken for; a second person later in the phrase is the speaker (session 21)
    const holder = entity !== null && !english && entity.type === "PERSON" ? this.personAfterPossessed(entity, a, b) ?? this.spokesmanAfterBism(entity, a, b) : null
    if (holder !== null) entity = holder
    // وقالت متحدثة باسم X إن …: with no apposition naming the spokeswoman, the phrase speaks, not X (thirty-ninth session)
    const spokes = holder === null && entity !== null && !english && entity.type === "PERSON" ? this.spokesPhrase(entity, a, b, gender) : null
    if (spokes !== null) {
      if (push) this.push(spokes, a)
      return spokes
    }
    // وقال مكتب رئيس الوزراء X في بيان إن: an office's head before a person's post and name, or his name alone, is the
    // office that speaks, not the person (forty-first session); the person goes on the chain, as before, and a later
    // sentence's marks with no cue (`ودعا الرئيس المواطنين إلى «…»`) are his (`offices`, read in extract.ts)
    const office = holder === null && spokes === null && entity !== null && !english && entity.type === "PERSON" ? this.officeOfPerson(entity, a, b, gender) : null
    if (office !== null) {
      const person: Speaker = { text: entity!.canonical, entityId: entity!.entityId, gender, person: true }
      this.offices.set(office, person)
      if (push) this.push(person, a)
      return office
    }
    // وقال مكتب [الأمم المتحدة] لتنسيق الشؤون الإنسانية: an office's head before a body's name, and its complement after
    // it, name the office that speaks (thirty-ninth session)
    const agency = entity !== null && !english && entity.type === "ORGANIZATION" ? this.agencyPhrase(entity, a, b, gender) : null
    if (agency !== null) {
      if (push) this.push(agency, a)
      return agency
    }
    const owner = entity !== null && !english && holder === null ? this.possessorBefore(entity, a, b) : -1
    // مدير حملة كلينتون، روبي موك، …: the person in the apposition after a possessed name is the speaker (session 21)
    const named = owner >= 0 ? this.appositionPerson(b, false, first.startsWith(ALEF_LAM)) : null
    if (named !== null) speaker = { text: named.canonical, entityId: named.entityId, gender, person: true }
    else if (owner >= 0) {
      // والد أحمد سعيد: the speaker is the father, not the person the phrase names
      const o = this.orig(this.t.starts[owner]!, this.t.ends[owner]!)
      speaker = { text: this.text.slice(o.start, entity!.end), entityId: null, gender, person: true }
    } else if (entity !== null) speaker = { text: entity.canonical, entityId: entity.entityId, gender, person: entity.type === "PERSON" || (english && (this.hasTitle(a, b) || this.titledBefore(a))) }
    else {
      // ورأى منهم ظلمًا أو وقاحة يخبرهم: a clause's fragment where the subject would stand names nobody; the chain
      // speaks, and the fragment never joins it (thirty-eighth session)
      if (!english && this.clauseFragment(a)) return this.fromChain(gender)
      let [s, e] = [a, b]
      if (english) [s, e] = this.englishName(a, b)
      // `But the Labour MP for Harlow and Epping Vale admitted …`: a name after a person's title and `for` is the
      // title's seat or body, not the speaker; the speaker is the person the sentence before names, else the whole
      // phrase (thirtieth session, second round)
      let seatAt = english && first === "the" ? a + 2 : b
      while (seatAt < b - 1 && this.keys[seatAt] !== "for") seatAt++
      if (seatAt < b - 1 && this.seatAfterTitle(seatAt - 1, seatAt + 1, b)) {
        const held = this.personOfSentenceBefore(this.phraseSentenceStart(a))
        if (held !== null) {
          const member: Speaker = { text: held.canonical, entityId: held.entityId, gender, person: true }
          if (push) this.push(member, a)
          return member
        }
        ;[s, e] = [a, b]
      }
      const o = this.orig(this.t.starts[s]!, this.t.ends[e - 1]!)
      const text = this.text.slice(o.start, o.end)
      // وقال البيان، وأضاف التقرير، وقالت كاتبة المقال: the body or the writer who issued the document
      // (with the verb's gender, so that `وأضافت:` after `وقالت كاتبة المقال` finds her on the chain)
      // وقال بدر فلان وزير النقل اليمني إن …: two or three untagged words and a post's noun after them, the post in
      // apposition: the words are the name (thirty-seventh session)
      const untaggedName = english ? a : this.nameBeforePost(a, b)
      if (untaggedName > a) {
        const n = this.orig(this.t.starts[a]!, this.t.ends[untaggedName - 1]!)
        const person: Speaker = { text: this.text.slice(n.start, n.end), entityId: null, gender, person: true }
        if (push) this.push(person, a)
        return person
      }
      const found = english ? null : this.documentIssuer(a, b)
      if (found !== null) {
        const issuer = { ...found, gender }
        if (push) this.push(issuer, a)
        return issuer
      }
      // (a one-word Arabic role, `وقال الرئيس`, is never a person the text names only after its sentence: `منذ سقوط
      // الرئيس X` further on is someone else; thirtieth session, second round)
      const mission = !english && b - a === 1 ? this.missionNamedBefore(a) : null
      if (mission !== null) {
        const same = { ...mission, gender }
        if (push) this.push(same, a)
        return same
      }
      const byRole = this.entityByRole(text, !english && b - a === 1 ? o.start : -1) ?? (english ? this.personByRoleTail(text) ?? this.heldHolder(a, text) : b - a === 1 ? this.namedBefore(a) : null)
      // `Michael Howard has backed …. But the Tory leader argued`, `the Man Utd boss`: a leader's noun after a party, a
      // place or a club is the chain's last speaker when a named person quoted in this paragraph or the one before
      // (`Ferguson said: "…" The Man Utd boss continued:`), else (not `boss`) the first person the document names
      // (`leadPersonFor`; thirtieth session, second round)
      const lead = english && byRole === null ? this.leadPersonFor(a, b) : null
      if (lead !== null) {
        const c = this.chain
        const last = c[c.length - 1]
        const recent = last !== undefined && last.person && last.entityId !== null && this.chainAt[c.length - 1]! >= Math.min(this.lastPs, this.ps) ? last : null
        // (a club's boss only from the chain: a match report quotes two managers, and the first person named may be
        // the other one; twentieth session's guard; so a party's spokesman, `Mr Ancram asked: "…" The Tory spokesman
        // also criticised …`, forty-ninth session, helper enquote; a boss past at most two bodies the chain took after
        // him, `according to The Independent`, forty-ninth session, helper enholder)
        const office = this.keys[b - 1]!
        const leader: Speaker | null = recent ?? (this.lex.enChainOffices.has(office) ? (office === "boss" ? this.recentPersonPast(2) : null) : { text: lead.canonical, entityId: lead.entityId, gender, person: true })
        if (leader !== null) {
          if (push && this.chain[this.chain.length - 1] !== leader) this.push(leader, a)
          return leader
        }
      }
      // وقال النادي الفرنسي في بيان after نادي باريس سان جيرمان: a body noun and a nisba adjective stand for the body
      // named just before with that noun at its head (twenty-eighth session)
      const headed = byRole === null && !english && b - a === 2 ? this.bodyByHead(a) : null
      if (headed !== null) {
        const body = { text: headed.canonical, entityId: headed.entityId, gender, person: false }
        if (push) this.push(body, a)
        return body
      }
      // وقالت الوزارة after وزارة الداخلية الكويتية that no entity covers: the body's name as the text writes it
      const named = byRole === null && !english && b - a === 1 ? this.bodyNamedBefore(a) : null
      if (named !== null) {
        const body = { ...named, gender }
        if (push) this.push(body, a)
        return body
      }
      // وأفاد الناطق after وقال ناطق من القوات …: a definite spokesman's noun alone is whoever the last spokesman's
      // phrase on the chain named, the body or the person (thirty-first session, second round)
      const voice = byRole === null && !english && b - a === 1 ? this.lastSpokesman(a) : null
      if (voice !== null) {
        const same = { ...voice, gender }
        if (push) this.push(same, a)
        return same
      }
      // ويقول الكاتب، وتضيف الصحيفة (a press review): the writer or the newspaper quoted last; وأضاف المدرب البرتغالي:
      // the person quoted just before
      const generic = byRole !== null || english ? null : b - a === 1 ? this.writerOrOutlet(a) : b - a === 2 ? this.epithet(a) : null
      if (generic !== null) {
        if (push) this.push(generic, a)
        return generic
      }
      // وأشار مدير مكتب الاتصال الحكومي القطري after مدير مكتب الاتصال الحكومي في قطر، X: a definite role whose
      // head and words describe a person named before (the role another way, or the entity stage's role) is that person
      // (and وقال المسؤول الإسباني after وزير الداخلية الإسباني X: the official and a nisba is the person named before
      // with a role that holds the nisba)
      // (and وقال المحامي after `بحسب ما ذكره محاميها. وأوضح X`: the one-word role whose noun the text wrote before with
      // a possessive pronoun, and the person named right after that noun; twenty-ninth session)
      const holder = byRole === null && generic === null && !english ? (this.paraphrasedOffice(a, b) ?? this.roleHolderBefore(a, b) ?? (b - a === 2 ? this.officialByNisba(a) : b - a === 1 ? this.possessedRoleBefore(a) : null) ?? this.describedPersonBefore(a, b)) : null
      // (وقال والد الشهيد after والد الشهيد X: the relative the text described before, not X; fifty-fifth session, helper
      // arkin)
      const kin = holder !== null && this.kinNoun(a) ? this.kinDescribedBefore(a, b, holder, gender) : null
      if (kin !== null) {
        if (push) this.push(kin, a)
        return kin
      }
      if (holder !== null) {
        const held = { text: holder.canonical, entityId: holder.entityId, gender, person: true }
        if (push) this.push(held, a)
        return held
      }
      // ويؤكد القيادي الجنوبي أن «…» after ويؤكد X، أمين سر المجلس الأعلى للحراك الجنوبي، أنه «…»: a definite role and a
      // nisba adjective with no holder named for it is the person quoted last, when the words after that person's
      // nearest mention hold the adjective (thirty-first session)
      const described = byRole === null && generic === null && holder === null && !english ? (b - a === 2 ? this.describedQuoted(a) : null) ?? this.epithetOfLastSpeaker(a, b) : null
      if (described !== null) {
        const same = { ...described, gender }
        if (push) this.push(same, a)
        return same
      }
      speaker =
        byRole !== null
          ? { text: byRole.canonical, entityId: byRole.entityId, gender, person: byRole.type === "PERSON" }
          : { text: english ? text : this.spokesmanBody(a, b) ?? text, entityId: null, gender, person: english && (this.hasTitle(a, b) || this.titledBefore(a)) }
    }
    if (push) this.push(speaker, a)
    return speaker
  }

  /**
   * `قال عليه الصلاة والسلام: «…»` (thirty-eighth session): the blessing after a preposition's pronoun (token `a`) in
   * the subject's place stands for the Prophet: the title the text gave him last (`النبي`, `رسول الله`, as written),
   * else the blessing's words themselves (`عليه الصلاة والسلام`, up to four words of the phrase `[a, b)`: the pronoun
   * and the blessing's). Not pushed onto the chain: the preacher who cites him goes on speaking after the hadith.
   */
  protected blessedProphet(a: number, b: number): Speaker {
    let e = a + 1
    while (e < b && e < a + 4 && this.t.kinds[e] === WORD && this.isBlessingWord(e)) e++
    return this.prophetOrBlessing(a, e - 1)
  }

  /**
   * The speaker the chain took from the last spokesman's phrase before token `a` (its first word `ناطق`, `المتحدث`,
   * `متحدثة` …, within the chain's last eight), when token `a` is a definite spokesman's noun (`الناطق`,
   * `والمتحدثة`); else null.
   */
  protected lastSpokesman(a: number): Speaker | null {
    const o = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const word = this.text.slice(o.start, o.end)
    if (!SPOKESMAN.test(word) || !word.replace(/^\u0648/, "").startsWith(ALEF_LAM)) return null
    const c = this.chain
    for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) {
      const at = this.chainAt[i]!
      if (at < 0 || at >= a || this.t.kinds[at] !== WORD) continue
      const w = this.orig(this.t.starts[at]!, this.t.ends[at]!)
      if (SPOKESMAN.test(this.text.slice(w.start, w.end))) return c[i]!
    }
    return null
  }

  /**
   * The body an unnamed spokesman speaks for when the entity stage tagged none (`ناطق من القوات الأمريكية
   * المتمركزة`: the words after `من`), the phrase `[a, b)` opening with an indefinite spokesman's noun and `من`; else
   * null.
   */
  protected spokesmanBody(a: number, b: number): string | null {
    if (b - a < 3 || this.keys[a + 1] !== MIN) return null
    const o = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const word = this.text.slice(o.start, o.end)
    if (!SPOKESMAN.test(word) || word.replace(/^\u0648/, "").startsWith(ALEF_LAM)) return null
    const body = this.orig(this.t.starts[a + 2]!, this.t.ends[b - 1]!)
    return this.text.slice(body.start, body.end)
  }

  /**
   * The name `W X` when the person `entity` (`X`, a surname) starts inside the phrase [a, b) right after one word `W`
   * (a space between them; the phrase's first word, or the word after one of `lead`) that no entity covers, with no
   * article, no title, no stop word, no manner word, no ة, ا or ها at its end, and
   * the entity's canonical form is another person's full name of that surname (`Y X`, Y not W); else null
   * (thirty-first session).
   */
  protected otherFirstName(a: number, b: number, entity: Entity, lead: ReadonlySet<string> | null = null): string | null {
    const canonical = entity.canonical.trim()
    if (canonical === entity.text || !canonical.endsWith(" " + entity.text)) return null
    for (let k = a + 1; k < b; k++) {
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      if (o.start < entity.start) continue
      if (o.start !== entity.start || this.t.kinds[k - 1] !== WORD) return null
      // (the first word of the phrase, or, with `lead`, the word right after one of its words: أما هيتاش ياداف; not a
      // verb or a noun before the name, وكان كيري, المتحدثة باسم ترامب)
      if (lead === null ? k - 1 !== a : k - 2 < a || this.t.kinds[k - 2] !== WORD || !lead.has(this.keys[k - 2]!)) return null
      const w = this.keys[k - 1]!
      const prev = this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!)
      const word = this.text.slice(prev.start, prev.end)
      if (!/^[ \u00a0]$/.test(this.text.slice(prev.end, o.start)) || w.length < 3 || w.startsWith(ALEF_LAM) || /[\u0629\u0627]$/.test(word)) return null
      const lex = this.lex
      if (lex.arTitles.has(w) || lex.arStops.has(w) || lex.arPossessors.has(w) || lex.complementizers.has(w) || lex.verbForms.has(w) || lex.verbForms.has(w.slice(1))) return null
      if (this.entityIn(prev) !== null || w.endsWith("\u0647\u0627") || this.mannerAdverb(k - 1, prev)) return null
      const given = canonical.slice(0, canonical.length - entity.text.length - 1).trim()
      if (given.length === 0 || given === word || given.endsWith(" " + word)) return null
      return word + " " + entity.text
    }
    return null
  }

  /**
   * Is `entity`, inside the phrase [a, b), a clan's name (`آل غانم`) right after the noun of a clan (`عشيرة`, `قبيلة`,
   * `عائلة`, `أسرة`, with or without the article; thirty-first session)?
   */
  protected clanAt(a: number, b: number, entity: Entity): boolean {
    if (!entity.text.startsWith("\u0622\u0644 ")) return false
    for (let k = a + 1; k < b; k++) {
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      if (o.start < entity.start) continue
      return o.start === entity.start && this.t.kinds[k - 1] === WORD && this.lex.clanNouns.has(bareKey(this.keys[k - 1]!))
    }
    return false
  }

  /**
   * The person quoted last (`lastQuoted`, a tagged person) when the phrase at token `a` is a definite role and a
   * definite nisba adjective (`القيادي الجنوبي`: not a body, outlet, document, title or quantifier) and the adjective
   * stands, with its article, after ل (`للحراك الجنوبي`) or after و, within sixteen tokens after one of that person's
   * last five mentions before the phrase, before a complementizer, a colon, a mark or a sentence end (his description,
   * not his words); else null (thirty-first session).
   */
  protected describedQuoted(a: number): Speaker | null {
    const lex = this.lex
    if (this.entities.length === 0 || this.t.kinds[a] !== WORD || this.t.kinds[a + 1] !== WORD) return null
    const head = this.keys[a]!
    const adjective = this.keys[a + 1]!
    if (!head.startsWith(ALEF_LAM) || !adjective.startsWith(ALEF_LAM) || !adjective.endsWith("\u064a") || adjective.length < 6) return null
    if (lex.bodyNouns.has(head) || lex.outletNouns.has(head) || lex.writerNouns.has(head) || lex.arTitles.has(head) || this.lex.noRoleWords.has(head) || lex.clauseOpeners.has(head) || docStem(head, lex.documentNouns) !== null) return null
    const last = this.lastQuoted
    if (last === null || !last.person || last.entityId === null) return null
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    // (the last five mentions of that person in the 4,000 characters before the phrase: his description may come with
    // any of them; a bounded window, so that a text of many entities and phrases stays linear)
    const mentions: Array<Entity> = []
    for (let i = this.firstEntityFrom(Math.max(0, at - 4000)); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= at) break
      if (e.entityId === last.entityId) {
        mentions.push(e)
        if (mentions.length > 5) mentions.shift()
      }
    }
    const bare = adjective.slice(2)
    for (const mention of mentions) {
      const first = this.tokenAtOriginal(mention.start, a)
      for (let k = first; k >= 0 && k < a && k < first + 16; k++) {
        // (his description only: not his words after a complementizer, a colon or a mark)
        if (this.t.kinds[k] === PUNCT ? this.isSentenceEnd(k) || this.isColon(k) || MARKS.has(this.keys[k]!) : this.t.kinds[k] === WORD && lex.complementizers.has(this.keys[k]!)) break
        if (this.t.kinds[k] !== WORD || this.orig(this.t.starts[k]!, this.t.ends[k]!).start < mention.end) continue
        const w = this.keys[k]!
        if (w === adjective || w === "\u0644\u0644" + bare || w === "\u0648" + adjective) return last
      }
    }
    return null
  }

  /**
   * The person who holds a clan's role when `entity` is a clan's name right after the noun of a clan (`clanAt`) and
   * starts on a token in [from, to): the person after it in its clause (`personLaterInClause`); else null
   * (thirty-first session).
   */
  protected clanHolder(entity: Entity, from: number, to: number): Entity | null {
    if (!entity.text.startsWith("\u0622\u0644 ")) return null
    for (let k = from + 1; k < to; k++) {
      if (this.orig(this.t.starts[k]!, this.t.ends[k]!).start !== entity.start) continue
      if (!this.clanAt(k - 1, k + 1, entity)) return null
      return this.personLaterInClause(this.walkPast(k, this.pe, entity.end, "start"))
    }
    return null
  }

  /**
   * The person named after the phrase that ends at token `b`, in its clause (`… في قرى مركز «…» X، أن`; thirty-first
   * session): within ten tokens, past words and quotation marks, before a comma, a colon, a sentence end, a
   * complementizer or a verb; the person closes its clause (punctuation, a complementizer or ل after the name). Else null.
   */
  protected personLaterInClause(b: number): Entity | null {
    const end = Math.min(this.pe, b + 10)
    for (let k = b; k < end; k++) {
      if (this.t.kinds[k] === PUNCT) {
        if (MARKS.has(this.keys[k]!)) continue
        return null
      }
      if (this.t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      if (this.lex.complementizers.has(key) || (k > b && this.verbStartsAt(k, this.pe))) return null
      const e = this.personAt(k)
      if (e !== null) return this.closesClause(e, k) ? e : null
    }
    return null
  }

  /**
   * The token of a `ل` glued to the person `e` (`لهولاند`), or written alone before him (`لـ ترامب`), inside the phrase
   * `[a, b)` after one to {@link LAM_PHRASE_WORDS} words of it, none a verb (sixtieth session, helper arquote11); else -1. A name that itself opens with
   * `ل` (`لطفي`) starts where its token does, and is no such person.
   */
  protected lamBeforePerson(a: number, b: number, e: Entity): number {
    const k = this.tokenAtOriginal(e.start, b)
    if (k <= a || this.t.kinds[k] !== WORD) return -1
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const l = o.start < e.start ? k : k - 1
    if (l <= a || l - a > LAM_PHRASE_WORDS || this.t.kinds[l] !== WORD) return -1
    const lam = this.orig(this.t.starts[l]!, this.t.ends[l]!)
    if (!/^\u0644\u0640?$/.test(this.text.slice(lam.start, l === k ? e.start : lam.end))) return -1
    // (words of a post only: not a clause with its verb, `النبي … هذا الدعاء بالكنز فيقول لX`)
    for (let j = a; j < l; j++) if (this.t.kinds[j] !== WORD || this.lex.verbForms.has(this.keys[j]!) || this.lex.verbForms.has(withoutConjunction(this.keys[j]!, 3))) return -1
    return l
  }

  /**
   * The first token of a name the entity stage left untagged at the end of the phrase `[a, b)`, right after the body
   * `body` (past one title: `الدكتور`), when the phrase opens with a post's noun (`postNoun`, `spokesNouns`, with or
   * without the article) and the name is {@link HOLDER_NAME_MIN} to {@link HOLDER_NAME_MAX} words, the first with no
   * article, no glued preposition before one (`بالطائف`) and no `ل` first (`لتشغيل المطارات`), none of them a stop word, a complementizer or a
   * verb of the lexicon, and no entity on them (`مدير مستشفى X عبيد مسلم`; sixtieth session, helper arquote11); else -1.
   */
  protected untaggedHolderAfterBody(a: number, b: number, body: Entity): number {
    const lex = this.lex
    const head = bareKey(withoutConjunction(this.keys[a]!, 3))
    if (this.t.kinds[a] !== WORD || !(this.postNoun(head) || this.postNoun(ALEF_LAM + head) || lex.spokesNouns.has(head) || lex.spokesNouns.has(ALEF_LAM + head))) return -1
    let k = a
    while (k < b && this.orig(this.t.starts[k]!, this.t.ends[k]!).end <= body.end) k++
    if (k < b && this.orig(this.t.starts[k]!, this.t.ends[k]!).start < body.end) return -1
    if (k < b && this.t.kinds[k] === WORD && lex.arTitles.has(this.keys[k]!)) k++
    if (b - k < HOLDER_NAME_MIN || b - k > HOLDER_NAME_MAX) return -1
    for (let j = k; j < b; j++) {
      const w = this.keys[j]!
      if (this.t.kinds[j] !== WORD || lex.arStops.has(w) || lex.complementizers.has(w) || lex.verbForms.has(w) || this.entityIn(this.orig(this.t.starts[j]!, this.t.ends[j]!)) !== null) return -1
    }
    const first = this.keys[k]!
    return first.startsWith(ALEF_LAM) || /^[\u0628\u0643\u0641\u0648]\u0627\u0644|^\u0644/.test(first) ? -1 : k
  }

  /** The first person entity after `e` that starts inside `span`, else null. */
  protected personAfterIn(e: Entity, span: Range): Entity | null {
    for (let i = this.firstEntityFrom(e.end); i < this.entities.length; i++) {
      const n = this.entities[i]!
      if (n.start >= span.end) break
      if (n.type === "PERSON") return n
    }
    return null
  }

  /**
   * The person a one-word definite role at token `a` (`المحامي`) stands for when the text wrote the role's noun before
   * with a possessive pronoun (`محاميه`, `محاميها`, `محاميهم`: "his/her/their lawyer") within {@link ANAPHOR_WINDOW}
   * tokens, and named a person right after it: at the next token, after a comma, or as the subject right after the
   * verb that opens the next sentence (`بحسب ما ذكره محاميها. وأوضح فرانشيسكو بيشي …`). The nearest such noun only;
   * null when none or no person follows it (twenty-ninth session).
   */
  protected possessedRoleBefore(a: number): Entity | null {
    if (this.entities.length === 0 || this.t.kinds[a] !== WORD) return null
    const key = this.keys[a]!
    if (!key.startsWith(ALEF_LAM) || key.length < 6) return null
    const stem = key.slice(2)
    for (let k = a - 1; k >= Math.max(0, a - ANAPHOR_WINDOW); k--) {
      if (this.t.kinds[k] !== WORD) continue
      const w = this.keys[k]!
      // (the noun, after a one-letter proclitic or none, and a possessive pronoun of one to three letters, `ه` to
      // `هما`: a word one to four letters longer than the stem, which holds it at its first or second letter; read
      // without a search through the word, fifty-third session, helper qspeed2)
      const more = w.length - stem.length
      if (more < 1 || more > 4) continue
      const at = w.startsWith(stem) ? 0 : w.startsWith(stem, 1) ? 1 : -1
      if (at < 0 || !POSSESSIVE_ENDINGS.has(w.slice(at + stem.length))) continue
      let j = k + 1
      if (j < this.t.count && this.t.kinds[j] === PUNCT && (this.isPunct(j, COMMAS) || this.isSentenceEnd(j))) {
        const end = this.isSentenceEnd(j)
        j++
        // (a paragraph's end between them)
        while (end && j < this.t.count && this.t.kinds[j] === BREAK) j++
        // the verb that opens the next sentence (a word of the verb lexicon, with or without its و/ف), then its subject
        if (end && j < this.t.count && this.t.kinds[j] === WORD && this.verbWord(this.keys[j]!)) j++
      }
      return j < this.t.count && this.t.kinds[j] === WORD ? this.personAt(j) : null
    }
    return null
  }

  /** Is the key a form of the verb lexicon (`verbForms`), with or without a proclitic و/ف? */
  protected verbWord(key: string): boolean {
    return this.lex.verbForms.has(key) || (key.length > 3 && (key[0] === "\u0648" || key[0] === "\u0641") && this.lex.verbForms.has(key.slice(1)))
  }

  /**
   * The body a definite body noun (`bodyNouns`) and a definite nisba adjective at `a` stand for (`وقال النادي الفرنسي في
   * بيان` after `نادي باريس سان جيرمان`; twenty-eighth session): the nearest organisation the entity stage tagged before
   * them, within {@link ANAPHOR_WINDOW} tokens, whose first word is the noun (with or without its article), when its
   * other words hold no other nisba adjective (`الاتحاد الأوروبي` is not `الاتحاد السعودي لكرة القدم` named before:
   * null then); else null.
   */
  protected bodyByHead(a: number): Entity | null {
    if (this.entities.length === 0) return null
    const key = this.keys[a]!
    const second = this.keys[a + 1]!
    if (!key.startsWith(ALEF_LAM) || key === AL_FARIQ || !this.lex.bodyNouns.has(key) || !isNisbaKey(second, "definite")) return null
    const bare = key.slice(2)
    const to = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    const lo = Math.max(0, a - ANAPHOR_WINDOW)
    const from = this.orig(this.t.starts[lo]!, this.t.ends[lo]!).start
    for (let i = this.firstEntityFrom(to) - 1; i >= 0; i--) {
      const e = this.entities[i]!
      if (e.start < from) break
      if (e.type !== "ORGANIZATION" || e.end > to) continue
      // (the noun in the entity, `نادي باريس سان جيرمان`, or right before it, `نادي «باريس سان جيرمان»`)
      const words = foldKey(e.text)
      const before = /([\u0600-\u06ff]+)[\s\u00a0"«“]*$/.exec(this.text.slice(Math.max(0, e.start - 24), e.start))
      if (words[0] !== bare && words[0] !== key && !(before !== null && foldKey(before[1]!)[0] === bare)) continue
      // (an entity that is the noun alone, `الوكالة`, names no body)
      if (words.length === 1 && (words[0] === bare || words[0] === key)) continue
      for (let k = 1; k < words.length; k++) if (isNisbaKey(words[k]!, "definite") && words[k] !== second) return null
      return e
    }
    return null
  }

  /**
   * The two words at `a` (session 22): `"loose"` when the first is a definite document, outlet or body noun (not
   * `الفريق`, also a rank) and the second has no article, is no title and starts no entity (`البيان دون`, `الصحيفة
   * نقلا`, `البيان أنهما`); `"same"` for `نفسه`/`ذاتها` after it (`الصحيفة نفسها`: the noun only when it names a
   * body the text named, else the phrase stays, as session 21 left `الموقع نفسه`); `"nisba"` for a statement or a
   * report and a definite nisba adjective (`البيان السعودي`, `التقرير السنوي`); else null. Never when an entity
   * covers the second word (`الحزب الشيوعي` as a party's name).
   */
  protected nounAndLoose(a: number): "loose" | "same" | "nisba" | null {
    const lex = this.lex
    const first = this.keys[a]!
    const second = this.keys[a + 1]!
    if (!first.startsWith(ALEF_LAM) || first === AL_FARIQ) return null
    const doc = docStem(first, lex.documentNouns) !== null
    if (!doc && !lex.outletNouns.has(first) && !lex.bodyNouns.has(first)) return null
    if (this.entities.length > 0 && this.entityIn(this.orig(this.t.starts[a + 1]!, this.t.ends[a + 1]!)) !== null) return null
    if (this.lex.sameAfter.has(second)) return "same"
    // (not a second noun after و, القناة والصحيفة: two bodies)
    if (!second.startsWith(ALEF_LAM)) return lex.arTitles.has(second) || /[0-9]/.test(second) || second.startsWith("\u0648\u0627\u0644") ? null : "loose"
    return doc && isNisbaKey(second, "definite") ? "nisba" : null
  }

  /**
   * The speaker of an English participle (`…, saying: "…"`): the noun phrase after `with` (`with finance minister
   * X saying`; an unnamed `a spokesman` speaks for the sentence's subject), the object of `quoted … as saying`;
   * else a speaker named earlier in the same sentence (`"…," said Mr Brown, adding: "…"`), or the subject of a
   * speech verb there (`The cost was high, he said, adding that …`); else the subject of the sentence (`The minister
   * criticised the plan, saying:`); else the first person or organisation in its first words; else the chain.
   */
  protected englishParticipleSpeaker(cue: Cue): Speaker | null {
    const s = this.sentenceStart(cue.at)
    const w = this.withSubject(cue.at)
    if (w !== null && !(/^(?:a|an)$/.test(this.keys[w[0]]!) && this.lowerCase(w) && this.lastPushAt < s)) return this.resolve(w, null)
    const quoted = this.quotedObject(cue.at)
    if (quoted !== null) return this.resolve(quoted, null)
    if (this.lastPushAt >= s && this.lastPushAt < cue.at) return this.chain[this.chain.length - 1] ?? null
    // the nearest speech verb of the sentence decides when it is a parenthetical (`…, he claimed, saying`) or
    // follows a quote (`"…," he told the court, saying`, `"…," said X, adding`); else the sentence's subject does
    for (let k = cue.at - 1; k >= s; k--) {
      const verb = this.englishVerbCueAt(k, this.pe)
      if (verb === null) continue
      const b = this.beforeModifiers(k, s)
      const p = b > s && this.t.kinds[b - 1] === WORD && this.lex.enPronouns.has(this.keys[b - 1]!) ? b - 1 : b
      if (p > s && (this.isPunct(p - 1, COMMAS) || this.markChar(p - 1) !== null)) return this.resolve(this.englishSubjectOf(verb, this.ps, this.pe), null)
      break
    }
    const subject = this.englishSentenceSubject(s, cue.at)
    if (subject !== null) return this.resolve(subject, null)
    const from = this.subjectStart(s, cue.at)
    return (from >= 0 ? this.firstNamedIn(from, Math.min(cue.at, from + SUBJECT_WINDOW)) : null) ?? this.fromChain(null)
  }

  /**
   * Does a person's title stand right before the English phrase at `a`, with `for`/`of`/`at` (`A spokesman for the
   * Ferry Association, which …, said`: the phrase read is the body, but a person spoke, so `he said` after it is
   * that spokesman's, not the last person's)?
   */
  protected titledBefore(a: number): boolean {
    return a - 2 >= this.ps && /^(?:for|of|at)$/.test(this.keys[a - 1]!) && this.t.kinds[a - 2] === WORD && this.lex.enTitles.has(this.keys[a - 2]!)
  }

  /**
   * Is the English phrase `[a, b)` `the` and a nationality of the gazetteer (`the American`, `the Australian`): the
   * entity stage's check, over the compiled English gazetteer (`isListedAdjective`)?
   */
  protected nationalityEpithet(a: number, b: number): boolean {
    return b - a === 2 && this.keys[a] === "the" && isCapitalized(this.t, this.text, a + 1) && isListedAdjective(this.keys[a + 1]!)
  }

  /**
   * Is the English phrase `[a, b)` `the` and at most four words that end in a player's or a performer's noun
   * (`the Liverpool player`, `the French international defender`, `the world indoor champion`, `the British actor`),
   * with no word of an office or a body in it (`the Arsenal boss`, `the club's chairman` are left to the roles)?
   */
  protected englishEpithet(a: number, b: number): boolean {
    if (b - a < 2 || b - a > 9 || this.keys[a] !== "the") return false
    // (a compound glued by its hyphen is the head whole: `the Sale full-back`, forty-third session)
    const head = b - a >= 4 && this.gluedHyphen(b - 2) ? `${this.keys[b - 3]!}-${this.keys[b - 1]!}` : this.keys[b - 1]!
    // a nationality written as an adjective (`the 31-year-old Ghanaian`) is the gazetteer's, as `the American` is; after
    // a capitalised word it ends a name (`the Observer's Philip French`)
    if (!EN_EPITHET_HEADS.has(head) && !(isCapitalized(this.t, this.text, b - 1) && isListedAdjective(head) && !isCapitalized(this.t, this.text, b - 2))) return false
    // at most four words after `the`; a hyphen inside a compound (`the 31-year-old`) is no word
    let words = 0
    for (let k = a + 1; k < b; k++) {
      if (this.t.kinds[k] === WORD || this.t.kinds[k] === NUM) words++
      else if (this.keys[k] !== "-" || k === a + 1 || k === b - 1) return false
    }
    return words <= 4
  }

  /**
   * The organisation last named right before a verb (its subject) in the {@link OWNER_BACK} tokens before token `a`
   * (`the Electoral Commission says …` before `says its report`; forty-seventh session); null when none is.
   */
  protected speakingBodyBefore(a: number): Entity | null {
    for (let j = a - 1; j >= Math.max(0, a - OWNER_BACK); j--) {
      if (this.t.kinds[j] !== WORD) continue
      const e = this.entityStartingAt(j)
      if (e === null || e.type !== "ORGANIZATION") continue
      const v = this.walkPast(j, a, e.end, "start")
      if (v < a && this.verbStartsAt(v, a)) return e
    }
    return null
  }

  /**
   * Fifty-sixth session (helper enquote6): the issuer of a definite document or publication that speaks (`the report
   * said`, `said the magazine`, `The latest study says`): the phrase `[a, b)` is `the`/`this`, at most
   * {@link ISSUER_ADJECTIVES} lower-case words and a noun of the lexicon's `issuedDocuments`, `studyDocuments` or `publicationNouns`, with
   * no entity in it (`the World Bank report` is read as before). The mentions of that noun before it (any publication's
   * noun for a publication: `Spanish daily ABC … the paper says`), at most {@link ISSUER_BACK} tokens back and nearest
   * first, are read for the person or body named with them ({@link issuerOfMention}); the first found is the issuer. A
   * mention with `a`/`an` and none (`A new report says …`) brings the document in: no issuer, and the document stays
   * the speaker (null), as Arabic's `documentTextIssuer` gives none when the text names none.
   */
  protected issuedDocumentIssuer(a: number, b: number): Entity | null {
    const t = this.t
    const head = this.documentPhraseHead(a, b)
    if (head === null) return null
    // (`his report said`, `Her lawsuit … said`: a person's document, read as a definite one whose issuer is a person;
    // fifty-seventh session, helper enquote7)
    const owned = EN_PERSON_OWNERS.has(this.keys[a]!)
    const publication = !owned && this.lex.enPublicationNouns.has(head)
    const court = this.lex.enCourtDocuments.has(head)
    if (!publication && !court && !this.documentNoun(head)) return null
    if (this.entityIn(this.orig(t.starts[a]!, t.ends[b - 1]!)) !== null) return null
    const found = this.issuerBefore(a, head, publication)
    const issuer = found === undefined && court ? this.plaintiffBefore(a) : found ?? null
    return issuer !== null && owned && issuer.type !== "PERSON" ? null : issuer
  }

  /**
   * The noun that ends the English phrase `[a, b)` when the phrase may be a document's that speaks: `the`/`this` or
   * `his`/`her` (`EN_DEFINITE`, `EN_PERSON_OWNERS`), at most {@link ISSUER_ADJECTIVES} lower-case words that are no stop
   * words, and a word (`the latest report`, `Her lawsuit`); null otherwise, or when the text has no entity to be its
   * issuer. The phrase guard of {@link issuedDocumentIssuer} and {@link documentOwner}, which each read the noun
   * (fifty-eighth session, helper tidy3).
   */
  private documentPhraseHead(a: number, b: number): string | null {
    const t = this.t
    if (b - a < 2 || b - a > 2 + ISSUER_ADJECTIVES || this.entities.length === 0 || t.kinds[b - 1] !== WORD) return null
    if (!EN_DEFINITE.has(this.keys[a]!) && !EN_PERSON_OWNERS.has(this.keys[a]!)) return null
    for (let k = a + 1; k < b - 1; k++) if (t.kinds[k] !== WORD || isCapitalized(t, this.text, k) || this.lex.enStops.has(this.keys[k]!)) return null
    return this.keys[b - 1]!
  }

  /**
   * The person a possessive `his`/`her` before a document's noun stands for (`[a, b)`: `his report`, `Her lawsuit`, at
   * most {@link ISSUER_ADJECTIVES} lower-case words between; fifty-seventh session, helper enquote7): the nearest person
   * the entity stage tagged before it, at most {@link OWNER_PERSON_BACK} tokens back, whom no title of address gives the
   * other sex (`Mr Kok … his report said`, `Anne Owers has criticised … Her report said`); null when there is none.
   */
  private documentOwner(a: number, b: number, gender: Gender | null, push: boolean): Speaker | null {
    const t = this.t
    const head = this.documentPhraseHead(a, b)
    if (head === null || !EN_PERSON_OWNERS.has(this.keys[a]!) || (!this.lex.enCourtDocuments.has(head) && !this.documentNoun(head))) return null
    const other: Gender = this.keys[a] === "his" ? "f" : "m"
    for (let j = a - 1; j >= Math.max(0, a - OWNER_PERSON_BACK); j--) {
      if (t.kinds[j] !== WORD) continue
      const e = this.entityIn(this.orig(t.starts[j]!, t.ends[j]!))
      if (e === null || e.type !== "PERSON" || !/[a-z]/i.test(e.text)) continue
      if (this.titledSex(e.entityId ?? e.canonical) === other) continue
      return push ? this.pushEntity(e, gender, a) : entitySpeaker(e, gender)
    }
    return null
  }

  /**
   * The issuer named with the nearest earlier mention of the noun `head` (any publication's noun when `publication`)
   * before token `a` ({@link issuedDocumentIssuer}); null when a mention with `a`/`an` and none stops the search or a
   * publication's other speakers came between; undefined when no mention names one.
   */
  private issuerBefore(a: number, head: string, publication: boolean): Entity | null | undefined {
    const t = this.t
    for (let j = a - 1; j >= Math.max(0, a - ISSUER_BACK); j--) {
      if (t.kinds[j] !== WORD) continue
      const key = this.keys[j]!
      if (publication ? !this.lex.enPublicationNouns.has(key) : key !== head) continue
      const issuer = this.issuerOfMention(j, publication)
      // (`Spanish daily ABC … Marca's headline says: "…" … The paper adds:`: another speaker quoted since a publication's
      // mention may be the publication meant, or write for another; the noun stays the speaker. A document's issuer is its own, whoever is
      // quoted since: `A report by the NAO …, the MoD said … "…," the report says`)
      if (issuer !== null) return publication && this.bodySpokeBetween(j, a, issuer) ? null : issuer
      // (`A new report says …`: a document brought in with no issuer named; an earlier one is another)
      const d = this.beforeDocumentWords(j)
      if (d >= 0 && t.kinds[d] === WORD && EN_INDEFINITE.has(this.keys[d]!)) return null
    }
    return undefined
  }

  /**
   * The plaintiff of a court filing at token `a` ({@link issuedDocumentIssuer}; fifty-seventh session, helper
   * enquote7): the subject of the nearest form of `suingVerbs` before it (at most {@link ISSUER_BACK} tokens back), a
   * person or a body the entity stage tagged that ends right before the verb or before one or two auxiliaries
   * (`Singer Tom Larkin is suing his label`, `Apple has sued`); null when that verb's subject is no such name (`A US
   * woman is suing …`: the plaintiff unnamed).
   */
  private plaintiffBefore(a: number): Entity | null {
    const t = this.t
    for (let j = a - 1; j >= Math.max(1, a - ISSUER_BACK); j--) {
      if (t.kinds[j] !== WORD || !this.lex.enSuingVerbs.has(this.keys[j]!)) continue
      let k = j - 1
      for (let n = 0; n < 2 && k > 0 && t.kinds[k] === WORD && PLAINTIFF_AUXILIARIES.has(this.keys[k]!); n++) k--
      if (t.kinds[k] !== WORD) return null
      const o = this.orig(t.starts[k]!, t.ends[k]!)
      const e = this.entityIn(o)
      return e !== null && e.end === o.end && (e.type === "PERSON" || e.type === "ORGANIZATION") ? e : null
    }
    return null
  }

  /**
   * The token before the lower-case words that stand before a document's noun at token `j` (`latest bi-annual`: at most
   * {@link ISSUER_ADJECTIVES} words, hyphens glued inside them not counted; no stop word, no determiner): the
   * determiner or the name of its mention, or `j - 1` itself ({@link issuedDocumentIssuer}).
   */
  private beforeDocumentWords(j: number): number {
    const t = this.t
    let k = j - 1
    let words = 0
    while (k > 0 && words < ISSUER_ADJECTIVES) {
      if (this.gluedHyphen(k)) {
        k--
        continue
      }
      if (t.kinds[k] !== WORD || isCapitalized(t, this.text, k) || this.lex.enStops.has(this.keys[k]!) || DOCUMENT_DETERMINERS.has(this.keys[k]!)) break
      words++
      k--
    }
    return k
  }

  /** Has a speaker other than `issuer` been pushed onto the chain between tokens `from` and `to` ({@link issuedDocumentIssuer})? */
  private bodySpokeBetween(from: number, to: number, issuer: Entity): boolean {
    // (the chain's last 50 entries at most: pushes come in text order, nearly)
    for (let i = this.chain.length - 1; i >= Math.max(0, this.chain.length - 50); i--) {
      const at = this.chainAt[i]!
      const c = this.chain[i]!
      if (at > from && at < to && c.text !== issuer.canonical && (c.entityId == null || c.entityId !== issuer.entityId)) return true
    }
    return false
  }

  /**
   * The person or body named with the mention of a document's or a publication's noun at token `j`
   * ({@link issuedDocumentIssuer}): an entity that ends right before it, past lower-case words and a possessive (`A
   * National Audit Office report`, `The NAO's annual report`, `Broadcast magazine`); one after `by`/`from` (a participle
   * of issuing before it, the descriptive lower-case words and `the` after it: `a report published by the OECD`, `the
   * report by telecoms giant BT`); for a publication, one right after the noun (`US magazine Mobile PC`, `daily ABC`);
   * after `in` and a determiner, the subject named after the phrase's comma (`In its annual report, the OECD cut …`) or
   * before `in` in the same clause (`Oxfam says in a report`); after a verb of issuing and a determiner, the subject
   * before the verb (`the OECD published a report`). Only a person or an organisation; else null.
   */
  protected issuerOfMention(j: number, publication: boolean): Entity | null {
    const t = this.t
    const speaking = (e: Entity | null): Entity | null => (e !== null && (e.type === "ORGANIZATION" || e.type === "PERSON") ? e : null)
    const endingAt = (k: number): Entity | null => {
      if (k < 0 || t.kinds[k] !== WORD) return null
      const o = this.orig(t.starts[k]!, t.ends[k]!)
      const e = this.entityIn(o)
      return e !== null && e.end === o.end ? speaking(e) : null
    }
    const startingAt = (k: number): Entity | null => (k < t.count && t.kinds[k] === WORD ? speaking(this.entityStartingAt(k)) : null)
    // before the noun: lower-case words, a possessive, the name
    let k = this.beforeDocumentWords(j)
    const adjectives = k
    if (k > 0 && t.kinds[k] === PUNCT && APOSTROPHES.has(this.keys[k]!) && t.spaced[k] === 0) k--
    const before = endingAt(k)
    if (before !== null) return before
    // after the noun: `by`/`from` (a participle of issuing before it), `the` and descriptive words, the name
    let n = j + 1
    if (n < t.count && t.kinds[n] === WORD && ISSUING_PARTICIPLES.has(this.keys[n]!) && this.keys[n + 1] === "by") n++
    if (n < t.count && t.kinds[n] === WORD && ISSUER_LINKS.has(this.keys[n]!)) {
      let m = n + 1
      while (m < t.count && m - n <= 1 + ISSUER_ADJECTIVES && t.kinds[m] === WORD && startingAt(m) === null && !isCapitalized(t, this.text, m) && !this.lex.enStops.has(this.keys[m]!) || (m === n + 1 && this.keys[m] === "the")) m++
      const after = startingAt(m)
      if (after !== null) return after
    }
    if (publication) {
      const named = startingAt(j + 1)
      if (named !== null) return named
    }
    // `In its annual report, the OECD …`, `Oxfam says in a report`: `in` and a determiner before the words
    const det = adjectives
    if (det <= 0 || t.kinds[det] !== WORD || !(EN_INDEFINITE.has(this.keys[det]!) || EN_OWNERS.has(this.keys[det]!) || this.keys[det] === "the")) return null
    if (this.keys[det - 1] === "in") {
      if (this.isPunct(j + 1, COMMAS)) {
        const subject = this.keys[j + 2] === "the" ? startingAt(j + 3) : startingAt(j + 2)
        if (subject !== null) return subject
      }
      return this.issuerBeforeIn(det - 1)
    }
    if (t.kinds[det - 1] === WORD && ISSUING_VERBS.has(this.keys[det - 1]!)) return this.issuerBeforeIn(det)
    return null
  }

  /**
   * The subject of the clause before token `k` (`in` or a verb of issuing's determiner): the nearest person or body
   * that ends before it with words only between, at most eight tokens back (`Oxfam says in a report`, `An IMF mission
   * made the comments in a report`); else null ({@link issuerOfMention}).
   */
  private issuerBeforeIn(k: number): Entity | null {
    for (let j = k - 1; j >= 0 && k - j <= 8; j--) {
      if (this.t.kinds[j] !== WORD) return null
      const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
      const e = this.entityIn(o)
      if (e !== null && e.end === o.end && (e.type === "ORGANIZATION" || e.type === "PERSON")) return e
    }
    return null
  }

  /**
   * The token of `of` in an English phrase `[a, b)` that opens with a player's or a performer's epithet
   * ({@link englishEpithet}: `the star`, `the former Ajax winger`) right before it (`The star of Rain Man and
   * Tootsie`, `the star of the show`); -1 when the phrase is not so. At most the epithet's nine tokens read.
   */
  protected epithetOf(a: number, b: number): number {
    if (this.keys[a] !== "the") return -1
    for (let k = a + 2; k < Math.min(b - 1, a + 9); k++) {
      if (this.keys[k] !== "of") continue
      return this.englishEpithet(a, k) ? k : -1
    }
    return -1
  }

  /**
   * The person an English description at token `a` stands for (`the 36-year-old`, `the Australian`, `the Sale
   * full-back`): the subject of a sentence before it ({@link recentSubject}), else the person the sentence right before
   * introduces with a relative clause (`… in the shape of Jo Tate, who plays the lead. The 14-year-old said`;
   * forty-fourth session), else the chain's last person.
   */
  protected describedPerson(a: number): Speaker | null {
    const inverted = this.invertedSubjectBefore(this.phraseSentenceStart(a))
    if (inverted !== null) return this.pushEntity(inverted, null, a, true)
    const recent = this.recentSubject(a, "p")
    if (recent !== null) return recent
    const named = this.personIntroducedBefore(this.phraseSentenceStart(a))
    if (named !== null) return this.pushEntity(named, null, a, true)
    return this.fromChain(null, true)
  }

  /**
   * `Cheering for Marlow in the best actor category was Dana Hollis, herself nominated …. … the Canadian-born
   * actress joked:`: the sentence before opens with a capitalized participle in `-ing` and puts its subject after `was`
   * or `is` (within {@link INVERTED_TOKENS} tokens); the person right after that verb is the sentence's subject, the one
   * a description after it stands for, not the person in the participle's phrase that opens the sentence (before:
   * `Marlow`; fifty-first session, helper enquotes). Null for any other sentence.
   */
  protected invertedSubjectBefore(from: number): Entity | null {
    if (this.entities.length === 0) return null
    const before = this.previousSentence(from)
    if (before === null) return null
    const end = before[1]
    let p = before[0]
    // (the closing mark of the quote before, glued to its full stop: `… go." Rooting for …`)
    if (p < end && this.t.spaced[p] === 0 && this.markChar(p) !== null) p++
    const lead = this.keys[p]!
    if (this.t.kinds[p] !== WORD || !isCapitalized(this.t, this.text, p) || lead.length < 6 || !lead.endsWith("ing")) return null
    for (let k = p + 1; k < Math.min(end - 1, p + INVERTED_TOKENS); k++) {
      if (this.t.kinds[k] !== WORD) {
        if (this.markChar(k) !== null) return null
        continue
      }
      if (this.keys[k] !== "was" && this.keys[k] !== "is") continue
      return this.personAt(k + 1)
    }
    return null
  }

  /** Is `[a, b)` `the` and an age with at most two words after it (`the 36-year-old`, `the 27-year-old Austrian`)? */
  protected ageDescription(a: number, b: number): boolean {
    if (b - a < 6 || this.keys[a] !== "the" || this.t.kinds[a + 1] !== NUM || this.keys[a + 3] !== "year" || this.keys[a + 5] !== "old" || isCapitalized(this.t, this.text, b - 1)) return false
    // (a compound glued by its hyphen is one word: `the 41-year-old chart-topper`; forty-fourth session)
    let words = 0
    for (let k = a + 6; k < b; k++) if (!this.gluedHyphen(k) && !this.gluedHyphen(k - 1)) words++
    return words <= 2
  }

  /**
   * Does the Arabic phrase `[a, b)` hold an age, `البالغ`/`البالغة` and a number (`الرجل البالغ 60 عاما`), or
   * `البالغ من العمر` and a number (the phrase ends at `من`: `اللاعب البالغ`)?
   */
  protected arabicAge(a: number, b: number): boolean {
    for (let k = a + 1; k < b; k++) {
      if (!this.lex.agedWords.has(this.keys[k]!)) continue
      if (k + 1 < this.pe && this.t.kinds[k + 1] === NUM) return true
      return k + 3 < this.pe && this.keys[k + 1] === MIN && this.keys[k + 2] === AL_UMR && this.t.kinds[k + 3] === NUM
    }
    return false
  }

  /** No capitalized word in tokens `[a, b)` (`a spokesman`, not `a Labour spokesman`). */
  protected lowerCase(r: readonly [number, number]): boolean {
    for (let k = r[0]; k < r[1]; k++) if (isCapitalized(this.t, this.text, k)) return false
    return true
  }

  /**
   * Is the entity the one who conducted an interview or a call with the speaker (`وقال في مقابلة مع بي بي سي،
   * أجراها معه في سيول X إنه …`, `في اتصال أجرته معه الصحفية X`): named within five tokens after `معه`/`معها`/`معهم`
   * right after `أجراها`/`أجرته`/`أجرتها`/`أجراه`, with no comma, colon or sentence end between? The interviewer
   * never speaks the words of the sentence (session 21, third round).
   */
  protected interviewer(e: Entity): boolean {
    const k = this.tokenAtOriginal(e.start, this.t.count)
    if (k < 0) return false
    for (let j = k - 1; j >= Math.max(1, k - 5); j--) {
      if (this.t.kinds[j] === PUNCT && (this.isPunct(j, COMMAS) || this.isColon(j) || this.isSentenceEnd(j))) return false
      if (this.t.kinds[j] === WORD && this.lex.withPronouns.has(this.keys[j]!)) return this.t.kinds[j - 1] === WORD && this.lex.conductedVerbs.has(this.keys[j - 1]!)
    }
    return false
  }

  /** The first person or organisation entity within tokens `[s, e)`, pushed onto the chain, or null. */
  protected firstNamedIn(s: number, e: number): Speaker | null {
    if (this.entities.length === 0 || e <= s) return null
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    const to = this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!).end
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const x = this.entities[i]!
      if (x.start >= to) break
      if (x.type === "PERSON" || x.type === "ORGANIZATION") return this.pushEntity(x, null, s)
    }
    return null
  }

  /** The type of entity id `id` (its first mention's; the map is built once), or null. */
  protected typeOf(id: string): Entity["type"] | null {
    if (this.typesById === null) {
      this.typesById = new Map()
      for (const e of this.entities) if (e.entityId !== null && !this.typesById.has(e.entityId)) this.typesById.set(e.entityId, e.type)
    }
    return this.typesById.get(id) ?? null
  }

  /**
   * The person a former role read at a phrase ending before token `b` stands for (thirtieth session): the chain's
   * last speaker, pushed in this paragraph or the one before, when it is a person (or a name typed as no body or
   * place, `قال كامبل`, or one no entity covers, with no article); null when a person is named after the phrase in its
   * clause (`يرى لاعب نادي X السابق، والمدرب الوطني حاليا Y أن`: Y holds the role; not read without `scan`, for a
   * phrase that runs on into a relative clause) or when the chain holds no such speaker.
   */
  protected formerHolder(b: number, scan = true): Speaker | null {
    const c = this.chain
    const last = c[c.length - 1]
    if (last === undefined || this.chainAt[c.length - 1]! < Math.min(this.lastPs, this.ps)) return null
    // (a name the entity stage typed as neither a person nor a body or a place, `كامبل`, is a person too)
    const type = last.entityId === null ? null : this.typeOf(last.entityId)
    const named = last.entityId === null ? !DEFINITE.test(foldKey(last.text)[0] ?? "") && last.text.split(/\s+/).length <= 3 : type !== "ORGANIZATION" && type !== "LOCATION"
    if (!last.person && !named) return null
    for (let j = b; scan && j < Math.min(this.pe, b + 12); j++) {
      if (this.isColon(j) || this.markChar(j) !== null || this.isSentenceEnd(j) || (this.t.kinds[j] === WORD && this.lex.complementizers.has(this.keys[j]!))) break
      if (this.t.kinds[j] === WORD && this.personAt(j) !== null) return null
    }
    return last
  }

  /**
   * The token of `السابق` in a player's or a coach's former epithet at `[a, b)` (thirty-second session): the phrase
   * opens with an indefinite noun whose definite form is one of the `epithetHeads` (`لاعب`, `مدرب`, `نجم`, …), one or
   * two words follow it, then `السابق`/`السابقة`, which ends the phrase or stands before a relative pronoun
   * (`والذي تولى …`); else -1.
   */
  protected formerEpithet(a: number, b: number): number {
    const first = this.keys[a]!
    if (b - a < 3 || first.startsWith(ALEF_LAM) || !this.lex.epithetHeads.has(ALEF_LAM + first)) return -1
    for (let k = a + 2; k < Math.min(b, a + 4); k++) {
      if (this.t.kinds[k] !== WORD || this.t.kinds[k - 1] !== WORD) return -1
      if (!this.lex.formerWords.has(this.keys[k]!)) continue
      return k + 1 === b || (this.t.kinds[k + 1] === WORD && this.lex.relativesWithWaw.has(this.keys[k + 1]!)) ? k : -1
    }
    return -1
  }

  /** The subject of the sentence before the one of token `at`, when it opens with a verb and its subject (`arabic.ts`). */
  protected abstract previousSubject(at: number, gender: Gender | null): Speaker | null

  /**
   * Does the original range `[start, end)` lie inside the words of a quote already emitted (thirty-eighth session)?
   * Words inside a quote never name a later quote's speaker. The scanner that keeps the quotes answers; none here.
   */
  protected quotedSpan(_start: number, _end: number): boolean {
    return false
  }

  /**
   * Whether a chain speaker is a body: an organisation, or an untagged phrase of two words or more (one untagged word,
   * `وأضافت رؤى`, is a name the entity stage missed).
   */
  protected isBody(s: Speaker): boolean {
    return s.entityId !== null ? this.typeOf(s.entityId) === "ORGANIZATION" : /\S\s+\S/.test(s.text.trim())
  }

  /**
   * The source of an according word whose `ل` is glued to the phrase's first word at `a` (`ووفقا لمصادر الجزيرة`,
   * `وفقا للشرطة`; `gluedAccording` in `cues.ts`, fifty-third session, helper arcolon2): the entity the phrase holds, when
   * one starts within its first word past the `ل` and none other starts in it; else the phrase's words without the
   * `ل` (`لل` is the article: `للشرطة` → `الشرطة`); pushed on the chain as any according source is.
   */
  private gluedSource(a: number, b: number, gender: Gender | null, push: boolean): Speaker {
    const span = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
    const word = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const entity = this.entityIn(span)
    if (entity !== null && entity.start > word.start && entity.start < word.end && entity.end >= span.end - 1) return push ? this.pushEntity(entity, gender, a) : entitySpeaker(entity, gender)
    // (a tatweel after the ل, `لـالشرطة`, goes with it)
    const text = this.text.slice(word.start, span.end).replace(/^\u0644\u0640+/, "\u0644")
    const source: Speaker = { text: this.withoutGluedLam(text).trim(), entityId: null, gender, person: false }
    return push ? this.push(source, a) : source
  }

  /**
   * `text` without the `ل` glued to its first word: `لمصادر` → `مصادر`; `لل` is `ل` and the article with its alif
   * dropped (`للشرطة` → `الشرطة`), or, before a noun that opens with `ل`, the article and that noun (`للجنة` → `اللجنة`)
   * or the noun alone (`للبنان` → `لبنان`): the form the text writes elsewhere, else a body's noun with the article
   * (`bodyNouns`: `اللجنة`), else the article's.
   */
  private withoutGluedLam(text: string): string {
    const rest = text.slice(1)
    if (rest.charCodeAt(0) !== 0x0644) return rest
    this.wordsOfText ??= new Set(this.text.split(/[^\u0600-\u06ff\w]+/))
    const first = rest.split(" ", 1)[0]!
    for (const form of withoutGluedLamForms(text.slice(0, first.length + 1))) if (this.wordsOfText.has(form)) return form + rest.slice(first.length)
    // (a body's noun that opens with ل, `اللجنة`, keeps it)
    const withArticle = `\u0627\u0644${first}`
    return this.lex.bodyNouns.has(foldKey(withArticle)[0] ?? "") ? withArticle + rest.slice(first.length) : `\u0627${rest}`
  }

  /** Pushes entity `e` as the speaker found at token `at` (-1: none): a person when the entity is one, unless `person` says. */
  protected pushEntity(e: Entity, gender: Gender | null, at: number, person = e.type === "PERSON"): Speaker {
    return this.push({ text: e.canonical, entityId: e.entityId, gender, person }, at)
  }

  protected push(speaker: Speaker, at: number): Speaker {
    // (God is no speaker the chain goes on with: `وقال تعالى: {…}` then `وقال: "…"` is a hadith, not a verse)
    if (this.divine(speaker, at)) return speaker
    this.chain.push(speaker)
    this.chainAt.push(at)
    this.lastPushAt = at
    return speaker
  }

  /** Takes the chain back to its first `length` entries (what {@link push} added since is dropped) and `lastPushAt` to `at`. */
  protected rewindChain(length: number, at: number): void {
    this.chain.length = length
    this.chainAt.length = length
    this.lastPushAt = at
  }

  /**
   * `Reed said he had visited Marsh, who had told him the sequel could "…". He added: "…"`, `Sir Jo Hill, who chairs
   * the committee, said that when Mr Lee had announced … . He added …`: `he` or `she` at token `a` that opens its sentence,
   * right after a sentence whose subject (named in its first eight tokens) was pushed first and a later cue of the same
   * sentence (in a relative clause, in the words its verb reports; not one right after a speech verb, the sentence's
   * subject inverted) pushed another person last: the pronoun stands for
   * the sentence's subject, not for the person its relative clause or its reported words name. Both persons; at most the
   * chain's last eight entries are read. Null otherwise (forty-sixth session, helper enphrase).
   */
  protected mainSpeakerBefore(a: number): Speaker | null {
    const key = this.keys[a]
    if ((key !== "he" && key !== "she") || this.phraseSentenceStart(a) !== a) return null
    const before = this.previousSentence(a)
    const last = this.chain.length - 1
    if (before === null || last < 1) return null
    const [p, end] = before
    const at = this.chainAt[last]!
    if (at < p || at >= end) return null
    let first = last
    for (let j = last - 1; j >= 0 && last - j <= 8 && this.chainAt[j]! >= p; j--) first = j
    const main = this.chain[first]!
    const other = this.chain[last]!
    // (not a person named right after a speech verb at the sentence's end, `…, said Mr Clarke.`: the sentence's own
    // subject, inverted)
    if (first === last || this.chainAt[first]! > p + 8 || !main.person || !other.person || (at > p && end - at <= 5 && this.t.kinds[at - 1] === WORD && this.lex.verbForms.has(this.keys[at - 1]!))) return null
    return main.text === other.text || (main.entityId !== null && main.entityId === other.entityId) ? null : main
  }

  protected fromChain(gender: Gender | null, person = false, before = this.cursor): Speaker | null {
    const c = this.chain
    if (c.length === 0) {
      // nobody named yet (استقبل الأمير فيصل … المهنئين. وقال سموه: «…»): the first person of the text before here
      // (bounded: the first 64 entities, so a text with many entities and no person stays linear)
      // (before the cue, when one is given: `«…»، مبينا أن X حاليا «…»` names X in the words the participle reports,
      // its object, not its speaker; session 26, second round)
      const n = Math.min(this.entities.length, 64)
      const bound = Math.min(this.cursor, before)
      for (let i = 0; i < n && this.entities[i]!.start < bound; i++) {
        const x = this.entities[i]!
        // (a name inside words already quoted, `عَبْد اللَّهِ` in a hadith's text, is no later quote's speaker;
        // thirty-eighth session)
        if (this.quotedSpan(x.start, x.end)) continue
        // (a person named as the interviewer, `أجراها معه في سيول X`, first: the one interviewed was not tagged, and
        // whoever comes next is named in the words; nobody, session 21 third round)
        // (`والد X: …` over a text whose first person is X: the father, the phrase, speaks; fifty-fifth session, helper
        // arkin, after the A105 reading)
        if (x.type === "PERSON") {
          if (this.interviewer(x)) return null
          const kin = this.kinOpening(x)
          return kin !== null ? this.push(kin, -1) : this.pushEntity(x, null, -1, true)
        }
      }
      return null
    }
    // ويضيف: …, على حد قوله after `يعدد X في جريدة Y …` in a press review: the writer named since the last speaker
    // (thirtieth session)
    if (gender !== "p") {
      const writer = this.newWriter(this.tokenAtOriginal(Math.min(this.cursor, before), this.t.count), gender)
      if (writer !== null) return writer
    }
    // `he`, `she`: the last person (not a country or a company named since), when entities tell them apart
    if (person && this.entities.length > 0) {
      for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) if (c[i]!.person) return c[i]!
    }
    if (gender !== null) {
      for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) {
        if (c[i]!.gender !== gender) continue
        // وأضافت قائلة: after `وتقول هيئات …` and then a woman named with a feminine role (`وزيرة الخارجية السابقة X`):
        // a body takes a feminine verb too, but the woman named since is the one the verb goes on with
        // (thirty-second session)
        if (gender === "f" && !c[i]!.person && this.entities.length > 0 && this.isBody(c[i]!)) {
          const to = Math.min(this.cursor, before)
          const at = this.chainAt[i]!
          const woman = this.womanBefore(to)
          if (woman !== null && (at < 0 || woman.start >= this.orig(this.t.starts[at]!, this.t.ends[at]!).end)) return this.pushEntity(woman, gender, -1, true)
        }
        return c[i]!
      }
      // وأضافت: … after a man quoted with a masculine verb: a feminine verb is a woman's, the one named last before it
      // with a feminine role or title (`وزيرة الخارجية X`, `السيدة X`), when the text names one (twenty-ninth session)
      const last = c[c.length - 1]
      // (and after a body quoted with a masculine verb, `وقال المجلس …` … `وأضافت:`, or a person pushed with no gender:
      // a feminine verb goes on with neither; thirty-second session)
      if (gender === "f" && last !== undefined && (last.gender === "m" || (last.gender === null && last.person))) {
        const woman = this.womanBefore(Math.min(this.cursor, before))
        if (woman !== null) return this.pushEntity(woman, gender, -1, true)
      }
    }
    return c[c.length - 1] ?? null
  }

  /**
   * The person named last before original offset `at` (within {@link WOMAN_WINDOW} characters) whose role the entity
   * stage read opens with a feminine noun (`وزيرة الخارجية`, `الناطقة باسم …`: its first word ends in ة) or whose name
   * follows a feminine title (`titles` in `ar.json` that end in ة: `السيدة`, `الدكتورة`); else null.
   */
  protected womanBefore(at: number): Entity | null {
    for (let i = this.firstEntityFrom(at) - 1; i >= 0; i--) {
      const e = this.entities[i]!
      if (e.end > at) continue
      if (at - e.end > WOMAN_WINDOW) return null
      if (e.type !== "PERSON") continue
      const role = e.role?.trim().split(/\s+/)[0] ?? ""
      if (role.endsWith(TA_MARBUTA) && role.length > 3) return e
      const before = this.text.slice(Math.max(0, e.start - 24), e.start).trimEnd()
      const title = before.slice(before.search(/[^\s\u00a0]*$/))
      if (title.endsWith(TA_MARBUTA) && foldKey(title).some((k) => this.lex.arTitles.has(k))) return e
    }
    return null
  }

  /**
   * The person right before the first speech verb of reported speech (`said`, `says`, `told`) in the English sentence
   * `[p, end)`, within forty tokens and before any quotation mark, past the verb's modifiers and a relative clause
   * between dashes or commas (`Jo Hill - who was convicted - said`, `Jo Hill, who was convicted, said`); else null.
   */
  protected reporterIn(p: number, end: number): Entity | null {
    for (let k = p + 1; k < end && k - p < 40; k++) {
      if (this.markChar(k) !== null) return null
      if (this.t.kinds[k] !== WORD || !EN_REPORTING.has(this.keys[k]!) || isCapitalized(this.t, this.text, k)) continue
      let b = this.beforeModifiers(k, p)
      const close = this.keys[b - 1]!
      if (b - 1 > p && (DASHES.has(close) || this.isPunct(b - 1, COMMAS))) {
        let j = b - 2
        while (j > p && b - j < 25 && this.keys[j] !== close) j--
        if (j > p && this.keys[j] === close && this.keys[j + 1] === "who") b = j
      }
      return this.personBeforeRelative(b - 1)
    }
    return null
  }

  /**
   * The person set off by commas right after a role that opens the English sentence at token `first` (before `end`):
   * the role's comma within {@link APPOSED_ROLE_TOKENS} tokens, words and no person before it, the person right after
   * it, a comma after the name and a lower-case word (its verb; not a preposition, an article, a conjunction or a
   * relative word: {@link APPOSED_NOT_VERB}) after that comma — `Computer specialist at the agency,
   * Jo Hill, would like …`; with the token the person starts at, else null ({@link recentSubject}; fifty-fourth session,
   * helper enquote4).
   */
  protected apposedAfterRole(first: number, end: number): readonly [Entity, number] | null {
    if (this.entities.length === 0) return null
    const t = this.t
    for (let c = first + 1; c < end - 3 && c - first <= APPOSED_ROLE_TOKENS; c++) {
      if (this.isPunct(c, COMMAS)) {
        const person = t.kinds[c + 1] === WORD ? this.personAt(c + 1) : null
        if (person === null || this.quotedSpan(person.start, person.end)) return null
        const v = this.walkPast(c + 1, end, person.end, "start")
        return v + 1 < end && this.isPunct(v, COMMAS) && t.kinds[v + 1] === WORD && !isCapitalized(t, this.text, v + 1) && !APPOSED_NOT_VERB.test(this.keys[v + 1]!) ? [person, c + 1] : null
      }
      if (t.kinds[c] !== WORD || this.personAt(c) !== null) return null
    }
    return null
  }

  /**
   * `Bell set his sights on Wales. But the board confirmed that he could only play for England. "…," he said.`: when
   * the sentence before token `from` names nobody but holds `he`/`she`, the first person the sentence before it names
   * (forty-fourth session); else null.
   */
  protected personBeforePronoun(from: number): Entity | null {
    const before = this.entities.length === 0 ? null : this.previousSentence(from)
    return before !== null && this.pronounWithoutPerson(before[0], before[1]) ? this.personOfSentenceBefore(before[0]) : null
  }

  /**
   * Does the English sentence `[p, end)`, of at most sixty tokens (a longer one is read as naming someone: a text of one
   * long sentence and many pronouns after it stays linear), hold `he` or `she` outside quotation marks and no person entity?
   */
  protected pronounWithoutPerson(p: number, end: number): boolean {
    if (end - p > 60) return false
    let inside = false
    let pronoun = false
    for (let k = p; k < end; k++) {
      if (this.markChar(k) !== null) inside = !inside
      else if (this.t.kinds[k] === WORD) {
        if (this.personAt(k) !== null) return false
        if (!inside && (this.keys[k] === "he" || this.keys[k] === "she")) pronoun = true
      }
    }
    return pronoun
  }

  /**
   * The person after `by` in an English passive of the sentence `[p, end)` (`The report was welcomed by shadow
   * pensions secretary David Willetts.`): `by` right after a participle (a word in `-ed`, or one of the irregular pasts)
   * that a form of `be` comes before in the sentence, and a person within the six words after `by`, before any
   * punctuation; with the token where the person stands. Null for anything else (`by phone`, `stood by him`).
   */
  protected passiveAgent(p: number, end: number): readonly [Entity, number] | null {
    let be = false
    for (let k = p; k < end && k - p < 40; k++) {
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (key === "was" || key === "were" || key === "been" || key === "being" || key === "is" || key === "are" || key === "be") be = true
      if (key !== "by" || !be || k === p) continue
      const before = this.keys[k - 1]!
      if (this.t.kinds[k - 1] !== WORD || !(before.endsWith("ed") || EN_PAST_PARTICIPLES.has(before))) continue
      for (let j = k + 1; j < end && j - k <= 6; j++) {
        if (this.t.kinds[j] === PUNCT) return null
        const e = this.t.kinds[j] === WORD ? this.personAt(j) : null
        if (e !== null) return [e, j]
      }
      return null
    }
    return null
  }

  /**
   * The one person the English sentence `[p, end)` names (one entity id, outside any possessive), with the token it
   * starts at, when the sentence holds no quotation mark and no `he`/`she`, is at most {@link SOLE_PERSON_TOKENS} tokens
   * long, the person outside marks and no noun's modifier, and the person is its subject (a past form or a verb of
   * stance or judging right after the name, none and no relative word before it: `However during the hearing on Friday
   * Mr Colby denied …`) or closes a sentence of at
   * most {@link SOLE_CLOSING_TOKENS} tokens (`But that was not enough for Mr Duval.`); else null ({@link
   * recentSubject}, when no person opens the sentence; fifty-fourth session, helper enquote4).
   */
  protected solePersonIn(p: number, end: number): readonly [Entity, number] | null {
    if (this.entities.length === 0 || end - p > SOLE_PERSON_TOKENS) return null
    const t = this.t
    let found: Entity | null = null
    let at = -1
    for (let k = p; k < end; k++) {
      if (this.markChar(k) !== null) return null
      if (t.kinds[k] !== WORD) continue
      if (this.keys[k] === "he" || this.keys[k] === "she") return null
      const e = this.personAt(k)
      if (e === null) continue
      if (found !== null && (found.entityId ?? found.canonical) !== (e.entityId ?? e.canonical)) return null
      if (found === null) {
        found = e
        at = k
      }
    }
    if (found === null || this.possessiveName(found) || this.quotedSpan(found.start, found.end)) return null
    // (a name that modifies a noun is no person's mention: `an Alan Shearer strike`, `The Munster number 10`)
    if ((at > p && this.keys[at - 1] === "the" && this.nameModifies(found, at)) || this.openingModifier(found, at) || this.pluralName(found, at)) return null
    const v = this.walkPast(at, end, found.end, "start")
    // (nor a one-word name after a lower-case word that is no title: `the 25-year-old Dubliner`, a demonym)
    if (v === at + 1 && at > p && t.kinds[at - 1] === WORD && !isCapitalized(t, this.text, at - 1) && !this.lex.enTitles.has(this.keys[at - 1]!)) return null
    if (v >= end || this.isSentenceEnd(v)) return end - p <= SOLE_CLOSING_TOKENS ? [found, at] : null
    // (the subject: a past form or a verb of stance or judging right after the name, and no verb before it: `And the
    // defender believes Jo Hill is …` names Jo Hill inside the clause reported)
    if (t.kinds[v] !== WORD || isCapitalized(t, this.text, v) || !this.pastOrStance(this.keys[v]!)) return null
    for (let k = p; k < at; k++) if (t.kinds[k] === WORD && !isCapitalized(t, this.text, k) && (this.pastOrStance(this.keys[k]!) || SOLE_BEFORE_STOPS.has(this.keys[k]!))) return null
    return [found, at]
  }

  /** A past form (`-ed`, an irregular past participle) or a verb of stance or judging (`believes`, `attacked`)? */
  protected pastOrStance(key: string): boolean {
    return (key.length > 3 && key.endsWith("ed")) || EN_PAST_PARTICIPLES.has(key) || this.lex.enStanceVerbs.has(key) || this.lex.enJudgingVerbs.has(key)
  }

  /**
   * `Mr Lewis wants an inquiry into the agencies - cash he says which "appears wasted".`: `he`/`she` inside a sentence
   * that opens with a person (after `But`, `And` … and one title word at most) and a word after the name, the pronoun
   * after a word (no comma: `, he claimed,` is a parenthetical of someone else), with no other person, no quotation mark
   * and at most {@link OWN_OPENER_TOKENS} tokens between them, and the quote's marks after the pronoun in the same
   * sentence: the person the sentence is about (the caller pushes it); else null. Before, the chain's last speaker, one
   * of a paragraph before (fifty-first session, helper enquotes). Not when the document titles the person of the other
   * sex, nor when the marks come before the pronoun (`Mr Blair has "the same passion", he said.`: the reporter's words
   * on him, {@link closedByPronounVerb}).
   */
  protected ownSentenceOpener(a: number, pronoun: Gender): Speaker | null {
    if (this.entities.length === 0 || (pronoun !== "m" && pronoun !== "f")) return null
    const s = this.phraseSentenceStart(a)
    // (a word right before the pronoun, `- cash he says`, `which he said`: not a parenthetical between commas, `Mr Blair
    // has failed, he claimed, saying …`, nor a new clause after an opening phrase, `Of Jo Hill, she said:`)
    if (a - s < 3 || a - s > OWN_OPENER_TOKENS || this.t.kinds[a - 1] !== WORD) return null
    let k = s
    // (the closing mark of the quote before, glued to its full stop: `… act." Mr Lowe wants`)
    if (k > this.ps && this.t.spaced[k] === 0 && this.markChar(k) !== null) k++
    while (k < a && this.t.kinds[k] === WORD && EN_CONJUNCTIONS.has(this.keys[k]!)) k++
    if (k < a && this.lex.enTitles.has(this.keys[k]!) && this.personAt(k) === null) k++
    const person = k < a ? this.personAt(k) : null
    if (person === null || this.quotedSpan(person.start, person.end)) return null
    const id = person.entityId ?? person.canonical
    if (this.titledSex(id) === (pronoun === "m" ? "f" : "m")) return null
    const e = this.walkPast(k, a, person.end, "end")
    // (the person is the subject: a word after the name, `Mr Lewis wants`)
    if (e >= a || this.t.kinds[e] !== WORD) return null
    for (let v = e; v < a; v++) {
      if (this.markChar(v) !== null || this.isSentenceEnd(v)) return null
      const other = this.t.kinds[v] === WORD ? this.personAt(v) : null
      if (other !== null && (other.entityId ?? other.canonical) !== id) return null
    }
    // (the marks after the pronoun, in its sentence, within the same reach)
    let m = a + 1
    while (m < this.pe && m - a <= OWN_OPENER_TOKENS && this.markChar(m) === null && !this.isSentenceEnd(m)) m++
    if (m >= this.pe || this.markChar(m) === null) return null
    return entitySpeaker(person)
  }

  /**
   * `he`/`she` after a sentence whose subject is a person who has not spoken yet (`Dr Fox refused to discuss it.
   * "We repay loans when due," he said.`): that person, named in the first words of the sentence before, not
   * after a quotation mark. With a speaker named in that sentence or this one, the chain decides.
   */
  protected recentSubject(a: number, gender: Gender): Speaker | null {
    if (this.entities.length === 0) return null
    let lo = this.ps
    let s = this.phraseSentenceStart(a)
    // up to three sentences back: one that opens with `he`/`she` refers to the one before it
    // (and one that names nobody but holds `he`/`she` does, when the sentence before opens with the person: `throughPronoun`)
    let throughPronoun = false
    for (let back = 0; back < 3; back++) {
      // the sentence before: in this paragraph, or the last one of the paragraph before (scrapes split paragraphs freely)
      let end = s - 1
      if (s <= lo + 1) {
        if (lo !== this.ps || this.lastPe <= this.lastPs) return null
        lo = this.lastPs
        end = this.lastPe
      }
      const p = this.sentenceStartIn(end - 1, lo)
      // `According to Mandaric, Redknapp vowed he would …. "…," he said.`: the source the sentence opens with
      // (thirtieth session)
      const source = this.accordingOpener(p, end)
      if (source !== null) return this.pushEntity(source, null, p + 2, true)
      // `Jo Hill said he had had a "gutful" of it but Tennis Victoria's Sam Reed rejected his comments. "…," he
      // said.`: the person whose clause after `but` answers the words the opener is reported to have said, even when
      // the opener was pushed in that sentence (fifty-fifth session, helper enquote5)
      const replier = throughPronoun ? null : this.butReplier(p, end)
      if (replier !== null) return this.pushEntity(replier[0], null, replier[1], true)
      if (this.lastPushAt >= p) return null
      let k = p
      // the closing mark of the quote before, glued to its full stop (`… with him." Wilkinson, who …`)
      // (and the six tokens read from after it: `…context." His words came as Cardinal Jo Hill, …. In a statement, he
      // said` reads the name; fifty-first session, helper enscrap, after the E25 reading)
      if (k > lo && this.t.spaced[k] === 0 && this.markChar(k) !== null) k++
      const opens = k
      // (and the comma after one: `However, he remains …`)
      while (k < end && ((this.t.kinds[k] === WORD && EN_CONJUNCTIONS.has(this.keys[k]!)) || (k > p && this.keys[k] === "," && EN_CONJUNCTIONS.has(this.keys[k - 1]!)))) k++
      if (k < end && this.t.kinds[k] === WORD && (this.keys[k] === "he" || this.keys[k] === "she")) {
        s = p
        continue
      }
      // `Mr Blair has "the same passion" as before, he said.`: a sentence that a pronoun and a speech verb close reports
      // its opening name's words; the pronoun refers to the sentence before it, as one that opens with it does
      // (forty-ninth session)
      if (this.closedByPronounVerb(p, end)) {
        s = p
        continue
      }
      // `While saying he admired Ms Hale's "steady" handling of the crisis, he sharply criticised …. "…," he
      // wrote.`: a clause of its own that opens the sentence (openingClauseLeads, to its comma) names no subject past its
      // first words; a main clause that opens with `he`/`she` refers to the sentence before, as a sentence that opens
      // with the pronoun does, else the six tokens are read from the main clause (fifty-second session, helper enjudge)
      const clause = throughPronoun ? -1 : this.openingClauseEnd(k, end)
      if (clause > 0 && (this.keys[clause] === "he" || this.keys[clause] === "she")) {
        s = p
        continue
      }
      // `On Monday, Green leader Tom Ashby renewed his call …. He told …`: an adverbial phrase that opens the
      // sentence (up to its comma, within eight tokens) stands before the subject; the six tokens are read after it
      // (forty-sixth session)
      const w = throughPronoun ? p : clause > 0 ? clause : this.afterOpeningAdverbial(k, end)
      if (w > k) k = w
      const first = k
      // (a compound glued by hyphens that opens the subject counts as one word: `Man-of-the-match Jo Hill, who kicked
      // three penalties, was ecstatic.` reaches the name; fifty-fifth session, helper enquote5; not one further in,
      // `The 31-year-old was third behind Jo Hill`, whose object it would reach)
      let glued = first
      while (glued + 2 < end && glued - first < GLUED_REACH && this.t.kinds[glued] === WORD && this.gluedHyphen(glued + 1)) glued += 2
      const reach = Math.max(opens, w) + 6 + (glued - first)
      for (; k < Math.min(end, reach); k++) {
        if (this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!)) return null
        // `Ireland, despite having Jo Hill out injured, have been boosted by …`: a person inside an adverbial clause
        // after the subject's comma is no subject (forty-fourth session)
        if (k > p && this.isPunct(k, COMMAS) && k + 1 < end && this.t.kinds[k + 1] === WORD && EN_ADVERBIAL_LEADS.has(this.keys[k + 1]!)) break
        if (this.t.kinds[k] !== WORD) continue
        const e = this.personAt(k)
        // (after such a sentence, only a name the sentence opens with, after capitalized titles at most: `DiCaprio
        // faces Bernal in the category.` names Bernal as an object)
        if (throughPronoun && !isCapitalized(this.t, this.text, k)) break
        // `Tait himself, at least outwardly, appeared unaffected …`: a name that opens the sentence right before
        // `himself`/`herself` is a person's, whatever type the entity stage gave it (fifty-third session, helper encarry)
        if (e === null && k === first && !throughPronoun) {
          const reflexive = this.reflexiveName(k, end)
          if (reflexive !== null) return this.pushEntity(reflexive, null, k, true)
        }
        if (e === null) continue
        // `The Munster number 10 kicked …`: a name between `the` and a lower-case noun is a club's or a body's, no
        // person (thirtieth session)
        if (k > p && this.keys[k - 1] === "the" && this.nameModifies(e, k)) continue
        // `Bigger attacks were rarely seen, he said.`: nor is a one-word name that opens the sentence before a noun (an
        // adjective the tagger took for a name; forty-third session)
        if (this.openingModifier(e, k)) continue
        // `Norwich have signed midfielder Jo Hill …. "…," the 34-year-old told …`: a one-word name that a plural verb
        // follows (`have`, `are`, `were`) is a team or a body the tagger took for a person, no subject; the person after
        // it in the first words is read on (fifty-first session, helper enscrap, after the E25 reading)
        if (this.pluralName(e, k)) continue
        // `Sylvester Stallone's ex-wife Brigitte Nielsen nominated …. She said: …`: a possessor before a role and the
        // person the phrase is about is no subject; that person is (fifty-seventh session, helper enpieces)
        const head = this.personAfterPossessor(k, end)
        if (head >= 0) return this.pushEntity(this.personAt(head)!, null, head, true)
        // `Fowler's double strike helped City … and Keegan sympathised with …`: a name in the possessive is no subject
        // when a clause after `and`/`but` opens with a person of its own and a verb; that person is (forty-ninth
        // session, helper enholder)
        if (this.possessiveName(e)) {
          const other = this.coordinatedPersonAfter(k, end, e)
          if (other !== null) return this.pushEntity(other[0], null, other[1], true)
        }
        const title = k > p ? this.keys[k - 1]! : ""
        if ((gender === "m" && /^(?:ms|mrs|miss)$/.test(title)) || (gender === "f" && title === "mr")) return null
        // English speakers carry no gender: `he` and `she` look for the last person
        return this.pushEntity(e, null, k, true)
      }
      // `The report was welcomed by shadow pensions secretary David Willetts.`: a passive's agent is the one who acted
      // `However, one of the four, Jo Hill - who was wrongly convicted - said the families were delighted.`: the person
      // right before the sentence's speech verb, past a relative clause between dashes or commas (forty-fourth session)
      const reporter = throughPronoun ? null : this.reporterIn(p, end)
      if (reporter !== null) return this.pushEntity(reporter, null, p, true)
      // `Computer specialist at the agency, Jo Hill, would like …. "…," he said.`: a role that opens the sentence and
      // the person set off by commas after it (fifty-fourth session, helper enquote4)
      const apposed = throughPronoun ? null : this.apposedAfterRole(first, end)
      if (apposed !== null) return this.pushEntity(apposed[0], null, apposed[1], true)
      // (not after a sentence that names nobody: `Young lost. But the wildcard was beaten by Jo Hill. Despite that he
      // was happy. "…," he said.`)
      const agent = throughPronoun ? null : this.passiveAgent(p, end)
      if (agent !== null) return this.pushEntity(agent[0], null, agent[1], true)
      // `France have been criticised for their "…" but captain Jo Hill sees hope on the horizon. "…," he said.`: with no
      // person opening the sentence, the person who opens its clause after `but` (fifty-third session, helper encarry)
      const butSubject = throughPronoun ? null : this.butClauseSubject(p, end)
      if (butSubject !== null) return this.pushEntity(butSubject[0], null, butSubject[1], true)
      // `However during the hearing on Friday Mr Colby denied the claims. "…," he told the court.`, `But that was not
      // enough for Mr Duval. "…," he said.`: the one person a sentence names past its first words (fifty-fourth
      // session, helper enquote4)
      const sole = throughPronoun ? null : this.solePersonIn(p, end)
      if (sole !== null) return this.pushEntity(sole[0], null, sole[1], true)
      // `Bell set his sights on Wales. But the board confirmed that he could only play for England. "…," he said.`: a
      // sentence that names nobody but holds `he`/`she` refers to the one before it (forty-fourth session)
      if (this.pronounWithoutPerson(p, end)) {
        throughPronoun = true
        s = p
        continue
      }
      return null
    }
    return null
  }

  /**
   * The organisation that closes the English sentence before the one `they` at token `a` opens (after `But`, `And` …
   * at most), right after the `by` of a passive (a past participle before it) and `the` at most: `The plan is expected
   * to be opposed by the Green Party. They have said the scheme is "badly drafted"` (fifty-third session, helper
   * encarry). The sentence before is in the same paragraph, or the last of the paragraph before; else null (the chain
   * decides, as before: the plural speaker quoted last).
   */
  protected agentBodyBefore(a: number): Speaker | null {
    if (this.entities.length === 0) return null
    const t = this.t
    const s = this.phraseSentenceStart(a)
    let k = s
    while (k < a && t.kinds[k] === WORD && EN_CONJUNCTIONS.has(this.keys[k]!)) k++
    if (k !== a) return null
    let q = s - 1
    let lo = this.ps
    if (s <= this.ps) {
      if (this.lastPe <= this.lastPs) return null
      q = this.lastPe - 1
      lo = this.lastPs
    }
    if (q <= lo || !this.isSentenceEnd(q)) return null
    q--
    if (q <= lo || t.kinds[q] !== WORD) return null
    const o = this.orig(t.starts[q]!, t.ends[q]!)
    const body = this.entityIn(o)
    if (body === null || body.type !== "ORGANIZATION" || body.end !== o.end || this.quotedSpan(body.start, body.end)) return null
    let j = q
    while (j > lo && this.orig(t.starts[j - 1]!, t.ends[j - 1]!).start >= body.start) j--
    j--
    if (j > lo && t.kinds[j] === WORD && this.keys[j] === "the") j--
    if (j <= lo || t.kinds[j] !== WORD || this.keys[j] !== "by" || t.kinds[j - 1] !== WORD) return null
    const verb = this.keys[j - 1]!
    return verb.endsWith("ed") || EN_PAST_PARTICIPLES.has(verb) ? entitySpeaker(body) : null
  }

  /**
   * The entity (of any type) that starts at token `k`, capitalized, and ends right before `himself` or `herself`
   * (before `end`): a person the sentence opens with, which the entity stage may have typed a body or a place (`Tait
   * himself appeared unaffected`); else null (fifty-third session, helper encarry).
   */
  protected reflexiveName(k: number, end: number): Entity | null {
    if (this.entities.length === 0 || this.t.kinds[k] !== WORD || !isCapitalized(this.t, this.text, k)) return null
    const named = this.entityStartingAt(k)
    if (named === null || this.quotedSpan(named.start, named.end)) return null
    const v = this.walkPast(k, end, named.end, "start")
    return v < end && v - k <= 3 && this.t.kinds[v] === WORD && (this.keys[v] === "himself" || this.keys[v] === "herself") ? named : null
  }

  /**
   * The person who opens the clause after `but` in the English sentence `[p, end)` (not its first word), at most
   * {@link BUT_ROLE_WORDS} lower-case words of a role between (`but captain Jo Hill sees`, `but his coach Jo Hill
   * said`), the name outside quotation marks, not in the possessive, and a lower-case word right after it (its verb),
   * with the token it starts at; else null ({@link recentSubject}, when no person opens the sentence; fifty-third
   * session, helper encarry). One `but` only, the first: a later clause is read no further.
   */
  protected butClauseSubject(p: number, end: number): readonly [Entity, number] | null {
    if (this.entities.length === 0) return null
    const t = this.t
    for (let j = p + 1; j < end - 2 && j - p <= COORDINATED_REACH; j++) {
      if (t.kinds[j] !== WORD || this.keys[j] !== "but" || isCapitalized(t, this.text, j)) continue
      let k = j + 1
      while (k < end && k - j <= BUT_ROLE_WORDS && t.kinds[k] === WORD && !isCapitalized(t, this.text, k) && this.personAt(k) === null) k++
      const person = k < end && t.kinds[k] === WORD ? this.personAt(k) : null
      if (person === null || this.quotedSpan(person.start, person.end) || this.possessiveName(person)) return null
      const v = this.walkPast(k, end, person.end, "start")
      return v < end && t.kinds[v] === WORD && !isCapitalized(t, this.text, v) ? [person, k] : null
    }
    return null
  }

  /**
   * The person who opens the clause after `but` in the English sentence `[p, end)` whose opening person (after `But`,
   * `And` … and a title at most) is the subject of a speech verb or a verb of stance or judging right after the name (`Jo Hill said …`,
   * `Jo Hill criticised …`): another person, within {@link BUT_REPLY_TOKENS} tokens after `but` (lower-case words of a
   * role and a body's or a place's name in the possessive between: `but Tennis Victoria's Sam Reed`), outside
   * quotation marks and not in the possessive, a verb of the same kinds or of denial (`nounObjectVerbs`: `rejected`,
   * `denied`) right after the name; with the
   * token it starts at, else null. The words reported are the opener's; `he`/`she` after them is the one who answers
   * them ({@link recentSubject}; fifty-fifth session, helper enquote5). A `but` with no person of its own (`but Rangers
   * still had a chance`), one after an opener whose verb is of another kind (`Jo Hill lost the first set but Sam
   * Reed …`), or one whose person does something else (`but Sam Reed scored twice`), changes nothing.
   */
  protected butReplier(p: number, end: number): readonly [Entity, number] | null {
    if (this.entities.length === 0) return null
    const t = this.t
    let k = p
    // (the closing mark of the quote before, glued to its full stop, and `But`, `And` …)
    if (t.spaced[k] === 0 && this.markChar(k) !== null) k++
    while (k < end && t.kinds[k] === WORD && EN_CONJUNCTIONS.has(this.keys[k]!)) k++
    if (k < end && t.kinds[k] === WORD && this.lex.enTitles.has(this.keys[k]!) && this.personAt(k) === null) k++
    const opener = k < end && t.kinds[k] === WORD ? this.personAt(k) : null
    if (opener === null || this.quotedSpan(opener.start, opener.end) || this.possessiveName(opener)) return null
    const v = this.walkPast(k, end, opener.end, "start")
    if (v >= end || t.kinds[v] !== WORD || isCapitalized(t, this.text, v)) return null
    if (!this.voicingVerb(this.keys[v]!)) return null
    const id = opener.entityId ?? opener.canonical
    let inside = false
    for (let j = v + 1; j < end - 2 && j - p <= COORDINATED_REACH; j++) {
      if (this.markChar(j) !== null) inside = !inside
      if (inside || t.kinds[j] !== WORD || this.keys[j] !== "but" || isCapitalized(t, this.text, j)) continue
      const answer = this.butAnswerAt(j, end)
      return answer === null || (answer[0].entityId ?? answer[0].canonical) === id ? null : answer
    }
    return null
  }

  /**
   * The person who opens the clause after `but` at token `j` (before `end`) and answers what was said before it: within
   * {@link BUT_REPLY_TOKENS} tokens after `but` (lower-case words of a role and a body's or a place's name in the
   * possessive between: `but Tennis Victoria's Sam Reed`), outside quotation marks and not in the possessive, a speech
   * verb, a verb of stance or judging or of denial (`nounObjectVerbs`) right after the name; with the token it starts
   * at, else null ({@link butReplier}, {@link notTheAnswerer}).
   */
  protected butAnswerAt(j: number, end: number): readonly [Entity, number] | null {
    const t = this.t
    for (let b = j + 1; b < end - 1 && b - j <= BUT_REPLY_TOKENS; b++) {
      if (t.kinds[b] !== WORD) {
        // (the apostrophe of a possessive: `Victoria's`, `Wales'`)
        if (t.kinds[b] === PUNCT && APOSTROPHES.has(this.keys[b]!) && t.spaced[b] === 0) continue
        return null
      }
      const person = this.personAt(b)
      if (person === null) continue
      if (this.quotedSpan(person.start, person.end) || this.possessiveName(person)) return null
      const after = this.walkPast(b, end, person.end, "start")
      return after < end && t.kinds[after] === WORD && !isCapitalized(t, this.text, after) && (this.voicingVerb(this.keys[after]!) || this.lex.enNounObjectVerbs.has(this.keys[after]!)) ? [person, b] : null
    }
    return null
  }

  /**
   * `He also accused Liverpool of using him as "a stalking horse" to attract other bids, but Parry explained: "…"`:
   * `he`/`she` at token `a` whose own sentence goes on with `but` and a person who answers ({@link butAnswerAt}; the
   * first `but` outside quotation marks within {@link COORDINATED_REACH} tokens) is not that person. When the pronoun
   * was read as him (`r`, the chain's speaker), the last other person named before it in its sentence or the one before
   * (twenty entities back at most, outside quotation marks, not titled of the other sex: `… tycoon Steve Morgan, who
   * got frustrated …`); else `r` as it was (fifty-ninth session, helper enfix).
   */
  protected notTheAnswerer(a: number, r: Speaker, pronoun: "m" | "f"): Speaker {
    if (this.entities.length === 0 || r.entityId === null) return r
    const t = this.t
    let inside = false
    let answer: readonly [Entity, number] | null = null
    for (let j = a + 1; j < this.pe - 2 && j - a <= COORDINATED_REACH; j++) {
      if (this.markChar(j) !== null) inside = !inside
      else if (!inside && this.isSentenceEnd(j)) return r
      if (inside || t.kinds[j] !== WORD || this.keys[j] !== "but" || isCapitalized(t, this.text, j)) continue
      answer = this.butAnswerAt(j, this.pe)
      break
    }
    if (answer === null || answer[0].entityId !== r.entityId) return r
    const before = this.previousSentence(this.phraseSentenceStart(a))
    const from = before === null ? this.phraseSentenceStart(a) : before[0]
    const lo = this.orig(this.t.starts[from]!, this.t.ends[from]!).start
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    const last = this.firstEntityFrom(at) - 1
    const other = pronoun === "m" ? "f" : "m"
    for (let i = last; i >= 0 && last - i < 20; i--) {
      const e = this.entities[i]!
      if (e.start < lo) break
      if (e.type !== "PERSON" || e.end > at || e.entityId === r.entityId || this.quotedSpan(e.start, e.end)) continue
      if (this.titledSex(e.entityId ?? e.canonical) !== other) return entitySpeaker(e)
    }
    return r
  }

  /** A speech verb, a verb of stance or a verb of judging (`said`, `believes`, `attacked`; {@link butReplier})? */
  protected voicingVerb(key: string): boolean {
    return EN_REPORTING.has(key) || this.lex.verbForms.has(key) || this.lex.enStanceVerbs.has(key) || this.lex.enJudgingVerbs.has(key)
  }

  /**
   * The first token of the main clause after a clause of its own that opens the English sentence at token `k` and ends
   * before `end` ({@link recentSubject}): `k` one of `openingClauseLeads` (`While`, `After`, `Although`), no person the
   * entity stage tagged right after it, or after one title word (`When Mr Blair arrived, he …`, `After Jo Hill's speech,
   * she …`: that person is whom the sentence is about), the clause's first comma within {@link OPENING_CLAUSE_TOKENS}
   * tokens, no sentence end before it, and a word right after it; else -1. A person named later in the clause is an
   * object or a possessor there (`While saying he admired Ms Hale's "steady" handling, he …`).
   */
  protected openingClauseEnd(k: number, end: number): number {
    const t = this.t
    if (k >= end || t.kinds[k] !== WORD || !this.lex.enOpeningClauseLeads.has(this.keys[k]!)) return -1
    for (let c = k + 1; c < end - 1 && c - k <= OPENING_CLAUSE_TOKENS; c++) {
      if (this.isSentenceEnd(c)) return -1
      // (the clause's own subject: a person right after the lead, or after one title word, `When Mr Blair arrived`)
      if ((c === k + 1 || (c === k + 2 && this.lex.enTitles.has(this.keys[k + 1]!))) && t.kinds[c] === WORD && this.personAt(c) !== null) return -1
      if (this.isPunct(c, COMMAS)) return t.kinds[c + 1] === WORD ? c + 1 : -1
    }
    return -1
  }

  /**
   * Is the person entity `e` at token `k` one capitalized word right before a plural verb (`have`, `are`, `were`:
   * `Norwich have signed`), a team's or a body's name in British usage, no person ({@link recentSubject})?
   */
  protected pluralName(e: Entity, k: number): boolean {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    if (e.start !== o.start || e.end !== o.end || k + 1 >= this.t.kinds.length || this.t.kinds[k + 1] !== WORD) return false
    const next = this.keys[k + 1]!
    return (next === "have" || next === "are" || next === "were") && !isCapitalized(this.t, this.text, k + 1)
  }

  /**
   * Does the English sentence `[p, end)` end with a comma, `he` or `she` and a speech verb before its full stop
   * (`…, he said.`, `…, she added.`)?
   */
  protected closedByPronounVerb(p: number, end: number): boolean {
    let k = end - 1
    if (k > p && this.t.kinds[k] === PUNCT && this.keys[k] === ".") k--
    if (k - 2 <= p || this.t.kinds[k] !== WORD || !this.lex.verbForms.has(this.keys[k]!)) return false
    return this.t.kinds[k - 1] === WORD && (this.keys[k - 1] === "he" || this.keys[k - 1] === "she") && this.isPunct(k - 2, COMMAS)
  }

  /** The last person on the chain, within its last eight, whom the document does not give sex `not` ({@link titledSex}), or null. */
  private chainPersonNotOf(not: "m" | "f"): Speaker | null {
    const c = this.chain
    for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) {
      if (c[i]!.person && this.titledSex(c[i]!.entityId ?? c[i]!.text) !== not) return c[i]!
    }
    return null
  }

  /**
   * The last person named before token `a`, outside quotation marks, whom the document gives sex `sex` ({@link titledSex}),
   * among the twenty entities before it (a text of many names stays linear); else null (forty-eighth session).
   */
  protected personOfSexBefore(a: number, sex: "m" | "f"): Entity | null {
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    const from = this.firstEntityFrom(at) - 1
    for (let i = from; i >= 0 && from - i < 20; i--) {
      const e = this.entities[i]!
      if (e.type !== "PERSON" || e.end > at || this.quotedSpan(e.start, e.end)) continue
      if (this.titledSex(e.entityId ?? e.canonical) === sex) return e
    }
    return null
  }

  /** The first person named in tokens `[from, to)` outside quotation marks whom the document does not title as of sex `not` ({@link titledSex}), or null. */
  protected personBetween(from: number, to: number, not: "m" | "f"): Entity | null {
    let inside = false
    for (let k = from; k < to; k++) {
      if (this.markChar(k) !== null) inside = !inside
      else if (!inside && this.t.kinds[k] === WORD) {
        const found = this.personAt(k)
        if (found !== null && this.titledSex(found.entityId ?? found.canonical) !== not) return found
      }
    }
    return null
  }

  /**
   * The token after the comma of an adverbial phrase that opens a sentence at token `k` (`On Sunday,`, `In a statement
   * on Monday,`: a word of `EN_ADVERBIAL_LEADS` and its comma within eight tokens, no quotation mark and no person
   * between), or -1.
   */
  protected afterOpeningAdverbial(k: number, end: number): number {
    if (k >= end || this.t.kinds[k] !== WORD || !EN_ADVERBIAL_LEADS.has(this.keys[k]!)) return -1
    for (let c = k + 1; c < end - 1 && c - k <= 8; c++) {
      if (this.t.kinds[c] === PUNCT && MARKS.has(this.keys[c]!)) return -1
      if (this.isPunct(c, COMMAS)) return c + 1
      // (a person inside the phrase is whose view the sentence gives: `For Jupiter analyst Jo Hill, Yahoo erred.`; but
      // not when a person of his own opens the clause after its comma: `On the outskirts of Kyoto, 83-year-old Jo Hill
      // ponders …`, a place the tagger took for a person; fifty-fifth session, helper enquote5)
      if (this.t.kinds[c] === WORD && this.personAt(c) !== null) return this.personAfterPhrase(k, c, end)
    }
    return -1
  }

  /**
   * The token after the comma of an adverbial phrase opened at token `k` that names a person at token `c`, when a
   * person stands within {@link PHRASE_SUBJECT_TOKENS} tokens after that comma (words, digits and hyphens between:
   * `83-year-old`), another than the one at `c`, a lower-case word right after the name (its verb); else -1
   * ({@link afterOpeningAdverbial}; fifty-fifth session, helper enquote5).
   */
  protected personAfterPhrase(k: number, c: number, end: number): number {
    const t = this.t
    const inside = this.personAt(c)!
    let comma = c + 1
    while (comma < end - 1 && comma - k <= 8 && !this.isPunct(comma, COMMAS)) {
      if (t.kinds[comma] === PUNCT && !(this.keys[comma] === "-" && t.spaced[comma] === 0)) return -1
      comma++
    }
    if (comma >= end - 1 || comma - k > 8 || !this.isPunct(comma, COMMAS)) return -1
    for (let j = comma + 1; j < end - 1 && j - comma <= PHRASE_SUBJECT_TOKENS; j++) {
      if (t.kinds[j] !== WORD && t.kinds[j] !== NUM) {
        if (t.kinds[j] === PUNCT && this.keys[j] === "-" && t.spaced[j] === 0) continue
        return -1
      }
      const e = t.kinds[j] === WORD ? this.personAt(j) : null
      if (e === null) continue
      if ((e.entityId ?? e.canonical) === (inside.entityId ?? inside.canonical) || this.quotedSpan(e.start, e.end)) return -1
      const v = this.walkPast(j, end, e.end, "start")
      return v < end && t.kinds[v] === WORD && !isCapitalized(t, this.text, v) ? comma + 1 : -1
    }
    return -1
  }

  /**
   * A person named after the speaker phrase in the same attribution clause, after a comma or an honorific
   * (`وقال المدير التنفيذي للشركة، مازن …:`, `أوضح مدير الفرع في المنطقة المهندس فهد …`): up to the
   * colon, complementizer or quote that ends the clause, never after `مع`/`عن` (another party; but `عن` inside a body's
   * name after `في`, {@link insideBodyAfterFi}, is the body's); after a dash too when
   * the phrase is a definite role (`dash`). `strict` (a subject
   * that has not spoken yet) stops at `من` and a relative pronoun too: `الرجل الذي يعمل بالقرب من قائد الجيش، X`
   * names X as the man's chief, not as the man.
   */
  protected appositionPerson(b: number, strict = false, dash = false): Entity | null {
    const lex = this.lex
    let end = Math.min(this.pe, b + 14)
    // (a second role set off by commas, `، وأحد قادة البيشمركة الميدانيين في محور …، X`, the و right after a comma:
    // the search goes on for fourteen tokens from that comma, once; fifty-first session, helper arcomma)
    let second = false
    // (المسؤول عن: "in charge of"; the words after it are the role's, the person after them the official: وقال
    // المسؤول عن الطوارئ X لـ«…»:, session 22; and المشرف على, "supervising", read alike with up to seven words
    // between, وأوضح المشرف العام على العلاقات العامة والإعلام بوزارة الحج X:, fifty-seventh session, helper arclergy)
    let inCharge = -1
    let reach = 5
    for (let k = b; k < end; k++) {
      const kind = this.t.kinds[k]
      if (kind === PUNCT) {
        if (this.isColon(k) || this.isSentenceEnd(k)) return null
        if (!second && k > b && this.isPunct(k, COMMAS) && k + 1 < this.pe && this.t.kinds[k + 1] === WORD && this.keys[k + 1]!.length > 3 && this.keys[k + 1]!.charCodeAt(0) === C_WAW) {
          second = true
          end = Math.min(this.pe, k + 14)
        }
        continue
      }
      if (kind !== WORD) continue
      const key = this.keys[k]!
      // (and المسؤول الأمني عن, والمسؤول عن: one definite adjective after the official, or the و of a second role
      // before it: وقال قائد الدوريات والمسؤول الإعلامي عن المهرجان العقيد X:, twenty-sixth session)
      if (key === AN && k === b && k > this.ps && (this.officialAt(k - 1) || (k - 2 >= this.ps && this.keys[k - 1]!.startsWith(ALEF_LAM) && this.officialAt(k - 2)))) {
        inCharge = k
        continue
      }
      if (key === ALA && k === b && k > this.ps && (this.supervisorAt(k - 1) || (k - 2 >= this.ps && this.keys[k - 1]!.startsWith(ALEF_LAM) && this.supervisorAt(k - 2)))) {
        inCharge = k
        reach = SUPERVISED_WORDS + 1
        continue
      }
      if (inCharge >= 0 && k - inCharge >= 2 && k - inCharge <= reach && this.t.kinds[k - 1] === WORD && !this.isPunct(k - 1, COMMAS)) {
        const e = this.personAt(k)
        if (e !== null && this.closesClause(e, k)) return e
      }
      // (but `عن` inside a body's name after في, `في الحركة العالمية للدفاع عن الأطفال X`, is the body's word:
      // thirty-seventh session)
      if (key === AN && this.insideBodyAfterFi(b, k)) continue
      if (lex.complementizers.has(key) || key === "\u0645\u0639" || key === AN) return null
      if (strict && (key === MIN || this.lex.relativePronouns.has(key))) return null
      if (k > b && this.verbStartsAt(k, this.pe)) return null
      const prev = k - 1
      // (after a definite role, `dash`, a dash opens an apposition as a comma does: وقال المبعوث الخاص -X- إن …; after
      // a name, `وقال X -خبير الشؤون …-`, the words between dashes describe X)
      // (and after a body's short name in marks that closes the role's place: وقال المنسق الإعلامي في مركز شؤون
      // المدينة "X" فلان; forty-first session, after the A78 reading)
      const after = this.isPunct(prev, COMMAS) || (dash && this.isPunct(prev, DASHES)) || (this.t.kinds[prev] === WORD && (lex.arTitles.has(this.keys[prev]!) || this.placeOfRole(prev, b))) || this.placeNamedInMarks(prev, b)
      if (after) {
        const e = this.personAt(k)
        if (e !== null) return this.interviewer(e) ? null : e
      }
    }
    return null
  }

  /** Is token `k` the supervisor's word (`المشرف`, `المشرفة`: `supervisorNouns`), with or without a و before it (`hasWithWaw`)? */
  private supervisorAt(k: number): boolean {
    return this.t.kinds[k] === WORD && hasWithWaw(this.lex.supervisorNouns, this.keys[k]!)
  }

  /** Is token `k` the official's word (`المسؤول`, `المسؤولة`), with or without a و before it (`hasWithWaw`)? */
  private officialAt(k: number): boolean {
    return this.t.kinds[k] === WORD && hasWithWaw(this.lex.officialNouns, this.keys[k]!)
  }

  /**
   * Does the person `e` that starts at token `k` end its clause: punctuation, a complementizer or a word with ل (the
   * one spoken to: `لـ«الوطن»`, `للصحفيين`) right after its name (session 22)?
   */
  protected closesClause(e: Entity, k: number): boolean {
    const j = this.walkPast(k, this.pe, e.end, "start", true)
    if (j >= this.pe || this.t.kinds[j] !== WORD) return true
    const key = this.keys[j]!
    return this.lex.complementizers.has(key) || key.startsWith("\u0644")
  }

  /**
   * Is token `k` a one-word place after `في` inside the clause that starts at `b` (`وقال مدير مكتب الحملة، في لبنان X
   * إن …`)? The role's place stands between the role and the name of the person who holds it.
   */
  protected placeOfRole(k: number, b: number): boolean {
    const last = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    // وقالت المندوبة في [[مجلس الأمن]] X، وقال أستاذ الاقتصاد في [[جامعة الملك سعود]] X: a place or a body of up to
    // three words after في (the entity ends with token k)
    for (let s = k; s >= Math.max(b + 1, k - 2); s--) {
      if (this.t.kinds[s] !== WORD) return false
      if (this.keys[s - 1] !== FI) continue
      const e = this.entityStartingAt(s)
      // (or definite words no entity covers: وقالت مديرة المكتبة في الجامعة X، وقال القيادي في الحراك الشعبي X)
      if (e === null || e.start >= last.end) {
        // (a body's noun in construct first: في مركز الدراسات X; forty-first session)
        const c = this.constructBodyEnd(s, k + 1)
        for (let j = c >= 0 ? c : s; j <= k; j++) if (!this.keys[j]!.startsWith(ALEF_LAM) || this.keys[j]!.length < 5 || (j > s && this.entityStartingAt(j) !== null)) return false
        return true
      }
      return (e.type === "LOCATION" || e.type === "ORGANIZATION") && e.end > last.start && e.end <= last.end
    }
    // (or a longer body no entity covers, opened by a body's noun: وقال مدير البرنامج في الحركة العالمية للدفاع عن
    // الأطفال X; thirty-seventh session; token k may be a first name the entity stage left out of X)
    // (not a word of time, a stop word, a definite word or a verb: وقال مدير الصندوق في آسيا الوسطى أمس X)
    const w = this.keys[k]!
    const name = !w.startsWith(ALEF_LAM) && !this.lex.arStops.has(w) && !this.lex.timeNouns.has(w) && !this.verbStartsAt(k, this.pe)
    return this.insideBodyAfterFi(b, k + 1) || (name && k - 1 > b && this.insideBodyAfterFi(b, k))
  }

  /**
   * The token of a post's noun (`headlineRoles`, or its feminine: `وزير`, `رئيسة`, `قائد`) that stands two or three
   * words into the phrase `[a, b)` after words that can only be a name the entity stage left untagged (three letters
   * or more, no article, no stop word, title, post's, body's or document's noun, no verb): `بدر فلان وزير النقل`;
   * else `a` (thirty-seventh session).
   */
  protected nameBeforePost(a: number, b: number, definite = false): number {
    const lex = this.lex
    for (let i = a + 2; i < Math.min(b, a + 4); i++) {
      if (this.t.kinds[i] !== WORD) return a
      if (!(definite ? this.definiteVoice(i, b) : this.headlinePost(this.keys[i]!))) continue
      for (let j = a; j < i; j++) {
        const w = this.keys[j]!
        // (with `definite`, `الله` inside the name, `ذبيح الله X`, and no place, body or person tagged on a word)
        if (definite && this.t.kinds[j] === WORD) {
          const e = this.entityIn(this.orig(this.t.starts[j]!, this.t.ends[j]!))
          if (e !== null && e.type !== "MISC") return a
          if (j > a && w === ALLAH_KEY) continue
        }
        if (this.t.kinds[j] !== WORD || w.startsWith(ALEF_LAM) || w.length < 3 || lex.arStops.has(w) || lex.arTitles.has(w) || this.headlinePost(w) || docStem(w, lex.documentNouns) !== null || lex.bodyNouns.has(ALEF_LAM + w) || this.verbStartsAt(j, this.pe)) return a
      }
      return i
    }
    return a
  }

  /**
   * Is token `i` a definite spokesman's noun (`المتحدث`, `الناطقة`: `spokesNouns` with the article) before `باسم`
   * (`الرسمي` may stand between), inside the phrase ending at `b`? The role in apposition after a name the entity
   * stage left untagged ({@link nameBeforePost} with `definite`; fifty-fifth session, helper arrole3).
   */
  private definiteVoice(i: number, b: number): boolean {
    const w = this.keys[i]!
    if (!w.startsWith(ALEF_LAM) || !this.lex.spokesNouns.has(w)) return false
    let j = i + 1
    if (j < b && this.t.kinds[j] === WORD && OFFICIAL.has(this.keys[j]!)) j++
    return j < b && this.t.kinds[j] === WORD && this.keys[j] === BISM
  }

  /** Is the key a post's noun of {@link nameBeforePost} (`headlineRoles`), or its feminine in `ة` (folded `ه`)? A method, no closure made per call (fifty-third session, helper qspeed2). */
  private headlinePost(w: string): boolean {
    return this.lex.headlineRoles.has(w) || (w.endsWith("\u0647") && this.lex.headlineRoles.has(w.slice(0, -1)))
  }

  /** Does a place's or an organisation's entity cover token `j`? */
  protected placeOrBodyAt(j: number): boolean {
    if (this.entities.length === 0) return false
    const e = this.entityIn(this.orig(this.t.starts[j]!, this.t.ends[j]!))
    return e !== null && (e.type === "LOCATION" || e.type === "ORGANIZATION")
  }

  /**
   * Do the words from a `في` after token `b` to token `k` (exclusive) name a body no entity covers (thirty-seventh
   * session, after the A68 reading's role chain with an organisation inside)? `في` at most {@link BODY_AFTER_FI} tokens
   * before `k`, then a definite body's noun (`bodyNouns`: الحركة، المنظمة، الجمعية) and only words after it: definite
   * ones, ones glued to `لل` (`للدفاع`), a noun glued to `ل` before a definite word (`لحماية المستهلك`) and `عن`/`من`
   * right after a word glued to `لل` (`للدفاع عن الأطفال`). No person starts inside (a person there is the holder,
   * not the body).
   */
  protected insideBodyAfterFi(b: number, k: number): boolean {
    let f = k - 1
    while (f >= b && f >= k - BODY_AFTER_FI && this.t.kinds[f] === WORD && this.keys[f] !== FI) f--
    if (f < b || f < k - BODY_AFTER_FI || this.keys[f] !== FI || f + 1 >= k) return false
    // (or a body's noun in construct, with no article, before definite words: في مركز الدراسات الاستراتيجية X, في
    // مركز شؤون المدينة X; forty-first session, after the A78 reading)
    const construct = this.constructBodyEnd(f + 1, k)
    if (construct < 0 && !(this.lex.bodyNouns.has(this.keys[f + 1]!) || this.placeOrBodyAt(f + 1))) return false
    for (let j = Math.max(f + 1, construct); j < k; j++) {
      if (this.t.kinds[j] !== WORD) return false
      const w = this.keys[j]!
      // (a place's or a body's entity, and `و` glued to a noun before one: في الشرق الأوسط وشمال أفريقيا)
      if (this.placeOrBodyAt(j) || (w.charCodeAt(0) === 0x0648 && j + 1 < k && this.placeOrBodyAt(j + 1))) continue
      const linked = (w === AN || w === MIN) && j > f + 2 && this.keys[j - 1]!.startsWith("\u0644\u0644")
      // (`لحماية المستهلك`: ل and a noun in construct with the definite word after it)
      const tied = w.charCodeAt(0) === 0x0644 && w.length >= 4 && j + 1 < k && this.keys[j + 1]!.startsWith(ALEF_LAM)
      if (!linked && !tied && !w.startsWith(ALEF_LAM) && !w.startsWith("\u0644\u0644")) return false
      if (j > f + 1 && this.entities.length > 0 && this.entityStartingAt(j)?.type === "PERSON") return false
    }
    return true
  }

  /**
   * Is token `c` the closing mark of one to three words in marks (`"مدار"`) right after the place of a role that starts
   * at `b` ({@link placeOfRole}: `في مركز شؤون المدينة "مدار"`), right after `في` and a body's noun (`في معهد
   * "X"`) or right after `في` alone (`في «X»`; fifty-seventh session)? The marks name the body of that place (forty-first
   * session).
   */
  protected placeNamedInMarks(c: number, b: number): boolean {
    if (this.t.kinds[c] !== PUNCT || this.markChar(c) === null) return false
    for (let o = c - 2; o >= Math.max(b + 1, c - 4); o--) {
      if (this.t.kinds[o] === WORD) continue
      // (or right after في and a body's noun with no article: في معهد "X" فلان; or right after في itself, the body's
      // name alone: وقال رئيس مجلس الإدارة في «X» فلان, fifty-seventh session, helper arclergy)
      if (this.shortMarksAt(o, this.pe) !== c || this.t.kinds[o - 1] !== WORD) return false
      return this.placeOfRole(o - 1, b) || (o - 2 >= b && this.keys[o - 2] === FI && this.lex.bodyNouns.has(ALEF_LAM + this.keys[o - 1]!)) || (o - 1 >= b && this.keys[o - 1] === FI)
    }
    return false
  }

  /**
   * A body's noun with no article at token `j` (`مركز`, `هيئة`: `bodyNouns` hold it with the article) in construct,
   * before `k`: the token after it (and after one more noun with no article, `مركز شؤون المدينة`) when that one is a
   * definite word, else -1. No entity may start on the noun or the second one (a person there is the holder).
   */
  protected override constructBodyEnd(j: number, k: number): number {
    if (j + 1 >= k || this.t.kinds[j] !== WORD || !this.lex.bodyNouns.has(ALEF_LAM + this.keys[j]!) || this.entityStartingAt(j) !== null) return -1
    let n = j + 1
    const w = this.keys[n]!
    if (this.t.kinds[n] === WORD && !w.startsWith(ALEF_LAM) && w.length >= 3 && n + 1 < k && !this.lex.arStops.has(w) && this.entityStartingAt(n) === null && !this.verbStartsAt(n, this.pe)) n++
    if (this.t.kinds[n] !== WORD || !this.keys[n]!.startsWith(ALEF_LAM)) return -1
    // (not a post in the genitive: مسؤول في مكتب الرئيس اليمني X, X is the president, not the official)
    for (let i = n; i < k; i++) if (this.t.kinds[i] === WORD && (this.postNoun(this.keys[i]!) || this.lex.arTitles.has(this.keys[i]!))) return -1
    return n
  }

  /** Is `key` a post's noun (`headlineRoles`, `roleHeads`: `رئيس`, `وزير`, `الرئيس`; forty-first session)? */
  protected postNoun(key: string): boolean {
    return this.lex.headlineRoles.has(key) || this.lex.roleHeads.has(key)
  }

  /** The original start of token `k`, past a `و`/`ف` glued to it (`ومكتب`, `ومتحدث`; {@link withoutConjunction} at 3). */
  protected startPastConjunction(k: number): number {
    const start = this.orig(this.t.starts[k]!, this.t.ends[k]!).start
    return withoutConjunction(this.keys[k]!, 3) !== this.keys[k] ? start + 1 : start
  }

  /**
   * `لزميله`, `لوالدها`, `لأصدقائهم`: the preposition ل (not the article's لل) and a noun with an attached pronoun,
   * five letters or more, with no entity starting on it: the person spoken to, never the speaker.
   */
  protected toOwnAddressee(a: number, entity: Entity | null): boolean {
    const key = this.keys[a]!
    if (key.length < 5 || key.charCodeAt(0) !== 0x0644 || key.charCodeAt(1) === 0x0644) return false
    const o = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    if (entity !== null && entity.start <= o.start && entity.end > o.start) return false
    const word = this.text.slice(o.start, o.end)
    return /\u0647(?:\u0627|\u0645|\u0645\u0627|\u0646)?$/.test(word)
  }

  /**
   * Is the one-word phrase at `a` the preposition ل glued to a name (`لرزق`, `لسامي`): not `لل` nor `لا`, four letters
   * or more; a person entity that starts right after the ل, or, with no entity on the word, the word without its ل
   * standing alone elsewhere in the text (the text's words, split once per document; `ليلى` stays a name).
   */
  protected toNamedAddressee(a: number, entity: Entity | null): boolean {
    const key = this.keys[a]!
    if (key.length < 4 || key.charCodeAt(0) !== 0x0644 || key.charCodeAt(1) === 0x0644 || key.charCodeAt(1) === 0x0627) return false
    const o = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    if (entity !== null && entity.start < o.end && entity.end > o.start) return entity.type === "PERSON" && entity.start === o.start + 1
    const rest = this.text.slice(o.start + 1, o.end)
    if (rest.length < 3) return false
    this.wordsOfText ??= new Set(this.text.split(/[^\u0600-\u06ff\w]+/))
    return this.wordsOfText.has(rest)
  }

  /**
   * An adverb of manner where a subject would stand, one word with no entity on it: the accusative alif with the
   * tanween written (`مبتسماً`), or, when entities ran, a participle's shape (`ساخرا`, `متهكما`) or a preposition
   * and a noun of manner (`باستخفاف`, `بالتأكيد`, `بسرعة`).
   */
  protected mannerAdverb(a: number, span: Range): boolean {
    const key = this.keys[a]!
    // وقتها، إحداها: a time word or a word with an attached pronoun is no subject either
    // (but a kin with her pronoun, `جدتها`, `أمها` (`kinWithPronoun`), is one: أما جدتها فتقول; fifty-sixth session,
    // helper arcarry4)
    if (this.lex.clauseOpeners.has(key) || (key.length >= 4 && key.endsWith("\u0647\u0627") && !this.lex.kinPronounF.has(key) && !this.lex.kinPronounM.has(key))) return true
    // فورا، علنا: a short adverb of the lexicon's (forty-first session)
    if (this.lex.bareAdverbs.has(key)) return true
    if (key.length < 5) return false
    // باستخفاف, بالتأكيد, بسرعة: a preposition and a noun of manner (a definite noun, a tenth-form masdar, or a
    // feminine noun), when entities ran (names are entities); not بعضهم, not a name such as بينهام
    const word = this.text.slice(span.start, span.end)
    if (key.charCodeAt(0) === 0x0628) return this.entities.length > 0 && (key.startsWith("\u0628\u0627\u0644") || key.startsWith("\u0628\u0627\u0633\u062a") || word.endsWith("\u0629"))
    // وتابعت متحمسة:, وقالت مستغربة: the feminine participle of manner (a fifth or tenth form, مت…ة or مست…ة), when
    // entities ran (thirtieth session)
    if (word.endsWith(TA_MARBUTA) && key.length >= 6 && (key.startsWith("\u0645\u062a") || key.startsWith("\u0645\u0633\u062a"))) return this.entities.length > 0
    if (!key.endsWith("\u0627")) return false
    if (word.includes("\u064b")) return true
    // without the tanween: the shapes of participles of manner (ساخرا، مبتسما، متهكما), never أوباما or روسيا
    return this.entities.length > 0 && ((key.length === 5 && key[1] === "\u0627") || key[0] === "\u0645")
  }

  /**
   * Token where a manner phrase starts inside the Arabic phrase `[a, b)` after its first word (twenty-sixth session):
   * a head of a manner phrase (`mannerHeads`: `بصوت`, `بحزن`, …), or, as the phrase's last word, an active
   * participle of manner in the accusative ({@link mannerParticiple}: `ساخراً`, `مبتسماً`); no entity on that word,
   * only words before it (not a name in marks: `منظمة «أطباء بلا قيود»`). -1 when none.
   */
  protected trailingManner(a: number, b: number): number {
    for (let k = a + 1; k < b; k++) {
      if (this.t.kinds[k] !== WORD) return -1
      const key = this.keys[k]!
      const manner = this.lex.mannerHeads.has(key) || (k === b - 1 && this.mannerParticiple(k))
      if (!manner) continue
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      const e = this.entities.length > 0 ? this.entityIn(o) : null
      if (e !== null && e.end > o.start && e.start < o.end) return -1
      return k
    }
    return -1
  }

  /** The person entity of the document whose canonical name is `name` (built once per document), if any. */
  protected personNamed(name: string): Entity | undefined {
    if (this.personsByName === null) {
      this.personsByName = new Map()
      for (const e of this.entities) if (e.type === "PERSON" && !this.personsByName.has(e.canonical)) this.personsByName.set(e.canonical, e)
    }
    return this.personsByName.get(name)
  }

  /**
   * The one person of the document one of whose names (a word of its canonical form, three letters or more) token `k`
   * is, as written or after a glued `ل` (`كمران`, `لكمران` for `كمران خان`; thirty-seventh session); null when no
   * person or several persons have that name, or the word is a stop word, a title or a body's or an outlet's noun.
   */
  protected personByNameWord(k: number): Entity | null {
    if (this.entities.length === 0 || this.t.kinds[k] !== WORD) return null
    const key = this.keys[k]!
    // (a surname with the article, `الساعدي`, as any name; not a body's or an outlet's noun)
    if (key.length < 3 || this.lex.arStops.has(key) || this.lex.arTitles.has(key) || this.lex.bodyNouns.has(key) || this.lex.outletNouns.has(key)) return null
    if (this.personsByWord === null) {
      const byWord = new Map<string, Entity | null>()
      for (const e of this.entities) {
        if (e.type !== "PERSON") continue
        for (const w of e.canonical.split(/\s+/)) {
          if (w.length < 3) continue
          const folded = foldKey(w)[0] ?? ""
          const known = byWord.get(folded)
          if (known === undefined) byWord.set(folded, e)
          else if (known !== null && known.canonical !== e.canonical && (e.entityId == null || e.entityId !== known.entityId)) byWord.set(folded, null)
        }
      }
      this.personsByWord = byWord
    }
    const found = this.personsByWord.get(key)
    if (found !== undefined) return found
    return key.length > 3 && key.charCodeAt(0) === 0x0644 ? (this.personsByWord.get(key.slice(1)) ?? null) : null
  }

  /** Is `id` the id of a person entity of the document (built once per document)? */
  protected isPersonId(id: string): boolean {
    this.personIds ??= new Set(this.entities.filter((e) => e.type === "PERSON").map((e) => e.entityId))
    return this.personIds.has(id)
  }

  /**
   * The first word of the phrase `[a, b)` inside the person `entity` that heads a manner phrase (`mannerHeads`: `بهدوء`,
   * `بغيظ`, `بلا`), or -1: words before the entity are passed over, a word after it or a mark ends the search.
   */
  protected mannerInName(a: number, b: number, entity: Entity): number {
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] !== WORD) return -1
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      if (o.start >= entity.end) return -1
      if (o.end <= entity.start) continue
      if (this.lex.mannerHeads.has(this.keys[k]!)) return k
    }
    return -1
  }

  /**
   * Is the word at `k` an active participle of manner in the accusative: the shape فاعلا (`ساخرا`, `مازحا`) or a
   * participle that opens with م (`مبتسما`, `متسائلا`, `مستغربا`), ending in alif, with no و or ي in it (not a
   * passive participle, `مرفوعا`, nor a name, `مونيكا`, `داليا`) and no pronoun (`ذاتها`, `مستشفياتها`); not a time
   * word (`سابقا`, `لاحقا`: `clauseOpeners`; `مؤخرا`); with the tanween written (`ساخراً`) or, when entities ran
   * (names are entities), without it.
   */
  private mannerParticiple(k: number): boolean {
    const key = this.keys[k]!
    if (key.length < 5 || !key.endsWith("\u0627") || key.endsWith("\u0647\u0627") || /[\u0648\u064a\u0649]/.test(key)) return false
    if (this.lex.clauseOpeners.has(key) || LATELY.has(key)) return false
    if (!((key.length === 5 && key[1] === "\u0627") || key[0] === "\u0645")) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    return this.entities.length > 0 || this.text.slice(o.start, o.end).includes("\u064b")
  }

  /**
   * The person whose role (as the entity stage read it: `الرئيس الأمريكي`) opens the phrase `[a, b)`, when no
   * other person is named within two words after the role (`الرئيس الأمريكي السابق X` is X).
   */
  protected byRolePrefix(a: number, b: number, found: Entity | null): Entity | null {
    const roles = this.roles
    if (roles.size === 0 || b - a < 3) return null
    for (let n = Math.min(4, b - a - 1); n >= 2; n--) {
      const o = this.orig(this.t.starts[a]!, this.t.ends[a + n - 1]!)
      const e = roles.get(this.text.slice(o.start, o.end))
      if (e === undefined) continue
      if (found === null || found.entityId === e.entityId) return e
      // (`وقال عضو المجلس ممثل محافظة طريب [X]:` after another `عضو المجلس`: the person in the phrase whose role, as the
      // entity stage read it, is written from the phrase's first word, holds the role here; not `وانتقد رئيس الوزراء
      // حكومة رئيس الوزراء السابق X`; forty-first session, after the A76 reading)
      if (found.type === "PERSON" && found.role != null && found.role.length > o.end - o.start && this.text.startsWith(found.role, o.start)) return null
      if (found.type !== "PERSON") return e
      const near = Math.min(b, a + n + 2) - 1
      return found.start > this.orig(this.t.starts[near]!, this.t.ends[near]!).end ? e : null
    }
    return null
  }

  /**
   * The dignitary an honorific pronoun at token `a` stands for (`وقال سموه`): the nearest person before it (within
   * 3,000 characters) with one of `titles` (a prince's for `سموه`: `royalTitles`; else `honorificTitles`) in the role the entity stage read or in the four words before
   * the name, and of the persons of that sentence with such a title the first (the subject: `هنأ الأمير X … الملك Y`
   * is X's). Null when none.
   */
  protected dignitaryBefore(a: number, titles: ReadonlySet<string>): Entity | null {
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    let best: Entity | null = null
    for (let i = this.firstEntityFrom(at) - 1; i >= 0; i--) {
      const e = this.entities[i]!
      if (e.end > at) continue
      if (best === null && at - e.end > 3000) return null
      if (best !== null && SENTENCE_BREAK.test(this.text.slice(e.end, best.start))) {
        if (!this.honorificBefore(best)) break
        // (وأكد سموه أن الجائزة التي أسسها الأمير X …: a sentence whose subject is an honorific names its dignitary
        // further back; the person in it is not the one)
        best = null
      }
      if (e.type === "PERSON" && this.titled(e, titles)) best = e
    }
    return best !== null && this.honorificBefore(best) ? null : best
  }

  /** Does an honorific pronoun stand in the sentence of person `e` before the name? */
  private honorificBefore(e: Entity): boolean {
    let from = e.start
    while (from > 0 && !SENTENCE_BREAK.test(this.text[from - 1]!)) from--
    return this.text.slice(from, e.start).split(/[\s\u060c,:]+/).some((w) => w.length > 0 && foldKey(w.replace(/^[\u0648\u0641]/, "")).some((k) => this.lex.honorifics.has(k)))
  }

  /** Does one of `titles` stand in the role of person `e` or in the four words before its name? */
  private titled(e: Entity, titles: ReadonlySet<string>): boolean {
    if (e.role != null && e.role.split(/\s+/).some((w) => foldKey(w).some((k) => titles.has(k)))) return true
    const k = this.tokenAtOriginal(e.start, this.t.count)
    for (let j = k - 1; j >= Math.max(0, k - 4); j--) {
      if (this.t.kinds[j] !== WORD) return false
      if (titles.has(this.keys[j]!)) return true
    }
    return false
  }

  /**
   * Does an untagged Arabic speaker phrase opening at token `a` open as a clause's fragment (thirty-eighth session)?
   * Its first word is one of `fragmentOpeners` (`منهم`, `أو`), or bears the accusative tanween (`ظلمًا`: an object or a
   * manner word, {@link caseMarked} for a phrase of one word).
   */
  protected clauseFragment(a: number): boolean {
    if (this.t.kinds[a] !== WORD) return false
    if (this.lex.fragmentOpeners.has(this.keys[a]!)) return true
    const o = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    return this.text.slice(o.start, o.end).includes("\u064b")
  }

  /**
   * The token of a spokesman's noun joined by و to a first role in the phrase `[a, b)` (fifty-first session, helper
   * arcomma: `عضو مجلس المحافظة والمتحدث الرسمي باسم المجلس، X، إن`, the member who is also the council's spokesman):
   * the first word of the phrase when it opens a spokesman's phrase itself or when no later word of the phrase is `و`
   * and a spokesman's noun ({@link spokesmanBism} reads the rest). At most the phrase's words (twelve at most) are read.
   */
  protected conjoinedSpokesman(a: number, b: number): number {
    if (this.spokesmanBism(a, this.pe) >= 0) return a
    for (let k = a + 1; k < b && k - a <= 12; k++) {
      if (this.t.kinds[k] !== WORD) return a
      if (this.keys[k]!.charCodeAt(0) === C_WAW && this.spokesmanBism(k, this.pe) >= 0) return k
    }
    return a
  }

  /**
   * Where `باسم` stands when token `s` opens a spokesman's phrase (`المتحدث`, `الناطقة`, `متحدث`: the original word,
   * with or without the article and ة; one definite word may follow it, `الرسمي`), before `limit`; else -1.
   */
  protected spokesmanBism(s: number, limit: number): number {
    // (the gate, read first: the answer is `s + 1` or `s + 2` and its key is `باسم`; with `باسم` at neither the original
    // word is not sliced nor its pattern read, as for nearly every word this is asked of; fifty-second session, helper
    // cuegate)
    if (this.keys[s + 1] !== BISM && this.keys[s + 2] !== BISM) return -1
    if (s >= limit || this.t.kinds[s] !== WORD) return -1
    const o = this.orig(this.t.starts[s]!, this.t.ends[s]!)
    if (!SPOKESMAN.test(this.text.slice(o.start, o.end))) return -1
    let k = s + 1
    if (k < limit && this.t.kinds[k] === WORD && this.keys[k] !== BISM && this.keys[k]!.startsWith(ALEF_LAM)) k++
    return k < limit && this.keys[k] === BISM ? k : -1
  }

  /**
   * The phrase of an indefinite spokesman for a person's post whose holder's name follows (forty-first session, after the
   * A76 reading: `متحدث باسم نائب الرئيس الأمريكي، X`, `متحدث باسم وزير الخارجية الإيطالي X`, `متحدث باسم الفريق القانوني
   * للرئيس الأمريكي، X`): token `a` opens a spokesman's phrase with no article ({@link spokesmanBism}), the words after
   * `باسم` (within twelve tokens, one comma allowed, no other punctuation, complementizer or verb) run to a tagged person,
   * and one of them is a post's noun (`headlineRoles`, `roleHeads`, or `لل` and a `roleHeads` noun). The definite
   * `المتحدث باسم الرئيس، X` names the spokesman and is left to {@link spokesmanNamed}, as is a body (`متحدث باسم هيئة
   * الأركان، X`). The speaker is the phrase up to the name, with no entity; else null.
   */
  protected spokesmanOfPost(a: number, gender: Gender | null): Speaker | null {
    const bism = this.spokesmanBism(a, this.pe)
    if (bism < 0 || this.keys[a]!.includes(ALEF_LAM)) return null
    const end = Math.min(this.pe, bism + 12)
    let comma = false
    let post = false
    let last = -1
    for (let k = bism + 1; k < end; k++) {
      if (this.t.kinds[k] === PUNCT) {
        if (comma || !this.isPunct(k, COMMAS)) return null
        comma = true
        continue
      }
      if (this.t.kinds[k] !== WORD) return null
      if (this.personAt(k) !== null) {
        if (!post || last < 0) return null
        return { text: this.text.slice(this.startPastConjunction(a), this.orig(this.t.starts[last]!, this.t.ends[last]!).end), entityId: null, gender, person: true }
      }
      const key = this.keys[k]!
      if (comma || this.lex.complementizers.has(key) || this.verbStartsAt(k, this.pe) || this.entityStartingAt(k) !== null) return null
      if (this.postNoun(key) || (key.startsWith(LAL) && this.lex.roleHeads.has(ALEF_LAM + key.slice(2)))) post = true
      last = k
    }
    return null
  }

  /**
   * An untagged name in a spokesman's phrase (twenty-ninth session): token `s` opens a spokesman's phrase as in
   * {@link spokesmanNamed}, the body after `باسم` runs to a comma (within twelve tokens, no colon, mark, sentence end,
   * complementizer, speech verb or entity of a person before it), and two or three words follow that comma up to a
   * second one, none with the article, a title, a stop word, a complementizer or a pronoun (`، وهو ضابط،`), no entity
   * on them (`، جوان واليا،`).
   * The token range of those words, else null.
   */
  protected spokesmanUntagged(s: number, limit: number): readonly [number, number] | null {
    let k = this.spokesmanBism(s, limit)
    if (k < 0) return null
    const end = Math.min(limit, this.pe, k + 12)
    let comma = -1
    for (k = k + 1; k < end; k++) {
      if (this.t.kinds[k] === PUNCT) {
        // (the body's acronym in marks right before the comma, `في مالي “مينوسما”، راضية عاشوري،`: passed over)
        const acronym = this.acronymInMarks(k)
        if (acronym > 0) {
          k = acronym
          continue
        }
        if (this.isColon(k) || this.isSentenceEnd(k) || this.markChar(k) !== null) return null
        if (this.isPunct(k, COMMAS)) {
          comma = k
          break
        }
        continue
      }
      if (this.t.kinds[k] !== WORD) continue
      if (this.lex.complementizers.has(this.keys[k]!) || this.verbStartsAt(k, this.pe) || this.personAt(k) !== null) return null
    }
    if (comma < 0) return null
    const j = this.untaggedNameAfter(comma)
    return j > 0 ? [comma + 1, j] : null
  }

  /**
   * The speaker of a name the entity stage left untagged at tokens `[from, to)` ({@link spokesmanUntagged},
   * {@link untaggedAppositive}): its text as written, no entity id, a person; pushed onto the chain at `at` when `push`.
   */
  protected untaggedSpeaker(r: readonly [number, number], gender: Gender | null, push: boolean, at: number): Speaker {
    const o = this.orig(this.t.starts[r[0]]!, this.t.ends[r[1] - 1]!)
    const speaker: Speaker = { text: this.text.slice(o.start, o.end), entityId: null, gender, person: true }
    if (push) this.push(speaker, at)
    return speaker
  }

  /**
   * The closing comma of two or three words right after the comma at `comma` that may be a name the entity stage left
   * untagged (no article, title, stop word, complementizer, pronoun or entity's start), or -1. Read by
   * {@link spokesmanUntagged} and {@link untaggedAppositive}.
   */
  protected untaggedNameAfter(comma: number): number {
    const lex = this.lex
    let j = comma + 1
    for (; j < Math.min(this.pe, comma + 5) && this.t.kinds[j] === WORD; j++) {
      const w = this.keys[j]!
      if (w.startsWith(ALEF_LAM) || lex.arTitles.has(w) || lex.arStops.has(w) || lex.complementizers.has(w) || hasWithWaw(lex.arPronouns, w) || this.entityStartingAt(j) !== null) return -1
    }
    const words = j - comma - 1
    return words >= 2 && words <= 3 && j < this.pe && this.isPunct(j, COMMAS) ? j : -1
  }

  /**
   * The tokens `[from, to)` of a name between two commas right after an Arabic post's phrase `[a, b)` (sixty-first
   * session, helper arquote17, after the A119 reading: `وقال مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه، إن`
   * gave a disease the entity stage typed a person, inside the role): the phrase opens with a post's noun without the
   * article (`headlineRoles`: `مدير`, `رئيس`, `وزير`), words only follow it, no complementizer and no verb past the phrase,
   * up to a comma at most {@link ROLE_TO_COMMA} tokens past the phrase's end; two or three words
   * follow, with no article, title, stop word, pronoun or entity's start (the name the entity stage did not know), then
   * a comma and a complementizer or a colon. A tagged name there is read by the apposition rules; null when none fits.
   */
  protected untaggedAppositive(a: number, b: number): readonly [number, number] | null {
    const lex = this.lex
    if (b - a < 2 || this.t.kinds[a] !== WORD || !lex.headlineRoles.has(withoutConjunction(this.keys[a]!))) return null
    // (the phrase may have stopped before the role's place, `في ليبيريا`: words only up to the comma)
    let c = a
    for (; c < Math.min(this.pe, b + ROLE_TO_COMMA) && this.t.kinds[c] === WORD; c++) if (lex.complementizers.has(this.keys[c]!) || (c >= b && this.verbStartsAt(c, this.pe))) return null
    if (c < b || c + 4 >= this.pe || !this.isPunct(c, COMMAS)) return null
    const j = this.untaggedNameAfter(c)
    if (j < 0 || j + 1 >= this.pe) return null
    return this.isColon(j + 1) || (this.t.kinds[j + 1] === WORD && lex.complementizers.has(this.keys[j + 1]!)) ? [c + 1, j] : null
  }

  /**
   * A body's acronym in marks (sixty-first session, helper arquote15, after the A116 reading): token `k` opens marks
   * round one word right after a word, and a comma follows the closing mark (`بعثة الأمم المتحدة … في مالي
   * “مينوسما”، راضية عاشوري، إن`). The closing mark's token, else -1; the marks hold no quote there.
   */
  protected acronymInMarks(k: number): number {
    const c = k > 0 && this.t.kinds[k - 1] === WORD ? this.shortMarksAt(k, this.pe) : -1
    return c === k + 2 && c + 1 < this.pe && this.isPunct(c + 1, COMMAS) ? c : -1
  }

  /**
   * The person a spokesman's phrase names (twenty-eighth session, second round): token `s` is a spokesman's noun
   * (`المتحدث`, `الناطقة`, `متحدث`; the original word, with or without the article and ة), one definite word may
   * follow it (`الرسمي`), then `باسم` and the body; the person is the first one tagged after the body (not the one
   * right after `باسم`, which is the one spoken for: `المتحدثة باسم ترامب سارة ساندرز`), after a comma, a title,
   * the body's words or one untagged word after a comma (`، بليغ أبو كلل،`: a first name the entity stage left
   * out), before a colon, a sentence's end, a mark, a complementizer, `مع`/`عن`, a speech verb or a second comma
   * after the body, within sixteen tokens and before `limit`. Null when the phrase is no spokesman's or names nobody.
   */
  protected spokesmanNamed(s: number, limit: number): Entity | null {
    const bism = this.spokesmanBism(s, limit)
    if (bism < 0) return null
    const end = Math.min(limit, this.pe, bism + 16)
    let commas = 0
    for (let k = bism + 1; k < end; k++) {
      const kind = this.t.kinds[k]
      if (kind === PUNCT) {
        if (this.isColon(k) || this.isSentenceEnd(k) || this.markChar(k) !== null) return null
        if (this.isPunct(k, COMMAS) && ++commas > 1) return null
        continue
      }
      if (kind !== WORD) continue
      const key = this.keys[k]!
      if (this.lex.complementizers.has(key) || key === "\u0645\u0639" || key === AN) return null
      if (this.verbStartsAt(k, this.pe)) return null
      if (k === bism + 1) continue
      // (after a comma, a title or a definite word: `المتحدث باسم حملة X، Y` — X after the indefinite `حملة` is the
      // body's, the scan goes on to Y)
      const e = this.personAt(k)
      const prev = this.keys[k - 1]!
      if (e !== null && (this.isPunct(k - 1, COMMAS) || this.lex.arTitles.has(prev) || (this.t.kinds[k - 1] === WORD && prev.startsWith(ALEF_LAM)))) return e
      // one untagged word right after the comma, then the person (`، بليغ أبو كلل`), closing its clause
      if (commas === 1 && this.isPunct(k - 1, COMMAS) && k + 1 < end) {
        const next = this.personAt(k + 1)
        if (next !== null && !this.lex.arTitles.has(key) && !key.startsWith(ALEF_LAM) && this.closesClause(next, k + 1)) return next
      }
    }
    return null
  }

  /**
   * The person named later in the phrase `[a, b)` than `entity`, when a possessor (`possessors`, `محامي`; or a team,
   * `فريق`, `مساعدو`) or `باسم` stands right before `entity` (`المتحدثة باسم ترامب سارة ساندرز`: Trump is the one
   * spoken for; session 21); else null.
   */
  protected personAfterPossessed(entity: Entity, a: number, b: number): Entity | null {
    const k = this.walkPast(a, b, entity.start, "end")
    if (k === a || k >= b || this.t.kinds[k - 1] !== WORD) return null
    const before = this.keys[k - 1]!
    if (!this.lex.arPossessors.has(before) && !this.lex.adjacentPossessors.has(before) && before !== BISM) return null
    const end = this.orig(this.t.starts[b - 1]!, this.t.ends[b - 1]!).end
    for (let i = this.firstEntityFrom(entity.end); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= end) break
      if (e.type === "PERSON" && e.entityId !== entity.entityId) return e
    }
    return null
  }

  /**
   * The person named in the apposition after the phrase `[a, b)` when `entity`, a person, stands right after `باسم` in it:
   * `وقال المتحدث الرسمي باسم ترامب، شون سبيسر، إن …` is the spokesman's, not the one he speaks for (thirty-eighth session:
   * the entity stage no longer reads `باسم ترامب` as a name). Null when no such apposition follows.
   */
  protected spokesmanAfterBism(entity: Entity, a: number, b: number): Entity | null {
    const k = this.walkPast(a, b, entity.start, "end")
    if (k === a || k >= b || this.t.kinds[k - 1] !== WORD || this.keys[k - 1] !== BISM) return null
    const named = this.appositionPerson(b)
    return named !== null && named.entityId !== entity.entityId ? named : null
  }

  /**
   * The phrase of an office's or an agency's head, the body's name `entity` after it and the complement with `ل` after
   * that, inside the phrase `[a, b)`: `مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية`, `مفوضية الأمم المتحدة لشؤون
   * اللاجئين`, `مفوضية الأمم المتحدة للاجئين` (`agencyHeads` of the lexicon, right before the name, a conjunction glued to
   * it or not). The complement: a word with a glued `ل` and the words with the article after it ({@link AGENCY_TAIL}
   * words at most; `لل` and a word, or `ل` and a word and then a word with the article), not a function word or a verbal
   * noun of purpose (`لدى`, `لمناقشة`). The entity stage leaves the head out, as ANERcorp does (`مفوضية [الأمم المتحدة]`);
   * the speaker is the office, with no entity. Null when no head stands there.
   */
  protected agencyPhrase(entity: Entity, a: number, b: number, gender: Gender | null): Speaker | null {
    const k = this.walkPast(a, b, entity.start, "end")
    if (k - 1 < a || k >= b || this.t.kinds[k - 1] !== WORD || this.orig(this.t.starts[k]!, this.t.ends[k]!).start !== entity.start) return null
    const h = this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!)
    let head = this.text.slice(h.start, h.end)
    let start = h.start
    if (head.length > 4 && (head.charCodeAt(0) === 0x0648 || head.charCodeAt(0) === 0x0641)) {
      head = head.slice(1)
      start++
    }
    const headKey = foldKey(head)[0] ?? ""
    // (قال نادي الأسير الفلسطيني: the club's noun that opens the phrase is the head of a name of two words or more, not
    // a word to drop: with it the name is the club, without it "the Palestinian prisoner"; a one-word name is a sports
    // club's, written alone as the entity stage writes it, `وذكر نادي [الاتحاد]`, and after a post, `نائب رئيس نادي X`,
    // the phrase is read as before; sixty-first session, helper arquote15, after the A116 reading)
    if (headKey === CLUB_KEY) return k - 1 === a && this.walkPast(k + 1, b, entity.end, "end") - 1 > k ? { text: this.text.slice(start, entity.end), entityId: null, gender, person: false } : null
    const mission = this.lex.missionHeads.has(headKey)
    if (!this.lex.agencyHeads.has(headKey) && !mission) return null
    // (the body's last token, then the complement after it)
    const e = this.walkPast(k + 1, b, entity.end, "end") - 1
    let end = entity.end
    const w = (j: number): string => {
      const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
      return this.text.slice(o.start, o.end)
    }
    const definite = (j: number): boolean => j < b && this.t.kinds[j] === WORD && w(j).startsWith("ال") && !this.lex.agencyStops.has(this.keys[j]!)
    const c = e + 1
    if (c < b && this.t.kinds[c] === WORD && !this.lex.agencyStops.has(this.keys[c]!)) {
      const cw = w(c)
      let last = -1
      if (cw.startsWith("لل") && cw.length >= 5) last = c
      else if (cw.startsWith("ل") && !cw.startsWith("لا") && cw.length >= 4 && definite(c + 1)) last = c + 1
      if (last >= 0) {
        for (let n = 0; n < AGENCY_TAIL && definite(last + 1); n++) last++
        end = this.orig(this.t.starts[last]!, this.t.ends[last]!).end
      }
    }
    if (mission) end = this.missionSeatEnd(this.walkPast(e + 1, this.pe, end, "end"), this.pe) ?? end
    return { text: this.text.slice(start, end), entityId: null, gender, person: false }
  }

  /**
   * The end of a mission's seat at token `k`, in the phrase or right after it (before token `limit`): `في` or `لدى` and
   * a place or a body the entity stage tagged that opens right after it (`بعثة الأمم المتحدة في مالي`, `بعثة الاتحاد الأوروبي لدى
   * الأمم المتحدة`: the mission is named by where it sits; sixtieth session, helper arquote12, after the A114 reading);
   * null when no seat follows.
   */
  protected missionSeatEnd(k: number, limit: number): number | null {
    if (k + 1 >= limit || this.t.kinds[k] !== WORD || (this.keys[k] !== FI && this.keys[k] !== LADA)) return null
    const seat = this.entityStartingAt(k + 1)
    if (seat === null || (seat.type !== "LOCATION" && seat.type !== "ORGANIZATION")) return null
    return seat.start >= this.orig(this.t.starts[k + 1]!, this.t.ends[k + 1]!).start ? seat.end : null
  }

  /**
   * The mission a one-word subject `البعثة` at token `a` stands for (`missionHeads` with the article): the nearest earlier
   * use of the head before a body's name, at most {@link ANAPHOR_WINDOW} tokens back, with the body and its seat as the
   * text wrote them (`أعلنت بعثة الأمم المتحدة في مالي …. وقالت البعثة في بيان إنها «…»` → `بعثة الأمم المتحدة في
   * مالي`, not the United Nations; sixtieth session, helper arquote12); null when there is none or someone else was quoted
   * since.
   */
  protected missionNamedBefore(a: number): Speaker | null {
    const key = this.keys[a]!
    if (!key.startsWith(ALEF_LAM) || !this.lex.missionHeads.has(key.slice(2))) return null
    const bare = key.slice(2)
    for (let k = a - 1; k >= Math.max(0, a - ANAPHOR_WINDOW); k--) {
      if (this.t.kinds[k] !== WORD || withoutConjunction(this.keys[k]!, 3) !== bare) continue
      const body = this.entityStartingAt(k + 1)
      if (body === null || body.type !== "ORGANIZATION") continue
      const end = this.missionSeatEnd(this.walkPast(k + 1, a, body.end, "end"), a) ?? body.end
      const text = this.text.slice(this.startPastConjunction(k), end)
      for (let i = this.chain.length - 1; i >= 0 && this.chainAt[i]! > k; i--) if (this.chainAt[i]! < a && this.chain[i]!.text !== text) return null
      return { text, entityId: null, gender: null, person: false }
    }
    return null
  }

  /**
   * The office of the person `entity` inside the phrase `[a, b)` (forty-first session, after the A76 reading): the phrase
   * opens with `مكتب` (`agencyHeads`, a conjunction glued to it or not) and the person's name follows it right away
   * (`مكتب X`) or after at most four words of his post that open with a post's noun (`headlineRoles`, `roleHeads`: `مكتب
   * رئيس الوزراء X`), no punctuation between. The speaker is the office with the name, with no entity; else null.
   */
  protected officeOfPerson(entity: Entity, a: number, b: number, gender: Gender | null): Speaker | null {
    if (this.t.kinds[a] !== WORD || withoutConjunction(this.keys[a]!, 3) !== OFFICE_KEY) return null
    const k = this.walkPast(a + 1, Math.min(b, a + 6), entity.start, "start", true)
    if (k >= b || k - a > 5 || this.orig(this.t.starts[k]!, this.t.ends[k]!).start !== entity.start) return null
    if (k > a + 1 && !this.postNoun(this.keys[a + 1]!)) return null
    return { text: this.text.slice(this.startPastConjunction(a), entity.end), entityId: null, gender, person: false }
  }

  /**
   * The phrase of a spokesman's noun, `باسم` and the person `entity` spoken for, inside the phrase `[a, b)`: `متحدثة باسم
   * X`, `المتحدث الرسمي باسم X` (`spokesNouns` of the lexicon; `الرسمي`, `الرسمية` may stand between). Read after
   * {@link spokesmanAfterBism} found no apposition naming the spokesman; null when the phrase is not so.
   */
  protected spokesPhrase(entity: Entity, a: number, b: number, gender: Gender | null): Speaker | null {
    const k = this.walkPast(a, b, entity.start, "end")
    if (k - 2 < a || k >= b || this.t.kinds[k - 1] !== WORD || this.keys[k - 1] !== BISM) return null
    let j = k - 2
    if (j > a && this.t.kinds[j] === WORD && OFFICIAL.has(this.keys[j]!)) j--
    if (this.t.kinds[j] !== WORD || !this.lex.spokesNouns.has(this.keys[j]!)) return null
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    return { text: this.text.slice(o.start, entity.end), entityId: null, gender, person: true }
  }

  /**
   * The phrase of a possessor noun right before a person `e` in the tokens `[s, last]` (`معلم X`, `والد X`, `فريق X`:
   * `possessors` without a pronoun's ه, or `adjacentPossessors` of the lexicon) as a speaker with no entity, the way
   * {@link resolve} reads that phrase as a verb's subject; null when no such noun stands right before `e`
   * (twenty-seventh session: `ونوه معلم X بتفوقها وقال إنها …، «…»` is the teacher's, not X's).
   */
  protected possessedPhrase(e: Entity, s: number, last: number, gender: Gender | null): Speaker | null {
    const k = this.tokenAtOriginal(e.start, last + 1)
    if (k - 1 < s || this.t.kinds[k - 1] !== WORD) return null
    const o = this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!)
    const key = this.keys[k - 1]!
    // (not `ابن`/`ابنة`, which open a name as often: `ابن علي` for أحمد بن علي)
    if (!this.lex.adjacentPossessors.has(key) && !(this.lex.arPossessors.has(key) && this.text.charCodeAt(o.end - 1) !== HEH && !this.lex.nameOpeningKin.has(key))) {
      // (والد الشهيد الجندي X, والدة المتزلج الأسترالي X: the kin named before a description of the person; fifty-fifth
      // session, helper arkin)
      const j = this.kinBeforeDescribed(k, s)
      if (j < 0) return null
      return { text: this.text.slice(this.kinStart(j), e.end), entityId: null, gender, person: true }
    }
    return { text: this.text.slice(o.start, e.end), entityId: null, gender, person: true }
  }

  /**
   * The phrase of a noun of kinship or representation (`possessors`, not `ابن`/`ابنة` right before the name) before the
   * person `x`, right before the name or before its description ({@link kinBeforeDescribed}): `والد X`, `والدة الشهيد X`,
   * no entity; else null. Not a team's or an aide's noun (`adjacentPossessors`: `فريق X` over a text is X's campaign,
   * its words X's). Fifty-fifth session, helper arkin.
   */
  protected kinOpening(x: Entity): Speaker | null {
    const k = this.tokenAtOriginal(x.start, this.t.count)
    if (k < 1) return null
    const j = this.t.kinds[k - 1] === WORD && this.kinNoun(k - 1) && !this.lex.nameOpeningKin.has(this.keys[k - 1]!) && !this.lex.describedKin.has(withoutConjunction(this.keys[k - 1]!, 2)) ? k - 1 : this.kinBeforeDescribed(k, 0)
    return j < 0 ? null : { text: this.text.slice(this.kinStart(j), x.end), entityId: null, gender: null, person: true }
  }

  /**
   * The token of a noun of kinship or representation (`possessors`, a conjunction glued to it or not; not written with a
   * pronoun's ه) that opens the description of the person whose name starts at token `k`: one to
   * {@link KIN_DESCRIPTION_WORDS} words between them, each with the article (`والد الشهيد الجندي X`, `والدة المتزلج
   * الأسترالي X`), or a bare noun in construct before such a word (`والد شهيد الوطن الجندي X`), no punctuation; not
   * before `s`. The person is the relative's: `والد X` speaks, not X (fifty-fifth session, helper arkin). -1 when none.
   */
  protected kinBeforeDescribed(k: number, s: number): number {
    let words = 0
    for (let j = k - 1; j >= s && words <= KIN_DESCRIPTION_WORDS; j--) {
      if (this.t.kinds[j] !== WORD) return -1
      const key = this.keys[j]!
      // (not a lawyer's or a friend's noun, whose definite words describe him: محامي القضايا الجزائية X is X)
      if (words > 0 && this.kinNoun(j)) return this.lex.selfDescribedPossessors.has(withoutConjunction(key, 3)) || this.lex.selfDescribedPossessors.has(key) ? -1 : j
      // (a definite word, or a bare noun in construct right before one: `شهيد الوطن`)
      if (!key.startsWith(ALEF_LAM) && !(words > 0 && this.keys[j + 1]!.startsWith(ALEF_LAM) && !this.verbWord(key))) return -1
      words++
    }
    return -1
  }

  /**
   * The relative a phrase `[a, b)` that opens with a noun of kinship (`والد الشهيد`) stands for, when a role's rule read
   * it as the person `holder` (the phrase's words written before `holder`'s name: `والد الشهيد X`): the nearest earlier
   * mention of `holder` with the phrase's words (a conjunction aside) right before it or before its description
   * ({@link kinBeforeDescribed}) gives the text from the kin's noun to the name (`والد الشهيد X`), no entity; with none,
   * the phrase as written. Fifty-fifth session, helper arkin.
   */
  protected kinDescribedBefore(a: number, b: number, holder: Entity, gender: Gender | null): Speaker {
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    const phrase = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
    for (let i = this.firstEntityFrom(at) - 1; i >= 0 && i >= this.firstEntityFrom(at) - KIN_MENTIONS; i--) {
      const e = this.entities[i]!
      if (e.type !== "PERSON" || (e.entityId != null && holder.entityId != null ? e.entityId !== holder.entityId : e.canonical !== holder.canonical)) continue
      const k = this.tokenAtOriginal(e.start, a)
      if (k < 1) continue
      const j = this.kinNoun(k - 1) ? k - 1 : this.kinBeforeDescribed(k, Math.max(0, k - KIN_DESCRIPTION_WORDS - 1))
      if (j < 0 || j + (b - a) > k) continue
      let same = withoutConjunction(this.keys[j]!, 2) === withoutConjunction(this.keys[a]!, 2) || this.keys[j] === this.keys[a]
      for (let n = 1; same && n < b - a; n++) same = this.keys[j + n] === this.keys[a + n]
      if (same) return { text: this.text.slice(this.kinStart(j), e.end), entityId: null, gender, person: true }
    }
    return { text: this.text.slice(this.kinStart(a), phrase.end), entityId: null, gender, person: true }
  }

  /** The original start of the kin's noun at token `j`, past a `و`/`ف` glued to it (`ووالد`; not the `و` of `والد`). */
  protected kinStart(j: number): number {
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    const key = this.keys[j]!
    return this.lex.kinNouns.has(key) ? o.start : o.start + 1
  }

  /**
   * The person "the latter" stands for (fifty-fifth session, helper arkin): the phrase `[a, b)` is `الأخير`/`الأخيرة`,
   * `هذا`/`هذه` before it allowed, and the person is the last one the entity stage tagged before it, within
   * {@link ANAPHOR_WINDOW} tokens and outside quoted words (`التقى X بنظيره Y. وقال الأخير` → Y); null when none (the
   * chain speaks, as for a pronoun).
   */
  protected latterPerson(a: number, b: number): Entity | null {
    let k = a
    if (b - a === 2 && this.t.kinds[a] === WORD && LATTER_DEMONSTRATIVES.has(withoutConjunction(this.keys[a]!, 3))) k++
    if (k !== b - 1 || this.t.kinds[k] !== WORD || !LATTER.has(this.keys[k]!)) return null
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    const lo = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    for (let i = this.firstEntityFrom(at) - 1; i >= 0 && this.entities[i]!.start >= lo; i--) {
      const e = this.entities[i]!
      if (e.type === "PERSON" && e.end <= at && !this.quotedSpan(e.start, e.end)) return e
    }
    return null
  }

  /** Is the token `j` a noun of kinship or representation (`kinNouns`: `possessors`, `describedKin`; a conjunction glued to it or not), not written with a pronoun's ه? */
  protected kinNoun(j: number): boolean {
    const key = this.keys[j]!
    const bare = withoutConjunction(key, 2)
    if (!this.lex.kinNouns.has(key) && !this.lex.kinNouns.has(bare)) return false
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    // (not a place the entity stage tagged, nor a noun right after `في`: `إمام المسجد الجامع في جدة الشيخ X` is the
    // imam of Jeddah, `جدة` no grandmother; a merge mend of the fifty-fifth session, helper arkin's rule)
    if (j > 0 && this.keys[j - 1] === FI) return false
    const place = this.entityIn(o)
    if (place !== null && place.type === "LOCATION") return false
    return this.text.charCodeAt(o.end - 1) !== HEH
  }

  /** Token of a kinship or representation noun right before `entity` inside the phrase `[a, b)` (`والد أحمد`), or -1. */
  protected possessorBefore(entity: Entity, a: number, b: number): number {
    // والد أحمد, and والد الشهيد الطالب أحمد: the relative is named before the person
    let owner = -1
    for (let k = a; k < b; k++) {
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      if (o.start >= entity.start) return o.start === entity.start ? owner : -1
      if (this.t.kinds[k] !== WORD) continue
      // (not a noun written with a pronoun's ه, which folds as the feminine ة does: `محاميه X` is "his lawyer, X",
      // the name his; `محامية X` or `محامي المتهم X` is X's lawyer; twenty-fourth session)
      if (this.lex.arPossessors.has(this.keys[k]!)) owner = this.text.charCodeAt(o.end - 1) === HEH ? -1 : k
      // (a team or aides only right before the name: session 21)
      else if (this.lex.adjacentPossessors.has(this.keys[k]!) && k + 1 < b && this.orig(this.t.starts[k + 1]!, this.t.ends[k + 1]!).start === entity.start) owner = k
      else if (owner < 0 && k + 1 < b && this.deputyOfFemalePost(k)) owner = k
    }
    return -1
  }

  /**
   * Is token `k` a masculine deputy's noun (`deputyNouns`: `نائب`, `مساعد`; a conjunction glued to it or not) right before
   * a woman's post (a post's noun written with `ة`, with the article or not: `المستشارة`, `رئيسة`, `الوزيرة`)? The
   * person named after the post holds it, not the deputy: `اعتبر نائب المستشارة الألمانية أنجيلا ميركل أن …` is the
   * deputy's, not Merkel's (sixtieth session, helper arquote12, after the A115 reading). `نائب الرئيس X` stays X, the
   * deputy himself.
   */
  protected deputyOfFemalePost(k: number): boolean {
    if (!this.lex.deputyNouns.has(withoutConjunction(this.keys[k]!, 3)) || this.t.kinds[k + 1] !== WORD) return false
    const o = this.orig(this.t.starts[k + 1]!, this.t.ends[k + 1]!)
    const w = this.text.slice(o.start, o.end)
    if (!w.endsWith(TA_MARBUTA)) return false
    const bare = w.startsWith("\u0627\u0644") ? w.slice(2, -1) : w.slice(0, -1)
    return this.lex.headlineRoles.has(foldKey(bare)[0] ?? "")
  }

  /**
   * The speaker an Arabic phrase of "the same" noun stands for (`المصدر نفسه`, `المصادر المصرية ذاتها`, `نفس المصدر`;
   * session 21): definite words then `نفسه`/`ذاته` (or `نفس`/`ذات` then one definite word), no entity on them; among
   * the last eight speakers of the chain the last whose text holds the noun's stem (its first three letters after
   * the article and without long vowels: `مصدر` ~ `مصادر`) and, but for a source, an entity; for `المصدر`/`المصادر`
   * first the chain's last when it is unnamed and was named in this paragraph, and last the last unnamed speaker.
   * Null when the phrase is another, no speaker fits or the chain is empty.
   */
  /**
   * The unnamed source a bare definite noun of one (`المصدر`, `المصادر`, `المسؤول`: `unnamedSources` with the article)
   * at token `a` stands for (forty-fourth session): the last of the chain's eight last speakers that no entity names,
   * of two words or more, whose first word is such a noun with no article and of the same letters (long vowels aside,
   * {@link sourceSkeleton}: `مصادر` ~ `مصدر`), as the text described it (`مصدر أمني`, `مسؤول كبير بالجيش`); else null
   * (a source the text gave as its body, `مصدر في وزارة X` → `وزارة X`, is no such speaker: the noun stays).
   */
  protected describedSource(a: number, gender: Gender | null = null): Speaker | null {
    const key = this.keys[a]!
    if (!key.startsWith(ALEF_LAM) || !this.lex.unnamedSources.has(key.slice(2))) return null
    const stem = sourceSkeleton(key)
    const c = this.chain
    const source = (w: string): boolean => !w.startsWith(ALEF_LAM) && this.lex.unnamedSources.has(w) && sourceSkeleton(w) === stem
    for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) {
      if (c[i]!.entityId !== null) continue
      const words = foldKey(c[i]!.text)
      if (words.length < 2 || !source(words[0]!)) continue
      // (within DESCRIBED_BACK tokens, and no such noun between that the chain holds in other words: `وقالت مصادر من
      // المقاومة …` read as the body is a newer source than a `مصادر خاصة` quoted before)
      const at = this.chainAt[i]!
      if (at < a - DESCRIBED_BACK) return null
      // (the description itself, where the chain took it from an according phrase after its verb, is no newer source)
      const described = (k: number): boolean => words.every((w, n) => k + n < this.t.count && (n === 0 ? withoutConjunction(this.keys[k]!) : this.keys[k + n]) === w)
      for (let k = a - 1; k > at; k--) if (this.t.kinds[k] === WORD && source(withoutConjunction(this.keys[k]!)) && !described(k)) return this.describedInText(a, source, gender)
      return c[i]!
    }
    return this.describedInText(a, source, gender)
  }

  /**
   * The unnamed source the text described last before token `a` where the chain holds none (forty-fifth session): the
   * nearest such noun with no article (`source`) within {@link DESCRIBED_BACK} tokens, as the speaker's words with the
   * adjectives after it (`describedBy` or a nisba, no entity on them: `بحسب ما أفاد مصدر أمني في …`, `علمت … من مصدر
   * أمني مسؤول`, `في تحرك وصفه مسؤول أميركي بأنه`: attributions that push no speaker). Null when the nearest has no
   * adjective, is close to someone (`مقرب`, `closeTo`) or stands in a body (`في`/`من`/`بـ` and an organisation: the
   * body is that source, and the bare noun stays, as {@link unnamedSource} reads it).
   */
  private describedInText(a: number, source: (w: string) => boolean, gender: Gender | null): Speaker | null {
    const lex = this.lex
    const at = this.sourceNounsAt()
    // (the last such noun before `a`, by binary search)
    for (let n = lowerBound(at, a) - 1; n >= 0 && at[n]! >= a - DESCRIBED_BACK; n--) {
      const k = at[n]!
      if (!source(withoutConjunction(this.keys[k]!))) continue
      let e = k + 1
      while (e < a && this.t.kinds[e] === WORD && (lex.unnamedDescribedBy.has(this.keys[e]!) || isNisbaKey(this.keys[e]!, "any")) && this.entityIn(this.orig(this.t.starts[e]!, this.t.ends[e]!)) === null) {
        if (lex.unnamedCloseTo.has(this.keys[e]!)) return null
        e++
      }
      if (e === k + 1) return null
      const next = e < a && this.t.kinds[e] === WORD ? this.keys[e]! : ""
      const body = next === FI || next === MIN ? this.organisationOpening(e + 1) : next.length > 2 && next[0] === BA_GLUED && !next.startsWith(ALEF_LAM) ? this.organisationOpening(e, true) : null
      if (body !== null) return null
      const from = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      const to = this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!)
      // (without the conjunction glued to the noun: `ومصدر أمني`)
      const w = this.text.slice(from.start, to.end)
      const text = this.keys[k] !== withoutConjunction(this.keys[k]!) ? w.slice(1) : w
      return { text, entityId: null, gender, person: false }
    }
    return null
  }

  /** The word tokens of the text that are an unnamed source's noun with no article (`مصدر`, `ومسؤول`), in order; read once. */
  private sourceNounsAt(): ReadonlyArray<number> {
    if (this.sourceNouns !== null) return this.sourceNouns
    const out: Array<number> = []
    for (let k = 0; k < this.t.count; k++) {
      if (this.t.kinds[k] !== WORD) continue
      const w = withoutConjunction(this.keys[k]!)
      if (!w.startsWith(ALEF_LAM) && this.lex.unnamedSources.has(w)) out.push(k)
    }
    this.sourceNouns = out
    return out
  }

  private sourceNouns: Array<number> | null = null

  protected sameAs(a: number, b: number): Speaker | null {
    const lex = this.lex
    let noun: string
    if (this.lex.sameBefore.has(this.keys[a]!)) {
      if (b - a !== 2) return null
      noun = this.keys[a + 1]!
    } else {
      if (!this.lex.sameAfter.has(this.keys[b - 1]!)) return null
      noun = this.keys[a]!
      for (let k = a; k < b - 1; k++) if (this.t.kinds[k] !== WORD || !this.keys[k]!.startsWith(ALEF_LAM) || lex.arStops.has(this.keys[k]!)) return null
    }
    if (this.t.kinds[a + 1] !== WORD || !noun.startsWith(ALEF_LAM) || noun.length < 5) return null
    if (this.entityIn(this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)) !== null) return null
    const c = this.chain
    if (c.length === 0) return null
    // (the letters without long vowels, so that a broken plural matches its singular: مصادر ~ مصدر)
    const skeleton = sourceSkeleton
    const stem = skeleton(noun)
    if (stem.length < 3) return null
    const source = stem === SOURCE_STEM
    const lo = Math.max(0, c.length - 8)
    const same = (x: Speaker): boolean => foldKey(x.text).some((w) => this.lex.sameAfter.has(w) || this.lex.sameBefore.has(w))
    // وقال باحث يمني إن «…». وأضاف المصدر نفسه: a source is first the unnamed speaker named last in this paragraph
    const last = c[c.length - 1]!
    if (source && last.entityId === null && this.chainAt[c.length - 1]! >= this.ps && !same(last)) return last
    // (وقال شهود محليون لـ«…» إن «…». ¶ وأضافت المصادر نفسها: «…»: the plural, the sources, are the unnamed speakers
    // quoted last in the paragraph right before too, not a single source quoted earlier; fiftieth session, helper
    // arcarry, after the A96 reading)
    // (an unnamed speaker's indefinite words only, `شهود محليون`, `مصادر مطلعة`: not `التقرير`, a document named since)
    if (source && noun !== SOURCE_SINGULAR && last.entityId === null && !last.text.startsWith("\u0627\u0644") && this.chainAt[c.length - 1]! >= this.lastPs && !same(last)) return last
    for (let i = c.length - 1; i >= lo; i--) {
      const words = foldKey(c[i]!.text)
      // (a phrase of "the same" that stayed a phrase is no one to point back to)
      if (words.some((w) => this.lex.sameAfter.has(w) || this.lex.sameBefore.has(w))) continue
      // ("the same" study, site or diplomat: one the entity stage named; a source: named or not, مصادر مطلعة)
      if (words.some((w) => skeleton(w) === stem) && (source || c[i]!.entityId !== null)) return c[i]!
    }
    // "the same source" with no source before: the last unnamed speaker (a source is mostly anonymous: باحث يمني; a
    // named person quoted last was not the source the text means)
    if (!source) return null
    for (let i = c.length - 1; i >= lo; i--) if (c[i]!.entityId === null && !same(c[i]!)) return c[i]!
    return null
  }

  /**
   * The person a two-word subject of a role and a nationality adjective with no name in it stands for (`وقال مورينيو …
   * وأوضح المدرب البرتغالي أن …`; `epithetHeads` in the lexicon): the speaker of the last quote of an earlier
   * paragraph when it is a named person (not the chain's last subject: وأضاف X الهدف الثاني puts a scorer there);
   * else null. Only when entities ran. (The adjective: {@link isNisbaKey} `"definiteMasculine"`.)
   */
  protected epithet(a: number): Speaker | null {
    if (this.entities.length === 0 || !this.lex.epithetHeads.has(this.keys[a]!)) return null
    const adjective = this.keys[a + 1]!
    if (this.t.kinds[a + 1] !== WORD || !isNisbaKey(adjective, "definiteMasculine")) return null
    const last = this.lastQuoted
    return last !== null && last.person && last.entityId !== null ? last : null
  }

  /**
   * The person an epithet subject stands for (fortieth session, after the A75 reading's `وقال ثري الإعلام …`): a head
   * of `epithetHeads` alone or with one nisba adjective (`وقال المهاجم البلجيكي إنه`, `وقال المدافع الذي اعتزل …`),
   * none tagged, is the chain's last speaker when that is a named person pushed in the phrase's sentence or the one
   * before it (a paragraph's break allowed between them), or the person quoted last when tagged there; not when another
   * person was tagged there (at most {@link EPITHET_BACK} tokens of the sentence before read); else null.
   */
  protected epithetOfLastSpeaker(a: number, b: number): Speaker | null {
    if (this.entities.length === 0 || b - a > 2 || !this.lex.epithetHeads.has(this.keys[a]!)) return null
    // (not `قال الشاعر` alone: a verse whose poet the text does not name)
    if (b - a === 1 && this.lex.anonymousEpithets.has(this.keys[a]!)) return null
    if (b - a === 2 && (this.t.kinds[a + 1] !== WORD || !isNisbaKey(this.keys[a + 1]!, "definite"))) return null
    // the sentence before the phrase's: back over its end (and a paragraph's break) to the start of that sentence
    let k = Math.max(0, this.phraseSentenceStart(a) - 1)
    while (k > 0 && (this.t.kinds[k] === BREAK || this.isSentenceEnd(k))) k--
    let n = 0
    while (k > 0 && n < EPITHET_BACK && this.t.kinds[k - 1] !== BREAK && !this.isSentenceEnd(k - 1)) {
      k--
      n++
    }
    // the persons tagged from there to the phrase
    const to = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    const ids = new Set<string>()
    for (let j = this.firstEntityFrom(this.orig(this.t.starts[k]!, this.t.ends[k]!).start); j < this.entities.length; j++) {
      const e = this.entities[j]!
      if (e.start >= to) break
      if (e.type === "PERSON") ids.add(e.entityId ?? e.canonical)
    }
    if (ids.size > 1) return null
    // (the last pushed before the phrase: the phrase's own verb may have pushed at it)
    let i = this.chain.length - 1
    while (i >= 0 && this.chainAt[i]! >= a) i--
    const last = i >= 0 ? this.chain[i]! : null
    // the chain's last speaker pushed there, or the person quoted last when the only person tagged there
    if (last !== null && last.person && last.entityId !== null && this.chainAt[i]! >= k && (ids.size === 0 || ids.has(last.entityId))) return last
    const quoted = this.lastQuoted
    if (quoted !== null && quoted.person && quoted.entityId !== null && ids.has(quoted.entityId)) return quoted
    return null
  }

  /**
   * The person named after a role in construct at token `k` (`وزير النقل اليمني X`): one to four definite words
   * after the role (its genitive and adjectives), then a person, or a comma and a person; null for a person right
   * after the role (the possessor: `مستشار X`) or anything else between.
   */
  protected constructHolder(k: number): Entity | null {
    for (let j = k + 1; j < Math.min(this.t.count, k + 6); j++) {
      // وزير الخزانة الأمريكي، X: a comma after the genitive, then the name
      if (j > k + 1 && this.t.kinds[j] === PUNCT && COMMAS.has(this.keys[j]!)) return j + 1 < this.t.count ? this.personAt(j + 1) : null
      if (this.t.kinds[j] !== WORD) return null
      if (j > k + 1) {
        const e = this.personAt(j)
        if (e !== null) return e
      }
      if (!this.keys[j]!.startsWith(ALEF_LAM)) return null
    }
    return null
  }

  /**
   * A writer the text newly names in a press review since the chain's last speaker was pushed (thirtieth session):
   * `وتحت عنوان «…»، يعدد طارق حرب في جريدة «الزمان» …`, `ويكتب X في صحيفة Y`: two or three words right before `في` and
   * an outlet noun without its article (`جريدة`, `صحيفة`, `مجلة`: `outletNouns`), after a word that can be the verb
   * opening its clause (the sentence's first word, or the word after a comma; not a noun, preposition or conjunction
   * alone); the words are a person the entity stage tagged, or untagged words with no article, title, stop word, digit
   * or ة. Searched back from token `at` over at most {@link WRITER_BACK} tokens, after the chain's last push and not
   * before the paragraph before. Pushed onto the chain (the writer then speaks until another is named); else null.
   */
  protected newWriter(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0) return null
    const lex = this.lex
    const lo = Math.max(this.lastPushAt + 1, Math.min(this.lastPs, this.ps), at - WRITER_BACK)
    for (let j = at - 1; j >= lo + 4; j--) {
      if (this.t.kinds[j] !== WORD || this.keys[j - 1] !== FI || !lex.outletNouns.has(ALEF_LAM + this.keys[j]!)) continue
      for (const n of [2, 3]) {
        const a = j - 1 - n
        if (a - 1 < lo || this.t.kinds[a - 1] !== WORD) continue
        // the verb before the name opens its clause
        // (in the paragraph before too: its own start bounds the sentence there)
        if (!(a - 1 === this.sentenceStartIn(a - 1, a - 1 >= this.ps ? this.ps : this.lastPs) || (a - 2 >= 0 && this.isPunct(a - 2, COMMAS)))) continue
        const verb = this.keys[a - 1]!
        if (DEFINITE.test(verb) || lex.arStops.has(verb) || lex.clauseOpeners.has(verb.length > 3 && (verb[0] === "\u0648" || verb[0] === "\u0641") ? verb.slice(1) : verb) || lex.complementizers.has(verb) || this.entityStartingAt(a - 1) !== null) continue
        const o = this.orig(this.t.starts[a]!, this.t.ends[j - 2]!)
        const e = this.personAt(a)
        if (e !== null) {
          if (e.end !== o.end) continue
          return this.pushEntity(e, gender, a, true)
        }
        let plain = true
        for (let k = a; k < j - 1 && plain; k++) {
          const key = this.keys[k]!
          const w = this.orig(this.t.starts[k]!, this.t.ends[k]!)
          plain = this.t.kinds[k] === WORD && !DEFINITE.test(key) && !lex.arStops.has(key) && !lex.arTitles.has(key) && !lex.complementizers.has(key) && this.text.charCodeAt(w.end - 1) !== 0x0629 && this.entityIn(w) === null
        }
        if (!plain) continue
        const last = this.chain[this.chain.length - 1]
        const text = this.text.slice(o.start, o.end)
        if (last !== undefined && last.text === text) return null
        return this.push({ text, entityId: null, gender, person: true }, a)
      }
    }
    return null
  }

  /**
   * The speaker a one-word subject for the writer of a column (`ويقول الكاتب`, `writerNouns`) or for a newspaper
   * (`وتضيف الصحيفة`, `outletNouns`) stands for in a press review: among the last eight speakers of the chain, the
   * last one that is no organisation (a person, or a pen name no entity covers), or the last one that is no person
   * (an organisation, or a newspaper in marks no entity covers); else null.
   * Only when entities ran (the chain then tells people from bodies).
   */
  protected writerOrOutlet(a: number): Speaker | null {
    if (this.entities.length === 0) return null
    const key = this.keys[a]!
    const writer = this.lex.writerNouns.has(key)
    if (!writer && !this.lex.outletNouns.has(key)) return null
    // (the noun's gender for a writer the chain holds with none, so that `ويشير` after `ويضيف الكاتب` finds him)
    const gender: Gender = key === WRITER_M ? "m" : "f"
    if (writer) {
      const named = this.newWriter(a, gender)
      if (named !== null) return named
    }
    const c = this.chain
    for (let i = c.length - 1; i >= Math.max(0, c.length - 8); i--) {
      const x = c[i]!
      // (a newspaper in marks, `وتعتبر "الشرق" أن`, is often no entity: any speaker who is no person will do)
      if (writer ? x.person || x.entityId === null : !x.person) return writer && x.gender === null ? { ...x, gender } : x
    }
    return null
  }

  /**
   * The person a one-word definite subject stands for (`وقالت المتحدثة: …` after `وقالت المتحدثة باسم الوزارة، هدى
   * …`): the person named within six tokens after the nearest earlier use of the same word, in its sentence (at most
   * {@link ANAPHOR_WINDOW} tokens back), or null.
   */
  protected namedBefore(a: number): Entity | null {
    const key = this.keys[a]!
    if (this.entities.length === 0 || !key.startsWith(ALEF_LAM) || key.length < 5) return null
    const span = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const word = this.text.slice(span.start, span.end)
    // a word that opens the name of an organisation named in the window (المرصد السوري …, وزارة الدفاع …, or stands
    // right before it: شركة <name>) is that body, not a person: the nearest one (وقالت الوزارة → وزارة الدفاع)
    const from = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    // (the noun without its article only for the nouns of a body: مستشارة X is a person's role, شركة X a body's name)
    // (and for a newspaper's noun: وقالت الصحيفة after ورصدت صحيفة الإندبندنت البريطانية is that newspaper, not the
    // body the chain quoted last; forty-ninth session, helper archain)
    const bareWord = this.lex.bodyNouns.has(key) || this.lex.outletNouns.has(key) ? word.slice(2) + " " : null
    let body: Entity | null = null
    const matches: Array<Entity> = []
    for (let i = this.firstEntityFrom(from); i < this.entities.length && this.entities[i]!.start < span.start; i++) {
      const e = this.entities[i]!
      if (e.type !== "ORGANIZATION") continue
      if (e.text.startsWith(word) || e.canonical.startsWith(word)) body = e
      else if (bareWord !== null && (e.text.startsWith(bareWord) || e.canonical.startsWith(bareWord) || this.nounBeforeEntity(bareWord, e.start))) body = e
      else continue
      matches.push(e)
    }
    // (وأضافت الجماعة after قال حزب العمال الكردستاني: a group's noun with no body named with it stands for the party,
    // organisation or movement named last; sixty-third session, helper arquote22)
    if (body === null) body = this.groupNamedBefore(a, from, span.start)
    body = this.subjectOverObject(body, matches)
    // (not when someone else has been quoted since it was named: وقالت هيربالايف … . وقالت الشركة is not شركة تويتر,
    // named before, and the entity stage may have missed that the speaker is a company)
    if (body !== null) {
      for (let i = this.chain.length - 1; i >= 0 && this.chainAt[i]! >= 0; i--) {
        const at = this.chainAt[i]!
        if (this.orig(this.t.starts[at]!, this.t.ends[at]!).start <= body.start) break
        if (at < a && this.chain[i]!.entityId !== body.entityId) return null
      }
      return body
    }
    // the person found must be the one the word describes, not a member of the body it names (مدير المرصد X)
    const described = (e: Entity | null): Entity | null => (e !== null && e.role !== null && e.role.includes(word) && !e.role.trim().startsWith(word) ? null : e)
    // وقال وزير النقل X … وأضاف الوزير: the role in construct before the name has no article; such a use decides only
    // when it names someone after a definite genitive (مستشارة أوباما لشؤون …: the name right after it is the
    // possessor, and a use that names nobody, كوزيرة, lets an earlier one decide)
    const bare = key.slice(2)
    for (let k = a - 1; k >= Math.max(0, a - ANAPHOR_WINDOW); k--) {
      if (this.t.kinds[k] !== WORD) continue
      if (this.keys[k] === bare) {
        const e = this.constructHolder(k)
        if (e !== null) return described(e)
        continue
      }
      if (this.keys[k] !== key) continue
      // the nearest earlier use decides: the name right after it (المحامية ليلى …, after titles), or after a
      // comma that ends its description (المتحدثة باسم الشرطة، ليلى …: words with the article, or باسم)
      const after = this.personAfterRole(k)
      if (after !== null) return described(after)
      // جورج بوش الابن … وقال الابن: the word closes the name of a person (inside the entity, or right after it)
      return this.lex.nameEpithets.has(key) ? this.personClosedBy(k) : null
    }
    return null
  }

  /**
   * The organisation a group's noun as a one-word subject (`groupSubjects`: `الجماعة`) stands for: the last one tagged
   * between the original offsets `from` and `before` whose name opens with a group's head noun (`حزب`, `تنظيم`,
   * `حركة`; or has it right before it), when the noun itself (`جماعة`, `الجماعة`) is written nowhere in the
   * {@link ANAPHOR_WINDOW} tokens before token `a` (a body named with it is that body); else null.
   */
  protected groupNamedBefore(a: number, from: number, before: number): Entity | null {
    const key = this.keys[a]!
    if (!this.lex.groupNouns.has(key)) return null
    const bare = key.slice(2)
    for (let k = a - 1; k >= Math.max(0, a - ANAPHOR_WINDOW); k--) if (this.t.kinds[k] === WORD && (this.keys[k] === key || this.keys[k] === bare)) return null
    let group: Entity | null = null
    for (let i = this.firstEntityFrom(from); i < this.entities.length && this.entities[i]!.start < before; i++) {
      const e = this.entities[i]!
      if (e.type === "ORGANIZATION" && this.lex.groupHeads.some((h) => e.text.startsWith(h) || e.canonical.startsWith(h) || this.nounBeforeEntity(h, e.start))) group = e
    }
    return group
  }

  /**
   * Does the body's noun `bareWord` (no article, a space after it: `شركة `) stand right before the original offset
   * `start` of an entity, or before an opening mark right before it (`تبنى تنظيم «داعش»`, `بحسب مجموعة «X»`: a name in
   * marks after its noun; sixty-third session, helper arquote22)?
   */
  protected nounBeforeEntity(bareWord: string, start: number): boolean {
    if (start >= bareWord.length && this.text.startsWith(bareWord, start - bareWord.length)) return true
    const mark = start - 1
    return mark >= bareWord.length && OPENING_NAME_MARKS.has(this.text[mark]!) && this.text.startsWith(bareWord, mark - bareWord.length)
  }

  /**
   * Is the entity named right after a preposition of `objectPrepositions` (`إلى وزارة الداخلية`), the object of its
   * clause? The word before it, read in at most {@link OBJECT_PREP_BACK} characters.
   */
  protected afterObjectPreposition(e: Entity): boolean {
    const before = this.text.slice(Math.max(0, e.start - OBJECT_PREP_BACK), e.start)
    const m = /(\S+)\s+$/.exec(before)
    return m !== null && this.lex.objectPrepositions.has(foldKey(m[1]!)[0] ?? "")
  }

  /**
   * The body a one-word subject (`وأضافت الوزارة`) stands for among the organisations it heads (thirty-ninth session,
   * after the A73 reading): the nearest, `body`, unless it is named after a preposition (an object: `… إنه تم
   * تسليمها إلى وزارة الداخلية`) and another of the `matches` (the same head, in text order), named not so, stands before it in the same sentence (`وقالت
   * وزارة الدفاع الأميركية في بيان …`): then that one, the subject the clause spoke of.
   */
  protected subjectOverObject(body: Entity | null, matches: ReadonlyArray<Entity>): Entity | null {
    if (body === null || matches.length < 2 || !this.afterObjectPreposition(body)) return body
    // (the nearest match before it named not after a preposition; the test only where the nearest is an object)
    let subject: Entity | null = null
    for (let i = matches.length - 2; i >= 0 && subject === null; i--) if (!this.afterObjectPreposition(matches[i]!)) subject = matches[i]!
    if (subject === null) return body
    if (subject.entityId != null && subject.entityId === body.entityId) return body
    return SENTENCE_BREAK.test(this.text.slice(subject.end, body.start)) ? body : subject
  }

  /**
   * The person named right after a definite role at token `k` (`المحامية ليلى …`, after titles, definite words or
   * `باسم`, or after the comma that ends them), or null.
   */
  protected personAfterRole(k: number): Entity | null {
    for (let j = k + 1; j < Math.min(this.t.count, k + 7); j++) {
      const kind = this.t.kinds[j]
      if (kind === PUNCT && COMMAS.has(this.keys[j]!)) return j + 1 < this.t.count ? this.personAt(j + 1) : null
      if (kind !== WORD) return null
      const e = this.personAt(j)
      if (e !== null) return e
      const w = this.keys[j]!
      if (!this.lex.arTitles.has(w) && !w.startsWith(ALEF_LAM) && w !== "\u0628\u0627\u0633\u0645") return null
    }
    return null
  }

  /**
   * The person whose name word token `k` closes (`بوش الابن`): a person entity that holds the word but does not start
   * with it, or one that ends right at the word before it (a space between them, no punctuation); else null.
   */
  protected personClosedBy(k: number): Entity | null {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const inside = this.entityIn(o)
    if (inside !== null) return inside.type === "PERSON" && inside.start < o.start && inside.end >= o.end ? inside : null
    if (k < 1 || this.t.kinds[k - 1] !== WORD) return null
    const p = this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!)
    const e = this.entityIn(p)
    return e !== null && e.type === "PERSON" && e.end === p.end ? e : null
  }

  /**
   * The person a definite role with no name in it stands for (`وقال المحامي`, `وأشار مدير مكتب الاتصال الحكومي
   * القطري`): the nearest earlier person introduced with a role of the same head noun (the phrase's first word, with
   * or without its article) whose other words hold every key word of the phrase (a nisba adjective matches its place:
   * `القطري` ~ `في قطر`) — the role written before the name (`مدير مكتب … في قطر، X`, `المحامي X`) or the entity
   * stage's role of the person. At most {@link ANAPHOR_WINDOW} tokens back; null for an indefinite role (`مسؤول
   * أمني`, `متحدث باسم …`: another, unnamed person) or when no person fits.
   */
  protected roleHolderBefore(a: number, b: number): Entity | null {
    if (this.entities.length === 0 || b - a > 7 || this.t.kinds[a] !== WORD || this.swapped > 0) return null
    const lex = this.lex
    // definite: the first word has the article, or a chain of bare nouns in construct ends in a word that has it
    // (read first: most phrases that name nobody are indefinite, مصدر مطلع، مسؤول أمني)
    let definite = false
    for (let k = a; k < b && !definite; k++) {
      if (this.t.kinds[k] !== WORD) return null
      const w = this.keys[k]!
      if (w.startsWith(ALEF_LAM)) definite = true
      // (مستشار محافظ أسيوط: a chain of bare nouns that ends in a one-word place is definite too; forty-seventh
      // session, helper arrole)
      else if (k > a + 1 && k === b - 1 && this.placeAt(k)) definite = true
      else if (k > a && !this.constructNoun(w)) return null
    }
    if (!definite || this.firstPersonStart() >= this.orig(this.t.starts[a]!, this.t.ends[a]!).start) return null
    const first = this.keys[a]!
    const head = first.startsWith(ALEF_LAM) ? first.slice(2) : first
    const definiteHead = ALEF_LAM + head
    // a person's role, not a body, a newspaper, a document or words (الوزارة، الصحيفة، البيان، التصريحات)
    if (head.length < 3 || head.endsWith("\u0627\u062a") || lex.arTitles.has(first) || lex.arPronouns.has(first) || lex.bodyNouns.has(definiteHead) || lex.outletNouns.has(definiteHead)) return null
    if (this.lex.noRoleWords.has(first) || lex.clauseOpeners.has(first) || lex.arNameNouns.has(head) || lex.speechObjects.has(head)) return null
    if (docStem(first, lex.documentNouns) !== null || docStem(first, lex.articleNouns) !== null) return null
    const keyWords: Array<string> = []
    for (let k = a + 1; k < b; k++) {
      if (this.t.kinds[k] !== WORD) return null
      const w = this.keys[k]!
      const bareWord = w.startsWith(ALEF_LAM) ? w.slice(2) : w
      if (bareWord.length >= 3 && !lex.arStops.has(bareWord)) keyWords.push(bareWord)
    }
    const byEntity = this.roleOfEntityBefore(a, head, keyWords)
    // the role written before the name: the nearest earlier use of the head, then its description up to the person —
    // bare nouns in construct, definite words, titles, باسم, a place after في, one comma right before the name — within
    // twelve tokens; an indefinite use (مسؤول أمني، مصدر مقرب من …, متحدث باسم …) is someone else: the search stops
    // (the uses are found by a native search of the original text for the head as the phrase writes it, then the token
    // there is read: no scan of the window token by token)
    const withWaw = "\u0648" + head
    const withWawArticle = "\u0648" + definiteHead
    const first0 = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    let surface = this.text.slice(first0.start, first0.end)
    if (surface.startsWith(ALEF_LAM)) surface = surface.slice(2)
    const floor = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    // (searched in the window's text only, a slice, so that a head used nowhere before costs the window, not the text)
    const before = this.text.slice(floor, first0.start)
    const role: Array<string> = []
    for (let use = surface.length > 0 ? before.lastIndexOf(surface) : -1; use >= 0; use = use > 0 ? before.lastIndexOf(surface, use - 1) : -1) {
      const k = this.tokenAtOriginal(floor + use, a)
      if (k < 0 || this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (key !== head && key !== definiteHead && key !== withWaw && key !== withWawArticle) continue
      if (byEntity !== null && this.orig(this.t.starts[k]!, this.t.ends[k]!).start < byEntity.start) break
      role.length = 0
      let construct = !this.keys[k]!.includes(ALEF_LAM)
      let limit = k + 12
      for (let j = k + 1; j < Math.min(a, limit); j++) {
        const kind = this.t.kinds[j]
        // (a gloss in brackets after the role's words, `رئيس الجمعية الوطنية (الغرفة السفلى من البرلمان)، X`, is read
        // past, its tokens not counted; fifty-fifth session, helper arrole3)
        if (kind === PUNCT && this.keys[j] === "(" && j > k + 1 && !construct) {
          const close = this.glossEnd(j, a)
          if (close < 0) break
          limit += close - j + 1
          j = close
          continue
        }
        // (a dash as a comma: المبعوث الخاص -X-)
        const comma = kind === PUNCT && (COMMAS.has(this.keys[j]!) || DASHES.has(this.keys[j]!))
        let at = comma ? j + 1 : j
        // (and the titles after the comma: وزير الخارجية <nisba>، الشيخ X)
        if (comma) while (at + 1 < a && at < j + 3 && this.t.kinds[at] === WORD && lex.arTitles.has(this.keys[at]!)) at++
        if (at >= a || (!comma && kind !== WORD) || this.t.kinds[at] !== WORD) break
        const e = this.personAt(at)
        if (e !== null) {
          // مستشار X، مكتب رئيس الوزراء X: a person right after bare nouns in construct is their possessor, not the holder
          if (construct) break
          if (coveredBy(keyWords, role, 0)) return e
          break
        }
        if (comma) break
        const w = this.keys[j]!
        if (construct && !w.startsWith(ALEF_LAM)) {
          // وزير خارجية قطر، X: a place ends the construct (its nisba matches it: القطري ~ قطر)
          if (j > k + 1 && this.placeAt(j)) {
            role.push(w)
            construct = false
            continue
          }
          // رئيس نادي برشلونة X: a body's name ends the construct too, its words the role's (fifty-fifth session,
          // helper arrole3; before, the body read as an indefinite word and the search stopped)
          const body = j > k + 1 ? this.entityStartingAt(j) : null
          if (body !== null && body.type === "ORGANIZATION") {
            while (j + 1 < a && this.t.kinds[j] === WORD && this.orig(this.t.starts[j + 1]!, this.t.ends[j + 1]!).end <= body.end) role.push(bareKey(this.keys[j++]!))
            role.push(bareKey(this.keys[j]!))
            construct = false
            continue
          }
          // (and a body's noun, which may end in ي: `رئيس نادي <club>`; fifty-fifth session, helper arrole3)
          if ((this.constructNoun(w) || (lex.bodyNouns.has(ALEF_LAM + w) && this.entityStartingAt(j + 1)?.type === "ORGANIZATION")) && j - k <= 2) {
            role.push(w)
            continue
          }
          // مسؤول أمني، مصدر مقرب من: an indefinite role names another person
          return byEntity !== null && byEntity.start > this.orig(this.t.starts[k]!, this.t.ends[k]!).start ? byEntity : null
        }
        construct = false
        if (w === FI && j + 1 < a && this.placeAt(j + 1)) {
          role.push(bareKey(this.keys[++j]!))
          continue
        }
        // (a definite word after ل: المبعوث الخاص لليمن -X-, المدير التنفيذي للشركة، X)
        if (w.startsWith("\u0644\u0644") && w.length >= 5 && j > k + 1) {
          role.push(w.slice(2))
          continue
        }
        // (and ل with a noun in construct with the definite word after it, `المدير العام لإدارة الطوارئ في X`, and a
        // definite word after و, `الطوارئ والأزمات`, as the later phrase writes them; thirty-first session)
        if (w.length >= 4 && j > k + 1 && j + 1 < a && this.t.kinds[j + 1] === WORD && this.keys[j + 1]!.startsWith(ALEF_LAM) && w[0] === "\u0644" && w[1] !== "\u0644" && this.constructNoun(w.slice(1))) {
          role.push(w)
          continue
        }
        if (w.startsWith("\u0648\u0627\u0644") && w.length >= 6 && j > k + 1 && !lex.arStops.has(w)) {
          role.push(w, w.slice(3))
          continue
        }
        if (!(w.startsWith(ALEF_LAM) && !this.lex.relativePronouns.has(w) && !lex.clauseOpeners.has(w) && !lex.arStops.has(w)) && !lex.arTitles.has(w) && w !== "\u0628\u0627\u0633\u0645") {
          // (a first name the entity stage left out, right before the person it tagged: `رئيس نادي برشلونة جوسيب
          // [ماريا بارتوميو]`; fifty-fifth session, helper arrole3)
          if (j > k + 1 && this.untaggedFirstName(j, a)) continue
          break
        }
        role.push(bareKey(w))
      }
    }
    return byEntity
  }

  /**
   * The closing bracket of a short gloss opened at token `j` (`(الغرفة السفلى من البرلمان الموريتاني)`: words only,
   * at most {@link GLOSS_TOKENS} of them, before token `a`), or -1 (fifty-fifth session, helper arrole3).
   */
  protected glossEnd(j: number, a: number): number {
    for (let c = j + 1; c < a && c <= j + GLOSS_TOKENS + 1; c++) {
      if (this.t.kinds[c] === WORD) continue
      return c > j + 1 && this.keys[c] === ")" ? c : -1
    }
    return -1
  }

  /**
   * Is token `j` a first name the entity stage left out of the person it tagged right after it (a space between, no
   * punctuation; before token `a`): a word of three letters or more with no article, no `ة`, no title, stop word,
   * complementizer, verb or entity (fifty-fifth session, helper arrole3)?
   */
  protected untaggedFirstName(j: number, a: number): boolean {
    if (j + 1 >= a || this.t.kinds[j] !== WORD || this.t.kinds[j + 1] !== WORD || this.personAt(j + 1) === null) return false
    const w = this.keys[j]!
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    if (w.length < 3 || w.startsWith(ALEF_LAM) || this.text.charCodeAt(o.end - 1) === 0x0629) return false
    const lex = this.lex
    if (lex.arTitles.has(w) || lex.arStops.has(w) || lex.complementizers.has(w) || lex.verbForms.has(w) || lex.verbForms.has(w.slice(1)) || this.entityIn(o) !== null) return false
    return /^[ \u00a0]$/.test(this.text.slice(o.end, this.orig(this.t.starts[j + 1]!, this.t.ends[j + 1]!).start))
  }

  /**
   * The person `المسؤول <nisba>` (`وقال المسؤول الإسباني`, `officialNouns`) stands for: the nearest earlier person (at
   * most {@link ANAPHOR_WINDOW} tokens back) whose role, as the entity stage read it, holds the nisba adjective or its
   * place or its feminine (`وزير الداخلية الإسباني X`, `رئيس الحكومة التركية X`); null when the word `مسؤول` is used
   * before that person, or without its article after him (`قال مسؤول إسباني`, `مسؤولون`: someone unnamed), or when no
   * person fits.
   */
  protected officialByNisba(a: number): Entity | null {
    if (this.entities.length === 0 || !this.lex.officialNouns.has(this.keys[a]!) || this.t.kinds[a + 1] !== WORD) return null
    const adjective = this.keys[a + 1]!
    if (!adjective.startsWith(ALEF_LAM) || !adjective.endsWith("\u064a") || adjective.length < 5) return null
    const found = this.roleOfEntityBefore(a, "", [adjective.slice(2)])
    if (found === null) return null
    // the official must first appear after the person: any use of the word before the person (`نقلت الوكالة عن
    // المسؤول الأمريكي الذي يرافق …` before `الرئيس الأمريكي X`) or an indefinite one after it (`قال مسؤول إسباني`,
    // `مسؤولون`) is someone unnamed (the window's text is searched natively for the word, not token by token)
    const first = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const floor = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    const window = this.text.slice(floor, first.start)
    for (const stem of OFFICIAL_STEMS) {
      for (let at = window.indexOf(stem); at >= 0; at = window.indexOf(stem, at + stem.length)) {
        const pos = floor + at
        const definite = at >= 2 && window.startsWith(ALEF_LAM, at - 2)
        // (a word of the stem: مسؤولية، مسؤوليته، مسؤوليات is another word)
        const after = window.charCodeAt(at + stem.length + 1)
        if (window.charCodeAt(at + stem.length) === 0x064a && (after === 0x0629 || after === 0x062a || after === 0x0627)) continue
        if (pos < found.start || (pos >= found.end && !definite)) return null
      }
    }
    return found
  }

  /**
   * Does the phrase at token `a` open with a definite role (`المدير التنفيذي`, `المتحدث الرسمي`: the article on every
   * word, at most three) tied by ل or ب to the body `body` that follows it (`لسوق عكاظ`, `بوزارة الداخلية`)?
   * (session 20, second round)
   */
  protected roleOfBody(a: number, body: Entity): boolean {
    const t = this.text
    const at = body.start
    const tied = at >= 2 && t[at - 1] === "\u0640" && (t[at - 2] === "\u0644" || t[at - 2] === "\u0628") ? at - 2 : at >= 1 && (t[at - 1] === "\u0644" || t[at - 1] === "\u0628") ? at - 1 : -1
    if (tied < 0) return this.spokesmanOfBody(a, body)
    // (the tie opens a word: the letter before it is a space)
    if (tied === 0 || !/\s/.test(t[tied - 1]!)) return false
    let k = a
    for (; k < a + 3; k++) {
      if (this.t.kinds[k] !== WORD || !this.keys[k]!.startsWith(ALEF_LAM)) break
      if (this.orig(this.t.starts[k]!, this.t.ends[k]!).end >= tied) return false
    }
    return k > a && this.orig(this.t.starts[k]!, this.t.ends[k]!).start <= tied && this.orig(this.t.starts[k]!, this.t.ends[k]!).end > tied
  }

  /** Is `first` (a phrase's first key) an unnamed source's noun (`مسؤول`, `مصدر`), a member's (`عضو`, `قيادي`) or `أحد`/`إحدى`? */
  protected memberOfBodyOpens(first: string): boolean {
    const lex = this.lex
    return lex.unnamedSources.has(first) || lex.memberHeads.has(first) || first === ONE_OF_M || first === ONE_OF_F
  }

  /**
   * Does the phrase at token `a` open with a definite spokesman's noun (`المتحدث`, `الناطق`, `الناطق الرسمي`:
   * {@link spokesmanBism}, the noun with its article) and `باسم` right before the body `body` (`وقال المتحدث باسم البيت
   * الأبيض:`)?
   * Then {@link roleHolderBefore} may find the person introduced with that role (`كشف المتحدث باسم البيت الأبيض X`;
   * fifty-ninth session, helper arquote10: with the body tagged, the phrase went to the body, not X).
   */
  protected spokesmanOfBody(a: number, body: Entity): boolean {
    const bism = this.spokesmanBism(a, this.pe)
    if (bism < 0 || !this.keys[a]!.startsWith(ALEF_LAM) || bism + 1 >= this.t.count) return false
    return this.orig(this.t.starts[bism + 1]!, this.t.ends[bism + 1]!).start === body.start
  }

  /** Original offset of the document's first person entity (the length of the text when there is none), read once. */
  private firstPerson = -1
  protected firstPersonStart(): number {
    if (this.firstPerson < 0) {
      this.firstPerson = this.text.length
      for (const e of this.entities) {
        if (e.type === "PERSON") {
          this.firstPerson = e.start
          break
        }
      }
    }
    return this.firstPerson
  }

  /** The token before `before` whose original span holds offset `at` (binary search: {@link firstTokenEndingFrom}), or -1. */
  protected tokenAtOriginal(at: number, before: number): number {
    // (the first token whose original end is past `at`: ends are whole offsets, so `> at` is `>= at + 1`)
    const lo = this.firstTokenEndingFrom(at + 1, before)
    if (lo >= before) return -1
    const o = this.orig(this.t.starts[lo]!, this.t.ends[lo]!)
    return o.start <= at && at < o.end ? lo : -1
  }

  /** The nearest earlier person (at most {@link ANAPHOR_WINDOW} tokens back) whose role, as the entity stage read it, opens with `head` and holds `keyWords`. */
  protected roleOfEntityBefore(a: number, head: string, keyWords: ReadonlyArray<string>): Entity | null {
    const span = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const lo = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    for (let i = this.firstEntityFrom(span.start) - 1; i >= 0 && this.entities[i]!.start >= lo; i--) {
      const e = this.entities[i]!
      if (e.type !== "PERSON" || e.role === null) continue
      const role = this.roleKeys(e)
      // (no head: any role that holds the words, for `المسؤول <nisba>`)
      if (role.length > 0 && (head === "" ? coveredBy(keyWords, role, 0) : isHeadOf(role[0]!, head) && coveredBy(keyWords, role, 1))) return e
      // (the role written after the name, which the entity stage cut at `باسم`: `مينا أندريفا، المتحدثة باسم المفوضية
      // الأوروبية` is `المتحدثة الأوروبية` after; thirty-third session, A55)
      if (head !== "" && keyWords.length > 0 && role.length > 0 && isHeadOf(role[0]!, head)) {
        const apposition = this.appositionKeys(e)
        if (apposition.length > 0 && isHeadOf(apposition[0]!, head) && coveredBy(keyWords, apposition, 1)) return e
      }
    }
    return null
  }

  /**
   * The one person a definite role phrase describes (thirty-fourth session, after the A56 reading's `وقال المدير الفني
   * البرتغالي` for Mourinho): the phrase `[a, b)` is one to four words, each with the article (a role noun and its
   * adjectives: `المدير الفني البرتغالي`, `المدرب الإسباني`, `الزوجة`), its head no body's, outlet's or document's noun,
   * title or pronoun. A person fits when every word of the phrase is among the words that describe one of its mentions
   * before the phrase (at most {@link ANAPHOR_WINDOW} tokens back): the entity stage's role, the apposition after a
   * comma ({@link appositionKeys}), and the up to six words right before the name in its sentence (a comma or a
   * quotation mark between them and the name allowed: `الزوجة "شيرين محروس"`, `المدير الفني الجديد للفريق الإسباني، X`);
   * the head (one or two words) also through another form of the post (`roleSynonyms`: `المدرب` ~ `المدير الفني`).
   * Words before the name that hold a noun of kinship or representation without its article (`زوجة الفنان X`,
   * `محامي X`, `فريق X`) describe someone else: they do not count. The person when exactly one person (by entity id)
   * fits; else null.
   */
  protected describedPersonBefore(a: number, b: number): Entity | null {
    if (this.entities.length === 0 || b - a > 4 || this.swapped > 0) return null
    const lex = this.lex
    const words: Array<string> = []
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] !== WORD) return null
      const w = this.keys[k]!
      if (!w.startsWith(ALEF_LAM) || w.length < 5 || lex.arStops.has(w) || this.lex.relativePronouns.has(w)) return null
      words.push(w.slice(2))
    }
    // (the head a post one person holds: `roleHeads`, `epithetHeads`, a form of `roleSynonyms`; not a surname with the
    // article, `الغانم`, nor an unnamed source named again, `المصدر`, nor a group, `الأهالي`)
    // (a role of the body after it, `الأمين العام لـ«المجلس …»`, `المتحدث للوزارة`, is that body's: not a person named
    // before)
    if (b < this.t.count && this.t.kinds[b] === WORD && this.keys[b]!.startsWith("\u0644") && (this.keys[b]!.length <= 2 || this.keys[b]!.startsWith("\u0644\u0644"))) return null
    // (nor a role a relative clause describes anew: `قال اللاعب الذي تأخر انضمامه …`)
    if (b < this.t.count && this.t.kinds[b] === WORD && this.lex.relativePronouns.has(this.keys[b]!)) return null
    const first = this.keys[a]!
    if (!lex.roleHeads.has(first) && !lex.epithetHeads.has(first) && !lex.roleSynonyms.some((g) => g.some((f) => f[0] === words[0]))) return null
    if (this.firstPersonStart() >= this.orig(this.t.starts[a]!, this.t.ends[a]!).start) return null
    // the head's other forms: a group whose form opens the phrase (`المدير الفني` of `المدير الفني البرتغالي`)
    let headLength = 1
    let heads: ReadonlyArray<ReadonlyArray<string>> = [[words[0]!]]
    for (const group of lex.roleSynonyms) {
      const form = group.find((f) => f.length <= words.length && f.every((k, i) => words[i] === k))
      if (form !== undefined && form.length >= headLength) {
        headLength = form.length
        heads = group
      }
    }
    return this.personDescribedAs(a, heads, words.slice(headLength))
  }

  /**
   * The one person (by entity id) described before token `a` (at most {@link ANAPHOR_WINDOW} tokens back) by one of the
   * forms `heads` of a post and every word of `rest` ({@link describedPersonBefore}, {@link paraphrasedOffice}): the
   * words of the entity stage's role, of an apposition that opens with a form, and right before a mention. Null when
   * nobody or two people fit.
   */
  protected personDescribedAs(a: number, heads: ReadonlyArray<ReadonlyArray<string>>, rest: ReadonlyArray<string>, other: ReadonlySet<string> | null = null): Entity | null {
    const lex = this.lex
    const span = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const lo = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    let found: Entity | null = null
    for (let i = this.firstEntityFrom(span.start) - 1; i >= 0 && this.entities[i]!.start >= lo; i--) {
      const e = this.entities[i]!
      if (e.type !== "PERSON" || e.end > span.start) continue
      if (found !== null && (found === e || (e.entityId != null && e.entityId === found.entityId))) continue
      // (the entity stage's role, unless a noun of kinship or representation opens it: `زوجة الفنان` is his wife's)
      const role = this.roleKeys(e)
      const kin = e.role != null && !e.role.trim().startsWith(ALEF_LAM) && role.length > 0 && (lex.arPossessors.has(role[0]!) || lex.adjacentPossessors.has(role[0]!))
      const described = new Set<string>(kin ? [] : role)
      // (an apposition only when it opens with the head or one of its forms: `X، المدير الفني لفريق …`; not `X، فقد
      // قال المتحدث`)
      // (or with a pronoun before it: `X، وهو طبيب أسنان من …`)
      const apposition = this.appositionKeys(e)
      const at = apposition.length > 1 && this.lex.heShe.has(apposition[0]!) ? 1 : 0
      if (apposition.length > at && heads.some((form) => form[0] === apposition[at])) for (const w of apposition) described.add(w)
      for (const w of this.wordsBeforeName(e, a)) described.add(w)
      // (a nisba adjective also through its place or its other gender, `nisbaDescribed`; fifty-first session)
      if (!rest.every((w) => described.has(w) || described.has(TIED + w) || nisbaDescribed(w, described)) || !heads.some((form) => form.every((w) => described.has(w)))) continue
      // (with `other`, a person described with one of its words holds another post: `مساعد وزير الخارجية X`)
      if (other !== null && anyIn(described, other)) continue
      if (found !== null) return null
      found = e
    }
    return found
  }

  /**
   * The one person a paraphrase of an office stands for (fifty-first session, helper arrole, after the A97 reading's
   * `وأشار رئيس الدبلوماسية الإيرانية إلى أن طهران «…»` for `وزير الخارجية الإيراني محمد جواد ظريف`): the phrase
   * `[a, b)` opens with a paraphrase of `officeParaphrases` (`رئيس الدبلوماسية`, `كبير الدبلوماسيين`), then at most two
   * words with the article (nisba adjectives, `الإيرانية`, agreeing with the paraphrase's noun, not the person: either
   * gender matches, `nisbaDescribed`). The person is the one described before with the office's words (`وزير
   * الخارجية`) and every adjective or its place ({@link personDescribedAs}), none of the lexicon's `otherPosts` among them
   * (`مساعد وزير الخارجية الإيراني X` is his deputy); else null.
   */
  protected paraphrasedOffice(a: number, b: number): Entity | null {
    if (this.entities.length === 0 || this.swapped > 0 || b - a > 4) return null
    for (const [paraphrase, office] of this.lex.officeParaphrases) {
      const n = paraphrase.length
      if (b - a < n || b - a > n + 2) continue
      let same = true
      for (let k = 0; k < n && same; k++) same = this.t.kinds[a + k] === WORD && bareKey(withoutConjunction(this.keys[a + k]!, 3)) === paraphrase[k]
      if (!same) continue
      const rest: Array<string> = []
      for (let k = a + n; k < b; k++) {
        const w = this.keys[k]!
        if (this.t.kinds[k] !== WORD || !w.startsWith(ALEF_LAM) || w.length < 5) return null
        rest.push(w.slice(2))
      }
      return this.personDescribedAs(a, [office], rest, this.lex.otherPosts)
    }
    return null
  }

  /**
   * The person named right after a definite role's seat (fifty-first session, helper arrole, after `وقال السفير التونسي
   * لدى الأمم المتحدة منير الحاج: «…»`, read as `السفير التونسي`): the phrase `[a, b)` is a noun of `roleHeads` and
   * at most two words with the article (its adjectives: `السفير الليبي`, `السفيرة الأمريكية`); right after it stand `لدى`
   * or `في`, one to {@link SEAT_WORDS} words, each with the article or inside a place or a body the entity stage tagged
   * (`الأمم المتحدة`, `روسيا`), and a person's name: that person. Else null (`وقال السفير في كلمته أمام X`, `وقال
   * الوزير في مؤتمر مع نظيره X`: another word before the name).
   */
  protected seatedHolder(a: number, b: number): Entity | null {
    if (b - a > 3 || this.t.kinds[a] !== WORD || !this.lex.roleHeads.has(this.keys[a]!) || b + 2 >= this.t.count) return null
    for (let k = a + 1; k < b; k++) if (this.t.kinds[k] !== WORD || !this.keys[k]!.startsWith(ALEF_LAM)) return null
    if (this.t.kinds[b] !== WORD || (this.keys[b] !== FI && this.keys[b] !== LADA)) return null
    for (let k = b + 1; k < this.t.count && k <= b + 1 + SEAT_WORDS; k++) {
      if (this.t.kinds[k] !== WORD) return null
      if (k > b + 1) {
        const person = this.personAt(k)
        if (person !== null) return person
      }
      if (this.keys[k]!.startsWith(ALEF_LAM)) continue
      const e = this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!))
      if (e === null || (e.type !== "LOCATION" && e.type !== "ORGANIZATION")) return null
    }
    return null
  }

  /**
   * The one person (by entity id) the document described before token `a` (at most {@link ANAPHOR_WINDOW} tokens
   * back) with the noun `head` (a key without its article, `نجم`): the entity stage's role opens with it, or it is
   * one of the up to {@link HEAD_BEFORE_NAME} words right before a mention (`نجم كرة القدم البرازيلي X`); null when
   * nobody or two people were (thirty-seventh session).
   */
  protected onePersonHeaded(a: number, head: string): Entity | null {
    if (this.entities.length === 0) return null
    const span = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const lo = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    const definite = ALEF_LAM + head
    let found: Entity | null = null
    for (let i = this.firstEntityFrom(span.start) - 1; i >= 0 && this.entities[i]!.start >= lo; i--) {
      const e = this.entities[i]!
      if (e.type !== "PERSON" || (found !== null && (found.canonical === e.canonical || (e.entityId != null && e.entityId === found.entityId)))) continue
      const role = this.roleKeys(e)
      let described = role.length > 0 && isHeadOf(role[0]!, head)
      const k0 = described ? -1 : this.tokenAtOriginal(e.start, a)
      for (let j = k0 - 1; k0 > 0 && j >= 0 && j >= k0 - HEAD_BEFORE_NAME && this.t.kinds[j] === WORD && !described; j--) described = this.keys[j] === head || this.keys[j] === definite
      if (!described) continue
      if (found !== null) return null
      found = e
    }
    return found
  }

  /**
   * The keys (without their article) of the up to six words right before a person's mention in its sentence (a
   * comma or a quotation mark between them and the name allowed); none when one of them is a noun of kinship or
   * representation without its article (`زوجة الفنان X`: the words describe another person) or the name opens no
   * token before `before`.
   */
  protected wordsBeforeName(e: Entity, before: number): Array<string> {
    const k0 = this.tokenAtOriginal(e.start, before)
    if (k0 < 1) return []
    let j = k0 - 1
    if (this.t.kinds[j] === PUNCT && (COMMAS.has(this.keys[j]!) || MARKS.has(this.keys[j]!))) j--
    const out: Array<string> = []
    // (the role right before the name: definite words, words after لل, titles and bare nouns in construct; a
    // preposition, a verb or any other word ends it)
    for (; j >= 0 && j >= k0 - 8 && out.length < 6 && this.t.kinds[j] === WORD; j--) {
      const w = this.keys[j]!
      if (this.lex.arPossessors.has(w) || this.lex.adjacentPossessors.has(w)) return []
      // (`والمدرب البرتغالي X`: a role after و is the name's too)
      const definite = w.startsWith(ALEF_LAM) || w.startsWith("\u0648\u0627\u0644") || (w.startsWith("\u0644\u0644") && w.length >= 5)
      // (a bare noun only in construct with the definite word after it: `قيادة المدير`, `وزير الخارجية`)
      const construct = out.length > 0 && j + 1 < k0 && this.keys[j + 1]!.startsWith(ALEF_LAM) && this.constructNoun(w)
      if (!(definite || this.lex.arTitles.has(w) || construct) || this.lex.arStops.has(w) || this.lex.verbForms.has(w)) break
      // (a word after لل describes the role's body or an object, `المدير الفني للفريق الإسباني`, `للاعب X`: it counts
      // for an adjective of the phrase, never for its head)
      out.push(w.startsWith("\u0644\u0644") ? TIED + w.slice(2) : bareKey(w))
    }
    return out
  }

  /**
   * The organisation an epithet stands for (thirty-fourth session, after the A57 reading's `الأوربي` for the European
   * Union): when the entity `e` is one word, a nisba adjective with the article (`الأوربي`), the one organisation named
   * before it (at most {@link ANAPHOR_WINDOW} tokens back; one canonical name) that holds the adjective, compared
   * without the letters و and ا after the first (`أوربي` ~ `أوروبي`); else null.
   */
  protected bodyByEpithet(e: Entity, a: number): Entity | null {
    const keys = foldKey(e.text)
    if (keys.length !== 1) return null
    const key = keys[0]!
    if (!key.startsWith(ALEF_LAM) || !key.endsWith("\u064a") || key.length < 6) return null
    const skeleton = (k: string): string => k.slice(0, 1) + k.slice(1).replace(/[\u0648\u0627]/g, "")
    const want = skeleton(key.slice(2))
    const span = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    const lo = this.orig(this.t.starts[Math.max(0, a - ANAPHOR_WINDOW)]!, this.t.ends[Math.max(0, a - ANAPHOR_WINDOW)]!).start
    let found: Entity | null = null
    for (let i = this.firstEntityFrom(span.start) - 1; i >= 0 && this.entities[i]!.start >= lo; i--) {
      const o = this.entities[i]!
      if (o.type !== "ORGANIZATION" || o === e || o.canonical === e.canonical) continue
      const words = foldKey(o.text)
      if (words.length < 2 || !words.some((w) => skeleton(bareKey(w)) === want)) continue
      if (found !== null && found.canonical !== o.canonical) return null
      found ??= o
    }
    return found
  }

  /**
   * The keys (without their article) of the words of a person's apposition: after a comma or a dash right after the
   * name, up to the next comma, dash, full stop or line end, at most 80 characters (`X، المتحدثة باسم المفوضية
   * الأوروبية،`); none when no comma or dash follows the name (`X في مؤتمر مع نظيره الأمريكي` is no apposition).
   */
  protected appositionKeys(e: Entity): Array<string> {
    const after = this.text.slice(e.end, Math.min(this.text.length, e.end + 80))
    const m = /^[ \u00a0]*[\u060c,\u2013\u2014-]([^\u060c,.\n\u2013\u2014]*)/.exec(after)
    return m === null ? [] : foldKey(m[1]!).map(bareKey)
  }

  /** The keys of an entity's role, without their article (`وزير الخارجية السعودي` → `وزير خارجيه سعودي`), folded once per entity. */
  private roleKeyCache: Map<Entity, Array<string>> | null = null
  protected roleKeys(e: Entity): Array<string> {
    this.roleKeyCache ??= new Map()
    let keys = this.roleKeyCache.get(e)
    if (keys === undefined) {
      keys = foldKey(e.role ?? "").map(bareKey)
      this.roleKeyCache.set(e, keys)
    }
    return keys
  }

  /**
   * Is the phrase `[a, b)` an indefinite post's noun (`headlineRoles` or its feminine, not a spokesman's
   * `spokesNouns`), bare nouns in construct after it (`نادي`, `مجلس إدارة`, `عام`; none with the article, which closes
   * the chain), and the organisation `body` that ends the phrase, with no person tagged in it (`رئيس نادي <club>`, `مدير عام جمرك X`)? (forty-sixth session,
   * helper club; at most seven words, as {@link roleHolderBefore} reads)
   */
  protected postOverBody(a: number, b: number, body: Entity, span: Range): boolean {
    if (b - a > 7 || body.end !== span.end) return false
    const head = this.keys[a]!
    const lex = this.lex
    if (head.startsWith(ALEF_LAM) || lex.spokesNouns.has(head) || !this.headlinePost(head)) return false
    // (a definite word before the body closes the chain of nouns in construct, `رئيس تحرير الصحيفة X`: a name right
    // after it is the holder's, whatever the entity stage typed it)
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] !== WORD || this.personAt(k) !== null) return false
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      if (k > a && o.end <= body.start && (!this.constructNoun(this.keys[k]!) || this.keys[k]!.startsWith(ALEF_LAM))) return false
    }
    return true
  }

  /**
   * Can a bare word stand inside a chain of nouns in construct (`مدير مكتب الاتصال`)? Not a preposition, a
   * complementizer or a stop word, not a nisba adjective (`مسؤول أمني`: indefinite), not `باسم` (`متحدث باسم …`).
   */
  protected constructNoun(w: string): boolean {
    return w.length >= 3 && !w.endsWith("\u064a") && w !== "\u0628\u0627\u0633\u0645" && !this.lex.arStops.has(w) && !this.lex.complementizers.has(w) && !this.lex.relativePronouns.has(w)
  }

  /** Is token `k` a one-word place entity? */
  protected placeAt(k: number): boolean {
    const e = this.entityStartingAt(k)
    return e !== null && e.type === "LOCATION" && e.end <= this.orig(this.t.starts[k]!, this.t.ends[k]!).end
  }

  /**
   * The issuer of the document a phrase names (`البيان`, `التقرير`, `بيان صادر`, `كاتب المقال`): for an indefinite
   * `بيان`/`تقرير` the body named right after it (`بيان لوزارة الداخلية`, `تقرير صادر عن X`); for a definite one, and
   * for the writer of an article, the issuer of the nearest earlier mention of the document that names one
   * ({@link issuerAt}), at most {@link ANAPHOR_WINDOW} tokens back, when nobody else was quoted since; a newspaper by
   * that name (`صحيفة البيان`) stops the search. Null when none is found (the phrase then stays the speaker).
   */
  protected documentIssuer(a: number, b: number): Speaker | null {
    if (b - a > 2) return null
    const lex = this.lex
    const key = this.keys[a]!
    let stems: ReadonlyArray<string>
    let stem: string | null
    if (lex.articleWriters.has(key)) {
      // كاتب المقال، كاتبة المقالة
      stems = lex.articleNouns
      stem = b - a === 2 ? docStem(this.keys[a + 1]!, stems) : null
      if (stem === null) return null
    } else {
      stems = lex.documentNouns
      stem = docStem(key, stems)
      if (stem === null) return null
      if (!key.startsWith(ALEF_LAM)) return this.issuerAt(a, false, false) ?? (b - a === 2 ? (this.bodyOfDocument(a) ?? this.issuedByWords(a) ?? this.bodyNounOfDocument(a)) : null)
      // وقال البيان الصادر عن مكتب رئيس الوزراء X أن …: a definite statement and its participle of issuing, the phrase
      // cut at `عن`; the issuer named after it speaks, as after an indefinite one (forty-seventh session, helper docspk)
      if (b - a === 2 && lex.issueVerbs.has(this.keys[a + 1]!)) return this.issuerAt(a, false, false) ?? this.issuedByWords(a)
      if (b - a !== 1) return null
      // البيان الصادر عن X، التقرير الذي أعده X: the issuer named right after the phrase (thirty-fifth session, second round)
      const named = this.issuerAt(a, false, false)
      if (named !== null) return named
    }
    const person = stems === lex.articleNouns
    for (let k = a - 1; k >= Math.max(0, a - ANAPHOR_WINDOW); k--) {
      // (most words do not hold the stem at all: one native search says so before the prefix and suffix reading; the
      // writer of an article is the writer of the nearest article or report, whatever the phrase calls it: تقريرا
      // لهانا سميث … وقالت كاتبة المقال)
      if (this.t.kinds[k] !== WORD || (person ? docStem(this.keys[k]!, stems) === null : !this.keys[k]!.includes(stem) || docStem(this.keys[k]!, stems) !== stem)) continue
      // صحيفة البيان: the newspaper of that name, not a statement
      if (k > 0 && this.t.kinds[k - 1] === WORD && (lex.outletNouns.has(ALEF_LAM + this.keys[k - 1]!) || lex.arNameNouns.has(this.keys[k - 1]!))) return null
      const issuer = this.issuerAt(k, true, person) ?? (person ? null : this.bodyOfDocument(k))
      // (an article or a report introduced with no writer the entity stage named, مقالا لفيرنون بوغدنور: the writer
      // meant is that one, unknown, not the writer of an article introduced before it)
      // (but the writer's own article or report, `يستهل الكاتب تقريره`, names no other writer: the search goes on to
      // the mention that names one, `تقرير أعده X`; thirty-seventh session, after the A69 reading)
      if (issuer === null && person && !DEFINITE.test(this.keys[k]!) && !this.ownDocument(k, stems)) return null
      if (issuer === null) continue
      // another speaker quoted since the mention may have issued the document meant (ونقلت الوكالة عن مصدر حكومي قوله
      // إن … . وقال البيان: the source's statement, not the one mentioned before it); not so an article's writer, whom
      // the phrase names as such (ونقل التقرير عن X قوله … وختمت كاتبة المقال)
      if (!person) {
        for (let i = this.chain.length - 1; i >= 0 && this.chainAt[i]! > k; i--) {
          const x = this.chain[i]!
          if (this.chainAt[i]! < a && (x.entityId !== null ? x.entityId !== issuer.entityId : x.text !== issuer.text)) return null
        }
      }
      return issuer
    }
    return person ? null : this.issuerNamedAfter(b, stem)
  }

  /**
   * The issuer of a definite document the text names only after the phrase (forty-eighth session, helper issuer, after
   * the A93 reading): `وجاء في الخطاب: "…" … أن هذا الخطاب الذي وصل من الاتحاد أمر متوقع`: the first later mention
   * of the same document's noun, definite, at most {@link ISSUER_AHEAD} tokens on, that links its issuer right after it
   * ({@link issuerAt} without the sentence's subject: `الذي ورد من X`, `الصادر عن X`); the search stops at an
   * indefinite mention (another document of that kind). Null when none is found.
   */
  protected issuerNamedAfter(b: number, stem: string): Speaker | null {
    const end = Math.min(this.t.count, b + ISSUER_AHEAD)
    for (let k = b; k < end; k++) {
      if (this.t.kinds[k] !== WORD || !this.keys[k]!.includes(stem) || docStem(this.keys[k]!, this.lex.documentNouns) !== stem) continue
      if (!DEFINITE.test(this.keys[k]!)) return null
      // (only a link the verb of issuing names: a person or a body right after the noun may be its subject or object)
      let j = k + 1
      while (j < Math.min(end, k + 3) && this.t.kinds[j] === WORD && this.lex.issueLinks.has(this.keys[j]!)) j++
      if (j >= end || this.t.kinds[j] !== WORD || !this.lex.issueVerbs.has(this.keys[j]!)) continue
      // (after the verb and `عن`/`من`: an organisation or a person, else one definite word or a noun in construct with
      // one, `رعاية الشباب`; no longer run of words, which goes on into the clause: `… رعاية الشباب أمر طبيعي`)
      let n = j + 1
      if (n < end && (this.keys[n] === AN || this.keys[n] === MIN)) n++
      if (n >= end || this.t.kinds[n] !== WORD) return null
      const e = this.entityStartingAt(n)
      if (e !== null) return e.type === "PERSON" || e.type === "ORGANIZATION" ? entitySpeaker(e) : null
      const w = this.keys[n]!
      if (docStem(w, this.lex.documentNouns) !== null || this.lex.arStops.has(w)) return null
      if (n + 1 < end && this.t.kinds[n + 1] === WORD && !w.startsWith(ALEF_LAM) && this.constructNoun(w) && this.keys[n + 1]!.startsWith(ALEF_LAM)) return this.resolve([n, n + 2], null, false)
      return w.startsWith(ALEF_LAM) ? this.resolve([n, n + 1], null, false) : null
    }
    return null
  }

  /**
   * The body an indefinite document noun is in construct with, when no body by that noun was named before
   * ({@link bodyOfDocument}) (forty-eighth session, helper issuer, after the A93 reading): `وجاء في بيان النادي: "…"`
   * after `بحسب ما ذكر النادي`: the club speaks, not its statement; read as the one-word subject `النادي` is
   * ({@link resolve}, not pushed). Only a definite body noun (`bodyNouns`) the entity stage left untagged; else null.
   */
  protected bodyNounOfDocument(k: number): Speaker | null {
    const a = k + 1
    if (a >= this.pe || this.t.kinds[a] !== WORD || this.entityStartingAt(a) !== null || !this.lex.bodyNouns.has(this.keys[a]!)) return null
    return this.resolve([a, a + 1], null, false)
  }

  /** Is token `k` a document's noun of `stems` with a possessive pronoun (`تقريره`, `مقالها`)? */
  protected ownDocument(k: number, stems: ReadonlyArray<string>): boolean {
    const key = this.keys[k]!
    const stem = docStem(key, stems)
    return stem !== null && key.length > stem.length && POSSESSIVE_ENDINGS.has(key.slice(key.lastIndexOf(stem) + stem.length))
  }

  /**
   * The issuer the text names after `بيان صادر عن`, `تقرير صادر من` at token `k` (thirty-second session) when the
   * entity stage tagged none there: the words after `عن`/`من` (one to five, up to punctuation, a mark, a
   * complementizer, `بأن…`/`لأن…`, a preposition or a verb of speech), opening with a definite word or a noun in
   * construct with one (`عن المجلس`, `عن رئاسة الوزراء`, `عن قيادة الجيش اللبناني`), read as a speaker phrase is (a
   * body named before with that noun, else the words); else null.
   */
  protected issuedByWords(k: number): Speaker | null {
    const lex = this.lex
    const j = k + 3
    if (j >= this.pe || this.t.kinds[k + 1] !== WORD || this.t.kinds[k + 2] !== WORD || this.t.kinds[j] !== WORD) return null
    if (!lex.issueVerbs.has(this.keys[k + 1]!) || (this.keys[k + 2] !== AN && this.keys[k + 2] !== MIN)) return null
    return this.issuerWords(j, true)
  }

  /**
   * The issuer named by the words from token `j` (one to five, up to punctuation, a mark, a complementizer,
   * `بأن…`/`لأن…`, a stop word or a verb of speech), read as a speaker phrase is, not pushed: when they open with a
   * definite word that is no document's noun (`الحركة`, `الداعية X`), or with a noun in construct with one when
   * `construct` (`رئاسة الوزراء`, after `عن`/`من`), or when a person or an organisation starts inside them (`رئيس
   * الحكومة X`, `مكتب X`; fortieth session); else null.
   */
  protected issuerWords(j: number, construct: boolean): Speaker | null {
    const lex = this.lex
    if (j >= this.pe || this.t.kinds[j] !== WORD) return null
    let e = j
    while (e < Math.min(this.pe, j + 5) && this.t.kinds[e] === WORD) {
      const w = this.keys[e]!
      // (and any complementizer with `ب` and a pronoun, `بأنهم`)
      // (and a verb of issuing: بيان من الرئاسة صدر أمس)
      if (lex.complementizers.has(w) || /^[\u0628\u0644][\u0627\u0623]\u0646/.test(w) || lex.arStops.has(w) || lex.verbForms.has(w) || lex.issueVerbs.has(w) || (w.length > 3 && w[0] === "\u0648" && lex.verbForms.has(w.slice(1)))) break
      e++
    }
    if (e === j) return null
    const first = this.keys[j]!
    if (docStem(first, lex.documentNouns) !== null) return null
    if (!(first.startsWith(ALEF_LAM) || (construct && e > j + 1 && this.constructNoun(first) && this.keys[j + 1]!.startsWith(ALEF_LAM)) || this.namedWithin(j, e))) return null
    return this.resolve([j, e], null, false)
  }

  /** Does a person or an organisation entity start at one of tokens `[j, e)`? */
  private namedWithin(j: number, e: number): boolean {
    for (let i = j; i < e; i++) {
      const x = this.entityStartingAt(i)
      if (x !== null && (x.type === "PERSON" || x.type === "ORGANIZATION")) return true
    }
    return false
  }

  /**
   * Does the word after the document noun at token `k` link it to its issuer (fortieth session)? `من` after an
   * indefinite statement or report (`بيان من الرئاسة`: not `البيان من`, partitive after a definite one), or a
   * newspaper's noun glued to `لـ` after a report (`تقرير لصحيفة`; not after a statement, `بيان لوكالة` is given to it).
   */
  private issuerLink(k: number): boolean {
    const lex = this.lex
    const stem = docStem(this.keys[k]!, lex.documentNouns)
    if (stem === null || !LAM_ISSUED.has(stem) || DEFINITE.test(this.keys[k]!)) return false
    const w = this.keys[k + 1]!
    if (w === MIN) return true
    return stem === REPORT && w.length > 3 && w[0] === LAM_KEY && lex.outletNouns.has(ALEF_LAM + w.slice(1))
  }

  /**
   * The newspaper of a report at token `j` after `لصحيفة`/`لجريدة`/`لمجلة` (fortieth session, after the A75 reading):
   * the organisation that starts right after the noun, or after an opening mark; else null.
   */
  private paperAfterReport(j: number): Speaker | null {
    let n = j + 1
    if (n < this.pe && this.t.kinds[n] === PUNCT && MARKS.has(this.keys[n]!)) n++
    const e = n < this.pe ? this.entityStartingAt(n) : null
    return e !== null && e.type === "ORGANIZATION" ? entitySpeaker(e) : null
  }

  /**
   * The issuer of the document named at token `k`: a person or organisation right after it (`بيان وزارة الخارجية`,
   * `بيان لوزارة …`, `مقالا لـX`), or after a verb of issuing (`الصادر عن X`, `تقرير أعده X`, `بقلم X`) and the
   * adjectives of a statement; with `before`, for a statement or a report after `في` or a verb of issuing (`وقال
   * المجلس في بيانه`, `أصدر X بيانا`), the speaker named earlier in its sentence, else the first person or
   * organisation in its first twelve tokens. An article's writer (`person`) is a person named after it.
   */
  protected issuerAt(k: number, before: boolean, person: boolean): Speaker | null {
    const lex = this.lex
    const end = Math.min(this.t.count, k + 6)
    let linked = true
    for (let j = k + 1; j < end; j++) {
      if (this.t.kinds[j] !== WORD) break
      const key = this.keys[j]!
      // (not a nisba adjective the entity stage took for a name: تقرير استخباري أمريكي)
      const nisba = j === k + 1 && key.endsWith("\u064a") && key[0] !== "\u0644" && !key.startsWith(ALEF_LAM)
      const e = linked && !nisba ? this.entityStartingAt(j) : null
      if (e !== null && (e.type === "PERSON" || (!person && e.type === "ORGANIZATION"))) return entitySpeaker(e)
      if (e !== null) break
      // حسب تغريدة كمران, بيان لفلان: one word right after the document that is a name of one person of the document,
      // untagged there (thirty-seventh session, after the A69 reading's tweet)
      const named = j === k + 1 && !nisba ? this.personByNameWord(j) : null
      if (named !== null) return entitySpeaker(named)
      const lam = j === k + 1 && !person ? this.issuerAfterLam(k) : null
      if (lam !== null) return lam
      // بيان من الرئاسة، تقرير لصحيفة «X»: `من` right after an indefinite statement or report, or `لـ` glued to a
      // newspaper's noun after a report, links the issuer as a verb of issuing does (fortieth session, after the A75
      // reading)
      if (j === k + 1 && !person && this.issuerLink(k)) {
        if (key !== MIN) {
          const paper = this.paperAfterReport(j)
          if (paper !== null) return paper
          break
        }
        continue
      }
      // تصريحات أدلى بها مسؤول أميركي لصحيفة X قال فيها:, التصريح الذي أدلت به الوزيرة X: a verb of giving and its
      // `به`/`بها` right after the noun or its relative, then the issuer (fifty-fifth session, helper arcarry3, after the
      // A107 reading: the person of the paragraph before carried on)
      if (!person && lex.givingVerbs.has(key) && (j === k + 1 || (j === k + 2 && lex.relativePronouns.has(this.keys[k + 1]!))) && j + 2 < this.pe && this.t.kinds[j + 1] === WORD && lex.pronounBa.has(this.keys[j + 1]!)) return this.givenBy(j + 2)
      if (lex.issueVerbs.has(key)) {
        linked = true
        if (j + 1 < end && (this.keys[j + 1] === AN || this.keys[j + 1] === MIN)) j++
        continue
      }
      if (!lex.issueLinks.has(key)) {
        // الذي أصدرته شركة الأبحاث «X»: a definite noun in construct, or two, and an opening mark after the verb, then
        // the organisation (thirty-fifth session, second round)
        if (!person && linked && j > k + 1 && lex.issueVerbs.has(this.keys[j - 1]!)) return this.bodyAfterIssuing(j) ?? this.issuerWords(j, false)
        // البيان الصادر عن مكتب رئيس الوزراء X: after the verb of issuing and `عن`/`من`, the words read as after `بيان
        // صادر عن` (a noun in construct allowed; forty-seventh session, helper docspk)
        if (!person && linked && j > k + 2 && (this.keys[j - 1] === AN || this.keys[j - 1] === MIN) && lex.issueVerbs.has(this.keys[j - 2]!)) return this.issuerWords(j, true)
        // (بيان من مكتب الوزير: the words after `من`, a noun in construct allowed as after `صادر عن`)
        if (!person && j === k + 2 && this.keys[k + 1] === MIN) return this.issuerWords(j, true)
        break
      }
      linked = false
    }
    if (!before || person || k === 0) return null
    // the start of the sentence of token k (in any paragraph: the mention may stand paragraphs before the phrase)
    let s = k
    while (s > 0 && k - s < 40 && this.t.kinds[s - 1] !== BREAK && !this.isSentenceEnd(s - 1)) s--
    // في بيان، بإصداره بيانا: the word before; أصدرت الجبهة بيانا: the verb that opens the sentence
    // وفي موضوع ذي صلة، أصدر المجلس … توصية: a verb of issuing right after a comma opens the clause as it would the
    // sentence (forty-eighth session, helper issuer, after the A93 reading; up to twelve tokens before the document)
    for (let i = k - 1; i > s && i >= k - 12; i--) {
      if (this.t.kinds[i] === WORD && this.isPunct(i - 1, COMMAS) && lex.issuing.has(this.keys[i]!) && this.keys[i] !== FI) {
        s = i
        break
      }
    }
    const opener = this.keys[s]!
    if (!((this.t.kinds[k - 1] === WORD && lex.issuing.has(this.keys[k - 1]!)) || (s < k && lex.issuing.has(opener) && opener !== FI))) return null
    // وقال المجلس في بيانه: the speaker the sentence's verb named
    for (let i = this.chain.length - 1; i >= Math.max(0, this.chain.length - 4); i--) {
      const at = this.chainAt[i]!
      if (at >= s && at < k) return this.chain[i]!
      if (at < s) break
    }
    // وقال في بيان، وقالا في بيان مشترك: a verb of speech and `في` alone before the document, its subject unnamed: the
    // speaker the verb went on with, the last one pushed on the chain before the sentence (thirty-fifth session, second
    // round)
    if (k - s === 2 && this.keys[k - 1] === FI && this.t.kinds[s] === WORD && this.verbWord(this.keys[s]!)) {
      // (the last pushed before the sentence: the phrase itself may be on the chain when read twice)
      for (let i = this.chain.length - 1; i >= Math.max(0, this.chain.length - 4); i--) if (this.chainAt[i]! < s) return this.chain[i]!
    }
    if (k - s > 12) return null
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    // (up to the end of the word before the document: `وأصدر نادي X بيانا`, the body's name right before it; thirty-second
    // session)
    const to = this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!).end
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= to) break
      if (e.type === "PERSON" || e.type === "ORGANIZATION") return entitySpeaker(e)
    }
    return this.issuingSubjectWords(s, k)
  }

  /**
   * The one who gave a statement, named at token `n` after a verb of giving and `به`/`بها` (`givingVerbs`; fifty-fifth
   * session, helper arcarry3): a person or organisation the entity stage tagged there, else an unnamed source's phrase
   * (`unnamedSources`: `مسؤول أميركي`), its words up to {@link GIVEN_BY_WORDS} before punctuation, a mark, a stop word,
   * a complementizer, a verb or a word glued to `ل`/`ب` (`لصحيفة`), read as a speaker phrase is (not pushed); else null.
   */
  protected givenBy(n: number): Speaker | null {
    const lex = this.lex
    if (n >= this.pe || this.t.kinds[n] !== WORD) return null
    const tagged = this.entityStartingAt(n)
    if (tagged !== null) return tagged.type === "PERSON" || tagged.type === "ORGANIZATION" ? entitySpeaker(tagged) : null
    if (!lex.unnamedSources.has(this.keys[n]!)) return null
    let e = n + 1
    while (e < Math.min(this.pe, n + GIVEN_BY_WORDS) && this.t.kinds[e] === WORD && this.entityStartingAt(e) === null) {
      const w = this.keys[e]!
      if (lex.arStops.has(w) || lex.complementizers.has(w) || lex.verbForms.has(w) || (w.length > 3 && (w[0] === "\u0644" || w[0] === "\u0628") && !w.startsWith(ALEF_LAM))) break
      e++
    }
    return this.resolve([n, e], null, false)
  }

  /**
   * The body a statement or a report at token `k` is said to be of with `لـ` and the article, untagged by the entity
   * stage (`بيان للمحكمة العليا`, `تقرير للجنة الأممية`; thirty-ninth session): the definite word glued to `لل` and up
   * to two definite adjectives after it, written with their article (`المحكمة العليا`); not a letter or a tweet, which
   * `لـ` may address. Null when an entity starts there or the words are no body's.
   */
  protected issuerAfterLam(k: number): Speaker | null {
    const lex = this.lex
    const j = k + 1
    if (j >= this.pe || this.t.kinds[j] !== WORD || this.entityStartingAt(j) !== null) return null
    const stem = docStem(this.keys[k]!, lex.documentNouns)
    if (stem === null || !LAM_ISSUED.has(stem)) return null
    const key = this.keys[j]!
    if (!key.startsWith(LAL) || key.length < 5) return null
    // (`للمحكمة` is ل and المحكمة; `للجنة` is ل and اللجنة, one lam written)
    const cut = lex.bodyNouns.has(ALEF_LAM + key.slice(2)) ? 2 : lex.bodyNouns.has(ALEF_LAM + key.slice(1)) ? 1 : 0
    if (cut === 0) return null
    let e = j + 1
    while (e < Math.min(this.pe, j + 3) && this.t.kinds[e] === WORD) {
      const w = this.keys[e]!
      if (!w.startsWith(ALEF_LAM) || lex.clauseOpeners.has(w) || lex.arStops.has(w) || !(isNisbaKey(w, "definite") || lex.bodyAdjectives.has(w) || w.endsWith("\u0627"))) break
      e++
    }
    // (`بيان للدائرة` alone: the body's name as the text wrote it before, `دائرة الإفتاء العام`, if it did)
    const body = e === j + 1 ? this.bodyNamedBefore(j, ALEF_LAM + key.slice(cut)) : null
    if (body !== null) return body
    const o = this.orig(this.t.starts[j]!, this.t.ends[e - 1]!)
    return { text: ALEF_LAM + this.text.slice(o.start + cut, o.end), entityId: null, gender: null, person: false }
  }

  /**
   * The issuer of the document at token `k` named by the words the entity stage left untagged (thirty-ninth session,
   * after the A72 reading): the subject of the verb that opens its sentence at token `s`, right after it, when that
   * verb is one of issuing (`وأصدرت الجبهة بيانا`) or the document follows `بإصداره`/`بإصدارها` (`واستخدم الجيش
   * الشعبي الكوري بدوره خطابا … بإصداره بيانا`): a definite word (or an indefinite noun in construct with one) and up
   * to three definite words after it, read as a speaker phrase is ({@link resolve}, not pushed); else null.
   */
  protected issuingSubjectWords(s: number, k: number): Speaker | null {
    const lex = this.lex
    const opener = this.keys[s]!
    const glued = this.keys[k - 1] === BI_ISDARIH || this.keys[k - 1] === BI_ISDARIHA
    // (after `بإصداره`, a verb glued to `و`/`ف` that opens the sentence: `واستخدم`, `وكان`)
    const verb = this.verbWord(opener) || (opener.length > 3 && (opener[0] === "\u0648" || opener[0] === "\u0641") && !DEFINITE.test(opener) && !lex.arStops.has(opener) && !lex.clauseOpeners.has(opener))
    if (this.t.kinds[s] !== WORD || opener === FI || !(lex.issuing.has(opener) || (glued && verb))) return null
    const j = s + 1
    if (j >= k || this.t.kinds[j] !== WORD || this.entityStartingAt(j) !== null) return null
    const first = this.keys[j]!
    const definite = first.startsWith(ALEF_LAM)
    if (!definite && !(j + 1 < k && this.constructNoun(first) && this.keys[j + 1]!.startsWith(ALEF_LAM))) return null
    let e = definite ? j + 1 : j + 2
    while (e < Math.min(k, j + 4) && this.t.kinds[e] === WORD) {
      const w = this.keys[e]!
      if (!w.startsWith(ALEF_LAM) || lex.clauseOpeners.has(w) || lex.arStops.has(w) || docStem(w, lex.documentNouns) !== null) break
      e++
    }
    // (never a document itself: the phrase is read as a speaker's, which may look for a document's issuer again)
    if (lex.arStops.has(first) || lex.clauseOpeners.has(first) || docStem(first, lex.documentNouns) !== null) return null
    return this.resolve([j, e], null, false)
  }

  /**
   * The organisation the text names after a noun or two and an opening mark at token `j`, right after a verb of
   * issuing (`أصدرته شركة الأبحاث «X»`): the first word a noun in construct with no article, the second definite, then
   * `«` or `"` and an organisation entity; else null. At most four tokens read.
   */
  protected bodyAfterIssuing(j: number): Speaker | null {
    const k = j + 2
    if (k + 1 >= this.t.count || this.t.kinds[j] !== WORD || this.t.kinds[j + 1] !== WORD || this.t.kinds[k] !== PUNCT) return null
    if (this.keys[j]!.startsWith(ALEF_LAM) || !this.keys[j + 1]!.startsWith(ALEF_LAM) || (this.keys[k] !== "\u00ab" && this.keys[k] !== '"')) return null
    if (this.entityStartingAt(j) !== null || this.entityStartingAt(j + 1) !== null) return null
    const e = this.entityStartingAt(k + 1)
    return e !== null && e.type === "ORGANIZATION" ? entitySpeaker(e) : null
  }

  /**
   * The body a document noun in construct with a definite body noun stands for (`بيان المجلس`, `بيان الهيئة`, at token
   * `k`; session 26, second round): when no entity starts at the body noun (`bodyNouns`), the nearest earlier use of the
   * noun, with or without its article, at most {@link ANAPHOR_WINDOW} tokens back, that an organisation starts (`أوضح
   * مجلس القضاء في الإقليم`) or that its definite genitive follows (`مجلس القضاء`, the text's words); null when another
   * speaker was quoted since (the body meant may be another) or no use names a body.
   */
  protected bodyOfDocument(k: number): Speaker | null {
    const a = k + 1
    if (a >= this.t.count || this.t.kinds[a] !== WORD || this.entityStartingAt(a) !== null) return null
    const key = this.keys[a]!
    if (!this.lex.bodyNouns.has(key)) return null
    const bare = key.slice(2)
    for (let j = k - 1; j >= Math.max(0, k - ANAPHOR_WINDOW); j--) {
      if (this.t.kinds[j] !== WORD || (this.keys[j] !== bare && this.keys[j] !== key)) continue
      const e = this.entityStartingAt(j)
      let found: Speaker | null = null
      if (e !== null) {
        if (e.type !== "ORGANIZATION") continue
        found = entitySpeaker(e)
      } else if (this.keys[j] === bare && j + 1 < k && this.t.kinds[j + 1] === WORD) {
        const w = this.keys[j + 1]!
        if (!w.startsWith(ALEF_LAM) || this.lex.clauseOpeners.has(w) || this.lex.arStops.has(w) || this.lex.bodyNouns.has(w)) continue
        const o = this.orig(this.t.starts[j]!, this.t.ends[j + 1]!)
        found = { text: this.text.slice(o.start, o.end), entityId: null, gender: null, person: false }
      } else continue
      // (the same body on the chain since is no other speaker: the resolver may read the phrase twice)
      for (let i = this.chain.length - 1; i >= 0 && this.chainAt[i]! > j; i--) {
        const x = this.chain[i]!
        if (this.chainAt[i]! < k && (found.entityId !== null ? x.entityId !== found.entityId : x.text !== found.text)) return null
      }
      return found
    }
    return null
  }

  /**
   * The name of the body a one-word subject names (`الوزارة`, `المرصد`; `bodyNouns`) as the text wrote it last, when
   * no entity covers it: the nearest earlier use of the noun, with or without the article, followed by its definite
   * genitive and adjectives (`وزارة الداخلية الكويتية`, `المرصد السوري`), at most {@link ANAPHOR_WINDOW} tokens back;
   * null when someone else was quoted since (the body meant may be another) or no use names the body.
   */
  protected bodyNamedBefore(a: number, key = this.keys[a]!): Speaker | null {
    const lex = this.lex
    if (!lex.bodyNouns.has(key)) return null
    const bare = key.slice(2)
    for (let k = a - 1; k >= Math.max(0, a - ANAPHOR_WINDOW); k--) {
      if (this.t.kinds[k] !== WORD || (this.keys[k] !== bare && this.keys[k] !== key)) continue
      // after the noun in construct its definite genitive (وزارة الداخلية), then nisba adjectives (الكويتية, السوري):
      // a word of another shape is the verb's object or the next clause (ألقت الشرطة القبض، الحكومة المعترف بها)
      // (مكتب تحقيقات الطيران, مكتب رئيس الوزراء التركي: one or two indefinite nouns in construct may stand before the
      // genitive, read only when a definite genitive ends them; thirty-fifth session, two readings' `وقال المكتب`)
      const g = this.keys[k] === bare ? this.constructChainEnd(k + 1, Math.min(a, k + 3)) : k + 1
      let e = g
      while (e < Math.min(a, g + 4) && this.t.kinds[e] === WORD) {
        const w = this.keys[e]!
        if (!w.startsWith(ALEF_LAM) || lex.clauseOpeners.has(w) || lex.arStops.has(w) || lex.bodyNouns.has(w)) break
        const genitive = e === g && this.keys[k] === bare
        // (and `العامة` of `الأمانة العامة`, no nisba: `bodyAdjectives`, thirty-eighth session)
        if (!genitive && !((w.length >= 5 && w.endsWith("\u064a")) || (w.length >= 6 && w.endsWith("\u064a\u0647")) || lex.bodyAdjectives.has(w))) break
        e++
      }
      if (e === g) continue
      const o = this.orig(this.t.starts[k]!, this.t.ends[e - 1]!)
      const text = this.text.slice(o.start, this.ownerAfterBody(e, a)?.end ?? o.end)
      // (the same body on the chain since is no other speaker: the resolver may read the phrase twice)
      for (let i = this.chain.length - 1; i >= 0 && this.chainAt[i]! > k; i--) if (this.chainAt[i]! < a && this.chain[i]!.text !== text) return null
      return { text, entityId: null, gender: null, person: false }
    }
    return null
  }

  /**
   * The organisation a body's name written before token `limit` goes on to with `لـ` at token `e` (thirty-ninth
   * session, after the A72 reading: `الموقع الإلكتروني لنادي X`, `المكتب الإعلامي للحركة X`): one that starts at
   * that word (after the `لـ`) or at the next one (`لنادي` then the name), else null.
   */
  private ownerAfterBody(e: number, limit: number): Entity | null {
    if (e + 1 >= limit || this.t.kinds[e] !== WORD) return null
    const w = this.keys[e]!
    if (w.length < 3 || w[0] !== LAM_KEY || w.startsWith(ALEF_LAM)) return null
    const owner = this.entityStartingAt(e) ?? (this.t.kinds[e + 1] === WORD && !this.lex.arStops.has(w) && !this.lex.complementizers.has(w) ? this.entityStartingAt(e + 1) : null)
    return owner !== null && owner.type === "ORGANIZATION" ? owner : null
  }

  /**
   * The end of the indefinite nouns in construct from token `j` (at most up to `limit`: `تحقيقات` of `مكتب تحقيقات
   * الطيران`) when a definite word follows them, the genitive that ends the chain; else `j` (no chain read). Words
   * that an entity starts (a name after the head) or that are no construct noun ({@link constructNoun}) end it.
   */
  private constructChainEnd(j: number, limit: number): number {
    let e = j
    while (e < limit && this.t.kinds[e] === WORD && !this.keys[e]!.startsWith(ALEF_LAM) && this.constructNoun(this.keys[e]!) && this.entityStartingAt(e) === null) e++
    return e > j && e < this.t.count && this.t.kinds[e] === WORD && this.keys[e]!.startsWith(ALEF_LAM) ? e : j
  }

  /**
   * An unnamed source's phrase `[a, b)` (`unnamedSources` in the lexicon: `مصدر`, `مصادر`, `مسؤول`, `شاهد` … first,
   * then only its adjectives, `describedBy` or a nisba, up to the phrase's end, `في`, `من` or a word glued to `بـ`/`لـ`):
   * the organisation named right after `في`/`من`/`بـ` there (`مصدر مسؤول في وزارة الداخلية`, `مسؤول بوزارة X`; not
   * after `مقرب`/`قريب`/`موال`, `closeTo`), pushed as the speaker; with none, a person named after that word (`مصدر
   * عسكري موال لـX`, `مسؤول كبير بإدارة X`) makes the speaker the phrase's words (no person's entity); else null, the
   * phrase read as before (thirty-third session).
   */
  protected unnamedSource(a: number, b: number, gender: Gender | null, push: boolean): Speaker | null {
    if (this.entities.length === 0 || this.t.kinds[a] !== WORD) return null
    const lex = this.lex
    const first = this.keys[a]!
    if (!lex.unnamedSources.has(first) && !(first.length > 4 && (first[0] === "\u0648" || first[0] === "\u0641") && lex.unnamedSources.has(first.slice(1)))) return null
    let k = a + 1
    let close = false
    for (; k < b && this.t.kinds[k] === WORD && (lex.unnamedDescribedBy.has(this.keys[k]!) || isNisbaKey(this.keys[k]!, "any")) && this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!)) === null; k++) if (lex.unnamedCloseTo.has(this.keys[k]!)) close = true
    // (مسؤول إعلام الفرع …، X: a noun in construct after it makes a role, its holder named after it)
    const at = k < this.pe && this.t.kinds[k] === WORD ? this.keys[k]! : ""
    const prep = at === FI || at === MIN
    // (a word in ل right after the source's noun is a noun in construct, `مسؤول لجنة حي X فلان`, the official of a
    // committee whose name follows; ل is glued to a body after an adjective, `مصدر مقرب لـX`, or as `لل`; forty-first
    // session, after the A78 reading)
    const glued = at.length > 2 && (at[0] === BA_GLUED || (at[0] === "\u0644" && (k > a + 1 || at.startsWith("\u0644\u0644")))) && !at.startsWith(ALEF_LAM)
    // وقال مصدر «X»: «…»: the source of an outlet or a body, its name in marks right after the source's words, is that
    // source (its words, the marks in them), not the outlet (fifty-second session, helper aroutlet)
    if (k + 1 < b && this.markChar(k) !== null && !close) {
      const outlet = this.organisationOpening(k + 1)
      if (outlet !== null) {
        const start = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
        const end = /^[\u00bb\u00ab"\u201d\u201c]/.test(this.text.slice(outlet.end, outlet.end + 1)) ? outlet.end + 1 : outlet.end
        const words: Speaker = { text: this.text.slice(start, end), entityId: null, gender, person: false }
        if (push) this.push(words, a)
        return words
      }
    }
    if (k < b && !prep && !glued) return null
    const body = close ? null : prep ? this.organisationOpening(k + 1) : glued && at[0] === BA_GLUED ? this.organisationOpening(k, true) : null
    // (وقال مسؤول بطالبان, مسؤول رفيع بالاتحاد الأوروبي: a body glued to `بـ` is the source's own affiliation, one
    // unnamed person of it, as `memberOfBodyOpens` reads `مسؤول كبير بوزارة الخزانة`: the words up to the body's end
    // speak; sixtieth session, helper arquote12, after the A115 reading)
    if (body !== null && !prep) {
      const words: Speaker = { text: this.text.slice(this.startPastConjunction(a), body.end), entityId: null, gender, person: false }
      if (push) this.push(words, a)
      return words
    }
    if (body !== null) return push ? this.pushEntity(body, gender, a, false) : { text: body.canonical, entityId: body.entityId, gender, person: false }
    const written = prep && !close ? this.sourceBodyWritten(k + 1) : null
    if (written !== null) {
      const named: Speaker = { ...written, gender }
      if (push) this.push(named, a)
      return named
    }
    if (k >= b) return null
    const span = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
    const named = this.entityIn(span)
    if (named === null || named.type !== "PERSON" || named.start < this.orig(this.t.starts[k]!, this.t.ends[k]!).start) return null
    const words: Speaker = { text: this.text.slice(span.start, span.end), entityId: null, gender, person: false }
    if (push) this.push(words, a)
    return words
  }

  /**
   * Is the phrase `[a, b)` (the original `span`) a member's noun, at most one word after it (`سابق`), `في` or `من`,
   * then an organisation in it and no person (`عنصر سابق في «داعش»`)?
   */
  private memberOfBody(a: number, b: number, span: { start: number; end: number }): boolean {
    let k = a + 1
    if (k < b && this.t.kinds[k] === WORD && this.keys[k] !== FI && this.keys[k] !== MIN) k++
    if (k >= b - 1 || this.t.kinds[k] !== WORD || (this.keys[k] !== FI && this.keys[k] !== MIN)) return false
    let body = false
    for (let i = this.firstEntityFrom(span.start); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= span.end) break
      if (e.type === "PERSON") return false
      if (e.type === "ORGANIZATION") body = true
    }
    return body
  }

  /**
   * The body an unnamed source is in when the text names it by its noun alone after `في`/`من` at token `k` (`مصدر في
   * الخلية`, `مسؤول في الوزارة`; thirty-ninth session, after the A73 reading): the body's name as the text wrote it
   * before ({@link bodyNamedBefore}: `خلية الإعلام الحربي`) when the noun ends the phrase or a `في`/`من`/mark follows
   * it; else null.
   */
  private sourceBodyWritten(k: number): Speaker | null {
    if (k >= this.pe || this.t.kinds[k] !== WORD || !this.lex.bodyNouns.has(this.keys[k]!) || this.entityStartingAt(k) !== null) return null
    const next = k + 1 < this.pe && this.t.kinds[k + 1] === WORD ? this.keys[k + 1]! : null
    if (next !== null && next !== FI && next !== MIN && !this.lex.complementizers.has(next)) return null
    return this.bodyNamedBefore(k)
  }

  /**
   * The organisation that opens at token `k` (at its first letter; `glued`: after the `بـ` glued to it, or at the
   * token after it, `بوزارة الخارجية` tagged `الخارجية`), or null.
   */
  private organisationOpening(k: number, glued = false): Entity | null {
    if (k >= this.pe || this.t.kinds[k] !== WORD) return null
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(glued ? o.start + 1 : o.start)]
    if (e === undefined || e.type !== "ORGANIZATION") return null
    if (!glued) return e.start === o.start ? e : null
    if (e.start < o.end) return e
    return k + 1 < this.pe && this.t.kinds[k + 1] === WORD && e.start === this.orig(this.t.starts[k + 1]!, this.t.ends[k + 1]!).start ? e : null
  }

  /** The roles the text ties to a named person ({@link heldRoleIndex}), built once on first need. */
  private heldRoles: Map<string, Entity | null> | undefined = undefined

  /**
   * English: the person a definite role phrase `text` at token `a` stands for (`the Ofsted chief`, `the prime minister`:
   * `the` and a post ending in a head of `heldHeads`, {@link heldRoleKey}): the one person the text ties to it in so
   * many words (`by Ofsted chief, David Bell,` or `David Bell, the Ofsted chief,`; {@link heldRoleIndex}), else (none,
   * or two persons tied) the document's lead person when the sentence before opens with him ({@link leadHolder}); else
   * null (forty-ninth session, helper enholder).
   */
  protected heldHolder(a: number, text: string): Entity | null {
    const key = heldRoleKey(text.trim().split(/\s+/))
    if (key === null) return null
    const tied = (this.heldRoles ??= heldRoleIndex(this.text, this.entities)).get(key)
    return tied ?? this.leadHolder(a, key)
  }

  /**
   * English `it` as a speaker (`It added that …`) where the chain holds a person: the organisation that opens the
   * sentence before (or speaks in it; {@link bodyOfSentenceBefore}: `The EU sought to allay …`), else null (forty-ninth
   * session, helper enholder).
   */
  protected bodyForIt(a: number): Speaker | null {
    const body = this.bodyOfSentenceBefore(this.phraseSentenceStart(a))
    return body === null ? null : entitySpeaker(body)
  }

  /** The document's title as the parse stage found it (`scan`'s argument), or null when the caller gave none. */
  protected title: Range | null = null
  /** Where the title ends ({@link titleSpanEnd}), once looked for. */
  private titleEnd: number | undefined = undefined

  /**
   * The end of the document's title (forty-ninth session, helper enholder): the parse stage's title when the caller
   * gave one (the pipeline does), else the text's first line, as a bare call of `extractQuotes` on an article's text
   * reads it; -1 when the text has a single line and no title was given.
   */
  private titleSpanEnd(): number {
    return (this.titleEnd ??= this.title !== null ? this.title.end : this.text.indexOf("\n"))
  }

  /**
   * `Northline Rail sinks into deeper loss` ⏎ … `Northline Rail said it was making …` … `The company said …`: for `the company` or
   * `the firm` at token `a`, the organisation the document's title opens with, when the last organisation the text
   * names before the phrase (within {@link HEADLINE_BODY_BACK} entities, after the title) is that one too; else null
   * (forty-ninth session, helper enholder).
   */
  protected titleBodyFor(a: number): Entity | null {
    if (!HEADLINE_BODY_NOUNS.has(this.keys[a + 1]!)) return null
    const lead = this.entities[0]
    // (the organisation opens the title)
    const titleEnd = this.titleSpanEnd()
    if (lead === undefined || lead.type !== "ORGANIZATION" || titleEnd < 0 || lead.end > titleEnd || this.text.slice(this.title?.start ?? 0, lead.start).trim() !== "") return null
    const at = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    for (let i = this.firstEntityFrom(at) - 1, n = 0; i > 0 && n < HEADLINE_BODY_BACK; i--, n++) {
      const e = this.entities[i]!
      if (e.start < titleEnd) return null
      if (e.type !== "ORGANIZATION") continue
      return e.entityId === lead.entityId ? lead : null
    }
    return null
  }

  /** Is the entity's mention followed by a possessive (`Fowler's double strike`, `Jones' goal`)? (forty-ninth session, helper enholder) */
  protected possessiveName(e: Entity): boolean {
    return POSSESSIVE_AFTER.test(this.text.slice(e.end, e.end + 3))
  }

  /**
   * The chain's last person named by an entity, pushed in this paragraph or the one before, when only bodies were pushed
   * after it, at most `bodies` of them: `Hale spoke to a handful of journalists …` after Hale's quotes, where
   * `according to The Independent` pushed the paper last (`the Arsenal boss`; forty-ninth session, helper enholder);
   * else null.
   */
  protected recentPersonPast(bodies: number): Speaker | null {
    const c = this.chain
    const from = Math.min(this.lastPs, this.ps)
    for (let i = c.length - 1, n = 0; i >= 0 && n <= bodies && this.chainAt[i]! >= from; i--, n++) {
      const x = c[i]!
      if (x.person) return x.entityId !== null ? x : null
    }
    return null
  }

  /** The roles {@link leadHolder} tied to the document's lead person, by their key. */
  private readonly leadHeld = new Map<string, Entity>()
  /** The document's lead person ({@link documentLead}), once looked for; undefined before. */
  private leadPerson: Entity | null | undefined = undefined

  /**
   * The person a document is about: named in its title and opening its first sentence after the title (`Blair
   * dismisses quit claim report` ⏎ `Tony Blair has dismissed reports …`), one id, with no role the entity stage read
   * for any mention of it (a person the text gives another post, `Tory MP Boris Johnson`, is none); else null.
   */
  protected documentLead(): Entity | null {
    if (this.leadPerson !== undefined) return this.leadPerson
    this.leadPerson = null
    const titleEnd = this.titleSpanEnd()
    if (titleEnd < 0) return null
    let inTitle: Entity | null = null
    for (const e of this.entities) {
      if (e.type !== "PERSON") continue
      if (e.end <= titleEnd) {
        inTitle ??= e
        continue
      }
      if (inTitle === null || this.text.slice(titleEnd, e.start).trim() !== "") return null
      const id = e.entityId
      // (the same id, or the title's surname alone: `Blair` for `Tony Blair`)
      if (inTitle.entityId !== id && !e.canonical.endsWith(` ${inTitle.text}`)) return null
      if (this.entities.some((x) => x.entityId === id && x.role != null && x.role.trim() !== "")) return null
      return (this.leadPerson = e)
    }
    return null
  }

  /**
   * English: a definite role phrase, by its key ({@link heldRoleKey}: `prime minister`, `arsenal boss`), that no one
   * person is tied to in so many words ({@link heldHolder}), right after a sentence whose first person is the document's lead person ({@link documentLead}:
   * `Tony Blair has dismissed reports …. "…," the prime minister told`), is that person; the document then uses the
   * phrase for that person throughout (later uses take the same person). Else null (forty-ninth session, helper
   * enholder).
   */
  protected leadHolder(a: number, key: string): Entity | null {
    const held = this.leadHeld.get(key)
    if (held !== undefined) return held
    const lead = this.documentLead()
    if (lead === null) return null
    const before = this.personOfSentenceBefore(this.phraseSentenceStart(a))
    if (before === null || before.entityId !== lead.entityId) return null
    this.leadHeld.set(key, before)
    return before
  }

  /**
   * The person who opens a clause after `and` or `but` in the sentence from token `k` to `end` (within
   * {@link COORDINATED_REACH} tokens, outside quotation marks) before a lower-case word (`… and Keegan sympathised
   * with …`), another than `e` and not in the possessive itself, with the token it starts at; else null (forty-ninth
   * session, helper enholder).
   */
  protected coordinatedPersonAfter(k: number, end: number, e: Entity): [Entity, number] | null {
    const stop = Math.min(end - 2, k + COORDINATED_REACH)
    for (let j = k + 1; j < stop; j++) {
      if (this.markChar(j) !== null) return null
      if (this.t.kinds[j] !== WORD || (this.keys[j] !== "and" && this.keys[j] !== "but")) continue
      const p = this.personAt(j + 1)
      if (p === null || p.entityId === e.entityId || this.possessiveName(p)) continue
      const v = this.walkPast(j + 1, end, p.end, "start")
      if (v < end && this.t.kinds[v] === WORD && !isCapitalized(this.t, this.text, v)) return [p, j + 1]
    }
    return null
  }
}
