import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 23, fourth round (docs/history/quotes.md, "Twenty-third session, fourth round (helper)"): an Arabic speech verb far
 * from marks of three words or more in the clause it reports still attributes them when the complementizer of its
 * clause stands within the cue window of the verb and the marks within the reported window of that complementizer,
 * past a phrase between the verb and its `إن`; names in marks there stay out, and an outlet's name in marks after its
 * noun (`وكالة "…"`, `بحسب صحيفة «…»`) is the speaker, also when it is spelled in four words or more. Sentences written
 * for these tests in the style of the wires; `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the window counts from the complementizer": [
    [
      'وقالت [[PERSON:سلمى الراشد]]، في ختام جولة قصيرة شملت ثلاث عواصم أوروبية وآسيوية هذا الأسبوع، إن المحادثات كانت "مثمرة وصريحة للغاية".',
      ['[سلمى الراشد | قالت] مثمرة وصريحة للغاية']
    ],
    [
      'قال محققون دوليون، في تقرير مفصل نشروه صباح اليوم في جنيف، إن تكثيف القصف على المدينة التي يسميها المتمردون بالعاصمة المحررة في أقصى الشمال منذ أسابيع تسبب "دمارا واسعا في أحياء سكنية كثيرة".',
      ['[محققون دوليون | قال] دمارا واسعا في أحياء سكنية كثيرة']
    ]
  ],
  "names in marks far from the verb stay out": [
    [
      'وقالت الوزارة، في بيان أصدرته مساء أمس عقب اجتماع طارئ للجنة الأمنية في المحافظة الشمالية، إن الهجوم استهدف مقر كتائب "درع الوادي الأخضر".',
      []
    ],
    // (two words there are as often a name or a term as speech: left as they were)
    [
      'وقال [[PERSON:ماجد الحربي]]، خلال مؤتمر صحفي عقده في العاصمة مساء الأحد مع نظيره الفرنسي وعدد من المسؤولين، إن الحكومة رفعت الموظفين إلى درجة "مستشار أول".',
      []
    ]
  ],
  "an outlet named in marks is the speaker": [
    [
      'وقالت وكالة "كيه سي إن ايه" إن الرئيس "أكد أن العالم سيرى قريبا ثمار هذا العمل".',
      ['[وكالة "كيه سي إن ايه" | قالت] أكد أن العالم سيرى قريبا ثمار هذا العمل']
    ],
    [
      'وصل وفد [[ORGANIZATION:الهلال الأحمر]] إلى المدينة صباح اليوم. وبحسب وكالة "ريم نيوز"، فقد زار الرئيس الموقع بنفسه، ثم "أكد أن العمل في المشروع سيستمر حتى النهاية مهما كانت الصعوبات".',
      ['[وكالة "ريم نيوز" | null] أكد أن العمل في المشروع سيستمر حتى النهاية مهما كانت الصعوبات']
    ],
    [
      'وقالت صحيفة "الفجر" "إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة".',
      ['[صحيفة "الفجر" | قالت] إن المفاوضات ستستأنف الأسبوع المقبل في القاهرة']
    ]
  ]
}

describeQuoteTables("Arabic quotes, session 23 fourth round", tables)
