import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-second session's speaker rule (docs/history/quotes.md, "Forty-second session (helper, names)") reads a
 * bounded window after each verb however long the text: one word, `على لسان`, then at most twelve tokens to a person.
 * Texts with no full stop and no paragraph break: many verbs with `على لسان` after them.
 */
const cases: Record<string, (n: number) => string> = {
  "verbs with `على لسان` after them, no full stop": (n) => "حيث أكدت الاثنين على لسان المتحدثة باسم الحكومة سامي الحداد أن الناخبين مدعوون إلى \"انتخاب مجلس جديد\" و".repeat(n)
}

linearQuoteCases("forty-second session, Arabic names: the rule stays linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
