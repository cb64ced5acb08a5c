import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers carried from an earlier paragraph where the text names a new one, after the A106 and A107 readings
 * (docs/history/quotes.md, "Fifty-fifth session: arcarry3"): a name in parentheses right before `الذي يقول:`;
 * an unnamed official who gave the statements a verb with `فيها` reads from (`تصريحات أدلى بها مسؤول …`); an
 * accusative noun after `لكن` and a plural clause that describes it (`لكن سكانا تحدثوا مع … قالوا:`); a capital before a
 * feminine verb of saying after `أن`; a study or a body the sentence before opens with, untagged, while nobody was
 * quoted before. Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  school: "هربنا من المدرسة يوما فحضر المدير بنفسه وكفلنا أمام الشرطة",
  field: "لا نقوم بعمليات هجومية في المنطقة إلا على أهداف التنظيم",
  bodies: "إن الجثث متناثرة في الشوارع منذ يومين",
  soon: "بين لحظة وأخرى",
  cost: "إن تكلفة الإنتاج مرتفعة نسبيا في الوقت الراهن",
  clinic: "تم التحقيق في الحادثة وإحالة المسؤولين عنها إلى الجهات المختصة",
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام"
}

/** A minister quoted before each row. */
const first = `وقال الوزير [[PERSON:سالم داود]]: «${W.plan}».`
const q0 = `[سالم داود | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a name in parentheses or marks right before the relative pronoun (`enclosedNameEnd`)": [
    [`${first}\nومن القصص التي صادفتني أثناء بحثي، قصة ([[PERSON:عبدالله]]) الذي يقول: ${W.school}.`, [q0, `[عبدالله | يقول] ${W.school}`]],
    [`${first}\nوعلى رأس المعارضين، منظمة العمل السياسي ([[ORGANIZATION:أيباك]]) التي قالت: «${W.field}».`, [q0, `[أيباك | قالت] ${W.field}`]],
    // must stay: a name in marks (read so before), parentheses that hold no tagged name, four words in them
    [`${first}\nوصدق الشاعر الألماني “[[PERSON:غوته]]” الذي قال: «${W.field}».`, [q0, `[غوته | قال] ${W.field}`]],
    [`${first}\nومن القصص التي صادفتني أثناء بحثي، قصة (الطالب) الذي يقول: ${W.school}.`, [q0, `[سالم داود | يقول] ${W.school}`]],
    [`${first}\nومن القصص التي صادفتني، قصة (صديقنا القديم في المدرسة [[PERSON:عبدالله]]) الذي يقول: ${W.school}.`, [q0, `[سالم داود | يقول] ${W.school}`]]
  ],
  "an issuer after a verb of giving and `بها` (`givenBy`, `givingVerbs`)": [
    [`${first}\nونقلت الصحيفة تصريحات أدلى بها مسؤول أميركي لصحيفة «[[ORGANIZATION:وول ستريت جورنال]]» قال فيها: «${W.field}».`, [q0, `[مسؤول أميركي | قال] ${W.field}`]],
    // must stay: a tagged person after `بها` (read so before), no issuer after `بها` (a time and a place)
    [`${first}\nونقلت الصحيفة تصريحات أدلى بها [[PERSON:كريم فارس]] للتلفزيون قال فيها: «${W.field}».`, [q0, `[كريم فارس | قال] ${W.field}`]],
    [`${first}\nونقلت الصحيفة تصريحات أدلى بها أمس في العاصمة قال فيها: «${W.field}».`, [q0, `[سالم داود | قال] ${W.field}`]]
  ],
  "an accusative noun after `لكن` and a plural clause (`accusativeClause`)": [
    [`وقال المتحدث باسم الشرطة [[PERSON:عبيد الله عبيد]]: «${W.plan}».\nورفض عبيد التعليق على الخسائر لكن سكانا تحدثوا مع [[ORGANIZATION:رويترز]] هاتفيا قالوا: ${W.bodies}.`, [`[عبيد الله عبيد | قال] ${W.plan}`, `[سكانا | قالوا] ${W.bodies}`]],
    // must stay: a singular verb
    [`وقال المتحدث باسم الشرطة [[PERSON:عبيد الله عبيد]]: «${W.plan}».\nورفض عبيد التعليق على الخسائر لكن ساكنا تحدث مع [[ORGANIZATION:رويترز]] هاتفيا قال: ${W.bodies}.`, [`[عبيد الله عبيد | قال] ${W.plan}`, `[عبيد الله عبيد | قال] ${W.bodies}`]]
  ],
  "a capital before a feminine verb after `أن` (`reportedSubject`)": [
    [`وقالت مصادر أمنية إن «${W.plan}».\nولا يزال انتشار القوة مرتقبا ولو أن [[LOCATION:أبوجا]] تعلن باستمرار أنه سيتم «${W.soon}».`, [`[مصادر أمنية | قالت] ${W.plan}`, `[أبوجا | تعلن] ${W.soon}`]],
    // must stay: a masculine verb after the place
    [`وقالت مصادر أمنية إن «${W.plan}».\nولا يزال انتشار القوة مرتقبا ولو أن [[LOCATION:أبوجا]] يعلن باستمرار أنه سيتم «${W.soon}».`, [`[مصادر أمنية | قالت] ${W.plan}`, `[مصادر أمنية | يعلن] ${W.soon}`]]
  ],
  "an untagged study or body opening the sentence before, nobody quoted yet (`untaggedOpeningSubject`, `studyNouns`)": [
    [`وعرضت الدراسة بيانات الإنتاج والاستهلاك العالمي.\nوخلصت الدراسة إلى أن الإنتاج يرفع الانبعاثات.\nوقالت: «${W.cost}».`, [`[الدراسة | قالت] ${W.cost}`]],
    [`أوضحت المديرية العامة للشؤون الصحية ملابسات وفاة طفلة في المستشفى.\nوقالت في بيان: «${W.clinic}».`, [`[المديرية العامة | قالت] ${W.clinic}`]],
    // must stay: somebody quoted before, a verb that does not agree, a noun of no study or body
    [`${first}\nوخلصت الدراسة إلى أن الإنتاج يرفع الانبعاثات.\nوقالت: «${W.cost}».`, [q0, `[سالم داود | قالت] ${W.cost}`]],
    [`وخلص البحث إلى أن الإنتاج يرفع الانبعاثات.\nوقالت: «${W.cost}».`, [`[null | قالت] ${W.cost}`]],
    [`وشهدت المدينة ازدحاما كبيرا في العيد.\nوقالت: «${W.cost}».`, [`[null | قالت] ${W.cost}`]]
  ]
}

describeQuoteTables("fifty-fifth session, Arabic speakers carried from an earlier paragraph (helper arcarry3)", tables)
