import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Thirty-eighth session (docs/history/quotes.md, "Thirty-eighth session (helper, verbs)"): words of speech that were
 * no cue — `ادّعى` (past forms, needsMark), `تعهد` among the verbs of `chargeVerbs` (`وتعهد X بـ«…»`), `صاح`/`صرخ`
 * (past singular forms, needsMark; `بمن`/`لمن` end their phrase, the one shouted at), the participles of shouting
 * before a colon (`colonParticiples`: `صارخا:`), `جاء فيه:`/`جاء فيها:` after a document (colonOnly), the participles
 * of accusing before `بأنه`/ب and marks (`chargeParticiples`: `…، متهمة إياها بأنها «…»`), and a line after a colon
 * that opens with `أما` (no speech). Sentences written for these tests in the style of the wires; `[[PERSON:text]]`
 * marks become entities.
 */

const CLAIM = "معاملة مهينة"
const PLEDGE = "رد حاسم على أي اعتداء"
const SHOUT = "لن أعود إلى هذا المتجر أبدا!"
const SPEECH = "انطلاقا من مسؤولياتنا نؤكد دعمنا الكامل لجهود السلام في المنطقة"
const CHARGE = "منصة للتحريض الدائم"

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "ادّعى with the shadda or without it: the marks in what it reports": [
    [`وادّعى وكيل اللاعب، [[PERSON:سامي الحربي]]، أن موكله يلقى "${CLAIM}" في النادي.`, [`[سامي الحربي | ادّعى] ${CLAIM}`]],
    [`وادعت [[PERSON:ليلى حداد]] أن الشركة تواجه "${CLAIM}" من المنافسين.`, [`[ليلى حداد | ادعت] ${CLAIM}`]],
    // must stay: `يدعى` ("is called") folds to the present `يدعي`, which is no form of the verb
    [`وقال [[PERSON:سامي الحربي]] إن الفريق الذي يدعى "النجوم الصاعدة" فاز أمس.`, []]
  ],
  "a colon quote ends before a new sentence that opens with ادّعى": [
    [
      `وقال الشيخ [[PERSON:يوسف العمري]]: إن هذه الاعتداءات مرفوضة تماما ولا يقبلها أحد. وبدورها، ادعت الشرطة أن الفاعل سائح أجنبي.`,
      ["[يوسف العمري | قال] إن هذه الاعتداءات مرفوضة تماما ولا يقبلها أحد"]
    ]
  ],
  "تعهد among the verbs of charging: marks right after ب": [
    [`وتعهد الرئيس [[PERSON:فارس الكعبي]] بـ"${PLEDGE}".`, [`[فارس الكعبي | تعهد] ${PLEDGE}`]],
    [`وتعهد [[PERSON:فارس الكعبي]] من على متن السفينة، خلال جولته في المنطقة، بـ"${PLEDGE}".`, [`[فارس الكعبي | تعهد] ${PLEDGE}`]],
    // must stay: no named subject, and no marks right after ب
    [`وتعهد بـ"${PLEDGE}" إذا لزم الأمر.`, []],
    [`وتعهد [[PERSON:فارس الكعبي]] بتنفيذ خطة "${PLEDGE}" خلال العام.`, []]
  ],
  "صاح and صرخ, past and singular, with marks": [
    [`وكان [[PERSON:توماس ريد]] قد هاجم المارة، وصاح خلال الهجوم: "${SHOUT}".`, [`[توماس ريد | صاح] ${SHOUT}`]],
    [`وإذا غضب الزبون صاح بمن أمامه: «${SHOUT}».`, [`[null | صاح] ${SHOUT}`]],
    // must stay: the present (a scene, `بزوجته تصرخ`) and the plural (`صاحوا «يحيا العدل»`, read as a name in marks)
    [`وفوجئ الجار بزوجته تصرخ: «${SHOUT}».`, []],
    [`وهلل الناس في الشوارع وصاحوا «يحيا العدل» بعد الحكم.`, []]
  ],
  "participles of shouting right before a colon": [
    [`وكان [[PERSON:أحمد سعيد]] يطرق على الطاولة صارخا: "${SHOUT}".`, [`[أحمد سعيد | صارخا] ${SHOUT}`]],
    [`وخرجت [[PERSON:منى سالم]] إلى الشرفة صارخةً: "${SHOUT}".`, [`[منى سالم | صارخةً] ${SHOUT}`]],
    // must stay: the adjective "blatant", and the participle with no colon
    [`وقال [[PERSON:أحمد سعيد]] إن القرار يمثل "انتهاكا صارخا للقانون".`, ["[أحمد سعيد | قال] انتهاكا صارخا للقانون"]],
    [`وكان [[PERSON:أحمد سعيد]] يطرق على الطاولة صارخا "${SHOUT}".`, []]
  ],
  "جاء فيه: and جاء فيها: after a speech or a statement": [
    [`وألقى الملك [[PERSON:سلمان العلي]] كلمة، جاء فيها: ${SPEECH}.`, [`[سلمان العلي | جاء فيها] ${SPEECH}`]],
    [`وبعث [[PERSON:رشيد الخالدي]] خطاب تهنئة جاء فيه: «يسعدني أن أرفع لكم أصدق التهاني».`, ["[رشيد الخالدي | جاء فيه] يسعدني أن أرفع لكم أصدق التهاني"]],
    // must stay: `جاء في` before a noun (its own form)
    [`وجاء في بيان [[PERSON:رشيد الخالدي]]: ${SPEECH}.`, [`[رشيد الخالدي | جاء في] ${SPEECH}`]]
  ],
  "a line that opens with أما after a colon that ended the line before is no speech": [
    [`وقال [[PERSON:رشيد الخالدي]] إن البيانين متشابهان، فقد جاء فيه :\nأما الدولة الثالثة فقد أوردت الأسباب نفسها تقريبا.`, []],
    [`وقال [[PERSON:رشيد الخالدي]]:\nأما الأسباب فهي نفسها تقريبا وتتكرر كل عام في المنطقة.`, []],
    // must stay: another line after such a colon
    [`وقال [[PERSON:رشيد الخالدي]] أمام المؤتمر:\nإن الأسباب نفسها تقريبا تتكرر كل عام في المنطقة.`, ["[رشيد الخالدي | قال] إن الأسباب نفسها تقريبا تتكرر كل عام في المنطقة"]]
  ],
  "participles of accusing before بأنه or ب and marks": [
    [`وشنت [[ORGANIZATION:جبهة الإنقاذ]] هجوما على القناة، متهمة إياها بأنها "${CHARGE}".`, [`[جبهة الإنقاذ | متهمة] ${CHARGE}`]],
    [`وتبنت [[ORGANIZATION:جبهة الإنقاذ]] خطف العناصر متهمة اياهم بانهم «عملاء لمشاريع الخارج».`, ["[جبهة الإنقاذ | متهمة] عملاء لمشاريع الخارج"]],
    [`وانسحب [[PERSON:وليد الشمري]] من اللقاء، متهما المذيع بارتكاب "خطأ مهني فادح".`, ['[وليد الشمري | متهما] خطأ مهني فادح']],
    // must stay: the noun `متهمين` ("accused") before a name in marks, and no comma nor إياه before the participle
    [`واعتقلت الشرطة عشرين شخصا متهمين بالانتماء إلى "خلية الشمال".`, []],
    [`وقالت [[ORGANIZATION:جبهة الإنقاذ]] إن الرجل متهم بأنه "${CHARGE}".`, [`[جبهة الإنقاذ | قالت] ${CHARGE}`]]
  ]
}

describeQuoteTables("Arabic speech verbs and cues (thirty-eighth session)", tables)
