import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Session 23, third round (docs/history/quotes.md, "Twenty-third session, third round (helper)"): a second short piece in
 * marks in the sentence of a partial quote a verb reported, joined to it by `و`, `لكن` or a comma with no verb of
 * speech and no person between them, goes on with the same speaker when it reads as no name. Sentences written for
 * these tests in the style of the wires; `[[PERSON:text]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a second piece after a partial quote in reported speech": [
    [
      'وقال قائد خفر السواحل [[PERSON:ماجد الحربي]] إنه لا يوجد "أي تهديد" للجزيرة، لكنها "مستعدة لأي طارئ".',
      ['[ماجد الحربي | قال] أي تهديد', '[ماجد الحربي | قال] مستعدة لأي طارئ']
    ],
    [
      'وقالت [[PERSON:سلمى الراشد]] إن المفاوضات كانت "صعبة للغاية" و"مثمرة أحيانا".',
      ['[سلمى الراشد | قالت] صعبة للغاية', '[سلمى الراشد | null] مثمرة أحيانا']
    ]
  ],
  "names and terms after a partial quote stay out": [
    [
      'وقال [[PERSON:ماجد الحربي]] إن الميناء شهد "تراجعا كبيرا" في الحركة، وإن شركة "الخليج للملاحة" تدرس الانسحاب.',
      ['[ماجد الحربي | قال] تراجعا كبيرا']
    ],
    [
      'وقالت [[PERSON:سلمى الراشد]] إن الفريق حقق "تقدما ملحوظا" في مشروع "نبض المدينة" هذا العام.',
      ['[سلمى الراشد | قالت] تقدما ملحوظا']
    ],
    // (the second piece is never the first speaker's; since the forty-first session `وصفها` after `لكن` and its
    // subject is a cue of its own, so the piece is the new subject's: `afterKanaSubject`)
    [
      'وقال [[PERSON:ماجد الحربي]] إن الأسعار شهدت "تراجعا كبيرا" في الربع الأول، لكن [[PERSON:هاني السعدي]] وصفها بأنها "مؤقتة فقط".',
      ['[ماجد الحربي | قال] تراجعا كبيرا', '[هاني السعدي | وصفها] مؤقتة فقط']
    ],
    // (an according phrase between them names an outlet: its name in marks is no second piece)
    [
      'وقال [[PERSON:ماجد الحربي]] إن الخطة تسببت في "تراجع كبير" في الصادرات، حسب موقع المنظمة الدولية "رؤية جديدة".',
      ['[ماجد الحربي | قال] تراجع كبير']
    ]
  ]
}

describeQuoteTables("session 23 third round: a second short piece", tables)
