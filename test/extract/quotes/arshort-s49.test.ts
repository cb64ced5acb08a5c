import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Short quotes in marks inside attributed indirect speech (docs/history/quotes.md, "Forty-ninth session: arshort"):
 * marks right before `وذلك في` and a noun of a speech are the words of the sentence's subject (speechOccasionAfter,
 * markSubject); marks in the clause of a verb of acknowledging (`أقر X أن/بأن …`) with a named subject are that
 * subject's (acknowledgedBefore).
 * Sentences written for these tests in the style of a wire; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "marks before وذلك في and a noun of a speech": [
    ['جدد رئيس الوزراء [[PERSON:كمال يوسف]] دعوته للبرلمان، أمس، لإقرار الموازنة، باعتبارها «الطريق الوحيد لإنقاذ الاقتصاد الوطني»، وذلك في كلمة ألقاها أمام النقابات.', ["[كمال يوسف | null] الطريق الوحيد لإنقاذ الاقتصاد الوطني"]],
    ['ودافعت [[PERSON:ليلى حسن]] عن الخطة الجديدة لأنها «تحمي الفئات الضعيفة»، وذلك خلال مقابلتها مع التلفزيون الرسمي.', ["[ليلى حسن | null] تحمي الفئات الضعيفة"]]
  ],
  "marks in the clause of a verb of acknowledging": [
    ['وأقر [[PERSON:سامي الحداد]] بأن جزءا من الأموال المحولة إلى الخارج قد يستخدم لتمويل «شبكات تهريب».', ["[سامي الحداد | أقر] شبكات تهريب"]],
    ['وأقرت وزيرة المالية [[PERSON:ليلى حسن]] مساء الأحد أن الحكومة «لم تعد قادرة على دفع الرواتب كاملة».', ["[ليلى حسن | أقرت] لم تعد قادرة على دفع الرواتب كاملة"]]
  ],
  "must not change: a law passed, a name in marks, one word, an occasion with no speech": [
    ['وأقر [[ORGANIZATION:مجلس الوزراء]] نظام «الهيئة العامة للنقل البري» في جلسته الأسبوعية.', []],
    ['وأقر [[PERSON:سامي الحداد]] بأن الشركة خسرت صفقة «بوينغ».', []],
    ['وأقر [[PERSON:سامي الحداد]] بأن الحكومة ارتكبت «أخطاء» في إدارة الأزمة.', []],
    ['وزار [[PERSON:كمال يوسف]] مقر «الهيئة العامة للسياحة والآثار»، وذلك في إطار جولته على الدوائر الحكومية.', []],
    ['وافتتح [[PERSON:كمال يوسف]] معرض «الكتاب العربي»، وذلك في حفل أقيم بالمناسبة.', []],
    ['ودافعت [[PERSON:ليلى حسن]] عن الخطة الجديدة لأنها «تحمي الفئات الضعيفة» من الغلاء.', []]
  ]
}

describeQuoteTables("Arabic: short quotes in attributed indirect speech (forty-ninth session, arshort)", tables)
