import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quote speakers after the session-61 brief (docs/history/quotes.md, "Sixty-first session: arquote14"): a bare
 * speech verb that opens its sentence goes on with the person a sentence shortly before opens with as the topic of a
 * predicate that is no speech verb (`الدكتور X متواضع … . يقول: "…"`, `مع ذلك يظل X متفائلا … . ويعتبر أنه … .
 * ويضيف: "…"`), not with the speaker quoted paragraphs before; a speech verb glued to ف in the middle of a sentence
 * that opens with a verb and its subject goes on with that subject (`أثنى X على … فكتب يقول: «…»`). Sentences written for these tests in the style of the
 * wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  market: "السوق ما زالت متقلبة ولا أحد يعرف إلى أين تتجه",
  role: "دوري هو أن أساعد الشركة على وضع استراتيجيتها",
  manager: "يفترض في المدير المحترف أن يكون قادرا على إدارة أي عمل",
  team: "الفريق قدم مباراة كبيرة ويستحق الفوز"
}

/** An analyst quoted in the paragraph before each row. */
const first = `وقال المحلل [[PERSON:رود ساتون]]: "${W.market}".`
const q0 = `[رود ساتون | قال] ${W.market}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "the person a sentence before opens with as its topic (`topicPersonBefore`, `topicOpening`)": [
    [`${first}\nالدكتور [[PERSON:روني هوي]] متواضع حول دوره في نجاح الشركة. يقول: "${W.role}".`, [q0, `[روني هوي | يقول] ${W.role}`]],
    [`${first}\nالدكتور [[PERSON:روني هوي]] متواضع حول دوره في نجاح الشركة. في مقابلة مع صحيفة [[ORGANIZATION:فاينانشيال تايمز]]، يقول إنه يركز على الاستراتيجية. يقول: "${W.role}".`, [q0, `[روني هوي | يقول] ${W.role}`]],
    [`${first}\nمع ذلك يظل الدكتور [[PERSON:روني هوي]] متفائلا بشأن مستقبله. ويعتبر أنه سيواصل عمله في الشركات. ويضيف: "${W.manager}".`, [q0, `[روني هوي | يضيف] ${W.manager}`]],
    [`${first}\nلكن [[PERSON:روني هوي]] لا يزال متفائلا بشأن مستقبله في شركة [[PERSON:هانيرجي]]. ويضيف: "${W.manager}".`, [q0, `[روني هوي | يضيف] ${W.manager}`]],
    [`${first}\nولا يزال المدرب [[PERSON:خالد العمري]] واثقا من لاعبيه. ويقول: "${W.team}".`, [q0, `[خالد العمري | يقول] ${W.team}`]],
    // must stay: another person named in the sentence between (the chain decides)
    [`${first}\nالدكتور [[PERSON:روني هوي]] متواضع حول دوره. وعمل سنوات طويلة في الشركة إلى جانب [[PERSON:سامي الحربي]]. يقول: "${W.role}".`, [q0, `[رود ساتون | يقول] ${W.role}`]],
    // must stay: the topic three sentences back, in another paragraph, or after a preposition
    [`${first}\nالدكتور [[PERSON:روني هوي]] متواضع حول دوره. عمل في الشركة طويلا. وغادرها قبل عامين. يقول: "${W.role}".`, [q0, `[رود ساتون | يقول] ${W.role}`]],
    [`${first} الدكتور [[PERSON:روني هوي]] متواضع حول دوره.\nيقول: "${W.role}".`, [q0, `[رود ساتون | يقول] ${W.role}`]],
    [`${first}\nمع [[PERSON:روني هوي]] تغيرت الشركة كثيرا. يقول: "${W.role}".`, [q0, `[رود ساتون | يقول] ${W.role}`]],
    // must stay: a mark in the sentence between, a feminine verb after a man's role
    [`${first}\nالدكتور [[PERSON:روني هوي]] متواضع حول دوره في "الشركة الكبرى" منذ سنوات. يقول: "${W.role}".`, [q0, `[رود ساتون | يقول] ${W.role}`]]
  ],
  "a speech verb glued to ف in the middle of a sentence that opens with a verb and its subject (`faOnward`, read by `ownSentenceSubject`)": [
    [`${first}\nبدوره أثنى رئيس الوزراء [[PERSON:سامي الخطيب]] على القوة التي تدخلت بسرعة فكتب يقول في بيان: «${W.team}».`, [q0, `[سامي الخطيب | يقول] ${W.team}`]],
    [`${first}\nمن جانبه، رحب الوزير [[PERSON:سامي الخطيب]] بنتيجة المباراة فقال: «${W.team}».`, [q0, `[سامي الخطيب | قال] ${W.team}`]],
    // must stay: a sentence that opens with no verb and subject (the chain decides); left as it was: a role with nobody
    // named before (the chain still speaks, A116 #40)
    [`${first}\nوفي نهاية اللقاء فقال: «${W.team}».`, [q0, `[رود ساتون | قال] ${W.team}`]],
    [`${first}\nوروى الشيخ [[PERSON:سامي الخطيب]] قال: جاء رجل إلى المسجد فقال: «${W.team}».`, [q0, `[سامي الخطيب | قال] جاء رجل إلى المسجد فقال: «${W.team}»`]],
    [`${first}\nبدوره أثنى رئيس الوزراء على القوة التي تدخلت بسرعة فكتب يقول في بيان: «${W.team}».`, [q0, `[رود ساتون | يقول] ${W.team}`]]
  ]
}

describeQuoteTables("Arabic quotes: the topic person of a sentence before a bare speech verb (session 61, arquote14)", tables)
