import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Session 19, second round (docs/history/quotes.md, "Nineteenth session, second round"): two words in marks that end the clause
 * a speech verb reports after its complementizer are the speaker's words when they read as no name (no article, no
 * name noun before them, not in a list of marks). Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "two words in marks at the end of the clause a speech verb reports are speech": [
    [
      'وقال الوزير [[PERSON:خالد السالم]] إن أمن المسافرين "أولوية قصوى".',
      ["[خالد السالم | قال] أولوية قصوى"]
    ],
    [
      'وأكد الوزير [[PERSON:سامي الخطيب]] أن الجيش «سيرد فورا»، مشيرا إلى أن القوات في حالة تأهب.',
      ["[سامي الخطيب | أكد] سيرد فورا"]
    ],
    [
      'وقال الرئيس [[PERSON:فهد العتيبي]] إن التحقيق "مطاردة ساحرات"، مضيفا أن الاتهامات "بلا أساس".',
      ["[فهد العتيبي | قال] مطاردة ساحرات", "[فهد العتيبي | مضيفا] بلا أساس"]
    ],
    [
      'وقالت الوزيرة [[PERSON:هالة سعيد]] إن الحوار مع المعارضة يجب أن يكون "هادفا وجادا".',
      ["[هالة سعيد | قالت] هادفا وجادا"]
    ]
  ],
  "names and terms in two marked words stay out": [
    // a name noun before the marks, with or without a clitic
    [
      'وقال الوزير [[PERSON:خالد السالم]] إن تنظيم "الدولة الإسلامية" يتراجع في المنطقة.',
      []
    ],
    [
      'وقال الوزير [[PERSON:خالد السالم]] إن المسلحين انسحبوا من مواقع قوات "فجر جديد".',
      []
    ],
    [
      'وقال الوزير [[PERSON:خالد السالم]] إن المقاتلين انضموا إلى صفوف جماعة «رايات سود».',
      []
    ],
    // a word with the article: names are mostly definite
    [
      'وقال المتحدث [[PERSON:تركي المالكي]] إن "عاصفة الحزم" حققت أهدافها.',
      []
    ],
    [
      'وقال المدير [[PERSON:محمد العلي]] إن المشروع جزء من مبادرة "نماء المدينة".',
      []
    ],
    // a Latin word or a number in them
    [
      'وقال المدير [[PERSON:محمد العلي]] إن المستشفى يعتمد نظام "Six Sigma".',
      []
    ],
    [
      'وقال المدير [[PERSON:محمد العلي]] إن الخطة جزء من "رؤية 2030".',
      []
    ],
    // after `مع` or `داخل`: a partner or a place
    [
      'وقال المدير [[PERSON:محمد العلي]] إن الهيئة وقعت مذكرة تفاهم مع "مجموعة جبال".',
      []
    ],
    // a list of marks
    [
      'وقال المتحدث [[PERSON:خالد السالم]] إن الرحلات تسيرها شركات مثل "طيران ناس"، "فلاي دبي"، و"طيران الخليج".',
      []
    ],
    // the clause runs on after the marks: mostly a name (`«سوبر ماريو» مع الفريق`)
    [
      'وقال المدير [[PERSON:محمد العلي]] إن "نرسم بسمتهم" تعد مبادرة تطوعية.',
      []
    ],
    [
      'وقال المدير [[PERSON:محمد العلي]] إن المشروع "ميلاد جديد" للمدينة.',
      []
    ],
    // right after a bare complementizer (the clause's subject), or after one and a preposition with its pronoun
    [
      'وقال المدير [[PERSON:محمد العلي]] إن "عرب نيوز" تلعب دورا مهما.',
      []
    ],
    [
      'وقال الوزير [[PERSON:خالد السالم]] إن الشركات عادت إلى السوق، وإن منها "إكسون موبيل".',
      []
    ],
    // no complementizer: two words after the verb and its subject are no speech
    [
      'وقال الوزير [[PERSON:خالد السالم]] في "مؤتمر صحفي".',
      []
    ]
  ]
}

describeQuoteTables("quotes: session 19, second round", tables)
