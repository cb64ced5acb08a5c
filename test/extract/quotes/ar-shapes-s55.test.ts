import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-fifth session (docs/history/quotes.md, "Fifty-fifth session: arshape"): attribution shapes the readers found
 * khabar getting wrong. A verb of describing with its object pronoun after the noun it describes, its subject, then
 * `بأنه` before marks of any length, with a cue before it in the sentence (`في تحرك وصفه مسؤول أميركي بأنه «…»`, the
 * A104 reading); an aside between commas that `وهو` or a relative pronoun opens between the topic of `أما` and its verb
 * with `ف`; a verb with no subject after `، إذ` as after `، حيث`; `أورد` (cited) when its subject and a complementizer
 * follow it (the A105 reading); initials in marks are no speech. Sentences written for these tests in the style of the
 * wires; `[[PERSON:text]]` marks become entities.
 */
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of describing with its pronoun after a noun, at any length and after a cue": [
    [
      "وأعلنت الوزارة فرض عقوبات على [[PERSON:خالد بن سعد الكعبي]] بتهمة التمويل، في تحرك وصفه مسؤول أميركي بأنه «مهم في منع تمويل الإرهاب في المنطقة كلها».",
      ["[مسؤول أميركي | وصفه] مهم في منع تمويل الإرهاب في المنطقة كلها"]
    ],
    [
      "وأقر البرلمان قانونا جديدا للانتخابات في جلسة وصفها نائب معارض بأنها «مهزلة لا تليق بتاريخ هذا المجلس العريق».",
      ["[نائب معارض | وصفها] مهزلة لا تليق بتاريخ هذا المجلس العريق"]
    ],
    [
      "وأعلنت الشركة خفض أسعارها في خطوة وصفها محلل اقتصادي بأنها «جريئة جدا».",
      ["[محلل اقتصادي | وصفها] جريئة جدا"]
    ],
    // must not fire: after a noun of a frame the form is the verbal noun, its object after it
    ["وفي معرض وصفه لنقاش [[ORGANIZATION:الكونغرس]] حول الاتفاق بأنه «أهم نقاش في السياسة الخارجية» خلال عقد، أكد الرئيس أهمية التصويت.", []]
  ],
  "an aside between the topic of أما and its verb with ف": [
    [
      "وقال الناشط [[PERSON:محمد الربيعي]] إن الحملة طالت العشرات. أما رئيس رابطة الفنانين العراقيين الفنان [[PERSON:نمير عبد الحسين]]، وهو أحد من شملهم الاعتقال خلال حملة الدهم، فقال: «فوجئت باقتحام القوة الأمنية للنادي».",
      ["[نمير عبد الحسين | قال] فوجئت باقتحام القوة الأمنية للنادي"]
    ],
    // must stay: an apposition with no وهو (read before this session), an aside that opens with no pronoun
    [
      "وقال الناشط [[PERSON:محمد الربيعي]] إن الحملة طالت العشرات. أما [[PERSON:خلف داهود]]، عضو المكتب التنفيذي للهيئة، فقال: «القوى اجتمعت من أجل حل سياسي».",
      ["[خلف داهود | قال] القوى اجتمعت من أجل حل سياسي"]
    ]
  ],
  "a verb after ، إذ goes on with the clause before it": [
    [
      "ومن بين هؤلاء عالم الاجتماع [[PERSON:هرمز مسعودي]]، الذي قال: «لا يمكن أن نغفل أن هذه بلاد حقيقية».\nوعبر [[PERSON:صادق زيبا كلام]]، مستشار الرئيس [[PERSON:روحاني]]، عن الفكرة ذاتها بأسلوب مختلف، إذ قال: «لم يوكلنا أحد بمهمة تصدير الثورة».",
      ["[هرمز مسعودي | قال] لا يمكن أن نغفل أن هذه بلاد حقيقية", "[صادق زيبا كلام | قال] لم يوكلنا أحد بمهمة تصدير الثورة"]
    ]
  ],
  "أورد with its subject and a complementizer": [
    [
      "وقال [[ORGANIZATION:المرصد السوري لحقوق الإنسان]] إن الاشتباكات مستمرة في المدينة. وأورد التلفزيون الرسمي أن «وحدة من الجيش دمرت نفقا للمسلحين قرب المدينة».",
      ["[التلفزيون الرسمي | أورد] وحدة من الجيش دمرت نفقا للمسلحين قرب المدينة"]
    ],
    // must not fire: initials in marks, a relative clause of أورد inside another's subject, no subject
    ["وأوردت الصحف التركية أن الشاب المشار إليه بالأحرف الأولى من اسمه «ش أ أ» التحق بالتنظيم العام الماضي.", []],
    ["وذكرت الوكالة أن الشاب المعروف بالأحرف «م. ع. ك» غادر البلاد قبل أسابيع.", []],
    [
      "وقالت صحيفة [[ORGANIZATION:واشنطن تايمز]] التي أوردت الخبر في تقرير كتبه مراسلها إن السؤال الآن هو: هل تتعلم الإدارة من أخطائها في العراق؟",
      ["[واشنطن تايمز | قالت] هل تتعلم الإدارة من أخطائها في العراق؟"]
    ],
    ["وقال [[PERSON:سامي الحداد]] إن الخطة واضحة. لكنه أورد أن «اقتناع المحققين» لم يتغير.", []]
  ]
}

describeQuoteTables("Arabic: attribution shapes (fifty-fifth session, helper arshape)", tables)
