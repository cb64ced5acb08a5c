import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Scraps of text given as Arabic speakers, after the A108 and A109 readings (docs/history/quotes.md, "Fifty-sixth
 * session: arscrap"): a complementizer with a dual, feminine plural or first-person pronoun after the verb (`ذكرت
 * أنّهما كانا …`), an accusative verbal noun of motive and من with a pronoun (`وإيمانا مني بأن …`, tagged a person or
 * not), `أحد`/`إحدى` and a definite plural opening the clause of a verb with no subject (`إحدى المغردات … وكتبت:`), a
 * hashtag the entity stage typed a person, `تحت` after a verb (`غرد تحت هاشتاق …:`, `كتب تحتها السؤال التالي:`).
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  trip: "كانا في زيارة لأقارب لهما منذ أيام",
  motive: "لا نعرف شيئا عن الدوافع حتى الآن",
  walk: "عليك أن تسير معنا في هذه المسيرة",
  proverb: "من أمن العقاب أساء الأدب",
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a complementizer with its pronoun ends the phrase after the verb (`speakerStops`)": [
    [`ورفضت المتحدثة التعليق. لكن الصحيفة المحلية «[[ORGANIZATION:في إل تي]]» ذكرت أنّهما كانا في المدينة «${W.trip}».`, [`[null | ذكرت] ${W.trip}`]],
    [`وقال بأننا «${W.plan}».`, [`[null | قال] ${W.plan}`]],
    // must stay: the subject before the complementizer, a complementizer with a pronoun read so before, a feminine verb
    // after a clause of the complementizer (the woman quoted before)
    [`وذكرت الصحيفة المحلية أنّهما «${W.trip}».`, [`[الصحيفة المحلية | ذكرت] ${W.trip}`]],
    [`وقال الوزير [[PERSON:سالم داود]] إنه «${W.plan}».`, [`[سالم داود | قال] ${W.plan}`]],
    [`وقالت الوزيرة [[PERSON:هند سالم]]: «${W.plan}».\nوأعلن الادعاء أنّهما لاجئان.\nوأضافت: «${W.motive}».`, [`[هند سالم | قالت] ${W.plan}`, `[هند سالم | أضافت] ${W.motive}`]]
  ],
  "an accusative verbal noun of motive and من with a pronoun (`motivePronouns`, `scrapPerson`, `motiveAt`)": [
    [`اعتدت على السفر حبا في المعرفة، و[[PERSON:إيمانا مني]] بأن الترحال يوسع المدارك، وفي روما اقترب مني رجل فقال لي بلهجة ودودة: ${W.walk}.`, [`[null | قال] ${W.walk}`]],
    [`وقال حرصا منه على الوضوح: «${W.plan}».`, [`[null | قال] ${W.plan}`]],
    [`وقال الوزير تأكيدا منه: «${W.plan}».`, [`[الوزير | قال] ${W.plan}`]],
    // must stay: a person named before the phrase of motive, a name that ends in alif
    [`وقال [[PERSON:سالم داود]] حرصا منه على الوضوح: «${W.plan}».`, [`[سالم داود | قال] ${W.plan}`]],
    [`وقال [[PERSON:مصطفى رضا]]: «${W.plan}».`, [`[مصطفى رضا | قال] ${W.plan}`]]
  ],
  "a hashtag tagged a person, `تحت` after the verb (`hashtagNouns`, `speakerStops`)": [
    [`وفي حساب هذا الشاب غرد ذلك اليوم تحت [[PERSON:هاشتاق كاذب]]: «${W.plan}».\nثم كتب تحتها السؤال التالي: «${W.motive}».`, [`[null | غرد] ${W.plan}`, `[null | كتب] ${W.motive}`]],
    [`وكتب الوزير تحت صورة المشروع: «${W.plan}».`, [`[الوزير | كتب] ${W.plan}`]],
    // must stay: a person named after the verb
    [`وغرد [[PERSON:سالم داود]] تحت وسم الحملة: «${W.plan}».`, [`[سالم داود | غرد] ${W.plan}`]]
  ],
  "`أحد`/`إحدى` and a definite plural opening the clause of a verb with no subject (`indefiniteOneBefore`)": [
    [`يذكر أن إحدى المغردات نشرت على [[ORGANIZATION:تويتر]] فيديو يوضح وقوف صاحب السيارة في الممر وكتبت: “${W.proverb}”.`, [`[إحدى المغردات | كتبت] ${W.proverb}`]],
    [`وكان أحد السكان قد صور الحادث بهاتفه وقال: «${W.plan}».`, [`[أحد السكان | قال] ${W.plan}`]],
    // must stay: a verb of the other gender, a person named between, `أحد` after a verb (its object)
    [`يذكر أن إحدى المغردات نشرت على [[ORGANIZATION:تويتر]] فيديو للحادث وكتب: “${W.proverb}”.`, [`[null | كتب] ${W.proverb}`]],
    [`يذكر أن إحدى المغردات ردت على [[PERSON:سالم داود]] وكتبت: “${W.proverb}”.`, [`[سالم داود | كتبت] ${W.proverb}`]],
    [`والتقى [[PERSON:سالم داود]] أحد السكان في الحي وقال: «${W.plan}».`, [`[سالم داود | قال] ${W.plan}`]]
  ]
}

describeQuoteTables("fifty-sixth session, scraps of text as Arabic speakers (helper arscrap)", tables)
