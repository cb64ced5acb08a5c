import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Subjects of Arabic speech verbs (docs/history/quotes.md, "Forty-ninth session: arsubject"): a body's name in marks
 * of four to six words right after the verb is its subject, not its speech (`وأعلنت «هيئة …» التابعة …`); the
 * speaker's own channel of publication ends the speaker's phrase (`قال النادي بموقعه على الإنترنت`, `عبر حسابه`); a
 * title alone, then a name in marks, gives the name (`وقال بروفيسور "X Y"`). Sentences written for these tests in the
 * style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a body's longer name in marks right after the verb": [
    ['وأعلنت «هيئة الرقابة والتفتيش العامة» التابعة للوزارة في بيان أن «التحقيق ما زال جاريا في جميع الملفات المحالة».', ["[هيئة الرقابة والتفتيش العامة | أعلنت] التحقيق ما زال جاريا في جميع الملفات المحالة"]],
    ['وأكد «المركز الوطني لرصد الزلازل»، أن «الهزة لم تسفر عن أي أضرار في المباني السكنية».', ["[المركز الوطني لرصد الزلازل | أكد] الهزة لم تسفر عن أي أضرار في المباني السكنية"]],
    // must not change: four words in marks that open with no body's noun
    ['وأعلنت «فرحة العيد في المدينة» التي نظمتها البلدية أن «الزوار تجاوزوا عشرة آلاف زائر خلال يومين».', ["[null | أعلنت] فرحة العيد في المدينة", "[null | أعلنت] الزوار تجاوزوا عشرة آلاف زائر خلال يومين"]],
    // must not change: a subject already named before the marks
    ['وقال رئيس [[ORGANIZATION:لجنة الرقابة]] إن «التحقيق ما زال جاريا في جميع الملفات المحالة».', ["[رئيس لجنة الرقابة | قال] التحقيق ما زال جاريا في جميع الملفات المحالة"]]
  ],
  "the speaker's own channel of publication ends the phrase": [
    ['وقال النادي بموقعه على الإنترنت إن «اللاعب سيغيب عن التدريبات لمدة أسبوعين على الأقل».', ["[النادي | قال] اللاعب سيغيب عن التدريبات لمدة أسبوعين على الأقل"]],
    ['وقال الهلال عبر حسابه في تويتر إن «اللاعب سيغيب عن التدريبات لمدة أسبوعين على الأقل».', ["[الهلال | قال] اللاعب سيغيب عن التدريبات لمدة أسبوعين على الأقل"]],
    // must not change: a site with its article is a word of the speaker's role
    ['وقال مدير الموقع الإلكتروني إن «اللاعب سيغيب عن التدريبات لمدة أسبوعين على الأقل».', ["[مدير الموقع الإلكتروني | قال] اللاعب سيغيب عن التدريبات لمدة أسبوعين على الأقل"]]
  ],
  "a title alone, then the name in marks": [
    ['وقال بروفيسور "سامي الهاشمي" أستاذ الفيزياء بجامعة الملك: «إن الظاهرة نادرة جدا في هذا الوقت من العام».', ["[سامي الهاشمي | قال] إن الظاهرة نادرة جدا في هذا الوقت من العام"]],
    ['يقول السيد "جون ماكلين" إن «خط اليد يكشف كثيرا من جوانب شخصية صاحبه».', ["[جون ماكلين | يقول] خط اليد يكشف كثيرا من جوانب شخصية صاحبه"]],
    // must not change: a body's name in marks inside a title, then the person
    ['وقال الأمين العام لحزب «الأمل» [[PERSON:سعد الغامدي]] إن «الحزب سيشارك في الانتخابات المقبلة بقوة».', ["[سعد الغامدي | قال] الحزب سيشارك في الانتخابات المقبلة بقوة"]]
  ]
}

describeQuoteTables("Subjects of Arabic speech verbs: bodies in marks, channels, titles before marks (forty-ninth session, helper arsubject)", tables)
