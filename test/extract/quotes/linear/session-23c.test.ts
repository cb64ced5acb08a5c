import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 23, third round: the second short piece after a partial quote reads at most twelve tokens between two marks,
 * and a verb of threatening or calling reads the preposition right before the marks, however long the text: many
 * short pieces joined by و and لكن after one verb, and many verbs of calling each with its marks.
 */
const cases: Record<string, (n: number) => string> = {
  "short pieces joined by و and لكن without end": (n) => 'وقال سامي الخطيب إن الأمر "أي تهديد" للجزيرة، لكنها "مستعدة تماما" و"هادئة جدا" ، ، '.repeat(n),
  "verbs of calling with marks without end": (n) => 'ودعا سامي الخطيب الأطراف إلى "حوار شامل" وهدد بـ"رد قاس" وأثنت على "الروح العالية" '.repeat(n)
}

linearQuoteCases("session 23 third-round rules stay linear", cases, taggedBy([["سامي الخطيب", "PERSON"]]), 500)
