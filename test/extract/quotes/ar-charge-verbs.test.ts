import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Session 23, third round (docs/history/quotes.md, "Twenty-third session, third round (helper)"): verbs that are no speech
 * verbs yet introduce their subject's words in marks after ب, على or إلى (`هدد`, `توعد`, `اتهم`, `وعد`, `أشاد`,
 * `أثنى`, `دعا`, `طالب`, past and present; `chargeVerbs` in src/lexicons/quotes/ar.json): with a named subject after the verb, two
 * words or more in marks right after that preposition are the subject's words. Sentences written for these tests in
 * the style of the wires; `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "marks after ب, على or إلى after a verb of threatening, praising, accusing, promising or calling": [
    [
      'وهدد الرئيس [[PERSON:فارس الكعبي]] خصومه بـ"رد قاس" إذا استمرت الاحتجاجات.',
      ['[فارس الكعبي | هدد] رد قاس']
    ],
    [
      'وأثنت الوزيرة [[PERSON:نورة العتيبي]] على "الروح العالية" للفريق بعد الفوز.',
      ['[نورة العتيبي | أثنت] الروح العالية']
    ],
    [
      'واتهم المعارض [[PERSON:وليد الشمري]] الحكومة بـ"التقصير الواضح" في إدارة الأزمة.',
      ['[وليد الشمري | اتهم] التقصير الواضح']
    ],
    [
      'ومن جهة أخرى، اتهم الرئيس [[PERSON:فارس الكعبي]] أمس الجارة الشمالية بـ"إرسال رسائل عدائية".',
      ['[فارس الكعبي | اتهم] إرسال رسائل عدائية']
    ],
    [
      'ويتهم [[PERSON:وليد الشمري]] رئيس الوزراء بالعمل على "تعطيل الحوار" منذ شهور.',
      ['[وليد الشمري | يتهم] تعطيل الحوار']
    ],
    [
      'ودعا [[PERSON:وليد الشمري]] الأطراف كافة إلى "حوار شامل لا يستثني أحدا" قبل نهاية العام.',
      ['[وليد الشمري | دعا] حوار شامل لا يستثني أحدا']
    ]
  ],
  "no named subject, or the marks not right after the preposition: no quote": [
    [
      'وهدد بـ"رد قاس" إذا استمرت الاحتجاجات.',
      []
    ],
    [
      'وأشاد [[PERSON:فارس الكعبي]] بنجاح برنامج "رواد المستقبل" في المدارس.',
      []
    ],
    // (a verb of promising inside the clause of a speech verb is no cue: the speech verb keeps its quotes)
    [
      'وقال قائد الشرطة [[PERSON:كارل نيلسن]] إنه سيعمل على "بناء الثقة مع سكان الأحياء" ووعد بتعيين موظفين "يحظون باحترام الجميع في المدينة".',
      ['[كارل نيلسن | قال] بناء الثقة مع سكان الأحياء', '[كارل نيلسن | قال] يحظون باحترام الجميع في المدينة']
    ],
    // (a bare form after a comma is no verb: وعدّوا, "they counted")
    [
      'وتقدم عدد من المثقفين في المحافظة بمقترحات، وعدوا بـ"سوق الكتاب" من أبرزها.',
      []
    ]
  ]
}

describeQuoteTables("session 23 third round: marks after verbs of threatening, praising and calling", tables)
