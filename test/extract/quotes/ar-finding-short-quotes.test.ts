import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * One and two words in marks inside the clause a speech verb reports (docs/history/quotes.md, "Thirty-first session,
 * second round (helper, short quotes)"): the speaker's own words when their shape reads as speech, not a name or a term.
 * Sentences written for these tests; `[[PERSON:text]]` marks become entities. Each table has rows where the rule must
 * not fire: names, terms and organisations in marks.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "one or two words right after a complementizer with its pronoun": [
    ['وقال [[PERSON:سامي الحداد]] إنه "تشرف" باللعب مع الفريق طوال خمسة مواسم.', ["[سامي الحداد | قال] تشرف"]],
    ['وكان [[PERSON:سامي الحداد]] قال الأسبوع الماضي إنه "معجب كبير" بالأجهزة الأمنية.', ["[سامي الحداد | قال] معجب كبير"]],
    ['وأكدت [[PERSON:ليلى الساعدي]] أنها "ستواصل" العمل مع اللجنة.', ["[ليلى الساعدي | أكدت] ستواصل"]],
    // must not fire: the article (a name or a term), a name noun's word, a Latin word, a number, an entity
    ['وقال [[PERSON:سامي الحداد]] إنه "الشباب" في المباراة المقبلة.', []],
    ['وقال [[PERSON:سامي الحداد]] إنه "Apple" في السوق.', []],
    ['وقال [[PERSON:سامي الحداد]] إنه "2030" في الخطة.', []],
    ['وقال [[PERSON:سامي الحداد]] إنها "[[ORGANIZATION:أرامكو]]" تعمل بلا توقف.', []],
    // nor after a bare complementizer: the clause's subject, mostly a name
    ['وقال [[PERSON:سامي الحداد]] إن "داعش" يسيطر على المدينة.', []]
  ],
  "a verb right after قد": [
    ['وأكد [[PERSON:سامي الحداد]] أن الحركة قد "ضعفت" كثيرا في الأشهر الأخيرة.', ["[سامي الحداد | أكد] ضعفت"]],
    // must not fire: no reporting verb before it
    ['وكانت الحركة قد "ضعفت" كثيرا في الأشهر الأخيرة.', []]
  ],
  "an indefinite accusative": [
    ['وقال [[PERSON:سامي الحداد]] إن التحكيم في مباراة الغد سيكون "صعبا" على الحكم.', ["[سامي الحداد | قال] صعبا"]],
    ['وحذر [[PERSON:سامي الحداد]] بأن العمل العسكري أصبح خيارا "مطروحا" في المنطقة.', ["[سامي الحداد | حذر] مطروحا"]],
    // must not fire: a place or an organisation the entity stage tagged, a name noun before it, `نا` (us), no reporting verb
    ['وقال [[PERSON:سامي الحداد]] إن الوفد سيزور "[[LOCATION:سوريا]]" الشهر المقبل.', []],
    ['وقال [[PERSON:سامي الحداد]] إن مقاتلي تنظيم "داعشيا" انسحبوا.', []],
    ['وقال [[PERSON:سامي الحداد]] إن حملة "يجمعنا" انطلقت أمس.', []],
    ['وقال [[PERSON:سامي الحداد]] إن اللقاء كان "مثمرًا" وإن الطرفين اتفقا على مواصلة الحوار.', ["[سامي الحداد | قال] مثمرًا"]],
    ['وأكدت [[PERSON:ليلى الساعدي]] أن قرار التأجيل جاء "فرديا" دون الرجوع إلى اللجنة.', ["[ليلى الساعدي | أكدت] فرديا"]],
    ['وأعلن [[PERSON:سامي الحداد]] أن بلاده ستبدأ "قريبا" بمحاربة التنظيم.', ["[سامي الحداد | أعلن] قريبا"]],
    // must not fire: a foreign name after the noun that names its kind, after مع, after a noun in ة, as the subject
    // right after a bare complementizer, with no verb, future verb, كان or accusative before it and no tanween
    ['وقالت الوكالة إن إعصار "هالولا" تحرك باتجاه الشمال.', []],
    ['وقال [[PERSON:سامي الحداد]] إن آلافا أصيبوا بفيروس "إيبولا" ونجوا منه.', []],
    ['وقال [[PERSON:سامي الحداد]] إنه ينبغي التعايش مع "فاتكا".', []],
    ['وقال [[PERSON:سامي الحداد]] إن ثلاثة قتلوا في منطقة "انتوفاجاستا" شمال البلاد.', []],
    ['وأضاف [[PERSON:سامي الحداد]] أن "إرهابيا" قتل في الاشتباكات.', []],
    ['وكشف [[PERSON:سامي الحداد]] أن الجهاز الفني يترقب موقف "شيكابالا" من العرض.', []],
    ['وأشارت اللجنة إلى أن الاتحاد قد يعدل اللائحة بإضافة "خارجيا" إلى المادة الثالثة.', []],
    ['وقد أصبح الأمر "مطروحا" منذ أشهر.', []]
  ],
  "a noun with its pronoun after عن and a verb of expressing": [
    ['وأعرب الرئيس [[PERSON:سامي الحداد]] عن "استيائه" من الهجوم الذي وقع أمس.', ["[سامي الحداد | أعرب] استيائه"]],
    // must not fire: no pronoun at its end, or a short word
    ['وأعرب الرئيس [[PERSON:سامي الحداد]] عن "ارتياح" بعد الاجتماع.', []],
    ['ونقل الموقع عن "مصدره" أن الاجتماع تأجل.', []],
    ['وأعرب الرئيس [[PERSON:سامي الحداد]] عن "مشاركة" بلاده في المؤتمر.', []],
    // must not fire with no speaker (an essay's `على أنها «…»` with no one to say it)
    ['وقد صورت تلك البرامج المرأة على أنها "عورة" في كل الأحوال.', []]
  ]
}

describeQuoteTables("Arabic finding: one and two words in marks inside reported speech", tables)
