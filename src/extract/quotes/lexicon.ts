/**
 * The attribution lexicons (`src/lexicons/quotes/{ar,en}.json`): speech verbs
 * with their gender and number forms, chained-attribution participles,
 * `نقل عن … قوله`, `according to`, complementizers and the words that end a
 * speaker phrase. Validated with an Effect Schema on first use and compiled
 * into maps over the token keys of `../internal/tokens.ts`.
 *
 * @module
 */
import { Schema } from "effect"
import { decodeLexicon, LexiconError } from "../../lexicons/lexicon.js"
import { PhraseTrie } from "../../lexicons/trie.js"
import arFile from "../../lexicons/quotes/ar.json" with { type: "json" }
import enFile from "../../lexicons/quotes/en.json" with { type: "json" }
import surasFile from "../../lexicons/quotes/ar-suras.json" with { type: "json" }
import { KeySet } from "../internal/keys.js"
import { foldKey } from "../internal/tokens.js"

const Text = Schema.NonEmptyString
const Forms = Schema.Array(Text)
const Described = Schema.Struct({ description: Text, forms: Forms })

export const ArabicQuotesFile = Schema.Struct({
  source: Text,
  license: Text,
  verbs: Schema.Array(
    Schema.Struct({
      lemma: Text,
      /** Where the entry comes from and why it reads as it does (optional; forty-first session). */
      description: Schema.optionalKey(Text),
      /** `dm`, `df`: the dual forms, masculine and feminine (`قالا`, `يقولان`; `قالتا`, `تقولان`; thirty-third session). */
      forms: Schema.Struct({ m: Forms, f: Forms, p: Forms, dm: Schema.optionalKey(Forms), df: Schema.optionalKey(Forms) }),
      continues: Schema.optionalKey(Schema.Boolean),
      needsMark: Schema.optionalKey(Schema.Boolean),
      alsoNoun: Schema.optionalKey(Schema.Boolean),
      colonOnly: Schema.optionalKey(Schema.Boolean),
      /**
       * A first-person verb of saying (`قلت`, `أقول`; fortieth session, a flag since the forty-first): its words have no
       * speaker the text names, and it is no speech verb for the rules that look for one.
       */
      firstPerson: Schema.optionalKey(Schema.Boolean),
      /**
       * A verb of asking or answering with the object pronoun of the one asked or answered (`سأله`, `فأجابه`; fiftieth
       * session, helper arcolon): a line of a dialogue, colon only. Its words end with their first sentence; with no
       * subject (or a circumstance glued to و where the subject stands) it names no speaker and pushes nobody onto the
       * chain (the one answered is the last speaker, not the one answering); it attributes no marks before it.
       */
      dialogue: Schema.optionalKey(Schema.Boolean),
      /**
       * A present verb of asking (`يتساءل`, `تسأل`; fifty-first session, helper ardialog): colon only, its words end with
       * their question (the first sentence), and a subject that names no person or body joins no chain.
       */
      question: Schema.optionalKey(Schema.Boolean)
    })
  ),
  participles: Described,
  /** Participles of accusing (`متهما`) before their object and `بأنه`/ب right before marks (thirty-eighth session). */
  chargeParticiples: Described,
  /** Participles of shouting (`صارخا`): a participle cue only right before a colon (thirty-eighth session). */
  colonParticiples: Described,
  /** `نتوجه`, `نتجه`: the writer's verbs of turning to an official, in the first person plural (sixty-second session). */
  writerAddressing: Described,
  /** ب and a noun of wording (`بعبارة`): a participle cue only before marks of three words or more (forty-fourth session). */
  wordingNouns: Described,
  reported: Schema.Struct({ description: Text, verbs: Forms, narrating: Forms, says: Forms }),
  according: Forms,
  complementizers: Forms,
  speakerStops: Forms,
  pronounSubjects: Forms,
  titles: Described,
  possessors: Described,
  nameNouns: Described,
  /** Conjunctions that open a clause with its own subject after a comma (`، ولكن`). */
  clauseBreaks: Described,
  clauseOpeners: Described,
  /** Present verb forms that open the writer's background clause with a complementizer right after (`يذكر أن`). */
  background: Described,
  /** ل and a news agency after a speech verb (`لرويترز`, `لوكالة فرانس برس`): the interviewer, not the speaker. */
  addressees: Described,
  /** Passive verbs of asking (`سئل`): the person after them was asked; the words in marks are the question. */
  asked: Described,
  /** Words between a closing mark and the verb that attributes the quote before it (`«…»، كما يقول X`, `هذا ما قاله X`). */
  afterQuote: Described,
  /** Nouns for the author of a column (`ويقول الكاتب`): the last speaker who is no organisation. */
  writerNouns: Described,
  /** Nouns for a newspaper (`وتضيف الصحيفة`): the last organisation that spoke. */
  outletNouns: Described,
  /** Role nouns that with a nationality adjective (`المدرب البرتغالي`) stand for the person quoted just before. */
  epithetHeads: Described,
  /** Words that close a person's name and can stand for it alone (`بوش الابن` … `وقال الابن`). */
  nameEpithets: Described,
  /** Documents that speak for their issuer (`وقال البيان`), as stems. */
  documentNouns: Described,
  /** An article in a press review (`مقالا لـX`), as a stem: its writer is `كاتب المقال`. */
  articleNouns: Described,
  /** The writer of an article (`كاتبة المقال`). */
  articleWriters: Described,
  /** Words between a document noun and its issuer (`بيان مشترك`, `البيان الذي`). */
  issueLinks: Described,
  /** Verbs of issuing after a document noun (`الصادر عن X`, `أعده X`). */
  issueVerbs: Described,
  /** Verbs of giving a statement before `به`/`بها` and its issuer (`أدلى`). */
  givingVerbs: Described,
  /** Definite nouns of a study that speak as the subject of the sentence before (`الدراسة`). */
  studyNouns: Described,
  /** Words before a document noun after which the clause's subject issued it (`في بيان`, `أصدر … بيانا`). */
  issuing: Described,
  /** Nouns of speech with a pronoun, the object of `اختتم` (`حديثه`): no subject. */
  speechObjects: Described,
  /** Verbal nouns of what a verb of stating affirms (`أهمية`, `ضرورة`): its object, never its subject. */
  stanceObjects: Described,
  /** Texts and speeches a verb with `فيه`/`فيها` reads from (`بيانا قال فيه`), as stems: the verb's speaker issued them. */
  speechDocuments: Described,
  /** `أطروحات`, `مؤلفات`: the writings among them, whose genitive author speaks (sixty-second session). */
  writingsNouns: Described,
  /** Interviews (`مقابلة`, `حوار`) whose `مع` names the one interviewed, the speaker of a verb with `فيه`/`فيها`. */
  interviewNouns: Described,
  /** Verbs of delivering a speech (`ألقى`), whose subject speaks with `فيها` after the speech (fifty-fifth session). */
  deliveryVerbs: Described,
  /** One-word subjects that name a body (`الوزارة`, `الشركة`): the organisation named last with that noun. */
  bodyNouns: Described,
  /** Verbs of describing whose first noun is mostly the object (`ووصف الاتفاق بأنه`). */
  objectVerbs: Described,
  /** Verbs that introduce a person's words in marks after ب, على or إلى (`هدد X بـ«…»`, `أثنت على «…»`). */
  chargeVerbs: Described,
  /** Verbs of expressing that introduce a person's words in marks after عن (`أعرب X عن «…»`, `عبّرت فيه عن «…»`). */
  expressVerbs: Described,
  /** Words that name God in a speaker phrase (`تعالى`, `عز وجل`), and words of mercy that make the phrase a person's. */
  divine: Schema.Struct({ description: Text, forms: Forms, mercy: Forms, mighty: Forms, alone: Forms, citing: Forms, citingAfter: Forms, prophet: Forms, blessing: Forms, prophetObject: Forms }),
  /** First words of a phrase of manner after a verb (`بقناعة تامة`, `بصوت مسموع`): no subject. */
  mannerHeads: Described,
  timeHeads: Schema.Struct({ description: Text, forms: Forms, afterDhat: Forms }),
  /** Latin letters spelled in Arabic (`إس`, `بي`, `إيه`): marks of three or more of them are a code or an acronym (thirtieth session). */
  letterNames: Described,
  /** Participles of addressing that open the phrase after a verb (`وقال مخاطبا الحضور`): the words after them are the addressee. */
  addressing: Described,
  /** According phrases before `ما` and a verb (`بحسب ما ذكره X`, `حسبما قالت X`): the verb's subject is the source. */
  accordingWhat: Described,
  /** Words of quantity that open a subject with `من` after them (`عدد من المواطنين`). */
  quantifiers: Described,
  /** First words of a source that relays others' words (`وكالة`, `صحيفة`, `وسائل`): not the speaker after `بحسب ما`. */
  relayNouns: Described,
  /** ل and a noun of an outlet (`لمؤسسة`, `لشبكة`, `لصحيفة`) before its name: the addressee after a speech verb (thirty-fifth session). */
  addresseeHeads: Described,
  /** ل and a noun of an audience (`لوسائل`, `لشبكات`, `لقادة`): the group a speech verb addresses (forty-sixth session). */
  audienceHeads: Described,
  /** Nouns of an interview (`لقاء`, `حديث`, `مقابلة`): the person met after `مع`/`بينهم` speaks (twenty-fifth session). */
  meetingNouns: Described,
  /** Words right before the person an interview met (`مع`, `بينهم`, `منهم`). */
  metBefore: Described,
  /** Active verbs of asking (`سأل`, `سألت`, `سألوا`): a bare `أجاب` before marks in their sentence answers. */
  asking: Described,
  /** Words of asking before `عن` (`يسأل`, `سئل`, `سؤاله`): the person after `عن` was asked about (forty-sixth session). */
  askingAbout: Described,
  /** Past verbs of writing (`كتب`, `غرد`): after a person who opens a complementizer's clause, a cue (forty-sixth session). */
  writingVerbs: Described,
  /** First-person verbs of asking an interviewer writes (`سألنا`, `سألت`): the one asked answers (twenty-eighth session). */
  interviewAsking: Schema.Struct({ description: Text, forms: Forms, afterTime: Forms, withPronoun: Forms }),
  /** `عندما`, `حين`, `لما`: a time word before `سألت` that makes it the writer's question (twenty-eighth session). */
  askingTimes: Described,
  /** First names that fold as a stop word of the speaker's phrase (`علي`, `بان`, `متى`, `صباح`). */
  nameLikeStops: Described,
  /** `كأن` and its pronouns (`كأنه يقول:`): a verb after one is no cue. */
  asIf: Described,
  /** `هي`, `هما`, `هم` before a colon: a list follows. */
  listPronouns: Described,
  /** `أهمها`, `أبرزها`, `منها` before a colon inside a cue's clause: a list follows (fifty-fifth session, helper arfalse). */
  listHeads: Schema.Struct({ description: Text, forms: Forms, of: Forms, notAfter: Forms }),
  /** `بعنوان`, `عنوان` … before a colon: a title follows, at any length (fiftieth session). */
  headingNouns: Described,
  /** `إم`, `إن`, `أو`, `في` …: Latin letters whose spelling is also a common word (fiftieth session). */
  letterWords: Described,
  /** `هاشتاق`, `شعار`, `لقب` …: a label's marks after one more word (an adjective, a possessor) are a name (fifty-sixth session, helper arlabel). */
  epithetNameNouns: Described,
  /** `مرددين`, `هاتفين` …: a participle cue right before a colon or an opening mark (fifty-sixth session, helper arlabel). */
  chantParticiples: Described,
  /** `أهازيج`, `أغنية` …: a song's noun before marks: the song's line, no quote (fifty-sixth session, helper arlabel). */
  songNouns: Described,
  /** `طلب`, `رفض`, `فضل` … and `عدم`, `الكشف`, `ذكر` … after them: an unnamed source's request to stay unnamed (fifty-sixth session). */
  anonymityRequests: Schema.Struct({ description: Text, forms: Forms, objects: Forms }),
  motivePronouns: Described,
  hashtagNouns: Described,
  /** `تسمع`, `سمعت` …: verbs of hearing before `من` and the one heard (fifty-seventh session). */
  hearingVerbs: Described,
  /** `بهذه`, `بتلك` and nouns of words (`nouns`): after marks, the verb after them names the marks' speaker (fifty-seventh session). */
  wordsJustSaid: Schema.Struct({ description: Text, forms: Forms, nouns: Forms }),
  /** `يظل`, `لا يزال`, `بات` (`forms`) and `مع`, `رغم` before `ذلك` (`leads`): what a sentence may open with before the person who is its topic (sixty-first session, helper arquote14). */
  topicOpeners: Schema.Struct({ description: Text, forms: Forms, leads: Forms }),
  /** `وجه`, `وجهت` (`forms`) and `نداء`, `دعوة`, `رسالة`, `مناشدة` (`nouns`): a subject that addresses an appeal speaks for the marks after it (sixty-second session, helper arquote21). */
  appealVerbs: Schema.Struct({ description: Text, forms: Forms, nouns: Forms }),
  /**
   * `الإصلاحات`, `الميثاق` (`forms`), `تنص`, `يدعو` (`verbs`), `أعلنها` (`issuing`): a programme as the subject of marks
   * no speech verb attributes (sixty-second session, helper arquote20); `أصدر`, `تصدر` (`issuedBefore`): verbs of issuing
   * before an earlier mention of it (moved from arabic.ts in session 63).
   */
  programmeSubjects: Schema.Struct({ description: Text, forms: Forms, verbs: Forms, issuing: Forms, issuedBefore: Forms }),
  /** `الجماعة` (`forms`) and `حزب`, `تنظيم`, `حركة` … (`heads`): a group's noun as a one-word subject stands for the party or movement named before (sixty-third session, helper arquote22). */
  groupSubjects: Schema.Struct({ description: Text, forms: Forms, heads: Forms }),
  /** `هتافات` (`forms`), `عبارات`, `بعبارات` (`objects`) and `مثل`, `منها` (`examples`): chants given as examples after a chant participle or a noun of chants (sixty-third session, helper arquote22). */
  chantExamples: Schema.Struct({ description: Text, forms: Forms, objects: Forms, examples: Forms }),
  /** `يود`, `تود` …: verbs of wishing whose subject speaks for a present speech verb after `أن` (sixty-third session, helper arquote22). */
  wishingVerbs: Described,
  /** `يلي`, `نصه`, `كالتالي` … before a colon that ends its line: a list or a document's text follows. */
  listings: Described,
  /** `القصيدة`, `نظمها`, `مقاطع`, `أنشد` … before a colon that ends its line with no speech verb: verses follow. */
  poemCues: Described,
  /** Prepositions, complementizers, pronouns, negations …: words no list of names in marks holds (thirty-second session). */
  listBreakers: Described,
  /** `فريق`, `حملة`, `مساعدي`, `معلم` … right before a person: the speaker is the phrase. */
  adjacentPossessors: Described,
  /** `ابن`, `ابنة`: kin nouns that open a name as often. */
  nameOpeningKin: Described,
  /** `أم`, `أب`, `أخ`, `أخت`: kin nouns that are possessors only before a description of the person (fifty-fifth session). */
  describedKin: Described,
  /** `محامي`, `صديق`: possessors whose definite words before a name are their own description (fifty-fifth session). */
  selfDescribedPossessors: Described,
  /** Honorific pronouns (`سموه`, `معاليه`) and the titles of the person they stand for (twenty-eighth session, second round). */
  honorifics: Schema.Struct({ description: Text, forms: Forms, royal: Forms, royalTitles: Forms, titles: Forms }),
  /** `مصدر`, `مصادر`, `مسؤول`, `شاهد`: indefinite nouns of an unnamed source (thirty-third session). */
  unnamedSources: Schema.Struct({ description: Text, forms: Forms, describedBy: Forms, closeTo: Forms }),
  /** `أخوها`, `أمه`: nouns of kinship with a possessive pronoun, by the kin's gender (fifty-third session). */
  kinWithPronoun: Schema.Struct({ description: Text, masculine: Forms, feminine: Forms }),
  /** `الوزيران`, `الطرفان`: definite dual nouns for two named together before (thirty-third session). */
  dualNouns: Described,
  /** `أشخاص`, `أهالي`, `عدد`: plural and group nouns of people, without the article (forty-second session). */
  pluralVoices: Described,
  /** `كاتبا`, `مسؤولا`, `ممثلا`: nouns of a post in the dual construct, before a definite genitive (sixty-second session). */
  dualConstructs: Described,
  /** `كما`, `مثلما`, `حسبما`: words before a verb that attributes the words before them (forty-second session). */
  asSaidOpeners: Described,
  /** `المدرب` ~ `المدير الفني`: forms of one post (thirty-fourth session). */
  roleSynonyms: Schema.Struct({ description: Text, groups: Schema.Array(Schema.Array(Text)) }),
  /** `رئيس الدبلوماسية` → `وزير الخارجية` …: paraphrases of an office, each with the office's own words (fifty-first session). */
  officeParaphrases: Schema.Struct({ description: Text, source: Text, pairs: Schema.Array(Schema.Tuple([Text, Text])) }),
  /** `السفير`, `الزوجة`, `المدير` …: nouns of a post one person holds (thirty-fourth session). */
  roleHeads: Described,
  /** Verbs of describing, bare or with their object pronoun, before ب and one word in marks (`ما وصفه بـ«…»`). */
  describingAs: Described,
  /** Words of judging before their predicate in marks (`يعد`, `بمثابة`). */
  judgingWords: Described,
  /** Past forms and participles of اعتبر before their object pronoun (or بمثابة) and its predicate in marks. */
  consideringVerbs: Described,
  /** Present forms of اعتبر after their subject inside a reported clause, before their predicate in marks (`إن الاتفاق يعتبر «…»`). */
  consideringPresent: Described,
  /** Forms of كان, أصبح, بات before one word of their predicate in marks (`ستكون "كارثية"`, `باتت «عاجزة»`). */
  copulaForms: Described,
  /** `ليس`, `ليست` …, and `إلا` after `ما هو`: before two or three words of a predicate in marks (fortieth session). */
  negatedCopulas: Described,
  /** `حذر`, `يحذر` …: a speech verb whose words follow `من` (fortieth session). */
  warningVerbs: Described,
  /** `شكا`, `اشتكى` …: verbs of complaining whose words follow `من` as a verb of warning's do (forty-fifth session). */
  complainingVerbs: Described,
  /** `خطاب`, `كلمة`, `تصريحات` …: nouns of a speech after `وذلك في` right after marks (forty-ninth session, helper arshort). */
  speechOccasions: Described,
  /** `أقر`, `أقرت`, `يقر` …: verbs of acknowledging before their subject and a complementizer (forty-ninth session, helper arshort). */
  acknowledgingVerbs: Described,
  /** `هو`, `هي`, `هم`, `هما` between `ما` and `إلا` (fortieth session). */
  exceptivePronouns: Described,
  /** سوف ("will"), لن ("will not"), لم ("did not") (thirty-sixth session: moved from quotes/extract.ts `VERB_PARTICLES`). */
  verbParticles: Described,
  /** Name nouns with a possessive ه (كتابه, ديوانه, فيلمه, مسرحيته) that a word in ة folds into (كتابة, "writing"; thirty-fifth session). (thirty-sixth session: moved from quotes/extract.ts `POSSESSIVE_NAME_NOUNS`). */
  possessiveNameNouns: Described,
  /** Name nouns that are verbal nouns too, after a clitic mostly "to …" (لتطبيق, لنظام) (thirty-sixth session: moved from quotes/extract.ts `CLITIC_VERBAL_NOUNS`). */
  /** Prepositions of time before a possessed name noun that make it an occasion (خلال حملتها; fifty-second session, helper arnocolon). */
  occasionPrepositions: Described,
  cliticVerbalNouns: Described,
  /** بين, زاد (with their feminine and plural forms) (thirty-sixth session: moved from quotes/extract.ts `NOT_THROUGH`). */
  notThrough: Described,
  /** مفادها, مفاده ("whose gist is") (thirty-sixth session: moved from quotes/extract.ts `GIST`). */
  gistWords: Described,
  /** مع, إلى, وصلت: one tagged name in marks right after them is the one addressed, never speech (fifty-second session, helper aroutlet). */
  addressedNameBefore: Described,
  /** التقت, تلقت, حصلت: an outlet's own doings in its report (fifty-second session, helper aroutlet). */
  outletVerbs: Described,
  /** عنصر, مقاتل, قيادي: an unnamed member of a group (fifty-second session, helper aroutlet). */
  memberNouns: Described,
  /** كان, كانت, يكون, تكون, أصبح, أصبحت (thirty-sixth session: moved from quotes/extract.ts `ACCUSATIVE_VERBS`). */
  accusativeVerbs: Described,
  /** Adverbs (تماما, جيدا, جدا, أبدا, مطلقا, فورا, نهائيا, قطعا) and prepositions with a pronoun (معنا, لنا, عليه) that close two words in marks (thirty-sixth session: moved from quotes/extract.ts `PREDICATE_ENDS`). */
  predicateEnds: Described,
  /** Verbs of saying (قال, يقول, أضاف, تابع, أردف and their forms, without the conjunction) (thirty-sixth session: moved from quotes/extract.ts `SAYING`). */
  sayingVerbs: Described,
  /** Adjectives that head an improper annexation (شديد اللهجة, غير المسبوق, واسع النطاق, قصيرة الأجل) (thirty-sixth session: moved from quotes/extract.ts `ANNEXING_ADJECTIVES`). */
  annexingAdjectives: Described,
  /** Adverbs that close two words in marks with the article or without it ("مرضية للغاية", "تثق بشدة", "تخسر كثيرا") (thirty-sixth session: moved from quotes/extract.ts `LATE_ENDS`). */
  lateEnds: Described,
  /** ورد, وردت, فرد, فردت (thirty-sixth session: moved from quotes/extract.ts `RADD_WITH_CONJUNCTION`). */
  raddWithConjunction: Described,
  /** البالغ, البالغة (aged) (thirty-sixth session: moved from quotes/speakers.ts `AGED`). */
  agedWords: Described,
  /** Words that open a subject but name no role (thirty-sixth session: moved from quotes/speakers.ts `NO_ROLE`). */
  noRoleWords: Described,
  /** أجراها, أجرته, أجرتها, أجراه (with or without hamza, folded) (thirty-sixth session: moved from quotes/speakers.ts `CONDUCTED`). */
  conductedVerbs: Described,
  /** المسؤول, المسؤولة (the official) (thirty-sixth session: moved from quotes/speakers.ts `OFFICIAL`). */
  officialNouns: Described,
  /** المشرف, المشرفة (the supervisor, before على) (fifty-seventh session, helper arclergy). */
  supervisorNouns: Described,
  /** السابق, الأسبق (and feminine) (thirty-sixth session: moved from quotes/speakers.ts `FORMER`). */
  formerWords: Described,
  /**
   * المستقيل, المخلوع, الراحل, المكلف: more words after a post that make it another holder's, read with `formerWords` by
   * the role-link step (sixtieth session, helper tidy4; moved from quotes/role-link.ts `QUALIFIERS`).
   */
  linkQualifiers: Described,
  /** عشيرة, قبيلة, عائلة, أسرة (thirty-sixth session: moved from quotes/speakers.ts `CLAN_NOUNS`). */
  clanNouns: Described,
  /** نفسه, نفسها, ذاته, ذاتها, أنفسهم (thirty-sixth session: moved from quotes/speakers.ts `SAME_AFTER`). */
  sameAfter: Described,
  /** نفس, ذات (thirty-sixth session: moved from quotes/speakers.ts `SAME_BEFORE`). */
  sameBefore: Described,
  /** The blessing after a prophet's name (عليه السلام, عليه الصلاة والسلام, عليه أفضل الصلاة) (thirty-sixth session: moved from quotes/speakers.ts `BLESSING`). */
  prophetBlessing: Described,
  /** زال, زالت, يزال, تزال (thirty-sixth session: moved from quotes/arabic.ts `STILL`). */
  stillVerbs: Described,
  /** نشره, نشرته, نشرها, نشرتها (thirty-sixth session: moved from quotes/arabic.ts `PUBLISHED`). */
  publishedVerbs: Described,
  /** العديد, البعض, الكثير, الجميع (thirty-sixth session: moved from quotes/arabic.ts `QUANTIFIERS`). */
  definiteQuantifiers: Described,
  /** التالية, التالي, الآتية, الآتي (thirty-sixth session: moved from quotes/cues.ts `FOLLOWING`). */
  followingWords: Described,
  /** Nouns of a text or a set of facts an according phrase cites, which never join the chain (forty-seventh session, helper docspk). */
  textSources: Described,
  /** مجلة, صحيفة, جريدة, موقع: a periodical's noun opening a quote's source in parentheses (forty-eighth session: moved from quotes/extract.ts `CITED_PERIODICALS`). */
  citedPeriodicals: Described,
  /** رواه, أخرجه, متفق, انتهى, صححه: a parenthesis after a quote that names no speaker (forty-eighth session: moved from quotes/extract.ts `CITED_NOT`). */
  citedNot: Described,
  /** `رواه`, `متفق عليه`, `صحيح البخاري`: a hadith's source note right after its closing mark; `رضي الله عنه`: a companion who narrates one (fifty-eighth session). */
  hadithNotes: Schema.Struct({ description: Text, leads: Forms, collections: Forms, collectors: Forms, companionBlessing: Forms, companionPronouns: Forms }),
  /** مقال, كتاب, رواية, قصيدة…: nouns of a written or performed work before its author and title (forty-eighth session: moved from quotes/extract.ts `WORK_NOUNS`). */
  workNouns: Described,
  /** مستشهدا, ذاكرا, متذكرا, مستذكرا, مرددا and their feminine (forty-eighth session, helper recall; the lead moved them from quotes/arabic.ts). */
  citingParticiples: Described,
  /** Verbs of citing (`أورد`): a cue only with a complementizer right after their subject phrase (fifty-fifth session). */
  complementOnlyVerbs: Described,
  /** Nouns of a frame before a verbal noun of describing (`في معرض وصفه`; fifty-fifth session). */
  describingNounFrames: Described,
  /** قول, بقول, مقولة, ماقاله: the saying a participle of citing names (forty-eighth session, helper recall). */
  citedSayings: Described,
  /** يرويها, رواها, ذكرها: verbs of telling with the pronoun of the text told (forty-seventh session; moved from quotes/arabic.ts `TELLING` in the forty-ninth). */
  tellingVerbs: Described,
  /** فضيلته, سموه, معاليه between a participle of citing and its object (forty-eighth session, helper recall). */
  honorificPronouns: Described,
  /** Present forms of اعتبر ("consider"), read as the passive "is considered" after a relative pronoun. (thirty-sixth session: moved from quotes/cues.ts `CONSIDERED`). */
  consideredPassive: Described,
  /** يدعى, تدعى, يسمى, تسمى ("is called") (thirty-sixth session: moved from quotes/cues.ts `CALLED`). */
  calledVerbs: Described,
  /** أسماه, سمته, يسميه, تسميها ("named it"), the past and present forms with the object pronoun (thirty-seventh session). */
  namingVerbs: Described,
  /** The nouns of a time phrase after a demonstrative (هذا الأسبوع, هذه المرة, ذلك اليوم). (thirty-sixth session: moved from quotes/cues.ts `TIME_NOUNS`). */
  timeNouns: Described,
  /** أجاب, أجابت (read without و/ف) (thirty-sixth session: moved from quotes/cues.ts `ANSWERING`). */
  answering: Described,
  /** أيضا, أيضاً (thirty-sixth session: moved from quotes/cues.ts `ALSO`). */
  alsoWords: Described,
  /** معالي, سعادة, فخامة, سماحة, سمو before a post's noun (forty-seventh session, helper arrole). */
  honorificNouns: Described,
  /** Demonstratives not in the lexicon's clause openers (تلك, هؤلاء, أولئك) (thirty-sixth session: moved from quotes/arabic.ts `DEMONSTRATIVES`). */
  subjectDemonstratives: Described,
  /** هذا, هذه, ذلك (thirty-sixth session: moved from quotes/arabic.ts `OBJECT_DEMONSTRATIVES`). */
  objectDemonstratives: Described,
  /** هذا, هذه (thirty-sixth session: moved from quotes/arabic.ts `NEAR_DEMONSTRATIVES`). */
  openingDemonstratives: Described,
  /** إذ, حيث, كما, فيما, بينما, ثم, عندما, حين, حينما (thirty-sixth session: moved from quotes/arabic.ts `VERB_OPENERS`). */
  verbOpeners: Described,
  /** عن, عما, عمن, حول, بشأن, إذا, هل, ما, كيف, لماذا, متى, في (thirty-sixth session: moved from quotes/arabic.ts `ASK_STOPS`). */
  questionOpeners: Described,
  /** في, خلال, كان, كانت (thirty-sixth session: moved from quotes/arabic.ts `MEETING_OPENERS`). */
  meetingOpeners: Described,
  /** هناك (thirty-sixth session: moved from quotes/arabic.ts `HUNAKA`). */
  thereIs: Described,
  /** أيضا, كذلك, ذلك, هذا, هذه, فقط, بل (thirty-sixth session: moved from quotes/arabic.ts `ALSO_OR_THAT`). */
  keepsSubjectAfterVerb: Described,
  /** كان, كانت (thirty-sixth session: moved from quotes/arabic.ts `KANA`). */
  kanaAuxiliary: Described,
  /** ما, لا (thirty-sixth session: moved from quotes/arabic.ts `STILL_NEG`). */
  stillNegations: Described,
  /** لكن, ولكن, بينما, فيما (thirty-sixth session: moved from quotes/arabic.ts `SUBJECT_FIRST`). */
  subjectFirstConjunctions: Described,
  /** A hadith cited by its noun (`وفي الحديث: «…»`, `جاء في الحديث القدسي:`; fifty-fourth session, helper arscript). */
  hadithCited: Schema.Struct({ description: Text, nouns: Forms, qualifiers: Forms, before: Forms }),
  /** A columnist's generic `تقول` after `أن` (`ولكنك لا تملك إلا أن تقول:`; fifty-fourth session, helper arscript), and the reader's question in his mouth (`تسأل نفسك:`, `تجعلك تتساءل:`; fifty-fifth session, helper arfalse). */
  genericSaying: Schema.Struct({ description: Text, verbs: Forms, persons: Forms, reflexives: Forms, causatives: Forms }),
  /** A vocative only the Quran uses opening the quoted words (`يا أيها الذين آمنوا`; fifty-fifth session, helper arverse). */
  verseOpenings: Schema.Struct({ description: Text, calls: Forms, addressed: Forms }),
  /** `اسما`, `عنوانا`, `شعارا`, `لقبا`: a name's noun in the accusative a few words before a colon (fifty-fifth session, helper arverse). */
  accusativeNameNouns: Described,
  /** A proverb, a maxim or a rule as the subject of `يقول`/`تقول` (`فالمثل يقول «…»`; fifty-fifth session, helper arverse). */
  maximSaying: Schema.Struct({ description: Text, verbs: Forms, nouns: Forms, qualified: Forms, notAfter: Forms }),
  /** لكنه, ولكنه (thirty-sixth session: moved from quotes/arabic.ts `BUT_HE`). */
  butHe: Described,
  /** لكنها, ولكنها (thirty-sixth session: moved from quotes/arabic.ts `BUT_SHE`). */
  butShe: Described,
  /** إلا, الا, غير (thirty-sixth session: moved from quotes/arabic.ts `BUT_BEFORE_ANNA`). */
  butBeforeAnna: Described,
  /** لأن ("because") and its pronoun forms, with or without hamza (thirty-sixth session: moved from quotes/arabic.ts `CAUSAL`). */
  causal: Described,
  /** عما, عمن (thirty-sixth session: moved from quotes/colon.ts `ABOUT_WHAT`). */
  aboutWhat: Described,
  /** Prepositions a lead phrase of clause openers may hold (من جانبه, ومن جهتها, وفي هذا الصدد). (thirty-sixth session: moved from quotes/colon.ts `LEAD_PREPOSITIONS`). */
  colonLeadPrepositions: Described,
  /** عن, حول, بشأن, بخصوص (with or without و) (thirty-sixth session: moved from quotes/colon.ts `TOPIC_PREPOSITIONS`). */
  topicPrepositions: Described,
  /** Arabic relative pronouns (الذي, التي, الذين) (thirty-sixth session: moved from quotes/cues.ts `RELATIVE_AR`). */
  relativePronouns: Described,
  /** Words that open a clause of time, condition or report where the subject would stand (قال عندما بدأ المحامي:, قال إذا كان …, وقالت كما نقلت عنها الوكالة, واضاف حسبما نقلت عنه …) (thirty-sixth session: moved from quotes/cues.ts `SUBORDINATE_OPENERS`). */
  subordinateOpeners: Described,
  /** وهو, وهي, وهم, وهما (thirty-sixth session: moved from quotes/cues.ts `CIRCUMSTANTIAL`). */
  circumstantial: Described,
  /** هذا, هذه, ذلك (thirty-sixth session: moved from quotes/cues.ts `DEMONSTRATIVE_NEAR`). */
  timeDemonstratives: Described,
  /** به, بها (thirty-sixth session: moved from quotes/cues.ts `PRONOUN_BA`). */
  pronounBa: Described,
  /** الذي, التي, الذين, والتي, ما, لما, بما, عما, مما (thirty-sixth session: moved from quotes/cues.ts `OBJECT_CLAUSE`). */
  objectClauseOpeners: Described,
  /** فيه, فيها, فيهما (thirty-sixth session: moved from quotes/cues.ts `FI_PRONOUNS`). */
  fiPronouns: Described,
  /** إلى, الى, عن (thirty-sixth session: moved from quotes/cues.ts `QAWL_PREPS`). */
  qawlPrepositions: Described,
  /** عنه, عنها, عنهم, فيه, فيها (thirty-sixth session: moved from quotes/cues.ts `PRONOUN_OBJECTS`). */
  pronounObjects: Described,
  /** دون, بدون, دونما ("without") (thirty-sixth session: moved from quotes/cues.ts `WITHOUT`). */
  withoutWords: Described,
  /** وجود, صحة, نيته …: verbal nouns that open a verb of denial's object (fifty-second session, helper arthreat). */
  deniedObjects: Described,
  /** بأن, بأنه, بأنها, بأنهم, بأنهما (thirty-sixth session: moved from quotes/extract.ts `BA_ANNA`). */
  baAnna: Described,
  /** بأنه, بأنها, بأنهم, بأنهما (with or without و) (thirty-sixth session: moved from quotes/extract.ts `BA_ANNA_PRONOUN`). */
  baAnnaPronoun: Described,
  /** إياه, إياها, إياهم, إياهما (thirty-sixth session: moved from quotes/extract.ts `OBJECT_IYYA`). */
  objectIyya: Described,
  /** إلى, الى (thirty-sixth session: moved from quotes/extract.ts `TO_WORDS`). */
  toWords: Described,
  /** إليه, إليها, له, لها (thirty-sixth session: moved from quotes/extract.ts `ADDED_TO`). */
  addedTo: Described,
  /** لديه, لديها, لديهم, لدينا (with or without و) (thirty-sixth session: moved from quotes/extract.ts `HAVING`). */
  having: Described,
  /** مع, داخل, مثل (thirty-sixth session: moved from quotes/extract.ts `PARTNER_PREPS`). */
  partnerPrepositions: Described,
  /** أي and prepositions that open two words in marks with no article ("على وشك", "بلا شك", "أي تهديد") (thirty-sixth session: moved from quotes/extract.ts `OPENING_WORDS`). */
  markOpeningWords: Described,
  /** Prepositions right after two words in marks with which the reported clause goes on ("تراجعا كبيرا" في …, "خسارة فادحة" من …, "وصمة عار" على …) (thirty-sixth session: moved from quotes/extract.ts `RUN_ON_PREPS`). */
  runOnPrepositions: Described,
  /** لكن and its forms with a pronoun (لكنها, ولكنه) (thirty-sixth session: moved from quotes/extract.ts `BUT_WORDS`). */
  butWords: Described,
  /** ب, على, إلى (thirty-sixth session: moved from quotes/extract.ts `CHARGE_PREPS`). */
  chargePrepositions: Described,
  /** لا, لم, لن, ليس, ليست (thirty-sixth session: moved from quotes/marks.ts `NEGATIONS`). */
  negations: Described,
  /** أما, وأما (thirty-sixth session: moved from quotes/scanner.ts `AMMA`). */
  amma: Described,
  /** A complementizer with no pronoun (إن, أن, بأن) (thirty-sixth session: moved from quotes/scanner.ts `BARE_COMP`). */
  bareComplementizers: Described,
  /** قد and the particles glued to it before a past verb (فقد كتب, لقد قال, أن الحركة قد "ضعفت"). (thirty-sixth session: moved from quotes/scanner.ts `QAD_WORDS`). */
  qadWords: Described,
  /** عندما, حين, حينما: a clause of time whose subjectless verb is the subject's of the verb that opens the sentence (fiftieth session). */
  whenWords: Described,
  /** هو, هي, وهو, وهي (thirty-sixth session: moved from quotes/speakers.ts `HE_SHE`). */
  heShe: Described,
  /** Relative pronouns, with or without و (مدرب <club> السابق والذي تولى …; thirty-second session). (thirty-sixth session: moved from quotes/speakers.ts `RELATIVES`). */
  relativesWithWaw: Described,
  /** معه, معها, معهم (thirty-sixth session: moved from quotes/speakers.ts `WITH_PRONOUNS`). */
  withPronouns: Described,
  /** `له`, `لها`, `لهم`: an addressee pronoun after a speech verb (thirty-sixth session: moved from quotes/cues.ts `PRONOUN_ADDRESSEES`). */
  pronounAddressees: Described,
  /** `عليه`, `به`, `عنهم`: prepositions with an object pronoun after a verb, read with {@link pronounAddressees} (thirty-sixth session: moved from quotes/speakers.ts `PREP_PRONOUNS`). */
  prepPronouns: Described,
  /** `منها`, `لديه`, `فيهم`: a preposition with its pronoun after a bare complementizer (thirty-sixth session: moved from quotes/extract.ts `PREP_PRONOUN`). */
  prepositionPronouns: Described,
  /** `كان`, `يكون`: after `هكذا`, no verb of speech (thirty-sixth session: moved from quotes/cues.ts). */
  thusNotSpeech: Described,
  /** Definite nouns of a person that are no post, before a name in marks (`الشاب "…"`; thirty-sixth session). */
  definitePersonNouns: Described,
  /** `كل`, `جميع`, `كافة` before a definite plural in marks after a complementizer (`أن "جميع الخيارات"`; thirty-sixth session). */
  allWords: Described,
  /** `دراسة`, `تقرير`, `الراحل` …: a headline's label or an obituary's word before its colon, no speaker (`دراسة: …`). */
  headlineLabels: Described,
  /** `وزير`, `أمير`, `مساعد` …: nouns of a post that open a headline's `X:` (`وزير الصحة: …`), with no article. */
  headlineRoles: Described,
  /** `وهو`, `وهي`, `وهم`, `وهما` after a comma: the apposition that describes one to three words in marks before it (thirty-eighth session). */
  appositionPronouns: Described,
  /** More one-word subjects that name a body, read with `bodyNouns` (`الجهاز`, `المنسقية`; thirty-eighth session). */
  namedBodyNouns: Described,
  /** Adjectives that follow a body's head in its name and are no nisba (`العامة`: `الأمانة العامة`; thirty-eighth session). */
  bodyAdjectives: Described,
  /** `إلى`, `على`, `عن` …: prepositions before a body's name that make it no subject of its clause (thirty-ninth session). */
  objectPrepositions: Described,
  /** `حوار`, `اللقاء`, `مقابلة`, `تحدثت` …: words before an interview's first question that make its dash answers the interviewee's quotes (thirty-eighth session). */
  interviewWords: Described,
  /** `منهم`, `أو` …: words that open no subject; an untagged speaker phrase that opens with one is a fragment (thirty-eighth session). */
  fragmentOpeners: Described,
  /** `متحدث`, `المتحدثة`, `ناطق` …: a spokesman's noun before `باسم` and the person spoken for (thirty-ninth session). */
  spokesNouns: Described,
  /** `مكتب`, `مفوضية`: an office's head before a body's name in a speaker's phrase (thirty-ninth session). */
  agencyHeads: Described,
  /** `بعثة`: a mission's head before a body's name, read as an office's, with its seat (sixtieth session). */
  missionHeads: Described,
  /** `نائب`, `مساعد`: a deputy's noun before a woman's post and its holder's name (sixtieth session). */
  deputyNouns: Described,
  /** `لدى`, `اليوم`, `لمناقشة` …: words that end an agency's complement (thirty-ninth session). */
  agencyStops: Described,
  /** `نصه`, `نصها`: the last word of a colon-only cue that announces a document's text (`فيما يلي نصه:`; thirty-ninth session). */
  documentTextWords: Described,
  /** `الشاعر`: an epithet that alone names no one the text named (`وقد قال الشاعر:`; fortieth session). */
  anonymousEpithets: Described,
  /** `فورا`, `علنا`: adverbs too short for the shapes of a manner word, never a speaker (forty-first session). */
  bareAdverbs: Described,
  /** `وفقا`, `طبقا`: according words whose `ل` the wires glue to the source (`وفقا لمصادر …`; fifty-third session). */
  gluedAccording: Described,
  /** `لذلك`, `لما` …: words after such an according word that name no source (fifty-third session). */
  gluedAccordingStops: Described,
  /** `كلام`, `قول`: nouns of speech between an according word and its source (`ووفق كلام X`; fifty-seventh session). */
  accordingSpeechNouns: Described,
  /** `يعرف`, `يسمى`, `يطلق` …: after `ما`, verbs that introduce a term in marks, no speech (forty-first session). */
  termVerbs: Described,
  /** `أجاب`, `رد`: verbs of replying that reach marks right after their subject (`وقد رد ابن الرئيس "…"`; forty-first session). */
  replyVerbs: Described,
  /** `في`, `إلى`, `عن`: before `القول` and a bare complementizer (`لا يجد حرجا في القول إن`; forty-first session). */
  qawlComplementPrepositions: Described,
  /** `دان`, `أدان`, `ندد`, `استنكر`: verbs of condemning, whose object the subject's epithets in marks may follow (forty-second session). */
  condemningVerbs: Described,
  /** `أبدى`, `يبدي`: verbs of showing a stance whose subject's words follow a noun with its pronoun and `لـ` (forty-second session). */
  stanceVerbs: Described,
  /** `معلنا`, `مبديا`: participles of declaring a stance, before a noun with its pronoun and `لـ` (forty-second session). */
  stanceParticiples: Described,
  /** `كشف`, `يكشف`: verbs of revealing whose subject's words follow `عن` and one word in marks that open with a preposition (fifty-eighth session). */
  revealVerbs: Described,
  /** `من جانبه`, `من جهتها`, `بدوره`: the lead word of a sentence that hands the turn to another party (forty-third session). */
  turnLeads: Described,
  /** `مقترحاً`: participles of proposing that end a colon quote after a comma, no cue (sixty-first session). */
  paraphraseParticiples: Described,
  /** `إطلاق`, `إنشاء`, `تأسيس` …: verbal nouns of founding before a name in marks (sixty-second session, helper arquote21). */
  foundingNouns: Described,
  /** Words of the first person that open a paragraph going on with the speech before it (fifty-third session, helper colonend). */
  speechGoesOn: Described,
  /** `بين`, `بينه`, `بينهما`: the preposition "between" whose second party `وبين` names (forty-fifth session). */
  betweenWords: Described,
  /** `ربط`, `قارن`, `الفرق`: words of relating two things, after which a bare `بين` is "between" (sixty-second session). */
  relatingWords: Described,
  /** `صدر`, `أصدر`, `أصدرت`: verbs of issuing before the cue `البيان التالي:` (forty-ninth session, helper royal). */
  statementIssuing: Described,
  /** `حفظ الله`, `تغمدها الله`, `إنا لله`: a statement's closing formula on the line after its text (forty-ninth session, helper royal). */
  statementClosings: Described,
  /** `قيادي`, `عضو`, `ناشط`: indefinite nouns of a member of a body that head an unnamed source's phrase (forty-ninth session; moved from quotes/cues.ts `MEMBER_HEADS` in the fiftieth). */
  memberHeads: Described,
  /** `المقاومة`, `المعارضة`: bodies an unnamed source is in that `bodyNouns` does not list (forty-ninth session; moved from quotes/cues.ts `AFFILIATION_BODIES` in the fiftieth). */
  affiliationBodies: Described,
  /** `موقع`, `حساب`, `صفحة`, `قناة`: nouns of the speaker's own channel, read with an object pronoun (forty-ninth session; the words of quotes/cues.ts `CHANNEL` until the fiftieth). */
  channelNouns: Described,
  /** `عبر`, `في`, `على`, `من`: prepositions before such a channel (forty-ninth session; moved from quotes/cues.ts `CHANNEL_LEADS` in the fiftieth). */
  channelLeads: Described,
  /** `أمس`, `يوم`, `قد`, `كان`: words between a verb of issuing and its body or the cue `البيان التالي` (forty-ninth session; moved from quotes/arabic.ts `STATEMENT_TIMES` in the fiftieth). */
  statementTimes: Described,
  /** `التقارير`, `الدراسات`: plural nouns of reports and studies that speak for no one (fifty-first session; moved from quotes/cues.ts `REPORT_PLURALS` in its review). */
  reportPlurals: Described,
  /** `مساعد`, `نائب`, `سابق`: words that make an office's words another post or a past one (fifty-first session; moved from quotes/speakers.ts `OTHER_POSTS` in its review). */
  otherPosts: Described
})

export const EnglishQuotesFile = Schema.Struct({
  source: Text,
  license: Text,
  verbs: Forms,
  /** Participles after a comma (`…, saying: "…"`, `with a spokesman adding: "…"`): the speech is the clause subject's. */
  participles: Forms,
  continues: Forms,
  according: Forms,
  pronouns: Forms,
  speakerStops: Forms,
  /** Adverbs and auxiliaries between a subject and its verb (`she also said`, `he has told`): not part of the speaker. */
  verbModifiers: Forms,
  titleWords: Forms,
  /** Titles of those who speak for a body (`a Vodafone spokesman`): the body is the speaker. */
  bodyVoices: Forms,
  /** Words before one or two words in marks that introduce a term or a name (`the so-called`, `known as`; forty-fourth session). */
  shortPartTermLeads: Described,
  /** Speech verbs that report no one or two words in marks (`announced`, `went on`, `suggests`; forty-fourth session). */
  shortPartNoVerbs: Described,
  /** Speech verbs that are also plural nouns (`claims`): a cue of one or two words in marks only after a pronoun (forty-fourth session). */
  shortPartNounVerbs: Described,
  /** Speech verbs that also take a plain object (`added`): a cue of one or two words in marks only before a clause (forty-fourth session). */
  shortPartObjectVerbs: Described,
  /** Forms of `call` that quote only in the evaluative shape (`X called the plan "…"`, `called for "…"`; forty-fifth session). */
  calledVerbs: Described,
  /** Relative words for the object of a form of `call` before its subject (`what he called a "…"`; forty-fifth session). */
  calledRelatives: Described,
  /** Verbs of thanking, hoping, praising that quote three words or more in their clause (`thanked fans "…"`; forty-sixth session). */
  phraseVerbs: Described,
  /** Verbs of judging that quote after their object's `as` or its possessor (`attacked X as "…"`, `attacked X's "…"`; fifty-second session). */
  judgingVerbs: Described,
  /** Verbs and adjectives of stance that make a named person who opens the sentence before bare marks their speaker (`X wants …. "…"`; fifty-third session). */
  stanceVerbs: Described,
  /** Participles of naming or judging right before marks of a passive whose agent follows `by` (`branded "…" by X`; fiftieth session). */
  passiveNamingVerbs: Described,
  /** Participles of judging that end one to three words in marks of a passive whose agent follows `by` (`"severely reprimanded" by X`; fiftieth session). */
  passiveJudgedWords: Described,
  /** Subordinating words that open a sentence with a clause before the main clause's comma (`While …, he …`; fifty-second session). */
  openingClauseLeads: Described,
  /**
   * Verbs of manner (`smiles`, `laughs`) that attribute speech only right after the comma that closes it (`"…," smiles one
   * broker`; forty-fourth session); elsewhere they are no cue (`the pair were all smiles`).
   */
  mannerVerbs: Forms,
  /** Endings of a contracted pronoun (`I'd`, `we'll`): the word is the pronoun (forty-fifth session). */
  pronounContractions: Described,
  /**
   * Given names of one sex only (`Graeme`: a man; `Fiona`: a woman), read from the first word of a person's name when
   * no title of address tells the sex (forty-eighth session, helper enpron); a name in both lists is an error.
   */
  givenNames: Schema.Struct({ description: Text, m: Forms, f: Forms }),
  /** Speech verbs that are also plural nouns (`states`, `claims`), read as the noun after a quantifier (forty-ninth session; moved from quotes/cues.ts `EN_NOUN_VERBS` in the fiftieth). */
  pluralNounVerbs: Described,
  /** Quantifiers before a plural noun (`all`, `many`, `member`, `two`; forty-ninth session; moved from quotes/cues.ts `EN_QUANTIFIERS` in the fiftieth). */
  pluralQuantifiers: Described,
  /** A leader's nouns after a party, a place or a club (`leader`, `mp`, `boss`, `spokesman`; moved from quotes/english.ts `EN_LEAD_OFFICES` in the fiftieth session). */
  leadOffices: Described,
  /** Of `leadOffices`, those read from the chain only (`boss`, `spokesman`; moved from quotes/english.ts `EN_CHAIN_OFFICES` in the fiftieth session). */
  chainOffices: Described,
  /** Head nouns of a post a definite phrase names (`the Ofsted chief`; forty-ninth session; moved from quotes/english-holders.ts `EN_HELD_HEADS` in the fiftieth). */
  heldHeads: Described,
  /** Nouns of a slogan or a motto before its words in marks (`slogan`, `motto`; fifty-third session, helper encarry). */
  sloganNouns: Described,
  /** Nouns of kin and close posts between a possessor and the person a phrase is about (`ex-wife`, `agent`; fifty-seventh session, helper enpieces). */
  possessedPersonNouns: Described,
  /** Verbs of a finding or a denial that quote the clause after them or end the sentence after the marks (`found`, `denied`; fifty-seventh session, helper enpieces). */
  findingVerbs: Described,
  /** Of `findingVerbs`, those of a denial, which quote one or two words too (`denied`; fifty-seventh session, helper enpieces). */
  denialVerbs: Described,
  /** Plural nouns of a group that speaks for a side (`critics`, `opponents`; fifty-eighth session, helper enquote8). */
  groupNouns: Described,
  /** Verbs a plural subject of `groupNouns` quotes its clause's marks with (`claim`, `fear`, `argue`; fifty-eighth session, helper enquote8). */
  groupVerbs: Described,
  /** Participles of charging whose passive quotes a charge's wording after `of`/`with` (`accused`, `charged`; fifty-eighth session, helper enquote8). */
  chargeParticiples: Described,
  /** Nouns of an organisation that stand after `the` for the body named before (`the party`; thirtieth session; moved from quotes/english.ts `EN_BODY_NOUNS` with speakers.ts's `party` in the fifty-second). */
  bodyNouns: Described,
  /** Nouns of a public body that after `the` stand for the nearest organisation whose name holds them (`the ministry`; fifty-fifth session). */
  namedKindNouns: Described,
  /** Nouns of bodies after `the` that a body's unnamed voice speaks for (`said an official at the ministry`; fiftieth session; moved from quotes/english.ts `EN_VOICED_BODY_NOUNS` in its review). */
  voicedBodyNouns: Described,
  /** Verbs that take a plural noun of `pluralNounVerbs` as object (`dismissed the latest claims`; fiftieth session; moved from quotes/cues.ts `EN_NOUN_OBJECT_LEADS` in its review). */
  nounObjectVerbs: Described,
  /** `letter`, `statement`, `memo`: nouns of a document its issuer speaks through (fifty-first session; moved from quotes/english.ts `EN_ISSUED_DOCUMENTS` in its review). */
  issuedDocuments: Described,
  /** `study`, `survey`, `findings`, `newsletter`: more documents that speak for their issuer, read with `issuedDocuments` by a definite document's issuer (fifty-sixth session, helper enquote6). */
  studyDocuments: Described,
  /** `website`, `review`: a body's own documents that speak for it after `its`/`their` only, read there with `issuedDocuments` and `studyDocuments` (fifty-eighth session, helper tidy3; moved from quotes/speakers.ts `EN_DOCUMENTS`). */
  ownedDocuments: Described,
  /**
   * `prime`, `late`, `then`, `lord`: more words in a role that make it another post than the bare noun, read with the
   * entity stage's `roleQualifiers` by the role-link step (sixtieth session, helper tidy4; moved from
   * quotes/role-link.ts `QUALIFIERS`).
   */
  linkQualifiers: Described,
  /**
   * `deputy`, `shadow`, `former`: words before a role's words that make it another post, for the held-role index and
   * `the <role>` phrases (sixty-first session, helper tidy5; moved from the regexes of quotes/entity-index.ts and
   * quotes/english-holders.ts).
   */
  postQualifiers: Described,
  /** `newspaper`, `magazine`, `daily`: nouns of a publication after `the` that stand for the one named before (fifty-sixth session, helper enquote6). */
  publicationNouns: Described,
  /** `lawsuit`, `suit`, `complaint`: nouns of a court filing that speaks for its plaintiff (fifty-seventh session, helper enquote7). */
  courtDocuments: Described,
  /** `sue`, `suing`, `sued`: verbs whose named subject is the plaintiff of a later filing (fifty-seventh session, helper enquote7). */
  suingVerbs: Described
})

export type Gender = "m" | "f" | "p"

/** A speech verb as found in text. */
export interface Verb {
  /** The form as listed (`قالت`, `said`). */
  readonly form: string
  readonly gender: Gender | null
  /** `وأضاف`, `added`: continues the previous speaker's words. */
  readonly continues: boolean
  /** Verbs that are also ordinary words (`بين`, `تابع`): a cue only right before a colon or a quote mark. */
  readonly needsMark: boolean
  /** Forms that are also nouns (ذكر, كشف, بين): a cue only where a clause starts (وذكر, كما ذكر). */
  readonly alsoNoun: boolean
  /**
   * Verbs that mostly take an object (`أكمل` "completed", `أكمل الفترة`, `على أكمل وجه`): a cue only with a colon right
   * after the verb or after its subject (`وأكمل:`, `وأكملت الوزيرة:`).
   */
  readonly colonOnly?: boolean
  /** A verb of asking or answering with its object pronoun (`سأله`, `أجابها`): a line of a dialogue (fiftieth session). */
  readonly dialogue?: boolean
  /** A present verb of asking (`يتساءل`, `تسأل`): the cue's `question` (fifty-first session). */
  readonly question?: boolean
  /** A dual form (`قالا`, `أكدتا`): two speakers, read as the gender of the form (thirty-third session). */
  readonly dual?: boolean
  readonly english: boolean
}

/** The dual forms of an Arabic verb entry with the gender they are read as (`dm` → `m`, `df` → `f`). */
const dualForms = (v: { readonly forms: { readonly dm?: ReadonlyArray<string>; readonly df?: ReadonlyArray<string> } }): Array<readonly [string, Gender]> => [
  ...(v.forms.dm ?? []).map((f) => [f, "m"] as const),
  ...(v.forms.df ?? []).map((f) => [f, "f"] as const)
]

export interface QuoteLexicons {
  /** Speech verbs by phrase (Arabic and English). */
  readonly verbs: PhraseTrie<Verb>
  readonly participles: ReadonlyMap<string, string>
  /** `متهما`, `مهددة` …: participles of accusing before their object and `بأنه`/ب right before marks (thirty-eighth session). */
  readonly chargeParticiples: ReadonlySet<string>
  /** `colonParticiples` by key: participles of shouting, a cue only right before a colon (thirty-eighth session). */
  readonly colonParticiples: ReadonlyMap<string, string>
  /** `نتوجه`, `نتجه` …: the writer's verbs of turning to an official (every key of each form; sixty-second session). */
  readonly writerAddressing: ReadonlySet<string>
  /** `بعبارة`, `بكلمة` …: a participle cue only before marks of three words or more, read as `بقوله` (forty-fourth session). */
  readonly wordingNouns: ReadonlySet<string>
  /** `روى`, `يروي` (`reported.narrating`): verbs of narrating, read as `reportedVerbs` only before a speech verb (sixty-second session). */
  readonly narratingVerbs: ReadonlySet<string>
  readonly reportedVerbs: ReadonlySet<string>
  readonly says: ReadonlySet<string>
  readonly according: PhraseTrie<string>
  readonly complementizers: ReadonlySet<string>
  readonly arStops: ReadonlySet<string>
  readonly arPronouns: ReadonlySet<string>
  /** Honorifics printed before a name (`المهندس`, `الدكتور`). */
  readonly arTitles: ReadonlySet<string>
  /** Kinship and representation nouns before a name (`والد`, `محامي`). */
  readonly arPossessors: ReadonlySet<string>
  /** Nouns a name in quotation marks follows (`بعنوان`, `لصحيفة`): those marks hold no speech. */
  readonly arNameNouns: ReadonlySet<string>
  readonly clauseOpeners: ReadonlySet<string>
  /** Conjunctions after a comma that open a clause with its own subject (`ولكن`, `بينما`). */
  readonly clauseBreaks: ReadonlySet<string>
  /** Verb forms that, with a complementizer right after them and no subject, are the writer's formula (`يذكر أن`). */
  readonly background: ReadonlySet<string>
  /** Addressees after a speech verb, by phrase (`لرويترز`, `لوكالة فرانس برس`). */
  readonly addressees: PhraseTrie<string>
  /** Passive verbs of asking (`سئل`): the person after them is no subject of the marks in their sentence. */
  readonly asked: ReadonlySet<string>
  /** Lead words of a verb after a quote that it attributes (`كما`, `هذا ما`), by phrase. */
  readonly afterQuote: PhraseTrie<string>
  /** One-word subjects that stand for the writer quoted last (`الكاتب`). */
  readonly writerNouns: ReadonlySet<string>
  /** One-word subjects that stand for the newspaper quoted last (`الصحيفة`). */
  readonly outletNouns: ReadonlySet<string>
  /** Role nouns that with a nationality adjective stand for the person quoted just before (`المدرب البرتغالي`). */
  readonly epithetHeads: ReadonlySet<string>
  /** Words that close a person's name and can stand for it alone (`بوش الابن` … `وقال الابن`). */
  readonly nameEpithets: ReadonlySet<string>
  /** Stems of documents that speak for their issuer (`بيان`, `تقرير`). */
  readonly documentNouns: ReadonlyArray<string>
  /** Stems of an article in a press review (`مقال`). */
  readonly articleNouns: ReadonlyArray<string>
  /** The writer of an article (`كاتب`, `كاتبة`), before an article noun. */
  readonly articleWriters: ReadonlySet<string>
  /** Words between a document noun and its issuer (`مشترك`, `الذي`). */
  readonly issueLinks: ReadonlySet<string>
  /** Verbs of issuing after a document noun (`الصادر`, `أعده`, `بقلم`). */
  readonly issueVerbs: ReadonlySet<string>
  /** Verbs of giving a statement before `به`/`بها` and its issuer (`أدلى`, `أدلت`). */
  readonly givingVerbs: ReadonlySet<string>
  /** Definite nouns of a study or a survey that speak as the subject of the sentence before (`الدراسة`, `الاستطلاع`). */
  readonly studyNouns: ReadonlySet<string>
  /** Words before a document noun after which the clause's subject issued it (`في`, `أصدر`). */
  readonly issuing: ReadonlySet<string>
  /** Nouns of speech with an attached pronoun (`حديثه`, `تصريحاتها`): the object of `اختتم`, never a subject. */
  readonly speechObjects: ReadonlySet<string>
  /** `أهمية`, `ضرورة`: what a verb of stating affirms, never its subject (thirty-sixth session). */
  readonly stanceObjects: ReadonlySet<string>
  /** Stems of texts and speeches (`بيان`, `تغريد`, `كلم`) a verb with `فيه`/`فيها` reads from. */
  readonly speechDocuments: ReadonlyArray<string>
  /** `أطروح`, `أطروحات`, `مؤلفات`, `كتابات` (stems, as keys): a thinker's writings, spoken for by their genitive author (sixty-second session, helper arquote19). */
  readonly writingsNouns: ReadonlySet<string>
  /** Stems of interviews (`مقابلة`, `حوار`) whose `مع` names the one interviewed (fifty-fifth session). */
  readonly interviewNouns: ReadonlyArray<string>
  /** `ألقى`, `ألقت`: verbs of delivering a speech, whose untagged subject speaks with `فيها` (fifty-fifth session). */
  readonly deliveryVerbs: ReadonlySet<string>
  /** One-word subjects that name a body (`الوزارة`, `الشركة`): the organisation named last with that noun. */
  readonly bodyNouns: ReadonlySet<string>
  /** Verbs of describing (`وصف`, `اعتبر`): a one-word definite phrase with no name after them is the object. */
  readonly objectVerbs: ReadonlySet<string>
  /** `هدد`, `يتهم`, `وعد`, `أشاد`, `أثنى`, `دعا`, `طالب`: marks after ب, على or إلى after them and a named subject are speech. */
  readonly chargeVerbs: ReadonlySet<string>
  /** `أعرب`, `عبّر`: marks right after عن after them and a named subject (or a document's issuer) are speech. */
  readonly expressVerbs: ReadonlySet<string>
  /** `تعالى`, `سبحانه`, `عز وجل`: a speaker phrase with one of them names God; its words are scripture (thirty-third session). */
  readonly divine: ReadonlySet<string>
  /** `رحمه`, `يرحمه`: a phrase with one of them names a person (`… رحمه الله تعالى`), not God. */
  readonly mercy: ReadonlySet<string>
  /** `عز من قائل`: phrases (search-form keys) that name God as a whole. */
  readonly mighty: ReadonlyArray<ReadonlyArray<string>>
  /** `الله`: a speaker that is this word alone is God (thirty-fourth session). */
  readonly godAlone: ReadonlySet<string>
  /** `قوله`, `الآية`, `الكريمة`: right before a fully vocalized quote, they cite it as a verse (thirty-fourth session). */
  readonly citingVerse: ReadonlySet<string>
  /** `بقوله`: cites a verse only right after a word of {@link citingVerse} (`مستشهدا بقوله:`). */
  readonly citingAfter: ReadonlySet<string>
  /** `رسول الله`, `النبي`, `الرسول`: the Prophet's titles (search-form keys), a hadith's speaker (thirty-fourth session). */
  readonly prophetTitles: ReadonlyArray<ReadonlyArray<string>>
  /** The same titles, each its keys joined by a space (`رسول الله`): a hadith's speaker alone ({@link prophetTitles}). */
  readonly prophetTitleKeys: ReadonlySet<string>
  /** `صلى`: the first word of the blessing after the Prophet's title (`صلى الله عليه وسلم`). */
  readonly blessingOpen: ReadonlySet<string>
  /** `على`, `إلى`: before the Prophet's title, they make it an object (`أقبل رجل على رسول الله … فقال`), no subject. */
  readonly prophetObject: ReadonlySet<string>
  /** First words of a phrase of manner (`بقناعة`, `بصوت`, `بكل`): a phrase they open with no entity names nobody. */
  readonly mannerHeads: ReadonlySet<string>
  /** Words of time that end a speaker phrase (`مرة`, `عند`, `آنذاك`), ar.json `timeHeads`. */
  readonly timeHeads: ReadonlySet<string>
  /** The nouns after `ذات` that make it a word of time (`ذات مرة`, `ذات يوم`), ar.json `timeHeads.afterDhat`. */
  readonly timeAfterDhat: ReadonlySet<string>
  /** `إس`, `يو`, `بي`, `إيه`: Latin letters spelled in Arabic; three or more in marks are a code, no speech (thirtieth session). */
  readonly letterNames: ReadonlySet<string>
  /** `مخاطبا`, `موجها`: a phrase they open names the addressee, not the speaker (the chain's). */
  readonly addressing: ReadonlySet<string>
  /** `بحسب ما`, `حسبما`, `وفقا لما`: the source is the subject of the verb after them. */
  readonly accordingWhat: PhraseTrie<string>
  /** `عدد`, `العديد`, `بعض`: a subject they open goes on over `من` (`عدد من المواطنين`). */
  readonly quantifiers: ReadonlySet<string>
  /** `وكالة`, `صحيفة`, `وسائل`, `التلفزيون`: a source after `بحسب ما` that relays someone else's words. */
  readonly relayNouns: ReadonlySet<string>
  /** `لمؤسسة`, `لشبكة`, `لصحيفة`: ل and an outlet's noun, read before the outlet's name as the addressee of a speech verb. */
  readonly addresseeHeads: ReadonlySet<string>
  /** `لوسائل`, `لشبكات`, `لقادة`: ل and a noun of a group of people or outlets, the audience of a speech verb. */
  readonly audienceHeads: ReadonlySet<string>
  /** `لقاء`, `حديث`, `مقابلة`: nouns of an interview (every key of each form). */
  readonly meetingNouns: ReadonlySet<string>
  /** `مع`, `بينهم`, `منهم`: the word right before the person an interview met (every key of each form). */
  readonly metBefore: ReadonlySet<string>
  /** `سأل`, `سألت`, `سألوا`: active verbs of asking (every key of each form). */
  readonly asking: ReadonlySet<string>
  /** `يسأل`, `سئل`, `سؤاله`: words of asking before `عن`, whose person after it is the topic, no subject (every key of each form). */
  readonly askingAbout: ReadonlySet<string>
  /** `كتب`, `غرد`, `دون`: past verbs of writing, a cue after a person who opens a complementizer's clause (every key of each form). */
  readonly writingVerbs: ReadonlySet<string>
  /** `سألنا`, `سألت`: the interviewer's verbs of asking, with a person named after them (every key of each form). */
  readonly interviewAsking: ReadonlySet<string>
  /** `سألت`: the forms of {@link interviewAsking} that are the writer's only after a time word (every key of each form). */
  readonly askingAfterTime: ReadonlySet<string>
  /** `سألته`, `سألتها`, `سألناه`: verbs of asking with the object's pronoun (every key of each form). */
  readonly askingWithPronoun: ReadonlySet<string>
  /** `عندما`, `حين`, `لما` (with or without و/ف): time words (every key of each form). */
  readonly askingTimes: ReadonlySet<string>
  /** `علي`, `بان`, `متى`, `صباح`: first names that fold as stop words (every key of each form). */
  readonly nameLikeStops: ReadonlySet<string>
  /** `كأن`, `كأنه`, `وكأنها` …: "as if" (every key of each form; the hamza is checked in the text). */
  readonly asIf: ReadonlySet<string>
  /** `هي`, `هما`, `هم`, with `و`: a colon after them opens a list (every key of each form). */
  readonly listPronouns: ReadonlySet<string>
  /** `أهمها`, `وأبرزها`, `ومنها`: a colon right after them opens a list, no speech (fifty-fifth session, helper arfalse). */
  readonly listHeads: ReadonlySet<string>
  /** `منها`: a list's head only when neither `listHeadsNotAfter` stands right before it. */
  readonly listHeadsOf: ReadonlySet<string>
  /** `نسخة`: `على نسخة منها:` is a copy of a document, whose words follow. */
  readonly listHeadsNotAfter: ReadonlySet<string>
  /** `بعنوان`, `وبعنوان`, `عنوان` (not `عنوانه`, `عنوانها`: a paper's own headline): before a colon, the title of an article, a talk or a session follows (fiftieth session). */
  readonly headingNouns: ReadonlySet<string>
  /** Latin letters whose Arabic spelling is also a common word (`إم`, `إن`, `أو`, `في`): with `letterNames`, an abbreviation (fiftieth session). */
  readonly letterWords: ReadonlySet<string>
  /** `هاشتاق`, `شعار`, `لقب` …: a label's marks after one more word are a name (fifty-sixth session, helper arlabel). */
  readonly epithetNameNouns: ReadonlySet<string>
  /** `chantParticiples` by key: participles of chanting, a cue right before a colon or an opening mark (fifty-sixth session). */
  readonly chantParticiples: ReadonlyMap<string, string>
  /** Nouns of a song or a crowd's chant (`أهازيج`, `أغنية`): marks after one are the song's line (fifty-sixth session). */
  readonly songNouns: ReadonlySet<string>
  /** Verbs of asking not to be named (`طلب`, `ورفض`, `فضلت`; every key of each form): with an `anonymityObjects` word after them, they end a speaker phrase (fifty-sixth session, helper arcarry4). */
  readonly anonymityVerbs: ReadonlySet<string>
  /** `عدم`, `الكشف`, `ذكر`, `نشر` …: the words right after an `anonymityVerbs` verb that make it a request to stay unnamed. */
  readonly anonymityObjects: ReadonlySet<string>
  /** `motivePronouns`: من with a pronoun after an accusative verbal noun of motive (`إيمانا مني`; fifty-sixth session). */
  readonly motivePronouns: ReadonlySet<string>
  /** `hashtagNouns`: `هاشتاق`, `وسم`: an entity that opens with one is a hashtag, no person (fifty-sixth session). */
  readonly hashtagNouns: ReadonlySet<string>
  /** `hearingVerbs`: `تسمع من X: «…»`, the one heard said the words (fifty-seventh session). */
  readonly hearingVerbs: ReadonlySet<string>
  /** `wordsJustSaid`: `بهذه`, `بتلك` (`«…»، بهذه الكلمات حدد X`; fifty-seventh session). */
  readonly wordsJustSaid: ReadonlySet<string>
  /** `wordsJustSaid.nouns`: `الكلمات`, `العبارة` … after `بهذه`/`بتلك` (fifty-seventh session). */
  readonly wordsJustSaidNouns: ReadonlySet<string>
  /** `topicOpeners`: `يظل`, `لا يزال`, `بقي` … before the person a sentence opens with as its topic (sixty-first session). */
  readonly topicCopulas: ReadonlySet<string>
  /** `topicOpeners.leads`: `مع`, `رغم` … read before `ذلك` opening that sentence (sixty-first session). */
  readonly topicLeads: ReadonlySet<string>
  /** `appealVerbs`: `وجه`, `وجهت` … whose object is a noun of appeal (sixty-second session, helper arquote21). */
  readonly appealVerbs: ReadonlySet<string>
  /** `appealVerbs.nouns`: `نداء`, `دعوة`, `رسالة`, `مناشدة` (sixty-second session, helper arquote21). */
  readonly appealNouns: ReadonlySet<string>
  /** `programmeSubjects`: `الإصلاحات`, `الميثاق` …, nouns of a programme whose wording marks hold (sixty-second session). */
  readonly programmeNouns: ReadonlySet<string>
  /** `programmeSubjects.verbs`: `تنص`, `يتضمن`, `يدعو`, `يقترح` … before a programme noun as their subject. */
  readonly programmeVerbs: ReadonlySet<string>
  /** `programmeSubjects.issuing`: `أعلنها`, `اقترحه` … after a programme noun, its issuer after them. */
  readonly programmeIssuing: ReadonlySet<string>
  /** `groupSubjects`: `الجماعة`, a group's noun as a one-word subject (keys; sixty-third session, helper arquote22). */
  readonly groupNouns: ReadonlySet<string>
  /** `groupSubjects.heads`: `حزب`, `تنظيم`, `حركة` … as written, each with a space after it: the head nouns of a group's name. */
  readonly groupHeads: ReadonlyArray<string>
  /** `chantExamples.forms`: `هتافات`, `بهتافات`, nouns of chants that cue marks given as examples after `مثل`/`منها` (keys). */
  readonly chantNouns: ReadonlySet<string>
  /** `chantExamples.objects`: `عبارات`, `بعبارات`, `هتافات` … after a chant participle, before `مثل`/`منها` and marks (keys). */
  readonly chantObjects: ReadonlySet<string>
  /** `chantExamples.examples`: `مثل`, `منها`, the words that give the marks after them as examples (keys). */
  readonly chantExampleWords: ReadonlySet<string>
  /** `wishingVerbs`: `يود`, `تود`, `يرغب` (keys): a verb of wishing before `أن` and a speech verb with no subject. */
  readonly wishingVerbs: ReadonlySet<string>
  /** `programmeSubjects.issuedBefore`: `أصدر`, `أصدرت`, `تصدر`, `يصدر` before a programme's earlier mention (every key of each form). */
  readonly programmeIssuedBefore: ReadonlySet<string>
  /** Words before a colon that ends its line and announces a list or a document's text (every key of each form). */
  readonly listings: ReadonlySet<string>
  /** Words before a colon that ends its line and announces verses with no speech verb (every key of each form). */
  readonly poemCues: ReadonlySet<string>
  /** Words that never stand in a list of names or nouns in marks (every key of each form). */
  readonly listBreakers: ReadonlySet<string>
  /** Possessor nouns read only right before the person (every key of each form). */
  readonly adjacentPossessors: ReadonlySet<string>
  /** `ابن`, `ابنة` (every key of each form). */
  readonly nameOpeningKin: ReadonlySet<string>
  /** `أم`, `أب`, `أخ`, `أخت` before a description of the person (every key of each form). */
  readonly describedKin: ReadonlySet<string>
  /** {@link arPossessors} and {@link describedKin} as one set: a noun of kinship or representation (`kinNoun`, `kinStart`, `kinPhrase`). */
  readonly kinNouns: ReadonlySet<string>
  /** `محامي`, `صديق` …: possessors only right before the name (every key of each form). */
  readonly selfDescribedPossessors: ReadonlySet<string>
  /** `سموه`, `معاليه`, `سعادته`: a person with a title (`honorificTitles`) named before is the speaker. */
  readonly honorifics: ReadonlySet<string>
  readonly honorificTitles: ReadonlySet<string>
  /** `سموه`, `سموها` and the titles of princes they take (`الأمير`, `سمو`, `ولي`). */
  readonly royalHonorifics: ReadonlySet<string>
  readonly royalTitles: ReadonlySet<string>
  /** `مصدر`, `مصادر`, `مسؤول`, `شاهد` …: an unnamed source's nouns (every key of each form; thirty-third session). */
  readonly unnamedSources: ReadonlySet<string>
  /** `أخوها`, `أبوه`, `عمه` … and `أمه`, `أختها`, `زوجته` …: a kin named with a possessive pronoun (every key of each form; fifty-third session). */
  readonly kinPronounM: ReadonlySet<string>
  readonly kinPronounF: ReadonlySet<string>
  /** `مسؤول`, `رفيع`, `مطلع`, `عيان`, `موال` …: the adjectives of an unnamed source (every key of each form). */
  readonly unnamedDescribedBy: ReadonlySet<string>
  /** `مقرب`, `قريب`, `موال` …: a source close to a body, not of it (every key of each form). */
  readonly unnamedCloseTo: ReadonlySet<string>
  /** `الوزيران`, `الطرفان` …: dual nouns for two named together before (every key of each form; thirty-third session). */
  readonly dualNouns: ReadonlySet<string>
  /** `أشخاص`, `أهالي`, `عدد` …: plural and group nouns of people, without the article (every key of each form; forty-second session). */
  readonly pluralVoices: ReadonlySet<string>
  /** `كاتبا`, `مسؤولا`, `ممثلا` …: nouns of a post in the dual construct (every key of each form; sixty-second session). */
  readonly dualConstructs: ReadonlySet<string>
  /** `كما`, `مثلما`, `حسبما` …: words before a verb that attributes the words before them (every key of each form; forty-second session). */
  readonly asSaidOpeners: ReadonlySet<string>
  /** `المدرب` ~ `المدير الفني` …: groups of the forms of one post, each form its keys without the article (thirty-fourth session). */
  readonly roleSynonyms: ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>>
  /**
   * Paraphrases of an office and the office's words (`رئيس الدبلوماسية` → `وزير الخارجية`), both as keys without their
   * article, paraphrase first (fifty-first session).
   */
  readonly officeParaphrases: ReadonlyArray<readonly [ReadonlyArray<string>, ReadonlyArray<string>]>
  /** `السفير`, `الزوجة`, `المدير` …: nouns of a post one person holds, with the article (every key of each form; thirty-fourth session). */
  readonly roleHeads: ReadonlySet<string>
  /** `وصف`, `وصفه`, `واصفا` …: verbs of describing before ب and one word in marks (every key of each form; thirty-fourth session). */
  readonly describingAs: ReadonlySet<string>
  /** `يعد`, `تعد`, `بمثابة`: words of judging before their predicate in marks (thirty-fourth session). */
  readonly judgingWords: ReadonlySet<string>
  /** `اعتبر`, `معتبرا` …: past forms and participles of اعتبر before their object and its predicate in marks (thirty-fourth session). */
  readonly consideringVerbs: ReadonlySet<string>
  /** `يعتبر`, `تعتبر` …: present forms of اعتبر before their predicate in marks inside a reported clause (thirty-fifth session). */
  readonly consideringPresent: ReadonlySet<string>
  /** `كان`, `ستكون`, `أصبح`, `باتت` …: forms of كان, أصبح, بات before one word of their predicate in marks (thirty-fifth session). */
  readonly copulaForms: ReadonlySet<string>
  /** `ليس`, `ليست` …, and `إلا` (after `ما` and a pronoun of {@link exceptivePronouns}): before two or three words of a predicate in marks (fortieth session). */
  readonly negatedCopulas: ReadonlySet<string>
  /** `حذر`, `يحذر` …: a speech verb whose words in marks follow `من` (`وحذر X من «…»`; fortieth session). */
  readonly warningVerbs: ReadonlySet<string>
  /** `شكا`, `اشتكى` …: verbs of complaining; their words in marks follow `من` (`وشكا X من «…»`) and a `بالقول` after them is read as a cue of its own (forty-fifth session, helper accuse). */
  readonly complainingVerbs: ReadonlySet<string>
  /** `خطاب`, `كلمة`, `تصريحات`, `مقابلة`, `بيان` … (bare or with a pronoun): nouns of a speech the subject gave, after `وذلك في`/`وذلك خلال` right after marks (`«…»، وذلك في كلمة ألقاها`; forty-ninth session, helper arshort). */
  readonly speechOccasions: ReadonlySet<string>
  /** `أقر`, `أقرت`, `أقروا`, `يقر`, `تقر`: "acknowledged", no speech verb of the lexicon (`أقر المجلس النظام`, "passed"); with a named subject and a complementizer after it (`وأقر X بأن …`), marks of two words or more in its clause are the subject's words (forty-ninth session, helper arshort). */
  readonly acknowledgingVerbs: ReadonlySet<string>
  /** `هو`, `هي`, `هم`, `هما`: the pronoun between `ما` and `إلا` (fortieth session). */
  readonly exceptivePronouns: ReadonlySet<string>
  /**
   * `سوف` ("will"), `لن` ("will not"), `لم` ("did not"): before a present verb in marks (thirty-fifth session).
   * (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `VERB_PARTICLES`.)
   */
  readonly verbParticles: ReadonlySet<string>
  /**
   * Name nouns with a possessive `ه` (`كتابه`, `ديوانه`, `فيلمه`, `مسرحيته`) that a word in `ة` folds into (`كتابة`,
   * "writing"; thirty-fifth session). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts
   * `POSSESSIVE_NAME_NOUNS`.)
   */
  readonly possessiveNameNouns: ReadonlySet<string>
  /**
   * Prepositions of time (`خلال`, `أثناء`, `بعد`, `عقب` …, not `في`) that make a possessed name noun after them an
   * occasion (`خلال حملتها «…»`: the campaign's speech, not its name; fifty-second session, helper arnocolon).
   */
  readonly occasionPrepositions: ReadonlySet<string>
  /**
   * Name nouns that are verbal nouns too, after a clitic mostly "to …" (`لتطبيق`, `لنظام`): no title after them
   * (thirty-fifth session). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts
   * `CLITIC_VERBAL_NOUNS`.)
   */
  readonly cliticVerbalNouns: ReadonlySet<string>
  /**
   * `بين`, `زاد` (with their feminine and plural forms): verbs that need a mark and never report through a
   * complementizer (`QuoteScanner.reportsThrough`). (Every key of each form; thirty-sixth session: moved from
   * quotes/extract.ts `NOT_THROUGH`.)
   */
  readonly notThrough: ReadonlySet<string>
  /**
   * `مفادها`, `مفاده` ("whose gist is"): the marks after them (a colon between allowed) give the gist of a message,
   * a warning or a saying (`تبعث رسالة مفادها «…»`, `رسالة تحذيرية مفادها: «…»`, `حكمة مفادها "…"`), no one's speech
   * (twenty-ninth session; `نصها`, "whose text is", quotes a tweet or a telegram word for word and stays; so do `ما
   * مفاده` after a speech verb and `ومفاده` after a letter; `فحواها` quotes a letter's words on the corpus and
   * stays). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `GIST`.)
   */
  readonly gistWords: ReadonlySet<string>
  /** مع, إلى, وصلت: marks right after them that hold one tagged name are the one addressed, never speech. */
  readonly addressedNameBefore: ReadonlySet<string>
  /** التقت, تلقت, حصلت: an outlet's own doings in its report; the outlet after them is no speaker. */
  readonly outletVerbs: ReadonlySet<string>
  /** عنصر, مقاتل, قيادي: an unnamed member of the group named after في/من in his phrase. */
  readonly memberNouns: ReadonlySet<string>
  /**
   * `كان`, `كانت`, `يكون`, `تكون`, `أصبح`, `أصبحت`: a predicate in the accusative follows (thirty-first session,
   * second round). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `ACCUSATIVE_VERBS`.)
   */
  readonly accusativeVerbs: ReadonlySet<string>
  /**
   * Adverbs (`تماما`, `جيدا`, `جدا`, `أبدا`, `مطلقا`, `فورا`, `نهائيا`, `قطعا`) and prepositions with a pronoun
   * (`معنا`, `لنا`, `عليه`) that close two words in marks: a predicate (`"يعي تماما"`, `"تعمل معنا"`), never a name
   * (session 20). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `PREDICATE_ENDS`.)
   */
  readonly predicateEnds: ReadonlySet<string>
  /**
   * Verbs of saying (`قال`, `يقول`, `أضاف`, `تابع`, `أردف` and their forms, without the conjunction): after them
   * three words in marks that end their sentence are speech even after a named speaker (`وقال ترامب "لا أعتقد
   * ذلك".`; not `وأضاف إليها «…»`); after a verb of judging (`واعتبر الاتفاق «خطأ تاريخيا خطيرا»`) they are the
   * object's description. (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `SAYING`.)
   */
  readonly sayingVerbs: ReadonlySet<string>
  /**
   * Adjectives that head an improper annexation (`شديد اللهجة`, `غير المسبوق`, `واسع النطاق`, `قصيرة الأجل`): two
   * words in marks that open with one and go on with the article describe something, they name nothing (twenty-third
   * session, second round). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts
   * `ANNEXING_ADJECTIVES`.)
   */
  readonly annexingAdjectives: ReadonlySet<string>
  /**
   * Adverbs that close two words in marks with the article or without it (`"مرضية للغاية"`, `"تثق بشدة"`, `"تخسر
   * كثيرا"`): a predicate (twenty-third session, second round). (Every key of each form; thirty-sixth session: moved
   * from quotes/extract.ts `LATE_ENDS`.)
   */
  readonly lateEnds: ReadonlySet<string>
  /**
   * `ورد`, `وردت`, `فرد`, `فردت`: "came", "individual" as often as `رد` ("replied") with its conjunction. (Every key
   * of each form; thirty-sixth session: moved from quotes/extract.ts `RADD_WITH_CONJUNCTION`.)
   */
  readonly raddWithConjunction: ReadonlySet<string>
  /**
   * `البالغ`, `البالغة` (aged): an age after a noun (`الرجل البالغ 60 عاما`). (Every key of each form; thirty-sixth
   * session: moved from quotes/speakers.ts `AGED`.)
   */
  readonly agedWords: ReadonlySet<string>
  /**
   * Words that open a subject but name no role: `أحد`, `إحدى`, `بعض`, `البعض`, `العديد`, `كل`, `جميع`, `معظم`.
   * (Every key of each form; thirty-sixth session: moved from quotes/speakers.ts `NO_ROLE`.)
   */
  readonly noRoleWords: ReadonlySet<string>
  /**
   * أجراها, أجرته, أجرتها, أجراه (with or without hamza, folded): "conducted it", of an interview or a call. (Every
   * key of each form; thirty-sixth session: moved from quotes/speakers.ts `CONDUCTED`.)
   */
  readonly conductedVerbs: ReadonlySet<string>
  /**
   * `المسؤول`, `المسؤولة` (the official): a word for any office holder, not the head of a role. (Every key of each
   * form; thirty-sixth session: moved from quotes/speakers.ts `OFFICIAL`.)
   */
  readonly officialNouns: ReadonlySet<string>
  /**
   * `المشرف`, `المشرفة` (the supervisor): before `على` it reads as `المسؤول` before `عن`, the person after the words
   * it supervises holding the post. (Every key of each form; fifty-seventh session, helper arclergy.)
   */
  readonly supervisorNouns: ReadonlySet<string>
  /**
   * `السابق`, `الأسبق` (and feminine): a former holder of the role before it (thirtieth session). (Every key of each
   * form; thirty-sixth session: moved from quotes/speakers.ts `FORMER`.)
   */
  readonly formerWords: ReadonlySet<string>
  /** `المستقيل`, `المخلوع`, `الراحل`, `المكلف` (`linkQualifiers`; every key of each form): with {@link formerWords}, the role-link step's Arabic qualifiers. */
  readonly linkQualifiers: ReadonlySet<string>
  /**
   * `عشيرة`, `قبيلة`, `عائلة`, `أسرة`: nouns of a clan, before a clan's name (`آل …`; thirty-first session). (Every
   * key of each form; thirty-sixth session: moved from quotes/speakers.ts `CLAN_NOUNS`.)
   */
  readonly clanNouns: ReadonlySet<string>
  /**
   * `نفسه`, `نفسها`, `ذاته`, `ذاتها`, `أنفسهم`: "the same" after a noun (`المصدر نفسه`; session 21). (Every key of
   * each form; thirty-sixth session: moved from quotes/speakers.ts `SAME_AFTER`.)
   */
  readonly sameAfter: ReadonlySet<string>
  /**
   * `نفس`, `ذات`: "the same" before a definite noun (`نفس المصدر`, `ذات المصادر`; session 21). (Every key of each
   * form; thirty-sixth session: moved from quotes/speakers.ts `SAME_BEFORE`.)
   */
  readonly sameBefore: ReadonlySet<string>
  /**
   * The blessing after a prophet's name (`عليه السلام`, `عليه الصلاة والسلام`, `عليه أفضل الصلاة`): no subject.
   * (Every key of each form; thirty-sixth session: moved from quotes/speakers.ts `BLESSING`.)
   */
  readonly prophetBlessing: ReadonlySet<string>
  /**
   * `زال`, `زالت`, `يزال`, `تزال`: "cease", the verb of `ما زال` that stands before its subject. (Every key of each
   * form; thirty-sixth session: moved from quotes/arabic.ts `STILL`.)
   */
  readonly stillVerbs: ReadonlySet<string>
  /**
   * `نشره`, `نشرته`, `نشرها`, `نشرتها`: "published it", after an article noun (`مقال نشرته وكالة X`; thirtieth
   * session). (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts `PUBLISHED`.)
   */
  readonly publishedVerbs: ReadonlySet<string>
  /**
   * `العديد`, `البعض`, `الكثير`, `الجميع`: a quantifier is a subject (ويصف العديد من الناشطين …). (Every key of each
   * form; thirty-sixth session: moved from quotes/arabic.ts `QUANTIFIERS`.)
   */
  readonly definiteQuantifiers: ReadonlySet<string>
  /**
   * `التالية`, `التالي`, `الآتية`, `الآتي`: "the following", a phrase that announces a list. (Every key of each
   * form; thirty-sixth session: moved from quotes/cues.ts `FOLLOWING`.)
   */
  readonly followingWords: ReadonlySet<string>
  /**
   * `نصوص`, `وثيقة`, `التفاصيل`, `الجدول`…: a text, a plan or a set of facts that an according phrase cites
   * (`وفق نصوص الدستور`, `بحسب التفاصيل`); the source never joins the chain. (Every key of each form; forty-seventh
   * session, helper docspk.)
   */
  readonly textSources: ReadonlySet<string>
  /**
   * `مجلة`, `صحيفة`, `جريدة`, `موقع`: a periodical's noun that opens a parenthesis naming a quote's source when no
   * entity stands in it (`"…". (مجلة الناقد الأدبي)`). (Every key of each form; forty-eighth session: moved from
   * quotes/extract.ts `CITED_PERIODICALS`.)
   */
  readonly citedPeriodicals: ReadonlySet<string>
  /**
   * First words of a parenthesis after a quote that names no source who spoke: a hadith's collectors (`(رواه البخاري)`,
   * `(أخرجه النسائي)`, `(متفق عليه)`, `(صححه الألباني)`) and the end of a citation (`(انتهى كلام X)`). (Every key of each
   * form; forty-eighth session: moved from quotes/extract.ts `CITED_NOT`.)
   */
  readonly citedNot: ReadonlySet<string>
  /** `رواه`, `أخرجه`, `متفق`: the first word of a hadith's source note after its closing mark (fifty-eighth session; keys). */
  readonly hadithNoteLeads: ReadonlySet<string>
  /** `صحيح`, `مسند`: a collection's noun, before one of {@link hadithCollectors} in a source note (keys). */
  readonly hadithCollections: ReadonlySet<string>
  /** `البخاري`, `مسلم`: a collector named after a collection's noun (keys). */
  readonly hadithCollectors: ReadonlySet<string>
  /** `رضي الله عنه` and its forms' first two words (`رضي`, `الله`; keys), before {@link companionPronouns}. */
  readonly companionBlessing: ReadonlyArray<string>
  /** `عنه`, `عنها`, `عنهما`, `عنهم`: the pronoun that ends a companion's blessing, `تعالى` before it allowed (keys). */
  readonly companionPronouns: ReadonlySet<string>
  /**
   * Nouns of a written or performed work whose author's name, then a title in marks, follow them (`مقال X «…»`,
   * `رواية X «…»`). (Every key of each form; forty-eighth session: moved from quotes/extract.ts `WORK_NOUNS`.)
   */
  readonly workNouns: ReadonlySet<string>
  /**
   * Participles of citing and recalling (`مستشهدا`, `ذاكرا`, `متذكرا`, `مستذكرا`, `مرددا`, and their feminine) whose
   * object is someone else's saying: `مستشهدا بما قاله الرئيس X "…"`. (Every key of each form; forty-eighth session,
   * helper recall.)
   */
  readonly citingParticiples: ReadonlySet<string>
  /** Verbs of citing (`أورد`, `أوردت`): a cue only with a complementizer right after their subject phrase (fifty-fifth session). */
  readonly complementOnlyVerbs: ReadonlySet<string>
  /** Nouns of a frame before a verbal noun of describing (`في معرض وصفه`, `في سياق وصفها`; fifty-fifth session). */
  readonly describingNounFrames: ReadonlySet<string>
  /**
   * The saying a participle of citing names right after it (`قول`, `بقول`, `مقولة`, `بمقولة`, `ماقاله`, `بماقاله`; `ما`
   * or `بما` and `قاله` written apart are read by the rule). (Every key of each form; forty-eighth session, helper recall.)
   */
  readonly citedSayings: ReadonlySet<string>
  /**
   * An honorific pronoun noun between a participle of citing and its object (`مستشهدا فضيلته بقول …`): `فضيلته`,
   * `سموه`, `معاليه`. (Every key of each form; forty-eighth session, helper recall.)
   */
  readonly honorificPronouns: ReadonlySet<string>
  /**
   * A verb of telling with the object pronoun of the text told, after a relative pronoun that follows an according
   * phrase's noun (`وبحسب التفاصيل التي يرويها «X»`): `يرويها`, `رواها`, `ذكرها`… (every key of each form; forty-seventh
   * session, helper docspk, moved from quotes/arabic.ts in the forty-ninth).
   */
  readonly tellingVerbs: ReadonlySet<string>
  /**
   * Present forms of `اعتبر` ("consider"), read as the passive "is considered" after a relative pronoun. (Every key
   * of each form; thirty-sixth session: moved from quotes/cues.ts `CONSIDERED`.)
   */
  readonly consideredPassive: ReadonlySet<string>
  /**
   * `يدعى`, `تدعى`, `يسمى`, `تسمى` ("is called"): after a relative pronoun they give the name of the noun before it.
   * (Every key of each form; thirty-sixth session: moved from quotes/cues.ts `CALLED`.)
   */
  readonly calledVerbs: ReadonlySet<string>
  /**
   * `أسماه`, `سمته`, `يسميه`, `تسميها` ("named it", with the object pronoun): after `ما` or a relative inside the clause a
   * speech verb reports, one to three words in marks right after them are the speaker's term (`إن بلاده ترفض ما أسماه
   * «…»`). (Every key of each form; thirty-seventh session.)
   */
  readonly namingVerbs: ReadonlySet<string>
  /**
   * The nouns of a time phrase after a demonstrative (`هذا الأسبوع`, `هذه المرة`, `ذلك اليوم`). (Every key of each
   * form; thirty-sixth session: moved from quotes/cues.ts `TIME_NOUNS`.)
   */
  readonly timeNouns: ReadonlySet<string>
  /**
   * `أجاب`, `أجابت` (read without و/ف): verbs of answering; not `رد` (`ورد`, "was mentioned", is written the same).
   * (Every key of each form; thirty-sixth session: moved from quotes/cues.ts `ANSWERING`.)
   */
  readonly answering: ReadonlySet<string>
  /**
   * `أيضا`, `أيضاً`: "also" after the subject (`وقال X أيضا إن`) is no part of it. (Every key of each form;
   * thirty-sixth session: moved from quotes/cues.ts `ALSO`.)
   */
  readonly alsoWords: ReadonlySet<string>
  /**
   * `معالي`, `سعادة`, `فخامة`, `سماحة`, `سمو`: an honorific noun before a post's noun (`ووجه معالي مدير الأمن العام`)
   * is no word of the role; the phrase is read from the post (every key of each form; forty-seventh session).
   */
  readonly honorificNouns: ReadonlySet<string>
  /**
   * Demonstratives not in the lexicon's clause openers (`تلك`, `هؤلاء`, `أولئك`): the noun after them is the
   * subject. (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts `DEMONSTRATIVES`.)
   */
  readonly subjectDemonstratives: ReadonlySet<string>
  /**
   * `هذا`, `هذه`, `ذلك`: a demonstrative that opens the phrase after a verb of describing makes it the object.
   * (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts `OBJECT_DEMONSTRATIVES`.)
   */
  readonly objectDemonstratives: ReadonlySet<string>
  /**
   * `هذا`, `هذه`: a demonstrative that opens a sentence before its subject (`فهذا الرئيس الأمريكي يقول`). (Every key
   * of each form; thirty-sixth session: moved from quotes/arabic.ts `NEAR_DEMONSTRATIVES`.)
   */
  readonly openingDemonstratives: ReadonlySet<string>
  /**
   * `إذ`, `حيث`, `كما`, `فيما`, `بينما`, `ثم`, `عندما`, `حين`, `حينما`: conjunctions that open a sentence right
   * before its verb and its subject (`إذ ينصح X بأن …`); not `قد` (`وقد عاد X …`: a past told in passing, not the
   * speaker's clause) nor adverbs of time (`حينها`). (Every key of each form; thirty-sixth session: moved from
   * quotes/arabic.ts `VERB_OPENERS`.)
   */
  readonly verbOpeners: ReadonlySet<string>
  /**
   * `عن`, `عما`, `عمن`, `حول`, `بشأن`, `إذا`, `هل`, `ما`, `كيف`, `لماذا`, `متى`, `في`: the question after a passive
   * of asking (session 21). (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts `ASK_STOPS`.)
   */
  readonly questionOpeners: ReadonlySet<string>
  /**
   * `في`, `خلال`, `كان`, `كانت`: the word (with or without و) that opens a sentence about an interview (`وفي حديث مع
   * X`, `وكان لـ«Y» لقاءات مع …`). (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts
   * `MEETING_OPENERS`.)
   */
  readonly meetingOpeners: ReadonlySet<string>
  /**
   * `هناك`: "there is", never a subject (`هناك مقولة تقول:`). (Every key of each form; thirty-sixth session: moved
   * from quotes/arabic.ts `HUNAKA`.)
   */
  readonly thereIs: ReadonlySet<string>
  /**
   * `أيضا`, `كذلك`, `ذلك`, `هذا`, `هذه`, `فقط`, `بل`: one word after a verb that does not leave it without a subject
   * (session 23). (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts `ALSO_OR_THAT`.)
   */
  readonly keepsSubjectAfterVerb: ReadonlySet<string>
  /**
   * `كان`, `كانت`: the auxiliary that opens `وكانت X قد أعلنت …` (read without its و/ف). (Every key of each form;
   * thirty-sixth session: moved from quotes/arabic.ts `KANA`.)
   */
  readonly kanaAuxiliary: ReadonlySet<string>
  /**
   * `ما`, `لا`: with a form of `زال` after them, "still" (`وما زالت`, `ولا يزال`; thirtieth session, second round).
   * (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts `STILL_NEG`.)
   */
  readonly stillNegations: ReadonlySet<string>
  /**
   * `لكن`, `ولكن`, `بينما`, `فيما`: a conjunction that may open a clause whose subject stands before its verb (`لكن
   * السلطات تقول:`). (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts `SUBJECT_FIRST`.)
   */
  readonly subjectFirstConjunctions: ReadonlySet<string>
  /** `الحديث`, `حديث`, `بحديث`: a hadith's noun ({@link hadithCited} in the lexicon; fifty-fourth session). */
  readonly hadithNouns: ReadonlySet<string>
  /** `الشريف`, `القدسي`, `مرفوعا`: words after a hadith's noun that make it the Prophet's hadith. */
  readonly hadithQualifiers: ReadonlySet<string>
  /** `في`, `وفي`, `هذا`: words right before a hadith's noun that cites the marks after it. */
  readonly hadithBefore: ReadonlySet<string>
  /** `تقول`, `تسأل`, `تتساءل`: a columnist's generic saying (`genericSaying`; fifty-fourth and fifty-fifth sessions). */
  readonly genericVerbs: ReadonlySet<string>
  /** `ولكنك`, `لك`, `يمكنك`: the addressed you before `أن تقول`. */
  readonly genericPersons: ReadonlySet<string>
  /** `نفسك`, `لنفسك`: the addressed you's reflexive after `تسأل`/`تقول` (fifty-fifth session, helper arfalse). */
  readonly genericReflexives: ReadonlySet<string>
  /** `تجعلك`, `يجعلك`: a verb with the addressed you as its object right before `تتساءل` (fifty-fifth session). */
  readonly genericCausatives: ReadonlySet<string>
  /** `يا أيها`, `ياأيها`: the call that opens a verse, as search-form phrases (`verseOpenings`; fifty-fifth session). */
  readonly verseCalls: ReadonlyArray<ReadonlyArray<string>>
  /** `الذين`, `النبي`, `الناس`: whom the Quran calls right after `يا أيها`. */
  readonly verseAddressed: ReadonlySet<string>
  /** `اسما`, `عنوانا`, `شعارا`, `لقبا`: a name's noun in the accusative, at most two words before a colon and marks that hold a name (`accusativeNameNouns`; fifty-fifth session). */
  readonly accusativeNameNouns: ReadonlySet<string>
  /** `يقول`, `تقول`: the verbs a maxim says with (`maximSaying`; fifty-fifth session). */
  readonly maximVerbs: ReadonlySet<string>
  /** `المثل`, `مقولة`, `الحكمة`, `قاعدة`: the nouns of a proverb, a maxim or a rule. */
  readonly maximNouns: ReadonlySet<string>
  /** `مثل`: a maxim's noun only before a nisba adjective (`مثل شعبي`; not `مثل هذا`, "such"). */
  readonly maximQualified: ReadonlySet<string>
  /** `الأعلى`: a word after a maxim's noun that makes it no saying (`المثل الأعلى`, a role model). */
  readonly maximNotAfter: ReadonlySet<string>
  /**
   * The 114 suras' names and their alternatives, as search-form keys (`ar-suras.json`; fifty-fourth session), indexed
   * by their first key (fifty-fifth session: a reference is looked up by the word it starts with, not against all 121).
   */
  readonly suraNames: ReadonlyMap<string, ReadonlyArray<ReadonlyArray<string>>>
  /**
   * `لكنه`, `ولكنه`: "but he" opening a sentence. (Every key of each form; thirty-sixth session: moved from
   * quotes/arabic.ts `BUT_HE`.)
   */
  readonly butHe: ReadonlySet<string>
  /**
   * `لكنها`, `ولكنها`: "but she" opening a sentence. (Every key of each form; thirty-sixth session: moved from
   * quotes/arabic.ts `BUT_SHE`.)
   */
  readonly butShe: ReadonlySet<string>
  /**
   * `إلا`, `الا`, `غير`: before `أن` "but", a clause whose subject stands before its verb (`إلا أن المصدر قال:`).
   * (Every key of each form; thirty-sixth session: moved from quotes/arabic.ts `BUT_BEFORE_ANNA`.)
   */
  readonly butBeforeAnna: ReadonlySet<string>
  /**
   * `لأن` ("because") and its pronoun forms, with or without hamza: a clause of cause, whose nouns are no subject of
   * a participle after it (thirty-second session). (Every key of each form; thirty-sixth session: moved from
   * quotes/arabic.ts `CAUSAL`.)
   */
  readonly causal: ReadonlySet<string>
  /**
   * `عما`, `عمن`: "about what", "about whom" (a preposition fused with its relative). (Every key of each form;
   * thirty-sixth session: moved from quotes/colon.ts `ABOUT_WHAT`.)
   */
  readonly aboutWhat: ReadonlySet<string>
  /**
   * Prepositions a lead phrase of clause openers may hold (`من جانبه`, `ومن جهتها`, `وفي هذا الصدد`). (Every key of
   * each form; thirty-sixth session: moved from quotes/colon.ts `LEAD_PREPOSITIONS`.)
   */
  readonly colonLeadPrepositions: ReadonlySet<string>
  /**
   * `عن`, `حول`, `بشأن`, `بخصوص` (with or without و): "about", opening a topic before its speaker's verb and colon.
   * (Every key of each form; thirty-sixth session: moved from quotes/colon.ts `TOPIC_PREPOSITIONS`.)
   */
  readonly topicPrepositions: ReadonlySet<string>
  /**
   * Arabic relative pronouns (`الذي`, `التي`, `الذين`): a clause about the noun before them, not an apposition or a
   * subject. (Every key of each form; thirty-sixth session: moved from quotes/cues.ts `RELATIVE_AR`.)
   */
  readonly relativePronouns: ReadonlySet<string>
  /**
   * Words that open a clause of time, condition or report where the subject would stand (`قال عندما بدأ المحامي:`,
   * `قال إذا كان …`, `وقالت كما نقلت عنها الوكالة`, `واضاف حسبما نقلت عنه …`): the verb has no subject there
   * (session 22). Not `عند` (`كما وردت عند X`: the source's book, a preposition). (Every key of each form;
   * thirty-sixth session: moved from quotes/cues.ts `SUBORDINATE_OPENERS`.)
   */
  readonly subordinateOpeners: ReadonlySet<string>
  /**
   * `وهو`, `وهي`, `وهم`, `وهما`: و and a pronoun that open a circumstantial clause after the verb (`وقال وهو
   * يبتسم`). (Every key of each form; thirty-sixth session: moved from quotes/cues.ts `CIRCUMSTANTIAL`.)
   */
  readonly circumstantial: ReadonlySet<string>
  /**
   * `هذا`, `هذه`, `ذلك`: demonstratives that open a time phrase (`هذا الأسبوع`) or an object after the subject.
   * (Every key of each form; thirty-sixth session: moved from quotes/cues.ts `DEMONSTRATIVE_NEAR`.)
   */
  readonly timeDemonstratives: ReadonlySet<string>
  /**
   * `به`, `بها`: an object pronoun after a verb (`حسبما أفادت به X`). (Every key of each form; thirty-sixth session:
   * moved from quotes/cues.ts `PRONOUN_BA`.)
   */
  readonly pronounBa: ReadonlySet<string>
  /**
   * `الذي`, `التي`, `الذين`, `والتي`, `ما`, `لما`, `بما`, `عما`, `مما`: the words before a verb of describing with
   * its object pronoun that open its clause. (Every key of each form; thirty-sixth session: moved from
   * quotes/cues.ts `OBJECT_CLAUSE`.)
   */
  readonly objectClauseOpeners: ReadonlySet<string>
  /**
   * `فيه`, `فيها`, `فيهما`: في and the pronoun of a document right after a verb, the text it speaks in (`بيانا قال
   * فيه:`, `بيانا وصفت فيه …`, `بيانا عبّرت فيه عن «…»`). (Every key of each form; thirty-sixth session: moved from
   * quotes/cues.ts `FI_PRONOUNS`.)
   */
  readonly fiPronouns: ReadonlySet<string>
  /**
   * `إلى`, `الى`, `عن`: the prepositions before `AL_QAWL` (`انتهى إلى القول:`, `لم يتوان عن القول:`). (Every key of
   * each form; thirty-sixth session: moved from quotes/cues.ts `QAWL_PREPS`.)
   */
  readonly qawlPrepositions: ReadonlySet<string>
  /**
   * `عنه`, `عنها`, `عنهم`, `فيه`, `فيها`: a preposition and a pronoun after a speech verb, before its subject (`التي
   * قالت عنها الصحيفة إن …`). (Every key of each form; thirty-sixth session: moved from quotes/cues.ts
   * `PRONOUN_OBJECTS`.)
   */
  readonly pronounObjects: ReadonlySet<string>
  /**
   * `دون`, `بدون`, `دونما` ("without"): before `أن` they open a clause, never a subject (`وكتب دون أن يسمي أحدا`).
   * (Every key of each form; thirty-sixth session: moved from quotes/cues.ts `WITHOUT`.)
   */
  readonly withoutWords: ReadonlySet<string>
  /** Verbal nouns that open a verb of denial's object (`وجود`, `صحة`, `نيته`): no word of the speaker phrase (fifty-second session; `أي` is read in the code). */
  readonly deniedObjects: ReadonlySet<string>
  /**
   * `بأن`, `بأنه`, `بأنها`, `بأنهم`, `بأنهما`: the complementizer with `ب` (“described as”) right before marks of
   * two words (`ووصفه بأنه «رجل عظيم»`): the marks are what the speaker called someone or something, not a name
   * (session 19). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `BA_ANNA`.)
   */
  readonly baAnna: ReadonlySet<string>
  /**
   * `بأنه`, `بأنها`, `بأنهم`, `بأنهما` (with or without `و`): the complementizer of describing with its pronoun. One
   * word in marks right after it is what the speaker called someone or something (`ووصفها بأنها "قاسية"`, `وبأنها
   * «تسيطر» على`), never the clause's subject as after the bare `بأن` (`بأن «داعش» يسيطر`; thirtieth session).
   * (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `BA_ANNA_PRONOUN`.)
   */
  readonly baAnnaPronoun: ReadonlySet<string>
  /**
   * `إياه`, `إياها`, `إياهم`, `إياهما`: the object pronoun after a verb or participle of describing (`واصفا إياه
   * «…»`). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `OBJECT_IYYA`.)
   */
  readonly objectIyya: ReadonlySet<string>
  /**
   * `إلى`, `الى`: an addressee after `بالقول` (`بالقول إلى الصحافيين`). (Every key of each form; thirty-sixth
   * session: moved from quotes/extract.ts `TO_WORDS`.)
   */
  readonly toWords: ReadonlySet<string>
  /**
   * `إليه`, `إليها`, `له`, `لها`: after `أضاف` it adds to something (`وأضاف إليها «…»`), no speech. (Every key of
   * each form; thirty-sixth session: moved from quotes/extract.ts `ADDED_TO`.)
   */
  readonly addedTo: ReadonlySet<string>
  /**
   * `لديه`, `لديها`, `لديهم`, `لدينا` (with or without و): "he has", before what a reported clause says someone has.
   * (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `HAVING`.)
   */
  readonly having: ReadonlySet<string>
  /**
   * `مع`, `داخل`, `مثل`: prepositions before two marked words that are mostly a name (`مع «مجموعة جبال»`, `داخل
   * «كابيتول هيل»`; an example after `مثل`, `برامج مثل «درع X» في …`: twenty-third session, second round). (Every
   * key of each form; thirty-sixth session: moved from quotes/extract.ts `PARTNER_PREPS`.)
   */
  readonly partnerPrepositions: ReadonlySet<string>
  /**
   * `أي` and prepositions that open two words in marks with no article (`"على وشك"`, `"بلا شك"`, `"أي تهديد"`): an
   * adverbial phrase or a quantified noun, a predicate wherever the clause goes on (twenty-third session, second
   * round). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `OPENING_WORDS`.)
   */
  readonly markOpeningWords: ReadonlySet<string>
  /**
   * Prepositions right after two words in marks with which the reported clause goes on (`"تراجعا كبيرا" في …`,
   * `"خسارة فادحة" من …`, `"وصمة عار" على …`): the marks are a part of that clause, not a name (twenty-third
   * session, second round). Not `مع` (a partner after a name, `«X Y» مع الفريق`) nor `ل` glued to a noun (`«خطة X»
   * لإنعاش …`). (Every key of each form; thirty-sixth session: moved from quotes/extract.ts `RUN_ON_PREPS`.)
   */
  readonly runOnPrepositions: ReadonlySet<string>
  /**
   * `لكن` and its forms with a pronoun (`لكنها`, `ولكنه`): a second short piece in marks after it, in the sentence
   * of a partial quote a verb reported, goes on with the same speaker (twenty-third session, third round). (Every
   * key of each form; thirty-sixth session: moved from quotes/extract.ts `BUT_WORDS`.)
   */
  readonly butWords: ReadonlySet<string>
  /**
   * `ب`, `على`, `إلى`: the prepositions right before marks after a verb of `chargingVerb` (`هدد X بـ«…»`, `أثنت على
   * «…»`, `دعا إلى «…»`; twenty-third session, third round). (Every key of each form; thirty-sixth session: moved
   * from quotes/extract.ts `CHARGE_PREPS`.)
   */
  readonly chargePrepositions: ReadonlySet<string>
  /**
   * `لا`, `لم`, `لن`, `ليس`, `ليست`: a negation that opens words in marks makes them speech, never a name (`فقال "لا
   * تغضب"`, `"لم يستطع"`; `لا` only before a present verb here, `"لا ليغا"`; session 20). (Every key of each form;
   * thirty-sixth session: moved from quotes/marks.ts `NEGATIONS`.)
   */
  readonly negations: ReadonlySet<string>
  /**
   * `أما`, `وأما`: "as for X", whose verb follows X with `ف` (`أما الوزير فقال:`). (Every key of each form;
   * thirty-sixth session: moved from quotes/scanner.ts `AMMA`.)
   */
  readonly amma: ReadonlySet<string>
  /**
   * A complementizer with no pronoun (`إن`, `أن`, `بأن`): the noun after it is the subject of the verb that follows.
   * (Every key of each form; thirty-sixth session: moved from quotes/scanner.ts `BARE_COMP`.)
   */
  readonly bareComplementizers: ReadonlySet<string>
  /**
   * `قد` and the particles glued to it before a past verb (`فقد كتب`, `لقد قال`, `أن الحركة قد "ضعفت"`). (Every key
   * of each form; thirty-sixth session: moved from quotes/scanner.ts `QAD_WORDS`.)
   */
  readonly qadWords: ReadonlySet<string>
  /**
   * `عندما`, `حين`, `حينما` right before a verb with no subject of its own (`وقد عبر X عن … عندما قال: «…»`): the verb
   * is the subject's of the verb that opens the sentence. (Every key of each form; fiftieth session, helper arcarry.)
   */
  readonly whenWords: ReadonlySet<string>
  /**
   * `هو`, `هي`, `وهو`, `وهي`: a pronoun that opens an apposition (`X، وهو طبيب أسنان`). (Every key of each form;
   * thirty-sixth session: moved from quotes/speakers.ts `HE_SHE`.)
   */
  readonly heShe: ReadonlySet<string>
  /**
   * Relative pronouns, with or without و (`مدرب <club> السابق والذي تولى …`; thirty-second session). (Every key of
   * each form; thirty-sixth session: moved from quotes/speakers.ts `RELATIVES`.)
   */
  readonly relativesWithWaw: ReadonlySet<string>
  /**
   * معه, معها, معهم: "with him/her/them", the one interviewed. (Every key of each form; thirty-sixth session: moved
   * from quotes/speakers.ts `WITH_PRONOUNS`.)
   */
  readonly withPronouns: ReadonlySet<string>
  /** `له`, `لها`, `لهم`, `لهما`, `لهن`: an addressee pronoun after a speech verb (every key of each form; thirty-sixth session). */
  readonly pronounAddressees: ReadonlySet<string>
  /** {@link pronounAddressees} and the prepositions with an object pronoun after a verb (`عليه`, `به`, `عنهم`): no part of the subject (every key of each form; thirty-sixth session). */
  readonly prepPronouns: ReadonlySet<string>
  /** `منها`, `لديه`, `فيهم`: a preposition with its pronoun after a bare complementizer (every key of each form; thirty-sixth session). */
  readonly prepositionPronouns: ReadonlySet<string>
  /** `كان`, `كانت`, `يكون`, `تكون`: after `هكذا`, no verb of speech (every key of each form; thirty-sixth session). */
  readonly thusNotSpeech: ReadonlySet<string>
  /** `الشاب`, `الطفل`, `المواطن` …: definite nouns of a person, before a name in marks (thirty-sixth session). */
  readonly definitePersonNouns: ReadonlySet<string>
  /** `كل`, `جميع`, `كافة`: words of all before a definite plural in marks after a complementizer (thirty-sixth session). */
  readonly allWords: ReadonlySet<string>
  /** `دراسة`, `تقرير`, `الراحل` …: labels of a headline before its colon, no speaker (every key of each form; thirty-sixth session). */
  readonly headlineLabels: ReadonlySet<string>
  /** `وزير`, `أمير`, `مساعد` …: nouns of a post, with no article, that open a headline's `X:` (thirty-sixth session) or follow an untagged name in a speaker phrase (`nameBeforePost`, thirty-seventh). */
  readonly headlineRoles: ReadonlySet<string>
  /**
   * `وهو`, `وهي`, `وهم`, `وهما`: after one to three words in marks and a comma, then a noun, they open an apposition
   * that says what the marked words name (`بأن "X Y"، وهو فصيل …`): a name, no speech (every key of each form;
   * thirty-eighth session).
   */
  readonly appositionPronouns: ReadonlySet<string>
  /** `العام`, `العامة`: adjectives that follow a body's head in its name and are no nisba (`الأمانة العامة`; thirty-eighth session). */
  readonly bodyAdjectives: ReadonlySet<string>
  /** `إلى`, `على`, `عن` …: a body named right after one is the object of its clause, no antecedent of `وأضافت الوزارة` when its subject is such a body too (thirty-ninth session). */
  readonly objectPrepositions: ReadonlySet<string>
  /** `حوار`, `اللقاء`, `مقابلة` …: an interview's words before its first question (thirty-eighth session; every key of each form). */
  readonly interviewWords: ReadonlySet<string>
  /** `منهم`, `أو` …: an untagged speaker phrase that opens with one is a clause's fragment, no speaker (thirty-eighth session; every key of each form). */
  readonly fragmentOpeners: ReadonlySet<string>
  /** A spokesman's noun before `باسم` (`spokesNouns` of the Arabic file), as keys. */
  readonly spokesNouns: ReadonlySet<string>
  /** An office's head before a body's name (`agencyHeads` of the Arabic file), as keys. */
  readonly agencyHeads: ReadonlySet<string>
  /** A mission's head before a body's name (`missionHeads` of the Arabic file), as keys. */
  readonly missionHeads: ReadonlySet<string>
  /** A masculine deputy's noun (`deputyNouns` of the Arabic file), as keys. */
  readonly deputyNouns: ReadonlySet<string>
  /** Words that end an agency's complement (`agencyStops` of the Arabic file), as keys. */
  readonly agencyStops: ReadonlySet<string>
  /**
   * `نصه`, `نصها`: the last word of a colon-only cue that announces a document's text (`فيما يلي نصه:`): its issuer,
   * named before it (`أصدرت الوزارة بيانا …`), speaks, or nobody (thirty-ninth session; every key of each form).
   */
  readonly documentTextWords: ReadonlySet<string>
  /** `الشاعر`: an epithet subject alone that stands for no speaker before it (`وقد قال الشاعر:`; fortieth session), as keys. */
  readonly anonymousEpithets: ReadonlySet<string>
  /** `فورا`, `علنا`: adverbs where a verb's subject would stand that name nobody (`لكنه يضيف فورا أنه`; forty-first session), as keys. */
  readonly bareAdverbs: ReadonlySet<string>
  /** `وفقا`, `طبقا`: according words read with a `ل` glued to the source's first word (`ووفقا لمصادر الجزيرة: "…"`; fifty-third session, helper arcolon2), as keys. */
  readonly gluedAccording: ReadonlySet<string>
  /** `لذلك`, `لهذا`, `لما` …: the glued words after them that name no source, as keys. */
  readonly gluedAccordingStops: ReadonlySet<string>
  /** `كلام`, `قول`, `تعبير`, `حديث`: nouns of speech between an according word and the source (`ووفق كلام X`, `حسب قول X:`; fifty-seventh session, helper arpieces), as keys. */
  readonly accordingSpeechNouns: ReadonlySet<string>
  /**
   * `قلت`, `أقول`: the forms of the verbs flagged `firstPerson` (the lemma `قلت`, colon only); their words are found
   * with no speaker, and nobody is pushed onto the chain (fortieth session, helper nouncues; keys without و/ف).
   */
  readonly firstPersonVerbs: ReadonlySet<string>
  /**
   * `سأله`, `أجابها` …: the forms of the verbs flagged `dialogue` (keys without و/ف): glued to و right after a word, no
   * new attribution that ends a colon quote running over it (fiftieth session, helper arcolon).
   */
  readonly dialogueVerbs: ReadonlySet<string>
  /**
   * `يعرف`, `يسمى`, `يطلق`, `سمي` …: verbs of being known or called; after `ما` and at most three words, the marks after
   * them hold a term or a name (`أو ما يعرف باللغة السياسية «…»`), no speech (forty-first session, helper marks; keys).
   */
  readonly termVerbs: ReadonlySet<string>
  /**
   * `أجاب`, `أجابت`, `رد`, `ردت`: verbs of replying whose marks may follow their subject phrase (`وقد رد ابن الرئيس
   * "…"`; forty-first session, helper cues; keys without و/ف).
   */
  readonly replyVerbs: ReadonlySet<string>
  /**
   * `في`, `إلى`, `الى`, `عن`: prepositions before `القول` and a bare complementizer, a cue of the clause's subject
   * (`لا يجد حرجا في القول إن التحقيقات «…»`; forty-first session, helper cues; keys).
   */
  readonly qawlComplementPrepositions: ReadonlySet<string>
  /**
   * `دان`, `أدان`, `ندد`, `استنكر`, `شجب` and their forms: verbs of condemning, no speech verbs; two or three words in
   * marks in an epithet's shape right after their object are the subject's (`دان X السلوك العدواني "الهمجي
   * والإجرامي"`; forty-second session, helper short; keys without و/ف).
   */
  readonly condemningVerbs: ReadonlySet<string>
  /**
   * `أبدى`, `أبدت`, `يبدي` …: verbs of showing a stance; their subject, a noun with its pronoun (`استعداده`) and `لـ`
   * glued to marks of three words or more: the subject's words (forty-second session, helper marks; keys).
   */
  readonly stanceVerbs: ReadonlySet<string>
  /**
   * `كشف`, `كشفت`, `يكشف` …: verbs of revealing; their named subject, `عن`, one word and marks of three words or more
   * that open with a preposition (`وكشف X عن أكثر "من ألف محاولة"`): the subject's words (fifty-eighth session, helper
   * arread2; keys).
   */
  readonly revealVerbs: ReadonlySet<string>
  /**
   * `معلنا`, `مبدية` …: participles of declaring a stance after a comma; a noun with its pronoun and `لـ` glued to marks
   * of three words or more after one: the words of the clause's subject (forty-second session, helper marks; keys).
   */
  readonly stanceParticiples: ReadonlySet<string>
  /**
   * `جانبه`, `جهتها`, `بدوره` (after `من`/`ومن` or alone): a sentence opening with one hands the turn to another party,
   * and a colon quote with no marks before it ends there (forty-third session, helper spans; keys).
   */
  readonly turnLeads: ReadonlySet<string>
  /**
   * `مقترحا`, `مقترحاً`, `مقترحة`: right after a comma they take the sentence back from the speaker, and a colon quote
   * with no marks ends before them (sixty-first session, helper arquote16); no cue (`43 مقترحاً` is a noun).
   */
  readonly paraphraseParticiples: ReadonlySet<string>
  /**
   * `إطلاق`, `إنشاء`, `تأسيس`, `تدشين`, `انطلاق`, `تشكيل`, `افتتاح`: verbal nouns of founding or launching whose marks right
   * after them (up to six words) name what is founded, never speech (sixty-second session, helper arquote21).
   */
  readonly foundingNouns: ReadonlySet<string>
  /**
   * `نحن`, `أنا`, `إننا` …: the first word of a paragraph that goes on with the speech before it, in the first person:
   * a flattened paragraph break before it ends no colon quote (fifty-third session, helper colonend).
   */
  readonly speechGoesOn: ReadonlySet<string>
  /**
   * `بين`, `بينه`, `بينها`, `بينهم` …: a `وبين` a few words after one names the second party of "between", not the verb
   * `بيّن` with its subject (forty-fifth session, helper carry; keys).
   */
  readonly betweenWords: ReadonlySet<string>
  /**
   * `ربط`, `يقارن`, `ميزت`, `الفرق` …: a bare `بين` a few words after one is the preposition "between", not the verb
   * `بيّن` with the two parties for its subject (sixty-second session, helper arquote19; keys).
   */
  readonly relatingWords: ReadonlySet<string>
  /**
   * `صدر`, `أصدر`, `أصدرت` (read without their و): verbs of issuing before the cue `البيان التالي:`, the issuing body
   * named after `صدر عن` or as the subject of `أصدر` (forty-ninth session, helper royal; keys).
   */
  readonly statementIssuing: ReadonlySet<string>
  /**
   * `حفظ الله`, `تغمدها الله`, `إنا لله`, `والله ولي` …: the first two words of a statement's closing formula, as the
   * two keys joined by a space (forty-ninth session, helper royal).
   */
  readonly statementClosings: ReadonlySet<string>
  /**
   * `قيادي`, `عضو`, `ناشط`, `قائد`, `ضابط` and their accusative and plural forms: indefinite nouns of a member of a body,
   * read with {@link unnamedSources} as the head of an unnamed source's phrase and its affiliation (`قيادي بارز في
   * المقاومة`; forty-ninth session, moved from quotes/cues.ts `MEMBER_HEADS` in the fiftieth; keys).
   */
  readonly memberHeads: ReadonlySet<string>
  /**
   * `المقاومة`, `المعارضة`: bodies an unnamed source is in that {@link bodyNouns} does not list, after `في` in its
   * phrase (forty-ninth session, moved from quotes/cues.ts `AFFILIATION_BODIES` in the fiftieth; keys).
   */
  readonly affiliationBodies: ReadonlySet<string>
  /**
   * `موقع`, `حساب`, `صفحت`, `قنات`: the nouns of a speaker's own channel (`channelNouns`) as keys in the form they take
   * before an object pronoun (`ة` written `ت`: `صفحته`, `قناتها`); the pronoun and a glued `و`, `ف`, `ب`, `ل` are read
   * in the code (`ownChannel` in quotes/cues.ts; forty-ninth session, a regular expression until the fiftieth).
   */
  readonly channelStems: ReadonlySet<string>
  /** `عبر`, `في`, `على`, `من`: prepositions before a channel with its pronoun (`channelLeads`; forty-ninth session; keys). */
  readonly channelLeads: ReadonlySet<string>
  /**
   * `أمس`, `يوم`, `مساء`, `صباح`, `قد`, `كان`: words between a verb of issuing and its body or the cue, read with
   * {@link timeNouns} and the days (`statementTimes`; forty-ninth session, helper royal; keys).
   */
  readonly statementTimes: ReadonlySet<string>
  /** `تقارير`, `التقارير`, `دراسات` …: plural nouns of reports and studies that speak for no one (`reportPlurals`; fifty-first session, helper arcomma; keys). */
  readonly reportPlurals: ReadonlySet<string>
  /** `مساعد`, `نائب`, `وكيل`, `مستشار`, `سابق`, `أسبق`: words that make an office's words another post or a past one, without the article (`otherPosts`; fifty-first session, helper arrole; keys). */
  readonly otherPosts: ReadonlySet<string>
  /** English participles that attach speech to the subject of their clause (`saying`, `adding`). */
  readonly enParticiples: ReadonlySet<string>
  readonly enPronouns: ReadonlyMap<string, Gender>
  readonly enStops: ReadonlySet<string>
  readonly enModifiers: ReadonlySet<string>
  readonly enTitles: ReadonlySet<string>
  /** Titles whose holder speaks for the body before them (`spokesman`, `official`). */
  readonly enBodyVoices: ReadonlySet<string>
  /** Phrases (word keys; a hyphen drops out: `so called`) that introduce a term before one or two words in marks (forty-fourth session). */
  readonly enShortTermLeads: ReadonlyArray<ReadonlyArray<string>>
  /** Speech verbs (word keys joined by a space: `went on`) that report no one or two words in marks (forty-fourth session). */
  readonly enShortNoVerbs: ReadonlySet<string>
  /** Speech verbs that are also plural nouns (`claims`): one or two words in marks only after a pronoun (forty-fourth session). */
  readonly enShortNounVerbs: ReadonlySet<string>
  /** Speech verbs that also take a plain object (`added`): one or two words in marks only before a clause (forty-fourth session). */
  readonly enShortObjectVerbs: ReadonlySet<string>
  /** Given names (keys) and the sex English news uses them for (`givenNames`; forty-eighth session, helper enpron). */
  readonly enGivenNames: ReadonlyMap<string, "m" | "f">
  /** `called`, `calls`: forms of `call` that quote only in the evaluative shape (`calledVerbs`; forty-fifth session). */
  readonly enCalledVerbs: ReadonlySet<string>
  /** `what`, `which`: relative words for the object of a form of `call` before its subject (`calledRelatives`). */
  readonly enCalledRelatives: ReadonlySet<string>
  /** `thanked`, `hoped`, `praised`: verbs of a stance that quote three words or more in their clause (`phraseVerbs`). */
  readonly enPhraseVerbs: ReadonlySet<string>
  /** `attacked`, `berated`, `praised`: verbs of judging that quote after their object's `as` or its possessor (`judgingVerbs`; fifty-second session). */
  readonly enJudgingVerbs: ReadonlySet<string>
  /** `believes`, `wants`, `keen`: stance words after a named person who opens the sentence before bare marks (`stanceVerbs`; fifty-third session). */
  readonly enStanceVerbs: ReadonlySet<string>
  /** `branded`, `described`, `criticised`: participles right before marks of a passive whose agent follows `by` (`passiveNamingVerbs`; fiftieth session). */
  readonly enPassiveNaming: ReadonlySet<string>
  /** `reprimanded`, `censured`: participles that end words in marks of a passive whose agent follows `by` (`passiveJudgedWords`; fiftieth session). */
  readonly enPassiveJudged: ReadonlySet<string>
  /** `while`, `when`, `after`: words that open a sentence with a clause before the main clause's comma (`openingClauseLeads`; fifty-second session). */
  readonly enOpeningClauseLeads: ReadonlySet<string>
  /** `smiles`, `laughs`: verbs of manner that attribute speech only right after its closing comma (`mannerVerbs`). */
  readonly enMannerVerbs: ReadonlySet<string>
  /** `states`, `claims`, `notes` …: speech verbs that are also plural nouns (`pluralNounVerbs`; forty-ninth session; keys). */
  readonly enPluralNounVerbs: ReadonlySet<string>
  /** `all`, `many`, `member`, `two` …: quantifiers before a plural noun (`pluralQuantifiers`; forty-ninth session; keys). */
  readonly enPluralQuantifiers: ReadonlySet<string>
  /** `leader`, `mp`, `boss`, `spokesman`, `spokeswoman`: a leader's nouns after a party, a place or a club (`leadOffices`; keys). */
  readonly enLeadOffices: ReadonlySet<string>
  /** Of {@link enLeadOffices}, the nouns read from the chain only (`boss`, `spokesman`, `spokeswoman`: `chainOffices`; keys). */
  readonly enChainOffices: ReadonlySet<string>
  /** `minister`, `boss`, `chief`, `manager` …: head nouns of a post a definite phrase names (`heldHeads`, lower case as written; forty-ninth session). */
  readonly enHeldHeads: ReadonlySet<string>
  /** `slogan`, `motto`: nouns whose words in marks right after them are a label, no quote (`sloganNouns`; fifty-third session). */
  readonly enSloganNouns: ReadonlySet<string>
  /** `wife`, `son`, `agent` …: nouns of kin and close posts between a possessor and the person named after them (`possessedPersonNouns`; keys). */
  readonly enPossessedPersonNouns: ReadonlySet<string>
  /** `found`, `concluded`, `recommends`, `denied` …: verbs of a finding or a denial, no speech verbs, that quote their clause's marks (`findingVerbs`; keys). */
  readonly enFindingVerbs: ReadonlySet<string>
  /** `denied`, `denies`: of `findingVerbs`, those that quote one or two words in marks of their clause (`denialVerbs`; keys). */
  readonly enDenialVerbs: ReadonlySet<string>
  /** `critics`, `opponents`, `campaigners` …: plural nouns of a group that speaks for a side, lower case (`groupNouns`; fifty-eighth session; keys). */
  readonly enGroupNouns: ReadonlySet<string>
  /** `claim`, `fear`, `argue`, `warning` …: verbs a subject of `groupNouns` right before them quotes its clause's marks with (`groupVerbs`; fifty-eighth session; keys). */
  readonly enGroupVerbs: ReadonlySet<string>
  /** `accused`, `charged`, `suspected` …: participles whose passive puts a charge's wording in marks after `of`/`with` (`chargeParticiples`; fifty-eighth session; keys). */
  readonly enChargeParticiples: ReadonlySet<string>
  /** `ministry`, `council`, `agency` …: nouns of bodies after `the` that a body's unnamed voice speaks for (`voicedBodyNouns`; fiftieth session; keys). */
  readonly enVoicedBodyNouns: ReadonlySet<string>
  /** `organisation`, `company`, `group`, `party` …: nouns of an organisation after `the` that stand for the body named before (`bodyNouns`; keys). */
  readonly enBodyNouns: ReadonlySet<string>
  /** `ministry`, `commission`, `committee` …: nouns of a public body after `the` that stand for the nearest organisation named before whose name holds them (`namedKindNouns`; fifty-fifth session; keys). */
  readonly enNamedKindNouns: ReadonlySet<string>
  /** `dismissed`, `denied`, `faced` …: verbs that take a plural noun of `pluralNounVerbs` as object (`nounObjectVerbs`; fiftieth session; keys). */
  readonly enNounObjectVerbs: ReadonlySet<string>
  /** `letter`, `statement`, `report`, `memo` …: nouns of a document its issuer speaks through (`issuedDocuments`; fifty-first session, helper enscrap; keys). */
  readonly enIssuedDocuments: ReadonlySet<string>
  /** `newspaper`, `paper`, `magazine`, `daily` …: nouns of a publication after `the` that stand for the one named before (`publicationNouns`; fifty-sixth session, helper enquote6; keys). */
  readonly enPublicationNouns: ReadonlySet<string>
  /** `study`, `survey`, `findings`, `newsletter`: more documents that speak for their issuer (`studyDocuments`; fifty-sixth session, helper enquote6; keys). */
  readonly enStudyDocuments: ReadonlySet<string>
  /** `website`, `review`: a body's own documents that speak for it after `its`/`their` (`ownedDocuments`; fifty-eighth session, helper tidy3; keys). */
  readonly enOwnedDocuments: ReadonlySet<string>
  /** `prime`, `late`, `then`, `lord` … (`linkQualifiers`; keys): with the entity stage's `roleQualifiers`, the role-link step's English qualifiers. */
  readonly enLinkQualifiers: ReadonlySet<string>
  /** `deputy`, `shadow`, `former`, `ex` … (`postQualifiers`; keys): words before a role's words that make it another post (`isPostQualifier` in quotes/english-holders.ts). */
  readonly enPostQualifiers: ReadonlySet<string>
  /** `lawsuit`, `suit`, `complaint`, `writ`: court filings that speak for their plaintiff (`courtDocuments`; fifty-seventh session, helper enquote7; keys). */
  readonly enCourtDocuments: ReadonlySet<string>
  /** `sue`, `sues`, `sued`, `suing`: the plaintiff's verbs (`suingVerbs`; fifty-seventh session, helper enquote7; keys). */
  readonly enSuingVerbs: ReadonlySet<string>
  /** Every one-word speech verb and participle key (for stop words). */
  readonly verbForms: ReadonlySet<string>
  /** Every key a cue can start with (verbs, participles, reported verbs, according phrases): a cheap pre-check. */
  readonly cueFirst: ReadonlySet<string>
  /** {@link cueFirst}, read by token key id. */
  readonly cueFirstKeys: KeySet
  /** The first keys of the speech verbs ({@link verbs}), read by token key id: most words start no verb, and one array read says so before a trie look-up. */
  readonly verbFirstKeys: KeySet
  /**
   * {@link wordingNouns}, {@link expressVerbs} and {@link interviewAsking}, read by token key id: the quote scanner asks
   * them about every word of a paragraph (and about the word without its و/ف), where a string look-up hashed each
   * word and a slice made a new string per word with و or ف (forty-seventh session).
   */
  readonly wordingNounKeys: KeySet
  /**
   * {@link prophetBlessing} read by token key id: the scanner asks it about every word of a document whose quotes have
   * a speaker (`blessingStartAt`, from `blessedBefore`), with the word's `و` too, where the string look-up of the word
   * without its first letter sliced a new string per word (sixtieth session, helper perf6).
   */
  readonly prophetBlessingKeys: KeySet
  readonly expressVerbKeys: KeySet
  readonly interviewAskingKeys: KeySet
  /** {@link askingWithPronoun}, read by token key id (the gate of the quote scanner's `interviewAnswerer`; fifty-second session). */
  readonly askingWithPronounKeys: KeySet
  /**
   * Every key the quote scanner's cue loop (`cues`) reads a word for: {@link cueFirst}, {@link wordingNouns},
   * {@link expressVerbs} and `القول`, read by the token's key id and its tail's. A word whose ids are in none starts no
   * cue, and the loop passes it with two array reads (fifty-third session, helper qspeed2).
   */
  readonly cueScanKeys: KeySet
  /**
   * The words that end an Arabic speaker phrase by themselves (`phraseEnd`): {@link arStops}, {@link complementizers},
   * the keys of {@link participles} and {@link says}, as one set, and read by key id (fifty-third session, helper qspeed2).
   */
  readonly phraseStops: ReadonlySet<string>
  readonly phraseStopKeys: KeySet
}

/** `القول` ("the saying"), search-form key: a cue after `إلى`/`عن` right before a colon (`وخلص X … إلى القول:`), read by `cues.ts`. */
export const AL_QAWL = foldKey("\u0627\u0644\u0642\u0648\u0644")[0]!

const one = (form: string): string | null => {
  const k = foldKey(form)
  return k.length === 1 ? k[0]! : null
}
const keySet = (forms: ReadonlyArray<string>): Set<string> => new Set(forms.map(one).filter((k): k is string => k !== null))
/** A phrase's keys, each without its article (`وزير الخارجية` → `وزير`, `خارجية`): the forms of a post compared bare. */
const keysWithoutArticle = (form: string): Array<string> => foldKey(form).map((k) => (k.startsWith("\u0627\u0644") ? k.slice(2) : k))
/** Every key of every form (a form that folds to more than one key keeps them all). */
const allKeys = (forms: ReadonlyArray<string>): Set<string> => new Set(forms.flatMap((w) => foldKey(w)))

/** Phrases of keys grouped by their first key, for a look-up by the word a phrase would start with. */
const byFirstKey = (phrases: ReadonlyArray<ReadonlyArray<string>>): Map<string, Array<ReadonlyArray<string>>> => {
  const index = new Map<string, Array<ReadonlyArray<string>>>()
  for (const phrase of phrases) {
    if (phrase.length === 0) continue
    const list = index.get(phrase[0]!)
    if (list === undefined) index.set(phrase[0]!, [phrase])
    else list.push(phrase)
  }
  return index
}

/** The sura names of `ar-suras.json` (fifty-fourth session, helper arscript): a closed list, its source stated in the file. */
export const ArabicSurasFile = Schema.Struct({
  id: Text,
  language: Text,
  source: Text,
  description: Text,
  suras: Schema.Array(Schema.Struct({ number: Schema.Number, name: Text, alternatives: Schema.optionalKey(Forms) }))
})

/** `ar-suras.json` decoded and checked: exactly 114 suras, numbered 1 to 114 in order, no name twice. */
export const decodeSuras = (u: unknown): typeof ArabicSurasFile.Type => {
  const file = decodeLexicon(ArabicSurasFile, "quotes/ar-suras")(u)
  if (file.suras.length !== 114) throw new LexiconError(`lexicon quotes/ar-suras is invalid: ${file.suras.length} suras, not 114`)
  const seen = new Set<string>()
  file.suras.forEach((s, i) => {
    if (s.number !== i + 1) throw new LexiconError(`lexicon quotes/ar-suras is invalid: suras.${i} is numbered ${s.number}, not ${i + 1}`)
    for (const name of [s.name, ...(s.alternatives ?? [])]) {
      const key = foldKey(name).join(" ")
      if (seen.has(key)) throw new LexiconError(`lexicon quotes/ar-suras is invalid: suras.${i}: "${name}" is named twice`)
      seen.add(key)
    }
  })
  return file
}

export const compileQuoteLexicons = (
  ar: typeof ArabicQuotesFile.Type,
  en: typeof EnglishQuotesFile.Type,
  suras: typeof ArabicSurasFile.Type = decodeSuras(surasFile)
): QuoteLexicons => {
  // A first-person verb is read only before its colon (`قلت` is also `قلّت`, "became few").
  ar.verbs.forEach((v, i) => {
    if (v.firstPerson === true && v.colonOnly !== true) {
      throw new LexiconError(`lexicon quotes/ar is invalid: verbs.${i} (${v.lemma}): a firstPerson verb must be colonOnly`)
    }
    if (v.dialogue === true && v.colonOnly !== true) {
      throw new LexiconError(`lexicon quotes/ar is invalid: verbs.${i} (${v.lemma}): a dialogue verb must be colonOnly`)
    }
    if (v.question === true && v.colonOnly !== true) {
      throw new LexiconError(`lexicon quotes/ar is invalid: verbs.${i} (${v.lemma}): a question verb must be colonOnly`)
    }
  })
  const verbs = new PhraseTrie<Verb>()
  for (const v of ar.verbs) {
    for (const g of ["m", "f", "p"] as const) {
      for (const form of v.forms[g]) {
        verbs.add(foldKey(form), {
          form,
          gender: g,
          continues: v.continues ?? false,
          needsMark: v.needsMark ?? false,
          alsoNoun: v.alsoNoun ?? false,
          ...(v.colonOnly === true ? { colonOnly: true } : {}),
          ...(v.dialogue === true ? { dialogue: true } : {}),
          ...(v.question === true ? { question: true } : {}),
          english: false
        })
      }
    }
    for (const [form, gender] of dualForms(v)) {
      verbs.add(foldKey(form), {
        form,
        gender,
        continues: v.continues ?? false,
        needsMark: v.needsMark ?? false,
        alsoNoun: v.alsoNoun ?? false,
        ...(v.colonOnly === true ? { colonOnly: true } : {}),
        ...(v.dialogue === true ? { dialogue: true } : {}),
        ...(v.question === true ? { question: true } : {}),
        dual: true,
        english: false
      })
    }
  }
  const continues = new Set(en.continues)
  for (const form of en.verbs) verbs.add(foldKey(form), { form, gender: null, continues: continues.has(form), needsMark: false, alsoNoun: false, english: true })
  const participles = new Map<string, string>()
  for (const f of ar.participles.forms) {
    const k = one(f)
    if (k !== null) participles.set(k, f)
  }
  const colonParticiples = new Map<string, string>()
  for (const f of ar.colonParticiples.forms) {
    const k = one(f)
    if (k !== null) colonParticiples.set(k, f)
  }
  const chantParticiples = new Map<string, string>()
  for (const f of ar.chantParticiples.forms) {
    const k = one(f)
    if (k !== null) chantParticiples.set(k, f)
  }
  const wordingNouns = keySet(ar.wordingNouns.forms)
  const expressVerbs = keySet(ar.expressVerbs.forms)
  const interviewAsking = allKeys(ar.interviewAsking.forms)
  const askingWithPronoun = allKeys(ar.interviewAsking.withPronoun)
  const according = new PhraseTrie<string>()
  for (const f of [...ar.according, ...en.according]) according.add(foldKey(f), f)
  const accordingWhat = new PhraseTrie<string>()
  for (const f of ar.accordingWhat.forms) accordingWhat.add(foldKey(f), f)
  const verbForms = new Set<string>(participles.keys())
  // (the first-person verbs are cues before their colon only, no speech verb for the rules that look for one; fortieth
  // session)
  const firstPerson = allKeys(ar.verbs.flatMap((v) => (v.firstPerson === true ? [...v.forms.m, ...v.forms.f, ...v.forms.p] : [])))
  for (const v of ar.verbs) for (const g of ["m", "f", "p"] as const) for (const form of v.forms[g]) {
    const k = one(form)
    if (k !== null && !firstPerson.has(k)) verbForms.add(k)
  }
  for (const v of ar.verbs) for (const [form] of dualForms(v)) {
    const k = one(form)
    if (k !== null) verbForms.add(k)
  }
  for (const form of en.verbs) {
    const k = one(form)
    if (k !== null) verbForms.add(k)
  }
  const verbFirst = new Set<string>()
  for (const v of ar.verbs) for (const g of ["m", "f", "p"] as const) for (const form of v.forms[g]) verbFirst.add(foldKey(form)[0] ?? "")
  for (const v of ar.verbs) for (const [form] of dualForms(v)) verbFirst.add(foldKey(form)[0] ?? "")
  for (const form of en.verbs) verbFirst.add(foldKey(form)[0] ?? "")
  const cueFirst = new Set<string>(verbForms)
  for (const k of verbFirst) cueFirst.add(k)
  for (const f of [...ar.according, ...en.according, ...ar.reported.verbs, ...ar.reported.narrating]) cueFirst.add(foldKey(f)[0] ?? "")
  const enParticiples = keySet(en.participles)
  for (const k of enParticiples) cueFirst.add(k)
  for (const k of colonParticiples.keys()) cueFirst.add(k)
  for (const k of chantParticiples.keys()) cueFirst.add(k)
  const addressees = new PhraseTrie<string>()
  for (const f of ar.addressees.forms) addressees.add(foldKey(f), f)
  const afterQuote = new PhraseTrie<string>()
  for (const f of ar.afterQuote.forms) afterQuote.add(foldKey(f), f)
  // (a given name of both lists tells no sex: an error in the file; forty-eighth session)
  const enGivenNames = new Map<string, "m" | "f">()
  for (const sex of ["m", "f"] as const) {
    for (const name of en.givenNames[sex]) {
      const key = one(name)
      if (key === null) throw new LexiconError(`lexicon quotes/en is invalid: givenNames.${sex}: "${name}" is not one word`)
      if (enGivenNames.has(key) && enGivenNames.get(key) !== sex) throw new LexiconError(`lexicon quotes/en is invalid: givenNames: "${name}" is in both m and f`)
      enGivenNames.set(key, sex)
    }
  }
  // (a chain office is a lead office read from the chain only: one that is no lead office is never read; fiftieth session)
  const enLeadOffices = allKeys(en.leadOffices.forms)
  for (const office of en.chainOffices.forms) {
    if (!foldKey(office).every((k) => enLeadOffices.has(k))) throw new LexiconError(`lexicon quotes/en is invalid: chainOffices: "${office}" is not in leadOffices`)
  }
  const enPronouns = new Map<string, Gender>()
  for (const p of en.pronouns) enPronouns.set(p, p === "she" ? "f" : p === "he" ? "m" : "p")
  // (`I'd`, `we'll`, `he’s`: a contracted pronoun is the pronoun, with either apostrophe; forty-fifth session)
  for (const p of en.pronouns)
    for (const x of en.pronounContractions.forms) for (const q of ["'", "\u2019"]) enPronouns.set(p + q + x.slice(1), enPronouns.get(p)!)
  const says = keySet(ar.reported.says)
  const complementizers = keySet(ar.complementizers)
  const arStops = keySet(ar.speakerStops)
  const arPossessors = keySet(ar.possessors.forms)
  const describedKin = allKeys(ar.describedKin.forms)
  const phraseStops = new Set<string>([...arStops, ...complementizers, ...participles.keys(), ...says])
  return {
    verbs,
    participles,
    colonParticiples,
    writerAddressing: allKeys(ar.writerAddressing.forms),
    wordingNouns,
    chargeParticiples: keySet(ar.chargeParticiples.forms),
    reportedVerbs: keySet(ar.reported.verbs),
    narratingVerbs: keySet(ar.reported.narrating),
    says,
    according,
    complementizers,
    arStops,
    arPronouns: keySet(ar.pronounSubjects),
    arTitles: keySet(ar.titles.forms),
    arPossessors,
    arNameNouns: keySet(ar.nameNouns.forms),
    clauseOpeners: keySet(ar.clauseOpeners.forms),
    clauseBreaks: keySet(ar.clauseBreaks.forms),
    background: keySet(ar.background.forms),
    addressees,
    asked: keySet(ar.asked.forms),
    afterQuote,
    writerNouns: keySet(ar.writerNouns.forms),
    outletNouns: keySet(ar.outletNouns.forms),
    epithetHeads: keySet(ar.epithetHeads.forms),
    nameEpithets: keySet(ar.nameEpithets.forms),
    documentNouns: [...keySet(ar.documentNouns.forms)],
    articleNouns: [...keySet(ar.articleNouns.forms)],
    articleWriters: keySet(ar.articleWriters.forms),
    issueLinks: keySet(ar.issueLinks.forms),
    issueVerbs: keySet(ar.issueVerbs.forms),
    givingVerbs: keySet(ar.givingVerbs.forms),
    studyNouns: keySet(ar.studyNouns.forms),
    issuing: keySet(ar.issuing.forms),
    speechObjects: keySet(ar.speechObjects.forms),
    stanceObjects: keySet(ar.stanceObjects.forms),
    speechDocuments: [...keySet(ar.speechDocuments.forms)],
    writingsNouns: keySet(ar.writingsNouns.forms),
    interviewNouns: [...keySet(ar.interviewNouns.forms)],
    deliveryVerbs: keySet(ar.deliveryVerbs.forms),
    bodyNouns: keySet([...ar.bodyNouns.forms, ...ar.namedBodyNouns.forms]),
    objectVerbs: keySet(ar.objectVerbs.forms),
    chargeVerbs: keySet(ar.chargeVerbs.forms),
    expressVerbs,
    divine: allKeys(ar.divine.forms),
    mercy: allKeys(ar.divine.mercy),
    mighty: ar.divine.mighty.map((w) => foldKey(w)),
    godAlone: allKeys(ar.divine.alone),
    citingVerse: allKeys(ar.divine.citing),
    citingAfter: allKeys(ar.divine.citingAfter),
    prophetTitles: ar.divine.prophet.map((w) => foldKey(w)),
    prophetTitleKeys: new Set(ar.divine.prophet.map((w) => foldKey(w).join(" "))),
    blessingOpen: allKeys(ar.divine.blessing),
    prophetObject: allKeys(ar.divine.prophetObject),
    mannerHeads: keySet(ar.mannerHeads.forms),
    timeHeads: keySet(ar.timeHeads.forms),
    timeAfterDhat: keySet(ar.timeHeads.afterDhat),
    letterNames: keySet(ar.letterNames.forms),
    addressing: keySet(ar.addressing.forms),
    meetingNouns: allKeys(ar.meetingNouns.forms),
    metBefore: allKeys(ar.metBefore.forms),
    asking: allKeys(ar.asking.forms),
    askingAbout: allKeys(ar.askingAbout.forms),
    writingVerbs: allKeys(ar.writingVerbs.forms),
    interviewAsking,
    askingAfterTime: allKeys(ar.interviewAsking.afterTime),
    askingWithPronoun,
    askingTimes: allKeys(ar.askingTimes.forms),
    nameLikeStops: allKeys(ar.nameLikeStops.forms),
    asIf: allKeys(ar.asIf.forms),
    listPronouns: allKeys(ar.listPronouns.forms),
    listHeads: keySet(ar.listHeads.forms),
    listHeadsOf: keySet(ar.listHeads.of),
    listHeadsNotAfter: keySet(ar.listHeads.notAfter),
    headingNouns: allKeys(ar.headingNouns.forms),
    letterWords: allKeys(ar.letterWords.forms),
    epithetNameNouns: keySet(ar.epithetNameNouns.forms),
    chantParticiples,
    songNouns: keySet(ar.songNouns.forms),
    anonymityVerbs: allKeys(ar.anonymityRequests.forms),
    anonymityObjects: allKeys(ar.anonymityRequests.objects),
    motivePronouns: allKeys(ar.motivePronouns.forms),
    hashtagNouns: allKeys(ar.hashtagNouns.forms),
    hearingVerbs: allKeys(ar.hearingVerbs.forms),
    wordsJustSaid: allKeys(ar.wordsJustSaid.forms),
    wordsJustSaidNouns: allKeys(ar.wordsJustSaid.nouns),
    topicCopulas: allKeys(ar.topicOpeners.forms),
    topicLeads: allKeys(ar.topicOpeners.leads),
    appealVerbs: allKeys(ar.appealVerbs.forms),
    appealNouns: allKeys(ar.appealVerbs.nouns),
    programmeNouns: keySet(ar.programmeSubjects.forms),
    programmeVerbs: keySet(ar.programmeSubjects.verbs),
    programmeIssuing: keySet(ar.programmeSubjects.issuing),
    groupNouns: keySet(ar.groupSubjects.forms),
    groupHeads: ar.groupSubjects.heads.map((h) => `${h} `),
    chantNouns: keySet(ar.chantExamples.forms),
    chantObjects: keySet(ar.chantExamples.objects),
    chantExampleWords: keySet(ar.chantExamples.examples),
    wishingVerbs: keySet(ar.wishingVerbs.forms),
    programmeIssuedBefore: allKeys(ar.programmeSubjects.issuedBefore),
    listings: allKeys(ar.listings.forms),
    poemCues: allKeys(ar.poemCues.forms),
    listBreakers: allKeys(ar.listBreakers.forms),
    adjacentPossessors: allKeys(ar.adjacentPossessors.forms),
    nameOpeningKin: allKeys(ar.nameOpeningKin.forms),
    describedKin,
    kinNouns: new Set([...arPossessors, ...describedKin]),
    selfDescribedPossessors: allKeys(ar.selfDescribedPossessors.forms),
    honorifics: allKeys(ar.honorifics.forms),
    honorificTitles: allKeys(ar.honorifics.titles),
    royalHonorifics: allKeys(ar.honorifics.royal),
    royalTitles: allKeys(ar.honorifics.royalTitles),
    unnamedSources: allKeys(ar.unnamedSources.forms),
    kinPronounM: allKeys(ar.kinWithPronoun.masculine),
    kinPronounF: allKeys(ar.kinWithPronoun.feminine),
    unnamedDescribedBy: allKeys(ar.unnamedSources.describedBy),
    unnamedCloseTo: allKeys(ar.unnamedSources.closeTo),
    dualNouns: allKeys(ar.dualNouns.forms),
    pluralVoices: allKeys(ar.pluralVoices.forms),
    dualConstructs: allKeys(ar.dualConstructs.forms),
    asSaidOpeners: allKeys(ar.asSaidOpeners.forms),
    roleSynonyms: ar.roleSynonyms.groups.map((g) => g.map(keysWithoutArticle)),
    officeParaphrases: ar.officeParaphrases.pairs.map(([paraphrase, office]) => [keysWithoutArticle(paraphrase), keysWithoutArticle(office)] as const),
    roleHeads: allKeys(ar.roleHeads.forms),
    describingAs: allKeys(ar.describingAs.forms),
    judgingWords: allKeys(ar.judgingWords.forms),
    consideringVerbs: allKeys(ar.consideringVerbs.forms),
    consideringPresent: allKeys(ar.consideringPresent.forms),
    copulaForms: allKeys(ar.copulaForms.forms),
    negatedCopulas: allKeys(ar.negatedCopulas.forms),
    warningVerbs: allKeys(ar.warningVerbs.forms),
    complainingVerbs: allKeys(ar.complainingVerbs.forms),
    speechOccasions: allKeys(ar.speechOccasions.forms),
    acknowledgingVerbs: allKeys(ar.acknowledgingVerbs.forms),
    exceptivePronouns: allKeys(ar.exceptivePronouns.forms),
    verbParticles: allKeys(ar.verbParticles.forms),
    possessiveNameNouns: allKeys(ar.possessiveNameNouns.forms),
    occasionPrepositions: allKeys(ar.occasionPrepositions.forms),
    cliticVerbalNouns: allKeys(ar.cliticVerbalNouns.forms),
    notThrough: allKeys(ar.notThrough.forms),
    gistWords: allKeys(ar.gistWords.forms),
    addressedNameBefore: allKeys(ar.addressedNameBefore.forms),
    outletVerbs: allKeys(ar.outletVerbs.forms),
    memberNouns: allKeys(ar.memberNouns.forms),
    accusativeVerbs: allKeys(ar.accusativeVerbs.forms),
    predicateEnds: allKeys(ar.predicateEnds.forms),
    sayingVerbs: allKeys(ar.sayingVerbs.forms),
    annexingAdjectives: allKeys(ar.annexingAdjectives.forms),
    lateEnds: allKeys(ar.lateEnds.forms),
    raddWithConjunction: allKeys(ar.raddWithConjunction.forms),
    agedWords: allKeys(ar.agedWords.forms),
    noRoleWords: allKeys(ar.noRoleWords.forms),
    conductedVerbs: allKeys(ar.conductedVerbs.forms),
    officialNouns: allKeys(ar.officialNouns.forms),
    supervisorNouns: allKeys(ar.supervisorNouns.forms),
    formerWords: allKeys(ar.formerWords.forms),
    linkQualifiers: allKeys(ar.linkQualifiers.forms),
    clanNouns: allKeys(ar.clanNouns.forms),
    sameAfter: allKeys(ar.sameAfter.forms),
    sameBefore: allKeys(ar.sameBefore.forms),
    prophetBlessing: allKeys(ar.prophetBlessing.forms),
    stillVerbs: allKeys(ar.stillVerbs.forms),
    publishedVerbs: allKeys(ar.publishedVerbs.forms),
    definiteQuantifiers: allKeys(ar.definiteQuantifiers.forms),
    followingWords: allKeys(ar.followingWords.forms),
    textSources: allKeys(ar.textSources.forms),
    citedPeriodicals: allKeys(ar.citedPeriodicals.forms),
    citedNot: allKeys(ar.citedNot.forms),
    hadithNoteLeads: allKeys(ar.hadithNotes.leads),
    hadithCollections: allKeys(ar.hadithNotes.collections),
    hadithCollectors: allKeys(ar.hadithNotes.collectors),
    companionBlessing: ar.hadithNotes.companionBlessing.flatMap((w) => foldKey(w)),
    companionPronouns: allKeys(ar.hadithNotes.companionPronouns),
    workNouns: allKeys(ar.workNouns.forms),
    citingParticiples: allKeys(ar.citingParticiples.forms),
    complementOnlyVerbs: allKeys(ar.complementOnlyVerbs.forms),
    describingNounFrames: allKeys(ar.describingNounFrames.forms),
    citedSayings: allKeys(ar.citedSayings.forms),
    honorificPronouns: allKeys(ar.honorificPronouns.forms),
    tellingVerbs: allKeys(ar.tellingVerbs.forms),
    consideredPassive: allKeys(ar.consideredPassive.forms),
    calledVerbs: allKeys(ar.calledVerbs.forms),
    namingVerbs: allKeys(ar.namingVerbs.forms),
    timeNouns: allKeys(ar.timeNouns.forms),
    answering: allKeys(ar.answering.forms),
    alsoWords: allKeys(ar.alsoWords.forms),
    honorificNouns: allKeys(ar.honorificNouns.forms),
    subjectDemonstratives: allKeys(ar.subjectDemonstratives.forms),
    objectDemonstratives: allKeys(ar.objectDemonstratives.forms),
    openingDemonstratives: allKeys(ar.openingDemonstratives.forms),
    verbOpeners: allKeys(ar.verbOpeners.forms),
    questionOpeners: allKeys(ar.questionOpeners.forms),
    meetingOpeners: allKeys(ar.meetingOpeners.forms),
    thereIs: allKeys(ar.thereIs.forms),
    keepsSubjectAfterVerb: allKeys(ar.keepsSubjectAfterVerb.forms),
    kanaAuxiliary: allKeys(ar.kanaAuxiliary.forms),
    stillNegations: allKeys(ar.stillNegations.forms),
    subjectFirstConjunctions: allKeys(ar.subjectFirstConjunctions.forms),
    hadithNouns: keySet(ar.hadithCited.nouns),
    hadithQualifiers: keySet(ar.hadithCited.qualifiers),
    hadithBefore: keySet(ar.hadithCited.before),
    genericVerbs: keySet(ar.genericSaying.verbs),
    genericPersons: keySet(ar.genericSaying.persons),
    genericReflexives: keySet(ar.genericSaying.reflexives),
    genericCausatives: keySet(ar.genericSaying.causatives),
    verseCalls: ar.verseOpenings.calls.map((w) => foldKey(w)),
    verseAddressed: keySet(ar.verseOpenings.addressed),
    accusativeNameNouns: allKeys(ar.accusativeNameNouns.forms),
    maximVerbs: keySet(ar.maximSaying.verbs),
    maximNouns: keySet(ar.maximSaying.nouns),
    maximQualified: keySet(ar.maximSaying.qualified),
    maximNotAfter: keySet(ar.maximSaying.notAfter),
    suraNames: byFirstKey(suras.suras.flatMap((s) => [s.name, ...(s.alternatives ?? [])]).map((w) => foldKey(w))),
    butHe: allKeys(ar.butHe.forms),
    butShe: allKeys(ar.butShe.forms),
    butBeforeAnna: allKeys(ar.butBeforeAnna.forms),
    causal: allKeys(ar.causal.forms),
    aboutWhat: allKeys(ar.aboutWhat.forms),
    colonLeadPrepositions: allKeys(ar.colonLeadPrepositions.forms),
    topicPrepositions: allKeys(ar.topicPrepositions.forms),
    relativePronouns: allKeys(ar.relativePronouns.forms),
    subordinateOpeners: allKeys(ar.subordinateOpeners.forms),
    circumstantial: allKeys(ar.circumstantial.forms),
    timeDemonstratives: allKeys(ar.timeDemonstratives.forms),
    pronounBa: allKeys(ar.pronounBa.forms),
    objectClauseOpeners: allKeys(ar.objectClauseOpeners.forms),
    fiPronouns: allKeys(ar.fiPronouns.forms),
    qawlPrepositions: allKeys(ar.qawlPrepositions.forms),
    pronounObjects: allKeys(ar.pronounObjects.forms),
    withoutWords: allKeys(ar.withoutWords.forms),
    deniedObjects: allKeys(ar.deniedObjects.forms),
    baAnna: allKeys(ar.baAnna.forms),
    baAnnaPronoun: allKeys(ar.baAnnaPronoun.forms),
    objectIyya: allKeys(ar.objectIyya.forms),
    toWords: allKeys(ar.toWords.forms),
    addedTo: allKeys(ar.addedTo.forms),
    having: allKeys(ar.having.forms),
    partnerPrepositions: allKeys(ar.partnerPrepositions.forms),
    markOpeningWords: allKeys(ar.markOpeningWords.forms),
    runOnPrepositions: allKeys(ar.runOnPrepositions.forms),
    butWords: allKeys(ar.butWords.forms),
    chargePrepositions: allKeys(ar.chargePrepositions.forms),
    negations: allKeys(ar.negations.forms),
    amma: allKeys(ar.amma.forms),
    bareComplementizers: allKeys(ar.bareComplementizers.forms),
    qadWords: allKeys(ar.qadWords.forms),
    whenWords: allKeys(ar.whenWords.forms),
    heShe: allKeys(ar.heShe.forms),
    relativesWithWaw: allKeys(ar.relativesWithWaw.forms),
    withPronouns: allKeys(ar.withPronouns.forms),
    pronounAddressees: allKeys(ar.pronounAddressees.forms),
    prepPronouns: allKeys([...ar.pronounAddressees.forms, ...ar.prepPronouns.forms]),
    prepositionPronouns: allKeys(ar.prepositionPronouns.forms),
    thusNotSpeech: allKeys(ar.thusNotSpeech.forms),
    definitePersonNouns: keySet(ar.definitePersonNouns.forms),
    allWords: keySet(ar.allWords.forms),
    headlineLabels: allKeys(ar.headlineLabels.forms),
    headlineRoles: allKeys(ar.headlineRoles.forms),
    appositionPronouns: allKeys(ar.appositionPronouns.forms),
    bodyAdjectives: keySet(ar.bodyAdjectives.forms),
    objectPrepositions: keySet(ar.objectPrepositions.forms),
    interviewWords: allKeys(ar.interviewWords.forms),
    fragmentOpeners: allKeys(ar.fragmentOpeners.forms),
    spokesNouns: allKeys(ar.spokesNouns.forms),
    agencyHeads: allKeys(ar.agencyHeads.forms),
    missionHeads: allKeys(ar.missionHeads.forms),
    deputyNouns: allKeys(ar.deputyNouns.forms),
    agencyStops: allKeys(ar.agencyStops.forms),
    documentTextWords: allKeys(ar.documentTextWords.forms),
    anonymousEpithets: keySet(ar.anonymousEpithets.forms),
    bareAdverbs: keySet(ar.bareAdverbs.forms),
    gluedAccording: keySet(ar.gluedAccording.forms),
    gluedAccordingStops: keySet(ar.gluedAccordingStops.forms),
    accordingSpeechNouns: keySet(ar.accordingSpeechNouns.forms),
    firstPersonVerbs: firstPerson,
    dialogueVerbs: allKeys(ar.verbs.flatMap((v) => (v.dialogue === true ? [...v.forms.m, ...v.forms.f, ...v.forms.p] : []))),
    termVerbs: allKeys(ar.termVerbs.forms),
    replyVerbs: allKeys(ar.replyVerbs.forms),
    qawlComplementPrepositions: allKeys(ar.qawlComplementPrepositions.forms),
    condemningVerbs: allKeys(ar.condemningVerbs.forms),
    stanceVerbs: allKeys(ar.stanceVerbs.forms),
    revealVerbs: allKeys(ar.revealVerbs.forms),
    stanceParticiples: allKeys(ar.stanceParticiples.forms),
    turnLeads: allKeys(ar.turnLeads.forms),
    paraphraseParticiples: allKeys(ar.paraphraseParticiples.forms),
    foundingNouns: allKeys(ar.foundingNouns.forms),
    speechGoesOn: allKeys(ar.speechGoesOn.forms),
    betweenWords: allKeys(ar.betweenWords.forms),
    relatingWords: allKeys(ar.relatingWords.forms),
    statementIssuing: allKeys(ar.statementIssuing.forms),
    statementClosings: new Set(ar.statementClosings.forms.map((f) => foldKey(f).join(" "))),
    memberHeads: allKeys(ar.memberHeads.forms),
    affiliationBodies: allKeys(ar.affiliationBodies.forms),
    // (a noun in ة takes its pronoun after ت: صفحة, صفحته)
    channelStems: allKeys(ar.channelNouns.forms.map((f) => (f.endsWith("\u0629") ? f.slice(0, -1) + "\u062a" : f))),
    channelLeads: allKeys(ar.channelLeads.forms),
    statementTimes: allKeys(ar.statementTimes.forms),
    reportPlurals: allKeys(ar.reportPlurals.forms),
    otherPosts: allKeys(ar.otherPosts.forms),
    accordingWhat,
    quantifiers: keySet(ar.quantifiers.forms),
    relayNouns: keySet(ar.relayNouns.forms),
    addresseeHeads: keySet(ar.addresseeHeads.forms),
    audienceHeads: keySet(ar.audienceHeads.forms),
    enParticiples,
    enPronouns,
    enGivenNames,
    enStops: new Set(en.speakerStops),
    enModifiers: new Set(en.verbModifiers),
    enTitles: new Set(en.titleWords),
    enBodyVoices: new Set(en.bodyVoices),
    enShortTermLeads: en.shortPartTermLeads.forms.map(foldKey),
    enShortNoVerbs: new Set(en.shortPartNoVerbs.forms.map((f) => foldKey(f).join(" "))),
    enShortNounVerbs: allKeys(en.shortPartNounVerbs.forms),
    enShortObjectVerbs: allKeys(en.shortPartObjectVerbs.forms),
    enCalledVerbs: allKeys(en.calledVerbs.forms),
    enCalledRelatives: allKeys(en.calledRelatives.forms),
    enPhraseVerbs: allKeys(en.phraseVerbs.forms),
    enJudgingVerbs: allKeys(en.judgingVerbs.forms),
    enStanceVerbs: allKeys(en.stanceVerbs.forms),
    enPassiveNaming: allKeys(en.passiveNamingVerbs.forms),
    enPassiveJudged: allKeys(en.passiveJudgedWords.forms),
    enOpeningClauseLeads: allKeys(en.openingClauseLeads.forms),
    enMannerVerbs: new Set(en.mannerVerbs),
    enPluralNounVerbs: allKeys(en.pluralNounVerbs.forms),
    enPluralQuantifiers: allKeys(en.pluralQuantifiers.forms),
    enLeadOffices,
    enChainOffices: allKeys(en.chainOffices.forms),
    // (compared with words as written, in lower case: english-holders.ts reads the text, not keys)
    enHeldHeads: new Set(en.heldHeads.forms.map((f) => f.toLowerCase())),
    enSloganNouns: allKeys(en.sloganNouns.forms),
    enPossessedPersonNouns: allKeys(en.possessedPersonNouns.forms),
    enFindingVerbs: allKeys(en.findingVerbs.forms),
    enDenialVerbs: allKeys(en.denialVerbs.forms),
    enGroupNouns: allKeys(en.groupNouns.forms),
    enGroupVerbs: allKeys(en.groupVerbs.forms),
    enChargeParticiples: allKeys(en.chargeParticiples.forms),
    enVoicedBodyNouns: allKeys(en.voicedBodyNouns.forms),
    enBodyNouns: allKeys(en.bodyNouns.forms),
    enNamedKindNouns: allKeys(en.namedKindNouns.forms),
    enNounObjectVerbs: allKeys(en.nounObjectVerbs.forms),
    enIssuedDocuments: allKeys(en.issuedDocuments.forms),
    enPublicationNouns: allKeys(en.publicationNouns.forms),
    enStudyDocuments: allKeys(en.studyDocuments.forms),
    enOwnedDocuments: allKeys(en.ownedDocuments.forms),
    enLinkQualifiers: allKeys(en.linkQualifiers.forms),
    enPostQualifiers: allKeys(en.postQualifiers.forms),
    enCourtDocuments: allKeys(en.courtDocuments.forms),
    enSuingVerbs: allKeys(en.suingVerbs.forms),
    verbForms,
    cueFirst,
    cueFirstKeys: new KeySet(cueFirst),
    verbFirstKeys: new KeySet(verbFirst),
    wordingNounKeys: new KeySet(wordingNouns),
    prophetBlessingKeys: new KeySet(allKeys(ar.prophetBlessing.forms)),
    expressVerbKeys: new KeySet(expressVerbs),
    interviewAskingKeys: new KeySet(interviewAsking),
    askingWithPronounKeys: new KeySet(askingWithPronoun),
    cueScanKeys: new KeySet([...cueFirst, ...wordingNouns, ...keySet(ar.chantExamples.forms), ...expressVerbs, AL_QAWL]),
    phraseStops,
    phraseStopKeys: new KeySet(phraseStops)
  }
}

let cached: QuoteLexicons | undefined

/** The compiled attribution lexicons (validated and compiled on first use). */
export const quoteLexicons = (): QuoteLexicons => {
  if (cached === undefined) {
    cached = compileQuoteLexicons(decodeLexicon(ArabicQuotesFile, "quotes/ar")(arFile), decodeLexicon(EnglishQuotesFile, "quotes/en")(enFile))
  }
  return cached
}
