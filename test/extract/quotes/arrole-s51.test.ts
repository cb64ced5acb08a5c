/**
 * Fifty-first session (helper arrole): a definite role phrase where the text names the person (docs/quotes.md,
 * "Role phrases for a named person"; docs/history/quotes.md, "Fifty-first session: arrole"): a role's nisba adjective
 * matches its place or its other gender (`السفير الألباني` after `X سفير جمهورية ألبانيا`; `describedPersonBefore`); the
 * person named right after a role's seat (`السفير الليبي لدى الأمم المتحدة X`; `seatedHolder`); a paraphrase of an
 * office (`رئيس الدبلوماسية الإيرانية` after `وزير الخارجية الإيراني X`; `officeParaphrases`, `paraphrasedOffice`).
 * Whole pipeline (the tagger's own tags); sentences written for these tests in the style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["خبر اليوم", "", "الرياض - واس", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "arrole-s51" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("Arabic: a role's nisba matches its place (describedPersonBefore)", () => {
  it("gives `السفير الألباني` to the person named before as ambassador of Albania", async () => {
    const got = await quotes("وقال للصحيفة سمير بيكا سفير جمهورية ألبانيا لدى السعودية إن الرحلات بين البلدين تزداد. وتابع السفير الألباني: «إن بلادنا ترحب بالزوار من كل مكان».")
    expect(got).toContain("[سمير بيكا] إن بلادنا ترحب بالزوار من كل مكان")
  })

  it("gives `السفير المصري` to the person named before in an apposition `سفير مصر`", async () => {
    const got = await quotes("أعلن وائل منصور، سفير مصر لدى دولة الإمارات، عن برنامج ثقافي جديد. وقال السفير المصري لدى الإمارات إن «التعاون بين البلدين يتسع كل عام».")
    expect(got).toContain("[وائل منصور] التعاون بين البلدين يتسع كل عام")
  })

  it("keeps the phrase when the person was named with another country's post", async () => {
    const got = await quotes("أعلن وائل منصور، سفير مصر لدى دولة الإمارات، عن برنامج ثقافي جديد. وقال السفير الأردني لدى الإمارات إن «العلاقات بين البلدين متينة».")
    expect(got).toContain("[السفير الأردني] العلاقات بين البلدين متينة")
  })
})

describe("Arabic: the person named right after a role's seat (seatedHolder)", () => {
  it("gives the quote to the ambassador named after `لدى الأمم المتحدة`", async () => {
    const got = await quotes("تصاعدت الضغوط على مجلس الأمن أمس. وقال السفير الليبي لدى الأمم المتحدة عادل الورفلي: «نطالب بدعم دولي للحكومة».")
    expect(got).toContain("[عادل الورفلي] نطالب بدعم دولي للحكومة")
  })

  it("keeps the role when another word stands between the seat and a name (`في مؤتمر صحفي مع نظيره X`)", async () => {
    const got = await quotes("وقال الوزير في مؤتمر صحفي مع نظيره الفرنسي جان مارك إيرولت: «نريد حلا سياسيا للأزمة».")
    expect(got.some((q) => q.endsWith("نريد حلا سياسيا للأزمة") && !q.startsWith("[جان مارك إيرولت]"))).toBe(true)
  })
})

describe("Arabic: a paraphrase of an office (officeParaphrases, paraphrasedOffice)", () => {
  it("gives `رئيس الدبلوماسية الإيرانية` to the Iranian foreign minister named before", async () => {
    const got = await quotes("وقال وزير الخارجية الإيراني محمد جواد ظريف إن المحادثات مستمرة. وأشار رئيس الدبلوماسية الإيرانية إلى أن بلاده «تريد حلا يرضي كل الأطراف».")
    expect(got).toContain("[محمد جواد ظريف] تريد حلا يرضي كل الأطراف")
  })

  it("keeps the paraphrase when no foreign minister of that country was named (`نظيره الروسي`)", async () => {
    const got = await quotes("التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف أمس. وقال رئيس الدبلوماسية الروسية إن «الحوار مستمر بين البلدين».")
    expect(got).toContain("[رئيس الدبلوماسية الروسية] الحوار مستمر بين البلدين")
  })

  it("does not give it to the minister's deputy (`مساعد وزير الخارجية`)", async () => {
    const got = await quotes("وقال مساعد وزير الخارجية الإيراني حسن قاسمي إن الزيارة مهمة. وأشار رئيس الدبلوماسية الإيرانية إلى أن طهران «ترحب بالحوار مع الجيران».")
    expect(got.some((q) => q.endsWith("ترحب بالحوار مع الجيران") && !q.startsWith("[حسن قاسمي]"))).toBe(true)
  })
})

describe("the session's list in ar.json (officeParaphrases)", () => {
  it("has a source and pairs of two phrases", async () => {
    const { readFileSync } = await import("node:fs")
    const file = JSON.parse(readFileSync(new URL("../../../src/lexicons/quotes/ar.json", import.meta.url), "utf8"))
    expect(file.officeParaphrases.source.length).toBeGreaterThan(0)
    for (const pair of file.officeParaphrases.pairs) expect(pair.length).toBe(2)
  })
})
