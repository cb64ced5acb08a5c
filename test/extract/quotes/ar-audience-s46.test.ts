import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * An audience after an Arabic speech verb (docs/history/quotes.md, "Forty-sixth session: the audience of a speech
 * verb"): ل and a noun of a group of people or outlets (`audienceHeads`: `لوسائل`, `لشبكات`, `لقادة`) with up to three
 * words of its genitive and adjectives is whom the verb addresses, never its speaker; the speaker is a person named
 * after it, or the chain's. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become
 * entities. Rows where the rule must not fire: a speaker named after the audience, a subject in ل that is no audience.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an audience after the verb is no speaker": [
    ['وقال وزير الخارجية [[PERSON:ماريو بيانكي]] "الوضع ما زال غامضا". واضاف لشبكات التلفزيون المحلية "من الصعب معرفة الجهة المسؤولة الآن".', ["[ماريو بيانكي | قال] الوضع ما زال غامضا", "[ماريو بيانكي | اضاف] من الصعب معرفة الجهة المسؤولة الآن"]],
    ['وقال النائب [[PERSON:سامي الحداد]] في كلمته أمام البرلمان حين قال لقادة الحكومة: «لن نقبل بتمرير هذا القانون دون نقاش».', ["[سامي الحداد | قال] لن نقبل بتمرير هذا القانون دون نقاش"]],
    ['ولم تتبن أي جماعة الهجوم، لكن مصدرا في الشرطة قال لوسائل إعلام محلية ودولية «هذا عمل منظم بلا شك».', ["[مصدرا في الشرطة | قال] هذا عمل منظم بلا شك"]],
    // a person named after the audience is the subject
    ['وقال لوسائل الإعلام [[PERSON:ماجد الراشد]] إن الحكومة «ستعيد النظر في الخطة كاملة».', ["[ماجد الراشد | قال] ستعيد النظر في الخطة كاملة"]]
  ],
  "must not fire: a subject in ل that is no audience": [
    ['وقال [[PERSON:سامي الحداد]] إن الموسم «كان صعبا على الجميع». وقال لاعب الفريق [[PERSON:ماجد الراشد]]: «سنعود أقوى في الموسم المقبل».', ["[سامي الحداد | قال] كان صعبا على الجميع", "[ماجد الراشد | قال] سنعود أقوى في الموسم المقبل"]],
    ['وقالت لجنة الانتخابات في بيان: «ستعلن النتائج النهائية صباح الغد».', ["[لجنة الانتخابات | قالت] ستعلن النتائج النهائية صباح الغد"]]
  ]
}

describeQuoteTables("Arabic audiences of a speech verb (forty-sixth session)", tables)

describe("the audienceHeads list (forty-sixth session)", () => {
  it("is required, described, with no form twice, every form opening with ل", () => {
    const file = decodeLexicon(ArabicQuotesFile, "quotes/ar")(arFile)
    expect(file.audienceHeads.description).toMatch(/session/)
    expect(new Set(file.audienceHeads.forms).size).toBe(file.audienceHeads.forms.length)
    for (const f of file.audienceHeads.forms) expect(f.startsWith("\u0644")).toBe(true)
    const { audienceHeads: _gone, ...without } = arFile
    expect(() => decodeLexicon(ArabicQuotesFile, "quotes/ar")(without)).toThrow(LexiconError)
  })
})
