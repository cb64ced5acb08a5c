import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * Arabic speakers (docs/history/quotes.md, "Thirty-first session (helper, Arabic speakers)"): the rules read a bounded
 * window at each cue however long the text: many speech verbs inside reported speech, many clans before their holders,
 * many roles with a nisba after many mentions of the person quoted last, many merged surnames after `أما`.
 */
const cases: Record<string, (n: number) => string> = {
  "nested reported speech without end": (n) => "وقال سامي الحداد إن خالد عمر كرر القول إنه «سنواصل العمل حتى النهاية». ".repeat(n),
  "objects of a speech verb inside reported speech without end": (n) => "وقالت السفيرة إن مجلس الأمن شدد عقوباته «إلى مستوى جديد». ".repeat(n),
  "clans before their holders without end": (n) => "من جهته أوضح نائب عشيرة آل سالم في قرى مركز «الوادي» حسن فايز، أن «الطريق قديم جدا». ".repeat(n),
  "roles with a nisba after many mentions without end": (n) =>
    "ويؤكد سامي الحداد، أمين سر المجلس الأعلى للحراك الجنوبي، أنه «لا عودة إلى الوراء». ".repeat(n) + "ويؤكد القيادي الجنوبي أن «قيام كيان متكامل ممكن». ".repeat(n),
  "merged surnames after أما without end": (n) => "أما هيتاش ياداف، المختص في التسيير، فقال «لم أتفاجأ بالفيديو أبدا». ".repeat(n)
}

linearQuoteCases(
  "thirty-first session, Arabic speakers: the rules stay linear",
  cases,
  taggedBy([
    ["سامي الحداد", "PERSON"],
    ["خالد عمر", "PERSON"],
    ["مجلس الأمن", "ORGANIZATION"],
    ["آل سالم", "PERSON"],
    ["حسن فايز", "PERSON"],
    ["ياداف", "PERSON"]
  ]),
  200
)
