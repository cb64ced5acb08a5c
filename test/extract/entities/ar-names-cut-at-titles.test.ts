/**
 * Post-processing rules of the thirteenth session's second entity round:
 * people's names the tagger cut short after a title or took with the next
 * person's abbreviated title (docs/history/entities.md, "Thirteenth session, second
 * round"). The sentences are written for these tests in wire style; tags are
 * fixed (as if the model had given them), so only the rules after the tagger
 * are tested.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { entitiesWithTags } from "./fixed-tags.js"

const rows = (es: ReturnType<typeof entitiesWithTags>) => es.map((e) => [e.text, e.type])

const people = (text: string, marks: ReadonlyArray<string>) =>
  rows(entitiesWithTags("ar", text, marks.map((m) => [m, "PERSON" as EntityType] as const)))

describe("Arabic: a title letter the tagger took at the end of a name belongs to the next person", () => {
  it.each([
    ["وحضر الاجتماع من الإدارة ناصر جميل د. سارة العمري ورئيس القسم.", ["ناصر جميل د", "سارة العمري"], [["ناصر جميل", "PERSON"], ["سارة العمري", "PERSON"]]],
    ["وشارك في الندوة فهد المالكي أ. منيرة السبيعي من جامعة الملك سعود.", ["فهد المالكي أ", "منيرة السبيعي"], [["فهد المالكي", "PERSON"], ["منيرة السبيعي", "PERSON"]]],
    // the next person untagged but opening with a given name of the lists
    ["وتحدث في الجلسة عادل الزهراني د. خالد بعد الظهر.", ["عادل الزهراني د"], [["عادل الزهراني", "PERSON"]]]
  ])("%s", (text, marks, expected) => {
    expect(people(text, marks)).toEqual(expected)
  })

  it("keeps the letter as the name's initial when no person's name follows", () => {
    expect(people("وأحالت النيابة سامي ع. إلى المحكمة.", ["سامي ع"])).toEqual([["سامي ع.", "PERSON"]])
  })
})

describe("Arabic: the family name after a given name, a title and its nisba adjective before", () => {
  it.each([
    ["a nisba adjective between the title and the given name", "وقال الكاتب المغربي سعيد المنصوري في حديثه للصحيفة إن الرواية اكتملت.", ["سعيد"], "سعيد المنصوري"],
    ["an indefinite title in construct, then its nisba", "وأكد وزير الزراعة التونسي حسن الكراي أن الموسم جيد.", ["حسن"], "حسن الكراي"],
    ["a given name of two words opening with عبد", "وأعلن المدير التنفيذي عبد الرحيم قنديلة خطة جديدة للشركة.", ["عبد الرحيم"], "عبد الرحيم قنديلة"]
  ])("%s", (_, text, marks, name) => {
    expect(people(text, marks)).toEqual([[name, "PERSON"]])
  })

  it("not after the titles of people who go by one name, nor without a title", () => {
    expect(people("واستقبل الرئيس اليمني هادي وفدا رفيعا.", ["هادي"])).toEqual([["هادي", "PERSON"]])
    expect(people("وقال اللاعب السعودي سالم إن الفريق جاهز.", ["سالم"])).toEqual([["سالم", "PERSON"]])
    expect(people("ونقلت الصحف المصرية سعيد المنصوري إلى الصفحة الأولى.", ["سعيد"])).toEqual([["سعيد", "PERSON"]])
  })
})

describe("Arabic: a name written with an initial, which the tagger cut at the initial", () => {
  it.each([
    ["the tagger took the letter", "وقال الباحث روبرت ك. هيلمان إن النتائج أولية.", ["روبرت ك", "هيلمان"], "روبرت ك. هيلمان"],
    ["the tagger left the letter out", "وكتب المؤرخ جيمس ل. غرانتهام فصلا عن الحرب.", ["جيمس", "غرانتهام"], "جيمس ل. غرانتهام"]
  ])("%s", (_, text, marks, name) => {
    expect(people(text, marks)).toEqual([[name, "PERSON"]])
  })

  it("not before a given name of the lists (the next person), nor after a title's letter", () => {
    expect(people("وأوقفت الشرطة سامي ع. خالد بعد الحادث.", ["سامي ع", "خالد"])).toEqual([
      ["سامي ع.", "PERSON"],
      ["خالد", "PERSON"]
    ])
    expect(people("وحضر الحفل ناصر جميل د. الهاجري من الجامعة.", ["ناصر جميل د", "الهاجري"])).toEqual([
      ["ناصر جميل", "PERSON"],
      ["الهاجري", "PERSON"]
    ])
  })
})
