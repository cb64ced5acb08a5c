import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Docs/history/quotes.md, "Thirty-fifth session (lead, lists and bodies named in construct)": marks right after a
 * list pronoun's colon (`… هي: «X، Y، Z، W»`) after a verb that is no speech hold the list's names, of three words or
 * fewer on average, even when some of them run to four or five words; the points of a proposal (long clauses after
 * `هي:`) stay a quote. A one-word body noun as speaker (`وقال المكتب`) is the body named before with one or two
 * indefinite nouns in construct before its genitive (`مكتب تحقيقات الطيران`). Sentences written for these tests;
 * `[[PERSON:text]]` marks become entities. `كرر قوله بأن` speaks as `كرر القول`.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "names in marks after a list pronoun's colon are no speech": [
    ['وقال [[PERSON:سامي الحداد]] إن العمل بدأ. وتشمل المرحلة الأولى 12 حيا هي: «حي النخيل، وحي الزهور الشمالي، وحي الإمام عبدالله بن فيصل، وحي الروضة، وحي السلام الثاني».', []],
    ['وقال [[PERSON:سامي الحداد]] إن العمل بدأ. وضمت القائمة خمسة أسماء هما: "خالد سالم، عبدالله بن فهد الجاسر، ناصر علي، محمد حسن، فيصل ماجد".', []],
    // must not fire: clauses after the colon (a proposal's points), three pieces only, no list pronoun before the colon
    ['وقدم [[PERSON:سامي الحداد]] مشروعا من ثلاث نقاط هي: «تشكيل لجنة مستقلة لمراجعة العقود المبرمة خلال العامين الماضيين، ونشر نتائجها كاملة أمام الرأي العام، ومحاسبة كل من يثبت تورطه في المخالفات».', ["[سامي الحداد | null] تشكيل لجنة مستقلة لمراجعة العقود المبرمة خلال العامين الماضيين، ونشر نتائجها كاملة أمام الرأي العام، ومحاسبة كل من يثبت تورطه في المخالفات"]],
    ['وقال [[PERSON:سامي الحداد]] إن العمل بدأ. وأضاف أن المطالب هي: «الأمن أولا، والعمل ثانيا، والكرامة دائما».', ["[سامي الحداد | أضاف] الأمن أولا، والعمل ثانيا، والكرامة دائما"]],
    ['وقال [[PERSON:سامي الحداد]]: «حي النخيل، وحي الزهور، وحي الروضة، وحي السلام كلها ستنال نصيبها من المشروع».', ["[سامي الحداد | قال] حي النخيل، وحي الزهور، وحي الروضة، وحي السلام كلها ستنال نصيبها من المشروع"]]
  ],
  "a body noun is the body named before with nouns in construct": [
    ['أعلن مكتب تحقيقات الحوادث البحرية غرق سفينة شحن قبالة الساحل. وقال المكتب في بيانه: «الفرق ما زالت تبحث عن اثنين من أفراد الطاقم».', ["[مكتب تحقيقات الحوادث البحرية | قال] الفرق ما زالت تبحث عن اثنين من أفراد الطاقم"]],
    ['وأصدر مكتب رئيس الوزراء الأردني بيانا حول الزيارة. وأضاف المكتب: «العلاقات بين البلدين متينة على حد سواء في السياسة والاقتصاد».', ["[مكتب رئيس الوزراء الأردني | أضاف] العلاقات بين البلدين متينة على حد سواء في السياسة والاقتصاد"]],
    // must not fire: no definite genitive after the indefinite words (the noun alone stays), the definite genitive as before
    ['وافتتح مكتب جديد للخدمات في المدينة. وقال المكتب في بيان: «سنستقبل المراجعين من الأحد حتى الخميس كل أسبوع».', ["[المكتب | قال] سنستقبل المراجعين من الأحد حتى الخميس كل أسبوع"]],
    ['وأكدت وزارة الصحة الكويتية تسجيل حالتين. وقالت الوزارة: «الحالتان مستقرتان وتتلقيان العلاج اللازم في المستشفى».', ["[وزارة الصحة الكويتية | قالت] الحالتان مستقرتان وتتلقيان العلاج اللازم في المستشفى"]]
  ],
  "كرر قوله is a speech verb, as كرر القول": [
    ['وأشاد [[PERSON:سامي الحداد]] بالقرار الجديد، وكرر قوله بأن "الحكومة لن تتراجع عن خطتها الإصلاحية مهما كانت الضغوط".', ["[سامي الحداد | كرر قوله] الحكومة لن تتراجع عن خطتها الإصلاحية مهما كانت الضغوط"]],
    ['ورفضت [[PERSON:ليلى حسن]] التعليق على الأنباء، لكنها كررت قولها إن "المفاوضات وصلت إلى طريق مسدود تماما".', ["[ليلى حسن | كررت قولها] المفاوضات وصلت إلى طريق مسدود تماما"]]
  ]
}

describeQuoteTables("Arabic (thirty-fifth session, lead): lists after a list pronoun's colon, bodies named in construct", tables)
