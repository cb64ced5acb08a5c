import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quote speakers after the session-62 brief (docs/history/quotes.md, "Sixty-second session: arquote19"): a bare
 * `بين` after a word of relating is "between", not the verb `بيّن` with the two parties for its subject, and the
 * subject of the verb of relating speaks for a later `وقال`/`وكتب` (`ربط X في مقاله بين الاتفاق وتنظيم داعش وقال …`);
 * a verb with `فيها` after a thinker's writings speaks for their genitive author (`أطروحات العملاق X …، ويعتبر فيها
 * أنه «…»`); a verb of expressing before `عن` and a colon and marks is a cue (`عبر X عن غضبه …: «…»`, `X عبر سابقا عن
 * …: «…»`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  region: "إن المنطقة كلها تدفع ثمن هذا الاتفاق",
  numbers: "الأرقام لا تكذب والعجز ما زال كبيرا",
  identity: "من المهم جدا مد التحليل إلى أشكال التمييز الأكثر خفاء",
  referee: "لن نسكت على هذا الظلم وسنرفع شكوى رسمية",
  fans: "أقول للجماهير إن النادي رفض عرضا كبيرا للاعب",
  talks: "العلاقات بين البلدين في أفضل حالاتها"
}

/** An official quoted in the paragraph before each row. */
const first = `وقال المسؤول [[PERSON:ناصر الدوسري]]: "${W.talks}".`
const q0 = `[ناصر الدوسري | قال] ${W.talks}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a bare `بين` after a word of relating is \"between\" (`relatingBefore`, `relatingSubject`)": [
    [`${first}\nوربط الكاتب [[PERSON:سليم ناصر]] في مقاله أمس بين الهدنة و[[ORGANIZATION:تنظيم القاعدة]] وقال إن الخطر قائم. وكتب “${W.region}”.`, [q0, `[سليم ناصر | كتب] ${W.region}`]],
    [`${first}\nوفي عمود في الصفحة الأولى من صحيفة [[ORGANIZATION:الحياة]] ربط [[PERSON:غسان سليم]] أيضا بين الاتفاق و[[ORGANIZATION:تنظيم داعش]] وقال إن الخوف المشترك دفع البلدين إلى الاتفاق. وكتب “${W.region}”.`, [q0, `[غسان سليم | كتب] ${W.region}`]],
    [`${first}\nوقارن المحلل [[PERSON:فهد العنزي]] بين الموازنة الجديدة و[[ORGANIZATION:وزارة المالية]] وقال: "${W.numbers}".`, [q0, `[فهد العنزي | قال] ${W.numbers}`]],
    [`${first}\nوميزت الباحثة [[PERSON:منى العتيبي]] في دراستها بين الفقر و[[ORGANIZATION:البنك الدولي]] وقالت: "${W.numbers}".`, [q0, `[منى العتيبي | قالت] ${W.numbers}`]],
    // must stay: the verb `بيّن` written with its shadda, and `بين` with no word of relating before it
    [`${first}\nوبيّن مدير الإدارة [[PERSON:سامي الحربي]] أن المشروع يسير وفق الخطة. وقال: "${W.numbers}".`, [q0, `[سامي الحربي | قال] ${W.numbers}`]],
    [`${first}\nبين مدير الإدارة [[PERSON:سامي الحربي]] أن المشروع يسير وفق الخطة، وقال: "${W.numbers}".`, [q0, `[سامي الحربي | قال] ${W.numbers}`]],
    // must stay: a word of relating in the sentence before (a full stop between)
    [`${first}\nوربط الكاتب الأزمة بالحرب. بين [[PERSON:سامي الحربي]] أن المشروع متأخر، وقال: "${W.numbers}".`, [q0, `[سامي الحربي | قال] ${W.numbers}`]]
  ],
  "a verb with `فيها` after a thinker's writings speaks for their author (`writingsAuthor`)": [
    [`${first}\nوعاد المؤرخ [[PERSON:سليم ناصر]] إلى الساحة العلمية بقوة، بطريقة تشبه الصخب الذي تحدثه أطروحات العملاق [[PERSON:جاك بيرك]] عامة، وتلك الخاصة بالهوية على وجه التحديد، ويعتبر فيها أنه «${W.identity}».`, [q0, `[جاك بيرك | يعتبر] ${W.identity}`]],
    [`${first}\nوعاد المؤرخ [[PERSON:سليم ناصر]] إلى الساحة بقوة، بطريقة تشبه مؤلفات عالم الاجتماع الفرنسي [[PERSON:جاك بيرك]]، ويعتبر فيها أن «${W.identity}».`, [q0, `[جاك بيرك | يعتبر] ${W.identity}`]],
    // must stay: a document that is no writings (its clause's subject issued it); another person between the author and
    // the verb
    [`${first}\nوأصدر المؤرخ [[PERSON:سليم ناصر]] بيانا باسم [[PERSON:جاك بيرك]] يعتبر فيه أن «${W.identity}».`, [q0, `[سليم ناصر | يعتبر] ${W.identity}`]],
    [`${first}\nوعاد المؤرخ [[PERSON:سليم ناصر]] إلى الساحة بقوة، بطريقة تشبه أطروحات المفكر [[PERSON:جاك بيرك]] التي درسها [[PERSON:سامي الحربي]]، ويعتبر فيها أن «${W.identity}».`, [q0, `[سليم ناصر | يعتبر] ${W.identity}`]],
    // must stay: the writings with a pronoun of their possessor
    [`${first}\nوعاد المؤرخ [[PERSON:سليم ناصر]] إلى الساحة بقوة، بطريقة تشبه أطروحاته عن الهوية، ويعتبر فيها أن «${W.identity}».`, [q0, `[سليم ناصر | يعتبر] ${W.identity}`]]
  ],
  "a verb of expressing before `عن`, a colon and marks (`expressedColon`, read by `expressedCue`)": [
    [`${first}\nعبر رئيس النادي [[PERSON:سامي الحربي]] عن غضبه من التحكيم: «${W.referee}».`, [q0, `[سامي الحربي | عبر] ${W.referee}`]],
    [`${first}\nوعبرت المدربة [[PERSON:منى العتيبي]] عن غضبها من التحكيم: «${W.referee}».`, [q0, `[منى العتيبي | عبرت] ${W.referee}`]],
    [`${first}\nمدير النادي [[PERSON:خالد الراشد]] عبر سابقا عن رغبة النادي بالمحافظة على اللاعب: «${W.fans}».`, [q0, `[خالد الراشد | عبر] ${W.fans}`]],
    // must stay: `عبر` the preposition after a name, a speech verb or a comma between `عن` and the colon (read by its own rules)
    [`${first}\nونقل اللاعب [[PERSON:سامي الحربي]] عبر حسابه عن والده: «${W.fans}».`, [q0, `[سامي الحربي | null] ${W.fans}`]],
    [`${first}\nوعبر [[PERSON:خالد الراشد]]، مستشار الرئيس، عن الفكرة ذاتها بأسلوب مختلف، إذ قال: «${W.referee}».`, [q0, `[خالد الراشد | قال] ${W.referee}`]],
    [`${first}\nعبّر الوزير [[PERSON:خالد الراشد]] عن ارتياحه لنتائج الزيارة قائلا: «${W.talks}».`, [q0, `[خالد الراشد | قائلا] ${W.talks}`]]
  ]
}

describeQuoteTables("Arabic quotes: between, writings and expressing before a colon (session 62, arquote19)", tables)
