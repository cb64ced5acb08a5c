import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The one a document a verb with `فيها`/`فيه` reads from is from (docs/history/quotes.md, "Fifty-fifth session:
 * arfiha"): `من` after the document and a person or a body the entity stage tagged, or a title and an untagged name
 * (`تغريدة من الفنانة X قالت فيها`); `مع` after an interview and the person interviewed (`مقابلة مع X قال فيها`), not
 * the one the clause or the chain names before; the untagged subject of `ألقى` before an indefinite speech
 * (`كما ألقى وزير الزراعة كلمة قال فيها`). Sentences written for these tests in the style of the wires;
 * `[[TYPE:text]]` marks become entities.
 */

const W = {
  star: "أنت نجمة كبيرة وأتمنى لك التوفيق في عملك الجديد",
  prisoners: "لن نتخلى عن الأسرى مهما طال الزمن",
  club: "نرحب بالقرار ونعمل على تنفيذه في أقرب وقت",
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام",
  harvest: "إن ما تحقق من وفرة في الإنتاج الزراعي ثمرة دعم متواصل للمزارعين"
}

/** A minister quoted before each row. */
const first = `وقال الوزير [[PERSON:سالم داود]]: «${W.plan}».`
const q0 = `[سالم داود | قال] ${W.plan}`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "`من` after a document and the one it is from (`senderAfter`)": [
    [`${first}\nوفي فقرة الرسائل وصلت للفنانة [[PERSON:ليلى حداد]] تغريدة من الفنانة [[PERSON:سميرة]] قالت فيها: «${W.star}».`, [q0, `[سميرة | قالت] ${W.star}`]],
    [`${first}\nوفي فقرة الرسائل وصلت للفنانة [[PERSON:ليلى حداد]] تغريدة من الفنانة سميرة قالت فيها: «${W.star}».`, [q0, `[الفنانة سميرة | قالت] ${W.star}`]],
    [`${first}\nوتلقى رئيس النادي [[PERSON:كريم فارس]] رسالة من [[ORGANIZATION:وزارة الرياضة]] قالت فيها: «${W.club}».`, [q0, `[وزارة الرياضة | قالت] ${W.club}`]],
    // must stay: nothing named after `من` (a place, a pronoun's phrase): the clause's person, as before
    [`${first}\nوتلقى رئيس النادي [[PERSON:كريم فارس]] رسالة من العاصمة قال فيها: «${W.club}».`, [q0, `[كريم فارس | قال] ${W.club}`]]
  ],
  "`مع` after an interview and the one interviewed (`interviewNouns`)": [
    [`${first}\nوأجرى مراسل [[ORGANIZATION:القناة الأولى]] مقابلة مع الشيخ [[PERSON:أبي مالك الحلبي]] قال فيها: «${W.prisoners}».`, [q0, `[أبي مالك الحلبي | قال] ${W.prisoners}`]],
    // must stay: `مع` after a meeting (the subject's), `مع` and an outlet
    [`${first}\nوعقد الوزير [[PERSON:كريم فارس]] لقاء مع [[PERSON:سامر يوسف]] قال فيه: «${W.prisoners}».`, [q0, `[كريم فارس | قال] ${W.prisoners}`]],
    [`${first}\nوأجرى الوزير [[PERSON:كريم فارس]] مقابلة مع [[ORGANIZATION:القناة الأولى]] قال فيها: «${W.prisoners}».`, [q0, `[كريم فارس | قال] ${W.prisoners}`]]
  ],
  "the untagged subject of `ألقى` before an indefinite speech (`deliverySubject`, `deliveryVerbs`)": [
    [`${first}\nكما ألقى وزير الزراعة كلمة قال فيها: «${W.harvest}».`, [q0, `[وزير الزراعة | قال] ${W.harvest}`]],
    [`${first}\nثم ألقت مديرة الجمعية الخيرية كلمة أكدت فيها: «${W.harvest}».`, [q0, `[مديرة الجمعية الخيرية | أكدت] ${W.harvest}`]],
    // must stay: a preposition between the verb and the speech (the subject is not read through it)
    [`${first}\nكما ألقى خلال الحفل كلمة قال فيها: «${W.harvest}».`, [q0, `[سالم داود | قال] ${W.harvest}`]]
  ]
}

describeQuoteTables("fifty-fifth session, Arabic: the one a document is from, after `من` or `مع` (helper arfiha)", tables)
