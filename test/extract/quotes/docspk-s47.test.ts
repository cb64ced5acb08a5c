import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Speakers that are a document, a text or a work rather than the one who spoke (docs/history/quotes.md, "Forty-seventh
 * session: docspk"): an Arabic according phrase that cites a text, a plan or a set of facts (`textSources`) never joins
 * the chain, and the person who tells the text after a relative does; a definite statement with its participle of
 * issuing (`البيان الصادر عن X`) speaks for X; an English performer's epithet before `of` and a work stands for the
 * person named before; `says its report` for the body last named as a subject; a dash apposition after a quote for the
 * person before it. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities,
 * `[[PERSON:name|role]]` gives the role the entity stage read. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an according phrase that cites a text never joins the chain": [
    ['وقال الوزير [[PERSON:سعد المالكي]] إن الخطة ماضية. وأشار إلى أن الأعمال تسير وفق الجدول الزمني المعتمد، وقال: «نحن ملتزمون بكل المواعيد التي أعلناها».', ["[سعد المالكي | قال] نحن ملتزمون بكل المواعيد التي أعلناها"]],
    ['وقالت رئيسة اللجنة [[PERSON:هند السالم]] إن المقترحات قيد الدراسة، وأضافت أن توزيع المقاعد بحسب وثيقة الـ«مبادرة» المقترحة لا يمكن قبوله، وتابعت: «هذه النسب مرفوضة من قبل اللجنة».', ["[هند السالم | تابعت] هذه النسب مرفوضة من قبل اللجنة"]],
    // the person who tells the text, named after a relative and a verb of telling, is the source
    ['وبحسب التفاصيل التي يرويها "[[PERSON:ماجد]]" شقيق المصاب لـ"الصحيفة" قال: "خرج أخي صباحا إلى عمله ولم يعد حتى المساء".', ["[ماجد | قال] خرج أخي صباحا إلى عمله ولم يعد حتى المساء"]],
    // must not change: the text still stands for words it attributes itself
    ['وتنص الهدنة على وقف القتال. «تلتزم الأطراف بوقف إطلاق النار فورا وفي كل المناطق»، بحسب نص الاتفاق.', ["[نص الاتفاق | بحسب] تلتزم الأطراف بوقف إطلاق النار فورا وفي كل المناطق"]],
    // must not change: a source that is a voice
    ['وقال الوزير [[PERSON:سعد المالكي]] إن الخطة ماضية. وبحسب مصدر أمني، فإن الهجوم وقع فجرا. وأضاف: «تم القبض على ثلاثة من المشتبه بهم».', ["[سعد المالكي | أضاف] تم القبض على ثلاثة من المشتبه بهم"]]
  ],
  "a definite statement issued by a body speaks for the body": [
    ['وقال البيان الصادر عن [[ORGANIZATION:وزارة الداخلية]] أن "العمليات تواصلت في المنطقة الشمالية".', ["[وزارة الداخلية | قال] العمليات تواصلت في المنطقة الشمالية"]],
    ['وقال البيان الصادر عن مكتب رئيس الوزراء [[PERSON:سامي الحداد|رئيس الوزراء]] إن الاجتماع انتهى. وأوضح أنه "تم الاتفاق على إجراءات جديدة لحماية الحدود".', ["[مكتب رئيس الوزراء سامي الحداد | أوضح] تم الاتفاق على إجراءات جديدة لحماية الحدود"]],
    ['وقال البيان الصادر عن المجلس البلدي أمس إن "المشاريع ستنجز قبل نهاية العام".', ["[المجلس البلدي | قال] المشاريع ستنجز قبل نهاية العام"]],
    // must not change: no issuer named after the participle, or another link
    ['وقال البيان الصادر أمس إن "المشاريع ستنجز قبل نهاية العام".', ["[البيان الصادر | قال] المشاريع ستنجز قبل نهاية العام"]],
    ['وقال البيان الذي نشرته الوزارة: "العمل مستمر في كل المواقع دون توقف".', ["[البيان | قال] العمل مستمر في كل المواقع دون توقف"]]
  ],
  "an English epithet before `of` and a work stands for the person named before": [
    ['Veteran actor [[PERSON:Jack Morrow]] has criticised the state of the industry.\n\nThe star of [[PERSON:Blue Harbour]] and [[PERSON:Night Train]] said the business was "in a very bad way" at a festival on Monday. The 71-year-old also said he had lost his "appetite" for acting.', ["[Jack Morrow | said] in a very bad way", "[Jack Morrow | said] appetite"]],
    // with nobody named before: the phrase whole, not the words after `of`
    ['The star of the show said the audience had been "the best we have had all year" on the first night.', ["[The star of the show | said] the best we have had all year"]]
  ],
  "a dash apposition after a quote": [
    ['Profits at the group fell sharply last year. "We used to see traders do this kind of thing every day," [[PERSON:Jo Hill]] - then adviser to President [[PERSON:Bo Lund]] - told a press conference.', ["[Jo Hill | told] We used to see traders do this kind of thing every day"]],
    // must not change: no person before the dash
    ['Profits at the group fell sharply last year. "We used to see traders do this kind of thing every day," the report - published on Monday - said.', ["[null | null] We used to see traders do this kind of thing every day"]]
  ],
  "`says its report`: the body that owns the document": [
    ['In a new report, [[ORGANIZATION:the Audit Office]] says the scheme is worth keeping. The office says costs must fall. "We do not believe that such a large change would be sensible now," says its report.', ["[the Audit Office | says] We do not believe that such a large change would be sensible now"]],
    // must not change: no organisation named as a subject before
    ['The scheme was reviewed last year. "We do not believe that such a large change would be sensible now," says its report.', ["[its report | says] We do not believe that such a large change would be sensible now"]]
  ]
}

describeQuoteTables("Speakers that are documents, texts or works (forty-seventh session, helper docspk)", tables)
