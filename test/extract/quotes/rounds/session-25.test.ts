import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 25 (helper; docs/history/quotes.md, "Twenty-fifth session (helper)"): the person an interview met speaks, not the
 * outlet that met them; `أجاب` right before marks in a sentence that asked someone is the verb of answering, and the
 * one asked answers; `إلى القول:` is a cue for its clause's subject; a colon after a clause of words and commas ends
 * the verb's reach to the marks after it. Sentences written for these tests in the style of the wires;
 * `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the person an interview met speaks, not the outlet": [
    [
      'وكان لـ«[[ORGANIZATION:الوطن]]» لقاءات مع عدد من المتطوعين، بينهم [[PERSON:سامر العلي]]، الذي عمل في المخيم ثلاثة أشهر، فقال: «التجربة غيرت نظرتي إلى الحياة».',
      ['[سامر العلي | قال] التجربة غيرت نظرتي إلى الحياة']
    ],
    [
      'وقال [[PERSON:ماجد الحربي]] إن المشروع "سيبدأ العام المقبل".\nوفي حديث مع [[PERSON:ريم الشهري]] لـ«[[ORGANIZATION:الوطن]]»، أكدت أن البرنامج ناجح.\nأجابت: «سنوسع البرنامج إلى مدن أخرى».\nوأضافت: «الطلب كبير جدا».',
      ['[ماجد الحربي | قال] سيبدأ العام المقبل', '[ريم الشهري | أجابت] سنوسع البرنامج إلى مدن أخرى', '[ريم الشهري | أضافت] الطلب كبير جدا']
    ],
    // a person before the noun of interview, or a name after it with no مع, بينهم, منهم: the sentence's own subject
    [
      'وفي لقاء جمع [[PERSON:سامر العلي]] مع [[PERSON:ماجد الحربي]]، قال: «سنعمل معا على إنجاح المبادرة».',
      ['[سامر العلي | قال] سنعمل معا على إنجاح المبادرة']
    ],
    [
      'والتقى الوزير [[PERSON:سامر العلي]] خلال لقاء مع [[PERSON:ماجد الحربي]] بممثلي النقابات، وقال: «سنعمل معا على إنجاح المبادرة».',
      ['[سامر العلي | قال] سنعمل معا على إنجاح المبادرة']
    ]
  ],
  "أجاب right before marks, after a verb of asking: the one asked": [
    [
      'وحين سألت اللجنة [[PERSON:سامر العلي]] عن سبب التأخير أجاب "لم أكن أعرف".',
      ['[سامر العلي | أجاب] لم أكن أعرف']
    ],
    [
      'وسأل [[PERSON:ماجد الحربي]] الوزير [[PERSON:سامر العلي]] عن الميزانية فأجاب "لا توجد أرقام نهائية بعد".',
      ['[سامر العلي | أجاب] لا توجد أرقام نهائية بعد']
    ],
    // no verb of asking before it: a noun, as before
    ['ورفض [[PERSON:ماجد الحربي]] الرد على سؤال أجاب "لا تعليق لدي".', []]
  ],
  "إلى القول and a colon: the clause's subject": [
    [
      'ويخلص [[PERSON:سامر العلي]]، الذي يعد من أبرز الباحثين في المجال، إلى القول: “لا بد من مراجعة شاملة للخطة”.',
      ['[سامر العلي | القول] لا بد من مراجعة شاملة للخطة']
    ],
    [
      'وقال [[PERSON:ماجد الحربي]] إن الخطة "ستنجح في النهاية".\nويخلص [[PERSON:سامر العلي]]، الذي يعد من أبرز الباحثين في المجال، إلى القول: لا بد من مراجعة شاملة للخطة قبل تنفيذها.',
      ['[ماجد الحربي | قال] ستنجح في النهاية', '[سامر العلي | القول] لا بد من مراجعة شاملة للخطة قبل تنفيذها']
    ],
    // the one named right before إلى القول: the object of دفع, or the subject
    [
      'وقال [[PERSON:ماجد الحربي]] إن الخطة "ستنجح في النهاية". وهذا ما دفع رئيس الحزب [[PERSON:سامر العلي]] إلى القول: لا بد من مراجعة شاملة للخطة قبل تنفيذها.',
      ['[ماجد الحربي | قال] ستنجح في النهاية', '[سامر العلي | القول] لا بد من مراجعة شاملة للخطة قبل تنفيذها']
    ],
    // marks with no colon: a saying nobody said
    ['وقد يصل الأمر إلى القول "إن المشروع فشل" دون دليل.', []]
  ],
  "a clause of words and commas between the verb and its colon": [
    [
      'وتحدث [[PERSON:سامر العلي]] عن الخطة طويلا. ويقول وهو يرتب أوراقه القديمة على الطاولة الصغيرة، بينما كان يستعد للمغادرة إلى المطار الدولي في المساء بعد يوم طويل: “كان القرار صعبا على الجميع”.',
      ['[سامر العلي | يقول] كان القرار صعبا على الجميع']
    ],
    // a person named in the clause, a name's noun before the colon, a complementizer (a reported clause's colon opens a
    // list): too far from the verb, as before
    [
      'وقال [[PERSON:ماجد الحربي]] إن المشروع "سيبدأ العام المقبل". وقال الرئيس في خطاب تلاه بدلا منه الوزير [[PERSON:سامر العلي]] أمام المشاركين في المؤتمر، بعد افتتاح المعرض: “نحن فخورون بما تحقق هذا العام”.',
      ['[ماجد الحربي | قال] سيبدأ العام المقبل']
    ],
    [
      'وكما قال [[PERSON:سامر العلي]]، جاء العرض الأخير هادئا، وقد عزفته الفرقة على العود والناي تكريما لأهالي الحي القديم، بعنوان: «ليل المدينة الطويل»',
      []
    ],
    [
      'وقال [[PERSON:سامر العلي]] في مؤتمر صحفي عقده مساء أمس في مقر الوزارة بالعاصمة بمشاركة ممثلين عن الوزارات إن الحكومة ستدرس، بعد مشاورات طويلة، المطالب التالية: “رفع الرواتب”.',
      []
    ]
  ]
}

describeQuoteTables("quotes: the session 25 helper's Arabic speakers", tables)
