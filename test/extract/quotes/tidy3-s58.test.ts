import { describeQuoteTables, type QuoteRow } from "./marked.js"

/**
 * The fifty-eighth session's clean-up (helper tidy3; docs/history/quotes.md, "Fifty-eighth session: tidy3"): rules
 * that asked the same thing apart now ask one helper, records byte-identical on the three dumps. English: the
 * possessive `'s` the tokenizer split in two (`splitPossessive`, read by `documentPossessor` and `personAfterPossessor`;
 * `personAfterPossessor` now takes the typed space before `s` too), a document's phrase guard (`documentPhraseHead`, read
 * by `issuedDocumentIssuer` and `documentOwner`), a body's own documents after `its` from the lexicon (`documentNoun`
 * and `ownedDocuments`; `its memo` now speaks for the body too). Arabic: a describer after marks or in a dash aside
 * (`describerCueAt`), a verb read without its object pronoun after `ما` (`cueWithoutObject`), the supervisor's and the
 * official's word behind a و (`hasWithWaw`). Sentences written for these tests in the style of the wires;
 * `[[TYPE:text]]` marks become entities.
 */

const SOFT_HYPHEN = "\u00ad"
const ZERO_WIDTH_SPACE = "\u200b"
const ZERO_WIDTH_JOINER = "\u200d"

const E = {
  ground: "No decision has been taken on the future of the ground",
  house: "Living with them every day has been a very hard thing to do",
  water: "The cost of treating water has gone up sharply",
  jail: "dirty, overcrowded and unsafe for staff"
}

const A = {
  fair: "المعرض يستقبل الزوار يوميا من العاشرة صباحا حتى منتصف الليل",
  power: "أقوى دولة في العالم"
}

const letter = (owner: string): string => `Shares in the club rose sharply on Friday. ${owner} letter to the stock exchange said: "${E.ground}."`
const exHusband = (possessor: string): string =>
  `The show's third eviction is due on Friday. [[PERSON:Marta Lind]]${possessor} ex-husband [[PERSON:Tom Reyes]] nominated two of his housemates. He said: "${E.house}."`
const water = (phrase: string): string => `[[ORGANIZATION:Water Board]] says bills will rise by 4% in April. "${E.water}," says ${phrase}.`
const jail = (phrase: string): string => `[[PERSON:Anne Owers]] has criticised conditions at the jail. ${phrase} said it was "${E.jail}".`
const supervisor = (role: string): string => `وقال عضو اللجنة ${role} على المعرض [[PERSON:ماجد الزهراني]] لـ«اليوم»: «${A.fair}».`

const tables: Record<string, ReadonlyArray<QuoteRow>> = {
  "a possessive `'s` split in two before a document (`documentPossessor`, `splitPossessive`)": [
    [letter(`Kingsbridge${SOFT_HYPHEN}'s`), [`[Kingsbridge | said] ${E.ground}`]],
    [letter(`Kingsbridge${ZERO_WIDTH_SPACE}’s`), [`[Kingsbridge | said] ${E.ground}`]],
    [letter(`Kingsbridge${ZERO_WIDTH_JOINER}' s`), [`[Kingsbridge | said] ${E.ground}`]],
    // as before: the possessive in one token, the plural's apostrophe
    [letter("Northfield Rovers'"), [`[Northfield Rovers | said] ${E.ground}`]],
    // must stay: no possessive, the addressee after `to` speaks as before
    [letter("Kingsbridge"), [`[the stock exchange | said] ${E.ground}`]]
  ],
  "a possessive `'s` split in two before a kin's noun and a person (`personAfterPossessor`, `splitPossessive`)": [
    [exHusband(`${ZERO_WIDTH_JOINER}'s`), [`[Tom Reyes | said] ${E.house}`]],
    // (the typed space before `s`: read so since this session, as `documentPossessor` read it)
    [exHusband(`${ZERO_WIDTH_JOINER}' s`), [`[Tom Reyes | said] ${E.house}`]],
    [exHusband("'s"), [`[Tom Reyes | said] ${E.house}`]]
  ],
  "a body's own document after `its` (`documentNoun` and `ownedDocuments`)": [
    [water("its website"), [`[Water Board | says] ${E.water}`]],
    [water("its review"), [`[Water Board | says] ${E.water}`]],
    [water("its report"), [`[Water Board | says] ${E.water}`]],
    // (a noun of `issuedDocuments` that the code's own list lacked: the body's since this session)
    [water("its memo"), [`[Water Board | says] ${E.water}`]],
    // must stay: no document's noun
    [water("its chairman"), [`[its chairman | says] ${E.water}`]]
  ],
  "a person's or a definite document (`documentPhraseHead`, `documentOwner`, `issuedDocumentIssuer`)": [
    [jail("Her annual report"), [`[Anne Owers | said] ${E.jail}`]],
    [jail("Her report"), [`[Anne Owers | said] ${E.jail}`]],
    // must stay: a capitalized word inside the phrase, a phrase longer than the guard's, a definite one with no issuer named
    [jail("Her Christmas report"), [`[Her Christmas report | said] ${E.jail}`]],
    [jail("Her report on the prison"), [`[the prison | said] ${E.jail}`]],
    [jail("The report"), [`[The report | said] ${E.jail}`]]
  ],
  "a describer after marks or in a dash aside (`describerCueAt`)": [
    [`وقال [[PERSON:جون كيري]] إن بلاده «${A.power}»، كما يصفه [[PERSON:أوباما]].`, [`[أوباما | يصفه] ${A.power}`]],
    [`وقال [[PERSON:جون كيري]] إن بلاده «${A.power}» -كما يصفها [[PERSON:أوباما]]-.`, [`[أوباما | يصفها] ${A.power}`]],
    [`وفي واشنطن يقول [[PERSON:جون كيري]] وزير خارجية «${A.power}» -كما يصفها الرئيس [[PERSON:أوباما]]-: ${A.fair}.`, [`[أوباما | يصفها] ${A.power}`, `[جون كيري | يقول] ${A.fair}`]],
    // must stay: a verb of saying with no object pronoun names no describer; the aside's colon is then its own
    [`وقال [[PERSON:جون كيري]] إن بلاده «${A.power}»، كما يقول [[PERSON:أوباما]].`, [`[جون كيري | قال] ${A.power}`]],
    [`وفي واشنطن يقول [[PERSON:جون كيري]] وزير خارجية «${A.power}» -كما يقول [[PERSON:أوباما]]-: ${A.fair}.`, [`[جون كيري | يقول] ${A.power}`, `[أوباما | يقول] ${A.fair}`]]
  ],
  "a verb after `ما` read without its object pronoun (`cueWithoutObject`)": [
    [`«${A.fair}»، بحسب ما قالته [[PERSON:نورة الشمري]].`, [`[نورة الشمري | بحسب ما] ${A.fair}`]],
    [`«${A.fair}»، هذا ما قاله [[PERSON:سامر خليل]].`, [`[سامر خليل | قاله] ${A.fair}`]],
    [`«${A.fair}»، وهذا ما أكده [[PERSON:سامر خليل]].`, [`[سامر خليل | أكده] ${A.fair}`]],
    // must stay: after `هذا ما`, a verb with no pronoun; an outlet relays another's words
    [`«${A.fair}»، هذا ما قال [[PERSON:سامر خليل]].`, [`[null | null] ${A.fair}`]],
    [`«${A.fair}»، حسبما نقلته [[ORGANIZATION:وكالة الأنباء]] عن الوزير.`, [`[null | null] ${A.fair}`]]
  ],
  "the supervisor's and the official's word behind a و (`supervisorAt`, `officialAt`: `hasWithWaw`)": [
    [supervisor("والمشرف"), [`[ماجد الزهراني | قال] ${A.fair}`]],
    [supervisor("والمشرف العام"), [`[ماجد الزهراني | قال] ${A.fair}`]],
    [`وقال عضو اللجنة والمسؤول عن المعرض [[PERSON:ماجد الزهراني]] لـ«اليوم»: «${A.fair}».`, [`[ماجد الزهراني | قال] ${A.fair}`]],
    // must stay: another clitic than و (`بالمشرف`) is no supervisor's word here
    [supervisor("بالمشرف"), [`[عضو اللجنة بالمشرف | قال] ${A.fair}`]]
  ]
}

describeQuoteTables("the fifty-eighth session's clean-up (helper tidy3): one helper where rules asked the same apart", tables)
