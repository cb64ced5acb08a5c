import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-third session's span rules (docs/history/quotes.md, "Forty-third session (helper, spans)") read a bounded
 * window: the word after a comma or a full stop (and one more after `من`), the tokens after a straight mark glued to a
 * colon up to the next mark or the paragraph's end, and at most forty tokens back from short marks. Texts with no
 * paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "a colon quote with participles after commas": (n) => "وقال سامي الحداد: تم تركيب الإشارات" + "، مشيرا إلى أن العمل مستمر".repeat(n),
  "a colon quote with leads and names after full stops": (n) => "وقال سامي الحداد: إن العمل مستمر. " + "من جانبها، عبرت الأسر عن شكرها. وتفقد سامي الحداد المواقع. ".repeat(n),
  "straight marks after colons, never closed": (n) => "وقال سامي الحداد :\" " + "نقلت إليكم التحيات :\" ".repeat(n),
  "colons inside parentheses after a preposition": (n) => "وقال سامي الحداد شارك في " + "(الملتقى: التحديات) في ".repeat(n),
  "short marks after a clause وهي": (n) => "وقال سامي الحداد إن المسابقة " + "وهي أطباق \"سحور خفيف\" و".repeat(n)
}

linearQuoteCases("forty-third session, Arabic spans: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
