/**
 * The twenty-first session's Arabic entity rules (docs/history/entities.md, "Twenty-first session"): an organisation's one-word
 * name of the list (`bodyWords`: `الفيفا`, `اليونسكو`, `الكرملين`) is an organisation where the tagger left it out or
 * typed it as a person or a place; `حسن` before an abstract noun of the list (`حسن الظن`, `حسن النية`) is no name; a
 * title word that is a given name (`سلطان`) right after a role with the article or an honorific is the given name
 * (`الحارس سلطان البلوي`); a generational word after a name ends it (`[ترامب] الابن`); clubs and a group the model typed
 * as people are organisations. The sentences are written for these tests in wire style; tags are fixed by hand (as if
 * the model had given them), so only the rules after the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import { isBodyWord, isGoodNoun, loadNameCues, validateNameCues } from "../../../../src/extract/entities/evidence.js"
import { listedBodyWords } from "../../../../src/extract/entities/mentions.js"
import { searchKey } from "../../../../src/extract/entities/gazetteer.js"
import { entitiesWithTags } from "../fixed-tags.js"
import { addedBy, typed, type Marks } from "../helpers.js"

/** The mentions `listedBodyWords` adds to a sentence tagged by hand: [text, type] rows. */
const added = (text: string, marks: Marks = []): Array<[string, string]> => addedBy(listedBodyWords, text, marks)

describe("Arabic: an organisation's one-word name of the list", () => {
  it.each([
    ["football's body", "وفرضت الفيفا غرامة مالية على الاتحاد المحلي.", "الفيفا"],
    ["with a preposition on it (`لل`: the span starts after it)", "وقدم الاتحاد شكوى رسمية للفيفا أمس الثلاثاء.", "فيفا"],
    ["a UN agency after a title", "وقالت مديرة اليونسكو إن المواقع الأثرية مهددة.", "اليونسكو"],
    ["an acronym without the article", "وتجتمع دول أوبك في فيينا الأسبوع المقبل.", "أوبك"],
    ["the Kremlin", "ورفض الكرملين التعليق على التقرير.", "الكرملين"]
  ] as const)("added where the tagger left it out: %s", (_, text, expected) => {
    expect(added(text)).toEqual([[expected, "ORGANIZATION"]])
  })

  it("nothing is added inside a mention the tagger gave", () => {
    expect(added("وقال رئيس المنظمة العالمية للملكية الفكرية الويبو إن الطلبات زادت.", [["المنظمة العالمية للملكية الفكرية الويبو", "ORGANIZATION"]])).toEqual([])
  })

  it("words out of the list are not added (a common word, a place)", () => {
    expect(added("وأبدى اللاعبون حماسا كبيرا في مدينة الفاو.")).toEqual([])
  })

  it.each([
    ["typed as a place", "وأعلن الكرملين أن الرئيس سيزور الصين.", "الكرملين", "LOCATION"],
    ["typed as a person", "وقالت جبهة البوليساريو إنها ترفض الخطة.", "البوليساريو", "PERSON"]
  ] as const)("retyped as an organisation: %s", (_, text, mark, type) => {
    expect(typed(text, [[mark, type]])).toEqual([[mark, "ORGANIZATION"]])
  })

  it("the list: acronyms of bodies, no common word", () => {
    for (const w of ["الفيفا", "اليونسكو", "الويبو", "الكرملين", "البوليساريو"]) expect(isBodyWord(searchKey(w))).toBe(true)
    for (const w of ["حماس", "الفاو", "طالبان", "الاتحاد"]) expect(isBodyWord(searchKey(w))).toBe(false)
    const { bodyWords: _bodyWords, ...rest } = loadNameCues()
    expect(() => validateNameCues(rest)).toThrow(/bodyWords/)
  })
})

describe("Arabic: حسن before an abstract noun", () => {
  it.each([
    ["after عند", "وأكد المدرب أن اللاعبين كانوا عند حسن ظن الجماهير.", "حسن ظن الجماهير"],
    ["alone, before the noun", "وعبر الوفد عن حسن النية في المفاوضات.", "حسن"],
    ["with a pronoun suffix", "وأشاد الأمير بحسن استقبالهم للضيوف.", "بحسن"],
    ["a suffix on a noun in ة", "وعرف الرجل بحسن سيرته بين جيرانه.", "بحسن"]
  ] as const)("no name: %s", (_, text, mark) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([])
  })

  it.each([
    ["a family name with the article", "والتقى حسن الراهب باللاعبين قبل التدريب.", "حسن الراهب"],
    ["a family name", "وقال حسن روحاني إن الاتفاق صامد.", "حسن روحاني"],
    ["alone before a verb", "وقال حسن إن الفريق جاهز.", "حسن"]
  ] as const)("stays a person: %s", (_, text, mark) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([[mark, "PERSON"]])
  })

  it("the list", () => {
    for (const w of ["الظن", "ظن", "النية", "السيرة", "الحظ"]) expect(isGoodNoun(searchKey(w))).toBe(true)
    expect(isGoodNoun(searchKey("الراهب"))).toBe(false)
  })
})

describe("Arabic: a title word that is a given name after a role", () => {
  it.each([
    ["a goalkeeper", "وتصدى الحارس سلطان البلوي لركلة جزاء في الدقيقة الأخيرة.", "سلطان البلوي"],
    ["after an honorific", "وافتتح الشيخ سلطان القاسمي المعرض أمس.", "الشيخ سلطان القاسمي"]
  ] as const)("the given name stays in the name: %s", (_, text, mark) => {
    const out = typed(text, [[mark, "PERSON"]])
    expect(out.map(([t]) => t)).toEqual([mark.replace(/^(الحارس|الشيخ) /, "")])
    expect(out[0]![1]).toBe("PERSON")
  })

  it.each([
    ["a title with the article", "واستقبل السلطان قابوس الوفد في مسقط.", "السلطان قابوس", "قابوس"],
    ["the office before a region", "وقال نائب أمير منطقة تبوك إن المشروع اكتمل.", "أمير منطقة تبوك", null]
  ] as const)("the title is still cut: %s", (_, text, mark, expected) => {
    const people = typed(text, [[mark, "PERSON"]]).filter(([, t]) => t === "PERSON").map(([x]) => x)
    if (expected === null) expect(people).not.toContain(mark)
    else expect(people).toEqual([expected])
  })
})

describe("Arabic: clubs and a group the model typed as people", () => {
  it.each([
    ["a Swiss club", "وأقال نادي يانج بويز مدربه بعد خمس مباريات دون فوز.", "يانج بويز"],
    ["an English club", "وخسر أستون فيلا أمام ضيفه بهدفين.", "أستون فيلا"],
    ["a club's second word alone", "وتقدم سيتي بهدف في الشوط الأول.", "سيتي"],
    ["a group", "وتبنت بوكو حرام الهجوم على القرية.", "بوكو حرام"]
  ] as const)("an organisation: %s", (_, text, mark) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([[mark, "ORGANIZATION"]])
  })
})

describe("Arabic: a generational word after a person's name", () => {
  it.each([
    ["the son, one word", "وقال ترامب الابن إن اللقاء لم يدم طويلا.", "ترامب", "ترامب الابن"],
    ["the father, two words", "وعاد باراك أوباما الأب إلى كينيا بعد دراسته.", "باراك أوباما", "باراك أوباما الأب"],
    ["the son, another spelling", "وقال بوش الإبن إن الحرب كانت ضرورية.", "بوش", "بوش الإبن"]
  ] as const)("ends the name: %s", (_, text, mark, expected) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([[expected, "PERSON"]])
  })

  it.each([
    ["the noun before an adjective", "وكان جيب بوش الابن الأصغر للرئيس الأسبق.", "جيب بوش"],
    ["the noun before a preposition", "وقال خالد الأب لثلاثة أطفال إنه فقد منزله.", "خالد"]
  ] as const)("stays out: %s", (_, text, mark) => {
    expect(typed(text, [[mark, "PERSON"]])).toEqual([[mark, "PERSON"]])
  })
})

describe("Arabic: a generational word after a name found again", () => {
  it("ends the name found again, and one before a preposition with the article", () => {
    const text = "وقال ترامب إنه لم يعلم بالاجتماع. والتقى دونالد ترامب الابن بالمحامية في نيويورك. وكان ترامب الابن قد أكد أنه حضر."
    const found = entitiesWithTags("ar", text, [["ترامب", "PERSON"], ["دونالد ترامب", "PERSON"]], { propagate: true })
    expect(found.map((e) => e.text)).toEqual(["ترامب", "دونالد ترامب الابن", "ترامب الابن"])
    expect(found[2]!.entityId).toBe(found[1]!.entityId)
  })
})
