/**
 * The twenty-third session (lead): a family name found again right after a person's mention joins it
 * (`isFoundSurnameOf`, read by `joinSplitNames` in link.ts; docs/history/entities.md "Twenty-third session"): the tagger took
 * only the first name where the full name stands (`وأعرب [شايلش] ياداف`), and the surname, tagged alone elsewhere in the article (`السيد [ياداف]`), was
 * found again there as a person of its own. Sentences written for these tests in wire style; tags fixed by hand (as
 * if the model had given them), names found again as `extractEntities` finds them.
 */
import { describe, expect, it } from "vitest"
import { rows, typedTexts, type Marks } from "./helpers.js"

/** `PERSON text` of each person of an Arabic `text` tagged by hand, names found again. */
const people = (text: string, marks: Marks): Array<string> => typedTexts(text, marks, ["PERSON"], { propagate: true })

describe("Arabic: a family name found again right after a person's first name joins it", () => {
  it("a foreign surname tagged alone after a title elsewhere", () => {
    const text = "وقال السيد تيواري إن الجلسة تأجلت إلى الشهر المقبل. وأعرب سامر تيواري عن أسفه للقرار."
    expect(people(text, [["تيواري", "PERSON"], ["سامر", "PERSON"]])).toEqual(["PERSON تيواري", "PERSON سامر تيواري"])
    // one person: the surname alone links to the full name
    expect(rows("ar", text, [["تيواري", "PERSON"], ["سامر", "PERSON"]], ["text", "canonical"], { propagate: true })).toEqual([
      ["تيواري", "سامر تيواري"],
      ["سامر تيواري", "سامر تيواري"]
    ])
  })

  it("a family name with the article, the last word of a full name elsewhere, after a name of two words", () => {
    const text = "وقال مدير الفرع أحمد جعفر المجايشي إن الفرق بدأت العمل. وأضاف أحمد جعفر المجايشي أن الحملة ستستمر أسبوعين."
    expect(people(text, [["أحمد جعفر المجايشي", "PERSON"], ["أحمد جعفر", "PERSON"]])).toEqual([
      "PERSON أحمد جعفر المجايشي",
      "PERSON أحمد جعفر المجايشي"
    ])
  })

  it("a father's name after `بن` stays part of the name, even a noun of an office that is a given name too (`مساعد`)", () => {
    const text = "وأكد الأمير عبدالرحمن بن مساعد أن النادي سيعلن قائمته. وقال عبدالرحمن بن مساعد إن الفريق جاهز."
    expect(people(text, [["عبدالرحمن بن مساعد", "PERSON"], ["عبدالرحمن بن", "PERSON"]])).toEqual([
      "PERSON عبدالرحمن بن مساعد",
      "PERSON عبدالرحمن بن مساعد"
    ])
  })

  it("a surname that opens with `ي` joins when the tagger took it for a name elsewhere", () => {
    const text = "وقال السيد يلماز إن المفاوضات مستمرة. وكان أوزان يلماز قد زار العاصمة أمس."
    expect(people(text, [["يلماز", "PERSON"], ["أوزان", "PERSON"]])).toEqual(["PERSON يلماز", "PERSON أوزان يلماز"])
  })
})

describe("Arabic: a word found again right after a person's name stays apart", () => {
  it.each([
    [
      "after a comma",
      "وقال السيد تيواري إن الجلسة تأجلت. وحضر الاجتماع سامر، تيواري والمحامون.",
      [["تيواري", "PERSON"], ["سامر", "PERSON"]],
      ["PERSON تيواري", "PERSON سامر", "PERSON تيواري"]
    ],
    [
      "a word opening with a preposition the tokenizer left on it",
      // (`بشرى`, Bushra, or `ب` + `شرى`; `برقية`, "a telegram", was the word here until the twenty-eighth session made it
      // an object noun of the lists, no name alone)
      "ووصلت بشرى إلى القصر صباحا. وهنأ خالد الفيصل بشرى بالفوز.",
      [["بشرى", "PERSON"], ["خالد الفيصل", "PERSON"]],
      ["PERSON بشرى", "PERSON خالد الفيصل", "PERSON بشرى"]
    ],
    [
      "a noun of an office that is a given name too (`أمين` of `أمين عام`)",
      "وحضر أمين الحفل مع أسرته. وقال عبدالله بن سالم الراشد أمين عام الجمعية إن المعرض نجح.",
      [["أمين", "PERSON"], ["عبدالله بن سالم الراشد", "PERSON"]],
      ["PERSON أمين", "PERSON عبدالله بن سالم الراشد", "PERSON أمين"]
    ],
    [
      "after one word with the article (a title the tagger took for a person)",
      "وقال سحاب إن الفرقة جاهزة. وأضاف المايسترو سحاب أن الحفل سيقام غدا.",
      [["سحاب", "PERSON"], ["المايسترو", "PERSON"]],
      ["PERSON سحاب", "PERSON المايسترو", "PERSON سحاب"]
    ],
    [
      "the same word as the name's last (`ولي ولي`)",
      "وقال فرحات إن اللجنة اجتمعت. ورد فرحات فرحات على الأسئلة.",
      [["فرحات", "PERSON"], ["فرحات", "PERSON"]],
      ["PERSON فرحات", "PERSON فرحات", "PERSON فرحات"]
    ]
  ] as const)("%s", (_, text, marks, expected) => {
    expect(people(text, marks as Marks)).toEqual(expected)
  })
})
