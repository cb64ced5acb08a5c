import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-second session's rules of aroutlet (docs/history/quotes.md, "Fifty-second session: aroutlet") read an
 * outlet's own verb before its name, the person it met later in the clause, a source's outlet in marks and a member's
 * phrase within bounded windows, however long the text: many such sentences, and a long run of names between an
 * outlet that met someone and the verb.
 */
const cases: Record<string, (n: number) => string> = {
  "many outlets that met someone": (n) => "والتقت «الشرق الأوسط» أمام المصرف، مع سامي الحداد، وقال: «الوضع صعب جدا». ".repeat(n),
  "many sources of an outlet": (n) => "وقال مصدر «الشرق الأوسط»: «الوضع هادئ». ".repeat(n),
  "many names in marks after مع": (n) => "وفي الحوار مع «الشرق الأوسط» أشار سامي الحداد إلى أن الحل سياسي. ".repeat(n),
  "a long run of names after an outlet that met someone": (n) => "والتقت «الشرق الأوسط» " + "مع الشرق الأوسط و".repeat(n) + " وقال: «الوضع صعب جدا».",
  "many members of a group": (n) => "ينقل الكاتب عن عنصر سابق في «الشرق الأوسط» قوله إن «الحدود مفتوحة». ".repeat(n)
}

linearQuoteCases("fifty-second session, aroutlet: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"], ["الشرق الأوسط", "ORGANIZATION"]]), 200)
