import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers carried over a newly named one after the A80 reading (docs/history/quotes.md, "Forty-third session
 * (helper, carry)"): a sentence that opens with its subject, a role and the person before the verb (`المحلل X يرى من
 * جهته أن … «…»`, `إلا أن المدير العام السابق X، يربط بين … و«…»`, `لكن الوزير X الذي …، أكد على … وعلى «…»`); a
 * passive of asking with a role of several words before the person asked (`سئل رئيس الوزراء X … فأجاب`); a lead
 * phrase of up to seven words before the verb of a sentence with marks and no cue (`فبعد وقوع الانفجار في مدينة X،
 * تحدث الرئيس Y …`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become
 * entities.
 */

/** The quoted words of the rows (eight words or more: marks that no cue attributes). */
const W = {
  calm: "الوضع هادئ في المدينة ولا خوف على السكان الآن",
  aim: "يهدف أساسا إلى إشعال مواجهة بين الأقاليم والحكومة المركزية في العاصمة",
  fail: "فشل معظم ما كان الناس يعتقدون أنه إصلاحات في المنطقة كلها",
  ready: "جاهزية الجيش لحماية الحدود من أي اعتداء خارجي مهما كان مصدره",
  steps: "البلاد اتخذت دائما تدابير للحد من خطر الجماعات المسلحة وغيرها من التنظيمات",
  flow: "منع تسلل المسلحين عبر الجبال وحماية المعابر الجنوبية من المهربين كلهم",
  hack: "الأجهزة الأمنية على يقين بأن جهة أجنبية وجهت عمليات الاختراق الأخيرة"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a sentence that opens with its subject, a role and the person before the verb (`subjectFirst`)": [
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nالمحلل [[PERSON:كريم داود]] يرى من جهته أن الهجوم «${W.aim}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[كريم داود | null] ${W.aim}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nإلا أن المدير العام السابق للأمن الداخلي [[PERSON:ناصر المؤدب]]، يربط بين الأزمات في البلدين و«${W.fail}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[ناصر المؤدب | null] ${W.fail}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nلكن وزير الدفاع [[PERSON:فرحات منصور]] الذي زار المعابر أمس، أكد على حياد البلاد وعلى «${W.ready}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[فرحات منصور | أكد] ${W.ready}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nالنائب العام في المحافظة القاضي [[PERSON:سمير حداد]]، الذي يشرف على التحقيق بنفسه، يرى أن القضية «${W.aim}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سمير حداد | null] ${W.aim}`]],
    // must stay: a relative clause after the sentence's first noun (the person is its subject, not the sentence's), a
    // person between the verb and the marks, a sentence that opens with a preposition
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nالاجتماع الذي عقده الوزير [[PERSON:كريم داود]] أمس تناول الأزمة و«${W.aim}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | null] ${W.aim}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nالمحلل [[PERSON:كريم داود]] يرى أن ما قاله الرئيس [[PERSON:رامي فرحات]] «${W.aim}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | null] ${W.aim}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nفي لقاء مع الوزير [[PERSON:كريم داود]] أمس جرى بحث الأزمة و«${W.aim}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | null] ${W.aim}`]]
  ],
  "a passive of asking with a role of several words before the person asked (`askedPerson`)": [
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nوبحسب موقع إخباري سئل رئيس الحكومة الانتقالية الجديد [[PERSON:أحمد يلدز]] خلال مؤتمر صحافي عقده مساء أمس في العاصمة إذا ما جاء الهجوم ردا على الحملة الأمنية التي استهدفت خلايا التنظيم، مع اعتقال عشرين شخصا في ثلاث محافظات قبل أسبوع، فأجاب أن «${W.steps}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[أحمد يلدز | أجاب] ${W.steps}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nسئل رئيس الحكومة الانتقالية الجديد [[PERSON:أحمد يلدز]] عن الهجوم، فأجاب أن «${W.steps}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[أحمد يلدز | أجاب] ${W.steps}`]],
    // must stay: nobody named after the passive (the chain), a preposition before the name (the one asked about)
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nوسئل عن الهجوم الذي استهدف الوزير [[PERSON:أحمد يلدز]]، فأجاب أن «${W.steps}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | أجاب] ${W.steps}`]]
  ],
  "a present verb with no subject after an indefinite document and its issuer (`indefiniteDocumentIssuer`)": [
    [`وتقول التقارير إن "${W.calm}".\nوقد صدر بيان عن [[ORGANIZATION:وزارة الداخلية]] يوم الجمعة الماضي يقول إن "${W.hack}".`, [`[التقارير | تقول] ${W.calm}`, `[وزارة الداخلية | يقول] ${W.hack}`]],
    [`وقال [[PERSON:سالم العبيدي]] إن "${W.calm}".\nوقد صدر بيان عن مكتب الأمن القومي يوم الجمعة الماضي يقول إن "${W.hack}".`, [`[سالم العبيدي | قال] ${W.calm}`, `[مكتب الأمن القومي | يقول] ${W.hack}`]],
    // must stay: no issuer after the document (the chain), a relative between the document and the verb (its antecedent)
    [`وقال [[PERSON:سالم العبيدي]] إن "${W.calm}".\nوقد صدر بيان في العاصمة يوم الجمعة الماضي يقول إن "${W.hack}".`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | يقول] ${W.hack}`]],
    [`وتقول التقارير إن "${W.calm}".\nوقد صدر بيان عن [[ORGANIZATION:وزارة الداخلية]] التي تقول إن "${W.hack}".`, [`[التقارير | تقول] ${W.calm}`, `[وزارة الداخلية | تقول] ${W.hack}`]]
  ],
  "a lead phrase of up to seven words before the verb of a sentence with marks and no cue (`MARK_LEAD`)": [
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nفبعد وقوع الانفجار في مدينة [[LOCATION:الرمادي]]، تحدث الرئيس [[PERSON:رامي فرحات]] إلى نظيره حول تعزيز التعاون كما وافق على زيادة الجهود الرامية إلى «${W.flow}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[رامي فرحات | null] ${W.flow}`]],
    // must stay: a lead phrase of eight words
    [`وقال [[PERSON:سالم العبيدي]] إن «${W.calm}».\nفبعد وقوع الانفجار الكبير في وسط مدينة [[LOCATION:الرمادي]] القديمة، تحدث الرئيس [[PERSON:رامي فرحات]] إلى نظيره حول تعزيز التعاون كما وافق على زيادة الجهود الرامية إلى «${W.flow}».`, [`[سالم العبيدي | قال] ${W.calm}`, `[سالم العبيدي | null] ${W.flow}`]]
  ]
}

describeQuoteTables("forty-third session, Arabic speakers carried over a newly named one (helper carry)", tables)
