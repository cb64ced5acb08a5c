/**
 * Names found again take the role written next to them, read with the tags
 * of their own sentence. (The tags of each sentence were once kept as views
 * of the tagger's scratch memory, which the next sentence overwrote: a name
 * found again in an early sentence was read against the last sentence's
 * tags.) Sentences written for this test in wire style.
 */
import { describe, expect, it } from "vitest"
import { extractEntities } from "../../../src/extract/entities/extract.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"

const foundAgain = (text: string) =>
  extractEntities(text, bundledTagger("ar"))
    .filter((e) => e.confidence === 0.5)
    .map((e) => [e.text, e.role])

describe("roles of names found again", () => {
  it("a title before the next name is not the role of the name found again", () => {
    const text =
      "وصل المدرب هيرفي رينار إلى الرياض أمس.\nبدوره، أشرك رينار المهاجم خالد العلي مكان زميله في الشوط الثاني.\nوقال مدير المنتخب سامي الجابر إن الفريق جاهز للمباراة أمام منتخب الكويت في جدة."
    expect(foundAgain(text)).toEqual([["رينار", null]])
  })

  it("a role after the name found again is still read", () => {
    const text =
      "وقال رئيس الوزراء العراقي حيدر العبادي إن الحكومة ماضية في الإصلاحات.\nورحب البرلمان بالقرارات التي اتخذها العبادي رئيس مجلس الوزراء أمس.\nوالتقى وزير الخارجية إبراهيم الجعفري نظيره الإيراني محمد جواد ظريف في بغداد وبحث معه العلاقات بين البلدين."
    expect(foundAgain(text)).toEqual([["العبادي", "رئيس مجلس الوزراء"]])
  })
})
