/**
 * Sixty-third session (helper arent7): faults readers reported on Arabic news, with the readers' spans:
 *
 * - `militaryRanks` of name-cues.json: the lower ranks (`الملازم`, `الرقيب`, `العريف`, `الجندي`, `المقدم`, `الرائد`,
 *   `النقيب`) take a name as the higher ones do; `commonWordRanks` (`الفريق`, `الرائد`, `المقدم`, `النقيب`, `الجندي`):
 *   alone, only before a given name of the lists (`إدارة الرائد قدمت عرضا` names nobody);
 * - `wholeNamesAfterRanks` (extract.ts): the family name with the article after a name without one (`اللواء الركن
 *   [سالم بن مطلق] الإزيمع`), not after the team unless the name holds `بن`; after the team a counted noun is no name's
 *   word (`الفريق أحمد [هدفين]`); `namesAfterRanks` ends no name on `آل` (`المقدم علي آل جرمان`);
 * - `givenNameAfterTitles` (speaker-names.ts): the given name between a title and a name of two or three words
 *   (`القاضي اوميد [محسن حمدامين]`);
 * - `oathWords` of name-cues.json: the oath by God is no person (`فَوَاللَّهِ`); propagation finds no given name again
 *   in a word with the tanween (`ديناً` after `دينا`);
 * - `givenNamesInPeopleLists` (extract.ts): a word with a glued `و` before a given name in a list of people opens the
 *   name (`ونور فخري وسحر [رامي]`).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { givenNamesInPeopleLists, namesAfterRanks, wholeNamesAfterRanks } from "../../../src/extract/entities/extract.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { givenNameAfterTitles } from "../../../src/extract/entities/speaker-names.js"
import { entitiesWithTags, sentencesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of each entity of `text` tagged by hand, with the options of {@link entitiesWithTags}. */
const entities = (text: string, marks: Marks, options: Parameters<typeof entitiesWithTags>[3] = {}): Array<string> =>
  entitiesWithTags("ar", text, marks, options).map((e) => `${e.type} ${e.text}`)

describe("a name after a lower rank is the person (militaryRanks, commonWordRanks; namesAfterRanks)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وأوضح الملازم أول تركي الحميدي أن السجناء بخير .", [], ["PERSON تركي الحميدي"]],
    ["وقال الرقيب أول ناصر العتيبي إن الدورية وصلت .", [], ["PERSON ناصر العتيبي"]],
    ["وأصيب العريف فهيد حمود الشمري في الحادث .", [], ["PERSON فهيد حمود الشمري"]],
    ["وقال الرائد خالد العتيبي إن البلاغ ورد مساء .", [], ["PERSON خالد العتيبي"]],
    // a first word that is no given name of the lists: before one family name with a nisba's ending only
    ["وأوضح الناطق الإعلامي للشرطة الرائد بدر السحيباني أن البلاغ ورد .", [], ["PERSON بدر السحيباني"]],
    // no name ends on `آل`, whose family name the tagger took
    ["وأوضح المقدم علي آل جرمان أن الفرق باشرت .", [["جرمان", "PERSON"]], ["PERSON جرمان"]],
    // alone, a rank that is a common word takes no word that is no given name of the lists
    ["وكانت إدارة الرائد قدمت عرضا للاعب .", [], []],
    ["وأغلقت إدارة الرائد ملف التعاقدات الجديدة .", [], []],
    // not after the team, a noun of a team too
    ["واحتفل الفريق بطل الدوري بالكأس أمس .", [], []],
    ["ويستمر الدعم المقدم لتوليد الطاقة هذا العام .", [], []],
    ["وأهاب النقيب بزائري المكتبة الالتزام بالهدوء .", [], []]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks, { added: namesAfterRanks })).toEqual(expected)
  })
})

/** `TYPE text` of a sentence's mentions (readers' spans) after `wholeNamesAfterRanks`. */
const ranked = (text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) =>
    wholeNamesAfterRanks(text, units, tagged, mentionsOf(text, units, tagged, "ar", true)).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

describe("the whole name after a rank (wholeNamesAfterRanks)", () => {
  it.each<[string, Marks, Array<string>]>([
    // the family name with the article after a name that has none
    ["ونقل اللواء الركن سالم بن مطلق الإزيمع تهاني القيادة .", [["سالم بن مطلق", "PERSON"]], ["PERSON سالم بن مطلق الإزيمع"]],
    ["واحتفل الملازم طيار عبدالرحمن بن عبدالعزيز العوشن بتخرجه .", [["طيار عبدالرحمن بن عبدالعزيز", "PERSON"]], ["PERSON عبدالرحمن بن عبدالعزيز العوشن"]],
    ["وكشف العقيد عبدالمنعم الحيزان الناطق الإعلامي أن العدد ارتفع .", [["عبدالمنعم", "PERSON"]], ["PERSON عبدالمنعم الحيزان"]],
    ["وأنهى الأمر خدمة الفريق خالد بن علي الحميدان العسكرية .", [["خالد بن علي", "PERSON"]], ["PERSON خالد بن علي الحميدان"]],
    // a given name before the tagger's name after a lower rank and its tail
    ["واستشهد الرقيب أول سيف يوسف أحمد الفلاسي أمس .", [["يوسف أحمد الفلاسي", "PERSON"]], ["PERSON سيف يوسف أحمد الفلاسي"]],
    // the team: no family name after a name without `بن`, and a counted noun is the verb's object
    ["واستقبل مدرب الفريق كريستيان جروس البعثة فور وصولها .", [["كريستيان جروس", "PERSON"]], ["PERSON كريستيان جروس"]],
    ["وسجل مهاجم الفريق أحمد هدفين في الشوط الثاني .", [["أحمد هدفين", "PERSON"]], ["PERSON أحمد"]],
    ["وسجل الفريق أول حسين هدفين في الشوط الثاني .", [["حسين هدفين", "PERSON"]], ["PERSON حسين هدفين"]],
    // no rank: as tagged
    ["وسجل المهاجم أحمد هدفين في الشوط الثاني .", [["أحمد هدفين", "PERSON"]], ["PERSON أحمد هدفين"]],
    ["ونقل المسؤول سالم بن مطلق الإزيمع التهاني .", [["سالم بن مطلق", "PERSON"]], ["PERSON سالم بن مطلق"]]
  ])("%s", (text, marks, expected) => {
    expect(ranked(text, marks)).toEqual(expected)
  })
})

describe("the given name between a title and a longer name (givenNameAfterTitles)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وقال الناطق باسم المجلس القاضي اوميد محسن حمدامين في بيان إن المتهمة سلمت .", [["محسن حمدامين", "PERSON"]], ["PERSON اوميد محسن حمدامين"]],
    ["وحضر الحفل الشيخ صباح الأحمد الجابر أمس .", [["الأحمد الجابر", "PERSON"]], ["PERSON صباح الأحمد الجابر"]],
    // a verb between, or no title: as tagged
    ["وقال القاضي يحكم محسن حمدامين في القضية .", [["محسن حمدامين", "PERSON"]], ["PERSON محسن حمدامين"]],
    ["وقال المجلس اوميد محسن حمدامين في بيان .", [["محسن حمدامين", "PERSON"]], ["PERSON محسن حمدامين"]],
    // a rank's tail or a noun that takes a name in construct before a longer name: as tagged
    ["وأوضح العميد بحري عبدالله الغرير أن القارب وصل .", [["عبدالله الغرير", "PERSON"]], ["PERSON عبدالله الغرير"]],
    ["وقال اللواء دكتور محمود خلف إن المشروع مهم .", [["محمود خلف", "PERSON"]], ["PERSON محمود خلف"]]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks, { steps: givenNameAfterTitles })).toEqual(expected)
  })
})

describe("no person: the oath by God, a word with the tanween found again (oathWords, propagate)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وقال الخطيب : فَوَاللَّهِ إن الأمر جلل .", [["فَوَاللَّهِ", "PERSON"]], []],
    ["وكتب : فوالله لن يضيع حق وراءه مطالب .", [["فوالله", "PERSON"]], []],
    ["وقال : تالله إنها لأمانة .", [["تالله", "PERSON"]], []],
    // the name after the oath stays
    ["وقال : والله إن محمد العلي صادق .", [["محمد العلي", "PERSON"]], ["PERSON محمد العلي"]],
    // the name found again, not its word with the tanween
    ["وقالت دينا إن القرار صائب . وهؤلاء لم يعرفوا ديناً ولا علما .", [["دينا", "PERSON"]], ["PERSON دينا"]],
    ["وقالت دينا إن القرار صائب . وأكدت دينا أنها ستعود .", [["دينا", "PERSON"]], ["PERSON دينا", "PERSON دينا"]]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks, { propagate: true })).toEqual(expected)
  })
})

/** `TYPE text` of a sentence's mentions (readers' spans) after `givenNamesInPeopleLists`. */
const listed = (text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) =>
    givenNamesInPeopleLists(text, units, tagged, mentionsOf(text, units, tagged, "ar", true)).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

describe("a given name with a glued و in a list of people (givenNamesInPeopleLists)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["ويشارك في المسلسل نور فخري وسحر رامي ومجدي إدريس .", [["نور فخري", "PERSON"], ["رامي", "PERSON"], ["مجدي إدريس", "PERSON"]], ["PERSON نور فخري", "PERSON سحر رامي", "PERSON مجدي إدريس"]],
    ["ويشارك في العمل ياسر المصري، وسحر رامي، وعبير عيسى .", [["ياسر المصري", "PERSON"], ["رامي", "PERSON"], ["عبير عيسى", "PERSON"]], ["PERSON ياسر المصري", "PERSON سحر رامي", "PERSON عبير عيسى"]],
    // a list that ends there: the word is a credit's noun (`وإخراج`), no name
    ["والعمل من تأليف يوسف معاطي وإخراج وائل إحسان .", [["يوسف معاطي", "PERSON"], ["وائل إحسان", "PERSON"]], ["PERSON يوسف معاطي", "PERSON وائل إحسان"]],
    ["وهي من كلمات فراس الحبيب وألحان علي صابر، وتوزيع حسام كامل .", [["فراس الحبيب", "PERSON"], ["علي صابر", "PERSON"], ["حسام كامل", "PERSON"]], ["PERSON فراس الحبيب", "PERSON علي صابر", "PERSON حسام كامل"]],
    // no person before, or a verb with the و: as tagged
    ["وقالت الصحيفة وسحر رامي في الصورة .", [["رامي", "PERSON"]], ["PERSON رامي"]],
    ["والتقى محمد العلي وزار علي الأحمد في منزله .", [["محمد العلي", "PERSON"], ["علي الأحمد", "PERSON"]], ["PERSON محمد العلي", "PERSON علي الأحمد"]]
  ])("%s", (text, marks, expected) => {
    expect(listed(text, marks)).toEqual(expected)
  })
})
