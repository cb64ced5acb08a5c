import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quotes after the session-61 brief (docs/history/quotes.md, "Sixty-first session: arquote15"), from the A116
 * and A117 readings: a spokeswoman's name after her body's acronym in marks (`في مالي “مينوسما”، راضية عاشوري، إن`),
 * a club's noun that opens the speaker's phrase (`قال نادي الأسير الفلسطيني`), a judgement in marks after a
 * participle of اعتبر and a demonstrative (`معتبرا ذلك «…»`), and a verb's object in marks after a complementizer with
 * its pronoun that the verb reaches past a long phrase (`وقال X … لوكالة فرانس برس، أنه شاهد "…"`). Sentences written
 * for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  attack: "الهجوم وقع فجر اليوم على قاعدة في شمال البلاد",
  arrests: "قوات الاحتلال اعتقلت عشرين شابا خلال الليلة الماضية",
  fuel: "بلاده ستصنع وقود المحطات تحت امتياز روسي"
}

/** A minister quoted before each row of the last tables. */
const first = `وقال وزير الطاقة [[PERSON:حامد كريمي]] إن «${W.fuel}».`
const q0 = `[حامد كريمي | قال] ${W.fuel}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a body's acronym in marks before the spokeswoman's name (`acronymInMarks`, `spokesmanUntagged`)": [
    [`قالت المتحدثة باسم بعثة [[ORGANIZATION:الأمم المتحدة]] لحفظ السلام في [[LOCATION:مالي]] “مينوسما”، راضية عاشوري، إن “${W.attack}”.`, [`[راضية عاشوري | قالت] ${W.attack}`]],
    [`وقال المتحدث باسم القوة الدولية “يونيفيل”، أندريا تننتي، إن “${W.attack}”.`, [`[أندريا تننتي | قال] ${W.attack}`]],
    // must stay: no acronym (as before), two words in marks (a name, not an acronym), an acronym with no comma after it
    [`قالت المتحدثة باسم بعثة [[ORGANIZATION:الأمم المتحدة]] لحفظ السلام في [[LOCATION:مالي]]، راضية عاشوري، إن “${W.attack}”.`, [`[راضية عاشوري | قالت] ${W.attack}`]],
    [`وقال المتحدث باسم جمعية “الهلال الأحمر”، أندريا تننتي، إن “${W.attack}”.`, [`[المتحدث باسم جمعية “الهلال الأحمر” | قال] ${W.attack}`]],
    [`وقال المتحدث باسم القوة الدولية “يونيفيل” أندريا تننتي إن “${W.attack}”.`, [`[المتحدث باسم القوة الدولية “يونيفيل” | قال] ${W.attack}`]]
  ],
  "a club's noun that opens the speaker's phrase (`agencyPhrase`)": [
    [`وقال نادي [[ORGANIZATION:الأسير الفلسطيني]] إن «${W.arrests}».`, [`[نادي الأسير الفلسطيني | قال] ${W.arrests}`]],
    [`وأكد نادي [[ORGANIZATION:الأسرى المحررين]] في بيان أن «${W.arrests}».`, [`[نادي الأسرى المحررين | أكد] ${W.arrests}`]],
    // must stay: a one-word club's name (written alone, as the entity stage writes it), the club tagged with its noun,
    // a post before the club's noun
    [`وذكر نادي [[ORGANIZATION:الاتحاد]] عبر حسابه في تويتر أن «${W.arrests}».`, [`[الاتحاد | ذكر] ${W.arrests}`]],
    [`وقال [[ORGANIZATION:نادي الهلال]] إن «${W.arrests}».`, [`[نادي الهلال | قال] ${W.arrests}`]],
    [`وقال نائب رئيس نادي [[ORGANIZATION:الاتحاد]] إن «${W.arrests}».`, [`[الاتحاد | قال] ${W.arrests}`]]
  ],
  "a judgement in marks after a participle of اعتبر and a demonstrative (`consideredThroughDemonstrative`)": [
    [`${first} وأضاف أن المحطتين ستعملان العام المقبل معتبرا ذلك “تطورا مهما جدا”.`, [q0, "[حامد كريمي | معتبرا] تطورا مهما جدا"]],
    [`${first} وأضاف أن المحطتين ستعملان العام المقبل، معتبرا هذا «خطوة كبيرة إلى الأمام».`, [q0, "[حامد كريمي | معتبرا] خطوة كبيرة إلى الأمام"]],
    // must stay: marks right after the participle (as before), a definite name after the demonstrative, two words, a
    // clause that goes on after the marks
    [`${first} وأضاف أن المحطتين ستعملان العام المقبل، معتبرا “تطورا مهما جدا”.`, [q0, "[حامد كريمي | معتبرا] تطورا مهما جدا"]],
    [`${first} وأضاف أن بلاده ستدعم الجمعية، معتبرا ذلك «الهلال الأحمر الوطني».`, [q0]],
    [`${first} وأضاف أن المحطتين ستعملان، معتبرا ذلك «تطورا مهما».`, [q0]],
    [`${first} وأضاف أن المحطتين ستعملان، معتبرا ذلك «تطورا مهما جدا» في العلاقات.`, [q0]]
  ],
  "a verb's object in marks after a complementizer with its pronoun past a long phrase (`pronounClauseObject`)": [
    [`وقال [[PERSON:عمر بكاري]] أحد سكان البلدة اللاجئ منذ عدة أشهر إلى مدينة مجاورة في الكاميرون، متحدثا لوكالة [[ORGANIZATION:فرانس برس]]، أنه شاهد "أعمدة من الدخان" تتصاعد من وسط البلدة.`, ["[عمر بكاري | قال] أعمدة من الدخان"]],
    [`وقالت [[PERSON:مريم سعيد]] إحدى سكان الحي الواقع شرق المدينة منذ عشرين عاما على الأقل، في حديث لقناة محلية، إنها سمعت «دوي انفجارات متتالية» طوال الليل.`, ["[مريم سعيد | قالت] دوي انفجارات متتالية"]],
    // must stay: a bare complementizer (the marks are the clause's subject), two words, a name the entity stage tagged
    [`وقال [[PERSON:عمر بكاري]] أحد سكان البلدة اللاجئ منذ عدة أشهر إلى مدينة مجاورة في الكاميرون، متحدثا لوكالة [[ORGANIZATION:فرانس برس]]، أن "أعمدة من الدخان" تتصاعد من وسط البلدة.`, []],
    [`وقال [[PERSON:عمر بكاري]] أحد سكان البلدة اللاجئ منذ عدة أشهر إلى مدينة مجاورة في الكاميرون، متحدثا لوكالة [[ORGANIZATION:فرانس برس]]، أنه شاهد "أعمدة الدخان" تتصاعد من وسط البلدة.`, []],
    [`وقال [[PERSON:عمر بكاري]] أحد سكان البلدة اللاجئ منذ عدة أشهر إلى مدينة مجاورة في الكاميرون، متحدثا لوكالة [[ORGANIZATION:فرانس برس]]، أنه زار "[[ORGANIZATION:مركز الملك فهد الثقافي]]" في المدينة.`, []]
  ]
}

describeQuoteTables("Arabic quotes: acronyms before names, club nouns, judgements after ذلك, objects past a long phrase (session 61, arquote15)", tables)
