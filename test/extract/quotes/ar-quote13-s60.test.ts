import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quotes after the session-60 brief (docs/history/quotes.md, "Sixtieth session: arquote13"): a plural voice
 * written before its verb after `غير أن`/`إلا أن` (`غير أن خبراء آخرين يقولون "…"`), lists of short names and a topic's
 * title in marks after words that open no speech (`شملت “…، …”`, `من خلال "…"`, `في موضوع "…"`), and a clause's opening
 * verb the entity stage read as a one-word name before a post's noun (`وحفز نائب رئيس …`). Sentences written for these
 * tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  drop: "إن التراجع المتوقع في الأسعار لن يكون كبيرا هذا العام",
  team: "ما رأيناه في المباراة يؤكد أن الفريق قادر على المنافسة"
}

/** An analyst quoted before each row. */
const first = `وقال الخبير [[PERSON:سامر خليل]]: «${W.plan}».`
const q0 = `[سامر خليل | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a plural voice before its verb after `غير أن`/`إلا أن` (`pluralVoice`, `opensButClause`)": [
    [`${first} ويرى [[ORGANIZATION:بنك الاستثمار]] أن الأسعار ستنخفض. غير أن مختصين آخرين يقولون "${W.drop}".`, [q0, `[مختصين آخرين | يقولون] ${W.drop}`]],
    [`${first} إلا أن خبراء آخرين يقولون "${W.drop}".`, [q0, `[خبراء آخرين | يقولون] ${W.drop}`]],
    // must stay: `لكن` as before, a plural voice after its verb, a singular subject before its verb, `أن` alone (a complementizer)
    [`${first} لكن محللين يقولون "${W.drop}".`, [q0, `[محللين | يقولون] ${W.drop}`]],
    [`${first} حيث يقول محللون "${W.drop}".`, [q0, `[محللون | يقول] ${W.drop}`]],
    [`${first} غير أن الحكومة تقول "${W.drop}".`, [q0, `[الحكومة | تقول] ${W.drop}`]],
    [`${first} وأكد أن مختصين آخرين يقولون "${W.drop}".`, [q0, `[سامر خليل | يقولون] ${W.drop}`]]
  ],
  "a list of short names after a word that opens no speech (`listAfterPlainWord`)": [
    [`${first} وأوضح أن الفريق زار المناطق الشمالية، شملت “وادي النخيل ، ضبا ، المويلح ، رأس الشيخ حميد ، حقل”.`, [q0]],
    [`${first} وأوضح أن التنافس يكون في الأدب من خلال "الشعر، الرواية، المسرح، النصوص الأدبية".`, [q0]],
    // must stay: a list right after a complementizer, a speech verb or a colon; pieces of more than three words
    [`${first} وأضاف أن "الصحة، التعليم، الإسكان، النقل".`, [q0, "[سامر خليل | أضاف] الصحة، التعليم، الإسكان، النقل"]],
    [`${first} وأضاف: "الصحة، التعليم، الإسكان، النقل".`, [q0, "[سامر خليل | أضاف] الصحة، التعليم، الإسكان، النقل"]],
    [`${first} وأوضح أن الجائزة تشمل "الشعر والرواية والمسرح في فروعها كلها هذا العام".`, [q0, "[سامر خليل | أوضح] الشعر والرواية والمسرح في فروعها كلها هذا العام"]],
    // must stay: short pieces parted by و alone (a clause's verbs, a statement's words), fewer than three commas
    [`${first} وقال إن هذه الأحزاب «تخاف التغيير وتريد عودة الحدود والجدران والأسوار».`, [q0, "[سامر خليل | قال] تخاف التغيير وتريد عودة الحدود والجدران والأسوار"]],
    [`${first} وأوضح أن الوظائف ستشمل «٣٠٠ وظيفة ممرض، و٢٠٠ فني، و١٠٠ طبيب».`, [q0, "[سامر خليل | أوضح] ٣٠٠ وظيفة ممرض، و٢٠٠ فني، و١٠٠ طبيب"]]
  ],
  "a topic's title after `موضوع` (`nameNouns`)": [
    [`${first} وأوضح أن المجال هو البحوث في موضوع "أثر العادات الاجتماعية في إعاقة التنمية في البلاد".`, [q0]],
    // must stay: the same words after a complementizer
    [`${first} وأوضح أن "العادات الاجتماعية تعيق التنمية في البلاد منذ سنوات طويلة".`, [q0, "[سامر خليل | أوضح] العادات الاجتماعية تعيق التنمية في البلاد منذ سنوات طويلة"]]
  ],
  "a clause's opening verb read as a one-word name before a post's noun (`verbBeforePost`)": [
    [`و[[PERSON:حفز|نائب رئيس الاتحاد السعودي]] نائب رئيس [[ORGANIZATION:الاتحاد السعودي]] للكرة الطائرة اللاعبين بمكافآت فورية، وقال: "${W.team}".`, [`[الاتحاد السعودي | قال] ${W.team}`]],
    [`${first}\nو[[PERSON:بارك]] عضو شرف [[ORGANIZATION:النادي الأهلي]] للاعبين الفوز، وقال: "${W.team}".`, [q0, `[النادي الأهلي | قال] ${W.team}`]],
    // must stay: a name of two words before the post, a name with no و before it, a one-word name before a word that is no post
    [`و[[PERSON:محمد علي]] نائب رئيس [[ORGANIZATION:الاتحاد السعودي]] حفز اللاعبين، وقال: "${W.team}".`, [`[محمد علي | قال] ${W.team}`]],
    [`[[PERSON:سامي]] نائب رئيس [[ORGANIZATION:الاتحاد السعودي]] حفز اللاعبين، وقال: "${W.team}".`, [`[سامي | قال] ${W.team}`]],
    [`و[[PERSON:سامي]] هو أهم لاعب في الفريق، وقال: "${W.team}".`, [`[سامي | قال] ${W.team}`]]
  ]
}

describeQuoteTables("Arabic quotes: plural voices after غير أن, lists and topics in marks, verbs read as names (session 60, arquote13)", tables)
