/**
 * Author fields that name several reporters without a role word, and author
 * fields that hold an official's post instead of a writer (session 60).
 * The article is composed as the node reader composes a JSON record (title,
 * author, content, with hints), the way SaudiNewsNet's outlets print them.
 */
import { describe, expect, it } from "vitest"
import { composed, doc } from "./helpers.js"

const title = "أمانة المنطقة تبدأ تنفيذ مشروع لتصريف مياه الأمطار"
const body =
  "بدأت أمانة المنطقة تنفيذ مشروع لتصريف مياه الأمطار في الأحياء الشرقية بتكلفة تتجاوز أربعين مليون ريال، على أن ينتهي العمل فيه خلال ثمانية عشر شهرا.\n\n" +
  "وأوضح المتحدث باسم الأمانة أن المشروع يشمل شبكة أنابيب بطول اثني عشر كيلومترا ومحطتي ضخ."

describe("reporters in an author field: joined by و with no role word, given names that are posts' words", () => {
  it.each([
    ["سالم المطيري ومحمد العنزي", ["سالم المطيري", "محمد العنزي"], []],
    ["سالم المطيري  وفهد الشمري ونايف القحطاني", ["سالم المطيري", "فهد الشمري", "نايف القحطاني"], []],
    ["الدمام - سالم المطيري وأحمد الزهراني", ["سالم المطيري", "أحمد الزهراني"], ["الدمام"]],
    ["جدة - خالد الحربي وفهد العتيبي وأحمد الغامدي:", ["خالد الحربي", "فهد العتيبي", "أحمد الغامدي"], ["جدة"]],
    // the word after و is a given name of its own: one name (`وليد`)
    ["محمد وليد", ["محمد وليد"], []],
    // a one-word first name: no split (`سالم ومحمد العنزي` is not read as two writers)
    ["سالم ومحمد العنزي", ["سالم ومحمد العنزي"], []],
    // given names that are also posts' words are not in `nonNameWords`: the writer stays
    ["جدة - مساعد الحربي", ["مساعد الحربي"], ["جدة"]],
    ["أمين الزهراني", ["أمين الزهراني"], []]
  ] as Array<[string, Array<string>, Array<string>]>)("%s", (author, names, places) => {
    const c = composed(title, author, body)
    const d = doc(c.text, c.hints)
    expect(d.byline?.names ?? []).toEqual(names)
    expect(d.dateline?.places ?? []).toEqual(places)
    // each name is the text of the original at its place
    for (const n of d.byline?.names ?? []) expect(d.text.includes(n)).toBe(true)
  })
})

describe("an official's post in the author field is no byline", () => {
  it.each([
    "وكيل وزارة الخارجية للشؤون القنصلية",
    "وزير الشؤون البلدية والقروية",
    "استشاري أمراض باطنية",
    "رئيس المحكمة العامة بجدة",
    "مدير إدارة التعليم بالمنطقة"
  ])("%s", (author) => {
    const c = composed(title, author, body)
    const d = doc(c.text, c.hints)
    expect(d.byline?.names ?? []).toEqual([])
    // nothing is lost: the field is cut (kept with its reason) or kept as text
    const cut = d.boilerplate.some((b) => b.text.includes(author))
    const kept = d.paragraphs.some((p) => p.text.includes(author))
    expect(cut || kept).toBe(true)
  })
})
