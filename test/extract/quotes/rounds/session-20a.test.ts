import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 20 (docs/history/quotes.md, "Twentieth session"): a speech verb with في and a pronoun (`قال فيه`, `يقول فيها`) and
 * no subject speaks for the issuer of the text named before it; two words in marks in a reported clause that open
 * with a negation or close with an adverb or a preposition and its pronoun are speech even where the clause goes on;
 * an organisation the entity stage tagged as a body's one noun (`الوكالة`) is the body named before with that noun;
 * a negation that opens short words in marks after a verb is no name; colon speech that opens with its own verb,
 * subject and colon (`قال: قال رسول الله …:`) is that verb's; a verb of describing with a named subject quotes two
 * words through `بـ` (`ووصف X الاتفاق بـ"…"`). Sentences written for these tests in the style
 * of the wires; `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb with فيه or فيها speaks for the issuer of the text before it": [
    // a relative clause names the issuer after the noun
    [
      'وأدانت الهيئة الهجوم على القافلة. جاء ذلك في البيان الذي أصدره الأمين العام للهيئة [[PERSON:سامي الخطيب]]، وقال فيه: "إن الهيئة تتابع بقلق بالغ ما جرى للقافلة".',
      ["[سامي الخطيب | قال] إن الهيئة تتابع بقلق بالغ ما جرى للقافلة"]
    ],
    // the subject of the clause whose object is the text
    [
      'وقال المتحدث [[PERSON:فهد العتيبي]] إن الاجتماع انتهى. ثم ألقى رئيس الجمعية [[PERSON:خالد السالم]] كلمة قال فيها: "نشكر كل من ساهم في إنجاح هذا الملتقى".',
      ["[خالد السالم | قال] نشكر كل من ساهم في إنجاح هذا الملتقى"]
    ],
    // a noun after a preposition: the person named after it
    [
      'وقال الوزير [[PERSON:فهد العتيبي]] إن المحادثات مستمرة. ونشرت الصحف بتصريح منسوب لـ[[PERSON:هالة سعيد]] قالت فيه إن "الخلاف لن يحل قبل نهاية العام".',
      ["[هالة سعيد | قالت] الخلاف لن يحل قبل نهاية العام"]
    ],
    // a person right after the subject is the verb's object, not the issuer
    [
      'وقال المدرب [[PERSON:فهد العتيبي]] إن الفريق جاهز. وانتقد [[PERSON:خالد السالم]] [[PERSON:سامي الخطيب]] في تغريدة قال فيها "التحكيم ظلم فريقنا مرة أخرى".',
      ["[خالد السالم | قال] التحكيم ظلم فريقنا مرة أخرى"]
    ]
  ],
  "a text with a possessive pronoun is left to the rules before": [
    [
      'وقال المدرب [[PERSON:فهد العتيبي]] إن الفريق جاهز. وتداول الجمهور صورة اللاعب [[PERSON:سامي الخطيب]] وتصريحاته التي أكد فيها: "سأبقى مع الفريق حتى نهاية الموسم".',
      // (the possessor, read by the relative clause's rules, not the coach quoted last)
      ["[سامي الخطيب | أكد] سأبقى مع الفريق حتى نهاية الموسم"]
    ]
  ],
  "two words in marks that read as a predicate in a reported clause": [
    [
      'وقال الوزير [[PERSON:خالد السالم]] إن الحكومة "تعمل معنا" في هذا الملف منذ أشهر.',
      ["[خالد السالم | قال] تعمل معنا"]
    ],
    [
      'وأكد الوزير [[PERSON:سامي الخطيب]] أن المجلس "لم يستطع" إقرار الميزانية في موعدها.',
      ["[سامي الخطيب | أكد] لم يستطع"]
    ],
    [
      'وقالت المتحدثة [[PERSON:هالة سعيد]] إن الوضع في المدينة "متوتر جدا" منذ مساء أمس.',
      ["[هالة سعيد | قالت] متوتر جدا"]
    ]
  ],
  "two words that run on with no such sign stay out": [
    [
      'وقال الوزير [[PERSON:خالد السالم]] إن قوات "درع الوطن" انتشرت في المدينة.',
      []
    ],
    [
      'وقال الوزير [[PERSON:خالد السالم]] إن المشروع "خطوة كبيرة" نحو تنويع الاقتصاد.',
      []
    ]
  ],
  "a body's one noun tagged as an organisation is the body named before with it": [
    [
      'وقالت [[ORGANIZATION:وكالة التصنيف العالمية]] في بيان إنها رفعت تصنيف البلاد. وقالت [[ORGANIZATION:الوكالة]] "إن التصنيف سيبقى مرتبطا بخفض العجز في الموازنة".',
      ["[وكالة التصنيف العالمية | قالت] إن التصنيف سيبقى مرتبطا بخفض العجز في الموازنة"]
    ],
    // (no body named before with the noun: the noun stays)
    [
      'وقالت [[ORGANIZATION:الوكالة]] "إن التصنيف سيبقى مرتبطا بخفض العجز في الموازنة".',
      ["[الوكالة | قالت] إن التصنيف سيبقى مرتبطا بخفض العجز في الموازنة"]
    ]
  ],
  "colon speech that opens with its own verb, subject and colon is that verb's": [
    [
      'وفي الحديث الذي رواه [[PERSON:أبو هريرة]] قال: قال رسول الله صلى الله عليه وسلم: "من كان يؤمن بالله واليوم الآخر فليقل خيرا أو ليصمت".',
      // (no quote since the forty-fourth session: a hadith is no news quote)
      []
    ],
    [
      'وروت السيدة [[PERSON:سلمى حسن]] ما جرى وقالت: قال لي الموظف في المركز: اذهبي ولا تعودي إلى هنا مرة أخرى.',
      ["[الموظف | قال] اذهبي ولا تعودي إلى هنا مرة أخرى"]
    ]
  ],
  "a verb of describing with a named subject quotes through the ب before the marks": [
    [
      'ووصف الوزير [[PERSON:سامي العلي]] الاتفاق بـ"خطوة تاريخية".',
      ["[سامي العلي | وصف] خطوة تاريخية"]
    ],
    [
      'ومن جانبه، وصف [[PERSON:خالد السالم]] رئيس اللجنة نتائج الموسم بـ«الإنجاز الكبير».',
      ["[خالد السالم | وصف] الإنجاز الكبير"]
    ],
    // (no name right after the verb: the object runs into the phrase, and a verbal noun has no subject)
    [
      'ووصفت الحكومة الغارات الأخيرة بـ"العدوان السافر".',
      []
    ],
    [
      'ورفض المتحدث الحديث عن وصف الحادث بـ"العمل الإرهابي".',
      []
    ]
  ],
  "a negation in short marks after a verb is speech, not a name": [
    [
      'وسأل الرجل الشيخ [[PERSON:صالح العمري]] عن نصيحة، فقال "لا تغضب"، ثم قال [[PERSON:صالح العمري]]: "الحلم سيد الأخلاق كلها".',
      ["[صالح العمري | قال] الحلم سيد الأخلاق كلها"]
    ]
  ]
}

describeQuoteTables("session 20: documents, predicates in marks, body nouns, negations", tables)
