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
const VISIT = "أزور المستشفى من حين لآخر للعلاج في المستشفى العسكري"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the subject of a speech verb past a long apposition and its colon": [
    // `حسب قوله` right before the colon: the subject, and the chain goes on with it
    [FIRST + `ويقول أحد المرضى في المستشفى العسكري، وهو جندي أصيب في بداية العام خلال مواجهات مع المسلحين حسب قوله: «${VISIT}». وأضاف: «لا أحد يهتم بنا هنا».`, [FIRST_Q, `[أحد المرضى | null] ${VISIT}`, "[أحد المرضى | أضاف] لا أحد يهتم بنا هنا"]],
    // `على حد قولها`, a feminine verb
    [FIRST + "وتقول إحدى الممرضات في القسم، وهي أم لثلاثة أطفال تعمل في المستشفى منذ عشر سنوات، على حد قولها: «لم نتسلم رواتبنا منذ أربعة أشهر كاملة دون أي تفسير».", [FIRST_Q, "[إحدى الممرضات | null] لم نتسلم رواتبنا منذ أربعة أشهر كاملة دون أي تفسير"]],
    // must stay: a person named in the apposition (whose words they may be)
    [FIRST + `ويقول أحد المرضى في المستشفى العسكري، وهو جندي كان يرافق القائد [[PERSON:خالد عمر]] خلال مواجهات مع المسلحين حسب قوله: «${VISIT}».`, [FIRST_Q, `[سعيد علي | null] ${VISIT}`]],
    // must stay: a sentence that opens with a verb that is no speech verb
    [FIRST + `وزار أحد المرضى المستشفى العسكري، وهو جندي أصيب في بداية العام خلال مواجهات مع المسلحين حسب قوله: «${VISIT}».`, [FIRST_Q, `[سعيد علي | null] ${VISIT}`]],
    // must stay: no comma, no apposition
    [FIRST + `ويقول أحد المرضى في المستشفى العسكري وهو جندي أصيب في بداية العام خلال مواجهات مع المسلحين في المدينة حسب قوله: «${VISIT}».`, [FIRST_Q, `[سعيد علي | null] ${VISIT}`]]
  ],
  "the subject after `ما زال` and `لا يزال`": [
    [FIRST + 'وما زالت [[ORGANIZATION:الخارجية البريطانية]] توصي "بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة".', [FIRST_Q, "[الخارجية البريطانية | null] بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة"]],
    [FIRST + 'ولا يزال [[ORGANIZATION:المجلس الأعلى]] يرفض "أي حديث عن تأجيل الانتخابات إلى موعد آخر غير محدد".', [FIRST_Q, "[المجلس الأعلى | null] أي حديث عن تأجيل الانتخابات إلى موعد آخر غير محدد"]],
    // untagged definite words right before the present verb
    [FIRST + 'وما زالت الخارجية البريطانية توصي "بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة".', [FIRST_Q, "[الخارجية البريطانية | null] بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة"]],
    // must stay: untagged words that run into a preposition before the verb (the chain), `ما` with another verb, and
    // `كانت` (no `ما زال`)
    [FIRST + 'وما زالت الخارجية البريطانية في لندن توصي "بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة".', [FIRST_Q, "[سعيد علي | null] بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة"]],
    [FIRST + 'وكانت الخارجية البريطانية توصي "بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة".', [FIRST_Q, "[سعيد علي | null] بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة"]],
    [FIRST + 'وما زالت الحكومة في [[LOCATION:لندن]] توصي "بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة".', [FIRST_Q, "[سعيد علي | null] بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة"]],
    [FIRST + 'وما دامت [[ORGANIZATION:الخارجية البريطانية]] توصي "بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة".', [FIRST_Q, "[سعيد علي | null] بعدم توجه أية رحلات جوية من وإلى المدينة، إلا للضرورة"]]
  ],
  "a one-word role is no person the text names only after it": [
    // the holder named before (the role another way) decides, not the one with the same role further on
    ['وأعرب الرئيس الصومالي [[PERSON:حسن محمود|الرئيس الصومالي]] عن "استيائه" من هذا الهجوم.\nوقال الرئيس في تصريح صحافي مساء السبت ان "النائب قضى نحبه فيما كان يخدم الأمة، لكن هذا لن يمنعنا".\nوتشهد البلاد حربا اهلية منذ سقوط الرئيس [[PERSON:سالم باري|الرئيس]] في 1991.', ["[حسن محمود | أعرب] استيائه", "[حسن محمود | قال] النائب قضى نحبه فيما كان يخدم الأمة، لكن هذا لن يمنعنا"]],
    ['وقال الرئيس في تصريح صحافي مساء السبت ان "النائب قضى نحبه فيما كان يخدم الأمة، لكن هذا لن يمنعنا".\nوتشهد البلاد حربا اهلية منذ سقوط الرئيس [[PERSON:سالم باري|الرئيس]] في 1991.', ["[الرئيس | قال] النائب قضى نحبه فيما كان يخدم الأمة، لكن هذا لن يمنعنا"]],
    // must stay: the holder named before the phrase (with no role there: the role is read at a later mention), and a
    // role of two words named after it
    ['وطلبت النيابة من [[PERSON:جميل الخطيب]] زيارة المعتقل في المستشفى.\nوقال المحامي: «وضع المعتقل صعب للغاية ولا يقوى على الحركة».\nوكان المحامي [[PERSON:جميل الخطيب|المحامي]] قد زار المعتقل أمس.', ["[جميل الخطيب | قال] وضع المعتقل صعب للغاية ولا يقوى على الحركة"]],
    ['وتشهد البلاد حربا اهلية منذ تولي الرئيس [[PERSON:سالم باري|الرئيس]] الحكم.\nوقال الرئيس في تصريح صحافي مساء السبت ان "النائب قضى نحبه فيما كان يخدم الأمة، لكن هذا لن يمنعنا".', ["[سالم باري | قال] النائب قضى نحبه فيما كان يخدم الأمة، لكن هذا لن يمنعنا"]],
    ['وتسيطر الجماعة على المخازن، بحسب الباحث في معهد العلاقات الدولية [[PERSON:سامر خليل]]، وقال إنها «تبيع القمح عبر الحدود منذ أشهر».\nوكان الباحث [[PERSON:سامر خليل|الباحث]] قد زار المنطقة.', ["[سامر خليل | قال] تبيع القمح عبر الحدود منذ أشهر"]],
    ['وقال الرئيس الفرنسي في تصريح صحافي مساء السبت ان "النائب قضى نحبه فيما كان يخدم الأمة، لكن هذا لن يمنعنا".\nوكان الرئيس الفرنسي [[PERSON:جان مارتان|الرئيس الفرنسي]] قد زار البلاد.', ["[جان مارتان | قال] النائب قضى نحبه فيما كان يخدم الأمة، لكن هذا لن يمنعنا"]]
  ]
}

describeQuoteTables("Arabic speakers (session 30, second round)", tables)
