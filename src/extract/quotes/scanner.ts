/**
 * The bottom layer of the quote scanner: the token stream of one document, the shared constants and record types,
 * per-paragraph prefix counts, and the speech-verb look-ups every other layer uses.
 *
 * The scanner is one object built in layers, one module each, each class extending the one before (read them in
 * this order; [docs/quotes.md](../../../docs/quotes.md#module-layout) has the map):
 *
 * 1. `scanner.ts` — tokens, paragraph state, speech-verb look-ups ({@link TokenScanner});
 * 2. `entity-index.ts` — the document's entities, indexed for the look-ups speakers need;
 * 3. `marks.ts` — pairing quotation marks in a paragraph, short names in marks;
 * 4. `cues.ts` — the speech cues: verbs, participles, `نقل … عن … قوله`, `according to`, and the speaker phrase
 *    after the verb;
 * 5. `colon.ts` — speech after a verb and a colon with no marks, and where it ends;
 * 6. `english.ts` — the English subject of a speech verb;
 * 7. `speakers.ts` — speaker resolution: the chain of named speakers, pronouns, generic subjects, entity linking;
 * 8. `arabic.ts` — the Arabic subject of a cue (after `قد`, a verb with no subject, a participle's sentence);
 * 9. `english-parts.ts` — one or two English words in marks inside a reported clause: the speaker's words, or a name,
 *    a title or a term;
 * 10. `english-calls.ts` — `called` in its evaluative shape (`X called the plan "…"`, `called for "…"`), no speech verb
 *    elsewhere;
 * 11. `extract.ts` — the paragraph loop, attribution of each marked quote, and the public API.
 *
 * One object rather than functions passing a context: every step reads the same token arrays and paragraph
 * state, and a monomorphic object keeps the scan as fast as it was as one class. Layers call only downwards.
 *
 * @module
 */
import { NUM, PUNCT, WORD, foldKey, isCapitalized, type Tokens } from "../internal/tokens.js"
import { KeySet, idsOf, isArabicUnit } from "../internal/keys.js"
import { isArabicBaseLetter } from "../../internal/letters.js"
import type { Entity } from "../../schema/record.js"
import type { Range, RangeFilter } from "../internal/ranges.js"
import { quoteLexicons, type Gender, type QuoteLexicons, type Verb } from "./lexicon.js"
import type { TrieMatch } from "../../lexicons/trie.js"
import { isLineageWord } from "../entities/evidence.js"

/** Marks that open a quote, and the marks that close each. */
export const OPENERS: ReadonlyMap<string, string> = new Map([
  ["\u00ab", "\u00bb"], // « »
  // “ ” (and “…“, and “…″: WordPress prints a `"` typed after a digit as a double prime, `“ويندوز 10″`; every `″` of
  // SaudiNewsNet's 175 follows a digit, and 160 of them close a `“`; thirty-third session)
  ["\u201c", "\u201d\u201c\u2033"],
  ["\u201e", "\u201c\u201d"], // „ “
  ["\u201f", "\u201d"],
  ["\u201d", "\u201d\u201c\u2033"], // ” used as an opener (:”…”, ”…″)
  ["\u00bb", "\u00ab\u00bb"], // » used as an opener (:»…«)
  ['"', '"'],
  ["\u2033", "\u2033"],
  ["\uff02", "\uff02"]
])
export const STRAIGHT = new Set(['"', "\u2033", "\uff02"])
export const MARKS = new Set(["\u00ab", "\u00bb", "\u201c", "\u201d", "\u201e", "\u201f", '"', "\u2033", "\uff02"])
let markKeySet: KeySet | undefined
/** {@link MARKS} read by token key id (made on first use, like the lexicons: loading the module registers no keys). */
const markKeys = (): KeySet => (markKeySet ??= new KeySet(MARKS))
let primeKeySet: KeySet | undefined
/** The apostrophe, as the `search` view writes each half of a `″` (NFKC makes it two primes, then each is folded). */
const primeKeys = (): KeySet => (primeKeySet ??= new KeySet(["'"]))
/** Closing-type marks: they open a quote only when they look like an opener (after a colon or a space, before a letter). */
export const CLOSING_TYPE = new Set(["\u00bb", "\u201d"])
export const COMMAS = new Set([",", "\u060c"])

/**
 * How many tokens back from a bare `تسأل`/`تقول` after a comma the addressed you may stand in its sentence
 * ({@link TokenScanner.genericSaying}; fifty-fifth session, helper arfalse).
 */
const GENERIC_REACH = 40
export const WAW = "\u0648"
export const FA = "\u0641"
/**
 * A key without the conjunction `و` or `ف` glued to its start, when more than `longer` letters are left with it (`وقال`
 * → `قال`; `وفي` stays whole at the default 2, and a rule that reads verbs asks for 3); the key itself otherwise.
 */
export const withoutConjunction = (key: string, longer = 2): string => (key.length > longer && (key[0] === WAW || key[0] === FA) ? key.slice(1) : key)

/** Tokens after a verb of citing within which its complementizer must stand ({@link QuoteScanner.citingHolds}; fifty-fifth session). */
const CITING_REACH = 8

/** Tokens back from marks that {@link QuoteScanner.godSubjectBefore} reads for God as the sentence's subject. */
const GOD_SUBJECT_TOKENS = 40
/** `كان` (search form): `وإذا كان الله نهى …`, God the subject of its clause. */
const KANA = new Set(foldKey("\u0643\u0627\u0646"))
/**
 * `ي` (a key): the prefix of a verb of the third person (with `ت`), the masculine nisba's ending (`عسكري`), a
 * participle's last letter; one constant for the quote stage (fifty-eighth session, helper tidy3).
 */
export const YA = "\u064a"
const TA = "\u062a"
/** `ون` (a key): the ending of a sound masculine plural (`المسؤولون`) and of a plural present verb (`يقولون`). */
export const UNA = "\u0648\u0646"
/** Object pronouns that end a verb (`يحفظه`, `يرحمها`, `يوفقهم`, `يحفظك`): `X الله` is then a blessing, God no subject of speech. */
const OBJECT_ENDS = ["\u0647", "\u0647\u0627", "\u0647\u0645", "\u0643", "\u0643\u0645"]

/** Whether `c` (a UTF-16 code unit; NaN past either end of the text) is an ASCII or Arabic-Indic digit. */
const isDigit = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x660 && c <= 0x669) || (c >= 0x6f0 && c <= 0x6f9)
/** Whether `c` (a UTF-16 code unit; NaN past either end of the text) is an ASCII letter. */
const isLatinLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)

/** Whether `key`, or `key` without a leading `و` (`وإن`, `وكما`), is in `set`. */
export const hasWithWaw = (set: ReadonlySet<string>, key: string): boolean =>
  set.has(key) || (key.length > 2 && key[0] === WAW && set.has(key.slice(1)))
/** An unnamed spokesman's noun as written (`متحدث`, `الناطقة`, `والمتحدث`), with or without `و` and the article. */
export const SPOKESMAN = /^\u0648?(?:\u0627\u0644)?(?:\u0645\u062a\u062d\u062f\u062b|\u0646\u0627\u0637\u0642)\u0629?$/
/** A spokesman's noun as {@link SPOKESMAN} reads it, in the accusative too, with no و (`متحدثا`, `الناطقة`; forty-first session). */
export const SPOKESMAN_ANY_CASE = /^(?:\u0627\u0644)?(?:\u0645\u062a\u062d\u062f\u062b|\u0646\u0627\u0637\u0642)(?:\u0629|\u0627\u064b?|\u064b\u0627)?$/
/** `سورة` (search form): a sura reference after a verse (`… (93) سورة النساء`). */
const SURA = foldKey("\u0633\u0648\u0631\u0629")[0]
/** The most keys a sura's name of `ar-suras.json` folds to is two (`آل عمران`); a name is looked for up to this many words back from its end. */
const SURA_NAME_WORDS = 4
/** How far back a hadith's noun is looked for in a quote's paragraph (a bound: the look-up stays linear). */
const HADITH_NOUN_TOKENS = 400
/** `:`, `،`, `,`, `-`: between a sura's name and its verse's number (`البقرة: 43`, `البقرة، 43`). */
const SURA_SEPARATORS = new Set([":", "\u060c", ",", "-"])
/** `الآية`, `آية` (search form): before a verse's number in a sura reference (`سورة البقرة الآية 43`). */
const VERSE_WORDS = new Set(["\u0627\u0644\u0622\u064a\u0629", "\u0622\u064a\u0629", "\u0627\u0644\u0627\u064a\u0629", "\u0627\u064a\u0629"].flatMap((w) => foldKey(w)))
/** `حيث`, `إذ`, `حين`, `عندما` (search form): between God's name and His verb (`حكمة الله عز وجل حيث قال:`). */
const GOD_VERB_LINKS = new Set(["\u062d\u064a\u062b", "\u0625\u0630", "\u062d\u064a\u0646", "\u0639\u0646\u062f\u0645\u0627"].flatMap((w) => foldKey(w)))
/** `الكريمة` (search form): after `الآية`, a verse of the Quran (`وفي الآية الكريمة من سورة الطلاق`). */
const NOBLE = foldKey("\u0627\u0644\u0643\u0631\u064a\u0645\u0629")[0]
/** How many words before `حيث`/`إذ` a verse's noun may stand ({@link QuoteScanner.verseNounBeforeVerb}; fifty-fifth session). */
const VERSE_CLAUSE_WORDS = 12
/** Arabic short vowels and tanween (fathatan … sukun, without the shadda). */
const SHORT_VOWEL = /[\u064b-\u0650\u0652]/g
/**
 * Fully vocalized words (thirty-fourth session): three Arabic words or more, and at least two of every three carry two
 * short vowels or more. Scripture, hadith and poetry are printed so; news quotes carry a vowel here and there
 * (`قيَّم`, `إنَّ`), which a third of the words never reach.
 */
export const vocalized = (text: string): boolean => {
  if (!ANY_VOWEL.test(text)) return false
  let words = 0
  let marked = 0
  for (const w of text.split(/\s+/)) {
    if (!/[\u0621-\u064a]/.test(w)) continue
    words++
    if ((w.match(SHORT_VOWEL)?.length ?? 0) >= 2) marked++
  }
  return words >= 3 && marked * 3 >= words * 2
}
/** Any short vowel, tanween or sukun. */
const ANY_VOWEL = /[\u064b-\u0650\u0652]/
/** `صل` with or without its vowels: the start of the blessing (`صلى`, `صَلَّى`), a quick test before the word-by-word one. */
const SALLA = /\u0635[\u0640\u064b-\u0652]*\u0644/
/** The schemes of a web address whose colon is no colon of speech ({@link TokenScanner.schemeColon}). */
const URL_SCHEMES: ReadonlySet<string> = new Set(["http", "https", "ftp"])

/** `صلى الله عليه وسلم`, `عليه الصلاة والسلام`, `عليه السلام`: the blessing's words a hadith's speaker is given when the text names no title before it. */
const BLESSING_WORDS = /^(?:عليه\s+(?:الصلاة\s+و)?السلام|صلى\s+الله\s+عليه\s+وسلم|صلوات\s+الله\s+(?:وسلامه\s+)?عليه)$/
/** `تعالى` in search form, between `رضي الله` and its pronoun (`رضي الله تعالى عنهما`). */
const TAALA = foldKey("\u062a\u0639\u0627\u0644\u0649")[0]!
/** The blessing after the Prophet's title, `صلى الله عليه وسلم`, in search form (its first word is the lexicon's `blessing`). */
const BLESSING_END = foldKey("\u0635\u0644\u0649 \u0627\u0644\u0644\u0647 \u0639\u0644\u064a\u0647 \u0648\u0633\u0644\u0645")
/** One short vowel (fatha, damma, kasra, sukun; not the shadda). */
const SHORT_VOWEL_ONE = /[\u064e-\u0650\u0652]/
/** A plural or dual pronoun glued to a noun (`هم`, `كم`, `هما`, `كما`, `هن`, `كن`), in search form. */
const OBJECT_SUFFIX = /..(?:\u0647\u0645|\u0643\u0645|\u0647\u0645\u0627|\u0643\u0645\u0627|\u0647\u0646|\u0643\u0646)$/
/*
 * Single function words compared as syntax, as token keys (their folded search form is the word as written, so the
 * literal is the key). Every layer imports these; none defines its own copy.
 */
/** `ة` as written (a feminine noun's or a participle's ending; its search key is `ه`). */
export const TA_MARBUTA = "\u0629"
/** `عن` ("about", "from"). */
export const AN = "\u0639\u0646"
/** `أن` ("that"; with `إلا`/`غير` before it, "but"), as a key. */
export const ANNA = foldKey("\u0623\u0646")[0] ?? ""
/** `من` ("of", "from"): after a word of quantity (`عدد من`), before the body a source speaks from (`مصدر من`). */
export const MIN = "\u0645\u0646"
/** `في` ("in"). */
export const FI = "\u0641\u064a"
/** `على` ("on", "over"), as a key: `على لسان`, `المشرف على` (one constant for arabic.ts and speakers.ts; sixtieth session). */
export const ALA = foldKey("\u0639\u0644\u0649")[0]!
/** `قد`, the particle before a past verb. */
export const QAD = "\u0642\u062f"

/** `أحد`, `إحدى` (folded): "one of", opening an indefinite person phrase with the definite plural after it (`ArabicSubjects.indefiniteOneBefore`; the subject after a pronoun addressee in `CueScanner.verbCue`). */
export const ONE_OF_M = foldKey("\u0623\u062d\u062f")[0]!
export const ONE_OF_F = foldKey("\u0625\u062d\u062f\u0649")[0]!
/** `ال`, the definite article, as a key prefix (`الوزير`). */
export const ALEF_LAM = "\u0627\u0644"
/** A word of a post without its article or a clitic before it (`الوزير` → `وزير`, `لنادي` → `نادي`), to match a role. */
export const roleKey = (key: string): string => (key.length > 4 && (key.startsWith(ALEF_LAM) || key.startsWith("\u0644\u0644")) ? key.slice(2) : key)

/**
 * Which nisba adjectives {@link isNisbaKey} accepts: `"any"` (definite or not, any gender and number: `عسكري`,
 * `أمنية`, `أمريكيين`, `أمنيا`, `الروسي`), `"definite"` (with the article, singular: `الأمريكي`, `الأمريكية`),
 * `"definiteMasculine"` (`البرتغالي`) or `"definiteFeminine"` (`الأمريكية`, `الإخبارية`).
 */
export type NisbaForm = "any" | "definite" | "definiteMasculine" | "definiteFeminine"

/** The endings of a nisba adjective in search form: `ي`, `ية` (folded `يه`), `يين`, `يون`, `يان`, `يا`. */
const NISBA_ENDING = /\u064a(?:\u0647|\u064a\u0646|\u0648\u0646|\u0627\u0646|\u0627)?$/
/** `ية` in search form (`ة` folded to `ه`): the feminine nisba's ending. */
const NISBA_F = "\u064a\u0647"

/**
 * Whether a token key has the shape of a nisba adjective (`عسكري`, `الأمريكية`): the one test of the quotes stage for
 * "a word that ends like an adjective of relation", read by shape only, no list (so a noun in `ي`, `الوادي`, passes
 * too: callers read it where an adjective is expected). By {@link NisbaForm}:
 * - `"any"`: four letters or more, ending in `ي`, `ية`, `يين`, `يون`, `يان` or `يا` (an unnamed source's
 *   description, `مصدر عسكري`, `مسؤولين أمريكيين`);
 * - `"definite"`: the article, five letters or more, ending in `ي` or `ية` (`البيان السعودي`, `النادي الفرنسي`);
 * - `"definiteMasculine"`: the same ending in `ي` only (`المدرب البرتغالي`);
 * - `"definiteFeminine"`: the article, two letters or more, then `ية` (`الأمريكية`, `الإخبارية`: an outlet's
 *   description after its name).
 */
export const isNisbaKey = (key: string, form: NisbaForm): boolean => {
  if (form === "any") return key.length >= 4 && NISBA_ENDING.test(key)
  if (!key.startsWith(ALEF_LAM)) return false
  if (form === "definiteFeminine") return key.length >= 6 && key.endsWith(NISBA_F)
  if (key.length < 5) return false
  return key.endsWith(YA) || (form === "definite" && key.endsWith(NISBA_F))
}

export const C_WAW = 0x0648
export const C_FA = 0x0641
/** `ي`, `ت`: the prefixes of a present verb of the third person (character codes). */
export const C_YA = 0x064a
export const C_TA = 0x062a
/** `ب`, `ل`: prepositions glued to their noun (character codes). */
export const C_BA = 0x0628
export const C_LAM = 0x0644

/**
 * How many tokens after a colon-only verb its colon may stand for the verb to attribute speech there
 * ({@link TokenScanner.sayingVerbAt}; `ويتابع رئيس الفريق الطبي:`).
 */
export const COLON_ONLY_REACH = 8
/** Minimum words of a quote that only a complementizer or a verb introduces (one word in marks is a term, not speech). */
export const MIN_WORDS_CUED = 3
/**
 * `ل` (a key): the clitic of an addressee glued to its noun (`أقول للجميع:`; fortieth session), of a channel's owner
 * (`لتليفزيون`), of an outlet (`لصحيفة X`); one constant for the quote stage (fifty-seventh session, helper tidy2).
 */
export const LAM_KEY = "\u0644"
/** `لل` (a key): `ل` before the article (`للثقة`, `للصحيفة`). */
export const LAL = "\u0644\u0644"
/** How many words a first-person verb's addressee may hold before its colon (`أقول لهم جميعا:`; fortieth session). */
const FIRST_PERSON_ADDRESSEE = 3
/** Minimum words of a quote in marks with no attribution at all. */
export const MIN_WORDS_UNCUED = 8
/** A hyphen or a dash: before a name in apposition (`المبعوث الخاص -X-`), around an aside (`وقال X - في مؤتمر صحفي - إن`). */
export const DASHES: ReadonlySet<string> = new Set(["-", "\u2013", "\u2014"])
/** How far (tokens) a speech verb may stand before the quote it introduces. */
export const CUE_WINDOW = 18
/** How far (tokens) an Arabic speech verb whose speaker phrase ends at a complementizer (`قال X إن …`) may stand before the marked words it reports. */
export const REPORTED_WINDOW = 32
/** Minimum words of a quote in marks that follows its speaker with no colon or complementizer (`وقال الوزير "…"`). */
export const MIN_WORDS_BARE = 4
/** How far (tokens) a colon may stand after its speech verb (`وقالت في تصريح صحافي مساء الأحد خصت «المدينة» بنسخة منه:`). */
export const COLON_WINDOW = 20
/** How far back (tokens) a one-word definite subject looks for the person it stands for (`المتحدثة` → the spokeswoman named before). */
export const ANAPHOR_WINDOW = 600
/** How many tokens from a sentence's start its subject may stand (`وكان المدرب سامي قد …، قائلاً`). */
export const SUBJECT_WINDOW = 6

export interface Mark {
  /** Token of the opening mark. */
  readonly open: number
  /** Token of the closing mark, or the paragraph end when capped. */
  readonly close: number
  readonly capped: boolean
  /** Closed by the opening mark of the next quote (`"… done. "Next…`: the writer opened again without closing). */
  readonly split: boolean
}

export interface Cue {
  readonly at: number
  /** Token after the verb (or after قوله for نقل عن … قوله). */
  readonly end: number
  /** `background`: the writer's formula `يذكر أن` (a verb form with no subject): it attributes nothing, and marks after it hold no quote. */
  readonly kind: "verb" | "participle" | "reported" | "according" | "background"
  readonly verb: string
  readonly gender: Gender | null
  readonly needsMark: boolean
  readonly alsoNoun: boolean
  readonly english: boolean
  /** `وأضاف`, `وتابع`: goes on with the last speaker's words (no subject of its own is looked for before it). */
  readonly continues: boolean
  /** Token range of the speaker phrase, when one stands after the verb. */
  readonly speaker: readonly [number, number] | null
  /**
   * A verb form that is also a noun, read as a verb after a word only for the `فيه`/`فيها` after it (`بيانا وصفت فيه`):
   * its speaker is the issuer of the document named before it, or it is no cue (twenty-fourth session).
   */
  readonly inDocument?: boolean
  /**
   * A first-person verb of saying before its addressee and a colon (`فقلت له:`; `firstPersonVerbs`): its words have no
   * speaker the text names, and it attributes no marks before it (fortieth session).
   */
  readonly firstPerson?: boolean
  /**
   * A verb of asking or answering with its object pronoun before a colon (`وسأله الوزير:`, `فأجابه:`; `dialogue` in the
   * lexicon): a line of a dialogue, whose words end with their first sentence and which attributes no marks before it
   * (fiftieth session, helper arcolon).
   */
  readonly dialogue?: boolean
  /**
   * A cue that names no speaker and pushes nobody onto the chain: a dialogue verb with no subject (`فأجابه: …` after X
   * asked: the one answering is not X; fiftieth session, helper arcolon).
   */
  readonly unnamed?: boolean
  /**
   * A present verb of asking before a colon (`وتتساءل X: …؟`, `وقد يتساءل البعض: …؟`; the lexicon's `يتساءل`): its
   * words end with their first sentence (the question), and a subject that names no person or body (`البعض`, `القراء`)
   * joins no chain (fifty-first session, helper ardialog).
   */
  readonly question?: boolean
  /** A dual verb (`قالا`, `وأكدتا`): the speakers are two, the first named of them is given (thirty-third session). */
  readonly dual?: boolean
}

export interface Speaker {
  readonly text: string
  readonly entityId: string | null
  readonly gender: Gender | null
  /** Known to be a person (a person entity, or an English phrase with a person's title: `a BBC spokeswoman`). */
  readonly person: boolean
}

/**
 * The speaker an entity the entity stage tagged stands for: its canonical form and id, a person when it is a PERSON,
 * with the gender its verb tells when the caller knows it.
 */
export const entitySpeaker = (e: Entity, gender: Gender | null = null): Speaker => ({ text: e.canonical, entityId: e.entityId, gender, person: e.type === "PERSON" })

/** How many texts a {@link TextMemo} holds before it is emptied. */
const TEXT_MEMO_SIZE = 4096

/**
 * A memo of one pure reading of a speaker's text under a lexicon (fifty-second session, helper qspeed), shared by the
 * documents of the process: the same names and roles come back from article to article, and each reading folds the
 * whole text. Emptied when it holds {@link TEXT_MEMO_SIZE} texts, so it stays small; by lexicon, so a reading is never
 * answered under another.
 */
export class TextMemo<V> {
  private lex: QuoteLexicons | null = null
  private readonly values = new Map<string, V>()

  get(lex: QuoteLexicons, text: string): V | undefined {
    return lex === this.lex ? this.values.get(text) : undefined
  }

  set(lex: QuoteLexicons, text: string, value: V): void {
    if (lex !== this.lex || this.values.size >= TEXT_MEMO_SIZE) {
      this.values.clear()
      this.lex = lex
    }
    this.values.set(text, value)
  }
}

/** {@link TokenScanner.godInText} by speaker text. */
const divineTexts = new TextMemo<-1 | 0 | 1>()
/** {@link TokenScanner.prophetNamed} by speaker text. */
const prophetTexts = new TextMemo<boolean>()

/** Paragraph buffers shared by the scanners (one runs at a time: the scan is synchronous). */
const shared = { wordsUpTo: new Int32Array(256), nextBoundary: new Int32Array(256), sentenceEnd: new Int32Array(256) }

/** The longest view text {@link TokenScanner.orig} memoizes (16 bytes a character in the shared buffers: at most 16 MB). */
const ORIG_MEMO_MAX = 1 << 20

/**
 * The original offsets {@link TokenScanner.orig} found, by position in the view's text, shared by the scanners (fifty-third
 * session, helper qspeed2): `start[p]` is the original start of a range that starts at `p`, `end[p]` the original end of
 * one that ends at `p`, each valid where its stamp is the scanner's {@link TokenScanner.origStamp}. A new scanner takes a
 * new stamp, so nothing is cleared between documents; a scanner made while another runs only makes the other read the
 * view again.
 */
const origMemo = { stamp: 0, startStamp: new Int32Array(0), start: new Int32Array(0), endStamp: new Int32Array(0), end: new Int32Array(0) }

/** Tokens, paragraph state and speech-verb look-ups. */
export abstract class TokenScanner {
  protected readonly lex: QuoteLexicons = quoteLexicons()
  /** Registered before the token ids are read in the constructor. */
  protected readonly markKeys: KeySet = markKeys()
  protected readonly primeKeys: KeySet = primeKeys()
  protected readonly keys: Array<string>
  /** Key ids of the tokens (as tokenized: {@link cueWithoutProclitic} and {@link verbAt} swap keys in `keys` for a moment, never the ids). */
  protected readonly ids: Int32Array
  /** Key ids of the words without their first letter (see `idsOf`). */
  protected readonly tails: Int32Array
  /** How many keys are swapped for a reading without a proclitic ({@link cueWithoutProclitic}, {@link verbAt}): the key ids then no longer match `keys`. */
  protected swapped = 0
  /** The paragraph before the current one (`[lastPs, lastPe)`; empty before the first). */
  protected lastPs = 0
  protected lastPe = 0

  constructor(
    protected readonly t: Tokens,
    protected readonly text: string,
    protected readonly exclude: RangeFilter
  ) {
    this.keys = t.keys
    const ids = idsOf(t)
    this.ids = ids.ids
    this.tails = ids.tails
    // (a view longer than ORIG_MEMO_MAX is read through the view: the shared buffers never grow past it)
    this.viewLength = t.identity || t.view.text.length > ORIG_MEMO_MAX ? -1 : t.view.text.length
    this.origStamp = ++origMemo.stamp
    if (this.viewLength >= 0 && origMemo.start.length < this.viewLength + 1) {
      const size = Math.min(Math.max(this.viewLength + 1, origMemo.start.length * 2, 1024), ORIG_MEMO_MAX + 1)
      origMemo.startStamp = new Int32Array(size)
      origMemo.start = new Int32Array(size)
      origMemo.endStamp = new Int32Array(size)
      origMemo.end = new Int32Array(size)
    }
  }

  /** The length of the view's text (the ranges {@link orig} memoizes lie in it); -1 when it memoizes none. */
  private readonly viewLength: number
  /** This scanner's stamp in the shared memo of original offsets ({@link orig}). */
  private readonly origStamp: number

  // -------------------------------------------------------------------------
  // tokens

  /**
   * The original range of the view's `[start, end)`. A view maps a range through its first and last characters (the
   * original start of the first, the original end of the last: `TextView.toOriginal` in model/view.ts promises it), so the start and
   * the end are memoized apart, by position, for the document (fifty-third session, helper qspeed2: the scan asks this
   * of the same tokens again and again, and each answer cost two binary searches over the view's edits). An empty range,
   * or one outside the view (which the view rejects), is asked of the view itself.
   */
  protected orig(start: number, end: number): Range {
    const t = this.t
    if (!(start >= 0 && start < end && end <= this.viewLength)) return t.view.toOriginal(start, end)
    const m = origMemo
    const stamp = this.origStamp
    if (m.startStamp[start] === stamp && m.endStamp[end] === stamp) return { start: m.start[start]!, end: m.end[end]! }
    const r = t.view.toOriginal(start, end)
    m.startStamp[start] = stamp
    m.start[start] = r.start
    m.endStamp[end] = stamp
    m.end[end] = r.end
    return r
  }

  /**
   * The first token before `before` whose original end ({@link orig}) is at `at` or after it, by a binary search (the
   * tokens' original ends ascend with the tokens); `before` when none is. The one search of the tokens by an original
   * offset: `tokenAtOriginal` (speakers.ts) asks it for the token that holds an offset, `blessingEnds`
   * (entity-index.ts) for the tokens that end where a mention ends (session 63, helper tidy7: each wrote its own).
   */
  protected firstTokenEndingFrom(at: number, before: number = this.t.count): number {
    let lo = 0
    let hi = before
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.orig(this.t.starts[mid]!, this.t.ends[mid]!).end < at) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  /** The original character of a punctuation token (the view may have folded quotation marks). */
  protected markChar(j: number): string | null {
    // this runs for every token of every paragraph: the key id answers for the many commas and full stops without
    // reading their strings (only words are ever swapped in `keys`, so a punctuation token's id always matches it)
    if (this.t.kinds[j] !== PUNCT) return null
    if (!this.markKeys.hasId(this.ids[j]!)) return this.primeKeys.hasId(this.ids[j]!) ? this.doublePrime(j) : null
    const k = this.keys[j]!
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    const c = this.text[o.start]!
    if (MARKS.has(c)) return c
    // `Martin›s Lane`: a single guillemet the view folded to `"`, glued between two Latin letters, is an apostrophe
    if ((c === "\u2039" || c === "\u203a") && isLatinLetter(this.text.charCodeAt(o.start - 1)) && isLatinLetter(this.text.charCodeAt(o.end))) return null
    return k
  }

  /**
   * `″` glued after a digit, where the `search` view wrote it as two apostrophes (NFKC makes it `′′`; thirty-third
   * session): the first of the two tokens stands for the mark, the second for nothing. WordPress prints a `"` typed
   * after a digit as `″`, so it closes `“ويندوز 10″` and quotes ending on a year (see {@link OPENERS}). Anywhere else
   * `″` is left to the view (a double prime of minutes of arc or inches).
   */
  private doublePrime(j: number): string | null {
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    if (this.text.charCodeAt(o.start) !== 0x2033 || !isDigit(this.text.charCodeAt(o.start - 1))) return null
    if (j > 0 && this.t.spaced[j] === 0 && this.primeKeys.hasId(this.ids[j - 1]!) && this.orig(this.t.starts[j - 1]!, this.t.ends[j - 1]!).start === o.start) return null
    return "\u2033"
  }

  /**
   * Does the speaker phrase name God (`تعالى`, `الله عز وجل`, `الحق سبحانه وتعالى`; the lexicon's `divine`), is it
   * `الله` alone (`قال الله فيهم:`; `alone`, thirty-fourth session), or does `عز من قائل` stand at the token `at` it
   * was found at? Then the words are scripture, no quote of the article's, and God is never the chain's speaker
   * (thirty-third session). A phrase with a word of mercy (`الإمام X رحمه الله تعالى`) names the person.
   */
  protected divine(speaker: Speaker, at = -1): boolean {
    let named = divineTexts.get(this.lex, speaker.text)
    if (named === undefined) {
      named = this.godInText(speaker.text)
      divineTexts.set(this.lex, speaker.text, named)
    }
    if (named !== 0) return named > 0
    // (`فقال عز من قائل:`: the speaker found at token `at` is the entity stage's `عز`)
    if (at >= 0) for (let k = at; k < Math.min(at + 3, this.t.count); k++) if (this.mightyAt(k)) return true
    return false
  }

  /**
   * What {@link divine} reads in a speaker's words alone: 1 for `الله` alone or a phrase that names God, -1 for a word of
   * mercy, else 0. Kept by the text ({@link divineTexts}): every push asks it, and the same names come back.
   */
  private godInText(text: string): -1 | 0 | 1 {
    const keys = foldKey(text)
    if (keys.length === 1 && this.lex.godAlone.has(keys[0]!)) return 1
    return this.godIn(keys.length, (i) => keys[i])
  }

  /**
   * Do the words at token `s` follow a phrase that names God (`قال تعالى: {`, `بقوله تعالى: (`, `يقول الحق سبحانه
   * وتعالى: "`), with at most four punctuation tokens between, and no word of mercy among the three words before
   * (`… رحمه الله تعالى:` is a scholar's), or is the speaker phrase of their cue such a phrase? Then they are
   * scripture (thirty-third session).
   */
  protected scriptureAfter(s: number, cue: Cue | null): boolean {
    // the cue's speaker phrase as written (`قال الله عز وجل في محكم كتابه:`: the entity stage's speaker is `الله`)
    if (cue !== null && cue.speaker !== null && this.divineWords(cue.speaker[0], cue.speaker[1])) return true
    let k = s - 1
    while (k >= 0 && k >= s - 4 && this.t.kinds[k] === PUNCT) k--
    return k >= 0 && this.t.kinds[k] === WORD && (this.lex.divine.has(this.keys[k]!) || this.mightyEndsAt(k)) && this.divineWords(Math.max(0, k - 3), k + 1)
  }

  /**
   * Do the words at token `s`, which no cue attributes, stand in a sentence whose subject before them is God (fiftieth
   * session, helper arfalse): `الله` alone right after a verb of the third person with no object pronoun (`ي`/`ت` and
   * three letters or more, `يقرن الله عبادته ببر الوالدين: «…»`, `، «…»` further on) or after `كان` (`وإذا كان الله نهى
   * عن كلمة «أف» «…»`), at most {@link GOD_SUBJECT_TOKENS} tokens back and no sentence's end between? Then the marks
   * cite a verse, no quote (the chain's last speaker took them: `قائل` of a hypothetical `قد يقول قائل:`). Not
   * `يرحمه الله`, `يحفظه الله` (a pronoun: a blessing), nor `عبد الله`, `بإذن الله`, `إن شاء الله`.
   */
  protected godSubjectBefore(s: number): boolean {
    for (let k = s - 1; k > 0 && k >= s - GOD_SUBJECT_TOKENS; k--) {
      if (this.isSentenceEnd(k)) return false
      if (this.t.kinds[k] !== WORD || !this.lex.godAlone.has(this.keys[k]!) || this.t.kinds[k - 1] !== WORD) continue
      const before = withoutConjunction(this.keys[k - 1]!, 3)
      if (KANA.has(before)) return true
      const c = before[0]
      if (before.length >= 4 && (c === YA || c === TA) && !OBJECT_ENDS.some((end) => before.endsWith(end)) && !this.lex.mercy.has(before)) return true
    }
    return false
  }

  /**
   * Tokens `[a, b)` hold a word that names God, or `عز من قائل` ("mighty is the one who says", which the entity stage
   * reads as a man named `عز`), and no word of mercy (see {@link divine}).
   */
  protected divineWords(a: number, b: number): boolean {
    return this.godIn(b - a, (i) => (this.t.kinds[a + i] === WORD ? this.keys[a + i] : undefined), a) > 0
  }

  /**
   * The one reading behind {@link divine} (over a speaker's words) and {@link divineWords} (over tokens): of `n`
   * words (`key(i)`, undefined for a token that is no word), -1 when one is a word of mercy, else 1 when one names God
   * (the lexicon's `divine`, or opens `عز من قائل`: at token `from + i` when `from` is given, else in the words), else 0.
   */
  private godIn(n: number, key: (i: number) => string | undefined, from = -1): -1 | 0 | 1 {
    let named: 0 | 1 = 0
    for (let i = 0; i < n; i++) {
      const k = key(i)
      if (k === undefined) continue
      if (this.lex.mercy.has(k)) return -1
      if (this.lex.divine.has(k) || (from >= 0 && this.mightyAt(from + i))) named = 1
    }
    return named
  }

  /** A phrase of the lexicon's `mighty` (`عز من قائل`, `عز اسمه`) opening at token `k`. */
  protected mightyAt(k: number): boolean {
    for (const words of this.lex.mighty) if (this.phraseAt(k, words)) return true
    return false
  }

  /** A phrase of the lexicon's `mighty` ending at token `k` (`بقوله عز اسمه:`). */
  private mightyEndsAt(k: number): boolean {
    for (const words of this.lex.mighty) if (k + 1 >= words.length && this.phraseAt(k + 1 - words.length, words)) return true
    return false
  }

  /** The search-form `words` at tokens `k`, `k + 1`, …. */
  private phraseAt(k: number, words: ReadonlyArray<string>): boolean {
    if (k < 0 || k + words.length > this.t.count) return false
    let i = 0
    while (i < words.length && this.keys[k + i] === words[i]) i++
    return i === words.length
  }

  /**
   * Are the words `[s, e)` a verse cited with no divine phrase (thirty-fourth session): fully vocalized (see
   * {@link vocalized}), and right after a word that cites them (`قوله: (…)`, `الآية الكريمة: «…»`, `مستشهدا بقوله:`;
   * the lexicon's `citing` and `citingAfter`, at most four punctuation tokens between) or right before a sura
   * reference (`(النساء: 93)`, `[البقرة: 255]`, `سورة …`)? A fully vocalized quote after anything else is kept: hadiths
   * and poems are quotes of the Prophet and of the poets who recite them.
   */
  protected citedVerse(s: number, e: number, span: Range): boolean {
    if (!vocalized(this.text.slice(span.start, span.end))) return false
    let k = s - 1
    while (k >= 0 && k >= s - 4 && this.t.kinds[k] === PUNCT) k--
    const cites = (j: number): boolean => j >= 0 && this.t.kinds[j] === WORD && this.lex.citingVerse.has(this.keys[j]!)
    if (cites(k) || (k >= 1 && this.t.kinds[k] === WORD && this.lex.citingAfter.has(this.keys[k]!) && cites(k - 1))) return true
    let j = e
    while (j < this.t.count && j < e + 3 && this.t.kinds[j] === PUNCT && this.keys[j] !== "(" && this.keys[j] !== "[") j++
    if (j < this.t.count && this.t.kinds[j] === WORD && this.keys[j] === SURA) return true
    // (النساء: 93), [البقرة: 255], (الإسراء:33): a bracket, one word, a colon and a number
    if (j + 3 < this.t.count && (this.keys[j] === "(" || this.keys[j] === "[") && this.t.kinds[j + 1] === WORD && this.keys[j + 2] === ":" && this.t.kinds[j + 3] === NUM) return true
    // (…) الإسراء :23: a bare reference right after the verse's closing bracket, after the words or among their last
    // tokens (a colon's words that ran on past the bracket; fifty-eighth session, helper arread2)
    if (j < this.t.count && this.t.kinds[j] === WORD && this.suraReferenceAt(j, Math.min(this.t.count, j + 8)) >= 0) return true
    for (let k = Math.max(s + 1, e - 8); k < e; k++) if (this.keys[k] === ")" && this.suraReferenceAt(k + 1, e) === e) return true
    return false
  }

  /**
   * Do the words `[s, e)` hold a hadith its source note names (fifty-eighth session, helper arread2, after the A112
   * reading): right after them, or after a closing mark or bracket among their last eight tokens (a colon's words that
   * ran on past the hadith's bracket), up to three tokens of punctuation that end no sentence, then a note's first
   * word (`hadithNotes.leads`: `«…» متفق عليه`, `(…)، رواه البخاري`) or a collection's noun and a collector (`(…) صحيح
   * البخاري`)?
   */
  protected hadithNoted(s: number, e: number): boolean {
    if (this.hadithNoteFrom(e)) return true
    for (let k = Math.max(s + 1, e - 8); k < e; k++) if (this.t.kinds[k] === PUNCT && (this.keys[k] === ")" || MARKS.has(this.keys[k]!)) && this.hadithNoteFrom(k + 1)) return true
    return false
  }

  /** Does a hadith's source note open at token `j`, past up to three punctuation tokens that end no sentence? */
  private hadithNoteFrom(j: number): boolean {
    let k = j
    while (k < this.t.count && k < j + 3 && this.t.kinds[k] === PUNCT && !this.isSentenceEnd(k)) k++
    if (k >= this.t.count || this.t.kinds[k] !== WORD) return false
    const key = this.keys[k]!
    if (this.lex.hadithNoteLeads.has(key)) return true
    return this.lex.hadithCollections.has(key) && k + 1 < this.t.count && this.t.kinds[k + 1] === WORD && this.lex.hadithCollectors.has(this.keys[k + 1]!)
  }

  /**
   * Does the blessing on a companion (`رضي الله عنه`, `رضي الله تعالى عنهما`) end right before the verb of `cue`, which
   * names no subject after it, a dash or a comma between allowed (`فعن X - رضي الله تعالى عنهما - قال: «…»`)? The
   * companion narrates a hadith: no news quote (fifty-eighth session, helper arread2, after the A112 reading).
   */
  protected companionNarrates(cue: Cue | null): boolean {
    if (cue === null || cue.english || cue.kind !== "verb" || cue.speaker !== null) return false
    let k = cue.at - 1
    while (k >= 0 && k >= cue.at - 3 && this.t.kinds[k] === PUNCT && !this.isSentenceEnd(k)) k--
    if (k < 2 || this.t.kinds[k] !== WORD || !this.lex.companionPronouns.has(this.keys[k]!)) return false
    let j = k - 1
    if (this.keys[j] === TAALA) j--
    const [first, second] = this.lex.companionBlessing
    return j >= 1 && this.keys[j] === second && this.keys[j - 1] === first
  }

  /**
   * The end of the longest sura name of `ar-suras.json` that opens at token `k` and ends at or before `end`, or -1 (the
   * names are indexed by their first key: only those that open with `k`'s word are read). One look-up for the three
   * readers of a sura's name: a reference, a sura named before a verse, a verse named before a verb.
   */
  protected suraNameEnd(k: number, end: number): number {
    let named = -1
    if (k >= end) return named
    for (const name of this.lex.suraNames.get(this.keys[k]!) ?? []) if (k + name.length <= end && this.phraseAt(k, name)) named = Math.max(named, k + name.length)
    return named
  }

  /**
   * Is a sura reference (`البقرة 114`, `سورة البقرة الآية 43`, `آل عمران: 3`, `البقرة: 43-44`) at tokens `[j, …)`?
   * Returns the token after it, else -1 (fifty-fourth session, helper arscript): `سورة` or not, one of the 114 names
   * of `ar-suras.json` (the lexicon's `suraNames`), a colon, a comma, a dash or `الآية` or not, and a verse's number
   * (or two, with a dash between).
   */
  protected suraReferenceAt(j: number, end: number): number {
    let k = j
    if (k < end && this.keys[k] === SURA) k++
    const named = this.suraNameEnd(k, end)
    if (named < 0) return -1
    k = named
    if (k < end && this.t.kinds[k] === PUNCT && SURA_SEPARATORS.has(this.keys[k]!)) k++
    if (k < end && this.t.kinds[k] === WORD && VERSE_WORDS.has(this.keys[k]!)) k++
    if (k >= end || this.t.kinds[k] !== NUM) return -1
    k++
    if (k + 1 < end && this.keys[k] === "-" && this.t.kinds[k + 1] === NUM) k += 2
    return k
  }

  /**
   * Are the words `[s, e)` a sura reference, or a verse with one right after it (fifty-fourth session, helper
   * arscript)? `"البقرة 114"` in marks after a verse is a citation label, no one's words (before, the preacher's
   * quote); and marks right before a reference in marks or brackets (`«…» "البقرة 43"`, `"…" (آل عمران: 3)`) hold a
   * verse, vocalized or not (before, only a fully vocalized one, {@link citedVerse}). The reference must end at its
   * closing mark or bracket.
   */
  protected suraCited(s: number, e: number): boolean {
    if (this.suraReferenceAt(s, e) === e) return true
    let j = e
    // the closing mark, a comma, the reference's opening mark or bracket
    while (j < this.t.count && j < e + 3 && this.t.kinds[j] === PUNCT && !this.isSentenceEnd(j)) j++
    // (a closing mark and an opening one at least: `«…» ص36` is a page number after a quote)
    if (j < e + 2 || j >= this.t.count) return false
    const open = this.keys[j - 1]!
    if (open !== "(" && open !== "[" && !MARKS.has(open) && open !== "\u00ab") return false
    const after = this.suraReferenceAt(j, Math.min(this.t.count, j + 8))
    if (after < 0 || after >= this.t.count || this.t.kinds[after] !== PUNCT) return false
    // (in brackets, a name and a bare number may be a score, `(النصر 2-1)`: there the reference says `سورة`, `الآية`
    // or has its colon, `(النصر: 3)`)
    if (open !== "(" && open !== "[") return true
    for (let k = j; k < after; k++) if (this.keys[k] === SURA || this.keys[k] === ":" || VERSE_WORDS.has(this.keys[k]!)) return true
    return false
  }

  /**
   * Do the marks at token `s` cite a hadith by its noun (fifty-fourth session, helper arscript; the lexicon's
   * `hadithCited`)? The cue's speaker is the noun (`وقد جاء في الحديث: «…»` → `الحديث`; `كما جاء في الحديث القدسي:`),
   * or the noun stands right before the marks (a colon or a dash between): after `في`/`ففي`/`هذا` (`وفي الحديث:
   * «…»`, `ففي الحديث «…»`), before a qualifier (`يعبر عنه الحديث الشريف: «…»`), or before a title of the Prophet and
   * his blessing (`مستشهدا بحديث الرسول عليه الصلاة والسلام: «…»`). Not `في حديث خاص لـ…` nor `حديثه` (an
   * interview), nor `الحديث عن X` (a topic): the noun stands right before the marks or ends the speaker phrase.
   */
  protected hadithCited(s: number, speaker: Speaker | null): boolean {
    if (speaker !== null) {
      const keys = foldKey(speaker.text)
      // (a speaker the chain carried from a hadith of an earlier paragraph, `وأضاف "…"` after the preacher's words
      // there, is only the chain's mistake: the words are the preacher's, kept; one of this paragraph is the hadith's)
      if (keys.length > 0 && keys.length <= 2 && this.lex.hadithNouns.has(keys[0]!) && (keys.length === 1 || this.lex.hadithQualifiers.has(keys[1]!)) && this.hadithNounFrom(s)) return true
    }
    let k = s - 1
    while (k >= 0 && k >= s - 4 && this.t.kinds[k] === PUNCT && !this.isSentenceEnd(k)) k--
    if (k < 1 || this.t.kinds[k] !== WORD) return false
    if (this.lex.hadithQualifiers.has(this.keys[k]!) && this.hadithNounAt(k - 1)) return true
    // (`في` alone only where its clause opens, `، في الحديث: «…»`: `بدأ المحامي في الحديث: «…»` is "began to speak")
    if (this.hadithNounAt(k) && this.t.kinds[k - 1] === WORD && this.lex.hadithBefore.has(this.keys[k - 1]!) && (this.keys[k - 1] !== FI || k < 2 || this.t.kinds[k - 2] === PUNCT)) return true
    // (بحديث الرسول عليه الصلاة والسلام: «…»: the blessing, the title, the noun)
    const at = this.blessingStartAt(k)
    if (at < 1) return false
    for (const title of this.lex.prophetTitles) if (this.phraseAt(at - title.length, title) && this.hadithNounAt(at - title.length - 1)) return true
    return false
  }

  /** Is token `j` a hadith's noun ({@link hadithCited}; a method, not a closure made per quote: fifty-ninth session)? */
  private hadithNounAt(j: number): boolean {
    return j >= 0 && this.t.kinds[j] === WORD && this.lex.hadithNouns.has(this.keys[j]!)
  }

  /** Does a hadith's noun (`hadithCited`'s `nouns`) stand in the paragraph before token `s`, at most {@link HADITH_NOUN_TOKENS} tokens back? */
  private hadithNounFrom(s: number): boolean {
    for (let k = s - 1; k >= this.ps && k >= s - HADITH_NOUN_TOKENS; k--) if (this.t.kinds[k] === WORD && this.lex.hadithNouns.has(this.keys[k]!)) return true
    return false
  }

  /**
   * Is the cue's verb glued to `و`/`ف` (`وقال`, `فقال`: the man quoted before goes on): its word has four letters or
   * more and opens with one, and the verb as the cue read it does not ({@link godBeforeVerb}, {@link
   * verseNounBeforeVerb}). The cue's text is folded for it (`foldKey` keeps a short phrase's keys: a map look-up):
   * the word's key ids cannot say it, as only the cue knows whether it cut a conjunction (`وافق`, `فسر` open with the
   * letter themselves; `ووصف` keeps a `و` after the one cut), and `ؤ`, `ڤ` fold to `و`, `ف`.
   */
  private verbGlued(cue: Cue): boolean {
    const verb = this.keys[cue.at]!
    return verb.length > 3 && (verb[0] === WAW || verb[0] === FA) && (foldKey(cue.verb)[0] ?? "")[0] !== verb[0]
  }

  /**
   * Does a sentence whose subject is God stand right before the cue's verb, which has no subject after it (fifty-fourth
   * session, helper arscript)? `والله عز وجل يقول: "…"`, `فالله سبحانه وتعالى يقول في كتابه:`, `حكمة الله عز وجل حيث
   * قال: (…)`: a word of `divine` (or a `mighty` phrase) right before the verb (`حيث`, `إذ`, `عندما` between), no word
   * of mercy among the four words before. Not a verb glued to `و`/`ف` (`حمد الله تعالى وقال:`: the man goes on).
   */
  protected godBeforeVerb(cue: Cue | null): boolean {
    if (cue === null || cue.speaker !== null || cue.kind !== "verb") return false
    if (this.verbGlued(cue)) return false
    let k = cue.at - 1
    if (k >= 0 && this.t.kinds[k] === WORD && GOD_VERB_LINKS.has(this.keys[k]!)) k--
    if (k < 1 || this.t.kinds[k] !== WORD) return false
    return (this.lex.divine.has(this.keys[k]!) || this.mightyEndsAt(k)) && this.divineWords(Math.max(0, k - 3), k + 1)
  }

  /**
   * Is a columnist's generic saying the cue (fifty-fourth session, helper arscript; the lexicon's `genericSaying`)?
   * `ولكنك لا تملك إلا أن تقول: …`: `تقول` right after `أن`, its colon right after it, no speaker after it, and the
   * addressed you (`persons`) at most five words before `أن` in the sentence. The words are nobody's. `وتقول
   * الوزيرة:`, `فاطمة … تقول:`, `أن تقول للأمير:` keep their speaker.
   * Also (fifty-fifth session, helper arfalse) the reader's own question a column puts in his mouth, in the second person
   * that `تسأل`, `تتساءل`, `تقول` share with the third feminine: the verb's own `نفسك`/`لنفسك` right before its colon
   * (`أريدك أن تسأل نفسك: «…»`, `وتقول لنفسك: …`; a woman asks `نفسها`), a verb with the object `ك` right before it
   * (`causatives`: `حالتهم هذه تجعلك تتساءل مستغربا: …`, a word or two between the verb and its colon), or the bare verb
   * after a comma with the addressed you (`persons`) earlier in its sentence, no subject between them (`… يخرجون لك
   * عشرات الفتاوى …، تسأل: لماذا؟`). Not `تقول` with a named subject after it, nor a verb glued to و/ف in the last
   * shape (`وتقول: …` goes on with the woman quoted before).
   */
  protected genericSaying(cue: Cue | null): boolean {
    if (cue === null || cue.kind !== "verb") return false
    const key = this.keys[cue.at]!
    const bare = this.lex.genericVerbs.has(key)
    if (!bare && !this.lex.genericVerbs.has(withoutConjunction(key))) return false
    // (the verb's own reflexive before its colon: `تسأل نفسك:`, `وتقول لنفسك:`, which the cue may read as its speaker)
    if (cue.end + 1 < this.t.count && this.t.kinds[cue.end] === WORD && this.lex.genericReflexives.has(this.keys[cue.end]!) && this.keys[cue.end + 1] === ":") return true
    if (!bare) return false
    // (its colon right after it, or after a word or two of manner when `ك` stands before it, `تتساءل مستغربا:`, which
    // the cue may read as its speaker)
    if (cue.at > 0 && this.t.kinds[cue.at - 1] === WORD && this.lex.genericCausatives.has(this.keys[cue.at - 1]!)) {
      let colon = cue.end
      while (colon < this.t.count && colon < cue.end + 2 && this.t.kinds[colon] === WORD) colon++
      return colon < this.t.count && this.keys[colon] === ":" && (cue.speaker === null || cue.speaker[1] <= colon)
    }
    if (cue.speaker !== null || cue.end >= this.t.count || this.keys[cue.end] !== ":") return false
    const a = cue.at - 1
    if (a < 1) return false
    if (this.keys[a] === ANNA) {
      // (its colon right after it: `أن تقول للنعمان:` addresses a man the text names, the poet's own words follow)
      for (let k = a - 1; k >= 0 && k >= a - 5; k--) {
        if (this.isSentenceEnd(k)) return false
        if (this.t.kinds[k] === WORD && this.lex.genericPersons.has(this.keys[k]!)) return true
      }
      return false
    }
    // (the bare verb after a comma: the addressed you earlier in the sentence, at most GENERIC_REACH tokens back)
    if (this.t.kinds[a] !== PUNCT || !COMMAS.has(this.keys[a]!)) return false
    for (let k = a - 1; k >= 0 && k >= a - GENERIC_REACH; k--) {
      if (this.isSentenceEnd(k) || (this.t.kinds[k] === PUNCT && this.markChar(k) !== null)) return false
      if (this.t.kinds[k] === WORD && this.lex.genericPersons.has(this.keys[k]!)) return true
    }
    return false
  }

  /**
   * Do the quoted words `[s, e)` open with a call only the Quran makes (fifty-fifth session, helper arverse; the
   * lexicon's `verseOpenings`): `يا أيها` (`ياأيها`, `يأيها`) and right after it `الذين`, `النبي`, `الناس`, `الإنسان` …
   * (`«يا أيها الذين آمنوا إن تنصروا الله …»`)? A verse, vocalized or not, whoever the cue before it names.
   */
  protected verseOpening(s: number, e: number): boolean {
    let k = s
    while (k < e && this.t.kinds[k] === PUNCT) k++
    for (const call of this.lex.verseCalls) {
      const n = k + call.length
      if (n < e && this.phraseAt(k, call) && this.t.kinds[n] === WORD && this.lex.verseAddressed.has(this.keys[n]!)) return true
    }
    return false
  }

  /**
   * Do `سورة` and a sura's name stand right before the quoted words at token `s` (fifty-fifth session, helper
   * arverse)? `وفي سورة محمد: "…"`, `ويقول، وهو أصدق القائلين، في سورة الرحمن: (…)`, `في سورة الأحزاب الآية 58: "…"`:
   * the marks, a colon or a comma between, and a verse's number with or without `الآية`. The words are the verse the
   * reference names (the reference after a verse is {@link suraCited}'s).
   */
  protected suraNamedBefore(s: number): boolean {
    let k = s - 1
    while (k >= 0 && k >= s - 4 && this.t.kinds[k] === PUNCT && !this.isSentenceEnd(k)) k--
    if (k >= 0 && this.t.kinds[k] === NUM) {
      k--
      if (k >= 0 && this.t.kinds[k] === WORD && VERSE_WORDS.has(this.keys[k]!)) k--
      if (k >= 0 && this.t.kinds[k] === PUNCT && SURA_SEPARATORS.has(this.keys[k]!)) k--
    }
    if (k < 1 || this.t.kinds[k] !== WORD) return false
    // (the name opens right after `سورة`: each `سورة` in the few words before, and the names that open with the word
    // after it, which must end at `k`)
    for (let at = k; at >= 1 && at > k - SURA_NAME_WORDS; at--) if (this.keys[at - 1] === SURA && this.suraNameEnd(at, k + 1) === k + 1) return true
    return false
  }

  /**
   * Does the clause before a cue's verb that has no subject after it and follows `حيث`/`إذ` name a verse (fifty-fifth
   * session, helper arverse)? `وفي الآية الكريمة من سورة الطلاق وعد الله من يتقيه … حيث قال: "…"`: `سورة` and a sura's
   * name, or `الآية`/`آية` and `الكريمة`, among the words (at most {@link VERSE_CLAUSE_WORDS}, no comma, no mark) right
   * before the link. Returns the first of those words, else -1. The verb's subject is the verse's speaker, God; the
   * caller checks that the words name no person (`تفسير الشيخ X لهذه الآية الكريمة حيث قال:` names the one who speaks).
   */
  protected verseNounBeforeVerb(cue: Cue | null): number {
    if (cue === null || cue.speaker !== null || cue.kind !== "verb") return -1
    if (this.verbGlued(cue)) return -1
    const link = cue.at - 1
    if (link < 1 || this.t.kinds[link] !== WORD || !GOD_VERB_LINKS.has(this.keys[link]!)) return -1
    let named = false
    let k = link - 1
    for (; k >= 0 && k >= link - VERSE_CLAUSE_WORDS && this.t.kinds[k] === WORD; k--) {
      if (this.keys[k] === SURA) {
        if (this.suraNameEnd(k + 1, link) >= 0) named = true
      } else if (VERSE_WORDS.has(this.keys[k]!) && k + 1 < link && this.keys[k + 1] === NOBLE) named = true
    }
    return named ? k + 1 : -1
  }

  /**
   * The token of a proverb's, a maxim's or a rule's noun that is the subject of the cue's `يقول`/`تقول` (fifty-fifth
   * session, helper arverse; the lexicon's `maximSaying`), else -1: the speaker phrase after the verb opens with it
   * (`ويقول المثل المصري الشعبي: «…»`, `كما يقول المثل «…»`), or it stands at most three words before the verb, words
   * only between (`فالمثل يقول «…»`, `على قاعدة تقول: …`, `هناك مقولة شهيرة تقول:`, `المثل الدارج الذي يقول:`). The
   * words are no one's; the caller checks that no entity covers the noun.
   */
  protected maximBeforeSaying(cue: Cue | null): number {
    if (cue === null || cue.kind !== "verb" || !this.lex.maximVerbs.has(withoutConjunction(this.keys[cue.at]!, 3))) return -1
    if (cue.speaker !== null) return this.maximNounAt(cue.speaker[0]) ? cue.speaker[0] : -1
    for (let k = cue.at - 1; k >= 0 && k >= cue.at - 3 && this.t.kinds[k] === WORD; k--) if (this.maximNounAt(k)) return k
    return -1
  }

  /** Is the word at token `k` a maxim's noun (`maximSaying`'s `nouns`, its و/ف aside; `مثل` only before a nisba, `مثل شعبي`), not before a word of `notAfter`? */
  private maximNounAt(k: number): boolean {
    const key = withoutConjunction(this.keys[k]!)
    const next = k + 1 < this.t.count && this.t.kinds[k + 1] === WORD ? this.keys[k + 1]! : ""
    if (this.lex.maximNotAfter.has(next)) return false
    if (this.lex.maximNouns.has(key)) return true
    return this.lex.maximQualified.has(key) && next.length > 2 && next.endsWith(YA) && !next.startsWith(ALEF_LAM)
  }

  /**
   * A hadith's speaker (thirty-fourth session): a phrase that holds the blessing (`صلى الله عليه وسلم`; `blessing` in
   * the lexicon) after one of the Prophet's titles (`prophet`: `رسول الله`, `النبي`, `الرسول`) is that title as
   * written (`حديث الرسول صلى الله عليه وسلم عندما` → `الرسول`); the blessing alone (`قال صلى الله عليه وسلم:`) is the
   * title the text gave last before token `s`, when one stands in the 2,000 tokens before. Any other speaker is
   * returned as it is.
   */
  protected prophetSpeaker(speaker: Speaker, s: number): Speaker {
    if (!SALLA.test(speaker.text)) return speaker
    const words = speaker.text.split(/\s+/).filter((w) => w.length > 0)
    let b = -1
    for (let i = 0; i + 1 < words.length && b < 0; i++) {
      const k = foldKey(words[i]!)
      if (k.length === 1 && this.lex.blessingOpen.has(k[0]!) && this.lex.godAlone.has(foldKey(words[i + 1]!)[0] ?? "")) b = i
    }
    if (b < 0) return speaker
    // the last title in the words before the blessing
    for (let i = b - 1; i >= 0; i--) {
      for (const title of this.lex.prophetTitles) {
        if (i + 1 < title.length) continue
        const at = i + 1 - title.length
        let n = 0
        while (n < title.length && foldKey(words[at + n]!).join(" ") === title[n]) n++
        if (n === title.length) return { ...speaker, text: words.slice(at, i + 1).join(" "), entityId: null, person: true }
      }
    }
    if (b > 0) return speaker
    const title = this.prophetTitleBefore(s)
    return title === null ? speaker : { ...speaker, text: title, entityId: null, person: true }
  }

  /**
   * Is `text` the Prophet as a hadith's speaker (forty-fourth session): one of his titles alone (`prophet` in the
   * lexicon: `رسول الله`, `النبي`, `الرسول` …, as {@link prophetSpeaker} and {@link prophetBefore} give them), or the
   * blessing's words where no title stood before ({@link prophetOrBlessing})? A name that holds such a word (`يحيى
   * رسول`) is not.
   */
  protected prophetNamed(text: string): boolean {
    // (kept by the text, {@link prophetTexts}: folding the whole text cost more than the memo's look-up; fifty-third
    // session, helper qspeed2)
    let named = prophetTexts.get(this.lex, text)
    if (named === undefined) {
      named = BLESSING_WORDS.test(text) || this.lex.prophetTitleKeys.has(foldKey(text).join(" "))
      prophetTexts.set(this.lex, text, named)
    }
    return named
  }

  /**
   * Marks with no speech verb right after the Prophet's blessing (thirty-eighth session): `كما علمنا عليه الصلاة
   * والسلام: «…»`, `وفي الحديث عنه صلى الله عليه وسلم: «…»` (a colon, a comma or a dash may stand between; the mark's
   * opening token is `open`). The hadith is the Prophet's: the title the text gave him last, as written, else the
   * blessing's words. Null when no blessing ends right before the marks.
   */
  protected blessingBefore(open: number): Speaker | null {
    let k = open - 1
    while (k >= 0 && k >= open - 2 && this.t.kinds[k] === PUNCT && !this.isSentenceEnd(k)) k--
    if (k < 3 || this.t.kinds[k] !== WORD) return null
    const at = this.blessingStartAt(k)
    return at < 0 ? null : this.prophetOrBlessing(at, k)
  }

  /**
   * The first token of the Prophet's blessing that ends at word `k` (`صلى الله عليه وسلم`, `عليه الصلاة والسلام`,
   * `عليه السلام`), else -1 (fifty-fourth session: read out of {@link blessingBefore}).
   */
  protected blessingStartAt(k: number): number {
    if (k < 3 || this.t.kinds[k] !== WORD) return -1
    if (this.blessingEndsAt(k)) return k - 3
    // (عليه الصلاة والسلام, عليه السلام: the preposition's pronoun, then one or two words of the blessing)
    if (this.isBlessingWord(k)) {
      const j = this.lex.prophetBlessing.has(this.keys[k - 1]!) ? k - 2 : k - 1
      if (this.t.kinds[j] === WORD && this.lex.prepPronouns.has(this.keys[j]!)) return j
    }
    return -1
  }

  /** Do the four words of the blessing (`صلى الله عليه وسلم`, its first word any of `blessingOpen`) end at token `k` (k ≥ 3)? */
  protected blessingEndsAt(k: number): boolean {
    return this.keys[k] === BLESSING_END[3] && this.keys[k - 1] === BLESSING_END[2] && this.keys[k - 2] === BLESSING_END[1] && this.lex.blessingOpen.has(this.keys[k - 3]!)
  }

  /**
   * Is a hadith introduced right before token `s` by a word of his saying and the Prophet's blessing (`لقوله صلى الله
   * عليه وسلم: «…»`, `بقوله صلى الله عليه وسلم :(…)`; up to three punctuation tokens between)? A verb earlier in the
   * sentence (`وشدد المفتي على … لقوله …`) attributes the sentence, not the hadith, which is no news quote (forty-sixth
   * session, after the A88 reading, where the mufti was given the hadith).
   */
  protected sayingBlessingBefore(s: number): boolean {
    let k = s - 1
    while (k >= 0 && k >= s - 3 && this.t.kinds[k] === PUNCT && !this.isSentenceEnd(k)) k--
    if (k < 4 || this.t.kinds[k - 4] !== WORD) return false
    if (!this.blessingEndsAt(k)) return false
    const w = this.keys[k - 4]!
    const c = w.charCodeAt(0)
    return this.lex.says.has(w) || (w.length > 4 && (c === 0x0644 || c === 0x0628) && this.lex.says.has(w.slice(1)))
  }

  /** Is token `k` a word of the Prophet's blessing (`prophetBlessing`: `الصلاة`, `السلام`), with its `و` or not? */
  protected isBlessingWord(k: number): boolean {
    const key = this.keys[k]!
    // (by the key ids of the word and of its tail where the stream has them, an Arabic word of three code units or more
    // with no key swapped (see `keyIn`): `blessedBefore` asks this of every word of a document, and the string look-up
    // of the word without its first letter sliced a new string for each; sixtieth session, helper perf6)
    if (this.swapped === 0 && this.t.kinds[k] === WORD && key.length > 2 && isArabicUnit(key.charCodeAt(0))) {
      return this.lex.prophetBlessingKeys.hasId(this.ids[k]!) || this.lex.prophetBlessingKeys.hasId(this.tails[k]!)
    }
    return this.lex.prophetBlessing.has(key) || this.lex.prophetBlessing.has(key.slice(1))
  }

  /**
   * The Prophet as the speaker of a hadith whose blessing is the tokens `[at, last]` (thirty-eighth session): the title
   * the text gave him last before it, as written ({@link prophetTitleBefore}), else the blessing's own words.
   */
  protected prophetOrBlessing(at: number, last: number): Speaker {
    const o = this.orig(this.t.starts[at]!, this.t.ends[last]!)
    return { text: this.prophetTitleBefore(at) ?? this.text.slice(o.start, o.end), entityId: null, gender: "m", person: true }
  }

  /** The Prophet's title (`prophet` in the lexicon) the text gave last before token `s`, as written, within the 2,000 tokens before; else null. */
  protected prophetTitleBefore(s: number): string | null {
    for (let k = s - 1; k >= 0 && k >= s - 2000; k--) {
      if (this.t.kinds[k] !== WORD) continue
      for (const title of this.lex.prophetTitles) {
        const at = k + 1 - title.length
        if (!this.phraseAt(at, title)) continue
        const o = this.orig(this.t.starts[at]!, this.t.ends[k]!)
        return this.text.slice(o.start, o.end)
      }
    }
    return null
  }

  /**
   * The Prophet's title right before a verb that has no subject after it (thirty-fourth session): `أن النبي -صلى الله
   * عليه وسلم- قال: "…"`, `عن رسول الله صلى الله عليه وسلم قال:`, `سمع رسول الله، يقول: "…"` — a hadith's chain of
   * narrators ends at the Prophet, whose words these are (before, the chain's speaker: the narrator, or a word the
   * chain carried). The blessing and punctuation may stand between; not after a preposition
   * (`على رسول الله … فقال`: `prophetObject`), nor before a feminine or plural verb (`وثنت بالصلاة على رسول الله، وقالت:`).
   * The title as written, or null.
   */
  protected prophetBefore(cue: Cue): Speaker | null {
    if (cue.kind !== "verb" || cue.gender === "f" || cue.gender === "p" || (cue.speaker !== null && cue.speaker[1] > cue.speaker[0])) return null
    let k = cue.at - 1
    const skip = (): void => {
      while (k >= 0 && k >= cue.at - 8 && this.t.kinds[k] === PUNCT && !this.isSentenceEnd(k)) k--
    }
    skip()
    // … صلى الله عليه وسلم: the four words of the blessing
    if (k >= 3 && this.blessingEndsAt(k)) {
      k -= 4
      skip()
    }
    if (k < 0 || this.t.kinds[k] !== WORD) return null
    for (const title of this.lex.prophetTitles) {
      const at = k + 1 - title.length
      if (!this.phraseAt(at, title)) continue
      // (أقبل رجل على رسول الله صلى الله عليه وسلم فقال: the title is the object of a preposition; the man speaks)
      if (at > 0 && this.t.kinds[at - 1] === WORD && this.lex.prophetObject.has(this.keys[at - 1]!)) return null
      const o = this.orig(this.t.starts[at]!, this.t.ends[k]!)
      return { text: this.text.slice(o.start, o.end), entityId: null, gender: "m", person: true }
    }
    return null
  }

  /**
   * One untagged word at token `a` (`span` as written) whose vowels show it is no subject (thirty-fourth session): a
   * tanween of the accusative (`نصًا`, `صراحةً`, `هُدًى`: an adverb or an object), or a vowel and a plural or dual
   * pronoun glued to it (`حقيقتَهم`, `أَيْمَانُكُمْ`: a possessed noun, the object after the verb in a sermon's
   * vocalized lines, or words of a verse). The chain speaks instead, and such a word never joins it.
   */
  protected caseMarked(a: number, span: Range): boolean {
    const word = this.text.slice(span.start, span.end)
    if (word.includes("\u064b")) return true
    return SHORT_VOWEL_ONE.test(word) && OBJECT_SUFFIX.test(this.keys[a]!)
  }

  /** The punctuation `key` at token `k`, with no space before it or after it (`Sheffield-based`, `bbc.co.uk`). */
  protected gluedPunct(k: number, key: string): boolean {
    return this.t.kinds[k] === PUNCT && this.keys[k] === key && this.t.spaced[k] === 0 && k + 1 < this.t.count && this.t.spaced[k + 1] === 0
  }

  /** A full stop, question or exclamation mark (compared, not hashed: this runs for every punctuation token). */
  protected isSentenceEnd(j: number): boolean {
    if (this.t.kinds[j] !== PUNCT) return false
    const k = this.keys[j]
    return (k === "." && !this.abbreviationDot(j)) || k === "\u061f" || k === "?" || (k === "!" && !this.nameBang(j))
  }

  /**
   * The `!` of a name glued to it (`OutRage!`, `Kerrang!`, `Wham!`), which ends no sentence: glued after a capitalized
   * word, a space and a word in lower case after it (`Ben Lowe of protest group Enough! said …`; fifty-third session,
   * helper encarry). Before, the name's `!` cut the subject from its verb.
   */
  protected nameBang(j: number): boolean {
    const t = this.t
    if (j <= 0 || j + 1 >= t.count || t.spaced[j] !== 0 || t.spaced[j + 1] === 0 || t.kinds[j - 1] !== WORD || t.kinds[j + 1] !== WORD || !isCapitalized(t, this.text, j - 1)) return false
    const c = this.text.charCodeAt(this.orig(t.starts[j + 1]!, t.starts[j + 1]! + 1).start)
    return c >= 0x61 && c <= 0x7a
  }

  /**
   * The full stop of an Arabic title abbreviation glued to it (`د.` doctor, `م.` engineer: `وقال د. السند:`), or of a
   * name's initial (`م.س. غوبتا`, `ج. سميث`: one Arabic letter; seventeenth session), which ends no sentence.
   */
  protected abbreviationDot(j: number): boolean {
    if (j <= 0 || this.t.spaced[j] !== 0 || this.t.kinds[j - 1] !== WORD) return false
    const k = this.keys[j - 1]!
    if (k.length !== 1) return this.lettersDot(j)
    return isArabicBaseLetter(k.charCodeAt(0))
  }

  /**
   * The full stop inside an abbreviation spelled in Latin letters' Arabic names (`إن.بي.سي`, `سي.إن.إن`: `letterNames`,
   * `letterWords`), glued to a letter's name on both sides and one of them no common word (fifty-eighth session, helper
   * arread2, after the A113 reading's `وقال X لشبكة (إن.بي.سي) الأمريكية “…`, where the dots cut the verb from its
   * quote), which ends no sentence.
   */
  protected lettersDot(j: number): boolean {
    const t = this.t
    if (j + 1 >= t.count || t.spaced[j + 1] !== 0 || t.kinds[j + 1] !== WORD) return false
    const before = this.keys[j - 1]!
    const after = this.keys[j + 1]!
    const letter = (key: string): boolean => this.lex.letterNames.has(key) || this.lex.letterWords.has(key)
    return letter(before) && letter(after) && (this.lex.letterNames.has(before) || this.lex.letterNames.has(after))
  }

  /**
   * A colon that can introduce speech: not one glued between two numbers, a clock time or a score (`5:40`,
   * `الساعة 10:30`, `2:1`), which the colon scans would otherwise read as `قال …: <speech>` and cut the time in two.
   */
  protected isColon(j: number): boolean {
    const t = this.t
    if (t.kinds[j] !== PUNCT || this.keys[j] !== ":") return false
    if (this.schemeColon(j)) return false
    return !(j > 0 && j + 1 < t.count && t.kinds[j - 1] === NUM && t.kinds[j + 1] === NUM && t.spaced[j] === 0 && t.spaced[j + 1] === 0)
  }

  /**
   * Is the colon at token `j` a web address's, glued between its scheme and `/` (`على الرابط http://riyadhedu.org/moe`)?
   * Such a colon introduces nothing: read as a verb's colon, the address and the tags after it were the speech of the
   * participle before (fifty-ninth session, helper arpiece, after the A114 reading).
   */
  protected schemeColon(j: number): boolean {
    const t = this.t
    return j > 0 && j + 1 < t.count && t.spaced[j] === 0 && t.spaced[j + 1] === 0 && t.kinds[j - 1] === WORD && URL_SCHEMES.has(this.keys[j - 1]!.toLowerCase()) && this.keys[j + 1] === "/"
  }
  protected isPunct(j: number, set: ReadonlySet<string>): boolean {
    return this.t.kinds[j] === PUNCT && set.has(this.keys[j]!)
  }

  /**
   * Whether token `k`'s key is in a lexicon set, asked by the token's key id when no key is swapped (`byId`, the set's
   * {@link KeySet}: no string hashed) and by the string otherwise (`byKey`, the same set's forms). The two give the same
   * answer whenever `keys` and `ids` agree, which is what `swapped === 0` says.
   */
  protected keyIn(k: number, byId: KeySet, byKey: ReadonlySet<string>): boolean {
    return this.swapped === 0 ? byId.hasId(this.ids[k]!) : byKey.has(this.keys[k]!)
  }

  /**
   * Whether token `k`'s key read as {@link withoutConjunction}`(key, 3)` reads it (without a leading و or ف when the
   * word has four letters or more, as written otherwise) is in a lexicon set: by the id of the word's tail or its own
   * id when no key is swapped, by the cut string otherwise. See {@link keyIn}.
   */
  protected keyWithoutConjunctionIn(k: number, byId: KeySet, byKey: ReadonlySet<string>): boolean {
    const key = this.keys[k]!
    const c0 = key.charCodeAt(0)
    const cut = key.length > 3 && (c0 === C_WAW || c0 === C_FA)
    if (this.swapped === 0) return byId.hasId(cut ? this.tails[k]! : this.ids[k]!)
    return byKey.has(cut ? key.slice(1) : key)
  }

  /** Words and numbers in tokens `[a, b)` of the current paragraph (constant time). */
  protected wordCount(a: number, b: number): number {
    return this.wordsUpTo[b - this.ps]! - this.wordsUpTo[a - this.ps]!
  }

  protected sentenceEndBetween(a: number, b: number): boolean {
    for (let j = a; j < b; j++) if (this.isSentenceEnd(j)) return true
    return false
  }

  /**
   * The first token of the sentence of token `at` (at most 60 tokens back: the scan stays linear). The last answer is
   * kept for the paragraph ({@link sentenceAt}): a cue's rules ask it of the same token one after another (fifty-second
   * session, helper qspeed).
   */
  protected sentenceStart(at: number): number {
    if (at === this.sentenceAt) return this.sentenceAtStart
    let s = at
    while (s > this.ps && at - s < 60 && !this.isSentenceEnd(s - 1)) s--
    this.sentenceAt = at
    this.sentenceAtStart = s
    return s
  }

  /** {@link sentenceStart} with a lower bound of the caller's choosing (the start of the paragraph before). */
  protected sentenceStartIn(at: number, lo: number): number {
    let s = at
    while (s > lo && at - s < 60 && !this.isSentenceEnd(s - 1)) s--
    return s
  }

  /** Does the word at token `k` carry two short vowels or more as written (scripture and poetry are printed vocalized)? */
  protected vocalized(k: number): boolean {
    if (this.t.kinds[k] !== WORD) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    let n = 0
    for (let i = o.start; i < o.end; i++) {
      const c = this.text.charCodeAt(i)
      if (c >= 0x064b && c <= 0x0652 && ++n >= 2) return true
    }
    return false
  }

  /** `بقوله`, `بقولها`, `بقولهم` (ب and a word of `says`). */
  protected isSaying(key: string): boolean {
    return key.length > 4 && key.charCodeAt(0) === 0x0628 && this.lex.says.has(key.slice(1))
  }

  // -------------------------------------------------------------------------
  // a paragraph

  /** Paragraph state shared by the steps: prefix word counts and where each colon quote may end. */
  protected ps = 0
  protected wordsUpTo: Int32Array = shared.wordsUpTo
  protected nextBoundary: Int32Array = shared.nextBoundary
  /** The token after the end of the sentence of each token (or the paragraph end). */
  protected sentenceEnd: Int32Array = shared.sentenceEnd

  protected pe = 0
  /** Are {@link nextBoundary} and {@link sentenceEnd} filled for the current paragraph ({@link ensureBoundaries})? */
  protected boundariesReady = false
  /** The token {@link sentenceStart} was last asked about in this paragraph (-1: none), and its answer. */
  private sentenceAt = -1
  private sentenceAtStart = 0

  protected prepare(ps: number, pe: number): void {
    const n = pe - ps
    this.ps = ps
    this.pe = pe
    // the arrays are reused from paragraph to paragraph (and document to document); every entry read is written first
    if (shared.wordsUpTo.length < n + 1) {
      const size = Math.max(n + 1, shared.wordsUpTo.length * 2)
      shared.wordsUpTo = new Int32Array(size)
      shared.nextBoundary = new Int32Array(size)
      shared.sentenceEnd = new Int32Array(size)
    }
    this.wordsUpTo = shared.wordsUpTo
    this.nextBoundary = shared.nextBoundary
    this.sentenceEnd = shared.sentenceEnd
    this.sentenceAt = -1
    const kinds = this.t.kinds
    const words = this.wordsUpTo
    words[0] = 0
    let w = 0
    for (let j = ps; j < pe; j++) {
      const k = kinds[j]
      if (k === WORD || k === NUM) w++
      words[j - ps + 1] = w
    }
    this.boundariesReady = false
  }

  // -------------------------------------------------------------------------
  // speech verbs

  /**
   * Can a speech verb start at token `k`? The key ids say so with one array read for most words, which start none;
   * while a key is swapped ({@link cueWithoutProclitic}) the ids no longer match `keys`, and the trie is asked.
   */
  protected verbMayStart(k: number): boolean {
    return this.swapped > 0 || this.lex.verbFirstKeys.hasId(this.ids[k]!)
  }

  /** Does a speech verb phrase start at token `k` (as its key reads now)? */
  protected verbStartsAt(k: number, pe: number): boolean {
    if (!this.verbMayStart(k) || this.afterLineage(k)) return false
    const v = this.lex.verbs.longestAt(this.keys, k, pe)
    return v !== null && !this.firstPersonAt(k) && this.citingHolds(k, v.length, pe)
  }

  /**
   * Does the word at token `k` stand right after a word of a name's lineage or kunya (`lineageWords` of
   * gazetteers/name-cues.json, {@link isLineageWord}: `بن`, `ابن`, `بنت`, `أبو`, `أبي`, `آل`)? It is then that name's
   * word, never a speech verb: `وقال محمد أبو طالب ومسفر أحمد مشني: …` (`طالب`, "demanded", ended the speaker phrase at
   * `أبو` and the colon quote was lost), `علي بن أبي طالب`, `صالح آل طالب` (fifty-eighth session, helper arnames, after
   * the A113 reading). The list is the entity stage's since the sixtieth session (helper tidy4; before, the quote
   * lexicon held it again). Not the entity stage's other nouns that take a name in construct (`nameConstructs`): a
   * name's last word may be one (`ويعلق خال قائلا:`, `هاجس كل أسرة وقال أبو محمد:`), and the verb after it is a verb.
   */
  protected afterLineage(k: number): boolean {
    return k > 0 && this.t.kinds[k - 1] === WORD && this.t.kinds[k] === WORD && isLineageWord(this.keys[k - 1]!)
  }

  /**
   * Is the word at token `k` a first-person verb of saying that is no cue (`قلت`, `أقول`; fortieth session)? Read as a
   * cue only with its و/ف and its addressee before a colon ({@link firstPersonColon}), elsewhere it is no speech verb
   * for the rules that look for one: a colon's words run on past it (`قلت لزوجتي …`, `وأقول: يا رب …`, `قال X: فقلت:
   * …` inside another speaker's words).
   */
  protected firstPersonAt(k: number): boolean {
    const key = this.keys[k]!
    if (this.lex.firstPersonVerbs.has(key)) return true
    const tail = key.length > 3 && (key[0] === WAW || key[0] === FA) ? key.slice(1) : key
    return tail !== key && this.lex.firstPersonVerbs.has(tail) && !this.firstPersonColon(k + 1, this.pe)
  }

  /**
   * Does a colon follow a first-person verb ending at token `e` after its addressee (fortieth session; not right
   * away: `وأقول: إن …` is mostly a columnist's own claim, no one's quote): a preposition with its pronoun (`له`,
   * `لها`, `لهم`) or a word glued to `ل` (`للجميع`, `لأبي`), then words alone, up to `FIRST_PERSON_ADDRESSEE` words in
   * all (`أقول لهم جميعا:`)? Not after any other word: `وقلت أعداد الزوار: …` is "became few", no speech.
   */
  protected firstPersonColon(e: number, pe: number): boolean {
    if (e >= pe || this.t.kinds[e] !== WORD) return false
    const first = this.keys[e]!
    if (!(this.lex.pronounAddressees.has(first) || (first.length >= 3 && first.startsWith(LAM_KEY)))) return false
    for (let k = e + 1; k < Math.min(pe, e + 1 + FIRST_PERSON_ADDRESSEE); k++) {
      if (this.isColon(k)) return true
      if (this.t.kinds[k] !== WORD) return false
    }
    return false
  }

  /** Length in tokens of the Arabic or English speech verb at token `k` (read with and without a proclitic و/ف), or 0. */
  protected verbAt(k: number, pe: number): number {
    return this.verbMatchAt(k, pe)?.length ?? 0
  }

  /** The speech verb phrase at token `k` (read with and without a proclitic و/ف) as the lexicon's match, or null ({@link verbAt}). */
  protected verbMatchAt(k: number, pe: number): TrieMatch<Verb> | null {
    // this runs for the words after every full stop and comma: most start no verb, with or without و/ف (the key
    // ids of the word and of its tail say so without a trie look-up or a sliced string)
    const verbFirst = this.lex.verbFirstKeys
    if (this.swapped === 0 && !verbFirst.hasId(this.ids[k]!) && !verbFirst.hasId(this.tails[k]!)) return null
    if (this.firstPersonAt(k) || this.afterLineage(k)) return null
    const v = this.lex.verbs.longestAt(this.keys, k, pe)
    if (v !== null) return this.citingHolds(k, v.length, pe) ? v : null
    const key = this.keys[k]!
    if (key.length > 3 && (key[0] === WAW || key[0] === FA)) {
      // read without the proclitic: the trie reads the first key from `keys`, so it is swapped for the look-up
      // (and counted, as in cueWithoutProclitic: while it is, the key ids do not describe `keys`)
      this.keys[k] = key.slice(1)
      this.swapped++
      let w: TrieMatch<Verb> | null
      try {
        w = this.lex.verbs.longestAt(this.keys, k, pe)
      } finally {
        this.keys[k] = key
        this.swapped--
      }
      return w !== null && this.citingHolds(k, w.length, pe) ? w : null
    }
    return null
  }

  /**
   * A verb of citing (`complementOnlyVerbs`: `أورد`) at token `k` (`n` tokens) is a speech verb only where a
   * complementizer follows it within {@link CITING_REACH} tokens, one word at least and words alone between (its
   * subject), and no relative pronoun or `ما` stands right before it (`وأورد التلفزيون الرسمي أن`; not `التي أوردت
   * الخبر في تقرير … إن`, `أورد فيه نماذج:`; fifty-fifth session, helper arshape). Any other verb holds.
   */
  protected citingHolds(k: number, n: number, pe: number): boolean {
    if (!this.lex.complementOnlyVerbs.has(withoutConjunction(this.keys[k]!, 3))) return true
    if (k > this.ps && this.t.kinds[k - 1] === WORD && this.lex.objectClauseOpeners.has(this.keys[k - 1]!)) return false
    for (let c = k + n; c < Math.min(pe, k + n + CITING_REACH); c++) {
      if (this.t.kinds[c] !== WORD) return false
      if (this.lex.complementizers.has(this.keys[c]!)) return c > k + n
    }
    return false
  }

  /**
   * Length in tokens of a speech verb at token `k` that attributes speech where it stands, or 0: {@link verbAt}, but a
   * colon-only verb (`colonOnly` in the lexicon: `يتابع`, `يختم`, `يردد`, `يعلق`, `واصل`, `جاء فيه` …, also with its
   * و/ف) only when its colon follows within {@link COLON_ONLY_REACH} tokens, no punctuation but commas between
   * (`ويتابع: "…"`, `ويتابع الخبير: …`); elsewhere it is an ordinary verb (`يتابع الفريق التنفيذ`, `وتعلق الأمر
   * بـ…`), and the cue never reads it without its colon. For the rules that ask whether a new attribution starts at
   * `k`, after a lead phrase, a sentence end or closing marks (`leadThenVerb`, `startsAttribution`,
   * `marksThenAttribution`, `attributionAfter`; fifty-second session, helper arcolon; the fifty-first session's merge
   * read it so after a lead phrase alone). Not for the rules that read a verb right before a mark (`strayOpener`,
   * `gluedOpener`, `attributionBefore`, `complementizerCueStart`): there the mark does the colon's work (`يرددون ذاك
   * المثل "…"`), nor where the colon is read already (`innerAttribution`, `verbAndColonAfterComma`, `cueClauseStart`).
   */
  protected sayingVerbAt(k: number, pe: number): number {
    const v = this.verbMatchAt(k, pe)
    if (v === null) return 0
    if (v.value.colonOnly !== true) return v.length
    for (let c = k + v.length; c < Math.min(pe, k + v.length + COLON_ONLY_REACH); c++) {
      if (this.t.kinds[c] !== PUNCT) continue
      if (this.keys[c] === ":") return v.length
      if (!COMMAS.has(this.keys[c]!)) return 0
    }
    return 0
  }
}
