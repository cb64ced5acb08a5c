import { describe, expect, it } from "vitest"
import { quotesOf } from "../../../src/extract/quotes/index.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"
import { taggedBy } from "./linear/timing.js"

/**
 * The fortieth session's headline rules (docs/history/quotes.md, "Fortieth session (helper, headlines)") read the
 * body's quotes once for a family name before the title's colon, and each holder's role once: a body of many quotes
 * none of whose speakers is the title's, and of many people with roles none of which is the title's post.
 */
const tag = taggedBy([
  ["سامي الحداد", "PERSON"],
  ["الرياض", "LOCATION"]
])
const withRoles = (text: string) => tag(text).map((e) => ({ ...e, role: e.type === "PERSON" ? "وزير النقل الكويتي" : null }))
const run = (text: string) => quotesOf(text, { entities: withRoles(text), title: { start: 0, end: text.indexOf("\n") } })

const cases: Record<string, (n: number) => string> = {
  "a family name among many quotes of other speakers": (n) => "الدوسري: المرحلة المقبلة تتطلب صبرا طويلا من الجميع\n" + 'وقال العتيبي في الرياض "نحن أمام مرحلة صعبة جدا". '.repeat(n),
  "a post among many holders of another": (n) => "وزير الصحة الكويتي: سنعيد النظر في رسوم المستشفيات قبل نهاية العام\n" + "وقال وزير النقل الكويتي سامي الحداد إن الرسوم مرتفعة. ".repeat(n)
}

describe("fortieth session, Arabic headlines: the rules stay linear", () => {
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      expect(growth(make, run, 200)).toBeLessThan(LINEAR_BOUND)
    })
  }
})
