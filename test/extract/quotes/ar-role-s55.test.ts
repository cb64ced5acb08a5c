/**
 * Fifty-fifth session (helper arrole3): roles and bodies given where the text names the person (docs/quotes.md, "Roles
 * in construct with a body, and the role after the clause's verb"; docs/history/quotes.md, "Fifty-fifth session:
 * arrole3"): a role named before in construct with a body and a first name the entity stage left out
 * (`roleHolderBefore`), a gloss in brackets between a role and its holder, a first name left out between a body and its
 * holder (`firstNameGap`), a definite role after the clause's verb over the body in its object (`clauseSubject`,
 * `openingRoleHolder`), and an untagged name before `المتحدث باسم` and a body (`nameBeforePost`). Whole pipeline (the
 * tagger's own tags); sentences written for these tests in the style of the wires.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"

const article = (body: string): string => ["خبر اليوم", "", "الرياض - واس", "", body].join("\n")

/** `[speaker] text` of each quote of the article made of `body`. */
const quotes = async (body: string): Promise<Array<string>> => {
  const r = await processText(article(body), { id: "ar-role-s55" })
  return r.quotes.map((q) => `[${q.speaker ?? "null"}] ${q.text}`)
}

const CLUB = "أكد رئيس نادي برشلونة جوسيب ماريا فيلار أن هدف الفريق هو الفوز بكل الألقاب في الموسم الجديد."

describe("Arabic: a role named before in construct with a body (roleHolderBefore)", () => {
  it("gives `وأضاف الرئيس` to the club president named after `رئيس نادي <club>` and an untagged first name", async () => {
    const got = await quotes(`${CLUB} وأضاف الرئيس: «نريد تكرار إنجاز الموسم الماضي أمام جماهيرنا».`)
    expect(got).toContain("[ماريا فيلار] نريد تكرار إنجاز الموسم الماضي أمام جماهيرنا")
  })

  it("reads past a gloss in brackets between the role and the comma before its holder", async () => {
    const got = await quotes("أكد رئيس المجلس الوطني (الغرفة الأولى في البرلمان)، أحمد ولد سيدي، أن الدورة تبدأ غدا. وأشار رئيس المجلس الوطني إلى أن الدورة «ستناقش قوانين مهمة للاقتصاد».")
    expect(got).toContain("[أحمد ولد سيدي] ستناقش قوانين مهمة للاقتصاد")
  })
})

describe("Arabic: a body, then a first name the entity stage left out, then the person (clauseSubject, firstNameGap)", () => {
  it("gives a participle's quote to the club president, not to the club", async () => {
    const got = await quotes("اعترف رئيس نادي برشلونة جوسيب ماريا فيلار بأن هدف الفريق هو الفوز بكل الألقاب، لافتا إلى أن «التحدي كبير هذا الموسم أمام الفريق».")
    expect(got).toContain("[ماريا فيلار] التحدي كبير هذا الموسم أمام الفريق")
  })

  it("keeps the person named right after the body (`رئيس الاتحاد السعودي لكرة القدم X`)", async () => {
    const got = await quotes("وقال رئيس الاتحاد السعودي لكرة القدم أحمد عيد إن الاتحاد سيدعم الأندية، مضيفا: «نقف مع الجميع بلا استثناء».")
    expect(got).toContain("[أحمد عيد] نقف مع الجميع بلا استثناء")
  })
})

describe("Arabic: a definite role after the clause's verb over the body in its object (clauseSubject)", () => {
  it("gives `فقال` to the president the role stands for, not to the body after `على`", async () => {
    const got = await quotes(`${CLUB} وعلق الرئيس على غرامة الاتحاد الأوروبي المفروضة على النادي بسبب هتافات جماهيره خلال المباراة النهائية في العاصمة الألمانية، فقال: «الغرامة ظالمة وسنستأنف عليها».`)
    expect(got).toContain("[ماريا فيلار] الغرامة ظالمة وسنستأنف عليها")
  })

  it("keeps the person named right after the role (`وكان الرئيس أوباما قد قال`)", async () => {
    const got = await quotes("وسيجري الرئيس الأمريكي محادثات مع الرئيس الكيني أوهورو كينياتا غدا. وكان الرئيس أوباما قد قال لبي بي سي إنه ينوي «توجيه رسالة صريحة» إلى القادة الأفارقة.")
    expect(got).toContain("[أوباما] توجيه رسالة صريحة")
  })

  it("keeps the person named after the role and a title, past a comma (`ويعلق السفير الدكتور X، …، قائلا`)", async () => {
    const got = await quotes("وقال المتحدث الرسمي باسم الخارجية السفير بدر عبد العاطي إن مصر تدين الهجوم. ويعلق السفير الدكتور أمين شلبي، المدير التنفيذي للمجلس المصري للشؤون الخارجية، على الموقف قائلا: «هذا البيان يعبر عن موقف ثابت من الإرهاب».")
    expect(got).toContain("[أمين شلبي] هذا البيان يعبر عن موقف ثابت من الإرهاب")
  })

  it("keeps the topic after `أما` that names its holder", async () => {
    const got = await quotes("يرى الشاعر والإعلامي ياسين عدنان أن الكتابة تغيرت كثيرا في السنوات الأخيرة. أما الشاعر عبد الإله الصالحي، فيرى أن للنشر الإلكتروني «تأثيرات إيجابية واضحة على القصيدة وعلى قرائها في كل مكان»، غير أنه يحذر من الفوضى.")
    expect(got).toContain("[عبد الإله الصالحي] تأثيرات إيجابية واضحة على القصيدة وعلى قرائها في كل مكان")
  })
})

describe("Arabic: an untagged name before `المتحدث باسم` and a body (nameBeforePost)", () => {
  it("gives the quote and the next one to the spokesman's name, not to the body", async () => {
    const got = await quotes("وقال ذبيح الله حقاني المتحدث باسم طالبان: «لم نشارك في أي محادثات مع الحكومة». وأضاف في بيان: «القيادة وحدها تقرر موعد التفاوض».")
    expect(got).toContain("[ذبيح الله حقاني] لم نشارك في أي محادثات مع الحكومة")
    expect(got).toContain("[ذبيح الله حقاني] القيادة وحدها تقرر موعد التفاوض")
  })

  it("keeps a tagged name before the spokesman's role", async () => {
    const got = await quotes("وقال محمد العلي المتحدث باسم وزارة الصحة إن «الحالات في تراجع مستمر».")
    expect(got).toContain("[محمد العلي] الحالات في تراجع مستمر")
  })

  it("keeps an unnamed source's phrase (`مصدر في الحركة`)", async () => {
    const got = await quotes("وقال مصدر في الحركة المتحدث باسم طالبان: «لم نشارك في أي محادثات».")
    expect(got.some((q) => q.endsWith("لم نشارك في أي محادثات") && q.startsWith("[مصدر"))).toBe(true)
  })
})
