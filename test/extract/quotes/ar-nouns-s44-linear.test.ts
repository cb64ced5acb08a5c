import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fourth session's rules for nouns of wording and stances of expressing (docs/history/quotes.md,
 * "Forty-fourth session (helper, nouns)") read a bounded window at each word: at most twelve tokens after a noun of
 * wording's mark, at most eight words of a subject before `عن` and three words after it. Texts with no full stop and
 * no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "nouns of wording before marks, no full stop": (n) => "ووصف سالم العتيبي الخطة بعبارة \"خطوة أولى في طريق طويل\" و".repeat(n),
  "a noun of wording before a mark never closed": (n) => "بعبارة \"" + "كلمة ".repeat(n),
  "verbs of expressing before their stance, no full stop": (n) => "وعبر سالم العتيبي عن قناعته بأن الحادث \"عمل إجرامي جبان\" و".repeat(n),
  "many words between a verb of expressing and عن": (n) => "وعبر " + "المشاركون ".repeat(n) + "عن أملهم في أن \"تنتهي الأزمة قريبا جدا\""
}

linearQuoteCases("forty-fourth session, Arabic nouns of wording and verbs of expressing: the rules stay linear", cases, taggedBy([["سالم العتيبي", "PERSON"]]), 200)
