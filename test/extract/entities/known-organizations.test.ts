/**
 * The nineteenth session's second round after the Arabic tagger, from reading real articles (docs/history/entities.md,
 * "Nineteenth session, second round: real articles"): the bodies of the post-processing list of organisations
 * (`gazetteers/known-organizations.json`) named in two words or more are added where the tagger left them untagged,
 * as `listedOrganizations` adds the bodies of the tagger's lists; an organisation of the tagger's lists in letter
 * names whose first word carries a preposition (`لبي بي سي`) is that organisation (`gluedOrganizations`); and a listed
 * club the tagger typed as a person, written alone in most mentions, is an organisation even when a wrong span is
 * linked to it (`listedInAll`, link.ts). The sentences are written for these tests in wire style; tags are fixed by
 * hand (as if the model had given them), so only the rules after the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import { gluedOrganizations, listedOrganizations } from "../../../src/extract/entities/mentions.js"
import { addedBy, typed, withAdded, type Marks } from "./helpers.js"

/** The mentions of one sentence with the listed bodies added: [text, type] rows in text order. */
const withBodies = (text: string, marks: Marks = []): Array<[string, string]> => withAdded(listedOrganizations, text, marks)

describe("Arabic: bodies of the post-processing list the tagger left untagged", () => {
  it.each([
    ["civil defence, with a preposition", "وباشرت فرق الدفاع المدني الحريق بعد بلاغ من السكان.", [], [["الدفاع المدني", "ORGANIZATION"]]],
    ["the longest name of the list", "وقال المتحدث باسم المديرية العامة للدفاع المدني إن الحريق انطفأ.", [], [["المديرية العامة للدفاع المدني", "ORGANIZATION"]]],
    ["a ministry whose last word has its conjunction", "وأعلنت وزارة التجارة والصناعة ضبط مئات الأجهزة المخالفة.", [], [["وزارة التجارة والصناعة", "ORGANIZATION"]]],
    ["a body beside a place the tagger found", "ونقلت فرق هيئة الهلال الأحمر السعودي المصابين في تبوك إلى المستشفى.", [["تبوك", "LOCATION"]], [["هيئة الهلال الأحمر السعودي", "ORGANIZATION"], ["تبوك", "LOCATION"]]],
    ["the food and drug authority", "وحذرت الهيئة العامة للغذاء والدواء من منتج مغشوش.", [], [["الهيئة العامة للغذاء والدواء", "ORGANIZATION"]]]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(withBodies(text, marks)).toEqual(expected)
  })

  it.each([
    ["a ministry for a field, with a preposition on the field", "ودعا الكاتب إلى إنشاء وزارة للزراعة في البلاد."],
    ["a conjunction where the list has none", "ووقعت الرئاسة اتفاقا مع وزارة والتعليم أمس."],
    ["one word of the list alone", "وقال الطبيب إن الصحة أهم من المال."]
  ] as const)("none: %s", (_, text) => {
    expect(withBodies(text).filter(([, t]) => t === "ORGANIZATION")).toEqual([])
  })

  it("a body the tagger took in part is left as the tagger made it", () => {
    expect(withBodies("وأعلنت وزارة الصحة إصابة جديدة.", [["الصحة", "PERSON"]])).toEqual([["الصحة", "PERSON"]])
  })
})

describe("Arabic: a club of the post-processing list typed as a person is an organisation", () => {
  it("الهلال alone", () => {
    const text = "وأكدت إدارة الهلال أن اللاعب سيصل غدا."
    expect(typed(text, [["الهلال", "PERSON"]])).toEqual([["الهلال", "ORGANIZATION"]])
  })
})

describe("Arabic: a listed organisation in letter names with a preposition on its first word", () => {
  const rows = (text: string, marks: Marks): Array<[string, string]> => addedBy(gluedOrganizations, text, marks)
  it.each([
    ["the rest taken for a person", "وقال المتحدث لبي بي سي إن الاجتماع تأجل.", [["بي سي", "PERSON"]], [["بي بي سي", "ORGANIZATION"]]],
    ["the preposition run in", "وقالت الوزيرة لبي بي سي إنها متفائلة.", [["لبي بي سي", "PERSON"]], [["بي بي سي", "ORGANIZATION"]]],
    ["a name run into it keeps its words before it", "وقال سالم لبي بي سي إن الفريق جاهز.", [["سالم لبي بي سي", "PERSON"]], [["سالم", "PERSON"], ["بي بي سي", "ORGANIZATION"]]],
    ["left untagged", "وأكد المسؤول لسي إن إن أن الاتفاق قريب.", [], [["سي إن إن", "ORGANIZATION"]]],
    ["a club of the lists", "ولعب المدافع لريال مدريد ثلاثة مواسم.", [["لريال", "ORGANIZATION"], ["مدريد", "LOCATION"]], [["ريال مدريد", "ORGANIZATION"]]]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(rows(text, marks)).toEqual(expected)
  })

  it("a word the tokenizer split is left as it was", () => {
    expect(rows("وقال لبنان إن الوضع هادئ.", [["لبنان", "LOCATION"]])).toEqual([["لبنان", "LOCATION"]])
  })
})

describe("Arabic: a listed club written alone in most mentions, with a wrong span linked to it", () => {
  const types = typed
  it("is an organisation, the wrong span too", () => {
    const text = "فاز تشيلسي على ضيفه. وسجل لتشيلسي ويليان الهدف الأول. وعزز تشيلسي صدارته. واحتفل تشيلسي باللقب."
    const marks = [["تشيلسي", "PERSON"], ["تشيلسي ويليان", "PERSON"], ["تشيلسي", "PERSON"], ["تشيلسي", "PERSON"]] as const
    expect(types(text, marks)).toEqual([
      ["تشيلسي", "ORGANIZATION"],
      ["تشيلسي ويليان", "ORGANIZATION"],
      ["تشيلسي", "ORGANIZATION"],
      ["تشيلسي", "ORGANIZATION"]
    ])
  })
  it("not when a mention does not hold the club's name (a player linked to it)", () => {
    const text = "سجل رجب الهلال الهدف الأول. وأضاف رجب الهدف الثاني. وفاز الهلال بالكأس. واحتفل الهلال باللقب."
    const marks = [["رجب الهلال", "PERSON"], ["رجب", "PERSON"], ["الهلال", "PERSON"], ["الهلال", "PERSON"]] as const
    expect(types(text, marks).filter(([t]) => t.startsWith("رجب"))).toEqual([
      ["رجب الهلال", "PERSON"],
      ["رجب", "PERSON"]
    ])
  })
})
