/**
 * Quran verses are scripture, not quotes of the article (thirty-third session, after the A54 and A55 readings: five of
 * their fourteen false quotes were verses after `قال تعالى`, in `{}` or `( )`, given to `تعالى`). A speaker phrase
 * that names God (`تعالى`, `الله عز وجل`, `الحق سبحانه وتعالى`; the lexicon's `divine`), words right after such a
 * phrase and its colon, and words opened by a brace or an ornate parenthesis give no quote, and God is never the
 * chain's speaker for the quotes after. A scholar's name with `رحمه الله تعالى` is a person's. Rows run whole articles
 * through `processText`. Articles written for this test.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string =>
  `خطيب الجامع الكبير يدعو إلى التكافل في العيد\n\nالرياض - واس\n\nدعا خطيب الجامع الكبير في الرياض الشيخ سعد الدوسري المصلين إلى التكافل مع الأسر المحتاجة في أيام العيد.\n\n${body}`

const quotesOf = async (body: string): Promise<Array<string>> =>
  (await processText(article(body), {})).quotes.map((q) => `[${q.speaker ?? "-"} | ${q.verb ?? "-"}] ${q.text}`)

describe("quotes: scripture is no quote (thirty-third session)", () => {
  it.each([
    ["قال تعالى and braces", "وقال الدوسري إن الصدقة تطفئ غضب الرب، وقال تعالى: {وما تنفقوا من خير فلأنفسكم}."],
    ["بقوله تعالى and brackets", "وختم الدوسري خطبته مستشهدا بقوله تعالى: (وتعاونوا على البر والتقوى ولا تعاونوا على الإثم والعدوان)."],
    ["the speaker phrase names God", "وفي ذلك يقول الحق سبحانه وتعالى: \"ومن يتق الله يجعل له مخرجا ويرزقه من حيث لا يحتسب\"."],
    ["God named with a phrase before the colon", "وقد قال الله عز وجل في محكم كتابه: \"إن الله يأمر بالعدل والإحسان وإيتاء ذي القربى\"."],
    ["عز من قائل, read by the entity stage as a man named عز", "وحذر الدوسري من طاعة الشيطان فقال عز من قائل: ((إن الشيطان لكم عدو فاتخذوه عدوا))."],
    ["ornate parentheses", "وتلا الدوسري على المصلين ﴿إن الله مع الذين اتقوا والذين هم محسنون﴾ ثم دعا لولاة الأمر."]
  ])("%s", async (_, body) => {
    expect(await quotesOf(body)).toEqual([])
  })

  it("the preacher's own words after a verse stay his, and God does not carry on to the next verb", async () => {
    const quotes = await quotesOf(
      "وقال الدوسري إن العيد موسم للتراحم، مستشهدا بقوله تعالى: {وتعاونوا على البر والتقوى}. وأضاف: \"على كل واحد منا أن يتفقد جيرانه قبل أن يفرح بعيده\"."
    )
    expect(quotes).toEqual(["[سعد الدوسري | أضاف] على كل واحد منا أن يتفقد جيرانه قبل أن يفرح بعيده"])
  })

  it("after عز من قائل, the next question is the preacher's, not عز's", async () => {
    const quotes = await quotesOf(
      "وحذر الدوسري من طاعة الشيطان فقال عز من قائل: ((إن الشيطان لكم عدو فاتخذوه عدوا)). وتساءل في خطبته: \"ألم يتفكر هؤلاء في عاقبة من أصاب دما حراما؟\"."
    )
    expect(quotes).toEqual(["[سعد الدوسري | تساءل] ألم يتفكر هؤلاء في عاقبة من أصاب دما حراما؟"])
  })

  it.each([
    ["a scholar with رحمه الله تعالى", "وقال الإمام ابن القيم رحمه الله تعالى: \"القلب يمرض كما يمرض البدن وشفاؤه في التوبة والحمية\".", /^\[ابن القيم \| قال\] القلب يمرض/],
    ["a person who names God in his words", "وقال الدوسري: \"نسأل الله تعالى أن يعيد هذه الأيام على الأمة بالخير والبركة\".", /^\[سعد الدوسري \| قال\] نسأل الله تعالى/]
  ])("still a quote: %s", async (_, body, expected) => {
    const quotes = await quotesOf(body)
    expect(quotes).toHaveLength(1)
    expect(quotes[0]).toMatch(expected)
  })
})
