import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The thirty-fifth session's speaker rules (docs/history/quotes.md, "Thirty-fifth session (helper, quote speakers)")
 * read a bounded window at each cue however long the text: a sentence with no full stop and many verbs with و after a
 * new subject (its start is read at most sixty tokens back), many `وأضاف` after quoted sentences, many names between
 * commas before `قوله`, many outlets after ل.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs with و after a new subject, no full stop": (n) => "ثم تحدث رئيس الوزراء شينزو آبي عن التحالف، وقال: «نحن حلفاء أقوياء منذ عقود»، ".repeat(n),
  "وأضاف after quoted sentences without end": (n) => "وأبدى رئيس الوزراء شينزو آبي تفاؤلا «كبيرا جدا بالعلاقات». وأضاف: «نحن حلفاء أقوياء منذ عقود». ".repeat(n),
  "names between commas before قوله without end": (n) => "ونقلت الوكالة عن قائد الجيش، الجنرال كيم سونغ، قوله: «الخطة ستكتمل قريبا». ".repeat(n),
  "outlets after ل without end": (n) => "وقال لمؤسسة «بلومبرغ» الإخبارية الأمريكية هذا الأسبوع: «الحكومة ستخفض الإنفاق». ".repeat(n)
}

linearQuoteCases(
  "thirty-fifth session, Arabic speakers: the rules stay linear",
  cases,
  taggedBy([
    ["شينزو آبي", "PERSON"],
    ["كيم سونغ", "PERSON"]
  ]),
  200
)
