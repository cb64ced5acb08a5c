import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The present forms of اعتبر among the verbs of describing whose first noun is mostly the object (`objectVerbs`:
 * `يعتبر`, `تعتبر`, `يعتبرون`; docs/history/quotes.md, "Forty-seventh session: three fresh samples at the start"):
 * `قال إنه ما زال يعتبر الأمر “…”` gives the words to the one who spoke, not to `الأمر`. As for the past forms, only
 * where someone spoke in the sentence or the one before, and only for one definite word that names nobody.
 * Sentences written for these tests in the style of a wire; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "one definite word after a present form of اعتبر, after a speaker": [
    ['وقال الوزير [[PERSON:سامي الحداد]] في بيان إن الحادث خطير. ولكنه قال إنه يعتبر الأمر “مرفوضا تماما ومخالفا للأنظمة” بمقتضى القانون.', ["[سامي الحداد | يعتبر] مرفوضا تماما ومخالفا للأنظمة"]],
    ['وقالت المتحدثة [[PERSON:ليلى حسن]] إن الوزارة تتابع الملف. وأضافت أنها ما زالت تعتبر القرار “خطوة متسرعة لا تخدم أحدا”.', ["[ليلى حسن | تعتبر] خطوة متسرعة لا تخدم أحدا"]]
  ],
  "must not change: no one spoke before, or a name after the verb": [
    ['افتتحت البلدية أمس الجسر الجديد. ويعتبر المشروع “الأكبر من نوعه في المنطقة كلها منذ عقود”.', ["[المشروع | يعتبر] الأكبر من نوعه في المنطقة كلها منذ عقود"]],
    ['وقال الوزير [[PERSON:سامي الحداد]] في بيان إن الحادث خطير. ويعتبر [[PERSON:خالد منصور]] القرار “مرفوضا تماما ومخالفا للأنظمة” بمقتضى القانون.', ["[خالد منصور | يعتبر] مرفوضا تماما ومخالفا للأنظمة"]]
  ]
}

describeQuoteTables("Arabic: present forms of اعتبر before their object (forty-seventh session)", tables)
