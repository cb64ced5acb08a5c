import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers carried from an earlier paragraph, or phrases run past their noun, where the text names a new
 * speaker, after the session-55 readings (docs/history/quotes.md, "Fifty-sixth session: arcarry4"): an unnamed
 * source's request not to be named (`anonymityRequests`); a topic after `أما` that a relative clause or an age in
 * parentheses follows before the verb's `ف`; a kin with her pronoun (`جدتها`, `أمها`) as that topic. Sentences
 * written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  bodies: "إن الجثث متناثرة في الشوارع منذ يومين",
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  home: "لم نعد نملك شيئا بعد أن غمرت المياه البيت كله",
  talks: "المحادثات لم تصل بعد إلى أي نتيجة ملموسة"
}

/** A doctor quoted before each row. */
const first = `وقال الطبيب [[PERSON:سامر خليل]]: «${W.plan}».`
const q0 = `[سامر خليل | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a request not to be named ends an unnamed source's phrase (`phraseEnd`, `anonymityRequests`)": [
    [`${first}\nوقال مسؤول أميركي طلب عدم ذكر اسمه إن "${W.talks}".`, [q0, `[مسؤول أميركي | قال] ${W.talks}`]],
    [`${first}\nوقال مصدر أمني فضل عدم الكشف عن هويته: «${W.talks}».`, [q0, `[مصدر أمني | قال] ${W.talks}`]],
    [`${first}\nوقال أحد المسؤولين ورفض نشر اسمه إن "${W.talks}".`, [q0, `[أحد المسؤولين | قال] ${W.talks}`]],
    [`${first}\nوقالت مصادر دبلوماسية طلبت عدم الإفصاح عن هويتها إن «${W.talks}».`, [q0, `[مصادر دبلوماسية | قالت] ${W.talks}`]],
    // must stay: a name before the verb, a verb of asking with another object
    [`${first}\nوقال [[PERSON:كريم فارس]] إن «${W.talks}».`, [q0, `[كريم فارس | قال] ${W.talks}`]]
  ],
  "an unnamed source after a complementizer, before a verb with no subject (`reportedSubject`)": [
    [`وقال الكاتب [[PERSON:ريتشارد سبنسر]] في مقاله: «${W.plan}».\nويضيف الكاتب أن مسؤولا أميركيا قال له: «${W.talks}».`, [`[ريتشارد سبنسر | قال] ${W.plan}`, `[مسؤولا أميركيا | قال] ${W.talks}`]],
    [`${first}\nوذكرت الصحيفة أن مصدرا دبلوماسيا قال لها إن «${W.talks}».`, [q0, `[مصدرا دبلوماسيا | قال] ${W.talks}`]],
    // must stay: a definite noun after the complementizer (read so before), a source with a definite word after it
    [`${first}\nوذكرت الصحيفة أن المسؤول الأميركي قال لها إن «${W.talks}».`, [q0, `[المسؤول الأميركي | قال] ${W.talks}`]]
  ],
  "the topic after `أما`, a relative clause or an age in parentheses before the verb's `ف` (`ammaRelative`, `ageInParentheses`)": [
    [`${first}\nأما جدتها (68 سنة) التي تعيش معها منذ سنوات، فتقول: «${W.home}».`, [q0, `[جدتها | تقول] ${W.home}`]],
    [`${first}\nأما جدتها التي تعيش معها منذ سنوات، فتقول: «${W.home}».`, [q0, `[جدتها | تقول] ${W.home}`]],
    [`${first}\nأما الجدة (68 سنة) فتقول: «${W.home}».`, [q0, `[الجدة | تقول] ${W.home}`]],
    [`${first}\nأما المريض الذي يرقد في الغرفة المجاورة، فيقول: «${W.home}».`, [q0, `[المريض | يقول] ${W.home}`]],
    // must stay: a name in parentheses (no number), a verb of naming after the relative pronoun
    [`${first}\nأما الشاعر ( [[PERSON:أحمد البلوي]] ) فقال: «${W.home}».`, [q0, `[أحمد البلوي | قال] ${W.home}`]],
    [`${first}\nأما صاحبة المطعم التي تدعى [[PERSON:سلمى]]، فتقول: «${W.home}».`, [q0, `[سلمى | تقول] ${W.home}`]]
  ],
  "a request not to be named in marks, and `أحد` with a definite plural before a verb with no subject (`indefiniteOneBefore`, which reads the phrase before the marks; `unnamedBeforeVerb`'s copy of it folded there in the fifty-seventh session)": [
    [`${first}\nأحد العمال في المصنع "فضل عدم ذكر اسمه" أوضح لـ"اليوم" أن الإدارة لم تدفع الرواتب منذ أشهر.\nويوضح أن المصنع كان يعمل بكامل طاقته قائلاً: "${W.home}".`, [q0, `[أحد العمال | قائلاً] ${W.home}`]],
    [`${first}\nأحد العمال في المصنع أوضح لـ"اليوم" أن الإدارة لم تدفع الرواتب منذ أشهر.\nوقال: "${W.home}".`, [q0, `[أحد العمال | قال] ${W.home}`]],
    // must stay: marks that open with another word are read as before; `أحد` not at the sentence's start
    [`${first}\nوقال إن الإدارة "فضلت الصمت طوال أشهر ولم ترد على أي سؤال".`, [q0, `[سامر خليل | قال] فضلت الصمت طوال أشهر ولم ترد على أي سؤال`]],
    [`${first}\nوزار الوزير أحد المصانع في المدينة أمس.\nوقال: "${W.home}".`, [q0, `[سامر خليل | قال] ${W.home}`]]
  ],
  "a kin with her pronoun as the topic (`mannerAdverb`, `kinWithPronoun`)": [
    [`${first}\nأما أمها فقالت: «${W.home}».`, [q0, `[أمها | قالت] ${W.home}`]],
    [`${first}\nأما شقيقها فقال: «${W.home}».`, [q0, `[شقيقها | قال] ${W.home}`]],
    // must stay: a word with her pronoun that is no kin (a time), a kin with his pronoun (read so before)
    [`${first}\nوقال وقتها: «${W.home}».`, [q0, `[سامر خليل | قال] ${W.home}`]],
    [`${first}\nأما شقيقه فقال: «${W.home}».`, [q0, `[شقيقه | قال] ${W.home}`]]
  ]
}

describeQuoteTables("Arabic speakers not carried over a new subject (session 56, arcarry4)", tables)
