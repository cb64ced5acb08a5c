/**
 * The twenty-first session's second round of Arabic entity rules (docs/history/entities.md, "Twenty-first session", "Second
 * round"): a preposition or conjunction the tokenizer left glued to the first word of a person's name it did not know
 * is left out of the span (before a hamza on alef as written, `لأليكس`; `ل` after a word such as `مقالا` or `خلفا`), and
 * an author's name the tagger left untagged after a piece of writing and a glued `ل` (`تقريرا لـ…`) or after a byline
 * word (`بقلم`, `أعده`) is a person. The sentences are written for these tests in wire style; tags are fixed by hand
 * (as if the model had given them), so only the rules after the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import { isAfterWriter, isBeforeGluedName, isBylineCue, isCorrespondent, isGenerational, isWritingNoun, loadNameCues, validateNameCues } from "../../../src/extract/entities/evidence.js"
import { searchKey } from "../../../src/extract/entities/gazetteer.js"
import { texts, type Marks } from "./helpers.js"

const people = (text: string, marks: Marks = []): Array<string> => texts(text, marks, ["PERSON"])

describe("Arabic: a clitic glued to a person's first word is left out", () => {
  it.each([
    ["before a hamza on alef, after a piece of writing", "ونشرت الصحيفة تحقيقا لأليكس توماس عن أزمة المهاجرين.", "لأليكس توماس", "أليكس توماس"],
    ["before a hamza on alef, after according to", "ووفقا لإيان مارشال، كبير الاقتصاديين في البنك، فإن الأسعار سترتفع.", "لإيان مارشال", "إيان مارشال"],
    ["the conjunction before a hamza", "والتقى الوزير المبعوث الأممي وأوريليو مانشيني، رئيس البعثة.", "وأوريليو مانشيني", "أوريليو مانشيني"],
    ["`ل` after an article's noun", "ونقرأ في الصحيفة مقالا لهيلدا فوستر بعنوان عام من الاضطراب.", "لهيلدا فوستر", "هيلدا فوستر"],
    ["`ل` after succeeding", "وانتخب الاتحاد رئيسا جديدا خلفا لغونتر مايرهوفر الذي استقال الشهر الماضي.", "لغونتر مايرهوفر", "غونتر مايرهوفر"]
  ] as const)("%s", (_, text, mark, expected) => {
    expect(people(text, [[mark, "PERSON"]])).toEqual([expected])
  })

  it("one word of `ف` before a hamza that the lists do not know is no name (a verb after the conjunction)", () => {
    expect(people("وقال الشيخ في خطبته: فأرجو أن يعود الجميع إلى رشدهم.", [["فأرجو", "PERSON"]])).toEqual([])
  })

  it("a name the lists know that opens with the letter keeps it", () => {
    expect(people("وقال ليونيل ميسي إنه سعيد بالفوز.", [["ليونيل ميسي", "PERSON"]])).toEqual(["ليونيل ميسي"])
  })

  it("`ل` after another word stays in the name (a foreign name may open with it)", () => {
    expect(people("وأكد لوبيز كارو أن الفريق جاهز للمباراة.", [["لوبيز كارو", "PERSON"]])).toEqual(["لوبيز كارو"])
  })
})

describe("Arabic: an author's name after a piece of writing or a byline", () => {
  it.each([
    ["a report and a glued `ل`, then the title", "ونطالع في صحيفة الإندبندنت تقريرا لكيرستي ماكنيل بعنوان شتاء صعب في المخيمات.", "كيرستي ماكنيل"],
    ["an article and a glued `ل`, then a comma", "وتنشر الصحيفة مقالا لفيرغس هاموند، يقول فيه إن الحكومة أخطأت.", "فيرغس هاموند"],
    ["the paper's correspondent after a glued `ل`", "ونشرت الصحيفة تقريرا لمراسلتها ميليسا هارتلي في نيروبي عن الجفاف.", "ميليسا هارتلي"],
    ["a byline word", "ونشرت المجلة تقريرا أعده ديفيد هيرست من القدس.", "ديفيد هيرست"],
    ["the pen", "وجاء في الصحيفة مقال بقلم جون ويليامز عن مستقبل الاتحاد.", "جون ويليامز"]
  ] as const)("%s", (_, text, expected) => {
    expect(people(text)).toContain(expected)
  })

  it.each([
    ["its correspondent (a pronoun suffix)", "ونشرت الصحيفة تقريرا لمراسلها في القاهرة عن الانتخابات."],
    ["a noun of a person", "ونشرت الصحيفة مقالا لرجل أعمال معروف بعنوان الطريق إلى النجاح."],
    ["one word alone", "ونشرت الصحيفة تقريرا لمجلس بعنوان الأمن."],
    ["no end after the words", "ونشرت الصحيفة تقريرا لشركة النفط الوطنية عن الإنتاج."],
    ["`بقلم` as \"with a pen\"", "ويكتب الطالب اسمه على الغلاف بقلم أزرق داكن، ثم يسلم الملف."]
  ] as const)("nothing after %s", (_, text) => {
    expect(people(text)).toEqual([])
  })
})

describe("the writer cues and generational words are fields of name-cues.json (twenty-second session)", () => {
  it.each([
    ["writingNouns", "مقالا"],
    ["gluedNameCues", "خلفا"],
    ["correspondents", "لمراسلتها"],
    ["bylineCues", "بقلم"],
    ["afterWriter", "بعنوان"],
    ["generational", "الابن"]
  ] as const)("%s is read from the file and validated on load", (field, word) => {
    const f = loadNameCues()
    expect(f[field].ar).toContain(word)
    const { [field]: _gone, ...rest } = f
    expect(() => validateNameCues(rest)).toThrow(new RegExp(field))
  })

  it("the predicates answer in search form, English generational words too", () => {
    expect([isWritingNoun(searchKey("تقريرا")), isBeforeGluedName(searchKey("وفقا")), isBeforeGluedName(searchKey("مقالا"))]).toEqual([true, true, true])
    expect([isCorrespondent(searchKey("لمحررها")), isBylineCue(searchKey("أعدته")), isAfterWriter(searchKey("حول"))]).toEqual([true, true, true])
    expect([isGenerational(searchKey("الإبن")), isGenerational("jr."), isGenerational("senior"), isGenerational(searchKey("الرئيس"))]).toEqual([true, true, true, false])
    expect(isWritingNoun(searchKey("خلفا"))).toBe(false)
  })
})
