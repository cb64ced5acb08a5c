/**
 * Short marked phrases of the forty-seventh session (helper short; docs/history/quotes.md, "Forty-seventh session:
 * short"): a bare verb of describing whose object opens with `ما` or a demonstrative quotes one to three words through
 * `بـ` (`describedObjectOpens`), its subject one definite word before the demonstrative or, left unsaid, the speaker
 * of a speech verb of the same sentence or the one before (`droppedDescriber`); one to five English words in marks with
 * no cue before them go to the verb that closes their sentence after a comma and its subject (`closingAttribution`).
 * Sentences written for these tests in the style of the wires and of British news copy; `[[TYPE:text]]` marks become
 * entities.
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: short marked phrases in reported speech (forty-seventh session)", {
  "a verb of describing whose object opens with ما or a demonstrative": [
    [
      "وأكد [[PERSON:سالم العتيبي]] أن هذه المظاهر غير مقبولة ووصف ما يجري في الأسواق حاليا بـ«الفوضى» وأضاف أن الجهات المعنية ستتحرك.",
      ["[سالم العتيبي | وصف] الفوضى"]
    ],
    [
      "وأشار [[PERSON:ماجد الراشد]] إلى أن التنظيمات تستهدف صغار السن عبر الإنترنت. كما وصف هذا النوع من التجنيد بـ«الخطير» لسرعة انتشاره.",
      ["[ماجد الراشد | وصف] الخطير"]
    ],
    [
      "وانقطعت الكهرباء عن أحياء المدينة منذ الصباح. ووصفت المعارضة هذا الإجراء بـ«العقاب الجماعي» للسكان.",
      ["[المعارضة | وصفت] العقاب الجماعي"]
    ]
  ],
  "must not fire: no speaker before an unsaid subject, a noun right after the verb, a subject not definite": [
    [
      "وصدر بيان عن النادي، أدان اللاعب ووصف ما فعله بـ«الإساءة» للجماهير.",
      []
    ],
    [
      "وحضر الاجتماع عدد من المسؤولين. ووصف ما جرى في الجلسة بـ«المهزلة».",
      []
    ],
    [
      "وكانت الشرطة قد أوقفت المتهمين، في حين وصف آخرون هذا الفعل بـ«المزاح».",
      []
    ],
    [
      "وأكد [[PERSON:سالم العتيبي]] أن الخطة ناجحة. وقد وصفت الحكومة الغارات بـ«الدقيقة».",
      []
    ]
  ],
  "English: the verb that closes the sentence of short marks": [
    [
      'Talks resume in Cairo next week. The summit was a "crucial step" towards a lasting settlement, [[PERSON:Mr Harding]] said.',
      ["[Mr Harding | said] crucial step"]
    ],
    [
      'The union was making "a 100% effort" to avoid a strike, [[PERSON:Ms Rowe]] added.',
      ["[Ms Rowe | added] a 100% effort"]
    ]
  ],
  "English, must not fire: a name, a term's lead, a cue before the marks, a verb in mid-sentence": [
    ['The lab launched its "Bright Start" scheme in May, [[PERSON:Mr Harding]] said.', []],
    ['The device, dubbed "pocket brain", sold well, the firm said.', []],
    ['Prices rose in "prime" areas, and [[PERSON:Ms Rowe]] said buyers were wary of the market.', []],
    // (a compound term: after `a`, a content word right after the marks; one word after `what` is a word talked about)
    ['Schools will get a "zero tolerance" policy on bullying, [[PERSON:Ms Rowe]] has suggested.', []],
    ['Nobody agrees on what "sustainable" means in farming, [[PERSON:Mr Harding]] said.', []]
  ]
})
