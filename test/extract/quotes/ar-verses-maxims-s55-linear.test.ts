import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-fifth session's verse and maxim rules (docs/history/quotes.md, "Fifty-fifth session: arverse") read a
 * bounded window at each quote however long the text: the call and the word after it at the quote's start, four
 * punctuation tokens, a verse's number and a sura's name before it, twelve words before `حيث قال`, three words before
 * `يقول`. One paragraph with no full stop: many verses that open with the Quran's call, many after a sura named, many
 * after `الآية الكريمة … حيث قال`, many proverbs after `فالمثل يقول`, and many `يقول` after long runs of words.
 */
const cases: Record<string, (n: number) => string> = {
  "verses that open with the Quran's call, no full stop": (n) => "وتلا الخطيب: «يا أيها الذين آمنوا اصبروا وصابروا ورابطوا»، ".repeat(n),
  "verses after a sura named, no full stop": (n) => "وفي سورة البقرة الآية 286: «لا يكلف الله نفسا إلا وسعها»، ".repeat(n),
  "verses after الآية الكريمة and حيث قال, no full stop": (n) => "وفي الآية الكريمة من سورة الشرح بشارة حيث قال: \"فإن مع العسر يسرا\"، ".repeat(n),
  "proverbs after فالمثل يقول, no full stop": (n) => "فالمثل يقول «من جد وجد ومن زرع حصد» و".repeat(n),
  "يقول after long runs of words, no full stop": (n) => "الموظف الجديد في الإدارة العامة للمرور يقول «سننجز المعاملات في يوم واحد» و".repeat(n)
}

linearQuoteCases("fifty-fifth session, Arabic verses not vocalized and maxims: the rules stay linear", cases, taggedBy([]), 200)
