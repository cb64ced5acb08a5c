import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-ninth session's rules of archain (docs/history/quotes.md, "Forty-ninth session: archain") read an outlet's
 * noun back to the newspaper named with it, a sentence that opens with `ثم`, and the phrase after an opening speech
 * verb, each within a bounded window, however long the text: many such sentences, and a long run of words.
 */
const cases: Record<string, (n: number) => string> = {
  "many newspapers' nouns after the newspaper": (n) => "ونقلت صحيفة الغارديان البريطانية التقرير. وقالت الصحيفة: إن درجات الحرارة ستتجاوز المعدل. ".repeat(n),
  "many sentences opening with ثم and a verb": (n) => "ثم عزز مدرب الفريق سامي الحداد فرضية انتقاله عندما قال بعد المباراة، \"هناك احتمال كبير\". ".repeat(n),
  "a long subject after an opening speech verb": (n) => "شددت المديرية العامة " + "للشؤون ".repeat(n) + "على التعامل مع القضايا، وقالت: \"لن نتهاون مع أي مخالف\"."
}

linearQuoteCases("forty-ninth session, archain: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"], ["الغارديان", "ORGANIZATION"]]), 200)
