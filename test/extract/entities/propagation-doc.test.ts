/**
 * Names found again across a document's sentences (`propagate`, extract.ts): a surname that is a place's nisba
 * adjective (`البريطاني`) is not found again where it follows a noun with the article as its adjective, nor a
 * surname with the article right after `في`, `هذا` or `هذه` (`في المهرجان`).
 * The sentences are written for the tests, in wire style.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { entitiesWithTags } from "./fixed-tags.js"

const found = (text: string, marks: ReadonlyArray<readonly [string, EntityType]>): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true }).map((e) => e.text)

describe("a surname that is a place's nisba, after a noun with the article, is that noun's adjective", () => {
  it.each([
    ["after a noun", "وصل سعيد البريطاني إلى المطار أمس. وقال مسؤول إن المجتمع البريطاني يتابع القضية.", "سعيد البريطاني"],
    ["after a noun and its genitive", "اعتقل خالد المصري في لندن. وطالب وزير الخارجية المصري بتسليمه.", "خالد المصري"],
    ["after a nisba of a group", "قتل جعفر التونسي في الغارة. وأكد أن القيادي التونسي فر من السجن.", "جعفر التونسي"],
    ["the army of a country", "أعلن سالم العراقي انشقاقه. وتقدم الجيش العراقي نحو المدينة.", "سالم العراقي"]
  ] as const)("%s", (_, text, name) => {
    expect(found(text, [[name, "PERSON"]])).toEqual([name])
  })
})

describe("the surname is still found again as the person", () => {
  it.each([
    ["after a verb", "وصل ابو سعيد البريطاني إلى المطار أمس. وقال البريطاني إنه سيعود.", ["ابو سعيد البريطاني", "البريطاني"]],
    ["after an honorific", "التقى الأمير ضيفه محمد التونسي. وأكد الشيخ التونسي أن الزيارة ناجحة.", ["محمد التونسي", "التونسي"]],
    ["after a person noun", "سجل المواطن خالد المصري بلاغا. وأوضح المواطن المصري أن السيارة سرقت.", ["خالد المصري", "المصري"]],
    ["with a preposition (an adjective takes none)", "فاز سامي البريطاني بالمقعد. ومن الأفضل للبريطاني أن يستقيل.", ["سامي البريطاني", "بريطاني"]],
    ["a family name that is no place's nisba", "وصل أحمد الظواهري أمس. وزاد السجن الظواهري اقتناعا بالعنف.", ["أحمد الظواهري", "الظواهري"]]
  ] as const)("%s", (_, text, names) => {
    expect(found(text, [[names[0], "PERSON"]])).toEqual(names)
  })
})

describe("a surname with the article after `في`, `هذا` or `هذه` is a common noun", () => {
  it.each([
    ["after في", "وقال منظمو المهرجان إن الحضور كبير. وتشارك عشر فرق في المهرجان هذا العام.", "منظمو المهرجان"],
    ["after هذا", "عرض يوسف الفيلم أمس. وقال الناقد إن هذا الفيلم يستحق الجائزة.", "يوسف الفيلم"],
    ["after وفي", "وصل سعيد المولد إلى جدة. وفي المولد تقام الاحتفالات.", "سعيد المولد"]
  ] as const)("%s", (_, text, name) => {
    expect(found(text, [[name, "PERSON"]])).toEqual([name])
  })
  it("after a preposition that names take, the surname is found", () => {
    expect(found("وصل سعيد المولد إلى جدة. والتقى الأمير مع المولد في الفندق.", [["سعيد المولد", "PERSON"]])).toEqual(["سعيد المولد", "المولد"])
  })
})
