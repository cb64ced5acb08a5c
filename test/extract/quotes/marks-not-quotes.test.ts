/**
 * Characters that the `search` view folds to a quotation mark but that stand for something else where they are
 * (thirty-second session, lead, after the A52 reading): a single guillemet glued between two Latin letters is an
 * apostrophe (`St Martin›s Lane` in an address gave the quote «s Lane - London …» to "St. Martin"). Single guillemets
 * around words stay quotation marks. The folding is the pipeline's (the quote stage reads the `search` view), so these
 * rows run whole articles through `processText`. Articles written for this test.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string =>
  `افتتاح فرع جديد لمطعم سعودي في العاصمة البريطانية\n\nلندن - خاص\n\nافتتحت سلسلة مطاعم سعودية فرعها الأول في أوروبا أمس وسط إقبال كبير من الزوار العرب.\n\n${body}`

const quotesOf = async (body: string): Promise<Array<string>> =>
  (await processText(article(body), {})).quotes.map((q) => `[${q.speaker} | ${q.verb}] ${q.text}`)

describe("quotes: folded marks that are no quotation marks (thirty-second session)", () => {
  it.each([
    ["an address", "ويقع الفرع الجديد في وسط المدينة، وعنوانه: 12، St Martin›s Lane - London WC2N 4HS"],
    ["a title", "وتعرض المكتبة المجاورة نسخا نادرة من رواية Alice‹s Adventures قرب مدخل القاعة الرئيسية هذا الشهر"]
  ])("a single guillemet between two Latin letters is an apostrophe: %s", async (_, body) => {
    expect(await quotesOf(body)).toEqual([])
  })

  it.each([
    ["after a colon", "وقال مدير السلسلة سمير حداد في مقابلة مع الصحيفة: ‹لن نتراجع عن خطط التوسع مهما كانت الضغوط›."],
    ["after the speaker", "وقال مدير السلسلة سمير حداد ‹إن الحوار مع المستثمرين مستمر منذ أسابيع›."]
  ])("single guillemets around words are still marks: %s", async (_, body) => {
    const quotes = await quotesOf(body)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatch(/^\[سمير حداد \| قال\] (لن نتراجع|إن الحوار)/)
    expect(quotes[0]).not.toMatch(/[‹›]/)
  })
})
