import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-eighth session's rules of helper issuer (docs/history/quotes.md, "Forty-eighth session: issuer") read a
 * bounded window however long the text: at most 200 tokens after a document phrase for a later mention naming its
 * issuer, at most twelve tokens back for a verb of issuing after a comma.
 */
const cases: Record<string, (n: number) => string> = {
  "letters quoted again and again, mentioned with no verb of issuing": (n) => "وجاء في الخطاب: \"تقرر فتح باب التسجيل\". وقيل إن هذا الخطاب الذي أرسل أمس نظامي. ".repeat(n),
  "recommendations after commas, with no verb of issuing": (n) => "وفي سياق متصل، نشرت الصحف توصية للقنوات، " .repeat(n) + "وأشارت التوصية إلى أن الإعلام «يتحمل المسؤولية».",
  "statements of bodies, many times": (n) => "وجاء في بيان النادي: \"نحن سعداء بالاتفاق\". ".repeat(n)
}

linearQuoteCases("forty-eighth session, documents resolved to their issuer: the rules stay linear", cases, taggedBy([["سعد المالكي", "PERSON"]]), 200)
