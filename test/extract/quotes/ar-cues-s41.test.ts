import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile, quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { foldKey } from "../../../src/extract/internal/tokens.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Cues khabar did not read (docs/history/quotes.md, "Forty-first session (helper, cues)"): a verb of replying whose
 * marks follow its subject (`وقد رد ابن الرئيس "…"`), a verb that is also a noun after the subject of a clause that
 * `كان` or `لكن` opens (`وكان X ذكر أن «…»`, `وكان X كتب في مقاله: …`, `لكن الوزير يرى أن ذلك «…»`), and `القول` after a
 * preposition before a complementizer (`لا يجد حرجا في القول إن X «…»`). Sentences
 * written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where
 * the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of replying reaches marks right after its subject (replyVerbs)": [
    ['وقد رد ابن الرئيس "إذا كان العرض جديا فأنا مهتم به".', ["[ابن الرئيس | رد] إذا كان العرض جديا فأنا مهتم به"]],
    ['وقد ردت الوزيرة "لا نية لدينا لتغيير القانون في هذه المرحلة".', ["[الوزيرة | ردت] لا نية لدينا لتغيير القانون في هذه المرحلة"]],
    ['وسأله الصحفيون عن موعد الانتخابات، فأجاب [[PERSON:خالد العمري]] «سنعلن كل التفاصيل في الأسبوع المقبل».', ["[خالد العمري | أجاب] سنعلن كل التفاصيل في الأسبوع المقبل"]],
    // must not fire: ورد ("was mentioned"), two words, marks that do not close the clause (a manner), a preposition
    // between the subject and the marks
    ['ورد اسم الشركة "التي فازت بالعقد الأخير للبناء" في التقرير.', []],
    ['وقد رد الوزير "لا تعليق".', []],
    ['وقد رد الوزير "بكل هدوء وثقة في النفس" على أسئلة النواب.', []],
    ['وقد رد الوزير على الأسئلة "بكل هدوء وثقة في النفس" أمام النواب.', []]
  ],
  "a verb that is also a noun after the subject of a clause كان or لكن opens": [
    ['وكان مسؤول في البلدية ذكر أن «الحريق لم يسفر عن أي إصابات بين السكان».', ["[مسؤول في البلدية | ذكر] الحريق لم يسفر عن أي إصابات بين السكان"]],
    ['وكان [[PERSON:سامي الحداد]] كتب في مقاله: إن الحل لا يكون إلا بالحوار بين الأطراف كلها.', ["[سامي الحداد | كتب] إن الحل لا يكون إلا بالحوار بين الأطراف كلها"]],
    ['وكان [[PERSON:سامي الحداد]] وصف الأسبوع الماضي الاتفاق بأنه "خطوة شجاعة".', ["[سامي الحداد | وصف] خطوة شجاعة"]],
    ['وأكد المدير أن المشروع «سيكتمل قريبا»، لكن الوزير يرى أن تنفيذ الخطة «يحتاج إلى وقت أطول من المتوقع».', ["[المدير | أكد] سيكتمل قريبا", "[الوزير | يرى] يحتاج إلى وقت أطول من المتوقع"]],
    // must not fire: no definite word or name before the verb (كتب "books"), a preposition after كان, a passive
    // "was mentioned in" a list, a verb that is "between" (no speech right after it), a complementizer inside the
    // subject, كان after a word
    ['وكانت أغلب كتب الشيخ تباع في المكتبة: بأسعار زهيدة جدا للجميع.', []],
    ['وكان في المعرض كتب كثيرة: منها ما هو نادر جدا وقديم.', []],
    ['وكان عدد من الكتب ذكر في القائمة: وهي كتب نادرة جدا وقديمة.', []],
    ['وكان [[PERSON:سامي الحداد]] بين الحين والآخر يحيي الجمهور قائلا «شكرا لكم على هذا الحضور الكبير».', ["[سامي الحداد | قائلا] شكرا لكم على هذا الحضور الكبير"]],
    ['وكان مقررا أن تستضيف المدينة البطولة بين الصيف والخريف، وقال [[PERSON:خالد العمري]] إن «الموعد تغير لأسباب فنية».', ["[خالد العمري | قال] الموعد تغير لأسباب فنية"]],
    ['والطالب كان كتب في دفتره: إن الحل لا يكون إلا بالحوار بين الأطراف كلها.', []]
  ],
  "القول after في, إلى or عن and a bare complementizer (qawlComplementPrepositions)": [
    ['وعندما سئل [[PERSON:سامي الحداد]] عن مصير المفقودين، لا يجد حرجا في القول إن الأدلة «قد تقود قريبا إلى الجناة».', ["[سامي الحداد | القول] قد تقود قريبا إلى الجناة"]],
    ['وعندما سئل [[PERSON:سامي الحداد]] عن المفقودين، لا يجد حرجا في القول إن الأدلة «قد تقود قريبا إلى الجناة»، وإن الملف المذكور «تتشابك فيه مصالح كثيرة».', ["[سامي الحداد | القول] قد تقود قريبا إلى الجناة", "[سامي الحداد | القول] تتشابك فيه مصالح كثيرة"]],
    ['ويمضي [[PERSON:خالد العمري]] في كتابه إلى القول بأن الإصلاح «لم يعد خيارا بل صار ضرورة ملحة».', ["[خالد العمري | القول] لم يعد خيارا بل صار ضرورة ملحة"]],
    // must not fire: القول with no preposition before it (the writer's "it is not enough to say"), marks right after
    // القول with no complementizer (a saying nobody said)
    ['ولا يكفي القول إن المهمة "شاقة وطويلة" مثلما يقول المعارضون.', []],
    ['وقد يصل الأمر في النهاية إلى القول "كل شيء انتهى".', []]
  ]
}

describeQuoteTables("Arabic finding: verbs of replying and verbs after a subject (forty-first session)", tables)

describe("the replyVerbs and qawlComplementPrepositions lists (forty-first session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("is required, described, with no form twice", () => {
    const file = decode(arFile)
    expect(file.replyVerbs.description).toMatch(/session/)
    expect(new Set(file.replyVerbs.forms).size).toBe(file.replyVerbs.forms.length)
    const { replyVerbs: _dropped, ...rest } = arFile
    expect(() => decode(rest)).toThrow(LexiconError)
    expect(() => decode({ ...arFile, replyVerbs: { ...arFile.replyVerbs, forms: ["رد", 7] } })).toThrow(LexiconError)
    expect(file.qawlComplementPrepositions.description).toMatch(/session/)
    const { qawlComplementPrepositions: _gone, ...without } = arFile
    expect(() => decode(without)).toThrow(LexiconError)
  })

  it("compiles to the keys of its forms", () => {
    const lex = quoteLexicons()
    expect(lex.replyVerbs.has(foldKey("ردت")[0]!)).toBe(true)
    expect(lex.replyVerbs.has(foldKey("قال")[0]!)).toBe(false)
    expect(lex.qawlComplementPrepositions.has(foldKey("في")[0]!)).toBe(true)
  })
})
