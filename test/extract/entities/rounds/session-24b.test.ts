/**
 * The twenty-fourth session, second round (helper): a noun of kin with a pronoun suffix before a name, a past
 * verb before a name in apposition, and the second word of a Persian or Turkish family name (docs/history/entities.md "Twenty-fourth session, second round (helper)"). Sentences
 * written for these tests in wire style; tags fixed by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { mentionsOf } from "../../../../src/extract/entities/mentions.js"
import { bestOf } from "../../numbers/timing.js"
import { entitiesWithTags, oneSentenceTaggedBy } from "../fixed-tags.js"
import type { Marks } from "../helpers.js"

/** `PERSON text` of each person of an Arabic `text` tagged by hand, names found again. */
const people = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true })
    .filter((e) => e.type === "PERSON")
    .map((e) => `${e.type} ${e.text}`)

describe("Arabic: a noun of kin with a pronoun suffix opens no name (isKinWithPronoun)", () => {
  it.each([
    ["a lawyer and `ه`", "وأكد محاميه سامر حداد أن موكله لم يغادر البلاد.", "محاميه سامر حداد", "PERSON سامر حداد"],
    ["a sister and `ها` (`ة` written `ت`)", "وقالت شقيقتها ليلى ناصر إن العائلة تنتظر الحكم.", "شقيقتها ليلى ناصر", "PERSON ليلى ناصر"],
    ["a son and `ي`", "وقال الأب: ابني مازن لم يعد منذ يومين.", "ابني مازن", "PERSON مازن"],
    ["a colleague and `نا`", "وأضاف أن زميلنا خالد العتيبي وصل إلى الموقع.", "زميلنا خالد العتيبي", "PERSON خالد العتيبي"],
    ["a wife and `ه` after a conjunction", "وحضر الجلسة وزوجته هدى سليم.", "وزوجته هدى سليم", "PERSON هدى سليم"]
  ])("%s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })

  it.each([
    ["a given name of the lists that ends like a noun of kin and `ي`", "وقال وجدي غنيم إن الموعد لم يتحدد.", "وجدي غنيم", "PERSON وجدي غنيم"],
    ["a noun of kin without a suffix (a name's `ابن`)", "وتحدث ابن خلدون عن العمران في مقدمته.", "ابن خلدون", "PERSON ابن خلدون"],
    ["a noun of kin with the article", "وقال الشقيق سامي إن العائلة تنتظر.", "سامي", "PERSON سامي"],
    ["a noun of kin alone with a suffix before no other word of the name", "ووصل شقيقه إلى المطار.", "شقيقه", "PERSON شقيقه"],
    ["`أبي` (a kunya's genitive) is no noun of the list", "ونقل عن أبي هريرة قوله.", "أبي هريرة", "PERSON أبي هريرة"]
  ])("stays as tagged: %s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })
})

it("Arabic: a word written with `ة` that folds to a noun of kin and `ه` (`جدة`, the city) stays the place it is", () => {
  const text = "ووصل إلى جدة سامي العمري مساء أمس."
  expect(entitiesWithTags("ar", text, [["جدة سامي العمري", "PERSON"]], { propagate: true }).map((e) => `${e.type} ${e.text}`)).toEqual([
    "LOCATION جدة",
    "PERSON سامي العمري"
  ])
})

describe("Arabic: a past verb before a name in apposition is the sentence's verb (isBarePastVerbShape)", () => {
  it.each([
    [
      "a verb of the first form",
      "وحين سئل عن رسالة المندوب الليبي، رفض ستيفان دوجريك، المتحدث باسم المنظمة، التعليق.",
      [["ستيفان دوجريك", "PERSON"]],
      ["PERSON ستيفان دوجريك"]
    ],
    [
      "a verb of the first form after a title with the article",
      "وعن رسالة السفير الفرنسي، طلب ماركو فيلا، مهلة للرد.",
      [["ماركو فيلا", "PERSON"]],
      ["PERSON ماركو فيلا"]
    ]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(people(text, marks)).toEqual(expected)
  })

  it.each([
    [
      "a foreign first name written with its vowels",
      "وأوضح المتحدث باسم الخارجية، نيد برايس، أن الوفد سيصل غدا.",
      [["برايس", "PERSON"]],
      ["PERSON نيد برايس"]
    ],
    [
      "an Arabic given name of three letters, on the lists",
      "وأعلن وزير النقل الأردني، سعد حداد، افتتاح الطريق.",
      [["حداد", "PERSON"]],
      ["PERSON سعد حداد"]
    ],
    [
      "a given name of the shape of a fourth-form verb, not on the lists (`أكبر`)",
      "وأشار محافظ البنك، علي أكبر نوري، إلى تراجع التضخم.",
      [["نوري", "PERSON"]],
      ["PERSON علي أكبر نوري"]
    ]
  ] as const)("still joins: %s", (_, text, marks, expected) => {
    expect(people(text, marks)).toEqual(expected)
  })
})

describe("Arabic: the second word of a Persian or Turkish family name ends the name (surnameEnds)", () => {
  it.each([
    ["`زاده` after the tagged part", "وقال محمد رضا كريمي زاده وزير الصناعة، إن الإنتاج سيرتفع.", "محمد رضا كريمي", "PERSON محمد رضا كريمي زاده"],
    ["`اوغلو` after the tagged part", "وأعلن الوزير مولود جاويش اوغلو بدء المحادثات.", "مولود جاويش", "PERSON مولود جاويش اوغلو"]
  ])("%s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })

  it.each([
    ["with a conjunction glued (`وزاده`, and it increased him)", "وأشاد المدرب بسامر نصار وزاده ذلك ثقة.", "سامر نصار", "PERSON سامر نصار"],
    ["`بور` (also 'port') is not on the list", "ووصل الوفد برئاسة سامر نصار بور سعيد صباحا.", "سامر نصار", "PERSON سامر نصار"]
  ])("stays as tagged: %s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })
})

describe("adversarial text: the new checks stay linear", () => {
  it("one sentence of thousands of names after a noun of kin or in apposition after a verb (ratio measured here)", () => {
    const run = (n: number) => {
      const text = "وقال شقيقه سامر حداد، وقال المدير، رفض كينيث روث، وقال نعمت زاده، ".repeat(n)
      const { units, tagged } = oneSentenceTaggedBy(text, (w) => (w === "شقيقه" || w === "كينيث" || w === "نعمت" ? "B-PER" : w === "سامر" || w === "حداد" || w === "روث" ? "I-PER" : null))
      return () => mentionsOf(text, units, tagged, "ar")
    }
    const small = run(2000)
    const large = run(16000)
    const names = small()
    expect(names.length).toBe(6000)
    expect(names.slice(0, 3).map((m) => `${m.type} ${m.units.map((u) => u.text).join(" ")}`)).toEqual(["PERSON سامر حداد", "PERSON كينيث روث", "PERSON نعمت زاده"])
    // 8× the names: linear is ~8, quadratic ~64 (CPU time, the best of three ratios)
    let ratio = Number.POSITIVE_INFINITY
    for (let t = 0; t < 3 && ratio >= 24; t++) ratio = Math.min(ratio, bestOf(7, large) / bestOf(7, small))
    expect(ratio).toBeLessThan(24)
  })
})
