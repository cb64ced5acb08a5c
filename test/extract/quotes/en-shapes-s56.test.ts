/**
 * English speakers of BBC News shapes (fifty-sixth session, helper enquote6; docs/history/quotes.md, "Fifty-sixth
 * session: enquote6"): a relative clause between the subject and its verb stands for the head of the phrase before it
 * (`relativeHead`); `," came the reply from X` gives X (`cueAfter`); a definite document or publication that speaks
 * takes the issuer the text named with it before (`issuedDocumentIssuer`). Sentences written for this test in the
 * style of British wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English relatives, replies and documents' issuers (fifty-sixth session)", {
  "a relative clause between the subject and its verb": [
    ['[[PERSON:Tom Reece]], spokesman for the riders\' governing body the [[ORGANIZATION:UCI]], which imposed the bans, said: "We were not told of the appeal until this morning."', ["[Tom Reece | said] We were not told of the appeal until this morning"]],
    ['[[PERSON:Ann Price]], the council leader, who has run the authority since 2001, said: "We will build the road whatever it costs."', ["[Ann Price | said] We will build the road whatever it costs"]],
    ['Tom Reece, spokesman for rowing\'s governing body the [[ORGANIZATION:FISA]], which imposed the bans, said: "We were not told of the appeal until this morning."', ["[Tom Reece | said] We were not told of the appeal until this morning"]],
    ['A raid was carried out in 2003. The judge in the trial, which lasted eleven days, said that "a long sentence was needed" to deter others.', ["[The judge | said] a long sentence was needed"]],
    // must not change: the clause after a name or a body alone, after a role whose body is named
    ['[[ORGANIZATION:The FISA]], which has suspended the crew, said: "We will not reopen the case this season."', ["[The FISA | said] We will not reopen the case this season"]],
    ['[[PERSON:Jo Hale]], who took over in May, said the club was "in a far better place than a year ago".', ["[Jo Hale | said] in a far better place than a year ago"]],
    ['The chairman of the [[ORGANIZATION:Welsh Rugby Union]], which owns the ground, said: "The roof will stay closed for every home game."', ["[Welsh Rugby Union | said] The roof will stay closed for every home game"]]
  ],
  "came the reply from a speaker": [
    ['[[PERSON:Mr Dale]] asked whether the ward would reopen. "Not this year," came the reply from [[PERSON:Dr Ann Price]].', ["[Dr Ann Price | came] Not this year"]],
    ['[[PERSON:Mr Dale]] asked whether the ward would reopen. "Not this year, and probably not next year either," came the curt reply from [[ORGANIZATION:Powys Health Board]].', ["[Powys Health Board | came] Not this year, and probably not next year either"]],
    // must not change: no speaker named, the answer of someone the text does not name
    ['[[PERSON:Mr Dale]] asked whether the ward would reopen. "Not this year," came the reply.', ["[null | came] Not this year"]]
  ],
  "a definite document or publication and its issuer named before": [
    ['A report by the [[ORGANIZATION:Wales Audit Office]] found costs had doubled. "Many of the problems go back to poor planning at the start," the report said.', ["[Wales Audit Office | said] Many of the problems go back to poor planning at the start"]],
    ['In its latest half-yearly report, the [[ORGANIZATION:IMF]] cut its forecasts. However, the report warned: "It remains to be seen whether Europe will recover this year."', ["[IMF | warned] It remains to be seen whether Europe will recover this year"]],
    ['[[ORGANIZATION:Shelter]] says in a report that rents are rising. The report said: "Too many families are one pay cheque away from losing their home."', ["[Shelter | said] Too many families are one pay cheque away from losing their home"]],
    ['The list was drawn up by US magazine [[ORGANIZATION:Gadget Week]]. "In general we included only items that could be carried about," said the magazine.', ["[Gadget Week | said] In general we included only items that could be carried about"]],
    ['Italian daily [[ORGANIZATION:Il Foglio]] was scathing. "Perhaps it was because their team had played so poorly," the paper says.', ["[Il Foglio | says] Perhaps it was because their team had played so poorly"]],
    // must not change: a document brought in with no issuer; another speaker quoted since a publication's mention
    ['A new report says the scheme is failing. "More than half of the courses are not working for the people they were meant for," the report says.', ["[the report | says] More than half of the courses are not working for the people they were meant for"]],
    ['Italian daily [[ORGANIZATION:Il Foglio]] was scathing. [[PERSON:Gino Rossi]] of the rival [[ORGANIZATION:La Stampa]] wrote: "They played like tourists all night." The paper adds: "The second half was a waste of everyone\'s evening."', ["[Gino Rossi | wrote] They played like tourists all night", "[The paper | adds] The second half was a waste of everyone's evening"]]
  ]
})
