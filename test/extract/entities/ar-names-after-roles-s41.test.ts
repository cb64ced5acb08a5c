/**
 * Forty-first session (helper, entities): names after a role that the entity stage missed or cut, from the A76 reading
 * (docs/history/entities.md, "Forty-first session (helper, entities)"):
 *
 * - `namesBeforeClauses` (extract.ts) reads a woman's given name with a taa marbuta of `feminineGivenNames`, an
 *   honorific between the role and the name (`titledRoleBeforeHonorific`, mentions.ts), a verb of protocol whose object
 *   follows the name (`subjectObjectVerbs`: `رفع`, `قدم`, `عبر` before `عن`), and an object noun (`التعازي`) as the name's end;
 * - `surnameAfterTitledGivenName` (mentions.ts): the family name with the article the tagger left out after a given name
 *   of the lists right after a titled role that ends in a word of no list (`مدير المنتخب [عبدالله] المسند`), and the
 *   given name `عزام` in the given names' list (`وزير التعليم [عزام] الدخيل`);
 * - `roleBefore` (mentions.ts) reads a place no list holds right after a place's head noun (`ممثل محافظة طريب X`), not
 *   through `في` and not a nasab's word (`قرية ابن X`); `عضوة` is a title of the triggers list.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand where a rule reads them (the
 * tagger's miss), the whole pipeline for the quotes' speakers.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { processText } from "../../../src/index.js"
import { loadNameCues, validateNameCues } from "../../../src/extract/entities/evidence.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { bestOf } from "../numbers/timing.js"
import { namesAddedBeforeClauses, sentencesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `text [role]` of each person the rule adds to the untagged sentences of `text`. */
const added = namesAddedBeforeClauses

/** `text [role]` of each person's mention of `text` tagged by hand. */
const people = (text: string, marks: Marks): Array<string> => {
  const out: Array<string> = []
  for (const { units, tagged } of sentencesWithTags("ar", text, marks)) {
    for (const m of mentionsOf(text, units, tagged, "ar")) {
      if (m.type === "PERSON") out.push(`${text.slice(m.start, m.end)}${m.role === null ? "" : ` [${m.role}]`}`)
    }
  }
  return out
}

describe("a name between a titled subject and its clause, forty-first session (namesBeforeClauses)", () => {
  it.each<[string, string]>([
    // a woman's given name with a taa marbuta of the list, after a feminine title
    ["وقالت عضوة اللجنة نورة الشهري إن البرنامج بدأ في موعده .", "نورة الشهري [عضوة اللجنة]"],
    // an honorific between the role and the name
    ["وقال رئيس الجمعية الشيخ مفلح العتيبي إن التبرعات زادت هذا العام .", "مفلح العتيبي [رئيس الجمعية]"],
    ["وأوضح مدير المشروع المهندس غازي الحربي أن العمل يسير وفق الخطة .", "غازي الحربي [مدير المشروع]"],
    // a verb of protocol, the object noun after the name
    ["ورفع عضو المجلس زيد الحربي التعازي إلى أسر الضحايا .", "زيد الحربي [عضو المجلس]"],
    ["وقدم رئيس النادي سلمان العمري شكره للجماهير على الحضور .", "سلمان العمري [رئيس النادي]"],
    // `عبر … عن`, two roles one after the other
    ["وعبر عضو المجلس رئيس النادي الأدبي فهد الشمري عن سعادته بالجائزة .", "فهد الشمري [عضو المجلس رئيس النادي الأدبي]"]
  ])("%s", (text, expected) => {
    expect(added(text)).toEqual([expected])
  })

  it.each<[string]>([
    // an object noun opens no name
    ["ورفع أمير المنطقة أحر التعازي لأسر الضحايا ."],
    // a word with a taa marbuta that no list holds as a woman's name
    ["وقدمت رئيسة اللجنة المنظمة كلمة ترحيبية بالضيوف ."],
    // (a weekday is no family name: since the forty-second session the name before it is found without it,
    // `ودعا رئيس الإقليم X Y الاثنين إلى` → `X Y`, ar-names-cut-s42.test.ts)
    // `عبر` with no `عن` after the name: the preposition "via", no verb
    ["ووصلت الرسالة عبر مدير المكتب سالم الدوسري إلى الوزارة ."]
  ])("%s gives no name", (text) => {
    expect(added(text)).toEqual([])
  })

  it("is linear in the number of sentences (an honorific, a verb of protocol)", () => {
    const sentence = "ورفع عضو المجلس الشيخ زيد الحربي التعازي للأسر . "
    const run = (n: number) => () => added(sentence.repeat(n))
    const small = bestOf(5, run(20))
    const large = bestOf(5, run(200))
    expect(large / small).toBeLessThan(30)
  })
})

describe("the family name left out after a titled given name (surnameAfterTitledGivenName)", () => {
  it.each<[string, Marks, string]>([
    ["ونفى وزير الإعلام عزام الخالدي ما تردد عن إغلاق الصحيفة .", [["عزام", "PERSON"]], "عزام الخالدي [وزير الإعلام]"],
    ["وسلم مدير المنتخب عبدالله الفهيد درعا تذكارية للفريق .", [["عبدالله", "PERSON"]], "عبدالله الفهيد [مدير المنتخب]"]
  ])("%s", (text, marks, expected) => {
    expect(people(text, marks)).toEqual([expected])
  })

  it.each<[string, Marks]>([
    // an office whose place follows it in construct: the governor of a town
    ["وتفقد محافظ رياض الخبراء مشروع الطريق الجديد .", [["رياض", "PERSON"]]],
    // a weekday, an object noun
    ["وقال الرئيس محمد الاثنين إن الحكومة ماضية في خطتها .", [["محمد", "PERSON"]]],
    ["وقدم الأمير فيصل التهاني للفائزين بالجائزة .", [["فيصل", "PERSON"]]]
  ])("%s keeps the one word", (text, marks) => {
    expect(people(text, marks).map((p) => p.split(" [")[0])).toEqual([marks[0]![0]])
  })
})

describe("roles through a place after its head, and the feminine member", () => {
  it.each<[string, Marks, string]>([
    // a place no list holds after `محافظة`, a title after the first role
    ["وقال عضو المجلس ممثل محافظة ثادق خالد محمد الزهراني: إن المشروع مهم .", [["خالد محمد الزهراني", "PERSON"]], "خالد محمد الزهراني [عضو المجلس ممثل محافظة ثادق]"],
    ["وقالت عضوة المجلس منى العتيبي إن الحملة نجحت .", [["منى العتيبي", "PERSON"]], "منى العتيبي [عضوة المجلس]"]
  ])("%s", (text, marks, expected) => {
    expect(people(text, marks)).toEqual([expected])
  })

  it.each<[string, Marks, string]>([
    // not through `في`: the word the tagger took for a name is the place's own
    ["وقصفت الطائرات مواقع في اللواء الرابع في منطقة بئر سالم بمحافظة لحج .", [["سالم", "PERSON"]], "سالم"],
    // a nasab's word after the head opens a name, not a place
    ["وأقام رئيس قرية ابن سعدون الشيخ فهد بن سعدون حفلا للأهالي .", [["سعدون", "PERSON"]], "سعدون"]
  ])("%s gives no role", (text, marks, expected) => {
    expect(people(text, marks)[0]).toBe(expected)
  })
})

describe("the quote goes to the name after the role, not to the speaker before", () => {
  const first = "وقال عضو المجلس سالم الدوسري: «هذا العمل لا يقره دين ولا عقل»."
  it.each<[string, string]>([
    ["ورفع عضو المجلس زيد الحربي التعازي لأسر الضحايا قائلا: «نقف صفا واحدا خلف قيادتنا».", "زيد الحربي"],
    ["من جهته عبر عضو المجلس رئيس النادي الأدبي فهد الشمري عن استنكاره قائلا: «هذا عمل جبان».", "فهد الشمري"],
    ["من جهة أخرى قالت عضوة المجلس نورة الشهري: «سنواصل العمل التطوعي».", "نورة الشهري"]
  ])("%s", async (second, speaker) => {
    const r = await processText(["مجلس الشباب يدين الهجوم", "", first, "", second].join("\n"))
    expect(r.quotes.map((q) => q.speaker)).toEqual(["سالم الدوسري", speaker])
  })
})

describe("the lists of this session", () => {
  it("name-cues holds the women's given names and the verbs of protocol, and a file without them is refused", () => {
    const f = loadNameCues()
    expect(f.feminineGivenNames.ar).toContain("صالحة")
    expect(f.subjectObjectVerbs.ar).toEqual(expect.arrayContaining(["رفع", "قدم", "عبر"]))
    for (const w of f.feminineGivenNames.ar) expect(w.endsWith("ة")).toBe(true)
    const { feminineGivenNames: _f, ...rest } = f
    expect(() => validateNameCues(rest)).toThrow(/feminineGivenNames/)
    const { subjectObjectVerbs: _v, ...other } = f
    expect(() => validateNameCues(other)).toThrow(/subjectObjectVerbs/)
  })
})
