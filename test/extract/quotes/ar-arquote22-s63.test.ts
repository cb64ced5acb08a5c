import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quotes after the session-63 brief (docs/quotes.md, "session 63, helper arquote22"), from the readers' reports
 * on SaudiNewsNet: a body's one-word subject after its name in marks (`تنظيم «داعش» … وقال التنظيم`); `الجماعة` after
 * a party or movement named before it; a crowd's chants given as examples (`مرددين عبارات مثل: «…»`, `هتافات مثل «…»`);
 * the subject of a verb of wishing before `أن` and a speech verb (`يود المركز أن يوضح … ما يلي:`).
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  mission: "نفذ المجاهدون عملية ناجحة في قلب المدينة",
  cars: "سلمت أكثر من أحد عشر ألف سيارة إلى العملاء خلال الربع الثاني",
  truce: "لم يعد للهدنة أي معنى بعد هذه الضربات الجوية المكثفة",
  demands: "لن نتراجع عن مطالبنا المشروعة مهما طال الوقت",
  leave: "ارحلوا عن بلادنا أيها الفاسدون",
  corruption: "لا للفساد ولا للظلم",
  services: "إن الخدمات ستعود إلى العمل خلال الأيام المقبلة بعد انتهاء الصيانة"
}

const FUEL = "خرج آلاف المتظاهرين في شوارع العاصمة يوم الجمعة احتجاجا على قرار الحكومة رفع أسعار الوقود."

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a body's noun, an opening mark, then its name; the noun alone later (`nounBeforeEntity`)": [
    [`فيما تبنى تنظيم «[[ORGANIZATION:داعش]]» الإرهابي مساء الاثنين عملية تفجير في صنعاء. وقال التنظيم في بيان نشر على الإنترنت «${W.mission}».`, [`[داعش | قال] ${W.mission}`]],
    [`أعلنت شركة “[[ORGANIZATION:تسلا]]” الأميركية أنها سجلت زيادة حادة في مبيعاتها. وقالت الشركة إنها "${W.cars}".`, [`[تسلا | قالت] ${W.cars}`]],
    // must stay: another noun before the mark (a newspaper's name is no company's)
    [`نشرت صحيفة «[[ORGANIZATION:ملييت]]» تقريرا عن المبيعات. وقالت الشركة إنها "${W.cars}".`, [`[الشركة | قالت] ${W.cars}`]],
    // must stay: the noun and the name without a mark, read as before
    [`أعلنت شركة [[ORGANIZATION:تسلا]] الأميركية أنها سجلت زيادة حادة في مبيعاتها. وقالت الشركة إنها "${W.cars}".`, [`[تسلا | قالت] ${W.cars}`]]
  ],
  "a group's noun after a party or movement named before (`groupNamedBefore`, `groupSubjects`)": [
    [`وفي رده على الغارات قال [[ORGANIZATION:حزب العمال الكردستاني]] السبت إن هدنته مع أنقرة فقدت أي معنى لها. وأضافت الجماعة في بيان على موقعها: «${W.truce}».`, [`[حزب العمال الكردستاني | أضافت] ${W.truce}`]],
    [`وأعلنت [[ORGANIZATION:حركة الشباب]] مسؤوليتها عن الهجوم. وقالت الجماعة في بيان: «${W.demands}».`, [`[حركة الشباب | قالت] ${W.demands}`]],
    // must stay: someone else quoted since the party was named
    [`قال [[ORGANIZATION:حزب العمال الكردستاني]] إن الهدنة انتهت. وقال المتحدث باسم الحكومة [[PERSON:إبراهيم كالين]] إن «الضربات ستستمر حتى النهاية». وأضافت الجماعة في بيان: «${W.truce}».`, ["[إبراهيم كالين | قال] الضربات ستستمر حتى النهاية", `[الجماعة | أضافت] ${W.truce}`]],
    // must stay: a body named with the noun itself (جماعة X) is never passed over for a party named after it
    [`قالت جماعة الإخوان إن أعضاءها اعتقلوا. وكان [[ORGANIZATION:حزب النور]] قد أعلن دعمه للحكومة. وأضافت الجماعة في بيان: «${W.demands}».`, [`[الجماعة | أضافت] ${W.demands}`]],
    // must stay: a body that is no group (a ministry) is not the group
    [`وأعلنت [[ORGANIZATION:وزارة الداخلية]] اعتقال عشرة أشخاص. وقالت الجماعة في بيان: «${W.demands}».`, [`[الجماعة | قالت] ${W.demands}`]]
  ],
  "chants given as examples after a participle of chanting or a noun of chants (`examplesBeforeMarks`, `chantExamples`)": [
    [`${FUEL} وتجمع المحتجون أمام البرلمان مرددين عبارات مثل: «${W.leave}».`, [`[المحتجون | مرددين] ${W.leave}`]],
    [`${FUEL} وتجمع المحتجون أمام البرلمان هاتفين بعبارات منها «${W.corruption}».`, [`[المحتجون | هاتفين] ${W.corruption}`]],
    [`${FUEL} وأطلق المتظاهرون هتافات مثل «${W.corruption}» أمام مقر الوزارة.`, [`[المتظاهرون | هتافات] ${W.corruption}`]],
    [`${FUEL} وتجمع المحتجون أمام مقر الوزارة ورفعوا هتافات منها: «${W.corruption}».`, [`[المحتجون | هتافات] ${W.corruption}`]],
    // must stay: fewer than three words in the marks are a label
    [`${FUEL} وتجمع المحتجون أمام البرلمان مرددين عبارات مثل «ارحلوا» و«لا للفساد».`, []],
    [`${FUEL} ورفع المتظاهرون هتافات مثل «ارحلوا» أمام مقر الوزارة.`, []],
    // must stay: phrases cited as examples after any other word are nobody's words
    [`${FUEL} وأصبحنا نسمع عبارات مثل «${W.corruption}» في كل مكان.`, []],
    // must stay: a slogan's noun after the participle names the slogan
    [`${FUEL} وتجمع المحتجون أمام البرلمان مرددين شعار «${W.leave}».`, []]
  ],
  "the subject of a verb of wishing before `أن` and a speech verb with no subject (`wishingSubject`, `wishingVerbs`)": [
    [`قال المدير [[PERSON:خالد العمر]] إن العمل مستمر. وتود إدارة المستشفى أن توضح للمواطنين ما يلي: ${W.services}.`, [`[إدارة المستشفى | توضح] ${W.services}`]],
    [`رد النادي ببيان على التصريحات أمس. يود المركز الإعلامي بالنادي أن يوضح لجمهوره الكريم ما يلي: ${W.services}.`, [`[المركز الإعلامي بالنادي | يوضح] ${W.services}`]],
    // must stay: no subject between the verb of wishing and أن (the chain's speaker, as before)
    [`قال المدير [[PERSON:خالد العمر]] إن العمل مستمر. وتود أن توضح للمواطنين ما يلي: ${W.services}.`, [`[خالد العمر | توضح] ${W.services}`]],
    // must stay: the first person (the writer's or the speaker's own words)
    [`قال المدير [[PERSON:خالد العمر]] إن العمل مستمر. ونود نحن أن نوضح للمواطنين ما يلي: ${W.services}.`, []]
  ]
}

describeQuoteTables("Arabic quotes: bodies named in marks, groups named before, chants as examples, wishing subjects (session 63, arquote22)", tables)
