import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-third session, helper arguill (docs/history/quotes.md, "Fifty-third session: arguill"): three shapes of Arabic
 * news that the SaudiNewsNet readings found wrong. A `«` the writer never closed (a name quoted inside it or not) ends at
 * the full stop before a sentence that opens with a new attribution, not at the paragraph's end or at the next quote's
 * `»`; a digest item's dateline credit (`* لندن - سيول: «الشرق الأوسط»`) is no quote; marks whose sentence opens with a
 * verb and a body named in marks right after it (`هدد «داعش» …`) are that body's, not the speaker quoted before.
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Rows marked
 * "must not change" read as before the session.
 */

const open: Record<string, ReadonlyArray<QuoteRow>> = {
  "a « never closed ends before a new attribution": [
    [
      'وقال [[PERSON:سامي الحداد]] إن «حزب «الأمة» لن يشارك في الحكومة المقبلة. من جهته، قال [[PERSON:خالد العمري]] إن الحوار مستمر، مضيفا أن «الأبواب مفتوحة أمام الجميع».',
      ["[سامي الحداد | قال] حزب «الأمة» لن يشارك في الحكومة المقبلة", "[خالد العمري | مضيفا] الأبواب مفتوحة أمام الجميع"]
    ],
    [
      'وقالت [[ORGANIZATION:وزارة الداخلية]] في بيان: «إن هجوما وقع في مدينة «سروج» ظهرا، وتوعدت بملاحقة المنفذين. بدوره، أعلن [[PERSON:خالد العمري]] أن 30 شخصا قتلوا، مشيرا إلى «أنه هجوم انتحاري».',
      ["[وزارة الداخلية | قالت] إن هجوما وقع في مدينة «سروج» ظهرا، وتوعدت بملاحقة المنفذين"]
    ],
    // (no mark after it: the quote ends before the writer's sentence, not at the paragraph's end)
    [
      'وأضاف [[PERSON:سامي الحداد]] أن «المصارف رفعت أسعار الفائدة مرتين هذا العام. كما أشار التقرير إلى أن الطلب على القروض تراجع في الربع الثاني.',
      ["[سامي الحداد | أضاف] المصارف رفعت أسعار الفائدة مرتين هذا العام"]
    ],
    [
      'وقال أمير المنطقة [[PERSON:خالد العمري]]: «زرت مواقع المهرجان صباح اليوم ووجدت التحضيرات في مراحلها الأخيرة. وأضاف: نثمن ما قدمته البلديات والغرف التجارية من دعم للمهرجان.',
      ["[خالد العمري | قال] زرت مواقع المهرجان صباح اليوم ووجدت التحضيرات في مراحلها الأخيرة", "[خالد العمري | أضاف] نثمن ما قدمته البلديات والغرف التجارية من دعم للمهرجان"]
    ],
    // must not change: the outer quote closes after the name quoted inside it
    ['وقال [[PERSON:سامي الحداد]] إن «تنظيم «داعش» فقد أغلب مواقعه في المنطقة». وأضاف أن المعارك مستمرة.', ["[سامي الحداد | قال] تنظيم «داعش» فقد أغلب مواقعه في المنطقة"]],
    // must not change: a quote inside the quote, the outer one closed after it
    [
      'وقال [[PERSON:سامي الحداد]]: «التقيت الوزير أمس. قال لي: «لا تقلق» ثم غادر القاعة مسرعا».',
      ["[سامي الحداد | قال] التقيت الوزير أمس. قال لي: «لا تقلق» ثم غادر القاعة مسرعا"]
    ],
    // must not change: the speech goes on, no attribution opens the next sentence (`بين` is no verb here)
    [
      'وقال [[PERSON:سامي الحداد]] «سيارات الإسعاف تنقل الجرحى إلى المستشفى. قتل الكثيرون بين 20 و30 شخصا. سأذهب للمساعدة.',
      ["[سامي الحداد | قال] سيارات الإسعاف تنقل الجرحى إلى المستشفى. قتل الكثيرون بين 20 و30 شخصا. سأذهب للمساعدة"]
    ],
    // must not change: a colon's cue before the next `«` (forty-sixth session)
    [
      'وقال [[PERSON:سامي الحداد]]: «إن «حزب الأمة» لن يشارك في الحكومة المقبلة. وأضاف [[PERSON:خالد العمري]]: «نحن مستعدون للحوار».',
      ["[سامي الحداد | قال] إن «حزب الأمة» لن يشارك في الحكومة المقبلة", "[خالد العمري | أضاف] نحن مستعدون للحوار"]
    ]
  ]
}

describeQuoteTables("Arabic marks: a « never closed before a new attribution (fifty-third session, arguill)", open)

const datelines: Record<string, ReadonlyArray<QuoteRow>> = {
  "a digest item's dateline credit is no quote": [
    [
      "أخبار سريعة\n\n* لندن - سيول: «[[ORGANIZATION:الشرق الأوسط]]» ذكرت شركة «[[ORGANIZATION:هيونداي موتور]]» الكورية الجنوبية أن مبيعاتها انخفضت خلال الشهر الماضي.",
      []
    ],
    ["* [[LOCATION:الجزائر]]: «[[ORGANIZATION:الشرق الأوسط]]» أعلنت الحكومة أمس خطة جديدة للإسكان في الولايات الجنوبية.", []],
    // must not change: a person's name before the colon, and speech in the marks
    ["[[PERSON:سامي الحداد]]: «الأمن أولا» قال الوزير في كلمته أمس.", ["[الوزير | قال] الأمن أولا"]],
    ["وقال [[PERSON:سامي الحداد]]: «الأمن أولا».", ["[سامي الحداد | قال] الأمن أولا"]]
  ]
}

describeQuoteTables("Arabic quotes: a dateline's credit in marks (fifty-third session, arguill)", datelines)

const bodies: Record<string, ReadonlyArray<QuoteRow>> = {
  "a body named in marks right after the verb owns the marks": [
    [
      "وقال [[PERSON:سامي الحداد]] إن المنفذ شاب في العشرين.\n\nفي المقابل، هدد «[[ORGANIZATION:داعش]]» الحكومة التركية بالرد بعد أن «اعتقلت إخواننا المهاجرين وضيقت علينا في كل مكان».",
      ["[داعش | null] اعتقلت إخواننا المهاجرين وضيقت علينا في كل مكان"]
    ],
    [
      "وقال [[PERSON:سامي الحداد]] إن الهدنة صامدة.\n\nوتوعد «[[ORGANIZATION:جيش الفتح]]» القوات الحكومية بالرد بعد أن «قتلت ثلاثة من قادتنا في غارة جوية على ريف حلب».",
      ["[جيش الفتح | null] قتلت ثلاثة من قادتنا في غارة جوية على ريف حلب"]
    ],
    // must not change: no body tagged in the marks after the verb (the chain decides, as before)
    [
      "وقال [[PERSON:سامي الحداد]] إن المنفذ شاب في العشرين.\n\nفي المقابل، هدد «التنظيم» الحكومة التركية بالرد بعد أن «اعتقلت إخواننا المهاجرين وضيقت علينا في كل مكان».",
      ["[سامي الحداد | null] اعتقلت إخواننا المهاجرين وضيقت علينا في كل مكان"]
    ]
  ]
}

describeQuoteTables("Arabic quotes: a body named in marks after the verb (fifty-third session, arguill)", bodies)
