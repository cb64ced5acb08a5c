import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-eighth session's rules of shortar (docs/history/quotes.md, "Forty-eighth session: shortar") read back from
 * a term after `ما سماه` or from a verb of calling after a leading phrase within a bounded window, however long the
 * text: many such sentences, and a long run of words before the term.
 */
const cases: Record<string, (n: number) => string> = {
  "many terms named by a caller": (n) => "ودعا سامي الحداد إلى مواجهة ما سماه «الخطر الداهم» على الحدود. ".repeat(n),
  "a leading phrase before many verbs of calling": (n) => "وفي إطار قلقه دعا سامي الحداد الطرفين إلى «إلقاء السلاح فورا». ".repeat(n),
  "a long run of words before a naming verb": (n) => "ودعا سامي الحداد إلى " + "مواجهة ".repeat(n) + "ما سماه «الخطر الداهم»."
}

linearQuoteCases("forty-eighth session, shortar: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
