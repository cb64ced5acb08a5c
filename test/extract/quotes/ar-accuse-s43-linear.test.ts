import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-third session's rules for verbs of describing and accusing (docs/history/quotes.md, "Forty-third session
 * (helper, accuse)") read a bounded window at each verb however long the text: the name before a bare verb of
 * describing or charging at most an apposition of twelve tokens and ten words of its role back, and one mark after
 * `لـ` with its tatweel. Texts with no full stop and no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "names before verbs of describing, no full stop": (n) => "سالم العتيبي وصف الخطة بـ \"حملة تشهير\" و".repeat(n),
  "names and appositions before verbs of accusing, no full stop": (n) => "سالم العتيبي، مدير الشركة، يتهم المصارف بـ \"التلاعب بالأرقام\" و".repeat(n),
  "many role words before a name and a verb of describing": (n) => "وكان " + "المستشار ".repeat(n) + "سالم العتيبي قد وصف الخطة بـ \"حملة تشهير\"",
  "many commas before a verb of describing": (n) => "سالم العتيبي" + "، مدير".repeat(n) + "، وصف الخطة بأنها \"حملة تشهير كبرى\"",
  "names after لـ with its tatweel, no full stop": (n) => "رئيس مجلس الإدارة لـ \"الوطن\" و".repeat(n)
}

linearQuoteCases("forty-third session, Arabic verbs of describing and accusing: the rules stay linear", cases, taggedBy([["سالم العتيبي", "PERSON"]]), 200)
