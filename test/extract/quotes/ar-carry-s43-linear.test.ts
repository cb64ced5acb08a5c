import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-third session's carry rules (docs/history/quotes.md, "Forty-third session (helper, carry)") read a bounded
 * window at each mark or cue however long the text: eight words of a role before the person a sentence opens with,
 * twenty-four tokens of an apposition or a relative clause after him, the tokens from his verb to the marks; six words
 * after a passive of asking, sixty tokens back from a verb of answering; eight tokens of a lead phrase. Texts with and
 * without full stops: many sentences that open with their subject, many asides with no second comma, many passives
 * of asking before an answer, many lead phrases before a verb.
 */
const cases: Record<string, (n: number) => string> = {
  "sentences that open with a role and a person, then marks": (n) => "المحلل سامي الحداد يرى من جهته أن الهجوم «يهدف أساسا إلى إشعال مواجهة بين الأقاليم والحكومة المركزية». ".repeat(n),
  "a role and a person, an aside never closed by a comma, no full stop": (n) => "إلا أن المدير العام السابق للأمن سامي الحداد، الذي زار المعابر أمس ".repeat(n) + "«يهدف أساسا إلى إشعال مواجهة بين الأقاليم والحكومة المركزية».",
  "role words with no person, one after another": (n) => "المدير العام السابق للأمن الداخلي في المحافظة ".repeat(n) + "يربط بين الأزمات و«يهدف أساسا إلى إشعال مواجهة بين الأقاليم والحكومة المركزية».",
  "passives of asking before an answer, no full stop": (n) => "سئل رئيس الحكومة الانتقالية الجديد سامي الحداد خلال مؤتمر صحافي عن الهجوم، فأجاب أن «البلاد اتخذت دائما تدابير للحد من خطر الجماعات المسلحة»، و".repeat(n),
  "lead phrases before a verb and marks": (n) => "فبعد وقوع الانفجار في مدينة الرمادي، تحدث الرئيس سامي الحداد إلى نظيره كما وافق على مضاعفة العمل من أجل «منع تسلل المسلحين وحماية المعابر الجنوبية». ".repeat(n)
}

linearQuoteCases("forty-third session, Arabic speakers carried over a newly named one: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
