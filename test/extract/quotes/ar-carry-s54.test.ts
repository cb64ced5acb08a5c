import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers carried over a newly named one, after the A103 reading and a search of the SaudiNewsNet records
 * (docs/history/quotes.md, "Fifty-fourth session: arcarry2"): a word written with a hamza on its first alif is no
 * article (`إلى ذلك، شن X …`, `وألقى X كلمة …` before a bare `وقال:`); a lead phrase of up to six words before the verb
 * (`بعد مثل هذه الحادثة الشهر الماضي، انفجر X. قال:`); a name in marks (`لـ«الوطن»`) does not make
 * the sentence before a bare `وأضاف` a quoted one; a person whose role, as the entity stage read it, fills the words
 * after the verb of the sentence before (`قدم قائد الفريق الأول لكرة القدم X شكره … . وقال:`); a person who opens the
 * sentence before, his verb and a complementizer after him (`X يوافق على أن … . ويقول:`); `ما زال`/`لا يزال` before a
 * plural subject (`ما زال البعض يتحدث … . ويقولون:`). Sentences written for these tests in the style of the wires;
 * `[[TYPE:text]]` marks become entities.
 */

const W = {
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  plain: "صار واضحا أن الحكومة لا تحترم المجلس ولا تسمع للناس",
  hard: "إذا اشتدت المصاعب فلا سبيل إلا الصبر والعمل المشترك",
  pay: "سنعوض التجار عن الخسائر كلها قبل نهاية الشهر",
  same: "لا يختلف من يؤخر المشروع عمن يريد إلغاءه",
  trial: "تجرى المحاكمة في ظروف جيدة حتى تأخذ العدالة مجراها",
  calm: "تطمئن الضحايا الذين ينتظرون منذ سنوات",
  stay: "لن نترك المكان قبل أن نعرف مصير أبنائنا جميعا",
  camp: "الأجواء في المعسكر رائعة وكلنا متحمسون للموسم الجديد",
  owners: "المساهمون يبحثون عن أشخاص لديهم سجل حافل في الإدارة",
  pay2: "هناك حجج أخلاقية يصعب فيها تبرير هذه المدفوعات الواسعة",
  greek: "الثقافة اليونانية ترى العقد محطة توقف على طريق التفاوض",
  offer: "وعد رئيس الوزراء بأنه سيقدم مقترحا ثانيا مساء الخميس"
}

/** A minister quoted before each row. */
const first = `وقال الوزير [[PERSON:سالم داود]]: «${W.plan}».`
const q0 = `[سالم داود | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a word with a hamza on its first alif is no article (`hamzaStart`)": [
    [`${first}\nإلى ذلك، شن النائب [[PERSON:كريم فارس]] هجوما حادا على قرار الحكومة بتأجيل التصويت. وقال: «${W.plain}».`, [q0, `[كريم فارس | قال] ${W.plain}`]],
    [`${first}\nوألقى الشيخ [[PERSON:ماجد العلي]] كلمة أمام المشاركين في الملتقى. وقال «${W.hard}».`, [q0, `[ماجد العلي | قال] ${W.hard}`]],
    // must stay: `وألقى` with no person after it, a sentence that opens with a noun and its article
    [`${first}\nوألقى الحريق بظلاله على الموسم السياحي في المنطقة. وقال: «${W.pay}».`, [q0, `[سالم داود | قال] ${W.pay}`]],
    [`${first}\nالاجتماع حضره عدد من المسؤولين في الوزارة. وقال: «${W.pay}».`, [q0, `[سالم داود | قال] ${W.pay}`]]
  ],
  "a lead phrase of up to six words before the verb of the sentence before (`verbAfterLead`)": [
    [`وقال الباحث [[PERSON:إدوارد هيل]] إن «${W.greek}».\nبعد مثل هذه الحادثة الشهر الماضي، انفجر [[PERSON:يونكر]]. قال: «${W.offer}».`, [`[إدوارد هيل | قال] ${W.greek}`, `[يونكر | قال] ${W.offer}`]],
    [`وقال الباحث [[PERSON:إدوارد هيل]] إن «${W.greek}».\nوعن الأولويات في البرلمان المقبل، يتوقع [[PERSON:محمود نفادي]] أن يجري تعديل القانون. وقال: «${W.offer}».`, [`[إدوارد هيل | قال] ${W.greek}`, `[محمود نفادي | قال] ${W.offer}`]],
    // must stay: a lead phrase of seven words or more
    [`وقال الباحث [[PERSON:إدوارد هيل]] إن «${W.greek}».\nبعد مثل هذه الحادثة الكبيرة في الشهر الماضي، انفجر [[PERSON:يونكر]]. قال: «${W.offer}».`, [`[إدوارد هيل | قال] ${W.greek}`, `[إدوارد هيل | قال] ${W.offer}`]]
  ],
  "a name in marks makes no quoted sentence before `وأضاف` (`markedNameEnd`)": [
    [`${first}\nمن جانبه، اتهم [[PERSON:بشار حداد]]، النائب عن الحزب، في تصريح لـ«[[ORGANIZATION:الوطن]]»، الحكومة بتأخير المشروع. وأضاف: «${W.same}».`, [q0, `[بشار حداد | أضاف] ${W.same}`]],
    // must stay: the marked words no tagged name covers, words in marks after the verb's object
    [`${first}\nمن جانبه، اتهم [[PERSON:بشار حداد]]، النائب عن الحزب، في تصريح لـ«الوطن»، الحكومة بتأخير المشروع. وأضاف: «${W.same}».`, [q0, `[سالم داود | أضاف] ${W.same}`]],
    [`${first}\nمن جانبه، اتهم [[PERSON:بشار حداد]]، النائب عن الحزب، في تصريح لـ«[[ORGANIZATION:الوطن]]»، الحكومة بما سماه «تأخير المشروع عمدا لأسباب سياسية». وأضاف: «${W.same}».`, [q0, `[سالم داود | أضاف] ${W.same}`]]
  ],
  "a role the entity stage read fills the words after the verb of the sentence before (`openingRoleSubject`)": [
    [`وقال المدرب [[PERSON:جميل قاسم]]: «${W.plan}».\nمن جانبه، قدم قائد الفريق الأول لكرة القدم [[PERSON:سلطان مسرحي|قائد الفريق الأول لكرة القدم]] شكره للاعبين والجهاز الفني. وقال: «${W.camp}».`, [`[جميل قاسم | قال] ${W.plan}`, `[سلطان مسرحي | قال] ${W.camp}`]],
    [`وقال المدرب [[PERSON:جميل قاسم]]: «${W.plan}».\nكما رحب الرئيس التنفيذي لبورصة المنامة الشيخ [[PERSON:خليفة بن سالم|الرئيس التنفيذي لبورصة المنامة]] بالإدراج المتوقع للصندوق. وقال: «${W.camp}».`, [`[جميل قاسم | قال] ${W.plan}`, `[خليفة بن سالم | قال] ${W.camp}`]],
    // must stay: a role the entity stage did not read (no role on the name), a role that is not the gap's words
    [`وقال المدرب [[PERSON:جميل قاسم]]: «${W.plan}».\nمن جانبه، قدم قائد الفريق الأول لكرة القدم [[PERSON:سلطان مسرحي]] شكره للاعبين والجهاز الفني. وقال: «${W.camp}».`, [`[جميل قاسم | قال] ${W.plan}`, `[جميل قاسم | قال] ${W.camp}`]],
    [`وقال المدرب [[PERSON:جميل قاسم]]: «${W.plan}».\nمن جانبه، قدم قائد الفريق الأول لكرة القدم [[PERSON:سلطان مسرحي|لاعب الوسط]] شكره للاعبين والجهاز الفني. وقال: «${W.camp}».`, [`[جميل قاسم | قال] ${W.plan}`, `[جميل قاسم | قال] ${W.camp}`]]
  ],
  "a person that opens the sentence before, its verb and a complementizer after him (`personFirstBefore`)": [
    [`وقال المحلل [[PERSON:سامر باسم]]: «${W.owners}».\n[[PERSON:إيان تونكس]] يوافق على أن مستويات الأجور اليوم تعكس مخاوف المستثمرين. ويقول: «${W.pay2}».`, [`[سامر باسم | قال] ${W.owners}`, `[إيان تونكس | يقول] ${W.pay2}`]],
    // must stay: another person after the verb, a feminine verb before a masculine cue, no complementizer (a caption)
    [`وقال المحلل [[PERSON:سامر باسم]]: «${W.owners}».\n[[PERSON:إيان تونكس]] يوافق على أن [[PERSON:سالم داود]] أخطأ في التقدير. ويقول: «${W.pay2}».`, [`[سامر باسم | قال] ${W.owners}`, `[سامر باسم | يقول] ${W.pay2}`]],
    [`وقال المحلل [[PERSON:سامر باسم]]: «${W.owners}».\n[[PERSON:منى داود]] توافق على أن مستويات الأجور اليوم تعكس مخاوف المستثمرين. ويقول: «${W.pay2}».`, [`[سامر باسم | قال] ${W.owners}`, `[سامر باسم | يقول] ${W.pay2}`]],
    [`وقال المحلل [[PERSON:سامر باسم]]: «${W.owners}».\n[[PERSON:إدوارد]] يرتشف الماء في تدريب الأمس. وقال: «${W.pay2}».`, [`[سامر باسم | قال] ${W.owners}`, `[سامر باسم | قال] ${W.pay2}`]]
  ],
  "`ما زال`/`لا يزال` before a plural subject (`pluralClause`)": [
    [`وأعرب كثيرون في العاصمة عن أملهم في أن «${W.trial}».\nوفي المدينة، ما زال البعض يتحدث همسا لدى مروره أمام مقر الشرطة القديم. ويقولون: إن هذه المحاكمة «${W.calm}».`, [`[كثيرون | أعرب] ${W.trial}`, `[البعض | يقولون] إن هذه المحاكمة «${W.calm}»`]],
    [`${first}\nولا يزال الأهالي ينتظرون عودة أبنائهم من الحدود. ويقولون: «${W.stay}».`, [q0, `[الأهالي | يقولون] ${W.stay}`]],
    // must stay: a singular subject after `لا يزال`
    [`${first}\nولا يزال الملف ينتظر قرار المحكمة العليا. ويقولون: «${W.stay}».`, [q0, `[سالم داود | يقولون] ${W.stay}`]]
  ]
}

describeQuoteTables("fifty-fourth session, Arabic speakers carried over a newly named one (helper arcarry2)", tables)
