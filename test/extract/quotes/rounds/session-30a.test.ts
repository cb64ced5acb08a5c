import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 30 (helper, speakers; docs/history/quotes.md, "Thirtieth session (helper, speakers)"): the chain follows a person or
 * body the text newly makes a subject: a name between two commas right before the verb (`…، X، قالت إن`), the outlet
 * that published the text that is a sentence's subject (`حض مقال نشرته وكالة X على «…»`), and a former role in
 * construct with a body (`نائب رئيس الفيفا السابق`) is the person the chain holds, not the body; a feminine participle
 * of manner (`وتابعت متحمسة:`) names nobody; the definite words before `مقتل X` after `وصف` are its subject; a writer a
 * press review names before `في جريدة` speaks after it; an indefinite noun and adjective in the accusative after `لكن`
 * (`لكن مسؤولا رفيعا قال`) are a new speaker.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a name between two commas right before the verb": [
    // a role with a body in it, then the name: the name, not the body
    ['وقال الوزير [[PERSON:سامي الحداد]] إن «الحوار هو الحل الوحيد».\nوكانت المندوبة البريطانية في [[ORGANIZATION:الأمم المتحدة]]، [[PERSON:سارة مور]]، قالت إن البلاد تواجه "أقسى عقوبات منذ عقود طويلة".', ["[سامي الحداد | قال] الحوار هو الحل الوحيد", "[سارة مور | قالت] أقسى عقوبات منذ عقود طويلة"]],
    // an untagged body noun before the name, after `بيد أن`: the name, not the chain's last
    ['وقال الوزير [[PERSON:سامي الحداد]] إن «الحوار هو الحل الوحيد».\nبيد أن صحيفة الحزب الحاكم في البلاد، [[ORGANIZATION:صوت الشعب]]، قالت في وقت سابق إن أي هجوم سيقود إلى "حرب لا يمكن تخيل نهايتها".', ["[سامي الحداد | قال] الحوار هو الحل الوحيد", "[صوت الشعب | قالت] حرب لا يمكن تخيل نهايتها"]],
    // must stay: a verb with و after the apposition goes on with the sentence's subject
    ['والتقى الوزير [[PERSON:سامي الحداد]] بالسفير الجديد، [[PERSON:مراد علي]]، وقال إن «الحوار هو الحل الوحيد».', ["[سامي الحداد | قال] الحوار هو الحل الوحيد"]],
    // must stay: a name after the verb is its subject
    ['وكانت الحكومة، [[ORGANIZATION:وزارة المالية]]، قال [[PERSON:سامي الحداد]] إن «الخطة جاهزة للتنفيذ».', ["[سامي الحداد | قال] الخطة جاهزة للتنفيذ"]],
    // must stay: a list of names of one kind is no apposition
    ['وقال [[PERSON:سامي الحداد]] إن الوفد زار [[ORGANIZATION:وزارة المالية]]، [[ORGANIZATION:وزارة الخارجية]]، قال إن «اللقاءات كانت مثمرة».', ["[سامي الحداد | قال] اللقاءات كانت مثمرة"]],
    // must stay: a speaker named earlier in the sentence decides
    ['وقال [[PERSON:سامي الحداد]] إن «الحوار هو الحل الوحيد».\nوأكد المتحدث أن الوفد، [[PERSON:مراد علي]]، قال إن «الأمر انتهى منذ فترة طويلة».', ["[سامي الحداد | قال] الحوار هو الحل الوحيد", "[المتحدث | قال] الأمر انتهى منذ فترة طويلة"]]
  ],
  "the outlet that published the text a sentence opens with": [
    ['وقال الرئيس [[PERSON:جون سميث]] إن «كل الخيارات مطروحة».\nوفي يوم الأحد، حض مقال نشرته وكالة "[[ORGANIZATION:الأنباء المركزية]]" الرسمية الولايات المتحدة على "مراجعة حساباتها قبل أن تدفع ثمن مناوراتها قرب حدودنا".', ["[جون سميث | قال] كل الخيارات مطروحة", "[الأنباء المركزية | null] مراجعة حساباتها قبل أن تدفع ثمن مناوراتها قرب حدودنا"]],
    ['وقال الرئيس [[PERSON:جون سميث]] إن «كل الخيارات مطروحة».\nوحض تقرير نشرته صحيفة «[[ORGANIZATION:الأيام]]» الحكومة على "مراجعة الخطة قبل أن تتحول الأزمة إلى كارثة لا يمكن احتواؤها".', ["[جون سميث | قال] كل الخيارات مطروحة", "[الأيام | null] مراجعة الخطة قبل أن تتحول الأزمة إلى كارثة لا يمكن احتواؤها"]],
    // must stay: a document noun with no issuing verb after it, and one with the article (the chain's last)
    ['وقال الرئيس [[PERSON:جون سميث]] إن «كل الخيارات مطروحة».\nوحض مقال في صحيفة [[ORGANIZATION:الأنباء المركزية]] الولايات المتحدة على "مراجعة حساباتها قبل أن تدفع ثمن مناوراتها قرب حدودنا".', ["[جون سميث | قال] كل الخيارات مطروحة", "[جون سميث | null] مراجعة حساباتها قبل أن تدفع ثمن مناوراتها قرب حدودنا"]],
    ['وقال الرئيس [[PERSON:جون سميث]] إن «كل الخيارات مطروحة».\nوحض المقال الذي نشرته صحيفة [[ORGANIZATION:الأنباء المركزية]] الولايات المتحدة على "مراجعة حساباتها قبل أن تدفع ثمن مناوراتها قرب حدودنا".', ["[جون سميث | قال] كل الخيارات مطروحة", "[جون سميث | null] مراجعة حساباتها قبل أن تدفع ثمن مناوراتها قرب حدودنا"]]
  ],
  "a former role in construct with a body is the person the chain holds": [
    ['وقال الأمير [[PERSON:علي بن سالم]] في مقابلة مع [[ORGANIZATION:فرانس برس]] «يجب وصول وجوه جديدة».\nوحول سؤال عن ترشحه، أكد نائب رئيس [[ORGANIZATION:الفيفا]] السابق «لا أقوم الآن إلا بتبادل الأفكار مع الزملاء».\nوأضاف «المسألة ليست من سيكون الرئيس».', ["[علي بن سالم | قال] يجب وصول وجوه جديدة", "[علي بن سالم | أكد] لا أقوم الآن إلا بتبادل الأفكار مع الزملاء", "[علي بن سالم | أضاف] المسألة ليست من سيكون الرئيس"]],
    // must stay: the role without `السابق` (not the chain's person: the body, as before, until the forty-sixth session,
    // which gives a post's noun over a body its phrase, club helper's postOverBody), and a former role with nobody on the chain
    ['وقال الأمير [[PERSON:علي بن سالم]] في مقابلة مع [[ORGANIZATION:فرانس برس]] «يجب وصول وجوه جديدة».\nوأكد نائب رئيس [[ORGANIZATION:الفيفا]] «لا أقوم الآن إلا بتبادل الأفكار مع الزملاء».', ["[علي بن سالم | قال] يجب وصول وجوه جديدة", "[نائب رئيس الفيفا | أكد] لا أقوم الآن إلا بتبادل الأفكار مع الزملاء"]],
    ['وأكد نائب رئيس [[ORGANIZATION:الفيفا]] السابق «لا أقوم الآن إلا بتبادل الأفكار مع الزملاء».', ["[الفيفا | أكد] لا أقوم الآن إلا بتبادل الأفكار مع الزملاء"]]
  ],
  "a feminine participle of manner after the verb names nobody": [
    ['قالت الممثلة [[PERSON:ليلى حسن]] إنها استمتعت بالعمل.\nوتابعت متحمسة: «أنا في الدرجة الأولى ممثلة، وأستطيع أن أجسد أي دور يعرض علي».', ["[ليلى حسن | تابعت] أنا في الدرجة الأولى ممثلة، وأستطيع أن أجسد أي دور يعرض علي"]],
    // must stay: an untagged name, and a spokeswoman's phrase of more than one word
    ['قال الممثل [[PERSON:سامي الحداد]] إنه استمتع بالعمل.\nوقالت سميرة: «أنا في الدرجة الأولى ممثلة، وأستطيع أن أجسد أي دور يعرض علي».', ["[سميرة | قالت] أنا في الدرجة الأولى ممثلة، وأستطيع أن أجسد أي دور يعرض علي"]],
    ['قال الممثل [[PERSON:سامي الحداد]] إنه استمتع بالعمل.\nوقالت متحدثة باسم الشركة: «أنا في الدرجة الأولى ممثلة، وأستطيع أن أجسد أي دور يعرض علي».', ["[متحدثة باسم الشركة | قالت] أنا في الدرجة الأولى ممثلة، وأستطيع أن أجسد أي دور يعرض علي"]]
  ],
  "the subject before the object of a verb of describing": [
    // an indefinite noun in construct with a person is the thing described; the definite words before it speak
    ['وقال الوزير [[PERSON:سامي الحداد]] إن «العملية ناجحة».\nووصف البيت الأبيض مقتل [[PERSON:ناصر الوحيشي]] آنذاك بأنه «ضربة قوية للتنظيم في المنطقة كلها».', ["[البيت الأبيض | وصف] ضربة قوية للتنظيم في المنطقة كلها"]],
    // must stay: a role in construct before the person (the person speaks), and the person alone as the object
    ['وقال الوزير [[PERSON:سامي الحداد]] إن «العملية ناجحة».\nووصف وزير الخارجية [[PERSON:مراد علي]] الاتفاق بأنه «خطوة تاريخية نحو السلام في المنطقة كلها».', ["[مراد علي | وصف] خطوة تاريخية نحو السلام في المنطقة كلها"]],
    ['وقال الوزير [[PERSON:سامي الحداد]] إن «العملية ناجحة».\nووصف البيت الأبيض [[PERSON:مراد علي]] بأنه «شريك موثوق في الحرب على الإرهاب».', ["[البيت الأبيض | وصف] شريك موثوق في الحرب على الإرهاب"]]
  ],
  "a writer named in a press review": [
    // a verb, two untagged words, `في جريدة`: the writer, for the according phrase, `الكاتب` and a verb with no subject
    ['وفي صحيفة "الحياة"، قال [[PERSON:سامي الحداد]] إن "الزيارة تاريخية بكل المقاييس".\nوتحت عنوان "من الرابح من الزيارة؟"، يعدد ماجد خليل في جريدة "الصباح" المكاسب التي يمكن أن يجنيها البلد.\nوأول هذه المكاسب على حد قوله "خط النفط الذي سيمر عبر الصحراء إلى الميناء الجديد".\nويضيف الكاتب أن "الانفتاح سيخفف من حدة الحملات الإعلامية بين البلدين".\nويشير إلى أن "القرار الحقيقي بيد ولي العهد وحده في نهاية المطاف".', ["[سامي الحداد | قال] الزيارة تاريخية بكل المقاييس", "[ماجد خليل | null] خط النفط الذي سيمر عبر الصحراء إلى الميناء الجديد", "[ماجد خليل | يضيف] الانفتاح سيخفف من حدة الحملات الإعلامية بين البلدين", "[ماجد خليل | يشير] القرار الحقيقي بيد ولي العهد وحده في نهاية المطاف"]],
    // must stay: the name after a preposition, and a definite noun before `في جريدة`
    ['وفي صحيفة "الحياة"، قال [[PERSON:سامي الحداد]] إن "الزيارة تاريخية بكل المقاييس".\nونشرت مقالات عن ماجد خليل في جريدة "الصباح" قبل أيام.\nويضيف الكاتب أن "الانفتاح سيخفف من حدة الحملات الإعلامية بين البلدين".', ["[سامي الحداد | قال] الزيارة تاريخية بكل المقاييس", "[سامي الحداد | يضيف] الانفتاح سيخفف من حدة الحملات الإعلامية بين البلدين"]],
    ['وفي صحيفة "الحياة"، قال [[PERSON:سامي الحداد]] إن "الزيارة تاريخية بكل المقاييس".\nويعدد التقرير المنشور في جريدة "الصباح" المكاسب.\nويضيف الكاتب أن "الانفتاح سيخفف من حدة الحملات الإعلامية بين البلدين".', ["[سامي الحداد | قال] الزيارة تاريخية بكل المقاييس", "[سامي الحداد | يضيف] الانفتاح سيخفف من حدة الحملات الإعلامية بين البلدين"]]
  ],
  "an indefinite subject in the accusative after لكن": [
    // a noun and its adjective, both ending in ا: a new unnamed speaker, not the chain's last (the minister's two
    // words in marks are too short to be a quote of their own, but his name is on the chain)
    ['وقال الوزير [[PERSON:سامي الحداد]] إن «العقوبات ضرورية».\nولم تعلق الحكومة رسميا حتى الآن على الإجراءات الأخيرة، لكن مسؤولا رفيعا قال لوكالة [[ORGANIZATION:يونهاب]] الكورية الجنوبية "سنعلن ردنا في الوقت المناسب".', ["[مسؤولا رفيعا | قال] سنعلن ردنا في الوقت المناسب"]],
    // must stay: one adverb, a demonstrative and أيضا
    ['وقال الوزير [[PERSON:سامي الحداد]] إن «العقوبات ضرورية».\nولم تعلق الحكومة رسميا حتى الآن على الإجراءات الأخيرة، لكن لاحقا قال لوكالة [[ORGANIZATION:يونهاب]] الكورية الجنوبية "سنعلن ردنا في الوقت المناسب".', ["[سامي الحداد | قال] سنعلن ردنا في الوقت المناسب"]],
    ['وقال الوزير [[PERSON:سامي الحداد]] إن «العقوبات ضرورية».\nولم تعلق الحكومة رسميا حتى الآن على الإجراءات الأخيرة، لكن هذا أيضا قال لوكالة [[ORGANIZATION:يونهاب]] الكورية الجنوبية "سنعلن ردنا في الوقت المناسب".', ["[سامي الحداد | قال] سنعلن ردنا في الوقت المناسب"]]
  ]
}

describeQuoteTables("session 30: the chain follows the subject the text names", tables)
