/**
 * Sixty-second session (helper arent6): classes earlier readings found and nobody fixed (docs/history/entities.md,
 * "Sixty-second session: arent6"), with the readers' spans:
 *
 * - `isTanweenNotName`, `isHamzaVerbNotName` (mentions.ts): a lone word written with the tanween (`ليناً`, "soft";
 *   `باباً`, "a door") or a verb's final hamza (`فلينأ`, "let him keep away") is no given name (`لينا`, `بابا`); the
 *   accusative of a name of the lists stays (`محمدًا`);
 * - `possessedNouns` of name-cues.json, read as `possessorPlurals`: a noun of what a person has before the person's name
 *   is no word of it (`كان اختصاص [هوي]`, `فتوى [السيستاني]`);
 * - `wholeNamesAfterRanks` (extract.ts): the whole name after a military rank and its tail is the person (`اللواء طيار
 *   [عبد الحكيم شلبي]`, `اللواء [أسعد محمد العثمان]`, `اللواء ركن [سعيد بن حسين الغامدي]`).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import type { EntityType } from "../../../src/schema/record.js"
import { wholeNamesAfterRanks } from "../../../src/extract/entities/extract.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { entitiesWithTags, sentencesWithTags } from "./fixed-tags.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of each entity of `text` tagged by hand. */
const entities = (text: string, marks: Marks): Array<string> => entitiesWithTags("ar", text, marks).map((e) => `${e.type} ${e.text}`)

describe("a lone word with the tanween or a verb's hamza is no given name (isTanweenNotName, isHamzaVerbNotName)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["ويترك العجين حتى يكون ليناً وسائلاً ثم يصب .", [["ليناً", "PERSON"]], []],
    ["وهذا القرار يفتح باباً للتساؤل عن الأسباب .", [["باباً", "PERSON"]], []],
    ["ووضع الشاعر بابًا خاصًا لاختياراته .", [["بابًا", "PERSON"]], []],
    ["إن هؤلاء لا يعرفون ديناً ولا وطناً .", [["ديناً", "PERSON"]], []],
    ["من سمع بالدجال فلينأ عنه .", [["فلينأ", "PERSON"]], []],
    ["من سمع بالدجال فَلْيَنْأَ عنه .", [["فَلْيَنْأَ", "PERSON"]], []],
    // the given names themselves, and a name of the lists in the accusative, stay
    ["وقالت لينا إن الأمر صعب .", [["لينا", "PERSON"]], ["PERSON لينا"]],
    ["وأكد أن محمدًا رسول الله .", [["محمدًا", "PERSON"]], ["PERSON محمدًا"]],
    ["وهنأت الأسرة سامي رشًا على نجاحها .", [["سامي رشًا", "PERSON"]], ["PERSON سامي رشًا"]],
    // a word of a longer name is not read here
    ["وقالت الباحثة لينا الخطيب إن الحل بعيد .", [["لينا الخطيب", "PERSON"]], ["PERSON لينا الخطيب"]]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks)).toEqual(expected)
  })
})

describe("a noun of what a person has opens no name (possessedNouns)", () => {
  it.each<[string, Marks, Array<string>]>([
    ["وكان اختصاص هوي قبل ذلك طب الأطفال .", [["اختصاص هوي", "PERSON"]], ["PERSON هوي"]],
    ["وأثارت فتوى السيستاني الأخيرة جدلا واسعا .", [["فتوى السيستاني", "PERSON"]], ["PERSON السيستاني"]],
    ["وقال محامي يانوكوفيتش إن موكله لن يعود .", [["محامي يانوكوفيتش", "PERSON"]], ["PERSON يانوكوفيتش"]],
    ["وهاجمت ميليشيات صالح المدينة أمس .", [["ميليشيات صالح", "PERSON"]], ["PERSON صالح"]],
    // alone, the noun is no name
    ["وكان اختصاص واضحا منذ البداية .", [["اختصاص", "PERSON"]], []],
    // `رجال` is not on the list: `رجال الدين` (clergy) is no possessor's phrase
    ["وقال رجال الدين إن الأمر محسوم .", [["رجال الدين", "PERSON"]], ["PERSON رجال الدين"]]
  ])("%s", (text, marks, expected) => {
    expect(entities(text, marks)).toEqual(expected)
  })
})

/** `TYPE text [role]` of a sentence's mentions (readers' spans) after `wholeNamesAfterRanks`. */
const ranked = (text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) =>
    wholeNamesAfterRanks(text, units, tagged, mentionsOf(text, units, tagged, "ar", true)).map((m) => `${m.type} ${text.slice(m.start, m.end)}${m.role === null ? "" : ` [${m.role}]`}`))

describe("the whole name after a military rank is the person (wholeNamesAfterRanks)", () => {
  it.each<[string, Marks, Array<string>]>([
    // the tail's words the tagger put in the name (the role the tagger's mention had stays)
    ["وقال الخبير العسكري اللواء طيار عبد الحكيم شلبي إن الصفقة مهمة .", [["طيار عبد الحكيم شلبي", "PERSON"]], ["PERSON عبد الحكيم شلبي [الخبير العسكري اللواء]"]],
    ["واستقبل العميد الركن زابن بن عمر المرزوقي الضيوف .", [["الركن زابن بن عمر المرزوقي", "PERSON"]], ["PERSON زابن بن عمر المرزوقي [العميد الركن]"]],
    ["وحضر الفريق أول ركن عبدالرحمن البنيان الحفل .", [["ركن عبدالرحمن البنيان", "PERSON"]], ["PERSON عبدالرحمن البنيان [الفريق أول]"]],
    // a mention of the tail only gives way to the name after it
    ["واجتمع قائد القوة اللواء ركن سعيد بن حسين الغامدي وتبادلا التهنئة .", [["ركن", "PERSON"]], ["PERSON سعيد بن حسين الغامدي [اللواء ركن]"]],
    ["وأضاف العقيد الطيار حديثه قائلا .", [["الطيار", "PERSON"]], []],
    // untagged words of the name before the tagged part
    ["وحضر الحفل اللواء أسعد محمد العثمان وعدد من الضباط .", [["محمد العثمان", "PERSON"]], ["PERSON أسعد محمد العثمان [اللواء]"]],
    ["وقال العقيد غالب حسين المرفدي إن الوضع هادئ .", [["حسين المرفدي", "PERSON"]], ["PERSON غالب حسين المرفدي [العقيد]"]],
    // the team: after `الفريق` alone a word that is no given name of the lists (`أسعد` is not), an adjective
    ["وكان الفريق أسعد عبد الكريم بين الحضور .", [["عبد الكريم", "PERSON"]], ["PERSON عبد الكريم"]],
    ["وضم الفريق هذا الموسم ماجد الهزاني .", [["ماجد الهزاني", "PERSON"]], ["PERSON ماجد الهزاني"]],
    ["ويتطلع الفريق المتميز وسام وهيب للفوز .", [["وسام", "PERSON"]], ["PERSON وسام [الفريق المتميز]"]],
    ["وقال الفريق الاتحادي منصور البلوي إن الصفقة تمت .", [["منصور البلوي", "PERSON"]], ["PERSON منصور البلوي [الفريق الاتحادي]"]],
    // no rank: as tagged
    ["وجلس في ركن سعد الغامدي أمس .", [["ركن سعد الغامدي", "PERSON"]], ["PERSON ركن سعد الغامدي"]],
    ["وقال الخبير أسعد محمد العثمان إن الوضع هادئ .", [["محمد العثمان", "PERSON"]], ["PERSON محمد العثمان"]]
  ])("%s", (text, marks, expected) => {
    expect(ranked(text, marks)).toEqual(expected)
  })
})
