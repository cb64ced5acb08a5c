import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-second session's plural voices (docs/history/quotes.md, "Forty-second session: two fresh samples at the
 * start (A80, A81)") read a bounded window: at most twenty-four tokens back from a plural verb to its clause's start,
 * a subject's phrase of six words, `عن` within eight words of `عبر`, the sentence before once. Texts with no full stop:
 * many plural verbs after plural nouns, many verbs of expressing before plural nouns, many coordinated plural nouns.
 */
const cases: Record<string, (n: number) => string> = {
  "plural nouns before present verbs, no full stop": (n) => "لكن المدافعين عن حقوق المستهلكين يقولون \"الأسعار لن تستقر\" و".repeat(n),
  "verbs of expressing before plural nouns, no full stop": (n) => "وعبر عدد من أهالي القرية عن سعادتهم وقالوا \"هذا يوم ننتظره\" و".repeat(n),
  "coordinated plural nouns with no verb, no full stop": (n) => "علماء وأعيان وأهالي ".repeat(n) + "يقولون: إن المحصول جيد",
  "attributions to unnamed sources between sentences": (n) => "وسيزور الوزير البلاد، كما قال مسؤول الجمعة. واضاف \"ليس هناك ما يلزمه\". ".repeat(n),
  "outlets' nouns and names after a subject, no full stop": (n) => "وقال هيل لراديو بي بي سي 4 لبرنامج توداي ".repeat(n) + "إن القضية \"مشكلة أجيال\"",
  "plural participles after a person, no full stop": (n) => "ويحمل مشجعو النادي سامر الخطيب المسؤولية مؤكدين أنه \"لم يعد قادرا\" ".repeat(n)
}

linearQuoteCases("forty-second session, Arabic plural voices: the rule stays linear", cases, taggedBy([["سامر الخطيب", "PERSON"]]), 200)
