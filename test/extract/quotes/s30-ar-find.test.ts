import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Session 30, finding helper (docs/history/quotes.md, "Thirtieth session (helper, finding)"): short fragments inside reported
 * speech. One word after `بأنه`/`بأنها`, two indefinite accusatives in the clause a verb reports, a relative clause
 * in marks after a quote of the same sentence, a `«` typed for `»`, and codes and numbered names in marks. Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "one word after بأنه/بأنها": [
    ['ووصفت السفيرة الأمريكية [[PERSON:جين ماركس]] العقوبات الجديدة بأنها "قاسية".', ["[جين ماركس | وصفت] قاسية"]],
    ['ووصفها الرئيس [[PERSON:سامي الحداد]] بأنها «مخيبة» وغير مقبولة.', ["[سامي الحداد | وصفها] مخيبة"]],
    ['وقال [[PERSON:سامي الحداد]] إنه التقى المبعوث ووصفه بأنه "ماكر".', ["[سامي الحداد | وصفه] ماكر"]],
    // must not fire: the bare `بأن` (the marks are the clause's subject), a mark glued to the word, a number, a name
    ['وأفاد [[PERSON:سامي الحداد]] بأن «داعش» يسيطر على المدينة.', []],
    ['ووصف [[PERSON:سامي الحداد]] المشروع بأنه"رائد" في المنطقة.', []],
    ['ووصف [[PERSON:سامي الحداد]] العام بأنه "2015" في التقرير.', []],
    ['ووصف [[PERSON:سامي الحداد]] الفريق بأنه "[[ORGANIZATION:الهلال]]" الجديد.', []],
    // must not fire: one word after a complementizer and a noun (mostly terms and names there)
    ['وقال [[PERSON:سامي الحداد]] إن العقوبات "ضرورية" للحل.', []]
  ],
  "two indefinite accusatives in reported speech": [
    ['وقال المدرب [[PERSON:سامي الحداد]] إن الفريق سوف يواجه "صراعا مريرا" هذا الموسم.', ["[سامي الحداد | قال] صراعا مريرا"]],
    ['وأكد [[PERSON:سامي الحداد]] أن الشركة حققت "تقدما جيدا" هذا العام.', ["[سامي الحداد | أكد] تقدما جيدا"]],
    // must not fire: a name after a name noun, definite words, `نا` ("us"), a name's first word with the article
    ['وقال [[PERSON:سامي الحداد]] إن مجموعة "ساسكا ميديا" تنظم الرحلة.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الفريق سيواجه "الصراع المرير" هذا الموسم.', []],
    ['وقال [[PERSON:سامي الحداد]] إن المهرجان "أبها يجمعنا" يستمر شهرا.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الشركة تبيع "[[ORGANIZATION:كوكا كولا]]" هذا العام.', []]
  ],
  "a relative clause in marks after a quote of the same sentence": [
    ['وأصدرت [[ORGANIZATION:رابطة الدول العشر]] بيانا عبرت فيه عن "قلقها العميق" بشأن أفعال الجارة"التي تهدد السلام بشكل خطير".', ["[رابطة الدول العشر | عبرت] قلقها العميق", "[رابطة الدول العشر | null] التي تهدد السلام بشكل خطير"]],
    ['وأعرب [[PERSON:سامي الحداد]] عن "أسفه الشديد" لقرار اللجنة "الذي يضر بمصالح الأندية الصغيرة".', ["[سامي الحداد | أعرب] أسفه الشديد", "[سامي الحداد | null] الذي يضر بمصالح الأندية الصغيرة"]],
    // must not fire: no relative pronoun first, a person between, too far, a speech verb between
    ['وأصدرت [[ORGANIZATION:رابطة الدول العشر]] بيانا عبرت فيه عن "قلقها العميق" بشأن أفعال الجارة "تهدد السلام بشكل خطير".', ["[رابطة الدول العشر | عبرت] قلقها العميق"]],
    ['وأعرب [[PERSON:سامي الحداد]] عن "أسفه الشديد" لقرار المدرب [[PERSON:متعب العلي]] "الذي يضر بمصالح الأندية الصغيرة".', ["[سامي الحداد | أعرب] أسفه الشديد"]],
    ['وأعرب [[PERSON:سامي الحداد]] عن "أسفه الشديد" لقرار اللجنة المنظمة للمسابقة في اجتماعها الأخير في العاصمة خلال الأسبوع الماضي "الذي يضر بمصالح الأندية".', ["[سامي الحداد | أعرب] أسفه الشديد"]],
    ['وأعرب [[PERSON:سامي الحداد]] عن "أسفه الشديد" لقرار اللجنة مضيفا "الذي يضر بمصالح الأندية الصغيرة".', ["[سامي الحداد | أعرب] أسفه الشديد", "[سامي الحداد | مضيفا] الذي يضر بمصالح الأندية الصغيرة"]]
  ],
  "a « typed for » one to three words after the open «": [
    ['إذن النظام يؤمن تمويل «داعش «الرئيسي، إضافة للنفط تبيع «داعش» الآثار المسروقة، وقال [[PERSON:سامي الحداد]] إن «الآثار مصدر دخل كبير للتنظيم في المنطقة».', ["[سامي الحداد | قال] الآثار مصدر دخل كبير للتنظيم في المنطقة"]],
    ['كما أعلنت «سابك « عن توزيع أرباح نقدية، وقال [[PERSON:سامي الحداد]] إن «الأرباح تعكس قوة الشركة في السوق».', ["[سامي الحداد | قال] الأرباح تعكس قوة الشركة في السوق"]],
    // must not fire: a name quoted inside the quote, its » within four words (balanced or not), marks balanced
    ['وأكد [[PERSON:سامي الحداد]] أن «تنظيم «داعش» في المنطقة يختلف عن غيره من التنظيمات».', ["[سامي الحداد | أكد] تنظيم «داعش» في المنطقة يختلف عن غيره من التنظيمات"]],
    ['وأكد [[PERSON:سامي الحداد]] أن «تنظيم «داعش» في المنطقة يختلف عن غيره من التنظيمات.', ["[سامي الحداد | أكد] تنظيم «داعش» في المنطقة يختلف عن غيره من التنظيمات"]],
    ['وقال [[PERSON:سامي الحداد]] إن «الشركة «الكبرى» في السوق تعمل بجد».', ["[سامي الحداد | قال] الشركة «الكبرى» في السوق تعمل بجد"]],
    ['وبدأت المجلة بموقع «النجمة أون لاين«، ثم انتقلت إلى الصحيفة. وقال [[PERSON:سامي الحداد]] إن «الموقع كان تجربة رائدة في وقته».', ["[سامي الحداد | قال] الموقع كان تجربة رائدة في وقته"]],
    // must not fire: a `«` glued to the words on both sides opens a name inside the quote
    ['وقال [[PERSON:سامي الحداد]]: «سنتوجه لـ«المحكمة الدولية)، وسيكون لنا موقف آخر عملي في القريب العاجل».', ["[سامي الحداد | قال] سنتوجه لـ«المحكمة الدولية)، وسيكون لنا موقف آخر عملي في القريب العاجل"]]
  ],
  "a code or a name with its number in reported speech": [
    ['وقال الباحثون إن السلالة الجديدة التي يرمز لها بالرمز «إس يو إس آي بي إيه2» أدت إلى نمو أسرع للنبتة.', []],
    ['وأكد رئيس الغرفة [[PERSON:سامي الحداد]] أن "معرض وظائف 2015" الذي يحتضنه المركز يهدف إلى دعم التوطين.', []],
    ['وأضاف [[PERSON:سامي الحداد]] أن "جلاكسي تاب إس2" سيكون أكثر تطورا من سابقه.', []],
    ['وقال [[PERSON:سامي الحداد]] إن "اف سي ايه" قالت في إعلان السحب إنها لا تعلم بأي اختراق.', []],
    // must not fire: a number in speech, short Arabic words, a number last without a name noun first
    ['وقال [[PERSON:سامي الحداد]] إن "13 مقاتلا فقط" قتلوا في المعركة.', ["[سامي الحداد | قال] 13 مقاتلا فقط"]],
    ['وقال [[PERSON:سامي الحداد]] إن "هو من قال ذلك" أمس.', ["[سامي الحداد | قال] هو من قال ذلك"]],
    ['وقال [[PERSON:سامي الحداد]] إن "عدد الزوار بلغ 2015" زائرا.', ["[سامي الحداد | قال] عدد الزوار بلغ 2015"]],
    ['وأعلن [[PERSON:سامي الحداد]] أن "11 شخصا قتلوا و32 أصيبوا بجروح" في الهجوم.', ["[سامي الحداد | أعلن] 11 شخصا قتلوا و32 أصيبوا بجروح"]],
    ['وأشار [[PERSON:سامي الحداد]] إلى أن "عدد المقاتلين يتخطى الـ800 مقاتل" في المدينة.', ["[سامي الحداد | أشار] عدد المقاتلين يتخطى الـ800 مقاتل"]]
  ]
}

describeQuoteTables("session 30: finding Arabic fragments", tables)

describe("session 30: the fragment rules stay linear", () => {
  it("a long paragraph of one-word marks after بأنه and relative marks scans fast", () => {
    const unit = 'ووصفه بأنه "ماكر" وقال إن الفريق سيواجه "صراعا مريرا" بشأن أفعال الجارة"التي تهدد السلام" «سابك « عن '
    const text = unit.repeat(1500)
    const t0 = performance.now()
    extractQuotes(text)
    expect(performance.now() - t0).toBeLessThan(5000)
  })
})
