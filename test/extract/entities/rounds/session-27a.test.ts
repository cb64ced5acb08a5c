/**
 * The twenty-seventh session (helper): a verb in the future (`س` and the imperfect of a listed verb) or a listed
 * imperfect run into a person's name, a speaker's family name with the article that ends with alef, a one-word name
 * that is only a father's in a longer name, a mother's kunya typed as a body (docs/history/entities.md "Twenty-seventh
 * session (helper)"). Sentences written for these tests in wire style; tags fixed
 * by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { mentionsOf } from "../../../../src/extract/entities/mentions.js"
import type { EntityType } from "../../../../src/schema/record.js"
import { bestOf } from "../../numbers/timing.js"
import { entitiesWithTags, oneSentenceTaggedBy } from "../fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of each person of an Arabic `text` tagged by hand. */
const people = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks).filter((e) => e.type === "PERSON").map((e) => `${e.type} ${e.text}`)

describe("Arabic: a listed verb in the future, or a listed imperfect, is no part of a person's name", () => {
  it.each([
    ["`و` and `سي` before a foreign name", "وسيسافر ماكلاود إلى أوسلو الأسبوع المقبل.", "سيسافر ماكلاود", "PERSON ماكلاود"],
    ["`ست` of the feminine", "وستقوم برينان بزيارة إلى المخيم يوم الأحد.", "ستقوم برينان", "PERSON برينان"],
    ["`سأ` of the first person, in a headline", "مرشح: إذا فزت سأعيد كارلسون إلى منصبه", "سأعيد كارلسون", "PERSON كارلسون"],
    ["the verb after the name", "المدرب: بوكيتينو سيبقى مع الفريق حتى نهاية الموسم", "بوكيتينو سيبقى", "PERSON بوكيتينو"],
    ["the plural's `ون` after a full name", "وأكد أن الوزير رامي الصفدي سيعودون إلى العاصمة غدا.", "رامي الصفدي سيعودون", "PERSON رامي الصفدي"],
    ["a listed imperfect before the name", "ويشارك ماكلاود في البطولة للمرة الثالثة.", "يشارك ماكلاود", "PERSON ماكلاود"]
  ])("%s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })

  it.each([
    ["`سيرجيو`", "وقال سيرجيو ألفاريز إن الفريق جاهز.", "سيرجيو ألفاريز"],
    ["`سيف`", "وسجل سيف المطيري الهدف الأول.", "سيف المطيري"],
    ["`سنان`", "وتسلم سنان الحربي الجائزة.", "سنان الحربي"],
    ["`ستيفن`", "وأعلن ستيفن كول استقالته.", "ستيفن كول"],
    ["`سيمون` (the letters of `سيكون`)", "وفازت سيمون بايلز بالذهبية.", "سيمون بايلز"],
    ["`سيزار`", "وتعاقد النادي مع سيزار مونتيرو.", "سيزار مونتيرو"]
  ])("stays whole: a given name that opens with these letters, %s", (_, text, mark) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([`PERSON ${mark}`])
  })

  it("a lone verb in the future typed as a person is no name", () => {
    expect(people("وأشار إلى أن الوزير سيلتقي نظيره غدا.", [["سيلتقي", "PERSON"]])).toEqual([])
  })
})

describe("Arabic: a speaker's family name with the article that ends with alef (surnameOfSpeaker)", () => {
  it("`وقال <given> <family name in alef> :` takes the family name", () => {
    expect(people("وقال ماجد الملا : كلنا مع الوطن.", [["ماجد", "PERSON"]])).toEqual(["PERSON ماجد الملا"])
  })

  it.each([
    ["an accusative adverb without the article", "وقال ماجد مبتسما : كلنا مع الوطن."],
    ["after a verb that is no verb of speech of the lists", "وكتب ماجد الملا : كلنا مع الوطن."]
  ])("stays as tagged: %s", (_, text) => {
    expect(people(text, [["ماجد", "PERSON"]])).toEqual(["PERSON ماجد"])
  })
})

/** `TYPE text → canonical` of each entity of an Arabic `text` tagged by hand, names found again. */
const linked = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true }).map((e) => `${e.type} ${e.text} → ${e.canonical}`)

describe("Arabic: a royal's one-word name joins no longer name where it is only the father's (onlyAsFather, link.ts)", () => {
  it("`الملك سلمان` beside `فيصل بن سلمان` is not the son", () => {
    expect(linked("وقال الأمير فيصل بن سلمان إن المشروع يخدم المنطقة. وكان الملك سلمان قد وجه بإنشائه.", [["فيصل بن سلمان", "PERSON"], ["سلمان", "PERSON"]]))
      .toEqual(["PERSON فيصل بن سلمان → فيصل بن سلمان", "PERSON سلمان → سلمان"])
  })

  it.each([
    ["the name written after `ابن` itself (the family's)", "وكتب أحمد بن تيمية رسالته. ونقل الطلاب عن ابن تيمية قوله.", [["أحمد بن تيمية", "PERSON"], ["تيمية", "PERSON"]], ["PERSON أحمد بن تيمية → أحمد بن تيمية", "PERSON تيمية → أحمد بن تيمية"]],
    ["a commoner's family name after a verb", "وقال عبدالله بن حمران إن الحملة نجحت. وأضاف حمران أن العمل مستمر.", [["عبدالله بن حمران", "PERSON"], ["حمران", "PERSON"]], ["PERSON عبدالله بن حمران → عبدالله بن حمران", "PERSON حمران → عبدالله بن حمران"]],
    ["`بن` opening a name (Ben)", "وقال بن رودس إن الاتفاق صامد. ورحب رودس بالقرار.", [["بن رودس", "PERSON"], ["رودس", "PERSON"]], ["PERSON بن رودس → بن رودس", "PERSON رودس → بن رودس"]],
    ["the first word of the longer name", "وقال فيصل بن سلمان إن المشروع يخدم المنطقة. وأضاف فيصل أن العمل بدأ.", [["فيصل بن سلمان", "PERSON"], ["فيصل", "PERSON"]], ["PERSON فيصل بن سلمان → فيصل بن سلمان", "PERSON فيصل → فيصل بن سلمان"]]
  ] as const)("stays linked: %s", (_, text, marks, expected) => {
    expect(linked(text, marks)).toEqual(expected)
  })
})

describe("Arabic: a mother's kunya typed as a body beside the father's (mothersKunyaAsPeople, link.ts)", () => {
  it("`أم ريان` beside `أبو ريان` is a person", () => {
    expect(linked("واعتقلت القوات أم ريان بعد مقتل زوجها أبو ريان في الغارة.", [["أم ريان", "ORGANIZATION"], ["أبو ريان", "PERSON"]]))
      .toEqual(["PERSON أم ريان → أم ريان", "PERSON أبو ريان → أبو ريان"])
  })

  it("stays: a place `أم <word>` with no such father", () => {
    expect(linked("ووصل أبو ريان إلى أم درمان أمس.", [["أبو ريان", "PERSON"], ["أم درمان", "LOCATION"]]))
      .toEqual(["PERSON أبو ريان → أبو ريان", "LOCATION أم درمان → أم درمان"])
  })
})

describe("adversarial text: the check of a future verb stays linear", () => {
  it("a sentence of thousands of future verbs before names (ratio measured here)", () => {
    const run = (n: number) => {
      const text = "وسيسافر ماكلاود إلى أوسلو، ".repeat(n)
      const { units, tagged } = oneSentenceTaggedBy(text, (w) => (w === "وسيسافر" ? "B-PER" : w === "ماكلاود" ? "I-PER" : null))
      return () => mentionsOf(text, units, tagged, "ar")
    }
    const small = run(400)
    const large = run(3200)
    expect(small().slice(0, 2).map((m) => m.units.map((u) => u.text).join(" "))).toEqual(["ماكلاود", "ماكلاود"])
    // 8× the words: linear is ~8, quadratic ~64 (CPU time, the best of three ratios)
    let ratio = Number.POSITIVE_INFINITY
    for (let t = 0; t < 3 && ratio >= 24; t++) ratio = Math.min(ratio, bestOf(3, large) / bestOf(3, small))
    expect(ratio).toBeLessThan(24)
  })
})
