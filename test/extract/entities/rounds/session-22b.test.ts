/**
 * The twenty-second session's second round (helper): entity errors behind wrong quote speakers (docs/history/entities.md,
 * "Twenty-second session, second round (helper)"): a preposition with a pronoun run into the name after it (`[له
 * ناصر]`), a speaker's family name left after a verb of speech (`يقول [فين] ويبر،`), and the generational word before
 * `ل` glued to a name (`وقال [ترامب] الابن لفوكس نيوز`). Sentences written for these tests in wire style; tags fixed
 * by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { rows, typedTexts } from "../helpers.js"

/** `PERSON text` of each person of an Arabic `text` with `mark` tagged by hand as one person. */
const people = (text: string, mark: string): Array<string> => typedTexts(text, [[mark, "PERSON"]], ["PERSON"])

describe("Arabic: a preposition, with a pronoun or of those no name writes, never opens a name", () => {
  it.each([
    ["`له` (to him)", "وقال له ناصر إن الاجتماع تأجل إلى الأسبوع المقبل.", "له ناصر", "PERSON ناصر"],
    ["`عنه` before a full name", "ونقل عنه عبدالله السالم أن المشروع سيكتمل قبل نهاية العام.", "عنه عبدالله السالم", "PERSON عبدالله السالم"],
    ["`لها` with `و` glued", "ولها سارة المطيري رأي آخر في القضية.", "ولها سارة المطيري", "PERSON سارة المطيري"],
    ["`إلى` before a name", "وتحدث الوزير إلى سلمان الراشد عن خطة المشروع.", "إلى سلمان الراشد", "PERSON سلمان الراشد"]
  ] as const)("%s", (_, text, mark, expected) => {
    expect(people(text, mark)).toEqual([expected])
  })

  it("a preposition that is a name too stays (`لي`, Li Keqiang)", () => {
    expect(people("وقال رئيس الوزراء الصيني لي كه تشيانغ إن النمو سيتباطأ.", "لي كه تشيانغ")).toEqual(["PERSON لي كه تشيانغ"])
  })
})

describe("Arabic: the family name after a speaker's first name, where the subject ends", () => {
  it.each([
    ["a foreign surname that opens with `و`, before a comma", "يقول فين ويبر، وهو مستشار سابق في الحزب، إن الانقسام سيضر بالمرشح.", "فين", "PERSON فين ويبر"],
    ["before `في` and the paper's name", "وقال محمود معروف في صحيفة المساء إن الفريق خسر بسبب الحكم.", "محمود", "PERSON محمود معروف"],
    ["after a name of two words, before `في`", "ويقول أسامة الغزالي حرب في مقاله الأسبوعي إن الأزمة ستطول.", "أسامة الغزالي", "PERSON أسامة الغزالي حرب"],
    ["before `إن`", "وقالت هدى قنديل إن المعرض سيفتتح الأحد.", "هدى", "PERSON هدى قنديل"]
  ] as const)("%s", (_, text, mark, expected) => {
    expect(people(text, mark)).toEqual([expected])
  })

  it.each([
    ["an accusative adverb", "وقال محمد مبتسما إن الفريق جاهز للمباراة.", "محمد", "PERSON محمد"],
    ["a word with a preposition glued", "وقال خالد للصحفيين إن الصفقة اكتملت.", "خالد", "PERSON خالد"],
    ["no end of the subject after the word", "وقال فهد كلاما كثيرا عن الموسم الماضي.", "فهد", "PERSON فهد"],
    ["a conjunction before another given name", "وقال سامي وياسر إن الفريق جاهز.", "سامي", "PERSON سامي"],
    ["no verb of speech before the name", "واستمع محمود معروف في القاعة إلى الكلمة.", "محمود", "PERSON محمود"],
    ["`إلى` written with `ي`", "وأشار حسين الفردان إلي أن البرنامج حقق أهدافه.", "حسين الفردان", "PERSON حسين الفردان"],
    ["a noun in apposition after a full name", "وقالت سلمى الحربي الباحثة في الجامعة إن النتائج مشجعة.", "سلمى الحربي", "PERSON سلمى الحربي"]
  ] as const)("not after %s", (_, text, mark, expected) => {
    expect(people(text, mark)).toEqual([expected])
  })
})

describe("Arabic: the generational word before `ل` glued to a name the tagger found", () => {
  it("`الابن` before `لفوكس نيوز` (told Fox News) ends the name, and links apart from the father", () => {
    const text = "وأكد الرئيس دونالد ترامب أن ابنه لم يخالف القانون. وقال ترامب الابن لفوكس نيوز إنه لم يرتكب أي خطأ."
    const got = rows("ar", text, [["دونالد ترامب", "PERSON"], ["ترامب", "PERSON"], ["لفوكس نيوز", "ORGANIZATION"]], ["text", "canonical"])
    expect(got.filter(([t]) => String(t).includes("ترامب"))).toEqual([
      ["دونالد ترامب", "دونالد ترامب"],
      ["ترامب الابن", "ترامب الابن"]
    ])
  })

  it("`الأب` before an untagged word with `ل` glued is the noun (father of)", () => {
    expect(people("ويعيش سعيد الأب لثلاثة أطفال في مدينة جدة.", "سعيد")).toEqual(["PERSON سعيد"])
  })
})
