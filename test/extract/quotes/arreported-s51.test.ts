import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Short pieces in marks inside reported speech (docs/history/quotes.md, "Fifty-first session: arreported"): marks after
 * `من`/`عن` inside the clause a speech verb reports are that verb's speaker's words (reportedPrepositionMarks); a
 * verb's complementizer past a long phrase closed by a comma (clauseComplementizer, CLAUSE_REACH); a whole clause in
 * marks right after that complementizer (anchoredClause).
 * Sentences written for these tests in the style of a wire; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "marks after من/عن inside the reported clause": [
    ['وقال وزير الداخلية [[PERSON:سامي الحداد]] إن الحملة الأمنية كانت جزءا من «خطة شاملة لمكافحة التهريب».', ["[سامي الحداد | قال] خطة شاملة لمكافحة التهريب"]],
    ['وذكر مسؤول عسكري رفيع أن الجيش أظهر قدرا من «الانضباط في أصعب الظروف» خلال المعارك.', ["[مسؤول عسكري رفيع | ذكر] الانضباط في أصعب الظروف"]],
    ['وأضاف [[PERSON:كمال يوسف]] أن الشرطة تبحث عن "ثلاثة أشخاص فروا من المكان" منذ مساء الأحد.', ["[كمال يوسف | أضاف] ثلاثة أشخاص فروا من المكان"]]
  ],
  "a clause in marks right after a complementizer past a long phrase": [
    ['وأوضح وزير الخارجية [[PERSON:سامي الحداد]]، خلال مؤتمر صحافي عقده مع نظيره الأردني، وليد حسن، في عمان مساء أمس، أن «موقف بلادنا من الأزمة لن يتغير».', ["[سامي الحداد | أوضح] موقف بلادنا من الأزمة لن يتغير"]],
    ['ويقول أحد القادة الميدانيين في الجيش الوطني الذي يقاتل على جبهات الشمال منذ أشهر طويلة، لـ«الصحيفة اليومية» إن «الجيش لن يتراجع عن مواقعه».', ["[أحد القادة الميدانيين | يقول] الجيش لن يتراجع عن مواقعه"]]
  ],
  "must not change: a source after عن, a name after من, short marks, a name running on": [
    ['ونقلت الوكالة عن «مصدر أمني رفيع المستوى» أن الهجوم وقع فجرا.', []],
    ['وقال [[PERSON:سامي الحداد]] إن المسلحين من «جبهة النصرة» انسحبوا من البلدة.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الحملة كانت جزءا من «خطة شاملة» للحكومة.', []],
    ['وقال [[PERSON:سامي الحداد]] إن الخبر ورد نقلا عن «مصدر مطلع في الوزارة».', []],
    ['وأوضح وزير الخارجية [[PERSON:سامي الحداد]]، خلال مؤتمر صحافي عقده مع نظيره الأردني، وليد حسن، في عمان مساء أمس، أن «مهرجان الربيع الثقافي» سيقام في موعده.', []],
    ['ويقول أحد القادة الميدانيين في «الجيش الوطني» الذي يقاتل على جبهات الشمال منذ أشهر طويلة، لـ«الصحيفة اليومية» إن «الجيش لن يتراجع عن مواقعه».', []]
  ]
}

describeQuoteTables("Arabic: short pieces inside reported speech (fifty-first session, arreported)", tables)
