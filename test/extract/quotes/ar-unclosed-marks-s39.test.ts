import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A mark that is never closed and that nothing attributes (docs/history/quotes.md, "Thirty-ninth session: a mark never
 * closed"): the Arabic words from it to the paragraph's end are no quote, unless a colon or a complementizer stands
 * right before it, the paragraph before ends with a colon, or a speech verb opens its sentence. Sentences written for
 * these tests; `[[PERSON:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an unclosed mark no cue attributes is no quote": [
    // a name opened by a mark after `المدعو`, in a column, with a person named in marks before it
    [
      'وكان الكاتب قد بدأ مقاله بالحديث عن «[[PERSON:أبو حمزة]]» وأتباعه. ومن بين الموقعين على البيان المدعو «[[PERSON:سامي الحداد]]، الداعية المعروف، الذي ظهر بعد الحادث على إحدى الفضائيات ليندد به وكأننا بلا ذاكرة ولا نعرف ما قاله من قبل.',
      []
    ],
    // a saying opened by a mark after a noun, closed the wrong way
    ['وقد عمل الوزير بالمقولة « ما حك جلدك مثل ظفرك «. أما العامل الثاني فهو الثقة بالكفاءات الوطنية وتمكينها من العمل.', []],
    // a book's title whose closing mark the site dropped
    ['ووزعت الجمعية عشرة آلاف نسخة من الكتاب « كيف تنظم وقتك؟ باللغات الأردية والبنغالية والإنجليزية على العمال في المدينة.', []]
  ],
  "an unclosed mark after a colon, a complementizer or a speech verb is still speech": [
    // must not change: a colon before the mark
    ['وقال [[PERSON:سامي الحداد]]: « إن المشروع سيكتمل قبل نهاية العام الجاري وفق الخطة المعتمدة', ["[سامي الحداد | قال] إن المشروع سيكتمل قبل نهاية العام الجاري وفق الخطة المعتمدة"]],
    // a complementizer right before the mark
    ['وأوضح [[PERSON:سامي الحداد]] أن « المشروعات الجديدة ستوفر آلاف الوظائف للشباب في المنطقة', ["[سامي الحداد | أوضح] المشروعات الجديدة ستوفر آلاف الوظائف للشباب في المنطقة"]],
    // the paragraph before ends with a colon: a statement's text in a paragraph of its own
    ['وأصدرت الوزارة بيانا هذا نصه:\n\n« إن الوزارة تؤكد أن قرار فتح الفصول الجديدة جاء وفق الصلاحيات المخولة لها', ["[null | null] إن الوزارة تؤكد أن قرار فتح الفصول الجديدة جاء وفق الصلاحيات المخولة لها"]],
    // a speech verb opens the sentence, its subject and a long role before the mark
    [
      'وزادت الدكتورة [[PERSON:هند السالم]] أستاذة علم الاجتماع في الجامعة " نسأل الله أن يحفظ بلادنا من كل سوء وأن يهدي شبابنا إلى الطريق الصحيح',
      ["[هند السالم | null] نسأل الله أن يحفظ بلادنا من كل سوء وأن يهدي شبابنا إلى الطريق الصحيح"]
    ]
  ],
  "English paragraphs of a quote that runs on are left as they were": [
    [
      '"We have to bring the price down before anything else," said [[PERSON:Mark Ellis]].\n\n"There are many ways to do it, and we are looking at every one of them with our partners in the region',
      ["[Mark Ellis | said] We have to bring the price down before anything else", "[Mark Ellis | null] There are many ways to do it, and we are looking at every one of them with our partners in the region"]
    ]
  ]
}

describeQuoteTables("Arabic finding: a mark never closed (thirty-ninth session)", tables)
