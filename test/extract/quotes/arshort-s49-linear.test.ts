import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-ninth session's rules of arshort (docs/history/quotes.md, "Forty-ninth session: arshort") read a fixed few
 * tokens after the closing mark (speechOccasionAfter) and back from the marks within a bounded window to a verb of
 * acknowledging (acknowledgedBefore), however long the text: many such sentences, and a long run of words between the
 * verb and the marks.
 */
const cases: Record<string, (n: number) => string> = {
  "many marks before وذلك في كلمة": (n) => "وجدد كمال يوسف دعوته لإقرار الموازنة باعتبارها «الطريق الوحيد للإنقاذ»، وذلك في كلمة ألقاها. ".repeat(n),
  "many verbs of acknowledging": (n) => "وأقر كمال يوسف بأن الأموال قد تستخدم لتمويل «شبكات تهريب». ".repeat(n),
  "a long run of words after a verb of acknowledging": (n) => "وأقر كمال يوسف بأن " + "الأموال ".repeat(n) + "قد تستخدم لتمويل «شبكات تهريب»."
}

linearQuoteCases("forty-ninth session, arshort: the rules stay linear", cases, taggedBy([["كمال يوسف", "PERSON"]]), 200)
