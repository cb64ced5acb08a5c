import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Short attributed phrases in marks after verbs of calling and charging (docs/history/quotes.md, "Forty-eighth
 * session: shortar"): `نسب`/`تنسب` join `chargeVerbs` (the wording of whom the subject blames, after إلى); a phrase of
 * time or place may lead the sentence before such a verb (`وفي إطار قلقه دعا X Y إلى «…»`, chargeBefore); and a term
 * after `ما سماه`/`ما أسمته` in the complement of such a verb is the caller's (namedByCaller).
 * Sentences written for these tests in the style of a wire; `[[TYPE:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a verb of ascribing with its named subject, the wording after إلى": [
    ['وتنسب [[LOCATION:بكين]] عادة أعمال الشغب في المنطقة إلى «عصابات مسلحة منظمة».', ["[بكين | تنسب] عصابات مسلحة منظمة"]],
    ['ونسب [[PERSON:كمال يوسف]] الحريق إلى «إهمال جسيم» من إدارة المصنع.', ["[كمال يوسف | نسب] إهمال جسيم"]]
  ],
  "a phrase of time or place before a verb of calling": [
    ['وفي إطار قلقه من تصاعد الاشتباكات دعا [[PERSON:سامي الحداد]] الأحد الطرفين إلى «إلقاء السلاح فورا».', ["[سامي الحداد | دعا] إلقاء السلاح فورا"]],
    ['وفي بيان على موقعها الرسمي طالبت [[ORGANIZATION:منظمة العفو الدولية]] السلطات بـ«إطلاق سراح المعتقلين».', ["[منظمة العفو الدولية | طالبت] إطلاق سراح المعتقلين"]]
  ],
  "a term named by the subject of a verb of calling": [
    ['ودعا [[PERSON:سامي الحداد]] إلى مواجهة ما سماه «الخطر الداهم» على الحدود.', ["[سامي الحداد | دعا] الخطر الداهم"]],
    ['وطالبت [[PERSON:ليلى حسن]]، وزيرة الصحة، بمحاسبة من تسبب في ما أسمته «الكارثة الصحية» في المستشفى.', ["[ليلى حسن | طالبت] الكارثة الصحية"]]
  ],
  "must not change: passive ascribing, a naming verb with no caller, a gender that is not the caller's": [
    ['ووقعت سلسلة هجمات في البلاد نسبت إلى «العمال الكردستاني» خلال الصيف.', []],
    ['ويقال إنه سافر إلى الخارج للانضمام إلى ما سماه «الجهاد» قبل عامين.', []],
    ['ودعا [[PERSON:سامي الحداد]] إلى التصدي لما أسمته «الحملة المغرضة» ضد الحكومة.', []],
    ['وفي المدينة دعا الأهالي إلى «الهدوء».', []]
  ]
}

describeQuoteTables("Arabic: short phrases after verbs of calling and ascribing (forty-eighth session, shortar)", tables)
