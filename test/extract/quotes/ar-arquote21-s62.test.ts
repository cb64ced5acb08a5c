import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quotes after the session-62 brief (docs/history/quotes.md, "Sixty-second session: arquote21"), from the A121
 * reading: a name in marks after a verbal noun of founding (`إطلاق «…»`, `إنشاء "…"`) and the same name again later is
 * no quote; a passive of considering after an indefinite noun (`بحركة اعتبرت غير مقبولة :`) leaves the colon to the
 * verb that opens the sentence; a subject in parentheses after the sentence's verb speaks for its participle; the
 * subject of `وجه … نداء` speaks for long marks no cue attributes. Sentences written for these tests in the style of
 * the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  respect: "الاحترام والتسامح المتبادلين باعتبارهما أصلح الأدوات للحوار بين الشعوب",
  dialogue: "مراعاة مبادئ الحوار بين الثقافات والتسامح والاحترام المتبادل بين الشعوب والثقافات",
  surprised: "أستغرب من محاولة الإساءة للمدرب وأعتقد أن ما قام به كان تحية للجمهور"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a name in marks after a verbal noun of founding, and the same name again (`foundedName`, `namedAgain`)": [
    [`وقال المتحدث باسم الحكومة [[PERSON:راجح بادي]] إن الهدنة صامدة. وأضاف إن إطلاق «مركز الملك سلمان للأعمال الإغاثية والإنسانية» في الرياض ساهم مساهمة فعالة في تخفيف المعاناة.`, []],
    [`وأشار [[PERSON:خالد عمر]] إلى أن المجلس سيدعم في أكتوبر المقبل فكرة إنشاء "قوة مهام دولية" لحماية التراث.`, []],
    [`وأضاف [[PERSON:راجح بادي]] إن إطلاق «مركز الملك سلمان للأعمال الإغاثية» ساهم في تخفيف المعاناة، مشيرا إلى أن انطلاق قوافل «مركز الملك سلمان للأعمال الإغاثية» والتي تحمل مواد غذائية ستساهم في تخفيف معاناة الشعب.`, []],
    // must stay: the noun with the article (a launch's time), then speech
    [`وقال [[PERSON:ليندجرين]] في مؤتمر صحفي قبيل عملية الاطلاق "نحن واثقون في الصاروخ".`, ["[ليندجرين | قال] نحن واثقون في الصاروخ"]],
    // must stay: more than six words after the noun are speech
    [`وقال الوزير [[PERSON:خالد عمر]] إنه يدعو إلى إنشاء "منطقة عازلة على طول الحدود لحماية المدنيين من القصف المستمر".`, ["[خالد عمر | قال] منطقة عازلة على طول الحدود لحماية المدنيين من القصف المستمر"]],
    // must stay: the name again right after a verb's colon is read as before
    [`وأعلنت الوزارة إنشاء «مجلس الأمن الوطني». وقال الوزير [[PERSON:خالد عمر]] بعد إلحاح: «مجلس الأمن الوطني» سيجتمع كل أسبوع لبحث التطورات.`, ["[خالد عمر | قال] مجلس الأمن الوطني"]]
  ],
  "a passive of considering in a relative clause before the colon (`passiveInRelative`)": [
    [`وقال [[PERSON:مروان دفتردار]] في تعليقه على مقطع الفيديو الذي ظهر فيه [[PERSON:جروس]] وهو يقوم بحركة اعتبرت غير مقبولة جماهيريا : ${W.surprised}.`, [`[مروان دفتردار | قال] ${W.surprised}`]],
    [`وقال دفتردار في تعليقه على مقطع الفيديو الذي ظهر فيه جروس وهو يقوم بحركة اعتبرت غير مقبولة جماهيريا : ${W.surprised}.`, [`[دفتردار | قال] ${W.surprised}`]],
    // must stay: a definite subject after the verb (active), or a relative pronoun before it
    [`وتحدث المدرب عن خطوة اعتبرت الإدارة أنها ضرورية: إن الفريق يحتاج إلى مدافعين جدد هذا الموسم.`, ["[الإدارة | اعتبرت] إن الفريق يحتاج إلى مدافعين جدد هذا الموسم"]],
    [`وقال [[PERSON:مروان دفتردار]] في تعليقه على القرار الذي اعتبر الاتحاد أنه نهائي : أستغرب من هذا القرار وأعتقد أن الإدارة ستطعن فيه قريبا.`, ["[الاتحاد | اعتبر] أستغرب من هذا القرار وأعتقد أن الإدارة ستطعن فيه قريبا"]]
  ],
  "a subject in parentheses after the sentence's verb (`parenthesizedSubject`)": [
    [`أدان (المؤتمر الدولي لوزراء الثقافة) الذي استضافه معرض المدينة بشدة، أمس الأول، استخدام العنف ضد التراث الثقافي مطالبا بالالتزام بمبادئ "${W.respect}".`, [`[المؤتمر الدولي لوزراء الثقافة | مطالبا] ${W.respect}`]],
    // must stay: parentheses not right after the verb
    [`أدان المؤتمر (الدولي) استخدام العنف ضد التراث الثقافي مطالبا بالالتزام بمبادئ "${W.respect}".`, [`[null | مطالبا] ${W.respect}`]]
  ],
  "the subject of a verb of directing an appeal (`appealSubject`)": [
    [`كما وجه المشاركون نداء إلى منظمة [[ORGANIZATION:يونسكو]]، لكي تضمن "${W.dialogue}".`, [`[المشاركون | null] ${W.dialogue}`]],
    // must stay: no noun of appeal after the subject
    [`كما وجه المشاركون الشكر إلى منظمة [[ORGANIZATION:يونسكو]]، لكي تضمن "${W.dialogue}".`, [`[null | null] ${W.dialogue}`]]
  ]
}

describeQuoteTables("Arabic quotes: founded names, passives in relative clauses, parenthesized and appealing subjects (session 62, arquote21)", tables)
