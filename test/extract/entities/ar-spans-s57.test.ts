/**
 * Fifty-seventh session (helper arentity): spans the Arabic entity stage glued or cut (docs/history/entities.md,
 * "Fifty-seventh session: arentity"):
 *
 * - a verbal noun of an event that takes a person's name in construct (`openingNouns` of
 *   gazetteers/not-name-words.json: `رحيل`, `لعب`, `إشراف`, `مقابلة`, `وفاة` …) opens no person's name, and `قرار`
 *   joins `objectNouns` (the last word of none);
 * - with the readers' spans (`whole` of `mentionsOf`; not in `khabar tag`, whose ANERcorp writes `[مكة] المكرمة`), a
 *   place the tagger cut short of a place of the lists around it is that place, whole (`listedPlaceBeyond`,
 *   mentions.ts: `[مكة] المكرمة`, `[رجال] المع`, `جمهورية [مصر العربية]`), two parts that make one place of the
 *   lists together join (`continuesPlace`: `[كردستان] [العراق]`); a place of the lists gains no words before it alone
 *   (`قطاع [غزة]`, `وادي [جازان]`), and a body's one-word name typed MISC is an
 *   organisation (`اليونيفيل`, now in `bodyWords`); `كردستان العراق`, `جمهورية مصر العربية`, `شبه جزيرة كوريا`,
 *   `وادي جازان` join gazetteers/places.json.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import type { EntityType } from "../../../src/schema/record.js"
import { sentencesWithTags } from "./fixed-tags.js"
import { typedTexts } from "./helpers.js"

const tagged = (text: string, marks: ReadonlyArray<readonly [string, EntityType]>, types: ReadonlyArray<EntityType>): Array<string> => typedTexts(text, marks, types)

/** `TYPE text` of the mentions of a text tagged by hand, with the readers' spans (`whole`) or as `khabar tag` reads them. */
const mentions = (text: string, marks: ReadonlyArray<readonly [string, EntityType]>, whole = true): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => mentionsOf(text, units, tagged, "ar", whole).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

describe("a verbal noun of an event opens no person's name (openingNouns)", () => {
  it.each([
    ["وتحدثت الصحف عن رحيل بن زيما إلى لندن .", "رحيل بن زيما", "PERSON بن زيما"],
    ["ولم يمنع ذلك لعب بن زيما في المباراة .", "لعب بن زيما", "PERSON بن زيما"],
    ["وجرى التدريب بإشراف حسن عامري مساء أمس .", "إشراف حسن عامري", "PERSON حسن عامري"],
    ["ورحب ترامب بمقابلة كيم جونغ أون في أي وقت .", "بمقابلة كيم جونغ أون", "PERSON كيم جونغ أون"],
    ["وأعلنت الأسرة وفاة نبيل الحربي فجر اليوم .", "وفاة نبيل الحربي", "PERSON نبيل الحربي"],
    ["وأكد النادي تعاقد فيصل القحطاني مع الفريق .", "تعاقد فيصل القحطاني", "PERSON فيصل القحطاني"]
  ] as const)("%s", (text, mark, want) => {
    expect(tagged(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([want])
  })

  it.each([
    // a family name that is the verbal noun, at the end; a name the tagger found without it
    ["وغاب الظهير صبري رحيل عن التدريب .", "صبري رحيل", "PERSON صبري رحيل"],
    ["وتحدثت الصحف عن رحيل كريم بن زيما .", "كريم بن زيما", "PERSON كريم بن زيما"]
  ] as const)("unchanged: %s", (text, mark, want) => {
    expect(tagged(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([want])
  })
})

describe("قرار, a decision, ends no person's name (objectNouns)", () => {
  it("[فلاح مصطفى قرار] → فلاح مصطفى", () => {
    expect(tagged("وأصدر فلاح مصطفى قرار التعيين أمس .", [["فلاح مصطفى قرار", "PERSON"]], ["PERSON"])).toEqual(["PERSON فلاح مصطفى"])
  })
})

describe("a place cut short of a place of the lists is that place, whole", () => {
  it.each([
    ["ووصل الوفد إلى مكة المكرمة مساء أمس .", "مكة", "LOCATION مكة المكرمة"],
    ["وهطلت الأمطار على أبها ورجال المع اليوم .", "رجال", "LOCATION رجال المع"],
    ["ووصل ولي العهد إلى جمهورية مصر العربية في زيارة رسمية .", "مصر العربية", "LOCATION جمهورية مصر العربية"],
    ["وتتواصل الملاحة في باب المندب رغم المعارك .", "باب", "LOCATION باب المندب"]
  ] as const)("%s", (text, mark, want) => {
    expect(mentions(text, [[mark, "LOCATION"]])).toEqual([want])
    // (as khabar tag reads it: as the tagger cut it)
    expect(mentions(text, [[mark, "LOCATION"]], false)).toEqual([`LOCATION ${mark}`])
  })

  it("[كردستان] [العراق] → كردستان العراق", () => {
    expect(mentions("وعاد الرئيس إلى كردستان العراق أمس .", [["كردستان", "LOCATION"], ["العراق", "LOCATION"]])).toEqual(["LOCATION كردستان العراق"])
  })

  it.each([
    // two places side by side with a conjunction; a city before a word that makes no listed place; a place of its own
    ["وتوتر الوضع بين كردستان والعراق منذ أشهر .", [["كردستان", "LOCATION"], ["العراق", "LOCATION"]], ["LOCATION كردستان", "LOCATION العراق"]],
    ["ووصل الوفد إلى مكة الليلة الماضية .", [["مكة", "LOCATION"]], ["LOCATION مكة"]],
    ["وزار الوزير مصر العربية الأصيلة .", [["مصر", "LOCATION"]], ["LOCATION مصر"]],
    // a place of the lists gains no words before it alone (but after a head that names another place, session 59)
    ["وقصفت الطائرات قطاع غزة أمس .", [["غزة", "LOCATION"]], ["LOCATION غزة"]],
    // (session 59, helper arplace: `شبه`, a head that names another place, takes the listed peninsula whole, as
    // `قناة السويس`; see ar-arplace-s59.test.ts)
    ["وتصاعد التوتر في شبه جزيرة كوريا منذ أسابيع .", [["كوريا", "LOCATION"]], ["LOCATION شبه جزيرة كوريا"]],
    ["وجرفت السيول سيارة في وادي جازان أمس .", [["جازان", "LOCATION"]], ["LOCATION جازان"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(mentions(text, marks)).toEqual(want)
  })
})

describe("a body's one-word name of the list typed MISC is an organisation, with the readers' spans", () => {
  it.each([
    ["وقالت قوات اليونيفيل إن الوضع هادئ .", "اليونيفيل", "ORGANIZATION اليونيفيل"],
    ["وقال متحدث باسم يونيفيل إن الدوريات مستمرة .", "يونيفيل", "ORGANIZATION يونيفيل"]
  ] as const)("%s", (text, mark, want) => {
    expect(mentions(text, [[mark, "MISC"]])).toEqual([want])
    expect(mentions(text, [[mark, "MISC"]], false)).toEqual([`MISC ${mark}`])
  })
})
