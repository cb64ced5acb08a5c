import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-third session's colon-quote ends (docs/history/quotes.md, "Fifty-third session: colonend") read the blanks
 * between two tokens, a paragraph's first word or four after a flattened break, and four words after a question,
 * a participle or a reporting verb and the two words after it, however long the text: an interview of many questions and answers on one line, many flattened breaks, many
 * questions, and a long run of blanks.
 */
const cases: Record<string, (n: number) => string> = {
  "an interview of many questions on one line": (n) => "وقال سامي الحداد: أنا سعيد بهذه الجائزة." + "   * هل تفكر في الاعتزال؟ - لا".repeat(n),
  "many flattened breaks": (n) => "وقال سامي الحداد: إن العمل مستمر." + "   ونحن سعداء بهذه الشراكة.   الرغبة الأولى: علوم.".repeat(n),
  "many questions in a colon quote": (n) => "وسأل سامي الحداد: " + "هل تودون زيارة المعرض؟ وكان الجواب بالتأكيد نعم ".repeat(n),
  "many participles and reporting verbs": (n) => "وقال سامي الحداد: إن العمل مستمر" + "؛ مشيراً إلى أن العمل مستمر، وأكد أن الخطة واضحة. مؤكدا أن".repeat(n) + " الخطة واضحة.",
  "a long run of blanks": (n) => "وقال سامي الحداد: إن العمل مستمر." + " \u00a0".repeat(n) + "وقدم الأهالي شكرهم."
}

linearQuoteCases("fifty-third session, colonend: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
