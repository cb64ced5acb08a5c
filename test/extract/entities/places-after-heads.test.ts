/**
 * Places the tagger left out right after a head noun of a place (docs/history/entities.md, "Sixteenth session, second round"):
 * a place of the lists after `محافظة`, `مدينة`, `منطقة`, `العاصمة` and the other heads of an administrative place
 * (`في محافظة [الطائف]`), and a word on none of the lists after `محافظة` (`بمحافظة [ينبع]`). The sentences are written
 * for these tests in wire style; tags are fixed (as if the model had given them: here none), so only the rules after the
 * tagger are tested.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { mentionsWithPlacesAfterHeads } from "./helpers.js"

/**
 * The mentions of `text` (one sentence) when the substrings `marks` are tagged as entities of their type, and the
 * places the rule adds after them: [text, type] rows in text order.
 */
const tagged = (text: string, marks: ReadonlyArray<string> = [], type: EntityType = "LOCATION"): Array<[string, string]> =>
  mentionsWithPlacesAfterHeads(text, marks.map((m) => [m, type] as const))

describe("Arabic: a place of the lists right after a head noun of a place", () => {
  it.each([
    ["a governorate", "وافتتح المحافظ معرضا للكتاب في محافظة الطائف مساء أمس.", "الطائف"],
    ["a city, the head glued to a preposition", "وارتفعت درجات الحرارة بمدينة الطائف إلى مستوى قياسي.", "الطائف"],
    ["the capital in apposition", "وعاد الوفد إلى العاصمة الرياض بعد جولة خليجية.", "الرياض"],
    ["a state", "وتقيم الجالية احتفالا سنويا في دولة قطر كل ربيع.", "قطر"]
  ])("%s", (_, text, name) => {
    expect(tagged(text)).toEqual([[name, "LOCATION"]])
  })

  it("adds nothing without the head, after a head with the article, or where the tagger found the place", () => {
    expect(tagged("وتشتهر الطائف بزراعة الورد منذ قرون.")).toEqual([])
    expect(tagged("وقرأ الوزير في الخبر أن الاجتماع تأجل.")).toEqual([])
    expect(tagged("وافتتح المحافظ معرضا للكتاب في محافظة الطائف مساء أمس.", ["الطائف"])).toEqual([["الطائف", "LOCATION"]])
    // (a head noun the tagger put inside another name adds nothing)
    expect(tagged("وأعلنت إدارة مدينة الملك عبدالعزيز للعلوم عن برنامج جديد.", ["مدينة الملك عبدالعزيز للعلوم"], "ORGANIZATION")).toEqual([
      ["مدينة الملك عبدالعزيز للعلوم", "ORGANIZATION"]
    ])
  })
})

describe("Arabic: a governorate's name on none of the lists after محافظة", () => {
  it.each([
    ["after a preposition on the head", "وتضررت عشرات المنازل بمحافظة ينبع جراء السيول الأخيرة.", "ينبع"],
    ["a name that is also a common noun (the news)", "وتبدأ بلدية محافظة الخبر أعمال صيانة الطرق الأسبوع المقبل.", "الخبر"],
    ["a name of two letters", "وقصفت الطائرات مخازن للذخيرة في محافظة إب وسط البلاد.", "إب"],
    ["after لـ on the head", "وتتبع القرية إداريا لمحافظة عفيف غرب المنطقة.", "عفيف"]
  ])("%s", (_, text, name) => {
    expect(tagged(text)).toEqual([[name, "LOCATION"]])
  })

  it.each([
    ["keeping to (a preposition after the noun)", "وطالب الخطيب بمحافظة على المكتسبات الوطنية."],
    ["the noun with the article", "وشدد البيان على المحافظة الدائمة للأمن في المنطقة."],
    ["an indefinite nisba adjective", "وكانت أول محافظة شيعية تعلن الإضراب العام."],
    ["a direction", "وسقطت الأمطار على محافظة شمال الساحل بغزارة."],
    ["another head noun than محافظة", "وسدد المهاجم كرة قوية من داخل منطقة الجزاء."],
    ["a word with a conjunction", "وزار الوفد محافظة وقرى مجاورة لها."]
  ])("no place: %s", (_, text) => {
    expect(tagged(text)).toEqual([])
  })
})
