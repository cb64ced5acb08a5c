import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * A speaker phrase that opens with one unnamed member or official of a body (session 59, lead at the merge;
 * docs/history/quotes.md, "Fifty-ninth session: the merge"): `أحد نواب البرلمان X`, `عضو البرلمان X`, `ضابط في X`,
 * `مسؤول بـX` is one person of the body, not the body, so the phrase speaks (`memberOfBodyOpens` in speakers.ts). With
 * the bodies the entity stage tags since this session, such quotes had gone to the body. Sentences written for these
 * tests in the style of the wires; `[[TYPE:text]]` marks become entities.
 */

const W = {
  deal: "الاتفاق لن يمر في البرلمان بهذه الصيغة أبدا",
  cells: "الزنازين مكتظة والسجناء ينتظرون المحاكمة منذ أشهر",
  plan: "الخطة الجديدة ستنفذ على مراحل خلال العام المقبل"
}

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "one member or official of a body speaks as the phrase, not as the body": [
    [`وقال أحد نواب [[ORGANIZATION:البرلمان الإيراني]]: «${W.deal}».`, [`[أحد نواب البرلمان الإيراني | قال] ${W.deal}`]],
    [`وقال عضو [[ORGANIZATION:البرلمان الهولندي]] إن «${W.deal}».`, [`[عضو البرلمان الهولندي | قال] ${W.deal}`]],
    [`وقال ضابط في [[ORGANIZATION:الجيش الإسرائيلي]]: «${W.deal}».`, [`[ضابط في الجيش الإسرائيلي | قال] ${W.deal}`]],
    [`وقال مسؤول بقطاع السجون التابع ل[[ORGANIZATION:وزارة الداخلية]]: «${W.cells}».`, [`[مسؤول بقطاع السجون التابع لوزارة الداخلية | قال] ${W.cells}`]]
  ],
  // must stay: the body itself, a spokesman for it, a named person after the member's noun
  "the body, its spokesman and a named member keep their speakers": [
    [`وقال [[ORGANIZATION:البرلمان الإيراني]] في بيان: «${W.deal}».`, [`[البرلمان الإيراني | قال] ${W.deal}`]],
    [`وقال المتحدث باسم [[ORGANIZATION:وزارة الداخلية]]: «${W.cells}».`, [`[وزارة الداخلية | قال] ${W.cells}`]],
    [`وقال عضو [[ORGANIZATION:مجلس الشورى]] [[PERSON:خالد العتيبي]]: «${W.plan}».`, [`[خالد العتيبي | قال] ${W.plan}`]]
  ]
}

describeQuoteTables("Arabic speakers: one member or official of a body (session 59, lead)", tables)
