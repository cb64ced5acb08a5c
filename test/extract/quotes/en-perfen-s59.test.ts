/**
 * Session 59 (helper perfen): `scrapPerson` (entity-index.ts) no longer folds a person's name with no code unit from
 * the Arabic block on (every English name): its word lists are Arabic and its alif is Arabic, so such a name is never a
 * scrap. Speakers of two words and more stay speakers in English; the Arabic scraps are still dropped, also in a text
 * that has Latin names. Sentences written for this test in the style of the wires; entities are marked by hand
 * (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

const plan = "نعمل على خطة جديدة للنقل العام في المدينة هذا العام"

describeQuoteTables("quotes: scrapPerson reads Arabic names only (session 59, perfen)", {
  "English persons of two words and more speak, as before": [
    ['[[PERSON:Ana Hale]] said the offer was "far too low to accept".', ["[Ana Hale | said] far too low to accept"]],
    ['"We will not back down," said [[PERSON:Paul de la Moss]], the union leader.', ["[Paul de la Moss | said] We will not back down"]]
  ],
  "Arabic scraps typed persons are still no speakers, beside a Latin name": [
    [`وفي حساب هذا الشاب غرد ذلك اليوم تحت [[PERSON:هاشتاق كاذب]]: «${plan}». ورد عليه [[PERSON:John Hale]] بعد ساعة.`, [`[null | غرد] ${plan}`]],
    [`وقال حرصا منه على الوضوح: «${plan}».`, [`[null | قال] ${plan}`]]
  ]
})
