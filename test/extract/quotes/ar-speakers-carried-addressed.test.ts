import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers the thirty-fifth session's helper mended (docs/history/quotes.md, "Thirty-fifth session (helper,
 * quote speakers)"): a verb with و and no subject in the middle of a sentence that opens with another verb and its
 * subject is that subject's, not the chain's; the subject of a sentence before goes on to a `وأضاف` that opens the next
 * one too; a name set off by two commas before `قوله` is the source `عن` names; ل and an outlet's noun before its name
 * (`لمؤسسة بلومبرغ`) is the addressee, never the speaker, and a time phrase after an addressee is no subject.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const ALLIES = "نحن حلفاء أقوياء منذ عقود ولن يتغير ذلك"
const TRADE = "العلاقات التجارية بين البلدين ممتازة"
const SPENDING = "الحكومة ستخفض الإنفاق العام في السنة المقبلة"
const RULINGS = "الأحكام صدرت وفق الإجراءات القانونية المعمول بها"
const PLAN = "الخطة ستكتمل قريبا وسترفع إلى القيادة"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb with و and no subject after a sentence's opening verb and its subject": [
    [`وقال الرئيس الأمريكي [[PERSON:دونالد ترامب]]: «${TRADE}». من جانبه، أبدى رئيس الوزراء [[PERSON:شينزو آبي]] تفاؤلا كبيرا بالعلاقات، وقال: «${ALLIES}».`, [`[دونالد ترامب | قال] ${TRADE}`, `[شينزو آبي | قال] ${ALLIES}`]],
    [`وقال الرئيس الأمريكي [[PERSON:دونالد ترامب]]: «${TRADE}». ثم تحدث الرئيس الياباني [[PERSON:شينزو آبي]] عن التحالف، وقال: «${ALLIES}».`, [`[دونالد ترامب | قال] ${TRADE}`, `[شينزو آبي | قال] ${ALLIES}`]],
    [`وقال الرئيس الأمريكي [[PERSON:دونالد ترامب]]: «${TRADE}». من جهته عبر رئيس الوزراء الياباني [[PERSON:شينزو آبي]] عن سعادته بالزيارة، وقال: «${ALLIES}».`, [`[دونالد ترامب | قال] ${TRADE}`, `[شينزو آبي | قال] ${ALLIES}`]],
    // must stay: a sentence that opens with `كما` ("also": the name after its verb is mostly the object); a clause with
    // a subject of its own opened by `بينما` between (`ووصفها` is the papers' noun, no verb of
    // the prime minister's), and a subject right before `وقال` (read as before)
    [`وقال الناقد [[PERSON:سامي الحداد]]: «${TRADE}». كما هاجم [[PERSON:خالد عمر]] وسخر من أفلامه، وقال: «${ALLIES}».`, [`[سامي الحداد | قال] ${TRADE}`, `[سامي الحداد | قال] ${ALLIES}`]],
    [`وقال الرئيس الأمريكي [[PERSON:دونالد ترامب]]: «${TRADE}». ولا يتوقف رئيس الوزراء [[PERSON:شينزو آبي]] عن نهجه هذا، بينما ترد [[LOCATION:بكين]] دائما باستهجان تصريحاته الحادة ووصفها بـ«غير المسؤولة».`, [`[دونالد ترامب | قال] ${TRADE}`]],
    [`وقال الرئيس الأمريكي [[PERSON:دونالد ترامب]] إن «${TRADE}» وأكد [[PERSON:شينزو آبي]] ذلك، وقال: «${ALLIES}».`, [`[دونالد ترامب | قال] ${TRADE}`, `[شينزو آبي | قال] ${ALLIES}`]]
  ],
  "`وأضاف` that opens a sentence after a sentence whose subject has not spoken": [
    [`وقال الرئيس الأمريكي [[PERSON:دونالد ترامب]]: «${TRADE}». وأبدى رئيس الوزراء الياباني [[PERSON:شينزو آبي]] تفاؤلا كبيرا بمستقبل العلاقات. وأضاف: «${ALLIES}».`, [`[دونالد ترامب | قال] ${TRADE}`, `[شينزو آبي | أضاف] ${ALLIES}`]],
    // must stay: the sentence before opens with a preposition, not a verb and its subject; the sentence before is the
    // end of a quote (its own subject, `يتمتع الفريق`, speaks for nobody)
    [`وقال الرئيس الأمريكي [[PERSON:دونالد ترامب]]: «${TRADE}». وفي طوكيو أبدى رئيس الوزراء الياباني [[PERSON:شينزو آبي]] تفاؤلا كبيرا. وأضاف: «${ALLIES}».`, [`[دونالد ترامب | قال] ${TRADE}`, `[دونالد ترامب | أضاف] ${ALLIES}`]],
    [`وقال المدرب [[PERSON:جون سميث]] «الفريق من الفرق الكبيرة. يتمتع [[ORGANIZATION:الفريق الأول]] بمستوى مرتفع وبثقة كبيرة». وتابع «${ALLIES}».`, [`[جون سميث | قال] الفريق من الفرق الكبيرة. يتمتع الفريق الأول بمستوى مرتفع وبثقة كبيرة`, `[جون سميث | تابع] ${ALLIES}`]]
  ],
  "a name between two commas before `قوله`": [
    [`وينقل التقرير عن المتحدث باسم الوزارة، [[PERSON:منصور الفلاني]]، قوله "${RULINGS}".`, [`[منصور الفلاني | ينقل] ${RULINGS}`]],
    [`ونقلت الوكالة الرسمية عن قائد الجيش، الجنرال [[PERSON:كيم سونغ هو]]، قوله: "${PLAN}".`, [`[كيم سونغ هو | نقلت] ${PLAN}`]],
    // must stay: a role after the name between the commas, and a relative clause between them (no person), and a
    // clause between the commas (a complementizer in it): the words are read as before
    [`ونقلت الوكالة عن [[PERSON:سونيل كومار]]، المسؤول بمقاطعة البنغال، قوله إنه "${PLAN}".`, [`[سونيل كومار | نقلت] ${PLAN}`]],
    [`وقال [[PERSON:خالد العلي]]: "${SPENDING}". ونقلت الوكالة عن هذا المسؤول، الذي رفض ذكر اسمه، قوله: "${PLAN}".`, [`[خالد العلي | قال] ${SPENDING}`]],
    // (the feminine `قالت` is not the man's since the forty-fourth session: the feminine subject of its sentence)
    [`وقال [[PERSON:خالد العلي]]: "${SPENDING}". ونقلت الصحيفة عن مصادر، قالت إنها مطلعة، قولها إن "${PLAN}".`, [`[خالد العلي | قال] ${SPENDING}`, `[الصحيفة | قالت] ${PLAN}`]]
  ],
  "ل and an outlet's noun before its name is the addressee": [
    [`وأكد وزير المالية [[PERSON:خالد العلي]] أن الإنفاق سيتراجع. وقال لمؤسسة بلومبرغ: «${SPENDING}».`, [`[خالد العلي | قال] ${SPENDING}`]],
    [`وأكد وزير المالية [[PERSON:خالد العلي]] أن الإنفاق سيتراجع. وقال لمؤسسة «بلومبرغ» الإخبارية: «${SPENDING}».`, [`[خالد العلي | قال] ${SPENDING}`]],
    [`وأكد وزير المالية [[PERSON:خالد العلي]] أن الإنفاق سيتراجع. وقال لشبكة [[ORGANIZATION:سي إن إن]] الأمريكية: «${SPENDING}».`, [`[خالد العلي | قال] ${SPENDING}`]],
    [`وقال رئيس الوزراء [[PERSON:خالد العلي]] لمؤسسة بلومبرغ: «${SPENDING}».`, [`[خالد العلي | قال] ${SPENDING}`]],
    [`أمر الرئيس الأمريكي [[PERSON:باراك أوباما]] بفتح تحقيق في الهجمات. ودائما ما كان [[PERSON:دونالد ترامب]] يشكك في ذلك. وقال لمجلة "تايم" هذا الأسبوع: "${TRADE}".`, [`[دونالد ترامب | قال] ${TRADE}`]],
    // must stay: a subject after the addressee, a role of a body after ل (no outlet's noun), and an outlet named by
    // more than one untagged word (`لموقع أخبار X`: the words after it are read as before)
    [`وقال لمؤسسة بلومبرغ وزير المالية [[PERSON:خالد العلي]]: «${SPENDING}».`, [`[خالد العلي | قال] ${SPENDING}`]],
    [`وقال المدير التنفيذي لمؤسسة النقد: «${SPENDING}».`, [`[المدير التنفيذي لمؤسسة النقد | قال] ${SPENDING}`]],
    [`فقد أشار الرئيس [[PERSON:باراك أوباما]] إلى أن المسؤولين منخرطون في الحمائية. وقال لموقع أخبار ريكود في فبراير: «${SPENDING}».`, [`[باراك أوباما | قال] ${SPENDING}`]]
  ]
}

describeQuoteTables("Arabic speakers: carried on past a new subject, and addressees (thirty-fifth session)", tables)
