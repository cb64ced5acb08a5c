import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 23, second round: the rules for two or three words in marks in a reported clause read the words of the
 * marks and the token after them, however long the text: many short marks after one verb and its complementizer, and
 * marks with long runs of punctuation between two words.
 */
const cases: Record<string, (n: number) => string> = {
  "short marks in one reported clause without end": (n) => 'وقال سامي الخطيب إن الأمر سيتطلب "تراجعا كبيرا" في الأسعار و"شديد اللهجة" لدى "على وشك" أن "مزعج للغاية" '.repeat(n),
  "short marks with punctuation inside without end": (n) => 'وقالت وزارة الخارجية إنها تقدمت باحتجاج "شديد ،،، ،،، ،،، اللهجة" في "لا ... يمكن ... قبولها" '.repeat(n)
}

linearQuoteCases("session 23 second-round rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"], ["وزارة الخارجية", "ORGANIZATION"]]), 500)
