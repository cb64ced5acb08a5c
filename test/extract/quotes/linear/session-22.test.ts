import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 22: the rules of the session read bounded windows however long the text: a clause opener or a pronoun
 * where the subject would stand one word, a statement and the word after it two words and the statement's earlier
 * mention (a bounded look-back), the person after `المسؤول عن` the apposition's window and the name's own words, a
 * piece after و the two tokens before its mark.
 */
const cases: Record<string, (n: number) => string> = {
  "clause openers and pronouns after verbs without end": (n) => 'واضاف حسبما نقلت عنه الوكالة إن "الحوار هو الطريق الوحيد". وقال لهم صاحب المتجر: "البضاعة تصل متأخرة". يقول عنهم '.repeat(n),
  "statements and their nisba without end": (n) => 'وأصدرت وزارة الخارجية بيانا. وقال البيان دون أن يذكر تفاصيل إن "العمليات مستمرة". وأضاف البيان السعودي أن "المملكة ترفض". البيان '.repeat(n),
  "pieces in marks joined by و without end": (n) => 'وقال سامي الخطيب إنهم "يعطلون كل إصلاح" و"يخافون من التغيير"، و"لا يريدون أي حوار". و"'.repeat(n),
  "officials in charge without end": (n) => 'وقال المسؤول عن الإسعاف سامي الخطيب لـ«الوطن»: إن الفرق تعمل. وقال المسؤول عن حماية سامي الخطيب في القصر إن "الوضع هادئ". المسؤول عن '.repeat(n)
}

linearQuoteCases("session 22 rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"], ["وزارة الخارجية", "ORGANIZATION"]]), 500)
