import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers carried over a newly named one after the A102 and A103 readings (docs/history/quotes.md, "Fifty-third
 * session: arcarry"): a relative pronoun after a comma that repeats an earlier one or follows an apposition between
 * commas (`X … الذي روى …، الذي يقول:`, `X، رجل أعمال، الذي قال:`); a sentence before a bare `وقال:` cut by a year's
 * full stop (`… في 1991. بتهمة …`); `وبات X يريد … . وقال:`; an unnamed definite subject between `كان` and `قد`; a kin
 * named with a pronoun between two verbs (`فقام أخوها وقال لأبيه:`). Sentences written for these tests in the style of
 * the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  jail: "اعتقلوني في مكتبي صباحا ولم يسمحوا لي بالاتصال بأسرتي أبدا",
  cell: "كانت الزنزانة ضيقة ومظلمة ولم نر فيها الشمس طوال أشهر",
  pain: "رأيت أشخاصا يموتون أمامي كل يوم بلا أي عناية طبية",
  want: "يجب أن يحضر المتهم ويستمع إلى ما نقوله أمام المحكمة",
  fear: "التجار يخشون ما هو قادم ولذلك يراهنون بحذر شديد هذه الأيام",
  plan: "رتبنا الجدول كي يجد المجلس وقتا كافيا لدراسة كل الملفات",
  meet: "الوزير سيلتقي مساء اليوم نظيره في العاصمة لبحث القضايا المشتركة",
  no: "لا تزوجوا أختي من رجل لا نعرف أهله ولا بلده"
}

/** A first witness quoted before each row. */
const first = `وقال الشاهد [[PERSON:سالم داود]]: «${W.jail}».`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a trial: witnesses speak in turn": [
    [`${first}\nويتمثل مئات الضحايا في المحاكمة، بينهم [[PERSON:نبيل حسن]] موظف البلدية الذي روى للوكالة ما تعرض له في مديرية الأمن، الذي يقول: «${W.cell}».\nوأضاف: «${W.pain}».`, [`[سالم داود | قال] ${W.jail}`, `[نبيل حسن | يقول] ${W.cell}`, `[نبيل حسن | أضاف] ${W.pain}`]],
    [`${first}\nوأمضى التاجر [[PERSON:عادل منصور]] خمسة أشهر في السجن في 1991. بتهمة أنه «جاسوس للخصوم» في تلك الفترة.\nوقال: «${W.cell}». وأضاف: «${W.pain}».`, [`[سالم داود | قال] ${W.jail}`, `[عادل منصور | قال] ${W.cell}`, `[عادل منصور | أضاف] ${W.pain}`]],
    [`${first}\nوقال التاجر [[PERSON:عادل منصور]]: «${W.cell}». وبات [[PERSON:سالم داود]] يريد أن ينظر في عيني المتهم في المحكمة. وقال: «${W.want}».`, [`[سالم داود | قال] ${W.jail}`, `[عادل منصور | قال] ${W.cell}`, `[سالم داود | قال] ${W.want}`]],
    // must stay: a number's full stop and a sentence that opens with و (a new sentence, read as before), a feminine
    // `باتت` before a masculine verb
    [`${first}\nوأمضى التاجر [[PERSON:عادل منصور]] خمسة أشهر في السجن في 1991. وكان ذلك في الصيف.\nوقال: «${W.cell}».`, [`[سالم داود | قال] ${W.jail}`, `[سالم داود | قال] ${W.cell}`]],
    [`وقال التاجر [[PERSON:عادل منصور]]: «${W.cell}». وباتت [[PERSON:منى داود]] تريد أن تنظر في عيني المتهم في المحكمة. وقال: «${W.want}».`, [`[عادل منصور | قال] ${W.cell}`, `[عادل منصور | قال] ${W.want}`]]
  ],
  "a relative pronoun after a comma: repeated, or after an apposition (`repeatedRelative`, `relativePastApposition`)": [
    [`${first}\nومن بين هؤلاء [[PERSON:مسعود هوناري]]، رجل أعمال، الذي قال: «${W.fear}».`, [`[سالم داود | قال] ${W.jail}`, `[مسعود هوناري | قال] ${W.fear}`]],
    [`وقالت المتحدثة [[PERSON:سلوى الجابر]]: «${W.jail}».\nوتولت الملف ثلاث موظفات في مكتب الوزير: أولاهن [[PERSON:ريم الخطيب]]، مستشارة الوزير [[PERSON:فهد القحطاني]] للشؤون القانونية، التي قالت: «${W.plan}».`, [`[سلوى الجابر | قالت] ${W.jail}`, `[ريم الخطيب | قالت] ${W.plan}`]],
    // must stay: no person before the first relative (a report), an apposition of seven words, a list's next item
    // after a preposition
    [`${first}\nوتحدث التقرير الذي نشره المكتب أمس عن الاعتقالات في المدينة، الذي يقول: «${W.cell}».`, [`[سالم داود | قال] ${W.jail}`, `[سالم داود | يقول] ${W.cell}`]],
    [`${first}\nومن بين هؤلاء [[PERSON:مسعود هوناري]]، رجل أعمال معروف في سوق المدينة القديمة منذ سنوات، الذي قال: «${W.fear}».`, [`[سالم داود | قال] ${W.jail}`, `[سالم داود | قال] ${W.fear}`]],
    [`${first}\nوأعجب به قادة كثيرون، من [[PERSON:رامي فرحات]] و[[PERSON:كريم يوسف]]، إلى المستشار هانز، الذي قال: «${W.fear}».`, [`[سالم داود | قال] ${W.jail}`, `[سالم داود | قال] ${W.fear}`]]
  ],
  "an unnamed definite subject between `كان` and `قد` (`definiteBeforeQad`)": [
    [`وقال وزير الخارجية [[PERSON:سيرجي لافروف]] إن «${W.fear}».\nوكان المسؤول الرفيع في وزارة الدفاع قد أوضح قبل أيام أن «${W.meet}».`, [`[سيرجي لافروف | قال] ${W.fear}`, `[المسؤول الرفيع | أوضح] ${W.meet}`]],
    // must stay: a role that names the person described before with it, a tagged person in the phrase
    [`وقال الرئيس [[PERSON:سيرجي لافروف]] إن «${W.fear}».\nوكان الرئيس قد أوضح قبل أيام أن «${W.meet}».`, [`[سيرجي لافروف | قال] ${W.fear}`, `[سيرجي لافروف | أوضح] ${W.meet}`]],
    [`وقال وزير الخارجية [[PERSON:سيرجي لافروف]] إن «${W.fear}».\nوكان الدبلوماسي [[PERSON:جون بيرنز]] قد أوضح في وقت سابق أن «${W.meet}».`, [`[سيرجي لافروف | قال] ${W.fear}`, `[جون بيرنز | أوضح] ${W.meet}`]]
  ],
  "a kin named with a pronoun between two verbs (`coordinatedKin`)": [
    [`${first}\nوذهبت وكلمت أخاها في الأمر، فقام أخوها وقال لأبيه: «${W.no}».`, [`[سالم داود | قال] ${W.jail}`, `[أخوها | قال] ${W.no}`]],
    [`${first}\nوجاءت أمه وقالت: «${W.pain}».`, [`[سالم داود | قال] ${W.jail}`, `[أمه | قالت] ${W.pain}`]],
    // must stay: the kin as an object (accusative), a kin of the other gender than the verb
    [`${first}\nوزار أخاه في المستشفى وقال: «${W.pain}».`, [`[سالم داود | قال] ${W.jail}`, `[سالم داود | قال] ${W.pain}`]],
    [`${first}\nفقام أخوها وقالت: «${W.pain}».`, [`[سالم داود | قال] ${W.jail}`, `[سالم داود | قالت] ${W.pain}`]]
  ]
}

describeQuoteTables("fifty-third session, Arabic speakers carried over a newly named one (helper arcarry)", tables)
