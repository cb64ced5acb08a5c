/**
 * The twenty-eighth session (helper): `لي` ("to me") after a verb of saying, run into the name after it (`قال [لي
 * يوسف]`), and Lee's family name that must keep its place (docs/history/entities.md "Twenty-eighth session (helper)").
 * Sentences written for these tests in wire style; tags fixed by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { typedTexts } from "./helpers.js"

describe("Arabic: `لي` after a verb of the list is no part of the name after it", () => {
  it.each([
    ["a given name after `قال لي`", "وقال لي يوسف إن الفيلم جاهز للعرض.", "لي يوسف", "PERSON يوسف"],
    ["a full name after `قالت لي`", "قالت لي هند الحربي إن التصوير انتهى.", "لي هند الحربي", "PERSON هند الحربي"],
    ["`تقول لي` and a given name", "كانت تقول لي فاطمة دائما إن الصبر مفتاح الفرج.", "لي فاطمة", "PERSON فاطمة"],
    ["`فأكد لي` and a family name with the article", "فأكد لي العيدان أن النادي يحترم العقود.", "لي العيدان", "PERSON العيدان"],
    ["`لى` written with alef maqsura", "ثم قال لى يوسف إنه مسافر غدا.", "لى يوسف", "PERSON يوسف"]
  ])("%s", (_, text, mark, expected) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([expected])
  })

  it("a word the document names elsewhere without `لي` (`عز`, of `عز الدين`)", () => {
    const text = "وصل عز الدين إلى القاهرة صباحا. وفي المساء قال لي عز إنه متعب."
    expect(typedTexts(text, [["عز الدين", "PERSON"], ["لي عز", "PERSON"]], ["PERSON"])).toEqual(["PERSON عز الدين", "PERSON عز"])
  })
})

describe("Arabic: Lee's family name keeps its place", () => {
  it.each([
    ["after a nationality (no verb before)", "والتقى الوزير نظيره الصيني لي مينغ في بكين.", "لي مينغ"],
    ["after a verb, a foreign given name no list knows", "وقال لي كه تشيانغ إن النمو سيتواصل.", "لي كه تشيانغ"],
    ["after a verb, Lee Kun-hee", "وقال لي كون هي إن الشركة ستتغير.", "لي كون هي"],
    ["after `عن`, no verb", "ونقلت الوكالة عن لي يوسف المتحدث باسم الشركة أن الأرباح ارتفعت.", "لي يوسف"],
    ["after a verb with a punctuation mark between", "وقال: لي يوسف صديق قديم.", "لي يوسف"]
  ])("%s", (_, text, mark) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([`PERSON ${mark}`])
  })

  it("a verb, then `ولي` (with a conjunction: `ولي العهد`, not `لي`)", () => {
    expect(typedTexts("وقال ولي يوسف إن الأمر انتهى.", [["ولي يوسف", "PERSON"]], ["PERSON"])).toEqual(["PERSON ولي يوسف"])
  })
})
