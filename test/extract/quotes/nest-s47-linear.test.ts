import { linearQuoteCases, taggedBy } from "./linear/timing.js"

/**
 * The forty-seventh session's nest rules (docs/history/quotes.md, "Forty-seventh session: nest") read a bounded
 * window: a complementizer's cue at most eight tokens back and a `«`'s next mark at most five tokens on; a name's `»`
 * at most eight tokens back; an English quote left open is read once for a single closing mark. Deeply nested and
 * unbalanced marks (100,000 `«` at the larger size), alternating `«»«`, and long texts with no paragraph break.
 */
const cases: Record<string, (n: number) => string> = {
  "opening marks alone (100,000 at the larger size)": (n) => "وقال الوزير إن " + "«".repeat(n * 125),
  "alternating marks": (n) => "وقال الوزير إن «" + "«»«".repeat(n * 20),
  "names quoted inside open marks before complementizers' cues": (n) => "وقال الوزير سامي الحداد إن «الحكومة لن تتفاوض مع «داعش». وتوقع أن «".repeat(n),
  "names quoted inside one open mark": (n) => "وقال الوزير سامي الحداد إن «الحكومة " + "لن تتفاوض مع «داعش» وأكد أن ".repeat(n),
  "English quotes opening with a single mark": (n) => "He told the director: \"We are late. \"'Oh no, do not go,\" came the reply. ".repeat(n),
  "an English quote left open over single marks": (n) => "He said: \"I asked him " + "'do you want a wall?' and he said ".repeat(n) + "it is more.' The end"
}

linearQuoteCases("forty-seventh session, nest rules: the rules stay linear", cases, taggedBy([["سامي الحداد", "PERSON"]]), 200)
