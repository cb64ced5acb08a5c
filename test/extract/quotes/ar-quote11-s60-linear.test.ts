import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixtieth session's rules (docs/history/quotes.md, "Sixtieth session: arquote11") read a bounded window at each
 * cue however long the text: the words of a post before its body and the words between the body and its holder, the
 * words from the clause's verb to the mention, the word before a mention, the words before a `ل` glued to a person.
 * Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "a post's body, describing words and its holder, no full stop": (n) => "تحدث نائب رئيس مجلس الطلاب بمدينة مانشستر الإنجليزية فهد العتيبي بقوله: «سررنا كثيرا بالخبر»، ".repeat(n) + "وانتهى.",
  "untagged holders after a body": (n) => "وقال مدير مستشفى الوجه سالم مطلق لـ«الوطن» إن «الإدارة حررت مذكرة». ".repeat(n),
  "bodies in object clauses and outlets that published": (n) => "واعتبر أن دخول أمانة المنطقة الشرقية ورعايتها تحمل إيجابيات، وقال: «الأمانة ستشرف»، وأضاف في تصريح نشرته وكالة الأنباء اليمنية أن «العدد كبير»، لافتا إلى أن «المنشآت دمرت»، ".repeat(n) + "وانتهى.",
  "persons glued to ل after a post": (n) => "قال المبعوث الخاص لهولاند نيكولا هولو إن «الأزمة كبيرة». ".repeat(n)
}

linearQuoteCases(
  "sixtieth session, Arabic holders after their bodies, object clauses and persons after ل: the rules stay linear",
  cases,
  taggedBy([["مجلس الطلاب", "ORGANIZATION"], ["مانشستر", "LOCATION"], ["فهد العتيبي", "PERSON"], ["مستشفى الوجه", "ORGANIZATION"], ["أمانة المنطقة الشرقية", "ORGANIZATION"], ["وكالة الأنباء اليمنية", "ORGANIZATION"], ["هولاند", "PERSON"], ["نيكولا هولو", "PERSON"]]),
  200
)
