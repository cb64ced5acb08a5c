import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Thirty-ninth session (docs/history/quotes.md, "Thirty-ninth session (helper, cues)"): short quotes in reported speech
 * after an aside in commas longer than six words between the verb's subject and its complementizer (`وقال X، أثناء
 * محادثات مع …، إن … "…"`), two words in marks followed by a second reported clause (`"…" وإن …`), a document's text
 * after `فيما يلي نصه:` (its issuer speaks; a verse it opens with is passed over), and `حث` among the verbs of
 * charging. Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const STATEMENT = "أقدم المدعو سالم بن ناصر على قتل جاره بإطلاق النار عليه إثر خلاف بينهما"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a short quote after an aside in commas between the subject and the complementizer": [
    [
      `وقال [[PERSON:مارك ديفيس]]، خلال محادثاته في العاصمة طوكيو أمس مع نظيره الياباني [[PERSON:تارو كونو]]، إن الاتفاق الجديد كان "محصلة جيدة".`,
      ["[مارك ديفيس | قال] محصلة جيدة"]
    ],
    [
      `وقالت [[PERSON:سارة كلين]]، في ختام اجتماعات استمرت ثلاثة أيام في جنيف مع الوفود الأوروبية والعربية، إن المفاوضات أصبحت "أكثر جدية".`,
      ["[سارة كلين | قالت] أكثر جدية"]
    ],
    // must stay: the aside of up to six words was read before (the rule is not needed there)
    [`وقال [[PERSON:مارك ديفيس]]، وزير الخارجية، إن الاتفاق كان "محصلة جيدة".`, ["[مارك ديفيس | قال] محصلة جيدة"]],
    // must stay: a name in marks after the complementizer, and marks far from it
    [`وقال [[PERSON:مارك ديفيس]]، خلال محادثاته في العاصمة طوكيو أمس مع نظيره الياباني [[PERSON:تارو كونو]]، إن "الحزب الحاكم" سيفوز.`, []],
    [`وقال [[PERSON:مارك ديفيس]]، خلال محادثاته في العاصمة طوكيو أمس مع نظيره الياباني [[PERSON:تارو كونو]]، إن الاتفاق يضم "مكتبة الطفل".`, []]
  ],
  "two words in marks before a second reported clause with وإن or وأن": [
    [`وقال [[PERSON:جون بيكر]] لإذاعة محلية إن هذه الأزمة تمثل "مشكلة أجيال" وإن الحكومة ستواصل جهودها.`, ["[جون بيكر | قال] مشكلة أجيال"]],
    [`وأكدت [[PERSON:ليلى حداد]] أن الحادث يمثل "ضربة موجعة" وأن اللجنة ستجتمع غدا.`, ["[ليلى حداد | أكدت] ضربة موجعة"]],
    // must stay: marks right after a bare complementizer (the clause's subject, mostly a name), and the clause going on
    [`وقال [[PERSON:جون بيكر]] إن "الهلال الأخضر" وإن تأخر سيصل قريبا.`, []],
    [`وقال [[PERSON:جون بيكر]] إن هذه الأزمة تمثل "مشكلة أجيال" بالنسبة للحكومة والمعارضة.`, []]
  ],
  "a document's text after فيما يلي نصه:": [
    [`أصدرت [[ORGANIZATION:وزارة الداخلية]] اليوم بيانا بشأن ضبط شبكة لتهريب المخدرات، فيما يلي نصه :\n${STATEMENT}.`, [`[وزارة الداخلية | فيما يلي نصه] ${STATEMENT}`]],
    [`أصدرت [[ORGANIZATION:وزارة الداخلية]] اليوم بيانا بشأن تنفيذ حكم القصاص، وفيما يلي نصه: ${STATEMENT}.`, [`[وزارة الداخلية | فيما يلي نصه] ${STATEMENT}`]],
    // a verse the statement opens with is passed over, on its line or on the colon's
    [
      `أصدرت [[ORGANIZATION:وزارة الداخلية]] بيانا بشأن تنفيذ الحكم، وفيما يلي نصه:\nقال الله تعالى: ((ولكم في القصاص حياة يا أولي الألباب)).\n${STATEMENT}.`,
      [`[وزارة الداخلية | فيما يلي نصه] ${STATEMENT}`]
    ],
    [
      `أصدرت [[ORGANIZATION:وزارة الداخلية]] بيانا بشأن تنفيذ الحكم، وفيما يلي نصه : قال الله تعالى ( ولكم في القصاص حياة ) .\n${STATEMENT}.`,
      [`[وزارة الداخلية | فيما يلي نصه] ${STATEMENT}`]
    ],
    // the person who sent a telegram, named before its noun, over a body named there too
    [
      `وبعث الأمير [[PERSON:فيصل بن خالد]] أمير المنطقة رئيس [[ORGANIZATION:مجلس المنطقة]] برقية تهنئة إلى القيادة فيما يلي نصها: يسعدني أن أرفع لكم أصدق التهاني بمناسبة العيد.`,
      ["[فيصل بن خالد | فيما يلي نصها] يسعدني أن أرفع لكم أصدق التهاني بمناسبة العيد"]
    ],
    // must stay: no issuer named with the document before a comma (the one named in the clause before speaks not)
    [
      `وجاء ذلك في رسالة إلى الملك [[PERSON:سلمان الحربي]]، وصدر عن قيادة القوات المشتركة بيان بشأن الهدنة فيما يلي نصه:\nتعلن القيادة بدء هدنة إنسانية لمدة خمسة أيام.`,
      []
    ],
    // must stay: نصه with no colon (its text), and no document noun before the cue
    [`وقرأ [[PERSON:سالم العتيبي]] البيان فيما يلي نصه الكامل في الصفحة الأخيرة.`, []],
    [`وتحدث [[PERSON:سالم العتيبي]] طويلا فيما يلي نصه:\nنحن ماضون في خطتنا دون تردد أو تأخير.`, []]
  ],
  "a title in marks after a name's noun and a colon": [
    [`ويرى المؤرخ [[PERSON:جون ويلز]]، وفي كتابه: «ملامح الحضارة» يقول: إن أوروبا مدينة للعرب بالكثير من علومها.`, ["[جون ويلز | يقول] إن أوروبا مدينة للعرب بالكثير من علومها"]],
    [`أما [[PERSON:هنري هاربر]]، مؤلف كتاب: «الرحالة وعصره»، فكتب: «من المفارقات أن الناشر رفض الكتاب أول الأمر».`, ["[هنري هاربر | كتب] من المفارقات أن الناشر رفض الكتاب أول الأمر"]],
    // must stay: a colon after a speech verb, and long marks after a name's noun and a colon
    [`وقال [[PERSON:جون ويلز]]: «ملامح الحضارة تتغير بسرعة».`, ["[جون ويلز | قال] ملامح الحضارة تتغير بسرعة"]]
  ],
  "حث among the verbs of charging: marks right after على": [
    [`وحث [[PERSON:ستيفن هول]] الحكومة على "رفع القيود عن العبارات التي تنقل المساعدات".`, ["[ستيفن هول | حث] رفع القيود عن العبارات التي تنقل المساعدات"]],
    // must stay: no named subject after the verb
    [`وحث الحكومة على "رفع القيود".`, []]
  ]
}

describeQuoteTables("Arabic cues (thirty-ninth session)", tables)
