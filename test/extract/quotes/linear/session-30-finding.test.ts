import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 30 (helper, finding; docs/history/quotes.md, "Thirtieth session (helper, finding)"): the fragment rules read
 * a bounded window around each mark, however long the paragraph: many one-word marks after `بأنه`, many pairs of
 * indefinite accusatives, many relative clauses glued to the word before their mark, many `«` typed for `»`.
 */
const cases: Record<string, (n: number) => string> = {
  "one word after بأنه without end": (n) => 'ووصفه سامي الحداد بأنه "ماكر" وقال إن الخطة ناجحة. '.repeat(n),
  "accusative pairs without end": (n) => 'وقال سامي الحداد إن الفريق سيواجه "صراعا مريرا" في الموسم المقبل. '.repeat(n),
  "glued relative clauses without end": (n) => 'وأدان سامي الحداد "القصف الأخير" وأفعال الجارة"التي تهدد السلام" في المنطقة. '.repeat(n),
  "a « typed for » without end": (n) => "وقال سامي الحداد إن «داعش «الرئيسي في المنطقة انتهى. ".repeat(n),
  "all of them in one paragraph": (n) => 'ووصفه بأنه "ماكر" وقال إن الفريق سيواجه "صراعا مريرا" بشأن أفعال الجارة"التي تهدد السلام" «سابك « عن '.repeat(n)
}

linearQuoteCases("session 30: the fragment rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 300)
