/**
 * The twenty-seventh session, second round (helper): a past verb of the list (`رثى`, `ناشد`, `نعى`), or a
 * listed verb with the object pronoun `ني` (`سألني`, `أحبني`), run into a person's name; a manner word (`ب` + a noun of
 * manner of the list: `بهدوء`, `ببساطة`) glued to the end of one (docs/history/entities.md "Twenty-seventh session, second
 * round (helper)"). Sentences written for these tests in wire style; tags fixed by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import type { EntityType } from "../../../src/schema/record.js"
import { bestOf } from "../numbers/timing.js"
import { entitiesWithTags, oneSentenceTaggedBy } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of each person of an Arabic `text` tagged by hand. */
const people = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks).filter((e) => e.type === "PERSON").map((e) => `${e.type} ${e.text}`)

describe("Arabic: a past verb of the list, or a listed verb with `ني`, is no part of a person's name", () => {
  it.each([
    ["`رثى` before a foreign name", "وفي مقالته رثى مونتيني صديقه الراحل بكلمات مؤثرة.", "رثى مونتيني", "PERSON مونتيني"],
    ["`ناشد` before a full name", "وناشد فهد العتيبي الجماهير الالتزام بالتعليمات.", "ناشد فهد العتيبي", "PERSON فهد العتيبي"],
    ["`نعى` before a family name", "ونعى الشمري زميله الراحل عبر حسابه.", "نعى الشمري", "PERSON الشمري"],
    ["`سألني` (a listed verb with `ني`)", "فسألني وليد عن موعد الرحلة.", "سألني وليد", "PERSON وليد"],
    ["`أحبني` after the name", "وقالت إن ماهر أحبني منذ اللقاء الأول.", "ماهر أحبني", "PERSON ماهر"]
  ])("%s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })

  it.each([
    ["`هاني` (a given name in `ني`)", "وقال هاني الزهراني إن الفريق جاهز.", "هاني الزهراني"],
    ["`حسني` (a given name in `ني`)", "وتسلم حسني عبدالله الجائزة.", "حسني عبدالله"],
    ["`أماني`", "وفازت أماني السالم بالمركز الأول.", "أماني السالم"],
    ["`روت`, a surname, is not listed", "وسجل جو روت مئة نقطة.", "جو روت"],
    ["`روي` (Rui; `روى`, told, is not listed: the same search form)", "وقال روي فيتوريا إن الفريق جاهز.", "روي فيتوريا"]
  ])("stays whole: %s", (_, text, mark) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([`PERSON ${mark}`])
  })

  it("a lone past verb of the list typed as a person is no name", () => {
    expect(people("وفي المساء رثى الشاعر صديقه.", [["رثى", "PERSON"]])).toEqual([])
  })
})

describe("Arabic: a manner word glued to `ب` never ends a person's name", () => {
  it("a lone manner word typed as a person is no name", () => {
    expect(people("ثم قال بهدوء إن الأمر انتهى.", [["بهدوء", "PERSON"]])).toEqual([])
  })

  it.each([
    ["`بهدوء` after a one-word name", "ورد ماهر بهدوء على سؤال المذيع.", "ماهر بهدوء", "PERSON ماهر"],
    ["`ببساطة` after a full name", "وأجاب سعيد الغامدي ببساطة إنه لا يعرف.", "سعيد الغامدي ببساطة", "PERSON سعيد الغامدي"],
    ["`بابتسامة`", "وعلق ليفاندوفسكي بابتسامة على النتيجة.", "ليفاندوفسكي بابتسامة", "PERSON ليفاندوفسكي"]
  ])("%s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })

  it.each([
    ["a family name that opens with `ب`", "وقال عمر بحاح إن الحكومة ستعود.", "عمر بحاح"],
    ["`بسيط`, no noun of manner of the list", "وتسلم سامي بسيط الجائزة.", "سامي بسيط"],
    ["`بن` after a given name", "وصل خالد بن سعيد إلى الرياض.", "خالد بن سعيد"],
    ["`باول` (Powell: `ب` + the listed common noun `أول`)", "وقال كولن باول أمس إن الاتفاق صامد.", "كولن باول"],
    ["`بليلة` (a family name: `ب` + the listed common noun `ليلة`)", "وكان الدكتور رامي بليلة قد قدم دراسة للمجلس.", "رامي بليلة"]
  ])("stays whole: %s", (_, text, mark) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([`PERSON ${mark}`])
  })
})

describe("adversarial text: the checks of a past verb and a manner word stay linear", () => {
  it("a sentence of thousands of names between a past verb and a manner word (ratio measured here)", () => {
    const run = (n: number) => {
      const text = "ورثى مونتيني بهدوء صديقه، ".repeat(n)
      const { units, tagged } = oneSentenceTaggedBy(text, (w) => (w === "ورثى" ? "B-PER" : w === "مونتيني" || w === "بهدوء" ? "I-PER" : null))
      return () => mentionsOf(text, units, tagged, "ar")
    }
    const small = run(400)
    const large = run(3200)
    expect(small().slice(0, 2).map((m) => m.units.map((u) => u.text).join(" "))).toEqual(["مونتيني", "مونتيني"])
    // 8× the words: linear is ~8, quadratic ~64 (CPU time, the best of three ratios)
    let ratio = Number.POSITIVE_INFINITY
    for (let t = 0; t < 3 && ratio >= 24; t++) ratio = Math.min(ratio, bestOf(3, large) / bestOf(3, small))
    expect(ratio).toBeLessThan(24)
  })
})

describe("Arabic: a listed verb hidden by a function word after it ends no person's name", () => {
  it("`<name> يروي لي` keeps the name", () => {
    expect(people("وراح ماهر يروي لي تفاصيل القصة.", [["ماهر يروي لي", "PERSON"]])).toEqual(["PERSON ماهر"])
  })

  it("stays whole: a surname that is a function word (`لي`) after a given name", () => {
    expect(people("وقال بروس لي إن الفيلم جاهز.", [["بروس لي", "PERSON"]])).toEqual(["PERSON بروس لي"])
  })
})
