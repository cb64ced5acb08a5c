import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 26, second round (helper; docs/history/quotes.md, "Twenty-sixth session, second round (helper)"): a statement in
 * construct with a body noun (`بيان المجلس`) is the body the text named before with that noun, and `البيان` after it
 * too; a participle whose clause names its object after `أن` does not take that name when nobody was named before
 * the cue; a participle after a quote of sixty tokens or more reads its subject outside the quoted words, and a
 * speech verb that opens its sentence with two indefinite words and في before a body (`مصدر مسؤول في X`) gives
 * the source, not the body.
 * Sentences written for these tests in the style of the wires; `[[PERSON:text]]` marks become entities, as in
 * real-errors.test.ts.
 */

const filler = Array.from({ length: 50 }, (_, i) => "وعملت الفرق في الموقع لساعات طويلة دون توقف".split(" ")[i % 8]).join(" ")

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a statement of a body the text named before with its noun": [
    [
      'أوضح [[ORGANIZATION:مجلس القضاء في الإقليم]] أمس أن الوزارة تسلمت المتهمة. وجاء في بيان المجلس: «سلمت السلطات المتهمة إلى الإقليم». وأضاف البيان أن «المحاكمة ستكون عادلة».',
      ['[مجلس القضاء في الإقليم | جاء في] سلمت السلطات المتهمة إلى الإقليم', '[مجلس القضاء في الإقليم | أضاف] المحاكمة ستكون عادلة']
    ],
    // another speaker quoted since: the body meant may be another, so the name is not carried; the statement speaks
    // for the body its noun names (`المجلس`, not `بيان المجلس`: forty-eighth session, helper issuer,
    // `bodyNounOfDocument`)
    [
      'أوضح [[ORGANIZATION:مجلس القضاء في الإقليم]] أمس أن الوزارة تسلمت المتهمة. وقال [[PERSON:سامر العلي]]: «المحاكمة تأخرت كثيرا». وجاء في بيان المجلس: «سلمت السلطات المتهمة إلى الإقليم».',
      ['[سامر العلي | قال] المحاكمة تأخرت كثيرا', '[المجلس | جاء في] سلمت السلطات المتهمة إلى الإقليم']
    ],
    // no body named before, or one of another noun: the body's noun alone (forty-eighth session, as above)
    [
      'وجاء في بيان المجلس: «سلمت السلطات المتهمة إلى الإقليم». وأضاف البيان أن «المحاكمة ستكون عادلة».',
      ['[المجلس | جاء في] سلمت السلطات المتهمة إلى الإقليم', '[البيان | أضاف] المحاكمة ستكون عادلة']
    ],
    [
      'أوضح [[ORGANIZATION:مجلس القضاء في الإقليم]] أمس أن الوزارة تسلمت المتهمة. وجاء في بيان الهيئة: «سلمت السلطات المتهمة إلى الإقليم».',
      ['[الهيئة | جاء في] سلمت السلطات المتهمة إلى الإقليم']
    ]
  ],
  "a participle does not take the name its clause reports": [
    [
      '«تأخرت المحاكمة كثيرا لأن التحقيق طويل»، مبينا أن [[PERSON:أم خالد]] حاليا «في مرحلة الاستجواب الأولي».',
      ['[null | مبينا] تأخرت المحاكمة كثيرا لأن التحقيق طويل', '[null | مبينا] في مرحلة الاستجواب الأولي']
    ],
    // a person named before the participle: the subject, as before
    [
      'وقال [[PERSON:سامر العلي]] إن المحاكمة "تأخرت كثيرا"، مبينا أن [[PERSON:أم خالد]] حاليا «في مرحلة الاستجواب الأولي».',
      ['[سامر العلي | قال] تأخرت كثيرا', '[سامر العلي | مبينا] في مرحلة الاستجواب الأولي']
    ],
    [
      'استقبل [[PERSON:سامر العلي]] الوفد أمس. «تأخرت المحاكمة كثيرا لأن التحقيق طويل»، مبينا أن [[PERSON:أم خالد]] حاليا «في مرحلة الاستجواب الأولي».',
      ['[سامر العلي | مبينا] تأخرت المحاكمة كثيرا لأن التحقيق طويل', '[سامر العلي | مبينا] في مرحلة الاستجواب الأولي']
    ]
  ],
  "a participle after a long quote reads its subject outside the marks": [
    [
      `وقال [[PERSON:سامر العلي]] للصحيفة: «تأخرت المحاكمة كثيرا، لأن [[PERSON:أم خالد]] متهمة في قضايا أخرى ${filler}»، مبينا أن التحقيق «في مرحلته الأولى».`,
      [`[سامر العلي | قال] تأخرت المحاكمة كثيرا، لأن أم خالد متهمة في قضايا أخرى ${filler}`, '[سامر العلي | مبينا] في مرحلته الأولى']
    ],
    // an unnamed source in a body, two words and في: the source, not the body
    [
      `وقال مصدر مسؤول في [[ORGANIZATION:هيئة الإغاثة]] في الإقليم الشمالي، فضل عدم الكشف عن اسمه، لـ«الصحيفة اليومية»: «تأخرت المحاكمة كثيرا، لأن [[ORGANIZATION:أم خالد]] متهمة في قضايا أخرى ${filler}»، مبينا أن [[ORGANIZATION:أم خالد]] حاليا «في مرحلة الاستجواب الأولي».`,
      [
        `[مصدر مسؤول في هيئة الإغاثة | مبينا] تأخرت المحاكمة كثيرا، لأن أم خالد متهمة في قضايا أخرى ${filler}`,
        '[مصدر مسؤول في هيئة الإغاثة | مبينا] في مرحلة الاستجواب الأولي'
      ]
    ],
    // one word and في: the body, as the verb's own phrase reads it
    [
      'وقال مسؤول في [[ORGANIZATION:هيئة الإغاثة]] في الإقليم الشمالي، فضل عدم الكشف عن اسمه، في تصريح خاص للصحيفة اليومية: «وصلت الفرق إلى الموقع بعد ساعات من الانتظار»، مبينا أن القوافل «ستصل غدا إلى المدينة».',
      ['[هيئة الإغاثة | قال] وصلت الفرق إلى الموقع بعد ساعات من الانتظار', '[هيئة الإغاثة | مبينا] ستصل غدا إلى المدينة']
    ]
  ]
}

describeQuoteTables("session 26 second round Arabic speakers", tables)
