/**
 * Direct quotations with their speakers.
 *
 * Two kinds of direct speech are found, per paragraph (a line of the text):
 * - words between quotation marks — `«…»`, `“…”`, `„…“`, `"…"`, and the
 *   mis-typed openers scraped Arabic text is full of (`:”…”`, `:»…«`) — that a
 *   speech verb introduces (`وقال الوزير: «…»`, `قال إن «…»`), follows
 *   (`«…»، قال الوزير`, `"…," Putin said`, `"…," said Putin`, `according to …`),
 *   or that are long enough to be speech on their own (8 words or more, then
 *   given to the last named speaker);
 * - speech after a verb and a colon with no marks (`وقال المجلس في بيان: إن …`,
 *   `ونقل المكتب عن الوزير قوله: إنه …`), up to the end of the paragraph or
 *   the next sentence that opens with a new attribution.
 *
 * A quotation mark that is never closed does not swallow the rest of the
 * article: the quote ends at the end of its paragraph and is reported in
 * `capped` (the stage turns it into a diagnostic).
 *
 * Speakers: the phrase after the verb (`قال وزير الخارجية عادل الجبير`), the
 * name after `عن` in `نقل عن … قوله`, the noun phrase before or after an
 * English verb. With entities, the speaker is the canonical form of the
 * person or organisation in that phrase (or of the entity whose role the
 * phrase names) and `speakerEntityId` its id; without them, the phrase
 * itself. A verb with no subject (`وأضاف:`, `وقالت:`), a pronoun (`he said`)
 * or a participle (`مضيفاً: «…»`) takes the last named speaker of the same
 * gender, else the last named speaker.
 *
 * Every step reads a bounded window of tokens, so the scan is linear in the
 * length of the text.
 *
 * This module holds the public API and the top layer of the scanner (the
 * paragraph loop and the attribution of each quotation); the layers below it
 * are listed, in reading order, in `scanner.ts`.
 *
 * @module
 */
import type { TextView } from "../../model/view.js"
import type { Entity, Quote } from "../../schema/record.js"
import { RangeFilter, type Range } from "../internal/ranges.js"
import { lowerBoundBy } from "../../internal/search.js"
import { sourceNamed } from "../../lexicons/lexicon.js"
import { BREAK, NUM, PUNCT, WORD, foldKey, identityView, isCapitalized, tokensOf } from "../internal/tokens.js"
import { isArabicBaseLetter } from "../../internal/letters.js"
import { EnglishCalls } from "./english-calls.js"
import { EN_VOICE_BODY_LINKS } from "./english.js"
import type { Verb } from "./lexicon.js"
import { BA_CLITICS, doubledMarksView } from "./marks.js"
import { EN_PASSIVE, KAMA, participleGender } from "./cues.js"
import { CLUB_KEY, docStem } from "./speakers.js"
import { linkRoleSpeakers } from "./role-link.js"
import { ALEF_LAM, AN, entitySpeaker, roleKey, C_WAW, FA, LAL, LAM_KEY, COLON_WINDOW, COMMAS, CUE_WINDOW, DASHES, FI, hasWithWaw, isNisbaKey, MARKS, MIN, MIN_WORDS_BARE, MIN_WORDS_CUED, MIN_WORDS_UNCUED, REPORTED_WINDOW, TextMemo, WAW, withoutConjunction, type Cue, type Mark, type Speaker } from "./scanner.js"

/** {@link QuoteScanner.mannerWordIn} by speaker text. */
const mannerWords = new TextMemo<number>()

/** A naming verb of a feminine subject with its object pronoun (`سمته`, `أسمتها`; {@link QuoteScanner.namedByCaller}). */
const FEMININE_NAMING = /\u062a(?:\u0647|\u0647\u0627)$/

/** `ب` written apart from the marks it governs (`ما وصفه ب"…"`). */
const BA_KEY = foldKey("\u0628")[0]!

/**
 * Clitics and the article glued to a number (`و32`, `الـ800`, `ب20`, `لل24`): a number in speech, not a code such as
 * `إس2` ({@link QuoteScanner.codeShaped}; thirtieth session).
 */
const DIGIT_CLITICS = new Set(["\u0648", "\u0628", "\u0644", "\u0641", "\u0643", ALEF_LAM, "\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0644\u0644", "\u0641\u0627\u0644", "\u0643\u0627\u0644"])

/** `ما` ("what"): `ما مفاده` after a speech verb is what someone said, in gist. */
const MA = foldKey("\u0645\u0627")[0]!
/** `نقل…` (`نقلا`, `نقلاً`): a source's verb before `عن`, read by {@link QuoteScanner.reportedPrepositionMarks}. */
const NAQL = foldKey("\u0646\u0642\u0644")[0]!
/**
 * How far after an Arabic speech verb the complementizer of its clause may stand when a comma closes the phrase
 * before it (a subject with a relative clause, an occasion between commas): {@link QuoteScanner.clauseComplementizer}
 * (fifty-first session, helper arreported; CUE_WINDOW without the comma).
 */
const CLAUSE_REACH = 26
/** How many words in marks right before `كما يسميها X` are a label, no quote ({@link QuoteScanner.namerAfter}; fifty-eighth session). */
const NAMED_AFTER_WORDS = 4

/** `إلا` (search-form key): "but", "only" after a negation (`ما هي إلا`; {@link QuoteScanner.negatedCopula}). */
const ILLA = foldKey("\u0625\u0644\u0627")[0]!

/** Words at most of the name in parentheses after a quote that gives its source ({@link QuoteScanner.citedSource}). */
const CITED_WORDS = 12
/** Words at most of that name when no entity stands in it and a periodical's noun opens it (`مجلة الناقد الأدبي`). */
const CITED_BARE = 4

/** Tokens at most inside marks that hold a source's request not to be named (`"فضل عدم ذكر اسمه"`; fifty-sixth session). */
const ANONYMITY_WORDS = 8
/** Tokens at most of the author's name between a work's noun and its title's marks ({@link QuoteScanner.authoredTitle}). */
const AUTHOR_TOKENS = 6
/** Words at least of a writer's own text in marks after `في كتابه` ({@link QuoteScanner.ownWorkText}; a title is shorter). */
const OWN_WORK_WORDS = 12
/** Words at most between the speech verb and `في كتابه` ({@link QuoteScanner.ownWorkText}: the subject's name). */
const OWN_WORK_VERB = 6
/** A written word that ends in a pronoun of the third person (`حملته`, `حملتها`, `حملتهم`, `حملتهما`; {@link QuoteScanner.occasionSpeech}). */
const POSSESSED_END = /\u0647(?:\u0627|\u0645|\u0645\u0627)?$/u
/** A list's bullet before a mark that opens an item (`* «…» (X).`). */
const LIST_BULLETS = new Set(["*", "-", "\u2022", "\u2013"])

/** Tokens after a list's colon within which marks are read as the list's titles ({@link QuoteScanner.inList}). */
const LIST_REACH = 200

/** `لـ`, `للـ` written alone before a mark glued to them (`لـ«الشرق الأوسط»`): an outlet or an owner follows. */
const LAM_CLITICS = new Set(["\u0644", "\u0644\u0644"])
/** The tatweel a clitic written alone is drawn out with (`لـ "X"`, `بـ «X»`). */
const TATWEEL = "\u0640"
/** `كـ` ("as") written alone before a mark glued to it: a label follows (`كـ»أبرز شخصية …»`), no speech. */
const KAF = "\u0643"
/** Tokens at most from a verb of acknowledging to its complementizer: its subject and a phrase of time (forty-ninth session, helper arshort). */
const ACK_SUBJECT = 10
/** `وذلك`, "and that": with `في`/`خلال` and a noun of speech after marks, the occasion of the subject's words (forty-ninth session, helper arshort). */
const WA_DHALIKA = foldKey("\u0648\u0630\u0644\u0643")[0]!
/** `خلال`, "during" (forty-ninth session, helper arshort). */
const KHILAL = foldKey("\u062e\u0644\u0627\u0644")[0]!

/** A brace or an ornate parenthesis (`{`, `﴿`, `﴾`) right before or at a quote's start: a Quran verse (thirty-third session). */
const QURAN_BRACES = /[{\ufd3e\ufd3f]/
/**
 * A web address (`http://…`, `www.…`): a quote's text that opens with one is no speech (`للتسجيل: www.… خلال أسبوع`;
 * forty-fourth session, before only the address alone). Tested on a quote's first word only ({@link opensWithAddress}).
 */
const WEB_ADDRESS = /^(?:https?:\/\/|www\.)\S+$/i
/** A bare domain with its path (`goo.gl/x`, `riyadhedu.org/moe`): no speech when it is a quote's whole text. */
const BARE_DOMAIN = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?$/i
/** The longest first word {@link WEB_ADDRESS} and {@link BARE_DOMAIN} are tried on. */
const ADDRESS_MAX = 200

/** Does `quote` open with a web address, or is it a bare domain alone (one word)? */
const opensWithAddress = (quote: string): boolean => {
  const space = quote.search(/\s/)
  const first = space < 0 ? quote : quote.slice(0, space)
  return first.length <= ADDRESS_MAX && (WEB_ADDRESS.test(first) || (space < 0 && BARE_DOMAIN.test(first)))
}

/** A headline or a subheading that is a quote in marks ({@link QuoteScanner.pullLine}): the person its line names before the marks. */
interface PullLine {
  readonly person: Entity | null
  /** Long marks the scan kept before the thirty-first session (eight words or more): kept with their speaker when no other is found. */
  readonly old?: boolean
}

/**
 * How a cue named its speaker, for a title's words the body repeats ({@link QuoteScanner.titleFromBody}): an according
 * phrase (`بحسب X`), a verb with its subject written right after it (`أعلن الجيش الكوري الجنوبي`), or otherwise.
 */
type TitleCue = "according" | "subject" | "other"

/** A pull quote emitted: its line, and its index in the quotes. */
interface Pull extends PullLine {
  readonly index: number
}

/** `بالقول` ("by saying"). */
const BIL_QAWL = foldKey("\u0628\u0627\u0644\u0642\u0648\u0644")[0]!

/** Words at most before the colon of an `X: statement` headline read as X's quote (thirty-sixth session). */
const HEADLINE_SPEAKER_WORDS = 6

/** Characters an entity may start before a word it covers (a name of a few words: the look-back stays short). */
const HEADLINE_ENTITY_REACH = 80

/** A letter of the Arabic script: an `X: statement` headline is read in Arabic only. */
const ARABIC_LETTER = /[\u0600-\u06ff]/

/** How many tokens {@link QuoteScanner.nameAfterVoice} and {@link QuoteScanner.closeToPhrase} read from the inverted verb's subject to its comma or end. */
const VOICE_APPOSITION_TOKENS = 14
/** Nouns of an answer after `came the` (`," came the response.`; {@link QuoteScanner.cueAfter}, forty-seventh session). */
const REPLIES: ReadonlySet<string> = new Set(["response", "reply", "answer", "retort"])

/** The cue's verb entry for an English verb of manner after a quote (`"…," smiles one broker`; `mannerVerbs`). */
const MANNER_VERB: Verb = { form: "", gender: null, continues: false, needsMark: false, alsoNoun: false, english: true }


/**
 * A post's word compared loosely with a holder's role as the entity stage read it (fortieth session): its
 * {@link looseKey} (a clitic, the article, a nisba aside) without the `ي` inside it (`أمريكي` ~ `اميركي`), three letters
 * kept at least.
 */
const holderKey = (key: string): string => {
  const k = looseKey(key)
  const bare = k.replaceAll("\u064a", "")
  return bare.length >= 3 ? bare : k
}

/** A word joined by `و` and the article to the one before (`والقروية`); not `وزير`, `وكيل`, `ولي`, whose `و` is their own. */
const conjoined = (key: string): boolean => key.length > 4 && key[0] === WAW && key.startsWith(ALEF_LAM, 1)

/** Two mentions of the same entity: the same id, else the same canonical form. */
const sameEntity = (a: Entity, b: Entity): boolean => (a.entityId != null && b.entityId != null ? a.entityId === b.entityId : a.canonical === b.canonical)

/** Words at most in a pull quote's line (a headline or a subheading is short). */
const PULL_LINE_WORDS = 16

/** Words at most before the colon of an English label line (`- Brentford boss Martin Allen: "…"`; forty-fifth session). */
const LABEL_WORDS = 8

/** Pull quotes at most read per text (each is compared with every quote: the scan stays linear). */
const PULL_LINES = 16

/** Distinct words at most of a pull quote compared with the body's quotes. */
const PULL_WORDS = 12

/**
 * A word's key for comparing a pull quote with the body's quotes: without a leading `و`/`ف`, `ب`/`ل`/`ك` (`بالشخص` →
 * `الشخص`), `لل` read as `ال` (`للولايات` → `الولايات`).
 */
const pullKey = (key: string): string => {
  let k = key
  if (k.length > 3 && (k[0] === "\u0648" || k[0] === "\u0641")) k = k.slice(1)
  if (k.length > 3 && k.startsWith("\u0644\u0644")) return "\u0627" + k.slice(1)
  if (k.length > 3 && (k[0] === "\u0628" || k[0] === "\u0644" || k[0] === "\u0643")) return k.slice(1)
  return k
}

/** Tokens of the body read at most for a sentence that repeats a title's words (the lead: thirty-seventh session). */
const TITLE_BODY_TOKENS = 600

/** Distinct words at most of a title's quote compared with the body's sentences. */
const TITLE_WORDS = 12

/** How many of the last quotes {@link QuoteScanner.quotedSpan} reads (thirty-eighth session): a bound that keeps it constant time. */
const QUOTED_REACH = 32
/** The most tokens between a quote's end and its paragraph's end for a short quote opening the next paragraph to go on with it. */
const PARAGRAPH_ON_REACH = 24

/** An empty token buffer, shared: a scanner's own buffers are made when first needed. */
const NO_TOKENS = new Int32Array(0)

/** The index of the first of `cues` (in text order) at token `at` or after it (binary search; `cues.length`: none). */
const firstCueFrom = (cues: ReadonlyArray<Cue>, at: number): number => lowerBoundBy(cues, at, (c) => c.at)

/** How many commas may stand between a verb of describing and the marks it describes through `بأنه` or `ب` far from it ({@link QuoteScanner.describedFar}). */
const DESCRIBED_COMMAS = 3

/** How many tokens a verb of describing's subject phrase may hold when a person's name ends it before a comma ({@link QuoteScanner.describedFar}). */
const DESCRIBED_SUBJECT = 8

/** Endings a loose key drops (one of them, the longest first): a nisba, a pronoun, a plural, the folded `ة`, `ا`, `ي`. */
const LOOSE_ENDS = ["\u064a\u0647", "\u0647\u0627", "\u0627\u062a", "\u0647", "\u0627", "\u064a"]

/**
 * A word's loose key for finding a title's words again in the body, which the lead writes out in other forms
 * (`يحمل في طياته فرصا` ~ `تحمل في طياتها … الفرص`, `شمسية` ~ `الشمس`): the {@link pullKey}, then without the article,
 * a present verb's `ي`/`ت` and one ending of {@link LOOSE_ENDS}, three letters kept at least (thirty-seventh session).
 */
const looseKey = (key: string): string => {
  // (not a leading `ف`: `فرصا`, a word of its own more often in a title than `ف` and a word)
  let k = key[0] === FA ? key : pullKey(key)
  if (k.length > 4 && k.startsWith(ALEF_LAM)) k = k.slice(2)
  if (k.length > 3 && (k[0] === "\u064a" || k[0] === "\u062a")) k = k.slice(1)
  for (const end of LOOSE_ENDS) {
    if (k.length - end.length >= 3 && k.endsWith(end)) return k.slice(0, k.length - end.length)
  }
  return k
}

/** `.`, `!`, `?`, `؟`: the end of a sentence of the body. */
const SENTENCE_STOPS = new Set([".", "!", "?", "\u061f"])

export interface QuoteOptions {
  /** The view to scan (default: the text itself); the normalize stage's `search` view in the pipeline. */
  readonly view?: TextView | undefined
  /** The document's entities (spans into the text): speakers get their canonical form and id. */
  readonly entities?: ReadonlyArray<Entity> | undefined
  /** Ranges of the original text to leave alone (boilerplate). */
  readonly exclude?: ReadonlyArray<Range> | undefined
  /** The span of the document's title, when the parse stage found one: an Arabic `X: statement` headline may be X's quote. */
  readonly title?: Range | null | undefined
  /** The span of the document's byline, when the parse stage found one: its writer's name over a column is no speaker. */
  readonly byline?: Range | null | undefined
  /**
   * Read an Arabic title `X: statement` (or a title whose words the lead repeats) as X's quote: the thirty-sixth,
   * thirty-seventh and thirty-ninth sessions' headline rules ({@link QuoteScanner.headlineQuote}, `titleFromBody`,
   * `headlineBody`). On unless `false` (the pipeline's stage leaves it on): such a quote's verb is null and its span
   * lies in the title. A caller who wants only the body's speech (the fiftieth session's readers count a headline, the
   * desk's summary of the story, as no quote) sets `headlines: false`.
   */
  readonly headlines?: boolean | undefined
}

export interface QuoteResult {
  readonly quotes: Array<Quote>
  /** Quotes whose closing mark was missing, capped at the end of their paragraph. */
  readonly capped: Array<Range>
}

/** One-letter clitics before a name noun (`لتنظيم`, `بحركة`, `وصحيفة`). */
const PREFIXES = new Set(["\u0648", "\u0644", "\u0628", "\u0641", "\u0643"])
/** `key` without one clitic of {@link PREFIXES} glued to its start, when more than three letters stand with it; `key` otherwise. */
const cliticStem = (key: string): string => (key.length > 3 && PREFIXES.has(key[0]!) ? key.slice(1) : key)
/** Whether `key` opens with the article: `ال`, `لل`, or `ال` after one clitic of {@link PREFIXES} (`والحكومة`, `بالدوري`). */
const articledKey = (key: string): boolean => key.startsWith(ALEF_LAM) || key.startsWith(LAL) || (key.length > 3 && PREFIXES.has(key[0]!) && key.startsWith(ALEF_LAM, 1))
/**
 * Whether `key`, as it is or after one clitic of {@link PREFIXES} (`لمسرحية`, `وبرنامج`, `بحملة`), is in `set`: one
 * lookup for the name nouns, the work nouns and the label nouns (fifty-seventh session, helper tidy2).
 */
const hasWithClitic = (set: ReadonlySet<string>, key: string): boolean => {
  if (set.has(key)) return true
  const stem = cliticStem(key)
  return stem !== key && set.has(stem)
}

/** The possessive pronouns that end a noun (`استيائه`, `قلقها`, `غضبهم`; thirty-first session, second round). */
const POSSESSIVE_ENDS = ["\u0647", "\u0647\u0627", "\u0647\u0645", "\u0647\u0645\u0627"]

/** `بمثابة` ("as good as"; folded), after the object of اعتبر (thirty-fourth session). */
const BUMATHABA = foldKey("\u0628\u0645\u062b\u0627\u0628\u0629")[0]!

/**
 * One word that reads as a verb (folded key): future (`سي…`, `ست…`, `سن…`, five letters or more), present plural (`ي…ون`,
 * `ت…ون`) or past in `ت` (not `ات`, a plural noun: `«بنات»`) or `وا` (`«تراجعت»`, `"صدت"`, `«استشهدوا»`); thirty-fourth
 * session. Anchored, no nested quantifier.
 */
const PREDICATE_VERB = /^(?:س[يتن].{3,}|[يت].{2,}ون|.+[^ا]ت|.{2,}وا)$/

/**
 * One word that reads as a participle or an adjective of the form مُفعَل, مُفتعِل, مُستفعِل (folded key): `م`, then a
 * consonant (not `ا`, `و`, `ي`: `«ميسترال»`, `«موبايلي»`, `«مايكروسوفت»` are names), four letters or more
 * (`"مستحيلة"`, `"محايدة"`, `«منزعجة»`); thirty-fourth session.
 */
const PREDICATE_PARTICIPLE = /^م[^اوي].{2,}$/

/** A present verb in `ي` (folded key), three letters or more (`«يضغط»`, `"يقيم"`); thirty-fifth session, second round. */
const PRESENT_YA = /^\u064a.{2,}$/

/**
 * The stem of a feminine adjective (folded key without its final `ه`, the folded `ة`): a participle in `م` and a
 * consonant (`مهين`, `محرج`), `فاعل` (`صارخ`), `فعيل` (`بطيئ`, `خطير`) or a nisba in `ي` of four letters or more
 * (`تاريخي`); thirty-fifth session, second round. Anchored, no nested quantifier.
 */
const ADJECTIVE_STEM = /^(?:م[^اوي].{2,}|.ا..|..ي.|.{3,}ي)$/

/** Tokens from the comma before marks back to the comma that opens an apposition (thirty-fifth session, second round). */
const APPOSITION_WINDOW = 10

/** Tokens read from a cue back to the dash that opens an aside, and on to the dash that closes it (thirty-sixth session). */
const DASH_ASIDE = 12

/** A present verb (folded key): `ي`, `ت` or `ن` and three letters or more (`"تحل"`, `"يقتلونهم"`); thirty-fifth session. */
const PRESENT_VERB = /^[\u064a\u062a\u0646].{2,}$/

/** `غير` ("not", "un-"), opening a predicate of two words (`"غير مسبوق"`; thirty-fourth session). */
const GHAYR = foldKey("\u063a\u064a\u0631")[0]!

/** How many tokens the phrase of `في` between a verb's subject and its complementizer may run ({@link QuoteScanner.reportsPastFi}). */
const FI_PHRASE = 10

/** How many words may stand between `كان` and a verb of condemning, its subject ({@link QuoteScanner.condemnedEpithet}). */
const KANA_EPITHET = 6

/** The most words in marks read as a demand's tail ({@link QuoteScanner.demandTail}). */
const TAIL_WORDS = 6
/** The most words between the first word of a demand's complement and its tail in marks ({@link QuoteScanner.chargeBefore}). */
const TAIL_GAP = 2

/** Prepositions of time or place that open a lead phrase before a verb ({@link QuoteScanner.timeLeadBefore}), and its longest run in tokens. */
const TIME_LEADS = new Set(["\u0641\u064a", "\u062e\u0644\u0627\u0644", "\u0628\u0639\u062f", "\u0642\u0628\u0644", "\u0639\u0642\u0628", "\u0645\u0646\u0630"].map((w) => foldKey(w)[0]!))
const TIME_LEAD = 14

/** How far (in tokens) a later marked piece may stand from the quote before it in the same sentence (thirty-seventh session). */
const LATER_PIECE = 30

/**
 * How many tokens right before a later marked piece may not hold a person (the piece's own subject, `لكن الوزير X
 * "…"`); a person further back is no bar (the entity stage tags places as persons: `ولأرخبيل مارياناس`) (thirty-seventh session).
 */
const LATER_PERSON = 3
/**
 * A verse line (thirty-seventh session, {@link QuoteScanner.verseLine}): at most this many characters (a prose paragraph
 * of the same papers runs to several hundred), or {@link VERSE_CHARS_SPLIT} when a hemistich separator (`…`, `*`, `/`,
 * `..`) stands inside it.
 */
const VERSE_CHARS = 100
const VERSE_CHARS_SPLIT = 140
/** Tokens a verse line may hold (read no further: a longer paragraph is prose). */
const VERSE_TOKENS = 40
/** Words a verse line holds, at least and at most. */
const VERSE_MIN_WORDS = 2
const VERSE_MAX_WORDS = 20
/** The most lines and characters one poem quote runs over. */
const POEM_LINES = 60
const POEM_CHARS = 4000
/** Words before a colon that ends its line in which a poem's cue may stand (`ومن القصائد التي نظمها:`). */
const POEM_CUE_REACH = 6
/**
 * The verses of one poem are of like length (one metre): a line longer than the first verse times this, and than the
 * first verse and {@link VERSE_LIKE_MORE} characters, is no verse of it (a verse with a site's tags glued to its end).
 */
const VERSE_LIKE = 1.6
const VERSE_LIKE_MORE = 30
/** A line shorter than half the first verse is no verse of it either (`وكان الحضور.` after the last verse). */
const VERSE_SHORTER = 2
/** How many words a title after a name's noun and a colon may hold ({@link QuoteScanner.titleAfterColon}; thirty-ninth session). */
const COLON_TITLE_WORDS = 6
/** How many words a label after `هاشتاق`/`شعار` and one more word may hold ({@link QuoteScanner.epithetLabel}; fifty-sixth session). */
const EPITHET_LABEL_WORDS = 8
/**
 * How many words in marks right after a verbal noun of founding are the name of what is founded, and how many a name
 * in marks may hold to be known again later in the document ({@link QuoteScanner.foundedName},
 * {@link QuoteScanner.namedAgain}; sixty-second session, helper arquote21).
 */
const FOUNDED_NAME_WORDS = 6
/** How many words of its subject may stand between a verb of directing and its noun of appeal ({@link QuoteScanner.appealSubject}; sixty-second session). */
const APPEAL_SUBJECT_WORDS = 4
/** How many words a body's name in marks right after its verb may hold ({@link QuoteScanner.subjectInMarks}; fifty-sixth session). */
const SUBJECT_IN_MARKS_WORDS = 8
/** How many words before marks a song's noun may stand ({@link QuoteScanner.songLine}; fifty-sixth session). */
const SONG_NOUN_WINDOW = 6
/** Words at most between a verbal noun glued to ب and the marks a verb of charging reaches through it (`chargeNounBefore`). */
const CHARGE_NOUN_GAP = 3

/** How many verse lines a statement may open with before its text after `فيما يلي نصه:` ({@link QuoteScanner.documentBody}; thirty-ninth session). */
const DOCUMENT_VERSES = 3
/** How many words a statement's heading line after `البيان التالي:` may hold ({@link QuoteScanner.statementHeading}; forty-ninth session). */
const STATEMENT_HEADING_WORDS = 6
/** How many tokens a statement's closing formula on the line after its text may run ({@link QuoteScanner.statementClose}; forty-ninth session). */
const STATEMENT_CLOSE_TOKENS = 40

/** Hemistich separators inside a verse line. */
const HEMISTICH = new Set(["\u2026", "*", "/", "."])

/** The direct quotes of `text` (or of `options.view`), in text order. */
export const extractQuotes = (text: string, options: QuoteOptions = {}): Array<Quote> => quotesOf(text, options).quotes

/** The direct quotes and the capped ones. */
export const quotesOf = (text: string, options: QuoteOptions = {}): QuoteResult => {
  const view = doubledMarksView(options.view ?? identityView(text), text)
  const entities = options.entities ?? []
  const r = new QuoteScanner(tokensOf(view), text, entities, new RangeFilter(options.exclude ?? [])).scan(options.title ?? null, options.byline ?? null, options.headlines !== false)
  // (a role phrase with no entity, `the chancellor`, `a judge`, `الوزير`: the one person the document ties to it;
  // fifty-eighth session, helper rolelink)
  return entities.length === 0 ? r : { ...r, quotes: linkRoleSpeakers(text, r.quotes, entities, options.title ?? null) }
}

/**
 * The form of `verbs` a word's key `key` is: the key itself, or the key without its و or ف (`withoutConjunction`, at
 * least `min` letters left: `وحث` → `حث` with 2); null when neither is one of `verbs`. A caller reads "bare" as the
 * form being the key.
 */
const verbFormOf = (key: string, verbs: ReadonlySet<string>, min: number): string | null => {
  if (verbs.has(key)) return key
  const form = withoutConjunction(key, min)
  return form !== key && verbs.has(form) ? form : null
}

/**
 * The scanner: the paragraph loop and the attribution of each quotation (the layers it extends are listed in
 * `scanner.ts`).
 */
class QuoteScanner extends EnglishCalls {
  protected readonly quotes: Array<Quote> = []
  protected readonly capped: Array<Range> = []
  /** The token range of each quote emitted, in `quotes` order (read by {@link pullSpeakers}). */
  protected readonly quoteTokens: Array<readonly [number, number]> = []
  /** Pull quotes (headlines, subheadings) emitted so far: their index in `quotes`, their tokens and their line's person. */
  protected readonly pulls: Array<Pull> = []
  /** The speakers the paragraph loop gave its Arabic cues (token of the cue, speaker), in text order: a title's words the lead repeats in reported speech are theirs ({@link titleFromBody}). */
  protected readonly cueSpeakers: Array<readonly [number, Speaker, TitleCue]> = []
  /**
   * A cue whose colon ends its paragraph (`يكتب في قصيدته:`, `فقالت:`): its speech is the next paragraph
   * ({@link carriedSpeech}; thirty-first session).
   */
  protected pendingColon: { readonly cue: Cue; readonly speaker: Speaker | null; readonly poem?: boolean } | null = null
  /** The token a poem quote ran to (its verse lines after the first are read as no paragraph of their own), or -1. */
  protected poemUntil = -1
  /** The speaker of the last poem quote (two verse lines or more), or null: the poet a poem's cue with no verb goes on with. */
  protected lastPoet: Speaker | null = null
  /**
   * Scripture left without a quote (a verse, a hadith: `[start, end)` in the text), read by {@link quotedSpan} as quoted
   * words are: a name inside it (`عبد الله` of a hadith) is no later quote's speaker (fifty-fourth session, at the
   * merge: helper arscript's hadiths had been quotes, whose words kept their names from the chain).
   */
  private readonly scripture: Array<{ readonly start: number; readonly end: number }> = []
  /** The quotes the current paragraph found so far (token ranges), read by {@link quotedSpan}. */
  private paragraphFound: ReadonlyArray<{ readonly a: number; readonly b: number }> = []
  /** The speaker of the pending colon read by the current paragraph ({@link poemOrCarried}). */
  private pendingSpeaker: Speaker | null = null
  /** The words of marks read as a name so far ({@link namedAgain}; sixty-second session, helper arquote21). */
  private readonly namedMarks = new Set<string>()

  scan(title: Range | null = null, byline: Range | null = null, headlines = true): QuoteResult {
    this.title = title
    const t = this.t
    let ps = 0
    // the straight marks of the paragraph so far, counted from `from` on (a paragraph read on past a break counts on)
    let straight = 0
    let from = 0
    for (let i = 0; i <= t.count; i++) {
      if (i === t.count || t.kinds[i] === BREAK) {
        // `He said: "… i.e. like an` ⏎ `agent provocateur` ⏎ `and perhaps …"`: a line break inside an open quote
        // between two Latin words, the second in lower case (a scrape that put a link's words on lines of their
        // own), goes on with the paragraph (forty-fifth session)
        const on = i < t.count && i > ps ? this.brokenLine(i) : -1
        if (on >= 0) {
          for (; from < i; from++) if (this.markChar(from) === '"') straight++
          if (straight % 2 === 1) {
            i = on - 1
            continue
          }
        }
        if (i > ps) {
          // (the verse lines of a poem quote after its first: read as part of it; thirty-seventh session)
          if (ps >= this.poemUntil) {
            this.paragraph(ps, i)
            // في هذه القصيدة:, ومن القصائد التي نظمها:: a colon that ends its line after a poem's cue, no speech verb
            if (this.pendingColon === null && this.entities.length > 0) this.poemCueEnds(ps, i)
          }
          this.lastPs = ps
          this.lastPe = i
        }
        ps = i + 1
        straight = 0
        from = ps
      }
    }
    if (this.pulls.length > 0) this.pullSpeakers()
    // * سؤال؟ ⏎ - جواب: an interview's dash answers are the interviewee's (thirty-eighth session)
    if (this.entities.length > 0) this.interviewAnswers()
    // الجبير: مصر جزء أساسي …: an Arabic headline that quotes the person before its colon (thirty-sixth session)
    // (unless the caller turns headline quotes off, `headlines: false`; fiftieth session)
    if (headlines && title !== null && this.entities.length > 0) {
      // (الاتفاق "يفتح الباب أمام فرص كبيرة", باريس: الأزمة لا تمثل خطرا داهما: words the lead
      // repeats, said by someone the body names; thirty-seventh session)
      const head = this.headlineQuote(title, byline) ?? this.titleFromBody(title) ?? this.headlineBody(title)
      if (head !== null) {
        const at = this.quotes.findIndex((q) => q.start >= head.start)
        this.quotes.splice(at < 0 ? this.quotes.length : at, 0, head)
      }
    }
    return { quotes: this.quotes, capped: this.capped }
  }

  /**
   * The word after the break at token `i` when the break is a line break inside words (forty-fifth session): a Latin
   * word before it and, after the breaks (two at most), a Latin word in lower case (`… like an` ⏎ `agent provocateur`
   * ⏎ `and perhaps …`); else -1. The caller checks that a straight mark is left open before it.
   */
  private brokenLine(i: number): number {
    const t = this.t
    let n = i
    while (n < t.count && t.kinds[n] === BREAK) n++
    if (n >= t.count || n - i > 2 || t.kinds[i - 1] !== WORD || t.kinds[n] !== WORD) return -1
    if (!/^[a-z]/.test(this.keys[i - 1]!) || !/^[a-z]/.test(this.keys[n]!)) return -1
    const c = this.text.charCodeAt(this.orig(t.starts[n]!, t.ends[n]!).start)
    return c >= 0x61 && c <= 0x7a ? n : -1
  }

  /**
   * An interview written as questions and answers (thirty-eighth session): a question paragraph (it opens with `*` and
   * two words or more, or ends with `؟`/`?` and has 40 words at most) followed right by an answer paragraph that opens
   * with a dash and three words or more. With two such pairs or more, a third of their questions or more holding a
   * question mark, and a word of `interviewWords` (`حوار`, `اللقاء`, `تحدثت` …) before the first question, each answer
   * (after its dash, to its paragraph's end) is a quote of the interviewee: the first person the entity stage tagged
   * before the colon of the title's line (the text's first paragraph: `X لـ«…»: …`), else in the lead, the paragraphs
   * of eight words or more between the title line and the first question (not a byline, `حوار: X`, `أبها - X:`). An
   * answer that overlaps a quote found already is left as read; the questions are never quotes. One pass over the
   * paragraphs; the answers are merged into `quotes` in text order once.
   */
  private interviewAnswers(): void {
    const t = this.t
    // the paragraphs, their words (words and numbers) and whether a question mark stands in them (1) or not (0)
    const paras: Array<readonly [number, number, number, number]> = []
    let ps = 0
    let words = 0
    let marked = 0
    for (let i = 0; i <= t.count; i++) {
      if (i === t.count || t.kinds[i] === BREAK) {
        if (i > ps) paras.push([ps, i, words, marked])
        ps = i + 1
        words = 0
        marked = 0
      } else if (t.kinds[i] === WORD || t.kinds[i] === NUM) words++
      else if (this.keys[i] === "\u061f" || this.keys[i] === "?") marked = 1
    }
    type Para = readonly [number, number, number, number]
    // (a star and two words or more: `* *` parts a column's items, `*` alone a list)
    const question = (p: Para): boolean => (t.kinds[p[0]] === PUNCT && this.keys[p[0]] === "*" && p[2] >= 2) || ((this.keys[p[1] - 1] === "\u061f" || this.keys[p[1] - 1] === "?") && p[2] <= 40)
    const answer = ([s, , n]: Para): boolean => t.kinds[s] === PUNCT && DASHES.has(this.keys[s]!) && n >= MIN_WORDS_CUED
    const pairs: Array<number> = []
    let asked = 0
    for (let p = 0; p + 1 < paras.length; p++) {
      if (!question(paras[p]!) || answer(paras[p]!) || !answer(paras[p + 1]!)) continue
      pairs.push(p + 1)
      asked += paras[p]![3]!
    }
    // (a third of the questions or more hold a question mark: starred subheadings before dash lists hold none)
    if (pairs.length < 2 || asked * 3 < pairs.length) return
    const first = pairs[0]! - 1
    // the interview's word before the first question (with و, ف, ب or ل glued to it or not)
    let lead = false
    for (let k = 0; k < paras[first]![0] && !lead; k++) {
      if (t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      lead = this.lex.interviewWords.has(key) || (key.length > 3 && "\u0648\u0641\u0628\u0644".includes(key[0]!) && this.lex.interviewWords.has(key.slice(1)))
    }
    if (!lead) return
    // the interviewee: the first person named before the colon of the title's line (the first paragraph: `X: …`, `X
    // لـ«…»: …`), else in the lead's paragraphs of eight words or more (bylines are short)
    let who: Entity | null = null
    for (let p = 0; p < first && who === null; p++) {
      const [s, e, n] = paras[p]!
      if (p > 0 && n < 8) continue
      // (in the title, a person before its colon only: `X لـ«…»: …`; `…: مقابلة مع Y` names a topic)
      let c = e
      if (p === 0) {
        c = s
        while (c < e && !this.isColon(c)) c++
        if (c === e || c === s) continue
      }
      const from = this.orig(t.starts[s]!, t.ends[s]!).start
      const to = this.orig(t.starts[c - 1]!, t.ends[c - 1]!).end
      for (let i = this.firstEntityFrom(from); i < this.entities.length && this.entities[i]!.start < to; i++) {
        if (this.entities[i]!.type === "PERSON") {
          who = this.entities[i]!
          break
        }
      }
    }
    if (who === null) return
    // (an answer that overlaps a quote found already is left as read: the quotes' spans sorted by start, and the
    // greatest end among those that start before the answer ends, a running maximum as the answers go on in order)
    const spans = this.quotes.map((q) => [q.start, q.end] as const).sort((x, y) => x[0] - y[0])
    let si = 0
    let maxEnd = -1
    // (emit reads the paragraph's word counts: each answer's paragraph is prepared, then the last one read before)
    const [lastPs, lastPe] = [this.ps, this.pe]
    const before = this.quotes.length
    for (const p of pairs) {
      const [s, e] = paras[p]!
      const start = this.orig(t.starts[s + 1]!, t.ends[s + 1]!).start
      const end = this.orig(t.starts[e - 1]!, t.ends[e - 1]!).end
      while (si < spans.length && spans[si]![0] < end) maxEnd = Math.max(maxEnd, spans[si++]![1])
      if (maxEnd > start) continue
      this.prepare(s, e)
      this.emit(s + 1, e, null, entitySpeaker(who), false)
    }
    this.prepare(lastPs, lastPe)
    if (this.quotes.length > before) this.mergeAppended(before)
  }

  /**
   * Moves the quotes appended from index `from` on (in text order among themselves) to their places in text order
   * among the quotes before them, their tokens with them: one merge (thirty-eighth session).
   */
  private mergeAppended(from: number): void {
    const old = this.quotes.splice(0, from)
    const oldTokens = this.quoteTokens.splice(0, from)
    const added = this.quotes.splice(0)
    const addedTokens = this.quoteTokens.splice(0)
    let j = 0
    for (let i = 0; i < old.length; i++) {
      while (j < added.length && added[j]!.start < old[i]!.start) {
        this.quotes.push(added[j]!)
        this.quoteTokens.push(addedTokens[j++]!)
      }
      this.quotes.push(old[i]!)
      this.quoteTokens.push(oldTokens[i]!)
    }
    for (; j < added.length; j++) {
      this.quotes.push(added[j]!)
      this.quoteTokens.push(addedTokens[j]!)
    }
  }

  /** Notes scripture's `span` as left without a quote ({@link scripture}); false, what {@link emit} returns for it. */
  private leftAsScripture(span: { readonly start: number; readonly end: number }): false {
    this.scripture.push({ start: span.start, end: span.end })
    return false
  }

  /**
   * Does `[start, end)` lie inside the words of one of the last {@link QUOTED_REACH} quotes emitted, of the scripture
   * left without one, or of the quotes the current paragraph found so far (emitted at its end)? Read by the chain's first person (64 entities at most), so a
   * bounded scan per entity (thirty-eighth session).
   */
  protected override quotedSpan(start: number, end: number): boolean {
    for (let i = this.quotes.length - 1; i >= 0 && i >= this.quotes.length - QUOTED_REACH; i--) if (this.quotes[i]!.start <= start && end <= this.quotes[i]!.end) return true
    for (let i = this.scripture.length - 1; i >= 0 && i >= this.scripture.length - QUOTED_REACH; i--) if (this.scripture[i]!.start <= start && end <= this.scripture[i]!.end) return true
    const t = this.t
    const found = this.paragraphFound
    for (let i = found.length - 1; i >= 0 && i >= found.length - QUOTED_REACH; i--) {
      const f = found[i]!
      if (f.b > f.a && this.orig(t.starts[f.a]!, t.ends[f.a]!).start <= start && end <= this.orig(t.starts[f.b - 1]!, t.ends[f.b - 1]!).end) return true
    }
    return false
  }

  /**
   * The first token of the words in the marks `m` (fifty-sixth session, helper arspan2): after the colon when the marks
   * open right after `ل` (`لـ`, `ل`) with one to three words then a colon (`وأكد X في تصريح خاص لـ «المدينة: إن …»`,
   * `وقال X لـ«الوطن: …»`): the outlet the words were told to, its closing mark left out, then the words themselves
   * (three or more); else `m.open + 1` (before, the quote opened with the outlet's name and its colon).
   */
  protected outletNameBeforeColon(m: Mark, ps: number): number {
    const t = this.t
    if (m.open <= ps || t.kinds[m.open - 1] !== WORD || !LAM_CLITICS.has(this.keys[m.open - 1]!)) return m.open + 1
    for (let k = m.open + 1; k < Math.min(m.close, m.open + 5); k++) {
      if (t.kinds[k] === WORD) continue
      return k > m.open + 1 && this.isColon(k) && this.wordCount(k + 1, m.close) >= MIN_WORDS_CUED ? k + 1 : m.open + 1
    }
    return m.open + 1
  }

  // -------------------------------------------------------------------------
  // a paragraph

  protected paragraph(ps: number, pe: number): void {
    this.prepare(ps, pe)
    const marks = this.marks(ps, pe)
    // مضيفا أن ما تبقى … مقاومة": words closed by a mark with no opening one, after a speech verb of their sentence
    const lone = this.closingOnly(pe, marks)
    if (lone !== null) marks.push(lone)
    // وتابع بقوله (منحت أحدهم …): speech in parentheses right after a participle of saying (forty-eighth session)
    const parens = this.parenSpeech(ps, pe, marks)
    if (parens.length > 0) {
      marks.push(...parens)
      marks.sort((x, y) => x.open - y.open)
    }
    const cues = this.withSayingNoun(this.cues(ps, pe), ps, pe)
    // يكتب في قصيدته:⏎ <verse>: the speech of a cue whose colon ended the paragraph before
    const pending = this.pendingColon
    this.pendingColon = null
    this.pendingSpeaker = pending?.speaker ?? null
    const body = pending === null ? undefined : this.documentBody(pending, ps, pe)
    // (a verse or a statement's heading the document's text opens with: documentBody passed the line over and put the
    // cue back on hold for the next line, so the line carries no speech of its own; forty-ninth session)
    const passedOver = body === null && this.pendingColon !== null
    const carried = pending === null || passedOver ? null : (body ?? this.poemOrCarried(ps, pe, pending.poem === true))
    // سألنا X، الذي …: the one an interviewer asks joins the chain where the question is, so that the answers after it
    // (marks with no verb, `وأضاف:`) are X's, not the last speaker's (twenty-eighth session)
    let asked = this.askedIn(ps, pe)
    // (where the interviewer's question ends: the end of its sentence, or a verb of speech or answering)
    const askedAt = asked?.[0] ?? -1
    const questionEnd = asked === null ? -1 : this.questionEnd(asked[0], pe)
    // no quotation mark and no cue: no quote (most paragraphs); skip the bookkeeping below
    if (marks.length === 0 && cues.length === 0) {
      if (asked !== null) this.pushEntity(asked[1], null, asked[0])
      if (carried !== null) this.emit(carried[0], carried[1], pending!.cue, pending!.speaker, false)
      return
    }
    const markAt = new Map<number, Mark>()
    for (const m of marks) markAt.set(m.open, m)
    type Found = { readonly a: number; readonly b: number; readonly cue: Cue | null; readonly speaker: Speaker | null; readonly capped: boolean; readonly reported?: boolean; readonly pull?: PullLine; readonly part?: boolean }
    const found: Array<Found> = []
    this.paragraphFound = found
    if (carried !== null) found.push({ a: carried[0], b: carried[1], cue: pending!.cue, speaker: pending!.speaker, capped: false })
    let ci = 0
    let mi = 0
    // the close of the last quotation (or the paragraph's end, for one left open as news does when speech goes on in
    // the next paragraph): a verb inside quoted words (وكان يقول فقط …, `come to me and said`) attributes nothing
    let quotedUntil = -1
    // events in text order: a cue updates the chain before the quotes after it are attributed
    while (ci < cues.length || mi < marks.length) {
      const cue = cues[ci]
      const mark = marks[mi]
      if (asked !== null && Math.min(cue?.at ?? pe, mark?.open ?? pe) > asked[0]) {
        this.pushEntity(asked[1], null, asked[0])
        asked = null
      }
      if (cue !== undefined && (mark === undefined || cue.at < mark.open)) {
        ci++
        // the writer's `يذكر أن`: nothing to attribute
        // (ولكنك لا تملك إلا أن تقول: …: the columnist's generic you, no one's words; fifty-fourth session, helper arscript)
        if (cue.at < quotedUntil || cue.kind === "background" || this.genericSaying(cue)) continue
        this.cursor = this.orig(this.t.starts[cue.at]!, this.t.ends[cue.at]!).start
        // (… ولا تلحقه مع الريح ويقول الشاعر X - رحمه الله - بوضوح تام: …: unmarked verse or speech ends where a new
        // attribution with its colon starts inside it; thirty-second session)
        const colon = this.firstPersonSentence(this.cutAtAttribution(this.colonSpeech(cue, pe, markAt), cue, pe), cue)
        // (ووصفه بأنه شخص مهذب, الذي تصفه بأنه جيد: a verb of describing with its object pronoun joins the chain only
        // through the quotes it attributes)
        if (colon === null && this.describesPronoun(cue)) continue
        // (قوله:, يكتب في قصيدته "…": at the paragraph's end: its speech is the next paragraph; thirty-first session)
        const lineEnd = colon === null && !cue.english && this.colonEndsLine(cue, pe, markAt)
        const speaker = cue.english
          ? cue.kind === "verb"
            ? this.resolve(this.englishSubjectOf(cue, ps, pe), cue.gender)
            : // `…, according to Q magazine editor Paul Rees.`: the source joins the chain
              cue.kind === "according" && cue.speaker !== null
              ? this.resolve(cue.speaker, null)
              : // `…, adding: It will fail.`: the participle's subject, read only when speech follows
                cue.kind === "participle" && colon !== null
                ? this.englishParticipleSpeaker(cue)
                : null
          : this.speakerOfCue(cue, colon !== null || lineEnd || this.introducesSpeech(cue, pe) || this.namesPerson(cue))
        if (speaker !== null && !cue.english) this.cueSpeakers.push([cue.at, speaker, cue.kind === "according" ? "according" : this.speakerOpensAfter(cue, speaker) ? "subject" : "other"])
        // (a verb read as one only for its فيه, with no document's issuer, is no cue: `التي يذكر فيها`; twenty-fourth session)
        // (فيما يلي نصه : قال الله تعالى (…): a statement that opens with a verse goes on in the next line; thirty-ninth session)
        const verseFirst = colon !== null && this.documentVerseFirst(cue, colon[0])
        if (colon !== null && !verseFirst && !(speaker === null && cue.inDocument === true)) found.push({ a: colon[0], b: this.statementClose(cue, colon[1]), cue, speaker, capped: false })
        if ((lineEnd || verseFirst) && !(speaker === null && cue.inDocument === true)) this.pendingColon = { cue, speaker }
        continue
      }
      mi++
      const m = mark!
      // (`في تصريح خاص لـ «المدينة: إن سقوط …»`: an outlet's name the writer left its closing mark out of, then a colon,
      // is no part of the words; fifty-sixth session, helper arspan2)
      const a = this.outletNameBeforeColon(m, ps)
      const b = m.close
      quotedUntil = m.close
      this.cursor = this.orig(this.t.starts[m.open]!, this.t.ends[m.open]!).start
      // a description of the speaker before a colon quote's colon (يقول X «موظف في …»: …): no speech
      if (this.describedBeforeColon.has(m.open)) continue
      // أحد العمال "فضل عدم ذكر اسمه" أوضح أن …: a source's request not to be named, in marks (`anonymityRequests`: the
      // verb and its object as the first two words), is no speech: it describes the source (fifty-sixth session, helper
      // arcarry4, after the A109 reading; before, the words of the speaker quoted last)
      if (b - a <= ANONYMITY_WORDS && this.anonymityRequestAt(a, b)) continue
      // في الحوار مع «X», حديث أدلى به إلى «X», رسالة وصلت «X»: one name the entity stage tagged, right after a word of
      // addressing (addressedNameBefore), is the outlet or the body spoken or written to, never speech (fifty-second
      // session, helper aroutlet)
      if (m.open > ps && this.t.kinds[m.open - 1] === WORD && (this.lex.addressedNameBefore.has(this.keys[m.open - 1]!) || this.lex.addressedNameBefore.has(withoutConjunction(this.keys[m.open - 1]!))) && this.entities.length > 0 && this.marksOneName(a, b)) continue
      // رسالة مفادها «…»: the gist of a message, no speech (twenty-ninth session)
      const gist = m.open - 1 > ps && this.keys[m.open - 1] === ":" ? m.open - 2 : m.open - 1
      // (not `ما مفاده` after a verb, `وقالت المصادر ما مفاده: «…»`, `غرد ما مفاده "…"`: what someone said, in gist; nor
      // `ومفاده` after a letter or a news item named before, `بموجب خطابه … ومفاده "…"`)
      if (gist > ps && this.t.kinds[gist] === WORD && this.lex.gistWords.has(this.keys[gist]!) && !(this.t.kinds[gist - 1] === WORD && this.keys[gist - 1] === MA)) continue
      // حماية المقدسات «مكة المكرمة، المدينة المنورة»: a list of places, no speech (twenty-ninth session)
      if (this.entities.length > 0 && this.placeList(a, b)) continue
      // `* لندن - سيول: «الشرق الأوسط» ذكرت شركة …`: a dateline's credit at the head of a digest's item, no speech
      // (fifty-third session, helper arguill)
      if (this.datelineCredit(m, ps)) continue
      // a name or title in marks (بعنوان «…», لصحيفة «…»): never speech
      // (and after one with a clitic, `لمسرحية «…»`, `ضمن احتفالات «…»`, `في كتابها «…»`; thirty-fifth session)
      // (but not a writer's own text after `في كتابه`: `وكتب X في كتابه «…».`; ownWorkText, fifty-first session)
      // (nor speech after a possessed name noun of an occasion: `وقالت X خلال حملتها "…"`; occasionSpeech, fifty-second
      // session, helper arnocolon)
      if (m.open > ps && this.t.kinds[m.open - 1] === WORD && this.nameNounAt(m.open - 1) && !this.ownWorkText(m, ps) && !this.occasionSpeech(m, ps)) {
        this.rememberName(m)
        continue
      }
      // (وأضاف إن إطلاق «مركز الملك سلمان …» في الرياض …, فكرة إنشاء "قوة مهام دولية": what a verbal noun of founding
      // founds; and the same words in marks again later, `انطلاق قوافل «مركز الملك سلمان …»`; sixty-second session,
      // helper arquote21, after the A121 reading)
      if (this.foundedName(m, ps)) {
        this.rememberName(m)
        continue
      }
      if (this.namedAgain(m)) continue
      // (تحت هاشتاق كاذب: «…», شعار البرنامج “…”: a label's noun, one more word and the marks; وأفادت «الشبكة …» أن …:
      // a body's name in marks as its verb's subject; موظف "فضل عدم ذكر اسمه" إن …: the writer's aside on a source;
      // أهازيج خاصة بهذه المناسبة، "يا حلاوة العيد …": a song's line; fifty-sixth session, helper arlabel)
      if (this.epithetLabel(m, ps) || this.subjectInMarks(m, cues[ci - 1], pe) || this.songLine(m, cues[ci - 1], ps)) continue
      // (مقال الكاتب X «…», رواية X «…»: a work's noun, its author's name, then the marks: the work's title, no speech;
      // forty-seventh session, helper culture)
      if (this.authoredTitle(m, ps)) continue
      // (وفي كتابه: «…» يقول: …: a name's noun and a colon before the marks; thirty-ninth session)
      if (this.titleAfterColon(m, ps)) continue
      // (جمعية المهندسين المعماريين «ار اي بي ايه» قالت: an abbreviation spelled out in letters' names; fiftieth session)
      if (this.spelledAbbreviation(a, b)) continue
      // (في شمال المملكة وهي: “وادي …، ضبا، المويلح، …”: a list of names after `وهي:` in a cue's reported speech, as
      // with no cue; fiftieth session, helper arfalse)
      if (this.afterListColon(m.open, ps, a, b)) continue
      // (شملت “وادي …، ضبا، المويلح، …”, من خلال "الشعر، الرواية، المسرح، …": a list of short names after a word that
      // opens no speech; sixtieth session, helper arquote13)
      if (this.listAfterPlainWord(m, ps, a, b)) continue
      // («الأمير X بن Y»، مؤكدا أن …: a title and a name in marks are a person's name, never speech; thirty-eighth session)
      if (this.titledName(m)) continue
      // (أو ما يعرف باللغة السياسية "…", ما سمي بـ"…": a term the writer introduces, however a cue before it reads;
      // forty-first session)
      if (this.knownAs(m)) continue
      // (في حديث لـ«الشرق الأوسط»، قال X, وواصل حديثه لـ”عين اليوم” بقوله: one to three words glued to `لـ` name an outlet
      // or a thing owned, never speech, however a cue after them reads; thirty-second session)
      // (but not after a noun with its pronoun that a verb of showing a stance reaches, `أبدى X استعداده لـ"…"`, at any
      // length; forty-second session)
      const stance = this.stanceBefore(m, this.wordCount(a, b))
      if (stance !== null && !(this.entities.length > 0 && this.marksOneName(a, b))) {
        found.push({ a, b, cue: stance.cue, speaker: stance.speaker, capped: m.capped })
        continue
      }
      // (وأعرب X عن استعداده "تقديم مساعدة إضافية", وكشف X عن أكثر "من ألف محاولة": the object of a verb of expressing
      // or revealing after `عن`, in marks, read as a clause the verb reports: a later piece of the sentence goes on with
      // it; fifty-eighth session, helper arread2)
      const expressed = this.expressedPiece(m, this.wordCount(a, b))
      if (expressed !== null && !(this.entities.length > 0 && this.marksOneName(a, b)) && !this.codeShaped(a, b)) {
        found.push({ a, b, cue: expressed.cue, speaker: expressed.speaker, capped: m.capped, reported: true })
        continue
      }
      // (and `لـ` written with its tatweel and a space before one word or a name the entity stage tagged, `الرئيس
      // التنفيذي لـ "X"`, `في تعليق لـ "Y" قال`: glued as written; not `التخطيط لـ "انقلاب ضده"`, the object of a
      // verbal noun; forty-third session, helper accuse)
      if (m.open > ps && this.t.kinds[m.open - 1] === WORD && LAM_CLITICS.has(this.keys[m.open - 1]!) && (this.t.spaced[m.open] === 0 || (this.written(m.open - 1).endsWith(TATWEEL) && (this.wordCount(a, b) === 1 || (this.entities.length > 0 && this.marksOneName(a, b))))) && this.wordCount(m.open + 1, m.close) <= 3) continue
      // (الواتساب” و”سناب شات”, «الشللية» و»مجموعة الخواص», «X» و»ذا إيدج فاينانشيال ديلي»: one to four words after a
      // `”`/`»` typed for the opening mark and glued to a clitic other than `ب` are a name or a term; thirty-third session)
      // (and after `كـ`, "as", a label at any length: اختارت الفنان كـ»أبرز شخصية ناشطة …»)
      const clitic = this.openingClitic(m.open)
      const cliticWords = clitic === null ? 0 : this.wordCount(m.open + 1, m.close)
      const shortAfterClitic = clitic !== null && cliticWords <= 3
      if (clitic !== null && !BA_CLITICS.has(clitic) && (cliticWords <= 4 || clitic === KAF)) continue
      // («تمويل المشروعات …» و»التعاون بين شباب …»: after `و` right after marks that are no quote, the next item of the
      // same list of titles; thirty-third session)
      if (clitic !== null && !BA_CLITICS.has(clitic) && mi >= 2 && marks[mi - 2]!.close === m.open - 2 && found[found.length - 1]?.b !== m.open - 2) continue
      const words = this.wordCount(a, b)
      // (`the party's campaign slogan "Forward together", the minister … insisted`: a slogan's words are a label,
      // no quote; fifty-third session, helper encarry)
      if (this.sloganBefore(m)) continue
      // (يقول X وزير خارجية «أقوى دولة في العالم» -كما يصفها أوباما-: …: three words or more right before `كما` and a
      // verb of describing with its pronoun and a subject are what that subject calls the thing, not the words of the
      // cue before them; fifty-seventh session, helper arpieces, after the A110 reading)
      // («الشيطان الأكبر» كما يسميها المرشد: up to {@link NAMED_AFTER_WORDS} words right before `كما` and a verb of naming
      // with its pronoun are a label someone gives the thing, no quote of the cue before them nor of the namer;
      // fifty-eighth session, helper arquote9)
      // (not after a colon: `قال X: «…» كما يسميها Y` quotes a sentence that holds the name)
      if (words <= NAMED_AFTER_WORDS && !this.isColon(m.open - 1) && this.namerAfter(m, pe)) continue
      if (words >= MIN_WORDS_CUED) {
        const describer = this.describerAfter(m, pe)
        if (describer !== null) {
          found.push({ a, b, cue: describer.cue, speaker: describer.speaker, capped: m.capped })
          continue
        }
      }
      let before = this.cueBefore(m, cues, ps)
      // (a cue reached only from the complementizer of its clause, past a phrase between them, attributes three words
      // or more in marks that are no name: `إن زيادة الغارات … تسبب «خسارة فادحة في الأرواح»`, not `من مقر إحدى كتائب
      // «…»`; two words there are as often a name or a term as speech; else the marks are read as they were, with no
      // cue before them)
      // (nor a clause in marks right after that complementizer, `وأوضح X، خلال لقاء صحافي جمعه مع نظيره …، أن «دعم
      // خطط التنمية في البلدين لن يتوقف».`; fifty-first session: anchoredClause)
      if (before !== null && before.from !== undefined && (this.wordCount(a, b) < MIN_WORDS_CUED ? !this.asideThenComplementizer(before, m) : !(this.partNotName(m, a, b) || this.anchoredClause(before.from, m, a, b) || this.pronounClauseObject(before.from, m, a, b)))) before = null
      // (one or two words in marks past a clause `وهو`/`وهي` opens after the cue, `مشيرا إلى أنها مسابقة … وهي عبارة عن
      // أربعة أطباق "…"`: the writer describes a thing and names it, no speech; forty-third session, helper spans)
      if (before !== null && words <= 2 && this.describedAfterCue(before.cue.end, m.open)) before = null
      // have been branded "wholly reckless" by the Green Party, was fined and "sharply censured" by the
      // Football Association: words a passive of naming or judging puts in marks are its agent's, the person or body after
      // `by` (fiftieth session, helper enpassive)
      // (`is accused of "directing" a fraud`, `was charged with "conduct likely to …"`, `was accused by Labour of "…"`:
      // a charge's wording or its accuser's words, never the words of the person charged; fifty-eighth session, helper
      // enquote8)
      const charge = this.chargedPassive(m)
      if (charge !== null && charge.agent === null) continue
      if (charge !== null && charge.agent !== null) {
        found.push({ a, b, cue: charge.agent.cue, speaker: charge.agent.speaker, capped: m.capped, ...(words <= 2 ? { part: true } : {}) })
        continue
      }
      const agent = this.passiveAgentCue(m, a, b, marks, mi - 1)
      if (agent !== null) {
        found.push({ a, b, cue: agent.cue, speaker: agent.speaker, capped: m.capped, ...(words <= 2 ? { part: true } : {}) })
        continue
      }
      // Liam Fox called the report "…", called for "…", what he called a "…": `called` nearer the marks than the cue
      // before them, in its evaluative shape only (forty-fifth session, helper called)
      // Andre 3000 thanked fans "for supporting …", He hoped Jay-Z would "…": a verb of thanking, hoping, praising,
      // welcoming or blaming nearer the marks than the cue before them, with a named subject or a pronoun, gives three
      // words or more to that subject (forty-sixth session, helper enphrase)
      // Mr Fox attacked Labour's pledges as "vacuous", attacked the government's "failure": a verb of judging nearer the
      // marks than the cue before them, after its object's `as` or possessor (fifty-second session, helper enjudge)
      const called = this.calledCue(m, a, b, before === null ? -1 : before.cue.at) ?? this.judgedCue(m, a, b, before === null ? -1 : before.cue.at) ?? this.phraseCue(m, a, b, before === null ? -1 : before.cue.at) ?? this.findingCue(m, a, b, before === null ? -1 : before.cue.at) ?? this.documentPredicateCue(m, a, b) ?? this.groupCue(m, a, b, before === null ? -1 : before.cue.at)
      if (called !== null) {
        found.push({ a, b, cue: called.cue, speaker: called.speaker, capped: m.capped, ...(words <= 2 ? { part: true } : {}) })
        continue
      }
      // اتصال وصفته مصادر رسمية بأنه «مهم جدا», عمل وصفته X بأنه «إرهابي»: a verb of describing with its object pronoun
      // right after the noun it describes (a relative clause with no relative word), its subject, then `بأنه` and one to
      // three words in marks: what the subject called it (thirty-second session)
      // (at any length, and when a cue stands before that verb too: `وأعلنت الوزارة فرض عقوبات على X، في تحرك وصفه
      // مسؤول أميركي بأنه «…»` is the official's, not X's nor the ministry's; fifty-fifth session, helper arshape)
      const calledNear = this.calledBefore(m)
      if (calledNear !== null && (before === null || before.cue.at < calledNear.cue.at)) {
        found.push({ a, b, cue: calledNear.cue, speaker: calledNear.speaker, capped: m.capped })
        continue
      }
      if (before === null && words <= 3) {
        const called = this.describedFar(m, cues)
        if (called !== null) {
          found.push({ a, b, cue: called.cue, speaker: called.speaker, capped: m.capped })
          continue
        }
      }
      // ودعا X، وزير …، إلى بناء ما سماه «الهيكل الثالث»: one to three words after a verb of naming with its pronoun and
      // `ما`, in the complement of a verb of calling or charging whose named subject opens the sentence, with no speech
      // verb reporting them (namedByCaller; forty-eighth session, helper shortar)
      if (before === null && words <= 3) {
        const named = this.namedByCaller(m, words)
        if (named !== null) {
          found.push({ a, b, cue: named.cue, speaker: named.speaker, capped: m.capped, part: true })
          continue
        }
      }
      // وهدد الرئيس X خصومه بـ«رد قاس», وأثنت X على «الروح العالية»: marks right after ب, على or إلى after a verb that is
      // no speech verb yet introduces its named subject's words, with no speech cue for them (twenty-third session,
      // third round)
      if (before === null && words >= 2) {
        // (وكان حزب X دان استمرار السلوك العدواني "الهمجي والإجرامي": epithets after a verb of condemning's object;
        // forty-second session)
        // (and a verb of complaining, `وشكا X من «…»`; forty-fifth session, helper accuse)
        const charged = this.chargeBefore(m, words) ?? this.accusingBefore(m) ?? this.condemnedEpithet(m, words) ?? this.complainedOf(m, words)
        if (charged !== null && !(this.entities.length > 0 && this.marksOneName(a, b))) {
          found.push({ a, b, cue: charged.cue, speaker: charged.speaker, capped: m.capped })
          continue
        }
      }
      // وأقر X أن قسما من الأموال … سيستخدم لتمويل «أنشطة إرهابية»: two words or more in the clause of a verb of
      // acknowledging with a named subject and a complementizer (acknowledgedBefore); two or three only when they read as
      // no name (forty-ninth session, helper arshort)
      if (before === null && words >= 2 && !(this.entities.length > 0 && this.marksOneName(a, b)) && !this.codeShaped(a, b) && (words >= MIN_WORDS_BARE || this.partNotName(m, a, b))) {
        const acknowledged = this.acknowledgedBefore(m, words)
        if (acknowledged !== null) {
          found.push({ a, b, cue: acknowledged.cue, speaker: acknowledged.speaker, capped: m.capped, ...(words <= 3 ? { part: true } : {}) })
          continue
        }
      }
      // جدد الرئيس X دعوته …، باعتباره «أفضل خيار للاستقرار»، وذلك في كلمة ألقاها: two words or more in marks that no cue
      // attributes, right before `وذلك في` and a noun of a speech (speechOccasionAfter), are the words of the subject of the
      // verb that opens the sentence (markSubject), said on that occasion (forty-ninth session, helper arshort)
      if (before === null && words >= 2 && this.speechOccasionAfter(m) && !(this.entities.length > 0 && this.marksOneName(a, b))) {
        const said = this.markSubject(m.open)
        if (said !== null) {
          found.push({ a, b, cue: null, speaker: said, capped: m.capped, ...(words <= 3 ? { part: true } : {}) })
          continue
        }
      }
      if (before !== null) {
        // يذكر أن «…»: words the writer quotes in a background clause are no speech of anyone
        // (أريدك أن تسأل نفسك: «…»: the reader's question a column puts in his mouth, nobody's words; fifty-fifth
        // session, helper arfalse)
        if (before.cue.kind === "background" || this.genericSaying(before.cue)) continue
        // a name in marks inside reported speech (قال إن … في «مجلس صيانة الدستور», … القيادي «أبو زياد الدمشقي»): an
        // entity that covers the marked words is no speech
        if (!before.colon && !before.cue.english && this.entities.length > 0 && this.marksOneName(a, b)) continue
        // (ويفيد التقرير بأن "X Y"، وهو فصيل …: one to three words in marks that an apposition after them describes are a
        // name, unless a verb of describing reports them, `وصف X الاتفاق بـ«…»، وهي ذات العبارة`; thirty-eighth session)
        if (!before.colon && !before.cue.english && !this.describingVerb(before.cue) && !this.describesPronoun(before.cue) && this.appositionAfter(m)) continue
        // بالرمز «إس يو إس آي بي إيه2», أن "معرض وظائف 2015" الذي …: a code or a name with its number in reported speech
        // is no speech either (thirtieth session)
        if (!before.colon && !before.cue.english && words >= MIN_WORDS_CUED && words <= 8 && this.codeShaped(a, b)) continue
        // وأضاف «جرائم الكراهية الزائفة» وقعت …: marks right after the verb are speech from three words; marks far
        // from their verb (past CUE_WINDOW) from four
        // (an object pronoun between them, واصفا إياه «…», keeps the marks right after the verb)
        const far = m.open - (before.from ?? before.cue.at) > CUE_WINDOW
        // (and a demonstrative between a participle of اعتبر and its judgement, معتبرا ذلك «…»: consideredThroughDemonstrative)
        const next = before.cue.end === m.open || (before.cue.end + 1 === m.open && !before.cue.english && (this.lex.objectIyya.has(this.keys[before.cue.end]!) || this.consideredThroughDemonstrative(before.cue, m)))
        // وأعلنت «لجنة المتابعة والإشراف العليا» التابعة …: marks that hold the very phrase read as the verb's subject
        // hold who speaks, never speech (forty-ninth session, helper arsubject)
        if (before.cue.speaker !== null && before.cue.speaker[0] === a && before.cue.speaker[1] === b) continue
        // ومن جهته صرح "مركز X" الترفيهي بأنه …: a name in marks right after the verb, then a complementizer, is the
        // verb's subject, not its speech (session 17, second round)
        if (before.bare && before.cue.end === m.open && !before.cue.english && before.cue.speaker === null && words <= 6 && this.complementizerSoonAfter(m.close + 1)) continue
        // ووصفه بأنه «رجل عظيم», ما وصفته بـ«الانتهاك الواضح»: two words right after `بأنه` (or after `ب` and a verb of
        // describing with its object pronoun) are what the speaker called someone or something (session 19)
        // (and after `ب` when the cue is a verb of describing with its object named, وصف ما نشرته الصحف بـ"حملة سياسية";
        // session 20)
        // (and after `من` and a verb of warning, وحذر X من «عواقب وخيمة»; fortieth session)
        const describedAs = words === 2 && !before.colon && !far && !before.cue.english && this.t.kinds[m.open - 1] === WORD && (this.lex.baAnna.has(this.keys[m.open - 1]!) || (this.keys[m.open - 1] === BA_KEY && (this.describesPronoun(before.cue) || this.describingVerb(before.cue))) || (this.lex.chargePrepositions.has(this.keys[m.open - 1]!) && before.cue.end !== m.open - 1 && this.chargingVerb(before.cue)) || (this.keys[m.open - 1] === MIN && before.cue.end !== m.open - 1 && this.warningVerb(before.cue)) || (this.keys[m.open - 1] === AN && before.cue.end !== m.open - 1 && this.expressingVerb(before.cue)))
        // ووصفها بأنها "قاسية", وبأنها «تسيطر» على …: one word right after `بأنه`/`بأنها` (its pronoun, not the bare `بأن`
        // whose marks are the clause's subject) is what the speaker called someone or something (thirtieth session)
        const calledOne = words === 1 && !before.colon && !far && !before.cue.english && this.calledOneWord(m, a, b)
        // لما وصفه «بالهجوم الإرهابي», بما اعتبرته «موجة إعدامات»: two words right after a verb of describing with its
        // object pronoun that opens a clause after `ما` or a relative are what its subject called it, the `ب` inside
        // the marks or not (session 23)
        // وصفت X نفسها بأنها أصبحت "شخصا مختلفا", ووصفها بأنها منظمة "إرهابية": one word after `بأنه` of a verb of
        // describing, then one to three words the describer chose (forty-second session)
        const describedWord = !describedAs && !calledOne && words <= 3 && !far && !before.colon && !before.cue.english && this.describedThroughWord(before.cue, m)
        const calledAs = !describedAs && words === 2 && !before.colon && !before.cue.english && m.open === before.cue.at + 1 && before.cue.at > ps && this.describesPronoun(before.cue) && this.lex.objectClauseOpeners.has(this.keys[before.cue.at - 1]!)
        // وقال إنه "تشرف" باللعب, إنه "معجب كبير" بالأجهزة, أن الحركة قد "ضعفت", سيكون "صعبا", وأعرب X عن "استيائه": one
        // word (or two right after a complementizer with its pronoun) in the clause a verb reports, in a shape that reads
        // as speech and not as a name or a term (thirty-first session, second round)
        const shortPart = !describedAs && !calledOne && words <= 2 && before.speaker !== null && !before.colon && !far && !before.cue.english && this.shortSpeech(m, a, b, before.cue, before.reported === true)
        // ما وصفه بـ«الهجوم», إن الاتفاق يعد «نكسة جديدة», إن هذا التحرك "غير مسبوق", معتبرا إياها "سخيفة": one word or
        // two in the clause a verb reports, after a verb of describing and ب, a word of judging, the clause's definite
        // subject or the object pronoun of اعتبر (thirty-fourth session)
        const judgedPart = !describedAs && !calledOne && !shortPart && words <= 2 && before.speaker !== null && !before.colon && !far && !before.cue.english && this.judgedSpeech(m, a, b, before.cue, before.reported === true)
        // وقال X إن بلاده ترفض ما أسماه «التدخل السافر»: one to three words right after a verb of naming with its object
        // pronoun (`namingVerbs`) after `ما` or a relative, in the clause a verb reports, are the speaker's term
        // (thirty-seventh session)
        const namedAs = words <= 3 && before.reported === true && before.speaker !== null && !before.colon && !before.cue.english && this.namedAs(m)
        // وقال X إن أمن المسافرين «أولوية قصوى»: two words (within the cue window) in the clause a verb reports after its
        // complementizer are the speaker's words when they are no name (session 19, second round)
        const reportedPart = !describedAs && before.reported === true && words === 2 && !far && this.partNotName(m, a, b)
        // وقال إن الحرب ستكون "محور المناقشات", إن اللقاء كان «مجرد لاشيء»: two or three words right after a form of كان,
        // أصبح or بات in the clause a verb reports are the predicate the speaker chose (thirty-sixth session)
        const copulaPart = !describedAs && !reportedPart && (words === 2 || words === 3) && before.reported === true && !far && !before.colon && !before.cue.english && before.speaker !== null && this.copulaPredicate(m, a, b)
        // وقال ترامب "لا أعتقد ذلك".: three words that end their sentence, after the verb and a speaker of up to four
        // words, are speech as they are right after the verb alone (twenty-first session, lead)
        const closing = words === 3 && before.bare && !far && !before.cue.english && m.open - before.cue.end <= 4 && (m.close + 1 >= pe || this.isSentenceEnd(m.close + 1)) && this.lex.sayingVerbs.has(withoutConjunction(this.keys[before.cue.at]!)) && !this.lex.addedTo.has(this.keys[before.cue.end]!)
        // وقالت X إن أعداد … بلغت مستويات "لا يمكن قبولها": three words far from the verb (past CUE_WINDOW) in the clause it
        // reports are speech when they open with a negation or close with an adverb (twenty-third session, second round)
        const farPredicate = words === 3 && far && before.reported === true && !before.cue.english && (this.predicateMarks(a, b) || this.lateEnd(a, b))
        // said the sales were "sluggish", described the merger as a "shotgun wedding": one or two words inside the clause an English
        // speech verb reports, within its window, that read as no name, title or term (forty-fourth session, helper enshort)
        const englishPart = words <= 2 && before.cue.english && !before.colon && !far && before.speaker !== null && this.englishPart(m, a, b, before.cue)
        if (describedAs || calledOne || describedWord || shortPart || judgedPart || calledAs || namedAs || reportedPart || copulaPart || closing || farPredicate || englishPart || words >= (before.colon ? 1 : far || (before.bare && (!next || before.cue.speaker !== null)) ? MIN_WORDS_BARE : MIN_WORDS_CUED)) {
          // ووصف X بأنه "…"، هذا ما أضافه Y: a verb with its object pronoun after `هذا ما` right after the marks names
          // who said them, when the verb before names no one of its own: a verb of describing (whose phrase may be its
          // object), or one whose subject phrase holds no entity (not `وقال النادي في بيان إن "…"، هذا ما أكده X`:
          // X confirms the club's words; twenty-seventh session)
          const own = before.cue.speaker !== null && !this.describingVerb(before.cue) && this.entities.length > 0 && this.entityIn(this.orig(this.t.starts[before.cue.speaker[0]]!, this.t.ends[before.cue.speaker[1] - 1]!)) !== null
          const trailing = !own && !before.colon && !m.capped && !m.split && words >= MIN_WORDS_CUED ? this.trailingAttribution(m, pe) : null
          if (trailing !== null) {
            while (ci < cues.length && cues[ci]!.at <= trailing.cue.at) ci++
            found.push({ a, b, cue: trailing.cue, speaker: trailing.speaker, capped: m.capped })
            continue
          }
          // (one word called so is no piece of reported words a second mark may go on with: `صنفتها بأنها "بذيئة"، في أولى
          // خطوات حكومة "X Y"`; thirtieth session)
          // (nor one or two English words, `said it was "sluggish"`: no later marks go on with them; forty-fourth session)
          found.push({ a, b, cue: before.cue, speaker: before.speaker, capped: m.capped, reported: before.reported === true && !calledOne && !((shortPart || judgedPart) && words === 1), ...(englishPart ? { part: true } : {}) })
          continue
        }
        // (قال X إنه لا يوجد "أي خطر" على المدينة، لكن البلدية "جاهزة لكل الاحتمالات": a later marked piece of the same sentence,
        // attributed by the same verb as the piece before it (so no speech verb between them), with no participle or
        // according phrase between and no person right before the marks, is the same speaker's, however far from the verb; one or two words only when they read as no name,
        // `partNotName`: `جبل «صبر»`, `داخل «كابيتول هيل»` stay out; thirty-seventh session)
        // (and two words or three of a predicate after a copula, `وإن سقوطه ليس "مهددا للحياة"`, which partNotName reads as a
        // name; fortieth session)
        const prev = found[found.length - 1]
        if (prev !== undefined && prev.cue === before.cue && prev.speaker !== null && prev.reported === true && !before.colon && !before.cue.english && this.laterPiece(prev.b, m.open) && !this.codeShaped(a, b) && (words >= MIN_WORDS_CUED || this.partNotName(m, a, b) || (words >= 2 && this.copulaPredicate(m, a, b)))) {
          found.push({ a, b, cue: before.cue, speaker: prev.speaker, capped: m.capped, reported: true })
          continue
        }
        // (`said delaying it was "timid" and a "total reversal"`, `dragged the contest "into the mud" and showed
        // they were "nervous"`: one to three English words later in the sentence of a piece the same cue attributed,
        // however far from the verb, when they read as no name or term; fifty-second session, helper enshort)
        if (prev !== undefined && prev.cue === before.cue && prev.speaker !== null && !before.colon && this.englishLaterPiece(m, a, b, before.cue, prev.b, cues)) {
          found.push({ a, b, cue: before.cue, speaker: prev.speaker, capped: m.capped, part: true })
          continue
        }
        // (ووصف X، الذي …، فوزه في السباق بأنه «…»: a verb of describing far before the marks; and `، متهما X بارتكاب «…»`
        // after the cue: a participle of accusing nearer the marks; fortieth session)
        const described = words <= 3 && !before.colon ? this.describedFar(m, cues) ?? this.accusedAfter(m, before.cue, a, b, words) : null
        if (described !== null) {
          found.push({ a, b, cue: described.cue, speaker: described.speaker, capped: m.capped })
          continue
        }
        // (too few words for a verb of describing with its pronoun, ووصفته بأنه "…"، مشيرة: a cue after them may still
        // attribute them)
        if (!this.describesPronoun(before.cue) && before.from === undefined) continue
      }
      // `The summit was a "key step" in reviving the talks, Mr Lowe said.`: one to five English words in marks
      // with no cue before them, in a sentence an English verb closes after its subject (forty-seventh session, helper
      // short)
      // (`has called the detention centre a "national disgrace" and a "symbol of neglect"`: a later piece of the same
      // sentence as one `called` or another English verb no cue of the paragraph attributed; fifty-second session)
      const last = found[found.length - 1]
      if (before === null && last !== undefined && last.cue !== null && last.speaker !== null && this.englishLaterPiece(m, a, b, last.cue, last.b, cues)) {
        found.push({ a, b, cue: last.cue, speaker: last.speaker, capped: m.capped, part: true })
        continue
      }
      // (`a "heated session" where some senior members argued …, party sources told the paper.`: the verb of a `where` clause
      // right after the marks is passed over; fifty-third session, helper encarry)
      const closing = before === null ? this.closingAttribution(m, a, b, ci > 0 ? cues[ci - 1] : undefined, this.inWhereClause(m, cues[ci]) ? cues[ci + 1] : cues[ci], marks[mi]?.open ?? pe) : null
      if (closing !== null) {
        found.push({ a, b, cue: closing, speaker: this.resolve(this.englishSubjectOf(closing, ps, pe), closing.gender), capped: m.capped, ...(words <= 2 ? { part: true } : {}) })
        continue
      }
      // `Ms Hale said a decision had yet to be made … but the treasurer's role would be "central"`: one to three
      // English words in the clause a verb reports past its window (fifty-second session, helper enshort)
      // (that far from the verb, only a speaker the text surely names: an entity, or a phrase that opens with a capital,
      // `The German giant`; a lower-case scrap the subject reading left, `year into Iraq intelligence`, `their value`,
      // gives none)
      const farCue = before === null ? this.englishFarPiece(m, a, b, cues) : null
      const farPhrase = farCue === null ? null : this.englishSubjectOf(farCue, ps, pe)
      const farRead = farCue === null ? null : this.resolve(farPhrase, farCue.gender, false)
      if (farCue !== null && farRead !== null && (farRead.entityId !== null || /^\p{Lu}/u.test(farRead.text))) {
        found.push({ a, b, cue: farCue, speaker: this.resolve(farPhrase, farCue.gender), capped: m.capped, part: true })
        continue
      }
      // (ندد X بـ»هجوم ارهابي» وقال امام الصحافيين …: no cue after marks glued to `بـ` attributes one to three words in
      // them; thirty-third session)
      if (shortAfterClitic) continue
      this.sentenceFrom = m.open
      const after = m.capped || m.split ? null : this.cueAfter(m, pe, words)
      this.sentenceFrom = -1
      if (after !== null) {
        // the cue after the quote is consumed here: skip it in the cue loop
        while (ci < cues.length && cues[ci]!.at <= after.cue.at) ci++
        if (words >= 2) found.push({ a, b, cue: after.cue, speaker: after.speaker, capped: m.capped })
        continue
      }
      // `"…". (مجلة الناقد الأدبي)`: a sentence in marks whose source a name in parentheses right after it gives is that
      // source's, not the speaker before nor the text's first person (forty-seventh session, helper culture)
      const cited = before === null && words >= MIN_WORDS_CUED ? this.citedSource(m, ps, pe) : null
      if (cited !== null) {
        found.push({ a, b, cue: null, speaker: cited, capped: m.capped })
        continue
      }
      // a quote right after an attributed one in the same paragraph goes on with the same speaker
      const previous = found[found.length - 1]
      // (and three words or more joined by و alone to one a cue attributed, `إنهم "…" و"…"`: a second piece of the
      // same words; not after marks no cue attributed, titles in a list: `ندوات هي "…"، و"…"`; session 22)
      // (and two or three words after a quote a verb reported, joined to it by `و`, `لكن` or a comma in the same
      // sentence, when they read as no name: `إنه لا يوجد "أي تهديد" للجزيرة، لكنها "مستعدة لأي طارئ"`; twenty-third
      // session, third round)
      // (and three words or more that open with a relative pronoun, a few words after a quote a cue attributed in the
      // same sentence: `عن "قلقها العميق" بشأن أفعال X"التي تهدد السلام بشكل خطير"`, the clause goes on describing a
      // noun of the speaker's words; thirtieth session)
      // (and two or three words of a predicate after a copula as the second piece, `إن حالته "جيدة" … وإن سقوطه ليس
      // "مهددا للحياة"`: partNotName reads a noun and its definite complement as a name; fortieth session)
      // (and one to three words joined by `و` alone to one to three words a cue attributed, `بأنه "X" و"Y"`, `جاء
      // "فرديا" و"عشوائيا"`: the second of a pair the speaker chose; shortPair, forty-third session)
      // (and marks after a line of a dialogue that names nobody, `فأجابه: «…». فنادى X: «…»`: see `other` below)
      // `"…," said Nadal. US coach Patrick McEnroe wants Roddick to play more on clay. "I think …"`: a named person who
      // opens the sentence right before marks no cue attributes, with a verb of speech or stance, speaks them, not the
      // one quoted before (fifty-third session, helper enquote3)
      // (and `BBC Two controller Roly Keating: "…"`: the person a sentence of a role and a name closed by a colon right
      // before the marks names; fifty-sixth session, lead)
      const voiced = words >= MIN_WORDS_CUED ? this.voicedBefore(m, previous?.b ?? ps - 1) ?? this.labelledBefore(m, previous?.b ?? ps - 1) : null
      if (voiced !== null) {
        found.push({ a, b, cue: null, speaker: voiced, capped: m.capped })
        continue
      }
      const unnamedLine = previous !== undefined && previous.speaker === null && previous.cue !== null && previous.cue.unnamed === true
      if (previous !== undefined && (previous.speaker !== null || unnamedLine) && previous.part !== true && (this.shortPair(previous, m, a, b, words) || (words >= 2 && (this.continues(previous.b, m.open) || (words >= MIN_WORDS_CUED && (this.reportedOn(previous.b, m.open) || (previous.cue !== null && (this.joinedByWaw(previous.b, m.open) || this.relativeGoesOn(previous.b, m.open, a) || (!previous.cue.english && !this.chargingVerb(previous.cue) && !this.expressingVerb(previous.cue) && this.laterClause(previous.a, previous.b, m)))))) || (words <= 3 && previous.reported === true && this.secondPiece(previous.b, m.open) && (this.partNotName(m, a, b) || this.copulaPredicate(m, a, b))) || this.expressedGoesOn(previous, m, words))))) {
        // (an office that spoke, `وقال مكتب رئيس الوزراء X إن «…»`, goes on in its sentence only: a later sentence's
        // marks, `ودعا الرئيس المواطنين إلى «…»`, are the person's, as before the rule; forty-first session)
        const later = this.sentenceStart(m.open) !== this.sentenceStart(previous.a)
        const person = later && previous.speaker !== null ? this.offices.get(previous.speaker) : undefined
        // (after a line of a dialogue, marks in a later sentence are the other party's: `فأجابه قدري: «…». فرد عليه:
        // «…»`, the speaker of the quote before that line, or nobody; `سأل X …، فأجابه: «…». فنادى X: «…»`, after a
        // line that names nobody, the last speaker named, the one it answered; fiftieth session, helper arcolon)
        const other = previous.cue !== null && previous.cue.dialogue === true && later ? (previous.cue.unnamed === true ? this.fromChain(null) : (found[found.length - 2]?.speaker ?? null)) : undefined
        // (`Jo Hill had said: "…" But her spokesman insisted she had delayed her entry. "…"`: a whole sentence between
        // them whose English verb has a subject of its own, named or a voice, gives the marks to that subject; fifty-third
        // session, helper encarry)
        const between = other === undefined && previous.speaker !== null && later ? this.speakerBetween(previous.b, m, cues, previous.speaker) : null
        if (between !== null) {
          found.push({ a, b, cue: null, speaker: between, capped: m.capped })
          continue
        }
        // (`وتنص الاصلاحات أيضا على «…»`: a programme as the sentence's subject speaks its own wording, not the one quoted
        // before; sixty-second session, helper arquote20)
        const programme = other === undefined && later ? this.programmeSubject(m.open) : null
        found.push({ a, b, cue: null, speaker: programme ?? (other !== undefined ? other : person ?? previous.speaker), capped: m.capped, reported: previous.reported === true })
      }
      // long marks with no attribution: the subject of a clause before a colon (English), the person right after the
      // verb that opens an Arabic sentence (أشاد X في صحيفة Y بدور … في «…»), else the last speaker
      // (سألنا X: «…؟»: marks in the interviewer's sentence after the verb of asking, with no verb of speech or answering
      // between, are the question, no one's speech)
      else {
        // `"…," Mr Bootle.`: a person right after the comma that closes the quote, then the full stop, with no verb (a
        // slip of the source): the person spoke it (forty-fourth session)
        const slip = words >= MIN_WORDS_CUED ? this.slipSpeaker(m, pe) : null
        if (slip !== null) {
          found.push({ a, b, cue: null, speaker: slip, capped: m.capped })
          continue
        }
        // `- Brentford boss Martin Allen: "…"`: an English line that is a person's name (its role before it) and a colon
        // right before the marks, a preview's or a transcript's label; the person speaks (forty-fifth session)
        const label = words >= MIN_WORDS_CUED ? this.labelSpeaker(m, ps) : null
        if (label !== null) {
          found.push({ a, b, cue: null, speaker: label, capped: m.capped })
          continue
        }
        // `…," said Mr Williams.` ⏎ `"This cannot go on." Filming starts …`: a short sentence in marks that opens its
        // paragraph right after a paragraph whose last sentence attributed a quote goes on with that quote's speaker
        // (forty-fifth session)
        const onward = words >= MIN_WORDS_CUED && words < MIN_WORDS_UNCUED ? this.paragraphGoesOn(m, ps) : null
        if (onward !== null) {
          found.push({ a, b, cue: null, speaker: onward, capped: false })
          continue
        }
        // («ألعاب القوى وكرة السلة والسباحة …», a squad's names, a town's districts: a list in marks is no speech;
        // thirty-second session)
        const long = words >= MIN_WORDS_UNCUED && !this.inList(m.open, ps) && !this.afterListColon(m.open, ps, a, b) && !(m.open > askedAt && m.open < questionEnd) && !this.nounList(a, b)
        // "ليس صديقا للهند", دونالد ترامب "سيتخلى عن إدارة أعماله" …: a headline or a subheading that is a quote in marks
        // (a pull quote), with no speech verb in its line; its speaker is decided once the whole text is read
        // (pullSpeakers; thirty-first session)
        const line = words >= MIN_WORDS_CUED && cues.length === 0 ? this.pullLine(m, a, b, ps, pe) : null
        if (line !== null) found.push({ a, b, cue: null, speaker: line.person === null && long ? this.colonSubject(m) ?? this.namedAfterWords(m) ?? this.heardFrom(m) ?? this.markSubject(m.open) ?? this.fromChain(null) : null, capped: m.capped, pull: { ...line, old: long } })
        // (كما علمنا عليه الصلاة والسلام: «…»: a hadith right after the Prophet's blessing is his; thirty-eighth session)
        else if (long) {
          const own = this.blessingBefore(m.open) ?? this.colonSubject(m) ?? this.namedAfterWords(m) ?? this.heardFrom(m) ?? this.programmeSubject(m.open) ?? this.markSubject(m.open) ?? this.appealSubject(m)
          // (Arabic words after a mark never closed that nothing before it attributes, `المدعو «X، …` to the paragraph's
          // end, are no quote; an English paragraph of a quote running on to the next opens with a mark it never closes;
          // thirty-ninth session)
          if (own !== null || !m.capped || !this.arabicAt(m.open + 1) || this.saidBefore(m.open)) found.push({ a, b, cue: null, speaker: own ?? this.fromChain(null), capped: m.capped })
        }
      }
    }
    if (asked !== null) this.pushEntity(asked[1], null, asked[0])
    // وقال X إن بلاده لن تقبل أي "شروط مسبقة" و"ترفض كل وصاية": marks of two words or more right before `و` and marks
    // a cue attributed, left unattributed themselves, are the first piece of the same words (the reverse of
    // secondPiece; twenty-fourth session, second round)
    if (marks.length > 1 && found.length > 0) this.firstPieces(marks, found)
    // overlaps: a colon quote holds the marked terms inside it; keep the outer one
    found.sort((x, y) => x.a - y.a || y.b - x.b)
    let lastEnd = -1
    for (const f of found) {
      if (f.a < lastEnd) continue
      if (this.emit(f.a, f.b, f.cue, f.speaker, f.capped)) {
        lastEnd = f.b
        if (f.pull !== undefined) this.pulls.push({ ...f.pull, index: this.quotes.length - 1 })
      }
    }
  }

  /**
   * Is the paragraph `[ps, pe)` of the marks `m` (words `[a, b)`, three or more) a headline or a subheading that is a
   * quote (a pull quote; thirty-first session)? Sixteen words at most, and either the marks alone, not on the text's
   * first line (punctuation after them, or a dash and the site's Latin name, ` - BBC Arabic`), or a person named at
   * the line's start right before them (`دونالد ترامب "سيتخلى عن إدارة أعماله" للتركيز …`). Not marks that are a name
   * (an entity covers them) or a code. The caller has checked that the paragraph holds no cue. Returns the person
   * named, or null for the marks alone; null when the line is no pull quote.
   */
  protected pullLine(m: Mark, a: number, b: number, ps: number, pe: number): PullLine | null {
    const t = this.t
    if (m.capped || m.split || this.wordCount(ps, pe) > PULL_LINE_WORDS) return null
    if ((this.entities.length > 0 && this.marksOneName(a, b)) || this.codeShaped(a, b)) return null
    // (not after a list's star or dash, `* «…»`: the titles of books a feature lists)
    if (m.open === ps) {
      // the marks alone: after them, punctuation only, or a dash and Latin words (the site's name); a subheading, not
      // the text's first line (a column's title in marks is mostly a saying, a slogan or a name with no speaker)
      if (ps === 0) return null
      let k = m.close + 1
      while (k < pe && t.kinds[k] === PUNCT && this.markChar(k) === null && this.keys[k] !== "-") k++
      if (k < pe && this.keys[k] === "-") {
        k++
        while (k < pe && (t.kinds[k] === PUNCT || (t.kinds[k] === WORD && /^[a-z]+$/i.test(this.keys[k]!)))) k++
      }
      return k === pe ? { person: null } : null
    }
    // a person at the line's start, ending right before the marks (not before a colon: `X: «…»` heads a column, X its
    // writer and the marks its title)
    const e = this.personAt(ps)
    if (e === null || this.orig(this.t.starts[m.open - 1]!, this.t.ends[m.open - 1]!).end !== e.end) return null
    return { person: e }
  }

  /**
   * The speakers of the pull quotes (thirty-first session), once the whole text is read: the speaker of the quote of
   * the body that repeats most of the pull quote's words (two or more, and two thirds of its distinct words; compared
   * without clitics, {@link pullKey}); else the person its line names; else, for long marks the scan kept before, the
   * speaker they had. A pull quote with none of these is no quote (a column's title, a slogan) and is dropped.
   */
  protected pullSpeakers(): void {
    const isPull = new Set<number>()
    for (const p of this.pulls) isPull.add(p.index)
    let bodies: Array<Set<string> | null> | null = null
    const drop = new Set<number>()
    for (let i = 0; i < this.pulls.length; i++) {
      const p = this.pulls[i]!
      const q = this.quotes[p.index]!
      const [s, e] = this.quoteTokens[p.index]!
      const words = new Set<string>()
      for (let k = s; k < e && words.size < PULL_WORDS; k++) if (this.t.kinds[k] === WORD) words.add(pullKey(this.keys[k]!))
      let best = -1
      let bestN = 0
      if (i < PULL_LINES && words.size >= 2) {
        bodies ??= this.quotes.map((bq, bi) => {
          if (isPull.has(bi) || bq.speaker === null) return null
          const set = new Set<string>()
          const [bs, be] = this.quoteTokens[bi]!
          for (let k = bs; k < be; k++) if (this.t.kinds[k] === WORD) set.add(pullKey(this.keys[k]!))
          return set
        })
        for (let bi = 0; bi < bodies.length; bi++) {
          const body = bodies[bi]
          if (body === null || body === undefined) continue
          let n = 0
          for (const w of words) if (body.has(w)) n++
          if (n > bestN) {
            best = bi
            bestN = n
          }
        }
      }
      if (best >= 0 && bestN >= 2 && bestN * 3 >= words.size * 2) {
        const b = this.quotes[best]!
        this.quotes[p.index] = { ...q, speaker: b.speaker, speakerEntityId: b.speakerEntityId }
      } else if (p.person !== null) this.quotes[p.index] = { ...q, speaker: p.person.canonical, speakerEntityId: p.person.entityId ?? null }
      else if (p.old !== true) drop.add(p.index)
    }
    if (drop.size === 0) return
    let w = 0
    for (let i = 0; i < this.quotes.length; i++) {
      if (drop.has(i)) continue
      this.quoteTokens[w] = this.quoteTokens[i]!
      this.quotes[w++] = this.quotes[i]!
    }
    this.quotes.length = w
    this.quoteTokens.length = w
  }

  /**
   * An Arabic headline `X: statement` (thirty-sixth session) that quotes X: the statement after the colon to the title's
   * end (three words or more), its speaker the person X names, the verb null. X is six words at most and either holds
   * a person entity the body names again ({@link headlinePerson}) or is a post whose holder the body names
   * ({@link headlineHolder}), or is one untagged word a body quote's speaker ends with ({@link headlineSurname}, fortieth
   * session). Not when a quote already stands in the title, not an English title, not a statement that
   * opens with a role (`X: السفير الذي …`, a profile) or a label (`X: في رثاء …`; `headlineLabels` in the lexicon).
   */
  protected headlineQuote(title: Range, byline: Range | null): Quote | null {
    const t = this.t
    const [ts, te] = this.titleTokens(title)
    if (te - ts < 4 || this.quotes.some((q) => q.start < title.end && q.end > title.start)) return null
    const c = this.headlineColon(ts, te)
    if (c < 0) return null
    const head = this.orig(t.starts[ts]!, t.ends[c - 1]!)
    if (!ARABIC_LETTER.test(this.text.slice(head.start, head.end))) return null
    // the statement: three words or more (`حالة مختبرية` over a column names its topic), not a description of the person
    // (`X: السفير الروسي المتهم …`, a profile: a role first; not a title, `الفريق` is a rank and a team) nor a label
    // (`X: في رثاء …`), one colon only
    if (!this.headlineStatement(c, te)) return null
    // (a name that opens the paragraph right after the title is a writer's, `X: عنوان` ⏎ `X كعادته كل عام …`)
    let next = te
    while (next < t.count && t.kinds[next] === BREAK) next++
    const lead = next < t.count ? this.orig(t.starts[next]!, t.ends[next]!).start : -1
    const person = this.headlinePerson(ts, c, head, title.end, byline, lead) ?? this.headlineHolder(ts, c, title.end, byline)
    if (person !== null) return this.titleQuote(c + 1, te, person.canonical, person.entityId ?? null)
    // (المرزوقي: …, a family name the entity stage left untagged whose speaker the body's quotes give; fortieth session)
    const named = this.headlineSurname(ts, c, head, title.end, lead, byline)
    return named === null ? null : this.titleQuote(c + 1, te, named.speaker!, named.speakerEntityId ?? null)
  }

  /**
   * Do the title's tokens after its colon `c` (to `te`) read as a statement: three words or more, no role first (a
   * profile), no label in the first two words (`headlineLabels`), no second colon (several speakers)?
   */
  private headlineStatement(c: number, te: number): boolean {
    const t = this.t
    let after = 0
    for (let k = c + 1; k < te; k++) {
      // (a second colon: a title of several speakers, `X: تنازلنا.. Y: يهددنا`)
      if (this.isColon(k)) return false
      if (t.kinds[k] !== WORD && t.kinds[k] !== NUM) continue
      const key = this.keys[k]!
      if (after < 2 && this.lex.headlineLabels.has(key)) return false
      if (after === 0 && this.roleWord(key)) return false
      after++
    }
    return after >= MIN_WORDS_CUED
  }

  /**
   * An Arabic headline `X: statement` whose X is a body or a place alone that the entity stage tagged (`نادي X: لن نبيع
   * …`, `كوريا الشمالية: العقوبات ستقود …`; thirty-ninth session), when the body confirms that X speaks: a quote of the
   * body whose speaker is X, or a verb of saying (`sayingVerbs`) with X written right after it, or an according phrase
   * naming X (`وقالت كوريا الشمالية …`). The statement (as
   * {@link headlineStatement} reads it) is X's quote, verb null. A dateline (`جدة: ضابط ينجح …`, `المغرب: اعتقال …`)
   * has no such cue. Read when {@link headlineQuote} and {@link titleFromBody} find none; one pass over the cues.
   */
  protected headlineBody(title: Range): Quote | null {
    const t = this.t
    const [ts, te] = this.titleTokens(title)
    if (te - ts < 4 || this.quotes.some((q) => q.start < title.end && q.end > title.start)) return null
    const c = this.headlineColon(ts, te)
    if (c < 0 || !this.placeAlone(ts, c) || !this.headlineStatement(c, te)) return null
    const x = this.entities[this.firstEntityFrom(this.orig(t.starts[ts]!, t.ends[c - 1]!).start)]!
    const same = (speaker: string | null, id: string | null | undefined): boolean => (speaker === x.canonical && (x.entityId == null || id === x.entityId)) || (speaker !== null && id == null && this.missionOf(speaker, x.canonical))
    // (a quote of the body X speaks, or a verb of saying with X right after it or an according phrase naming X: not
    // `كما شددت الهند إجراءات الأمن` under `الهند: انتهاء الهجوم …`, a verb that is a speech verb only before speech)
    const confirmed = this.quotes.some((q) => q.start >= title.end && same(q.speaker, q.speakerEntityId)) || this.cueSpeakers.some(([at, speaker, how]) => at >= te && (how === "according" || (how === "subject" && this.lex.sayingVerbs.has(withoutConjunction(this.keys[at]!)))) && same(speaker.text, speaker.entityId))
    return confirmed ? this.titleQuote(c + 1, te, x.canonical, x.entityId ?? null) : null
  }

  /**
   * Is the speaker's text a mission of the body named `body` (`missionHeads`: `بعثة الامم المتحدة في مالي` of `الأمم
   * المتحدة`, the words compared folded)? Such a mission's quotes confirm a headline `X: …` of its body as they did when
   * the body spoke for its mission (sixtieth session, helper arquote12). So does the club with its noun, `نادي الأهلي`
   * under `الأهلي: …` (sixty-first session, helper arquote15: the speaker `agencyPhrase` now gives).
   */
  private missionOf(speaker: string, body: string): boolean {
    const words = foldKey(speaker)
    const name = foldKey(body)
    if (words.length <= name.length || !(this.lex.missionHeads.has(words[0]!) || words[0] === CLUB_KEY)) return false
    return name.every((w, i) => words[i + 1] === w)
  }

  /** The title's tokens `[ts, te)`: from the first that starts in it to the last that ends in it (the title opens the text: a scan of at most its length). */
  private titleTokens(title: Range): readonly [number, number] {
    const t = this.t
    const ts = this.walkPast(0, t.count, title.start, "start")
    let te = ts
    while (te < t.count && t.kinds[te] !== BREAK && this.orig(t.starts[te]!, t.ends[te]!).end <= title.end) te++
    return [ts, te]
  }

  /** The colon of a title `X: statement` (tokens `[ts, te)`) after one to six words, or -1. */
  private headlineColon(ts: number, te: number): number {
    const t = this.t
    let c = ts
    let words = 0
    while (c < te && !this.isColon(c)) {
      if (t.kinds[c] === WORD || t.kinds[c] === NUM) words++
      if (words > HEADLINE_SPEAKER_WORDS) return -1
      c++
    }
    return c >= te || words === 0 ? -1 : c
  }

  /** A quote of the title's tokens `[s, e)` (commas and dashes trimmed before, a full stop and commas after), verb null; null when boilerplate. */
  private titleQuote(s: number, e: number, speaker: string, speakerEntityId: string | null): Quote | null {
    const t = this.t
    while (s < e && t.kinds[s] === PUNCT && (COMMAS.has(this.keys[s]!) || this.keys[s] === "-")) s++
    while (e > s && t.kinds[e - 1] === PUNCT && (this.keys[e - 1] === "." || COMMAS.has(this.keys[e - 1]!))) e--
    if (e <= s) return null
    const span = this.orig(t.starts[s]!, t.ends[e - 1]!)
    if (this.exclude.overlaps(span.start, span.end)) return null
    return { text: this.text.slice(span.start, span.end), speaker, speakerEntityId, verb: null, start: span.start, end: span.end }
  }

  /**
   * A title's quote whose speaker only the body names (thirty-seventh session): the words in marks in the title (three
   * or more, not a name)
   * (`خروج بريطانيا "يحمل في طياته فرصا حقيقية"`), or the statement of `X: statement` whose X is a place or a body
   * alone (`واشنطن: …`, a metonym), that the body repeats: the first sentence of the body's lead that holds two of
   * their words and two thirds of them (compared loosely, {@link looseKey}). The speaker is that of the body's quote
   * over the words repeated, else of the speech cue of the sentence before them (`قال X إن …`, reported speech) or
   * of an according phrase after them (`…، بحسب X`); a person only after a place or a body.
   */
  protected titleFromBody(title: Range): Quote | null {
    const t = this.t
    const [ts, te] = this.titleTokens(title)
    if (te - ts < 3 || !ARABIC_LETTER.test(this.text.slice(title.start, title.end)) || this.quotes.some((q) => q.start < title.end && q.end > title.start)) return null
    let span = this.titleMarks(ts, te)
    const place = span === null
    // (any other X: only a body's quote over the words, of a person: `مؤسس "لينكدإن": …` whose body quotes him)
    let other = false
    if (place) {
      const c = this.headlineColon(ts, te)
      if (c < 0) return null
      other = !this.placeAlone(ts, c)
      span = [c + 1, te]
      for (let k = c + 1; k < te; k++) if (this.isColon(k)) return null
    }
    const [s, e] = span!
    const words = new Set<string>()
    for (let k = s; k < e && words.size < TITLE_WORDS; k++) if (t.kinds[k] === WORD || t.kinds[k] === NUM) words.add(looseKey(this.keys[k]!))
    if (words.size < 2 || (place && this.wordsBetween(s, e) < MIN_WORDS_CUED)) return null
    // the body's sentences from the title on (its lead), a bounded number of tokens: the first that repeats the words
    const end = Math.min(t.count, te + TITLE_BODY_TOKENS)
    const seen = new Set<string>()
    let ss = te
    let first = -1
    let last = -1
    for (let k = te; k <= end; k++) {
      if (k === end || t.kinds[k] === BREAK || (t.kinds[k] === PUNCT && SENTENCE_STOPS.has(this.keys[k]!))) {
        if (seen.size >= 2 && seen.size * 3 >= words.size * 2) {
          const who = this.repeatSpeaker(ss, k, first, last, other)
          if (who === null || (place && !who.person) || this.writerOrTopic(who.text, s, e, te)) return null
          return this.titleQuote(s, e, who.text, who.entityId)
        }
        seen.clear()
        first = -1
        ss = k + 1
        continue
      }
      if (t.kinds[k] !== WORD && t.kinds[k] !== NUM) continue
      const w = looseKey(this.keys[k]!)
      if (!words.has(w)) continue
      if (first < 0) first = k
      last = k
      seen.add(w)
    }
    return null
  }

  /** Does the speaker's text open right after the cue's words (`أعلن الجيش الكوري الجنوبي`, the verb's subject as written)? */
  private speakerOpensAfter(cue: Cue, speaker: Speaker): boolean {
    if (cue.end >= this.t.count) return false
    const at = this.orig(this.t.starts[cue.end]!, this.t.ends[cue.end]!).start
    return this.text.startsWith(speaker.text, at)
  }

  /**
   * Is the speaker `name` the writer of a column (the line after the title, tokens from `te`, opens with the name: `X:
   * لا داعي للحب !` ⏎ `X` ⏎ …) or the topic of the title's words `[s, e)` (they name the speaker: `رحالة الصيف: X في
   * غدامس`, a travel column)?
   */
  private writerOrTopic(name: string, s: number, e: number, te: number): boolean {
    const t = this.t
    let next = te
    while (next < t.count && t.kinds[next] === BREAK) next++
    if (next < t.count && this.text.startsWith(name, this.orig(t.starts[next]!, t.ends[next]!).start)) return true
    const words = this.orig(t.starts[s]!, t.ends[e - 1]!)
    return this.text.slice(words.start, words.end).includes(name)
  }

  /** The words `[open + 1, close)` of the first marks in the title's tokens `[ts, te)` that hold two words or more, or null. */
  private titleMarks(ts: number, te: number): readonly [number, number] | null {
    let open = -1
    for (let k = ts; k < te; k++) {
      if (this.markChar(k) === null) continue
      if (open < 0) open = k
      else if (this.titleMarksSpeech(open + 1, k)) return [open + 1, k]
      else open = -1
    }
    return null
  }

  /**
   * Do the title's marks `[a, b)` read as words someone said: four words or more, or three that open with a present
   * verb (`"تحمل مقاتلين وذخيرة"`); no name (`«صيف ينبع 36»`, `"وان بلس تو"`, `«السعودية للاستثمار الصناعي»`: an
   * event, a product, a company) and not a name an entity covers.
   */
  private titleMarksSpeech(a: number, b: number): boolean {
    const n = this.wordsBetween(a, b)
    if (n < MIN_WORDS_CUED || (n === MIN_WORDS_CUED && !(this.t.kinds[a] === WORD && PRESENT_VERB.test(this.keys[a]!)))) return false
    return !this.nameIn(a, b)
  }

  /** Does an entity cover most of the tokens `[a, b)` (the marks hold a name: `«السعودية للاستثمار الصناعي»`, a company)? */
  private nameIn(a: number, b: number): boolean {
    const o = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
    for (let i = this.firstEntityFrom(Math.max(0, o.start - HEADLINE_ENTITY_REACH)); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= o.end) break
      if (Math.min(e.end, o.end) - Math.max(e.start, o.start) > (o.end - o.start) / 2) return true
    }
    return false
  }

  /** The words and numbers among the tokens `[a, b)`, counted (outside the paragraph loop: a title's few tokens). */
  private wordsBetween(a: number, b: number): number {
    let n = 0
    for (let k = a; k < b; k++) if (this.t.kinds[k] === WORD || this.t.kinds[k] === NUM) n++
    return n
  }

  /** Is the title's `X` (tokens `[ts, c)`) a place or a body alone: one entity that is no person covers all its words? */
  private placeAlone(ts: number, c: number): boolean {
    const head = this.orig(this.t.starts[ts]!, this.t.ends[c - 1]!)
    const i = this.firstEntityFrom(head.start)
    const e = this.entities[i]
    return e !== undefined && (e.type === "LOCATION" || e.type === "ORGANIZATION") && e.start <= head.start + 1 && e.end >= head.end - 1
  }

  /**
   * Who says the words a body's sentence `[ss, se)` repeats from the title (tokens `[first, last]`): the speaker of a
   * quote over them, else of the last speech cue before them in the sentence, else of an according phrase after them.
   */
  private repeatSpeaker(ss: number, se: number, first: number, last: number, quotesOnly: boolean): { readonly text: string; readonly entityId: string | null; readonly person: boolean } | null {
    for (let i = 0; i < this.quotes.length; i++) {
      const [qs, qe] = this.quoteTokens[i]!
      const q = this.quotes[i]!
      // (a relative's phrase, `والد X`, is a person too: fifty-fifth session, helper arkin)
      if (q.speaker !== null && qs <= last && qe > first && qs >= ss) return { text: q.speaker, entityId: q.speakerEntityId ?? null, person: q.speakerEntityId != null ? this.isPersonId(q.speakerEntityId) : this.entities.some((e) => e.type === "PERSON" && e.canonical === q.speaker) || this.kinPhrase(q.speaker) }
    }
    if (quotesOnly) return null
    // (a person, or a body the entity stage tagged named by an according phrase or right after its verb: not
    // `المحافظ السابق لبنك إنجلترا` read from a participle's clause, nor `المنظمة لكأس` cut from `الرئيس التنفيذي للجنة
    // المنظمة لكأس العالم`)
    let before: Speaker | null = null
    let after: Speaker | null = null
    for (const [at, speaker, how] of this.cueSpeakers) {
      if (at >= se) break
      if (at < ss) continue
      const named = speaker.person || (how !== "other" && speaker.entityId !== null)
      if (at < first) before = named ? speaker : null
      else if (at > last && how === "according" && named && after === null) after = speaker
    }
    return before ?? after
  }

  /**
   * The person a headline's `X` (tokens `[ts, c)`, the original span `head`) names: the first person entity in X, the
   * body naming it again after the title (`from`), outside the byline and not as the first word of the paragraph after
   * the title (`lead`). Before the person only titles, definite words (`الرئيس الروسي X`, `اللواء X`) or a role head and
   * a place or a body it heads (`مدرب ليفربول X`); after it nothing, or an addressee or an outlet after `ل` (`X
   * لـ«الشرق الأوسط»`, `X لترامب`). Not a byline's name (a column's writer over its title), not a phrase with `و`
   * (`والد وأشقاء الشهيد X`, `X وY`), not after a label word.
   */
  private headlinePerson(ts: number, c: number, head: Range, from: number, byline: Range | null, lead: number): Entity | null {
    const t = this.t
    let person: Entity | null = null
    for (let i = this.firstEntityFrom(head.start); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= head.end) break
      if (e.type === "PERSON" && e.end <= head.end) {
        person = e
        break
      }
    }
    // (مدير سي آي إيه لترامب: …, a person glued to `ل` after the head's first words is the one spoken to, not the
    // speaker; `lamBeforePerson`, sixtieth session, helper arquote11)
    if (person === null || this.lamBeforePerson(ts, c, person) >= 0) return null
    // the words before the person: titles, definite words, or a role head in construct right before a place or a body
    let k = ts
    for (; k < c; k++) {
      const o = this.orig(t.starts[k]!, t.ends[k]!)
      if (o.end > person.start) break
      if (t.kinds[k] === PUNCT) {
        // (a mark, or the dot of `د.`; not `..` after a topic, `الاتفاق النووي.. X: …`)
        if (this.markChar(k) !== null || (this.keys[k] === "." && k > ts && t.kinds[k - 1] === WORD && this.keys[k - 1]!.length === 1)) continue
        return null
      }
      if (t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      if (this.lex.headlineLabels.has(key) || conjoined(key)) return null
      if (this.lex.arTitles.has(key) || key.startsWith(ALEF_LAM) || this.inOtherEntity(o, person)) continue
      // (مدرب ليفربول X, وزير خارجية البحرين X: a role head in construct before a place or a body)
      if (this.roleWord(ALEF_LAM + key) && k + 1 < c && this.inOtherEntity(this.orig(t.starts[k + 1]!, t.ends[k + 1]!), person)) continue
      return null
    }
    // the words after the person: none, or an addressee or an outlet after `ل`
    k = this.walkPast(k, c, person.end, "start")
    while (k < c && t.kinds[k] === PUNCT && this.markChar(k) !== null) k++
    if (k < c && !(t.kinds[k] === WORD && this.keys[k]!.startsWith(LAM_KEY) && !this.lex.headlineLabels.has(this.keys[k]!))) return null
    for (let j = k; j < c; j++) if (t.kinds[j] === WORD && conjoined(this.keys[j]!) && !this.inOtherEntity(this.orig(t.starts[j]!, t.ends[j]!), person)) return null
    // the body names the person again (not only the byline): a column's writer over its title is no speaker
    if (byline !== null && (this.entityNamedIn(person, byline) || this.text.slice(byline.start, byline.end).includes(person.text.trim()))) return null
    return this.namedAfter(person, from, byline, lead) ? person : null
  }

  /**
   * The holder of the post a headline's `X` (tokens `[ts, c)`) names with no person (`وزير الصحة: …`, `الرئيس الأوكراني:
   * …`, `أمير نجران: …`, `وزير الخارجية البريطاني لـ«الشرق الأوسط»: …`): X opens with a post's noun (`headlineRoles`,
   * `roleHeads`, `epithetHeads` in the lexicon, with the article or without), and the person is the one the body names
   * after the title (`from`) whose role, as the entity stage read it, holds every word of X up to an outlet after `ل`
   * (the article and a clitic aside: `أمير نجران` ~ `أمير منطقة نجران`; since the fortieth session also a nisba and a
   * spelling's `ي`, {@link holderKey}: `مدير الأمن بلبنان` ~ `المدير العام للأمن العام اللبناني`); one person only (two ministers of foreign
   * affairs: none). Not a phrase with `و` or a mark inside it (`«الإسكان»`, a ministry, not its minister).
   */
  private headlineHolder(ts: number, c: number, from: number, byline: Range | null): Entity | null {
    const t = this.t
    const words: Array<string> = []
    for (let k = ts; k < c; k++) {
      if (t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      // (an outlet or an addressee after the post ends it: `… لـ«الشرق الأوسط»`, `… للسيسي`)
      if (words.length > 0 && key.startsWith(LAM_KEY)) break
      if (conjoined(key) || this.lex.headlineLabels.has(key)) return null
      words.push(roleKey(key))
    }
    if (words.length < 2 || !(this.lex.headlineRoles.has(words[0]!) || this.roleWord(ALEF_LAM + words[0]!))) return null
    let holder: Entity | null = null
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.type !== "PERSON" || e.role == null || this.exclude.overlaps(e.start, e.end)) continue
      if (byline !== null && e.start < byline.end && e.end > byline.start) continue
      const folded = foldKey(e.role)
      const role = new Set(folded.map(roleKey))
      // (or loosely, fortieth session: `مدير الأمن بلبنان` ~ `المدير العام للأمن العام اللبناني`, `وزير خارجية فلسطين`
      // ~ `وزير الخارجية الفلسطيني`, `الأمريكي` ~ `الاميركي`: a clitic, a nisba and a spelling's `ي` aside)
      let loose: Set<string> | null = null
      if (!words.every((w) => role.has(w) || (loose ??= new Set(folded.map(holderKey))).has(holderKey(w)))) continue
      if (holder !== null && !sameEntity(holder, e)) return null
      holder = e
    }
    return holder
  }

  /**
   * The body's quote whose speaker a headline's `X` (tokens `[ts, c)`, the original span `head`) names by one word
   * that no entity covers (fortieth session): a family name (`المرزوقي: …`, `د. الخشاب: …`) or a body's short name
   * (`"الصحة": …` over `وقالت وزارة الصحة: "…"`). One word with the article (marks and a title `د.` before it aside),
   * not a label (`headlineLabels`) nor a post's noun; the first quote after the title (`from`) whose speaker ends with
   * that word, not a speaker whose name opens the paragraph right after the title (`lead`, a column's writer). Null
   * when none; one pass over the quotes.
   *
   * Or (forty-fourth session) a given name and that family name, neither tagged (`مرام القصير: …` over the body's
   * `تقول مرام: «…»` and `وتضيف القصير …`): the given name has no article and is no post's noun, label or title; the
   * body's quote is the first whose speaker is the family name alone, the given name alone, or ends with both; the
   * speaker is the headline's two words as written when the body's is one of them (the fuller name), else the body's.
   * Not a name of the byline (a column's writer over its title).
   */
  private headlineSurname(ts: number, c: number, head: Range, from: number, lead: number, byline: Range | null): Quote | null {
    const t = this.t
    let w = -1
    let g = -1
    for (let k = ts; k < c; k++) {
      if (t.kinds[k] === PUNCT && this.markChar(k) !== null) continue
      if (t.kinds[k] === PUNCT && this.keys[k] === "." && w < 0 && g < 0 && k > ts && this.lex.arTitles.has(this.keys[k - 1]!)) continue
      if (t.kinds[k] === WORD && w < 0 && g < 0 && k + 1 < c && this.keys[k + 1] === "." && this.lex.arTitles.has(this.keys[k]!)) continue
      if (t.kinds[k] !== WORD || w >= 0) return null
      // (مرام القصير: a given name before the family name; forty-fourth session)
      if (g < 0 && !this.keys[k]!.startsWith(ALEF_LAM) && k + 1 < c && t.kinds[k + 1] === WORD) g = k
      else w = k
    }
    if (w < 0) return null
    const key = this.keys[w]!
    if (key.length < 5 || !key.startsWith(ALEF_LAM) || this.lex.headlineLabels.has(key) || this.roleWord(key) || this.lex.headlineRoles.has(roleKey(key))) return null
    const given = g < 0 ? null : this.keys[g]!
    if (given !== null && (given.length < 3 || conjoined(given) || this.lex.arTitles.has(given) || this.lex.headlineLabels.has(given) || this.lex.headlineRoles.has(roleKey(given)) || this.roleWord(ALEF_LAM + given))) return null
    // (no entity on X: a person the entity stage tagged is headlinePerson's, a place or a body headlineBody's)
    const i = this.firstEntityFrom(Math.max(0, head.start - HEADLINE_ENTITY_REACH))
    for (let j = i; j < this.entities.length && this.entities[j]!.start < head.end; j++) if (this.entities[j]!.end > head.start) return null
    const name = given === null ? null : this.text.slice(this.orig(t.starts[g]!, t.ends[g]!).start, this.orig(t.starts[w]!, t.ends[w]!).end)
    if (name !== null && byline !== null && this.text.slice(byline.start, byline.end).includes(name)) return null
    for (const q of this.quotes) {
      if (q.start < from || q.speaker === null) continue
      const words = foldKey(q.speaker)
      const last = words[words.length - 1]
      if (given === null ? last !== key : !(words.length === 1 && (last === key || last === given)) && !(last === key && words[words.length - 2] === given)) continue
      if (lead >= 0 && this.text.startsWith(q.speaker, lead)) return null
      return name !== null && words.length === 1 ? { ...q, speaker: name, speakerEntityId: null } : q
    }
    return null
  }

  /** Does the speaker's text open with a noun of kinship or representation and name more (`والد X`, `والدة الشهيد X`)? */
  private kinPhrase(text: string): boolean {
    const words = foldKey(text)
    return words.length > 1 && this.lex.kinNouns.has(words[0]!)
  }

  /** Is the original span `o` inside an entity other than `person` that is no person (a place or a body)? */
  private inOtherEntity(o: Range, person: Entity): boolean {
    for (let i = this.firstEntityFrom(Math.max(0, o.start - HEADLINE_ENTITY_REACH)); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= o.end) break
      if (e !== person && e.type !== "PERSON" && e.start <= o.start + 1 && e.end >= o.end) return true
    }
    return false
  }

  /** Is the same entity as `person` (its id, else its canonical form) mentioned inside `span`? */
  private entityNamedIn(person: Entity, span: Range): boolean {
    for (let i = this.firstEntityFrom(span.start); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= span.end) break
      if (sameEntity(e, person)) return true
    }
    return false
  }

  /** A post's noun (`السفير`, `المدرب`, with the article): a role heading the body or place after it. */
  private roleWord(key: string): boolean {
    return this.lex.roleHeads.has(key) || this.lex.epithetHeads.has(key)
  }

  /**
   * Is the same entity as `person` mentioned after `from`, outside the byline and the boilerplate, and not as the
   * first word of the paragraph after the title (the offset `lead`: a writer's name printed over the column)?
   */
  private namedAfter(person: Entity, from: number, byline: Range | null, lead: number): boolean {
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (!sameEntity(e, person) || this.exclude.overlaps(e.start, e.end) || e.start === lead) continue
      if (byline !== null && e.start < byline.end && e.end > byline.start) continue
      return true
    }
    return false
  }

  /**
   * The cues of the paragraph `[ps, pe)` with `بالقول` read as a participle (as `بقوله` is) where no cue reads it: after
   * a verb that is no speech verb (`اكتفى رئيس البلدية بالقول إلى الصحافيين «…»`, `واكتفى بالقول إنه «…»`), not after
   * a cue of the same sentence (`وختم بالقول:`, `وعلق X … على ذلك بالقول:` are the verb's), and only before a colon, a mark or a complementizer,
   * an addressee of up to three words between (`إلى`/`ل…`); not `بالقول أو بالفعل`. Its speaker is read as a
   * participle's (the sentence's subject, else the chain). Thirty-first session.
   */
  protected withSayingNoun(cues: Array<Cue>, ps: number, pe: number): Array<Cue> {
    const t = this.t
    let extra: Array<Cue> | null = null
    let ci = 0
    for (let j = ps; j < pe; j++) {
      if (t.kinds[j] !== WORD || this.keys[j] !== BIL_QAWL) continue
      while (ci < cues.length && cues[ci]!.at < j) ci++
      if (ci < cues.length && cues[ci]!.at === j) continue
      // (a cue earlier in the sentence attributes what follows: `وعلق X … على ذلك بالقول:` is its verb's)
      const prev = ci > 0 ? cues[ci - 1]! : undefined
      if (prev !== undefined && prev.at >= this.sentenceStart(j)) continue
      let k = j + 1
      if (k < pe && t.kinds[k] === WORD && (this.lex.toWords.has(this.keys[k]!) || (this.keys[k]!.length > 3 && this.keys[k]!.startsWith("\u0644")))) {
        const stop = Math.min(pe, k + 3)
        while (k < stop && t.kinds[k] === WORD && !this.lex.complementizers.has(this.keys[k]!)) k++
      }
      if (k >= pe || !(this.isColon(k) || this.markChar(k) !== null || (t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)))) continue
      ;(extra ??= []).push(this.participleCue(j))
    }
    return extra === null ? cues : [...cues, ...extra].sort((x, y) => x.at - y.at)
  }

  /**
   * Does the cue's colon end its paragraph `[.., pe)` (thirty-first session)? The colon within the colon window after
   * the cue (a name of up to four words in marks passed over, `يكتب في قصيدته "أنا والمدينة":`), with no sentence end,
   * other mark or colon, and no other verb before it, only punctuation after it; not a byline (`كتب - X:`), nor a
   * list or a document's text announced (`هي:`, `ما يلي:`, `فيما يلي نصه:`, `التالي:`: `listPronouns`, `listings`,
   * `speechObjects` in the lexicon).
   */
  protected colonEndsLine(cue: Cue, pe: number, markAt: ReadonlyMap<number, Mark>): boolean {
    if (cue.kind === "according" || cue.kind === "background" || (cue.end < pe && this.keys[cue.end] === "-")) return false
    let k = pe - 1
    while (k > cue.end && this.t.kinds[k] === PUNCT && !this.isColon(k) && this.markChar(k) === null) k--
    if (k < cue.end || k - cue.end > COLON_WINDOW || !this.isColon(k)) return false
    for (let j = cue.end; j < k; j++) {
      if (this.isSentenceEnd(j) || this.isColon(j)) return false
      if (this.t.kinds[j] === PUNCT && this.markChar(j) !== null) {
        const m = markAt.get(j)
        if (m === undefined || m.capped || m.close >= k || m.close - j > MIN_WORDS_BARE) return false
        j = m.close
        continue
      }
      if (j > cue.end && this.t.kinds[j] === WORD && this.verbStartsAt(j, pe)) return false
    }
    const w = k - 1
    if (w >= cue.end && this.t.kinds[w] === WORD && (this.lex.listPronouns.has(this.keys[w]!) || this.lex.listings.has(this.keys[w]!) || this.lex.speechObjects.has(this.keys[w]!))) return false
    return true
  }

  /**
   * The speech of a cue whose colon ended the paragraph before ({@link colonEndsLine}): the paragraph `[ps, pe)` from
   * its first word to the end of its sentence before a new attribution (as colon speech ends), three words or more;
   * null when it opens with a mark (the marks are read as such), a star or a bullet (a list's item), a number or a
   * heading's colon (`1 - …`, `أولا:`), or with a verb of its own (`فقلت: …`, a dialogue's next turn). Thirty-first session.
   */
  protected carriedSpeech(ps: number, pe: number): readonly [number, number] | null {
    const t = this.t
    let a = ps
    while (a < pe && t.kinds[a] === PUNCT && this.markChar(a) === null && this.keys[a] !== "(") a++
    // (a list's item after a star or a bullet, `* …`, `• …`: a list, or an interview's question)
    if (a > ps && (this.keys[ps] === "*" || this.keys[ps] === "\u2022")) return null
    if (a >= pe || t.kinds[a] === NUM || this.markChar(a) !== null) return null
    if (t.kinds[a] === WORD && this.verbAt(a, pe) > 0) return null
    if (this.topicLine(a)) return null
    if ((a + 1 < pe && this.isColon(a + 1)) || (a + 2 < pe && this.isColon(a + 2))) return null
    this.ensureBoundaries()
    const b = this.nextBoundary[a - ps]!
    return this.wordCount(a, b) >= MIN_WORDS_CUED ? [a, b] : null
  }

  /**
   * Does the line after a colon that ended the paragraph before open with `أما`/`وأما` (`amma`: "as for") at token
   * `a` (`فقد جاء فيه :` ⏎ `أما دولة البحرين فقد أوردت …`)? The words the colon announced were left out of the page (a
   * statement shown as an image) and the line is the writer's next topic, no speech (thirty-eighth session).
   */
  protected topicLine(a: number): boolean {
    return this.t.kinds[a] === WORD && this.lex.amma.has(this.keys[a]!)
  }

  /**
   * The speech carried from a colon that ended the paragraph before ({@link carriedSpeech}), run over the verse lines
   * after it when it is a verse line itself ({@link poemEnd}; thirty-seventh session): `قال في إحدى قصائده:` ⏎ twelve
   * verses ⏎ prose. With `poem` (a poem's cue and no speech verb, {@link poemCueEnds}) only a poem of two lines or more
   * is speech. Sets {@link poemUntil} past the last verse.
   */
  protected poemOrCarried(ps: number, pe: number, poem: boolean): readonly [number, number] | null {
    // («نامت طواحين … ⏎ … ⏎ … من الغياب».الديوان: ص34: a poem in marks opened before its first verse)
    const marked = this.markedPoem(ps, pe)
    if (marked !== null) {
      this.poemUntil = marked[1]
      this.lastPoet = this.pendingSpeaker
      return marked
    }
    const carried = this.carriedSpeech(ps, pe)
    if (carried === null || carried[1] !== pe || !this.verseLine(ps, pe)) return poem ? null : carried
    const first = this.orig(this.t.starts[ps]!, this.t.ends[pe - 1]!)
    const end = this.poemEnd(pe, ps - this.lastPe, Math.max(Math.round((first.end - first.start) * VERSE_LIKE), first.end - first.start + VERSE_LIKE_MORE), (first.end - first.start) / VERSE_SHORTER)
    if (poem && end === pe) return null
    this.poemUntil = end
    if (end > pe) this.lastPoet = this.pendingSpeaker
    return [carried[0], end]
  }

  /**
   * A poem in marks (thirty-seventh session): the line `[ps, pe)` opens with a mark or a bracket that it does not close,
   * the rest of it is a verse ({@link verseLine}), and the lines after it are verses up to one whose closing mark or
   * bracket follows its words (`(نامت طواحين الكلام …` ⏎ … ⏎ `… من الغياب).الديوان: ص34`): the words from the first
   * verse to that mark, over at most {@link POEM_LINES} lines, each read once. Null when the mark closes on the first
   * line, or not before prose, a gap or the cap.
   */
  protected markedPoem(ps: number, pe: number): readonly [number, number] | null {
    const t = this.t
    if (t.kinds[ps] !== PUNCT || !(this.markChar(ps) !== null || this.keys[ps] === "(") || ps + 1 >= pe || !this.verseLine(ps + 1, pe)) return null
    const gap = ps - this.lastPe
    let k = pe
    for (let lines = 1; lines < POEM_LINES && k < t.count; lines++) {
      let breaks = 0
      while (k < t.count && t.kinds[k] === BREAK) {
        breaks++
        k++
      }
      if (breaks === 0 || breaks > Math.max(1, gap) || k >= t.count) return null
      let e = k
      const stop = Math.min(t.count, k + VERSE_TOKENS + 1)
      let close = -1
      while (e < stop && t.kinds[e] !== BREAK) {
        if (close < 0 && t.kinds[e] === PUNCT && (this.keys[e] === ")" || this.markChar(e) !== null)) close = e
        e++
      }
      if (close >= 0) return close > k && this.verseLine(k, close) ? [ps + 1, close] : null
      if ((e === stop && e < t.count) || !this.verseLine(k, e)) return null
      k = e
    }
    return null
  }

  /**
   * Where a poem whose first verse line ends at token `pe` ends: past the verse lines that follow it ({@link
   * verseLine}), up to a line that is none (prose, a heading's or a new cue's colon, a number, a mark), a gap of more
   * line breaks than the one before the first verse (`gap`), a line of another length than the first verse (longer than
   * `longest` or shorter than `shortest` characters: one metre), a line that ends with a full stop (the last verse,
   * taken), or {@link POEM_LINES} lines and {@link POEM_CHARS} characters. Linear: each line is read once, up to {@link
   * VERSE_TOKENS} tokens.
   */
  protected poemEnd(pe: number, gap: number, longest: number, shortest: number): number {
    const t = this.t
    let end = pe
    const start = this.orig(t.starts[pe - 1]!, t.ends[pe - 1]!).end
    let lines = 1
    let k = pe
    while (k < t.count && lines < POEM_LINES) {
      let breaks = 0
      while (k < t.count && t.kinds[k] === BREAK) {
        breaks++
        k++
      }
      if (breaks === 0 || breaks > Math.max(1, gap) || k >= t.count) break
      let e = k
      const stop = Math.min(t.count, k + VERSE_TOKENS + 1)
      while (e < stop && t.kinds[e] !== BREAK) e++
      if (e === stop && e < t.count) break
      const length = this.orig(t.starts[e - 1]!, t.ends[e - 1]!).end - this.orig(t.starts[k]!, t.ends[k]!).start
      if (!this.verseLine(k, e) || length > longest || length < shortest) break
      if (this.orig(t.starts[e - 1]!, t.ends[e - 1]!).end - start > POEM_CHARS) break
      end = e
      lines++
      const from = k
      k = e
      // (a full stop ends the poem: its last verse)
      if (this.keys[e - 1] === "." && !(e - 2 >= from && this.keys[e - 2] === ".")) break
    }
    return end
  }

  /**
   * Is the line `[ps, pe)` a verse (thirty-seventh session)? Arabic words only, two to twenty, at most {@link
   * VERSE_CHARS} characters (more with a hemistich separator inside); no number, colon, mark or bracket, no full stop
   * but at its end or doubled (`..`, a pause inside the verse), not in boilerplate, and no speech verb at its start
   * (`وقال X إن …`: prose again).
   */
  protected verseLine(ps: number, pe: number): boolean {
    const t = this.t
    if (pe - ps > VERSE_TOKENS || t.kinds[ps] !== WORD) return false
    // (a speech verb at the start: a verse of its own, `كتبت اسمك …`, `قلت …`, unless glued to و/ف or with a
    // complementizer or a full stop after it, `وأضاف أن …`, `قال إنه …`: prose)
    const verb = this.verbAt(ps, pe) > 0
    if (verb && (this.keys[ps]!.charCodeAt(0) === C_WAW || this.keys[ps]![0] === FA || this.keys[pe - 1] === ".")) return false
    let words = 0
    let split = false
    for (let k = ps; k < pe; k++) {
      const kind = t.kinds[k]
      const key = this.keys[k]!
      if (kind === WORD) {
        if (key.charCodeAt(0) < 0x0600 || key.charCodeAt(0) > 0x06ff || (verb && this.lex.complementizers.has(key))) return false
        words++
        continue
      }
      if (kind !== PUNCT) return false
      if (key === ":" || MARKS.has(key) || key === "(" || key === ")" || this.markChar(k) !== null) return false
      const inside = k > ps && k < pe - 1
      if (key === "." && inside && this.keys[k - 1] !== "." && this.keys[k + 1] !== ".") return false
      if (HEMISTICH.has(key) && inside) split = true
    }
    if (words < VERSE_MIN_WORDS || words > VERSE_MAX_WORDS) return false
    const o = this.orig(t.starts[ps]!, t.ends[pe - 1]!)
    if (o.end - o.start > (split ? VERSE_CHARS_SPLIT : VERSE_CHARS)) return false
    return !this.exclude.overlaps(o.start, o.end)
  }

  /**
   * A colon that ends the paragraph `[ps, pe)` with a poem's cue (`poemCues` in the lexicon: `القصيدة`, `نظمها`,
   * `مقاطع`, `أنشد`) among the {@link POEM_CUE_REACH} words right before it and no sentence end between (`… في هذه
   * القصيدة :-`, `ومن القصائد التي نظمها :-`, `مقاطع شعرية من أرشيفه الشعري :`): the verses after it are the poet's,
   * the chain's last person (else the first the text names), and no quote when there is none (thirty-seventh session).
   * Sets {@link pendingColon}; the next line is read as a poem of two lines or more ({@link poemOrCarried}).
   */
  protected poemCueEnds(ps: number, pe: number): void {
    const t = this.t
    let k = pe - 1
    while (k > ps && t.kinds[k] === PUNCT && !this.isColon(k)) k--
    if (!this.isColon(k)) return
    let cue = -1
    for (let j = k - 1; j >= Math.max(ps, k - POEM_CUE_REACH); j--) {
      if (t.kinds[j] !== WORD) return
      if (this.lex.poemCues.has(this.keys[j]!)) {
        cue = j
        break
      }
    }
    if (cue < 0) return
    this.cursor = this.orig(t.starts[k]!, t.ends[k]!).start
    const speaker = this.fromChain(null, true)
    // (the poet quoted with verses last, or a person the cue's own line names: `ورغم تطواف X …، ومنها قصيدته التي
    // مطلعها:`; not a name the chain kept from further back, `قصة سيدنا يوسف` a line before an unnamed poet's verses)
    if (speaker === null || !speaker.person || !((this.lastPoet !== null && (speaker.entityId !== null ? speaker.entityId === this.lastPoet.entityId : speaker.text === this.lastPoet.text)) || this.speakerNamedIn(speaker, ps, pe))) return
    this.pendingColon = { cue: this.participleCue(cue), speaker, poem: true }
  }

  /** Does an entity of `speaker` (its id, else its canonical form) stand in the tokens `[a, b)`? */
  private speakerNamedIn(speaker: Speaker, a: number, b: number): boolean {
    const from = this.t.starts[a]!
    const to = this.t.ends[b - 1]!
    const span = this.orig(from, to)
    for (let i = this.firstEntityFrom(span.start); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= span.end) break
      if (e.type === "PERSON" && (speaker.entityId !== null ? e.entityId === speaker.entityId : e.canonical === speaker.text)) return true
    }
    return false
  }

  /**
   * Where the question of the verb of asking at `q` ends (twenty-eighth session): the first sentence end after it, or
   * the first speech verb (`فأجاب`, `قال`) after it (`سألنا X عن … فأجاب بأن «…»`: the marks are the answer), else
   * `pe`. Marks opening before it are the question.
   */
  protected questionEnd(q: number, pe: number): number {
    const forms = this.lex.verbForms
    for (let k = q + 1; k < pe; k++) {
      if (this.isSentenceEnd(k)) return k
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (forms.has(key) || forms.has(withoutConjunction(key, 3)) || this.lex.answering.has(withoutConjunction(key, 3))) return k
    }
    return pe
  }

  /**
   * The first question an interviewer asks in the paragraph `[ps, pe)` ({@link interviewee}: `سألنا X، الذي …`,
   * `وعندما سألت X عن …`): its verb's token and the person asked; null when none (twenty-eighth session).
   */
  protected askedIn(ps: number, pe: number): readonly [number, Entity] | null {
    if (this.entities.length === 0) return null
    const asking = this.lex.interviewAsking
    // (by key id when no key is swapped: the word's own id, or its tail's for a word of four letters or more with و/ف,
    // as `withoutConjunction(key, 3)` reads it; no string cut per word)
    const askingKeys = this.lex.interviewAskingKeys
    for (let k = ps; k < pe; k++) {
      if (this.t.kinds[k] !== WORD || !this.keyWithoutConjunctionIn(k, askingKeys, asking)) continue
      const e = this.interviewee(k, pe)
      if (e !== null) return [k, e]
    }
    return null
  }

  /**
   * Adds to `found` the first piece of two pieces of marks joined by `و` alone (`أي "شروط مسبقة" و"ترفض كل وصاية"`)
   * when a cue attributed the second to a speaker in the clause it reports and nothing attributed the first: two
   * words or more that read as no name ({@link pieceNotName}), and the cue not between the two pieces (twenty-fourth
   * session, second round).
   */
  protected firstPieces(marks: ReadonlyArray<Mark>, found: Array<{ readonly a: number; readonly b: number; readonly cue: Cue | null; readonly speaker: Speaker | null; readonly capped: boolean; readonly reported?: boolean }>): void {
    const byStart = new Map<number, (typeof found)[number]>()
    for (const f of found) byStart.set(f.a, f)
    const n = marks.length
    for (let i = 1; i < n; i++) {
      const m = marks[i]!
      const second = byStart.get(m.open + 1)
      // (the second piece in the clause a verb reports, after its complementizer: marks joined by و elsewhere are
      // mostly a list of names, `منتجعين هما «…» و«…»`)
      if (second === undefined || second.speaker === null || second.cue === null || second.cue.english || second.reported !== true) continue
      const p = marks[i - 1]!
      if (byStart.has(p.open + 1) || !(this.joinedByWaw(p.close, m.open) || this.objectBetween(second.cue, p, m.open))) continue
      if (second.cue.at > p.open && second.cue.at < m.open) continue
      const a = p.open + 1
      const b = p.close
      if (this.wordCount(a, b) < 2 || !this.pieceNotName(p, a, b)) continue
      // (with words between the pieces, two words are speech only as two nouns joined by و or a predicate's shape:
      // `"تعزيز وتوسيع" قدراتها`, not a company's name as the subject, `بوسع "X Y" زيادة إنتاجها`)
      if (!this.joinedByWaw(p.close, m.open) && this.wordCount(a, b) === 2 && !this.coordinatedPair(a, b) && !this.predicateShape(a, b) && !this.predicateMarks(a, b)) continue
      found.push({ a, b, cue: second.cue, speaker: second.speaker, capped: p.capped, reported: second.reported === true })
    }
  }

  /**
   * Are the marks `m` what a verb of describing called someone or something through one word after `بأنه`/`بأنها`/
   * `بأنهم`/`بأنهما` (forty-second session, helper short, after the A79 reading's `وصفت X نفسها بأنها أصبحت "شخصا
   * مختلفا"`)? The cue a verb of describing (`وصف`, `اعتبر`, with its object pronoun or not), words alone from it to
   * `بأنه` within the cue window, then one word spaced from the marks and the marks one to three words with no
   * number, Latin letter, name noun or letter name, no entity covering them:
   * - after a form of كان, أصبح or بات (`copulaForms`): the predicate (`بأنه كان "مهووسا"`; two or three words as
   *   {@link copulaPredicate} reads them);
   * - after an indefinite noun (no article, no stop word, verb or complementizer): one adjective that agrees with it
   *   (`بأنها منظمة "إرهابية"`, `بأنه اعتذار «مقتضب»`: a participle in `م` or a nisba, in `ة` after a noun written in
   *   `ة` or `ات`; `قنوات "كانالي"` stays out), or two or three words that read as no name ({@link partNotName}) after
   *   a noun that is no name noun (`بأنه عرض "من رجل واحد"`; not `بأنها مدينة «…»`).
   */
  protected describedThroughWord(cue: Cue, m: Mark): boolean {
    const t = this.t
    const j = m.open - 1
    const a = m.open + 1
    const b = m.close
    if (cue.english || j - 1 < cue.end || j - 1 - cue.at > CUE_WINDOW || t.kinds[j] !== WORD || t.kinds[j - 1] !== WORD || t.spaced[m.open] === 0) return false
    if (!this.lex.baAnnaPronoun.has(this.keys[j - 1]!) || !(this.describingVerb(cue) || this.describesPronoun(cue)) || !this.wordsOnly(cue.end, j - 1)) return false
    const words = this.plainWords(a, b, true)
    const count = this.wordCount(a, b)
    if (count < 1 || count > 3 || (count <= 2 && words === null) || this.codeShaped(a, b)) return false
    for (let k = a; k < b; k++) if (t.kinds[k] === NUM || (t.kinds[k] === WORD && /[a-z0-9\u0660-\u0669]/i.test(this.keys[k]!))) return false
    if (this.entities.length > 0 && this.marksOneName(a, b)) return false
    const word = this.keys[j]!
    if (this.lex.copulaForms.has(word)) return count === 1 ? !this.definiteWord(a) && !this.keys[a]!.startsWith(ALEF_LAM) : this.copulaPredicate(m, a, b)
    if (word.startsWith(ALEF_LAM) || word.length < 3 || this.lex.arStops.has(word) || this.lex.complementizers.has(word) || this.lex.verbForms.has(word) || this.lex.copulaForms.has(word)) return false
    if (count >= 2) return !this.lex.arNameNouns.has(word) && this.partNotName(m, a, b)
    return this.agreeingAdjective(j, a)
  }

  /**
   * Are the marks `m` what a past form or participle of اعتبر judged its object, a demonstrative, to be (sixty-first
   * session, helper arquote15, after the A116 reading: `… تحت امتياز روسي معتبرا ذلك “تطورا مهما جدا”.`)? The
   * demonstrative (`objectDemonstratives`: `ذلك`, `هذا`, `هذه`) stands right after the verb (`consideringVerbs`) and
   * right before the marks, spaced from them; the marks open with a word with no article (the predicate is indefinite:
   * a name in marks there is definite), hold no number, Latin letter or code, no entity covering them, and close their
   * clause (punctuation or the paragraph's end right after them). Before, a verb that needs a mark quoted only marks
   * right after it (`معتبرا «…»`) or after its object pronoun (`معتبرا إياها «…»`).
   */
  protected consideredThroughDemonstrative(cue: Cue, m: Mark): boolean {
    const t = this.t
    const d = m.open - 1
    if (cue.english || d !== cue.end || t.kinds[d] !== WORD || t.spaced[m.open] === 0 || !this.lex.objectDemonstratives.has(this.keys[d]!)) return false
    const verb = this.keys[cue.at]!
    if (!this.lex.consideringVerbs.has(verb) && !this.lex.consideringVerbs.has(withoutConjunction(verb, 3))) return false
    const a = m.open + 1
    const b = m.close
    if (this.wordCount(a, b) < 1 || t.kinds[a] !== WORD || this.definiteWord(a) || this.codeShaped(a, b)) return false
    for (let k = a; k < b; k++) if (t.kinds[k] === NUM || (t.kinds[k] === WORD && /[a-z0-9\u0660-\u0669]/i.test(this.keys[k]!))) return false
    if (this.entities.length > 0 && this.marksOneName(a, b)) return false
    const after = m.close + 1
    return after >= this.pe || t.kinds[after] === BREAK || t.kinds[after] === PUNCT
  }

  /**
   * Is the one word at `k` an adjective that agrees with the indefinite noun at `w` before it: a participle in `م` or
   * a nisba (`ي`, `ية`), no article; written in `ة` after a noun written in `ة` or `ات` (a noun of any other ending may
   * be a broken plural, `مشاريع «احتكارية»`: either)? Forty-second session.
   */
  protected agreeingAdjective(w: number, k: number): boolean {
    const key = this.keys[k]!
    if (key.startsWith(ALEF_LAM) || key.length < 4) return false
    const feminine = this.written(k).endsWith("\u0629")
    const stem = feminine ? key.slice(0, -1) : key
    if (!(stem.endsWith("\u064a") || (stem.startsWith("\u0645") && ADJECTIVE_STEM.test(stem)))) return false
    const noun = this.written(w)
    return feminine || !(noun.endsWith("\u0629") || noun.endsWith("\u0627\u062a"))
  }

  /**
   * One word in the marks `m` (words `[a, b)`) spaced from `بأنه`/`بأنها`/`بأنهم`/`بأنهما` right before them, with no
   * number or Latin letter and no entity covering it (`ووصفها بأنها "قاسية"`): what the speaker called someone or something
   * (thirtieth session).
   */
  protected calledOneWord(m: Mark, a: number, b: number): boolean {
    const w = m.open - 1
    if (w < this.ps || this.t.kinds[w] !== WORD || this.t.spaced[m.open] === 0 || !this.lex.baAnnaPronoun.has(this.keys[w]!)) return false
    for (let k = a; k < b; k++) if (this.t.kinds[k] === NUM || (this.t.kinds[k] === WORD && /[a-z]/i.test(this.keys[k]!))) return false
    return !(this.entities.length > 0 && this.marksOneName(a, b))
  }

  /**
   * One or two words in the marks `m` (words `[a, b)`) inside the clause a speech verb reports, in a shape that reads as
   * the speaker's words and not as a name or a term (thirty-first session, second round). Never with a number, a Latin
   * letter, the article, a name noun or a letter name in them, glued to the word before, or covered by an entity.
   * - the clause's predicate right after a complementizer with its pronoun (`إنه "تشرف"`, `أنها "ستواصل"`, `إنه "معجب
   *   كبير"`): one word or two (`reported`);
   * - a verb right after `قد`/`لقد` (`أن الحركة قد "ضعفت"`): one word (`reported`);
   * - an indefinite accusative where a name is rare (`سيكون "صعبا"`, `كان "مثمرًا"`; {@link accusativeWord}): one word
   *   (`reported`);
   * - a noun with its possessive pronoun after `عن` and a verb of expressing (`وأعرب X عن "استيائه"`): one word;
   * - the clause's verb after an apposition in commas ({@link appositionPredicate}) and a feminine adjective after its
   *   indefinite noun ({@link nounAdjective}), `reported` (thirty-fifth session, second round).
   */
  protected shortSpeech(m: Mark, a: number, b: number, cue: Cue, reported: boolean): boolean {
    const t = this.t
    const w = m.open - 1
    if (reported && w >= this.ps && t.spaced[m.open] !== 0 && this.isPunct(w, COMMAS)) return this.appositionPredicate(w, a, b)
    if (w < this.ps || t.kinds[w] !== WORD || t.spaced[m.open] === 0) return false
    const keys: Array<string> = []
    let last = -1
    for (let k = a; k < b; k++) {
      if (t.kinds[k] === NUM) return false
      if (t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (key.length < 3 || /[a-z0-9\u0660-\u0669]/i.test(key) || articledKey(key)) return false
      if (this.lex.arNameNouns.has(key) || this.lex.letterNames.has(key)) return false
      keys.push(key)
      last = k
    }
    if (keys.length === 0 || keys.length > 2) return false
    const prev = this.keys[w]!
    if (hasWithClitic(this.lex.arNameNouns, prev)) return false
    if (this.entities.length > 0 && this.marksOneName(a, b)) return false
    const pronounComp = hasWithWaw(this.lex.complementizers, prev) && !this.bareComplementizer(w)
    if (reported && pronounComp) return true
    // (إن بوتين لديه "حنق شخصي", إن لديه "ثقة كبيرة": what someone has, right after `لدى` with its pronoun; thirty-second
    // session)
    if (reported && this.lex.having.has(prev)) return true
    // (أن "حربا شاملة" ستندلع, إن "كمية هائلة" من الأدلة: an indefinite noun and its adjective as the clause's subject
    // right after a bare complementizer; thirty-sixth session)
    if (reported && keys.length === 2 && this.bareComplementizer(w) && this.subjectPair(a, b)) return true
    if (keys.length !== 1) return false
    const word = keys[0]!
    if (reported && this.lex.qadWords.has(prev)) return true
    if (reported && this.nounAdjective(w, last)) return true
    if (reported && this.accusativeWord(w, last)) return true
    // (إن الحرب ستكون "كارثية", أنها باتت «عاجزة», إن بلاده سوف "تحل" المشكلة: one word right after a form of كان, أصبح
    // or بات, or a present verb right after سوف, لن or لم, is the predicate the speaker chose; thirty-fifth session)
    if (reported && (this.lex.copulaForms.has(prev) || (this.lex.verbParticles.has(prev) && PRESENT_VERB.test(word)))) return true
    return prev === AN && cue.end !== w && this.expressingVerb(cue) && word.length >= 5 && POSSESSIVE_ENDS.some((e) => word.endsWith(e)) && !this.written(last).endsWith("\u0629")
  }

  /**
   * Is the one word at `k` in marks a feminine adjective right after the indefinite noun `w` it describes (`لإهانات
   * "صارخة"`, `بوتيرة "بطيئة"`, `معاملة "مهينة"`; thirty-fifth session, second round)? The noun written in `ة` or `ات`,
   * four letters or more, no article; the word written in `ة` in a shape of an adjective ({@link ADJECTIVE_STEM}: a
   * participle in `م`, `فاعلة`, `فعيلة`, a nisba in `ية`). A name in the marks after such a noun (`قرية «…»`, `عملية
   * "…"`) is a noun of another shape or one of the name nouns `shortSpeech` turned away before.
   */
  protected nounAdjective(w: number, k: number): boolean {
    const noun = this.written(w)
    if (this.definiteWord(w) || this.keys[w]!.length < 4 || !(noun.endsWith("\u0629") || noun.endsWith("\u0627\u062a"))) return false
    if (!this.written(k).endsWith("\u0629")) return false
    const key = this.keys[k]!
    return ADJECTIVE_STEM.test(key.slice(0, -1))
  }

  /**
   * Is the word at `w` a negated copula (`negatedCopulas`: `ليس`, `ليست` …), or `إلا` after `ما` and a pronoun of
   * `exceptivePronouns` (`ما هي إلا`), before a predicate in marks (fortieth session)?
   */
  protected negatedCopula(w: number): boolean {
    const key = this.keys[w]!
    if (!this.lex.negatedCopulas.has(key)) return false
    if (key !== ILLA) return true
    return w - 2 >= this.ps && this.t.kinds[w - 1] === WORD && this.t.kinds[w - 2] === WORD && this.lex.exceptivePronouns.has(this.keys[w - 1]!) && this.keys[w - 2] === MA
  }

  /**
   * Are the words of the marks `m` (tokens `[a, b)`) spaced right after a form of كان, أصبح or بات (`copulaForms`) a
   * predicate the speaker chose (`ستكون "محور المناقشات"`, `كانت «خسارة كبرى للمعتدلين»`, `أصبحت «في المرحلة
   * النهائية»`; thirty-sixth session)? No number, Latin letter, name noun or letter name in them, the first word with no
   * article (`أن يكون «الرئيس المستقل»`, a post), no entity covering them (`فلن تكون «بي بي سي»`).
   */
  protected copulaPredicate(m: Mark, a: number, b: number): boolean {
    const t = this.t
    const w = m.open - 1
    if (w < this.ps || t.kinds[w] !== WORD || t.spaced[m.open] === 0 || !(this.lex.copulaForms.has(this.keys[w]!) || this.negatedCopula(w))) return false
    let first = true
    for (let k = a; k < b; k++) {
      if (t.kinds[k] === NUM) return false
      if (t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (/[a-z0-9\u0660-\u0669]/i.test(key) || this.lex.arNameNouns.has(key) || this.lex.letterNames.has(key)) return false
      if (first && (key.startsWith(ALEF_LAM) || this.definiteWord(k))) return false
      first = false
    }
    return !(this.entities.length > 0 && this.marksOneName(a, b))
  }

  /**
   * Are the two plain words in tokens `[a, b)` (no article, number, Latin letter or name noun: {@link shortSpeech} read
   * them) an indefinite noun and its adjective, the subject of a clause right after a bare complementizer (thirty-sixth
   * session)? Two accusatives, or an accusative and an adjective in `ة` or `ى` (`أسطولا حربيا`, `حربا شاملة`, `أشخاصا
   * مرضى`), or a noun and an adjective both written in `ة`, the adjective in a shape of {@link ADJECTIVE_STEM}
   * (`كمية هائلة`, `محاكمة صورية`); no entity on any of the words (`أن "أمريكا أولا"`, a slogan with a place in it). The
   * subjects in marks there are mostly names (`أن «جبهة النصرة»`, `أن «عرب نيوز»`, `أن «صحة عسير»`): none of them in
   * these shapes on the corpus.
   */
  protected subjectPair(a: number, b: number): boolean {
    const [first, last] = this.firstAndLastWord(a, b)
    if (first < 0 || last === first) return false
    const noun = this.keys[first]!
    const adjective = this.keys[last]!
    if (noun.length < 4 || adjective.length < 4) return false
    const accusative = (key: string): boolean => key.endsWith("\u0627") && !key.endsWith("\u0646\u0627") && !key.endsWith("\u0647\u0627")
    const feminine = (k: number): boolean => this.written(k).endsWith("\u0629")
    const shaped = accusative(noun) ? accusative(adjective) || feminine(last) || adjective.endsWith("\u0649") : feminine(first) && feminine(last) && ADJECTIVE_STEM.test(adjective.slice(0, -1))
    if (!shaped || this.entities.length === 0) return shaped
    for (let k = first; k <= last; k++) if (this.t.kinds[k] === WORD && this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!)) !== null) return false
    return true
  }

  /**
   * One or two words in marks right after the comma `w` that closes an apposition to the reported clause's subject, the
   * clause's verb (`إن الرئيس الأمريكي، دونالد ترامب، "يضغط"`, `إن المدير، البالغ من العمر 56 عاما، "لم يستطع"`;
   * thirty-fifth session, second round): another comma at most {@link APPOSITION_WINDOW} tokens back with only words
   * and numbers between, one to four words between it and a bare complementizer (`إن`, `أن`) before them; in the marks
   * no article, the first word a verb ({@link PREDICATE_VERB}, a present `ي…`) or `لم`/`لن`/`سوف`/`قد` and a word, no
   * entity covering them. (After one comma the marks were as often a name listed after a noun: `التنظيمين،
   * «النصرة» و«القاعدة»`.)
   */
  protected appositionPredicate(w: number, a: number, b: number): boolean {
    const t = this.t
    let c = w - 1
    while (c > this.ps && w - c <= APPOSITION_WINDOW && (t.kinds[c] === WORD || t.kinds[c] === NUM)) c--
    if (c <= this.ps || w - c < 2 || w - c > APPOSITION_WINDOW || !this.isPunct(c, COMMAS)) return false
    let k = c - 1
    while (k > this.ps && c - k <= 4 && t.kinds[k] === WORD && !this.bareComplementizer(k)) k--
    if (k === c - 1 || t.kinds[k] !== WORD || !this.bareComplementizer(k)) return false
    const plain = this.plainWords(a, b, false)
    if (plain === null) return false
    const [first, second] = plain.keys
    const verb = second === undefined ? PREDICATE_VERB.test(first!) || PRESENT_YA.test(first!) : this.lex.verbParticles.has(first!) || this.lex.qadWords.has(first!) || PREDICATE_VERB.test(first!) || PRESENT_YA.test(first!)
    return verb && !(this.entities.length > 0 && this.marksOneName(a, b))
  }

  /**
   * `مقال جيمس بالدوين "برجي المحصن اهتز: …" (1963) هو …`, `في رواية X «…»`: marks right after a person's name that a
   * noun of a written or performed work opens (the lexicon's `workNouns`, indefinite, one clitic allowed: `وكتاب`, `لقصيدة`)
   * are the work's title, never speech, however long (forty-seventh session, helper culture: before, the author's
   * words; the author is pushed onto the chain, as the title's speaker was). The entity stage found the person; the
   * walk back to the noun reads {@link AUTHOR_TOKENS} tokens at most.
   */
  protected authoredTitle(m: Mark, ps: number): boolean {
    if (m.open - 2 < ps || this.entities.length === 0) return false
    const person = this.personBeforeRelative(m.open - 1)
    if (person === null) return false
    let k = m.open - 1
    while (k > ps && m.open - k <= AUTHOR_TOKENS && this.orig(this.t.starts[k]!, this.t.ends[k]!).start > person.start) k--
    if (this.orig(this.t.starts[k]!, this.t.ends[k]!).start !== person.start || k - 1 < ps || this.t.kinds[k - 1] !== WORD) return false
    const key = this.keys[k - 1]!
    if (!hasWithClitic(this.lex.workNouns, key)) return false
    // (the author goes on the chain, as when the title was read as his words: `كما يكتب: «…»` further on is his)
    this.pushEntity(person, null, k)
    return true
  }

  /**
   * `وكتب سليم الحداد في كتابه «فمن خلال العودة إلى رأي الفارابي …».`: marks right after `في` and a noun of a work with
   * its possessive (`كتابه`, `مقاله`: a name noun) that hold {@link OWN_WORK_WORDS} words or more and end their sentence
   * (a full stop, a question mark, or the paragraph's end right after the closing mark), after a speech verb that opens
   * the clause at most {@link OWN_WORK_VERB} words before `في`: the writer's own words quoted from the work, not its
   * title (fifty-first session, helper ardialog, after the A96 reading: the book's sentence was read as a title and
   * lost). A long title goes on with its sentence (`وأوردته في كتابها «يد الله.. لماذا …؟» من أن …`) and stays one.
   */
  protected ownWorkText(m: Mark, ps: number): boolean {
    const k = m.open - 1
    if (k - 2 < ps || this.t.kinds[k - 1] !== WORD || this.keys[k - 1] !== FI || !this.keys[k]!.endsWith("\u0647") || this.written(k).endsWith("\u0629")) return false
    if (this.wordCount(m.open + 1, m.close) < OWN_WORK_WORDS) return false
    if (!(m.close + 1 >= this.pe || this.isSentenceEnd(m.close + 1))) return false
    for (let v = k - 2; v >= ps && k - 2 - v < OWN_WORK_VERB && this.t.kinds[v] === WORD; v--) if (this.verbAt(v, k) > 0) return true
    return false
  }

  /**
   * Do the marks `m` follow a possessed name noun (`حملتها`, `حملته`: written with a pronoun, not in `ة`) right after a
   * preposition of time (`occasionPrepositions`: `خلال`, `أثناء`, `بعد`, `عقب` …, its و allowed; not `في`), hold
   * {@link MIN_WORDS_CUED} words or more, and stand after a speech verb at most {@link OWN_WORK_VERB} words before the
   * preposition (`وقالت X للصحفيين خلال حملتها "سنعمل …"`)? The noun, made definite by its pronoun, is the occasion of
   * the verb's words, and the marks hold them, not its name (fifty-second session, helper arnocolon). A noun with no
   * pronoun keeps its name (`خلال حملة «…»`, `في مؤتمر «…»`), and so does one after `في` (`في كتابها «…»`).
   */
  protected occasionSpeech(m: Mark, ps: number): boolean {
    const k = m.open - 1
    const p = k - 1
    if (p - 1 < ps || this.t.kinds[p] !== WORD || !this.lex.occasionPrepositions.has(withoutConjunction(this.keys[p]!))) return false
    const written = this.written(k)
    if (written.endsWith("\u0629") || !POSSESSED_END.test(written)) return false
    if (this.wordCount(m.open + 1, m.close) < MIN_WORDS_CUED) return false
    for (let v = p - 1; v >= ps && p - 1 - v < OWN_WORK_VERB && this.t.kinds[v] === WORD; v--) if (this.verbAt(v, p) > 0) return true
    return false
  }

  /**
   * The subject of a verb of directing an appeal that opens the sentence of the marks `m` (`appealVerbs`: `كما وجه
   * المشاركون نداء إلى منظمة … (يونسكو)، لكي تضمن "مراعاة مبادئ الحوار …"`; sixty-second session, helper arquote21,
   * after the A121 reading), read for long marks no cue attributes: the verb at the sentence's start (its و/ف glued,
   * or after `كما`), one to {@link APPEAL_SUBJECT_WORDS} words of its subject (no stop word, complementizer or speech
   * verb), then a noun of appeal (`نداء`, `دعوة`, `رسالة`); no colon or other marks between it and `m`. Pushed; else
   * null (the chain decides, as before).
   */
  protected appealSubject(m: Mark): Speaker | null {
    const s = this.sentenceStart(m.open)
    let v = s
    if (v < m.open && this.t.kinds[v] === WORD && withoutConjunction(this.keys[v]!) === KAMA) v++
    if (v >= m.open || this.t.kinds[v] !== WORD) return null
    const verb = this.keys[v]!
    if (!this.lex.appealVerbs.has(verb) && !this.lex.appealVerbs.has(withoutConjunction(verb, 3))) return null
    let n = v + 1
    for (; n < m.open && n - v <= APPEAL_SUBJECT_WORDS && this.t.kinds[n] === WORD && !this.lex.appealNouns.has(this.keys[n]!); n++) {
      const w = this.keys[n]!
      if (this.lex.arStops.has(w) || this.lex.complementizers.has(w) || this.verbStartsAt(n, m.open)) return null
    }
    if (n === v + 1 || n >= m.open || this.t.kinds[n] !== WORD || !this.lex.appealNouns.has(this.keys[n]!)) return null
    for (let k = n + 1; k < m.open; k++) if (this.isColon(k) || this.markChar(k) !== null) return null
    return this.resolve([v + 1, n], null, true)
  }

  /**
   * Are the marks `m` a name or a term right after a verbal noun of founding or launching (`foundingNouns`: `وأضاف إن
   * إطلاق «مركز الملك سلمان للأعمال الإغاثية والإنسانية» في الرياض …`, `فكرة إنشاء "قوة مهام دولية"`, `تشكيل "مجموعة
   * عمل"`), of one to {@link FOUNDED_NAME_WORDS} words (sixty-second session, helper arquote21, after the A121 reading)?
   * The noun as written or after one clitic (`بإطلاق`, `لإنشاء`); not with the article (`قبيل عملية الاطلاق "نحن واثقون
   * في الصاروخ."`: the launch's time, then speech).
   */
  protected foundedName(m: Mark, ps: number): boolean {
    const k = m.open - 1
    if (k < ps || this.t.kinds[k] !== WORD || !hasWithClitic(this.lex.foundingNouns, this.keys[k]!)) return false
    const words = this.wordCount(m.open + 1, m.close)
    return words >= 1 && words <= FOUNDED_NAME_WORDS
  }

  /**
   * The words of the marks `m` as one key (their tokens' keys), when they hold one to {@link FOUNDED_NAME_WORDS} words
   * in at most twice as many tokens; else null.
   */
  private marksKey(m: Mark): string | null {
    const words = this.wordCount(m.open + 1, m.close)
    if (words < 1 || words > FOUNDED_NAME_WORDS || m.close - m.open - 1 > 2 * FOUNDED_NAME_WORDS) return null
    return this.keys.slice(m.open + 1, m.close).join(" ")
  }

  /** Keeps the words of the marks `m`, read as a name, for {@link namedAgain}. */
  private rememberName(m: Mark): void {
    const key = this.marksKey(m)
    if (key !== null) this.namedMarks.add(key)
  }

  /**
   * Do the marks `m` hold the same words as marks read as a name earlier in the document, after a name's noun or a
   * verbal noun of founding (`وأضاف إن إطلاق «مركز الملك سلمان للأعمال الإغاثية والإنسانية» …` and, a paragraph on,
   * `مشيرا إلى أن انطلاق قوافل «مركز الملك سلمان للأعمال الإغاثية والإنسانية» والتي …`; sixty-second session, helper
   * arquote21)? The name again, no speech.
   */
  protected namedAgain(m: Mark): boolean {
    // (not marks right after a colon, `قال بعد إلحاح: «داعش» والخلافة … قضية مخابرات معقدة.`: speech that opens with
    // the name)
    if (this.namedMarks.size === 0 || (m.open > this.ps && this.isColon(m.open - 1))) return false
    const key = this.marksKey(m)
    return key !== null && this.namedMarks.has(key)
  }

  /**
   * Is the word at `k` a noun a name or title in marks follows (`nameNouns`: `بعنوان`, `مسرحية`, `كتابها`), as it is or
   * after one clitic (`لمسرحية`, `وبرنامج`, `بحملة`; thirty-fifth session). Not `لل…`, the article after `ل` (`للصحيفة ”…“`:
   * the paper named before, its words follow).
   */
  protected nameNounAt(k: number): boolean {
    const key = this.keys[k]!
    const whole = this.lex.arNameNouns.has(key)
    const stem = whole ? key : cliticStem(key)
    // (`بكتابة “…”`, "by writing", folds as `كتابه`, "his book": a word the text writes in `ة` is no possessive in `ه`)
    if (this.written(k).endsWith("\u0629") && this.lex.possessiveNameNouns.has(stem)) return false
    if (whole) return true
    // (not a verbal noun a clitic makes "to …", `لتطبيق “…”`, "to apply")
    return stem !== key && !key.startsWith(LAL) && !this.lex.cliticVerbalNouns.has(stem) && this.lex.arNameNouns.has(stem)
  }

  /**
   * Are the marks `m` a label after a label's noun and one more word (`epithetNameNouns`: `تحت هاشتاق كاذب: «…»`, `شعار
   * البرنامج “…”`), a colon after that word allowed, of {@link EPITHET_LABEL_WORDS} words at most (fifty-sixth session,
   * helper arlabel)? Right after the noun, `nameNounAt` reads them.
   */
  protected epithetLabel(m: Mark, ps: number): boolean {
    let k = m.open - 1
    if (k > ps && this.isColon(k)) k--
    if (k - 1 < ps || this.t.kinds[k] !== WORD || this.t.kinds[k - 1] !== WORD) return false
    const noun = this.keys[k - 1]!
    if (!hasWithClitic(this.lex.epithetNameNouns, noun)) return false
    return this.wordCount(m.open + 1, m.close) <= EPITHET_LABEL_WORDS
  }

  /**
   * Are the marks `m` the subject of the verb `last` (the last cue before them) right before them, a body's or a person's
   * name (`وأفادت «الشبكة الآشورية لحقوق الإنسان» أن …`, `وقال "تجمع …" في بيان … ان "…"`; fifty-sixth session, helper
   * arlabel)? {@link SUBJECT_IN_MARKS_WORDS} words at most, and right after them the verb's complementizer, or `في` and a
   * statement's noun (`speechDocuments`): speech in marks right after its verb never goes on so.
   */
  protected subjectInMarks(m: Mark, last: Cue | undefined, pe: number): boolean {
    if (last === undefined || last.english || last.kind !== "verb" || last.at !== m.open - 1 || last.end !== m.open) return false
    if (this.wordCount(m.open + 1, m.close) > SUBJECT_IN_MARKS_WORDS) return false
    const n = m.close + 1
    if (n >= pe || this.t.kinds[n] !== WORD) return false
    if (this.lex.complementizers.has(this.keys[n]!)) return true
    return this.keys[n] === FI && n + 1 < pe && this.t.kinds[n + 1] === WORD && docStem(this.keys[n + 1]!, this.lex.speechDocuments) !== null
  }

  /**
   * Do the marks `m` hold a song's line: a song's noun (`songNouns`: `أهازيج`, `أغنية`) at most {@link SONG_NOUN_WINDOW}
   * words before them in their sentence, after the last cue `last` (`رددت رابطة الجمهور … أهازيج خاصة بهذه المناسبة،
   * "يا حلاوة العيد يا حلاوة"`; fifty-sixth session, helper arlabel)? Sung by everyone, said by no one. Not past a word
   * glued to `و` (a new conjunct: `أغاني تمجد العنصرية وإظهاره "…"`), nor a song's noun right after a name's noun (a
   * title: `في كتاب الأغنية الشعبية: "…"`).
   */
  protected songLine(m: Mark, last: Cue | undefined, ps: number): boolean {
    const floor = last === undefined ? ps : Math.max(ps, last.end)
    let words = 0
    // (bounded in tokens too: a run of punctuation or empty marks is read once per mark at most)
    for (let k = m.open - 1; k >= Math.max(floor, m.open - 3 * SONG_NOUN_WINDOW) && words < SONG_NOUN_WINDOW; k--) {
      if (this.isSentenceEnd(k)) return false
      if (this.t.kinds[k] !== WORD) continue
      words++
      const key = this.keys[k]!
      // (not a song's noun in a title after a name's noun: `ذكر X في كتاب الأغنية الشعبية: "…"`)
      if (this.lex.songNouns.has(key) || this.lex.songNouns.has(withoutConjunction(key))) return !(k - 1 >= this.ps && this.t.kinds[k - 1] === WORD && this.nameNounAt(k - 1))
      // (a new conjunct between ends the song's phrase: `عقب أدائه أغاني تمجد العنصرية وإظهاره "سلوكا عدوانيا"`, the
      // court's words)
      if (key.length > 3 && key.charCodeAt(0) === C_WAW) return false
    }
    return false
  }

  /**
   * Is the word at `k` (the one word in marks, the word `w` right before them) an indefinite accusative in a place where
   * a name is rare (thirty-first session, second round)? Four letters or more ending in the alif of the accusative (not
   * `نا`, "us"), not after a bare complementizer (the clause's subject: `أن "إرهابيا" قتل`), `مع`/`داخل` (a partner or a
   * place: `التعايش مع "فاتكا"`) or a noun in `ة` (a construct: `منطقة "انتوفاجاستا"`, `محطة «دلتا»`), and one of: the
   * tanween written on it (`«مثمرًا»`), a nisba (`يا`: `«تعارفيا»`) or a plural verb (`وا`: `«استشهدوا»`) of five letters
   * or more, an indefinite accusative right before it (`لاعبا "كبيرا"`, `خيارا "مطروحا"`), a future verb (`ستبدأ
   * "قريبا"`, `سيكون "صعبا"`), a present verb in `ي` of four letters or more (`يلتزم "كليا"`, `يعد "تضليلا"` is three
   * letters and stays out) or a form of `كان`/`أصبح` (`كان "قاسيا"`). Foreign names end in alif too (`إعصار "هالولا"`,
   * `فيروس "إيبولا"`, `موقف «شيكابالا»`): none of these stands before them.
   */
  protected accusativeWord(w: number, k: number): boolean {
    const word = this.keys[k]!
    if (word.length < 4 || !word.endsWith("\u0627") || word.endsWith("\u0646\u0627")) return false
    const prev = this.keys[w]!
    if (this.bareComplementizer(w) || this.lex.partnerPrepositions.has(prev) || this.written(w).endsWith("\u0629")) return false
    if (this.written(k).includes("\u064b")) return true
    if (word.length >= 5 && (word.endsWith("\u064a\u0627") || word.endsWith("\u0648\u0627"))) return true
    if (prev.length >= 4 && prev.endsWith("\u0627") && !prev.endsWith("\u0646\u0627") && !prev.endsWith("\u0647\u0627") && !prev.startsWith(ALEF_LAM) && !/[a-z]/i.test(prev)) return true
    return (prev.length >= 4 && (prev.startsWith("\u0633\u064a") || prev.startsWith("\u0633\u062a") || prev.startsWith("\u064a"))) || this.lex.accusativeVerbs.has(prev)
  }

  /**
   * The words in `[a, b)` as keys when they are one or two plain words (no number, Latin letter, name noun or letter
   * name; the article only when `article`), else null; `last` is the token of the last word.
   */
  protected plainWords(a: number, b: number, article: boolean): { keys: Array<string>; last: number } | null {
    const keys: Array<string> = []
    let last = -1
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] === NUM) return null
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (key.length < 2 || /[a-z0-9\u0660-\u0669]/i.test(key)) return null
      if (!article && articledKey(key)) return null
      if (this.lex.arNameNouns.has(key) || this.lex.letterNames.has(key)) return null
      keys.push(key)
      last = k
    }
    return keys.length === 0 || keys.length > 2 ? null : { keys, last }
  }

  /** Is the word at `k` definite: the article, alone or after one clitic (`الوضع`, `والحكومة`, `بالدوري`)? */
  protected definiteWord(k: number): boolean {
    const key = this.keys[k]!
    return key.length > 3 && (key.startsWith(ALEF_LAM) || (PREFIXES.has(key[0]!) && key.startsWith(ALEF_LAM, 1)))
  }

  /**
   * One or two words in the marks `m` (words `[a, b)`) in the clause of the cue, in a shape the speaker judges or
   * describes with (thirty-fourth session), no entity covering them:
   * - one word right after ب (glued or spaced) in the clause a verb of describing opens (`describingAs`: `ما وصفه
   *   بـ«الهجوم»`, `واصفة إياه بـ«الدنيء»`), the article or not;
   * - one or two words with no article right after a word of judging (`judgingWords`: `يعد "تضليلا"`, `بمثابة
   *   «معجزة»`) in the clause a verb reports (`reported`), or after `بمثابة` and the object of اعتبر;
   * - the predicate right after the clause's definite subject in the clause a verb reports: `غير` and one word (`إن هذا
   *   التحرك "غير مسبوق"`), or one verb, future (`سي…`, `ست…`) or present plural (`ي…ون`) (`إن خصومه بالدوري «يشترون»`);
   * - one or two words with no article right after the object pronoun of a past form or participle of اعتبر
   *   (`consideringVerbs`: `معتبرا إياها "سخيفة"`). After a noun as its object (`واعتبر X الأمم المتحدة "…"`) the marks
   *   were as often a name, an apposition or the object itself (`فاعتبر ضيف «…» أن`, `واعتبر X "بائع" أن`, `واعتبر
   *   الأصل الذي كتبه "…"`): not taken.
   */
  protected judgedSpeech(m: Mark, a: number, b: number, cue: Cue, reported: boolean): boolean {
    const t = this.t
    const w = m.open - 1
    if (w < this.ps || t.kinds[w] !== WORD) return false
    const prev = this.keys[w]!
    if (hasWithClitic(this.lex.arNameNouns, prev)) return false
    const verb = this.keys[cue.at]!
    const considering = this.lex.consideringVerbs.has(verb) || this.lex.consideringVerbs.has(withoutConjunction(verb, 3))
    let judged = false
    if (prev === BA_KEY) {
      const describing = this.lex.describingAs.has(verb) || this.lex.describingAs.has(withoutConjunction(verb, 3))
      judged = describing && this.plainWords(a, b, true) !== null
    } else if (t.spaced[m.open] !== 0) {
      // (إنه من "المؤسف", أنه من «المستحيل»: one definite masculine adjective in `م` and a consonant right after `من` and a
      // complementizer with its pronoun, "it is …"; thirty-fifth session)
      if (reported && prev === MIN && this.itIsAt(w - 1)) {
        const defined = this.plainWords(a, b, true)
        const key = defined !== null && defined.keys.length === 1 && this.definiteWord(defined.last) ? defined.keys[0]! : ""
        const stem = key.startsWith(ALEF_LAM) ? key.slice(2) : ""
        if (PREDICATE_PARTICIPLE.test(stem) && !this.written(defined!.last).endsWith("\u0629")) return !(this.entities.length > 0 && this.marksOneName(a, b))
        return false
      }
      // (مؤكدا أن «كل الفرضيات» مطروحة, أن "جميع الخيارات": a word of all and a definite plural, the clause's subject right
      // after a bare complementizer; thirty-sixth session)
      if (reported && this.bareComplementizer(w)) {
        const all = this.plainWords(a, b, true)
        if (all !== null && all.keys.length === 2 && this.lex.allWords.has(all.keys[0]!) && this.definiteWord(all.last)) return !(this.entities.length > 0 && this.marksOneName(a, b))
      }
      const plain = this.plainWords(a, b, false)
      if (plain === null) return false
      const [first, second] = plain.keys
      // (ممارسات "غير مقبولة", ضغوطات «غير مشروعة»: `غير` and one word are a judgement wherever the cue's clause holds them;
      // thirty-fifth session)
      if (second !== undefined && first === GHAYR) judged = true
      else if (this.lex.judgingWords.has(prev) || this.lex.consideringPresent.has(prev)) judged = reported || (considering && prev === BUMATHABA)
      // (the subject a name the entity stage tagged right after the complementizer, `أن قطر "ملتزمة"`, as well as a definite
      // noun; thirty-fifth session)
      else if (reported && (this.definiteWord(w) || this.nameEndsAt(w)) && !this.bareComplementizer(w)) {
        judged = second !== undefined ? first === GHAYR : PREDICATE_VERB.test(first!) || PREDICATE_PARTICIPLE.test(first!) || this.subjectAdjective(w, plain.last)
      } else if (!reported && considering) judged = w === cue.end && this.lex.objectIyya.has(prev)
    }
    return judged && !(this.entities.length > 0 && this.marksOneName(a, b))
  }

  /**
   * Is the one word at `k` in marks an indefinite adjective, the predicate of the definite noun `w` that stands right
   * after a bare complementizer (`أن الوضع "خطير"`, `إن العقوبات "ضرورية"`, `أن الدعوى "كيدية"`; thirty-sixth session)?
   * The word in a shape of {@link ADJECTIVE_STEM} (without its `ة`); not after a noun of a post or a person (`roleHeads`,
   * `definitePersonNouns`: `أن الشاب "تركي"`, a name in apposition) and no entity on it.
   */
  protected subjectAdjective(w: number, k: number): boolean {
    if (w - 1 < this.ps || this.t.kinds[w - 1] !== WORD || !this.bareComplementizer(w - 1) || this.lex.roleHeads.has(this.keys[w]!) || this.lex.definitePersonNouns.has(this.keys[w]!)) return false
    const key = this.keys[k]!
    return ADJECTIVE_STEM.test(this.written(k).endsWith("\u0629") ? key.slice(0, -1) : key)
  }

  /** Is the word at `k` a complementizer with its pronoun (`إنه`, `أنها`, `وإنه`), the subject "it" of `إنه من …`? */
  protected itIsAt(k: number): boolean {
    return k >= this.ps && this.t.kinds[k] === WORD && hasWithWaw(this.lex.complementizers, this.keys[k]!) && !this.bareComplementizer(k)
  }

  /**
   * Does a person, an organisation or a place the entity stage tagged end with the word at `k` and start right after a
   * complementizer (`أن قطر`, `إن إيران`: the reported clause's subject; not `طريق مكة جدة "مباشر"`, a name's last word)?
   */
  protected nameEndsAt(k: number): boolean {
    if (this.entities.length === 0) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entityIn(o)
    if (e === null || e.end !== o.end || !(e.type === "PERSON" || e.type === "ORGANIZATION" || e.type === "LOCATION")) return false
    const f = this.walkBack(k, Math.max(this.ps, k - 8), e.start, "start", true)
    return f - 1 >= this.ps && this.t.kinds[f - 1] === WORD && hasWithWaw(this.lex.complementizers, this.keys[f - 1]!)
  }

  /**
   * Do the tokens `[a, b)` read as a code or a name with its number (thirtieth session): a number glued to the word
   * before it or inside it (`إس2`, `إيه2`), three words or more that all spell Latin letters (`letterNames`: `إس يو إس`,
   * `اف سي ايه`), or a name noun first and a number last (`معرض وظائف 2015`)?
   */
  protected codeShaped(a: number, b: number): boolean {
    const t = this.t
    let words = 0
    let letters = 0
    let first = -1
    let last = -1
    for (let k = a; k < b; k++) {
      if (t.kinds[k] === PUNCT) continue
      if (first < 0) first = k
      last = k
      // (not after a clitic or the article: `و32`, `الـ800`, `ب20` are numbers in speech)
      if (t.kinds[k] === NUM && k > a && t.spaced[k] === 0 && t.kinds[k - 1] === WORD && !DIGIT_CLITICS.has(this.keys[k - 1]!)) return true
      if (t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (/[0-9\u0660-\u0669]/.test(key) && !DIGIT_CLITICS.has(key.replace(/[0-9\u0660-\u0669]+/g, ""))) return true
      words++
      if (this.lex.letterNames.has(key)) letters++
    }
    if (words >= 3 && letters === words) return true
    return first >= 0 && t.kinds[last] === NUM && t.kinds[first] === WORD && this.lex.arNameNouns.has(this.keys[first]!)
  }

  /** Are the words `[a, b)` two words, the second opening with و (`تعزيز وتوسيع`: two nouns joined)? */
  protected coordinatedPair(a: number, b: number): boolean {
    const words: Array<string> = []
    for (let k = a; k < b; k++) if (this.t.kinds[k] === WORD) words.push(this.keys[k]!)
    return words.length === 2 && words[1]!.length > 2 && words[1]!.charCodeAt(0) === 0x0648
  }

  /**
   * Do one to three words alone stand between the marks `p` and the marks opening at `open` (no punctuation, no
   * complementizer, verb, participle or person: the object the first piece governs, `"تعزيز وتوسيع" قدراتها النووية
   * "بدرجة كبيرة"`), with a complementizer of the cue's clause between the cue and `p` (the first piece in the words
   * it reports)? Twenty-sixth session.
   */
  protected objectBetween(cue: Cue, p: Mark, open: number): boolean {
    const n = open - p.close - 1
    if (n < 1 || n > 3 || p.open <= cue.end || p.open - cue.end > CUE_WINDOW) return false
    for (let k = p.close + 1; k < open; k++) {
      if (this.t.kinds[k] !== WORD) return false
      const key = this.keys[k]!
      if (key === WAW || hasWithWaw(this.lex.complementizers, key) || this.verbAt(k, this.pe) > 0 || this.lex.participles.has(key)) return false
    }
    if (this.hasPerson([p.close + 1, open])) return false
    for (let k = cue.end; k < p.open; k++) if (this.t.kinds[k] === WORD && hasWithWaw(this.lex.complementizers, this.keys[k]!)) return true
    return false
  }

  /**
   * Do the marks `m` (words `[a, b)`), the first of two pieces joined by `و`, read as words of speech, not a name:
   * no name noun right before them (`تنظيم «…»`, `لحركة «…»`), not glued to the word before (`الـ«…»`), not right after
   * a bare complementizer (the clause's subject), not after another mark and a comma or `و` (a list of names or titles);
   * two words with no article, number or Latin word (or a predicate's shape); three words or more that no entity
   * covers (twenty-fourth session, second round).
   */
  protected pieceNotName(m: Mark, a: number, b: number): boolean {
    const t = this.t
    const w = m.open - 1
    if (w >= this.ps) {
      if (t.kinds[w] === WORD) {
        const key = this.keys[w]!
        if (t.spaced[m.open] === 0) return false
        if (hasWithClitic(this.lex.arNameNouns, key)) return false
        if (this.bareComplementizer(w)) return false
        if (key === WAW && w - 1 >= this.ps && this.markChar(w - 1) !== null) return false
      } else if (this.isPunct(w, COMMAS) || this.markChar(w) !== null) return false
    }
    if (this.entities.length > 0 && this.marksOneName(a, b)) return false
    if (this.wordCount(a, b) > 2) return true
    if (this.predicateShape(a, b) || this.predicateMarks(a, b) || this.opensAdverbial(a, b)) return true
    for (let k = a; k < b; k++) {
      if (t.kinds[k] === NUM) return false
      if (t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (/[a-z]/.test(key) || articledKey(key)) return false
    }
    return true
  }

  /**
   * An Arabic speaker that is a person entity, cut before a manner word after its first word (`عز بهدوء` → `عز`, `يوسف بهدوء يشبه البرود`:
   * the entity stage's span carried along the chain; twenty-seventh session, second round); the entity named with the
   * cut text when one is, else the speaker's own.
   */
  protected withoutManner(speaker: Speaker): Speaker {
    if (speaker.entityId === null || /[a-z]/i.test(speaker.text) || !speaker.text.includes(" ")) return speaker
    const words = speaker.text.split(/\s+/)
    const i = this.mannerWordIn(speaker.text, words)
    if (i < 0 || !this.isPersonId(speaker.entityId)) return speaker
    const cut = words.slice(0, i).join(" ")
    const same = this.personNamed(cut)
    return { ...speaker, text: same?.canonical ?? cut, entityId: same?.entityId ?? speaker.entityId }
  }

  /**
   * The index of the first of `words` (the speaker's `text` split at spaces), past the first word, that holds a manner
   * word (`mannerHeads`), or -1; kept by the text ({@link mannerWords}: every quote's speaker is asked, and the same names
   * come back; fifty-second session).
   */
  private mannerWordIn(text: string, words: ReadonlyArray<string>): number {
    let i = mannerWords.get(this.lex, text)
    if (i === undefined) {
      i = words.findIndex((w, n) => n > 0 && foldKey(w).some((k) => this.lex.mannerHeads.has(k)))
      mannerWords.set(this.lex, text, i)
    }
    return i
  }

  /**
   * Does the `»` at token `k` close a name quoted inside the quoted words `[s, k)`: a `«` among the eight tokens before
   * it, no other mark between (forty-seventh session, helper nest)? `… تنظيم «داعش»` ends with the name's closing mark,
   * not with an opening mark left alone.
   */
  protected closesInside(s: number, k: number): boolean {
    for (let q = k - 1; q >= s && k - q <= 8; q--) {
      const m = this.markChar(q)
      if (m !== null) return m === "\u00ab"
    }
    return false
  }

  /**
   * Are the quoted words `[s, e)` (the original `span`) no one's words: a verse, a hadith cited by its noun, a proverb
   * or a maxim, known by the cue, its speaker or the words around them? {@link emit} leaves them as scripture. The
   * hadith whose speaker is the Prophet's title is read in {@link emit}, which needs that speaker for the quote.
   */
  private isScriptureOrSaying(s: number, e: number, span: Range, cue: Cue | null, speaker: Speaker | null): boolean {
    // قال تعالى: {…}, بقوله تعالى: (…), a verse in Quranic braces: scripture, no quote (thirty-third session)
    if ((speaker !== null && this.divine(speaker)) || this.scriptureAfter(s, cue) || QURAN_BRACES.test(this.text.slice(Math.max(0, span.start - 2), span.start + 1))) return true
    // قوله: (…) fully vocalized, a verse before (النساء: 93): scripture cited with no divine phrase (thirty-fourth session)
    if (this.citedVerse(s, e, span)) return true
    // (يقرن الله عبادته ببر الوالدين: «…»: marks no cue attributes, in a sentence whose subject is God; fiftieth session)
    if (cue === null && this.godSubjectBefore(s)) return true
    // (والله عز وجل يقول: "…": God named before the verb; "البقرة 114" after a verse, and the verse before such a
    // reference; وفي الحديث: «…», جاء في الحديث: the hadith cited by its noun: no one's words; fifty-fourth session,
    // helper arscript)
    if (this.godBeforeVerb(cue) || this.suraCited(s, e) || this.hadithCited(s, speaker)) return true
    // («…» متفق عليه, (…)، رواه البخاري: a hadith its source note names; فعن X - رضي الله عنهما - قال: «…»: a hadith its
    // narrating companion introduces; fifty-eighth session, helper arread2)
    if (this.hadithNoted(s, e) || this.companionNarrates(cue)) return true
    // («يا أيها الذين آمنوا …», وفي سورة محمد: "…", وفي الآية الكريمة من سورة الطلاق … حيث قال: "…": a verse not vocalized,
    // known by the Quran's call, by the sura named right before it, or by the verse's noun before a verb with no
    // subject; fifty-fifth session, helper arverse)
    if (this.verseOpening(s, e) || this.suraNamedBefore(s)) return true
    const clause = this.verseNounBeforeVerb(cue)
    if (clause >= 0 && !this.hasPerson([clause, cue!.at])) return true
    // (فالمثل يقول «…», على قاعدة تقول: …, كما يقول المثل: a proverb, a maxim or a rule says them: no one's words, left as
    // scripture is, so no name inside them joins the chain; fifty-fifth session, helper arverse)
    const maxim = this.maximBeforeSaying(cue)
    return maxim >= 0 && !this.hasSpeakerEntity([maxim, maxim + 1])
  }

  protected emit(a: number, b: number, cue: Cue | null, speaker: Speaker | null, capped: boolean): boolean {
    // trim punctuation at both ends of the quoted words (keep ?/! and closing brackets inside)
    let s = a
    let e = b
    const t = this.t
    while (s < e && t.kinds[s] === PUNCT && (COMMAS.has(this.keys[s]!) || this.keys[s] === ":" || this.keys[s] === "-" || MARKS.has(this.keys[s]!))) s++
    while (e > s && t.kinds[e - 1] === PUNCT && (COMMAS.has(this.keys[e - 1]!) || this.keys[e - 1] === "." || this.keys[e - 1] === ":" || MARKS.has(this.keys[e - 1]!))) {
      // (a `»` that closes a name quoted inside, `… من قبل تنظيم «داعش»`, stays with it; forty-seventh session, helper nest)
      if (this.keys[e - 1] === "\u00bb" && this.closesInside(s, e - 1)) break
      e--
    }
    if (e <= s) return false
    let span = this.orig(t.starts[s]!, t.ends[e - 1]!)
    if (this.exclude.overlaps(span.start, span.end)) {
      // speech that runs into boilerplate at its paragraph's end (tags, a related-articles line) ends before it
      const start = span.start
      while (e > s && this.exclude.overlaps(start, this.orig(t.starts[e - 1]!, t.ends[e - 1]!).end)) e--
      while (e > s && t.kinds[e - 1] === PUNCT && !MARKS.has(this.keys[e - 1]!) && this.keys[e - 1] !== "?" && this.keys[e - 1] !== "\u061f" && this.keys[e - 1] !== "!" && this.keys[e - 1] !== ")") e--
      if (this.wordCount(s, e) < MIN_WORDS_CUED) return false
      span = this.orig(t.starts[s]!, t.ends[e - 1]!)
    }
    // موقعها الإلكتروني: http://…: an address alone after a colon or in marks is no speech (twenty-seventh
    // session); nor words after an address that opens them, nor a bare domain alone (forty-fourth session)
    if (opensWithAddress(this.text.slice(span.start, span.end))) return false
    if (this.isScriptureOrSaying(s, e, span, cue, speaker)) return this.leftAsScripture(span)
    // قال رسول الله صلى الله عليه وسلم: «…»: the hadith's speaker is the Prophet's title, without the blessing
    const named = (cue !== null ? this.prophetBefore(cue) : null) ?? (speaker === null ? null : this.prophetSpeaker(this.withoutManner(speaker), s))
    // (… «ليس منا من …»: a hadith, cited as scripture is, is no news quote either; forty-fourth session)
    if (named !== null && this.prophetNamed(named.text)) return this.leftAsScripture(span)
    // (أمر محمد صلى الله عليه وسلم … وقال لهم: «…»: nor one given to a person the text names with the blessing; fifty-ninth
    // session, helper arpiece)
    if (named !== null && this.blessedBefore(named.entityId, span.start)) return this.leftAsScripture(span)
    // (وشدد المفتي على الصلاة لقوله صلى الله عليه وسلم: «…»: nor a hadith his saying and blessing introduce after a verb
    // that attributes the sentence; forty-sixth session)
    if (cue !== null && this.sayingBlessingBefore(s)) return this.leftAsScripture(span)
    // (فـ"X" أكدت, قول "X Y" after X's quote: a name in marks that is its own speaker's is no speech; thirty-ninth session)
    if (this.ownName(s, e, span, named)) return false
    this.quoteTokens.push([s, e])
    this.quotes.push({
      text: this.text.slice(span.start, span.end),
      speaker: named?.text ?? null,
      speakerEntityId: named?.entityId ?? null,
      verb: cue?.verb ?? null,
      start: span.start,
      end: span.end
    })
    if (capped) this.capped.push(span)
    if (speaker !== null) this.lastQuoted = speaker
    return true
  }

  // -------------------------------------------------------------------------
  // attribution of a marked quote

  /** A cue before the opening mark in the same sentence: `قال X: «`, `قال X إن «`, `X said: "`, `مضيفاً: «`. */
  protected cueBefore(m: Mark, cues: ReadonlyArray<Cue>, ps: number): { cue: Cue; speaker: Speaker | null; colon: boolean; bare: boolean; reported?: boolean; from?: number } | null {
    let j = m.open - 1
    let colon = false
    let comp = false
    while (j >= ps) {
      if (this.t.kinds[j] === PUNCT && (this.keys[j] === ":" || COMMAS.has(this.keys[j]!) || this.keys[j] === "-")) {
        if (this.keys[j] === ":") colon = true
        j--
        continue
      }
      if (this.t.kinds[j] === WORD && this.lex.complementizers.has(this.keys[j]!)) {
        comp = true
        j--
        continue
      }
      break
    }
    // the last cue before the mark (binary search: cues are in text order, and a paragraph may hold thousands)
    const lo = firstCueFrom(cues, m.open)
    for (let c = lo - 1; c >= 0; c--) {
      const cue = cues[c]!
      // (an Arabic verb whose speaker phrase ends at a complementizer reaches further: the words it reports may run
      // for a long clause before the marked ones, وقال X إن أي دولة تقدم … أو لا تلتزم … «تدعم نظاما خطيرا»)
      // (nor one whose clause runs on with words alone up to a colon or to marks of five words or more, وقال قائد
      // الشرطة في المدينة … مساء أمس «…»: no comma, no other mark stands between them; shorter marks there are mostly
      // names and terms; session 17, second round)
      // (and an Arabic verb's window counts from the complementizer of its clause, past a phrase between them: وقال X،
      // خلال مؤتمر صحفي عقده في …، إن … «…»; twenty-third session, fourth round)
      const long = m.open - cue.at > CUE_WINDOW
      let anchor = -1
      // (and, before a colon right before the marks, a clause of words and commas with no complementizer and no person,
      // ويقول وهو يطوي أوراقه، بينما كان يهم بالخروج: «…»; twenty-fifth session)
      if (long && (m.open - cue.at > REPORTED_WINDOW || cue.english || cue.kind !== "verb" || !(this.reportsAfter(cue, m.open) || (this.wordsOnly(cue.end, j + 1) && (colon || this.wordCount(m.open + 1, m.close) > MIN_WORDS_BARE)) || (colon && this.clauseToColon(cue, j + 1))))) {
        anchor = colon ? -1 : this.clauseComplementizer(cue, m.open)
        if (anchor < 0) break
      }
      if (this.sentenceEndBetween(cue.at, m.open)) break
      // (إن الاتفاق يعتبر «نكسة جديدة»: a present form of اعتبر right before the marks, after a word of its own clause, is
      // a word of judging inside the clause the cue before it reports, not a cue of its own; thirty-fifth session)
      if (c === lo - 1 && this.judgingPresent(cue, m, ps)) continue
      // (وقال ترامب - الذي أكد أمس دعمه - إن …, وأضاف المصدر - حسب الوكالة - أن «…»: a cue inside a dash aside that an
      // older cue's clause goes on after is no cue of the marks; thirty-sixth session)
      if (c > 0 && this.insideDashAside(cue, cues[c - 1]!, m.open)) continue
      // the nearest cue decides: never skip it for an older one (a wrong speaker is worse than none)
      if (cue.kind === "background") return { cue, speaker: null, colon, bare: false }
      // ما وصفه ب"…", يصفه X بقوله «…»: a verb of describing with its object pronoun quotes through ب or بقوله too (as
      // through a complementizer); where it quotes nothing it is passed over for the cue before it (وأضاف أن … التي
      // وصفها بأنها <verb> "…")
      let through = false
      // (through a verb of describing whose subject is left unsaid: describedObjectOpens)
      let dropped = false
      // (وتابع X أن المعلومة ستعلن "…": a verb that needs a mark reports through a complementizer right after its
      // speaker phrase as any speech verb does; twenty-ninth session)
      // (وقد رد ابن الرئيس "…", فأجاب الوزير «…»: a verb of replying reaches marks right after its subject phrase;
      // forty-first session)
      if (cue.needsMark && !colon && !comp && cue.end !== m.open && !this.reportsThrough(cue, m.open) && !this.repliesAfterSubject(cue, m)) {
        if (!this.describesPronoun(cue)) {
          // ووصف X الاتفاق بـ«…», وصف ما نشرته الصحف بـ"…": a verb of describing with its object named quotes through
          // the ب right before the marks, words alone between them, within the cue window (session 20)
          // (only with a named subject right after the verb: an unnamed one runs into the object, وصفت الحكومة الغارات
          // بـ, and a verbal noun, حول وصف X الهجوم بـ, has none; or with one that opens the clause before a bare verb,
          // `وكان X قد وصف ما نشرته الصحف بـ"…"`, `X يتهم بعض المحللين بـ"…"`, nameOpensClause; forty-third session)
          // (and a verb that is no speech verb yet introduces its subject's words after ب, على or إلى, هدد X خصومه بـ«…»,
          // أثنت X على «…»; twenty-third session, third round)
          // (and a verb of expressing through عن, أعرب X عن «…», its subject named or the issuer of a document it has
          // فيه after it, بيانا أعرب فيه عن «…»; twenty-fourth session)
          // (and one word after `بأنه` before the marks, `وصفت X نفسها بأنها أصبحت "…"`, `بأنها منظمة "إرهابية"`;
          // forty-second session)
          if (!long && this.describedThroughWord(cue, m)) through = true
          else if (long || !(this.describingVerb(cue) ? this.keys[j] === BA_KEY : (this.chargingVerb(cue) && this.lex.chargePrepositions.has(this.keys[j]!)) || (this.expressingVerb(cue) && this.keys[j] === AN)) || j !== m.open - 1 || !this.wordsOnly(cue.end, j)) return null
          else if (this.namedSubjectAfter(cue) || this.inDocument(cue) || this.nameOpensClause(cue.at) !== null) through = true
          else if (this.describedObjectOpens(cue, m)) through = dropped = true
          else return null
        } else {
          through = j === m.open - 1 && (this.keys[j] === BA_KEY || this.isSaying(this.keys[j]!)) && (cue.speaker === null ? cue.end : cue.speaker[1]) === j
          // ووصفه بأنه زعيم "…": `بأنه` and one indefinite noun right before marks of two words or more (twenty-sixth
          // session; one word there is a term, and the subject read for it would join the chain for nothing)
          if (!through && j === m.open - 1 && this.wordCount(m.open + 1, m.close) >= 2 && this.t.kinds[j] === WORD && !this.keys[j]!.startsWith(ALEF_LAM) && this.t.spaced[m.open] !== 0 && j - 1 >= cue.end && this.lex.baAnna.has(this.keys[j - 1]!) && (cue.speaker === null ? cue.end : cue.speaker[1]) === j - 1) through = true
          // (and one word after `بأنه` as {@link describedThroughWord} reads it: `ووصفها بأنها منظمة "إرهابية"`; forty-second
          // session)
          if (!through && !long && this.describedThroughWord(cue, m)) through = true
          if (!through) continue
        }
      }
      if (cue.kind === "according") return null
      // نقلت شبكة «…» عن X، …: marks inside the reported cue's own words (the source, its outlet) are no speech
      if (cue.kind === "reported" && cue.end > m.open) return null
      // بقوله: …: marks further on in its colon speech are names or terms inside it (… للمؤلف «X Y Z»)
      if (cue.kind === "participle" && !colon && this.keys[cue.end] === ":" && m.open > cue.end + 1 && this.isSaying(this.keys[cue.at]!)) return null
      // an English verb right before the quote: `X said: "`; an Arabic one: anywhere in the clause
      if (cue.english) {
        if (cue.end - 1 > j + 2 && !colon) continue
        if (cue.kind === "participle") return { cue, speaker: this.englishParticipleSpeaker(cue), colon, bare: false }
        return { cue, speaker: this.resolve(this.englishSubjectOf(cue, ps, this.pe), cue.gender), colon, bare: false }
      }
      // قال الوزير إن الصحف يجب أن تنال «علامة رسوب واضحة»: words quoted inside reported speech
      const reported = !colon && !comp && this.complementizerBetween(cue.end, m.open)
      // قال إن الـ«إف بي آي» لا يستطيع …: a mark glued to the word before it opens a name, not words of speech
      // (not glued to `و` alone, `إن التضخم و"الوضع الاقتصادي السيئ" يعرقلان`: the space after the conjunction lost;
      // thirty-ninth session)
      if (reported && this.t.spaced[m.open] === 0 && this.t.kinds[m.open - 1] === WORD && !this.gluedToWaw(m) && this.wordCount(m.open + 1, m.close) < MIN_WORDS_BARE) return null
      const bare = !colon && !comp && !reported && !through
      if (bare && cue.end < j) {
        // قال الوزير في بيان «…»: the quote follows the speaker phrase and its prepositions directly
        if (j + 1 - cue.end > 12 && !(long && this.wordsOnly(cue.end, j + 1))) return null
      }
      // ونقلت عن «مسؤول رفيع المستوى»: marks after عن/من name a source, they quote no speech
      // (not through a verb of expressing: أعرب X عن «…»; twenty-fourth session)
      // (not `من` right after a complementizer with its pronoun, `إنه من "المؤسف"`: "it is regrettable"; thirty-fifth session)
      // (not `من` right before the marks after a verb of warning with its named subject, `وحذر X من «…»`; fortieth session)
      // (not `من`/`عن` inside the clause the cue reports, `قال إن التحرك كان جزءا من «…»`; fifty-first session:
      // reportedPrepositionMarks)
      if (!colon && !comp && !through && cue.end < j && this.t.kinds[j] === WORD && (this.keys[j] === AN || (this.keys[j] === MIN && !this.itIsAt(j - 1) && !this.warnedOf(cue, j, m))) && !(reported && this.reportedPrepositionMarks(cue, j, m))) return null
      const speaker = this.speakerOfCue(cue, true)
      // (ووصف ما يحدث بـ«…» with its subject left unsaid: the speaker of the verb before it, else nothing;
      // describedObjectOpens, forty-seventh session, helper short)
      if (dropped && speaker !== null && this.opensDescribedObject(cue.end) && this.droppedDescriber(cue)?.text !== speaker.text) return null
      // (a verb read as one only for its فيه, with no document's issuer, is no cue; twenty-fourth session)
      if (speaker === null && cue.inDocument === true) return null
      // ووصفته بأنه «…» with no subject found in its sentence (or the one before): the cue before it decides, else
      // nothing (the chain's last speaker is mostly someone else: a body the entity stage did not tag spoke)
      if (speaker === null && this.describesPronoun(cue)) continue
      return { cue, speaker, colon, bare, reported: !colon && (comp || reported) && (cue.kind === "verb" || cue.kind === "participle"), ...(anchor >= 0 ? { from: anchor } : {}) }
    }
    return null
  }

  /**
   * Does the cue stand inside a dash aside between the older cue `older` and marks opening at `open` (`وقال الرئيس X -
   * الذي أكد أمس دعمه للحلفاء - إن …`, `وأضاف المصدر X - حسب الوكالة - أن «…»`; thirty-sixth session)? A dash at most
   * {@link DASH_ASIDE} tokens before the cue with only words, numbers and commas between, the older cue (an Arabic verb)
   * and its named subject ending before it (`الذي قال - حسب شهود - إنه`: no subject named, the aside's words would be
   * read as one); another after the cue, at most {@link DASH_ASIDE} tokens on, with no sentence end or mark
   * between, and a complementizer right after it: the older verb's clause goes on there.
   */
  protected insideDashAside(cue: Cue, older: Cue, open: number): boolean {
    if (cue.english || older.english || older.kind !== "verb") return false
    const t = this.t
    let d = cue.at - 1
    while (d > this.ps && cue.at - d <= DASH_ASIDE && !this.isPunct(d, DASHES) && (t.kinds[d] === WORD || t.kinds[d] === NUM || this.isPunct(d, COMMAS))) d--
    if (d <= this.ps || !this.isPunct(d, DASHES) || older.speaker === null || older.speaker[1] > d) return false
    let e = cue.end
    while (e < open && e - cue.end <= DASH_ASIDE && !this.isPunct(e, DASHES) && !this.isSentenceEnd(e) && this.markChar(e) === null) e++
    return e + 1 < open && this.isPunct(e, DASHES) && t.kinds[e + 1] === WORD && hasWithWaw(this.lex.complementizers, this.keys[e + 1]!)
  }

  /**
   * Is the cue a present form of اعتبر (`consideringPresent`: `يعتبر`, `تعتبر`) spaced right before the marks `m`, after a
   * word of its own clause (its subject, `إن الاتفاق يعتبر «…»`), not after a clause opener, a comma or the paragraph's
   * start (`ويعتبر الملعب «…»`, `حيث يعتبر`: the writer's own), so a word of judging and no cue (thirty-fifth session)?
   */
  protected judgingPresent(cue: Cue, m: Mark, ps: number): boolean {
    const k = cue.at
    if (cue.english || cue.kind !== "verb" || k !== m.open - 1 || k - 1 < ps || this.t.spaced[m.open] === 0) return false
    if (!this.lex.consideringPresent.has(this.keys[k]!) || this.t.kinds[k - 1] !== WORD) return false
    return !this.lex.clauseOpeners.has(this.keys[k - 1]!)
  }

  /**
   * Does a verb of replying (`replyVerbs`: `أجاب`, `رد` and their feminine; `رد` bare, after `قد`) open marks
   * of three words or more spaced right after its subject phrase of one to four words (`وقد رد ابن الرئيس "…"`,
   * `فأجاب الوزير «…»`; forty-first session, after the A76 reading), the marks closing their clause (punctuation or the
   * paragraph's end after them)? Elsewhere such a verb needs the mark right after it (`needsMark`). Not `ورد`, `وردت`
   * (written as "came", "was mentioned": `ورد في تقرير "…"`), nor a subject phrase with anything but words in it.
   */
  protected repliesAfterSubject(cue: Cue, m: Mark): boolean {
    if (cue.kind !== "verb" || cue.english || cue.speaker === null) return false
    const [s, e] = cue.speaker
    if (e !== m.open || e - s > 4 || this.t.spaced[m.open] === 0 || !this.wordsOnly(s, e)) return false
    const key = this.keys[cue.at]!
    const bare = withoutConjunction(key, 3)
    if (!this.lex.replyVerbs.has(bare) || (key.charCodeAt(0) === C_WAW && bare !== key && !this.lex.answering.has(bare))) return false
    // (the reply closes its clause: `وقد رد الوزير "بكل هدوء" على …` is a manner in marks)
    if (m.close + 1 < this.pe && this.t.kinds[m.close + 1] !== PUNCT) return false
    return this.wordCount(m.open + 1, m.close) >= MIN_WORDS_CUED
  }

  /**
   * Does an Arabic verb that needs a mark (`needsMark`: `تابع`, `رأى`, `كتب`, `أجاب`, …) report the clause after the
   * complementizer right after its speaker phrase (`وتابع X أن المعلومة ستعلن "…"`, `ويرى X أن قدرة التنظيم «…»`), as
   * any speech verb does, for marks opening at `open` (twenty-ninth session)? Not a verb of describing, expressing or
   * charging, which quote through their own prepositions, nor `بين` and `زاد` (`بينه وبين`, `زادت التكهنات بأن`: the
   * preposition "between" and "grew", mostly no speech there; read on the corpus), nor one with no subject named but
   * `تابع` and `ختم`, which go on with the last speaker's words.
   */
  protected reportsThrough(cue: Cue, open: number): boolean {
    // (أعرب X عن اعتقاده بأن …, وعبرت X عن مخاوفها من أن …: a verb of expressing reports through the complementizer of
    // the stance it states; forty-fourth session, helper nouns)
    if (this.expressingVerb(cue)) {
      const c = this.expressedComplementizer(cue.end, open)
      return c >= 0 && c + 1 < open
    }
    if (cue.kind !== "verb" || cue.english || this.describesPronoun(cue) || this.describingVerb(cue) || this.chargingVerb(cue)) return false
    if (this.lex.notThrough.has(withoutConjunction(this.keys[cue.at]!, 3))) return false
    // (with no subject named, only a verb that goes on with the speaker's words, `وتابعت أن …`: `فأجاب بأن` in an
    // interview is read by the answer's own rules)
    // (nor its subject before it, after `كان` or `لكن`: لكن الوزير يرى أن ذلك «…»; forty-first session)
    if (cue.speaker === null && !cue.continues && !(cue.alsoNoun && cue.at > this.ps && this.afterKanaSubject(cue.at, this.ps))) return false
    return this.reportsAfter(cue, open) || this.reportsPastFi(cue, open)
  }

  /**
   * Does a complementizer follow the named subject of a verb that needs a mark past a phrase of `في` (`ويرى X في
   * صحيفة "Y" المصرية أن …`, `وكتب X في مقاله أن …`; forty-second session, helper short, after the A78 reading): `في`
   * right after the speaker phrase, then at most {@link FI_PHRASE} tokens of words and one name of one to three words
   * in marks, no other punctuation, before `open`?
   */
  protected reportsPastFi(cue: Cue, open: number): boolean {
    if (cue.speaker === null) return false
    const k = cue.speaker[1]
    if (k + 2 >= open || this.t.kinds[k] !== WORD || this.keys[k] !== FI) return false
    let marked = false
    for (let q = k + 1; q < Math.min(open, k + 1 + FI_PHRASE); q++) {
      if (this.t.kinds[q] === WORD) {
        if (this.lex.complementizers.has(this.keys[q]!)) return q > k + 1
        continue
      }
      // (one short name in marks, `في صحيفة "الأهرام"`: closed within four tokens, words only inside)
      if (!marked && this.t.kinds[q] === PUNCT && MARKS.has(this.keys[q]!)) {
        let c = q + 1
        while (c < Math.min(open, q + 5) && this.t.kinds[c] === WORD) c++
        if (c === q + 1 || c >= open || !(this.t.kinds[c] === PUNCT && MARKS.has(this.keys[c]!))) return false
        marked = true
        q = c
        continue
      }
      return false
    }
    return false
  }

  /**
   * The complementizer that opens the clause an Arabic speech verb reports (`وقال X، خلال مؤتمر صحفي عقده في …، إن`):
   * the first one after its speaker phrase (or after a participle; fifty-eighth session), within {@link CUE_WINDOW} tokens of the verb (or within {@link CLAUSE_REACH}
   * right after a comma or a short name in marks; fifty-first session), with no mark (but one short name in marks,
   * `لـ«الشرق الأوسط»`) or sentence end before it nor any mark between it and `open`; -1 when there is none
   * (twenty-third session, fourth round). A bounded walk (at most {@link CLAUSE_REACH} tokens).
   */
  protected clauseComplementizer(cue: Cue, open: number): number {
    if (cue.english || (cue.kind !== "verb" && cue.kind !== "participle")) return -1
    // (past CUE_WINDOW, up to CLAUSE_REACH, only right after a comma that closes the phrase between: `وقال X المدير
    // التنفيذي للجنة التي تنظم الاجتماع … منذ 2011، إن …`; fifty-first session, helper arreported)
    const end = Math.min(open, cue.at + CLAUSE_REACH + 1)
    // (and one short name in marks in the phrase, the outlet or body told, `لـ«الشرق الأوسط» إن`, `رئيس منظمة «X
    // Y»، إن`: closed within four tokens, words only inside, read as a comma; fifty-first session)
    let named = -1
    for (let k = cue.speaker !== null ? cue.speaker[1] : cue.end; k < end; k++) {
      if (named < 0 && this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!)) {
        let c = k + 1
        while (c < Math.min(end, k + 5) && this.t.kinds[c] === WORD) c++
        if (c === k + 1 || c >= end || !(this.t.kinds[c] === PUNCT && MARKS.has(this.keys[c]!))) return -1
        named = c
        k = c
        continue
      }
      if (this.t.kinds[k] === WORD) {
        if (!this.lex.complementizers.has(this.keys[k]!)) continue
        if (k - cue.at > CUE_WINDOW && !this.phraseClosedBefore(k, named)) return -1
        // (no mark between it and the marks: words quoted before them close the clause's own reach, «…»، مرجحا أن «…»)
        if (open - k > REPORTED_WINDOW) return -1
        for (let q = k + 1; q < open; q++) if (this.t.kinds[q] === PUNCT && MARKS.has(this.keys[q]!)) return -1
        return k
      }
      if (this.t.kinds[k] === PUNCT && (MARKS.has(this.keys[k]!) || this.isSentenceEnd(k) || this.keys[k] === ":")) return -1
    }
    return -1
  }

  /**
   * Does the phrase between a cue and the complementizer at `k` close right before it: a comma, the one short name in
   * marks {@link clauseComplementizer} passed (closing at `named`), or either of them before one preposition that takes
   * the clause (`chargePrepositions`: `مشيرا في تصريحات لـ«الشرق الأوسط»، عبر الهاتف، إلى أن …`; fifty-eighth session,
   * helper arquote9)?
   */
  private phraseClosedBefore(k: number, named: number): boolean {
    if (this.isPunct(k - 1, COMMAS) || named === k - 1) return true
    return this.t.kinds[k - 1] === WORD && this.lex.chargePrepositions.has(this.keys[k - 1]!) && (this.isPunct(k - 2, COMMAS) || named === k - 2)
  }

  /** Is token `k` an Arabic word? */
  private arabicAt(k: number): boolean {
    return k < this.pe && this.t.kinds[k] === WORD && /[\u0621-\u064a]/.test(this.keys[k]!)
  }

  /**
   * Is the mark at `open` one that a mark never closed may still open speech after: a colon (`:`, `:-`) or a
   * complementizer (`إن`, `أنه`, `بأن`) right before it (`فرد عليه X: «…`, `أما قوله إنه «…`), or ending the paragraph
   * before it (`نص البيان:` ⏎ `«…`), or a speech verb
   * opening its sentence, a conjunction or particle allowed before it (`أجاب رئيس النادي "…`, `وأضاف د. X المدير
   * الإقليمي "…`)?
   */
  protected saidBefore(open: number): boolean {
    let k = open - 1
    while (k > this.ps && this.isPunct(k, DASHES)) k--
    if (k < this.ps) {
      // (the mark opens its paragraph: the paragraph before ends with a colon, `نص البيان:` ⏎ `«…`)
      while (k >= 0 && this.t.kinds[k] === BREAK) k--
      return k >= 0 && this.isColon(k)
    }
    if (this.isColon(k) || (this.t.kinds[k] === WORD && hasWithWaw(this.lex.complementizers, this.keys[k]!))) return true
    const s = this.sentenceStart(open)
    if (s >= open || this.t.kinds[s] !== WORD) return false
    const v = this.lex.clauseOpeners.has(this.keys[s]!) && s + 1 < open ? s + 1 : s
    return this.t.kinds[v] === WORD && this.verbAt(v, open) > 0
  }

  /**
   * The person an English label names before the marks `m` (forty-fifth session, after the E19 reading: a football
   * preview's `- Brentford boss Martin Allen: "…"` lines gave every quote to the ground named at the top): the marks
   * right after a colon, and from the paragraph's start (past a list's dash) to the colon words alone, at most
   * {@link LABEL_WORDS}, none a verb, the last of them closing a person the entity stage tagged. Else null; Arabic
   * lines are left out (`X: «…»` there heads a column, X its writer and the marks its title).
   */
  protected labelSpeaker(m: Mark, ps: number): Speaker | null {
    const colon = this.englishColonBefore(m)
    if (this.entities.length === 0 || colon <= ps) return null
    const k = this.isPunct(ps, DASHES) ? ps + 1 : ps
    if (colon - k > LABEL_WORDS || this.personBeforeRelative(colon - 1) === null) return null
    for (let j = k; j < colon; j++) if (this.t.kinds[j] !== WORD || this.mainVerbAt(j)) return null
    const speaker = this.resolve([k, colon], null, false)
    return speaker !== null && speaker.entityId !== null ? this.push(speaker, k) : null
  }

  /** The colon right before the marks `m` after an English word (a Latin key), or -1. */
  protected englishColonBefore(m: Mark): number {
    const colon = m.open - 1
    return colon > this.ps && this.isColon(colon) && this.t.kinds[colon - 1] === WORD && /[a-z]/.test(this.keys[colon - 1]!) ? colon : -1
  }

  /**
   * The speaker of English speech in marks after a colon with no speech verb (`Marlow herself was at a loss to
   * account for it: "…"`): the subject of the sentence before the colon, when it names a person or an organisation.
   */
  protected colonSubject(m: Mark): Speaker | null {
    const colon = this.englishColonBefore(m)
    if (colon < 0) return null
    const subject = this.englishSentenceSubject(this.sentenceStart(colon), colon)
    if (subject === null) return null
    const speaker = this.resolve(subject, null, false)
    return speaker !== null && speaker.entityId !== null ? this.push(speaker, subject[0]) : null
  }

  /**
   * Are the marks `m` (inner tokens `[a, b)`, one to three words) the second of a pair of short quotes (forty-third
   * session, helper accuse, after the A80 reading's `بأنه "رجل عظيم" و"داعم ومساند"`, whose second was lost): `و` alone
   * (a comma before it allowed) between them and the marks before, which a cue attributed and which hold one to three
   * words too; words alone in them, none with the article (names are mostly definite), and no name the entity stage
   * tagged?
   */
  protected shortPair(previous: { readonly a: number; readonly b: number; readonly cue: Cue | null }, m: Mark, a: number, b: number, words: number): boolean {
    if (words < 1 || words > 3 || previous.cue === null || previous.cue.english || this.wordCount(previous.a, previous.b) > 3) return false
    if (!this.joinedByWaw(previous.b, m.open)) return false
    // (words alone, none with the article, with or without و: names are mostly definite, `و"الصندوق الدولي" يدعم`)
    for (let k = a; k < b; k++) if (this.t.kinds[k] !== WORD || this.keys[k]!.startsWith(ALEF_LAM) || this.keys[k]!.startsWith(WAW + ALEF_LAM)) return false
    return !(this.entities.length > 0 && this.marksOneName(a, b))
  }

  /**
   * Do the marks opening at `open` follow the quote that closed at `prevEnd` with `و` alone between them (a comma
   * before it allowed: `إنهم "…" و"…"`), a second piece of the same words (session 22)?
   */
  protected joinedByWaw(prevEnd: number, open: number): boolean {
    // the closing mark at prevEnd, then `و` (a comma before it allowed), then the opening mark at open
    const k = open - 1
    if (k <= prevEnd || this.t.kinds[k] !== WORD || this.keys[k] !== WAW) return false
    return k === prevEnd + 1 || (k === prevEnd + 2 && this.isPunct(prevEnd + 1, COMMAS))
  }

  /**
   * Do the marks opening at `open` stand in the reported speech of the quote that closed at `prevEnd` (`قالت X إن «…»،
   * وإنها ستلغي الرحلات «في المستقبل القريب»`): the same sentence, at most 30 tokens on, a complementizer between them
   * (`وإنها`, `وأن`: the speaker's clause goes on), no speech verb or participle and no person named (session 19)? (The
   * caller asks for three words or more in the marks: two are mostly names and terms, `«إكسون موبيل»`.)
   */
  protected reportedOn(prevEnd: number, open: number): boolean {
    if (open - prevEnd > 30) return false
    let comp = false
    for (let k = prevEnd + 1; k < open; k++) {
      if (this.isSentenceEnd(k) || this.markChar(k) !== null) return false
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (hasWithWaw(this.lex.complementizers, key)) comp = true
      else if (this.verbAt(k, this.pe) > 0 || this.lex.participles.has(key)) return false
    }
    // (no person named between them: وأبلغ X الحضور بأن «…», ولكن X أقر بأن «…» are X's words)
    return comp && !this.hasPerson([prevEnd + 1, open])
  }

  /**
   * Do the marks opening at `open` follow the quote that closed at `prevEnd` as a second piece of the same reported
   * words: the same sentence, at most 12 tokens on, no other mark, no speech verb, participle or according phrase
   * (`حسب موقع …`) and no person between them, and `و`, `لكن` (with its pronoun or `و`), a complementizer with `و` or a
   * comma joining them (twenty-third session, third round)?
   */
  protected secondPiece(prevEnd: number, open: number): boolean {
    if (open - prevEnd > 12) return false
    let joined = false
    for (let k = prevEnd + 1; k < open; k++) {
      if (this.isSentenceEnd(k) || this.markChar(k) !== null) return false
      if (this.t.kinds[k] !== WORD) {
        if (this.isPunct(k, COMMAS)) joined = true
        continue
      }
      const key = this.keys[k]!
      if (key === WAW || this.lex.butWords.has(key) || hasWithWaw(this.lex.complementizers, key)) joined = true
      else if (this.verbAt(k, this.pe) > 0 || this.lex.participles.has(key) || this.lex.according.longestAt(this.keys, k, this.pe) !== null) return false
    }
    return joined && !this.hasPerson([prevEnd + 1, open])
  }

  /**
   * Do the marks at `m` stand right after a verb of naming with its object pronoun (`namingVerbs`: `أسماه`, `تسميه`)
   * that follows `ما` or a relative (`objectClauseOpeners`), spaced from it (thirty-seventh session)?
   */
  protected namedAs(m: Mark): boolean {
    const v = m.open - 1
    if (v - 1 <= this.ps || this.t.spaced[m.open] === 0 || this.t.kinds[v] !== WORD || this.t.kinds[v - 1] !== WORD) return false
    return this.lex.namingVerbs.has(this.keys[v]!) && this.lex.objectClauseOpeners.has(this.keys[v - 1]!)
  }

  /**
   * Do the marks opening at `open` stand later in the sentence of the quote that closed at `prevEnd` (at most
   * {@link LATER_PIECE} tokens on), with no sentence end, no other mark, no participle or according phrase between them
   * and no person in the {@link LATER_PERSON} tokens right before the marks (thirty-seventh session)? Unlike
   * {@link secondPiece} no joining word is asked for: the caller has found the same cue before both (so no speech verb
   * stands between them).
   */
  protected laterPiece(prevEnd: number, open: number): boolean {
    if (open - prevEnd > LATER_PIECE) return false
    for (let k = prevEnd + 1; k < open; k++) {
      if (this.isSentenceEnd(k) || this.markChar(k) !== null) return false
      if (this.t.kinds[k] !== WORD) continue
      if (this.lex.participles.has(this.keys[k]!) || this.lex.according.longestAt(this.keys, k, this.pe) !== null) return false
    }
    return !this.hasPerson([Math.max(prevEnd + 1, open - LATER_PERSON), open])
  }

  /**
   * Do the marks opening at `open` (words from `a`) open with a relative pronoun (`الذي`, `التي`, `الذين`) within twelve
   * tokens of the quote that closed at `prevEnd`, in the same sentence, with no other mark, no speech verb, participle
   * or according phrase and no person between them (`عن "قلقها العميق" بشأن أفعال X"التي تهدد …"`): a relative clause
   * on a noun of the same speaker's words, never a name (thirtieth session)?
   */
  protected relativeGoesOn(prevEnd: number, open: number, a: number): boolean {
    if (open <= prevEnd + 1 || open - prevEnd > 12 || a >= this.pe || this.t.kinds[a] !== WORD || !this.lex.relativePronouns.has(this.keys[a]!)) return false
    for (let k = prevEnd + 1; k < open; k++) {
      if (this.isSentenceEnd(k) || this.markChar(k) !== null) return false
      if (this.t.kinds[k] !== WORD) continue
      if (this.verbAt(k, this.pe) > 0 || this.lex.participles.has(this.keys[k]!) || this.lex.according.longestAt(this.keys, k, this.pe) !== null) return false
    }
    return !this.hasPerson([prevEnd + 1, open])
  }

  /**
   * Are the marks `m` (words `[a, b)`) a whole clause quoted right after the complementizer `k` an Arabic verb reaches
   * past a phrase between them (`وأوضح الوزير X، خلال لقاء صحافي جمعه مع نظيره الأردني، سمير حداد، في الرياض أمس، أن «دعم
   * خطط التنمية في البلدين أيضًا لن يتوقف».`; fifty-first session, helper arreported)? {@link partNotName} turns away marks
   * right after a bare complementizer (the clause's subject, mostly a name: `أن «داعش» …`); a clause of three words
   * or more that closes its sentence or clause (punctuation or the paragraph's end right after the closing mark) is
   * the speech itself: `أن «X Y Z» ستقوم` (a name running on into its clause) stays out. Names the entity stage tags are
   * turned away after this ({@link marksOneName}). Fixed reads.
   */
  protected anchoredClause(k: number, m: Mark, a: number, b: number): boolean {
    if (m.open !== k + 1 || this.t.spaced[m.open] === 0 || this.wordCount(a, b) < MIN_WORDS_CUED) return false
    const after = m.close + 1
    return after >= this.pe || this.t.kinds[after] === BREAK || this.isSentenceEnd(after) || this.isPunct(after, COMMAS)
  }

  /**
   * Are the marks `m` (words `[a, b)`) the object of the one verb right after the complementizer `k` an Arabic verb
   * reaches past a long phrase, the complementizer with its pronoun (sixty-first session, helper arquote15, after the
   * A117 reading: `وقال X أحد سكان … في الكاميرون، متحدثا لوكالة فرانس برس، أنه شاهد "أعمدة من الدخان" تتصاعد`)? The
   * pronoun is the clause's subject, so the marks are no subject's name (what {@link partNotName} turns away after a
   * bare complementizer); three words or more, spaced from the verb, which has no article and is no stop word, name
   * noun or complementizer. Nearer the verb such marks are its speech already; names the entity stage tags are turned
   * away after this ({@link marksOneName}). Fixed reads.
   */
  protected pronounClauseObject(k: number, m: Mark, a: number, b: number): boolean {
    const v = k + 1
    if (m.open !== v + 1 || !this.itIsAt(k) || this.t.kinds[v] !== WORD || this.t.spaced[m.open] === 0 || this.wordCount(a, b) < MIN_WORDS_CUED) return false
    const key = this.keys[v]!
    return !key.startsWith(ALEF_LAM) && !this.lex.arStops.has(key) && !this.lex.complementizers.has(key) && !hasWithClitic(this.lex.arNameNouns, key) && !this.codeShaped(a, b)
  }

  /**
   * Do the two words in the marks at `m` (words `[a, b)`) read as a predicate the speaker said, not a name (session 19,
   * second round): no number, Latin word or word with the article in them (`«الدولة الإسلامية»`, `«عاصفة الحزم»`,
   * `«نماء المنورة»`: names are mostly definite, predicates mostly not: `«أولوية قصوى»`, `«خطأ جسيما»`); no name noun
   * before them (`تنظيم «…»`, with a clitic: `لتنظيم «…»`); not glued to the word before; not right after a bare
   * complementizer (the clause's subject), after one and a preposition with its pronoun, or after `مع`/`داخل`; not one
   * of a list of marks (`«…»، «فلاي دبي»، و«…»`); and the clause ends with them (a full stop, a comma, a colon, the paragraph's end: names
   * run on into their sentence, `«سوبر ماريو» مع الفريق`, `«نرسم بسمتهم» تعد مبادرة`) or goes on with a preposition
   * (`runOnPrepositions` in the lexicon). The article is allowed, and the clause may go on, when the words read as a predicate
   * ({@link predicateShape}: `«شديد اللهجة»`); the clause may go on after a preposition or `أي` first (`«على وشك»`)
   * (twenty-third session, second round).
   */
  protected partNotName(m: Mark, a: number, b: number): boolean {
    const t = this.t
    // (`«شديد اللهجة»`, `«مرضية للغاية»`: a predicate whatever its article; twenty-third session, second round)
    const shape = this.predicateShape(a, b)
    for (let k = a; k < b; k++) {
      if (t.kinds[k] === NUM) return false
      if (t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (/[a-z]/.test(key)) return false
      if (!shape && articledKey(key)) return false
    }
    const w = m.open - 1
    if (w >= this.ps) {
      if (t.kinds[w] === WORD) {
        const key = this.keys[w]!
        // (glued to a word it opens a name, `الـ«…»`; not to `و`: `"…" و"…"`, a second piece; twenty-third session,
        // third round)
        if (t.spaced[m.open] === 0 && key !== WAW) return false
        if (key.length > 3 && PREFIXES.has(key[0]!) && this.lex.arNameNouns.has(key.slice(1))) return false
        // right after a bare complementizer, or after one and a preposition with its pronoun, the marks are the
        // clause's subject, mostly a name (`أن «عرب نيوز» …`, `وإن منها «إكسون موبيل»`)
        if (this.bareComplementizer(w)) return false
        // (`مع «…»`, `داخل «…»`: a partner or a place, mostly named)
        if (this.lex.partnerPrepositions.has(key)) return false
        if (this.lex.prepositionPronouns.has(key) && w - 1 >= this.ps && t.kinds[w - 1] === WORD && this.bareComplementizer(w - 1)) return false
      } else if (this.isPunct(w, COMMAS) && w - 1 >= this.ps && this.markChar(w - 1) !== null) return false
    }
    // a negation first or an adverb or a preposition with its pronoun last: a predicate, wherever the clause goes on
    // (`إن الصين "تعمل معنا" إزاء …`, `"لم يستطع" قيادة …`; session 20); so an adjective of an improper annexation and
    // a word with the article, an adverb last with the article or not, or a preposition or `أي` first (`"على وشك" أن`,
    // `"أي تهديد" في`; twenty-third session, second round)
    // (and two indefinite accusatives, `"صراعا مريرا" هذا الموسم`, `"تقدما جيدا" على`: an object and its adjective,
    // wherever the clause goes on; thirtieth session)
    if (shape || this.predicateMarks(a, b) || this.opensAdverbial(a, b) || this.accusativePair(a, b)) return true
    // the clause ends with the marks
    let k = m.close + 1
    while (k < this.pe && this.markChar(k) !== null) k++
    if (k >= this.pe) return true
    // or goes on with a preposition (`"تراجعا كبيرا" في الأسعار`; twenty-third session, second round)
    if (t.kinds[k] === WORD && this.lex.runOnPrepositions.has(this.keys[k]!)) return true
    if (this.nextReportedClause(k)) return true
    if (t.kinds[k] !== PUNCT) return false
    if (this.isPunct(k, COMMAS)) {
      // (a list of marks: `«…»، و«…»`, `«…»، «…»`)
      let n = k + 1
      if (n < this.pe && t.kinds[n] === WORD && this.keys[n] === WAW) n++
      return !(n < this.pe && this.markChar(n) !== null)
    }
    return this.isSentenceEnd(k) || this.isColon(k) || this.keys[k] === "\u061b" || this.keys[k] === ";"
  }

  /** The first and the last word among tokens `[a, b)` (-1 for none). */
  protected firstAndLastWord(a: number, b: number): readonly [number, number] {
    let first = -1
    let last = -1
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] !== WORD) continue
      if (first < 0) first = k
      last = k
    }
    return [first, last]
  }

  /**
   * Do the words in tokens `[a, b)` read as a predicate whatever their article: an adjective that heads an improper
   * annexation and a word with the article (`شديد اللهجة`, `غير المسبوق`), or an adverb last (`مرضية للغاية`)?
   */
  protected predicateShape(a: number, b: number): boolean {
    const [first, last] = this.firstAndLastWord(a, b)
    if (first < 0 || last === first) return false
    // (and the adjective after the ب of manner, `«ببالغ القلق»`; thirty-seventh session)
    const head = this.keys[first]!
    const annexing = this.lex.annexingAdjectives.has(head) || (head.length > 4 && head[0] === BA_KEY && this.lex.annexingAdjectives.has(head.slice(1)))
    return (annexing && this.keys[last]!.startsWith(ALEF_LAM)) || this.lex.lateEnds.has(this.keys[last]!)
  }

  /**
   * Are the words in tokens `[a, b)` two indefinite accusatives (`صراعا مريرا`, `تقدما جيدا`, `عبئا كبيرا`): two words of
   * four letters or more with no article, each ending in the alif of the accusative (not `نا`, "us": `«أبها يجمعنا»`)?
   * Names in marks are mostly definite; the few that end so (`«كوكا كولا»`) stand after a name noun or are entities
   * (thirtieth session).
   */
  protected accusativePair(a: number, b: number): boolean {
    let n = 0
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (++n > 2 || key.length < 4 || key.startsWith(ALEF_LAM) || key.startsWith(LAL) || !key.endsWith("\u0627") || key.endsWith("\u0646\u0627") || /[a-z]/i.test(key)) return false
    }
    return n === 2
  }

  /** Do the words in tokens `[a, b)` open with a preposition or `أي` (`على وشك`, `بلا شك`, `أي تهديد`)? */
  protected opensAdverbial(a: number, b: number): boolean {
    const [first] = this.firstAndLastWord(a, b)
    return first >= 0 && this.lex.markOpeningWords.has(this.keys[first]!)
  }

  /** Do the words in tokens `[a, b)` close with an adverb of `lateEnds` in the lexicon (`خطوة مهمة للغاية`)? */
  protected lateEnd(a: number, b: number): boolean {
    const [, last] = this.firstAndLastWord(a, b)
    return last >= 0 && this.lex.lateEnds.has(this.keys[last]!)
  }

  /** Is the cue an Arabic verb of describing (`objectVerbs`: `وصف`, `اعتبر`, with or without its و/ف)? */
  protected describingVerb(cue: Cue): boolean {
    if (cue.english || cue.kind !== "verb") return false
    const key = this.keys[cue.at]!
    return this.lex.objectVerbs.has(key) || this.lex.objectVerbs.has(withoutConjunction(key, 3))
  }

  /**
   * The colon's words `[a, b)` of a first-person verb (`فقلت له: …`, fortieth session) or a dialogue verb (`وسأله X: …؟`,
   * `فأجابه: …`, fiftieth session) end with their first sentence: a
   * narrator's line or a columnist's reply, the narration after it is the writer's (`… . وتشاركها X التي تقول «…»` must
   * stay X's), or at the comma before a speech verb inside them (`…، ثم تناولها وهو يقول: …`); a question or an
   * exclamation keeps its mark. Other cues' words as they are.
   */
  protected firstPersonSentence(colon: readonly [number, number] | null, cue: Cue): readonly [number, number] | null {
    // (and a present verb of asking, `وتتساءل X: …؟`: the question; fifty-first session, helper ardialog)
    if (colon === null || (cue.firstPerson !== true && cue.dialogue !== true && cue.question !== true)) return colon
    let comma = -1
    for (let k = colon[0] + 1; k < colon[1]; k++) {
      if (this.isSentenceEnd(k)) return [colon[0], this.keys[k] === "." ? k : k + 1]
      if (this.isPunct(k, COMMAS)) comma = k
      // (… فأصابني الخجل …، ثم تناولها مني وهو يقول: «…»: a speech verb inside ends them at the comma before it)
      else if (this.t.kinds[k] === WORD && this.verbAt(k, colon[1]) > 0) return [colon[0], comma > colon[0] ? comma : k]
    }
    return colon
  }

  /**
   * A verb of `chargeVerbs` that opens its clause (with و or ف, at the sentence's start, after a clause opener or after a
   * comma but for a form that opens with و), then words alone up to ب, على or إلى right before the marks at `m`, within
   * the cue window, its subject starting with a person or an organisation (`وهدد الرئيس X خصومه بـ«…»`): that verb as a
   * cue and its subject (twenty-third session, third round)?
   */
  protected chargeBefore(m: Mark, words = MIN_WORDS_CUED, from = -1, fromVerbs: ReadonlySet<string> | null = null): { cue: Cue; speaker: Speaker | null } | null {
    // (`from`: the word the verb's phrase ends at, read back from with `fromVerbs`, for {@link stanceBefore})
    let p = from >= 0 ? from : m.open - 1
    if (p <= this.ps || this.t.kinds[p] !== WORD) return null
    // (the preposition inside the marks, `واتهم البيان X "بدعم …"`, `ودعا X الحكومة "إلى الإفراج …"`: the verb's
    // subject is read back from the word before the marks as from its preposition; forty-fifth session, helper accuse)
    const inside = from < 0 && fromVerbs === null && this.prepositionInside(m)
    if (inside) p = m.open
    // (عن after a verb of expressing, وعبّر X عن «…»; twenty-fourth session)
    // (and `بأنه`/`بأنها`/`بأنهم`, the charge's clause, `واتهم X Y بأنها «…»`; forty-second session)
    let verbs = fromVerbs ?? (inside || this.lex.chargePrepositions.has(this.keys[p]!) || this.lex.baAnna.has(this.keys[p]!) ? this.lex.chargeVerbs : this.keys[p] === AN ? this.lex.expressVerbs : null)
    // (واتهمت X Y بالتصرف بصورة «…», بارتكاب «…», بالتخلي عن «…»: three words or more in marks after a verbal noun glued
    // to ب and up to three words; the verb is read before the noun; fortieth session, helper nouncues)
    let throughNoun = false
    // (طالب X بزي للسجناء "كما في غوانتانامو".: marks that end the sentence after the verb's complement, its
    // preposition among the words between; forty-second session, helper short)
    let tail = false
    let complement = -1
    if (verbs === null) {
      const noun = words >= MIN_WORDS_CUED ? this.chargeNounBefore(p) : -1
      if (noun >= 0) {
        verbs = this.lex.chargeVerbs
        p = noun
        throughNoun = true
      } else if (this.demandTail(m, words)) {
        verbs = this.lex.chargeVerbs
        tail = true
        if (this.complementWord(p)) complement = p
      } else return null
    }
    // (commas in a pair only, around the subject or a phrase after it: واتهم الرئيس، X، بيونغ يانغ بـ«…», واتهم X، في
    // بيان، المعارضة بـ«…»; thirty-fifth session)
    let commas = 0
    for (let k = p - 1; k >= Math.max(this.ps, p - CUE_WINDOW); k--) {
      if (this.t.kinds[k] !== WORD) {
        if (!this.isPunct(k, COMMAS) || ++commas > 2) return null
        continue
      }
      const key = this.keys[k]!
      // (a verb of two letters with its و, وحث; thirty-ninth session)
      const form = verbFormOf(key, verbs, key.length === 3 ? 2 : 3)
      const bare = form === key
      // (through a verbal noun, the verb's own preposition is the noun's `ب`: another preposition of charging or another
      // word glued to ب between them, `وحث X الدول على الاعتراف بدولة فلسطين «…»`, takes the verb's complement first)
      if (throughNoun && (this.lex.chargePrepositions.has(key) || (key.length >= 5 && key.startsWith(BA_KEY)))) return null
      if (tail && (this.lex.complementizers.has(key) || this.lex.relativePronouns.has(key))) return null
      if (tail && this.complementWord(k)) complement = k
      if (form === null) continue
      // (the verb's own complement, its first preposition after the subject, at most TAIL_GAP words before the marks:
      // `وحث X الدول على الاعتراف بدولة فلسطين "…"` and `بالتقصير في حق العمال منذ سنوات "…"` run on too far)
      if (tail && (complement < 0 || p - complement > TAIL_GAP)) return null
      // (a bare form is a verb only where a clause starts: at the sentence's start, after a clause opener, or after a
      // comma, `من جهة أخرى، اتهم X`, but for a form that opens with و: `، وعدّوا` counts, it promises nothing)
      // (or, for a verb of expressing, with `فيه`/`فيها` after it: بيانا عبّرت فيه عن «…»; twenty-fourth session)
      const inDocument = verbs === this.lex.expressVerbs && k + 1 < p && this.lex.fiPronouns.has(this.keys[k + 1]!)
      if (commas === 1) return null
      const gender = form.endsWith("\u062a") ? "f" : form.endsWith("\u0648\u0627") ? "p" : "m"
      // (الوزير، الذي توعد المهربين بـ"الملاحقة والعقاب": a bare form right after a relative pronoun whose antecedent is a
      // person named right before it, a comma between them allowed: that person's words; thirty-seventh session)
      if (bare && commas === 0 && k - 1 > this.ps && this.t.kinds[k - 1] === WORD && this.lex.relativePronouns.has(this.keys[k - 1]!)) {
        const person = this.personBeforeRelative(this.isPunct(k - 2, COMMAS) ? k - 3 : k - 2)
        if (person === null) return null
        const cue = this.verbCue(k, k + 1, { form, gender, continues: false, needsMark: true, alsoNoun: true, english: false }, this.pe, 0)
        return { cue, speaker: entitySpeaker(person) }
      }
      // (or after the name that opens its clause, `X يتهم بعض المحللين بـ"…"`, `وكان X قد اتهم Y بـ"…"`: nameOpensClause;
      // forty-third session, helper accuse)
      const first = bare && !tail && !throughNoun && verbs === this.lex.chargeVerbs ? this.nameOpensClause(k) : null
      // (a phrase of time or place leading the sentence before a verb of charging with its marks right after its
      // preposition, `وفي إطار قلقه دعا X Y إلى «…»`, `وفي بيان على موقعها نسبت X الهجوم إلى «…»`: the verb is the
      // sentence's main verb all the same; forty-eighth session, helper shortar)
      if (bare && !inDocument && first === null && !(this.clauseOpensAt(k, key[0] !== WAW) || ((tail || (verbs === this.lex.chargeVerbs && !throughNoun && !inside)) && this.timeLeadBefore(k)))) return null
      // (through a verbal noun, no demonstrative subject right after the verb, `اتهمت تلك الزعامات X بالضلوع في «…»`: the
      // person after it is the object)
      if (throughNoun && k + 1 < p && this.t.kinds[k + 1] === WORD && (this.lex.subjectDemonstratives.has(this.keys[k + 1]!) || this.lex.timeDemonstratives.has(this.keys[k + 1]!))) return null
      const cue = this.verbCue(k, k + 1, { form, gender, continues: false, needsMark: true, alsoNoun: true, english: false }, this.pe, bare ? 0 : 1)
      // (through a verbal noun, a country right after a feminine verb speaks through its government as well, `واتهمت
      // الولايات المتحدة إيران بالتصرف …`; fortieth session, helper nouncues)
      if (tail && !this.namedSubjectAfter(cue)) return null
      // (a document opens the subject, `واتهم البيان السعودي الدوحة "بدعم …"`: the noun and its adjectives, not the object)
      if (first === null && inside && !this.namedSubjectAfter(cue)) {
        const doc = this.documentSubject(cue)
        if (doc !== null) return { cue, speaker: doc }
      }
      if (first === null && !this.namedSubjectAfter(cue)) {
        // (the titled person is the speaker already resolved: not resolved a second time)
        const titled = this.titledPersonSubject(cue)
        if (titled !== null) return { cue, speaker: titled }
        if (!((verbs === this.lex.complainingVerbs && this.pluralSubjectAfter(cue)) || ((gender === "f" || form.startsWith("\u062a")) && this.placeSubjectAfter(cue) && (throughNoun || verbs === this.lex.expressVerbs || this.objectAfterPlace(cue, p))) || (commas === 2 && this.namedAfterComma(k + 1, p)) || (inDocument && this.inDocument(cue)))) return null
      }
      return { cue, speaker: this.speakerOfCue(cue, true) }
    }
    return null
  }

  /**
   * Do the marks `m` open with the preposition of a verb of charging: `على` or `إلى` as a word, or a verbal noun glued to
   * `ب` (`"بدعم …"`, `«بالعودة …»`; not `بأنه`), with a word right before the marks (forty-fifth session, helper accuse)?
   */
  protected prepositionInside(m: Mark): boolean {
    const a = m.open + 1
    if (a >= m.close || this.t.kinds[a] !== WORD || this.t.kinds[m.open - 1] !== WORD) return false
    const key = this.keys[a]!
    return this.lex.chargePrepositions.has(key) || (key.length >= 4 && key.startsWith(BA_KEY) && !this.lex.baAnna.has(key))
  }

  /**
   * A definite document noun (`documentNouns`: `البيان`, `التقرير`) opening the subject of `cue`, with up to two definite
   * adjectives of relation after it (`البيان السعودي`; the object after them is left out): that speaker, or null
   * (forty-fifth session, helper accuse).
   */
  protected documentSubject(cue: Cue): Speaker | null {
    if (cue.speaker === null) return null
    const [a, b] = cue.speaker
    const key = this.keys[a]!
    if (this.t.kinds[a] !== WORD || !key.startsWith(ALEF_LAM) || docStem(key, this.lex.documentNouns) === null) return null
    let end = a + 1
    while (end < b && end < a + 3 && this.t.kinds[end] === WORD && isNisbaKey(this.keys[end]!, "definite")) end++
    // (the object stays after the subject: a document alone before the marks is the object, `اتهم X البيان "بـ…"`)
    if (end >= b) return null
    const o = this.orig(this.t.starts[a]!, this.t.ends[end - 1]!)
    return { text: this.text.slice(o.start, o.end), entityId: null, gender: null, person: false }
  }

  /**
   * Does a bare verb at token `k` open its clause: the paragraph's or the sentence's start, a clause opener right before
   * it (`قد`, `كما`), or, with `afterComma`, a comma before it (`من جهة أخرى، اتهم X`)?
   */
  protected clauseOpensAt(k: number, afterComma: boolean): boolean {
    return k === this.ps || this.isSentenceEnd(k - 1) || (this.t.kinds[k - 1] === WORD && this.lex.clauseOpeners.has(this.keys[k - 1]!)) || (afterComma && this.isPunct(k - 1, COMMAS))
  }

  /**
   * Does a phrase of time or place open the sentence right before the verb at `k` (`وفي ذكرى افتتاح الجسر في 3
   * مارس/آذار الماضي طالب X …`; forty-second session): `في`, `خلال`, `بعد`, `قبل`, `عقب` or `منذ` (its و allowed) at
   * the sentence's start, then at most {@link TIME_LEAD} tokens of words, numbers and slashes, no complementizer?
   */
  protected timeLeadBefore(k: number): boolean {
    const s = this.sentenceStart(k)
    if (k - s < 2 || k - s > TIME_LEAD || this.t.kinds[s] !== WORD || !TIME_LEADS.has(withoutConjunction(this.keys[s]!))) return false
    for (let q = s + 1; q < k; q++) {
      if (this.t.kinds[q] === NUM || (this.t.kinds[q] === PUNCT && this.keys[q] === "/")) continue
      if (this.t.kinds[q] !== WORD || this.lex.complementizers.has(this.keys[q]!)) return false
    }
    return true
  }

  /** Is the word at `k` a preposition of a verb of charging, or glued to ب (not `بأنه`) or to `لل` (`بزي`, `للسجناء`)? */
  protected complementWord(k: number): boolean {
    const key = this.keys[k]!
    return this.t.kinds[k] === WORD && (this.lex.chargePrepositions.has(key) || key.startsWith(LAL) || (key.length >= 3 && key.startsWith(BA_KEY) && !this.lex.baAnna.has(key)))
  }

  /**
   * Do the marks `m` (`words` words) end the sentence of a demand as its tail (forty-second session, helper short, after
   * the A78 reading's `طالب X بزي للسجناء "كما في غوانتانامو"`): spaced from a word before them, two to
   * {@link TAIL_WORDS} words alone, the first with no article, a full stop or the paragraph's end right after them,
   * three words or more or two that read as no name ({@link partNotName}), no code? {@link chargeBefore} then looks for the verb of charging and its
   * complement's preposition before them.
   */
  protected demandTail(m: Mark, words: number): boolean {
    if (words < 2 || words > TAIL_WORDS || m.open - 1 <= this.ps || this.t.kinds[m.open - 1] !== WORD || this.t.spaced[m.open] === 0) return false
    if (!(m.close + 1 >= this.pe || this.isSentenceEnd(m.close + 1))) return false
    const a = m.open + 1
    const b = m.close
    // (words alone, the first with no article: `بتدعيم مركزي «المحور، الظهير الأيسر»` lists two posts)
    if (this.t.kinds[a] !== WORD || this.keys[a]!.startsWith(ALEF_LAM) || !this.wordsOnly(a, b)) return false
    return !this.codeShaped(a, b) && (words >= MIN_WORDS_CUED || this.partNotName(m, a, b))
  }

  /**
   * Are two or three words in the marks `m` an epithet's shape (forty-second session): a definite adjective (a nisba
   * or a participle in `م`) and a second one with `وال` or an adverb glued to `ب` (`"الهمجي والإجرامي"`, `«المعيب
   * بشدة»`), or `غير` and a definite word (`«غير المثمرة»`)?
   */
  protected epithetMarks(a: number, b: number): boolean {
    const ws: Array<number> = []
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] !== WORD) return false
      ws.push(k)
    }
    if (ws.length < 2 || ws.length > 3) return false
    const first = this.keys[ws[0]!]!
    const second = this.keys[ws[1]!]!
    if (first === GHAYR) return ws.length === 2 && second.startsWith(ALEF_LAM)
    if (!first.startsWith(ALEF_LAM) || !this.adjectiveShaped(ws[0]!, 2)) return false
    if (ws.length === 3) return false
    if (second.startsWith(WAW + ALEF_LAM)) return this.adjectiveShaped(ws[1]!, 3)
    return second.length >= 4 && second.startsWith(BA_KEY) && !second.startsWith(BA_KEY + ALEF_LAM)
  }

  /** Is the word at `k`, its first `skip` letters left out, a nisba (`ي`, `ية`) or a participle in `م`? */
  protected adjectiveShaped(k: number, skip: number): boolean {
    const written = this.written(k)
    const key = this.keys[k]!.slice(skip)
    const stem = written.endsWith("\u0629") ? key.slice(0, -1) : key
    return stem.length >= 3 && (stem.endsWith("\u064a") || (stem.startsWith("\u0645") && ADJECTIVE_STEM.test(stem)))
  }

  /**
   * A verb of condemning (`condemningVerbs`: `دان`, `أدان`, `ندد`, `استنكر`) whose object's last word, definite, stands
   * right before marks of two or three words in an epithet's shape ({@link epithetMarks}), words alone between them
   * within the cue window and no complementizer (forty-second session, helper short, after the A79 reading's `وكان حزب
   * الوسط دان تكرار الاعتداءات "الوحشية والمتعمدة"`): the verb as a cue and its subject, named after it where
   * the verb opens its clause (`أدان X النظام القضائي «المعيب بشدة»`), or named between `كان`/`وكان` and it
   * (`وكان X دان …`: one to {@link KANA_EPITHET} words holding a person or an organisation). Else null.
   */
  protected condemnedEpithet(m: Mark, words: number): { cue: Cue; speaker: Speaker | null } | null {
    const t = this.t
    const p = m.open - 1
    if (words < 2 || words > 3 || p <= this.ps || t.kinds[p] !== WORD || t.spaced[m.open] === 0 || !this.keys[p]!.startsWith(ALEF_LAM)) return null
    if (!this.epithetMarks(m.open + 1, m.close)) return null
    for (let k = p - 1; k >= Math.max(this.ps, p - CUE_WINDOW); k--) {
      if (t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      if (this.lex.complementizers.has(key)) return null
      const form = verbFormOf(key, this.lex.condemningVerbs, 3)
      if (form === null) continue
      const bare = form === key
      const gender = form.endsWith("\u062a") || form.startsWith("\u062a") ? "f" : "m"
      const cue = this.verbCue(k, k + 1, { form, gender, continues: false, needsMark: true, alsoNoun: true, english: false }, this.pe, bare ? 0 : 1)
      // (the subject between `كان` and a bare verb: وكان حزب X دان …)
      if (bare && k > this.ps) {
        for (let q = k - 1; q >= Math.max(this.ps, k - 1 - KANA_EPITHET); q--) {
          if (t.kinds[q] !== WORD) break
          if (!this.lex.kanaAuxiliary.has(withoutConjunction(this.keys[q]!, 3))) continue
          if (q === k - 1 || this.entities.length === 0) return null
          if (!this.hasSpeakerEntity([q + 1, k])) return null
          return { cue, speaker: this.resolve([q + 1, k], gender) }
        }
      }
      // (else the verb opens its clause and names its subject after it)
      if (bare && !this.clauseOpensAt(k, true)) return null
      if (!this.namedSubjectAfter(cue)) return null
      return { cue, speaker: this.speakerOfCue(cue, true) }
    }
    return null
  }

  /**
   * Marks of three words or more glued to `لـ` right after a noun with its subject's pronoun (`استعداده`, `رغبتها`,
   * `دعمهم`), the noun right after a verb of expressing and `عن` (`أعرب X عن استغرابه لـ«…»`), after the subject of a
   * verb of showing a stance (`stanceVerbs`: `أبدى X استعداده لـ"…"`; no stop word such as `في` in that subject) or
   * after a participle of declaring one that opens its clause after a comma (`stanceParticiples`: `، معلنا دعمه لـ«…»`)
   * (forty-second session): the verb or the participle as a cue and its speaker, read as {@link chargeBefore} and
   * {@link accusingBefore} read theirs; else null. One to three words glued to `لـ` are otherwise a name (an outlet, a
   * thing owned).
   */
  protected stanceBefore(m: Mark, words: number): { cue: Cue; speaker: Speaker | null } | null {
    const lam = m.open - 1
    if (words < MIN_WORDS_CUED || lam - 2 <= this.ps || this.t.spaced[m.open] !== 0 || this.t.kinds[lam] !== WORD || this.keys[lam] !== LAM_KEY) return null
    const noun = lam - 1
    const before = noun - 1
    if (this.t.kinds[noun] !== WORD || this.t.kinds[before] !== WORD || !this.withPronoun(noun)) return null
    const key = this.keys[before]!
    if (this.lex.stanceParticiples.has(key)) {
      if (!this.isPunct(before - 1, COMMAS)) return null
      const cue = this.participleCue(before, participleGender(key))
      return { cue, speaker: this.speakerOfCue(cue, true) }
    }
    if (key === AN) return this.chargeBefore(m, words, before, this.lex.expressVerbs)
    // (the words between the verb and the noun its subject alone: `أبدى X في حديثه لـ«…»` names an outlet)
    const shown = this.chargeBefore(m, words, before, this.lex.stanceVerbs)
    if (shown === null) return null
    for (let k = shown.cue.end; k < noun; k++) if (this.t.kinds[k] === WORD && this.lex.arStops.has(this.keys[k]!)) return null
    return shown
  }

  /**
   * Marks of three words or more, spaced from the word before them, that hold the object of a verb of expressing or
   * revealing after its `عن` (fifty-eighth session, helper arread2, after the A113 reading): right after the noun with
   * its subject's pronoun the verb expresses (`وأعرب X عن استعداده "تقديم مساعدة إضافية"`); after that noun and one to
   * three words glued to `لـ` first, when the marks open with a preposition (`وعبر X عن امتنانه لدول التحالف «على ما
   * قدمته …»`); or, for a verb of revealing (`revealVerbs`), after `عن` and one word, the marks opening with a
   * preposition (`وكشف X عن أكثر "من ألف محاولة"`). The verb as a cue and its named subject, read as
   * {@link chargeBefore} reads them; else null. Marks right after `عن` are read by the cue rules as before.
   */
  protected expressedPiece(m: Mark, words: number): { cue: Cue; speaker: Speaker | null } | null {
    const w = m.open - 1
    if (words < MIN_WORDS_CUED || w - 2 <= this.ps || this.t.spaced[m.open] === 0 || this.t.kinds[w] !== WORD) return null
    const first = m.open + 1
    const preposition = first < m.close && this.t.kinds[first] === WORD && (this.lex.objectPrepositions.has(this.keys[first]!) || this.lex.chargePrepositions.has(this.keys[first]!))
    if (preposition && this.t.kinds[w - 1] === WORD && this.keys[w - 1] === AN) {
      const revealed = this.chargeBefore(m, words, w - 1, this.lex.revealVerbs)
      if (revealed !== null) return revealed
    }
    // (the noun with its pronoun: right before the marks, or before a phrase of لـ when the marks open with a preposition)
    let noun = w
    if (!this.withPronoun(w) || this.keys[w - 1] !== AN) {
      if (!preposition) return null
      noun = -1
      for (let k = w; k >= Math.max(this.ps + 2, w - 3); k--) {
        if (this.t.kinds[k] !== WORD) return null
        if (this.keys[k]!.startsWith(LAM_KEY) && k > this.ps + 1 && this.t.kinds[k - 1] === WORD && this.withPronoun(k - 1) && this.keys[k - 2] === AN) {
          noun = k - 1
          break
        }
      }
      if (noun < 0) return null
    }
    return this.chargeBefore(m, words, noun - 1, this.lex.expressVerbs)
  }

  /**
   * Do the marks `m` (three words or more) go on, later in the same sentence, with the object of a verb of expressing or
   * revealing that {@link expressedPiece} read (`وأعرب X عن استعداده "تقديم مساعدة إضافية" لفرنسا لمواجهة "وضع غير
   * مقبول"`): no sentence end, other marks, participle, according phrase or person between them ({@link laterPiece}),
   * and no name nor code in the marks (fifty-eighth session, helper arread2)?
   */
  protected expressedGoesOn(previous: { b: number; cue: Cue | null; reported?: boolean }, m: Mark, words: number): boolean {
    if (words < MIN_WORDS_CUED || previous.reported !== true || previous.cue === null || previous.cue.english) return false
    const key = this.keys[previous.cue.at]!
    if (!(this.expressingVerb(previous.cue) || this.lex.revealVerbs.has(key) || this.lex.revealVerbs.has(withoutConjunction(key, 3)))) return false
    const a = m.open + 1
    return this.laterPiece(previous.b, m.open) && !this.codeShaped(a, m.close) && !(this.entities.length > 0 && this.marksOneName(a, m.close))
  }

  /**
   * A verbal noun glued to ب (five letters or more, not `بأنه`  /**
   * A verbal noun glued to ب (five letters or more, not `بأنه`  /**
   * A verbal noun glued to ب (five letters or more, not `بأنه`: `بالتصرف`, `بارتكاب`, `بمحاولة`) at `p` or up to
   * `CHARGE_NOUN_GAP` words before it, words alone between and no complementizer, relative pronoun or verb of speech,
   * the word at `p` itself such a noun or a preposition (fortieth session, helper nouncues): the index of the first such
   * word, else -1.
   */
  protected chargeNounBefore(p: number): number {
    // (the word right before the marks is the noun, a word glued to ب or a preposition: after any other noun the marks
    // name it, `بتنفيذ خطة «…»`, `بإدانة الحادثة "…"`)
    const last = this.keys[p]!
    if (!((last.length >= 5 && last.startsWith(BA_KEY)) || this.lex.objectPrepositions.has(last) || last === FI)) return -1
    let noun = -1
    for (let k = p; k >= Math.max(this.ps + 1, p - CHARGE_NOUN_GAP); k--) {
      if (this.t.kinds[k] !== WORD) break
      const key = this.keys[k]!
      if (this.lex.complementizers.has(key) || this.lex.relativePronouns.has(key) || this.lex.verbs.longestAt(this.keys, k, k + 1) !== null) break
      // (the first of two: `بالتصرف بصورة «…»`, a noun and its manner)
      if (key.length >= 5 && key.startsWith(BA_KEY) && !this.lex.baAnna.has(key)) noun = k
    }
    return noun
  }

  /**
   * A participle of accusing (`chargeParticiples`: `متهما`, `مهددة`) before the marks at `m` (thirty-eighth session):
   * right before the marks `بأن`/`بأنه`/`بأنها` (`baAnna`), `ب` alone or a word of five letters or more glued to `ب`
   * (`بارتكاب`, `بكونها`); before it, within four words, the participle, after a comma or with `إياه`/`إياها` right
   * after it (`…، متهمة إياها بأنها «…»`, `، متهما التلفزيون الرسمي بارتكاب «…»`), words alone between. The participle
   * as a cue and its speaker (the subject of the clause it follows, as a participle's speaker is read); else null.
   * Since the fifty-eighth session (helper arread2, after the A112 reading) the `ب` may open the marks, spaced from the
   * object right before them (`، مشبهًا الحال «بالفلتان الفني»`; `مشبها` joined `chargeParticiples` then).
   */
  protected accusingBefore(m: Mark): { cue: Cue; speaker: Speaker | null } | null {
    const p = m.open - 1
    if (p <= this.ps || this.t.kinds[p] !== WORD) return null
    const charge = this.keys[p]!
    const inside = this.t.spaced[m.open] !== 0 && this.baInside(m)
    if (!inside && !(this.lex.baAnna.has(charge) || charge === BA_KEY || (charge.startsWith(BA_KEY) && charge.length >= 5))) return null
    for (let k = p - 1; k >= Math.max(this.ps + 1, p - 4); k--) {
      if (this.t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      if (!this.lex.chargeParticiples.has(key)) continue
      const iyya = k + 1 < p && this.lex.objectIyya.has(this.keys[k + 1]!)
      if (!iyya && !this.isPunct(k - 1, COMMAS)) return null
      const cue = this.participleCue(k, participleGender(key))
      return { cue, speaker: this.speakerOfCue(cue, true) }
    }
    return null
  }

  /** Do the marks `m` open with a word of five letters or more glued to `ب` (`«بالفلتان …»`; not `بأنه`)? */
  protected baInside(m: Mark): boolean {
    const a = m.open + 1
    if (a >= m.close || this.t.kinds[a] !== WORD) return false
    const key = this.keys[a]!
    return key.length >= 5 && key.startsWith(BA_KEY) && !this.lex.baAnna.has(key)
  }

  /**
   * A participle of accusing ({@link accusingBefore}) between the cue `cue` found before the marks `m` and them, two
   * words or more in the marks and no name on them (`وقال X إنه سينشر …، متهما التلفزيون بارتكاب «عمل تخريبي»`): the
   * participle speaks, as it does with no cue before it (fortieth session). Else null.
   */
  protected accusedAfter(m: Mark, cue: Cue, a: number, b: number, words: number): { cue: Cue; speaker: Speaker | null } | null {
    if (words < 2 || cue.english || (this.entities.length > 0 && this.marksOneName(a, b))) return null
    const accused = this.accusingBefore(m)
    return accused !== null && accused.cue.at > cue.at ? accused : null
  }

  /**
   * A verb of describing with its object pronoun (`وصفته`, `يصفها`, `اعتبره`: a form that needs a mark and ends with
   * `ه`/`ها`/`هم`) right after a noun (the thing it describes: `اتصال وصفته`, `عمل وصفه`), then its subject (the verb's
   * speaker phrase, one to five words that end before `بأنه`; a speaker read from it), then `بأنه`/`بأنها`/`بأنهم` spaced
   * right before the marks at `m`, words alone between (thirty-second session): the verb as a cue and its speaker. Not
   * after a clause opener, a relative or `ما` (the cue scanner reads those), nor after a preposition (`على وصف`), nor
   * with no subject (`ما وصف بأنه «…»`).
   */
  protected calledBefore(m: Mark): { cue: Cue; speaker: Speaker | null } | null {
    const p = m.open - 1
    if (p <= this.ps || this.t.kinds[p] !== WORD || this.t.spaced[m.open] === 0 || !this.lex.baAnnaPronoun.has(this.keys[p]!)) return null
    for (let k = p - 2; k >= Math.max(this.ps + 1, p - 7); k--) {
      if (this.t.kinds[k] !== WORD) return null
      const v = this.lex.verbs.longestAt(this.keys, k, k + 1)
      if (v === null) continue
      const verb = v.value
      if (verb.english || !verb.needsMark || !/[\u0647](?:[\u0627\u0645])?$/.test(verb.form)) return null
      const w = k - 1
      if (this.t.kinds[w] !== WORD) return null
      const noun = this.keys[w]!
      if (this.lex.clauseOpeners.has(noun) || this.lex.arStops.has(noun) || this.lex.complementizers.has(noun) || this.lex.relativePronouns.has(noun) || this.lex.objectClauseOpeners.has(noun) || noun.length < 3) return null
      // (`وفي معرض وصفه لنقاش الكونغرس الاتفاق بأنه «…»، قال X`: after a noun of a frame the verb is its verbal noun;
      // fifty-fifth session, helper arshape)
      if (this.lex.describingNounFrames.has(noun)) return null
      const cue = this.verbCue(k, k + 1, verb, this.pe, 0)
      if (cue.speaker === null || cue.speaker[1] > p) return null
      const speaker = this.speakerOfCue(cue, true)
      return speaker === null ? null : { cue, speaker }
    }
    return null
  }

  /**
   * A verb of describing (`objectVerbs`: `وصف`, `اعتبر`) that opens its clause and names its subject, its object then
   * running on for a long phrase before `بأنه`/`بأنها`/`بأنهم`/`بأنهما` or `ب` right before the marks at `m` (fortieth
   * session): `ووصف X، الذي سيبدأ …، فوزه في السباق بأنه «…»`, `ووصف X، زيارة الوفد، لبلاده بـ«…»`, `ووصف X منتقديه
   * بأنهم «…»`. The cue scanner reaches such marks only within its window, through `بأنه`/`بأنها` and with words alone
   * between; here words, numbers and up to {@link DESCRIBED_COMMAS} commas may stand between, at most
   * {@link REPORTED_WINDOW} tokens, with no mark, colon, sentence end, complementizer or other speech verb. The verb's
   * cue (from `cues`) and its speaker; else null.
   */
  protected describedFar(m: Mark, cues: ReadonlyArray<Cue>): { cue: Cue; speaker: Speaker | null } | null {
    const p = m.open - 1
    if (p <= this.ps || this.t.kinds[p] !== WORD) return null
    const called = this.keys[p]!
    // (`بأنه` spaced from the marks, `بأنه"رائد"` glued is no such frame; no number, Latin letter or name in the marks,
    // `بأنه "2015"`, `بـ"iPhone"`, `بـ"الهلال"`, as the nearer rules of describing read them)
    if (!((this.lex.baAnnaPronoun.has(called) && this.t.spaced[m.open] !== 0) || called === BA_KEY)) return null
    for (let k = m.open + 1; k < m.close; k++) if (this.t.kinds[k] === NUM || (this.t.kinds[k] === WORD && /[a-z0-9]/i.test(this.keys[k]!))) return null
    if (this.entities.length > 0 && this.marksOneName(m.open + 1, m.close)) return null
    let commas = 0
    for (let k = p - 1; k >= Math.max(this.ps, p - REPORTED_WINDOW); k--) {
      if (this.t.kinds[k] === NUM) continue
      if (this.t.kinds[k] !== WORD) {
        if (!this.isPunct(k, COMMAS) || ++commas > DESCRIBED_COMMAS) return null
        continue
      }
      const key = this.keys[k]!
      if (this.lex.complementizers.has(key) || this.lex.baAnna.has(key)) return null
      const describing = this.lex.objectVerbs.has(key) || this.lex.objectVerbs.has(withoutConjunction(key, 3))
      if (!describing) {
        if (this.verbAt(k, this.pe) > 0) return null
        continue
      }
      // (the verb's cue by binary search: cues are in text order, and a paragraph may hold thousands)
      const at = firstCueFrom(cues, k)
      const cue = cues[at]?.at === k ? cues[at] : undefined
      // (the speaker phrase may run on to `بأنهم`, which is no complementizer of the cue scanner)
      if (cue === undefined || !this.describingVerb(cue) || cue.speaker === null || cue.speaker[1] > p + 1) return null
      // (the verb opens its clause: its و/ف (a form found only without it), the sentence's start, a clause opener (`قد`)
      // or a comma before it; not the verbal noun, `بما في ذلك وصف الإسلام بـ«…»`, whose subject is not named)
      const opens = !this.lex.objectVerbs.has(key) || this.clauseOpensAt(k, true)
      // (or a person whose name ends the subject phrase, a comma right after it: `وصف وزير … الدكتور X، زيارة …`)
      const named = this.namedSubjectAfter(cue) || (cue.speaker[1] - cue.speaker[0] <= DESCRIBED_SUBJECT && this.isPunct(cue.speaker[1], COMMAS) && this.personBeforeRelative(cue.speaker[1] - 1) !== null)
      if (!opens || !named) return null
      const speaker = this.speakerOfCue(cue, true)
      return speaker === null ? null : { cue, speaker }
    }
    return null
  }

  /**
   * Does a person or an organisation start right after the first comma in tokens `[a, b)` (the name set off after a
   * role, `واتهم الرئيس الأمريكي، X، …`; thirty-fifth session)?
   */
  protected namedAfterComma(a: number, b: number): boolean {
    for (let k = a; k < b - 1; k++) {
      if (!this.isPunct(k, COMMAS)) continue
      const e = this.entities.length > 0 ? this.entityStartingAt(k + 1) : null
      return e !== null && (e.type === "PERSON" || e.type === "ORGANIZATION")
    }
    return false
  }

  /** Is the cue an Arabic verb of `chargePrepositions` in the lexicon (`chargeVerbs`: `هدد`, `اتهم`, `أثنى`, `دعا`, with or without its و/ف)? */
  protected chargingVerb(cue: Cue): boolean {
    if (cue.english || cue.kind !== "verb") return false
    const key = this.keys[cue.at]!
    return this.lex.chargeVerbs.has(key) || this.lex.chargeVerbs.has(withoutConjunction(key, 3))
  }

  /**
   * Is `من` at token `j`, right before the marks `m`, what a verb of warning with its subject named reports through
   * (`وحذر X من «…»`, words alone between; fortieth session)?
   */
  protected warnedOf(cue: Cue, j: number, m: Mark): boolean {
    return j === m.open - 1 && this.warningVerb(cue) && this.wordsOnly(cue.end, j) && this.namedSubjectAfter(cue)
  }

  /**
   * Marks of three words or more right after `من`, after a verb of complaining (`complainingVerbs`: `شكا`, `اشتكى`) that
   * opens its clause and words alone (`وشكا X من «…»`, `في المقابل، شكا القطريون من "…"`): that verb as a cue and its
   * subject, read as {@link chargeBefore} reads a verb of charging (forty-fifth session, helper accuse, from the A85
   * reading)?
   */
  protected complainedOf(m: Mark, words: number): { cue: Cue; speaker: Speaker | null } | null {
    if (words < MIN_WORDS_CUED || m.open - 1 <= this.ps || this.t.kinds[m.open - 1] !== WORD || this.keys[m.open - 1] !== MIN) return null
    return this.chargeBefore(m, words, m.open - 1, this.lex.complainingVerbs)
  }

  /**
   * One to three words in the marks `m` right after a verb of naming with its object pronoun after `ما` or a relative
   * ({@link namedAs}: `ما سماه`, `ما أسمته`), in the clause of a verb of calling or charging (`chargeVerbs`: `دعا`,
   * `طالب`, `حث`, `اتهم`) that opens its sentence and names its subject, words alone (and commas in a pair) between
   * them (`ودعا X، وزير البناء، إلى بناء ما سماه «الهيكل الثالث» مكان …`): the term is the caller's own
   * (forty-eighth session, helper shortar). Read back from the word before `ما` as {@link chargeBefore} reads a verb's
   * preposition; the naming verb's gender (`سمته`, `أسمتها`: feminine) must be the caller's. Where no verb reports the
   * clause and no such verb opens it (`توجه إلى ما سماه «الجهاد»`, `ما أسموه «الربيع العربي»`), nothing.
   */
  protected namedByCaller(m: Mark, words: number): { cue: Cue; speaker: Speaker | null } | null {
    if (words > 3 || !this.namedAs(m)) return null
    const v = m.open - 1
    const charged = this.chargeBefore(m, words, v - 1, this.lex.chargeVerbs)
    if (charged === null || charged.speaker === null || charged.cue.speaker === null || charged.cue.speaker[1] > v - 1) return null
    const naming = this.keys[v]!
    const feminine = FEMININE_NAMING.test(naming)
    if ((charged.cue.gender === "f") !== feminine) return null
    return charged
  }

  /**
   * Do the marks `m` stand right before `وذلك في` or `وذلك خلال` (a comma between allowed) and a noun of a speech
   * (`speechOccasions`: `خطاب`, `كلمة ألقاها`, `تصريحات`, `مقابلته`, `بيان`), the occasion on which the sentence's
   * subject said them (`جدد X دعوته …، باعتباره «…»، وذلك في كلمة ألقاها`, `وأقر X أن … سيستخدم لتمويل «…»، وذلك في
   * خطاب طويل`; forty-ninth session, helper arshort)? Four tokens at most after the closing mark, in its sentence.
   */
  protected speechOccasionAfter(m: Mark): boolean {
    let k = m.close + 1
    if (k < this.pe && this.isPunct(k, COMMAS)) k++
    if (k + 2 >= this.pe || this.t.kinds[k] !== WORD || this.keys[k] !== WA_DHALIKA) return false
    if (this.t.kinds[k + 1] !== WORD || (this.keys[k + 1] !== FI && this.keys[k + 1] !== KHILAL)) return false
    return this.t.kinds[k + 2] === WORD && this.lex.speechOccasions.has(this.keys[k + 2]!)
  }

  /**
   * A verb of acknowledging (`acknowledgingVerbs`: `أقر`, `أقرت`, `يقر`) that opens its clause (as {@link chargeBefore}
   * reads a bare form, or after a lead of time or place), a person or an organisation starting its subject and a
   * complementizer within {@link ACK_SUBJECT} tokens after it, read back from the marks `m` (two words or more) within
   * {@link REPORTED_WINDOW} tokens in their sentence, no mark, colon or speech verb between (`وأقر X أن قسما من الأموال …
   * سيستخدم لتمويل «أنشطة إرهابية»`, `وأقرت المتحدثة باسم الحكومة X قبل التصويت بأنه إذا … «…»`; forty-ninth session,
   * helper arshort): that verb as a cue and its subject. Not `أقر المجلس نظام «…»` (no complementizer: a law passed).
   */
  protected acknowledgedBefore(m: Mark, words: number): { cue: Cue; speaker: Speaker | null } | null {
    if (words < 2 || this.entities.length === 0) return null
    const s = Math.max(this.ps, this.sentenceStart(m.open), m.open - REPORTED_WINDOW)
    let comp = -1
    for (let k = m.open - 1; k >= s; k--) {
      if (this.t.kinds[k] === PUNCT && (this.isColon(k) || this.markChar(k) !== null)) return null
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (this.lex.complementizers.has(key)) {
        comp = k
        continue
      }
      const form = verbFormOf(key, this.lex.acknowledgingVerbs, 3)
      if (form === null) {
        if (this.verbAt(k, m.open) > 0) return null
        continue
      }
      if (comp < 0 || comp - k > ACK_SUBJECT) return null
      const bare = form === key
      if (bare && !(this.clauseOpensAt(k, key[0] !== WAW) || this.timeLeadBefore(k))) return null
      const gender = form.endsWith("\u062a") ? "f" : form.endsWith("\u0648\u0627") || form.endsWith("\u0648\u0646") ? "p" : "m"
      const cue = this.verbCue(k, k + 1, { form, gender, continues: false, needsMark: true, alsoNoun: true, english: false }, this.pe, bare ? 0 : 1)
      if (cue.speaker === null || cue.speaker[1] > comp || !(this.namedSubjectAfter(cue) || this.personInPhrase(cue.speaker[0], cue.speaker[1]))) return null
      return { cue, speaker: this.speakerOfCue(cue, false) }
    }
    return null
  }

  /** Does a person the entity stage tagged start at a token of `[a, b)` (`المتحدثة باسم الحكومة X`; forty-ninth session)? */
  protected personInPhrase(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.entityStartingAt(k)?.type === "PERSON") return true
    return false
  }

  /** Is a plural noun of people the subject right after the verb of `cue` (`شكا القطريون`; forty-fifth session)? */
  protected pluralSubjectAfter(cue: Cue): boolean {
    return cue.speaker !== null && cue.speaker[0] === cue.end && this.pluralNounAt(cue.speaker[0])
  }

  /** Is the cue an Arabic verb of warning (`warningVerbs`: `حذر`, `يحذر`, with or without its و/ف; fortieth session)? */
  protected warningVerb(cue: Cue): boolean {
    if (cue.english || cue.kind !== "verb") return false
    const key = this.keys[cue.at]!
    return this.lex.warningVerbs.has(key) || this.lex.warningVerbs.has(withoutConjunction(key, 3))
  }

  /** Is the cue an Arabic verb of expressing (`expressVerbs`: `أعرب`, `عبّر`, with or without its و/ف)? */
  protected expressingVerb(cue: Cue): boolean {
    if (cue.english || cue.kind !== "verb") return false
    const key = this.keys[cue.at]!
    return this.lex.expressVerbs.has(key) || this.lex.expressVerbs.has(withoutConjunction(key, 3))
  }

  /**
   * Does the Arabic verb of the cue have `فيه`/`فيها` right after it and a speaker, the issuer of a document named before
   * it (`بيانا أعرب فيه عن «…»`; twenty-fourth session)?
   */
  protected inDocument(cue: Cue): boolean {
    return !cue.english && cue.kind === "verb" && cue.end < this.pe && this.lex.fiPronouns.has(this.keys[cue.end]!) && this.entities.length > 0 && this.speakerOfCue(cue, true) !== null
  }

  /**
   * Does the object of a bare verb of describing open with `ما` or a demonstrative (`objectDemonstratives`: `هذا`,
   * `هذه`, `ذلك`) right after the verb, or right after one definite word that is its subject, before `بـ` and one to
   * three words in marks (`ووصف ما يحدث في المدينة بـ«المأساة»`, `ووصفت الهيئة هذا القرار بـ«…»`; forty-seventh
   * session, helper short)? A noun right after the verb was as often its object as its subject (`وصفت الحكومة
   * الغارات بـ`), which is why {@link cueBefore} asks for a named subject there; with the object so opened the word
   * before it is the subject. With the subject left unsaid, only when a verb of speech whose speaker was read
   * (`cueSpeakers`, not an according phrase) stands earlier in the same sentence or the one before and the chain still
   * holds that speaker ({@link droppedDescriber}): `وأكد X أن … ووصف ما يحدث بـ«…»`, `وأشار الباحث إلى أن … كما وصف
   * هذا النوع بـ«…»`; not `وصدر بيان من النادي، انتقد المدرب ووصف ما قاله بـ“…”`, where the chain held the coach.
   */
  protected describedObjectOpens(cue: Cue, m: Mark): boolean {
    if (cue.english || cue.kind !== "verb" || !this.describingVerb(cue) || this.wordCount(m.open + 1, m.close) > 3) return false
    const t = this.t
    const e = cue.end
    if (e >= m.open || t.kinds[e] !== WORD) return false
    if (this.opensDescribedObject(e)) return this.droppedDescriber(cue) !== null
    return e + 1 < m.open && this.opensDescribedObject(e + 1) && this.definiteWord(e) && !this.lex.objectDemonstratives.has(this.keys[e]!)
  }

  /** Does the object of a verb of describing open at token `k` with `ما` or a demonstrative (`ما يحدث`, `هذا التصرف`)? */
  protected opensDescribedObject(k: number): boolean {
    return this.t.kinds[k] === WORD && (this.keys[k] === MA || this.lex.objectDemonstratives.has(this.keys[k]!))
  }

  /**
   * The speaker of the last Arabic speech verb before `cue` whose speaker was read (`cueSpeakers`, not an according
   * phrase), when it stands in the sentence of `cue` or the one before, or null (forty-seventh session, helper short).
   */
  protected droppedDescriber(cue: Cue): Speaker | null {
    const s = this.sentenceStart(cue.at)
    const from = s > this.ps ? this.sentenceStart(s - 1) : s
    for (let i = this.cueSpeakers.length - 1; i >= 0; i--) {
      const [at, speaker, how] = this.cueSpeakers[i]!
      if (at >= cue.at) continue
      return at >= from && how !== "according" ? speaker : null
    }
    return null
  }

  /**
   * Does a person the entity stage tagged start within the first six words of the cue's speaker phrase, after a role
   * that opens it (a head with no article, a post's noun of `roleHeads` or a title) (`ووعد رئيس الوزراء التركي أحمد داود أوغلو «بمواصلة …»`), and is that person the speaker the phrase
   * reads as? {@link namedSubjectAfter} looks at three words only, so a role of three words hid the name (fifty-ninth
   * session, helper arpiece, after the A114 reading). That speaker, resolved once and pushed onto the chain, or null; a
   * phrase resolved to someone else is taken back off the chain (the caller reads the cue on by its other rules).
   */
  protected titledPersonSubject(cue: Cue): Speaker | null {
    if (cue.speaker === null || this.entities.length === 0) return null
    const [a, b] = cue.speaker
    // (the role: a head in construct with no article, `رئيس الوزراء`, a post's noun or a title; not a body's definite
    // name, `الحكومة التركية المحافظة رئيسها X`, whose person is the object)
    const head = this.keys[a]!
    if (this.t.kinds[a] !== WORD || !(!head.startsWith(ALEF_LAM) || this.lex.roleHeads.has(head) || this.lex.arTitles.has(head))) return null
    for (let k = a + 3; k < Math.min(b, a + 6); k++) {
      if (this.t.kinds[k] !== WORD) return null
      const e = this.entityStartingAt(k)
      if (e === null) continue
      if (e.type !== "PERSON" || e.entityId === null) return null
      const pushed = this.chain.length
      const lastPush = this.lastPushAt
      const speaker = this.speakerOfCue(cue, true)
      if (speaker !== null && speaker.entityId === e.entityId) return speaker
      this.rewindChain(pushed, lastPush)
      return null
    }
    return null
  }

  /** Does a person or an organisation start within the first three words of the cue's speaker phrase? */
  protected namedSubjectAfter(cue: Cue): boolean {
    if (cue.speaker === null || this.entities.length === 0) return false
    const [a, b] = cue.speaker
    // (not a name in the verb's object glued to `ب`, `وأشاد بموقف دول X التي …`: the verb's subject is unnamed there;
    // fifty-ninth session, helper arquote10)
    if (!cue.english && this.baObjectOpens(a)) return false
    for (let k = a; k < Math.min(b, a + 3); k++) {
      const e = this.entityStartingAt(k)
      if (e !== null) return e.type === "PERSON" || e.type === "ORGANIZATION"
    }
    return false
  }

  /** Does a place the entity stage tagged start the speaker phrase of the cue (a country as a verb's subject)? */
  protected placeSubjectAfter(cue: Cue): boolean {
    if (cue.speaker === null || this.entities.length === 0) return false
    return this.entityStartingAt(cue.speaker[0])?.type === "LOCATION"
  }

  /**
   * Does a word stand after the place that opens the subject of `cue` and before token `p` (the verb's preposition or
   * `بأنه`): the verb's object after the place, `واتهمت X Y بأنها …` (forty-second session)? With none, the place is
   * as often the object of a verb whose subject was named before (`ودعت طهران إلى «…»`, `واتهمت واشنطن بـ"…"`).
   */
  protected objectAfterPlace(cue: Cue, p: number): boolean {
    if (cue.speaker === null) return false
    const place = this.entityStartingAt(cue.speaker[0])
    if (place === null) return false
    for (let k = cue.speaker[0] + 1; k < p; k++) if (this.t.kinds[k] === WORD && this.orig(this.t.starts[k]!, this.t.ends[k]!).start >= place.end) return true
    return false
  }

  /** Do the words in tokens `[a, b)` open with a negation or close with an adverb or a preposition and its pronoun? */
  protected predicateMarks(a: number, b: number): boolean {
    const [first, last] = this.firstAndLastWord(a, b)
    return first >= 0 && (this.lex.negations.has(this.keys[first]!) || this.lex.predicateEnds.has(this.keys[last]!))
  }

  /** `إن`, `أن`, `بأن`, `وإن` …: a complementizer with no pronoun at token `k`. */
  protected bareComplementizer(k: number): boolean {
    return hasWithWaw(this.lex.bareComplementizers, this.keys[k]!)
  }

  /**
   * Is the pair `m` a dateline's credit (fifty-third session, helper arguill): its paragraph opens (after a list's `*`
   * or dash) with places joined by dashes, one to three words each (`لندن - سيول`, `لوس أنجليس - لندن`), or with one
   * place the entity stage tagged (`الجزائر`), then the colon right before the mark, and the marks hold one to three
   * words (the outlet's name: `* لندن - برلين: «الشرق الأوسط» بيعت …`). The parse stage reads such a line as the
   * dateline only at the head of a document; in a digest of several items each item opens with its own. At most
   * twelve tokens read.
   */
  protected datelineCredit(m: Mark, ps: number): boolean {
    const t = this.t
    const colon = m.open - 1
    if (colon - ps > 12 || colon <= ps || this.keys[colon] !== ":" || m.close - m.open > 6) return false
    const inside = this.wordCount(m.open + 1, m.close)
    if (inside < 1 || inside > 3) return false
    let k = ps
    while (k < colon && t.kinds[k] === PUNCT && (this.keys[k] === "*" || DASHES.has(this.keys[k]!))) k++
    let words = 0
    let places = 0
    let dashes = 0
    for (; k < colon; k++) {
      if (t.kinds[k] === WORD) {
        if (words === 0 && this.entityStartingAt(k)?.type === "LOCATION") places++
        if (++words > 3) return false
        continue
      }
      if (!DASHES.has(this.keys[k]!) || words === 0) return false
      dashes++
      words = 0
    }
    return words > 0 && (dashes > 0 || places > 0)
  }

  /**
   * Are the words of tokens `[a, b)` a list of places (`مكة المكرمة، المدينة المنورة`, `عسير، جازان، صبيا، نجران`): two
   * items or more between commas, each of one to three words, each opening with a place entity (after its و), but one
   * item in a list of four or more (twenty-ninth session)? At most 40 tokens read.
   */
  protected placeList(a: number, b: number): boolean {
    if (b - a > 40) return false
    let items = 0
    let places = 0
    let words = 0
    for (let k = a; k <= b; k++) {
      if (k === b || this.isPunct(k, COMMAS)) {
        if (words === 0 || words > 3) return false
        items++
        words = 0
        continue
      }
      if (this.t.kinds[k] === WORD) {
        if (words === 0 && this.entityStartingAt(k)?.type === "LOCATION") places++
        words++
      } else if (this.t.kinds[k] === NUM || this.markChar(k) !== null) return false
    }
    return items >= 2 && items - places <= (items >= 4 ? 1 : 0)
  }

  /**
   * Does a clause `وهو`/`وهي` open between a cue's end and the marks at token `open`, after the last complementizer
   * before the marks (at most forty tokens back)? Its words describe a thing the writer names (forty-third session,
   * helper spans). Not one before the complementizer: `وقالت عضو الهيئة وهي في عقدها الخامس إن … كانت «…»` describes the
   * speaker, and the marks are hers.
   */
  protected describedAfterCue(cueEnd: number, open: number): boolean {
    for (let k = open - 1; k >= Math.max(cueEnd, open - 40); k--) {
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (this.lex.complementizers.has(key)) return false
      if (key.charCodeAt(0) === C_WAW && this.lex.heShe.has(key)) return true
    }
    return false
  }

  /** Are the words between tokens `[a, b)` one name (an entity covers them)? */
  protected marksOneName(a: number, b: number): boolean {
    let s = a
    let e = b
    while (s < e && this.t.kinds[s] !== WORD && this.t.kinds[s] !== NUM) s++
    while (e > s && this.t.kinds[e - 1] !== WORD && this.t.kinds[e - 1] !== NUM) e--
    return e > s && this.nameCovers(this.orig(this.t.starts[s]!, this.t.ends[e - 1]!))
  }

  /** Does the cue's speaker phrase (or the verb, with none) end at a complementizer before token `open` (`قال X إن …`)? */
  protected reportsAfter(cue: Cue, open: number): boolean {
    let k = cue.speaker !== null ? cue.speaker[1] : cue.end
    // وقال وزير المالية، X، إن … «…»: past an apposition between commas (up to six words) after the phrase
    if (k < open && this.isPunct(k, COMMAS)) {
      let c = k + 1
      while (c < Math.min(open, k + 8) && this.t.kinds[c] === WORD) c++
      if (c > k + 1 && c < open && this.isPunct(c, COMMAS)) k = c + 1
    }
    return k < open && this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)
  }

  /**
   * A complementizer at token `k`, or after one adjective with its article (`"مركز X" الترفيهي بأنه`); not after a
   * participle or a verb (`"…" مشيرا إلى أن`, `"…" وأوضح أن`: the marks were speech).
   */
  protected complementizerSoonAfter(k: number): boolean {
    const pe = this.pe
    if (k < pe && this.t.kinds[k] === WORD && !this.lex.complementizers.has(this.keys[k]!) && this.keys[k]!.startsWith(ALEF_LAM)) k++
    return k < pe && this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)
  }

  /** Only words (and numbers, and the full stops of initials) in tokens `[a, b)`: one clause with no aside in it. */
  protected wordsOnly(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.t.kinds[k] === PUNCT && !(this.keys[k] === "." && this.abbreviationDot(k))) return false
    return true
  }

  /**
   * Is a clause all that stands between the cue and its colon before token `b` (at most {@link REPORTED_WINDOW} tokens:
   * the window of a cue): words and commas only, no complementizer (a reported clause's colon opens a list), no person
   * named in it (`وقال X في خطاب تلاه بدلا منه Y:`, `ويضيف المساعد، الذي رافق اللواء Y، …:` would give the words
   * to Y), no name's noun before the colon (`بعنوان:`), after a verb with no subject phrase or one that
   * holds a name (`يقول ذات مساء وهو …:` names nobody): `ويقول وهو يطوي أوراقه، بينما كان يهم بالخروج:`, `وقالت شركة X
   * في بيان على موقعها، الذي …:` (twenty-fifth session)?
   */
  protected clauseToColon(cue: Cue, b: number): boolean {
    const a = cue.speaker !== null ? cue.speaker[1] : cue.end
    // (nor a name's noun right before the colon: `كما قال X، جاء العرض …، بعنوان: «…»` is a title)
    if (a >= b || this.lex.arNameNouns.has(this.keys[b - 1]!)) return false
    // (or one a comma and a relative clause describe, `قالت بسمة الساعور، التي صدمها … عن الموصل :"…"`: the phrase is
    // a subject the entity stage left untagged; thirty-first session)
    if (cue.speaker !== null && this.entityIn(this.orig(this.t.starts[cue.speaker[0]]!, this.t.ends[cue.speaker[1] - 1]!)) === null && !this.relativeAfter(cue.speaker[1], b)) return false
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] === WORD) {
        if (this.lex.complementizers.has(this.keys[k]!)) return false
      } else if (!this.isPunct(k, COMMAS)) return false
    }
    if (this.entities.length === 0) return true
    const from = this.orig(this.t.starts[a]!, this.t.ends[a]!).start
    const to = this.orig(this.t.starts[b - 1]!, this.t.ends[b - 1]!).end
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= to) break
      if (e.type === "PERSON") return false
    }
    return true
  }

  /** A comma at token `k` and a relative pronoun right after it, before token `b` (`، التي …`, `، الذي …`). */
  protected relativeAfter(k: number, b: number): boolean {
    return k + 1 < b && this.isPunct(k, COMMAS) && this.t.kinds[k + 1] === WORD && this.lex.relativePronouns.has(this.keys[k + 1]!)
  }

  /**
   * Do the marks `m` after `من`/`عن` at `j` stand inside the clause an Arabic speech verb reports, as its words quoted
   * in part (`وقال المسؤول إن القرار كان جزءا من “التزام الحكومة بحماية البيئة”`, `وذكر X أن السوق أظهرت قدرا من «الزخم
   * الإيجابي»`; fifty-first session, helper arreported)? After the cue's own phrase `من`/`عن` names a source
   * (`ونقلت عن «مسؤول رفيع المستوى»`), so no quote there; inside the reported clause it is the clause's own
   * preposition. Held: a complementizer of the cue after its speaker phrase and before `j` with at least one word
   * between them (the clause's subject: `أن عددا من «…»`), a word (not `نقلا`, a source's verb) right before `j`,
   * no comma, mark, colon or sentence end from the complementizer to `j`, and three words or more in the marks (one
   * or two there are mostly names and terms, `جزءا من «داعش»`). A bounded walk (at most {@link REPORTED_WINDOW}
   * tokens).
   */
  protected reportedPrepositionMarks(cue: Cue, j: number, m: Mark): boolean {
    if (cue.english || (cue.kind !== "verb" && cue.kind !== "participle")) return false
    if (this.wordCount(m.open + 1, m.close) < MIN_WORDS_CUED || this.t.kinds[j - 1] !== WORD) return false
    if (this.keys[j - 1]!.startsWith(NAQL)) return false
    const from = cue.speaker !== null ? Math.max(cue.speaker[1], cue.end) : cue.end
    for (let k = j - 2; k >= from && j - k <= REPORTED_WINDOW; k--) {
      if (this.t.kinds[k] === WORD) {
        if (this.lex.complementizers.has(this.keys[k]!)) return true
        continue
      }
      if (this.t.kinds[k] === NUM) continue
      return false
    }
    return false
  }

  /** A complementizer among tokens `[a, b)` (at most {@link REPORTED_WINDOW} of them: the window of a cue). */
  protected complementizerBetween(a: number, b: number): boolean {
    for (let k = a; k < b; k++) if (this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)) return true
    return false
  }

  /**
   * `"…"، هذا ما أضافه X`: the lead `هذا ما` (`afterQuote`, two words) and a verb with its object pronoun right after
   * the closing mark and one comma attribute the words in the marks, whatever cue stood before them (twenty-seventh
   * session): the lead's cue and its speaker, when the verb's subject phrase holds a person or a body the entity stage
   * tagged; else null (`"…"، هذا ما قاله المسؤول` then keeps the cue before, as before). A fixed number of tokens read.
   */
  protected trailingAttribution(m: Mark, pe: number): { cue: Cue; speaker: Speaker | null } | null {
    if (this.entities.length === 0) return null
    let k = m.close + 1
    if (k >= pe || !this.isPunct(k, COMMAS)) return null
    k++
    if (k + 2 >= pe || this.t.kinds[k] !== WORD) return null
    const lead = this.lex.afterQuote.longestAt(this.keys, k, pe)
    if (lead === null || lead.length !== 2) return null
    const cue = this.leadCueAfter(k, pe)
    if (cue === null || cue.speaker === null) return null
    const [s, e] = cue.speaker
    const named = this.entityIn(this.orig(this.t.starts[s]!, this.t.ends[e - 1]!))
    if (named === null || (named.type !== "PERSON" && named.type !== "ORGANIZATION")) return null
    return { cue, speaker: this.speakerOfCue(cue, true) }
  }

  /**
   * Does the mark at `open` stand in a list after `هي:` (`listColon`) in its paragraph, with no sentence's end between
   * (at most {@link LIST_REACH} tokens after the colon)? Titles in marks there (`X عن «…»، Y عن «…»`) are no speech
   * of the chain's last speaker (twenty-seventh session).
   */
  protected inList(open: number, ps: number): boolean {
    const c = this.listColon
    if (c < ps || c >= open || open - c > LIST_REACH) return false
    for (let k = c + 1; k < open; k++) if (this.isSentenceEnd(k)) return false
    return true
  }

  /**
   * Do the marks at `open` (words `[a, b)`) follow right after a colon that a list pronoun opens (`وتضمنت 40 حيا هي:
   * «…»`: `listPronouns`), with no speech cue before them, and read as a list: four pieces or more parted by commas,
   * of three words or fewer on average? The marks hold the list's names, no one's words (thirty-fifth session, a
   * reading's four false quotes of district names, some of four or five words, which {@link nounList} does not take; a
   * cue's colon search marks such a colon for {@link inList}, a verb that is no speech, `تضمنت`, marks none). The
   * points of a proposal after `ست نقاط هي:` (clauses of ten words and more) stay a quote.
   */
  protected afterListColon(open: number, ps: number, a: number, b: number): boolean {
    const c = open - 1
    if (c - 1 < ps || !this.isColon(c) || this.t.kinds[c - 1] !== WORD || !this.lex.listPronouns.has(this.keys[c - 1]!)) return false
    const commas = this.commasIn(a, b)
    return commas >= 3 && this.wordCount(a, b) <= 3 * (commas + 1)
  }

  /** How many commas stand among tokens `[a, b)`. */
  protected commasIn(a: number, b: number): number {
    let commas = 0
    for (let k = a; k < b; k++) if (this.t.kinds[k] === PUNCT && COMMAS.has(this.keys[k]!)) commas++
    return commas
  }

  /**
   * Do the marks `m` (words `[a, b)`) hold a list of names ({@link nounList}: four pieces or more of one to three words
   * each, three commas or more among them) right after a word that opens no speech: no speech verb or participle of the lexicon
   * (`verbAt`, `participleAt`), no complementizer and no `قوله`-like noun (`says`), no colon or other punctuation between (sixtieth
   * session, helper arquote13, after the A117 reading: `قطع خلالها 3000 كيلو متر …، شملت “وادي الديسة ، ضبا ، المويلح
   * ، …”` and `وأتيح التنافس … من خلال "الشعر، الرواية، المسرح، النصوص الأدبية"` were listed as the speech of the
   * man quoted in the sentence). A list right after `وأضاف`, `قائلا`, `أن` or a colon stays a quote.
   */
  protected listAfterPlainWord(m: Mark, ps: number, a: number, b: number): boolean {
    const k = m.open - 1
    if (k < ps || this.t.kinds[k] !== WORD || !this.nounList(a, b)) return false
    // (three commas at least: pieces parted by `و` alone are as often a clause's verbs, `«تخشى العالم وتريد عودة
    // الانقسامات والأسوار والجدران»`, or a statement's words, `"تدريبات ومهارات عسكرية ورماية …"، وفق X`)
    if (this.commasIn(a, b) < 3) return false
    const key = this.keys[k]!
    const bare = withoutConjunction(key)
    const lex = this.lex
    return !(lex.complementizers.has(key) || lex.complementizers.has(bare) || lex.says.has(key) || lex.says.has(bare) || this.participleAt(k) || this.verbAt(k, this.pe) > 0)
  }

  /**
   * The colon speech `span` of an Arabic `cue`, cut before a new attribution inside it (thirty-second session): a speech
   * verb with its `و` or `ف` (`ويقول`, `وأضاف`, `فقال`), three words or more into the speech, with a subject of its own
   * (a first word that is no preposition, pronoun, complementizer or addressee in `ل`: not `وقال لي:`, `وقال للمنتج:`;
   * not `وردت`, "came") and its colon within sixteen tokens (words, and dashes around a blessing: `- رحمه الله -`), no
   * mark, complementizer or other speech verb between.
   * Before, a colon quote ran on over it (a paragraph of verses by several poets, each one announced with `ويقول الشاعر
   * X:`) when no full stop or comma stood before the verb. That verb's own cue reads the speech after its colon.
   */
  protected cutAtAttribution(span: readonly [number, number] | null, cue: Cue, pe: number): readonly [number, number] | null {
    if (span === null || cue.english) return span
    const [a, b] = span
    const t = this.t
    // the fourth word of the speech: a new attribution starts there at the earliest
    let s = a
    for (let words = 0; s < b; s++) if (t.kinds[s] === WORD && ++words > MIN_WORDS_CUED) break
    if (s >= b) return span
    this.ensureCuts(pe)
    const k = this.nextCut[s - this.ps]!
    if (k < 0 || k >= b || this.cutColon[k - this.ps]! >= b) return span
    return this.wordCount(a, k) >= MIN_WORDS_CUED ? [a, k] : null
  }

  /** The paragraph (its start and its tokens) whose {@link nextCut} and {@link cutColon} are filled, or -1. */
  private cutsFor = -1
  private cutsTokens: unknown = null
  /** For each token of the paragraph, the first new attribution at or after it ({@link cutAt}), or -1. */
  private nextCut = NO_TOKENS
  /** For each token that starts a new attribution, its colon. */
  private cutColon = NO_TOKENS

  /**
   * Fills {@link nextCut} and {@link cutColon} for the current paragraph, once (a backward pass: each token is read with
   * at most sixteen after it), so that every colon quote of the paragraph finds its cut in constant time.
   */
  private ensureCuts(pe: number): void {
    const ps = this.ps
    if (this.cutsFor === ps && this.cutsTokens === this.t) return
    this.cutsFor = ps
    this.cutsTokens = this.t
    const n = pe - ps
    // (made on the first colon quote's paragraph, not with each document: most documents hold none; fifty-third
    // session, helper qspeed2)
    if (this.nextCut.length < n + 1) {
      this.nextCut = new Int32Array(Math.max(2 * n + 2, 256))
      this.cutColon = new Int32Array(Math.max(2 * n + 2, 256))
    }
    let next = -1
    for (let k = pe - 1; k >= ps; k--) {
      const colon = this.cutAt(k, pe)
      if (colon >= 0) {
        next = k
        this.cutColon[k - ps] = colon
      }
      this.nextCut[k - ps] = next
    }
  }

  /**
   * Does a new attribution start at token `k`: a speech verb with its `و` or `ف` with a subject of its own (a first word
   * that is no preposition, pronoun, complementizer or addressee in `ل`) and its colon within sixteen tokens, words
   * and dashes alone between? Its colon, or -1.
   */
  private cutAt(k: number, pe: number): number {
    const t = this.t
    if (t.kinds[k] !== WORD) return -1
    const key = this.keys[k]!
    if (key.length < 4 || (key[0] !== WAW && key[0] !== FA) || this.lex.raddWithConjunction.has(key)) return -1
    const n = this.verbAt(k, pe)
    if (n === 0) return this.participleCut(k, pe)
    const first = k + n
    if (first >= pe || t.kinds[first] !== WORD) return -1
    const head = this.keys[first]!
    // (not an addressee, `وقال للمنتج:` inside a story: the words of someone the quote tells about)
    if (head.length < 3 || head[0] === LAM_KEY || this.lex.arStops.has(head) || this.lex.complementizers.has(head) || this.lex.arPronouns.has(head)) return -1
    for (let e = first + 1; e < Math.min(pe, first + 16); e++) {
      if (t.kinds[e] === PUNCT) {
        if (this.isColon(e)) return e
        if (this.keys[e] === "-") continue
        // (وتضيف X لـ»المدينة»:, وقال مسؤول في تصريح لـ «المدينة»: an outlet's name of one to three words in marks
        // before the colon; thirty-third session)
        const shut = this.shortMarksAt(e, pe)
        if (shut < 0) return -1
        e = shut
        continue
      }
      if (t.kinds[e] !== WORD || this.lex.complementizers.has(this.keys[e]!)) return -1
      const n = this.verbAt(e, pe)
      if (n > 0) {
        // (وتستطرد X قائلة: a participle of saying right before the colon; thirty-third session)
        const c = e + n
        return c < pe && this.lex.participles.has(this.keys[e]!) && this.isColon(c) ? c : -1
      }
    }
    return -1
  }

  /**
   * A word with `و` (no speech verb: `وتستطرد`, `ومضى`) at token `k`, one to three words of a subject with a person the
   * entity stage tagged and no stop word, and a participle of saying right before its colon (`وتستطرد X قائلة:`): a new
   * attribution, read by the participle's cue (thirty-third session; not `وسبك متقن قائلا:`, no subject). Its colon, or -1.
   */
  private participleCut(k: number, pe: number): number {
    if (this.keys[k]![0] !== WAW || this.entities.length === 0) return -1
    let named = false
    for (let e = k + 1; e < Math.min(pe - 1, k + 5); e++) {
      if (this.t.kinds[e] !== WORD) return -1
      const key = this.keys[e]!
      if (this.lex.participles.has(key)) return named && this.isColon(e + 1) ? e + 1 : -1
      if (this.personAt(e) !== null) named = true
      if (this.lex.arStops.has(key) || this.lex.complementizers.has(key) || this.lex.arPronouns.has(key) || this.verbAt(e, pe) > 0) return -1
    }
    return -1
  }

  /**
   * Are the Arabic words `[a, b)` a list (thirty-second session): four pieces or more of one to three words each,
   * parted by commas or by a word that opens with `و` (four letters or more), no other punctuation, and none of the
   * `listBreakers` (a preposition, a complementizer, a pronoun, a negation, …, with or without `و`/`ف`) among them?
   * (`«الشطرنج والرماية والتجديف والمبارزة وكرة الماء»`, `"X، Y، Z، W"`: names of things or people, no speech;
   * three pieces are as often a sentence of short clauses, `"الفريق جاهز تماما، والجمهور ينتظر، واللاعبون متحمسون"`.)
   */
  protected nounList(a: number, b: number): boolean {
    const t = this.t
    const breakers = this.lex.listBreakers
    let pieces = 0
    let size = 0
    let arabic = false
    for (let k = a; k < b; k++) {
      if (t.kinds[k] === PUNCT) {
        if (!COMMAS.has(this.keys[k]!)) return false
        if (size > 0) pieces++
        size = 0
        continue
      }
      if (t.kinds[k] === BREAK) return false
      if (t.kinds[k] === WORD) {
        const key = this.keys[k]!
        if (!arabic && k === a && !/[\u0600-\u06ff]/.test(key)) return false
        arabic = true
        if (breakers.has(key) || breakers.has(withoutConjunction(key))) return false
        if (size > 0 && key.length > 3 && key[0] === WAW) {
          pieces++
          size = 0
        }
      }
      if (++size > 3) return false
    }
    if (size > 0) pieces++
    return arabic && pieces >= 4
  }

  /**
   * The speaker a short English sentence in marks `m` that opens its paragraph `ps` goes on with (forty-fifth session):
   * the speaker of the last quote emitted, when that quote lies in the paragraph before and the words after it to that
   * paragraph's end are its attribution only (at most {@link PARAGRAPH_ON_REACH} tokens, no other mark, no sentence end
   * before the last), the marks open with a capital and close after a sentence's end; else null.
   */
  protected paragraphGoesOn(m: Mark, ps: number): Speaker | null {
    const t = this.t
    if (m.open !== ps || m.capped || m.split || !this.isSentenceEnd(m.close - 1) || t.kinds[m.open + 1] !== WORD || !isCapitalized(t, this.text, m.open + 1)) return null
    const last = this.quotes.length - 1
    if (last < 0 || this.quotes[last]!.speaker === null || this.lastQuoted === null) return null
    const e = this.quoteTokens[last]![1]
    const [lps, lpe] = [this.lastPs, this.lastPe]
    if (e <= lps || e > lpe || lpe - e > PARAGRAPH_ON_REACH || this.quoteTokens[last]![0] < lps) return null
    // (the attribution's words only: no mark but the quote's own closing one, no sentence end before the paragraph's last)
    let marks = 0
    for (let k = e; k < lpe; k++) {
      if (this.markChar(k) !== null && ++marks > 1) return null
      if (k < lpe - 1 && this.isSentenceEnd(k) && !(k + 1 < lpe && this.markChar(k + 1) !== null && k + 2 === lpe)) return null
    }
    return this.lastQuoted
  }

  /**
   * `"…," said a spokesman for Ofcom, Jo Hill.`: after an inverted verb, `a`/`an`, at most two lower-case words, a voice
   * noun (a body's, `bodyVoices`, or a person's: `spokesman`, `aide`, `source` …), a link (`for`, `of`, `at`, `from`),
   * words with no punctuation up to a comma within {@link VOICE_APPOSITION_TOKENS} tokens, and after it a person entity
   * that ends the sentence or a clause: the person's tokens, who is named (before: the body, by the unnamed-spokesperson
   * convention, which stays for the phrase with no name after it); else null (fifty-first session, helper enquotes).
   */
  protected nameAfterVoice(s: number, e: number, pe: number): readonly [number, number] | null {
    const key = this.keys[s]!
    if ((key !== "a" && key !== "an") || isCapitalized(this.t, this.text, s) || e - s < 2 || e - s > 4 || e >= pe) return null
    const noun = this.keys[e - 1]!
    if (isCapitalized(this.t, this.text, e - 1) || !(this.lex.enBodyVoices.has(noun) || this.isVoiceNoun(noun)) || this.t.kinds[e] !== WORD || !EN_VOICE_BODY_LINKS.has(this.keys[e]!)) return null
    let j = e + 1
    while (j < pe && j - s < VOICE_APPOSITION_TOKENS && this.t.kinds[j] === WORD) j++
    if (j >= pe - 1 || j === e + 1 || !this.isPunct(j, COMMAS)) return null
    const n = j + 1
    if (this.t.kinds[n] !== WORD || !isCapitalized(this.t, this.text, n)) return null
    const end = this.phraseEnd(n, pe, true)
    if (end <= n || (end < pe && this.keys[end] !== "." && !this.isPunct(end, COMMAS) && !this.asideDash(end, pe))) return null
    const person = this.personAt(n)
    return person !== null && this.walkPast(n, end, person.end, "end") === end ? [n, end] : null
  }

  /**
   * `"…," said a source close to the firm.`: a phrase after an inverted verb that stopped at `to` after `close`; the
   * phrase on to the next punctuation or the paragraph's end (at most {@link VOICE_APPOSITION_TOKENS} tokens), as the
   * subject-first order gives it (`a source close to the firm said`); before, `a source close`. Null for any other
   * phrase (fifty-first session, helper enquotes).
   */
  protected closeToPhrase(s: number, e: number, pe: number): readonly [number, number] | null {
    if (e - s < 2 || e + 1 >= pe || this.keys[e - 1] !== "close" || this.keys[e] !== "to" || this.t.kinds[e] !== WORD) return null
    let j = e + 1
    while (j < pe && j - s < VOICE_APPOSITION_TOKENS && this.t.kinds[j] === WORD) j++
    return j > e + 1 && (j >= pe || this.t.kinds[j] === PUNCT) ? [s, j] : null
  }

  /**
   * `"…," said UK Chancellor of the Exchequer Gordon Brown.`: after an inverted verb, one to three capitalized words of a
   * title that stopped at `of` (`[s, e)`), the rest of the title (capitalized words, `the`, `of`, `for`, `and`; within
   * {@link VOICE_APPOSITION_TOKENS} tokens) and a person entity that closes the sentence or a clause (a full stop, a
   * comma, the paragraph's end, a dash aside): the person's tokens; before, the title's first words (`UK Chancellor`).
   * Null for any other phrase (fifty-first session, helper enquotes).
   */
  protected nameAfterTitleOf(s: number, e: number, pe: number): readonly [number, number] | null {
    if (e - s > 3 || e + 2 >= pe || this.keys[e] !== "of" || !this.allCapitalized([s, e])) return null
    for (let k = e + 1; k < pe && k - s < VOICE_APPOSITION_TOKENS; k++) {
      if (this.t.kinds[k] !== WORD) return null
      const person = this.personAt(k)
      if (person !== null) {
        const end = this.walkPast(k, pe, person.end, "end")
        return end >= pe || this.keys[end] === "." || this.isPunct(end, COMMAS) || this.asideDash(end, pe) ? [k, end] : null
      }
      const key = this.keys[k]!
      if (!isCapitalized(this.t, this.text, k) && key !== "the" && key !== "of" && key !== "for" && key !== "and") return null
    }
    return null
  }

  /**
   * `"…," the newspaper quotes a source close to the firm.`: after `quotes` or `quoted` (token `v`), `a`/`an`, at most
   * two lower-case words and a person's voice noun (`source`, `aide`, `spokesman` …), then words with no punctuation to
   * the sentence's end (within {@link VOICE_APPOSITION_TOKENS} tokens): the object phrase, the voice that spoke (the
   * paper only reports it); else null (fifty-first session, helper enquotes; before, the chain's last speaker).
   */
  protected quotedVoice(v: number, pe: number): readonly [number, number] | null {
    const s = v + 1
    if (s + 1 >= pe || (this.keys[s] !== "a" && this.keys[s] !== "an")) return null
    let noun = -1
    for (let k = s + 1; k < Math.min(pe, s + 4); k++) {
      if (this.t.kinds[k] !== WORD || isCapitalized(this.t, this.text, k)) return null
      if (this.isVoiceNoun(this.keys[k]!)) {
        noun = k
        break
      }
    }
    if (noun < 0) return null
    let j = noun + 1
    while (j < pe && j - s < VOICE_APPOSITION_TOKENS && this.t.kinds[j] === WORD) j++
    return j >= pe || this.isSentenceEnd(j) ? [s, j] : null
  }

  /**
   * `AG Edwards' Thayer`, `Lloyd's Jo Hill`: the token after one to three capitalized words that open at `k` and end in
   * a possessive (a word ending in `'s`, or a word and a glued `'`), an employer named before the person who works
   * there ({@link slipSpeaker}); `k` itself when the words end in no possessive (fifty-first session, helper enquotes).
   */
  protected afterEmployerPossessive(k: number, pe: number): number {
    for (let v = k; v < Math.min(pe - 1, k + 3); v++) {
      if (this.t.kinds[v] !== WORD || !isCapitalized(this.t, this.text, v)) return k
      const key = this.keys[v]!
      if (key.endsWith("'s") || key.endsWith("\u2019s") || key.endsWith("'") || key.endsWith("\u2019")) return v + 1
      if ((this.keys[v + 1] === "'" || this.keys[v + 1] === "\u2019") && this.gluedApostrophe(v + 1)) return v + 2
    }
    return k
  }

  /** A `'` or `’` glued to the word before it and followed by a space (`Edwards' Thayer`). */
  protected gluedApostrophe(k: number): boolean {
    return this.t.kinds[k] === PUNCT && this.t.spaced[k] === 0 && k + 1 < this.t.count && this.t.spaced[k + 1] !== 0
  }

  /**
   * `"…," Mr Bootle.`: the person (after one capitalized title at most) right after the closing mark of English words
   * that end with their comma, when the sentence's full stop follows the name (no verb: a slip of the source), pushed
   * as the speaker; else null.
   */
  protected slipSpeaker(m: Mark, pe: number): Speaker | null {
    let k = m.close + 1
    if (k + 1 >= pe || !this.isPunct(m.close - 1, COMMAS) || this.t.kinds[k] !== WORD || !isCapitalized(this.t, this.text, k)) return null
    if (this.lex.enTitles.has(this.keys[k]!) && this.personAt(k) === null) k++
    // (`"…," AG Edwards' Thayer.`: one to three capitalized words of an employer that end in a possessive, `'s` or a
    // bare `'`, before the person; fifty-first session, helper enquotes)
    if (this.personAt(k) === null) k = this.afterEmployerPossessive(k, pe)
    const person = k < pe ? this.personAt(k) : null
    if (person === null) return null
    const e = this.walkPast(k, pe, person.end, "start")
    return e < pe && this.keys[e] === "." && this.isSentenceEnd(e) ? this.pushEntity(person, null, k, true) : null
  }

  /**
   * `"ذكريات محبوكة ببراعة …". (مجلة الناقد الأدبي)`, `* «…» (رئيس الوزراء X، في خطاب أمام البرلمان).`: Arabic words
   * in marks that open their sentence (the paragraph's start, a full stop, a label's colon with no speech verb, a list's
   * star or dash before the mark) and
   * that a name in parentheses right after the closing mark (a full stop or a comma between them at most) ends, the
   * sentence closing with the parenthesis (a full stop, the paragraph's end or the next mark after it): a review's
   * blurb with its source, a list of sayings each with its speaker. The name (the parenthesis up to its first comma, one
   * to {@link CITED_WORDS} words, no number, no speech verb, `according to` or the lexicon's `citedNot` word first, an entity in
   * it or a periodical's noun first, not a news agency's name, `(واس)`, `(أ ف ب)`, which only tells where the report
   * came from) is the speaker, resolved as a verb's subject phrase
   * (forty-seventh session, helper culture: before, the last speaker or the text's first person, another book's
   * author). Returns the speaker, else null.
   */
  protected citedSource(m: Mark, ps: number, pe: number): Speaker | null {
    const t = this.t
    if (m.capped || m.split || !this.arabicAt(m.open + 1)) return null
    if (m.open > ps) {
      const p = m.open - 1
      if (t.kinds[p] !== PUNCT || !(this.isSentenceEnd(p) || this.isColon(p) || LIST_BULLETS.has(this.keys[p]!))) return null
    }
    let k = m.close + 1
    if (k < pe && t.kinds[k] === PUNCT && (this.keys[k] === "." || COMMAS.has(this.keys[k]!))) k++
    // (the parenthesis alone on the line after the quote's, `* «…».` ⏎ `(X، في خطاب …).`: its paragraph holds nothing else)
    let lim = pe
    const nextLine = k === pe
    if (nextLine) {
      while (k < t.count && k - pe < 3 && t.kinds[k] === BREAK) k++
      lim = k
      while (lim < t.count && lim - k <= 4 * CITED_WORDS && t.kinds[lim] !== BREAK) lim++
      if (lim < t.count && t.kinds[lim] !== BREAK) return null
    }
    if (k >= lim || this.keys[k] !== "(") return null
    const s = k + 1
    let e = s
    while (e < lim && e - s <= CITED_WORDS && t.kinds[e] === WORD) e++
    if (e === s || e - s > CITED_WORDS || e >= lim || !/[\u0621-\u064a]/.test(this.keys[s]!)) return null
    // the name ends at the parenthesis or at a comma (a note on where it was said follows: `، في خطاب …`)
    let close = e
    if (this.keys[e] !== ")") {
      if (!COMMAS.has(this.keys[e]!)) return null
      close = e + 1
      while (close < lim && close - e <= 2 * CITED_WORDS && this.keys[close] !== ")" && this.keys[close] !== "(") close++
      if (close >= lim || this.keys[close] !== ")") return null
    }
    const after = close + 1
    if (nextLine ? !(after >= lim || (this.isSentenceEnd(after) && after + 1 >= lim)) : !(after >= lim || this.isSentenceEnd(after) || this.markChar(after) !== null)) return null
    const first = this.keys[s]!
    if (this.cueAt(s, e, first) !== null || this.verbStartsAt(s, e) || this.lex.arStops.has(first) || this.lex.citedNot.has(first)) return null
    const o = this.orig(t.starts[s]!, t.ends[e - 1]!)
    // (the name holds a person or a body the entity stage found, `مرشد إيران X في خطبة العيد`, or opens with a
    // periodical's noun, `مجلة …`, `صحيفة …`: not a book's title the essay cites, `(حدائق النور)`, a MISC entity if any,
    // whose author the chain may hold, nor a gloss)
    const named = this.entityIn(o)
    if (!((named !== null && (named.type === "PERSON" || named.type === "ORGANIZATION")) || (e - s <= CITED_BARE && this.lex.citedPeriodicals.has(first)))) return null
    const known = sourceNamed(this.text, o.start, o.end)
    if (known !== undefined && (known.kind === "agency" || known.generic)) return null
    return this.resolve([s, e], null)
  }

  /**
   * `«…» -كما يصفها X-`, `«…»، كما يسميها X`: a lead word (`كما`) and a verb of describing or naming with its object
   * pronoun (`describesPronoun`) and a subject, right after the closing mark of `m` past commas and dashes: the cue
   * and its subject, who called the thing so; else null (fifty-seventh session, helper arpieces).
   */
  protected describerAfter(m: Mark, pe: number): { cue: Cue; speaker: Speaker } | null {
    let k = m.close + 1
    while (k < pe && this.t.kinds[k] === PUNCT && (COMMAS.has(this.keys[k]!) || this.isPunct(k, DASHES))) k++
    if (k >= pe || this.t.kinds[k] !== WORD) return null
    const lead = this.describerCueAt(k, pe)
    if (lead === null) return null
    const speaker = this.speakerOfCue(lead, true)
    return speaker === null ? null : { cue: lead, speaker }
  }

  /**
   * `«الشيطان الأكبر» كما يسميها المرشد`, `«…»، كما تسميه الصحف`: right after the closing mark of `m` (past commas and
   * dashes) a one-word lead of `afterQuote` (`كما`, `مثلما`) and a verb of naming with its object pronoun
   * (`namingVerbs`: `يسميها`, `تسميه`, `أسماه`)? The marks hold the name someone gives a thing (fifty-eighth session,
   * helper arquote9). A fixed number of tokens read.
   */
  protected namerAfter(m: Mark, pe: number): boolean {
    let k = m.close + 1
    while (k < pe && this.t.kinds[k] === PUNCT && (COMMAS.has(this.keys[k]!) || this.isPunct(k, DASHES))) k++
    if (k >= pe || this.t.kinds[k] !== WORD) return false
    const lead = this.lex.afterQuote.longestAt(this.keys, k, pe)
    if (lead === null || lead.length !== 1) return false
    const v = k + 1
    return v < pe && this.t.kinds[v] === WORD && this.lex.namingVerbs.has(this.keys[v]!)
  }

  /** A cue right after the closing mark: `«…»، قال الوزير`, `"…," Putin said`, `"…," said Putin`, `"…", according to X`. */
  /**
   * Do the marks `m` follow a name noun (`arNameNouns`, with a clitic or not) and one or two definite adjectives of
   * relation after it, spaced (`وكالة الأنباء الروسية «ريا نوفوستي»`, `صحيفة الشرق الأوسط اللندنية`'s shape)? Such marks
   * name the outlet or body the noun opens, whatever verb follows them (fifty-ninth session, helper arpiece, after the
   * A114 reading, where `«ريا نوفوستي»، قال ناطق …` gave the agency's name to the spokesman).
   */
  protected namedByNounBefore(m: Mark): boolean {
    let w = m.open - 1
    if (w < this.ps || this.t.kinds[w] !== WORD || this.t.spaced[m.open] === 0) return false
    let n = 0
    while (n < 2 && w > this.ps && this.t.kinds[w] === WORD && isNisbaKey(this.keys[w]!, "definite")) {
      w--
      n++
    }
    if (n === 0 || this.t.kinds[w] !== WORD) return false
    // (the noun, or its definite complement after it: وكالة الأنباء الروسية)
    return hasWithClitic(this.lex.arNameNouns, this.keys[w]!) || (w > this.ps && this.t.kinds[w - 1] === WORD && hasWithClitic(this.lex.arNameNouns, this.keys[w - 1]!) && this.lex.arNameNouns.has(this.keys[w]!))
  }

  protected cueAfter(m: Mark, pe: number, words: number): { cue: Cue; speaker: Speaker | null } | null {
    let k = m.close + 1
    while (k < pe && this.t.kinds[k] === PUNCT && (COMMAS.has(this.keys[k]!) || this.keys[k] === "-")) k++
    if (k >= pe || this.t.kinds[k] !== WORD) return null
    // «…»، بحسب ما ذكره محاميها, حسبما قال مسؤول: the subject of the verb after ما (three words or more: «<name>»،
    // حسبما أفاد X names a thing)
    const what = words >= MIN_WORDS_CUED ? this.accordingWhat(k, pe) : null
    if (what !== null) return { cue: what, speaker: this.resolve(what.speaker, null) }
    // (وكالة الأنباء الروسية «ريا نوفوستي»، قال X: short marks after a name noun and its adjectives are a name; fifty-ninth
    // session, helper arpiece)
    if (words < MIN_WORDS_CUED && this.namedByNounBefore(m)) return null
    // verb first: said X / قال X / according to X
    let first = this.cueAt(k, pe, this.keys[k]!) ?? this.firstCueWithClitic(k, pe)
    // `"…," smiles one broker.`: a verb of manner right after the comma that closes the quote attributes it, as `said`
    // would (forty-fourth session); nowhere else (`the pair were all smiles`)
    if (first === null && k === m.close + 1 && this.isPunct(m.close - 1, COMMAS) && this.lex.enMannerVerbs.has(this.keys[k]!)) first = this.verbCue(k, k + 1, MANNER_VERB, pe)
    // `"'Oh no, don't do anything," came the response.`: the answer of someone the text does not name; the quote is
    // attributed to no speaker, not to the last one quoted (forty-seventh session, helper nest)
    // (`," came the reply from Dr Ann Price.`, `," came the swift reply from the board.`: one or two lower-case words
    // before the noun, and the person or body after `from` is the speaker, read as after `said`; fifty-sixth session,
    // helper enquote6)
    if (first === null && k === m.close + 1 && k + 2 < pe && this.isPunct(m.close - 1, COMMAS) && this.keys[k] === "came" && this.keys[k + 1] === "the") {
      let r = k + 2
      while (r < pe && r - k - 2 < 2 && this.t.kinds[r] === WORD && !REPLIES.has(this.keys[r]!) && !isCapitalized(this.t, this.text, r) && !this.lex.enStops.has(this.keys[r]!)) r++
      if (r < pe && REPLIES.has(this.keys[r]!)) {
        const cue = this.verbCue(k, k + 1, MANNER_VERB, pe)
        const f = r + 1
        const e = f + 1 < pe && this.keys[f] === "from" ? this.phraseEnd(f + 1, pe, true) : f
        return { cue, speaker: e > f + 1 ? this.resolve(this.nameAfterVoice(f + 1, e, pe) ?? this.nameAfterRole(f + 1, e, pe) ?? [f + 1, e], null) : null }
      }
    }
    // `"…," saying …`: an English participle after a quote opens no attribution of it
    if (first !== null && first.english && first.kind === "participle") first = null
    // «… بالتأكيد.» وقال الوزير إن …: after a quote that ends its sentence, a verb with speech of its own opens a new one
    if (first !== null && !first.english && this.isSentenceEnd(m.close - 1) && this.introducesSpeech(first, pe)) return null
    // («طمع مادي» وتضيف X لـ»المدينة»: هناك …: a speech verb with its `و`, a subject of its own and its colon opens the
    // words after the colon; it attributes no short marks before it, a term of the speech before (sixtieth session,
    // helper arquote12, after the A114 reading: the term took the verb, and the colon quote was lost)
    if (first !== null && !first.english && first.kind === "verb" && words < MIN_WORDS_CUED && k === m.close + 1 && this.namedVerbAndColon(k, pe)) return null
    if (first !== null && first.kind === "background") return null
    // («X»، فقلت له: …: a first-person verb opens the words after its colon, it attributes no marks before it; fortieth
    // session)
    if (first !== null && first.firstPerson === true) return null
    // («…»، وسأله X: «…»: a line of a dialogue opens the words after its colon, it attributes none before it; fiftieth
    // session, helper arcolon)
    if (first !== null && first.dialogue === true) return null
    // «عبدالخالق الحوثي» قائلا: «…», عن «الخطة» مضيفا: …: a participle with a colon or a mark right after it opens the
    // speech that follows; it attributes no short marks before it, a name or a term (thirty-fourth session, after the
    // A59 reading; longer marks before it are the speaker's words the participle goes on from)
    if (first !== null && words < MIN_WORDS_CUED && !first.english && first.kind === "participle" && first.end < pe && (this.isColon(first.end) || (this.t.kinds[first.end] === PUNCT && MARKS.has(this.keys[first.end]!)))) return null
    // «اتفاق سلام» بين البلدين, «أم X» فتصف …: a verb that is also a noun and quotes only through a colon, a
    // complementizer or a mark after it (`بين`, `وصف`, `رأى`), right after the closing mark with no comma between,
    // is the noun ("between") or a verb of the sentence the marked words belong to, no attribution
    if (first !== null && !first.english && first.kind === "verb" && first.alsoNoun && first.needsMark && k === m.close + 1) return null
    // «…»، كما يقول X, "…"، هذا ما قاله X: a lead word before the verb; the verb and its subject attribute the quote
    if (first === null) {
      const lead = this.leadCueAfter(k, pe)
      // («<term>»، كما يصفها X: two words before a verb of describing name a thing, they quote nobody)
      // (السيطرة على «الهلال النفطي»، كما يقول X: one or two words right after a preposition are the object of the
      // writer's own clause, a place or a term the lead word's verb vouches for, no words of X's; fifty-seventh
      // session, helper arpieces, after the A110 reading)
      if (lead !== null && words < MIN_WORDS_CUED && m.open > this.ps && this.t.kinds[m.open - 1] === WORD && this.t.spaced[m.open] !== 0 && this.lex.runOnPrepositions.has(this.keys[m.open - 1]!)) return null
      if (lead !== null) return this.describesPronoun(lead) && words < MIN_WORDS_CUED ? null : { cue: lead, speaker: this.speakerOfCue(lead, true) }
    }
    // `"… the latest album." Predicted chart-topper X is …`: after a quote that ends with its full stop, a capitalized
    // English verb opens a new sentence, not an attribution (`"…," said X` and `"…?" asked X` do not end so)
    if (first !== null && first.english && first.kind === "verb" && this.keys[m.close - 1] === "." && isCapitalized(this.t, this.text, k)) return null
    if (first !== null && first.kind !== "reported") {
      // (`"…," according to a spokesman for Ofcom.`: the body a voice speaks for, as after `said`; fiftieth session,
      // helper enbody)
      if (first.kind === "according") return { cue: first, speaker: this.resolve(first.english && first.speaker !== null ? (this.invertedVoiceBody(first.speaker[0], first.speaker[1], pe) ?? first.speaker) : first.speaker, null) }
      if (first.english && first.kind === "verb") {
        const e = this.phraseEnd(first.end, pe, true)
        // (`"…," said the festival's director, Jo Hill.`: the name after the role's comma; forty-fifth session)
        // (`"…," said a spokesman for Ofcom.`: the body a voice speaks for; fiftieth session, helper enbody)
        // (`"…," said a spokesman for Ofcom, Jo Hill.`: the person named after the voice's comma; `said a source close to
        // the firm.`: the whole phrase, as the subject-first order reads it; `said UK Chancellor of the Exchequer Gordon
        // Brown.`: the person the title names; fifty-first session, helper enquotes)
        return { cue: first, speaker: this.resolve(e > first.end ? (this.nameAfterVoice(first.end, e, pe) ?? this.nameAfterTitleOf(first.end, e, pe) ?? this.nameAfterRole(first.end, e, pe) ?? this.invertedVoiceBody(first.end, e, pe) ?? this.closeToPhrase(first.end, e, pe) ?? [first.end, e]) : null, null) }
      }
      if (this.describesPronoun(first) && words < MIN_WORDS_CUED) return null
      const speaker = this.speakerOfCue(first, true)
      // (a verb read as one only for its فيه, with no document's issuer, is no cue; twenty-fourth session)
      return speaker === null && first.inDocument === true ? null : { cue: first, speaker }
    }
    // subject first (English): "…," the minister said / he added; not after a quote that ends its sentence
    // (`"… in May." Spain confirmed the sale`: a new sentence whose verb has its own object)
    if (this.isSentenceEnd(m.close - 1) && this.keys[m.close - 1] === ".") return null
    // the subject may hold an age or a hyphenated word (`the 27-year-old Austrian said`) and an apposition between
    // commas (`Barry Beal, security manager for Acme, told`, `the play's organiser, Sarah Mukasa, told`)
    // (only after speech that ends with its comma inside the marks, `"…," X, …, said`: words quoted inside a
    // sentence, `a "zero tolerance" drive, Ruth Kelly has suggested`, `"failing states", including …, he argues`, are
    // terms of the sentence, not speech that the verb after them attributes)
    const ended = this.isPunct(m.close - 1, COMMAS)
    // (`"living wills", where people say …`, `a "heated session" where some senior members argued`: a `where` clause after
    // the marks describes their thing, its verb attributes nothing; fifty-third session, helper encarry)
    if (!ended && this.whereAfter(m)) return null
    let comma = false
    // (`"…," Ivan Sorokin - then trade adviser to the prime minister - told`: an apposition between two
    // spaced dashes reads as one between commas, and the person before the first dash is the subject; forty-seventh
    // session, helper docspk)
    let dash = -1
    for (let v = k + 1; v < Math.min(pe, k + (comma ? 18 : 9)); v++) {
      const kind = this.t.kinds[v]
      if (ended && (kind === NUM || this.gluedHyphen(v))) continue
      // (`The increase "…", labour office chief Frank-Juergen Weise said.`: after marks that close before the comma too, a
      // hyphen glued between two capitalized words is inside a name, no break of the subject; before, the walk stopped
      // there and the quote went to the sentence before's speaker; fifty-first session, helper enquotes)
      if (!ended && this.gluedHyphen(v) && v > k && isCapitalized(this.t, this.text, v - 1) && isCapitalized(this.t, this.text, v + 1)) continue
      if (ended && this.isPunct(v, COMMAS)) {
        comma = true
        continue
      }
      if (ended && kind === PUNCT && this.keys[v] === "-" && (dash >= 0 || (v > k + 1 && this.hasPerson([k, v])))) {
        if (dash < 0) dash = v
        comma = true
        continue
      }
      if (kind !== WORD) return null
      // `"…," Reuters quoted an official as saying`, `"…," he is quoted as saying by …`
      if (this.keys[v] === "quoted") {
        let p = v + 1
        while (p < Math.min(pe - 1, v + 10) && this.t.kinds[p] !== PUNCT && this.keys[p] !== "as") p++
        const cue = this.keys[p] === "as" && this.lex.enParticiples.has(this.keys[p + 1]!) ? this.cueAt(p + 1, pe, this.keys[p + 1]!) : null
        if (cue !== null) return { cue, speaker: this.resolve(this.quotedObject(p + 1) ?? this.englishSubjectBefore(v, k), null) }
        // (`"…," the newspaper quotes a source close to the firm.`: with no `as saying`, an unnamed voice its object
        // names spoke; fifty-first session, helper enquotes)
        const voice = this.quotedVoice(v, pe)
        if (voice !== null) return { cue: this.verbCue(v, v + 1, MANNER_VERB, pe), speaker: this.resolve(voice, null) }
      }
      if (this.keys[v] === "quotes") {
        const voice = this.quotedVoice(v, pe)
        if (voice !== null) return { cue: this.verbCue(v, v + 1, MANNER_VERB, pe), speaker: this.resolve(voice, null) }
      }
      const found = this.lex.verbs.longestAt(this.keys, v, pe)
      // (a plural noun, `"…", and eventually all states, to …`, is no verb; forty-ninth session)
      const c = found !== null && found.value.english && this.pluralNounVerb(v, this.ps) ? null : found
      // (`"…?" The council published the question which will be put …`: a passive, nobody speaks there; the words
      // before it are a sentence of their own, no speaker; forty-sixth session, helper enphrase)
      // (not before `as` and a participle, `"…," Mr Kapor is reported as saying`)
      if (c !== null && c.value.english && EN_PASSIVE.has(this.keys[v - 1]!) && this.keys[v + c.length] !== "as") return null
      if (c !== null && c.value.english) {
        const cue = this.verbCue(v, v + c.length, c.value, pe)
        if (comma && dash >= 0 && this.t.kinds[v - 1] === PUNCT && this.keys[v - 1] === "-") return { cue, speaker: this.resolve([k, dash], null) }
        if (comma) {
          // (`Kirsten Pfeifer from the Association, told`: no name between the commas, the phrase before the comma)
          let subject = this.englishSubjectBefore(v, k) ?? (this.isPunct(v - 1, COMMAS) ? ([k, v - 1] as const) : null)
          // `"…," Mr Dunmore, Barwick's chief executive said`: a role after the name's comma (a possessive, or
          // ending in a lower-case word) describes the person named before it
          if (subject !== null && subject[0] - 1 > k && this.isPunct(subject[0] - 1, COMMAS) && (this.possessiveIn(subject) || !isCapitalized(this.t, this.text, subject[1] - 1)) && this.hasPerson([k, subject[0] - 1])) subject = [k, subject[0] - 1]
          return { cue, speaker: this.resolve(subject, null) }
        }
        // `"…" and warned`, `"…" but said`: a verb of the sentence's subject, named before the quote (`"…", as one activist put it`:
        // `as` opens the clause)
        let s = k
        while (s < v && (this.sharesSubject(s) || this.conjunctionAs(s))) s++
        const e = this.beforeModifiers(v, s)
        // (`Mr Letwin called Labour "…" but said`: with no words of its own, the subject of the sentence the quote is in)
        if (e <= s && s > k) return { cue, speaker: this.resolve(this.englishSentenceSubject(this.sentenceStart(m.open), m.open), null) }
        return { cue, speaker: this.resolve(e > s ? [s, e] : null, null) }
      }
    }
    return null
  }

  /**
   * Thirty-ninth session (cues): is the complementizer `before.from` reached past an aside in commas right after the
   * verb's named subject (`وقال X، أثناء محادثات مع وزيرة الخارجية Y، إن العقوبات كانت "محصلة جيدة"`), the marks within
   * {@link CUE_WINDOW} tokens of it? Then one or two words there are read by the short-quote rules as right after the
   * verb's own complementizer (the aside is longer than the six words {@link reportsAfter} passes over).
   */
  protected asideThenComplementizer(before: { readonly cue: Cue; readonly speaker: Speaker | null; readonly from?: number }, m: Mark): boolean {
    const k = before.from
    const cue = before.cue
    // (a complementizer the fifty-first session's longer reach found, past CUE_WINDOW tokens of the verb, does not
    // count: two words that far from the verb are as often a name or a term as speech, the twenty-third session's row)
    if (k === undefined || before.speaker === null || m.open - k > CUE_WINDOW || k - cue.at > CUE_WINDOW) return false
    // (a participle has no subject after it: an aside of its own closed by a comma, a preposition that takes the clause
    // allowed after the comma, `مشيرا في تصريحات لـ«الشرق الأوسط»، عبر الهاتف، إلى أن الاتهامات «غير صحيحة»`;
    // fifty-eighth session, helper arquote9)
    if (cue.kind === "participle") return k > cue.end + 1 && this.phraseClosedBefore(k, -1)
    if (cue.speaker === null) return false
    const s = cue.speaker[1]
    return s < k - 2 && this.isPunct(s, COMMAS) && this.isPunct(k - 1, COMMAS)
  }

  /**
   * Thirty-ninth session (cues): does a second reported clause open at token `k`, right after marks (`إن القضية تمثل
   * "مشكلة أجيال" وإن بريطانيا …`, `أن الوضع "خطير جدا" وأنه …`)? A complementizer glued to `و`: the clause of the
   * marks ended with them, as at a full stop.
   */
  protected nextReportedClause(k: number): boolean {
    if (k >= this.pe || this.t.kinds[k] !== WORD) return false
    const key = this.keys[k]!
    return key[0] === WAW && key.length > 2 && this.lex.complementizers.has(key.slice(1))
  }

  /** How many verse lines {@link documentBody} passed over since the document's colon (thirty-ninth session). */
  private documentVerses = 0

  /**
   * Thirty-ninth session (cues): the text of a document announced by a colon that ended the paragraph before
   * (`أصدرت وزارة X بيانا …، فيما يلي نصه :` ⏎ …; the cue's last word one of the lexicon's `documentTextWords`), read
   * in the line `[ps, pe)` from its first word to the end of its sentence, three words or more, a verb first or not (a
   * statement opens with its own verbs, `أقدم المدعو …`); a verse the statement opens with (`قال الله تعالى: ((…))`,
   * a word that names God among its first four) is passed over for the next line, at most {@link DOCUMENT_VERSES}
   * lines. Undefined for any other cue (the colon's usual reading); null for a line that opens with a mark, a number or
   * a star.
   */
  protected documentBody(pending: { readonly cue: Cue; readonly speaker: Speaker | null }, ps: number, pe: number): readonly [number, number] | null | undefined {
    if (!this.documentText(pending.cue)) return undefined
    const t = this.t
    let a = ps
    while (a < pe && t.kinds[a] === PUNCT && this.markChar(a) === null) a++
    // (البيان التالي: ⏎ " بيان من الديوان الملكي " ⏎ …: the statement's heading line is passed over; forty-ninth session)
    if (this.documentVerseFirst(pending.cue, a, pe) || this.statementHeading(pending.cue, ps, pe)) {
      if (this.documentVerses++ < DOCUMENT_VERSES) this.pendingColon = pending
      return null
    }
    this.documentVerses = 0
    if (a >= pe || t.kinds[a] !== WORD) return null
    this.ensureBoundaries()
    const b = this.nextBoundary[a - ps]!
    return this.wordCount(a, b) >= MIN_WORDS_CUED ? [a, this.statementClose(pending.cue, b)] : null
  }

  /**
   * Forty-ninth session (helper royal): where the text of the statement the cue `البيان التالي:` announced ends, its
   * reading in the current paragraph ending at token `b`: when `b` is the paragraph's end and the next line (after
   * one blank line at most) opens with a closing formula (`statementClosings`: `تغمدها الله بواسع رحمته … إنا لله وإنا
   * إليه راجعون.`, `حفظ الله سموه في سفره وإقامته.`), the end of that line's first sentence, within
   * {@link STATEMENT_CLOSE_TOKENS} tokens (the line is then read as part of the quote, as a poem's verse lines are);
   * else `b`. Only the first line after the text: a royal order's clauses and signature are never read on.
   */
  protected statementClose(cue: Cue, b: number): number {
    if (b !== this.pe || docStem(this.keys[cue.at]!, this.lex.speechDocuments) === null || !this.documentText(cue)) return b
    const t = this.t
    let n = b
    while (n < t.count && n - b < 3 && t.kinds[n] === BREAK) n++
    while (n < t.count && n - b < 6 && t.kinds[n] === PUNCT) n++
    if (n + 1 >= t.count || t.kinds[n] !== WORD || t.kinds[n + 1] !== WORD || !this.lex.statementClosings.has(`${this.keys[n]} ${this.keys[n + 1]}`)) return b
    for (let k = n + 2; k < t.count && k - n < STATEMENT_CLOSE_TOKENS; k++) {
      if (t.kinds[k] === BREAK || this.isSentenceEnd(k)) {
        let line = k
        while (line < t.count && t.kinds[line] !== BREAK) line++
        this.poemUntil = Math.max(this.poemUntil, line)
        return k
      }
    }
    return b
  }

  /**
   * Forty-ninth session (helper royal): is the line `[ps, pe)` the heading of the statement the cue `البيان التالي:`
   * announced (`" بيان من الديوان الملكي "`, `(بيان من الديوان الملكي)`, `##«بيان من الديوان الملكي»##`): its first
   * word, past any punctuation and marks, a statement's noun (`documentNouns`), at most {@link STATEMENT_HEADING_WORDS}
   * words in the line? The statement's text is the next line.
   */
  protected statementHeading(cue: Cue, ps: number, pe: number): boolean {
    if (docStem(this.keys[cue.at]!, this.lex.speechDocuments) === null) return false
    let a = ps
    while (a < pe && this.t.kinds[a] === PUNCT) a++
    return a < pe && this.t.kinds[a] === WORD && docStem(this.keys[a]!, this.lex.documentNouns) !== null && this.wordCount(a, pe) <= STATEMENT_HEADING_WORDS
  }

  /** Is the cue one that announces a document's text (`فيما يلي نصه:`; the lexicon's `documentTextWords`; thirty-ninth session)? */
  protected documentText(cue: Cue): boolean {
    return cue.inDocument === true && !cue.english && this.lex.documentTextWords.has(this.keys[cue.end - 1]!)
  }

  /**
   * Does a verse open the document's text at token `a` (`فيما يلي نصه : قال الله تعالى ( … )`: a word that names God
   * among the four words from `a`, before `pe`)? The statement's own text goes on after it (thirty-ninth session).
   */
  protected documentVerseFirst(cue: Cue, a: number, pe = this.pe): boolean {
    if (!this.documentText(cue) || a >= pe || this.t.kinds[a] !== WORD) return false
    // (البيان التالي: بمشيئة الله تعالى سيتوجه …: a statement that opens with God's name is no verse; only a verb
    // opens one there, `قال الله تعالى`; forty-ninth session)
    if (docStem(this.keys[cue.at]!, this.lex.speechDocuments) !== null && this.verbAt(a, pe) === 0) return false
    return this.divineWords(a, Math.min(pe, a + 4))
  }

  /**
   * Are the words `[a, b)` in marks, two or more (a dot or a dash between allowed), all names of Latin letters as Arabic
   * spells them, one at least from `letterNames` (`«اي سي ايه اي دبليو»`, ICAEW; `«إيه بي سي»`), the others maybe from
   * `letterWords`, letters whose spelling is also a common word (`«إم تي في»`, `«سي ان ان»`)? Then they spell a body's
   * abbreviation, never speech, whatever cue stands before them (fiftieth session, helper arfalse, after the A96
   * reading's false quote given to the institute named before them; `codeShaped` reads three `letterNames` and more
   * only where no cue attributes the marks). Or all single Arabic letters (`«ش أ أ»`): a name's initials (fifty-fifth
   * session).
   */
  protected spelledAbbreviation(a: number, b: number): boolean {
    let words = 0
    let strict = 0
    let initials = true
    let spelled = true
    for (let k = a; k < b; k++) {
      if (this.t.kinds[k] === PUNCT && (this.keys[k] === "." || this.keys[k] === "-")) continue
      if (this.t.kinds[k] !== WORD) return false
      const key = this.keys[k]!
      words++
      // (all single Arabic letters, `«ش أ أ»`, `"ش. أ. أ"`: the initials of a name a report withholds; fifty-fifth
      // session, helper arshape: `… الذي أشير إليه بالأحرف الأولى من اسمه «ش أ أ» التحق …`)
      if (key.length !== 1 || !isArabicBaseLetter(key.charCodeAt(0))) initials = false
      if (this.lex.letterNames.has(key)) strict++
      else if (!this.lex.letterWords.has(key)) spelled = false
      if (!initials && !spelled) return false
    }
    return words >= 2 && (initials || strict >= 1)
  }

  /**
   * Thirty-ninth session (cues): are the marks `m` a title after a name's noun and a colon (`وفي كتابه: «ملامح تاريخ
   * الإنسانية» يقول: …`, `مؤلف كتاب: «…»`): the colon right before the opening mark, a word of `arNameNouns` right
   * before it ({@link nameNounAt}), or a name's noun in the accusative at most two words before it (`يحمل اسمًا تونسي
   * اللهجة: «…»`, the lexicon's `accusativeNameNouns`; fifty-fifth session, helper arverse), at most
   * {@link COLON_TITLE_WORDS} words in the marks? Then they are a name, no quote, as marks right after such a noun are.
   */
  protected titleAfterColon(m: Mark, ps: number): boolean {
    const c = m.open - 1
    if (c - 1 < ps || !this.isColon(c) || this.t.kinds[c - 1] !== WORD) return false
    // (a title's own noun, `بعنوان: “…”`, at any length: an article's title of eight words; fiftieth session, helper arfalse)
    if (this.lex.headingNouns.has(this.keys[c - 1]!)) return true
    if (this.wordCount(m.open + 1, m.close) > COLON_TITLE_WORDS) return false
    if (this.nameNounAt(c - 1)) return true
    // (يحمل اسمًا تونسي اللهجة: «…», عنوانا فرعيا: "…": a name's noun in the accusative, at most two words between it and
    // the colon; fifty-fifth session, helper arverse)
    for (let k = c - 1; k >= ps && k >= c - 3 && this.t.kinds[k] === WORD; k--) if (this.lex.accusativeNameNouns.has(this.keys[k]!)) return true
    return false
  }
}
