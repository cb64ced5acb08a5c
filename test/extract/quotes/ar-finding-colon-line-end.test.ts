import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Speech after a colon that ends its line (docs/history/quotes.md, "Thirty-first session (helper, Arabic finding)"):
 * a speech verb, its subject and a colon at the end of a paragraph (`يقول في قصيدته "…":`, `فقالت:`); the next
 * paragraph is the speech, up to the end of its sentence before a new attribution. Sentences and verses written for
 * these tests; `[[PERSON:text]]` marks become entities; paragraphs are lines. Each table has rows where the rule must
 * not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the next paragraph is the speech": [
    [
      'ويقول الشاعر [[PERSON:سالم المري]] في قصيدته "مدينتي":\nأمشي وحيدا في الزحام ولا أرى\nوجها يرد تحيتي بسلام',
      // (the second verse too since the thirty-seventh session: a poem's verse lines are one quote, ar-poems.test.ts)
      ["[سالم المري | يقول] أمشي وحيدا في الزحام ولا أرى\nوجها يرد تحيتي بسلام"]
    ],
    [
      'وقال [[PERSON:سامي الحداد]] في كلمته أمام الحضور:\nإن المشروع سيكتمل قبل نهاية العام. وشهد الحفل حضورا كبيرا.',
      ["[سامي الحداد | قال] إن المشروع سيكتمل قبل نهاية العام. وشهد الحفل حضورا كبيرا"]
    ],
    // must not fire: a byline, a list or a document's text announced, a line that opens with a number, with a verb of
    // its own, with marks (read as marks), a heading's colon
    ["كتب - سامي الحداد:\nيواجه الفريق الأول منافسه في المباراة المقبلة على ملعبه.", []],
    ['وأصدرت الوزارة بيانا جاء فيه ما يلي:\nتعلن الوزارة عن فتح باب التسجيل للطلاب.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الخطة تشمل ثلاثة محاور هي:\nتطوير الطرق وبناء المدارس والمستشفيات.', []],
    ['وقال [[PERSON:سامي الحداد]] إن ذلك يتطلب وسائل من أهمها:\nإيجاد وسيلة مثلى للحوار مع الأبناء في البيت.', []],
    ['وأوضح [[PERSON:سامي الحداد]] في حواره:\n* كيف تنظر إلى الموسم المقبل مع الفريق؟', []],
    ['وقال [[PERSON:سامي الحداد]] في كلمته:\n1 - تطوير الطرق في المنطقة الشرقية.', []],
    ['وسألني [[PERSON:سامي الحداد]] في المكتب:\nفقلت له إن الأمر لا يعنيني كثيرا.', []],
    ['وقال [[PERSON:سامي الحداد]] في كلمته:\nأولا: تطوير الطرق في المنطقة الشرقية.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الخطة ناجحة. وشهد الحفل حضورا كبيرا:\nأمشي وحيدا في الزحام ولا أرى', []]
  ]
}

describeQuoteTables("Arabic finding: speech after a colon that ends its line", tables)
