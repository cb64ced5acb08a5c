import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fiftieth session, helper arcolon (docs/history/quotes.md, "Fiftieth session: arcolon"): verbs of asking and answering
 * with the object pronoun of the one asked or answered (`وسأله الوزير: "…؟"`, `فأجابه: «…»`, `سألني أحد الزملاء: …`;
 * the lexicon's `dialogue` verbs, colon only) open a line of a dialogue: its words end with their first sentence, a
 * line with no subject names nobody, and a reply after a named line is the other party's; `واصل` (`وواصلت: …`) is a
 * colon-only verb of continuing. Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks
 * become entities.
 */
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of asking with its object pronoun before a colon: the question, one sentence, by the subject after the verb": [
    ["وفي المحكمة سأل الوزير أحد الموظفين عن زملائه، فسأله الوزير: \"أين الموظفون اليوم؟\"، فكان الرد صمتا طويلا.", ["[الوزير | سأله] أين الموظفون اليوم؟"]],
    ["وسألني أحد الزملاء: لماذا تركت العمل في القناة؟ وكان سؤاله في محله.", ["[أحد الزملاء | سألني] لماذا تركت العمل في القناة؟"]],
    ["وسأله [[PERSON:خالد العمر]]: «هل وصلت الشحنة إلى الميناء؟». وكان القلق باديا عليه.", ["[خالد العمر | سأله] هل وصلت الشحنة إلى الميناء؟"]]
  ],
  "a line of a dialogue with no subject names nobody: the one answered is the last speaker, not the one answering": [
    ["قال المدير للموظف: «هل أنهيت التقرير المطلوب؟». فأجابه: «لم أنته منه بعد يا سيدي».", ["[المدير للموظف | قال] هل أنهيت التقرير المطلوب؟", "[null | أجابه] لم أنته منه بعد يا سيدي"]],
    // (the verb's circumstance glued to و, وبدون تردد, stands where the subject would, and names nobody)
    ["سأل الرئيس ضيفه عن خطته، فأجابه وبدون تردد: «لا شيء سوى لعب الجولف معك الليلة».", ["[null | أجابه] لا شيء سوى لعب الجولف معك الليلة"]]
  ],
  "after a named line, a subjectless reply in a later sentence is the other party's; after an unnamed line, the last speaker's": [
    ["وقال [[PERSON:سامي]]: «الحل الوحيد هو الحوار مع الجميع». فأجابه [[PERSON:خالد]]: «لا توجد طريقة أخرى غير ذلك». فرد عليه: «بل توجد طرق كثيرة يا صديقي».", ["[سامي | قال] الحل الوحيد هو الحوار مع الجميع", "[خالد | أجابه] لا توجد طريقة أخرى غير ذلك", "[سامي | null] بل توجد طرق كثيرة يا صديقي"]],
    ["سأل [[PERSON:سامي]] ضيفه عما يريد، فأجابه: «أريد أن أفكر قليلا». فنادى [[PERSON:سامي]] بأعلى صوته: «الضيف هنا يفكر في طلبه!»", ["[null | أجابه] أريد أن أفكر قليلا", "[سامي | null] الضيف هنا يفكر في طلبه!"]]
  ],
  "واصل before its colon goes on with the last speaker (a verb of continuing, colon only)": [
    ["وقالت المعلمة: «بدأنا العام الدراسي بخطة واضحة». وواصلت: نحتاج إلى دعم الأسر في متابعة الطلاب بعد الدوام المدرسي.", ["[المعلمة | قالت] بدأنا العام الدراسي بخطة واضحة", "[المعلمة | واصلت] نحتاج إلى دعم الأسر في متابعة الطلاب بعد الدوام المدرسي"]],
    ["وأكد المدرب أن الفريق جاهز للمباراة. وواصل: اللاعبون في حالة جيدة وننتظر دعم الجماهير.", ["[المدرب | واصل] اللاعبون في حالة جيدة وننتظر دعم الجماهير"]]
  ],
  "a plural verb of asking with its pronoun opens the question": [
    ["أجاب [[PERSON:ديغول]] على سؤال تشرشل. سألوه: هل من أمل في تسويق الأفلام في بغداد؟ لا أمل في ذلك.", ["[null | سألوه] هل من أمل في تسويق الأفلام في بغداد؟"]]
  ],
  "must stay: no colon, a noun of answering, a first-person form, a story over a colon, marks before the line": [
    ["وواصلت القوات تقدمها نحو المدينة صباح أمس.", []],
    ["وعن إجابة لتساؤلات كثيرة مفادها: هل نجحت البرامج في خدمة الشعر وأهله؟", []],
    ["وسأله عن الموضوع فلم يجب على السؤال أبدا.", []],
    ["وأجابه الفريق بهدف في الدقيقة الأخيرة من المباراة.", []],
    ["وسألته: ما الذي جاء بك إلى هنا في هذا الوقت؟", []],
    ["وحكى المواطن قصته قائلا: عندما كنت في المطعم جاءني رجل وسألني: \"هل تريد الزواج؟\"، فدهشت من سؤاله وخرجت مسرعا.", ["[null | قائلا] عندما كنت في المطعم جاءني رجل وسألني: \"هل تريد الزواج؟\"، فدهشت من سؤاله وخرجت مسرعا"]],
    ["همس الحارس في أذنه: «في حد مستنيك برا يا باشا»، وسأله [[PERSON:عز]]: «ما عرفتش مين؟»", ["[عز | سأله] ما عرفتش مين؟"]]
  ]
}

describeQuoteTables("Arabic lines of a dialogue and واصل before a colon (fiftieth session, helper arcolon)", tables)
