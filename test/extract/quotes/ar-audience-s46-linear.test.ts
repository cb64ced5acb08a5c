import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-sixth session's audience rule (docs/history/quotes.md, "Forty-sixth session: the audience of a speech
 * verb") reads at most three words after an audience's noun, however long the text: many verbs with an audience and
 * marks, and audiences followed by long runs of words with no complementizer.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs with an audience before marks": (n) => "وأضاف لشبكات التلفزيون المحلية \"من الصعب معرفة الجهة المسؤولة\". ".repeat(n),
  "an audience before a long run of words": (n) => "وقال لوسائل " + "إعلام ".repeat(n) + "«الوضع هادئ الآن»."
}

linearQuoteCases("forty-sixth session, Arabic audiences: the rule stays linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
