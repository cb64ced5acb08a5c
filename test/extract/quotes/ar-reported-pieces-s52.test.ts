import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Pieces in marks inside reported speech after a verb of considering, a body that speaks `على لسان` its head, and a
 * straight quote never closed with a term quoted inside it (docs/history/quotes.md, "Fifty-second session: arreport").
 * Sentences written for these tests; `[[PERSON:text]]` marks become entities. Each table has rows where the rule must
 * not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a present verb of considering right after its own subject joins no chain": [
    [
      'وقال المتحدث باسم الخارجية [[PERSON:رامي العبدالله]] إن الحكومة تعتبر الجماعة منظمة إرهابية، وأضاف أن الجيش "سيواصل ملاحقة عناصرها في كل مكان".',
      ["[رامي العبدالله | أضاف] سيواصل ملاحقة عناصرها في كل مكان"]
    ],
    [
      'وقال [[PERSON:رامي العبدالله]] إن [[LOCATION:عمّان]] تعتبر الاتفاق خطوة مهمة، وأضاف: "نحن ننتظر التنفيذ الكامل لكل البنود".',
      ["[رامي العبدالله | أضاف] نحن ننتظر التنفيذ الكامل لكل البنود"]
    ],
    // must not change: the verb as a word of judging before its predicate, the verb with و and its subject after it,
    // no verb of considering before وأضاف
    ['وقال [[PERSON:رامي العبدالله]] إن الاتفاق يعتبر «نكسة جديدة».', ["[رامي العبدالله | قال] نكسة جديدة"]],
    ['ويعتبر الخبراء أن الاتفاق "خطوة مهمة نحو الاستقرار".', ["[الخبراء | يعتبر] خطوة مهمة نحو الاستقرار"]],
    [
      'وقال [[PERSON:رامي العبدالله]] إن الحكومة ستدعم المشاريع الصغيرة، وأضاف أن البلديات "ستحصل على تمويل إضافي هذا العام".',
      ["[رامي العبدالله | أضاف] ستحصل على تمويل إضافي هذا العام"]
    ]
  ],
  "a body that speaks on the tongue of the person it names": [
    ['وقالت الهيئة على لسان رئيسها [[PERSON:سامي الحداد]] إن "الأسواق تحت المراقبة المستمرة".', ["[سامي الحداد | قالت] الأسواق تحت المراقبة المستمرة"]],
    [
      'وأكدت [[ORGANIZATION:وزارة الصحة]]، أمس، على لسان المتحدث باسمها [[PERSON:ليلى الساعدي]] أن "الوضع تحت السيطرة التامة". وأضافت الوزارة أن "الفرق الطبية تعمل على مدار الساعة".',
      ["[ليلى الساعدي | أكدت] الوضع تحت السيطرة التامة", "[الوزارة | أضافت] الفرق الطبية تعمل على مدار الساعة"]
    ],
    // must not change: no person named after لسان, a person inside the words reported, the body named by the text
    // after its head spoke
    ['وقالت الهيئة على لسان رئيسها إن "الأسواق تحت المراقبة المستمرة".', ["[الهيئة | قالت] الأسواق تحت المراقبة المستمرة"]],
    ['وقالت الهيئة على لسان مسؤوليها إن الرئيس [[PERSON:سامي الحداد]] "لم يتخذ أي قرار بعد".', ["[الهيئة | قالت] لم يتخذ أي قرار بعد"]],
    [
      'وقال رئيس الهيئة [[PERSON:سامي الحداد]] إن الهيئة ستراقب الأسواق. وأضافت الهيئة أن "المخالفين سيعاقبون بشدة".',
      ["[الهيئة | أضافت] المخالفين سيعاقبون بشدة"]
    ]
  ],
  "a straight quote never closed, a term quoted inside it": [
    [
      'وقال الوزير [[PERSON:سامي الحداد]] إن "المملكة ماضية في "عاصفة الحزم" حتى تحقيق أهدافها كاملة في اليمن.',
      ['[سامي الحداد | قال] المملكة ماضية في "عاصفة الحزم" حتى تحقيق أهدافها كاملة في اليمن']
    ],
    [
      'وقال [[PERSON:سامي الحداد]]: "إن المملكة ماضية في "عاصفة الحزم" حتى تحقيق أهدافها كاملة، وإن التحالف سيواصل عملياته في اليمن.',
      ['[سامي الحداد | قال] إن المملكة ماضية في "عاصفة الحزم" حتى تحقيق أهدافها كاملة، وإن التحالف سيواصل عملياته في اليمن']
    ],
    // must not change: the quote closed after the term (at the sentence's end, or inside it), a sentence end between
    // the quote's mark and the term's
    [
      'وقال [[PERSON:سامي الحداد]]: "إن المملكة ماضية في "عاصفة الحزم" حتى تحقيق أهدافها".',
      ['[سامي الحداد | قال] إن المملكة ماضية في "عاصفة الحزم" حتى تحقيق أهدافها']
    ],
    [
      'وقال [[PERSON:سامي الحداد]] إن "المملكة ماضية في "عاصفة الحزم" حتى النهاية" وفق ما نقلته الوكالة الرسمية مساء أمس.',
      ['[سامي الحداد | قال] المملكة ماضية في "عاصفة الحزم" حتى النهاية']
    ],
    [
      'وقال [[PERSON:سامي الحداد]] إن "المملكة ماضية في خطتها. وقد أطلقت "عاصفة الحزم" قبل أشهر بمشاركة عشر دول عربية.',
      ["[سامي الحداد | قال] المملكة ماضية في خطتها. وقد أطلقت"]
    ]
  ]
}

describeQuoteTables("Arabic pieces in reported speech, tongues and open quotes (fifty-second session, helper arreport)", tables)
