import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fortieth session's rules for short quotes in reported speech (docs/history/quotes.md, "Fortieth session (helper,
 * reported)") read a bounded window at each mark however long the text: a verb of describing at most `REPORTED_WINDOW`
 * tokens back, its cue found by binary search; a negated copula one or three tokens back. Texts with no full stop and
 * no paragraph break: many marks after `بأنه` and `بـ` with a verb of describing before each, many later pieces after
 * `ليس` and `ما هي إلا`.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs of describing far before their marks, no full stop": (n) => "ووصف سامي الحداد، الذي يستعد للنهائي في 12 مارس، فوزه في الدور الأول بأنه \"مذهل\" و".repeat(n),
  "marks after بـ with no verb before them, no full stop": (n) => "ووصف سامي الحداد المشروع " + "والطريق والجسر بـ\"الفاشل\" ".repeat(n),
  "later pieces after ليس and ما هي إلا, no full stop": (n) => "وقال سامي الحداد إن الخطة \"ستنجح بلا شك\" " + "وإن سقوطها ليس \"مهددا للحياة\" وإن الحملة ما هي إلا \"تصفية للحسابات\" ".repeat(n)
}

linearQuoteCases("fortieth session, Arabic reported speech: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
