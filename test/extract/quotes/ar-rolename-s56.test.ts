/**
 * Fifty-sixth session (helper arrolename): quotes whose speaker's name the entity stage no longer glues to a word before
 * it (docs/history/entities.md, "Fifty-sixth session: arrolename"): a narrative's past verb (`سلّط X الضوء … وقال`,
 * `verbs` of gazetteers/not-name-words.json) and a police force's place (`الناطقة باسم شرطة فاستيراس X`,
 * `officeOfPlaceHeads` of gazetteers/name-cues.json). Whole pipeline (the tagger's own tags); sentences written for
 * these tests in the style of the wires. The quote rules did not change.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["خبر اليوم", "", "الرياض - واس", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "arrolename-q" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

describe("Arabic: the speaker's name without the word glued before it", () => {
  it("leaves a narrative's past verb out of the speaker's name", async () => {
    const got = await quotes('ومن جانبه، سلّط شريف الكيلاني الضوء على أهمية المشروع، وقال: "نحن نعمل على تطوير الخدمات".')
    expect(got).toContain("[شريف الكيلاني] نحن نعمل على تطوير الخدمات")
  })

  it("leaves the police's place out of its spokeswoman's name", async () => {
    const got = await quotes('وقالت الناطقة باسم شرطة فاستيراس فكتوريا هولمغرين إن "الشرطة تحقق في الحادث".')
    expect(got).toContain("[فكتوريا هولمغرين] الشرطة تحقق في الحادث")
  })

  it("keeps a name that opens with the verb's letters", async () => {
    const got = await quotes('وقال سلطان العتيبي: "الفريق جاهز للمباراة".')
    expect(got).toContain("[سلطان العتيبي] الفريق جاهز للمباراة")
  })
})
