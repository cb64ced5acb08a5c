import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-second session's short-quote rules (docs/history/quotes.md, "Forty-second session (helper, short)") read a
 * bounded window at each mark however long the text: a verb of condemning or of charging is looked for at most the cue
 * window back from the marks, a subject between `كان` and the verb at most six words back, a time lead at most fourteen
 * tokens, the phrase of `في` after a subject at most ten tokens, and one word before marks after `بأنه`. Texts with no
 * full stop and no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "epithets after a verb of condemning, no full stop": (n) => "وأدان سالم العتيبي القرار الأخير «غير المسؤول» و".repeat(n),
  "many definite words between a verb of condemning and the marks": (n) => "وأدان سالم العتيبي " + "القرار ".repeat(n) + "«غير المسؤول»",
  "كان and many words before a verb of condemning": (n) => "وكان " + "الحزب ".repeat(n) + "دان السلوك \"الوحشي والعدواني\"",
  "one word after بأنه before the marks, no full stop": (n) => "ووصف سالم العتيبي الرد بأنه اعتذار «مقتضب» و".repeat(n),
  "a long phrase of في before a complementizer": (n) => "ويرى سالم العتيبي في " + "صحيفة ".repeat(n) + "أن المدينة أصبحت \"نموذجا ناجحا\"",
  "marks ending demands, after a long complement": (n) => "وطالب سالم العتيبي " + "بلباس ".repeat(n) + "\"كما في السجون الأمريكية\".",
  "a long time lead before a demand": (n) => "وفي " + "الذكرى ".repeat(n) + "طالب سالم العتيبي بلباس \"كما في السجون الأمريكية\".",
  "demands with tails, no paragraph break": (n) => "وطالب سالم العتيبي بلباس للموقوفين \"كما في السجون الأمريكية\". ".repeat(n)
}

linearQuoteCases("forty-second session, Arabic short quotes: the rules stay linear", cases, taggedBy([["سالم العتيبي", "PERSON"]]), 200)
