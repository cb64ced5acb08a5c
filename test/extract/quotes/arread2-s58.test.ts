import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-eighth session, helper arread2 (docs/history/quotes.md, "Fifty-eighth session: arread2"), after the A112 and
 * A113 readings: short pieces in marks after `عن` of a verb of expressing or revealing and after a participle of
 * likening; a statement after `بيانا صحفيا جاء فيه:`; an abbreviation's dots (`إن.بي.سي`) that end no sentence; hadiths
 * known by their source note, their narrating companion or the blessing `صلوات الله وسلامه عليه`, and a verse with a bare
 * reference after its bracket. Sentences written for these tests in the style of the wires and columns;
 * `[[PERSON:text]]` marks become entities.
 */

const VERSE = "(وَلَا تَقْرَبُوا مَالَ الْيَتِيمِ إِلَّا بِالَّتِي هِيَ أَحْسَنُ)"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the object of a verb of expressing after عن and a noun with its pronoun": [
    [
      `وأعرب رئيس الوزراء [[PERSON:جون سميث]] أمس عن استعداده "تقديم دعم إضافي" للبلدين.`,
      ["[جون سميث | أعرب] تقديم دعم إضافي"]
    ],
    // a later piece of the same sentence goes on with it
    [
      `وأعرب رئيس الوزراء [[PERSON:جون سميث]] أمس عن استعداده "تقديم دعم إضافي" للبلدين لمواجهة "أزمة غير مسبوقة" في المنطقة.`,
      ["[جون سميث | أعرب] تقديم دعم إضافي", "[جون سميث | null] أزمة غير مسبوقة"]
    ],
    // after a phrase of لـ, marks that open with a preposition
    [
      `وعبر [[PERSON:علي حسن]] عن امتنانه لدول الجوار «على ما قدمته من دعم للاجئين» خلال الأزمة.`,
      ["[علي حسن | عبر] على ما قدمته من دعم للاجئين"]
    ],
    // must stay: a phrase of لـ before marks that open with no preposition names a thing
    [`وعبر [[PERSON:علي حسن]] عن امتنانه لدول الجوار «مجلس التعاون الخليجي» خلال الأزمة.`, []],
    // must stay: no verb of expressing before عن
    [`وتحدث [[PERSON:علي حسن]] عن استعداده "تقديم دعم إضافي" للبلدين.`, []],
    // the shape of a speech verb and its complementizer, as before
    [
      `وقال رئيس الوزراء [[PERSON:جون سميث]] أمس إنه مستعد "لتقديم دعم إضافي" للبلدين لمواجهة "أزمة غير مسبوقة" في المنطقة.`,
      ["[جون سميث | قال] لتقديم دعم إضافي", "[جون سميث | قال] أزمة غير مسبوقة"]
    ]
  ],
  "a verb of revealing, عن and one word before marks that open with a preposition": [
    [`وكشف [[PERSON:علي حسن]] عن أكثر "من ألفي مخالفة" خلال الشهر الماضي.`, ["[علي حسن | كشف] من ألفي مخالفة"]],
    // must stay: marks that open with no preposition (a plan's name)
    [`وكشف [[PERSON:علي حسن]] عن خطة "التنمية الوطنية الشاملة" أمس.`, []]
  ],
  "a participle of likening before its object and marks that open with ب": [
    [`ويرى [[PERSON:علي حسن]] أن الأسواق تشهد فوضى كبيرة، مشبهًا الحال «بالفوضى الشاملة».`, ["[علي حسن | مشبهًا] بالفوضى الشاملة"]],
    // must stay: no comma before the participle
    [`وكان الرسام مشبهًا الحال «بالفوضى الشاملة» في لوحته.`, []]
  ],
  "must stay: these rules take no label in marks (a known false quote of the verb after it, left as it was)": [
    [
      `وقال [[PERSON:علي حسن]] إن الحوثيين وصفوا المقاومة بأنها من عناصر «القاعدة ودواعش ومرتزقة» وهو غير صحيح.`,
      ["[علي حسن | قال] القاعدة ودواعش ومرتزقة"]
    ]
  ],
  "a statement after بيانا صحفيا جاء فيه: issued by the subject of أصدرت": [
    [
      `وأصدرت الجامعة بيانا صحفيا جاء فيه:إشارة إلى ما نشر في الصحف عن تأخر صرف المكافآت فإن الجامعة تؤكد أن الصرف تم في موعده.`,
      ["[الجامعة | جاء فيه] إشارة إلى ما نشر في الصحف عن تأخر صرف المكافآت فإن الجامعة تؤكد أن الصرف تم في موعده"]
    ],
    [
      `وأصدرت [[ORGANIZATION:جامعة حائل]] بيانا رسميا جاء فيه: إن الصرف تم في موعده المحدد دون أي تأخير يذكر.`,
      ["[جامعة حائل | جاء فيه] إن الصرف تم في موعده المحدد دون أي تأخير يذكر"]
    ],
    // must stay: no verb of issuing before the statement's noun
    [`وقرأ المذيع في النشرة بيانا صحفيا جاء فيه: إن الصرف تم في موعده المحدد دون أي تأخير يذكر.`, ["[null | جاء فيه] إن الصرف تم في موعده المحدد دون أي تأخير يذكر"]]
  ],
  "the dots of an abbreviation spelled in letters' names end no sentence": [
    [
      `وقال [[PERSON:كاميرون]] لشبكة (إن.بي.سي) الأمريكية “أود أن تبذل بريطانيا المزيد. علي دائما أن أقنع البرلمان.`,
      ["[كاميرون | قال] أود أن تبذل بريطانيا المزيد. علي دائما أن أقنع البرلمان"]
    ],
    [`وقال [[PERSON:كاميرون]] لشبكة (بي.بي.سي) “أود أن تبذل بريطانيا المزيد في هذا الملف”.`, ["[كاميرون | قال] أود أن تبذل بريطانيا المزيد في هذا الملف"]],
    // must stay: a full stop glued between two words that spell no letters ends its sentence
    [`انتهى الاجتماع في موعده.وقال [[PERSON:كاميرون]] “أود أن تبذل بريطانيا المزيد في هذا الملف”.`, ["[كاميرون | قال] أود أن تبذل بريطانيا المزيد في هذا الملف"]]
  ],
  "hadiths and verses are no news quotes": [
    [`وقد حث النبي على بر الوالدين، فقد قال صلوات الله وسلامه عليه : (من أحب أن يبسط له في رزقه فليصل رحمه)، رواه البخاري.`, []],
    [`وفي فضل الجهاد: «جاء رجل إلى النبي يستأذنه في الجهاد فقال أحي والداك قال نعم قال ففيهما فجاهد» متفق عليه.`, []],
    [`وقال: «من أحب أن يبسط له في رزقه فليصل رحمه» رواه مسلم.`, []],
    [`وقال: «من أحب أن يبسط له في رزقه فليصل رحمه» صحيح البخاري.`, []],
    [`فعن عبد الله بن عمرو - رضي الله تعالى عنهما - قال: «جاء رجل إلى النبي يستأذنه في الجهاد فقال ففيهما فجاهد».`, []],
    [`وحذر الله من أكل أموال اليتامى في كتابه الكريم حين قال : ${VERSE} الأنعام :152`, []],
    // must stay: a companion's blessing after a named speaker is no chain (the verb names its subject)
    [`وقال الشيخ [[PERSON:سعد الفهد]]: «إن بر الوالدين من أعظم القربات عند الله».`, ["[سعد الفهد | قال] إن بر الوالدين من أعظم القربات عند الله"]],
    // must stay: a word after the closing mark that is no source note
    [`وقال [[PERSON:سعد الفهد]]: «إن بر الوالدين من أعظم القربات» رغم مشاغل الحياة.`, ["[سعد الفهد | قال] إن بر الوالدين من أعظم القربات"]]
  ]
}

describeQuoteTables("fifty-eighth session, helper arread2: Arabic pieces after عن, statements, abbreviations and hadiths", tables)
