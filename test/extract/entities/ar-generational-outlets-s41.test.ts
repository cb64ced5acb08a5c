/**
 * Forty-first session (helper, speakers): the generational word after a person's name before `ل` glued to a news
 * outlet's noun (`addressedOutlets` of name-cues.json; docs/history/quotes.md, "Forty-first session (helper,
 * speakers)"). The A76 reading found `وقال ترامب الإبن لمحطة فوكس نيوز إن …` given to the father: `لمحطة` is "told the
 * station", not "son of". Sentences written for these tests in wire style; tags fixed by hand (as if the model had
 * given them).
 */
import { describe, expect, it } from "vitest"
import { rows, typedTexts } from "./helpers.js"

describe("Arabic: the generational word before `ل` glued to a news outlet's noun", () => {
  it.each([
    ["`لمحطة` (told the station)", "وأكد الرئيس دونالد ترامب أن ابنه لم يخالف القانون. وقال ترامب الإبن لمحطة فوكس نيوز إنه لم يرتكب أي خطأ."],
    ["`لشبكة` (told the network)", "وأكد الرئيس دونالد ترامب أن ابنه لم يخالف القانون. وقال ترامب الابن لشبكة سي بي إس إن اللقاء لم يكن مهما."]
  ] as const)("%s ends the name, and links apart from the father", (_, text) => {
    const got = rows("ar", text, [["دونالد ترامب", "PERSON"], ["ترامب", "PERSON"]], ["text", "canonical"])
    expect(got.filter(([t]) => String(t).includes("ترامب")).map(([t]) => t)).toEqual(["دونالد ترامب", text.includes("الإبن") ? "ترامب الإبن" : "ترامب الابن"])
  })

  it("`الأب` before `ل` glued to a noun that is no outlet is the noun (father of)", () => {
    expect(typedTexts("ويعيش سعيد الأب لثلاثة أطفال في مدينة جدة.", [["سعيد", "PERSON"]], ["PERSON"])).toEqual(["PERSON سعيد"])
  })
})
