import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 24, second round (docs/history/quotes.md, "Twenty-fourth session, second round (helper)"): the first of two pieces
 * in marks joined by `و` when a cue attributed the second; a body's name in marks inside a title before the person who
 * holds it; the entity right after the verb that opens a participle's sentence (a country before a feminine participle).
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities, as in
 * real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the first of two pieces joined by و, the second attributed": [
    [
      'وقال وزير الخارجية [[PERSON:سامي الخطيب]] إن حكومته لن ترضى بأي "شروط مسبقة" و"ترفض كل وصاية على قرارها".',
      ['[سامي الخطيب | قال] شروط مسبقة', '[سامي الخطيب | قال] ترفض كل وصاية على قرارها']
    ],
    [
      'وقال مصدر دبلوماسي إن الطرفين "يبذلان جهودا حثيثة" و"المشاورات ستستمر طوال الأسبوع المقبل".',
      ['[مصدر دبلوماسي | قال] يبذلان جهودا حثيثة', '[مصدر دبلوماسي | قال] المشاورات ستستمر طوال الأسبوع المقبل']
    ],
    [
      'وأكدت [[PERSON:نورة العتيبي]] أن الخطة "تحتاج مراجعة شاملة لكل بنودها" و"لن تنجح بصيغتها الحالية".',
      ['[نورة العتيبي | أكدت] تحتاج مراجعة شاملة لكل بنودها', '[نورة العتيبي | أكدت] لن تنجح بصيغتها الحالية']
    ]
  ],
  "a first piece that is a name, a list or after a name noun: not taken": [
    // (two words with the article: a name)
    [
      'وقال [[PERSON:سامي الخطيب]] إن الوفد زار "المدينة القديمة" و"التقى بعدد كبير من التجار هناك".',
      ['[سامي الخطيب | قال] التقى بعدد كبير من التجار هناك']
    ],
    // (after a name noun: a body's name)
    [
      'وقال [[PERSON:سامي الخطيب]] إن حركة "نبض الحي" و"شباب المستقبل للتنمية" ستشاركان في الحملة.',
      []
    ],
    // (an entity covers the first marks)
    [
      'وقالت [[PERSON:نورة العتيبي]] إن "[[ORGANIZATION:رابطة الصيادين]]" و"جمعيات الحي كلها" وقعت على الاتفاق.',
      []
    ],
    // (one word: no first piece; an adjective as the predicate of the definite subject right after the complementizer
    // is the speaker's by its own rule since the thirty-sixth session, `subjectAdjective`)
    [
      'وقال [[PERSON:سامي الخطيب]] إن المشروع "ناجح" و"سيستمر حتى نهاية العام المقبل".',
      ['[سامي الخطيب | قال] ناجح', '[سامي الخطيب | قال] سيستمر حتى نهاية العام المقبل']
    ],
    [
      'وقال [[PERSON:سامي الخطيب]] إن المشروع "نجاح" و"سيستمر حتى نهاية العام المقبل".',
      ['[سامي الخطيب | قال] سيستمر حتى نهاية العام المقبل']
    ],
    // (the second piece attributed by no cue: the first stays as it was)
    ['يعرض المهرجان "أفلاما قصيرة" و"عروضا مسرحية للأطفال كل مساء".', []]
  ],
  "a body's name in marks inside a title, then the person: the person speaks": [
    [
      'وقال الأمين العام لحزب "الأمة الجديدة" [[PERSON:خالد المنصور]] إن الحزب سيشارك في الانتخابات. وقال "لن نقاطع هذه المرة".',
      ['[خالد المنصور | قال] لن نقاطع هذه المرة']
    ],
    [
      'وأكد المدير التنفيذي لشركة «[[ORGANIZATION:النخبة للطيران]]» [[PERSON:سامر الحربي]] أن الرحلات ستبدأ قريبا، مضيفا: «نتوقع طلبا كبيرا».',
      ['[سامر الحربي | مضيفا] نتوقع طلبا كبيرا']
    ],
    // (a name in marks and no person after it: the body, as before)
    [
      'وقالت حركة "[[ORGANIZATION:شباب المستقبل]]" إن الحملة مستمرة. وقالت "لن نتوقف قبل تحقيق أهدافنا".',
      ['[شباب المستقبل | قالت] لن نتوقف قبل تحقيق أهدافنا']
    ]
  ],
  "the subject right after the verb that opens a participle's clause": [
    [
      'واحتفت [[LOCATION:كوريا الجنوبية]] بنجاح تجربتها الفضائية، واصفة إياها بأنها "خطوة تاريخية للبلاد".',
      ['[كوريا الجنوبية | واصفة] خطوة تاريخية للبلاد']
    ],
    [
      'وعارضت [[LOCATION:الأرجنتين]] بشدة نشر القوات في المنطقة، قائلة إنه "يهدد الاستقرار في القارة".',
      ['[الأرجنتين | قائلة] يهدد الاستقرار في القارة']
    ]
  ],
  "a participle's clause whose verb does not agree, or a place after a preposition: not the place": [
    // (a masculine participle after a feminine verb)
    [
      'واحتفت [[LOCATION:كوريا الجنوبية]] بنجاح تجربتها الفضائية، واصفا إياها بأنها "خطوة تاريخية للبلاد".',
      ['[null | واصفا] خطوة تاريخية للبلاد']
    ],
    // (a sentence inside quoted words: the speaker's own, not the place's)
    [
      'وقال [[PERSON:سامي الخطيب]] إن "الزيارة ناجحة جدا". واستقبلت [[LOCATION:الأرجنتين]] الوفد بحفاوة «كما توقعنا»، مضيفة أن "التعاون سيتوسع قريبا".',
      ['[سامي الخطيب | قال] الزيارة ناجحة جدا', '[سامي الخطيب | مضيفة] كما توقعنا', '[سامي الخطيب | مضيفة] التعاون سيتوسع قريبا']
    ],
    // (the place after a preposition is no subject)
    [
      'ووصل إلى [[LOCATION:الأردن]] وفد من المستثمرين، واصفا الزيارة بأنها "فرصة مهمة للتعاون".',
      ['[null | واصفا] فرصة مهمة للتعاون']
    ]
  ]
}

describeQuoteTables("session 24, second round: first pieces, bodies in titles, a participle's opening subject", tables)
