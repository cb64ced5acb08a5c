import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-first session, helper arverbs (docs/history/quotes.md, "Fifty-first session: arverbs"): Arabic verbs of saying
 * that the corpus uses before a colon and the lexicon lacked, added colon only: the present forms of ردد (`يردد`,
 * `تردد`, `يرددون`; `تردد` is also "hesitation", so not after a word), `ويتساءل`/`وتتساءل` (read, since the merge, through
 * ardialog's entry `يتساءل`), `يتابع`,
 * `يختم`/`يختتم`, `استدرك`/`يستدرك`/`يستطرد`, `يعلق`/`تعلق`, the participle `مرددا`; a colon-only verb whose phrase
 * ends in a speech verb is no cue (`ويتابع X فيقول:`), and a noun of speech with its pronoun that ends the phrase is
 * the verb's object (`وتتابع الدكتورة أمل حديثها:`). Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities.
 */
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the present of ردد before a colon, past a manner word or phrase after its subject": [
    ["وتردد [[ORG:طهران]] دوماً: «لا استقرار في الخليج من دوننا».", ["[طهران | تردد] لا استقرار في الخليج من دوننا"]],
    ["ويردد الشيخ [[PERSON:سالم العتيبي]] دون مواربة: «التطرف لا دين له».", ["[سالم العتيبي | يردد] التطرف لا دين له"]],
    ["وقالت الجماهير إن الفوز مستحق. ويرددون: «نحن أبطال القارة».", ["[الجماهير | يرددون] نحن أبطال القارة"]]
  ],
  // (at the merge: the forms with و/ف are read through ardialog's entry `يتساءل`, its و stripped, so the verb is the
  // bare form and `قد يتساءل البعض: …؟` gives the question to its subject, as ardialog's rows say)
  "the present of تساءل with its و before a colon": [
    ["ويتساءل المواطن [[PERSON:فهد الزهراني]]: «إلى متى ننتظر افتتاح هذا المشروع».", ["[فهد الزهراني | يتساءل] إلى متى ننتظر افتتاح هذا المشروع"]],
    ["وتتساءل الباحثة [[PERSON:منى السالم]]: «هل تكفي هذه الميزانية لعام كامل».", ["[منى السالم | تتساءل] هل تكفي هذه الميزانية لعام كامل"]]
  ],
  "يتابع, يختم, استدرك, يستطرد, يعلق before a colon go on with their subject or the last speaker": [
    ["وقال المحلل [[PERSON:خالد المطيري]] إن الأسعار مستقرة. ويتابع: «الطلب سيرتفع في الربع الأخير».", ["[خالد المطيري | يتابع] الطلب سيرتفع في الربع الأخير"]],
    ["ويختم [[PERSON:فايز الحربي]]: «النجاح لن يكون حكرا على أحد».", ["[فايز الحربي | يختم] النجاح لن يكون حكرا على أحد"]],
    ["واستدرك الرئيس [[PERSON:محمود عباس]]: «لن نسمح بالعنف مهما كانت الظروف».", ["[محمود عباس | استدرك] لن نسمح بالعنف مهما كانت الظروف"]],
    ["وقال [[PERSON:سامي الخطيب]] إن الوضع صعب. ويستطرد: «المواطنون يستحقون حياة أفضل».", ["[سامي الخطيب | يستطرد] المواطنون يستحقون حياة أفضل"]],
    ["ويعلق [[PERSON:ماجد الشمري]] مبتسما: «هذه الصورة لا تفارق خيالي».", ["[ماجد الشمري | يعلق] هذه الصورة لا تفارق خيالي"]]
  ],
  "a colon-only verb whose phrase ends in a speech verb, or in a noun of speech with its pronoun": [
    ["وقال الخبير [[PERSON:جون لاندرز]] إن الحرب طويلة. ويتابع الخبير الأميركي فيقول: «إيران تحبذ هذه الاستراتيجية».", ["[جون لاندرز | يقول] إيران تحبذ هذه الاستراتيجية"]],
    ["وقال [[PERSON:سامي الخطيب]] إن المشروع متأخر. ويتابع حديثه: «العمل سيبدأ قريبا جدا».", ["[سامي الخطيب | يتابع] العمل سيبدأ قريبا جدا"]]
  ],
  "must stay: no colon, a noun of hesitation, a verb of following, marks after an object": [
    ["ومن دون تردد: قرر اللاعب الانتقال إلى النادي الجديد.", []],
    ["ويتابع المدرب تدريبات الفريق يوميا في الملعب.", []],
    ["وتتابع الأسرة برنامج «صوت الأطفال» كل أسبوع.", []],
    ["وكان المتظاهرون يرددون شعار «الموت للطغاة» في الساحة.", []],
    ["ويختتم المدرب التمارين بمناورة على كامل مساحة الملعب.", []],
    ["وكل ما تعلق بالمشروع: التصميم والتنفيذ والتمويل.", []],
    ["ووقف الجميع مرددين النشيد «بلادي بلادي» في الحفل.", []]
  ],
  "the participle مرددا before a colon": [
    ["ووقف الطالب [[PERSON:أنس الأهدل]] بين زملائه مرددًا: «عاشت مملكتنا الحبيبة».", ["[أنس الأهدل | مرددًا] عاشت مملكتنا الحبيبة"]]
  ]
}

describeQuoteTables("Arabic verbs of saying before a colon (fifty-first session, helper arverbs)", tables)
