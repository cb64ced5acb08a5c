import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fifty-sixth session's quote spans (docs/history/quotes.md, "Fifty-sixth session: arspan2") read two tokens after
 * every comma of a colon quote, up to four tokens after marks opened right after `لـ`, and the verb after a lone closing
 * mark's sentence start, however long the text: a colon quote of many commas and named verbs, many outlets' marks with
 * a colon, and a long sentence closed by a lone mark.
 */
const cases: Record<string, (n: number) => string> = {
  "many commas and named verbs in a colon quote": (n) => "وقال سامي الحداد: إن العمل مستمر" + "، وأوضح سامي الحداد عن العمل أنه مستمر، وأكد لنا المهندسون".repeat(n) + " أن الخطة واضحة.",
  "many outlets' marks with a colon": (n) => "وقال سامي الحداد لـ«الوطن: إن العمل مستمر في المشروع». ".repeat(n),
  "a long sentence closed by a lone mark": (n) => "وأشار سامي الحداد إلى أن " + "العمل مستمر في المشروع ".repeat(n) + "»."
}

linearQuoteCases("fifty-sixth session, arspan2: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
