import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Short quotes in marks inside reported speech (docs/history/quotes.md, "Fortieth session (helper, reported)"): a verb of
 * describing far before the marks it describes through `بأنه` or `ب`, two or three words of a predicate after `ليس` or
 * `ما هي إلا` later in the clause, marks right after `من` and a verb of warning, and a participle of accusing after an
 * earlier speech verb. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become
 * entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of describing far before the marks (describedFar)": [
    ['ووصف [[PERSON:ماجد السالم]]، الذي يستعد لخوض نهائي بطولة آسيا للتنس في 12 مارس المقبل، فوزه في الدور نصف النهائي بأنه "مذهل".', ["[ماجد السالم | وصف] مذهل"]],
    ['ووصف [[PERSON:ماجد السالم]] منتقدي الخطة الجديدة للنقل العام بأنهم "متسرعون".', ["[ماجد السالم | وصف] متسرعون"]],
    ["من جهته، وصف وزير النقل السابق المهندس [[PERSON:فهد القحطاني]]، افتتاح الطريق الدائري، للمنطقة بـ«التاريخي».", ["[فهد القحطاني | وصف] التاريخي"]],
    ["وقد وصفت [[PERSON:ليلى الزهراني]]، رئيسة الجمعية، اليوم بـ«المشهود» في تاريخ المدينة.", ["[ليلى الزهراني | وصفت] المشهود"]],
    // must not fire: a verbal noun after a preposition, a passive after `ما`, a complementizer between
    ['ودفع ذلك الوزير [[PERSON:فهد القحطاني]] إلى وصف خصومه في البرلمان بأنهم "انتهازيون".', []],
    ['وأعلن الجيش حملة واسعة على المهربين في الجنوب، وهو ما وصف في الأوساط الشعبية بـ"الحرب الشاملة".', []],
    ['ووصف [[PERSON:ماجد السالم]] الخطة بأنها طموحة، مؤكدا أن المرحلة المقبلة تحتاج إلى "تكاتف".', []]
  ],
  "a predicate after ليس or ما هي إلا, a later piece of the reported clause (negatedCopulas)": [
    ['وقالت [[PERSON:آن الحداد]] إن الرئيس السابق "في حالة مستقرة تماما" بعد نقله إلى مستشفى في المدينة وإن سقوطه ليس “مهددا للحياة”.', ["[آن الحداد | قالت] في حالة مستقرة تماما", "[آن الحداد | قالت] مهددا للحياة"]],
    ['ودافع [[PERSON:خالد العمري]] عن مساعده، وقال إنه "رجل نزيه"، وإن الحملة التي يتعرض لها من خصومه ما هي إلا "تصفية للحسابات".', ["[خالد العمري | قال] رجل نزيه", "[خالد العمري | قال] تصفية للحسابات"]],
    // must not fire: a name after ليس, إلا with no ما and pronoun before it
    ['وقال [[PERSON:خالد العمري]] إن الخطة "ستنجح بلا شك"، وإن الفريق الذي سيواجهه في النهائي ليس "[[ORGANIZATION:ريال مدريد]]".', ["[خالد العمري | قال] ستنجح بلا شك"]],
    ['ودافع [[PERSON:خالد العمري]] عن مساعده، وقال إنه "رجل نزيه"، وإن الحملة التي يتعرض لها من خصومه لم تستهدف إلا "تصفية للحسابات".', ["[خالد العمري | قال] رجل نزيه"]]
  ],
  "marks right after من and a verb of warning with its subject named (warningVerbs, warnedOf)": [
    ['وحذر [[PERSON:سامي الحداد]] من "عواقب وخيمة" للقرار على الاقتصاد.', ["[سامي الحداد | حذر] عواقب وخيمة"]],
    ['وحذرت [[ORGANIZATION:منظمة الصحة العالمية]] الدول الفقيرة من "موجة ثانية" للوباء خلال الشتاء.', ["[منظمة الصحة العالمية | حذرت] موجة ثانية"]],
    // must not fire: one word (a term), a name, no subject named, another verb's من
    ['وحذر [[PERSON:سامي الحداد]] من "تخفيف" القواعد المالية.', []],
    ['وحذر [[PERSON:سامي الحداد]] من "[[ORGANIZATION:جبهة النصرة]]" في المنطقة.', []],
    ['وحذر الوزير من "عواقب وخيمة" للقرار على الاقتصاد.', []],
    ['وتحدث [[PERSON:سامي الحداد]] عن مخاطر كثيرة من "عواقب وخيمة" للقرار.', []]
  ],
  "a participle of accusing after an earlier speech verb (accusedAfter)": [
    ["وقال [[PERSON:سامي الحداد]] إنه سينشر الصور على الموقع، متهما التلفزيون الرسمي بارتكاب «عمل تخريبي» استهدف حزبه.", ["[سامي الحداد | متهما] عمل تخريبي"]],
    // must not fire: a name in the marks, no comma before the participle
    ["وقال [[PERSON:سامي الحداد]] إنه سينشر الصور على الموقع، متهما التلفزيون الرسمي بمساندة «[[ORGANIZATION:جبهة النصرة]]».", []],
    ["وقال [[PERSON:سامي الحداد]] إنه سينشر الصور على الموقع متهما التلفزيون الرسمي بارتكاب «عمل تخريبي» استهدف حزبه.", []]
  ]
}

describeQuoteTables("Arabic finding: short quotes in reported speech (fortieth session)", tables)
