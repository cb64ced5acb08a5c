/**
 * The twenty-eighth session (helper): a common noun that follows a subject's name as its verb's object or the head of
 * a construct (`objectNouns` of gazetteers/not-name-words.json: `وناشد [سالم مغردي] مواقع التواصل`, `[محمد بن نايف
 * برقية] تهنئة`), and verbs of narrative added to the verbs list (`[هيلاري حاولت]`), run into a person's name
 * (docs/history/entities.md "Twenty-eighth session (helper)"). Sentences written for these tests in wire style; tags fixed by
 * hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { bestOf } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"
import { typedTexts } from "./helpers.js"

const people = (text: string, mark: string): Array<string> => typedTexts(text, [[mark, "PERSON"]], ["PERSON"])

describe("Arabic: a noun of `objectNouns` never ends a person's name", () => {
  it.each([
    ["a construct plural of people (`مغردي`)", "وناشد سالم مغردي مواقع التواصل الكف عن نشر الشائعات.", "سالم مغردي", "PERSON سالم"],
    ["`برقية` after a full name", "وبعث الأمير فيصل بن خالد برقية تهنئة إلى الفائزين.", "فيصل بن خالد برقية", "PERSON فيصل بن خالد"],
    ["`شكره` (with its pronoun)", "وقدم الدكتور ماجد العتيبي شكره للحضور.", "ماجد العتيبي شكره", "PERSON ماجد العتيبي"],
    ["`لاعبي` before a club", "وطالب فهد الحربي لاعبي الفريق بالتركيز.", "فهد الحربي لاعبي", "PERSON فهد الحربي"],
    ["`بضرورة` (a glued `ب`)", "وطالب الدكتور مجدي بضرورة إيجاد حلول عاجلة.", "مجدي بضرورة", "PERSON مجدي"],
    ["`بقوله` before a colon", "وعلق سالم أحمد بقوله: إن الفريق جاهز.", "سالم أحمد بقوله", "PERSON سالم أحمد"]
  ])("%s", (_, text, mark, expected) => {
    expect(people(text, mark)).toEqual([expected])
  })

  it.each([
    ["`شكر`, a family name too (not listed)", "وقال فؤاد شكر إن الاجتماع انتهى.", "فؤاد شكر"],
    ["`جزاء`, a given name too (not listed)", "وأوضح الرائد عبدالعزيز جزاء الحربي أن البحث جار.", "عبدالعزيز جزاء الحربي"],
    ["`سلامة`, a family name (not listed)", "وسجل حسام سلامة هدف الفوز.", "حسام سلامة"],
    ["a name after `أبو` (the noun is the kunya's)", "وتحدث فيصل أبو اثنين عن المباراة.", "فيصل أبو اثنين"]
  ])("stays whole: %s", (_, text, mark) => {
    expect(people(text, mark)).toEqual([`PERSON ${mark}`])
  })

  it("a lone object noun typed as a person is no name", () => {
    expect(people("ونقل برقية إلى الرئيس.", "برقية")).toEqual([])
  })
})

describe("Arabic: verbs of narrative added to the list never end a person's name", () => {
  it.each([
    ["`حاولت`", "وقالت الصحيفة إن هيلاري حاولت تهدئة المخاوف.", "هيلاري حاولت", "PERSON هيلاري"],
    ["`توفي` (written `توفى`)", "وكان الممثل عمر الشريف توفى عن 83 عاما.", "عمر الشريف توفى", "PERSON عمر الشريف"],
    ["`يدعو`", "وفي روما البابا فرانسيس يدعو إلى الحوار.", "فرانسيس يدعو", "PERSON فرانسيس"]
  ])("%s", (_, text, mark, expected) => {
    expect(people(text, mark)).toEqual([expected])
  })

  it.each([
    ["`ساري` (a given name: not the future of `يرى`, left out of the list)", "وقال ساري عمرو إن الموسم صعب.", "ساري عمرو"],
    ["`بن جري` (a family name: `جرى` left out)", "وشكر خالد بن جري الجماهير.", "خالد بن جري"],
    ["`سيري` (a given name)", "وفازت سيري هانسن بالسباق.", "سيري هانسن"]
  ])("stays whole: %s", (_, text, mark) => {
    expect(people(text, mark)).toEqual([`PERSON ${mark}`])
  })

  it("a verb cut from a name leaves no function word as a name (`[جاء فيه]`)", () => {
    expect(people("وبعث الأمير برقية جاء فيه شكر للحضور.", "جاء فيه")).toEqual([])
  })
})

describe("adversarial text: the object-noun check stays linear", () => {
  it("a sentence of thousands of names each followed by an object noun (ratio measured here)", () => {
    const run = (n: number) => {
      const text = "وناشد سالم مغردي المواقع، ".repeat(n)
      const { units, tagged } = oneSentenceTaggedBy(text, (w) => (w === "سالم" ? "B-PER" : w === "مغردي" ? "I-PER" : null))
      return () => mentionsOf(text, units, tagged, "ar")
    }
    const small = run(400)
    const large = run(3200)
    expect(small().slice(0, 2).map((m) => m.units.map((u) => u.text).join(" "))).toEqual(["سالم", "سالم"])
    // 8× the words: linear is ~8, quadratic ~64 (CPU time, the best of three ratios)
    let ratio = Number.POSITIVE_INFINITY
    for (let t = 0; t < 3 && ratio >= 24; t++) ratio = Math.min(ratio, bestOf(3, large) / bestOf(3, small))
    expect(ratio).toBeLessThan(24)
  })
})
