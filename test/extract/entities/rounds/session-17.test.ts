/**
 * The seventeenth session's rules after the Arabic tagger (docs/history/entities.md, "Seventeenth session"). The sentences are
 * written for these tests in wire style; tags are fixed by hand (as if the model had given them), so only the rules after
 * the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import { mentionsWithPlacesAfterHeads } from "../helpers.js"

const tagged = mentionsWithPlacesAfterHeads

describe("Arabic: a listed place after a head noun is the longest phrase of the lists", () => {
  it.each([
    ["a region whose last word is a place of its own", "وتوسعت الشركة في منطقة شمال أفريقيا خلال العام الماضي.", [], [["شمال أفريقيا", "LOCATION"]]],
    ["the tagger found the continent: nothing added", "وتوسعت الشركة في منطقة شمال أفريقيا خلال العام الماضي.", [["أفريقيا", "LOCATION"]], [["أفريقيا", "LOCATION"]]],
    ["a one-word place", "وافتتح المحافظ معرضا للكتاب في محافظة الطائف مساء أمس.", [], [["الطائف", "LOCATION"]]],
    ["two places side by side stay apart", "ووصل الوفد إلى العاصمة الرياض جدة غدا.", [], [["الرياض", "LOCATION"]]]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(tagged(text, marks)).toEqual(expected)
  })
})

describe("Arabic: the kunya of a woman, أم before her son's given name", () => {
  it.each([
    ["a kunya after a speech verb", "وأوضحت أم عبدالعزيز أن الطبق يقدم في الأعياد.", [["عبدالعزيز", "PERSON"]], [["أم عبدالعزيز", "PERSON"]]],
    ["without the hamza", "وفازت ام محمد بالمركز الأول في مسابقة الطبخ.", [["محمد", "PERSON"]], [["ام محمد", "PERSON"]]],
    ["a kunya of two words", "وقالت ام عبد الله إن السوق يزدحم قبل العيد.", [["عبد الله", "PERSON"]], [["ام عبد الله", "PERSON"]]]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(tagged(text, marks)).toEqual(expected)
  })

  it.each([
    ["أم between two names is 'or'", "من يفوز بالترشيح، كلينتون أم ساندرز؟", [["كلينتون", "PERSON"], ["ساندرز", "PERSON"]], [["كلينتون", "PERSON"], ["ساندرز", "PERSON"]]],
    ["a name that opens with no given name of the lists", "وتساءل الكاتب هل هو خوف أم جرأة؟", [["جرأة", "PERSON"]], [["جرأة", "PERSON"]]],
    ["the mother with the article is a role", "وأضافت الأم سهام أن ابنها شفي.", [["سهام", "PERSON"]], [["سهام", "PERSON"]]]
  ] as const)("leaves it out: %s", (_, text, marks, expected) => {
    expect(tagged(text, marks)).toEqual(expected)
  })
})

describe("Arabic: the nisba of a country after the noun it agrees with is no person", () => {
  it.each([
    ["after the name of a body", "وأعلن رئيس الاتحاد الليبيري موسى بيليتي ترشحه للمنصب.", [["الليبيري", "PERSON"], ["موسى بيليتي", "PERSON"]], [["موسى بيليتي", "PERSON"]]],
    ["a nisba in …وياني", "وحصل المهاجم الدولي الأوروغوياني على ضمانات من ناديه.", [["الأوروغوياني", "PERSON"]], []],
    ["a nisba of a country in ـيا", "وقال المسؤول الرياضي البوليفي إنه بريء.", [["البوليفي", "PERSON"]], []],
    ["with a conjunction, after another nisba", "وقدم المنتخبان المكسيكي والكوستاريكي مباراة قوية.", [["والكوستاريكي", "PERSON"]], []]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(tagged(text, marks)).toEqual(expected)
  })

  it.each([
    ["after a word without the article", "وأشاد رئيس نادي المصري بالفريق.", [["المصري", "PERSON"]], [["المصري", "PERSON"]]],
    ["after a verb", "وأضاف المصري أن المشروع اكتمل.", [["المصري", "PERSON"]], [["المصري", "PERSON"]]],
    ["a nisba of no country", "وأصدر الديوان الملكي بيانا.", [["الملكي", "PERSON"]], [["الملكي", "PERSON"]]]
  ] as const)("keeps it: %s", (_, text, marks, expected) => {
    expect(tagged(text, marks)).toEqual(expected)
  })
})

describe("Arabic: places added to the lists (spellings and regions in the news)", () => {
  it.each([
    ["Hong Kong spelt with ج", "وارتفعت الأسهم في مدينة هونج كونج صباح اليوم.", "هونج كونج"],
    ["the Arabian Peninsula", "وتتأثر منطقة الجزيرة العربية بموجة حارة.", "الجزيرة العربية"],
    ["the Hejaz", "وتقع القرية في منطقة الحجاز غرب المملكة.", "الحجاز"],
    ["Zurich", "وعقد المؤتمر في مدينة زيوريخ السويسرية.", "زيوريخ"]
  ])("%s", (_, text, name) => {
    expect(tagged(text)).toEqual([[name, "LOCATION"]])
  })
})
