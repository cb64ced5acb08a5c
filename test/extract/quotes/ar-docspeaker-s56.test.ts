import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Quotes whose speaker is the one a document, a speech or a channel named before the words belongs to
 * (docs/history/quotes.md, "Fifty-sixth session: ardoc"): a document noun past the fixed window of `documentSpeaker`,
 * read through the clause up to another verb of saying; a cue whose own last word is `فيها` (`كلمة، جاء فيها:`); a
 * channel's relative clause (`تليفزيون X الذي قال:`: the channel, or the one whose statements it carried); a kin noun
 * with its pronoun that opens with و (`وأكد أن والده قال له:`). Sentences written for these tests in the style of the
 * wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  prisoners: "لن نترك الأسرى في السجون مهما طال الزمن ومهما كانت التضحيات",
  relief: "إن بلادنا ماضية في طريق الخير والعطاء لكل محتاج في العالم",
  season: "سنحاول الفوز بكل الألقاب في الموسم الجديد رغم صعوبة المهمة",
  work: "لن تنجح في حياتك إلا إذا تعبت أكثر من غيرك"
}

/** A minister quoted before each row. */
const first = `وقال الوزير [[PERSON:سالم داود]]: «خطتنا للنقل العام تبدأ هذا العام».`
const q0 = `[سالم داود | قال] خطتنا للنقل العام تبدأ هذا العام`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a document noun past sixteen tokens, read through its clause (`documentNounBefore`)": [
    [`${first}\nوعلى هامش الزيارة أجرى مراسل [[ORGANIZATION:القناة الأولى]] مقابلة مع الشيخ [[PERSON:أبي عمر الحلبي]] الذي لم يظهر وجهه أمام الكاميرا، بل كان في الإمكان فقط سماع صوته المبحوح عبر الشاشة الصغيرة، قال فيها: «${W.prisoners}».`, [q0, `[أبي عمر الحلبي | قال] ${W.prisoners}`]],
    [`${first}\nوفي العام التالي بعث الجنرال [[PERSON:دوغلاس هارت]] برسالة لزعيم الأغلبية في مجلس النواب [[PERSON:جوزيف مارش]] - الذي كان يؤيد موقفه من الحرب على الجارة الشمالية - قال فيها إنه «${W.prisoners}».`, [q0, `[دوغلاس هارت | قال] ${W.prisoners}`]],
    // must stay: another verb of saying between the far noun and the verb (the clause of another speech)
    [`${first}\nوعلى هامش الزيارة أجرى مراسل [[ORGANIZATION:القناة الأولى]] مقابلة مع الشيخ [[PERSON:أبي عمر الحلبي]] الذي لم يظهر وجهه، وقال مدير القناة إن البرنامج سيعرض قريبا على الشاشة الصغيرة في موعده المعتاد، وأكد فيها: «${W.prisoners}».`, [q0, `[مدير القناة | أكد] ${W.prisoners}`]]
  ],
  "a cue that ends in `فيها` after a document (`جاء فيها`)": [
    [`${first}\nعقب ذلك ألقى خادم الحرمين الشريفين الملك [[PERSON:فهد بن سعد]] ـ حفظه [[MISC:الله]] ـ كلمة، جاء فيها: ${W.relief}.`, [q0, `[فهد بن سعد | جاء فيها] ${W.relief}`]],
    [`${first}\nوأعلنت الإدارة موقفها عبر بيان أصدره [[ORGANIZATION:المركز الإعلامي]] في النادي جاء فيه: ${W.season}.`, [q0, `[المركز الإعلامي | جاء فيه] ${W.season}`]],
    // must stay: no document named before the cue
    [`${first}\nوفي ختام اللقاء جاء فيها: ${W.relief}.`, [q0, `[سالم داود | جاء فيها] ${W.relief}`]]
  ],
  "a channel's relative clause (`channelOfName`, `relayNouns`)": [
    [`${first}\nونقلت صحيفة «[[ORGANIZATION:الرياضية]]» تصريحات رئيس النادي [[PERSON:جوزيب فيلار]] من تليفزيون [[ORGANIZATION:برشلونة]] الذي قال: ${W.season}.`, [q0, `[جوزيب فيلار | قال] ${W.season}`]],
    [`${first}\nوظهر الحارس في برنامج على تليفزيون [[ORGANIZATION:برشلونة]] الذي قال: ${W.season}.`, [q0, `[تليفزيون برشلونة | قال] ${W.season}`]],
    // must stay: a club with no channel's noun before it
    [`${first}\nوجاء الرد من نادي [[ORGANIZATION:برشلونة]] الذي قال: ${W.season}.`, [q0, `[برشلونة | قال] ${W.season}`]]
  ],
  "a kin noun with its pronoun that opens with و (`kinPronounBeforeVerb`)": [
    [`${first}\nوتحدث اللاعب [[PERSON:سامي العتيبي]] عن بداياته في ملاعب الحي، وأكد أن والده قال له: «${W.work}».`, [q0, `[والده | قال] ${W.work}`]],
    [`${first}\nوتحدث اللاعب [[PERSON:سامي العتيبي]] عن بداياته، وروى أن والده قال له يوما: «${W.work}».`, [q0, `[والده | قال] ${W.work}`]],
    // must stay: a word that opens with و and names no kin (`والي`, a governor)
    [`${first}\nوتحدث اللاعب [[PERSON:سامي العتيبي]] عن بداياته، وأكد أن والي المنطقة قال له: «${W.work}».`, [q0, `[سامي العتيبي | قال] ${W.work}`]]
  ]
}

describeQuoteTables("fifty-sixth session, Arabic: the one a document, a speech or a channel named before the words belongs to (helper ardoc)", tables)
