import { describe, expect, it } from "vitest"
import { extractQuotes } from "../../../src/extract/quotes/index.js"
import { parseMarked, showQuotes as show } from "./marked.js"

/**
 * Speaker and quote errors found by reading real articles (docs/quotes.md, "Measured on real articles"), as
 * tables of sentences written for these tests in the style of the wires. Entities are given the way the
 * entity stage would tag them: `[[PERSON:text]]` / `[[ORGANIZATION:text]]` marks in the row are taken out
 * of the text and become entities (one id per distinct text); `[[PERSON:text|role]]` gives the entity a role.
 */
type Row = readonly [string, ReadonlyArray<string>]

const tables: Record<string, ReadonlyArray<Row>> = {
  "honorific pronouns (سموه, معاليه) take the person named before": [
    [
      "استقبل الأمير [[PERSON:فيصل بن سعد]] أمير المنطقة المهنئين بالعيد.\nوقال سموه: «أبواب الإمارة مفتوحة لكل مواطن».",
      ["[فيصل بن سعد | قال] أبواب الإمارة مفتوحة لكل مواطن"]
    ],
    [
      "التقى الوزير [[PERSON:خالد العمري]] بالمستثمرين.\nوأكد معاليه أن «الوزارة ستدعم المشاريع الصغيرة بكل قوة».",
      ["[خالد العمري | أكد] الوزارة ستدعم المشاريع الصغيرة بكل قوة"]
    ],
    // بقوله after the pronoun is no part of the speaker
    [
      "قال الأمير [[PERSON:فيصل بن سعد]] إن المنطقة آمنة.\nوأردف سموه بقوله: «رجال الأمن يعملون ليلا ونهارا».",
      ["[فيصل بن سعد | أردف] رجال الأمن يعملون ليلا ونهارا"]
    ],
    [
      "ألقى الشيخ [[PERSON:سعد العلي]] خطبة الجمعة.\nوقال سماحته: « الصدق أساس كل عمل صالح ».",
      ["[سعد العلي | قال] الصدق أساس كل عمل صالح"]
    ],
    // a preposition with a pronoun after the verb is no speaker (أصدرت الشركة بيانا قالت فيه: …)
    [
      "أصدرت [[ORGANIZATION:شركة الوادي]] بيانا قالت فيه: «الخسائر سببها تأخر المستحقات».",
      ["[شركة الوادي | قالت] الخسائر سببها تأخر المستحقات"]
    ],
    // a sentence that opens with a preposition: its person is no subject, the chain speaks
    [
      "قال الوزير [[PERSON:عمر الجاسم]] إن الخطة جاهزة.\nوفي كلمة أمام الرئيس [[PERSON:سامي نور]] قال: «سنبدأ التنفيذ في الربيع».",
      ["[عمر الجاسم | قال] سنبدأ التنفيذ في الربيع"]
    ],
    // no entity anywhere: the pronoun stays unresolved rather than guessed
    ["وقال سموه: «أبواب الإمارة مفتوحة لكل مواطن».", ["[null | قال] أبواب الإمارة مفتوحة لكل مواطن"]]
  ],
  "a named subject of any speech verb joins the chain (أعرب, بيّن, دعا)": [
    [
      "أعرب الشيخ [[PERSON:ناصر الفهد]] عن أمله في نجاح البطولة.\nوقال: إن الملاعب ستكون جاهزة قبل الموعد بوقت كاف.",
      ["[ناصر الفهد | قال] إن الملاعب ستكون جاهزة قبل الموعد بوقت كاف"]
    ],
    [
      "دعت الدكتورة [[PERSON:سلوى العلي]] إلى دعم الأسر المنتجة.\nوأضافت: «المشاريع المنزلية تحتاج إلى تمويل ميسر».",
      ["[سلوى العلي | أضافت] المشاريع المنزلية تحتاج إلى تمويل ميسر"]
    ]
  ],
  "a participle takes the subject of its own sentence": [
    [
      "وأكدت صحيفة [[ORGANIZATION:الأخبار اليومية]] أن الصفقة تأخرت.\nوكان [[PERSON:سامي ورد]] قد انتقد الإدارة الشهر الماضي، قائلا إنها «تتحمل جزءا كبيرا من الفشل».",
      ["[سامي ورد | قائلا] تتحمل جزءا كبيرا من الفشل"]
    ],
    // a speaker named earlier in the same sentence is the subject (the chain keeps it)
    [
      "وقال الوزير [[PERSON:عمر الجاسم]] إن الخطة جاهزة، مضيفا: «التنفيذ يبدأ في الربيع».",
      ["[عمر الجاسم | مضيفا] التنفيذ يبدأ في الربيع"]
    ]
  ],
  "after قد the subject stands before the verb": [
    [
      "وكان الرئيس [[PERSON:جمال سعيد]] قد انتقد الحكومة في خطاب أمس، وقال إن «الإصلاحات تأخرت كثيرا عن موعدها».",
      ["[جمال سعيد | قال] الإصلاحات تأخرت كثيرا عن موعدها"]
    ],
    [
      "وكانت [[ORGANIZATION:هيئة الطيران]] قد أعلنت في بيان: «الرحلات ستعود إلى طبيعتها خلال أسبوع».",
      ["[هيئة الطيران | أعلنت] الرحلات ستعود إلى طبيعتها خلال أسبوع"]
    ]
  ],
  "a person after a comma or an honorific in the clause is the speaker": [
    [
      "وقال الرئيس التنفيذي لشركة [[ORGANIZATION:نجمة]]، [[PERSON:مازن الخطيب]]: «حققنا أفضل نتائج في تاريخ الشركة».",
      ["[مازن الخطيب | قال] حققنا أفضل نتائج في تاريخ الشركة"]
    ],
    [
      "أوضح مدير فرع الزراعة في المنطقة المهندس [[PERSON:فهد السالم]] أن الزيارة مهمة.\nوقال: «سننظر في كل المطالب».",
      ["[فهد السالم | قال] سننظر في كل المطالب"]
    ],
    [
      "وأضاف المدير العام للشركة \"سياحة\" المهندس [[PERSON:صالح العمر]]: «العروض تستمر أربعين يوما».",
      ["[صالح العمر | أضاف] العروض تستمر أربعين يوما"]
    ],
    // a person after مع is another party, not the speaker
    [
      "وقال الوزير في اتصال مع نظيره [[PERSON:جون ميلر]]: «العلاقات بين البلدين قوية».",
      ["[الوزير | قال] العلاقات بين البلدين قوية"]
    ]
  ],
  "kinship before a name: the speaker is the relative": [
    [
      "وقال والد [[PERSON:أحمد سعيد]] للصحفيين: «ابني لم يرتكب أي خطأ».",
      ["[والد أحمد سعيد | قال] ابني لم يرتكب أي خطأ"]
    ],
    [
      "وقالت محامية [[PERSON:ريم حداد]] إن «موكلتي ستستأنف الحكم فورا».",
      ["[محامية ريم حداد | قالت] موكلتي ستستأنف الحكم فورا"]
    ]
  ],
  "names and titles in marks are not speech": [
    ["وأشار في حديث لصحيفة «أخبار المدينة الكبرى» إلى أن المشروع تأخر.", []],
    ["ويضم التقرير فصلا جديدا بعنوان \"الطريق نحو مدن بلا انبعاثات\" يشرح الخطة.", []],
    ["وأوضح المنظم أن الحفل يتضمن أوبريت \"حكاية البحر.. وقصة الجبل\" من كلمات الشاعر.", []],
    ["وقالت الصحيفة نقلا عن \"مسؤول حكومي رفيع المستوى\" إن القرار نهائي.", []],
    // speech right after the verb and its speaker, without a colon, is still speech
    ["وقال رئيس البلدية \"سنفتتح الحديقة الجديدة في الصيف\".", ["[رئيس البلدية | قال] سنفتتح الحديقة الجديدة في الصيف"]],
    ["وقال الإعلام الرسمي إن المناورات تعد \"تهديدا خطيرا للسلم في المنطقة\".", ["[الإعلام الرسمي | قال] تهديدا خطيرا للسلم في المنطقة"]]
  ],
  "a verb inside quoted words attributes nothing": [
    [
      "وقال المدرب [[PERSON:كريم حسن]]: «كان اللاعب يقول دائما إنه سيصبح الأفضل».\nوأضاف: «لقد وفى بوعده هذا الموسم».",
      ["[كريم حسن | قال] كان اللاعب يقول دائما إنه سيصبح الأفضل", "[كريم حسن | أضاف] لقد وفى بوعده هذا الموسم"]
    ]
  ],
  "a speaker named in quotation marks": [
    [
      'وقال "سامر" شقيق الضحية: "خرج والدي إلى المسجد كعادته ولم يعد".\nوتساءل "سامر": "من يعيد لنا حقنا بعد اليوم؟"',
      ["[سامر | قال] خرج والدي إلى المسجد كعادته ولم يعد", "[سامر | تساءل] من يعيد لنا حقنا بعد اليوم؟"]
    ],
    [
      'وقال "كيم سونغ هو"، الذي يعتقد أنه مسؤول رفيع: "نحن مستعدون للرد على أي هجوم".',
      ["[كيم سونغ هو | قال] نحن مستعدون للرد على أي هجوم"]
    ],
    [
      'وأعلنت جماعة "أنصار الفجر"، في حساب باسمها، أن الهجمات "أسفرت عن مقتل عشرة من الجنود".',
      ['[جماعة "أنصار الفجر" | أعلنت] أسفرت عن مقتل عشرة من الجنود']
    ],
    [
      'وقالت جماعة "ولاية [[LOCATION:الساحل]]" في بيان: "نفذنا الهجوم فجر اليوم".',
      ['[جماعة "ولاية الساحل" | قالت] نفذنا الهجوم فجر اليوم']
    ],
    // four words in marks right after the speaker are speech, not a name
    ['وقال رئيس البلدية "سنفتتح الحديقة في الصيف" خلال الحفل.', ["[رئيس البلدية | قال] سنفتتح الحديقة في الصيف"]]
  ],
  "a colon after a name in marks": [
    [
      "وقالت في تصريح صحافي مساء الأحد خصت «المدينة» بنسخة منه: الخطة تحتاج إلى موافقة المجلس أولا.",
      ["[null | قالت] الخطة تحتاج إلى موافقة المجلس أولا"]
    ]
  ],
  "words quoted inside reported speech (a complementizer between the verb and the marks)": [
    ['وقال المدرب [[PERSON:سامي العلي]] إن الفريق كان يستحق "فوزا كبيرا جدا".', ["[سامي العلي | قال] فوزا كبيرا جدا"]],
    ['وأشار التقرير إلى أن توظيف الشباب في القطاع "زاد بشكل كبير".', ["[التقرير | أشار] زاد بشكل كبير"]],
    // a mark glued to the word before it opens a name (الـ«…»)
    ["وقال المدير [[PERSON:سامي العلي]] إن الـ«إف بي آي» عاجز عن قراءة الرسائل المشفرة.", []]
  ],
  "an adverb of manner after the verb is no speaker": [
    [
      'قال الوزير [[PERSON:خالد العمري]] إن الطريق سيفتتح قريبا.\nوقال ساخرا إن "بعض المقاولين لا يعرفون معنى الموعد".',
      ["[خالد العمري | قال] بعض المقاولين لا يعرفون معنى الموعد"]
    ],
    ['وقال المدير مازن إن الخطة جاهزة.\nوقال مبتسماً: "لن نتأخر هذه المرة أبدا".', ["[المدير مازن | قال] لن نتأخر هذه المرة أبدا"]]
  ],
  "a phrase that opens with the role of a person named before": [
    [
      'وقال الرئيس الأمريكي [[PERSON:جون سميث|الرئيس الأمريكي]] إن الاقتصاد قوي.\nوانتقد الرئيس الأمريكي إدارة الرئيس السابق [[PERSON:بيتر براون|الرئيس السابق]] قائلا إنها "تركت لنا ديونا ضخمة".',
      ["[جون سميث | قائلا] تركت لنا ديونا ضخمة"]
    ],
    // another person right after the role is that person
    [
      'وقال الرئيس الأمريكي [[PERSON:جون سميث|الرئيس الأمريكي]] إن الاقتصاد قوي.\nوقال الرئيس الأمريكي السابق [[PERSON:بيتر براون]]: "الاقتصاد كان أقوى في عهدي".',
      ["[بيتر براون | قال] الاقتصاد كان أقوى في عهدي"]
    ]
  ],
  "a colon quote ends before a sentence whose verb and colon come a few words in": [
    [
      "وقال المحلل [[PERSON:هاني سالم]]: الوضع الميداني يتحسن كل يوم. وعن توقعاته للأسابيع المقبلة يقول: الحسم بات قريبا جدا.",
      ["[هاني سالم | قال] الوضع الميداني يتحسن كل يوم", "[هاني سالم | يقول] الحسم بات قريبا جدا"]
    ]
  ],
  "an addressee after the verb is no speaker; the subject may follow it": [
    [
      'وقال [[PERSON:دينيس إدريسا]] إن الفريق مستعد.\nوأضاف ل[[ORGANIZATION:بي بي سي]] "الجميع هنا يعمل بجد من أجل الفوز".',
      ["[دينيس إدريسا | أضاف] الجميع هنا يعمل بجد من أجل الفوز"]
    ],
    ['وأوضح لـ"الأخبار" [[PERSON:سامي العلي]] أن "المشروع سيكتمل قبل نهاية العام".', ["[سامي العلي | أوضح] المشروع سيكتمل قبل نهاية العام"]]
  ],
  "a bare noun of a body: the organisation after من/في": [
    ['وقال محقق من [[ORGANIZATION:هيئة سلامة النقل]] في التقرير: "المحرك توقف فجأة قبل الهبوط".', ["[هيئة سلامة النقل | قال] المحرك توقف فجأة قبل الهبوط"]]
  ],
  "more attributions of real articles (Arabic)": [
    // a verb that needs a mark, right before it
    ['وسئل [[PERSON:سامي العلي]] عن الخطة، فأجاب "سنعلن التفاصيل في الوقت المناسب".', ["[سامي العلي | أجاب] سنعلن التفاصيل في الوقت المناسب"]],
    // kinship anywhere before the person in the phrase
    ['وقال والد الشهيد الطالب [[PERSON:أحمد سعيد]]: "ابني فخر لنا جميعا".', ["[والد الشهيد الطالب أحمد سعيد | قال] ابني فخر لنا جميعا"]],
    // a preposition and a noun of manner where the subject would stand
    [
      'قال [[PERSON:جون سميث]] إن المفاوضات صعبة.\nوأشار باستخفاف إلى خصومه قائلا إنهم "لا يعرفون شيئا أبدا".',
      ["[جون سميث | قائلا] لا يعرفون شيئا أبدا"]
    ],
    // a participle's subject: its clause starts after a comma and a clause opener
    [
      'ولم يعلق [[PERSON:جون سميث]] على الحادث حتى الآن، ولكن [[PERSON:سامي العلي]] دافع عن الموقف قائلا إن "التحقيق لم ينته بعد".',
      ["[سامي العلي | قائلا] التحقيق لم ينته بعد"]
    ],
    // …but a name that ends in alif stays a name (أوباما, not an adverb)
    ['قال [[PERSON:جون سميث]] إن الحرب طويلة.\nوفي كلمة أمام المحاربين، قال أوباما: «إن التهديد يصعب التنبؤ به».', ["[أوباما | قال] إن التهديد يصعب التنبؤ به"]],
    // a time word or a word with an attached pronoun after the verb is no speaker
    ['وقال [[PERSON:سامي العلي]] إن الموسم صعب.\nوكان قد قال وقتها "لا أرغب في التعليق على قرارات الحكام".', ["[سامي العلي | قال] لا أرغب في التعليق على قرارات الحكام"]],
    // …and a name after ب stays a name, and a name in marks before an adjective or a far colon stays the speaker
    ['قال [[PERSON:علاء صقر]] إن العمل صعب.\nوأضاف بينهام أن "الخطر كبير جدا على الجميع".', ["[بينهام | أضاف] الخطر كبير جدا على الجميع"]],
    ['وقالت "الراية" القطرية إن "الإجراءات الأخيرة لن تغير شيئا".', ["[الراية | قالت] الإجراءات الأخيرة لن تغير شيئا"]],
    ['وقالت "لورا آن كول" من كلية الطب في جامعة الشمال التي قادت فريق الباحثين: إن النتائج واضحة.', ["[لورا آن كول | قالت] إن النتائج واضحة"]],
    // نقل عن X … قوله: a long description of X before قوله
    [
      'ونقل موقع الأخبار عن [[PERSON:سامي العلي]] مدير العلاقات الخارجية في شركة الغاز الوطنية الكبرى قوله إن السوق مهمة.\nوأضاف "سنسعى لرفع الصادرات إلى أعلى مستوى ممكن هذا العام".',
      ["[سامي العلي | أضاف] سنسعى لرفع الصادرات إلى أعلى مستوى ممكن هذا العام"]
    ],
    // a quote that ends its sentence takes no verb from the next sentence, which has speech of its own
    [
      'قال [[PERSON:سامي العلي]] إن السوق مهمة.\n"سنراقب عن كثب كيف يتعامل المستثمرون مع القرار في الأشهر المقبلة." وقال الوزير [[PERSON:خالد العمري]] إن الإنتاج سيرتفع.',
      ["[سامي العلي | null] سنراقب عن كثب كيف يتعامل المستثمرون مع القرار في الأشهر المقبلة"]
    ],
    // three words in marks right after the verb are speech
    ['وقال [[PERSON:سامي العلي]] إن الإدارة ستنتظر.\nوأضاف "البلاغات الكاذبة المتكررة" حدثت من قبل.', ["[سامي العلي | أضاف] البلاغات الكاذبة المتكررة"]]
  ],
  "a verb with no subject that opens its sentence takes the subject of the sentence before": [
    [
      "قال [[PERSON:سامي الحربي]] إن الوفد وصل.\nوتبنت [[ORGANIZATION:الجبهة الشعبية]] الهجوم على القافلة. وقالت: إن العملية رد على القصف الأخير.",
      ["[الجبهة الشعبية | قالت] إن العملية رد على القصف الأخير"]
    ],
    [
      "قال [[PERSON:سامي الحربي]] إن المنتج رائج.\nوكانت المصممة الشابة [[PERSON:سلمى راشد]] تعمل في ورشة صغيرة.\nوكتبت على صفحتها: «جربت كل الحلول المتاحة ولم ينجح شيء»",
      ["[سلمى راشد | كتبت] جربت كل الحلول المتاحة ولم ينجح شيء"]
    ],
    // …not a verb that goes on with the last speaker's words, not an object after a definite subject, not يذكر أن
    [
      "قال [[PERSON:سامي الحربي]] إن الوفد وصل.\nوتبنت [[ORGANIZATION:الجبهة الشعبية]] الهجوم.\nوأضاف: «الوضع هادئ الآن في المدينة»",
      ["[سامي الحربي | أضاف] الوضع هادئ الآن في المدينة"]
    ],
    [
      "قال [[PERSON:سامي الحربي]] إن الوفد وصل.\nولام الوزير الأول [[ORGANIZATION:الحزب المعارض]] على التأخير.\nوقال: «لن نقبل بهذا التأخير أبدا»",
      ["[سامي الحربي | قال] لن نقبل بهذا التأخير أبدا"]
    ],
    [
      'قالت [[ORGANIZATION:وزارة الخارجية]] إن الاحتجاج سلم.\nوتحدث [[PERSON:جون سميث]] مع الرئيسة أمس.\nيذكر ان البلدين يتعاونان، وتزود العاصمة الجزيرة بما تقول إنها "أسلحة تكفي للدفاع عن نفسها".',
      ["[وزارة الخارجية | تقول] أسلحة تكفي للدفاع عن نفسها"]
    ]
  ],
  "a colon quote ends before a comma, a speech verb and its colon": [
    [
      "وقالت [[ORGANIZATION:وزارة النقل]]: إن الطرق مغلقة بسبب الثلوج، وأضافت: إن فرق الصيانة تعمل منذ الفجر.",
      ["[وزارة النقل | قالت] إن الطرق مغلقة بسبب الثلوج", "[وزارة النقل | أضافت] إن فرق الصيانة تعمل منذ الفجر"]
    ]
  ],
  "نقل عن X، وصفه … «…»: the quote follows the source's description": [
    [
      'ونقلت الوكالة عن [[PERSON:كريم سعد]]، مدير مجلة "أسواق اليوم" ومقرها دبي "عاد المستثمرون إلى السوق بعد غياب طويل".',
      ["[كريم سعد | نقلت] عاد المستثمرون إلى السوق بعد غياب طويل"]
    ],
    // a name in marks inside the cue (the outlet) is no quote
    [
      "ونقلت قناة «أخبار المدينة اليوم» عن [[PERSON:كريم سعد]]، مسؤول المرور، قوله إن «الطرق ستفتح خلال ساعات قليلة».",
      ["[كريم سعد | نقلت] الطرق ستفتح خلال ساعات قليلة"]
    ],
    // no quote, no cue
    ["ونقل المصابون عن طريق [[ORGANIZATION:الهلال الأحمر]]، إلى المستشفى القريب.", []]
  ],
  "بقوله: after a verb that is no speech verb": [
    [
      "وأخيرا اكتفى [[PERSON:ماجد العلي]] بقوله: الحمد لله على كل حال. والعمل في الموقع مستمر منذ الصباح.",
      ["[ماجد العلي | بقوله] الحمد لله على كل حال"]
    ],
    ['ورد [[PERSON:ماجد العلي]] على منتقديه بقوله إن «القرار اتخذ بعد دراسة طويلة».', ["[ماجد العلي | بقوله] القرار اتخذ بعد دراسة طويلة"]],
    // scripture (printed vocalized) and بقوله تعالى are no speech of the text
    ["بشرهم [[PERSON:ماجد العلي]] بالنصر بقوله: إِنَّ اللَّهَ مَعَ الصَّابِرِينَ دائما.", []],
    ["واستشهد [[PERSON:ماجد العلي]] بقوله تعالى: وأوفوا بالعهد إن العهد كان مسؤولا.", []]
  ],
  "a one-word definite subject is the person named right after its earlier use": [
    [
      "وقالت المتحدثة باسم الشرطة، [[PERSON:ليلى حسن]]، إن التحقيق مستمر.\nوقال [[PERSON:سامي الحربي]] إن الأهالي قلقون.\nوقالت المتحدثة: «لا نستبعد أي فرضية حتى الآن».",
      ["[ليلى حسن | قالت] لا نستبعد أي فرضية حتى الآن"]
    ],
    // …not the member of a body the word names (مدير المرصد X: المرصد stays)
    [
      "وقال مدير المرصد [[PERSON:رامي سالم|مدير المرصد]] إن القصف استمر.\nوأفاد المرصد بأن «القصف استمر حتى ساعات الصباح الأولى».",
      ["[المرصد | أفاد] القصف استمر حتى ساعات الصباح الأولى"]
    ],
    // …nor a name after another word (الشباب يضم X)
    [
      "الشباب يضم [[PERSON:سيف الكويتي]] لموسمين\nوقال الشباب في حسابه: «وقعنا رسميا مع اللاعب لمدة موسمين»",
      ["[الشباب | قال] وقعنا رسميا مع اللاعب لمدة موسمين"]
    ]
  ],
  "ل and a definite noun after the verb is an addressee": [
    [
      "قال [[PERSON:سامي الحربي]] إن الوفد وصل.\nوقال للصحفيين الذين رافقوه: «الزيارة ناجحة بكل المقاييس».",
      ["[سامي الحربي | قال] الزيارة ناجحة بكل المقاييس"]
    ]
  ],
  "a question word after the verb is no speaker": [
    [
      'وقال [[PERSON:سعد الحربي]]: "الموسم كان صعبا علينا جميعا".\nوتساءل ماذا بعد: "هل ستبقى الأسعار على حالها طوال العام؟"',
      ["[سعد الحربي | قال] الموسم كان صعبا علينا جميعا", "[سعد الحربي | تساءل] هل ستبقى الأسعار على حالها طوال العام؟"]
    ]
  ],
  "English: speech the scrape joined from several paragraphs opens again after a full stop": [
    [
      'Mr [[PERSON:Tom Reed]] said in a statement: "The storm was severe. "Crews worked through the night. "We expect power back by Friday."',
      ["[Tom Reed | said] The storm was severe", "[Tom Reed | null] Crews worked through the night", "[Tom Reed | null] We expect power back by Friday"]
    ],
    // a mark glued to the word before it still closes
    ['[[PERSON:Tom Reed]] said: "We are ready." Then he left.', ["[Tom Reed | said] We are ready"]]
  ],
  "English: the name before an apposition that is a title, an age or a clause": [
    ['[[PERSON:Lord Hale]], Minister for Rural Affairs, said he was "deeply concerned about the flooding".', ["[Lord Hale | said] deeply concerned about the flooding"]],
    ['Lord Hale, Minister for Rural Affairs, said he was "deeply concerned about the flooding".', ["[Lord Hale | said] deeply concerned about the flooding"]],
    ['The council leader, [[PERSON:Anne Marsh]], said: "The budget is balanced for the first time."', ["[Anne Marsh | said] The budget is balanced for the first time"]],
    ['Mr [[PERSON:Cole]] said the bridge was shut. Mr [[PERSON:Davis]], 54, said: "I have never seen the river this high."', ["[Davis | said] I have never seen the river this high"]],
    [
      '[[PERSON:Tom Reed]] said the tour was sold out. [[PERSON:Ana Ruiz]], whose new album is out next month, has said it is "the most personal record I have made".',
      ["[Ana Ruiz | said] the most personal record I have made"]
    ]
  ],
  "English: he or she after a sentence whose subject is a person who has not spoken yet": [
    [
      '[[PERSON:Jane Hill]] said the talks had stalled. [[PERSON:Mark Dunn]] refused to comment on the figures. "We will not negotiate in public," he said.',
      ["[Mark Dunn | said] We will not negotiate in public"]
    ],
    // the pronoun's gender against the title before the name
    [
      'Ms [[PERSON:Jane Hill]] said the talks had stalled. Mr [[PERSON:Mark Dunn]] refused to comment. "We will not negotiate in public," she said.',
      ["[Jane Hill | said] We will not negotiate in public"]
    ],
    // a speaker named in the sentence before keeps the chain
    [
      '[[PERSON:Jane Hill]] said [[PERSON:Mark Dunn]] had left. "He did not say goodbye to anyone," she said.',
      ["[Jane Hill | said] He did not say goodbye to anyone"]
    ],
    // a sentence that opens with `he` refers further back; the sentence before may end the paragraph before
    [
      '[[PERSON:Tom Reed]] said the squad was ready. Captain [[PERSON:Sam Hale]] has recovered from injury.\nBut he then missed the final. "It was the hardest day of my career," he said.',
      ["[Sam Hale | said] It was the hardest day of my career"]
    ],
    // a verb that takes an addressee after a comma has no inverted subject (`…, told BBC News:`)
    [
      '[[PERSON:Tom Reed]] said rates would rise. [[PERSON:Carl Moss]], from the Institute, told [[ORGANIZATION:BBC News]]: "We are not so sure."',
      ["[Carl Moss | told] We are not so sure"]
    ],
    // a clause that ends in a name after a comma: the verb's subject follows it
    ['[[PERSON:Tom Reed]] said prices were high. They would keep rising until the spring, warned [[PERSON:Ruth Lane]]. "Buyers should act now," she said.', ["[Ruth Lane | said] Buyers should act now"]]
  ],
  "English: a quote goes on after its attribution sentence": [
    [
      '"Prices are rising in every region," said [[PERSON:Jo Park]], an economist at the Bank of the North West. "It is no longer a risk."',
      ["[Jo Park | said] Prices are rising in every region", "[Jo Park | null] It is no longer a risk"]
    ],
    // `according to` names the source for the pronoun after it
    [
      '[[PERSON:Tom Reed]] said the band was tired. They will tour again, according to the magazine editor [[PERSON:Lucy Marsh]].\n"They are more determined than ever to play live," she added.',
      ["[Lucy Marsh | added] They are more determined than ever to play live"]
    ],
    // `X, who argues`: the relative pronoun stands for X
    [
      '[[PERSON:Tom Reed]] said the treaty was weak. [[PERSON:Sara Lee]], who argues the treaty is "a fair deal for every member", has said the vote can wait.',
      ["[Sara Lee | argues] a fair deal for every member"]
    ]
  ],
  "English: possessives, nouns that look like verbs, long appositions": [
    ['"We are honoured to have won the rights," said Sky Networks\' Sophie Turner Laing.', ["[Sophie Turner Laing | said] We are honoured to have won the rights"]],
    [
      '[[PERSON:Tom Reed]] said the vote was close. Mr [[PERSON:Ian Ross]] on Sunday dismissed claims of a rift, saying: "We have dealt with this already."',
      ["[Ian Ross | saying] We have dealt with this already"]
    ],
    [
      '[[PERSON:Tom Reed]] said the budget was tight. Mr [[PERSON:Ian Ross]], who stepped down from his post at the Treasury to stand as a candidate in the election, had suggested it would balance "with a margin to spare".',
      ["[Ian Ross | suggested] with a margin to spare"]
    ]
  ],
  "English: passives and relative pronouns name no speaker": [
    [
      '[[PERSON:Sam Cole]] said the club would appeal. Officials were said to be "deeply unhappy with the ruling". "We will fight this all the way," he said.',
      ["[Sam Cole | said] We will fight this all the way"]
    ],
    [
      '[[PERSON:Paul Hart]] said the deal was done. The price rose, which suggests more bidders. "It was a fair process from start to finish for everyone."',
      ["[Paul Hart | null] It was a fair process from start to finish for everyone"]
    ]
  ]
  ,
  "a clock time or a score is no speech colon": [
    ["وقال الوزير إن القطار غادر المحطة عند الساعة 5:40 صباحا متأخرا عن موعده.", []],
    ["وأعلنت الشرطة أن الحادث وقع في الساعة 10:30 مساء أمس قرب الجسر الجديد.", []],
    ["وقال المتحدث إن الجلسة ستبدأ في تمام الساعة ١١:٠٠ بتوقيت مكة المكرمة.", []],
    ["He said the match ended 2:1 after extra time and the fans stayed to sing.", []],
    // a colon after the time still introduces speech
    ["وقال المدير في الساعة 9:15 صباحا: «بدأنا العمل في الموعد المحدد»", ["[المدير | قال] بدأنا العمل في الموعد المحدد"]],
    ["وقال مدير الأمن: نتابع الوضع منذ الساعة 6:30 ولن نغادر قبل انتهاء المباراة.", ["[مدير الأمن | قال] نتابع الوضع منذ الساعة 6:30 ولن نغادر قبل انتهاء المباراة"]]
  ],
  "يذكر أن (the writer's background clause) is no speech": [
    ["يُذكر أن «المهرجان يقام سنويا منذ عشرين عاما في المدينة».", []],
    ["وقال مدير الشركة [[PERSON:خالد العلي]] إن الأرباح ارتفعت.\nويذكر أن «المهرجان يقام سنويا منذ عشرين عاما في المدينة».", []],
    ["وقال الوزير: «المشروع يسير وفق الخطة».\nيذكر أن «الوزارة أطلقت المشروع قبل عامين بتمويل حكومي كامل».", ["[الوزير | قال] المشروع يسير وفق الخطة"]],
    // a subject makes it speech again; a speech verb after the formula keeps its quote
    ["يذكر التقرير أن «الأسعار سترتفع في الربع المقبل بنسبة كبيرة».", ["[التقرير | يذكر] الأسعار سترتفع في الربع المقبل بنسبة كبيرة"]],
    ["ويذكر أن المصنع افتتح قبل عامين، وقال مديره [[PERSON:فهد السالم]]: «سنضاعف الإنتاج في العام المقبل».", ["[فهد السالم | قال] سنضاعف الإنتاج في العام المقبل"]],
    ["وقال المدير: الخطة جاهزة للتنفيذ. ويذكر أن الخطة أقرت العام الماضي.", ["[المدير | قال] الخطة جاهزة للتنفيذ"]]
  ],
  "ل and a news agency after the verb is the interviewer, not the speaker": [
    ["قال قائد الشرطة لرويترز: «لن نسمح بأي فوضى في الشوارع».", ["[قائد الشرطة | قال] لن نسمح بأي فوضى في الشوارع"]],
    ["قال قائد الشرطة ل[[ORGANIZATION:رويترز]]: «لن نسمح بأي فوضى في الشوارع».", ["[قائد الشرطة | قال] لن نسمح بأي فوضى في الشوارع"]],
    ["وقال مسؤول أمني للأناضول: «الهجوم استهدف نقطة تفتيش قرب الحدود».", ["[مسؤول أمني | قال] الهجوم استهدف نقطة تفتيش قرب الحدود"]],
    ["وقال لرويترز مدير المستشفى: «استقبلنا عشرات الجرحى منذ الصباح».", ["[مدير المستشفى | قال] استقبلنا عشرات الجرحى منذ الصباح"]],
    ["وأضاف لوكالة فرانس برس [[PERSON:سامي الحربي]] أن «الخطة جاهزة للتنفيذ قريبا».", ["[سامي الحربي | أضاف] الخطة جاهزة للتنفيذ قريبا"]],
    // ل and a body that is no news agency is a genitive, part of the speaker
    ["وقال المدير التنفيذي ل[[ORGANIZATION:شركة النور]]: «سنضاعف الإنتاج خلال العام المقبل».", ["[شركة النور | قال] سنضاعف الإنتاج خلال العام المقبل"]],
    // the writer as the addressee: لي, لنا ("to me", "to us")
    ["وقال لي مسؤول في الوزارة: «لن نسمح بتكرار ما حدث».", ["[مسؤول في الوزارة | قال] لن نسمح بتكرار ما حدث"]],
    ["وأكد لنا مدير المدرسة أن «الطلاب عادوا إلى الفصول بعد العطلة».", ["[مدير المدرسة | أكد] الطلاب عادوا إلى الفصول بعد العطلة"]]
  ],
  "a person in an apposition after the role of a speech verb's subject joins the chain": [
    [
      "قال المتحدث [[PERSON:كمال يوسف]] إن المحادثات متوقفة.\nوتبادل الطرفان التصريحات في الأيام الأخيرة، إذ حذر نائب الرئيس، [[PERSON:سامر حداد]]، في زيارته إلى المنطقة جيرانه من مغبة التصعيد، قائلا إن «صبر الحكومة على هذه الاستفزازات نفد».",
      ["[سامر حداد | قائلا] صبر الحكومة على هذه الاستفزازات نفد"]
    ],
    // the role's place after في stands between the role and the name
    [
      "وقال مدير مكتب الجمعية الخيرية لرعاية الأيتام، في [[LOCATION:الأردن]] [[PERSON:ماجد الخطيب]] إن «الجمعية تكفلت بمئتي طفل هذا العام».",
      ["[ماجد الخطيب | قال] الجمعية تكفلت بمئتي طفل هذا العام"]
    ],
    // a place after في that is no role's place: the name after it is not read past a colon
    [
      "وقال مدير المدرسة في [[LOCATION:جدة]]: «[[PERSON:ماجد الخطيب]] كان أول الناجحين في الصف».",
      ["[مدير المدرسة | قال] ماجد الخطيب كان أول الناجحين في الصف"]
    ],
    // a person after من or a relative clause is someone else (the man's chief), not the subject
    [
      "قال المتحدث [[PERSON:كمال يوسف]] إن الوضع هادئ.\nوحذر المستشار الذي يعمل إلى جانب قائد الأركان، [[PERSON:سامر حداد]]، من التصعيد في المنطقة الحدودية، قائلا إن «الصبر بدأ ينفد لدى الجميع».",
      ["[كمال يوسف | قائلا] الصبر بدأ ينفد لدى الجميع"]
    ],
    // with no person in an apposition, the participle keeps the subject of the speech verb before it
    [
      "قال الوزير [[PERSON:سعد حسن]] إن الموازنة جاهزة.\nوحذر رئيس اللجنة المالية في البرلمان من العجز، قائلا إن «الأرقام لا تبشر بخير هذا العام».",
      ["[رئيس اللجنة المالية | قائلا] الأرقام لا تبشر بخير هذا العام"]
    ]
  ],
  "نفى and نبه attribute partial quotes": [
    ["وقال الوزير [[PERSON:سعد حسن]] إن الحوار مستمر. ونفى أن حكومته تقدم دعما «لأي جماعة مسلحة في المنطقة».", ["[سعد حسن | نفى] لأي جماعة مسلحة في المنطقة"]],
    ["ونبهت الوزيرة [[PERSON:هدى سالم]] إلى أن الخطط يجب أن تكون «واقعية وقابلة للتنفيذ».", ["[هدى سالم | نبهت] واقعية وقابلة للتنفيذ"]]
  ],
  "marks after a noun that names a company, a body or a work are a name": [
    ["وقال المحلل [[PERSON:جاد خوري]] من شركة «آفاق للاستشارات المالية الدولية» إن «قطاع الخدمات ما زال يحقق النمو الأكبر».", ["[جاد خوري | قال] قطاع الخدمات ما زال يحقق النمو الأكبر"]],
    ["أصدرت الشاعرة ديوانها «أحلام على حافة الليل الطويل في مدينة الغرباء» عن دار نشر في بيروت.", []]
  ],
  // session 7 (English, read on BBC News): the rows failed on the code before the rules they are listed under, but
  // for three guards that passed before too and keep the rules from over-reaching (`an old saying`, a term quoted
  // inside a sentence, a relative clause after the name)
  "English participles attach speech to the subject of their clause (`…, saying:`, `with a spokesman adding:`, `quoted as saying`)": [
    ["[[PERSON:Jane Hill]] opened the meeting.\n[[PERSON:Tom Reed]] attacked the plan on Monday, saying: \"It will cost far more than anyone has said.\"", ["[Tom Reed | saying] It will cost far more than anyone has said"]],
    ["[[PERSON:Ann Lee]] spoke first.\nThe council defended the decision, with a spokesman saying: \"The process was fair and open to all.\"", ["[The council | saying] The process was fair and open to all"]],
    ["[[ORGANIZATION:Berlin Bank]] welcomed the move, with finance chief [[PERSON:Karl Haas]] telling reporters: \"We are on the right track at last.\"", ["[Karl Haas | telling] We are on the right track at last"]],
    ["[[PERSON:Tom Reed]] spoke first.\nMeanwhile [[PERSON:Ann Lee]] hit back, warning that the cuts would leave \"nobody in the town safe\".", ["[Ann Lee | warning] nobody in the town safe"]],
    ["\"We are done here,\" said [[PERSON:Tom Reed]], adding: \"There is nothing more to say today.\"", ["[Tom Reed | said] We are done here", "[Tom Reed | adding] There is nothing more to say today"]],
    ["[[PERSON:Ann Lee]] spoke first.\nThe rivals have failed the town, [[PERSON:Tom Reed]] claimed, saying they had \"no plan at all for the roads\".", ["[Tom Reed | saying] no plan at all for the roads"]],
    ["[[PERSON:Ann Lee]] spoke first.\nBy declaring their savings, families would be able to \"start again with a clean slate\", [[PERSON:Tom Reed]] stressed.", ["[Tom Reed | stressed] start again with a clean slate"]],
    ["[[ORGANIZATION:Reuters]] quoted [[PERSON:Ann Lee]] as saying: \"We will not sell the company to anyone.\"", ["[Ann Lee | saying] We will not sell the company to anyone"]],
    ["[[PERSON:Tom Reed]] met the board.\nHe was quoted as saying: \"We will never give in to their demands.\"", ["[Tom Reed | saying] We will never give in to their demands"]],
    ["It is an old saying in the valley: \"The river always takes its share of the harvest.\"", ["[null | null] The river always takes its share of the harvest"]]
  ],
  "English attributions after a quote: an apposition, an age, `quoted … as saying`; words quoted inside a sentence are no speech": [
    ["\"This deal is far too expensive,\" [[PERSON:Birte Kohl]], from [[ORGANIZATION:Sal Bank]], told the BBC.", ["[Birte Kohl | told] This deal is far too expensive"]],
    ["\"I find it hard to believe,\" the charity's organiser in [[LOCATION:Kampala]], [[PERSON:Sara Mutesi]], told reporters.", ["[Sara Mutesi | told] I find it hard to believe"]],
    ["\"We have to act while we can,\" Mr [[PERSON:Hallworth]], [[PERSON:Barton]]'s chief executive said.", ["[Hallworth | said] We have to act while we can"]],
    ["\"It is a question of national pride,\" [[ORGANIZATION:Reuters]] quoted a central bank official as saying.", ["[a central bank official | saying] It is a question of national pride"]],
    ["[[PERSON:Marc Dell]] says the side is strong.\n\"They are much stronger now than before,\" the 36-year-old said.", ["[Marc Dell | said] They are much stronger now than before"]],
    // (since the forty-seventh session, helper short, words in marks that the verb closing their sentence attributes are
    // that subject's: here `she` with no one named before; `a "zero tolerance" drive` stays a term, quotes.test.ts)
    ["The priority should be \"failing schools and hospitals\", including two in the town, she argues.", ["[null | argues] failing schools and hospitals"]]
  ],
  "English subjects: the person at the head of the phrase, past a possessive or hyphenated apposition": [
    ['"We are fine," said [[PERSON:Tom Reed]].\n[[PERSON:Liam Fox]], [[PERSON:Tory]] co-chairman, said the return was a sign of "sinister and underhand tactics".', ["[Tom Reed | said] We are fine", "[Liam Fox | said] sinister and underhand tactics"]],
    // the head rule stops at a relative clause: its people are not the speaker
    ['"He was my hero," said [[PERSON:Eric Clapp]] who joined [[PERSON:Buddy Gee]] on stage.', ["[Eric Clapp | said] He was my hero"]],
    ["\"We will be ready for the game,\" said [[PERSON:Villa]] boss [[PERSON:Dan Leary]].", ["[Dan Leary | said] We will be ready for the game"]],
    ["But Sir [[PERSON:Ben Ingram]], [[PERSON:Mary Thane]]'s former press secretary, took a dim view, accusing the show of \"corrupting our politics for good\".", ["[Ben Ingram | accusing] corrupting our politics for good"]],
    ["[[ORGANIZATION:T-Phone]] said the service would start in March.\n[[PERSON:Brian Cobb]], managing director of [[ORGANIZATION:T-Phone]] in the UK, said: \"Demand for mobile mail keeps rising.\"", ["[Brian Cobb | said] Demand for mobile mail keeps rising"]]
  ],
  "English speech after a colon with no speech verb takes the subject of its clause": [
    ["[[ORGANIZATION:TV Weekly]] described the show as \"a cross between two daytime soaps\".\n[[PERSON:Ozzy Ames]] himself was puzzled by its success: \"Maybe viewers just enjoy a noisy family like ours.\"", ["[TV Weekly | described] a cross between two daytime soaps", "[Ozzy Ames | null] Maybe viewers just enjoy a noisy family like ours"]],
    ["\"We must look at every option,\" said [[PERSON:Tom Reed]].\nSome [[ORGANIZATION:Rovers]] fans would find the move hard to take, but [[PERSON:Rick Parr]] countered: \"I know the decision would upset a lot of our supporters.\"", ["[Tom Reed | said] We must look at every option", "[Rick Parr | countered] I know the decision would upset a lot of our supporters"]]
  ]
}

// session 9 (sample 823 and the whole corpora): every row but the guards failed on the code before this session
const session9: Record<string, ReadonlyArray<Row>> = {
  "Arabic marks with no speech verb take the person right after the verb that opens their sentence": [
    [
      "وكتب [[PERSON:فهد العتيبي]]: «لا يمكن أن تستمر الخدمة بهذا الشكل دون رقابة حقيقية على المستشفيات».\nوفي المقابل، أشاد [[PERSON:سالم الدوسري]] في صحيفة اليوم بدور الوزارة في «تحسين الخدمات الصحية المقدمة للمواطنين في المناطق النائية كل عام».\nوكتب: «لقد جاءت هذه الخطط في وقتها المناسب بعد سنوات من الانتظار».",
      [
        "[فهد العتيبي | كتب] لا يمكن أن تستمر الخدمة بهذا الشكل دون رقابة حقيقية على المستشفيات",
        "[سالم الدوسري | null] تحسين الخدمات الصحية المقدمة للمواطنين في المناطق النائية كل عام",
        "[سالم الدوسري | كتب] لقد جاءت هذه الخطط في وقتها المناسب بعد سنوات من الانتظار"
      ]
    ],
    // a role in construct before the name (وزير الخارجية X)
    [
      "قال المدير [[PERSON:خالد الحربي]] إن المنتج «سيغير طريقة تعامل العملاء مع البنوك».\nكما أصدر وزير الخارجية [[PERSON:أحمد الزهراني]] بيانا مقتضبا بعث فيه «أطيب التمنيات لكل العاملين في الشركة بمناسبة إطلاق المنتج الجديد».",
      ["[خالد الحربي | قال] سيغير طريقة تعامل العملاء مع البنوك", "[أحمد الزهراني | null] أطيب التمنيات لكل العاملين في الشركة بمناسبة إطلاق المنتج الجديد"]
    ],
    // guards: a noun that opens the sentence (…ة), a passive of asking, a person after a preposition
    [
      "قال المحلل [[PERSON:خالد الحربي]] إن السوق «ستتعافى قريبا بعد موجة البيع الأخيرة».\nرسالة الأمير [[PERSON:بندر]] أثارت جدلا واسعا لأنها «فتحت عيون الجميع على شيء لم يكن أحد يتوقعه منهم».",
      ["[خالد الحربي | قال] ستتعافى قريبا بعد موجة البيع الأخيرة", "[خالد الحربي | null] فتحت عيون الجميع على شيء لم يكن أحد يتوقعه منهم"]
    ],
    [
      "وقالت [[ORGANIZATION:صحيفة الأيام]] إن المقابلة جرت في مكتبه.\nوسئل [[PERSON:سامي الحربي]]: «هل ستبقى في منصبك حتى نهاية العام المقبل أم سترحل قبل ذلك؟»",
      ["[صحيفة الأيام | null] هل ستبقى في منصبك حتى نهاية العام المقبل أم سترحل قبل ذلك؟"]
    ],
    [
      "وقالت [[ORGANIZATION:صحيفة الأيام]] إن المجلس اجتمع أمس.\nوطلب من الرئيس [[PERSON:سامي الحربي]] «اتخاذ موقف حازم وسريع للرد على هذه التصريحات المسيئة للبلاد».",
      ["[صحيفة الأيام | null] اتخاذ موقف حازم وسريع للرد على هذه التصريحات المسيئة للبلاد"]
    ]
  ],
  "Arabic words quoted far into reported speech; a name in marks is no quote": [
    [
      "وقال الوزير [[PERSON:سامي الحربي]] إن أي شركة تقدم خدمات مالية أو تجارية إلى الجماعات المسلحة أو لا تلتزم بقرارات مجلس الأمن المفروضة على تلك الجماعات \"تشارك في تمويل الإرهاب بشكل مباشر\".",
      ["[سامي الحربي | قال] تشارك في تمويل الإرهاب بشكل مباشر"]
    ],
    // far from the verb, three words are a term (and the guard: four words or more there)
    [
      "وقال الوزير [[PERSON:سامي الحربي]] إن أي شركة تقدم خدمات مالية أو تجارية إلى الجماعات المسلحة أو لا تلتزم بقرارات مجلس الأمن المفروضة على تلك الجماعات تدخل \"القائمة السوداء الدولية\".",
      []
    ],
    [
      "وقال المصدر إن قوة أمنية تمكنت من قتل القيادي «[[PERSON:أبو زياد الدمشقي]]» في المنطقة.",
      []
    ],
    [
      "وذكرت الشركة أنها قطعت شوطا كبيرا في مفاوضات الاندماج مع «[[ORGANIZATION:سي إف للصناعات الكيماوية]]» الأمريكية.",
      []
    ]
  ],
  "English: `he` after a spokesman for a body; a capitalized verb after a quote that ends its sentence": [
    [
      "Transport Minister [[PERSON:Alan Price]] said the fares were fair.\nA spokesman for the [[ORGANIZATION:Ferry Operators Association]], which represents the firms, said the rules were unfair. He said small firms would close. \"The industry is already struggling,\" he said.",
      ["[Ferry Operators Association | said] The industry is already struggling"]
    ],
    [
      "\"When Mr Blair came in, we were all surprised,\" said shop manager [[PERSON:Karen Hill]]. \"He paid for them himself and left at once.\" Predicted chart-topper Save the Day is expected to sell well.",
      ["[Karen Hill | said] When Mr Blair came in, we were all surprised", "[Karen Hill | null] He paid for them himself and left at once"]
    ]
  ]
}

// session 10 (the whole corpora and a development sample): every row but the guards failed on the code before this session
const session10: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a verb after the quote through a lead word (كما يقول X, هذا ما قاله X, على حد قوله)": [
    [
      "قال المدرب [[PERSON:فهد الحربي]] إن الفريق تعب كثيرا هذا الموسم.\n«سنبني ملاعب جديدة في كل حي خلال العامين المقبلين»، كما يقول [[PERSON:سامي العتيبي]] رئيس البلدية.",
      ["[سامي العتيبي | يقول] سنبني ملاعب جديدة في كل حي خلال العامين المقبلين"]
    ],
    [
      "أعلن [[PERSON:خالد الزهراني]] ترشحه للرئاسة.\n\"لن أترك المنصب قبل أن أنهي كل ما وعدت به\"، هذا ما قاله [[PERSON:ماجد السبيعي]] للصحفيين أمس.",
      ["[ماجد السبيعي | قاله] لن أترك المنصب قبل أن أنهي كل ما وعدت به"]
    ],
    [
      "«كانت الرحلة أصعب مما توقعنا جميعا في البداية»، هذا ما قالته [[PERSON:نورة القحطاني]] بعد وصولها.",
      ["[نورة القحطاني | قالته] كانت الرحلة أصعب مما توقعنا جميعا في البداية"]
    ],
    [
      "وقال [[PERSON:ماجد السبيعي]] إن الشركة خسرت كثيرا.\nوالخسارة «لم تكن بسبب السوق» على حد قوله.",
      ["[ماجد السبيعي | على حد قوله] لم تكن بسبب السوق"]
    ],
    // guards: a saying (a plural verb with no subject), a lead word with no verb after it
    ["«الصبر مفتاح الفرج» كما يقولون، وقد صبر الأهالي طويلا.", []],
    [
      "قال [[PERSON:فهد الحربي]] إن الفريق جاهز.\n«سنبني ملاعب جديدة في كل حي خلال العامين المقبلين»، كما في الخطة السابقة.",
      ["[فهد الحربي | null] سنبني ملاعب جديدة في كل حي خلال العامين المقبلين"]
    ]
  ],
  "Arabic: a role named with the article stands for the person named after it in construct before (وزير النقل X … الوزير)": [
    [
      "وقال وزير النقل [[PERSON:بدر سالم]] إن الطرق ستفتح قريبا.\nوالتقى الأمير [[PERSON:خالد العمري]] بالسكان في القرية.\nوأضاف الوزير: «لن نترك أي قرية بلا طريق معبد بعد اليوم».",
      ["[بدر سالم | أضاف] لن نترك أي قرية بلا طريق معبد بعد اليوم"]
    ],
    // guard: the role before was nobody named
    [
      "وقال وزير سابق إن الطرق سيئة.\nوالتقى الأمير [[PERSON:خالد العمري]] بالسكان في القرية.\nوأضاف الوزير: «لن نترك أي قرية بلا طريق معبد بعد اليوم».",
      ["[الوزير | أضاف] لن نترك أي قرية بلا طريق معبد بعد اليوم"]
    ]
  ],
  "Arabic press reviews: الكاتب is the writer quoted last, الصحيفة the newspaper quoted last": [
    [
      "ويرى [[PERSON:عادل فهمي]] في صحيفة [[ORGANIZATION:الأيام]] أن الأزمة ستطول.\nويقول الكاتب: «لا أحد يريد أن يدفع الثمن هذه المرة».",
      ["[عادل فهمي | يقول] لا أحد يريد أن يدفع الثمن هذه المرة"]
    ],
    [
      "ويرى [[PERSON:عادل فهمي]] أن الأزمة ستطول.\nوقالت [[ORGANIZATION:الراية]] إن الحصار فشل.\nوتضيف الصحيفة: «الوقت لم يعد في صالح أحد الآن».\nويضيف الكاتب: «لا أحد يريد أن يدفع الثمن هذه المرة».",
      ["[الراية | تضيف] الوقت لم يعد في صالح أحد الآن", "[عادل فهمي | يضيف] لا أحد يريد أن يدفع الثمن هذه المرة"]
    ],
    // guard: nobody named before
    ["ويقول الكاتب: «لا أحد يريد أن يدفع الثمن هذه المرة».", ["[الكاتب | يقول] لا أحد يريد أن يدفع الثمن هذه المرة"]]
  ],
  "Arabic: يعتبر after a relative pronoun is \"is considered\", with no speaker after it; a name after وكالة أنباء is no quote": [
    [
      "وقال رئيس الهيئة [[PERSON:سالم المطيري]] إن البطولة ستقام في موعدها، وإن الحدث الذي يعتبر بمثابة العرس الرياضي لن يتأخر، وأضاف: «الملاعب كلها جاهزة منذ أسابيع».",
      ["[سالم المطيري | أضاف] الملاعب كلها جاهزة منذ أسابيع"]
    ],
    // guard: another verb after a relative pronoun keeps its subject after it
    [
      "ورافقت قناة [[ORGANIZATION:الأفق]] الأهالي إلى المكان الذي قالت المحطة إنه «مخبأ قديم في الجبال البعيدة».",
      ["[المحطة | قالت] مخبأ قديم في الجبال البعيدة"]
    ],
    ["وحسب وكالة أنباء \"النجم الساطع\"، أوضحت المصادر أن الحريق اندلع فجرا.", []]
  ],
  "Arabic: a role and a nationality adjective (المدرب البرتغالي) stand for the person quoted just before": [
    [
      "وقال [[PERSON:جوزيه لويس]] إن فريقه «لم يكن جاهزا في الشوط الأول».\nوأضاف [[PERSON:ماركو سيلفا]] الهدف الثاني في الدقيقة الأخيرة.\nوأضاف المدرب البرتغالي: «علينا أن نعمل أكثر قبل المباراة المقبلة».",
      ["[جوزيه لويس | قال] لم يكن جاهزا في الشوط الأول", "[جوزيه لويس | أضاف] علينا أن نعمل أكثر قبل المباراة المقبلة"]
    ],
    // guard: nobody quoted before
    [
      "سجل [[PERSON:ماركو سيلفا]] هدفين.\nوقال المدرب البرتغالي: «علينا أن نعمل أكثر قبل المباراة المقبلة».",
      ["[المدرب البرتغالي | قال] علينا أن نعمل أكثر قبل المباراة المقبلة"]
    ]
  ],
  "Arabic: the dot of د. ends no sentence; the name after it is read even when it folds as a preposition (علي)": [
    [
      "قال الوزير [[PERSON:سامي الحربي]] إن المشروع بدأ.\nوقال د. [[PERSON:علي الحسن]]: «التقنية لن تحل محل الإنسان قريبا».",
      ["[علي الحسن | قال] التقنية لن تحل محل الإنسان قريبا"]
    ],
    // guard: a role before د. and the name (the sentence goes on past the dot)
    [
      "وهذا ما أكد عليه وزير المالية د. [[PERSON:علي الحسن]] في وقت سابق بقوله: «سنخفض العجز خلال عامين».",
      ["[علي الحسن | بقوله] سنخفض العجز خلال عامين"]
    ]
  ],
  "Arabic: a speaker phrase ends before a relative clause, unless the clause gives the name (التي تدعى X)": [
    ["وقال المسؤول الذي فضل عدم كشف هويته إن المفاوضات «ستستأنف خلال أيام قليلة».", ["[المسؤول | قال] ستستأنف خلال أيام قليلة"]],
    // guard: the clause names the speaker
    [
      "وقالت صاحبة المتجر التي تدعى [[PERSON:منى سعيد]] إن «الزبائن عادوا بعد الإغلاق الطويل».",
      ["[منى سعيد | قالت] الزبائن عادوا بعد الإغلاق الطويل"]
    ]
  ]
}

// session 11 (the whole corpora and development samples): every row but the guards failed on the code before this session
const session11: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a statement or a report speaks for whoever issued it (وقال البيان → the body named with it before)": [
    [
      "وأكد [[ORGANIZATION:الاتحاد الأوروبي]] في بيان له أمس أن على الحكومة احترام الاتفاق.\nوأضاف البيان أن «المستوطنات الجديدة غير شرعية بموجب القانون الدولي».",
      ["[الاتحاد الأوروبي | أضاف] المستوطنات الجديدة غير شرعية بموجب القانون الدولي"]
    ],
    [
      "وبحسب بيان [[ORGANIZATION:البنك المركزي]] فإن الأسعار سترتفع.\nوأكد البيان أن «الإصلاحات ستستمر حتى نهاية العام المقبل».",
      ["[البنك المركزي | أكد] الإصلاحات ستستمر حتى نهاية العام المقبل"]
    ],
    // the speaker the sentence's verb named, with no entity
    ["وقال المجلس في بيانه إن الخطوة لا مسوغ لها.\nوأضاف البيان: «الحملة الإعلامية كانت تهدف إلى الضغط علينا».", ["[المجلس | أضاف] الحملة الإعلامية كانت تهدف إلى الضغط علينا"]],
    [
      "وأصدرت [[ORGANIZATION:جبهة التحرير]] بيانا عن المعارك.\nوجاء في البيان: «قواتنا تتقدم على كل المحاور منذ الفجر».",
      ["[جبهة التحرير | جاء في] قواتنا تتقدم على كل المحاور منذ الفجر"]
    ],
    [
      "وتنشر صحيفة [[ORGANIZATION:الأيام]] تقريرا أعده [[PERSON:سامر خليل]] عن الأزمة.\nويقول التقرير إن «الأسعار تضاعفت ثلاث مرات خلال عام واحد».",
      ["[سامر خليل | يقول] الأسعار تضاعفت ثلاث مرات خلال عام واحد"]
    ],
    [
      "ونقرأ في صحيفة [[ORGANIZATION:الأيام]] مقالا ل[[PERSON:ليلى حسن]] عن التعليم.\nوقالت كاتبة المقال إن «المدارس تحتاج إلى معلمين أكثر من أي وقت مضى».\nوأضافت أن «الحل يبدأ من الجامعات».",
      ["[ليلى حسن | قالت] المدارس تحتاج إلى معلمين أكثر من أي وقت مضى", "[ليلى حسن | أضافت] الحل يبدأ من الجامعات"]
    ],
    // guards: a nisba adjective the entity stage took for a name; a newspaper called البيان; another speaker quoted since
    [
      "قال تقرير [[PERSON:استخباري أمريكي]] إن الحملة بدأت مبكرا.\nوأضاف التقرير أن «التدخل كان واسعا ومنظما منذ البداية».",
      ["[التقرير | أضاف] التدخل كان واسعا ومنظما منذ البداية"]
    ],
    [
      "أما صحيفة [[ORGANIZATION:البيان]] فدعت إلى التنسيق بين الدول.\nوقالت البيان إن «الإعلام المشبوه لم يترك أحدا إلا وأساء إليه».",
      ["[البيان | قالت] الإعلام المشبوه لم يترك أحدا إلا وأساء إليه"]
    ],
    [
      "وذكرت [[ORGANIZATION:وزارة الخارجية]] في بيان أن الحكومة قررت قطع العلاقات.\nونقلت الوكالة عن مصدر حكومي قوله إن «القرار نهائي ولا رجعة فيه».\nوقال البيان «لقد اتخذت المملكة قرارها بعد سنوات من الصبر».",
      ["[مصدر حكومي | نقلت] القرار نهائي ولا رجعة فيه", "[البيان | قال] لقد اتخذت المملكة قرارها بعد سنوات من الصبر"]
    ]
  ],
  "Arabic: a noun of speech and its pronoun after اختتم/ختم is the object (واختتم حديثه بقوله → the chain)": [
    [
      "وقال اللاعب [[PERSON:سامر سالم]] إن العروض كثيرة هذا الصيف.\nوختم حديثه بقوله: «أشكر الجماهير على وقفتها معي».",
      ["[سامر سالم | ختم] أشكر الجماهير على وقفتها معي"]
    ],
    [
      "وقال المدير [[PERSON:فهد العلي]] إن المدرسة جاهزة.\nواختتم تصريحاته بالقول: «أبوابنا مفتوحة للجميع منذ الصباح».",
      ["[فهد العلي | اختتم] أبوابنا مفتوحة للجميع منذ الصباح"]
    ]
  ],
  "Arabic: a one-word subject that names a body (الوزارة, الشركة, المرصد) is the body named with that noun before": [
    [
      "أعلنت [[ORGANIZATION:وزارة الدفاع الأمريكية]] مقتل قيادي في التنظيم.\nوقالت الوزارة إن «العملية تمت بدقة عالية وبلا خسائر».",
      ["[وزارة الدفاع الأمريكية | قالت] العملية تمت بدقة عالية وبلا خسائر"]
    ],
    [
      "قدمت شركة [[ORGANIZATION:نجمة]] طلبا إلى المحكمة.\nوقالت الشركة: «لن نتنازل عن حقوقنا مهما طال الوقت».",
      ["[نجمة | قالت] لن نتنازل عن حقوقنا مهما طال الوقت"]
    ],
    // no entity: the name as the text writes it (the noun, its genitive, its nisba adjectives)
    [
      "أعلنت وزارة الداخلية الكويتية اليوم ضبط خلية إرهابية.\nوقالت الوزارة في بيان إن «المتهمين اعترفوا بتلقي تدريبات في الخارج».",
      ["[وزارة الداخلية الكويتية | قالت] المتهمين اعترفوا بتلقي تدريبات في الخارج"]
    ],
    [
      "أفاد المرصد السوري بمقتل عشرة مقاتلين.\nوقال المرصد إن «الاشتباكات ما زالت مستمرة في ريف المدينة».",
      ["[المرصد السوري | قال] الاشتباكات ما زالت مستمرة في ريف المدينة"]
    ],
    // guards: someone else quoted since; a role, not a body (مستشارة X); a verb's object after the noun
    [
      "قدمت [[PERSON:هيربالايف]] طلبا إلى شركة [[ORGANIZATION:تويتر]].\nوقال [[PERSON:هيربالايف]] إن «المستخدم مجهول حتى الآن».\nوقالت الشركة: «التغريدات تحتوي على إهانات كثيرة».",
      ["[هيربالايف | قال] المستخدم مجهول حتى الآن", "[الشركة | قالت] التغريدات تحتوي على إهانات كثيرة"]
    ],
    [
      "التقت مستشارة [[ORGANIZATION:مجلس الأمن القومي]] بالصحفيين أمس.\nوأضافت المستشارة أن «أمن المواطنين أولوية قصوى للإدارة».",
      ["[المستشارة | أضافت] أمن المواطنين أولوية قصوى للإدارة"]
    ],
    ["وألقت الشرطة القبض على رجلين.\nوقالت الشرطة إن «التحقيق ما زال في بدايته».", ["[الشرطة | قالت] التحقيق ما زال في بدايته"]]
  ],
  "Arabic: a participle's subject is the person named right after a body in construct with a role (مدرب X Y)": [
    [
      "وأثنى مدرب [[ORGANIZATION:النجوم]] [[PERSON:سامي الحربي]] على اللاعبين، قائلا إن «الفريق قدم أفضل مبارياته هذا الموسم».",
      ["[سامي الحربي | قائلا] الفريق قدم أفضل مبارياته هذا الموسم"]
    ],
    // guard: a person after a preposition is the object
    [
      "وأشاد نادي [[ORGANIZATION:النجوم]] ب[[PERSON:سامي الحربي]] بعد المباراة، قائلا إن «اللاعب قدم أفضل مبارياته هذا الموسم».",
      ["[النجوم | قائلا] اللاعب قدم أفضل مبارياته هذا الموسم"]
    ]
  ]
}

// session 12 (the whole corpora and development samples 8123 and 8147): every row but the guards failed on the code
// before the session
const session12: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a subjectless verb that opens its sentence takes the subject of the sentence before, a role in construct and its holder, past a lead phrase and its comma": [
    [
      "وقال وزير المالية [[PERSON:سامي العلي]]: «الميزانية متوازنة هذا العام».\nوتحدث وزير الاقتصاد الأردني [[PERSON:خالد الزعبي]] عن خطط الحكومة.\nوقال في مؤتمر صحفي إن الأسواق «تحتاج إلى وقت أطول كي تستعيد ثقتها».",
      ["[سامي العلي | قال] الميزانية متوازنة هذا العام", "[خالد الزعبي | قال] تحتاج إلى وقت أطول كي تستعيد ثقتها"]
    ],
    [
      "وقال وزير المالية [[PERSON:سامي العلي]]: «الميزانية متوازنة هذا العام».\nومن جانبها، زارت وزيرة الصحة [[PERSON:ليلى حسن]] المستشفى.\nوقالت إن الخطة «لن تنجح دون تمويل كاف من الحكومة».",
      ["[سامي العلي | قال] الميزانية متوازنة هذا العام", "[ليلى حسن | قالت] لن تنجح دون تمويل كاف من الحكومة"]
    ],
    // guards: the object of a definite subject is no subject; a verb that goes on with the chain keeps it
    [
      "وقال وزير المالية [[PERSON:سامي العلي]]: «الميزانية متوازنة هذا العام».\nوزار الوزير مكتب الرئيس [[PERSON:خالد الزعبي]] أمس.\nوقال إن الحكومة السابقة «تركت ديونا لا يمكن سدادها بسهولة».",
      ["[سامي العلي | قال] الميزانية متوازنة هذا العام", "[سامي العلي | قال] تركت ديونا لا يمكن سدادها بسهولة"]
    ],
    [
      "وقال وزير المالية [[PERSON:سامي العلي]]: «الميزانية متوازنة هذا العام».\nوتحدث وزير الاقتصاد [[PERSON:خالد الزعبي]] عن خطط الحكومة.\nوأضاف: «سنخفض الإنفاق في الربع الأخير من العام».",
      // (thirty-fifth session: `وأضاف` that opens its sentence takes the new subject of the sentence before too, as the
      // A58–A61 readers asked; it kept the chain before)
      ["[سامي العلي | قال] الميزانية متوازنة هذا العام", "[خالد الزعبي | أضاف] سنخفض الإنفاق في الربع الأخير من العام"]
    ]
  ],
  "Arabic: the participles of the lexicon in their feminine forms (مستطردة, منوهة, محذرة) end the speaker phrase and attribute": [
    [
      "وقالت [[PERSON:ليلى حسن]] في بيان إن القرار «صادم وغير مقبول».\nكما أضافت مستطردة «ستحال القضية إلى لجنة القيم للتحقيق فيها».\nوتابعت منوهة «لن نتسامح مع أي تجاوز لهذه المعايير».",
      ["[ليلى حسن | قالت] صادم وغير مقبول", "[ليلى حسن | مستطردة] ستحال القضية إلى لجنة القيم للتحقيق فيها", "[ليلى حسن | منوهة] لن نتسامح مع أي تجاوز لهذه المعايير"]
    ],
    [
      "وعقدت [[ORGANIZATION:جمعية حماية المستهلك]] اجتماعا أمس، محذرة: «سيدفع المواطنون ثمن هذا القرار غاليا».",
      ["[جمعية حماية المستهلك | محذرة] سيدفع المواطنون ثمن هذا القرار غاليا"]
    ],
    // guards: nouns of the same shape are no participles (متابعة, مطالبة, داعية)
    [
      "وقال داعية إسلامي في الندوة: «الحوار هو السبيل إلى فهم الآخر».",
      ["[داعية إسلامي | قال] الحوار هو السبيل إلى فهم الآخر"]
    ]
  ],
  "Arabic: a verb with no subject right after a relative pronoun is the person the pronoun follows": [
    [
      "وكتب نص المسلسل الكاتب [[PERSON:أيمن سالم]].\nيذكر أن القناة قلصت إنتاجها هذا العام، حسب تأكيد رئيس الهيئة السابق [[PERSON:فهد الناصر]]، الذي قال حينها: العمل الضعيف لن يجد مكانا في قائمة العرض.",
      ["[فهد الناصر | قال] العمل الضعيف لن يجد مكانا في قائمة العرض"]
    ],
    [
      "ومن هؤلاء الروائي [[PERSON:نادر سليم]]، الذي قال في مقابلة: «إنها رواية مقبولة لكنها طويلة».",
      ["[نادر سليم | قال] إنها رواية مقبولة لكنها طويلة"]
    ],
    // guard: a pronoun that does not agree with the verb is a noun's before the name (تصريحات X، التي أكد فيها)
    [
      "اعتبر الوزير [[PERSON:سامي العلي]] أن تصريحات المسؤول [[PERSON:خالد الفهد]]، التي أكد فيها أن الاتفاق انتهى، «مقلقة للغاية ومزعجة للجميع».",
      ["[سامي العلي | أكد] مقلقة للغاية ومزعجة للجميع"]
    ]
  ],
  "Arabic: أيضا right after the verb opens no subject": [
    [
      "وقال الأمين العام للحزب [[PERSON:سامي العلي]] إن الحزب «لن يتراجع عن مواقفه مهما كانت الضغوط».\nفقال أيضا بنبرة حادة لمنافسيه إن «المعركة لم تنته بعد وسننتصر فيها».",
      ["[سامي العلي | قال] لن يتراجع عن مواقفه مهما كانت الضغوط", "[سامي العلي | قال] المعركة لم تنته بعد وسننتصر فيها"]
    ],
    [
      "وقال الوزير [[PERSON:خالد الفهد]] إن الخطة «ستنفذ خلال العام المقبل بالكامل».\nوقال أيضا المتحدث باسم الوزارة: «الموارد متوفرة لكل المشاريع المطروحة».",
      ["[خالد الفهد | قال] ستنفذ خلال العام المقبل بالكامل", "[المتحدث باسم الوزارة | قال] الموارد متوفرة لكل المشاريع المطروحة"]
    ]
  ],
  "Arabic: عنها, فيه after the verb are read past to the subject after them": [
    [
      "وعرض البرنامج لقاء مع [[PERSON:سارة العمر]] التي قالت عنها الصحيفة إن أعمالها «تحكي قصة المدينة القديمة وأهلها».",
      ["[الصحيفة | قالت] تحكي قصة المدينة القديمة وأهلها"]
    ],
    // guard: no subject after it: the phrase stays
    [
      "وأصدرت [[ORGANIZATION:جمعية حماية المستهلك]] بيانا قالت فيه: «الأسعار ارتفعت بلا مبرر في كل الأسواق».",
      ["[جمعية حماية المستهلك | قالت] الأسعار ارتفعت بلا مبرر في كل الأسواق"]
    ]
  ],
  "Arabic: an addressee pronoun after the verb (له, لها, لهم) is read past to a subject after it": [
    [
      "وزار الرئيس [[PERSON:سامي العلي]] المدينة أمس.\nوقال له المحافظ [[PERSON:خالد الزهراني]]: «نحن جاهزون لتنفيذ كل المشاريع».",
      ["[خالد الزهراني | قال] نحن جاهزون لتنفيذ كل المشاريع"]
    ],
    [
      "وحين عادت إلى المنزل قالت لها الأم: «لم يتصل بك أحد طوال اليوم».",
      ["[الأم | قالت] لم يتصل بك أحد طوال اليوم"]
    ],
    // guard: no subject after the pronoun: the chain
    [
      "وقال [[PERSON:سامي العلي]] إن الزيارة «كانت ناجحة بكل المقاييس».\nوأضاف لهم: «سنعود في الربيع المقبل».",
      ["[سامي العلي | قال] كانت ناجحة بكل المقاييس", "[سامي العلي | أضاف] سنعود في الربيع المقبل"]
    ]
  ]
}

// session 14 (partial quotes after verbs of describing, time phrases; the whole corpora): every row but the guards
// failed on the code before the session (/work/base-s14)
const session15: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a phrase of manner after the verb (بثقة كبيرة, بهذا الخصوص, بصوت خافت) names nobody; the speaker is the chain's": [
    [
      "قال وزير النقل [[PERSON:ماجد الزهراني]] إن العمل في الجسر يسير وفق الخطة.\nويقول بثقة كبيرة إن «المشروع سيفتتح قبل موعده بشهرين».",
      ["[ماجد الزهراني | يقول] المشروع سيفتتح قبل موعده بشهرين"]
    ],
    // the phrase is not pushed onto the chain either: the verb after it goes on with the same person
    [
      "وانتقد [[PERSON:فهد السالم]] قرار الاتحاد، وقال بهذا الخصوص: «لن نقبل بأن يدفع النادي ثمن أخطاء غيره».\nوختم حديثه: «سنلجأ إلى المحكمة الرياضية إذا لزم الأمر».",
      ["[فهد السالم | قال] لن نقبل بأن يدفع النادي ثمن أخطاء غيره", "[فهد السالم | ختم] سنلجأ إلى المحكمة الرياضية إذا لزم الأمر"]
    ],
    [
      "وقالت الكاتبة [[PERSON:هند الراشد]] إن روايتها الأولى كتبت في سنة واحدة.\nوتقول بصوت خافت: «كنت أكتب كل ليلة بعد أن ينام الأطفال».",
      ["[هند الراشد | تقول] كنت أكتب كل ليلة بعد أن ينام الأطفال"]
    ],
    // with nobody on the chain, no speaker rather than the manner phrase
    ["وأجاب اللاعب عن أسئلة الصحفيين بلغة عربية فصيحة. وقال بلا تردد: «أريد أن أنهي مسيرتي في هذا النادي».", ["[null | قال] أريد أن أنهي مسيرتي في هذا النادي"]],
    // guard: a name after the manner word is the speaker
    ["وقال بحزم رئيس الهيئة [[PERSON:سامي العنزي]]: «لا تهاون مع المخالفين بعد اليوم».", ["[سامي العنزي | قال] لا تهاون مع المخالفين بعد اليوم"]]
  ],
  "Arabic: a word of quantity goes on over من to the people it counts (عدد من السكان, كل من X و Y is X)": [
    ["ويقول عدد من سكان الحي إن «المياه لم تصل إلى منازلهم منذ أسبوع كامل».", ["[عدد من سكان الحي | يقول] المياه لم تصل إلى منازلهم منذ أسبوع كامل"]],
    ["ويقول العديد من المراقبين إن الانتخابات المقبلة «ستكون الأكثر تنافسا منذ عقود».", ["[العديد من المراقبين | يقول] ستكون الأكثر تنافسا منذ عقود"]],
    [
      "وقال كل من [[PERSON:سالم الحربي]] و[[PERSON:نايف العتيبي]]: «الفريق يستحق اللقب هذا الموسم».",
      ["[سالم الحربي | قال] الفريق يستحق اللقب هذا الموسم"]
    ]
  ],
  "Arabic: «…»، بحسب ما ذكره X, حسبما قالت X, وفقا لما أعلنه X after a quote with no verb before it: the source is the verb's subject": [
    [
      "واتفق الطرفان على استئناف المحادثات «في أقرب وقت ممكن وبلا شروط مسبقة»، بحسب ما ذكره [[ORGANIZATION:مكتب رئيس الوزراء]].",
      ["[مكتب رئيس الوزراء | بحسب ما] في أقرب وقت ممكن وبلا شروط مسبقة"]
    ],
    [
      "وأغلقت السلطات المعبر أمام الشاحنات «حتى إشعار آخر بسبب الأحوال الجوية»، حسبما قالت الوزيرة [[PERSON:سارة لين]] في مؤتمر صحفي.",
      ["[سارة لين | حسبما] حتى إشعار آخر بسبب الأحوال الجوية"]
    ],
    [
      "ونشرت الوزارة فرقها في المدن الساحلية «لمواجهة أي طارئ خلال العاصفة»، وفقا لما أعلنه المتحدث باسمها [[PERSON:عمر الحسن]].",
      ["[عمر الحسن | وفقا لما] لمواجهة أي طارئ خلال العاصفة"]
    ],
    // the object pronoun after the verb (صرح به) is no part of the source
    [
      "وارتفعت حركة المسافرين في المطار «بنسبة عشرين في المئة عن الأسبوع السابق»، وفقا لما صرح به مدير المطار [[PERSON:فهد العمري]].",
      ["[فهد العمري | وفقا لما] بنسبة عشرين في المئة عن الأسبوع السابق"]
    ],
    // guards: a news outlet relays someone else's words (no new quote, no outlet as the speaker); two words in marks
    // name a thing
    ["ودعا الرئيس [[PERSON:لي وانغ]] إلى «بذل كل الجهود الممكنة لإنقاذ المحاصرين»، حسبما ذكرت وكالة الأنباء الرسمية.", []],
    [
      "وشنت الطائرات غارات جديدة على مواقع المسلحين «ردا على هجمات استهدفت القوات خلال الأسبوع الماضي»، حسبما أفادت به [[ORGANIZATION:وكالة رويترز]].",
      ["[null | null] ردا على هجمات استهدفت القوات خلال الأسبوع الماضي"]
    ],
    ["وسجلت الشركة أرباحا قياسية من خدمات بينها «متجر التطبيقات»، حسبما أفاد رئيسها التنفيذي [[PERSON:بول كين]].", []]
  ],
  "Arabic: a preposition with a pronoun after the verb (علق عليه X, صرح به X) is no part of the subject; a prophet's blessing names no speaker": [
    ["وعلق عليه رئيس اللجنة المنظمة بالقول: «القرار نهائي ولا رجعة فيه».", ["[رئيس اللجنة المنظمة | علق] القرار نهائي ولا رجعة فيه"]],
    // (the blessing, not the man who cites the saying; since the thirty-eighth session the Prophet, named by the title
    // the text gave last or, with none, by the blessing's words, where this row gave no speaker)
    [
      "وأشاد [[PERSON:سامي العلي]] بالمتطوعين، وقال عليه السلام في الحديث الشريف: «من لا يشكر الناس لا يشكر الله».",
      // (no quote since the forty-fourth session: a hadith is no news quote)
      []
    ],
    [
      "وقال الشيخ [[PERSON:سعد الحربي]] في خطبته إن العمل عبادة.\nوقال عليه الصلاة والسلام: «إن الله يحب إذا عمل أحدكم عملا أن يتقنه».",
      // (no quote since the forty-fourth session: a hadith is no news quote)
      []
    ]
  ],
  "Arabic: «…»، هكذا يقول X: the verb after هكذا attributes the quote before it": [
    [
      "«السفر علمني أن أبدأ من جديد في كل مدينة أزورها»، هكذا يقول الرحالة [[PERSON:سعد الماجد]] عن تجربته.",
      ["[سعد الماجد | يقول] السفر علمني أن أبدأ من جديد في كل مدينة أزورها"]
    ],
    // guard: no speech verb after هكذا
    ["«الشاشة أخذت مكان الكتاب في بيوتنا»، هكذا هي الحال في معظم الأسر اليوم.", []]
  ]
}

const session14: Record<string, ReadonlyArray<Row>> = {
  "English: a body before a person's title that ends the phrase modifies the title; a spokesman still speaks for the body": [
    ['"We were the better side," the [[ORGANIZATION:Rovers]] boss said after the game.', ["[the Rovers boss | said] We were the better side"]],
    // named before with the role as written, the person (`entityByRole`)
    [
      "[[PERSON:Dan Leary|Rovers boss]] picked an unchanged side.\n\"We were the better side,\" [[ORGANIZATION:Rovers]] boss said after the game.",
      ["[Dan Leary | said] We were the better side"]
    ],
    // guards: a spokesman or an official speaks for the body (docs/quotes.md)
    ['"We will study the ruling," said a [[ORGANIZATION:T-Phone]] spokesman.', ["[T-Phone | said] We will study the ruling"]],
    ['"The figures are encouraging," an [[ORGANIZATION:IMF]] official said.', ["[IMF | said] The figures are encouraging"]]
  ],
  "Arabic: a verb of describing with its object pronoun quotes the marks after بأنه, ب or إياه": [
    [
      "أشاد [[PERSON:مروان العلي]] بالخطة الجديدة للنقل ووصفها بأنها «خطوة جريئة نحو الإصلاح».",
      ["[مروان العلي | وصفها] خطوة جريئة نحو الإصلاح"]
    ],
    [
      "وتراجع الفريق إلى المركز العاشر.\nووصفه مدرب الفريق [[PERSON:سامي الخطيب]] بأنه \"أسوأ موسم منذ عشرين عاما\".",
      ["[سامي الخطيب | وصفه] أسوأ موسم منذ عشرين عاما"]
    ],
    [
      "ورفض [[PERSON:نادر حسن]] الاتهامات الموجهة إلى شركته واصفا إياها \"بأنها حملة مغرضة\" من منافسيه.",
      ["[نادر حسن | واصفا] بأنها حملة مغرضة"]
    ],
    [
      "وتحقق الشرطة في ما وصفه المحافظ [[PERSON:جون ريد]] بأنه \"عمل تخريبي متعمد\" في وسط المدينة.",
      ["[جون ريد | وصفه] عمل تخريبي متعمد"]
    ],
    [
      "وأشاد [[PERSON:سامي الخطيب]] بموقف الدول المانحة التي وصفها بـ«السند الحقيقي لأهالي المدينة».",
      ["[سامي الخطيب | وصفها] السند الحقيقي لأهالي المدينة"]
    ],
    // guard: a recipe (وصفة) is no verb
    ["وصفة في 20 دقيقة: سلطة العدس بالليمون والنعناع", []],
    // guard: two words before «كما يصفها X» name a thing, and X does not join the chain
    [
      "وقال [[PERSON:سامي الخطيب]] إن الهجوم بدأ فجرا.\n«عملية الحصار»، كما يصفها قادة ميدانيون، قد تحسم المعركة.\nويضيف أن «القوات ستدخل المدينة خلال أيام».",
      ["[سامي الخطيب | يضيف] القوات ستدخل المدينة خلال أيام"]
    ],
    // guard: a verb of describing with no marks after it does not take the next subjectless participle
    [
      "وكان [[PERSON:مايك برايس]] من أشد منتقدي الحكومة.\nووصفه مسؤولون سابقون عملوا معه بأنه شخص مهذب.\nوعلق [[PERSON:مايك برايس]] على فوز الحزب قائلا \"لقد بدأنا عهدا جديدا في هذه البلاد\".",
      ["[مايك برايس | قائلا] لقد بدأنا عهدا جديدا في هذه البلاد"]
    ]
  ],
  "Arabic: the speaker phrase ends before a time phrase, أيضا, or a demonstrative that opens the object": [
    ["وقال وزير المالية الكويتي هذا الأسبوع إن العجز «سيتراجع إلى النصف قبل نهاية العام».", ["[وزير المالية الكويتي | قال] سيتراجع إلى النصف قبل نهاية العام"]],
    ["وقالت النقابة أيضا إن الإضراب «سيستمر حتى تلبية جميع المطالب».", ["[النقابة | قالت] سيستمر حتى تلبية جميع المطالب"]],
    ["ووصفت البلدية هذا القرار بأنه «خطوة ضرورية لحماية السكان».", ["[البلدية | وصفت] خطوة ضرورية لحماية السكان"]],
    // guard: a demonstrative after a bare noun in construct is its genitive (أحد هذه المصادر)
    ["وقال أحد هذه المصادر إن الاتفاق «بات قريبا جدا من التوقيع».", ["[أحد هذه المصادر | قال] بات قريبا جدا من التوقيع"]],
    // guard: أيضا after a pronoun object goes on to the subject after it
    ["وذلك ما شدد عليه أيضا وزير النقل [[PERSON:سالم باعلي]] بقوله إن «الميناء سيفتح أبوابه في الربيع».", ["[سالم باعلي | شدد] الميناء سيفتح أبوابه في الربيع"]]
  ],
  "Arabic: a circumstantial clause (وهو, وهي and a verb) after the speech verb is no subject": [
    [
      "وتحدث المزارع [[PERSON:سليم داود]] عن موسم الحصاد.\nوقال وهو يقلب حبات الزيتون في كفه: «هذا أفضل موسم منذ سنوات طويلة».",
      ["[سليم داود | قال] هذا أفضل موسم منذ سنوات طويلة"]
    ],
    [
      "وقالت [[PERSON:ليلى حداد]] إن ابنها نجا من الحادث.\nوأضافت وهي تمسح دموعها \"لم أصدق أنه عاد إلينا سالما\".",
      ["[ليلى حداد | أضافت] لم أصدق أنه عاد إلينا سالما"]
    ]
  ],
  "Arabic: a definite role is the person named before with a title after the comma, or with the role's place in construct": [
    [
      "وقال وزير الخارجية العماني، الشيخ [[PERSON:سالم الهنائي]]، إن المحادثات ستستأنف.\nوقال وزير الخارجية العماني إن حكومته «لن ترضى بأي شروط مسبقة».",
      ["[سالم الهنائي | قال] لن ترضى بأي شروط مسبقة"]
    ],
    [
      "وقال وزير خارجية [[LOCATION:عمان]]، [[PERSON:سالم الهنائي]]، إن المحادثات ستستأنف.\nوقال وزير الخارجية العماني إن حكومته «لن ترضى بأي شروط مسبقة».",
      ["[سالم الهنائي | قال] لن ترضى بأي شروط مسبقة"]
    ],
    // guard: a person right after bare nouns in construct (no place) is their possessor, not the holder
    [
      "واستقبل مستشار وزير [[PERSON:سالم الهنائي]] الوفد.\nوقال المستشار إن اللقاء «كان مثمرا وصريحا للغاية».",
      ["[المستشار | قال] كان مثمرا وصريحا للغاية"]
    ]
  ]
}

// session 13, second round (generic roles; the whole corpora): every row but the guards failed on the code before
// the round (/work/base-q2)
const session13b: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a role's body or place of up to three words after في stands between the role and its holder": [
    [
      "وقالت المندوبة الكندية في [[ORGANIZATION:مجلس الأمن]] [[PERSON:جين مارتن]] إن القرار «يبعث برسالة واضحة إلى كل الأطراف».",
      ["[جين مارتن | قالت] يبعث برسالة واضحة إلى كل الأطراف"]
    ],
    [
      "وقال أستاذ الاقتصاد في [[ORGANIZATION:جامعة الملك سعود]] [[PERSON:فهد السالم]]: «الأسعار ستبقى مرتفعة حتى نهاية العام».",
      ["[فهد السالم | قال] الأسعار ستبقى مرتفعة حتى نهاية العام"]
    ],
    [
      "وقالت مديرة المكتبة في الجامعة [[PERSON:ليلى حداد]] إن المخطوطة «من أقدم ما تملكه المكتبة».",
      ["[ليلى حداد | قالت] من أقدم ما تملكه المكتبة"]
    ],
    [
      "وقال القيادي في الحراك الشعبي [[PERSON:ناصر اليافعي]]: «سنواصل التقدم نحو المدينة حتى تحريرها».",
      ["[ناصر اليافعي | قال] سنواصل التقدم نحو المدينة حتى تحريرها"]
    ],
    // guard: a person after مع is another party, not the holder
    [
      "وقال الأستاذ في [[ORGANIZATION:جامعة الملك سعود]] مع [[PERSON:فهد السالم]]: «الأسعار ستبقى مرتفعة حتى نهاية العام».",
      ["[الأستاذ | قال] الأسعار ستبقى مرتفعة حتى نهاية العام"]
    ]
  ],
  "Arabic: a definite role's nisba matches the feminine nisba of the role the person was named with": [
    [
      "وقال [[PERSON:جون سميث|المتحدث باسم الخارجية الأمريكية]] إن واشنطن «تتابع التطورات عن كثب».\nوأضاف المتحدث الأمريكي أن واشنطن «لن تقبل بأي تصعيد جديد».",
      ["[جون سميث | قال] تتابع التطورات عن كثب", "[جون سميث | أضاف] لن تقبل بأي تصعيد جديد"]
    ]
  ],
  "Arabic: a dash opens an apposition after a role as a comma does": [
    [
      "وقال المبعوث الخاص للأمين العام -[[PERSON:يان كوفاتش]]- إن الحل «يمر عبر طاولة الحوار وحدها».",
      ["[يان كوفاتش | قال] يمر عبر طاولة الحوار وحدها"]
    ],
    // guard: after a name, the words between dashes describe the name (a person the entity stage found there is not the speaker)
    [
      "وقال سامر الخطيب -[[PERSON:خبير]] الشؤون الاقتصادية في المركز- إن الأسعار «ستبقى مرتفعة طوال العام».",
      ["[سامر الخطيب | قال] ستبقى مرتفعة طوال العام"]
    ],
    [
      "وقال المبعوث الدولي الخاص لليمن -[[PERSON:يان كوفاتش]]- إن الحل «يمر عبر طاولة الحوار وحدها».\nواعتبر المبعوث الدولي أن الهدنة «فرصة لا يجب أن تضيع».",
      ["[يان كوفاتش | قال] يمر عبر طاولة الحوار وحدها", "[يان كوفاتش | اعتبر] فرصة لا يجب أن تضيع"]
    ]
  ],
  "Arabic: المسؤول and a nisba is the person named before with a role that holds the nisba": [
    [
      "انتقد وزير الداخلية الإسباني [[PERSON:خوان لوبيث|وزير الداخلية الإسباني]] خطة البلدية لتنظيم المرور.\nوقال المسؤول الإسباني في مؤتمر صحفي: «سنضاعف عدد الدوريات في الصيف».",
      ["[خوان لوبيث | قال] سنضاعف عدد الدوريات في الصيف"]
    ],
    [
      "كشف وزير النقل اليمني [[PERSON:سالم باعلي|وزير النقل اليمني]] عن موعد افتتاح الميناء.\nوعن الرحلات قال المسؤول اليمني: «ستبدأ أول رحلة بعد أسبوعين من الافتتاح».",
      ["[سالم باعلي | قال] ستبدأ أول رحلة بعد أسبوعين من الافتتاح"]
    ],
    // guard: the official appears before the person (the president he travels with is not the official)
    [
      "ونقلت الوكالة تصريحات المسؤول الأمريكي الذي رافق الرئيس الأمريكي [[PERSON:جون ماير|الرئيس الأمريكي]] في جولته.\nوقال المسؤول الأمريكي: «المحادثات كانت صريحة ومثمرة».",
      ["[المسؤول الأمريكي | قال] المحادثات كانت صريحة ومثمرة"]
    ],
    // guard: the responsibility (مسؤولية) is no official
    [
      "حمل وزير الداخلية الإسباني [[PERSON:خوان لوبيث|وزير الداخلية الإسباني]] البلدية مسؤولية الفوضى.\nوقال المسؤول الإسباني في مؤتمر صحفي: «سنضاعف عدد الدوريات في الصيف».",
      ["[خوان لوبيث | قال] سنضاعف عدد الدوريات في الصيف"]
    ],
    // guard: an unnamed official introduced after the minister is someone else
    [
      "انتقد وزير الداخلية الإسباني [[PERSON:خوان لوبيث|وزير الداخلية الإسباني]] خطة البلدية لتنظيم المرور.\nوأعلن مسؤول إسباني أن الخطة ستعدل.\nوقال المسؤول الإسباني: «سنضاعف عدد الدوريات في الصيف».",
      ["[المسؤول الإسباني | قال] سنضاعف عدد الدوريات في الصيف"]
    ]
  ]
}

// session 13 (the whole corpora; development samples 3301 and 3307): every row but the guards failed on the code
// before the session (/work/base-s13)
const session13: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a country alone between كان and قد is the subject of the verb after قد (وكانت البحرين قد أعلنت)": [
    [
      "وقال [[PERSON:سامي العلي]] إن الأزمة «لن تحل قريبا».\nوكانت [[LOCATION:الكويت]] قد أعلنت إغلاق حدودها مع الجار وقالت في بيان رسمي إن «القرار مؤقت وسيراجع خلال أسبوع».\nوأضاف البيان: «نأمل أن تعود الأمور إلى طبيعتها قريبا».",
      ["[سامي العلي | قال] لن تحل قريبا", "[الكويت | قالت] القرار مؤقت وسيراجع خلال أسبوع", "[الكويت | أضاف] نأمل أن تعود الأمور إلى طبيعتها قريبا"]
    ],
    [
      "وقال [[PERSON:سامي العلي]] إن الأزمة «لن تحل قريبا».\nوكانت [[LOCATION:الكويت]] قد أعلنت أن «القرار مؤقت وسيراجع خلال أسبوع».",
      ["[سامي العلي | قال] لن تحل قريبا", "[الكويت | أعلنت] القرار مؤقت وسيراجع خلال أسبوع"]
    ],
    // guard: a place after another noun is no subject (the feminine verb's own subject since the forty-fourth
    // session, `feminineSubject`, not the man before)
    [
      "وقال [[PERSON:سامي العلي]] إن الأزمة «لن تحل قريبا».\nوكانت الحكومة في [[LOCATION:الكويت]] قد أعلنت أن «القرار مؤقت وسيراجع خلال أسبوع».",
      ["[سامي العلي | قال] لن تحل قريبا", "[الحكومة | أعلنت] القرار مؤقت وسيراجع خلال أسبوع"]
    ]
  ],
  "Arabic: دون أن (without) right after the verb is no subject": [
    [
      "وقال [[PERSON:سامي العلي]] إن المصنع «سيغلق في الصيف». وكان [[PERSON:كريم ناصر]] انتقد الخطة أمس. وكتب دون أن يسمي أحدا «من العار أن تغلق المصانع وتشرد العمال بلا تعويض».",
      ["[سامي العلي | قال] سيغلق في الصيف", "[كريم ناصر | null] من العار أن تغلق المصانع وتشرد العمال بلا تعويض"]
    ],
    [
      "وقال [[PERSON:سامي العلي]] إن المصنع «سيغلق في الصيف». وكان [[PERSON:كريم ناصر]] انتقد الخطة أمس. وقال دون أن يذكر الوزير بالاسم إن «من يغلق المصانع يشرد العمال».",
      ["[سامي العلي | قال] سيغلق في الصيف", "[كريم ناصر | قال] من يغلق المصانع يشرد العمال"]
    ],
    // guard: a name that opens with دون
    ["وقال [[PERSON:دون هيل]] إن «المصنع سيغلق في الصيف المقبل».", ["[دون هيل | قال] المصنع سيغلق في الصيف المقبل"]]
  ],
  "Arabic: an age with no name (الرجل البالغ 60 عاما) is the person on the chain": [
    [
      "وقال [[PERSON:سعد الخالدي]] صاحب المتجر إن «الزبائن قلوا كثيرا هذا العام».\nوأضاف الرجل البالغ 60 عاما: «لم نر ركودا كهذا منذ عقود طويلة».",
      ["[سعد الخالدي | قال] الزبائن قلوا كثيرا هذا العام", "[سعد الخالدي | أضاف] لم نر ركودا كهذا منذ عقود طويلة"]
    ],
    [
      "وقالت [[PERSON:منى العلي]] إن «الحي تغير كثيرا».\nوتقول السيدة البالغة من العمر 70 عاما: «كنا نعرف كل الجيران بالاسم».",
      ["[منى العلي | قالت] الحي تغير كثيرا", "[منى العلي | تقول] كنا نعرف كل الجيران بالاسم"]
    ],
    // guard: no person on the chain: the phrase stays
    [
      "وقالت الشرطة إن الحادث وقع ليلا.\nوقال الشاب البالغ 20 عاما: «لم أر السيارة قبل أن تصدمني».",
      ["[الشاب البالغ 20 عاما | قال] لم أر السيارة قبل أن تصدمني"]
    ]
  ],
  "Arabic: a complementizer after an apposition between commas lets the verb reach far marks (وقال الوزير، X، إن …)": [
    [
      "وقال وزير المالية، [[PERSON:سامي العلي]]، إن الحكومة ستخفض الإنفاق على المشاريع الكبرى في العام المقبل، وهو ما سيجعل الميزانية \"أكثر توازنا من أي وقت مضى\".",
      ["[سامي العلي | قال] أكثر توازنا من أي وقت مضى"]
    ]
  ],
  "Arabic: a bare role in construct with a body (رئيس الاتحاد) is the person the entity stage gave that role": [
    [
      "أكد رئيس [[ORGANIZATION:اتحاد الكرة]] [[PERSON:سامي العلي|رئيس اتحاد الكرة الخليجي]] أن البطولة ستقام في موعدها.\nوأوضح رئيس [[ORGANIZATION:اتحاد الكرة]] «لن نؤجل أي مباراة مهما كانت الظروف».",
      ["[سامي العلي | أوضح] لن نؤجل أي مباراة مهما كانت الظروف"]
    ],
    // guard: nobody named with the role: not the person (the body until the forty-sixth session, which gives a post's
    // noun over a body its phrase: club helper, postOverBody)
    [
      "قال [[PERSON:سامي العلي]] إن البطولة ستقام في موعدها.\nوأوضح رئيس [[ORGANIZATION:اتحاد الكرة]] «لن نؤجل أي مباراة مهما كانت الظروف».",
      ["[رئيس اتحاد الكرة | أوضح] لن نؤجل أي مباراة مهما كانت الظروف"]
    ]
  ]
}

// session 12, second round (the whole corpora; development samples 8123 and 8147): every row but the guards failed
// on the code before the round (commit 86fa73a)
const session12b: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a one-word subject that closes a person's name before it (الابن, الأب) is that person": [
    [
      "وصرح [[PERSON:جورج بوش]] الابن للصحفيين بعد الجلسة بأن الصفقة لم تكتمل.\nوقال الإبن: «ما زلنا ننتظر رد الطرف الآخر على عرضنا».",
      ["[جورج بوش | قال] ما زلنا ننتظر رد الطرف الآخر على عرضنا"]
    ],
    [
      "وزار [[PERSON:سامي العلي الابن]] مقر الشركة في دبي مساء أمس.\nوقال الابن إن الزيارة «كانت لبحث فرص التوسع في الخليج».",
      ["[سامي العلي الابن | قال] كانت لبحث فرص التوسع في الخليج"]
    ],
    // guard: a surname after a name the entity stage cut short is no epithet: the phrase stays
    [
      "وأعلن [[PERSON:سامي]] العتيبي مدير الميناء عن توسعة الأرصفة.\nوقال العتيبي: «ستنتهي الأعمال قبل نهاية الربيع المقبل».",
      ["[العتيبي | قال] ستنتهي الأعمال قبل نهاية الربيع المقبل"]
    ]
  ],
  "Arabic: a person's role (اللاعب, المدرب) whose phrase holds only a body after it is the person named before with that role": [
    [
      "تحدث اللاعب الدولي السابق [[PERSON:خالد المطيري]] عن مستقبل المنتخب بعد الخسارة.\nوقال اللاعب والمدرب السابق لنادي [[ORGANIZATION:الشعلة]]: «الانتقادات ظالمة ولا تستند إلى أي أساس».",
      ["[خالد المطيري | قال] الانتقادات ظالمة ولا تستند إلى أي أساس"]
    ],
    [
      "أشاد المدرب [[PERSON:ماركو فيتي]] بأداء فريقه في المباراة.\nوقال المدرب الجديد لفريق [[ORGANIZATION:النجمة]] إن لاعبيه «قدموا كل ما لديهم حتى الدقيقة الأخيرة».",
      ["[ماركو فيتي | قال] قدموا كل ما لديهم حتى الدقيقة الأخيرة"]
    ],
    // guards: a spokesman speaks for the body; no person named before with the role: the body stays
    [
      "وقال المتحدث باسم [[ORGANIZATION:نادي الشعلة]]: «لم نتلق أي عرض رسمي للاعب حتى الآن».",
      ["[نادي الشعلة | قال] لم نتلق أي عرض رسمي للاعب حتى الآن"]
    ],
    [
      "وقال المدرب السابق لنادي [[ORGANIZATION:الشعلة]]: «الفريق يحتاج إلى مهاجم صريح قبل بداية الموسم».",
      ["[الشعلة | قال] الفريق يحتاج إلى مهاجم صريح قبل بداية الموسم"]
    ]
  ],
  "Arabic: a subjectless verb that opens its sentence after a sentence that opens with a conjunction, its verb and its subject (إذ ينصح X) is X's": [
    [
      "وقال الطبيب [[PERSON:سامي العلي]] إن النوم المبكر «يحسن المزاج والتركيز لدى الطلاب».\nإذ ينصح [[PERSON:كريم ناصر]] بأن تكتب أهدافك على ورقة قبل بداية الأسبوع. ويقول: «لا تضع أكثر من ثلاثة أهداف في وقت واحد».",
      ["[سامي العلي | قال] يحسن المزاج والتركيز لدى الطلاب", "[كريم ناصر | يقول] لا تضع أكثر من ثلاثة أهداف في وقت واحد"]
    ],
    [
      "وقال المدير [[PERSON:سامي العلي]] إن الخطة «جاهزة للتنفيذ منذ أشهر».\nكما زار الوزير [[PERSON:خالد الزعبي]] المستشفى الجديد أمس. وقال: «سنفتح قسمين آخرين قبل نهاية العام».",
      ["[سامي العلي | قال] جاهزة للتنفيذ منذ أشهر", "[خالد الزعبي | قال] سنفتح قسمين آخرين قبل نهاية العام"]
    ],
    // guards: an object after an indefinite noun (كما رفض خطة إدارة X) and a past told in passing (وقد عاد X) name no subject
    [
      "وقال [[PERSON:سامي العلي]] إن الميزانية «لا تحتمل أي تخفيض جديد».\nكما رفض خطة إدارة [[PERSON:مارك هيل]] لخفض الضرائب. وقال: «الخطة ستضر بالأسر الفقيرة أولا».",
      ["[سامي العلي | قال] لا تحتمل أي تخفيض جديد", "[سامي العلي | قال] الخطة ستضر بالأسر الفقيرة أولا"]
    ],
    [
      "وقال [[ORGANIZATION:مركز الرصد]] إن التقرير يغطي السنوات الخمس الماضية. وقد عاد [[PERSON:مارك هيل]] إلى منصبه بعد الانتخابات الأخيرة. وأكد أن «الرقابة طالت عددا من الدوائر الحكومية».",
      ["[مركز الرصد | أكد] الرقابة طالت عددا من الدوائر الحكومية"]
    ]
  ]
}

// session 11, second round (the whole corpora and development sample 6007): every row but the guards failed on the
// code before the round (commit 09476cc)
const session11b: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a definite role with no name is the person introduced earlier with a role of the same head and words": [
    [
      "وقال مدير مكتب الإعلام الحكومي في [[LOCATION:الأردن]]، [[PERSON:خالد الزعبي]]، إن المطالب غير منطقية.\nوأشار مدير مكتب الإعلام الحكومي الأردني في تصريحاته إلى أن «الحوار هو الطريق الوحيد للخروج من الأزمة».",
      ["[خالد الزعبي | أشار] الحوار هو الطريق الوحيد للخروج من الأزمة"]
    ],
    // the entity stage's role
    [
      "أكد [[PERSON:سامي العلي|وزير النقل السعودي]] أن المشروع سيكتمل قبل الصيف.\nوأضاف الوزير السعودي أن «العمل يسير وفق الجدول الزمني المحدد».",
      ["[سامي العلي | أضاف] العمل يسير وفق الجدول الزمني المحدد"]
    ],
    [
      "وقال المتحدث باسم الشرطة في [[LOCATION:عمان]]، [[PERSON:فادي نصر]]، إن الطرق مغلقة.\nوقال المتحدث: «نطلب من المواطنين عدم الخروج إلا للضرورة».",
      ["[فادي نصر | قال] نطلب من المواطنين عدم الخروج إلا للضرورة"]
    ],
    [
      "وقال رئيس بلدية المدينة [[PERSON:ماجد الشمري]] إن الأعمال بدأت.\nوأكد رئيس البلدية أن «المشروع سيخدم آلاف السكان في الأحياء الشرقية».",
      ["[ماجد الشمري | أكد] المشروع سيخدم آلاف السكان في الأحياء الشرقية"]
    ],
    // guards: an indefinite use is another person; a body's office is no person's role; a plural of words is no role
    [
      // (since the forty-fourth session the source as the text described it, still not the person it is close to)
      "وقال مصدر مقرب من [[PERSON:سامي العلي]] إن اللاعب يدرس العرض.\nوأضاف المصدر: «القرار سيتخذ خلال أسبوعين من الآن».",
      ["[مصدر مقرب | أضاف] القرار سيتخذ خلال أسبوعين من الآن"]
    ],
    [
      // (the office itself as the text named it, since the thirty-fifth session's nouns in construct: not the person)
      "قال مكتب رئيس الوزراء [[PERSON:أحمد داود]] إن الحملة بدأت.\nوأضاف المكتب أن «الحكومة ماضية في مواجهة شبكات التهريب».",
      ["[مكتب رئيس الوزراء | أضاف] الحكومة ماضية في مواجهة شبكات التهريب"]
    ],
    [
      "ونشرت الصحيفة تصريحات لمسؤولين انتقدوا [[PERSON:ليلى حسن]] بشدة.\nوجاء في التصريحات: «هذه المسؤولة لا تفهم المنطقة ولا تاريخها».",
      ["[التصريحات | جاء في] هذه المسؤولة لا تفهم المنطقة ولا تاريخها"]
    ]
  ],
  "Arabic: after وصف/اعتبر, one definite word naming nobody (or هذا/هذه and a noun) is the object; the speaker is the one who spoke": [
    [
      "وقال [[PERSON:سامي العلي]] إن المفاوضات كانت صعبة، ووصف الاتفاق أمام البرلمان بأنه «خطوة أولى نحو سلام دائم في المنطقة».",
      ["[سامي العلي | وصف] خطوة أولى نحو سلام دائم في المنطقة"]
    ],
    [
      "وأكد [[PERSON:كارل شميت]] أن الوزيرة «ناقشت ملف المياه بصراحة تامة». كما وصف هذه الجولة بأنها «بداية مسار صعب ومفتوح».",
      ["[كارل شميت | أكد] ناقشت ملف المياه بصراحة تامة", "[كارل شميت | وصف] بداية مسار صعب ومفتوح"]
    ],
    // guard: nobody spoke in the sentence or the one before: the noun is the subject
    [
      "وأبدى المواطنون حماسهم للبطولة، فيما وصف النواب في البرلمان الدورة بأنها «بداية عهد جديد للرياضة في المدينة».",
      ["[النواب | وصف] بداية عهد جديد للرياضة في المدينة"]
    ]
  ],
  "Arabic: a straight mark glued to the word before it opens a quote after a speech verb and its subject, or after a colon": [
    [
      "وقال [[PERSON:سامي العتيبي]] إن الخطة تسير وفق الجدول.\nويضيف [[PERSON:العتيبي]]\" لقد أنجزنا معظم الأعمال المطلوبة قبل الموعد\".",
      ["[العتيبي | يضيف] لقد أنجزنا معظم الأعمال المطلوبة قبل الموعد"]
    ],
    [
      "وقال [[PERSON:سامي العتيبي]] إن الخطة تسير وفق الجدول.\nوقال :\" لقد أنجزنا معظم الأعمال المطلوبة قبل الموعد\".",
      ["[سامي العتيبي | قال] لقد أنجزنا معظم الأعمال المطلوبة قبل الموعد"]
    ],
    // guards: a name in marks after an addressee; no speech verb before the mark
    ["أكد لـ\" الرياض\" الرائد [[PERSON:عامر السرطاوي]] أن الحادث لم يسفر عن إصابات.", []],
    ["وتوجه [[PERSON:سامي العتيبي]]\" شرقا بعد أن أنهى الاجتماع مع الوفد\" وعاد مساء.", []]
  ]
}

const session15b: Record<string, ReadonlyArray<Row>> = {
  "Arabic: a participle of addressing after the verb (مخاطبا الحضور, موجها حديثه) opens the addressee; the speaker is the chain's": [
    [
      "انتقد المرشح [[PERSON:جورج هاريسون]] القناة في مهرجان انتخابي.\nوقال مخاطبا القناة إن «تغطيتكم منحازة منذ اليوم الأول».",
      ["[جورج هاريسون | قال] تغطيتكم منحازة منذ اليوم الأول"]
    ],
    // a named addressee is no speaker either
    [
      "وصل الأمير [[PERSON:سعود بن نايف]] إلى مقر الحفل مساء أمس.\nوقال مخاطبا الوزير [[PERSON:خالد الفيصل]]: «هذا المشروع ثمرة جهودكم».",
      ["[سعود بن نايف | قال] هذا المشروع ثمرة جهودكم"]
    ],
    [
      "افتتحت الوزيرة [[PERSON:ليلى المهيري]] المعرض صباح اليوم.\nوأضافت موجهة حديثها إلى الطالبات: «أنتن مستقبل هذا الوطن».",
      ["[ليلى المهيري | أضافت] أنتن مستقبل هذا الوطن"]
    ],
    // the phrase is not pushed onto the chain: the next verb goes on with the same person
    [
      "ألقى [[PERSON:ماجد الدوسري]] كلمة في الجمعية العمومية.\nوقال مخاطبا أعضاء النادي: «الديون أكبر مما تتصورون».\nوأضاف: «سنعرض الحسابات كاملة الشهر المقبل».",
      ["[ماجد الدوسري | قال] الديون أكبر مما تتصورون", "[ماجد الدوسري | أضاف] سنعرض الحسابات كاملة الشهر المقبل"]
    ]
  ],
  "Arabic: ل and a noun with an attached pronoun after the verb (لزميله, لصديقه X, لأبنائهم) is the addressee; the speaker is the chain's": [
    [
      "وصل الحارس [[PERSON:ياسر المسيليم]] إلى الملعب متأخرا.\nوقال لزميله: «المباراة ستكون صعبة علينا الليلة».",
      ["[ياسر المسيليم | قال] المباراة ستكون صعبة علينا الليلة"]
    ],
    // the friend's name after it is the addressee too
    [
      "كتب الروائي [[PERSON:عادل الحمدان]] رسائل كثيرة من منفاه.\nوقال لصديقه [[PERSON:سليم]] في إحداها: «لم أعد أحتمل البرد هنا».",
      ["[عادل الحمدان | قال] لم أعد أحتمل البرد هنا"]
    ],
    [
      "اجتمع المزارعون في ساحة القرية مساء الخميس.\nوقال رئيس الجمعية [[PERSON:حمد القحطاني]] إن الموسم كان جيدا، ثم قال لأبنائهم: «الأرض أمانة في أعناقكم».",
      ["[حمد القحطاني | قال] الأرض أمانة في أعناقكم"]
    ],
    // guard: a name that starts with ل is the speaker
    ["وقال [[PERSON:لؤي الحسنه]]: «سنعود إلى التدريبات يوم الأحد».", ["[لؤي الحسنه | قال] سنعود إلى التدريبات يوم الأحد"]]
  ]
}

const session16: Record<string, ReadonlyArray<Row>> = {
  "Arabic: an according phrase between commas inside an attribution (وأكد، بحسب وكالة «…»، أن) names the outlet, not the speaker": [
    [
      "استقبل الرئيس [[PERSON:رجب طيب أردوغان]] نظيره الإيراني في أنقرة.\nوأكد، بحسب وكالة «الأناضول»، أن التعاون بين البلدين «ضروري لمواجهة الجماعات المسلحة في المنطقة».",
      ["[رجب طيب أردوغان | أكد] ضروري لمواجهة الجماعات المسلحة في المنطقة"]
    ],
    // the outlet does not join the chain: a participle later in the sentence is still the president's
    [
      "استقبل الرئيس [[PERSON:رجب طيب أردوغان]] نظيره الإيراني في أنقرة.\nوأكد، بحسب وكالة «[[ORGANIZATION:الأناضول]]»، أن التعاون «يحمل أهمية كبيرة للبلدين»، محذرا من أن الجماعات المسلحة «تهدد أمن المنطقة كلها».",
      ["[رجب طيب أردوغان | أكد] يحمل أهمية كبيرة للبلدين", "[رجب طيب أردوغان | محذرا] تهدد أمن المنطقة كلها"]
    ],
    // with a subject after the verb
    [
      "وقال وزير الخارجية [[PERSON:عادل الصباح]]، بحسب وكالة الأنباء الرسمية، إن الاجتماع «سيعقد في موعده المحدد الشهر المقبل».",
      ["[عادل الصباح | قال] سيعقد في موعده المحدد الشهر المقبل"]
    ],
    // guard: after a quote the according phrase still names its source
    [
      "وأكد الوزير أن الأسعار ارتفعت. وارتفع التضخم بنسبة «تجاوزت كل التوقعات هذا العام»، بحسب [[ORGANIZATION:مركز الإحصاء الوطني]].",
      ["[مركز الإحصاء الوطني | بحسب] تجاوزت كل التوقعات هذا العام"]
    ]
  ],
  "Arabic: وعبر X عن … opens a sentence with a verb (\"expressed\") and its subject, not the preposition \"via\"": [
    [
      "وقالت الجمعية الدولية إن اختيار الفنان [[PERSON:سامي الحربي]] جاء «تقديرا لجهوده في خدمة الثقافة».\nوعبر الفنان [[PERSON:سامي الحربي]] عن سعادته بهذا الاختيار، وقال: أشكر كل من ساندني في هذه المسيرة الطويلة.",
      ["[الجمعية الدولية | قالت] تقديرا لجهوده في خدمة الثقافة", "[سامي الحربي | قال] أشكر كل من ساندني في هذه المسيرة الطويلة"]
    ],
    // the sentence before a subjectless verb
    [
      "قال رئيس الحكومة [[PERSON:يانيس كوستاس]] إن الإصلاحات ضرورية. من جهته، عبر وزير العدل [[PERSON:نيكوس ماركو]] عن شكوكه في بعض المواد. وقال «إن البلاد تمر بظرف استثنائي ولا أريد أن أعرقل الاتفاق».",
      ["[نيكوس ماركو | قال] إن البلاد تمر بظرف استثنائي ولا أريد أن أعرقل الاتفاق"]
    ],
    // the verb in the middle of its sentence, after a tweet
    [
      "وقال الرئيس [[PERSON:حسن الكبير]] إن الراحل كان رجلا استثنائيا.\nوعبر وزير الخارجية [[PERSON:مراد أوزتورك]] عن مواساته في تغريدة قال فيها إنه «تألم كثيرا لفقده».",
      ["[مراد أوزتورك | قال] تألم كثيرا لفقده"]
    ],
    // guard: عبر as "via" keeps the chain
    [
      "وقال الوزير [[PERSON:خالد العتيبي]] إن الخطة جاهزة.\nوعبر حسابه على تويتر، قال: «سنعلن التفاصيل الأسبوع المقبل».",
      ["[خالد العتيبي | قال] سنعلن التفاصيل الأسبوع المقبل"]
    ]
  ],
  "Arabic: the subject before a verb that has none after it (أما X فقال, لكن X تقول)": [
    [
      "وقال الوزير [[PERSON:خالد العتيبي]] إن الخطة جاهزة.\nأما التاجر وحيد الصالح فيقول : إنه ينتظر موسم العيد منذ أشهر.",
      ["[التاجر وحيد الصالح | يقول] إنه ينتظر موسم العيد منذ أشهر"]
    ],
    [
      "وقال الوزير [[PERSON:خالد العتيبي]] إن الصفقة خاسرة.\nأما البعض الآخر فيؤكد أنها «صفقة ناجحة بكل المقاييس».",
      ["[البعض الآخر | يؤكد] صفقة ناجحة بكل المقاييس"]
    ],
    [
      "قال الوزير [[PERSON:خالد العتيبي]] إن الخطة جاهزة. لكن السلطات المحلية تقول: «لا توجد أي خطة حتى الآن».",
      ["[السلطات المحلية | تقول] لا توجد أي خطة حتى الآن"]
    ],
    // a person named there is the speaker (before: the chain, the minister)
    [
      "قال الوزير [[PERSON:خالد العتيبي]] إن الخطة جاهزة. ولكن النائب [[PERSON:سامي المطيري]] قال: «لم نر أي خطة حتى الآن».",
      ["[سامي المطيري | قال] لم نر أي خطة حتى الآن"]
    ],
    // guard: a topic after أما (عن, في) is no subject: the chain
    [
      "تحدثت الممثلة [[PERSON:هالة فاروق]] عن أعمالها الجديدة.\nأما عن تعاونها مع المخرج الشاب فقالت: «تجربة مختلفة تماما عن كل ما قدمته».",
      ["[هالة فاروق | قالت] تجربة مختلفة تماما عن كل ما قدمته"]
    ]
  ],
  "Arabic: the subject after إلا أن / غير أن before a verb that has none after it (second round)": [
    // before: the chain, the minister quoted first
    [
      "وقال الوزير [[PERSON:خالد العتيبي]] إن الحادث لم يسفر عن إصابات. إلا أن المصدر الطبي قال: «نقلنا ثلاثة جرحى إلى المستشفى».",
      ["[المصدر الطبي | قال] نقلنا ثلاثة جرحى إلى المستشفى"]
    ],
    [
      "قال الوزير [[PERSON:خالد العتيبي]] إن الطريق مفتوح، غير أن الشرطة المحلية تقول: «الطريق مغلق منذ الصباح».",
      ["[الشرطة المحلية | تقول] الطريق مغلق منذ الصباح"]
    ],
    // a person named there (right before too: the entity in the clause's first words)
    [
      "قال الوزير [[PERSON:خالد العتيبي]] إن الخطة جاهزة. إلا أن النائب [[PERSON:سامي المطيري]] قال: «لم نر أي خطة حتى الآن».",
      ["[سامي المطيري | قال] لم نر أي خطة حتى الآن"]
    ],
    // guard: a pronoun (إلا أنه قال) keeps the chain
    [
      "قال الوزير [[PERSON:خالد العتيبي]] إن الخطة جاهزة. إلا أنه قال: «التنفيذ سيتأخر بضعة أشهر».",
      ["[خالد العتيبي | قال] التنفيذ سيتأخر بضعة أشهر"]
    ]
  ],
  "Arabic: a mark left open before the next attribution's mark (after a colon or a complementizer) opens the next quote (second round)": [
    // before: the second mark closed the open quote, the third opened one that was capped and lost
    // (since the forty-first session the open quote ends at the full stop before the cue's sentence, `cueSentenceEnd`)
    [
      'قالت المعلمة [[PERSON:هدى السالم]] إن المدرسة جاهزة، مضيفة: "نستقبل الطلاب يوم الأحد وسنوزع الكتب في الصباح الباكر. وأوضح المدير [[PERSON:فهد الزهراني]] أن الحافلات جاهزة، مضيفا: "سنبدأ النقل من الأحياء البعيدة أولا".',
      [
        "[هدى السالم | مضيفة] نستقبل الطلاب يوم الأحد وسنوزع الكتب في الصباح الباكر",
        "[فهد الزهراني | مضيفا] سنبدأ النقل من الأحياء البعيدة أولا"
      ]
    ],
    [
      "وقال المتحدث باسم الشرطة العقيد [[PERSON:ماجد الحربي]] إن الموقوف أفاد بأنه “كان في المنزل وقت الحادث ولم يخرج منه، فيما أفادت زوجته بأنها “كانت تعمل في المتجر حتى ساعة متأخرة من المساء”.",
      [
        // (the detainee's words, reported by the spokesman: a speech verb inside reported speech speaks for the noun
        // after its complementizer; thirty-first session)
        "[الموقوف | أفاد] كان في المنزل وقت الحادث ولم يخرج منه، فيما أفادت زوجته بأنها",
        "[زوجته | أفادت] كانت تعمل في المتجر حتى ساعة متأخرة من المساء"
      ]
    ],
    // guard: a straight mark glued to the colon before it closes
    ['وقال الوزير [[PERSON:خالد العتيبي]]: "الأسباب عدة وأهمها ما يلي:" ثم عدد الوزير خمسة أسباب للتأخير في المشروع.', ["[خالد العتيبي | قال] الأسباب عدة وأهمها ما يلي"]]
  ],
  "Arabic: a verb that is also a noun and quotes only through a colon or a complementizer (بين, وصف, زاد) right after a closing mark attributes nothing": [
    // «…» بين البلدين: "between", no quote (and no speaker put on the chain)
    ["ودعا الرئيس إلى توقيع «اتفاق سلام» بين الطرفين قبل نهاية الشهر.", []],
    [
      "أطلق رئيس الوزراء [[PERSON:جون كار]] أمس حملة لمواجهة «إخفاقات الاندماج» بين الجاليات المقيمة. وأكد أن بعض المواطنين «لا يشعرون بأي ارتباط مع جيرانهم هنا».",
      ["[جون كار | أكد] لا يشعرون بأي ارتباط مع جيرانهم هنا"]
    ],
    ["أما السيدة «أم سالم» فتصف طريقة التخزين بأنها سهلة.", []],
    // guard: after a comma the verb still attributes the quote before it
    ["«سنبدأ العمل في المشروع خلال أيام»، بين مدير الإدارة [[PERSON:ماجد الحربي]].", ["[ماجد الحربي | بين] سنبدأ العمل في المشروع خلال أيام"]]
  ]
}

describe("quotes: errors found on real articles (session 16)", () => {
  for (const [name, rows] of Object.entries(session16)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 15, second round)", () => {
  for (const [name, rows] of Object.entries(session15b)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 15)", () => {
  for (const [name, rows] of Object.entries(session15)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 14)", () => {
  for (const [name, rows] of Object.entries(session14)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 13, second round)", () => {
  for (const [name, rows] of Object.entries(session13b)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 13)", () => {
  for (const [name, rows] of Object.entries(session13)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 12, second round)", () => {
  for (const [name, rows] of Object.entries(session12b)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 12)", () => {
  for (const [name, rows] of Object.entries(session12)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 11, second round)", () => {
  for (const [name, rows] of Object.entries(session11b)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 11)", () => {
  for (const [name, rows] of Object.entries(session11)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 10)", () => {
  for (const [name, rows] of Object.entries(session10)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles (session 9)", () => {
  for (const [name, rows] of Object.entries(session9)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }
})

describe("quotes: errors found on real articles", () => {
  for (const [name, rows] of Object.entries(tables)) {
    describe(name, () => {
      it.each(rows)("%s", (text, expected) => {
        expect(show(text)).toEqual(expected)
      })
    })
  }

  it("speech that runs into boilerplate ends before it", () => {
    const text = "وقال متحدث باسم الشرطة: نود طمأنة الجمهور بأن الخطط جاهزة. وسوم الشرطة الأمن العاصمة"
    const start = text.indexOf("وسوم")
    const quotes = extractQuotes(text, { exclude: [{ start, end: text.length }] })
    expect(quotes.map((q) => [q.speaker, q.text])).toEqual([["متحدث باسم الشرطة", "نود طمأنة الجمهور بأن الخطط جاهزة"]])
    // boilerplate right after the colon leaves no quote
    expect(extractQuotes(text, { exclude: [{ start: text.indexOf("نود"), end: text.length }] })).toEqual([])
  })

  it("spans still map back to the text", () => {
    for (const rows of [...Object.values(tables), ...Object.values(session9), ...Object.values(session10)])
      for (const [marked] of rows) {
        const { text, entities } = parseMarked(marked)
        for (const q of extractQuotes(text, { entities })) expect(text.slice(q.start, q.end)).toBe(q.text)
      }
  })
})
