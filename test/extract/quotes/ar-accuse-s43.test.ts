import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Quotes after verbs of describing and accusing that the A80 and A81 readings found missed or given to the object
 * (docs/history/quotes.md, "Forty-third session (helper, accuse)"): a bare verb of describing or charging after the
 * name that opens its clause (`X، مدير الشركة، وصف الصفقة بأنها "…"`, `وكان X قد وصف Y بـ"…"`, `X يتهم Y بـ"…"`), and
 * one word or a tagged name in marks after `لـ` written with its tatweel and a space (`مدير لـ "X"`), and the second of
 * a pair of short quotes joined by `و` (`بأنه "X" و"Y"`). Sentences written
 * for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where the rule
 * must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a bare verb of describing or charging after the name that opens its clause (nameOpensClause)": [
    ['[[PERSON:نادر الشمري]]، المدير التنفيذي للمجموعة، وصف صفقة الاندماج بأنها "أصعب مفاوضات خضتها في حياتي المهنية".', ["[نادر الشمري | وصف] أصعب مفاوضات خضتها في حياتي المهنية"]],
    ['[[PERSON:نادر الشمري]] وصف صفقة الاندماج بأنها "أصعب مفاوضات خضتها في حياتي المهنية".', ["[نادر الشمري | وصف] أصعب مفاوضات خضتها في حياتي المهنية"]],
    ['وكان [[PERSON:نادر الشمري]] قد وصف ما كتبته الصحف المحلية عن أسرته بـ "حملة تشهير" منظمة.', ["[نادر الشمري | وصف] حملة تشهير"]],
    ['وكان [[PERSON:نادر الشمري]] وصف التقرير بـ "محاولة يائسة للتضليل" أمام الصحفيين.', ["[نادر الشمري | وصف] محاولة يائسة للتضليل"]],
    ['[[PERSON:نادر الشمري]] يتهم بعض المصارف بـ "التلاعب بالأرقام" في تقاريرها.', ["[نادر الشمري | يتهم] التلاعب بالأرقام"]],
    ['وكان مستشار الرئيس للشؤون الأمنية [[PERSON:نادر الشمري]] قد اتهم الحكومة المجاورة بالقيام بـ "نشاط عدائي" قرب الحدود.', ["[نادر الشمري | اتهم] نشاط عدائي"]],
    ['إلا أن النائب السابق [[PERSON:نادر الشمري]] يصف أداء المجلس بـ "الضعيف".', ["[نادر الشمري | يصف] الضعيف"]],
    ['المدعي العام في المحكمة [[PERSON:نادر الشمري]] دعا في الجلسة الأولى إلى «الإنصات لأصوات الضحايا».', ["[نادر الشمري | دعا] الإنصات لأصوات الضحايا"]],
    // must not fire: the name is a possessor of the word before it (his campaign), a verb with و (it goes on with the
    // clause before), a stop word opens the sentence, a complementizer before the name (reported words), the name a
    // possessor after a preposition's noun
    ['حملة [[PERSON:نادر الشمري]] تتهم الصحيفة بـ "التحيز السافر" ضده.', []],
    ['وتنفي [[ORGANIZATION:الشركة الوطنية]] أي تقصير، وتتهم الصحيفة بـ "التحيز السافر" ضدها.', []],
    ['في حين [[PERSON:نادر الشمري]] يصف أداء المجلس بـ "الضعيف جدا".', []],
    ['وقال [[PERSON:سالم العتيبي]] إن [[PERSON:نادر الشمري]] وصف الرئيس بـ "الحكيم الصبور" في لقائهما.', []],
    ['بعد لقاء [[PERSON:نادر الشمري]] وصف الرئيس المحادثات بـ "المثمرة والبناءة" للطرفين.', []]
  ],
  "one word or a tagged name in marks after لـ written with its tatweel (a name, no speech)": [
    ['وقال [[PERSON:نادر الشمري]]، رئيس مجلس الإدارة لـ "[[ORGANIZATION:نور المدائن]]"، إن "الأرباح ستتضاعف خلال العام المقبل".', ["[نادر الشمري | قال] الأرباح ستتضاعف خلال العام المقبل"]],
    ['في تصريح لـ "الوطن" قال [[PERSON:نادر الشمري]]: إن الموسم المقبل سيكون أفضل بكثير من سابقه.', ["[نادر الشمري | قال] إن الموسم المقبل سيكون أفضل بكثير من سابقه"]],
    // must not fire: two words after لـ that no entity covers, the object of a verbal noun, stay speech
    ['وقال [[PERSON:نادر الشمري]] إن المعارضة تسعى إلى التخطيط لـ "انقلاب كامل" على الحكومة.', ["[نادر الشمري | قال] انقلاب كامل"]]
  ],
  "the second of a pair of short quotes joined by و (shortPair)": [
    ['ووصف [[PERSON:نادر الشمري]] زميله الراحل بأنه "رجل نبيل" و"صديق وفي" للجميع.', ["[نادر الشمري | وصف] رجل نبيل", "[نادر الشمري | null] صديق وفي"]],
    ['وأكدت [[ORGANIZATION:هيئة الرياضة]] في بيان أن قرار الإلغاء كان "متسرعا" و"مرتجلا" تماما.', ["[هيئة الرياضة | أكدت] متسرعا", "[هيئة الرياضة | null] مرتجلا"]],
    // must not fire: names in a list no cue attributed, a name the entity stage tagged after the first quote, a
    // first quote of four words, a definite pair after a quote of the clause (a name, mostly)
    ['ووقعت الشركة عقودا مع "المراعي" و"الصافي" الأسبوع الماضي.', []],
    ['ووصف [[PERSON:نادر الشمري]] زميله الراحل بأنه "رجل نبيل" و"[[ORGANIZATION:نادي الهلال]]" يشهد له.', ["[نادر الشمري | وصف] رجل نبيل"]],
    ['وقال [[PERSON:نادر الشمري]] إن الخطة "لن تنجح بهذه الطريقة" و"مرتجلة" أيضا.', ["[نادر الشمري | قال] لن تنجح بهذه الطريقة"]],
    ['وقال [[PERSON:نادر الشمري]] إن الخطة "طموحة جدا" و"المجلس الأعلى" يدعمها.', ["[نادر الشمري | قال] طموحة جدا"]]
  ]
}

describeQuoteTables("Arabic quotes after verbs of describing and accusing (forty-third session)", tables)
