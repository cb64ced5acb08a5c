import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-second session's mark rules (docs/history/quotes.md, "Forty-second session (helper, marks)") read a bounded
 * window at each mark however long the text: a noun with its pronoun and `لـ` three tokens back, then a verb within the
 * cue window; a verb of charging before `بأنها` within the cue window; a `«` typed for `»` one to three words after the
 * open one (the paragraph's marks counted once). Texts with no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "stance nouns glued to لـ and marks, no full stop": (n) => "أبدى سامي الحداد " + "استعداده لـ\"منافسة الأندية الكبرى على اللقب\" و".repeat(n),
  "participles of a stance after commas": (n) => "وزار سامي الحداد المدينة" + "، معلنا دعمه لـ«خطة إعادة الإعمار الشاملة»".repeat(n),
  "charges before بأنها, no full stop": (n) => "واتهم سامي الحداد الشركة " + "بأنها \"أغرقت الأسواق بمنتجات فاسدة\" و".repeat(n),
  "« X « pairs in a balanced paragraph": (n) => "وأكد سامي الحداد أن " + "« سوميرا « تفخر بفرعها و» سوميرا» ".repeat(n)
}

linearQuoteCases("forty-second session, Arabic marks: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
