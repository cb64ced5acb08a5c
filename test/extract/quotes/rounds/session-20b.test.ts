import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 20, second round (docs/history/quotes.md, "Twentieth session, second round"): a definite role tied to a body by ل
 * or ب (`وقال المدير التنفيذي لسوق عكاظ`) is the person named before whose role (the entity stage's) holds the role
 * and the body; with no such person the body stays the speaker. Sentences written for these tests in the style of
 * the wires; a verb with `فيها` after an indefinite text noun (`كتب تغريدة … يقول فيها`) whose clause names nobody
 * speaks for the person the chain holds, not for the noun. `[[PERSON:text|role]]` marks become entities, as in real-errors.test.ts.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a definite role tied to a body is the person named before with that role": [
    [
      'وأكد المدير التنفيذي لسوق عكاظ [[PERSON:ماجد الحربي|المدير التنفيذي لسوق عكاظ]] أن الاستعدادات اكتملت. وقال المدير التنفيذي لـ[[ORGANIZATION:سوق عكاظ]]: "سنستقبل ضعف عدد الزوار هذا العام".',
      ["[ماجد الحربي | قال] سنستقبل ضعف عدد الزوار هذا العام"]
    ],
    [
      'وافتتح المتحدث الرسمي بوزارة الصحة [[PERSON:نايف القحطاني|المتحدث الرسمي بوزارة الصحة]] المؤتمر الصحفي صباح اليوم. وأضاف المتحدث الرسمي بـ[[ORGANIZATION:وزارة الصحة]]: "لم تسجل أي حالة جديدة خلال الأسبوع".',
      ["[نايف القحطاني | أضاف] لم تسجل أي حالة جديدة خلال الأسبوع"]
    ]
  ],
  "with nobody named before in that role the body stays the speaker": [
    [
      'وزار الأمير الموقع صباح اليوم. وقال المدير التنفيذي لـ[[ORGANIZATION:سوق عكاظ]]: "سنستقبل ضعف عدد الزوار هذا العام".',
      ["[سوق عكاظ | قال] سنستقبل ضعف عدد الزوار هذا العام"]
    ],
    // a person with the role of another body is not its holder
    [
      'وأكد المدير التنفيذي لشركة النقل [[PERSON:ماجد الحربي|المدير التنفيذي لشركة النقل]] أن الحافلات جاهزة. وقال المدير التنفيذي لـ[[ORGANIZATION:سوق عكاظ]]: "سنستقبل ضعف عدد الزوار هذا العام".',
      ["[سوق عكاظ | قال] سنستقبل ضعف عدد الزوار هذا العام"]
    ]
  ],
  "an object text with nobody named in its clause is the chain's person's, never the noun": [
    [
      'قال المستشار [[PERSON:مايكل فلين]] إن الحملة بدأت بقوة كبيرة في الولايات.\n\nوكانت آراؤه في الهجرة مثار جدل آخر.\n\nفقد كتب تغريدة في مارس 2016 يقول فيها إن "الهجرة أمر خطير"، وقال لصحيفة محلية في يوليو إن "العالم يتغير لأن الناس قلقون".',
      // (and the chain holds him for the verb after it)
      ["[مايكل فلين | يقول] الهجرة أمر خطير", "[مايكل فلين | قال] العالم يتغير لأن الناس قلقون"]
    ]
  ]
}

describeQuoteTables("s20b: Arabic roles tied to a body", tables)
