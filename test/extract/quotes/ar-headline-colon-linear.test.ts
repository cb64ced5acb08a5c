import { describe, expect, it } from "vitest"
import { quotesOf } from "../../../src/extract/quotes/index.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"
import { taggedBy } from "./linear/timing.js"

/**
 * The thirty-sixth session's headline rule (docs/history/quotes.md, "Thirty-sixth session (helper, headlines with a
 * colon)") reads the title once and the entities after it once, however long the body: a body of many people with
 * roles (the holder's search reads every role), of many mentions of the headline's person, and a title of a long run
 * of punctuation before its colon.
 */
const tag = taggedBy([
  ["سامي الحداد", "PERSON"],
  ["كريم العبدلي", "PERSON"]
])
const withRoles = (text: string) => tag(text).map((e) => ({ ...e, role: e.text === "كريم العبدلي" ? "وزير المالية" : "وزير النقل" }))
const run = (text: string) => quotesOf(text, { entities: withRoles(text), title: { start: 0, end: text.indexOf("\n") } })

const cases: Record<string, (n: number) => string> = {
  "a post's holder among many people with roles": (n) => "وزير الصحة: سنعيد النظر في رسوم المستشفيات قبل نهاية العام\n" + "وقال وزير النقل سامي الحداد إن الرسوم مرتفعة، وقال وزير المالية كريم العبدلي إن الميزانية كافية. ".repeat(n),
  "the headline's person named again and again": (n) => "سامي الحداد: سنعيد النظر في رسوم الموانئ قبل نهاية العام\n" + "وأكد سامي الحداد أن الوزارة تدرس الرسوم مع كريم العبدلي. ".repeat(n),
  "punctuation without end before a colon": (n) => "سامي الحداد " + "- ، ".repeat(n) + ": سنعيد النظر في الرسوم\nوأكد سامي الحداد ذلك.",
  // thirty-seventh session: a title's marks the body never repeats, among many quotes and cues; and one it repeats at
  // the end of a sentence that runs on with many cues
  "title marks the body never repeats": (n) => 'الوزارة "ستعيد النظر في رسوم المستشفيات" قريبا\n' + 'وقال سامي الحداد "إن الرسوم مرتفعة جدا هذا العام"، وقال كريم العبدلي إن الميزانية كافية. '.repeat(n),
  "title marks repeated after a sentence of many cues": (n) => 'الوزارة "ستعيد النظر في رسوم المستشفيات" قريبا\n' + "وقال سامي الحداد وقال كريم العبدلي ".repeat(n) + "إن الوزارة ستعيد النظر في رسوم المستشفيات."
}

describe("thirty-sixth and thirty-seventh sessions, Arabic headlines with a colon or marks: the rules stay linear", () => {
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      expect(growth(make, run, 200)).toBeLessThan(LINEAR_BOUND)
    })
  }
})
