/**
 * Sixty-first session (helper arent5): errors earlier readers left open (docs/history/entities.md, "Sixty-first session:
 * arent5"), with the readers' spans:
 *
 * - `namesAfterRanks` (extract.ts): a name the tagger left out after a military rank (`الفريق أول صدقي صبحي`, `اللواء
 *   مطلق الأزيمع`) is the person, the rank as role; `الفريق` alone ("the team" too) only before a given name;
 * - `wholeNamesAfterRanks` (extract.ts): `ركن` of a staff rank opens no name (`الفريق أول ركن [عبدالرحمن البنيان]`);
 * - `bodiesNamedForNames` (extract.ts) takes the field's complement after a body named for a place (`هيئة أبوظبي
 *   للسياحة والثقافة`; `fieldComplementEnd`, body-complements.ts);
 * - `clubsAfterClubNoun` (mentions.ts): `نادي المفضل` ("my favourite club") names no club;
 * - the lexicons: women's given names (`سحر`, `نورة`) in given-names.json, `أوركسترا` in commonNouns.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { bodiesNamedForNames, namesAfterRanks, wholeNamesAfterRanks } from "../../../src/extract/entities/extract.js"
import { clubsAfterClubNoun, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { isGivenName, searchKey } from "../../../src/extract/entities/gazetteer.js"
import { entitiesWithTags, sentencesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text [role]` of each entity of `text` tagged by hand, with `namesAfterRanks` adding to each sentence's. */
const ranked = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { added: namesAfterRanks }).map((e) => `${e.type} ${e.text}${e.role === null ? "" : ` [${e.role}]`}`)

describe("a name after a military rank is the person, the rank its role (namesAfterRanks)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وقال الفريق أول صدقي صبحي وزير الدفاع إن القوات مستعدة .", [], ["PERSON صدقي صبحي [الفريق أول]"]],
    ["وقال رئيس الهيئة الفريق مهاب مميش إن الإيرادات ارتفعت .", [], ["PERSON مهاب مميش [رئيس الهيئة الفريق]"]],
    ["وشارك اللواء مطلق الأزيمع قائد المنطقة في الاجتماع .", [], ["PERSON مطلق الأزيمع [اللواء]"]],
    ["وأكد العميد مثقال النعيمي أن الوضع مستقر .", [], ["PERSON مثقال النعيمي [العميد]"]],
    ["وكرم العقيد راشد بن صفيان الخريجين .", [], ["PERSON راشد بن صفيان [العقيد]"]],
    // a name the tagger found stays as it is
    ["وأكد اللواء منصور التركي أن الخلية ضبطت .", [["منصور التركي", "PERSON"]], ["PERSON منصور التركي [اللواء]"]],
    // the team, the brigade, the club: no name after the word
    ["وأجرى الفريق أول تدريباته مساء اليوم .", [], []],
    ["وأنهى الفريق أول من أمس معسكره .", [], []],
    ["وكان اللواء الثامن يتمركز قرب المدينة .", [], []],
    ["وكثرة اللاعبين في الفريق الأول حتم على الإدارة البحث عن حلول .", [], []],
    ["ويحتفل العميد دائما بذكرى تأسيسه .", [], []],
    ["وخسر الفريق مباراته أمام الضيوف .", [], []],
    // `الفريق` alone before a word that is no given name of the lists: left
    ["وضم الفريق لاعبين جددا هذا الموسم .", [], []],
    // a function word that folds as a given name (`على`, as `علي` is written without dots)
    ["وحرص الفريق على الفوز في المباراة .", [], []],
    ["وتحتاج المباراة إلى مساندة الفريق علي مدى التسعين دقيقة .", [], []],
    ["وقال مدرب الفريق محمد الخالدي إن اللاعبين جاهزون .", [], ["PERSON محمد الخالدي [مدرب الفريق]"]]
  ])("%s", (text, marks, expected) => {
    expect(ranked(text, marks)).toEqual(expected)
  })
})

/** `TYPE text` of a sentence's mentions (readers' spans) after `wholeNamesAfterRanks`. */
const staff = (text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => wholeNamesAfterRanks(text, units, tagged, mentionsOf(text, units, tagged, "ar", true)).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

describe("the staff rank's word opens no name (wholeNamesAfterRanks)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وحضر الفريق أول ركن عبدالرحمن البنيان الحفل .", [["ركن عبدالرحمن البنيان", "PERSON"]], ["PERSON عبدالرحمن البنيان"]],
    ["وحضر اللواء ركن سعد الغامدي الحفل .", [["ركن سعد الغامدي", "PERSON"]], ["PERSON سعد الغامدي"]],
    // no rank before it: left as tagged
    ["وجلس في ركن سعد الغامدي أمس .", [["ركن سعد الغامدي", "PERSON"]], ["PERSON ركن سعد الغامدي"]]
  ])("%s", (text, marks, expected) => {
    expect(staff(text, marks)).toEqual(expected)
  })
})

/** `TYPE text` of each entity of `text` tagged by hand, with `bodiesNamedForNames` run as a document step. */
const named = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { steps: (_, sentences, found) => bodiesNamedForNames(sentences, found) }).map((e) => `${e.type} ${e.text}`)

describe("a body named for a place takes its field's complement (bodiesNamedForNames, fieldComplementEnd)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وأعلنت هيئة أبوظبي للسياحة والثقافة عن مهرجان جديد .", [["أبوظبي", "LOCATION"]], ["ORGANIZATION هيئة أبوظبي للسياحة والثقافة"]],
    ["وأعلنت مؤسسة دبي للإعلام عن برنامج جديد .", [["دبي", "LOCATION"]], ["ORGANIZATION مؤسسة دبي للإعلام"]],
    ["وقالت جمعية جدة لحقوق الإنسان إن الشكوى وصلت .", [["جدة", "LOCATION"]], ["ORGANIZATION جمعية جدة لحقوق الإنسان"]],
    // a purpose or a time after the body is no field of its name
    ["واجتمعت غرفة جدة لمناقشة الخطة أمس .", [["جدة", "LOCATION"]], ["ORGANIZATION غرفة جدة"]],
    ["واحتفلت مكتبة الإسكندرية للمرة الأولى بذلك .", [["الإسكندرية", "LOCATION"]], ["ORGANIZATION مكتبة الإسكندرية"]]
  ])("%s", (text, marks, expected) => {
    expect(named(text, marks)).toEqual(expected)
  })
})

/** `TYPE text` of a sentence's mentions with the clubs after `نادي` added. */
const clubs = (text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => {
    const own = mentionsOf(text, units, tagged, "ar", true)
    return [...own, ...clubsAfterClubNoun(units, tagged, own)].sort((a, b) => a.start - b.start).map((m) => `${m.type} ${text.slice(m.start, m.end)}`)
  })

describe("an adjective after `نادي` names no club (clubsAfterClubNoun)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وقال إنه يشجع نادي المفضل منذ الصغر .", [], []],
    ["وعاد اللاعب إلى نادي السابق بعد موسم .", [], []],
    // the club's name with the article, and one without it, as before
    ["وانضم اللاعب إلى نادي الفتح أمس .", [], ["ORGANIZATION الفتح"]],
    ["ووصلت بعثة نادي هجر إلى الرياض .", [["الرياض", "LOCATION"]], ["ORGANIZATION هجر", "LOCATION الرياض"]]
  ])("%s", (text, marks, expected) => {
    expect(clubs(text, marks)).toEqual(expected)
  })
})

describe("the lexicons", () => {
  it.each(["نورة", "منيرة", "نجوى", "شيماء", "العنود", "نوف", "منال", "صدقي", "مهاب"])("%s is a given name", (w) => {
    expect(isGivenName(searchKey(w))).toBe(true)
  })
  it.each(["سحر", "حصة", "أحلام", "بشرى", "انتصار"])("%s, as often a common word, is not", (w) => {
    expect(isGivenName(searchKey(w))).toBe(false)
  })
  it("a woman's given name after a man's name and `و` opens a person of her own", () => {
    expect(entitiesWithTags("ar", "وشارك في الحفل إيهاب ماضي وسحر العنزي أمس .", [["إيهاب ماضي", "PERSON"], ["سحر العنزي", "PERSON"]]).map((e) => e.text)).toEqual(["إيهاب ماضي", "سحر العنزي"])
  })
  it("`أوركسترا` alone is no place", () => {
    expect(entitiesWithTags("ar", "وقدمت أوركسترا مكتبة الإسكندرية حفلا .", [["أوركسترا", "LOCATION"]]).map((e) => e.text)).toEqual([])
  })
})
