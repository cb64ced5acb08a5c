import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The thirty-eighth session's mark rules (docs/history/quotes.md, "Thirty-eighth session (helper, marks)") read a
 * bounded window at each mark however long the text: a title and a name in marks reads two titles and eight words at
 * most, an apposition after marks four tokens, a mark glued between two words looks for its closer within the
 * 160 tokens of the clitic rule, a doubled mark one token back. Texts with no full stop and no paragraph break: many
 * titled names in marks, many marks with an apposition after them, many marks glued between words, many doubled marks.
 */
const cases: Record<string, (n: number) => string> = {
  "titled names in marks, no full stop": (n) => "وقال سامي الحداد إن " + "ولي العهد «الأمير سامي الحداد»، مؤكدا أن ".repeat(n),
  "marks with an apposition, no full stop": (n) => "ويفيد التقرير بأن " + "«كتائب الفجر»، وهي جماعة مسلحة، و".repeat(n),
  "marks glued between words, no full stop": (n) => "وقال سامي الحداد إن " + "الحكومة»ستعلن خطة» و".repeat(n),
  "a run of glued marks with no closer spaced after it": (n) => "وكتبت" + "»حب".repeat(n),
  "doubled marks, no full stop": (n) => "وقال سامي الحداد: " + "««إن المفاوضات مستمرة»» ".repeat(n)
}

linearQuoteCases("thirty-eighth session, Arabic marks: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
