/**
 * The twenty-eighth session (helper): a public body the model left untagged, named right after a verb of the lists,
 * is an organisation (`spokenBodies`, mentions.ts; `speakingBodies` of gazetteers/name-cues.json), and the names
 * whose father's name a shorter name is (`سلمان بن عبد العزيز` beside `محمد بن سلمان بن عبد العزيز`) stay apart
 * (docs/history/entities.md "Twenty-eighth session (helper)"). Sentences written for these tests in wire style; tags fixed by
 * hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { spokenBodies } from "../../../src/extract/entities/mentions.js"
import { entitiesWithTags } from "./fixed-tags.js"
import { typedTexts } from "./helpers.js"

/** The organisations of an untagged Arabic `text` with the mentions `spokenBodies` adds to each sentence. */
const bodies = (text: string): Array<string> =>
  typedTexts(text, [], ["ORGANIZATION"], { added: (_, units, tagged, own) => spokenBodies(units, tagged, own) })

describe("Arabic: an untagged body after a verb of the lists is an organisation", () => {
  it.each([
    ["an indefinite head and its genitive", "وقالت هيئة الغابات الأميركية إن الحريق اشتعل مساء السبت.", "ORGANIZATION هيئة الغابات الأميركية"],
    ["a definite head and its nisba adjective", "وذكر الجيش النيجيري أمس أن خمسين مسلحا قتلوا.", "ORGANIZATION الجيش النيجيري"],
    ["a genitive with a glued `ل`", "وأعلنت القيادة العامة للقوات المسلحة أن الطيار بخير.", "ORGANIZATION القيادة العامة للقوات المسلحة"],
    ["`أصدر` before a council", "وأصدر مجلس الخدمات المالية تقريره السنوي.", "ORGANIZATION مجلس الخدمات المالية"]
  ])("%s", (_, text, expected) => {
    expect(bodies(text)).toEqual([expected])
  })

  it.each([
    ["no verb before the head", "وتعمل هيئة الغابات الأميركية على إطفاء الحريق منذ أيام."],
    ["a definite head with a weekday after it", "وقال الجيش الثلاثاء إن الهجوم فشل."],
    ["the coaching staff (`الجهاز الفني`: `staffAdjectives`, forty-second session)", "وأضاف الجهاز الفني أن اللاعب جاهز."],
    ["a head alone", "وقالت الوزارة إن الطريق مغلق."]
  ])("no organisation: %s", (_, text) => {
    expect(bodies(text)).toEqual([])
  })

  it("a weekday after the head ends the name", () => {
    expect(bodies("وقالت وزارة البترول الاثنين إن الإنتاج ارتفع.")).toEqual(["ORGANIZATION وزارة البترول"])
  })

  it("a body the tagger named is left to it (no second mention)", () => {
    expect(
      typedTexts("وقالت هيئة الغابات الأميركية إن الحريق اشتعل.", [["هيئة الغابات", "ORGANIZATION"]], ["ORGANIZATION"], {
        added: (_, units, tagged, own) => spokenBodies(units, tagged, own)
      })
    ).toEqual(["ORGANIZATION هيئة الغابات"])
  })
})

describe("Arabic: a father's name with `بن` joins not his son's longer name", () => {
  it("`سلمان بن عبد العزيز` beside `محمد بن سلمان بن عبد العزيز`", () => {
    const text = "استقبل محمد بن سلمان بن عبد العزيز الوفد. وقال الملك سلمان بن عبد العزيز إن المملكة ماضية في الإصلاح."
    const es = entitiesWithTags("ar", text, [["محمد بن سلمان بن عبد العزيز", "PERSON"], ["سلمان بن عبد العزيز", "PERSON"]]).filter((e) => e.type === "PERSON")
    const king = es.find((e) => e.text === "سلمان بن عبد العزيز")
    const son = es.find((e) => e.text === "محمد بن سلمان بن عبد العزيز")
    expect(king).toBeDefined()
    expect(son).toBeDefined()
    expect(king!.entityId).not.toBe(son!.entityId)
    expect(king!.canonical).toBe("سلمان بن عبد العزيز")
  })

  it("a shorter name that is the same man's still joins (`محمد بن سلمان` beside `محمد بن سلمان بن عبد العزيز`)", () => {
    const text = "استقبل محمد بن سلمان بن عبد العزيز الوفد. وقال محمد بن سلمان إن المملكة ماضية في الإصلاح."
    const es = entitiesWithTags("ar", text, [["محمد بن سلمان بن عبد العزيز", "PERSON"], ["محمد بن سلمان", "PERSON"]]).filter((e) => e.type === "PERSON")
    expect(new Set(es.map((e) => e.entityId)).size).toBe(1)
  })
})
