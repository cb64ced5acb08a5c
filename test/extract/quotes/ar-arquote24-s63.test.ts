import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quotes after the session-63 brief (docs/quotes.md, "session 63, helper arquote24"), from the A122 reading: a
 * present verb of saying right after the person a verb of writing names (`كتبت الناقدة X تقول: «…»`) is that person's,
 * not the chain's; `بنفس`, `بذات`, `بعدم` open a phrase of manner the entity stage may run into a name (`X بنفس`); an
 * unnamed source's body written in construct after `في` stays in its phrase (`مصدر في قيادة عمليات X`, from A123).
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  faces: "ترسم الفنانة الشابة الوجوه بألوان هادئة تروي قصصا كاملة",
  market: "الأسواق الناشئة معرضة لخطر كبير إذا تباطأ النمو العالمي",
  front: "المعارك أصبحت بالقرب من الجسر الجنوبي للمدينة"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a present verb of saying after the subject of a verb of writing (`writerBeforePresent`)": [
    [`وحصلت الرسامة على جائزة الدكتورة [[PERSON:سعاد الصباح]] عام 2012.\nعن لوحاتها كتبت الناقدة الفنية [[PERSON:ديانا أيوب]] تقول: «${W.faces}».`, [`[ديانا أيوب | تقول] ${W.faces}`]],
    [`وقالت الوزيرة [[PERSON:هدى العلي]] إن الخطة جاهزة.\nوكتب الخبير الاقتصادي [[PERSON:سامر حداد]] يقول: «${W.market}».`, [`[سامر حداد | يقول] ${W.market}`]],
    [`وقالت الوزيرة [[PERSON:هدى العلي]] إن الخطة جاهزة.\nفكتب الدكتور [[PERSON:سامر حداد]] يقول: «${W.market}».`, [`[سامر حداد | يقول] ${W.market}`]],
    // must stay: no verb of writing before the name (the present verb after a name of the sentence before)
    [`وقالت الوزيرة [[PERSON:هدى العلي]] إن الخطة جاهزة.\nعن لوحاتها رأت الناقدة الفنية [[PERSON:ديانا أيوب]] تقول: «${W.faces}».`, [`[هدى العلي | تقول] ${W.faces}`]]
  ],
  "an unnamed source's body in construct after `في` (`constructBodyEnd`)": [
    [`وأفاد مصدر في قيادة عمليات المحافظة بأن المعارك تجري قرب المعمل. وأضاف أن «${W.front}».`, [`[مصدر في قيادة عمليات المحافظة | أضاف] ${W.front}`]],
    [`وقال مسؤول في شرطة المدينة إن «${W.front}».`, [`[مسؤول في شرطة المدينة | قال] ${W.front}`]],
    // must stay: the body's noun with its article; a tagged body (it speaks); a construct with no definite genitive
    [`وقال مصدر في القيادة العسكرية إن «${W.front}».`, [`[مصدر في القيادة العسكرية | قال] ${W.front}`]],
    [`وقال مصدر في [[ORGANIZATION:وزارة الداخلية]] إن «${W.front}».`, [`[وزارة الداخلية | قال] ${W.front}`]],
    [`وقال مصدر في قيادة عمليات بغداد إن «${W.front}».`, [`[مصدر | قال] ${W.front}`]]
  ],
  "a phrase of manner after a name (`mannerHeads`: بنفس, بذات, بعدم)": [
    [`قال [[PERSON:عز]] بعصبية: البلد كلها تتحدث عن هذا الأمر منذ أسابيع.\nقال [[PERSON:عز بنفس]] اللهجة العصبية: لا تنسي أنك ما زلت زوجتي.\nوقال: أنت ما زلت زوجتي.`, ["[عز | قال] البلد كلها تتحدث عن هذا الأمر منذ أسابيع", "[عز | قال] لا تنسي أنك ما زلت زوجتي", "[عز | قال] أنت ما زلت زوجتي"]],
    [`وقال [[PERSON:سامي بذات]] النبرة: سنواصل العمل حتى نهاية الموسم المقبل.`, ["[سامي | قال] سنواصل العمل حتى نهاية الموسم المقبل"]],
    // must stay: a name that ends before another word glued to ب
    [`وقال [[PERSON:سامي بدران]] أمام الصحفيين: سنواصل العمل حتى نهاية الموسم المقبل.`, ["[سامي بدران | قال] سنواصل العمل حتى نهاية الموسم المقبل"]]
  ]
}

describeQuoteTables("Arabic quotes: a verb of writing before its subject's present verb, phrases of manner (session 63, arquote24)", tables)
