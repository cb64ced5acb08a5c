/**
 * Fortieth session (lead): a person's name the tagger did not know, written right after a role with a title that is the
 * subject of a verb, and right before the clause or the complement the verb takes (`namesBeforeClauses`, extract.ts;
 * docs/history/entities.md, "Fortieth session: names between a role and its clause"). The A76 and A77 readings found
 * speakers lost to the chain because `وقال عضو المجلس سعد القرني إن …` gave no entity.
 *
 * Sentences written for these tests in the style of the news wires; the sentence rows leave every word untagged (the
 * tagger's miss) and run the rule alone; the last rows run the whole pipeline for a quote's speaker.
 */
import { describe, expect, it } from "vitest"
import { processText } from "../../../src/index.js"
import { bestOf } from "../numbers/timing.js"
import { namesAddedBeforeClauses } from "./fixed-tags.js"

/** `text [role]` of each person the rule adds to the untagged sentences of `text`. */
const added = namesAddedBeforeClauses

describe("a name between a titled subject and its clause (namesBeforeClauses)", () => {
  it.each<[string, string]>([
    // a given name of the lists, a family name with the article, a complementizer
    ["وقال عضو المجلس البلدي سالم الدوسري إن المشروع سيكتمل قبل نهاية العام .", "سالم الدوسري [عضو المجلس البلدي]"],
    // a place's name ends the role, a preposition with `لـ` ends the name
    ["وقال محافظ الأنبار حامد الفهداوي لوكالة الأنباء إن القوات دخلت المدينة .", "حامد الفهداوي [محافظ الأنبار]"],
    // a preposition of the verb after the name
    ["وأشار رئيس النادي الأدبي فهد الشمري إلى أن الأمسية نجحت .", "فهد الشمري [رئيس النادي الأدبي]"],
    // a given name no list holds before a family name with the article, a colon after it
    ["وأكد مدير الجمعية الخيرية شافي المطيري: نحن مستمرون في خدمة الأسر .", "شافي المطيري [مدير الجمعية الخيرية]"],
    // three words
    ["وأوضح مدير المستشفى ناصر بن علي الزهراني أن الحالة مستقرة .", "ناصر بن علي الزهراني [مدير المستشفى]"]
  ])("%s", (text, expected) => {
    expect(added(text)).toEqual([expected])
  })

  it.each<[string]>([
    // the complement of an indefinite title, not a name
    ["وقال منسق شؤون اللاجئين في المنظمة إن الوضع يزداد سوءا ."],
    // `باسم` after a spokesman: "on behalf of"
    ["وأوضح متحدث باسم الدفاع المدني أن فرق الإنقاذ وصلت إلى الموقع ."],
    // the preposition `على`, whose search form is the given name `علي`
    ["وأوضح المشرف على المعرض، أن الزوار تجاوزوا عشرة آلاف ."],
    // a time word and a weekday after the role
    ["وقال رئيس الوزراء اليوم الأحد إن الحكومة مستعدة للحوار ."],
    // no verb before the role: the title is an object of a preposition
    ["وهذا أمر جيد بالنسبة للاعب بكل تأكيد، لكنه يحتاج إلى وقت ."],
    // a word with `ل` that no list holds as a name: a preposition left on it
    ["بدوره قال نائب مدير المدينة لشؤون التخطيط إن الأمانة لا تتجاوز النظام ."]
    // (`ورفع عضو المجلس زيد الحربي التعازي …`, an object noun after the name, gives the name since the forty-first
    // session: ar-names-after-roles-s41.test.ts)
  ])("%s gives no name", (text) => {
    expect(added(text)).toEqual([])
  })

  it.each<[string, string]>([
    [
      "وقال عضو المجلس سعد القرني إن الاعتداء عمل إجرامي، مضيفا: «لن ينال أحد من وحدتنا».",
      "سعد القرني"
    ],
    ["من جانبه قال عضو المجلس ماجد الحربي إن «هذا الاعتداء لن يفرق صفوفنا».", "ماجد الحربي"]
  ])("gives the quote to the name, not to the speaker before: %s", async (second, speaker) => {
    const text = ["مجلس الشباب يدين الهجوم", "", "وقال عضو المجلس سالم الدوسري: «هذا العمل لا يقره دين ولا عقل».", "", second].join("\n")
    const r = await processText(text)
    expect(r.quotes.map((q) => q.speaker)).toEqual(["سالم الدوسري", speaker])
    expect(r.entities.filter((e) => e.type === "PERSON").map((e) => `${e.text} [${e.role}]`)).toContain(`${speaker} [عضو المجلس]`)
  })

  it("is linear in the number of sentences", () => {
    const sentence = "وقال عضو المجلس سعد القرني إن المشروع سيكتمل . "
    const run = (n: number) => () => added(sentence.repeat(n))
    const small = bestOf(5, run(20))
    const large = bestOf(5, run(200))
    expect(large / small).toBeLessThan(30)
  })
})
