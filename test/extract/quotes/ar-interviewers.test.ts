import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Session 21, third round (docs/history/quotes.md, "Twenty-first session, third round (helper)"): the person named in the
 * relative clause of an interview or a call (`أجراها معه في عمان X`, `أجرته معه الصحفية X`) is the interviewer and
 * never the speaker — not as the first person a subjectless verb falls back on, not as a person in an apposition,
 * not as the one person of a participle's clause. Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the interviewer is no speaker": [
    // the one interviewed was never tagged: the interviewer, the first person of the text, is not fallen back on
    [
      'وفي الشهر الماضي، انشق مسؤول بارز عن الحزب الحاكم. وقال في مقابلة مطولة مع الإذاعة أجراها معه في عمان [[PERSON:مراد القيسي]] إنه يخشى على أسرته.\n\nوأضاف "أنا متأكد أن أقاربي يدفعون الثمن الآن، وهذا يؤلمني كثيرا".\n\nويقول "لا أريد حتى أن أفكر في ما قد يحدث لهم بعد اليوم".',
      ['[null | أضاف] أنا متأكد أن أقاربي يدفعون الثمن الآن، وهذا يؤلمني كثيرا', '[null | يقول] لا أريد حتى أن أفكر في ما قد يحدث لهم بعد اليوم']
    ],
    [
      'وقالت في حوار أجرته معها الصحفية [[PERSON:هالة سعيد]] في القاهرة إنها لن تعود إلى التمثيل.\n\nوأضافت "قررت أن أبتعد عن الأضواء لأعتني بأسرتي الصغيرة".',
      ['[null | أضافت] قررت أن أبتعد عن الأضواء لأعتني بأسرتي الصغيرة']
    ]
  ],
  "the one interviewed, when named, speaks as before": [
    [
      'وقال [[PERSON:سامي الخطيب]] في مقابلة أجرتها معه الصحفية [[PERSON:هالة سعيد]] إن "الحكومة ستعلن خطتها الاقتصادية الشهر المقبل".\n\nوأضاف "لن نرفع الضرائب على الأسر هذا العام".',
      ['[سامي الخطيب | قال] الحكومة ستعلن خطتها الاقتصادية الشهر المقبل', '[سامي الخطيب | أضاف] لن نرفع الضرائب على الأسر هذا العام']
    ],
    // a person named after a comma, not after `أجراها معه`, is still the speaker's apposition
    [
      'وقال المدير التنفيذي للشركة، [[PERSON:فهد العتيبي]]، في اتصال هاتفي أجرته معه الصحيفة إن "المبيعات ارتفعت بنسبة كبيرة هذا العام".',
      ['[فهد العتيبي | قال] المبيعات ارتفعت بنسبة كبيرة هذا العام']
    ]
  ]
}

describeQuoteTables("session 21, third round: the interviewer", tables)
