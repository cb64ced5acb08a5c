import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * Arabic quote speakers after the session-62 brief (docs/history/quotes.md, "Sixty-second session: arquote20"), from
 * the A120 reading: marks no speech verb attributes whose sentence has a programme, a charter or a set of reforms as
 * its subject speak the programme's wording (its issuer's, else the programme's), not the words of the person quoted
 * before (`programmeSubject`); a name set off by a comma after a relative clause about a role speaks
 * (`nameAfterRelative`); names joined right after a group's dual or plural noun speak, given as the first
 * (`namesAfterGroup`).
 * Sentences written for these tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  before: "إن المجلس سيحاسب كل من يثبت تورطه في الفساد",
  cut: "خفض عدد الوزارات إلى عشرين وزارة خلال شهر واحد",
  guard: "تقليص أعداد الحمايات لكل المسؤولين في الدولة إلى النصف",
  voice: "يمنح المتطرفين صوتا لا يستحقونه في الساحة العامة"
}

const speaker = `وقال رئيس البرلمان [[PERSON:خالد الراشد]] في مؤتمر صحافي: «${W.before}».\n`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a programme as the subject of marks no speech verb attributes (`programmeSubject`)": [
    // the issuer a relative clause names right before the marks
    [`${speaker}ومن أبرز الإصلاحات التي أعلنها [[PERSON:سامي العلي]] «${W.cut}».`, [`[خالد الراشد | قال] ${W.before}`, `[سامي العلي | null] ${W.cut}`]],
    // a later subject `الاصلاحات` takes the issuer of the earlier mention
    [`${speaker}ومن أبرز الإصلاحات التي أعلنها [[PERSON:سامي العلي]] «${W.cut}».\nوتنص الاصلاحات أيضا على «${W.guard}».`, [`[خالد الراشد | قال] ${W.before}`, `[سامي العلي | null] ${W.cut}`, `[سامي العلي | null] ${W.guard}`]],
    // no issuer named anywhere: the programme speaks as itself
    [`${speaker}الى ذلك تتضمن الاصلاحات «${W.guard}».`, [`[خالد الراشد | قال] ${W.before}`, `[الاصلاحات | null] ${W.guard}`]],
    [`${speaker}ويدعو ميثاق المؤسسة المسلمين إلى مواجهة الأصوليين الذين يقدمون خطابا «${W.voice}».`, [`[خالد الراشد | قال] ${W.before}`, `[ميثاق المؤسسة | null] ${W.voice}`]],
    // must stay: a person as the subject, a speech verb before the marks, a programme that is no subject
    [`${speaker}ويدعو الرئيس المسلمين إلى مواجهة الأصوليين الذين يقدمون خطابا «${W.voice}».`, [`[خالد الراشد | قال] ${W.before}`, `[خالد الراشد | null] ${W.voice}`]],
    [`${speaker}وأضاف أن الاصلاحات تنص على «${W.guard}».`, [`[خالد الراشد | قال] ${W.before}`, `[خالد الراشد | أضاف] ${W.guard}`]],
    [`${speaker}وناقش المجلس الإصلاحات أمس، ومن بنودها «${W.guard}».`, [`[خالد الراشد | قال] ${W.before}`, `[خالد الراشد | null] ${W.guard}`]]
  ],
  "a name set off by a comma after a relative clause about the role (`nameAfterRelative`)": [
    [`وقال كبير الباحثين الذين أجروا الدراسة، جون [[PERSON:ماكدونالد]] إن النتائج تمثل «${W.voice}».`, [`[ماكدونالد | قال] ${W.voice}`]],
    [`وقال رئيس الفريق الذي أعد التقرير، [[PERSON:سامي العلي]]: «${W.cut}».\nوأضاف: «${W.guard}».`, [`[سامي العلي | قال] ${W.cut}`, `[سامي العلي | أضاف] ${W.guard}`]],
    // must stay: an entity inside the relative clause, no comma, a word between the name and the complementizer
    [`وقال كبير الباحثين الذين عملوا مع [[PERSON:سامي العلي]]، [[PERSON:جون ماكدونالد]] إن النتائج تمثل «${W.voice}».`, [`[كبير الباحثين | قال] ${W.voice}`]],
    [`وقال المسؤول الذي رفض الكشف عن اسمه إن النتائج تمثل «${W.voice}».`, [`[المسؤول | قال] ${W.voice}`]],
    // (a word after the name: this rule does not read it; the comma before the complementizer lets an older rule name him)
    [`وقال كبير الباحثين الذين أجروا الدراسة، [[PERSON:جون ماكدونالد]] أمس، إن النتائج تمثل «${W.voice}».`, [`[جون ماكدونالد | قال] ${W.voice}`]]
  ],
  "names joined right after a group's dual or plural noun (`namesAfterGroup`)": [
    [`وقال [[PERSON:الفنانان]] [[PERSON:إياد حماد]] و[[PERSON:أحمد دهلوي]]: «${W.cut}».`, [`[إياد حماد | قال] ${W.cut}`]],
    [`وقال الباحثون [[PERSON:سامي العلي]] و[[PERSON:هند سالم]] و[[PERSON:ليلى حسن]] إن الدراسة «${W.voice}».`, [`[سامي العلي | قال] ${W.voice}`]],
    // must stay: one name only (an apposition the phrase reads as before), words between the noun and the names (an older rule names the first, as before)
    [`وقال الفنانان [[PERSON:إياد حماد]] في المعرض: «${W.cut}».`, [`[إياد حماد | قال] ${W.cut}`]],
    [`وقال الفنانون في المعرض [[PERSON:سامي العلي]] و[[PERSON:هند سالم]]: «${W.cut}».`, [`[سامي العلي | قال] ${W.cut}`]]
  ]
}

describeQuoteTables("Arabic quotes: programmes as subjects, names after roles and groups (session 62, arquote20)", tables)
