import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 30, second round (helper, Arabic speakers; docs/history/quotes.md, "Thirtieth session, second round (helper,
 * Arabic speakers)"): long marks after a colon that a long apposition and `حسب قوله` put past the verb's window are the
 * words of the subject of the speech verb that opens the sentence, not the chain's; the subject after `وما زالت`,
 * `ولا تزال` ("still": an entity, or one to three untagged definite words right before a present verb) is the subject
 * of the sentence that holds marks with no speech verb; a one-word role (`وقال الرئيس`) is never the person whose role the
 * entity stage read so when the text names that person only after it.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const FIRST = "وقال الموظف [[PERSON:سعيد علي]] إن «العمل متوقف منذ أسابيع».\n"
const FIRST_Q = "[سعيد علي | قال] العمل متوقف منذ أسابيع"
const VISIT = "أعود إلى المركز كل أسبوع لجلسات العلاج الطبيعي هنا"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the subject of a speech verb past a long apposition and its colon": [
    // `حسب قوله` right before the colon: the subject, and the chain goes on with it
    [FIRST + `ويقول أحد النزلاء في مركز التأهيل، وهو حارس جرح في مطلع الشهر أثناء اشتباك مع المهربين حسب قوله: «${VISIT}». وأضاف: «لا أحد يهتم بنا هنا».`, [FIRST_Q, `[أحد النزلاء | null] ${VISIT}`, "[أحد النزلاء | أضاف] لا أحد يهتم بنا هنا"]],
    // `على حد قولها`, a feminine verb
    [FIRST + "وتقول إحدى الممرضات في القسم، وهي أم لثلاثة أطفال تعمل في المستشفى منذ عشر سنوات، على حد قولها: «لم نتسلم رواتبنا منذ أربعة أشهر كاملة دون أي تفسير».", [FIRST_Q, "[إحدى الممرضات | null] لم نتسلم رواتبنا منذ أربعة أشهر كاملة دون أي تفسير"]],
    // a person named in the apposition is not the speaker: the verb's own subject is (fifty-seventh session, helper
    // arcarry5: an aside of `وهو` widens the verb's reach; until then the previous speaker was carried on)
    [FIRST + `ويقول أحد النزلاء في مركز التأهيل، وهو حارس كان يرافق القائد [[PERSON:خالد عمر]] أثناء اشتباك مع المهربين حسب قوله: «${VISIT}».`, [FIRST_Q, `[أحد النزلاء | null] ${VISIT}`]],
    // must stay: a sentence that opens with a verb that is no speech verb
    [FIRST + `وزار أحد المرضى المستشفى العسكري، وهو حارس جرح في مطلع الشهر أثناء اشتباك مع المهربين حسب قوله: «${VISIT}».`, [FIRST_Q, `[سعيد علي | null] ${VISIT}`]],
    // must stay: no comma, no apposition
    [FIRST + `ويقول أحد النزلاء في مركز التأهيل وهو حارس جرح في مطلع الشهر أثناء اشتباك مع المهربين في المدينة حسب قوله: «${VISIT}».`, [FIRST_Q, `[سعيد علي | null] ${VISIT}`]]
  ],
  "the subject after `ما زال` and `لا يزال`": [
    [FIRST + 'وما زالت [[ORGANIZATION:الخارجية البريطانية]] توصي "بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ".', [FIRST_Q, "[الخارجية البريطانية | null] بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ"]],
    [FIRST + 'ولا يزال [[ORGANIZATION:المجلس الأعلى]] يرفض "أي حديث عن تأجيل الانتخابات إلى موعد آخر غير محدد".', [FIRST_Q, "[المجلس الأعلى | null] أي حديث عن تأجيل الانتخابات إلى موعد آخر غير محدد"]],
    // untagged definite words right before the present verb
    [FIRST + 'وما زالت الخارجية البريطانية توصي "بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ".', [FIRST_Q, "[الخارجية البريطانية | null] بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ"]],
    // must stay: untagged words that run into a preposition before the verb (the chain), `ما` with another verb, and
    // `كانت` (no `ما زال`)
    [FIRST + 'وما زالت الخارجية البريطانية في لندن توصي "بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ".', [FIRST_Q, "[سعيد علي | null] بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ"]],
    [FIRST + 'وكانت الخارجية البريطانية توصي "بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ".', [FIRST_Q, "[سعيد علي | null] بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ"]],
    [FIRST + 'وما زالت الحكومة في [[LOCATION:لندن]] توصي "بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ".', [FIRST_Q, "[سعيد علي | null] بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ"]],
    [FIRST + 'وما دامت [[ORGANIZATION:الخارجية البريطانية]] توصي "بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ".', [FIRST_Q, "[سعيد علي | null] بعدم السفر إلى المناطق الحدودية، إلا في حالات الطوارئ"]]
  ],
  "a one-word role is no person the text names only after it": [
    // the holder named before (the role another way) decides, not the one with the same role further on
    ['وأعرب الرئيس [[PERSON:عمر داهر|الرئيس]] عن "استيائه" من هذا الاعتداء.\nوقال الرئيس في تصريح للصحفيين مساء الأحد ان "زميلنا رحل وهو يؤدي واجبه، ولن نتراجع عن طريقنا".\nوتعيش البلاد نزاعا مسلحا منذ سقوط الرئيس [[PERSON:سالم باري|الرئيس]] في 1991.', ["[عمر داهر | أعرب] استيائه", "[عمر داهر | قال] زميلنا رحل وهو يؤدي واجبه، ولن نتراجع عن طريقنا"]],
    ['وقال الرئيس في تصريح للصحفيين مساء الأحد ان "زميلنا رحل وهو يؤدي واجبه، ولن نتراجع عن طريقنا".\nوتعيش البلاد نزاعا مسلحا منذ سقوط الرئيس [[PERSON:سالم باري|الرئيس]] في 1991.', ["[الرئيس | قال] زميلنا رحل وهو يؤدي واجبه، ولن نتراجع عن طريقنا"]],
    // must stay: the holder named before the phrase (with no role there: the role is read at a later mention), and a
    // role of two words named after it
    ['وطلبت النيابة من [[PERSON:جميل الخطيب]] زيارة المعتقل في المستشفى.\nوقال المحامي: «وضع المعتقل صعب للغاية ولا يقوى على الحركة».\nوكان المحامي [[PERSON:جميل الخطيب|المحامي]] قد زار المعتقل أمس.', ["[جميل الخطيب | قال] وضع المعتقل صعب للغاية ولا يقوى على الحركة"]],
    ['وتعيش البلاد نزاعا مسلحا منذ تولي الرئيس [[PERSON:سالم باري|الرئيس]] الحكم.\nوقال الرئيس في تصريح للصحفيين مساء الأحد ان "زميلنا رحل وهو يؤدي واجبه، ولن نتراجع عن طريقنا".', ["[سالم باري | قال] زميلنا رحل وهو يؤدي واجبه، ولن نتراجع عن طريقنا"]],
    ['وتسيطر الجماعة على المخازن، بحسب الباحث في معهد العلاقات الدولية [[PERSON:سامر خليل]]، وقال إنها «تبيع القمح عبر الحدود منذ أشهر».\nوكان الباحث [[PERSON:سامر خليل|الباحث]] قد زار المنطقة.', ["[سامر خليل | قال] تبيع القمح عبر الحدود منذ أشهر"]],
    ['وقال الرئيس الفرنسي في تصريح للصحفيين مساء الأحد ان "زميلنا رحل وهو يؤدي واجبه، ولن نتراجع عن طريقنا".\nوكان الرئيس الفرنسي [[PERSON:جان مارتان|الرئيس الفرنسي]] قد زار البلاد.', ["[جان مارتان | قال] زميلنا رحل وهو يؤدي واجبه، ولن نتراجع عن طريقنا"]]
  ]
}

describeQuoteTables("Arabic speakers (session 30, second round)", tables)
