/**
 * A name written with `و` for a foreign W (`وانغ`, `ويلي`, `وولتر`): the
 * tokenizer splits the `و` off as a conjunction (as it must for `وقال`), and
 * an entity that opens with the word keeps it. Tags are fixed by hand (as if
 * the model had given them); the sentences are written for these tests.
 */
import { describe, expect, it } from "vitest"
import { gazetteer } from "../../../src/extract/entities/gazetteer.js"
import { segment } from "../../../src/extract/entities/text.js"
import type { EntityType } from "../../../src/schema/record.js"
import { entitiesWithTags } from "./fixed-tags.js"

const entity = (text: string, mark: string, type: EntityType = "PERSON") => {
  const es = entitiesWithTags("ar", text, [[mark, type]])
  expect(es).toHaveLength(1)
  return es[0]!.text
}

describe("a foreign W written و opens the name", () => {
  it.each([
    ["Wang: و and a bare alef", "واجتمع وزير الخارجية الصيني وانغ يي بنظيره في العاصمة أمس.", "وانغ يي", "وانغ يي"],
    ["Willy: و and ي", "وتألق الحارس ويلي كاباييرو في المباراة الأخيرة للفريق.", "ويلي كاباييرو", "ويلي كاباييرو"],
    ["Walter: و and و", "وصرح المحامي وولتر ديكسون للصحفيين بعد الجلسة.", "وولتر ديكسون", "وولتر ديكسون"],
    ["Warren alone", "وأشار المستثمر وارن في مقابلته إلى تراجع الأسواق.", "وارن", "وارن"],
    ["a company", "وأعلنت شركة وايت ستون للبرمجيات عن منتج جديد.", "وايت ستون", "وايت ستون"]
  ])("%s", (_, text, mark, expected) => {
    expect(entity(text, mark)).toBe(expected)
  })
})

describe("a conjunction before a name stays outside it", () => {
  it.each([
    ["a hamza on the alef: an Arabic or known name", "والتقى الوفد الرئيس التركي وأردوغان في أنقرة.", "وأردوغان", "PERSON", "أردوغان"],
    ["a place of the lists", "وزار الوزير فرنسا وإيطاليا الأسبوع الماضي.", "وإيطاليا", "LOCATION", "إيطاليا"],
    ["ابن opens an Arabic name", "وكتب عن الرحلة مؤرخون كثيرون وابن بطوطة أشهرهم.", "وابن بطوطة", "PERSON", "ابن بطوطة"],
    ["ابو opens an Arabic name", "وحضر اللقاء خالد وابوبكر العمر من اللجنة.", "وابوبكر العمر", "PERSON", "ابوبكر العمر"],
    ["يو opens a loanword", "ونشر المقطع على فيسبوك ويوتيوب في اليوم نفسه.", "ويوتيوب", "ORGANIZATION", "يوتيوب"],
    ["يا opens a loanword", "وتقع المصانع في طوكيو وياماناشي وسط البلاد.", "وياماناشي", "LOCATION", "ياماناشي"],
    ["a given name of the lists after a conjunction", "وحضر الاجتماع سامي ويوسف العلي من الإدارة.", "ويوسف العلي", "PERSON", "يوسف العلي"]
  ] as const)("%s", (_, text, mark, type, expected) => {
    expect(entity(text, mark, type)).toBe(expected)
  })

  it("the split the tagger reads is the tokenizer's, whatever the span", () => {
    const [units] = segment("وقال وانغ", 0, 9, { lang: "ar", isKnown: gazetteer("ar").isKnown })
    const u = units!.find((x) => x.text === "وانغ")!
    expect([u.core, u.proclitic, u.nameStart]).toEqual(["انغ", true, u.start])
    const [plain] = segment("وقال وزيد", 0, 9, { lang: "ar", isKnown: gazetteer("ar").isKnown })
    const v = plain!.find((x) => x.text === "وزيد")!
    expect(v.nameStart).toBe(v.start + 1)
  })
})
