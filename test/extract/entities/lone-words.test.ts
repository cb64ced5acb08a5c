import { describe, expect, it } from "vitest"
import { GazetteerError, gazetteer, loadNotNames, validateNotNames } from "../../../src/extract/entities/gazetteer.js"
import { isFunctionWordAfterClitics } from "../../../src/extract/entities/mentions.js"
import { segment } from "../../../src/extract/entities/text.js"
import { entitiesWithTags } from "./fixed-tags.js"

describe("a person's 'name' made only of title words, or a lone function word, is no name", () => {
  it.each([
    ["the last word of خادم الحرمين الشريفين", "وهنأ خادم الحرمين الشريفين رئيس الوزراء بالفوز.", "الشريفين", []],
    ["an honorific alone", "وقال الشيخ في خطبته إن العيد فرحة.", "الشيخ", []],
    ["but a title word that is also a given name stays (سلطان)", "وقاد الثورة سلطان في الجبل.", "سلطان", ["سلطان"]],
    ["a lone function word (لي, to me)", "ثم قال لي إن الرحلة تأجلت.", "لي", []]
  ] as const)("%s", (_name, text, span, names) => {
    expect(entitiesWithTags("ar", text, [[span, "PERSON"]]).map((e) => e.text)).toEqual(names)
  })
})

describe("a function word with its conjunction or preposition is still a function word (not the name علي)", () => {
  const unit = (s: string) => segment(s, 0, s.length, { lang: "ar", isKnown: gazetteer("ar").isKnown }).flat()[0]!
  it.each([
    ["وعلى", true],
    ["على", true],
    ["وبأن", true],
    ["علي", false],
    ["وعلي", false]
  ] as const)("%s → %s", (word, expected) => {
    expect(isFunctionWordAfterClitics(unit(word))).toBe(expected)
  })
})

describe("fixed expressions that read like a name are none (gazetteers/not-names.json)", () => {
  it.each([
    ["حسن الجوار, good neighbourliness", "ودعا البيان إلى الالتزام بمبادئ حسن الجوار بين الدول.", "حسن الجوار", []],
    ["توفيق الله, God's help", "وتمكنت القوات بتوفيق الله من إحباط الهجوم.", "توفيق الله", []],
    ["but a person named حسن stays", "وقال حسن الترابي إن الحزب سيشارك.", "حسن الترابي", ["حسن الترابي"]],
    ["عز وجل, the praise after God's name", "وحمد الخطيب الله عز وجل على السلامة.", "عز وجل", []],
    ["تعالى alone after God's name", "وسأل الله تعالى أن يحفظ البلاد.", "تعالى", []]
  ] as const)("%s", (_name, text, span, names) => {
    expect(entitiesWithTags("ar", text, [[span, "PERSON"]]).map((e) => e.text)).toEqual(names)
  })

  it("the bundled file validates; a broken one is refused with its id", () => {
    expect(loadNotNames().ar.length).toBeGreaterThan(10)
    expect(() => validateNotNames({ id: "gazetteers/not-names", category: "not-names", source: "x", ar: [""], en: [] })).toThrow(GazetteerError)
    expect(() => validateNotNames({ id: "gazetteers/not-names", category: "not-names", source: "x", ar: [] })).toThrow(/not-names/)
  })
})
