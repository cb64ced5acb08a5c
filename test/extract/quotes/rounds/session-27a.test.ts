import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 27 (helper; docs/history/quotes.md, "Twenty-seventh session (helper)"): a person the entity stage tagged whose first
 * name folds as a stop word (`علي`, `بان`, `متى`, `صباح`) is the verb's subject; `"…"، هذا ما أضافه X` gives the
 * words to X when the verb before names no one of its own; `X الذي تابع: "…"` is speech; `بما يلي:` is no part of
 * the speaker; `كأنه يقول:` is nobody's speech; a verb after `، حيث` reads the clause's subject as a participle does;
 * `معلم X` before a clause's verb is the teacher; a name after a body's name in marks and before `بأنه` is the object
 * of a verb of describing; a list after `هي:` (and titles in marks inside it) and a web address alone are no quotes.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities, as in
 * real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a person whose first name folds as a stop word": [
    ["وقال [[PERSON:فهد الشمري]] : نحن جنود لهذا الوطن.\nوقال [[PERSON:علي المطيري]] : لا مكان للتطرف بيننا أبدا.", ["[فهد الشمري | قال] نحن جنود لهذا الوطن", "[علي المطيري | قال] لا مكان للتطرف بيننا أبدا"]],
    // untagged, `على` before a noun is the preposition: the chain's speaker stays
    ["وقال [[PERSON:فهد الشمري]] : نحن جنود لهذا الوطن.\nوقال على هامش اللقاء : لا مكان للتطرف بيننا أبدا.", ["[فهد الشمري | قال] نحن جنود لهذا الوطن", "[فهد الشمري | قال] لا مكان للتطرف بيننا أبدا"]],
    // an addressee with ل (a stop word) that the entity stage swallowed into a name is no subject: the woman named before speaks
    ["وكانت [[PERSON:ليلى حسن]] تهم بالخروج من منزلها، وقالت [[PERSON:لمحطة كي تي]] المحلية \"ركضنا وأغلقنا الباب خلفنا بسرعة\".", ["[ليلى حسن | قالت] ركضنا وأغلقنا الباب خلفنا بسرعة"]]
  ],
  "a trailing `هذا ما` and a verb with its pronoun after the marks": [
    ["وقال [[PERSON:خالد السالم]]: \"الفريق قادر على الفوز\". ووصف [[PERSON:ماجد الحربي]] بأنه \"لاعب لا يعرف الخسارة في أي مباراة\"، هذا ما أضافه [[PERSON:خالد السالم]] الذي تابع: \"سنعمل على الفوز في المباريات المقبلة\".", ["[خالد السالم | قال] الفريق قادر على الفوز", "[خالد السالم | أضافه] لاعب لا يعرف الخسارة في أي مباراة", "[خالد السالم | تابع] سنعمل على الفوز في المباريات المقبلة"]],
    // the trailing subject names nobody: the verb before keeps the quote
    ["وقال [[PERSON:خالد السالم]]: \"الفريق قادر على الفوز\". ووصف [[PERSON:ماجد الحربي]] بأنه \"لاعب لا يعرف الخسارة في أي مباراة\"، هذا ما أضافه المدرب.", ["[خالد السالم | قال] الفريق قادر على الفوز", "[ماجد الحربي | وصف] لاعب لا يعرف الخسارة في أي مباراة"]],
    // a verb with an object of its own after `وهذا ما` attributes nothing
    ["وقال [[PERSON:خالد السالم]]: \"الفريق قادر على الفوز\". ووصف [[PERSON:ماجد الحربي]] بأنه \"لاعب لا يعرف الخسارة في أي مباراة\"، وهذا ما أكد صحته [[PERSON:سامر العلي]].", ["[خالد السالم | قال] الفريق قادر على الفوز", "[ماجد الحربي | وصف] لاعب لا يعرف الخسارة في أي مباراة"]],
    // the verb before names its own subject: the trailing one confirms the words, it does not say them
    ["وقال [[ORGANIZATION:نادي الوحدة]] في بيان إن \"المدرب باق حتى نهاية الموسم\"، هذا ما أكده [[PERSON:سامر العلي]] أيضا.", ["[نادي الوحدة | قال] المدرب باق حتى نهاية الموسم"]]
  ],
  "a verb that is also a noun after a relative pronoun and before a colon": [
    ["وتحدث [[PERSON:سامر العلي]] الذي تابع: \"سنعمل على الفوز في المباريات المقبلة\".", ["[سامر العلي | تابع] سنعمل على الفوز في المباريات المقبلة"]],
    // no colon: the noun reading stays
    ["وكان [[PERSON:سامر العلي]] الذي تابع المباراة من المدرجات سعيدا بالنتيجة.", []],
    // a plural verb after `الذين`: the chant of people no entity names, not taken
    ["وقف [[PERSON:سامر العلي]] بين أنصاره الذين هتفوا: \"يعيش البطل الكبير دائما\".", []]
  ],
  "`بما` ends the speaker's phrase": [
    ["غرد أحد المشايخ بما يلي: \"نرفض هذا الفعل ونستنكره بشدة\".", ["[أحد المشايخ | غرد] نرفض هذا الفعل ونستنكره بشدة"]]
  ],
  "a verb after `كأن` is no cue": [
    ["وقال [[PERSON:سامر العلي]]: \"الفريق قادر على الفوز\". كأنه يقول بعبارة أخرى: لا تلوموا اللاعبين على الخسارة.", ["[سامر العلي | قال] الفريق قادر على الفوز"]],
    ["وقال [[PERSON:سامر العلي]]: \"الفريق قادر على الفوز\"، وكأنه يرد على منتقديه.", ["[سامر العلي | قال] الفريق قادر على الفوز"]],
    // `كان`, which folds as `كأن`, is no `كأن`
    ["وكان [[PERSON:سامر العلي]] يقول: الفريق قادر على الفوز دائما.", ["[سامر العلي | يقول] الفريق قادر على الفوز دائما"]]
  ],
  "a verb with no subject after a comma and `حيث`": [
    ["وقال وزير الخارجية [[PERSON:سامي الحربي]] \"لن يربح أحد إذا وقعت المواجهة\". وزاد من المخاوف ما نشره الرئيس [[PERSON:جون سميث]] في رسالة على حسابه، حيث أكد أن \"بلاده ليست خائفة من المواجهة وحدها\".", ["[سامي الحربي | قال] لن يربح أحد إذا وقعت المواجهة", "[جون سميث | أكد] بلاده ليست خائفة من المواجهة وحدها"]],
    // no one named in the clause before: the chain's speaker, as before
    ["وقال وزير الخارجية [[PERSON:سامي الحربي]] \"لن يربح أحد إذا وقعت المواجهة\". وزار الوزير العاصمة أمس، حيث أكد أن \"بلاده ليست خائفة من المواجهة وحدها\".", ["[سامي الحربي | قال] لن يربح أحد إذا وقعت المواجهة", "[سامي الحربي | أكد] بلاده ليست خائفة من المواجهة وحدها"]]
  ],
  "a possessor right before the person a clause opens with": [
    ["ونوه معلم [[PERSON:ريم سالم]] بتفوقها وقال إنها طالبة مجتهدة، «ريم متفوقة وتشارك في كل المسابقات المدرسية».", ["[معلم ريم سالم | قال] ريم متفوقة وتشارك في كل المسابقات المدرسية"]],
    ["ونوه والد [[PERSON:ريم سالم]] بتفوقها، مؤكدا أن «ريم متفوقة وتشارك في كل المسابقات المدرسية».", ["[والد ريم سالم | مؤكدا] ريم متفوقة وتشارك في كل المسابقات المدرسية"]],
    // a role with the article and a body before the name: the person, as before
    ["ونوه مدير المدرسة [[PERSON:سامي الحربي]] بتفوق الطالبة، مؤكدا أن «ريم متفوقة وتشارك في كل المسابقات المدرسية».", ["[سامي الحربي | مؤكدا] ريم متفوقة وتشارك في كل المسابقات المدرسية"]]
  ],
  "a name after a body's name in marks and before ب, after a verb of describing, is its object": [
    ["ووصفت صحيفة \"الأنباء\" [[PERSON:كريم سالم]] بأنه \"اختيار آمن وسلس للمنصب الجديد\".", ["[صحيفة \"الأنباء\" | وصفت] اختيار آمن وسلس للمنصب الجديد"]],
    // no ب after the name: the name closes the subject, as before
    ["واعتبر رئيس حزب «الأمة» [[PERSON:سامي الحربي]] أن «الحل الأفضل لأزمة المرور هو توسيع الطرق الرئيسية».", ["[سامي الحربي | اعتبر] الحل الأفضل لأزمة المرور هو توسيع الطرق الرئيسية"]]
  ],
  "no speech after `هي:` or in a web address alone": [
    ["وذكر المؤلف الدكتور [[PERSON:سامي الحربي]]، مشيرا إلى أن الكتاب يقع في 300 صفحة ووزع على ثلاثة أجزاء هي:الفقه، والتاريخ، والآداب العامة وذلك بلغة سهلة.", []],
    // titles in marks inside the list are no speech either
    ["وأوضح [[PERSON:حمود الحربي]] أن المتحدثين في اللقاء هم: الدكتور سامي العلي عن «أثر التقنية في تطوير التعليم العام»، والدكتور ماجد الحربي عن «مستقبل المدارس الأهلية في المنطقة».", []],
    // `هي` inside the speech, not before its colon: taken
    ["وقال [[PERSON:سامي الحربي]]: المطالب هي أولا تحسين الرواتب وثانيا تقليل ساعات العمل.", ["[سامي الحربي | قال] المطالب هي أولا تحسين الرواتب وثانيا تقليل ساعات العمل"]],
    // `هو:` opens a question as often as a list: taken
    ["وأوضح [[PERSON:سامي الحربي]] أن السؤال الأهم الآن هو: متى تعود الأسعار إلى مستواها السابق؟", ["[سامي الحربي | أوضح] متى تعود الأسعار إلى مستواها السابق؟"]],
    ["وأوضح [[PERSON:سامي الحربي]] أن التسجيل متاح للجميع، وقال: www.example.gov.sa", []],
    // an address inside the words: taken (under `قال` since the thirty-third session: a colon after `أوضح`'s reported
    // clause is no speech of `أوضح`'s, and `وقال:` reads the words)
    ["وأوضح [[PERSON:سامي الحربي]] أن التسجيل متاح للجميع، وقال: التسجيل متاح عبر الموقع www.example.gov.sa", ["[سامي الحربي | قال] التسجيل متاح عبر الموقع www.example.gov.sa"]]
  ]
}

describeQuoteTables("session 27: Arabic speakers (helper)", tables)
