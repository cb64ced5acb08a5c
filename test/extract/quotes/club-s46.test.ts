import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The forty-sixth session's rules of the club helper (docs/history/quotes.md, "Forty-sixth session: club"): a post's
 * noun over a tagged body with no name in the phrase is a person who holds the post, so the phrase speaks, not the
 * body (`postOverBody`); a participle of saying and its colon after a word or a full stop ends a colon quote that ran
 * on over it (`participleAndColon`); a `«` left open before a speech verb or a participle and its colon, the paragraph
 * holding no `»` for it, ends before that cue (`cueClauseStart`). Sentences written for these tests in the style of
 * the wires; `[[TYPE:text]]` marks become entities. Each table has rows where the rule must not fire.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a post over a body with no name speaks as the phrase": [
    [
      'وقال رئيس [[ORGANIZATION:نادي الشعلة]]: «الفريق جاهز للموسم المقبل وسنقاتل على كل البطولات». وأضاف: «لدينا لاعبون مميزون في كل المراكز».',
      ["[رئيس نادي الشعلة | قال] الفريق جاهز للموسم المقبل وسنقاتل على كل البطولات", "[رئيس نادي الشعلة | أضاف] لدينا لاعبون مميزون في كل المراكز"]
    ],
    ['ويقول رئيس [[ORGANIZATION:حزب النهضة]]: «نحن نسعى لبناء مؤسسة حزبية لها تقاليدها وبرنامجها».', ["[رئيس حزب النهضة | يقول] نحن نسعى لبناء مؤسسة حزبية لها تقاليدها وبرنامجها"]],
    ['وقال رئيس مجلس إدارة [[ORGANIZATION:شركة الواحة]]: «الشبكة الجديدة تعمل بكامل طاقتها منذ الصباح».', ["[رئيس مجلس إدارة شركة الواحة | قال] الشبكة الجديدة تعمل بكامل طاقتها منذ الصباح"]],
    ['وقال مدرب [[ORGANIZATION:الوحدة]]: «اللاعبون قدموا مباراة كبيرة أمام منافس قوي».', ["[مدرب الوحدة | قال] اللاعبون قدموا مباراة كبيرة أمام منافس قوي"]],
    // must not fire: a spokesman speaks for the body
    ['وقال المتحدث باسم [[ORGANIZATION:وزارة النقل]]: «الطريق سيفتح أمام السيارات مساء اليوم».', ["[وزارة النقل | قال] الطريق سيفتح أمام السيارات مساء اليوم"]],
    ['وقال متحدث باسم [[ORGANIZATION:وزارة النقل]]: «الطريق سيفتح أمام السيارات مساء اليوم».', ["[وزارة النقل | قال] الطريق سيفتح أمام السيارات مساء اليوم"]],
    // must not fire: the holder was named before with the role
    [
      'وكان [[PERSON:فهد الراشد|رئيس نادي الشعلة]] قد حضر التدريب. وقال رئيس [[ORGANIZATION:نادي الشعلة]]: «الفريق جاهز للموسم المقبل».',
      ["[فهد الراشد | قال] الفريق جاهز للموسم المقبل"]
    ],
    // must not fire: a name in the phrase speaks
    ['وقال رئيس [[ORGANIZATION:نادي الشعلة]] [[PERSON:فهد الراشد]]: «الفريق جاهز للموسم المقبل».', ["[فهد الراشد | قال] الفريق جاهز للموسم المقبل"]],
    // must not fire: a definite word closes the chain; the name after it, typed an organisation, is the holder's
    ['وقال رئيس تحرير الصحيفة [[ORGANIZATION:سامي اليمني]] إن الصورة نشرت "بطريقة شرعية تماما".', ["[سامي اليمني | قال] بطريقة شرعية تماما"]],
    // must not fire: the body alone
    ['وقالت [[ORGANIZATION:وزارة النقل]]: «الطريق سيفتح أمام السيارات مساء اليوم».', ["[وزارة النقل | قالت] الطريق سيفتح أمام السيارات مساء اليوم"]]
  ],
  "a participle and its colon ends a colon quote": [
    [
      'وقال [[PERSON:خالد العمري]]: إن الفريق جاهز تماما للموسم المقبل مضيفاً: سنقاتل على كل البطولات هذا العام.',
      ["[خالد العمري | قال] إن الفريق جاهز تماما للموسم المقبل", "[خالد العمري | مضيفاً] سنقاتل على كل البطولات هذا العام"]
    ],
    [
      'وقال [[PERSON:خالد العمري]]: إن الفريق جاهز تماما للموسم المقبل. مؤكدا: لن نفرط في أي بطولة هذا العام.',
      ["[خالد العمري | قال] إن الفريق جاهز تماما للموسم المقبل", "[خالد العمري | مؤكدا] لن نفرط في أي بطولة هذا العام"]
    ],
    // must not fire: `قائلا` after its own verb (the story's other party speaks there)
    [
      'وقال [[PERSON:خالد العمري]]: تحدثت مع المدرب عن موعد المباراة فرد قائلا: في الأسبوع المقبل إن شاء الله.',
      ["[خالد العمري | قال] تحدثت مع المدرب عن موعد المباراة فرد قائلا: في الأسبوع المقبل إن شاء الله"]
    ],
    // a participle with no colon after it, before its complementizer: the narrator's paraphrase, which ends the colon
    // quote since the fifty-third session (helper colonend, participleAndComplement in colon.ts; before, the quote ran on)
    [
      'وقال [[PERSON:خالد العمري]]: إن الفريق جاهز تماما للموسم المقبل مضيفاً أن اللاعبين في حالة جيدة.',
      ["[خالد العمري | قال] إن الفريق جاهز تماما للموسم المقبل"]
    ]
  ],
  "a « left open before a cue ends there": [
    [
      'وقال [[PERSON:خالد العمري]]: «هناك فرق كبير بين الفريقين في الإعداد للموسم، وأضاف: «سنقاتل على كل البطولات هذا العام».',
      ["[خالد العمري | قال] هناك فرق كبير بين الفريقين في الإعداد للموسم", "[خالد العمري | أضاف] سنقاتل على كل البطولات هذا العام"]
    ],
    [
      'وقال [[PERSON:خالد العمري]]: «هناك فرق كبير بين الفريقين في الإعداد للموسم. مضيفا: «سنقاتل على كل البطولات هذا العام».',
      ["[خالد العمري | قال] هناك فرق كبير بين الفريقين في الإعداد للموسم", "[خالد العمري | مضيفا] سنقاتل على كل البطولات هذا العام"]
    ],
    // must not fire: a quote inside the quote, closed, and the open quote closed after it
    [
      'وقال [[PERSON:خالد العمري]]: «جاءني الحارس وقال: «لن ألعب اليوم» فصدمت كثيرا من كلامه».',
      ["[خالد العمري | قال] جاءني الحارس وقال: «لن ألعب اليوم» فصدمت كثيرا من كلامه"]
    ],
    // must not fire: the first quote closed
    [
      'وقال [[PERSON:خالد العمري]]: «هناك فرق كبير بين الفريقين»، وأضاف: «سنقاتل على كل البطولات هذا العام».',
      ["[خالد العمري | قال] هناك فرق كبير بين الفريقين", "[خالد العمري | أضاف] سنقاتل على كل البطولات هذا العام"]
    ]
  ]
}

describeQuoteTables("forty-sixth session, club helper: posts over bodies, participles and open marks before a cue", tables)
