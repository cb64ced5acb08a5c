/**
 * Post-processing rules of the thirteenth session, written from the kinds of
 * error of the pooled 4-fold cross-validation on ANERcorp's training part and
 * from the errors left on real articles (docs/history/entities.md, "Thirteenth
 * session"). The sentences are written for these tests in wire style; tags
 * are fixed (as if the model had given them), so only the rules after the
 * tagger are tested.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../../src/schema/record.js"
import { entitiesWithTags } from "../fixed-tags.js"

const rows = (es: ReturnType<typeof entitiesWithTags>) => es.map((e) => [e.text, e.type])

const people = (text: string, marks: ReadonlyArray<string>, options: { readonly propagate?: boolean } = {}) =>
  rows(entitiesWithTags("ar", text, marks.map((m) => [m, "PERSON" as EntityType] as const), options))

describe("Arabic: a person's name never ends with the kunya's أبي or أبا", () => {
  it.each([
    ["وزار الوفد ضريح سعد بن أبي وقاص قبل مغادرة المدينة.", "سعد بن أبي", "سعد بن أبي وقاص"],
    ["وترأس البعثة نائب رئيس النادي ماجد أبا الخيل في رحلتها الأخيرة.", "ماجد أبا", "ماجد أبا الخيل"],
    ["ونقل المؤرخ الخبر عن ابن أبي زرع في كتابه.", "ابن أبي", "ابن أبي زرع"]
  ])("%s", (text, tagged, name) => {
    expect(people(text, [tagged])).toEqual([[name, "PERSON"]])
  })

  it("after أبو, a word that is also a verb's form still completes the kunya (يعرب)", () => {
    expect(people("وكتب المفكر أبو يعرب المرزوقي مقالا جديدا.", ["أبو"])).toEqual([["أبو يعرب المرزوقي", "PERSON"]])
  })

  it("leaves Abe (آبي) and a word after the conjunction with a hamza (my father and …) out", () => {
    expect(people("وعقد رئيس الوزراء شينزو آبي مؤتمرا صحفيا في طوكيو.", ["شينزو آبي"])).toEqual([["شينزو آبي", "PERSON"]])
    expect(people("وكان حامد أبي وأخي في انتظاري عند الباب.", ["حامد أبي"])).toEqual([["حامد أبي", "PERSON"]])
  })

  it("reads the kunya by its written form: after Abe (آبي) a glued و opens the next person's name, after أبي it does not", () => {
    expect(people("وصافح شينزو آبي وفوميو كيشيدا الوفد الزائر.", ["شينزو آبي وفوميو كيشيدا"])).toEqual([
      ["شينزو آبي", "PERSON"],
      ["فوميو كيشيدا", "PERSON"]
    ])
    expect(people("وزار الوفد ضريح سعد بن أبي وقاص قبل مغادرة المدينة.", ["سعد بن أبي وقاص"])).toEqual([["سعد بن أبي وقاص", "PERSON"]])
  })
})

describe("Arabic: an initial after a person's name", () => {
  it("takes one letter and its period after the name", () => {
    expect(people("وأوقفت الشرطة المتهم خالد م. بعد مطاردة قصيرة في الحي.", ["خالد"])).toEqual([["خالد م.", "PERSON"]])
    // the tagger took the letter: the period goes with it
    expect(people("وأحالت النيابة سامي ع. إلى المحكمة.", ["سامي ع"])).toEqual([["سامي ع.", "PERSON"]])
  })

  it("leaves an abbreviated title before the next person's name (أ. for أستاذ, د. for doctor)", () => {
    expect(people("وحضر اللقاء عن الإدارة ناصر جميل أ. سارة العمري من الجامعة.", ["ناصر جميل", "سارة العمري"])).toEqual([
      ["ناصر جميل", "PERSON"],
      ["سارة العمري", "PERSON"]
    ])
  })

  it("takes no letter without a period, nor the conjunction و", () => {
    expect(people("وقال خالد إن الاجتماع انتهى.", ["خالد"])).toEqual([["خالد", "PERSON"]])
    expect(people("وحضر خالد و. الآخرون.", ["خالد"])).toEqual([["خالد", "PERSON"]])
  })
})

describe("Arabic: ولد in a Mauritanian name, and the verb ولد", () => {
  it.each([
    ["a name the tagger cut at ولد goes on", "واستقبل الوزير الشيخ سيدي ولد التاه في مكتبه.", ["سيدي ولد"], [["سيدي ولد التاه", "PERSON"]]],
    ["ولد and a name after a name", "وأعلن الحزب ترشيح أحمد ولد عبد الله لرئاسة المجلس.", ["أحمد"], [["أحمد ولد عبد الله", "PERSON"]]],
    ["a person's name the tagger ran into the verb", "ويذكر أن بندر الشمري ولد في مدينة حائل.", ["بندر الشمري ولد"], [["بندر الشمري", "PERSON"]]],
    ["the verb before a name", "ولد تولستوي في روسيا قبل قرنين.", ["ولد تولستوي"], [["تولستوي", "PERSON"]]],
    ["ولد right after a person the tagger cut", "وشارك في الحوار سالم ولد محمود من المعارضة.", ["سالم", "ولد محمود"], [["سالم ولد محمود", "PERSON"]]]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(people(text, marks)).toEqual(expected)
  })

  it("is no name after a person's name when a year or a preposition follows", () => {
    expect(people("وكان ماجد ولد عام 1980 في الرياض.", ["ماجد ولد"])).toEqual([["ماجد", "PERSON"]])
  })
})

describe("Arabic: a given name of the lists right before a person's name opens it", () => {
  it.each([
    ["وشيع الإيرانيون الرئيس الراحل علي هاشمي رفسنجاني في طهران.", "هاشمي رفسنجاني", "علي هاشمي رفسنجاني"],
    ["ويشارك في بطولة الفيلم الممثل آدم ساندلر مع فريق جديد.", "ساندلر", "آدم ساندلر"]
  ])("%s", (text, tagged, name) => {
    expect(people(text, [tagged])).toEqual([[name, "PERSON"]])
  })

  it("not the preposition على written in presentation forms, which folds to the name علي", () => {
    expect(people("ولم يصل النبي \ufecb\ufee0\ufef0 ماعز بن مالك في ذلك اليوم.", ["ماعز بن مالك"])).toEqual([["ماعز بن مالك", "PERSON"]])
  })

  it("not before a kunya, a name with the article, or with a word of another list", () => {
    expect(people("وعين التنظيم خليفة أبو حمزة في قيادة الجماعة.", ["أبو حمزة"])).toEqual([["أبو حمزة", "PERSON"]])
    expect(people("وتعددت أسماء الأسد في معاجم العرب القديمة.", ["الأسد"])).toEqual([["الأسد", "PERSON"]])
  })
})

describe("Arabic: a foreign name's W, or the conjunction before a name written without its hamza", () => {
  it("the word written alone elsewhere in the document settles it", () => {
    const text = "وأشاد المدرب ارنستو فالفيردي بلاعبيه. وشكر الجمهور اللاعبين وارنستو فالفيردي على الموسم."
    expect(people(text, ["ارنستو فالفيردي", "وارنستو فالفيردي"])).toEqual([
      ["ارنستو فالفيردي", "PERSON"],
      ["ارنستو فالفيردي", "PERSON"]
    ])
  })

  it("a W-name written with و everywhere keeps it", () => {
    const text = "واجتمع الوزير وانغ يي بنظيره أمس. وقال وانغ يي إن اللقاء كان مثمرا."
    expect(people(text, ["وانغ يي", "وانغ يي"])).toEqual([
      ["وانغ يي", "PERSON"],
      ["وانغ يي", "PERSON"]
    ])
  })
})
