import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Speakers in columns, sermons and interviews (docs/history/quotes.md, "Thirty-eighth session (helper, voices)"): a
 * name inside words already quoted never becomes a later quote's speaker; the Prophet's blessing in the subject's place
 * (`قال عليه الصلاة والسلام:`) or right before marks (`كما علمنا عليه الصلاة والسلام: «…»`) names the hadith's speaker,
 * the title the text gave him last or the blessing's words; an interview's dash answers after its questions are the
 * interviewee's quotes; a clause's fragment where the subject would stand (`ورأى منهم ظلمًا …`) is no speaker.
 * Sentences written for these tests; `[[PERSON:text]]` marks become entities; paragraphs are lines. Each table has rows
 * where the rule must not fire.
 */

const HADITH = "أحب الأسماء إلى الله [[PERSON:عبد الله]] وعبد الرحمن وأصدقها حارث وهمام وأقبحها حرب ومرة"
const SALAM = "السلام علينا وعلى عباد الله الصالحين في كل صلاة نصليها في يومنا وليلتنا"

const LEAD =
  "عمر السالم - الرياض:\nالعميد [[PERSON:ناصر الدوسري]] قائد قوات حرس الحدود في المنطقة الجنوبية، تحدث في هذا الحوار عن آخر المستجدات الميدانية على الحدود وخطط التطوير في العام المقبل."

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a name inside words already quoted is no later quote's speaker": [
    // (since the fifty-fourth session the hadith after `وفي الحديث الشريف:` is scripture and gets no quote, helper
    // arscript; its words still keep their name from the chain, as a quote's did: scripture left without a quote counts
    // as quoted words)
    // one paragraph: the first marks are found before the second are read
    [`وفي الحديث الشريف: «${HADITH}». ثم نقول في ختام كل صلاة «${SALAM}».`, [`[null | null] ${SALAM}`]],
    // two paragraphs: the first marks were read already
    [`وفي الحديث الشريف: «${HADITH}».\nثم نقول في ختام كل صلاة «${SALAM}».`, [`[null | null] ${SALAM}`]],
    // must not change: a person named outside the marks before them is still the chain's first person
    [
      `وتحدث الداعية [[PERSON:خالد العتيبي]] عن فضل التحية بين الناس.\nوفي الحديث الشريف: «${HADITH}».\nثم نقول في ختام كل صلاة «${SALAM}».`,
      [`[خالد العتيبي | null] ${SALAM}`]
    ]
  ],
  "the Prophet's blessing marks a hadith (its speaker until the forty-fourth session, which drops the quote)": [
    // no title of the Prophet before: the blessing's words
    [
      "التحية عادة قديمة في حياة البشر، قال عليه الصلاة والسلام: «خلق الله آدم فلما خلقه قال اذهب فسلم على أولئك النفر من الملائكة».",
      // (no quote since the forty-fourth session: a hadith is no news quote)
      []
    ],
    // the title the text gave him last
    [
      "وكان النبي صلى الله عليه وسلم يكره الحرب ولا يحب أن يسمع اسمها.\nلذا قال عليه الصلاة والسلام: «لا تدخلون الجنة حتى تؤمنوا ولا تؤمنوا حتى تحابوا».",
      // (no quote since the forty-fourth session: a hadith is no news quote)
      []
    ],
    // marks right after the blessing, no speech verb
    [
      "هكذا أوصانا رسول الله في أحاديث كثيرة.\nوقبل أن نخرج من الصلاة نقول كما علمنا عليه الصلاة والسلام: «التحيات لله والصلوات والطيبات السلام عليك أيها النبي ورحمة الله».",
      // (no quote since the forty-fourth session: a hadith is no news quote)
      []
    ],
    [
      "وكان يكره كلمة الحرب، وفي الحديث عنه صلى الله عليه وسلم: «أحب الأسماء إلى الله عبد الله وعبد الرحمن وأقبحها حرب ومرة».",
      // (no quote since the forty-fourth session: a hadith is no news quote)
      []
    ],
    // must not change: a named speaker's own words after a verb, and marks after words that end with no blessing
    [
      "وقال الشيخ [[PERSON:سعد الغامدي]] في خطبة الجمعة: «إن التحية بين الناس تفتح القلوب وتقرب البعيد».",
      ["[سعد الغامدي | قال] إن التحية بين الناس تفتح القلوب وتقرب البعيد"]
    ],
    [
      "وتحدث الشيخ [[PERSON:سعد الغامدي]] عن السلام.\nوفي الحديث عن السلام: «إن التحية بين الناس تفتح القلوب وتقرب البعيد».",
      ["[سعد الغامدي | null] إن التحية بين الناس تفتح القلوب وتقرب البعيد"]
    ]
  ],
  "an interview's dash answers are the interviewee's": [
    [
      `حرس الحدود: الأوضاع مستقرة\n${LEAD}\n* ما هي آخر المستجدات على الحدود الجنوبية؟\n- الأوضاع مستقرة تماما ولا يوجد ما يدعو للقلق.\n* وماذا عن خطط التطوير؟\n- لدينا خطة متكاملة لتطوير المراكز الحدودية خلال العام المقبل.`,
      ["[ناصر الدوسري | null] الأوضاع مستقرة تماما ولا يوجد ما يدعو للقلق", "[ناصر الدوسري | null] لدينا خطة متكاملة لتطوير المراكز الحدودية خلال العام المقبل"]
    ],
    // questions that end with a question mark, no star
    [
      `حرس الحدود: الأوضاع مستقرة\n${LEAD}\nما هي آخر المستجدات على الحدود الجنوبية؟\n- الأوضاع مستقرة تماما ولا يوجد ما يدعو للقلق.\nوماذا عن خطط التطوير؟\n- لدينا خطة متكاملة لتطوير المراكز الحدودية.`,
      ["[ناصر الدوسري | null] الأوضاع مستقرة تماما ولا يوجد ما يدعو للقلق", "[ناصر الدوسري | null] لدينا خطة متكاملة لتطوير المراكز الحدودية"]
    ],
    // the person before the title's colon first, over a person the lead names before the interviewee
    [
      `[[PERSON:سعد الحربي]]: الموسم الماضي كان صعبا\nفي حوار مع الرئيس السابق للنادي [[PERSON:خالد العمر]] تحدث المدرب سعد الحربي عن الموسم الماضي وخطط الفريق.\n* كيف تقيم الموسم الماضي؟\n- كان موسما صعبا على الجميع بسبب الإصابات.\n* وماذا عن الموسم المقبل؟\n- نعمل على تجهيز الفريق بشكل أفضل.`,
      ["[سعد الحربي | null] كان موسما صعبا على الجميع بسبب الإصابات", "[سعد الحربي | null] نعمل على تجهيز الفريق بشكل أفضل"]
    ],
    // a person after the title's colon is the topic: the lead names the interviewee
    [
      `رئيس التحقيقات: مقابلة مع [[PERSON:أبو بكر البغدادي]] حلم كل صحفي\nوجاء الحوار مع الصحفي [[PERSON:دانيال كوك]] رئيس قسم التحقيقات في الصحيفة البريطانية على النحو التالي.\n* متى بدأت العمل في التحقيقات؟\n- بدأت قبل عشرين عاما في صحيفة محلية صغيرة.\n* ما أصعب تحقيق أجريته؟\n- كل تحقيق عن التطرف كان صعبا وخطرا.`,
      ["[دانيال كوك | null] بدأت قبل عشرين عاما في صحيفة محلية صغيرة", "[دانيال كوك | null] كل تحقيق عن التطرف كان صعبا وخطرا"]
    ],
    // must not fire: starred subheadings before dash lists (no question mark), a column's items parted by `* *`
    [
      `إرشادات للمسافرين\nتحدث الطبيب [[PERSON:سالم القحطاني]] عن المشكلات الصحية التي قد تحدث خلال الرحلات الطويلة بالطائرات.\n* مقصورة الطائرة\n- ضغط الهواء في المقصورة أقل من ضغطه على الأرض.\n* الأدوية والسفر\n- يجب حمل الأدوية في حقيبة اليد دائما.`,
      []
    ],
    [
      `فواصل\n- قرار اللجنة بعد اللقاء الأخير غريب على الجميع ولا يخدم المنافسة.\n* *\n- تأجيل البطولة أسلوب سهل في تنظيم المسابقات.\n* *\n- الجماهير تستحق احتراما أكبر من الأندية.`,
      []
    ],
    // must not fire: one question and its answer only
    [`حرس الحدود: الأوضاع مستقرة\n${LEAD}\n* ما هي آخر المستجدات على الحدود الجنوبية؟\n- الأوضاع مستقرة تماما ولا يوجد ما يدعو للقلق.`, []],
    // must not fire: no word of an interview before the questions (a reader's questions, a list)
    [
      `عيادة الأسرة\nيجيب عنها الدكتور [[PERSON:سالم القحطاني]] استشاري طب الأسرة في مستشفى الملك فهد بالمدينة المنورة كل أسبوع.\n* ما أسباب الصداع المتكرر؟\n- أسبابه كثيرة منها قلة النوم والإجهاد.\n* هل الصيام مفيد للمرضى؟\n- يعتمد ذلك على حالة المريض ونوع مرضه.`,
      []
    ],
    [`الاستقدام أزمة مستمرة\n- الاستقدام لم يعد ترفا بل حاجة ملحة للأسر.\n- التأخير في حسم الملف أوجد سوقا سوداء كبيرة.\n- الأزمة مستمرة منذ سنوات دون حل.`, []]
  ],
  "a clause's fragment is no speaker": [
    [
      "وقال الكاتب [[PERSON:سامي الحربي]] إن الناس لا يقاطعون المتاجر.\nفإذا غضب الزبون ورأى منهم ظلمًا أو وقاحة يخبرهم أنه لن يعود.\nأما نحن فنعود ولسان حالنا يقول: «ماذا سيخسرون لو أننا قاطعناهم جميعا؟»",
      ["[سامي الحربي | يقول] ماذا سيخسرون لو أننا قاطعناهم جميعا؟"]
    ],
    // must not change: an untagged subject phrase that is a source
    [
      "ولم يعلن أحد مسؤوليته عن الهجوم.\nلكن مصدرا أمنيا قال إن «المهاجمين فروا إلى منطقة جبلية وعرة قرب الحدود».",
      ["[مصدرا أمنيا | قال] المهاجمين فروا إلى منطقة جبلية وعرة قرب الحدود"]
    ]
  ]
}

describeQuoteTables("Arabic speakers: columns, sermons and interviews (thirty-eighth session)", tables)
