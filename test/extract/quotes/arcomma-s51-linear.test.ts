import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's rules for names after a long speaker phrase and reports off the chain (helper arcomma;
 * docs/history/quotes.md, "Fifty-first session: arcomma") read at most twelve words of a phrase (`conjoinedSpokesman`),
 * twenty-eight tokens after it (`appositionPerson`) or fourteen after a cue (`introducesSpeech`), however long the text:
 * texts with no full stop, commas and و-words one after another, reports before participles.
 */
const cases: Record<string, (n: number) => string> = {
  "second roles set off by commas, no full stop": (n) => "وقال القيادي في الحزب، " + "وأحد قادة الفصائل في محور الجبل، ".repeat(n) + "سعيد حمود، إن «الجبهات هادئة»",
  "conjoined spokesmen one after another": (n) => "وقال عضو المجلس والمتحدث باسم المجلس، سالم حمدان، إن «المشروع سيكتمل» و".repeat(n),
  "reports before participles": (n) => "إذ تشير التقارير إلى هذا بوضوح، مؤكدا أن السوق يخضع للعرض، ونصح المستهلك بـ«المقارنة» و".repeat(n)
}

linearQuoteCases("fifty-first session, arcomma: names after long phrases and reports stay linear", cases, taggedBy([["سعيد حمود", "PERSON"]]), 200)
