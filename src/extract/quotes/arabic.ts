/**
 * Layer 8 of the quote scanner: the subject of an Arabic cue where it is not the phrase after the verb — before
 * `قد` (`وكان الرئيس X قد انتقد …`), at the start of a sentence whose verb has no subject (`أصدرت الشركة بيانا قالت
 * فيه:`), in the sentence before (`وتبنت الجبهة الهجوم. وقالت: …`), at the start of a participle's clause
 * (`…، قائلاً`) — else the phrase, resolved by {@link SpeakerResolver.resolve}, or the chain (`وأضاف:`).
 *
 * @module
 */
import { BREAK, NUM, PUNCT, WORD, foldKey } from "../internal/tokens.js"
import type { Entity } from "../../schema/record.js"
import { sourceNamed } from "../../lexicons/lexicon.js"
import { isAgeWord } from "../entities/evidence.js"
import type { Gender } from "./lexicon.js"
import { AL_QAWL, ASKING_WINDOW } from "./cues.js"
import { ALA, ALEF_LAM, AN, DASHES, entitySpeaker, ANNA, LAM_KEY, TA_MARBUTA, COMMAS, C_FA, C_WAW, FA, FI, isNisbaKey, MARKS, MIN, ONE_OF_F, ONE_OF_M, QAD, REPORTED_WINDOW, SPOKESMAN_ANY_CASE, SUBJECT_WINDOW, WAW, withoutConjunction, type Cue, type Mark, type Speaker, UNA } from "./scanner.js"
import { SpeakerResolver, docStem } from "./speakers.js"


/** Possessive pronouns after a noun of kinship or representation (`محاميه`, `محاميها`, `محاموهم`; `kinPronounBeforeVerb`). */
const KIN_PRONOUNS: ReadonlyArray<string> = ["\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647"]
/** `إذ` "as, since" (folded): a clause opener after a topic (`أما X إذ قالت`). */
const IDH = foldKey("\u0625\u0630")[0] ?? ""

/** `على` and `لسان` (`على لسان X`, by the words of X), and how far before a verb they are read (forty-first session). */
const LISAN = foldKey("\u0644\u0633\u0627\u0646")[0]!
const TONGUE_BACK = 30

/** `فقد`, the `ف` of a topic after `أما` glued to `قد` before the verb (forty-first session). */
const FA_QAD = foldKey("\u0641\u0642\u062f")[0]!

/** `الذي`, `التي` (the keys of `relativePronouns` in the lexicon; `الذين` is the plural). */
const RELATIVE_M = "\u0627\u0644\u0630\u064a"
const RELATIVE_F = "\u0627\u0644\u062a\u064a"

/** The gender and number of a relative pronoun of `relativePronouns` (`الذي` m, `التي` f, any other, `الذين`, p). */
const relativeGender = (rel: string): Gender => (rel === RELATIVE_M ? "m" : rel === RELATIVE_F ? "f" : "p")

/**
 * The gender and number of an object pronoun at the end of a verb as the cue writes it (`وصفها` f, `وصفهم` p, `وصفه`
 * m), or null when it ends with none.
 */
const objectPronounGender = (verb: string): Gender | null =>
  verb.endsWith("\u0647\u0627") ? "f" : verb.endsWith("\u0647\u0645") ? "p" : verb.endsWith("\u0647") ? "m" : null
/** Tokens back from a relative pronoun after a comma to the same pronoun it repeats ({@link ArabicSubjects.repeatedRelative}). */
const REPEATED_RELATIVE = 30
/** Words of an apposition between two commas before a relative pronoun ({@link ArabicSubjects.relativePastApposition}). */
const APPOSITION_WORDS = 6
/** Tokens back from the first relative pronoun to the person it follows, an apposition between ({@link ArabicSubjects.repeatedRelative}). */
const RELATIVE_HOLDER = 8
/** Words of a name in parentheses or marks right before a relative pronoun ({@link ArabicSubjects.enclosedNameEnd}). */
const ENCLOSED_NAME_WORDS = 3
/** Words between the accusative noun after `لكن` and the plural verb of saying ({@link ArabicSubjects.accusativeClause}). */
const ACCUSATIVE_CLAUSE_WORDS = 7
/** Words of an untagged study's or body's subject phrase ({@link ArabicSubjects.untaggedOpeningSubject}). */
const UNTAGGED_SUBJECT_WORDS = 3
/** The ending of a plural past verb (`قالوا`; a plural present one, `يقولون`, ends in scanner.ts's `UNA`). */
const PLURAL_PAST = "\u0648\u0627"

/** Tokens at most of an aside between commas before the `ف` of a topic's verb ({@link ArabicSubjects.asideBefore}; fifty-fifth session). */
const ASIDE_TOKENS = 24

/** Tokens back from a topic verb's `ف` to `أما` read over a relative clause ({@link ArabicSubjects.ammaRelative}; fifty-sixth session). */
const AMMA_RELATIVE_BACK = 20

/** Words at most between `أما` and the relative pronoun that ends its topic ({@link ArabicSubjects.ammaRelative}). */
const AMMA_RELATIVE_WORDS = 6

/** Tokens at most inside the parentheses of an age after a topic (`(68 سنة)`; {@link ArabicSubjects.ageInParentheses}). */
const AGE_PARENTHESES = 4

/** The two parentheses, as punctuation keys. */
const PARENTHESES: ReadonlySet<string> = new Set(["(", ")"])

/** `حيث` ("where", "as"): after a comma, the clause it opens goes on with the subject of the clause before. */
const HAYTH = foldKey("\u062d\u064a\u062b")[0]!
/** `كما` ("as", "also"). */
const KAMA = foldKey("\u0643\u0645\u0627")[0]!
/** How many words a role right after a verb of no speech may hold, read for a person named before with it (`openingRoleSubject`; forty-sixth session). */
const ROLE_SUBJECT_WORDS = 6
/** How far after that verb (tokens) a person whose role fills the words between may start (`openingRoleSubject`). */
const ROLE_GAP_TOKENS = 12
/** Words an unnamed source's phrase holds at most to speak on after a speech verb with no speech (`silentSpeechSubject`; forty-fifth session). */
const UNNAMED_WORDS = 6

/** The stem of `بدوره`/`بدورها`, a lead word with its pronoun (thirty-fifth session). */
const BIDAWR = foldKey("\u0628\u062f\u0648\u0631")[0]!

/** A word that ends in a pronoun of the third person (`جهته`, `جانبها`, `بدورهم`). */
const PRONOUN_END = /\u0647(?:\u0627|\u0645)?$/
/** Tokens at most back from `عندما` to the `قد` of the verb whose subject speaks ({@link ArabicSubjects.whenClauseSubject}; fiftieth session). */
const WHEN_CLAUSE = 16
/** Words at most of a name in marks that {@link ArabicSubjects.quotedSentence} passes over (`«الشرق الأوسط»`; fifty-fourth session). */
const NAME_MARK_WORDS = 4
/** Tokens after a lead phrase's first word up to its comma that {@link ArabicSubjects.verbAfterLead} reads (three words before the fifty-fourth session). */
const LONG_LEAD = 7
/** Words at most of the narrator's name after `عن` ({@link ArabicSubjects.narratedFrom}; fiftieth session). */
const NARRATOR_WORDS = 8
/**
 * A narrator's name: a lineage (`بن`, `ابن`, `بنت`) or a kunya (`أبو`, `أبي`, `أم`) in it ({@link ArabicSubjects.narratedFrom}).
 * Not `lineageWords` of name-cues.json: a mother's kunya `أم` is one here (`أم سلمة`), a family's `آل` is not.
 */
const NARRATOR_NAME = /(?:^|\s)(?:\u0628\u0646|\u0627\u0628\u0646|\u0628\u0646\u062a|\u0623\u0628\u0648|\u0623\u0628\u064a|\u0623\u0645)\s/u
/** `رضي الله عنه` (عنها, عنهما, عنهم) between a companion's name and the verb of his words ({@link ArabicSubjects.narratedFrom}). */
const COMPANION_BLESSING = /^\u0631\u0636\u064a[\s\u00a0]+\u0627\u0644\u0644\u0647[\s\u00a0]+\u0639\u0646(?:\u0647|\u0647\u0627|\u0647\u0645\u0627|\u0647\u0645)[\s\u00a0]*$/u
/** Tokens at most from the word glued to `ب` that opens a verb's object to a name in it ({@link ArabicSubjects.chargeObjectAt}: `بدور قوات X`). */
const CHARGE_OBJECT_WORDS = 3
/** A word glued to `ب` and the article or a verbal noun in إ/أ (`بالزيارة`, `بإعلان`): a verb's object, no word of its subject ({@link ArabicSubjects.openingVerbSubject}; fiftieth session). */
const BI_OBJECT = /^\u0628(?:\u0627\u0644|[\u0625\u0623])/
/** `حسابه`, `صفحتها`, `بحسابه`: a person's own account on a platform (twenty-eighth session, second round). */
const ACCOUNT = /^[\u0648\u0641\u0628\u0644]?(?:\u062d\u0633\u0627\u0628|\u0635\u0641\u062d\u062a)(?:\u0647|\u0647\u0627)$/
/** `باسم`: the tie of a spokesman to the body he speaks for (twenty-eighth session, second round). */
const BISM_KEY = foldKey("\u0628\u0627\u0633\u0645")[0]!

/** How far into its sentence the noun of an interview may stand (tokens: `وكان لـ«Y» لقاءات`). */
const MEETING_LEAD = 8

/**
 * Can a verb that opens its sentence (`open`, read without و/ف) have a subject of `gender`: a feminine one only when the
 * verb ends or opens with `ت` (`قالت`, `تقول`), a masculine one only when it does not end with it; any when unknown.
 */
/** `به`, `بها`: a preposition and its pronoun between an outlet's verb and its name (`توجهت به «X»`). */
const BIH: ReadonlySet<string> = new Set(["\u0628\u0647", "\u0628\u0647\u0627"])

/** How many words in parentheses after a sentence's verb may be its subject ({@link ArabicSubjects.parenthesizedSubject}; sixty-second session). */
const PAREN_SUBJECT_WORDS = 6

const agreesWith = (open: string, gender: Gender | null): boolean => {
  if (gender === "f") return open.endsWith("\u062a") || open.startsWith("\u062a")
  return gender !== "m" || !open.endsWith("\u062a")
}


/** `عبر`: the preposition "via", and the verb "expressed" when `عن` follows its subject (`وعبر X عن سعادته`). */
const ABARA = foldKey("\u0639\u0628\u0631")[0] ?? ""

/** `بات` (folded): a copula whose ت is its root's, masculine ({@link ArabicSubjects.verbFirstSubject}). */
const BAT = foldKey("\u0628\u0627\u062a")[0]!

/** `لكن` (folded). */
const LAKIN = foldKey("\u0644\u0643\u0646")[0]!


/** How many words may follow the verb of `…، كما قال مسؤول …` before its sentence ends (forty-second session). */
const AS_SAID_WORDS = 8

/** How far before its plural verb the head of a plural subject that opens the clause may stand (tokens; forty-second session). */
const PLURAL_BACK = 24
/** Sentences read back for the person a bare verb's sentence goes on with as its topic ({@link ArabicSubjects.topicPersonBefore}). */
const TOPIC_SENTENCES_BACK = 2
/** `ذلك`, after a concessive lead (`مع ذلك`; {@link ArabicSubjects.topicOpening}). */
const DHALIKA = foldKey("\u0630\u0644\u0643")[0]!
/** A feminine ending, ة or ت, of the predicate after a topic person (`متفائلة`; {@link ArabicSubjects.topicOpening}). */
const FEMININE_END = /[\u0629\u062a]$/
/** `لا`, `ما` before a verb of staying (`لا يزال`, `ما زال`; {@link ArabicSubjects.topicOpening}). */
const NEGATION_BEFORE_COPULA: ReadonlySet<string> = new Set([foldKey("\u0644\u0627")[0]!, foldKey("\u0645\u0627")[0]!])

/** How many words a plural subject's phrase holds at most, its head included (forty-second session). */
const PLURAL_WORDS = 6

/** A nisba plural's ending in search form (`السياسيون`, `الفلسطينيين`). */
const NISBA_PLURAL = /(?:\u064a\u0648\u0646|\u064a\u064a\u0646)$/

/** How far before its verb a document noun read by `فيه`/`فيها` may stand (tokens), and its clause's subject before it. */
const DOCUMENT_WINDOW = 16
/** Words read after a noun of writings for its author's name ({@link ArabicSubjects.writingsAuthor}; `أطروحات عالم الاجتماع الفرنسي X`). */
const AUTHOR_WORDS = 5
/** `مع` ("with"), as a key: an interview's link to the one interviewed ({@link ArabicSubjects.senderAfter}). */
const MA3 = "\u0645\u0639"
/** `عبر` ("through"), as a key: a channel's link to the words it carried ({@link ArabicSubjects.channelOfName}). */
const ABR = "\u0639\u0628\u0631"
/** Words at most between a verb of issuing and the cue `البيان التالي:` ({@link ArabicSubjects.statementIssuer}; forty-ninth session). */
const STATEMENT_BACK = 10
/** Words at most of an issuing body the text names before `البيان التالي:` (forty-ninth session). */
const STATEMENT_BODY_WORDS = 5
/** The stem of a statement (`بيان`, `بيانا`) among `speechDocuments`. */
const STATEMENT_STEM = "\u0628\u064a\u0627\u0646"
/** `صدر` (then `عن` and the body), as a key. */
const SADARA = foldKey("\u0635\u062f\u0631")[0]!

/** How far (tokens) before a sentence start inside quoted words its opening mark is looked for ({@link ArabicSubjects.quotedStart}). */
const QUOTED_BACK = 200

/** Words of a post's phrase read back from its body to the post's noun (`describedHolderGap`). */
const HOLDER_ROLE_WORDS = 6
/** Words that may describe a post between its body and its holder's name (`describedHolderGap`). */
const HOLDER_GAP_WORDS = 4
/** Alef with madda (`آ`), which opens no complementizer as written (`آن`, a name). */
const ALEF_MADDA = 0x0622
/** `سابقا` ("formerly") as a key. */
const FORMERLY = "\u0633\u0627\u0628\u0642\u0627"

/** Between a body and the person after it: nothing, or `السابق`/`السابقة`/`الأسبق` (a former role's adjective). */
const FORMER_GAP = /^[\s\u00a0]*(?:\u0627\u0644(?:\u0633\u0627\u0628\u0642\u0629?|[\u0623\u0627]\u0633\u0628\u0642)[\s\u00a0]+)?$/

/** Between a role's body and its holder's apposition: up to three definite words (nisba adjectives), then a comma. */
const ROLE_BODY_GAP = /^(?:[\s\u00a0]+\u0627\u0644[^\s\u00a0\u060c,]+){0,3}[\s\u00a0]*[\u060c,][\s\u00a0]*$/

/** How far before a dual verb (characters) the two it speaks for are looked for (thirty-third session). */
const PAIR_WINDOW = 600
/** The longest gap between the two names of a pair (characters). */
const PAIR_GAP_MAX = 40
/** Between the two names of a pair: `و`, or `و` and `نظيره`/`نظيرته` with up to two words of its role (`ونظيره الأمريكي`). */
const PAIR_GAP = /^[\s\u00a0]*\u0648(?:\u0646\u0638\u064a\u0631(?:\u0647|\u0647\u0627|\u062a\u0647|\u062a\u0647\u0627)(?:[\s\u00a0]+[^\s\u00a0]+){0,2})?[\s\u00a0]*$/
/** A sentence's end or a paragraph's (a full stop and the line break after it are one). */
const SENTENCE_ENDS = /[.!?\u061f][ \t\u00a0]*\n?|\n/g
/** A closing quotation mark that ends its sentence (`… انتهى".`): the words before it were quoted. */
const QUOTE_END = /[»"”][ \t\u00a0]*[.!?\u061f\n]/
/** A sentence's end, a paragraph's or a quote that ends its sentence. */
const SENTENCE_OR_QUOTE_END = /[.!?\u061f\n]/

/** A spokesman's noun in any case (`متحدثا`, `الناطق`): the one spoken for follows it, or `باسم` (`butPersonSubject`). */
const SPOKESMAN_STEM = /^\u0648?(?:\u0627\u0644)?(?:\u0645\u062a\u062d\u062f\u062b|\u0646\u0627\u0637\u0642)/

/** How many words after a verb a post's noun in construct, its genitive and its holder may fill (`هنأ رئيس حزب التجمع الوطني X`; forty-second session). */
const POST_SUBJECT_WORDS = 8

/** How many tokens (words and commas) may stand between `لكن` and a verb when a person named there is its subject (`butPersonSubject`). */
const BUT_SUBJECT_WORDS = 14

/** How far back (tokens) a passive of asking with a person tagged after it is read for a verb of answering (forty-third session; 40 before, as still for words that name no tagged person). */
const ASKED_BACK = 60

/** How many tokens a lead phrase and its comma may fill before the verb of a sentence with marks and no cue ({@link ArabicSubjects.markSubject}; forty-third session, 6 before). */
const MARK_LEAD = 8

/** Tokens back from marks within which {@link ArabicSubjects.programmeSubject} reads a programme noun as the subject of their sentence (sixty-second session). */
const PROGRAMME_BACK = 24
/** Tokens back within which {@link ArabicSubjects.programmeSubject} seeks an earlier mention of the programme that names its issuer. */
const PROGRAMME_MENTION_BACK = 600
/** Tokens before an earlier mention of a programme within which a verb of issuing says someone issued it (`أصدر X … قانونا`; {@link ArabicSubjects.programmeIssuerBefore}). */
const PROGRAMME_ISSUED_BACK = 14

/** How many words of a role may open a sentence before the person who is its subject ({@link ArabicSubjects.subjectFirst}; forty-third session). */
const SUBJECT_FIRST_ROLE = 8

/** How many tokens an apposition or a relative clause between commas after that person may hold (forty-third session). */
const SUBJECT_FIRST_ASIDE = 24

/** A word with the article, a clitic before it or not (`الوزير`, `وبالقرار`, `للأمن`), as a key. */
const WITH_ARTICLE = /^[\u0648\u0641]?(?:[\u0628\u0643]?\u0627\u0644|\u0644\u0644)/

/** How many chain entries back the verbs a person was put on the chain with are read for a gender ({@link ArabicSubjects.masculinePerson}). */
const GENDER_BACK = 64

/** A role that a woman holds as written (`عضو`, with or without the article). */
const NEUTRAL_ROLE = /^(?:\u0627\u0644)?\u0639\u0636\u0648$/

/** A past verb in `ت` or a participle in `ة` (with its و/ف): a present verb in `ت…` (`لافتات تقول`) has its subject before it. */
const PAST_OR_PARTICIPLE = /(?:\u062a|\u0629)$/

/** Tokens after a cue within which a person named is the verb's own subject ({@link ArabicSubjects.namedAfterCue}). */
const NAMED_AFTER = 12


/** `ه`: the key of a final `ة` (a feminine noun). */
const HEH_KEY = "\u0647"


/** `ما`, `بما` (keys) before `قاله`. */
const MA_SAID: ReadonlySet<string> = new Set(["\u0645\u0627", "\u0628\u0645\u0627"].map((w) => foldKey(w)[0]!))

/** `قاله` (key). */
const QALAHU = foldKey("\u0642\u0627\u0644\u0647")[0]!

/** أحدهم, آخر, ثالث, رابع (keys): "one of them", "another", "a third": an unnamed commenter of a series who speaks as himself ({@link ArabicSubjects.someoneSpeaker}). */
const SOMEONE_M: ReadonlySet<string> = new Set(["\u0623\u062d\u062f\u0647\u0645", "\u0622\u062e\u0631", "\u062b\u0627\u0644\u062b", "\u0631\u0627\u0628\u0639"].flatMap((w) => foldKey(w)))

/**
 * إحداهن (key): the feminine of {@link SOMEONE_M}. Not `أخرى`, `ثالثة`: mostly another thing of a feminine noun, `نظرية
 * …، وأخرى قالت إن …` (another theory), whose verb may read as speech.
 */
const SOMEONE_F: ReadonlySet<string> = new Set(["\u0625\u062d\u062f\u0627\u0647\u0646"].flatMap((w) => foldKey(w)))

/** أحدهم, إحداهن (keys): a pronoun noun, never an adjective after a noun (unlike `آخر`: `مصدر عسكري آخر يقول`). */
const ONE_OF_THEM: ReadonlySet<string> = new Set(["\u0623\u062d\u062f\u0647\u0645", "\u0625\u062d\u062f\u0627\u0647\u0646"].flatMap((w) => foldKey(w)))

/** هذا, ها (keys), with or without و: a demonstrative that may open the clause of a commenter (`هذا أحدهم يعلق …`). */
const HADHA_HA: ReadonlySet<string> = new Set(["\u0647\u0630\u0627", "\u0647\u0627"].flatMap((w) => foldKey(w)))

/** A present verb of the third person (key): `ي`/`ت` first ({@link ArabicSubjects.someoneSpeaker}). */
const PRESENT_PREFIX = /^[\u064a\u062a]/

/** How many tokens before a verb with no subject {@link indefiniteOneBefore} reads back (in its sentence). */
const ONE_OF_WINDOW = 24
/** How many tokens from its sentence's start an unnamed source's present verb may stand, for a participle later in the sentence ({@link ArabicSubjects.unnamedOpening}; fifty-seventh session). */
const UNNAMED_OPENING = 6
/** How many tokens from its sentence's start a byline's or a dateline's colon may stand ({@link ArabicSubjects.afterBylineColon}; fifty-seventh session). */
const BYLINE_COLON = 8
/** How many tokens back from a participle {@link ArabicSubjects.unnamedOpening} looks for its sentence's start (fifty-seventh session). */
const UNNAMED_REACH = 120
/** How many words the phrase after a verb of hearing and `من` may hold ({@link ArabicSubjects.heardFrom}; fifty-seventh session). */
const HEARD_WORDS = 8
/** How many words a body's name in marks after `كان` may hold ({@link ArabicSubjects.kanaMarkedSubject}; fifty-seventh session). */
const KANA_NAME_WORDS = 8
/** How many definite adjectives after the plural {@link indefiniteOneBefore} keeps in the phrase. */
const ONE_OF_ADJECTIVES = 2

/** Definite words or titles at most between a verb of writing and its subject's name (`كتبت الناقدة التشكيلية X تقول:`). */
const WRITER_ROLE_WORDS = 4
/** `ثم` ("then"), a conjunction that may open a sentence right before its verb ({@link ArabicSubjects.opensWithSubject}). */
const THUMMA = "\u062b\u0645"
/** A word glued to a preposition and the article (`للاعتذار`, `بالأمر`), or to a pronoun (`فكرتها`), as a key: no name's. */
const NOT_NAME_WORD = /^[\u0648\u0641]?(?:\u0644\u0644|[\u0628\u0644\u0643]\u0627\u0644)|\u0647(?:\u0627|\u0645|\u0645\u0627)$/

/** Arabic subjects of cues. */
export abstract class ArabicSubjects extends SpeakerResolver {
  /** {@link roleGender}'s map, built once. */
  private rolesById: Map<string, Gender | null> | null = null

  /**
   * The speaker of an Arabic cue (its phrase, or the chain), pushing named speakers onto the chain. A feminine past verb
   * or participle does not speak for a man ({@link masculinePerson}) the text does not name right after it
   * ({@link namedAfterCue}) when a feminine subject opens its clause or the sentence before ({@link feminineSubject}):
   * what the rules below pushed for it is taken back off the chain, and that subject speaks (forty-fourth session, helper
   * subjects: `وكانت X قد هاجمت رامز قائلة "…"`, `لكن الجماهير … وهتفت: "…"`). With none found the speaker stays.
   */
  protected speakerOfCue(cue: Cue, speech: boolean): Speaker | null {
    const pushed = this.chain.length
    const lastPush = this.lastPushAt
    const found = this.cueSpeaker(cue, speech)
    if (found === null || cue.gender !== "f" || !PAST_OR_PARTICIPLE.test(cue.verb) || this.namedAfterCue(cue, found)) return found
    const subject = this.masculinePerson(found, pushed) ? this.feminineSubject(cue.at) : this.kanaSubjectOverChain(cue, found, lastPush)
    if (subject === null) return found
    this.rewindChain(pushed, lastPush)
    return speech ? this.push(subject[0], subject[1]) : subject[0]
  }

  /**
   * The person whose saying a participle of citing names as its object (forty-eighth session, helper recall):
   * `مستشهداً بما قاله الرئيس الأميركي X "…"`, `ذاكراً قول X في البيت الأبيض "…"`, `متذكرا مقولة X: …`. Right after the
   * participle (the lexicon's `citingParticiples`; one honorific pronoun noun allowed, `مستشهدا فضيلته بقول`) a noun of saying
   * (`citedSayings`, or `ما`/`بما` and `قاله`), then a person the entity stage tagged, starting within its next three
   * words (a title or a definite word before the name: `الرئيس الأميركي`), and a quotation mark or a colon within six
   * tokens after the name, in the sentence; else null. (`مستشهدا بقول الله تعالى`, `بحديث الرسول` name no person
   * tagged: left to the rules after.)
   */
  private citedPerson(cue: Cue): Entity | null {
    if (this.entities.length === 0 || !this.lex.citingParticiples.has(withoutConjunction(this.keys[cue.at]!, 3))) return null
    let k = cue.end
    if (k < this.pe && this.lex.honorificPronouns.has(this.keys[k]!)) k++
    if (k + 1 >= this.pe || this.t.kinds[k] !== WORD) return null
    if (MA_SAID.has(this.keys[k]!) && this.keys[k + 1] === QALAHU) k += 2
    else if (this.lex.citedSayings.has(this.keys[k]!)) k++
    else return null
    for (let n = k; n < Math.min(this.pe, k + 3); n++) {
      if (this.t.kinds[n] !== WORD) return null
      const e = this.entityStartingAt(n)
      if (e === null) continue
      if (e.type !== "PERSON") return null
      const last = this.walkPast(n + 1, this.pe, e.end, "end")
      for (let j = last; j < Math.min(this.pe, last + 6); j++) {
        if (this.isColon(j) || this.markChar(j) !== null) return e
        if (this.isSentenceEnd(j)) return null
      }
      return null
    }
    return null
  }

  /**
   * The feminine subject that the cue's own sentence opens with after `كانت` (forty-eighth session, helper recall), for
   * a feminine participle whose speaker the chain gave from before that sentence: `وكانت قوات X، الجناح العسكري لـY،
   * دانت في بيان …، معتبرة أنه «عدوان»` after `ذكرت وكالة Z أن …` is the forces' statement, not the agency's, which
   * only carried other news before it (the feminine verb after the subject is not the participle's own: the forces
   * did the condemning). Read only when `found` was pushed before the sentence (`lastPush`, the chain's last push
   * before the cue) and has no mention in it, and the sentence opens with `كانت`/`وكانت` and words
   * {@link feminineWords} reads as a subject; resolved (not pushed) with the token it starts at, else null. (A verb
   * cue is left alone: `وكانت الوزارة أعلنت …` reads its subject before the verb by the rules of the chain.)
   */
  private kanaSubjectOverChain(cue: Cue, found: Speaker, lastPush: number): readonly [Speaker, number] | null {
    if (cue.kind !== "participle") return null
    const s = this.sentenceStart(cue.at)
    if (lastPush >= s || s + 2 >= cue.at || !this.lex.kanaAuxiliary.has(withoutConjunction(this.keys[s]!, 3))) return null
    const words = this.feminineWords(s + 1, cue.at)
    if (words === null) return null
    // (`found` named anywhere in the sentence before the cue speaks there: no override)
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    const to = this.orig(this.t.starts[cue.at]!, this.t.ends[cue.at]!).start
    for (let i = this.firstEntityFrom(from); i < this.entities.length && this.entities[i]!.start < to; i++) {
      const e = this.entities[i]!
      if (found.entityId !== null ? e.entityId === found.entityId : e.canonical === found.text) return null
    }
    const subject = this.resolve(words, "f", false)
    return subject === null || subject.text === found.text || this.masculinePerson(subject, this.chain.length) ? null : [subject, words[0]]
  }

  /**
   * Does `found` have a mention in the sentence of `cue`, within {@link NAMED_AFTER} tokens after it and before any
   * quotation mark or colon (the verb's own subject, named: `وقالت X مدير التحرير إن`)?
   */
  private namedAfterCue(cue: Cue, found: Speaker): boolean {
    const from = this.orig(this.t.starts[cue.at]!, this.t.ends[cue.at]!).end
    for (let k = cue.at + 1; k < Math.min(this.pe, cue.at + NAMED_AFTER) && !this.isSentenceEnd(k) && this.markChar(k) === null && this.keys[k] !== ":"; k++) {
      const e = this.entityStartingAt(k)
      if (e !== null && e.entityId === found.entityId && e.start >= from) return true
    }
    return false
  }

  /** {@link speakerOfCue} before its check of the speaker's gender. */
  private cueSpeaker(cue: Cue, speech: boolean): Speaker | null {
    if (cue.english) return null
    // فقلت له: …, وأقول لهم: …: a first-person verb speaks for a narrator the text does not name (a column's writer, a
    // memoir's teller under another's byline): no speaker, and none pushed onto the chain (fortieth session)
    if (cue.firstPerson === true) return null
    // فأجابه: …: a line of a dialogue with no subject names nobody either (fiftieth session, helper arcolon)
    if (cue.unnamed === true) return null
    // فأجابه قدري: «…». فرد عليه: «…»: a line of a dialogue names its speaker but leaves the chain as it was: a
    // subjectless reply after it (`فرد عليه`) answers that speaker, and goes on with the one before (fiftieth session,
    // helper arcolon)
    if (cue.dialogue === true && cue.speaker !== null) return this.resolve(cue.speaker, cue.gender, false)
    // وقد يتساءل البعض: …؟, يتساءل الكثير من المواطنين: …؟: a question asked by a phrase that names no person or body
    // (a columnist's imagined askers) leaves the chain as it was (fifty-first session, helper ardialog)
    if (cue.question === true && cue.speaker !== null && this.entityIn(this.orig(this.t.starts[cue.speaker[0]]!, this.t.ends[cue.speaker[1] - 1]!)) === null) return this.resolve(cue.speaker, cue.gender, false)
    // بيانا وصفت فيه …: a verb read as one only for its فيه speaks for the document's issuer, or for nobody
    // (twenty-fourth session)
    if (cue.inDocument === true) return this.lex.documentTextWords.has(this.keys[cue.end - 1]!) ? this.documentTextIssuer(cue) : this.documentSpeaker(cue.at, cue.gender)
    // وفق نصوص الدستور الانتقالي …، وقال إن, بحسب وثيقة الـ«إيقاد» …، وتابع: «…»: an according phrase that cites a
    // text, a plan or a set of facts (`textSources`: نصوص, وثيقة, التفاصيل, الجدول) names no voice; it may stand for
    // words it attributes, but never joins the chain, so a later verb with no subject goes on with the last speaker
    // (forty-seventh session, helper docspk)
    if (cue.kind === "according" && cue.speaker !== null && this.lex.textSources.has(this.keys[cue.speaker[0]]!)) {
      // (وبحسب التفاصيل التي يرويها «X» ابن …: a person who tells the text, named right after a relative and a verb of
      // telling, is the source, and joins the chain)
      const teller = this.textTeller(cue.speaker[0])
      if (teller !== null) return speech ? this.pushEntity(teller, cue.gender, cue.speaker[0]) : entitySpeaker(teller, cue.gender)
      return this.resolve(cue.speaker, cue.gender, false)
    }
    // وهذا ما دفع X إلى القول:, وخلص X إلى القول: the one named right before `إلى القول` says it (twenty-fifth session)
    if (cue.kind === "participle" && this.keys[cue.at] === AL_QAWL) {
      const named = this.namedRightBefore(cue.at - 1, cue.gender)
      if (named !== null) return named
    }
    // وقال الفنانان X وY: a group's dual or plural noun and the names joined right after it: the first name speaks, as
    // for the pairs below (sixty-second session, helper arquote20)
    if (cue.kind === "verb" && cue.speaker !== null) {
      const named = this.namesAfterGroup(cue.speaker)
      if (named !== null) return speech ? this.pushEntity(named, cue.gender, cue.speaker[0]) : entitySpeaker(named, cue.gender)
    }
    // وقالا:, وأضافتا: «…», وأكد الوزيران أن: a dual verb with no subject after it, or a dual noun for its subject,
    // speaks for the two named together before it (`X وY`, `X ونظيره Y`); the first of them is given, the record's one
    // speaker (thirty-third session)
    if (cue.kind === "verb" && (cue.dual === true ? cue.speaker === null || this.dualNoun(cue.speaker) : cue.speaker !== null && this.dualNoun(cue.speaker))) {
      const pair = this.namedPairBefore(cue.at, cue.gender)
      if (pair !== null) return pair
    }
    // أفادت الأنباء أن X دعا Y "…"، بحسب أحد مساعدي X: a news outlet that relays the words, with their source named
    // by an according phrase right after them, is the channel; the source speaks (thirty-fourth session, A54)
    if (cue.kind === "verb") {
      const source = this.sourceAfterRelay(cue, speech)
      if (source !== null) return source
    }
    // مستشهداً بما قاله الرئيس الأميركي X "…", ذاكراً قول X في البيت الأبيض "…": the words a participle of citing
    // opens are the cited person's, not the citing subject's; not pushed (a later `وأضاف` goes on with the one citing;
    // forty-eighth session, helper recall)
    if (cue.kind === "participle") {
      const cited = this.citedPerson(cue)
      if (cited !== null) return entitySpeaker(cited)
    }
    // هذا أحدهم يعلق على الخبر قائلا: "…" وآخر يقول: "…": an unnamed commenter of a series (أحدهم, آخر, ثالث …) that
    // opens the clause of a present verb before a participle, or stands right before a verb with no subject, speaks as
    // himself, not the body or outlet the chain named last (fifty-first session, helper arobject, after the A98 reading)
    if (cue.kind === "participle" || (cue.kind === "verb" && cue.speaker === null && cue.dual !== true)) {
      const someone = this.someoneSpeaker(cue)
      if (someone !== null) return speech ? this.push(someone[0], someone[1]) : someone[0]
    }
    // فقام أخوها وقال لأبيه: …: a kin named with a pronoun right between two verbs with و/ف is the subject of both, and
    // speaks (no subject after the verb, or an addressee glued to ل; fifty-third session, helper arcarry)
    if (cue.kind === "verb" && speech && (cue.speaker === null || (cue.speaker[1] - cue.speaker[0] === 1 && cue.speaker[0] === cue.end && this.keys[cue.end]!.startsWith("\u0644")))) {
      const kin = this.coordinatedKin(cue)
      if (kin !== null) return kin
    }
    if (cue.kind === "participle") return this.documentBeforeMarks(cue.at, cue.gender) ?? this.pluralVoice(cue, speech) ?? this.clauseSubject(cue.at, cue.gender, true) ?? this.solePerson(cue.at, cue.gender) ?? this.subjectlessOpening(cue.at, cue.gender) ?? this.openingVerbSubject(cue.at, cue.gender) ?? this.parenthesizedSubject(cue.at, cue.gender) ?? this.frontedBeforeVerb(cue) ?? this.interviewAnswerer(cue.at, cue.gender) ?? this.unnamedOpening(cue.at) ?? this.fromChain(cue.gender, false, this.orig(this.t.starts[cue.at]!, this.t.ends[cue.at]!).start)
    // X، الرئيس التنفيذي لـ«Y»، وصف معركة الاستحواذ بأنها «…», وكان X قد اتهم الحكومة بـ«…»: a bare verb of describing
    // or accusing after the name that opens its clause is that name's; the phrase after it is the object (forty-third
    // session, helper accuse)
    if (cue.kind === "verb") {
      const first = this.nameOpensClause(cue.at)
      if (first !== null) return speech ? this.pushEntity(first[0], cue.gender, first[1]) : { text: first[0].canonical, entityId: first[0].entityId, gender: cue.gender, person: first[0].type === "PERSON" }
    }
    // وكان سامي قد انتقد الإدارة: after قد the subject stands before the verb, the phrase after it is the object
    if (cue.kind === "verb" && cue.at > this.ps && this.keys[cue.at - 1] === QAD) {
      // (وكان كبير مستشاري الأمن القومي، الجنرال X، قد قال إن: the name between two commas before `قد`, a title
      // before it allowed; thirty-first session, second round)
      const named = this.appositionBeforeVerb(cue, cue.at - 1)
      if (named !== null) return named
      const subject = this.clauseSubject(cue.at - 1, cue.gender, false) ?? this.placeBeforeQad(cue.at - 1, cue.gender)
      if (subject !== null) return subject
      // وكان الدبلوماسي الكبير في الخارجية الأميركية قد أوضح أن «…»: an unnamed definite subject between `كان` and
      // `قد`, no entity in it (fifty-third session, helper arcarry, after the A103 reading)
      const unnamed = cue.speaker === null && speech ? this.definiteBeforeQad(cue.at - 1, cue.gender) : null
      if (unnamed !== null) return this.resolve(unnamed, cue.gender, true)
    }
    // يود المركز الإعلامي بالنادي أن يوضح لجمهوره ما يلي: …: a present verb with no subject right after `أن`, a verb of
    // wishing with its subject before it, speaks for that subject (sixty-third session, helper arquote22; an addressee
    // glued to ل after the verb, `لجمهوره`, is no subject either)
    if (cue.kind === "verb" && (cue.speaker === null || this.gluedAddressee(cue.speaker[0]))) {
      const wisher = this.wishingSubject(cue.at)
      if (wisher !== null) return this.resolve(wisher, cue.gender, speech)
    }
    // حسب رئيس الهيئة السابق X، الذي قال حينها: a verb with no subject right after a relative pronoun is the person's
    // (or the body's) the pronoun follows
    // (one word that names nobody after the verb, a time or manner word, `حيث قال وقتها`, `وقال ساخرا`, leaves it with
    // no subject too: the rules for a subjectless verb below read it so; not `أيضا`, `كذلك`, nor a demonstrative, `كشف
    // ذلك X`: the subject may follow them, or stand before as a role the chain names better; session 23)
    // أما المستشار في مركز X قال لـ«سبق» …: a topic after `أما` right before a verb with no `ف` is its subject, whatever
    // words follow the verb (they are the speech, after an addressee), unless they hold a person; a topic that names no
    // person only when an addressee stands between the verb and its words (`أما الحكومة قال الوزير` keeps the minister;
    // twenty-ninth session)
    // وقالت الهيئة على لسان رئيسها X إن «…», كما أعلنت شركة «Y»، الخميس، على لسان مديرها العام X، أنها «…»: a subject
    // that names no person, then `على لسان` and the person it names: the body speaks through that person, who says the
    // words (fifty-second session, helper arreport; before, the body)
    if (cue.kind === "verb" && speech && cue.speaker !== null && !this.hasPerson(cue.speaker)) {
      const tongue = this.tongueAfterSubject(cue.speaker[1], cue.gender)
      if (tongue !== null) return tongue
    }
    if (cue.kind === "verb" && cue.speaker !== null && this.keys[cue.at]![0] !== FA && !this.hasPerson(cue.speaker)) {
      const topic = this.subjectBeforeVerb(cue.at, true)
      if (topic !== null && (cue.speaker[0] > cue.end || this.hasPerson(topic))) return this.resolve(topic, cue.gender, speech)
    }
    // لكن متحدثا باسم رئيس ملف المدينة قال لبي بي سي إن: an unnamed spokesman's phrase between `لكن` and a verb whose
    // words after it name nobody is its subject, not the one spoken for named before (forty-first session)
    if (cue.kind === "verb" && (cue.speaker === null || !this.hasPerson(cue.speaker)) && this.keys[cue.at]![0] !== FA) {
      const voice = this.butSpokesman(cue.at, cue.gender)
      if (voice !== null) {
        if (speech) this.push(voice, cue.at)
        return voice
      }
    }
    // وكانت السفيرة الكندية لدى الاتحاد الأوروبي، ماري لوران، قالت إن, بيد أن صحيفة الحزب …، رودونغ سينمون، قالت في وقت
    // سابق إن: a name between two commas right before a verb with no و and no name after it is the subject the
    // sentence opened with; the body inside the role before it is not (thirtieth session)
    if (cue.kind === "verb") {
      const named = this.appositionBeforeVerb(cue)
      if (named !== null) return named
    }
    const none = cue.kind === "verb" && this.noSubject(cue)
    const bare = none && (cue.speaker === null || !this.lex.keepsSubjectAfterVerb.has(this.keys[cue.speaker[0]]!))
    // كتبت الناقدة التشكيلية X تقول: «…», وكتب الوزير X يقول: a present verb of saying with no subject right after
    // the person a past verb of writing names as its subject is that person's (sixty-third session, helper arquote24,
    // after the A122 reading; before, the chain's last speaker of the verb's gender, or a name of the line before)
    if (bare) {
      const writer = this.writerBeforePresent(cue, speech)
      if (writer !== null) return writer
    }
    // حتى لو أن محاميه قالوا: …: a kin's or a lawyer's noun with its pronoun right before a verb with no subject, after
    // `أن`/`إن` or opening the sentence, is its subject, as `وقال محاميه:` reads (fifty-fifth session, helper arkin)
    if (bare) {
      const kin = this.kinPronounBeforeVerb(cue.at)
      if (kin !== null) return this.resolve(kin, cue.gender, speech)
    }
    // يذكر أن إحدى المغردات كانت قد نشرت … فيديو يوضح … وكتبت: “…”: `أحد`/`إحدى` and a definite plural opening a
    // clause of the verb's sentence (after `أن`/`إن`, `لكن`, `كان`, or at its start), of the verb's gender and nobody
    // named between them, is the subject of a verb with no subject: that phrase, not a scrap of the words between nor
    // the chain's last speaker (fifty-sixth session, helper arscrap, after the A109 reading)
    if (bare && speech) {
      const one = this.indefiniteOneBefore(cue)
      if (one !== null) return this.resolve(one, cue.gender, speech)
    }
    // وقالت السفيرة إن مجلس الأمن شدد عقوباته على … «…»: a speech verb inside reported speech with its subject before
    // it and a noun with a possessive pronoun after it (its object: "tightened its sanctions") is no speech; the
    // words are the reporter's, named in this sentence (thirty-first session)
    if (cue.kind === "verb" && cue.speaker !== null && cue.speaker[1] - cue.speaker[0] === 1 && this.ownedObject(cue.speaker[0])) {
      const inner = this.reportedSubject(cue.at)
      const last = this.chain[this.chain.length - 1]
      if (inner !== null && last !== undefined && this.lastPushAt >= this.sentenceStart(cue.at) && this.lastPushAt < inner[0] && this.reportedBefore(inner[0] - 1)) return last
    }
    // وقال X إن Y كرر القول إنه «…», ونقل عن X قوله إن Y قال له إن «…»: a speech verb inside reported speech, with no
    // subject after it, has the noun right after the complementizer before it as its subject, not the reporter
    // (thirty-first session)
    if (bare) {
      const inner = this.reportedSubject(cue.at)
      // (pushed only where no speech verb reports it: inside X's reported speech the reporter goes on, `وأضاف` after it
      // is still X's; after `إلا أن`, `نظرا إلى أن` the noun is the subject of the sentence's one speech verb)
      // (an untagged noun is never pushed: `يبدو أن المقدمة الأخرى تقول:` names no speaker for later words)
      if (inner !== null) return this.resolve(inner, cue.gender, speech && !this.reportedBefore(inner[0] - 1) && this.entityStartingAt(inner[0]) !== null)
    }
    // وقد عبر وزير الثقافة عن هذا الرضا عندما قال: «…»: a verb with no subject right after `عندما`, `حين`,
    // `حينما` is the subject's of the verb that opens its sentence (fiftieth session, helper arcarry, after the A96
    // reading)
    // عن عروة بن الزبير قال: «…»: a narration's `عن` and the person it names right before a verb with no subject is
    // the one who said the words (fiftieth session, helper arcarry, after the A96 reading)
    if (bare && speech) {
      const subject = this.whenClauseSubject(cue.at, cue.gender) ?? this.narratedFrom(cue.at, cue.gender)
      if (subject !== null) return subject
    }
    // أوضح فيه مدير اللجنة المتحدث الرسمي باسم المسابقة المهندس X: a spokesman's phrase within the words after a
    // verb with no subject read (after `فيه`) names the speaker (twenty-eighth session, second round)
    if (none && cue.gender !== "p") {
      const spokesman = this.spokesmanAfter(cue.at + 1, cue.gender)
      if (spokesman !== null) return spokesman
    }
    // (not `دول التحالف التي وصفتها بـ«…»`: a describing verb whose object pronoun takes up the relative's antecedent
    // has that antecedent as its object, the one described; the subject is the sentence's, read below; fifty-ninth
    // session, helper arquote10)
    if (none && !this.resumedAntecedent(cue)) {
      const subject = this.relativeAntecedent(cue.at, cue.gender)
      if (subject !== null) return subject
    }
    // المدافعون عن حقوق المزارعين يقولون:, من جهتهم أعرب ذوو الضحايا … . وقالوا: a plural verb with no subject goes on
    // with the plural noun that opens its clause or the sentence before, not the one person the chain named last
    // (forty-second session)
    if (bare) {
      const voice = this.pluralVoice(cue, speech)
      if (voice !== null) return voice
    }
    // ووصفت كندا الخطوة بأنها "متسرعة" وانتقدتها أستراليا ووصفتها بأنها "…": a verb with و and no subject
    // right after the subject of the verb before it is that subject's, not the chain's (thirty-fourth session, A54)
    if (bare) {
      const subject = this.coordinatedSubject(cue)
      if (subject !== null) return subject
    }
    // (وكان الديوان الملكي قد أصدر أمس بيانا جاء فيه: …: a statement's noun right before `جاء فيه`, a verb of issuing
    // before it: the issuing body; forty-ninth session)
    // (and one indefinite adjective of relation between them, `وأصدرت الجامعة بيانا صحفيا جاء فيه:`; fifty-eighth
    // session, helper arread2)
    const statementNoun = cue.kind === "verb" && cue.speaker === null ? this.statementNounBefore(cue) : -1
    if (statementNoun >= 0) {
      const body = this.statementIssuer(cue, statementNoun)
      if (body !== null) return body
    }
    // جاء ذلك في البيان الذي أصدره X، وقال فيه:, بتغريدة لـX يقول فيها, ألقى X كلمة قال فيها: a verb with no subject
    // whose في and pronoun stand for a text named before it speaks for the one who issued that text (session 20)
    // (not in an aside after a comma, `تصريحات X، التي أكد فيها أن …، «…»`: the marks after it are the sentence's)
    // (and a verb of describing whose phrase after `فيه` is its object: بيانا وصفت فيه الخطة بأنها «…»; twenty-fourth
    // session)
    // (ألقى X … كلمة، جاء فيها:: a cue whose own last word is `فيها`/`فيه` reads from the document named before it as
    // well; fifty-sixth session, helper ardoc; before, the chain's last speaker)
    const fiAfter = cue.kind === "verb" && (cue.speaker === null || (cue.speaker[0] === cue.end + 1 && this.describesObject(cue))) && cue.end < this.pe && this.lex.fiPronouns.has(this.keys[cue.end]!)
    const fiOwn = cue.kind === "verb" && cue.speaker === null && cue.end - cue.at > 1 && this.lex.fiPronouns.has(this.keys[cue.end - 1]!)
    if ((fiAfter || fiOwn) && !(cue.at - 2 >= this.ps && this.lex.relativePronouns.has(this.keys[cue.at - 1]!) && this.isPunct(cue.at - 2, COMMAS))) {
      const subject = this.documentSpeaker(cue.at, cue.gender)
      if (subject !== null) return subject
    }
    // وكان لـ«Y» لقاءات مع عدد من الطلاب، بينهم X، الذي …، فقال:, وفي حديث مع X لـ«Y»، أكدت …: the person an interview
    // met speaks, not the outlet that met them (twenty-fifth session)
    if (bare) {
      const met = this.metPerson(cue.at, cue.gender)
      if (met !== null) return met
    }
    // وسأل السيناتور X، …، Y عن …. فأجاب "…", سألت Y عن … أجاب: the one an active verb of asking named as its object
    // answers, not its subject (the chain's last, the asker; session 23); read before the sentence's opening subject,
    // which is the asker's where the asking opens it (`وسأل X Y عن … فأجاب`, `وحين سألت اللجنة Y عن … أجاب "…"`;
    // twenty-fifth session)
    if (bare) {
      const asked = this.askedObject(cue.at, cue.gender) ?? this.interviewAnswerer(cue.at, cue.gender)
      if (asked !== null) return asked
    }
    // فلما سألوا أمه قالت: …, وحين سألنا والده قال: the kin a verb of asking right before the bare verb asked answers
    // (an untagged noun, so the chain gave whoever was named last; fifty-seventh session, helper arscrap2)
    if (bare) {
      const kin = this.askedKin(cue.at, cue.gender)
      if (kin !== null) return this.resolve([kin, kin + 1], cue.gender, speech)
    }
    // ما جاء على لسان المدير العام … الدكتور X في جريدة Y حيث قال ما يلي: a verb with no subject after `على لسان` and
    // the person it names, in the same sentence, is that person's (forty-first session, after the A77 reading)
    if (bare && speech) {
      const tongue = this.tongueSpeaker(cue.at, cue.gender) ?? this.tongueAfterVerb(cue.end, cue.gender)
      if (tongue !== null) return tongue
    }
    // ما كتبه الرئيس X في تغريدة …، حيث أكد أن «…»: a verb with no subject right after a comma and `حيث` goes on with
    // the clause before it, as a participle there does (twenty-seventh session)
    // (and `إذ` there: `وعبر X، مستشار …، عن الفكرة ذاتها بأسلوب مختلف، إذ قال: «…»`; fifty-fifth session, helper arshape)
    if (bare && speech && cue.at - 2 >= this.ps && (this.keys[cue.at - 1] === HAYTH || this.keys[cue.at - 1] === IDH) && this.isPunct(cue.at - 2, COMMAS)) {
      const subject = this.clauseSubject(cue.at, cue.gender, true) ?? this.solePerson(cue.at, cue.gender)
      if (subject !== null) return subject
    }
    // لكن X رئيس الجمعية، أكد لـ«Y» أن: one person named between `لكن` and the verb, a role with him (thirty-ninth session;
    // before the sentence's opening subject, `وترفض X …؛ لكن Y … أكد`)
    const butNamed = bare ? this.butPersonSubject(cue.at, cue.gender, speech) : null
    if (butNamed !== null) return butNamed
    // وقد صدر بيان عن الوزارة والمكتب يوم … يقول إن «…»: a present verb with no subject after an indefinite document
    // in its sentence describes the document; its issuer speaks (forty-third session, after the A81 reading)
    if (bare && speech) {
      const issuer = this.indefiniteDocumentIssuer(cue.at, cue.gender)
      if (issuer !== null) return issuer
    }
    // النائب العام … القاضي X، الذي يشرف على …، أكد لـ«Y» أن: a sentence that opens with its subject, the verb with no
    // subject after it (forty-third session)
    if (bare) {
      const first = this.subjectFirstPerson(this.sentenceStart(cue.at), cue.at + 1, cue.at, speech)
      if (first !== null) return first
    }
    // أصدرت الشركة بيانا قالت فيه: a verb with no subject inside a sentence that opens with its subject
    if (bare && this.opensWithSubject(cue.at)) {
      const subject = this.clauseSubject(cue.at, cue.gender, true)
      if (subject !== null) return subject
    }
    // أما البعض الآخر فيؤكد أنه «…», لكن الأسرة تساءلت: «…»: the subject stands before a verb that has none after it
    if (bare) {
      const before = this.subjectBeforeVerb(cue.at)
      if (before !== null) return this.resolve(before, cue.gender, speech)
    }
    // لكن مسؤولين أمريكيين قالوا:, إلا أن موظفا في البلدية، طلب عدم ذكر اسمه، قال:, مصدر قضائي مطلع على الملف قال لـ…: an
    // unnamed source before a verb with no subject is its subject, not the speaker quoted before (thirty-third session)
    if (bare) {
      const unnamed = this.unnamedBeforeVerb(cue.at)
      if (unnamed !== null) return this.resolve(unnamed, cue.gender, speech)
    }
    // سُئل الوزير عن الخطة فأجاب بأنه «…», وعندما سئل X عما … قال: the one a passive of asking named earlier in the
    // sentence answers (session 21)
    if (bare) {
      const asked = this.askedBefore(cue.at)
      if (asked !== null) return this.resolve(asked, cue.gender, speech)
    }
    // عبيد المرزوق يقول من جانبه: …, الحكومة المصرية تقول إن: the words that open the sentence right before a present
    // verb with no subject after it are its subject (session 21)
    if (bare) {
      const opening = this.openingSubject(cue.at, cue.gender) ?? this.demonstrativeSubject(cue.at, cue.gender)
      if (opening !== null) return this.resolve(opening, cue.gender, speech)
    }
    // أقر X، نجل الرئيس Y، بمقابلة … . ولكنه قال إن …: `لكنه`/`لكنها` opening the sentence right before a verb with
    // no subject stands for the subject of the sentence before, not for a name in its apposition nor the text's
    // first person (thirty-first session, second round)
    if (bare && speech) {
      const subject = this.butPronounSubject(cue.at, cue.gender)
      if (subject !== null) return subject
    }
    // من جانبه، أبدى رئيس الوزراء X موقفا صارما …، وقال: «…», ثم تحدث المدرب X عن … وقال: a verb with و and no subject
    // in the middle of a sentence that opens with another verb and its subject (nobody named as a speaker in it
    // before) goes on with that subject, not the speaker the chain named before it (thirty-fifth session)
    if (bare && speech && cue.kind === "verb") {
      const subject = this.ownSentenceSubject(cue)
      if (subject !== null) return subject
    }
    // وتبنت الحركة الهجوم. وقالت: …: a verb with no subject that opens its sentence, after a sentence whose subject
    // has not spoken; a verb that goes on with the last speaker's words, وأضاف, too (before the thirty-fifth session
    // it kept the chain: `وأبدى X تفاؤلا … . وأضاف: «…»` gave the words to the one quoted before X)
    // (not `يذكر أن`, the writer's formula: a present verb that is also a noun)
    // (for `وأضاف`, not after a sentence with quotation marks in it: `«… يتمتع آرسنال بمستوى مرتفع …». وتابع «…»` reads
    // the quoted words' own subject; nor for a dual, `وأضافا`, which the pairs' rule above reads)
    // (the sentence before is read once, for the test of its marks and for its subject)
    // (`وقالت أيضا إنه …` opening its sentence: `أيضا` alone after the verb names nobody, and with no subject before the
    // verb the sentence before names it; forty-second session, after the A79 reading's `مديرة فيسبوك`)
    const alsoAlone = cue.kind === "verb" && cue.speaker !== null && cue.speaker[1] - cue.speaker[0] === 1 && this.lex.alsoWords.has(this.keys[cue.speaker[0]]!)
    if ((bare || alsoAlone) && speech && !(cue.alsoNoun && cue.verb.startsWith("\u064a")) && this.sentenceStart(cue.at) === cue.at && !(cue.continues && cue.dual === true)) {
      const before = this.sentenceBefore(cue.at)
      if (!(cue.continues && this.quotedSentence(before))) {
        const subject = this.previousSubject(cue.at, cue.gender, before) ?? this.spokesmanBefore(cue.at, cue.gender) ?? this.asSaidSource(before, cue.gender, speech) ?? (before === null || this.entities.length === 0 || cue.gender === "p" ? null : this.personFirstBefore(before, cue.gender, cue.at)) ?? this.untaggedOpeningSubject(before, cue.gender) ?? this.topicPersonBefore(before, cue.gender, cue.at)
        if (subject !== null) return subject
      }
    }
    // ووصف الاتفاق أمام المجلس بأنه «…», واعتبر هذا البيان «…»: after a verb of describing, one definite word that
    // names nobody (or a demonstrative and its noun) is the object; the speaker is the one who spoke last
    if (cue.kind === "verb" && cue.speaker !== null && this.describedObject(cue)) return this.fromChain(cue.gender)
    // ووصف البيت الأبيض مقتل الوحيشي بأنه «…»: after a verb of describing, a person right after an indefinite noun
    // (the event or thing described, in construct with him) is the object's; the definite words before that noun are
    // the subject (thirtieth session)
    if (cue.kind === "verb" && cue.speaker !== null && this.describesObject(cue)) {
      const subject = this.subjectBeforeObject(cue.speaker[0], cue.speaker[1])
      if (subject !== null) return this.resolve(subject, cue.gender, speech)
    }
    // ووصفته بأنه «…» with no subject found in the sentence (or the one before): the chain's last speaker is mostly
    // someone else (a body the entity stage did not tag spoke), so none (cueBefore then asks the cue before it)
    if (cue.speaker === null && this.describesPronoun(cue)) return null
    return this.resolve(cue.speaker, cue.gender, speech)
  }

  /**
   * The unnamed commenter who speaks with the cue (fifty-first session, helper arobject, after the A98 reading: `هذا
   * أحدهم يعلق على الخبر قائلا: "…" وآخر يقول: "…"` gave both comments to the newspaper named in the paragraph before),
   * with the token he stands at: for a verb with no subject, the word right before it; for a participle, the word that
   * opens its sentence (after `هذا`/`ها`) right before a present verb in `ي`/`ت` before the participle. The word is
   * `أحدهم`/`إحداهن` anywhere, or `آخر`, `ثالث`, `رابع` glued to و or opening its sentence or a clause after
   * punctuation or `هذا` (after a noun it is an adjective: `مصدر عسكري آخر يقول`, `من جانب آخر قال`), and agrees with
   * the cue's gender (`وأخرى قال فيها "…"`, another message, is none; nor is `أخرى`, {@link SOMEONE_F}). Read on two or three tokens; else null.
   */
  private someoneSpeaker(cue: Cue): readonly [Speaker, number] | null {
    if (cue.gender !== "m" && cue.gender !== "f") return null
    let k: number
    if (cue.kind === "participle") {
      k = this.sentenceStart(cue.at)
      if (k < cue.at && this.t.kinds[k] === WORD && HADHA_HA.has(withoutConjunction(this.keys[k]!))) k++
      const v = k + 1
      if (v >= cue.at || this.t.kinds[v] !== WORD || !PRESENT_PREFIX.test(this.keys[v]!) || this.keys[v]!.length < 3) return null
    } else {
      k = cue.at - 1
      if (k < this.ps) return null
    }
    if (this.t.kinds[k] !== WORD) return null
    const key = this.keys[k]!
    const bare = withoutConjunction(key)
    if (!(cue.gender === "m" ? SOMEONE_M : SOMEONE_F).has(bare)) return null
    const opens = bare !== key || ONE_OF_THEM.has(bare) || k === this.ps || this.t.kinds[k - 1] !== WORD || HADHA_HA.has(withoutConjunction(this.keys[k - 1]!)) || this.sentenceStart(k) === k
    if (!opens) return null
    const word = this.written(k)
    const text = bare !== key ? word.slice(1) : word
    return [{ text, entityId: null, gender: cue.gender, person: true }, k]
  }

  /**
   * The person who tells the text an according phrase cites at token `k` (`التفاصيل التي يرويها «X»`; forty-seventh
   * session, helper docspk): a relative pronoun right after the noun, a verb of telling with its object pronoun
   * (the lexicon's `tellingVerbs`), an opening mark at most, then a person entity; else null. Five tokens read.
   */
  private textTeller(k: number): Entity | null {
    if (k + 3 >= this.pe || this.t.kinds[k + 1] !== WORD || !this.lex.relativePronouns.has(this.keys[k + 1]!) || !this.lex.tellingVerbs.has(this.keys[k + 2]!)) return null
    let n = k + 3
    if (this.markChar(n) !== null) n++
    const e = n < this.pe ? this.entityStartingAt(n) : null
    return e !== null && e.type === "PERSON" ? e : null
  }

  /**
   * Is `s` a man by what the document tells (forty-fourth session, helper subjects): a person entity whose roles, as the
   * entity stage read them beside its mentions, open with a masculine noun ({@link roleGender}), or, with no role, whom
   * a masculine verb put on the chain before (its first `pushed` entries, the last {@link GENDER_BACK}), and never a
   * feminine one.
   */
  private masculinePerson(s: Speaker, pushed: number): boolean {
    if (s.entityId === null || this.typeOf(s.entityId) !== "PERSON") return false
    const role = this.roleGender(s.entityId)
    if (role === "f") return false
    let male = role === "m"
    for (let i = Math.max(0, pushed - GENDER_BACK); i < pushed; i++) {
      const c = this.chain[i]!
      if (c.entityId !== s.entityId) continue
      if (c.gender === "f") return false
      if (c.gender === "m") male = true
    }
    return male
  }

  /**
   * The gender the roles of entity `id` tell (read once for the document): `f` when the first word of every role read
   * beside its mentions ends in ة (`الفنانة السورية`, `المتحدثة باسم …`), `m` when none does (`الممثل`, `المدرب`, `وزير
   * الخارجية`; not `عضو`, which a woman holds as written); null with no role, or with both.
   */
  private roleGender(id: string): Gender | null {
    if (this.rolesById === null) {
      const seen = new Map<string, Gender | null>()
      for (const e of this.entities) {
        const word = e.entityId === null || e.type !== "PERSON" ? "" : (e.role?.trim().split(/\s+/)[0] ?? "")
        if (word.length < 3 || NEUTRAL_ROLE.test(word)) continue
        const g: Gender = word.endsWith(TA_MARBUTA) ? "f" : "m"
        const before = seen.get(e.entityId!)
        seen.set(e.entityId!, before === undefined || before === g ? g : null)
      }
      this.rolesById = seen
    }
    return this.rolesById.get(id) ?? null
  }

  /**
   * The feminine subject of a feminine cue at token `at` whose speaker would have been a man (forty-fourth session,
   * helper subjects), read in the cue's sentence, else in the sentence before in its paragraph ({@link feminineOpening}:
   * `اضطرت الفنانة السورية X …، حيث غردت … قائلة`, `وكانت X قد هاجمت Y قائلة`, `لكن الجماهير هي الأخرى أظهرت …، وهتفت`,
   * `وأعلنت حركة X … . وقالت إنها`), resolved (not pushed), with the token it starts at; null when none is read or it
   * is a man again.
   */
  private feminineSubject(at: number): readonly [Speaker, number] | null {
    let s = this.sentenceStart(at)
    // (`وحالت الحرب … دون …، لكن آخر حكومة … قالت`: the clause that `لكن` opens after a comma is the cue's)
    for (let k = at - 1; k > s + 1; k--) {
      if (this.isPunct(k - 1, COMMAS) && this.lex.subjectFirstConjunctions.has(this.keys[k]!)) {
        s = k
        break
      }
    }
    let phrase = this.feminineOpening(s, at, false)
    if (phrase === null && s - 1 > this.ps) phrase = this.feminineOpening(this.sentenceStartIn(s - 2, this.ps), s - 1, true)
    if (phrase === null) return null
    const found = this.resolve(phrase, "f", false)
    return found === null || this.masculinePerson(found, this.chain.length) ? null : [found, phrase[0]]
  }

  /**
   * The words of the feminine subject that opens the sentence `[s, end)` (past a lead phrase and its comma, or an
   * opener): right after a feminine past verb ({@link feminineVerb}; `كانت` too), as {@link feminineWords} reads them,
   * or a name of one or two words between `كانت` and `قد`; or after `لكن`/`بينما`/`فيما`, with a feminine verb within
   * the three words after them. With `speech` (the sentence before the cue's), that verb must be a speech verb of the
   * lists (`أعلنت`, `أكدت`: a subject that spoke with no marks). Else null.
   */
  private feminineOpening(s: number, end: number, speech: boolean): readonly [number, number] | null {
    if (s + 1 >= end || this.t.kinds[s] !== WORD) return null
    const lex = this.lex
    let p = this.verbAfterLead(s, end)
    if (p === s) p = this.verbAfterOpener(s, end)
    if (p < 0 || p + 1 >= end || this.t.kinds[p] !== WORD) return null
    const open = withoutConjunction(this.keys[p]!, 3)
    if (lex.subjectFirstConjunctions.has(open) || lex.subjectFirstConjunctions.has(this.keys[p]!)) {
      const words = this.feminineWords(p + 1, end)
      if (words === null) return null
      for (let k = words[1]; k < Math.min(end, words[1] + 3); k++) if (this.feminineVerb(k)) return !speech || this.speechVerbAt(k) ? words : null
      return null
    }
    if (!this.feminineVerb(p) || (speech && !this.speechVerbAt(p))) return null
    const words = this.feminineWords(p + 1, end)
    if (words !== null || !lex.kanaAuxiliary.has(open)) return words
    for (let k = p + 1; k < Math.min(end, p + 4); k++) {
      if (this.t.kinds[k] !== WORD) return null
      if (this.keys[k] === QAD) return k > p + 1 ? [p + 1, k] : null
      if (this.keys[k]!.startsWith(ALEF_LAM) || this.stopLike(this.keys[k]!)) return null
    }
    return null
  }

  /**
   * A subject's words from token `a` (before `end`): a person or a body tagged there; a noun in construct and its
   * definite genitive (`حركة الشباب`); or up to five definite words (`باسم` and the one spoken for among them: `الناطقة
   * باسم الخارجية الإيرانية`), then, after a feminine noun (its first word ends in ة), the woman's name: a person
   * tagged, or one or two words with no article that are no verb, stop word or preposition's. Else null.
   */
  private feminineWords(a: number, end: number): readonly [number, number] | null {
    if (a >= end || this.t.kinds[a] !== WORD) return null
    const tokensOf = (e: Entity, k: number): readonly [number, number] => {
      return [k, this.walkPast(k + 1, end, e.end, "end")]
    }
    const e = this.entityStartingAt(a)
    if (e !== null) return e.type === "PERSON" || e.type === "ORGANIZATION" ? tokensOf(e, a) : null
    const first = this.keys[a]!
    if (this.stopLike(first)) return null
    if (!first.startsWith(ALEF_LAM)) {
      // (a noun in construct: its genitive right after it)
      const g = a + 1
      if (g >= end || this.t.kinds[g] !== WORD || this.stopLike(this.keys[g]!)) return null
      const tagged = this.entityStartingAt(g)
      if (tagged !== null) return tagged.type === "ORGANIZATION" ? [a, tokensOf(tagged, g)[1]] : null
      return this.keys[g]!.startsWith(ALEF_LAM) ? [a, g + 1] : null
    }
    let b = a + 1
    while (b < end && b - a < 5 && this.t.kinds[b] === WORD) {
      const key = this.keys[b]!
      if (key === BISM_KEY && b + 1 < end && this.t.kinds[b + 1] === WORD) {
        const spoken = this.entityStartingAt(b + 1)
        b = spoken !== null ? tokensOf(spoken, b + 1)[1] : b + 2
        continue
      }
      if (!key.startsWith(ALEF_LAM) || this.stopLike(key) || this.entityStartingAt(b) !== null) break
      b++
    }
    if (!first.endsWith(HEH_KEY) || b >= end || this.t.kinds[b] !== WORD) return [a, b]
    const name = this.entityStartingAt(b)
    if (name !== null) return name.type === "PERSON" ? tokensOf(name, b) : [a, b]
    let n = b
    while (n < end && n - b < 2 && this.t.kinds[n] === WORD && !this.keys[n]!.startsWith(ALEF_LAM) && !NOT_NAME_WORD.test(this.keys[n]!) && !this.stopLike(this.keys[n]!) && !this.feminineVerb(n)) n++
    return [a, n]
  }

  /** Is the word at token `k` a feminine verb (without its و/ف): a past one in `ت` (not `ات`), or a present one in `ت…`? */
  private feminineVerb(k: number): boolean {
    if (this.t.kinds[k] !== WORD || this.nounAt(k)) return false
    const key = withoutConjunction(this.keys[k]!, 3)
    if (key.length < 3 || key.startsWith(ALEF_LAM) || this.stopLike(key)) return false
    return (key.endsWith("\u062a") && !key.endsWith("\u0627\u062a")) || (key.startsWith("\u062a") && key.length >= 4 && !key.endsWith(HEH_KEY))
  }

  /** Is the word at token `k` a speech verb of the lists (with its و/ف or without)? */
  private speechVerbAt(k: number): boolean {
    return this.lex.verbForms.has(this.keys[k]!) || this.lex.verbForms.has(withoutConjunction(this.keys[k]!, 3))
  }

  /** A stop word, a complementizer, a clause opener or `قد` (as a key). */
  private stopLike(key: string): boolean {
    const lex = this.lex
    return key === QAD || lex.arStops.has(key) || lex.complementizers.has(key) || lex.clauseOpeners.has(key)
  }

  /**
   * The subject of a speech verb at token `at` that stands right after a complementizer with no pronoun and its noun
   * (`قال X إن Y كرر القول إنه «…»`, `وأكد أن الوزير قال له إن «…»`; thirty-first session): a person or an organisation
   * whose name runs from the word after the complementizer to the word before the verb, or one to three definite words
   * there (no entity, stop word, verb or complementizer among them, none glued to a pronoun of speech); else null.
   */
  private reportedSubject(at: number): readonly [number, number] | null {
    const lex = this.lex
    const s = this.sentenceStart(at)
    let p = at - 1
    while (p > s && at - p <= 5 && this.t.kinds[p] === WORD && !this.lex.bareComplementizers.has(this.keys[p]!)) p--
    if (p <= s - 1 || p === at - 1 || this.t.kinds[p] !== WORD || !this.lex.bareComplementizers.has(this.keys[p]!)) return null
    // (`إلا أن X قال`, `غير أن X قال`: "but", read by subjectBeforeVerb)
    if (p - 1 >= s && this.keys[p] === ANNA && this.lex.butBeforeAnna.has(withoutConjunction(this.keys[p - 1]!, 3))) return null
    const from = p + 1
    const span = this.orig(this.t.starts[from]!, this.t.ends[at - 1]!)
    const e = this.entityIn(span)
    if (e !== null) {
      // the name is the whole noun: it starts on the word after the complementizer and reaches the verb
      // (a place before a feminine verb is its government: `ولو أن أبوجا تعلن باستمرار أنه سيتم «…»`; fifty-fifth
      // session, helper arcarry3, after the A107 reading, where the speaker of the paragraph before carried on; not
      // inside a speaker's reported words, `وكان X قد أعلن أن إيران اعتبرت أن … «…»`: the reporter's)
      const verb = withoutConjunction(this.keys[at]!, 3)
      const governs = e.type === "LOCATION" && agreesWith(verb, "f") && !this.reportedBefore(p)
      if ((e.type !== "PERSON" && e.type !== "ORGANIZATION" && !governs) || e.start !== span.start || e.end < span.end) return null
      return [from, at]
    }
    // (ويضيف الكاتب أن مسؤولا أميركيا قال له: «…»: an unnamed source's noun (`unnamedSources`, in the accusative after
    // the complementizer) and up to two words of its description with no article is the subject too, not the writer
    // quoted before; fifty-sixth session, helper arcarry4, after the readers' reports)
    if (at - from <= 3 && lex.unnamedSources.has(this.keys[from]!) && !this.keys[from]!.startsWith(ALEF_LAM)) {
      for (let k = from + 1; k < at; k++) {
        const w = this.keys[k]!
        if (w.startsWith(ALEF_LAM) || lex.arStops.has(w) || lex.complementizers.has(w) || lex.verbForms.has(w) || lex.clauseOpeners.has(w)) return null
      }
      return [from, at]
    }
    if (at - from > 3 || !this.keys[from]!.startsWith(ALEF_LAM)) return null
    // (not the writer or the paper of a press review alone, `حتى إن الكاتب يعتبر أن`: their own rules read them)
    if (at - from === 1 && (lex.writerNouns.has(this.keys[from]!) || lex.outletNouns.has(this.keys[from]!))) return null
    // (nor a plural of things, `إن المعلومات تقول`: words of no one)
    if (this.keys[from]!.endsWith("\u0627\u062a")) return null
    for (let k = from; k < at; k++) {
      const w = this.keys[k]!
      if (!w.startsWith(ALEF_LAM) || lex.arStops.has(w) || lex.complementizers.has(w) || lex.verbForms.has(w) || lex.clauseOpeners.has(w)) return null
    }
    return [from, at]
  }

  /**
   * Is token `k` a noun with a possessive pronoun glued to it (`عقوباته`, `موقفها`: five letters or more, ending in
   * ه, ها or هم), no entity on it, no pronoun of a dignitary (`معاليه`) or other pronoun subject?
   */
  private ownedObject(k: number): boolean {
    if (this.t.kinds[k] !== WORD) return false
    const w = this.keys[k]!
    if (w.length < 5 || !(w.endsWith("\u0647") || w.endsWith("\u0647\u0627") || w.endsWith("\u0647\u0645"))) return false
    if (this.lex.arPronouns.has(w) || this.lex.honorifics.has(w) || this.lex.complementizers.has(w)) return false
    return this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!)) === null
  }

  /**
   * Does a speech verb, a participle or a reporting word (`قوله`, `نقل`) stand in the sentence of token `k` before it
   * (the complementizer at `k` opens reported speech; thirty-first session)?
   */
  private reportedBefore(k: number): boolean {
    const lex = this.lex
    for (let j = this.sentenceStart(k); j < k; j++) {
      if (this.t.kinds[j] !== WORD) continue
      const w = this.keys[j]!
      if (lex.verbForms.has(w) || lex.verbForms.has(withoutConjunction(w, 3)) || lex.participles.has(w) || lex.says.has(w) || lex.reportedVerbs.has(w) || lex.reportedVerbs.has(withoutConjunction(w, 3))) return true
    }
    return false
  }

  /**
   * The person or organisation named alone between two commas right before the verb of `cue` (`…، X، قالت إن`;
   * thirtieth session): the verb carries no و/ف, a word stands before the first comma (an apposition after the
   * sentence's subject, not a list's first item: nothing before the name but that subject), the words between the
   * commas are that one entity (at most five tokens), no speaker was pushed in the sentence before it, the words
   * after the verb name nobody, and its words follow within six tokens (a complementizer, a colon or a mark). Pushed onto the chain. Else null.
   * With `at` the token of `قد` before the verb (`وكان …، الجنرال X، قد قال إن`; thirty-first session, second round),
   * the commas stand before `قد`, and a person may follow one title or definite word there.
   */
  private appositionBeforeVerb(cue: Cue, at = cue.at): Speaker | null {
    if (this.entities.length === 0 || at - 4 < this.ps || !this.isPunct(at - 1, COMMAS)) return null
    const verb = this.keys[cue.at]!
    if ((verb[0] === WAW || verb[0] === FA) && this.lex.verbForms.has(withoutConjunction(verb, 3))) return null
    if (cue.speaker !== null && this.entityIn(this.orig(this.t.starts[cue.speaker[0]]!, this.t.ends[cue.speaker[1] - 1]!)) !== null) return null
    // (the verb's words follow within six tokens: a complementizer, a colon or a mark; not `بين عامي`, a preposition
    // read as the verb بيّن)
    let said = false
    for (let j = cue.at + 1; j < Math.min(this.pe, cue.at + 7) && !said; j++) said = this.isColon(j) || this.markChar(j) !== null || (this.t.kinds[j] === WORD && this.lex.complementizers.has(this.keys[j]!))
    if (!said) return null
    let c = at - 2
    while (c > at - 8 && c > this.ps && this.t.kinds[c] === WORD) c--
    if (c === at - 2 || !this.isPunct(c, COMMAS) || c - 1 < this.ps || this.t.kinds[c - 1] !== WORD) return null
    const s = this.sentenceStart(at)
    if (s >= c || this.lastPushAt >= s) return null
    const span = this.orig(this.t.starts[c + 1]!, this.t.ends[at - 2]!)
    const e = this.entityIn(span)
    if (e === null || (e.type !== "PERSON" && e.type !== "ORGANIZATION") || e.end < span.end) return null
    // (one title or definite word before the name, `، الجنرال X، قد قال`, only where `قد` stands before the verb;
    // thirty-first session, second round)
    if (e.start > span.start && (at === cue.at || e.type !== "PERSON" || this.orig(this.t.starts[c + 2]!, this.t.ends[c + 2]!).start !== e.start || !(this.lex.arTitles.has(this.keys[c + 1]!) || this.keys[c + 1]!.startsWith(ALEF_LAM)))) return null
    // (no list: the name is not followed by و and another item, and the word before the first comma is no name of
    // the same kind, `زار فرنسا، ألمانيا، قال`)
    // (a title before the name is no list's item: `… الرئيس الأمريكي X، الجنرال Y، قد قال`)
    const prev = this.entityIn(this.orig(this.t.starts[c - 1]!, this.t.ends[c - 1]!))
    if (prev !== null && prev.type === e.type && e.start <= span.start) return null
    return this.pushEntity(e, cue.gender, c + 1)
  }

  /**
   * The subject before the object of a verb of describing in its phrase `[a, b)` (thirtieth session): the phrase opens
   * with one to three definite words that name no person, then one indefinite noun (no title, no role the
   * entity stage read) in construct with a person (`البيت الأبيض مقتل الوحيشي`): those definite words; else null.
   */
  private subjectBeforeObject(a: number, b: number): readonly [number, number] | null {
    if (this.entities.length === 0) return null
    for (let k = a + 1; k < Math.min(b, a + 5); k++) {
      if (this.t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      if (key.startsWith(ALEF_LAM)) continue
      if (k === a + 1 || k + 1 >= b || this.lex.arTitles.has(key) || this.entityStartingAt(k) !== null) return null
      const e = this.entityStartingAt(k + 1)
      if (e === null || e.type !== "PERSON" || (e.role !== null && e.role !== undefined && e.role.trim() !== "")) return null
      for (let j = a; j < k; j++) if (!this.keys[j]!.startsWith(ALEF_LAM) || this.personAt(j) !== null) return null
      return [a, k]
    }
    return null
  }

  /** Is the cue an Arabic verb of describing (`objectVerbs`: `وصف`, `اعتبر`, with or without its و/ف)? */
  private describesObject(cue: Cue): boolean {
    const key = this.keys[cue.at]!
    return !cue.english && (this.lex.objectVerbs.has(key) || this.lex.objectVerbs.has(withoutConjunction(key, 3)))
  }

  /**
   * The person (else the body) named nearest before token `k` from token `c` on: the subject of a verb before its
   * object, a document noun at `k` (session 20; a method of its own since the thirty-ninth session, which reads it for
   * `فيما يلي نصه:` too). Not a person right after another (`حذر ترامب كومي في تغريدة`: the object), nor a platform
   * of an account (`كتب على حسابه في موقع تويتر رسالة`; twenty-eighth session, second round).
   */
  private issuerBetween(c: number, k: number): Entity | null {
    const from = this.orig(this.t.starts[c]!, this.t.ends[c]!).start
    const to = this.orig(this.t.starts[k]!, this.t.ends[k]!).start
    let person: Entity | null = null
    let body: Entity | null = null
    let prev: Entity | null = null
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= to) break
      if (e.start < from) continue
      const object = prev !== null && prev.type === "PERSON" && /^[\s\u00a0]*$/.test(this.text.slice(prev.end, e.start))
      if (e.type === "PERSON" && !object) person = e
      else if (e.type === "ORGANIZATION" && !this.accountPlatform(e)) body = e
      prev = e
    }
    return person ?? body
  }

  /**
   * Thirty-ninth session (cues): the issuer of a document whose text a colon-only cue announces (`فيما يلي نصه:`, its
   * last word one of the lexicon's `documentTextWords`): the nearest document noun (`speechDocuments`) within
   * {@link DOCUMENT_WINDOW} tokens before the cue in its sentence, then the person or body named right after it
   * ({@link issuerAt}: `بيان لوزارة X`; not when an entity starts at the noun, `برقية شكر` read as a name), else the
   * last person the entity stage tagged before it with words only between them, at most {@link DOCUMENT_WINDOW} tokens
   * back (`بعث الأمير X ولي العهد … برقية`), else the last body there (`أصدرت وزارة الداخلية اليوم بيانا`); not one
   * before a comma (`… إلى الملك X، وصدر عن قيادة Y بيان`: Y is no entity, the king no issuer). Pushed onto the chain.
   */
  private documentTextIssuer(cue: Cue): Speaker | null {
    // (البيان التالي:: the statement's noun is the cue's own first word; forty-ninth session)
    if (docStem(this.keys[cue.at]!, this.lex.speechDocuments) !== null) return this.statementIssuer(cue, cue.at)
    if (this.entities.length === 0) return null
    const s = this.sentenceStart(cue.at)
    let k = cue.at - 1
    let stem: string | null = null
    for (; k >= Math.max(s, cue.at - DOCUMENT_WINDOW) && stem === null; k--) if (this.t.kinds[k] === WORD) stem = docStem(this.keys[k]!, this.lex.speechDocuments)
    if (stem === null) return null
    k++
    // (برقية شكر tagged as a person: the noun read as a name names no issuer after it)
    const right = this.entityStartingAt(k) === null ? this.issuerAt(k, false, false) : null
    if (right !== null) return this.push({ ...right, gender: cue.gender }, cue.at)
    let c = k
    while (c > Math.max(s, k - DOCUMENT_WINDOW) && this.t.kinds[c - 1] !== PUNCT) c--
    if (c >= k) return null
    const found = this.issuerBetween(c, k)
    return found === null ? null : this.pushEntity(found, cue.gender, cue.at)
  }

  /**
   * Forty-ninth session (helper royal): the body that issued the statement the cue `البيان التالي:` announces, when a
   * verb of issuing (`statementIssuing`) stands before the cue in its sentence, at most {@link STATEMENT_BACK} words
   * back with no punctuation between: after `صدر` (its time words passed over) and `عن`, the words up to the cue or a
   * time word (`صدر اليوم عن الديوان الملكي البيان التالي :-`); after `أصدر`/`أصدرت`, its subject after it (`أصدر
   * المجلس البيان التالي:`) or, with none, before it past `قد` (`وكان الديوان الملكي قد أصدر أمس البيان التالي:`).
   * A person or an organisation the entity stage tagged at the body's first word is read as such; else the words
   * ({@link statementBodyAt}). Pushed onto the chain. Null with no such verb or no body: the statement has no issuer
   * the text makes clear (`ونشرت الصحيفة البيان التالي:`).
   */
  private statementIssuer(cue: Cue, noun: number): Speaker | null {
    const t = this.t
    const lo = Math.max(this.sentenceStart(noun), noun - STATEMENT_BACK)
    for (let v = noun - 1; v >= lo; v--) {
      if (t.kinds[v] !== WORD) return null
      const key = withoutConjunction(this.keys[v]!)
      if (!this.lex.statementIssuing.has(key)) continue
      let j = v + 1
      while (j < noun && this.statementTime(j)) j++
      let body: Speaker | null
      if (key === SADARA) body = j + 1 < noun && this.keys[j] === AN ? this.statementBodyAt(j + 1, noun) : null
      else {
        body = this.statementBodyAt(j, noun)
        if (body === null) {
          // (وكان الديوان الملكي قد أصدر: the subject before the verb, after its opener)
          let e = v
          while (e > lo && t.kinds[e - 1] === WORD && this.keys[e - 1] === QAD) e--
          let a = e
          while (a > lo && e - a < STATEMENT_BODY_WORDS && t.kinds[a - 1] === WORD && this.keys[a - 1]!.startsWith(ALEF_LAM)) a--
          body = a < e ? this.statementBodyAt(a, e) : null
        }
      }
      return body === null ? null : this.push({ ...body, gender: cue.gender }, cue.at)
    }
    return null
  }

  /**
   * The indefinite statement's noun (`بيانا`, `بيان`) right before the colon-only cue `جاء فيه:` (forty-ninth session:
   * `وصدر عن الديوان الملكي أمس بيان جاء فيه:`, `أصدر X بيانا جاء فيه:`), or before one indefinite adjective of relation
   * right before it (`بيانا صحفيا`, `بيانا رسميا`; fifty-eighth session, helper arread2, after the A112 reading): its
   * index, else -1.
   */
  private statementNounBefore(cue: Cue): number {
    const k = cue.at - 1
    if (this.statementNounAt(k)) return k
    if (k < this.ps || this.t.kinds[k] !== WORD || this.keys[k]!.startsWith(ALEF_LAM) || !isNisbaKey(this.keys[k]!, "any")) return -1
    return this.statementNounAt(k - 1) ? k - 1 : -1
  }

  /**
   * Is token `k` of the paragraph an indefinite noun of a statement ({@link statementNounBefore}; a method, not a
   * closure made per cue: fifty-ninth session)?
   */
  private statementNounAt(k: number): boolean {
    return k >= this.ps && this.t.kinds[k] === WORD && !this.keys[k]!.startsWith(ALEF_LAM) && docStem(this.keys[k]!, this.lex.speechDocuments) === STATEMENT_STEM
  }

  /**
   * Is token `j` a time word between a verb of issuing and its body or the cue (`اليوم`, `أمس`, `الأحد`, `قد`:
   * `statementTimes`, `timeNouns` and the days of `agencyStops` in the lexicon)?
   */
  private statementTime(j: number): boolean {
    if (this.t.kinds[j] !== WORD) return false
    const key = this.keys[j]!
    return this.lex.statementTimes.has(key) || this.lex.timeNouns.has(key) || this.lex.agencyStops.has(key)
  }

  /**
   * The issuing body named by the words from token `a` before `b` (forty-ninth session): a person or an organisation
   * the entity stage tagged at `a`, else the words up to `b` or a time word ({@link statementTime}), one to
   * {@link STATEMENT_BODY_WORDS}, the first definite (`الديوان الملكي`) or in construct with a definite one (`قيادة
   * القوات المشتركة`), read as a speaker's phrase is (not pushed); else null.
   */
  private statementBodyAt(a: number, b: number): Speaker | null {
    const t = this.t
    if (a >= b || t.kinds[a] !== WORD) return null
    const tagged = this.entityStartingAt(a)
    if (tagged !== null) return tagged.type === "PERSON" || tagged.type === "ORGANIZATION" ? entitySpeaker(tagged) : null
    let e = a
    while (e < b && e - a < STATEMENT_BODY_WORDS && t.kinds[e] === WORD && !this.statementTime(e) && !this.lex.arStops.has(this.keys[e]!)) e++
    if (e === a || (e < b && !this.statementTime(e))) return null
    const first = this.keys[a]!
    if (docStem(first, this.lex.documentNouns) !== null) return null
    if (!(first.startsWith(ALEF_LAM) || (e > a + 1 && this.constructNoun(first) && this.keys[a + 1]!.startsWith(ALEF_LAM)))) return null
    return this.resolve([a, e], null, false)
  }

  /**
   * The untagged subject of a verb of delivering (`deliveryVerbs`: `ألقى`, `ألقت`) before an indefinite speech at
   * token `k` (fifty-fifth session, helper arfiha: `كما ألقى وزير الزراعة كلمة قال فيها`): the verb at most six
   * words back in the clause, the one to five words between it and the noun read as a speaker phrase, none a stop
   * word, a complementizer or a verb (not `ألقى … خلال الاستقبال كلمة`); null otherwise.
   */
  private deliverySubject(k: number): Speaker | null {
    const lex = this.lex
    const c = this.clauseStart(k)
    // (the scan stops at five words between the verb and the noun: a verb further back has too long a phrase)
    for (let v = k - 2; v >= Math.max(c, k - 6); v--) {
      if (this.t.kinds[v] !== WORD) return null
      const w = this.keys[v]!
      if (!lex.deliveryVerbs.has(withoutConjunction(w, 3))) continue
      for (let j = v + 1; j < k; j++) {
        const x = this.keys[j]!
        if (this.t.kinds[j] !== WORD || lex.arStops.has(x) || lex.complementizers.has(x) || lex.verbForms.has(x) || lex.qadWords.has(x)) return null
      }
      const named = this.resolve([v + 1, k], null, false)
      return named === null ? null : { ...named, person: true }
    }
    return null
  }

  /**
   * The author of the writings named at token `k` (`writingsNouns`: `أطروحات`, `مؤلفات`), for a verb at `at` that reads
   * from them with `فيها`/`فيه` (sixty-second session, helper arquote19: `… بطريقة تشبه الصخب الذي تحدثه أطروحات
   * العملاق بيير بورديو عامة، …، ويعتبر فيها أنه «…»` gave the words to the subject of the main clause): a person the
   * entity stage tagged, starting within {@link AUTHOR_WORDS} words after the noun (a title or a role before the name,
   * `عالم الاجتماع`, no stop word or complementizer among them), and no other person between the name and the verb.
   * Else null. The author is not pushed onto the chain ({@link documentSpeaker}): the text's own speaker goes on after.
   */
  private writingsAuthor(k: number, at: number): Entity | null {
    for (let j = k + 1; j < Math.min(at, k + 1 + AUTHOR_WORDS); j++) {
      if (this.t.kinds[j] !== WORD) return null
      const e = this.entityStartingAt(j)
      if (e !== null) {
        if (e.type !== "PERSON") return null
        const to = this.orig(this.t.starts[at]!, this.t.ends[at]!).start
        for (let i = this.firstEntityFrom(e.end); i < this.entities.length && this.entities[i]!.start < to; i++) if (this.entities[i]!.type === "PERSON" && this.entities[i]!.entityId !== e.entityId) return null
        return e
      }
      if (this.lex.arStops.has(this.keys[j]!) || this.lex.complementizers.has(this.keys[j]!)) return null
    }
    return null
  }

  /**
   * The one a document at token `k` is from, named right after it and before the verb at `at` (fifty-fifth session,
   * helper arfiha): `من` and a person or an organisation the entity stage tagged (`تغريدة من الفنانة X قالت فيها`,
   * `رسالة من وزارة X`), or, after an interview (`interviewNouns`: `مقابلة`, `حوار`), `مع` and a person, the one
   * interviewed (`أجرى مراسل التلفزيون مقابلة مع X … قال فيها`: not the outlet); up to two definite words or titles
   * between the preposition and the name (`الفنانة`). Null otherwise: the rules after this one read the noun's clause.
   */
  private senderAfter(k: number, at: number): Speaker | null {
    const lex = this.lex
    if (k + 2 >= at || this.t.kinds[k + 1] !== WORD) return null
    const link = this.keys[k + 1]!
    const withWord = link === MA3
    if (!(link === MIN || (withWord && docStem(this.keys[k]!, lex.interviewNouns) !== null))) return null
    const plain = (w: string): boolean => !w.startsWith(ALEF_LAM) && !lex.arStops.has(w) && !lex.complementizers.has(w) && !lex.verbForms.has(w) && !lex.says.has(w)
    for (let j = k + 2; j < Math.min(at, k + 5); j++) {
      if (this.t.kinds[j] !== WORD) return null
      const e = this.entityStartingAt(j)
      if (e !== null) return e.type === "PERSON" || (!withWord && e.type === "ORGANIZATION") ? entitySpeaker(e) : null
      const w = this.keys[j]!
      // تغريدة من الفنانة أصالة: a title and a name the entity stage left untagged (one or two words up to the verb or
      // a punctuation mark), read as a speaker phrase
      if ((lex.arTitles.has(w) || lex.definitePersonNouns.has(w)) && j + 1 < at && this.t.kinds[j + 1] === WORD && this.entityStartingAt(j + 1) === null && plain(this.keys[j + 1]!)) {
        let e2 = j + 2
        if (e2 < at && this.t.kinds[e2] === WORD && this.entityStartingAt(e2) === null && plain(this.keys[e2]!)) e2++
        if (e2 !== at && this.t.kinds[e2] === WORD) return null
        const named = this.resolve([k + 2, e2], null, false)
        return named === null ? null : { ...named, person: true }
      }
      if (!(w.startsWith(ALEF_LAM) || lex.arTitles.has(w)) || lex.arStops.has(w) || lex.complementizers.has(w)) return null
    }
    return null
  }


  /**
   * The token of the nearest document noun (`speechDocuments`) before the verb at `at` in its sentence from `s`, or -1
   * (fifty-sixth session, helper ardoc): within {@link DOCUMENT_WINDOW} tokens as before, and past them through the
   * clause the verb closes (`أجرى مراسل التلفزيون مقابلة مع X الذي لم يظهر وجهه، بل كان …، قال فيها`) up to the
   * sentence's start, a mark, a colon or another verb of saying (`verbForms`), where the clause of another speech
   * begins.
   */
  private documentNounBefore(at: number, s: number): number {
    const stems = this.lex.speechDocuments
    // (a verb of saying, a mark or a colon seen inside the window still ends the clause for the words past it)
    let ended = false
    for (let k = at - 1; k >= s; k--) {
      if (k < at - DOCUMENT_WINDOW && ended) return -1
      if (this.t.kinds[k] === WORD) {
        if (docStem(this.keys[k]!, stems) !== null) return k
        if (this.lex.verbForms.has(this.keys[k]!) || this.lex.verbForms.has(withoutConjunction(this.keys[k]!, 3))) ended = true
      } else if (this.markChar(k) !== null || this.isColon(k)) ended = true
    }
    return -1
  }

  /**
   * The issuer of the text a verb at `at` reads from with `فيه`/`فيها` (session 20): the nearest document noun
   * (`speechDocuments`) within {@link DOCUMENT_WINDOW} tokens before the verb in its sentence, then the person or body
   * named right after it ({@link issuerAt}: `تغريدة للغفيلي`, `البيان الذي أصدره X`), else, for a noun after a
   * preposition (`بكلمة مديرة النادي X`, `بتصريح منسوب لـX`), the first person between it and the verb, else the
   * person (or, with none, the organisation) named nearest before it in its clause (`وأصدر مجلس X بيانا`, `ألقى رئيس …
   * X كلمة`), else for an object noun the first person after it; pushed onto the chain. Null when no noun or no name,
   * and for a noun with a possessive pronoun (`تصريحاته`: the possessor's, left to the rules after this one).
   */
  private documentSpeaker(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0) return null
    const s = this.sentenceStart(at)
    const stems = this.lex.speechDocuments
    const k = this.documentNounBefore(at, s)
    if (k < 0) return null
    const stem = docStem(this.keys[k]!, stems)!
    const right = this.issuerAt(k, false, false)
    if (right !== null) return this.push({ ...right, gender }, at)
    const sender = this.senderAfter(k, at)
    if (sender !== null) return this.push({ ...sender, gender }, at)
    // (not pushed: the writings are an aside, and a later verb with no subject goes on with the text's own speaker, as
    // after a participle of citing)
    const author = this.lex.writingsNouns.has(stem) ? this.writingsAuthor(k, at) : null
    if (author !== null) return entitySpeaker(author, gender)
    // تصريحاته التي أكد فيها, بيانها: a noun with a possessive pronoun is its possessor's, whom the pronoun names (not read here)
    const word = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    if (/\u0647(?:\u0627|\u0645|\u0645\u0627)?$/.test(this.text.slice(word.start, word.end))) return null
    // a noun after a preposition (بتصريح، بكلمة، إلى خطاب): its issuer named after it; an object noun (بيانا): its clause's subject
    const key = this.keys[k]!
    const glued = key.indexOf(stem) > 0 && !key.startsWith(ALEF_LAM)
    const prep = glued || (k > s && this.t.kinds[k - 1] === WORD && this.lex.arStops.has(this.keys[k - 1]!))
    // the first person named between the noun and the verb, before any complementizer (في بيان لها أن … X: the
    // content's person, not the issuer)
    const after = (): Entity | null => {
      let stop = at
      for (let j = k + 1; j < at; j++) {
        if (this.t.kinds[j] === WORD && this.lex.complementizers.has(this.keys[j]!)) {
          stop = j
          break
        }
      }
      if (stop <= k + 1) return null
      const from = this.orig(this.t.starts[k + 1]!, this.t.ends[k + 1]!).start
      const to = this.orig(this.t.starts[stop]!, this.t.ends[stop]!).start
      for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
        const e = this.entities[i]!
        if (e.start >= to) break
        if (e.type === "PERSON") return e
      }
      return null
    }
    // the person (else the body) named nearest before the noun in its clause: the verb's subject before its object
    const before = (): Entity | null => {
      const c = Math.max(this.clauseStart(k), k - DOCUMENT_WINDOW)
      return c >= k ? null : this.issuerBetween(c, k)
    }
    // (a noun after a preposition found past DOCUMENT_WINDOW, `بعث X برسالة لزعيم … Y - الذي … - قال فيها`: a person
    // who is the clause's subject first, the long words between the noun and the verb may name its addressee; a body
    // there, `نشرت قناة X تقريرا من خلال مقابلة … مع …، Y يقول فيها`, only after them; fifty-sixth session, helper ardoc)
    const far = prep && k < at - DOCUMENT_WINDOW ? before() : null
    const e = far !== null && far.type === "PERSON" ? far : prep ? (after() ?? before()) : (before() ?? after())
    // فقد كتب تغريدة … يقول فيها: an indefinite object noun right after the verb that opens its clause (`قد` allowed:
    // the verb has no subject) is the text of that verb's unnamed subject, the person the chain holds (never the noun
    // itself; session 20, second round)
    if (e === null) {
      if (prep || key.startsWith(ALEF_LAM)) return null
      const delivered = this.deliverySubject(k)
      if (delivered !== null) return this.push({ ...delivered, gender }, at)
      const c = this.clauseStart(k)
      if (!(k - c === 1 || (k - c === 2 && this.lex.qadWords.has(this.keys[c]!)))) return null
      const held = this.fromChain(gender, true)
      return held !== null && held.person ? this.push({ ...held, gender }, at) : null
    }
    return this.pushEntity(e, gender, at)
  }

  /**
   * The topic after `أما` at token `k` as the subject of the verb at `end` (twenty-ninth session): with the verb's `ف`,
   * the words between them (not `أما عن …`, `أما في …`); without it (`أما كريم 32 عاما قال :`, `أما المستشار في مركز
   * X قال`), a person phrase of at most six words: one that holds a person the entity stage tagged, a definite phrase of
   * two words or more, or one word that no article opens (a name), with no complementizer, clause opener, verb, `قد`,
   * `إذ` or word with `ف` in it. An age right before the verb (a number and a noun of years, `ageWords` of the entity lexicon name-cues.json: `32 عاما`) is cut
   * off: the name is the subject. Null otherwise.
   */
  protected ammaTopic(k: number, end: number, fa: boolean): readonly [number, number] | null {
    const lex = this.lex
    const first = this.keys[k + 1]!
    if (k + 1 >= end || this.t.kinds[k + 1] !== WORD || lex.arStops.has(first) || lex.clauseOpeners.has(first)) return null
    // the age after a name: a number, then its noun (عاما, سنة), up to the verb
    let cut = end
    for (let j = k + 2; j < end; j++) {
      if (this.t.kinds[j] !== NUM) continue
      if (j + 1 < end && isAgeWord(this.keys[j + 1]!) && j + 2 === end) cut = j
      else return null
    }
    if (fa) return [k + 1, cut]
    // (without `ف`: no clause inside the topic, `أما الثاني فيتناول …`, `أما X فقد`, `… إذ قالت`: a word with `ف` that
    // no person covers, a clause opener, a complementizer or a verb; at most six words)
    if (cut - k - 1 > 6) return null
    for (let j = k + 1; j < cut; j++) {
      const w = this.keys[j]!
      if (lex.complementizers.has(w) || lex.clauseOpeners.has(w) || lex.verbForms.has(w) || lex.verbForms.has(withoutConjunction(w, 3)) || lex.says.has(w) || this.lex.qadWords.has(w) || w === IDH) return null
      if (j > k + 1 && w.length > 3 && w[0] === FA && this.entityIn(this.orig(this.t.starts[j]!, this.t.ends[j]!)) === null) return null
    }
    // (a tagged person, a definite phrase of two words or more, or one word that no article opens, a name: not `أما
    // معمم عراقي معروف يقول`, an unnamed figure, no speaker for the chain to carry, nor `أما الآن قال`, a time)
    const definite = first.startsWith(ALEF_LAM)
    return this.hasPerson([k + 1, cut]) || (definite ? cut > k + 2 : cut === k + 2) ? [k + 1, cut] : null
  }

  /**
   * Does the word at token `k` open a clause whose subject stands before its verb: `لكن`/`بينما`/`فيما`
   * (`subjectFirstConjunctions`), or `أن` right after `غير`/`إلا` (`butBeforeAnna`: `غير أن الوزارة تقول`), with `s`
   * the sentence's start?
   */
  protected opensButClause(k: number, s: number): boolean {
    const key = this.keys[k]!
    return this.lex.subjectFirstConjunctions.has(key) || (key === ANNA && k - 1 >= s && this.lex.butBeforeAnna.has(withoutConjunction(this.keys[k - 1]!, 3)))
  }

  /**
   * The subject that stands before the verb at token `at` (a verb with no subject after it): the words between `أما`
   * and a verb that carries `ف` (`أما الباحث في المركز X فيقول:`, a comma before the verb allowed; not `أما عن …`,
   * `أما في …`: a topic, not a subject), or one to four words between `لكن`/`ولكن`/`بينما`/`فيما` (or `إلا أن`,
   * `غير أن`) and the verb, the
   * first definite or a name, none a preposition or a complementizer (`لكن السلطات المصرية تقول:`); else null.
   */
  protected subjectBeforeVerb(at: number, ammaOnly = false): readonly [number, number] | null {
    const s = this.sentenceStart(at)
    if (at - s < 2) return null
    let fa = this.keys[at]!.length > 3 && this.keys[at]![0] === FA
    let end = at
    // أما رئيس الوزراء الياباني، فقد صرح بأن: `فقد` right before the verb carries its `ف` (forty-first session)
    if (!fa && at - 2 > s && this.keys[at - 1] === FA_QAD) {
      fa = true
      end = at - 1
    }
    if (fa && this.isPunct(end - 1, COMMAS)) end--
    // أما السيدة X من مصر وبصحبة أطفالها إذ قالت:: `إذ` right before the verb stands where its `ف` would, the topic
    // after `أما` ends there (thirty-first session, second round)
    else if (!fa && !ammaOnly && at - 2 > s && this.keys[at - 1] === IDH) {
      fa = true
      end = at - 1
    }
    // (an aside between two commas right before the verb's `ف`, opening with `وهو`/`وهي` or a relative pronoun: أما X،
    // وهو أحد من شملهم الاعتقال، فقال:; the topic ends before it; fifty-fifth session, helper arshape)
    if (fa && end < at) {
      const aside = this.asideBefore(end, s)
      if (aside >= 0) end = aside
    }
    // (أما جدتها (68 سنة) التي تعيش معها منذ سنوات، فتقول:: a relative clause after the topic, with no comma before it,
    // describes the topic and ends it; an age in parentheses right after the topic is no word of it either: the topic
    // is `جدتها`, not the person quoted before; fifty-sixth session, helper arcarry4)
    if (fa) {
      const relative = this.ammaRelative(end, s)
      if (relative >= 0) end = relative
      const age = this.ageInParentheses(end, s)
      if (age >= 0) end = age
    }
    const lex = this.lex
    let aged = false
    // (one comma inside a topic with `ف`, its apposition: أما X، عضو المكتب التنفيذي للهيئة، فقال إن; the window
    // widened by four words for it; forty-first session)
    let comma = -1
    for (let k = end - 1; k >= Math.max(s, end - 9 - (fa ? 4 : 0)); k--) {
      // (an age after the name is a number: أما شريف 30 عاما فقال; twenty-ninth session)
      if (this.t.kinds[k] === NUM) {
        aged = true
        continue
      }
      if (fa && comma < 0 && end < at && k > s && this.isPunct(k, COMMAS)) {
        comma = k
        continue
      }
      if (this.t.kinds[k] !== WORD || (comma < 0 && end - k > 9)) return null
      const key = this.keys[k]!
      // (the topic is the words before that comma, a name the entity stage may have left untagged, unless a person
      // is tagged only in the apposition, `أما عضو المكتب، X، فقال`)
      if (this.lex.amma.has(key)) return this.ammaTopic(k, comma < 0 || (this.hasPerson([comma + 1, end]) && !this.hasPerson([k + 1, comma])) ? end : comma, fa)
      if (ammaOnly) continue
      // إلا أن المصدر الطبي قال:, غير أن الوزارة تقول: "but", as لكن
      if (this.opensButClause(k, s)) {
        // (لكن سكانا تحدثوا مع رويترز هاتفيا قالوا:: an accusative noun and a plural verb that describes it; fifty-fifth
        // session, helper arcarry3, after the A107 reading)
        if (!fa && !aged && end === at && this.accusativeClause(k, at)) return [k + 1, k + 2]
        if (fa || aged || end !== at || at - k - 1 > 4 || k + 1 >= at) return null
        const first = this.keys[k + 1]!
        if (!first.startsWith(ALEF_LAM) && this.entityStartingAt(k + 1) === null && !this.accusativeSubject(k, at)) return null
        for (let j = k + 1; j < at; j++) if (lex.arStops.has(this.keys[j]!) || lex.complementizers.has(this.keys[j]!) || lex.verbForms.has(this.keys[j]!)) return null
        return [k + 1, at]
      }
      if (lex.complementizers.has(key) || lex.verbForms.has(key) || lex.verbForms.has(withoutConjunction(key, 3))) return null
    }
    return null
  }

  /**
   * The relative pronoun that ends the topic of `أما` before a verb's `ف` at token `end` (fifty-sixth session, helper
   * arcarry4): `أما` within {@link AMMA_RELATIVE_BACK} tokens back, in the sentence that starts at `s`, then one to
   * {@link AMMA_RELATIVE_WORDS} words (an age in parentheses among them) and a relative pronoun (`relativesWithWaw`:
   * `التي`, `والذي`), not one a verb of naming follows (`التي تدعى X` names her). No colon or mark between. Else -1.
   */
  protected ammaRelative(end: number, s: number): number {
    let amma = -1
    for (let k = end - 1; k >= s && k >= end - AMMA_RELATIVE_BACK; k--) {
      if (this.t.kinds[k] === PUNCT && (this.isColon(k) || this.markChar(k) !== null)) return -1
      if (this.t.kinds[k] === WORD && this.lex.amma.has(this.keys[k]!)) {
        amma = k
        break
      }
    }
    if (amma < 0) return -1
    for (let j = amma + 2; j < end && j - amma - 1 <= AMMA_RELATIVE_WORDS; j++) {
      if (this.t.kinds[j] === WORD && this.lex.relativesWithWaw.has(this.keys[j]!)) return j + 1 < end && this.t.kinds[j + 1] === WORD && this.lex.calledVerbs.has(this.keys[j + 1]!) ? -1 : j
      if (this.t.kinds[j] !== WORD && this.t.kinds[j] !== NUM && !this.isPunct(j, PARENTHESES)) return -1
    }
    return -1
  }

  /**
   * The `(` of an age in parentheses right before token `end` (`أما جدتها (68 سنة) فتقول`; fifty-sixth session, helper
   * arcarry4): at most {@link AGE_PARENTHESES} tokens inside, a number among them and no entity (`أما الشاعر ( X )
   * فقال` keeps its name), after the sentence's first two tokens. Else -1.
   */
  protected ageInParentheses(end: number, s: number): number {
    if (end - 1 <= s + 2 || !this.isPunct(end - 1, PARENTHESES) || this.keys[end - 1] !== ")") return -1
    let number = false
    for (let k = end - 2; k > s + 1 && k >= end - 2 - AGE_PARENTHESES; k--) {
      if (this.t.kinds[k] === NUM) number = true
      else if (this.isPunct(k, PARENTHESES)) return this.keys[k] === "(" && number && !this.hasPerson([k + 1, end - 1]) ? k : -1
      else if (this.t.kinds[k] !== WORD) return -1
    }
    return -1
  }

  /**
   * The comma that opens an aside ending at token `end` (a comma there): words and numbers alone back to a comma that
   * `وهو`/`وهي`/`وهم`/`وهما` (`appositionPronouns`) or a relative pronoun (`الذي`, `والتي`) follows, within
   * {@link ASIDE_TOKENS} tokens and after the sentence's first two tokens (fifty-fifth session, helper arshape:
   * `أما X، وهو أحد من شملهم الاعتقال، فقال:`). Else -1.
   */
  protected asideBefore(end: number, s: number): number {
    for (let k = end - 1; k > s + 1 && k >= end - ASIDE_TOKENS; k--) {
      if (this.t.kinds[k] === WORD || this.t.kinds[k] === NUM) continue
      if (!this.isPunct(k, COMMAS) || k + 2 >= end || this.t.kinds[k + 1] !== WORD) return -1
      const opener = this.keys[k + 1]!
      return this.lex.appositionPronouns.has(opener) || this.lex.relativePronouns.has(opener) || this.lex.relativePronouns.has(withoutConjunction(opener, 3)) ? k : -1
    }
    return -1
  }

  /**
   * The person `على لسان` names before the verb at token `at` in its sentence (forty-first session, after the A77
   * reading: `ما جاء على لسان المدير العام … الدكتور X في جريدة Y حيث قال ما يلي:`): `على لسان` within {@link
   * TONGUE_BACK} tokens before the verb, and the first person tagged within twelve tokens after it, before the verb and
   * with no colon or mark between; pushed. Else null.
   */
  private tongueSpeaker(at: number, gender: Gender | null): Speaker | null {
    const s = this.sentenceStart(at)
    for (let k = at - 1; k > s && k >= at - TONGUE_BACK; k--) {
      if (this.t.kinds[k] !== WORD || this.keys[k] !== LISAN || this.keys[k - 1] !== ALA) continue
      for (let j = k + 1; j < Math.min(at, k + 13); j++) {
        if (this.t.kinds[j] === PUNCT && (this.isColon(j) || this.markChar(j) !== null)) return null
        const e = this.personAt(j)
        if (e !== null) return this.pushEntity(e, gender, k)
      }
      return null
    }
    return null
  }

  /**
   * The person `على لسان` names right after the verb ending before token `k`, one word allowed between (a time word:
   * `حيث أكدت الاثنين على لسان المتحدثة باسم الحكومة X أن`; forty-second session): the first person tagged within twelve
   * tokens after `لسان`, with no colon or mark between; pushed. Else null.
   */
  private tongueAfterVerb(k: number, gender: Gender | null): Speaker | null {
    let a = k
    if (a + 2 < this.pe && this.t.kinds[a] === WORD && this.keys[a] !== ALA && this.keys[a + 1] === ALA && this.entityStartingAt(a) === null && !this.lex.complementizers.has(this.keys[a]!)) a++
    if (a + 1 >= this.pe || this.t.kinds[a] !== WORD || this.keys[a] !== ALA || this.keys[a + 1] !== LISAN) return null
    for (let j = a + 2; j < Math.min(this.pe, a + 14); j++) {
      if (this.t.kinds[j] === PUNCT && (this.isColon(j) || this.markChar(j) !== null)) return null
      const e = this.personAt(j)
      if (e !== null) return this.pushEntity(e, gender, a)
    }
    return null
  }

  /**
   * The person `على لسان` names after a subject phrase ending before token `k` (fifty-second session, helper arreport):
   * `على لسان` right after the phrase, or after a comma and at most one word and a comma (`، الخميس،`), then the first
   * person tagged within twelve tokens after `لسان`, with no colon, mark or complementizer between (a person named in
   * the words reported is none); pushed. Else null.
   */
  private tongueAfterSubject(k: number, gender: Gender | null): Speaker | null {
    let a = k
    if (a < this.pe && this.isPunct(a, COMMAS)) {
      a++
      if (a + 1 < this.pe && this.t.kinds[a] === WORD && this.keys[a] !== ALA && this.isPunct(a + 1, COMMAS) && this.entityStartingAt(a) === null) a += 2
    }
    if (a + 1 >= this.pe || this.t.kinds[a] !== WORD || this.keys[a] !== ALA || this.keys[a + 1] !== LISAN) return null
    for (let j = a + 2; j < Math.min(this.pe, a + 14); j++) {
      if (this.t.kinds[j] === PUNCT && (this.isColon(j) || this.markChar(j) !== null)) return null
      // (a complementizer opens the words reported; a word glued to ل names the one addressed, `يقول X على لسان Y
      // لصديقه Z:`, or the one a role serves, `على لسان المتحدث باسم المكتب الإعلامي لرئيس الوزراء X`)
      const e = this.personAt(j)
      if (e !== null) return this.pushEntity(e, gender, a)
      if (this.t.kinds[j] === WORD && (this.lex.complementizers.has(this.keys[j]!) || (this.keys[j]!.startsWith("\u0644") && !this.keys[j]!.startsWith(ALEF_LAM)))) return null
    }
    return null
  }

  /**
   * An unnamed spokesman's phrase right after `لكن` (`subjectFirstConjunctions`, or `إلا أن`, `غير أن`) and before the
   * verb at token `at` (forty-first session, after the A76 reading: `لكن متحدثا باسم رئيس ملف المدينة قال لبي بي سي
   * إن`): a spokesman's noun in any case (`متحدثا`) and `باسم` open it, then at most ten words, none a complementizer, a
   * verb, a stop word or a person's name, no punctuation. The phrase as the speaker, with no entity; else null.
   */
  private butSpokesman(at: number, gender: Gender | null): Speaker | null {
    const s = this.sentenceStart(at)
    for (let k = at - 1; k >= s && k >= at - 13; k--) {
      if (this.t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      if (this.opensButClause(k, s)) {
        if (k + 3 > at || this.keys[k + 2] !== BISM_KEY) return null
        const o = this.orig(this.t.starts[k + 1]!, this.t.ends[k + 1]!)
        if (!SPOKESMAN_ANY_CASE.test(this.text.slice(o.start, o.end))) return null
        for (let j = k + 3; j < at; j++) if (this.lex.arStops.has(this.keys[j]!) || this.personAt(j) !== null) return null
        // (the noun in the nominative, as a speaker is named: `متحدث باسم …`)
        const noun = this.text.slice(o.start, o.end).replace(/(?:\u0627\u064b?|\u064b\u0627)$/, "")
        const e = this.orig(this.t.starts[at - 1]!, this.t.ends[at - 1]!)
        return { text: noun + this.text.slice(o.end, e.end), entityId: null, gender, person: true }
      }
      if (this.lex.complementizers.has(key) || this.lex.verbForms.has(key) || this.lex.verbForms.has(withoutConjunction(key, 3))) return null
    }
    return null
  }

  /**
   * The document a participle's sentence opens with as the subject of its verb, right before the marks the participle
   * follows (`وأدان البيان «…»، مشيرا إلى …`; thirty-ninth session, after the A72 reading, where a name inside the
   * marks or the chain's last speaker took the words; read before the clause's named subject): a verb with `و`/`ف`
   * that opens the sentence, a definite document noun (`documentNouns`) and an opening mark; the document read as a
   * speaker phrase (its issuer, else its noun), pushed. Else null.
   */
  private documentBeforeMarks(at: number, gender: Gender | null): Speaker | null {
    const s = this.sentenceStart(at)
    if (s + 3 >= at || this.t.kinds[s] !== WORD || this.t.kinds[s + 1] !== WORD || this.markChar(s + 2) === null) return null
    const verb = this.keys[s]!
    const doc = this.keys[s + 1]!
    if (verb.length < 4 || (verb[0] !== "\u0648" && verb[0] !== FA) || verb.startsWith("\u0648\u0627\u0644") || this.lex.clauseOpeners.has(verb) || this.lex.arStops.has(verb)) return null
    if (!doc.startsWith(ALEF_LAM) || docStem(doc, this.lex.documentNouns) === null) return null
    return this.resolve([s + 1, s + 2], gender, true)
  }

  /**
   * The person named between `لكن`/`ولكن`, `بينما`/`فيما` or `إلا أن`/`غير أن` and a verb at token `at` with no
   * subject after it, a role before or after the name (thirty-ninth session, after the corpus's `لكن X رئيس الجمعية
   * الشرعية، أكد لـ«…» أن`, `لكن وزير … السابق القاضي X أكد`, whose words went to the speaker quoted before): at most
   * {@link BUT_SUBJECT_WORDS} tokens, words and commas only, one person entity among them and no other entity, no
   * verb, complementizer, relative or stop word, and no spokesman's noun or `باسم` before the name (`لكن متحدثا باسم
   * رئيس ملف X قال`: the spokesman speaks, not X); the person (pushed for `speech`); else null.
   */
  private butPersonSubject(at: number, gender: Gender | null, speech: boolean): Speaker | null {
    const s = this.sentenceStart(at)
    const lex = this.lex
    let person: Entity | null = null
    for (let k = at - 1; k >= Math.max(s, at - BUT_SUBJECT_WORDS - 1); k--) {
      if (this.t.kinds[k] === PUNCT && COMMAS.has(this.keys[k]!)) continue
      if (this.t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      const opens = this.opensButClause(k, s)
      if (opens) {
        if (person === null || k + 1 >= at || this.t.kinds[k + 1] !== WORD) return null
        // (the phrase opens with the name or a role before it, never with a comma)
        for (let j = k + 1; j < at && this.orig(this.t.starts[j]!, this.t.ends[j]!).end <= person.start; j++) if (this.keys[j] === BISM_KEY || SPOKESMAN_STEM.test(this.keys[j]!)) return null
        return speech ? this.pushEntity(person, gender, k + 1) : entitySpeaker(person, gender)
      }
      if (lex.complementizers.has(key) || lex.arStops.has(key) || lex.relativePronouns.has(key) || lex.verbForms.has(key) || lex.verbForms.has(withoutConjunction(key, 3))) return null
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      const e = this.entityIn(o)
      if (e === null) continue
      if (e.type !== "PERSON" || (person !== null && person !== e && (person.entityId == null || person.entityId !== e.entityId))) return null
      person = e
    }
    return null
  }

  /**
   * The person {@link subjectFirst} reads in the sentence from `s` before token `end`, when no other person stands
   * between the verb and token `to` (the marks, or the cue that goes on with the verb's subject); pushed (for `push`),
   * with the verb's gender (`…ت`: feminine). Else null.
   */
  private subjectFirstPerson(s: number, end: number, to: number, push = true): Speaker | null {
    const first = this.subjectFirst(s, end)
    if (first === null) return null
    const [person, v] = first
    for (let k = v + 1; k < to; k++) {
      const e = this.t.kinds[k] === WORD ? this.personAt(k) : null
      if (e !== null && e.entityId !== person.entityId) return null
    }
    const verb = this.keys[v]!
    const gender: Gender | null = verb.endsWith("\u062a") ? "f" : verb.startsWith("\u062a") ? null : "m"
    return push ? this.pushEntity(person, gender, v) : entitySpeaker(person, gender)
  }

  /**
   * The issuer of an indefinite document that a present verb at token `at` with no subject and no و describes (an
   * adjectival clause: `وقد صدر بيان عن وزارة الأمن ومكتب المخابرات يوم … يقول إن «…»`; forty-third session, after the
   * A81 reading, where the subject of the sentence before spoke): a document noun with no article (`documentNouns`,
   * `بيان`, `تقرير`) within {@link DOCUMENT_WINDOW} tokens before the verb in its sentence, `عن` right after it and a
   * person or an organisation tagged right after that (else the words of an untagged body there, a speaker phrase), no
   * verb, complementizer, relative or clause opener between the noun and the verb. The issuer, pushed; else null.
   */
  private indefiniteDocumentIssuer(at: number, gender: Gender | null): Speaker | null {
    const verb = this.keys[at]!
    if (this.entities.length === 0 || !(verb.startsWith("\u064a") || verb.startsWith("\u062a"))) return null
    const lex = this.lex
    const s = this.sentenceStart(at)
    for (let k = at - 1; k >= Math.max(s, at - DOCUMENT_WINDOW); k--) {
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (lex.verbForms.has(key) || lex.complementizers.has(key) || lex.relativePronouns.has(key) || lex.clauseOpeners.has(key)) return null
      if (key.startsWith(ALEF_LAM) || docStem(key, lex.documentNouns) === null || k + 2 >= at) continue
      // (not `من`: `وصلتني رسالة من إحدى الأمهات تقول فيها:` pushed a sender whom a later participle in a column's
      // narration took, where it had no speaker)
      if (this.keys[k + 1] !== AN) return null
      const e = this.entityStartingAt(k + 2)
      if (e !== null) return e.type === "ORGANIZATION" || e.type === "PERSON" ? this.pushEntity(e, gender, k + 2) : null
      // (a body the entity stage left untagged: its words as a speaker phrase, `عن وزارة الأمن الداخلي ومكتب …`)
      const end = this.phraseEnd(k + 2, at, false)
      return end > k + 2 && this.keys[k + 2]!.length > 2 && !lex.arStops.has(this.keys[k + 2]!) ? this.resolve([k + 2, end], gender, true) : null
    }
    return null
  }

  /**
   * The person a sentence opens with as the subject of the verb after him (forty-third session, after the A80 reading:
   * `المحلل X يرى من جهته أن … «…»`, `إلا أن المدير العام السابق للأمن X، يربط بين … و«…»`, `النائب العام … القاضي X،
   * الذي يشرف على …، أكد لـ«…» أن`): from the sentence's start `s` (past `لكن`/`بينما`/`فيما` or `إلا أن`/`غير أن`),
   * at most {@link SUBJECT_FIRST_ROLE} words of a role (the first with the article, a title or a role's head; `في` and
   * bodies' or places' names inside; no verb, complementizer, relative or clause opener) or none, a person tagged, then
   * the verb: the word right after the name, or after a comma, or after an apposition or a relative clause set off by
   * two commas (at most {@link SUBJECT_FIRST_ASIDE} tokens, no mark, colon or other person). The verb has no article,
   * no entity on it, and is no stop word, complementizer, relative or clause opener, before token `end`. The person
   * and the verb's token; else null.
   */
  private subjectFirst(s: number, end: number): readonly [Entity, number] | null {
    if (this.entities.length === 0 || s + 1 >= end || this.t.kinds[s] !== WORD || !/[\u0621-\u064a]/.test(this.keys[s]!)) return null
    const lex = this.lex
    const k0 = this.keys[s]!
    const p = lex.subjectFirstConjunctions.has(k0) ? s + 1 : this.keys[s + 1] === ANNA && lex.butBeforeAnna.has(withoutConjunction(k0, 3)) ? s + 2 : s
    let person: Entity | null = null
    let k = p
    for (; k < end && k - p <= SUBJECT_FIRST_ROLE && person === null; k++) {
      if (this.t.kinds[k] !== WORD) return null
      person = this.personAt(k)
      if (person !== null) break
      const key = this.keys[k]!
      if (k === p && !(key.startsWith(ALEF_LAM) || lex.arTitles.has(key) || lex.roleHeads.has(ALEF_LAM + key))) return null
      if (key !== FI && (lex.arStops.has(key) || lex.verbForms.has(key) || lex.complementizers.has(key) || lex.relativePronouns.has(key) || lex.clauseOpeners.has(key))) return null
    }
    if (person === null) return null
    // the token after the name
    k = this.walkPast(k, end, person.end, "start")
    if (k >= end) return null
    // (`X الذي …،`: a relative clause with no comma before it)
    const relative = this.t.kinds[k] === WORD && lex.relativePronouns.has(this.keys[k]!)
    if (relative) k--
    if (relative || this.isPunct(k, COMMAS)) {
      const next = k + 1 < end && this.t.kinds[k + 1] === WORD ? this.keys[k + 1]! : ""
      // (an apposition or a relative clause: `X، الذي …،`, `X، وهو …،`, `X، المتحدث باسم …،`; else the verb after the comma)
      if (lex.relativePronouns.has(next) || lex.arPronouns.has(withoutConjunction(next)) || WITH_ARTICLE.test(next)) {
        let c = -1
        for (let j = k + 1; j < Math.min(end, k + 1 + SUBJECT_FIRST_ASIDE) && c < 0; j++) {
          if (this.isPunct(j, COMMAS)) c = j
          else if (this.t.kinds[j] === PUNCT && (this.isColon(j) || this.markChar(j) !== null || this.isSentenceEnd(j))) return null
          else if (this.t.kinds[j] === WORD) {
            const e = this.personAt(j)
            if (e !== null && e.entityId !== person.entityId) return null
          }
        }
        if (c < 0) return null
        k = c
      }
      k++
    }
    if (k >= end || this.t.kinds[k] !== WORD) return null
    const verb = this.keys[k]!
    if (WITH_ARTICLE.test(verb) || lex.arStops.has(verb) || lex.complementizers.has(verb) || lex.relativePronouns.has(verb) || lex.clauseOpeners.has(verb) || lex.arTitles.has(verb) || this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!)) !== null) return null
    return [person, k]
  }

  /**
   * Is the phrase between `لكن`/`ولكن` at token `k` and the verb at `at` an indefinite noun and its adjective in the
   * accusative that `لكنّ` governs (`لكن مسؤولا رفيعا قال لوكالة …`, `ولكن مصدرا أمنيا أكد`; thirtieth session): two
   * or three words, each ending in ا, none a demonstrative, `أيضا` or a clause opener, no entity on them?
   */
  private accusativeSubject(k: number, at: number): boolean {
    const but = this.keys[k]!
    if (but !== LAKIN && but !== "\u0648" + LAKIN) return false
    if (at - k - 1 < 2 || at - k - 1 > 3) return false
    for (let j = k + 1; j < at; j++) {
      const key = this.keys[j]!
      if (this.t.kinds[j] !== WORD || key.length < 4 || !key.endsWith("\u0627") || this.lex.keepsSubjectAfterVerb.has(key) || this.lex.clauseOpeners.has(key) || this.entityStartingAt(j) !== null) return false
    }
    return true
  }

  /**
   * Is the phrase between `لكن`/`ولكن` at token `k` and the plural verb at `at` an indefinite noun in the accusative that
   * `لكنّ` governs and a clause that describes it, opening with a plural past verb (`لكن سكانا تحدثوا مع رويترز
   * هاتفيا قالوا:`; fifty-fifth session, helper arcarry3, after the A107 reading: a scrap of an earlier plural subject
   * spoke)? The noun ends in ا (not `أيضا`, a clause opener), with no article and no entity on it; the clause verb ends
   * in وا, as the cue does (or the cue in ون); at most {@link ACCUSATIVE_CLAUSE_WORDS} words between the noun and the
   * cue, no punctuation, complementizer, verb of speech or entity of a person among them.
   */
  private accusativeClause(k: number, at: number): boolean {
    const but = this.keys[k]!
    if ((but !== LAKIN && but !== "\u0648" + LAKIN) || at - k - 1 < 3 || at - k - 2 > ACCUSATIVE_CLAUSE_WORDS) return false
    const cue = this.keys[at]!
    if (!(cue.endsWith(PLURAL_PAST) || (cue.endsWith(UNA) && /^[\u064a\u062a]/.test(cue)))) return false
    const noun = this.keys[k + 1]!
    const verb = this.keys[k + 2]!
    if (this.t.kinds[k + 1] !== WORD || noun.length < 4 || !noun.endsWith("\u0627") || noun.startsWith(ALEF_LAM) || this.lex.keepsSubjectAfterVerb.has(noun) || this.lex.clauseOpeners.has(noun) || this.entityStartingAt(k + 1) !== null) return false
    if (this.t.kinds[k + 2] !== WORD || verb.length < 4 || !verb.endsWith(PLURAL_PAST) || verb.startsWith(ALEF_LAM) || this.lex.arStops.has(verb) || this.lex.verbForms.has(verb)) return false
    for (let j = k + 3; j < at; j++) {
      const w = this.keys[j]!
      if (this.t.kinds[j] !== WORD || this.lex.complementizers.has(w) || this.lex.verbForms.has(w) || this.personAt(j) !== null) return false
    }
    return true
  }

  /**
   * The person tagged within the six words after a passive of asking at token `q` (`سئل رئيس الوزراء التركي X`),
   * words with no stop word, complementizer or verb before him: the words from the verb to the name's end, a speaker
   * phrase (forty-third session, after the A80 reading, where five role words before the name ended the phrase read
   * by {@link askedBefore} and the chain's last speaker answered). Else null.
   */
  private askedPerson(q: number, at: number): readonly [number, number] | null {
    const lex = this.lex
    for (let j = q + 1; j < Math.min(at, q + 7); j++) {
      if (this.t.kinds[j] !== WORD) return null
      const e = this.personAt(j)
      if (e !== null) {
        const k = this.walkPast(j + 1, at, e.end, "start")
        return k < at ? [q + 1, k] : null
      }
      const w = this.keys[j]!
      if (lex.arStops.has(w) || lex.complementizers.has(w) || lex.verbForms.has(w) || lex.questionOpeners.has(w)) return null
    }
    return null
  }

  /**
   * The one asked before a verb at token `at` (session 21): a passive of asking (`asked`: `سئل`, `سُئلت`, with or
   * without its و/ف) earlier in the verb's sentence, within 40 tokens (or {@link ASKED_BACK} with a person tagged after
   * it, {@link askedPerson}; forty-third session), and the one to five words right after it up to
   * a preposition, a complementizer, a relative or punctuation (`سُئل سيشنز عما …`, `سئل مسؤول فرنسي عما …`); null when
   * no such verb or no words follow it (`وسئل عن …`: the chain's).
   */
  protected askedBefore(at: number): readonly [number, number] | null {
    const s = Math.max(this.sentenceStart(at), at - ASKED_BACK)
    const lex = this.lex
    for (let q = at - 1; q >= s; q--) {
      if (this.t.kinds[q] !== WORD) continue
      const key = this.keys[q]!
      if (!lex.asked.has(key) && !lex.asked.has(withoutConjunction(key, 3))) continue
      // (a person tagged within six words after the verb first, a role before the name allowed, and past 40 tokens
      // only such a person: `سئل رئيس الوزراء التركي X خلال مؤتمر صحافي إذا …، فأجاب`; forty-third session)
      const named = this.askedPerson(q, at)
      if (named !== null) return named
      if (at - q > 40) return null
      let e = q + 1
      while (e < at && e < q + 6 && this.t.kinds[e] === WORD) {
        const w = this.keys[e]!
        if (this.lex.questionOpeners.has(w) || lex.arStops.has(w) || lex.complementizers.has(w) || this.lex.relativePronouns.has(w) || lex.clauseOpeners.has(w) || lex.verbForms.has(w) || lex.verbForms.has(withoutConjunction(w, 3))) break
        e++
      }
      // (the words must stop at a preposition, a particle or punctuation: a run of words up to the verb is no subject)
      if (e === q + 1 || e >= at || e === q + 6) return null
      return [q + 1, e]
    }
    return null
  }

  /**
   * The subject of `كتب X يقول:` (sixty-third session, helper arquote24): for a present verb of saying at `cue.at`
   * (`يقول`, `تقول`, no و/ف glued), the person the entity stage tagged whose name ends right before it, when at most
   * {@link WRITER_ROLE_WORDS} definite words or titles (`الناقدة التشكيلية`, `الدكتور`) stand between that name and a
   * past verb of writing (`writingVerbs`: `كتب`, `كتبت`, `غرد`, `دون`, with or without و/ف) right before them.
   * Pushed onto the chain when `speech`; else null (no such verb: `وقالت X تقول`, `X يقول` are read as before).
   */
  private writerBeforePresent(cue: Cue, speech: boolean): Speaker | null {
    if (this.entities.length === 0 || cue.at - 2 < this.ps || !PRESENT_PREFIX.test(this.keys[cue.at]!)) return null
    const k = cue.at - 1
    if (this.t.kinds[k] !== WORD) return null
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const e = this.entityIn(o)
    if (e === null || e.type !== "PERSON" || e.end !== o.end) return null
    let first = -1
    for (let j = k; j >= Math.max(this.ps, k - 5); j--) {
      if (this.entityStartingAt(j) === e) {
        first = j
        break
      }
    }
    if (first < 0) return null
    const lex = this.lex
    for (let j = first - 1; j >= Math.max(this.ps, first - 1 - WRITER_ROLE_WORDS); j--) {
      if (this.t.kinds[j] !== WORD) return null
      const key = this.keys[j]!
      if (lex.writingVerbs.has(key) || lex.writingVerbs.has(withoutConjunction(key, 3))) return speech ? this.pushEntity(e, cue.gender, first) : entitySpeaker(e, cue.gender)
      if (!key.startsWith(ALEF_LAM) && !lex.arTitles.has(key)) return null
    }
    return null
  }

  /**
   * The person or organisation whose name ends right before token `k` (in the paragraph), pushed onto the chain; else
   * null (twenty-fifth session: the one before `إلى القول:`).
   */
  private namedRightBefore(k: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0 || k - 1 < this.ps || this.t.kinds[k - 1] !== WORD) return null
    const o = this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!)
    const e = this.entityIn(o)
    if (e === null || e.end !== o.end || (e.type !== "PERSON" && e.type !== "ORGANIZATION")) return null
    return this.pushEntity(e, gender, k)
  }

  /**
   * The person an interview met, for a verb with no subject at token `at` (twenty-fifth session): its sentence opens
   * with `في`, `خلال`, `كان` (with or without و) and holds a noun of interview (`meetingNouns` in `ar.json`) within
   * {@link MEETING_LEAD} tokens, after no person; the last person named between that noun and the verb stands right
   * after `مع`, `بينهم` or `منهم` (`metBefore`), with no complementizer, speech verb or other person after it
   * (`وكان لـ«Y» لقاءات مع عدد من الطلاب، بينهم X، الذي …، فقال:` → X, not the outlet Y; `وفي حديث مع X لـ«Y»، أكدت
   * أن …` → X, for the verbs after it too). Pushed onto the chain; else null. (Sentences are at most 60 tokens.)
   */
  private metPerson(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0) return null
    const s = this.sentenceStart(at)
    if (at - s < 4 || this.t.kinds[s] !== WORD || !this.lex.meetingOpeners.has(withoutConjunction(this.keys[s]!))) return null
    let noun = -1
    for (let k = s + 1; k < Math.min(at, s + MEETING_LEAD); k++) {
      if (this.t.kinds[k] !== WORD) continue
      if (this.lex.meetingNouns.has(this.keys[k]!)) {
        noun = k
        break
      }
      const e = this.entityStartingAt(k)
      if (e !== null && e.type === "PERSON") return null
    }
    if (noun < 0) return null
    let met: Entity | null = null
    const lex = this.lex
    for (let k = noun + 1; k < at; k++) {
      if (this.t.kinds[k] !== WORD) continue
      const e = this.entityStartingAt(k)
      if (e !== null && e.type === "PERSON") {
        met = this.t.kinds[k - 1] === WORD && this.lex.metBefore.has(withoutConjunction(this.keys[k - 1]!)) ? e : null
        if (met === null) return null
        continue
      }
      const key = this.keys[k]!
      if (met !== null && (lex.complementizers.has(key) || lex.verbForms.has(key) || lex.verbForms.has(withoutConjunction(key, 3)))) return null
    }
    return met === null ? null : this.pushEntity(met, gender, at, true)
  }

  /**
   * The one asked before a verb of answering at token `at` (`answering` in the lexicon, with no subject; session 23): an active
   * verb of asking (`asking` in `ar.json`) earlier in the verb's sentence or in the sentence before it (in this paragraph or
   * the last), within {@link ASKING_WINDOW} tokens, and the last person named after it before the question
   * (`عن`, `عما`, `هل`, `إذا`, a colon or the end of its clause: `وسأل السيناتور X، نائب رئيس اللجنة، Y عن …` → Y, not
   * the asker X); pushed onto the chain. Null when no such verb or no person after it.
   */
  private askedObject(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0 || !this.lex.answering.has(withoutConjunction(this.keys[at]!, 3))) return null
    // the verb's sentence, then the sentence before it (the last paragraph's last when the verb's opens its paragraph)
    const s = this.sentenceStart(at)
    let lo = s > this.ps ? this.sentenceStart(s - 1) : this.lastPe > this.lastPs ? this.sentenceStartIn(this.lastPe - 1, this.lastPs) : s
    lo = Math.max(lo, at - ASKING_WINDOW)
    for (let q = at - 1; q >= lo; q--) {
      if (this.t.kinds[q] !== WORD || !this.lex.asking.has(withoutConjunction(this.keys[q]!, 3))) continue
      // the question starts at a stop word, a colon or the end of the clause, within twelve tokens
      let e = q + 1
      while (e < at && e < q + 13 && (this.t.kinds[e] === WORD ? !this.lex.questionOpeners.has(this.keys[e]!) : this.markChar(e) !== null || this.isPunct(e, COMMAS))) e++
      if (e === q + 1) return null
      const from = this.orig(this.t.starts[q + 1]!, this.t.ends[q + 1]!).start
      const to = this.orig(this.t.starts[e - 1]!, this.t.ends[e - 1]!).end
      let found: Entity | null = null
      for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
        const ent = this.entities[i]!
        if (ent.start >= to) break
        if (ent.start >= from && ent.type === "PERSON") found = ent
      }
      return found === null ? null : this.pushEntity(found, gender, at, true)
    }
    return null
  }

  /**
   * Token of a kin with an attached pronoun (`kinWithPronoun` in `ar.json`: `أمه`, `والده`, `زوجته`) right before the
   * bare verb at token `at`, itself right after a verb of asking (`asking`, with or without و/ف, and the interviewer's
   * `سألنا`): `فلما سألوا أمه قالت:`; the kin's gender agrees with the verb's. Else null (fifty-seventh session,
   * helper arscrap2).
   */
  private askedKin(at: number, gender: Gender | null): number | null {
    const k = at - 1
    if (k < 1 || this.t.kinds[k] !== WORD || this.t.kinds[k - 1] !== WORD) return null
    const key = this.keys[k]!
    const f = this.lex.kinPronounF.has(key)
    if (!f && !this.lex.kinPronounM.has(key)) return null
    if ((gender === "f" && !f) || (gender === "m" && f) || gender === "p") return null
    const verb = withoutConjunction(this.keys[k - 1]!, 3)
    return this.lex.asking.has(verb) || this.lex.interviewAsking.has(verb) ? k : null
  }

  /**
   * The person an interviewer asked at token `q` (twenty-eighth session): a first-person verb of asking
   * (`interviewAsking` in `ar.json`: `سألنا`, `وسألنا`; `سألت` only right after a time word, `وعندما سألت`) and a
   * person the entity stage tagged starting within its next four tokens before `end`, all of them words and none a
   * question word (`عن`, `عما`, `هل` …), a stop word or a complementizer (`سألنا الخبير X، الذي …` → X); else null.
   */
  protected interviewee(q: number, end: number): Entity | null {
    if (this.t.kinds[q] !== WORD) return null
    const lex = this.lex
    const key = withoutConjunction(this.keys[q]!, 3)
    if (!lex.interviewAsking.has(key)) return null
    if (lex.askingAfterTime.has(key) && !(q > 0 && this.t.kinds[q - 1] === WORD && lex.askingTimes.has(this.keys[q - 1]!))) return null
    for (let k = q + 1; k < Math.min(end, q + 5); k++) {
      if (this.t.kinds[k] !== WORD) return null
      const e = this.personAt(k)
      if (e !== null) return e
      const w = this.keys[k]!
      if (this.lex.questionOpeners.has(w) || lex.arStops.has(w) || lex.complementizers.has(w)) return null
    }
    return null
  }

  /**
   * The one an interviewer asked before a verb with no subject at token `at` (twenty-eighth session): an
   * {@link interviewee} in the verb's sentence or the sentence before it (in this paragraph or the last), within
   * {@link ASKING_WINDOW} tokens (`وعندما سألت X عن … قال:`, `سألنا X عن …، فأجاب`); pushed onto the chain. Null when
   * none.
   */
  protected interviewAnswerer(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0) return null
    const s = this.sentenceStart(at)
    let lo = s > this.ps ? this.sentenceStart(s - 1) : this.lastPe > this.lastPs ? this.sentenceStartIn(this.lastPe - 1, this.lastPs) : s
    lo = Math.max(lo, at - ASKING_WINDOW)
    const lex = this.lex
    for (let q = at - 1; q >= lo; q--) {
      // (the gate, by key id: both readings below open with their verb of asking, `interviewAsking`'s forms or its
      // `withPronoun` forms as `withoutConjunction(key, 3)` reads the word; a token that holds neither is neither, and is
      // passed without a string cut; fifty-second session, helper cuegate)
      if (this.t.kinds[q] !== WORD || (!this.keyWithoutConjunctionIn(q, lex.interviewAskingKeys, lex.interviewAsking) && !this.keyWithoutConjunctionIn(q, lex.askingWithPronounKeys, lex.askingWithPronoun))) continue
      const e = this.interviewee(q, at) ?? this.askedByPronoun(q, lo)
      if (e !== null) return this.pushEntity(e, gender, at, true)
    }
    return null
  }

  /**
   * The person the object pronoun of an interviewer's verb of asking at token `q` stands for (`withPronoun` of
   * `interviewAsking`: `سألته`, `سألتها`, `سألناه`, with or without و/ف; twenty-eighth session): the last person the
   * entity stage tagged between token `lo` and the verb (`التقينا الإعلامية X … سألتها عن … قالت:` → X); else null.
   */
  private askedByPronoun(q: number, lo: number): Entity | null {
    if (this.t.kinds[q] !== WORD || q <= lo || !this.lex.askingWithPronoun.has(withoutConjunction(this.keys[q]!, 3))) return null
    const from = this.orig(this.t.starts[lo]!, this.t.ends[lo]!).start
    const to = this.orig(this.t.starts[q]!, this.t.ends[q]!).start
    let found: Entity | null = null
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const ent = this.entities[i]!
      if (ent.start >= to) break
      if (ent.type === "PERSON") found = ent
    }
    return found
  }

  /**
   * The subject after a demonstrative that opens the sentence of a present verb at token `at` (twenty-ninth session):
   * `هذا`/`هذه` (with or without ف/و: `فهذا الوزير الفرنسي يقول في تصريح له إن «…»`), then one to three words, the
   * first with the article, none a stop word, a complementizer, a relative or a verb, right before the verb (`يقول`,
   * or `تقول` with a feminine or no gender), and a complementizer or a colon within six tokens after it. The words'
   * range, else null.
   */
  protected demonstrativeSubject(at: number, gender: Gender | null): readonly [number, number] | null {
    // (the sentence, or the clause after a semicolon or a comma: `…؛ فهذا الرئيس الأمريكي يقول`)
    let s = this.sentenceStart(at)
    for (let k = at - 1; k >= Math.max(s, at - 5); k--) {
      if (this.t.kinds[k] === PUNCT && (this.keys[k] === "\u061b" || this.keys[k] === ";" || this.isPunct(k, COMMAS))) {
        s = k + 1
        break
      }
    }
    if (at - s < 2 || at - s > 4 || this.t.kinds[s] !== WORD || !this.lex.openingDemonstratives.has(withoutConjunction(this.keys[s]!))) return null
    const verb = withoutConjunction(this.keys[at]!, 3)
    if (!(verb.startsWith("\u064a") || (verb.startsWith("\u062a") && gender !== "m"))) return null
    if (!this.keys[s + 1]!.startsWith(ALEF_LAM)) return null
    const lex = this.lex
    for (let k = s + 1; k < at; k++) {
      const key = this.keys[k]!
      if (this.t.kinds[k] !== WORD || lex.arStops.has(key) || lex.complementizers.has(key) || this.lex.relativePronouns.has(key) || lex.verbForms.has(key) || lex.verbForms.has(withoutConjunction(key, 3))) return null
    }
    for (let k = at + 1; k < Math.min(this.pe, at + 7); k++) {
      if (this.isSentenceEnd(k)) return null
      if (this.isColon(k) || (this.t.kinds[k] === WORD && lex.complementizers.has(this.keys[k]!))) return [s + 1, at]
    }
    return null
  }

  /**
   * The subject that opens the sentence right before a present verb at token `at` whose speech follows a colon
   * (`عبيد المرزوق يقول من جانبه: …`, a name the entity stage did not tag; session 21): two or three words from the
   * sentence's start, the article on the last alone (a family name: `المرزوق`), none a preposition, a particle, a
   * pronoun, a complementizer, a relative, a demonstrative or a speech verb, and a colon within three tokens after
   * the verb; else null. (One word is mostly a verb or a particle, `ومضى يقول`, `لكنه يقول`; a phrase with the article
   * inside, `لسان حال الشارع يقول`, a figure of speech; a past verb after words a clause of its own.)
   */
  protected openingSubject(at: number, gender: Gender | null): readonly [number, number] | null {
    const s = this.sentenceStart(at)
    if (at - s < 2 || at - s > 3) return null
    const verb = withoutConjunction(this.keys[at]!, 3)
    if (!(verb.startsWith("\u064a") || (verb.startsWith("\u062a") && gender !== "m"))) return null
    let colon = false
    for (let k = at + 1; k < Math.min(this.pe, at + 4) && !colon; k++) colon = this.isColon(k)
    if (!colon) return null
    const lex = this.lex
    for (let k = s; k < at; k++) {
      if (this.t.kinds[k] !== WORD) return null
      const raw = this.keys[k]!
      const key = k === s ? withoutConjunction(raw) : raw
      // (the article, after a clitic or not, on the last word alone: وبالمقابل فالواقع … is no name; a pronoun suffix,
      // نسمع بعضهم, وكأني بهم, is no name either)
      if (k !== at - 1 && /^[\u0648\u0641\u0628\u0644\u0643]{0,2}\u0627\u0644/.test(key)) return null
      if (key.length < 3 || /(?:\u0647\u0645|\u0647\u0646|\u0646\u064a|\u0646\u0627)$/.test(key)) return null
      if (!/^[\u0621-\u064a]+$/.test(key) || this.lex.thereIs.has(key) || lex.arStops.has(key) || lex.clauseOpeners.has(key) || lex.complementizers.has(key) || this.lex.relativePronouns.has(key) || this.lex.subjectDemonstratives.has(key) || this.lex.objectDemonstratives.has(key) || this.lex.verbOpeners.has(key) || this.lex.amma.has(key) || this.lex.subjectFirstConjunctions.has(key) || this.lex.qadWords.has(key) || this.lex.kanaAuxiliary.has(key)) return null
      if (lex.verbForms.has(key) || lex.verbForms.has(raw) || lex.arPronouns.has(key) || lex.arPronouns.has(raw)) return null
    }
    return [s, at]
  }

  /** Is word token `k` glued to `ل` (no article: `لجمهوره`, `للمواطنين`), an addressee rather than a subject? */
  private gluedAddressee(k: number): boolean {
    const w = this.keys[k]!
    return this.t.kinds[k] === WORD && w.length > 3 && w.charCodeAt(0) === 0x0644 && !w.startsWith(ALEF_LAM)
  }

  /**
   * The subject of a verb of wishing (`wishingVerbs`: `يود`, `تود`, with or without its و/ف) before the `أن` right
   * before the verb at token `at` (`يود المركز الإعلامي بالنادي الأهلي أن يوضح … ما يلي:`): one to eight words between
   * them in the verb's sentence, no punctuation, complementizer or stop word first; its tokens, else null (`تود أن
   * توضح` with no subject: the rules after it decide).
   */
  private wishingSubject(at: number): readonly [number, number] | null {
    const a = at - 1
    if (a - 2 < this.ps || this.t.kinds[a] !== WORD || this.keys[a] !== ANNA) return null
    const s = Math.max(this.sentenceStart(a), a - 9)
    for (let k = a - 2; k >= s; k--) {
      if (this.t.kinds[k] !== WORD) return null
      if (!this.lex.wishingVerbs.has(withoutConjunction(this.keys[k]!)) && !this.lex.wishingVerbs.has(this.keys[k]!)) continue
      const first = this.keys[k + 1]!
      return this.lex.arStops.has(first) || this.lex.complementizers.has(first) ? null : [k + 1, a]
    }
    return null
  }

  /**
   * The definite subject no entity names between the `كان`/`كانت` that opens the sentence and `قد` at token `qad`
   * (fifty-third session, helper arcarry, after the A103 reading: `وكان المسؤول الرفيع في الوزارة الكندية قد
   * أوضح … أنّ «…»` gave the words to the minister quoted in the paragraphs before): one to three words with the article
   * right after `كان` (the phrase, as after a verb), then nothing or `في`/`من` and more words, nine tokens at most between
   * `كان` and `قد`, no punctuation, mark or tagged entity among them; the head agrees with `gender` (`ة` for a feminine verb, none for a
   * masculine one). The phrase's tokens `[start, end)`, else null.
   */
  private definiteBeforeQad(qad: number, gender: Gender | null): readonly [number, number] | null {
    if (gender !== "m" && gender !== "f") return null
    const s = this.sentenceStart(qad)
    if (s + 2 > qad || qad - s > 10 || this.t.kinds[s] !== WORD || !this.lex.kanaAuxiliary.has(withoutConjunction(this.keys[s]!))) return null
    let end = s + 1
    while (end < qad && end - s <= 4 && this.t.kinds[end] === WORD && this.keys[end]!.startsWith(ALEF_LAM)) end++
    if (end === s + 1 || end - s > 4) return null
    if (end < qad && this.keys[end] !== FI && this.keys[end] !== MIN) return null
    for (let k = s + 1; k < qad; k++) if (this.t.kinds[k] !== WORD) return null
    if (this.entityIn({ start: this.orig(this.t.starts[s + 1]!, this.t.ends[s + 1]!).start, end: this.orig(this.t.starts[qad - 1]!, this.t.ends[qad - 1]!).end }) !== null) return null
    const head = this.orig(this.t.starts[s + 1]!, this.t.ends[s + 1]!)
    if ((this.text.charCodeAt(head.end - 1) === 0x0629) !== (gender === "f")) return null
    return [s + 1, end]
  }

  /**
   * `وكانت البحرين قد أعلنت …`: the place entity (a country speaks through its government) that stands alone
   * between the sentence's `كان`/`كانت` and `قد` at token `qad` is the subject, pushed onto the chain; else null.
   * (clauseSubject reads only persons and organisations: a country after `كان` is read here, and only there.)
   */
  private placeBeforeQad(qad: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0 || qad - 2 < this.ps) return null
    const s = this.sentenceStart(qad)
    if (s + 2 > qad || !this.lex.kanaAuxiliary.has(withoutConjunction(this.keys[s]!))) return null
    const e = this.entityStartingAt(s + 1)
    if (e === null || e.type !== "LOCATION" || e.end !== this.orig(this.t.starts[qad - 1]!, this.t.ends[qad - 1]!).end) return null
    return this.pushEntity(e, gender, s + 1, false)
  }

  /**
   * The subject of a participle at token `at` whose sentence opens with a verb that has no subject after it, a
   * preposition right after the verb (`وكان X مؤيدا قويا لـY. وعلق على فوز … قائلا "…"`, `ودافع عن نفسه قائلا:`):
   * the subject of the sentence before, read as {@link previousSubject} reads it for a verb that opens its sentence
   * (session 23; the verb may be one of speech, `وعقب على`, as it has no subject); null when the sentence opens
   * otherwise (a noun, a lead word, a clause after a comma) or the verb's gender is not the participle's.
   */
  private subjectlessOpening(at: number, gender: Gender | null): Speaker | null {
    const s = this.sentenceStart(at)
    if (s + 2 >= at || this.clauseStart(at) !== s || this.t.kinds[s] !== WORD || this.t.kinds[s + 1] !== WORD) return null
    const verb = this.keys[s]!
    const open = withoutConjunction(verb, 3)
    const lex = this.lex
    // (a word that is a preposition too, `عقب`, is a verb before another preposition: `وعقب على …`)
    if (open.startsWith(ALEF_LAM) || lex.clauseOpeners.has(open) || lex.clauseOpeners.has(verb) || lex.complementizers.has(open) || (lex.arStops.has(open) && open.length < 3) || this.nounAt(s) || !lex.arStops.has(this.keys[s + 1]!)) return null
    if (!agreesWith(open, gender)) return null
    return this.previousSubject(s, gender)
  }

  /**
   * The subject right after the verb that opens the sentence of a participle at token `at` (`احتفت <country> بنجاح …،
   * واصفة إياها بأنها «…»`, `وعارضت <country> بشدة …، قائلة إن`), when {@link clauseSubject} found no person or
   * organisation in its window: an entity that starts right after the verb, a place only before a feminine participle
   * (a country speaks through its government). The verb (after a lead phrase or a conjunction) is no speech verb, no
   * noun, and agrees with the participle's gender (masculine or feminine; a plural is left to the chain); the
   * participle's clause is its sentence, with no mark before it, and nobody was named as a speaker in it. A
   * spokesman's phrase there with no entity at its start is read as a speech verb's subject phrase (fiftieth session,
   * helper arcarry). Else null (twenty-fourth session, second round).
   */
  private openingVerbSubject(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0 || (gender !== "m" && gender !== "f")) return null
    const s = this.sentenceStart(at)
    // (the sentence's own opening, not a clause after a comma, `…، بينما يسيطر التنظيم على …، موضحا`; no mark before
    // the participle: a sentence inside quoted words, `كما ستقوم الجمعية … «…»، داعيا`, is the speaker's own)
    if (this.lastPushAt >= s || this.clauseStart(at) !== s) return null
    for (let k = s; k < at; k++) if (this.markChar(k) !== null) return null
    let p = this.verbAfterLead(s, at)
    if (p === s) p = this.verbAfterOpener(s, at)
    if (p < s || p + 2 >= at || this.t.kinds[p] !== WORD || this.t.kinds[p + 1] !== WORD) return null
    const verb = this.keys[p]!
    const open = withoutConjunction(verb, 3)
    const lex = this.lex
    if (this.leadWord(verb) || this.nounAt(p) || lex.verbForms.has(open) || lex.verbForms.has(verb) || lex.participles.has(open) || lex.asked.has(open) || !agreesWith(open, gender)) return null
    const o = this.orig(this.t.starts[p + 1]!, this.t.ends[p + 1]!)
    const e = this.entities[this.firstEntityFrom(o.start)]
    if (e !== undefined && e.start < o.end) {
      // (the entity starts at the word itself, not after a proclitic: لـX, بX are no subject)
      // (a place only before a feminine participle: a country takes a feminine verb, and a place after a masculine
      // one is mostly the object of an unnamed subject, `كما وبخ <country>، …، مشيرا`)
      if (e.start !== o.start || (e.type === "LOCATION" ? gender !== "f" : e.type !== "PERSON" && e.type !== "ORGANIZATION")) return null
      return this.pushEntity(e, gender, s)
    }
    // (a spokesman's phrase, `ورحب المتحدث باسم الحكومة X المتحدث باسم الخارجية بالزيارة قائلا إنها «…»`, is read as
    // a speech verb's subject phrase is, its name the entity stage may have left untagged; fiftieth session, helper
    // arcarry, after the A97 reading)
    // (the phrase ends before a second spokesman's noun, an apposition of another post, and before the verb's object
    // glued to `بال`, `بالزيارة`)
    if (this.spokesmanBism(p + 1, at) > 0) {
      let end = p + 2
      const cap = this.phraseEnd(p + 1, at, false)
      while (end < cap && !(this.spokesmanBism(end, at) > 0 || BI_OBJECT.test(this.written(end)))) end++
      return this.resolve([p + 1, end], gender, true)
    }
    // (an unnamed body, `وردت اللجنة على …`, is left to the chain: read as a cue's subject it gave as many wrong
    // speakers as right ones on the corpora, a committee's noun pushed onto the chain taking later quotes)
    return null
  }

  /**
   * The subject in parentheses right after the verb that opens the sentence of a participle at token `at` (sixty-second
   * session, helper arquote21, after the A121 reading: `أدان (المؤتمر الدولي لوزراء الثقافة) الذي استضافه معرض … بشدة،
   * أمس الأول، استخدام العنف … مطالبا بالالتزام بمبادئ "…"` had no speaker): one to {@link PAREN_SUBJECT_WORDS}
   * words, the first with the article, between `(` right after the verb and `)`, before the participle; the verb no
   * noun, lead word, speech verb or participle, agreeing with the participle's gender; no mark before the participle
   * in its sentence, and nobody pushed as a speaker there. The phrase speaks, pushed; else null.
   */
  private parenthesizedSubject(at: number, gender: Gender | null): Speaker | null {
    if (gender !== "m" && gender !== "f") return null
    const s = this.sentenceStart(at)
    if (this.lastPushAt >= s || s + 3 >= at || this.t.kinds[s] !== WORD || this.keys[s + 1] !== "(") return null
    const verb = this.keys[s]!
    const open = withoutConjunction(verb, 3)
    const lex = this.lex
    if (open.startsWith(ALEF_LAM) || this.leadWord(verb) || this.nounAt(s) || lex.arStops.has(open) || lex.verbForms.has(open) || lex.verbForms.has(verb) || lex.participles.has(open) || !agreesWith(open, gender)) return null
    let c = s + 2
    while (c < at && c - s - 2 <= PAREN_SUBJECT_WORDS && this.t.kinds[c] === WORD) c++
    if (c === s + 2 || c >= at || c - s - 2 > PAREN_SUBJECT_WORDS || this.keys[c] !== ")" || !this.keys[s + 2]!.startsWith(ALEF_LAM)) return null
    for (let k = c + 1; k < at; k++) if (this.markChar(k) !== null) return null
    return this.resolve([s + 2, c], gender, true)
  }

  /**
   * The subject written before the speech verb right before a participle (`إلا أن المحامي حذر قائلا: "…"`, `لكن
   * السلطات ردت قائلة:`), when the clause names nobody the rules before read: the words {@link subjectBeforeVerb}
   * reads before that verb, as for the verb alone (fifty-ninth session, helper arquote10; before, the chain's last
   * speaker, a body's officials quoted two paragraphs before). Pushed; else null.
   */
  private frontedBeforeVerb(cue: Cue): Speaker | null {
    const v = cue.at - 1
    if (v <= this.ps || this.t.kinds[v] !== WORD || this.verbAt(v, this.pe) <= 0) return null
    const topic = this.subjectBeforeVerb(v)
    return topic === null ? null : this.resolve(topic, cue.gender, true)
  }

  /**
   * The subject of the verb before a verb with و and no subject of its own (thirty-fourth session, after the A54
   * reading's `اليابان` carried on to South Korea's words): `ونددت بها كوريا الجنوبية ووصفتها بأنها "…"`, `ورحب به
   * الوزير وقال إن …`. The person, organisation or place the entity stage tagged ends right before the verb (no comma
   * between), and right before it stands a verb with و or a preposition with its pronoun after such a verb; a place or
   * an organisation only before a feminine verb, a person only before a masculine one. Pushed onto the chain; else null.
   */
  private coordinatedSubject(cue: Cue): Speaker | null {
    const at = cue.at
    const key = this.keys[at]!
    if (this.entities.length === 0 || at - 2 <= this.ps || this.t.kinds[at - 1] !== WORD || (cue.gender !== "m" && cue.gender !== "f")) return null
    // (the verb carries its و: `ووصفتها`, `وقال`; not `وصفتها` alone)
    if (!key.startsWith("\u0648") || (key.startsWith("\u0648\u0635\u0641") && !cue.verb.startsWith("\u0648"))) return null
    const o = this.orig(this.t.starts[at - 1]!, this.t.ends[at - 1]!)
    const e = this.entityIn(o)
    if (e === null || e.end !== o.end || !(cue.gender === "f" ? e.type === "LOCATION" || e.type === "ORGANIZATION" : e.type === "PERSON")) return null
    const k = this.walkBack(at - 1, this.ps, e.start, "start", true)
    if (this.orig(this.t.starts[k]!, this.t.ends[k]!).start !== e.start || k - 1 <= this.ps || this.t.kinds[k - 1] !== WORD) return null
    let v = k - 1
    if (this.lex.prepPronouns.has(this.keys[v]!)) v--
    if (v < this.ps || this.t.kinds[v] !== WORD) return null
    const verb = this.keys[v]!
    // (a verb with و: not a noun, a preposition or a word the entity stage tagged)
    // (not a noun with و and a preposition or the article: `وللرئيس هادي وقال`, `والوزير`, `وبالرئيس`)
    if (!verb.startsWith("\u0648") || verb.length < 4 || /^\u0648(?:\u0644\u0644|[\u0644\u0628\u0643]?\u0627\u0644)/.test(verb) || this.lex.arStops.has(verb) || this.nounAt(v) || this.entityIn(this.orig(this.t.starts[v]!, this.t.ends[v]!)) !== null) return null
    return this.pushEntity(e, cue.gender, at)
  }

  /**
   * A kin named with a possessive pronoun (`kinWithPronoun`: `أخوها`, `أمه`) right before a verb with و and no subject,
   * right after a verb with و or ف of its own (fifty-third session, helper arcarry, after the A102 reading: `… فقام
   * أخوها وقال لأبيه: …` gave the words to the interviewee the title names): the kin is the subject of
   * both verbs and speaks, the phrase itself (no person the text names). The kin's gender is the cue's; the verb before
   * it is no noun, stop word or entity. Pushed; else null.
   */
  private coordinatedKin(cue: Cue): Speaker | null {
    const at = cue.at
    if (this.entities.length === 0 || at - 2 < this.ps || this.t.kinds[at - 1] !== WORD || !this.keys[at]!.startsWith("\u0648") || (cue.gender !== "m" && cue.gender !== "f")) return null
    const kin = this.keys[at - 1]!
    if (!(cue.gender === "f" ? this.lex.kinPronounF : this.lex.kinPronounM).has(kin)) return null
    const v = at - 2
    if (v < this.ps || this.t.kinds[v] !== WORD) return null
    const verb = this.keys[v]!
    if (!(verb.startsWith("\u0648") || verb.startsWith("\u0641")) || verb.length < 4 || /^[\u0648\u0641](?:\u0644\u0644|[\u0644\u0628\u0643]?\u0627\u0644)/.test(verb) || this.lex.arStops.has(verb) || this.lex.arStops.has(withoutConjunction(verb, 3)) || this.nounAt(v) || this.entityIn(this.orig(this.t.starts[v]!, this.t.ends[v]!)) !== null) return null
    const o = this.orig(this.t.starts[at - 1]!, this.t.ends[at - 1]!)
    return this.push({ text: this.text.slice(o.start, o.end), entityId: null, gender: cue.gender, person: true }, at - 1)
  }

  /**
   * The subject of the verb that opens the sentence of a verb with و and no subject of its own (thirty-fifth session,
   * after the A58, A60 and A61 readings: the speaker before carried on past a newly named one): `من جانبه، أبدى رئيس
   * الوزراء X موقفا …، وقال: «…»`, `ثم تحدث المدرب X عن … وقال`. The sentence does not open with the cue, nobody was
   * pushed onto the chain in it before the cue, and its opening verb and subject read as {@link verbFirstSubject}
   * reads them. Pushed onto the chain; else null.
   */
  private ownSentenceSubject(cue: Cue): Speaker | null {
    const at = cue.at
    const waw = this.keys[at]!.startsWith("\u0648")
    if (this.entities.length === 0 || !(waw || this.faOnward(at))) return null
    const s = this.sentenceStart(at)
    // (with ف, no colon or mark between: `وعن X قال: جاء رجل إلى … فقال: (…)` is the man's, told by X)
    if (!waw) for (let k = s; k < at; k++) if (this.isColon(k) || this.markChar(k) !== null) return null
    // (a true start, not the bound of sentenceStart's scan)
    if (s >= at - 2 || this.lastPushAt >= s || (s > this.ps && !this.isSentenceEnd(s - 1))) return null
    // (no conjunction that opens a clause with its own subject between, `clauseBreaks`: `ولا يتوقف X عن نهجه …، بينما
    // ترد القاهرة … ووصفها بـ«…»` gives the words to the subject of the clause `بينما` opens, not to X)
    for (let k = s + 1; k < at; k++) if (this.t.kinds[k] === WORD && this.lex.clauseBreaks.has(this.keys[k]!)) return null
    // (not after `كما` ("also"): `كما هاجم X وسخر من …، وقال إن` goes on with the subject before, X its object)
    if (withoutConjunction(this.keys[s]!) === KAMA) return null
    return this.verbFirstSubject(s, at, cue.gender, at) ?? this.placeFirstSubject(s, at, cue.gender) ?? this.subjectFirstPerson(s, at, at) ?? this.silentSpeechSubject(s, at, cue.gender) ?? this.openingRoleSubject(s, at, cue.gender) ?? this.relatingSubject(s, at, cue.gender)
  }

  /**
   * The subject of a verb of relating inside the sentence `[s, at)`, for a verb with و and no subject later in it
   * (sixty-second session, helper arquote19): `وفي عمود في صحيفة X ربط غسان شربل أيضا بين الاتفاق وتنظيم داعش وقال إن
   * … . وكتب "…"` — a fronted phrase opens the sentence, so {@link verbFirstSubject} does not reach the verb, and the
   * chain gave the words to a speaker of the paragraph before. A bare `بين` that {@link relatingBefore} reads as
   * "between" after a verb of relating (no article, agreeing with `gender`), and the subject right after that verb as
   * {@link subjectAfterVerb} reads it (never a party after `بين`). Pushed at `at`; else null.
   */
  private relatingSubject(s: number, at: number, gender: Gender | null): Speaker | null {
    for (let b = s + 2; b < at; b++) {
      if (this.t.kinds[b] !== WORD) continue
      const p = this.relatingBefore(b)
      if (p < s) continue
      const verb = withoutConjunction(this.keys[p]!, 3)
      if (verb.startsWith(ALEF_LAM) || this.nounAt(p) || !agreesWith(verb, gender)) return null
      return this.subjectAfterVerb(p, b, gender, false, at) ?? this.subjectAfterVerb(p, b, gender, true, at)
    }
    return null
  }

  /**
   * Does the speech verb at token `at` go on with `ف` ("and so") in the middle of its sentence (sixty-first session,
   * helper arquote14, after the A116 reading: `بدوره أثنى رئيس الوزراء … على القوة … فكتب يقول في بيان: «…»` gave the
   * words to the speaker of the paragraph before): the verb itself glued to `ف` (`فقال`), or `يقول`/`قائلا` right
   * after a speech verb glued to `ف` (`فكتب يقول`). Read by {@link ownSentenceSubject} as a verb glued to `و` is, with
   * no colon or mark between the sentence's start and the verb (a story told inside a quote).
   */
  private faOnward(at: number): boolean {
    const fa = (k: number): boolean => k >= this.ps && this.t.kinds[k] === WORD && this.keys[k]!.startsWith("\u0641") && this.keys[k]!.length > 3 && this.lex.verbForms.has(this.keys[k]!.slice(1))
    return fa(at) || (at - 1 > this.ps && !this.keys[at]!.startsWith("\u0648") && fa(at - 1))
  }

  /**
   * The subject of a verb of no speech that opens the sentence `[s, at)` when it is a role, not a name right after
   * the verb (forty-sixth session, helper relay; {@link verbFirstSubject} reads a name there): `وفي مستهل الاجتماع، رفع
   * نائب رئيس المجلس الشكر … ، وقال "…"` — the definite role right after the verb stands for a person
   * named before with it ({@link roleHolderBefore}; the longest of up to {@link ROLE_SUBJECT_WORDS} words that does,
   * as the role runs into the verb's object, `الشكر`); `وأشاد مدير الدفاع المدني في محافظة الطائف العقيد X بما …، وقال:` —
   * a person whose role, as the entity stage read it, fills the words between the verb and the name (a preposition
   * in it too, which {@link subjectAfterVerb} does not read past). The verb (past a lead phrase or a conjunction) is
   * no noun and no speech verb ({@link silentSpeechSubject} reads those) and agrees with `gender`. Pushed; else null.
   */
  private openingRoleSubject(s: number, at: number, gender: Gender | null, pushAt: number = at): Speaker | null {
    if (this.entities.length === 0 || gender === "p") return null
    let p = this.verbAfterLead(s, at)
    if (p === s) p = this.verbAfterOpener(s, at)
    if (p < s || p + 1 >= at || this.t.kinds[p] !== WORD || this.t.kinds[p + 1] !== WORD) return null
    const key = this.keys[p]!
    const open = withoutConjunction(key, 3)
    const lex = this.lex
    if (this.leadWord(key) || this.nounAt(p) || lex.verbForms.has(open) || lex.verbForms.has(key) || lex.participles.has(open) || !agreesWith(open, gender)) return null
    // (a person whose role fills the words after the verb: the role's text, as the entity stage read it, is the gap)
    const after = this.orig(this.t.starts[p]!, this.t.ends[p]!).end
    for (let k = p + 1; k < Math.min(at, p + 1 + ROLE_GAP_TOKENS); k++) {
      const e = this.entityStartingAt(k)
      // (a place or a body inside the role is read past: `في منطقة تبوك`)
      if (e === null || e.type !== "PERSON") continue
      if (e.role === null || e.role === undefined || k === p + 1) break
      const role = e.role.replace(/\s+/g, " ").trim()
      if (this.text.slice(after, e.start).replace(/\s+/g, " ").trim() === role) return this.pushEntity(e, gender, pushAt)
      // (or all but a title right before the name, which the entity stage did not read into the role: `الرئيس التنفيذي
      // لبورصة البحرين الشيخ X`; fifty-fourth session, helper arcarry2)
      if (k - 1 > p + 1 && this.lex.arTitles.has(this.keys[k - 1]!) && this.text.slice(after, this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!).start).replace(/\s+/g, " ").trim() === role) return this.pushEntity(e, gender, pushAt)
      break
    }
    // (a definite role with no name after it: the longest phrase that stands for a person named before)
    const held = this.roleAfterVerb(p, at)
    return held !== null ? this.pushEntity(held, gender, pushAt) : null
  }

  /**
   * The person named before with the role right after the verb at token `p` (before `at`, no entity starting right
   * after the verb): the longest of up to {@link ROLE_SUBJECT_WORDS} words, no stop word or complementizer among them,
   * that {@link roleHolderBefore} reads for a person; else null ({@link openingRoleSubject}, {@link clauseSubject}).
   */
  private roleAfterVerb(p: number, at: number): Entity | null {
    if (this.entityStartingAt(p + 1) !== null) return null
    const lex = this.lex
    let b = p + 1
    while (b < Math.min(at, p + 1 + ROLE_SUBJECT_WORDS) && this.t.kinds[b] === WORD && this.entityStartingAt(b) === null && !lex.arStops.has(this.keys[b]!) && !lex.complementizers.has(this.keys[b]!)) b++
    for (; b > p + 1; b--) {
      const held = this.roleHolderBefore(p + 1, b)
      if (held !== null) return held
    }
    return null
  }

  /**
   * The person a definite role right after the verb that opens the clause at `s` stands for (fifty-fifth session,
   * helper arrole3, after the A106 reading: `وعلق الرئيس على عقوبة الاتحاد الأوروبي …، فقال:` is the president named
   * before, not the body in the object): the verb (past a lead phrase or an opener) is no noun and agrees with
   * `gender`; the word after it has the article and no entity starts there ({@link roleAfterVerb}). Else null.
   */
  private openingRoleHolder(s: number, at: number, gender: Gender | null): Entity | null {
    if (gender === "p") return null
    const p = this.openingVerb(s, at, gender, true)
    if (p < 0 || !this.keys[p + 1]!.startsWith(ALEF_LAM)) return null
    // (not a role that runs into the name of its holder, past titles or a comma: `أما الشاعر X، فيرى`, `ويعلق السفير
    // الدكتور X، …، قائلا`, `وكان الرئيس أوباما قد قال` name the subject themselves)
    const lex = this.lex
    let commas = 0
    for (let k = p + 1; k < at && k <= p + ROLE_SUBJECT_WORDS + 2; k++) {
      if (this.personAt(k) !== null) return null
      if (this.isPunct(k, COMMAS) && ++commas === 1) continue
      if (this.t.kinds[k] !== WORD || lex.arStops.has(this.keys[k]!) || lex.complementizers.has(this.keys[k]!)) break
    }
    return this.roleAfterVerb(p, at)
  }

  /**
   * The verb that opens the sentence `[s, end)` past a lead phrase ({@link verbAfterLead}) or, with `opener` and no
   * lead phrase, past a conjunction of `verbOpeners` ({@link verbAfterOpener}), a word right after it before `end`: no
   * lead word, no noun, agreeing with `gender`. Its token, else -1 ({@link openingRoleHolder} and
   * {@link untaggedOpeningSubject} read the subject after it).
   */
  private openingVerb(s: number, end: number, gender: Gender | null, opener: boolean): number {
    let p = this.verbAfterLead(s, end)
    if (opener && p === s) p = this.verbAfterOpener(s, end)
    if (p < s || p + 1 >= end || this.t.kinds[p] !== WORD || this.t.kinds[p + 1] !== WORD) return -1
    const key = this.keys[p]!
    return this.leadWord(key) || this.nounAt(p) || !agreesWith(withoutConjunction(key, 3), gender) ? -1 : p
  }

  /**
   * The subject of a speech verb that opens the sentence `[s, at)` with no speech after it (`وأكد ناطق باسم النادي من
   * جانبه النبأ … وقال إن …`, `ونوه X بمعالجة … ، وقال:`; forty-fifth session, helper carry): nobody was pushed in
   * the sentence ({@link ownSentenceSubject} tests it), so that verb's subject has not joined the chain, and the later
   * verb with و and no subject goes on with it, not with the speaker the chain named before. The verb agrees with
   * `gender`; its phrase is resolved as a speaker phrase (an unnamed spokesman too) and pushed. Else null.
   */
  private silentSpeechSubject(s: number, at: number, gender: Gender | null): Speaker | null {
    const p = this.verbAfterLead(s, at)
    if (p < 0 || p + 1 >= at || this.t.kinds[p] !== WORD) return null
    const key = this.keys[p]!
    const open = withoutConjunction(key, 3)
    if (!(this.lex.verbForms.has(open) || this.lex.verbForms.has(key)) || !agreesWith(open, gender)) return null
    const c0 = key.charCodeAt(0)
    const cue = (key.length > 3 && (c0 === C_WAW || c0 === C_FA) ? this.cueWithoutProclitic(p, at) : null) ?? this.cueAt(p, at, key)
    if (cue === null || cue.kind !== "verb" || cue.speaker === null || cue.continues) return null
    // (a person or an organisation right after the verb, as verbFirstSubject reads it: `وأكد نائب رئيس الاتحاد X جاهزية …`)
    const named = this.subjectAfterVerb(p, at, gender, false, at) ?? this.subjectAfterVerb(p, at, gender, true, at)
    if (named !== null) return named
    // (else an unnamed source or spokesman whose phrase reads short: `ناطق باسم النادي الفرنسي`)
    const first = withoutConjunction(this.keys[cue.speaker[0]]!, 4)
    if (!(this.lex.unnamedSources.has(first) || SPOKESMAN_ANY_CASE.test(this.keys[cue.speaker[0]]!))) return this.untaggedSpeechSubject(cue.speaker, at, gender)
    return this.shortPhraseSpeaker(cue.speaker, gender)
  }

  /**
   * The phrase after a speech verb that opens the sentence with no speech after it, when nothing else could speak for
   * the later verb with و and no subject (forty-ninth session, helper archain): `شددت المديرية العامة للشؤون الصحية في
   * X على …، وقالت: "…"` — a body or a person the entity stage did not tag. Read only when the chain is empty and the
   * text names no person before the cue (the chain would give nobody), the verb agrees with `gender`, and the phrase
   * resolves to at most {@link UNNAMED_WORDS} words. Pushed; else null.
   */
  private untaggedSpeechSubject(phrase: readonly [number, number], at: number, gender: Gender | null): Speaker | null {
    if (this.chain.length > 0 || this.firstPersonStart() < this.orig(this.t.starts[at]!, this.t.ends[at]!).start) return null
    return this.shortPhraseSpeaker(phrase, gender)
  }

  /**
   * The speaker `phrase` resolves to, pushed, when it reads at most {@link UNNAMED_WORDS} words; else null, and what
   * resolving pushed is taken back off the chain ({@link silentSpeechSubject}, {@link untaggedSpeechSubject}). The
   * phrase is resolved once (the fiftieth session: it was resolved without pushing, then again to push).
   */
  private shortPhraseSpeaker(phrase: readonly [number, number], gender: Gender | null): Speaker | null {
    const pushed = this.chain.length
    const lastPush = this.lastPushAt
    const r = this.resolve(phrase, gender, true)
    if (r !== null && r.text.split(/\s+/).length <= UNNAMED_WORDS) return r
    this.rewindChain(pushed, lastPush)
    return null
  }

  /**
   * A country or a city right after the feminine past verb that opens the sentence `[s, end)` (past a lead phrase: `من
   * جانبها، حثت الصين الأطراف …، ووصفت الموقف بأنه "…"`; forty-second session, helper short), for a feminine verb with
   * no subject later in it: the place speaks for its government. Not a speech verb's (its subject was read already).
   * Pushed; else null.
   */
  private placeFirstSubject(s: number, end: number, gender: Gender | null): Speaker | null {
    if (gender !== "f") return null
    const p = this.verbAfterLead(s, end)
    if (p < 0 || p + 1 >= end || this.t.kinds[p] !== WORD || this.t.kinds[p + 1] !== WORD) return null
    const open = withoutConjunction(this.keys[p]!, 3)
    if (!open.endsWith("\u062a") || open.startsWith(ALEF_LAM) || this.lex.arStops.has(open) || this.lex.verbForms.has(open) || this.lex.verbForms.has(this.keys[p]!)) return null
    const e = this.entityStartingAt(p + 1)
    if (e === null || e.type !== "LOCATION") return null
    return this.pushEntity(e, gender, p + 1)
  }

  /**
   * The source an according phrase names right after the words a relaying outlet's verb reports (thirty-fourth
   * session, after the A54 reading's `أفادت الأنباء`): the verb's subject opens with a noun of a relaying outlet
   * (`relayNouns`: `الأنباء`, `وكالة`, `صحيفة`, `التلفزيون` …), the first quotation marks after the verb (within 80
   * tokens, in its paragraph) close, a comma or nothing follows, then an according phrase (`بحسب`, `وفقا لـ`, `حسب`)
   * whose source opens with no such noun (`بحسب أحد مساعدي ترامب`; not `حسب وكالة رويترز`). That source, resolved as
   * a speaker phrase; else null.
   */
  private sourceAfterRelay(cue: Cue, speech: boolean): Speaker | null {
    if (cue.speaker === null || !this.lex.relayNouns.has(this.keys[cue.speaker[0]]!)) return null
    const limit = Math.min(this.pe, cue.end + 80)
    let open = -1
    let k = cue.end
    for (; k < limit; k++) {
      if (this.t.kinds[k] !== PUNCT || !MARKS.has(this.keys[k]!)) continue
      if (open < 0) open = k
      else break
    }
    if (open < 0 || k >= limit) return null
    k++
    while (k < this.pe && this.isPunct(k, COMMAS)) k++
    if (k >= this.pe || this.t.kinds[k] !== WORD) return null
    const acc = this.cueAt(k, this.pe, this.keys[k]!)
    if (acc === null || acc.kind !== "according" || acc.speaker === null || this.lex.relayNouns.has(this.keys[acc.speaker[0]]!)) return null
    return this.resolve(acc.speaker, cue.gender, speech)
  }

  /** Is the text between original offsets `from` and `to` one title (`titles` in `ar.json`: `الدكتور`, `المهندس`) and spaces? */
  private titleGap(from: number, to: number): boolean {
    const gap = this.text.slice(from, to).trim()
    if (gap.length === 0 || gap.length > 16 || /[\s\u00a0]/.test(gap)) return false
    const keys = foldKey(gap)
    return keys.length === 1 && this.lex.arTitles.has(keys[0]!)
  }

  /**
   * Is the cue a verb of describing right after a relative pronoun whose object pronoun agrees with it (`التي وصفتها`,
   * `الذي وصفه`, `الذين وصفهم`: {@link describesPronoun}, ها after `التي`, ه after `الذي`, هم after `الذين`)? The
   * pronoun takes up the antecedent, which is then the one described, not the one describing (fifty-ninth session,
   * helper arquote10: `وأشاد بموقف دول التحالف العربي التي وصفتها بـ«…»` gave the praise's words to the coalition).
   * The two agree when {@link objectPronounGender} of the verb is {@link relativeGender} of the pronoun.
   */
  private resumedAntecedent(cue: Cue): boolean {
    if (cue.at - 1 < this.ps || !this.describesPronoun(cue)) return false
    const rel = this.keys[cue.at - 1]!
    if (!this.lex.relativePronouns.has(rel)) return false
    return objectPronounGender(cue.verb) === relativeGender(rel)
  }

  /** Has the cue no subject after it: no phrase, or one word that names nobody (`حينها`, `ساخرا`)? */
  private noSubject(cue: Cue): boolean {
    if (cue.speaker === null) return true
    const [a, b] = cue.speaker
    if (b - a !== 1 || this.entities.length === 0) return false
    const span = this.orig(this.t.starts[a]!, this.t.ends[a]!)
    return this.entityIn(span) === null && this.mannerAdverb(a, span)
  }

  /**
   * The person or organisation right before the relative pronoun before token `at` (`X، الذي قال`, `X التي قالت`:
   * the entity ends at the word before the pronoun, or before a comma there; the pronoun agrees with the verb),
   * pushed onto the chain; else null.
   */
  private relativeAntecedent(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0 || at - 2 < this.ps || !this.lex.relativePronouns.has(this.keys[at - 1]!)) return null
    // the pronoun agrees with the verb (تصريحات X، التي أكد فيها: التي is the statements', the verb another's)
    const rel = this.keys[at - 1]!
    const relGender = relativeGender(rel)
    if (gender !== null && gender !== relGender) return null
    let q = at - 2
    const comma = this.isPunct(q, COMMAS)
    if (comma) q--
    // قصة (عبدالله) الذي يقول:, منظمة … (أيباك) التي قالت:: a name in parentheses or marks right before the pronoun,
    // its opening one right before the name's first word (fifty-fifth session, helper arcarry3, after the A106 reading)
    if (!comma) q = this.enclosedNameEnd(q)
    if (q < this.ps || this.t.kinds[q] !== WORD) return null
    const o = this.orig(this.t.starts[q]!, this.t.ends[q]!)
    const e = this.entityIn(o)
    if (e === null || e.end < o.end || (e.type !== "PERSON" && e.type !== "ORGANIZATION")) return comma && relGender !== "p" ? this.relativePastApposition(at, q, relGender) ?? this.repeatedRelative(at, relGender) : null
    if (e.type === "ORGANIZATION") {
      const channel = this.channelOfName(e, q, gender, at)
      if (channel !== null) return channel
    }
    return this.pushEntity(e, gender, at)
  }

  /**
   * The speaker of a relative clause whose antecedent is a name in construct after a channel's noun (`relayNouns`:
   * `تليفزيون برشلونة الذي قال:`; fifty-sixth session, helper ardoc; before, the club the name is): the one whose
   * statements the clause's document noun names right before the channel (`ونقلت صحيفة «X» تصريحات Y من تليفزيون
   * برشلونة الذي قال:`: the channel only carried Y's words), else the channel's phrase itself, its noun and the name
   * (not the name's body). Pushed; null when no channel's noun stands right before the name ending at token `q`.
   */
  private channelOfName(e: Entity, q: number, gender: Gender | null, at: number): Speaker | null {
    let a = q
    while (a > this.ps && this.t.kinds[a - 1] === WORD && this.orig(this.t.starts[a - 1]!, this.t.ends[a - 1]!).start >= e.start) a--
    const n = a - 1
    if (n < this.ps || this.t.kinds[n] !== WORD || this.entityIn(this.orig(this.t.starts[n]!, this.t.ends[n]!)) !== null) return null
    const key = this.keys[n]!
    const bare = key.length > 3 && key[0] === LAM_KEY ? key.slice(1) : key
    if (!this.lex.relayNouns.has(key) && !this.lex.relayNouns.has(bare)) return null
    // (تصريحات Y من تليفزيون X, تصريحات Y لتليفزيون X: a document noun and its owner right before `من` or the channel's
    // glued `ل`, in the same clause)
    const link = key !== bare ? n : n - 1
    if (link === n || (link > this.ps && this.t.kinds[link] === WORD && (this.keys[link] === MIN || this.keys[link] === ABR))) {
      const c = this.clauseStart(n)
      for (let k = link - 1; k >= Math.max(c, link - 6); k--) {
        if (this.t.kinds[k] !== WORD) break
        if (docStem(this.keys[k]!, this.lex.speechDocuments) === null) continue
        // (the owner tagged right after the noun, up to three words of a role between: تصريحات رئيس النادي X)
        for (let j = k + 1; j < link && this.t.kinds[j] === WORD; j++) {
          const owner = this.entityStartingAt(j)
          if (owner !== null) return owner.entityId !== e.entityId && (owner.type === "PERSON" || owner.type === "ORGANIZATION") ? this.pushEntity(owner, gender, at) : null
          const w = this.keys[j]!
          if (j - k > 3 || this.lex.arStops.has(w) || this.lex.complementizers.has(w) || this.lex.verbForms.has(w)) break
        }
        break
      }
    }
    // (the channel's phrase as written, its noun and the name: not the name's body)
    const from = this.orig(this.t.starts[n]!, this.t.ends[n]!).start
    const text = this.text.slice(key !== bare ? from + 1 : from, e.end)
    return this.push({ text, entityId: null, gender, person: false }, at)
  }

  /**
   * The last word of one to {@link ENCLOSED_NAME_WORDS} words that a closing parenthesis or quotation mark at token `q`
   * ends, an opening parenthesis or mark right before the first of them, no other punctuation between (`(عبدالله)`,
   * `«أيباك»`; fifty-fifth session, helper arcarry3); else `q` itself.
   */
  private enclosedNameEnd(q: number): number {
    if (q - 2 < this.ps || this.t.kinds[q] !== PUNCT) return q
    const close = this.keys[q]!
    if (close !== ")" && this.markChar(q) === null) return q
    for (let k = q - 1; k >= this.ps && k >= q - 1 - ENCLOSED_NAME_WORDS; k--) {
      if (this.t.kinds[k] === WORD) continue
      if (k === q - 1 || this.t.kinds[k] !== PUNCT) return q
      return (close === ")" ? this.keys[k] === "(" : this.markChar(k) !== null) ? q - 1 : q
    }
    return q
  }

  /**
   * The person before an apposition set off by two commas before the relative pronoun at `at - 1` (fifty-third session,
   * helper arcarry, after the A103 reading and the dump: `ومن بين هؤلاء X، رجل أعمال، الذي قال: «…»`, `أولهن X،
   * مستشارة الرئيس Y للأمن الوطني، التي قالت: «…»` gave the words to the speaker quoted before): from the word `q`
   * before the comma that opens the relative clause, at most {@link APPOSITION_WORDS} words back to a comma with no
   * other punctuation or mark between, and a person (or, for `التي`, an organisation too) tagged right before that
   * comma, ending at its word; the apposition opens with no speech verb and no stop word (a preposition: the next item
   * of a list, `من X ونيكسون، إلى بومبيدو والجنرال ديغول، الذي`). Pushed; else null.
   */
  private relativePastApposition(at: number, q: number, gender: Gender): Speaker | null {
    let c = -1
    for (let k = q; k >= this.ps && k >= q - APPOSITION_WORDS; k--) {
      if (this.t.kinds[k] === WORD) continue
      if (this.isPunct(k, COMMAS)) c = k
      break
    }
    if (c < 0 || c === q || c - 1 < this.ps || this.t.kinds[c - 1] !== WORD || this.verbAt(c + 1, this.pe) > 0) return null
    // (no list's next item: `من X وY ونيكسون، إلى بومبيدو والجنرال ديغول، الذي أكد` opens with a preposition)
    if (this.lex.arStops.has(this.keys[c + 1]!) || this.lex.arStops.has(withoutConjunction(this.keys[c + 1]!, 3))) return null
    const o = this.orig(this.t.starts[c - 1]!, this.t.ends[c - 1]!)
    const e = this.entityIn(o)
    if (e === null || e.end !== o.end || !(e.type === "PERSON" || (e.type === "ORGANIZATION" && gender === "f"))) return null
    return this.pushEntity(e, gender, at)
  }

  /**
   * The person a relative pronoun after a comma repeats (fifty-third session, helper arcarry, after the A103 reading:
   * `بينهم X محاسب مفوضية Y الذي روى للوكالة ما تعرض له من تعذيب في مديرية Z، الذي يقول: «…»` gave the words to the
   * speaker quoted in the paragraph before): the same pronoun (`الذي`, `التي`) stands earlier in the sentence of the
   * verb at `at`, at most {@link REPEATED_RELATIVE} tokens before the comma, right after a person (or, for `التي`, an
   * organisation too) tagged within {@link RELATIVE_HOLDER} tokens before it; no person or organisation is tagged
   * between that entity and the comma, no mark stands between, and nobody was pushed onto the chain in the sentence.
   * Pushed; else null.
   */
  private repeatedRelative(at: number, gender: Gender): Speaker | null {
    const rel = this.keys[at - 1]!
    const s = this.sentenceStart(at)
    if (this.lastPushAt >= s) return null
    let r = -1
    for (let k = at - 3; k > s && k >= at - 2 - REPEATED_RELATIVE; k--) {
      if (this.markChar(k) !== null) return null
      if (this.t.kinds[k] === WORD && this.keys[k] === rel) {
        r = k
        break
      }
    }
    if (r < 0) return null
    const lo = this.orig(this.t.starts[Math.max(s, r - RELATIVE_HOLDER)]!, this.t.ends[Math.max(s, r - RELATIVE_HOLDER)]!).start
    const mid = this.orig(this.t.starts[r]!, this.t.ends[r]!).start
    const to = this.orig(this.t.starts[at - 2]!, this.t.ends[at - 2]!).start
    let holder: Entity | null = null
    for (let i = this.firstEntityFrom(lo); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= to) break
      if (e.type !== "PERSON" && e.type !== "ORGANIZATION") continue
      if (e.start >= mid) return null
      holder = e
    }
    if (holder === null || (holder.type === "ORGANIZATION" && gender !== "f")) return null
    return this.pushEntity(holder, gender, at)
  }

  /**
   * Is the phrase after a verb of describing (`objectVerbs`: `وصف`, `اعتبر`) its object: a demonstrative and its noun
   * (`هذا البيان`), or one definite word with no entity on it that names no body, newspaper, writer, document or
   * title, and stands for no person named before with that role (`الاتفاق`, `التحقيق`, not `الوزير` after `الوزير X`)?
   * Only when entities ran.
   */
  protected describedObject(cue: Cue): boolean {
    const lex = this.lex
    if (this.entities.length === 0 || cue.speaker === null) return false
    // (the verb's key as tokenized, with or without its و/ف: no folding per cue)
    const verb = this.keys[cue.at]!
    if (!lex.objectVerbs.has(verb) && !lex.objectVerbs.has(withoutConjunction(verb, 3))) return false
    // (only where someone spoke in this sentence or the one before: the describing goes on with their words; وصف
    // النواب في البرلمان … after no speaker is the deputies' own)
    const s = this.sentenceStart(cue.at)
    if (this.lastPushAt < (s > this.ps ? this.sentenceStart(s - 1) : s)) return false
    const [a, b] = cue.speaker
    const key = this.keys[a]!
    if (b - a <= 2 && (this.lex.subjectDemonstratives.has(key) || this.lex.objectDemonstratives.has(key))) return true
    if (this.lex.definiteQuantifiers.has(key)) return false
    if (b - a !== 1 || this.t.kinds[a] !== WORD || !key.startsWith(ALEF_LAM) || key.length < 5) return false
    if (lex.bodyNouns.has(key) || lex.outletNouns.has(key) || lex.writerNouns.has(key) || lex.arTitles.has(key) || lex.epithetHeads.has(key) || lex.arPronouns.has(key)) return false
    if (this.entityIn(this.orig(this.t.starts[a]!, this.t.ends[a]!)) !== null) return false
    return this.namedBefore(a) === null && this.roleHolderBefore(a, b) === null && this.documentIssuer(a, b) === null
  }

  /**
   * Does the cue's speaker phrase hold a person entity, or name one in an apposition after it (`نائب الرئيس، X،`)?
   * Its subject then joins the chain even when no speech follows (أعرب الشيخ أحمد عن …).
   */
  protected namesPerson(cue: Cue): boolean {
    if (cue.speaker === null || this.entities.length === 0) return false
    const [a, b] = cue.speaker
    const span = this.orig(this.t.starts[a]!, this.t.ends[b - 1]!)
    const e = this.entityIn(span)
    if (e !== null && e.type === "PERSON") return true
    // حذر نائب الرئيس الأمريكي، مايك بنس، من …، قائلا إن «…»: the person in the apposition after a role is the
    // subject too, and the participle later in the sentence is his; not after a subject that is an organisation by
    // name (أعلنت منظمة X …، حربا على إدارة الرئيس، Y: Y is the object's)
    // (read only where the phrase stops at a comma or at في: where an apposition or the role's place can follow; the
    // scan is skipped for the many subjects that end at a complementizer, a verb or the end of the clause)
    if (b >= this.pe || !(this.isPunct(b, COMMAS) || this.keys[b] === FI)) return false
    return (e === null || e.start > span.start) && this.appositionPerson(b, true) !== null
  }

  /**
   * Is the person `next` the holder, in an apposition between commas, of a role whose body `e` is glued to its `ل`
   * (`الأمين العام لحزب X اللبناني، Y،`: `ل` right before the body, definite words only, at most three, then a comma
   * between them, and a comma right after the person; forty-second session, helper short)?
   */
  private roleBodyApposition(e: Entity, next: Entity): boolean {
    if (e.start < 1 || this.text[e.start - 1] !== "\u0644" || next.start - e.end > 60) return false
    if (!ROLE_BODY_GAP.test(this.text.slice(e.end, next.start))) return false
    return /^[\s\u00a0]*[\u060c,]/.test(this.text.slice(next.end, next.end + 3))
  }

  /**
   * Is the body `e` (its first token `tk`, or the token its mention starts inside) the outlet a speech verb's subject
   * told something (fifty-second session, helper arthreat): `ل` right before it, written alone (`لـ`, `لـ«X»`,
   * `لـ "X"`, one mark between) or glued to its first word (`لX`), after a speech verb (`وأكد لـ"X" أن`) or after a
   * noun of a statement or an interview (`speechOccasions`, `meetingNouns`: `في تصريح لـ«X»`, `في حديث لـ«X»`; one
   * adjective may stand between, `في تصريحات خاصة لـ«X»`); glued, a news agency of `addressees` after any word
   * (`دبلوماسي غربي لرويترز`). Not `الأمين العام لـ«X»`, `المدير التنفيذي لشركة X`:
   * a role in construct with its body, whose ل stands after a noun of no statement.
   */
  private toldOutlet(e: Entity, tk: number): boolean {
    const lex = this.lex
    let k = tk < this.pe && this.orig(this.t.starts[tk]!, this.t.ends[tk]!).start <= e.start ? tk : -1
    if (k < 0) return false
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    let p: number
    if (o.start < e.start) {
      // لX: the mention starts inside its token, after ل (and a tatweel)
      if (!/^\u0644\u0640?$/.test(this.text.slice(o.start, e.start))) return false
      // (a news agency the lexicon lists as an addressee is one after any word: وقلل دبلوماسي غربي لرويترز من …)
      if (lex.addressees.longestAt(this.keys, k, this.pe) !== null) return true
      p = k - 1
    } else {
      if (k > this.ps && this.markChar(k - 1) !== null) k--
      const l = k - 1
      if (l < this.ps || this.t.kinds[l] !== WORD) return false
      const lo = this.orig(this.t.starts[l]!, this.t.ends[l]!)
      if (!/^\u0644\u0640?$/.test(this.text.slice(lo.start, lo.end))) return false
      // (وروى الأب المكلوم لـ"سبق", واعترف عماد لـ"سبق": a paper of the outlets' lexicon after ل written alone is the
      // paper spoken to, whatever word stands before; the entity stage types it an organisation there, fifty-third
      // session, helper arents3)
      if (sourceNamed(this.text, e.start, e.end)?.kind === "outlet") return true
      p = l - 1
    }
    if (p < this.ps || this.t.kinds[p] !== WORD) return false
    const occasion = (j: number): boolean => j >= this.ps && this.t.kinds[j] === WORD && (lex.speechOccasions.has(withoutConjunction(this.keys[j]!)) || lex.meetingNouns.has(withoutConjunction(this.keys[j]!)))
    return occasion(p) || this.verbAt(p, this.pe) > 0 || (p > this.ps && occasion(p - 1))
  }

  /**
   * Does the mention `e` open at its token `tk`, right after a quotation mark with a token before that mark inside the
   * paragraph (`لـ«X»`, `والتقت «X»`: what {@link markedRoleBody} and {@link outletOwnVerb} read at `tk - 2`)?
   */
  private inMarksAt(e: Entity, tk: number): boolean {
    return tk < this.pe && this.orig(this.t.starts[tk]!, this.t.ends[tk]!).start === e.start && tk - 2 >= this.ps && this.markChar(tk - 1) !== null
  }

  /**
   * Is the body `e` (its first token `tk`) a role's body in marks whose holder `next` follows the closing mark (fifty-
   * second session, helper aroutlet): a mark right before it, `لـ` or a post's noun (`postNoun`) before that mark
   * (`الأمين العام لـ«حزب X» فلان`, `زعيم "حزب X" فلان`), and nothing but the closing mark and a space between the body
   * and the person?
   */
  private markedRoleBody(e: Entity, tk: number, next: Entity): boolean {
    if (!/^[\u00bb\u00ab"\u201d\u201c][\s\u00a0]+$/.test(this.text.slice(e.end, next.start))) return false
    if (!this.inMarksAt(e, tk)) return false
    const w = tk - 2
    if (this.t.kinds[w] !== WORD) return false
    const o = this.orig(this.t.starts[w]!, this.t.ends[w]!)
    return /^\u0644\u0640?$/.test(this.text.slice(o.start, o.end)) || this.postNoun(withoutConjunction(this.keys[w]!))
  }

  /**
   * Is the body `e` (its first token `tk`) an outlet doing its own reporting (fifty-second session, helper aroutlet):
   * its name in marks right after a verb of `outletVerbs` (`والتقت «X»`, `وتلقت «X» نسخة منه`), or after one and `به`/
   * `بها` (`سؤال توجهت به «X»`)?
   */
  private outletOwnVerb(e: Entity, tk: number): boolean {
    if (!this.inMarksAt(e, tk)) return false
    let v = tk - 2
    if (this.t.kinds[v] === WORD && BIH.has(this.keys[v]!) && v - 1 >= this.ps) v--
    return this.t.kinds[v] === WORD && (this.lex.outletVerbs.has(this.keys[v]!) || this.lex.outletVerbs.has(withoutConjunction(this.keys[v]!)))
  }

  /**
   * Is the person `e` (its first token `tk`) the verb that opens its clause at token `v`, read by the entity stage as a
   * one-word name (sixtieth session, helper arquote13, after the A116 reading: `وحفز نائب رئيس الاتحاد السعودي …
   * رئيس البعثة X لاعبي المنتخب …، وقال: "…"` gave the words to `حفز`)? The entity's every mention is one word (its
   * canonical form has no space), it is glued to the `و` that opens the clause (`وحفز`, `وبارك`), and a post's noun
   * with no article follows it (`headlineRoles`: `نائب`, `رئيس`, `عضو`): a verb before its subject's post, as a name
   * before its post would have a name's second word (`ومحمد علي رئيس …` is read as before).
   */
  private verbBeforePost(e: Entity, tk: number, v: number): boolean {
    if (e.type !== "PERSON" || tk !== v || e.canonical.includes(" ") || tk + 1 >= this.pe || this.t.kinds[tk + 1] !== WORD) return false
    const o = this.orig(this.t.starts[tk]!, this.t.ends[tk]!)
    if (e.start !== o.start + 1 || this.text[o.start] !== "\u0648") return false
    return this.lex.headlineRoles.has(this.keys[tk + 1]!)
  }

  /**
   * The subject of a participle's sentence (`وكان المدرب سامي قد انتقد …، قائلاً`): when no speaker was named
   * earlier in the sentence, the first person or organisation within {@link SUBJECT_WINDOW} tokens of its start.
   */
  protected clauseSubject(at: number, gender: Gender | null, chained: boolean): Speaker | null {
    if (this.entities.length === 0) return null
    const s = this.clauseStart(at)
    // a speaker named earlier in the same sentence is the subject
    if (chained && this.lastPushAt >= s) return this.chain[this.chain.length - 1] ?? null
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    // (the window counts from the verb after a lead phrase and its comma: `من جهته، هنأ رئيس حزب Y X، …، معتبرا` names X
    // past six tokens of the sentence; forty-second session)
    const lead = this.verbAfterLead(s, at)
    let last = Math.min(at, (lead > s ? lead : s) + SUBJECT_WINDOW) - 1
    // (not a name in the words a participle or a speech verb opened with a mark in the sentence: `ومضى قائلا "عصابات
    // X …، واسترسل قائلا "…`, `… قائلا "عصابات الحوثي – X …` (a clause the dash opens inside the quoted words) are no
    // clause of X; forty-first session)
    // (the sentence read back from the clause, 120 tokens at most: a long quote's clause may start 60 tokens past its mark)
    let ss = s
    while (ss > this.ps && s - ss < 120 && !this.isSentenceEnd(ss - 1)) ss--
    let opened = -1
    for (let k = ss; k <= last; k++) {
      if (this.markChar(k) === null) continue
      if (opened >= 0) {
        if (opened < s) return null
        opened = -1
      } else if (k > ss && this.t.kinds[k - 1] === WORD && (this.participleAt(k - 1) || this.verbAt(k - 1, this.pe) > 0)) {
        if (k > s) {
          last = k - 1
          break
        }
        opened = k
      }
    }
    if ((opened >= 0 && opened < s) || last < s) return null
    const to = this.orig(this.t.starts[last]!, this.t.ends[last]!).end
    let tk = s
    let ownOutlet: Entity | null = null
    let role: Entity | null | undefined
    let held: Entity | null = null
    let verbName: string | null = null
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      let e = this.entities[i]!
      if (e.start >= to) break
      if (e.type !== "PERSON" && e.type !== "ORGANIZATION") continue
      // (a definite role right after the clause's verb, no entity, is its subject when it stands for a person named
      // before: not the body in the verb's object after it; fifty-fifth session, helper arrole3)
      role ??= this.openingRoleHolder(s, at, gender)
      if (role !== null) return this.pushEntity(role, gender, s)
      // (not what was asked about: وحين يسأل عن الرئيس X يجيب مؤكدا «…»; forty-sixth session, after the A89 reading)
      tk = this.walkPast(tk, last + 1, e.start, "end")
      // (not the outlet that was told: وأشارت في حديث لـ«X» إلى …، وقالت, وأكد لـ"X" أن …؛ fifty-second session, helper
      // arthreat)
      if (e.type === "ORGANIZATION" && this.toldOutlet(e, tk)) continue
      // (nor the outlet that met, received or asked, its name in marks after its own verb: والتقت «X» … مع Y، وقال:,
      // توجهت به «X» لأحد العاملين …، أجاب قائلا; fifty-second session, helper aroutlet)
      // (when nobody else is named within the window, the outlet stays, as before: `والتقت «X» … مع <untagged name>،
      // وقال` would otherwise reach a person of the sentences before)
      if (e.type === "ORGANIZATION" && this.outletOwnVerb(e, tk)) {
        ownOutlet ??= e
        continue
      }
      if (this.askedAbout(tk, s)) continue
      // (nor a name inside the object clause of the verb that opens the clause: واعتبر أن دخول أمانة X ورعايتها …
      // تحمل إيجابيات كثيرة، وقال: the body is what he spoke of, the speaker the chain's; sixtieth session, helper
      // arquote11, after the merge of the fifty-ninth: arorg2's bodies had taken such quotes)
      if (this.inObjectClause(lead > s ? lead : s, tk)) break
      // (nor the outlet that published a statement: وأضاف في تصريح نشرته وكالة X أن «…»، لافتاً: the official's words,
      // not the agency's; sixtieth session, helper arquote11)
      if (e.type === "ORGANIZATION" && this.publisherAt(tk)) continue
      // (nor a name in the object glued to `ب` right after a verb of praising, urging or charging with no subject
      // before it: وأشاد بدور قوات X …، قائلا, the one who praised is the chain's; fifty-ninth session, helper
      // arquote10)
      if (this.chargeObjectAt(lead > s ? lead : s, tk, e)) continue
      // (nor the clause's own verb the entity stage read as a one-word name before a post's noun: وحفز نائب رئيس الاتحاد
      // … X لاعبي المنتخب …، وقال:; sixtieth session, helper arquote13)
      if (this.verbBeforePost(e, tk, lead > s ? lead : s)) {
        verbName = e.entityId
        continue
      }
      // وأثنى مدرب إيفرتون رونالد كومان على …، قائلا: the body in construct with a role, and the person who holds it
      // right after it, is that person
      const next = this.entities[i + 1]
      // (and with `السابق` between them: وتحدث حارس نادي <club> السابق X عن رحيله، حيث قال …; session 22)
      // (and with one title between them: واتفق أستاذ علم الاجتماع في جامعة X الدكتور Y مع …، وقال: the professor
      // named with his university is Y; twenty-ninth session)
      // (and the body of a role glued to its `ل`, its definite nisba adjectives, then the holder between two commas:
      // أما الأمين العام لحزب X اللبناني، Y، فوصف …; forty-second session, helper short)
      // (and the body in marks after `لـ` or a post's noun, then its holder right after the closing mark: الأمين العام
      // لـ«حزب X» فلان، تساءل … بقوله, زعيم "حزب X" فلان; fifty-second session, helper aroutlet)
      if (e.type === "ORGANIZATION" && next !== undefined && next.type === "PERSON" && ((next.start < to && FORMER_GAP.test(this.text.slice(e.end, next.start))) || this.titleGap(e.end, next.start) || this.roleBodyApposition(e, next) || this.markedRoleBody(e, tk, next) || this.firstNameGap(e, next))) e = next
      // تحدث نائب رئيس مجلس X بمدينة Y الإنجليزية Z بقوله, مدير عام التخطيط في أمانة X سابقا المهندس Z، قال: the body
      // in a post's phrase, words describing the post, then its holder (sixtieth session, helper arquote11)
      else if (e.type === "ORGANIZATION" && (held = this.describedHolder(i, tk, lead > s ? lead : s)) !== null) e = held
      // وندد الموفد الخاص للأمم المتحدة في الصومال X …، واصفا: the body of a role, then `في`, a place and the person who
      // holds the role right after it, is that person (as a speech verb's phrase reads it; thirty-first session)
      else if (e.type === "ORGANIZATION" && e.start > this.orig(this.t.starts[s + 1]!, this.t.ends[s + 1]!).start) e = this.holderAfterPlace(i) ?? e
      // وقال مصدر مسؤول في وزارة X، …: «…»، مبينا: a speech verb that opens the sentence and an unnamed source in the
      // body, two indefinite words and `في` before it, is that source, not the body (session 26, second round)
      // (نائب عشيرة آل X في … Y، …، مؤكدا: the person who holds the clan's role; thirty-first session)
      if (e.type === "PERSON") e = this.clanHolder(e, s, last + 1) ?? e
      // ووجه معالي مدير الأمن العام رسالة …، قائلاً: a post's noun in construct with the body right after the verb that
      // opens the clause (an honorific noun before it) is the person named before with that role, not the body
      // (forty-seventh session, helper arrole)
      // (not back to that verb read as a name, which the entity stage gave the post after it as its role)
      else if (e.type === "ORGANIZATION") {
        const holder = this.postHolderOverBody(s, lead, e)
        if (holder !== null && holder.entityId !== verbName) e = holder
      }
      const source = e.type === "ORGANIZATION" ? this.sourceInBody(s, last, e) : null
      if (source !== null) return this.push({ text: source, entityId: null, gender, person: false }, s)
      // ونوه معلم X بتفوقها وقال …: a possessor right before the person is the subject (twenty-seventh session)
      const owner = e.type === "PERSON" ? this.possessedPhrase(e, s, last, gender) : null
      if (owner !== null) return this.push(owner, s)
      // (أما هيتاش ياداف، …، فقال: a first name the entity stage left out before a surname it gave another person's
      // full name; thirty-first session)
      const other = e.type === "PERSON" ? this.otherFirstName(s, last + 1, e, this.lex.amma) : null
      if (other !== null) return this.push({ text: other, entityId: null, gender, person: true }, s)
      return this.pushEntity(e, gender, s)
    }
    if (ownOutlet === null) return null
    // (past the window, the person the outlet met, named later in the clause before the verb: والتقت «X» أمام …، مع Y)
    const until = this.orig(this.t.starts[at]!, this.t.ends[at]!).start
    for (let i = this.firstEntityFrom(ownOutlet.end); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= until) break
      if (e.type === "PERSON") return this.pushEntity(e, gender, s)
    }
    return this.pushEntity(ownOutlet, gender, s)
  }

  /**
   * Does the mention `e` (its first token `tk`) stand in the object glued to `ب` of the verb at token `v` (fifty-ninth
   * session, helper arquote10, from arorg's `التحالف العربي` taking a minister's words): the verb is one of
   * `chargeVerbs` (`أشاد`, `طالب`, `هدد`, with or without its و/ف), the word right after it opens an object with `ب`
   * ({@link baObjectOpens}: `بدور`, `بالتحالف`; not `بشار`, a name that starts there, nor `بدوره`), within
   * {@link CHARGE_OBJECT_WORDS} words of it, words only between (`وأشاد بدور قوات X`, `وطالب بإقالة وزير X`).
   */
  private chargeObjectAt(v: number, tk: number, e: Entity): boolean {
    const o = v + 1
    if (tk < o || tk - o > CHARGE_OBJECT_WORDS || this.t.kinds[v] !== WORD || this.t.kinds[o] !== WORD) return false
    const verb = this.keys[v]!
    if (!this.lex.chargeVerbs.has(verb) && !this.lex.chargeVerbs.has(withoutConjunction(verb, 3))) return false
    if (!this.baObjectOpens(o) || e.start <= this.orig(this.t.starts[o]!, this.t.ends[o]!).start) return false
    for (let k = o + 1; k < tk; k++) if (this.t.kinds[k] !== WORD) return false
    return true
  }

  /**
   * Does the mention at token `tk` stand inside the object clause of the verb at token `v` that opens the clause
   * (sixtieth session, helper arquote11): `v` is a verb of the lexicon, not the writer's formula (`background`: `يذكر
   * أن X أعلن …، واصفا`, X is the subject there), and a complementizer (`أن`, `بأن`, `إن`; no entity's word) stands
   * after it and before `tk`, words only between (`واعتبر أن دخول أمانة X ورعايتها …`)? A subject after the verb comes
   * before the complementizer, and the loop that asks has returned it by then.
   */
  private inObjectClause(v: number, tk: number): boolean {
    if (tk - v < 2 || this.t.kinds[v] !== WORD) return false
    const verb = this.keys[v]!
    const bare = withoutConjunction(verb, 3)
    if ((!this.lex.verbForms.has(verb) && !this.lex.verbForms.has(bare)) || this.lex.background.has(verb) || this.lex.background.has(bare)) return false
    for (let k = v + 1; k < tk; k++) {
      if (this.t.kinds[k] !== WORD) return false
      // (a name's word that folds as one, `آن بوفيرت` with `آن` untagged or tagged, is none)
      if (this.lex.complementizers.has(this.keys[k]!)) {
        const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
        return this.text.charCodeAt(o.start) !== ALEF_MADDA && this.entityIn(o) === null
      }
    }
    return false
  }

  /**
   * Is the word before token `tk` a verb of publishing with its object pronoun (`publishedVerbs`: `نشرته`, `نشرها`)
   * right after an indefinite noun (`في تصريح نشرته وكالة X`)? The name after it is the subject of that relative
   * clause, the outlet that carried someone's words, not the speaker of the clause around it (sixtieth session, helper
   * arquote11).
   */
  private publisherAt(tk: number): boolean {
    const v = tk - 1
    if (v - 1 < this.ps || this.t.kinds[v] !== WORD || this.t.kinds[v - 1] !== WORD) return false
    return this.lex.publishedVerbs.has(this.keys[v]!) && !this.keys[v - 1]!.startsWith(ALEF_LAM)
  }

  /**
   * The person who holds the post whose body is `entities[i]` (its first token `tk`), named after words that describe
   * the post (`describedHolderGap`; places tagged in those words are passed over), else null.
   */
  private describedHolder(i: number, tk: number, v: number): Entity | null {
    const e = this.entities[i]!
    let j = i + 1
    while (j < this.entities.length && this.entities[j]!.type === "LOCATION" && j - i <= HOLDER_GAP_WORDS) j++
    const n = this.entities[j]
    return n !== undefined && n.type === "PERSON" && this.describedHolderGap(e, tk, n, v) ? n : null
  }

  /**
   * Is the body `e` (its first token `tk`) the genitive of a post's noun that opens the clause, and the person `next`
   * its holder after words that describe the post (sixtieth session, helper arquote11, after `تحدث نائب رئيس مجلس
   * X بمدينة Y الإنجليزية Z بقوله`, `مدير عام التخطيط في أمانة X سابقا المهندس Z، قال:`, which gave the body the
   * words)? Before the body, a post's noun (`postNoun`) at the clause's start or right after its verb `v`, and up to
   * {@link HOLDER_ROLE_WORDS} words from it to the body: nouns in construct, definite words, `في`. Between the body and the person, up
   * to {@link HOLDER_GAP_WORDS} words, each a definite adjective, a title, `السابق`/`سابقا`, a place's word, or `في`
   * or a word glued to `ب` right before a place (`بمدينة Y`); no mark, comma or verb.
   */
  private describedHolderGap(e: Entity, tk: number, next: Entity, v: number): boolean {
    if (next.start <= e.end) return false
    const lex = this.lex
    const q = this.t.kinds[v] === WORD && this.postNoun(withoutConjunction(this.keys[v]!, 3)) ? v : v + 1
    if (q >= tk || tk - q > HOLDER_ROLE_WORDS || this.t.kinds[q] !== WORD || !this.postNoun(withoutConjunction(this.keys[q]!, 3))) return false
    for (let p = q + 1; p < tk; p++) {
      const w = this.keys[p]!
      if (this.t.kinds[p] !== WORD || (w !== FI && !w.startsWith(ALEF_LAM) && !this.constructNoun(w))) return false
    }
    let k = tk
    while (k < this.pe && this.orig(this.t.starts[k]!, this.t.ends[k]!).end <= e.end) k++
    const last = this.tokenAtOriginal(next.start, this.pe)
    if (last < 0 || last === k || last - k > HOLDER_GAP_WORDS) return false
    const place = (x: number): boolean => x < this.pe && this.entityIn(this.orig(this.t.starts[x]!, this.t.ends[x]!))?.type === "LOCATION"
    for (let j = k; j < last; j++) {
      if (this.t.kinds[j] !== WORD) return false
      const w = this.keys[j]!
      const o = this.orig(this.t.starts[j]!, this.t.ends[j]!)
      if (place(j) || lex.arTitles.has(w) || lex.formerWords.has(w) || w === FORMERLY) continue
      if (w.startsWith(ALEF_LAM) && !lex.arStops.has(w) && o.start > e.end) continue
      if ((w === FI || (w.startsWith("\u0628") && w.length > 3 && !lex.complementizers.has(w) && !lex.arStops.has(w))) && place(j + 1)) continue
      return false
    }
    return true
  }

  /**
   * Does one word the entity stage left out of the person `next` stand between the body `e` and it, a first name
   * ({@link untaggedFirstName}: `رئيس نادي برشلونة جوسيب [ماريا X]`; fifty-fifth session, helper arrole3)?
   */
  private firstNameGap(e: Entity, next: Entity): boolean {
    if (!/^[ \u00a0]+\S+[ \u00a0]$/.test(this.text.slice(e.end, next.start))) return false
    const k = this.tokenAtOriginal(next.start, this.t.count) - 1
    return k > 0 && this.orig(this.t.starts[k - 1]!, this.t.ends[k - 1]!).end === e.end && this.untaggedFirstName(k, this.t.count)
  }

  /**
   * The person named before with the role `<post> <body>` (forty-seventh session, helper arrole): the organisation `e`
   * right after one or two bare nouns in construct, the first a post's noun (`postNoun`: `مدير`, `رئيس`, `قائد`),
   * which follow the clause's opening verb (token `s`, or `lead`, the verb after a lead phrase) or an honorific noun
   * right after it (`honorificNouns`: `ووجه معالي مدير الأمن العام رسالة`); the person the role names before
   * (`roleHolderBefore`), else null (the body stays, as before).
   */
  private postHolderOverBody(s: number, lead: number, e: Entity): Entity | null {
    const at = this.tokenAtOriginal(e.start, this.t.count)
    if (at < 0 || at - s > 4) return null
    let a = at
    while (a > s + 1 && at - a < 2 && this.t.kinds[a - 1] === WORD && !this.keys[a - 1]!.startsWith(ALEF_LAM) && this.constructNoun(this.keys[a - 1]!)) a--
    if (a === at || !this.postNoun(this.keys[a]!)) return null
    let v = a - 1
    if (v > s && this.lex.honorificNouns.has(this.keys[v]!)) v--
    if (v !== s && v !== lead) return null
    let b = at
    while (b < this.t.count && this.orig(this.t.starts[b]!, this.t.ends[b]!).end <= e.end) b++
    const held = this.roleHolderBefore(a, b)
    return held !== null && held.type === "PERSON" ? held : null
  }

  /**
   * The person right after the body `entities[i]`, `في` and a place (`الموفد الخاص للأمم المتحدة في الصومال X`;
   * thirty-first session): the next entity, a place or a body, stands after ` في ` alone, and a person right after it
   * (a space between them); else null.
   */
  private holderAfterPlace(i: number): Entity | null {
    const body = this.entities[i]!
    const place = this.entities[i + 1]
    const person = this.entities[i + 2]
    if (place === undefined || person === undefined || (place.type !== "LOCATION" && place.type !== "ORGANIZATION") || person.type !== "PERSON") return null
    if (this.text.slice(body.end, place.start).trim() !== "\u0641\u064a" || !/^[\s\u00a0]+$/.test(this.text.slice(place.end, person.start))) return null
    return person
  }

  /**
   * The phrase of an unnamed source in a body (`مصدر مسؤول في وزارة الداخلية`) when the sentence at `s` opens with a
   * speech verb and two words with no article, then `في`, stand between it and the organisation `e` (which starts
   * at or before token `last`); else null.
   */
  private sourceInBody(s: number, last: number, e: Entity): string | null {
    const lex = this.lex
    const verb = this.keys[s]!
    if (this.t.kinds[s] !== WORD || !(lex.verbForms.has(verb) || lex.verbForms.has(withoutConjunction(verb, 3)))) return null
    // (two words, as the verb's own phrase reads them: one word and في, `مسؤول في X`, is the body there)
    const k = s + 3
    if (k > last + 1 || k + 1 >= this.t.count || this.t.kinds[k] !== WORD || this.keys[k] !== FI) return null
    if (this.orig(this.t.starts[k + 1]!, this.t.ends[k + 1]!).start !== e.start) return null
    for (let j = s + 1; j < k; j++) {
      const w = this.keys[j]!
      // (no complementizer or particle: وذكر أن مسؤولا في X …, the official is no phrase of the verb here)
      if (this.t.kinds[j] !== WORD || w.startsWith(ALEF_LAM) || lex.complementizers.has(w) || lex.arStops.has(w) || this.entityStartingAt(j) !== null) return null
    }
    return this.text.slice(this.orig(this.t.starts[s + 1]!, this.t.ends[s + 1]!).start, e.end)
  }

  /**
   * The one person a participle's clause names before it, past the words {@link clauseSubject} reads, when no
   * complementizer stands before that person (`وجاء القرار بعد ساعات من استنكار الرئيس X تلويح …، قائلا «…»` → X, not the
   * chain's last speaker; session 19); null when the clause names none or more than one.
   */
  protected solePerson(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0) return null
    const s = this.clauseStart(at)
    if (at - s < 2) return null
    const from = this.orig(this.t.starts[s]!, this.t.ends[s]!).start
    const to = this.orig(this.t.starts[at - 1]!, this.t.ends[at - 1]!).end
    let found: Entity | null = null
    let tk = s
    for (let i = this.firstEntityFrom(from); i < this.entities.length; i++) {
      const e = this.entities[i]!
      if (e.start >= to) break
      // (the interviewer of `في مقابلة أجراها معه X` is no subject of the clause)
      if (e.type !== "PERSON" || this.interviewer(e)) continue
      // (nor what was asked about, `وحين يسأل عن الرئيس X يجيب مؤكدا`; forty-sixth session)
      tk = this.walkPast(tk, at, e.start, "end")
      if (this.askedAbout(tk, s)) continue
      if (found !== null && found.entityId !== e.entityId) return null
      found = e
    }
    if (found === null) return null
    // (not after an unnamed subject that opens the clause, وتولى المدرب التشيلي تدريب X …، قائلا: the coach speaks)
    let f = s
    while (f < at && this.t.kinds[f] === WORD && this.lex.clauseOpeners.has(this.keys[f]!)) f++
    if (f + 1 < at && this.t.kinds[f + 1] === WORD && this.keys[f + 1]!.startsWith(ALEF_LAM) && this.entityStartingAt(f + 1) === null) return null
    // (not a person inside reported speech, quoted words or a relative clause: وأكدت مصادر أن الوزير X سيزور …، مشيرة;
    // «… الرئيس X»، مضيفا; وهاجم الإجراءات التي أعلنها X معتبرا)
    // (nor after `لأن`, a clause of cause: كما عبر عن استغرابه لأن عددا من أعضاء النقابة يؤيدون خطة X، قائلا; the
    // subject of the verb the participle hangs on speaks; thirty-second session)
    for (let k = s; k < at && this.orig(this.t.starts[k]!, this.t.ends[k]!).start < found.start; k++) {
      if (this.t.kinds[k] === WORD ? this.lex.complementizers.has(this.keys[k]!) || this.lex.relativePronouns.has(this.keys[k]!) || this.lex.causal.has(this.keys[k]!) : this.markChar(k) !== null) return null
    }
    return this.pushEntity(found, gender, s, true)
  }

  /**
   * Whether the name whose first token is `k` is what someone asked about: `عن` within the four words before it (no
   * punctuation between, not before `lo`), right after a word of asking (`askingAbout`: `يسأل`, `سئل`, `سؤاله`, with
   * or without و/ف): `وحين يسأل عن الرئيس X يجيب مؤكدا «…»`, `ولدى سؤاله عن X قال`. Forty-sixth session, after the A89
   * reading, where X took the answers of the one asked.
   */
  private askedAbout(k: number, lo: number): boolean {
    for (let j = k - 1; j > lo && j >= k - 5; j--) {
      if (this.t.kinds[j] !== WORD) return false
      if (this.keys[j] !== AN) continue
      const w = this.keys[j - 1]!
      return this.t.kinds[j - 1] === WORD && (this.lex.askingAbout.has(w) || this.lex.askingAbout.has(withoutConjunction(w, 3)))
    }
    return false
  }

  /**
   * The first token of the clause of token `at`: its sentence's start, or the word after a comma and a
   * conjunction that opens a clause with its own subject (`ولم يصدر X تصريحا، ولكن Y دافع عن الموقف قائلا …` → `Y …`;
   * `clauseBreaks` in the lexicon).
   */
  protected clauseStart(at: number): number {
    const s = this.quotedStart(at, this.sentenceStart(at))
    for (let k = at - 1; k > s; k--) {
      if (this.t.kinds[k] !== WORD || !this.isPunct(k - 1, COMMAS)) continue
      if (this.lex.clauseBreaks.has(this.keys[k]!)) return k + 1
    }
    return s
  }

  /**
   * The start `s` of the sentence of token `at`, moved out of quoted words (session 26, second round): a quote of
   * sixty tokens or more before a participle (`وقال X …: «… ، لأن Y متهمة …»، مبينا أن …`) puts the bound of
   * {@link sentenceStart} inside the marks, and the first name there is no subject of the participle. Only when that
   * bound was hit (no full stop and no paragraph start at `s`), the first mark in `[s, at)` is a closing `»` or `”`,
   * and the nearest mark before `s` (at most {@link QUOTED_BACK} tokens back in the paragraph) is its opening `«` or
   * `“`: the start of the sentence of that opening mark, when it is one (not a bound again); else `s`.
   */
  protected quotedStart(at: number, s: number): number {
    if (s <= this.ps || at - s < 59 || this.isSentenceEnd(s - 1)) return s
    let open = ""
    for (let k = s; k < at && open === ""; k++) {
      const c = this.markChar(k)
      if (c === null) continue
      if (c === "\u00bb") open = "\u00ab"
      else if (c === "\u201d") open = "\u201c"
      else return s
    }
    if (open === "") return s
    for (let k = s - 1; k >= this.ps && k >= s - QUOTED_BACK; k--) {
      const c = this.markChar(k)
      if (c === null) continue
      if (c !== open) return s
      const before = this.sentenceStart(k)
      return k - before < 59 || before === this.ps ? before : s
    }
    return s
  }

  /**
   * Does the sentence of token `at` open (before `at`) with a word that can start a subject, not a preposition or time
   * word (وفي كلمة أمام …)? Or with `ثم` right before a verb (`ثم عزز المدرب X فرضية … عندما قال …`: "then" opens the
   * clause of that verb and its subject; forty-ninth session, helper archain)? Not `عما`/`وعما`, `عمن` (`aboutWhat`: a
   * preposition fused with its relative, the topic of the words, `وعما لفتها في شخصية (X)، قالت: «…»`, where X, a role
   * in a series the entity stage tagged as a person, took the singer's words; fifty-first session, helper arobject).
   */
  protected opensWithSubject(at: number): boolean {
    const s = this.sentenceStart(at)
    if (s >= at || this.t.kinds[s] !== WORD) return false
    const k = withoutConjunction(this.keys[s]!)
    if (k === THUMMA) return s + 1 < at && this.verbAfterOpener(s, at) === s + 1
    return (!this.lex.arStops.has(k) || this.expressesAt(s, at)) && !this.lex.clauseOpeners.has(k) && !this.lex.aboutWhat.has(k)
  }

  /**
   * Is token `s` (which opens its sentence) `عبر`/`وعبر` the verb "expressed", not the preposition "via": `عن` follows
   * it within eight words before `end`, after a subject that holds no preposition (`وعبر الفنان X، عن سعادته`; not
   * `وعبر حسابه على تويتر`)?
   */
  protected expressesAt(s: number, end: number): boolean {
    if (withoutConjunction(this.keys[s]!) !== ABARA) return false
    for (let k = s + 2; k < Math.min(end, s + 9); k++) {
      if (this.t.kinds[k] !== WORD) {
        if (this.isPunct(k, COMMAS)) continue
        return false
      }
      const key = this.keys[k]!
      if (key === AN) return true
      if (this.lex.arStops.has(key) || this.lex.complementizers.has(key)) return false
    }
    return false
  }

  /**
   * The subject of the Arabic sentence that holds marks with no speech verb (`وأشاد X في صحيفة Y بدور الوزارة في
   * «…»`, `أصدر الوزير X بيانا بعث فيه «…»`): the person right after the verb that opens the sentence (after a lead
   * phrase and its comma, `وفي السياق ذاته، دافع X عن …`), read as {@link previousSubject} reads it, with a role in
   * construct (`وزير الخارجية X`) allowed; pushed onto the chain, so that a subjectless `وكتب:` after it is X's too.
   * A speaker already named in the sentence decides first (the chain); else null (the chain decides).
   */
  protected markSubject(open: number): Speaker | null {
    if (this.entities.length === 0) return null
    // أما X نائب قائد الجيش السابق فمضى أبعد من ذلك معتقدا أن الحكومة «…»: a person tagged right after `أما`, since the
    // last speaker was pushed, and a word with `ف` after him (the topic's verb) name the marks' speaker (forty-first
    // session, after the A76 reading: the chain gave them to the one quoted before)
    const topic = this.ammaBeforeMark(open)
    if (topic !== null) return topic
    const s = this.sentenceStart(open)
    if (this.lastPushAt >= s) return null
    // المحلل X يرى من جهته أن «…», إلا أن المدير العام السابق X، يربط بين … و«…»: a sentence that opens with its
    // subject, no other person between its verb and the marks (forty-third session)
    const opening = this.subjectFirstPerson(s, open, open)
    if (opening !== null) return opening
    // (وكانت «X» قد بينت، أن …: a body named in marks between `كان` and `قد`; fifty-seventh session, helper arcarry5)
    const kana = this.kanaMarkedSubject(s, open)
    if (kana !== null) return kana
    if (s >= open || this.t.kinds[s] !== WORD || !/[\u0621-\u064a]/.test(this.keys[s]!)) return null
    let p = s
    const first = this.keys[s]!
    const opener = withoutConjunction(first)
    // وما زالت X توصي «…», ولا تزال X تؤكد «…»: `ما`/`لا` and a form of `زال` ("still") before the subject
    // (thirtieth session, second round)
    const still = this.lex.stillNegations.has(opener) && s + 1 < open && this.t.kinds[s + 1] === WORD && this.lex.stillVerbs.has(this.keys[s + 1]!)
    if (still) p = s + 1
    // كما أصدر X …, فيما أبدت X …: a conjunction or particle right before the verb
    else if (this.lex.clauseOpeners.has(first) || this.lex.clauseOpeners.has(opener)) p = s + 1
    else if (this.leadWord(first)) {
      // وفي السياق ذاته، دافع …: a lead phrase of a few words and its comma before the verb
      // (up to seven words, `فبعد وقوع التفجير في مدينة X، تحدث الرئيس Y …`; five before the forty-third session)
      p = -1
      for (let k = s + 1; k < Math.min(open, s + MARK_LEAD); k++) {
        if (this.isPunct(k, COMMAS)) {
          p = k + 1
          break
        }
        if (this.t.kinds[k] !== WORD) return null
      }
      if (p < 0) return null
    }
    if (p >= open || this.t.kinds[p] !== WORD || (p > s && this.leadWord(this.keys[p]!))) return null
    // a noun that opens the sentence (رسالة الملك X …: a feminine noun; verbs never end in ة) has no subject after it
    // (the search view writes ة as ه: read the original word)
    if (this.nounAt(p)) return null
    const verb = this.keys[p]!
    // وسئل X: «…؟»: the person after a passive of asking was asked; the marks hold the question
    if (this.lex.asked.has(verb) || this.lex.asked.has(withoutConjunction(verb, 3))) return null
    // the verb's gender, so that the chain finds the subject for a later `وكتب:` (…ت: feminine; ت… alone tells
    // nothing: تحدث, تقول)
    const gender: Gender | null = verb.endsWith("\u062a") ? "f" : verb.startsWith("\u062a") ? null : "m"
    // وقال المتحدث باسم الوزارة، X، في حديث لـ«…» إن «…»: the spokesman named after his body (twenty-eighth
    // session, second round)
    const spokesman = this.spokesmanNamed(p + 1, open)
    if (spokesman !== null) return this.pushEntity(spokesman, gender, open, true)
    // في المقابل، توعد «التحالف» الحكومة المحلية بالرد بعد أن «…»: a body or person named in marks right after the verb
    // (fifty-third session, helper arguill; before, the subject's reading stopped at the mark and the chain gave the
    // marks to the speaker quoted before)
    const marked = this.markedSubjectAfter(p, open)
    if (marked !== null) return this.pushEntity(marked, gender, open)
    return this.subjectAfterVerb(p, open, gender, true, open) ?? this.publishedBy(p, open, gender) ?? (still ? this.definiteBeforePresent(p, open, gender) : this.subjectPastApposition(p, open))
  }

  /**
   * The speaker of marks no speech verb attributes whose sentence has a programme, a charter or a set of reforms as
   * its subject (sixty-second session, helper arquote20, after the A120 reading: the chain gave them the person quoted
   * before): a noun of `programmeSubjects` right after a verb of stating, containing, calling or proposing (`ويدعو
   * ميثاق المؤسسة المسلمين إلى … خطابا «…»`, `وتنص الاصلاحات أيضا على «…»`, `تتضمن الاصلاحات «…»`), or such a noun
   * whose issuer a relative clause names right before the marks (`ومن أبرز الإصلاحات التي أعلنها X «…»`). The speaker
   * is the issuer named after the noun ({@link programmeIssuer}, or as a statement's is, `issuerAt`: `قرار مجلس
   * الوزراء`), else the issuer of the nearest earlier mention of the same noun (also `أصدر X قانونا`, `القرار الذي
   * أصدره X`), else the noun's phrase itself (none when an earlier mention says someone issued it but names nobody the entity
   * stage tagged: the chain decides, as before): a document speaks for whoever issued it, and as itself when the text
   * names nobody (as `documentTextIssuer` reads `وقال البيان`). Within {@link PROGRAMME_BACK} tokens of the marks, in
   * their sentence, no colon or other mark between; else null.
   */
  protected programmeSubject(open: number): Speaker | null {
    const lex = this.lex
    const s = this.sentenceStart(open)
    for (let k = open - 1; k >= s && k >= open - PROGRAMME_BACK; k--) {
      if (this.t.kinds[k] === PUNCT && (this.isColon(k) || this.markChar(k) !== null)) return null
      if (this.t.kinds[k] !== WORD || !this.programmeNoun(k)) continue
      const named = this.programmeIssuer(k)
      const subject = k > s && this.t.kinds[k - 1] === WORD && lex.programmeVerbs.has(withoutConjunction(this.keys[k - 1]!))
      if (named !== null && (subject || named[1] >= open - 1)) return named[0]
      if (!subject) continue
      const end = k + 1 < open && this.t.kinds[k + 1] === WORD && !this.keys[k]!.startsWith(ALEF_LAM) && this.keys[k + 1]!.startsWith(ALEF_LAM) ? k + 2 : k + 1
      const earlier = this.issuerAt(k, false, false) ?? this.programmeIssuerBefore(k)
      return earlier === undefined ? null : earlier ?? this.resolve([k, end], null, false)
    }
    return null
  }

  /** Is token `k` a noun of `programmeSubjects` (`الإصلاحات`, `ميثاق`), with or without a conjunction glued to it? */
  private programmeNoun(k: number): boolean {
    const key = this.keys[k]!
    return this.lex.programmeNouns.has(key) || this.lex.programmeNouns.has(withoutConjunction(key))
  }

  /**
   * The issuer of the programme noun at token `k`, named after a verb of announcing or proposing with its object
   * pronoun (`programmeSubjects.issuing`) within three words of the noun (`الإصلاحات التي أعلنها X`, `إصلاحات جديدة
   * أعلنها X`), a person or organisation the entity stage tagged within three words after that verb; with the token
   * after the issuer's last. Else null (`أعلنها رئيس الحكومة`, no tagged name).
   */
  private programmeIssuer(k: number): readonly [Speaker, number] | null {
    for (let j = k + 1; j < Math.min(this.t.count, k + 4); j++) {
      if (this.t.kinds[j] !== WORD) return null
      if (!this.lex.programmeIssuing.has(withoutConjunction(this.keys[j]!))) continue
      for (let n = j + 1; n < Math.min(this.t.count, j + 4); n++) {
        if (this.t.kinds[n] !== WORD) return null
        const e = this.entityStartingAt(n)
        if (e === null) continue
        if (e.type !== "PERSON" && e.type !== "ORGANIZATION") return null
        let after = n + 1
        while (after < this.t.count && this.orig(this.t.starts[after]!, this.t.ends[after]!).start < e.end) after++
        return [entitySpeaker(e), after]
      }
      return null
    }
    return null
  }

  /**
   * The issuer of the nearest earlier mention of the programme noun at token `k` (the same noun, its article and
   * conjunction aside) that names one ({@link programmeIssuer}, else `issuerAt` with the subject of a verb of issuing
   * before it), at most {@link PROGRAMME_MENTION_BACK} tokens back:
   * `ومن أبرز الإصلاحات التي أعلنها X «…»` … `وتنص الاصلاحات أيضا على «…»` is X's. When no mention names one but
   * one says it was issued (a verb of issuing or announcing within three words after it, its subject untagged: `القرار
   * الذي أصدره رئيس الحكومة`; or `أصدر`/`تصدر` (`programmeSubjects.issuedBefore`) within {@link PROGRAMME_ISSUED_BACK} tokens before it in its sentence,
   * `الإمارات تصدر قانونا`), undefined: someone issued it, and the chain decides as before. Else null.
   */
  private programmeIssuerBefore(k: number): Speaker | null | undefined {
    let issuedBy = false
    // (the noun bare: no conjunction, article or accusative alif, `أصدر X قانونا` … `ويقضي القانون`)
    const stem = (i: number): string => {
      const key = this.lex.programmeNouns.has(this.keys[i]!) ? this.keys[i]! : withoutConjunction(this.keys[i]!)
      const unglued = /^[\u0628\u0644][^\u0627]/.test(key) && !this.lex.programmeNouns.has(key) ? key.slice(1) : key
      const bare = unglued.startsWith(ALEF_LAM) ? unglued.slice(2) : unglued
      return bare.length > 3 && bare.endsWith("\u0627") && !this.lex.programmeNouns.has(bare) ? bare.slice(0, -1) : bare
    }
    const own = stem(k)
    for (let i = k - 1; i >= 0 && i >= k - PROGRAMME_MENTION_BACK; i--) {
      if (this.t.kinds[i] !== WORD || stem(i) !== own) continue
      const named = this.programmeIssuer(i)
      if (named !== null) return named[0]
      const issued = this.issuerAt(i, true, false)
      if (issued !== null) return issued
      for (let j = i + 1; j < Math.min(this.t.count, i + 4) && this.t.kinds[j] === WORD && !issuedBy; j++) issuedBy = this.lex.issueVerbs.has(this.keys[j]!) || this.lex.programmeIssuing.has(withoutConjunction(this.keys[j]!))
      // (أصدر رئيس الإمارات X … مرسوما بقانون, الإمارات تصدر قانونا: a verb of issuing before it in its sentence)
      for (let j = i - 1; j >= 0 && j >= i - PROGRAMME_ISSUED_BACK && !issuedBy && this.t.kinds[j] !== BREAK && !this.isSentenceEnd(j); j--) issuedBy = this.t.kinds[j] === WORD && this.lex.programmeIssuedBefore.has(withoutConjunction(this.keys[j]!))
    }
    return issuedBy ? undefined : null
  }

  /**
   * The body or person named in marks right after the verb at token `p`, before the marks at `open` (fifty-third
   * session, helper arguill): a `«` or `"` glued to the name after it, one to three words closed by its mark and
   * followed by a word (`هدد «داعش» الحكومة …`, `وتبنى "حزب X" الهجوم …`), and an organisation or a person tagged from
   * the mark's next token to its closing mark; else null.
   */
  private markedSubjectAfter(p: number, open: number): Entity | null {
    const k = p + 1
    if (k + 1 >= open || this.markChar(k) === null || this.t.spaced[k + 1] !== 0) return null
    const close = this.markedName(k, open, 4)
    if (close < 0 || this.t.kinds[close + 1] !== WORD) return null
    const e = this.entityStartingAt(k + 1)
    if (e === null || (e.type !== "ORGANIZATION" && e.type !== "PERSON")) return null
    return e.end <= this.orig(this.t.starts[close]!, this.t.ends[close]!).start ? e : null
  }

  /**
   * The person tagged right after `أما` before the mark at token `open` (forty-first session): `أما` within thirty tokens
   * before it in its sentence, after the chain's last push, no colon or other mark between, and a word with `ف` (not a
   * name's) between the person and the mark; pushed. Else null.
   */
  private ammaBeforeMark(open: number): Speaker | null {
    const s = this.sentenceStart(open)
    let fa = false
    for (let k = open - 1; k >= s && k >= open - 30 && k > this.lastPushAt; k--) {
      if (this.t.kinds[k] === PUNCT && (this.isColon(k) || this.markChar(k) !== null)) return null
      if (this.t.kinds[k] !== WORD) continue
      const key = this.keys[k]!
      if (this.lex.amma.has(key)) {
        const e = this.entityStartingAt(k + 1)
        return fa && e !== null && e.type === "PERSON" ? this.pushEntity(e, null, k) : null
      }
      if (key.length > 3 && key[0] === FA && this.entityIn(this.orig(this.t.starts[k]!, this.t.ends[k]!)) === null) fa = true
    }
    return null
  }

  /**
   * After `ما زالت`/`لا يزال` at token `p` (thirtieth session, second round): one to three definite words the entity
   * stage left untagged, right before a present verb (`ي…`/`ت…`, no article), are its subject (`وما زالت الخارجية
   * البريطانية توصي «…»`), read as any speaker phrase; else null.
   */
  private definiteBeforePresent(p: number, open: number, gender: Gender | null): Speaker | null {
    let k = p + 1
    while (k < open && k - p <= 3 && this.t.kinds[k] === WORD && this.keys[k]!.startsWith(ALEF_LAM)) k++
    if (k === p + 1 || k >= open || this.t.kinds[k] !== WORD) return null
    const verb = this.keys[k]!
    if (verb.length < 3 || !(verb.startsWith("\u064a") || verb.startsWith("\u062a"))) return null
    if (this.entityIn(this.orig(this.t.starts[p + 1]!, this.t.ends[k - 1]!)) !== null) return null
    return this.resolve([p + 1, k], gender, true)
  }

  /**
   * The subject of a speech verb that opens the sentence, when a long apposition after its subject puts the colon
   * before the marks past the verb's window (`ويقول أحد المرضى في المستشفى، وهو جندي أصيب …، حسب قوله: «…»`;
   * thirtieth session, second round): the colon right before the marks (an according phrase of a saying pronoun,
   * `حسب قوله`, `على حد قوله`, allowed right before it), and between the subject phrase and the colon words and
   * commas only, a comma among them, within {@link REPORTED_WINDOW} tokens of the verb: no complementizer, speech verb, mark,
   * sentence end or person. The verb's own phrase is read as its cue reads it; else null.
   */
  private subjectPastApposition(p: number, open: number): Speaker | null {
    const pe = this.pe
    let c = open - 1
    if (c <= p + 2 || open - p > REPORTED_WINDOW || !this.isColon(c)) return null
    // حسب قوله:, على حد قوله: the according phrase names the subject itself
    if (this.t.kinds[c - 1] === WORD && this.lex.says.has(this.keys[c - 1]!)) {
      for (let k = Math.max(p + 1, c - 4); k < c - 1; k++) {
        const acc = this.lex.according.longestAt(this.keys, k, pe)
        if (acc !== null && k + acc.length === c - 1) {
          c = k
          break
        }
      }
    }
    const key = this.keys[p]!
    const c0 = key.charCodeAt(0)
    const cue = (key.length > 3 && (c0 === C_WAW || c0 === C_FA) ? this.cueWithoutProclitic(p, pe) : null) ?? this.cueAt(p, pe, key)
    if (cue === null || cue.kind !== "verb" || cue.speaker === null || cue.needsMark) return null
    const e = cue.speaker[1]
    if (e >= c) return null
    let comma = false
    for (let k = e; k < c; k++) {
      if (this.t.kinds[k] === WORD) {
        if (this.lex.complementizers.has(this.keys[k]!) || this.verbAt(k, pe) > 0 || this.lex.participles.has(this.keys[k]!)) return null
      } else if (this.isPunct(k, COMMAS)) comma = true
      else return null
    }
    if (!comma || this.hasPerson([e, c])) return null
    return this.speakerOfCue(cue, true)
  }

  /**
   * The issuer of a text that is the subject of the verb at token `p` (`حض مقال نشرته وكالة «X» … على «…»`, `دعا
   * بيان أصدره X إلى «…»`; thirtieth session): an indefinite document noun (`speechDocuments`) right after the verb, an
   * issuing verb after it (`issueVerbs`: `أصدره`; for an article or a report, `articleNouns`, also `نشرته`), then the
   * person or organisation within the four tokens after it, past a body or outlet noun without its article (`وكالة`,
   * `صحيفة`) and marks. Pushed onto the chain at `at`; else null.
   */
  private publishedBy(p: number, at: number, gender: Gender | null): Speaker | null {
    const lex = this.lex
    const k = p + 1
    if (k + 2 >= at || this.t.kinds[k] !== WORD || this.keys[k]!.startsWith(ALEF_LAM) || docStem(this.keys[k]!, lex.speechDocuments) === null) return null
    // (`نشرته`: an outlet that published an article or a report wrote it; a statement it published is another's)
    const verb = this.keys[k + 1]!
    if (this.t.kinds[k + 1] !== WORD || !(lex.issueVerbs.has(verb) || (this.lex.publishedVerbs.has(verb) && docStem(this.keys[k]!, lex.articleNouns) !== null))) return null
    for (let j = k + 2; j < Math.min(at, k + 6); j++) {
      if (this.t.kinds[j] === WORD) {
        const e = this.entityStartingAt(j)
        if (e !== null) return e.type === "PERSON" || e.type === "ORGANIZATION" ? this.pushEntity(e, gender, at) : null
        const key = ALEF_LAM + this.keys[j]!
        if (!lex.bodyNouns.has(key) && !lex.outletNouns.has(key)) return null
      } else if (this.markChar(j) === null) return null
    }
    return null
  }

  /**
   * Does a token after `k` up to the original offset `end` (an entity's words after its first) hold a complementizer
   * or a preposition? (Not the first: `علي`, a name, folds as the preposition `على`.)
   */
  private runsIntoStop(k: number, end: number): boolean {
    for (let j = k + 1; j < this.pe && this.orig(this.t.starts[j]!, this.t.ends[j]!).start < end; j++) {
      const key = this.keys[j]!
      if (this.lex.complementizers.has(key) || this.lex.arStops.has(key)) return true
    }
    return false
  }

  /**
   * Is word token `p` a noun, not a verb that opens its clause: an entity starts there, or the word ends in ة (verbs
   * never do; the search view writes ة as ه, so the original word is read)?
   */
  private nounAt(p: number): boolean {
    if (this.entityStartingAt(p) !== null) return true
    const o = this.orig(this.t.starts[p]!, this.t.ends[p]!)
    return this.text.charCodeAt(o.end - 1) === 0x0629
  }

  /** Is the word at token `p` written with a final `أ` (`هنأ`, `بدأ`, `لجأ`: a verb; its folded key may be a particle's, `هنا`)? */
  private hamzaEnd(p: number): boolean {
    const o = this.orig(this.t.starts[p]!, this.t.ends[p]!)
    return o.end > o.start && this.text.charCodeAt(o.end - 1) === 0x0623
  }

  /**
   * Is the word at token `p` written with a hamza on its first alif, past a و or ف (`إلى`, `وألقى`, `وأقر`: no
   * article, though its folded key opens with `ال`; fifty-fourth session, helper arcarry2)?
   */
  private hamzaStart(p: number): boolean {
    const o = this.orig(this.t.starts[p]!, this.t.ends[p]!)
    let i = o.start
    const c = this.text.charCodeAt(i)
    if ((c === 0x0648 || c === 0x0641) && o.end - i > 3) i++
    const h = this.text.charCodeAt(i)
    return h === 0x0623 || h === 0x0625 || h === 0x0622
  }

  /** Can an Arabic word (without its و/ف) not be a verb that opens its clause: the article, a preposition, a time word, a conjunction? */
  private leadWord(key: string): boolean {
    const open = withoutConjunction(key)
    const lex = this.lex
    return open.startsWith(ALEF_LAM) || lex.arStops.has(open) || lex.clauseOpeners.has(open) || lex.complementizers.has(open)
  }

  /**
   * The subject right after the verb at token `p` (within four words, before `end`): an organisation there or after
   * titles; a person after a role (all words definite: الرئيس الأمريكي X), after a description (no word definite:
   * مصممة فوطة X), or, with `construct`, after definite words or a role in construct (`وزير الخارجية X`: one
   * indefinite head right after the verb and its definite genitive, no preposition, complementizer or demonstrative);
   * what stands after a definite noun and an indefinite one is an object (ولام الرئيس الحزب …, انتقد الوزير إدارة
   * الرئيس X). Pushed onto the chain at `at`.
   */
  protected subjectAfterVerb(p: number, end: number, gender: Gender | null, construct: boolean, at: number): Speaker | null {
    const lex = this.lex
    let definite = 0
    let indefinite = 0
    let mixed = false
    // (with `construct`, a post's noun right after the verb may head nouns in construct and a body's name before the
    // holder: `هنأ رئيس حزب التجمع الوطني X`, `رئيس حزب <body> X`; forty-second session, after the A79 reading)
    const post = construct && p + 1 < end && this.t.kinds[p + 1] === WORD && this.postNoun(this.keys[p + 1]!)
    for (let k = p + 1; k < Math.min(end, p + (post ? POST_SUBJECT_WORDS : 5)); k++) {
      if (this.t.kinds[k] !== WORD) return null
      const e = this.entityStartingAt(k)
      if (e !== null && post && e.type === "ORGANIZATION" && definite === 0 && indefinite > 0) {
        // (the body in construct with the post: its words are the post's genitive)
        k = this.walkPast(k + 1, end, e.end, "end") - 1
        definite++
        continue
      }
      if (e !== null) {
        // (with `construct`, an indefinite head needs its definite genitive before the name: وزير الخارجية X, not
        // أكرر دعاء X, a verb and its object)
        if (e.type === "ORGANIZATION" ? definite + indefinite > 0 : e.type !== "PERSON" || (construct ? mixed || (indefinite > 0 && definite === 0) : definite > 0 && indefinite > 0)) return null
        // (a name the entity stage ran into a complementizer, `شلبي بأن`, is no name to give a quote)
        if (construct && this.runsIntoStop(k, e.end)) return null
        return this.pushEntity(e, gender, at)
      }
      const key = this.keys[k]!
      if (lex.arTitles.has(key)) continue
      // (طلب من الرئيس X «…»: a person after a preposition is no subject; اتهمت تلك الزعامات X: after a
      // demonstrative, the subject is the noun it points at, and X is the object)
      if (construct && (lex.arStops.has(key) || lex.complementizers.has(key) || lex.clauseOpeners.has(key) || this.lex.subjectDemonstratives.has(key))) return null
      if (key.startsWith(ALEF_LAM)) definite++
      else {
        // with `construct`, only the head of a role in construct is indefinite (وزير الخارجية X), never a word after
        // it (جملة معبرة لـX, يرى أن X: a description or a clause, not a subject)
        if (construct && k > p + 1 && !(post && definite === 0)) return null
        if (definite > 0) mixed = true
        indefinite++
      }
    }
    return null
  }

  /**
   * The subject of the sentence before an Arabic verb that opens its own sentence with no subject (`وتبنت الحركة
   * الهجوم … . وقالت: …`, `وكانت المصممة X تعيش … . وكتبت: …`): the first entity within four words after the
   * word that opens the sentence before (in this paragraph, or the last sentence of the paragraph before), when it
   * is a person or an organisation, nobody was named as a speaker in that sentence, and the opening word agrees
   * with the verb (a feminine verb after `…ت`/`ت…`; a masculine one not after `…ت`). Else null: the chain decides.
   * `sentence`: {@link sentenceBefore} of `at` when the caller read it already (it is read here otherwise).
   */
  protected previousSubject(at: number, gender: Gender | null, sentence?: readonly [number, number] | null): Speaker | null {
    if (this.entities.length === 0 || gender === "p") return null
    const before = sentence === undefined ? this.sentenceBefore(at) : sentence
    if (before === null) return null
    // (and a person whose role, as the entity stage read it, fills the words after the verb that opens the sentence
    // before: `من جانبه، قدم مدرب فريق الناشئين لكرة اليد X شكره … . وقال`, which verbFirstSubject does not read past
    // the preposition; fifty-fourth session, helper arcarry2)
    return this.verbFirstSubject(before[0], before[1], gender, at) ?? this.subjectTwoBack(before, gender, at) ?? this.subjectPastNumberStop(before, gender, at) ?? this.openingRoleSubject(before[0], before[1], gender, at)
  }

  /**
   * The study or body the sentence before opens with as the subject of its verb, untagged (fifty-fifth session, helper
   * arcarry3, after the A106 reading: `وخلصت الدراسة إلى أن … . وقالت: «…»`, `أوضحت المديرية العامة للشؤون الصحية …
   * ملابسات … . وقالت في بيان:` had no speaker): read only while nobody is on the chain (the speaker would be none);
   * the sentence before opens (past a lead phrase) with a verb that agrees with `gender` (not the plural), then a word
   * of `studyNouns` or `bodyNouns` with no entity on it, and up to {@link UNTAGGED_SUBJECT_WORDS} definite words after
   * it (no stop word, no clause opener). The phrase resolved as a speaker phrase is, and pushed; else null.
   */
  private untaggedOpeningSubject(before: readonly [number, number] | null, gender: Gender | null): Speaker | null {
    if (before === null || this.chain.length > 0 || (gender !== "m" && gender !== "f")) return null
    const [s, end] = before
    if (s + 2 >= end || this.t.kinds[s] !== WORD) return null
    const lex = this.lex
    const p = this.openingVerb(s, end, gender, false)
    if (p < 0) return null
    const noun = this.keys[p + 1]!
    if (!(lex.studyNouns.has(noun) || lex.bodyNouns.has(noun)) || this.entityStartingAt(p + 1) !== null) return null
    let e = p + 2
    while (e < Math.min(end, p + 1 + UNTAGGED_SUBJECT_WORDS) && this.t.kinds[e] === WORD && this.keys[e]!.startsWith(ALEF_LAM) && !lex.arStops.has(this.keys[e]!) && !lex.clauseOpeners.has(this.keys[e]!) && this.entityStartingAt(e) === null) e++
    return this.resolve([p + 1, e], gender, true)
  }

  /**
   * The person the sentence before opens with as the subject of its verb, read as {@link subjectFirst} reads it
   * (fifty-fourth session, helper arcarry2: `X يوافق على أن … . ويقول "…"` gave the words to the speaker quoted before
   * X): the verb agrees with `gender` (none in ت… before a masculine cue), a complementizer follows it and no other
   * person is tagged after it in that sentence. Read for a bare verb that opens its sentence, after
   * {@link previousSubject}. Pushed onto the chain at `at`; else null.
   */
  private personFirstBefore(before: readonly [number, number], gender: Gender | null, at: number): Speaker | null {
    const first = this.subjectFirst(before[0], before[1])
    if (first === null) return null
    const [person, v] = first
    // (a verb in ت… after the name is mostly a woman's present, `X توافق على …`: not before a masculine cue)
    const verb = withoutConjunction(this.keys[v]!, 3)
    if (!agreesWith(verb, gender) || (gender === "m" && verb.startsWith("\u062a"))) return null
    // (the sentence reports the person's view, a complementizer after the verb: `إدواردو يرتشف الماء في تدريب الأمس.`, a
    // photograph's caption among the paragraphs, is none)
    let reports = false
    for (let k = v + 1; k < before[1]; k++) {
      if (this.t.kinds[k] !== WORD) continue
      if (this.lex.complementizers.has(this.keys[k]!)) reports = true
      const e = this.personAt(k)
      if (e !== null && e.entityId !== person.entityId) return null
    }
    return reports ? this.pushEntity(person, gender, at) : null
  }

  /**
   * The person a sentence shortly before opens with as the topic of a predicate that is no speech verb (sixty-first
   * session, helper arquote14, after the A116 reading: `الدكتور X متواضع حول دوره … . في مقابلة …، يقول إنه … . يقول:
   * "…"` and `مع ذلك يظل الدكتور X متفائلا … . ويعتبر أنه … . ويضيف: "…"` gave the words to a speaker quoted
   * paragraphs before). Read for a bare verb that opens its sentence, after the other readings of the sentence before:
   * the nearest of the {@link TOPIC_SENTENCES_BACK} sentences before it in its paragraph that opens with a person (past
   * {@link topicOpening}'s lead, copula and titles); the sentences between name no person and hold no mark, and an
   * organisation in them stands after a preposition or a noun of the media (`relayNouns`) only (`في مقابلة مع صحيفة X`, not its subject);
   * nobody was pushed onto the chain in any of them, no other person is tagged in the topic's sentence, and the
   * roles read beside the person do not contradict the verb's gender. Pushed onto the chain at `at`; else null.
   */
  private topicPersonBefore(before: readonly [number, number] | null, gender: Gender | null, at: number): Speaker | null {
    if (before === null || this.entities.length === 0 || (gender !== "m" && gender !== "f") || before[0] < this.ps) return null
    let [s, end] = before
    for (let back = 0; back < TOPIC_SENTENCES_BACK; back++) {
      if (this.lastPushAt >= s || s + 2 >= end) return null
      const person = this.topicOpening(s, end, gender)
      let other = false
      for (let k = s; k < end; k++) {
        if (this.markChar(k) !== null) return null
        const e = this.t.kinds[k] === WORD ? this.entityStartingAt(k) : null
        if (e === null || (person !== null && e.entityId === person.entityId)) continue
        // (in the topic's sentence, a person in construct or as an object, after a word, is no other subject: `… في
        // النجاح الذي حققته شركة X`; one after punctuation, a clause opener or with و may be)
        if (e.type === "PERSON") other ||= person === null || this.clauseSubjectPlace(k, e)
        else if (e.type === "ORGANIZATION" && person === null && !(k > s && this.t.kinds[k - 1] === WORD && (this.lex.arStops.has(this.keys[k - 1]!) || this.lex.relayNouns.has(this.keys[k - 1]!)))) other = true
      }
      if (other) return null
      if (person !== null) {
        const role = person.entityId === null ? null : this.roleGender(person.entityId)
        return role !== null && role !== gender ? null : this.pushEntity(person, gender, at)
      }
      // the sentence before this one, in the same paragraph
      if (s - 1 <= this.ps) return null
      end = s - 1
      s = this.sentenceStartIn(end - 1, this.ps)
      if (s > this.ps && !this.isSentenceEnd(s - 1)) return null
    }
    return null
  }

  /**
   * Does entity `e` at token `k` stand where a clause's subject may (sixty-first session, helper arquote14): after
   * punctuation, a clause opener or a complementizer (`يوافق على أن X أخطأ`), or glued to و/ف (`… ، وX يقول`); a person right after another word is in construct
   * or an object ({@link topicPersonBefore}).
   */
  private clauseSubjectPlace(k: number, e: Entity): boolean {
    if (k <= this.ps || this.t.kinds[k - 1] !== WORD) return true
    const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
    const prev = this.keys[k - 1]!
    return e.start > o.start || this.lex.clauseOpeners.has(prev) || this.lex.subjectFirstConjunctions.has(prev) || this.lex.complementizers.has(prev)
  }

  /**
   * The person entity the sentence `[s, end)` opens with (sixty-first session, helper arquote14): past a concessive
   * lead and its `ذلك` (`مع ذلك`, `رغم ذلك`; `topicOpeners.leads`) and its comma, a conjunction that may open a clause
   * with its subject first (`لكن`, `بينما`), a verb of staying or being (`يظل`, `لا يزال`, `بات`; `topicOpeners`) and
   * titles (`الدكتور`), a person tagged there and a word after it that is no speech verb (that sentence's speech was
   * read already); else null.
   */
  private topicOpening(s: number, end: number, gender: Gender): Entity | null {
    const lex = this.lex
    let k = s
    if (k + 1 < end && this.t.kinds[k] === WORD && lex.topicLeads.has(this.keys[k]!) && this.keys[k + 1] === DHALIKA) k += 2
    if (k < end && this.t.kinds[k] === PUNCT && COMMAS.has(this.keys[k]!)) k++
    if (k < end && this.t.kinds[k] === WORD && lex.subjectFirstConjunctions.has(this.keys[k]!)) k++
    if (k + 1 < end && this.t.kinds[k] === WORD && NEGATION_BEFORE_COPULA.has(this.keys[k]!) && lex.topicCopulas.has(this.keys[k + 1]!)) k++
    // (the verb of staying agrees with the cue: `وباتت X تريد … . وقال:` is a woman's sentence before a man's words)
    let copula = false
    if (k < end && this.t.kinds[k] === WORD && lex.topicCopulas.has(withoutConjunction(this.keys[k]!, 3))) {
      const verb = withoutConjunction(this.keys[k]!, 3)
      if (!(verb === BAT ? gender === "m" : agreesWith(verb, gender))) return null
      copula = true
      k++
    }
    while (k < end && this.t.kinds[k] === WORD && lex.arTitles.has(this.keys[k]!) && this.entityStartingAt(k) === null) k++
    if (k >= end || this.t.kinds[k] !== WORD) return null
    const e = this.personAt(k)
    if (e === null) return null
    const v = this.walkPast(k, end, e.end, "end")
    if (v >= end || this.t.kinds[v] !== WORD || lex.verbForms.has(withoutConjunction(this.keys[v]!, 3))) return null
    // (with no verb of staying, the predicate is no present verb, `X يرتشف الماء في تدريب الأمس.`, a caption, and no
    // `X يوافق على أن …`, which {@link personFirstBefore} reads; it agrees with the cue: `متفائلة` before `وقالت`)
    const word = this.keys[v]!
    if (!copula && (PRESENT_PREFIX.test(word) || FEMININE_END.test(this.written(v)) !== (gender === "f"))) return null
    return e
  }

  /**
   * The subject of the sentence that a number's full stop cut off before `before` (fifty-third session, helper arcarry,
   * after the A103 reading: `وقضى X … خمسة أشهر في السجن في 1979. بتهمة أنه «…» في ذلك الوقت.` ⏎ `وقال: «…»` gave
   * the words to the witness quoted before X): `before` opens right after a full stop glued to a number, with a word
   * that carries no و or ف and is no verb of its own (a noun or a preposition: the sentence goes on), and names no
   * person or organisation; the words before that full stop (in the same paragraph, nobody pushed onto the chain in
   * them) open with their verb and subject as {@link verbFirstSubject} reads them. Pushed onto the chain at `at`; else
   * null.
   */
  private subjectPastNumberStop(before: readonly [number, number], gender: Gender | null, at: number): Speaker | null {
    const [s, end] = before
    const lo = s >= this.ps ? this.ps : this.lastPs
    if (s - 3 <= lo || s + 1 >= end || this.t.kinds[s] !== WORD || this.t.kinds[s - 2] !== NUM || this.keys[s - 1] !== "." || this.t.spaced[s - 1] !== 0) return null
    const first = this.keys[s]!
    if (first.startsWith("\u0648") || first.startsWith("\u0641") || this.lex.verbForms.has(first) || this.verbAt(s, end) > 0) return null
    if (this.hasSpeakerEntity(before)) return null
    const end2 = s - 1
    const s2 = this.sentenceStartIn(end2 - 1, lo)
    if (this.lastPushAt >= s2 || s2 + 2 >= end2 || (s2 > lo && !this.isSentenceEnd(s2 - 1))) return null
    return this.verbFirstSubject(s2, end2, gender, at)
  }

  /**
   * The subject of the sentence before `before` when `before` goes on with it unnamed (forty-second session, after the
   * A79 reading: `لكن X يقف بين … . وأمس الأول، كان يرفض … .` `وشدد في مذكرة … على «…»` → X, not the speaker quoted
   * before X's sentences): `before` names no person or organisation and holds no quotation mark, and its verb (past a
   * lead phrase and its comma) has no subject after it — a preposition follows it (`وعلق على …`), or `كان`/`كانت` is
   * followed by a present verb (`كان يرفض`). The sentence before that (in the same paragraph as `before`), with nobody
   * pushed onto the chain in it, opens with its verb and subject (as {@link verbFirstSubject} reads them) or with a
   * person right after `لكن`/`بينما`/`فيما` (its و or none) and a verb that agrees with `gender` right after the name.
   * Pushed onto the chain at `at`; else null.
   */
  private subjectTwoBack(before: readonly [number, number], gender: Gender | null, at: number): Speaker | null {
    const [s, end] = before
    const lo = s >= this.ps ? this.ps : this.lastPs
    if (s - 2 <= lo || s + 2 >= end || this.t.kinds[s] !== WORD) return null
    if (this.hasSpeakerEntity(before)) return null
    for (let k = s; k < end; k++) if (this.markChar(k) !== null) return null
    const lex = this.lex
    let p = this.verbAfterLead(s, end)
    if (p === s) p = this.verbAfterOpener(s, end)
    if (p < s || p + 1 >= end || this.t.kinds[p] !== WORD || this.t.kinds[p + 1] !== WORD) return null
    const open = withoutConjunction(this.keys[p]!, 3)
    const next = this.keys[p + 1]!
    if (open.startsWith(ALEF_LAM) || lex.arStops.has(open) || lex.clauseOpeners.has(open) || lex.complementizers.has(open) || this.nounAt(p)) return null
    const unnamed = lex.kanaAuxiliary.has(open) ? /^[\u064a\u062a]/.test(next) && this.entityStartingAt(p + 1) === null : lex.arStops.has(next)
    if (!unnamed || !agreesWith(open, gender)) return null
    // the sentence before `before`, in its paragraph
    const end2 = s - 1
    const s2 = this.sentenceStartIn(end2 - 1, lo)
    if (this.lastPushAt >= s2 || s2 + 2 >= end2 || (s2 > lo && !this.isSentenceEnd(s2 - 1))) return null
    const opened = this.verbFirstSubject(s2, end2, gender, at)
    if (opened !== null) return opened
    // لكن X يقف …: a person right after the conjunction, a verb right after the name
    if (this.t.kinds[s2] !== WORD || !lex.subjectFirstConjunctions.has(this.keys[s2]!)) return null
    const e = this.entityStartingAt(s2 + 1)
    if (e === null || e.type !== "PERSON") return null
    const v = this.walkPast(s2 + 1, end2, e.end, "end")
    if (v >= end2 || this.t.kinds[v] !== WORD || this.entityStartingAt(v) !== null) return null
    const verb = withoutConjunction(this.keys[v]!, 3)
    if (verb.startsWith(ALEF_LAM) || lex.arStops.has(verb) || lex.clauseOpeners.has(verb) || lex.complementizers.has(verb) || this.nounAt(v) || !/^[\u064a\u062a]/.test(verb) || !agreesWith(verb, gender)) return null
    return this.pushEntity(e, gender, at)
  }

  /**
   * The subject right after the verb that opens the sentence `[s, end)` (past a lead phrase and its comma, or a
   * conjunction: `ومن جانبها، انتقدت الوزيرة X …`, `ثم تحدث X …`), as {@link subjectAfterVerb} reads it, when that
   * word is a verb that agrees with `gender` and no speech verb; pushed onto the chain at `at`. Else null.
   */
  private verbFirstSubject(s: number, end: number, gender: Gender | null, at: number): Speaker | null {
    if (s + 1 >= end || this.t.kinds[s] !== WORD) return null
    const lex = this.lex
    // ومن جانبها، انتقدت الوزيرة X …, بدوره، أشاد X …: past a lead phrase of a few words and its comma (not one that
    // opens with a definite noun: الرئيس الأمريكي، X، … is an apposition), the verb that opens the clause
    let p = this.verbAfterLead(s, end)
    // إذ ينصح X بأن …, كما زار الوزير X …: a conjunction right before the verb, and the subject right after it (a
    // name, or titles and definite words before it: كما رفض خطة إدارة X is an object)
    if (p === s) {
      p = this.verbAfterOpener(s, end)
      if (p > s && p + 1 < end) {
        const next = this.keys[p + 1]!
        if (this.t.kinds[p + 1] !== WORD || !(this.entityStartingAt(p + 1) !== null || lex.arTitles.has(next) || next.startsWith(ALEF_LAM))) return null
      }
    }
    if (p < 0 || p + 1 >= end) return null
    const open = withoutConjunction(this.keys[p]!, 3)
    // a sentence that opens with a preposition, a time word or a conjunction (وفي …, ويأتي ذلك …) has no subject there
    // (`وعبر X عن سعادته`: the verb "expressed", not the preposition "via")
    // (a verb written with a final أ is none of them, whatever its folded key: `هنأ` folds as `هنا`, "here"; forty-second
    // session)
    // (`وبات X يريد …`, `وأصبح X …`: a form of بات or أصبح, stop words, before a person tagged right after it is the
    // verb, X its subject; fifty-third session, helper arcarry, after the A103 reading)
    const copula = lex.copulaForms.has(open) && !lex.kanaAuxiliary.has(open) && this.entityStartingAt(p + 1)?.type === "PERSON"
    // (nor is a verb written with a hamza on its first alif the article, `وألقى X كلمة`, `أقر X بـ…`, whose folded keys
    // open with `ال`; fifty-fourth session, helper arcarry2)
    if (!this.hamzaEnd(p) && ((open.startsWith(ALEF_LAM) && !this.hamzaStart(p)) || (lex.arStops.has(open) && !this.expressesAt(p, end) && !copula) || lex.clauseOpeners.has(open) || lex.complementizers.has(open))) return null
    // a sentence that opens with a speech verb or a participle put its named subject on the chain already
    if (lex.verbForms.has(open) || lex.verbForms.has(this.keys[p]!)) return null
    // (`بات`'s ت is its root's: a masculine verb)
    if (!(copula && open === BAT ? gender !== "f" : agreesWith(open, gender))) return null
    // the subject right after the verb (a role all definite or a description all indefinite before a person; else a
    // role in construct and its holder: وتحدث وزير الخارجية الأمريكي X عن …)
    return this.subjectAfterVerb(p, end, gender, false, at) ?? this.subjectAfterVerb(p, end, gender, true, at)
  }

  /**
   * The subject of the sentence before `لكنه`/`ولكنه`/`لكنها`/`ولكنها` at token `at - 1`, the word that opens the
   * sentence of the verb at `at` (`أقر X، نجل الرئيس Y، بمقابلة … . ولكنه قال إن …`; thirty-first session, second
   * round): the person or organisation right after the verb (or the lead phrase) that opens the sentence before, as
   * {@link subjectAfterVerb} reads it, when the pronoun agrees with the verb and nobody was named as a speaker in that
   * sentence. Pushed onto the chain. Else null.
   */
  private butPronounSubject(at: number, gender: Gender | null): Speaker | null {
    const k = at - 1
    if (this.entities.length === 0 || gender === "p" || k < this.ps || this.t.kinds[k] !== WORD || this.sentenceStart(at) !== k) return null
    const key = this.keys[k]!
    const own = this.lex.butHe.has(key) ? "m" : this.lex.butShe.has(key) ? "f" : null
    if (own === null || (gender !== null && gender !== own)) return null
    const before = this.sentenceBefore(k)
    if (before === null) return null
    const [s, end] = before
    if (s + 1 >= end || this.t.kinds[s] !== WORD) return null
    const p = this.verbAfterLead(s, end)
    if (p < 0 || p + 1 >= end) return null
    const open = withoutConjunction(this.keys[p]!, 3)
    const lex = this.lex
    // (not a preposition, `وفي يونيو أقر X`: the sentence has no verb first)
    if (open.startsWith(ALEF_LAM) || lex.arStops.has(open) || lex.arStops.has(withoutConjunction(this.keys[p]!)) || lex.clauseOpeners.has(open) || lex.complementizers.has(open) || !agreesWith(open, own)) return null
    return this.subjectAfterVerb(p, end, own, false, at) ?? this.subjectAfterVerb(p, end, own, true, at)
  }

  /**
   * Is organisation `e` the platform of someone's account, one of the three words before it being `حسابه`/`صفحتها`
   * (with or without و, ف, ب or ل: `على حسابه في موقع تويتر`, `عبر صفحته على فيسبوك`)?
   */
  private accountPlatform(e: Entity): boolean {
    const words = this.text.slice(Math.max(0, e.start - 48), e.start).split(/\s+/).filter((w) => w.length > 0)
    return words.slice(-3).some((w) => ACCOUNT.test(w))
  }

  /**
   * The spokesman a phrase within four words from token `k` names ({@link spokesmanNamed}; `فيه` first, then words
   * only, no complementizer), pushed onto the chain with `gender`; else null.
   */
  protected spokesmanAfter(k: number, gender: Gender | null): Speaker | null {
    if (k < this.pe && this.lex.fiPronouns.has(this.keys[k]!)) k++
    for (let j = k; j < Math.min(this.pe, k + 4); j++) {
      if (this.t.kinds[j] !== WORD || this.lex.complementizers.has(this.keys[j]!)) return null
      const found = this.spokesmanNamed(j, this.pe)
      if (found !== null) return this.pushEntity(found, gender, j, true)
    }
    return null
  }

  /**
   * The spokesman named in the sentence before an Arabic verb that opens its own sentence with no subject (`في الوقت
   * الذي أكد فيه المتحدث الرسمي باسم اللجنة المهندس X جاهزيتهم. وقال "…"`; twenty-eighth session, second round): the
   * last spokesman's phrase there that names a person ({@link spokesmanNamed}), when nobody was named as a speaker in
   * that sentence and the noun agrees with the verb (`المتحدثة` for a feminine verb, `المتحدث` for a masculine one).
   * Pushed onto the chain. Else null.
   */
  protected spokesmanBefore(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0 || gender === "p" || gender === null) return null
    const before = this.sentenceBefore(at)
    if (before === null) return null
    const [s, end] = before
    let found: Entity | null = null
    for (let k = s + 1; k < end; k++) {
      // (the sentence's subject: no complementizer before it, the scan stops at the first; a word before it; no و on
      // it — `وأردف أن هؤلاء هم: X، والناطق باسم البرلمان Y` lists Y, who does not speak)
      if (this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)) break
      if (this.t.kinds[k] !== WORD || this.t.kinds[k - 1] !== WORD || (this.keys[k + 1] !== BISM_KEY && this.keys[k + 2] !== BISM_KEY)) continue
      const o = this.orig(this.t.starts[k]!, this.t.ends[k]!)
      if (this.text.charCodeAt(o.start) === 0x0648 || (this.text.charCodeAt(o.end - 1) === 0x0629) !== (gender === "f")) continue
      found = this.spokesmanNamed(k, end) ?? found
    }
    return found === null ? null : this.pushEntity(found, gender, at, true)
  }

  /**
   * Does `before`, the sentence before a token as {@link sentenceBefore} read it, hold a quotation mark, or is it no
   * whole sentence (its start only the bound of the scan back, sixty tokens)? False for no sentence (null).
   */
  private quotedSentence(before: readonly [number, number] | null): boolean {
    if (before === null) return false
    const s = before[0]
    if (s !== this.ps && s !== this.lastPs && !this.isSentenceEnd(s - 1)) return true
    for (let k = s; k < before[1]; k++) {
      if (this.markChar(k) === null) continue
      // (a name in marks, `في تصريح لـ«الشرق الأوسط»`, `من خبراء مركز «بيلفر»`, is nobody's words: past it; fifty-fourth
      // session, helper arcarry2)
      const close = this.markedNameEnd(k, before[1])
      if (close < 0) return true
      k = close
    }
    return false
  }

  /**
   * The closing mark of a name in marks opening at token `k` (before `end`): one to {@link NAME_MARK_WORDS} words that
   * one tagged person, organisation or place covers, then the closing mark; else -1 (fifty-fourth session, helper
   * arcarry2).
   */
  private markedNameEnd(k: number, end: number): number {
    if (this.entities.length === 0) return -1
    for (let j = k + 1; j < Math.min(end, k + NAME_MARK_WORDS + 2); j++) {
      if (this.t.kinds[j] === WORD || this.t.kinds[j] === NUM) continue
      if (this.markChar(j) === null || j === k + 1) return -1
      return this.nameCovers(this.orig(this.t.starts[k + 1]!, this.t.ends[j - 1]!)) ? j : -1
    }
    return -1
  }

  /**
   * The sentence before token `at` as `[start, end)`: in this paragraph, or the last sentence of the paragraph before
   * when `at` opens this one; null when there is none, or when a speaker was pushed onto the chain in it (a speaker
   * named there decides, not its subject). Read by {@link previousSubject}, {@link spokesmanBefore} and (for its
   * marks) {@link quotedSentence}.
   */
  private sentenceBefore(at: number): readonly [number, number] | null {
    let lo = this.ps
    let end = at - 1
    if (at <= this.ps) {
      if (this.lastPe <= this.lastPs) return null
      lo = this.lastPs
      end = this.lastPe
    }
    if (end <= lo) return null
    const s = this.sentenceStartIn(end - 1, lo)
    return this.lastPushAt >= s ? null : [s, end]
  }

  /**
   * The subject of the verb that opens the sentence of a verb at token `at` with no subject of its own, right after
   * `عندما`, `حين` or `حينما` (`whenWords`): `وقد عبر وزير الثقافة عن هذا الرضا عندما قال: «…»` (fiftieth
   * session, helper arcarry, after the A96 reading: the chain's last speaker took the words). The sentence opens with
   * a speech verb or `عبر عن` (a `قد` before it allowed, or after a lead phrase) that agrees with the cue's gender;
   * nobody was pushed onto the chain in the sentence, no mark stands in it before the cue and no punctuation between
   * the verb and the cue; the subject phrase is read after that verb as a speech verb's is, and a preposition follows
   * it (`عن ذلك الإعجاب`). Resolved and pushed; else null.
   */
  private whenClauseSubject(at: number, gender: Gender | null): Speaker | null {
    if (at - 1 <= this.ps || this.t.kinds[at - 1] !== WORD || !this.lex.whenWords.has(this.keys[at - 1]!)) return null
    const s = this.sentenceStart(at)
    if (this.lastPushAt >= s || s + 3 > at - 1) return null
    for (let k = s; k < at; k++) if (this.markChar(k) !== null) return null
    // (the verb after `قد` nearest before the cue, within {@link WHEN_CLAUSE} tokens: `أما القادة العرب فهم معجبون …
    // وقد عبر X عن … عندما قال`; else the verb that opens the sentence)
    let q = at - 2
    while (q > s && at - q <= WHEN_CLAUSE && !(this.t.kinds[q] === WORD && this.lex.qadWords.has(this.keys[q]!))) q--
    let p = this.t.kinds[q] === WORD && this.lex.qadWords.has(this.keys[q]!) ? q + 1 : this.verbAfterLead(s, at - 1)
    if (p < s || p + 1 >= at - 1 || this.t.kinds[p] !== WORD || this.t.kinds[p + 1] !== WORD) return null
    const verb = this.keys[p]!
    const open = withoutConjunction(verb, 3)
    const lex = this.lex
    // (`عبر` is the verb "expressed" before its subject and `عن`, not the preposition "via": {@link expressesAt})
    // (a speech verb or a verb of expressing, `عبر عن`, `أعرب عن`: the phrase after another verb is mostly its object,
    // `يقبل عذره`, `وقد ذكر هذا بل …`)
    const expresses = this.expressesAt(p, at)
    if (!expresses && !lex.verbForms.has(open) && !lex.verbForms.has(verb)) return null
    if (open.startsWith(ALEF_LAM) || ((lex.arStops.has(open) || this.leadWord(verb)) && !expresses) || lex.clauseOpeners.has(open) || lex.complementizers.has(open) || this.nounAt(p) || !agreesWith(open, gender)) return null
    // (a subject with the article, a title or a name right after the verb: not `عبر عن …`, a preposition)
    const next = this.keys[p + 1]!
    if (!(next.startsWith(ALEF_LAM) || lex.arTitles.has(next) || this.entityStartingAt(p + 1) !== null || this.constructNoun(next)) || lex.arStops.has(next)) return null
    // (one clause: no comma between the verb and the cue, `وكشف X عن …، فيما أثارت تصريحات Y … عندما قال` is Y's; and a
    // preposition right after the phrase, `عن`, `على`: what runs on to the clause of time is the verb's object, `أوضحت
    // الوزارة الخطوط العامة … عندما قالت`)
    for (let k = p + 1; k < at - 1; k++) if (this.t.kinds[k] === PUNCT && !(this.keys[k] === "." && this.abbreviationDot(k))) return null
    const end = this.phraseEnd(p + 1, at - 1, false)
    if (end <= p + 1 || end >= at - 1 || !lex.arStops.has(this.keys[end]!)) return null
    return this.resolve([p + 1, end], gender, true)
  }

  /**
   * The person a narration names before a verb at token `at` with no subject of its own (fiftieth session, helper
   * arcarry, after the A96 reading: `عن عروة بن الزبير قال: «…»` gave the words to `قائل`, the chain's last): the
   * paragraph opens with `عن` (no و: `وعن راموس قال` is "about Ramos, he said"), a person the entity stage tagged, of
   * at most {@link NARRATOR_WORDS} words and with a lineage or a kunya in the name, stands right after it and ends right
   * before the verb, or before `رضي الله عنه` and the verb. Pushed onto the chain; else null.
   */
  private narratedFrom(at: number, gender: Gender | null): Speaker | null {
    // (the gate, read first: the paragraph's first word is `عن`, which the test at the end asks of `k - 1 === ps`; most
    // paragraphs open otherwise, and the slice and the pattern of the blessing below are then not read; fifty-second
    // session, helper cuegate)
    if (this.keys[this.ps] !== AN) return null
    if (this.entities.length === 0 || at - 2 < this.ps || this.t.kinds[at - 1] !== WORD) return null
    // (the companion's blessing between the name and the verb, `عن أبي هريرة رضي الله عنه قال`: three words)
    let n = at - 1
    const verbStart = this.orig(this.t.starts[at]!, this.t.ends[at]!).start
    if (at - 4 >= this.ps && COMPANION_BLESSING.test(this.text.slice(this.orig(this.t.starts[at - 3]!, this.t.ends[at - 3]!).start, verbStart))) n = at - 4
    if (this.t.kinds[n] !== WORD) return null
    const o = this.orig(this.t.starts[n]!, this.t.ends[n]!)
    const e = this.entityIn(o)
    // (a narrator's name of lineage or kunya, `بن`, `ابن`, `أبو`/`أبي`: `عن راموس قال` is "about Ramos, he said")
    if (e === null || e.type !== "PERSON" || e.end !== o.end || !NARRATOR_NAME.test(e.text)) return null
    const k = this.walkBack(n, Math.max(this.ps, n - NARRATOR_WORDS), e.start, "start", true)
    // (`عن` with no و opens the paragraph: `وعن X قال` goes on with a topic)
    if (k - 1 !== this.ps || this.orig(this.t.starts[k]!, this.t.ends[k]!).start !== e.start || this.t.kinds[k - 1] !== WORD || this.keys[k - 1] !== AN) return null
    return this.pushEntity(e, gender, k)
  }


  /**
   * The token right after a conjunction that starts the sentence at `s` (`verbOpeners` in the lexicon: `إذ`, `كما`, `ثم`,
   * `عندما`, with or without its و/ف) when that word can be a verb (no lead word, no entity starts there, it
   * does not end in ة); else `s`.
   */
  private verbAfterOpener(s: number, end: number): number {
    const first = this.keys[s]!
    if (!this.lex.verbOpeners.has(withoutConjunction(first)) && !this.lex.verbOpeners.has(first)) return s
    const p = s + 1
    return p >= end || this.t.kinds[p] !== WORD || this.leadWord(this.keys[p]!) || this.nounAt(p) ? s : p
  }

  /**
   * The token of the verb that opens the clause of a sentence starting at `s` (before `end`): `s` itself, or the word
   * after a lead phrase and its comma (a preposition or a clause opener and at most two more words, no name: `ومن جانبها،`,
   * `وفي السياق ذاته،`, `بدوره،`), when that word is no noun (no entity starts there, it does not end in ة; else -1).
   * `s` when no such lead phrase opens the sentence.
   */
  private verbAfterLead(s: number, end: number): number {
    const first = this.keys[s]!
    const opener = withoutConjunction(first)
    const lex = this.lex
    // (`إلى ذلك، …`: a preposition written with its hamza folds as the article does; fifty-fourth session, helper arcarry2)
    if ((opener.startsWith(ALEF_LAM) && !this.hamzaStart(s)) || !(lex.arStops.has(opener) || lex.clauseOpeners.has(opener) || lex.clauseOpeners.has(first))) return s
    // (three words at most, none of them a name: ومن جهته عبر X، وزير …، is a clause, not a lead phrase; the lead
    // without a comma is read below: `من جانبه جدد X …` before the thirty-sixth session had no lead at all)
    // (up to six words when none of them is a verb of the lexicon or a complementizer: `بعد مثل هذه الحادثة الشهر
    // الماضي، انفجر X`; fifty-fourth session, helper arcarry2)
    for (let k = s + 1; k < Math.min(end, s + LONG_LEAD); k++) {
      if (this.isPunct(k, COMMAS)) {
        const p = k + 1
        return p >= end || this.t.kinds[p] !== WORD || this.nounAt(p) ? -1 : p
      }
      if (this.t.kinds[k] !== WORD) return s
      if (this.entityStartingAt(k) !== null) break
      if (k >= s + 3 && (lex.verbForms.has(this.keys[k]!) || lex.verbForms.has(withoutConjunction(this.keys[k]!, 3)) || lex.complementizers.has(this.keys[k]!))) break
    }
    // ومن جهته عبر X عن …, بدوره أشاد X …: `من` and a lead word with its pronoun, or a lead word with its pronoun alone
    // (`clauseOpeners`: `جهته`, `جانبها`, `بدوره`), with no comma after them, before a word that is no noun (thirty-fifth
    // session)
    const lead = opener === MIN && s + 1 < end && this.t.kinds[s + 1] === WORD && lex.clauseOpeners.has(this.keys[s + 1]!) && PRONOUN_END.test(this.keys[s + 1]!) ? s + 2 : lex.clauseOpeners.has(opener) && opener.startsWith(BIDAWR) ? s + 1 : -1
    if (lead > s && lead < end && this.t.kinds[lead] === WORD && !this.nounAt(lead) && (!this.leadWord(this.keys[lead]!) || this.expressesAt(lead, end))) return lead
    return s
  }

  /**
   * The first of the names joined right after a group's noun that opens the phrase `[a, b)` (sixty-second session,
   * helper arquote20, after the A120 reading: `وقال الفنانان إياد حماد وأحمد دهلوي:` gave the speaker `الفنانان`, a
   * word the entity stage typed a person): a definite dual or plural (`ال…ان`, `ال…ون`, `ال…ين`, five letters or more
   * after the article) that no entity other than a person covers, a person tagged right after it, and a second person
   * glued to `و` right after the first, inside the phrase. Joint speakers are given as their first, as the pairs' rule
   * gives them (`namedPairBefore`). Else null.
   */
  private namesAfterGroup(phrase: readonly [number, number]): Entity | null {
    const [a, b] = phrase
    if (b - a < 3 || this.t.kinds[a] !== WORD || this.entities.length === 0) return null
    if (!/^[\u0648\u0641]?\u0627\u0644[\u0621-\u064a]{3,}(?:\u0627\u0646|\u0648\u0646|\u064a\u0646)$/u.test(this.written(a))) return null
    const own = this.entityIn(this.orig(this.t.starts[a]!, this.t.ends[a]!))
    if (own !== null && own.type !== "PERSON") return null
    const first = this.personAt(a + 1)
    if (first === null) return null
    let k = a + 1
    while (k < b && this.orig(this.t.starts[k]!, this.t.ends[k]!).end <= first.end) k++
    if (k >= b || this.t.kinds[k] !== WORD || this.keys[k]![0] !== WAW) return null
    const second = this.entityStartingAt(k)
    return second !== null && second.type === "PERSON" && second !== first ? first : null
  }

  /** Is the phrase one definite dual noun (`الوزيران`, `الطرفان`; `dualNouns` in the lexicon; thirty-third session)? */
  protected dualNoun(phrase: readonly [number, number]): boolean {
    const [a, b] = phrase
    return b - a === 1 && this.t.kinds[a] === WORD && this.lex.dualNouns.has(this.keys[a]!)
  }

  /**
   * The first of two persons (or two organisations) named together right before token `at` — `X وY`, `X ونظيره
   * الأمريكي Y` — the nearest such pair within {@link PAIR_WINDOW} characters, pushed as the speaker; else null
   * (thirty-third session).
   */
  protected namedPairBefore(at: number, gender: Gender | null): Speaker | null {
    if (this.entities.length === 0) return null
    const to = this.orig(this.t.starts[at]!, this.t.ends[at]!).start
    const from = Math.max(0, to - PAIR_WINDOW)
    for (let i = this.firstEntityFrom(to) - 1; i > 0; i--) {
      const second = this.entities[i]!
      if (second.start < from) break
      const first = this.entities[i - 1]!
      if (first.start < from) break
      if (first.type !== second.type || (first.type !== "PERSON" && first.type !== "ORGANIZATION") || first.entityId === second.entityId) continue
      if (second.start - first.end > PAIR_GAP_MAX || !PAIR_GAP.test(this.text.slice(first.end, second.start))) continue
      // (not across a sentence's end or a quote: the pair is named in the words before the verb, not inside speech)
      if (SENTENCE_OR_QUOTE_END.test(this.text.slice(second.end, to)) && !this.pairOpensSentenceBefore(first.start, to)) continue
      return this.pushEntity(first, gender, -1)
    }
    return null
  }

  /** Is the text from original offset `start` to `to` at most one sentence end away (the pair in the sentence before the verb's)? */
  private pairOpensSentenceBefore(start: number, to: number): boolean {
    const between = this.text.slice(start, to)
    return !QUOTE_END.test(between) && (between.match(SENTENCE_ENDS)?.length ?? 0) <= 1
  }

  /**
   * The unnamed source that the sentence `before` ends by, as the attribution of its words (forty-second session, after
   * the A80 reading: `…، كما قال مسؤول الجمعة. واضاف "…"` gave the president named in the first sentence): a comma,
   * `كما`/`مثلما`/`حسبما` (`asSaidOpeners` in the lexicon), a speech verb, an unnamed source's noun (`unnamedSources`:
   * `مسؤول`, `مصدر`) and at most {@link AS_SAID_WORDS} words in all to the sentence's end. The source phrase is resolved
   * (and pushed with `speech`). Only for a verb with no subject that opens the next sentence: the attribution itself
   * is no speech, and pushing it would change what later verbs go on with. Else null.
   */
  private asSaidSource(before: readonly [number, number] | null, gender: Gender | null, speech: boolean): Speaker | null {
    if (before === null) return null
    const [s, end] = before
    let last = end
    while (last > s && this.t.kinds[last - 1] === PUNCT) last--
    for (let k = last - 1; k > s + 1 && last - k <= AS_SAID_WORDS + 2; k--) {
      if (this.t.kinds[k] !== WORD) return null
      if (!this.lex.asSaidOpeners.has(withoutConjunction(this.keys[k]!))) continue
      if (!this.isPunct(k - 1, COMMAS) || k + 2 >= last) return null
      const verb = this.keys[k + 1]!
      if (!this.lex.verbForms.has(verb) || !this.lex.unnamedSources.has(this.keys[k + 2]!)) return null
      return this.resolve([k + 2, Math.min(last, this.phraseEnd(k + 2, last, false))], gender, speech)
    }
    return null
  }

  /**
   * The plural subject of a plural speech verb or participle at `cue` with no subject after it (forty-second session,
   * after the A81 reading: `من جهتهم أعرب ذوو الشهداء عن شكرهم … . وقالوا "…"` gave the prince quoted before): a
   * plural noun of people ({@link pluralNounAt}) that opens the clause of the cue (the sentence, or the words after
   * `لكن`/`بينما`/`فيما`) within {@link PLURAL_BACK} tokens before it with no complementizer between (`المطالبون بحقوق
   * الصيادين وهم من أبناء الساحل يقولون:`), or stands right after the verb that opens that clause (`ويوجه مشجعو
   * الفريق اللوم … مؤكدين`, `وعبر عدد من الأهالي عن فرحتهم وقالوا`); for a cue that opens its sentence, the same in the
   * sentence before when nobody was named as a speaker there. The phrase ({@link pluralPhrase}) is resolved and pushed
   * with a plural gender. Else null: the rules after it and the chain decide.
   */
  protected pluralVoice(cue: Cue, speech: boolean): Speaker | null {
    if (cue.gender !== "p" || cue.dual === true) return null
    const at = cue.at
    const s = this.sentenceStart(at)
    let phrase: readonly [number, number] | null = null
    for (let k = at - 1; k >= Math.max(s, at - PLURAL_BACK) && phrase === null; k--) {
      if (this.t.kinds[k] !== WORD) continue
      // (`غير أن مختصين آخرين يقولون "…"`: the `أن` after `غير`/`إلا` opens the clause as `لكن` does; sixtieth session,
      // helper arquote13, after the A117 reading, which gave the words to the bank of the sentence before)
      if (this.opensButClause(k, s)) phrase = this.pluralClause(k + 1, at)
      else if (this.lex.complementizers.has(this.keys[k]!)) return null
    }
    phrase ??= this.pluralClause(s, at)
    if (phrase === null && s === at) {
      const before = this.sentenceBefore(at)
      if (before !== null) phrase = this.pluralClause(before[0], before[1]) ?? this.pluralClause(this.afterBylineColon(before[0], before[1]), before[1])
    }
    if (phrase === null) return null
    // (the phrase as written: `أشخاص مقربون من X` is no word of X's)
    const o = this.orig(this.t.starts[phrase[0]]!, this.t.ends[phrase[1] - 1]!)
    const voice: Speaker = { text: this.text.slice(o.start, o.end), entityId: null, gender: "p", person: false }
    if (speech) this.push(voice, phrase[0])
    return voice
  }

  /**
   * The token after the colon of a byline or dateline that opens the sentence `[s, end)` (`X- الرياض- سبق: اشتكى …`;
   * fifty-seventh session, helper arcarry5, after the A111 reading: `وقالوا:` after it was given nobody): a colon
   * within {@link BYLINE_COLON} tokens of the start, two words and dashes or more before it, no speech verb among them; else
   * `end` (no clause).
   */
  private afterBylineColon(s: number, end: number): number {
    for (let k = s; k < Math.min(end - 1, s + BYLINE_COLON); k++) {
      if (this.isColon(k)) return k - s >= 2 ? k + 1 : end
      if (this.t.kinds[k] === WORD ? this.lex.verbForms.has(this.keys[k]!) || this.lex.verbForms.has(withoutConjunction(this.keys[k]!)) : !DASHES.has(this.keys[k]!)) return end
    }
    return end
  }

  /**
   * The plural subject of the clause that starts at token `c` and ends before `end`: the plural noun at `c` (its
   * phrase before `end` with no complementizer after it), or right after the word that opens the clause as its verb
   * (past a lead phrase, `من جهتهم أعرب ذوو …`; a speech verb too, whose plural subject no entity pushed); else null.
   */
  private pluralClause(c: number, end: number): readonly [number, number] | null {
    if (c >= end || this.t.kinds[c] !== WORD) return null
    if (this.pluralNounAt(c)) {
      const phrase = this.pluralPhrase(c, end, true)
      for (let k = phrase[1]; k < end; k++) if (this.t.kinds[k] === WORD && this.lex.complementizers.has(this.keys[k]!)) return null
      return phrase
    }
    let p = this.verbAfterLead(c, end)
    // (`وفي العاصمة، ما زال البعض يتحدث همسا …`: `ما`/`لا` and a form of `زال` before the subject; fifty-fourth session,
    // helper arcarry2, after the A103 reading: `ويقولون:` after it went on with the `كثيرون` of the paragraph before)
    if (p >= 0 && p + 2 < end && this.t.kinds[p] === WORD && this.t.kinds[p + 1] === WORD && this.lex.stillNegations.has(withoutConjunction(this.keys[p]!)) && this.lex.stillVerbs.has(this.keys[p + 1]!)) p++
    if (p < 0 || p + 1 >= end || this.t.kinds[p] !== WORD || this.nounAt(p) || !this.pluralNounAt(p + 1)) return null
    // (`وعبر عدد من الأهالي عن فرحتهم`: the verb "expressed", not the preposition "via", when `عن` follows)
    if (this.leadWord(this.keys[p]!) && !(withoutConjunction(this.keys[p]!) === ABARA && this.anWithin(p + 2, Math.min(end, p + 10)))) return null
    return this.pluralPhrase(p + 1, end, false)
  }

  /** Is there a word `عن` among tokens `[from, to)`? */
  private anWithin(from: number, to: number): boolean {
    for (let k = from; k < to; k++) if (this.t.kinds[k] === WORD && this.keys[k] === AN) return true
    return false
  }

  /**
   * Is the word at token `k` a plural noun of people: read without its و/ف and the article, one of `pluralVoices`
   * (`أشخاص`, `أهالي`, `عدد`), a nisba plural (`السياسيون`, `الفلسطينيين`), a sound plural of a participle in م
   * (`مراقبون`, `المدافعين`; not the broken plural مفاعيل, `ملايين`, `ميادين`), or such a participle in construct
   * (`مشجعو`/`مشجعوا` before a definite word, `معارضيها` with its pronoun); never a speech verb or participle of
   * the lexicon, nor the start of an entity.
   */
  protected pluralNounAt(k: number): boolean {
    if (this.t.kinds[k] !== WORD || this.entityStartingAt(k) !== null) return false
    const raw = this.keys[k]!
    const lex = this.lex
    let w = withoutConjunction(raw, 3)
    if (lex.verbForms.has(raw) || lex.verbForms.has(w) || lex.participles.has(raw) || lex.participles.has(w) || lex.complementizers.has(w)) return false
    if (this.dualConstructAt(k, w)) return true
    if (w.startsWith(ALEF_LAM)) w = w.slice(2)
    if (lex.pluralVoices.has(w)) return true
    // (the broken plural مفاعيل of things, `ملايين`, `ميادين`, is none)
    if (w.length < 5 || (w.length === 6 && w[2] === "\u0627" && w[4] === "\u064a")) return false
    if (NISBA_PLURAL.test(w)) return true
    if (w[0] !== "\u0645") return false
    if (w.endsWith("\u0648\u0646") || w.endsWith("\u064a\u0646")) return true
    // (the pronoun as written: a ة folds to ه in the keys, `مؤسسية` is no `مؤسسي` and its pronoun)
    if (this.withPronoun(k)) {
      const bare = w.replace(PRONOUN_END, "")
      return bare.length >= 4 && (bare.endsWith("\u064a") || bare.endsWith("\u0648"))
    }
    const next = k + 1 < this.pe && this.t.kinds[k + 1] === WORD ? this.keys[k + 1]! : ""
    return (w.endsWith("\u0648") || w.endsWith("\u0648\u0627")) && next.startsWith(ALEF_LAM)
  }

  /**
   * Is the word at token `k` (`w`, its key without و/ف) a noun of a post in the dual construct before a definite
   * genitive (`dualConstructs`; sixty-second session, helper arquote18, after the A118 reading: `ويسفه كاتبا الموضوع
   * في فوربس … متسائلين: …؟ مؤكدين: "…"` gave the president quoted before)? Not with the tanween of the accusative as
   * written (`مسؤولاً عن`), and only before a word with the article (`عين رئيسا للجنة` is no dual).
   */
  private dualConstructAt(k: number, w: string): boolean {
    if (!this.lex.dualConstructs.has(w) || k + 1 >= this.pe || this.t.kinds[k + 1] !== WORD || !this.keys[k + 1]!.startsWith(ALEF_LAM)) return false
    return !this.caseMarked(k, this.orig(this.t.starts[k]!, this.t.ends[k]!))
  }

  /**
   * The phrase of the plural noun at token `h`, before `end` and of {@link PLURAL_WORDS} words at most: the noun, the
   * adjectives and genitives in construct after it (an indefinite word takes the word after it; a definite one only a
   * definite adjective), `من` and its noun (`عدد من الأهالي`, `مقربون من X`: a name after it ends the phrase), and with
   * `opening` (the subject before its verb) `عن` right after the noun too (`المدافعون عن حقوق المزارعين`); it ends
   * before a word with و or ف, a complementizer, a relative pronoun, a verb of the lexicon, or punctuation.
   */
  private pluralPhrase(h: number, end: number, opening: boolean): readonly [number, number] {
    const lex = this.lex
    let open = !withoutConjunction(this.keys[h]!, 3).startsWith(ALEF_LAM) && !this.withPronoun(h)
    let b = h + 1
    let prep = false
    for (let k = h + 1; k < end && k - h < PLURAL_WORDS; k++) {
      if (this.t.kinds[k] !== WORD) break
      const w = this.keys[k]!
      if (lex.complementizers.has(w) || lex.relativePronouns.has(w) || lex.verbForms.has(w) || lex.participles.has(w)) break
      const e = this.entityStartingAt(k)
      if (prep) {
        if (e !== null) {
          const last = this.tokenAtOriginal(e.end - 1, end)
          return [h, last < k ? k + 1 : last + 1]
        }
        b = k + 1
        open = !w.startsWith(ALEF_LAM)
        prep = false
        continue
      }
      // (a second plural noun with و goes on with the first, `علماء وأعيان`; a nisba plural the entity stage tagged is an
      // adjective, `محللون سياسيون أردنيون`)
      if (w[0] === WAW && e === null && w.length > 3 && this.pluralNounAt(k)) {
        b = k + 1
        open = !withoutConjunction(w, 3).startsWith(ALEF_LAM)
        continue
      }
      if (e !== null && e.type !== "PERSON" && NISBA_PLURAL.test(w) && this.tokenAtOriginal(e.end - 1, end) === k) {
        b = k + 1
        continue
      }
      if (w[0] === WAW || w[0] === FA || e !== null) break
      if (k === b && (w === MIN || (opening && w === AN && k === h + 1))) {
        prep = true
        continue
      }
      const definite = w.startsWith(ALEF_LAM)
      if (open || (definite && /(?:\u0648\u0646|\u064a\u0646|\u064a\u0647|\u064a)$/.test(w))) {
        b = k + 1
        open = !definite && !this.withPronoun(k)
        continue
      }
      break
    }
    return [h, b]
  }

  /**
   * The one word before the verb at token `at` that is a noun of kinship or representation with a possessive pronoun
   * (`possessors` and `ه`, `ها`, `هم`, `هما`: `محاميه`, `محاموه`, `والدها`; or `kinWithPronoun`: `أمه`, `أخوها`), right
   * after `أن`/`إن` or opening the sentence: the verb's subject (fifty-fifth session, helper arkin); else null.
   */
  protected kinPronounBeforeVerb(at: number): readonly [number, number] | null {
    const k = at - 1
    const s = this.sentenceStart(at)
    if (k < s || this.t.kinds[k] !== WORD) return null
    if (k > s && !(this.t.kinds[k - 1] === WORD && this.lex.complementizers.has(this.keys[k - 1]!) && !this.keys[k - 1]!.startsWith("\u0628"))) return null
    // (the word as written first: `والده`, `وكيله` open with و, which is no conjunction there; fifty-sixth session,
    // helper ardoc)
    const raw = this.keys[k]!
    const stripped = withoutConjunction(raw, 4)
    for (const key of stripped === raw ? [raw] : [raw, stripped]) {
      if (this.lex.kinPronounM.has(key) || this.lex.kinPronounF.has(key)) return [k, at]
      for (const suffix of KIN_PRONOUNS) {
        if (key.length > suffix.length + 2 && key.endsWith(suffix) && this.lex.arPossessors.has(key.slice(0, -suffix.length))) return [k, at]
      }
    }
    return null
  }

  /**
   * `أحد`/`إحدى` (glued to و or not) and a definite word after it, opening a clause of the sentence of `cue` within
   * {@link ONE_OF_WINDOW} tokens before it (at the sentence's start, or right after `أن`/`إن`, `لكن`/`بينما`/`فيما`, or
   * `كان`/`كانت`), agreeing with the verb's gender (`إحدى` with a feminine verb, `أحد` with a masculine one), with no
   * person named between the phrase and the verb (a platform, `على تويتر`, may be): the phrase, with up to
   * {@link ONE_OF_ADJECTIVES} definite adjectives after the plural; else null (fifty-sixth session,
   * helper arscrap). `قال أحد الشهود إن …`, after a verb, is that verb's subject and is read there.
   */
  private indefiniteOneBefore(cue: Cue): readonly [number, number] | null {
    if (cue.gender !== "m" && cue.gender !== "f") return null
    const want = cue.gender === "f" ? ONE_OF_F : ONE_OF_M
    const s = this.sentenceStart(cue.at)
    const lex = this.lex
    for (let u = cue.at - 2; u >= Math.max(s, cue.at - ONE_OF_WINDOW); u--) {
      if (this.t.kinds[u] !== WORD || withoutConjunction(this.keys[u]!, 3) !== want) continue
      if (this.t.kinds[u + 1] !== WORD || !this.keys[u + 1]!.startsWith(ALEF_LAM)) return null
      if (u > s) {
        const before = this.keys[u - 1]!
        const opens = this.keys[u] !== want || lex.bareComplementizers.has(before) || lex.subjectFirstConjunctions.has(before) || lex.kanaAuxiliary.has(withoutConjunction(before, 3))
        if (!opens) return null
      }
      const from = this.orig(this.t.starts[u]!, this.t.ends[u]!).start
      const to = this.orig(this.t.starts[cue.at]!, this.t.ends[cue.at]!).start
      for (let i = this.firstEntityFrom(from); i < this.entities.length && this.entities[i]!.start < to; i++) {
        const e = this.entities[i]!
        if (e.type === "PERSON") return null
      }
      // (and the definite adjectives after the plural: `أحد المسؤولين العسكريين في …`)
      let b = u + 2
      while (b < cue.at && b < u + 2 + ONE_OF_ADJECTIVES && this.t.kinds[b] === WORD && this.keys[b]!.startsWith(ALEF_LAM) && !lex.relativePronouns.has(this.keys[b]!) && !lex.arStops.has(this.keys[b]!) && !lex.verbForms.has(this.keys[b]!)) b++
      return [u, b]
    }
    return null
  }

  /**
   * The one heard who said the words in the marks `m` (fifty-seventh session, helper arcarry5, after the A110 reading:
   * `أو كما تسمع من عدة قادة يرابطون على جبهات المعارك: «…»` gave them to the speaker of the paragraph before): a verb
   * of hearing (`hearingVerbs`, with و or ف) and `من`, then a phrase of one to {@link HEARD_WORDS} words (no mark,
   * sentence end, speech verb or complementizer) that runs to a colon right before the marks, or to the marks; the
   * phrase is resolved and pushed. Else null.
   */
  protected heardFrom(m: Mark): Speaker | null {
    let end = m.open
    if (end - 1 > this.ps && this.isColon(end - 1)) end--
    const lex = this.lex
    for (let k = end - 1; k > this.ps && end - k <= HEARD_WORDS + 1; k--) {
      if (this.t.kinds[k] !== WORD) return null
      const key = this.keys[k]!
      if (key === MIN) {
        const verb = k - 1 >= this.ps && this.t.kinds[k - 1] === WORD ? this.keys[k - 1]! : ""
        return k + 1 < end && (lex.hearingVerbs.has(verb) || lex.hearingVerbs.has(withoutConjunction(verb))) ? this.resolve([k + 1, end], null, true) : null
      }
      if (lex.complementizers.has(key) || lex.verbForms.has(key)) return null
    }
    return null
  }

  /**
   * The person who said the marked words `m`, named after them (fifty-seventh session, helper arcarry5, after the A111
   * reading: `«…»، بهذه الكلمات حدد الشاب X دور المزمار` left the words to nobody): right after the closing mark (a
   * comma between allowed) `بهذه`/`بتلك` (`wordsJustSaid`) and a noun of words (`الكلمات`, `العبارة`), then a word (the
   * verb), then a person the entity stage tagged, starting within the next three words; pushed. Else null.
   */
  protected namedAfterWords(m: Mark): Speaker | null {
    if (this.entities.length === 0) return null
    let k = m.close + 1
    if (k < this.pe && this.isPunct(k, COMMAS)) k++
    if (k + 3 >= this.pe || this.t.kinds[k] !== WORD || this.t.kinds[k + 1] !== WORD || this.t.kinds[k + 2] !== WORD) return null
    if (!this.lex.wordsJustSaid.has(this.keys[k]!) || !this.lex.wordsJustSaidNouns.has(this.keys[k + 1]!)) return null
    for (let j = k + 3; j < Math.min(this.pe, k + 6) && this.t.kinds[j] === WORD; j++) {
      const e = this.entityStartingAt(j)
      if (e !== null) return e.type === "PERSON" ? this.pushEntity(e, null, j) : null
    }
    return null
  }

  /**
   * A body named in marks right after `كان`/`وكانت` that opens the sentence of the marks at token `open`, then `قد`
   * and a speech verb (`وكانت «مجموعة العمل من أجل X» قد بينت، أن … «…»`; fifty-seventh session, helper arcarry5,
   * after the A111 reading: the speaker of the paragraph before carried on): the name (one to {@link KANA_NAME_WORDS}
   * words), as the entity stage tagged it when it covers the name, else as written; pushed. Else null.
   */
  private kanaMarkedSubject(s: number, open: number): Speaker | null {
    if (s + 4 >= open || this.t.kinds[s] !== WORD || !this.lex.kanaAuxiliary.has(withoutConjunction(this.keys[s]!, 3))) return null
    const close = this.markedName(s + 1, open, KANA_NAME_WORDS)
    if (close < 0 || close + 2 >= open || this.keys[close + 1] !== QAD || this.t.kinds[close + 2] !== WORD || !this.lex.verbForms.has(this.keys[close + 2]!)) return null
    const verb = this.keys[close + 2]!
    const gender: Gender | null = verb.endsWith("\u062a") ? "f" : "m"
    const o = this.orig(this.t.starts[s + 2]!, this.t.ends[close - 1]!)
    const e = this.entityStartingAt(s + 2)
    if (e !== null && e.end === o.end && (e.type === "ORGANIZATION" || e.type === "PERSON")) return this.pushEntity(e, gender, s + 2)
    return this.push({ text: this.text.slice(o.start, o.end), entityId: null, gender, person: false }, s + 2)
  }

  /**
   * The unnamed source that opens the sentence of a participle at token `at` as the subject of its first verb
   * (fifty-seventh session, helper arcarry5, after the A110 reading: `مصادر أمنية ليبية تتحدث عن أن … وذلك «…»، مشيرا
   * إلى أن` gave the words to the speaker of the paragraph before): the sentence opens with an indefinite noun of
   * `unnamedSources` (`مصادر`, `مصدر`, `مسؤولون`), read as {@link unnamedBeforeVerb} reads it up to a present verb
   * (`ي…`/`ت…`) within {@link UNNAMED_OPENING} tokens, and nobody was pushed as a speaker in the sentence (read back at
   * most {@link UNNAMED_REACH} tokens); pushed. Else null (the chain decides).
   */
  private unnamedOpening(at: number): Speaker | null {
    // (the sentence's start, read further back than {@link sentenceStart} does: a wire's sentence of sources runs long)
    let s = at
    while (s > this.ps && at - s < UNNAMED_REACH && !this.isSentenceEnd(s - 1)) s--
    if (s > this.ps && !this.isSentenceEnd(s - 1)) return null
    if (this.lastPushAt >= s || s + 1 >= at || this.t.kinds[s] !== WORD) return null
    const first = withoutConjunction(this.keys[s]!, 4)
    if (first.startsWith(ALEF_LAM) || !this.lex.unnamedSources.has(first)) return null
    for (let v = s + 1; v < Math.min(at, s + UNNAMED_OPENING); v++) {
      if (this.t.kinds[v] !== WORD) return null
      const w = this.keys[v]!
      if (w.length < 4 || !(w.startsWith("\u064a") || w.startsWith("\u062a")) || this.nounAt(v)) continue
      const phrase = this.unnamedBeforeVerb(v)
      return phrase !== null && phrase[0] === s && phrase[1] === v ? this.resolve(phrase, null, true) : null
    }
    return null
  }

  /**
   * The phrase of an unnamed source (`unnamedSources`: `مصدر`, `مسؤولين`, `شاهد` …) that stands before a verb at token
   * `at` as its subject: it opens the sentence, or follows `لكن`/`ولكن`, `إلا أن`/`غير أن` or `كان`/`وكان`, and runs
   * to the verb (six words at most, no verb, complementizer or stop word among them) or to a comma that opens an aside
   * closed by a comma right before the verb (`مسؤولا محليا، طلب عدم ذكر اسمه، قال`); else null (thirty-third session).
   */
  protected unnamedBeforeVerb(at: number): readonly [number, number] | null {
    const s = this.sentenceStart(at)
    const lex = this.lex
    for (let u = at - 1; u >= Math.max(s, at - 16); u--) {
      if (this.t.kinds[u] !== WORD || !lex.unnamedSources.has(withoutConjunction(this.keys[u]!, 4))) continue
      if (u > s) {
        const before = this.keys[u - 1]!
        const opens = this.lex.subjectFirstConjunctions.has(before) || this.lex.kanaAuxiliary.has(withoutConjunction(before, 3)) || (before === ANNA && u - 2 >= s && this.lex.butBeforeAnna.has(withoutConjunction(this.keys[u - 2]!, 3)))
        if (!opens) continue
      }
      let c = u + 1
      while (c < at && !this.isPunct(c, COMMAS)) c++
      if (c < at ? !(this.isPunct(at - 1, COMMAS) && at - 1 > c && at - c <= 12) : c - u > 6) return null
      for (let j = u + 1; j < c; j++) {
        const w = this.keys[j]!
        if (this.t.kinds[j] !== WORD || lex.complementizers.has(w) || lex.verbForms.has(w) || lex.verbForms.has(withoutConjunction(w, 3)) || lex.clauseOpeners.has(w)) return null
      }
      return [u, c]
    }
    return null
  }

}
