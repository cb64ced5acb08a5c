import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The fortieth session's noun cues (docs/history/quotes.md, "Fortieth session (helper, nouncues)") read a bounded window
 * at each mark however long the text: a verbal noun glued to ب at most three words back, then the verb of charging
 * within the cue window; a first-person verb's addressee at most three words before its colon, and its words cut once
 * at their first sentence end or speech verb. Texts with no full stop and no paragraph break: many verbal nouns before marks, many verbs of
 * charging with no marks near them.
 */
const cases: Record<string, (n: number) => string> = {
  "verbal nouns glued to ب before marks, no full stop": (n) => "واتهم سامي الحداد الشركة " + "بالتصرف بطريقة \"تخالف كل المعايير المهنية\" و".repeat(n),
  "verbs of charging and verbal nouns, no full stop": (n) => "واتهم سامي الحداد الشركة بالتقصير بالعمل بالتأخير ".repeat(n) + "\"تخالف كل المعايير\"",
  "first-person verbs before a colon, no full stop": (n) => "فقلت له: سأحضر إن سمح وقتي، ".repeat(n),
  "one first-person colon before a long sentence with commas": (n) => "فقلت له: " + "سأحضر إن سمح وقتي، ".repeat(n)
}

linearQuoteCases("fortieth session, Arabic noun cues: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
