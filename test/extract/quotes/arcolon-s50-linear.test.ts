import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fiftieth session's lines of a dialogue (helper arcolon; docs/history/quotes.md, "Fiftieth session: arcolon") read
 * no window of their own: a set look-up where a verb glued to و stands before a colon, the first sentence of the words,
 * and the quote before the last for a reply. Texts with no full stop, and replies without end.
 */
const cases: Record<string, (n: number) => string> = {
  "lines of a dialogue with no full stop": (n) => "فسأله الوزير: أين الموظفون، فأجابه: لا أحد هنا يا سيدي، ".repeat(n),
  "a story over a colon with a dialogue verb after every word": (n) => "وحكى المواطن قائلا: " + "جاءني رجل وسألني: هل تريد الزواج ".repeat(n),
  "named lines and replies without end": (n) => "وقال سامي: «الحل هو الحوار مع الجميع». فأجابه خالد: «لا طريقة أخرى غير ذلك». فرد عليه: «بل توجد طرق كثيرة». ".repeat(n),
  "واصل before a colon without end": (n) => "وقالت المعلمة: بدأنا العام بخطة. وواصلت: نحتاج إلى دعم الأسر في المتابعة ".repeat(n)
}

linearQuoteCases("fiftieth session, Arabic lines of a dialogue: the rules stay linear", cases, taggedBy([["سامي", "PERSON"], ["خالد", "PERSON"]]), 200)
