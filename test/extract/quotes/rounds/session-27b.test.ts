import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 27, second round (helper; docs/history/quotes.md, "Twenty-seventh session, second round (helper)"): a manner word
 * after `ب` (`بهدوء`, `بغيظ`, `بلا حماس`, `بأسى`) is no speaker and no part of a name the entity stage glued it to;
 * a person or a body named after a describing verb's first two words and right before `بأنه` is the object, not the
 * speaker; one word of ل glued to a name right after the verb is the addressee. Sentences written for these tests in
 * the style of the wires; `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const LEAD = 'وقال [[PERSON:خالد السالم]] للصحفيين: "الفريق قادر على الفوز". '
const FIRST = "[خالد السالم | قال] الفريق قادر على الفوز"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a manner word is no speaker": [
    [`${LEAD}فردت بغيظ: "لن نتراجع عن موقفنا أبدا".`, [FIRST, "[خالد السالم | ردت] لن نتراجع عن موقفنا أبدا"]],
    [`${LEAD}فأجاب بأسى: "لن نتراجع عن موقفنا أبدا".`, [FIRST, "[خالد السالم | أجاب] لن نتراجع عن موقفنا أبدا"]],
    // the entity stage's `أسى` inside `بأسى`, and `بلا حماس` read as a person
    [`${LEAD}فأجاب ب[[PERSON:أسى]]: "لن نتراجع عن موقفنا أبدا".`, [FIRST, "[خالد السالم | أجاب] لن نتراجع عن موقفنا أبدا"]],
    [`${LEAD}فأجاب [[PERSON:بلا حماس]]: "لن نتراجع عن موقفنا أبدا".`, [FIRST, "[خالد السالم | أجاب] لن نتراجع عن موقفنا أبدا"]],
    // a name glued to the manner word: the name is the speaker, and the words after it stay with him
    [
      `${LEAD}فقال [[PERSON:عمر الشهري بهدوء]]: "لن نتراجع عن موقفنا أبدا". وأضاف: "سنواصل العمل حتى النهاية".`,
      [FIRST, "[عمر الشهري | قال] لن نتراجع عن موقفنا أبدا", "[عمر الشهري | أضاف] سنواصل العمل حتى النهاية"]
    ],
    // the name tagged on its own elsewhere: its entity
    [
      `${LEAD}ورد [[PERSON:عمر الشهري]] على الأسئلة. ثم قال [[PERSON:عمر الشهري بغيظ]]: "لن نتراجع عن موقفنا أبدا".`,
      [FIRST, "[عمر الشهري | قال] لن نتراجع عن موقفنا أبدا"]
    ],
    // must stay: a person with no manner word, and a body whose name holds بلا
    [`${LEAD}فقال [[PERSON:عمر الشهري]]: "لن نتراجع عن موقفنا أبدا".`, [FIRST, "[عمر الشهري | قال] لن نتراجع عن موقفنا أبدا"]],
    [`${LEAD}وقالت منظمة [[ORGANIZATION:أطباء بلا حدود]]: "المستشفى تعرض للقصف مرتين".`, [FIRST, "[أطباء بلا حدود | قالت] المستشفى تعرض للقصف مرتين"]]
  ],
  "the object of a verb of describing is no speaker": [
    [
      'وقد وصف كريم  الفاسي قائد شرطة المدينة تنظيم [[ORGANIZATION:النور]] بأنه "شبكة إجرامية واسعة".',
      ["[كريم  الفاسي قائد شرطة المدينة | وصف] شبكة إجرامية واسعة"]
    ],
    ['ووصف مدير الشرطة [[ORGANIZATION:جماعة النور المسلحة]] بأنها "شبكة إجرامية واسعة".', ["[مدير الشرطة | وصف] شبكة إجرامية واسعة"]],
    ['ووصف وزير الداخلية [[PERSON:سامر العلي]] [[PERSON:ماجد الحربي]] بأنه "رجل دولة من الطراز الأول".', ["[سامر العلي | وصف] رجل دولة من الطراز الأول"]],
    // must stay: the body is the subject (first word), and a verb that describes nothing
    ['ووصفت [[ORGANIZATION:وزارة الخارجية]] الهجوم بأنه "عمل جبان".', ["[وزارة الخارجية | وصفت] عمل جبان"]],
    ['وقال مدير الشرطة [[ORGANIZATION:جماعة النور المسلحة]] بأنها "شبكة إجرامية واسعة".', ["[جماعة النور المسلحة | قال] شبكة إجرامية واسعة"]]
  ],
  "a name glued to ل after the verb is the addressee": [
    [
      `${LEAD}ثم قال لسامي: "لن نتراجع عن موقفنا أبدا". فقال سامي: "سنرى ذلك غدا".`,
      [FIRST, "[خالد السالم | قال] لن نتراجع عن موقفنا أبدا", "[سامي | قال] سنرى ذلك غدا"]
    ],
    [`${LEAD}ثم قال ل[[PERSON:سامي]]: "لن نتراجع عن موقفنا أبدا".`, [FIRST, "[خالد السالم | قال] لن نتراجع عن موقفنا أبدا"]],
    // must stay: a name that opens with ل, written nowhere without it
    [`${LEAD}ثم قالت ليلى: "لن نتراجع عن موقفنا أبدا".`, [FIRST, "[ليلى | قالت] لن نتراجع عن موقفنا أبدا"]],
    // `وأضاف لذلك:` ("he added to that"): no subject either, the chain's speaker goes on
    [`${LEAD}ثم قال ذلك مرة أخرى. وأضاف لذلك: "لن نتراجع عن موقفنا أبدا".`, [FIRST, "[خالد السالم | أضاف] لن نتراجع عن موقفنا أبدا"]]
  ]
}

describeQuoteTables("session 27, second round: manner words, described objects, addressees with ل", tables)
