import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-third session's rules of arguill (docs/history/quotes.md, "Fifty-third session: arguill") look for the
 * full stop before a new attribution inside a `«` never closed (read once per open quote, however many marks follow
 * it), a dateline's credit at a paragraph's head and a body named in marks after a verb, within bounded windows: many
 * names quoted inside one open quote, many sentences of an open quote with no attribution, many digest items.
 */
const cases: Record<string, (n: number) => string> = {
  "many names quoted inside a « never closed": (n) => "وقال سامي الحداد إن «الوضع " + "في «حزب الأمة» و".repeat(n) + " صعب.",
  "many new marks after a « never closed": (n) => "وقال سامي الحداد إن «الوضع صعب جدا " + "والحل «سياسي» ".repeat(n),
  "a « never closed over many sentences": (n) => "وقال سامي الحداد إن «الوضع صعب جدا. " + "قتل الكثيرون بين 20 و30 شخصا. ".repeat(n),
  "many sentences then an attribution and a mark": (n) => "وقال سامي الحداد إن «الوضع صعب جدا. " + "الحل سياسي. ".repeat(n) + "وأضاف أن «الحوار مستمر».",
  "many digest items": (n) => "* لندن - سيول: «الشرق الأوسط» ذكرت الشركة أن مبيعاتها انخفضت.\n".repeat(n),
  "many bodies in marks after their verb": (n) => "هدد «الشرق الأوسط» الحكومة بالرد بعد أن «اعتقلت إخواننا في كل مكان». ".repeat(n)
}

linearQuoteCases("fifty-third session, arguill: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"], ["الشرق الأوسط", "ORGANIZATION"]]), 200)
