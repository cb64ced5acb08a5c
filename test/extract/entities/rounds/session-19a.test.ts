/**
 * The nineteenth session's rules after the Arabic tagger (docs/history/entities.md, "Nineteenth session"): one check for the
 * nisba of a place (`isPlaceNisba`, evidence.ts) for mentions and names found again, `علي` not found again alone in a
 * document that writes `إلى` as `الي`, and a surname with the article that the document writes after `في` or a
 * demonstrative not found again anywhere in it. The sentences are written for these tests in wire style; tags are fixed
 * by hand (as if the model had given them), so only the rules after the tagger are tested. Prepositions with a pronoun
 * (`فيها`, `عليه`) are function words (`AR_FUNCTION`, mentions.ts).
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../../src/schema/record.js"
import { entitiesWithTags } from "../fixed-tags.js"
import { mentionsWithPlacesAfterHeads } from "../helpers.js"

const found = (text: string, marks: ReadonlyArray<readonly [string, EntityType]>): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true }).map((e) => e.text)

describe("Arabic: one check for the nisba of a place", () => {
  it.each([
    ["a city's nisba after a noun is no person", "وانتقل اللاعب إلى صفوف النادي الباريسي قادما من إيطاليا.", [["الباريسي", "PERSON"]], []],
    ["a country's nisba in ـيا still is none", "وقال المسؤول الرياضي البوليفي إنه بريء.", [["البوليفي", "PERSON"]], []],
    ["a family name after a verb stays", "وأضاف الباريسي أن الفريق جاهز.", [["الباريسي", "PERSON"]], [["الباريسي", "PERSON"]]]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(mentionsWithPlacesAfterHeads(text, marks)).toEqual(expected)
  })

  it.each([
    ["a country whose name ends in ية", "فاز سعود السعودي بالسباق. وقال إن الدوري السعودي قوي هذا العام.", ["سعود السعودي"]],
    ["a nisba in …وياني", "وصل لويس الأوروغوياني إلى المطار. وتعاقد النادي الأوروغوياني مع مدرب جديد.", ["لويس الأوروغوياني"]]
  ] as const)("a surname that is the nisba is not found again after a noun: %s", (_, text, names) => {
    expect(found(text, [[names[0], "PERSON"]])).toEqual(names)
  })
})

describe("Arabic: `علي` alone is not found again where the document writes `إلى` as `الي`", () => {
  it("the preposition written علي in such a document", () => {
    const text = "وصل الرحالة محمد علي الي الدوحة أمس. وقال إنه سافر علي دراجته عبر عشر دول."
    expect(found(text, [["محمد علي", "PERSON"]])).toEqual(["محمد علي"])
  })
  it("found again in a document that writes إلى", () => {
    const text = "وصل الرحالة محمد علي إلى الدوحة أمس. وقال علي إنه سافر عبر عشر دول."
    expect(found(text, [["محمد علي", "PERSON"]])).toEqual(["محمد علي", "علي"])
  })
})

describe("Arabic: a surname with the article written after `في` or a demonstrative is a common noun all through the document", () => {
  it.each([
    ["after a verb", "وقال منظمو المهرجان إن الحضور كبير. وتستضيف المدينة المهرجان كل عام. وتشارك عشر فرق في المهرجان.", "منظمو المهرجان"],
    ["before هذا", "عرض يوسف الفيلم أمس. وقال الناقد إن الفيلم طويل. وأضاف أن هذا الفيلم يستحق الجائزة.", "يوسف الفيلم"]
  ] as const)("%s", (_, text, name) => {
    expect(found(text, [[name, "PERSON"]])).toEqual([name])
  })
  it("a family name the document never writes so is still found again", () => {
    expect(found("وصل سعيد المولد إلى جدة. وقال المولد إن الرحلة طويلة.", [["سعيد المولد", "PERSON"]])).toEqual(["سعيد المولد", "المولد"])
  })
})

describe("Arabic: a preposition with a pronoun is a function word, no name", () => {
  it.each([
    ["a lone one the tagger took for a place", "لدينا مصانع يعمل فيها عمال أجانب. وقال سالم فيها إن المصانع كثيرة.", [["فيها", "LOCATION"]], []],
    ["ending a person's name", "كان لمحمد فيهم مكانة كبيرة.", [["لمحمد فيهم", "PERSON"]], ["محمد"]],
    ["one with عليه", "وقال الطبيب إن عليه أن يرتاح. وأضاف عليه أن يعود غدا.", [["عليه", "PERSON"]], []]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(found(text, marks)).toEqual(expected)
  })
})
