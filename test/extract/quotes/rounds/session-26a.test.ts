import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 26 (helper; docs/history/quotes.md, "Twenty-sixth session (helper)"): the person named after `المسؤول <adjective>
 * عن …` speaks, not the role; a manner participle or phrase after the subject is no part of it; the first of two
 * pieces in marks with the object of the first between them, in the words a verb reports, is the same speaker's; a
 * verb of describing with its object pronoun quotes through `بأنه` and one noun (`ووصفه بأنه زعيم "…"`).
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities, as in
 * real-errors.test.ts.
 */

const said = 'وقال [[PERSON:سامر العلي]] إن الخدمة "تحتاج إلى تطوير".\n'
const saidQuote = '[سامر العلي | قال] تحتاج إلى تطوير'

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the person after an official's role and عن speaks": [
    [
      'وقال قائد الدوريات والمسؤول الأمني عن المعرض العقيد [[PERSON:ماجد الحربي]]: «ضبطنا المخالفين خلال ساعات».',
      ['[ماجد الحربي | قال] ضبطنا المخالفين خلال ساعات']
    ],
    [
      'وقال المسؤول الإعلامي عن الحملة [[PERSON:سامر العلي]]: «الحملة مستمرة حتى نهاية الشهر».',
      ['[سامر العلي | قال] الحملة مستمرة حتى نهاية الشهر']
    ],
    // no official's word before عن: the person after it is another party
    ['وقال مدير الأمن عن زيارة [[PERSON:سامر العلي]]: «الزيارة تمت بنجاح كبير».', ['[مدير الأمن | قال] الزيارة تمت بنجاح كبير']]
  ],
  "a manner word after the subject is no part of it": [
    ['وقال المواطن ساخراً: «هذه خدمة لا تليق بالمدينة».', ['[المواطن | قال] هذه خدمة لا تليق بالمدينة']],
    [said + 'وأضاف الموظف مبتسماً: «سنعود غدا إلى العمل».', [saidQuote, '[الموظف | أضاف] سنعود غدا إلى العمل']],
    [said + 'وقال أحد الحضور بصوت مرتفع: «نريد حلولا عاجلة».', [saidQuote, '[أحد الحضور | قال] نريد حلولا عاجلة']],
    [said + 'وقال المسؤول متحفظا على ذكر اسمه إن "القصف أصاب مستودعا للوقود".', [saidQuote, '[المسؤول | قال] القصف أصاب مستودعا للوقود']],
    // a time word, a name that ends in alif, a manner word inside a name in marks: the phrase stays
    [said + 'وقالت طالبة الجامعة سابقاً: «كانت التجربة صعبة جدا».', [saidQuote, '[طالبة الجامعة سابقاً | قالت] كانت التجربة صعبة جدا']],
    [said + 'وقال المحامي روبرتو ميرندا: «الحكم سيخضع للاستئناف».', [saidQuote, '[المحامي روبرتو ميرندا | قال] الحكم سيخضع للاستئناف']],
    [said + 'وقالت منظمة «أطباء بلا قيود»: «نطالب بفتح الممرات فورا».', [saidQuote, '[منظمة «أطباء بلا قيود» | قالت] نطالب بفتح الممرات فورا']]
  ],
  "the first of two pieces with its object between them": [
    [
      'وقال [[PERSON:سامي الراشد]] إن على الحكومة "مراجعة وتعديل" خططها المالية "بشكل جذري".',
      ['[سامي الراشد | قال] مراجعة وتعديل', '[سامي الراشد | قال] بشكل جذري']
    ],
    // a name in the first marks (two words, no و between them, no predicate), marks before the verb: not taken
    [
      'وأضافت [[ORGANIZATION:مجموعة الأفق]] أن بوسع "نور بتروليوم" زيادة إنتاجها "أكثر بكثير" من هدفها المعلن.',
      ['[مجموعة الأفق | أضافت] أكثر بكثير']
    ],
    ['وقال [[PERSON:سامي الراشد]] إن شركة «الأفق الجديد» وقعت عقدا "بقيمة كبيرة جدا".', ['[سامي الراشد | قال] بقيمة كبيرة جدا']],
    ['وفي بيان «شديد اللهجة» صدر أمس قال [[PERSON:سامي الراشد]] إن الحكومة "لن تتراجع عن قرارها".', ['[سامي الراشد | قال] لن تتراجع عن قرارها']],
    ['وقال [[PERSON:سامي الراشد]] إن «الخطة الخمسية» لوزارة [[PERSON:ماجد الحربي]] "لن تنجح أبدا".', ['[سامي الراشد | قال] لن تنجح أبدا']]
  ],
  "a verb of describing with its pronoun, بأنه and one noun before the marks": [
    [
      'وقال [[PERSON:سامي الراشد]] في مؤتمر صحفي عقده في العاصمة، إن "[[PERSON:ماجد الحربي]] لديه خطة واضحة" ووصفه بأنه وزير "أفضل من سلفه".',
      ['[سامي الراشد | قال] ماجد الحربي لديه خطة واضحة', '[سامي الراشد | وصفه] أفضل من سلفه']
    ],
    // the verb with its object named (no pronoun): not taken in this session; taken since the forty-second
    // (describedThroughWord: one noun after بأنه and marks that read as no name, whatever the verb's object)
    ['ووصف [[PERSON:سامي الراشد]] الوزير بأنه مسؤول "أفضل من سلفه".', ['[سامي الراشد | وصف] أفضل من سلفه']]
  ]
}

describeQuoteTables("session 26 Arabic speakers", tables)
