import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * `possessedRoleBefore` after the fifty-third session's speed change (docs/history/quotes.md, "Fifty-third session:
 * the merge"): the role's noun written before with a one-letter proclitic and the three-letter possessive `هما`
 * (`بمحاميهما`, four letters more than the stem) still names the person the role stands for, as the search through
 * the word did before. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become
 * entities.
 */

const W = {
  court: "سنطعن في الحكم أمام محكمة الاستئناف خلال الأيام المقبلة",
  bail: "طلبنا الإفراج عن الموكلين بكفالة ريثما تنظر المحكمة في القضية"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a role's noun with a proclitic and a possessive of one to three letters before the role": [
    [`واتصلت الوكالة بمحاميهما [[PERSON:كريم يوسف]] صباح اليوم. وقال المحامي: «${W.court}».`, [`[كريم يوسف | قال] ${W.court}`]],
    [`واتصلت الوكالة بمحاميه [[PERSON:كريم يوسف]] صباح اليوم. وقال المحامي: «${W.bail}».`, [`[كريم يوسف | قال] ${W.bail}`]],
    [`وذكر محاميهما [[PERSON:كريم يوسف]] أن الجلسة تأجلت. وقال المحامي: «${W.bail}».`, [`[كريم يوسف | قال] ${W.bail}`]]
  ]
}

describeQuoteTables("fifty-third session, a possessed role's noun with a proclitic and هما", tables)
