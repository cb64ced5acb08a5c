/**
 * Fifty-second session, second round (helper arnames2): Arabic names run into the word after a family name in `آل`, a
 * counterpart, `نظير` ("in return for") or `برئاسة`, and a name cut after a counterpart (docs/entities.md;
 * docs/history/entities.md, "Fifty-second session: arnames2 (second round)"). All in `mentionsOf` (mentions.ts):
 *
 * - a family name after `آل` is one word, or two when the first opens a compound, the second ends one or has the
 *   article; a word without the article after it ends the name (`آل الشيخ أولى`, `آل سعود وسام`);
 * - a counterpart (`counterparts` of not-name-words.json) ends a body's or a place's name too (`الاتحاد لنظيره`);
 * - bare `نظير` before a verbal noun with a pronoun suffix or `ما` ends a person's name (`نظير جهوده`);
 * - the one untagged word between a counterpart and its nisbas and a person's name opens it (`نظيره السنغافوري غوه`);
 * - `برئاسة`, `بقيادة`, `برعاية` end a name (`نادي الاتحاد برئاسة`).
 *
 * Sentences written for these tests in the style of the news wires; tags set by hand.
 */
import { describe, expect, it } from "vitest"
import { mentionsOf } from "../../../src/extract/entities/mentions.js"
import { growth, LINEAR_BOUND } from "../numbers/timing.js"
import { oneSentenceTaggedBy } from "./fixed-tags.js"
import { typedTexts } from "./helpers.js"

describe("a family name after آل is one word or two", () => {
  it.each([
    ["وأكد المهندس فهد بن سعد آل الشيخ أولى البرنامج اهتماما كبيرا.", [["فهد بن سعد آل الشيخ أولى", "PERSON"]], ["PERSON فهد بن سعد آل الشيخ"]],
    ["وقلد الرئيس الملك سلمان بن عبدالعزيز آل سعود وسام الاستحقاق من الدرجة الأولى.", [["سلمان بن عبدالعزيز آل سعود وسام", "PERSON"]], ["PERSON سلمان بن عبدالعزيز آل سعود"]],
    ["وافتتح المحافظ ناصر آل قاسم مهرجان التمور السنوي.", [["ناصر آل قاسم مهرجان", "PERSON"]], ["PERSON ناصر آل قاسم"]],
    ["وتجول آل قاسم داخل أروقة المعرض.", [["آل قاسم داخل", "PERSON"]], ["PERSON آل قاسم"]]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })

  it.each([
    // a tribe's nisba, a family name with the article, a compound's second word, a compound after آل
    ["وحضر الحفل حامد بن فايز آل جرمان الشهراني.", [["حامد بن فايز آل جرمان الشهراني", "PERSON"]], ["PERSON حامد بن فايز آل جرمان الشهراني"]],
    ["واستقبل الضيوف ناصر بن فالح آل غانم الشريف.", [["ناصر بن فالح آل غانم الشريف", "PERSON"]], ["PERSON ناصر بن فالح آل غانم الشريف"]],
    ["وقال محمد بن عبدالله آل جار الله إن المشروع سيكتمل.", [["محمد بن عبدالله آل جار الله", "PERSON"]], ["PERSON محمد بن عبدالله آل جار الله"]],
    ["وقال سعد بن علي آل عبد الله إن المشروع سيكتمل.", [["سعد بن علي آل عبد الله", "PERSON"]], ["PERSON سعد بن علي آل عبد الله"]],
    // a body's name goes on after the family name (the school's adjective)
    ["وكرم مدير مدرسة خالد بن سعد آل فهيد الثانوية الطلاب.", [["مدرسة خالد بن سعد آل فهيد الثانوية", "ORGANIZATION"]], ["ORGANIZATION مدرسة خالد بن سعد آل فهيد الثانوية"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })
})

describe("a counterpart ends a body's or a place's name", () => {
  it.each([
    ["وجاء ذلك في اتصال أجراه رئيس نادي الاتحاد بنظيره النصراوي.", [["الاتحاد بنظيره", "ORGANIZATION"]], ["ORGANIZATION الاتحاد"]],
    ["وتواجه فرنسا نظيرتها الألمانية في المباراة النهائية.", [["فرنسا نظيرتها", "LOCATION"]], ["LOCATION فرنسا"]],
    ["وهنأ رئيس النادي نظيره الهلالي بالفوز.", [["نظيره الهلالي", "ORGANIZATION"]], []]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })
})

describe("نظير, in return for, ends a person's name", () => {
  it.each([
    ["وعبر عن شكره للأمير خالد بن فيصل نظير جهوده في دعم المشروع.", [["خالد بن فيصل نظير", "PERSON"]], ["PERSON خالد بن فيصل"]],
    ["وتقدم بالشكر إلى الأمير سعود بن نايف نظير ما قدمه من دعم.", [["سعود بن نايف نظير", "PERSON"]], ["PERSON سعود بن نايف"]]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })

  it.each([
    ["وهبطت الطائرة في مطار بي نظير بوتو الدولي.", [["بي نظير بوتو", "PERSON"]], ["PERSON بي نظير بوتو"]],
    ["وقال نظير عياد إن الكنيسة ترحب بالقرار.", [["نظير عياد", "PERSON"]], ["PERSON نظير عياد"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })
})

describe("the word between a counterpart and a person's name opens the name", () => {
  it("نظيره السنغافوري غوه تشوك تونغ", () => {
    expect(typedTexts("والتقى الرئيس الأميركي بيل كلينتون نظيره السنغافوري غوه تشوك تونغ.", [["بيل كلينتون", "PERSON"], ["تشوك تونغ", "PERSON"]])).toEqual(["PERSON بيل كلينتون", "PERSON غوه تشوك تونغ"])
  })

  it.each([
    // a title, a word with the article, a function word between them stay out
    ["واستقبل بوتين نظيره التركي الرئيس رجب طيب أردوغان.", [["بوتين", "PERSON"], ["رجب طيب أردوغان", "PERSON"]], ["PERSON بوتين", "PERSON رجب طيب أردوغان"]],
    ["والتقى الوزير نظيره الفرنسي في باريس جان إيف لودريان.", [["باريس", "LOCATION"], ["جان إيف لودريان", "PERSON"]], ["LOCATION باريس", "PERSON جان إيف لودريان"]]
  ] as const)("unchanged: %s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })
})

describe("برئاسة, بقيادة, برعاية end a name", () => {
  it.each([
    ["وأعلنت إدارة نادي الاتحاد برئاسة إبراهيم البلوي التعاقد مع الحارس.", [["الاتحاد برئاسة", "ORGANIZATION"], ["إبراهيم البلوي", "PERSON"]], ["ORGANIZATION الاتحاد", "PERSON إبراهيم البلوي"]],
    ["وأقيم الحفل في قاعة الأمير فيصل بن عبدالله برعاية أمير المنطقة.", [["قاعة الأمير فيصل بن عبدالله برعاية", "ORGANIZATION"]], ["ORGANIZATION قاعة الأمير فيصل بن عبدالله"]]
  ] as const)("%s", (text, marks, want) => {
    expect(typedTexts(text, marks)).toEqual(want)
  })
})

describe("linear time", () => {
  it("is linear in a run of counterparts, nisbas and family names in آل", () => {
    const make = (n: number): string => `وقال ${"نظيره التركي غوه تشوك آل قاسم مهرجان ".repeat(n)}أمس.`
    const tagOf = (w: string): "B-PER" | "I-PER" | null => (w === "تشوك" ? "B-PER" : w === "آل" || w === "قاسم" || w === "مهرجان" ? "I-PER" : null)
    const scan = (text: string): number => {
      const { units, tagged } = oneSentenceTaggedBy(text, tagOf)
      return mentionsOf(text, units, tagged, "ar").length
    }
    expect(growth(make, scan, 200)).toBeLessThan(LINEAR_BOUND)
  })
})
