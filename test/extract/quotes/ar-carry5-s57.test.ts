import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic speakers carried from an earlier paragraph where the paragraph names its own, a group or an unnamed one,
 * after the session-56 readings (docs/history/quotes.md, "Fifty-seventh session: arcarry5"): an unnamed source that
 * opens a long sentence before a participle (`unnamedOpening`); a circumstantial aside between a speech verb's subject
 * and its complementizer (`introducesSpeech`); a verb of hearing and `من` (`heardFrom`); the speaker named after the
 * words (`namedAfterWords`); a body named in marks between `كان` and `قد` (`kanaMarkedSubject`); a plural subject after
 * a byline's colon (`afterBylineColon`). Sentences written for these tests in the style of the wires; `[[TYPE:text]]`
 * marks become entities.
 */

const W = {
  plan: "نعمل على خطة جديدة لإعادة فتح الطرق إلى الميناء",
  money: "إذا سيطر المسلحون على الموانئ فسيكون في أيديهم المزيد من المال والسلاح",
  talks: "الاتفاق وحده لن يكفي لإعادة الهدوء إلى البلدات الحدودية",
  wages: "لا نعرف سبب التأخير في صرف المستحقات هذا الشهر أيضا",
  drum: "الطبل يلعب دورا كبيرا في إحياء الحفلات الشعبية في القرى",
  water: "ارتفاع في حالات التسمم بسبب المياه الملوثة في الأحياء المحاصرة"
}

/** A commander quoted before each row. */
const first = `وقال القائد الميداني [[PERSON:مراد الشريف]]: «${W.plan}».`
const q0 = `[مراد الشريف | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "an unnamed source opens a long sentence before a participle (`unnamedOpening`)": [
    [`${first}\nمصادر عسكرية محلية تتحدث عن أن اللقاء الذي جمع قادة الفصائل في ضواحي المدينة الشرقية قبل أسبوعين، وحضره ممثلون عن القبائل وعن المجالس البلدية في الجنوب والوسط، كان مخصصا لتسوية الخلاف بين الجماعتين وذلك «${W.money}»، مشيرا إلى أن أحد القادة غاب عن اللقاء.`, [q0, `[مصادر عسكرية محلية | مشيرا] ${W.money}`]],
    // must stay: a definite noun of sources, a sentence that opens with the commander's own verb
    [`${first}\nالمصادر العسكرية تتحدث عن أن اللقاء كان مخصصا لتسوية الخلاف وذلك «${W.money}»، مشيرا إلى أن أحد القادة غاب.`, [q0, `[مراد الشريف | مشيرا] ${W.money}`]],
    [`${first}\nوأوضح أن اللقاء كان مخصصا لتسوية الخلاف وذلك «${W.money}»، مشيرا إلى أن أحد القادة غاب.`, [q0, `[مراد الشريف | أوضح] ${W.money}`]]
  ],
  "a circumstantial aside between the speaker and the complementizer (`introducesSpeech`)": [
    [`${first}\nيقول أحد جنود الحرس في المدينة، وهو يتفقد الجدران المحطمة والمحال المغلقة، وما خلفته المعارك في الأحياء، إنه إذا طال الحصار أكثر من ذلك فسيصعب على الجميع البقاء هنا طويلا.\nوأضاف: «${W.money}».`, [q0, `[أحد جنود الحرس | أضاف] ${W.money}`]],
    // must stay: an aside of the same length with no complementizer after it names no new speaker
    [`${first}\nيقول أحد جنود الحرس في المدينة، وهو يتفقد الجدران المحطمة والمحال المغلقة، وما خلفته المعارك في الأحياء، كلاما كثيرا عن الحصار.\nوأضاف: «${W.money}».`, [q0, `[مراد الشريف | أضاف] ${W.money}`]]
  ],
  "a verb of hearing and `من` before the colon (`heardFrom`)": [
    [`${first}\nوهذه عقبة من بين عقبات كثيرة. أو كما تسمع من عدة ضباط يرابطون على الحدود: «${W.talks}».`, [q0, `[عدة ضباط يرابطون على الحدود | null] ${W.talks}`]],
    [`${first}\nوكما سمعت من سكان القرية: «${W.talks}».`, [q0, `[سكان القرية | null] ${W.talks}`]],
    // must stay: `من` after another verb
    [`${first}\nوخرج الوفد من قاعة الاجتماعات: «${W.talks}».`, [q0, `[مراد الشريف | null] ${W.talks}`]]
  ],
  "the speaker named after the words (`namedAfterWords`)": [
    [`«${W.drum}»، بهذه الكلمات وصف الشاب [[PERSON:ماجد العتيبي]] دور الطبل في الحفل.\nوقال: «${W.plan}».`, [`[ماجد العتيبي | null] ${W.drum}`, `[ماجد العتيبي | قال] ${W.plan}`]],
    [`«${W.drum}» بتلك العبارة لخص [[PERSON:ماجد العتيبي]] تجربته.`, [`[ماجد العتيبي | null] ${W.drum}`]],
    // must stay: no noun of words after the demonstrative
    [`${first}\n«${W.drum}»، بهذه المناسبة زار الوزير [[PERSON:ماجد العتيبي]] القرية.`, [q0, `[مراد الشريف | null] ${W.drum}`]]
  ],
  "a body named in marks between `كان` and `قد` (`kanaMarkedSubject`)": [
    [`${first}\nوكانت «رابطة أطباء المناطق المحاصرة في الشمال» قد بينت، أن نداءات الأطباء من داخل الحي جاءت بعد تسجيل «${W.water}».`, [q0, `[رابطة أطباء المناطق المحاصرة في الشمال | null] ${W.water}`]],
    // must stay: no `قد` and a speech verb after the name
    [`${first}\nوكانت «رابطة أطباء المناطق المحاصرة» تعمل في الحي قبل تسجيل «${W.water}».`, [q0, `[مراد الشريف | null] ${W.water}`]]
  ],
  "a plural subject after a byline's colon (`afterBylineColon`)": [
    [`سامي العلي- جدة- الوطن: اشتكى موظفو الإدارة العامة للنقل في المحافظة من تأخر صرف رواتبهم، حيث إن بقية الموظفين استلموا رواتبهم.\nوقالوا: "${W.wages}".`, [`[موظفو الإدارة | قالوا] ${W.wages}`]],
    // must stay: a colon after a speech verb is no byline
    [`${first}\nوقال: اشتكى موظفو الإدارة من تأخر صرف الرواتب.\nوقالوا: "${W.wages}".`, [q0, `[مراد الشريف | قال] اشتكى موظفو الإدارة من تأخر صرف الرواتب`, `[مراد الشريف | قالوا] ${W.wages}`]]
  ]
}

describeQuoteTables("Arabic speakers not carried over the paragraph's own subject (session 57, arcarry5)", tables)
