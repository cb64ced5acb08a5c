/**
 * The twentieth session's rules after the Arabic tagger (docs/history/entities.md, "Twentieth session"), from errors read on
 * real articles: an adjective that is a man's given name too (`سليم`, `نبيل`) typed as a person where it qualifies a
 * noun; a place's nisba typed as a person before a person's name; a woman's given name left out before `بنت`; past
 * verbs of narrative run into a name; `والتر` and `بالمر` kept whole by the tokenizer. The sentences are written for
 * these tests in wire style; tags are fixed by hand (as if the model had given them), so only the rules after the
 * tagger are tested.
 */
import { describe, expect, it } from "vitest"
import { adjectiveReadings, withoutAdjectives } from "../../../../src/extract/entities/extract.js"
import { gazetteer } from "../../../../src/extract/entities/gazetteer.js"
import { isAdjectiveNameUse, mentionsOf, type Mention } from "../../../../src/extract/entities/mentions.js"
import { segment } from "../../../../src/extract/entities/text.js"
import { sentencesWithTags } from "../fixed-tags.js"
import { texts, unitIn, type Marks } from "../helpers.js"

/** Whether the one word marked as a person in `text` reads as the adjective where it stands. */
const adjectiveAt = (text: string, word: string): boolean => {
  const { units, tagged, at } = unitIn(text, word, [[word, "PERSON"]])
  return isAdjectiveNameUse(units, tagged.gaz, tagged.tags, at)
}

/** The people left in a document after the adjectives are taken out, as `findMentions` does before names are found again. */
const peopleLeft = (text: string, marks: Marks): Array<string> => {
  const found: Array<Mention> = []
  const readings = new Map<string, boolean>()
  for (const { units, tagged } of sentencesWithTags("ar", text, marks)) {
    const own = mentionsOf(text, units, tagged, "ar")
    adjectiveReadings(units, tagged, own, readings)
    found.push(...own)
  }
  withoutAdjectives(found, readings)
  return found.map((m) => text.slice(m.start, m.end))
}


describe("Arabic: an adjective that is a given name too", () => {
  it.each([
    ["after a noun of manner", "وأكد المدير أن المشروع يسير بشكل سليم منذ بدايته.", "سليم"],
    ["after a noun of manner with a conjunction", "وطالب الأهالي بمعالجة القضية وبصورة عادل وسريعة.", "عادل"],
    ["after غير", "وأعلنت البلدية أن الملعب غير صالح للعب حتى إشعار آخر.", "صالح"],
    ["before an adverb of degree", "وقال اللاعب إنه سعيد جدا بالانضمام إلى الفريق.", "سعيد"],
    ["after an indefinite noun", "ووصف الوزير المبادرة بأنها عمل نبيل يخدم الوطن.", "نبيل"],
    ["after an indefinite noun with a preposition on it", "وجاء الإعلان بقرار حكيم من القيادة.", "حكيم"]
  ] as const)("adjective: %s", (_, text, word) => {
    expect(adjectiveAt(text, word)).toBe(true)
  })

  it.each([
    ["after a verb of the lists", "وقال سليم إن الفريق جاهز للمباراة.", "سليم"],
    ["after a verb glued to its conjunction", "وأحال نبيل الملف إلى اللجنة أمس.", "نبيل"],
    ["after a feminine noun (a name in construct)", "وتابع المحققون قضية سعيد منذ العام الماضي.", "سعيد"],
    ["after a noun of kin", "وأكد نجل صالح أن العائلة بخير.", "صالح"],
    ["after a reign's noun", "وتعرضت البلاد لأزمات في عهد مبارك كما يقول المؤرخون.", "مبارك"],
    ["after a title and an honorific", "وكان في الاستقبال الأمير مولاي رشيد وعدد من المسؤولين.", "رشيد"],
    ["with the article", "وقال إن الحل السليم يبدأ من الحوار.", "السليم"],
    ["a word that is no adjective of the list", "وشارك في الحفل وزير جمال وأعضاء المجلس.", "جمال"]
  ] as const)("a name: %s", (_, text, word) => {
    expect(adjectiveAt(text, word)).toBe(false)
  })

  it("dropped where every one-word mention of it reads as the adjective", () => {
    const text = "ووصف المسؤول ما قام به الشباب بأنه عمل نبيل. وأضاف أن الجمعية تعمل بشكل نبيل منذ سنوات."
    expect(peopleLeft(text, [["نبيل", "PERSON"], ["نبيل", "PERSON"]])).toEqual([])
  })

  it("kept where the document writes the name whole", () => {
    const text = "وصل نبيل العمري إلى الرياض أمس. وقال المتحدث إن زيارته عمل نبيل يخدم البلدين."
    expect(peopleLeft(text, [["نبيل العمري", "PERSON"], ["نبيل", "PERSON"]])).toEqual(["نبيل العمري", "نبيل"])
  })

  it("kept where another one-word mention of it is a name", () => {
    const text = "وقال سعيد إن الفريق جاهز. وأضاف أنه سعيد جدا بأداء اللاعبين."
    expect(peopleLeft(text, [["سعيد", "PERSON"], ["سعيد", "PERSON"]])).toEqual(["سعيد", "سعيد"])
  })
})

describe("Arabic: a place's nisba before a person's name", () => {
  it.each([
    ["after a verb", "وقال الباراغوياني خوسيه كاردوزو إن الفريق جاهز.", [["الباراغوياني", "PERSON"], ["خوسيه كاردوزو", "PERSON"]], ["خوسيه كاردوزو"]],
    ["with a conjunction", "وسجل الهدفين البرازيلي ماركوس والكولومبي خوان فيغا.", [["الكولومبي", "PERSON"], ["خوان فيغا", "PERSON"]], ["خوان فيغا"]]
  ] as const)("%s: the nisba is no person", (_, text, marks, expected) => {
    expect(texts(text, marks)).toEqual(expected)
  })

  it("a family name after an honorific stays", () => {
    expect(texts("ودعا الدكتور التركي محمد إلى الحوار.", [["التركي", "PERSON"], ["محمد", "PERSON"]])).toEqual(["التركي", "محمد"])
  })
})

describe("Arabic: a woman's given name before بنت", () => {
  it.each([
    ["left untagged", "وأكدت سلوى بنت فهد القحطاني أن البرنامج مستمر.", [["فهد القحطاني", "PERSON"]], ["سلوى بنت فهد القحطاني"]],
    ["after a title", "وحضرت الحفل الأميرة نوف بنت سعد بن عبدالله.", [["سعد بن عبدالله", "PERSON"]], ["نوف بنت سعد بن عبدالله"]],
    ["tagged alone", "وكرمت الجامعة الدكتورة هند بنت علي الشهري.", [["هند", "PERSON"], ["علي الشهري", "PERSON"]], ["هند بنت علي الشهري"]]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(texts(text, marks)).toEqual(expected)
  })

  it("not a word with the article or a function word", () => {
    expect(texts("وكانت الطالبة بنت محمد العتيبي من المتفوقات.", [["محمد العتيبي", "PERSON"]])).toEqual(["محمد العتيبي"])
  })
})

describe("Arabic: past verbs of narrative are no part of a name", () => {
  it.each([
    ["شارك", "وشارك فلوريس في المباراة الودية الأولى.", [["شارك فلوريس", "PERSON"]], ["فلوريس"]],
    ["رحب", "ورحب ماركوفيتش بعودة المهاجم إلى التدريبات.", [["رحب ماركوفيتش", "PERSON"]], ["ماركوفيتش"]],
    ["ختمت", "وختمت الزعبي حديثها بالشكر للحضور.", [["ختمت الزعبي", "PERSON"]], ["الزعبي"]]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(texts(text, marks)).toEqual(expected)
  })
})

describe("Arabic: والتر and بالمر are kept whole", () => {
  it.each(["والتر", "بالمر"])("%s", (word) => {
    const text = `وقال ${word} إن الشركة ستواصل عملها.`
    const units = segment(text, 0, text.length, { lang: "ar", isKnown: gazetteer("ar").isKnown }).flat()
    const u = units.find((x) => x.text === word)!
    expect([u.proclitic, u.nameStart]).toEqual([false, u.start])
  })
})

describe("Arabic: a noun of an office that is a given name too, before the rest of a title", () => {
  it.each([
    ["before an area's noun", "وأكد أمين منطقة تبوك أن المشاريع تسير وفق الخطة.", "أمين"],
    ["before a place", "وأوضح أمين جدة أن فرق النظافة انتشرت في الأحياء.", "أمين"],
    ["before a title word", "وقال مساعد المدرب إن اللاعبين جاهزون.", "مساعد"],
    ["before عام", "وقال أمين عام الحزب إن الانتخابات في موعدها.", "أمين"]
  ] as const)("no person: %s", (_, text, word) => {
    expect(texts(text, [[word, "PERSON"]])).toEqual([])
  })

  it.each([
    ["before a family name (a tribe's, joined)", "وقال مساعد الزهراني إن الفريق جاهز.", "مساعد", "مساعد الزهراني"],
    ["before a verb", "وقال أمين إن الفريق جاهز.", "أمين", "أمين"]
  ] as const)("a name: %s", (_, text, word, name) => {
    expect(texts(text, [[word, "PERSON"]])).toEqual([name])
  })

  it("a name after a title with the article, in an institution's name", () => {
    expect(texts("وزادت الرحلات في مطار الأمير سلطان بتبوك هذا العام.", [["سلطان", "PERSON"]])).toEqual(["مطار الأمير سلطان"])
  })
})
