/**
 * English speakers of the fiftieth session (helper enbody; docs/history/quotes.md, "Fiftieth session: enbody"): a person
 * right before `from`, `at` or `of` and the organisation the subject ends in is the speaker, not the body
 * (`personFromBody`); after an inverted verb (`"…," said X`, `according to X`) a body's unnamed voice gives the body it
 * speaks for, as the subject-first order does, by the documented convention that the body speaks for its unnamed
 * spokesperson (`invertedVoiceBody`). Sentences written for this test in the style of British wire copy; entities are
 * marked by hand (see marked.ts).
 */
import { describeQuoteTables } from "./marked.js"

describeQuoteTables("quotes: English speakers (fiftieth session, enbody)", {
  "a person before from/at/of and the body he works for: the person": [
    ['On Thursday, [[PERSON:David Grant]] from the [[ORGANIZATION:Agency\'s Office of Drug Safety]] told the panel that "there is no need for them".', ["[David Grant | told] there is no need for them"]],
    ['[[PERSON:Jo Hill]] at the [[ORGANIZATION:Treasury]] told reporters the plan was "fully costed".', ["[Jo Hill | told] fully costed"]],
    ['[[PERSON:Matthew Hale]] from [[ORGANIZATION:EduNet]] told the radio the slates were "cheap to run".', ["[Matthew Hale | told] cheap to run"]],
    // (the walk stops inside the body's name at its `for`; a title of address left out of the person's name)
    ['"We have the ruling," a spokeswoman said. But [[PERSON:Will Carr]] of the [[ORGANIZATION:Campaign for Smoke-Free Kids]] urged the court to act. "This ruling is no excuse for a weak deal," he said.', ["[a spokeswoman | said] We have the ruling", "[Will Carr | said] This ruling is no excuse for a weak deal"]],
    ['"It is fine," [[PERSON:Mr Toms]] told us. But Mr [[PERSON:Hirst]] from [[ORGANIZATION:Retail Cash Research]] said the risk was low. "It is pretty rare," he said.', ["[Mr Toms | told] It is fine", "[Hirst | said] It is pretty rare"]],
    // must not change: no person before the link, a person who is the object of a lead, a person's role and comma
    ['Officials from the [[ORGANIZATION:Treasury]] told reporters the plan was "fully costed".', ["[Treasury | told] fully costed"]],
    ['After meeting Mr [[PERSON:Hirst]] from the [[ORGANIZATION:Treasury]], officials from [[ORGANIZATION:Norbank]] said it was "fully costed".', ["[Norbank | said] fully costed"]],
    ['[[PERSON:Tom Reed]], a lawyer from [[ORGANIZATION:Norbank]], said: "It is fine."', ["[Tom Reed | said] It is fine"]],
    ['The chief of [[ORGANIZATION:Norbank]] said: "It is fine."', ["[Norbank | said] It is fine"]]
  ],
  "a body's unnamed voice after an inverted verb: the body": [
    ['"The routes are under review," said a spokesman for [[ORGANIZATION:Telvia]]. Firms have until May to reply.', ["[Telvia | said] The routes are under review"]],
    ['"It is fine," said a spokesman for [[ORGANIZATION:Telvia]] in a statement.', ["[Telvia | said] It is fine"]],
    ['"Talks will go on," said an official at the [[ORGANIZATION:Foreign Ministry]] on Monday.', ["[Foreign Ministry | said] Talks will go on"]],
    ['"Talks will go on," said an official at the ministry.', ["[the ministry | said] Talks will go on"]],
    ['"It is fine for now," said a spokeswoman for the company. Video comes next.', ["[the company | said] It is fine for now"]],
    // (`the company`: the body the sentence before opens with, as `A spokesman for the company said` reads it)
    ['[[ORGANIZATION:Norbank]] said it had not ruled out a recorder. "Viewers pick the programme and the hour," said a spokesman for the company.', ["[Norbank | said] Viewers pick the programme and the hour"]],
    ['"We will look at it closely," according to a spokesman for [[ORGANIZATION:Telvia]].', ["[Telvia | according to] We will look at it closely"]],
    // (a body's name the entity stage tagged in part: its entity, not the name's first word; tagged whole: as before)
    ['"It is a routine move," said a Department of [[ORGANIZATION:Coastal Security]] spokeswoman. Some reports differ.', ["[Coastal Security | said] It is a routine move"]],
    ['"It is a routine move," said a [[ORGANIZATION:Department of Coastal Security]] spokeswoman. Some reports differ.', ["[Department of Coastal Security | said] It is a routine move"]],
    // (a person after the link: the person's voice, as `A spokesman for Mr Blake said` gives since the forty-sixth session)
    ['"He will not stand again," said a spokesman for [[PERSON:Mr Blake]].', ["[a spokesman for Mr Blake | said] He will not stand again"]],
    // must not change: a person's noun with no entity after the link, a link that is no body's (`an aide to`), a noun
    // that is no voice, a body the subject-first order names
    ['"She is busy with the next novel," said a spokesman for the author. "Her mind is far away."', ["[a spokesman | said] She is busy with the next novel", "[a spokesman | null] Her mind is far away"]],
    ['"We will look at it closely," according to a spokesman for the author.', ["[a spokesman | according to] We will look at it closely"]],
    ['"Talks will go on," said an aide to the minister.', ["[an aide | said] Talks will go on"]],
    ['"Talks will go on," said the head of the [[ORGANIZATION:Norbank]] board.', ["[the head | said] Talks will go on"]],
    ['"We expect to fight the charges," said a [[ORGANIZATION:Norphone]] spokesman.', ["[Norphone | said] We expect to fight the charges"]],
    ['"The routes are under review," a spokesman for [[ORGANIZATION:Telvia]] told reporters.', ["[Telvia | told] The routes are under review"]]
  ]
})
