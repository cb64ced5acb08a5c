import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 23, fourth round: the complementizer of a far verb's clause is read within the cue window of the verb and
 * the marks within the reported window of it, and an outlet's name in marks after its noun within seven tokens,
 * however long the text: many far verbs with long phrases before their `إن`, and many outlets named in marks.
 */
const cases: Record<string, (n: number) => string> = {
  "far verbs with a phrase before the complementizer without end": (n) =>
    'وقال سامي الخطيب، في مؤتمر صحفي عقده في العاصمة مساء الأحد مع نظيره، إن المحادثات كانت "مثمرة وصريحة للغاية" '.repeat(n),
  "outlets named in marks without end": (n) => 'وبحسب وكالة "كيه سي إن ايه"، وقالت صحيفة "الفجر" "إن الوفد وصل اليوم" '.repeat(n)
}

linearQuoteCases("session 23 fourth-round rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"]]), 500)
