import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-eighth session's rules (docs/history/quotes.md, "Fifty-eighth session: arquote9") read a bounded window at
 * each cue or mark however long the text: a participle's complementizer within the reach of a verb's, past its aside;
 * two words after a pronoun addressee; the commas and dashes after a closing mark, a lead and a verb of naming.
 * Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "participles past their asides, no full stop": (n) => "ويقول الدبلوماسي إن «المحادثات لم تصل بعد إلى أي نتيجة»، مشيرا في تصريحات لـ«الشرق الأوسط»، عبر الهاتف، إلى أن الاتهامات «غير صحيحة»، ".repeat(n) + "وأن الوضع «قوي جدا».",
  "one of a group after an addressee": (n) => "عندها قال له أحد الجالسين: «هل هذا معقول؟ تكذب علينا كما لو كنا أولادا صغارا». ".repeat(n),
  "labels before a verb of naming, commas and dashes": (n) => "إن «الشيطان الأكبر»، - ، كما يسميها المرشد، ".repeat(n) + "لن ينجح."
}

linearQuoteCases("fifty-eighth session, Arabic pieces, addressees and labels: the rules stay linear", cases, taggedBy([["سامر خليل", "PERSON"]]), 200)
