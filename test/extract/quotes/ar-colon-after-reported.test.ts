/**
 * A colon at the end of reported speech (`وأكدت الوزارة أن المتهمين أقروا بتورطهم في عمليتين سابقتين: الأولى …`) opens a
 * list or an explanation of the reported words, not the verb's direct speech (thirty-third session, lead, after the A54
 * and A55 readings: three of their fourteen false quotes). Three words or more between the complementizer and the
 * colon; `قال: إن …` and `قال إن: …` are speech as before. Rows run whole articles through `processText`. Articles
 * written for this test.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string =>
  `الداخلية تعلن القبض على خلية لتهريب الأسلحة\n\nالمنامة - واس\n\nأعلنت وزارة الداخلية أمس القبض على خمسة متهمين بتهريب أسلحة ومتفجرات عبر البحر.\n\n${body}`

const quotesOf = async (body: string): Promise<Array<string>> =>
  (await processText(article(body), {})).quotes.map((q) => `[${q.speaker ?? "-"} | ${q.verb ?? "-"}] ${q.text}`)

const WORDS = "التحقيقات مستمرة مع المتهمين وسيحالون إلى النيابة العامة فور انتهائها"

describe("quotes: a colon after reported speech opens no quote (thirty-third session)", () => {
  it.each([
    ["a list of two after أن", "وأوضحت الجهة أن الموقوفين اعترفوا بمشاركتهم في عمليتين سابقتين: الأولى في نهاية العام الماضي، والثانية في بداية العام الجاري."],
    ["types after أنّ", "وذكرت الباحثة أنّ المواد المضبوطة تنقسم إلى نوعين: النوع الأول متفجرات شديدة الانفجار، والنوع الثاني أسلحة رشاشة."]
  ])("%s", async (_, body) => {
    expect(await quotesOf(body)).toEqual([])
  })

  it.each([
    ["the colon before إن", `وقال المتحدث باسم الوزارة: إن ${WORDS}.`, `[المتحدث باسم الوزارة | قال] إن ${WORDS}`],
    ["the colon right after إن", `وقال المتحدث باسم الوزارة إن: ${WORDS}.`, `[المتحدث باسم الوزارة | قال] ${WORDS}`]
  ])("still speech: %s", async (_, body, expected) => {
    expect(await quotesOf(body)).toEqual([expected])
  })
})
