import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quote speakers after the session-59 brief (docs/history/quotes.md, "Fifty-ninth session: arquote10"): the
 * organisations the entity stage newly tags (session 58, arorg) standing as a possessor or an object near the cue —
 * the antecedent a describing verb's pronoun takes up (`التي وصفتها بـ«…»`), a name in a verb's object glued to `ب`
 * (`وأشاد بدور قوات X … قائلا`), the body of a spokesman introduced by name before (`وقال المتحدث باسم X:`) — and the
 * subject written before a speech verb right before a participle (`إلا أن المحامي حذر قائلا:`), and `سأقول` in marks
 * read as no name (`يردف «سأقول نعم»`). Sentences written for
 * these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  talks: "المحادثات لم تصل بعد إلى أي نتيجة ملموسة",
  thanks: "الشكر الكبير لما قدمته القوات من دعم للمدينة وأهلها"
}

/** A minister quoted before each row. */
const first = `وقال الوزير [[PERSON:سامر خليل]]: «${W.plan}».`
const q0 = `[سامر خليل | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a describing verb whose pronoun takes up the relative's antecedent (`resumedAntecedent`)": [
    [`${first}\nوأشاد بموقف دول [[ORGANIZATION:التحالف العربي]] التي وصفتها بـ«المنقذ لأبناء البلاد»، مؤكدا أن دورها كبير.`, [q0, "[سامر خليل | مؤكدا] المنقذ لأبناء البلاد"]],
    // must stay: the pronoun is another's (التي, then وصفته), the antecedent speaks
    [`${first}\nوهاجمت [[ORGANIZATION:منظمة العفو الدولية]] التي وصفته بأنه «المسؤول الأول عن الأزمة».`, [q0, "[منظمة العفو الدولية | وصفته] المسؤول الأول عن الأزمة"]]
  ],
  "a name in the object glued to `ب` of a verb of praising or charging (`chargeObjectAt`, `baObjectOpens`)": [
    [`${first}\nوأشاد بدور قوات [[ORGANIZATION:التحالف العربي]] قائلا: «${W.thanks}».`, [q0, `[سامر خليل | قائلا] ${W.thanks}`]],
    [`${first}\nوأشاد بالتحالف العربي قائلا: «${W.thanks}».`, [q0, `[سامر خليل | قائلا] ${W.thanks}`]],
    [`${first}\nوأشاد بموقف [[ORGANIZATION:الجامعة العربية]] بـ«الدعم الكبير الذي قدمته للشعب».`, [q0]],
    // must stay: the subject right after the verb (a name that opens with ب), `بدوره` before the subject
    [`${first}\nوأشاد [[PERSON:بشار الأسد]] بدور الجيش قائلا: «${W.thanks}».`, [q0, `[بشار الأسد | قائلا] ${W.thanks}`]],
    [`${first}\nوأشاد بدوره [[PERSON:خالد منصور]] بدور الجيش قائلا: «${W.thanks}».`, [q0, `[خالد منصور | قائلا] ${W.thanks}`]],
    [`${first}\nوأشاد [[ORGANIZATION:الاتحاد الأوروبي]] بـ«الخطوات الجريئة التي اتخذتها الحكومة».`, [q0, "[الاتحاد الأوروبي | أشاد] الخطوات الجريئة التي اتخذتها الحكومة"]]
  ],
  "a spokesman of a body introduced by name before (`spokesmanOfBody`, read by `roleOfBody`)": [
    [`كشف المتحدث باسم [[ORGANIZATION:البيت الأبيض]] [[PERSON:جوش إرنست]] أن الإدارة تعمل على خطة جديدة.\nوقال المتحدث باسم [[ORGANIZATION:البيت الأبيض]]: «${W.talks}».`, [`[جوش إرنست | قال] ${W.talks}`]],
    // must stay: nobody introduced with the role, another body's spokesman, an indefinite spokesman (someone else)
    [`وقال المتحدث باسم [[ORGANIZATION:البيت الأبيض]]: «${W.talks}».`, [`[البيت الأبيض | قال] ${W.talks}`]],
    [`وأعلن المتحدث باسم [[ORGANIZATION:وزارة الداخلية]] [[PERSON:منصور التركي]] القبض على المتهمين.\nوقال المتحدث باسم [[ORGANIZATION:الشرطة]]: «${W.talks}».`, [`[الشرطة | قال] ${W.talks}`]],
    [`كشف المتحدث باسم [[ORGANIZATION:البيت الأبيض]] [[PERSON:جوش إرنست]] أن الإدارة تعمل على خطة جديدة.\nوقال متحدث باسم [[ORGANIZATION:البيت الأبيض]]: «${W.talks}».`, [`[البيت الأبيض | قال] ${W.talks}`]]
  ],
  "the subject before a speech verb right before a participle (`frontedBeforeVerb`)": [
    [`${first}\nوفي حين أن كثيرا من المسؤولين يشعرون بالتوتر، إلا أن المحامي حذر قائلا: «${W.talks}».`, [q0, `[المحامي | قائلا] ${W.talks}`]],
    [`${first}\nلكن السلطات المحلية ردت قائلة: «${W.talks}».`, [q0, `[السلطات المحلية | قائلة] ${W.talks}`]],
    // must stay: no subject before the verb (the chain's); a verb and its object before the participle (read before)
    [`${first}\nوحذر قائلا: «${W.talks}».`, [q0, `[سامر خليل | قائلا] ${W.talks}`]],
    [`${first}\nإلا أن المحامي أشار إلى الأزمة قائلا: «${W.talks}».`, [q0, `[المحامي | قائلا] ${W.talks}`]]
  ],
  "a verb of the first person's future opens no name in marks (`futureFirstPerson`, read by `markedName`)": [
    [`ويقول [[PERSON:هشام الحاج]] إن الغناء أولويته.\nلكنه يردف «سأقول نعم» للمسرح، معبرا عن عشقه له قائلا: «هو يشبهني تماما في كل شيء».`, ["[هشام الحاج | قائلا] هو يشبهني تماما في كل شيء"]],
    // must stay: a name in marks as the subject
    [`وقال "سامر": «${W.talks}».`, [`[سامر | قال] ${W.talks}`]]
  ]
}

describeQuoteTables("Arabic quotes: bodies as possessors and objects, subjects before a verb before a participle (session 59, arquote10)", tables)
