import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Forty-ninth session, helper royal (docs/history/quotes.md, "Forty-ninth session: royal"): an official statement
 * after the colon-only cue `البيان التالي:` (`البيان الآتي:`) is a quote of the body a verb of issuing names before it
 * (`صدر عن X`, `أصدر X`, `X قد أصدر`); a heading line (`" بيان من الديوان الملكي "`) is passed over; the closing
 * formula on the line after the text (`تغمده الله …`, `حفظ الله …`) ends the quote. Sentences written for these tests
 * in the style of the wires; `[[ORGANIZATION:text]]` marks become entities.
 */

const TRAVEL = "يغادر بمشيئة الله تعالى اليوم الأحد صاحب السمو الملكي الأمير نايف بن فهد إلى المغرب في زيارة رسمية يلتقي خلالها عددا من المسؤولين"
const DEATH = "انتقل إلى رحمة الله تعالى صاحب السمو الأمير خالد بن سعد، وسيصلى عليه بعد صلاة العصر غدا في جامع المدينة"
const CLOSE_DEATH = "تغمده الله بواسع رحمته وأسكنه فسيح جناته، إنا لله وإنا إليه راجعون"
const CLOSE_TRAVEL = "حفظ الله سموه في سفره وإقامته"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a statement after البيان التالي: issued by the body named after صدر عن": [
    [`صدر اليوم عن الديوان الملكي البيان التالي :- ${TRAVEL}.`, [`[الديوان الملكي | البيان التالي] ${TRAVEL}`]],
    [`وصدر عن الأمانة العامة أمس البيان التالي:\n${TRAVEL}.`, [`[الأمانة العامة | البيان التالي] ${TRAVEL}`]],
    // a body the entity stage tagged
    [`صدر عن [[ORGANIZATION:مجلس الوزراء]] البيان الآتي: ${TRAVEL}.`, [`[مجلس الوزراء | البيان الآتي] ${TRAVEL}`]]
  ],
  "a statement after البيان التالي: issued by the subject of أصدر, after it or before it": [
    [`أصدر المجلس الأعلى اليوم البيان التالي: ${TRAVEL}.`, [`[المجلس الأعلى | البيان التالي] ${TRAVEL}`]],
    [`وكان الديوان الملكي قد أصدر أمس البيان التالي:\n${TRAVEL}.`, [`[الديوان الملكي | البيان التالي] ${TRAVEL}`]]
  ],
  "the statement's heading line is passed over": [
    [`صدر عن الديوان الملكي اليوم البيان التالي:\n" بيان من الديوان الملكي "\n${TRAVEL}.`, [`[الديوان الملكي | البيان التالي] ${TRAVEL}`]],
    [`صدر عن الديوان الملكي اليوم البيان التالي:\n(بيان من الديوان الملكي)\n${TRAVEL}.`, [`[الديوان الملكي | البيان التالي] ${TRAVEL}`]],
    // a statement that opens with God's name is no verse
    [`صدر عن الديوان الملكي البيان التالي: بمشيئة الله تعالى يغادر الأمير نايف بن فهد اليوم إلى المغرب في زيارة رسمية.`, ["[الديوان الملكي | البيان التالي] بمشيئة الله تعالى يغادر الأمير نايف بن فهد اليوم إلى المغرب في زيارة رسمية"]]
  ],
  "the closing formula on the next line ends the statement": [
    [
      `صدر اليوم عن الديوان الملكي البيان التالي :- ${DEATH}.\n${CLOSE_DEATH}.\nوكان الفقيد من رجال الأعمال المعروفين في المنطقة.`,
      [`[الديوان الملكي | البيان التالي] ${DEATH}.\n${CLOSE_DEATH}`]
    ],
    [
      `صدر عن الديوان الملكي اليوم البيان التالي:\n" بيان من الديوان الملكي "\n${TRAVEL}.\n${CLOSE_TRAVEL}.`,
      [`[الديوان الملكي | البيان التالي] ${TRAVEL}.\n${CLOSE_TRAVEL}`]
    ],
    // must stay: a line after the statement with no closing formula is no part of it
    [`صدر عن الديوان الملكي اليوم البيان التالي: ${TRAVEL}.\nوكان في وداعه في المطار عدد من الأمراء والمسؤولين.`, [`[الديوان الملكي | البيان التالي] ${TRAVEL}`]]
  ],
  "a statement after بيانا جاء فيه: issued by the body a verb of issuing names": [
    [
      `وكان الديوان الملكي قد أصدر أمس بيانا جاء فيه: ${TRAVEL}.`,
      [`[الديوان الملكي | جاء فيه] ${TRAVEL}`]
    ],
    [`وصدر عن الأمانة العامة أمس بيان جاء فيه: ${TRAVEL}.`, [`[الأمانة العامة | جاء فيه] ${TRAVEL}`]],
    // must stay: no verb of issuing before the statement's noun (the speaker is left to the rules before this one)
    [`وقرأ المذيع في النشرة بيانا جاء فيه: ${TRAVEL}.`, [`[null | جاء فيه] ${TRAVEL}`]]
  ],
  "must stay: no verb of issuing before البيان التالي:, or none in its sentence": [
    [`ونشرت الصحيفة البيان التالي: ${TRAVEL}.`, []],
    [`وقرأ المذيع البيان التالي على المشاهدين في نشرة المساء.`, []],
    [`صدر عن الديوان الملكي أمر بذلك. وتلا المذيع البيان التالي: ${TRAVEL}.`, []]
  ]
}

describeQuoteTables("Arabic statements of a body after البيان التالي: (forty-ninth session, helper royal)", tables)
