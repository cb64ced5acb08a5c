import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-first session, helper ardialog (docs/history/quotes.md, "Fifty-first session: ardialog"): verbs of asking and
 * answering and the shapes around them. The one asked after the subject of `سأل` is no part of the speaker; a form
 * that is also a noun (`سأل`, `كتب`, `رد`) is a verb after a fronted phrase of time or place; `بما معناه …` may stand
 * before the colon of a line of a dialogue; the present verbs of asking (`يتساءل`, `تسأل`) cue the question after their
 * colon; a writer's own long text in marks after `في كتابه` is no title; a person's name in parentheses before a colon
 * is the subject. Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the one asked after the subject of a bare verb of asking is no part of the speaker": [
    ["وفي الحفل، سأل [[PERSON:سامي الخالد]] نظيره الأردني :\"هل نلعب مباراة أخرى غدا؟\". وضحك الجميع.", ["[سامي الخالد | سأل] هل نلعب مباراة أخرى غدا؟"]],
    ["فسأل المدير نائبه: والآن هل انتهيت من التقرير؟", ["[المدير | سأل] والآن هل انتهيت من التقرير؟"]],
    ["وسأل الوزير ضيفه: «هل وصلت الشحنة إلى الميناء؟»", ["[الوزير | سأل] هل وصلت الشحنة إلى الميناء؟"]]
  ],
  "a verb-noun after a fronted phrase of time or place, before its subject and a colon, is a verb": [
    ["وبعد أشهر أقيمت قمة أخرى. وفي مأدبة العشاء سأل [[PERSON:سامي الخالد]] نظيره الأردني :\"ما خطتك بعد العشاء؟\". وطبعا وافق الضيف.", ["[سامي الخالد | سأل] ما خطتك بعد العشاء؟"]],
    ["وفي الجلسة الختامية رد الوزير: «لا نقبل هذا الكلام أبدا من أي طرف».", ["[الوزير | رد] لا نقبل هذا الكلام أبدا من أي طرف"]]
  ],
  "a line of a dialogue may give the sense of its words before its colon (بما معناه)": [
    ["وبعد عشر دقائق فقط أجابه [[PERSON:سامي الخالد]] بما معناه في لهجتنا:\"اعتبر الموضوع منتهيا!\". ومضت الأشهر سريعا.", ["[سامي الخالد | أجابه] اعتبر الموضوع منتهيا!"]]
  ],
  "a present verb of asking before its colon: the question, by its subject or by the last speaker at a sentence's start": [
    ["وتتساءل [[PERSON:ليلى حسن]]: هل تكفي هذه الخطة لحل الأزمة؟ وتجيب بأن الوقت وحده سيحكم.", ["[ليلى حسن | تتساءل] هل تكفي هذه الخطة لحل الأزمة؟"]],
    ["وقد يتساءل القراء: لماذا الاهتمام الكبير بانتخابات هذا الحزب الصغير؟", ["[القراء | يتساءل] لماذا الاهتمام الكبير بانتخابات هذا الحزب الصغير؟"]],
    ["وكتب [[PERSON:جون سميث]] عن الرحلة الأخيرة. يسأل: \"إلى أين نمضي بعد ذلك؟\" ولا يجيب.", ["[جون سميث | يسأل] إلى أين نمضي بعد ذلك؟"]]
  ],
  "a writer's own long text in marks after في كتابه, ending its sentence, is his, not a title": [
    ["وكتب [[PERSON:سامي الخالد]] في كتابه «فمن خلال الرحلة الطويلة عرف أهل القرية طرق التجارة والزراعة وأسماء النجوم كلها».", ["[سامي الخالد | null] فمن خلال الرحلة الطويلة عرف أهل القرية طرق التجارة والزراعة وأسماء النجوم كلها"]]
  ],
  "a person's name in parentheses before a colon is the subject of the verb before it": [
    ["وقال ([[PERSON:أحمد علي]]): إن الوضع مستقر في المدينة منذ أيام.", ["[أحمد علي | قال] إن الوضع مستقر في المدينة منذ أيام"]],
    ["من جهته قال الشاعر ( [[PERSON:محمد العلي]] ) : لا نستطيع لومهم في بحثهم عن الشهرة.", ["[محمد العلي | قال] لا نستطيع لومهم في بحثهم عن الشهرة"]]
  ],
  "must stay: an indefinite head in construct, an apposition, a noun after a fronted phrase, asking inside a clause, a title": [
    ["وسأل رئيس مجلس إدارته: «هل نلعب الجولف؟»", ["[رئيس مجلس إدارته | سأل] هل نلعب الجولف؟"]],
    ["وسأل الرئيس نفسه: «هل نلعب الجولف؟»", ["[الرئيس نفسه | سأل] هل نلعب الجولف؟"]],
    ["وفي مجال كتب الأطفال: صدرت مجموعة جديدة من القصص المصورة.", []],
    ["وفي المعرض كتب الأطفال رسائل إلى آبائهم.", []],
    ["وأجابه الفريق بما معناه أن الأمر انتهى.", []],
    ["وهنا لا بد أن تتساءل: أين كان دور البيت والمعلم؟", []],
    ["ورب سائل يسأل: لماذا تأخر المشروع كل هذه السنوات؟", []],
    ["كنت أتساءل كما يتساءل غيري: لم اتجهت الشركة إلى السوق الآسيوية؟", []],
    ["ثم يتساءل بسذاجة: لماذا لا يبتعد فلان عن رفاقه؟", []],
    ["ولم يسأل نفسه: هل يقدر على ذلك أم لا؟", []],
    ["وهو يسأل عن «الأموال المفقودة» منذ سنوات.", []],
    ["والملفات تسأل: من يحسم الأمر ومتى؟", []],
    ["ويسأل بعضنا: لماذا لا نجد القبول في كل مكان نذهب إليه؟", []],
    ["ثم جاء الربيع، وبدأ الناس يتساءلون: هل نكون أو لا نكون؟", []],
    ["وهو ما أوردته الكاتبة [[PERSON:غادة سالم]] في كتابها «يد القدر.. لماذا تخسر الشركات الكبرى أسواقها في كل عقد من الزمن؟» من أن الخطط قديمة.", []],
    ["وقال [[PERSON:طارق السبيعي]] (محلل مالي): تفتح البورصات الخليجية أبوابها صباح الأحد.", ["[طارق السبيعي | قال] تفتح البورصات الخليجية أبوابها صباح الأحد"]]
  ]
}

describeQuoteTables("Arabic verbs of asking and answering, fronted phrases and named works (fifty-first session, helper ardialog)", tables)
