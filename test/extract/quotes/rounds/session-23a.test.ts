import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 23 (docs/history/quotes.md, "Twenty-third session (helper)"): a time or manner word right after a verb leaves it
 * with no subject (`حيث قال وقتها`); a participle after a verb with no subject that opens its sentence is the sentence
 * before's subject's; two words in marks right after `ما وصفه`/`ما اعتبره` are what the subject called it; the one an
 * active verb of asking names as its object answers a subjectless `أجاب` after it; `” … “` after a speech verb is a
 * quote written in reverse.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities, as in
 * real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a time or manner word after the verb is no subject": [
    [
      'وقال الحكم [[PERSON:سامر الحداد]] إن "القرار كان صحيحا". وكان المدرب [[PERSON:ماجد القحطاني]] يتوقع العقوبة عندما تحدث للصحفيين حيث قال وقتها "لا أرغب في التعليق على التحكيم مرة أخرى".',
      ['[سامر الحداد | قال] القرار كان صحيحا', '[ماجد القحطاني | قال] لا أرغب في التعليق على التحكيم مرة أخرى']
    ],
    // `أيضا` and a demonstrative do not: the chain decides as before
    [
      'وقال [[PERSON:كارلو بيانكي]] رئيس الاتحاد المحلي إن البلدية ستؤجل بناء الملعب. لكن المسؤول الإيطالي أوضح أيضا "المشروع باق على جدول أعمال المجلس".',
      ['[كارلو بيانكي | أوضح] المشروع باق على جدول أعمال المجلس']
    ]
  ],
  "a participle after a subjectless verb that opens its sentence": [
    [
      'وقال الرئيس [[PERSON:خالد منصور]] إن "الانتخابات كانت نزيهة". وكان المستشار [[PERSON:فهد العمري]] من أشد المؤيدين لمنصور. وعلق على نتيجة الانتخابات قائلا "لقد بدأنا مرحلة جديدة في تاريخ البلاد".',
      ['[خالد منصور | قال] الانتخابات كانت نزيهة', '[فهد العمري | قائلا] لقد بدأنا مرحلة جديدة في تاريخ البلاد']
    ],
    // a verb that is a preposition too (`عقب`) before another preposition
    [
      'وقال الرئيس [[PERSON:خالد منصور]] إن "الانتخابات كانت نزيهة". وكان المستشار [[PERSON:فهد العمري]] من أشد المؤيدين لمنصور. وعقب على نتيجة الانتخابات قائلا "لقد بدأنا مرحلة جديدة في تاريخ البلاد".',
      ['[خالد منصور | قال] الانتخابات كانت نزيهة', '[فهد العمري | قائلا] لقد بدأنا مرحلة جديدة في تاريخ البلاد']
    ],
    // a sentence that opens with a preposition keeps the chain
    [
      'وقال الرئيس [[PERSON:خالد منصور]] إن "الانتخابات كانت نزيهة". وكان المستشار [[PERSON:فهد العمري]] من أشد المؤيدين لمنصور. وفي المؤتمر الصحفي علق على النتيجة قائلا "لقد بدأنا مرحلة جديدة في تاريخ البلاد".',
      ['[خالد منصور | قال] الانتخابات كانت نزيهة', '[خالد منصور | قائلا] لقد بدأنا مرحلة جديدة في تاريخ البلاد']
    ]
  ],
  "two words in marks after ما and a verb of describing with its pronoun": [
    [
      'وندد [[ORGANIZATION:الاتحاد الأفريقي]] في بيان مساء الأحد بما وصفه «بالاعتداء الجبان» على مقر البعثة.',
      ['[الاتحاد الأفريقي | وصفه] بالاعتداء الجبان']
    ],
    [
      'وانتقدت [[ORGANIZATION:رابطة الصحفيين]] في تقريرها السنوي ما اعتبرته «حملة تضييق» على المراسلين.',
      ['[رابطة الصحفيين | اعتبرته] حملة تضييق']
    ],
    [
      'وقال الوزير [[PERSON:سامي العلي]] إنه سيراجع بنود ما اعتبره «العقد المجحف» مع الشركات الأجنبية.',
      ['[سامي العلي | اعتبره] العقد المجحف']
    ],
    // without ما or a relative before the verb, two words stay out
    [
      'وقال الوزير [[PERSON:سامي العلي]] إن الشركة اعتبرته «العقد المجحف» في اجتماعها.',
      []
    ]
  ],
  "marks written in reverse": [
    [
      'وقال [[PERSON:عبده المقطري]] في تصريح صحفي ” إن الحكومة ستعيد فتح الميناء خلال أيام “. وأشاد بجهود الفرق الفنية.',
      ['[عبده المقطري | قال] إن الحكومة ستعيد فتح الميناء خلال أيام']
    ],
    [
      'وأكد المتحدث [[PERSON:سامي العلي]] أن العمل مستمر، مضيفا ” لقد أنجزنا معظم المراحل في وقتها “.',
      ['[سامي العلي | مضيفا] لقد أنجزنا معظم المراحل في وقتها']
    ],
    // no speech verb before the mark: a name or a title
    [
      'وشارك عدد من الفنانين في معرض ” ربيع المدينة الثالث للفنون “ الذي افتتح أمس.',
      []
    ],
    // a `“` glued to the word after it opens the next quote: no reversed pair
    [
      'وأشارت مصادر محلية إلى أن التنظيم ” يحتجز آلاف السكان في المدينة وقال الشيخ “[[PERSON:سالم الدليمي]]” إن الوضع صعب.',
      []
    ]
  ],
  "the one asked answers": [
    [
      'وواصل أعضاء اللجنة أسئلتهم للمدير السابق [[PERSON:جمال الراشد]]. وسأل النائب [[PERSON:عادل الشمري]]، نائب رئيس اللجنة، [[PERSON:الراشد]] عن أسباب احتفاظه بالسجلات.\n\nفأجاب "كنت أخشى أن تضيع الحقيقة مع الوقت".',
      ['[الراشد | أجاب] كنت أخشى أن تضيع الحقيقة مع الوقت']
    ],
    [
      'وعندما سألت الفنان [[PERSON:إلياس حداد]] عن الأشياء التي يحن إليها في مدينته، أجاب: «أحب المشي في الأسواق القديمة كل صباح».',
      ['[إلياس حداد | أجاب] أحب المشي في الأسواق القديمة كل صباح']
    ],
    // the asker stays the speaker of his own words
    [
      'وسأل النائب [[PERSON:عادل الشمري]] الوزير عن الموعد، وقال "نريد جوابا واضحا اليوم".',
      ['[عادل الشمري | قال] نريد جوابا واضحا اليوم']
    ]
  ]
}

describeQuoteTables("session 23: Arabic speakers", tables)
