import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Fifty-sixth session (docs/history/quotes.md, "Fifty-sixth session: arlabel"): marks that hold no one's words, and
 * chants and colon quotes khabar missed, from the readers' notes on 99477bd. A label after a label's noun and one more
 * word (`هاشتاق كاذب «…»`), an academic specialty (`تخصص "…"`), a body's name in marks right after its verb with the
 * verb's complementizer after them, a writer's aside on an unnamed source in marks, a song's line after `أهازيج`; a
 * chant right after `مرددين`/`هاتفين`, a colon after a participle of manner (`مستفسرا:`). Sentences written for these
 * tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */
const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a label after a label's noun and one more word": [
    ["وكان [[PERSON:سامي الحداد]] قد غرد مرة تحت هاشتاق كاذب: «الشرطة تقتل مواطنا في المدينة» قبل أن يحذف تغريدته.", []],
    ["وكتب [[PERSON:فهد العتيبي]] على حسابه تحت وسم جديد «كلنا مع المعلم» داعيا إلى دعم المدرسين.", []],
    ["وأكد [[PERSON:فهد العنزي]] أن الأطفال حملوا شعار البرنامج “وطننا أمانة في أعناقنا” خلال الفعالية.", []],
    // must stay: marks two words after a spokesman's باسم, or after a press conference, are speech
    [
      "وقال متحدث باسم الوزارة \"لن نسمح بتكرار هذه الحوادث في المستقبل\".",
      ["[متحدث باسم الوزارة | قال] لن نسمح بتكرار هذه الحوادث في المستقبل"]
    ],
    [
      "وقال [[PERSON:سامي الحداد]] في مؤتمر صحفي «سنواصل العمل حتى تعود الأمور إلى طبيعتها».",
      ["[سامي الحداد | قال] سنواصل العمل حتى تعود الأمور إلى طبيعتها"]
    ]
  ],
  "an academic specialty in marks": [
    ["وأعلنت الجامعة فتح باب القبول في تخصص \"هندسة مدنية - هندسة مساحة\" للطلاب المستجدين هذا العام.", []],
    ["وأوضح [[PERSON:محمد الزهراني]] أن الكلية قبلت الطالبة في تخصص «علوم الحاسب الآلي» وفق رغبتها الأولى.", []]
  ],
  "a body's name in marks right after its verb": [
    ["وقال \"تجمع أهالي المعتقلين في سجون الحركة\" في بيان تلقت الوكالة نسخة منه ان \"السلطات اعتقلت العشرات من أنصاره\".", ["[null | قال] السلطات اعتقلت العشرات من أنصاره"]],
    // must stay: the name after its verb, then the body's words in marks after the complementizer
    [
      "وقال [[PERSON:سامي الحداد]] إن القصف مستمر. وأفادت «الهيئة الوطنية لحقوق الإنسان» في بيان أن «عشرات العائلات نزحت من القرى الحدودية».",
      ["[الهيئة الوطنية لحقوق الإنسان | أفادت] عشرات العائلات نزحت من القرى الحدودية"]
    ],
    // must stay: speech right after its verb, goes on with no complementizer
    ["وقال \"نحن مستعدون لكل الاحتمالات\"، في إشارة إلى التهديدات الأخيرة.", ["[null | قال] نحن مستعدون لكل الاحتمالات"]]
  ],
  "a writer's aside on an unnamed source in marks": [
    ["وقال مسؤول في الشركة \"فضل عدم ذكر اسمه\" إن العقود ستوقع الأسبوع المقبل.", []],
    ["وأشار موظف \"طلب عدم الكشف عن هويته\" اوضح أن الرواتب تأخرت ثلاثة أشهر.", []],
    // must stay: words in marks that open so but name no one's name
    [
      "وقال [[PERSON:فهد العتيبي]]: \"فضل الله علينا كبير ونحمده على نعمه\".",
      ["[فهد العتيبي | قال] فضل الله علينا كبير ونحمده على نعمه"]
    ]
  ],
  "a song's line after its noun": [
    ["ورددت رابطة الجمهور بقيادة [[PERSON:صالح القرني]] أهازيج خاصة بهذه المناسبة، \"يا فرحة العيد يا فرحة\"، ورقص الحضور على أنغامها.", []],
    ["ويقول مقطع من الأغنية \"حيوا الرجال اللي تحل أزماتها بحكمة وعقل\".", []],
    // must stay: a speech verb between the song's noun and the marks
    [
      "وبعد أن انتهت الأهازيج قال [[PERSON:صالح القرني]] «نشكر الجمهور على حضوره الكبير».",
      ["[صالح القرني | قال] نشكر الجمهور على حضوره الكبير"]
    ]
  ],
  "a chant right after مرددين or هاتفين": [
    ["وخرج المحتجون مرددين \"نحن مستعدون للحرب دفاعا عن أرضنا\".", ["[المحتجون | مرددين] نحن مستعدون للحرب دفاعا عن أرضنا"]],
    ["وتجمع الطلاب أمام الوزارة هاتفين «لا للرسوم الجديدة على الجامعات».", ["[الطلاب | هاتفين] لا للرسوم الجديدة على الجامعات"]],
    // must stay: a slogan's noun between the participle and the marks
    ["وخرج الأهالي مرددين شعار «لن نعايد أطفالنا حتى نعايد أبطالنا» في الساحة.", []]
  ],
  "a colon after a participle of manner": [
    ["فسألته مستفسرا: وكيف وصلت إلى هنا في هذا الوقت المتأخر؟", ["[null | مستفسرا] وكيف وصلت إلى هنا في هذا الوقت المتأخر؟"]],
    ["فيرد عليه [[PERSON:الناصر قلاوون]] متعجبا متحيرا: لكنهم آذوك وأرادوا قتلك مرارا؟", ["[الناصر قلاوون | متحيرا] لكنهم آذوك وأرادوا قتلك مرارا؟"]],
    // must stay: متحدثا before its own clause, no colon
    ["وأوضح [[PERSON:سامي الحداد]] أن الحكومة تترنح، متحدثا عن اتصالات مكثفة أجرتها جهات دولية معه.", []]
  ]
}

describeQuoteTables("Arabic: labels, asides and chants (fifty-sixth session, helper arlabel)", tables)
