import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The sixty-second session's rules (docs/history/quotes.md, "Sixty-second session: arquote20") read a bounded window at
 * each marked piece or speaker phrase however long the text: a programme noun within 24 tokens before uncued marks and
 * its earlier mentions within 600 tokens, a relative clause of at most ten tokens after a role, and the names right
 * after a group's noun. Texts with and without full stops.
 */
const cases: Record<string, (n: number) => string> = {
  "programmes as subjects of uncued marks, no full stop": (n) => "ومن أبرز الإصلاحات التي أعلنها سامي العلي «خفض عدد الوزارات إلى عشرين وزارة»، وتنص الاصلاحات أيضا على «تقليص أعداد الحمايات لكل المسؤولين»، ".repeat(n) + "وانتهى.",
  "roles with relative clauses and names": (n) => "وقال كبير الباحثين الذين أجروا الدراسة، جون ماكدونالد إن النتائج تمثل «فجوة كبيرة بين الأطفال». ".repeat(n),
  "names after a group's noun": (n) => "وقال الفنانان إياد حماد وأحمد دهلوي: «الجدارية رسالة حب للمدينة وأهلها». ".repeat(n)
}

linearQuoteCases("sixty-second session, Arabic programmes as subjects, names after roles and groups: the rules stay linear", cases, taggedBy([["سامي العلي", "PERSON"], ["ماكدونالد", "PERSON"], ["الفنانان", "PERSON"], ["إياد حماد", "PERSON"], ["أحمد دهلوي", "PERSON"]]), 200)
