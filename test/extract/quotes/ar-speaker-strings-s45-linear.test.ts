import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-fifth session's names rules (docs/history/quotes.md, "Forty-fifth session (helper, names)") read a bounded
 * window: a bare source noun that the chain does not describe looks back at most six hundred tokens for the nearest
 * source noun written in the text, and reads its adjectives up to the bare noun. Texts with no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "bare source nouns after one attribution's description": (n) => "وتأجل الاجتماع، بحسب ما أفاد مصدر أمني. " + "وأضاف المصدر: إن الفرق تعمل في الموقع. ".repeat(n),
  "bare source nouns with no description before": (n) => "وأضاف المصدر: إن الفرق تعمل في الموقع. ".repeat(n),
  "a source noun with a long run of adjectives": (n) => "بحسب ما أفاد مصدر " + "أمني ".repeat(n) + "وأضاف المصدر: إن الفرق تعمل."
}

linearQuoteCases("forty-fifth session, Arabic names rules: the rules stay linear", cases, taggedBy([]), 200)
