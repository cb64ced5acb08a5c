import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fourth session's heads rules (docs/history/quotes.md, "Forty-fourth session (helper, heads)") read a
 * bounded window: a bare source noun looks back over the chain's eight last speakers and at most six hundred tokens
 * for the description; a role's description stopped at a word is read at most thirty tokens on (a title in marks at
 * most twelve) for the name that closes it; a hadith's speaker is compared with the Prophet's titles once. Texts with
 * no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "bare source nouns after one described source": (n) => "وقال مصدر أمني إن العمل مستمر. " + "وأضاف المصدر: إن الفرق تعمل في الموقع. ".repeat(n),
  "source nouns between a description and the bare noun": (n) => "وقال مصدر أمني إن العمل مستمر. " + "مصادر و".repeat(n) + " وأضاف المصدر: إن الفرق تعمل.",
  "role descriptions with titles in marks and no name": (n) => "ويقول عضو الجمعية المتخصص في علاج الأرق " + "ومؤلف كتاب «النوم الهادئ» ".repeat(n) + "إن النوم مهم.",
  "role descriptions, each closed by a titled name": (n) => "ويقول عضو الجمعية المتخصص في علاج الأرق د. فهد المطيري إن النوم \"يحمي القلب\". ".repeat(n),
  "hadiths after the blessing": (n) => "وقال رسول الله صلى الله عليه وسلم: «الدين النصيحة لكل مسلم». ".repeat(n)
}

linearQuoteCases("forty-fourth session, Arabic heads rules: the rules stay linear", cases, taggedBy([["فهد المطيري", "PERSON"]]), 200)
