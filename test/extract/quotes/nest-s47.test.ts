import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The forty-seventh session's rules of the nest helper (docs/history/quotes.md, "Forty-seventh session: nest"): a `»`
 * that closes a name quoted inside an open `«` (`«… تنظيم «داعش» …`) is no other mark in it, so a `«` left open
 * before another attribution still ends before it; a `«` left open before a sentence or a comma that opens with a
 * verb (or a participle) and a complementizer and a new `«` ends before that cue (`complementizerCueStart`), and the
 * name's `»` stays at its end (`closesInside`); in English, an open `"` whose speech opens with a single mark
 * (`"'Oh no …`) opens the next quote, a single mark glued to a full stop closes a quote left open to the paragraph's
 * end (`singleCloser`), and `," came the response` attributes the quote to no one named. Sentences written for these
 * tests in the style of the wires; `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not
 * fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a « left open over a name quoted inside, before a complementizer's cue": [
    [
      'وقال قائد اللواء [[PERSON:عمر الحسيني]] إن «الجيش جاهز لأي هجوم من قبل تنظيم «داعش». وتوقع أن «يحاول تنظيم «داعش» التسلل عبر الحدود الجنوبية خلال الأسابيع المقبلة»، معتبرا أن «المواجهة مع «داعش» أصبحت قريبة جدا.',
      [
        "[عمر الحسيني | قال] الجيش جاهز لأي هجوم من قبل تنظيم «داعش»",
        "[عمر الحسيني | معتبرا] يحاول تنظيم «داعش» التسلل عبر الحدود الجنوبية خلال الأسابيع المقبلة",
        "[عمر الحسيني | معتبرا] المواجهة مع «داعش» أصبحت قريبة جدا"
      ]
    ],
    [
      'وقال الوزير [[PERSON:سامي الحداد]] إن «الحكومة لن تتفاوض مع «داعش» ولا مع غيره من الجماعات. ورأى أن «الحل العسكري وحده لا يكفي لإنهاء الأزمة».',
      ["[سامي الحداد | قال] الحكومة لن تتفاوض مع «داعش» ولا مع غيره من الجماعات", "[سامي الحداد | رأى] الحل العسكري وحده لا يكفي لإنهاء الأزمة"]
    ],
    [
      'وقال الوزير [[PERSON:سامي الحداد]] إن «الحكومة لن تتفاوض مع «داعش» ولا مع غيره، مؤكدا أن «الحل العسكري وحده لا يكفي لإنهاء الأزمة».',
      ["[سامي الحداد | قال] الحكومة لن تتفاوض مع «داعش» ولا مع غيره", "[سامي الحداد | مؤكدا] الحل العسكري وحده لا يكفي لإنهاء الأزمة"]
    ],
    // (a colon's cue after a name quoted inside, the rule of the forty-sixth session)
    [
      'وقال المدرب [[PERSON:خالد العمري]]: «الفوز على «الشعلة» لم يكن سهلا أبدا، وأضاف: «سنقاتل على كل البطولات هذا الموسم».',
      ["[خالد العمري | قال] الفوز على «الشعلة» لم يكن سهلا أبدا", "[خالد العمري | أضاف] سنقاتل على كل البطولات هذا الموسم"]
    ],
    // must not fire: the outer quote is closed, names quoted inside it
    [
      'وقال المتحدث [[PERSON:ماجد الراشد]] إن «تنظيم «داعش» في الشمال يختلف عن تنظيم «القاعدة» في الجنوب»، موضحا أن «الخطط الأمنية تتغير كل أسبوع».',
      ["[ماجد الراشد | قال] تنظيم «داعش» في الشمال يختلف عن تنظيم «القاعدة» في الجنوب", "[ماجد الراشد | موضحا] الخطط الأمنية تتغير كل أسبوع"]
    ],
    // must not fire: the new « after the complementizer names a thing
    // (since the fifty-third session, helper arguill, the quote never closed ends at the full stop before the writer's
    // `وأكد`, `openGuillemetCut`; before, it ran on over the attribution to the paragraph's end)
    [
      'وقال الوزير [[PERSON:سامي الحداد]] إن «الحكومة لن تتفاوض مع الجماعات المسلحة. وأكد أن «داعش» ما زال يهدد المدن الحدودية',
      ["[سامي الحداد | قال] الحكومة لن تتفاوض مع الجماعات المسلحة"]
    ],
    // must not fire: the paragraph holds the outer quote's »
    [
      'وقال الوزير [[PERSON:سامي الحداد]] إن «الحكومة لن تتفاوض مع «داعش». ونؤكد أن «الحل» سياسي قبل كل شيء».',
      ["[سامي الحداد | قال] الحكومة لن تتفاوض مع «داعش». ونؤكد أن «الحل» سياسي قبل كل شيء"]
    ]
  ],
  "English: single marks at a quote's edges": [
    [
      'Conti told the director: "We are going to be home in ten minutes. "\'Oh no, do not do anything," came the reply. "Imagine the orchestra in the pit with the smoke all around us."',
      ["[Conti | told] We are going to be home in ten minutes", "[null | came] 'Oh no, do not do anything", "[Conti | null] Imagine the orchestra in the pit with the smoke all around us"]
    ],
    ['He said: "It is only a show but we always think it is a bit more.\' The orchestra plays more than a hundred times during the evening.', ["[null | said] It is only a show but we always think it is a bit more"]],
    // must not fire: a single mark closes words quoted inside
    [
      'He said: "I asked him \'do you want a wall?\' He said it was fine and we went on with the game.',
      ["[null | said] I asked him 'do you want a wall?' He said it was fine and we went on with the game"]
    ],
    [
      'He said: "I asked him \'do you want a wall.\' He said it was fine and we went on with the game."',
      ["[null | said] I asked him 'do you want a wall.' He said it was fine and we went on with the game"]
    ]
  ]
}

describeQuoteTables("nested and stray quotation marks (forty-seventh session, helper nest)", tables)
