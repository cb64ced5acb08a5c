import { linearQuoteCases, taggedBy } from "./timing.js"

/**
 * Session 30, second round (helpers; docs/history/quotes.md, "Thirtieth session, second round"): the rules read a
 * bounded window at each cue, and the document's first person once, however long the text: many leaders' phrases after
 * many organisations, many seats after `for`, many long appositions before `حسب قوله:`, many `ما زالت` subjects, many
 * one-word roles.
 */
const cases: Record<string, (n: number) => string> = {
  "leaders' phrases after organisations without end": (n) =>
    "Acme and Brightline met. ".repeat(n) + 'Tom Hale spoke. "We will win," the Tory leader said. '.repeat(n),
  "seats after a title without end": (n) => 'Tom Hale spoke. But the Tory MP for Elmbridge and Westcott Vale admitted: "We were wrong." '.repeat(n),
  "appositions before حسب قوله without end": (n) => "ويقول أحد النزلاء في مركز التأهيل، وهو حارس جرح في اشتباك، حسب قوله: «أعود إلى المركز كل أسبوع». ".repeat(n),
  "subjects after ما زالت without end": (n) => "وما زالت الخارجية البريطانية توصي «بعدم السفر إلى المنطقة». ".repeat(n),
  "one-word roles without end": (n) => "والتقى الرئيس سامي الحداد الوفد. وقال الرئيس «سنواصل العمل». ".repeat(n)
}

linearQuoteCases(
  "session 30, second round: the rules stay linear",
  cases,
  taggedBy([
    ["Tom Hale", "PERSON"],
    ["Acme", "ORGANIZATION"],
    ["Brightline", "ORGANIZATION"],
    ["سامي الحداد", "PERSON"]
  ]),
  200
)
