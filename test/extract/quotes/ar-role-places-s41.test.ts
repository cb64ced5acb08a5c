import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Forty-first session (lead), from the A78 reading (docs/history/quotes.md, "Forty-first session: two fresh samples at
 * the start (A78, A79)"): the holder named after a role whose place holds a body's noun in construct (`في مركز
 * الدراسات X`), a short name in marks (`في مركز … "مدار" X`, `في معهد "X" Y`) or a nisba after a body's name in marks
 * (`رئيس جمعية «الأمل» الخيرية X`); a short name in marks inside the source of `نقل عن … قوله`; a word in ل right
 * after an unnamed source's noun is a noun in construct (`مسؤول لجنة حي X فلان`), no ل glued to a body; after a verb of
 * describing, a definite object before `بأنه` is no part of the subject (`ووصف رئيس الوزراء اللقاء بأنه`). Sentences
 * written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where
 * the rules must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a short name in marks inside the source of نقل عن … قوله": [
    ['ونقلت الوكالة عن مسؤول لجنة حي "البستان" [[PERSON:سامر الخطيب]] قوله: إن السلطات أبلغت السكان بقرار الهدم.', ["[سامر الخطيب | نقلت] إن السلطات أبلغت السكان بقرار الهدم"]],
    ['ونقل التلفزيون عن رئيس نادي "الهلال" [[PERSON:سامر الخطيب]] قوله إن الفريق "سيعود أقوى في الموسم المقبل".', ["[سامر الخطيب | نقل] سيعود أقوى في الموسم المقبل"]],
    // must not fire: speech in marks after the source (four words or more) is no name inside it
    ['ونقلت الصحيفة عن الوزير "نحن ماضون في الإصلاح حتى النهاية" دون أن تذكر متى قال ذلك.', ["[الوزير | نقلت] نحن ماضون في الإصلاح حتى النهاية"]]
  ],
  "a word in ل right after an unnamed source's noun is in construct": [
    ['وقال مسؤول لجنة حي البستان [[PERSON:سامر الخطيب]]: إن السلطات أبلغت السكان بقرار الهدم.', ["[سامر الخطيب | قال] إن السلطات أبلغت السكان بقرار الهدم"]],
    // must not fire: ل after an adjective of closeness is glued to the one the source is close to; ل and a news
    // agency is the interviewer
    ['وقال مصدر مقرب لرئيس الوزراء [[PERSON:سامر الخطيب]] إن الحكومة "لن تستقيل قبل نهاية ولايتها".', ["[مصدر مقرب لرئيس الوزراء سامر الخطيب | قال] لن تستقيل قبل نهاية ولايتها"]],
    ['وقال مصدر مسؤول لوكالة الأنباء الرسمية: إن المساعدات وصلت إلى الأحياء الشرقية صباح اليوم.', ["[مصدر مسؤول | قال] إن المساعدات وصلت إلى الأحياء الشرقية صباح اليوم"]],
    ['وقال مسؤول لجنة الإغاثة في المدينة: إن المساعدات وصلت إلى الأحياء الشرقية صباح اليوم.', ["[مسؤول لجنة الإغاثة | قال] إن المساعدات وصلت إلى الأحياء الشرقية صباح اليوم"]]
  ],
  "a body's noun in construct after في between a role and its holder": [
    ['وقال الباحث في مركز الدراسات الاستراتيجية [[PERSON:خالد أبو حسن]] إن الحملة ستتواصل "حتى نهاية الشهر الجاري".', ["[خالد أبو حسن | قال] حتى نهاية الشهر الجاري"]],
    ['وقال المنسق الإعلامي في مركز شؤون المدينة [[PERSON:خالد أبو حسن]]: إن الحملة ستتواصل حتى نهاية الشهر.', ["[خالد أبو حسن | قال] إن الحملة ستتواصل حتى نهاية الشهر"]],
    // must not fire: a post in the genitive names the one the body belongs to, not the official; a person after مع
    // is another party
    ['وأوضح مسؤول مطلع في مكتب الرئيس اليمني [[PERSON:عبد الله سالم]]، "أن المساعدات وصلت إلى الميناء صباح اليوم".', ["[مسؤول مطلع | أوضح] أن المساعدات وصلت إلى الميناء صباح اليوم"]],
    ['وقالت الباحثة في مركز الأبحاث الطبية بالتعاون مع [[PERSON:خالد أبو حسن]]: إن النتائج مشجعة جدا.', ["[الباحثة | قالت] إن النتائج مشجعة جدا"]]
  ],
  "a body's short name in marks, or its nisba, between a role and its holder": [
    ['وقال المنسق الإعلامي في مركز شؤون المدينة "مدار" [[PERSON:خالد أبو حسن]]: إن الحملة ستتواصل حتى نهاية الشهر.', ["[خالد أبو حسن | قال] إن الحملة ستتواصل حتى نهاية الشهر"]],
    ['وقال الباحث في معهد "الدراسات الأمنية" [[PERSON:خالد أبو حسن]] إن الهجوم "كان متوقعا منذ أسابيع".', ["[خالد أبو حسن | قال] كان متوقعا منذ أسابيع"]],
    ['وقال رئيس جمعية «الأمل» الخيرية [[PERSON:سامر الخطيب]] إن الجمعية وزعت "أكثر من ألف سلة غذائية" هذا الأسبوع.', ["[سامر الخطيب | قال] أكثر من ألف سلة غذائية"]],
    // must not fire: a person after مع; the object of a verb of describing; no person after the body
    ['وقال المنسق الإعلامي في مركز شؤون المدينة "مدار" في حديث مع [[PERSON:خالد أبو حسن]]: إن الحملة ستتواصل حتى نهاية الشهر.', ["[المنسق الإعلامي | قال] إن الحملة ستتواصل حتى نهاية الشهر"]],
    ['ووصفت صحيفة «الأمل» الأسبوعية [[PERSON:سامر الخطيب]] بأنه "أكثر الوزراء نشاطا في الحكومة".', ["[صحيفة «الأمل» | وصفت] أكثر الوزراء نشاطا في الحكومة"]],
    ['وقال رئيس جمعية «الأمل» الخيرية في المدينة إن الجمعية وزعت "أكثر من ألف سلة غذائية" هذا الأسبوع.', ["[رئيس جمعية «الأمل» | قال] أكثر من ألف سلة غذائية"]]
  ],
  "a definite object before بأنه after a verb of describing": [
    ['ووصف رئيس الوزراء اللقاء، الذي استمر ساعتين، بأنه "صريح ومثمر للغاية".', ["[رئيس الوزراء | وصف] صريح ومثمر للغاية"]],
    ['ووصفت الحكومة السورية الغارة بأنها "تصعيد خطير ومتهور".', ["[الحكومة السورية | وصفت] تصعيد خطير ومتهور"]],
    ['كما وصف متحدث باسم الخارجية البريطانية المبادرة بأنها «نموذج يحتذى في التعاون».', ["[متحدث باسم الخارجية البريطانية | وصف] نموذج يحتذى في التعاون"]],
    ['وقال [[PERSON:سامر الخطيب]] إن الحوار مستمر. ووصف الاتفاق النووي بأنه "واحد من أسوأ الاتفاقات".', ["[سامر الخطيب | وصف] واحد من أسوأ الاتفاقات"]],
    // must not fire: `بأن` with no pronoun (the phrase is the subject), a noun in construct before its genitive, a verb
    // with its object pronoun, a person as the subject, an apposition with وهو (no relative clause) between
    ['ووصف رئيس الوزراء بأن الاتفاق "خطوة تاريخية للبلدين".', []],
    ['ووصفت وزارة الخارجية الأمريكية بأنها "شريك لا غنى عنه في المنطقة".', ["[وزارة الخارجية الأمريكية | وصفت] شريك لا غنى عنه في المنطقة"]],
    ['ووصفه الرئيس الفرنسي بأنه "رجل دولة من طراز رفيع".', ["[الرئيس الفرنسي | وصفه] رجل دولة من طراز رفيع"]],
    ['ووصف [[PERSON:سامر الخطيب]] الاتفاق بأنه "خطوة تاريخية للبلدين".', ["[سامر الخطيب | وصف] خطوة تاريخية للبلدين"]],
    ['ووصف رئيس الوزراء اللقاء، وهو الأول منذ سنوات، بأنه "صريح ومثمر للغاية".', ["[رئيس الوزراء اللقاء | وصف] صريح ومثمر للغاية"]]
  ],
  // the entities helper's `byRolePrefix` change (docs/history/entities.md, "Forty-first session (helper, entities)"):
  // a role that opens the phrase is no earlier holder's when the person named in the phrase holds a role written from
  // its first word
  "a role that opens the phrase, its own holder named in it": [
    ['وقال عضو المجلس [[PERSON:سالم الدوسري|عضو المجلس]]: «نرفض هذا العمل الجبان بكل قوة».\n\nوقال عضو المجلس ممثل محافظة الوادي [[PERSON:ماجد محمد القحطاني|عضو المجلس ممثل محافظة الوادي]]: «هذا العمل لا يمثلنا أبدا».', ["[سالم الدوسري | قال] نرفض هذا العمل الجبان بكل قوة", "[ماجد محمد القحطاني | قال] هذا العمل لا يمثلنا أبدا"]],
    // must not fire: the role alone is the member named with it before
    ['وقال عضو المجلس [[PERSON:سالم الدوسري|عضو المجلس]]: «نرفض هذا العمل الجبان بكل قوة».\n\nوأضاف عضو المجلس: «سنبقى صفا واحدا خلف قيادتنا».', ["[سالم الدوسري | قال] نرفض هذا العمل الجبان بكل قوة", "[سالم الدوسري | أضاف] سنبقى صفا واحدا خلف قيادتنا"]]
  ]
}

describeQuoteTables("forty-first session: the holder after a role's place, a name in marks inside a source", tables)
