/**
 * The twenty-eighth session (helper, second entity round): a speaking body whose name goes on with `ل` + a noun without
 * the article stays untagged (`spokenBodies`, mentions.ts); `بي` ("with me") glued before a given name after a verb
 * (`اتصل [بي يوسف]`); `لي`/`بي` + a noun with "my" or `ك` + a nisba is no name (`liBeforeOwnWord`, link.ts)
 * (docs/history/entities.md "Twenty-eighth session, second round (helper)"). Sentences written for these tests in wire style;
 * tags fixed by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { spokenBodies } from "../../../src/extract/entities/mentions.js"
import { typedTexts } from "./helpers.js"

/** The organisations of an untagged Arabic `text` with the mentions `spokenBodies` adds to each sentence. */
const bodies = (text: string): Array<string> =>
  typedTexts(text, [], ["ORGANIZATION"], { added: (_, units, tagged, own) => spokenBodies(units, tagged, own) })

describe("Arabic: a speaking body before `ل` + an indefinite noun stays untagged", () => {
  it.each([
    ["a festival's committee", "وأعلنت اللجنة التنفيذية لمهرجان أبها أن الفعاليات تبدأ الخميس."],
    ["a market's committee", "وذكرت اللجنة الإشرافية لسوق حباشة أن الإقبال كبير."],
    ["a coalition's command", "وأعلنت قيادة القوات المشتركة لتحالف دول الساحل أن الطائرة سقطت."],
    ["a city's council", "وقال المجلس البلدي لمدينة مصراتة إنه يرفض القرار."]
  ])("%s", (_, text) => {
    expect(bodies(text)).toEqual([])
  })

  it.each([
    ["`ل` + an indefinite noun and a genitive with the article: read in full", "وأعلنت اللجنة التنفيذية لمهرجان الطائف الصيفي أن الفعاليات تبدأ.", "ORGANIZATION اللجنة التنفيذية لمهرجان الطائف الصيفي"],
    ["a complement with the article (`للقوات`)", "وأعلنت القيادة العامة للقوات المسلحة أن الطيار بخير.", "ORGANIZATION القيادة العامة للقوات المسلحة"],
    ["`لـ` with a tatweel: the paper spoken to", "وقالت الهيئة العامة لـ«الوطن» إن الطلبات كثيرة.", "ORGANIZATION الهيئة العامة"],
    ["a function word after the name (`لكن`)", "وقال الجيش النيجيري لكن المسلحين فروا.", "ORGANIZATION الجيش النيجيري"],
    ["`لم` after the name", "وذكرت هيئة الغابات الأميركية لم تحدد سبب الحريق.", "ORGANIZATION هيئة الغابات الأميركية"]
  ])("still an organisation: %s", (_, text, expected) => {
    expect(bodies(text)).toEqual([expected])
  })
})

describe("Arabic: `بي` after a verb is no part of the given name after it", () => {
  it.each([
    ["`اتصل بي` and a full name", "وذات مساء اتصل بي كريم عبد الله وطلب مقابلتي.", "بي كريم عبد الله", "PERSON كريم عبد الله"],
    ["`وقال بي`? no: `قال لي` stays as before, `اتصلت بي` and a given name", "ثم اتصلت بي فاطمة لتخبرني بالنتيجة.", "بي فاطمة", "PERSON فاطمة"]
  ])("%s", (_, text, mark, expected) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([expected])
  })

  it.each([
    ["letter names after a verb (P. K.)", "وقال بي كي سينغ إن المحادثات مستمرة.", "بي كي سينغ"],
    ["`بي` + a word with the article after a verb: not cut", "عادت بي الذاكرة إلى أيام الدراسة.", "بي الذاكرة"],
    ["`بي` + a given name with no verb before", "وفاز المصرف بي كريم بالجائزة.", "بي كريم"]
  ])("kept as it is: %s", (_, text, mark) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([`PERSON ${mark}`])
  })

  it("`بي بي سي` after a verb, an organisation, is left as it is", () => {
    expect(typedTexts("وقالت بي بي سي إن الوضع هادئ.", [["بي بي سي", "ORGANIZATION"]], ["ORGANIZATION"])).toEqual(["ORGANIZATION بي بي سي"])
  })
})

describe("Arabic: `لي` / `بي` + a noun with \"my\" is no name", () => {
  it.each([
    ["a feminine noun and \"my\"", "وكانت تقول لي والدتي إن البحر غدار.", "لي والدتي"],
    ["after `قالت`", "قالت لي معلمتي إن الخط جميل.", "لي معلمتي"],
    ["`ك` and a nisba", "وأضاف: بالنسبة لي كفلسطيني فإن المباراة مهمة.", "لي كفلسطيني"],
    ["`بي` and a feminine noun with \"my\"", "ثم اتصلت بي زميلتي في المساء.", "بي زميلتي"]
  ])("%s", (_, text, mark) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([])
  })

  it.each([
    ["a surname ending in `ي` (Lee Rigby)", "وقتل الجندي لي ريغبي في لندن.", "لي ريغبي"],
    ["a short Korean name", "وتولى لي جاي إدارة الشركة.", "لي جاي"],
    ["a limit of the rule: a masculine noun and \"my\" (no list tells it from a surname)", "وقال لي زميلي إن الامتحان سهل.", "لي زميلي"],
    ["three words", "وقالت لي تشان هوي إن السوق هادئة.", "لي تشان هوي"],
    ["a limit of the rule: a feminine noun and \"my\" of four letters (`جدتي`)", "وكانت تقول لي جدتي إن البحر غدار.", "لي جدتي"]
  ])("kept: %s", (_, text, mark) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([`PERSON ${mark}`])
  })

  it("a word the document names elsewhere without `لي` stays a name", () => {
    const text = "وصلت مارتي إلى المطار. وتحدثت الصحيفة مع لي مارتي عن الفيلم."
    expect(typedTexts(text, [["مارتي", "PERSON"], ["لي مارتي", "PERSON"]], ["PERSON"])).toEqual(["PERSON مارتي", "PERSON لي مارتي"])
  })
})
