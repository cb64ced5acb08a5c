import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-ninth session's rules of arpiece (docs/history/quotes.md, "Fifty-ninth session: arpiece") read a bounded
 * window around each colon, mark, verb or person, however long the text: many web addresses, many persons named with
 * the blessing, many outlets' names in marks, many time words after a verb, and many verbs with their subject and
 * colon inside one long colon quote.
 */
const cases: Record<string, (n: number) => string> = {
  "many web addresses after a participle": (n) => "وأهاب سامي الحداد بالمتقدمين، داعياً إلى التسجيل على الرابط http://example.org/jobs ".repeat(n),
  "many persons named with the blessing": (n) => "وأمر محمد صلى الله عليه وسلم الرماة وقال لهم: «الزموا أماكنكم ولا تبرحوها». ".repeat(n),
  "many outlets' names in marks before a verb": (n) => "ونشرت وكالة الأنباء الروسية «ريا نوفوستي»، قال ناطق إن الموظف قتل. ".repeat(n),
  "many time words after a verb": (n) => "وقال أمس الوزير سامي الحداد: إن الموازنة ستعلن قريبا.\n".repeat(n),
  "many verbs with a subject and a colon inside one colon quote": (n) => "وقال سامي الحداد: إن العمل مستمر" + " وتضيف الحداد لـ«المدينة»: هناك أنواع كثيرة".repeat(n)
}

linearQuoteCases("fifty-ninth session, arpiece: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"], ["محمد", "PERSON"]]), 200)
