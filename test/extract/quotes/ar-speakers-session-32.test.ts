import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers, thirty-second session (docs/history/quotes.md, "Thirty-second session (helper, Arabic speakers)"):
 * a feminine verb that goes on with the chain takes the woman named since a body quoted with a feminine verb, or after
 * a body quoted with a masculine one; a participle after a clause of cause (`لأن …`) is not given to a person inside
 * that clause; a player's or a coach's former epithet with no name (`وأضاف لاعب <club> السابق:`) is the person quoted
 * just before, else the subject of the sentence before; a statement's issuer is the body right before it (`وأصدر نادي
 * X بيانا`) or the words after `بيان صادر عن`.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text|role]]` marks become entities.
 */

const AGENCIES = "لدينا أدلة كافية على أن الاختراق جاء من الخارج"
const NOT_ME = "ما جرى لم يكن موجها ضدي وحدي بل ضد البلاد كلها"
const GRAVE = "إن الرئيس الراحل كان سيغضب كثيرا لو رأى هذا"
const FIRST = "هذا يوم جميل بالنسبة لي ولعائلتي ولجماهير الفريق"
const SECOND = "النادي دفع مبلغا كبيرا من أجل ضمي وسأرد له الجميل"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a feminine verb after a body and a woman named since": [
    [
      `وتقول [[ORGANIZATION:هيئات رقابية]] إن "${AGENCIES}".\nومن جانبها، حملت [[PERSON:سلمى داود|وزيرة الخارجية السابقة]] المسؤولية للقراصنة.\nونسبت لها الصحيفة تصريحات حادة عن القراصنة.\nوأضافت قائلة: "${NOT_ME}".`,
      [`[هيئات رقابية | تقول] ${AGENCIES}`, `[سلمى داود | قائلة] ${NOT_ME}`]
    ],
    // must stay: the woman named before the body spoke, a woman with no feminine role or title, and a masculine verb
    [
      `ومن جانبها، حملت [[PERSON:سلمى داود|وزيرة الخارجية السابقة]] المسؤولية للقراصنة.\nوتقول [[ORGANIZATION:هيئات رقابية]] إن "${AGENCIES}".\nوأضافت قائلة: "${NOT_ME}".`,
      [`[هيئات رقابية | تقول] ${AGENCIES}`, `[هيئات رقابية | قائلة] ${NOT_ME}`]
    ],
    [
      `وتقول [[ORGANIZATION:هيئات رقابية]] إن "${AGENCIES}".\nومن جانبها، حملت [[PERSON:سلمى داود]] المسؤولية للقراصنة.\nوأضافت قائلة: "${NOT_ME}".`,
      // (thirty-fifth session: `وأضافت` that opens its sentence takes the new subject of the sentence before, the woman)
      [`[هيئات رقابية | تقول] ${AGENCIES}`, `[سلمى داود | قائلة] ${NOT_ME}`]
    ],
    [
      `وقالت رنا إن "${AGENCIES}".\nوتحدثت طويلا عن زميلتها الدكتورة [[PERSON:هند سالم]] في المستشفى.\nوأضافت: "${NOT_ME}".`,
      [`[رنا | قالت] ${AGENCIES}`, `[رنا | أضافت] ${NOT_ME}`]
    ],
    [
      `وقال [[ORGANIZATION:المجلس الأعلى]] إن "${AGENCIES}".\nوتقول [[ORGANIZATION:هيئات رقابية]] إن "${GRAVE}".\nومن جانبها، حملت [[PERSON:سلمى داود|وزيرة الخارجية السابقة]] المسؤولية للقراصنة.\nوأضاف قائلا: "${NOT_ME}".`,
      [`[المجلس الأعلى | قال] ${AGENCIES}`, `[هيئات رقابية | تقول] ${GRAVE}`, `[المجلس الأعلى | قائلا] ${NOT_ME}`]
    ]
  ],
  "a feminine verb after a body quoted with a masculine verb": [
    [
      `وقال [[ORGANIZATION:المجلس الوطني]] إن "${AGENCIES}".\nوالتقت [[PERSON:ليلى حسن|وزيرة التخطيط]] بأعضاء المجلس أمس.\nوأضافت: "${NOT_ME}".`,
      [`[المجلس الوطني | قال] ${AGENCIES}`, `[ليلى حسن | أضافت] ${NOT_ME}`]
    ],
    // must stay: no woman named, and a woman with no feminine role or title
    [`وقال [[ORGANIZATION:المجلس الوطني]] إن "${AGENCIES}".\nوالتقى الأعضاء أمس.\nوأضافت: "${NOT_ME}".`, [`[المجلس الوطني | قال] ${AGENCIES}`, `[المجلس الوطني | أضافت] ${NOT_ME}`]],
    [
      `وقال [[ORGANIZATION:المجلس الوطني]] إن "${AGENCIES}".\nوالتقت [[PERSON:ليلى حسن]] بأعضاء المجلس أمس.\nوأضافت: "${NOT_ME}".`,
      [`[المجلس الوطني | قال] ${AGENCIES}`, `[المجلس الوطني | أضافت] ${NOT_ME}`]
    ]
  ],
  "a participle after a clause of cause": [
    [
      `وقال [[PERSON:جون ميلر]] إن "${AGENCIES}". كما أعرب عن دهشته لأن بعض النواب يؤيدون تدخل [[PERSON:ستيفن كول]]، قائلا: "${GRAVE}".`,
      [`[جون ميلر | قال] ${AGENCIES}`, `[جون ميلر | قائلا] ${GRAVE}`]
    ],
    // must stay: the one person of the clause with no `لأن` before him, and a subject before `لأن`
    [
      `وقال [[PERSON:جون ميلر]] إن "${AGENCIES}". كما أعرب عن دهشته من تأييد النواب لخطة [[PERSON:ستيفن كول]]، قائلا: "${GRAVE}".`,
      [`[جون ميلر | قال] ${AGENCIES}`, `[ستيفن كول | قائلا] ${GRAVE}`]
    ],
    [
      `وقال [[PERSON:جون ميلر]] إن "${AGENCIES}". وأعرب [[PERSON:ستيفن كول]] عن دهشته لأن بعض النواب يؤيدون الخطة، قائلا: "${GRAVE}".`,
      [`[جون ميلر | قال] ${AGENCIES}`, `[ستيفن كول | قائلا] ${GRAVE}`]
    ]
  ],
  "a player's or a coach's former epithet with no name": [
    [
      `وصرح [[PERSON:ماركو بيانكي]] عقب المباراة: «${FIRST}». وأضاف لاعب فيرونا السابق: «${SECOND}».`,
      [`[ماركو بيانكي | صرح] ${FIRST}`, `[ماركو بيانكي | أضاف] ${SECOND}`]
    ],
    [
      `وقال [[PERSON:ماركو بيانكي]] في مؤتمر صحفي "${FIRST}." وأضاف مدرب [[ORGANIZATION:ليفربول]] السابق والذي تولى تدريب [[ORGANIZATION:نابولي]] بعد رحيل [[PERSON:كارلو فيتي]] "${SECOND}."`,
      [`[ماركو بيانكي | قال] ${FIRST}`, `[ماركو بيانكي | أضاف] ${SECOND}`]
    ],
    [
      `وساعد [[PERSON:خوان رودريغيز]] فريقه على تجنب الهبوط في الموسم الماضي. وقال لاعب منتخب الأرجنتين السابق في بيان على حسابه "${FIRST}."`,
      [`[خوان رودريغيز | قال] ${FIRST}`]
    ],
    // must stay: the name after the epithet, nobody before it, and a role that is no player's or coach's
    [
      `وصرح [[PERSON:ماركو بيانكي]] عقب المباراة: «${FIRST}». وأضاف لاعب فيرونا السابق [[PERSON:لوكا نيري]]: «${SECOND}».`,
      [`[ماركو بيانكي | صرح] ${FIRST}`, `[لوكا نيري | أضاف] ${SECOND}`]
    ],
    [`وأضاف لاعب فيرونا السابق: «${SECOND}».`, [`[لاعب فيرونا السابق | أضاف] ${SECOND}`]],
    [
      `وصرح [[PERSON:ماركو بيانكي]] عقب المباراة: «${FIRST}». وأضاف وزير الرياضة السابق: «${SECOND}».`,
      [`[ماركو بيانكي | صرح] ${FIRST}`, `[وزير الرياضة السابق | أضاف] ${SECOND}`]
    ]
  ],
  "the issuer of a statement: the body right before the document, and the words after `صادر عن`": [
    [`وأصدر نادي [[ORGANIZATION:الوحدة]] بيانا رسميا ينفي فيه الأخبار المتداولة. وجاء في البيان: «${FIRST}».`, [`[الوحدة | جاء في] ${FIRST}`]],
    [`وقال بيان صادر عن رئاسة الوزراء إن «${AGENCIES}».`, [`[رئاسة الوزراء | قال] ${AGENCIES}`]],
    [`وأوضح بيان صادر عن قيادة الجيش، أن «${AGENCIES}».`, [`[قيادة الجيش | أوضح] ${AGENCIES}`]],
    // must stay: a verb that issues nothing, no `عن` after `صادر`, and an indefinite word after `عن`
    [`ونشر نادي [[ORGANIZATION:الوحدة]] بيانا رسميا ينفي فيه الأخبار المتداولة. وجاء في البيان: «${FIRST}».`, [`[البيان | جاء في] ${FIRST}`]],
    [`وقال بيان صادر أمس إن «${AGENCIES}».`, [`[بيان صادر | قال] ${AGENCIES}`]],
    [`وقال بيان صادر عن لجنة محلية إن «${AGENCIES}».`, [`[بيان صادر | قال] ${AGENCIES}`]]
  ]
}

describeQuoteTables("Arabic speakers, thirty-second session", tables)
