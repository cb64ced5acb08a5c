import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers, thirty-third session (docs/history/quotes.md, "Thirty-third session (helper, dual verbs and
 * anonymous sources)"): dual speech verbs (`قالا`, `وأكدتا`, `يقولان`) and dual nouns (`الوزيران`) speak for the two
 * named together before them, given as the first of the two; an unnamed source (`مصدر`, `مسؤولين`, `شاهد عيان`) is
 * never a person its description names nor the speaker quoted before it; the body it names is the speaker.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text|role]]` marks become entities.
 */

const TOGETHER = "سنعمل معا على تعزيز التعاون بين البلدين في كل المجالات"
const STEP = "الاتفاق خطوة أولى نحو شراكة أوسع في السنوات المقبلة"
const CALM = "الوضع في المدينة هادئ والقوات تسيطر على كل المداخل"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a dual verb with no subject: the first of the pair named before": [
    [
      `التقى [[PERSON:سامي حداد]] و[[PERSON:نبيل عمر]] في العاصمة أمس.\nوقالا في مؤتمر صحفي مشترك: "${TOGETHER}".`,
      [`[سامي حداد | قالا] ${TOGETHER}`]
    ],
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nوالتقت [[PERSON:هند سالم]] و[[PERSON:ليلى حسن]] بالطلاب أمس.\nوقالتا: "${TOGETHER}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[هند سالم | قالتا] ${TOGETHER}`]
    ],
    [
      `واستقبل [[PERSON:سامي حداد]] و[[PERSON:نبيل عمر]] الوفد أمس، وأكدا أن "${TOGETHER}".\nوأضافا: "${STEP}".`,
      [`[سامي حداد | أكدا] ${TOGETHER}`, `[سامي حداد | أضافا] ${STEP}`]
    ],
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nووقع [[ORGANIZATION:البنك الأهلي]] و[[ORGANIZATION:شركة النور]] الاتفاق أمس، وقالا في بيان: "${TOGETHER}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[البنك الأهلي | قالا] ${TOGETHER}`]
    ],
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nوبحث [[PERSON:سامي حداد]] ونظيره الأردني [[PERSON:نبيل عمر]] الملفات المشتركة. ويقولان إن "${TOGETHER}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[سامي حداد | يقولان] ${TOGETHER}`]
    ],
    // must stay: no pair named (the chain), a pair of a person and a body, a pair inside quoted words, a singular verb
    [`وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nوأضافا: "${TOGETHER}".`, [`[كريم ناصر | قال] ${STEP}`, `[كريم ناصر | أضافا] ${TOGETHER}`]],
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nوزار [[PERSON:سامي حداد]] و[[ORGANIZATION:شركة النور]] المعرض أمس. وأضافا: "${TOGETHER}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[كريم ناصر | أضافا] ${TOGETHER}`]
    ],
    [
      `وقال [[PERSON:كريم ناصر]]: "الخلاف بين [[PERSON:سامي حداد]] و[[PERSON:نبيل عمر]] انتهى".\nوأضافا: "${TOGETHER}".`,
      [`[كريم ناصر | قال] الخلاف بين سامي حداد ونبيل عمر انتهى`, `[كريم ناصر | أضافا] ${TOGETHER}`]
    ],
    [
      `التقى [[PERSON:سامي حداد]] و[[PERSON:نبيل عمر]] في العاصمة أمس. وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nوأضاف: "${TOGETHER}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[كريم ناصر | أضاف] ${TOGETHER}`]
    ]
  ],
  "a dual noun for the subject": [
    [
      `واجتمع وزير الخارجية [[PERSON:سامي حداد]] ونظيره [[PERSON:نبيل عمر]] أمس في الرياض. وأكد الوزيران أن "${TOGETHER}".`,
      [`[سامي حداد | أكد] ${TOGETHER}`]
    ],
    // must stay: a plural noun in ان that is no dual, and a dual noun with no pair named (the words)
    [`واجتمع [[PERSON:سامي حداد]] و[[PERSON:نبيل عمر]] أمس. وقال البرلمان إن "${TOGETHER}".`, [`[البرلمان | قال] ${TOGETHER}`]],
    [`وقال [[PERSON:كريم ناصر]] إن "${STEP}". وأكد الوزيران أن "${TOGETHER}".`, [`[كريم ناصر | قال] ${STEP}`, `[الوزيران | أكد] ${TOGETHER}`]]
  ],
  "a dual verb with its subjects after it: the first named": [
    [`وقالا [[PERSON:سامي حداد]] و[[PERSON:نبيل عمر]] في بيان مشترك إن "${TOGETHER}".`, [`[سامي حداد | قالا] ${TOGETHER}`]],
    [`وقال [[PERSON:سامي حداد]] و[[PERSON:نبيل عمر]] في بيان مشترك إن "${TOGETHER}".`, [`[سامي حداد | قال] ${TOGETHER}`]],
    // must stay: the words after a dual verb are no subject (a verb before its subject is singular), and `قالاً` with its
    // tanween is a participle misspelt, no dual verb
    [
      `التقى [[PERSON:سامي حداد]] و[[PERSON:نبيل عمر]] في العاصمة أمس، وأكدا خلاله أن "${TOGETHER}".`,
      [`[سامي حداد | أكدا] ${TOGETHER}`]
    ],
    [`ووصف [[PERSON:سامي حداد]] الاتفاق، قالاً بأنه "${STEP}".`, [`[سامي حداد | وصف] ${STEP}`]]
  ],
  "an unnamed source is no person its description names": [
    [`وقال مصدر عسكري موال لـ[[PERSON:سامي حداد]] إن "${CALM}".`, [`[مصدر عسكري موال لـسامي حداد | قال] ${CALM}`]],
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nوقال مسؤول كبير بإدارة [[PERSON:سامي حداد]]: "${CALM}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[مسؤول كبير بإدارة سامي حداد | قال] ${CALM}`]
    ],
    // must stay: a role in construct with its holder named, a source with no one named in it
    [`وقال مسؤول الإعلام في الحزب [[PERSON:سامي حداد]] إن "${CALM}".`, [`[سامي حداد | قال] ${CALM}`]],
    [`وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nوقال شاهد عيان: "${CALM}".`, [`[كريم ناصر | قال] ${STEP}`, `[شاهد عيان | قال] ${CALM}`]]
  ],
  "an unnamed source of a body named right after it": [
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nوقال مصدر مسؤول في [[ORGANIZATION:وزارة الداخلية]]: "${CALM}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[وزارة الداخلية | قال] ${CALM}`]
    ],
    // (a body glued to بـ is the source's affiliation: the words speak, as `memberOfBodyOpens` reads `مسؤول كبير بوزارة
    // X`; sixtieth session, helper arquote12; before, the body)
    [`وقال مصدر أمني بـ[[ORGANIZATION:وزارة الداخلية]] إن "${CALM}".`, [`[مصدر أمني بـوزارة الداخلية | قال] ${CALM}`]],
    // must stay: a body two words on is no body of the source, an agency after ل is the addressee, a body the source is
    // close to, a witness named after `يدعى`, a role in construct with its holder after a comma
    [`وقال مصدر مسؤول في مكتب [[ORGANIZATION:وزارة الداخلية]] إن "${CALM}".`, [`[مصدر مسؤول | قال] ${CALM}`]],
    [`وقال مصدر عسكري لـ[[ORGANIZATION:وكالة الأنباء]] إن "${CALM}".`, [`[مصدر عسكري | قال] ${CALM}`]],
    [`وقالت مصادر مقربة من [[ORGANIZATION:الحزب الوطني]] إن "${CALM}".`, [`[مصادر مقربة | قالت] ${CALM}`]],
    [`وقال شاهد عيان يدعى [[PERSON:سامي حداد]] إن "${CALM}".`, [`[سامي حداد | قال] ${CALM}`]],
    [`وقال مسؤول إعلام الفرع الثالث لـ[[ORGANIZATION:الحزب الوطني]] في المدينة، [[PERSON:سامي حداد]]، إن "${CALM}".`, [`[سامي حداد | قال] ${CALM}`]]
  ],
  "an unnamed source before its verb": [
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nلكن مسؤولين أمريكيين قالوا: "${CALM}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[مسؤولين أمريكيين | قالوا] ${CALM}`]
    ],
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nإلا أن مسؤولا محليا، طلب عدم ذكر اسمه، قال: "${CALM}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[مسؤولا محليا | قال] ${CALM}`]
    ],
    [`وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nمصدر أمني متابع للقضية قال إن "${CALM}".`, [`[كريم ناصر | قال] ${STEP}`, `[مصدر أمني متابع للقضية | قال] ${CALM}`]],
    // must stay: the source as an object (`التقى مصدرا`) and a named subject after `لكن`
    [
      `وقال [[PERSON:كريم ناصر]] إنه التقى مصدرا مطلعا في المدينة، وأضاف: "${CALM}".`,
      [`[كريم ناصر | أضاف] ${CALM}`]
    ],
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nلكن [[PERSON:سامي حداد]] قال: "${CALM}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[سامي حداد | قال] ${CALM}`]
    ]
  ],
  "a comma between the source and قوله": [
    [
      `وقال [[PERSON:كريم ناصر]] إن "${STEP}".\nونقلت الوكالة عن مسؤول محلي، قوله إن "${CALM}".`,
      [`[كريم ناصر | قال] ${STEP}`, `[مسؤول محلي | نقلت] ${CALM}`]
    ]
  ]
}

describeQuoteTables("Arabic speakers, thirty-third session", tables)
