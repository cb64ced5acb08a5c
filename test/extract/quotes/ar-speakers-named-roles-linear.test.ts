import { describe, expect, it } from "vitest"
import { quotesOf } from "../../../src/extract/quotes/index.js"
import { LINEAR_BOUND, growth } from "../numbers/timing.js"
import { taggedBy } from "./linear/timing.js"

/**
 * The thirty-seventh session's named roles (docs/history/quotes.md, "Thirty-seventh session (helper, named roles)")
 * stay linear: many tweets after many people sharing a name word (the name words read once per document), many former
 * epithets after many people described with the epithet's noun, many long role chains through bodies after `في`, and
 * many untagged names before posts.
 */
const tag = taggedBy([
  ["كريم الساعدي", "PERSON"],
  ["مايك جونسون", "PERSON"],
  ["سامي الخطيب", "PERSON"]
])
const run = (text: string) => quotesOf(text, { entities: tag(text) })

const cases: Record<string, (n: number) => string> = {
  "tweets after a person named again and again": (n) => "وأعلن كريم الساعدي استقالته. وقرر الانسحاب «لأن الظروف لم تعد تسمح»، حسب تغريدة الساعدي. ".repeat(n),
  "former epithets after people described with the noun": (n) => "قال نجم كرة السلة مايك جونسون إنه سعيد. وانضم اللاعب إلى النادي.\nوأكد نجم ليكرز السابق، البالغ من العمر 28 عاما، أن الصفقة «عبء كبير».\n".repeat(n),
  "role chains through bodies after في": (n) => 'وقال مدير برنامج الرصد في الجمعية الوطنية للدفاع عن المستهلكين سامي الخطيب إن "الأسعار ارتفعت". '.repeat(n),
  "untagged names before posts": (n) => 'وقال سالم باحميد وزير الموانئ اليمني إن "الميناء سيعود للعمل". '.repeat(n)
}

describe("thirty-seventh session, Arabic named roles: the rules stay linear", () => {
  for (const [name, make] of Object.entries(cases)) {
    it(name, () => {
      expect(growth(make, run, 200)).toBeLessThan(LINEAR_BOUND)
    })
  }
})
