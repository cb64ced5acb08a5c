/**
 * Fiftieth session (helper arroles): quotes whose speaker the entity stage now names (docs/history/entities.md,
 * "Fiftieth session: arroles"): the person after a stacked role (`مفتي عام المملكة رئيس هيئة كبار العلماء … X`), not the
 * body inside the role; the same person for the role alone later (`وتابع سماحة مفتي عام المملكة «…»`); a woman named
 * after a feminine title; the person a role given after `وهو` describes (`وأضاف المستشار الأمني`). Whole pipeline
 * (the tagger's own tags); sentences written for these tests in the style of the wires. The quote rules did not
 * change: the linear-time row of the new role walk is in test/extract/entities/arroles-s50.test.ts.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["خبر اليوم", "", "الرياض - واس", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "arroles-q" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("Arabic: the person after a stacked role speaks", () => {
  it("gives a participle's quote to the person, not to the body inside the role", async () => {
    const got = await quotes('وصف مفتي عام السعودية رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء عبد العزيز بن عبدالله السالم، الحادثة قائلا "إن ما جرى يؤلم كل بيت".')
    expect(got).toContain("[عبد العزيز بن عبدالله السالم] إن ما جرى يؤلم كل بيت")
  })

  it("gives the role alone, later, to the person named with the stacked role", async () => {
    const got = await quotes(
      'أوصى سماحة مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ عبدالعزيز بن محمد السالم المسلمين بتقوى الله.\nوتابع سماحة مفتي عام المملكة: "إن حفظ اللسان من الشائعات واجب على كل مسلم".'
    )
    expect(got).toContain("[عبدالعزيز بن محمد السالم] إن حفظ اللسان من الشائعات واجب على كل مسلم")
  })

  it("keeps a body's own statement with the body", async () => {
    const got = await quotes('وأعلنت هيئة كبار العلماء في بيان لها: "إن الاعتداء على المساجد جريمة لا يقرها دين".')
    expect(got).toContain("[هيئة كبار العلماء] إن الاعتداء على المساجد جريمة لا يقرها دين")
  })

  it("keeps the stacked role's minister (وزير الخارجية رئيس الوفد)", async () => {
    const got = await quotes('وقال وزير الخارجية رئيس الوفد السعودي الأمير سعود الفيصل إن "المملكة ترحب بالاتفاق".')
    expect(got).toContain("[سعود الفيصل] المملكة ترحب بالاتفاق")
  })
})

describe("Arabic: a woman named after a feminine title speaks", () => {
  it("gives the quote to the woman, not to the title and her name", async () => {
    const got = await quotes('وقالت المحامية اللبنانية زينة حداد: "القانون لا يحمي النساء المعنفات بما يكفي".')
    expect(got).toContain("[زينة حداد] القانون لا يحمي النساء المعنفات بما يكفي")
  })

  it("gives the quotes after her verb with no subject to the woman named with an assistant director's title", async () => {
    const got = await quotes("وجهت مساعدة مدير التعليم بالخرج نورة العتيبي، عبر الصحيفة كلمة للمعلمات، وقالت: المسؤولية تكبر علينا عاما بعد عام.")
    expect(got).toContain("[نورة العتيبي] المسؤولية تكبر علينا عاما بعد عام")
  })
})

describe("Arabic: a role given after وهو names its holder later", () => {
  it("gives `وأضاف المستشار الأمني` to the person described so", async () => {
    const got = await quotes('وأوضح الدكتور سالم الحربي وهو مستشار أمني، أن المساجد مستهدفة.\nوأكد المستشار الأمني، أن "الحروب العقائدية هي الأخطر على مر التاريخ".')
    expect(got).toContain("[سالم الحربي] الحروب العقائدية هي الأخطر على مر التاريخ")
  })
})
