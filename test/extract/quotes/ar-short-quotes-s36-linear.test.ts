import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The thirty-sixth session's short-quote rules (docs/history/quotes.md, "Thirty-sixth session (helper, short quotes
 * after the complementizer and dash asides)") read a bounded window at each mark however long the text: a cue inside a
 * dash aside is passed over for the older cue only after twelve tokens at most each way, and the subject's words in
 * marks are at most two. Texts with no full stop: many asides with a verb in them, many dashes with no aside, many
 * subjects in marks after a complementizer.
 */
const cases: Record<string, (n: number) => string> = {
  "asides with a verb inside, no full stop": (n) => "وقال سامي الحداد - الذي أكد دعمه - إن الاتفاق «سيئ جدا» ".repeat(n),
  "asides in a row, no full stop": (n) => "وقال سامي الحداد - حسب الوكالة - إن - وقال علي - إن ".repeat(n) + "الوضع «خطير»",
  "dashes with no aside, no full stop": (n) => "- قال سامي الحداد - ".repeat(n) + "إن «حربا شاملة» ستندلع",
  "subjects in marks after a complementizer, no full stop": (n) => "وأضاف سامي الحداد أن «حربا شاملة» ستندلع وأن الوضع «خطير» ".repeat(n)
}

linearQuoteCases("thirty-sixth session, Arabic short quotes: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
