import { describe, expect, it } from "vitest"
import arFile from "../../../src/lexicons/quotes/ar.json" with { type: "json" }
import { ArabicQuotesFile } from "../../../src/extract/quotes/lexicon.js"
import { decodeLexicon, LexiconError } from "../../../src/lexicons/lexicon.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Names in marks that are no speech and malformed marks (docs/history/quotes.md, "Thirty-eighth session (helper,
 * marks)"): a title and a name in marks, one to three words in marks that an apposition after them describes, a `»` or
 * `”` glued between two words that opens a quote, and a `«` or `»` typed twice. Sentences written for these tests;
 * `[[PERSON:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a title and a name in marks are no speech": [
    ['ويؤكد الوزير أن الملف بحث مع ولي العهد "الأمير [[PERSON:فيصل بن خالد]]" أثناء زيارته الأخيرة للعاصمة.', []],
    ['وعبر المدير التنفيذي [[PERSON:سامي الحداد]] عن سعادته بالفوز، رافعا التهنئة إلى رئيس الاتحاد «الأمير [[PERSON:فيصل بن خالد]]»، مؤكدا أن الفوز جاء ثمرة الدعم المتواصل.', []],
    // must not fire: the marks hold more than the name, a name with no title, speech after a colon
    ['وقال [[PERSON:سامي الحداد]] إن «الأمير فيصل زار المعرض وأشاد بالتنظيم الجيد».', ["[سامي الحداد | قال] الأمير فيصل زار المعرض وأشاد بالتنظيم الجيد"]],
    ['وقال الأمير [[PERSON:فيصل بن خالد]]: «إن المملكة ماضية في خططها التنموية».', ["[فيصل بن خالد | قال] إن المملكة ماضية في خططها التنموية"]]
  ],
  "one to three words in marks that an apposition after them describes are a name": [
    ['وتفيد الوثيقة بأن "كتائب الفجر"، وهي جماعة مسلحة محلية، نفذت الهجوم على القرية الشهر الماضي.', []],
    ['وأوضح التقرير أن المهرجان بدأ بجائزة واحدة وهي «جائزة الرواية الأولى»، وهو اليوم يضم عشر جوائز.', []],
    // must not fire: a verb of describing reports the marks, marks that open with a preposition, `وهو ما`, a present
    // verb after the pronoun
    ['ووصف [[PERSON:سامي الحداد]] الاتفاق بـ«الخطأ الكبير»، وهي العبارة التي استخدمها من قبل.', ["[سامي الحداد | وصف] الخطأ الكبير"]],
    ['وقال [[PERSON:سامي الحداد]] إنه يأمل زيارة البلاد "في أقرب وقت"، وهي دولة صديقة لبلاده.', ["[سامي الحداد | قال] في أقرب وقت"]],
    ['وقال [[PERSON:سامي الحداد]] إن الوضع "مقلق جدا"، وهو ما دفع الحكومة إلى التحرك.', ["[سامي الحداد | قال] مقلق جدا"]]
  ],
  "a closing-type mark glued between two words opens a quote": [
    ['وقال [[PERSON:سامي الحداد]] إن الحكومة»ستعلن خطة جديدة للإسكان» خلال الأسبوع المقبل.', ["[سامي الحداد | قال] ستعلن خطة جديدة للإسكان"]],
    ['وقال [[PERSON:سامي الحداد]] لرويترز»نحن مستعدون للتفاوض في أي وقت».', ["[سامي الحداد | قال] نحن مستعدون للتفاوض في أي وقت"]],
    // must not fire: a run of marks glued to the words on both sides
    ['ويكتب الناقد أن في القصيدة كلمات كثيرة»حب»وكتبت»وفاء وإخلاص» ثم ختمها بالدعاء.', []]
  ],
  "a mark typed twice is one mark": [
    ['وقال [[PERSON:سامي الحداد]]: ««إن المفاوضات وصلت إلى طريق مسدود»».', ["[سامي الحداد | قال] إن المفاوضات وصلت إلى طريق مسدود"]],
    ['والاتفاق الذي قال عنه ««[[PERSON:سامي الحداد]]»، وزير الخارجية: «إنه يمهد للحرب ويقربها».', ["[سامي الحداد | قال] إنه يمهد للحرب ويقربها"]]
  ]
}

describeQuoteTables("Arabic finding: names in marks and malformed marks (thirty-eighth session)", tables)

describe("the apposition pronouns list (thirty-eighth session)", () => {
  const decode = decodeLexicon(ArabicQuotesFile, "quotes/ar")

  it("is required, described, with no form twice", () => {
    const file = decode(arFile)
    expect(file.appositionPronouns.description).toMatch(/session/)
    expect(new Set(file.appositionPronouns.forms).size).toBe(file.appositionPronouns.forms.length)
    const { appositionPronouns: _dropped, ...rest } = arFile
    expect(() => decode(rest)).toThrow(LexiconError)
  })
})
