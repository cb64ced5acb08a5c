/**
 * Fifty-eighth session (helper arorg): organisations and places the N2 reading found missed in running text
 * (docs/history/entities.md, "Fifty-eighth session: arorg"), all with the readers' spans only (`listedOrganizations`,
 * the pipeline's default; never in `khabar tag`, measured on ANERcorp):
 *
 * - `placeEpithetsAlone` (mentions.ts): an epithet of `placeEpithets` (name-cues.json: `المملكة`, `العاصمة المقدسة`)
 *   alone, untagged, is a place; not before a tagged word, a nisba or `المتحدة`, nor after a company's head noun; after
 *   the head of a city's public body (`epithetBodyHeads`: `أمانة`) the two are that body, an organisation;
 * - known-organizations.json gains the bodies a reader found missed most (`المقاومة الشعبية`, `التحالف العربي`,
 *   `قوات الطوارئ الخاصة`, `مكتب التحقيقات الفيدرالي`, `البيت الأبيض` …), which `listedOrganizations` adds where the
 *   tagger left them untagged, but not as the genitive of a speaking body's head after a verb (`نفى مجلس المقاومة
 *   الشعبية`: `spokenBodies` reads the body whole);
 * - `mentionsOf` with `whole`: a name typed MISC that is exactly an organisation of known-organizations.json is an
 *   organisation (`البيت الأبيض`, which ANERcorp writes MISC);
 * - not-names.json: `الآيس كريم` (ice cream) is no person.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { extractEntities } from "../../../src/extract/entities/extract.js"
import { listedOrganizations, mentionsOf, placeEpithetsAlone } from "../../../src/extract/entities/mentions.js"
import { bundledTagger } from "../../../src/extract/entities/models.js"
import type { EntityType } from "../../../src/schema/record.js"
import { sentencesWithTags } from "./fixed-tags.js"
import { texts } from "./helpers.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of a sentence's mentions (readers' spans) with those a sentence rule adds, in text order. */
const withRule = (rule: typeof placeEpithetsAlone, text: string, marks: Marks = []): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => {
    const own = mentionsOf(text, units, tagged, "ar", true)
    return [...own, ...rule(units, tagged, own)].sort((a, b) => a.start - b.start).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
  })

/** `TYPE text` of a sentence's mentions, with the readers' spans (`whole`) or as `khabar tag` reads them. */
const mentions = (text: string, marks: Marks, whole: boolean): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => mentionsOf(text, units, tagged, "ar", whole).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

describe("an epithet that stands for a country or a city alone is a place (placeEpithetsAlone)", () => {
  it.each([
    ["وأكد الوزير أن المملكة ستواصل دعم الشعب اليمني .", [], ["LOCATION المملكة"]],
    ["وهطلت أمطار غزيرة على عدد من مناطق المملكة أمس .", [], ["LOCATION المملكة"]],
    ["وقال إن بالمملكة فرصا كبيرة للمستثمرين .", [], ["LOCATION المملكة"]],
    ["ويشارك وفد المملكة الدائم في أعمال الدورة .", [], ["LOCATION المملكة"]],
    ["وتوافد الحجاج على العاصمة المقدسة منذ الفجر .", [], ["LOCATION العاصمة المقدسة"]],
    ["وصل الوفد إلى الرياض ثم غادر المملكة مساء أمس .", [["الرياض", "LOCATION"]], ["LOCATION الرياض", "LOCATION المملكة"]],
    // a city's public body named after the epithet: the body, whole; an office's holder keeps the place
    ["وأزالت أمانة العاصمة المقدسة المخالفات أمس .", [], ["ORGANIZATION أمانة العاصمة المقدسة"]],
    ["واستقبل أمين العاصمة المقدسة المهنئين .", [], ["LOCATION العاصمة المقدسة"]]
  ] as const)("%s", (text, marks, want) => {
    expect(withRule(placeEpithetsAlone, text, marks)).toEqual(want)
  })

  it.each([
    // a place's name or a nisba after it: another kingdom, named (the tagger's or none)
    ["وزار الملك المملكة الأردنية الهاشمية أمس .", [], []],
    ["ووصل الوفد إلى المملكة المتحدة صباح اليوم .", [], []],
    ["وتحدث عن الشأن الداخلي لمملكة البحرين .", [["البحرين", "LOCATION"]], ["LOCATION البحرين"]],
    ["ويصل الرئيس إلى المملكة العربية السعودية غدا .", [["المملكة العربية السعودية", "LOCATION"]], ["LOCATION المملكة العربية السعودية"]],
    // a company's name after its head noun
    ["وتملك شركة المملكة القابضة حصة في البنك .", [], []],
    // no article: a common noun
    ["وتحدث الكاتب عن مملكة الحيوان في كتابه .", [], []],
    // the capital alone, or another adjective
    ["وعادت الحركة إلى العاصمة بعد العيد .", [], []],
    ["وزار العاصمة الأردنية عمان أمس .", [["عمان", "LOCATION"]], ["LOCATION عمان"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(withRule(placeEpithetsAlone, text, marks)).toEqual(want)
  })
})

describe("bodies of the post-processing list the tagger left untagged (listedOrganizations)", () => {
  it.each([
    ["وتقدمت المقاومة الشعبية نحو المطار بدعم من التحالف العربي .", ["ORGANIZATION المقاومة الشعبية", "ORGANIZATION التحالف العربي"]],
    ["وشاركت قوات الطوارئ الخاصة في التمرين .", ["ORGANIZATION قوات الطوارئ الخاصة"]],
    ["وطلب مكتب التحقيقات الفيدرالي من الشهود الإدلاء بإفاداتهم .", ["ORGANIZATION مكتب التحقيقات الفيدرالي"]],
    ["وتصدت اللجان الشعبية للهجوم على المدينة .", ["ORGANIZATION اللجان الشعبية"]]
  ] as const)("%s", (text, want) => {
    expect(withRule(listedOrganizations, text)).toEqual(want)
  })

  it("not as the genitive of a speaking body's head after a verb: spokenBodies reads the body whole", () => {
    expect(withRule(listedOrganizations, "ونفى مجلس المقاومة الشعبية في عدن صحة الأنباء .")).toEqual([])
  })

  it("not where the tagger found a longer name over it", () => {
    const text = "وأعلنت قيادة التحالف العربي بدء الهدنة ."
    expect(withRule(listedOrganizations, text, [["قيادة التحالف العربي", "ORGANIZATION"]])).toEqual(["ORGANIZATION قيادة التحالف العربي"])
  })
})

describe("a name typed MISC that is a well-known organisation of the list is one, with the readers' spans", () => {
  it.each([
    ["وقال البيت الأبيض إن الرئيس سيلتقي نظيره الفرنسي .", "البيت الأبيض"],
    ["وأعلنت جماعة بوكو حرام مسؤوليتها عن الهجوم .", "بوكو حرام"]
  ] as const)("%s", (text, mark) => {
    expect(mentions(text, [[mark, "MISC"]], true)).toEqual([`ORGANIZATION ${mark}`])
    // (as khabar tag reads it: as the tagger typed it)
    expect(mentions(text, [[mark, "MISC"]], false)).toEqual([`MISC ${mark}`])
  })

  it.each([
    // a MISC name of no list, and one that holds a listed body with more words
    ["وعرضت القناة مسلسل باب الحارة أمس .", "باب الحارة", ["MISC باب الحارة"]],
    ["وجرت انتخابات البيت الأبيض الرئاسية في نوفمبر .", "انتخابات البيت الأبيض الرئاسية", ["MISC انتخابات البيت الأبيض الرئاسية"]]
  ] as const)("unchanged: %s", (text, mark, want) => {
    expect(mentions(text, [[mark, "MISC"]], true)).toEqual(want)
  })
})

describe("الآيس كريم is no person (not-names.json)", () => {
  it("dropped whatever the tagger made of it", () => {
    expect(texts("وتناول الأطفال الآيس كريم في الحديقة .", [["الآيس كريم", "PERSON"]])).toEqual([])
  })

  it("unchanged: a person named كريم", () => {
    expect(texts("وقال كريم الحربي إن الفريق جاهز .", [["كريم الحربي", "PERSON"]])).toEqual(["كريم الحربي"])
  })
})

describe("the pipeline's path and khabar tag's (bundled tagger)", () => {
  it("the readers' spans add the epithet and the listed bodies; khabar tag's path does not", () => {
    const text = "وأكد المتحدث أن المقاومة الشعبية سيطرت على المطار بدعم من التحالف العربي بقيادة المملكة."
    const tagger = bundledTagger("ar")
    const on = extractEntities(text, tagger, undefined, { listedOrganizations: true }).map((e) => `${e.type} ${e.text}`)
    const off = extractEntities(text, tagger).map((e) => `${e.type} ${e.text}`)
    expect(on).toEqual(expect.arrayContaining(["ORGANIZATION المقاومة الشعبية", "ORGANIZATION التحالف العربي", "LOCATION المملكة"]))
    expect(off).not.toContain("LOCATION المملكة")
    expect(off).not.toContain("ORGANIZATION التحالف العربي")
  })
})
