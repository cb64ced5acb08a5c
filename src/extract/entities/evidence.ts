/**
 * Evidence for the post-processing of mentions, read after the tagger (never
 * by its features, so that it can change without retraining):
 *
 * - `gazetteers/known-organizations.json`: well-known companies, broadcasters,
 *   parties and clubs. An entity the tagger typed as a person whose longest
 *   mention is one of them, or an organisation of `gazetteers/organizations.json`
 *   (English), is an organisation (`Yukos`, `Nintendo`, `Chelsea`, `تشيلسي`),
 *   unless its mentions show a person (see `link.ts`). Its Arabic bodies of
 *   two words or more (`الدفاع المدني`, `وزارة الصحة`) are also added where
 *   the tagger left them untagged (`listedOrganizations`, mentions.ts).
 * - English cues next to a mention that only an organisation takes:
 *   `shares in X`, `games maker X`, `X boss`, `X chief executive`, `X
 *   striker`, `X's shareholders` (see {@link englishOrgCue}).
 * - `gazetteers/not-name-words.json`: Arabic verbs that open sentences and
 *   that the tagger runs into a name (`استقبل`, `يقول`), and words that may
 *   end a name but are none alone (`الابن`, `الثاني`).
 * - Arabic month names that are given names too (`رمضان`, `شعبان`, `رجب`),
 *   read as the month where the words around say so (`شهر رمضان`, `في
 *   رمضان`, `رمضان المبارك`; see {@link isArabicMonth}).
 *
 * - `gazetteers/not-name-words.json` `commonNouns`: common nouns the Arabic
 *   model types as names (`الميليشيات`, `الهاون`); one alone is no name.
 * - Calendar months written as dates (`أبريل (نيسان)`, `نيسان/أبريل`, `22
 *   نيسان`; see {@link isCalendarMonth}), `أونلاين` after a paper's name
 *   ({@link isOnlineWord}), formulas of blessing after a name (`رحمه الله`,
 *   {@link isFormulaWord}) and dashes with a space beside them, which separate
 *   a name from a byline's paper or place ({@link isSpacedDash}).
 *
 * Every scan here reads a bounded window around a mention: linear in the
 * text.
 *
 * @module
 */
import { Schema } from "effect"
import knownOrganizations from "../../lexicons/gazetteers/known-organizations.json" with { type: "json" }
import arWeekdays from "../../lexicons/ar/weekdays.json" with { type: "json" }
import nameCues from "../../lexicons/gazetteers/name-cues.json" with { type: "json" }
import notNameWords from "../../lexicons/gazetteers/not-name-words.json" with { type: "json" }
import { isAnyDigit } from "../../lexicons/key.js"
import { decodeLexicon, WeekdaysFile } from "../../lexicons/lexicon.js"
import { PhraseTrie } from "../../lexicons/trie.js"
import { ByLanguage, CATEGORIES, decodeGazetteer, envelope, foldedSet, gazetteer, loadGazetteerFiles, searchKey, unitKey, wordListFile, type Lang } from "./gazetteer.js"
import { segment, type Unit } from "./text.js"

/** Well-known organisations, read by the post-processing only (`link.ts`). */
export const KnownOrganizationsFile = wordListFile("known-organizations")
export type KnownOrganizationsFile = typeof KnownOrganizationsFile.Type

/** Words that are no name on their own, read by the post-processing only (`mentions.ts`, `extract.ts`). */
export const NotNameWordsFile = Schema.Struct({
  ...envelope,
  category: Schema.Literal("not-name-words"),
  /** Verbs: never the first or last word of a person's name, and no name alone (`استقبل`, `يقول`). */
  verbs: ByLanguage,
  /** Words that may end a name but are no name alone, so never looked for again as a surname (`الابن`). */
  notAlone: ByLanguage,
  /** Common nouns the model types as names (`الميليشيات`, `الهاون`): one alone is no name, whatever its type. */
  commonNouns: ByLanguage,
  /** Nouns of manner (`هدوء`, `بساطة`): behind a glued `ب` (`بهدوء`), the last word of no person's name and no name alone. */
  mannerNouns: ByLanguage,
  /**
   * Common nouns that follow a subject's name as its verb's object or the head of a construct, also behind a glued `ب`
   * or `ل` (`شكره`, `برقية`, `مغردي`, `بضرورة`): the last word of no person's name, and no name alone.
   */
  objectNouns: ByLanguage,
  /**
   * Verbal nouns of an event that take a person's name in construct (`رحيل`, `إشراف`, `مقابلة`), also behind a glued `ب`,
   * `ل`, `و` or `ف` (`بمقابلة`): never the first word of a person's name of two words or more (fifty-seventh session).
   */
  openingNouns: ByLanguage,
  /**
   * Past verbs that are given names too (`طالب`, "demanded" and Talib; `طلب`): at a clause's start, the verb, never
   * the first word of a person's name (fifty-eighth session).
   */
  clauseVerbs: ByLanguage,
  /**
   * Verbal nouns of purpose (`مناقشة`, `بحث`, `دراسة`) after a glued `ل` that follow a body's name (`لجنة التطوير الإداري
   * لمناقشة الخطة`): no part of the name.
   */
  purposeNouns: ByLanguage,
  /**
   * A counterpart with a pronoun suffix (`نظيره`, `نظيرتها`, `نظرائه`), the object of a verb of meeting after its
   * subject's name: no word of a person's name, nor any word after it in the same mention.
   */
  counterparts: ByLanguage
})
export type NotNameWordsFile = typeof NotNameWordsFile.Type

/** Words around a person's name, read by the post-processing only (`mentions.ts`). */
export const NameCuesFile = Schema.Struct({
  ...envelope,
  category: Schema.Literal("name-cues"),
  /** Nisbas of large tribes: one right after a person's name is its last part (`<given> بن <father> الحارثي`). */
  tribeNisbas: ByLanguage,
  /** Nouns of a person that a naming cue follows (`رجل يدعى <name>`). */
  personNouns: ByLanguage,
  /** Nouns of a natural feature or part of a land that open a place's name (`نهر`, `جبل`, `شبه جزيرة`). */
  placeHeads: ByLanguage,
  /** Adverbs of time, never the last word of a name (`غدا`, `أمس`). */
  timeWords: ByLanguage,
  /** Places whose name is also an adjective (`مالي`, Mali and "financial"). */
  adjectivePlaces: ByLanguage,
  /** Nouns that take a country's name in construct (`شمال مالي`, `شعب مالي`). */
  placeConstructNouns: ByLanguage,
  /** Nouns of a river or an island that ANERcorp leaves out of the place's name (`نهر` of `نهر النيل`). */
  outsideHeads: ByLanguage,
  /** Prepositions and adverbs of place that a place's name follows (`في`, `إلى`, `شمال`). */
  placePrepositions: ByLanguage,
  /** Masculine adjectives that are men's given names too (`سليم`, `نبيل`): alone after a noun, the adjective. */
  adjectiveNames: ByLanguage,
  /** Nouns of manner (`بشكل`, `بصورة`) and `غير`, after which such a word is the adjective. */
  adjectiveCues: ByLanguage,
  /** Adverbs of degree after an adjective (`جدا`, `للغاية`). */
  degreeWords: ByLanguage,
  /** The words of a name's lineage or kunya (`بن`, `أبو`, `آل`): nouns that take a name in construct, read alone by the quote stage. */
  lineageWords: ByLanguage,
  /** More nouns that take a person's name in construct (`نجل`, `بني`, `حكم`, `مثل`): such a word after one stays a name. */
  nameConstructs: ByLanguage,
  /** Nouns of an office that are given names too (`أمين`, `مساعد`, `وكيل`): alone before the rest of a title, the title. */
  titleNouns: ByLanguage,
  /** Words that go on a title after such a noun (`عام` of `أمين عام`, `سر` of `أمين سر`). */
  titleTails: ByLanguage,
  /** Names of products (operating systems, phones: `أندرويد`, `آيفون`, `غالاكسي`): a person's mention that is one is MISC. */
  products: ByLanguage,
  /**
   * Names of organisations written as one word that is no common word, no place and no person's name (the Arabic
   * acronyms of international bodies: `الفيفا`, `اليونسكو`, `الويبو`): one the tagger left untagged or typed as a person
   * or a place is an organisation.
   */
  bodyWords: ByLanguage,
  /** Abstract nouns that `حسن` ("good", a given name too) takes in construct (`حسن الظن`, `حسن النية`): after them, no name. */
  goodNouns: ByLanguage,
  /** Pieces of writing whose author follows with a glued `ل` (`تقريرا لهانا سميث بعنوان`). */
  writingNouns: ByLanguage,
  /** The other words a name after a glued `ل` is the complement of (`خلفا ل`, `وفقا ل`, `بالنسبة ل`). */
  gluedNameCues: ByLanguage,
  /** `ل` and a paper's correspondent or editor (`لمراسلتها`, `لمحررها`), which the author's name follows after a piece of writing. */
  correspondents: ByLanguage,
  /** Words an author's name follows with no preposition (`بقلم روبرت فيسك`, `تقرير أعده هاري يورك`). */
  bylineCues: ByLanguage,
  /** Words that may follow an author's name after a writing cue: the title, a topic, a place (`بعنوان`, `عن`, `من`). */
  afterWriter: ByLanguage,
  /** Words that set a son or a father apart from the man of the same name (`الابن`, `الأب`, `جونيور`, `Jr`). */
  generational: ByLanguage,
  /** Family names of Korea, China and Vietnam as Arabic news writes them (`كيم`, `لي`, `مون`): a dashed given name's cue. */
  eastAsianSurnames: ByLanguage,
  /** Nouns of kin and close relations (`شقيق`, `زوجة`, `محامي`): with a pronoun suffix, a role before a name, not its first word. */
  kinNouns: ByLanguage,
  /** The second word of Persian and Turkish family names written in two words (`زاده`, `أوغلو`): it ends a person's name. */
  surnameEnds: ByLanguage,
  /** Titles of royals who go by one name (`الملك`, `الأمير`, `الإمام`): such a name is not the father's after `بن`. */
  royalTitles: ByLanguage,
  /** The word that opens a mother's kunya (`أم` of `أم سياف`). */
  motherKunyas: ByLanguage,
  /** The words that open a father's kunya (`أبو`, `ابو` of `أبو سياف`). */
  fatherKunyas: ByLanguage,
  /** Head nouns of public bodies (`هيئة`, `وزارة`, `الجيش`) whose untagged name after a verb of the lists is an organisation. */
  speakingBodies: ByLanguage,
  /**
   * The number words of the tens (`عشرين` … `تسعين`): after a one-word foreign given name, with no counted noun after, a
   * family name (`أرون ستين`); alone, no name ({@link isNotAlone}: `ستين شخصا`).
   */
  tensNumbers: ByLanguage,
  /** The nouns of years of an age (`عاما`, `سنة`): an untagged given name before `<number> عاما` is a person (`أما كريم 32 عاما قال`). */
  ageWords: ByLanguage,
  /** The first words of compound given names with `الله` (`هبة الله`, `عطا الله`, `ضيف الله`; not `عبد`). */
  godNameFirsts: ByLanguage,
  /** The first words of compound given names with `الدين` (`سيف الدين`, `نور الدين`, `عز الدين`). */
  religionNameFirsts: ByLanguage,
  /** Of {@link godNameFirsts}, the common nouns of set phrases with God's name (`فضل الله`, `أمر الله`): a name only on the tagger's evidence. */
  commonGodPhrases: ByLanguage,
  /** Relational adjectives and nouns of a profession with the article and `ي` after a name (`القيادي`, `السياسي`, `الفني`): no family name. */
  nisbaAdjectives: ByLanguage,
  /** Heads of companies and armed groups that take a family's name (`شركة`, `مجموعة`, `ميليشيات`): the family name after one is theirs. */
  familyOrgHeads: ByLanguage,
  /**
   * Nouns of an armed group's forces or members (`قوات`, `أنصار`, `مسلحو`): the family name after one is the group's where
   * the document names that family as a body (`جماعة الحوثي`, `الحوثيين`).
   */
  bodyMemberHeads: ByLanguage,
  /**
   * Offices whose place follows them in construct (`بلدية`, `عمدة`, `محافظ`, `حاكم`; no article): a person's mention
   * right after one holds the place first (`رئيس بلدية ناغازاكي X`; thirty-fourth session, listed here since the
   * thirty-sixth).
   */
  officeOfPlaceHeads: ByLanguage,
  /** Function words, as written, that a dropped space glues to the name before them (`أوغلوخلال`, `بلاترأمس`). */
  gluedFunctionWords: ByLanguage,
  /** Nouns of a work whose title follows in marks (`مسلسل «…»`, `رواية "…"`): a person's mention wholly inside is the title (MISC). */
  workNouns: ByLanguage,
  /** Nouns of a paper, a channel or a company whose name follows in marks (`صحيفة "…"`, `شركة «…»`): a person's mention wholly inside is the body. */
  markedBodyNouns: ByLanguage,
  /** Nouns of a quarter, a street, a village or a town whose name follows in marks (`حي "…"`): a person's mention inside is no person (forty-second session). */
  markedPlaceNouns: ByLanguage,
  /** Adjectives of a team's staff after `الجهاز` (`الفني`, `الطبي`): a team's people, no public body (forty-second session). */
  staffAdjectives: ByLanguage,
  /** Verbs of saying and writing that take no complement with `ب` (`قال`, `كتب`, `يرى`, `أكد`): a speaker's or a writer's name follows (forty-second session). */
  writerVerbs: ByLanguage,
  /** Words of being known or named and spokesmen's nouns (`يعرف`, `الملقب`, `المتحدث`) after which `باسم` is "by the name of" (thirty-eighth session). */
  bismCues: ByLanguage,
  /** Nouns of a news outlet that `ل` glues to after a speaker's name, "told": `وقال [ترامب] الإبن لمحطة فوكس نيوز` (forty-first session). */
  addressedOutlets: ByLanguage,
  /** Women's given names with a taa marbuta that the given names' list does not hold (`صالحة`, `نورة`; forty-first session). */
  feminineGivenNames: ByLanguage,
  /** Past verbs of protocol whose subject, a role and a name, comes before their object (`رفع`, `قدم`, `عبر`; forty-first session). */
  subjectObjectVerbs: ByLanguage,
  /**
   * Plural nouns of people in construct before a person's name (`خاطفي`, `مساعدو`, `أنصار`): never a name's first word,
   * the name after one is the possessor's (`وقال المحامي إن خاطفي [إيلنغ]`; forty-third session).
   */
  possessorPlurals: ByLanguage,
  /**
   * Nouns of what a person has, does or leads, in construct before the person's name (`اختصاص`, `ظهور`, `فتوى`): read as
   * `possessorPlurals`, the name after one is the possessor's (`كان اختصاص [هوي] طب الأطفال`; sixty-second session).
   */
  possessedNouns: ByLanguage,
  /**
   * Titles without the article that Gulf and Arab news writes far more often as a man's given name (`سلطان`, `أمير`):
   * one may open a person's name (`[سلطان اللويحق]`; forty-ninth session, listed here since the fiftieth).
   */
  givenNameTitles: ByLanguage,
  /**
   * Indefinite nouns that a nationality adjective without the article qualifies (`مصدر تركي`, `شرطي تركي`): the two
   * words are no person's name (fifty-third session).
   */
  nounsBeforeNationality: ByLanguage,
  /**
   * Titles of clergy with the article (`المطران`, `الأسقف`, `القس`, `الأب`): the word right after one is a given name
   * the tagger may not know (`متى`, `يوحنا`, `يترون`; fifty-seventh session).
   */
  clergyTitles: ByLanguage,
  /**
   * Epithets with the article that stand for a country or a city in the news (`المملكة` for the kingdom the story is
   * about, `العاصمة المقدسة` for Makkah): alone, with the readers' spans, a place (fifty-eighth session).
   */
  placeEpithets: ByLanguage,
  /** Heads of a city's public bodies (`أمانة`, `بلدية`, `شرطة`) that make an epithet after them a body's name (`أمانة العاصمة المقدسة`). */
  epithetBodyHeads: ByLanguage,
  /** Heads of bodies without the article that name a body before a word with the article (`وزارة`, `جمعية`; fifty-ninth session). */
  constructBodyHeads: ByLanguage,
  /** Words with the article after a construct head that make no body's name (`مجلس الإدارة`; fifty-ninth session). */
  commonBodyGenitives: ByLanguage,
  /** Heads of bodies with the article that name a body before a place's nisba (`البرلمان الياباني`; fifty-ninth session). */
  nisbaBodyHeads: ByLanguage,
  /** The heads of `nisbaBodyHeads` that name a body with a place's nisba alone (`البرلمان الياباني`; fifty-ninth session). */
  nisbaAloneBodyHeads: ByLanguage,
  /** Adjectives without a nisba's ending that go on a body's name after its genitive (`هيئة النقل العام`; fifty-ninth session). */
  bodyNameAdjectives: ByLanguage,
  /** Heads of institutions without the article that take a place's or a person's name (`جامعة القاهرة`; sixtieth session). */
  placeNamedBodyHeads: ByLanguage,
  /** Nouns of an administrative area between such a head and the place (`إمارة منطقة الباحة`; sixtieth session). */
  placeNamedBodyMiddles: ByLanguage,
  /** Military ranks without the article before a holder's name (`فريق`, `لواء`, `عميد`; moved from extract.ts in session 62). */
  militaryRanks: ByLanguage,
  /** Words that may follow a rank as a part of it (`أول`, `ركن`, `طيار`; moved from extract.ts in session 62). */
  rankTails: ByLanguage,
  /** Ranks that are common words too, alone before a given name only (`فريق`, `رائد`, `مقدم`; session 63). */
  commonWordRanks: ByLanguage,
  /** The oath by God with its particle glued (`والله`, `فوالله`, `تالله`; session 63): alone, no person. */
  oathWords: ByLanguage,
  /** Adjectives without the article after `نادي` as "my club" (`مفضل`, `سابق`; moved from mentions.ts in session 62). */
  clubAdjectives: ByLanguage,
  /** Masculine nationalities with the article after a club named for its city (`روما الإيطالي`; moved from link.ts in session 62). */
  clubNationalities: ByLanguage,
  /** Nouns of a team or a club without the article before a body's name (`فريق`, `نادي`, `لاعب`; moved from body-complements.ts in session 62). */
  teamNouns: ByLanguage,
  /** `ضيفه`, `مضيفه` and their forms, a team's opponent in a fixture (`سحق ضيفه ليون`; moved from this module's code in session 62). */
  fixtureOpponents: ByLanguage,
  /** Titles of the dead with the article (`الشهيد`, `الراحل`, `المرحوم`; moved from this module's code in session 63). */
  lateTitles: ByLanguage,
  /** Titles with the article whose holders go by one name (`الملك`, `الأمير`, `الرئيس`; moved from mentions.ts in session 63). */
  oneNameTitles: ByLanguage,
  /** Titles of a monarch or a pope with the article (`الملك`, `البابا`, `القيصر`; moved from mentions.ts in session 63). */
  regnalTitles: ByLanguage,
  /** The same titles without the article, after the number (`ملك قشتالة`; moved from mentions.ts in session 63). */
  regnalNouns: ByLanguage,
  /** Masculine ordinals with the article, a monarch's number (`الثاني`, `الحادي`; moved from mentions.ts in session 63). */
  regnalOrdinals: ByLanguage,
  /** Feminine ordinals with the article, a queen's number (`الثانية`; moved from mentions.ts in session 63). */
  regnalOrdinalsFeminine: ByLanguage
})
export type NameCuesFile = typeof NameCuesFile.Type

/** Validates a raw name-cues file (parsed JSON). Throws {@link GazetteerError} naming the file and the field. */
export const validateNameCues = (raw: unknown): NameCuesFile => decodeGazetteer(NameCuesFile)(raw)

/** The bundled name-cues file, validated (on each call: callers keep what they build). */
export const loadNameCues = (): NameCuesFile => validateNameCues(nameCues)

let cueSets:
  | {
      readonly tribes: ReadonlySet<string>
      readonly persons: ReadonlySet<string>
      readonly placeHeads: ReadonlySet<string>
      readonly timeWords: ReadonlySet<string>
      readonly adjectivePlaces: ReadonlySet<string>
      readonly placeConstructNouns: ReadonlySet<string>
      readonly outsideHeads: ReadonlySet<string>
      readonly placePrepositions: ReadonlySet<string>
      readonly adjectiveNames: ReadonlySet<string>
      readonly adjectiveCues: ReadonlySet<string>
      readonly degreeWords: ReadonlySet<string>
      readonly lineageWords: ReadonlySet<string>
      readonly nameConstructs: ReadonlySet<string>
      readonly titleNouns: ReadonlySet<string>
      readonly titleTails: ReadonlySet<string>
      readonly products: ReadonlySet<string>
      readonly bodyWords: ReadonlySet<string>
      readonly goodNouns: ReadonlySet<string>
      readonly writingNouns: ReadonlySet<string>
      readonly beforeGluedName: ReadonlySet<string>
      readonly correspondents: ReadonlySet<string>
      readonly bylineCues: ReadonlySet<string>
      readonly afterWriter: ReadonlySet<string>
      readonly generational: ReadonlySet<string>
      readonly eastAsianSurnames: ReadonlySet<string>
      readonly kinNouns: ReadonlySet<string>
      readonly surnameEnds: ReadonlySet<string>
      readonly royalTitles: ReadonlySet<string>
      readonly motherKunyas: ReadonlySet<string>
      readonly fatherKunyas: ReadonlySet<string>
      readonly speakingBodies: ReadonlySet<string>
      readonly tensNumbers: ReadonlySet<string>
      readonly ageWords: ReadonlySet<string>
      readonly godNameFirsts: ReadonlySet<string>
      readonly religionNameFirsts: ReadonlySet<string>
      readonly commonGodPhrases: ReadonlySet<string>
      readonly nisbaAdjectives: ReadonlySet<string>
      readonly familyOrgHeads: ReadonlySet<string>
      readonly bodyMemberHeads: ReadonlySet<string>
      readonly officeOfPlaceHeads: ReadonlySet<string>
      readonly gluedFunctionWords: ReadonlySet<string>
      readonly workNouns: ReadonlySet<string>
      readonly markedBodyNouns: ReadonlySet<string>
      readonly markedPlaceNouns: ReadonlySet<string>
      readonly writerVerbs: ReadonlySet<string>
      readonly staffAdjectives: ReadonlySet<string>
      readonly bismCues: ReadonlySet<string>
      readonly addressedOutlets: ReadonlySet<string>
      readonly feminineGivenNames: ReadonlySet<string>
      readonly subjectObjectVerbs: ReadonlySet<string>
      readonly possessorPlurals: ReadonlySet<string>
      readonly possessedNouns: ReadonlySet<string>
      readonly givenNameTitles: ReadonlySet<string>
      readonly nounsBeforeNationality: ReadonlySet<string>
      readonly clergyTitles: ReadonlySet<string>
      readonly placeEpithets: ReadonlySet<string>
      /** The first word of each of {@link placeEpithets}. */
      readonly placeEpithetFirsts: ReadonlySet<string>
      readonly epithetBodyHeads: ReadonlySet<string>
      readonly constructBodyHeads: ReadonlySet<string>
      readonly commonBodyGenitives: ReadonlySet<string>
      readonly nisbaBodyHeads: ReadonlySet<string>
      readonly nisbaAloneBodyHeads: ReadonlySet<string>
      readonly bodyNameAdjectives: ReadonlySet<string>
      readonly placeNamedBodyHeads: ReadonlySet<string>
      readonly placeNamedBodyMiddles: ReadonlySet<string>
      readonly militaryRanks: ReadonlySet<string>
      readonly rankTails: ReadonlySet<string>
      readonly commonWordRanks: ReadonlySet<string>
      readonly oathWords: ReadonlySet<string>
      readonly clubAdjectives: ReadonlySet<string>
      readonly clubNationalities: ReadonlySet<string>
      readonly teamNouns: ReadonlySet<string>
      readonly fixtureOpponents: ReadonlySet<string>
      readonly lateTitles: ReadonlySet<string>
      readonly oneNameTitles: ReadonlySet<string>
      readonly regnalTitles: ReadonlySet<string>
      readonly regnalNouns: ReadonlySet<string>
      readonly regnalOrdinals: ReadonlySet<string>
      readonly regnalOrdinalsFeminine: ReadonlySet<string>
      readonly weekdays: ReadonlySet<string>
    }
  | undefined

const cues = () => {
  if (cueSets === undefined) {
    const f = loadNameCues()
    cueSets = {
      tribes: new Set(f.tribeNisbas.ar.map(searchKey)),
      persons: new Set(f.personNouns.ar.map(searchKey)),
      placeHeads: new Set(f.placeHeads.ar.map(searchKey)),
      timeWords: new Set(f.timeWords.ar.map(searchKey)),
      adjectivePlaces: new Set(f.adjectivePlaces.ar.map(searchKey)),
      placeConstructNouns: new Set(f.placeConstructNouns.ar.map(searchKey)),
      outsideHeads: new Set(f.outsideHeads.ar.map(searchKey)),
      placePrepositions: new Set(f.placePrepositions.ar.map(searchKey)),
      adjectiveNames: new Set(f.adjectiveNames.ar.map(searchKey)),
      adjectiveCues: new Set(f.adjectiveCues.ar.map(searchKey)),
      degreeWords: new Set(f.degreeWords.ar.map(searchKey)),
      lineageWords: new Set(f.lineageWords.ar.map(searchKey)),
      nameConstructs: new Set([...f.lineageWords.ar, ...f.nameConstructs.ar].map(searchKey)),
      titleNouns: new Set(f.titleNouns.ar.map(searchKey)),
      titleTails: new Set(f.titleTails.ar.map(searchKey)),
      products: new Set(f.products.ar.map(searchKey)),
      bodyWords: new Set(f.bodyWords.ar.map(searchKey)),
      goodNouns: new Set(f.goodNouns.ar.map(searchKey)),
      writingNouns: new Set(f.writingNouns.ar.map(searchKey)),
      beforeGluedName: new Set([...f.writingNouns.ar, ...f.gluedNameCues.ar].map(searchKey)),
      correspondents: new Set(f.correspondents.ar.map(searchKey)),
      bylineCues: new Set(f.bylineCues.ar.map(searchKey)),
      afterWriter: new Set(f.afterWriter.ar.map(searchKey)),
      generational: new Set([...f.generational.ar, ...f.generational.en].map(searchKey)),
      eastAsianSurnames: new Set(f.eastAsianSurnames.ar.map(searchKey)),
      kinNouns: new Set(f.kinNouns.ar.map(searchKey)),
      surnameEnds: new Set(f.surnameEnds.ar.map(searchKey)),
      royalTitles: new Set(f.royalTitles.ar.map(searchKey)),
      motherKunyas: new Set(f.motherKunyas.ar.map(searchKey)),
      fatherKunyas: new Set(f.fatherKunyas.ar.map(searchKey)),
      speakingBodies: new Set(f.speakingBodies.ar.map(searchKey)),
      tensNumbers: new Set(f.tensNumbers.ar.map(searchKey)),
      ageWords: new Set(f.ageWords.ar.map(searchKey)),
      godNameFirsts: new Set(f.godNameFirsts.ar.map(searchKey)),
      religionNameFirsts: new Set(f.religionNameFirsts.ar.map(searchKey)),
      commonGodPhrases: new Set(f.commonGodPhrases.ar.map(searchKey)),
      nisbaAdjectives: new Set(f.nisbaAdjectives.ar.map(searchKey)),
      familyOrgHeads: new Set(f.familyOrgHeads.ar.map(searchKey)),
      bodyMemberHeads: new Set(f.bodyMemberHeads.ar.map(searchKey)),
      officeOfPlaceHeads: new Set(f.officeOfPlaceHeads.ar.map(searchKey)),
      // (as written: `أن` with its hamza, not the `ان` that ends سليمان)
      gluedFunctionWords: new Set(f.gluedFunctionWords.ar),
      workNouns: new Set(f.workNouns.ar.map(searchKey)),
      markedBodyNouns: new Set(f.markedBodyNouns.ar.map(searchKey)),
      markedPlaceNouns: new Set(f.markedPlaceNouns.ar.map(searchKey)),
      writerVerbs: new Set(f.writerVerbs.ar.map(searchKey)),
      staffAdjectives: new Set(f.staffAdjectives.ar.map(searchKey)),
      bismCues: new Set(f.bismCues.ar.map(searchKey)),
      addressedOutlets: new Set(f.addressedOutlets.ar.map(searchKey)),
      feminineGivenNames: new Set(f.feminineGivenNames.ar.map(searchKey)),
      subjectObjectVerbs: new Set(f.subjectObjectVerbs.ar.map(searchKey)),
      possessorPlurals: new Set(f.possessorPlurals.ar.map(searchKey)),
      possessedNouns: new Set(f.possessedNouns.ar.map(searchKey)),
      givenNameTitles: new Set(f.givenNameTitles.ar.map(searchKey)),
      nounsBeforeNationality: new Set(f.nounsBeforeNationality.ar.map(searchKey)),
      clergyTitles: new Set(f.clergyTitles.ar.map(searchKey)),
      placeEpithets: new Set(f.placeEpithets.ar.map(searchKey)),
      placeEpithetFirsts: new Set(f.placeEpithets.ar.map((x) => searchKey(x).split(" ")[0]!)),
      epithetBodyHeads: new Set(f.epithetBodyHeads.ar.map(searchKey)),
      constructBodyHeads: new Set(f.constructBodyHeads.ar.map(searchKey)),
      commonBodyGenitives: new Set(f.commonBodyGenitives.ar.map(searchKey)),
      nisbaBodyHeads: new Set(f.nisbaBodyHeads.ar.map(searchKey)),
      nisbaAloneBodyHeads: new Set(f.nisbaAloneBodyHeads.ar.map(searchKey)),
      bodyNameAdjectives: new Set(f.bodyNameAdjectives.ar.map(searchKey)),
      placeNamedBodyHeads: new Set(f.placeNamedBodyHeads.ar.map(searchKey)),
      placeNamedBodyMiddles: new Set(f.placeNamedBodyMiddles.ar.map(searchKey)),
      militaryRanks: new Set(f.militaryRanks.ar.map(searchKey)),
      rankTails: new Set(f.rankTails.ar.map(searchKey)),
      commonWordRanks: new Set(f.commonWordRanks.ar.map(searchKey)),
      oathWords: new Set(f.oathWords.ar.map(searchKey)),
      clubAdjectives: new Set(f.clubAdjectives.ar.map(searchKey)),
      clubNationalities: new Set(f.clubNationalities.ar.map(searchKey)),
      teamNouns: new Set(f.teamNouns.ar.map(searchKey)),
      fixtureOpponents: new Set(f.fixtureOpponents.ar.map(searchKey)),
      lateTitles: new Set(f.lateTitles.ar.map(searchKey)),
      oneNameTitles: new Set(f.oneNameTitles.ar.map(searchKey)),
      regnalTitles: new Set(f.regnalTitles.ar.map(searchKey)),
      regnalNouns: new Set(f.regnalNouns.ar.map(searchKey)),
      regnalOrdinals: new Set(f.regnalOrdinals.ar.map(searchKey)),
      regnalOrdinalsFeminine: new Set(f.regnalOrdinalsFeminine.ar.map(searchKey)),
      // (the weekdays of the parse and dates lexicon, validated as it is there; the forms with the article: الخميس)
      weekdays: new Set(
        decodeLexicon(WeekdaysFile)(arWeekdays)
          .entries.flatMap((e) => e.forms)
          .filter((w) => w.startsWith("\u0627\u0644"))
          .map(searchKey)
      )
    }
  }
  return cueSets
}

/** Whether an Arabic word (search form, no clitic or suffix) is a noun of a work whose title follows in marks (`مسلسل`, `رواية`). */
export const isWorkNoun = (key: string): boolean => cues().workNouns.has(key)

/** Whether an Arabic word (its `core`, search form) is a woman's given name with a taa marbuta of `feminineGivenNames` (`صالحة`). */
export const isFeminineGivenName = (core: string): boolean => cues().feminineGivenNames.has(core)

/** Whether an Arabic word (its `core`, search form) is a past verb of `subjectObjectVerbs` (`رفع`, `عبر`). */
export const isSubjectObjectVerb = (core: string): boolean => cues().subjectObjectVerbs.has(core)

/**
 * Whether an Arabic word (its `core`, search form) is a plural noun of people of `possessorPlurals` (`خاطفي`, `أنصار`) or a
 * noun of what a person has of `possessedNouns` (`اختصاص`, `فتوى`): the name after it in construct is the possessor's.
 */
export const isPossessorNoun = (core: string): boolean => cues().possessorPlurals.has(core) || cues().possessedNouns.has(core)

/** Whether an Arabic word (its `core`, search form) is an indefinite noun a nationality adjective qualifies, of `nounsBeforeNationality` (`مصدر`, `شرطي`). */
const isNounBeforeNationality = (core: string): boolean => cues().nounsBeforeNationality.has(core)

/** The nationality adjectives of `gazetteers/nationalities.json` without the article, search form, masculine and feminine (`تركي`, `تركيه`). */
const bareNationalities = foldedSet(() => {
  const out: Array<string> = []
  for (const f of loadGazetteerFiles().lists) {
    if (f.id !== "gazetteers/nationalities") continue
    for (const w of f.entries.ar ?? []) {
      const k = searchKey(w)
      if (!k.startsWith("\u0627\u0644") || k.includes(" ")) continue
      const bare = k.slice(2)
      out.push(bare)
      if (bare.endsWith("\u064a")) out.push(`${bare}\u0647`)
    }
  }
  return out
})

/** Whether an Arabic word is a nationality adjective without the article or a clitic (`تركي`, `سعودية`). */
export const isBareNationality = (u: Unit): boolean => u.kind === "word" && !u.article && !u.proclitic && bareNationalities().has(u.core)

/**
 * Whether `adjective` is a nationality without the article qualifying `noun`, an indefinite noun of
 * `nounsBeforeNationality` right before it (`مصدر تركي`, `شرطي تركي`): the two words are no person's name.
 */
export const isNationalityAfterNoun = (noun: Unit, adjective: Unit): boolean =>
  noun.kind === "word" && !noun.article && isNounBeforeNationality(noun.core) && isBareNationality(adjective)

/** Whether an Arabic word (its `core` with the article, search form) is a title of clergy of `clergyTitles` (`المطران`, `الأسقف`; fifty-seventh session). */
export const isClergyTitle = (core: string): boolean => cues().clergyTitles.has(core)

/**
 * Whether an Arabic phrase (search form, words joined by one space, the first with the article) is an epithet of a place
 * of `placeEpithets` (`المملكة`, `العاصمة المقدسة`; fifty-eighth session).
 */
export const isPlaceEpithet = (key: string): boolean => cues().placeEpithets.has(key)

/**
 * Whether an Arabic word (its `core` with the article, search form) is the first word of an epithet of `placeEpithets`
 * (`المملكة`, `العاصمة`): `placeEpithetsAlone` asks it of every untagged word with the article before it builds the phrase
 * of two words, a new string hashed for each such word (sixtieth session, helper perf6).
 */
export const startsPlaceEpithet = (core: string): boolean => cues().placeEpithetFirsts.has(core)

/** Whether an Arabic word (its `core`, search form) is a head of `epithetBodyHeads` (`أمانة`, `شرطة`; fifty-eighth session). */
export const isEpithetBodyHead = (core: string): boolean => cues().epithetBodyHeads.has(core)

/** Whether an Arabic word (its `core`, search form) is a head of `constructBodyHeads` (`وزارة`, `جمعية`; fifty-ninth session). */
export const isConstructBodyHead = (core: string): boolean => cues().constructBodyHeads.has(core)

/** Whether an Arabic word (its `core`, search form) is one of `commonBodyGenitives` (`الإدارة`; fifty-ninth session). */
export const isCommonBodyGenitive = (core: string): boolean => cues().commonBodyGenitives.has(core)

/** Whether an Arabic word (its `core`, search form) is a head of `nisbaBodyHeads` (`البرلمان`, `الهيئة`; fifty-ninth session). */
export const isNisbaBodyHead = (core: string): boolean => cues().nisbaBodyHeads.has(core)

/** Whether an Arabic word (its `core`, search form) is a head of `nisbaAloneBodyHeads` (`البرلمان`; fifty-ninth session). */
export const isNisbaAloneBodyHead = (core: string): boolean => cues().nisbaAloneBodyHeads.has(core)

/** Whether an Arabic word (its `core`, search form) is one of `bodyNameAdjectives` (`العام`; fifty-ninth session). */
export const isBodyNameAdjective = (core: string): boolean => cues().bodyNameAdjectives.has(core)

/** Whether an Arabic word (its `core`, search form) is one of `placeNamedBodyHeads` (`جامعة`, `بورصة`; sixtieth session). */
export const isPlaceNamedBodyHead = (core: string): boolean => cues().placeNamedBodyHeads.has(core)

/** Whether an Arabic word (its `core`, search form) is one of `placeNamedBodyMiddles` (`منطقة`; sixtieth session). */
export const isPlaceNamedBodyMiddle = (core: string): boolean => cues().placeNamedBodyMiddles.has(core)

/** Whether an Arabic word (its `bare`, search form, no article) is a military rank of `militaryRanks` (`فريق`, `لواء`, `عميد`; session 62). */
export const isMilitaryRank = (bare: string): boolean => cues().militaryRanks.has(bare)

/** Whether an Arabic word (its `bare`, search form) is a rank's tail of `rankTails` (`أول`, `ركن`, `طيار`, `متقاعد`; session 62). */
export const isRankTail = (bare: string): boolean => cues().rankTails.has(bare)

/**
 * Whether an Arabic word (its `bare`, search form) is a rank that is a common word too, of `commonWordRanks` (`فريق`, the
 * team; `رائد`, a club; `مقدم`, a presenter; session 63): alone it takes only a name that opens with a given name.
 */
export const isCommonWordRank = (bare: string): boolean => cues().commonWordRanks.has(bare)

/** Whether an Arabic word (its `core`, search form) is an oath by God of `oathWords` (`فوالله`, `تالله`; session 63). */
export const isOathWord = (core: string): boolean => cues().oathWords.has(core)

/** Whether an Arabic word (its `bare`, search form) is an adjective of "my club" of `clubAdjectives` (`مفضل`, `سابق`; session 62). */
export const isClubAdjective = (bare: string): boolean => cues().clubAdjectives.has(bare)

/** Whether an Arabic word (search form, with the article) is a club's nationality of `clubNationalities` (`الإيطالي`; session 62). */
export const isClubNationality = (key: string): boolean => cues().clubNationalities.has(key)

/** Whether an Arabic word (its `bare`, search form) is a team's or a club's noun of `teamNouns` (`فريق`, `نادي`, `مدرب`; session 62). */
export const isTeamNoun = (bare: string): boolean => cues().teamNouns.has(bare)

/** Whether an Arabic word (search form) is a fixture's opponent of `fixtureOpponents` (`ضيفه`, `مضيفه`; session 62). */
const isFixtureOpponent = (key: string): boolean => cues().fixtureOpponents.has(key)

/** Whether an Arabic word (its `core`, search form) is a title written as a man's given name, of `givenNameTitles` (`سلطان`, `أمير`). */
export const isGivenNameTitle = (core: string): boolean => cues().givenNameTitles.has(core)

/** Whether an Arabic word (its `core`, search form) is a word after which `باسم` is "by the name of" (`يعرف`, `المتحدث`). */
export const isBismCue = (core: string): boolean => cues().bismCues.has(core)

/** Whether an Arabic word (search form, no clitic or suffix) is a noun of a news outlet spoken to (`محطة`, `شبكة`; forty-first session). */
export const isAddressedOutlet = (key: string): boolean => cues().addressedOutlets.has(key)

/** Whether an Arabic word (search form, no clitic or suffix) is a noun of a body whose name follows in marks (`صحيفة`, `شركة`). */
export const isMarkedBodyNoun = (key: string): boolean => cues().markedBodyNouns.has(key)

/** Whether an Arabic word (search form, no clitic or suffix) is a noun of a place whose name follows in marks (`حي`, `شارع`; forty-second session). */
export const isMarkedPlaceNoun = (key: string): boolean => cues().markedPlaceNouns.has(key)

/** Whether an Arabic word (its `core`, search form) is an adjective of a team's staff of `staffAdjectives` (`الفني`; forty-second session). */
export const isStaffAdjective = (core: string): boolean => cues().staffAdjectives.has(core)

/**
 * Whether an Arabic word (search form, with its article) is a title of the dead, of `lateTitles` (`الشهيد`, `الراحل`,
 * `المرحوم`, `الفقيد` and their feminines; forty-seventh session, helper arents, moved to name-cues.json unchanged in
 * session 63 by helper tidy7): the person so titled is the one an article mourns, rarely the one who speaks in it
 * (linking between namesakes), and the words between such a title and a surname are the given name.
 */
export const isLateTitle = (word: string): boolean => cues().lateTitles.has(word)

/** Whether an Arabic word (its `core`, search form) is a title of one who goes by one name, of `oneNameTitles` (`الملك`; session 63). */
export const isOneNameTitle = (core: string): boolean => cues().oneNameTitles.has(core)

/** Whether an Arabic word (its `core`, search form) is a monarch's or a pope's title, of `regnalTitles` (`البابا`; session 63). */
export const isRegnalTitleWord = (core: string): boolean => cues().regnalTitles.has(core)

/** Whether an Arabic word (its `core`, search form) is a monarch's title without the article, of `regnalNouns` (`ملك`; session 63). */
export const isRegnalNoun = (core: string): boolean => cues().regnalNouns.has(core)

/** Whether an Arabic word (its `core`, search form) is a masculine ordinal of `regnalOrdinals` (`الثاني`; session 63). */
export const isRegnalOrdinal = (core: string): boolean => cues().regnalOrdinals.has(core)

/** Whether an Arabic word (its `core`, search form) is a feminine ordinal of `regnalOrdinalsFeminine` (`الثانية`; session 63). */
export const isRegnalOrdinalFeminine = (core: string): boolean => cues().regnalOrdinalsFeminine.has(core)

/** Whether an Arabic word (its `core`, search form) is a verb of saying or writing of `writerVerbs` (`قال`, `يقول`, `كتب`; forty-second session). */
export const isWriterVerb = (core: string): boolean => cues().writerVerbs.has(core)

/** Whether an Arabic word (its `core`, search form) is an East-Asian family name of the list (`كيم`, `لي`, `مون`). */
export const isEastAsianSurname = (core: string): boolean => cues().eastAsianSurnames.has(core)

/** Whether an Arabic word (search form) is a noun of kin or of a close relation of the list (`شقيق`, `زوجه`, `محامي`). */
export const isKinNoun = (core: string): boolean => cues().kinNouns.has(core)

/** Whether an Arabic word (search form) is the second word of a Persian or Turkish family name (`زاده`, `أوغلو`). */
export const isSurnameEnd = (core: string): boolean => cues().surnameEnds.has(core)

/** Whether an Arabic word (search form) is a royal's title of the list (`الملك`, `الأميرة`, `الإمام`). */
export const isRoyalTitle = (key: string): boolean => cues().royalTitles.has(key)

/** Whether an Arabic word (search form) opens a mother's kunya (`أم`). */
export const isMotherKunya = (key: string): boolean => cues().motherKunyas.has(key)

/** Whether an Arabic word (search form, with the article if it has one) is the head noun of a speaking body (`هيئة`, `الجيش`). */
export const isSpeakingBody = (core: string): boolean => cues().speakingBodies.has(core)

/** Whether an Arabic word (its `core`, search form) is a number word of the tens of the list (`ستين`, `عشرون`). */
export const isTensNumber = (core: string): boolean => cues().tensNumbers.has(core)

/** Whether an Arabic word (its `core`, search form) is a noun of years of an age of the list (`عاما`, `سنة`). */
export const isAgeWord = (core: string): boolean => cues().ageWords.has(core)

/** Whether an Arabic word (its `core`, search form) opens a compound given name with `الله` of the list (`هبة`, `عطا`, `ضيف`). */
export const isGodNameFirst = (core: string): boolean => cues().godNameFirsts.has(core)

/** Whether an Arabic word (its `core`, search form) opens a compound given name with `الدين` of the list (`سيف`, `نور`, `عز`). */
export const isReligionNameFirst = (core: string): boolean => cues().religionNameFirsts.has(core)

/** Whether an Arabic word (its `core`, search form) before `الله` is a common noun of a set phrase too (`فضل`, `أمر`, `نعمة`). */
export const isCommonGodPhrase = (core: string): boolean => cues().commonGodPhrases.has(core)

/** Whether an Arabic word (its `core`, search form) is a relational adjective or a profession's noun of the list (`القيادي`, `السياسي`). */
export const isNisbaAdjective = (core: string): boolean => cues().nisbaAdjectives.has(core)

/**
 * Whether an Arabic word (search form, without the article) is the head of a company or an armed group that takes a
 * family's name in construct (`شركة`, `مجموعة`, `جماعة`, `ميليشيات`; `familyOrgHeads` of name-cues.json).
 */
export const isFamilyOrgHead = (core: string): boolean => cues().familyOrgHeads.has(core)

/**
 * Whether an Arabic word (search form, without the article) names an armed group's forces or members and takes the
 * group's name in construct (`قوات`, `أنصار`, `مسلحو`, `عناصر`; `bodyMemberHeads` of name-cues.json).
 */
export const isBodyMemberHead = (core: string): boolean => cues().bodyMemberHeads.has(core)

/**
 * Whether an Arabic word (search form, no article) is an office whose place follows it in construct (`بلدية`, `عمدة`,
 * `محافظ`, `حاكم`; `officeOfPlaceHeads` of name-cues.json).
 */
export const isOfficeOfPlaceHead = (core: string): boolean => cues().officeOfPlaceHeads.has(core)

/**
 * Whether an Arabic word as written is a function word or adverb that a dropped space glues to the name before it
 * (`خلال` of `أوغلوخلال`, `أمس` of `بلاترأمس`; `gluedFunctionWords` of name-cues.json).
 */
export const isGluedFunctionWord = (w: string): boolean => cues().gluedFunctionWords.has(w)

/** Whether an Arabic word (search form) opens a father's kunya (`أبو`, `ابو`). */
export const isFatherKunya = (key: string): boolean => cues().fatherKunyas.has(key)

/** Whether an Arabic word (its `core`, search form) is a tribe's nisba of the list (`العنزي`, `الحارثي`). */
export const isTribeNisba = (core: string): boolean => cues().tribes.has(core)

const PLACE_TRIE = CATEGORIES.indexOf("LOC")

/** `ي` and `ه` (the search form's `ة`). */
const YEH = 0x064a
const HEH = 0x0647

/**
 * Whether an Arabic word with the article is the nisba adjective of a place of the lists, masculine or feminine: the
 * word without the article and its `ي` (or `ية`) is the place's name (`المصري`, `العراقية`, `الطائفي`), or that name
 * with `ا`, `يا` or `ية` after it (`البريطاني`, `الليبيري`, `السعودي`), with `ان` before the `ي` of the nisba
 * (`الأوروغوياني`, `الباراغوياني`, from `الأوروغواي`, `باراغواي`), with or without the article. One check for the
 * nisba of a place after the noun it agrees with (mentions) and for a surname found again there (propagation).
 */
export const isPlaceNisba = (u: Unit): boolean => {
  if (u.kind !== "word" || !u.article) return false
  const b = u.bare
  const n = b.length
  if (n < 3) return false
  const last = b.charCodeAt(n - 1)
  const feminine = last === HEH && b.charCodeAt(n - 2) === YEH
  if (!feminine && last !== YEH) return false
  const stem = b.slice(0, feminine ? -2 : -1)
  if (stem.length < 2) return false
  const stems = [stem]
  if (stem.endsWith("\u0627\u0646") && stem.length > 4) {
    // (…وياني, the nisba of a name in …واي: أوروغوياني ← أوروغواي)
    const s = stem.slice(0, -2)
    stems.push(s.endsWith("\u064a") ? `${s.slice(0, -1)}\u0627\u064a` : s)
  }
  const places = gazetteer("ar").tries[PLACE_TRIE]!
  for (const s of stems) {
    for (const w of [s, `${s}\u0627`, `${s}\u064a\u0627`, `${s}\u064a\u0647`]) {
      if (places.one(w) !== undefined || places.one(`\u0627\u0644${w}`) !== undefined) return true
    }
  }
  return false
}

/** Whether an Arabic word (search form, without the article) is a noun of a person of the list (`رجل`, `ضابط`). */
export const isPersonNoun = (bare: string): boolean => cues().persons.has(bare)

/** Whether an Arabic word (search form, as written with its article) is an adverb of time of the list (`غدا`, `أمس`, `اليوم`). */
export const isTimeWord = (core: string): boolean => cues().timeWords.has(core)

/** Whether an Arabic word (search form, with the article) is a weekday (`الخميس`). */
export const isWeekdayWord = (core: string): boolean => cues().weekdays.has(core)

/** Whether an Arabic word (search form, without the article) is a place's name that is also an adjective (`مالي`). */
export const isAdjectivePlace = (bare: string): boolean => cues().adjectivePlaces.has(bare)

/** Whether an Arabic word (search form, without the article) takes a country's name in construct (`شمال`, `شعب`). */
export const isPlaceConstructNoun = (bare: string): boolean => cues().placeConstructNouns.has(bare)

/** Whether an Arabic word (search form, without the article) is a river's or an island's noun that ANERcorp leaves out of the place's name (`نهر`). */
export const isOutsideHead = (bare: string): boolean => cues().outsideHeads.has(bare)

/** Whether an Arabic word (search form, as written with its article) is a preposition or adverb of place (`في`, `شمال`). */
export const isPlacePreposition = (core: string): boolean => cues().placePrepositions.has(core)

/** Whether an Arabic word (search form, without the article) is an adjective that is a given name too (`سليم`, `نبيل`). */
export const isAdjectiveName = (bare: string): boolean => cues().adjectiveNames.has(bare)

/** Whether an Arabic word (search form, without its clitics) is a noun of manner or `غير`, before an adjective (`بشكل`). */
export const isAdjectiveCue = (core: string): boolean => cues().adjectiveCues.has(core)

/** Whether an Arabic word (search form, without its clitics) takes a person's name in construct (`نجل`, `بني`, `حكم`). */
export const isNameConstruct = (core: string): boolean => cues().nameConstructs.has(core)

/**
 * Whether an Arabic word (search form, without its clitics) is a word of a name's lineage or kunya (`lineageWords`:
 * `بن`, `ابن`, `بنت`, `أبو`, `أبي`, `آل`), one of {@link isNameConstruct}'s nouns. Read by the quote stage
 * (`afterLineage`), whose keys are the same search forms.
 */
export const isLineageWord = (core: string): boolean => cues().lineageWords.has(core)

/** Whether an Arabic word (search form, without its clitics) is a noun of an office that is a given name too (`أمين`). */
export const isTitleNoun = (core: string): boolean => cues().titleNouns.has(core)

/** Whether an Arabic word (search form, as written) goes on a title after such a noun (`عام`, `سر`). */
export const isTitleTail = (norm: string): boolean => cues().titleTails.has(norm)

/** Whether Arabic words (search form, their clitics left out, joined by a space) are a product's name of the list (`أندرويد`). */
export const isProductName = (core: string): boolean => cues().products.has(core)

/** Whether an Arabic word (its `core`, search form) is an organisation's one-word name of the list (`الفيفا`, `اليونسكو`). */
export const isBodyWord = (core: string): boolean => cues().bodyWords.has(core)

/** Whether an Arabic word (its `core`, search form) is an abstract noun of the list that `حسن` takes in construct (`الظن`, `نية`). */
export const isGoodNoun = (core: string): boolean => cues().goodNouns.has(core)

/** Whether an Arabic word (search form, as written) is a piece of writing whose author may follow with a glued `ل` (`تقريرا`, `مقالا`). */
export const isWritingNoun = (norm: string): boolean => cues().writingNouns.has(norm)

/** Whether an Arabic word (search form, as written) is one a name after a glued `ل` is the complement of: a piece of writing or `خلفا`, `وفقا`, `بالنسبة`. */
export const isBeforeGluedName = (norm: string): boolean => cues().beforeGluedName.has(norm)

/** Whether an Arabic word (search form, as written) is `ل` and a paper's correspondent or editor (`لمراسلتها`, `لمحررها`). */
export const isCorrespondent = (norm: string): boolean => cues().correspondents.has(norm)

/** Whether an Arabic word (search form, as written) is a byline word an author's name follows (`بقلم`, `أعده`). */
export const isBylineCue = (norm: string): boolean => cues().bylineCues.has(norm)

/** Whether an Arabic word (search form, as written) may follow an author's name after a writing cue (`بعنوان`, `عن`, `من`). */
export const isAfterWriter = (norm: string): boolean => cues().afterWriter.has(norm)

/** Whether a word (search form) sets a son or a father apart from the man of the same name (`الابن`, `الأب`, `جونيور`, `jr`). */
export const isGenerational = (word: string): boolean => cues().generational.has(word)

/** Whether an Arabic word (search form, as written) is an adverb of degree (`جدا`, `للغاية`). */
export const isDegreeWord = (norm: string): boolean => cues().degreeWords.has(norm)

/** Whether an Arabic word (search form, without the article) is a noun of the list that opens a place's name (`نهر`, `جبل`). */
export const isPlaceHead = (bare: string): boolean => cues().placeHeads.has(bare)

/** Validates a raw known-organizations file (parsed JSON). Throws {@link GazetteerError} naming the file and the field. */
export const validateKnownOrganizations = (raw: unknown): KnownOrganizationsFile => decodeGazetteer(KnownOrganizationsFile)(raw)

/** Validates a raw not-name-words file (parsed JSON). Throws {@link GazetteerError} naming the file and the field. */
export const validateNotNameWords = (raw: unknown): NotNameWordsFile => decodeGazetteer(NotNameWordsFile)(raw)

/** The bundled known-organizations file, validated (on each call: callers keep what they build). */
export const loadKnownOrganizations = (): KnownOrganizationsFile => validateKnownOrganizations(knownOrganizations)

/** The bundled not-name-words file, validated (on each call: callers keep what they build). */
export const loadNotNameWords = (): NotNameWordsFile => validateNotNameWords(notNameWords)

/**
 * Sets built from the files on first use (loading the library folds nothing: folding builds the normalizer's tables,
 * and a module that folds when it is loaded makes every worker thread build them). Read-only once built.
 */
let orgSets: Readonly<Record<Lang, ReadonlySet<string>>> | undefined
let wordSets:
  | {
      readonly verbs: ReadonlySet<string>
      readonly notAlone: ReadonlySet<string>
      readonly commonNouns: ReadonlySet<string>
      readonly mannerNouns: ReadonlySet<string>
      readonly objectNouns: ReadonlySet<string>
      readonly openingNouns: ReadonlySet<string>
      readonly clauseVerbs: ReadonlySet<string>
      readonly purposeNouns: ReadonlySet<string>
      readonly counterparts: ReadonlySet<string>
      readonly englishCommonNouns: ReadonlySet<string>
    }
  | undefined

/** Whether a mention key (search form, words joined by one space) is a well-known organisation of the post-processing list. */
export const isKnownOrganization = (lang: Lang, key: string): boolean => {
  if (orgSets === undefined) {
    const f = loadKnownOrganizations()
    orgSets = { ar: new Set(f.ar.map(searchKey)), en: new Set(f.en.map(searchKey)) }
  }
  return orgSets[lang].has(key)
}

let knownOrgTrie: PhraseTrie<true> | undefined

/**
 * The keys a body of the post-processing list is matched by, for the units from `at` (at most `max`): the first
 * word without its clitics (`بالدفاع` → `الدفاع`), the others as written (search form, clitics kept), so that
 * `وزارة للزراعة` ("a ministry for agriculture") and `وزارة والتعليم` are not `وزارة الزراعة` or `وزارة التعليم`.
 */
export const knownOrganizationKeys = (units: ReadonlyArray<Unit>, at: number, max: number): Array<string> => {
  const out: Array<string> = []
  for (let k = at; k < units.length && k - at < max; k++) out.push(k === at ? unitKey(units[k]!) : units[k]!.norm)
  return out
}

/**
 * The Arabic organisations of the post-processing list named in two words or more (`الدفاع المدني`, `هيئة الغذاء
 * والدواء`), as a trie over unit keys: `listedOrganizations` (mentions.ts) adds them where the tagger left them out,
 * as it adds the bodies of the tagger's lists. Keyed by {@link knownOrganizationKeys}.
 */
export const knownOrganizationTrie = (): PhraseTrie<true> => {
  if (knownOrgTrie === undefined) {
    const trie = new PhraseTrie<true>()
    const isKnown = gazetteer("ar").isKnown
    for (const x of loadKnownOrganizations().ar) {
      const keys = knownOrganizationKeys(segment(x, 0, x.length, { lang: "ar", isKnown }).flat(), 0, Infinity)
      if (keys.length > 1) trie.add(keys, true)
    }
    knownOrgTrie = trie
  }
  return knownOrgTrie
}

const words = () => {
  if (wordSets === undefined) {
    const f = loadNotNameWords()
    wordSets = {
      verbs: new Set([...f.verbs.ar, ...f.verbs.en].map(searchKey)),
      notAlone: new Set([...f.notAlone.ar, ...f.notAlone.en].map(searchKey)),
      commonNouns: new Set(f.commonNouns.ar.map(searchKey)),
      mannerNouns: new Set(f.mannerNouns.ar.map(searchKey)),
      objectNouns: new Set(f.objectNouns.ar.map(searchKey)),
      openingNouns: new Set(f.openingNouns.ar.map(searchKey)),
      clauseVerbs: new Set(f.clauseVerbs.ar.map(searchKey)),
      purposeNouns: new Set(f.purposeNouns.ar.map(searchKey)),
      counterparts: new Set(f.counterparts.ar.map(searchKey)),
      // as written: English acronyms are told apart by case (PCs, the computers; PCS, a trade union)
      englishCommonNouns: new Set(f.commonNouns.en)
    }
  }
  return wordSets
}

/**
 * Whether a unit is a verb of the list (`استقبل`, `يقول`), its conjunction left out (`واستقبل`), its future
 * ({@link isFutureOfListed}) or the verb with the object pronoun `ني` ({@link isWithObjectMe}).
 */
export const isListedVerb = (u: Unit): boolean => u.kind === "word" && (words().verbs.has(u.core) || isFutureOfListed(u.core) || isWithObjectMe(u.core))

/**
 * Whether an Arabic word as written (`قال`, `وقال`, `فقالت`, `سيقول`) is a verb of the list ({@link isListedVerb}) by
 * its search form, with a conjunction `و` or `ف` glued to it or not: for a word read from the text, not a unit.
 */
export const isListedVerbWord = (word: string): boolean => {
  const w = searchKey(word)
  if (words().verbs.has(w) || isFutureOfListed(w) || isWithObjectMe(w)) return true
  const c = w.charCodeAt(0)
  if (w.length < 4 || (c !== 0x0648 && c !== 0x0641)) return false
  const v = w.slice(1)
  return words().verbs.has(v) || isFutureOfListed(v)
}

/**
 * Whether a word (search form) is a verb of the list with the object pronoun `ني` ("me") glued to it (`سألني`,
 * `أحبني`, `فسألني`): the pronoun ends a verb, never a given name of the lists built on one (the names that end with `ني`,
 * `هاني`, `حسني`, `أماني`, are no listed verb and its `ني`).
 */
const isWithObjectMe = (w: string): boolean => {
  if (w.length < 5 || w.charCodeAt(w.length - 2) !== 0x0646 || w.charCodeAt(w.length - 1) !== 0x064a) return false
  const verb = w.slice(0, -2)
  const c = verb.charCodeAt(0)
  // (فسألني, وسألني: the tokenizer splits no conjunction off a word it does not know)
  return words().verbs.has(verb) || ((c === 0x0648 || c === 0x0641) && words().verbs.has(verb.slice(1)))
}

/**
 * Whether a word (search form) is the future of an imperfect verb of the list (`يسافر`, `يقول`): `س`, the prefix of
 * any person (`ي`, `ت`, `ن`, `أ`, folded to `ا`) and the rest of the listed imperfect, with the plural's `ون` or not
 * (`سيسافر`, `ستقوم`, `سنقول`, `سأعيد`, `سيجلسون`, `سيتم`). The given names that open with these letters (`سيف`,
 * `سنان`, `سيرجيو`, `ستيفن`) are the future of no listed verb.
 */
const isFutureOfListed = (w: string): boolean => {
  if (w.length < 4 || w.charCodeAt(0) !== 0x0633) return false
  const p = w.charCodeAt(1)
  if (p !== 0x064a && p !== 0x062a && p !== 0x0646 && p !== 0x0627) return false
  const verbs = words().verbs
  const imperfect = "\u064a" + w.slice(2)
  return verbs.has(imperfect) || (imperfect.endsWith("\u0648\u0646") && verbs.has(imperfect.slice(0, -2)))
}

/** Whether a unit is a common noun of the list (`الميليشيات`, `والهاون`), its conjunction and preposition left out: no name alone. */
export const isCommonNoun = (u: Unit): boolean => u.kind === "word" && words().commonNouns.has(u.core)

/** Whether a word (search form) is an Arabic noun of manner of the list (`هدوء`, `بساطة`). */
export const isMannerNounWord = (w: string): boolean => words().mannerNouns.has(w)

/**
 * Whether a unit is an Arabic counterpart of the list (`counterparts` of not-name-words.json: `نظيره`, `ونظيرها`,
 * `لنظيره`), by its search form as written, without its clitics, or without one glued letter of `و`, `ف`, `ب`, `ل`
 * (the tokenizer leaves them on a word it does not know).
 */
export const isCounterpart = (u: Unit): boolean => {
  if (u.kind !== "word") return false
  const set = words().counterparts
  return set.has(u.norm) || set.has(u.core) || (COUNTERPART_CLITICS.has(u.norm.charAt(0)) && set.has(u.norm.slice(1)))
}

/** `و`, `ف`, `ب`, `ل`: one letter glued before a counterpart ({@link isCounterpart}). */
const COUNTERPART_CLITICS: ReadonlySet<string> = new Set(["\u0648", "\u0641", "\u0628", "\u0644"])

/**
 * Whether a unit is an Arabic object noun of the list (`objectNouns`: `شكره`, `برقية`, `مغردي`, `بضرورة`), by its
 * search form as written (with a glued `ب` or `ل` the tokenizer left on it) or without its clitics.
 */
export const isObjectNoun = (u: Unit): boolean => u.kind === "word" && (words().objectNouns.has(u.norm) || words().objectNouns.has(u.core))

/**
 * Whether a unit is an Arabic verbal noun of an event of the list (`openingNouns`: `رحيل`, `إشراف`, `بمقابلة`), by its
 * search form without its clitics, as written, or as written without one glued letter of `و`, `ف`, `ب`, `ل` (the
 * tokenizer leaves them on a word it does not know).
 */
export const isOpeningNoun = (u: Unit): boolean => {
  if (u.kind !== "word") return false
  const set = words().openingNouns
  return set.has(u.core) || set.has(u.norm) || (COUNTERPART_CLITICS.has(u.norm.charAt(0)) && set.has(u.norm.slice(1)))
}

/**
 * Whether a unit is an Arabic past verb that is a given name too (`clauseVerbs`: `طالب`, `وطالب`, `طلب`), by its search
 * form without its clitics; read as the verb only where a clause opens ({@link isClauseVerb}'s callers say where).
 */
export const isClauseVerb = (u: Unit): boolean => u.kind === "word" && !u.article && words().clauseVerbs.has(u.core)

/**
 * Whether a unit is `ل` and a verbal noun of purpose of the list (`purposeNouns`: `لمناقشة`, `للبحث`, `لدراسة`), the
 * `ل` split off by the tokenizer or left on the word, with the article after it or not.
 */
export const isPurposeAfterLam = (u: Unit): boolean => {
  if (u.kind !== "word") return false
  const set = words().purposeNouns
  const w = u.norm
  if (w.charCodeAt(0) !== 0x0644) return false
  if (u.proclitic) return set.has(u.bare)
  // (لمناقشة: the tokenizer left `ل` on a word it does not know; للبحث: `ل` and the article whose alef it swallows)
  return set.has(w.slice(1)) || (w.charCodeAt(1) === 0x0644 && set.has(w.slice(2)))
}

/** Whether a word (search form) is an Arabic common noun of the list. */
export const isCommonNounWord = (w: string): boolean => words().commonNouns.has(w)

/** Whether a unit is, exactly as written, an English common noun of the list (`DVD`, `PCs`; not `PCS`): no name alone. */
export const isEnglishCommonNoun = (u: Unit): boolean => u.kind === "word" && words().englishCommonNouns.has(u.text)

/** Whether a word (search form) ends a name but is no name alone (`الابن`, `الثاني`, `جونيور`), verbs aside. */
export const isNameEnding = (core: string): boolean => words().notAlone.has(core)

/**
 * Whether a word (search form) is no name alone (`الابن`, `الثاني`; a verb of the lists; a number word of the tens, the
 * family name of `أرون ستين` that is sixty in `ستين شخصا`): not looked for again as a surname.
 */
export const isNotAlone = (core: string): boolean => words().notAlone.has(core) || words().verbs.has(core) || cues().tensNumbers.has(core)

// ---------------------------------------------------------------------------------------------------------------
// English cues

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d

/** Up to `max` lower-cased words after `at` (a possessive `'s` is its own word), stopping at any other mark. */
const wordsAfter = (text: string, at: number, max: number): Array<string> => {
  const out: Array<string> = []
  let i = at
  const limit = Math.min(text.length, at + 80)
  while (out.length < max && i < limit) {
    const c = text.charCodeAt(i)
    if (c === 0x20) {
      i++
      continue
    }
    if ((c === 0x27 || c === 0x2019) && (text.charCodeAt(i + 1) === 0x73 || text.charCodeAt(i + 1) === 0x53) && !isLetter(text.charCodeAt(i + 2))) {
      out.push("'s")
      i += 2
      continue
    }
    if (!isLetter(c)) break
    let j = i
    while (j < limit && isLetter(text.charCodeAt(j))) j++
    out.push(text.slice(i, j).toLowerCase())
    i = j
  }
  return out
}

/** Up to `max` words before `at`, nearest first, as written (only spaces between them). */
const wordsBefore = (text: string, at: number, max: number): Array<string> => {
  const out: Array<string> = []
  let i = at
  const limit = Math.max(0, at - 80)
  while (out.length < max && i > limit) {
    const c = text.charCodeAt(i - 1)
    if (c === 0x20) {
      i--
      continue
    }
    if (!isLetter(c)) break
    let j = i
    while (j > limit && isLetter(text.charCodeAt(j - 1))) j--
    out.push(text.slice(j, i))
    i = j
  }
  return out
}

/**
 * Words after a name that make it an organisation's, with or without `'s` (`Chelsea boss`, `Yukos's chief
 * executive`, `Bath prop`). Not `fans` (`Elvis fans`), `spokesman` (`a Blair spokesman`), `bid`, `stake` or
 * `shares` after a possessive (a person bids and holds shares: `Glazer's bid`).
 */
const EN_AFTER: ReadonlySet<string> = new Set(
  `boss chairman executives shareholders subscribers customers profits revenues striker midfielder defender goalkeeper
   keeper winger prop flanker fly-half scrum-half hooker full-back subsidiary`.split(/\s+/)
)

/** Words after a name, without a possessive, that make it an organisation's (`Yukos shares`, `Chelsea manager`). */
const EN_AFTER_BARE: ReadonlySet<string> = new Set(["shares", "manager", "board"])

/**
 * Nouns right before a name that make it an organisation (`oil firm Yukos`, `analysts Gartner`, `band Muse`): none
 * is a title or an occupation a person takes (not `rival`, `producer`, `publisher`, `broadcaster`, `operator`).
 */
const EN_BEFORE: ReadonlySet<string> = new Set(
  `firm firms company companies group giant makers network retailer carrier airline bank club band label agency
   analysts consultancy insurer chain supermarket conglomerate manufacturer subsidiary outfit broadcasters operators
   retailers carriers airlines banks clubs bands labels agencies insurers giants`.split(/\s+/)
)

/** Words before `maker` that make it a person's occupation (`film maker Ken Loach`), not a company (`games maker X`). */
const EN_PERSON_MAKER: ReadonlySet<string> = new Set(["film", "documentary", "movie", "programme", "program", "peace", "policy", "decision", "hit", "record", "music", "trouble", "match"])

/** Two words right before a name that make it an organisation (`shares in Yukos`, `takeover of Vodafone`). */
const EN_BEFORE_PAIR: ReadonlySet<string> = new Set(["shares in", "shares of", "stake in", "takeover of", "shareholders in", "shareholders of"])

/**
 * Whether the words around an English mention `[start, end)` show an organisation: a noun before it that only
 * organisations take (`oil firm X`, `shares in X`), or, when `oneWord`, a word after it (`X boss`, `X's chief
 * executive`, `X shares`).
 */
export const englishOrgCue = (text: string, start: number, end: number, oneWord: boolean): boolean => {
  const after = wordsAfter(text, end, 3)
  // (a possessive after the name makes the next noun the cue's: `chief executive of Lee's POW! Entertainment`)
  if (after[0] !== "'s") {
    const before = wordsBefore(text, start, 2)
    const b0 = before[0]
    if (b0 !== undefined && EN_BEFORE.has(b0)) return true
    if (b0 === "maker" && before[1] !== undefined && !EN_PERSON_MAKER.has(before[1].toLowerCase())) return true
    if (before.length >= 2 && EN_BEFORE_PAIR.has(`${before[1]!.toLowerCase()} ${b0}`)) return true
  }
  if (!oneWord) return false
  const possessive = after[0] === "'s"
  const a0 = possessive ? after[1] : after[0]
  const a1 = possessive ? after[2] : after[1]
  if (a0 === undefined) return false
  if (EN_AFTER.has(a0)) return true
  if (!possessive && EN_AFTER_BARE.has(a0)) return true
  return a0 === "chief" && a1 === "executive"
}

/** English honorifics that only a person takes, right before a mention (`Mr Fox`). */
const EN_HONORIFIC_BEFORE: ReadonlySet<string> = new Set(["Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady"])

/** Whether a personal honorific stands right before an English mention (`Mr Fox`, `Dr. Fox`). */
export const honorificBefore = (text: string, start: number): boolean => {
  let i = start
  while (i > 0 && text.charCodeAt(i - 1) === 0x20) i--
  if (i > 0 && text.charCodeAt(i - 1) === 0x2e) i--
  const w = wordsBefore(text, i, 1)[0]
  return w !== undefined && EN_HONORIFIC_BEFORE.has(w)
}

/** Prepositions of place: a name right after one is read as the place (`in Fulham`, `MP for West Ham`; not `at`: `analyst at Commerzbank`). */
const EN_LOCATIVE: ReadonlySet<string> = new Set(["in", "near", "for", "outside", "around"])

/** Whether a preposition of place stands right before an English mention (`in Fulham`). */
export const locativeBefore = (text: string, start: number): boolean => {
  const w = wordsBefore(text, start, 1)[0]
  return w !== undefined && EN_LOCATIVE.has(w)
}

/**
 * The last words of an English name that make it a company's (`Cairn Energy`, `Baikal Finance Group`): a name of
 * two words or more ending with one of them is an organisation's.
 */
const EN_COMPANY_LAST: ReadonlySet<string> = new Set(
  `inc inc. corp corp. corporation plc ltd ltd. limited group holdings airways airlines motors bank energy petroleum oil
   telecom telecommunications communications networks systems technologies software entertainment pictures studios
   records media capital finance insurance pharmaceuticals electronics industries enterprises securities investments
   labs interactive online games publishing`.split(/\s+/)
)

/** Whether the last word of a name of two words or more (search form) is a company's (`energy` in `Cairn Energy`). */
export const isCompanyLastWord = (core: string): boolean => EN_COMPANY_LAST.has(core)

/** A lazily folded set of the words of a space-separated list ({@link foldedSet}). */
const foldedWords = (words: string): (() => ReadonlySet<string>) => foldedSet(() => words.trim().split(/\s+/))

// ---------------------------------------------------------------------------------------------------------------
// Arabic months

/** Hijri months that are given names too (search form): read as the month only with a cue. */
const AR_MONTHS = foldedWords("رمضان شعبان رجب شوال محرم")

/** Words right before a month name that make it the month (`شهر رمضان`, `في رمضان`, `نهار رمضان`). */
const AR_MONTH_BEFORE = foldedWords(
  `شهر في خلال طوال قبل بعد منذ حتى نهار ليالي ليلة ليل أيام يوم صيام صوم حلول دخول قدوم انتهاء نهاية بداية مطلع
   أواخر أوائل أول آخر منتصف موسم شهري غرة`
)

/** Words right after a month name that make it the month (`رمضان المبارك`, `رمضان الماضي`). */
const AR_MONTH_AFTER = foldedWords("المبارك الكريم المعظم الفضيل الماضي المقبل القادم الحالي المنصرم الجاري")

/** Whether an Arabic unit is a month name of {@link AR_MONTHS} (`رمضان`, `برمضان`). */
export const isMonthWord = (u: Unit): boolean => u.kind === "word" && AR_MONTHS().has(u.core)

/**
 * Whether the month name at `units[i]` is the month: a preposition glued to it (`برمضان`, `لرمضان`), a word before
 * it of {@link AR_MONTH_BEFORE} (its conjunction left out: `وخلال رمضان`), a word after it of
 * {@link AR_MONTH_AFTER}, or a year right after it (`رمضان 1436`).
 */
export const isArabicMonth = (units: ReadonlyArray<Unit>, i: number): boolean => {
  const u = units[i]!
  if (!isMonthWord(u)) return false
  // برمضان, لرمضان: a preposition glued to it (a conjunction alone, ورمضان, says nothing)
  if (u.proclitic && /[\u0628\u0644\u0643]/.test(u.norm.slice(0, u.norm.length - u.core.length))) return true
  const prev = units[i - 1]
  if (prev !== undefined && prev.kind === "word" && AR_MONTH_BEFORE().has(prev.core)) return true
  const next = units[i + 1]
  if (next !== undefined && next.kind === "word" && (AR_MONTH_AFTER().has(next.core) || /^[0-9\u0660-\u0669]{4}/.test(next.norm))) return true
  return false
}

// ---------------------------------------------------------------------------------------------------------------
// Arabic calendar months written next to each other

/**
 * Month names of the Syriac calendar used in the Levant and Iraq (`نيسان`, `أيار`, `آب`) and of the Gregorian one
 * (search form). `نيسان` is also the car maker, and the tagger reads it as one in `أبريل (نيسان)`, the way
 * SaudiNewsNet's papers gloss a month (127 "organisations" in 5,000 articles).
 */
const AR_CALENDAR_MONTHS = foldedWords(
  `شباط آذار اذار نيسان أيار ايار حزيران تموز آب أيلول ايلول يناير فبراير مارس أبريل ابريل إبريل مايو يونيو يونيه يوليو
   يوليه أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر`
)

/** `شهر` ("the month of"), search form. */
const MONTH_WORD = foldedWords("شهر")

const isCalendarMonthWord = (u: Unit | undefined): boolean => u !== undefined && u.kind === "word" && !u.proclitic && AR_CALENDAR_MONTHS().has(u.core)

/** A number that can be a day of the month (1–31, Western or Arabic-Indic digits). */
const isDayNumber = (u: Unit | undefined): boolean => {
  if (u === undefined || u.kind !== "number" || u.norm.length > 2) return false
  let n = 0
  for (let k = 0; k < u.norm.length; k++) {
    const c = u.norm.charCodeAt(k)
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x660 && c <= 0x669 ? c - 0x660 : -1
    if (d < 0) return false
    n = n * 10 + d
  }
  return n >= 1 && n <= 31
}

/**
 * Whether the one-word Arabic mention at `units[i]` is a calendar month written as a date: a month name of
 * {@link AR_CALENDAR_MONTHS} glossing another month (`أبريل (نيسان)`, `نيسان/أبريل`, `أبريل/ نيسان`), after a day
 * (`22 نيسان`) or `شهر`, or before a year (`نيسان 2014`). Reads at most two units on each side.
 */
export const isCalendarMonth = (units: ReadonlyArray<Unit>, i: number): boolean => {
  if (!isCalendarMonthWord(units[i])) return false
  const p = units[i - 1]
  const n = units[i + 1]
  if (p !== undefined && p.kind === "punct" && (p.text === "(" || p.text === "/") && isCalendarMonthWord(units[i - 2])) return true
  if (n !== undefined && n.kind === "punct" && n.text === "/" && isCalendarMonthWord(units[i + 2])) return true
  if (isDayNumber(p) || (p !== undefined && p.kind === "word" && MONTH_WORD().has(p.core))) return true
  return n !== undefined && n.kind === "number" && /^[0-9\u0660-\u0669]{4}$/.test(n.norm)
}

// ---------------------------------------------------------------------------------------------------------------
// Arabic spans

/** `أونلاين` ("online"), search form: the last word of a paper's web edition (`«الشرق الأوسط أونلاين»`), no name alone. */
const AR_ONLINE = foldedWords("أونلاين اونلاين")

/** Whether an Arabic unit is `أونلاين`, which only ends the name of a paper's web edition. */
export const isOnlineWord = (u: Unit): boolean => u.kind === "word" && AR_ONLINE().has(u.core)

/** Dashes that separate a byline's parts (`خالد خليل- سبق`). */
const DASHES: ReadonlySet<string> = new Set(["-", "\u2013", "\u2014"])

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0

/**
 * Whether a unit is a dash with a space on at least one side (`خالد خليل- سبق`, `فيصل -رحمه الله`): a separator
 * between a name and what follows it (a paper in a byline, a formula, another name), never inside a name (`كيم
 * جونغ-أون` writes none).
 */
export const isSpacedDash = (text: string, u: Unit): boolean =>
  u.kind === "punct" && DASHES.has(u.text) && (u.start === 0 || isSpace(text.charCodeAt(u.start - 1)) || u.end >= text.length || isSpace(text.charCodeAt(u.end)))

/**
 * Words that open a formula of blessing after a name (`رحمه الله`, `حفظه الله`, `رضي الله عنه`, `صلى الله عليه
 * وسلم`), and the words of praise after God's name (`الله تعالى`, `الله سبحانه`), which the tagger made a person 13
 * times in 6,441 texts.
 */
const AR_FORMULA = foldedWords("رحمه رحمها رحمهم حفظه حفظها حفظهم رضي صلى عليه تعالى سبحانه")

/**
 * Whether an Arabic unit opens a formula of blessing (`رحمه`, `حفظه`, `رضي`, `صلى`): what follows a name, never part
 * of it. Not `رحمة` (mercy, and a given name), which the search form folds with `رحمه`.
 */
export const isFormulaWord = (u: Unit): boolean => u.kind === "word" && AR_FORMULA().has(u.core) && !u.text.endsWith("\u0629")

// ---------------------------------------------------------------------------------------------------------------
// Arabic titles in front of a name

/**
 * Titles that, written with the article right before a name, make it a person's (`الرئيس ترامب`, `الأمير خالد`,
 * `الشيخ تميم`), search form. Only the definite forms: a title without the article is in construct with what follows
 * (`رئيس مكتب التحقيقات`, `وزير خارجية قطر`), someone else's title and an organisation or place after it.
 */
const AR_PERSON_TITLES = foldedWords(
  `الرئيس الرئيسة الملك الملكة الأمير الأميرة الشيخ الشيخة الوزير الوزيرة السيد السيدة السفير المستشار المستشارة
   الجنرال المشير اللواء العقيد العميد الدكتور الدكتورة المهندس البروفيسور الإمام`
)

/** Arabic letters and the tatweel, harakat and superscript alef a word may carry. */
export const isArabicLetter = (c: number): boolean => (c >= 0x0621 && c <= 0x065f) || c === 0x0670 || c === 0x0640

/**
 * The Arabic word right before `at`, with only spaces between (at most 16 code units of letters), as `[start, end)`
 * offsets, or null.
 */
export const arabicWordBefore = (text: string, at: number): [number, number] | null => {
  let i = at
  while (i > 0 && (text.charCodeAt(i - 1) === 0x20 || text.charCodeAt(i - 1) === 0xa0)) i--
  if (i === at) return null
  let j = i
  while (j > 0 && i - j < 16 && isArabicLetter(text.charCodeAt(j - 1))) j--
  if (j === i || (j > 0 && isArabicLetter(text.charCodeAt(j - 1)))) return null
  return [j, i]
}

/**
 * The Arabic word right after `at`, with only spaces between (at most 16 code units of letters), as `[start, end)`
 * offsets, or null: the twin of {@link arabicWordBefore}, under the same contract (one space or more, U+0020 or
 * U+00A0, and nothing else between; letters of {@link isArabicLetter}, tatweel and marks included; null when no
 * letter follows the spaces or the word runs on past 16 code units): `يوهان [فان] دير بيرغ`, the word after a name.
 */
export const arabicWordAfter = (text: string, at: number): [number, number] | null => {
  let i = at
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++
  if (i === at) return null
  let j = i
  while (j < text.length && j - i < 16 && isArabicLetter(text.charCodeAt(j))) j++
  if (j === i || (j < text.length && isArabicLetter(text.charCodeAt(j)))) return null
  return [i, j]
}

/**
 * Whether an Arabic name at `[start, end)` stands where sports news puts a team: right after `ضيفه`/`مضيفه` ("his
 * guest", "his host": `سحق ضيفه ليون`) or right before a score (`ليون 2-1`, `كوبنهاغن 1 - صفر`; two counts of at most
 * three digits, or `صفر`, not followed by a unit of measure: `32 - 45 درجة`, `20 - 30%`). A city so placed is the club
 * named after it.
 */
export const arabicFixtureTeam = (text: string, start: number, end: number): boolean => {
  const w = arabicWordBefore(text, start)
  if (w !== null && isFixtureOpponent(searchKey(text.slice(w[0], w[1])))) return true
  let i = end
  while (i < text.length && i - end < 2 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0xa0)) i++
  if (i === end) return false
  // a goal count: digits (at most two) or صفر
  let j = i
  if (text.startsWith("\u0635\u0641\u0631", i)) j = i + 3
  else while (j < text.length && j - i < 3 && isAnyDigit(text.charCodeAt(j))) j++
  if (j === i || j - i > 3 || (j < text.length && isAnyDigit(text.charCodeAt(j)))) return false
  while (j < text.length && text.charCodeAt(j) === 0x20) j++
  const dash = text.charCodeAt(j)
  if (dash !== 0x2d && dash !== 0x2013 && dash !== 0x2014) return false
  j++
  while (j < text.length && text.charCodeAt(j) === 0x20) j++
  let k = j
  if (text.startsWith("\u0635\u0641\u0631", j)) k = j + 3
  else while (k < text.length && k - j < 3 && isAnyDigit(text.charCodeAt(k))) k++
  if (k === j || (k < text.length && isAnyDigit(text.charCodeAt(k)))) return false
  // a range of a measure is no score: `خليج العقبة 32 - 45 درجة مئوية`, `20 - 30%`
  while (k < text.length && text.charCodeAt(k) === 0x20) k++
  return !(text.charCodeAt(k) === 0x25 || text.charCodeAt(k) === 0x066a || text.charCodeAt(k) === 0xb0 || text.startsWith("\u062f\u0631\u062c", k))
}

/** The head nouns of a newspaper's or magazine's name (search form), alone or after `و`, `ب`, `ل`: `صحيفة`, `جريدة`, `مجلة`. */
const AR_PAPER_HEADS = foldedSet(() =>
  ["صحيفة", "جريدة", "مجلة"].flatMap((w) => [w, "\u0648" + w, "\u0628" + w, "\u0644" + w])
)

/**
 * Whether the Arabic word right before `start` (a quotation mark and spaces between allowed: `صحيفة " القدس "`,
 * `جريدة «الرياض»`) is the head noun of a paper's name (`صحيفة`, `جريدة`, `مجلة`): the name after it is the paper's,
 * whatever place it also names. Reads at most 20 code units back.
 */
export const paperHeadBefore = (text: string, start: number): boolean => {
  let i = start
  if (text.charCodeAt(i - 1) === 0x20) i--
  const q = text.charCodeAt(i - 1)
  // (a quotation mark: the word before it; none: the word before the name, spaces between)
  i = q === 0x22 || q === 0xab || q === 0x201c ? i - 1 : start
  const word = arabicWordBefore(text, i)
  if (word === null) return false
  // (each head ends with ة: a cheap test before the word is folded)
  const c = text.charCodeAt(word[1] - 1)
  return (c === 0x0629 || c === 0x0647) && AR_PAPER_HEADS().has(searchKey(text.slice(word[0], word[1])))
}

/**
 * Where the definite Arabic title of a person right before `start` begins (`الرئيس` before `ترامب`), alone or
 * after `و`, `ف`, `ب` or `ل` (`والرئيس`, `للرئيس`), or -1.
 */
export const arabicPersonTitleBefore = (text: string, start: number): number => {
  const word = arabicWordBefore(text, start)
  if (word === null) return -1
  const w = searchKey(text.slice(word[0], word[1]))
  const titles = AR_PERSON_TITLES()
  if (titles.has(w)) return word[0]
  // والرئيس, فالرئيس, بالرئيس; للرئيس (ل + الرئيس writes one alef less)
  const c = w.charCodeAt(0)
  if ((c === 0x0648 || c === 0x0641 || c === 0x0628) && titles.has(w.slice(1))) return word[0]
  return w.startsWith("\u0644\u0644") && titles.has("\u0627" + w.slice(1)) ? word[0] : -1
}

/**
 * Whether a name stands alone in guillemets (a space inside them allowed) right after the preposition `لـ`/`ل` (`قال
 * لـ«الشرق الأوسط»`, `وأضاف لـ «عكاظ»`): the paper a source spoke to, as SaudiNewsNet's papers write it; or right
 * after a colon (`بغداد: «الشرق الأوسط»`): the paper's credit after the dateline's place. The name is the
 * publication's, whatever else it names (`الشرق الأوسط`, the region). Reads at most five code units on each side.
 */
export const toPublication = (text: string, start: number, end: number): boolean => {
  const close = text.charCodeAt(end) === 0x20 ? end + 1 : end
  if (text.charCodeAt(close) !== 0xbb) return false
  let i = text.charCodeAt(start - 1) === 0x20 ? start - 2 : start - 1
  if (text.charCodeAt(i) !== 0xab) return false
  i--
  if (text.charCodeAt(i) === 0x20) i--
  if (text.charCodeAt(i) === 0x3a) return true
  // لـ (with the tatweel) or ل glued to the guillemet
  if (text.charCodeAt(i) === 0x0640) i--
  if (text.charCodeAt(i) !== 0x0644) return false
  return i === 0 || !isArabicLetter(text.charCodeAt(i - 1))
}
