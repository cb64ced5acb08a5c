/**
 * A double prime `″` glued after a digit closes a `“` (thirty-third session, lead, after the A52 reading): WordPress
 * prints a `"` typed after a digit as `″`, so sites that run on it write `“ويندوز 10″` and end a quote on a year with
 * `عام 2015″`. Before, the `“` found no closer there and ran on to the next `”` of its paragraph, or to its end, with
 * everything between read as one quote. Rows run whole articles through `processText` (the quote stage reads the
 * pipeline's `search` view). Articles written for this test.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string =>
  `شركة تقنية تطلق نظام تشغيل جديدا للهواتف الذكية\n\nالرياض - واس\n\nأطلقت شركة تقنية عالمية أمس نسخة جديدة من نظام التشغيل الخاص بهواتفها الذكية في الأسواق الخليجية.\n\n${body}`

const quotesOf = async (body: string): Promise<Array<string>> =>
  (await processText(article(body), {})).quotes.map((q) => `[${q.speaker ?? "-"} | ${q.verb ?? "-"}] ${q.text}`)

describe("quotes: a double prime after a digit closes “ (thirty-third session)", () => {
  it("a product name in “…″ is no quote, and the speech after it keeps its own marks", async () => {
    const quotes = await quotesOf(
      "وكانت الشركة قد أعلنت عن نظام “ويندوز 12″ الشهر الماضي، وقال مدير المبيعات في المنطقة خالد العتيبي: “نتوقع أن يصل النظام الجديد إلى ملايين المستخدمين خلال أسابيع”."
    )
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatch(/^\[خالد العتيبي \| قال\] نتوقع أن يصل/)
    expect(quotes[0]).not.toContain("ويندوز")
  })

  it("a quote that ends on a year is closed there", async () => {
    const quotes = await quotesOf(
      "وقال رئيس الشركة سامر الحربي: “هذه أكبر خطوة نخطوها منذ تأسيس الشركة عام 2009″. وأضاف أن الفريق عمل على النظام ثلاث سنوات كاملة دون توقف."
    )
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toBe("[سامر الحربي | قال] هذه أكبر خطوة نخطوها منذ تأسيس الشركة عام 2009")
  })

  it.each([
    ["a double prime of inches after the quote", "وقال رئيس الشركة سامر الحربي: “نريد أن نكون الخيار الأول للمستخدمين في المنطقة”، مشيرا إلى شاشة قياسها 6″ في الجهاز."],
    ["curly marks with a digit inside", "وقال رئيس الشركة سامر الحربي: “نريد أن نبيع 10 ملايين جهاز في المنطقة هذا العام”."]
  ])("other pairs are read as before: %s", async (_, body) => {
    const quotes = await quotesOf(body)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatch(/^\[سامر الحربي \| قال\] نريد أن ن/)
  })
})
