/**
 * Fifty-second session (helper arnames): Arabic names run into a work's title, a counterpart or a thanks, and a name
 * cut at a title word (docs/entities.md; docs/history/entities.md, "Fifty-second session: arnames").
 *
 * - `namesInWorkTitles` (extract.ts): two given names joined by `و` right after a work's noun without the article are
 *   its title (`coordinatedWorkTitles`: `مسلسل أحمد وكريستينا`), and a name that fills other marks is no evidence of a
 *   person against a title in marks (`في «أحمد وكريستينا»`);
 * - `mentionsOf` (mentions.ts): a counterpart with a pronoun suffix (`counterparts` of not-name-words.json: `نظيره`) ends
 *   a person's name, and one that opens it is none; `الشكر` is an object noun;
 * - `givenNameTitleInName` (mentions.ts): `أمير` between two people's given names joins them (`حسين أمير عبد اللهيان`).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { namesInWorkTitles } from "../../../src/extract/entities/extract.js"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { entitiesWithTags, oneSentenceTaggedBy } from "./fixed-tags.js"
import { typedTexts, type Marks } from "./helpers.js"

/** `TYPE text` of each entity, with the work titles' step run as `findMentions` runs it. */
const withWorks = (text: string, marks: Marks): Array<string> =>
  entitiesWithTags("ar", text, marks, { steps: (t, _sentences, found) => namesInWorkTitles(t, found) }).map((e) => `${e.type} ${e.text}`)

describe("a title of two given names after a work's noun (namesInWorkTitles)", () => {
  it.each([
    ["وبدأت قناة أبوظبي عرض مسلسل أحمد وكريستينا مساء أمس.", [["أبوظبي", "LOCATION"], ["أحمد وكريستينا", "PERSON"]], "MISC أحمد وكريستينا"],
    ["وحقق فيلم قيس وليلى إيرادات كبيرة في أسبوعه الأول.", [["قيس", "PERSON"], ["وليلى", "PERSON"]], "MISC قيس وليلى"],
    ["وشاركت الممثلة في مسلسل «أحمد وكريستينا» العام الماضي، وقالت إن دورها في «أحمد وكريستينا» كان الأصعب.", [["أحمد وكريستينا", "PERSON"], ["أحمد وكريستينا", "PERSON"]], "MISC أحمد وكريستينا"]
  ] as const)("%s", (text, marks, want) => {
    const got = withWorks(text, marks)
    expect(got).toContain(want)
    expect(got.filter((x) => x.startsWith("PERSON"))).toEqual([])
  })

  it.each([
    // the director, the author alone after the noun in construct
    ["وينتظر الجمهور فيلم ستيفن سبيلبرغ الجديد.", [["ستيفن سبيلبرغ", "PERSON"]], ["PERSON ستيفن سبيلبرغ"]],
    // the cast after the noun with the article
    ["ويقوم ببطولة الفيلم بول رود ومايكل دوغلاس.", [["بول رود", "PERSON"], ["ومايكل دوغلاس", "PERSON"]], ["PERSON بول رود", "PERSON مايكل دوغلاس"]],
    // the article names the man outside marks too
    ["وصدر كتاب «روايات مارك توين» هذا الشهر، وكان مارك توين قد كتبها في شبابه.", [["مارك توين", "PERSON"], ["مارك توين", "PERSON"]], ["PERSON مارك توين", "PERSON مارك توين"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(withWorks(text, marks)).toEqual(want)
  })
})

describe("a counterpart ends a name (counterparts of not-name-words.json)", () => {
  it.each([
    ["والتقى بيل كلينتون نظيره السنغافوري في البيت الأبيض.", [["بيل كلينتون نظيره السنغافوري", "PERSON"]], ["PERSON بيل كلينتون"]],
    ["فيما يلتقي المنتخب المكسيكي نظيره الجامايكي في المباراة النهائية.", [["نظيره الجامايكي", "PERSON"]], []],
    ["واستقبلت أنغيلا ميركل نظيرتها البريطانية في برلين.", [["أنغيلا ميركل نظيرتها", "PERSON"], ["برلين", "LOCATION"]], ["PERSON أنغيلا ميركل", "LOCATION برلين"]],
    ["واستقبل الرئيس فلاديمير بوتين نظيره التركي رجب طيب أردوغان.", [["فلاديمير بوتين", "PERSON"], ["نظيره التركي رجب طيب أردوغان", "PERSON"]], ["PERSON فلاديمير بوتين", "PERSON رجب طيب أردوغان"]]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })

  it("unchanged: نظير alone, a given name", () => {
    expect(typedTexts("وهبطت الطائرة في مطار بي نظير بوتو الدولي.", [["نظير بوتو", "PERSON"]])).toEqual(["PERSON نظير بوتو"])
  })
})

describe("the thanks after a name (objectNouns)", () => {
  it.each([
    ["وقدم الأمير تركي بن محمد بن فهد الشكر والتقدير لأمير المنطقة.", [["تركي بن محمد بن فهد الشكر", "PERSON"]], ["PERSON تركي بن محمد بن فهد"]],
    ["ورفع الدكتور توفيق الربيعة الشكر لخادم الحرمين الشريفين.", [["توفيق الربيعة الشكر", "PERSON"]], ["PERSON توفيق الربيعة"]]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })
})

describe("أمير inside a run of given names (givenNameTitleInName)", () => {
  it.each([
    ["وقال نائب وزير الخارجية الإيراني حسين أمير عبد اللهيان إن طهران ترفض ذلك.", [["حسين", "PERSON"], ["عبد اللهيان", "PERSON"], ["طهران", "LOCATION"]], ["PERSON حسين أمير عبد اللهيان", "LOCATION طهران"]],
    ["وصرح حسين أمير عبد اللهيان للصحفيين أمس.", [["حسين", "PERSON"], ["أمير عبد اللهيان", "PERSON"]], ["PERSON حسين أمير عبد اللهيان"]],
    ["وأكد محمد أمير عبدالله أن الفريق جاهز.", [["محمد", "PERSON"], ["عبدالله", "PERSON"]], ["PERSON محمد أمير عبدالله"]]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })

  it.each([
    // a title before a place or a body
    ["واستقبل الشيخ تميم بن حمد أمير قطر الوفد.", [["تميم بن حمد", "PERSON"], ["قطر", "LOCATION"]], ["PERSON تميم بن حمد", "LOCATION قطر"]],
    ["وحضر الأمير فيصل بن سلمان أمير منطقة المدينة المنورة الحفل.", [["فيصل بن سلمان", "PERSON"], ["المدينة المنورة", "LOCATION"]], ["PERSON فيصل بن سلمان", "LOCATION المدينة المنورة"]],
    // a family name with the article before it: no run of given names
    ["وقال خالد الفيصل أمير عبدالله إن …", [["خالد الفيصل", "PERSON"], ["عبدالله", "PERSON"]], ["PERSON خالد الفيصل", "PERSON عبدالله"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })
})

describe("linear time", () => {
  it("is linear in a run of names with counterparts and أمير between given names", () => {
    const make = (n: number): string => `وقال ${"حسين محمد محمد نظيره التركي أمير عبدالله ".repeat(n)}أمس.`
    const tagOf = (w: string): "B-PER" | "I-PER" | null => (w === "حسين" || w === "عبدالله" ? "B-PER" : w === "محمد" || w === "نظيره" || w === "التركي" ? "I-PER" : null)
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, tagOf)
      return mentionsOf(text, units, tagged, "ar").length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
