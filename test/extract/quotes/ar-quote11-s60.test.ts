import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quote speakers after the session-60 brief (docs/history/quotes.md, "Sixtieth session: arquote11"): the
 * organisations the entity stage tags since session 59 (arorg2) that took a quote from the person who spoke — a body
 * in a post's phrase before its holder's name, tagged or not (`نائب رئيس مجلس X بمدينة Y Z`, `مدير مستشفى X عبيد
 * مسلم`), a body inside the object clause of the verb before the cue (`واعتبر أن دخول أمانة X … وقال:`), the agency
 * that published an official's statement (`في تصريح نشرته وكالة X`) — and a person glued to `ل` after a post's words
 * (`المبعوث الخاص لX Y`, `مدير X لترامب:`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]`
 * marks become entities.
 */

const W = {
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  talks: "المحادثات لم تصل بعد إلى أي نتيجة ملموسة",
  fest: "الأمانة ستشرف على المهرجان وستدعمه بشكل كامل",
  hurt: "المنشآت الطبية تعرضت للتدمير"
}

/** A minister quoted before each row of the object clause. */
const first = `وقال الوزير [[PERSON:سامر خليل]]: «${W.plan}».`
const q0 = `[سامر خليل | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a body in a post's phrase, words describing the post, then its holder (`describedHolder`, `describedHolderGap`)": [
    [`في البداية، تحدث نائب رئيس [[ORGANIZATION:مجلس الطلاب]] بمدينة [[LOCATION:مانشستر]] الإنجليزية [[PERSON:فهد العتيبي]] بقوله: «${W.talks}».`, [`[فهد العتيبي | بقوله] ${W.talks}`]],
    [`مدير عام التخطيط في [[ORGANIZATION:أمانة منطقة الرياض]] سابقا المهندس [[PERSON:ماجد السبيعي]]، قال: «${W.talks}».`, [`[ماجد السبيعي | قال] ${W.talks}`]],
    // must stay: no post before the body (the body is the subject)
    [`وأكد [[ORGANIZATION:مجلس الطلاب]] في [[LOCATION:مانشستر]] مع [[PERSON:فهد العتيبي]] أن التعاون مستمر، مضيفا: «${W.talks}».`, [`[مجلس الطلاب | مضيفا] ${W.talks}`]]
  ],
  "a name the entity stage left untagged after the body of a post (`untaggedHolderAfterBody`)": [
    [`إلى ذلك، قال مدير [[ORGANIZATION:مستشفى الوجه]] سالم مطلق لـ«[[ORGANIZATION:الوطن]]» إن «${W.talks}».`, [`[سالم مطلق | قال] ${W.talks}`]],
    [`من جهته، أكد المتحدث الرسمي باسم [[ORGANIZATION:وزارة النقل]] كريم الساعدي في تصريح أن «${W.talks}».`, [`[كريم الساعدي | أكد] ${W.talks}`]],
    [`وقال رئيس [[ORGANIZATION:نادي النصر]] الأمير فيصل بن تركي إن «${W.talks}».`, [`[فيصل بن تركي | قال] ${W.talks}`]],
    // must stay: an adjective, a place glued to ب, a complement glued to ل after the body
    [`وقال مدير [[ORGANIZATION:مستشفى الوجه]] العام لـ«[[ORGANIZATION:الوطن]]» إن «${W.talks}».`, [`[مستشفى الوجه | قال] ${W.talks}`]],
    [`وقال مدير [[ORGANIZATION:جمعية الثقافة]] بالطائف إن «${W.talks}».`, [`[جمعية الثقافة | قال] ${W.talks}`]],
    [`وقال مدير [[ORGANIZATION:شركة طيبة]] لتشغيل المطارات إن «${W.talks}».`, [`[شركة طيبة | قال] ${W.talks}`]]
  ],
  "a body inside the object clause of the verb that opens the clause (`inObjectClause`)": [
    [`${first}\nواعتبر أن دخول [[ORGANIZATION:أمانة المنطقة الشرقية]] ورعايتها المهرجان تحمل إيجابيات كثيرة، وقال: «${W.fest}».`, [q0, `[سامر خليل | قال] ${W.fest}`]],
    [`${first}\nوأضاف أن وزراء [[ORGANIZATION:الاتحاد الأوروبي]] يركزون على أثر الاتفاق، مشيرا إلى أنه قد يؤدي إلى «${W.talks}».`, [q0, `[سامر خليل | مشيرا] ${W.talks}`]],
    // must stay: the writer's formula (يذكر أن: the name after it is the subject), a first name that folds as أن
    [`${first}\nيذكر أن زعيم [[ORGANIZATION:الحركة الوطنية]] [[PERSON:عمر الخطيب]] أعلن عن دعمه لمحادثات السلام، واصفا إياها بأنها «${W.talks}».`, [q0, `[عمر الخطيب | واصفا] ${W.talks}`]],
    [`قالت آن [[PERSON:موريل]]، رئيسة المنظمة، إن المنظمة تواصل الحوار، مضيفةً: «${W.talks}».`, [`[موريل | مضيفةً] ${W.talks}`]]
  ],
  "the outlet that published an official's statement (`publisherAt`)": [
    [`وقال مدير مكتب الصحة [[PERSON:ناصر باعوم]] إن «${W.talks}».\nوأضاف في تصريح نشرته [[ORGANIZATION:وكالة الأنباء اليمنية]] أن عدد الجرحى تضاعف، لافتاً إلى أن «${W.hurt}».`, [`[ناصر باعوم | قال] ${W.talks}`, `[ناصر باعوم | لافتاً] ${W.hurt}`]],
    // must stay: the agency as the subject of its own verb
    [`وذكرت [[ORGANIZATION:وكالة الأنباء اليمنية]] أن عدد الجرحى تضاعف، لافتة إلى أن «${W.hurt}».`, [`[وكالة الأنباء اليمنية | لافتة] ${W.hurt}`]]
  ],
  "a person glued to `ل` after a post's words (`lamBeforePerson`)": [
    [`وفي كلمته أمام القمة، قال المبعوث الخاص ل[[PERSON:هولاند]] [[PERSON:نيكولا هولو]]، وهو ناشط معروف، إن «${W.talks}».`, [`[نيكولا هولو | قال] ${W.talks}`]],
    [`وقال المستشار الخاص ل[[PERSON:ترامب]] إن «${W.talks}».`, [`[المستشار الخاص | قال] ${W.talks}`]],
    // must stay: a name that opens with ل, the person right after the verb
    [`وقال [[PERSON:لطفي زيتون]] إن «${W.talks}».`, [`[لطفي زيتون | قال] ${W.talks}`]],
    [`وقال المبعوث الخاص [[PERSON:نيكولا هولو]] إن «${W.talks}».`, [`[نيكولا هولو | قال] ${W.talks}`]]
  ]
}

describeQuoteTables("Arabic quotes: a post's body before its holder, object clauses, publishers, a person after ل (session 60, arquote11)", tables)
