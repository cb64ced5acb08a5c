import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quotes after the session-58 brief (docs/history/quotes.md, "Fifty-eighth session: arquote9"): short pieces
 * in marks after a participle whose complementizer stands past an aside of its own (`مشيرا في تصريحات لـ«X»، عبر
 * الهاتف، إلى أن … «…»، وأن … «…»`), the subject `أحد`/`إحدى` of a group after a pronoun addressee (`قال له أحد
 * الجالسين:`), and a label in marks before `كما يسميها X` (no quote). Sentences written for these tests in the style
 * of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  talks: "المحادثات لم تصل بعد إلى أي نتيجة ملموسة"
}

/** A minister quoted before each row. */
const first = `وقال الوزير [[PERSON:سامر خليل]]: «${W.plan}».`
const q0 = `[سامر خليل | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "pieces after a participle's complementizer past its aside (`clauseComplementizer`, `asideThenComplementizer`)": [
    [
      `ويقول الدبلوماسي إن «${W.talks}»، مشيرا في تصريحات لـ«الشرق الأوسط»، عبر الهاتف، إلى أن الاتهامات الموجهة إلى حكومة بلاده «غير صحيحة»، وأن الوضع الاقتصادي لبلاده «قوي جدا».`,
      [`[الدبلوماسي | يقول] ${W.talks}`, "[الدبلوماسي | مشيرا] غير صحيحة", "[الدبلوماسي | null] قوي جدا"]
    ],
    [
      `ويقول الدبلوماسي إن «${W.talks}»، مؤكدا في حديث هاتفي أمس مع الصحافيين، على أن الاتهامات الموجهة إلى حكومة بلاده «غير صحيحة».`,
      [`[الدبلوماسي | يقول] ${W.talks}`, "[الدبلوماسي | مؤكدا] غير صحيحة"]
    ],
    [
      `ويقول الدبلوماسي إن «${W.talks}»، مشيرا في تصريحات لـ«الشرق الأوسط»، عبر الهاتف، إلى أن الحكومة ستعرض «خطة شاملة للإصلاح الاقتصادي» قريبا.`,
      [`[الدبلوماسي | يقول] ${W.talks}`, "[الدبلوماسي | مشيرا] خطة شاملة للإصلاح الاقتصادي"]
    ],
    // must stay: no comma closing the participle's phrase before the complementizer (two words that far are as often a
    // name or a term), a name in marks after the complementizer
    [
      `ويقول الدبلوماسي إن «${W.talks}»، مشيرا في تصريحات خاصة أدلى بها أمس في مقر وزارة الخارجية في العاصمة إلى أن الاتهامات الموجهة إلى حكومة بلاده «غير صحيحة».`,
      [`[الدبلوماسي | يقول] ${W.talks}`]
    ],
    [
      `ويقول الدبلوماسي إن «${W.talks}»، مشيرا في تصريحات لـ«الشرق الأوسط»، عبر الهاتف، إلى أن المفاوضات مع [[ORGANIZATION:«حركة النهضة»]] مستمرة.`,
      [`[الدبلوماسي | يقول] ${W.talks}`]
    ]
  ],
  "`أحد`/`إحدى` and a definite word after a pronoun addressee (`oneOfDefinite` in `verbCue`)": [
    [`${first}\nعندها قال له أحد الجالسين: «${W.talks}».`, [q0, `[أحد الجالسين | قال] ${W.talks}`]],
    [`${first}\nفقالت لها إحدى الموظفات: «${W.talks}».`, [q0, `[إحدى الموظفات | قالت] ${W.talks}`]],
    // must stay: a definite subject after the pronoun, a manner word (no subject: the chain's)
    [`${first}\nوقال له المحافظ: «${W.talks}».`, [q0, `[المحافظ | قال] ${W.talks}`]],
    [`${first}\nوقال له مخاطبا: «${W.talks}».`, [q0, `[سامر خليل | قال] ${W.talks}`]]
  ],
  "a label right before `كما يسميها X` is no quote (`namerAfter`)": [
    [`وقال الرئيس [[PERSON:حسن روحاني]] إن بلاده ستواجه «الشيطان الأكبر الأمريكي» كما يسميها المرشد، بكل قوة.`, []],
    [`وقالت الوزيرة إن الحكومة ماضية في خطتها، وإن «الحرب على الفساد»، كما تسميها، «لن تتوقف أبدا».`, ["[الوزيرة | قالت] لن تتوقف أبدا"]],
    [`وقال الرئيس [[PERSON:حسن روحاني]] إن «الشيطان الأكبر»، مثلما يسميه المرشد، لن ينجح في مخططاته.`, []],
    // must stay: a colon quote before `كما يسميها`, a verb of describing (three words: the describer's), five words
    [`وقال [[PERSON:حسن روحاني]]: «لن نتفاوض مع الشيطان الأكبر» كما يسميها المرشد.`, ["[حسن روحاني | قال] لن نتفاوض مع الشيطان الأكبر"]],
    [`وقال [[PERSON:جون كيري]] إن بلاده «أقوى دولة في العالم»، كما يصفها [[PERSON:أوباما]].`, ["[أوباما | يصفها] أقوى دولة في العالم"]],
    [`وقال [[PERSON:حسن روحاني]] إن «بلاده لن تتفاوض مع أحد أبدا» كما يسميها المرشد.`, ["[حسن روحاني | قال] بلاده لن تتفاوض مع أحد أبدا"]]
  ]
}

describeQuoteTables("Arabic quotes: pieces after a participle's aside, one of a group after an addressee, labels before كما يسميها (session 58, arquote9)", tables)
