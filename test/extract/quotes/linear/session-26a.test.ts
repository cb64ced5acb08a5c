import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 26: a manner word is looked for only inside a subject phrase (twelve tokens at most), the person after an
 * official's `عن` only in the apposition's window, the words between two pieces in marks only up to three, and a verb
 * of describing reads only the two words before the marks, however long the text: many subjects with manner words, many
 * officials with عن, many pairs of marks with words between them, many verbs of describing.
 */
const cases: Record<string, (n: number) => string> = {
  "subjects with manner words without end": (n) =>
    'وقال المواطن ساخراً: «الخدمة سيئة» وأضاف أحد الحضور بصوت مرتفع بحزن بهدوء: «نريد حلولا» '.repeat(n),
  "officials with عن without end": (n) =>
    'وقال قائد الدوريات والمسؤول الأمني عن المعرض العقيد ماجد الحربي: «ضبطنا المخالفين» والمسؤول الإعلامي عن عن الحملة '.repeat(n),
  "pairs of marks with words between them without end": (n) =>
    'وقال سامي الراشد إن على الحكومة "مراجعة وتعديل" خططها المالية "بشكل جذري" قدراتها "تعزيز وتوسيع" '.repeat(n),
  "verbs of describing with بأنه and a noun before marks without end": (n) =>
    'ووصفه بأنه وزير "أفضل من سلفه" ووصفها بأنها خطة "غير واقعية" ووصفه بأنه «مقتضب» '.repeat(n)
}

linearQuoteCases("session 26 rules stay linear", cases, taggedBy([["سامي الراشد", "PERSON"], ["ماجد الحربي", "PERSON"]]), 500)
