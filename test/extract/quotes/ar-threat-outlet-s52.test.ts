/**
 * Fifty-second session, helper arthreat: the outlet a speaker told something (`في حديث لـ«X»`, `وأكد لـ"X" أن`,
 * `لرويترز`) is no subject of a clause whose speaker is read from its words (`clauseSubject` in quotes/arabic.ts,
 * `toldOutlet`): a subjectless verb or a participle after it went to the outlet. And the object of a verb of denial
 * (`ونفى وجود أي صفقة`, `ونفت الشركة وجود أي خلاف`) ends the speaker phrase (`deniedObjectStart` in quotes/cues.ts,
 * `deniedObjects` in the lexicon). Sentences written for these tests in the style of the wires.
 */
import { type QuoteRow, describeQuoteTables } from "./marked.js"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the outlet after ل is told, it does not speak": [
    // a noun of an interview before it: the subjectless verb goes on with the chain's speaker
    [
      "وقالت الممثلة [[PERSON:ريم حداد]] إن الموسم كان ناجحا. وأشارت في حديث لـ«[[ORGANIZATION:الشرق الأوسط]]» إلى أنها تقرأ كثيرا في أوقات الفراغ وقالت: «أحب الروايات التاريخية أكثر من غيرها».",
      ["[ريم حداد | قالت] أحب الروايات التاريخية أكثر من غيرها"]
    ],
    // a speech verb right before it, the outlet in straight marks
    [
      "وقال رئيس البلدية [[PERSON:فهد الدوسري]] إن أعمال الصيانة بدأت. وأكد لـ\"[[ORGANIZATION:سبق]]\" أن المشروع سينتهي قبل الصيف، وقال: \"سنفتح الحديقة للعائلات في شهر رمضان\".",
      ["[فهد الدوسري | قال] سنفتح الحديقة للعائلات في شهر رمضان"]
    ],
    // a news agency glued to ل after any word: no speaker rather than the agency
    [
      "وقلل دبلوماسي غربي ل[[ORGANIZATION:رويترز]] من شأن اللقاء قائلا: إنه جزء من مشاورات دورية مع الحكومة.",
      ["[null | قائلا] إنه جزء من مشاورات دورية مع الحكومة"]
    ]
  ],
  "the object of a verb of denial is no word of its speaker": [
    [
      "ونفت الشركة وجود أي خلاف مع الوزارة، مؤكدة أن «العمل يسير وفق الخطة المرسومة».",
      ["[الشركة | مؤكدة] العمل يسير وفق الخطة المرسومة"]
    ],
    // no subject after the verb: the chain's speaker
    [
      "وقال مدير الشرطة [[PERSON:سالم الزهراني]] إن التحقيق مستمر. ونفى وجود أي دليل على تورط جهة خارجية، مؤكدا أن «كل الاحتمالات مفتوحة أمام المحققين».",
      ["[سالم الزهراني | مؤكدا] كل الاحتمالات مفتوحة أمام المحققين"]
    ],
    // a noun right before أي after a definite word
    [
      "ونفى والد الطالبة زيارة أي مسؤول من المدرسة له، وقال: \"لم يسأل عنا أحد منذ الحادث\".",
      ["[والد الطالبة | قال] لم يسأل عنا أحد منذ الحادث"]
    ]
  ],
  "near misses of the object: a noun of the list inside a subject, a named subject, a name that folds as أي": [
    [
      "قال المعارض الصيني [[PERSON:آي ويوي]] إن السلطات أعادت جوازه. وقال آي (58 عاما) لرويترز إن «الشرطة اتصلت به صباح اليوم».",
      ["[آي | قال] الشرطة اتصلت به صباح اليوم"]
    ],
    ["وقال الفنان آي ويوي إن «الشرطة اتصلت به صباح اليوم».", ["[الفنان آي ويوي | قال] الشرطة اتصلت به صباح اليوم"]],
    ["وقال مدير صحة الرياض إن «الخدمات ستعود إلى طبيعتها خلال يومين».", ["[مدير صحة الرياض | قال] الخدمات ستعود إلى طبيعتها خلال يومين"]],
    [
      "ونفى المتحدث [[PERSON:تركي الشهري]] صحة الأنباء المتداولة، مضيفا: «لم يصدر أي قرار بهذا الشأن حتى الآن».",
      ["[تركي الشهري | مضيفا] لم يصدر أي قرار بهذا الشأن حتى الآن"]
    ]
  ],
  "near misses: ل after a role, a body with no ل, an outlet that speaks, an outlet past the clause's first words": [
    // (one adjective between the noun of a statement and ل: the outlet stood past the words read for the subject already)
    [
      "وتحدث المهندس [[PERSON:سعد الحربي]] عن المشروع أمس. وأوضح في تصريحات خاصة لـ«[[ORGANIZATION:المدينة]]» أن الأعمال ستنتهي قريبا، وقال: «سنسلم المبنى قبل بداية العام الدراسي».",
      ["[سعد الحربي | قال] سنسلم المبنى قبل بداية العام الدراسي"]
    ],
    [
      "واستقبل المدير التنفيذي لـ«[[ORGANIZATION:مجموعة الأفق]]» الوفد الزائر، مؤكدا أن «الشراكة ستتوسع في العام المقبل».",
      ["[مجموعة الأفق | مؤكدا] الشراكة ستتوسع في العام المقبل"]
    ],
    [
      "وأشاد رئيس [[ORGANIZATION:نادي الهلال]] بالفريق، قائلا: «اللاعبون قدموا موسما استثنائيا بكل المقاييس».",
      ["[نادي الهلال | قائلا] اللاعبون قدموا موسما استثنائيا بكل المقاييس"]
    ],
    [
      "ونشرت صحيفة «[[ORGANIZATION:الراية]]» افتتاحيتها أمس، مؤكدة أن «الحوار هو الطريق الوحيد لحل الأزمة».",
      ["[الراية | مؤكدة] الحوار هو الطريق الوحيد لحل الأزمة"]
    ],
    [
      "وأكد الوزير [[PERSON:خالد العتيبي]] لـ«[[ORGANIZATION:الشرق الأوسط]]» أن «الخطة تسير وفق الجدول المحدد لها».",
      ["[خالد العتيبي | أكد] الخطة تسير وفق الجدول المحدد لها"]
    ]
  ]
}

describeQuoteTables("an outlet that was told is no speaker (fifty-second session, helper arthreat)", tables)
