/**
 * The twenty-second session's rule on a well-known surname after a title (docs/history/entities.md, "Twenty-second session"):
 * up to two adjectives with the article may stand between the title and the name, a nisba (`الأمريكي`) or any other
 * untagged word with the article that is no title and no person's name (`المعزول`, `المنتخب`, `الأسبق`, `الحالي`).
 * Sentences written for these tests in wire style; no tag is given (as if the model had tagged nothing), so only the
 * rules after the tagger are tested.
 */
import { describe, expect, it } from "vitest"
import { surnamesAfterTitles } from "../../../src/extract/entities/extract.js"
import { typedTexts } from "./helpers.js"

/** The entities of `text` with no tag given: the surnames after titles, names found again, linking. */
const titled = (text: string): Array<string> => typedTexts(text, [], undefined, { propagate: true, added: surnamesAfterTitles })

describe("Arabic: a listed surname after a title and its adjectives", () => {
  it.each([
    ["an adjective that is no nisba", "وتواصلت المظاهرات المؤيدة للرئيس المعزول مرسي في عدة مدن.", "مرسي"],
    ["the president-elect", "وقال مساعدون إن الرئيس المنتخب ترامب سيعلن تشكيلة حكومته الأسبوع المقبل.", "ترامب"],
    ["a nisba and an adjective", "وانتقد الرئيس المصري الأسبق مرسي القضاة في جلسة المحاكمة.", "مرسي"],
    ["an adjective and a nisba", "وأجرى الرئيس الحالي الأمريكي أوباما اتصالا بنظيره الفرنسي.", "أوباما"]
  ] as const)("%s", (_, text, expected) => {
    expect(titled(text)).toEqual([`PERSON ${expected}`])
  })

  it("not over three adjectives (the window is two words)", () => {
    expect(titled("ونقل عن الرئيس الأمريكي السابق الشهير أوباما قوله.")).toEqual([])
  })

  it("not when the word between is a title of the lists (its own title, not an adjective)", () => {
    // `الوزير` is a title: the surname after it is checked against it, not against `الرئيس`
    expect(titled("والتقى الرئيس الوزير كاميرون في لندن.")).toEqual(["PERSON كاميرون"])
  })

  it("not after a title in construct (no holder), whatever stands between", () => {
    expect(titled("والتقى الوزير مندوب الرئيس المنتخب ترامب في العاصمة.")).toEqual(["PERSON ترامب"])
    expect(titled("واطلع على مذكرة مندوب المعزول مرسي.")).toEqual([])
  })
})
