/**
 * The twenty-second session's common nouns typed as people (docs/history/entities.md, "Twenty-second session (lead)"):
 * masdars and plurals after a preposition glued to a hamza (`بألوان`, `بإبلاغ`), a listed common noun behind the
 * article that a preposition swallowed (`للإغاثة`), and the speech verb `أردف` run into the name after it. Sentences
 * written for these tests in wire style; tags fixed by hand (as if the model had given them).
 */
import { describe, expect, it } from "vitest"
import { typedTexts } from "./helpers.js"

describe("Arabic: common nouns the tagger typed as one-word people are no names", () => {
  it.each([
    ["a plural after a glued `ب`", "وتطرح الشركة الهاتف الجديد بألوان متعددة في الأسواق.", "ألوان"],
    ["a masdar after a glued `ب`", "وقامت الأسرة بإبلاغ الشرطة عن اختفاء ابنها.", "إبلاغ"],
    ["a masdar with the article after `لل`", "وقدم مركز الملك سلمان للإغاثة مساعدات عاجلة للنازحين.", "إغاثة"],
    ["an age group of a club", "وأعلن النادي فتح باب التسجيل للناشئين والشباب وأولمبي الفريق.", "أولمبي"]
  ] as const)("%s", (_, text, mark) => {
    expect(typedTexts(text, [[mark, "PERSON"]], ["PERSON"])).toEqual([])
  })

  it("a given name of the lists after a glued `ب` stays a person", () => {
    expect(typedTexts("واتصل الوزير بإبراهيم العلي هاتفيا.", [["إبراهيم العلي", "PERSON"]], ["PERSON"])).toEqual(["PERSON إبراهيم العلي"])
  })

  it("`أردف` (he added) run into the name after it is left out", () => {
    expect(typedTexts("وأردف سامي الناصر أن الموسم سيكون صعبا.", [["أردف سامي الناصر", "PERSON"]], ["PERSON"])).toEqual(["PERSON سامي الناصر"])
  })

  it("the article's check is for people only: a listed noun without the article stays what the list says", () => {
    // `أهلي` is listed ("my family"); `الأهلي`, the club, is an organisation and stays one
    expect(typedTexts("وفاز الأهلي على ضيفه بهدفين.", [["الأهلي", "ORGANIZATION"]], ["ORGANIZATION"])).toEqual(["ORGANIZATION الأهلي"])
  })
})
