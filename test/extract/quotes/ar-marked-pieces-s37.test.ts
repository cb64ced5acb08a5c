import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Later marked pieces of a sentence whose first piece a speech verb attributed, a verb of threatening after a relative
 * whose antecedent is a person, a manner phrase after ب in marks and a verb of naming after `ما` (docs/history/quotes.md,
 * "Thirty-seventh session (helper, marked pieces)"). Sentences written for these tests; `[[PERSON:text]]` marks become
 * entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a later marked piece of the sentence a speech verb's first piece stands in": [
    [
      'وفي كلمة أمام الصحفيين، قال محافظ الإقليم، [[PERSON:سامي الحداد]]، إنه لا يوجد "أي خطر" على السكان والمزارعين في الوادي الشمالي، لكن الإقليم "مستعد لكل الاحتمالات".',
      ["[سامي الحداد | قال] أي خطر", "[سامي الحداد | قال] مستعد لكل الاحتمالات"]
    ],
    [
      'وقال رئيس البلدية [[PERSON:سامي الحداد]] إن المشروع "متعثر منذ سنوات" بسبب الخلافات بين الشركاء المحليين والمقاولين، وإن تأخيره "خسارة فادحة".',
      ["[سامي الحداد | قال] متعثر منذ سنوات", "[سامي الحداد | قال] خسارة فادحة"]
    ],
    [
      'وأكدت [[PERSON:ليلى الساعدي]] أن الزيارة "كانت ناجحة بكل المقاييس" وأن الطرفين اتفقا على توقيع مذكرة التفاهم خلال الأسابيع المقبلة ضمن "إطار زمني محدد".',
      ["[ليلى الساعدي | أكدت] كانت ناجحة بكل المقاييس", "[ليلى الساعدي | أكدت] إطار زمني محدد"]
    ],
    // must not fire: a name right after a name noun, a place after جبل that the clause goes on past, a person right
    // before the later piece (its own subject), a new sentence, a participle (a new attribution) between
    [
      'وقال [[PERSON:سامي الحداد]] إن الفريق "قادر على المنافسة" في البطولة القارية التي ستقام في المدينة الساحلية بعد شهرين، وإنه سيلعب على ملعب "الأمير فيصل".',
      ["[سامي الحداد | قال] قادر على المنافسة"]
    ],
    [
      'وأكد [[PERSON:سامي الحداد]] أن المقاتلين "فرضوا سيطرتهم الكاملة" على المديرية الواقعة في ريف المحافظة الجنوبي بعد اشتباكات طويلة، قرب جبل "صبر" بعد معارك عنيفة.',
      ["[سامي الحداد | أكد] فرضوا سيطرتهم الكاملة"]
    ],
    [
      'وقال [[PERSON:سامي الحداد]] إن الاتفاق "خطوة إلى الأمام" في العلاقات بين البلدين بعد سنوات من القطيعة والتوتر، لكن [[PERSON:ليلى الساعدي]] "غير متفائلة".',
      ["[سامي الحداد | قال] خطوة إلى الأمام"]
    ],
    [
      'وقال [[PERSON:سامي الحداد]] إن الاتفاق "خطوة إلى الأمام" في العلاقات بين البلدين بعد سنوات من القطيعة. وفي المساء أعلنت الحكومة خطة "تطوير شامل للمدن".',
      ["[سامي الحداد | قال] خطوة إلى الأمام"]
    ],
    [
      'وقال [[PERSON:سامي الحداد]] إن الاتفاق "خطوة إلى الأمام" في العلاقات بين البلدين بعد سنوات طويلة من القطيعة، مشيرا إلى ضرورة "مراجعة شاملة".',
      ["[سامي الحداد | قال] خطوة إلى الأمام"]
    ]
  ],
  "a verb of threatening after a relative pronoun whose antecedent is a person": [
    ['ودافع الوزير عن الرئيس [[PERSON:سامي الحداد]]، الذي هدد الجماعات المسلحة بـ "رد قاس".', ["[سامي الحداد | هدد] رد قاس"]],
    ['ورفضت الحكومة تصريحات الوزير [[PERSON:سامي الحداد]] التي دعت إلى "ترحيل العمال".', ["[سامي الحداد | دعت] ترحيل العمال"]],
    // must not fire: no person before the relative, one word in the marks
    ['وانتقد الوزير الحزب الذي هدد خصومه بـ "رد قاس".', []],
    ['ودافع الوزير عن الرئيس [[PERSON:سامي الحداد]]، الذي هدد خصومه بـ "الرد".', []]
  ],
  "a manner phrase after ب in marks, and the term after a verb of naming": [
    ['وقال متحدث باسم الوزارة إن الحكومة تتابع التطورات "ببالغ الاهتمام" وتدعو إلى التهدئة.', ["[متحدث باسم الوزارة | قال] ببالغ الاهتمام"]],
    ['وقال [[PERSON:سامي الحداد]] إن بلاده ترفض ما أسماه "التدخل السافر" في شؤونها.', ["[سامي الحداد | قال] التدخل السافر"]],
    ['وأكدت [[PERSON:ليلى الساعدي]] أن المشكلة سببها ما أسمته «الإهمال الإداري» في المستشفى.', ["[ليلى الساعدي | أكدت] الإهمال الإداري"]],
    // must not fire: ب and a word that is no adjective of annexation (a name), a naming verb with no speech verb
    // reporting the clause, a naming verb right before a name noun
    ['وقال [[PERSON:سامي الحداد]] إن الشركة افتتحت فرعها في "برج المملكة" أمس.', []],
    ['وتخشى الحكومة ضياع ما تسميه "حقوقها التاريخية" في مياه النهر.', []],
    ['وقال [[PERSON:سامي الحداد]] إنه زار ما يسمى "الحي القديم" في المدينة.', []]
  ]
}

describeQuoteTables("Arabic finding: later marked pieces and short quotes after verbs of threatening and naming (thirty-seventh session)", tables)

describe("the naming verbs list (thirty-seventh session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("is required, described, with no form twice", () => {
    const file = decode(arFile)
    expect(file.namingVerbs.description).toMatch(/session/)
    expect(new Set(file.namingVerbs.forms).size).toBe(file.namingVerbs.forms.length)
    const { namingVerbs: _dropped, ...rest } = arFile
    expect(() => decode(rest)).toThrow(LexiconError)
  })
})
