import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 28, second round (helper; docs/history/quotes.md, "Twenty-eighth session, second round (helper)"): a spokesman
 * named in the phrase that names his body (`وقال المتحدث باسم الوزارة، X، إن …`) is the speaker, not the body; an
 * honorific pronoun (`وقال سموه`) is the titled dignitary named before; the platform after `حسابه` writes nothing.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a spokesman named after his body speaks": [
    // a verb and a colon or a complementizer: the person after the comma, after a title, after the body's words
    ['وقال المتحدث باسم [[ORGANIZATION:وزارة الدفاع]] الأمريكية، الكولونيل [[PERSON:ستيف وارنر]]، إن «القوات بدأت العملية في المدينة منذ أيام».', ["[ستيف وارنر | قال] القوات بدأت العملية في المدينة منذ أيام"]],
    ['وقال الناطق الرسمي باسم [[ORGANIZATION:المجلس الأعلى]]، [[PERSON:سامي الحداد]]، إن «مسألة الأشخاص ليست المهمة بالنسبة لنا».', ["[سامي الحداد | قال] مسألة الأشخاص ليست المهمة بالنسبة لنا"]],
    ['وقالت المتحدثة باسم [[ORGANIZATION:الشرطة الاتحادية]] [[PERSON:ليلى حسن]]: «التحقيق مستمر في القضية منذ أسابيع».', ["[ليلى حسن | قالت] التحقيق مستمر في القضية منذ أسابيع"]],
    // a first name the entity stage left out, right after the comma
    ['وقال الناطق الرسمي باسم [[ORGANIZATION:المجلس الأعلى]]، بليغ [[PERSON:أبو سعد]]، إن «مسألة الأشخاص ليست المهمة بالنسبة لنا».', ["[أبو سعد | قال] مسألة الأشخاص ليست المهمة بالنسبة لنا"]],
    // marks after a long clause, no verb found for them: the sentence's subject
    ['وقال المتحدث باسم [[ORGANIZATION:المجلس الأعلى]]، [[PERSON:سامي الحداد]]، في حديث لـ«[[ORGANIZATION:الشرق الأوسط]]» إن «مسألة الأشخاص ليست المهمة بالنسبة لنا».', ["[سامي الحداد | قال] مسألة الأشخاص ليست المهمة بالنسبة لنا"]],
    // must stay: nobody named with the spokesman (the body), a person after a complementizer, `مع`, or in the body
    ['وقال المتحدث باسم [[ORGANIZATION:وزارة الدفاع]] إن «القوات بدأت العملية في المدينة منذ أيام».', ["[وزارة الدفاع | قال] القوات بدأت العملية في المدينة منذ أيام"]],
    ['وقال المتحدث باسم [[ORGANIZATION:وزارة الدفاع]] إن الوزير [[PERSON:سامي الحداد]] قال: «القوات بدأت العملية في المدينة منذ أيام».', ["[وزارة الدفاع | قال] القوات بدأت العملية في المدينة منذ أيام"]],
    ['وقال المتحدث باسم [[ORGANIZATION:وزارة الدفاع]] في لقاء مع الوزير [[PERSON:سامي الحداد]]: «القوات بدأت العملية في المدينة منذ أيام».', ["[وزارة الدفاع | قال] القوات بدأت العملية في المدينة منذ أيام"]],
    // a verb with no subject read after `فيه`, and a verb with no subject in the next sentence
    ['شددت [[ORGANIZATION:اللجنة العامة للانتخابات]] على العقوبات، في الوقت الذي أكد فيه رئيس اللجنة المتحدث الرسمي باسم المجلس المهندس [[PERSON:فهد الزهراني]] استعدادهم لفتح المراكز. وقال "لا نتوقع إقبالا بهذا الحجم في هذه الجولة".', ["[فهد الزهراني | قال] لا نتوقع إقبالا بهذا الحجم في هذه الجولة"]],
    ['وكان المتحدث باسم [[ORGANIZATION:وزارة الدفاع]]، الكولونيل [[PERSON:ستيف وارنر]]، قد تحدث للصحفيين عن العملية. وقال: «القوات بدأت العملية في المدينة منذ أيام».', ["[ستيف وارنر | قال] القوات بدأت العملية في المدينة منذ أيام"]],
    // must stay: a feminine verb after a spokesman (the body spoke)
    ['وكان المتحدث باسم [[ORGANIZATION:وزارة الدفاع]]، الكولونيل [[PERSON:ستيف وارنر]]، قد تحدث للصحفيين عن العملية. وقالت [[ORGANIZATION:الوزارة]]: «القوات بدأت العملية في المدينة منذ أيام».', ["[وزارة الدفاع | قالت] القوات بدأت العملية في المدينة منذ أيام"]],
    // must stay: a spokesman listed after a complementizer in the sentence before does not speak
    ['وأشار [[PERSON:جون كارتر]] إلى أن المعارضين يتعرضون للتضييق. وأردف أن أبرز هؤلاء المعارضين هم: رئيس الوزراء السابق [[PERSON:كريم نوري]]، والناطق السابق باسم البرلمان [[PERSON:حميد صادقي]]. وقال إن «الصحف ممنوعة من نشر صور الرئيس السابق».', ["[جون كارتر | قال] الصحف ممنوعة من نشر صور الرئيس السابق"]],
    // nobody named with the spokeswoman: the phrase speaks, not the one spoken for (thirty-ninth session, `spokesPhrase`;
    // before, دونالد ترامب)
    ['وقالت المتحدثة باسم [[PERSON:دونالد ترامب]] إن «الرئيس سيوقع القرار الأسبوع المقبل».', ["[المتحدثة باسم دونالد ترامب | قالت] الرئيس سيوقع القرار الأسبوع المقبل"]]
  ],
  "an honorific pronoun stands for the dignitary named before": [
    // the subject of the sentence before (a prince, a minister), not the object of `هنأ`
    ['قال [[PERSON:سامي الحداد]] إن الحفل ناجح.\nهنأ صاحب السمو الملكي الأمير [[PERSON:فيصل بن سعود]] أمير المنطقة، خادم الحرمين الشريفين الملك [[PERSON:سلمان بن عبدالعزيز]] بنجاح الموسم.\nوقال سموه: «هذا النجاح ثمرة توفيق الله ثم عمل كل الجهات المشاركة».', ["[فيصل بن سعود | قال] هذا النجاح ثمرة توفيق الله ثم عمل كل الجهات المشاركة"]],
    ['قال [[PERSON:سامي الحداد]] إن الحفل ناجح.\nاستقبل وزير الصحة [[PERSON:خالد الفالح]] وفد المنظمة الدولية برئاسة [[PERSON:جون سميث]] أمس.\nوأكد معاليه: «الوزارة ماضية في خطتها لتطوير المستشفيات».', ["[خالد الفالح | أكد] الوزارة ماضية في خطتها لتطوير المستشفيات"]],
    // the entity stage's role holds the title
    ['قال [[PERSON:سامي الحداد]] إن الحفل ناجح.\nالتقى [[PERSON:فهد العتيبي|سفير المملكة]] بالجالية في العاصمة.\nوقال سعادته: «نحن في خدمة المواطنين في كل وقت».', ["[فهد العتيبي | قال] نحن في خدمة المواطنين في كل وقت"]],
    // a sentence whose subject is the honorific names the dignitary further back (not the prince in its relative clause)
    ['قال [[PERSON:سامي الحداد]] إن الحفل ناجح.\nأكد الأمير [[PERSON:محمد بن عبدالرحمن]] أهمية الجائزة.\nوأكد سموه أن الجائزة التي أسسها الأمير [[PERSON:نايف بن عبدالعزيز]] تخدم السنة.\nوأضاف سموه: «الجائزة تكرم العلماء والباحثين في كل عام».', ["[محمد بن عبدالرحمن | أضاف] الجائزة تكرم العلماء والباحثين في كل عام"]],
    // must stay: no titled person named before (the chain speaks)
    ['قال [[PERSON:سامي الحداد]] إن الحفل ناجح.\nوقال سموه: «ما كان هذا ليتحقق إلا بفضل الله».', ["[سامي الحداد | قال] ما كان هذا ليتحقق إلا بفضل الله"]]
  ],
  "the platform of someone's account does not write": [
    ['وانتقل اللاعب [[PERSON:ديفيد أوكو]] إلى الدوري الصيني.\nوكتب على حسابه في موقع [[ORGANIZATION:تويتر]] رسالة إلى الجماهير يقول فيها: "قررت أن أبدأ فصلا جديدا في مسيرتي بعيدا عن أوروبا".', ["[ديفيد أوكو | يقول] قررت أن أبدأ فصلا جديدا في مسيرتي بعيدا عن أوروبا"]],
    // must stay: a body that issued the text itself
    ['وانتقل اللاعب [[PERSON:ديفيد أوكو]] إلى الدوري الصيني.\nوأصدر [[ORGANIZATION:نادي تشيلسي]] بيانا يقول فيه: "نتمنى للاعب التوفيق في تجربته الجديدة".', ["[نادي تشيلسي | يقول] نتمنى للاعب التوفيق في تجربته الجديدة"]]
  ]
}

describeQuoteTables("session 28, second round: spokesmen named with their body", tables)
