import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-first session's verbs of saying before a colon (helper arverbs; docs/history/quotes.md, "Fifty-first
 * session: arverbs") are lexicon entries read by the existing colon-only check, plus two look-ups at the end of the
 * verb's phrase (a speech verb, a noun of speech): no window of their own. Texts of such verbs without end.
 */
const cases: Record<string, (n: number) => string> = {
  "present verbs of saying before a colon without end": (n) => "ويردد سامي دوماً: لا سلام بدون حوار، ويتساءل خالد: إلى متى، ويتابع: الطلب سيرتفع ".repeat(n),
  "a colon-only verb whose phrase ends in a speech verb or a noun of speech": (n) => "ويتابع الخبير الأميركي فيقول: «إيران تحبذ ذلك». ويتابع حديثه: العمل سيبدأ. ".repeat(n),
  "nouns of hesitation and verbs of following without a colon": (n) => "ومن دون تردد ويتابع المدرب تدريبات الفريق وتتابع الأسرة برنامج «صوت» ".repeat(n)
}

linearQuoteCases("fifty-first session, Arabic verbs of saying before a colon: the rules stay linear", cases, taggedBy([["سامي", "PERSON"], ["خالد", "PERSON"]]), 200)
