import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fifth session's carry rules (docs/history/quotes.md, "Fifty-fifth session: arcarry3") read a bounded
 * window at each cue however long the text: four tokens back past a closing parenthesis before a relative pronoun,
 * four words after `أدلى بها`, eight words between `لكن` and a plural verb, three words after an untagged study. Texts
 * with and without full stops: many names in parentheses, many statements given, many `لكن سكانا … قالوا`, many
 * studies before bare verbs, many unclosed parentheses.
 */
const cases: Record<string, (n: number) => string> = {
  "names in parentheses before relative pronouns": (n) => "وقصة (سامي الحداد) الذي يقول: هربنا من المدرسة يوما. ".repeat(n),
  "unclosed parentheses, no full stop": (n) => "قصة (سامي الحداد ".repeat(n) + ") الذي يقول: هربنا من المدرسة يوما. ",
  "statements given by unnamed officials": (n) => "ونقلت الصحيفة تصريحات أدلى بها مسؤول أميركي كبير لصحيفة قال فيها: لا نقوم بعمليات هجومية. ".repeat(n),
  "accusative nouns after لكن before plural verbs": (n) => "ورفض التعليق لكن سكانا تحدثوا مع الوكالة هاتفيا قالوا: إن الجثث في الشوارع. ".repeat(n),
  "accusative nouns after لكن, no full stop": (n) => "لكن سكانا تحدثوا مع الوكالة هاتفيا ".repeat(n) + "قالوا: إن الجثث في الشوارع. ",
  "untagged studies before bare verbs": (n) => "وخلصت الدراسة العلمية الجديدة إلى أن الإنتاج مرتفع. وقالت: «إن التكلفة مرتفعة نسبيا». ".repeat(n)
}

linearQuoteCases("fifty-fifth session, Arabic speakers carried from an earlier paragraph: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
