import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 24 (lead; docs/history/quotes.md, "Twenty-fourth session: two fresh samples (A35, A36) and the lead's
 * mends"): a noun of kin or representation written
 * with the pronoun's `ه` (`محاميه`, `شقيقه`, `ابنه`), which folds as the feminine `ة` does, owns no name after it: the
 * name is his lawyer's, brother's or son's own, and the speaker; a manner word after the verb (`بتردد`, `بحذر`) names
 * nobody; `التالي` after a verb is its object. Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a possessor noun with the pronoun ه before a name: the name speaks": [
    [
      'وقال محاميه [[PERSON:سامر العلي]] في بيان إن موكله "لم يرتكب أي مخالفة للقانون".',
      ['[سامر العلي | قال] لم يرتكب أي مخالفة للقانون']
    ],
    [
      'وأكد شقيقه [[PERSON:ماجد الحربي]] أن العائلة "لم تتلق أي اتصال رسمي حتى الآن".',
      ['[ماجد الحربي | أكد] لم تتلق أي اتصال رسمي حتى الآن']
    ],
    // the feminine ة and a construct with a noun: the phrase is the relative's, not the person's it names
    [
      'وقالت محامية [[PERSON:سامر العلي]] في بيان إن موكلها "لم يرتكب أي مخالفة للقانون".',
      ['[محامية سامر العلي | قالت] لم يرتكب أي مخالفة للقانون']
    ],
    [
      'وقال والد الطالب [[PERSON:ماجد الحربي]] إن ابنه "كان يستعد لامتحاناته الأخيرة".',
      ['[والد الطالب ماجد الحربي | قال] كان يستعد لامتحاناته الأخيرة']
    ]
  ],
  "a manner word after the verb, and التالي as its object": [
    [
      'وتحدث [[PERSON:ماجد الحربي]] عن الخطة طويلا. ويقول بتردد، وهو ينظر إلى الأوراق: "لا أعرف إن كانت ستنجح".',
      ['[ماجد الحربي | يقول] لا أعرف إن كانت ستنجح']
    ],
    [
      'وقال [[ORGANIZATION:مجلس الأمناء]] في رسالة إلى الأعضاء إن النظام سيتغير. وذكر التالي: "سيبدأ العمل بالنظام الجديد مطلع العام".',
      ['[مجلس الأمناء | ذكر] سيبدأ العمل بالنظام الجديد مطلع العام']
    ]
  ]
}

describeQuoteTables("quotes: the session 24 lead's speaker mends", tables)
