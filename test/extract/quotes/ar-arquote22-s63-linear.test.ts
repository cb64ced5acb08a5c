import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-third session's rules (docs/quotes.md, "session 63, helper arquote22") read a bounded window at each
 * subject or cue however long the text: the characters before an entity (a noun and a mark), the tokens and entities
 * of the anaphor window back from `الجماعة`, the examples' word, a colon and the words of the marks after a chant
 * (twelve tokens at most), the nine tokens before `أن`. One long paragraph each, with no full stop.
 */
const cases: Record<string, (n: number) => string> = {
  "bodies named in marks, then their noun": (n) => "تبنى تنظيم «داعش» الهجوم وقال التنظيم في بيان «نفذنا عملية ناجحة في المدينة» ".repeat(n) + "وانتهى.",
  "parties named, then the group's noun": (n) => "قال حزب العمال إن الهدنة انتهت، وأضافت الجماعة في بيان «لم يعد للهدنة أي معنى» ".repeat(n) + "وانتهى.",
  "chants as examples": (n) => "وتجمع المحتجون مرددين عبارات مثل: «ارحلوا عن بلادنا أيها الفاسدون» ورفعوا هتافات منها «لا للفساد ولا للظلم» ".repeat(n) + "وانتهى.",
  "verbs of wishing before speech verbs": (n) => "وتود إدارة المستشفى أن توضح للمواطنين ما يلي: إن الخدمات ستعود ".repeat(n) + "وانتهى."
}

linearQuoteCases("sixty-third session, arquote22: the rules stay linear", cases, taggedBy([["داعش", "ORGANIZATION"], ["حزب العمال", "ORGANIZATION"]]), 200)
