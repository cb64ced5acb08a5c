import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-third session, helper arcolon2 (docs/history/quotes.md, "Fifty-third session: arcolon2"): an according word
 * that takes `ل` (`gluedAccording` in quotes/ar.json: `وفقا`, `طبقا`) with the `ل` glued to its source, as the wires
 * write it (`ووفقا لمصادر طبية: "…"`, `"…"، وفقا للجنة المنظمة.`): the source speaks, read without its `ل`, when it is a
 * person or body the entity stage tagged, an unnamed source's noun, a body's noun or a document's (`gluedAccording`,
 * `gluedSourceWord` in cues.ts, `gluedSource` in speakers.ts). Before, only a `ل` written apart (`وفقا لـ الشرطة`) gave
 * a source; glued, the words had no speaker or the chain's. Rows that must not change: the shapes of colon speech the
 * readers of SaudiNewsNet flagged as missed, found since earlier sessions (a verb of going on, a dialogue, a source
 * phrase), and near misses (a rule or a demonstrative after the according word, a list's colon, a clock time, a
 * title's colon, an outlet between commas). Sentences written for these tests in the style of the wires; `[[TYPE:text]]`
 * marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an according word with its ل glued to the source": [
    ['وأعلنت السلطات ارتفاع عدد ضحايا الحريق. ووفقا لمصادر طبية: "نقل ثمانية مصابين إلى مستشفى الملك فهد وحالة اثنين منهم حرجة".', ["[مصادر طبية | null] نقل ثمانية مصابين إلى مستشفى الملك فهد وحالة اثنين منهم حرجة"]],
    ["ووفقاً للشرطة: «تم توقيف ثلاثة مشتبه بهم في حي الروضة بعد مطاردة استمرت ساعتين».", ["[الشرطة | null] تم توقيف ثلاثة مشتبه بهم في حي الروضة بعد مطاردة استمرت ساعتين"]],
    // (a tatweel after the ل goes with it)
    ["ووفقا لـالشرطة: «تم توقيف ثلاثة مشتبه بهم في حي الروضة بعد مطاردة استمرت ساعتين».", ["[الشرطة | null] تم توقيف ثلاثة مشتبه بهم في حي الروضة بعد مطاردة استمرت ساعتين"]],
    // (after the marks: the source, not the speaker of the sentence before; `للجنة` is ل and `اللجنة`, the text's word)
    ['وقالت رئيسة اللجنة المنظمة [[PERSON:سارة المطيري]] إن المعرض يفتح أبوابه غدا. "نتوقع أكثر من عشرين ألف زائر خلال الأسبوع الأول"، وفقا للجنة المنظمة.', ["[اللجنة المنظمة | وفقا لـ] نتوقع أكثر من عشرين ألف زائر خلال الأسبوع الأول"]],
    // (the complementizer with its ف ends the source; a body's noun that opens with ل keeps it with the article)
    ['وتوقعت [[PERSON:سارة المطيري]] إقبالا كبيرا على المعرض. ووفقا للجنة المنظمة فإن "عدد الزوار سيتجاوز عشرين ألفا خلال الأسبوع الأول".', ["[اللجنة المنظمة | null] عدد الزوار سيتجاوز عشرين ألفا خلال الأسبوع الأول"]],
    ['وطبقاً لمصادر أمنية، فإن "المتهمين اعترفوا بتهريب الأسلحة عبر الحدود الشمالية خلال الشهرين الماضيين".', ["[مصادر أمنية | null] المتهمين اعترفوا بتهريب الأسلحة عبر الحدود الشمالية خلال الشهرين الماضيين"]],
    // (a body the entity stage tagged right after the ل)
    ['وارتفع عدد النازحين إلى الآلاف. ووفقا ل[[ORGANIZATION:الهلال الأحمر]]: "تم توزيع أكثر من ألفي خيمة على الأسر النازحة في المخيمات".', ["[الهلال الأحمر | null] تم توزيع أكثر من ألفي خيمة على الأسر النازحة في المخيمات"]],
    ['"لا تزال الأم ترقد في العناية المركزة بحالة حرجة"، طبقا لمصادر في المستشفى.', ["[مصادر | طبقا لـ] لا تزال الأم ترقد في العناية المركزة بحالة حرجة"]]
  ],
  "must not change: no source after the according word, lists, times, titles, asides": [
    // (a demonstrative: in accordance with that)
    ['وقال [[PERSON:خالد الشهري]] إن الطريق سيفتح قريبا. ووفقا لذلك، "ستبدأ الحركة المرورية صباح الأحد المقبل على المسارين".', ["[خالد الشهري | null] ستبدأ الحركة المرورية صباح الأحد المقبل على المسارين"]],
    // (a rule, a plan, a vision: in accordance with, no source)
    ['وأكد [[PERSON:خالد الشهري]] التزام الشركة بالمواعيد. ووفقا لمعايير الجودة المعتمدة، "يجب فحص كل شحنة قبل تسليمها للعميل".', []],
    ['وقال [[PERSON:خالد الشهري]] إن العمل يسير وفقا للخطة. وأضاف: "سننتهي من المرحلة الأولى قبل نهاية العام الجاري".', ["[خالد الشهري | أضاف] سننتهي من المرحلة الأولى قبل نهاية العام الجاري"]],
    // (a colon before a list)
    ["وتوزع الجوائز وفقا للترتيب التالي: الأول خمسون ألف ريال، والثاني ثلاثون ألفا، والثالث عشرون ألفا.", []],
    ["وجاءت نتائج الفرز وفقا للآتي: الرياض 40 في المائة، وجدة 35 في المائة، والدمام 25 في المائة.", []],
    // (a clock time)
    ["ويبدأ الحفل الساعة 10:30 صباحا بحضور أمير المنطقة، وفقا للبرنامج المعلن.", []],
    // (a title's colon)
    ["ونشرت الصحيفة مقالا بعنوان: «حين تصمت المدافع يتكلم الاقتصاد» تناول فيه الكاتب آثار الحرب وفقا لرؤيته.", []],
    // (an outlet between commas inside an attribution relays the words)
    ['وأكد الوزير [[PERSON:علي الحسن]]، وفقا لوكالة «الأناضول»، أن الحكومة "لن تتراجع عن قرارها مهما كانت الضغوط".', ["[علي الحسن | أكد] لن تتراجع عن قرارها مهما كانت الضغوط"]],
    // (the according forms with ل apart, and بحسب, as before)
    ['ووفقا لـ الشرطة: "لا تزال الأم ترقد في المستشفى بحالة حرجة".', ["[الشرطة | null] لا تزال الأم ترقد في المستشفى بحالة حرجة"]],
    ['وبحسب بيان للوزارة: "تم ضبط أكثر من مائة مخالف خلال الحملة التي استمرت أسبوعا".', ["[الوزارة | null] تم ضبط أكثر من مائة مخالف خلال الحملة التي استمرت أسبوعا"]]
  ],
  "must not change: colon speech the readers flagged, found since earlier sessions": [
    ["وقالت [[PERSON:منى العتيبي]] إن المشروع تأخر كثيرا. وتابعت حديثها: لا نريد وعودا جديدة بل نريد أفعالا على الأرض.", ["[منى العتيبي | تابعت] لا نريد وعودا جديدة بل نريد أفعالا على الأرض"]],
    ["وقالت [[PERSON:منى العتيبي]] إن المشروع تأخر كثيرا. وواصلت: لا نريد وعودا جديدة بل نريد أفعالا على الأرض.", ["[منى العتيبي | واصلت] لا نريد وعودا جديدة بل نريد أفعالا على الأرض"]],
    ["وتردد [[ORGANIZATION:طهران]] دوماً: «لا استقرار في المنطقة من دون مشاركتنا في كل الملفات».", ["[طهران | تردد] لا استقرار في المنطقة من دون مشاركتنا في كل الملفات"]],
    ['ونقلت الوكالة عن [[PERSON:أحمد السالم]] قوله: "إن الحكومة ستعلن الميزانية الأسبوع المقبل".', ["[أحمد السالم | نقلت] إن الحكومة ستعلن الميزانية الأسبوع المقبل"]],
    ['وفي المؤتمر الصحفي سأل [[PERSON:سيرجي لافروف]] نظيره الأمريكي:"هل تريدون حلا سياسيا أم لا؟".', ["[سيرجي لافروف | سأل] هل تريدون حلا سياسيا أم لا؟"]],
    ['ورد [[PERSON:خالد الدوسري]] قائلاً: "لم نتلق أي طلب رسمي من الاتحاد حتى الآن".', ["[خالد الدوسري | قائلاً] لم نتلق أي طلب رسمي من الاتحاد حتى الآن"]],
    ['وأفادت مصادر محلية " ان القوات دخلت المدينة فجر اليوم بعد اشتباكات عنيفة استمرت ساعات ".', ["[مصادر محلية | أفادت] ان القوات دخلت المدينة فجر اليوم بعد اشتباكات عنيفة استمرت ساعات"]]
  ]
}

describeQuoteTables("Arabic according words with a glued ل, and colon speech the readers flagged (fifty-third session, helper arcolon2)", tables)
