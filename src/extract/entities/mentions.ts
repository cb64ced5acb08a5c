/**
 * From tagged units to mentions: spans in the original text, clitics left
 * out, titles moved to the role, and the role read from the words next to a
 * person's name.
 *
 * - Span: from the first unit's `nameStart` (after `و`, `ف`, `ب`, `ك`, `ل`;
 *   the article `ال` stays: `والأمم المتحدة` → `الأمم المتحدة`, `بسوريا` →
 *   `سوريا`) to the last unit's end. A trailing possessive `'s` is left out.
 * - A person's mention that opens with title or honorific words
 *   (`الرئيس بوتين` tagged as one name) loses them to its role.
 * - Role, before the name: Arabic reads from the first title word to the
 *   name, across nisba adjectives, places, organisations and further title
 *   words (`الرئيس الروسي فلاديمير بوتين` → `الرئيس الروسي`, `أمير قطر
 *   الشيخ تميم` → `أمير قطر`); English also takes the modifiers before the
 *   title (`Russian President Vladimir Putin` → `Russian President`,
 *   `White House spokesman Josh Earnest` → `White House spokesman`).
 *   After the name (apposition): `محمد بن سلمان ولي العهد السعودي` →
 *   `ولي العهد السعودي`; `Putin, the Russian president,` → `the Russian president`.
 *   An Arabic title takes the nouns in construct with it (`مدير عام الجمارك`,
 *   `رئيس غرفة الشرقية`, `أمير المنطقة الشرقية`), and a comma may stand
 *   between the role and the name (`المدرب، جوزيه مورينيو`, `هيكتور كوبر،
 *   مدرب المنتخب المصري`). A role's glued `ل` is left out and its article
 *   given back (`للرئيس الأمريكي` → `الرئيس الأمريكي`).
 * - Institutions named after a person (Arabic): a head noun in construct
 *   with a title and a name (`جامعة الملك عبدالعزيز`, `مطار الملك عبدالعزيز
 *   الدولي`) or with a name alone (`مجموعة بن لادن`) is one organisation or
 *   place, not a person; a person's or other name that opens with an
 *   organisation's head noun (`برنامج`, `المركز`) is an organisation, and a
 *   proclitic glued to that head noun is left out (`لبرنامج` → `برنامج`); a
 *   MISC name right after such a head noun is an organisation too (`شركة
 *   [سلامة للتأمين]`).
 * - A place at the head of a person's name (`جدة محمد` for a dateline city
 *   and a given name) is cut off as a place.
 * - English: a closed-class word capitalized at the start of a sentence
 *   (`Even`, `But`, `I'm`) is not the start of a name.
 * - Arabic: a verb that opens sentences never starts or ends a person's name
 *   (`[سلمان استقبل]` → `سلمان`), and a month that is a given name too is the
 *   month where the words around say so (`شهر رمضان`, `في رمضان`): see
 *   `evidence.ts`.
 * - Arabic, read on real articles in the tenth session: a name never runs
 *   across an ellipsis or a comma (`[يخطو .. وتشيلسي]` → `تشيلسي`); a name
 *   inside a place of the lists that opens before it is that place, whole
 *   (`المسجد [الحرام]`); an organisation typed from the title on takes the
 *   head noun before it (`مركز [الملك سلمان]`); a title after a conjunction
 *   never ends a person's name (`[… آل سعود وسمو]`); a currency after an
 *   amount is MISC (`مليار [دينار]`); an indefinite nationality alone
 *   (`سعودي الجنسية`) and `لصالح` before a word ("in favour of") are no
 *   names; a name never ends with `أبو`, `عبد`, `بن`, `آل` (the next word
 *   completes it), and a kunya takes its nisba (`أبو قتادة التونسي`).
 * - Arabic, fifteenth session: a name the tagger opened twice in a row is
 *   one where the words say so (`[جان كلود] [يونكر]`, `[نهر] [النيل]`,
 *   `[فوكس] [نيوز]`: `continuesPerson`, `continuesPlace`,
 *   `continuesOrganization`); an adverb of time never ends a name, nor a
 *   weekday a place's or organisation's (`[جامعة الملك سعود غدا]`); `مالي`
 *   after an indefinite noun is the adjective "financial" (`دعم [مالي]`).
 * - English roles after a name follow a comma (`Putin, the Russian
 *   president,`) or are post-nominal (`QC`); a title after a possessive is
 *   someone else's (`Mr Blair's spokesman`).
 *
 * @module
 */
import { isArabicMark } from "../../lexicons/key.js"
import { sourceNamed } from "../../lexicons/lexicon.js"
import { normalizeText } from "../../normalize/index.js"
import type { EntityType } from "../../schema/record.js"
import { TAG_COUNT, tagIndex, tagPosition, tagType } from "./decode.js"
import { isRoleWordBeforeTitle } from "./english.js"
import { isNisba } from "./features.js"
import { isAddressedOutlet, isAfterWriter, isClubAdjective, isOneNameTitle, isRegnalNoun, isRegnalOrdinal, isRegnalOrdinalFeminine, isRegnalTitleWord, isBareNationality, isNationalityAfterNoun, isArabicLetter, isArabicMonth, isBeforeGluedName, isBylineCue, isCalendarMonth, isClauseVerb, isCounterpart, isCorrespondent, isGenerational, isWritingNoun, isCommonNoun, isCommonNounWord, isEnglishCommonNoun, isFormulaWord, isKnownOrganization, isListedVerb, isMannerNounWord, isObjectNoun, isOpeningNoun, knownOrganizationKeys, knownOrganizationTrie, isNotAlone, isOnlineWord, isOutsideHead, isPersonNoun, isEpithetBodyHead, isPlaceEpithet, startsPlaceEpithet, isPlaceNisba, isProductName, isAdjectivePlace, isAdjectiveCue, isAdjectiveName, isBodyWord, isDegreeWord, isEastAsianSurname, isGivenNameTitle, isGoodNoun, isKinNoun, isSurnameEnd, isNameConstruct, isTitleNoun, isTitleTail, isPlaceConstructNoun, isPlaceHead, isPlacePreposition, isPossessorNoun, isSpacedDash, isSpeakingBody, isRoyalTitle, isMarkedBodyNoun, isConstructBodyHead, isCommonBodyGenitive, isNisbaBodyHead, isNisbaAloneBodyHead, isBodyNameAdjective, isStaffAdjective, isTensNumber, isAgeWord, isCommonGodPhrase, isGodNameFirst, isNameEnding, isNisbaAdjective, isReligionNameFirst, isPurposeAfterLam, isTimeWord, isTribeNisba, isWeekdayWord, isOathWord } from "./evidence.js"
import { CATEGORIES, foldedSet, gazetteer, isGivenName, loadGazetteerFiles, loadInstitutionHeads, searchKey, unitKey, type Lang } from "./gazetteer.js"
import type { Tagged } from "./tagger.js"
import { VAN, type Unit } from "./text.js"

/** A mention before linking. */
export interface Mention {
  readonly type: EntityType
  readonly start: number
  readonly end: number
  /** The units of the mention (clitics of the first one left out of the span). */
  readonly units: ReadonlyArray<Unit>
  readonly role: string | null
  readonly confidence: number
  /**
   * Letters of a proclitic glued to the first unit that the span leaves out
   * (`لبرنامج` → `برنامج`); the unit keeps its `core`, so that the same
   * written form is found again elsewhere, and linking takes them off.
   */
  readonly glued?: number
  /** A name the document writes elsewhere, found again here by propagation (`propagate`, extract.ts), untagged. */
  readonly again?: true
  /**
   * The given name was read between a title and the surname (`givenNameAfterTitles`, speaker-names.ts: `الفريق [ضاحي]
   * خلفان`): a full name, whose lone surname typed as something else is that person (linking's step 1b).
   */
  readonly titled?: true
  /**
   * A mention of the parse stage's dateline, byline or a credit it cut (`creditMentions`, credits.ts; session 58): its
   * type is the parse stage's reading, which linking keeps.
   */
  readonly credit?: true
}

/**
 * Whether a mention of `ms` overlaps `[start, end)`. A loop, not `ms.some((m) => …)` in the callers' loops over units:
 * a closure over a variable of a loop's body makes V8 allocate that body's variables on the heap at every turn of the
 * loop, taken or not (about 40 bytes a unit; four such loops were a fifth of the bytes the pipeline allocated on
 * Arabic news).
 */
export const overlapsAny = (ms: ReadonlyArray<Mention>, start: number, end: number): boolean => {
  for (let k = 0; k < ms.length; k++) if (ms[k]!.start < end && ms[k]!.end > start) return true
  return false
}

const TYPE_NAMES: ReadonlyArray<EntityType> = ["PERSON", "LOCATION", "ORGANIZATION", "MISC"]

// gazetteer mask bits (see CATEGORIES in gazetteer.ts: LOC ORG PER MISC TITLE HONORIFIC ORGWORD LOCWORD)
const LOC = 0b11
const ORG = 0b11 << 2
const MISC = 0b11 << 6
const TITLE = 0b11 << 8
const TITLE_B = 1 << 8
const TITLE_I = 1 << 9
const HONORIFIC = 0b11 << 10
const LOCWORD = 0b11 << 14
const ORGWORD = 0b11 << 12
const LOC_B = 1
const LOC_I = 1 << 1
const PER_ANY = 0b11 << 4
const PER_B = 1 << 4
const ORG_B = 1 << 2
const ORG_I = 1 << 3

const EN_LINKS = new Set(["of", "the", "'s", "for", "and", "-"])

/** English post-nominal titles, the role of the name right before them (`Ruth Kelly MP`). */
const EN_POSTNOMINAL: ReadonlySet<string> = new Set(["MP", "MEP", "MSP", "AM", "QC", "MLA"])
const EN_ARTICLES = new Set(["the", "a", "an"])

/**
 * English closed-class words (and a few sentence openers) that a capital at
 * the start of a sentence can make look like the first word of a name:
 * `Even Denzel`, `But Smith`, `I'm`, `Like Kazaa`, and a question's auxiliary (`Can Yahoo …?`, `Could Yukos …`; not `May` or
 * `Will`, also names, nor `Do`, which opens titles: `Do They Know It's Christmas?`). "The" is not among them (`The
 * Hague`).
 */
const EN_CLOSED = new Set(
  `i i'm i've i'd i'll we you he she they it it's his her their our its my your this that these those
   even but and or if when while after before as so yet also only just then now here there not no all both each every
   some many most such what which who whom whose where why how however meanwhile although though because since despite
   in on at by for from with without into onto over under about after according born
   can could would should shall must might does did is are was were has have had like unlike`.split(/\s+/)
)

/**
 * Capitalized words that open an English sentence before a titled name and are no part of its role (`But US Treasury
 * Under-Secretary X`, `On Wednesday Irish Transport Minister X`, `Earlier Tory leader X`): the closed-class words, less
 * those that open the names of works, teams and bands in roles (`All Blacks captain`, `No Doubt singer`, `So Solid Crew
 * rapper`, `My Summer Of Love director`), and adverbs of time, days and months.
 */
const EN_ROLE_OPENERS: ReadonlySet<string> = new Set([
  ...[...EN_CLOSED].filter((w) => !["all", "no", "so", "my", "each", "every", "some", "many", "most", "such", "what", "who", "i", "i'm", "i've", "i'd", "i'll", "it's"].includes(w)),
  ..."earlier later yesterday today tonight recently elsewhere instead indeed still already once until during like".split(" "),
  // (a speech verb that opens the sentence before its inverted subject: `Said Wales assistant coach X: "…"`; fifty-ninth
  // session, helper enfix)
  ..."said says added".split(" "),
  ..."monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december".split(" ")
])

const ALEF_LAM = "\u0627\u0644"

/** English holidays (search form; a name of at most two words, `'s` already cut): dates, not names. */
const EN_HOLIDAYS: ReadonlySet<string> = new Set(
  ["christmas", "easter", "halloween", "thanksgiving", "hanukkah", "diwali", "passover", "ramadan", "eid", "new year", "boxing day", "christmas day", "christmas eve", "easter sunday", "good friday"]
)

/** Whether an English word or two (search form) are a holiday: a date, not a name. */
export const isEnglishHoliday = (key: string): boolean => EN_HOLIDAYS.has(key)

/**
 * Words (as written) that never end an English name. Not in capitals (`IN`, `ON` may be acronyms), and not `A`
 * (`Serie A`, `Group A`).
 */
const EN_NEVER_LAST: ReadonlySet<string> = new Set(
  "the a an and or but of in on at by for from with to The And Or But Of In On At By For From With To".split(" ")
)

/**
 * Whether every unit of `[first, last]` is a title or honorific word of the trigger list and none is on the lists
 * of people (`سلطان`, `أمير` are given names too).
 */
const allTitleWords = (gaz: Uint16Array, first: number, last: number): boolean => {
  for (let k = first; k <= last; k++) if ((gaz[k]! & (TITLE | HONORIFIC)) === 0 || (gaz[k]! & PER_ANY) !== 0) return false
  return true
}

/** Whether an Arabic word carries the conjunction `و` or `ف` split off by the tokenizer (`وسمو`, `فالأمير`). */
const isConjunctionGlued = (u: Unit): boolean => u.proclitic && u.nameStart > u.start && (u.text.charCodeAt(0) === 0x0648 || u.text.charCodeAt(0) === 0x0641)

/** English honorifics (search form) that only a person's name takes (not `Lord`, `Lady`: `Lord's`, `Lady Bird`). */
const EN_PERSONAL_HONORIFICS: ReadonlySet<string> = new Set(["mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "dr", "dr.", "sir"])

const searchForm = (w: string): string => normalizeText(w, "search")

/**
 * Prepositions with a pronoun glued to them (`له`, `فيها`, `عليه`, `لديهم`), as written: function words of
 * {@link AR_FUNCTION}, and none opens a name ({@link PREPOSITIONS_OPENING_NO_NAME}). Not `لي`, `لك`: names too (Li).
 */
const PREPOSITION_PRONOUNS: ReadonlyArray<string> = `لدي له لها لهم لنا فيه فيها فيهم فيهما منه منها منهم عليه عليها عليهم إليه اليه
  إليها اليها إليهم اليهم به بها بهم عنه عنها عنهم معه معها معهم لديه لديها لديهم عنده عندها عندهم`.split(/\s+/)

/** Prepositions no name writes as a word of its own (`لدى`, `وفق`, `بحسب`, `ضد`, `إلى`), as written: in {@link AR_FUNCTION} too. */
const NAMELESS_PREPOSITIONS: ReadonlyArray<string> = ["لدى", "وفق", "وفقا", "بحسب", "ضد", "إلى", "الى", "منذ", "حتى"]

/**
 * Arabic words that never stand in construct with a title (prepositions,
 * particles, pronouns, adverbs of time), and are never a name on their own.
 * Compared as written (diacritics and tatweel left out), not folded: `على`
 * is a preposition, `علي` a name. Prepositions with a pronoun (`فيها`,
 * `عليه`, `منهم`) too: found again after a tagger's slip, `يعمل [فيها]`.
 */
export const AR_FUNCTION: ReadonlySet<string> = new Set([
  ...`في من على عن مع أن إن ان لا ما لم لن قد هو هي هم هما التي الذي الذين ذلك هذا هذه تلك كما حيث بعد قبل
   خلال بين عند نحو حول أمام امام عبر دون غير كل بعض أي أو او ثم بل لكن إذ إذا اذا أمس اليوم يوم أيضا ايضا نفسه نفسها وقد لقد كان كانت
   إنه أنه انه إنها أنها انها لأن لان بأن بان بشأن بسبب عندما بينما ليس لي لك أنا انا نحن أنت انت أنتم انتم أين اين`.split(/\s+/),
  ...PREPOSITION_PRONOUNS,
  ...NAMELESS_PREPOSITIONS
])

/** `جنوب أفريقيا`, the country (South Africa), in the spellings of the lists. */
const SOUTH = foldedSet(() => ["جنوب"])
const AFRICA = foldedSet(() => ["أفريقيا", "إفريقيا", "افريقيا"])

/**
 * Whether unit `k`, inside a person's name `[first, last]` the tagger ran on, opens another person's name after the
 * conjunction `و` glued to it (`[عنان وصبري]`, `[جون كيري ورودريجيز]`): not a title (see the rule before), not after
 * a word that opens a compound name (`أبي وقاص`), not where `و` may be the name's own first letter (a foreign name
 * written `وا`, `وي` or `وو`: `كريستوفر والكن`, `بيلي وايت`, `سيرينا ويليامز`) unless the rest is a given name of the
 * lists (`ويوسف`), and not after a given name alone when one word that is none ends the name (`مارك ورنر`).
 */
const opensAnotherPerson = (units: ReadonlyArray<Unit>, gaz: Uint16Array, first: number, last: number, k: number): boolean => {
  const u = units[k]!
  if (!isConjunctionGlued(u) || u.text.charCodeAt(0) !== 0x0648 || (gaz[k]! & (TITLE | HONORIFIC)) !== 0) return false
  if (isCompoundOpener(units[k - 1]!) || isKunyaGenitive(units[k - 1]!)) return false
  if (isGivenName(u.core)) return true
  const c = u.core.charCodeAt(0)
  if (c === 0x0627 || c === 0x064a || c === 0x0648) return false
  // مارك ورنر, أوتو ورمبيير, سعد ونوس: a given name alone, then one word that is none, may be a family name that opens
  // with `و` (Warner, Warmbier, Wannous): the name stays whole
  return !(k === first + 1 && k === last && isGivenName(units[first]!.core))
}

/** Function words that are also the written form of a surname (`هييونغ تايك لي`, `ريتشارد غير`, `حازم إمام`) or a Chinese name (`هو`, `ما`). */
const SURNAME_FUNCTION: ReadonlySet<string> = new Set(["لي", "لك", "غير", "أمام", "امام", "ما", "هو", "هي", "يوم", "نحو", "من", "كان"])

/**
 * Whether a unit, a function word, never ends a person's name (`[خديجة وهي]`, `[محمد قبل]`): one of
 * {@link SURNAME_FUNCTION} does only with a conjunction glued to it (`وهي`).
 */
const endsNoName = (u: Unit): boolean => {
  // (فان: the Dutch `van` of `لويس فان غال`, not `ف` + `أن`)
  if (!isFunctionWordAfterClitics(u) || written(u.text) === "\u0641\u0627\u0646") return false
  return !SURNAME_FUNCTION.has(written(u.text.slice(u.nameStart - u.start))) || isConjunctionGlued(u)
}

/**
 * Function words that also spell a Latin letter of an acronym (`سي إن إن`, `إن بي سي`, `إف بي أي`, `إن تي في`) or end
 * a paper's name (`المصري اليوم`): they may end a place's or organisation's name as written.
 */
const LETTER_FUNCTION: ReadonlySet<string> = new Set(["إن", "ان", "أن", "أي", "اي", "في", "لي", "اليوم"])

/**
 * Whether unit `u`, after unit `prev` in a place's, organisation's or MISC name, is a function word that does not end
 * it (`[الاتحاد خلال]`, `[منظمة أو]`, `[الاتحاد مع]`): not one of {@link LETTER_FUNCTION} (but `أن` after a word with
 * the article: `[الاتحاد أن]`, "the federation stated that"), nor any after a word of one or two letters (`جي بي أو`).
 */
const endsNameAsFunctionWord = (u: Unit, prev: Unit): boolean => {
  if (u.kind !== "word" || u.proclitic || !isFunctionWordAfterClitics(u)) return false
  // ([جي بي أو], a pollster's acronym: after a word of one or two letters, the word is a letter too)
  if (prev.kind === "word" && written(prev.text).length <= 2) return false
  const w = written(u.text)
  if (!LETTER_FUNCTION.has(w)) return true
  return w === "\u0623\u0646" && prev.kind === "word" && prev.article
}

/**
 * Prepositions with a pronoun glued to them (`له` "to him", `عنه`, `عليه`, `لديهم`) and prepositions that no name
 * writes as a word of its own (`لدى`, `وفق`, `بحسب`, `ضد`, `إلى`, and `إلي`, `حتي` written with `ي` for `ى`), as
 * written: none opens a name (`قال [له ناصر]`, `[عنه عبدالقدوس الأنصاري]`, `[وفق عبدالرحمن]`: the tagger ran the
 * word into the name after it). Not the prepositions that are surnames or names too (`لي`, `لك`, `أمام`, `نحو`, `من`;
 * `دون`, Don; `على`, Ben Ali's), nor `عبر`, also the verb `عبّر` ("expressed": `عبر ولد الشيخ أحمد عن رغبته`).
 */
const PREPOSITIONS_OPENING_NO_NAME: ReadonlySet<string> = new Set([
  ...PREPOSITION_PRONOUNS,
  ...NAMELESS_PREPOSITIONS,
  // the duals and `لدينا` (no function words of AR_FUNCTION), and `إلى`, `حتى` written with `ي`
  ..."لهما لدينا منهما عليهما بهما عنهما معهما إلي الي حتي".split(" ")
])

/** Whether unit `u` is one of {@link PREPOSITIONS_OPENING_NO_NAME}, after the clitics glued to it (`وله`). */
const isPrepositionOpeningNoName = (u: Unit): boolean => {
  if (u.kind !== "word") return false
  if (PREPOSITIONS_OPENING_NO_NAME.has(written(u.text.slice(u.nameStart - u.start)))) return true
  // (ووفق: the tokenizer keeps the `و` before a `و` on the word)
  return u.proclitic && u.text.charCodeAt(0) === 0x0648 && PREPOSITIONS_OPENING_NO_NAME.has(written(u.text.slice(1)))
}

/**
 * Particles of a foreign family name as written, with no clitic (`فان بيرسي`, `فون دير لاين`, `دي ميستورا`, `ماك آرثر`,
 * `لو بان`); not `لا` ("no"), `أو` ("or"), `بن` (an Arabic name's, read elsewhere), `ذا`, `إل`.
 */
export const FOREIGN_PARTICLES: ReadonlySet<string> = new Set(["فان", "فون", "دي", "دو", "دا", "ديل", "دل", "لو", "ماك", "مك", "دوس", "داس"])

/**
 * Whether unit `k`, opening a name, is `فان` right after a comma (`وبحسب بعض العارفين، [فان بلاتر] لا
 * يزال`, `وبحسب القضاء الأمريكي، [فان دافيدسون] دفع`): there it is `فإن` ("so") written without its hamza, which
 * follows a fronted phrase (`بحسب X،`, `وفي الوقت نفسه،`), not the Dutch particle, which a given name, a verb or a noun in
 * construct goes before (`لويس فان غال`, `وأشار فان غال`, `فريق فان غال`).
 */
const soBeforeName = (units: ReadonlyArray<Unit>, k: number): boolean => {
  if (k === 0 || units[k]!.kind !== "word" || written(units[k]!.text) !== VAN) return false
  return isComma(units[k - 1]!)
}

/**
 * The first unit in `(first, last]` that is `ل` glued to a news outlet's noun with no article (`addressedOutlets` of
 * name-cues.json: `لراديو`, `لصحيفة`, `لقناة`), the body a speaker told, after words with no article (a person's name the
 * tagger ran into the outlet's: `وقال [هاريس لراديو بي بي سي] 4 إن`), or -1. Not after a word with the article, which
 * opens a body's own name (`الهيئة العامة لإذاعة …`).
 */
const outletToldAt = (units: ReadonlyArray<Unit>, first: number, last: number): number => {
  for (let k = first; k <= last; k++) {
    const u = units[k]!
    if (u.kind !== "word" || u.article) return -1
    if (k === first || u.text.charCodeAt(0) !== LAM) continue
    if (u.proclitic ? u.nameStart - u.start === 1 && isAddressedOutlet(u.core) : isAddressedOutlet(searchKey(u.norm.slice(1)))) return k
  }
  return -1
}

/** `ل`, `ب`, `ك` as written (a tatweel after them taken off: `لـ`). */
const LONE_PREPOSITIONS: ReadonlySet<string> = new Set(["\u0644", "\u0628", "\u0643"])

/**
 * Whether unit `k` is a preposition written as a word of its own (`لـ«الشرق الأوسط»`, `ل"الرياض"`: `لـ`, `ل`, `ب`, `ك`),
 * not an initial (one letter and a period right after it: `محمد ب.`).
 */
const isLonePreposition = (units: ReadonlyArray<Unit>, k: number): boolean => {
  const u = units[k]!
  return u.kind === "word" && u.text.length <= 2 && LONE_PREPOSITIONS.has(written(u.text)) && !isInitialAt(units, k)
}

/** Whether unit `k` ending a person's name is `بأن` ("that") or the preposition `على` as written, not after `بن`, `ابن` (`بن على`, Ben Ali). */
const endsPersonAsParticle = (units: ReadonlyArray<Unit>, k: number): boolean => {
  const w = written(units[k]!.text)
  if (w === "\u0628\u0623\u0646") return true
  if (w !== "\u0639\u0644\u0649") return false
  // (`بن`, `ابن` as written, not all of NASAB_WORDS: `بن على` is the family name Ben Ali)
  const p = written(units[k - 1]!.text)
  return p !== "\u0628\u0646" && p !== "\u0627\u0628\u0646"
}

/**
 * Whether a unit is the head noun of an Arabic organisation's name, without
 * the article (`حركة` in `حركة حماس`, `شركة`, `جامعة`): a name without its
 * head is the same organisation (see `linkMentions`).
 */
export const isOrgHead = (u: Unit): boolean => {
  if (u.kind !== "word" || u.article) return false
  const c = u.text.charCodeAt(0)
  if (c < 0x0600 || c > 0x06ff) return false
  const h = headOf(u)
  return h !== null && !h.place && h.glued === 0
}

/**
 * The text of a unit without diacritics and tatweel: the string itself when it has none (nearly every word; the rules
 * ask it of many units of each sentence, and a string rebuilt letter by letter must then be hashed again).
 */
export const written = (s: string): string => {
  let i = 0
  while (i < s.length && !isArabicMark(s.charCodeAt(i))) i++
  if (i === s.length) return s
  let out = s.slice(0, i)
  for (; i < s.length; i++) if (!isArabicMark(s.charCodeAt(i))) out += s[i]
  return out
}

/**
 * The particles "that" and "because" of {@link AR_FUNCTION} as written, alone or with a preposition or conjunction
 * glued to them (`بأن`, `أن`, `إن`, `لأن`, `وأن`, `فإن`; `بإن`, its hamza misplaced), that the tagger types as a
 * one-word person or organisation (`وأضاف [بأن]`: `بأن` and `بان` fold to the given name `بان` of the lists, Ban
 * Ki-moon's, so that the sentence's check in `mentionsOf` keeps them). None is a name alone: see {@link
 * isFunctionWordName}.
 */
const THAT_PARTICLES: ReadonlySet<string> = new Set(["بأن", "أن", "إن", "ان", "لأن", "لان", "وأن", "فإن", "بإن", "وبأن", "ولأن"])

/** `بان` as written: the particle `بأن` without its hamza, and Ban Ki-moon's given name. */
const BAN = "\u0628\u0627\u0646"

/** `كي` of `بان كي مون`. */
const KI = "\u0643\u064a"

/** Whether the mentions of a document name Ban Ki-moon in full (a person whose words open with `بان` then `كي`): there `بان` alone is his name. */
export const namesBanKiMoon = (mentions: ReadonlyArray<Mention>): boolean =>
  mentions.some((m) => m.type === "PERSON" && m.units.length >= 3 && m.units[0]!.kind === "word" && written(m.units[0]!.text) === BAN && m.units[1]!.text === KI)

/**
 * Whether a one-word mention is a function word of {@link AR_FUNCTION} typed as a name, no name (the document's check,
 * `correctMentions` in link.ts; a tagger's one-word person of no person list was already dropped in its sentence by
 * `mentionsOf`):
 * - a particle of {@link THAT_PARTICLES}, or `بان`, typed as a person or an organisation, whatever its confidence;
 * - any function word, its conjunction and preposition left out, found again by its folded form (confidence 0.5 or
 *   less: `على`, `وعلى` for the name `علي`).
 * Neither is `بان` (with a conjunction or not) where the document names Ban Ki-moon in full (`banNamed`, see
 * {@link namesBanKiMoon}).
 */
export const isFunctionWordName = (m: Mention, banNamed: boolean): boolean => {
  if (m.units.length !== 1) return false
  const u = m.units[0]!
  if (u.kind !== "word") return false
  const w = written(u.text)
  const core = written(u.text.slice(u.nameStart - u.start))
  if (core === BAN && banNamed) return false
  if ((m.type === "PERSON" || m.type === "ORGANIZATION") && (THAT_PARTICLES.has(w) || w === BAN)) return true
  return m.confidence <= 0.5 && AR_FUNCTION.has(core)
}

/** The most letters (marks aside) of a particle of {@link THAT_PARTICLES}. */
const PARTICLE_LETTERS = Math.max(...[...THAT_PARTICLES].map((p) => p.length))

/**
 * Does `text` hold at most `n` code units that are no Arabic mark (what {@link written} keeps)? Read up to the first
 * one past `n`: the quote stage asks {@link isParticleText} of every entity of a document, names of many letters, and
 * `written` read each to its end (fifty-third session, helper qspeed2).
 */
const lettersAtMost = (text: string, n: number): boolean => {
  if (text.length <= n) return true
  let kept = 0
  for (let i = 0; i < text.length; i++) if (!isArabicMark(text.charCodeAt(i)) && ++kept > n) return false
  return true
}

/** Whether a text (an entity's, as written) is one of the particles of {@link THAT_PARTICLES} (not `بان`, a name too). */
export const isParticleText = (text: string): boolean => lettersAtMost(text, PARTICLE_LETTERS) && THAT_PARTICLES.has(written(text))

/** Whether an Arabic unit is a function word (`على`, `في`, `إن`), as written. */
export const isFunctionWord = (u: Unit): boolean => u.kind === "word" && AR_FUNCTION.has(written(u.text))

/** Whether a unit is a function word once its conjunction and preposition are left out (`وعلى`: `على`). */
export const isFunctionWordAfterClitics = (u: Unit): boolean => u.kind === "word" && AR_FUNCTION.has(written(u.text.slice(u.nameStart - u.start)))

/**
 * The folded head lists (`src/lexicons/gazetteers/institution-heads.json`),
 * validated and built on first use, like every table here that needs the
 * normalizer: folding builds its tables, and a module that folds when it is
 * loaded makes every worker thread build them (and grow its heap) at start.
 */
let headLists:
  | { readonly namedOrg: ReadonlySet<string>; readonly namedLoc: ReadonlySet<string>; readonly untitled: ReadonlySet<string>; readonly company: ReadonlySet<string> }
  | undefined
const heads = () => {
  if (headLists === undefined) {
    const f = loadInstitutionHeads()
    const fold = (xs: ReadonlyArray<string>): ReadonlySet<string> => new Set(xs.map((x) => searchForm(x.trim())))
    headLists = { namedOrg: fold(f.namedOrg), namedLoc: fold(f.namedLoc), untitled: fold(f.untitled), company: fold(f.company) }
  }
  return headLists
}

/**
 * Whether an Arabic word (as written) is the head noun of an institution or a place named after a person, in
 * construct (`جامعة` of `جامعة الأمير سطام`, `مطار`), alone or after one proclitic letter (`بجامعة`).
 */
export const isInstitutionHeadWord = (w: string): boolean => {
  const h = heads()
  const k = searchForm(w)
  if (h.namedOrg.has(k) || h.namedLoc.has(k)) return true
  const rest = k.slice(1)
  return GLUED_LETTERS.has(k.charCodeAt(0)) && (h.namedOrg.has(rest) || h.namedLoc.has(rest))
}

/** Head nouns of organisation names from the trigger list (`وزارة`, `المركز`), without the article. */
let triggerOrgHeads: ReadonlySet<string> | undefined
const orgTriggers = (): ReadonlySet<string> => {
  if (triggerOrgHeads === undefined) {
    const set = new Set<string>()
    for (const w of loadGazetteerFiles().triggers.org.ar) {
      const n = searchForm(w.trim())
      if (/\s/.test(n)) continue
      set.add(n.startsWith(ALEF_LAM) ? n.slice(2) : n)
    }
    triggerOrgHeads = set
  }
  return triggerOrgHeads
}

/**
 * Head nouns of a place's or a body's name, without the article, search form: the trigger lists' (`وزارة`, `نادي`,
 * `مدينة`, `حي`), the institutions' (`مطار`, `مستشفى`), `placeHeads` of name-cues.json (`جبل`, `وادي`) and the heads
 * of a place's name (`محافظة`, `ولاية`).
 */
let nameHeadWords: ReadonlySet<string> | undefined
const nameHeads = (): ReadonlySet<string> => {
  if (nameHeadWords === undefined) {
    const set = new Set<string>(orgTriggers())
    for (const w of loadGazetteerFiles().triggers.loc.ar) {
      const n = searchForm(w.trim())
      if (!/\s/.test(n)) set.add(n.startsWith(ALEF_LAM) ? n.slice(2) : n)
    }
    const h = heads()
    for (const w of [...h.namedOrg, ...h.namedLoc, ...h.company, ...PLACE_NAME_HEADS()]) set.add(w)
    nameHeadWords = set
  }
  return nameHeadWords
}

/**
 * Whether the Arabic word right before `start` (spaces between, or an opening quotation mark: `شركة «…»`) is a head
 * noun of a place's or a body's name ({@link nameHeads}, or {@link isPlaceHead}), alone, with the article or after one
 * proclitic letter or two (`لشركة`, `وبمدينة`, `للنادي`): `مدينة [يوجين]`, `نادي [هجر]`, `لشركة "[ميلينيوم]"`. Reads
 * at most 20 code units back.
 */
export const nameHeadBefore = (text: string, start: number): boolean => {
  let i = start
  while (i > 0 && start - i < 2 && text.charCodeAt(i - 1) === 0x20) i--
  const q = text.charCodeAt(i - 1)
  if (q === 0x22 || q === 0xab || q === 0x201c || q === 0x201d) i--
  const word = arabicWordBeforeAt(text, i)
  if (word === null) return false
  const k = searchForm(text.slice(word[0], word[1]))
  const known = (w: string): boolean => nameHeads().has(w) || isPlaceHead(w)
  if (known(k) || (k.startsWith(ALEF_LAM) && known(k.slice(2)))) return true
  // (للنادي: ل and the article, one alef less)
  if (k.startsWith("\u0644\u0644") && known(k.slice(2))) return true
  for (const p of GLUED) {
    if (k.length - p.length < 2 || !k.startsWith(p)) continue
    const rest = k.slice(p.length)
    if (known(rest) || (rest.startsWith(ALEF_LAM) && known(rest.slice(2)))) return true
  }
  return false
}

/** Whether an Arabic word (search form, no article) is a head noun of a place's or a body's name ({@link nameHeads}, {@link isPlaceHead}). */
export const isNameHeadWord = (core: string): boolean => nameHeads().has(core) || isPlaceHead(core)

/** The Arabic word that ends right before `at` with one space or none between (`[start, end)`), or null. */
const arabicWordBeforeAt = (text: string, at: number): [number, number] | null => {
  let i = at
  while (i > 0 && at - i < 2 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--
  let j = i
  while (j > 0 && i - j < 16 && isArabicLetter(text.charCodeAt(j - 1))) j--
  if (j === i || (j > 0 && isArabicLetter(text.charCodeAt(j - 1)))) return null
  return [j, i]
}

/** Proclitic strings the tokenizer may leave glued to a word it does not know (longest first). */
const GLUED: ReadonlyArray<string> = ["\u0648\u0628", "\u0648\u0644", "\u0641\u0628", "\u0641\u0644", "\u0648\u0643", "\u0648", "\u0641", "\u0628", "\u0644", "\u0643"]

/** First letters of the glued proclitics: و ف ب ل ك. */
const GLUED_LETTERS = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643])

/** A head noun found at a unit: what it names, and how many letters of glued proclitic come before it. */
interface Head {
  readonly place: boolean
  /** It takes a person's name in construct (`جامعة`, `مطار`). */
  readonly named: boolean
  /** It takes a person's name with no title between (`مجموعة بن لادن`). */
  readonly untitled: boolean
  /** A MISC name after it is an organisation (`شركة [سلامة للتأمين]`). */
  readonly company: boolean
  /** An organisation head of the trigger list (`وزارة`, `مركز`). */
  readonly trigger: boolean
  readonly article: boolean
  readonly glued: number
}

const headIn = (w: string, article: boolean, glued: number): Head | null => {
  const h = heads()
  const named = h.namedOrg.has(w) || h.namedLoc.has(w)
  const trigger = orgTriggers().has(w)
  const company = h.company.has(w)
  return named || trigger || company ? { place: h.namedLoc.has(w), named, untitled: h.untitled.has(w), company, trigger, article, glued } : null
}

/** The head noun at an Arabic unit (`جامعة`, `المركز`, `لبرنامج` with its `ل` glued), or null. */
const headOf = (u: Unit): Head | null => {
  if (u.kind !== "word") return null
  const direct = headIn(u.bare, u.article, 0)
  if (direct !== null || u.proclitic || u.article) return direct
  for (const p of GLUED) {
    if (u.norm.length - p.length < 3 || !u.norm.startsWith(p)) continue
    const h = headIn(u.norm.slice(p.length), false, p.length)
    if (h !== null) return h
  }
  return null
}

/**
 * Letters of a proclitic the tokenizer left glued to an Arabic word it did not split (`بريف`, `لكلينتون`) whose
 * rest (three letters or more) `accept`s, or 0; `accept` is asked only when the word opens with a proclitic.
 */
export const gluedProclitic = (u: Unit, accept: (rest: string) => boolean): number => {
  if (u.kind !== "word" || u.proclitic || u.article || !GLUED_LETTERS.has(u.norm.charCodeAt(0))) return 0
  for (const p of GLUED) if (u.norm.length - p.length >= 3 && u.norm.startsWith(p) && accept(u.norm.slice(p.length))) return p.length
  return 0
}

/** A common noun of the list behind a proclitic the tokenizer left glued to it (`بريف`: `ب` + `ريف`). */
const isGluedCommonNoun = (u: Unit): boolean => gluedProclitic(u, isCommonNounWord) > 0

/**
 * A noun of manner of the list behind a `ب` (after `و` or `ف` or not) the tokenizer left glued to it (`بهدوء`,
 * `وببساطة`): a manner word after a speaker's name, never the end of the name, and no name alone.
 */
const isMannerWord = (u: Unit): boolean => {
  const p = gluedProclitic(u, isMannerNounWord)
  return p > 0 && u.norm.charCodeAt(p - 1) === 0x0628
}

/**
 * The unit with its first `letters` letters (a glued proclitic, in search
 * form) left out of the name: `nameStart` moves past them in the original
 * text (diacritics and tatweel skipped), `core` and `bare` lose them.
 */
export const withoutGlued = (u: Unit, letters: number): Unit => {
  let at = u.start
  let seen = 0
  while (at < u.end && seen < letters) {
    at++
    seen++
    while (at < u.end && isArabicMark(u.text.charCodeAt(at - u.start))) at++
  }
  const rest = u.norm.slice(letters)
  const article = rest.startsWith(ALEF_LAM) && rest.length > 4
  return { ...u, core: rest, bare: article ? rest.slice(2) : rest, article, proclitic: true, nameStart: at }
}

const isCapitalized = (u: Unit): boolean => {
  const c = u.text.charCodeAt(0)
  return c >= 0x41 && c <= 0x5a
}

/** Whether an Arabic unit opens with the conjunction و or ف. */
const isConjunction = (u: Unit): boolean => {
  const c = u.text.charCodeAt(0)
  return (c === 0x0648 || c === 0x0641) && u.nameStart > u.start
}

/** `باسم` ("in the name of"), which ends `المتحدث باسم` and asks for a name after it; search-normalized: its letters fold to themselves. */
const BI_ISM = "\u0628\u0627\u0633\u0645"

const isComma = (u: Unit): boolean => u.kind === "punct" && (u.text === "\u060c" || u.text === ",")

/** An Arabic noun that may stand in construct after a title (`عام` in `مدير عام الجمارك`, `غرفة` in `رئيس غرفة الشرقية`). */
const isConstructNoun = (u: Unit): boolean =>
  u.kind === "word" && !u.article && !u.proclitic && u.bare.length >= 3 && !isFunctionWord(u) && !/[0-9\u0660-\u0669]/.test(u.norm)

/** Role words: titles, honorifics, the modifiers that may stand among them, and the small words that link them. */
const classify = (u: Unit, mask: number, lang: Lang): "title" | "honorific" | "modifier" | "link" | null => {
  if ((mask & TITLE) !== 0) return "title"
  if ((mask & HONORIFIC) !== 0) return "honorific"
  if ((mask & (LOC | ORG | MISC)) !== 0) return "modifier"
  if (u.kind !== "word") return null
  if (lang === "ar") {
    if (u.article) return "modifier"
    // لشؤون، للأمم: a preposition that links a title to its complement
    return u.text.charCodeAt(0) === 0x0644 && u.text.length >= 4 && !isFunctionWord(u) ? "link" : null
  }
  if (EN_LINKS.has(u.norm)) return "link"
  return isCapitalized(u) ? "modifier" : null
}

const slice = (text: string, units: ReadonlyArray<Unit>, first: number, last: number): string =>
  text.slice(units[first]!.nameStart, units[last]!.end)

/**
 * A role's text: as written from its first word to its last, except that a
 * preposition `ل` glued to the first word is left out and the article it
 * swallowed is given back (`للرئيس الأمريكي` → `الرئيس الأمريكي`, not the
 * ungrammatical `رئيس الأمريكي` that starting after the clitics gives).
 */
const roleText = (text: string, units: ReadonlyArray<Unit>, first: number, last: number): string => {
  const u = units[first]!
  const s = slice(text, units, first, last)
  return u.article && !text.startsWith(ALEF_LAM, u.nameStart) ? ALEF_LAM + s : s
}

/** `في` ("in"): the preposition alone, no clitic, as written and as its search form (extract.ts reads it too). */
export const FI = "\u0641\u064a"

/**
 * Whether unit `u` is a bare `في` and `next`, the word after it, opens a body or a place: a word with the article
 * (`في الحركة العالمية`, `في المستشفى`), a body's or a place's head noun or a name of the lists (`في منظمة العفو`,
 * `في وزارة الصحة`, `في لبنان`), so that a role reads through it to the name after (`مدير البرنامج في الحركة X`).
 */
const isRoleFi = (u: Unit, next: Unit, gazNext: number): boolean =>
  u.kind === "word" && u.text === FI && next.kind === "word" && !next.proclitic && (next.article || (gazNext & (LOC | ORG | ORGWORD | LOCWORD)) !== 0)

/**
 * Whether unit `u`, right before a role's first title `title` written with the article and no other clitic, is a noun
 * the title qualifies or completes: an untagged Arabic word, no title, with the article (`الحزب [الحاكم]`) or a
 * preposition `ل` or `ب` glued to it (`لصفوف [الفريق]`), no function word. (`قرار التمديد لرئيس الأركان`, `بتعيين رئيس
 * المجلس`: a title with a preposition or without the article opens a phrase of its own.)
 */
const nounBeforeTitle = (u: Unit, title: Unit, gaz: number, tag: number): boolean => {
  if (!title.article || title.proclitic || u.kind !== "word" || tag !== 0 || (gaz & (TITLE | HONORIFIC)) !== 0 || isFunctionWord(u)) return false
  const c = u.text.charCodeAt(0)
  return u.article || (u.text.length >= 4 && (c === 0x0644 || c === 0x0628))
}

/** `وهو`, `وهي` ("and he is", "and she is"), as written: they open a name's apposition before a title ({@link roleAfter}). */
const HUWA: ReadonlySet<string> = new Set(["\u0648\u0647\u0648", "\u0648\u0647\u064a"])

/** `فريق` (bare): a team, and the rank `الفريق` of the titles' list. */
const FARIQ = "\u0641\u0631\u064a\u0642"

/** Whether an Arabic unit has the preposition ب glued before its word (`بالمحامية`, `بوزير`), with no conjunction first. */
const isGluedBa = (u: Unit): boolean => u.kind === "word" && u.nameStart > u.start && u.text.charCodeAt(0) === 0x0628

/** The most words of a body or a place the tagger found that a stacked role reads through ({@link stackedComplementStart}). */
const STACKED_BODY_WORDS = 6

/** The most words a role read back from a name holds once it read through a title's body ({@link roleBefore}; else ten). */
const STACKED_REACH = 16

/**
 * The first unit of a body or a place the tagger found (an organisation's or a place's mention, `B-` then `I-` tags)
 * that holds unit `j` (the role's words after `j` were read already) and stands right after an Arabic title with no
 * clitic (`رئيس [هيئة كبار العلماء]`, `رئيس [مجلس الشورى]`), so that a role read back from a name goes on through it
 * to the title and what stands before that title: a stacked role (`مفتي عام المملكة رئيس هيئة كبار العلماء رئيس
 * اللجنة الدائمة … X`; fiftieth session, helper arroles). -1 when there is none: a mention longer than
 * {@link STACKED_BODY_WORDS} words, a person's, or one after anything but a title (a verb, a preposition, an
 * honorific: `زار جامعة … رئيس الجامعة X` reads the role from `رئيس` as before).
 */
const stackedComplementStart = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, j: number): number => {
  const type = tagType(tags[j]!)
  if (type !== T_ORG && type !== T_LOC) return -1
  let m = j
  while (m > 0 && j - m < STACKED_BODY_WORDS && tagPosition(tags[m]!) === 2 && tagType(tags[m - 1]!) === type) m--
  if (tagPosition(tags[m]!) !== 1 || m < 1) return -1
  const t = units[m - 1]!
  return t.kind === "word" && !t.proclitic && (gaz[m - 1]! & TITLE) !== 0 && tags[m - 1] === 0 ? m : -1
}

/** `إدارة`, `رئاسة`, `أمانة` (search forms): heads of a body's office that a stacked role joins to a body by `و` ({@link isJoinedBodyHead}). */
const JOINED_BODY_HEADS = foldedSet(() => ["إدارة", "رئاسة", "أمانة"])

const ORGWORD_TRIE = CATEGORIES.indexOf("ORGWORD")

/**
 * Whether Arabic unit `j` is a body's second head joined by `و` inside a stacked role (`رئيس هيئة كبار العلماء [وإدارة]
 * البحوث العلمية والإفتاء`): a body's head noun (the bodies' triggers, or `إدارة`, `رئاسة`, `أمانة`) with `و` glued and
 * no article, untagged, right after a body the tagger found that a title opens ({@link stackedComplementStart}), with a
 * word with the article right after it (its genitive). Not `ونجم الفريق` after `لريال مدريد` (no title's body, no
 * body's head), nor `وثنائي الشباب` (no body's head). Fiftieth session, helper arroles.
 */
const isJoinedBodyHead = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, j: number): boolean => {
  const u = units[j]!
  if (j < 2 || j + 1 >= units.length || u.kind !== "word" || u.article || tags[j] !== 0 || (gaz[j]! & (TITLE | HONORIFIC | PER_ANY)) !== 0) return false
  if (u.nameStart - u.start !== 1 || u.text.charCodeAt(0) !== 0x0648) return false
  if (!JOINED_BODY_HEADS().has(u.core) && gazetteer("ar").tries[ORGWORD_TRIE]!.one(u.core) === undefined) return false
  const next = units[j + 1]!
  return next.kind === "word" && next.article && tagType(tags[j - 1]!) === T_ORG && stackedComplementStart(units, gaz, tags, j - 1) > 0
}

/**
 * Whether an English unit is a word in lower case of a role's qualifiers or portfolios (`shadow`, `former`,
 * `education`, `affairs`; {@link isRoleWordBeforeTitle}), read into a role before a name after its title (fifty-ninth
 * session, helper enfix).
 */
const isLowerRoleWord = (u: Unit): boolean => {
  if (u.kind !== "word" || isCapitalized(u)) return false
  if (isRoleWordBeforeTitle(u.norm)) return true
  // (a qualifier glued by a hyphen to a capitalized word, one unit: `ex-Downing Street media chief`)
  const dash = u.text.indexOf("-")
  return dash > 0 && isCapitalized({ ...u, text: u.text.slice(dash + 1) }) && isRoleWordBeforeTitle(u.norm.slice(0, dash))
}

/**
 * Whether the English role word at unit `j` goes on to the title after it: no link right after it (`the government of
 * Chancellor X` is no role `government of Chancellor`) but `and` before another such word (`work and pensions
 * secretary`).
 */
const roleWordGoesOn = (units: ReadonlyArray<Unit>, gaz: Uint16Array, j: number): boolean => {
  if (j + 1 >= units.length || classify(units[j + 1]!, gaz[j + 1]!, "en") !== "link") return true
  return units[j + 1]!.norm === "and" && j + 2 < units.length && isLowerRoleWord(units[j + 2]!)
}

/**
 * The role before unit `s` (exclusive), as `[first, last]` unit indexes, or
 * null. Arabic: a comma may stand between the role and the name, and up to
 * two nouns in construct may follow a title (`مدير عام الجمارك`).
 */
const roleBefore = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, s: number, lang: Lang, throughFi = true): { first: number; last: number; titled: boolean } | null => {
  // وخالد العلي: a name after a conjunction starts a new element of a list; what stands before is the previous one's
  if (lang === "ar" && s < units.length && isConjunction(units[s]!)) return null
  let end = s
  const comma = lang === "ar" && s >= 2 && isComma(units[s - 1]!)
  if (comma) end = s - 1
  let leftmostTitle = -1
  let leftmost = -1
  let pending = 0
  // (the `في` read through, or -1; whether a noun in construct with a title after it was read before it)
  let fi = -1
  let blocksFi = false
  // (whether a place no list holds was read after its head noun)
  let headPlace = false
  // (whether an English qualifier or portfolio's word in lower case was read into the role: {@link isLowerRoleWord})
  let lowerRole = false
  // (the words of the bodies a stacked role read through, which the bound below does not count, and the bound: ten words,
  // {@link STACKED_REACH} once a title's body of a stacked role was read; fiftieth session)
  let skipped = 0
  let reach = 10
  for (let j = end - 1; j >= 0 && end - j - skipped <= reach; j--) {
    // (a place no list holds after the head noun of a place, `ممثل محافظة [طريب] X`, reads as a list's: forty-first session)
    let k = classify(units[j]!, gaz[j]!, lang)
    // (right before the name, where no noun in construct is read; further back the construct nouns read it already)
    if (k === null && lang === "ar" && j === end - 1 && isPlaceAfterHead(units, gaz, tags, j)) {
      k = "modifier"
      headPlace = true
    }
    // Star Trek actor [Paul Mercer] and Canadian star Dana Hollis: another person's name before a linking word ends an
    // English role (not a name inside the role: William Hill spokesman Rupert Adams, with the bookmaker tagged as a person)
    if (lang === "en" && k === "modifier" && tagType(tags[j]!) === T_PER && tagPosition(tags[j]!) !== 0 && j + 1 < end && classify(units[j + 1]!, gaz[j + 1]!, lang) === "link") break
    // لمواطنه داسيلفا: a name right after a preposition is its object, not a titled person
    // (English too: "best actor for [Jamie Foxx]" gives no role "actor for")
    if (j === end - 1 && k === "link") return null
    // (not past a title glued to و, which opens the next element of a list: `X رئيس نادي الأنصار [والمدرب] Y`)
    if (k === null && lang === "ar" && pending === 0 && j < end - 1 && !(leftmostTitle >= 0 && isConjunction(units[leftmostTitle]!))) {
      // رئيس هيئة كبار العلماء رئيس اللجنة … X, رئيس [هيئة كبار العلماء] وإدارة البحوث …: a body the tagger found right
      // after a title, and a second head joined to it by و, are the title's complement; the role reads on to that
      // title (a stacked role; fiftieth session, helper arroles)
      const m = stackedComplementStart(units, gaz, tags, j)
      if (m > 0) {
        skipped += j - m
        reach = STACKED_REACH
        leftmost = m
        j = m
        continue
      }
      if (isJoinedBodyHead(units, gaz, tags, j)) {
        leftmost = j
        continue
      }
    }
    // Tory shadow education secretary [X]: a qualifier or a portfolio's word in lower case, after a title was read (the
    // closed lists of `isRoleWordBeforeTitle`; fifty-ninth session, helper enfix); once one is read, the role reads no
    // link further back but the `and` between two such words (`work and pensions`) or the hyphen after one
    // (`ex-Downing Street media chief`): `a spokesman for EU trade commissioner X`, `The Coral and former Led Zeppelin
    // singer X` end at the link
    if (lang === "en" && lowerRole && k === "link" && !((units[j]!.norm === "and" || units[j]!.norm === "-") && j > 0 && isLowerRoleWord(units[j - 1]!))) break
    if (k === null && lang === "en" && leftmostTitle > j && isLowerRoleWord(units[j]!) && roleWordGoesOn(units, gaz, j)) {
      k = "modifier"
      lowerRole = true
    }
    if (k === null) {
      // مدير برنامج المساءلة في الحركة العالمية …: `في` before a body or a place inside the role (not right before the
      // name), read on as a link; the role must still open with a title further back (thirty-seventh session)
      // (not after a noun in construct with a title, read first: `وزير الدفاع في حكومة الرئيس [مرسي]` gives the role
      // before `في` to another man)
      if (lang === "ar" && throughFi && fi < 0 && !blocksFi && j < end - 1 && isRoleFi(units[j]!, units[j + 1]!, gaz[j + 1]!)) {
        fi = j
        pending = 0
        continue
      }
      // a noun in construct: taken only when a title stands right before it, and never right before the name (الرائد بدر السحيباني)
      if (lang === "ar" && j < end - 1 && pending < 2 && tags[j] === 0 && (gaz[j]! & PER_ANY) === 0 && isConstructNoun(units[j]!)) {
        if ((gaz[j + 1]! & TITLE) !== 0) blocksFi = true
        pending++
        continue
      }
      break
    }
    if (pending > 0 && k !== "title") break
    // a noun in construct follows an indefinite title (مدير عام الجمارك); after one with the article it is no complement
    // (المطرب أغنيته للرئيس: the singer is the subject, not part of the role)
    if (pending > 0 && units[j]!.article) break
    pending = 0
    leftmost = j
    if (k === "title" || k === "honorific") leftmostTitle = j
    // لترامب بالمحامية الروسية X: a title glued to the preposition ب is that preposition's object, and the role opens
    // there; the words before it are another phrase (another person's role; fiftieth session, helper arroles)
    // (not `بالفريق`, the team more often than the rank: `لاعب الخبرة بالفريق الأول X`)
    if (lang === "ar" && k === "title" && isGluedBa(units[j]!) && units[j]!.bare !== FARIQ) break
  }
  if (leftmostTitle < 0) return fi >= 0 ? roleBefore(units, gaz, tags, s, lang, false) : null
  // (`في منطقة بئر [ناصر]`: a place read after its head is not read through `في`, which may make a role of the place
  // before a word the tagger took for a name)
  if (headPlace && fi >= 0) return null
  // Arabic modifiers follow their head: the role starts at a title; English ones come before it
  let first = lang === "ar" ? leftmostTitle : leftmost
  // الحزب الحاكم في كوريا، لصفوف الفريق في الموسم: a title with the article read through `في` after a noun with the article
  // or a preposition is that noun's adjective or complement, no role: read again up to `في`
  if (fi >= 0 && first < fi && first > 0 && nounBeforeTitle(units[first - 1]!, units[first]!, gaz[first - 1]!, tags[first - 1]!)) return roleBefore(units, gaz, tags, s, lang, false)
  while (first < end - 1 && classify(units[first]!, gaz[first]!, lang) === "link") first++
  if (lang === "en") {
    // But US Treasury Under-Secretary X, On Wednesday Irish Transport Minister X: the sentence's opener is not the role's
    // (not a possessor: `May's chairman`, the department store)
    while (first < end - 1 && isCapitalized(units[first]!) && EN_ROLE_OPENERS.has(units[first]!.norm) && units[first + 1]!.norm !== "'s") first++
    while (first < end - 1 && classify(units[first]!, gaz[first]!, lang) === "link") first++
  }
  let last = end - 1
  let titled = false
  for (let j = first; j <= last; j++) if ((gaz[j]! & TITLE) !== 0) titled = true
  if (titled) {
    // honorifics next to the name (أمير قطر الشيخ تميم) stay out of a role that has a title
    while (last > first && (gaz[last]! & TITLE) === 0 && (gaz[last]! & HONORIFIC) !== 0) last--
  } else if (lang === "en" || comma) return null
  // كوبر، مدرب المنتخب، صبحي: a role between two commas after a name is that name's apposition
  if (comma && first > 1 && isComma(units[first - 1]!) && tagType(tags[first - 2]!) === 0) return null
  return { first, last, titled }
}

/**
 * Whether Arabic unit `j` is a place's name that no list holds right after the head noun of a place with no article
 * (`محافظة [طريب]`, `مركز [الحرجة]`): a word in construct ({@link isConstructNoun}) or with the article, untagged or
 * typed a place, on no list of names of people.
 */
const isPlaceAfterHead = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, j: number): boolean => {
  if (j < 1 || (gaz[j - 1]! & LOCWORD) === 0 || units[j - 1]!.article || (gaz[j]! & PER_ANY) !== 0) return false
  if (tags[j] !== 0 && tagType(tags[j]!) !== T_LOC) return false
  // (`قرية ابن [نومة]`: a word of a nasab or a kunya opens a name, not a place's)
  return isConstructNoun(units[j]!) && !NASAB_WORDS.includes(units[j]!.text) && !KUNYA_WORDS.includes(units[j]!.text)
}

/**
 * Whether an Arabic role with a title ends right before the comma at unit `s - 1` (`وزير الدفاع التركي، …`,
 * `المتحدثة باسم وزارة الخارجية، …`), read as the role before a name at `s` is read ({@link roleBefore}).
 */
export const titledRoleBeforeComma = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, s: number): boolean => {
  if (s < 2 || !isComma(units[s - 1]!)) return false
  const r = roleBefore(units, gaz, tags, s, "ar")
  return r !== null && r.titled && r.last === s - 2
}

/**
 * The first unit of an Arabic role with a title that ends right before unit `s`, with no comma between (`عضو المجلس
 * [سعد الحارثي]`, `محافظ البصرة [ماجد الساعدي]`), read as the role before a tagged name at `s` is read
 * ({@link roleBefore}); -1 when there is none (an honorific between the role and `s`, `مدير الأمن اللواء`, is no such end).
 */
export const titledRoleRightBefore = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, s: number): number => {
  if (s < 2 || isComma(units[s - 1]!)) return -1
  const r = roleBefore(units, gaz, tags, s, "ar")
  return r !== null && r.titled && r.last === s - 1 ? r.first : -1
}

/**
 * The first unit of an Arabic role with a title that ends right before one or two honorifics of the lists right before
 * unit `s` (`عضو المجلس [الشيخ] X`, `مدير الفرع [الدكتور] X`, `مدير المشروع [المهندس] X`; forty-first session), read as
 * {@link titledRoleRightBefore} reads it before the first honorific; -1 when there is none, or no honorific there.
 */
export const titledRoleBeforeHonorific = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, s: number): number => {
  let h = s
  while (h > 0 && s - h < 2 && (gaz[h - 1]! & HONORIFIC) !== 0 && (gaz[h - 1]! & TITLE) === 0 && units[h - 1]!.kind === "word" && !units[h - 1]!.proclitic) h--
  return h === s ? -1 : titledRoleRightBefore(units, gaz, tags, h)
}

/**
 * The role after unit `e` (exclusive end of the name), or null. Arabic: a
 * comma may come first (`كوبر، مدرب المنتخب المصري`); a title takes the
 * noun in construct after it (`أمير المنطقة الشرقية`); a role followed by
 * a person's name belongs to that name, not to this one.
 */
const roleAfter = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, e: number, lang: Lang): { first: number; last: number } | null => {
  let j = e
  if (lang === "ar") {
    if (j + 1 < units.length && isComma(units[j]!) && (gaz[j + 1]! & TITLE_B) !== 0) j++
    // X وهو الباحث في شؤون …, X وهي مستشارة …: `وهو`/`وهي` ("who is") before a title opens the name's apposition, as a
    // comma does (fiftieth session, helper arroles)
    if (j + 1 < units.length && units[j]!.kind === "word" && HUWA.has(units[j]!.text) && (gaz[j + 1]! & TITLE_B) !== 0) j++
    if (j >= units.length || (gaz[j]! & TITLE_B) === 0) return null
    // ولاعب الوسط …: a title with a conjunction starts the next person of a list
    if (units[j]!.proclitic && isConjunction(units[j]!)) return null
  } else {
    // Nintendo's general manager, Yukos's chief executive: a title after a possessive is someone else's
    if (j < units.length && units[j]!.norm === "'s") return null
    // an English apposition follows a comma (`Putin, the Russian president,`); a title right after a name is a
    // compound's, the name a company's or a club's (`Chelsea boss Jose Mourinho`, `Zintari boss fell`)
    // (but a post-nominal title is one: `Ruth Kelly MP`)
    if (j < units.length && EN_POSTNOMINAL.has(units[j]!.text)) return { first: j, last: j }
    if (j >= units.length || units[j]!.norm !== ",") return null
    j++
    if (j < units.length && EN_ARTICLES.has(units[j]!.norm)) j++
  }
  const first = j
  let last = -1
  let titled = false
  // Arabic: the previous unit is a title (or a preposition after one), so the next noun may be its complement
  let head = false
  let afterTitle = false
  let construct = -1
  let linked = false
  for (; j < units.length && j - first < 8; j++) {
    const u = units[j]!
    const k = classify(u, gaz[j]!, lang)
    if (k === null) {
      // مدير عام الجمارك: one noun in construct right after a title word, followed by more of the role
      if (lang === "ar" && afterTitle && tags[j] === 0 && (gaz[j]! & PER_ANY) === 0 && isConstructNoun(u)) {
        construct = j
        afterTitle = false
        // وهو مستشار أمني،: a nisba adjective of the indefinite title, the role's end when nothing of the role follows
        // (fiftieth session, helper arroles)
        if (HUWA.has(units[e]?.text ?? "") && u.bare.length >= 4 && u.bare.charCodeAt(u.bare.length - 1) === 0x064a) last = j
        continue
      }
      break
    }
    // after the name, an Arabic role goes on only through complements, nisba adjectives and names (not the object of the verb)
    if (lang === "ar" && k === "modifier" && !head && (gaz[j]! & (LOC | ORG | MISC)) === 0 && !isNisba(u)) break
    // الفريق مهاب الفلاني: after a noun in construct, a masculine nisba is a family name, and the noun a given name
    if (lang === "ar" && construct === j - 1 && isNisba(u) && u.bare.charCodeAt(u.bare.length - 1) === 0x064a) break
    // لترامب بالمحامية: after a preposition's complement, another prepositional phrase is no longer the role
    // (a title too: رئيس الحملة الانتخابية لترامب بالمحامية الروسية X; fiftieth session, helper arroles)
    if (lang === "ar" && linked && u.proclitic && (k === "modifier" ? u.text.charCodeAt(0) !== 0x0644 : k === "title" && isGluedBa(u) && u.bare !== FARIQ)) break
    if (k === "link") linked = true
    if (k === "title") titled = true
    if (k !== "link") last = j
    head = lang === "ar" && (k === "title" || k === "link" || construct === j - 1)
    // (only an indefinite title has a noun in construct after it)
    afterTitle = lang === "ar" && k === "title" && !u.article
    // English apposition ends at the title (", the Russian president, said")
    // (a title of several words goes on to its end: ", managing director of")
    if (lang === "en" && titled && k === "title" && !(j + 1 < units.length && (EN_LINKS.has(units[j + 1]!.norm) || (gaz[j + 1]! & TITLE_I) !== 0))) break
  }
  if (!titled || last < first) return null
  // an Arabic role followed by a name is that name's (التقى بوتين الرئيس التركي أردوغان), unless the role asks for it (المتحدث باسم)
  // (a name after a conjunction is the next of a list: لاعب دورتموند وكريم بنزيمة)
  if (lang === "ar" && last + 1 < units.length && tagPosition(tags[last + 1]!) === 1 && tagType(tags[last + 1]!) === 0 && units[last]!.norm !== BI_ISM && !isConjunction(units[last + 1]!)) return null
  // "Jude Law and Troy star [Eric Bana]": an English role right before another person's name is that person's
  if (lang === "en" && last + 1 < units.length && tagPosition(tags[last + 1]!) === 1 && tagType(tags[last + 1]!) === 0) return null
  // an English apposition keeps its article: "the Russian president"
  return { first: lang === "en" ? e + (units[e]?.norm === "," ? 1 : 0) : first, last }
}

/**
 * Confidence of tags `[first, last]`: at each unit, the softmax over tags of
 * the best whole-sentence score with that tag there (max-marginals, see
 * `maxMarginals`), taken at the chosen tag; the lowest over the mention. 1
 * when no other tag comes close, 0.5 for a tie. A ranking signal, not a
 * calibrated probability.
 */
const confidenceOf = (marginals: Float64Array, tags: Int8Array, first: number, last: number): number => {
  let min = 1
  for (let i = first; i <= last; i++) {
    const o = i * TAG_COUNT
    const chosen = marginals[o + tags[i]!]!
    let z = 0
    for (let t = 0; t < TAG_COUNT; t++) {
      const m = marginals[o + t]!
      if (m !== Number.NEGATIVE_INFINITY) z += Math.exp(m - chosen)
    }
    min = Math.min(min, 1 / z)
  }
  return Math.round(min * 1000) / 1000
}

/** A mention's extent while the sentence is read: units `[first, last]`, type index (see `TYPE_NAMES`). */
interface Span {
  first: number
  last: number
  type: number
  confidence: number
  /** Letters of a proclitic glued to the first unit, left out of the span. */
  glued: number
}

const T_PER = 0
const T_LOC = 1
const T_ORG = 2
const T_MISC = 3

/** Index of the first word of the sentence (after opening quotes and brackets). */
const firstWordOf = (units: ReadonlyArray<Unit>): number => {
  let k = 0
  while (k < units.length && units[k]!.kind === "punct") k++
  return k
}

/**
 * Arabic corrections of the tagger's spans, in text order (see the module
 * notes): a place at the head of a person's name, head nouns of
 * organisations, institutions named after a person.
 */
const correctArabic = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, spans: ReadonlyArray<Span>): Array<Span> => {
  // (spans go to `out.push` directly: a helper closure would be made for every sentence with a name)
  const out: Array<Span> = []
  for (const raw of spans) {
    let sp: Span = { ...raw }
    // جدة محمد: a place from the lists at the head of a person's name (not itself a given name)
    if (sp.type === T_PER && sp.last > sp.first && (gaz[sp.first]! & LOC_B) !== 0 && (gaz[sp.first]! & PER_ANY) === 0) {
      let e = sp.first
      while (e < sp.last && (gaz[e + 1]! & LOC_I) !== 0 && (gaz[e + 1]! & LOC_B) === 0) e++
      if (e < sp.last) {
        out.push({ first: sp.first, last: e, type: T_LOC, confidence: sp.confidence, glued: 0 })
        sp = { ...sp, first: e + 1 }
      }
    }
    // المتخصص في [التسويق العقاري فيصل الدخيل]: an organisation run into the name of the person after it (see
    // personAfterDefinite): the organisation ends before the name, which is a person of its own
    if (sp.type === T_ORG) {
      const k = personAfterDefinite(units, gaz, sp.first, sp.last)
      if (k > 0) {
        out.push({ ...sp, last: k - 1 })
        sp = { ...sp, first: k, type: T_PER, glued: 0 }
      }
    }
    // a name that opens with an organisation's head noun is an organisation (برنامج دروب، المركز السعودي للتعليم)
    const h = headOf(units[sp.first]!)
    if (h !== null && sp.last > sp.first && (sp.type === T_PER || (sp.type === T_MISC && h.trigger))) {
      sp.type = h.place ? T_LOC : T_ORG
      sp.glued = h.glued
    }
    // مركز [الملك سلمان]: an organisation the tagger typed from the title on, the head noun in construct before it
    // left out; the head opens the name
    if (sp.type === T_ORG && sp.first > 0 && (gaz[sp.first]! & (TITLE | HONORIFIC)) !== 0 && (out.length === 0 || out[out.length - 1]!.last < sp.first - 1)) {
      const before = headOf(units[sp.first - 1]!)
      if (before !== null && before.named && !before.article && !before.place) sp = { ...sp, first: sp.first - 1, glued: before.glued }
    }
    // شركة [سلامة للتأمين]، مؤسسة [المأوى]: a MISC name in construct with a company's head noun is that company
    if (sp.type === T_MISC && sp.first > 0 && (out.length === 0 || out[out.length - 1]!.last < sp.first - 1)) {
      const before = headOf(units[sp.first - 1]!)
      if (before !== null && !before.article && before.company) sp.type = T_ORG
    }
    if (sp.type === T_PER) {
      // [علي] اكبر [هاشمي رفسنجاني]: a given name, one word the tagger missed, then the rest of the name
      const lone = out[out.length - 1]
      if (lone !== undefined && lone.type === T_PER && lone.first === lone.last && lone.last + 2 === sp.first && isSplitName(units, gaz, tags, lone.first, sp.first)) {
        out.pop()
        sp = { ...sp, first: lone.first, confidence: Math.min(lone.confidence, sp.confidence), glued: lone.glued }
        out.push(sp)
        continue
      }
      const prev = out[out.length - 1]
      const prevLast = prev === undefined ? -1 : prev.last
      // [جامعة الملك] [عبدالعزيز]: an institution tagged up to the title, then the name
      const ph = prev === undefined ? null : headOf(units[prev.first]!)
      if (prev !== undefined && ph !== null && ph.named && !ph.article && prev.type !== T_PER && prev.last + 1 === sp.first && (gaz[prev.last]! & (TITLE | HONORIFIC)) !== 0) {
        out.pop()
        sp = { first: prev.first, last: sp.last, type: ph.place ? T_LOC : T_ORG, confidence: Math.min(prev.confidence, sp.confidence), glued: prev.glued }
        sp.last = absorbNisba(units, tags, sp.last)
      } else {
        // جامعة الملك [عبدالعزيز], مجموعة [بن لادن]: a head noun in construct, then titles, then the name
        let k = sp.first - 1
        let titles = 0
        while (k > prevLast && titles < 4 && (gaz[k]! & (TITLE | HONORIFIC)) !== 0) {
          k--
          titles++
        }
        const head = k > prevLast ? headOf(units[k]!) : null
        // (مركز [الملك سلمان] للإغاثة: the tagger's person opens with the title, the head noun in construct right before
        // it; fifty-eighth session, helper arnames, after the A112 reading: the king became the speaker of the centre's
        // spokesman)
        const titledFirst = titles === 0 && sp.last > sp.first && (gaz[sp.first]! & (TITLE | HONORIFIC)) !== 0
        if (head !== null && head.named && !head.article && (titles > 0 || head.untitled || titledFirst)) {
          sp = { first: k, last: sp.last, type: head.place ? T_LOC : T_ORG, confidence: sp.confidence, glued: head.glued }
          sp.last = absorbNisba(units, tags, sp.last)
        }
      }
    }
    out.push(sp)
  }
  return out
}

/**
 * Whether units `a` (a one-word person), `a + 1` and `b = a + 2` (the start
 * of a person) are one name the tagger cut: `a` is a given name of the
 * lists, the word between is untagged, in no list, no function word, with
 * no clitic and not opening with a proclitic's letter (`[مورينيو] لشبكة
 * [سكاي سبورتس]` stays apart), and `b` has no conjunction or preposition
 * (`[بوتين] و[أردوغان]` stays two people).
 */
const isSplitName = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, a: number, b: number): boolean => {
  const w = units[a + 1]!
  return (
    (gaz[a]! & PER_B) !== 0 &&
    gaz[a + 1] === 0 &&
    tags[a + 1] === 0 &&
    w.kind === "word" &&
    !w.proclitic &&
    !w.article &&
    !GLUED_LETTERS.has(w.norm.charCodeAt(0)) &&
    !isFunctionWord(w) &&
    !units[b]!.proclitic
  )
}

/**
 * The unit in `(first, last]` of an organisation's span where a person's name the tagger ran into it opens, or -1: a
 * given name of the lists (no article, no clitic, on no list of places or bodies) right after a word with the article
 * that is no title or honorific. A definite word takes no genitive, so the name is no part of the body's (`المتخصص في
 * [التسويق العقاري فيصل الدخيل]`, `[الشأن الاقتصادي فيصل]`; fifty-eighth session, helper arnames, after the A113
 * reading: the speaker was `المتخصص`); after a title the name is the body's namesake (`جامعة الملك فيصل`, `مستشفى الدكتور
 * سليمان الحبيب`, `مركز الأمير سلطان`).
 */
const personAfterDefinite = (units: ReadonlyArray<Unit>, gaz: Uint16Array, first: number, last: number): number => {
  for (let k = first + 1; k <= last; k++) {
    const u = units[k]!
    const before = units[k - 1]!
    if (u.kind !== "word" || u.article || u.proclitic || (gaz[k]! & PER_B) === 0 || (gaz[k]! & ~PER_ANY) !== 0) continue
    if (before.kind === "word" && before.article && (gaz[k - 1]! & (TITLE | HONORIFIC)) === 0) return k
  }
  return -1
}

/** After an institution's name, up to two nisba adjectives the tagger left out (`مطار الملك عبدالعزيز الدولي`). */
const absorbNisba = (units: ReadonlyArray<Unit>, tags: Int8Array, last: number): number => {
  let e = last
  while (e + 1 < units.length && e - last < 2 && tags[e + 1] === 0 && isNisba(units[e + 1]!)) e++
  return e
}

/**
 * The role of an Arabic person's name found at units `[first, last]` of a tagged sentence where the tagger had not
 * tagged it (a name found again by propagation, see `extract.ts`): the role before it, or the apposition after it,
 * as for a tagged name (`الرئيس الروسي [بوتين]`, `وقال اللواء [التركي]`). None in English.
 */
export const roleOfFound = (text: string, units: ReadonlyArray<Unit>, tagged: Pick<Tagged, "tags" | "gaz">, first: number, last: number, lang: Lang): string | null => {
  // English names found again are mostly organisations the tagger took for people (`Yukos chief financial officer
  // Bruce Misamore`, `Wasps coach Warren Gatland`): the title next to them is the next person's
  if (lang === "en") return null
  const u = units[first]!
  // للبغدادي: a name glued to a preposition is its object, not a titled person
  if (u.proclitic && !isConjunction(u)) return null
  // مندوب البغدادي، قائد السبسي: right after an indefinite title, a name is in construct with it (the envoy of
  // al-Baghdadi) or the rest of a compound name, not the title's holder
  const p = units[first - 1]
  if (p !== undefined && !p.article && (tagged.gaz[first - 1]! & TITLE) !== 0 && (tagged.gaz[first - 1]! & HONORIFIC) === 0) return null
  const before = roleBefore(units, tagged.gaz, tagged.tags, first, lang)
  const after = roleAfter(units, tagged.gaz, tagged.tags, last + 1, lang)
  if (before !== null && (before.titled || after === null)) return roleText(text, units, before.first, before.last)
  return after !== null ? roleText(text, units, after.first, after.last) : null
}

/** The gazetteer categories whose names are no person's: places, organisations, other names. */
const LISTED_TRIES = (["LOC", "ORG", "MISC"] as const).map((c) => CATEGORIES.indexOf(c))

/** Bounds of the parts of units `[first, last]` between dashes with a space beside them, punctuation trimmed. */
const partsBetweenDashes = (text: string, units: ReadonlyArray<Unit>, first: number, last: number): Array<[number, number]> => {
  const parts: Array<[number, number]> = []
  let a = first
  for (let k = first; k <= last + 1; k++) {
    if (k <= last && !isSpacedDash(text, units[k]!)) continue
    let s = a
    let e = k - 1
    while (e >= s && units[e]!.kind === "punct") e--
    while (s <= e && units[s]!.kind === "punct") s++
    if (s <= e) parts.push([s, e])
    a = k + 1
  }
  return parts
}

/** The words of units `[a, b]` without their clitics (`core`, search form). */
const coreKeys = (units: ReadonlyArray<Unit>, a: number, b: number): Array<string> => {
  const keys: Array<string> = []
  for (let k = a; k <= b; k++) keys.push(units[k]!.core)
  return keys
}

/** Whether units `[a, b]` are, exactly, a place, an organisation or another name of the lists, or a well-known organisation. */
export const isListedPhrase = (units: ReadonlyArray<Unit>, a: number, b: number): boolean => {
  const keys = coreKeys(units, a, b)
  const tries = gazetteer("ar").tries
  for (const c of LISTED_TRIES) if (tries[c]!.exact(keys, 0, keys.length) !== undefined) return true
  return isKnownOrganization("ar", keys.join(" "))
}

/**
 * An Arabic person's "name" the tagger ran across a dash with a space beside it, split (`[a, b]` unit bounds of the
 * names kept), or `null` to keep it whole. A cut is made where the words after the dash open with a formula
 * (`فيصل -رحمه الله`, `محمد -صلى`), where the part on one side is a place or an organisation of the lists (a byline:
 * `حمزة مصطفى - أربيل`, `خالد خليل- سبق`), or where both sides are names of two words or more that open with a given
 * name (a list of names: `إبراهيم جبريل - عيسى الحبيب`). Hyphenated names written with spaces stay whole (`كوستا -
 * غافراس`, `روبرت دوجلاس - فيرهيرست`, `جان - جاك أنو`). Of a span that is cut, the parts kept are the first and
 * those that open with a given name, but never a formula, a place or an organisation.
 */
const dashParts = (text: string, units: ReadonlyArray<Unit>, gaz: Uint16Array, first: number, last: number): Array<[number, number]> | null => {
  const parts = partsBetweenDashes(text, units, first, last)
  if (parts.length < 2) return null
  const formula = (p: [number, number]) => isFormulaWord(units[p[0]]!)
  const listed = (p: [number, number]) => isListedPhrase(units, p[0], p[1])
  const fullName = (p: [number, number]) => p[1] > p[0] && (gaz[p[0]]! & PER_B) !== 0
  let cut = false
  for (let k = 0; k + 1 < parts.length && !cut; k++) {
    const l = parts[k]!
    const r = parts[k + 1]!
    cut = formula(r) || listed(r) || listed(l) || (fullName(l) && fullName(r))
  }
  if (!cut) return null
  return parts.filter((p, k) => !formula(p) && !listed(p) && (k === 0 || (gaz[p[0]]! & PER_B) !== 0))
}

/**
 * The bounds of the place of the lists around units `[first, last]` when it opens before `first` (`المسجد الحرام`
 * around `الحرام`) and ends at or after `last`, else null; not when `first` opens a place of the lists itself
 * (`قطاع غزة` around `غزة`). Reads the gazetteer's B and I bits of places; a place opens at most four units before.
 */
const listedPlaceAround = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, n: number, first: number, last: number): [number, number] | null => {
  // (a name that is itself a place of the lists stays as it is: `قطاع [غزة]`, whose head ANERcorp leaves out, and
  // `شمال [أفريقيا]`, `جنوب [السودان]`, regions it tags without the compass; but `جنوب` before `أفريقيا` names the
  // country, `جنوب [أفريقيا]`)
  if ((gaz[first]! & LOC_I) === 0) return null
  if ((gaz[first]! & LOC_B) !== 0) {
    // (`جنوب` untagged: `[معهد جنوب] أفريقيا`, `[مونديال جنوب] أفريقيا` are left as the tagger cut them)
    if (first === 0 || first !== last || tags[first - 1] !== 0 || (gaz[first - 1]! & LOC_B) === 0 || !SOUTH().has(units[first - 1]!.core) || !AFRICA().has(units[first]!.core)) return null
    let b = first
    while (b + 1 < n && (gaz[b + 1]! & LOC_I) !== 0 && (gaz[b + 1]! & LOC_B) === 0) b++
    return b >= last ? [first - 1, b] : null
  }
  let a = first - 1
  while (a >= 0 && first - a <= 4 && (gaz[a]! & LOC_B) === 0 && (gaz[a]! & LOC_I) !== 0) a--
  if (a < 0 || first - a > 4 || (gaz[a]! & LOC_B) === 0) return null
  let b = first
  while (b + 1 < n && (gaz[b + 1]! & LOC_I) !== 0 && (gaz[b + 1]! & LOC_B) === 0) b++
  return b >= last ? [a, b] : null
}

/** Whether units `[a, b]` are, exactly, a place of the lists (search forms; {@link isListedPhrase} asks every list). */
const isListedPlace = (units: ReadonlyArray<Unit>, a: number, b: number): boolean => {
  const keys: Array<string> = []
  for (let k = a; k <= b; k++) keys.push(units[k]!.core)
  return gazetteer("ar").tries[LOC_TRIE]!.exact(keys, 0, keys.length) !== undefined
}

/** How many words a place of the lists may run on before or after the words the tagger typed ({@link listedPlaceBeyond}). */
const PLACE_REACH = 3

/**
 * The bounds of the widest place of the lists that holds units `[first, last]` and runs on at most {@link PLACE_REACH}
 * words before or after them (`[مكة] المكرمة`, `[رجال] المع`, `جمهورية [مصر العربية]`, `[باب] المندب`, and
 * `[كردستان] العراق` with `العراق` untagged), else null; a place of the lists itself gains no words before it only
 * (`قطاع [غزة]`, `شمال [أفريقيا]`, `قناة [السويس]`). The words added are untagged words with no clitic (`كردستان
 * والعراق` is no `كردستان العراق`), but the place's first word, whose preposition stays outside the name (`بمكة`);
 * matched on the search forms, as {@link isListedPhrase}.
 */
const listedPlaceBeyond = (units: ReadonlyArray<Unit>, tags: Int8Array, n: number, first: number, last: number): [number, number] | null => {
  const places = gazetteer("ar").tries[LOC_TRIE]!
  let lo = first
  while (lo > 0 && first - lo < PLACE_REACH && tags[lo - 1] === 0 && units[lo - 1]!.kind === "word" && !units[lo]!.proclitic) lo--
  let hi = last
  while (hi + 1 < n && hi - last < PLACE_REACH && tags[hi + 1] === 0 && units[hi + 1]!.kind === "word" && !units[hi + 1]!.proclitic) hi++
  if (lo === first && hi === last) return null
  for (let k = first; k <= last; k++) if (units[k]!.kind !== "word") return null
  let best: [number, number] | null = null
  // (a place of the lists itself gains no words before it alone: `قطاع [غزة]`, `شمال [أفريقيا]` stay as the tagger cut
  // them, as listedPlaceAround leaves them; `جمهورية [مصر] العربية`, on both sides, is taken; so is a head noun that
  // names another place than the name after it, `قناة [السويس]`: see `opensOtherPlace`)
  const listed = isListedPlace(units, first, last)
  for (let a = lo; a <= first; a++) {
    const keys: Array<string> = []
    for (let k = a; k <= hi; k++) keys.push(units[k]!.core)
    for (let b = hi; b >= last; b--) {
      if ((a === first && b === last) || (listed && a < first && b === last && !opensOtherPlace(units[a]!))) break
      if (best !== null && b - a <= best[1] - best[0]) break
      if (places.exact(keys, 0, b - a + 1) !== undefined) {
        best = [a, b]
        break
      }
    }
  }
  return best
}

/**
 * `قناة [السويس]`, `شبه جزيرة [كوريا]`: whether a word (a clitic before it or not) is a head noun of `LINKED_PLACE_HEADS`,
 * which names another place than the name after it (the canal, not the city of Suez). Before a place of the lists,
 * with the words between, that makes a longer place of the lists, the place is taken whole, head and all, as linking
 * joins a head the tagger typed a place of its own (fifty-ninth session, helper arplace).
 */
const opensOtherPlace = (u: Unit): boolean => u.kind === "word" && !u.article && LINKED_PLACE_HEADS().has(u.core)

const MISC_TRIE = CATEGORIES.indexOf("MISC")

/** Whether an Arabic word without the article is a nationality of the lists with it (`سعودي`, `مصري`). */
const isIndefiniteNationality = (u: Unit): boolean =>
  u.kind === "word" && !u.article && !u.proclitic && gazetteer("ar").tries[MISC_TRIE]!.one(ALEF_LAM + u.core) !== undefined

/**
 * Whether unit `i`, a place that is also an adjective alone (`adjectivePlaces` in `gazetteers/name-cues.json`), is the
 * adjective: right after an indefinite noun
 * that takes no country in construct (`دعم [مالي]`, `فساد [مالي]`, `مبلغ [مالي]`; not `شمال مالي`, `في مالي`), or glued
 * to `و` after an indefinite adjective (`نظام إداري و[مالي]`).
 */
const isAdjectiveUse = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || u.article || !isAdjectivePlace(u.bare) || i === 0) return false
  const p = units[i - 1]!
  if (p.kind !== "word" || p.article || p.proclitic || isFunctionWord(p) || !isArabicLetter(p.text.charCodeAt(0))) return false
  if (u.proclitic) return isConjunction(u) && p.bare.endsWith("\u064a")
  return !isPlaceConstructNoun(p.bare)
}

/** The ending of a feminine nisba adjective as written (`ية`: `تجارية`, `سكنية`; not `يه`, as in `تايبيه`, `بواتيه`). */
const FEMININE_NISBA_END = "\u064a\u0629"

/**
 * Whether units `[first, last]`, typed as a place, are indefinite adjectives of the nisba form right after an indefinite
 * noun of a place of the trigger list (`مدينة [تجارية]`, `منطقة [سكنية]`, `قرية [روسية]`, `مدينة [تاريخية ودينية]`): each
 * word without the article, ending in `ية` as written, on none of the lists (`محافظة رنية` is the place), the first with no clitic
 * and the others with `و` at most.
 */
const isAdjectiveAfterPlaceNoun = (units: ReadonlyArray<Unit>, gaz: Uint16Array, first: number, last: number): boolean => {
  if (first === 0 || last - first > 2) return false
  const p = units[first - 1]!
  if (p.kind !== "word" || p.article || (gaz[first - 1]! & LOCWORD) === 0) return false
  for (let k = first; k <= last; k++) {
    const u = units[k]!
    if (u.kind !== "word" || u.article || (gaz[k]! & LISTED_BITS) !== 0) return false
    if (u.core.length < 4 || !written(u.text).endsWith(FEMININE_NISBA_END) || !isArabicLetter(u.core.charCodeAt(0))) return false
    if (u.proclitic && (k === first || !isConjunction(u))) return false
  }
  return true
}

/**
 * Whether units `[first, last]` are a body's head noun (`isOrgHead`: `منظمة`, `جامعة`, `حزب`), then one or two nisba
 * adjectives that agree with it (`إرهابية`, `سعودية` after a feminine head; a nationality, `كردي`, after another), all
 * without the article or a clitic, none on the lists of places, organisations or people, not in marks:
 * an indefinite phrase, "a terrorist organisation" (`تعتبره منظمة إرهابية`), never a body's name, which is definite
 * (`الجماعة الإسلامية`) or takes a name (`حركة حماس`).
 */
const isIndefiniteBodyPhrase = (units: ReadonlyArray<Unit>, gaz: Uint16Array, first: number, last: number): boolean => {
  if (last === first || last - first > 2) return false
  const h = units[first]!
  if (h.kind !== "word" || h.proclitic || !isOrgHead(h)) return false
  // («وكالة عطية», a serial's title in marks)
  if (first > 0 && isOpeningMark(units[first - 1]!)) return false
  const feminine = written(h.text).endsWith("\u0629")
  for (let k = first + 1; k <= last; k++) {
    const u = units[k]!
    if (u.kind !== "word" || u.article || u.proclitic || (gaz[k]! & (LOC | LOCWORD | ORG | ORGWORD | PER_ANY)) !== 0 || !isArabicLetter(u.core.charCodeAt(0))) return false
    // the adjective agrees: `ية` after a feminine head (`جامعة سعودية`, not `جامعة تينيسي`), a nationality after
    // another (`حزب كردي`, not `نادي تشيلسي`)
    const w = written(u.text)
    if (feminine ? w.length < 5 || !w.endsWith(FEMININE_NISBA_END) : !isBareNationality(u)) return false
  }
  // (جامعة ولاية [أريزونا]: the tagger cut a name before a place, a body or a person of the lists, or a word it tagged)
  const next = units[last + 1]
  if (next !== undefined && next.kind === "word" && (gaz[last + 1]! & (LOC | ORG | PER_ANY)) !== 0) return false
  return true
}

/**
 * Indefinite head nouns of an administrative place that take the place's name in construct (`محافظة الطائف`, `مدينة
 * المقدادية`, `إقليم البنجاب`), and `العاصمة` before it in apposition (`العاصمة الرياض`), search form.
 */
const PLACE_NAME_HEADS = foldedSet(() => ["محافظة", "مدينة", "منطقة", "بلدة", "قرية", "إقليم", "مقاطعة", "ولاية", "دولة", "جمهورية", "مملكة", "إمارة", "عاصمة", "العاصمة"])

/** The B bit of the place lists in a unit's gazetteer mask. */
const LOC_BEGIN = 0b01

/** The most units a phrase of the place lists is looked for in. */
const MAX_PLACE_UNITS = 8

/** `محافظة` (a governorate), indefinite, search form. */
const GOVERNORATE = foldedSet(() => ["محافظة"])

/**
 * Whether unit `i`, on none of the lists, is the name of a governorate right after `محافظة` (`بمحافظة [ينبع]`,
 * `محافظة [الخبر]`, `محافظة [لحج]`): one Arabic word with no clitic but the article, not a function word, a common
 * noun, a verb of the lists, an adverb of time, a preposition of a place (`شمال`, `على`: `محافظة على` is "keeping to")
 * or an indefinite feminine nisba (`محافظة [شيعية]`).
 */
const isGovernorateName = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const h = units[i - 1]!
  if (h.kind !== "word" || !GOVERNORATE().has(h.core)) return false
  const u = units[i]!
  if (u.kind !== "word" || u.proclitic || u.core.length < 2 || !isArabicLetter(u.core.charCodeAt(0))) return false
  if (isFunctionWord(u) || isCommonNoun(u) || isListedVerb(u) || isTimeWord(u.core) || isPlacePreposition(u.core) || isPlacePreposition(u.bare)) return false
  return u.article || !written(u.text).endsWith(FEMININE_NISBA_END)
}

/** The number of units of the longest phrase of the place lists starting at unit `i` (1 when none does). */
const listedPlaceLength = (units: ReadonlyArray<Unit>, i: number): number => {
  const keys: Array<string> = []
  for (let j = i; j < units.length && j < i + MAX_PLACE_UNITS; j++) keys.push(unitKey(units[j]!))
  return gazetteer("ar").tries[LOC_TRIE]!.longestAt(keys, 0)?.length ?? 1
}

/**
 * Places of the lists that the tagger left out right after a head noun of a place ({@link PLACE_NAME_HEADS}): `في محافظة
 * [الطائف]`, `بمحافظة [ينبع]`, `العاصمة [الرياض]`. The head is a word with no tag, the place the longest phrase of the
 * place lists starting right after it, no unit of it tagged and none in a mention already (the tagger drops a few listed
 * places in every context, `الطائف` among them; the head says what the word is where it is also a common noun, `محافظة
 * الخبر` against `في الخبر`). A head with the article is the noun of its own phrase (`المنطقة الشرقية`), except
 * `العاصمة`. Confidence 0.5, as names found again. Linear: one pass over the units.
 */
export const placesAfterHeads = (units: ReadonlyArray<Unit>, tagged: Pick<Tagged, "tags" | "gaz">, own: ReadonlyArray<Mention>): Array<Mention> => {
  const { tags, gaz } = tagged
  const out: Array<Mention> = []
  const n = units.length
  let k = 0
  for (let i = 1; i < n; i++) {
    if (tags[i] !== 0 || tags[i - 1] !== 0) continue
    const h = units[i - 1]!
    if ((gaz[i]! & LOC_BEGIN) === 0 && !(gaz[i] === 0 && isGovernorateName(units, i))) continue
    if (h.kind !== "word" || !PLACE_NAME_HEADS().has(h.core)) continue
    // the phrase is the longest of the place lists starting at `i`, read from the list itself: its last word may open
    // another listed place (`منطقة [شمال أفريقيا]`, where `أفريقيا` is one too), so the I bits alone do not end it
    const e = (gaz[i]! & LOC_BEGIN) === 0 ? i : i + listedPlaceLength(units, i) - 1
    let clear = true
    for (let j = i; j <= e; j++) if (tags[j] !== 0) clear = false
    const start = units[i]!.nameStart
    const end = units[e]!.end
    while (k < own.length && own[k]!.end <= start) k++
    if (!clear || (k < own.length && own[k]!.start < end)) continue
    out.push({ type: "LOCATION", start, end, units: units.slice(i, e + 1), role: null, confidence: 0.5 })
    i = e
  }
  return out
}

/** Countries (search form) whose name with the article is also the feminine nisba adjective (`السعودية`, "Saudi"). */
const ADJECTIVE_COUNTRIES = foldedSet(() => ["السعودية"])

/** The word before `السعودية` in the kingdom's name (`المملكة العربية السعودية`), search form. */
const ARABIAN = foldedSet(() => ["العربية"])

/**
 * Whether unit `i`, a country whose name is also an adjective ({@link ADJECTIVE_COUNTRIES}), is the adjective: without a
 * clitic, right after an untagged word with the article on none of the lists, no adverb of time and no `العربية` of the
 * kingdom's name (`الأسهم [السعودية]`, `العائلة المالكة [السعودية]`, `العرضة [السعودية]`; not `في السعودية`, `بين
 * الإمارات والسعودية`, `تحتفل اليوم السعودية`).
 */
const isAdjectiveCountry = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || u.proclitic || !ADJECTIVE_COUNTRIES().has(u.core) || i === 0 || tags[i - 1] !== 0) return false
  const p = units[i - 1]!
  return p.kind === "word" && p.article && (gaz[i - 1]! & LISTED_BITS) === 0 && !ARABIAN().has(p.core) && !isTimeWord(p.core) && !isFunctionWordAfterClitics(p)
}

/**
 * Whether unit `i`, a one-word name, is the nisba adjective of a place ({@link isPlaceNisba}) after the noun it agrees
 * with: with no clitic but `و`, right after an untagged word with the article that is no title of the lists (`رئيس
 * الاتحاد [الليبيري]`, `الحارس [البوسني]`, `المنتخبان المكسيكي و[الكوستاريكي]`; not `اللواء [التركي]`, where a family
 * name may follow a title, nor `وقال [التركي]`).
 */
const isPlaceNisbaAfterNoun = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || i === 0 || tags[i - 1] !== 0 || (u.proclitic && !isConjunction(u)) || !isPlaceNisba(u)) return false
  const p = units[i - 1]!
  return p.kind === "word" && p.article && (gaz[i - 1]! & (TITLE | HONORIFIC)) === 0
}

/** Currencies (search form) that news writes after an amount. */
const AR_CURRENCIES = foldedSet(() => [
  "ريال", "ريالا", "ريالات", "دولار", "دولارا", "دولارات", "يورو", "جنيه", "جنيها", "جنيهات", "دينار", "دينارا", "دنانير", "درهم", "درهما", "دراهم",
  "ليرة", "ليرات", "يوان", "روبل", "روبية", "روبيات", "ين", "فرنك", "استرليني", "إسترليني",
  // (the shekel in its spellings, the krona and krone, the peso, the rand, the won, the toman, the ringgit)
  "شيكل", "شيكلا", "شيكلات", "شيقل", "شيقلا", "شواكل", "كرونة", "كرونات", "كرون", "بيزو", "راند", "وون", "تومان", "رينغيت"
])

/** Words of an amount (search form) that a currency follows (`ألف ريال`, `مليون دولار`). */
const AR_AMOUNT_WORDS = foldedSet(() => ["ألف", "الف", "آلاف", "الاف", "مليون", "ملايين", "مليار", "مليارات", "بليون", "ترليون", "تريليون"])

/** Whether unit `i` is a currency right after an amount: a number, a number in parentheses or a word of an amount. */
const isCurrencyAfterAmount = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || u.proclitic || !AR_CURRENCIES().has(u.core)) return false
  let p = units[i - 1]
  if (p !== undefined && p.kind === "punct" && p.text === ")") p = units[i - 2]
  return p !== undefined && (p.kind === "number" || (p.kind === "word" && AR_AMOUNT_WORDS().has(p.core)))
}

/** Whether units `first`..`last` are words (their clitics left out) that name a product of the list (`أندرويد`, `إكس بوكس`). */
const isProductSpan = (units: ReadonlyArray<Unit>, first: number, last: number): boolean => {
  const words: Array<string> = []
  for (let k = first; k <= last; k++) {
    const u = units[k]!
    if (u.kind !== "word") return false
    words.push(u.core)
  }
  return isProductName(words.join(" "))
}

/** `حسن` ("good"; Hasan), search form. */
const HASAN = "\u062d\u0633\u0646"

/** Pronoun suffixes on a noun in construct (`ظنه`, `نواياها`, `تعاملهم`), search form, longest first. */
const PRONOUN_SUFFIXES = ["\u0647\u0645\u0627", "\u0647\u0645", "\u0647\u0627", "\u0647\u0646", "\u0643\u0645", "\u0643\u0646", "\u0646\u0627", "\u0647", "\u0643", "\u064a"]

/**
 * Whether unit `i` is an abstract noun of the list that `حسن` takes in construct (`goodNouns` of name-cues.json), as
 * written or with a pronoun suffix (`ظنه`, `نواياها`; `سيرته` for `سيرة`).
 */
const isGoodNounUnit = (u: Unit | undefined): boolean => {
  if (u === undefined || u.kind !== "word" || u.proclitic) return false
  if (isGoodNoun(u.core)) return true
  for (const x of PRONOUN_SUFFIXES) {
    if (u.core.length <= x.length + 1 || !u.core.endsWith(x)) continue
    const stem = u.core.slice(0, -x.length)
    if (isGoodNoun(stem) || (stem.endsWith("\u062a") && isGoodNoun(stem.slice(0, -1) + "\u0647"))) return true
  }
  return false
}

/**
 * [محاميه سامي] حسن, [شقيقتي ليلى], [والدنا سلمان]: whether unit `u` is a noun of kin or of a close relation
 * (`kinNouns` of name-cues.json) with a pronoun suffix, as a person's role before the name: the stem without the
 * suffix is on the list (`شقيقت` read as `شقيقة`), the word is no given name of the lists itself (`وجدي`, `زكي`)
 * and has no article.
 */
const isKinWithPronoun = (u: Unit, gaz: number): boolean => {
  // (`جدة`, the city, folds to `جده`, "his grandfather": the suffix is written `ه`, never `ة`)
  if (u.kind !== "word" || u.article || (gaz & PER_ANY) !== 0 || isGivenName(u.core) || written(u.text).endsWith("\u0629")) return false
  for (const x of PRONOUN_SUFFIXES) {
    if (u.core.length <= x.length + 1 || !u.core.endsWith(x)) continue
    const stem = u.core.slice(0, -x.length)
    if (isKinNoun(stem) || (stem.endsWith("\u062a") && isKinNoun(stem.slice(0, -1) + "\u0647"))) return true
  }
  return false
}

/**
 * عند [حسن] ظن, [حسن] النية, [حسن ظن الجماهير]: a person's span that opens with `حسن` before an abstract noun of the list
 * (`الظن`, `النية`, `السيرة`, `الحظ`, `الاستقبال`) is the adjective in a set phrase, no name.
 */
export const isGoodPhrase = (units: ReadonlyArray<Unit>, first: number): boolean => {
  const u = units[first]!
  return u.kind === "word" && !u.article && u.core === HASAN && isGoodNounUnit(units[first + 1])
}

/** `ي`, `ا` and the tanween of the accusative (fathatan). */
const YA = 0x064a
const ALEF = 0x0627
const FATHATAN = 0x064b

/**
 * Whether an Arabic word is the accusative adverb of a nisba adjective as written, ending in `ياً` or `يًا` with the
 * tanween (`ميدانياً`, `روسياً`, `سورياً`, `فلكياً`: "in the field", "in Russian terms", "astronomically"), not the
 * accusative of a given name (`علياً`): no name is written with the tanween, the countries `روسيا` and `سوريا` are not.
 */
const isNisbaAdverb = (u: Unit): boolean => {
  if (u.kind !== "word") return false
  const t = u.text
  const n = t.length
  if (n < 4) return false
  const a = t.charCodeAt(n - 1)
  const b = t.charCodeAt(n - 2)
  const c = t.charCodeAt(n - 3)
  if (!((a === FATHATAN && b === ALEF && c === YA) || (a === ALEF && b === FATHATAN && c === YA))) return false
  return !isGivenName(u.core.slice(0, -1))
}

/**
 * Whether the unit after a one-word name at `k` is its family name written like a number of the tens (`أرون ستين`,
 * Aaron Stein): the name a word with no clitic or article that is no given name of the lists; the number word with no
 * clitic; after it no counted noun: the end, a mark, a word with the article and no clitic, or a function word.
 */
const tensSurnameAt = (units: ReadonlyArray<Unit>, k: number): boolean => {
  const u = units[k]!
  const v = units[k + 1]!
  if (u.kind !== "word" || u.proclitic || u.article || isGivenName(u.core) || v.kind !== "word" || v.proclitic || !isTensNumber(v.core)) return false
  const w = units[k + 2]
  return w === undefined || w.kind === "punct" || (w.kind === "word" && ((w.article && !w.proclitic) || isFunctionWordAfterClitics(w)))
}

/**
 * Whether a unit is an Arabic word written with the tanween of the accusative (`حزيناً`, `نائبًا`, `عضواً`, `رثاءً`): an
 * adjective of state, an adverb or an object after a name, no part of it; not a given name of the lists in the accusative
 * (`محمداً`, `رشًا`, `هدىً`). Only a word written with the mark counts (`حزينا` without it is left: names end in alef).
 */
const isAccusativeTanween = (u: Unit): boolean => hasTanweenEnding(u) && !isGivenName(u.core) && !isGivenName(u.core.slice(0, -1))

/** Whether a unit is an Arabic word of three letters or more that ends in the tanween of the accusative (`اً`, `ًا`, `ىً`). */
const hasTanweenEnding = (u: Unit): boolean => {
  if (u.kind !== "word") return false
  const t = u.text
  const n = t.length
  if (n < 3) return false
  const a = t.charCodeAt(n - 1)
  return a === FATHATAN || (a === ALEF && t.charCodeAt(n - 2) === FATHATAN)
}

/**
 * Whether a lone word read as a person is written with the tanween of the accusative and is not a given name's
 * accusative: `ليناً` ("soft", the adverb of `لين`), `باباً`, `بابًا` ("a door"), `ديناً` ("a religion"), `خاليًا`, `رشًا`,
 * `هُدىً` read as the given names `لينا`, `بابا`, `دينا`, `رشا`, `هدى`. A name ending in its own alef or `ى` takes no
 * tanween, so the tanween's alef is no letter of a name; the accusative of a name of the lists keeps it (`محمدًا`, the
 * word before the alef the given name `محمد`).
 */
export const isTanweenNotName = (u: Unit): boolean => hasTanweenEnding(u) && !isGivenName(u.core.slice(0, -1))

/** `أ`, the hamza above alef. */
const HAMZA_ALEF = 0x0623

/**
 * Whether a lone word read as a person is a verb whose last letter is a hamza above alef where the given name of the
 * lists it folds to ends in a bare alef: `فلينأ عنه`, `فَلْيَنْأَ` ("let him keep away", `ف` + `ل` + `ينأ`) read as
 * `لينا`. No given name of the lists that ends in alef is written with the hamza.
 */
const isHamzaVerbNotName = (u: Unit): boolean => {
  if (u.kind !== "word" || !isGivenName(u.core) || u.core.charCodeAt(u.core.length - 1) !== ALEF) return false
  const w = written(u.text)
  return w.charCodeAt(w.length - 1) === HAMZA_ALEF
}

/** `سنة` (year; search form), which the tagger took for the sect (`السنة`, Sunnis) where a number or amount is next to it. */
const SANA = foldedSet(() => ["سنة"])

/**
 * Whether unit `i` is `سنة` (year) next to a number: after a number or a word of an amount (`42 سنة`, `ألف سنة`, `(42)
 * سنة`) or before a number (`سنة 1996`, `ولد سنة 600م`).
 */
const isYearWord = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || u.proclitic || !SANA().has(u.core)) return false
  let p = units[i - 1]
  if (p !== undefined && p.kind === "punct" && p.text === ")") p = units[i - 2]
  if (p !== undefined && (p.kind === "number" || (p.kind === "word" && AR_AMOUNT_WORDS().has(p.core)))) return true
  const q = units[i + 1]
  return q !== undefined && q.kind === "number"
}

/** Words of a Latin-script name written in lower case (particles, articles and prepositions: `de`, `van`, `bin`, `of`). */
const LATIN_PARTICLES: ReadonlySet<string> = new Set([
  "de", "da", "del", "della", "di", "do", "dos", "das", "du", "van", "von", "der", "den", "ter", "bin", "ibn", "ben", "al", "el", "la", "le",
  "les", "los", "y", "e", "of", "the", "and", "for", "on", "in", "at", "und", "et", "zu", "af"
])

/**
 * Whether units `[first, last]`, in an Arabic text, are a phrase in the Latin script of two words or more with a word
 * all in lower case that is no particle (`( New moon )`, `Multiple sclerosis`, `General anesthesia`): a term the article
 * glosses in English or French, not a name (a brand written in lower case alone, `google`, `stc`, and a web address,
 * `vox.com`, stay).
 */
const isLowerCaseLatinPhrase = (units: ReadonlyArray<Unit>, first: number, last: number): boolean => {
  let words = 0
  let lower = false
  for (let k = first; k <= last; k++) {
    const u = units[k]!
    // (`vox.com`, `Face.com`: a web address is the site's name)
    if (u.kind === "punct" && u.text === ".") return false
    if (u.kind !== "word") continue
    const t = u.text
    let allLower = t.length >= 2
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      if (c >= 0x61 && c <= 0x7a) continue
      if (c >= 0x41 && c <= 0x5a) allLower = false
      else if (c !== 0x27 && c !== 0x2d && !(c >= 0x30 && c <= 0x39)) return false
    }
    words++
    if (allLower && !LATIN_PARTICLES.has(t)) lower = true
  }
  return words >= 2 && lower
}

/** Marks no Arabic name runs across (a full stop only as an ellipsis, `..`: abbreviations write one, `د. ب. أ`). */
const AR_STOPS: ReadonlySet<string> = new Set(["\u2026", "\u060c", ",", "\u061b", ";", ":", "\u061f", "?", "!"])

const LISTED_BITS = LOC | ORG | MISC | PER_ANY

/**
 * The part of units `[first, last]` kept when a stop mark ({@link AR_STOPS}, or two full stops in a row) lies
 * inside: the last part with a word of the gazetteer lists, else the last part; null when there is no such mark.
 */
const partAcrossStops = (units: ReadonlyArray<Unit>, gaz: Uint16Array, first: number, last: number): [number, number] | null => {
  const parts: Array<[number, number]> = []
  let a = first
  for (let k = first; k <= last; k++) {
    const u = units[k]!
    if (u.kind !== "punct") continue
    const stop = AR_STOPS.has(u.text) || (u.text === "." && ((k > first && units[k - 1]!.text === ".") || (k < last && units[k + 1]!.text === ".")))
    if (!stop) continue
    if (k > a) parts.push([a, k - 1])
    a = k + 1
  }
  if (parts.length === 0 && a === first) return null
  if (a <= last) parts.push([a, last])
  let listedPart: [number, number] | null = null
  let lastPart: [number, number] | null = null
  for (const [p, q] of parts) {
    let e = q
    while (e > p && units[e]!.kind === "punct") e--
    if (units[p]!.kind === "punct") continue
    lastPart = [p, e]
    let listed = false
    for (let k = p; k <= e && !listed; k++) listed = (gaz[k]! & LISTED_BITS) !== 0 || isKnownOrganization("ar", units[k]!.core)
    if (listed) listedPart = lastPart
  }
  return listedPart ?? lastPart ?? [last, last]
}

/** `صالح` (search form), which after the preposition `ل` is most often `لصالح`, "in favour of". */
const SALEH = "\u0635\u0627\u0644\u062d"

/**
 * Whether unit `i` is `لصالح` ("in favour of") rather than the name `صالح` after the preposition `ل`: a word
 * follows it that is no function word (`لصالح المجلس`, `لصالح أحد المستثمرين`) and carries no conjunction
 * (`الموالين لصالح والحوثيين` is Saleh).
 */
const isInFavourOf = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || u.core !== SALEH || !u.proclitic || u.text.charCodeAt(0) !== 0x0644) return false
  const next = units[i + 1]
  if (next === undefined || next.kind !== "word" || isFunctionWord(next)) return false
  return !(next.proclitic && (next.text.charCodeAt(0) === 0x0648 || next.text.charCodeAt(0) === 0x0641))
}

/**
 * `بن`, `ابن`, `بنت` ("son of", "daughter of"), as written: the next word is a father's or a child's given name, no family
 * name. With {@link KUNYA_WORDS} and `آل`, `أبي` these are the `lineageWords` of gazetteers/name-cues.json, which the
 * quote stage reads (`isLineageWord`); the entity rules need them split by kind, so they stay here as written (a test,
 * test/extract/entities/lineage-s61.test.ts, keeps the two the same words).
 */
export const NASAB_WORDS: ReadonlyArray<string> = ["بن", "ابن", "بنت"]

/** `أبو` ("father of"), with and without its hamza, as written: the next word opens a kunya, no family name. */
export const KUNYA_WORDS: ReadonlyArray<string> = ["أبو", "ابو"]

/** {@link NASAB_WORDS}, search form (read by glued-next.ts and link.ts too). */
export const NASAB = foldedSet(() => NASAB_WORDS)

/** Words that open a compound name with the word after them, as written (`أبو قتادة`, `عبد الله`, `بن لادن`, `آل ثاني`); a name never ends with one. `link.ts` adds the given names that open compounds too (`نصر الله`, `عز الدين`). */
export const COMPOUND_OPENER_WORDS: ReadonlyArray<string> = [...KUNYA_WORDS, "عبد", ...NASAB_WORDS, "آل"]
const AR_COMPOUND_OPENERS = foldedSet(() => COMPOUND_OPENER_WORDS)

const isCompoundOpener = (u: Unit): boolean => u.kind === "word" && AR_COMPOUND_OPENERS().has(u.core)

/**
 * Whether a word after a compound name's opening word (`بن`, `أبي`) completes the name: a word, no function word,
 * with no proclitic (`أبو يعرب`: a verb's form too) but a `و` that may be the name's own first letter (`أبي وقاص`,
 * `أبو وائل`: a name goes on after such a word), not before a hamza on an alef (`أبي وأخي`, my father and my
 * brother) nor opening a function word or a listed verb (`وقال`).
 */
const completesCompound = (u: Unit): boolean => {
  if (u.kind !== "word" || isFunctionWord(u)) return false
  if (!u.proclitic) return true
  return u.nameStart <= u.start + 1 && u.text.charCodeAt(0) === 0x0648 && !isHamzaAlef(u.text.charCodeAt(1)) && !isFunctionWordAfterClitics(u) && !isListedVerb(u)
}

/**
 * The last unit of a span from `first` that ends before unit `k`, past the punctuation before `k` (`[عائشة -رضي]`: nor
 * the dash), but never before `first`: where a rule cuts a word off a span's end.
 */
const wordEndBefore = (units: ReadonlyArray<Unit>, first: number, k: number): number => {
  let last = k - 1
  while (last > first && units[last]!.kind === "punct") last--
  return last
}

/**
 * Whether unit `k` is a bare word right after a counterpart and the nisbas after it (`نظيره السنغافوري غوه`): no
 * clitic, article, function word, verb, title or honorific, nor a nisba itself.
 */
const opensAfterCounterpart = (units: ReadonlyArray<Unit>, gaz: Uint16Array, k: number): boolean => {
  const u = units[k]!
  if (u.kind !== "word" || u.proclitic || u.article || isFunctionWord(u) || isListedVerb(u) || isCounterpart(u) || (gaz[k]! & (TITLE | HONORIFIC)) !== 0) return false
  let j = k - 1
  while (j >= 0 && isNisba(units[j]!)) j--
  return j >= 0 && isCounterpart(units[j]!)
}

/** `برئاسة`, `بقيادة`, `برعاية` as written, search form: the phrase of a body's head or patron after its name. */
const HEADED_BY = foldedSet(() => ["\u0628\u0631\u0626\u0627\u0633\u0629", "\u0628\u0642\u064a\u0627\u062f\u0629", "\u0628\u0631\u0639\u0627\u064a\u0629"])

/** `آل` in search form (`searchForm("آل")`), the word that opens a family name. */
const AL_FAMILY_KEY = "\u0627\u0644"

/** `آل` and `ال` as written (not `إل`, the letter L: `كشافات إل دي`). */
const AL_WRITTEN: ReadonlySet<string> = new Set(["\u0622\u0644", "\u0627\u0644"])

/** The second word of a family name in two after `آل` (`آل جار الله`, `آل نصر الدين`), search form. */
const SURNAME_SECONDS = foldedSet(() => ["الله", "الدين", "الرحمن"])

/** Endings of an Arabic pronoun suffix on a verbal noun after `نظير` (`مواساته`, `جهودها`, `مواقفهم`, `دعمكم`). */
const PRONOUN_SUFFIX = /(?:\u0647|\u0647\u0627|\u0647\u0645|\u0647\u0645\u0627|\u0643\u0645)$/u

/**
 * Whether unit `k` is bare `نظير` meaning "in return for": before a word of four letters or more with a pronoun
 * suffix that is no given name of the lists (`نظير مواساته`, `نظير جهوده`) or before `ما` (`نظير ما قدمه`); not
 * after `بي` (`بي نظير بوتو`).
 */
const isInReturnFor = (units: ReadonlyArray<Unit>, k: number): boolean => {
  const u = units[k]!
  if (u.kind !== "word" || u.text !== "\u0646\u0638\u064a\u0631") return false
  const prev = units[k - 1]
  if (prev !== undefined && prev.kind === "word" && prev.core === "\u0628\u064a") return false
  const next = units[k + 1]
  if (next === undefined || next.kind !== "word" || next.start !== u.end + 1) return false
  if (next.text === "\u0645\u0627") return true
  return !next.proclitic && next.core.length >= 4 && PRONOUN_SUFFIX.test(next.text) && !isGivenName(next.core)
}

/** Whether unit `k` is an Arabic initial: one letter (not the conjunction `و`), a period right after it (`محمد ب.`). */
const isInitialAt = (units: ReadonlyArray<Unit>, k: number): boolean => {
  const u = units[k]
  const dot = units[k + 1]
  if (u === undefined || dot === undefined || u.kind !== "word" || u.text.length !== 1 || dot.text !== "." || dot.start !== u.end) return false
  const c = u.text.charCodeAt(0)
  return c >= 0x0621 && c <= 0x064a && c !== 0x0648
}

/**
 * The last unit of a person's name the tagger opened at unit `k` (an Arabic word with no clitic that is no given name
 * of the lists), or -1.
 */
const taggedSurnameAt = (units: ReadonlyArray<Unit>, tags: Int8Array, k: number): number => {
  const u = units[k]
  if (u === undefined || u.kind !== "word" || u.proclitic || tagPosition(tags[k]!) === 0 || tagType(tags[k]!) !== T_PER || isGivenName(u.core)) return -1
  let e = k
  while (e + 1 < units.length && tagPosition(tags[e + 1]!) === 2 && tagType(tags[e + 1]!) === T_PER) e++
  return e
}

/** `د` (دكتور), `أ` (أستاذ), `م` (مهندس): the letters that abbreviate a title before a name (`د. خالد`). */
const isTitleLetter = (u: Unit): boolean => u.text === "\u062f" || u.text === "\u0623" || u.text === "\u0645"

/**
 * Whether unit `k` opens a person's name with no conjunction or preposition before it: tagged so, or a given name of
 * the lists. After one letter and a period (`أ. رولا`, `د. خالد`), the letter is the abbreviated title of that person
 * (أستاذة, doctor), not the initial of the name before.
 */
const opensPersonAt = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, k: number): boolean => {
  const u = units[k]
  if (u === undefined || u.kind !== "word" || u.proclitic) return false
  return (tagPosition(tags[k]!) !== 0 && tagType(tags[k]!) === T_PER) || (gaz[k]! & PER_B) !== 0
}

/** `أ`, `إ`, `آ`: after `و`, the conjunction before an Arabic word (`وأقلده`), not the first letter of a name (`وقاص`). */
const isHamzaAlef = (c: number): boolean => c === 0x0622 || c === 0x0623 || c === 0x0625

/**
 * Whether the word before a person's name at `first` is a given name of the lists that opens it (`علي [هاشمي
 * رفسنجاني]`): a word of no other list, without the article or a clitic (but a `و`), no common noun, function word,
 * listed verb or month; the name itself opens with no clitic, article or compound name's opener (`خليفة [أبو
 * حمزة]`, `أسماء [الأسد]`: successor, names).
 */
const givenNameBefore = (units: ReadonlyArray<Unit>, gaz: Uint16Array, first: number): boolean => {
  const u = units[first - 1]!
  const f = units[first]!
  if (u.kind !== "word" || f.kind !== "word" || f.proclitic || f.article || isCompoundOpener(f) || isKunyaGenitive(f)) return false
  if (u.article || (gaz[first - 1]! & PER_B) === 0 || (gaz[first - 1]! & ~PER_ANY) !== 0) return false
  if (u.proclitic && !(u.nameStart === u.start + 1 && u.text.charCodeAt(0) === 0x0648)) return false
  // (عليَّ إيلي: a word written with its vowels is rather the preposition's pronoun, `عليَّ`, than the name `علي`; and
  // `ﻋﻠﻰ` in presentation forms, or any word ending in `ى`, folds to a given name but is written as the preposition)
  const c0 = u.text.charCodeAt(0)
  if (c0 < 0x0621 || c0 > 0x064a || u.text.charCodeAt(u.text.length - 1) === 0x0649) return false
  return u.text === written(u.text) && !isFunctionWordAfterClitics(u) && !isCommonNounWord(u.core) && !isListedVerb(u) && !isArabicMonth(units, first - 1)
}

/** `أم` (mother of), search form: a woman's kunya before her son's name; also the conjunction "or". */
const UMM = foldedSet(() => ["أم"])

/**
 * Whether the untagged word before a person's name at `first` is `أم` of a kunya (`وأوضحت أم [عبدالعزيز]`, `ام
 * [عبدالله]`): `أم` with no article (`الأم [سهام]` is the mother, a role; the tokenizer leaves `بأم` whole), and the
 * name opening with a given name of the lists or `عبد`, with no clitic or article. Not after a tagged word: `أم` between two names is
 * "or" (`[بوش] أم [ووكر]`), and a word that is no given name after it is rather the other term of a question (`أم
 * [خوفًا]`).
 */
const motherKunyaBefore = (units: ReadonlyArray<Unit>, tags: Int8Array, first: number): boolean => {
  const u = units[first - 1]!
  const f = units[first]!
  if (u.kind !== "word" || u.article || !UMM().has(u.core) || f.kind !== "word" || f.proclitic || f.article) return false
  if (first >= 2 && tags[first - 2] !== 0) return false
  return isGivenName(f.core) || f.core === ABD
}

/** `ولد` as written, without a clitic: "son of" in a Mauritanian name, or the verb "was born". */
const isWald = (u: Unit): boolean => u.kind === "word" && u.text === "\u0648\u0644\u062f"

/** Whether a word after `ولد` goes on a Mauritanian name: a given name of the lists, a compound name's opener or a word with the article. */
const followsWald = (u: Unit): boolean =>
  completesCompound(u) && !u.proclitic && (u.article || isGivenName(u.core) || isCompoundOpener(u)) && !isCommonNoun(u)

/** `أبي`, `أبا` as written (with or without the hamza, not `آبي`, Abe), with no clitic: the kunya's genitive and accusative. */
const isKunyaGenitive = (u: Unit): boolean => u.kind === "word" && !u.proclitic && KUNYA_GENITIVE_WRITTEN.has(written(u.text))
const KUNYA_GENITIVE_WRITTEN: ReadonlySet<string> = new Set(["أبي", "ابي", "أبا", "ابا"])

/** `أبو` (search form), which opens a kunya. */
const KUNYA = foldedSet(() => ["أبو", "ابو"])

/**
 * After a kunya's second word at `last`, the masculine nisba adjective the tagger left out (`أبو قتادة [التونسي]`):
 * an untagged word with the article and no proclitic ending in `ي` (not a feminine noun in `ية`: `بالتغطية`).
 */
const kunyaNisba = (units: ReadonlyArray<Unit>, tags: Int8Array, last: number): number => {
  const u = units[last + 1]
  if (u === undefined || tags[last + 1] !== 0 || u.kind !== "word" || u.proclitic || !u.article || !isNisba(u)) return last
  return u.core.charCodeAt(u.core.length - 1) === 0x064a ? last + 1 : last
}

/**
 * The organisations of the gazetteer lists named in two words or more (`وزارة الداخلية`, `مجلس الوزراء`, `صندوق النقد
 * الدولي`) whose units the tagger left all untagged and no mention of `found` (this sentence's) overlaps, as
 * organisation mentions in text order. ANERcorp's annotation leaves most such bodies out (ministries, councils,
 * armies), and the tagger learned it; the `listedOrganizations` option of the entities stage adds them back.
 */
export const listedOrganizations = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  const { gaz, tags } = tagged
  const out: Array<Mention> = []
  const n = units.length
  const known = knownOrganizationTrie()
  for (let i = 0; i < n; i++) {
    if (tags[i] !== 0) continue
    let e = i
    if ((gaz[i]! & ORG_B) !== 0) while (e + 1 < n && (gaz[e + 1]! & ORG_I) !== 0 && (gaz[e + 1]! & ORG_B) === 0) e++
    // (the bodies of the post-processing list, `الدفاع المدني`: the longer of the two)
    if (known.startsWith(units[i]!.core)) {
      const m = known.longestAt(knownOrganizationKeys(units, i, known.maxLength), 0)
      if (m !== null && i + m.length - 1 > e) e = i + m.length - 1
    }
    if (e === i) continue
    // (نفى مجلس [المقاومة الشعبية]: the genitive of a speaking body's head right after a verb; spokenBodies reads the
    // body whole; session 58)
    if (i >= 2 && isSpeakingBodyHeadAt(units, tags, i - 1)) continue
    let untagged = true
    for (let k = i; k <= e && untagged; k++) untagged = tags[k] === 0
    const start = units[i]!.nameStart
    if (!untagged || overlapsAny(found, start, units[e]!.end)) continue
    // (وزارة الخارجية القطرية: the place's nisba after it, unless a mention of the sentence holds it)
    const withNisba = placeNisbasAfter(units, tags, e)
    if (withNisba > e && !overlapsAny(found, start, units[withNisba]!.end)) e = withNisba
    const end = units[e]!.end
    out.push({ type: "ORGANIZATION", start, end, units: units.slice(i, e + 1), role: null, confidence: confidenceOf(tagged.marginals, tags, i, e) })
    i = e
  }
  return out
}

/**
 * The sentence's mentions `found` without those at the indices of `replaced`, with the bodies `out` that replace them,
 * in text order (a copy of `found` when there is no body): the last step of {@link listedBodiesOverPlaces} and
 * {@link headedBodies}.
 */
const withBodies = (found: ReadonlyArray<Mention>, replaced: ReadonlySet<number>, out: ReadonlyArray<Mention>): Array<Mention> => {
  if (out.length === 0) return found.slice()
  const kept = found.filter((_, k) => !replaced.has(k))
  kept.push(...out)
  return kept.sort((a, b) => a.start - b.start)
}

/**
 * A body of the post-processing list (known-organizations.json) of two words or more whose name holds a place the
 * tagger tagged (`فلاي [دبي]`, `[مصر] للطيران`, `الخطوط الجوية [السعودية]`): the body, an organisation, where every
 * tagged word of it is a place's and every mention of `found` (this sentence's) it overlaps is a place inside it, which
 * gives way (the tagger's place on a nisba may have left no mention: `الخطوط الجوية [السعودية]`). The sentence's
 * mentions, in text order. With the readers' spans only (sixtieth session, helper arent4, after the N3 reading's class
 * C4: airlines named after a place); {@link listedOrganizations} reads the untagged ones.
 */
export const listedBodiesOverPlaces = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  const { tags } = tagged
  const known = knownOrganizationTrie()
  const out: Array<Mention> = []
  const replaced = new Set<number>()
  // (the mentions from the first that ends after a body's start, in text order: one pass over the sentence's)
  let p = 0
  for (let i = 0; i < units.length; i++) {
    if (units[i]!.kind !== "word" || !known.startsWith(units[i]!.core)) continue
    const m = known.longestAt(knownOrganizationKeys(units, i, known.maxLength), 0)
    if (m === null || m.length < 2) continue
    const e = i + m.length - 1
    let places = false
    let others = false
    for (let k = i; k <= e; k++) {
      if (tags[k] === 0) continue
      if (tagType(tags[k]!) === T_LOC) places = true
      else others = true
    }
    if (!places || others) continue
    const start = units[i]!.nameStart
    const end = units[e]!.end
    while (p < found.length && found[p]!.end <= start) p++
    const inside: Array<number> = []
    let clash = false
    for (let q = p; q < found.length && found[q]!.start < end && !clash; q++) {
      const x = found[q]!
      if (x.type === "LOCATION" && x.start >= start && x.end <= end) inside.push(q)
      else clash = true
    }
    if (clash) continue
    for (const q of inside) replaced.add(q)
    out.push({ type: "ORGANIZATION", start, end, units: units.slice(i, e + 1), role: null, confidence: confidenceOf(tagged.marginals, tags, i, e) })
    i = e
  }
  return withBodies(found, replaced, out)
}

/**
 * Whether unit `k` opens a speaking body's name that {@link spokenBodies} reads: an untagged head noun of
 * `speakingBodies` without the article or a clitic (`مجلس`, `قيادة`) right after a verb of the lists (`نفى مجلس …`).
 */
const isSpeakingBodyHeadAt = (units: ReadonlyArray<Unit>, tags: Int8Array, k: number): boolean => {
  const u = units[k]!
  return k > 0 && tags[k] === 0 && u.kind === "word" && !u.proclitic && !u.article && isSpeakingBody(u.core) && isListedVerb(units[k - 1]!)
}

/**
 * After a listed body's last word at `last`, the nisba adjectives of a place the tagger left untagged (`وزارة الخارجية
 * [القطرية]`, `وزارة الدفاع [الكورية]`): at most two words with the article and no clitic ({@link isPlaceNisba}). In a
 * story of several states the bare ministry is ambiguous; the text names whose it is (forty-fifth session). The
 * shorter name is then no more found again elsewhere by propagation (`وكالة الأنباء` of another state).
 */
const placeNisbasAfter = (units: ReadonlyArray<Unit>, tags: Int8Array, last: number): number => {
  let e = last
  while (e - last < 2 && e + 1 < units.length && tags[e + 1] === 0) {
    const u = units[e + 1]!
    if (u.kind !== "word" || u.proclitic) break
    // (وزارة الدفاع الكورية [الجنوبية]: a direction only after a place's nisba)
    if (!isPlaceNisba(u) && !(e > last && u.article && NISBA_DIRECTIONS().has(u.bare))) break
    e++
  }
  return e
}

/** `الشمالية`, `الجنوبية` (search form, without the article, as `bare` holds it): the half of a country its nisba names (`الكورية الشمالية`). */
const NISBA_DIRECTIONS = foldedSet(() => ["شمالي", "شمالية", "جنوبي", "جنوبية"])

/** The most words after a speaking body's head that its name takes (`القيادة العامة للقوات المسلحة الإماراتية`). */
const MAX_BODY_WORDS = 5

/**
 * Whether unit `u`, after a speaking body's head, goes on its name: a word with the article and no clitic but a glued
 * `ل` (`الغابات`, `الأميركية`, `للقوات`), that is no weekday or adverb of time (`الاثنين`, `اليوم`), no function word and
 * no listed verb.
 */
const goesOnBody = (u: Unit): boolean => {
  if (u.kind !== "word" || !u.article || isTimeWord(u.core) || isWeekdayWord(u.core) || isFunctionWordAfterClitics(u) || isListedVerb(u)) return false
  // (للقوات: `ل` and the article whose alef it swallows)
  return !u.proclitic || (u.nameStart - u.start <= 2 && u.text.charCodeAt(0) === 0x0644 && u.text.charCodeAt(1) === 0x0644)
}

/**
 * Whether unit `u` is a word with only a glued `ل` or `و` before it (`لمكافحة`, `والتعاون`): a complement or a second
 * genitive of a body's name.
 */
const gluedLamOrWaw = (u: Unit): boolean => {
  if (u.kind !== "word" || isFunctionWordAfterClitics(u) || isListedVerb(u)) return false
  const c = u.text.charCodeAt(0)
  // (لمكافحة: the tokenizer splits no `ل` off a word it does not know; the word after it carries the article)
  if (!u.proclitic) return c === 0x0644 && !u.article && u.text.length >= 4
  return (c === 0x0644 || c === 0x0648) && u.nameStart - u.start <= (u.article && c === 0x0644 ? 2 : 1)
}

/** `ه`, the search form's `ة`: a feminine ending. */
const TA_MARBUTA_KEY = 0x0647

/**
 * Whether unit `v`, after a speaking body's definite head `head`, is its adjective: a word that goes on a body's name
 * with no clitic, a nisba (`النيجيري`, `الفرنسية`), or feminine after a feminine head (`القيادة العامة`, `اللجنة
 * التنفيذية`).
 */
const definiteBodyAdjective = (head: Unit, v: Unit): boolean => {
  if (!goesOnBody(v) || v.proclitic) return false
  if (isNisba(v)) return true
  return head.core.charCodeAt(head.core.length - 1) === TA_MARBUTA_KEY && v.core.charCodeAt(v.core.length - 1) === TA_MARBUTA_KEY
}

/**
 * The last unit of a body's name whose head noun is unit `i` (`وقالت [هيئة الغابات الأميركية]`, `[الهيئة السعودية
 * للتخصصات الصحية]`): the untagged words after the head that go on a name (with the article, {@link goesOnBody}; a
 * complement after a glued `ل` or a second genitive after `و`), at most {@link MAX_BODY_WORDS}; `i` when none does, and
 * -1 when the name goes on with a complement `ل` + a noun without the article that the rule cannot read (`اللجنة
 * التنفيذية لمهرجان جدة`: the body is left untagged rather than cut short). Read by {@link spokenBodies}.
 *
 * Kept apart from {@link headedBodyEnd}, the reader of {@link headedBodies} (sixtieth session, helper tidy4, measured):
 * right after a verb of saying the body is the subject and its name runs on over any definite word, which this reader
 * takes and {@link headedBodyEnd} does not (it takes nisbas, a second genitive and a field after `ل` only, since in
 * running text the definite word after a body is as often the verb's object). With {@link headedBodyEnd} here,
 * SaudiNewsNet's first six files changed 27 documents' entities (about 10 better, 14 worse, 3 unclear) and BBC Arabic's
 * 4 (1 better, 3 worse): cut short, `[القيادة العامة للقوات] المسلحة الإماراتية` (eight documents), `[الهيئة العامة
 * للسياحة] والآثار`, `[الجهاز المركزي للتعبئة] العامة والإحصاء`; better, a list or the verb's object left out, `[وزارة
 * التجارة] و[هيئة السياحة] القيام`, `[مجلس المنافسة] العدد الثامن`, `[اللجنة الإعلامية للمهرجان] الدعوة`.
 */
const bodyNameEnd = (units: ReadonlyArray<Unit>, tags: Int8Array, i: number): number => {
  let e = i
  while (e + 1 < units.length && e - i < MAX_BODY_WORDS && tags[e + 1] === 0) {
    // (لجنة التطوير الإداري لمناقشة الخطة, للبحث في: `ل` and a verbal noun of purpose ends the name)
    if (isPurposeAfterLam(units[e + 1]!)) break
    // (يقود الجهاز الفني المدرب X, منح الجهاز الفني اللاعبين راحة: a title or a plural of a person's noun is the
    // verb's subject or object, no word of the body's name, after its first word; forty-second session: an indefinite
    // head's genitive may be people, `هيئة الصحفيين`, `قيادة الفريق`)
    if (e > i && personAfterBody(units[e + 1]!)) break
    if (goesOnBody(units[e + 1]!)) e++
    // (لمكافحة الإرهاب, والتعاون الدولي: a complement after a glued `ل`, or a second genitive after `و`, with the
    // article on it or on the word after it)
    else if (e + 2 < units.length && tags[e + 2] === 0 && gluedLamOrWaw(units[e + 1]!) && goesOnBody(units[e + 2]!)) e += 2
    else if (units[e + 1]!.kind === "word" && units[e + 1]!.article && gluedLamOrWaw(units[e + 1]!) && !isTimeWord(units[e + 1]!.core) && !isWeekdayWord(units[e + 1]!.core)) e++
    else break
  }
  if (e === i) return i
  // (اللجنة التنفيذية لمهرجان جدة, قيادة القوات المشتركة لتحالف …: the name goes on with a complement `ل` + a noun
  // without the article and its genitive, which this rule cannot read: the body stays untagged rather than cut short)
  if (e + 1 < units.length && indefiniteLamComplement(units[e + 1]!) && !isPurposeAfterLam(units[e + 1]!)) return -1
  return e
}

/**
 * وقالت [هيئة الغابات الأميركية] إن, ذكر [الجيش النيجيري] أن: a public body the model left untagged, named right after
 * a verb of the lists (`قال`, `أعلن`, `أصدر`: {@link isListedVerb}), with or without a glued conjunction: a head noun of
 * `speakingBodies` (name-cues.json) with no clitic, and the words with the article after it ({@link goesOnBody}, at most
 * {@link MAX_BODY_WORDS}; an indefinite head takes its genitive, a definite one an adjective first, with no
 * preposition: `الجيش النيجيري`, `القيادة العامة للقوات المسلحة`, not `الجيش للمرة`), all untagged and overlapped by no mention of `found` (this sentence's), as
 * organisation mentions in text order. The subject that speaks is the body (the quote stage reads it as the speaker).
 * Forty-second session: a definite head with an adjective of a team's staff (`staffAdjectives`: `الجهاز الفني`) is no
 * body, and after the name's first word a title of the lists or a plural of a person's noun ends it (`يقود الجهاز الفني
 * المدرب X`, the verb's subject).
 */
export const spokenBodies = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  const { tags } = tagged
  const out: Array<Mention> = []
  for (let i = 1; i + 1 < units.length; i++) {
    const u = units[i]!
    if (tags[i] !== 0 || u.kind !== "word" || u.proclitic || !isSpeakingBody(u.core) || !isListedVerb(units[i - 1]!)) continue
    // (a definite head takes an adjective first, with no preposition: a nisba, الجيش النيجيري, or a feminine one after a
    // feminine head, القيادة العامة; not الوزارة الخطوط, its object)
    if (u.article && !definiteBodyAdjective(u, units[i + 1]!)) continue
    // (الجهاز الفني, الجهاز الطبي: a team's staff, no public body; forty-second session)
    if (u.article && units[i + 1]!.kind === "word" && isStaffAdjective(units[i + 1]!.core)) continue
    const e = bodyNameEnd(units, tags, i)
    if (e <= i) continue
    const start = u.start
    const end = units[e]!.end
    if (overlapsAny(found, start, end)) continue
    out.push({ type: "ORGANIZATION", start, end, units: units.slice(i, e + 1), role: null, confidence: confidenceOf(tagged.marginals, tags, i, e) })
    i = e
  }
  return out
}

/** The tagger's tags of a place's first and following words. */
const B_LOC_TAG = tagIndex("B-LOC")
const I_LOC_TAG = tagIndex("I-LOC")

/**
 * Whether unit `u` carries no clitic but a glued conjunction or preposition (`و`, `ف`, `ب`, `ل`, `لل`): a body's head
 * noun may stand anywhere in a sentence (`إلى جمعية البر`, `لإدارة التعليم`, `بالهيئة السعودية`).
 */
const headCliticsOnly = (u: Unit): boolean => {
  if (!u.proclitic) return true
  const n = u.nameStart - u.start
  for (let k = 0; k < n; k++) {
    const c = u.text.charCodeAt(k)
    if (c !== 0x0648 && c !== 0x0641 && c !== 0x0628 && c !== 0x0644) return false
  }
  return n <= 2
}

/** Whether unit `u`'s word ends with `ة` (search form `ه`). */
const endsFeminine = (u: Unit): boolean => u.core.charCodeAt(u.core.length - 1) === TA_MARBUTA_KEY

/** Whether unit `u` is a word with the article and no clitic that is no time word, weekday or function word. */
const definiteWordAlone = (u: Unit): boolean => goesOnBody(u) && !u.proclitic

/**
 * Whether unit `u` is a word with a glued `و` only and the article (`والرياضة`): a second genitive of a body's name.
 */
const andDefinite = (u: Unit): boolean =>
  goesOnBody(u) || (u.kind === "word" && u.article && u.proclitic && u.nameStart - u.start === 1 && u.text.charCodeAt(0) === 0x0648 && !isFunctionWordAfterClitics(u) && !isListedVerb(u) && !isTimeWord(u.core))

/**
 * After a body's name ending at unit `last`, the last unit of a run of nisbas the tagger tagged as a name of its own
 * (`مؤسسة النقد [العربي السعودي]`): words with the article and no clitic, each a nisba, the run ending where the
 * tagger's name ends; `last` when there is none.
 */
const taggedNisbasAfter = (units: ReadonlyArray<Unit>, tags: Int8Array, last: number): number => {
  let f = last + 1
  while (f < units.length && f - last <= 3 && tags[f] !== 0 && definiteWordAlone(units[f]!) && isNisba(units[f]!)) f++
  if (f === last + 1 || tagPosition(tags[last + 1]!) !== 1 || (f < units.length && tags[f] !== 0 && tagPosition(tags[f]!) !== 1)) return last
  return f - 1
}

/**
 * Whether a word glued to `و` after unit `prev` opens a second body rather than goes on with the name: `prev` a word
 * with the article and no clitic ending with `ة` (an adjective of the name: `العاصمة المقدسة`) and the word after `و`
 * no feminine and no sound feminine plural (`والمكاتب`; not `والأمنية`, `والبورصات`).
 */
const bodiesListed = (prev: Unit, w: Unit): boolean => definiteWordAlone(prev) && endsFeminine(prev) && !endsFeminine(w) && !endsSoundFemininePlural(w)

/** `ذوي`, `ذوو` ("those of", `جمعية الأشخاص ذوي الإعاقة`): a construct inside a body's name, search form. */
const POSSESSORS = foldedSet(() => ["ذوي", "ذوو"])

/** Whether unit `u`'s word ends with the sound feminine plural `ات` (`الخدمات`, `القوات`). */
const endsSoundFemininePlural = (u: Unit): boolean => u.core.length > 4 && u.core.endsWith("\u0627\u062a")

/**
 * Whether the second genitive after `و` at unit `k` ends a body's name whose head is `head` (`وزارة الشباب [والرياضة]`):
 * it is no body's head itself (`وزارة الصحة [والهيئة]`: a second body) and no nisba of the other gender than the head's
 * follows it (`هيئة البترول [والجانب] السعودي`, `وكالة الاستخبارات [والموساد] الإسرائيلي`: a second noun phrase).
 */
const secondGenitiveEnds = (units: ReadonlyArray<Unit>, tags: Int8Array, head: Unit, k: number): boolean => {
  const w = units[k]!
  if (isConstructBodyHead(w.bare) || isNisbaBodyHead(w.core) || isSpeakingBody(w.bare)) return false
  const x = units[k + 1]
  if (x === undefined || tags[k + 1] !== 0 || !definiteWordAlone(x) || !isNisba(x)) return true
  return endsFeminine(x) === endsFeminine(head)
}

/** Whether a unit of `first..last` is a complement after a glued `ل` (`للتخصصات`, `لكرة`): the field a body's name names. */
const hasFieldComplement = (units: ReadonlyArray<Unit>, first: number, last: number): boolean => {
  for (let k = first; k <= last; k++) if (units[k]!.text.charCodeAt(0) === 0x0644 && (units[k]!.proclitic || indefiniteLamComplement(units[k]!))) return true
  return false
}

/**
 * The last unit of the name of a body whose head noun is unit `i` and whose first word after the head is unit `i + 1`
 * ({@link headedBodies}): after it, untagged nisba adjectives (`محكمة الكاس [الرياضية]`, `[الجزائرية]`), second
 * genitives after `و` (`وزارة الشباب [والرياضة]`) and, after a head with the article only, the complement of its field
 * after `ل` (`الهيئة السعودية [للتخصصات الصحية]`, `الاتحاد البرتغالي [لكرة القدم]`; no verbal noun of purpose, `للطعن`);
 * no other word with the article (`غرفة الشرقية المهرجان`: the verb's object). At most {@link MAX_BODY_WORDS} words.
 * -1 when a complement `ل` + a noun without the article follows that the rule does not read. Stricter than
 * {@link bodyNameEnd}, the reader of a body right after a verb of saying; why the two stay apart is told there.
 */
const headedBodyEnd = (units: ReadonlyArray<Unit>, tags: Int8Array, i: number, definiteHead: boolean): number => {
  let e = i + 1
  while (e + 1 < units.length && e - i < MAX_BODY_WORDS && tags[e + 1] === 0) {
    const w = units[e + 1]!
    if (w.kind !== "word" || isPurposeAfterLam(w)) break
    if (definiteWordAlone(w) && isNisba(w)) e++
    // (اتحاد الكرة [الطائرة], هيئة النقل [العام]: a feminine adjective right after a feminine genitive, or one of the lists)
    else if (e === i + 1 && definiteWordAlone(w) && (endsFeminine(units[e]!) || endsSoundFemininePlural(units[e]!)) && endsFeminine(w) && !isCommonBodyGenitive(w.core)) e++
    else if (definiteWordAlone(w) && isBodyNameAdjective(w.core)) e++
    // (جمعية الأشخاص [ذوي الإعاقة]: "those of" and its genitive)
    else if (!w.proclitic && POSSESSORS().has(w.core) && e + 2 < units.length && tags[e + 2] === 0 && definiteWordAlone(units[e + 2]!)) e += 2
    // (not after a feminine adjective standing alone when the word after و is no feminine: أمانة العاصمة المقدسة
    // [والمكاتب] الهندسية is a list of bodies; مجلس الشؤون السياسية [والأمنية], لجنة الأوراق المالية [والبورصات] one name)
    else if ((e === i + 1 || !bodiesListed(units[e - 1]!, w)) && w.proclitic && w.text.charCodeAt(0) === 0x0648 && andDefinite(w) && secondGenitiveEnds(units, tags, units[i]!, e + 1)) e++
    else if (definiteHead && w.text.charCodeAt(0) === 0x0644 && w.article && goesOnBody(w)) e++
    else if (definiteHead && e + 2 < units.length && tags[e + 2] === 0 && indefiniteLamComplement(w) && definiteWordAlone(units[e + 2]!)) e += 2
    else break
  }
  if (e + 1 < units.length && indefiniteLamComplement(units[e + 1]!) && !isPurposeAfterLam(units[e + 1]!)) return -1
  return e
}

/**
 * وتقدم مركز إكرام الموتى بالشكر إلى [جمعية البر], لجأ إلى [محكمة الكاس الرياضية], وصادق [البرلمان الياباني]: a body's
 * name the tagger left untagged anywhere in running text (fifty-ninth session, N2's class B), as organisation mentions in
 * text order. Either a head of `constructBodyHeads` (name-cues.json) without the article, with a glued conjunction or
 * preposition or none, followed in construct by an untagged word with the article and no clitic that goes on a body's
 * name ({@link goesOnBody}), is no title or person's plural (`جامعة الملك`, `هيئة الصحفيين` is left to the tagger) and
 * none of `commonBodyGenitives` (`مجلس الإدارة`, `لجنة التحقيق`); or a head of `nisbaBodyHeads` with the article
 * followed by a place's nisba ({@link isPlaceNisba}: `الهيئة السعودية`, `الاتحاد البرتغالي`). The name then runs as
 * {@link headedBodyEnd} reads it (`[وزارة الشباب والرياضة الجزائرية]`, `[الاتحاد البرتغالي لكرة القدم]`); a head
 * before a common noun phrase (`لجنة من الخبراء`, `شركة كبرى`) has no word with the article after it and gives nothing.
 * The clitics stay out of the span; the article stays in. A one-word place the tagger read on the nisba after a definite
 * head (`الهيئة [السعودية]`) gives way to the body. Returns the sentence's mentions `found` with the bodies added.
 */
export const headedBodies = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  const { tags } = tagged
  const out: Array<Mention> = []
  // (الهيئة [السعودية]: the tagger's one-word place on the nisba after a definite head, which the body's name replaces
  // where a mention of it was kept; the tagger's tag alone does not stop the body)
  const replaced = new Set<number>()
  let p = 0
  for (let i = 0; i + 1 < units.length; i++) {
    const u = units[i]!
    if (tags[i] !== 0 || u.kind !== "word" || !headCliticsOnly(u)) continue
    const v = units[i + 1]!
    if (v.kind !== "word" || v.proclitic || !v.article) continue
    const placeOnNisba = u.article && tags[i + 1] === B_LOC_TAG && tags[i + 2] !== I_LOC_TAG
    if (tags[i + 1] !== 0 && !placeOnNisba) continue
    // (للشركة الفرنسية: the article swallowed by `ل`, a company described by its nisba, no construct)
    if (u.article ? !(isNisbaBodyHead(u.core) && isPlaceNisba(v)) : !(isConstructBodyHead(u.core) && goesOnBody(v) && !isPlaceNisba(v) && !isCommonBodyGenitive(v.core) && !personAfterBody(v) && (tagged.gaz[i + 1]! & TITLE) === 0 && !isRoyalTitle(v.core))) continue
    let e = headedBodyEnd(units, tags, i, u.article)
    if (e <= i) continue
    // (مؤسسة النقد [العربي السعودي]: the tagger's name on the nisbas after the genitive is the body's end, and gives way)
    const nisbasFrom = units[e + 1]?.nameStart ?? units[e]!.end
    e = taggedNisbasAfter(units, tags, e)
    // (الشركة السعودية, الوزارة المصرية: any company or ministry of the country; a name with the complement of its field)
    if (u.article && !isNisbaAloneBodyHead(u.core) && !hasFieldComplement(units, i + 2, e)) continue
    // (شركة الاتصالات [زين]: a description before the name the tagger found, no name of its own)
    if (e + 1 < units.length && tags[e + 1] !== 0) continue
    const start = u.nameStart
    const end = units[e]!.end
    // (the mentions from the first that ends after the start, in text order: one pass over the sentence's)
    while (p < found.length && found[p]!.end <= start) p++
    let nisba = -1
    let clash = false
    const inner: Array<number> = []
    for (let q = p; q < found.length && found[q]!.start < end && !clash; q++) {
      const m = found[q]!
      if (placeOnNisba && m.type === "LOCATION" && m.start === v.nameStart && m.end === v.end) nisba = q
      else if (m.start >= nisbasFrom && m.end <= end) inner.push(q)
      else if (m.end > start) clash = true
    }
    if (clash) continue
    if (nisba >= 0) replaced.add(nisba)
    for (const q of inner) replaced.add(q)
    out.push({ type: "ORGANIZATION", start, end, units: units.slice(i, e + 1), role: null, confidence: confidenceOf(tagged.marginals, tags, i, e) })
    i = e
  }
  return withBodies(found, replaced, out)
}

/** The plural endings of a sound masculine plural (`ين`, `ون`), search form. */
const SOUND_PLURALS = ["\u064a\u0646", "\u0648\u0646"]

/**
 * Whether unit `u`, with the article and no clitic, is a one-word title of the lists (`المدرب`) or the sound plural of
 * a person's noun (`اللاعبين`: `لاعب`): a person's word that no body's name goes on with.
 */
const personAfterBody = (u: Unit): boolean => {
  if (u.kind !== "word" || !u.article || u.proclitic) return false
  if (gazetteer("ar").tries[CATEGORIES.indexOf("TITLE")]!.one(u.core) !== undefined) return true
  return SOUND_PLURALS.some((p) => u.bare.length > p.length + 2 && u.bare.endsWith(p) && isPersonNoun(u.bare.slice(0, -p.length)))
}

/** `عمر`, the given name and the noun "age" (`عن عمر 62 سنة`, `في عمر 12 عاما`): before an age, the noun. */
const AGE_NOUN = foldedSet(() => ["عمر"])

/** `أما` ("as for"), which opens the next speaker of a vox-pop (`أما كريم 32 عاما قال`). */
const AS_FOR = foldedSet(() => ["أما"])

/**
 * أما [كريم] 32 عاما قال, [شريف] (45 عاماً), [منى]، 28 سنة،: an untagged given name of the lists followed by a person's
 * age (a number and a noun of years of `ageWords`, name-cues.json, with a comma or an opening bracket between or not)
 * is a person, as vox-pop reports name their speakers: a word with no clitic but `و` and no article, no function word,
 * common noun, listed verb or month, nor `عمر` (the noun "age" too), at the start, after a mark, a verb of the lists, a
 * function word or `أما` (not after a tagged word: the name goes on it), overlapped by no mention of `found` (this
 * sentence's), as person mentions in text order.
 */
export const agedPeople = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  // (with a word before the name that opens a speaker's name: none, a mark, a verb of the lists, a function word or
  // `أما`; not a noun in construct, `رخاء الوطن وأمنه 117 عاما`, `فترة سماح 5 سنوات`)
  const { tags } = tagged
  const out: Array<Mention> = []
  for (let i = 0; i + 2 < units.length; i++) {
    const u = units[i]!
    if (tags[i] !== 0 || u.kind !== "word" || u.article) continue
    // (the number after it first: a look at one or two units, before the given names' look-up)
    let k = i + 1
    const mark = units[k]!
    if (mark.kind === "punct" && (mark.text === "\u060c" || mark.text === "," || mark.text === "(")) k++
    if (units[k]?.kind !== "number" || !isGivenName(u.core)) continue
    if (u.proclitic && !(u.nameStart === u.start + 1 && u.text.charCodeAt(0) === 0x0648)) continue
    if (i > 0 && tags[i - 1] !== 0) continue
    const y = units[k + 1]
    if (y === undefined || y.kind !== "word" || y.proclitic || !isAgeWord(y.core)) continue
    if (isFunctionWordAfterClitics(u) || isCommonNounWord(u.core) || isListedVerb(u) || isArabicMonth(units, i) || AGE_NOUN().has(u.core)) continue
    const p = units[i - 1]
    if (p !== undefined && p.kind !== "punct" && !(p.kind === "word" && (isListedVerb(p) || isFunctionWordAfterClitics(p) || AS_FOR().has(p.core)))) continue
    if (overlapsAny(found, u.nameStart, u.end)) continue
    out.push({ type: "PERSON", start: u.nameStart, end: u.end, units: [u], role: null, confidence: confidenceOf(tagged.marginals, tags, i, i) })
  }
  return out
}

/** `ـ`, the tatweel of `لـ«الوطن»` ("to Al-Watan"): a preposition written apart from the name after it. */
const TATWEEL = 0x0640

/**
 * Whether unit `u`, right after a speaking body's name, is a complement `ل` + a noun without the article (`لمهرجان`,
 * `لسوق`, `لتحالف`): a word {@link gluedLamOrWaw} opening with `ل`, no function word (`لكن`, `لها`), not `لـ` with a
 * tatweel (the paper spoken to: `لـ«الوطن»`).
 */
const indefiniteLamComplement = (u: Unit): boolean =>
  u.kind === "word" && !u.article && u.text.charCodeAt(0) === 0x0644 && u.text.charCodeAt(1) !== TATWEEL && gluedLamOrWaw(u)

/**
 * وطالبت [الفيفا], مدير عام [اليونسكو]: an organisation's one-word name of the list (`bodyWords` of name-cues.json: the
 * Arabic acronyms of international bodies, no common word, place or given name among them) that the tagger left
 * untagged and no mention of `found` (this sentence's) overlaps, as organisation mentions in text order; its clitics
 * are left out (`للفيفا`). Unlike {@link listedOrganizations}, always on: ANERcorp tags these bodies. A word of the list
 * with a nisba's ending right after a word with the article (a conjunction or a preposition glued to it or not) is
 * that word's adjective (`للمسلحين الحوثيين`, `الأسرى الحوثيين`; a construct's head has no article: `مواقع الحوثيين`).
 */
export const listedBodyWords = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  const { tags } = tagged
  const out: Array<Mention> = []
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!
    if (tags[i] !== 0 || u.kind !== "word" || !isBodyWord(u.core)) continue
    // (المسلحين [الحوثيين]: a body's nisba right after a noun with the article is its adjective; session 60)
    if (isNisba(u) && !u.proclitic && i > 0 && units[i - 1]!.kind === "word" && units[i - 1]!.article) continue
    const start = u.nameStart
    if (overlapsAny(found, start, u.end)) continue
    out.push({ type: "ORGANIZATION", start, end: u.end, units: [u], role: null, confidence: confidenceOf(tagged.marginals, tags, i, i) })
  }
  return out
}

/** The most words of a place's epithet (`العاصمة المقدسة`). */
const MAX_EPITHET_WORDS = 2

/** `المتحدة` (search form), after which `المملكة` is the United Kingdom's name, whatever the tagger made of it. */
const UNITED = foldedSet(() => ["\u0627\u0644\u0645\u062a\u062d\u062f\u0629"])

/**
 * بقيادة [المملكة], ومدن [المملكة], إلى [العاصمة المقدسة]: an epithet of `placeEpithets` (name-cues.json) that stands for
 * a country or a city in the news (`المملكة`, the kingdom the story is about, Saudi Arabia in Saudi news; `العاصمة
 * المقدسة`, Makkah), untagged, with the article (and a glued conjunction or preposition or not), overlapped by no mention
 * of `found` (this sentence's), is a place where no name follows it: not before a tagged word (`لمملكة [البحرين]`), a
 * nisba (`المملكة الأردنية`, `المملكة العربية السعودية` the tagger missed) or `المتحدة`, and not after a company's head
 * noun (`شركة المملكة القابضة`); after the head of a city's public body (`epithetBodyHeads`: `أمانة`, `بلدية`, `شرطة`) the
 * two make the body's name, an organisation (`أمانة العاصمة المقدسة`). As mentions in text
 * order; with the readers' spans only (ANERcorp writes a bare `المملكة` O: `محافظات المملكة`). Fifty-eighth session.
 */
export const placeEpithetsAlone = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  const { tags } = tagged
  const out: Array<Mention> = []
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!
    if (tags[i] !== 0 || u.kind !== "word" || !u.article) continue
    // (a word that opens no epithet is passed before the phrase is built: a new string, hashed, for every word with the
    // article; a unit's core has no space, so the phrase's first word is the core; sixtieth session, helper perf6)
    if (!startsPlaceEpithet(u.core)) continue
    // (the longest epithet from here: at most MAX_EPITHET_WORDS words, the later ones with no clitic)
    let e = -1
    let key = u.core
    for (let k = i; k < units.length && k - i < MAX_EPITHET_WORDS; k++) {
      const v = units[k]!
      if (k > i) {
        if (tags[k] !== 0 || v.kind !== "word" || v.proclitic) break
        key += " " + v.norm
      }
      if (isPlaceEpithet(key)) e = k
    }
    if (e < 0) continue
    const next = units[e + 1]
    if (next !== undefined && (tags[e + 1] !== 0 || (next.kind === "word" && !next.proclitic && (isNisba(next) || UNITED().has(next.core))))) continue
    // (شركة المملكة القابضة: the company's name after its head noun)
    const head = i > 0 ? headOf(units[i - 1]!) : null
    if (head !== null && head.company && !head.article) continue
    // (بأمانة العاصمة المقدسة: a city's public body named after it, an organisation whole)
    const b = i > 0 && tags[i - 1] === 0 && units[i - 1]!.kind === "word" && !units[i - 1]!.article && isEpithetBodyHead(units[i - 1]!.core) ? i - 1 : i
    if (overlapsAny(found, units[b]!.nameStart, units[e]!.end)) continue
    out.push({ type: b < i ? "ORGANIZATION" : "LOCATION", start: units[b]!.nameStart, end: units[e]!.end, units: units.slice(b, e + 1), role: null, confidence: confidenceOf(tagged.marginals, tags, b, e) })
    i = e
  }
  return out
}

/**
 * `نظراء` (counterparts), search form, folded on first use (loading the library folds nothing, test/normalize/lazy-load):
 * a plural counterpart (`نظرائهم العرب`) is followed by a people, no club.
 */
let pluralCounterpart: string | undefined
const pluralCounterpartKey = (): string => (pluralCounterpart ??= searchKey("\u0646\u0638\u0631\u0627\u0621"))

/**
 * ليلتقي الشعلة نظيره [النصر], يلاقي الهلال بنظيره [النصر]: a one-word organisation of the lists with the article (a
 * club: `النصر`, `الهلال`, `الاتحاد`), untagged, with no clitic, right after a counterpart (`isCounterpart`: `نظيره`,
 * `بنظيره`, `ونظيرتها`), is the team met, an organisation; the tagger leaves it out, as `النصر` is "victory" too. Not a
 * nisba (`نظيره النصراوي`, the other club's man), nor after a plural counterpart (`نظرائهم العرب`). As organisation
 * mentions in text order (session 53).
 */
export const clubsAfterCounterparts = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  const trie = gazetteer("ar").tries[CATEGORIES.indexOf("ORG")]!
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!
    if (tagged.tags[i] !== 0 || u.kind !== "word" || !u.article || u.proclitic || isNisba(u) || (tagged.gaz[i]! & MISC) !== 0 || !isCounterpart(units[i - 1]!) || units[i - 1]!.norm.includes(pluralCounterpartKey())) continue
    // (the nisba after it is the name's, as the tagger writes it elsewhere: نظيره [الاتحاد البرتغالي], [العين الإماراتي])
    const e = i + 1 < units.length && tagged.tags[i + 1] === 0 && isNisba(units[i + 1]!) && !units[i + 1]!.proclitic ? i + 1 : i
    if (trie.one(u.core) === undefined || overlapsAny(found, u.start, units[e]!.end)) continue
    out.push({ type: "ORGANIZATION", start: u.start, end: units[e]!.end, units: units.slice(i, e + 1), role: null, confidence: confidenceOf(tagged.marginals, tagged.tags, i, e) })
  }
  return out
}

/**
 * Whether a word without the article (search form) after `نادي` may be a club's name (`هجر`): three letters or more, not
 * opening with `ل`, `ب` or `م` (a preposition's phrase, a participle: `نادي لآخر`, `نادي مستضيف`) and not ending in `ي`
 * or a taa marbuta (an adjective, `نادي صيفي`, `نادي أعلى`).
 */
const plainClubName = (core: string): boolean => {
  const first = core.charCodeAt(0)
  const last = core.charCodeAt(core.length - 1)
  return core.length >= 3 && first !== 0x0644 && first !== 0x0628 && first !== 0x0645 && last !== 0x064a && last !== 0x0647
}

/** `نادي` ("the club of"), search form: the club's name follows it in construct. */
const CLUB_NOUN = foldedSet(() => ["نادي"])

/** Whether a word (its `core`, search form) is `نادي` ({@link CLUB_NOUN}). */
const isClubNoun = (core: string): boolean => CLUB_NOUN().has(core)

/**
 * وصلت بعثة نادي [هجر], انضم لنادي [الفتح]: the one word right after `نادي` without the article (a glued `و`, `ف`, `ب`,
 * `ل` or none) is the club's name, an organisation, where the tagger left it untagged and no mention of `found` (this
 * sentence's) overlaps it: a word with no clitic, no function word, title or honorific, of two letters or more (without
 * the article, only one that reads as no adjective or phrase: {@link plainClubName}; with it, none of `clubAdjectives` of name-cues.json ({@link isClubAdjective}),
 * `نادي المفضل`), with no tagged word right after it
 * (a longer name the tagger read, `نادي ريال [مدريد]`) and no feminine noun described by a place's feminine nisba
 * (`نادي العاصمة الإيطالية`, the capital's club). The name alone, as the tagger writes a club after `نادي` (`نادي
 * [الشباب]`). With the readers' spans only (sixtieth session, helper arent4, after the N3 reading's class C3: `هجر`,
 * `الفتح`, `الرائد` are common words too, so the tagger leaves them out).
 */
export const clubsAfterClubNoun = (units: ReadonlyArray<Unit>, tagged: Tagged, found: ReadonlyArray<Mention>): Array<Mention> => {
  const { tags, gaz } = tagged
  const out: Array<Mention> = []
  for (let i = 1; i < units.length; i++) {
    const u = units[i]!
    if (tags[i] !== 0 || u.kind !== "word" || u.proclitic || u.bare.length < 2) continue
    // the head first: `نادي` stands before few words, and the word's own tests (`isFunctionWord` folds its text) cost
    // more than the head's letter and set (sixty-third session, helper perf9: 0.7% of an Arabic run by the profile)
    const h = units[i - 1]!
    // (`نادي` as written: `نادى` is the verb "called", `ونادى صديقه`)
    if (h.kind !== "word" || h.article || tags[i - 1] !== 0 || h.text.charCodeAt(h.text.length - 1) !== 0x064a || !(isClubNoun(h.core) || gluedProclitic(h, isClubNoun) > 0)) continue
    if (isFunctionWord(u) || (gaz[i]! & (TITLE | HONORIFIC)) !== 0) continue
    if (u.article ? isClubAdjective(u.bare) : !plainClubName(u.core)) continue
    if (i + 1 < units.length && tags[i + 1] !== 0) continue
    // (نادي العاصمة الإيطالية: a feminine noun a place's feminine nisba describes, the capital's club, no name)
    const v = units[i + 1]
    if (v !== undefined && u.core.endsWith("\u0647") && isPlaceNisba(v) && v.core.endsWith("\u064a\u0647")) continue
    if (overlapsAny(found, u.nameStart, u.end)) continue
    out.push({ type: "ORGANIZATION", start: u.nameStart, end: u.end, units: [u], role: null, confidence: confidenceOf(tagged.marginals, tags, i, i) })
  }
  return out
}

/** The marks that open and close a paper's name after `لـ` (`لـ«الشرق الأوسط»`, `لـ"سبق"`, `ل“عكاظ”`). */
const OUTLET_OPENS: ReadonlySet<string> = new Set(["\u00ab", '"', "\u201c"])
const OUTLET_CLOSES: ReadonlySet<string> = new Set(["\u00bb", '"', "\u201d"])

/**
 * Whether a person's mention starting at `start` and ending with unit `last` is a speaker's: it opens the sentence (a
 * headline, `أنور مالك لـ"سبق":`) or a verb of the lists stands right before it (`وقال`, `وأوضح`).
 */
const spokeAt = (units: ReadonlyArray<Unit>, last: number, start: number): boolean => {
  let k = last
  while (k > 0 && units[k - 1]!.end > start) k--
  if (k === 0) return true
  const p = units[k - 1]!
  return p.kind === "word" && isListedVerb(p)
}

/** `المدينة` (the paper Al-Madina, also "the city", which the place lists do not hold), search form. */
const OUTLET_PLACE_WORDS = foldedSet(() => ["\u0627\u0644\u0645\u062f\u064a\u0646\u0629"])

/** The most words of a paper's name in marks after `لـ`. */
const MAX_OUTLET_WORDS = 3

/**
 * The unit of the closing mark after one to {@link MAX_OUTLET_WORDS} words with no clitic that follow an opening mark at
 * unit `open` (`"سبق"`, `«أكوا باور»`), or -1: no such words, or a paper named after a place, which stays the place, as
 * linking would join the city's mentions to it (`ل"الرياض"`, `ل"المدينة"`).
 */
const outletWordsEnd = (units: ReadonlyArray<Unit>, tagged: Tagged, open: number): number => {
  const o = units[open]!
  if (o.kind !== "punct" || !OUTLET_OPENS.has(o.text)) return -1
  const a = open + 1
  let e = a
  while (e < units.length && e - a <= MAX_OUTLET_WORDS && units[e]!.kind === "word" && !units[e]!.proclitic) e++
  if (e === a || e - a > MAX_OUTLET_WORDS || e >= units.length || units[e]!.kind !== "punct" || !OUTLET_CLOSES.has(units[e]!.text)) return -1
  if ((tagged.gaz[a]! & (LOC | LOCWORD)) !== 0 || (e === a + 1 && OUTLET_PLACE_WORDS().has(units[a]!.core))) return -1
  return e
}

/**
 * وقال عيد سالم لـ"سبق", وقال ياسين ل"الرياض": the words in marks right after a preposition `لـ` or `ل` written alone
 * are the paper or the channel spoken to, an organisation, where a person's mention of `found` (this sentence's) ends
 * right before the preposition after a verb of the lists or at the sentence's start (the speaker: `قال X لـ"…"`), or they
 * are an outlet of `ar/outlets.json` (`لـ«الوطن»`).
 * The tagger's mentions inside the marks give way (a person, a miscellaneous name); nothing changes where one reaches past
 * them, nor where the name is a place's (`ل"الرياض"`, `ل"المدينة"`: the paper stays a place, as linking would join the
 * city's mentions to it).
 * Returns the sentence's mentions, in text order (session 53).
 */
export const outletsSpokenTo = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, found: Array<Mention>): Array<Mention> => {
  // (the people's mentions by their end, and a pointer into `found`, in text order: one pass over the sentence)
  const people = new Map<number, Mention>()
  for (const m of found) if (m.type === "PERSON") people.set(m.end, m)
  const added: Array<Mention> = []
  let p = 0
  for (let j = 0; j + 3 < units.length; j++) {
    if (!isLonePreposition(units, j) || written(units[j]!.text) !== "\u0644") continue
    const a = j + 2
    const e = outletWordsEnd(units, tagged, j + 1)
    if (e < 0) continue
    const start = units[a]!.start
    const end = units[e - 1]!.end
    const before = j > 0 ? people.get(units[j - 1]!.end) : undefined
    if (before === undefined || !spokeAt(units, j - 1, before.start)) {
      if (sourceNamed(text, start, end)?.kind !== "outlet") continue
    }
    while (p < found.length && found[p]!.end <= start) p++
    let clash = false
    let same = false
    for (let q = p; q < found.length && found[q]!.start < end; q++) {
      const m = found[q]!
      if (m.end <= start) continue
      if (m.start < start || m.end > end || m.type === "LOCATION") clash = true
      else if (m.type === "ORGANIZATION" && m.start === start && m.end === end) same = true
    }
    if (clash || same) continue
    added.push({ type: "ORGANIZATION", start, end, units: units.slice(a, e), role: null, confidence: confidenceOf(tagged.marginals, tagged.tags, a, e - 1) })
    j = e
  }
  return withNamesInMarks(found, added)
}

/**
 * The sentence's mentions `found` with the names in marks `added` (both in text order): the mentions inside one of them
 * give way. Returns `found` itself when nothing was added.
 */
const withNamesInMarks = (found: Array<Mention>, added: ReadonlyArray<Mention>): Array<Mention> => {
  if (added.length === 0) return found
  const out: Array<Mention> = []
  let k = 0
  for (const m of found) {
    while (k < added.length && added[k]!.end <= m.start) k++
    if (k < added.length && added[k]!.start <= m.start && m.end <= added[k]!.end) continue
    out.push(m)
  }
  out.push(...added)
  out.sort((x, y) => x.start - y.start)
  return out
}

/**
 * صحيفة "[الاقتصادية]", لشركة “[أكوا باور]”, قناة «[العربية]»: the words in marks right after a paper's, a channel's or
 * a company's noun (`markedBodyNouns` of name-cues.json, without the article, with a glued conjunction or preposition or
 * none) name the body, an organisation, where the tagger left its first word untagged (fifty-ninth session, N2's class
 * B3): one to {@link MAX_OUTLET_WORDS} words with no clitic between an opening and a closing mark. As with
 * {@link outletsSpokenTo}, the tagger's mentions inside the marks give way; nothing changes where one reaches past them
 * or is a place, nor where the first word is a place of the lists (`صحيفة "الرياض"` stays the city's for linking).
 * Returns the sentence's mentions, in text order.
 */
export const bodiesInMarks = (units: ReadonlyArray<Unit>, tagged: Tagged, found: Array<Mention>): Array<Mention> => {
  const added: Array<Mention> = []
  // (a pointer into `found`, in text order: one pass over the sentence's mentions)
  let p = 0
  for (let j = 0; j + 3 < units.length; j++) {
    const u = units[j]!
    if (u.kind !== "word" || u.article || tagged.tags[j] !== 0 || !headCliticsOnly(u) || !isMarkedBodyNoun(u.core)) continue
    const a = j + 2
    const e = outletWordsEnd(units, tagged, j + 1)
    if (e < 0 || tagged.tags[a] !== 0) continue
    const start = units[a]!.start
    const end = units[e - 1]!.end
    while (p < found.length && found[p]!.end <= start) p++
    let clash = false
    for (let q = p; q < found.length && found[q]!.start < end && !clash; q++) {
      const m = found[q]!
      clash = m.end > start && (m.start < start || m.end > end || m.type === "LOCATION")
    }
    if (clash) continue
    added.push({ type: "ORGANIZATION", start, end, units: units.slice(a, e), role: null, confidence: confidenceOf(tagged.marginals, tagged.tags, a, e - 1) })
    j = e
  }
  return withNamesInMarks(found, added)
}

/**
 * `لبي بي سي` ("to the BBC"), `وسي إن إن`: an organisation of the tagger's lists written in letter names whose first
 * letter name the tokenizer left with a one-letter proclitic on it (`GLUED_LETTERS`; a word of two letters it does not split),
 * so that the tagger saw `لبي` and took the rest for a person (`لبي [بي سي]`) or ran the preposition in. The units
 * become one organisation that leaves the glued letter out (`glued`); the tagger's mentions inside them are dropped,
 * one that runs into them from before keeps its words before them (`[مارتن] لبي بي سي`), and nothing changes where
 * one of its mentions reaches past their end. Returns the sentence's mentions, in text order.
 */
export const gluedOrganizations = (units: ReadonlyArray<Unit>, tagged: Tagged, found: Array<Mention>): Array<Mention> => {
  const trie = gazetteer("ar").tries[CATEGORIES.indexOf("ORG")]!
  let out = found
  for (let j = 0; j + 1 < units.length; j++) {
    const u = units[j]!
    if (u.kind !== "word" || u.proclitic || u.norm.length < 3 || !GLUED_LETTERS.has(u.norm.charCodeAt(0)) || u.text.charCodeAt(0) !== u.norm.charCodeAt(0)) continue
    const rest = u.norm.slice(1)
    if (!trie.startsWith(rest)) continue
    const keys = [rest]
    for (let k = j + 1; k < units.length && keys.length < trie.maxLength; k++) keys.push(unitKey(units[k]!))
    const m = trie.longestAt(keys, 0)
    if (m === null || m.length < 2) continue
    const e = j + m.length - 1
    const joined = withGluedOrganization(units, tagged, out, j, e)
    if (joined === null) continue
    out = joined
    j = e
  }
  return out
}

/**
 * {@link gluedOrganizations}' change for the organisation `units[j, e]` found after its glued letter: the mentions of
 * `found` in text order with it, or null when one of them reaches past its end. (A function of its own: its closures
 * in the loop over units would cost a heap allocation at every unit, see {@link overlapsAny}.)
 */
const withGluedOrganization = (units: ReadonlyArray<Unit>, tagged: Tagged, found: Array<Mention>, j: number, e: number): Array<Mention> | null => {
  const u = units[j]!
  // (past the glued letter and any mark on it, as a span whose head noun carries one starts: see mentionsOf)
  const start = withoutGlued(u, 1).nameStart
  const end = units[e]!.end
  const inside = found.filter((x) => x.start < end && x.end > u.start)
  if (inside.some((x) => x.end > end)) return null
  // ([مارتن لبي بي سي]: a name run into the preposition keeps its words before it)
  const before = inside.filter((x) => x.start < u.start).map((x) => ({ ...x, end: units[j - 1]!.end, units: x.units.filter((v) => v.end <= u.start) }))
  const confidence = inside.length > 0 ? Math.max(...inside.map((x) => x.confidence)) : confidenceOf(tagged.marginals, tagged.tags, j, e)
  const out = found.filter((x) => !inside.includes(x))
  out.push(...before, { type: "ORGANIZATION", start, end, units: units.slice(j, e + 1), role: null, confidence, glued: 1 })
  out.sort((a, b) => a.start - b.start)
  return out
}

/**
 * Whether unit `j` is a word of the lists that is no name: a common noun, function word, verb, word that only ends a
 * name or formula of the lists, or a month written as a date. The checks shared by the rules that join the next word
 * to a name ({@link surnameAfterTitledGivenName}, {@link surnameOfSpeaker}, {@link cuedNameWord}).
 */
const isListedNonName = (units: ReadonlyArray<Unit>, j: number): boolean => {
  const u = units[j]!
  return isCommonNoun(u) || isFunctionWordAfterClitics(u) || isListedVerb(u) || isNotAlone(u.core) || isFormulaWord(u) || isArabicMonth(units, j)
}

/** `عبد`, which opens a given name of two words (`عبد الإله`). */
const ABD = "\u0639\u0628\u062f"

/** `أحد`, `إحدى` (search form): "one of", which opens the apposition after a name (`<name> أحد العسكريين`). */
const ONE_OF = foldedSet(() => ["أحد", "إحدى"])

/**
 * `المستشار [فهمي] صبحة`: a person of one word that is a given name of the lists, right after a definite title or an
 * honorific, whom the tagger took without the family name after it. The next word joins the name when it is an
 * untagged Arabic word with no clitic (a glued `و` opens the next item), no word of the lists but a given name, no
 * common noun, function word, verb of the lists, month or formula, feminine plural (`فعاليات`), imperfect verb
 * (`يرى`, `تؤكد`: a word opening with `ي` or `ت` that is no given name) or word opening with a preposition the
 * tokenizer left on it (`باتجاه`, `لمدة`: `ب` or `ل`, unless a given name). Not after the titles of people who go by
 * one name (`oneNameTitles` of name-cues.json, {@link isOneNameTitle}: royals and saints, `الملك فهد`, `السيدة
 * زينب`, and presidents, `الرئيس هادي`). The given name may be one of two words opening with `عبد` (`المدير [عبد
 * الرحيم] قنديلة`), and a nisba adjective with the article may stand between it and a role that holds a title
 * (`وزير الخارجية الأردني [عبد الإله] الخطيب`, `الكاتب المصري [توفيق] الحكيم`). Since the forty-first session, the
 * role with a title may end right before the name in a word with the article of no list (`مدير المنتخب [عبدالله]
 * المسند`), and then the family name has the article and is no weekday, time word or place nisba.
 */
const surnameAfterTitledGivenName = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, sp: Span): void => {
  if (sp.type !== T_PER || sp.first === 0 || sp.last + 1 >= units.length) return
  // (عبد الإله, عبد الله: a given name of two words, `عبد` and the word after it)
  const compound = sp.last === sp.first + 1 && units[sp.first]!.core === ABD && !units[sp.first + 1]!.proclitic
  if (sp.first !== sp.last && !compound) return
  let title = units[sp.first - 1]!
  let t = sp.first - 1
  let roleOnly = false
  // وزير الخارجية الأردني [عبد الإله] الخطيب, الكاتب المصري [توفيق] الحكيم: a nisba adjective with the article
  // between the title and the name; the role before it must hold a title
  if (tags[t] === 0 && title.article && !title.proclitic && isNisba(title) && (gaz[t]! & (TITLE | HONORIFIC)) === 0) {
    const role = roleBefore(units, gaz, tags, sp.first, "ar")
    if (role === null || !role.titled) return
    t = role.first
    title = units[t]!
    if ((gaz[t]! & TITLE) === 0) return
  } else if ((gaz[t]! & (TITLE | HONORIFIC)) === 0) {
    // مدير المنتخب [عبدالله] المسند, عضو جمعية الطفولة [عبدالعزيز] المشيطي: a role with a title that ends right before
    // the name in a word of no list (forty-first session); the family name then has the article
    if (tags[t] !== 0 || !title.article) return
    const role = roleBefore(units, gaz, tags, sp.first, "ar")
    if (role === null || !role.titled || role.last !== t) return
    t = role.first
    title = units[t]!
    roleOnly = true
  } else if (!(title.article || (gaz[t]! & HONORIFIC) !== 0)) return
  if (isOneNameTitle(title.core)) return
  if (units[sp.first]!.proclitic || (!compound && !isGivenName(units[sp.first]!.core))) return
  const j = sp.last + 1
  const u = units[j]!
  if (tags[j] !== 0 || u.kind !== "word" || u.proclitic || (gaz[j]! & ~PER_ANY) !== 0) return
  if (roleOnly && (!u.article || isWeekdayWord(u.core) || isTimeWord(u.core) || isPlaceNisba(u))) return
  // فعاليات, المبالغات: a feminine plural is no family name
  if (u.core.endsWith("\u0627\u062a")) return
  const c = u.core.charCodeAt(0)
  if (!isArabicLetter(c) || u.core.length < 3) return
  if (isListedNonName(units, j)) return
  // (الشيخ [عبد الله] أحد العسكريين: "one of", before the plural of a group)
  if (ONE_OF().has(u.core)) return
  if ((c === 0x064a || c === 0x062a) && !isGivenName(u.core)) return
  // باتجاه, بدعم, لمدة: a preposition the tokenizer left on an unknown word
  if ((c === 0x0628 || c === 0x0644) && !isGivenName(u.core)) return
  sp.last = j
}

/** `في`, `إن`, `أن`, `ان` as written: words that end a speaker's name after a verb of speech (`قال <name> في "<paper>"`, `يقول <name> إن`). */
const SPEAKER_NAME_ENDS: ReadonlySet<string> = new Set(["\u0641\u064a", "\u0625\u0646", "\u0623\u0646", "\u0627\u0646"])

/** `،`, `,`, `:` : marks that end a speaker's name after a verb of speech (`يقول <name>، وهو`). */
const SPEAKER_NAME_MARKS: ReadonlySet<string> = new Set(["\u060c", ",", ":"])

/**
 * `يقول [فين] ويبر، وهو`, `قال [محمود] معروف في "<paper>" إن`, `يقول [أسامة الغزالي] حرب في`: the subject of a verb of
 * speech of the lists (`gazetteers/not-name-words.json`), a person the tagger took without the family name after it.
 * The next word joins the name when the subject ends right after it (a comma or a colon, `في`, `إن`, `أن`, or the
 * sentence's end), and:
 * - the person is a given name of the lists (or one of two words opening with `عبد`), or a given name and one more
 *   word, and then the next word has no article, does not open with `م` and does not end with `ة` (`كاترين ديملر
 *   الباحثة في`, `عادل المهيزعي مسؤول في`, `فاطمة القحطاني ناشطة`: a noun in apposition after a full name);
 * - or the person is one word of no list (a foreign first name) and the next word a foreign name opening with `وي`,
 *   `وا` or `وو`, its own `و` (Weber, Wilson, Wood);
 * - and the word is an untagged Arabic word of no list but the given names, no common noun, noun of a person of the
 *   lists, function word or preposition (`إلي`: `إلى` written with `ي`), verb of the lists, month, formula, time
 *   word, feminine plural, accusative adverb (`مبتسما`, `مجددا`: a word ending in alef), word with a pronoun suffix
 *   (`أنهم`), imperfect verb or word opening with a preposition (as in {@link surnameAfterTitledGivenName}); after a
 *   given name alone, a word with the article may end with alef (`وقال صالح الملا :`).
 */
const surnameOfSpeaker = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, sp: Span): void => {
  if (sp.type !== T_PER || sp.first === 0 || sp.last - sp.first > 1) return
  const v = units[sp.first - 1]!
  if (v.kind !== "word" || tags[sp.first - 1] !== 0 || !isListedVerb(v)) return
  const j = sp.last + 1
  if (j >= units.length) return
  const u = units[j]!
  if (tags[j] !== 0 || u.kind !== "word" || (gaz[j]! & ~PER_ANY) !== 0) return
  // the subject ends right after the word
  const e = units[j + 1]
  if (e !== undefined && !(e.kind === "punct" ? SPEAKER_NAME_MARKS.has(e.text) : !e.proclitic && SPEAKER_NAME_ENDS.has(written(e.text)))) return
  const head = units[sp.first]!
  if (head.kind !== "word" || head.proclitic) return
  const compound = sp.last === sp.first + 1 && head.core === ABD && !units[sp.last]!.proclitic
  const w = written(u.text)
  if (u.proclitic) {
    // (ويبر, ويلسون: the name's own `و`, after a foreign first name)
    const second = w.charCodeAt(1)
    if (w.charCodeAt(0) !== 0x0648 || !(second === 0x064a || second === 0x0627 || second === 0x0648)) return
    if (sp.first !== sp.last || isGivenName(head.core) || (gaz[sp.first]! & ~PER_ANY) !== 0) return
  } else {
    if (!compound && !isGivenName(head.core) && (gaz[sp.first]! & PER_B) === 0) return
    // (كاترين ديملر الباحثة: a noun in apposition after a full name)
    if (sp.last > sp.first && !compound && (u.article || w.charCodeAt(0) === 0x0645 || w.endsWith("\u0629"))) return
  }
  // (قال صالح الملا :, after a given name alone: a family name with the article that ends with alef)
  if (!couldBeSurname(units, j, false, false, sp.first === sp.last && !compound)) return
  sp.last = j
}

/**
 * `قال [عدنان] مفتي القيادي في …`: a given name of the lists alone, the subject of a verb of the lists (`قال`, `التقى`), then
 * an untagged title's word with no article or clitic (`مفتي`, `أمين`) and a relational adjective of a person's role of
 * `nisbaAdjectives` with the article (`القيادي`, `السياسي`): an adjective with the article takes no indefinite title in
 * construct, so the word is the family name and joins the person (sixty-first session, helper arquote17, after the A119
 * reading: the speaker was `عدنان`, the role `مفتي القيادي`). `وقال أحمد مستشار الأمير` (no adjective) stays.
 */
const titleSurnameBeforeNisba = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, sp: Span): void => {
  if (sp.type !== T_PER || sp.first === 0 || sp.last !== sp.first || sp.last + 2 >= units.length) return
  const v = units[sp.first - 1]!
  if (v.kind !== "word" || tags[sp.first - 1] !== 0 || !isListedVerb(v)) return
  const head = units[sp.first]!
  if (head.kind !== "word" || head.proclitic || !isGivenName(head.core)) return
  const j = sp.last + 1
  const u = units[j]!
  if (tags[j] !== 0 || u.kind !== "word" || u.article || u.proclitic || (gaz[j]! & TITLE) === 0) return
  const n = units[j + 1]!
  if (n.kind !== "word" || !n.article || n.proclitic || !isNisbaAdjective(n.core)) return
  sp.last = j
}

/** Dashes and hyphens that join the parts of an East-Asian given name (`جاي-إن`, `يونغ –نام`). */
const NAME_DASHES: ReadonlySet<string> = new Set(["-", "\u2010", "\u2011", "\u2013", "\u2014"])

/** `إن`, `ان` as written: the syllable `-in` of a dashed Korean given name (`مون جاي -إن`), a particle too. */
const DASHED_SYLLABLES: ReadonlySet<string> = new Set(["\u0625\u0646", "\u0627\u0646"])

/** The most letters of the part of a dashed East-Asian given name after the dash (`نام`, `هي`, `تشول`, `تشيون`). */
const MAX_DASHED_PART = 5

/**
 * `[كيم يونغ] –نام`, `[لي كون]- هي`, `[روه جاي]- تشيون`: a person's name of two Arabic words that opens with an
 * East-Asian family name of the list (`eastAsianSurnames`, gazetteers/name-cues.json), cut by the tagger at a dash with
 * a space on one side only, takes the dash and the word after it, the second half of a given name written with a
 * hyphen (glued on both sides, `جاي-إن` is one unit already). The word is an untagged Arabic word of at most
 * {@link MAX_DASHED_PART} letters, no clitic (`-وهو`: a clause in dashes) but a two-letter word (`وا`), no article,
 * common noun, formula (`-رحمه`), verb, month or function word of the lists (but `هي`, `هو`, `إن`, syllables of such
 * names); and no dash glued to it after it closes a phrase in dashes (`-رئيس-`).
 */
const dashedGivenName = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, sp: Span): void => {
  if (sp.type !== T_PER || sp.last !== sp.first + 1) return
  const d = sp.last + 1
  const j = d + 1
  if (j >= units.length) return
  const a = units[sp.first]!
  const b = units[sp.last]!
  const dash = units[d]!
  const u = units[j]!
  if (a.kind !== "word" || b.kind !== "word" || b.proclitic || !isEastAsianSurname(a.core)) return
  if (dash.kind !== "punct" || !NAME_DASHES.has(dash.text) || tags[d] !== 0 || tags[j] !== 0) return
  // (glued to one side at least: `يونغ - نام` with spaces on both sides is a dash between two phrases)
  if (dash.start !== b.end && u.start !== dash.end) return
  const w = written(u.text)
  if (u.kind !== "word" || !isArabicLetter(w.charCodeAt(0)) || w.length > MAX_DASHED_PART || u.article || (u.proclitic && w.length > 2)) return
  // (`هي`, `هو` of `لي كون- هي`, `ري يونغ -هو`: the function words that write a syllable of a Chinese or Korean name)
  if (isFormulaWord(u) || isCommonNoun(u) || isListedVerb(u) || isNotAlone(u.core) || isArabicMonth(units, j) || (gaz[j]! & ~PER_ANY) !== 0) return
  if (isFunctionWordAfterClitics(u) && !SURNAME_FUNCTION.has(w) && !DASHED_SYLLABLES.has(w)) return
  const next = units[j + 1]
  if (next !== undefined && next.kind === "punct" && NAME_DASHES.has(next.text) && next.start === u.end) return
  sp.last = j
}

/** The most words of a name in apposition between two commas ({@link appositionName}). */
const MAX_APPOSITION_WORDS = 4

/**
 * Whether unit `j` may be an untagged part of a name in apposition: an Arabic word with no clitic, article or list but
 * the given names, that may be a name's part; `before` the tagged part (a first name), no imperfect verb either
 * (`يتضمن`: a word opening with `ي` or `ت`) nor a word ending with `ة` (`معاهدة`) but a given name of the lists.
 */
const isAppositionPart = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, j: number, before: boolean): boolean => {
  const u = units[j]!
  if (tags[j] !== 0 || u.kind !== "word" || u.proclitic || u.article || (gaz[j]! & ~PER_ANY) !== 0 || isTitleNoun(u.core)) return false
  if (before && u.text.endsWith("\u0629") && !isGivenName(u.core)) return false
  if (before && isBarePastVerbShape(written(u.text)) && !isGivenName(u.core)) return false
  return couldBeSurname(units, j, !before)
}

/** Letters that write a long vowel or a hamza's seat (`ا`, `أ`, `إ`, `آ`, `و`, `ي`, `ى`) and `ة`. */
const VOWEL_SEATS: ReadonlySet<number> = new Set([0x0627, 0x0623, 0x0625, 0x0622, 0x0648, 0x064a, 0x0649, 0x0629])

/**
 * `، [رفض ستيفان دوجريك]،`: whether a written word has the shape of a past verb of the first form: three Arabic
 * letters, none a long vowel, a hamza's seat or `ة` (`رفض`, `طلب`, `نفى` is not). Foreign given names are written
 * with their vowels (`نيد`, `إيدي`, `جانين`); the Arabic names of this shape (`حسن`, `سعد`, `عمر`) are on the lists of
 * given names, which the caller checks. (Not the fourth form, `أ` and three such letters: `أكبر`, `أسعد` are given
 * names as often, and not all on the lists.)
 */
const isBarePastVerbShape = (w: string): boolean => {
  if (w.length !== 3) return false
  for (let i = 0; i < 3; i++) if (VOWEL_SEATS.has(w.charCodeAt(i)) || !isArabicLetter(w.charCodeAt(i))) return false
  return true
}

/**
 * `وقال مدير الهيئة، كينيث [روث]، إن`, `أعلن الوزير، [سامي] حداد، أن`: a person the tagger took in part, between a comma
 * after a title phrase (a role with a title: `roleBefore`) and the comma right after the name, is the whole
 * apposition: up to two untagged words before it and two after it, each an Arabic word with no clitic (`[ونجله] أحمد`),
 * article (`المحاسب`), word of the lists but the given names, noun of an office (`titleNouns`: `قائد`, `أمين`) or word
 * that may be no name's part (`couldBeSurname`: no function word, verb, common noun, feminine plural, pronoun suffix;
 * before the tagged part no imperfect verb or word ending with `ة` either: `يتضمن`, `معاهدة`), at most
 * {@link MAX_APPOSITION_WORDS} words in all, no other mention among them (`spans[q - 1]`, `spans[q + 1]`).
 */
const appositionName = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, spans: ReadonlyArray<Span>, q: number): void => {
  const sp = spans[q]!
  if (sp.type !== T_PER) return
  let a = sp.first
  let b = sp.last
  while (a > 0 && sp.first - a < 2 && isAppositionPart(units, gaz, tags, a - 1, true)) a--
  while (b + 1 < units.length && b - sp.last < 2 && isAppositionPart(units, gaz, tags, b + 1, false)) b++
  // (a proclitic glued to the tagged part's first word, left out of its span, would be another word's letters then)
  if ((a === sp.first && b === sp.last) || b - a + 1 > MAX_APPOSITION_WORDS || (a < sp.first && sp.glued !== 0)) return
  if (a < 2 || !isComma(units[a - 1]!) || b + 1 >= units.length || !isComma(units[b + 1]!)) return
  if ((q > 0 && spans[q - 1]!.last >= a) || (q + 1 < spans.length && spans[q + 1]!.first <= b)) return
  const role = roleBefore(units, gaz, tags, a, "ar")
  if (role === null || !role.titled) return
  sp.first = a
  sp.last = b
}

/**
 * Whether the word `units[j]` may be a family name after a person's given name, by its letters and the lists: an
 * Arabic word of three letters or more that is no feminine plural, accusative adverb (`مبتسما`, `مجددا`: a word
 * ending in alef, or with tanween), preposition (`إلي`: `إلى` written with `ي`), common noun, noun of a person of the
 * lists, function word, verb of the lists, month, formula, time word, weekday or `أحد`, word with a pronoun suffix
 * (`أنهم`) or, unless a given name, word opening with a preposition the tokenizer left on it (`باتجاه`, `برقية`) or,
 * unless also `tagged` (a word the tagger took for a name elsewhere in the document: `ياداف`), imperfect verb (`يرى`);
 * neither of these two when `named` (the same word is a person's, or part of one, elsewhere in the document: `فان بيرغ`).
 * With `definiteAlef`, a word with the article and no clitic may end with alef (`الملا`, `البنا`: no accusative
 * adverb takes the article; the speaker's family name, {@link surnameOfSpeaker}).
 * (A glued `و` is the caller's to read: {@link surnameOfSpeaker} admits a foreign name's own.)
 */
export const couldBeSurname = (units: ReadonlyArray<Unit>, j: number, tagged = false, named = false, definiteAlef = false): boolean => {
  const u = units[j]!
  const w = written(u.text)
  if (w.endsWith("\u0627\u062a") || (w.endsWith("\u0627") && !(definiteAlef && u.article && !u.proclitic)) || w.endsWith("\u064b")) return false
  const c = w.charCodeAt(0)
  if (!isArabicLetter(c) || u.core.length < 3) return false
  // (إلي, حتي: a preposition written with `ي` for its final `ى`)
  if (isPrepositionOpeningNoName(u)) return false
  if (isListedNonName(units, j) || isPersonNoun(u.bare) || isTimeWord(u.core) || isWeekdayWord(u.core) || ONE_OF().has(u.core)) return false
  // (أنهم, حينها: written with `ه`, not the `ة` that search forms fold to it)
  if (/(?:ه|هم|هما|هن|كم)$/.test(w) && !isGivenName(u.core)) return false
  if (u.proclitic || isGivenName(u.core) || named) return true
  return tagged ? !(c === 0x0628 || c === 0x0644) : !(c === 0x064a || c === 0x062a || c === 0x0628 || c === 0x0644)
}

/**
 * Whether `b`, a one-word person found again (a name the document writes elsewhere, here untagged), is the family name
 * of the person `prev` right before it, with spaces only between them (the caller's to check: `joinSplitNames` in
 * link.ts): `أعرب [شايلش] [ياداف] عن …`, `[خالد محفوظ] [بحاح]`. Not the last word of `prev` again (`ولي ولي`); a word that
 * may be a family name ({@link couldBeSurname}); not after a one-word person with the article (a title or a nisba the
 * tagger took for a person: `المايسترو`, `الشريف`), nor a noun of an office that is a given name too (`titleNouns` in
 * gazetteers/name-cues.json: `محمد أبو الفضل بدران [أمين] عام المجلس`) but after `بن`, `ابن`, `بنت` (`عبدالرحمن بن
 * [مساعد]`: a father's name). Arabic.
 */
export const isFoundSurnameOf = (prev: Mention, b: Mention): boolean => {
  if (prev.type !== "PERSON" || b.type !== "PERSON" || b.again !== true || b.units.length !== 1) return false
  const u = b.units[0]!
  const last = prev.units[prev.units.length - 1]!
  if (u.kind !== "word" || last.core === u.core) return false
  if (prev.units.length === 1 && prev.units[0]!.article) return false
  if (isTitleNoun(u.core) && !NASAB().has(last.core)) return false
  return couldBeSurname(b.units, 0, true)
}

/**
 * `[<given> <father>] العنزي`, `[<given> بن <father>] الحارثي`: a tribe's nisba of the list (`gazetteers/name-cues.json`),
 * untagged and with no clitic (a glued `و` opens the next item), right after a person's name, is the name's last part.
 */
const tribeNisbaAfter = (units: ReadonlyArray<Unit>, tags: Int8Array, sp: Span): void => {
  const j = sp.last + 1
  if (sp.type !== T_PER || j >= units.length || tags[j] !== 0) return
  const u = units[j]!
  if (u.kind === "word" && !u.proclitic && isTribeNisba(u.core)) sp.last = j
}

/** Whether unit `i` of a person's span ends a given name of two words (`عبد الحكيم`, `هبة الله`, `سيف الدين`). */
export const endsCompoundGivenName = (units: ReadonlyArray<Unit>, first: number, i: number): boolean => {
  if (i <= first) return false
  const u = units[i]!
  const v = units[i - 1]!
  if (v.kind !== "word" || u.kind !== "word" || u.proclitic) return false
  return v.core === ABD || (GOD().has(u.core) && isGodNameFirst(v.core)) || (RELIGION().has(u.core) && isReligionNameFirst(v.core))
}

/**
 * [رائد عبد الحسين] السوداني, [زياد بن عبدالمحسن] البازعي, [نايف فهد] المرشدي: a person's name of two words or more that
 * has no family name yet (its last word has no article, or ends a given name of two words: `عبد الحكيم`) takes an
 * untagged nisba with the article right after it (`ال` + three letters or more + `ي`, no clitic) as its family name.
 * The `ي` must be written so (`الأولى`, `الذكرى` fold to it), and a verbal noun of four letters opening with `ت` (`التصدي`)
 * is none. Not a nisba of a place of the lists (`البرازيلي`, `السوداني`: `عمر البشير السوداني`, `ريفر بلايت الأرجنتيني`)
 * but after an Arab name of given names ({@link isArabGivenNames}), a title or any word of the lists (`القاضي`, `المفتي`), a relational
 * adjective or a noun of a profession (`nisbaAdjectives` of name-cues.json: `القيادي`, `السياسي`, `الفني`), a common
 * noun, or a word that only ends a name (`الثاني`).
 */
const familyNisbaAfter = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, sp: Span): void => {
  const j = sp.last + 1
  if (sp.type !== T_PER || sp.last === sp.first || j >= units.length || tags[j] !== 0) return
  const last = units[sp.last]!
  if (last.kind !== "word" || (last.article && !endsCompoundGivenName(units, sp.first, sp.last))) return
  const u = units[j]!
  if (u.kind !== "word" || u.proclitic || !u.article || u.bare.length < 4) return
  // (the `ي` as written: `الأولى`, `الأعلى`, `الذكرى` fold to it; and not a verbal noun `تفعّي` of a defective verb, `التصدي`)
  const w = written(u.text)
  if (w.charCodeAt(w.length - 1) !== YA || isNisbaAdjective(u.core) || isCommonNoun(u) || isNameEnding(u.core)) return
  // (a nisba of a place, a nationality of the lists: the family name only after an Arab name of given names, see
  // below; `التركي` is no verbal noun)
  const listed = gaz[j] !== 0 || isPlaceNisba(u)
  const place = listed && (gaz[j]! & ~MISC) === 0
  if (listed ? !(place && isArabGivenNames(units, sp.first, sp.last)) : u.bare.length === 4 && u.bare.charCodeAt(0) === 0x062a) return
  sp.last = j
}

/**
 * `بن`, `ابن` (search form), of a name's chain of fathers: {@link NASAB} without `بنت`, as the rule was written and
 * measured on men's chains (`سعد بن رحيل السويدي`).
 */
const NASAB_SEARCH = foldedSet(() => ["بن", "ابن"])

/**
 * [سعد بن رحيل] السويدي, [عبدالله بن عبدالمحسن] التركي, [رائد عبد الحسين] السوداني, [جمال الدين] الأفغاني (thirty-fourth
 * session): whether the person's name of units `first`..`last` is an Arab name of given names, whose nisba after it is
 * the family's even when it is a place's (`التركي`, `اليمني`, `السويدي` are families of the Gulf): a chain of fathers
 * (`بن` between two names) or a last name that is a compound given name (`عبد الحسين`, `عبدالكريم` written as one word,
 * `جمال الدين`). Not a foreign name (`ماركو روبيو الكوبي`, a club the tagger took for a person: `ريفر بلايت
 * الأرجنتيني`), nor a name that ends with a family name already (`عمر البشير السوداني`: the last word has the article).
 */
const isArabGivenNames = (units: ReadonlyArray<Unit>, first: number, last: number): boolean => {
  for (let k = first + 1; k < last; k++) if (units[k]!.kind === "word" && NASAB_SEARCH().has(units[k]!.core)) return true
  const l = units[last]!
  if (l.kind !== "word") return false
  if (endsCompoundGivenName(units, first, last)) return true
  // (عبدالكريم, عبدالرحمن: `عبد` and an attribute written as one word)
  return !l.article && !l.proclitic && l.core.length >= 6 && l.core.startsWith(ABD)
}

/** `عشر`, `عشرة` (search form), which makes an ordinal of the teens (`السادس عشر`). */
const AR_TEEN = foldedSet(() => ["عشر", "عشرة"])

/**
 * Whether unit `i` is a title of a monarch or pope (`regnalTitles` of name-cues.json, {@link isRegnalTitleWord}; their
 * indefinite forms after the number, `ملك قشتالة`, are `regnalNouns`, and the ordinals `regnalOrdinals` and
 * `regnalOrdinalsFeminine`: moved there unchanged in session 63 by helper tidy7).
 */
const isRegnalTitle = (units: ReadonlyArray<Unit>, i: number): boolean => i >= 0 && units[i]!.kind === "word" && isRegnalTitleWord(units[i]!.core)

/**
 * [دونالد ترامب] الابن, [بوش] الأب, [باراك أوباما] الأب: a generational word (`generational` of name-cues.json) right
 * after a person's name, untagged and without a clitic, ends the name (linking keeps a son apart from his father by it:
 * link.ts); not before a word with the article and no clitic or a word opening with `ل` (`[جيب بوش] الابن الأصغر
 * للرئيس`, `الأب الروحي`, `الأب لثلاثة أطفال`: the noun "son", "father"), but for `ل` glued to a name the tagger
 * found (`وقال [ترامب] الابن لفوكس نيوز`: "told Fox News") or to a news outlet's noun (`addressedOutlets`: `وقال [ترامب]
 * الإبن لمحطة فوكس نيوز`; forty-first session).
 */
const generationalAfter = (units: ReadonlyArray<Unit>, tags: Int8Array, sp: Span): void => {
  if (sp.type === T_PER) sp.last = generationalEnd(units, tags, sp.last)
}

/**
 * The last unit of an Arabic person's name ending at `last` with the generational word after it ({@link
 * generationalAfter}), or `last`; also read for a name found again (`وكان [ترامب] الابن قد أكد`, extract.ts).
 */
export const generationalEnd = (units: ReadonlyArray<Unit>, tags: Int8Array, last: number): number => {
  const j = last + 1
  const u = units[j]
  if (u === undefined || tags[j] !== 0 || u.kind !== "word" || u.proclitic || !isGenerational(u.core)) return last
  if (isGenerational(units[last]!.core)) return last
  const v = units[j + 1]
  if (v !== undefined && v.kind === "word" && ((v.article && !v.proclitic) || (v.norm.charCodeAt(0) === LAM && !isGluedName(tags, j + 1) && !isAddressedOutlet(searchKey(v.norm.slice(1)))))) return last
  return j
}

/** `ل`, the preposition glued to a word. */
const LAM = 0x0644

/**
 * Whether unit `k` opens a name the tagger found (`وقال [ترامب] الابن لـ[فوكس نيوز]`, `لرويترز`; of whatever type it
 * gave: `لفوكس` is a person's first word to it): `ل` glued to it is "to" the body a person spoke to, not "of" a family
 * (`الأب لثلاثة أطفال`: untagged).
 */
const isGluedName = (tags: Int8Array, k: number): boolean => tagPosition(tags[k]!) === 1

/**
 * `الملك [<name>] الثاني`, `البابا [<name> السادس] عشر`: a monarch's or pope's number after a person's name of one or
 * two words: an untagged ordinal with the article (with `عشر` after it for the teens), when a title of a monarch or
 * pope stands right before the name (`للملك`, `جلالة الملك`) or the same title without the article right after the
 * number (`<name> الثالث ملك <place>`). Feminine ordinals after a queen's title only. Without the title, an ordinal
 * after a name is rather a rank (`حل <name> الثاني`, a race's runner-up).
 */
const regnalNumber = (units: ReadonlyArray<Unit>, tags: Int8Array, sp: Span): void => {
  const n = units.length
  if (sp.type !== T_PER || sp.last + 1 >= n) return
  // (the title before the name, or the name's first word when the tagger took it in)
  const first = sp.first < sp.last && isRegnalTitle(units, sp.first) ? sp.first + 1 : sp.first
  const titleBefore = isRegnalTitle(units, first - 1) ? units[first - 1]!.core : null
  if (sp.last - first > 2) return
  let j = sp.last
  const lastU = units[j]!
  // (the tagger took the ordinal, not the `عشر` after it)
  const took = sp.last > first && lastU.kind === "word" && !lastU.proclitic && (isRegnalOrdinal(lastU.core) || isRegnalOrdinalFeminine(lastU.core))
  if (!took) {
    if (sp.last - first > 1) return
    const u = units[j + 1]!
    if (tags[j + 1] !== 0 || u.kind !== "word" || u.proclitic) return
    const feminine = isRegnalOrdinalFeminine(u.core)
    if (!isRegnalOrdinal(u.core) && !feminine) return
    if (feminine && titleBefore !== null && !titleBefore.endsWith("\u0647")) return
    j++
  }
  let k = j
  const teen = units[k + 1]
  if (teen !== undefined && tags[k + 1] === 0 && teen.kind === "word" && !teen.proclitic && AR_TEEN().has(teen.core)) k++
  if (took && k === j) return
  if (titleBefore === null) {
    const after = units[k + 1]
    if (after === undefined || after.kind !== "word" || after.proclitic || !isRegnalNoun(after.core)) return
    if (isRegnalOrdinalFeminine(units[j]!.core) && !after.core.endsWith("\u0647")) return
  } else if (isRegnalOrdinalFeminine(units[j]!.core) && !titleBefore.endsWith("\u0647")) return
  sp.last = k
}

/** The verbs and participle that introduce a person's name, as written after the clitics: "called", "the so-called". */
const NAMING_CUES: ReadonlySet<string> = new Set(["يدعى", "تدعى", "المدعو", "المدعوة"])
const NAMING_CUES_FOLDED = foldedSet(() => [...NAMING_CUES])

/** Adverbs of place and time (search form) that end a name after a naming cue (`يدعى <name> قرب <place>`). */
const CUE_STOPS = foldedSet(() => [
  "قرب", "وسط", "شمال", "جنوب", "شرق", "غرب", "يوم", "عام", "أمس", "مساء", "ليلة", "منذ", "عقب", "إثر", "أثناء",
  "حين", "بعد", "قبل", "خلال", "عند", "نحو", "حول", "أمام", "داخل", "خارج", "فوق", "تحت", "بين", "ضد", "لدى", "مع"
])

/** Quotation marks and brackets that may hold the name after a naming cue. */
/**
 * وطالب [بارزاني] …, من جهته، [طالب مسعود البارزاني] …, لاباز: «X» [طالب البوليفي] كارلوس …, تمطر، [طلب جوينج] من …: a past
 * verb that is a given name too (`clauseVerbs` of not-name-words.json: `طالب` "demanded", `طلب` "asked") where a clause
 * opens (glued to `و` or `ف`, the sentence's first word, or right after a punctuation mark other than an opening one) is
 * the verb whose subject follows, no word of that name (fifty-eighth session, helper arnames, after the A113 reading:
 * the verb in `طالب بارزاني` took three quotes of `مسعود بارزاني`). After a word (`الشيخ طلب الجميلي`, `المطلوب طالب آل
 * طالب`), a preposition (`بطالب`) or an opening mark it stays the given name.
 */
export const clauseVerbAt = (units: ReadonlyArray<Unit>, k: number): boolean => {
  const u = units[k]!
  if (!isClauseVerb(u)) return false
  if (u.proclitic) return u.norm.charCodeAt(0) === 0x0648 || u.norm.charCodeAt(0) === 0x0641
  if (k === 0) return true
  const p = units[k - 1]!
  return p.kind === "punct" && !isOpeningMark(p)
}

/** The adjectives that end a charity's or a holding company's name, search form: "charitable", "holding". */
const BODY_ADJECTIVES = foldedSet(() => ["الخيرية", "الخيري", "القابضة"])

/**
 * الناطق الرسمي ل[عمار الخيرية], مؤسسة «[عمار الخيرية]», جمعية "[الرحمن الخيرية]": a person's or a MISC name of two
 * words or more whose last word is the adjective of a charity or a holding company (`الخيرية`, `الخيري`, `القابضة`) is
 * a body's name, an organisation (fifty-ninth session, helper arent3): no person's name ends with one, and the Arabic
 * model reads a given name of the lists that opens it (`عمار`) as a person's.
 */
export const bodiesByAdjective = (own: ReadonlyArray<Mention>): Array<Mention> =>
  own.map((m) =>
    (m.type === "PERSON" || m.type === "MISC") && m.units.length >= 2 && BODY_ADJECTIVES().has(m.units[m.units.length - 1]!.core) ? { ...m, type: "ORGANIZATION", role: null } : m
  )

/** The pronouns of the one who speaks or is spoken of, and `إن` or `أن` with one, search form, before a predicate. */
const SUBJECT_PRONOUNS = foldedSet(() => ["أنا", "نحن", "هو", "هي", "إنني", "أنني", "إني", "أني", "إنه", "أنه", "إنها", "أنها", "إننا", "أننا"])

/**
 * فأنا [سعيد بذلك], فإنني [سعيد بوجودكم], X: [سعيد بتجربتي] في …: an adjective that is a given name too
 * (`adjectiveNames`: `سعيد` "happy", `سليم`, `كريم`), without the article or a clitic, and a word glued to `ب` (its
 * complement, "happy with / to") that the Arabic model read as a two-word person are the predicate, no name (fifty-ninth
 * session, helper arent3): after a pronoun of the subject (`أنا`, `إنني`, `أنه`), or right after a colon (a speaker's
 * headline) where the second word is a verbal noun of the forms with `ت` (`بتجربتي`, `بتفاعل`), or after a quote's
 * opening mark within three words of a verb of saying (`وقال X "سعيد بانضمامي`, `وقال الحارس X "…`), the second word no given name of
 * the lists (`: سعيد بكر` stays). Not a family name after `بن` or `بنت`, nor after a word or in marks (`وسعيد بايونس`,
 * `الشيخ سعيد بخيت`, `«نبيل بهوي»` stay).
 */
export const adjectivesWithBa = (units: ReadonlyArray<Unit>, own: ReadonlyArray<Mention>): Array<Mention> => {
  const out: Array<Mention> = []
  let k = 0
  for (const m of own) {
    out.push(m)
    if (m.type !== "PERSON" || m.units.length !== 2) continue
    const [a, b] = m.units as [Unit, Unit]
    if (a.article || a.proclitic || !isAdjectiveName(a.norm) || b.text.charCodeAt(0) !== 0x0628 || b.norm === "بن" || b.norm === "بنت") continue
    while (k < units.length && units[k]!.start < a.start) k++
    if (k === 0 || k >= units.length || units[k]!.start !== a.start) continue
    const p = units[k - 1]!
    // (after a colon, a verbal noun of the forms with `ت` only: `بتجربتي`, `بتفاعل`; `: سعيد بكر` stays; a quote's
    // opening mark within three words of a verb of saying: `وقال X "سعيد بانضمامي`, not `الموهبة «نبيل بهوي»`)
    let said = false
    for (let j = k - 2; j >= Math.max(0, k - 4) && !said && isOpeningMark(p); j--) said = isListedVerb(units[j]!)
    const predicate = p.kind === "word" ? SUBJECT_PRONOUNS().has(p.core) : (said || (p.text === ":" && b.norm.length >= 5 && b.norm.charCodeAt(1) === 0x062a)) && !isGivenName(b.norm)
    if (predicate) out.pop()
  }
  return out
}

/** A word glued to `ب` (`بوقف`, `بضرورة`): after `طالب` ("demanded"), its object, no name ({@link clauseVerbAt}). */
const isBaObject = (u: Unit): boolean => u.kind === "word" && u.proclitic && u.norm.charCodeAt(0) === 0x0628

const isOpeningMark = (u: Unit): boolean => u.kind === "punct" && (u.text === "«" || u.text === '"' || u.text === "“" || u.text === "(")

/**
 * Whether a word may go on a name after a naming cue: an Arabic word with no clitic, no common noun, function word,
 * listed verb, month, adverb of place or time, feminine plural or imperfect verb (`يوم`, `أن`, `تمرد`), and no word
 * with the article but a nisba (`الأنصاري`), which ends the name.
 */
const cuedNameWord = (units: ReadonlyArray<Unit>, gaz: Uint16Array, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || u.proclitic || !isArabicLetter(u.core.charCodeAt(0)) || u.core.length < 2) return false
  if (isListedNonName(units, i) || CUE_STOPS().has(u.core)) return false
  if (u.article) return isNisba(u) && u.core.charCodeAt(u.core.length - 1) === 0x064a && (gaz[i]! & ~PER_ANY) === 0
  if (isGivenName(u.core)) return true
  if ((gaz[i]! & ~PER_ANY) !== 0 || headOf(u) !== null) return false
  const c = u.core.charCodeAt(0)
  return !u.core.endsWith("\u0627\u062a") && c !== 0x064a && c !== 0x062a
}

/**
 * Where the next `دعى` or `مدعو` (the letters every naming cue holds, a vowel mark allowed after `ع`) stands in the
 * document `cueText`, at or after `cueFrom` (−1: none): one search serves the sentences of a document in text order,
 * so a document is read once.
 */
let cueText = ""
let cueFrom = 0
let cueNext = -1

/** Whether the document's text from `start` to `end` (one sentence) holds `دعى` or `مدعو`. */
const cueIn = (text: string, start: number, end: number): boolean => {
  if (text !== cueText || start < cueFrom || (cueNext >= 0 && cueNext < start)) {
    cueText = text
    cueFrom = start
    let p = text.indexOf("\u062f\u0639", start)
    // (دعم, دعا, يدعو: other letters around `دع`)
    while (p >= 0 && !isCueAt(text, p)) p = text.indexOf("\u062f\u0639", p + 2)
    cueNext = p
  }
  return cueNext >= 0 && cueNext < end
}

/** Whether the `دع` at `p` may be a naming cue's: `دعى` (a vowel mark between allowed) or `مدعو`. */
const isCueAt = (text: string, p: number): boolean => {
  let c = text.charCodeAt(p + 2)
  if (c >= 0x064b && c <= 0x0652) c = text.charCodeAt(p + 3)
  return c === 0x0649 || (c === 0x0648 && text.charCodeAt(p - 1) === 0x0645)
}

/** `بقلم` (by the pen of), search form. */
let pen: string | undefined
const PEN = (): string => (pen ??= searchKey("بقلم"))

/**
 * Letters of a proclitic the tokenizer left glued to the first word of a person's name it did not know (0: none),
 * to be left out of the span as `بسوريا` gives `سوريا`:
 * - the clitic before a hamza on alef as written (`لآنا ديفيس`, `لأدريان رابيو`, `فإنجيليس`, `كأرسطو`): no
 *   Arabic or foreign name opens with `لأ`, `بإ` or `وآ`, the hamza opens the name;
 * - `ل` after a word of `writingNouns` or `gluedNameCues` in name-cues.json (`مقالا [لفيرنون بوغدنور]`, `خلفا [لسيب
 *   بلاتر]`), on a word the lists do not know as a whole.
 * What is left must have three letters or more.
 */
const gluedPersonClitic = (units: ReadonlyArray<Unit>, gaz: Uint16Array, first: number): number => {
  const u = units[first]!
  if (u.kind !== "word" || u.proclitic || u.article || (gaz[first]! & PER_ANY) !== 0) return 0
  const w = written(u.text)
  const c0 = w.charCodeAt(0)
  const c1 = w.charCodeAt(1)
  let letters = 0
  if ((c0 === 0x0644 || c0 === 0x0628 || c0 === 0x0643 || c0 === 0x0648 || c0 === 0x0641) && isHamzaAlef(c1)) letters = 1
  else if ((c0 === 0x0648 || c0 === 0x0641) && (c1 === 0x0644 || c1 === 0x0628 || c1 === 0x0643) && isHamzaAlef(w.charCodeAt(2))) letters = 2
  else if (c0 === 0x0644 && c1 !== 0x0644 && first > 0 && units[first - 1]!.kind === "word" && isBeforeGluedName(units[first - 1]!.norm) && !isCommonNounWord(u.norm.slice(1))) letters = 1
  return letters > 0 && u.norm.length - letters >= 3 ? letters : 0
}

/** Whether the word after an author's name may end it: none, punctuation or a word of `afterWriter` (name-cues.json). */
const endsWriter = (units: ReadonlyArray<Unit>, i: number): boolean =>
  i >= units.length || units[i]!.kind === "punct" || (units[i]!.kind === "word" && isAfterWriter(units[i]!.norm))

/**
 * `تقريرا لهانا سميث بعنوان`, `مقالا لفيرنون بوغدنور`, `بقلم روبرت فيسك`, `تقرير أعده هاري يورك من لندن`: an author's
 * name the tagger left untagged after a piece of writing and a glued `ل` (`writingNouns` of name-cues.json; the `ل` is
 * left out; or after `ل` and the paper's correspondent, `correspondents`) or after a byline word (`bylineCues`): two or
 * three words that {@link cuedNameWord} takes (the first, glued to `ل`, one the lists do not know, no common noun, noun
 * of a person, title noun or pronoun suffix: `لمراسلتها`, `لرجل`; after `بقلم`, "with a pen" too, a given name of the
 * lists), none with the article, then the end of the sentence, punctuation or a word of `afterWriter`. Nothing the
 * tagger tagged may stand in them. The new spans are merged into `spans`.
 */
const writerAfterCue = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, tagged: Tagged, spans: Array<Span>): Array<Span> => {
  const n = units.length
  let added: Array<Span> | null = null
  for (let i = 0; i + 2 < n; i++) {
    const cue = units[i]!
    // (every cue has three to six letters: most words are turned away before a set is asked)
    if (cue.kind !== "word" || cue.norm.length < 3 || cue.norm.length > 6) continue
    const writing = isWritingNoun(cue.norm)
    if (!writing && !isBylineCue(cue.norm)) continue
    let a = i + 1
    let glued = 0
    // تقريرا لمراسلتها كريستا مهر: the paper's correspondent, then the name
    if (writing && a + 2 < n && units[a]!.kind === "word" && isCorrespondent(units[a]!.norm)) {
      a++
      if (!cuedNameWord(units, gaz, a) || units[a]!.article) continue
    } else if (writing) {
      const u = units[a]!
      const w = written(u.text)
      if (u.kind !== "word" || u.proclitic || u.article || w.charCodeAt(0) !== 0x0644 || w.charCodeAt(1) === 0x0644 || gaz[a]! !== 0) continue
      const rest = u.norm.slice(1)
      if (rest.length < 3 || isCommonNounWord(rest) || isPersonNoun(rest) || isTitleNoun(rest) || (/(?:ه|ها|هم|هما|هن|كم)$/.test(rest) && !isGivenName(rest))) continue
      glued = 1
    } else if (!cuedNameWord(units, gaz, a) || units[a]!.article) continue
    // (بقلم is also "with a pen": `بقلم خط عريض`; after it the name opens with a given name of the lists)
    else if (cue.norm === PEN() && !isGivenName(units[a]!.core)) continue
    let b = a
    while (b + 1 < n && b - a < 2 && !units[b + 1]!.article && !endsWriter(units, b + 1) && cuedNameWord(units, gaz, b + 1)) b++
    if (b === a || !endsWriter(units, b + 1)) continue
    let clash = false
    for (let k = a; k <= b && !clash; k++) if (tags[k]! !== 0) clash = true
    for (const sp of spans) if (sp.first <= b && sp.last >= a) clash = true
    if (clash) continue
    ;(added ??= []).push({ first: a, last: b, type: T_PER, confidence: confidenceOf(tagged.marginals, tags, a, b), glued })
    i = b
  }
  if (added === null) return spans
  return [...spans, ...added].sort((x, y) => x.first - y.first)
}

/**
 * `رجل يدعى <name>`, `شيخ <nisba> يدعى «<name>»`, `قائد الميليشيا المدعو <name>`: the words after a naming cue
 * ({@link NAMING_CUES}) are a person's name when a noun of a person (`gazetteers/name-cues.json`) stands within the three
 * units before the cue (adjectives and commas between) or the name opens with a given name of the lists or a compound
 * name's opener (`أبو`, `عبد`): one to four words that {@link cuedNameWord} takes (in quotation marks or brackets, all
 * the words up to the closing mark, which must follow), up to a word with the article. A person's name the tagger opened inside them opens at the first; a
 * name of another type there leaves them alone. The new spans, in text order, are merged into `spans`.
 */
const namedAfterCue = (text: string, units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, tagged: Tagged, spans: Array<Span>): Array<Span> => {
  const n = units.length
  if (n < 2 || !cueIn(text, units[0]!.start, units[n - 1]!.end)) return spans
  let added: Array<Span> | null = null
  for (let i = 0; i + 1 < n; i++) {
    const cue = units[i]!
    // (every cue has `ع` second or third from the end as written: most words are turned away on their text, a slice of
    // the document, before their folded form is read, a string V8 would flatten, or a look-up hashes it)
    const w = cue.text
    if (cue.kind !== "word" || (w.charCodeAt(w.length - 2) !== 0x0639 && w.charCodeAt(w.length - 3) !== 0x0639)) continue
    if (!NAMING_CUES_FOLDED().has(cue.core) || !NAMING_CUES.has(written(cue.text.slice(cue.nameStart - cue.start)))) continue
    let a = i + 1
    const quoted = isOpeningMark(units[a]!)
    if (quoted) a++
    let b = a - 1
    while (b + 1 < n && b - a < 3 && cuedNameWord(units, gaz, b + 1)) {
      b++
      if (units[b]!.article) break
    }
    if (b < a) continue
    if (quoted && (b + 1 >= n || units[b + 1]!.kind !== "punct" || isOpeningMark(units[b + 1]!))) continue
    // (the noun of a person before the cue, or a given name of the lists opening the name)
    let person = (isGivenName(units[a]!.core) || isCompoundOpener(units[a]!)) && !units[a]!.article
    for (let k = i - 1; k >= 0 && k >= i - 3 && !person; k--) {
      const u = units[k]!
      if (u.kind === "word" && isPersonNoun(u.bare)) person = true
    }
    if (!person) continue
    // (a name the tagger found there)
    let clash = false
    let inside: Span | null = null
    for (const sp of spans) {
      if (sp.last < a || sp.first > b) continue
      if (sp.type !== T_PER || sp.first < a || inside !== null) clash = true
      else inside = sp
    }
    if (clash) continue
    if (inside !== null) inside.first = a
    else (added ??= []).push({ first: a, last: b, type: T_PER, confidence: confidenceOf(tagged.marginals, tags, a, b), glued: 0 })
    i = b
  }
  if (added === null) return spans
  return [...spans, ...added].sort((x, y) => x.first - y.first)
}

/**
 * `[عنان وصبري]`, `[خالد ومشعل وفهد]`: the conjunction `و` glued to a word inside a person's name opens another
 * person's name (Arabic writes no conjunction inside one name): the name is cut before each such word
 * ({@link opensAnotherPerson}) and the parts pushed to `spans`. Not when every part is one word and none is a given
 * name of the lists (`[إيجابي وسلبي]`, `[مأساوي وكارثي]` are adjectives the tagger ran together, and each alone would
 * be found again through the article). Whether the name was cut.
 */
const splitAtConjunctions = (
  units: ReadonlyArray<Unit>,
  gaz: Uint16Array,
  marginals: Float64Array,
  tags: Int8Array,
  first: number,
  last: number,
  spans: Array<Span>
): boolean => {
  let cuts = 0
  let named = false
  let a = first
  for (let k = first + 1; k <= last; k++) {
    if (!opensAnotherPerson(units, gaz, first, last, k)) continue
    cuts++
    if (k - 1 > a || isGivenName(units[a]!.core)) named = true
    a = k
  }
  if (cuts === 0 || !(named || last > a || isGivenName(units[a]!.core))) return false
  a = first
  for (let k = first + 1; k <= last; k++) {
    if (!opensAnotherPerson(units, gaz, first, last, k)) continue
    spans.push({ first: a, last: k - 1, type: T_PER, confidence: confidenceOf(marginals, tags, a, k - 1), glued: 0 })
    a = k
  }
  spans.push({ first: a, last, type: T_PER, confidence: confidenceOf(marginals, tags, a, last), glued: 0 })
  return true
}

/**
 * Whether a person's name the tagger opened at unit `c` (to `d`) goes on the person's name at `[a, b]` right before
 * it (`[جان كلود] [يونكر]`, `[صالح] [القشعمي]`, `[خالد بن عبد العزيز] [التويجري]`, `[عبدالله فهد] [عبدالله
 * <family>]`). Two words with no conjunction or preposition on the second (`[محمد] و[خالد]` are two people, and a
 * second part that opens with `و` is taken for one: `[<name>] [ودييغو]`, `منح [<name>] [وسام]`; so is a word
 * with `و` inside it that is on no list of people), neither a title or honorific (`[الشيف] [خالد]`), a listed verb
 * or a function word, nor the second ending with a formula of blessing (`[<name>] [رحمه] الله`, `وفهد [عبدالله
 * رحمهم] الله`), the first no nisba adjective or place or organisation of the lists (`[الليبي] [أبو هريرة]`, `محافظ
 * [حفرالباطن] [<name>]`). A first part that ends with a word with the article ends with a compound name (`[عبد
 * العزيز] [الجميح]`; not `[الكولونيل] [<name>]`, `[رسام الكاريكاتير] [<name>]`). A second part of two words or more
 * goes on a first part of two words (`[عبد السلام] [سعد <father> <family>]`; not `[جامعة الإمام محمد بن سعود]
 * [<name> <family>]`) or of one given name of the lists, the second opening with no article (`[جورج] [إتش دبليو
 * بوش]`; not `[<given>] [ال<family> <name>]`, which may be a name that opens with its family name, nor `حملة [ترامب] [بول
 * منافورت]`, nor `الناطق [باسم] [بان كي مون]`, in the name of), or where it opens with `بن`, `بنت`, `أبو`, `آل` (`[عبير بنت فيصل] [بن تركي]`); one word after a first part of three words or more only has the article (a family name or a
 * nisba: `[تركي بن فهد] [المشيقح]`; not `[<name> بن <name> بن <name>] [نائبة]`), and one word after one word only
 * when the first is a given name of the lists (`[صالح] [القشعمي]`; not `ووصف [ترامب] [كاسترو]`, subject and object).
 * A paper's web edition (`أونلاين`) is no part of a person's name.
 */
const continuesPerson = (units: ReadonlyArray<Unit>, gaz: Uint16Array, a: number, b: number, c: number, d: number): boolean => {
  const u = units[b]!
  const v = units[c]!
  if (b > a && particleBeforeSurname(units, gaz, b, c)) return true
  if (u.kind !== "word" || v.kind !== "word" || v.proclitic || v.norm.charCodeAt(0) === 0x0648 || sameScript(u, v) === false) return false
  if ((gaz[b]! & (TITLE | HONORIFIC | LOC | ORG)) !== 0 || isNisba(u) || isListedVerb(u) || isFunctionWord(u)) return false
  if ((gaz[c]! & (TITLE | HONORIFIC)) !== 0 || isListedVerb(v) || isFunctionWordAfterClitics(v) || isFormulaWord(v) || isOnlineWord(v) || isCounterpart(v)) return false
  if (u.article && !(b > a && isCompoundOpener(units[b - 1]!))) return false
  // ([<name>] [ألفارو ودييغو]: a `و` inside the second part opens a third name; [فهد] [عبدالله رحمهم] الله: two kings)
  for (let k = c + 1; k <= d; k++) if (units[k]!.norm.charCodeAt(0) === 0x0648 && (gaz[k]! & PER_ANY) === 0) return false
  if (isFormulaWord(units[d]!)) return false
  if (d > c) return b - a === 1 || isCompoundOpener(v) || (a === b && (gaz[a]! & PER_B) !== 0 && u.norm !== IN_THE_NAME_OF && !v.article)
  if (a === b) return (gaz[a]! & PER_B) !== 0
  return b - a === 1 || v.article
}

/**
 * Whether unit `b`, the last word of a person's name after its first word, is a foreign particle ({@link
 * FOREIGN_PARTICLES}: `[فلاديمير فان] [ويلينبرغ]`, `[فرنسيس دي] سال`) and unit `c` right after it a word that may be
 * the family name it opens: an Arabic word with no article, no clitic (but a `و` that writes a foreign W: `ويلينبرغ`, not
 * before another `و`), no title, verb or function word. A particle never ends a name.
 */
const particleBeforeSurname = (units: ReadonlyArray<Unit>, gaz: Uint16Array, b: number, c: number): boolean => {
  const u = units[b]!
  const v = units[c]
  if (v === undefined || u.kind !== "word" || v.kind !== "word" || !FOREIGN_PARTICLES.has(written(u.text))) return false
  // (a `و` that writes a foreign W, not before another `و`: `جاك لو ووزير الطاقة` is Lew and the conjunction)
  if (v.article || (v.proclitic && (v.nameStart !== v.start || v.text.charCodeAt(1) === 0x0648)) || !isArabicLetter(v.text.charCodeAt(0))) return false
  return (gaz[c]! & (TITLE | HONORIFIC)) === 0 && !isFunctionWordAfterClitics(v) && !isFormulaWord(v)
}

/** Whether two words are written in the same script (`[ديمتري مندليف] [Dmitri Mendeleev]` are one name written twice). */
const sameScript = (u: Unit, v: Unit): boolean => isArabicLetter(u.text.charCodeAt(0)) === isArabicLetter(v.text.charCodeAt(0))

/**
 * `باسم`, a given name and "in the name of" (`الناطق باسم`, the spokesman of): written as its search form, which is
 * the word itself (no letter of it folds), so that loading the module normalizes nothing (test/normalize/lazy-load).
 */
const IN_THE_NAME_OF = "\u0628\u0627\u0633\u0645"

const LOC_TRIE = CATEGORIES.indexOf("LOC")

/** The first letters of a word that a preposition or conjunction glued to it may be (`بألمانيا`, `بريف`). */
const GLUED_PLACE = new Set([0x0628, 0x0644, 0x0643, 0x0648, 0x0641])

/** Whether a word opens with a letter of a glued preposition or conjunction the tokenizer left on it, the rest a word of the lists or a place's noun. */
const gluedToListed = (v: Unit): boolean => {
  if (!GLUED_PLACE.has(v.norm.charCodeAt(0)) || v.norm.length <= 3) return false
  const rest = v.norm.slice(1)
  const g = gazetteer("ar")
  return g.isKnown(rest) || g.tries[LOC_TRIE]!.one(rest) !== undefined || isPlaceHead(rest)
}

/**
 * Whether a place's name the tagger opened at unit `c` (to `d`) goes on the place at `[a, b]` right before it: the
 * first part is a noun of a natural feature or part of a land (`gazetteers/name-cues.json`: `[نهر] [النيل]`, `[شبه
 * جزيرة] [سيناء]`, `[جبل] [نقم]`), or neither part has a word of the places lists (`[بني] [سويف]`, `[مادهيا]
 * [براديش]`) and a place's noun, a preposition of place or a glued preposition comes before them (`محافظة [بني] [سويف]`;
 * not `بطل [<word>] [<word>]`), so that no two places of the lists are joined (`اتهمت [باكستان] [الهند]`, `[دروز]
 * [سوريا]`). The
 * second part has no conjunction or preposition (`[طهران] [وتل أبيب]`; nor one the tokenizer left on the word:
 * `[<place>] [بألمانيا]`, `[<place>] [بريف] <place>`, where the rest is a word of the lists or a place's noun) and
 * does not end with a nisba adjective (`[تمبكتو] [الصحراوية]`). With `whole` (the readers' spans, see {@link mentionsOf}), two
 * parts that make one place of the lists together join, whatever their words (`[كردستان] [العراق]`, `[جمهورية] [مصر
 * العربية]`; session 57).
 */
const continuesPlace = (units: ReadonlyArray<Unit>, gaz: Uint16Array, a: number, b: number, c: number, d: number, whole: boolean): boolean => {
  const v = units[c]!
  if (units[b]!.kind !== "word" || v.kind !== "word" || v.proclitic || !sameScript(units[b]!, v)) return false
  // ([كردستان] [العراق], [جمهورية] [مصر العربية]: the two parts are one place of the lists, with the readers' spans
  // only, session 57; not after a head noun that linking joins, [قناة] [السويس])
  if (whole && !(a === b && LINKED_PLACE_HEADS().has(units[a]!.core)) && isListedPlace(units, a, d)) return true
  if (isNisba(units[d]!) || gluedToListed(v)) return false
  let heads = true
  for (let k = a; k <= b && heads; k++) heads = units[k]!.kind === "word" && isPlaceHead(units[k]!.bare)
  if (heads) return true
  for (let k = a; k <= d; k++) if ((gaz[k]! & LOC) !== 0) return false
  return placeBefore(units, gaz, a)
}

/**
 * The head nouns of place names that linking joins to the place after them when the tagger typed them a place of their
 * own (`placeHeads` of link.ts: `[قناة] [السويس]`, `[ريف] [إدلب]`): {@link continuesPlace} leaves them to it.
 */
const LINKED_PLACE_HEADS = foldedSet(() => ["ريف", "كورنيش", "قناة", "شبه"])

/** Whether a unit is a river's or an island's noun alone, without the article (`نهر` of `نهر النيل`; `outsideHeads`). */
const isOutsideHeadUnit = (u: Unit): boolean => u.kind === "word" && !u.article && isOutsideHead(u.bare)

/**
 * Whether the words before unit `a` say a place's name opens there: a noun of a place of the trigger list (`مدينة`,
 * `ولاية`, `حي`) or of a natural feature, a preposition or adverb of place, or a preposition glued to the name itself
 * (`بولاية` before, `بمادهيا`): `محافظة [بني] [سويف]`, `في [كابو] [سان لوكاس]`; not `بطل [<word>] [<word>]`.
 */
const placeBefore = (units: ReadonlyArray<Unit>, gaz: Uint16Array, a: number): boolean => {
  const u = units[a]!
  if (u.proclitic && !isConjunction(u)) return true
  const p = units[a - 1]
  if (p === undefined || p.kind !== "word") return false
  return (gaz[a - 1]! & LOCWORD) !== 0 || isPlaceHead(p.bare) || isPlacePreposition(p.core)
}

/**
 * Whether an organisation's name the tagger opened at unit `c` (to `d`) goes on the organisation at `[a, b]` right
 * before it (`[فوكس] [نيوز]`, `[بوكو] [حرام]`, `[صنداي] [مورنينغ بوست]`): neither part has a word of the lists of
 * places and organisations (`[مجلس الأمن] [الوكالة الدولية للطاقة الذرية]`, `[برشلونة] [أتلتيكو مدريد]` stay
 * apart), and the second has no conjunction or preposition (`[النادي السعودي] [بكليفلاند]`) and does not end with a
 * nisba adjective.
 */
const continuesOrganization = (units: ReadonlyArray<Unit>, gaz: Uint16Array, a: number, b: number, c: number, d: number): boolean => {
  const v = units[c]!
  if (units[b]!.kind !== "word" || v.kind !== "word" || v.proclitic || isNisba(units[d]!) || gluedToListed(v) || !sameScript(units[b]!, v)) return false
  for (let k = a; k <= d; k++) if ((gaz[k]! & (LOC | ORG)) !== 0) return false
  return true
}

const WAW_LETTER = 0x0648
const FA_LETTER = 0x0641
const BA_LETTER = 0x0628
const LAM_LETTER = 0x0644
const KAF_LETTER = 0x0643
const TA_LETTER = 0x062a
const HEH_LETTER = 0x0647
const YEH_LETTER = 0x064a
const ALEF_LETTER = 0x0627

/** A word's search form without a `و` or `ف` glued before it (`وبشكل` → `بشكل`). */
const withoutConjunction = (norm: string): string => {
  const c = norm.charCodeAt(0)
  return norm.length > 3 && (c === WAW_LETTER || c === FA_LETTER) ? norm.slice(1) : norm
}

/** Whether a word is a noun of manner with `ب` (`بشكل`, `وبصورة`) or `غير`, before an adjective (`adjectiveCues`). */
const isMannerCue = (u: Unit): boolean => {
  if (u.kind !== "word") return false
  const w = withoutConjunction(u.norm)
  if (isAdjectiveCue(w)) return true
  return w.charCodeAt(0) === BA_LETTER && isAdjectiveCue(w.slice(1))
}

/**
 * Whether unit `p` may be an indefinite masculine noun that an adjective follows (`هدف`, `موقف`, `بتوجيه`): an untagged
 * Arabic word of no list, without the article, no function word or verb of the lists, not glued to a conjunction alone
 * (`وقال`, a verb, opens sentences so), not opening with the `ي` of an imperfect verb unless a preposition's letter
 * stands before (`يحضر`), and not ending in `ة` or `ه` (a feminine noun takes no masculine adjective, and a pronoun
 * makes the noun definite: `سنية مبارك`, `دعمه`), `ت` (`غرمت`, a verb) or `ا` (`يوافقها`, `سعيدا`), nor right after a
 * title or an honorific (`الأمير مولاي`), nor a noun that takes a name in construct (`nameConstructs`: `نجل`, `بني`, `حكم`).
 */
const mayBeIndefiniteNoun = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, k: number): boolean => {
  const p = units[k]!
  if (p.kind !== "word" || tags[k] !== 0 || p.article || (gaz[k]! & LISTED_BITS) !== 0 || (gaz[k]! & (TITLE | HONORIFIC)) !== 0) return false
  if (!isArabicLetter(p.norm.charCodeAt(0)) || p.norm.length < 3 || isFunctionWord(p) || isFunctionWordAfterClitics(p) || isListedVerb(p)) return false
  // (الأمير مولاي [رشيد]: after a title, the word is a name's first part or an honorific; نجل [صالح], بني [رشيد],
  // حكم [مبارك]: a noun that takes a person's name in construct)
  if (k > 0 && (gaz[k - 1]! & (TITLE | HONORIFIC)) !== 0) return false
  if (isNameConstruct(p.core) || isNameConstruct(withoutConjunction(p.norm))) return false
  // (a conjunction the tokenizer split off: `وقال`, `فأحال`; a preposition stays on a word it does not know, `بتوجيه`)
  if (p.proclitic && p.norm.length - p.core.length === 1 && (p.norm.charCodeAt(0) === WAW_LETTER || p.norm.charCodeAt(0) === FA_LETTER)) return false
  const w = withoutConjunction(p.norm)
  const c0 = w.charCodeAt(0)
  const prep = c0 === BA_LETTER || c0 === LAM_LETTER || c0 === KAF_LETTER
  if (c0 === YEH_LETTER && !prep) return false
  const z = w.charCodeAt(w.length - 1)
  return z !== HEH_LETTER && z !== TA_LETTER && z !== ALEF_LETTER
}

/**
 * Whether unit `i`, a word of the list of adjectives that are given names too (`adjectiveNames` in
 * `gazetteers/name-cues.json`: `سليم`, `نبيل`, `جميل`, `سعيد`), is the adjective where it stands: without the article
 * or a clitic, after a noun of manner or `غير` (`بشكل [سليم]`, `غير [سليم]`), before an adverb of degree (`[سعيد]
 * جدا`), or right after a word that may be an indefinite masculine noun (`هدف [نبيل]`, `جسم [غريب]`, `عيد [مبارك]`;
 * see mayBeIndefiniteNoun). The caller decides from the document (a name it writes whole elsewhere stays a name).
 */
export const isAdjectiveNameUse = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || u.article || u.proclitic || !isAdjectiveName(u.norm)) return false
  const next = units[i + 1]
  if (next !== undefined && next.kind === "word" && isDegreeWord(next.norm)) return true
  if (i === 0) return false
  return isMannerCue(units[i - 1]!) || mayBeIndefiniteNoun(units, gaz, tags, i - 1)
}

/**
 * وقال [الباراغوياني] [<name>], المدرب [السويسري] [<name>]: a one-word person that is a place's nisba (`isPlaceNisba`),
 * right before another person's name, is that person's nationality, no name of its own (a title before it is already
 * read so); after an honorific (`الدكتور [التركي]`), it is the family name and stays.
 */
const nisbaBeforePerson = (units: ReadonlyArray<Unit>, gaz: Uint16Array, spans: Array<Span>): Array<Span> => {
  const out: Array<Span> = []
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k]!
    const next = spans[k + 1]
    if (sp.type === T_PER && sp.first === sp.last && next !== undefined && next.type === T_PER && next.first === sp.last + 1 && isPlaceNisba(units[sp.first]!)) {
      if (sp.first === 0 || (gaz[sp.first - 1]! & HONORIFIC) === 0) continue
    }
    out.push(sp)
  }
  return out
}

/** `بنت` ("daughter of"), search form. */
const BINT = "\u0628\u0646\u062a"

/**
 * مناهل بنت [محمد المحيميد]: a woman's given name before `بنت` ("daughter of") that the tagger left out of the name
 * after it opens the name (women's given names are fewer in the lists than men's): an untagged Arabic word without
 * the article, of no list but the given names, no function word, verb or common noun of the lists. Her given name the
 * tagger typed as a person of its own (`[بلقيس] بنت [<name>]`) joins too.
 */
const daughterOf = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, spans: ReadonlyArray<Span>): Array<Span> => {
  const out: Array<Span> = []
  for (const raw of spans) {
    const sp = { ...raw }
    out.push(sp)
    if (sp.type !== T_PER || sp.first < 2) continue
    const b = units[sp.first - 1]!
    if (b.kind !== "word" || b.proclitic || b.norm !== BINT || tags[sp.first - 1] !== 0) continue
    const g = sp.first - 2
    const prev = out.length > 1 ? out[out.length - 2]! : undefined
    if (prev !== undefined && prev.last === g) {
      // [بلقيس] بنت [<name>]: her given name, tagged alone
      if (prev.type !== T_PER || prev.first !== prev.last) continue
      out.splice(out.length - 2, 1)
      sp.first = prev.first
      sp.glued = prev.glued
      sp.confidence = Math.min(sp.confidence, prev.confidence)
      continue
    }
    if (prev !== undefined && prev.last > g) continue
    const u = units[g]!
    if (u.kind !== "word" || tags[g] !== 0 || u.article || !isArabicLetter(u.core.charCodeAt(0)) || u.core.length < 2) continue
    if ((gaz[g]! & (LISTED_BITS & ~PER_ANY)) !== 0 || (gaz[g]! & (TITLE | HONORIFIC)) !== 0) continue
    if (isFunctionWordAfterClitics(u) || isListedVerb(u) || isCommonNoun(u)) continue
    sp.first = g
  }
  return out
}

/**
 * [سلطان] [أبو علي] → [سلطان أبو علي] (session 49): a one-word person, a given name of the lists without the article
 * and with no clitic but `و`, right before a person that opens with a kunya's `أبو` is that person's given name, the
 * kunya his family name (`سلطان أبو علي`, `محمد أبو زيد`). The model cuts there where the given name is a title too
 * (`سلطان`), reading it as the role of the name after it.
 */
const givenNameBeforeKunya = (units: ReadonlyArray<Unit>, gaz: Uint16Array, spans: ReadonlyArray<Span>): Array<Span> => {
  const out: Array<Span> = []
  for (const sp of spans) {
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.type === T_PER && sp.type === T_PER && prev.first === prev.last && prev.last + 1 === sp.first && sp.first < sp.last) {
      const g = units[prev.first]!
      const k = units[sp.first]!
      if (g.kind === "word" && !g.article && (!g.proclitic || waOnly(g)) && (gaz[prev.first]! & PER_B) !== 0 && k.kind === "word" && !k.proclitic && KUNYA().has(k.core)) {
        out[out.length - 1] = { ...prev, last: sp.last, confidence: Math.min(prev.confidence, sp.confidence) }
        continue
      }
    }
    out.push(sp)
  }
  return out
}

/**
 * [حسين] أمير [عبد اللهيان], [حسين] [أمير عبد اللهيان] → [حسين أمير عبد اللهيان] (session 52): a title written as a man's
 * given name (`givenNameTitles` of name-cues.json: `أمير`, `سلطان`), without the article or a clitic, between a person
 * whose last word is a given name of the lists without the article and a person that opens with a given name of the
 * lists or a compound in `عبد` (the word after it in the same span, when the title opened that span), is a given name
 * inside a run of given names, and the two are one person. The model reads the word as the second person's title. A
 * title before a place or a body (`تميم بن حمد أمير قطر`, `أمير منطقة المدينة`) is no person's first word and stays.
 */
const givenNameTitleInName = (units: ReadonlyArray<Unit>, gaz: Uint16Array, spans: ReadonlyArray<Span>): Array<Span> => {
  const out: Array<Span> = []
  for (const sp of spans) {
    const prev = out[out.length - 1]
    if (prev !== undefined && prev.type === T_PER && sp.type === T_PER && sp.glued === 0) {
      const g = units[prev.last]!
      const between = prev.last + 2 === sp.first
      const t = between ? prev.last + 1 : sp.first
      const n = t + 1
      if (
        (between || (prev.last + 1 === sp.first && sp.first < sp.last)) &&
        g.kind === "word" && !g.article && (gaz[prev.last]! & PER_B) !== 0 &&
        isBareGivenNameTitle(units[t]!) &&
        n <= sp.last && isGivenNameWord(units[n]!, gaz[n]!)
      ) {
        out[out.length - 1] = { ...prev, last: sp.last, confidence: Math.min(prev.confidence, sp.confidence) }
        continue
      }
    }
    out.push(sp)
  }
  return out
}

/** A word of `givenNameTitles` (`أمير`, `سلطان`) with no article and no clitic ({@link givenNameTitleInName}). */
const isBareGivenNameTitle = (u: Unit): boolean => u.kind === "word" && !u.article && !u.proclitic && isGivenNameTitle(u.core)

/** A given name of the lists or a compound in `عبد`, with no clitic or article, and no title or place ({@link givenNameTitleInName}). */
const isGivenNameWord = (u: Unit, bits: number): boolean =>
  u.kind === "word" && !u.article && !u.proclitic && (bits & (TITLE | HONORIFIC | LOC | LOCWORD | ORGWORD)) === 0 && ((bits & PER_B) !== 0 || u.core.startsWith(ABD))

/**
 * Whether unit `i`, a noun of an office that is a given name too (`titleNouns` in gazetteers/name-cues.json: `أمين`,
 * `مساعد`, `وكيل`, `سلطان`), without the article or a clitic, opens a title: the word after it, not tagged as a person,
 * is a place or a word of a title, of a place's or a body's head nouns of the lists (`منطقة`, `محافظة`, `مجلس`), or
 * goes on a title (`عام`, `سر`): `أمين جدة`, `مساعد المدرب`, `سلطان عمان`, `أمين عام`; not `سلطان الدعيع`, nor after a
 * title with the article or an honorific (`مطار الأمير [سلطان] بتبوك`: the name, in an institution's).
 */
const opensTitle = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array, i: number): boolean => {
  const u = units[i]!
  if (u.kind !== "word" || u.article || u.proclitic || !isTitleNoun(u.core) || i + 1 >= units.length) return false
  // (مطار الأمير [سلطان] بتبوك: after a title with the article or an honorific, the name)
  if (i > 0 && ((gaz[i - 1]! & HONORIFIC) !== 0 || ((gaz[i - 1]! & TITLE) !== 0 && units[i - 1]!.article))) return false
  const v = units[i + 1]!
  if (v.kind !== "word" || (tags[i + 1] !== 0 && tagType(tags[i + 1]!) === T_PER)) return false
  return (gaz[i + 1]! & (LOC | TITLE | LOCWORD | ORGWORD)) !== 0 || isTitleTail(v.norm)
}

/**
 * Whether unit `k`, a title word that is also a given name of the lists, is the given name: without the article and
 * followed by `بن`/`ابن`/`بنت` (`الأمير [سلطان بن سلمان]`, `[سلطان بن عبدالعزيز]`: a title is followed by a name, not
 * by "son of"; `السلطان قابوس بن سعيد` keeps its title).
 */
const isGivenNameBeforeNasab = (units: ReadonlyArray<Unit>, gaz: Uint16Array, k: number): boolean =>
  (gaz[k]! & PER_B) !== 0 && !units[k]!.article && k + 1 < units.length && units[k + 1]!.kind === "word" && !units[k + 1]!.proclitic && NASAB().has(units[k + 1]!.core)

/**
 * Whether unit `k` of a person's span ending at `last`, a title word that is also a given name of the lists, is the
 * given name: without the article or a clitic, right after a word with the article (a role: `الحارس`, `المدرب`), an
 * honorific (in the span or before it) or a noun of kin with a pronoun suffix (`شقيقه`, `زميلي`), and followed in the
 * span by a word that is no title, honorific, place or head noun (`الحارس [سلطان البلوي]`, `الشيخ [سلطان القاسمي]`,
 * `شقيقه [سلطان الخالدي]`: a role is followed by a name; `السلطان قابوس`, `وكيل [أمير] المنطقة` keep theirs).
 */
const isGivenNameAfterTitle = (units: ReadonlyArray<Unit>, gaz: Uint16Array, k: number, last: number): boolean => {
  const u = units[k]!
  if (k === 0 || k >= last || (gaz[k]! & PER_B) === 0 || u.article || u.proclitic) return false
  const p = units[k - 1]!
  // (شقيقه [سلطان الخالدي], زميلي [سلطان مناحي]: a noun of kin with a pronoun suffix is a role of its own, as
  // `isKinWithPronoun` reads it, and a name follows it)
  if (p.kind !== "word" || !((gaz[k - 1]! & HONORIFIC) !== 0 || p.article || isKinWithPronoun(p, gaz[k - 1]!))) return false
  const v = units[k + 1]!
  if (v.kind !== "word" || (gaz[k + 1]! & (TITLE | HONORIFIC | LOC | LOCWORD | ORGWORD)) !== 0) return false
  // (مسابقة الأمير [سلطان] القرآنية, الأمير [سلطان] يريد: an adjective of the feminine or a verb after it is no name's)
  return !isListedVerb(v) && !isFunctionWordAfterClitics(v) && !(v.article && v.core.endsWith(FEMININE_NISBA_ENDING)) && !(v.core.startsWith(IMPERFECT_YA) && (gaz[k + 1]! & PER_ANY) === 0)
}

/**
 * Whether unit `k`, the first of a person's span ending at `last`, is a title written as a man's given name (`givenNameTitles`
 * of `gazetteers/name-cues.json`, {@link isGivenNameTitle}: `سلطان`, `أمير`, far more often a given name in Gulf and Arab
 * news: `وقال سلطان اللويحق`, `أمير كردي`; as a title they stand before a place or a body, `سلطان عمان`, `أمير منطقة
 * الرياض`, which this test leaves to them) written as
 * the given name that opens the name (session 49): without the article and with no clitic but `و`, and followed in
 * the span by a word that is no title, honorific, place or head noun of a place or a body, nor a verb, a function
 * word, or a nisba with the article of the feminine (`[سلطان اللويحق]`, `[سلطان أبو علي]`, `[وأمير كردي]`: not
 * `سلطان عمان قابوس`, `أمير منطقة الرياض`, `أمير داعش`). The model reads the word as a title and puts it in the role.
 */
const isGivenNameOpening = (units: ReadonlyArray<Unit>, gaz: Uint16Array, k: number, last: number): boolean => {
  const u = units[k]!
  if (k >= last || u.kind !== "word" || u.article || !isGivenNameTitle(u.core) || (u.proclitic && !waOnly(u))) return false
  const v = units[k + 1]!
  if (v.kind !== "word" || (gaz[k + 1]! & (TITLE | HONORIFIC | LOC | LOCWORD | ORGWORD)) !== 0) return false
  return !isListedVerb(v) && !isFunctionWordAfterClitics(v) && !(v.article && v.core.endsWith(FEMININE_NISBA_ENDING))
}

/** Whether a word's only clitic is the conjunction `و` (`وسلطان`). */
const waOnly = (u: Unit): boolean => u.nameStart - u.start === 1 && u.text.charCodeAt(0) === 0x0648

/** `ية` in search form (`ة` folded to `ه`): a feminine nisba's ending. */
const FEMININE_NISBA_ENDING = "\u064a\u0647"

/** The `ي` of an imperfect verb (`يريد`), a word's first letter (a given name of the lists may open with it: `يوسف`). */
const IMPERFECT_YA = "\u064a"

/** A person's span of one word glued to `ف` (see `mentionsOf`: فأرجو, فإني). */
const faAlone = (units: ReadonlyArray<Unit>, sp: Span): boolean =>
  sp.type === T_PER && sp.first === sp.last && sp.glued > 0 && units[sp.first]!.text.charCodeAt(0) === 0x0641

/** `الله` and `الدين` (search form), the second words of compound given names (`هبة الله`, `سيف الدين`). */
const GOD = foldedSet(() => ["الله"])
const RELIGION = foldedSet(() => ["الدين"])

/** The tags `B-PER` and `I-PER` (their indices in decode.ts's `TAGS`). */
const B_PER = tagIndex("B-PER")
const I_PER = tagIndex("I-PER")

/** Whether a tag is a person's (`B-PER`, `I-PER`). */
const isPersonTag = (t: number): boolean => t === B_PER || t === I_PER

/** Whether a word has no clitic, or the conjunction `و` or `ف` alone (`وهبة الله`; not `بفضل الله`, `لنعمة الله`). */
const noneOrConjunction = (u: Unit): boolean => {
  if (!u.proclitic) return true
  const c = u.text.charCodeAt(0)
  return u.nameStart - u.start === 1 && (c === 0x0648 || c === 0x0641)
}

/**
 * The word right after an untagged compound name with `الله` (`ضيف الله`, `عطا الله`) that makes it a person's name
 * with no evidence of the tagger's: a family name with the article that ends in `ي` (`الشهراني`, `العنزي`; three
 * letters or more besides the article: not `العلي` of `الله العلي القدير`), a given name of the lists (`علي`, not the
 * preposition `على`), or, after a title (`اللواء`, `العميد`), any word with the article (`الجعيد`). -1: none.
 */
const godNameTail = (units: ReadonlyArray<Unit>, gaz: Uint16Array, x: number, j: number): number => {
  const w = units[j]
  if (w === undefined || w.kind !== "word" || w.proclitic || isFunctionWord(w)) return -1
  if (w.article && w.bare.length >= 4 && w.bare.charCodeAt(w.bare.length - 1) === YA) return j
  if (!w.article && isGivenName(w.core) && written(w.text) !== "\u0639\u0644\u0649") return j
  if (w.article && w.bare.length >= 3 && x > 0 && (gaz[x - 1]! & TITLE) !== 0 && !isCommonNoun(w)) return j
  return -1
}

/**
 * [هبة] [الله] [المنصوري], [حسن نصر] [الله], [الله غولن], ضيف [الله] الشهراني: a compound given name with `الله` or
 * `الدين` (`godNameFirsts`, `religionNameFirsts` of name-cues.json; `عبد` is the model's and read apart) that the model
 * cut, typing `الله` as MISC (God) or opening the person at its second word, is one person's name: the tags of its two
 * words (and of the name right after it, when the model opened a person there) become a person's. On the model's
 * evidence of a person on the first word, on the second or right after it; without it, only for a compound with
 * `الله` that is no common noun of a set phrase with God's name (`commonGodPhrases`: `فضل الله`, `أمر الله`), with no
 * clitic, before a family name or a given name ({@link godNameTail}). The first word has no clitic but `و` or `ف`
 * (`بفضل الله`, `بنعمة الله` are God's grace); the second none. The tags are copied only when one changes.
 */
export const compoundGivenNameTags = (units: ReadonlyArray<Unit>, gaz: Uint16Array, tags: Int8Array): Int8Array => {
  let out = tags
  const n = units.length
  for (let g = 1; g < n; g++) {
    const u = units[g]!
    if (u.kind !== "word" || u.proclitic) continue
    const god = GOD().has(u.core)
    if (!god && !RELIGION().has(u.core)) continue
    const x = g - 1
    const v = units[x]!
    if (v.kind !== "word" || v.article || !(god ? isGodNameFirst(v.core) : isReligionNameFirst(v.core)) || !noneOrConjunction(v)) continue
    const tx = out[x]!
    const tg = out[g]!
    const tn = g + 1 < n ? out[g + 1]! : 0
    // the first word untagged or a person's; the second a person's, untagged, or a one-word name of another type
    if (tx !== 0 && !isPersonTag(tx)) continue
    if (tg !== 0 && !isPersonTag(tg) && (tagPosition(tg) !== 1 || (tagPosition(tn) === 2 && tagType(tn) === tagType(tg)))) continue
    const personNext = tn === B_PER && !units[g + 1]!.proclitic
    let tail = -1
    if (!isPersonTag(tg) && !isPersonTag(tx) && !personNext) {
      if (!god || v.proclitic || isCommonGodPhrase(v.core) || tn !== 0) continue
      tail = godNameTail(units, gaz, x, g + 1)
      if (tail < 0) continue
    }
    const join = personNext || tail > 0
    if (isPersonTag(tx) && tg === I_PER && !join) continue
    if (out === tags) out = Int8Array.from(tags)
    if (!isPersonTag(tx)) out[x] = B_PER
    out[g] = I_PER
    if (join) out[g + 1] = I_PER
  }
  return out
}

/** The most words of a MISC name read as a well-known organisation with the readers' spans (`كوينز بارك رينجرز`). */
const MAX_KNOWN_MISC_WORDS = 4

/**
 * The mentions of one tagged sentence. With `whole` (the readers' spans of the pipeline, `listedOrganizations` of
 * ExtractOptions; never in `khabar tag`, measured on ANERcorp), a place of the lists the tagger cut short is taken whole
 * (`[مكة] المكرمة`, `[كردستان] [العراق]`) and a body's one-word name typed MISC is an organisation (`اليونيفيل`).
 */
export const mentionsOf = (text: string, units: ReadonlyArray<Unit>, tagged: Tagged, lang: Lang, whole = false): Array<Mention> => {
  const gaz = tagged.gaz
  // (هبة الله المنصوري: the model's tags with the compound given names it cut made whole; see compoundGivenNameTags)
  const tags = lang === "ar" ? compoundGivenNameTags(units, gaz, tagged.tags) : tagged.tags
  const n = units.length
  let spans: Array<Span> = []
  const opening = lang === "en" ? firstWordOf(units) : -1
  let i = 0
  while (i < n) {
    const t = tags[i]!
    if (tagPosition(t) === 0) {
      i++
      continue
    }
    let type = tagType(t)
    let j = i + 1
    while (j < n && tagPosition(tags[j]!) === 2 && tagType(tags[j]!) === type) j++
    // [جان كلود] [يونكر], [بني] [سويف], [نهر] [النيل]: an Arabic person's or place's name the tagger opened twice,
    // the second part right after the first, is one name where the words say so (see `continuesPerson`, `continuesPlace`)
    // (each part is read against the part before it only, so that a chain of parts stays linear); `[نهر] [النيل]`,
    // `[جزيرة] [كريت]`: a river's or an island's noun the tagger typed as a place of its own before the place is left
    // out, as ANERcorp writes them (`نهر` O, `النيل` B-LOC)
    let start = i
    if (lang === "ar" && type !== T_MISC) {
      let part = i
      while (j < n && tagPosition(tags[j]!) === 1 && tagType(tags[j]!) === type) {
        let k = j + 1
        while (k < n && tagPosition(tags[k]!) === 2 && tagType(tags[k]!) === type) k++
        const joins = type === T_PER ? continuesPerson(units, gaz, part, j - 1, j, k - 1) : type === T_LOC ? continuesPlace(units, gaz, part, j - 1, j, k - 1, whole) : continuesOrganization(units, gaz, part, j - 1, j, k - 1)
        if (!joins) break
        if (type === T_LOC && part === j - 1 && part === start && isOutsideHeadUnit(units[part]!)) start = j
        part = j
        j = k
      }
    }
    let first = start
    let last = j - 1
    i = j
    // a possessive 's or a punctuation mark never ends a name
    while (last > first && (units[last]!.norm === "'s" || units[last]!.kind === "punct")) last--
    while (first < last && units[first]!.kind === "punct") first++
    if (units[first]!.kind === "punct" || units[first]!.norm === "'s") continue
    // [يخطو .. وتشيلسي]: an Arabic name never runs across an ellipsis or a comma, a colon, a semicolon, a question or
    // exclamation mark; of the parts, the one with a word of the lists is kept (else the last: a headline's name
    // after the ellipsis)
    if (lang === "ar" && last > first) {
      const part = partAcrossStops(units, gaz, first, last)
      if (part !== null) [first, last] = part
    }
    // المسجد [الحرام], [المدينة] [المنورة]: a name inside a place of the lists that opens before it is that place, whole
    if (lang === "ar") {
      const place = listedPlaceAround(units, gaz, tags, n, first, last)
      if (place !== null) {
        const [a, b] = place
        // (the head the tagger typed as a name of its own, [المسجد] [الحرام], joins the place)
        while (spans.length > 0 && spans[spans.length - 1]!.first >= a) spans.pop()
        const prev = spans[spans.length - 1]
        if (prev !== undefined && prev.last >= a) prev.last = a - 1
        spans.push({ first: a, last: b, type: T_LOC, confidence: confidenceOf(tagged.marginals, tags, a, b), glued: 0 })
        if (b >= i) i = b + 1
        continue
      }
    }
    // ب[مكة] المكرمة, و[رجال] المع, جمهورية [مصر العربية], [باب] المندب: a place the tagger cut short of a place
    // of the lists around it, the words it left out untagged, is that place, whole (session 57; see listedPlaceBeyond)
    // (with the readers' spans only: ANERcorp, which `khabar tag` is measured on, writes `[مكة] المكرمة`, `قطاع [غزة]`)
    // (من قناة [السويس]/ORG: a place of the lists the tagger typed an organisation after a head noun that names another
    // place, `opensOtherPlace`, is that place, head and all: the canal; session 59)
    const placeTypedBody = type === T_ORG && isListedPlace(units, first, last)
    if (lang === "ar" && whole && (type === T_LOC || placeTypedBody)) {
      const place = listedPlaceBeyond(units, tags, n, first, last)
      const prev = spans[spans.length - 1]
      // (not over a name kept before it)
      if (place !== null && (prev === undefined || prev.last < place[0]) && (!placeTypedBody || (place[0] < first && opensOtherPlace(units[place[0]]!)))) {
        ;[first, last] = place
        if (last >= i) i = last + 1
        type = T_LOC
      }
    }
    // [جامعة الملك سعود غدا], [منظمة الصحة العالمية أمس], [<name> غدا]: an adverb of time (gazetteers/name-cues.json)
    // the tagger ran into an Arabic name is left out, and so is a weekday at the end of a place's or organisation's
    // name (صحيفة [حرييت الخميس]; a person's family name may be a weekday: أحمد الخميس)
    if (lang === "ar")
      while (last > first && units[last]!.kind === "word" && !units[last]!.proclitic && (isTimeWord(units[last]!.core) || (type !== T_PER && isWeekdayWord(units[last]!.core)))) last--
    // [الاتحاد خلال] الساعات المقبلة, [منظمة أو] جماعة, [هادي بأن], [بأن <name>], الملك [سلمان على] رأس: a function
    // word at the end of a place's, organisation's or MISC name, or `بأن` ("that", never Ban's name as written) and
    // the preposition `على` (not Ali's name after بن: بن على) at the edge of a person's, is no part of it; nor is a
    // formula of blessing before `الله` at the end of a person's (`رضي`, `رحمه`: رضي is a given name too)
    // [له ناصر], [عنه عبدالقدوس الأنصاري], [لدى جيفريز]: a preposition, with a pronoun or of those no name writes,
    // never opens a name; the words after it are the name (see PREPOSITIONS_OPENING_NO_NAME)
    if (lang === "ar" && type !== T_MISC) while (first < last && isPrepositionOpeningNoName(units[first]!)) first++
    // وبحسب القضاء، [فان دافيدسون] دفع: `فان` after a comma is `فإن` ("so") written without its hamza, no Dutch particle
    if (lang === "ar" && type !== T_MISC && first < last && soBeforeName(units, first)) first++
    // وقال [هاريس لراديو بي بي سي] 4 إن: `ل` and an outlet's noun after a speaker's name ("told Radio …") ends the name
    if (lang === "ar" && (type === T_PER || type === T_ORG) && first < last) {
      const k = outletToldAt(units, first, last)
      if (k > first) last = k - 1
    }
    if (lang === "ar") {
      // وقال [عيد سالم لـ] "سبق", [ياسين ل] "الرياض": a preposition written alone (`لـ`, `ل`, `ب`), the paper or the
      // person spoken to after it, is no word of a name (session 53)
      while (last > first && isLonePreposition(units, last)) last--
      if (type === T_PER) {
        if (first < last && written(units[first]!.text) === "\u0628\u0623\u0646") first++
        while (last > first && endsPersonAsParticle(units, last)) last--
        // [ابن عمر رضي] الله عنهما, [<name> رحمه] الله: the formula of blessing after a name, before `الله`
        if (last > first && isFormulaWord(units[last]!) && last + 1 < units.length && units[last + 1]!.kind === "word" && written(units[last + 1]!.text) === "\u0627\u0644\u0644\u0647") {
          // ([عائشة -رضي] الله عنها: nor the dash before it)
          last = wordEndBefore(units, first, last)
        }
      } else while (last > first && endsNameAsFunctionWord(units[last]!, units[last - 1]!)) last--
    }
    // Even Denzel, But Smith, I'm: a closed-class word capitalized at the start of a sentence is not a name's
    if (lang === "en" && EN_CLOSED.has(units[first]!.norm) && (first === opening || units[first]!.norm.startsWith("i'") || units[first]!.norm === "i")) {
      if (first === last) continue
      first++
    }
    // an English name of a person, place or organisation never ends with an article, a conjunction or a preposition
    // (`Vadim Mitroshin The`: the tagger ran into the next sentence), and one alone is no name (articles open names,
    // `The Observer`, so they are not in EN_CLOSED; other closed-class words can end one: the cricketer `Peter Such`;
    // a title of a work can: `Carry On`)
    if (lang === "en" && type !== T_MISC) {
      while (last >= first && EN_NEVER_LAST.has(units[last]!.text)) last--
      if (last < first) continue
    }
    // a holiday is a date, not a name (the English model made `Christmas` a person 134 times in the BBC articles)
    if (lang === "en" && last - first <= 1 && EN_HOLIDAYS.has(last === first ? units[first]!.norm : `${units[first]!.norm} ${units[last]!.norm}`)) continue
    // [أيمن توفيق مساعد] المدير العام: a person's name never ends with the first word of a title that goes on after it
    // (the word is also a given name the tagger took in); it goes back to the role after the name
    if (type === T_PER && lang === "ar" && last - first >= 2 && (gaz[last]! & TITLE_B) !== 0 && last + 1 < n && (gaz[last + 1]! & TITLE_I) !== 0) last--
    // [أحمد توفيق عضو] مجلس الإدارة, [علي موسى مدير] المستشفى: nor, in a name of three words or more, with the first
    // word of a title (no given name of the lists, without the article) in construct with the noun after it (a word
    // with the article, the rest of a title or an organisation's head noun); a name of two words keeps it, as above
    // (`فهد مساعد`, `برويز مشرف`)
    if (type === T_PER && lang === "ar" && last - first >= 2 && (gaz[last]! & TITLE_B) !== 0 && (gaz[last]! & PER_ANY) === 0 && !units[last]!.article && last + 1 < n && units[last + 1]!.kind === "word" && (units[last + 1]!.article || (gaz[last + 1]! & TITLE_I) !== 0 || headOf(units[last + 1]!) !== null)) last--
    // [سلمان بن عبدالعزيز آل سعود وسمو] نائبه: a title or honorific after a conjunction opens the next person's
    // mention, it never ends this one's
    if (type === T_PER && lang === "ar" && last > first && (gaz[last]! & (TITLE | HONORIFIC)) !== 0 && isConjunctionGlued(units[last]!)) last--
    // علي [هاشمي رفسنجاني], ادم [ساندلر]: a given name of the lists right before a person's name, untagged, opens it
    if (type === T_PER && lang === "ar" && first > 0 && tags[first - 1] === 0 && (spans.length === 0 || spans[spans.length - 1]!.last < first - 1) && givenNameBefore(units, gaz, first)) first--
    // أم [عبدالملك], ام [عبدالله]: the kunya of a woman, `أم` before her son's given name, opens the name
    if (type === T_PER && lang === "ar" && first > 0 && tags[first - 1] === 0 && (spans.length === 0 || spans[spans.length - 1]!.last < first - 1) && motherKunyaBefore(units, tags, first)) first--
    // [سيدي ولد] التاه, [محمد لمين] ولد سلامة: `ولد` (son of) in Mauritanian names joins the name after it when a
    // given name, a word with the article or a compound name's opener follows; else it is the verb (was born), and
    // no name ends or opens with it
    if (type === T_PER && lang === "ar") {
      while (last + 2 < n && isWald(units[last + 1]!) && tags[last + 1] === 0 && tags[last + 2] === 0 && followsWald(units[last + 2]!)) last += 2
      if (last > first && isWald(units[last]!)) {
        if (last + 1 < n && tags[last + 1] === 0 && followsWald(units[last + 1]!)) last++
        else last--
      }
      if (last > first && isWald(units[first]!)) {
        // [حضية] [ولد سلامة]: after a person's name, it goes on that name
        const prev = spans[spans.length - 1]
        if (prev !== undefined && prev.type === T_PER && prev.last === first - 1) {
          spans.pop()
          first = prev.first
        } else first++
      }
      if (i <= last) i = last + 1
    }
    // [وأبو] قتادة التونسي: a person's name never ends with the word that opens a compound name (`أبو`, `عبد`, `بن`,
    // `آل`, and the kunya's genitive `أبي`, `أبا`: [سعد بن أبي] وقاص); the untagged word after it completes the name
    // (a `و` glued to it is the name's own letter: `وقاص`, `وائل`), with the nisba adjectives after that
    if (type === T_PER && lang === "ar" && (isCompoundOpener(units[last]!) || (last > first && isKunyaGenitive(units[last]!))) && last + 1 < n && tags[last + 1] === 0 && completesCompound(units[last + 1]!)) {
      last = kunyaNisba(units, tags, last + 1)
      if (i <= last) i = last + 1
    } else if (type === T_PER && lang === "ar" && last === first + 1 && KUNYA().has(units[first]!.core)) {
      // [أبو قتادة] التونسي: a kunya takes the nisba adjective the tagger left after it (the name of a nom de guerre)
      last = kunyaNisba(units, tags, last)
      if (i <= last) i = last + 1
    }
    // [محمد] ب. : an initial (one Arabic letter and a period right after it) after a person's name is the family
    // name's, as police news writes suspects; the name takes it with its period
    if (type === T_PER && lang === "ar") {
      // (the initial's letter is at `last + 1` when the tagger left it out, at `last` when it took it; its period after it)
      let initial = -1
      if (isInitialAt(units, last + 1) && tags[last + 1] === 0) {
        if (!opensPersonAt(units, gaz, tags, last + 3)) last += 2
        else if (!isTitleLetter(units[last + 1]!)) initial = last + 1
      } else if (last > first && isInitialAt(units, last)) {
        // [ناصر جميل د.] سارة العمري: a title's letter (د., أ., م.) the tagger took at the end of a name, before
        // another person's name after its period, is that person's abbreviated title, not this name's initial
        if (isTitleLetter(units[last]!) && opensPersonAt(units, gaz, tags, last + 2)) last--
        else initial = last
      }
      // [ستيفن ج.] [هينتغس], [جون] ف. [كينيدي]: after an initial that is no title's letter, a person's name the tagger
      // took apart, one that opens with no given name of the lists (a family name, not the next person's), is the rest;
      // a letter the tagger took stays with its period whether or not one follows
      if (initial >= 0) {
        const end = taggedSurnameAt(units, tags, initial + 2)
        if (end >= 0) last = end
        else if (initial === last) last++
      }
      if (i <= last) i = last + 1
    }
    // مقتل [شرطي تركي], وقال [مصدر تركي]: an indefinite noun and a nationality adjective (`nounsBeforeNationality` of
    // name-cues.json) are no person's name (session 53)
    if (type === T_PER && lang === "ar" && last === first + 1 && isNationalityAfterNoun(units[first]!, units[last]!)) continue
    // a lone nisba adjective is not a person's name (الرئيس الروسي: the title's adjective, not a name)
    if (type === T_PER && lang === "ar" && first === last && isNisba(units[first]!) && (first === 0 || (gaz[first - 1]! & TITLE) !== 0)) continue
    // خادم الحرمين [الشريفين], [الشيخ]: a person's "name" made only of title and honorific words is no name
    if (type === T_PER && allTitleWords(gaz, first, last)) continue
    // [أمين] منطقة الرياض, [مساعد] رئيس النادي, [وكيل] اللاعب, [أمين] عام: a noun of an office that is a given name too,
    // alone before the rest of a title, is that title, no name (see opensTitle)
    if (type === T_PER && lang === "ar" && first === last && opensTitle(units, gaz, tags, first)) continue
    // [لي] (to me), [على]: a lone function word is no person's name, unless it is on the lists of people too (the
    // particles the lists hold, `بأن`, and the words found again are the document's check: isFunctionWordName, link.ts)
    if (type === T_PER && lang === "ar" && first === last && (gaz[first]! & PER_ANY) === 0 && isFunctionWordAfterClitics(units[first]!)) continue
    // التقى [بيل كلينتون نظيره السنغافوري], [نظيره الجامايكي], رئيس نادي [الاتحاد لنظيره] الهلالي: a counterpart with
    // a pronoun suffix (`counterparts` of not-name-words.json), the verb's object after its subject, is no word of a
    // name, a body's or a place's either (session 52, second round), nor is anything after it in the span; one that
    // opens the span goes with the nisbas after it (session 52)
    if (lang === "ar") {
      let c = first
      while (c <= last && !isCounterpart(units[c]!)) c++
      if (c <= last) {
        if (c > first) {
          last = wordEndBefore(units, first, c)
        } else {
          first = c + 1
          while (first <= last && isNisba(units[first]!)) first++
          if (first > last) continue
        }
      }
    }
    // إدارة نادي [الاتحاد برئاسة] إبراهيم البلوي: `برئاسة`, `بقيادة`, `برعاية` ("headed by", "led by", "under the
    // patronage of") open the phrase of the head after a name, no word of it (session 52, second round)
    if (lang === "ar" && first < last && units[last]!.kind === "word" && HEADED_BY().has(units[last]!.norm)) {
      last = wordEndBefore(units, first, last)
    }
    if (type === T_PER && lang === "ar") {
      // [سلمان استقبل], [استقبل] alone: a verb that opens sentences (gazetteers/not-name-words.json) is never the first
      // or last word of a person's name, and alone is none (the model ran `استقبل` into a name 33 times in 5,000
      // SaudiNewsNet articles, and propagation then found it again in every sentence)
      // [محاميه سامي] حسن, [شقيقتي ليلى]: a noun of kin with a pronoun suffix opens no person's name; it is the role
      if (first < last && isKinWithPronoun(units[first]!, gaz[first]!)) first++
      // نظيره السنغافوري غوه [تشوك تونغ]: the one untagged word right after a counterpart and its nisbas, before a
      // person's name, opens that name (session 52, second round)
      if (first > 0 && tags[first - 1] === 0 && opensAfterCounterpart(units, gaz, first - 1)) first--
      // وقال المحامي إن [خاطفي إيلنغ], وقال [مساعدو كلينتون]: a plural noun of people in construct (`possessorPlurals`
      // of name-cues.json) opens no person's name, and alone is none; the name after it is the possessor's
      if (first < last && units[first]!.kind === "word" && isPossessorNoun(units[first]!.core)) first++
      else if (first === last && units[first]!.kind === "word" && isPossessorNoun(units[first]!.core)) continue
      // [محمد رضا نعمت] زاده, [مولود جاويش] أوغلو: the second word of a Persian or Turkish family name in two words
      // (`surnameEnds` of name-cues.json), untagged, with no clitic, right after the name, ends it
      if (last + 1 < n && tags[last + 1] === 0 && units[last + 1]!.kind === "word" && !units[last + 1]!.proclitic && isSurnameEnd(units[last + 1]!.core)) {
        last++
        if (i <= last) i = last + 1
      }
      // [فلاديمير فان] ويلينبرغ: a foreign particle never ends a person's name; the untagged word after it is the
      // family name it opens (see particleBeforeSurname)
      if (last > first && last + 1 < n && tags[last + 1] === 0 && particleBeforeSurname(units, gaz, last, last + 1)) {
        last++
        if (i <= last) i = last + 1
      }
      // وقال [أرون] ستين الزميل: a number word of the tens (`tensNumbers` of name-cues.json), untagged, with no clitic,
      // right after a one-word name that is no given name of the lists (a foreign given name), is its family name when
      // no counted noun follows (the end, a mark, a word with the article, a function word: not `ستين عاما`)
      if (first === last && last + 1 < n && tags[last + 1] === 0 && tensSurnameAt(units, last)) {
        last++
        if (i <= last) i = last + 1
      }
      if (first < last && isListedVerb(units[first]!)) {
        first++
        while (first < last && units[first]!.kind === "punct") first++
      }
      // ([فرنسيس دي سال]: not after a foreign particle, whose family name a verb may spell)
      if (first < last && isListedVerb(units[last]!) && !FOREIGN_PARTICLES.has(written(units[last - 1]!.text))) {
        // (نواف بن محمد: كشف: nor does a punctuation mark left before the verb end it)
        last = wordEndBefore(units, first, last)
      }
      if (first === last && isListedVerb(units[first]!)) continue
      // وطالب [بارزاني]، من جهته، [طالب مسعود البارزاني]: a past verb that is a given name too opens no person's name where
      // a clause opens (see clauseVerbAt); alone it is no name, nor is the verb's object glued to ب after it (وطالب بوقف)
      if (type === T_PER && clauseVerbAt(units, first)) {
        if (first === last) continue
        first++
        while (first < last && units[first]!.kind === "punct") first++
        if (first === last && isBaObject(units[first]!)) continue
      }
      // التركي وطالب [بوقف] قصف …: the verb's object glued to ب, tagged alone right after such a verb, is no name either
      if (type === T_PER && first === last && first > 0 && isBaObject(units[first]!) && clauseVerbAt(units, first - 1)) continue
      // [رحيل بن زيما], ب[إشراف حسن عامري], [بمقابلة جونغ -أون]: a verbal noun of an event that takes a person's name in
      // construct (`openingNouns` of not-name-words.json) never opens that name; alone it stays (رحيل, a family name too)
      if (first < last && isOpeningNoun(units[first]!)) {
        first++
        while (first < last && units[first]!.kind === "punct") first++
      }
      // [عز بهدوء], [الرجل ببساطة]: a noun of manner of the list behind a `ب` the tokenizer left glued to it (a manner
      // word) never ends a person's name (the list is not commonNouns: `بليلة`, Balila, is `ب` + `ليلة`)
      if (first < last && isMannerWord(units[last]!)) {
        last = wordEndBefore(units, first, last)
      }
      // [فيصل بن سلمان نظير] مواساته: bare `نظير` ("in return for") before a verbal noun with a pronoun suffix or
      // `ما` is no word of a name, nor is anything after it (not `بي نظير بوتو`; session 52, second round)
      for (let k = first + 1; k <= last; k++) {
        if (isInReturnFor(units, k)) {
          last = wordEndBefore(units, first, k)
          break
        }
      }
      // [فهد بن عبد الرحمن آل سالم أولى] هذه المبادرة, الملك [سلمان بن عبدالعزيز آل سعود وسام] الأسد: a family
      // name after `آل` is one word, or two when the first opens a compound (`آل عبد الله`), the second ends one (`آل
      // جار الله`) or has the article (a nisba or a family name: `آل طالع العسيري`, `آل غالب الشريف`); a verb or a
      // common word without it ends the name (session 52, second round)
      for (let a = first; a + 2 <= last; a++) {
        if (units[a]!.kind !== "word" || units[a]!.core !== AL_FAMILY_KEY || units[a]!.proclitic || !AL_WRITTEN.has(written(units[a]!.text))) continue
        if (isCompoundOpener(units[a + 1]!)) continue
        // (a mark or a word glued to `و` with more after it, the next name of a list: `محمد آل فتيل وكامل الموسى`, left
        // to the rules that part them)
        const u2 = units[a + 2]!
        if (u2.kind !== "word" || u2.article || SURNAME_SECONDS().has(u2.core) || (u2.proclitic && a + 3 <= last)) continue
        last = a + 1
        break
      }
      // وناشد [ماجد مغردي] المنصات, الأمير [فيصل بن سعود برقية] تهنئة, [مجدي بضرورة]: a common noun that follows a
      // subject's name as its verb's object or a construct's head (`objectNouns` of not-name-words.json) never ends a
      // person's name, and one alone is none
      if (first < last && isObjectNoun(units[last]!)) {
        last = wordEndBefore(units, first, last)
      }
      if (first === last && isObjectNoun(units[first]!)) continue
      // بدا [إبراهيم حزيناً], عين [منصور زعيماً], [سعود نائبًا]: a word with the tanween of the accusative (an adjective
      // of state, an object, an adverb) never ends a person's name, and one alone is none (a given name in the
      // accusative, `محمداً`, stays)
      while (first < last && isAccusativeTanween(units[last]!)) {
        last = wordEndBefore(units, first, last)
      }
      if (first === last && isAccusativeTanween(units[first]!)) continue
      // [جاء فيه]: nor is the function word a verb or a noun of the lists was cut from (as alone, above)
      if (first === last && (gaz[first]! & PER_ANY) === 0 && isFunctionWordAfterClitics(units[first]!)) continue
      // [خديجة وهي], [محمد قبل]: a function word never ends a person's name (but the surnames among them: Lee, Gere, Emam)
      while (first < last && (gaz[last]! & PER_ANY) === 0 && endsNoName(units[last]!)) last--
      // [يوسف يروي لي]: nor does a listed verb with the function word after it (`لي` stays a surname, Lee, elsewhere)
      if (first + 1 < last && isFunctionWordAfterClitics(units[last]!) && isListedVerb(units[last - 1]!)) {
        last = wordEndBefore(units, first, last - 1)
      }
      // شهر [رمضان], في [رمضان], [رمضان] المبارك: a month that is a given name too, where the words around show the month
      if (first === last && isArabicMonth(units, first)) continue
    }
    // [DVD], [PCs], [P2P]: an English acronym of the list (technology and consumer goods) alone is no name, whatever type
    // the tagger gave it
    if (lang === "en" && first === last && isEnglishCommonNoun(units[first]!)) continue
    // مدينة [تجارية], منطقة [سكنية], مدينة [تاريخية ودينية]: a nisba adjective after an indefinite noun of a place is
    // no place's name (see isAdjectiveAfterPlaceNoun)
    if (lang === "ar" && type === T_LOC && isAdjectiveAfterPlaceNoun(units, gaz, first, last)) continue
    // [منظمة إرهابية], [جامعة سعودية], [حزب كردي]: a body's head noun with nisba adjectives, all indefinite, is a common
    // phrase ("a terrorist organisation"), no body's name (session 53; see isIndefiniteBodyPhrase)
    if (lang === "ar" && type === T_ORG && isIndefiniteBodyPhrase(units, gaz, first, last)) continue
    if (lang === "ar" && first === last) {
      // أبريل ([نيسان]), [نيسان]/أبريل, 22 [نيسان]: a calendar month written as a date is no name (نيسان is the car
      // maker too), whatever type the tagger gave it
      if (isCalendarMonth(units, first)) continue
      // [الميليشيات], [رحمه] الله: a common noun of the list (gazetteers/not-name-words.json) or a formula of blessing
      // alone is no name, whatever type the tagger gave it
      if (isCommonNoun(units[first]!) || isGluedCommonNoun(units[first]!) || isMannerWord(units[first]!) || isFormulaWord(units[first]!)) continue
      // للـ[إغاثة]: a person that is a common noun of the list behind the article the preposition swallowed (the list
      // writes most nouns without the article; not for other types: `أهلي` is listed, `الأهلي` is the club)
      if (type === T_PER && units[first]!.article && isCommonNounWord(units[first]!.bare)) continue
      // فساد [مالي], نظام إداري و[مالي]: a place's name that is also an adjective ("financial") is the adjective right
      // after an indefinite noun (see isAdjectiveUse), as ANERcorp tags it
      if (type === T_LOC && isAdjectiveUse(units, first)) continue
      // الأسهم [السعودية], العائلة المالكة [السعودية]: `السعودية` after a word with the article is the adjective ("Saudi",
      // agreeing with the noun), as ANERcorp tags it (see isAdjectiveCountry)
      if (type === T_LOC && isAdjectiveCountry(units, gaz, tags, first)) continue
      // رئيس الاتحاد [الليبيري], النادي [الباريسي]: the nisba of a place of the lists after a word with the article is
      // the adjective agreeing with it, no person (see isPlaceNisbaAfterNoun)
      if (type === T_PER && isPlaceNisbaAfterNoun(units, gaz, tags, first)) continue
      // سعودي الجنسية: a nationality adjective without the article (the lists have it with the article) is no name,
      // unless it is a given name too (الأمير تركي)
      if ((gaz[first]! & PER_ANY) === 0 && isIndefiniteNationality(units[first]!)) continue
      // [لصالح] المجلس: the preposition "in favour of" before a word is no name (Saleh's name after `ل`, as in
      // `الموالين لصالح`, is followed by a mark, a conjunction or a relative pronoun)
      if (isInFavourOf(units, first)) continue
      // «[الشرق الأوسط] [أونلاين]»: `أونلاين` ends the name of a paper's web edition; the tagger made it a person
      // (106 times in 5,000 SaudiNewsNet articles, in the paper's dateline); it joins the name right before it, and
      // alone is no name
      if (isOnlineWord(units[first]!)) {
        const prev = spans[spans.length - 1]
        if (prev !== undefined && prev.last === first - 1 && prev.type !== T_PER) {
          prev.last = first
          // (a paper's web edition is an organisation, whatever the tagger made of the paper's name: الشرق الأوسط is a place too)
          prev.type = T_ORG
        }
        continue
      }
    }
    // ( [Nwe moon] ), [Multiple sclerosis]: a phrase in the Latin script with a word in lower case, in an Arabic text,
    // is a glossed term, not a name (see isLowerCaseLatinPhrase)
    if (lang === "ar" && last > first && isLowerCaseLatinPhrase(units, first, last)) continue
    // [عنان وصبري], [خالد ومشعل وفهد]: a conjunction glued inside a person's name opens another person's (see splitAtConjunctions)
    if (type === T_PER && lang === "ar" && first < last && splitAtConjunctions(units, gaz, tagged.marginals, tags, first, last, spans)) continue
    if (type === T_PER && lang === "ar" && first < last) {
      const parts = dashParts(text, units, gaz, first, last)
      if (parts !== null) {
        for (const [a, b] of parts) spans.push({ first: a, last: b, type, confidence: confidenceOf(tagged.marginals, tags, a, b), glued: 0 })
        continue
      }
    }
    // [Mr Sarkozy] typed as a place, [Dr Reddy] as an organisation: the tagger took the honorific into a name it
    // mistyped; an English name that opens with Mr, Mrs, Ms, Miss, Dr or Sir is a person's (and the honorific is cut below)
    // 40 ألف [ريال], (500) [دولار]: a currency after an amount is MISC, as ANERcorp tags currencies, whatever type
    // the tagger gave it (an organisation 23 times in 6,441 texts: ريال is also the club)
    if (lang === "ar" && first === last && type !== T_MISC && isCurrencyAfterAmount(units, first)) {
      spans.push({ first, last, type: T_MISC, confidence: confidenceOf(tagged.marginals, tags, first, last), glued: 0 })
      continue
    }
    // أجهزة [أندرويد], هاتف [غالاكسي] A8, «[آيفون]»: a product's name of the list (`products` of name-cues.json) is MISC,
    // as the tagger types it some of the time, whatever type it gave (a person 315 times in the SaudiNewsNet and BBC Arabic texts)
    if (lang === "ar" && type !== T_MISC && last - first <= 2 && isProductSpan(units, first, last)) {
      spans.push({ first, last, type: T_MISC, confidence: confidenceOf(tagged.marginals, tags, first, last), glued: 0 })
      continue
    }
    // [الكرملين] typed as a place, [البوليساريو] as a person, [اليونيفيل] and [ناسا] as MISC: an organisation's one-word
    // name of the list (`bodyWords` of name-cues.json, the acronyms of international bodies) is an organisation whatever
    // type the tagger gave it (MISC too with the readers' spans, since session 57: ANERcorp writes `اليونيفيل` MISC)
    if (lang === "ar" && first === last && type !== T_ORG && (whole || type !== T_MISC) && isBodyWord(units[first]!.core)) {
      spans.push({ first, last, type: T_ORG, confidence: confidenceOf(tagged.marginals, tags, first, last), glued: 0 })
      continue
    }
    // [البيت الأبيض], [بوكو حرام], [يوتيوب] typed MISC: with the readers' spans, a name that is, exactly, an organisation
    // of the post-processing list (known-organizations.json) is an organisation (ANERcorp writes `البيت الأبيض` MISC,
    // so `khabar tag` keeps it; fifty-eighth session)
    if (lang === "ar" && whole && type === T_MISC && last - first < MAX_KNOWN_MISC_WORDS && isKnownOrganization("ar", coreKeys(units, first, last).join(" "))) {
      spans.push({ first, last, type: T_ORG, confidence: confidenceOf(tagged.marginals, tags, first, last), glued: 0 })
      continue
    }
    if (lang === "ar" && type === T_PER && isGoodPhrase(units, first)) continue
    // أسلافنا منذ 130 ألف [سنة], ولد [سنة] 600م: the year next to a number is no name (the tagger took it for the
    // Sunnis, an organisation in ANERcorp)
    if (lang === "ar" && first === last && isYearWord(units, first)) continue
    // ميدانياً, روسياً, سورياً, فلكياً: an accusative adverb of a nisba, written with tanween, is no name (the country
    // is written without it)
    if (lang === "ar" && first === last && isNisbaAdverb(units[first]!)) continue
    // [ليناً] وسائلاً, فتح [باباً], [فلينأ] عنه: a lone word with the tanween or a verb's final hamza is no given name
    if (lang === "ar" && type === T_PER && first === last && (isTanweenNotName(units[first]!) || isHamzaVerbNotName(units[first]!))) continue
    // [فَوَاللَّهِ] إن, [فوالله] لن: the oath by God, no person (session 63)
    if (lang === "ar" && type === T_PER && first === last && isOathWord(units[first]!.core)) continue
    const kind = lang === "en" && type !== T_PER && last > first && (gaz[first]! & HONORIFIC) !== 0 && EN_PERSONAL_HONORIFICS.has(units[first]!.norm) ? T_PER : type
    spans.push({ first, last, type: kind, confidence: confidenceOf(tagged.marginals, tags, first, last), glued: 0 })
  }
  if (lang === "ar" && spans.length > 0) spans = correctArabic(units, gaz, tags, spans)
  // (the two rules get `tagged`, not its marginals: the max-marginals are computed when first read, and a sentence
  // where neither adds a name, nor the tagger found one, never needs them; sixtieth session)
  if (lang === "ar") spans = namedAfterCue(text, units, gaz, tags, tagged, spans)
  if (lang === "ar") spans = writerAfterCue(units, gaz, tags, tagged, spans)
  if (lang === "ar" && spans.length > 0) spans = nisbaBeforePerson(units, gaz, spans)
  if (lang === "ar" && spans.length > 0) spans = daughterOf(units, gaz, tags, spans)
  if (lang === "ar" && spans.length > 1) spans = givenNameBeforeKunya(units, gaz, spans)
  if (lang === "ar" && spans.length > 1) spans = givenNameTitleInName(units, gaz, spans)
  if (lang === "ar")
    for (let q = 0; q < spans.length; q++) {
      const sp = spans[q]!
      regnalNumber(units, tags, sp)
      generationalAfter(units, tags, sp)
      tribeNisbaAfter(units, tags, sp)
      familyNisbaAfter(units, gaz, tags, sp)
      surnameAfterTitledGivenName(units, gaz, tags, sp)
      surnameOfSpeaker(units, gaz, tags, sp)
      titleSurnameBeforeNisba(units, gaz, tags, sp)
      dashedGivenName(units, gaz, tags, sp)
      appositionName(units, gaz, tags, spans, q)
      if (sp.type === T_PER && sp.glued === 0) sp.glued = gluedPersonClitic(units, gaz, sp.first)
    }
  // فأرجو, فإني, فإياك: one word of `ف` before a hamza on alef that the lists do not know is a verb or a particle after
  // the conjunction, no name
  // (a new array only when one is found: this runs on every Arabic sentence; and no closure made per sentence, which
  // with esbuild's keep-names costs a property definition too)
  if (lang === "ar") {
    let found = false
    for (let q = 0; q < spans.length && !found; q++) found = faAlone(units, spans[q]!)
    if (found) spans = spans.filter((sp) => !faAlone(units, sp))
  }
  const out: Array<Mention> = []
  for (const sp of spans) {
    let first = sp.first
    const last = sp.last
    let role: string | null = null
    if (sp.type === T_PER) {
      // titles tagged as part of the name go to the role
      let k = first
      while (k < last && (gaz[k]! & (TITLE | HONORIFIC)) !== 0 && !(lang === "ar" && (isGivenNameBeforeNasab(units, gaz, k) || isGivenNameAfterTitle(units, gaz, k, last) || (k === first && isGivenNameOpening(units, gaz, k, last))))) k++
      const inner = k > first ? roleText(text, units, first, k - 1) : null
      let innerTitled = false
      for (let q = first; q < k; q++) if ((gaz[q]! & TITLE) !== 0) innerTitled = true
      first = k
      const before = roleBefore(units, gaz, tags, first, lang)
      const after = roleAfter(units, gaz, tags, last + 1, lang)
      if (before !== null && (before.titled || after === null)) role = roleText(text, units, before.first, before.last)
      else if (after !== null) role = roleText(text, units, after.first, after.last)
      else if (inner !== null) role = inner
      if (role !== null && lang === "en" && before === null && after === null && inner !== null && !/[A-Z]/.test(inner.charAt(0))) role = null
      // Mr Kruger: an English honorific is no role
      if (role !== null && role === inner && lang === "en" && !innerTitled) role = null
    }
    const glued = first === sp.first ? sp.glued : 0
    out.push({
      type: TYPE_NAMES[sp.type]!,
      start: glued > 0 ? withoutGlued(units[first]!, glued).nameStart : units[first]!.nameStart,
      end: units[last]!.end,
      units: units.slice(first, last + 1),
      role,
      confidence: sp.confidence,
      ...(glued > 0 ? { glued } : {})
    })
  }
  return out
}
