import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * What someone was asked about (docs/history/quotes.md, "Forty-sixth session: three fresh samples at the start"): a
 * person named within four words after `عن` after a word of asking (`askingAbout`: `يسأل`, `سئل`, `سؤاله`) is the
 * topic of the question, never the subject a participle or a bare verb of the clause takes; the one asked answers.
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the person asked about is no subject of the answer": [
    ['ويستقبل [[PERSON:عبد الكريم نوري]] زعيم الحزب الوفود في مقره بالعاصمة.\n\nوحين يسأل عن الرئيس [[PERSON:سالم داود]] يجيب مؤكدا بثقة «أنا من أوصله إلى الحكم قبل عامين».', ["[عبد الكريم نوري | مؤكدا] أنا من أوصله إلى الحكم قبل عامين"]],
    ['وقال [[PERSON:سامي الحداد]] إن الفريق «جاهز تماما للمباراة». وعند سؤاله عن المدرب [[PERSON:ماجد الراشد]] أكد مبتسما «نحن على وفاق تام منذ البداية».', ["[سامي الحداد | قال] جاهز تماما للمباراة", "[سامي الحداد | أكد] نحن على وفاق تام منذ البداية"]]
  ],
  "must not fire: the one who asks, and a source after عن": [
    ['وسأل [[PERSON:ماجد الراشد]] عن موعد التنفيذ قائلا «متى تبدأ المرحلة الثانية من المشروع؟».', ["[ماجد الراشد | قائلا] متى تبدأ المرحلة الثانية من المشروع؟"]],
    ['ونقلت الصحيفة عن الوزير [[PERSON:ماجد الراشد]] قوله «إن الخطة ستنفذ في موعدها المحدد».', ["[ماجد الراشد | نقلت] إن الخطة ستنفذ في موعدها المحدد"]]
  ]
}

describeQuoteTables("Arabic: the person asked about (forty-sixth session)", tables)

describe("the askingAbout list (forty-sixth session)", () => {
  it("is required, described, with no form twice", () => {
    const file = decodeLexicon(ArabicQuotesFile, "quotes/ar")(arFile)
    expect(file.askingAbout.description).toMatch(/session/)
    expect(new Set(file.askingAbout.forms).size).toBe(file.askingAbout.forms.length)
    const { askingAbout: _gone, ...without } = arFile
    expect(() => decodeLexicon(ArabicQuotesFile, "quotes/ar")(without)).toThrow(LexiconError)
  })
})
