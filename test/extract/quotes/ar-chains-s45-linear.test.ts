import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fifth session's chain rules (docs/history/quotes.md, "Forty-fifth session (helper, carry)") read a bounded
 * window at each cue or full stop however long the text: the phrase of the speech verb that opens a bare verb's
 * sentence, and a turn lead of two words between a verb after `أما` and its colon. Texts of many sentences that open
 * with a speech verb and no speech before a bare `وقال`, and of a colon quote run over many turns after `أما`.
 */
const cases: Record<string, (n: number) => string> = {
  "speech verbs with no speech, each before a bare verb and marks": (n) => "وأكد ناطق باسم النادي المحلي من جانبه هذا الخبر في حديث مع الوكالة وقال إن الاتفاق «ماض كما خطط له». ".repeat(n),
  "a colon quote over many turns after أما": (n) => "وقال سامي الحداد: " + "نشكر كل من ساهم في نجاح الموسم. أما المدير فقال من جانبه: ".repeat(n) + "إن التنظيم كان متميزا."
}

linearQuoteCases("forty-fifth session, Arabic speaker chains: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
