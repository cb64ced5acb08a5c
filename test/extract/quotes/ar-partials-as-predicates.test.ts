import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Session 23, second round (docs/history/quotes.md, "Twenty-third session, second round (helper)"): two words in marks inside
 * the clause a speech verb reports after its complementizer are its subject's words when they read as a predicate:
 * the clause runs on after them with a preposition (`"تراجعا كبيرا" في …`), they open with an adjective of an
 * improper annexation and go on with the article (`"شديد اللهجة"`, `"غير المسبوق"`), close with an adverb with the
 * article or not (`"مرضية للغاية"`), or open with a preposition or `أي` (`"على وشك"`, `"أي تهديد"`); three words far
 * from the verb in that clause when they open with a negation or close with such an adverb. Names and terms stay out.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities, as in
 * real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the reported clause runs on after the marks with a preposition": [
    [
      'وقال [[PERSON:خالد منصور]] رئيس البنك المركزي إن خفض الفائدة سيتطلب "تراجعا كبيرا" في أسعار المستهلكين.',
      ['[خالد منصور | قال] تراجعا كبيرا']
    ],
    [
      'وأضاف [[PERSON:خالد منصور]] أن تأجيل الانتخابات مرة أخرى سيكون "وصمة عار" على جبين الحكومة.',
      ['[خالد منصور | أضاف] وصمة عار']
    ],
    [
      'وقالت [[ORGANIZATION:وزارة الدفاع]] إن قواتها وجهت "ضربات موجعة" إلى مواقع المسلحين شمال المدينة.',
      ['[وزارة الدفاع | قالت] ضربات موجعة']
    ]
  ],
  "an adjective of an improper annexation, an adverb last, a preposition or أي first": [
    [
      'وقالت [[ORGANIZATION:وزارة الخارجية]] إنها سلمت السفير احتجاجا "شديد اللهجة" على اعتقال الصيادين.',
      ['[وزارة الخارجية | قالت] شديد اللهجة']
    ],
    [
      'وقال [[PERSON:سامي العلي]] إن أعضاء اللجنة فوجئوا بطلب الوزير "غير المسبوق".',
      ['[سامي العلي | قال] غير المسبوق']
    ],
    [
      'وقالت [[PERSON:ليلى حداد]] إن نتائج الربع الأول كانت "مرضية للغاية" بالنسبة للمساهمين.',
      ['[ليلى حداد | قالت] مرضية للغاية']
    ],
    [
      'وقال وزير التجارة [[PERSON:سامي العلي]] إن المحادثات مع الشركاء "على وشك" أن تنتهي باتفاق.',
      ['[سامي العلي | قال] على وشك']
    ],
    [
      'وقال الحاكم [[PERSON:خالد منصور]] إنه لا يرى "أي تهديد" لسكان الولاية بعد انحسار الفيضان.',
      ['[خالد منصور | قال] أي تهديد']
    ]
  ],
  "three words far from the verb that read as a predicate": [
    [
      'وقالت [[PERSON:ليلى حداد]] إن أعداد المصابين في المستشفيات الحكومية والخاصة في المدينة وضواحيها خلال الأسبوعين الماضيين من الشهر الجاري بلغت مستويات "لا يمكن قبولها".',
      ['[ليلى حداد | قالت] لا يمكن قبولها']
    ],
    // (three words there that name something stay out: no negation first, no adverb last)
    [
      'وقالت [[PERSON:ليلى حداد]] إن أعداد المصابين في المستشفيات الحكومية والخاصة في المدينة وضواحيها خلال الأسبوعين الماضيين من الشهر الجاري دفعت إلى افتتاح "مستشفى الأمل الجديد".',
      []
    ]
  ],
  "names and terms in marks stay unquoted": [
    // a name or a term with the article, the clause running on
    [
      'وقال [[PERSON:سامي العلي]] إن الحكومة تدعم "حل الدولتين" في المفاوضات المقبلة.',
      []
    ],
    // ل and a noun after the marks: the clause's own complement (`خارطة طريق لإنهاء …`)
    [
      'وقال الوزير [[PERSON:سامي العلي]] إن الطرفين اتفقا على "خارطة طريق" لإنهاء الأزمة.',
      []
    ],
    // an example after مثل
    [
      'وقال [[PERSON:خالد منصور]] إن برامج مثل "درع حصين" في الأحياء الشعبية حققت نتائج جيدة.',
      []
    ],
    // a preposition first and the article: a title (`على الرصيف`)
    [
      'وقالت [[PERSON:ليلى حداد]] إنها عادت هذا العام إلى رواية "على الرصيف" التي كتبتها في شبابها.',
      []
    ],
    // right after the bare complementizer: the clause's subject, mostly a name
    [
      'وقال [[PERSON:سامي العلي]] إن "مجموعة صقر" في الرياض ستفتتح فرعا جديدا.',
      []
    ],
    // the mark glued to بـ
    [
      'وقال [[PERSON:سامي العلي]] إن المدارس تحتفل بـ"يوم مانديلا" في الصيف.',
      []
    ],
    // an adjective first but no article after it: the rules of session 19 decide as before (a run-on name stays out)
    [
      'وقال [[PERSON:سامي العلي]] إن الشركة افتتحت متجر "شديد بيتزا" قرب الجامعة.',
      []
    ]
  ]
}

describeQuoteTables("session 23, second round: short partial quotes in reported speech", tables)
