import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic documents whose issuer the text names (docs/history/quotes.md, "Thirty-fifth session, second round (helper,
 * roles and documents)"): a statement mentioned after a verb of speech and `في` alone (`وقال في بيان`), its subject
 * unnamed, was issued by the speaker that verb went on with; a definite report followed by `الذي أصدرته`, a noun in
 * construct, a definite word and an opening mark is the organisation named after the mark.
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const LINE = "يرتفع عدد السكان إلى سبعة وخمسين مليون نسمة."
const GROWTH = "النمو السكاني يسهم في ارتفاع الطلب على المساكن"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a statement mentioned after `وقال في`, its subject unnamed": [
    [`وانتقد السيناتور [[PERSON:سامر الحلبي]] القرار. وقال في بيان مشترك مع زميلته "ليس هذا هو التغيير الموعود".\nوأضاف البيان "هذا اختيار يرضي المصارف الكبرى".`, ["[سامر الحلبي | قال] ليس هذا هو التغيير الموعود", "[سامر الحلبي | أضاف] هذا اختيار يرضي المصارف الكبرى"]],
    // must stay: a subject named in the sentence (the body, not the person before), and a verb that is no verb of speech
    [`وانتقد السيناتور [[PERSON:سامر الحلبي]] القرار. وقالت [[ORGANIZATION:لجنة المالية]] في بيان "ليس هذا هو التغيير الموعود".\nوأضاف البيان "هذا اختيار يرضي المصارف الكبرى".`, ["[لجنة المالية | قالت] ليس هذا هو التغيير الموعود", "[لجنة المالية | أضاف] هذا اختيار يرضي المصارف الكبرى"]],
    [`وانتقد السيناتور [[PERSON:سامر الحلبي]] القرار. ونشر في موقع الحزب بيانا عن الميزانية.\nوأضاف البيان "هذا اختيار يرضي المصارف الكبرى".`, ["[البيان | أضاف] هذا اختيار يرضي المصارف الكبرى"]]
  ],
  "a definite report, `الذي أصدرته`, a noun in construct and the organisation after a mark": [
    [`${LINE}\nوأشار التقرير الذي أصدرته شركة الأبحاث «[[ORGANIZATION:الفا للاستثمار]]» إلى أن «${GROWTH}».`, [`[الفا للاستثمار | أشار] ${GROWTH}`]],
    [`${LINE}\nوأشار التقرير الذي أعدته [[ORGANIZATION:الفا للاستثمار]] إلى أن «${GROWTH}».`, [`[الفا للاستثمار | أشار] ${GROWTH}`]],
    // must stay: no mark before the name, and a person after the mark
    [`${LINE}\nوأشار التقرير الذي أصدرته شركة الأبحاث في العاصمة إلى أن «${GROWTH}».`, [`[التقرير | أشار] ${GROWTH}`]],
    [`${LINE}\nوأشار التقرير الذي أصدرته شركة الأبحاث «[[PERSON:سامر الحلبي]]» إلى أن «${GROWTH}».`, [`[التقرير | أشار] ${GROWTH}`]]
  ]
}

describeQuoteTables("Arabic document issuers (thirty-fifth session, second round)", tables)
