/**
 * Fifty-eighth session (helper arbyline): the mentions of the lines the parse stage reads as credits
 * (docs/history/entities.md, "Fifty-eighth session: arbyline"):
 *
 * - the dateline's places (`LOCATION`) and agencies (`ORGANIZATION`) and the byline's names (`PERSON`), with the spans
 *   of the words the parse stage read (`creditMentions`, credits.ts), unnamed sources and generic places left out
 *   (`وكالات`, `عواصم`), titles out of a name (`الدكتور`), a name the lists or the tagger show to be something else left
 *   out (`سان أنطونيو`);
 * - the credits the parse stage cut as boilerplate (a repeated credit, a closing signature) and the paper of a closing
 *   source line (`رابط الخبر بصحيفة الوئام`);
 * - linking: a credit's mention keeps its type and joins the body's mentions of the same words and type (`الرياض`),
 *   not a body's mention of another type (`الشرق الأوسط` the region) nor a body's shorter name (`الغامدي`);
 * - `townOfPlace` (extract.ts): the town that opens a listed place (`محايل عسير`) is found again alone (`شرطة محايل`).
 *
 * Articles written for these tests in the style of the Saudi papers and the wires.
 */
import { Effect } from "effect"
import { describe, expect, it } from "vitest"
import { creditSpanOf } from "../../../src/extract/entities/credits.js"
import { entitiesStage } from "../../../src/extract/entities/index.js"
import { compose } from "../../../src/pipeline/compose.js"
import { run } from "../../../src/pipeline/run.js"
import { parse, parserProvides } from "../../../src/parse/index.js"
import type { Entity } from "../../../src/schema/record.js"

const pipeline = compose(parse, parserProvides, [entitiesStage()])

const entitiesOf = async (text: string): Promise<ReadonlyArray<Entity>> => (await Effect.runPromise(run(pipeline, { id: "t", text }))).entities

/** `TYPE text` of the mentions in `text[0, end)` (the head of the article: title, credit line). */
const headOf = async (text: string, end: number): Promise<Array<string>> => {
  const es = await entitiesOf(text)
  for (const e of es) expect(text.slice(e.start, e.end)).toBe(e.text)
  return es.filter((e) => e.start < end && e.type !== "MISC").map((e) => `${e.type} ${e.text}`)
}

const BODY =
  "أعلنت الجهات المختصة اليوم عن بدء تنفيذ المرحلة الثانية من المشروع في عدد من المحافظات، وذلك بعد اكتمال المرحلة الأولى قبل الموعد المحدد بعدة أسابيع، وفق ما ذكره مسؤول في الإدارة العامة للمشاريع."

const article = (title: string, credit: string, body = BODY) => ({ text: `${title}\n\n${credit}\n\n${body}`, head: title.length + 2 + credit.length })

describe("a dateline's places and agencies, a byline's names", () => {
  it.each([
    ["جازان - سعيد الزهراني", ["LOCATION جازان", "PERSON سعيد الزهراني"]],
    ["الرياض - واس", ["LOCATION الرياض", "ORGANIZATION واس"]],
    ["جدة ـ سبق", ["LOCATION جدة", "ORGANIZATION سبق"]],
    ["لندن: «الشرق الأوسط»", ["LOCATION لندن", "ORGANIZATION الشرق الأوسط"]],
    ["بيروت: محمد شقير", ["LOCATION بيروت", "PERSON محمد شقير"]],
    ["خالد العمري (الدمام)", ["PERSON خالد العمري", "LOCATION الدمام"]],
    ["بقلم الدكتور سالم العتيبي", ["PERSON سالم العتيبي"]],
    ["عبدالله سالم- سبق- الرياض:", ["PERSON عبدالله سالم", "ORGANIZATION سبق", "LOCATION الرياض"]]
  ] as const)("%s", async (credit, want) => {
    const { text, head } = article("افتتاح المرحلة الثانية من مشروع الطرق", credit)
    expect(await headOf(text, head)).toEqual(want)
  })

  it.each([
    // an unnamed source and a generic place are no names
    ["عواصم ـ وكالات", []],
    ["الرياض - متابعات", ["LOCATION الرياض"]],
    // a place the layout took for a reporter's name
    ["سان أنطونيو - رويترز", ["ORGANIZATION رويترز"]]
  ] as const)("left out: %s", async (credit, want) => {
    const { text, head } = article("افتتاح المرحلة الثانية من مشروع الطرق", credit)
    expect(await headOf(text, head)).toEqual(want)
  })

  it("a place the dateline opens the first paragraph with, and the wire", async () => {
    const text = "ارتفاع أسعار النفط في الأسواق العالمية\n\nدبي (رويترز) - ارتفعت أسعار النفط اليوم الاثنين بعد بيانات أظهرت تراجع المخزونات الأمريكية للأسبوع الثالث على التوالي، وفق ما ذكره متعاملون في السوق."
    expect(await headOf(text, text.indexOf(" - "))).toEqual(["LOCATION دبي", "ORGANIZATION رويترز"])
  })
})

describe("linking", () => {
  it("the dateline's place joins the body's mention of it", async () => {
    const { text } = article("أمطار غزيرة على الرياض", "الرياض - واس", "هطلت أمطار غزيرة على مدينة الرياض مساء أمس، وأعلن الدفاع المدني رفع درجة الاستعداد في أحياء الرياض الشمالية.")
    const es = (await entitiesOf(text)).filter((e) => e.text === "الرياض")
    expect(es.length).toBe(4)
    expect(new Set(es.map((e) => e.entityId)).size).toBe(1)
    // numbered in order of first mention
    expect(es[0]!.entityId).toBe("e1")
  })

  it("a paper of the dateline is not the region of the body", async () => {
    const { text } = article("تحذيرات من تصعيد جديد", "لندن: «الشرق الأوسط»", "حذر خبراء من تصعيد جديد في منطقة الشرق الأوسط خلال الأشهر المقبلة، في ظل غياب أي مبادرة سياسية جادة.")
    const es = (await entitiesOf(text)).filter((e) => e.text === "الشرق الأوسط")
    expect(es.map((e) => e.type)).toEqual(["ORGANIZATION", "LOCATION"])
    expect(es[0]!.entityId).not.toBe(es[1]!.entityId)
  })
})

describe("credits and source lines cut as boilerplate", () => {
  it("the paper of a closing source line", async () => {
    const title = "افتتاح المرحلة الثانية من مشروع الطرق"
    const text = `${title}\n\n${BODY} رابط الخبر بصحيفة الوئام: ${title}`
    const es = await entitiesOf(text)
    expect(es.filter((e) => e.start > text.indexOf("رابط")).map((e) => `${e.type} ${e.text}`)).toEqual(["ORGANIZATION الوئام"])
  })
})

describe("the town that opens a listed place, found again alone (townOfPlace)", () => {
  it("محايل عسير … شرطة محايل", async () => {
    const text =
      "نقل جثمان الشهيد إلى محايل\n\nنقلت طائرة مروحية جثمان الشهيد إلى محافظة محايل عسير أمس. وكان في مقدمة المستقبلين مدير شرطة محايل العقيد سعود المالكي، ومديرو الإدارات الحكومية في المحافظة."
    const es = (await entitiesOf(text)).filter((e) => e.text.startsWith("محايل"))
    expect(es.map((e) => `${e.type} ${e.text}`)).toEqual(["LOCATION محايل", "LOCATION محايل عسير", "LOCATION محايل"])
  })
})

describe("creditSpanOf", () => {
  it.each([
    ["الرياض - واس", "واس", [9, 12]],
    // tatweel inside the name, which the parse stage's strings leave out
    ["جـدة ـ سبق", "جدة", [0, 4]],
    // on word edges only
    ["وجدة - جدة", "جدة", [7, 10]]
  ] as const)("%s: %s", (text, name, want) => {
    expect(creditSpanOf(text, 0, text.length, name, [])).toEqual(want)
  })

  it("runs in time linear in the region", () => {
    const time = (n: number) => {
      const text = "جد ".repeat(n) + "جدة"
      const t0 = performance.now()
      for (let r = 0; r < 20; r++) creditSpanOf(text, 0, text.length, "جدة الجديدة", [])
      return performance.now() - t0
    }
    time(200)
    const small = Math.max(time(500), 0.5)
    const large = time(4000)
    expect(large / small).toBeLessThan(8 * 4)
  })
})
