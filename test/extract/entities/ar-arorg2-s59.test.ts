/**
 * Fifty-ninth session (helper arorg2): organisations in running text that the N2 reading found missed (its class B;
 * docs/history/entities.md, "Fifty-ninth session: arorg2"), with the readers' spans only (`listedOrganizations`, the
 * pipeline's default; never in `khabar tag`, measured on ANERcorp):
 *
 * - `headedBodies` (mentions.ts): an untagged head of `constructBodyHeads` (name-cues.json: `وزارة`, `جمعية`, `غرفة`,
 *   `محكمة` …) before a word with the article, or a head of `nisbaBodyHeads` with the article (`البرلمان`, `الهيئة`)
 *   before a place's nisba, names a body anywhere in the sentence; the name takes nisbas, a second genitive after `و`
 *   and, after a definite head, the complement of its field after `ل`; a head before a common noun phrase, a genitive
 *   of `commonBodyGenitives`, a title or a verbal noun of purpose gives nothing or ends the name;
 * - `bodiesInMarks` (mentions.ts): the words in marks after a paper's, a channel's or a company's noun
 *   (`markedBodyNouns`) are that body.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { bodiesInMarks, headedBodies, mentionsOf } from "../../../src/extract/entities/mentions.js"
import type { EntityType } from "../../../src/schema/record.js"
import { sentencesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of a sentence's mentions (readers' spans) after a rule that returns them all, in text order. */
const after = (rule: typeof bodiesInMarks, text: string, marks: Marks = []): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) =>
    rule(units, tagged, mentionsOf(text, units, tagged, "ar", true)).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
  )

describe("a body's head noun and its genitive or nisba name a body anywhere (headedBodies)", () => {
  it.each([
    ["وتقدمت الأسرة بالشكر إلى جمعية البر في المحافظة .", [], ["ORGANIZATION جمعية البر"]],
    ["وأعلنت وزارة الشباب والرياضة الجزائرية تأجيل البطولة .", [], ["ORGANIZATION وزارة الشباب والرياضة الجزائرية"]],
    ["ولجأ النادي إلى محكمة التحكيم الرياضية للطعن في العقوبة .", [], ["ORGANIZATION محكمة التحكيم الرياضية"]],
    ["ونظمت غرفة الشرقية المعرض بالتعاون مع الأمانة .", [], ["ORGANIZATION غرفة الشرقية"]],
    ["وصادق البرلمان الياباني على الاتفاقية أمس .", [], ["ORGANIZATION البرلمان الياباني"]],
    ["وأوضحت الهيئة السعودية للتخصصات الصحية أن الاختبار إلزامي .", [], ["ORGANIZATION الهيئة السعودية للتخصصات الصحية"]],
    ["وقال رئيس الاتحاد البرتغالي لكرة القدم إن اللاعب سيعود .", [], ["ORGANIZATION الاتحاد البرتغالي لكرة القدم"]],
    ["واختار اتحاد الكرة الطائرة قائمة المنتخب .", [], ["ORGANIZATION اتحاد الكرة الطائرة"]],
    ["ويعالج المصابون في مستشفى الولادة والأطفال بالمدينة .", [], ["ORGANIZATION مستشفى الولادة والأطفال"]],
    ["وقال رئيس هيئة النقل العام بالقاهرة إن الأسعار ثابتة .", [], ["ORGANIZATION هيئة النقل العام"]],
    // a second genitive after `و` that opens another noun phrase (a nisba of the other gender) stays out
    ["ووقع العقد بين هيئة البترول والجانب السعودي أمس .", [], ["ORGANIZATION هيئة البترول"]],
    // and one after an adjective: a list of bodies
    ["وشارك الدفاع المدني وأمانة العاصمة المقدسة والمكاتب الهندسية في الجولة .", [["الدفاع المدني", "ORGANIZATION"]], ["ORGANIZATION الدفاع المدني", "ORGANIZATION أمانة العاصمة المقدسة"]],
    // (session 59, lead at the merge) but a feminine adjective or a sound feminine plural after `و` goes on with the name
    ["وعقد مجلس الشؤون السياسية والأمنية اجتماعه أمس .", [], ["ORGANIZATION مجلس الشؤون السياسية والأمنية"]],
    ["ونظمت غرفة الشرقية التجارية والصناعية اللقاء .", [], ["ORGANIZATION غرفة الشرقية التجارية والصناعية"]],
    ["وحذرت لجنة الأوراق المالية والبورصات الأمريكية المستثمرين .", [], ["ORGANIZATION لجنة الأوراق المالية والبورصات الأمريكية"]],
    // the tagger's place on the nisba after a definite head gives way to the body
    ["وقالت الهيئة السعودية للمهندسين إن التسجيل مفتوح .", [["السعودية", "LOCATION"]], ["ORGANIZATION الهيئة السعودية للمهندسين"]]
  ] as const)("%s", (text, marks, want) => {
    expect(after(headedBodies, text, marks)).toEqual(want)
  })

  it.each([
    // a common noun phrase after the head: no word with the article in construct
    ["وشكلت الوزارة لجنة من الخبراء لدراسة الأمر .", [], []],
    ["وأسست شركة كبرى مصنعا جديدا في المدينة .", [], []],
    // a part or an office of a body, not a body's name
    ["واجتمع مجلس الإدارة أمس لمناقشة الميزانية .", [], []],
    // a title after the head: the tagger's institution named after a person, or nothing
    ["وقالت جامعة الملك إن التسجيل يبدأ غدا .", [], []],
    // a definite head before no place's nisba, or before a word that is no name's
    ["وقالت الهيئة العامة إن التسجيل يبدأ غدا .", [], []],
    ["وأعلنت الشركة الجديدة أرباحها .", [], []],
    // any company or ministry of a country: a definite head and a nisba alone, but for a parliament or a federation
    ["وأعلنت الشركة السعودية أرباحها .", [], []],
    ["وقال مسؤول في الوزارة المصرية إن الأسعار ثابتة .", [], []],
    // the article swallowed by `ل`: a company described by its nisba
    ["وقال مسؤول للشركة الفرنسية إن العقد ساري .", [], []],
    // a common genitive: an office or a room, not a body
    ["واجتمعت لجنة التحقيق مع الشهود .", [], []],
    ["وتابع المسؤولون الوضع من غرفة العمليات .", [], []],
    // a description before the name the tagger found
    ["وأعلنت شركة الاتصالات زين أرباحها .", [["زين", "ORGANIZATION"]], ["ORGANIZATION زين"]],
    // the tagger's mention already there
    ["وأعلنت وزارة الصحة تسجيل حالات جديدة .", [["وزارة الصحة", "ORGANIZATION"]], ["ORGANIZATION وزارة الصحة"]]
  ] as const)("not %s", (text, marks, want) => {
    expect(after(headedBodies, text, marks)).toEqual(want)
  })
})

describe("a name in marks after a paper's or a company's noun is that body (bodiesInMarks)", () => {
  it.each([
    ["وكشفت صحيفة \"الاقتصادية\" أن الشركة ستتوسع .", [], ["ORGANIZATION الاقتصادية"]],
    ["ووقعت الوزارة عقدا مع شركة “أكوا باور” لبناء المحطة .", [], ["ORGANIZATION أكوا باور"]],
    ["وبثت قناة «العربية» المقابلة كاملة .", [], ["ORGANIZATION العربية"]],
    // the tagger's person inside the marks gives way
    ["وأعلنت شركة «جيمس كوفي» افتتاح فرعها .", [["كوفي", "PERSON"]], ["ORGANIZATION جيمس كوفي"]]
  ] as const)("%s", (text, marks, want) => {
    expect(after(bodiesInMarks, text, marks)).toEqual(want)
  })

  it.each([
    // a place of the lists in marks stays the place's
    ["وقالت صحيفة «الرياض» إن المشروع تأخر .", [["الرياض", "LOCATION"]], ["LOCATION الرياض"]],
    // no head noun before the marks, or a work's noun
    ["ورفع المشجعون لافتة «الاقتصادية» في المدرج .", [], []],
    ["وعرض مسلسل «باب الحارة» أمس .", [], []]
  ] as const)("not %s", (text, marks, want) => {
    expect(after(bodiesInMarks, text, marks)).toEqual(want)
  })
})
