import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-seventh session's culture rules (docs/history/quotes.md, "Forty-seventh session: culture") read a bounded
 * number of tokens after each quote (the parenthesis, its name and its note) and before each mark (the author's name
 * and the work's noun), however long the text: many blurbs each with its source, a parenthesis never closed, many
 * titles after their authors.
 */
const cases: Record<string, (n: number) => string> = {
  "blurbs each with its source": (n) => '"سيرة آسرة مكتوبة بلغة صافية تشد القارئ". (مجلة الناقد الأدبي). '.repeat(n),
  "a parenthesis never closed after each quote": (n) => ('"سيرة آسرة مكتوبة بلغة صافية تشد القارئ". (مجلة الناقد الأدبي، ' + "في عدد خاص ".repeat(20) + "\n").repeat(n),
  "titles after their authors": (n) => 'مقال سالم داود "بيتي القديم تغير في ذاكرة أهله" مؤثر. '.repeat(n)
}

linearQuoteCases("forty-seventh session, Arabic culture pages: the checks stay linear", cases, taggedBy([["سالم داود", "PERSON"]]), 200)
