import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * One and two words in marks inside the clause a speech verb reports, in the shapes the thirty-fourth session added
 * (docs/history/quotes.md, "Thirty-fourth session (helper, short quotes in reported speech)"): after a verb of describing
 * and ب, after a word of judging (`يعد`, `بمثابة`), as the predicate after the clause's definite subject, and
 * after the object pronoun of اعتبر. Sentences written for these tests; `[[PERSON:text]]` marks become entities. Each
 * table has rows where the rule must not fire: names, labels, titles, the writer's own marks.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "one word or two right after ب and a verb of describing": [
    ['وطالب [[PERSON:سامي الحداد]] بوقف ما وصفه بـ"العدوان" على المدن الحدودية.', ["[سامي الحداد | وصفه] العدوان"]],
    ['وأدانت [[PERSON:ليلى الساعدي]] الهجوم على القرية، واصفة إياه بـ«الجبان» في بيان أصدرته أمس.', ["[ليلى الساعدي | واصفة] الجبان"]],
    ['ووصف [[PERSON:سامي الحداد]] المرحلة المقبلة بـ "الصعبة" على الجميع.', ["[سامي الحداد | وصف] الصعبة"]],
    ['ورفض [[PERSON:سامي الحداد]] الاتهامات واصفا إياها بـ«مزاعم سخيفة» لا أساس لها.', ["[سامي الحداد | واصفا] مزاعم سخيفة"]],
    // must not fire: a verb of naming (`يعرف بـ`, `يسمى بـ`: a name), a number, a Latin word, an entity
    ['وقال [[PERSON:سامي الحداد]] إن الحي يعرف بـ"الخالدية" منذ عقود.', []],
    ['وقال [[PERSON:سامي الحداد]] إن المشروع الذي يسمى بـ"النخيل" سيكتمل العام المقبل.', []],
    ['ووصف [[PERSON:سامي الحداد]] الخطة بـ"2030" أمام الحضور.', []],
    ['ووصف [[PERSON:سامي الحداد]] الجهاز بـ"iPhone" أمام الحضور.', []],
    ['ووصف [[PERSON:سامي الحداد]] الفريق بـ"[[ORGANIZATION:الهلال]]" في المؤتمر.', []]
  ],
  "one word or two right after a word of judging": [
    ['وقال [[PERSON:سامي الحداد]] إن الاتفاق يعد «نكسة جديدة» للمهربين.', ["[سامي الحداد | قال] نكسة جديدة"]],
    ['وأكد [[PERSON:سامي الحداد]] أن إخفاء الرسائل يعد "تضليلا" للرأي العام.', ["[سامي الحداد | أكد] تضليلا"]],
    ['وأكدت [[PERSON:ليلى الساعدي]] أن نجاتها من الحادث كانت بمثابة «معجزة» حقيقية.', ["[ليلى الساعدي | أكدت] معجزة"]],
    ['واعتبرت [[PERSON:ليلى الساعدي]] استمرار الحصار بمثابة "إعلان حرب" على السكان.', ["[ليلى الساعدي | اعتبرت] إعلان حرب"]],
    // must not fire: the article, no speech verb (the writer's `يعتبر`), a name noun's mark
    ['وقال [[PERSON:سامي الحداد]] إن الاتفاق يعد "الأفضل" في تاريخ البلاد.', []],
    ['ويعتبر الملعب "تحفة" معمارية في قلب المدينة.', []],
    ['ويعد النادي بمثابة "بيت" لكل الرياضيين في المنطقة.', []]
  ],
  "the predicate right after the clause's definite subject": [
    ['وقالت [[PERSON:ليلى الساعدي]] إن هذا التحرك "غير مسبوق" ومقلق للغاية.', ["[ليلى الساعدي | قالت] غير مسبوق"]],
    ['وأكد [[PERSON:سامي الحداد]] أن الشعب "سينتصر" في النهاية.', ["[سامي الحداد | أكد] سينتصر"]],
    ['وقال [[PERSON:سامي الحداد]] إن منافسيه بالدوري «يشترون» اللقب بالمال.', ["[سامي الحداد | قال] يشترون"]],
    ['وأوضح [[PERSON:سامي الحداد]] أن قوات الأمن في محيط الميناء "صدت" عشرات المحاولات.', ["[سامي الحداد | أوضح] صدت"]],
    ['وأضافت [[PERSON:ليلى الساعدي]] أن الحكومة "منزعجة" من خبر الاعتقال.', ["[ليلى الساعدي | أضافت] منزعجة"]],
    // must not fire: a name after a definite noun (a foreign name in `مي…`, a plural noun in `ات`), an indefinite noun
    // before the marks (a construct: the name of a thing), no speech verb, a bare complementizer before the marks
    ['وأعلن [[PERSON:سامي الحداد]] أن المحادثات بشأن السفن "ميسترال" انتهت بالاتفاق.', []],
    ['وأوضح [[PERSON:سامي الحداد]] أن مقابلات القسم "بنات" ستعلن لاحقا.', []],
    ['وأكد [[PERSON:سامي الحداد]] أن جناح "مستشار" يقدم خدماته للنزلاء.', []],
    ['وكانت قوات الأمن "صدت" عشرات المحاولات.', []],
    ['وقال [[PERSON:سامي الحداد]] إن "سينتصر" هو اسم الحملة الجديدة.', []]
  ],
  "one word or two right after the object pronoun of اعتبر": [
    ['ورفض [[PERSON:سامي الحداد]] تلك الادعاءات، معتبرا إياها "سخيفة" وغير جديرة بالرد.', ["[سامي الحداد | معتبرا] سخيفة"]],
    // must not fire: marks after a noun as its object (a name, an apposition or the object itself as often as speech)
    ['واعتبر [[PERSON:سامي الحداد]] "بائع" أن السوق يمثل فرصة للشباب.', []],
    ['واعتبر الكاتب الأصل الذي ترجمه "فيليب" شائها.', []]
  ]
}

describeQuoteTables("Arabic finding: short quotes in reported speech (thirty-fourth session)", tables)
