import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Where an Arabic quote's words start and end (docs/quotes.md; docs/history/quotes.md, "Fifty-sixth session: arspan2"):
 * a colon quote with no marks ends at a comma before a speech verb whose subject is a tagged person (the narrator
 * reporting the speaker again in his own words); words after a complementizer closed by a lone mark with no opening
 * one are the writer's indirect speech, no quote; an outlet's name right after `لـ`, its closing mark left out, then a
 * colon, is no part of the words in the marks. Sentences written for these tests in the style of the wires;
 * `[[TYPE:text]]` marks become entities. Each table has rows that must not change.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a named speech verb after a comma ends a colon quote": [
    ["وقالت [[PERSON:أم خالد]]: إن العيد مناسبة لجمع شمل الأسرة والجيران في الحي، وأوضحت [[PERSON:أم خالد]] عن استعدادها للعيد أنها تجهز الحلوى منذ أسبوع.", ["[أم خالد | قالت] إن العيد مناسبة لجمع شمل الأسرة والجيران في الحي"]],
    ["وقال [[PERSON:سامي الحربي]]: المشروع يسير وفق الخطة الموضوعة ولم نسجل أي تأخير في مراحله، وأكد [[PERSON:فهد العنزي]] أن التسليم سيكون في موعده نهاية العام.", ["[سامي الحربي | قال] المشروع يسير وفق الخطة الموضوعة ولم نسجل أي تأخير في مراحله"]],
    // a title between the verb and the name; after a full stop, a verb of no saying with a title and a name
    ["وقال [[PERSON:سامي الحربي]]: المشروع يسير وفق الخطة ولم نسجل أي تأخير في مراحله، وأكد المهندس [[PERSON:فهد العنزي]] أن التسليم سيكون في موعده.", ["[سامي الحربي | قال] المشروع يسير وفق الخطة ولم نسجل أي تأخير في مراحله"]],
    ["وقال [[PERSON:سامي الحربي]]: المشروع يسير وفق الخطة ولم نسجل أي تأخير في مراحله. وشكر الدكتور [[PERSON:فهد العنزي]] فريق العمل على جهوده طوال العام.", ["[سامي الحربي | قال] المشروع يسير وفق الخطة ولم نسجل أي تأخير في مراحله"]],
    // must not change: a verb with no tagged person after it, a verb of no saying before a name
    ["وقال [[PERSON:نايف العتيبي]]: إن المشروع سينتهي قبل الصيف، وأكد لنا المهندسون أن العمل يسير وفق الخطة المرسومة.", ["[نايف العتيبي | قال] إن المشروع سينتهي قبل الصيف، وأكد لنا المهندسون أن العمل يسير وفق الخطة المرسومة"]],
    ["وقال [[PERSON:نايف العتيبي]]: سنواصل العمل في الجمعية مع كل المتطوعين، ورحم الله [[PERSON:محمد العلي]] الذي أسسها قبل عشرين عاما.", ["[نايف العتيبي | قال] سنواصل العمل في الجمعية مع كل المتطوعين، ورحم الله محمد العلي الذي أسسها قبل عشرين عاما"]]
  ],
  "words after a complementizer closed by a lone mark are no quote": [
    ["وأشار [[PERSON:زياد الشمري]] إلى أنه تم نقل المصاب إلى المستشفى بعد إصابة بالغة في رأسه».", []],
    ["وقال [[PERSON:تيم براون]]: «تحدثنا إلى المدرب أمس وأبدى استعداده للحوار»، مشيرا إلى أن العرض الرسمي يجب أن يصل من إدارة النادي».", ["[تيم براون | قال] تحدثنا إلى المدرب أمس وأبدى استعداده للحوار"]],
    // must not change: a verb and a comma before the words; a pair of marks after the complementizer
    ["قال [[PERSON:سامي الحداد]] إن اللجنة لم تتسلم أي خطاب.\nوتابع، لكن اللجنة ستنظر في الطلب حين يصلها من النادي بشكل رسمي».", ["[سامي الحداد | تابع] لكن اللجنة ستنظر في الطلب حين يصلها من النادي بشكل رسمي"]],
    ["وأشار [[PERSON:زياد الشمري]] إلى أن «المصاب نقل إلى المستشفى بعد إصابة بالغة في رأسه».", ["[زياد الشمري | أشار] المصاب نقل إلى المستشفى بعد إصابة بالغة في رأسه"]]
  ],
  "an outlet's name and a colon inside the marks after لـ": [
    ["وأكد العقيد [[PERSON:ناصر القحطاني]] في تصريح خاص لـ «المدينة: إن الفرق الميدانية أنهت أعمال الإنقاذ قبل منتصف الليل».", ["[ناصر القحطاني | أكد] إن الفرق الميدانية أنهت أعمال الإنقاذ قبل منتصف الليل"]],
    ["وقال [[PERSON:ناصر القحطاني]] لـ«الوطن: الطريق سيفتح أمام الحركة صباح الغد بعد انتهاء أعمال الصيانة».", ["[ناصر القحطاني | قال] الطريق سيفتح أمام الحركة صباح الغد بعد انتهاء أعمال الصيانة"]],
    // must not change: the outlet's marks closed, a colon inside words with no لـ before them
    ["وقال [[PERSON:ناصر القحطاني]] لـ«الوطن»: «الطريق سيفتح أمام الحركة صباح الغد بعد انتهاء أعمال الصيانة».", ["[ناصر القحطاني | قال] الطريق سيفتح أمام الحركة صباح الغد بعد انتهاء أعمال الصيانة"]],
    ["وقال [[PERSON:ناصر القحطاني]]: «الخلاصة: الطريق سيفتح أمام الحركة صباح الغد».", ["[ناصر القحطاني | قال] الخلاصة: الطريق سيفتح أمام الحركة صباح الغد"]]
  ]
}

describeQuoteTables("Arabic quote spans: a named verb after a comma, a lone closing mark, an outlet before a colon (fifty-sixth session, helper arspan2)", tables)
