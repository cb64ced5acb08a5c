/**
 * Thirty-eighth session (helper, names): names that quotes take as their speakers, set where the tagger garbles them
 * (src/extract/entities/speaker-names.ts): a role noun run into the end of a name (`roleTailsOfNames`), `باسم` as "by the
 * name of" (`bismAsByName`), a two-letter name of the headline found again in the body (`shortHeadlineNames`), and the
 * spokesman named after `باسم <person>` as the speaker (`spokesmanAfterBism`, speakers.ts) and more one-word bodies as
 * speakers (`namedBodyNouns` of the quotes lexicon: `وأضاف الجهاز` after `الجهاز الوطني …`; `bodyAdjectives`: `الأمانة العامة`)
 * (docs/entities.md, docs/quotes.md; docs/history/entities.md, "Thirty-eighth session (helper, names)").
 * Sentences written for these tests in the style of the news wires; tags set by hand where the rule reads the tags,
 * the whole pipeline for the quotes.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"
import type { EntityType } from "../../../src/schema/record.js"
import type { Sentence } from "../../../src/extract/entities/extract.js"
import { linkMentions } from "../../../src/extract/entities/link.js"
import { mentionsOf, type Mention } from "../../../src/extract/entities/mentions.js"
import { bismAsByName, roleTailsOfNames, shortHeadlineNames } from "../../../src/extract/entities/speaker-names.js"
import { bestOf } from "../numbers/timing.js"
import { sentencesWithTags } from "./fixed-tags.js"

/**
 * `TYPE text (canonical) [role]` of each entity of `text` tagged by hand, through the new rules as `findMentions` runs
 * them (with `rules` false, without them): the sentence rules on each sentence, the headline's names (its first
 * `headline` characters) after. No other step, so that a row shows only what these rules do.
 */
const withRules = (text: string, marks: ReadonlyArray<readonly [string, EntityType]>, headline = 0, rules = true): Array<string> => {
  const found: Array<Mention> = []
  const sentences: Array<Sentence> = []
  for (const { units, tagged } of sentencesWithTags("ar", text, marks)) {
    let own = mentionsOf(text, units, tagged, "ar")
    if (rules) own = bismAsByName(units, roleTailsOfNames(text, own))
    found.push(...own)
    sentences.push({ units, tags: tagged.tags, gaz: tagged.gaz })
  }
  const more = rules ? shortHeadlineNames(text, sentences, found, [], headline > 0 ? { start: 0, end: headline } : undefined) : []
  const all = [...found, ...more].sort((a, b) => a.start - b.start)
  return linkMentions(text, all).map((e) => `${e.type} ${text.slice(e.start, e.end)} (${e.canonical})${e.role === null ? "" : ` [${e.role}]`}`)
}

describe("a role noun run into the end of a name is left out (roleTailsOfNames)", () => {
  it.each<[string, ReadonlyArray<readonly [string, EntityType]>, string]>([
    ["وكرمت هيئة المسرح الوطنية المخرج الفرنسي جان لوكا في ختام المهرجان .", [["هيئة المسرح الوطنية المخرج", "ORGANIZATION"]], "ORGANIZATION هيئة المسرح الوطنية (هيئة المسرح الوطنية)"],
    ["وحضرت الحفل الأميرة نورة بنت سعد نائبة رئيس الجمعية الخيرية .", [["نورة بنت سعد نائبة", "PERSON"]], "PERSON نورة بنت سعد (نورة بنت سعد)"],
    ["وألقى السيد جون مندوب الجامعة كلمة في الحفل .", [["جون مندوب", "PERSON"]], "PERSON جون (جون)"],
    ["وحضر الحفل الأمير فهد بن ناصر سمو ولي العهد في المنطقة .", [["فهد بن ناصر سمو", "PERSON"]], "PERSON فهد بن ناصر (فهد بن ناصر)"]
  ])("%s", (text, marks, expected) => {
    expect(withRules(text, marks)).toContainEqual(expect.stringContaining(expected))
    expect(withRules(text, marks, 0, false)).not.toContainEqual(expect.stringContaining(expected))
  })

  it("the role read after the word cut opens with that word", () => {
    const text = "وحضرت الحفل الأميرة نورة بنت سعد نائبة رئيس الجمعية الخيرية ."
    expect(withRules(text, [["نورة بنت سعد نائبة", "PERSON"]])).toEqual(["PERSON نورة بنت سعد (نورة بنت سعد) [نائبة رئيس الجمعية الخيرية]"])
  })

  it.each<[string, ReadonlyArray<readonly [string, EntityType]>]>([
    // a family name with the article that is a title too
    ["وقال المهندس محمد المخرج إن المشروع يتقدم .", [["محمد المخرج", "PERSON"]]],
    // a given name of the lists that is a title too
    ["واستقبل الأمير خالد بن سلطان الوفد أمس .", [["خالد بن سلطان", "PERSON"]]],
    // a title after آل
    ["وقال الوزير صالح آل الشيخ إن الخطة جاهزة .", [["صالح آل الشيخ", "PERSON"]]],
    // a body of two words
    ["وقالت جامعة الأميرة في بيان إن الدراسة تبدأ غدا .", [["جامعة الأميرة", "ORGANIZATION"]]]
  ])("not in %s", (text, marks) => {
    expect(withRules(text, marks)).toEqual(withRules(text, marks, 0, false))
  })
})

describe("`باسم` after a cue of being known or of a spokesman (bismAsByName)", () => {
  it.each<[string, ReadonlyArray<readonly [string, EntityType]>, string]>([
    ["ويعرف هذا الجندي باسم خالد في وحدته .", [["باسم خالد", "PERSON"]], "PERSON خالد (خالد)"],
    ["وقال المتحدث الرسمي باسم بايدن للصحفيين إن اللقاء مثمر .", [["باسم بايدن", "PERSON"]], "PERSON بايدن (بايدن)"]
  ])("%s", (text, marks, expected) => {
    expect(withRules(text, marks)).toEqual([expected])
    expect(withRules(text, marks, 0, false)).not.toEqual([expected])
  })

  it.each<[string, ReadonlyArray<readonly [string, EntityType]>]>([
    // the given name, no cue before it
    ["وانتخب المجلس باسم بن سعيد الغامدي أمينا عاما للنادي .", [["باسم بن سعيد الغامدي", "PERSON"]]],
    // a cue too far back
    ["وتعرف هذه الظاهرة في كتب الطب القديمة باسم جالينوس .", [["باسم جالينوس", "PERSON"]]]
  ])("not in %s", (text, marks) => {
    expect(withRules(text, marks)).toEqual(withRules(text, marks, 0, false))
  })

  it("is linear in the number of names after باسم", () => {
    const run = (n: number) => () => {
      const text = Array.from({ length: n }, () => "ويعرف الرجل باسم خالد .").join(" ")
      return withRules(text, Array.from({ length: n }, () => ["باسم خالد", "PERSON"] as const))
    }
    const small = bestOf(5, run(20))
    const large = bestOf(5, run(200))
    expect(large / small).toBeLessThan(40)
  })
})

describe("a two-letter name of the headline found again in the body (shortHeadlineNames)", () => {
  const title = "الألماني كو: الحكام بحاجة إلى دعم أكبر"
  const marks: ReadonlyArray<readonly [string, EntityType]> = [["كو", "PERSON"]]

  it("the body's full form and its bare uses are the person", () => {
    const text = `${title}\n\nوودع الاتحاد المدرب الألماني والتر كو بعد أسبوع من المحاضرات . وأبدى كو سعادته بالتطور .`
    const out = withRules(text, marks, title.length)
    expect(out).toContain("PERSON والتر كو (والتر كو) [المدرب الألماني]")
    expect(out).toContain("PERSON كو (والتر كو)")
    expect(out.filter((e) => e.startsWith("PERSON كو "))).toHaveLength(2)
    expect(withRules(text, marks, title.length, false)).toEqual(["PERSON كو (كو)"])
  })

  it.each<[string, number]>([
    // no full form in the body
    [`${title}\n\nوأبدى كو سعادته بالتطور الكبير للحكام .`, title.length],
    // not tagged in the headline: a body of text only
    [`وقال المدرب الألماني والتر كو إن الحكام بحاجة إلى دعم . وأبدى كو سعادته .`, 0]
  ])("adds nothing in %s", (text, headline) => {
    expect(withRules(text, headline > 0 ? marks : [], headline)).toEqual(withRules(text, headline > 0 ? marks : [], headline, false))
  })
})

describe("the spokesman named after `باسم <person>` is the speaker (spokesmanAfterBism)", () => {
  it("through the pipeline", async () => {
    const text = "وقال المتحدث الرسمي باسم ترامب، شون سبيسر، في مؤتمر صحفي: \"لم يتحدث الرئيس مع أحد عن هذا الملف قبل توليه المنصب\"."
    const r = await processText(text, {})
    expect(r.quotes.map((q) => q.speaker)).toEqual(["شون سبيسر"])
  })
})

describe("more nouns that name a body as a speaker (namedBodyNouns of the quotes lexicon)", () => {
  it.each<[string, string]>([
    [
      "وقال الجهاز الوطني للرقابة في تقرير نشره أمس إن المخالفات تراجعت. وأضاف الجهاز أن \"التحقيقات ما زالت جارية في عدد من القضايا المالية\".",
      // (the body's whole name since the forty-second session: `الجهاز` is a speaking body of the entity stage)
      "الجهاز الوطني للرقابة"
    ],
    [
      "وأعلنت الفرقة الساحلية الأولى عن تقدم قواتها في المنطقة. وأكدت الفرقة أن \"مقاتليها سيطروا على التلال المحيطة بالبلدة بعد معارك عنيفة\".",
      "الفرقة الساحلية الأولى"
    ],
    [
      // (since the thirty-ninth session the statement's issuer, the subject of `أصدرت`, is read whole: `issuingSubjectWords`)
      "وأصدرت الأمانة العامة لمجلس الوزراء بيانا أمس حول الخطة. وأضافت الأمانة أن \"المشروع سيكتمل قبل نهاية العام المقبل وفق الجدول المعتمد\".",
      "الأمانة العامة لمجلس الوزراء"
    ]
  ])("%s", async (text, speaker) => {
    const r = await processText(text, {})
    expect(r.quotes.map((q) => q.speaker)).toContain(speaker)
  })
})

