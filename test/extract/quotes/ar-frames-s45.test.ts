import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile, quoteLexicons } from "../../../src/extract/quotes/lexicon.js"
import { foldKey } from "../../../src/extract/internal/tokens.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Quotes whose frame is a verb that is not plain "said" and whose subject, not its object, speaks (docs/history/
 * quotes.md, "Forty-fifth session (helper, accuse)"), from the A84 and A85 readings: a verb of charging, demanding or
 * promising whose preposition stands inside the marks (`واتهم البيان X "بدعم …"`, `ودعا X الحكومة "إلى …"`), and a
 * verb of complaining with its words after `من` (`شكا X من "…"`; the list `complainingVerbs`). Sentences
 * written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where
 * the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the preposition of a verb of charging inside the marks (chargeBefore, prepositionInside)": [
    ['ودعا [[PERSON:نادر الشمري]] السلطات المحلية "إلى فتح تحقيق عاجل في ملابسات الحادث".', ["[نادر الشمري | دعا] إلى فتح تحقيق عاجل في ملابسات الحادث"]],
    ['واتهم [[ORGANIZATION:اتحاد المزارعين]] [[ORGANIZATION:شركة الري]] "بإهدار المياه في مشاريع لا طائل منها".', ["[اتحاد المزارعين | اتهم] بإهدار المياه في مشاريع لا طائل منها"]],
    ['وتعهد [[PERSON:نادر الشمري]] أمام أنصاره «بمواصلة العمل حتى آخر يوم في ولايته».', ["[نادر الشمري | تعهد] بمواصلة العمل حتى آخر يوم في ولايته"]],
    // a document opens the subject: the noun and its adjective speak, not the object after them
    ['واتهم البيان المصري [[LOCATION:أنقرة]] "بإيواء عناصر مطلوبة للعدالة في عدة قضايا".', ["[البيان المصري | اتهم] بإيواء عناصر مطلوبة للعدالة في عدة قضايا"]],
    ['وطالب التقرير الحكومة "بمراجعة سياسات الدعم المعمول بها منذ عقد".', ["[التقرير | طالب] بمراجعة سياسات الدعم المعمول بها منذ عقد"]],
    // must not fire: a verb of saying frames the marks (its own rule), `بأنه` inside the marks, a name in marks after
    // the object, a document alone before the marks (the object), a verb with no named subject
    ['وقال [[PERSON:نادر الشمري]] "بكل صراحة، لن نقبل بهذه الشروط".', ["[نادر الشمري | قال] بكل صراحة، لن نقبل بهذه الشروط"]],
    ['واتهم [[PERSON:نادر الشمري]] البيان "بأنه مليء بالمغالطات والأرقام المضللة".', []],
    ['وطالب [[PERSON:نادر الشمري]] بنك "[[ORGANIZATION:بيت المال]]" بتوضيح موقفه.', []],
    ['وطالبت الحكومة البيان "بتوضيح مصادر الأرقام الواردة فيه".', []]
  ],
  "a verb of complaining and من before the marks (complainingVerbs, complainedOf, pluralSubjectAfter)": [
    ['وشكا [[PERSON:نادر الشمري]] من "قرارات متسرعة لم يستشر فيها أحد من أعضاء المجلس".', ["[نادر الشمري | شكا] قرارات متسرعة لم يستشر فيها أحد من أعضاء المجلس"]],
    ['وأعلنت [[ORGANIZATION:وزارة المالية]] خفض الدعم. في المقابل، شكا المزارعون من "أعباء لا قبل لهم بها في هذا الموسم".', ["[المزارعون | شكا] أعباء لا قبل لهم بها في هذا الموسم"]],
    ['واشتكى [[PERSON:نادر الشمري]] من الغلاف الذي اختارته الصحيفة بالقول "لقد اختاروا أسوأ صورة لي على الإطلاق".', ["[نادر الشمري | بالقول] لقد اختاروا أسوأ صورة لي على الإطلاق"]],
    // must not fire: one word after من (a term), a name in marks after من, marks further in the clause after من (an
    // unnamed party's words; the row with بالقول above holds too: the verb is no cue of its own)
    ['وشكا [[PERSON:نادر الشمري]] من "التهميش" طوال سنوات عمله.', []],
    ['واشتكى سكان الحي من "[[ORGANIZATION:شركة المياه الوطنية]]" مرارا.', []],
    ['وكان الوكيل التجاري في الميناء يشكو من منافسة الشركات الأجنبية التي «تبلغ حد الإضرار بالسوق المحلية».', []]
  ]
}

describeQuoteTables("Arabic quotes whose frame's subject speaks (forty-fifth session)", tables)

describe("the complainingVerbs list (forty-fifth session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("is required, described, with no form twice", () => {
    const file = decode(arFile)
    expect(file.complainingVerbs.description).toMatch(/session/)
    expect(new Set(file.complainingVerbs.forms).size).toBe(file.complainingVerbs.forms.length)
    const { complainingVerbs: _dropped, ...rest } = arFile
    expect(() => decode(rest)).toThrow(LexiconError)
    expect(() => decode({ ...arFile, complainingVerbs: { ...arFile.complainingVerbs, forms: ["شكا", 7] } })).toThrow(LexiconError)
  })

  it("compiles to the keys of its forms", () => {
    const lex = quoteLexicons()
    expect(lex.complainingVerbs.has(foldKey("اشتكت")[0]!)).toBe(true)
    expect(lex.complainingVerbs.has(foldKey("قال")[0]!)).toBe(false)
  })
})
