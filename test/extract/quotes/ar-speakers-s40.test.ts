import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers after the A74 and A75 readings (docs/history/quotes.md, "Fortieth session (helper, speakers)"): a
 * statement or a report whose issuer the words after it name, untagged or after a preposition (`البيان الذي أصدرته
 * الحركة`, `بيان من الرئاسة`, `تقرير لصحيفة X`); an epithet subject for the person who spoke just before. Sentences written for these tests in the style of the wires;
 * `[[TYPE:text]]` marks become entities.
 */

const CALM = "الأطباء راضون تماما عن نتيجة العملية"
const TALKS = "أرضية المفاوضات مهيأة أكثر من أي وقت مضى"
const DEFENCE = "لا أظن أن المدرب يعرف أفضل تشكيلة للدفاع"
const SEASON = "أعرف جيدا أنني أقدم الكثير للفريق هذا الموسم"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a statement `الذي أصدرته` words the entity stage left untagged (`issuerWords`)": [
    [`أعلنت [[ORGANIZATION:حركة النهضة]] انسحابها من الحكومة أمس.
وأشار البيان الذي أصدرته الحركة إلى أن «القرار اتخذ بالإجماع في اجتماع مجلس الشورى».`, ["[حركة النهضة | أشار] القرار اتخذ بالإجماع في اجتماع مجلس الشورى"]],
    [`وأشار البيان الذي أصدره رئيس الحكومة [[PERSON:سالم العبيدي]] إلى أن «القرار اتخذ بالإجماع في اجتماع مجلس الوزراء».`, ["[سالم العبيدي | أشار] القرار اتخذ بالإجماع في اجتماع مجلس الوزراء"]],
    // must stay: no words after the verb, and a noun in construct with no name after `أصدرته` (the thirty-fifth
    // session's row)
    [`وأشار البيان الذي أصدرته أمس إلى أن «القرار اتخذ بالإجماع في اجتماع مجلس الشورى».`, ["[البيان | أشار] القرار اتخذ بالإجماع في اجتماع مجلس الشورى"]],
    [`وأشار البيان الذي أصدرته لجنة التحقيق في العاصمة إلى أن «القرار اتخذ بالإجماع في اجتماع مجلس الشورى».`, ["[البيان | أشار] القرار اتخذ بالإجماع في اجتماع مجلس الشورى"]]
  ],
  "a statement or a report `من` its issuer (`issuerLink`, `issuerWords`)": [
    [`وأكد بيان من الرئاسة التونسية صدر مساء أمس أن «${TALKS}».`, [`[الرئاسة التونسية | أكد] ${TALKS}`]],
    [`وقال بيان من مكتب الوزير: «${CALM}».`, [`[مكتب الوزير | قال] ${CALM}`]],
    [`وقال بيان من [[ORGANIZATION:وزارة الصحة]] إن «${CALM}».`, [`[وزارة الصحة | قال] ${CALM}`]],
    // must stay: a report from a place, and `من` after a definite statement (what it calls for, not who issued it)
    [`وذكر تقرير من [[LOCATION:بغداد]] أن «${TALKS}».`, [`[تقرير | ذكر] ${TALKS}`]],
    [`ودعا [[PERSON:سالم العبيدي]] إلى تنفيذ ما ينادي به البيان من إصلاحات، وقال إن «${TALKS}».`, [`[سالم العبيدي | قال] ${TALKS}`]]
  ],
  "a report `لصحيفة` and the newspaper (`paperAfterReport`)": [
    [`وذكر تقرير لصحيفة [[ORGANIZATION:الغارديان]] أن المحققين لديهم "أدلة قوية على الاختراق".`, ["[الغارديان | ذكر] أدلة قوية على الاختراق"]],
    [`وذكر تقرير لصحيفة «[[ORGANIZATION:لوموند]]» أن المحققين لديهم "أدلة قوية على الاختراق".`, ["[لوموند | ذكر] أدلة قوية على الاختراق"]],
    // must stay: no newspaper tagged after the noun, and a statement given to a newspaper by the person who issued it
    [`وذكر تقرير لصحيفة محلية أن المحققين لديهم "أدلة قوية على الاختراق".`, ["[تقرير | ذكر] أدلة قوية على الاختراق"]],
    [`وقال [[PERSON:سالم العبيدي]] في بيان لصحيفة [[ORGANIZATION:الغارديان]]: «${CALM}».
وأضاف البيان: «${TALKS}».`, [`[سالم العبيدي | قال] ${CALM}`, `[سالم العبيدي | أضاف] ${TALKS}`]]
  ],
  "an epithet subject for the speaker pushed in its sentence or the one before (`epithetOfLastSpeaker`)": [
    [`ويرى [[PERSON:رامي فرحات]] أن فريقه يحتاج إلى مدافع جديد، وقال المدافع الذي اعتزل اللعب العام الماضي «${DEFENCE}».`, [`[رامي فرحات | قال] ${DEFENCE}`]],
    [`وقال [[PERSON:رامي فرحات]] إنه لا يهتم بعدد الأهداف كثيرا.
وقال المهاجم البلجيكي «${SEASON}».`, [`[رامي فرحات | قال] ${SEASON}`]],
    [`وقال [[PERSON:رامي فرحات]]: «${SEASON}».
وأضاف: «${CALM}». ويعتقد [[PERSON:رامي فرحات]] أن فريقه يحتاج إلى مدافع، وقال المدافع الذي اعتزل اللعب «${DEFENCE}».`, [`[رامي فرحات | قال] ${SEASON}`, `[رامي فرحات | أضاف] ${CALM}`, `[رامي فرحات | قال] ${DEFENCE}`]],
    // must stay: `قال الشاعر` alone (a verse of the tradition, its poet unnamed; `anonymousEpithets`)
    [`وقال الفيلسوف [[PERSON:سقراط]]: «الحكمة تبدأ بالاعتراف بالجهل». وقد قال الشاعر: «ومن يجعل المعروف في غير أهله يكن حمده ذما عليه».`, ["[سقراط | قال] الحكمة تبدأ بالاعتراف بالجهل", "[الشاعر | قال] ومن يجعل المعروف في غير أهله يكن حمده ذما عليه"]],
    // must stay: no speaker pushed (a verb of no speech), another person tagged since, the speaker two sentences back
    [`وسجل [[PERSON:رامي فرحات]] ثمانية عشر هدفا الموسم الماضي.
وقال المهاجم البلجيكي «${SEASON}».`, [`[المهاجم البلجيكي | قال] ${SEASON}`]],
    [`وقال [[PERSON:رامي فرحات]] إنه لا يهتم بعدد الأهداف. ورد عليه زميله [[PERSON:سمير داود]] بغضب.
وقال المهاجم البلجيكي «${SEASON}».`, [`[المهاجم البلجيكي | قال] ${SEASON}`]],
    [`وقال [[PERSON:رامي فرحات]] إنه لا يهتم بعدد الأهداف. وتعاقد النادي معه قبل موسمين.
وقال المهاجم البلجيكي «${SEASON}».`, [`[المهاجم البلجيكي | قال] ${SEASON}`]]
  ]
}

describeQuoteTables("Arabic speakers (fortieth session): a document's issuer, an epithet for the speaker before", tables)
