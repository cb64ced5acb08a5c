/**
 * Fifty-second session, helper aroutlet: a newspaper or a body named in marks that does not speak. The source of an
 * outlet (`وقال مصدر «X»:`, `unnamedSource` in quotes/speakers.ts), an outlet's name after a word of addressing (`في
 * الحوار مع «X»`, `حديث أدلى به إلى «X»`: `addressedNameBefore` in the lexicon, read in quotes/extract.ts), an outlet
 * doing its own reporting (`والتقت «X» … مع Y`, `وتلقت «X» نسخة منه`: `outletVerbs`, `outletOwnVerb` and
 * `outletClauseStart`), a role's body in marks before its holder (`الأمين العام لـ«حزب X» فلان`: `markedRoleBody`) and
 * an unnamed member of a group (`عنصر سابق في «X»`: `memberNouns`). Sentences written for these tests in the style of
 * the wires.
 */
import { type QuoteRow, describeQuoteTables } from "./marked.js"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the source of an outlet speaks, not the outlet": [
    [
      "وسيطرت القوات على الميناء. وقال مصدر «[[ORGANIZATION:الشرق الأوسط]]»: «أسرنا ثلاثة من المسلحين قرب الميناء». وأضاف: «الوضع هادئ الآن».",
      ["[مصدر «الشرق الأوسط» | قال] أسرنا ثلاثة من المسلحين قرب الميناء", "[مصدر «الشرق الأوسط» | أضاف] الوضع هادئ الآن"]
    ],
    [
      "وقالت مصادر \"[[ORGANIZATION:عكاظ]]\": \"إن اللجنة سترفع توصياتها إلى الوزير خلال أيام\".",
      ["[مصادر \"عكاظ\" | قالت] إن اللجنة سترفع توصياتها إلى الوزير خلال أيام"]
    ]
  ],
  "an outlet's name after a word of addressing is no speech": [
    [
      "وأكد الخبير [[PERSON:جون سميث]] أن التنظيم يتمدد. وفي سياق الحوار مع «[[ORGANIZATION:الشرق الأوسط]]» أشار إلى أن الحل سياسي.",
      []
    ],
    [
      "ويعبر الباحث [[PERSON:جون سميث]] عن الخطر خلال حديث أدلى به إلى «[[ORGANIZATION:الشرق الأوسط]]» معتبرا أن الوضع خطير.",
      []
    ],
    ["وفي رسالة إلكترونية وصلت «[[ORGANIZATION:الشرق الأوسط]]» قال الباحثون إن الطائرة نجحت في الاختبار.", []]
  ],
  "an outlet that meets or receives is no subject": [
    [
      "والتقت «[[ORGANIZATION:الشرق الأوسط]]» أمام المصرف، مع [[PERSON:يانيس ديميتريو]]، الذي كان يقف في الطابور، وقال: «لماذا أعاني من هذا؟».",
      ["[يانيس ديميتريو | قال] لماذا أعاني من هذا؟"]
    ],
    [
      "وقال بيان للمكتب الإعلامي وتلقت «[[ORGANIZATION:الشرق الأوسط]]» نسخة منه إن «الوزير أكد دعمه الكامل للحكومة».",
      ["[بيان للمكتب الإعلامي | قال] الوزير أكد دعمه الكامل للحكومة"]
    ]
  ],
  "the holder of a role whose body is in marks, the member of a group": [
    [
      "الأمين العام لـ«[[ORGANIZATION:حزب الله]]» [[PERSON:حسن نصر الله]]، تساءل في أحد خطاباته بقوله: «ماذا ستفعل إيران بالمال؟».",
      ["[حسن نصر الله | بقوله] ماذا ستفعل إيران بالمال؟"]
    ],
    [
      "ويقال إن زعيم \"[[ORGANIZATION:حزب الله]]\" [[PERSON:حسن نصر الله]] كان قد طرح سؤالا في خطاب أخير قال فيه: \"من سيدفع ثمن هذه الحرب؟\"",
      ["[حسن نصر الله | قال] من سيدفع ثمن هذه الحرب؟"]
    ],
    [
      "إذ ينقل الكاتب عن عنصر سابق في «[[ORGANIZATION:داعش]]» قوله إن «الحدود ليست مشكلة لنا».",
      ["[عنصر سابق في «داعش» | ينقل] الحدود ليست مشكلة لنا"]
    ]
  ],
  "near misses: an outlet that speaks, a source told, a quote after مع": [
    ["وقالت «[[ORGANIZATION:الحياة]]» في افتتاحيتها: «الحكومة مطالبة بالإصلاح».", ["[الحياة | قالت] الحكومة مطالبة بالإصلاح"]],
    [
      "وقال مصدر مطلع لـ«[[ORGANIZATION:عكاظ]]»: «الاجتماع سيعقد الأسبوع المقبل».",
      ["[مصدر مطلع | قال] الاجتماع سيعقد الأسبوع المقبل"]
    ],
    [
      "وقال مصدر مسؤول في [[ORGANIZATION:وزارة الداخلية]]: «التحقيقات مستمرة مع الموقوفين».",
      ["[وزارة الداخلية | قال] التحقيقات مستمرة مع الموقوفين"]
    ],
    [
      "وقال الوزير [[PERSON:خالد العيسى]] في لقاء مع الصحافيين: «سنفتتح المستشفى الجديد قبل نهاية العام».",
      ["[خالد العيسى | قال] سنفتتح المستشفى الجديد قبل نهاية العام"]
    ],
    [
      "وأعلنت «[[ORGANIZATION:واس]]» أن الملك استقبل الوفد، وقالت: «جرى خلال الاستقبال استعراض العلاقات الثنائية».",
      ["[واس | قالت] جرى خلال الاستقبال استعراض العلاقات الثنائية"]
    ]
  ]
}

describeQuoteTables("Arabic quotes: outlets and bodies in marks that do not speak (session 52, aroutlet)", tables)
