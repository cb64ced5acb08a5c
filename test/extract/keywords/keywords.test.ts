import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import stopwordsIso from "stopwords-iso/stopwords-iso.json" with { type: "json" }
import arStop from "../../../src/lexicons/stopwords/ar.json" with { type: "json" }
import enStop from "../../../src/lexicons/stopwords/en.json" with { type: "json" }
import { corpusKeywords, documentKeywords, keywordsStage, stopwords, termCounts } from "../../../src/extract/keywords/index.js"
import { normalize } from "../../../src/normalize/index.js"
import { docOf } from "../numbers/doc.js"

const terms = (text: string, top = 10) => documentKeywords(text, { top }).map((k) => k.term)

describe("keywords", () => {
  it("the stop-word files carry stopwords-iso's lists unchanged", () => {
    const iso = stopwordsIso as unknown as Record<string, ReadonlyArray<string>>
    expect(arStop.words).toEqual(iso["ar"])
    expect(enStop.words).toEqual(iso["en"])
  })

  it("stop words, speech verbs and short words are no keywords", () => {
    const stop = stopwords()
    for (const w of ["في", "الذي", "قال", "وقال"]) expect(terms(`${w} ${w} ${w} المدينة`)).not.toContain(w)
    expect(stop.size).toBeGreaterThan(1500)
    expect(terms("the of and said London London")).toEqual(["London"])
  })

  it("groups a word with its proclitics and shows it as written, without them", () => {
    const text = "زار الوفد السعودية. وفي السعودية التقى المسؤولين، وبالسعودية مشاريع، وللسعودية دور."
    const counts = termCounts(text)
    const entry = [...counts.terms.values()].find((e) => counts.formOf(e) === "السعودية")
    expect(entry?.count).toBe(4)
    const ks = documentKeywords(text)
    expect(ks[0]).toEqual({ term: "السعودية", score: Math.round((4 / counts.total) * 1e6) / 1e6 })
  })

  it("merges a bare و/ب/ل prefix only when the word stands alone too", () => {
    expect(terms("حزب الأمة وحزب العمال حزب جديد")).toContain("حزب")
    expect(terms("حزب الأمة وحزب العمال حزب جديد")).not.toContain("وحزب")
    expect(terms("وزير الخارجية وزير")).toContain("وزير")
  })

  it("merges a chain of prefixed forms in the order the terms first appear", () => {
    const counts = (text: string) => {
      const c = termCounts(text)
      return [...c.terms].map(([k, e]) => [k, e.count])
    }
    // بلبنان joins لبنان, which then joins بنان
    expect(counts("بلبنان لبنان بنان")).toEqual([["بنان", 3]])
    // لبنان joins بنان first and is gone when بلبنان looks for it
    expect(counts("بنان لبنان بلبنان")).toEqual([["بنان", 2], ["بلبنان", 1]])
  })

  it("ranks equal scores by key, whatever the order of the text", () => {
    expect(documentKeywords("delta alpha charlie bravo").map((k) => k.term)).toEqual(["alpha", "bravo", "charlie", "delta"])
    expect(documentKeywords("bravo delta alpha delta", { top: 2 })).toEqual([
      { term: "delta", score: 0.5 },
      { term: "alpha", score: 0.25 }
    ])
  })

  it("strips tatweel and harakat from the written form", () => {
    expect(terms("ارتفاع كـــبير في البورصة وارتفاعٌ كبير")).toContain("كبير")
  })

  it("title words count three times", () => {
    const doc = docOf("الزراعة\nتحدث الخبراء عن المياه والمياه والزراعة.")
    const out = Effect.runSync(keywordsStage().run(doc))
    expect(out.keywords[0]?.term).toBe("الزراعة")
    expect(keywordsStage({ top: 1 })).toMatchObject({ name: "extract.keywords", requires: ["structure"], provides: ["keywords"] })
  })

  it("the stage leaves boilerplate out and gives the same keywords on the search view", () => {
    const text = "عنوان الخبر\nناقش المجلس الميزانية والضرائب والميزانية.\nاشترك في النشرة البريدية"
    const doc = docOf(text, { boilerplate: [["اشترك في النشرة البريدية", "subscribe", "test"]] })
    const plain = Effect.runSync(keywordsStage().run(doc))
    expect(plain.keywords.map((k) => k.term)).not.toContain("النشرة")
    const viewed = Effect.runSync(keywordsStage().run({ ...doc, views: { search: normalize(text, "search") } }))
    expect(viewed.keywords).toEqual(plain.keywords)
  })

  it("TF-IDF over a corpus: common words sink, distinctive words rise, input order is kept", () => {
    const records = [
      { title: "الأمطار في جدة", paragraphs: [{ text: "هطلت الأمطار على جدة وأغلقت الطرق في المدينة" }] },
      { title: "الأمطار في الرياض", paragraphs: [{ text: "هطلت الأمطار على الرياض وفتحت المدارس في المدينة" }] },
      { title: "معرض الكتاب", paragraphs: [{ text: "افتتح معرض الكتاب في المدينة بحضور الناشرين" }] }
    ]
    const ks = corpusKeywords(records, { top: 3 })
    expect(ks).toHaveLength(3)
    expect(ks[0]![0]!.term).toBe("جدة")
    expect(ks[1]![0]!.term).toBe("الرياض")
    expect(ks[2]!.map((k) => k.term)).toContain("الكتاب")
    // المدينة is in every document: more than half, so it is dropped
    for (const k of ks) expect(k.map((x) => x.term)).not.toContain("المدينة")
    expect(corpusKeywords(records, { top: 3 })).toEqual(ks)
    expect(corpusKeywords([])).toEqual([])
  })
})
