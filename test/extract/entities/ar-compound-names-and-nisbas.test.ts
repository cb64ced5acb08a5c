/**
 * Thirty-third session (helper): Arabic person names the entity stage cut or glued (docs/entities.md;
 * docs/history/entities.md, "Thirty-third session (helper, names cut or glued)"). Sentences written for these tests in
 * the style of the news and sports wires; the tags are set by hand, as the model gives them.
 */
import { describe, expect, it } from "vitest"
import { compoundGivenNameTags, mentionsOf } from "../../../src/extract/entities/mentions.js"
import { bestOf } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"
import { rows, type Marks } from "./helpers.js"

/** [text, type] rows of the entities of `text` tagged by hand. */
const typed = (text: string, marks: Marks) => rows("ar", text, marks, ["text", "type"])

describe("a compound given name with الله or الدين the model cut (compoundGivenNameTags)", () => {
  it.each<[string, Marks, ReadonlyArray<readonly [string, string]>]>([
    // الله typed MISC, the family name a person of its own
    ["وأعربت هبة الله المنصوري عن سعادتها بالتعيين .", [["الله", "MISC"], ["المنصوري", "PERSON"]], [["هبة الله المنصوري", "PERSON"]]],
    // the person opened at الله
    ["وقال الداعية فتح الله غولن إن الاتهامات باطلة .", [["الله غولن", "PERSON"]], [["فتح الله غولن", "PERSON"]]],
    ["وأوضح رئيس النادي عطا الله بن سالم الحارثي أن الأمسية ناجحة .", [["الله بن سالم الحارثي", "PERSON"]], [["عطا الله بن سالم الحارثي", "PERSON"]]],
    ["والتقى المحافظ نجم الدين كريم بالوفد .", [["الدين كريم", "PERSON"]], [["نجم الدين كريم", "PERSON"]]],
    // the person ended before الله
    ["وقال الأمين العام لحزب الله حسن نصر الله في خطاب متلفز إن الحرب طويلة .", [["حزب الله", "ORGANIZATION"], ["حسن نصر", "PERSON"], ["الله", "MISC"]], [["حزب الله", "ORGANIZATION"], ["حسن نصر الله", "PERSON"]]],
    ["ويقول الخبير مروان رزق الله إن الخطة تأخرت .", [["مروان رزق", "PERSON"], ["الله", "MISC"]], [["مروان رزق الله", "PERSON"]]],
    // a compound with a conjunction, the tagger's person on its first word
    ["وتحدث الحوثي ونصر الله عن المعركة .", [["الحوثي", "PERSON"], ["نصر", "PERSON"], ["الله", "MISC"]], [["الحوثي", "PERSON"], ["نصر الله", "PERSON"]]],
    // untagged, a family name ending in ي after it
    ["وقال المقدم ضيف الله الشهراني إن الحادث وقع ليلا .", [["الله", "MISC"]], [["ضيف الله الشهراني", "PERSON"]]],
    // untagged, a family name with the article after a title
    ["وأكد اللواء عطا الله الجعيد أن الخطة جاهزة .", [["الله", "MISC"]], [["عطا الله الجعيد", "PERSON"]]]
  ])("%s", (text, marks, expected) => {
    expect(typed(text, marks)).toEqual(expected)
  })

  it.each<[string, Marks, ReadonlyArray<readonly [string, string]>]>([
    // God's grace, God's command, God's victory: a set phrase, no name
    ["ونجحت الخطة بفضل الله ثم بجهود الرجال .", [["الله", "MISC"]], [["الله", "MISC"]]],
    ["وقال إن هذا من فضل الله الكريم علينا .", [["الله", "MISC"]], [["الله", "MISC"]]],
    ["ويفرح المؤمنون بنصر الله في ذلك اليوم .", [["نصر", "PERSON"], ["الله", "MISC"]], [["نصر", "PERSON"], ["الله", "MISC"]]],
    ["وقضى أمر الله العلي القدير بذلك .", [["الله", "MISC"]], [["الله", "MISC"]]],
    // a common noun before الله with a name after it but no evidence of the tagger's
    ["فهذه نعمة الله علينا جميعا .", [["الله", "MISC"]], [["الله", "MISC"]]],
    // an untagged compound before a preposition: no family name after it
    ["وإن كل من في الأرض عبيد الله على الدوام .", [["الله", "MISC"]], [["الله", "MISC"]]],
    // a party's name stays the party's
    ["وقصف مقاتلو حزب الله المواقع .", [["حزب الله", "ORGANIZATION"]], [["حزب الله", "ORGANIZATION"]]],
    // الدين with no evidence of the tagger's: religion
    ["وتحدث رجال الدين عن نور الدين الإسلامي .", [], []]
  ])("not: %s", (text, marks, expected) => {
    expect(typed(text, marks)).toEqual(expected)
  })

  it("copies no tags where nothing changes", () => {
    const { units, tagged } = oneSentenceTaggedBy("ونجحت الخطة بفضل الله .", (w) => (w === "الله" ? "B-PER" : null))
    expect(compoundGivenNameTags(units, tagged.gaz, tagged.tags)).toBe(tagged.tags)
  })

  it("runs in linear time on a long sentence", () => {
    const part = (k: number) => `وقال هبة الله المنصوري ${k} إن ضيف الله الشهراني بفضل الله `
    const time = (k: number) => {
      const text = Array.from({ length: k }, (_, i) => part(i)).join("")
      const { units, tagged } = oneSentenceTaggedBy(text, (w) => (w === "المنصوري" ? "B-PER" : null))
      return bestOf(3, () => mentionsOf(text, units, tagged, "ar"))
    }
    const small = time(500)
    const large = time(2000)
    expect(large).toBeLessThan(small * 10 + 20)
  })
})

describe("a family name that is a nisba after a name of given names (familyNisbaAfter)", () => {
  it.each<[string, Marks, string]>([
    ["وأوضح رائد عبد الحسين الحسيني أن الملفات كثيرة .", [["رائد عبد الحسين", "PERSON"]], "رائد عبد الحسين الحسيني"],
    ["وزار المحافظ زياد بن عبدالمحسن البازعي المهرجان .", [["زياد بن عبدالمحسن", "PERSON"]], "زياد بن عبدالمحسن البازعي"],
    ["واحتفل الشاب نايف فهد المرشدي بزواجه .", [["نايف فهد", "PERSON"]], "نايف فهد المرشدي"],
    ["وقال الشيخ طاهر محمود الأشرفي إن العلماء يدينون الهجوم .", [["طاهر محمود", "PERSON"]], "طاهر محمود الأشرفي"],
    // a given name of two words
    ["وسجل المهاجم عبد الحكيم التويجري هدفين .", [["عبد الحكيم", "PERSON"]], "عبد الحكيم التويجري"]
  ])("%s", (text, marks, whole) => {
    expect(typed(text, marks)).toContainEqual([whole, "PERSON"])
  })

  it.each<[string, Marks, string]>([
    // a nisba of a place of the lists: the adjective of the name before it (after an Arab name of given names it is the
    // family name since the thirty-fourth session: `رائد عبد الحسين السوداني`, ar-family-names-and-glue.test.ts)
    ["وأعلن الرئيس عمر البشير السوداني قراره .", [["عمر البشير", "PERSON"]], "عمر البشير"],
    ["ووقع النادي مع اللاعب رونالدو نازاريو البرازيلي .", [["رونالدو نازاريو", "PERSON"]], "رونالدو نازاريو"],
    // a relational adjective or a profession
    ["وقال محمد علي القيادي في الحزب إن الحوار متعثر .", [["محمد علي", "PERSON"]], "محمد علي"],
    ["ونشر برنامج باراك أوباما الإصلاحي في الصحف .", [["باراك أوباما", "PERSON"]], "باراك أوباما"],
    // a title of the lists
    ["ودعا الشيخ محمد حسين المفتي العام إلى الهدوء .", [["محمد حسين", "PERSON"]], "محمد حسين"],
    // a name with a family name already
    ["وتوج محمد السعيدي الصرامي بالذهب .", [["محمد السعيدي", "PERSON"]], "محمد السعيدي"],
    // an alef maqsura folded to ي, and a verbal noun of a defective verb
    ["وكانت زيارة باراك أوباما الأولى إلى كينيا .", [["باراك أوباما", "PERSON"]], "باراك أوباما"],
    ["وكرر الوزير فيليب هاموند التصدي للمشكلة .", [["فيليب هاموند", "PERSON"]], "فيليب هاموند"],
    // a one-word name
    ["وقال سلمان الثاني إن الوضع مستقر .", [["سلمان", "PERSON"]], "سلمان"]
  ])("not: %s", (text, marks, name) => {
    expect(typed(text, marks)).toContainEqual([name, "PERSON"])
  })
})

describe("ل of purpose and a verb after a name (ranIntoGluedWord)", () => {
  /** [text, canonical] of the people of `text` tagged by hand with `names` (each a person, in text order). */
  const people = (text: string, names: ReadonlyArray<string>) =>
    rows(
      "ar",
      text,
      names.map((n) => [n, "PERSON"] as const),
      ["text", "canonical", "type"]
    )
      .filter((r) => r[2] === "PERSON")
      .map((r) => r[0])

  it("cuts the verb when a word follows it", () => {
    const text = "وسدد وليد الكرة. وعاد وليد ليهدر فرصة أخرى."
    expect(people(text, ["وليد", "وليد ليهدر"])).toEqual(["وليد", "وليد"])
  })

  it.each([
    ["before a closing quote", 'وفاز توماس بالسباق. وكان "توماس ليدنك" بطلا في العام الماضي.'],
    ["before a comma", "وفاز توماس بالسباق. وقال توماس ليدنك، البطل التشيكي، إنه سعيد."],
    ["at the end of the text", "وفاز توماس بالسباق. وهنأ المدرب توماس ليدنك"]
  ])("keeps a family name that reads so %s", (_why, text) => {
    expect(people(text, ["توماس", "توماس ليدنك"])).toContain("توماس ليدنك")
  })
})
