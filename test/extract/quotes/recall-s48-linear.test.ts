import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-eighth session's rules (helper recall) read a bounded window at each participle however long the text: one
 * honorific word, a noun of saying and three words after a participle of citing, six tokens after the cited name; the
 * sentence before a feminine participle once, for the subject after `وكانت` and the entities in it. Texts with no full
 * stop and no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "participles of citing and names, no full stop": (n) => "مستشهداً بما قاله الرئيس سالم العتيبي في الحفل الكبير و".repeat(n) + " \"نريد عالما يسوده السلام\"",
  "many feminine participles after وكانت, no full stop": (n) => "وكانت قوات الدفاع الشعبي، الجناح العسكري، دانت القصف" + "، معتبرة أنه «عدوان»".repeat(n)
}

linearQuoteCases("forty-eighth session, Arabic participles of citing and the subject after وكانت: the rules stay linear", cases, taggedBy([["سالم العتيبي", "PERSON"]]), 200)
