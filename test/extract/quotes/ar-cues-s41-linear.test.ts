import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-first session's cues (docs/history/quotes.md, "Forty-first session (helper, cues)") read a bounded window
 * at each verb however long the text: a verb that is also a noun looks back at most six words for `كان` or `لكن` and
 * forward at most three words for a complementizer; a verb of replying reads its subject phrase of at most four words.
 * Texts with no full stop and no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs that are also nouns after كان and a subject, no full stop": (n) => "وكان سامي الحداد ذكر أن «الحريق لم يسفر عن إصابات» و".repeat(n),
  "many words after كان and no verb, no full stop": (n) => "وكان " + "المدير الجديد ".repeat(n) + "ذكر أن «الحريق لم يسفر عن إصابات»",
  "verbs that are also nouns with no complementizer after them": (n) => "لكن الوزير يرى الأمور ".repeat(n),
"القول after في before a complementizer, no full stop": (n) => "لا يجد حرجا في القول إن الأدلة «قد تقود قريبا إلى الجناة» و".repeat(n),
  "verbs of replying before marks, no full stop": (n) => "وقد رد ابن الرئيس \"إذا كان العرض جديا فأنا مهتم به\"، ".repeat(n)
}

linearQuoteCases("forty-first session, Arabic cues: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
