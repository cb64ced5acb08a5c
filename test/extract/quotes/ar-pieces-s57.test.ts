import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic marked pieces after the session-57 readings (docs/history/quotes.md, "Fifty-seventh session: arpieces"): an
 * according word and a noun of speech before the source (`ووفق كلام X`, `حسب قول X`), a speaker's phrase ended at
 * `فإن` written with its hamza (`وبحسب الوزير فإن «…»`, `وكما يشرح هول فإن «…»`); one or two words after a preposition
 * right before `كما يقول X` (the writer's own term); three words or more right before `كما يصفها X` (the describer's),
 * and the colon of the verb before such marks and their dash aside. Sentences written for these tests in the style of
 * the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  talks: "المحادثات لم تصل بعد إلى أي نتيجة ملموسة"
}

/** A doctor quoted before each row. */
const first = `وقال الطبيب [[PERSON:سامر خليل]]: «${W.plan}».`
const q0 = `[سامر خليل | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a noun of speech after an according word, a phrase ended at `فإن` (`accordingSpeechNouns`, `phraseEnd`)": [
    [`وبحسب كلام الوزير فإن «${W.talks}».`, [`[الوزير | null] ${W.talks}`]],
    [`وبحسب الوزير فإن «${W.talks}».`, [`[الوزير | null] ${W.talks}`]],
    [`وحسب قول المتحدث باسم الشرطة فإن «${W.talks}».`, [`[المتحدث باسم الشرطة | null] ${W.talks}`]],
    [`وكما يشرح هول فإن «${W.talks}».`, [`[هول | يشرح] ${W.talks}`]],
    // must stay: a name before the comma (read so before), a name before a colon, the writer's talk with someone,
    // `فان` with no hamza in a name
    [`ووفق كلام [[PERSON:إبراهيم عميش]]، النائب في البرلمان، فإن «${W.talks}».`, [`[إبراهيم عميش | null] ${W.talks}`]],
    [`وحسب تعبير [[PERSON:ليلى حسن]]: «${W.talks}».`, [`[ليلى حسن | null] ${W.talks}`]],
    [`وحسب حديث مع بعض المسؤولين فإن «${W.talks}».`, []],
    [`وقال المدرب لويس فان غال إن «${W.talks}».`, [`[المدرب لويس فان غال | قال] ${W.talks}`]]
  ],
  "one or two words after a preposition before `كما يقول X` (`cueAfter`)": [
    [`${first}\nوإذا سيطر التنظيم على «الهلال النفطي»، كما يقول النائب [[PERSON:إبراهيم عميش]]، فستتحول البلاد إلى ساحة حرب.`, [q0]],
    [`${first}\nوإذا سيطر التنظيم على «حقول النفط»، كما يقول النائب [[PERSON:إبراهيم عميش]]، فستتحول البلاد إلى ساحة حرب.`, [q0]],
    // must stay: three words, two words with no preposition before them, a whole quote before `كما يقول`
    [`${first}\nوتنتشر الجماعات في الصحراء «كالنار في الهشيم»، كما يقول [[PERSON:محمد جديدي]].`, [q0, `[محمد جديدي | يقول] كالنار في الهشيم`]],
    [`${first}\nوهذا «الخطاب المتشدد»، كما يقول [[PERSON:محمد جديدي]]، لا يقنع أحدا.`, [q0, `[محمد جديدي | يقول] الخطاب المتشدد`]],
    [`«${W.talks}»، كما يقول النائب [[PERSON:إبراهيم عميش]].`, [`[إبراهيم عميش | يقول] ${W.talks}`]]
  ],
  "`كما يصفها X` right after marks names who called them so; a colon after the aside is the verb's (`describerAfter`, `describerAsideEnd`)": [
    [`وفي واشنطن يقول [[PERSON:جون كيري]] وزير خارجية «أقوى دولة في العالم» -كما يصفها [[PERSON:أوباما]]-: ${W.talks}.`, [`[أوباما | يصفها] أقوى دولة في العالم`, `[جون كيري | يقول] ${W.talks}`]],
    [`وفي واشنطن يقول [[PERSON:جون كيري]] وزير خارجية «أقوى دولة في العالم» - كما يصفها [[PERSON:أوباما]] -: ${W.talks}.`, [`[أوباما | يصفها] أقوى دولة في العالم`, `[جون كيري | يقول] ${W.talks}`]],
    [`وقال [[PERSON:جون كيري]] إن بلاده «أقوى دولة في العالم»، كما يصفها [[PERSON:أوباما]].`, [`[أوباما | يصفها] أقوى دولة في العالم`]],
    // must stay: a verb of saying after كما, one or two words (a term), marks right before the colon
    [`وقال [[PERSON:جون كيري]] إن بلاده «أقوى دولة في العالم»، كما يقول [[PERSON:أوباما]].`, [`[جون كيري | قال] أقوى دولة في العالم`]],
    [`وتسعى الدول إلى ملء «الفراغ الإقليمي» كما يسميها بعض المحللين.`, []],
    [`وفي واشنطن يقول [[PERSON:جون كيري]] وزير خارجية «أقوى دولة في العالم»: ${W.talks}.`, [`[جون كيري | يقول] ${W.talks}`]]
  ]
}

describeQuoteTables("Arabic marked pieces: according nouns, terms before كما يقول, describers after the marks (session 57, arpieces)", tables)
