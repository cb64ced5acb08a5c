/**
 * Thirty-sixth session (helper): a name the tagger did not know, written between commas after a role
 * (`namesAfterRoles`), and a person's mention inside the marks of a work's or a body's title (`namesInWorkTitles`)
 * (docs/entities.md; docs/history/entities.md, "Thirty-sixth session (helper, names after roles and titles in marks)").
 * Sentences written for these tests in the style of the news wires; the tags are set by hand, as the model gives them.
 */
import { describe, expect, it } from "vitest"
import { namesAfterRoles, namesInWorkTitles } from "../../../src/extract/entities/extract.js"
import { bestOf } from "../numbers/timing.js"
import { entitiesWithTags } from "./fixed-tags.js"
import type { Marks } from "./helpers.js"

/** `TYPE text [role]` for each entity of an Arabic `text` tagged by hand, with the names after roles added. */
const apposed = (text: string, marks: Marks = []): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true, added: namesAfterRoles }).map((e) => `${e.type} ${e.text}${e.role === null ? "" : ` [${e.role}]`}`)

/** `TYPE text (canonical)` for each entity of an Arabic `text` tagged by hand, through the titles in marks. */
const titled = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true, steps: (t, _sentences, found) => namesInWorkTitles(t, found) }).map((e) => `${e.type} ${e.text} (${e.canonical})`)

describe("a name between commas after a role (namesAfterRoles)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    [
      "وقال وزير الزراعة الكيني ، موانغي كيونجوري ، إن المحصول تراجع هذا العام .",
      [],
      ["PERSON موانغي كيونجوري [وزير الزراعة الكيني]"]
    ],
    // a name of three words; the role with باسم and a body
    [
      "وأكد المتحدث باسم الحكومة الكينية ، إريك كيرايثي نجوكي ، أن المحادثات مستمرة .",
      [],
      ["PERSON إريك كيرايثي نجوكي [المتحدث باسم الحكومة الكينية]"]
    ],
    // the surname found again later joins the whole name
    [
      "ونقلت الوكالة عن وزير المالية الأوغندي ، ماتيا كاسايجا ، قوله إن العجز سيتقلص . وأضاف كاسايجا أن الحكومة ستقترض .",
      [],
      ["PERSON ماتيا كاسايجا [وزير المالية الأوغندي]", "PERSON كاسايجا"]
    ]
  ])("%s", (text, marks, expected) => {
    expect(apposed(text, marks)).toEqual(expected)
  })

  it.each<[string, string, Marks]>([
    ["no role before the first comma", "وبعد انتهاء الاجتماع ، موانغي كيونجوري ، غادر القاعة .", []],
    ["words that read as a clause, not a name", "وقال رئيس البعثة ، في بيان له ، إن العمل انتهى .", []],
    ["a participle and a noun with a pronoun", "واعترض الوزير السابق ، مؤكدين ضرورة اطلاعه ، على القرار .", []],
    ["a feminine noun and a time word", "وقال رئيس اللجنة ، رسالة واضحة ، أمس .", []],
    ["one word only (too little to tell a name)", "وقال وزير الزراعة ، كيونجوري ، إن المحصول تراجع .", []],
    ["four words (more than a name here)", "وقال وزير الزراعة ، موانغي كيونجوري وا توكو ، إن المحصول تراجع .", []]
  ])("not: %s", (_, text, marks) => {
    expect(apposed(text, marks).filter((e) => e.startsWith("PERSON"))).toEqual([])
  })

  it("not where the tagger named someone already (an apposition after a named person)", () => {
    expect(apposed("وقال المدرب سامي الحربي ، لاعب سابق ، إن الفريق جاهز .", [["سامي الحربي", "PERSON"]])).toEqual(["PERSON سامي الحربي [المدرب]"])
  })

  it("is linear in the number of commas", () => {
    const run = (n: number) => () => apposed(Array.from({ length: n }, () => "وزير الزراعة ، موانغي كيونجوري ، ").join(""))
    const small = bestOf(5, run(40))
    const large = bestOf(5, run(400))
    expect(large / small).toBeLessThan(30)
  })
})

describe("a person's mention in the marks of a work's or a body's title (namesInWorkTitles)", () => {
  it.each<[string, Marks, ReadonlyArray<string>]>([
    ["وحقق مسلسل «سلمى وكريم» نسبة مشاهدة عالية هذا الموسم .", [["سلمى", "PERSON"]], ["MISC سلمى (سلمى)"]],
    ["وتعرض مسرحية \"هاملت الصغير\" على خشبة المسرح الوطني .", [["هاملت الصغير", "PERSON"]], ["MISC هاملت الصغير (هاملت الصغير)"]],
    // a pronoun and a preposition on the noun
    ["وقدم المخرج لفيلمه «دانيال بلاك» عرضا خاصا .", [["دانيال بلاك", "PERSON"]], ["MISC دانيال بلاك (دانيال بلاك)"]],
    // a paper and a company are bodies
    ["ونقلت صحيفة «فرانكفورتر روندشاو» عن مصادر أن الصفقة تأجلت .", [["فرانكفورتر روندشاو", "PERSON"]], ["ORGANIZATION فرانكفورتر روندشاو (فرانكفورتر روندشاو)"]]
  ])("%s", (text, marks, expected) => {
    expect(titled(text, marks)).toEqual(expected)
  })

  it.each<[string, string, Marks, ReadonlyArray<string>]>([
    [
      "the document names the person outside the marks",
      "وكتب الناقد في كتاب «روايات مارك توين» أن مارك توين سبق عصره .",
      [["مارك توين", "PERSON"], ["مارك توين", "PERSON"]],
      ["PERSON مارك توين (مارك توين)", "PERSON مارك توين (مارك توين)"]
    ],
    [
      "a story about a man is no title",
      "وروى التقرير قصة «أحمد الراوي» الذي فقد ساقه .",
      [["أحمد الراوي", "PERSON"]],
      ["PERSON أحمد الراوي (أحمد الراوي)"]
    ],
    [
      "marks after a verb of speech, not a title",
      "وأضاف يوسف الخطيب : «إن كريم المصري سيعود» .",
      [["يوسف الخطيب", "PERSON"], ["كريم المصري", "PERSON"]],
      ["PERSON يوسف الخطيب (يوسف الخطيب)", "PERSON كريم المصري (كريم المصري)"]
    ],
    [
      "a closing mark after the noun, then a name",
      "وقال إنه شاهد الفيلم» . وأضاف خالد العمري أن العرض نجح .",
      [["خالد العمري", "PERSON"]],
      ["PERSON خالد العمري (خالد العمري)"]
    ]
  ])("not: %s", (_, text, marks, expected) => {
    expect(titled(text, marks)).toEqual(expected)
  })

  it("is linear in the number of titles", () => {
    const doc = (n: number) => Array.from({ length: n }, () => "وحقق مسلسل «سلمى وكريم» نجاحا . ").join("")
    const run = (n: number) => {
      const text = doc(n)
      return () => titled(text, Array.from({ length: n }, () => ["سلمى", "PERSON"] as const))
    }
    const small = bestOf(5, run(20))
    const large = bestOf(5, run(200))
    expect(large / small).toBeLessThan(30)
  })
})
