import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speaker chains (docs/history/quotes.md, "Forty-fifth session (helper, carry)"): a bare verb with و later in a
 * sentence that opens with a speech verb whose subject has not spoken goes on with that subject, a topic after `أما`
 * with its verb, a turn lead and a colon ends a colon quote that ran on to it, and `وبين` after the preposition `بين`
 * names a party, not a speaker. Sentences written for these tests
 * in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a bare verb goes on with the subject of a speech verb that opened its sentence with no speech": [
    ['ونقلت وكالة [[ORGANIZATION:رويترز]] عن ناطق باسم شركة النور قوله "العقد قائم حتى نهاية الموسم المقبل ولا نرى سببا للانسحاب منه".\nوأكد ناطق باسم النادي المحلي من جانبه هذا الخبر في حديث مع الوكالة الإيطالية وقال إن الاتفاق "ماض كما خطط له".', ["[ناطق باسم شركة النور | نقلت] العقد قائم حتى نهاية الموسم المقبل ولا نرى سببا للانسحاب منه", "[ناطق باسم النادي المحلي | قال] ماض كما خطط له"]],
    ['ونقلت وكالة [[ORGANIZATION:رويترز]] عن ناطق باسم شركة النور قوله "العقد قائم حتى نهاية الموسم المقبل ولا نرى سببا للانسحاب منه".\nوأكد مصدر في النادي المحلي من جانبه هذا الخبر في حديث مع الوكالة الإيطالية وقال إن الاتفاق "ماض كما خطط له".', ["[ناطق باسم شركة النور | نقلت] العقد قائم حتى نهاية الموسم المقبل ولا نرى سببا للانسحاب منه", "[مصدر في النادي المحلي | قال] ماض كما خطط له"]],
    // must not fire: a subject that spoke in the sentence already (its complementizer); a verb that opens its own
    // sentence (the chain, as before: the rule reads the verb's own sentence only; left, see the history)
    ['ونقلت وكالة [[ORGANIZATION:رويترز]] عن ناطق باسم شركة النور قوله "العقد قائم حتى نهاية الموسم المقبل ولا نرى سببا للانسحاب منه".\nوأكد ناطق باسم النادي المحلي أن الخبر صحيح في حديث مع الوكالة الإيطالية وقال إن الاتفاق "ماض كما خطط له".', ["[ناطق باسم شركة النور | نقلت] العقد قائم حتى نهاية الموسم المقبل ولا نرى سببا للانسحاب منه", "[ناطق باسم النادي المحلي | قال] ماض كما خطط له"]],
    ['ونقلت وكالة [[ORGANIZATION:رويترز]] عن ناطق باسم شركة النور قوله "العقد قائم حتى نهاية الموسم المقبل ولا نرى سببا للانسحاب منه".\nوأكد ناطق باسم النادي المحلي من جانبه هذا الخبر في حديث مع الوكالة الإيطالية. وقال إن الاتفاق "ماض كما خطط له".', ["[ناطق باسم شركة النور | نقلت] العقد قائم حتى نهاية الموسم المقبل ولا نرى سببا للانسحاب منه", "[ناطق باسم شركة النور | قال] ماض كما خطط له"]],
    // a named subject right after the verb, read before as now
    ['وقال [[PERSON:سامي الحداد]]: "نحن مستعدون لكل الاحتمالات في هذه البطولة".\nوأكد مدير المنتخب [[PERSON:ماجد الراشد]] جاهزية اللاعبين للمباراة الأولى، وقال: "نثق بقدرة الفريق على المنافسة حتى النهاية".', ["[سامي الحداد | قال] نحن مستعدون لكل الاحتمالات في هذه البطولة", "[ماجد الراشد | قال] نثق بقدرة الفريق على المنافسة حتى النهاية"]],
    ['وقال [[PERSON:سامي الحداد]]: "نحن مستعدون لكل الاحتمالات في هذه البطولة".\nوأكد مدير المنتخب [[PERSON:ماجد الراشد]] أن اللاعبين جاهزون، وقال: "نثق بقدرة الفريق على المنافسة حتى النهاية".', ["[سامي الحداد | قال] نحن مستعدون لكل الاحتمالات في هذه البطولة", "[ماجد الراشد | قال] نثق بقدرة الفريق على المنافسة حتى النهاية"]]
  ],
  "a topic after `أما` with its verb, a turn lead and a colon ends a colon quote": [
    ['وقال [[PERSON:سامي الحداد]]: نحمد الله على نجاح الموسم ونشكر كل من ساهم فيه من المتطوعين. أما [[PERSON:ماجد الراشد]] فقال من جانبه: إن التنظيم كان متميزا هذا العام بكل المقاييس.', ["[سامي الحداد | قال] نحمد الله على نجاح الموسم ونشكر كل من ساهم فيه من المتطوعين", "[ماجد الراشد | قال] إن التنظيم كان متميزا هذا العام بكل المقاييس"]],
    // must not fire: a topic that is what is spoken about (`أما عن`)
    ['وقال [[PERSON:سامي الحداد]]: نحمد الله على نجاح الموسم ونشكر كل من ساهم فيه من المتطوعين. أما عن الموسم المقبل فقال من جانبه: إن الاستعداد بدأ مبكرا.', ["[سامي الحداد | قال] نحمد الله على نجاح الموسم ونشكر كل من ساهم فيه من المتطوعين. أما عن الموسم المقبل فقال من جانبه: إن الاستعداد بدأ مبكرا"]]
  ],
  "`وبين` after the preposition `بين` names a party, no speaker": [
    ['ونفى [[PERSON:سامي الحداد]] أن يكون سبب الخلاف العلاقة المتوترة بينه وبين [[PERSON:ماجد الراشد]]، وقال: «الخلافات بيننا لم تكن شخصية أبدا».', ["[سامي الحداد | قال] الخلافات بيننا لم تكن شخصية أبدا"]],
    ['وأضاف [[PERSON:سامي الحداد]] الذي لا تزال المفاوضات جارية بينه وبين [[ORGANIZATION:النادي الأهلي]] «من المبكر الحديث عن موسم رائع».', ["[سامي الحداد | أضاف] من المبكر الحديث عن موسم رائع"]],
    // must not fire: `وبين` with no preposition before it in its sentence is the verb
    ['وأشاد [[PERSON:سامي الحداد]] بالمشروع بين الشباب. وبين [[PERSON:ماجد الراشد]]: «الخطة ستنفذ على ثلاث مراحل متتالية».', ["[ماجد الراشد | بين] الخطة ستنفذ على ثلاث مراحل متتالية"]],
    ['وتحدث [[PERSON:سامي الحداد]] عن الخطة، وبين [[PERSON:ماجد الراشد]] أنها «ستنفذ على ثلاث مراحل».', ["[ماجد الراشد | بين] ستنفذ على ثلاث مراحل"]]
  ]
}

describeQuoteTables("Arabic speaker chains (forty-fifth session)", tables)

describe("the betweenWords list (forty-fifth session)", () => {
  it("is required, described, with no form twice", () => {
    const file = decodeLexicon(ArabicQuotesFile, "quotes/ar")(arFile)
    expect(file.betweenWords.description).toMatch(/session/)
    expect(new Set(file.betweenWords.forms).size).toBe(file.betweenWords.forms.length)
    const { betweenWords: _gone, ...without } = arFile
    expect(() => decodeLexicon(ArabicQuotesFile, "quotes/ar")(without)).toThrow(LexiconError)
  })
})
