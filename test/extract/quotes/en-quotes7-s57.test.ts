/**
 * English pieces and speakers of BBC News shapes (fifty-seventh session, helper enquote7; docs/history/quotes.md,
 * "Fifty-seventh session: enquote7"): an earlier piece of a sentence a trailing verb closes after a later piece
 * (`closingAttribution`), a plural in marks before a participle (`of "cliques" talking`), a verb set off by commas with
 * its person after it (`parentheticalPerson`), a progressive speech participle before a quote (`progressiveBeforeQuote`),
 * a document's issuer after `published by` in apposition (`issuerInApposition`), a court filing's plaintiff
 * (`plaintiffBefore`) and a person's document (`documentOwner`). Sentences written for this test in the style of British
 * wire copy; entities are marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English pieces, progressives and documents' owners (fifty-seventh session)", {
  "an earlier piece of a sentence a trailing verb closes": [
    ['[[PERSON:Jack Morton]] warned of complacency. If supporters "drifted away" in those seats the Tories could "walk in through the side door of Downing Street", he added.', ["[Jack Morton | added] drifted away", "[Jack Morton | added] walk in through the side door of Downing Street"]],
    ['[[PERSON:Ann Price]] spoke to the council. Libraries could bring people back into debate instead of thousands of "echo chambers" shouting at each other, she added.', ["[Ann Price | added] echo chambers"]],
    // must not change: a compound term after `of`, a word after a noun that is no participle
    ['[[PERSON:Ann Price]] spoke to the council. The firm sold millions of "compact" newspaper editions last year, she added.', []]
  ],
  "a verb set off by commas, its person after it": [
    ['The councils, suggests [[PERSON:Dr Helen Marsh]], could act as a neutral "broker" for local forums and foster "civic trust" among residents.', ["[Dr Helen Marsh | suggests] broker", "[Dr Helen Marsh | suggests] civic trust"]],
    // must not change: a finding that suggests, no person after the verb
    ['Data from the survey, suggests the study, shows "worrying" gaps in care.', []]
  ],
  "a progressive speech participle before a quote": [
    ['[[ORGANIZATION:Labour]] has launched its poster in Leeds. [[PERSON:Tony Blair]] will speak in Kent. And on Friday [[PERSON:Mr Blair]] is saying: "We will not let the country go back to the bad old days."', ["[Mr Blair | saying] We will not let the country go back to the bad old days"]],
    ['[[ORGANIZATION:Labour]] has launched its poster in Leeds. The prime minister was telling voters: "We will not let the country go back to the bad old days."', ["[The prime minister | telling] We will not let the country go back to the bad old days"]],
    // must not change: a progressive with no quote right after it
    ['"When I heard what the manager was saying I was in shock," [[PERSON:Bellamy]] said.', ["[Bellamy | said] When I heard what the manager was saying I was in shock"]]
  ],
  "a document's issuer in apposition, a filing's plaintiff, a person's document": [
    ['The report, published by the [[ORGANIZATION:Fulton Health Institute]] on Monday, said obesity was "a ticking time bomb for the health service".', ["[Fulton Health Institute | said] a ticking time bomb for the health service"]],
    ['Singer [[PERSON:Tom Larkin]] is suing his former label for unpaid royalties. The lawsuit says the company "deliberately hid profits from the artist for ten years".', ["[Tom Larkin | says] deliberately hid profits from the artist for ten years"]],
    ['Sprinter [[PERSON:Marion Hale]] has filed a lawsuit against her former coach. Her lawsuit, filed in a federal court, said she "has never taken banned drugs of any kind".', ["[Marion Hale | said] has never taken banned drugs of any kind"]],
    ['Chief inspector of prisons [[PERSON:Anne Owers]] has criticised the jail. Her report said the prison was "dirty, overcrowded and unsafe for staff".', ["[Anne Owers | said] dirty, overcrowded and unsafe for staff"]],
    // must not change: a plaintiff the text does not name; a report brought in with no issuer
    ['A US woman is suing [[ORGANIZATION:Hewlett Packard]] over its cartridges. The lawsuit says the chips "shut down the cartridges on a set date".', ["[The lawsuit | says] shut down the cartridges on a set date"]],
    ['A new report says the scheme is failing. "More than half of the courses are not working," the report says.', ["[the report | says] More than half of the courses are not working"]]
  ]
})
