import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import type { Entity } from "../../../src/schema/record.js"

/**
 * Speaker and quote errors found by reading real articles (docs/quotes.md, "Measured on real articles"), as
 * tables of sentences written for these tests in the style of the wires. Entities are given the way the
 * entity stage would tag them: `[[PERSON:text]]` / `[[ORGANIZATION:text]]` marks in the row are taken out
 * of the text and become entities (one id per distinct text).
 */
type Row = readonly [string, ReadonlyArray<string>]

const parse = (marked: string): { text: string; entities: Array<Entity> } => {
  const entities: Array<Entity> = []
  const ids = new Map<string, string>()
  let text = ""
  let i = 0
  while (i < marked.length) {
    const open = marked.indexOf("[[", i)
    if (open < 0) {
      text += marked.slice(i)
      break
    }
    text += marked.slice(i, open)
    const close = marked.indexOf("]]", open)
    const colon = marked.indexOf(":", open)
    const type = marked.slice(open + 2, colon) as Entity["type"]
    const name = marked.slice(colon + 1, close)
    const id = ids.get(name) ?? `e${ids.size + 1}`
    ids.set(name, id)
    entities.push({ text: name, type, canonical: name, entityId: id, role: null, confidence: 1, start: text.length, end: text.length + name.length })
    text += name
    i = close + 2
  }
  return { text, entities }
}

const show = (marked: string): Array<string> => {
  const { text, entities } = parse(marked)
  return extractQuotes(text, { entities }).map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)
}

const tables: Record<string, ReadonlyArray<Row>> = {
  "honorific pronouns (سموه, معاليه) take the person named before": [
    [
      "استقبل الأمير [[PERSON:فيصل بن سعد]] أمير المنطقة المهنئين بالعيد.\nوقال سموه: «أبواب الإمارة مفتوحة لكل مواطن».",
      ["[فيصل بن سعد | قال] أبواب الإمارة مفتوحة لكل مواطن"]
    ],
    [
      "التقى الوزير [[PERSON:خالد العمري]] بالمستثمرين.\nوأكد معاليه أن «الوزارة ستدعم المشاريع الصغيرة بكل قوة».",
      ["[خالد العمري | أكد] الوزارة ستدعم المشاريع الصغيرة بكل قوة"]
    ],
    // بقوله after the pronoun is no part of the speaker
    [
      "قال الأمير [[PERSON:فيصل بن سعد]] إن المنطقة آمنة.\nوأردف سموه بقوله: «رجال الأمن يعملون ليلا ونهارا».",
      ["[فيصل بن سعد | أردف] رجال الأمن يعملون ليلا ونهارا"]
    ],
    [
      "ألقى الشيخ [[PERSON:سعد العلي]] خطبة الجمعة.\nوقال سماحته: « الصدق أساس كل عمل صالح ».",
      ["[سعد العلي | قال] الصدق أساس كل عمل صالح"]
    ],
    // a preposition with a pronoun after the verb is no speaker (أصدرت الشركة بيانا قالت فيه: …)
    [
      "أصدرت [[ORGANIZATION:شركة الوادي]] بيانا قالت فيه: «الخسائر سببها تأخر المستحقات».",
      ["[شركة الوادي | قالت] الخسائر سببها تأخر المستحقات"]
    ],
    // a sentence that opens with a preposition: its person is no subject, the chain speaks
    [
      "قال الوزير [[PERSON:عمر الجاسم]] إن الخطة جاهزة.\nوفي كلمة أمام الرئيس [[PERSON:سامي نور]] قال: «سنبدأ التنفيذ في الربيع».",
      ["[عمر الجاسم | قال] سنبدأ التنفيذ في الربيع"]
    ],
    // no entity anywhere: the pronoun stays unresolved rather than guessed
    ["وقال سموه: «أبواب الإمارة مفتوحة لكل مواطن».", ["[null | قال] أبواب الإمارة مفتوحة لكل مواطن"]]
  ],
  "a named subject of any speech verb joins the chain (أعرب, بيّن, دعا)": [
    [
      "أعرب الشيخ [[PERSON:ناصر الفهد]] عن أمله في نجاح البطولة.\nوقال: إن الملاعب ستكون جاهزة قبل الموعد بوقت كاف.",
      ["[ناصر الفهد | قال] إن الملاعب ستكون جاهزة قبل الموعد بوقت كاف"]
    ],
    [
      "دعت الدكتورة [[PERSON:سلوى العلي]] إلى دعم الأسر المنتجة.\nوأضافت: «المشاريع المنزلية تحتاج إلى تمويل ميسر».",
      ["[سلوى العلي | أضافت] المشاريع المنزلية تحتاج إلى تمويل ميسر"]
    ]
  ],
  "a participle takes the subject of its own sentence": [
    [
      "وأكدت صحيفة [[ORGANIZATION:الأخبار اليومية]] أن الصفقة تأخرت.\nوكان [[PERSON:سامي ورد]] قد انتقد الإدارة الشهر الماضي، قائلا إنها «تتحمل جزءا كبيرا من الفشل».",
      ["[سامي ورد | قائلا] تتحمل جزءا كبيرا من الفشل"]
    ],
    // a speaker named earlier in the same sentence is the subject (the chain keeps it)
    [
      "وقال الوزير [[PERSON:عمر الجاسم]] إن الخطة جاهزة، مضيفا: «التنفيذ يبدأ في الربيع».",
      ["[عمر الجاسم | مضيفا] التنفيذ يبدأ في الربيع"]
    ]
  ],
  "after قد the subject stands before the verb": [
    [
      "وكان الرئيس [[PERSON:جمال سعيد]] قد انتقد الحكومة في خطاب أمس، وقال إن «الإصلاحات تأخرت كثيرا عن موعدها».",
      ["[جمال سعيد | قال] الإصلاحات تأخرت كثيرا عن موعدها"]
    ],
    [
      "وكانت [[ORGANIZATION:هيئة الطيران]] قد أعلنت في بيان: «الرحلات ستعود إلى طبيعتها خلال أسبوع».",
      ["[هيئة الطيران | أعلنت] الرحلات ستعود إلى طبيعتها خلال أسبوع"]
    ]
  ],
  "a person after a comma or an honorific in the clause is the speaker": [
    [
      "وقال الرئيس التنفيذي لشركة [[ORGANIZATION:نجمة]]، [[PERSON:مازن الخطيب]]: «حققنا أفضل نتائج في تاريخ الشركة».",
      ["[مازن الخطيب | قال] حققنا أفضل نتائج في تاريخ الشركة"]
    ],
    [
      "أوضح مدير فرع الزراعة في المنطقة المهندس [[PERSON:فهد السالم]] أن الزيارة مهمة.\nوقال: «سننظر في كل المطالب».",
      ["[فهد السالم | قال] سننظر في كل المطالب"]
    ],
    [
      "وأضاف المدير العام للشركة \"سياحة\" المهندس [[PERSON:صالح العمر]]: «العروض تستمر أربعين يوما».",
      ["[صالح العمر | أضاف] العروض تستمر أربعين يوما"]
    ],
    // a person after مع is another party, not the speaker
    [
      "وقال الوزير في اتصال مع نظيره [[PERSON:جون ميلر]]: «العلاقات بين البلدين قوية».",
      ["[الوزير | قال] العلاقات بين البلدين قوية"]
    ]
  ],
  "kinship before a name: the speaker is the relative": [
    [
      "وقال والد [[PERSON:أحمد سعيد]] للصحفيين: «ابني لم يرتكب أي خطأ».",
      ["[والد أحمد سعيد | قال] ابني لم يرتكب أي خطأ"]
    ],
    [
      "وقالت محامية [[PERSON:ريم حداد]] إن «موكلتي ستستأنف الحكم فورا».",
      ["[محامية ريم حداد | قالت] موكلتي ستستأنف الحكم فورا"]
    ]
  ],
  "names and titles in marks are not speech": [
    ["وأشار في حديث لصحيفة «أخبار المدينة الكبرى» إلى أن المشروع تأخر.", []],
    ["ويضم التقرير فصلا جديدا بعنوان \"الطريق نحو مدن بلا انبعاثات\" يشرح الخطة.", []],
    ["وأوضح المنظم أن الحفل يتضمن أوبريت \"حكاية البحر.. وقصة الجبل\" من كلمات الشاعر.", []],
    ["وقالت الصحيفة نقلا عن \"مسؤول حكومي رفيع المستوى\" إن القرار نهائي.", []],
    // speech right after the verb and its speaker, without a colon, is still speech
    ["وقال رئيس البلدية \"سنفتتح الحديقة الجديدة في الصيف\".", ["[رئيس البلدية | قال] سنفتتح الحديقة الجديدة في الصيف"]],
    ["وقال الإعلام الرسمي إن المناورات تعد \"تهديدا خطيرا للسلم في المنطقة\".", ["[الإعلام الرسمي | قال] تهديدا خطيرا للسلم في المنطقة"]]
  ],
  "a verb inside quoted words attributes nothing": [
    [
      "وقال المدرب [[PERSON:كريم حسن]]: «كان اللاعب يقول دائما إنه سيصبح الأفضل».\nوأضاف: «لقد وفى بوعده هذا الموسم».",
      ["[كريم حسن | قال] كان اللاعب يقول دائما إنه سيصبح الأفضل", "[كريم حسن | أضاف] لقد وفى بوعده هذا الموسم"]
    ]
  ],
  "a speaker named in quotation marks": [
    [
      'وقال "سامر" شقيق الضحية: "خرج والدي إلى المسجد كعادته ولم يعد".\nوتساءل "سامر": "من يعيد لنا حقنا بعد اليوم؟"',
      ["[سامر | قال] خرج والدي إلى المسجد كعادته ولم يعد", "[سامر | تساءل] من يعيد لنا حقنا بعد اليوم؟"]
    ],
    [
      'وقال "كيم سونغ هو"، الذي يعتقد أنه مسؤول رفيع: "نحن مستعدون للرد على أي هجوم".',
      ["[كيم سونغ هو | قال] نحن مستعدون للرد على أي هجوم"]
    ],
    [
      'وأعلنت جماعة "أنصار الفجر"، في حساب باسمها، أن الهجمات "أسفرت عن مقتل عشرة من الجنود".',
      ['[جماعة "أنصار الفجر" | أعلنت] أسفرت عن مقتل عشرة من الجنود']
    ],
    [
      'وقالت جماعة "ولاية [[LOCATION:الساحل]]" في بيان: "نفذنا الهجوم فجر اليوم".',
      ['[جماعة "ولاية الساحل" | قالت] نفذنا الهجوم فجر اليوم']
    ],
    // four words in marks right after the speaker are speech, not a name
    ['وقال رئيس البلدية "سنفتتح الحديقة في الصيف" خلال الحفل.', ["[رئيس البلدية | قال] سنفتتح الحديقة في الصيف"]]
  ],
  "a colon after a name in marks": [
    [
      "وقالت في تصريح صحافي مساء الأحد خصت «المدينة» بنسخة منه: الخطة تحتاج إلى موافقة المجلس أولا.",
      ["[null | قالت] الخطة تحتاج إلى موافقة المجلس أولا"]
    ]
  ]
}

describe("quotes: errors found on real articles", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }

  it("spans still map back to the text", () => {
    for (const rows of Object.values(tables))
      for (const [marked] of rows) {
        const { text, entities } = parse(marked)
        for (const q of extractQuotes(text, { entities })) expect(text.slice(q.start, q.end)).toBe(q.text)
      }
  })
})
