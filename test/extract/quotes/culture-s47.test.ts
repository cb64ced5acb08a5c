import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Culture pages (docs/history/quotes.md, "Forty-seventh session: culture"): a sentence in marks with its source in
 * parentheses right after it (a review's blurb, a list of sayings) is that source's, not the last speaker's nor the
 * text's first person; a work's title in marks after the work's noun and its author's name is no quote, and the author
 * stays on the chain. Sentences written for these tests in the style of the papers; `[[TYPE:text]]` marks become
 * entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a quote with its source in parentheses is the source's": [
    ['صدر للكاتبة [[PERSON:سلوى الهاشمي]] عن الدار نفسها كتاب عن الطفولة. "سيرة آسرة مكتوبة بلغة صافية تشد القارئ من صفحتها الأولى". (مجلة الناقد الأدبي). "عمل نادر يجمع الذاكرة والتاريخ في نسيج واحد" (صحيفة المساء الثقافية).', ["[مجلة الناقد الأدبي | null] سيرة آسرة مكتوبة بلغة صافية تشد القارئ من صفحتها الأولى", "[صحيفة المساء الثقافية | null] عمل نادر يجمع الذاكرة والتاريخ في نسيج واحد"]],
    ['ونقرأ في الملف ما يلي:\n* «لن نتراجع عن خططنا في المنطقة مهما كانت الضغوط».\n(رئيس الوزراء [[PERSON:فهد المالكي]] في خطاب أمام البرلمان قبل أيام).\n* «الاتفاق سيقود إلى علاقات أوثق مع الجيران».\n(وزير الخارجية [[PERSON:كريم داود]]، على حسابه في «تويتر»).', ["[فهد المالكي | null] لن نتراجع عن خططنا في المنطقة مهما كانت الضغوط", "[كريم داود | null] الاتفاق سيقود إلى علاقات أوثق مع الجيران"]]
  ],
  "must not fire: an agency, a gloss, a year, a cue before the marks": [
    ['وقال [[PERSON:سالم العبيدي]] إن الموسم كان ناجحا. «الحضور فاق كل التوقعات هذا العام في المعرض» (واس).', ["[سالم العبيدي | null] الحضور فاق كل التوقعات هذا العام في المعرض"]],
    ['وقال [[PERSON:سالم العبيدي]]: «الحضور فاق كل التوقعات هذا العام» (أ ف ب).', ["[سالم العبيدي | قال] الحضور فاق كل التوقعات هذا العام"]],
    ['وأعلنت [[PERSON:سالم العبيدي]] عن تأسيس «الدوائر الثقافية المستقلة» (الهيئة الخاصة) التي تعنى بالكتاب.', []],
    ['وقال [[PERSON:سالم العبيدي]] إن العمل يحتاج إلى وقت. «الرواية تحكي سيرة جيل كامل من المهاجرين إلى الشمال» (2014).', ["[سالم العبيدي | null] الرواية تحكي سيرة جيل كامل من المهاجرين إلى الشمال"]]
  ],
  "must not fire: a hadith's collectors, the end of a citation, a book's title with no entity": [
    // (a hadith its collector's note names gives no quote since the fifty-eighth session, helper arread2: hadithNoted)
    ['وقال [[PERSON:سالم العبيدي]] إن الأمانة عظيمة. «من غشنا فليس منا ولا يحل له ذلك في أي حال» (رواه مسلم).', []],
    ['وكتب [[PERSON:سالم العبيدي]] عن النهضة. «لقد كان العلم في تلك الأيام مفتاح كل باب مغلق أمام الناس» (انتهى كلام العبيدي).', ["[سالم العبيدي | null] لقد كان العلم في تلك الأيام مفتاح كل باب مغلق أمام الناس"]],
    ['يرى [[PERSON:سالم العبيدي]] أن المقدس تورط في التاريخ. «وإن حالة من النسيان هي التي جعلت الأشياء مقدسة عند الناس» (الورطة الكبرى للمقدس).', ["[سالم العبيدي | null] وإن حالة من النسيان هي التي جعلت الأشياء مقدسة عند الناس"]]
  ],
  "a work's title after its noun and its author's name is no quote": [
    ['كتب الناقد عن الأدب الحديث.\nمقال [[PERSON:جميل العطار]] "بيتي القديم تغير: رسالة إلى ابني بمناسبة عيد ميلاده العاشر" (1970) مؤثر جدا. كما يكتب: "أنا أعرف ما فعله العالم بأخي وكيف نجا منه بصعوبة".', ["[جميل العطار | null] أنا أعرف ما فعله العالم بأخي وكيف نجا منه بصعوبة"]],
    ['وفي رواية [[PERSON:نادية الشمري]] «البيت الذي لم يعد كما كان في ذاكرة أهله» يعود الراوي إلى قريته.', []]
  ],
  "must not fire: a speech verb before the name, a noun that is no work (as before the rule)": [
    ['وقال [[PERSON:جميل العطار]] "نحن نكتب لأننا لا نستطيع أن نصمت أمام ما يحدث".', ["[جميل العطار | قال] نحن نكتب لأننا لا نستطيع أن نصمت أمام ما يحدث"]],
    // (the friend of the man he speaks of: since the fifty-fifth session, helper arkin, `صديق X` is the phrase, no
    // longer X)
    ['وأكد صديق [[PERSON:جميل العطار]] "كان يكتب كل صباح قبل أن يذهب إلى عمله في المدينة".', ["[صديق جميل العطار | أكد] كان يكتب كل صباح قبل أن يذهب إلى عمله في المدينة"]]
  ]
}

describeQuoteTables("Arabic culture pages: a source in parentheses, a work's title (forty-seventh session)", tables)
