import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers named right after a long role, after the session-56 readings (docs/history/quotes.md, "Fifty-seventh
 * session: arclergy"): `المشرف على` ("supervising") and the words it supervises before the supervisor's name, read as
 * `المسؤول عن` was (`appositionPerson`, `supervisorNouns`); a role's holder after `في` and a body's short name in marks
(`placeNamedInMarks`). Sentences written for these tests in the style of the
 * wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  fair: "المعرض يستقبل الزوار يوميا من العاشرة صباحا حتى منتصف الليل",
  team: "نعمل على تجهيز الفريق للموسم المقبل بكل ما نملك من إمكانات",
  camp: "الحملة مستمرة حتى نهاية الشهر في جميع الأحياء"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the supervisor's name after the words `على` opens (`appositionPerson`, `supervisorNouns`)": [
    [`وأوضح المشرف على المعرض [[PERSON:ماجد الزهراني]]، أن «${W.fair}».`, [`[ماجد الزهراني | أوضح] ${W.fair}`]],
    [`وقال المشرف العام على كرة القدم بنادي الاتفاق [[PERSON:سلطان الدوسري]] لـ«اليوم»: «${W.team}».`, [`[سلطان الدوسري | قال] ${W.team}`]],
    [`وقالت المشرفة على الحملة التطوعية [[PERSON:نورة الشمري]] إن «${W.camp}».`, [`[نورة الشمري | قالت] ${W.camp}`]],
    [`وأكد المشرف العام على العلاقات العامة والإعلام بأمانة المنطقة [[PERSON:فيصل العمري]] أن «${W.camp}».`, [`[فيصل العمري | أكد] ${W.camp}`]],
    // must stay: no name after the words, a name after `مع` (another party), a name too far (eight words)
    [`وقال المشرف على الحملة إن «${W.camp}».`, [`[المشرف | قال] ${W.camp}`]],
    [`وقال المشرف على الحملة بالتعاون مع [[PERSON:خالد السبيعي]] إن «${W.camp}».`, [`[المشرف | قال] ${W.camp}`]],
    [`وقال المشرف العام على برامج التوعية والتثقيف الصحي في مستشفيات ومراكز المنطقة الشرقية [[PERSON:فهد المطيري]] إن «${W.camp}».`, [`[المشرف العام | قال] ${W.camp}`]]
  ],
  "the holder's name after a body's short name in marks right after `في` (`placeNamedInMarks`)": [
    [`وقال رئيس مجلس الأمناء في «ركاز» [[PERSON:هشام الدباغ]] لـ«الوطن»: «${W.team}».`, [`[هشام الدباغ | قال] ${W.team}`]],
    [`وقالت مديرة التسويق في "نسمة" [[PERSON:ريم العتيبي]]: «${W.fair}».`, [`[ريم العتيبي | قالت] ${W.fair}`]],
    // must stay: the account a verb of writing names, no person after the marks
    [`وكتب الوزير عبر حسابه في «تويتر» قائلا: «${W.team}».`, [`[الوزير | قائلا] ${W.team}`]]
  ],
  "the official in charge, as before (`officialNouns`)": [
    [`وقال المسؤول عن الطوارئ [[PERSON:خالد العتيبي]] لـ«الوطن»: «${W.camp}».`, [`[خالد العتيبي | قال] ${W.camp}`]],
    [`وقال المسؤول عن العلاقات العامة والإعلام بأمانة المنطقة [[PERSON:فيصل العمري]] إن «${W.camp}».`, [`[المسؤول | قال] ${W.camp}`]]
  ]
}

describeQuoteTables("Arabic speakers after a long role (session 57, arclergy)", tables)
