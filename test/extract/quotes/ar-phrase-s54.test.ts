/**
 * Fifty-fourth session (helper arphrase): the bounds of the speaker's phrase after an Arabic verb of saying
 * (docs/quotes.md, "The bounds of the speaker's phrase"; docs/history/quotes.md, "Fifty-fourth session: arphrase"): an
 * untitled name that closes a post's chain of bodies and places after `في`/`على`/`إلى` is the speaker
 * (`nameClosingChain`); an outlet glued to ل after a channel's noun is the channel's owner (`channelOwnerAt`); a noun
 * with a possessive pronoun after the definite subject is the verb's object, and an adverb after the subject is no word
 * of it (`objectAfterSubject`, `bareAdverbs`). Whole pipeline; sentences written for these tests in the style of the
 * wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["خبر اليوم", "", "دمشق - الشرق الأوسط", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "ar-phrase-s54" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("Arabic: an untitled name closing a post's chain (nameClosingChain)", () => {
  it("gives the quote to the name after a body and a place glued to ب", async () => {
    const got = await quotes("وقال عضو المجلس المحلي في مدينة دوما بريف دمشق سامر الحلبي إن «القصف لم يتوقف منذ الصباح».")
    expect(got).toContain("[سامر الحلبي] القصف لم يتوقف منذ الصباح")
  })

  it("reads a second role and `على` before the name and its colon", async () => {
    const got = await quotes("وقال رئيس بلدية عنيزة المشرف العام على لجان المهرجان فهد بن صالح العتيبي: «إن الإقبال فاق التوقعات هذا العام».")
    expect(got).toContain("[فهد بن صالح العتيبي] إن الإقبال فاق التوقعات هذا العام")
  })

  it("reads an envoy's `إلى` and the region before the name", async () => {
    const got = await quotes("وقال مبعوث الأمم المتحدة إلى اليمن كريم ماجد الحسني إن «المشاورات ستستأنف الأسبوع المقبل».")
    expect(got).toContain("[كريم ماجد الحسني] المشاورات ستستأنف الأسبوع المقبل")
  })

  it("keeps the member when the name holds the party's own post (`حزب الرئيس السابق X`)", async () => {
    const got = await quotes("وقال عضو في حزب الرئيس السابق سعيد حمدان الراشد، إن «ممثلين عن الحزب وصلوا إلى العاصمة».")
    expect(got.some((q) => q.endsWith("ممثلين عن الحزب وصلوا إلى العاصمة") && !q.startsWith("[سعيد حمدان الراشد]"))).toBe(true)
  })

  it("keeps the minister when the name is a letter's addressee (`في رسالة إلى X`)", async () => {
    const got = await quotes("وقال وزير الخارجية في رسالة إلى الرئيس سامي خليل الجابري إن «الوضع لا يحتمل التأجيل».")
    expect(got.some((q) => q.endsWith("الوضع لا يحتمل التأجيل") && !q.startsWith("[سامي خليل الجابري]"))).toBe(true)
  })

  it("keeps the minister when the name is a counterpart met (`في لقاء مع نظيره X`)", async () => {
    const got = await quotes("وقال وزير الخارجية في لقائه مع نظيره الأردني ناصر جودة إن «العلاقات بين البلدين متينة».")
    expect(got.some((q) => q.endsWith("العلاقات بين البلدين متينة") && !q.startsWith("[ناصر جودة]"))).toBe(true)
  })
})

describe("Arabic: an outlet after a channel's noun owns the channel (channelOwnerAt)", () => {
  it("keeps the radio after `الموقع الإلكتروني` and its name in marks", async () => {
    const got = await quotes("وقال الموقع الإلكتروني لإذاعة \"مونت كارلو 2\" الفرنسية: إن الحادث وقع قرب البحيرة.")
    expect(got.some((q) => q.startsWith("[الموقع الإلكتروني لإذاعة") && q.endsWith("إن الحادث وقع قرب البحيرة"))).toBe(true)
  })

  it("still reads an outlet after a person as the addressee (`قال الوزير لصحيفة «X»`)", async () => {
    const got = await quotes("وقال الوزير لصحيفة «الحياة» إن «المفاوضات ستستأنف قريبا».")
    expect(got).toContain("[الوزير] المفاوضات ستستأنف قريبا")
  })
})

describe("Arabic: an object or an adverb after the subject (objectAfterSubject, bareAdverbs)", () => {
  it("ends the phrase before a noun of speech with its pronoun (`حديثها`)", async () => {
    const got = await quotes("وتابعت الصحيفة الإسبانية حديثها قائلة: «إن اللاعب سيغادر النادي في الصيف».")
    expect(got).toContain("[الصحيفة الإسبانية] إن اللاعب سيغادر النادي في الصيف")
  })

  it("ends the phrase before any noun with a possessive pronoun (`انسحابهم`)", async () => {
    const got = await quotes("وأعلن جميع المرشحين الثلاثة انسحابهم قائلين إن «المناخ السياسي لا يضمن انتخابات حرة».")
    expect(got).toContain("[جميع المرشحين الثلاثة] المناخ السياسي لا يضمن انتخابات حرة")
  })

  it("ends the phrase before an adverb (`خصوصا`)", async () => {
    const got = await quotes("وقالت مصادر قبلية خصوصا إن «التجنيد مستمر في صفوف الحرس منذ أسابيع».")
    expect(got).toContain("[مصادر قبلية] التجنيد مستمر في صفوف الحرس منذ أسابيع")
  })

  it("keeps a spokesman's `باسمها` in the phrase", async () => {
    const got = await quotes("أعلنت وزارة الصحة عن حملة جديدة. وقال المتحدث باسمها إن «الحملة ستشمل كل المدن».")
    expect(got.some((q) => q.endsWith("الحملة ستشمل كل المدن") && !q.startsWith("[المتحدث]"))).toBe(true)
  })

  it("keeps `نفسه` after the source's noun: the source described before", async () => {
    const got = await quotes("وقال مصدر أمني إن «الهجوم وقع فجرا». وأضاف المصدر نفسه أن «القوات طوقت المنطقة».")
    expect(got).toContain("[مصدر أمني] القوات طوقت المنطقة")
  })

  it("keeps a first name that ends in ها before a tagged surname", async () => {
    const got = await quotes("وقالت مديرة المستشفى سوجاتها كوماري، التي تشرف على العلاج، إن الطفلة \"تتحسن ببطء وتحتاج إلى الراحة التامة.\"")
    expect(got).toContain("[كوماري] تتحسن ببطء وتحتاج إلى الراحة التامة")
  })
})
