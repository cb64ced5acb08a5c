import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-ninth session's rules (docs/history/quotes.md, "Fifty-ninth session: arquote10") read a bounded window at
 * each cue however long the text: the word after a relative pronoun, three tokens after a verb of praising, the
 * spokesman's words before `باسم`, the subject before a verb right before a participle. Texts with and without full
 * stops.
 */
const cases: Record<string, (n: number) => string> = {
  "objects glued to ب after verbs of praising, no full stop": (n) => "وأشاد بدور قوات التحالف العربي التي وصفتها بـ«المنقذ»، قائلا: «الشكر الكبير للقوات»، ".repeat(n) + "وأكد ذلك.",
  "spokesmen of a body named before": (n) => "كشف المتحدث باسم البيت الأبيض جوش إرنست أن الخطة جاهزة. وقال المتحدث باسم البيت الأبيض: «لقد أحرزنا الكثير من التقدم». ".repeat(n),
  "subjects before a verb before a participle": (n) => "إلا أن المحامي حذر قائلا: «الوضع صعب جدا الآن»، ".repeat(n) + "وانتهى."
}

linearQuoteCases("fifty-ninth session, Arabic bodies as objects and subjects before a verb: the rules stay linear", cases, taggedBy([["التحالف العربي", "ORGANIZATION"], ["البيت الأبيض", "ORGANIZATION"], ["جوش إرنست", "PERSON"]]), 200)
