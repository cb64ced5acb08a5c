import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * `scrapPerson` (entity-index.ts) keeps its answer by the person's text for the process (fifty-ninth session, helper
 * perf5, a speed change): a text read again, in this document or a later one, must give the same answer as the first
 * time. Each row below comes twice (the second reading is the kept one), with persons that are scraps of text (a
 * phrase of motive, a hashtag) and persons that are names. Sentences written for these tests in the style of the
 * wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  walk: "عليك أن تسير معنا في هذه المسيرة",
  motive: "لا نعرف شيئا عن الدوافع حتى الآن",
  plan: "نعمل على خطة جديدة للنقل العام في المدينة هذا العام"
}

const once: ReadonlyArray<QuoteRow> = [
  [`اعتدت على السفر حبا في المعرفة، و[[PERSON:إيمانا مني]] بأن الترحال يوسع المدارك، وفي روما اقترب مني رجل فقال لي بلهجة ودودة: ${W.walk}.`, [`[null | قال] ${W.walk}`]],
  [`وفي حساب هذا الشاب غرد ذلك اليوم تحت [[PERSON:هاشتاق كاذب]]: «${W.plan}».\nثم كتب تحتها السؤال التالي: «${W.motive}».`, [`[null | غرد] ${W.plan}`, `[null | كتب] ${W.motive}`]],
  // must stay: names of two words, before and after a scrap of the same first letters
  [`وقال [[PERSON:سالم داود]] حرصا منه على الوضوح: «${W.plan}».`, [`[سالم داود | قال] ${W.plan}`]],
  [`وقال [[PERSON:مصطفى رضا]]: «${W.plan}».`, [`[مصطفى رضا | قال] ${W.plan}`]],
  [`وغرد [[PERSON:سالم داود]] تحت وسم الحملة: «${W.plan}».`, [`[سالم داود | غرد] ${W.plan}`]]
]

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a person's text read a first time": once,
  "the same texts read again (`scrapTexts`)": once
}

describeQuoteTables("fifty-ninth session, scraps of text kept by text (helper perf5)", tables)
