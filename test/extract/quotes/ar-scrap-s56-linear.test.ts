import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-sixth session's guards against scraps as speakers (docs/history/quotes.md, "Fifty-sixth session: arscrap")
 * read a bounded window at each cue however long the text: 24 tokens back from a verb with no subject for `أحد`/`إحدى`
 * and a definite plural, and the tagged persons between; one token after a word for `من` and a pronoun. Texts with and
 * without full stops: many phrases of `إحدى` before bare verbs, many `أحد` phrases with no verb, many phrases of motive.
 */
const cases: Record<string, (n: number) => string> = {
  "indefinite phrases before bare verbs": (n) => "يذكر أن إحدى المغردات نشرت على تويتر فيديو للحادث وكتبت: “من أمن العقاب أساء الأدب”. ".repeat(n),
  "indefinite phrases and persons, no full stop": (n) => "لكن أحد المسؤولين العسكريين التقى سامي الحداد ".repeat(n) + "وقال: «إن الجاهزية كاملة». ",
  "phrases of motive after verbs": (n) => "وقال حرصا منه على الوضوح: «لن نتراجع عن القرار». ".repeat(n),
  "phrases of motive tagged as persons": (n) => "وإيمانا مني بأن السفر مفيد، فقال لي: «عليك أن تسير معنا». ".repeat(n)
}

linearQuoteCases("fifty-sixth session, scraps of text as Arabic speakers: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"], ["إيمانا مني", "PERSON"]]), 200)
