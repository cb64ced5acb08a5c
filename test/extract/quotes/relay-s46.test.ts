import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers relayed or carried (docs/history/quotes.md, "Forty-sixth session: relay"): a bare verb with و later
 * in a sentence that a verb of no speech opens with a role for its subject goes on with the person that role stands
 * for; a verb of writing right after a person who opens a complementizer's clause is that person's; a speaker's phrase
 * stops before an indefinite document of speech. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities,
 * `[[PERSON:name|role]]` gives the role the entity stage read. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a bare verb goes on with the role that opened its sentence with a verb of no speech": [
    // a definite role standing for the person named before with it, run into the verb's object
    ['ترأس نائب رئيس المجلس الأمير [[PERSON:فهد بن سالم]] الجلسة التي عقدها المجلس مساء اليوم. وقال [[ORGANIZATION:المجلس البلدي]] في بيان إن الجلسة "ناقشت عشرة مواضيع".\n\nوفي بداية الجلسة، رفع نائب رئيس المجلس الشكر والتقدير للقيادة على دعمها المتواصل للبلديات، وقال "إن هذه المشاريع تأتي في إطار الحرص على راحة السكان".', ["[المجلس البلدي | قال] ناقشت عشرة مواضيع", "[فهد بن سالم | قال] إن هذه المشاريع تأتي في إطار الحرص على راحة السكان"]],
    // a person whose role, as the entity stage read it, fills the words after the verb (a preposition in it)
    ['وقال [[ORGANIZATION:الدفاع المدني]] إن الحريق "تمت السيطرة عليه بالكامل".\nوأشاد مدير المرور في محافظة الخبر العقيد [[PERSON:سعد المالكي|مدير المرور في محافظة الخبر العقيد]] بسرعة الاستجابة، وقال: "الفرق وصلت خلال دقائق معدودة".', ["[الدفاع المدني | قال] تمت السيطرة عليه بالكامل", "[سعد المالكي | قال] الفرق وصلت خلال دقائق معدودة"]],
    // must not fire: a role that stands for nobody named before (the chain, as before)
    ['وقال [[ORGANIZATION:الدفاع المدني]] إن الحريق "تمت السيطرة عليه بالكامل".\nوفي بداية الجلسة، رفع نائب رئيس المجلس الشكر للقيادة على دعمها، وقال "إن المشاريع ماضية كما خطط لها".', ["[الدفاع المدني | قال] تمت السيطرة عليه بالكامل", "[الدفاع المدني | قال] إن المشاريع ماضية كما خطط لها"]],
    // must not fire: a person whose role is not the words between the verb and the name (an object before him)
    ['وقال [[ORGANIZATION:الدفاع المدني]] إن الحريق "تمت السيطرة عليه بالكامل".\nوأشاد المواطنون بجهود مدير المرور العقيد [[PERSON:سعد المالكي|مدير المرور العقيد]] في الموسم، وقال: "الفرق وصلت خلال دقائق معدودة".', ["[الدفاع المدني | قال] تمت السيطرة عليه بالكامل", "[الدفاع المدني | قال] الفرق وصلت خلال دقائق معدودة"]]
  ],
  "a person after a complementizer and a verb of writing is the writer of the words after its colon": [
    ['وتفيد المعلومات المتداولة بأن [[PERSON:سامي الحداد]] كتب في دليل تخرج طلاب ثانوية «النور» ، في المدينة قبل أربعة أعوام: «اسمي سيعرفه الجميع في كل مكان من هذا البلد».', ["[سامي الحداد | كتب] اسمي سيعرفه الجميع في كل مكان من هذا البلد"]],
    ['وذكرت المصادر أن [[PERSON:سامي الحداد]] كتب: «اسمي سيعرفه الجميع في كل مكان من هذا البلد».', ["[سامي الحداد | كتب] اسمي سيعرفه الجميع في كل مكان من هذا البلد"]],
    // must not fire: a present form after the person (its phrase no subject: the marks a term; the words after it the
    // chain's, as before)
    ['إلا أن [[PERSON:سامي الحداد]] يرى المدينة باعتبارها «مركز المعادن»، أي مصدرا لها. ومثلما أخبرني الحداد، فإنه: «نحن على القمة الآن وسيصبح كل شيء ممكنا».', ["[سامي الحداد | null] نحن على القمة الآن وسيصبح كل شيء ممكنا"]],
    // must not fire: a noun after the person with no colon or marks after it in its sentence
    ['وقالت المصادر إن [[PERSON:سامي الحداد]] كتب كثيرة عن المدينة. وأضافت: «الكتب ستعرض في المعرض المقبل».', ["[المصادر | أضافت] الكتب ستعرض في المعرض المقبل"]]
  ],
  "a speaker's phrase stops before an indefinite document of speech, the verb's object": [
    ['ونفت الحركة إجراء أي اتصالات في بيان مقتضب وكتب مسؤول بالحركة تغريدة قال فيها إن "القائد يرفض فكرة السفر إلى الخارج".', ["[مسؤول بالحركة | قال] القائد يرفض فكرة السفر إلى الخارج"]],
    // must not fire: a definite document is the speaker's (its issuer's) phrase, as before; a noun with no word and
    // فيه after it runs on as before
    ['وقال البيان الذي نشرته الوزارة: "العمل مستمر في كل المواقع دون توقف".', ["[البيان | قال] العمل مستمر في كل المواقع دون توقف"]],
    ['وكتب مسؤول بالحزب: "الرئيس يعارض فكرة مغادرة البلاد بشدة".', ["[مسؤول بالحزب | كتب] الرئيس يعارض فكرة مغادرة البلاد بشدة"]]
  ]
}

describeQuoteTables("Arabic speakers relayed or carried (forty-sixth session, helper relay)", tables)
