import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The fiftieth session's speakers carried over where the text names a new one (helper arcarry; docs/history/quotes.md,
 * "Fiftieth session: arcarry"): a titled name that closes a definite post's long description before `إلى أن`
 * (`nameClosingDescription`, cues.ts), a spokesman's phrase after the verb that opens a participle's sentence
 * (`openingVerbSubject`), a verb with no subject after `عندما` (`whenClauseSubject`), a narration's `عن X قال`
 * (`narratedFrom`, arabic.ts), and `المصادر نفسها` after unnamed sources quoted in the paragraph before (`sameAs`,
 * speakers.ts). Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 * Each table has rows where the rule must not fire.
 */

const OPENING = 'من جانبه، أوضح الدكتور [[PERSON:سالم عويض الحربي|رئيس]]، رئيس النادي الأدبي، أن المجتمع متماسك، مضيفا «عندما تتحقق هذه الرؤية سنشهد مجتمعا أكثر تماسكا».\nوأضاف [[PERSON:الحربي]]: «معالجة هذه الأفكار مسؤولية البيت والمدرسة معا».\n'
const SALIM = ["[سالم عويض الحربي | مضيفا] عندما تتحقق هذه الرؤية سنشهد مجتمعا أكثر تماسكا", "[الحربي | أضاف] معالجة هذه الأفكار مسؤولية البيت والمدرسة معا"]
const PRESIDENT = 'ووصل الرئيس [[PERSON:جون ميلر]] إلى العاصمة أمس. '
const VISIT = "المرة الأولى التي يزور فيها رئيس أميركي البلاد"
const SOURCES = 'وقال مصدر أمني إن «الهجوم وقع فجرا قرب الحدود».\nوقال شهود عيان لـ«الصحيفة» إن «الطائرات قصفت المعسكر مرتين بعد منتصف الليل».\n'
const SOURCES_QUOTED = ["[مصدر أمني | قال] الهجوم وقع فجرا قرب الحدود", "[شهود عيان | قال] الطائرات قصفت المعسكر مرتين بعد منتصف الليل"]
const ONE_OF_THEM = 'وقال أحدهم: «إنه أذكى من قابلت في حياتي». '

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a titled name closing a definite post's long description": [
    [
      OPENING + "وأشار الباحث الأكاديمي في السلوك الاجتماعي وعضو لجنة فض ذات النزاعات في إمارة منطقة جازان الكبرى الدكتور [[PERSON:فهد الحربي|الدكتور]]، إلى أن التكامل بين المؤسسات يبني مجتمعا قويا.\nواستطرد: المؤسسات التعليمية هي الحصن الأول لأن الخلل الفكري يبدأ من الصغر.",
      [...SALIM, "[فهد الحربي | استطرد] المؤسسات التعليمية هي الحصن الأول لأن الخلل الفكري يبدأ من الصغر"]
    ],
    // must not change: the name is no subject, a verb stands before it
    [
      OPENING + "وأشار الباحث الأكاديمي في السلوك الاجتماعي وعضو لجنة فض ذات النزاعات في إمارة منطقة جازان التي يرأسها الدكتور [[PERSON:فهد الحربي|الدكتور]]، إلى أن التكامل بين المؤسسات يبني مجتمعا قويا.\nواستطرد: المؤسسات التعليمية هي الحصن الأول لأن الخلل الفكري يبدأ من الصغر.",
      [...SALIM, "[الحربي | استطرد] المؤسسات التعليمية هي الحصن الأول لأن الخلل الفكري يبدأ من الصغر"]
    ]
  ],
  "a spokesman's phrase after the verb that opens a participle's sentence": [
    [PRESIDENT + "ورحب المتحدث باسم الحكومة الكينية موانغي كيبيت المتحدث باسم وزارة الخارجية بالزيارة قائلا إنها «" + VISIT + "».", [`[المتحدث باسم الحكومة الكينية موانغي كيبيت | قائلا] ${VISIT}`]],
    [PRESIDENT + "ورحب المتحدث باسم الحكومة بالزيارة قائلا إنها «" + VISIT + "».", [`[المتحدث باسم الحكومة | قائلا] ${VISIT}`]],
    // must not change: no spokesman, the chain's
    [PRESIDENT + "ورحب الوزير بالزيارة قائلا إنها «" + VISIT + "».", [`[جون ميلر | قائلا] ${VISIT}`]]
  ],
  "a verb with no subject after عندما": [
    [ONE_OF_THEM + "وقد عبر رئيس وزراء البلاد عن ذلك الإعجاب عندما قال: «حكمة الراحل أسهمت في حل الكثير من القضايا العالقة».", ["[أحدهم | قال] إنه أذكى من قابلت في حياتي", "[رئيس وزراء البلاد | قال] حكمة الراحل أسهمت في حل الكثير من القضايا العالقة"]],
    // must not change: a clause after a comma names the speaker; a verb that is no speech verb (كان)
    [ONE_OF_THEM + "وكشف عدد من الدبلوماسيين عن مساع متكررة، فيما أثارت تصريحات السفير الجدل عندما قال إن السياحة «هي بترول البلاد».", ["[أحدهم | قال] إنه أذكى من قابلت في حياتي", "[أحدهم | قال] هي بترول البلاد"]],
    [ONE_OF_THEM + "فقد كان الشاعر أكثر واقعية من غيره حين قال: «وعند جهينة الخبر اليقين».", ["[أحدهم | قال] إنه أذكى من قابلت في حياتي", "[أحدهم | قال] وعند جهينة الخبر اليقين"]]
  ],
  "a narration's عن and the narrator before قال": [
    ['قال [[PERSON:ابن عباس]]: «بر الوالدين من أعظم القربات».\nعن [[PERSON:عروة بن الزبير]] قال: «ما بر والده من شد الطرف إليه».', ["[ابن عباس | قال] بر الوالدين من أعظم القربات", "[عروة بن الزبير | قال] ما بر والده من شد الطرف إليه"]],
    // (a companion's blessing before the verb: the narrator of a hadith, no quote since the fifty-eighth session, helper
    // arread2: companionNarrates)
    ['عن [[PERSON:أبي هريرة]] رضي الله عنه قال: «الكلمة الطيبة صدقة».', []],
    // must not change: `وعن X قال` and a name with no lineage are "about X, he said"
    ['وقال المدرب [[PERSON:رافائيل غوميز]] إن «الفريق جاهز للموسم الجديد». وعن [[PERSON:سيرجيو راموس]] قال «راموس لاعب فريقنا وهو قائد الفريق».', ["[رافائيل غوميز | قال] الفريق جاهز للموسم الجديد", "[رافائيل غوميز | قال] راموس لاعب فريقنا وهو قائد الفريق"]],
    ['وقال المدرب [[PERSON:رافائيل غوميز]] إن «الفريق جاهز للموسم الجديد».\nعن [[PERSON:راموس]] قال «راموس لاعب فريقنا وهو قائد الفريق».', ["[رافائيل غوميز | قال] الفريق جاهز للموسم الجديد", "[رافائيل غوميز | قال] راموس لاعب فريقنا وهو قائد الفريق"]]
  ],
  "the same sources after unnamed sources quoted in the paragraph before": [
    [SOURCES + "وأضافت المصادر نفسها: «سقط عدد من القتلى في صفوف المسلحين داخل المعسكر».", [...SOURCES_QUOTED, "[شهود عيان | أضافت] سقط عدد من القتلى في صفوف المسلحين داخل المعسكر"]],
    // must not change: the singular source; a document named since
    [SOURCES + "وأضاف المصدر نفسه: «سقط عدد من القتلى في صفوف المسلحين داخل المعسكر».", [...SOURCES_QUOTED, "[مصدر أمني | أضاف] سقط عدد من القتلى في صفوف المسلحين داخل المعسكر"]],
    [SOURCES + "وتابع التقرير أن الوضع هادئ.\nوأضافت المصادر نفسها: «سقط عدد من القتلى في صفوف المسلحين داخل المعسكر».", [...SOURCES_QUOTED, "[مصدر أمني | أضافت] سقط عدد من القتلى في صفوف المسلحين داخل المعسكر"]]
  ]
}

describeQuoteTables("Speakers carried over where the text names a new one (fiftieth session, helper arcarry)", tables)
