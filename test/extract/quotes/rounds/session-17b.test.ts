import { describeQuoteTables, type QuoteRow } from "../marked.js"

/**
 * Session 17, second round (docs/history/quotes.md, "Seventeenth session", "Second round"): marks far from their verb in one
 * clause, a name in marks as the verb's subject, a description in marks before a colon. Sentences written for these
 * tests in the style of the wires; `[[PERSON:text]]` marks become entities.
 */

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "marks past the cue window, with only words of the verb's clause before them": [
    [
      'وقال قائد الشرطة في المدينة الساحلية [[PERSON:راجيف كومار]] في مؤتمر صحفي عقده مساء أمس بمقر القيادة في وسط العاصمة "إن التحقيقات ما زالت جارية في الحادث".',
      ["[راجيف كومار | قال] إن التحقيقات ما زالت جارية في الحادث"]
    ],
    [
      'وقال قائد شرطة السكك الحديدية في الولاية الشمالية [[PERSON:م.س. كومار]] في مؤتمر صحفي عقده مساء أمس في مقر القيادة العامة "لم نعثر على أي أثر للمتفجرات في القطار".',
      ["[م.س. كومار | قال] لم نعثر على أي أثر للمتفجرات في القطار"]
    ],
    // a name of four words in marks there is no speech
    ['وقالت مصادر في المحافظة الجنوبية إن خمسة حراس قضوا فجر اليوم في تفجير استهدف نقطة تفتيش تبناه تنظيم «القاعدة في جزيرة العرب».', []],
    // a comma (an aside, a new clause) between them: still too far
    [
      'وقال قائد الشرطة في المدينة الساحلية [[PERSON:راجيف كومار]] في مؤتمر صحفي، عقده مساء أمس بمقر القيادة في وسط العاصمة، "إن التحقيقات ما زالت جارية في الحادث".',
      []
    ]
  ],
  "a name in marks right after the verb, then a complementizer, is the verb's subject": [
    ['ومن جهته صرح "مركز الأمير سلطان للعلوم" الترفيهي بأنه سيفتح أبوابه للزوار الأسبوع المقبل.', []],
    ['وأعلن "نادي الفروسية الملكي" أنه سيستضيف البطولة في موعدها.', []],
    // speech right after the verb stays speech
    ['وصرح مدير المركز "سنفتح الأبواب للزوار في الأسبوع المقبل بعد انتهاء الصيانة".', ["[مدير المركز | صرح] سنفتح الأبواب للزوار في الأسبوع المقبل بعد انتهاء الصيانة"]],
    ['ويقول المدرب "الملعب يجمع الناس مهما اختلفت لغاتهم" مشيرا إلى أن المتطوعين يدربون الأطفال مجانا.', ["[المدرب | يقول] الملعب يجمع الناس مهما اختلفت لغاتهم"]],
    ['وقال [[PERSON:سامي الخطيب]] "لن نقبل بأي حل لا يحفظ حقوق العمال" بأن المفاوضات ستستأنف.', ["[سامي الخطيب | قال] لن نقبل بأي حل لا يحفظ حقوق العمال"]]
  ],
  "a description of the speaker in marks before the colon": [
    [
      "من جهته يقول [[PERSON:أحمد سالم]] «موظف في منتجع سياحي»: إن الموسم هذا العام أفضل من العام الماضي.",
      ["[أحمد سالم | يقول] إن الموسم هذا العام أفضل من العام الماضي"]
    ],
    [
      'وتقول [[PERSON:منى الحربي]] "أم لثلاثة أطفال تعمل في المستشفى": لا نجد مقاعد في المدارس القريبة.',
      ["[منى الحربي | تقول] لا نجد مقاعد في المدارس القريبة"]
    ],
    // marks after a complementizer are the speech, as before
    [
      "وأشار التقرير إلى أن «كل طرف ينتظر مقابلا لما يقدمه»: تريد العاصمة الأولى استعمال القاعدة الجوية.",
      ["[التقرير | أشار] كل طرف ينتظر مقابلا لما يقدمه"]
    ],
    // marks after the colon are the speech, as before
    [
      "ويقول [[PERSON:أحمد سالم]]: «الموسم هذا العام أفضل من العام الماضي».",
      ["[أحمد سالم | يقول] الموسم هذا العام أفضل من العام الماضي"]
    ]
  ]
}

describeQuoteTables("quotes: session 17, second round", tables)
