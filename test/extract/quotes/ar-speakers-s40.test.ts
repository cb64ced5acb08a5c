import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers after the A74 and A75 readings (docs/history/quotes.md, "Fortieth session (helper, speakers)"): a
 * statement or a report whose issuer the words after it name, untagged or after a preposition (`البيان الذي أصدرته
 * الحركة`, `بيان من الرئاسة`, `تقرير لصحيفة X`). Sentences written for these tests in the style of the wires;
 * `[[TYPE:text]]` marks become entities.
 */

const CALM = "الأطباء راضون تماما عن نتيجة العملية"
const TALKS = "أرضية المفاوضات مهيأة أكثر من أي وقت مضى"

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
  ]
}

describeQuoteTables("Arabic speakers (fortieth session): a document's issuer", tables)
