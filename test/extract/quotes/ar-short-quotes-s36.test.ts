import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * One to three words in marks as the subject or the predicate of the clause a speech verb reports, and the speech verb's
 * clause going on after a dash aside (docs/history/quotes.md, "Thirty-sixth session (helper, short quotes after the
 * complementizer and dash asides)"). Sentences written for these tests; `[[PERSON:text]]` marks become entities. Each
 * table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an indefinite noun and its adjective as the subject right after a bare complementizer": [
    ['وقال وزير الدفاع [[PERSON:سامي الحداد]] إن "أسطولا ضخما" أبحر نحو الخليج.', ["[سامي الحداد | قال] أسطولا ضخما"]],
    ['وأضاف [[PERSON:سامي الحداد]] أن "مواجهة شاملة" ستندلع إذا فشلت المحادثات.', ["[سامي الحداد | أضاف] مواجهة شاملة"]],
    ['وقالت [[PERSON:ليلى الساعدي]] إن "كمية كبيرة" من الوثائق ضبطت في المكتب.', ["[ليلى الساعدي | قالت] كمية كبيرة"]],
    ['وقال [[PERSON:سامي الحداد]] إن "فرصة ذهبية" ضاعت على الفريق.', ["[سامي الحداد | قال] فرصة ذهبية"]],
    ['وأوضح [[PERSON:سامي الحداد]] أن "كل الاحتمالات" واردة في هذه المرحلة.', ["[سامي الحداد | أوضح] كل الاحتمالات"]],
    // must not fire: a name (an organisation, a body), a noun and a noun that is no adjective, a place in the marks, a
    // word of all with no definite word after it, no speech verb; a broken plural with its adjective is left out
    // (the rule is narrow)
    ['وأكد [[PERSON:سامي الحداد]] أن "جبهة النصرة" انسحبت من المدينة.', []],
    ['وقال [[PERSON:سامي الحداد]] إن "صحة جدة" أطلقت حملة جديدة.', []],
    ['وقال [[PERSON:سامي الحداد]] إن "[[LOCATION:أمريكا]] أولا" شعار انتخابي قديم.', []],
    ['وأكد [[PERSON:سامي الحداد]] أن "كل" شيء يسير كما خطط له.', []],
    ['ويرجح أن "ذئابا منفردة" نفذت الهجوم.', []],
    ['وأكد [[PERSON:سامي الحداد]] أن "عناصر مسلحة" تسللت إلى المخيم ليلا.', []]
  ],
  "an indefinite adjective as the predicate of the definite subject right after the complementizer": [
    ['وأكد [[PERSON:سامي الحداد]] أن الوضع "خطير" في الأحياء الشرقية.', ["[سامي الحداد | أكد] خطير"]],
    ['وقال [[PERSON:سامي الحداد]] إن العقوبات "ضرورية" لكنها لا تكفي.', ["[سامي الحداد | قال] ضرورية"]],
    ['وأشارت [[PERSON:ليلى الساعدي]] إلى أن الدعوى "كيدية" ولا أساس لها.', ["[ليلى الساعدي | أشارت] كيدية"]],
    // must not fire: a name after a noun of a person or a post, a noun that is no adjective, the subject not right after
    // the complementizer, no speech verb
    ['وأكد [[PERSON:سامي الحداد]] أن الشاب "تركي" كان في طريقه إلى المطار.', []],
    ['وأكد [[PERSON:سامي الحداد]] أن الحارس "ماجد" سيغيب عن المباراة.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الإعصار "سوديلور" ضرب الساحل.', []],
    ['وقال [[PERSON:سامي الحداد]] إن العمل في الطريق "السريع" تأخر.', []],
    ['وتبين أن الكوكب "صخري" في معظمه.', []]
  ],
  "two or three words right after a form of كان, أصبح or بات": [
    ['وقال [[PERSON:سامي الحداد]] إن الأمن الغذائي سيكون "محور المحادثات" غدا.', ["[سامي الحداد | قال] محور المحادثات"]],
    ['وأكد [[PERSON:سامي الحداد]] أن المدينة لن تصبح «ملاذا آمنا» للمهربين.', ["[سامي الحداد | أكد] ملاذا آمنا"]],
    ['وقالت [[PERSON:ليلى الساعدي]] إن المفاوضات أصبحت "في المرحلة الأخيرة" الآن.', ["[ليلى الساعدي | قالت] في المرحلة الأخيرة"]],
    // must not fire: a post with the article first, a name, letters spelled, no speech verb reporting the clause
    ['وقال [[PERSON:سامي الحداد]] إنه طلب من المرشح أن يكون "الرئيس المؤقت" للجنة.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الشركة ستكون "[[ORGANIZATION:نجمة الخليج]]" بعد الدمج.', []],
    ['وقال [[PERSON:سامي الحداد]] إن القناة لن تكون "بي بي سي" التي نعرفها.', []],
    ['وكانت المدينة "عاصمة الثقافة" عام 2012.', []]
  ],
  "the speech verb's clause going on after a dash aside with a cue inside it": [
    ['وقال الرئيس [[PERSON:سامي الحداد]] - بحسب وكالة الأنباء الرسمية - إن الاتفاق "سيئ جدا" للبلاد.', ["[سامي الحداد | قال] سيئ جدا"]],
    ['وقال الرئيس [[PERSON:سامي الحداد]] - الذي أكد أمس دعمه للحلفاء - إن الاتفاق "سيئ جدا" للبلاد.', ["[سامي الحداد | قال] سيئ جدا"]],
    ['وأضاف المصدر [[PERSON:سامي الحداد]] - حسب وكالة الأنباء - أن "المسلحين انسحبوا من الحي بعد الظهر".', ["[سامي الحداد | أضاف] المسلحين انسحبوا من الحي بعد الظهر"]],
    // must not fire: no subject named before the aside (the relative `الذي قال`), the aside's own verb with no
    // complementizer after its closing dash
    ['واعتقل السائق الذي قال - حسب شهود - إنه "سيعود قريبا".', []],
    ['وقال الرئيس [[PERSON:سامي الحداد]] - كما أكد [[PERSON:ليلى الساعدي]] - "سيئ جدا" للبلاد.', []]
  ]
}

describeQuoteTables("Arabic finding: short quotes after the complementizer, and dash asides (thirty-sixth session)", tables)
