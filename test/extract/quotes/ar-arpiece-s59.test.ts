import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-ninth session, helper arpiece (docs/history/quotes.md, "Fifty-ninth session: arpiece"), after the A114 and A115
 * readings: a web address's colon is no colon of speech; words given to a person the text names with the Prophet's
 * blessing are a hadith; short marks after a name noun and its adjectives of relation are a name, whatever verb
 * follows them; a verb of charging whose subject opens with a role of three words before the person; a time word
 * between a speech verb and its subject. Sentences written for these tests in the style of the wires and columns;
 * `[[PERSON:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the colon of a web address opens no speech": [
    [`وأهاب [[PERSON:سالم الخالدي]] بالمتقدمين، داعياً إلى التسجيل عبر البوابة على الرابط http://example.edu.sa/jobs وظائف تعليم الخرج`, []],
    [`ودعا [[PERSON:سالم الخالدي]] إلى زيارة الموقع https://example.org/apply للتقديم`, []],
    // must stay: a colon after the participle itself
    [
      `وأهاب [[PERSON:سالم الخالدي]] بالمتقدمين، داعياً: احضروا جميع الوثائق الأصلية إلى مقر اللجنة.`,
      ["[سالم الخالدي | داعياً] احضروا جميع الوثائق الأصلية إلى مقر اللجنة"]
    ]
  ],
  "words given to a person named with the Prophet's blessing are a hadith": [
    [
      `وقفت عند مخالفة الرماة أمر [[PERSON:محمد]] صلى الله عليه وسلم الذي أمّر عليهم رجلا، وقال لهم: «الزموا أماكنكم ولا تبرحوها أبدا» وفي رواية: «احموا ظهورنا ولا تتركوا الجبل»`,
      []
    ],
    [`وكان [[PERSON:موسى]] عليه السلام قد قال لقومه: «اصبروا فإن العاقبة للمتقين دائما»`, []],
    // must stay: a person with no blessing after the name keeps the words
    [
      `وقال الشيخ [[PERSON:محمد العلي]] في خطبة الجمعة: «الزموا أماكنكم ولا تتركوا أعمالكم أبدا»`,
      ["[محمد العلي | قال] الزموا أماكنكم ولا تتركوا أعمالكم أبدا"]
    ]
  ],
  "short marks after a name noun and its adjectives name an outlet": [
    [`وفي تصريحات نشرتها وكالة الأنباء الروسية «ريا نوفوستي»، قال ناطق باسم السفارة إن الموظف قتل في الهجوم.`, []],
    [`ونقلت صحيفة الأخبار المصرية «المسائية»، قال مصدر إن الاجتماع أرجئ.`, []],
    // must stay: words of speech before the attribution
    [
      `«الوضع تحت السيطرة تماما»، قال ناطق باسم السفارة الروسية.`,
      ["[ناطق باسم السفارة الروسية | قال] الوضع تحت السيطرة تماما"]
    ]
  ],
  "a verb of charging after a role of three words before the person": [
    [
      `ووعد رئيس الوزراء التركي [[PERSON:مراد أوزكان]] «بمواصلة تعزيز الأمن على حدودنا».`,
      ["[مراد أوزكان | وعد] بمواصلة تعزيز الأمن على حدودنا"]
    ],
    // as before: a role of one or two words
    [
      `ووعد الوزير [[PERSON:مراد أوزكان]] «بمواصلة تعزيز الأمن على حدودنا».`,
      ["[مراد أوزكان | وعد] بمواصلة تعزيز الأمن على حدودنا"]
    ],
    // must stay: a person far in the phrase who is the object, not the subject
    [`ووعدت الحكومة التركية المحافظة رئيسها [[PERSON:مراد أوزكان]] «بمواصلة تعزيز الأمن على حدودنا».`, []]
  ],
  "a time word between a speech verb and its subject": [
    [
      `وقالت أمس صحيفة [[ORGANIZATION:النهار]] اللبنانية: ليس المرء بالسنين وعددها بل بما يقدمه للناس.`,
      ["[النهار | قالت] ليس المرء بالسنين وعددها بل بما يقدمه للناس"]
    ],
    [
      `وقال الثلاثاء الوزير [[PERSON:خالد العمري]]: إن الموازنة الجديدة ستعلن قبل نهاية الشهر.`,
      ["[خالد العمري | قال] إن الموازنة الجديدة ستعلن قبل نهاية الشهر"]
    ],
    // must stay: a time word right before the complementizer, no subject after it
    [
      `وقال الوزير [[PERSON:خالد العمري]]: إن الموازنة ستعلن قريبا. وقال أمس إن الموعد لم يحدد بعد.`,
      ["[خالد العمري | قال] إن الموازنة ستعلن قريبا"]
    ]
  ],
  "a speech verb with its named subject and colon ends the colon quote before it": [
    [
      `وقالت [[PERSON:بدرة قعلول]]: إن الذين ينتمون إلى هذه التنظيمات نوعان وذهابهم «طمع مادي» وتضيف قعلول لـ«المدينة»: هناك أربعة أنواع منهم في السجون.`,
      ["[بدرة قعلول | قالت] إن الذين ينتمون إلى هذه التنظيمات نوعان وذهابهم «طمع مادي»", "[قعلول | تضيف] هناك أربعة أنواع منهم في السجون"]
    ]
  ]
}

describeQuoteTables("fifty-ninth session, arpiece", tables)
