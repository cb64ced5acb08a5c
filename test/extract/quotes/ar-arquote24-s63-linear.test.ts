import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-third session's rules (docs/quotes.md, "session 63, helper arquote24") read a bounded window at each verb:
 * the person right before a present verb of saying and at most four words before it back to a verb of writing, an
 * unnamed source's body in construct and the two words of its genitive. One long paragraph each, with no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs of writing before a person and a present verb": (n) => "وكتب الناقد الفني سامر حداد يقول: «ترسم الفنانة الوجوه بألوان هادئة» و".repeat(n) + "انتهى.",
  "unnamed sources in bodies in construct": (n) => "وقال مصدر في قيادة عمليات المحافظة إن «المعارك أصبحت قرب الجسر» و".repeat(n) + "انتهى."
}

linearQuoteCases("sixty-third session, arquote24: the rules stay linear", cases, taggedBy([["سامر حداد", "PERSON"]]), 200)
