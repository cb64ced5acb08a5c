import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-fourth session (docs/history/quotes.md, "Fifty-fourth session: شرح and فإنه"): the verb شرح ("explained") and its
 * forms are verbs of saying (the A104 reading gave `وشرح المسؤول الأميركي: …` to a name of the sentence before), and
 * `فإنه`, `فإنها`, `فإنهم` end a speaker's phrase as `إنه` does (`وبحسب المصدر فإنه «…»` gave `المصدر فإنه`). Sentences written
 * for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "شرح and its forms before a colon or before أن and marks": [
    [
      "وأشار [[PERSON:جون ميلر]] إلى أن العقوبات مستمرة. وشرح المسؤول الأميركي: نحن ماضون في ملاحقة الشبكات التي تمول التنظيم.",
      ["[المسؤول الأميركي | شرح] نحن ماضون في ملاحقة الشبكات التي تمول التنظيم"]
    ],
    ["ويشرح [[PERSON:كريم الحداد]]: «بدأت المشروع في مطبخ صغير ثم كبر مع الوقت».", ["[كريم الحداد | يشرح] بدأت المشروع في مطبخ صغير ثم كبر مع الوقت"]],
    ["وتشرح المصممة [[PERSON:ليلى صباغ]]: «أردت أن يكون الفستان خفيفا وعمليا».", ["[ليلى صباغ | تشرح] أردت أن يكون الفستان خفيفا وعمليا"]],
    [
      "وقال [[PERSON:سامر يوسف]] إن الخطة واضحة. ويشرح الباحث [[PERSON:أنور خليل]] أن «الإدارة الذاتية تحتاج إلى سنوات قبل أن تستقر».",
      ["[أنور خليل | يشرح] الإدارة الذاتية تحتاج إلى سنوات قبل أن تستقر"]
    ]
  ],
  "فإنه ends the speaker's phrase": [
    [
      "وكما يشرح الكاتب [[PERSON:توماس هول]] فإن «الحصار يطال الجميع ولا يميز بين مقاتل ومدني».",
      ["[توماس هول | يشرح] الحصار يطال الجميع ولا يميز بين مقاتل ومدني"]
    ],
    // (an unnamed source or a group after بحسب, a participle after the marks: the phrase ends before فإنه/فإنهم)
    [
      "قتل شاب خلال مواجهات قرب جنين، بحسب المصدر الأمني. وبحسب المصدر فإنه «رشق الشبان الجنود بالحجارة والزجاجات»، مشيرا إلى إصابة جنديين.",
      ["[المصدر | مشيرا] رشق الشبان الجنود بالحجارة والزجاجات"]
    ],
    [
      "ويرى [[PERSON:سامي]] أن الأمر صعب، وبحسب المراقبين فإنهم «لا يتوقعون أي تغيير قريب»، مشيرين إلى الانتخابات.",
      ["[المراقبين | مشيرين] لا يتوقعون أي تغيير قريب"]
    ]
  ],
  "must stay: شرح as a noun": [
    ["وقدم المعلم شرحا مفصلا للدرس في الحصة الأولى.", []],
    ["ووزعت الوزارة كتيبا فيه شرح لخطوات التسجيل في البرنامج الجديد.", []]
  ]
}

describeQuoteTables("Arabic: شرح as a verb of saying and فإنه as the end of a speaker (fifty-fourth session)", tables)
