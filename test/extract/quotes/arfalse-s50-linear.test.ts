import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fiftieth session's rules of arfalse (docs/history/quotes.md, "Fiftieth session: arfalse") read a fixed few tokens
 * before a colon (headingNouns, afterListColon), the words of one pair of marks (spelledAbbreviation) and at most forty
 * tokens back from marks no cue attributes (godSubjectBefore), however long the text: many such sentences, a long run
 * of `الله` before marks, long marks of letters' names.
 */
const cases: Record<string, (n: number) => string> = {
  "many titles after بعنوان:": (n) => "وكتب سامي الحداد مقالا بعنوان: «الطريق إلى الاستقرار يمر عبر التعاون». ".repeat(n),
  "many verses after God as subject": (n) => "فكثيرا ما يقرن الله عبادته بالإحسان: «وأحسنوا إلى من جاوركم ولا تؤذوهم»، ".repeat(n),
  "a long run of الله before marks": (n) => "يقرن " + "الله ".repeat(n) + "«وأحسنوا إلى من جاوركم ولا تؤذوهم».",
  "long marks of letters' names": (n) => "وأكد سامي الحداد «" + "اي سي ".repeat(n) + "» في تقريره أن النمو سيتباطأ."
}

linearQuoteCases("fiftieth session, arfalse: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
