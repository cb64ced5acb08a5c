import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-first session's rules (docs/history/quotes.md, "Sixty-first session: arquote16") read a bounded window at
 * each comma however long the text: the lead phrase and the verb's colon after it, the relaying verb and its `قولها:`
 * within fourteen words; a `«` reads the token after it. One long paragraph each, with no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "lead phrases after commas, no colon": (n) => "وقال المتحدث: إن الوضع صعب جدا الآن، من جهتها قالت السفارة في العاصمة أمس إن الوضع هادئ ".repeat(n) + "وانتهى.",
  "lead phrases after commas, with colons": (n) => "وقال المتحدث: إن الوضع صعب جدا الآن، من جهتها قالت السفارة في العاصمة أمس: إن الوضع هادئ ".repeat(n) + "وانتهى.",
  "relaying verbs after commas, no قولها": (n) => "وقال المتحدث: إن الوضع صعب جدا الآن، ونقلت وكالة الأنباء الرسمية عن مصادر في العاصمة أن الوضع هادئ تماما ".repeat(n) + "وانتهى.",
  "stray guillemets before commas": (n) => "وأكد المدير أن المدارس استشعرت توجيهات الملك «، والتي أعلنها بالاهتمام بالتعليم ".repeat(n) + "وانتهى."
}

linearQuoteCases("sixty-first session, Arabic quote spans: the rules stay linear", cases, taggedBy([["السفارة", "ORGANIZATION"]]), 200)
