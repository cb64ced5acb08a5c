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
import { PhraseTrie } from "../../lexicons/trie.js"
import arFile from "../../lexicons/quotes/ar.json" with { type: "json" }
import enFile from "../../lexicons/quotes/en.json" with { type: "json" }
import { decodeLexicon } from "../internal/decode.js"
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
      /** `dm`, `df`: the dual forms, masculine and feminine (`قالا`, `يقولان`; `قالتا`, `تقولان`; thirty-third session). */
      forms: Schema.Struct({ m: Forms, f: Forms, p: Forms, dm: Schema.optionalKey(Forms), df: Schema.optionalKey(Forms) }),
      continues: Schema.optionalKey(Schema.Boolean),
      needsMark: Schema.optionalKey(Schema.Boolean),
      alsoNoun: Schema.optionalKey(Schema.Boolean),
      colonOnly: Schema.optionalKey(Schema.Boolean)
    })
  ),
  participles: Described,
  reported: Schema.Struct({ description: Text, verbs: Forms, says: Forms }),
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
  /** Words before a document noun after which the clause's subject issued it (`في بيان`, `أصدر … بيانا`). */
  issuing: Described,
  /** Nouns of speech with a pronoun, the object of `اختتم` (`حديثه`): no subject. */
  speechObjects: Described,
  stanceObjects: Described,
  /** Texts and speeches a verb with `فيه`/`فيها` reads from (`بيانا قال فيه`), as stems: the verb's speaker issued them. */
  speechDocuments: Described,
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
  /** Nouns of an interview (`لقاء`, `حديث`, `مقابلة`): the person met after `مع`/`بينهم` speaks (twenty-fifth session). */
  meetingNouns: Described,
  /** Words right before the person an interview met (`مع`, `بينهم`, `منهم`). */
  metBefore: Described,
  /** Active verbs of asking (`سأل`, `سألت`, `سألوا`): a bare `أجاب` before marks in their sentence answers. */
  asking: Described,
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
  /** `يلي`, `نصه`, `كالتالي` … before a colon that ends its line: a list or a document's text follows. */
  listings: Described,
  /** Prepositions, complementizers, pronouns, negations …: words no list of names in marks holds (thirty-second session). */
  listBreakers: Described,
  /** `فريق`, `حملة`, `مساعدي`, `معلم` … right before a person: the speaker is the phrase. */
  adjacentPossessors: Described,
  /** `ابن`, `ابنة`: kin nouns that open a name as often. */
  nameOpeningKin: Described,
  /** Honorific pronouns (`سموه`, `معاليه`) and the titles of the person they stand for (twenty-eighth session, second round). */
  honorifics: Schema.Struct({ description: Text, forms: Forms, royal: Forms, royalTitles: Forms, titles: Forms }),
  /** `مصدر`, `مصادر`, `مسؤول`, `شاهد`: indefinite nouns of an unnamed source (thirty-third session). */
  unnamedSources: Schema.Struct({ description: Text, forms: Forms, describedBy: Forms, closeTo: Forms }),
  /** `الوزيران`, `الطرفان`: definite dual nouns for two named together before (thirty-third session). */
  dualNouns: Described,
  /** `المدرب` ~ `المدير الفني`: forms of one post (thirty-fourth session). */
  roleSynonyms: Schema.Struct({ description: Text, groups: Schema.Array(Schema.Array(Text)) }),
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
  copulaForms: Described
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
  bodyVoices: Forms
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
  /** Words before a document noun after which the clause's subject issued it (`في`, `أصدر`). */
  readonly issuing: ReadonlySet<string>
  /** Nouns of speech with an attached pronoun (`حديثه`, `تصريحاتها`): the object of `اختتم`, never a subject. */
  readonly speechObjects: ReadonlySet<string>
  /** `أهمية`, `ضرورة`: what a verb of stating affirms, never its subject (thirty-sixth session). */
  readonly stanceObjects: ReadonlySet<string>
  /** Stems of texts and speeches (`بيان`, `تغريد`, `كلم`) a verb with `فيه`/`فيها` reads from. */
  readonly speechDocuments: ReadonlyArray<string>
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
  /** `صلى`: the first word of the blessing after the Prophet's title (`صلى الله عليه وسلم`). */
  readonly blessingOpen: ReadonlySet<string>
  /** `على`, `إلى`: before the Prophet's title, they make it an object (`أقبل رجل على رسول الله … فقال`), no subject. */
  readonly prophetObject: ReadonlySet<string>
  /** First words of a phrase of manner (`بقناعة`, `بصوت`, `بكل`): a phrase they open with no entity names nobody. */
  readonly mannerHeads: ReadonlySet<string>
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
  /** `لقاء`, `حديث`, `مقابلة`: nouns of an interview (every key of each form). */
  readonly meetingNouns: ReadonlySet<string>
  /** `مع`, `بينهم`, `منهم`: the word right before the person an interview met (every key of each form). */
  readonly metBefore: ReadonlySet<string>
  /** `سأل`, `سألت`, `سألوا`: active verbs of asking (every key of each form). */
  readonly asking: ReadonlySet<string>
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
  /** Words before a colon that ends its line and announces a list or a document's text (every key of each form). */
  readonly listings: ReadonlySet<string>
  /** Words that never stand in a list of names or nouns in marks (every key of each form). */
  readonly listBreakers: ReadonlySet<string>
  /** Possessor nouns read only right before the person (every key of each form). */
  readonly adjacentPossessors: ReadonlySet<string>
  /** `ابن`, `ابنة` (every key of each form). */
  readonly nameOpeningKin: ReadonlySet<string>
  /** `سموه`, `معاليه`, `سعادته`: a person with a title (`honorificTitles`) named before is the speaker. */
  readonly honorifics: ReadonlySet<string>
  readonly honorificTitles: ReadonlySet<string>
  /** `سموه`, `سموها` and the titles of princes they take (`الأمير`, `سمو`, `ولي`). */
  readonly royalHonorifics: ReadonlySet<string>
  readonly royalTitles: ReadonlySet<string>
  /** `مصدر`, `مصادر`, `مسؤول`, `شاهد` …: an unnamed source's nouns (every key of each form; thirty-third session). */
  readonly unnamedSources: ReadonlySet<string>
  /** `مسؤول`, `رفيع`, `مطلع`, `عيان`, `موال` …: the adjectives of an unnamed source (every key of each form). */
  readonly unnamedDescribedBy: ReadonlySet<string>
  /** `مقرب`, `قريب`, `موال` …: a source close to a body, not of it (every key of each form). */
  readonly unnamedCloseTo: ReadonlySet<string>
  /** `الوزيران`, `الطرفان` …: dual nouns for two named together before (every key of each form; thirty-third session). */
  readonly dualNouns: ReadonlySet<string>
  /** `المدرب` ~ `المدير الفني` …: groups of the forms of one post, each form its keys without the article (thirty-fourth session). */
  readonly roleSynonyms: ReadonlyArray<ReadonlyArray<ReadonlyArray<string>>>
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
  /** English participles that attach speech to the subject of their clause (`saying`, `adding`). */
  readonly enParticiples: ReadonlySet<string>
  readonly enPronouns: ReadonlyMap<string, Gender>
  readonly enStops: ReadonlySet<string>
  readonly enModifiers: ReadonlySet<string>
  readonly enTitles: ReadonlySet<string>
  /** Titles whose holder speaks for the body before them (`spokesman`, `official`). */
  readonly enBodyVoices: ReadonlySet<string>
  /** Every one-word speech verb and participle key (for stop words). */
  readonly verbForms: ReadonlySet<string>
  /** Every key a cue can start with (verbs, participles, reported verbs, according phrases): a cheap pre-check. */
  readonly cueFirst: ReadonlySet<string>
  /** {@link cueFirst}, read by token key id. */
  readonly cueFirstKeys: KeySet
  /** The first keys of the speech verbs ({@link verbs}), read by token key id: most words start no verb, and one array read says so before a trie look-up. */
  readonly verbFirstKeys: KeySet
}

const one = (form: string): string | null => {
  const k = foldKey(form)
  return k.length === 1 ? k[0]! : null
}
const keySet = (forms: ReadonlyArray<string>): Set<string> => new Set(forms.map(one).filter((k): k is string => k !== null))
/** Every key of every form (a form that folds to more than one key keeps them all). */
const allKeys = (forms: ReadonlyArray<string>): Set<string> => new Set(forms.flatMap((w) => foldKey(w)))

export const compileQuoteLexicons = (ar: typeof ArabicQuotesFile.Type, en: typeof EnglishQuotesFile.Type): QuoteLexicons => {
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
  const according = new PhraseTrie<string>()
  for (const f of [...ar.according, ...en.according]) according.add(foldKey(f), f)
  const accordingWhat = new PhraseTrie<string>()
  for (const f of ar.accordingWhat.forms) accordingWhat.add(foldKey(f), f)
  const verbForms = new Set<string>(participles.keys())
  for (const v of ar.verbs) for (const g of ["m", "f", "p"] as const) for (const form of v.forms[g]) {
    const k = one(form)
    if (k !== null) verbForms.add(k)
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
  for (const f of [...ar.according, ...en.according, ...ar.reported.verbs]) cueFirst.add(foldKey(f)[0] ?? "")
  const enParticiples = keySet(en.participles)
  for (const k of enParticiples) cueFirst.add(k)
  const addressees = new PhraseTrie<string>()
  for (const f of ar.addressees.forms) addressees.add(foldKey(f), f)
  const afterQuote = new PhraseTrie<string>()
  for (const f of ar.afterQuote.forms) afterQuote.add(foldKey(f), f)
  const enPronouns = new Map<string, Gender>()
  for (const p of en.pronouns) enPronouns.set(p, p === "she" ? "f" : p === "he" ? "m" : "p")
  return {
    verbs,
    participles,
    reportedVerbs: keySet(ar.reported.verbs),
    says: keySet(ar.reported.says),
    according,
    complementizers: keySet(ar.complementizers),
    arStops: keySet(ar.speakerStops),
    arPronouns: keySet(ar.pronounSubjects),
    arTitles: keySet(ar.titles.forms),
    arPossessors: keySet(ar.possessors.forms),
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
    issuing: keySet(ar.issuing.forms),
    speechObjects: keySet(ar.speechObjects.forms),
    stanceObjects: keySet(ar.stanceObjects.forms),
    speechDocuments: [...keySet(ar.speechDocuments.forms)],
    bodyNouns: keySet(ar.bodyNouns.forms),
    objectVerbs: keySet(ar.objectVerbs.forms),
    chargeVerbs: keySet(ar.chargeVerbs.forms),
    expressVerbs: keySet(ar.expressVerbs.forms),
    divine: allKeys(ar.divine.forms),
    mercy: allKeys(ar.divine.mercy),
    mighty: ar.divine.mighty.map((w) => foldKey(w)),
    godAlone: allKeys(ar.divine.alone),
    citingVerse: allKeys(ar.divine.citing),
    citingAfter: allKeys(ar.divine.citingAfter),
    prophetTitles: ar.divine.prophet.map((w) => foldKey(w)),
    blessingOpen: allKeys(ar.divine.blessing),
    prophetObject: allKeys(ar.divine.prophetObject),
    mannerHeads: keySet(ar.mannerHeads.forms),
    letterNames: keySet(ar.letterNames.forms),
    addressing: keySet(ar.addressing.forms),
    meetingNouns: allKeys(ar.meetingNouns.forms),
    metBefore: allKeys(ar.metBefore.forms),
    asking: allKeys(ar.asking.forms),
    interviewAsking: allKeys(ar.interviewAsking.forms),
    askingAfterTime: allKeys(ar.interviewAsking.afterTime),
    askingWithPronoun: allKeys(ar.interviewAsking.withPronoun),
    askingTimes: allKeys(ar.askingTimes.forms),
    nameLikeStops: allKeys(ar.nameLikeStops.forms),
    asIf: allKeys(ar.asIf.forms),
    listPronouns: allKeys(ar.listPronouns.forms),
    listings: allKeys(ar.listings.forms),
    listBreakers: allKeys(ar.listBreakers.forms),
    adjacentPossessors: allKeys(ar.adjacentPossessors.forms),
    nameOpeningKin: allKeys(ar.nameOpeningKin.forms),
    honorifics: allKeys(ar.honorifics.forms),
    honorificTitles: allKeys(ar.honorifics.titles),
    royalHonorifics: allKeys(ar.honorifics.royal),
    royalTitles: allKeys(ar.honorifics.royalTitles),
    unnamedSources: allKeys(ar.unnamedSources.forms),
    unnamedDescribedBy: allKeys(ar.unnamedSources.describedBy),
    unnamedCloseTo: allKeys(ar.unnamedSources.closeTo),
    dualNouns: allKeys(ar.dualNouns.forms),
    roleSynonyms: ar.roleSynonyms.groups.map((g) => g.map((form) => foldKey(form).map((k) => (k.startsWith("\u0627\u0644") ? k.slice(2) : k)))),
    roleHeads: allKeys(ar.roleHeads.forms),
    describingAs: allKeys(ar.describingAs.forms),
    judgingWords: allKeys(ar.judgingWords.forms),
    consideringVerbs: allKeys(ar.consideringVerbs.forms),
    consideringPresent: allKeys(ar.consideringPresent.forms),
    copulaForms: allKeys(ar.copulaForms.forms),
    accordingWhat,
    quantifiers: keySet(ar.quantifiers.forms),
    relayNouns: keySet(ar.relayNouns.forms),
    addresseeHeads: keySet(ar.addresseeHeads.forms),
    enParticiples,
    enPronouns,
    enStops: new Set(en.speakerStops),
    enModifiers: new Set(en.verbModifiers),
    enTitles: new Set(en.titleWords),
    enBodyVoices: new Set(en.bodyVoices),
    verbForms,
    cueFirst,
    cueFirstKeys: new KeySet(cueFirst),
    verbFirstKeys: new KeySet(verbFirst)
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
