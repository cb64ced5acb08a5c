import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-ninth session's rules of helper arsubject (docs/history/quotes.md, "Forty-ninth session: arsubject") read
 * a bounded window however long the text: seven tokens of a body's name in marks after a verb, one or two words of a
 * channel after the subject, one title before marks.
 */
const cases: Record<string, (n: number) => string> = {
  "bodies' names in marks after verbs, never closed": (n) => "وأعلنت «هيئة الرقابة والتفتيش العامة والخاصة ".repeat(n) + "».",
  "channels after subjects, again and again": (n) => "وقال النادي بموقعه عبر حسابه في صفحته ".repeat(n) + "إن «اللاعب سيغيب عن التدريبات».",
  "titles before marks without end": (n) => "وقال بروفيسور \"سامي الهاشمي\" ".repeat(n) + "إن «الظاهرة نادرة جدا».",
}

linearQuoteCases("forty-ninth session, arsubject: subjects of speech verbs stay linear", cases, taggedBy([["سعد الغامدي", "PERSON"]]), 200)
