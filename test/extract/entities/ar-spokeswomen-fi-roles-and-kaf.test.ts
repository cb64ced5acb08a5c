/**
 * Thirty-seventh session (helper, names): the feminine spokeswoman as a role cue (`المتحدثة باسم`, `الناطقة باسم` in
 * the triggers' titles), an apposed name after a role that ends with a body's name (`namesAfterRoles`), a role read
 * through `في` (`roleBefore`, mentions.ts) and the `ك` of a foreign name kept (`kafOfForeignNames`, extract.ts)
 * (docs/entities.md; docs/history/entities.md, "Thirty-seventh session (helper, names)").
 * Sentences written for these tests in the style of the news wires; the whole pipeline with the shipped model, or tags
 * set by hand where the rule reads the tags.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"
import { namesAfterRoles } from "../../../src/extract/entities/extract.js"
import { bestOf } from "../numbers/timing.js"
import { entitiesWithTags } from "./fixed-tags.js"

/** `TYPE text [role]` of each entity of an Arabic text, through the whole pipeline. */
const entities = async (text: string): Promise<Array<string>> =>
  (await processText(text, {})).entities.map((e) => `${e.type} ${text.slice(e.start, e.end)}${e.role === null ? "" : ` [${e.role}]`}`)

/** `text (canonical)` of each person of an Arabic text, through the whole pipeline. */
const people = async (text: string): Promise<Array<string>> =>
  (await processText(text, {})).entities.filter((e) => e.type === "PERSON").map((e) => `${text.slice(e.start, e.end)} (${e.canonical})`)

describe("the feminine spokeswoman is a role cue", () => {
  it.each<[string, string]>([
    ["وقالت الناطقة باسم الشرطة الأسترالية كيلي فوستر إن التحقيق مستمر منذ أيام في الحادث.", "PERSON كيلي فوستر [الناطقة باسم الشرطة الأسترالية]"],
    ["وقالت المتحدثة باسم الحكومة، ليندا تورفالدسن، إن القرار نهائي.", "PERSON ليندا تورفالدسن [المتحدثة باسم الحكومة]"],
    [
      "وقالت المتحدثة باسم وزارة الخارجية النرويجية، إنغريد سوليم، إن الحكومة تتابع الأزمة عن كثب. وأضافت سوليم أن السفارة تعمل.",
      "PERSON إنغريد سوليم [المتحدثة باسم وزارة الخارجية النرويجية]"
    ]
  ])("%s", async (text, expected) => {
    expect(await entities(text)).toContain(expected)
  })

  it("the masculine reads as before", async () => {
    const text = "وقال الناطق باسم وزارة الداخلية العراقية، سعد معن، إن القوات تقدمت."
    expect(await entities(text)).toContain("PERSON سعد معن [الناطق باسم وزارة الداخلية العراقية]")
  })
})

/** `TYPE text [role]` for each entity of an Arabic text tagged by hand, with the names after roles added. */
const apposed = (text: string, marks: ReadonlyArray<readonly [string, "PERSON" | "LOCATION" | "ORGANIZATION" | "MISC"]>): Array<string> =>
  entitiesWithTags("ar", text, marks, { propagate: true, added: namesAfterRoles }).map((e) => `${e.type} ${e.text}${e.role === null ? "" : ` [${e.role}]`}`)

describe("a name between commas after a role that ends with a body (namesAfterRoles)", () => {
  it("a body's mention before the comma is the role's complement", () => {
    expect(apposed("وقالت المتحدثة باسم وزارة الخارجية الكندية ، ماري هولدن ، إن الوزيرة ستسافر غدا .", [["وزارة الخارجية", "ORGANIZATION"]])).toContain(
      "PERSON ماري هولدن [المتحدثة باسم وزارة الخارجية الكندية]"
    )
  })

  it("not after a person's name (an apposition of that name)", () => {
    expect(apposed("وقال المدرب سامي الحربي ، لاعب سابق ، إن الفريق جاهز .", [["سامي الحربي", "PERSON"]])).toEqual(["PERSON سامي الحربي [المدرب]"])
  })

  it("is linear in the number of commas, with a role read through في before each", () => {
    const run = (n: number) => () => apposed(Array.from({ length: n }, () => "مدير البرنامج في المنظمة ، ماري هولدن ، ").join(""), [])
    const small = bestOf(5, run(40))
    const large = bestOf(5, run(400))
    expect(large / small).toBeLessThan(30)
  })
})

describe("a role read through في", () => {
  it.each<[string, string]>([
    [
      "وقال مدير برنامج الإغاثة في المنظمة الدولية للهجرة ماركوس هولت إن المساعدات وصلت أمس.",
      "PERSON ماركوس هولت [مدير برنامج الإغاثة في المنظمة الدولية للهجرة]"
    ],
    ["وأضاف رئيس قسم الطوارئ في المستشفى الجامعي، نادر الشمري، أن الحالات مستقرة.", "PERSON نادر الشمري [رئيس قسم الطوارئ في المستشفى الجامعي]"]
  ])("%s", async (text, expected) => {
    expect(await entities(text)).toContain(expected)
  })

  it.each<[string, string, string]>([
    ["a title in construct with a noun after في (the government of the president)", "وشغل الرجل منصب وزير المالية في حكومة الرئيس حسني مبارك قبل سنوات.", "PERSON حسني مبارك [الرئيس]"],
    ["a title as an adjective of a noun with the article", "وقالت صحيفة الحزب الحاكم في الصين، جيفانغ ريباو، إن الخطة ستنجح.", "PERSON جيفانغ ريباو"],
    ["a title as the complement of a noun with a preposition", "وانضم المدافع لصفوف الفريق في الموسم الماضي خالد العتيبي بعد مفاوضات طويلة.", "PERSON خالد العتيبي"],
    ["في before no body nor place", "وقال المدرب في مؤتمر صحفي فهد الحربي إن اللاعبين جاهزون.", "PERSON فهد الحربي"]
  ])("not: %s", async (_, text, expected) => {
    expect((await entities(text)).filter((e) => e.startsWith("PERSON"))).toEqual([expected])
  })
})

describe("a foreign name's ك is kept (kafOfForeignNames)", () => {
  it.each<[string, string, ReadonlyArray<string>]>([
    [
      "after a title and after a speech verb",
      "وقالت المصممة كاميل روشيه إن المعرض يفتح أبوابه غدا. وتقول كاميل روشيه إن الألوان مستوحاة من البحر.",
      ["كاميل روشيه (كاميل روشيه)", "كاميل روشيه (كاميل روشيه)"]
    ],
    ["a name with ال after ك, after verbs", "وأعرب كالديرون عن أسفه للخسارة. وأوضح كالديرون أن الفريق سيعود أقوى.", ["كالديرون (كالديرون)", "كالديرون (كالديرون)"]],
    [
      "linked to the name written in full",
      "وكتب الناقد الرياضي باولو كالديرون مقالا عن المباراة. وأعرب كالديرون عن أسفه للخسارة.",
      ["باولو كالديرون (باولو كالديرون)", "كالديرون (باولو كالديرون)"]
    ]
  ])("%s", async (_, text, expected) => {
    expect(await people(text)).toEqual(expected)
  })

  it.each<[string, string, ReadonlyArray<string>]>([
    ["like X after a noun", "وهو عالم كجابر بن حيان في زمانه، وفيلسوف كخالد الفيصل في شعره.", ["جابر بن حيان (جابر بن حيان)", "خالد الفيصل (خالد الفيصل)"]],
    ["a hamza after ك", "وقال إن لاعبين كأيمن الشهري يصنعون الفارق.", ["أيمن الشهري (أيمن الشهري)"]]
  ])("not: %s", async (_, text, expected) => {
    expect(await people(text)).toEqual(expected)
  })

  it("a place after ك keeps its cut", async () => {
    expect(await entities("وتعيش مدن كالرياض وجدة نموا سريعا في عدد السكان.")).toEqual(["LOCATION الرياض", "LOCATION جدة"])
  })
})
