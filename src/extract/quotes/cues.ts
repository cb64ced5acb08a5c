/**
 * Layer 4 of the quote scanner: speech cues. Finds, per paragraph, the words that attribute speech — a speech verb
 * (`وقال`, `أضافت`, `said`), a participle (`مضيفاً`, `بقوله`), reported speech (`نقل … عن X قوله`), `according to` —
 * and, for an Arabic verb, the token range of the speaker phrase after it (past an addressee: `لـ"الاقتصادية"`,
 * `للصحفيين`; a name in marks: `وقال "سامر":`).
 *
 * @module
 */
import { NUM, PUNCT, WORD, foldKey, isCapitalized, offsetAfterLetters } from "../internal/tokens.js"
import type { Entity } from "../../schema/record.js"
import { AL_QAWL, type Gender, type Verb } from "./lexicon.js"
import { MarkScanner } from "./marks.js"
import { ALEF_LAM, AN, ANNA, COLON_WINDOW, COMMAS, CUE_WINDOW, DASHES, C_BA, C_FA, C_LAM, C_TA, C_WAW, C_YA, FA, FI, hasWithWaw, isNisbaKey, MARKS, MIN, MIN_WORDS_CUED, ONE_OF_F, ONE_OF_M, QAD, REPORTED_WINDOW, SPOKESMAN, WAW, withoutConjunction, type Cue, UNA, YA } from "./scanner.js"

/**
 * The article as a key opens with it, bare or after a clitic: `ال`, `بال` (`بالضالع`), `وال` (`والمقاومة`) and `لل`
 * (ل and the article, whose alef drops: `للشرعية`).
 */
const ARTICLE_OPENINGS: ReadonlyArray<string> = [ALEF_LAM, "\u0628\u0627\u0644", "\u0644\u0644", "\u0648\u0627\u0644"]
/** Whether key `k` is a definite word, bare or with a clitic before its article ({@link ARTICLE_OPENINGS}; session 49). */
export const opensWithArticle = (k: string): boolean => ARTICLE_OPENINGS.some((a) => k.startsWith(a))

/** English passive auxiliaries: `were said to be`, `will be announced` attribute nothing. */
export const EN_PASSIVE = new Set(["is", "was", "were", "are", "be", "been", "being"])
/** Auxiliaries of a progressive form of a speech participle before a quote (`is saying: "…"`; {@link CueScanner.progressiveBeforeQuote}). */
const EN_PROGRESSIVE: ReadonlySet<string> = new Set(["is", "was", "were", "are"])
/** An English article as a key (`the`, `a`, `an`). */
const EN_ARTICLE_KEY = /^(?:the|a|an)$/
/** Relative pronouns: they end an English speaker phrase. */
const EN_RELATIVES = new Set(["who", "which", "whose", "whom"])
/** Participles of relaying after an English speaker (`said one analyst quoted by AFP`): the words after them name the relay, not the speaker. */
const EN_RELAYED = new Set(["quoted", "cited"])

/** `إمام` as written (the imam; `أمام` "before" folds alike; the entity stage sometimes tags it alone as a person). */
export const IMAM = "\u0625\u0645\u0627\u0645"

/** Words that take an object right after them (`to quell claims`, `can press claims`): a plural noun's lead, no subject's. */
/** `فإن` as a key (folded, the `van` of a name too: `فان`); read as a stop only when written with its hamza. */
const FAN_KEY = foldKey("\u0641\u0625\u0646")[0]

const EN_OBJECT_LEADS = new Set(["to", "can", "could", "will", "would", "should", "must", "may", "might"])
/**
 * Particles and prepositions of a phrase that holds a plural noun of `pluralNounVerbs` (`shrugged off claims`, `played
 * down claims`, `amid fresh claims`, `over claims`): the noun's, no cue's; the verbs that take the noun as their object
 * are `nounObjectVerbs` of the lexicon ({@link CueScanner.pluralNounVerb}; fiftieth session, helper enpassive).
 */
const EN_NOUN_PHRASE_LEADS = new Set(["off", "down", "amid", "amidst", "over", "despite", "following", "about", "against", "of"])
/** Words that stand as a subject on their own (`one notes`, `which states`): the verb's, not a noun's lead. */
const EN_SUBJECT_WORDS = new Set(["one", "who", "which", "that", "what", "nobody", "everyone", "everybody", "someone", "somebody", "anyone", "each", "either", "neither", "none"])
/** How many lower-case words {@link CueScanner.pluralNounVerb} walks back over (`so-called rogue`). */
const NOUN_VERB_WORDS = 4

/** How many words after `and` inside a role a person's name may open ({@link CueScanner.roleAndName}; fifty-third session). */
const ROLE_AND_NAME = 5
/** Words right before an English participle that open its clause (`quoted as saying`, `before adding`). */
const EN_PARTICIPLE_LEADS = new Set(["by", "before", "after", "as", "while", "and"])
export const EN_DETERMINERS = new Set(["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "these", "those", "such", "any", "no", "new", "recent", "of", "whose"])

/** Words at most between `بما معناه` and the colon of a line of a dialogue ({@link CueScanner.meaningBeforeColon}). */
const MEANING_WORDS = 3
/** `معناه`, `مفاده` after `بما`: the sense of the words a line of a dialogue gives (folded on first use). */
let meaningNouns: ReadonlySet<string> | null = null
const MEANING_NOUNS = (): ReadonlySet<string> => (meaningNouns ??= new Set(["\u0645\u0639\u0646\u0627\u0647", "\u0645\u0641\u0627\u062f\u0647"].map((w) => foldKey(w)[0]!)))
/** Words at most between the preposition that opens a fronted phrase and the verb ({@link CueScanner.afterFrontedPhrase}). */
const FRONTED_WORDS = 4
/** Words at most between a verb after a fronted phrase and its colon ({@link CueScanner.afterFrontedPhrase}). */
const FRONTED_SUBJECT = 6
/** Prepositions of time and place that open a fronted phrase (`وفي مأدبة العشاء سأل X: …`), with و/ف, folded on first use. */
let frontingPrepositions: ReadonlySet<string> | null = null
const FRONTING_PREPOSITIONS = (): ReadonlySet<string> =>
  (frontingPrepositions ??= new Set(
    ["\u0641\u064a", "\u0639\u0646\u062f", "\u0628\u0639\u062f", "\u062e\u0644\u0627\u0644", "\u0623\u062b\u0646\u0627\u0621", "\u0642\u0628\u0644"].flatMap((w) => [w, "\u0648" + w, "\u0641" + w]).map((w) => foldKey(w)[0]!)
  ))
/**
 * Bare verbs of asking that take the one asked as their object (`وسأل X نظيره: …`), folded on first use
 * ({@link CueScanner.askedObjectStart}; fifty-first session, helper ardialog).
 */
let askingObjectVerbs: ReadonlySet<string> | null = null
const ASKING_OBJECT_VERBS = (): ReadonlySet<string> => (askingObjectVerbs ??= new Set(["\u0633\u0623\u0644", "\u0633\u0623\u0644\u062a", "\u064a\u0633\u0623\u0644", "\u062a\u0633\u0623\u0644"].map((w) => foldKey(w)[0]!)))
/** `كما` ("as"), before a verb of asking that compares the writer's question to others' ({@link CueScanner.askingQuestion}). */
/** `أمس` ("yesterday") in search form, a time word between a verb and its subject ({@link CueScanner.timeBeforeSubject}). */
const AMS = foldKey("\u0623\u0645\u0633")[0]!
export const KAMA = foldKey("\u0643\u0645\u0627")[0]!
/** `بال`, the article after ب: a definite noun, no manner word ({@link CueScanner.askingQuestion}). */
const BA_AL = foldKey("\u0628\u0627\u0644")[0]!
/** `نفس` (key): the stem of the reflexive `نفسه`, `نفسها` ({@link CueScanner.cue}: the object of a verb of asking). */
const NAFS = foldKey("\u0646\u0641\u0633")[0]!
/** Stems of words with a pronoun that stand in apposition to a subject (`نفسه`, `ذاته`, `بدوره`), folded on first use. */
let subjectAppositions: ReadonlyArray<string> | null = null
const SUBJECT_APPOSITIONS = (): ReadonlyArray<string> => (subjectAppositions ??= ["\u0646\u0641\u0633", "\u0630\u0627\u062a", "\u0628\u062f\u0648\u0631", "\u0628\u0646\u0641\u0633", "\u0634\u062e\u0635\u064a"].map((w) => foldKey(w)[0]!))

/** Does a verb as written end in the object pronoun ه, ها or هم (`وصفه`, `تصفها`, `وصفتهم`)? */
const endsWithPronoun = (v: string): boolean => {
  const last = v.charCodeAt(v.length - 1)
  return last === 0x647 || ((last === 0x627 || last === 0x645) && v.charCodeAt(v.length - 2) === 0x647)
}

/**
 * `هكذا` ("thus") after a quote, the speech verbs a verb after it is read as (يقول, تقول, قالت, قال), and the forms
 * of `كان` that are no verb of speech there (`هكذا كان لسان حال …`: `thusNotSpeech` in the lexicon); folded on first use (session 21).
 */
let hakadha: { readonly word: string; readonly says: readonly [string, string, string, string] } | null = null
const hakadhaWords = (): NonNullable<typeof hakadha> =>
  (hakadha ??= {
    word: foldKey("\u0647\u0643\u0630\u0627")[0]!,
    says: [foldKey("\u064a\u0642\u0648\u0644")[0]!, foldKey("\u062a\u0642\u0648\u0644")[0]!, foldKey("\u0642\u0627\u0644\u062a")[0]!, foldKey("\u0642\u0627\u0644")[0]!]
  })

/** `بما` (`غرد X بما يلي:`): a preposition and a relative, never part of a speaker's name (twenty-seventh session). */
const BIMA = foldKey("\u0628\u0645\u0627")[0]!
/** The object pronouns a channel's noun ends with, as keys: `ها`, `هم`, `ه` (one of them at most ends a word). */
const CHANNEL_PRONOUNS: ReadonlyArray<string> = ["\u0647\u0627", "\u0647\u0645", "\u0647"]
/** `و`, `ف`, `ب`, `ل`: the one clitic a channel's noun may have glued before it (`بموقعه`, `وحسابها`). */
const CHANNEL_CLITIC = /^[\u0648\u0641\u0628\u0644]/
/**
 * Whether key `k` is the speaker's own channel of publication, which ends its phrase (`قال النادي بموقعه على الإنترنت
 * إن …`; forty-ninth session, helper arsubject): a noun of the lexicon's `channelNouns` (`موقع`, `حساب`, `صفحة`,
 * `قناة`, in `channelStems` as they stand before a pronoun: `صفحت`, `قنات`) with its object pronoun `ه`, `ها` or `هم`
 * and at most one glued `و`, `ف`, `ب` or `ل` (`بموقعه`, `موقعها`, `حسابه`, `صفحته`, `قناتهم`).
 */
export const ownChannel = (k: string, stems: ReadonlySet<string>): boolean => {
  const pronoun = CHANNEL_PRONOUNS.find((p) => k.endsWith(p))
  if (pronoun === undefined) return false
  const noun = k.slice(0, k.length - pronoun.length)
  return stems.has(noun) || (CHANNEL_CLITIC.test(noun) && stems.has(noun.slice(1)))
}

/** `أي` ("any"), search form: the word before it heads a verb's object (fifty-second session). */
const AYY = foldKey("\u0623\u064a")[0]!
/** `بـ`, `لـ`, `للـ`, `كـ` written as a word of their own (`وطالب المتظاهرون بـ«…»`): a clitic ends a speaker phrase. */
const LONE_CLITICS: ReadonlySet<string> = new Set(["\u0628", "\u0644", "\u0644\u0644", "\u0643"])
/** `بأنه`, `بأنها`, `بأنهم`, `بأنهما` as keys: "as (being)", a pronoun of the thing a verb of describing describes. */
const AS_PRONOUN = /^\u0628\u0627\u0646(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)$/

/** `ب`, `بـ` written apart from its noun. */
const BA = foldKey("\u0628")[0]!
/** A word as written that opens with ب glued to the article or to a verbal noun in إ/أ (`بالقرار`, `بإيجاد`, `بأهمية`): an object after a verb (forty-second session). */
const BA_OBJECT = /^\u0628(?:\u0627\u0644|[\u0623\u0625])/
/** `بين`: "between" right after a closing mark. */
const BAYNA = foldKey("\u0628\u064a\u0646")[0]!

/** `القول` ("the saying"), a cue after `إلى`/`عن` right before a colon (`وخلص X … إلى القول:`; twenty-fifth session); kept in lexicon.ts, whose cue keys hold it. */
export { AL_QAWL } from "./lexicon.js"

/** How far back from a verb that is also a noun `كان` or `لكن` opening its subject may stand (tokens; forty-first session). */
export const KANA_SUBJECT = 6

/** The endings of an indefinite document's noun after its stem (folded: `ة` is `ه`): `تغريدة`, `بيانا`, `تصريحات` (forty-sixth session). */
const DOCUMENT_ENDS: ReadonlySet<string> = new Set(["", "\u0627", "\u0647", "\u0627\u062a"])
/** How many words (time, object) may stand between such a verb and its complementizer (forty-first session). */
export const KANA_OBJECT = 3
/** How many words (a role, a title) may stand before the name that opens a bare verb's clause ({@link CueScanner.nameOpensClause}). */
const FIRST_ROLE_WORDS = 10
/** Tokens at most after a speaker phrase that stopped in a role's description, to the name that closes it ({@link CueScanner.nameClosingDescription}). */
const DESCRIPTION_TOKENS = 30
/** Words at most of a role before the relative clause a comma and a name close ({@link CueScanner.nameAfterRelative}; sixty-second session). */
const ROLE_RELATIVE_WORDS = 4
/** Tokens at most from the relative pronoun to the comma before the name ({@link CueScanner.nameAfterRelative}). */
const ROLE_RELATIVE_TOKENS = 10
/** Tokens at most after a speaker phrase that stopped inside the entity stage's role of a person, to that person ({@link CueScanner.holderClosingRole}; forty-seventh session). */
const HOLDER_TOKENS = 12
/** Tokens at most after a role's phrase that stopped at `في`/`على`/`إلى`, to the untitled name that closes its chain ({@link CueScanner.nameClosingChain}; fifty-fourth session). */
const CHAIN_TOKENS = 12
/** `باسم` ("in the name of"), search-form key: `باسمه`, `باسمها` close a spokesman's phrase, no object ({@link CueScanner.objectAfterSubject}). */
const BISM_KEY = foldKey("\u0628\u0627\u0633\u0645")[0]!
/** The prepositions a role's chain goes on over to the name that closes it (`عضو المكتب في مجلس …`, `المشرف العام على …`, `مبعوث الأمم المتحدة إلى …`), as keys. */
const CHAIN_LINKS: ReadonlySet<string> = new Set(["\u0641\u064a", "\u0639\u0644\u0649", "\u0625\u0644\u0649", "\u0627\u0644\u0649"].flatMap((w) => foldKey(w)))
/** `الله` as written, closing a name (`عبدالله`): no possessive pronoun ({@link CueScanner.nameClosingDescription}). */
const ALLAH = "\u0627\u0644\u0644\u0647"
/** How many tokens the apposition between two commas may hold after that name, before the verb ({@link CueScanner.nameOpensClause}). */
const FIRST_APPOSITION = 12

/** How far before a verb of answering the verb of asking may stand (tokens; its sentence or the one before). */
/** `ذات`, before a noun of time (`ذات مرة`) a word of time, else "same" or "of" (`ذات المصدر`). */
const DHAT = "\u0630\u0627\u062a"
export const ASKING_WINDOW = 40

/** How many tokens after a noun of wording's mark {@link CueScanner.wordingBeforeMarks} reads (forty-fourth session). */
const WORDING_REACH = 12

/** How many words (a subject) may stand between a verb of expressing and its `عن` ({@link CueScanner.expressedComplementizer}). */
const EXPRESSED_SUBJECT = 8
/** Words of the stance after `عن` before a colon ({@link CueScanner.expressedColon}; sixty-second session). */
const EXPRESSED_STANCE = 14

/** `ً`, the tanween of an accusative (`قالاً`): a word that ends with it is no dual verb (thirty-third session). */
const TANWEEN_FATH = 0x064b

/** Title words between `عن` and the person before `فقد روى` ({@link CueScanner.sourceBeforeNarrating}; `عن السيد X`). */
const NARRATED_TITLES = 2

/** A participle's gender by its ending (search form): `ه` (a folded `ة`, `مضيفة`) feminine, `ين` plural, else masculine. */
export const participleGender = (key: string): Gender => (key.endsWith("\u0647") ? "f" : key.endsWith("\u064a\u0646") ? "p" : "m")

/** Reading the speech cues of a paragraph and the speaker phrase after a verb. */
/** How many words before `وبين` a preposition `بين` is looked for ({@link CueScanner.betweenBefore}; forty-fifth session). */
const BETWEEN_BACK = 6
/** Words read back from a bare `بين` for a word of relating ({@link CueScanner.relatingBefore}; `ربط الكاتب X في مقاله أمس بين`). */
const RELATING_BACK = 8

/** `ين` (a key): the oblique ending of a sound masculine plural ({@link CueScanner.objectPlural}; the nominative's, `ون`, is scanner.ts's `UNA`). */
const INA = "\u064a\u0646"
/** `م`, `ا` (keys): a participle's first letter, the long vowel of the pattern فاعل (with scanner.ts's `YA`, a nisba's last). */
const MIM = "\u0645"
const ALEF = "\u0627"
/**
 * `اعتبر`, `اعتبرت` (keys): past forms of considering read as a passive in a relative clause with no relative word
 * ({@link CueScanner.passiveInRelative}; sixty-second session, helper arquote21).
 */
const PASSIVE_CONSIDERED: ReadonlySet<string> = new Set(["\u0627\u0639\u062a\u0628\u0631", "\u0627\u0639\u062a\u0628\u0631\u062a"].flatMap((w) => foldKey(w)))
/** `غير` ("un-", "non-"; key): the predicate of a passive of considering (`اعتبرت غير مقبولة`). */
const GHAYR_KEY = foldKey("\u063a\u064a\u0631")[0]!
/** A predicate's written end after a passive of considering: `ة`, an accusative's alef, with or without its tanween. */
const PREDICATE_END = /(?:\u0629|\u0627|\u0627\u064b|\u064b\u0627|\u0629\u064b)$/

/**
 * The words a word `w` with a glued `ل` (a key or as written) may stand for without it, likeliest first: `لمصادر` →
 * `مصادر`; `لل…` is `ل` and the article with its alif dropped (`للشرطة` → `الشرطة`), or `ل` before the article and a noun
 * that opens with `ل` (`للجنة` → `اللجنة`), or before a noun that opens with `ل` (`للبنان` → `لبنان`). Read by
 * {@link CueScanner.gluedAccording} on keys, and by `withoutGluedLam` in speakers.ts on the text, which chooses among
 * them by the words the document writes.
 */
export const withoutGluedLamForms = (w: string): ReadonlyArray<string> => {
  const rest = w.slice(1)
  return rest.charCodeAt(0) === C_LAM ? [`\u0627${rest}`, `\u0627\u0644${rest}`, rest] : [rest]
}

export abstract class CueScanner extends MarkScanner {
  /** The first tokens of sources an according word reaches through a glued `ل` (`وفقا لمصادر …`): read without it. */
  protected readonly gluedSources = new Set<number>()

  /** The speech cues of a paragraph, in order. */
  protected cues(ps: number, pe: number): Array<Cue> {
    const out: Array<Cue> = []
    const kinds = this.t.kinds
    const ids = this.ids
    const tails = this.tails
    const first = this.lex.cueFirstKeys
    // (every key a cue, `القول`, a noun of wording or a verb of expressing is read for, by the word's key id and its
    // tail's: the most words, in none, are passed with two array reads; fifty-third session, helper qspeed2)
    const scan = this.lex.cueScanKeys
    const byId = this.swapped === 0
    for (let j = ps; j < pe; j++) {
      if (kinds[j] !== WORD) continue
      if (byId && !scan.hasId(ids[j]!) && !scan.hasId(tails[j]!)) continue
      // (أبو طالب, علي بن أبي طالب: the word right after a lineage's or a kunya's word is a name's, no cue)
      if (this.afterLineage(j)) continue
      const whole = first.hasId(ids[j]!)
      const tail = first.hasId(tails[j]!)
      if (!whole && !tail) {
        // ويخلص X، الذي …، إلى القول: «…»: `القول` after `إلى`/`عن`, right before a colon, is a participle's cue whose
        // subject is its clause's (twenty-fifth session; the colon after it is checked first; not before marks alone,
        // `قد يصل الأمر إلى القول "…"`, a saying nobody said)
        // (and before a bare complementizer after `في` too: لا يجد حرجا في القول إن X «…», خلص إلى القول بأن …; the
        // marks the clause reports are the subject's words; forty-first session)
        if (j + 1 < pe && j > ps && this.keys[j] === AL_QAWL && kinds[j - 1] === WORD && ((kinds[j + 1] === PUNCT && this.keys[j + 1] === ":" && this.lex.qawlPrepositions.has(this.keys[j - 1]!)) || (kinds[j + 1] === WORD && this.lex.bareComplementizers.has(this.keys[j + 1]!) && this.lex.qawlComplementPrepositions.has(this.keys[j - 1]!))))
          out.push(this.participleCue(j))
        // (ووصفت X الكرة بعبارة «…», واستهل X تغريدته بعبارة "…": ب and a noun of wording right before marks of three words
        // or more reads as بقوله does; forty-fourth session, helper nouns)
        else if (this.keyIn(j, this.lex.wordingNounKeys, this.lex.wordingNouns) && this.wordingBeforeMarks(j, pe)) out.push(this.participleCue(j))
        // (ورفع المتظاهرون هتافات مثل «…»: a noun of chants, then `مثل`/`منها` and marks of three words or more, reads as
        // a plural participle of chanting does: a crowd chants; sixty-third session, helper arquote22)
        else if (this.lex.chantNouns.has(this.keys[j]!) && this.examplesBeforeMarks(j + 1, pe)) out.push(this.participleCue(j, "p"))
        // (وعبرت X عن مخاوفها من أن …: a verb of expressing that is no speech verb, before a stance its clause reports;
        // forty-fourth session, helper nouns)
        else {
          const expressed = this.expressedCue(j, pe)
          if (expressed !== null) out.push(expressed)
        }
        continue
      }
      const key = this.keys[j]!
      // the key without a proclitic و or ف (وقال → قال) starts a cue
      const c0 = key.charCodeAt(0)
      const bareCue = tail && key.length > 3 && (c0 === C_WAW || c0 === C_FA)
      if (!bareCue && !whole) continue
      let cue = bareCue ? this.cueWithoutProclitic(j, pe) : null
      if (cue === null) {
        cue = this.cueAt(j, pe, key)
        // a bare verb form that is also a noun, after a noun, is the noun (عدم ذكر اسمه), not an attribution
        // (a verb of describing with its object pronoun reads as one after a relative pronoun or ما too: الذي وصفه X
        // بأنه «…», ما وصفته الوزارة بـ«…»)
        // (but a verb with `فيه`/`فيها` right after it, the document it speaks in, is one after any word when the issuer
        // of a document named before it speaks: بيانا وصفت فيه الخطة بأنها «…», خطابا أعرب فيه عن «…»; `inDocument`,
        // read by the speaker rules; twenty-fourth session)
        // (and `أجاب`/`أجابت` right before marks, in a sentence that asked someone before it: وحين سألت اللجنة X عن …
        // أجاب "…"; twenty-fifth session)
        // (and one right after a relative pronoun with a colon right after it: X الذي تابع: "…"; twenty-seventh session)
        // (and one right after the subject of a clause that `كان` or `لكن` opens: وكان X ذكر أن «…», وكان الشريان كتب في
        // مقاله: …, لكن الوزير يرى أن …; forty-first session)
        // (and a verb of describing after the name that opens its clause: `X، الرئيس التنفيذي لـ«Y»، وصف Z بأنها`, `وكان X
        // وصف Y بـ«…»`; nameOpensClause, forty-third session, helper accuse)
        // (and one after a fronted phrase of time or place that opens its clause, before its subject and a colon: `وفي
        // مأدبة العشاء سأل X نظيره :"…؟"`; afterFrontedPhrase, fifty-first session, helper ardialog)
        // (and one in the past right after a person who opens the clause of a complementizer, before a colon or marks:
        // `بأن X كتب في …: «…»`, X its subject; afterComplementPerson, forty-sixth session, helper relay)
        const complement = cue !== null && cue.kind === "verb" && cue.alsoNoun ? this.afterComplementPerson(j, ps, pe) : -1
        if (complement >= 0) cue = { ...cue!, speaker: [complement, j] }
        else if (cue !== null && cue.kind === "verb" && cue.alsoNoun && j > ps && this.t.kinds[j - 1] === WORD && !this.lex.clauseOpeners.has(this.keys[j - 1]!) && !(this.describesPronoun(cue) && this.lex.objectClauseOpeners.has(this.keys[j - 1]!)) && !this.answersAsking(j, pe) && !(cue.gender !== "p" && this.lex.relativePronouns.has(this.keys[j - 1]!) && j + 1 < pe && this.isColon(j + 1)) && !this.afterKanaSubject(j, ps) && !(this.lex.objectVerbs.has(key) && this.nameOpensClause(j) !== null) && !this.afterFrontedPhrase(j, ps, pe))
          cue = j + 1 < pe && this.t.kinds[j + 1] === WORD && this.lex.fiPronouns.has(this.keys[j + 1]!) ? { ...cue, inDocument: true } : null
        // (… بحركة اعتبرت غير مقبولة جماهيريا : …: a passive of considering after an indefinite noun, in a sentence a
        // speech verb opens, is no cue; the colon is that verb's; sixty-second session, helper arquote21)
        if (cue !== null && cue.kind === "verb" && !cue.english && this.passiveInRelative(j, ps, pe)) cue = null
        // «…» بين البلدين: `بين` right after a closing mark is "between" (no attribution, as after a word), and its
        // phrase joins no chain either (seventeenth session; before, the words after it took the next unattributed marks)
        if (cue !== null && cue.kind === "verb" && key === BAYNA && j > ps && this.t.kinds[j - 1] === PUNCT && MARKS.has(this.keys[j - 1]!)) cue = null
        // ربط X في مقاله بين الاتفاق وتنظيم داعش وقال: `بين` after a word of relating is "between" too (sixty-second
        // session, helper arquote19)
        if (cue !== null && cue.kind === "verb" && key === BAYNA && this.relatingBefore(j) >= 0) cue = null
        // وصفة «…» (a recipe): the noun in ة is no verb with its pronoun
        if (cue !== null && cue.kind === "verb" && cue.needsMark && cue.verb.endsWith("\u0629")) cue = null
        // a passive (`were said to be`, `will be announced`, `was told`): nobody speaks; after a determiner or
        // another verb the form is a noun (`dismissed claims of …`, `the claims`)
        // (not a progressive form of a participle before a quote, `is saying: "…"`, which the auxiliary makes a verb)
        if (cue !== null && cue.english && j > ps && this.t.kinds[j - 1] === WORD && !(cue.kind === "verb" && this.lex.enParticiples.has(key))) {
          const before = this.keys[j - 1]!
          if (EN_PASSIVE.has(before) || EN_DETERMINERS.has(before) || this.passiveOverAdverbs(j, ps)) cue = null
          else if (out.length > 0 && out[out.length - 1]!.english && out[out.length - 1]!.end === j) cue = null
          else if (this.pluralNounVerb(j, ps)) cue = null
        }
      }
      // وأورد التلفزيون الرسمي أن «…»: a verb of citing (`complementOnlyVerbs`) is a cue only when it names its subject
      // and a complementizer closes the subject's phrase (not `لكنه أورد أن`); its object before marks (`أوردت الصحف الأحرف الأولى من اسمه «…»`) and an outlet
      // relaying others (`وأوردت وسائل الإعلام ما قاله العلماء`) stay out (fifty-fifth session, helper arshape)
      // (not in a relative clause, `صحيفة X التي أوردت الخبر في تقرير … إن`, nor with a verb in its phrase, the object and
      // a clause about it, `أوردت الصحيفة أرقاما رسمية تبين أن`)
      if (cue !== null && cue.kind === "verb" && !cue.english && this.lex.complementOnlyVerbs.has(withoutConjunction(key, 3))) {
        if (cue.speaker === null || !(cue.speaker[1] < pe && this.t.kinds[cue.speaker[1]] === WORD && this.lex.complementizers.has(this.keys[cue.speaker[1]]!))) cue = null
        else if (j > ps && this.t.kinds[j - 1] === WORD && this.lex.objectClauseOpeners.has(this.keys[j - 1]!)) cue = null
        else if (cue.speaker !== null) {
          const [s0, s1] = cue.speaker
          for (let k = s0; k < s1; k++) if (this.t.kinds[k] === WORD && (this.lex.verbForms.has(this.keys[k]!) || this.indefiniteAccusative(k))) cue = null
        }
      }
      // كأنه يقول بعبارة أخرى: …: a verb right after `كأن` is a speech the writer imagines (twenty-seventh session)
      // (the hamza written: `كان`, "was", folds as `كأن` does)
      if (cue !== null && !cue.english && j > ps && this.t.kinds[j - 1] === WORD && this.lex.asIf.has(this.keys[j - 1]!) && this.writtenAsIf(j - 1)) cue = null
      // وأردف سموه بقوله: …، مستشهدا بقوله: …: `بقوله` right after a cue and its subject belongs to that cue
      if (cue !== null && cue.kind === "participle" && out.length > 0 && this.isSaying(key)) {
        const prev = out[out.length - 1]!
        if (j - Math.max(prev.end, prev.speaker?.[1] ?? 0) <= 1) cue = null
      }
      // الملتقى الذي يعتبر بمثابة العرس …، القرى التي تعتبر خالية من …: `يعتبر` right after a relative pronoun is
      // read "is considered", its subject the noun before the pronoun, and the words after it (with no name in them)
      // are no speaker (other verbs there often have their subject after them: الذي قالت المحطة إنه …)
      if (cue !== null && cue.kind === "verb" && !cue.english && cue.speaker !== null && j > ps && this.lex.consideredPassive.has(key) && this.lex.relativePronouns.has(this.keys[j - 1]!) && this.entities.length > 0) {
        const [a, b] = cue.speaker
        if (this.entityIn(this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)) === null) cue = { ...cue, speaker: null }
      }
      if (cue !== null) {
        out.push(cue)
        j = Math.max(j, cue.end - 1)
      }
    }
    return out
  }

  /**
   * Is the English participle at token `j` a passive with one or two adverbs in `-ly` between it and its auxiliary (`the
   * government was widely criticised for …`, `the plan has been strongly condemned`, `were only told`)? Its subject is
   * the one acted on, no speaker (fifty-first session, helper enscrap, after the E25 reading: before, `the government
   * was widely` took the chain and the next quote). Lower-case adverbs only, two at most.
   */
  protected passiveOverAdverbs(j: number, ps: number): boolean {
    let k = j - 1
    for (let n = 0; n < 2 && k > ps && this.t.kinds[k] === WORD && !isCapitalized(this.t, this.text, k) && this.keys[k]!.length > 3 && this.keys[k]!.endsWith("ly"); n++) k--
    return k < j - 1 && k >= ps && this.t.kinds[k] === WORD && EN_PASSIVE.has(this.keys[k]!)
  }

  /**
   * Whether the English speech verb at token `j` that is also a plural noun (`states`, `claims`: `pluralNounVerbs` of the lexicon)
   * is the noun (forty-ninth session, after the reading of BBC News English: `Urging "weak and hostile regimes",
   * and eventually all regimes, to …` gave the speaker `eventually all`, `He suggests so-called rogue states … than
   * "failed and failing states"` gave `He suggests so-called rogue`): right after a quantifier (`all states`, `member
   * states`, `two claims`), or after up to {@link NOUN_VERB_WORDS} lower-case words (`so-called rogue`, `tax`) right
   * after another speech verb (`He says rival claims …`), after a word that takes an object (`to quell claims`, `can
   * press claims`) or after a closing quotation mark (`over a "…" tax claims`). A determiner, a pronoun, a capitalized word (a name: `Labour claims`) or any other punctuation
   * on the way back keeps the verb: a verb in `-s` has a subject of its own there (`the report states`, `Mr Hill notes`).
   */
  protected pluralNounVerb(j: number, ps: number): boolean {
    if (!this.lex.enPluralNounVerbs.has(this.keys[j]!) || j <= ps || this.t.kinds[j - 1] !== WORD) return false
    const before = this.keys[j - 1]!
    if (this.lex.enPluralQuantifiers.has(before)) return true
    let words = 0
    for (let k = j - 1; k >= ps && words <= NOUN_VERB_WORDS; k--) {
      const kind = this.t.kinds[k]
      // (the hyphen inside a word: `so-called`)
      if (kind === PUNCT && this.keys[k] === "-" && this.t.spaced[k] === 0 && k > ps && this.t.kinds[k - 1] === WORD && this.t.spaced[k + 1] === 0) continue
      // (a closing quotation mark right before the bare words: `"…" tax claims`)
      if (kind === PUNCT && MARKS.has(this.keys[k]!)) return words > 0 && this.markChar(k) !== null && k > ps && this.t.spaced[k] === 0
      if (kind !== WORD) return false
      const key = this.keys[k]!
      if (words > 0 && (this.lex.verbForms.has(key) || EN_OBJECT_LEADS.has(key))) return true
      // (`amid fresh claims`, `over claims`: a preposition of its phrase; fiftieth session)
      if (this.nounObjectLead(k)) return true
      // (`dismissed the latest claims, saying …`: a determiner after a verb that takes the noun as its object)
      if (words > 0 && EN_DETERMINERS.has(key) && k - 1 >= ps && this.t.kinds[k - 1] === WORD && this.nounObjectLead(k - 1)) return true
      if (isCapitalized(this.t, this.text, k) || EN_DETERMINERS.has(key) || EN_PASSIVE.has(key) || EN_SUBJECT_WORDS.has(key) || this.lex.enPronouns.has(key) || this.lex.enModifiers.has(key) || this.lex.verbForms.has(key)) return false
      words++
    }
    return false
  }
  /**
   * Is the word at `k`, in lower case, a verb that takes a plural noun of `pluralNounVerbs` as its object
   * (`nounObjectVerbs`: `dismissed`, `denied`) or a particle or preposition of its phrase ({@link EN_NOUN_PHRASE_LEADS})?
   */
  private nounObjectLead(k: number): boolean {
    const key = this.keys[k]!
    return (this.lex.enNounObjectVerbs.has(key) || EN_NOUN_PHRASE_LEADS.has(key)) && !isCapitalized(this.t, this.text, k)
  }

  /**
   * The person or organisation that stands before a bare verb of describing or accusing at token `at` (`objectVerbs`,
   * `chargeVerbs` as written, no و/ف) as its subject, and the token its name starts at (forty-third session, helper
   * accuse, after the A80 reading's `X، الرئيس التنفيذي لـ "Y"، وصف معركة الاستحواذ بأنها "…"`, which gave the object):
   * the name ends right before the verb, before `قد` (`وكان X قد اتهم`), or before an apposition between two commas
   * right before it (at most {@link FIRST_APPOSITION} tokens), and opens its clause: the sentence's start, or `كان`/
   * `وكان`, `لكن`, `إلا أن`/`غير أن` before it, one to {@link FIRST_ROLE_WORDS} words allowed between (its role: `وكان
   * مستشار الأمن القومي X قد اتهم`), none a verb, a complementizer, a relative or a stop word that opens the phrase
   * (`في حين X يصف`). Else null.
   */
  protected nameOpensClause(at: number): readonly [Entity, number] | null {
    const lex = this.lex
    if (this.entities.length === 0 || at <= this.ps || this.t.kinds[at] !== WORD) return null
    const verb = this.keys[at]!
    if (!lex.objectVerbs.has(verb) && !lex.chargeVerbs.has(verb)) return null
    const s = this.sentenceStart(at)
    let k = at - 1
    if (k > s && this.keys[k] === QAD) k--
    // (an apposition between two commas: `X، الرئيس التنفيذي لـ "Y"، وصف`)
    if (k > s && this.isPunct(k, COMMAS)) {
      let c = k - 1
      while (c > s && k - c <= FIRST_APPOSITION && !this.isPunct(c, COMMAS)) c--
      if (c <= s || c === k - 1 || !this.isPunct(c, COMMAS)) return null
      k = c - 1
    }
    if (k < s || this.t.kinds[k] !== WORD) return null
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entityIn(o)
    if (e === null || (e.type !== "PERSON" && e.type !== "ORGANIZATION") || e.end !== o.end) return null
    const f = this.walkBack(k, s, e.start, "end", true)
    // (a word right before the name is a role's last word, definite or a title, or the entity stage read a role:
    // `حملة X تتهم` is X's campaign, no word of X's)
    if (f > s && !this.keys[f - 1]!.startsWith(ALEF_LAM) && !lex.arTitles.has(this.keys[f - 1]!) && !(e.role !== null && e.role !== undefined && e.role.trim() !== "") && !lex.kanaAuxiliary.has(withoutConjunction(this.keys[f - 1]!, 3)) && !lex.subjectFirstConjunctions.has(this.keys[f - 1]!) && this.keys[f - 1] !== ANNA) return null
    for (let j = f - 1; j >= s - 1; j--) {
      // (the sentence's start: a role before the name, its first word no stop word, `في حين X يصف`)
      if (j < s) return f === s || !lex.arStops.has(withoutConjunction(this.keys[s]!, 3)) ? [e, f] : null
      if (f - j > FIRST_ROLE_WORDS || this.t.kinds[j] !== WORD) return null
      const w = this.keys[j]!
      if (lex.kanaAuxiliary.has(withoutConjunction(w, 3)) || lex.subjectFirstConjunctions.has(w) || (w === ANNA && j - 1 >= s && lex.butBeforeAnna.has(withoutConjunction(this.keys[j - 1]!, 3)))) return [e, f]
      if (lex.complementizers.has(w) || lex.relativePronouns.has(w) || lex.verbForms.has(w) || lex.verbForms.has(withoutConjunction(w, 3)) || lex.clauseOpeners.has(w)) return null
    }
    return null
  }

  /**
   * Does the verb at token `j` (a form that is also a noun: `ذكر`, `كتب`, `كشف`, `يرى`) follow the subject of a clause
   * that a form of `كان` or a conjunction of subject-first clauses opens (`وكان مسؤول في الإدارة ذكر أن «…»`, `وكان
   * الشريان كتب في مقاله: …`, `، لكن الوزير يرى أن ذلك «…»`; forty-first session, after the A76 reading)? Back from `j`,
   * two to {@link KANA_SUBJECT} words and nothing else to `كان`/`كانت` (`kanaAuxiliary`) or `لكن`, `بينما`, `فيما`
   * (`subjectFirstConjunctions`) written with و/ف or opening the paragraph or a clause after punctuation; the word after
   * it no stop word and not glued to ل or ب (`وكان للفريق ذكر …`, `وكان بين كتب …`), and the word right before the verb
   * definite or the end of a person, an organisation or a place (`وكانت أغلب كتب الشيخ` has neither). At most
   * {@link KANA_SUBJECT} tokens read.
   */
  protected afterKanaSubject(j: number, ps: number): boolean {
    const t = this.t
    const before = this.keys[j - 1]!
    if (!before.startsWith(ALEF_LAM) && !this.entityEndsAt(j - 1)) return false
    if (!this.speechRightAfter(j + 1)) return false
    for (let k = j - 2; k >= ps && j - k <= KANA_SUBJECT; k--) {
      if (t.kinds[k] !== WORD) return false
      const key = this.keys[k]!
      // (a complementizer between opens another clause: وكان مقررا أن تستضيف الكويت البطولة بين …)
      if (this.lex.complementizers.has(key)) return false
      const bare = withoutConjunction(key, 3)
      const waw = bare !== key && this.lex.kanaAuxiliary.has(bare)
      if (!waw && !this.lex.kanaAuxiliary.has(key) && !this.lex.subjectFirstConjunctions.has(key)) continue
      if (!waw && k > ps && t.kinds[k - 1] === WORD) return false
      const next = this.keys[k + 1]!
      const n0 = next.charCodeAt(0)
      return !this.lex.arStops.has(next) && n0 !== C_LAM && n0 !== C_BA
    }
    return false
  }

  /**
   * Does the verb at token `j` (a past verb of writing, `writingVerbs`: `كتب`, `غرد`, `دون`) follow a person who opens the clause of a
   * complementizer (`وتفيد المعلومات بأن X كتب في دليل … : «…»`; forty-sixth session, helper relay, after the last
   * session's reading gave the words to `المعلومات`, the subject of the verb that reports the clause): a person the
   * entity stage tagged ends right before the verb and starts on the word right after `أن`/`بأن`/`إن`, and a colon or
   * a quotation mark follows the verb within {@link CUE_WINDOW} tokens, before the sentence ends; the verb is in the
   * past (no `ي`/`ت` of the present: `أن X يرى القمر باعتباره «…»` reads the words after the verb as its subject). The
   * token where the person starts (the verb's subject, before it), else -1.
   */
  protected afterComplementPerson(j: number, ps: number, pe: number): number {
    if (this.entities.length === 0 || j - 2 < ps || this.t.kinds[j - 1] !== WORD || /^[\u064a\u062a]/.test(this.keys[j]!)) return -1
    // (a verb of writing only: `أن X دعا …`, `إن X وصف …` stay with the verb that reports the clause; narrowed at the merge)
    if (!this.lex.writingVerbs.has(this.keys[j]!) && !this.lex.writingVerbs.has(withoutConjunction(this.keys[j]!, 3))) return -1
    const o = this.orig(this.t.starts[j - 1]!, this.t.ends[j - 1]!)
    const e = this.entities[this.firstEntityFrom(o.end) - 1]
    if (e === undefined || e.end !== o.end || e.type !== "PERSON") return -1
    let k = j - 1
    k = this.walkBack(k, Math.max(ps, j - KANA_SUBJECT), e.start, "start", true)
    if (this.orig(this.t.starts[k]!, this.t.ends[k]!).start !== e.start || k - 1 < ps || this.t.kinds[k - 1] !== WORD || !this.lex.complementizers.has(this.keys[k - 1]!)) return -1
    for (let q = j + 1; q < Math.min(pe, j + 1 + CUE_WINDOW); q++) {
      if (this.isColon(q) || this.markChar(q) !== null) return k
      if (this.isSentenceEnd(q)) return -1
    }
    return -1
  }

  /**
   * Does speech open at token `k`, right after a verb: a colon or a quotation mark, or a complementizer after at most
   * {@link KANA_OBJECT} words none of which opens with و (`وصف الأحد كيم بأنه`; not `نفت هذا الأمر وقالت إن`), or `في`
   * and a word that opens with the stem of a document of speech (`speechDocuments`: `في مقاله`, `في بيانها`) before one
   * of them (forty-first session; `ذكر في القائمة:` is a passive, "was mentioned in the list")?
   */
  protected speechRightAfter(k: number): boolean {
    const t = this.t
    if (k + 2 < t.count && this.keys[k] === FI && t.kinds[k + 1] === WORD && this.lex.speechDocuments.some((stem) => this.keys[k + 1]!.startsWith(stem))) k += 2
    if (k >= t.count) return false
    if (t.kinds[k] === PUNCT) return this.keys[k] === ":" || MARKS.has(this.keys[k]!)
    // (a complementizer after up to three words of time or object: وكان X وصف الأحد Y بأنه «…»)
    // (no word with و between: it opens another clause, لكن إيران نفت هذا الأمر وقالت إن …)
    for (let q = k; q < t.count && q - k <= KANA_OBJECT && t.kinds[q] === WORD; q++) {
      if (this.lex.complementizers.has(this.keys[q]!)) return true
      if (this.keys[q]!.charCodeAt(0) === C_WAW) return false
    }
    return false
  }

  /**
   * The person after `عن` right before a verb of narrating (`روى`, `يروي` of `reported.verbs`) with no `عن` after it,
   * `قد`/`فقد`/`وقد` between, and a complementizer right after the verb: `… ما ذكره الأستاذ X في كتاب «…» عن السيد Y
   * فقد روى أنه قال : إن …` (sixty-second session, helper arquote18, after the A118 reading, which carried the speaker
   * of the paragraph before over to Y's words). The tokens after `عن` to the person's end (a title or two before the
   * name, no other entity); else null.
   */
  private sourceBeforeNarrating(j: number, pe: number): readonly [number, number] | null {
    if (!this.saidAfter(j + 1, pe) || this.entities.length === 0) return null
    let k = j - 1
    if (k > this.ps && this.t.kinds[k] === WORD && withoutConjunction(this.keys[k]!) === QAD) k--
    if (k <= this.ps || this.t.kinds[k] !== WORD) return null
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(o.end) - 1]
    if (e === undefined || e.end !== o.end || e.type !== "PERSON") return null
    let a = k
    while (a > this.ps && this.t.kinds[a - 1] === WORD && this.orig(this.t.starts[a - 1]!, this.t.ends[a - 1]!).start >= e.start) a--
    for (let c = a - 1; c >= this.ps && a - c <= NARRATED_TITLES + 1 && this.t.kinds[c] === WORD; c--) {
      if (this.keys[c] === AN) return [c + 1, k + 1]
      if (this.entityEndsAt(c)) return null
    }
    return null
  }

  /** A complementizer at token `k` and a speech verb of the lexicon right after it (`أنه قال`, `أنها قالت`)? */
  private saidAfter(k: number, pe: number): boolean {
    return k + 1 < pe && this.t.kinds[k] === WORD && this.t.kinds[k + 1] === WORD && this.lex.complementizers.has(this.keys[k]!) && this.lex.verbForms.has(this.keys[k + 1]!)
  }

  /** Does a person, an organisation or a place entity end with the word at token `k`? */
  protected entityEndsAt(k: number): boolean {
    if (this.entities.length === 0) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(o.end) - 1]
    return e !== undefined && e.end === o.end && (e.type === "PERSON" || e.type === "ORGANIZATION" || e.type === "LOCATION")
  }

  /** Is the word at token `j` a verb of describing (`objectVerbs`: `وصف`, `اعتبر`), with or without its و/ف? */
  protected describingAt(j: number): boolean {
    const key = this.keys[j]!
    const c0 = key.charCodeAt(0)
    return this.lex.objectVerbs.has(key) || (key.length > 3 && (c0 === C_WAW || c0 === C_FA) && this.lex.objectVerbs.has(key.slice(1)))
  }

  /**
   * Does `بما معناه` (or `بما مفاده`, "in words meaning") open at token `k`, and a colon follow it after at most
   * {@link MEANING_WORDS} words (`في لهجتنا`)? A line of a dialogue that gives the sense of its words before its colon
   * (fifty-first session, helper ardialog, after the A96 reading: `أجابه الضيف بما معناه في لهجتنا:"اعتبر
   * الأمر محسوما!"` gave no quote).
   */
  protected meaningBeforeColon(k: number, pe: number): boolean {
    if (k + 2 >= pe || this.keys[k] !== BIMA || this.t.kinds[k + 1] !== WORD || !MEANING_NOUNS().has(this.keys[k + 1]!)) return false
    for (let c = k + 2; c < pe && c <= k + 2 + MEANING_WORDS; c++) {
      if (this.t.kinds[c] === WORD) continue
      return this.isColon(c)
    }
    return false
  }

  /**
   * A person's name in parentheses at token `k` right before a colon (`(أحمد علي):`): the name's tokens, else null
   * (fifty-first session, helper ardialog, after the A96 reading's `(أدلوف هتلر): "…"` and the corpus's `قال الشاعر (
   * محمد الدحيمي ) :`, given to `الشاعر`). The entity stage found the person, and the closing parenthesis follows its
   * last word; reads the name's tokens and two more.
   */
  protected parenthesizedSpeaker(k: number, pe: number): [number, number] | null {
    if (k + 3 >= pe || this.entities.length === 0 || this.t.kinds[k] !== PUNCT || this.keys[k] !== "(") return null
    const person = this.personAt(k + 1)
    if (person === null || this.entityStartingAt(k + 1) !== person) return null
    const z = this.walkPast(k + 1, pe, person.end, "end")
    return z + 1 < pe && z > k + 1 && this.keys[z] === ")" && this.isColon(z + 1) ? [k + 1, z] : null
  }

  /**
   * The cue of the present verb of asking at token `j` (`cue`, before its colon) when it asks a question of its own (fifty-first
   * session, helper ardialog)? With a subject after it (`وتتساءل X:`, `يتساءل الكثير من المواطنين:`) or, with none, when
   * it opens its sentence (`يسأل: "…"`, after the paragraph's start or a full stop; `قد` alone may stand before it: `وقد
   * يتساءل البعض:`). Not after `كما` (`كنت أتساءل كما يتساءل غيري:`, the writer's question), nor with no subject inside a
   * clause (`عليك أن تتساءل:`, `ورب سائل يسأل:`, `نراه يتساءل:`: the dump gave those to the chain's last speaker), but
   * for a definite noun right before it, its subject, when more verbs follow it (`والصحف الأميركية تتساءل وتحلل …:`). A
   * word glued to ب (`ببلاهة`, a manner) or a verb glued to و (`تتساءل وتحلل`) is no subject, and one word with the
   * pronoun of the first person (`ويسأل بعضنا:`) is the writer's group: no question of another. Null when it asks none.
   */
  protected askingQuestion(j: number, strip: number, cue: Cue): Cue | null {
    const before = j - 1 >= this.ps && this.t.kinds[j - 1] === WORD ? this.keys[j - 1]! : null
    if (before !== null && (before === KAMA || before === WAW + KAMA)) return null
    let verbs = false
    if (cue.speaker !== null) {
      const first = this.keys[cue.speaker[0]]!
      verbs = first.charCodeAt(0) === C_WAW && (first.charCodeAt(1) === C_YA || first.charCodeAt(1) === C_TA)
      // (ويسأل بعضنا: …: a subject with the pronoun of the first person is the writer's own group, its question his)
      if (cue.speaker[1] - cue.speaker[0] === 1 && first.length > 4 && first.endsWith("\u0646\u0627") && (this.entities.length === 0 || this.entityStartingAt(cue.speaker[0]) === null)) return null
      const glued = (first.charCodeAt(0) === C_BA && !first.startsWith(BA_AL)) || verbs
      if (!glued || (this.entities.length > 0 && this.entityStartingAt(cue.speaker[0]) !== null)) return { ...cue, question: true }
    }
    const bare = { ...cue, question: true, speaker: null }
    if (strip > 0) return j - 1 < this.ps || this.t.kinds[j - 1] === PUNCT ? bare : null
    // (والصحف الأميركية تتساءل وتحلل …: a definite noun right before the verb, its subject, and more verbs after it;
    // not `واللوائح تسأل:`, `وبدأ العرب يتساءلون:` alone, a figure of speech or a subject the resolver does not find)
    if (verbs && before !== null && opensWithArticle(before) && !(j - 2 >= this.ps && this.lex.bareComplementizers.has(this.keys[j - 2]!))) return bare
    const k = before !== null && this.lex.qadWords.has(before) ? j - 2 : j - 1
    return k < this.ps || this.t.kinds[k] === PUNCT ? bare : null
  }

  /**
   * Is the verb at token `j`, a form that is also a noun (`سأل`, `كتب`, `أجاب`, `رد`), a verb after a fronted phrase
   * (fifty-first session, helper ardialog, after the A96 reading: `وفي مأدبة العشاء سأل الوزير ضيفه الماليزي
   * :"ما برنامجك بعد العشاء؟"` gave no quote, the form after the noun `العشاء` read as a noun)? Its clause (back to the
   * paragraph's start or a punctuation mark, at most {@link FRONTED_WORDS} words) opens with a preposition of time or
   * place (`في`, `عند`, `بعد`, `خلال`, `أثناء`, `قبل`, with و/ف), the word right before the verb is definite (a noun
   * with its article is no head of a construct the form could be the genitive of: `في مجال كتب الأطفال` stays a
   * noun), and a subject of one to {@link FRONTED_SUBJECT} words then a colon follows the verb. Reads at most those
   * tokens.
   */
  protected afterFrontedPhrase(j: number, ps: number, pe: number): boolean {
    if (j - 2 < ps || this.t.kinds[j - 1] !== WORD || !opensWithArticle(this.keys[j - 1]!)) return false
    let k = j - 1
    while (k > ps && k > j - 1 - FRONTED_WORDS && this.t.kinds[k - 1] === WORD) k--
    if (k > ps && this.t.kinds[k - 1] === WORD) return false
    if (k === j - 1 || !FRONTING_PREPOSITIONS().has(this.keys[k]!)) return false
    for (let c = j + 1; c < pe && c <= j + 1 + FRONTED_SUBJECT; c++) {
      if (this.t.kinds[c] === WORD) continue
      return c > j + 1 && this.isColon(c)
    }
    return false
  }

  /**
   * Is the word at token `j` a bare verb of asking that takes the one asked as its object (`سأل`, `سألت`, `يسأل`, `تسأل`,
   * with or without و/ف; {@link ASKING_OBJECT_VERBS})? Not `تساءل` (it takes no object) nor the dialogue forms with
   * their object pronoun (`سأله`). Fifty-first session, helper ardialog.
   */
  protected askingVerbAt(j: number): boolean {
    const key = this.keys[j]!
    const c0 = key.charCodeAt(0)
    return ASKING_OBJECT_VERBS().has(key) || (key.length > 4 && (c0 === C_WAW || c0 === C_FA) && ASKING_OBJECT_VERBS().has(key.slice(1)))
  }

  /**
   * End of the subject of a verb of asking in the phrase `[s, e)` (fifty-first session, helper ardialog, after the A96
   * reading: `سأل الوزير ضيفه الماليزي :"ما برنامجك بعد العشاء؟"` gave the speaker `الوزير ضيفه
   * السنغافوري`; the corpus's `فسأل المدير نائبه: …`, `وسأل الرئيس ضيفه: «…»`): the one asked follows the subject. A
   * person who starts the phrase ends it where a word follows the name; else a definite word (`المدير`) that opens
   * the phrase ends it before a noun with a pronoun glued to it (`نائبه`, `ضيفها`; not `نفسه`, `ذاته`, `بدوره`, an
   * apposition of the subject). `e` when neither: an indefinite head in construct (`رئيس مجلس إدارته`) keeps its
   * genitive. Reads at most the name's tokens and one word.
   */
  protected askedObjectStart(s: number, e: number): number {
    const person = this.entities.length > 0 ? this.personAt(s) : null
    if (person !== null) {
      const z = this.walkPast(s, e, person.end, "end")
      return z > s && z < e && this.t.kinds[z] === WORD ? z : e
    }
    if (!this.keys[s]!.startsWith(ALEF_LAM) || this.t.kinds[s + 1] !== WORD) return e
    const next = this.keys[s + 1]!
    return endsWithPronoun(next) && next.length > 3 && !next.startsWith(ALEF_LAM) && !SUBJECT_APPOSITIONS().some((a) => next.startsWith(a)) ? s + 1 : e
  }

  /** Does a word that opens with ب (`بأنه`, `بالقوية`) follow the person entity that starts at token `k`? */
  protected describedAfter(k: number): boolean {
    const e = this.personAt(k)
    if (e === null) return false
    const z = this.walkPast(k, this.t.count, e.end, "end")
    return z < this.t.count && this.t.kinds[z] === WORD && this.keys[z]!.charCodeAt(0) === C_BA
  }

  /**
   * End of a describing verb's subject in the phrase `[s, e)`: the first token from `s + 2` where a person or a body
   * starts whose last word a word opening with ب follows (`بأنه`, `بأنها`): the object described; `e` when none. One
   * pass over the phrase's tokens (an entity is skipped as a whole).
   */
  protected beforeDescribed(s: number, e: number): number {
    for (let k = s + 2; k < e; k++) {
      if (this.t.kinds[k] !== WORD) continue
      const ent = this.entityStartingAt(k)
      if (ent === null || (ent.type !== "PERSON" && ent.type !== "ORGANIZATION")) continue
      const z = this.walkPast(k, this.t.count, ent.end, "end")
      // (`تنظيم Y`, `حركة Y`: a body's noun in construct before the name is the object's head)
      if (z < this.t.count && z >= e && this.t.kinds[z] === WORD && this.keys[z]!.charCodeAt(0) === C_BA) return k - 1 > s + 1 && this.t.kinds[k - 1] === WORD && this.lex.bodyNouns.has(ALEF_LAM + this.keys[k - 1]!) ? k - 1 : k
      k = z - 1
    }
    return e
  }

  /**
   * End of a describing verb's subject in the phrase `[s, e)` when `بأنه`/`بأنها`/`بأنهم`/`بأنهما` (or `ب` written alone
   * before a mark) follows the phrase: the pronoun calls for an object, so the phrase's last definite word that is no
   * nisba adjective, with the nisba adjectives after it, is the thing described (`اللقاء`, `القصف الأمريكي`), when a
   * definite word, a nisba or the end of an entity stands right before it (`رئيس الوزراء اللقاء`, `مدعي باريس الهجوم`;
   * not `رئيس الوزراء` alone, a noun in construct and its genitive) and no entity covers it. Else `e` (forty-first
   * session).
   */
  protected beforeDescribedNoun(s: number, e: number, pe: number): number {
    if (e >= pe || !this.asPronounAfter(e, pe)) return e
    let o = e - 1
    while (o > s && this.t.kinds[o] === WORD && isNisbaKey(this.keys[o]!, "definite")) o--
    if (o < s || this.t.kinds[o] !== WORD) return e
    const head = this.keys[o]!
    if (!head.startsWith(ALEF_LAM) || isNisbaKey(head, "definite")) return e
    const o1 = this.orig(this.t.starts[o]!, this.t.ends[o]!)
    if (this.entities.length > 0 && this.entityIn(this.orig(o1.start, this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!).end)) !== null) return e
    // (the whole phrase one definite noun and its nisba adjectives: the object, the subject left unsaid, `ووصفت الموقف
    // بأنه`, `ووصف الاتفاق النووي بأنه`; the chain speaks)
    if (o === s) return s
    if (this.t.kinds[o - 1] !== WORD) return e
    return this.keys[o - 1]!.startsWith(ALEF_LAM) || this.entityEndsAt(o - 1) ? o : e
  }

  /**
   * Is the one word `[s, e)` after a verb of describing with no object pronoun its object, `بأنه`/`بأنها`/`بأنهم`/
   * `بأنهما` right after it (the pronoun calls for an object; forty-second session, helper short)? In both corpora the
   * one word there was the object each time (23 places: `الموقف`, `الصفقة`, `داركود`, `رفسنجاني`, `نفسها`), the
   * subject before the verb or unsaid.
   */
  protected describedAlone(s: number, e: number, pe: number): boolean {
    return e < pe && this.t.kinds[s] === WORD && this.t.kinds[e] === WORD && AS_PRONOUN.test(this.keys[e]!)
  }

  /**
   * Does `بأنه` and its forms stand at token `e` (or `ب` alone before a mark), or after a relative clause between commas
   * that opens there (`، الذي استمر لـ90 دقيقة، بأنه`; at most twelve tokens)?
   */
  private asPronounAfter(e: number, pe: number): boolean {
    const at = (k: number): boolean => this.t.kinds[k] === WORD && (AS_PRONOUN.test(this.keys[k]!) || (this.keys[k] === "\u0628" && k + 1 < pe && this.markChar(k + 1) !== null))
    if (at(e)) return true
    if (!this.isPunct(e, COMMAS) || e + 2 >= pe || this.t.kinds[e + 1] !== WORD || !this.lex.relativePronouns.has(this.keys[e + 1]!)) return false
    for (let k = e + 2; k < Math.min(pe - 1, e + 14); k++) {
      if (this.isPunct(k, COMMAS)) return at(k + 1)
      if (this.t.kinds[k] !== WORD && this.t.kinds[k] !== NUM) return false
    }
    return false
  }

  /** Is token `k` written with the hamza of `كأن` (not `كان`, which folds the same)? */
  protected writtenAsIf(k: number): boolean {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    return this.text.slice(o.start, o.end).includes("\u0643\u0623\u0646")
  }

  /** The cue at token `j` read without its first letter (a proclitic و/ف: `وقال` → `قال`). */
  protected cueWithoutProclitic(j: number, pe: number): Cue | null {
    const as = this.keys[j]!.slice(1)
    // (بينه وبين الرئيس: `وبين` after the preposition names its second party, not the verb بيّن; forty-fifth session)
    if (this.lex.betweenWords.has(as) && this.betweenBefore(j)) return null
    return this.cueAsIf(j, pe, as, 1)
  }

  /**
   * Is the word at token `k` an indefinite accusative no entity covers (`أرقاما`, `تقريرا`: no article, four letters or
   * more, ending in `ا` after a letter that is no long vowel)? The object of a verb, no word of its subject (fifty-fifth
   * session, helper arshape).
   */
  protected indefiniteAccusative(k: number): boolean {
    const w = this.keys[k]!
    if (w.length < 4 || w.startsWith(ALEF_LAM) || !w.endsWith("\u0627") || "\u0627\u0648\u064a".includes(w[w.length - 2]!)) return false
    return this.entities.length === 0 || this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!)) === null
  }

  /**
   * The word of relating that makes the bare `بين` at token `j` the preposition "between" (sixty-second session, helper
   * arquote19): `ربط غسان شربل أيضا بين الاتفاق وتنظيم داعش وقال إن …` read `بين` as the verb `بيّن` with the two
   * parties for its subject, and the second party, pushed onto the chain, took a later `وكتب "…"`. One of
   * `relatingWords` (`ربط`, `قارن`, `ميز`, `الفرق`; with or without و/ف) among the {@link RELATING_BACK} words before
   * it, in its sentence, and no shadda written on `بين` (`بيّن` is the verb): that word's token, else -1.
   */
  protected relatingBefore(j: number): number {
    if (this.keys[j] !== BAYNA) return -1
    const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
    if (this.text.slice(o.start, o.end).includes("\u0651")) return -1
    for (let k = j - 1, words = 0; k >= this.ps && words < RELATING_BACK; k--) {
      if (this.t.kinds[k] !== WORD) {
        if (this.isSentenceEnd(k)) return -1
        continue
      }
      if (this.lex.relatingWords.has(withoutConjunction(this.keys[k]!, 3))) return k
      words++
    }
    return -1
  }

  /** Is one of `betweenWords` among the {@link BETWEEN_BACK} words before token `j`, in its sentence? */
  private betweenBefore(j: number): boolean {
    for (let k = j - 1, words = 0; k >= this.ps && words < BETWEEN_BACK; k--) {
      if (this.t.kinds[k] !== WORD) {
        if (this.isSentenceEnd(k)) return false
        continue
      }
      if (this.lex.betweenWords.has(this.keys[k]!)) return true
      words++
    }
    return false
  }

  /**
   * The cue at token `j` read as if its key were `as` (`strip` letters of the text left out). The steps read keys
   * from `keys`, so the key of `j` is swapped for the call and put back after it (no closure per call: this runs for
   * every word whose tail starts a cue).
   */
  protected cueAsIf(j: number, pe: number, as: string, strip = 0): Cue | null {
    const key = this.keys[j]!
    this.keys[j] = as
    this.swapped++
    try {
      return this.cueAt(j, pe, as, strip)
    } finally {
      this.keys[j] = key
      this.swapped--
    }
  }

  protected firstCueWithClitic(k: number, pe: number): Cue | null {
    const key = this.keys[k]!
    if (key.length > 3 && (key[0] === WAW || key[0] === FA)) return this.cueWithoutProclitic(k, pe)
    return null
  }

  /**
   * The end of an apposition that opens at token `k`, after a comma, and closes with a comma right before
   * `قوله`/`قولها`/`قولهم` (`says` in the lexicon): words only, six at most, none a complementizer; the comma's token,
   * or null.
   */
  private appositionBeforeSaying(k: number, pe: number): number | null {
    for (let f = k; f < Math.min(pe - 1, k + 7); f++) {
      if (this.t.kinds[f] === WORD && !this.lex.complementizers.has(this.keys[f]!)) continue
      return f > k && this.isPunct(f, COMMAS) && this.t.kinds[f + 1] === WORD && this.lex.says.has(this.keys[f + 1]!) ? f : null
    }
    return null
  }

  /** Does a person entity overlap tokens `[a, b)`? */
  private personIn(a: number, b: number): boolean {
    if (this.entities.length === 0 || b <= a) return false
    const e = this.entityIn(this.orig(this.t.starts[a]!, this.t.ends[b - 1]!))
    return e !== null && e.type === "PERSON"
  }

  /** The gender of `قوله` (m), `قولها` (f), `قولهم` (p). */
  private sayingGender(w: string): Gender {
    return w.endsWith("\u0647\u0627") ? "f" : w.endsWith("\u0647\u0645") ? "p" : "m"
  }

  /** The cue at token `j` (read with key `key`; `strip` letters of a proclitic were left out of it). */
  protected cueAt(j: number, pe: number, key: string, strip = 0): Cue | null {
    const lex = this.lex
    const narrating = lex.narratingVerbs.has(key)
    if (lex.reportedVerbs.has(key) || narrating) {
      // نقل المكتب عن الوزير قوله
      for (let k = j + 1; k < Math.min(pe, j + 12); k++) {
        // ونقل «مكتب أخبار سوريا» عن …: quotation marks around the source are no stop
        if (this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!)) continue
        if (this.t.kinds[k] !== WORD) break
        if (this.keys[k] === AN) {
          let s = k + 1
          let e = s
          while (e < pe && e < s + 14) {
            // ونقل عن مسؤول لجنة حي "X" فلان قوله: a short name in marks inside the source's description is the source's
            // (forty-first session, after the A78 reading)
            if (e > s && this.t.kinds[e] === PUNCT) {
              const close = this.markedName(e, pe)
              if (close < 0) break
              e = close + 1
              continue
            }
            if (this.t.kinds[e] !== WORD || lex.says.has(this.keys[e]!) || lex.complementizers.has(this.keys[e]!)) break
            e++
          }
          const says = e < pe && lex.says.has(this.keys[e]!)
          // ونقلت الوكالة عن مسؤول محلي، قوله إن …: a comma between the source and `قوله` (thirty-third session)
          if (!says && e > s && e + 1 < pe && this.isPunct(e, COMMAS) && this.t.kinds[e + 1] === WORD && lex.says.has(this.keys[e + 1]!)) {
            const w = this.keys[e + 1]!
            return { at: j, end: e + 2, kind: "reported", verb: this.verbText(j, j + 1, strip), gender: this.sayingGender(w), needsMark: false, alsoNoun: false, english: false, continues: false, speaker: [s, e] }
          }
          // ونقل التقرير عن المتحدث باسم الوزارة، X، قوله: a name set off by two commas between the source and `قوله`
          // is the source's; the words are that person's, not the reporter's (thirty-fifth session)
          if (!says && e > s && this.isPunct(e, COMMAS)) {
            const f = this.appositionBeforeSaying(e + 1, pe)
            // (a person named between the commas, none before them: `عن X، المسؤول بمقاطعة Y، قوله` keeps X, and
            // `عن هذا المسؤول، الذي رفض ذكر اسمه، قوله` or `مدير مؤسسة <body>` between them name nobody)
            if (f !== null && this.personIn(e + 1, f) && !this.personIn(s, e)) return { at: j, end: f + 2, kind: "reported", verb: this.verbText(j, j + 1, strip), gender: this.sayingGender(this.keys[f + 1]!), needsMark: false, alsoNoun: false, english: false, continues: false, speaker: [e + 1, f] }
          }
          // نقل عن X أن «…»: the complementizer stands where قوله would; نقلت الوكالة عن X، مدير …، «…»: the quote
          // follows the source's description in the same sentence
          if (!says && !(e < pe && lex.complementizers.has(this.keys[e]!))) {
            if (e === s || !this.namedSource(s, e) || !this.quoteSoon(e, pe)) return null
            return { at: j, end: e, kind: "reported", verb: this.verbText(j, j + 1, strip), gender: null, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: [s, e] }
          }
          // (روى عن X أنه قال: a verb of narrating only before a speech verb, not `ويروي الكتاب عن التنظيم أنه لا يثق`)
          if (narrating && !says && !this.saidAfter(e, pe)) return null
          if (!says) return { at: j, end: e, kind: "reported", verb: this.verbText(j, j + 1, strip), gender: null, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: e > s ? [s, e] : null }
          const gender: Gender = this.keys[e]!.endsWith("\u0647\u0627") ? "f" : this.keys[e]!.endsWith("\u0647\u0645") ? "p" : "m"
          if (e === s) s = e
          return { at: j, end: e + 1, kind: "reported", verb: this.verbText(j, j + 1, strip), gender, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: e > s ? [s, e] : null }
        }
      }
      const source = narrating ? this.sourceBeforeNarrating(j, pe) : null
      return source === null ? null : { at: j, end: j + 1, kind: "reported", verb: this.verbText(j, j + 1, strip), gender: null, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: source }
    }
    const v = lex.verbs.longestAt(this.keys, j, pe)
    // قالاً (a participle misspelt, its tanween written): an accusative, no dual verb (thirty-third session)
    if (v !== null && v.value.dual === true && this.text.charCodeAt(this.orig(this.t.starts[j]!, this.t.ends[j]!).end - 1) === TANWEEN_FATH) return null
    // (`Some £14m went on developing …`: no cue, {@link wentOnToDeed})
    if (v !== null && v.value.english && v.length > 1 && v.value.continues && this.wentOnToDeed(j + v.length, pe)) return null
    if (v !== null) {
      // يذكر أن …، ويُذكر أن …: with no subject before the complementizer, the writer's background clause ("it is
      // worth noting that"), no speech; a subject makes it speech again (يذكر التقرير أن …)
      if (v.length === 1 && lex.background.has(key) && j + 1 < pe && this.t.kinds[j + 1] === WORD && lex.complementizers.has(this.keys[j + 1]!)) {
        return { at: j, end: j + 1, kind: "background", verb: this.verbText(j, j + 1, strip), gender: null, needsMark: false, alsoNoun: true, english: false, continues: false, speaker: null }
      }
      const cue = this.verbCue(j, j + v.length, v.value, pe, strip)
      // وأكمل: …, وأكملت الوزيرة: …: a verb that mostly takes an object is a cue only before a colon (not `وأكمل باقي
      // الفترة رئيسا للنادي حيث قال:`, `أكملت الفرقة ما تبقى …: سعودي ومصري`)
      // (فقلت له: …, وأقول لهم جميعا: …: a first-person verb with its و/ف, its addressee between it and the colon, no
      // subject; not bare, `على ما أقول:`, `أن أقول:`, `قلت لزوجتي` inside another speaker's words; fortieth session,
      // helper nouncues)
      if (this.lex.firstPersonVerbs.has(key)) return strip > 0 && this.firstPersonColon(cue.end, pe) ? { ...cue, speaker: null, firstPerson: true } : null
      // (أجابه X بما معناه في لهجتنا:"…": a line of a dialogue may give the sense of the words before its colon;
      // meaningBeforeColon, fifty-first session, helper ardialog)
      if (v.value.colonOnly === true && !this.isColon(cue.speaker === null ? cue.end : cue.speaker[1]) && !(v.value.dialogue === true && this.meaningBeforeColon(cue.speaker === null ? cue.end : cue.speaker[1], pe))) return null
      // ويتابع الخبير الأميركي فيقول: «…»: a colon-only verb whose phrase ends in a speech verb glued to ف or و is no cue
      // (the verb before the colon is, and its subject is the chain's; not a bare form, فأجابه وبدون تردد:, a noun);
      // وتتابع حديثها: «…»: one noun of speech with its pronoun is the verb's object, no subject (fifty-first session,
      // helper arverbs, after the dump of SaudiNewsNet)
      if (v.value.colonOnly === true && cue.speaker !== null && cue.speaker[1] - cue.speaker[0] > 1 && this.gluedVerbAt(cue.speaker[1] - 1, pe)) return null
      // (and after a subject too: وتتابع الدكتورة أمل حديثها: «…», the subject ends before it)
      if (v.value.colonOnly === true && cue.speaker !== null && this.lex.speechObjects.has(this.keys[cue.speaker[1] - 1]!)) return { ...cue, speaker: cue.speaker[1] - cue.speaker[0] > 1 ? [cue.speaker[0], cue.speaker[1] - 1] : null }
      // (فيما يلي نصه:: the document's issuer speaks, or nobody; thirty-ninth session)
      if (v.value.colonOnly === true && this.lex.documentTextWords.has(this.keys[cue.end - 1]!)) return { ...cue, inDocument: true, speaker: null }
      // وسأله الوزير: …، فأجابه: …، سألني ولست أدري الدافع: …: a line of a dialogue; with no subject, or a circumstance
      // glued to و where the subject stands, it names nobody (the one answered is the last speaker, not the one
      // answering; fiftieth session, helper arcolon)
      // (وتتساءل X: …؟, وقد يتساءل البعض: …؟: a present verb of asking, the question; fifty-first session, helper ardialog)
      if (v.value.question === true) return this.askingQuestion(j, strip, cue)
      if (v.value.dialogue === true) return cue.speaker === null || this.keys[cue.speaker[0]]!.charCodeAt(0) === C_WAW ? { ...cue, dialogue: true, unnamed: true, speaker: null } : { ...cue, dialogue: true }
      return cue
    }
    const p = lex.participles.get(key) ?? this.colonParticiple(j, key, pe)
    if (p !== undefined) {
      // بقوله, بقولها, بقولهم: the pronoun gives the gender; قائلة, قائلين: the ending
      const saying = this.isSaying(key)
      // بقوله: …، بقوله إن …، بقوله «…»; not بقوله تعالى (a citation of scripture, no speech of the text)
      if (saying) {
        const n = j + 1
        if (n >= pe || !(this.keys[n] === ":" || MARKS.has(this.keys[n]!) || (this.t.kinds[n] === WORD && lex.complementizers.has(this.keys[n]!)))) return null
      }
      const gender: Gender = saying
        ? key.endsWith("\u0647\u0627") ? "f" : key.endsWith("\u0647\u0645") ? "p" : "m"
        : participleGender(key)
      return this.participleCue(j, gender, strip)
    }
    // `…, saying: "…"`, `with a spokesman adding: "…"`, `quoted as saying`: an English participle is a cue only where
    // it opens a participle clause (not `an old saying`, `is warning`, `the warning`)
    if (strip === 0 && lex.enParticiples.has(key) && this.opensParticipleClause(j)) {
      return this.participleCue(j, null, 0, true)
    }
    // `Mr Blair is saying: "…"`, `The minister was telling voters: "…"`: a progressive form of a speech participle right
    // before a colon or an opening mark (`telling` after its addressee) is its subject's verb (fifty-seventh session,
    // helper enquote7; before, the colon's reading gave a body named nearby)
    if (strip === 0 && lex.enParticiples.has(key) && this.progressiveBeforeQuote(j, pe)) {
      return { at: j, end: j + 1, kind: "verb", verb: this.verbText(j, j + 1, 0), gender: null, needsMark: true, alsoNoun: false, english: true, continues: false, speaker: null }
    }
    const acc = lex.according.longestAt(this.keys, j, pe)
    if (acc !== null) {
      let s = j + acc.length
      // (ووفق كلام X، …, حسب قول X: «…»: a noun of speech after the according word; the source is the person after
      // it; not حديث مع, the writer's talk with someone; fifty-seventh session, helper arpieces)
      if (s + 1 < pe && !/[a-z]/.test(key) && this.t.kinds[s] === WORD && this.t.kinds[s + 1] === WORD && lex.accordingSpeechNouns.has(this.keys[s]!) && this.keys[s + 1] !== "\u0645\u0639") s++
      // وأكد، بحسب وكالة «إيرنا»، أن …: an according phrase between commas inside an attribution names the outlet that
      // relays the words, not their speaker: no cue (the verb before it attributes the words, and its source never
      // joins the chain)
      if (strip === 0 && !/[a-z]/.test(key) && this.relaysAttribution(j, s, pe)) return null
      let e = this.phraseEnd(s, pe, /[a-z]/.test(key))
      // `According to Ms Hale the finance minister said: "…"`: with no comma after the source, an article in lower case
      // after a capitalized word opens the subject of the sentence's own verb, no part of the source (forty-sixth
      // session, helper enphrase)
      if (/[a-z]/.test(key)) {
        for (let k = s + 1; k < e; k++) {
          if (this.t.kinds[k] === WORD && EN_ARTICLE_KEY.test(this.keys[k]!) && !isCapitalized(this.t, this.text, k) && this.t.kinds[k - 1] === WORD && isCapitalized(this.t, this.text, k - 1)) {
            e = k
            break
          }
        }
      }
      // وبحسب وكالة «X»، فقد …: the outlet's name in marks after its noun closes the source, as after a verb
      // (twenty-third session, fourth round)
      if (e > s && !/[a-z]/.test(key)) {
        const close = this.outletName(e, pe)
        if (close >= 0) e = close + 1
      }
      // فيمكنه أن يجيب وفق الاحتمالات التالية:, حسب الخطوات الآتية: a phrase that announces a list after it names no
      // source (twenty-ninth session)
      if (e > s && !/[a-z]/.test(key) && this.lex.followingWords.has(this.keys[e - 1]!) && e < pe && this.isColon(e)) return null
      return { at: j, end: e, kind: "according", verb: acc.value, gender: null, needsMark: false, alsoNoun: false, english: /[a-z]/.test(key), continues: false, speaker: e > s ? [s, e] : null }
    }
    return this.gluedAccording(j, pe, key, strip)
  }

  /**
   * Is the word at token `s`, its `ل` glued on, the first of a source for {@link gluedAccording}: a person or a body the
   * entity stage tagged right after the `ل`, or, read without the `ل`, an unnamed source's, a body's or a document's
   * noun (not a relaying outlet's)?
   */
  private gluedSourceWord(s: number): boolean {
    const lex = this.lex
    const w = this.keys[s]!
    const o = this.orig(this.t.starts[s]!, this.t.ends[s]!)
    // (a person or a body the entity stage tagged right after the ل: `ل[وكالة الأنباء الألمانية]` as any other)
    const entity = this.entityIn(o)
    if (entity !== null && entity.start > o.start && entity.start <= o.start + 2 && (entity.type === "PERSON" || entity.type === "ORGANIZATION")) return true
    // (else the word without its ل)
    for (const f of withoutGluedLamForms(w)) {
      if (lex.relayNouns.has(f)) return false
      const bare = f.startsWith("\u0627\u0644") ? f.slice(2) : f
      if (lex.unnamedSources.has(bare) || lex.bodyNouns.has(f) || lex.documentNouns.includes(bare)) return true
    }
    return false
  }

  /**
   * `ووفقا لمصادر الجزيرة: "…"`, `"…"، وفقا للشرطة.`: an according word that takes `ل` (`gluedAccording` in the
   * lexicon: `وفقا`, `طبقا`, with or without its tanween) with the `ل` glued to the source's first word, as the wires
   * mostly write it (the lexicon's `وفقا لـ` reads only a `ل` written apart). The source is the phrase from that word,
   * read without its `ل` ({@link gluedSources}, `gluedSource` in `speakers.ts`), when it is a source: a person or a body
   * the entity stage tagged right after the `ل`, an unnamed source's noun (`مصادر`, `مسؤول`, `شهود`), a body's noun
   * (`الشرطة`, `اللجنة`) or a document's (`بيان`, `تقرير`), not an outlet that relays (`وكالة`, `صحيفة`), nor a rule,
   * a vision or a statistic (`وفقا لمعايير …`, `وفقا لرؤية …`: in accordance with); not a demonstrative or `ما`
   * (`gluedAccordingStops`: `وفقا لذلك`, `وفقا لما`), nor a list's announcement (`وفقا للتالي:`), nor an outlet between
   * commas inside an attribution (fifty-third session, helper arcolon2).
   */
  private gluedAccording(j: number, pe: number, key: string, strip: number): Cue | null {
    const lex = this.lex
    const s = j + 1
    // (the word as written, `وفقا`, or without its و/ف, `ووفقا`: وفقا itself opens with a و)
    const form = lex.gluedAccording.has(key) ? key : withoutConjunction(key, 3)
    if (s >= pe || this.t.kinds[s] !== WORD || !lex.gluedAccording.has(form)) return null
    const w = this.keys[s]!
    // (ل glued to a word of three letters or more: `لمصادر`, `للشرطه`; not `لـ` apart, read by the lexicon's forms)
    if (w.length < 4 || w.charCodeAt(0) !== C_LAM || lex.gluedAccordingStops.has(w)) return null
    if (!this.gluedSourceWord(s)) return null
    if (strip === 0 && this.relaysAttribution(j, s, pe)) return null
    let e = this.phraseEnd(s, pe, false)
    // (ووفقا للشرطة فإن "…": the complementizer with its ف ends the source)
    for (let k = s + 1; k < e; k++) {
      if (this.t.kinds[k] === WORD && lex.complementizers.has(withoutConjunction(this.keys[k]!))) {
        e = k
        break
      }
    }
    if (e <= s) return null
    const close = this.outletName(e, pe)
    if (close >= 0) e = close + 1
    const last = e - 1 === s ? withoutGluedLamForms(w)[0]! : this.keys[e - 1]!
    if (lex.followingWords.has(last) && e < pe && this.isColon(e)) return null
    this.gluedSources.add(s)
    return { at: j, end: s, kind: "according", verb: `${form} \u0644\u0640`, gender: null, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: [s, e] }
  }

  /**
   * The form of a participle of shouting (`colonParticiples`: `صارخا`, `صائحة`) at token `j` whose key is `key`, when a
   * colon follows it right away (`وطرق على الطاولة صارخا: «…»`); else undefined: without the colon the word is mostly
   * the adjective "blatant" (`انتهاكا صارخا للقانون`; thirty-eighth session). A participle of chanting (`chantParticiples`:
   * `مرددين`, `هاتفين`) also right before an opening mark (fifty-sixth session, helper arlabel).
   */
  private colonParticiple(j: number, key: string, pe: number): string | undefined {
    const chant = this.lex.chantParticiples.get(key)
    const form = this.lex.colonParticiples.get(key) ?? chant
    if (form === undefined || j + 1 >= pe || this.writerTurnsTo(j)) return undefined
    // (…، مرددين «…», هاتفين "…": a participle of chanting right before an opening mark too; fifty-sixth session, helper
    // arlabel)
    if (this.isColon(j + 1) || (chant !== undefined && this.t.kinds[j + 1] === PUNCT && MARKS.has(this.keys[j + 1]!))) return form
    // (مرددين عبارات مثل: «…», هاتفين بهتافات منها "…": a chant's object noun, then its examples in marks; sixty-third
    // session, helper arquote22)
    return chant !== undefined && this.t.kinds[j + 1] === WORD && this.lex.chantObjects.has(this.keys[j + 1]!) && this.examplesBeforeMarks(j + 2, pe) ? form : undefined
  }

  /**
   * Do an examples' word (`chantExamples.examples`: `مثل`, `منها`) at token `k`, a colon allowed after it, and an
   * opening mark follow, with at least {@link MIN_WORDS_CUED} words after the mark before the next one (`مثل: «ارحلوا
   * عن بلادنا»`; not `مثل «لا للفساد»`, a label)? Reads at most {@link WORDING_REACH} tokens after the mark.
   */
  protected examplesBeforeMarks(k: number, pe: number): boolean {
    if (k >= pe || this.t.kinds[k] !== WORD || !this.lex.chantExampleWords.has(this.keys[k]!)) return false
    const open = this.isColon(k + 1) ? k + 2 : k + 1
    return open < pe && this.isPunct(open, MARKS) && this.wordingBeforeMarks(open - 1, pe)
  }

  /**
   * Does a verb of the writer turning to an official in the first person plural (`writerAddressing`: `نتوجه`, `نتجه`,
   * with or without its و/ف) stand in the sentence of the plural participle at token `j`, within {@link ASKING_WINDOW}
   * tokens before it? `وهنا نتوجه لسمو الوزير …، متسائلين: - متى …؟`: the questions are the column's (sixty-second
   * session, helper arquote18: two editorials of sabq gave them, 2,000 characters, to the official addressed).
   */
  private writerTurnsTo(j: number): boolean {
    if (!this.keys[j]!.endsWith("\u064a\u0646")) return false
    const s = Math.max(this.sentenceStart(j), j - ASKING_WINDOW)
    for (let k = j - 1; k >= s; k--) if (this.t.kinds[k] === WORD && hasWithWaw(this.lex.writerAddressing, this.keys[k]!)) return true
    return false
  }

  /**
   * Is the bare `أجاب`/`أجابت` at token `j` (after a word, where a verb form is mostly a noun) the verb of answering: an
   * opening mark right after it, and an active verb of asking (`asking` in `ar.json`, with or without its و/ف) earlier in its
   * sentence, within {@link ASKING_WINDOW} tokens (`وحين سألت اللجنة X عن … أجاب "…"`; twenty-fifth
   * session)? The one asked is its speaker (`askedObject`, arabic.ts).
   */
  protected answersAsking(j: number, pe: number): boolean {
    if (j + 1 >= pe || this.t.kinds[j + 1] !== PUNCT || !MARKS.has(this.keys[j + 1]!) || !this.lex.answering.has(this.keys[j]!)) return false
    const s = Math.max(this.sentenceStart(j), j - ASKING_WINDOW)
    for (let k = j - 2; k >= s; k--) {
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (this.lex.asking.has(key) || (key.length > 3 && (key.charCodeAt(0) === C_WAW || key.charCodeAt(0) === C_FA) && this.lex.asking.has(key.slice(1)))) return true
    }
    return false
  }

  /**
   * Is the Arabic according phrase at token `j` (its source from `s`) an aside inside an attribution: a comma before
   * it, a speech verb before that comma within six words of the same sentence (`وأكد،`, `وقال الوزير،`), and a comma
   * after the source (within ten tokens) followed by a complementizer, a colon or a quotation mark
   * (`، بحسب وكالة «إيرنا»، أن`)?
   */
  protected relaysAttribution(j: number, s: number, pe: number): boolean {
    if (j - 2 < this.ps || !this.isPunct(j - 1, COMMAS)) return false
    let verb = false
    for (let k = j - 2; k >= Math.max(this.ps, j - 7); k--) {
      if (this.t.kinds[k] !== WORD) return false
      const key = this.keys[k]!
      if (this.lex.verbForms.has(key) || (key.length > 3 && (key[0] === WAW || key[0] === FA) && this.lex.verbForms.has(key.slice(1)))) {
        verb = true
        break
      }
    }
    if (!verb) return false
    for (let k = s + 1; k < Math.min(pe - 1, s + 10); k++) {
      if (this.t.kinds[k] === WORD || (this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!))) continue
      if (!this.isPunct(k, COMMAS)) return false
      const n = k + 1
      return this.keys[n] === ":" || (this.t.kinds[n] === PUNCT && MARKS.has(this.keys[n]!)) || (this.t.kinds[n] === WORD && this.lex.complementizers.has(this.keys[n]!))
    }
    return false
  }

  /**
   * `بحسب ما ذكره X`, `حسبما قالت X`, `وفقا لما أعلنه X` at token `j`: an according phrase, `ما` and a speech verb (its
   * object pronoun ه read off it: `ذكره`, `ذكرته`, `نقلته`); the source is the verb's subject, the phrase after it.
   * Read only right after a quote (`cueAfter`): before one, the verb after ما is a cue of its own, as it was. Null
   * when no verb of the lexicon with a subject follows (`بحسب ما ورد في البيان`, `بحسب ما قالت -`).
   */
  protected accordingWhat(j: number, pe: number): Cue | null {
    const w = this.lex.accordingWhat.longestAt(this.keys, j, pe)
    if (w === null) return null
    const v = j + w.length
    if (v >= pe || this.t.kinds[v] !== WORD) return null
    const key = this.keys[v]!
    const cue = this.cueAt(v, pe, key) ?? this.cueWithoutObject(v, pe, key)
    // (بحسب ما قالت: with no subject after the verb the phrase is read as before, the verb a cue of its own)
    if (cue === null || cue.kind !== "verb" || cue.english || cue.speaker === null) return null
    let [a, b] = cue.speaker
    // حسبما أفادت به X: the pronoun after the verb is its object
    if (b - a > 1 && this.lex.pronounBa.has(this.keys[a]!)) a++
    // بحسب ما ذكرت وكالة …، حسبما نقلت صحف محلية: an outlet relays the words of someone the text names
    if (this.lex.relayNouns.has(this.keys[a]!)) return null
    return { at: j, end: b, kind: "according", verb: w.value, gender: null, needsMark: false, alsoNoun: false, english: false, continues: false, speaker: [a, b] }
  }

  /**
   * The cue of the verb `key` at token `j` read without its object pronoun ه (`ذكره` → `ذكر`, `قالته` → `قالت`), as
   * {@link accordingWhat} and {@link leadCueAfter} read the verb after `ما`; null when the key does not end in ه (or is
   * shorter than four letters) or no cue is read so (fifty-eighth session, helper tidy3).
   */
  private cueWithoutObject(j: number, pe: number, key: string): Cue | null {
    return key.length >= 4 && key.endsWith("\u0647") ? this.cueAsIf(j, pe, key.slice(0, -1)) : null
  }

  /**
   * An Arabic verb that attributes the quote before it through a lead word (`«…»، كما يقول X`, `"…"، هذا ما قاله X`:
   * `afterQuote` in the lexicon) at token `k`, right after the closing mark and its comma; after `هذا ما` the verb
   * carries the object pronoun ه (`قاله`, `أضافه`, `قالته`) and is read without it. Not a plural verb with no
   * subject after it (`كما يقولون`: a saying, nobody's speech). Null when no lead word or no verb follows.
   */
  protected leadCueAfter(k: number, pe: number): Cue | null {
    const lead = this.lex.afterQuote.longestAt(this.keys, k, pe)
    if (lead === null) return null
    const j = k + lead.length
    if (j >= pe || this.t.kinds[j] !== WORD) return null
    const key = this.keys[j]!
    // كما يقول: the verb as it is; هذا ما قاله: only with the pronoun (وهذا ما أكد وجوده: the verb's object is another)
    const pronoun = lead.length === 2
    // (قاله: the verb read without its object pronoun)
    let cue = pronoun ? this.cueWithoutObject(j, pe, key) : this.cueAt(j, pe, key)
    // «…»، هكذا لخص رئيس الجمعية X موقفها, هكذا تحدث المؤسس X: after `هكذا` any verb of the third person with a named
    // subject after it attributes the quote, read as a speech verb of its tense and gender (session 21)
    const hk = cue === null && lead.length === 1 ? hakadhaWords() : null
    if (hk !== null && this.keys[k] === hk.word && key.length >= 3 && /^[\u0621-\u064a]+$/.test(key) && !/^[\u0646\u0623\u0627\u0625]/.test(key) && !this.lex.thusNotSpeech.has(key) && !this.lex.arStops.has(key) && !this.lex.arPronouns.has(key) && !this.lex.clauseOpeners.has(key)) {
      const [saysM, saysF, saidF, saidM] = hk.says
      const as = key.startsWith("\u064a") ? saysM : key.startsWith("\u062a") ? saysF : key.endsWith("\u062a") ? saidF : saidM
      const read = this.cueAsIf(j, pe, as)
      if (read !== null && read.kind === "verb" && read.speaker !== null) {
        const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
        // (the verb's object with its pronoun after the subject is no part of it: يستهل الكاتب تقريره)
        let [a, b] = read.speaker
        // (the original word: the search view writes ة as ه)
        const last = b - 1 > a ? this.orig(this.t.starts[b - 1]!, this.t.ends[b - 1]!) : null
        if (last !== null && this.t.kinds[b - 1] === WORD && /\u0647(?:\u0627|\u0645)?$/.test(this.text.slice(last.start, last.end)) && !this.keys[b - 1]!.startsWith(ALEF_LAM)) b--
        // (a subject the entity stage named, a person or a body: `هكذا توالت المفردات`, `هكذا كان لسان حال …` name nobody)
        // (in the phrase or in the words after it before punctuation: مدير المدرسة X, a role and the name after it)
        let z = b
        while (z < Math.min(pe, b + 4) && this.t.kinds[z] === WORD) z++
        const named = this.entityIn(this.orig(this.t.starts[a]!, this.t.ends[z - 1]!))
        if (named !== null && (named.type === "PERSON" || named.type === "ORGANIZATION")) cue = { ...read, verb: this.text.slice(o.start, o.end), speaker: [a, b] }
      }
    }
    if (cue === null || cue.kind !== "verb" || cue.english) return null
    if (cue.gender === "p" && cue.speaker === null) return null
    return cue
  }

  /**
   * Does an English participle at token `j` open a participle clause: after a comma (`…, adding:`), after `by`,
   * `before`, `after`, `as`, `while`, `and` (`quoted as saying`, `before adding`), or after `with` and a short noun
   * phrase (`with a spokesman saying`)?
   */
  protected opensParticipleClause(j: number): boolean {
    if (j <= this.ps) return false
    if (this.isPunct(j - 1, COMMAS)) return true
    if (this.t.kinds[j - 1] !== WORD) return false
    // `By declaring their assets, people would …`: a lead word that opens its sentence makes an adverbial, no speech
    if (EN_PARTICIPLE_LEADS.has(this.keys[j - 1]!)) return this.sentenceStart(j - 1) < j - 1
    return this.withSubject(j) !== null
  }

  /**
   * Does the English participle at token `j` follow a progressive auxiliary (`is`, `was`, `are`, `were`, an adverb of
   * `verbModifiers` between at most: `is also saying`) and stand right before a colon or an opening mark (`is saying:
   * "…"`), or, for `telling`, before one to three lower-case words of its addressee and a colon (`was telling voters:`)?
   * Not after a word that makes it a noun or a gerund (`an old saying`, `the warning`), which the auxiliary rules out.
   */
  protected progressiveBeforeQuote(j: number, pe: number): boolean {
    const t = this.t
    let k = j - 1
    if (k > this.ps && t.kinds[k] === WORD && this.lex.enModifiers.has(this.keys[k]!) && !EN_PROGRESSIVE.has(this.keys[k]!)) k--
    if (k <= this.ps || t.kinds[k] !== WORD || !EN_PROGRESSIVE.has(this.keys[k]!)) return false
    let n = j + 1
    if (this.keys[j] === "telling") while (n < pe && n - j <= 3 && t.kinds[n] === WORD && !isCapitalized(t, this.text, n)) n++
    if (n >= pe || t.kinds[n] !== PUNCT) return false
    return this.keys[n] === ":" ? n + 1 < pe && this.markChar(n + 1) !== null : n === j + 1 && this.markChar(n) !== null
  }

  /**
   * Does a phrasal verb of going on that ends at token `n` (`went on`) go on with a deed, not with words (`Some £14m
   * went on developing the technology`, `went on sale`): a lower-case word right after it that is neither `to` (`went
   * on to say`, `went on to reflect on the values that "…"`) nor a speech participle? Then it is no cue (fifty-seventh
   * session, helper enpieces; before, `Some £14m` spoke the quotes after it).
   */
  private wentOnToDeed(n: number, pe: number): boolean {
    if (n >= pe || this.t.kinds[n] !== WORD || isCapitalized(this.t, this.text, n)) return false
    const key = this.keys[n]!
    return key !== "to" && !this.lex.enParticiples.has(key)
  }

  /**
   * `Reuters quoted the minister as saying`: the object of `quoted` before the `as` of the participle at `j` (within
   * twelve tokens of it, in its sentence), not after a passive (`He was quoted as saying` is the subject's), or null.
   */
  protected quotedObject(j: number): readonly [number, number] | null {
    if (j - 1 <= this.ps || this.keys[j - 1] !== "as") return null
    let e = j - 1
    if (this.isPunct(e - 1, COMMAS)) e--
    for (let k = e - 1; k >= Math.max(this.ps, j - 14); k--) {
      if (this.t.kinds[k] !== WORD && this.t.kinds[k] !== NUM) return null
      if (this.keys[k] !== "quoted") continue
      if (k > this.ps && EN_PASSIVE.has(this.keys[k - 1]!)) return null
      return k + 1 < e ? [k + 1, e] : null
    }
    return null
  }

  /** An English speech verb at token `k` that attributes speech (not a passive, not a noun after a determiner or a quantifier), as a cue, or null. */
  protected englishVerbCueAt(k: number, pe: number): Cue | null {
    if (this.t.kinds[k] !== WORD || !this.verbMayStart(k)) return null
    const v = this.lex.verbs.longestAt(this.keys, k, pe)
    if (v === null || !v.value.english) return null
    if (k > this.ps && this.t.kinds[k - 1] === WORD && (EN_PASSIVE.has(this.keys[k - 1]!) || EN_DETERMINERS.has(this.keys[k - 1]!))) return null
    // (nor a plural noun: `"…", and eventually all states, to …`; forty-ninth session)
    if (this.pluralNounVerb(k, this.ps)) return null
    if (v.length > 1 && v.value.continues && this.wentOnToDeed(k + v.length, pe)) return null
    return this.verbCue(k, k + v.length, v.value, pe)
  }

  /** `with a spokesman saying`: the noun phrase between `with` and the participle at `j` (one to five words), or null. */
  protected withSubject(j: number): readonly [number, number] | null {
    for (let k = j - 1; k >= Math.max(this.ps, j - 6); k--) {
      if (this.t.kinds[k] !== WORD && this.t.kinds[k] !== NUM) return null
      if (this.keys[k] === "with") return k + 1 < j ? [k + 1, j] : null
    }
    return null
  }

  /**
   * Is the speech verb form at token `e` (after the phrase's first token `s`) a noun, right after `دون`, `بدون`, `وبدون`
   * (`وبدون تردد`, "without hesitation", where `تردد` is also the present "keeps saying"; fifty-first session, helper
   * arverbs)? Only a form flagged alsoNoun.
   */
  protected nounAfterWithout(e: number, s: number, pe: number): boolean {
    if (e <= s || this.t.kinds[e - 1] !== WORD) return false
    const before = this.keys[e - 1]!
    if (!this.lex.withoutWords.has(before) && !this.lex.withoutWords.has(withoutConjunction(before, 3))) return false
    const v = this.lex.verbs.longestAt(this.keys, e, pe)
    return v !== null && v.value.alsoNoun
  }

  /**
   * Is token `k` a speech verb glued to ف or و (`فيقول`, `وقال`), the verb of a clause of its own at the end of a colon-only
   * verb's phrase (`ويتابع الخبير الأميركي فيقول:`; fifty-first session, helper arverbs)?
   */
  protected gluedVerbAt(k: number, pe: number): boolean {
    const key = this.keys[k]!
    return this.t.kinds[k] === WORD && key.length > 3 && (key.charCodeAt(0) === C_WAW || key.charCodeAt(0) === C_FA) && this.verbAt(k, pe) > 0
  }

  /**
   * The end of a speaker phrase `[s, e)` before the object of a verb of denial or assertion (fifty-second session,
   * helper arthreat): a word of `deniedObjects` (`وجود`, `صحة`, `نيته`) right after the verb, or right after a
   * definite word or a name's end (`ونفت الشركة وجود أي خلاف`, `ونفى وجود أي صفقة`), and so does an indefinite noun
   * right before `أي` there ({@link beforeAny}: `ونفى زوج المعلمة زيارة أي مسؤول`); else `e`.
   */
  protected deniedObjectStart(s: number, e: number): number {
    for (let j = s; j < e; j++) {
      // (or an indefinite noun right before `أي`: ونفى زوج المعلمة زيارة أي مسؤول; not a title or a definite word before
      // a name that folds alike, وقال الفنان آي ويوي)
      if (this.t.kinds[j] !== WORD || !(this.lex.deniedObjects.has(this.keys[j]!) || this.beforeAny(j, e))) continue
      if (j === s || this.keys[j - 1]!.startsWith(ALEF_LAM) || (this.entities.length > 0 && this.t.kinds[j - 1] === WORD && this.entityIn(this.orig(this.t.starts[j - 1]!, this.t.ends[j - 1]!)) !== null)) return j
    }
    return e
  }

  /**
   * The start of a clause of an outlet's own verb inside a speaker phrase `[s, e)` (fifty-second session, helper
   * aroutlet): `و` glued to a verb of `outletVerbs` after the phrase's first word (`بيان للمكتب الإعلامي وتلقت «X»`);
   * else `e`.
   */
  protected outletClauseStart(s: number, e: number): number {
    for (let j = s + 1; j < e; j++) {
      const key = this.keys[j]!
      if (this.t.kinds[j] === WORD && key.charCodeAt(0) === C_WAW && this.lex.outletVerbs.has(key.slice(1))) return j
    }
    return e
  }

  /**
   * Does the phrase `[s, e)` open with `أحد`/`إحدى` and a definite word right after it (`أحد الجالسين`, `إحدى
   * الموظفات`): one person of a group, the subject of the verb before it (fifty-eighth session)?
   */
  private oneOfDefinite(s: number, e: number): boolean {
    const w = this.keys[s]!
    return (w === ONE_OF_M || w === ONE_OF_F) && s + 1 < e && this.t.kinds[s + 1] === WORD && this.keys[s + 1]!.startsWith(ALEF_LAM)
  }

  /** Is token `j` an indefinite noun right before `أي` inside a phrase ending at `e` (`زيارة أي مسؤول`), no name on either? */
  private beforeAny(j: number, e: number): boolean {
    if (j + 1 >= e || this.keys[j + 1] !== AYY || this.t.kinds[j + 1] !== WORD) return false
    const w = this.keys[j]!
    if (w.startsWith(ALEF_LAM) || this.lex.arTitles.has(w)) return false
    return this.entities.length === 0 || (this.entityIn(this.orig(this.t.starts[j]!, this.t.ends[j]!)) === null && this.entityIn(this.orig(this.t.starts[j + 1]!, this.t.ends[j + 1]!)) === null)
  }

  /**
   * The token after a time word right after a verb (`أمس`, `اليوم`, a day: `الثلاثاء`; the days and `اليوم` of the
   * lexicon's `agencyStops`), when a phrase of a person or a body follows it (an entity the stage tagged, a name noun
   * before one, a title, a post's or a body's noun: `roleHeads`, `bodyNouns`, `outletNouns`): `وكتبت أمس صحيفة النهار اللبنانية:` → the paper, `وقال الثلاثاء الوزير X:` → the minister;
   * else `k` (fifty-ninth session, helper arpiece, after the A115 reading: the verb's subject was read as none, and a
   * scrap of an earlier paragraph took the words).
   */
  protected timeBeforeSubject(k: number, pe: number): number {
    if (k + 1 >= pe || this.t.kinds[k] !== WORD || this.t.kinds[k + 1] !== WORD) return k
    const key = this.keys[k]!
    if (key !== AMS && !(key.startsWith(ALEF_LAM) && this.lex.agencyStops.has(key))) return k
    const n = k + 1
    // (a body's noun with no article before its name, `صحيفة النهار`, counts as the name)
    const named = this.entities.length > 0 && (this.entityStartingAt(n) !== null || (n + 1 < pe && this.lex.arNameNouns.has(this.keys[n]!) && this.entityStartingAt(n + 1) !== null))
    // (or a title, a post's or a body's noun: `الوزير`, `الوزارة`; not any definite word, `قال الجمعة الماضية`)
    const w = this.keys[n]!
    if (!(named || this.lex.arTitles.has(w) || this.lex.roleHeads.has(w) || this.lex.bodyNouns.has(w) || this.lex.outletNouns.has(w))) return k
    return this.phraseEnd(n, pe, false) > n ? n : k
  }

  protected verbCue(j: number, end: number, v: Verb, pe: number, strip = 0): Cue {
    const verb = this.verbText(j, end, strip)
    if (v.english) return { at: j, end, kind: "verb", verb, gender: null, needsMark: false, alsoNoun: false, english: true, continues: v.continues, speaker: null }
    // وأضاف لبي بي سي …، أوضح لـ"الاقتصادية" فلان أن …: an addressee right after the verb, the subject after it
    let s = this.addresseeEnd(end, pe)
    // (وكتبت أمس صحيفة X:, وقال اليوم الوزير X: a time word right after the verb, before its subject; fifty-ninth session)
    if (s === end) s = this.timeBeforeSubject(end, pe)
    // التي قالت عنها الصحيفة إن …، علق فيها الإعلامي X: a preposition and a pronoun before the subject
    if (s === end && end + 1 < pe && this.t.kinds[end] === WORD && this.lex.pronounObjects.has(this.keys[end]!)) s = end + 1
    let e = this.deniedObjectStart(s, this.phraseEnd(s, pe, false))
    // وقال، X، الناطق باسم …، إن: a person's name set off by commas right after the verb is its subject (thirty-first
    // session, second round)
    if (e === s && s === end) {
      const named = this.commaNamed(end, pe)
      if (named > 0) {
        s = end + 1
        e = named
      }
    }
    // وقال له المحافظ: …، قالت لها الأم: a pronoun addressee (or object) is read past only to a subject that is a name,
    // a title or a definite noun (قال له مخاطبا: a manner word is no subject; the phrase stays as it was)
    // (or `أحد`/`إحدى` before a definite word, `عندها قال له أحد الجالسين: «…»`: before, the phrase was dropped and the
    // chain gave the words to someone of the paragraphs before; fifty-eighth session, helper arquote9)
    if (s === end + 1 && (this.lex.pronounAddressees.has(this.keys[end]!) || this.lex.pronounObjects.has(this.keys[end]!))) {
      const w = this.keys[s]!
      const subject = e > s && (w.startsWith(ALEF_LAM) || this.lex.arTitles.has(w) || (this.entities.length > 0 && this.entityStartingAt(s) !== null) || this.oneOfDefinite(s, e))
      // (with no words after it, an addressee leaves no subject, the chain's; `قال فيه:` stays as it was)
      if (!subject && (e > s || this.lex.pronounObjects.has(this.keys[end]!))) e = this.phraseEnd((s = end), pe, false)
    }
    if (s > end && this.noSubjectAfterAddressee(end, s, e, pe)) s = e = end
    // قال محقق من الهيئة …: a bare noun (no article) is the body's; the phrase takes the organisation after من/في
    if (e - s === 1 && !this.keys[s]!.startsWith(ALEF_LAM) && e + 1 < pe && (this.keys[e] === MIN || this.keys[e] === FI)) {
      const body = this.organisationEnd(e + 1, e)
      // وقال ناطق من القوات الأمريكية المتمركزة في …: a spokesman's noun and `من` before definite words the entity
      // stage left untagged: the phrase goes on over them, the body he speaks for (thirty-first session, second round)
      e = body === e && this.keys[e] === MIN && SPOKESMAN.test(this.verbText(s, s + 1, 0)) ? this.untaggedBodyEnd(e + 1, pe, e) : body
    }
    // وقال (أحمد علي): …, قال الشاعر ( محمد الدحيمي ) :: a person's name in parentheses right before the colon, after
    // the verb or a title alone, is the subject (parenthesizedSpeaker; fifty-first session, helper ardialog)
    if (e - s <= 1 && (e === s || this.t.kinds[s] === WORD)) {
      const named = this.parenthesizedSpeaker(e, pe)
      if (named !== null) [s, e] = named
    }
    // a name in marks as the subject (وقال "سامر": …) or closing it (وأعلنت جماعة "ولاية الساحل"، …)
    // (not right after a verb of describing with its object pronoun: ما وصفه "تضليل X" quotes the term it describes by)
    let close = e === s && v.needsMark && endsWithPronoun(verb) ? -1 : e > s ? Math.max(this.outletName(e, pe), this.markedName(e, pe)) : this.markedName(e, pe)
    // وأعلنت «لجنة المتابعة والإشراف العليا» التابعة …: a body's longer name in marks right after the verb is its
    // subject too (forty-ninth session, helper arsubject)
    if (close < 0 && e === s && s === end && !(v.needsMark && endsWithPronoun(verb))) close = this.markedBody(e, pe)
    // right after the verb, three words in marks followed by the rest of a sentence (a verb: no article, no
    // preposition, no complementizer, no colon later) are speech (وأضاف "جرائم الكراهية الزائفة" وقعت من قبل),
    // not a name (وقال "سامر" شقيق الضحية: …، وقالت "الراية" القطرية إن …، قال "X" عن …: …)
    if (close >= 0 && e === s && this.wordCount(e + 1, close) >= 3 && close + 1 < pe && this.t.kinds[close + 1] === WORD) {
      const next = this.keys[close + 1]!
      if (!next.startsWith(ALEF_LAM) && !this.lex.arStops.has(next) && !this.lex.complementizers.has(next) && !this.colonSoon(close + 1, pe)) close = -1
    }
    // شريط فيديو يؤكد «الدعم القوي» من حكومته: definite words in marks after a verb in the middle of its clause are
    // its object, no name (thirty-fourth session)
    if (close >= 0 && e === s && this.markedObject(j, s, close)) close = -1
    if (close >= 0) {
      if (e === s) {
        s = e + 1
        e = close
      } else if (e - s === 1 && this.titleWord(s)) {
        // وقال بروفيسور "دانيال براون" عالم الفلك: a title alone, then a person's name in marks: the name is the
        // speaker (forty-ninth session, helper arsubject)
        s = e + 1
        e = close
      } else {
        e = close + 1
        // وقال الأمين العام لحزب «X» فلان إن …: a body's name in marks inside a title, then the person who holds it:
        // the phrase goes on to that person, the speaker (twenty-fourth session, second round)
        // (not after a verb of describing when ب opens the word after the person: ووصفت صحيفة «X» Y بأنه …, Y is the
        // object; twenty-seventh session)
        // (and past one or two definite nisba adjectives of the body: رئيس جمعية «الأمل» الخيرية فلان; forty-first
        // session, after the A78 reading)
        let n = e
        while (n < Math.min(pe, e + 2) && this.t.kinds[n] === WORD && isNisbaKey(this.keys[n]!, "definiteFeminine") && this.entityStartingAt(n) === null) n++
        if (n < pe && this.entities.length > 0 && this.t.kinds[n] === WORD && this.personAt(n) !== null && !(this.describingAt(j) && this.describedAfter(n))) e = this.phraseEnd(n, pe, false)
      }
    }
    // وقال بيان للمكتب الإعلامي وتلقت «X» نسخة منه إن: `و` and an outlet's own verb (`outletVerbs`: it received, met,
    // obtained) inside the phrase open another clause, whose subject is the outlet; the speaker phrase ends before it
    // (fifty-second session, helper aroutlet)
    if (e - s >= 2) e = this.outletClauseStart(s, e)
    // فيما طالب بإيجاد مواقع للمصانع …، مضيفا, وأشاد بالقرار: a phrase that opens with ب glued to the article or to a
    // verbal noun in إ/أ (the verb's object), and names no person or body, is no subject; the verb has none of its own
    // (forty-second session, after the A78 reading)
    if (e > s && this.objectAfterBa(j, s, e)) e = s
    // وحذر المستهلكين في السوق من …, ودعت الجمهوريين إلى «…»: a definite sound masculine plural in -ين right after the
    // verb is its object (a subject would be in -ون), never its subject; the verb has none of its own, and the chain
    // keeps the one who spoke (fifty-first session, helper arobject, after the A99 reading)
    if (e > s && this.objectPlural(s)) e = s
    // أن التوقيع …، يعتبر خطوة كبيرة نحو …, تعتبر مقدمة لتحرير البلاد: `يعتبر`/`تعتبر` before an indefinite word that
    // names no source reads "is considered", and the words after it are its predicate, no speaker (fifty-first
    // session, helper arobject, after the A99 reading)
    if (e > s && this.lex.consideredPassive.has(withoutConjunction(this.keys[j]!, 3)) && this.indefinitePredicate(s, e, pe)) e = s
    // وقال X إن واشنطن تعتبر الحزب منظمة إرهابية، وأضاف أن …: a bare `يعتبر`/`تعتبر` right after its own subject (a
    // definite word or a name the entity stage tagged) takes the words after it as its object, never a speaker (fifty-
    // second session, helper arreport: `الحزب منظمة إرهابية` joined the chain and took the next `وأضاف`)
    else if (e > s && this.lex.consideredPassive.has(this.keys[j]!) && this.subjectRightBefore(j)) e = s
    // وقال وهو يبتسم: «…», وأضافت وهي تبكي "…": a circumstantial clause (و and a pronoun) where the subject would stand
    // is no subject; the verb has none of its own
    if (e > s && this.lex.circumstantial.has(this.keys[s]!)) e = s
    // وقد وصف X قائد الشرطة تنظيم Y بأنه "…": after a verb of describing, a person or a body named after the phrase's
    // first two words and right before a word that opens with ب is the object; the subject ends before it (twenty-
    // seventh session, second round; the first round read only a person after a body's name in marks)
    if (e - s >= 3 && this.entities.length > 0 && this.describingAt(j)) e = this.beforeDescribed(s, e)
    // ووصف رئيس الوزراء اللقاء بأنه "…", وصفت الحكومة السورية القصف الأمريكي بأنه: a definite object with no entity
    // before `بأنه` too (forty-first session, after the A78 and A79 readings)
    if (e - s >= 2 && this.describingAt(j) && !endsWithPronoun(verb)) e = this.beforeDescribedNoun(s, e, pe)
    // ووصفت الموقف بأنه "…", فوصف رفسنجاني بأنه «…»: one word alone before `بأنه` is the object too; the subject is
    // left unsaid (forty-second session, helper short)
    else if (e - s === 1 && this.describingAt(j) && !endsWithPronoun(verb) && this.describedAlone(s, e, pe)) e = s
    // وقالت كما نقلت عنها الوكالة «…», الذي قال منذ فترة طويلة "…": a clause of time, condition or report where the
    // subject would stand is none either (session 22)
    if (e > s && this.lex.subordinateOpeners.has(this.keys[s]!)) e = s
    // ثم غرد وقال: «…»: a speech verb where the subject would stand opens the next clause; the verb has no subject of its
    // own (the phrase was `وقال`, given to the quote after it; thirty-first session)
    // (after a preposition glued to a pronoun too, a word of four letters at most: `غرد به وقال:`, `علقت عليه وأجابت:`)
    const first = e > s + 1 && this.t.kinds[s] === WORD && this.keys[s]!.length <= 4 ? s + 1 : s
    if (e > first && this.t.kinds[first] === WORD && this.verbAt(first, pe) > 0) e = s
    // وسأل X نظيره السنغافوري: "…؟", فسأل المدير نائبه: …: a verb of asking takes the one asked as its object right
    // after its subject; the subject ends before it ({@link askedObjectStart}; fifty-first session, helper ardialog)
    if (e - s >= 2 && this.askingVerbAt(j)) e = this.askedObjectStart(s, e)
    // ولم يسأل نفسه: …: a reflexive right after a verb of asking is its object; the verb has no subject of its own
    else if (e > s && this.askingVerbAt(j) && this.keys[s]!.startsWith(NAFS) && endsWithPronoun(this.keys[s]!)) e = s
    // وأكدا خلاله أن, أعلنتا أكثر من مرة أن: a dual verb has its subjects before it (a verb before its subject is
    // singular, `وقال الوزيران`); the words after it are no subject (thirty-third session)
    if (v.dual === true) s = e = end
    const cue: Cue = { at: j, end, kind: "verb", verb, gender: v.gender, needsMark: v.needsMark, alsoNoun: v.alsoNoun, english: false, continues: v.continues, speaker: e > s ? [s, e] : null, ...(v.dual === true ? { dual: true } : {}) }
    // ووصفها بـ«…», ما وصفته الصحافة بـ«…»: after a verb of describing with its object pronoun, the subject ends at ب
    // (and a word glued to ب that names nobody is no subject: ما تصفه بنجاح «…»)
    if (e > s && this.describesPronoun(cue)) {
      if (this.keys[s]!.charCodeAt(0) === 0x628 && (this.entities.length === 0 || this.entityStartingAt(s) === null)) return { ...cue, speaker: null }
      let k = s
      while (k < e && this.keys[k] !== BA) k++
      if (k < e) return { ...cue, speaker: k > s ? [s, k] : null }
    }
    return cue
  }

  /**
   * Is the word at token `s`, right after a speech verb, a definite sound masculine plural in -ين, the verb's object
   * (fifty-first session, helper arobject: `وحذر المشترين في السوق المحلية من اقتناء الهواتف` gave the chain the speaker
   * `المستهلكين` for five quotes of the jeweller quoted before; `ودعت الجمهوريين إلى «…»`, `حذر المشرعين الاميركيين من
   * …`)? The article, a stem of four letters or more and `ين` (read as written: `المستهلكين`): a participle's stem in م
   * (`المواطنين`, `المشرعين`), a nisba's in ي (`الجمهوريين`, `الحوثيين`) or one of the pattern فاعل (`اللاعبين`); not
   * a word whose stem is shorter (`الأمين العام`, `البحرين`, `الحسين`) nor any other (`الكرملين`), and no word an entity
   * of the entity stage covers (a body, a place or a person named so: `الميادين`).
   */
  protected objectPlural(s: number): boolean {
    if (this.t.kinds[s] !== WORD) return false
    const key = this.keys[s]!
    if (!key.startsWith(ALEF_LAM) || !key.endsWith(INA) || key.length < ALEF_LAM.length + INA.length + 4) return false
    const stem = key.slice(ALEF_LAM.length, key.length - INA.length)
    if (!(stem[0] === MIM || stem.endsWith(YA) || stem[1] === ALEF)) return false
    return this.entities.length === 0 || this.entityIn(this.orig(this.t.starts[s]!, this.t.ends[s]!)) === null
  }

  /**
   * Does the subject of the verb at token `j` stand right before it, inside the paragraph (fifty-second session, helper
   * arreport): the word before is a definite word of four letters or more that is no stop word, clause opener,
   * complementizer or relative pronoun (`إن الحكومة تعتبر`), or the end of an entity the entity stage tagged (`إن
   * واشنطن تعتبر`); no punctuation between.
   */
  protected subjectRightBefore(j: number): boolean {
    const k = j - 1
    if (k < this.ps || this.t.kinds[k] !== WORD) return false
    const key = this.keys[k]!
    if (this.lex.arStops.has(key) || this.lex.clauseOpeners.has(key) || this.lex.complementizers.has(key) || this.lex.relativePronouns.has(key)) return false
    if (key.startsWith(ALEF_LAM) && key.length >= 4) return true
    if (this.entities.length === 0) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(o.end) - 1]
    return e !== undefined && e.end === o.end
  }

  /**
   * Is the phrase `[s, e)` after `يعتبر`/`تعتبر` an indefinite predicate (fifty-first session, helper arobject: `وأكد X
   * أن الاتفاق … يعد خطوة مهمة نحو الحل التفاوضي للنزاع الحدودي، …، وقال بهذا الخصوص إن «…»` gave the two quotes
   * after it the speaker `خطوة كبيرة نحو …`)? Its first word has no article, no entity covers it, and it is no source's
   * or person's word that may open a subject (`unnamedSources`, `pluralVoices`, a title, a plural in -ون: `ويعتبر
   * مراقبون أن`), and no complementizer, colon or quotation mark follows the phrase (`ويعتبر خبير اقتصادي أن …`: a
   * subject that speaks).
   */
  protected indefinitePredicate(s: number, e: number, pe: number): boolean {
    if (this.t.kinds[s] !== WORD) return false
    const key = this.keys[s]!
    if (key.startsWith(ALEF_LAM) || key.endsWith(UNA) || this.lex.unnamedSources.has(key) || this.lex.pluralVoices.has(key) || this.lex.arTitles.has(key) || this.lex.arPronouns.has(key)) return false
    if (e < pe && (this.lex.complementizers.has(this.keys[e]!) || this.isColon(e) || this.markChar(e) !== null)) return false
    return this.entities.length === 0 || this.entityIn(this.orig(this.t.starts[s]!, this.t.ends[e - 1]!)) === null
  }

  /**
   * Is the speaker phrase `[s, e)` of the verb at token `j` the verb's object after ب (forty-second session): its first
   * word, as written, opens with `بال`, `بإ` or `بأ` (`بالقرار`, `بإيجاد`, `بأهمية`; not `باسم`, `باراك`, names that
   * open with با), and no person or organisation entity stands in the phrase. After a verb of saying (`sayingVerbs`:
   * `قال`, `تقول`, which take no object after ب) only with a definite word after it (`بالبريد الإلكتروني`): a name
   * that opens with بال, untagged, is its subject (`وتقول بالوما X، مديرة …`).
   */
  protected objectAfterBa(j: number, s: number, e: number): boolean {
    if (this.t.kinds[s] !== WORD || this.keys[s]!.charCodeAt(0) !== 0x628) return false
    const o = this.orig(this.t.starts[s]!, this.t.ends[s]!)
    if (!BA_OBJECT.test(this.text.slice(o.start, o.end))) return false
    if (this.lex.sayingVerbs.has(withoutConjunction(this.keys[j]!)) && !(s + 1 < e && this.t.kinds[s + 1] === WORD && this.keys[s + 1]!.startsWith(ALEF_LAM))) return false
    return !this.hasSpeakerEntity([s, e])
  }

  /**
   * Are the words in marks between tokens `open` and `close`, right after the verb at token `j`, the verb's object
   * rather than its subject's name (thirty-fourth session, after the A54 reading's `«الدعم القوي»`, then the speaker
   * of the quotes after it)? The verb carries no و or ف and stands in the middle of its clause, after a word that is no
   * clause opener, preposition or word with a pronoun (`شريط فيديو يؤكد`, `ما حدث في عدن اعتبر`, not `كما يقول`,
   * `بدورها أعلنت`, `فقد أعلنت`), and the words open with the article, no entity covers them and no body's noun opens
   * them (`«الدعم القوي»`; `«نزاهة التحقيق»` is not definite and stays), and a word follows the closing mark.
   */
  protected markedObject(j: number, open: number, close: number): boolean {
    // (a word right after the closing mark: the clause goes on, `«الدعم القوي» من حكومته`; not `هكذا يقول "X"، الذي`)
    if (j < 1 || j <= this.ps || this.t.kinds[j - 1] !== WORD || close - open < 2 || close + 1 >= this.pe || this.t.kinds[close + 1] !== WORD) return false
    const verb = this.keys[j]!
    if (/^[\u0648\u0641]/.test(verb) && !verb.startsWith("\u0648\u0635\u0641")) return false
    const before = this.keys[j - 1]!
    if (this.lex.clauseOpeners.has(before) || this.lex.arStops.has(before) || this.lex.complementizers.has(before) || this.lex.relativePronouns.has(before) || /(?:\u0647|\u0647\u0627|\u0647\u0645)$/.test(before) || before.length < 3) return false
    const first = this.keys[open + 1]!
    if (this.t.kinds[open + 1] !== WORD || !first.startsWith(ALEF_LAM) || this.lex.bodyNouns.has(first) || this.lex.outletNouns.has(first)) return false
    return this.entities.length > 0 && !this.nameCovers(this.orig(this.t.starts[open + 1]!, this.t.ends[close - 1]!))
  }

  /**
   * The end (exclusive) of a person the entity stage tagged right after a comma at token `k` (right after a verb) and
   * closed by a second comma (`وقال، X، الناطق باسم …`), or by a dash that opens the title (`من ناحيته قال، X -عضو
   * المكتب السياسي …: «…»`; sixty-first session, helper arquote17, after the A118 reading: the quote went to the
   * speaker of the paragraph before); else 0.
   */
  protected commaNamed(k: number, pe: number): number {
    if (this.entities.length === 0 || k + 2 >= pe || !this.isPunct(k, COMMAS) || this.t.kinds[k + 1] !== WORD) return 0
    const person = this.personAt(k + 1)
    if (person === null || this.orig(this.t.starts[k + 1]!, this.t.ends[k + 1]!).start !== person.start) return 0
    const j = this.walkPast(k + 2, Math.min(pe, k + 8), person.end, "end", true)
    return j < pe && (this.isPunct(j, COMMAS) || this.isPunct(j, DASHES)) ? j : 0
  }

  /**
   * The closing mark of an outlet's name in marks at token `e`, right after an indefinite noun of an outlet that ends
   * the phrase before it (`وكالة "كيه سي إن ايه"`, `صحيفة "الفجر" "…"`): up to six words (a name spelled letter by
   * letter runs longer than {@link markedName} reads), then a word, a comma, a colon or another mark; -1 when none
   * (twenty-third session, fourth round).
   */
  protected outletName(e: number, pe: number): number {
    const noun = this.keys[e - 1]!
    if (this.t.kinds[e - 1] !== WORD || noun.startsWith(ALEF_LAM) || !this.lex.relayNouns.has(noun)) return -1
    return this.markedName(e, pe, 7, true)
  }

  /**
   * The closing mark of a body's name in marks right after a verb at token `k`, its subject, when the name runs past
   * the three words {@link markedName} reads (`وأعلنت «لجنة التنسيق والرقابة العليا» التابعة للتحالف في بيان …`,
   * `وأعلن «المرصد السوري لحقوق الإنسان»، أن «…»`): four to six words whose first is a body's head noun (`bodyNouns`,
   * with its article or bare as the head of a construct, `لجنة`, `المرصد`), then a word, a comma or a colon. The
   * marks hold who speaks, not speech; -1 when none (forty-ninth session, helper arsubject). Reads seven tokens.
   */
  protected markedBody(k: number, pe: number): number {
    if (k + 1 >= pe || this.t.kinds[k + 1] !== WORD) return -1
    const head = this.keys[k + 1]!
    if (!this.lex.bodyNouns.has(head) && !(!head.startsWith(ALEF_LAM) && this.lex.bodyNouns.has(ALEF_LAM + head))) return -1
    return this.markedName(k, pe, 7)
  }

  /**
   * Is word token `k` a title printed before a name (`titles`: `السيد`, `الدكتور`, `البروفيسور`), with its article
   * or without it (`بروفيسور`, `دكتور`)? (forty-ninth session, helper arsubject)
   */
  protected titleWord(k: number): boolean {
    if (this.t.kinds[k] !== WORD) return false
    const key = this.keys[k]!
    return this.lex.arTitles.has(key) || (key.length > 3 && !key.startsWith(ALEF_LAM) && this.lex.arTitles.has(ALEF_LAM + key))
  }

  /** Does the source `[s, e)` after `نقل … عن` hold a person or an organisation (any words when entities did not run)? */
  protected namedSource(s: number, e: number): boolean {
    if (this.entities.length === 0) return true
    const entity = this.entityIn(this.orig(this.t.starts[s]!, this.t.ends[e - 1]!))
    return entity !== null && (entity.type === "PERSON" || entity.type === "ORGANIZATION")
  }

  /** An opening quotation mark of speech (not a short name in marks) within twelve tokens of `k`, before the sentence ends or another verb. */
  protected quoteSoon(k: number, pe: number): boolean {
    for (let j = k; j < Math.min(pe, k + 12); j++) {
      if (this.isSentenceEnd(j)) return false
      if (this.t.kinds[j] === WORD) {
        if (this.verbAt(j, pe) > 0) return false
        continue
      }
      if (this.markChar(j) === null) continue
      const close = this.markedName(j, pe)
      if (close < 0) return true
      j = close
    }
    return false
  }

  /** A colon within {@link COLON_WINDOW} tokens, before the sentence ends (`"سامر" شقيق الضحية:`). */
  protected colonSoon(k: number, pe: number): boolean {
    for (let j = k; j < Math.min(pe, k + COLON_WINDOW); j++) {
      if (this.isSentenceEnd(j)) return false
      if (this.isColon(j)) return true
    }
    return false
  }

  /**
   * After the addressee that follows a verb ending at `end` (the phrase read after it is `[s, e)`, `s > end`), is there
   * no subject: no words at all; a time phrase (`وقال لمجلة "تايم" هذا الأسبوع:`, thirty-fifth session); or anything but a
   * person's name after ل and a definite noun (`وقال للصحفيين الذين رافقوه:`: its adjectives and relative clauses are
   * none) or after an audience (`قال لوسائل إعلام محلية إن`, `audienceHeads`; forty-sixth session)?
   */
  protected noSubjectAfterAddressee(end: number, s: number, e: number, pe: number): boolean {
    if (e === s) return true
    if (s + 1 < pe && this.lex.timeDemonstratives.has(this.keys[s]!) && this.lex.timeNouns.has(this.keys[s + 1]!)) return true
    const definiteOrAudience = this.keys[s - 1]!.startsWith("\u0644\u0644") || this.lex.audienceHeads.has(this.keys[end]!)
    return definiteOrAudience && (this.entities.length === 0 || this.personAt(s) === null)
  }

  /** Where an addressee after a verb ends (`لـ"الاقتصادية"`, `لبي بي سي` when an entity starts after the لـ), else `k`. */
  protected addresseeEnd(k: number, pe: number): number {
    if (k >= pe || this.t.kinds[k] !== WORD) return k
    const key = this.keys[k]!
    if (key.charCodeAt(0) !== C_LAM) return k
    // وأضاف لوكالة فرانس برس مسؤول …: a news agency (`addressees` in the lexicon)
    const outlet = this.outletAddressee(k, pe)
    if (outlet > 0) return k + outlet
    // وقال للحكام: …، وأضاف للصحفيين: the addressee is ل and a definite noun
    if (key.length > 4 && key.startsWith("\u0644\u0644")) return k + 1
    // قال لوسائل إعلام محلية ودولية «…»، وأضاف لشبكات التلفزيون الإيطالية "…"، حين قال لقادة إسرائيل: an audience, ل
    // and a noun of a group of people or outlets, and up to three words of its genitive and adjectives (forty-sixth
    // session, after the A89 reading)
    if (this.lex.audienceHeads.has(key)) return this.audienceEnd(k + 1, pe)
    // لـ followed by a name in marks
    if (key.length <= 2 || key === "\u0644\u0640") {
      const close = this.markedName(k + 1, pe)
      return close >= 0 ? close + 1 : k
    }
    // لبي بي سي: an entity starting right after the لـ of this word
    if (this.entities.length === 0) return k
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const i = this.firstEntityFrom(o.start + 1)
    const e = this.entities[i]
    if (e === undefined || e.start !== o.start + 1) return k
    return this.walkPast(k + 1, pe, e.end, "end")
  }

  /**
   * Where the words after an audience's noun end (`لوسائل إعلام محلية ودولية`, `لشبكات التلفزيون الإيطالية`): up to
   * three words from `k`, not past a complementizer, a stop word, a title or a person's name (`قال لوسائل الإعلام
   * الوزير فلان إن` keeps the minister as the subject).
   */
  protected audienceEnd(k: number, pe: number): number {
    const lex = this.lex
    let j = k
    while (j < pe && j < k + 3 && this.t.kinds[j] === WORD) {
      const w = this.keys[j]!
      if (lex.complementizers.has(w) || lex.arStops.has(w) || lex.arTitles.has(w)) break
      if (this.entities.length > 0 && this.personAt(j) !== null) break
      j++
    }
    return j
  }

  /** Length in tokens of an addressee that names a news agency at token `k` (`لرويترز`, `لوكالة فرانس برس`), or 0. */
  protected outletAddressee(k: number, pe: number): number {
    // every word of a speaker phrase is asked: one character says no for most of them before the trie is read
    if (this.keys[k]!.charCodeAt(0) !== C_LAM) return 0
    const n = this.lex.addressees.longestAt(this.keys, k, pe)?.length ?? this.namedOutlet(k, pe)
    // (and up to two adjectives of the outlet after it: `لشبكة سي إن إن الأمريكية`, `لمؤسسة «بلومبرغ» الإخبارية`)
    let j = k + n
    if (n > 0) while (j < Math.min(pe, k + n + 2) && this.t.kinds[j] === WORD && isNisbaKey(this.keys[j]!, "definiteFeminine")) j++
    return j - k
  }

  /**
   * Length in tokens of ل and an outlet's noun at token `k` (`addresseeHeads`: `لمؤسسة`, `لشبكة`, `لصحيفة`) and the
   * outlet's name after it (thirty-fifth session: `قال لمؤسسة بلومبرغ:` gave the speaker `لمؤسسة بلومبرغ`): an entity
   * that starts at the next word, a name in marks there, or one to three words with no article that are no stop word
   * or complementizer, and a number (`لراديو بي بي سي 4`). 0 when no name follows.
   */
  protected namedOutlet(k: number, pe: number): number {
    const lex = this.lex
    const n = k + 1
    if (!lex.addresseeHeads.has(this.keys[k]!) || n >= pe) return 0
    // (not where the entity stage ran a name over the noun itself, `لمحطة X` tagged as one name: left as it was read)
    if (this.entities.length > 0 && this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!)) !== null) return 0
    let j = -1
    const close = this.markedName(n, pe)
    if (close >= 0) j = close + 1
    else if (this.t.kinds[n] === WORD) {
      const e = this.entities.length > 0 ? this.entityStartingAt(n) : null
      if (e !== null && e.start >= this.orig(this.t.starts[n]!, this.t.ends[n]!).start) {
        j = this.walkPast(n + 1, Math.min(pe, n + 6), e.end, "end", true)
      } else {
        // (one to three such words, and a number after them: `لراديو بي بي سي 4`; forty-second session, after the A80
        // reading, where `وقال هاريس لراديو بي بي سي 4 إن` gave the speaker run on over the outlet)
        let m = n
        while (m < pe && m < n + 3 && this.t.kinds[m] === WORD) {
          const w = this.keys[m]!
          if (w.startsWith(ALEF_LAM) || lex.arStops.has(w) || lex.complementizers.has(w) || lex.arTitles.has(w)) break
          m++
        }
        if (m > n && m < pe && this.t.kinds[m] === NUM) m++
        // (and only before punctuation, a mark, a complementizer or a definite adjective: `لموقع أخبار X` names the
        // outlet with more words than these)
        const next = m < pe && this.t.kinds[m] === WORD ? this.keys[m]! : null
        if (m > n && (next === null || lex.complementizers.has(next) || isNisbaKey(next, "definiteFeminine"))) j = m
      }
    }
    return j < 0 ? 0 : j - k
  }

  /**
   * The end of one to four definite words from token `k` that no entity covers and no stop word, complementizer or
   * verb is among (`القوات الأمريكية المتمركزة`), before punctuation or any other word; `fallback` when the first is
   * not such a word.
   */
  protected untaggedBodyEnd(k: number, pe: number, fallback: number): number {
    let j = k
    while (j < Math.min(pe, k + 4) && this.t.kinds[j] === WORD) {
      const w = this.keys[j]!
      if (!w.startsWith(ALEF_LAM) || this.lex.arStops.has(w) || this.lex.complementizers.has(w) || this.verbStartsAt(j, pe) || (this.entities.length > 0 && this.entityIn(this.orig(this.t.starts[j]!, this.t.ends[j]!)) !== null)) break
      j++
    }
    return j > k ? j : fallback
  }

  /** The end of an organisation entity starting at token `k` (`الهيئة الوطنية لسلامة النقل`), else `fallback`. */
  protected organisationEnd(k: number, fallback: number): number {
    if (this.entities.length === 0) return fallback
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entities[this.firstEntityFrom(o.start)]
    if (e === undefined || e.start !== o.start || e.type !== "ORGANIZATION") return fallback
    return this.walkPast(k + 1, Math.min(this.pe, k + 8), e.end, "end")
  }

  /**
   * Is the word at `j` a passive of considering (`اعتبر`, `اعتبرت`, bare) in a relative clause with no relative word: an
   * indefinite noun right before it (no article, no stop word, complementizer, clause opener or name), a predicate with
   * no article right after it (`غير`, or a word written with `ة` or an accusative's alef: no subject), and a speech verb
   * before it in its sentence (`وقال دفتردار في تعليقه على مقطع الفيديو الذي ظهر فيه جروس وهو يقوم بحركة اعتبرت غير
   * مقبولة جماهيريا : أستغرب …`; sixty-second session, helper arquote21, after the A121 reading)? Then it is no speech
   * verb: the colon is the first verb's, and `جماهيريا` no speaker. Not the active form after a clause opener (`فيما
   * اعتبر رئيس …`, `وقد اعتبرت معاملة …`) or a name (`مورينيو اعتبر ارسنال …`), nor with a definite subject after it.
   */
  protected passiveInRelative(j: number, ps: number, pe: number): boolean {
    if (!PASSIVE_CONSIDERED.has(this.keys[j]!)) return false
    const b = j - 1
    const n = j + 1
    if (b <= ps || n >= pe || this.t.kinds[b] !== WORD || this.t.kinds[n] !== WORD) return false
    const before = this.keys[b]!
    const after = this.keys[n]!
    if (opensWithArticle(before) || this.lex.arStops.has(before) || this.lex.complementizers.has(before) || this.lex.clauseOpeners.has(before) || this.lex.relativePronouns.has(before)) return false
    if (opensWithArticle(after) || !(after === GHAYR_KEY || PREDICATE_END.test(this.written(n)))) return false
    if (this.entities.length > 0 && (this.entityIn(this.orig(this.t.starts[b]!, this.t.ends[b]!)) !== null || this.entityStartingAt(n) !== null)) return false
    const s = this.sentenceStart(j)
    for (let k = b - 1; k >= s; k--) if (this.t.kinds[k] === WORD && this.verbAt(k, pe) > 0) return true
    return false
  }

  /** The word at token `k` as the text writes it (keys fold `ة` into `ه` and drop the tanween). */
  protected written(k: number): string {
    return this.verbText(k, k + 1, 0)
  }

  /**
   * Is the word at `k` a noun of four letters or more that ends with a pronoun of its possessor as the text writes it
   * (`ه` that is no `ة`, `ها`, `هم`, `هما`: `استعداده`, `رغبتها`, `دعمهم`)?
   */
  protected withPronoun(k: number): boolean {
    const written = this.written(k)
    return written.length >= 4 && /(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627)$/u.test(written)
  }

  /**
   * The `عن` of a verb of expressing whose stance a colon and marks end (sixty-second session, helper arquote19: `عبر
   * رئيس النادي X عن غضبه من التحكيم: «…»`, `مدير فيورنتينا X عبر سابقا عن رغبة النادي بالمحافظة على …: «…»` gave the
   * words to a speaker quoted before, or to nobody): from token `from`, right after the verb, at most
   * {@link EXPRESSED_SUBJECT} words (its subject), `عن`, then at most {@link EXPRESSED_STANCE} words, no punctuation
   * and no speech verb or participle among them, a colon and an opening mark right after it. The index of `عن`, else
   * -1.
   */
  protected expressedColon(from: number, pe: number): number {
    let an = -1
    for (let k = from; k < Math.min(pe - 1, from + EXPRESSED_SUBJECT + EXPRESSED_STANCE + 1); k++) {
      if (this.t.kinds[k] !== WORD) {
        if (an < 0 || !this.isColon(k)) return -1
        return k > an + 1 && this.markChar(k + 1) !== null ? an : -1
      }
      const key = this.keys[k]!
      if (an < 0) {
        if (key === AN) an = k
        else if (k >= from + EXPRESSED_SUBJECT) return -1
        continue
      }
      const bare = withoutConjunction(key, 3)
      if (k - an > EXPRESSED_STANCE || this.lex.verbForms.has(key) || this.lex.verbForms.has(bare) || this.lex.participles.has(key) || this.lex.participles.has(bare)) return -1
    }
    return -1
  }

  /**
   * The complementizer of a stance that a verb of expressing states (forty-fourth session, helper nouns, after the A85
   * reading's `وعبرت X عن مخاوفها من أن الشمال قد حقق "…"` and the dump's `أعرب عن اعتقاده في أن …`): from token `from`,
   * right after the verb, at most {@link EXPRESSED_SUBJECT} words (its subject), `عن`, a noun with its subject's pronoun
   * (`اعتقاده`, `مخاوفها`, `قناعته`, `أمله`; {@link withPronoun}), `في` or `من` allowed after it, then a complementizer
   * (`أن`, `بأن`): its index, else -1. The clause after it reports the subject's view, as after a speech verb.
   */
  protected expressedComplementizer(from: number, pe: number): number {
    for (let k = from; k < Math.min(pe, from + EXPRESSED_SUBJECT + 1); k++) {
      if (this.t.kinds[k] !== WORD) return -1
      if (this.keys[k] !== AN) continue
      let n = k + 1
      if (n >= pe || this.t.kinds[n] !== WORD || !this.withPronoun(n)) return -1
      n++
      if (n < pe && this.t.kinds[n] === WORD && (this.keys[n] === FI || this.keys[n] === MIN)) n++
      return n < pe && this.t.kinds[n] === WORD && this.lex.complementizers.has(this.keys[n]!) ? n : -1
    }
    return -1
  }

  /**
   * A verb of expressing that is no speech verb (`expressVerbs`: `عبّر` and its forms, with or without و/ف) at token `j`
   * before a stance it states ({@link expressedComplementizer}): a cue that needs a mark, its subject the words before
   * `عن`; a bare form only where a clause starts (the paragraph's or a sentence's start, a clause opener, a comma).
   * Else null: `عبر` is mostly the preposition "via" (forty-fourth session, helper nouns).
   */
  protected expressedCue(j: number, pe: number): Cue | null {
    const key = this.keys[j]!
    // (asked at nearly every word the verb trie passes over: the key as written, then without its و/ف, cut once and only
    // for a word that opens with one, as `withoutConjunction(key, 3)` would; by the token's key ids, which say no for
    // most words without a string hashed or cut, when no key is swapped)
    if (this.swapped === 0 && !this.lex.expressVerbKeys.hasId(this.ids[j]!) && !this.lex.expressVerbKeys.hasId(this.tails[j]!)) return null
    let form: string = key
    if (!this.keyIn(j, this.lex.expressVerbKeys, this.lex.expressVerbs)) {
      if (!this.keyWithoutConjunctionIn(j, this.lex.expressVerbKeys, this.lex.expressVerbs)) return null
      form = withoutConjunction(key, 3)
    }
    const bare = form === key
    const opens = !bare || j === this.ps || this.isSentenceEnd(j - 1) || (this.t.kinds[j - 1] === WORD && this.lex.clauseOpeners.has(this.keys[j - 1]!)) || this.isPunct(j - 1, COMMAS)
    // (and before a colon and marks: `عبر X عن غضبه من التحكيم: «…»`, `X عبر سابقا عن رغبة النادي …: «…»`; the bare form
    // after a name too; sixty-second session, helper arquote19)
    // (after a name, its subject before it: `عن` right after the verb or after one adverb, `سابقا`, `أيضا`; not the
    // preposition "via" and its object, `نقل X عبر حسابه عن والده:`)
    const colonAn = opens || this.entityEndsAt(j - 1) ? this.expressedColon(j + 1, pe) : -1
    if (colonAn >= 0 && (opens || colonAn === j + 1 || (colonAn === j + 2 && this.indefiniteAccusative(j + 1)))) {
      const e = Math.min(this.phraseEnd(j + 1, pe, false), colonAn)
      const gender: Gender = form.endsWith("\u062a") || form.startsWith("\u062a") ? "f" : form.endsWith("\u0648\u0627") ? "p" : "m"
      return { at: j, end: j + 1, kind: "verb", verb: this.verbText(j, j + 1, bare ? 0 : 1), gender, needsMark: true, alsoNoun: true, english: false, continues: false, speaker: e > j + 1 ? [j + 1, e] : null }
    }
    if (!opens) return null
    const c = this.expressedComplementizer(j + 1, pe)
    if (c < 0) return null
    const an = this.keys[c - 1] === FI || this.keys[c - 1] === MIN ? c - 3 : c - 2
    const e = Math.min(this.phraseEnd(j + 1, pe, false), an)
    const gender: Gender = form.endsWith("\u062a") || form.startsWith("\u062a") ? "f" : form.endsWith("\u0648\u0627") ? "p" : "m"
    return { at: j, end: j + 1, kind: "verb", verb: this.verbText(j, j + 1, bare ? 0 : 1), gender, needsMark: true, alsoNoun: true, english: false, continues: false, speaker: e > j + 1 ? [j + 1, e] : null }
  }

  /**
   * Does an opening mark follow the noun of wording at token `j` (`wordingNouns`: `بعبارة`, `بكلمة`) right away, with at
   * least {@link MIN_WORDS_CUED} words after it before the next mark (`بعبارة «ألف مبروك لهؤلاء الأبطال»`; not
   * `بكلمة «شكرا»`, a term)? Reads at most {@link WORDING_REACH} tokens.
   */
  protected wordingBeforeMarks(j: number, pe: number): boolean {
    if (j + 1 >= pe || !this.isPunct(j + 1, MARKS)) return false
    let words = 0
    for (let k = j + 2; k < Math.min(pe, j + 2 + WORDING_REACH); k++) {
      if (this.isPunct(k, MARKS)) return false
      if ((this.t.kinds[k] === WORD || this.t.kinds[k] === NUM) && ++words >= MIN_WORDS_CUED) return true
    }
    return false
  }

  /**
   * A participle's cue at token `j` (`مضيفا`, `متهمة`, `saying`): one token, no mark needed, its speaker read later;
   * `strip` letters of a clitic left out of its verb's text, `gender` as its ending gives it ({@link participleGender}).
   */
  protected participleCue(j: number, gender: Gender | null = null, strip = 0, english = false): Cue {
    return { at: j, end: j + 1, kind: "participle", verb: this.verbText(j, j + 1, strip), gender, needsMark: false, alsoNoun: false, english, continues: false, speaker: null }
  }

  /** The verb's text in the original, without the proclitic و/ف that was left out of its key (`وقال` → `قال`, `ووصف` → `وصف`). */
  protected verbText(j: number, end: number, strip: number): string {
    const from = strip > 0 ? offsetAfterLetters(this.t, j, strip) : this.t.starts[j]!
    const o = this.orig(from, this.t.ends[end - 1]!)
    return this.text.slice(o.start, o.end)
  }

  /** End (exclusive) of a speaker phrase starting at `s`: words up to a stop word, a complementizer, punctuation or another verb. */
  /**
   * Is word token `e` an indefinite document of speech (`speechDocuments`: `تغريدة`, `بيانا`, `رسالة`, `تصريحا`; its stem
   * and at most `ا`, `ة` or `ات` after it, no article) with a word and `فيه`/`فيها` right after it (`تغريدة قال فيها`,
   * `بيانا جاء فيه`)? The object of the verb before it, where a speaker's phrase would run on into it (forty-sixth session).
   */
  protected speechDocumentObject(e: number, pe: number): boolean {
    if (e + 2 >= pe || this.t.kinds[e + 1] !== WORD || this.t.kinds[e + 2] !== WORD || !this.lex.fiPronouns.has(this.keys[e + 2]!)) return false
    const k = this.keys[e]!
    if (k.startsWith(ALEF_LAM) || (this.entities.length > 0 && this.entityStartingAt(e) !== null)) return false
    return this.lex.speechDocuments.some((stem) => k.startsWith(stem) && DOCUMENT_ENDS.has(k.slice(stem.length)))
  }

  /**
   * Is `في` at token `e` the affiliation of an unnamed source's phrase `[s, e)` (session 49)? The phrase an indefinite
   * noun of a source or of a member (`unnamedSources`: `مصدر`, `مسؤول`; and `memberHeads`: `قيادي`, `عضو`,
   * `ناشط`) with only its adjectives after it (`describedBy` or a nisba: `بارز`, `عسكري`), and after `في` a body's
   * noun with the article that no entity opens (`bodyNouns`: `الحركة`, `الشرطة`; and `affiliationBodies`:
   * `المقاومة`, `المعارضة`): `قيادي بارز في المقاومة`, as `مصدر بالمقاومة` keeps its body. Not a place or a named
   * body (`في [حزب المؤتمر]`: the unnamed source's own rule reads it), nor a time (`في الوقت نفسه`).
   */
  protected affiliationAt(s: number, e: number, pe: number): boolean {
    const lex = this.lex
    if (e + 1 >= pe || this.t.kinds[e + 1] !== WORD || this.t.kinds[s] !== WORD) return false
    const head = withoutConjunction(this.keys[s]!)
    if (!lex.unnamedSources.has(head) && !lex.memberHeads.has(head)) return false
    for (let j = s + 1; j < e; j++) if (this.t.kinds[j] !== WORD || !(lex.unnamedDescribedBy.has(this.keys[j]!) || isNisbaKey(this.keys[j]!, "any"))) return false
    const body = this.keys[e + 1]!
    if (!lex.bodyNouns.has(body) && !lex.affiliationBodies.has(body) && this.constructBodyEnd(e + 1, pe) < 0) return false
    return this.entities.length === 0 || this.entityStartingAt(e + 1) === null
  }

  /**
   * A body's noun with no article in construct at `j` and its definite genitive before `k` (`قيادة عمليات الأنبار`):
   * the genitive's token, else -1 (`speakers.ts` answers; read by {@link affiliationAt} since the
   * sixty-third session).
   */
  protected abstract constructBodyEnd(j: number, k: number): number

  /**
   * Is `and` at token `e` inside an English role that a person's name closes (fifty-third session, helper encarry): the
   * words `[s, e)` before it all in lower case and no entity's (`media`, `chairman`), and a person the entity stage
   * tagged within {@link ROLE_AND_NAME} words after it, words alone between (`PR strategist`, `chief executive
   * officer`)? `said chairman and chief executive officer Ann Roper` names Ann Roper, not `chairman`.
   */
  protected roleAndName(s: number, e: number, pe: number): boolean {
    if (this.entities.length === 0) return false
    for (let j = s; j < e; j++) if (this.t.kinds[j] !== WORD || isCapitalized(this.t, this.text, j) || this.personAt(j) !== null) return false
    for (let j = e + 1; j < pe && j - e <= ROLE_AND_NAME; j++) {
      if (this.t.kinds[j] !== WORD) return false
      const p = this.personAt(j)
      if (p !== null) return j > e + 1
      if (this.lex.enStops.has(this.keys[j]!)) return false
    }
    return false
  }

  /**
   * Whether tokens `k` and `k + 1` (both before `end`) are a request not to be named (`anonymityRequests`: the verb and
   * its object right after it, `طلب عدم`, `فضل عدم`, `رفض نشر`); read by {@link phraseEnd} and by the marks loop (marks that hold such a
   * request are no speech; fifty-seventh session, helper tidy2: one test for the three copies there were).
   */
  protected anonymityRequestAt(k: number, end: number): boolean {
    return k + 1 < end && this.t.kinds[k] === WORD && this.t.kinds[k + 1] === WORD && this.lex.anonymityVerbs.has(this.keys[k]!) && this.lex.anonymityObjects.has(this.keys[k + 1]!)
  }

  protected phraseEnd(s: number, pe: number, english: boolean): number {
    const lex = this.lex
    let e = s
    let countedAt = -1
    // (the token after an unnamed source's affiliation, `في المقاومة`, once read: see affiliationAt)
    let affiliated = -1
    while (e < pe && e < s + 12) {
      const kind = this.t.kinds[e]
      // وقال د. السند: the dot of a title abbreviation stays inside the phrase
      if (!english && kind === PUNCT && e > s && this.keys[e] === "." && this.abbreviationDot(e)) {
        e++
        continue
      }
      // `said the 31-year-old Ghanaian`: a hyphen glued to the words on both sides is inside an English phrase
      if (english && e > s && e + 1 < pe && this.gluedPunct(e, "-") && (this.t.kinds[e + 1] === WORD || this.t.kinds[e + 1] === NUM)) {
        e++
        continue
      }
      if (kind !== WORD && kind !== NUM) break
      const k = this.keys[e]!
      if (english) {
        // (`said Clapton who joined Guy and King …`: a relative clause is about the speaker, not part of the name)
        // (nor a participle of relaying, `said one analyst quoted by the AFP news agency`: the agency relays the words;
        // forty-fourth session)
        // (`according to brand and PR consultant Tim Harlow`, `said chairman and chief executive officer Ann Roper`:
        // `and` between the words of a role in lower case and the role that a person's name closes stays in the phrase,
        // whose name is read at its end; fifty-third session, helper encarry)
        if (k === "and" && e > s && this.roleAndName(s, e, pe)) {
          e++
          continue
        }
        if (lex.enStops.has(k) || (e > s && (this.verbStartsAt(e, pe) || EN_RELATIVES.has(k) || EN_RELAYED.has(k)))) break
        // (`said the director behind JFK, Platoon and …`, `said the firm behind the game`: the works or the product after
        // `behind` are no speaker; the role or the body's noun before it is, read as a bare role is. Only right after
        // such a noun: `those behind the talks` stays whole; fifty-fifth session)
        if (k === "behind" && e > s && (lex.enTitles.has(this.keys[e - 1]!) || lex.enBodyNouns.has(this.keys[e - 1]!))) break
        // `Sky Networks' Sophie Turner Laing`: a possessive goes on to the name it owns
        if (e + 2 < pe && this.t.kinds[e + 1] === PUNCT && (this.keys[e + 1] === "'" || this.keys[e + 1] === "\u2019") && this.t.spaced[e + 1] === 0 && this.t.kinds[e + 2] === WORD) e++
      } else {
        // (the word right after the dot of `د.`, the only punctuation a phrase holds, is a name, even one that folds
        // as a preposition: د. علي)
        // (and a first name that folds as a stop word, `nameLikeStops` of the lexicon, is the name's where the entity stage tagged a
        // person from it: وقال علي X : …, قال بان X: …, وقال متى X إن …; twenty-seventh session)
        // (and `إمام` written with its hamza under the alif, the imam, not `أمام` "before", which folds alike: وقال إمام
        // المسجد الشيخ X; twenty-ninth session)
        const named = (e > s && this.t.kinds[e - 1] === PUNCT) || (this.entities.length > 0 && this.lex.nameLikeStops.has(k) && this.personAt(e) !== null) || (e === s && this.imamAt(e))
        // يقول عدد من المواطنين، ويصف العديد من الناشطين: a word of quantity goes on over `من` to the people it counts
        // (and ends before a name further on: وانتقد الكثير من الجمهوريين إدارة أوباما, the name is the object's; كل من
        // X و Y is X)
        const counted = e === s + 1 && k === MIN && e + 1 < pe && this.t.kinds[e + 1] === WORD && lex.quantifiers.has(this.keys[s]!)
        if (counted) countedAt = e
        else if (countedAt >= 0 && e > countedAt + 1 && this.entities.length > 0 && this.entityStartingAt(e) !== null) break
        // وقال قيادي بارز في المقاومة في جنوب اليمن: an unnamed source's `في` and the untagged body it is in stay in
        // the phrase, up to the next stop (session 49: {@link affiliationAt})
        if (k === FI && e > s && affiliated < 0 && this.affiliationAt(s, e, pe)) {
          // (a body's noun in construct reads on to its definite genitive, `في قيادة عمليات الأنبار`; sixty-third
          // session, helper arquote24, after the A123 reading)
          const construct = this.constructBodyEnd(e + 1, pe)
          e = construct >= 0 ? construct : e + 2
          affiliated = e
          continue
        }
        // (after it, only words with the article, glued to `بال`, `لل` or `وال`, and a verb of naming with the name
        // after it, `ضابط في الشرطة يدعى X`: not a verb the lists miss, `مسؤول في الإدارة طلب عدم الكشف`)
        if (affiliated >= 0 && e >= affiliated && !named) {
          if (this.lex.calledVerbs.has(k)) affiliated = pe
          else if (!opensWithArticle(k)) break
        }
        // (a verb form that is also a noun right after `دون`, `بدون` is the noun: فأجابه وبدون تردد:, `تردد` "hesitation";
        // fifty-first session, helper arverbs)
        // (the stop words, complementizers, participles and `says` as one set, by key id: `phraseStops`; fifty-third
        // session, helper qspeed2)
        // وتابعت الصحيفة الأرجنتينية حديثها, وشرحت المصممة فكرتها قائلة: a noun with a possessive pronoun after a
        // definite word is the verb's object; وقالت مصادر خصوصا إن: an adverb (`bareAdverbs`) after the subject is no word of
        // it (fifty-fourth session, helper arphrase); but one right before a colon stays in the phrase, where the manner
        // words are cut off later and a colon-only verb finds its colon after them (`وتردد طهران دوماً: «…»`; at the
        // merge)
        if (e > s && !named && (this.objectAfterSubject(e) || (this.lex.bareAdverbs.has(k) && !(e + 1 < pe && this.isColon(e + 1)) && (this.entities.length === 0 || this.entityIn(this.orig(this.t.starts[e]!, this.t.ends[e]!)) === null)))) break
        // وقال الموقع الإلكتروني لإذاعة «X»: after a channel's noun with the article (`الموقع`, `الحساب`, `الصفحة`;
        // `channelNouns`) and its adjectives, an outlet's word glued to ل is the channel's owner, not an addressee: a
        // site is told nothing (fifty-fourth session, helper arphrase)
        if (e > s && this.channelOwnerAt(s, e)) {
          e++
          continue
        }
        // وقال مسؤول أميركي طلب عدم ذكر اسمه إن, مصدر أمني فضل عدم الكشف عن هويته, أحد المسؤولين ورفض نشر اسمه: a
        // request not to be named (`anonymityRequests`: the verb and its object right after it) is about the source, no
        // word of it (fifty-sixth session, helper arcarry4; before, the phrase ran to the next verb)
        if (e > s && !named && this.anonymityRequestAt(e, pe)) break
        // (وبحسب الوزير فإن «…», وكما يشرح هول فإن «…»: `فإن` written with its hamza ends the phrase; folded it is `فان`,
        // the `van` of a name, which stays; fifty-seventh session, helper arpieces)
        if (e > s && !named && k === FAN_KEY && /^\u0641[\u0623\u0625]\u0646$/.test(this.written(e))) break
        if (!named && !counted && (this.keyIn(e, lex.phraseStopKeys, lex.phraseStops) || (this.verbStartsAt(e, pe) && !this.nounAfterWithout(e, s, pe)))) break
        // وقال حرصا منه على …, وأضاف الوزير تأكيدا منه: an accusative verbal noun of motive and من with a pronoun
        // (`motivePronouns`) is no word of the subject: it ends the phrase, or leaves none (fifty-sixth session, helper
        // arscrap)
        if (!named && this.motiveAt(e, pe)) break
        // واكدت الجبهة هوية المرأة على موقعها وتوعدت «…»: after a body's one definite noun (`bodyNouns`), a word with no
        // article before a definite one is a construct that opens the verb's object (a definite noun takes no genitive
        // and no indefinite adjective): it ends the phrase (sixty-first session, helper arquote17)
        if (e === s + 1 && this.bodyNounObject(s)) break
        // وقال الفنان مخاطبا الجمهور «…», وأضاف الوزير موجها حديثه إلى …: a participle of addressing after the subject
        // (`addressing`, a circumstantial accusative) opens the addressee, no word of the subject: it ends the phrase
        // (sixty-first session, helper arquote17; right after the verb it leaves none, and the chain speaks: resolve)
        if (e > s && !named && lex.addressing.has(k)) break
        // غرد مرة تحت …:, الذي قال ذات مرة إنه, وكان X قال عند وصوله إلى الاجتماع:, اعتبر آنذاك أن: a word of time
        // (`timeHeads`) is no word of the subject: it ends the phrase, or leaves none (fifty-seventh session, helper
        // arscrap2)
        if (!named && this.timeWordAt(e, pe)) break
        // وكتب دون أن يسمي أحدا «…»: `دون أن` ("without") where the subject would stand opens a clause, no subject
        if (e === s && this.lex.withoutWords.has(k) && e + 1 < pe && lex.complementizers.has(this.keys[e + 1]!)) break
        // وبين المصدر الذي تمنع التعليمات الكشف عن هويته أن …: a relative clause is about the speaker, not part of it
        // (but صاحبة المطعم التي تدعى X names the speaker: the phrase goes on to the name)
        if (e > s && this.lex.relativePronouns.has(k) && !(e + 1 < pe && this.lex.calledVerbs.has(this.keys[e + 1]!))) break
        // غرد أحد المشايخ بما يلي: `بما` (a preposition and a relative) opens what the subject said, not its name
        // (twenty-seventh session)
        if (e > s && k === BIMA) break
        // وطالب المتظاهرون بـ«…»: a clitic written alone opens the object, never the speaker's name (but one to three
        // words in marks after it may name the speaker's body, المتحدث الإعلامي بـ"صحة حائل"; thirty-third session)
        if (LONE_CLITICS.has(k) && (e === s || !this.shortMarksAfter(e, pe))) break
        // قال قائد الشرطة لرويترز: the agency after ل is the interviewer, not part of the speaker
        if (e > s && this.outletAddressee(e, pe) > 0) break
        // وقال وزير الخارجية <nisba> هذا الأسبوع إن, وقال X أيضا: a time phrase or `أيضا` after the subject ends it, and so
        // does a demonstrative after a definite word, which opens the object (ووصفت الوزارة هذا الأمر بأنه …)
        // (`أيضا` only after a definite word or a name: شدد عليه أيضا X goes on to X)
        if (e > s && this.lex.alsoWords.has(k) && (this.keys[e - 1]!.startsWith(ALEF_LAM) || (this.entities.length > 0 && this.entityIn(this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!)) !== null))) break
        if (e > s && this.lex.timeDemonstratives.has(k) && ((e + 1 < pe && this.lex.timeNouns.has(this.keys[e + 1]!)) || this.keys[e - 1]!.startsWith(ALEF_LAM))) break
        // وكتب مسؤول بالحزب تغريدة قال فيها, ونشر X بيانا جاء فيه: an indefinite document of speech right before a
        // verb and its فيه/فيها is the verb's object, no word of its subject (forty-sixth session, helper relay)
        if (e > s && this.speechDocumentObject(e, pe)) break
        // قال بطل قطر بموقعه على الإنترنت إن …, وقال النادي عبر حسابه في تويتر: the speaker's own channel of
        // publication is no word of the speaker's name (forty-ninth session, helper arsubject)
        if (e > s && (ownChannel(k, lex.channelStems) || (lex.channelLeads.has(k) && e + 1 < pe && this.t.kinds[e + 1] === WORD && ownChannel(this.keys[e + 1]!, lex.channelStems)))) break
      }
      e++
    }
    // (يقول عضو الجمعية … المتخصص في علم النفس ومؤلف كتاب «…» د. X إن: a role's description that a titled name
    // closes before the complementizer; forty-fourth session)
    if (!english && e > s && e < pe && this.t.kinds[e] === WORD && this.entities.length > 0) {
      const k = this.nameClosingDescription(s, e, pe)
      if (k > 0) return k
      // (وقال مدير التنسيق والمتابعة في سوق عكاظ X: …: a person whose role, as the entity stage read it, is the words
      // from the phrase's start to the name; forty-seventh session, helper arrole)
      const h = this.holderClosingRole(s, e, pe)
      if (h > 0) return h
      // (وقال عضو المكتب التنفيذي في مجلس قيادة الثورة بريف دمشق X إن: a post's chain of places and bodies that an
      // untitled name closes before the complementizer; fifty-fourth session, helper arphrase)
      const c = this.nameClosingChain(s, e, pe)
      if (c > 0) return c
      // (وقال كبير الباحثين الذين قاموا بالدراسة، X Y إن: a name set off by a comma after a relative clause about the
      // role closes the phrase; sixty-second session, helper arquote20)
      const r = this.nameAfterRelative(s, e, pe)
      if (r > 0) return r
    }
    return e
  }

  /**
   * The end of a speaker phrase `[s, e)` that stopped at a relative pronoun when a name set off by a comma closes the
   * relative clause (sixty-second session, helper arquote20, after the A120 reading: `وقال كبير الباحثين الذين قاموا
   * بالدراسة، سيث بولاك إن …` gave the speaker `كبير الباحثين`): the phrase holds no entity and at most
   * {@link ROLE_RELATIVE_WORDS} words; the clause after the relative pronoun is words only, no entity, complementizer or
   * speech verb, up to {@link ROLE_RELATIVE_TOKENS} tokens, then a comma; a person the entity stage tagged right after
   * it, or after one untagged word of a name (a given name it left out), ends right before a complementizer or a
   * colon. The token of the complementizer or the colon, or -1.
   */
  protected nameAfterRelative(s: number, e: number, pe: number): number {
    const lex = this.lex
    if (e - s > ROLE_RELATIVE_WORDS || !lex.relativePronouns.has(this.keys[e]!)) return -1
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    if (this.entityIn({ start: from, end: this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!).end }) !== null) return -1
    const end = Math.min(pe, e + ROLE_RELATIVE_TOKENS)
    for (let j = e + 1; j < end; j++) {
      if (this.isPunct(j, COMMAS)) {
        const first = this.t.kinds[j + 1] === WORD ? this.personAt(j + 1) : null
        const person = first ?? (j + 2 < pe && this.t.kinds[j + 1] === WORD && this.t.kinds[j + 2] === WORD && this.untaggedNameWord(j + 1) ? this.personAt(j + 2) : null)
        if (person === null) return -1
        let f = first !== null ? j + 1 : j + 2
        while (f < pe && this.orig(this.t.starts[f]!, this.t.ends[f]!).end <= person.end) f++
        return f < pe && (this.complementAt(f, pe) || this.isColon(f)) ? f : -1
      }
      if (this.t.kinds[j] !== WORD) return -1
      const key = this.keys[j]!
      if (lex.complementizers.has(key) || lex.says.has(key) || this.entityIn(this.orig(this.t.starts[j]!, this.t.ends[j]!)) !== null) return -1
    }
    return -1
  }

  /** Is token `k` a word that may be a given name the entity stage left out: Arabic letters only, no article or clitic, no title, stop word or complementizer? */
  private untaggedNameWord(k: number): boolean {
    const w = this.written(k)
    const key = this.keys[k]!
    return /^[\u0621-\u064a]{2,}$/u.test(w) && !w.startsWith("\u0627\u0644") && !this.lex.arTitles.has(key) && !this.lex.arStops.has(key) && !this.lex.complementizers.has(key) && this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!)) === null
  }

  /**
   * Does a word of time stand at token `k` (`timeHeads` in `ar.json`: `مرة`, `أحيانا`, `عند`, `عندها`, `آنذاك` …), or
   * `ذات` with one of `timeHeads.afterDhat` right after it (`ذات مرة`, `ذات يوم`; not `ذات المصدر`)? Fifty-seventh
   * session, helper arscrap2.
   */
  protected timeWordAt(k: number, pe: number): boolean {
    if (this.t.kinds[k] !== WORD) return false
    const key = this.keys[k]!
    if (this.lex.timeHeads.has(key)) return true
    return key === DHAT && k + 1 < pe && this.t.kinds[k + 1] === WORD && this.lex.timeAfterDhat.has(this.keys[k + 1]!)
  }

  /**
   * Does an accusative verbal noun of motive stand at token `k`: four letters or more ending in the alif of the
   * accusative, and من with a pronoun right after it (`motivePronouns`: `إيمانا مني`, `حرصا منه`; fifty-sixth session,
   * helper arscrap)?
   */
  protected motiveAt(k: number, pe: number): boolean {
    const w = this.keys[k]!
    return w.length >= 4 && w.charCodeAt(w.length - 1) === 0x0627 && k + 1 < pe && this.t.kinds[k + 1] === WORD && this.lex.motivePronouns.has(this.keys[k + 1]!)
  }

  /**
   * The end of a speaker phrase `[s, e)` that stopped at a word before the name of the role's holder (forty-seventh
   * session, helper arrole): within {@link HOLDER_TOKENS} tokens after `e`, past words only (a title's dot aside), a
   * person the entity stage tagged whose role, as it read it, is the text from the phrase's start, and only titles
   * (`titles`: `د.`, `العميد`) between that role and the name (`وقال مدير التنسيق والمتابعة في سوق عكاظ X:`, `ويرى
   * أستاذ الاقتصاد في جامعة الملك سعود د. X أن`); a complementizer, a relative pronoun or a speech verb on the
   * way ends the search. The token after the person, or -1.
   */
  protected holderClosingRole(s: number, e: number, pe: number): number {
    if (this.roles.size === 0) return -1
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    const end = Math.min(pe, e + HOLDER_TOKENS)
    for (let j = e; j < end; j++) {
      if (this.t.kinds[j] === PUNCT && this.keys[j] === "." && this.abbreviationDot(j)) continue
      if (this.t.kinds[j] !== WORD) return -1
      const key = this.keys[j]!
      if (this.lex.complementizers.has(key) || this.lex.relativePronouns.has(key) || this.lex.says.has(key)) return -1
      const p = this.personAt(j)
      if (p === null) continue
      if (p.role == null || p.role.length < 4) return -1
      const role = p.role.trim()
      const before = this.text.slice(from, p.start)
      if (!before.startsWith(role)) return -1
      // (only titles and their dots between the role and the name)
      const roleEnd = from + role.length
      let t = j - 1
      while (t >= e && this.orig(this.t.starts[t]!, this.t.ends[t]!).start >= roleEnd && (this.t.kinds[t] === PUNCT ? this.keys[t] === "." : this.lex.arTitles.has(this.keys[t]!))) t--
      if (t >= s && this.orig(this.t.starts[t]!, this.t.ends[t]!).end > roleEnd) return -1
      let f = j
      while (f < pe && this.orig(this.t.starts[f]!, this.t.ends[f]!).end <= p.end) f++
      return f
    }
    return -1
  }

  /**
   * The end of a speaker phrase that a name closes after a long description (forty-fourth session): the phrase `[s, e)`
   * opens with a post's noun with no article (`عضو`, `مدير`, `أستاذ`: `headlineRoles`, or `roleHeads` with the article;
   * not a spokesman's noun, whose name after is his principal's), holds no person, and stopped at a word; within
   * {@link DESCRIPTION_TOKENS} tokens after it a person the entity stage tagged, a title right before the name (`د.`,
   * `الشيخ`; `titles`) that follows no post's noun (`مستشار الأمير X` is the prince), ends right before a complementizer
   * (`إن`, `أن`) or a colon. Words, one title's dot and a title in marks (`ومؤلف كتاب «…»`) may stand between; any
   * other punctuation, a speech verb or a relative pronoun (`التي رتبها د. X`) first ends the search. The token of the complementizer, or -1.
   */
  protected nameClosingDescription(s: number, e: number, pe: number): number {
    const lex = this.lex
    const head = withoutConjunction(this.keys[s]!)
    // (a post's noun with the article too, `roleHeads`: وأشار الباحث … وعضو لجنة … الدكتور X، إلى أن; fiftieth session,
    // helper arcarry)
    const definite = head.startsWith(ALEF_LAM)
    if (this.t.kinds[s] !== WORD || lex.spokesNouns.has(head) || !(definite ? lex.roleHeads.has(head) : lex.headlineRoles.has(head) || lex.roleHeads.has(ALEF_LAM + head))) return -1
    for (let j = s; j < e; j++) if (this.personAt(j) !== null) return -1
    const end = Math.min(pe, e + DESCRIPTION_TOKENS)
    for (let j = e; j < end; j++) {
      if (this.t.kinds[j] === PUNCT) {
        if (this.keys[j] === "." && this.abbreviationDot(j)) continue
        // (… د. X: «…»: the colon closes the phrase as the complementizer does)
        if (this.isColon(j)) return j > e && this.titledPersonEndsAt(j - 1) ? j : -1
        // (قائد الكتيبة … المسؤولة عن تأمين الحدود … العميد X، أن «…»: the comma that closes the titled name right before
        // the complementizer closes the phrase as the complementizer does; forty-seventh session, helper arrole)
        // (and before `إلى أن`, the complementizer of أشار: … الدكتور X، إلى أن; fiftieth session, helper arcarry)
        if (this.isPunct(j, COMMAS)) return j > e && this.complementAt(j + 1, pe) && this.titledPersonEndsAt(j - 1) ? j : -1
        // (a title in marks, `كتاب «كيف …؟»`: on to the mark that closes it, twelve tokens at most)
        if (this.markChar(j) === null) return -1
        let f = j + 1
        while (f < end && f < j + 12 && this.markChar(f) === null) f++
        if (f >= end || f >= j + 12) return -1
        j = f
        continue
      }
      if (this.t.kinds[j] !== WORD) return -1
      const key = this.keys[j]!
      if (this.complementAt(j, pe)) return j > e && this.titledPersonEndsAt(j - 1) ? j : -1
      // (الزيارة التي رتبها د. X: a relative clause, whose subject the name is)
      if (this.verbStartsAt(j, pe) || lex.relativePronouns.has(key)) return -1
      // (after a definite post's noun, a noun with a possessive pronoun opens an occasion whose object the titled name
      // is, `وأكد الرئيس خلال لقائه الأمير X أن`: the post's holder speaks; not `الله` closing a name, `جامعة الملك عبدالله`;
      // fiftieth session, helper arcarry)
      if (definite && this.withPronoun(j) && !this.written(j).endsWith(ALLAH)) return -1
    }
    return -1
  }

  /**
   * Is token `s + 1` the head of the verb's object right after a body's one definite noun at `s` (sixty-first session,
   * helper arquote17, after the A119 reading: `واكدت الجبهة هوية المرأة على موقعها الالكتروني وتوعدت «…»` gave the
   * speaker `الجبهة هوية المرأة`)? The noun at `s` is one of `bodyNouns` (`الجبهة`, `الوزارة`, `الشركة`), with `و`
   * allowed, and no entity covers it; the word after it has no article or clitic, is no title and opens no entity, and
   * a word with the article follows it (`هوية المرأة`, `دعم المشروع`, `صباح الأحد`); not `غير` (`المنظمة غير الحكومية`).
   */
  protected bodyNounObject(s: number): boolean {
    const k = s + 1
    if (k + 1 >= this.pe || this.t.kinds[s] !== WORD || this.t.kinds[k] !== WORD || this.t.kinds[k + 1] !== WORD) return false
    if (!this.lex.bodyNouns.has(withoutConjunction(this.keys[s]!))) return false
    const w = this.written(k)
    // (nor `غير`, "non-", which makes an adjective of the word after it: `المنظمة غير الحكومية`)
    if (!/^[\u0621-\u064a]{3,}$/u.test(w) || /^(?:\u0627\u0644|[\u0648\u0641\u0628\u0643\u0644])/u.test(w) || w === "\u063a\u064a\u0631" || this.lex.arTitles.has(this.keys[k]!)) return false
    if (!/^\u0627\u0644/u.test(this.written(k + 1))) return false
    if (this.entities.length === 0) return true
    return this.entityIn(this.orig(this.t.starts[s]!, this.t.ends[s]!)) === null && this.entityStartingAt(k) === null
  }

  /**
   * Is the word at `e` the object of the verb right after its definite subject (fifty-fourth session, helper arphrase):
   * a noun with a possessive pronoun ({@link withPronoun}: `حديثها`, `فكرتها`, `انسحابهم`, `بدوره`) after a word with the
   * article that is no title (`الشيخ عبده` is a name), no entity's word, and not `و` and a noun (`الأمين العام ونائبه`, a
   * second subject), `باسمه` (a spokesman's), `نفسه`/`ذاته` (`sameAfter`), an honorific pronoun (`سموه`) or a preposition and
   * its pronoun (`عليه`, `لديه`: `prepPronouns`, `prepositionPronouns`), nor a word that names God (`الحق سبحانه`: `divine`)?
   */
  protected objectAfterSubject(e: number): boolean {
    if (this.t.kinds[e] !== WORD || this.t.kinds[e - 1] !== WORD || !this.withPronoun(e)) return false
    // (no word with the article, and no `ـاه`/`ـيه` ending, a noun's own letter more often than a pronoun: `انتباه`,
    // `اتجاه`, `توجيه`, `نزيه`)
    const word = this.written(e)
    if (/^(?:[\u0648\u0641\u0628\u0643]?\u0627\u0644|\u0644\u0644)|[\u0627\u064a]\u0647$/u.test(word)) return false
    const key = this.keys[e]!
    // (the article as written: `إليه` folds as `اليه`)
    const before = withoutConjunction(this.keys[e - 1]!)
    if (!/^[\u0648\u0641]?\u0627\u0644/u.test(this.written(e - 1)) || this.lex.arTitles.has(before) || this.lex.arTitles.has(this.keys[e - 1]!)) return false
    // (nor a preposition and its pronoun, `الرسول عليه الصلاة والسلام`, `رد عليه`: the rules of `prepPronouns` read it)
    if (key.charCodeAt(0) === C_WAW || key.startsWith(BISM_KEY) || this.lex.sameAfter.has(key) || this.lex.honorifics.has(key) || this.lex.prepPronouns.has(key) || this.lex.prepositionPronouns.has(key) || this.lex.divine.has(key)) return false
    if (this.entities.length === 0) return true
    // (nor a first name the entity stage left out before the surname it tagged: `مسؤولة الشرطة براتيبها كوماري`)
    if (e + 1 < this.t.kinds.length && this.t.kinds[e + 1] === WORD && this.personAt(e + 1) !== null) return false
    return this.entityIn(this.orig(this.t.starts[e]!, this.t.ends[e]!)) === null && this.entityIn(this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!)) === null
  }

  /**
   * Is the word at `e` a stop word glued to ل (`لإذاعة`, `لصحيفة`, `لموقع`: an outlet's noun as an addressee) right
   * after a channel's noun with the article (`الموقع`, `الحساب`, `الصفحة`, `القناة`; `channelNouns`) and only words
   * with the article after it, `[s, e)`? The outlet owns the channel (`الموقع الإلكتروني لإذاعة «X»`; fifty-fourth
   * session, helper arphrase).
   */
  protected channelOwnerAt(s: number, e: number): boolean {
    const key = this.keys[e]!
    if (key.length < 4 || key.charCodeAt(0) !== C_LAM || !this.lex.phraseStops.has(key) || this.t.kinds[s] !== WORD) return false
    const head = withoutConjunction(this.keys[s]!)
    if (!head.startsWith(ALEF_LAM)) return false
    const bare = head.slice(2)
    if (!this.lex.channelStems.has(bare) && !(bare.endsWith("\u0647") && this.lex.channelStems.has(bare.slice(0, -1) + "\u062a"))) return false
    for (let j = s + 1; j < e; j++) if (this.t.kinds[j] !== WORD || !this.keys[j]!.startsWith(ALEF_LAM)) return false
    return true
  }

  /**
   * The end of a speaker phrase `[s, e)` that a post's noun opens (`headlineRoles`, `roleHeads`, `memberHeads`, either
   * with the article or without; not a spokesman's, whose name after is his principal's), that holds no person and that
   * stopped at `في`, `على` or `إلى` ({@link CHAIN_LINKS}), when the chain of the post's bodies and places after it is
   * closed by a person the entity stage tagged, right before a complementizer, a colon, or a comma and a complementizer
   * (fifty-fourth session, helper arphrase): `وقال عضو المكتب التنفيذي في مجلس قيادة الثورة بريف دمشق X إن`, `رئيس
   * بلدية الزلفي المشرف العام على لجان الاحتفالات X:`, `مبعوث الأمم المتحدة إلى الشرق الأوسط X:`. Within
   * {@link CHAIN_TOKENS} tokens, words only (a title's dot aside), one word at least before the name; a stop word other
   * than the links (`مع`, `من`, `عن`, a time), a verb, a relative pronoun, a document or meeting noun (`في رسالة إلى X`,
   * `في لقاء مع X`) or a noun with a possessive pronoun (`نظيره X`) on the way ends the search, and so does a name that
   * holds a post of its own in construct (`عضو في حزب الرئيس السابق X`: X is the party's, no speaker). The token after
   * the person, or -1.
   */
  protected nameClosingChain(s: number, e: number, pe: number): number {
    const lex = this.lex
    if (!CHAIN_LINKS.has(this.keys[e]!) || this.t.kinds[s] !== WORD) return -1
    const head = withoutConjunction(this.keys[s]!)
    const bare = head.startsWith(ALEF_LAM) ? head.slice(2) : head
    if (lex.spokesNouns.has(head) || lex.spokesNouns.has(bare) || !(lex.headlineRoles.has(bare) || lex.roleHeads.has(ALEF_LAM + bare) || lex.memberHeads.has(bare))) return -1
    for (let j = s; j < e; j++) if (this.personAt(j) !== null) return -1
    const end = Math.min(pe, e + 1 + CHAIN_TOKENS)
    for (let j = e + 1; j < end; j++) {
      if (this.t.kinds[j] === PUNCT && this.keys[j] === "." && this.abbreviationDot(j)) continue
      if (this.t.kinds[j] !== WORD) return -1
      const p = this.personAt(j)
      if (p !== null) {
        if (j === e + 1 || this.heldInConstruct(e + 1, j)) return -1
        let f = j
        while (f < pe && this.orig(this.t.starts[f]!, this.t.ends[f]!).end <= p.end) f++
        return this.complementAt(f, pe) || (f < pe && this.isColon(f)) || (f + 1 < pe && this.isPunct(f, COMMAS) && this.complementAt(f + 1, pe)) ? f : -1
      }
      const key = this.keys[j]!
      if ((lex.phraseStops.has(key) && !CHAIN_LINKS.has(key)) || lex.relativePronouns.has(key) || this.verbStartsAt(j, pe) || this.withPronoun(j)) return -1
      const noun = withoutConjunction(key).replace(/^(?:\u0628\u0627\u0644|\u0644\u0644|\u0627\u0644|\u0628|\u0644)/u, "")
      if (lex.documentNouns.includes(noun) || lex.meetingNouns.has(noun) || lex.speechOccasions.has(noun)) return -1
    }
    return -1
  }

  /**
   * Does a definite post's noun stand right before the name at token `j` (past two nisba adjectives or `السابق`), in
   * construct after a noun with no article inside `[from, j)` that no entity holds (`حزب الرئيس اليمني السابق X`)? The
   * name then holds that post, the body's, and closes no chain of its own ({@link nameClosingChain}).
   */
  protected heldInConstruct(from: number, j: number): boolean {
    let k = j - 1
    while (k > from && j - k <= 3 && this.t.kinds[k] === WORD && !this.lex.roleHeads.has(this.keys[k]!) && !this.lex.headlineRoles.has(this.keys[k]!.slice(2))) k--
    const w = this.keys[k]!
    if (k <= from || !w.startsWith(ALEF_LAM) || !(this.lex.roleHeads.has(w) || this.lex.headlineRoles.has(w.slice(2)))) return false
    const before = this.keys[k - 1]!
    return this.t.kinds[k - 1] === WORD && !before.startsWith(ALEF_LAM) && !CHAIN_LINKS.has(before) && (this.entities.length === 0 || this.entityIn(this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!)) === null)
  }

  /**
   * Does a complementizer stand at token `k` (`أن`, `إن`), or a word of `before` right before one (by default `إلى`:
   * `إلى أن`, the complementizer of أشار; fiftieth session, helper arcarry; the colon rules pass `إلى`/`على`/`ب` for
   * `على أن`, `بأن`)?
   */
  protected complementAt(k: number, pe: number, before: ReadonlySet<string> = this.lex.toWords): boolean {
    if (k >= pe || this.t.kinds[k] !== WORD) return false
    if (this.lex.complementizers.has(this.keys[k]!)) return true
    return before.has(this.keys[k]!) && k + 1 < pe && this.t.kinds[k + 1] === WORD && this.lex.complementizers.has(this.keys[k + 1]!)
  }

  /** Does a person entity that a title opens (`د. X`, `الشيخ X`; `titles`), the title after no post's noun, end at token `k`? */
  private titledPersonEndsAt(k: number): boolean {
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    let j = k
    while (j > 0 && this.t.kinds[j - 1] === WORD && this.entityIn(this.orig(this.t.starts[j - 1]!, this.t.ends[j - 1]!)) !== null) j--
    const person = this.personAt(j)
    if (person === null || person.end < o.end - 1 || person.end > o.end + 1) return false
    // the title right before the name (its dot aside), and no post's noun right before the title
    let t = j - 1
    if (t > 0 && this.keys[t] === "." && this.abbreviationDot(t)) t--
    if (t < 0 || this.t.kinds[t] !== WORD || !this.lex.arTitles.has(this.keys[t]!)) return false
    const before = t > 0 && this.t.kinds[t - 1] === WORD ? withoutConjunction(this.keys[t - 1]!) : null
    return before === null || !(this.lex.headlineRoles.has(before) || this.lex.roleHeads.has(before) || this.lex.roleHeads.has(ALEF_LAM + before))
  }

  /** Does a mark right after token `e` open one to three words closed by a mark (`بـ"صحة حائل"`, `بـ «X Y»`)? */
  protected shortMarksAfter(e: number, pe: number): boolean {
    return e + 1 < pe && this.shortMarksAt(e + 1, pe) >= 0
  }

  /** A mark at `e`, one to three words, and the mark that closes them: the closing mark's token, or -1. */
  protected shortMarksAt(e: number, pe: number): number {
    if (this.markChar(e) === null) return -1
    for (let f = e + 1; f < Math.min(pe, e + 5); f++) {
      if (this.t.kinds[f] === WORD) continue
      return f > e + 1 && this.markChar(f) !== null ? f : -1
    }
    return -1
  }

  /**
   * Is token `k` the noun `إمام` as written (the hamza under the alif) opening a role whose person the entity stage
   * tagged further in the clause, within sixteen tokens, before a colon, a mark, a sentence's end or a complementizer
   * (`إمام وخطيب المسجد الحرام الشيخ X`)? A role with no name after it is left as before (the chain speaks).
   */
  protected imamAt(k: number): boolean {
    if (k + 1 >= this.pe || this.t.kinds[k + 1] !== WORD || this.entities.length === 0) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    if (this.text.slice(o.start, o.end) !== IMAM) return false
    for (let j = k + 1; j < Math.min(this.pe, k + 16); j++) {
      if (this.t.kinds[j] === PUNCT) {
        if (this.isColon(j) || this.isSentenceEnd(j) || this.markChar(j) !== null) return false
        continue
      }
      if (this.t.kinds[j] !== WORD) continue
      if (this.lex.complementizers.has(this.keys[j]!)) return false
      const e = this.personAt(j)
      if (e !== null && e.text !== IMAM) return true
    }
    return false
  }

  /** Does an Arabic cue introduce speech (a complementizer, colon or quotation mark soon after it)? */
  protected introducesSpeech(cue: Cue, pe: number): boolean {
    if (cue.english) return false
    // (ووصفه X بأنه شخص مهذب, كما يصفها X، …: a verb of describing with its object pronoun joins the chain only through
    // the quotes it attributes)
    if (this.describesPronoun(cue)) return false
    let limit = Math.min(pe, cue.end + 14)
    for (let k = cue.end; k < limit; k++) {
      if (this.isSentenceEnd(k)) return false
      // (يقول أحد الضباط، وهو ينظر إلى حطام المدينة وشوارعها، إنه …: a circumstantial aside after a comma, `وهو`/`وهي`
      // and what he does, puts the complementizer further on; the window widens to {@link REPORTED_WINDOW} tokens;
      // fifty-seventh session, helper arcarry5, after the A110 reading: the speaker quoted before took the words)
      if (this.isPunct(k, COMMAS) && k + 1 < pe && this.t.kinds[k + 1] === WORD && this.lex.appositionPronouns.has(this.keys[k + 1]!)) limit = Math.min(pe, cue.end + REPORTED_WINDOW)
      if (this.isColon(k) || (this.t.kinds[k] === PUNCT && MARKS.has(this.keys[k]!))) return true
      if (this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)) return true
      // (إذ تشير الدراسات بوضوح إلى هذا، مؤكدا أن …: with reports, studies or figures as the verb's subject, the
      // complementizer after a participle of speech that a comma opens is the participle's, whose subject is the person
      // quoted before; the verb introduces no speech, and the reports join no chain; fifty-first session, helper
      // arcomma. Not a speaker's verb: أعربت الخارجية عن أسفها، مشيرة إلى أن … still puts the ministry on the chain)
      if (k > cue.end && this.t.kinds[k] === WORD && this.isPunct(k - 1, COMMAS) && this.lex.participles.has(this.keys[k]!) && this.reportsSubject(cue)) return false
    }
    return false
  }

  /**
   * Does the cue's subject open with a plural noun of reports, studies or figures (`التقارير`, `الدراسات`, `الأرقام`:
   * `textSources` and `reportPlurals` in the lexicon; fifty-first session, helper arcomma)?
   */
  protected reportsSubject(cue: Cue): boolean {
    if (cue.speaker === null) return false
    const first = withoutConjunction(this.keys[cue.speaker[0]]!)
    return this.lex.reportPlurals.has(first) || this.lex.textSources.has(first)
  }

  /**
   * A lead word and a verb of describing with its object pronoun and a subject at token `k` (`كما يصفها X`,
   * `كما يصفه X`: {@link leadCueAfter} and {@link describesPronoun}), the subject who called the words before so; else
   * null. Read right after a closing mark by `describerAfter` and after an aside's dash by `describerAsideEnd`
   * (fifty-eighth session, helper tidy3).
   */
  protected describerCueAt(k: number, pe: number): (Cue & { readonly speaker: readonly [number, number] }) | null {
    const lead = this.leadCueAfter(k, pe)
    // (the cue itself, its subject known to be there)
    return lead !== null && lead.speaker !== null && this.describesPronoun(lead) ? (lead as Cue & { readonly speaker: readonly [number, number] }) : null
  }

  /**
   * Is the cue a verb of describing with its object pronoun (`ووصفه`, `وصفتها`, `يصفهم`; the needsMark forms that end in
   * ه, ها, هم): the phrase after it is its subject, never its object, and it speaks only through marks?
   */
  protected describesPronoun(cue: Cue): boolean {
    return cue.needsMark && !cue.english && endsWithPronoun(cue.verb)
  }

  /**
   * Does token `k` open a verb's object glued to the preposition `ب` (`بدور`, `بموقف`, `بالتحالف`: `وأشاد بدور قوات X`),
   * so that a name after it is the object's, never the verb's subject (fifty-ninth session, helper arquote10)? The word
   * opens with `ب` as written, has four letters or more and is no stop word (`بعد`, `بين`), no word with a pronoun at
   * its end (`بدوره`, an apposition of the subject), and no mention starts where it does (`بشار`, `بدر`: names).
   */
  protected baObjectOpens(k: number): boolean {
    if (k >= this.t.count || this.t.kinds[k] !== WORD) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const key = this.keys[k]!
    if (this.text.charCodeAt(o.start) !== 0x0628 || key.length < 4 || this.lex.arStops.has(key) || endsWithPronoun(key)) return false
    const e = this.entityIn(o)
    return e === null || e.start > o.start
  }
}
