import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quote spans after the session-61 brief (docs/history/quotes.md, "Sixty-first session: arquote16"), from the
 * A118 and A119 readings: a colon quote ends at a comma before a lead phrase and a new speaker's verb and colon
 * (`…، من جهتها قالت X: …`) and before a relaying verb's `قولها:` (`…، ونقلت وكالة … عن X قولها: «…»`); an abstract
 * subject (`والمنطق يقول: …`) says the writer's own words; `مقترحاً` after a comma ends a colon quote; a `«` with a comma
 * right after it opens nothing. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks
 * become entities.
 */

const W = {
  soldiers: "إن جنديين قتلا وأصيب ثلاثة آخرون في تبادل إطلاق النار",
  reports: "إن التقارير عن خطف ثلاثة طيارين في وسط البلاد غير صحيحة",
  denial: "هذه الأنباء لا أساس لها من الصحة، ولا نعلم مصدرها",
  question: "لماذا لا يتم سحب المشروعات المتعثرة من المقاولين؟"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a comma, a lead phrase handing the turn over, a new speaker's verb and colon (`turnLeadAfterComma`)": [
    [`وقال المتحدث العسكري [[PERSON:سامي كريم]] في رسالة: ${W.soldiers}، من جهتها قالت [[ORGANIZATION:السفارة الفرنسية]] في العاصمة أمس: ${W.reports}.`, [`[سامي كريم | قال] ${W.soldiers}`, `[السفارة الفرنسية | قالت] ${W.reports}`]],
    [`وقال المتحدث العسكري [[PERSON:سامي كريم]]: ${W.soldiers}، ومن جانبه، أكد الوزير [[PERSON:خالد عمر]] في بيان: ${W.reports}.`, [`[سامي كريم | قال] ${W.soldiers}`, `[خالد عمر | أكد] ${W.reports}`]],
    // must stay: a lead phrase with no verb and colon after it goes on with the quote
    [`وقال المتحدث العسكري [[PERSON:سامي كريم]]: ${W.soldiers}، ومن جهتها تواصل القوات عملياتها في المنطقة.`, [`[سامي كريم | قال] ${W.soldiers}، ومن جهتها تواصل القوات عملياتها في المنطقة`]]
  ],
  "a comma, a relaying verb and `قولها:` (`relayedAfterComma`)": [
    [`وقالت [[ORGANIZATION:السفارة الفرنسية]] أمس: ${W.reports}، ونقلت وكالة إيتار تاس الروسية للأنباء عن السفارة قولها: «${W.denial}».`, [`[السفارة الفرنسية | قالت] ${W.reports}`, `[السفارة الفرنسية | نقلت] ${W.denial}`]],
    // must stay: a relaying verb with no قولها: goes on with the quote
    [`وقال المتحدث [[PERSON:سامي كريم]]: ${W.soldiers}، ونقلت القوات الجرحى إلى المستشفى.`, [`[سامي كريم | قال] ${W.soldiers}، ونقلت القوات الجرحى إلى المستشفى`]]
  ],
  "an abstract subject lends the writer its voice (`maximSaying` nouns)": [
    [`تحريض البعض على الخطباء لم يتوقف؛ والمنطق يقول: كيف يكون لهم تأثير في صناعة المتطرفين إذا كانوا لا يثقون بهم؟ نعم يوجد خطباء يعبرون عن آراء شخصية.`, []],
    [`ولكن دعونا نعرض ذلك على العقل. العقل يقول: إن الحب طاقة إيجابية مؤقتة تشبه الوقود.`, []],
    // must stay: a person after the noun's phrase is the subject
    [`وفي الواقع يقول الوزير [[PERSON:خالد سعيد]]: إن الخطة تسير كما رسم لها.`, ["[خالد سعيد | يقول] إن الخطة تسير كما رسم لها"]]
  ],
  "`مقترحاً` after a comma ends a colon quote, and is no cue (`paraphraseParticiples`, `participleAfterComma`)": [
    [`وأوضح [[PERSON:خالد سعيد]] أن الطرق تحتاج إلى صيانة، متسائلاً: ${W.question}، مقترحاً فرض رقابة صارمة من جهة محايدة على المقاولين.`, [`[خالد سعيد | متسائلاً] ${W.question}`]],
    // must stay: the noun "a proposal" before marks names no speech
    [`وأحصى التقرير 43 مقترحاً لمشروعات أنظمة جديدة قدمها الأعضاء استناداً للمادة «الثالثة والعشرين من نظام المجلس».`, []]
  ],
  "a `«` with a comma right after it (`strayGuillemetBeforeComma`)": [
    [`وأكد المدير أن المدارس استشعرت توجيهات الملك سلمان بن عبد العزيز «، والتي أعلنها بالاهتمام بالتعليم وبالطالب من منطلق وعي القيادة بأهمية هذا المجال الذي هو منطلق التقدم العلمي.`, []],
    // must stay: inside an open quote it closes the quote
    [`وقال المدير: «إن المدارس جاهزة لاستقبال الطلاب «، وأضاف أن التسجيل مستمر.`, ["[المدير | قال] إن المدارس جاهزة لاستقبال الطلاب"]]
  ]
}

describeQuoteTables("Arabic quote spans: turns after a comma, abstract subjects, stray marks (session 61, arquote16)", tables)
