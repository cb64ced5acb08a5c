/**
 * A definite role with a nisba adjective (`وأضافت المتحدثة الأوروبية`) stands for the person named before with that
 * role written after the name (`مينا أندريفا، المتحدثة باسم المفوضية الأوروبية،`), which the entity stage cuts at
 * `باسم` (thirty-third session, lead, after the A55 reading). The words of the apposition after the name count as the
 * role's. Rows run whole articles through `processText` (the entity stage gives the roles). Articles written for this
 * test.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string =>
  `المفوضية تطالب أثينا بمزيد من الإصلاحات\n\nبروكسل - وكالات\n\nطالبت المفوضية الأوروبية أمس الحكومة اليونانية بالمضي في الإصلاحات الاقتصادية.\n\n${body}`

const speakersOf = async (body: string): Promise<Array<string>> =>
  (await processText(article(body), {})).quotes.map((q) => `${q.speaker ?? "-"} | ${q.verb ?? "-"}`)

const NAMED = "وأكدت مينا أندريفا، المتحدثة باسم المفوضية الأوروبية، أن المفوضية تنتظر خطوات جديدة من أثينا خلال الأسابيع المقبلة.\n\n"

describe("Arabic speakers: a role written after the name (thirty-third session)", () => {
  it("the role and its nisba adjective after the name", async () => {
    expect(await speakersOf(`${NAMED}وأضافت المتحدثة الأوروبية أنه «من السابق لأوانه الحديث عن مواعيد نهائية للمفاوضات مع الدائنين».`)).toEqual([
      "مينا أندريفا | أضافت"
    ])
  })

  it.each([
    ["an adjective not in the apposition", `${NAMED}وأضافت المتحدثة الألمانية أنه «من السابق لأوانه الحديث عن مواعيد نهائية للمفاوضات مع الدائنين».`, "المتحدثة الألمانية | أضافت"],
    [
      "the adjective after the apposition's end",
      "وأكدت مينا أندريفا، المتحدثة باسم المفوضية، في بروكسل الأوروبية أن المفوضية تنتظر خطوات جديدة.\n\nوأضافت المتحدثة الأوروبية أنه «من السابق لأوانه الحديث عن مواعيد نهائية للمفاوضات مع الدائنين».",
      "المتحدثة الأوروبية | أضافت"
    ],
    [
      "no comma after the name: no apposition",
      "وأكدت مينا أندريفا المتحدثة في مؤتمر صحفي مع نظيرها الأوروبي أن المفوضية تنتظر خطوات جديدة.\n\nوأضافت المتحدثة الأوروبية أنه «من السابق لأوانه الحديث عن مواعيد نهائية للمفاوضات مع الدائنين».",
      "المتحدثة الأوروبية | أضافت"
    ]
  ])("the role phrase stays: %s", async (_, body, expected) => {
    expect(await speakersOf(body)).toEqual([expected])
  })
})
