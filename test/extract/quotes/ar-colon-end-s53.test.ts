import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Where a colon quote with no marks ends (docs/quotes.md, "Where a colon quote ends"; docs/history/quotes.md,
 * "Fifty-third session: colonend"): at a paragraph break the source flattened into a run of blanks (SaudiNewsNet's
 * scraper wrote most line breaks so: an interview on one line, a report whose paragraphs follow each other with three
 * spaces between), before a bullet of an interview's next question, and after a question that turns to another voice
 * over a colon (`… هنا؟ وكان الجواب: …`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]`
 * marks become entities. Rows that must not change: a long statement in one paragraph, a paragraph after a flattened
 * break that goes on with the speech (the first person, a complementizer, an item of a list), a question the speaker
 * goes on after, and blanks between two words.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a flattened paragraph break or an interview's bullet ends the quote": [
    // an interview printed on one line: the answer's quote ran on over every later question and answer
    ["وقال [[PERSON:فهد العنزي]] في حواره مع الصحيفة: كنت أتمنى أن أبقى مع النادي موسما آخر لكن الظروف لم تسمح.   * هل تلقيت عروضا من أندية أخرى؟ - نعم وصلتني ثلاثة عروض   * ومتى تحسم قرارك؟ - بعد نهاية المعسكر", ["[فهد العنزي | قال] كنت أتمنى أن أبقى مع النادي موسما آخر لكن الظروف لم تسمح"]],
    ["وأضاف [[PERSON:فهد العنزي]]: المهم أن يبقى الفريق في المقدمة وأن يعود الجمهور إلى المدرجات.    ** كيف ترى مستوى الدوري هذا الموسم؟   الدوري قوي والمنافسة مفتوحة بين أربعة أندية.", ["[فهد العنزي | أضاف] المهم أن يبقى الفريق في المقدمة وأن يعود الجمهور إلى المدرجات"]],
    // the writer's next paragraph, flattened: narration in the third person, a background note
    ["وقال [[PERSON:ماجد الشهري]]: إن فرق الدفاع المدني أخلت السكان من المبنى قبل وصول النيران إلى الطابق الثالث.   وقدم الأهالي شكرهم لفرق الإنقاذ على سرعة الاستجابة، وطالبوا بتركيب أجهزة إنذار في المباني القديمة.", ["[ماجد الشهري | قال] إن فرق الدفاع المدني أخلت السكان من المبنى قبل وصول النيران إلى الطابق الثالث"]],
    ["وأوضحت [[PERSON:سارة الغامدي]]: الحملة ستشمل جميع المدارس في المنطقة هذا العام.\u00a0\u00a0 تجدر الإشارة إلى أن الإدارة نظمت حملة مماثلة العام الماضي شارك فيها أكثر من ألف طالب.", ["[سارة الغامدي | أوضحت] الحملة ستشمل جميع المدارس في المنطقة هذا العام"]]
  ],
  "a question that turns to another voice over a colon ends the quote": [
    ["وسألت [[PERSON:منى الحربي]]: هل يمكن تجربة هذا الطبق قبل طلبه؟ وكان الرد سريعا: «بالطبع»، فجاء النادل بطبق صغير ووضعه أمامنا وشرح لنا مكوناته بالتفصيل.", ["[منى الحربي | سألت] هل يمكن تجربة هذا الطبق قبل طلبه؟"]],
    ["وسأل [[PERSON:خالد السبيعي]] أحد الشبان في المخيم: ما شعورك تجاه ما جرى في القرية؟ فكانت إجابته باختصار: شعور بالحزن والغضب، وهذا بالضبط ما غاب عن الحملات الإعلامية طوال الأشهر الماضية.", ["[خالد السبيعي | سأل] ما شعورك تجاه ما جرى في القرية؟"]]
  ],
  "must not change: speech that goes on": [
    // a long statement of several sentences in one paragraph stays whole
    ["وقال [[ORG:المركز الإعلامي بنادي الاتحاد]] في بيانه: استكمالا للمفاوضات السابقة، عاودت الإدارة اتصالاتها مع إدارة نادي الشباب بشأن انتقال اللاعب. وقد شهدت المفاوضات خطوات متسارعة من الجانبين، لتأتي الموافقة الرسمية بعد يومين. والمركز إذ يصدر هذا التوضيح، ليؤكد أن الإدارة تعمل ضمن رؤية واضحة تلتزم المصداقية.", ["[المركز الإعلامي بنادي الاتحاد | قال] استكمالا للمفاوضات السابقة، عاودت الإدارة اتصالاتها مع إدارة نادي الشباب بشأن انتقال اللاعب. وقد شهدت المفاوضات خطوات متسارعة من الجانبين، لتأتي الموافقة الرسمية بعد يومين. والمركز إذ يصدر هذا التوضيح، ليؤكد أن الإدارة تعمل ضمن رؤية واضحة تلتزم المصداقية"]],
    // after a flattened break: the first person, a complementizer, an item of the statement's list
    ["وقال [[PERSON:تركي الدوسري]]: إن الشراكة الجديدة ستفتح أسواقا واسعة أمام الطيران الخاص في المنطقة.   ونحن سعداء بهذه الشراكة وسنعمل معا على تطويرها خلال السنوات المقبلة.", ["[تركي الدوسري | قال] إن الشراكة الجديدة ستفتح أسواقا واسعة أمام الطيران الخاص في المنطقة.   ونحن سعداء بهذه الشراكة وسنعمل معا على تطويرها خلال السنوات المقبلة"]],
    ["وقال [[PERSON:عادل الجبير]]: إن مصر جزء أساسي من التحالف في اليمن.   وأنها ملتزمة بدعم التحالف سياسيا وعسكريا وليس هناك أي تغيير في موقفها.", ["[عادل الجبير | قال] إن مصر جزء أساسي من التحالف في اليمن.   وأنها ملتزمة بدعم التحالف سياسيا وعسكريا وليس هناك أي تغيير في موقفها"]],
    ["وقال [[PERSON:تركي الدوسري]]: إن الجامعة قبلت الطالبة وفق الرغبات التي أدخلتها في البوابة، وهي:   الرغبة الأولى: علوم الحاسب.   الرغبة الثانية: الرياضيات.", ["[تركي الدوسري | قال] إن الجامعة قبلت الطالبة وفق الرغبات التي أدخلتها في البوابة، وهي:   الرغبة الأولى: علوم الحاسب.   الرغبة الثانية: الرياضيات"]],
    // a question the speaker goes on after, with no colon; blanks between two words of a sentence
    ["وقال [[PERSON:خالد السبيعي]]: متى تنتهي معاناة سكان الحي مع انقطاع المياه؟ ولماذا لا تلتزم الشركة بمواعيد الصهاريج التي وعدت بها الأهالي قبل شهرين؟", ["[خالد السبيعي | قال] متى تنتهي معاناة سكان الحي مع انقطاع المياه؟ ولماذا لا تلتزم الشركة بمواعيد الصهاريج التي وعدت بها الأهالي قبل شهرين؟"]],
    ["وقال [[PERSON:عادل الجبير]]: المشكلة   ليست في الأسعار بل في غياب الرقابة على الأسواق طوال العام.", ["[عادل الجبير | قال] المشكلة   ليست في الأسعار بل في غياب الرقابة على الأسواق طوال العام"]]
  ]
}

describeQuoteTables("Arabic colon quotes end at a flattened paragraph break or a dialogue's turn (fifty-third session, helper colonend)", tables)
