/**
 * A definite role with a nisba adjective (`وأضافت المتحدثة الأوروبية`) stands for the person named before with that
 * role written after the name (`لينا ماركوفا، المتحدثة باسم المفوضية الأوروبية،`), which the entity stage cuts at
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

const NAMED = "وأكدت لينا ماركوفا، المتحدثة باسم المفوضية الأوروبية، أن المفوضية تنتظر خطوات جديدة من أثينا خلال الأسابيع المقبلة.\n\n"

describe("Arabic speakers: a role written after the name (thirty-third session)", () => {
  it("the role and its nisba adjective after the name", async () => {
    expect(await speakersOf(`${NAMED}وأضافت المتحدثة الأوروبية أنه «لا يمكن الآن تحديد موعد لإنهاء المحادثات مع المقرضين».`)).toEqual([
      "لينا ماركوفا | أضافت"
    ])
  })

  it.each([
    ["an adjective not in the apposition", `${NAMED}وأضافت المتحدثة الألمانية أنه «لا يمكن الآن تحديد موعد لإنهاء المحادثات مع المقرضين».`, "المتحدثة الألمانية | أضافت"],
    [
      "the adjective after the apposition's end",
      "وأكدت لينا ماركوفا، المتحدثة باسم المفوضية، في بروكسل الأوروبية أن المفوضية تنتظر خطوات جديدة.\n\nوأضافت المتحدثة الأوروبية أنه «لا يمكن الآن تحديد موعد لإنهاء المحادثات مع المقرضين».",
      "المتحدثة الأوروبية | أضافت"
    ],
    [
      "no comma after the name: no apposition",
      "وأكدت لينا ماركوفا المتحدثة في مؤتمر صحفي مع نظيرها الأوروبي أن المفوضية تنتظر خطوات جديدة.\n\nوأضافت المتحدثة الأوروبية أنه «لا يمكن الآن تحديد موعد لإنهاء المحادثات مع المقرضين».",
      "المتحدثة الأوروبية | أضافت"
    ]
  ])("the role phrase stays: %s", async (_, body, expected) => {
    expect(await speakersOf(body)).toEqual([expected])
  })
})
