import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * One and two words in marks inside reported speech, in the shapes the thirty-fifth session added (docs/history/quotes.md,
 * "Thirty-fifth session (helper, short quotes and titles)" and "Thirty-fifth session, second round (helper, short
 * quotes)"), and titles in marks after a noun of a title with a clitic or
 * a possessive. Sentences written for these tests; `[[PERSON:text]]` marks become entities. Each table has rows where
 * the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a present form of اعتبر after its subject inside the reported clause": [
    ['وقال [[PERSON:سامي الحداد]] إن الاتفاق يعتبر «نكسة جديدة» للمهربين.', ["[سامي الحداد | قال] نكسة جديدة"]],
    ['ويرى [[PERSON:ليلى الساعدي]] أن أي تسوية جزئية تعتبر "تنازلا" للخصوم.', ["[ليلى الساعدي | يرى] تنازلا"]],
    // must not fire: the writer's own يعتبر opening its sentence, the article after it
    ['ويعتبر الملعب "تحفة" معمارية في قلب المدينة.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الاتفاق يعتبر «الأفضل» في تاريخ البلاد.', []]
  ],
  "a verb of charging with its subject set off by commas": [
    ['واتهم وزير الداخلية، [[PERSON:سامي الحداد]]، المعارضة بـ"تخريب متعمد" للمنشآت.', ["[سامي الحداد | اتهم] تخريب متعمد"]],
    ['واتهم [[PERSON:سامي الحداد]]، في بيان مطول، الحكومة بـ"سوء إدارة" الأزمة.', ["[سامي الحداد | اتهم] سوء إدارة"]],
    // must not fire: one comma (the verb in a clause before it), a name in marks
    ['واتهم [[PERSON:سامي الحداد]] الحكومة بالتقصير، وطالب الوزارة بـ"خطة عاجلة" للإصلاح.', []],
    ['واتهم وزير الداخلية، [[PERSON:سامي الحداد]]، الشبكة بالارتباط بـ"[[ORGANIZATION:جند الخلافة]]" منذ سنوات.', []]
  ],
  "one word after a form of كان, أصبح, بات, or a verb after سوف, لن, لم": [
    ['وقال [[PERSON:سامي الحداد]] إن المواجهة ستكون "مدمرة" للطرفين.', ["[سامي الحداد | قال] مدمرة"]],
    ['وأعلنت [[PERSON:ليلى الساعدي]] أن البلدية باتت «عاجزة» عن جمع النفايات.', ["[ليلى الساعدي | أعلنت] عاجزة"]],
    ['وقال [[PERSON:سامي الحداد]] إن حكومته سوف "تعالج" الأزمة قريبا.', ["[سامي الحداد | قال] تعالج"]],
    ['وأكدت [[PERSON:ليلى الساعدي]] أن الوزارة لن "تتهاون" مع المخالفين.', ["[ليلى الساعدي | أكدت] تتهاون"]],
    // must not fire: no speech verb reporting the clause, the article, a noun after سوف's slot that is no present verb
    ['وكانت المدينة "عاصمة" للثقافة العربية عام 2012.', []],
    ['وقال [[PERSON:سامي الحداد]] إن المرحلة المقبلة ستكون "الأصعب" على الإطلاق.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الفريق لم "ميلان" يوما.', []]
  ],
  "other short predicates": [
    ['وأكد [[PERSON:سامي الحداد]] أن [[LOCATION:قطر]] "ملتزمة" بالاتفاق.', ["[سامي الحداد | أكد] ملتزمة"]],
    ['وقال [[PERSON:سامي الحداد]] إنه من "المؤسف" أن يغادر اللاعب بهذه الطريقة.', ["[سامي الحداد | قال] المؤسف"]],
    ['وقال [[PERSON:سامي الحداد]] إنه يجب "اجتثاث" الفساد من جذوره.', ["[سامي الحداد | قال] اجتثاث"]],
    ['وقال [[PERSON:سامي الحداد]] إن هذه الاتهامات مجرد "أوهام" لا أساس لها.', ["[سامي الحداد | قال] أوهام"]],
    // must not fire: a name after a tagged place (a construct), a participle after a place that is no clause's subject,
    // the article after مجرد, a noun in ة after إنه من
    ['وأكد [[PERSON:سامي الحداد]] أن [[LOCATION:قطر]] "الخيرية" وزعت المساعدات.', []],
    ['وأوضح [[PERSON:سامي الحداد]] أن العمل جار في طريق [[LOCATION:مكة]] "مختصر" منذ أشهر.', []],
    ['وقال [[PERSON:سامي الحداد]] إنه من "المدينة" أصلا.', []],
    ['وقال [[PERSON:سامي الحداد]] إن ذلك مجرد "البداية" فقط.', []]
  ],
  "the clause's verb after an apposition to its subject set off by commas (second round)": [
    ['وقال [[PERSON:سامي الحداد]] إن وزير المالية، [[PERSON:كريم العبدلي]]، "يماطل" في صرف الرواتب.', ["[سامي الحداد | قال] يماطل"]],
    ['وأكدت [[PERSON:ليلى الساعدي]] أن المدرب، البالغ من العمر 61 عاما، "لم يقنع" الإدارة بخطته.', ["[ليلى الساعدي | أكدت] لم يقنع"]],
    ['وقال [[PERSON:سامي الحداد]] إن رئيس البلدية، حليف الحزب الحاكم، «تراجعت» شعبيته كثيرا.', ["[سامي الحداد | قال] تراجعت"]],
    // must not fire: one comma only (a list after a noun), no complementizer before the subject, a name, the article,
    // a noun that is no verb
    ['وقال [[PERSON:سامي الحداد]] إن التنظيمين الإرهابيين، «يمولان» عملياتهما من الخارج.', []],
    ['وفي المدينة، قرب السوق القديم، "يبيع" الباعة الخضار منذ الفجر.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الوزير، [[PERSON:كريم العبدلي]]، "[[ORGANIZATION:يمن موبايل]]" سيوقع العقد.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الشبكة، بخطوطها الأربعة، «الخط الأزرق» أولها.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الفريق، بعد الخسارة الثقيلة، "أزمة" حقيقية.', []]
  ],
  "a feminine adjective in marks after the indefinite noun it describes (second round)": [
    ['وقال [[PERSON:سامي الحداد]] إن الفريق تعرض لانتقادات "جارحة" بعد الخسارة.', ["[سامي الحداد | قال] جارحة"]],
    ['وأوضح [[PERSON:سامي الحداد]] أن السجناء يلقون معاملة "مهينة" في الزنازين.', ["[سامي الحداد | أوضح] مهينة"]],
    ['وقال [[PERSON:سامي الحداد]] إن البلاد تمر بأزمة "سياسية" خانقة.', ["[سامي الحداد | قال] سياسية"]],
    // must not fire: a noun in marks after the noun (a construct), a name after a name noun, no speech verb, a noun
    // before the marks not written in ة or ات (left out: the rule is narrow)
    ['وأكدت [[PERSON:ليلى الساعدي]] أن المشروع يتقدم بخطى «بطيئة» منذ أشهر.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الفريق نفذ عملية "مراجعة" شاملة للعقود.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الجائزة ذهبت إلى مدرسة «النهضة» هذا العام.', []],
    ['وتعرضت القافلة لهجمات "متكررة" على الطريق الصحراوي.', []]
  ],
  "titles in marks after a noun of a title with a clitic or a possessive": [
    ['وقالت [[PERSON:ليلى الساعدي]] إنها كتبت في كتابها «رحلة إلى الجنوب البعيد» أن الذاكرة تخون.', []],
    ['وأوضح [[PERSON:سامي الحداد]] أن احتفالات "عيد الربيع 12" تستمر أسبوعا.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الجمهور أقبل على مسرحيته "بيت من ورق قديم" بكثافة.', []],
    // still quotes: a verbal noun after a clitic (`لتطبيق`, "to apply"), a word in ة that folds as a possessive title
    // (`بكتابة`, "by writing"), the speaker's words after a word that is no title
    ['وقال [[PERSON:سامي الحداد]] إن الكتيبات تدعو لتطبيق "حكم الشريعة وحده دون سواه" في كل مكان.', ["[سامي الحداد | قال] حكم الشريعة وحده دون سواه"]],
    ['وعلق [[PERSON:سامي الحداد]] على الصورة بكتابة “شكرا لكل من وقف معنا اليوم” على حسابه.', ["[سامي الحداد | علق] شكرا لكل من وقف معنا اليوم"]],
    ['وقال [[PERSON:سامي الحداد]] إن الفرقة "قدمت أداء مذهلا الليلة" في الختام.', ["[سامي الحداد | قال] قدمت أداء مذهلا الليلة"]]
  ]
}

describeQuoteTables("Arabic finding: more short quotes in reported speech, and titles (thirty-fifth session)", tables)
