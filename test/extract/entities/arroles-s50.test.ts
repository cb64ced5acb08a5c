/**
 * Fiftieth session (helper arroles): an Arabic person's whole stacked role, feminine titles, a woman's name found
 * after one, a title glued to `ب` and an apposition opened by `وهو` (docs/entities.md, "Roles"; docs/history/entities.md,
 * "Fiftieth session: arroles").
 *
 * - `roleBefore` (mentions.ts) reads through a body the tagger found right after a title (`stackedComplementStart`:
 *   `رئيس [هيئة …] رئيس اللجنة … X`) and a second body's head joined to it by `و` (`isJoinedBodyHead`: `[هيئة …]
 *   وإدارة البحوث`), with a wider bound once it did; not past a title glued to `و`, and a title glued to `ب` opens the
 *   role (`لترامب بالمحامية الروسية X`);
 * - `roleAfter` (mentions.ts) reads `وهو`/`وهي` before a title as a comma (`X وهو مستشار أمني،`);
 * - the triggers list holds the feminine titles with the article (`المحامية`, `الكاتبة`, `الشاعرة` …), and the
 *   feminine given names more names with a taa marbuta (`زينة`, `فاطمة` …).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand where the role rules read them,
 * the whole pipeline for the names found after feminine titles.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"
import { rows } from "./helpers.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"

/** `text [role]` of each person of `text` tagged by hand. */
const people = (text: string, marks: ReadonlyArray<readonly [string, "PERSON" | "ORGANIZATION" | "LOCATION"]>): Array<string> =>
  rows("ar", text, marks, ["type", "text", "role"])
    .filter(([type]) => type === "PERSON")
    .map(([, t, role]) => `${t}${role === null ? "" : ` [${role}]`}`)

const article = (body: string): string => ["خبر اليوم", "", "الرياض - واس", "", body].join("\n")

const pipelinePeople = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "arroles" })
  return (r.entities ?? []).filter((e) => e.type === "PERSON").map((e) => `${e.text}${e.role == null ? "" : ` [${e.role}]`}`)
}

describe("stacked roles before a name", () => {
  it.each([
    [
      "ووصف مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء عبدالعزيز بن محمد السالم الحادث بأنه جريمة.",
      [["هيئة كبار العلماء", "ORGANIZATION"], ["عبدالعزيز بن محمد السالم", "PERSON"]],
      "عبدالعزيز بن محمد السالم [مفتي عام المملكة رئيس هيئة كبار العلماء رئيس اللجنة الدائمة للبحوث العلمية والإفتاء]"
    ],
    [
      "ودعا مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء الشيخ عبدالعزيز بن محمد السالم المسلمين إلى التراحم.",
      [["هيئة كبار العلماء", "ORGANIZATION"], ["عبدالعزيز بن محمد السالم", "PERSON"]],
      "عبدالعزيز بن محمد السالم [مفتي عام المملكة رئيس هيئة كبار العلماء وإدارة البحوث العلمية والإفتاء]"
    ],
    [
      "وقال لاعب نادي الوحدة خالد الزيد إن الفريق جاهز.",
      [["نادي الوحدة", "ORGANIZATION"], ["خالد الزيد", "PERSON"]],
      "خالد الزيد [لاعب نادي الوحدة]"
    ]
  ] as const)("%s", (text, marks, want) => {
    expect(people(text, marks)).toContain(want)
  })

  it.each([
    // a body after a verb, not a title: the role starts at the title after it
    ["واستقبل نادي الوحدة رئيس النادي سامي العنزي أمس.", [["نادي الوحدة", "ORGANIZATION"], ["سامي العنزي", "PERSON"]], "سامي العنزي [رئيس النادي]"],
    // a title glued to و opens the next person of a list (and so, with the body tagged, a second post of the same man:
    // the stacked reading stops there, as before)
    [
      "وقال عضو هيئة كبار العلماء وعضو اللجنة الدائمة للإفتاء الشيخ صالح بن علي الفهد إن الصيام عبادة.",
      [["هيئة كبار العلماء", "ORGANIZATION"], ["صالح بن علي الفهد", "PERSON"]],
      "صالح بن علي الفهد [عضو اللجنة الدائمة للإفتاء]"
    ],
    ["بحضور أحمد خالد رئيس نادي الوحدة والمدرب سعد الفهد.", [["أحمد خالد", "PERSON"], ["نادي الوحدة", "ORGANIZATION"], ["سعد الفهد", "PERSON"]], "سعد الفهد [المدرب]"],
    // a title glued to ب is the preposition's object: the words before it are another person's role
    [
      "والتقى مروان العلي رئيس الحملة الانتخابية للمرشح بالمحامية الروسية ناتاليا بتروفا في الفندق.",
      [["مروان العلي", "PERSON"], ["ناتاليا بتروفا", "PERSON"]],
      "ناتاليا بتروفا [المحامية الروسية]"
    ]
  ] as const)("keeps the role apart: %s", (text, marks, want) => {
    expect(people(text, marks)).toContain(want)
  })

  it("reads no title's body after a noun joined by و that heads no body (ونجم الفريق)", () => {
    const got = people("ويدور خلاف بين سامي العلي المدير الفني الجديد لنادي النصر ونجم الفريق البرازيلي كارلوس سيلفا.", [
      ["سامي العلي", "PERSON"],
      ["نادي النصر", "ORGANIZATION"],
      ["كارلوس سيلفا", "PERSON"]
    ])
    const carlos = got.find((p) => p.startsWith("كارلوس سيلفا"))
    expect(carlos).toBeDefined()
    expect(carlos).not.toContain("المدير")
  })

  it("keeps a rank that is also a team after ب (بالفريق)", () => {
    const got = people("وغاب لاعب الخبرة بالفريق الأول ماجد السبيعي عن التدريبات.", [["ماجد السبيعي", "PERSON"]])
    expect(got).toContain("ماجد السبيعي [لاعب الخبرة بالفريق الأول]")
  })

  it("is linear in the length of a run of stacked titles and bodies", () => {
    const make = (n: number): string => `قال ${"رئيس هيئة كبار العلماء ".repeat(n)}زيد الحربي إن الأمر مهم.`
    const marks = (text: string): ReadonlyArray<readonly [string, "PERSON"]> => (text.length > 0 ? [["زيد الحربي", "PERSON"]] : [])
    expect(growth(make, (text) => rows("ar", text, marks(text), ["role"]), 200)).toBeLessThan(LINEAR_BOUND)
  })
})

describe("an apposition opened by وهو", () => {
  it("reads the title after وهو as the name's role, with an indefinite title's nisba", () => {
    expect(people("وأوضح الدكتور سالم الحربي وهو مستشار أمني، أن المساجد مستهدفة.", [["سالم الحربي", "PERSON"]])).toContain("سالم الحربي [مستشار أمني]")
  })

  it("reads no role after وهو and a verb", () => {
    expect(people("وقال سالم الحربي وهو يبتسم إن الفريق جاهز.", [["سالم الحربي", "PERSON"]])).toContain("سالم الحربي")
  })
})

describe("women named after feminine titles", () => {
  it("finds a woman's name after a feminine title with the article, with that role", async () => {
    const got = await pipelinePeople('وقالت المحامية اللبنانية زينة حداد: "القانون لا يحمي النساء المعنفات بما يكفي".')
    expect(got).toContain("زينة حداد [المحامية اللبنانية]")
  })

  it("keeps a man's family name that is a feminine noun (مغنية: no title without the article)", () => {
    expect(people("وقتل القائد العسكري عماد مغنية في دمشق عام 2008 في انفجار سيارة.", [["عماد مغنية", "PERSON"]])).toContain("عماد مغنية [القائد العسكري]")
  })

  it("reads no feminine title in a masculine noun and its pronoun (لاعبه, his player)", () => {
    expect(people("وقال مدرب الفريق إن لاعبه الجديد خالد العمر جاهز للمباراة.", [["خالد العمر", "PERSON"]])).toContain("خالد العمر")
  })
})
