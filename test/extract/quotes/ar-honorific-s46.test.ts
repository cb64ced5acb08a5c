import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * `سيدنا` among the titles (docs/history/quotes.md, "Forty-sixth session: three fresh samples at the start"): after a
 * verb and its pronoun object (`قال عنه`), only a name, a title or a definite word is read as the subject; `سيدنا`
 * before the name of a prophet or a caliph is such a title, so the saying is his, not the columnist's quoted before.
 * Sentences written for these tests in the style of a column; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a name after `سيدنا` past the verb's pronoun object": [
    ['وكان [[PERSON:سعد الماجد]] يقول: «الشعر سجل الأيام». وقد قال عنه سيدنا [[PERSON:عمر بن الخطاب]] رضي الله عنه: «تعلموا الشعر فإن فيه حكمة». وقال: «كان الشعر علم قوم لم يكن لهم علم أصح منه».', ["[سعد الماجد | يقول] الشعر سجل الأيام", "[عمر بن الخطاب | قال] تعلموا الشعر فإن فيه حكمة", "[عمر بن الخطاب | قال] كان الشعر علم قوم لم يكن لهم علم أصح منه"]]
  ],
  "must not fire: no name after the pronoun object": [
    ['وكان [[PERSON:سعد الماجد]] يقول: «الشعر سجل الأيام». وقال عنه في لقاء قديم: «إنه أصدق ما كتبت العرب».', ["[سعد الماجد | يقول] الشعر سجل الأيام", "[سعد الماجد | قال] إنه أصدق ما كتبت العرب"]]
  ]
}

describeQuoteTables("Arabic: `سيدنا` before a name (forty-sixth session)", tables)
