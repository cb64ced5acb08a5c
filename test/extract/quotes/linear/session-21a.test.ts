import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 21: the rules of the session read bounded windows however long the text: a subjectless answer looks back at
 * most forty tokens for a passive of asking, "the same source" reads the last eight speakers, a name before `يقول`
 * three words, a verb after `هكذا` its own phrase, a person after `باسم` the phrase's entities.
 */
const cases: Record<string, (n: number) => string> = {
  "passives of asking and answers without end": (n) => 'وسئل سامي الخطيب عما إذا كان الأمر صحيحا، فأجاب بأنه "لا يعرف شيئا عن ذلك". سئل عن '.repeat(n),
  "the same source without end": (n) => 'وقال مصدر أمني إن "الوضع هادئ في المدينة". وأضاف المصدر نفسه أن "الطرق مفتوحة". وأضافت المصادر ذاتها '.repeat(n),
  "names before a present verb and quotes before هكذا without end": (n) => 'ناصر الدوسري يقول: لم أجد أي لوحة. "لا يمكن أن نترك الطلاب دون معلمين"، هكذا يبرر المدير قراره. '.repeat(n),
  "spokesmen and particles without end": (n) => 'وقالت المتحدثة باسم هالة سعيد سامي الخطيب إن "الوزيرة لن تعلق". وأضاف بأن «الأمر انتهى تماما»، مبينا '.repeat(n)
}

linearQuoteCases("session 21 rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"], ["هالة سعيد", "PERSON"], ["بأن", "ORGANIZATION"]]), 2000)
