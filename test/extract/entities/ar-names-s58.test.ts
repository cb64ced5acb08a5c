/**
 * Fifty-eighth session (helper arnames): Arabic person-name boundaries that cost quote speakers, after the A112 and
 * A113 readings (docs/history/entities.md, "Fifty-eighth session: arnames"):
 *
 * - a plural noun of a person's works or words in construct (`openingNouns` of gazetteers/not-name-words.json: `أغاني`,
 *   `قصائد`, `تصريحات` …) opens no person's name, as the verbal nouns of an event do;
 * - a past verb that is a given name too (`clauseVerbs`: `طالب`, `طلب`) where a clause opens is the verb
 *   (`clauseVerbAt`, mentions.ts);
 * - `قاسم مشترك` ("a common denominator") joins gazetteers/not-names.json;
 * - a place's nisba with the article opens no person's name (`namesAfterNationality`, speaker-names.ts);
 * - an organisation the tagger ran into a person's name after a definite word ends before it (`personAfterDefinite`),
 *   and one named after a titled person the tagger typed from the title on takes its head noun (`titledFirst` in
 *   `correctArabic`, mentions.ts);
 * - `عمار` joins the given names.
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { isGivenName } from "../../../src/extract/entities/gazetteer.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { namesAfterNationality } from "../../../src/extract/entities/speaker-names.js"
import type { EntityType } from "../../../src/schema/record.js"
import { sentencesWithTags } from "./fixed-tags.js"
import { rows, typedTexts } from "./helpers.js"

type Marks = ReadonlyArray<readonly [string, EntityType]>

/** `TYPE text` of the mentions of one sentence tagged by hand, as `mentionsOf` reads them (the readers' spans). */
const mentions = (text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) => mentionsOf(text, units, tagged, "ar", true).map((m) => `${m.type} ${text.slice(m.start, m.end)}`))

/** `text | role` of the people of one sentence tagged by hand after {@link namesAfterNationality}. */
const afterNationality = (text: string, marks: Marks): Array<string> =>
  sentencesWithTags("ar", text, marks).flatMap(({ units, tagged }) =>
    namesAfterNationality(text, units, tagged, mentionsOf(text, units, tagged, "ar", true))
      .filter((m) => m.type === "PERSON")
      .map((m) => `${text.slice(m.start, m.end)} | ${m.role}`)
  )

describe("a plural noun of works or words opens no person's name (openingNouns)", () => {
  it.each([
    ["تنوعت أغاني هشام الحاج بين التراثي والشعبي .", "أغاني هشام الحاج", "PERSON هشام الحاج"],
    ["وتحظى قصائد نزار قباني بشعبية واسعة .", "قصائد نزار قباني", "PERSON نزار قباني"],
    ["وأثارت تصريحات دونالد ترامب جدلا واسعا .", "تصريحات دونالد ترامب", "PERSON دونالد ترامب"],
    ["وغنى الفنان من ألحان طلال مداح القديمة .", "ألحان طلال مداح", "PERSON طلال مداح"],
    ["وانتشرت تغريدات سلمان العودة على نطاق واسع .", "تغريدات سلمان العودة", "PERSON سلمان العودة"]
  ] as const)("%s", (text, mark, want) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([want])
  })

  it.each([
    // the name tagged without the noun; the noun alone is none (commonNouns already)
    ["تنوعت أغاني هشام الحاج بين التراثي والشعبي .", "هشام الحاج", ["PERSON هشام الحاج"]],
    ["وقال الفنان إن أغاني الأمس أجمل .", "أغاني", []]
  ] as const)("unchanged: %s", (text, mark, want) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual(want)
  })
})

describe("a past verb that is a given name too, where a clause opens, is the verb (clauseVerbs)", () => {
  it.each([
    ["وطالب بارزاني ، في كلمة ألقاها أمام المقاتلين ، بالوحدة .", "طالب بارزاني", ["PERSON بارزاني"]],
    ["من جهته ، طالب مسعود البارزاني رئيس الإقليم بوقف القصف .", "طالب مسعود البارزاني", ["PERSON مسعود البارزاني"]],
    ["ولأنها كانت تمطر ، طلب جوينج من صديقه أن يرافقه .", "طلب جوينج", ["PERSON جوينج"]],
    ["طالب رئيس البرلمان بإقالة الوزراء .", "طالب", []],
    ["وطالب الحارثي بضرورة مشاركة التجار .", "طالب", []],
    // (the verb's object glued to ب, the tokenizer's split, names no one)
    ["وطالب بالوحدة بين الفصائل .", "طالب بالوحدة", []]
  ] as const)("%s", (text, mark, want) => {
    expect(mentions(text, [[mark, "PERSON"]])).toEqual(want)
  })

  it.each([
    // after a title, a word or in marks: the given name
    ["وقالت المصادر إن الشيخ طلب الجميلي كان بين المخطوفين .", "طلب الجميلي", ["PERSON طلب الجميلي"]],
    ["ولحق بهما المطلوب طالب آل طالب أمس .", "طالب آل طالب", ["PERSON طالب آل طالب"]],
    ["وقال محمد أبو طالب إن الجميع بخير .", "محمد أبو طالب", ["PERSON محمد أبو طالب"]],
    ["وزار الوفد الطالب طالب الرفاعي .", "طالب الرفاعي", ["PERSON طالب الرفاعي"]]
  ] as const)("unchanged: %s", (text, mark, want) => {
    expect(mentions(text, [[mark, "PERSON"]])).toEqual(want)
  })
})

describe("a common denominator is no man named Qasim (not-names)", () => {
  it.each([
    ["وأكد أن المخدرات قاسم مشترك بين الجرائم .", "قاسم مشترك", []],
    ["وتبقى الأمانة القاسم المشترك بين الجميع .", "القاسم المشترك", []],
    // must stay: only the phrase whole is dropped (a family name after the given name)
    ["وقال قاسم المشترك إن الاجتماع انتهى .", "قاسم المشترك", ["PERSON قاسم المشترك"]],
    ["وقال قاسم سليماني إن الهجوم فشل .", "قاسم سليماني", ["PERSON قاسم سليماني"]]
  ] as const)("%s", (text, mark, want) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual(want)
  })
})

describe("a place's nisba opens no person's name (namesAfterNationality)", () => {
  it.each([
    ["وقال الاريتري بيبي البالغ الثلاثين من العمر إن الرحلة طالت .", [["الاريتري", "PERSON"]], ["بيبي | الاريتري"]],
    ["وقال الاريتري بيبي تسفاي إن الرحلة طالت .", [["الاريتري بيبي", "PERSON"]], ["بيبي | الاريتري"]],
    ["وقال الاريتري بيبي تسفاي إن الرحلة طالت .", [["الاريتري", "PERSON"]], ["بيبي تسفاي | الاريتري"]],
    ["وسجل الكولومبي كارلوس باكا هدف الفوز .", [["الكولومبي كارلوس باكا", "PERSON"]], ["كارلوس باكا | الكولومبي"]],
    ["وسجل المهاجم الكولومبي كارلوس باكا هدف الفوز .", [["الكولومبي كارلوس باكا", "PERSON"]], ["كارلوس باكا | المهاجم الكولومبي"]]
  ] as const)("%s", (text, marks, want) => {
    expect(afterNationality(text, marks as Marks)).toEqual(want)
  })

  it.each([
    // a lone family name before a function word or a time word; a nisba before a word with the article
    ["وقال التركي إن الاتفاق جاهز .", [["التركي", "PERSON"]], ["التركي | null"]],
    ["وقال السوداني خلال المؤتمر إن الاتفاق جاهز .", [["السوداني", "PERSON"]], ["السوداني | null"]],
    ["واحتل السعودي السادس المركز الأول .", [["السعودي السادس", "PERSON"]], ["السعودي السادس | null"]],
    // a family name at the end of the name
    ["وقال عبدالله التركي إن الاتفاق جاهز .", [["عبدالله التركي", "PERSON"]], ["عبدالله التركي | null"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(afterNationality(text, marks as Marks)).toEqual(want)
  })
})

describe("a person's name inside or after a body's (personAfterDefinite, titledFirst)", () => {
  it.each([
    ["وقال المتخصص في التسويق العقاري فيصل الدخيل إن الطلب يزداد .", [["التسويق العقاري فيصل الدخيل", "ORGANIZATION"]], ["ORGANIZATION التسويق العقاري", "PERSON فيصل الدخيل"]],
    ["وقال الخبير في الشأن الاقتصادي فهد المطيري إن الأسعار سترتفع .", [["الشأن الاقتصادي فهد المطيري", "ORGANIZATION"]], ["ORGANIZATION الشأن الاقتصادي", "PERSON فهد المطيري"]],
    ["وأوضح المتحدث الرسمي لمركز الملك سلمان للإغاثة رأفت الصباغ أن الرحلة وصلت .", [["الملك سلمان", "PERSON"], ["رأفت الصباغ", "PERSON"]], ["ORGANIZATION مركز الملك سلمان", "PERSON رأفت الصباغ"]],
    ["ووصل فريق من مركز الأمير سلطان للإغاثة إلى المدينة .", [["الأمير سلطان", "PERSON"]], ["ORGANIZATION مركز الأمير سلطان"]]
  ] as const)("%s", (text, marks, want) => {
    expect(mentions(text, marks as Marks)).toEqual(want)
  })

  it.each([
    // after a title the name is the body's namesake; a person after a word with no article is left
    ["وزار الوفد جامعة الملك فيصل أمس .", [["جامعة الملك فيصل", "ORGANIZATION"]], ["ORGANIZATION جامعة الملك فيصل"]],
    ["وقال مدير مستشفى الدكتور سليمان الحبيب إن الحالة مستقرة .", [["مستشفى الدكتور سليمان الحبيب", "ORGANIZATION"]], ["ORGANIZATION مستشفى الدكتور سليمان الحبيب"]],
    ["وقال مدير المركز الملك سلمان إن العمل بدأ .", [["الملك سلمان", "PERSON"]], ["PERSON سلمان"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(mentions(text, marks as Marks)).toEqual(want)
  })
})

describe("عمار is a given name of the lists", () => {
  it("عمار", () => {
    expect(isGivenName("عمار")).toBe(true)
  })
  it("rows keep the whole name after a title", () => {
    expect(rows("ar", "قال الكاتب اليمني عمار علي احمد إن المحاولة متأخرة .", [["عمار علي احمد", "PERSON"]], ["text", "type"])).toEqual([["عمار علي احمد", "PERSON"]])
  })
})
